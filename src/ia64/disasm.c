/* IA-64 disassembler, driven by the opcode table: a row's mnemonic, its
 * field completers, then its operands, as GNU objdump spells them. Where
 * objdump prefers an assembler pseudo-op for particular operand values
 * (mov for adds r1=0,r3, ...), the alias table below says so. */
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "ia64/decode.h"
#include "ia64/regnames.h"

typedef struct sbuf {
  char *p;
  size_t cap, len;
} sbuf;

__attribute__((format(printf, 2, 3))) static void put(sbuf *b, const char *fmt, ...) {
  if (b->cap == 0) return;
  size_t room = b->len < b->cap ? b->cap - b->len : 0;
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(b->p + b->len, room, fmt, ap);
  va_end(ap);
  if (n > 0) b->len += (size_t)n < room ? (size_t)n : (room ? room - 1 : 0);
}

static void put_reg(sbuf *b, const char *prefix, const char *name, unsigned n) {
  if (name)
    put(b, "%s.%s", prefix, name);
  else
    put(b, "%s%u", prefix, n);
}

/* mux1 permutation types (SDM vol. 3, Table 4-20 "mbtype4"). */
static const char *mbtype_name(int64_t v) {
  switch (v) {
  case 0x0:
    return "@brcst";
  case 0x8:
    return "@mix";
  case 0x9:
    return "@shuf";
  case 0xA:
    return "@alt";
  case 0xB:
    return "@rev";
  default:
    return NULL;
  }
}

