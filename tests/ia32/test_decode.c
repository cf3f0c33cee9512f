/* IA-32 decoder tests: every opcodes.def row against Capstone, a random-bytes
 * oracle against Capstone, and one test per decoding rule of the SDM. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <capstone/capstone.h>

#include "ia32/decode.h"
#include "ia32/disasm.h"
#include "ia32/table.h" /* operand-form properties: which immediates a form has */

/* ---- Capstone as the oracle ------------------------------------------------ */

typedef struct oracle {
  csh cs32, cs16;
  cs_insn *insn32, *insn16;
} oracle;

typedef struct cs_result {
  int ok;
  unsigned len;
  char mnemonic[32];
  int has_mem; /* Capstone's first memory operand: */
  x86_reg base, index, segment;
  int scale;
  int64_t disp;
  int nimm; /* Capstone's immediate operands, in order */
  uint64_t imm[3];
} cs_result;

/* Capstone spells a few things differently from the SDM mnemonics vtsim
 * uses; each rule here is a spelling difference only, never a different
 * instruction. */
static void normalize_capstone(const char *in, char *out, size_t outlen) {
  /* 1. Prefixes printed as part of the mnemonic are not the instruction. */
  static const char *const prefix_words[] = {"lock ", "rep ",    "repe ",     "repne ",
                                             "repz ", "repnz ",  "xacquire ", "xrelease ",
                                             "bnd ",  "notrack "};
  for (int again = 1; again;) {
    again = 0;
    for (size_t i = 0; i < sizeof prefix_words / sizeof *prefix_words; i++) {
      size_t n = strlen(prefix_words[i]);
      if (!strncmp(in, prefix_words[i], n)) {
        in += n;
        again = 1;
      }
    }
  }
  /* 2. Different names for the same instruction. */
  static const struct {
    const char *capstone, *sdm;
  } renames[] = {
      {"wait", "fwait"},     /* 9B: SDM "WAIT/FWAIT" */
      {"pushal", "pushad"},  /* 60 with 32-bit operand size */
      {"popal", "popad"},    /* 61 */
      {"pushaw", "pusha"},   /* 60 with 16-bit operand size */
      {"popaw", "popa"},     /* 61 */
      {"lcall", "call far"}, /* 9A, FF /3: SDM "CALL ptr16:32 / m16:32" */
      {"ljmp", "jmp far"},   /* EA, FF /5 */
      {"iretw", "iret"},     /* CF with 16-bit operand size */
      {"pushfw", "pushf"},   /* 9C with 16-bit operand size */
      {"popfw", "popf"},     /* 9D */
  };
  for (size_t i = 0; i < sizeof renames / sizeof *renames; i++) {
    if (!strcmp(in, renames[i].capstone)) {
      in = renames[i].sdm;
      break;
    }
  }
  snprintf(out, outlen, "%s", in);
}

static cs_result capstone_decode(oracle *o, int default32, const uint8_t *bytes, size_t len) {
  cs_result r = {0};
  csh h = default32 ? o->cs32 : o->cs16;
  cs_insn *insn = default32 ? o->insn32 : o->insn16;
  const uint8_t *code = bytes;
  size_t size = len;
  uint64_t addr = 0x1000;
  if (cs_disasm_iter(h, &code, &size, &addr, insn)) {
    r.ok = 1;
    r.len = insn->size;
    normalize_capstone(insn->mnemonic, r.mnemonic, sizeof r.mnemonic);
    const cs_x86 *x = &insn->detail->x86;
    for (int i = 0; i < x->op_count; i++) {
      if (x->operands[i].type == X86_OP_IMM && r.nimm < 3) {
        r.imm[r.nimm++] = (uint64_t)x->operands[i].imm;
      }
    }
    for (int i = 0; i < x->op_count; i++) {
      if (r.has_mem || x->operands[i].type != X86_OP_MEM) continue;
      r.has_mem = 1;
      r.base = x->operands[i].mem.base;
      r.index = x->operands[i].mem.index;
      r.segment = x->operands[i].mem.segment;
      r.scale = x->operands[i].mem.scale;
      r.disp = x->operands[i].mem.disp;
      break;
    }
  }
  return r;
}

/* ---- the list of known Capstone errors ---------------------------------------
 * tests/ia32/capstone-disagreements.txt, one line each:
 *   mode | pattern | capstone | vtsim | reason
 * mode: 16, 32 or * (CS.D of the code). pattern: tokens matched from the
 * first byte: "hh" (exact), "hh/mm" (byte & mm == hh), "??" (any byte), "P*"
 * / "P+" (zero / one or more legacy prefix bytes); the pattern need not cover
 * the whole string. capstone / vtsim: what each says: "mnemonic" (lengths
 * agree), "mnemonic len=N", or "invalid". The special pair "prefix-order |
 * prefix-order" allows a disagreement only if Capstone agrees with vtsim for
 * another order of the same legacy prefixes (see some_prefix_order_agrees).
 * Only a disagreement that matches a line in every column is allowed. */

#define MAX_ALLOWED 64
#define MAX_TOKENS  16
enum { TOK_BYTE, TOK_PSTAR, TOK_PPLUS };
typedef struct allowed {
  int mode;
  int n;
  uint8_t kind[MAX_TOKENS], val[MAX_TOKENS], mask[MAX_TOKENS];
  char capstone[48], vtsim[48];
  int prefix_order; /* the "prefix-order | prefix-order" rule */
  unsigned hits;
  int line;
} allowed;

typedef struct fixture {
  oracle o;
  allowed allow[MAX_ALLOWED];
  int nallow;
} fixture;

static char *trim(char *s) {
  while (*s == ' ' || *s == '\t') s++;
  char *e = s + strlen(s);
  while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\n' || e[-1] == '\r')) *--e = 0;
  return s;
}

static int parse_allowed_line(char *line, allowed *a) {
  char *col[5];
  int n = 0;
  for (char *s = line; n < 5; n++) {
    col[n] = s;
    char *bar = strchr(s, '|');
    if (!bar) {
      n++;
      break;
    }
    *bar = 0;
    s = bar + 1;
  }
  if (n != 5) return -1;
  for (int i = 0; i < 5; i++) col[i] = trim(col[i]);
  a->mode = !strcmp(col[0], "*") ? 0 : atoi(col[0]);
  if (a->mode != 0 && a->mode != 16 && a->mode != 32) return -1;
  a->n = 0;
  for (char *tok = strtok(col[1], " "); tok; tok = strtok(NULL, " ")) {
    unsigned v, m;
    if (a->n >= MAX_TOKENS) return -1;
    a->kind[a->n] = TOK_BYTE;
    if (!strcmp(tok, "P*") || !strcmp(tok, "P+")) {
      a->kind[a->n] = tok[1] == '*' ? TOK_PSTAR : TOK_PPLUS;
      v = m = 0;
    } else if (!strcmp(tok, "??")) {
      v = m = 0;
    } else if (sscanf(tok, "%x/%x", &v, &m) == 2) {
    } else if (sscanf(tok, "%x", &v) == 1 && strlen(tok) == 2) {
      m = 0xFF;
    } else {
      return -1;
    }
    a->val[a->n] = (uint8_t)(v & m);
    a->mask[a->n] = (uint8_t)m;
    a->n++;
  }
  snprintf(a->capstone, sizeof a->capstone, "%s", col[2]);
  snprintf(a->vtsim, sizeof a->vtsim, "%s", col[3]);
  a->prefix_order = !strcmp(col[2], "prefix-order") && !strcmp(col[3], "prefix-order");
  return a->n > 0 && col[4][0] ? 0 : -1;
}

