/* The table-driven IA-64 decoder: rows of opcodes.def become ia64_rows;
 * decoding finds the one row whose mask/value matches the slot and
 * extracts the operands its row names. Itanium SDM vol. 3 chapter 4. */
#include "ia64/decode.h"

#include "ia64/opfields.h"

/* Sequence iteration over (hi, lo, v)(hi, lo, v)...: two alternating macros
 * consume one element each; the last one left is pasted with _END. */
#define IA64_CAT(a, b)     IA64_CAT_(a, b)
#define IA64_CAT_(a, b)    a##b
#define IA64_FMASK(h, l)   (((UINT64_C(2) << ((h) - (l))) - 1) << (l))
#define IA64_SM_A(h, l, v) | IA64_FMASK(h, l) IA64_SM_B
#define IA64_SM_B(h, l, v) | IA64_FMASK(h, l) IA64_SM_A
#define IA64_SM_A_END
#define IA64_SM_B_END
#define IA64_SV_A(h, l, v) | ((uint64_t)(v) << (l)) IA64_SV_B
#define IA64_SV_B(h, l, v) | ((uint64_t)(v) << (l)) IA64_SV_A
#define IA64_SV_A_END
#define IA64_SV_B_END
/* Lists (a, b, c) of operand/completer kinds: prefix each with p. */
#define IA64_ID(...)                         __VA_ARGS__
#define IA64_NARG(...)                       IA64_NARG_(__VA_ARGS__, 6, 5, 4, 3, 2, 1, 0)
#define IA64_NARG_(a, b, c, d, e, f, n, ...) n
#define IA64_LIST(p, lst)                    IA64_LIST_(p, IA64_ID lst)
#define IA64_LIST_(p, ...)                   IA64_CAT(IA64_MAP, IA64_NARG(__VA_ARGS__))(p, __VA_ARGS__)
#define IA64_MAP1(p, a)                      p##a
#define IA64_MAP2(p, a, b)                   p##a, p##b
#define IA64_MAP3(p, a, b, c)                p##a, p##b, p##c
#define IA64_MAP4(p, a, b, c, d)             p##a, p##b, p##c, p##d
#define IA64_MAP5(p, a, b, c, d, e)          p##a, p##b, p##c, p##d, p##e
#define IA64_MAP6(p, a, b, c, d, e, f)       p##a, p##b, p##c, p##d, p##e, p##f

#define IA64_ROW(id, unit, fmt, name, ndst, opnds, cmpls, fields)                                  \
  {(0 IA64_CAT(IA64_SM_A fields, _END)),                                                           \
   (0 IA64_CAT(IA64_SV_A fields, _END)),                                                           \
   name,                                                                                           \
   IA64_UNIT_##unit,                                                                               \
   IA64_FMT_##fmt,                                                                                 \
   ndst,                                                                                           \
   {IA64_LIST(IA64_OPND_, opnds)},                                                                 \
   {IA64_LIST(IA64_CMPL_, cmpls)}},
const ia64_row ia64_rows[IA64_OP_COUNT_] = {
#include "ia64/opcodes.def"
};
#undef IA64_ROW

/* The same rows' match pairs and group keys, packed for the search loop. */
#define IA64_ROW(id, unit, fmt, name, ndst, opnds, cmpls, fields)                                  \
  {(0 IA64_CAT(IA64_SM_A fields, _END)), (0 IA64_CAT(IA64_SV_A fields, _END))},
static const uint64_t row_match[IA64_OP_COUNT_][2] = {
#include "ia64/opcodes.def"
};
#undef IA64_ROW