static void put_operand(sbuf *b, ia64_opnd k, const ia64_insn *d, uint64_t addr) {
  static const char *const fixed[IA64_OPND_COUNT_] = {
      [IA64_OPND_AR_CCV] = "ar.ccv", [IA64_OPND_AR_CSD] = "ar.csd", [IA64_OPND_AR_PFS] = "ar.pfs",
      [IA64_OPND_PSR] = "psr",       [IA64_OPND_PSR_L] = "psr.l",   [IA64_OPND_PSR_UM] = "psr.um",
      [IA64_OPND_IP] = "ip",         [IA64_OPND_PR] = "pr",         [IA64_OPND_PR_ROT] = "pr.rot",
      [IA64_OPND_ONE] = "1",
  };
  static const char *const indirect[IA64_OPND_COUNT_] = {
      [IA64_OPND_RR_R3] = "rr",   [IA64_OPND_DBR_R3] = "dbr",     [IA64_OPND_IBR_R3] = "ibr",
      [IA64_OPND_PKR_R3] = "pkr", [IA64_OPND_PMC_R3] = "pmc",     [IA64_OPND_PMD_R3] = "pmd",
      [IA64_OPND_MSR_R3] = "msr", [IA64_OPND_CPUID_R3] = "cpuid", [IA64_OPND_DAHR_R3] = "dahr",
      [IA64_OPND_DTR_R3] = "dtr", [IA64_OPND_ITR_R3] = "itr",     [IA64_OPND_MEM_R3] = "",
  };
  if (fixed[k]) {
    put(b, "%s", fixed[k]);
    return;
  }
  if (indirect[k]) {
    put(b, "%s[r%u]", indirect[k], d->r3);
    return;
  }
  switch (k) {
  case IA64_OPND_R1:
    put(b, "r%u", d->r1);
    break;
  case IA64_OPND_R2:
    put(b, "r%u", d->r2);
    break;
  case IA64_OPND_R3:
  case IA64_OPND_R3_2:
    put(b, "r%u", d->r3);
    break;
  case IA64_OPND_R0:
    put(b, "r0");
    break;
  case IA64_OPND_F1:
    put(b, "f%u", d->f1);
    break;
  case IA64_OPND_F2:
    put(b, "f%u", d->f2);
    break;
  case IA64_OPND_F3:
    put(b, "f%u", d->f3);
    break;
  case IA64_OPND_F4:
    put(b, "f%u", d->f4);
    break;
  case IA64_OPND_P1:
    put(b, "p%u", d->p1);
    break;
  case IA64_OPND_P2:
    put(b, "p%u", d->p2);
    break;
  case IA64_OPND_B1:
    put(b, "b%u", d->b1);
    break;
  case IA64_OPND_B2:
    put(b, "b%u", d->b2);
    break;
  case IA64_OPND_AR3:
    put_reg(b, "ar", ia64_ar_name(d->ar), d->ar);
    break;
  case IA64_OPND_CR3:
    put_reg(b, "cr", ia64_cr_name(d->cr), d->cr);
    break;
  case IA64_OPND_CNT2:
  case IA64_OPND_CNT2C:
  case IA64_OPND_CNT5:
  case IA64_OPND_CCNT5:
  case IA64_OPND_CNT6:
  case IA64_OPND_CNT6L:
    put(b, "%u", d->count);
    break;
  case IA64_OPND_POS6:
  case IA64_OPND_CPOS6B:
  case IA64_OPND_CPOS6C:
  case IA64_OPND_CPOS6D:
    put(b, "%u", d->pos);
    break;
  case IA64_OPND_LEN6:
  case IA64_OPND_LEN4:
    put(b, "%u", d->len);
    break;
  case IA64_OPND_MBTYPE4: {
    const char *n = mbtype_name(d->imm);
    if (n)
      put(b, "%s", n);
    else
      put(b, "0x%" PRIx64, d->imm);
    break;
  }
  case IA64_OPND_DAHR_IDX:
    put(b, "dahr%u", d->r3);
    break;
  case IA64_OPND_IMM21:
  case IA64_OPND_IMM24:
  case IA64_OPND_MHTYPE8:
  case IA64_OPND_FCLASS9:
  case IA64_OPND_AMASK7:
  case IA64_OPND_MASK17:
  case IA64_OPND_IMM44:
  case IA64_OPND_IMM62:
  case IA64_OPND_IMM64:
    put(b, "0x%" PRIx64, (uint64_t)d->imm);
    break;
  case IA64_OPND_OMASK7:
    put(b, "0x%" PRIx64, (uint64_t)d->imm2);
    break;
  case IA64_OPND_TGT25:
  case IA64_OPND_TGT25C:
  case IA64_OPND_TGT25F:
  case IA64_OPND_TGT64:
    put(b, "0x%" PRIx64, addr + (uint64_t)d->imm);
    break;
  case IA64_OPND_TAG13_I:
  case IA64_OPND_TAG13_B:
    put(b, "0x%" PRIx64, addr + (uint64_t)d->imm2);
    break;
  case IA64_OPND_ALLOC:
    /* i=0, l=sol, o=sof-sol, r=sor*8: the assembler's form, re-encodes
     * to the same bits; objdump prints sof,sol,sor*8. */
    if (d->sol <= d->sof)
      put(b, "0,%u,%u,%u", d->sol, d->sof - d->sol, d->sor * 8u);
    else
      put(b, "%u,%u,%u", d->sof, d->sol, d->sor * 8u);
    break;
  default:
    put(b, "%" PRId64, d->imm);
    break; /* signed immediates */
  }
}

/* Pseudo-ops: for these operand values objdump prints the assembler's
 * alias instead of the instruction (SDM vol. 3 4.1 and the pseudo-op
 * lists under each instruction in chapter 2). First match wins. */
typedef enum alias_cond {
  AC_R3_IS_R0,   /* addl r1=imm,r0 */
  AC_IMM_IS_0,   /* adds r1=0,r3 */
  AC_POS_LEN_64, /* the field reaches bit 63: a shift */
  AC_F4_IS_F1_F2_IS_F0,
  AC_F4_IS_F1,
  AC_F2_IS_F0,
  AC_F2_IS_F3,
  AC_QP0_SPTK,     /* unpredicated, static-taken: plain br */
  AC_MWH_NONE_IH0, /* mov to BR with no hints: the tag is not shown */
} alias_cond;

typedef struct alias {
  uint16_t op;
  uint8_t cond;
  const char *name;
  uint8_t ndst;
  uint8_t opnd[4];
  uint8_t cmpl[2];
} alias;

#define O(k) IA64_OPND_##k
#define SF                                                                                         \
  { IA64_CMPL_SF }