static void load_allowed(fixture *f) {
  char path[1024];
  const char *root = getenv("VTSIM_SOURCE_DIR");
  if (root && *root) {
    snprintf(path, sizeof path, "%s/tests/ia32/capstone-disagreements.txt", root);
  } else { /* next to this source file */
    const char *here = __FILE__;
    const char *slash = strrchr(here, '/');
    int dir = slash ? (int)(slash - here) : 1;
    snprintf(path, sizeof path, "%.*s/capstone-disagreements.txt", dir, slash ? here : ".");
  }
  FILE *fp = fopen(path, "r");
  if (!fp) fail_msg("cannot open %s (set VTSIM_SOURCE_DIR to the repository root)", path);
  char line[512];
  int lineno = 0;
  while (fgets(line, sizeof line, fp)) {
    lineno++;
    char *s = trim(line);
    if (!*s || *s == '#') continue;
    if (f->nallow >= MAX_ALLOWED) fail_msg("%s: too many lines", path);
    allowed *a = &f->allow[f->nallow];
    if (parse_allowed_line(s, a) != 0) fail_msg("%s:%d: malformed line", path, lineno);
    a->line = lineno;
    f->nallow++;
  }
  fclose(fp);
}

static int setup(void **state) {
  fixture *f = calloc(1, sizeof *f);
  if (!f) return -1;
  if (cs_open(CS_ARCH_X86, CS_MODE_32, &f->o.cs32) != CS_ERR_OK) return -1;
  if (cs_open(CS_ARCH_X86, CS_MODE_16, &f->o.cs16) != CS_ERR_OK) return -1;
  cs_option(f->o.cs32, CS_OPT_DETAIL, CS_OPT_ON); /* operands: to check the EA recipe */
  cs_option(f->o.cs16, CS_OPT_DETAIL, CS_OPT_ON);
  f->o.insn32 = cs_malloc(f->o.cs32);
  f->o.insn16 = cs_malloc(f->o.cs16);
  *state = f;
  load_allowed(f);
  return 0;
}

static int teardown(void **state) {
  fixture *f = *state;
  cs_free(f->o.insn32, 1);
  cs_free(f->o.insn16, 1);
  cs_close(&f->o.cs32);
  cs_close(&f->o.cs16);
  free(f);
  return 0;
}

/* ---- comparing one byte string ------------------------------------------------ */

static int is_legacy_prefix(uint8_t b) {
  static const uint8_t legacy[] = {0x26, 0x2E, 0x36, 0x3E, 0x64, 0x65,
                                   0x66, 0x67, 0xF0, 0xF2, 0xF3};
  return memchr(legacy, b, sizeof legacy) != NULL;
}

static int pattern_match(const allowed *a, int t, const uint8_t *b, size_t len) {
  if (t == a->n) return 1;
  if (a->kind[t] == TOK_BYTE)
    return len > 0 && (b[0] & a->mask[t]) == a->val[t] && pattern_match(a, t + 1, b + 1, len - 1);
  /* P* / P+: try every split of the prefix run, shortest first. */
  size_t k = a->kind[t] == TOK_PPLUS ? 1 : 0;
  for (size_t i = 0; i < k; i++)
    if (i >= len || !is_legacy_prefix(b[i])) return 0;
  for (;; k++) {
    if (pattern_match(a, t + 1, b + k, len - k)) return 1;
    if (k >= len || !is_legacy_prefix(b[k])) return 0;
  }
}

static void describe(char *out, size_t outlen, int ok, const char *mnemonic, unsigned len,
                     unsigned other_len) {
  if (!ok)
    snprintf(out, outlen, "invalid");
  else if (len == other_len)
    snprintf(out, outlen, "%s", mnemonic);
  else
    snprintf(out, outlen, "%s len=%u", mnemonic, len);
}

/* Capstone 4 reads some prefixes differently depending on their position in
 * the prefix run. Try every order of the run (up to 6 prefixes): a listed
 * "prefix-order" disagreement is allowed only if some order makes Capstone
 * agree with vtsim while vtsim's own answer stays the same for that order. */
static int some_prefix_order_agrees(fixture *f, int default32, uint8_t *b, size_t len, size_t k,
                                    size_t np, const char *want, unsigned want_len) {
  if (k == np) {
    ia32_insn d;
    char m[32];
    if (ia32_decode(b, len, default32, &d) != IA32_DECODE_OK || d.len != want_len) return 0;
    ia32_mnemonic(&d, m, sizeof m);
    if (strcmp(m, want)) return 0;
    cs_result c = capstone_decode(&f->o, default32, b, len);
    return c.ok && c.len == want_len && !strcmp(c.mnemonic, want);
  }
  for (size_t i = k; i < np; i++) {
    uint8_t t = b[k];
    b[k] = b[i];
    b[i] = t;
    int ok = some_prefix_order_agrees(f, default32, b, len, k + 1, np, want, want_len);
    b[i] = b[k];
    b[k] = t;
    if (ok) return 1;
  }
  return 0;
}

static int allowed_match(fixture *f, int default32, const uint8_t *b, size_t len,
                         const char *cs_said, const char *we_said, const ia32_insn *ours) {
  for (int i = 0; i < f->nallow; i++) {
    allowed *a = &f->allow[i];
    if (a->mode && a->mode != (default32 ? 32 : 16)) continue;
    if (!pattern_match(a, 0, b, len)) continue;
    if (a->prefix_order) {
      uint8_t copy[32];
      size_t np = 0;
      while (np < len && is_legacy_prefix(b[np])) np++;
      char m[32];
      ia32_mnemonic(ours, m, sizeof m);
      if (len > sizeof copy || np > 6) continue;
      memcpy(copy, b, len);
      if (!some_prefix_order_agrees(f, default32, copy, len, 0, np, m, ours->len)) continue;
    } else if (strcmp(a->capstone, cs_said) || strcmp(a->vtsim, we_said)) {
      continue;
    }
    a->hits++;
    return 1;
  }
  return 0;
}

/* Our effective-address recipe against Capstone's memory operand. */
static int ea_agrees(const ia32_insn *d, const cs_result *c, char *why, size_t whylen) {
  static const x86_reg gpr32[8] = {X86_REG_EAX, X86_REG_ECX, X86_REG_EDX, X86_REG_EBX,
                                   X86_REG_ESP, X86_REG_EBP, X86_REG_ESI, X86_REG_EDI};
  static const x86_reg gpr16[8] = {X86_REG_AX, X86_REG_CX, X86_REG_DX, X86_REG_BX,
                                   X86_REG_SP, X86_REG_BP, X86_REG_SI, X86_REG_DI};
  static const x86_reg sreg[6] = {X86_REG_ES, X86_REG_CS, X86_REG_SS,
                                  X86_REG_DS, X86_REG_FS, X86_REG_GS};
  const x86_reg *gpr = d->addrsize == 4 ? gpr32 : gpr16;
  x86_reg base = d->base == IA32_REG_NONE ? X86_REG_INVALID : gpr[d->base];
  x86_reg index = d->index == IA32_REG_NONE ? X86_REG_INVALID : gpr[d->index];
  if (!c->has_mem) {
    snprintf(why, whylen, "capstone has no memory operand");
    return 0;
  }
  if (c->base != base || c->index != index) {
    snprintf(why, whylen, "base/index %d/%d, capstone %d/%d", base, index, c->base, c->index);
    return 0;
  }
  if (index != X86_REG_INVALID && c->scale != 1 << d->scale) {
    snprintf(why, whylen, "scale %d, capstone %d", 1 << d->scale, c->scale);
    return 0;
  }
  int32_t want = d->addrsize == 4 ? d->disp : (int16_t)d->disp;
  if ((int32_t)c->disp != want) {
    snprintf(why, whylen, "disp %d, capstone %lld", want, (long long)c->disp);
    return 0;
  }
  /* Capstone names the segment only when a prefix overrides it. */
  if (c->segment != X86_REG_INVALID && (d->seg > IA32_GS || c->segment != sreg[d->seg])) {
    snprintf(why, whylen, "segment %d, capstone %d", d->seg, c->segment);
    return 0;
  }
  return 1;
}

