/* IA-32 decoder: prefixes, table walk, ModRM/SIB, immediates, validity. */
#include "decode.h"

#include <string.h>

#include "table.h"

static inline uint32_t le16(const uint8_t *p) {
  return (uint32_t)p[0] | (uint32_t)p[1] << 8;
}
static inline uint32_t le32(const uint8_t *p) {
  return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

/* 16-bit addressing forms by ModRM.rm (SDM vol. 2 table 2-1). */
enum { R_BX = 3, R_BP = 5, R_SI = 6, R_DI = 7, R_NO = IA32_REG_NONE };
static const uint8_t base16[8] = {R_BX, R_BX, R_BP, R_BP, R_SI, R_DI, R_BP, R_BX};
static const uint8_t index16[8] = {R_SI, R_DI, R_SI, R_DI, R_NO, R_NO, R_NO, R_NO};

/* Control registers of the P6: CR0, CR2, CR3, CR4 (SDM MOV CRn: others #UD). */
#define VALID_CR_MASK 0x1Du

/* Make sure bytes [0, n) exist: more than 15 is #GP (it has priority over the
 * fetch of the bytes beyond), fewer than available asks for more. */
#define NEED(n)                                                                                    \
  do {                                                                                             \
    if ((n) > IA32_MAX_INSN_LEN) return IA32_DECODE_GP;                                            \
    if ((n) > avail) {                                                                             \
      out->len = (uint8_t)(n);                                                                     \
      return IA32_DECODE_NEED_MORE;                                                                \
    }                                                                                              \
  } while (0)

static int fail_ud(ia32_insn *out, unsigned reason) {
  out->ud = (uint8_t)reason;
  return IA32_DECODE_UD;
}

static unsigned mem_size(unsigned code, unsigned opsize) {
  switch (code) {
  case IA32_MS_OP:
    return opsize;
  case IA32_MS_ENV:
    return opsize == 2 ? 14 : 28;
  case IA32_MS_STATE:
    return opsize == 2 ? 94 : 108;
  case IA32_MS_FAR:
    return opsize + 2;
  case IA32_MS_BOUND:
    return opsize * 2;
  default:
    return code;
  }
}

int ia32_decode(const uint8_t *bytes, size_t avail, int default32, ia32_insn *out) {
  memset(out, 0, sizeof *out);
  out->base = out->index = IA32_REG_NONE;
  out->seg = IA32_DS;
  unsigned p = 0, pfx = 0, seg = IA32_SEG_NONE;
  uint8_t c;

  /* Legacy prefixes, any order and count (SDM vol. 2 2.1.1). */
  for (;;) {
    NEED(p + 1);
    c = bytes[p];
    unsigned k = ia32_prefix_kind[c];
    if (!k) break;
    p++;
    if (k <= IA32_PK_SEG_GS) {
      seg = k - IA32_PK_SEG_ES;
      pfx |= IA32_PFX_SEG;
    } else if (k == IA32_PK_OPSIZE) {
      pfx |= IA32_PFX_OPSIZE;
    } else if (k == IA32_PK_ADDRSIZE) {
      pfx |= IA32_PFX_ADDRSIZE;
    } else if (k == IA32_PK_LOCK) {
      pfx |= IA32_PFX_LOCK;
    } else if (k == IA32_PK_REPNE) {
      pfx = (pfx & ~(unsigned)IA32_PFX_REP) | IA32_PFX_REPNE;
    } else {
      pfx = (pfx & ~(unsigned)IA32_PFX_REPNE) | IA32_PFX_REP;
    }
  }
  out->prefixes = (uint8_t)pfx;
  const unsigned osz = (!!default32 ^ !!(pfx & IA32_PFX_OPSIZE)) ? 4 : 2;
  const unsigned asz = (!!default32 ^ !!(pfx & IA32_PFX_ADDRSIZE)) ? 4 : 2;
  out->addrsize = (uint8_t)asz;

  /* Opcode and table walk. */
  p++;
  const ia32_entry *e = &ia32_map1[c];
  if (e->kind == IA32_K_ESCAPE) {
    NEED(p + 1);
    c = bytes[p++];
    e = &ia32_map2[c];
    out->flags |= IA32_INSN_0F;
  }
  out->opc = c;
  unsigned link_form = e->form, link_size = e->size;
  unsigned modrm = 0, have_modrm = 0;
  for (;;) {
    if (e->kind == IA32_K_GROUP) {
      NEED(p + 1);
      modrm = bytes[p];
      have_modrm = 1;
      link_form = e->form;
      link_size = e->size;
      e = ((modrm >> 6) == 3 ? ia32_grp_reg : ia32_grp_mem) + e->op * 8 + ((modrm >> 3) & 7);
    } else if (e->kind == IA32_K_RM) {
      e = ia32_rm_tab + e->op * 8 + (modrm & 7);
    } else if (e->kind == IA32_K_PFX) {
      /* F2/F3 take precedence over 66 as a mandatory prefix. */
      unsigned sel = (pfx & IA32_PFX_REP)      ? IA32_PSEL_PF3
                     : (pfx & IA32_PFX_REPNE)  ? IA32_PSEL_PF2
                     : (pfx & IA32_PFX_OPSIZE) ? IA32_PSEL_P66
                                               : IA32_PSEL_NP;
      e = ia32_pfx_tab + e->op * 4 + sel;
    } else {
      break;
    }
  }
  if (e->kind != IA32_K_INSN)
    return fail_ud(out, e->kind == IA32_K_LATER ? IA32_UD_LATER : IA32_UD_RESERVED);

  unsigned form = e->form, size = e->size;
  if (form == IA32_FORM_INHERIT) {
    form = link_form;
    size = link_size;
  }
  const ia32_form_info *fi = &ia32_form_info_tab[form];
  const unsigned opsize = size == IA32_SZ_B   ? 1
                          : size == IA32_SZ_W ? 2
                          : size == IA32_SZ_D ? 4
                                              : osz;
  out->op = e->op;
  out->form = (uint8_t)form;
  out->opsize = (uint8_t)opsize;
  if (e->flags & IA32_RF_CC) out->cc = c & 0xF;

  unsigned ud = IA32_UD_NONE, mem = 0, dseg = IA32_DS;
  if (fi->modrm != IA32_MR_NONE || have_modrm) { /* a group's ModRM is consumed too */
    if (!have_modrm) {
      NEED(p + 1);
      modrm = bytes[p];
    }
    p++;
    unsigned mod = modrm >> 6, reg = (modrm >> 3) & 7, rm = modrm & 7;
    out->flags |= IA32_INSN_MODRM;
    out->reg = (uint8_t)reg;
    out->rm = (uint8_t)rm;
    if (fi->modrm == IA32_MR_REGX) mod = 3; /* MOV CRn/DRn: mod is ignored */
    out->mod = (uint8_t)mod;
    if (mod == 3) {
      if (fi->modrm == IA32_MR_MEM) ud = IA32_UD_MODREG;
    } else if (asz == 4) {
      unsigned base = rm, disp = mod == 1 ? 1 : mod == 2 ? 4 : 0;
      if (rm == 4) {
        NEED(p + 1);
        unsigned sib = bytes[p++];
        unsigned idx = (sib >> 3) & 7;
        base = sib & 7;
        out->scale = (uint8_t)(sib >> 6);
        if (idx != 4) out->index = (uint8_t)idx;
        if (base == 5 && mod == 0) { /* SIB with no base: disp32 */
          base = R_NO;
          disp = 4;
        }
      } else if (rm == 5 && mod == 0) { /* disp32 alone */
        base = R_NO;
        disp = 4;
      }
      out->base = (uint8_t)base;
      if (base == 4 || base == 5) dseg = IA32_SS; /* ESP/EBP bases default to SS */
      NEED(p + disp);
      if (disp == 1)
        out->disp = (int8_t)bytes[p];
      else if (disp == 4)
        out->disp = (int32_t)le32(bytes + p);
      p += disp;
      mem = 1;
    } else {
      unsigned disp = mod == 1 ? 1 : mod == 2 ? 2 : 0;
      if (mod == 0 && rm == 6) { /* disp16 alone */
        disp = 2;
      } else {
        out->base = base16[rm];
        out->index = index16[rm];
        if (base16[rm] == R_BP) dseg = IA32_SS; /* BP-based forms default to SS */
      }
      NEED(p + disp);
      if (disp == 1)
        out->disp = (int8_t)bytes[p];
      else if (disp == 2)
        out->disp = (int16_t)le16(bytes + p);
      p += disp;
      mem = 1;
    }
    switch (fi->regrule) {
    case IA32_RR_SREG:
      if (reg > IA32_GS) ud = IA32_UD_SREG;
      break;
    case IA32_RR_SREG_LOAD: /* SDM MOV: loading CS is #UD */
      if (reg > IA32_GS || reg == IA32_CS) ud = IA32_UD_SREG;
      break;
    case IA32_RR_CR:
      if (!((VALID_CR_MASK >> reg) & 1)) ud = IA32_UD_CREG;
      break;
    default:
      break;
    }
  } else if (fi->regrule == IA32_RR_OPC) {
    out->reg = c & 7;
  } else if (fi->regrule == IA32_RR_OPCSEG) {
    out->reg = (c >> 3) & 7;
  }

  /* Immediates follow the displacement. */
  switch (fi->imm1) {
  case IA32_IMM_NONE:
    break;
  case IA32_IMM_B:
    NEED(p + 1);
    out->imm = bytes[p++];
    break;
  case IA32_IMM_SB:
  case IA32_IMM_JB:
    NEED(p + 1);
    out->imm = (uint32_t)(int32_t)(int8_t)bytes[p++];
    break;
  case IA32_IMM_W:
    NEED(p + 2);
    out->imm = le16(bytes + p);
    p += 2;
    break;
  case IA32_IMM_Z:
  case IA32_IMM_JZ:
    NEED(p + osz);
    if (osz == 4)
      out->imm = le32(bytes + p);
    else if (fi->imm1 == IA32_IMM_JZ)
      out->imm = (uint32_t)(int32_t)(int16_t)le16(bytes + p);
    else
      out->imm = le16(bytes + p);
    p += osz;
    break;
  case IA32_IMM_MOFFS: /* a memory operand with no base (SDM vol. 2 A.2.1 "O") */
    NEED(p + asz);
    out->disp = (int32_t)(asz == 4 ? le32(bytes + p) : le16(bytes + p));
    p += asz;
    mem = 1;
    break;
  case IA32_IMM_FAR:
    NEED(p + osz + 2);
    out->imm = osz == 4 ? le32(bytes + p) : le16(bytes + p);
    out->imm2 = (uint16_t)le16(bytes + p + osz);
    p += osz + 2;
    break;
  }
  if (fi->imm2 == IA32_IMM_B) {
    NEED(p + 1);
    out->imm2 = bytes[p++];
  }

  out->len = (uint8_t)p;
  out->seg = (uint8_t)(seg != IA32_SEG_NONE ? seg : dseg);
  if (mem) {
    out->flags |= IA32_INSN_MEM;
    out->msize = (uint8_t)mem_size(fi->msize, opsize);
  }
  /* Decode-time #UD only once the whole instruction is known: fetch faults
   * and #GP for length come first (SDM vol. 3 6.9, priority classes). */
  if (ud) return fail_ud(out, ud);
  /* SDM LOCK: only listed instructions, and only with a memory destination. */
  if ((pfx & IA32_PFX_LOCK) && !((e->flags & IA32_RF_LOCK) && mem))
    return fail_ud(out, IA32_UD_LOCK);
  if ((e->flags & IA32_RF_VMXPFX) && (pfx & (IA32_PFX_OPSIZE | IA32_PFX_REP | IA32_PFX_REPNE)))
    return fail_ud(out, IA32_UD_PREFIX);
  return IA32_DECODE_OK;
}

_Static_assert(sizeof(ia32_insn) <= 32, "ia32_insn is meant to stay small");