#define FNORM(op, n)                                                                               \
  { IA64_OP_##op, AC_F4_IS_F1_F2_IS_F0, n, 1, {O(F1), O(F3)}, SF }
#define FADD(op, n)                                                                                \
  { IA64_OP_##op, AC_F4_IS_F1, n, 1, {O(F1), O(F3), O(F2)}, SF }
#define FMPY(op, n)                                                                                \
  { IA64_OP_##op, AC_F2_IS_F0, n, 1, {O(F1), O(F3), O(F4)}, SF }
#define FMRG(op, c, n)                                                                             \
  {                                                                                                \
    IA64_OP_##op, c, n, 1, {O(F1), O(F3)}, {                                                       \
      0                                                                                            \
    }                                                                                              \
  }
static const alias aliases[] = {
    {IA64_OP_addl, AC_R3_IS_R0, "mov", 1, {O(R1), O(IMM22)}, {0}},
    {IA64_OP_adds, AC_IMM_IS_0, "mov", 1, {O(R1), O(R3)}, {0}},
    {IA64_OP_extr_u, AC_POS_LEN_64, "shr.u", 1, {O(R1), O(R3), O(POS6)}, {0}},
    {IA64_OP_extr, AC_POS_LEN_64, "shr", 1, {O(R1), O(R3), O(POS6)}, {0}},
    {IA64_OP_dep_z, AC_POS_LEN_64, "shl", 1, {O(R1), O(R2), O(CPOS6C)}, {0}},
    FNORM(fma, "fnorm"),
    FADD(fma, "fadd"),
    FMPY(fma, "fmpy"),
    FNORM(fma_s, "fnorm.s"),
    FADD(fma_s, "fadd.s"),
    FMPY(fma_s, "fmpy.s"),
    FNORM(fma_d, "fnorm.d"),
    FADD(fma_d, "fadd.d"),
    FMPY(fma_d, "fmpy.d"),
    FADD(fms, "fsub"),
    FADD(fms_s, "fsub.s"),
    FADD(fms_d, "fsub.d"),
    FMPY(fnma, "fnmpy"),
    FMPY(fnma_s, "fnmpy.s"),
    FMPY(fnma_d, "fnmpy.d"),
    FMPY(fpma, "fpmpy"),
    FMPY(fpnma, "fpnmpy"),
    {IA64_OP_xma_l, AC_F2_IS_F0, "xmpy.l", 1, {O(F1), O(F3), O(F4)}, {0}},
    {IA64_OP_xma_h, AC_F2_IS_F0, "xmpy.h", 1, {O(F1), O(F3), O(F4)}, {0}},
    {IA64_OP_xma_hu, AC_F2_IS_F0, "xmpy.hu", 1, {O(F1), O(F3), O(F4)}, {0}},
    FMRG(fmerge_s, AC_F2_IS_F3, "mov"),
    FMRG(fmerge_s, AC_F2_IS_F0, "fabs"),
    FMRG(fmerge_ns, AC_F2_IS_F3, "fneg"),
    FMRG(fmerge_ns, AC_F2_IS_F0, "fnegabs"),
    FMRG(fpmerge_s, AC_F2_IS_F0, "fpabs"),
    FMRG(fpmerge_ns, AC_F2_IS_F3, "fpneg"),
    FMRG(fpmerge_ns, AC_F2_IS_F0, "fpnegabs"),
    {IA64_OP_br_cond, AC_QP0_SPTK, "br", 0, {O(TGT25)}, {IA64_CMPL_PH, IA64_CMPL_DH}},
    {IA64_OP_br_cond_ind, AC_QP0_SPTK, "br", 0, {O(B2)}, {IA64_CMPL_PH, IA64_CMPL_DH}},
    {IA64_OP_brl_cond, AC_QP0_SPTK, "brl", 0, {O(TGT64)}, {IA64_CMPL_PH, IA64_CMPL_DH}},
    {IA64_OP_mov_to_br, AC_MWH_NONE_IH0, "mov", 1, {O(B1), O(R2)}, {0}},
};
#undef FMRG
#undef FMPY
#undef FADD
#undef FNORM
#undef SF
#undef O

static int alias_applies(alias_cond c, const ia64_insn *d) {
  switch (c) {
  case AC_R3_IS_R0:
    return d->r3 == 0;
  case AC_IMM_IS_0:
    return d->imm == 0;
  case AC_POS_LEN_64:
    return d->pos + d->len == 64;
  case AC_F4_IS_F1_F2_IS_F0:
    return d->f4 == 1 && d->f2 == 0;
  case AC_F4_IS_F1:
    return d->f4 == 1;
  case AC_F2_IS_F0:
    return d->f2 == 0;
  case AC_F2_IS_F3:
    return d->f2 == d->f3;
  case AC_QP0_SPTK:
    return d->qp == 0 && d->bwh == 0;
  case AC_MWH_NONE_IH0:
    return d->bwh == 1 && d->ih == 0;
  }
  return 0;
}

static void put_completers(sbuf *b, const uint8_t *cmpl, unsigned n, const ia64_insn *d) {
  for (unsigned k = 0; k < n && cmpl[k]; k++)
    put(b, "%s", ia64_cmpl_suffix((ia64_cmpl)cmpl[k], ia64_cmpl_value(cmpl[k], d)));
}

static void put_operands(sbuf *b, const uint8_t *opnd, unsigned n, unsigned ndst,
                         const ia64_insn *d, uint64_t addr) {
  for (unsigned k = 0; k < n && opnd[k]; k++) {
    put(b, "%s", k == 0 ? " " : (k == ndst ? "=" : ","));
    put_operand(b, (ia64_opnd)opnd[k], d, addr);
  }
}

static void format_row(sbuf *b, const ia64_insn *d, uint64_t addr) {
  const ia64_row *r = &ia64_rows[d->op];
  for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; i++) {
    const alias *a = &aliases[i];
    if (a->op == d->op && alias_applies((alias_cond)a->cond, d)) {
      put(b, "%s", a->name);
      put_completers(b, a->cmpl, 2, d);
      put_operands(b, a->opnd, 4, a->ndst, d, addr);
      return;
    }
  }
  put(b, "%s", r->name);
  put_completers(b, r->cmpl, IA64_MAX_CMPLS, d);
  put_operands(b, r->opnd, IA64_MAX_OPNDS, r->ndst, d, addr);
}

void ia64_format_insn(const ia64_insn *insn, uint64_t addr, char *out, size_t outlen) {
  sbuf b = {out, outlen, 0};
  if (outlen) out[0] = 0;
  if (insn->op >= IA64_OP_COUNT_) {
    put(&b, "illegal");
    return;
  }
  format_row(&b, insn, addr);
}

unsigned ia64_disasm(const uint8_t *bytes, size_t len, uint64_t addr, unsigned slot, char *out,
                     size_t outlen) {
  sbuf b = {out, outlen, 0};
  if (outlen) out[0] = 0;
  if (!bytes || len < 16 || slot > 2) return 0;
  const ia64_template *t = ia64_template_info(ia64_bundle_template(bytes));
  uint64_t raw = ia64_bundle_slot(bytes, slot);
  /* objdump spells what it cannot decode as the raw 41-bit slot. */
  if (!t->name) {
    put(&b, "data8 %#011" PRIx64, raw);
    return 0;
  }
  ia64_insn d;
  unsigned stop = t->stop_after;
  if (t->unit[slot] == IA64_UNIT_X) return 16; /* printed with the L slot */
  if (t->unit[slot] == IA64_UNIT_L) {
    ia64_decode_lx(raw, ia64_bundle_slot(bytes, 2), &d);
    raw = ia64_bundle_slot(bytes, 2);
    stop >>= 1; /* the X slot's stop ends the L+X instruction */
  } else {
    ia64_decode_slot(raw, (ia64_unit)t->unit[slot], &d);
  }
  if (d.op >= IA64_OP_COUNT_) {
    put(&b, "data8 %#011" PRIx64, raw);
    return 0;
  }
  if (d.qp) put(&b, "(p%u) ", d.qp);
  format_row(&b, &d, addr);
  if (stop & (1u << slot)) put(&b, ";;");
  return 16;
}