/* Our immediates against Capstone's immediate operands (branch targets for
 * Jb/Jz, selector then offset for Ap), each compared in its encoded width. */
static int imm_agrees(const ia32_insn *d, const cs_result *c, int default32, char *why,
                      size_t whylen) {
  const ia32_form_info *fi = &ia32_form_info_tab[d->form];
  uint64_t want[2], width[2];
  int n = 0;
  const uint64_t w8 = 0xFF, w16 = 0xFFFF, w32 = 0xFFFFFFFF, wop = d->opsize == 2 ? w16 : w32;
  switch (fi->imm1) {
  case IA32_IMM_NONE:
  case IA32_IMM_MOFFS:
    return 1;
  case IA32_IMM_JB:
  case IA32_IMM_JZ:
    /* Capstone shows a target modulo 64 KiB in 16-bit code or with a 67
     * prefix, whatever the operand size: compare what both agree to show. */
    want[n] = 0x1000u + d->len + d->imm;
    width[n++] = (!default32 || (d->prefixes & IA32_PFX_ADDRSIZE)) ? w16 : wop;
    break;
  case IA32_IMM_FAR:
    want[n] = d->imm2;
    width[n++] = w16;
    want[n] = d->imm;
    width[n++] = wop;
    break;
  default:
    want[n] = d->imm;
    width[n++] = fi->imm1 == IA32_IMM_B ? w8 : fi->imm1 == IA32_IMM_W ? w16 : wop;
    if (fi->imm2 == IA32_IMM_B) {
      want[n] = d->imm2;
      width[n++] = w8;
    }
    break;
  }
  if (c->nimm == 0) return 1; /* Capstone omits AAM/AAD's default 10 */
  if (c->nimm != n) {
    snprintf(why, whylen, "%d immediates, capstone %d", n, c->nimm);
    return 0;
  }
  for (int i = 0; i < n; i++) {
    if ((want[i] & width[i]) != (c->imm[i] & width[i])) {
      snprintf(why, whylen, "immediate %d: %#llx, capstone %#llx", i, (unsigned long long)want[i],
               (unsigned long long)c->imm[i]);
      return 0;
    }
  }
  return 1;
}

typedef struct tally {
  unsigned long checked, accepted, agreed, allowed, bad;
} tally;

/* Compare our decode of bytes[0..len) with Capstone's. Strings we reject are
 * not compared (an opcode outside the P6 integer set, or a rule Capstone does
 * not model). Returns 1 when they agree or the disagreement is listed. */
static int compare_one(fixture *f, tally *t, int default32, const uint8_t *b, size_t len) {
  ia32_insn d;
  t->checked++;
  if (ia32_decode(b, len, default32, &d) != IA32_DECODE_OK) return 1;
  t->accepted++;
  char ours[32];
  ia32_mnemonic(&d, ours, sizeof ours);
  cs_result c = capstone_decode(&f->o, default32, b, len);
  if (c.ok && c.len == d.len && !strcmp(c.mnemonic, ours)) {
    char why[96];
    int has_ea = (d.flags & (IA32_INSN_MODRM | IA32_INSN_MEM)) == (IA32_INSN_MODRM | IA32_INSN_MEM);
    if ((has_ea && !ea_agrees(&d, &c, why, sizeof why)) ||
        !imm_agrees(&d, &c, default32, why, sizeof why)) {
      if (t->bad++ < 40) {
        char hex[3 * 24 + 1] = "";
        for (size_t i = 0; i < len && i < 24; i++) sprintf(hex + 3 * i, "%02x ", b[i]);
        print_message("OPERAND DISAGREE mode %d: %s| %s: %s\n", default32 ? 32 : 16, hex, ours,
                      why);
      }
      return 0;
    }
    t->agreed++;
    return 1;
  }
  char cs_said[64], we_said[64];
  describe(cs_said, sizeof cs_said, c.ok, c.mnemonic, c.len, d.len);
  describe(we_said, sizeof we_said, 1, ours, d.len, c.ok ? c.len : d.len);
  if (allowed_match(f, default32, b, len, cs_said, we_said, &d)) {
    t->allowed++;
    return 1;
  }
  if (t->bad++ < 40) {
    char hex[3 * 24 + 1] = "";
    for (size_t i = 0; i < len && i < 24; i++) sprintf(hex + 3 * i, "%02x ", b[i]);
    print_message("DISAGREE mode %d: %s| capstone: %s | vtsim: %s (%s)\n", default32 ? 32 : 16, hex,
                  cs_said, we_said, ia32_form_name((ia32_form)d.form));
  }
  return 0;
}

/* ---- (a) every table row, with several ModRM/SIB/displacement forms ---------- */

typedef struct row_ctx {
  fixture *f;
  tally t;
  unsigned long rows, later_ok, lock_checked;
  int failed;
} row_ctx;

/* ModRM bytes (mod and rm only) exercising each addressing form. */
static const uint8_t mem_modrm32[] = {0x00, 0x03, 0x04, 0x05, 0x44, 0x45, 0x84, 0x85, 0x46, 0x86};
static const uint8_t sib_bytes[] = {0x24, 0x25, 0x6D, 0x88, 0xC5};
static const uint8_t mem_modrm16[] = {0x00, 0x02, 0x06, 0x07, 0x42, 0x46, 0x81, 0x86};
static const uint8_t reg_modrm[] = {0xC0, 0xC3, 0xC7};
static const uint8_t filler[] = {0x12, 0x34, 0x56, 0x78, 0x9A, 0xBC, 0xDE, 0xF1, 0x13, 0x35};

/* SDM LOCK: the instructions that accept LOCK (with a memory destination). */
static int sdm_lockable(ia32_op op) {
  static const ia32_op ops[] = {
      IA32_OP_ADD,     IA32_OP_ADC,       IA32_OP_AND, IA32_OP_BTC, IA32_OP_BTR,  IA32_OP_BTS,
      IA32_OP_CMPXCHG, IA32_OP_CMPXCHG8B, IA32_OP_DEC, IA32_OP_INC, IA32_OP_NEG,  IA32_OP_NOT,
      IA32_OP_OR,      IA32_OP_SBB,       IA32_OP_SUB, IA32_OP_XOR, IA32_OP_XADD, IA32_OP_XCHG};
  for (size_t i = 0; i < sizeof ops / sizeof *ops; i++)
    if (ops[i] == op) return 1;
  return 0;
}

static size_t build(uint8_t *buf, const ia32_encoding *enc, const uint8_t *pfx, size_t npfx,
                    int modrm, int sib) {
  size_t n = 0;
  for (size_t i = 0; i < npfx; i++) buf[n++] = pfx[i];
  if (enc->mandatory) buf[n++] = enc->mandatory;
  if (enc->map == 2) buf[n++] = 0x0F;
  buf[n++] = enc->opcode;
  if (modrm >= 0) buf[n++] = (uint8_t)modrm;
  if (sib >= 0) buf[n++] = (uint8_t)sib;
  memcpy(buf + n, filler, sizeof filler);
  return n + sizeof filler;
}