#define IA64_ROW(id, unit, fmt, name, ndst, opnds, cmpls, fields)                                  \
  (uint8_t)(IA64_UNIT_##unit * 16 + (((0 IA64_CAT(IA64_SV_A fields, _END)) >> 37) & 15)),
static const uint8_t row_keys[IA64_OP_COUNT_] = {
#include "ia64/opcodes.def"
};
#undef IA64_ROW

static const char *const fmt_names[IA64_FMT_COUNT_] = {
#define IA64_FMT_NAME(f) #f,
    IA64_FORMATS(IA64_FMT_NAME)
#undef IA64_FMT_NAME
};

static const char *const opnd_names[IA64_OPND_COUNT_] = {
#define IA64_OPND_NAME(o) #o,
    IA64_OPERANDS(IA64_OPND_NAME)
#undef IA64_OPND_NAME
};

const char *ia64_op_name(ia64_op op) {
  return (unsigned)op < IA64_OP_COUNT_ ? ia64_rows[op].name : "illegal";
}

const char *ia64_fmt_name(ia64_fmt fmt) {
  return (unsigned)fmt < IA64_FMT_COUNT_ ? fmt_names[fmt] : "?";
}

const char *ia64_opnd_name(ia64_opnd opnd) {
  return (unsigned)opnd < IA64_OPND_COUNT_ ? opnd_names[opnd] : "?";
}

int ia64_fmt_predicated(ia64_fmt fmt) {
  switch (fmt) {
  case IA64_FMT_M25: /* flushrs, loadrs */
  case IA64_FMT_M34: /* alloc (SDM vol. 3 4.4.10.6) */
  case IA64_FMT_B2:  /* br.cloop, br.cexit, br.ctop (4.5.1) */
  case IA64_FMT_B6:  /* brp (4.5.2) */
  case IA64_FMT_B7:
  case IA64_FMT_B8: /* cover, clrrrb, rfi, bsw, epc, vmsw (4.5.3.1) */
    return 0;
  default:
    return 1;
  }
}

/* ---- completers ---------------------------------------------------------- */

/* Suffixes per field value (SDM vol. 3 4.4.1 locality hints, 4.5.1 branch
 * hints, 4.6 status fields); NULL: reserved, the slot is illegal. */
typedef struct cmpl_desc {
  uint8_t hi, lo;
  uint8_t xbit; /* if nonzero, a further (high) bit of the value */
  const char *suffix[8];
} cmpl_desc;

static const cmpl_desc cmpls[IA64_CMPL_COUNT_] = {
    [IA64_CMPL_NONE] = {0, 0, 0, {""}},
    [IA64_CMPL_LDHINT] = {29, 28, 19, {"", ".nt1", ".d2", ".nta", ".d4", ".d5", ".d6", ".d7"}},
    [IA64_CMPL_LDHINT3] = {29, 28, 0, {"", ".nt1", NULL, ".nta"}},
    [IA64_CMPL_STHINT] = {29, 28, 12, {"", ".d1", ".d2", ".nta", ".d4", ".d5", ".d6", ".d7"}},
    [IA64_CMPL_STHINT2] = {29, 28, 0, {"", NULL, NULL, ".nta"}},
    [IA64_CMPL_LFHINT] = {29, 28, 12, {"", ".nt1", ".nt2", ".nta", ".d4", ".d5", ".d6", ".d7"}},
    [IA64_CMPL_SF] = {35, 34, 0, {".s0", ".s1", ".s2", ".s3"}},
    [IA64_CMPL_BWH] = {34, 33, 0, {".sptk", ".spnt", ".dptk", ".dpnt"}},
    [IA64_CMPL_PH] = {12, 12, 0, {".few", ".many"}},
    [IA64_CMPL_DH] = {35, 35, 0, {"", ".clr"}},
    [IA64_CMPL_MWH] = {21, 20, 0, {".sptk", "", ".dptk", NULL}},
    [IA64_CMPL_IH_I] = {23, 23, 0, {"", ".imp"}},
    [IA64_CMPL_IPWH] = {4, 3, 0, {".sptk", ".loop", ".dptk", ".exit"}},
    [IA64_CMPL_INDWH] = {4, 3, 0, {".sptk", NULL, ".dptk", NULL}},
    [IA64_CMPL_IH_B] = {35, 35, 0, {"", ".imp"}},
};

const char *ia64_cmpl_suffix(ia64_cmpl c, unsigned v) {
  if ((unsigned)c >= IA64_CMPL_COUNT_ || v > 7) return NULL;
  return cmpls[c].suffix[v];
}

unsigned ia64_cmpl_value(ia64_cmpl c, const ia64_insn *insn) {
  switch (c) {
  case IA64_CMPL_LDHINT:
  case IA64_CMPL_LDHINT3:
  case IA64_CMPL_STHINT:
  case IA64_CMPL_STHINT2:
  case IA64_CMPL_LFHINT:
    return insn->hint;
  case IA64_CMPL_SF:
    return insn->sf;
  case IA64_CMPL_BWH:
  case IA64_CMPL_MWH:
  case IA64_CMPL_IPWH:
  case IA64_CMPL_INDWH:
    return insn->bwh;
  case IA64_CMPL_PH:
    return insn->ph;
  case IA64_CMPL_DH:
    return insn->dh;
  case IA64_CMPL_IH_I:
  case IA64_CMPL_IH_B:
    return insn->ih;
  default:
    return 0;
  }
}

/* ---- operand extraction --------------------------------------------------- */

static inline uint64_t fld(uint64_t s, unsigned hi, unsigned lo) {
  return (s >> lo) & ((UINT64_C(2) << (hi - lo)) - 1);
}

static inline int64_t sext(uint64_t v, unsigned bits) {
  uint64_t m = UINT64_C(1) << (bits - 1);
  v &= (m << 1) - 1;
  return (int64_t)((v ^ m) - m);
}

/* Set the insn members operand kind k names, from slot s (and the L slot l
 * for X-unit forms). Field layouts: SDM vol. 3 chapter 4 format diagrams. */
static void extract(ia64_opnd k, uint64_t s, uint64_t l, ia64_insn *d) {
  uint64_t sign = fld(s, 36, 36);
  switch (k) {
  case IA64_OPND_R1:
    d->r1 = (uint8_t)fld(s, 12, 6);
    break;
  case IA64_OPND_R2:
    d->r2 = (uint8_t)fld(s, 19, 13);
    break;
  case IA64_OPND_R3:
  case IA64_OPND_MEM_R3:
  case IA64_OPND_RR_R3:
  case IA64_OPND_DBR_R3:
  case IA64_OPND_IBR_R3:
  case IA64_OPND_PKR_R3:
  case IA64_OPND_PMC_R3:
  case IA64_OPND_PMD_R3:
  case IA64_OPND_MSR_R3:
  case IA64_OPND_CPUID_R3:
  case IA64_OPND_DAHR_R3:
  case IA64_OPND_DTR_R3:
  case IA64_OPND_ITR_R3:
    d->r3 = (uint8_t)fld(s, 26, 20);
    break;
  case IA64_OPND_R3_2:
    d->r3 = (uint8_t)fld(s, 21, 20);
    break;
  case IA64_OPND_F1:
    d->f1 = (uint8_t)fld(s, 12, 6);
    break;
  case IA64_OPND_F2:
    d->f2 = (uint8_t)fld(s, 19, 13);
    break;
  case IA64_OPND_F3:
    d->f3 = (uint8_t)fld(s, 26, 20);
    break;
  case IA64_OPND_F4:
    d->f4 = (uint8_t)fld(s, 33, 27);
    break;
  case IA64_OPND_P1:
    d->p1 = (uint8_t)fld(s, 11, 6);
    break;
  case IA64_OPND_P2:
    d->p2 = (uint8_t)fld(s, 32, 27);
    break;
  case IA64_OPND_B1:
    d->b1 = (uint8_t)fld(s, 8, 6);
    break;
  case IA64_OPND_B2:
    d->b2 = (uint8_t)fld(s, 15, 13);
    break;
  case IA64_OPND_AR3:
    d->ar = (uint8_t)fld(s, 26, 20);
    break;
  case IA64_OPND_CR3:
    d->cr = (uint8_t)fld(s, 26, 20);
    break;
  case IA64_OPND_IMM8:
    d->imm = sext(sign << 7 | fld(s, 19, 13), 8);
    break;
  case IA64_OPND_IMM14:
    d->imm = sext(sign << 13 | fld(s, 32, 27) << 7 | fld(s, 19, 13), 14);
    break;
  case IA64_OPND_IMM22:
    d->imm = sext(sign << 21 | fld(s, 26, 22) << 16 | fld(s, 35, 27) << 7 | fld(s, 19, 13), 22);
    break;
  case IA64_OPND_IMM1:
    d->imm = sign ? -1 : 0;
    break;
  case IA64_OPND_CNT2:
    d->count = (uint8_t)(fld(s, 28, 27) + 1);
    break;
  case IA64_OPND_CNT2C: {
    static const uint8_t pmpy_counts[4] = {0, 7, 15, 16}; /* I1 count2 */
    d->count = pmpy_counts[fld(s, 31, 30)];
    break;
  }
  case IA64_OPND_CNT5:
    d->count = (uint8_t)fld(s, 18, 14);
    break;
  case IA64_OPND_CCNT5:
    d->count = (uint8_t)(31 - fld(s, 24, 20));
    break;
  case IA64_OPND_CNT6:
    d->count = (uint8_t)fld(s, 32, 27);
    break;
  case IA64_OPND_POS6:
    d->pos = (uint8_t)fld(s, 19, 14);
    break;
  case IA64_OPND_CPOS6B:
    d->pos = (uint8_t)(63 - fld(s, 19, 14));
    break;
  case IA64_OPND_CPOS6C:
    d->pos = (uint8_t)(63 - fld(s, 25, 20));
    break;
  case IA64_OPND_CPOS6D:
    d->pos = (uint8_t)(63 - fld(s, 36, 31));
    break;
  case IA64_OPND_LEN6:
    d->len = (uint8_t)(fld(s, 32, 27) + 1);
    break;
  case IA64_OPND_LEN4:
    d->len = (uint8_t)(fld(s, 30, 27) + 1);
    break;
  case IA64_OPND_MBTYPE4:
    d->imm = (int64_t)fld(s, 23, 20);
    break;
  case IA64_OPND_MHTYPE8:
    d->imm = (int64_t)fld(s, 27, 20);
    break;
  case IA64_OPND_IMM21:
    d->imm = (int64_t)(sign << 20 | fld(s, 25, 6));
    break;
  case IA64_OPND_MASK17:
    d->imm = sext(sign << 16 | fld(s, 31, 24) << 8 | fld(s, 12, 6) << 1, 17);
    break;
  case IA64_OPND_IMM44:
    d->imm = sext(sign << 43 | fld(s, 32, 6) << 16, 44);
    break;
  case IA64_OPND_IMM24:
    d->imm = (int64_t)(sign << 23 | fld(s, 32, 31) << 21 | fld(s, 26, 6));
    break;
  case IA64_OPND_IMM9_LD:
    d->imm = sext(sign << 8 | fld(s, 27, 27) << 7 | fld(s, 19, 13), 9);
    break;
  case IA64_OPND_IMM9_ST:
    d->imm = sext(sign << 8 | fld(s, 27, 27) << 7 | fld(s, 12, 6), 9);
    break;
  case IA64_OPND_INC3: {
    static const uint8_t incs[4] = {16, 8, 4, 1}; /* M17 i2b */
    int64_t inc = incs[fld(s, 14, 13)];
    d->imm = fld(s, 15, 15) ? -inc : inc;
    break;
  }
  case IA64_OPND_IMM2:
    d->imm = (int64_t)fld(s, 14, 13);
    break;
  case IA64_OPND_TGT25:
    d->imm = sext(sign << 20 | fld(s, 32, 13), 21) * 16;
    break;
  case IA64_OPND_TGT25C: /* chk.s: imm13c at 32:20, imm7a at 12:6 */
    d->imm = sext(sign << 20 | fld(s, 32, 20) << 7 | fld(s, 12, 6), 21) * 16;
    break;
  case IA64_OPND_TGT25F: /* fchkf: imm20a at 25:6 */
    d->imm = sext(sign << 20 | fld(s, 25, 6), 21) * 16;
    break;
  case IA64_OPND_TAG13_I:
    d->imm2 = sext(fld(s, 32, 24), 9) * 16;
    break;
  case IA64_OPND_TAG13_B:
    d->imm2 = sext(fld(s, 34, 33) << 7 | fld(s, 12, 6), 9) * 16;
    break;
  case IA64_OPND_ALLOC:
    d->sof = (uint8_t)fld(s, 19, 13);
    d->sol = (uint8_t)fld(s, 26, 20);
    d->sor = (uint8_t)fld(s, 30, 27);
    break;
  case IA64_OPND_C8:
    d->imm = 8;
    break;
  case IA64_OPND_C16:
    d->imm = 16;
    break;
  case IA64_OPND_FCLASS9:
    d->imm = (int64_t)(fld(s, 26, 20) << 2 | fld(s, 34, 33));
    break;
  case IA64_OPND_AMASK7:
    d->imm = (int64_t)fld(s, 19, 13);
    break;
  case IA64_OPND_OMASK7:
    d->imm2 = (int64_t)fld(s, 26, 20);
    break;
  case IA64_OPND_IMM62:
    d->imm = (int64_t)(l << 21 | sign << 20 | fld(s, 25, 6));
    break;
  case IA64_OPND_CNT6L:
    d->count = (uint8_t)(fld(s, 11, 6) + 1);
    break; /* lfetch.count */
  case IA64_OPND_STRIDE5:
    d->imm = sext(fld(s, 17, 13), 5) * 64;
    break;
  case IA64_OPND_IMM5TF:
    d->imm = (int64_t)fld(s, 18, 14) + 32;
    break; /* tf: bits 32-63 */
  case IA64_OPND_IMM_HINTM:
    d->imm = (int64_t)(sign << 18 | fld(s, 25, 12) << 4 | fld(s, 9, 6));
    break;
  case IA64_OPND_DAHR_IDX:
    d->r3 = (uint8_t)fld(s, 25, 23);
    break;
  case IA64_OPND_IMM16D:
    d->imm = (int64_t)(sign << 15 | fld(s, 22, 12) << 4 | fld(s, 9, 6));
    break;
  case IA64_OPND_IMM64:
    d->imm = (int64_t)(sign << 63 | l << 22 | fld(s, 21, 21) << 21 | fld(s, 26, 22) << 16 |
                       fld(s, 35, 27) << 7 | fld(s, 19, 13));
    break;
  case IA64_OPND_TGT64:
    d->imm = (int64_t)((sign << 59 | fld(l, 40, 2) << 20 | fld(s, 32, 13)) << 4);
    break;
  default:
    break; /* implicit operands carry no field */
  }
}

/* ---- row lookup ------------------------------------------------------------ */

/* First row of group key (rows are sorted by key), or IA64_OP_COUNT_. */
static unsigned group_start(unsigned key) {
  unsigned lo = 0, hi = IA64_OP_COUNT_;
  while (lo < hi) {
    unsigned mid = (lo + hi) / 2;
    if (row_keys[mid] < key)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

static int find_row(uint64_t s, ia64_unit unit) {
  unsigned major = (unsigned)(s >> 37) & 15;
  /* Majors 8-E of M and I slots hold the A-unit instructions (Table 4-1). */
  if ((unit == IA64_UNIT_M || unit == IA64_UNIT_I) && major >= 8) unit = IA64_UNIT_A;
  unsigned key = (unsigned)unit * 16 + major;
  for (unsigned i = group_start(key); i < IA64_OP_COUNT_ && row_keys[i] == key; i++)
    if ((s & row_match[i][0]) == row_match[i][1]) return (int)i;
  return -1;
}

static int decode_with(uint64_t s, uint64_t l, ia64_unit unit, ia64_insn *out) {
  *out = (ia64_insn){0};
  out->unit = (uint8_t)unit;
  out->qp = (uint8_t)(s & 63);
  int i = find_row(s, unit);
  if (i < 0) goto illegal;
  const ia64_row *r = &ia64_rows[i];
  for (unsigned k = 0; k < IA64_MAX_OPNDS && r->opnd[k]; k++) extract(r->opnd[k], s, l, out);
  for (unsigned k = 0; k < IA64_MAX_CMPLS && r->cmpl[k]; k++) {
    const cmpl_desc *c = &cmpls[r->cmpl[k]];
    unsigned v = (unsigned)fld(s, c->hi, c->lo);
    if (c->xbit) v |= (unsigned)fld(s, c->xbit, c->xbit) << (c->hi - c->lo + 1);
    if (!c->suffix[v]) goto illegal;
    switch (r->cmpl[k]) {
    case IA64_CMPL_SF:
      out->sf = (uint8_t)v;
      break;
    case IA64_CMPL_PH:
      out->ph = (uint8_t)v;
      break;
    case IA64_CMPL_DH:
      out->dh = (uint8_t)v;
      break;
    case IA64_CMPL_IH_I:
    case IA64_CMPL_IH_B:
      out->ih = (uint8_t)v;
      break;
    case IA64_CMPL_BWH:
    case IA64_CMPL_MWH:
    case IA64_CMPL_IPWH:
    case IA64_CMPL_INDWH:
      out->bwh = (uint8_t)v;
      break;
    default:
      out->hint = (uint8_t)v;
      break;
    }
  }
  out->op = (uint16_t)i;
  out->fmt = r->fmt;
  if (!ia64_fmt_predicated((ia64_fmt)r->fmt)) out->qp = 0;
  return 0;
illegal:
  *out = (ia64_insn){.op = IA64_OP_ILLEGAL,
                     .fmt = IA64_FMT_ILLEGAL,
                     .unit = (uint8_t)unit,
                     .qp = (uint8_t)(s & 63)};
  return -1;
}

int ia64_decode_slot(uint64_t slot41, ia64_unit unit, ia64_insn *out) {
  return decode_with(slot41 & IA64_SLOT_MASK, 0, unit, out);
}

int ia64_decode_lx(uint64_t l41, uint64_t x41, ia64_insn *out) {
  return decode_with(x41 & IA64_SLOT_MASK, l41 & IA64_SLOT_MASK, IA64_UNIT_X, out);
}

int ia64_decode_bundle(const uint8_t bundle[16], ia64_bundle_decoded *out) {
  unsigned t = ia64_bundle_template(bundle);
  const ia64_template *ti = ia64_template_info(t);
  *out = (ia64_bundle_decoded){.tmpl = (uint8_t)t, .stop_after = ti->stop_after};
  if (!ti->name) {
    out->reserved = 1;
    return -1;
  }
  int bad = 0;
  for (unsigned s = 0; s < 3; s++) {
    ia64_insn *d = &out->insn[out->ninsn];
    out->slot_of[out->ninsn] = (uint8_t)s;
    if (ti->unit[s] == IA64_UNIT_L) {
      bad -= ia64_decode_lx(ia64_bundle_slot(bundle, 1), ia64_bundle_slot(bundle, 2), d);
      out->ninsn++;
      break;
    }
    bad -= ia64_decode_slot(ia64_bundle_slot(bundle, s), (ia64_unit)ti->unit[s], d);
    out->ninsn++;
  }
  return bad;
}
