/* IEEE exception bookkeeping of the FP instructions (see fpstatus.h). */
#include "ia64/fpstatus.h"

/* Status field sf: ftz 0, wre 1, pc 3:2, rc 5:4, td 6 of the 13 bits
 * from bit 6 + 13 sf; FPSR.traps (disable bits vd..id) in 5:0 (vol. 1
 * Figures 5-11, 5-12). */
static unsigned controls(uint64_t fpsr, unsigned sf) {
  return (unsigned)(fpsr >> (6 + 13 * sf)) & 0x7f;
}

unsigned ia64_fp_disabled(uint64_t fpsr, unsigned sf) {
  /* sf0.td is reserved (0): traps of sf0 follow FPSR.traps alone */
  if (sf && (controls(fpsr, sf) & 0x40)) return 0x3f;
  return (unsigned)fpsr & 0x3f;
}

ia64_fp_model ia64_fp_model_of(uint64_t fpsr, unsigned sf, unsigned completer) {
  unsigned ctl = controls(fpsr, sf), ebits;
  ia64_fp_model m = {.rc = (uint8_t)((ctl >> 4) & 3),
                     .ftz = (uint8_t)(ctl & 1),
                     .disabled = (uint8_t)ia64_fp_disabled(fpsr, sf)};
  if (completer) {
    m.bits = (uint8_t)completer;
    ebits = completer == 24 ? 8 : 11;
  } else {
    /* pc 00: 24 bits, 10: 53, 11: 64, with the 15-bit exponent (vol. 1
     * Table 5-6); unconfirmed: the reserved pc 01 computes as 11 */
    unsigned pc = (ctl >> 2) & 3;
    m.bits = pc == 0 ? 24 : pc == 2 ? 53 : 64;
    ebits = 15;
  }
  if (ctl & 2) ebits = 17; /* wre: the register's exponent range */
  m.emax = (1 << (ebits - 1)) - 1;
  m.emin = 1 - m.emax;
  return m;
}

/* Round the significand to `keep` bits (keep <= 0: below its last bit)
 * in mode rc. Returns the kept integer, whose unit is 2^(exp - 63 + drop). */
typedef struct rounded {
  uint64_t kept;
  int drop;
  bool inexact, up;
} rounded;

static rounded round_bits(ia64_fp_wide w, int keep, unsigned rc) {
  rounded r = {.drop = 64 - keep};
  bool guard, rest;
  if (r.drop <= 0) {
    r.drop = 0;
    r.kept = w.sig;
    guard = false, rest = w.sticky;
  } else if (r.drop > 64) {
    r.kept = 0;
    guard = false, rest = true; /* sig is nonzero */
  } else if (r.drop == 64) {
    r.kept = 0;
    guard = w.sig >> 63, rest = (w.sig << 1) || w.sticky;
  } else {
    r.kept = w.sig >> r.drop;
    guard = (w.sig >> (r.drop - 1)) & 1;
    rest = (w.sig & ((1ull << (r.drop - 1)) - 1)) || w.sticky;
  }
  r.inexact = guard || rest;
  switch (rc) {
  case 0:
    r.up = guard && (rest || (r.kept & 1));
    break;
  case 1:
    r.up = w.sign && r.inexact;
    break;
  case 2:
    r.up = !w.sign && r.inexact;
    break;
  default:
    r.up = false;
    break;
  }
  if (r.up) {
    if (r.kept == UINT64_MAX) { /* 64 ones round to 2^64 */
      r.kept = 1ull << 63;
      r.drop++;
    } else {
      r.kept++;
    }
  }
  return r;
}

/* The normalized exponent of a rounded result (kept nonzero). */
static int32_t exp_of(const ia64_fp_wide *w, const rounded *r) {
  return w->exp + r->drop - __builtin_clzll(r->kept);
}

static ia64_fr encode(uint8_t sign, const rounded *r, int32_t e) {
  ia64_fr f = {.sign = sign, .sig = r->kept << __builtin_clzll(r->kept)};
  f.exp = (uint32_t)(e + IA64_FR_BIAS) & IA64_FR_EXP_MAX; /* wrapped into 17 bits */
  return f;
}

