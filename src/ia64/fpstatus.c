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

/* Round the 128 bits sig:lo to `keep` bits (keep <= 0: all below the last
 * place) in mode rc. Returns the kept integer, whose unit is 2^(exp - 127 + drop). */
typedef struct rounded {
  uint64_t kept;
  int drop;
  bool inexact, up;
} rounded;

static rounded round_bits(ia64_fp_wide w, int keep, unsigned rc) {
  unsigned __int128 v = (unsigned __int128)w.sig << 64 | w.lo;
  rounded r = {.drop = 128 - keep};
  bool guard, rest;
  if (r.drop > 128) {
    r.kept = 0;
    guard = false, rest = true; /* sig is nonzero */
  } else if (r.drop == 128) {
    r.kept = 0;
    guard = (bool)(v >> 127), rest = (v << 1) != 0;
  } else {
    r.kept = (uint64_t)(v >> r.drop);
    guard = (v >> (r.drop - 1)) & 1;
    rest = (v & (((unsigned __int128)1 << (r.drop - 1)) - 1)) != 0;
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
  return w->exp + r->drop - 64 - __builtin_clzll(r->kept);
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

uint64_t ia64_fp_to_int(ia64_fr f, bool is_unsigned, unsigned rc, unsigned *raised) {
  const uint64_t indefinite = 1ull << 63;
  if (f.sig == 0) return 0;
  int lz = __builtin_clzll(f.sig);
  int64_t e = (int64_t)f.exp - IA64_FR_BIAS - lz; /* the exponent of the leading 1 */
  if (e >= 64) {
    *raised |= IA64_FPE_V;
    return indefinite;
  }
  ia64_fp_wide w = {.sig = f.sig << lz, .exp = (int32_t)(e < -2 ? -2 : e), .sign = f.sign};
  rounded r = round_bits(w, w.exp + 1, rc); /* the integer part: a unit of 2^0 */
  bool carried = w.exp - 127 + r.drop > 0;  /* 64 ones rounded to 2^64 */
  bool fits = !carried && (is_unsigned ? !w.sign || r.kept == 0
                           : w.sign    ? r.kept <= 1ull << 63
                                       : r.kept < 1ull << 63);
  if (!fits) {
    *raised |= IA64_FPE_V;
    return indefinite;
  }
  *raised |= (r.inexact ? IA64_FPE_I : 0) | (r.up ? IA64_FPE_FPA : 0);
  return w.sign ? (uint64_t)0 - r.kept : r.kept;
}

/* ---- exact multiply-add on a 192-bit window ---------------------------------------------- */

typedef struct u192 {
  uint64_t w[3]; /* w[2] most significant */
} u192;

/* Shift right by n, ORing what falls off into bit 0 (the sticky bit). */
static void shr_jam(u192 *x, unsigned n) {
  if (n == 0) return;
  bool lost;
  if (n >= 192) {
    lost = x->w[0] | x->w[1] | x->w[2];
    x->w[0] = x->w[1] = x->w[2] = 0;
  } else {
    unsigned q = n / 64, r = n % 64;
    uint64_t mask_lo = r ? x->w[q] << (64 - r) : 0;
    lost = mask_lo != 0;
    for (unsigned i = 0; i < q; i++) lost |= x->w[i] != 0;
    for (unsigned i = 0; i < 3; i++) {
      uint64_t lo = i + q < 3 ? x->w[i + q] : 0, hi = i + q + 1 < 3 ? x->w[i + q + 1] : 0;
      x->w[i] = r ? lo >> r | hi << (64 - r) : lo;
    }
  }
  x->w[0] |= lost;
}

static bool ge192(const u192 *x, const u192 *y) {
  for (int i = 2; i >= 0; i--)
    if (x->w[i] != y->w[i]) return x->w[i] > y->w[i];
  return true;
}

static u192 add192(const u192 *x, const u192 *y) {
  u192 r;
  unsigned carry = 0;
  for (int i = 0; i < 3; i++) {
    unsigned __int128 s = (unsigned __int128)x->w[i] + y->w[i] + carry;
    r.w[i] = (uint64_t)s;
    carry = (unsigned)(s >> 64);
  }
  return r;
}

static u192 sub192(const u192 *x, const u192 *y) {
  u192 r;
  unsigned borrow = 0;
  for (int i = 0; i < 3; i++) {
    uint64_t d = x->w[i] - y->w[i] - borrow;
    borrow = x->w[i] < y->w[i] || (x->w[i] == y->w[i] && borrow);
    r.w[i] = d;
  }
  return r;
}

/* A 128-bit significand with its MSB at bit 127 and the exponent of that bit. */
typedef struct term {
  unsigned __int128 sig;
  int32_t exp;
  bool sign;
} term;

static int32_t unbiased(ia64_fr f) {
  return (int32_t)f.exp - IA64_FR_BIAS;
}

bool ia64_fp_mul_add(ia64_fr a, ia64_fr b, ia64_fr c, bool negp, unsigned rc, ia64_fp_wide *out,
                     bool *zero_sign) {
  bool psign = (a.sign ^ b.sign ^ negp) != 0;
  bool pzero = a.sig == 0 || b.sig == 0, czero = c.sig == 0;
  if (pzero && czero) { /* +0 unless both are -0, or opposite in round-down (IEEE 754 6.3) */
    *zero_sign = psign == (c.sign != 0) ? psign : rc == 1;
    return false;
  }
  term t[2];
  unsigned n = 0;
  if (!pzero) {
    int la = __builtin_clzll(a.sig), lb = __builtin_clzll(b.sig);
    unsigned __int128 p = (unsigned __int128)(a.sig << la) * (b.sig << lb);
    int32_t e = unbiased(a) - la + unbiased(b) - lb + 1;
    if (!(p >> 127)) p <<= 1, e--;
    t[n++] = (term){.sig = p, .exp = e, .sign = psign};
  }
  if (!czero) {
    int lc = __builtin_clzll(c.sig);
    t[n++] = (term){.sig = (unsigned __int128)(c.sig << lc) << 64,
                    .exp = unbiased(c) - lc,
                    .sign = c.sign != 0};
  }
  if (n == 2 && t[1].exp > t[0].exp) {
    term tmp = t[0];
    t[0] = t[1], t[1] = tmp;
  }
  /* the larger term's MSB at bit 190 (a carry fits), the smaller aligned below */
  u192 x = {{0, (uint64_t)t[0].sig, (uint64_t)(t[0].sig >> 64)}}, y = {{0}};
  shr_jam(&x, 1);
  bool sign = t[0].sign;
  if (n == 2) {
    y = (u192){{0, (uint64_t)t[1].sig, (uint64_t)(t[1].sig >> 64)}};
    int64_t d = (int64_t)t[0].exp - t[1].exp + 1;
    shr_jam(&y, d >= 192 ? 192u : (unsigned)d);
    if (t[0].sign == t[1].sign) {
      x = add192(&x, &y);
    } else if (ge192(&x, &y)) {
      x = sub192(&x, &y);
    } else {
      x = sub192(&y, &x);
      sign = t[1].sign;
    }
  }
  int top = x.w[2]   ? 128 + 63 - __builtin_clzll(x.w[2])
            : x.w[1] ? 64 + 63 - __builtin_clzll(x.w[1])
            : x.w[0] ? 63 - __builtin_clzll(x.w[0])
                     : -1;
  if (top < 0) { /* exact cancellation: +0, -0 in round-down */
    *zero_sign = rc == 1;
    return false;
  }
  /* the MSB to bit 191: the significand is w[2], the rest sticky */
  unsigned sh = (unsigned)(191 - top), q = sh / 64, r = sh % 64;
  u192 z = {{0}};
  for (int i = 2; i >= 0; i--) {
    int src = i - (int)q;
    uint64_t hi = src >= 0 ? x.w[src] : 0, lo = src - 1 >= 0 ? x.w[src - 1] : 0;
    z.w[i] = r ? hi << r | lo >> (64 - r) : hi;
  }
  *out = (ia64_fp_wide){
      .sig = z.w[2], .exp = t[0].exp + (top - 190), .sign = sign, .lo = z.w[1] | (z.w[0] != 0)};
  return true;
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