static void check_row_bytes(row_ctx *rc, const ia32_encoding *enc, int default32,
                            const uint8_t *buf, size_t len, int is_mem) {
  ia32_insn d;
  int st = ia32_decode(buf, len, default32, &d);
  if (st != IA32_DECODE_OK) {
    /* Only the ModRM.reg rules of a few forms may reject a generated variant. */
    int reg_rule = (enc->form == IA32_FORM_Ew_Sw || enc->form == IA32_FORM_Sw_Ew ||
                    enc->form == IA32_FORM_Rd_Cd || enc->form == IA32_FORM_Cd_Rd) &&
                   st == IA32_DECODE_UD && (d.ud == IA32_UD_SREG || d.ud == IA32_UD_CREG);
    if (!reg_rule) {
      print_message("row %s %s (map %d opcode %02x): status %d ud %s\n",
                    ia32_op_name((ia32_op)enc->op), ia32_form_name((ia32_form)enc->form), enc->map,
                    enc->opcode, st, ia32_ud_reason_name((ia32_ud_reason)d.ud));
      rc->failed = 1;
    }
    return;
  }
  if (d.op != enc->op) {
    print_message("row %s: decoded as %s\n", ia32_op_name((ia32_op)enc->op),
                  ia32_op_name((ia32_op)d.op));
    rc->failed = 1;
  }
  if (!compare_one(rc->f, &rc->t, default32, buf, len)) rc->failed = 1;

  /* The LOCK rule, checked against the SDM list rather than the table flag. */
  if (len < 30) {
    uint8_t locked[32];
    locked[0] = 0xF0;
    memcpy(locked + 1, buf, len);
    int dest_is_mem = is_mem && (ia32_form_name((ia32_form)enc->form)[0] == 'E' ||
                                 ia32_form_name((ia32_form)enc->form)[0] == 'M');
    int expect_ok = sdm_lockable((ia32_op)enc->op) && dest_is_mem;
    ia32_insn l;
    int ls = ia32_decode(locked, len + 1, default32, &l);
    rc->lock_checked++;
    if (expect_ok ? ls != IA32_DECODE_OK : (ls != IA32_DECODE_UD || l.ud != IA32_UD_LOCK)) {
      print_message("LOCK %s %s: status %d, expected %s\n", ia32_op_name((ia32_op)enc->op),
                    ia32_form_name((ia32_form)enc->form), ls, expect_ok ? "OK" : "UD");
      rc->failed = 1;
    }
  }
}

static void check_row(const ia32_encoding *enc, void *user) {
  row_ctx *rc = user;
  uint8_t buf[40];
  rc->rows++;
  if (enc->later) {
    /* A later extension's opcode: #UD with that reason, whatever ModRM. */
    int modrm = enc->mod == IA32_ENC_MOD_NONE  ? -1
                : enc->mod == IA32_ENC_MOD_REG ? 0xC0 | (enc->reg & 7) << 3 | (enc->rm & 7)
                                               : (enc->reg & 7) << 3;
    if (enc->reg == IA32_ENC_ANY) modrm = -1;
    size_t len = build(buf, enc, NULL, 0, modrm, -1);
    ia32_insn d;
    int st = ia32_decode(buf, len, 1, &d);
    if (st != IA32_DECODE_UD || d.ud != IA32_UD_LATER) {
      print_message("later opcode map %d %02x reg %d: status %d\n", enc->map, enc->opcode, enc->reg,
                    st);
      rc->failed = 1;
    }
    rc->later_ok++;
    return;
  }
  static const uint8_t pfx_sets[][2] = {{0, 0}, {0x66, 0}, {0x67, 0}, {0x2E, 0x66}};
  static const size_t pfx_len[] = {0, 1, 1, 2};
  for (int mode = 0; mode < 2; mode++) {
    int default32 = mode == 0;
    for (size_t ps = 0; ps < 4; ps++) {
      /* Mandatory-prefix rows and VMX rows are exercised without extra 66. */
      if (enc->mandatory && ps) continue;
      if (ia32_op_class_of((ia32_op)enc->op) == IA32_CLASS_VMX &&
          memchr(pfx_sets[ps], 0x66, pfx_len[ps]))
        continue;
      const uint8_t *pfx = pfx_sets[ps];
      size_t npfx = pfx_len[ps];
      int asz32 = default32 ^ (npfx && pfx[0] == 0x67);
      if (enc->mod == IA32_ENC_MOD_NONE) {
        size_t len = build(buf, enc, pfx, npfx, -1, -1);
        check_row_bytes(rc, enc, default32, buf, len,
                        enc->form == IA32_FORM_AL_Ob || enc->form == IA32_FORM_eAX_Ov ||
                            enc->form == IA32_FORM_Ob_AL || enc->form == IA32_FORM_Ov_eAX);
        continue;
      }
      int regs[8], nregs = 0;
      if (enc->reg != IA32_ENC_ANY)
        regs[nregs++] = enc->reg;
      else
        for (int r = 0; r < 8; r += (ps ? 3 : 1)) regs[nregs++] = r;
      for (int ri = 0; ri < nregs; ri++) {
        int reg = regs[ri];
        if (enc->mod & IA32_ENC_MOD_REG) {
          for (size_t k = 0; k < sizeof reg_modrm; k++) {
            int modrm = reg_modrm[k] | reg << 3;
            if (enc->rm != IA32_ENC_ANY) modrm = 0xC0 | reg << 3 | enc->rm;
            size_t len = build(buf, enc, pfx, npfx, modrm, -1);
            check_row_bytes(rc, enc, default32, buf, len, 0);
            if (enc->rm != IA32_ENC_ANY) break;
          }
        }
        if (enc->mod & IA32_ENC_MOD_MEM) {
          const uint8_t *forms = asz32 ? mem_modrm32 : mem_modrm16;
          size_t nforms = asz32 ? sizeof mem_modrm32 : sizeof mem_modrm16;
          for (size_t k = 0; k < nforms; k++) {
            int modrm = forms[k] | reg << 3;
            int has_sib = asz32 && (forms[k] & 7) == 4;
            if (has_sib) {
              for (size_t s = 0; s < sizeof sib_bytes; s++) {
                size_t len = build(buf, enc, pfx, npfx, modrm, sib_bytes[s]);
                check_row_bytes(rc, enc, default32, buf, len, 1);
              }
            } else {
              size_t len = build(buf, enc, pfx, npfx, modrm, -1);
              check_row_bytes(rc, enc, default32, buf, len, 1);
            }
          }
        }
      }
    }
  }
}

static void report_unused_allowed(fixture *f) {
  for (int i = 0; i < f->nallow; i++)
    if (!f->allow[i].hits)
      print_message("note: capstone-disagreements.txt line %d not hit yet\n", f->allow[i].line);
}

static void test_every_table_row_agrees_with_capstone(void **state) {
  fixture *f = *state;
  row_ctx rc = {.f = f};
  size_t n = ia32_table_foreach(check_row, &rc);
  print_message("table: %zu entries (%lu later-extension #UD); %lu byte strings, %lu agreed, "
                "%lu listed disagreements, %lu LOCK checks\n",
                n, rc.later_ok, rc.t.checked, rc.t.agreed, rc.t.allowed, rc.lock_checked);
  assert_true(n > 500);
  assert_int_equal(rc.t.bad, 0);
  assert_false(rc.failed);
}