ia64_fr ia64_fp_round(ia64_fp_wide w, const ia64_fp_model *m, unsigned *raised) {
  rounded r = round_bits(w, m->bits, m->rc);
  int32_t e = exp_of(&w, &r);
  unsigned inexact = (r.inexact ? IA64_FPE_I : 0) | (r.up ? IA64_FPE_FPA : 0);
  if (e > m->emax) {
    if (!(m->disabled & IA64_FPE_O)) { /* trapped: the exponent wraps */
      *raised |= IA64_FPE_O | inexact;
      return encode(w.sign, &r, e);
    }
    *raised |= IA64_FPE_O | IA64_FPE_I;
    bool to_inf = m->rc == 0 || (m->rc == 1 && w.sign) || (m->rc == 2 && !w.sign);
    if (to_inf) {
      *raised |= IA64_FPE_FPA;
      return (ia64_fr){.sign = w.sign, .exp = IA64_FR_EXP_MAX, .sig = 1ull << 63};
    }
    /* the largest finite value of the format */
    return (ia64_fr){
        .sign = w.sign, .exp = (uint32_t)(m->emax + IA64_FR_BIAS), .sig = ~0ull << (64 - m->bits)};
  }
  if (e < m->emin) { /* tiny after rounding to the precision */
    if (!(m->disabled & IA64_FPE_U)) {
      *raised |= IA64_FPE_U | inexact;
      return encode(w.sign, &r, e);
    }
    if (m->ftz) {
      *raised |= IA64_FPE_U | IA64_FPE_I;
      return (ia64_fr){.sign = w.sign};
    }
    /* denormalize: fewer significant bits below emin */
    int64_t keep = (int64_t)m->bits - ((int64_t)m->emin - w.exp);
    if (keep < -1) { /* all of it below half the last place: only its sign and sticky count */
      w.exp = m->emin - m->bits - 1;
      keep = -1;
    }
    r = round_bits(w, (int)keep, m->rc);
    if (r.inexact) *raised |= IA64_FPE_U | IA64_FPE_I;
    if (r.up) *raised |= IA64_FPE_FPA;
    if (!r.kept) return (ia64_fr){.sign = w.sign};
    e = exp_of(&w, &r);
    if (e >= m->emin) return encode(w.sign, &r, e);
    /* a denormal keeps the minimum exponent with an unnormalized significand */
    ia64_fr f = encode(w.sign, &r, m->emin);
    f.sig >>= m->emin - e;
    return f;
  }
  *raised |= inexact;
  return encode(w.sign, &r, e);
}

ia64_fp_outcome ia64_fp_decide(uint64_t fpsr, unsigned sf, unsigned raised) {
  unsigned disabled = ia64_fp_disabled(fpsr, sf);
  ia64_fp_outcome out = {0};
  /* Floating-point Fault: ISR.code v 0, d 1, z 2 (vol. 2 8.2, 0x5c00);
   * the instruction writes no target and no flags */
  unsigned fault = raised & IA64_FPE_FAULTS & ~disabled;
  if (fault) {
    out.fault = (uint16_t)fault;
    return out;
  }
  out.flags = (uint8_t)(raised & 0x3f);
  /* Floating-point Trap: ISR.code fp 0, o 11, u 12, i 13, fpa 14 (vol. 2
   * 8.2, 0x5d00); i reports the trapped result's inexactness */
  if (raised & IA64_FPE_TRAPS & ~disabled) {
    unsigned code = IA64_TRAP_FP;
    if (raised & IA64_FPE_O & ~disabled) code |= 1u << 11;
    if (raised & IA64_FPE_U & ~disabled) code |= 1u << 12;
    if (raised & IA64_FPE_I) code |= 1u << 13;
    if (raised & IA64_FPE_FPA) code |= 1u << 14;
    out.trap = (uint16_t)code;
  }
  return out;
}

bool ia64_fpsr_reserved(uint64_t v) {
  if (v >> 58 || (v >> 12 & 1)) return true;
  for (unsigned sf = 0; sf < 4; sf++)
    if (((controls(v, sf) >> 2) & 3) == 1) return true;
  return false;
}