/* ---- (b) random byte strings ----------------------------------------------------- */

static uint64_t xorshift64(uint64_t *s) {
  uint64_t x = *s;
  x ^= x << 13;
  x ^= x >> 7;
  x ^= x << 17;
  return *s = x;
}

static void random_bytes(uint64_t *seed, uint8_t *buf, size_t n) {
  for (size_t i = 0; i < n; i += 8) {
    uint64_t r = xorshift64(seed);
    for (size_t k = 0; k < 8 && i + k < n; k++) buf[i + k] = (uint8_t)(r >> (8 * k));
  }
}

static void random_run(fixture *f, int default32, unsigned long count, uint64_t seed, tally *t) {
  static const uint8_t prefixes[] = {0x26, 0x2E, 0x36, 0x3E, 0x64, 0x65,
                                     0x66, 0x67, 0xF0, 0xF2, 0xF3};
  uint8_t buf[16];
  for (unsigned long i = 0; i < count; i++) {
    random_bytes(&seed, buf, sizeof buf);
    /* A quarter start with 0F (the two-byte map), a quarter with prefixes. */
    switch (i & 3) {
    case 1:
      buf[0] = 0x0F;
      break;
    case 2: {
      unsigned np = 1 + buf[15] % 3;
      for (unsigned k = 0; k < np; k++) buf[k] = prefixes[buf[8 + k] % sizeof prefixes];
      break;
    }
    default:
      break;
    }
    compare_one(f, t, default32, buf, sizeof buf);
  }
}

static void test_random_bytes_agree_with_capstone(void **state) {
  fixture *f = *state;
  tally t32 = {0}, t16 = {0};
  random_run(f, 1, 1000000, 0x9E3779B97F4A7C15ull, &t32);
  random_run(f, 0, 200000, 0xD1B54A32D192ED03ull, &t16);
  print_message("random 32-bit: %lu strings, %lu accepted, %lu agreed, %lu listed, %lu bad\n",
                t32.checked, t32.accepted, t32.agreed, t32.allowed, t32.bad);
  print_message("random 16-bit: %lu strings, %lu accepted, %lu agreed, %lu listed, %lu bad\n",
                t16.checked, t16.accepted, t16.agreed, t16.allowed, t16.bad);
  report_unused_allowed(f);
  assert_true(t32.accepted > 500000);
  assert_int_equal(t32.bad + t16.bad, 0);
}

/* ---- rules, one test each ----------------------------------------------------------- */

static int dec32(const char *hex, ia32_insn *d) {
  uint8_t b[32];
  size_t n = 0;
  unsigned v;
  for (const char *s = hex; *s;) {
    while (*s == ' ') s++;
    if (!*s || sscanf(s, "%2x", &v) != 1) break;
    b[n++] = (uint8_t)v;
    s += 2;
  }
  return ia32_decode(b, n, 1, d);
}

static int dec16(const char *hex, ia32_insn *d) {
  uint8_t b[32];
  size_t n = 0;
  unsigned v;
  for (const char *s = hex; *s;) {
    while (*s == ' ') s++;
    if (!*s || sscanf(s, "%2x", &v) != 1) break;
    b[n++] = (uint8_t)v;
    s += 2;
  }
  return ia32_decode(b, n, 0, d);
}

static void assert_mnemonic(const ia32_insn *d, const char *want) {
  char m[32];
  ia32_mnemonic(d, m, sizeof m);
  assert_string_equal(m, want);
}

static void test_lock_on_mov_is_ud(void **state) {
  (void)state;
  ia32_insn d;
  assert_int_equal(dec32("f0 89 00", &d), IA32_DECODE_UD);
  assert_int_equal(d.ud, IA32_UD_LOCK);
}

static void test_lock_on_add_to_memory_is_allowed(void **state) {
  (void)state;
  ia32_insn d;
  assert_int_equal(dec32("f0 01 08", &d), IA32_DECODE_OK);
  assert_int_equal(d.op, IA32_OP_ADD);
  assert_true(d.prefixes & IA32_PFX_LOCK);
  assert_int_equal(dec32("f0 0f c7 0b", &d), IA32_DECODE_OK); /* lock cmpxchg8b [ebx] */
  assert_int_equal(d.op, IA32_OP_CMPXCHG8B);
}

static void test_lock_with_register_destination_is_ud(void **state) {
  (void)state;
  ia32_insn d;
  assert_int_equal(dec32("f0 01 c8", &d), IA32_DECODE_UD); /* lock add eax, ecx */
  assert_int_equal(d.ud, IA32_UD_LOCK);
  assert_int_equal(dec32("f0 03 08", &d), IA32_DECODE_UD); /* lock add ecx, [eax] */
  assert_int_equal(dec32("f0 87 c8", &d), IA32_DECODE_UD); /* lock xchg eax, ecx */
}

static void test_15_byte_instruction_is_ok(void **state) {
  (void)state;
  ia32_insn d;
  /* 10 prefixes + 7-byte "add dword [eax+7fh], 78563412h": 17 bytes; 8 prefixes: 15. */
  assert_int_equal(dec32("26 26 26 26 26 26 26 26 26 26 81 40 7f 34 12 56 78", &d), IA32_DECODE_GP);
  assert_int_equal(dec32("26 26 26 26 26 26 26 26 81 40 7f 34 12 56 78", &d), IA32_DECODE_OK);
  assert_int_equal(d.len, 15);
}

static void test_16_byte_instruction_is_gp(void **state) {
  (void)state;
  ia32_insn d;
  uint8_t b[20];
  memset(b, 0x66, 15);
  b[15] = 0x90;
  assert_int_equal(ia32_decode(b, 16, 1, &d), IA32_DECODE_GP);
  /* 14 prefixes and a 2-byte instruction: 16 bytes. */
  memset(b, 0x3E, 14);
  b[14] = 0x8B;
  b[15] = 0xC0;
  assert_int_equal(ia32_decode(b, 16, 1, &d), IA32_DECODE_GP);
  /* #GP even when fewer bytes are available than the instruction needs. */
  assert_int_equal(ia32_decode(b, 15, 1, &d), IA32_DECODE_GP);
}

static void test_need_more_reports_length(void **state) {
  (void)state;
  ia32_insn d;
  uint8_t b[] = {0xB8, 0x11, 0x22, 0x33, 0x44};
  assert_int_equal(ia32_decode(b, 3, 1, &d), IA32_DECODE_NEED_MORE);
  assert_int_equal(d.len, 5);
  assert_int_equal(ia32_decode(b, 0, 1, &d), IA32_DECODE_NEED_MORE);
  assert_int_equal(d.len, 1);
  uint8_t g[] = {0x0F, 0x01};
  assert_int_equal(ia32_decode(g, 2, 1, &d), IA32_DECODE_NEED_MORE); /* group: needs ModRM */
  assert_int_equal(d.len, 3);
  /* LOCK misuse is only reported once the whole instruction is there. */
  uint8_t l[] = {0xF0, 0x89, 0x80, 0x00};
  assert_int_equal(ia32_decode(l, 4, 1, &d), IA32_DECODE_NEED_MORE);
  assert_int_equal(d.len, 7);
}

static void test_bp_base_defaults_to_ss(void **state) {
  (void)state;
  ia32_insn d;
  assert_int_equal(dec32("8b 45 08", &d), IA32_DECODE_OK); /* mov eax, [ebp+8] */
  assert_int_equal(d.seg, IA32_SS);
  assert_int_equal(d.base, 5);
  assert_int_equal(dec32("8b 04 24", &d), IA32_DECODE_OK); /* mov eax, [esp] */
  assert_int_equal(d.seg, IA32_SS);
  assert_int_equal(dec32("8b 04 2b", &d), IA32_DECODE_OK); /* [ebx+ebp]: index EBP -> DS */
  assert_int_equal(d.seg, IA32_DS);
  assert_int_equal(dec32("8b 05 00 10 00 00", &d), IA32_DECODE_OK); /* [disp32] */
  assert_int_equal(d.seg, IA32_DS);
  assert_int_equal(d.base, IA32_REG_NONE);
  assert_int_equal(dec32("26 8b 45 08", &d), IA32_DECODE_OK); /* override wins */
  assert_int_equal(d.seg, IA32_ES);
  assert_int_equal(dec16("8b 46 02", &d), IA32_DECODE_OK); /* mov ax, [bp+2] */
  assert_int_equal(d.seg, IA32_SS);
  assert_int_equal(dec16("8b 02", &d), IA32_DECODE_OK); /* [bp+si] */
  assert_int_equal(d.seg, IA32_SS);
  assert_int_equal(d.base, 5);
  assert_int_equal(d.index, 6);
  assert_int_equal(dec16("8b 06 34 12", &d), IA32_DECODE_OK); /* [1234h]: not BP */
  assert_int_equal(d.seg, IA32_DS);
  assert_int_equal(d.base, IA32_REG_NONE);
  assert_int_equal(d.disp, 0x1234);
  assert_int_equal(dec16("8b 01", &d), IA32_DECODE_OK); /* [bx+di] */
  assert_int_equal(d.seg, IA32_DS);
}

static void test_sib_no_base_with_mod0_has_disp32(void **state) {
  (void)state;
  ia32_insn d;
  assert_int_equal(dec32("8b 04 85 44 33 22 11", &d), IA32_DECODE_OK); /* [eax*4+11223344h] */
  assert_int_equal(d.len, 7);
  assert_int_equal(d.base, IA32_REG_NONE);
  assert_int_equal(d.index, 0);
  assert_int_equal(d.scale, 2);
  assert_int_equal(d.disp, 0x11223344);
  assert_int_equal(dec32("8b 44 25 80", &d), IA32_DECODE_OK); /* mod 1: [ebp+disp8], no index */
  assert_int_equal(d.len, 4);
  assert_int_equal(d.base, 5);
  assert_int_equal(d.index, IA32_REG_NONE);
  assert_int_equal(d.disp, -128);
}

static void test_66_prefix_makes_iz_16bit(void **state) {
  (void)state;
  ia32_insn d;
  assert_int_equal(dec32("66 05 34 12", &d), IA32_DECODE_OK);
  assert_int_equal(d.len, 4);
  assert_int_equal(d.opsize, 2);
  assert_int_equal(d.imm, 0x1234);
  assert_int_equal(dec32("05 34 12 00 00", &d), IA32_DECODE_OK);
  assert_int_equal(d.len, 5);
  assert_int_equal(d.opsize, 4);
  assert_int_equal(dec16("05 34 12", &d), IA32_DECODE_OK);
  assert_int_equal(d.len, 3);
  assert_int_equal(dec16("66 05 34 12 00 00", &d), IA32_DECODE_OK);
  assert_int_equal(d.len, 6);
  assert_int_equal(d.opsize, 4);
}

static void test_67_prefix_selects_16bit_addressing(void **state) {
  (void)state;
  ia32_insn d;
  assert_int_equal(dec32("67 8b 00", &d), IA32_DECODE_OK); /* mov eax, [bx+si] */
  assert_int_equal(d.len, 3);
  assert_int_equal(d.addrsize, 2);
  assert_int_equal(d.base, 3);
  assert_int_equal(d.index, 6);
  assert_int_equal(dec16("67 8b 04 24", &d), IA32_DECODE_OK); /* mov ax, [esp] */
  assert_int_equal(d.len, 4);
  assert_int_equal(d.seg, IA32_SS);
}

static void test_moffs_width_follows_address_size(void **state) {
  (void)state;
  ia32_insn d;
  assert_int_equal(dec32("a1 78 56 34 12", &d), IA32_DECODE_OK);
  assert_int_equal(d.len, 5);
  assert_true(d.flags & IA32_INSN_MEM);
  assert_int_equal(d.disp, 0x12345678);
  assert_int_equal(dec32("67 a1 34 12", &d), IA32_DECODE_OK);
  assert_int_equal(d.len, 4);
  assert_int_equal(dec32("66 a1 78 56 34 12", &d), IA32_DECODE_OK); /* 66: data size only */
  assert_int_equal(d.len, 6);
  assert_int_equal(d.msize, 2);
}

static void test_mov_cr_ignores_mod(void **state) {
  (void)state;
  ia32_insn d;
  assert_int_equal(dec32("0f 20 00", &d), IA32_DECODE_OK); /* mod 0 read as mov eax, cr0 */
  assert_int_equal(d.len, 3);
  assert_int_equal(d.mod, 3);
  assert_false(d.flags & IA32_INSN_MEM);
  assert_int_equal(dec32("0f 22 5d", &d), IA32_DECODE_OK); /* mov cr3, ebp; no disp8 */
  assert_int_equal(d.len, 3);
  assert_int_equal(d.reg, 3);
  assert_int_equal(d.rm, 5);
}

static void test_mov_to_undefined_cr_is_ud(void **state) {
  (void)state;
  ia32_insn d;
  assert_int_equal(dec32("0f 22 c8", &d), IA32_DECODE_UD); /* cr1 */
  assert_int_equal(d.ud, IA32_UD_CREG);
  assert_int_equal(dec32("0f 20 e8", &d), IA32_DECODE_UD); /* cr5 */
  assert_int_equal(dec32("0f 22 e0", &d), IA32_DECODE_OK); /* cr4 */
}

static void test_mov_to_cs_is_ud(void **state) {
  (void)state;
  ia32_insn d;
  assert_int_equal(dec32("8e c8", &d), IA32_DECODE_UD);
  assert_int_equal(d.ud, IA32_UD_SREG);
  assert_int_equal(dec32("8c c8", &d), IA32_DECODE_OK); /* storing CS is fine */
  assert_int_equal(dec32("8c f0", &d), IA32_DECODE_UD); /* sreg 6 */
  assert_int_equal(dec32("8e d0", &d), IA32_DECODE_OK); /* mov ss, eax */
}

static void test_memory_only_operand_with_register_is_ud(void **state) {
  (void)state;
  ia32_insn d;
  assert_int_equal(dec32("8d c0", &d), IA32_DECODE_UD); /* lea eax, eax */
  assert_int_equal(d.ud, IA32_UD_MODREG);
  assert_int_equal(dec32("c4 c0", &d), IA32_DECODE_UD);    /* les */
  assert_int_equal(dec32("0f 01 d0", &d), IA32_DECODE_UD); /* lgdt reg: 0F01 D0 is XGETBV */
  assert_int_equal(dec32("ff d8", &d), IA32_DECODE_UD);    /* call far reg */
  assert_int_equal(dec32("0f c7 c8", &d), IA32_DECODE_UD); /* cmpxchg8b reg */
}

static void test_mmx_and_sse_opcodes_are_ud(void **state) {
  (void)state;
  ia32_insn d;
  const char *later[] = {"0f 6f c0",    "0f 10 c0",       "0f 28 c0",    "0f 58 c0", "0f ef c0",
                         "0f 38 00 c0", "0f 3a 0f c0 01", "f3 0f b8 c0", "0f ae 00", "0f 77",
                         "0f 0f c0 b4", "0f c7 f0",       "0f 01 f9",    "0f 05"};
  for (size_t i = 0; i < sizeof later / sizeof *later; i++) {
    assert_int_equal(dec32(later[i], &d), IA32_DECODE_UD);
    assert_int_equal(d.ud, IA32_UD_LATER);
  }
}

static void test_reserved_group_slot_is_ud(void **state) {
  (void)state;
  ia32_insn d;
  const char *reserved[] = {"ff f8",    "ff 38",    "fe 10",    "f6 08",       "8f 08",
                            "c6 08 00", "c0 30 01", "0f 00 30", "0f ba 00 01", "d9 08",
                            "d6",       "0f 0a",    "0f 04"};
  for (size_t i = 0; i < sizeof reserved / sizeof *reserved; i++) {
    assert_int_equal(dec32(reserved[i], &d), IA32_DECODE_UD);
    assert_int_equal(d.ud, IA32_UD_RESERVED);
  }
}

static void test_vmx_instructions_decode(void **state) {
  (void)state;
  static const struct {
    const char *hex;
    ia32_op op;
    unsigned len;
  } vmx[] = {
      {"0f 01 c1", IA32_OP_VMCALL, 3},      {"0f 01 c2", IA32_OP_VMLAUNCH, 3},
      {"0f 01 c3", IA32_OP_VMRESUME, 3},    {"0f 01 c4", IA32_OP_VMXOFF, 3},
      {"0f 78 c8", IA32_OP_VMREAD, 3},      {"0f 79 01", IA32_OP_VMWRITE, 3},
      {"0f c7 30", IA32_OP_VMPTRLD, 3},     {"0f c7 38", IA32_OP_VMPTRST, 3},
      {"66 0f c7 30", IA32_OP_VMCLEAR, 4},  {"f3 0f c7 70 08", IA32_OP_VMXON, 5},
      {"66 f3 0f c7 30", IA32_OP_VMXON, 5}, /* F3 wins over 66 */
  };
  ia32_insn d;
  for (size_t i = 0; i < sizeof vmx / sizeof *vmx; i++) {
    assert_int_equal(dec32(vmx[i].hex, &d), IA32_DECODE_OK);
    assert_int_equal(d.op, vmx[i].op);
    assert_int_equal(d.len, vmx[i].len);
    assert_int_equal(ia32_op_class_of((ia32_op)d.op), IA32_CLASS_VMX);
  }
  assert_int_equal(dec32("0f 78 c8", &d), IA32_DECODE_OK);
  assert_int_equal(d.opsize, 4); /* always 32 bits outside IA-32e mode */
  assert_int_equal(dec16("0f 78 c8", &d), IA32_DECODE_OK);
  assert_int_equal(d.opsize, 4);
}

static void test_vmx_forbidden_prefixes_are_ud(void **state) {
  (void)state;
  ia32_insn d;
  const char *bad[] = {"66 0f 01 c1", "f3 0f 01 c2", "66 0f 78 c8", "f2 0f 79 c8",
                       "f3 0f c7 38", "f2 0f c7 30", "f0 0f c7 30", "0f c7 f0"};
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
    assert_int_equal(dec32(bad[i], &d), IA32_DECODE_UD);
  assert_int_equal(dec32("66 0f 01 c1", &d), IA32_DECODE_UD);
  assert_int_equal(d.ud, IA32_UD_PREFIX);
}

static void test_condition_code_comes_from_opcode(void **state) {
  (void)state;
  ia32_insn d;
  assert_int_equal(dec32("0f 85 10 00 00 00", &d), IA32_DECODE_OK);
  assert_int_equal(d.op, IA32_OP_JCC);
  assert_int_equal(d.cc, 5);
  assert_int_equal(d.imm, 0x10);
  assert_mnemonic(&d, "jne");
  assert_int_equal(dec32("7e fe", &d), IA32_DECODE_OK);
  assert_int_equal(d.cc, 0xE);
  assert_int_equal((int32_t)d.imm, -2);
  assert_mnemonic(&d, "jle");
  assert_int_equal(dec32("0f 4c c1", &d), IA32_DECODE_OK);
  assert_mnemonic(&d, "cmovl");
  assert_int_equal(dec32("0f 97 c0", &d), IA32_DECODE_OK);
  assert_mnemonic(&d, "seta");
  assert_int_equal(d.opsize, 1);
}

static void test_jz_is_rel16_in_16bit_code(void **state) {
  (void)state;
  ia32_insn d;
  assert_int_equal(dec16("e8 fe ff", &d), IA32_DECODE_OK);
  assert_int_equal(d.len, 3);
  assert_int_equal((int32_t)d.imm, -2);
  assert_int_equal(dec16("66 e8 00 00 01 00", &d), IA32_DECODE_OK);
  assert_int_equal(d.len, 6);
  assert_int_equal(d.imm, 0x10000);
}

static void test_enter_and_far_pointer_have_two_immediates(void **state) {
  (void)state;
  ia32_insn d;
  assert_int_equal(dec32("c8 10 00 02", &d), IA32_DECODE_OK);
  assert_int_equal(d.imm, 16);
  assert_int_equal(d.imm2, 2);
  assert_int_equal(dec32("9a 78 56 34 12 08 00", &d), IA32_DECODE_OK);
  assert_int_equal(d.op, IA32_OP_CALLF);
  assert_int_equal(d.imm, 0x12345678);
  assert_int_equal(d.imm2, 8);
  assert_int_equal(dec32("66 ea 34 12 10 00", &d), IA32_DECODE_OK);
  assert_int_equal(d.len, 6);
  assert_int_equal(d.imm, 0x1234);
  assert_int_equal(d.imm2, 0x10);
}

static void test_sign_extended_imm8(void **state) {
  (void)state;
  ia32_insn d;
  assert_int_equal(dec32("83 c0 ff", &d), IA32_DECODE_OK); /* add eax, -1 */
  assert_int_equal(d.imm, 0xFFFFFFFFu);
  assert_int_equal(dec32("6a 80", &d), IA32_DECODE_OK);
  assert_int_equal(d.imm, 0xFFFFFF80u);
  assert_int_equal(dec32("c1 e0 ff", &d), IA32_DECODE_OK); /* shift count: zero-extended */
  assert_int_equal(d.imm, 0xFF);
}

static void test_opcode_register_forms(void **state) {
  (void)state;
  ia32_insn d;
  assert_int_equal(dec32("57", &d), IA32_DECODE_OK);
  assert_int_equal(d.op, IA32_OP_PUSH);
  assert_int_equal(d.reg, 7);
  assert_int_equal(dec32("0f a8", &d), IA32_DECODE_OK); /* push gs */
  assert_int_equal(d.form, IA32_FORM_Zs);
  assert_int_equal(d.reg, IA32_GS);
  assert_int_equal(dec32("1f", &d), IA32_DECODE_OK); /* pop ds */
  assert_int_equal(d.reg, IA32_DS);
  assert_int_equal(dec32("0f cb", &d), IA32_DECODE_OK);
  assert_int_equal(d.op, IA32_OP_BSWAP);
  assert_int_equal(d.reg, 3);
}

static void test_x87_forms_have_ids(void **state) {
  (void)state;
  ia32_insn d;
  assert_int_equal(dec32("d9 e8", &d), IA32_DECODE_OK);
  assert_int_equal(d.op, IA32_OP_FLD1);
  assert_int_equal(dec32("db e3", &d), IA32_DECODE_OK);
  assert_int_equal(d.op, IA32_OP_FNINIT);
  assert_int_equal(ia32_op_class_of((ia32_op)d.op), IA32_CLASS_X87);
  assert_int_equal(dec32("d9 7d fc", &d), IA32_DECODE_OK);
  assert_int_equal(d.op, IA32_OP_FNSTCW);
  assert_int_equal(d.msize, 2);
  assert_int_equal(dec32("d9 6d fc", &d), IA32_DECODE_OK);
  assert_int_equal(d.op, IA32_OP_FLDCW);
  assert_int_equal(dec32("df e0", &d), IA32_DECODE_OK);
  assert_int_equal(d.op, IA32_OP_FNSTSW);
  assert_int_equal(d.form, IA32_FORM_AX);
  assert_int_equal(dec32("9b", &d), IA32_DECODE_OK); /* FWAIT is its own instruction */
  assert_int_equal(d.op, IA32_OP_FWAIT);
  assert_int_equal(d.len, 1);
  assert_int_equal(dec32("dd 30", &d), IA32_DECODE_OK); /* fnsave: 108 bytes */
  assert_int_equal(d.msize, 108);
  assert_int_equal(dec32("66 d9 30", &d), IA32_DECODE_OK); /* fnstenv, 16-bit: 14 bytes */
  assert_int_equal(d.msize, 14);
  assert_int_equal(dec32("dc e9", &d), IA32_DECODE_OK); /* DC E8+i: FSUB ST(i), ST(0) */
  assert_int_equal(d.op, IA32_OP_FSUB);
  assert_int_equal(dec32("d9 d8", &d), IA32_DECODE_UD); /* reserved */
}

static void test_last_prefix_of_a_kind_wins(void **state) {
  (void)state;
  ia32_insn d;
  assert_int_equal(dec32("26 2e 8b 00", &d), IA32_DECODE_OK);
  assert_int_equal(d.seg, IA32_CS);
  assert_int_equal(dec32("f2 f3 a4", &d), IA32_DECODE_OK);
  assert_true(d.prefixes & IA32_PFX_REP);
  assert_false(d.prefixes & IA32_PFX_REPNE);
  assert_int_equal(dec32("f3 90", &d), IA32_DECODE_OK);
  assert_int_equal(d.op, IA32_OP_PAUSE);
}

static void test_mnemonic_spelling_follows_sizes(void **state) {
  (void)state;
  ia32_insn d;
  assert_int_equal(dec32("98", &d), IA32_DECODE_OK);
  assert_mnemonic(&d, "cwde");
  assert_int_equal(dec16("98", &d), IA32_DECODE_OK);
  assert_mnemonic(&d, "cbw");
  assert_int_equal(dec32("66 a5", &d), IA32_DECODE_OK);
  assert_mnemonic(&d, "movsw");
  assert_int_equal(dec32("67 e3 00", &d), IA32_DECODE_OK);
  assert_mnemonic(&d, "jcxz");
  assert_int_equal(dec32("ae", &d), IA32_DECODE_OK);
  assert_mnemonic(&d, "scasb");
  assert_string_equal(ia32_op_name(IA32_OP_JCC), "jcc");
  assert_string_equal(ia32_form_name(IA32_FORM_Ev_Iz), "Ev,Iz");
}

static void test_movzx_memory_operand_size(void **state) {
  (void)state;
  ia32_insn d;
  assert_int_equal(dec32("0f b7 03", &d), IA32_DECODE_OK);
  assert_int_equal(d.opsize, 4);
  assert_int_equal(d.msize, 2);
  assert_int_equal(dec32("8c 18", &d), IA32_DECODE_OK); /* mov [eax], ds: 16-bit store */
  assert_int_equal(d.msize, 2);
  assert_int_equal(dec32("62 03", &d), IA32_DECODE_OK); /* bound eax, [ebx]: 2 dwords */
  assert_int_equal(d.msize, 8);
  assert_int_equal(dec32("0f 01 13", &d), IA32_DECODE_OK); /* lgdt: 6 bytes */
  assert_int_equal(d.msize, 6);
  assert_int_equal(dec32("8d 03", &d), IA32_DECODE_OK); /* lea: no access */
  assert_int_equal(d.msize, 0);
}

static void test_disasm_text(void **state) {
  (void)state;
  char out[64];
  const uint8_t mov[] = {0x89, 0xD8};
  assert_int_equal(ia32_disasm(mov, sizeof mov, 0x1000, 0, out, sizeof out), 2);
  assert_string_equal(out, "mov eax, ebx");
  const uint8_t sse[] = {0x0F, 0x28, 0xC1};
  assert_int_equal(ia32_disasm(sse, sizeof sse, 0x1000, 0, out, sizeof out), 0);
  ia32_disasm_ctx *ctx = ia32_disasm_ctx_create(0);
  assert_non_null(ctx);
  const uint8_t m16[] = {0x8B, 0x46, 0x02};
  assert_int_equal(ia32_disasm_ctx_run(ctx, m16, sizeof m16, 0, out, sizeof out), 3);
  assert_string_equal(out, "mov ax, word ptr [bp + 2]");
  const uint8_t cbw[] = {0x98};
  assert_int_equal(ia32_disasm_ctx_run(ctx, cbw, sizeof cbw, 0, out, sizeof out), 1);
  ia32_disasm_ctx_destroy(ctx);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_every_table_row_agrees_with_capstone),
      cmocka_unit_test(test_random_bytes_agree_with_capstone),
      cmocka_unit_test(test_lock_on_mov_is_ud),
      cmocka_unit_test(test_lock_on_add_to_memory_is_allowed),
      cmocka_unit_test(test_lock_with_register_destination_is_ud),
      cmocka_unit_test(test_15_byte_instruction_is_ok),
      cmocka_unit_test(test_16_byte_instruction_is_gp),
      cmocka_unit_test(test_need_more_reports_length),
      cmocka_unit_test(test_bp_base_defaults_to_ss),
      cmocka_unit_test(test_sib_no_base_with_mod0_has_disp32),
      cmocka_unit_test(test_66_prefix_makes_iz_16bit),
      cmocka_unit_test(test_67_prefix_selects_16bit_addressing),
      cmocka_unit_test(test_moffs_width_follows_address_size),
      cmocka_unit_test(test_mov_cr_ignores_mod),
      cmocka_unit_test(test_mov_to_undefined_cr_is_ud),
      cmocka_unit_test(test_mov_to_cs_is_ud),
      cmocka_unit_test(test_memory_only_operand_with_register_is_ud),
      cmocka_unit_test(test_mmx_and_sse_opcodes_are_ud),
      cmocka_unit_test(test_reserved_group_slot_is_ud),
      cmocka_unit_test(test_vmx_instructions_decode),
      cmocka_unit_test(test_vmx_forbidden_prefixes_are_ud),
      cmocka_unit_test(test_condition_code_comes_from_opcode),
      cmocka_unit_test(test_jz_is_rel16_in_16bit_code),
      cmocka_unit_test(test_enter_and_far_pointer_have_two_immediates),
      cmocka_unit_test(test_sign_extended_imm8),
      cmocka_unit_test(test_opcode_register_forms),
      cmocka_unit_test(test_x87_forms_have_ids),
      cmocka_unit_test(test_last_prefix_of_a_kind_wins),
      cmocka_unit_test(test_mnemonic_spelling_follows_sizes),
      cmocka_unit_test(test_movzx_memory_operand_size),
      cmocka_unit_test(test_disasm_text),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
