/* x87 arithmetic in software (see x87_float.h). Every operation forms its
 * exact result, or one truncated far below the last place with a sticky bit,
 * as m * 2^e0 with a 128-bit m, and round_pack rounds it once. */
#include "x87_float.h"

typedef unsigned __int128 u128;

const x87_f80 x87_indefinite = {0xc000000000000000ull, 0xffff};

x87_ctl x87_ctl_of(uint16_t cw) {
  unsigned pc = (cw >> 8) & 3;
  return (x87_ctl){.prec = pc == 0 ? 24 : pc == 2 ? 53 : 64,
                   .rc = (uint8_t)((cw >> 10) & 3),
                   .masks = (uint8_t)(cw & 0x3f)};
}

/* A destination format: significand bits (with the integer bit), exponent
 * range, bias. The register format's precision comes from PC. */
typedef struct fmt {
  int prec, bits, emin, emax, bias;
  bool reg; /* the register stack: unmasked OE/UE store a biased result */
} fmt;

enum { EXT_BIAS = 16383, EXT_EMIN = -16382, EXT_EMAX = 16383, WRAP = 24576 };

/* ---- operands ------------------------------------------------------------ */

enum cls { C_ZERO, C_FIN, C_INF, C_QNAN, C_SNAN, C_UNSUP };
typedef struct unp {
  enum cls c;
  bool sign, denormal;
  int32_t exp;  /* of the integer bit: value = sig * 2^(exp - 63) */
  uint64_t sig; /* normalized (bit 63 set) for C_FIN */
} unp;

static int clz64(uint64_t v) { return __builtin_clzll(v); }
static int clz128(u128 v) {
  uint64_t hi = (uint64_t)(v >> 64);
  return hi ? clz64(hi) : 64 + clz64((uint64_t)v);
}

/* SDM vol. 1 8.2.2 table 8-3: unnormals, pseudo-NaNs and pseudo-infinities
 * are unsupported (invalid operands); pseudo-denormals are denormals. */
static unp unpack(x87_f80 a) {
  unp u = {.sign = x87_sign(a), .sig = a.sig};
  unsigned e = a.se & 0x7fff;
  bool j = a.sig >> 63;
  if (e == 0x7fff) {
    if (!j) u.c = C_UNSUP;
    else if ((a.sig << 1) == 0) u.c = C_INF;
    else u.c = (a.sig >> 62) & 1 ? C_QNAN : C_SNAN;
  } else if (e == 0) {
    if (a.sig == 0) {
      u.c = C_ZERO;
    } else {
      int s = clz64(a.sig);
      u.c = C_FIN, u.denormal = true;
      u.sig = a.sig << s;
      u.exp = EXT_EMIN - s;
    }
  } else if (!j) {
    u.c = C_UNSUP;
  } else {
    u.c = C_FIN;
    u.exp = (int32_t)e - EXT_BIAS;
  }
  return u;
}

x87_class x87_classify(x87_f80 a) {
  switch (unpack(a).c) {
  case C_ZERO: return X87_ZERO;
  case C_FIN: return (a.se & 0x7fff) ? X87_NORMAL : X87_DENORMAL;
  case C_INF: return X87_INFINITY;
  case C_QNAN: case C_SNAN: return X87_NAN;
  default: return X87_UNSUPPORTED;
  }
}

static x87_f80 make(bool sign, unsigned e, uint64_t sig) {
  return (x87_f80){sig, (uint16_t)((sign ? 0x8000u : 0) | e)};
}
static x87_f80 zero(bool sign) { return make(sign, 0, 0); }
static x87_f80 inf(bool sign) { return make(sign, 0x7fff, 1ull << 63); }
static x87_f80 quiet(x87_f80 a) { return (x87_f80){a.sig | (1ull << 62), a.se}; }

/* NaN operands (SDM vol. 1 table 4-7): an SNaN is invalid; a QNaN wins over
 * an SNaN; of two of a kind, the larger significand. Returns true with *r
 * set when an operand is a NaN or unsupported. */
static bool nan_operands(unp ua, unp ub, x87_f80 a, x87_f80 b, bool two, x87_f80 *r,
                         unsigned *fl) {
  if (ua.c == C_UNSUP || (two && ub.c == C_UNSUP)) {
    *fl |= X87_IE, *r = x87_indefinite;
    return true;
  }
  bool na = ua.c == C_QNAN || ua.c == C_SNAN, nb = two && (ub.c == C_QNAN || ub.c == C_SNAN);
  if (!na && !nb) return false;
  if (ua.c == C_SNAN || (two && ub.c == C_SNAN)) *fl |= X87_IE;
  if (na && nb) {
    if (ua.c != ub.c) *r = ua.c == C_QNAN ? a : b;
    else *r = (a.sig << 1) >= (b.sig << 1) ? a : b;
  } else {
    *r = na ? a : b;
  }
  *r = quiet(*r);
  return true;
}

/* ---- rounding ------------------------------------------------------------ */

/* m >> drop rounded by rc; the kept part has at most 64 bits. */
static uint64_t round_drop(u128 m, int drop, bool sign, unsigned rc, bool *inexact, bool *up) {
  uint64_t kept;
  bool guard, rest;
  if (drop > 128) {
    kept = 0, guard = false, rest = m != 0;
  } else if (drop == 128) {
    kept = 0, guard = (bool)(m >> 127), rest = (m << 1) != 0;
  } else if (drop == 0) {
    kept = (uint64_t)m, guard = rest = false;
  } else {
    kept = (uint64_t)(m >> drop);
    guard = (m >> (drop - 1)) & 1;
    rest = (m & (((u128)1 << (drop - 1)) - 1)) != 0;
  }
  *inexact = guard || rest;
  switch (rc) {
  case 0: *up = guard && (rest || (kept & 1)); break;
  case 1: *up = sign && *inexact; break;
  case 2: *up = !sign && *inexact; break;
  default: *up = false; break;
  }
  return kept;
}

/* A rounded value: K * 2^lsb (K = 0: zero), or an infinity. */
typedef struct packed {
  bool sign, is_inf;
  uint64_t k;
  int32_t lsb;
} packed;

/* Round m * 2^e0 (m != 0) to f by the control k (SDM vol. 1 4.8.4, 4.9.1.4,
 * 4.9.1.5, 8.5.4, 8.5.5). */
static unsigned round_value(const fmt *f, x87_ctl k, bool sign, u128 m, int32_t e0, packed *out) {
  int lz = clz128(m);
  m <<= lz;
  e0 -= lz;
  int32_t exp = e0 + 127; /* exponent of the leading bit */
  unsigned fl = 0;
  bool inexact, up;
  *out = (packed){.sign = sign};
  /* Tininess after rounding with an unbounded exponent (vol. 1 4.9.1.5). */
  bool tiny = false;
  if (exp < f->emin) {
    int32_t lsb = exp - (f->prec - 1);
    uint64_t kk = round_drop(m, lsb - e0, sign, k.rc, &inexact, &up);
    tiny = !(up && kk == UINT64_MAX >> (64 - f->prec) && exp + 1 >= f->emin);
  }
  bool wrap_ue = tiny && f->reg && !(k.masks & X87_UE);
  if (wrap_ue && exp + WRAP >= f->emin) {
    exp += WRAP, e0 += WRAP; /* unmasked, register: biased (vol. 1 8.5.5) */
    fl |= X87_UE;
  } else if (wrap_ue) {
    /* massive underflow: still tiny after biasing, a signed zero (vol. 1 8.5.5) */
    out->k = 0;
    return X87_UE | X87_PE;
  } else if (tiny) {
    /* denormalized: the last place is the format's smallest; a massive
     * underflow even after biasing lands here too (vol. 1 8.5.5) */
    /* PC keeps the top prec bits of the significand field, denormals
     * included (checked against a P6-descendant's x87) */
    int32_t lsb = exp - (f->prec - 1), dlsb = f->emin - (f->prec - 1);
    if (lsb < dlsb) lsb = dlsb;
    uint64_t kk = round_drop(m, lsb - e0, sign, k.rc, &inexact, &up);
    if (up) kk++; /* cannot carry out of 64 bits: a denormal has fewer */
    out->k = kk, out->lsb = lsb;
    if (!(k.masks & X87_UE) && !f->reg) return X87_UE; /* memory: nothing stored */
    if (inexact) fl |= X87_UE;
    if (inexact) fl |= X87_PE;
    return fl | (up ? X87_UP : 0);
  }
  int32_t lsb = exp - (f->prec - 1);
  uint64_t kk = round_drop(m, lsb - e0, sign, k.rc, &inexact, &up);
  if (up) {
    if (kk == UINT64_MAX >> (64 - f->prec)) { /* carries into a new leading bit */
      kk = 1ull << (f->prec - 1);
      lsb++, exp++;
    } else {
      kk++;
    }
  }
  if (inexact) fl |= X87_PE;
  if (up) fl |= X87_UP;
  if (exp > f->emax) {
    if (f->reg && !(k.masks & X87_OE) && exp - WRAP <= f->emax) {
      exp -= WRAP, lsb -= WRAP; /* vol. 1 8.5.4 */
      fl |= X87_OE;
    } else if (!(k.masks & X87_OE) && !f->reg) {
      return X87_OE; /* memory: nothing stored */
    } else if (!(k.masks & X87_OE)) {
      out->is_inf = true; /* massive overflow: infinity (vol. 1 8.5.4) */
      return X87_OE | X87_PE | X87_UP;
    } else {
      /* vol. 1 table 4-10: infinity, or the largest finite value when RC
       * rounds toward zero from that side */
      bool to_inf = k.rc == 0 || (k.rc == 1 && sign) || (k.rc == 2 && !sign);
      fl = X87_OE | X87_PE | (to_inf ? X87_UP : 0);
      if (to_inf) {
        out->is_inf = true;
      } else {
        out->k = UINT64_MAX >> (64 - f->prec);
        out->lsb = f->emax - (f->prec - 1);
      }
      return fl;
    }
  }
  out->k = kk, out->lsb = lsb;
  return fl;
}

/* The biased exponent and significand field (integer bit included) of p. */
static void encode(const fmt *f, const packed *p, uint32_t *e, uint64_t *sig) {
  if (p->is_inf) {
    *e = (uint32_t)(2 * f->bias + 1), *sig = 1ull << (f->bits - 1);
    return;
  }
  if (p->k == 0) {
    *e = 0, *sig = 0;
    return;
  }
  int t = 63 - clz64(p->k);
  int32_t exp = p->lsb + t;
  if (exp < f->emin) {
    *e = 0;
    *sig = p->k << (p->lsb - (f->emin - (f->bits - 1)));
  } else {
    *e = (uint32_t)(exp + f->bias);
    *sig = p->k << (f->bits - 1 - t);
  }
}

static fmt reg_fmt(x87_ctl k) {
  return (fmt){.prec = k.prec, .bits = 64, .emin = EXT_EMIN, .emax = EXT_EMAX,
               .bias = EXT_BIAS, .reg = true};
}

static unsigned round_reg(x87_ctl k, bool sign, u128 m, int32_t e0, x87_f80 *r) {
  fmt f = reg_fmt(k);
  packed p;
  unsigned fl = round_value(&f, k, sign, m, e0, &p);
  uint32_t e;
  uint64_t sig;
  encode(&f, &p, &e, &sig);
  *r = make(sign, e & 0x7fff, sig);
  return fl;
}

unsigned x87_round(x87_ctl k, bool sign, unsigned __int128 m, int32_t e0, x87_f80 *r) {
  if (m == 0) {
    *r = zero(sign);
    return 0;
  }
  return round_reg(k, sign, m, e0, r);
}

/* ---- arithmetic ---------------------------------------------------------- */

static unsigned addsub(x87_ctl k, x87_f80 a, x87_f80 b, bool negate_b, x87_f80 *r) {
  unp ua = unpack(a), ub = unpack(b);
  unsigned fl = 0;
  if (nan_operands(ua, ub, a, b, true, r, &fl)) return fl;
  if (ua.denormal || ub.denormal) fl |= X87_DE;
  bool sb = ub.sign ^ negate_b;
  if (ua.c == C_INF || ub.c == C_INF) {
    if (ua.c == C_INF && ub.c == C_INF && ua.sign != sb) {
      *r = x87_indefinite;
      return fl | X87_IE;
    }
    *r = ua.c == C_INF ? inf(ua.sign) : inf(sb);
    return fl;
  }
  if (ub.c == C_ZERO && ua.c == C_ZERO) {
    /* SDM vol. 1 4.8.3.7 (table 4-? on signed zeros): -0 only when both are
     * -0, or when rounding down */
    *r = zero(ua.sign == sb ? ua.sign : k.rc == 1);
    return fl;
  }
  if (ub.c == C_ZERO) return fl | round_reg(k, ua.sign, ua.sig, ua.exp - 63, r);
  if (ua.c == C_ZERO) return fl | round_reg(k, sb, ub.sig, ub.exp - 63, r);
  bool sa = ua.sign;
  if (ua.exp < ub.exp || (ua.exp == ub.exp && ua.sig < ub.sig)) {
    unp t = ua;
    ua = ub, ub = t;
    bool s = sa;
    sa = sb, sb = s;
  }
  /* |a| >= |b|: both at a's scale, one bit of headroom for a carry */
  u128 ma = (u128)ua.sig << 63, mb = (u128)ub.sig << 63;
  int32_t d = ua.exp - ub.exp;
  if (d >= 127) mb = 1; /* sticky only */
  else if (d > 0) mb = (mb >> d) | ((mb & (((u128)1 << d) - 1)) != 0);
  u128 m = sa == sb ? ma + mb : ma - mb;
  if (m == 0) {
    *r = zero(k.rc == 1); /* exact zero difference: -0 only rounding down */
    return fl;
  }
  return fl | round_reg(k, sa, m, ua.exp - 126, r);
}

unsigned x87_add(x87_ctl k, x87_f80 a, x87_f80 b, x87_f80 *r) { return addsub(k, a, b, false, r); }
unsigned x87_sub(x87_ctl k, x87_f80 a, x87_f80 b, x87_f80 *r) { return addsub(k, a, b, true, r); }

unsigned x87_mul(x87_ctl k, x87_f80 a, x87_f80 b, x87_f80 *r) {
  unp ua = unpack(a), ub = unpack(b);
  unsigned fl = 0;
  if (nan_operands(ua, ub, a, b, true, r, &fl)) return fl;
  if (ua.denormal || ub.denormal) fl |= X87_DE;
  bool s = ua.sign ^ ub.sign;
  if (ua.c == C_INF || ub.c == C_INF) {
    if (ua.c == C_ZERO || ub.c == C_ZERO) {
      *r = x87_indefinite;
      return fl | X87_IE;
    }
    *r = inf(s);
    return fl;
  }
  if (ua.c == C_ZERO || ub.c == C_ZERO) {
    *r = zero(s);
    return fl;
  }
  return fl | round_reg(k, s, (u128)ua.sig * ub.sig, ua.exp + ub.exp - 126, r);
}

unsigned x87_div(x87_ctl k, x87_f80 a, x87_f80 b, x87_f80 *r) {
  unp ua = unpack(a), ub = unpack(b);
  unsigned fl = 0;
  if (nan_operands(ua, ub, a, b, true, r, &fl)) return fl;
  if (ua.denormal || ub.denormal) fl |= X87_DE;
  bool s = ua.sign ^ ub.sign;
  if ((ua.c == C_INF && ub.c == C_INF) || (ua.c == C_ZERO && ub.c == C_ZERO)) {
    *r = x87_indefinite;
    return fl | X87_IE;
  }
  if (ua.c == C_INF || ub.c == C_ZERO) {
    *r = inf(s);
    return fl | (ub.c == C_ZERO && ua.c != C_INF ? X87_ZE : 0);
  }
  if (ua.c == C_ZERO || ub.c == C_INF) {
    *r = zero(s);
    return fl;
  }
  /* 128 quotient bits in two steps of long division; the last remainder
   * becomes the sticky bit */
  int sh = ua.sig >= ub.sig ? 63 : 64;
  u128 n1 = (u128)ua.sig << sh;
  uint64_t q1 = (uint64_t)(n1 / ub.sig), r1 = (uint64_t)(n1 % ub.sig);
  u128 n2 = (u128)r1 << 64;
  uint64_t q2 = (uint64_t)(n2 / ub.sig), r2 = (uint64_t)(n2 % ub.sig);
  u128 m = (u128)q1 << 64 | q2 | (r2 != 0);
  return fl | round_reg(k, s, m, ua.exp - ub.exp - sh - 64, r);
}

unsigned x87_sqrt(x87_ctl k, x87_f80 a, x87_f80 *r) {
  unp ua = unpack(a);
  unsigned fl = 0;
  if (nan_operands(ua, ua, a, a, false, r, &fl)) return fl;
  if (ua.denormal) fl |= X87_DE;
  if (ua.c == C_ZERO) {
    *r = a; /* sqrt(-0) = -0 */
    return fl;
  }
  if (ua.sign) {
    *r = x87_indefinite;
    return fl | X87_IE;
  }
  if (ua.c == C_INF) {
    *r = a;
    return fl;
  }
  /* value = mm * 2^e2 with e2 even; n = mm * 4^j in [2^126, 2^128) has the
   * 64-bit integer root r; rem = n - r^2 gives the rest exactly: the root
   * lies above r + 1/2 when rem > r, and never exactly on it */
  int32_t e2 = ua.exp - 63;
  u128 mm = ua.sig;
  if (e2 & 1) mm <<= 1, e2 -= 1;
  int sh = (mm >> 64) ? 62 : 64;
  u128 n = mm << sh;
  uint64_t top = (uint64_t)(n >> 64), x = UINT32_MAX; /* sqrt(top) by Newton, from above */
  for (uint64_t y = (x + top / x) / 2; y < x; y = (x + top / x) / 2) x = y;
  u128 root = (u128)x << 32;
  root = (root + n / root) / 2; /* one step at 128 bits: within a unit or two */
  if (root > UINT64_MAX) root = UINT64_MAX;
  while (root * root > n) root--;
  while (root < UINT64_MAX && (root + 1) * (root + 1) <= n) root++;
  u128 rem = n - root * root;
  u128 m = root << 2 | (u128)(rem > root) << 1 | (rem != 0);
  return fl | round_reg(k, false, m, (e2 - sh) / 2 - 2, r);
}

/* Round |a| (finite, nonzero) to an integer by rc: the integer (at most
 * 2^63 when exp < 63) and whether it was inexact / rounded up. */
static uint64_t to_integer(const unp *u, unsigned rc, bool *inexact, bool *up) {
  u128 m = (u128)u->sig << 64;
  uint64_t kk = round_drop(m, 127 - u->exp, u->sign, rc, inexact, up);
  return kk + *up;
}

unsigned x87_rndint(x87_ctl k, x87_f80 a, x87_f80 *r) {
  unp ua = unpack(a);
  unsigned fl = 0;
  if (nan_operands(ua, ua, a, a, false, r, &fl)) return fl;
  if (ua.denormal) fl |= X87_DE;
  if (ua.c != C_FIN || ua.exp >= 63) {
    *r = a;
    return fl;
  }
  bool inexact, up;
  uint64_t v = to_integer(&ua, k.rc, &inexact, &up);
  if (inexact) fl |= X87_PE | (up ? X87_UP : 0);
  if (v == 0) *r = zero(ua.sign);
  else *r = make(ua.sign, (unsigned)(EXT_BIAS + 63 - clz64(v)), v << clz64(v));
  return fl;
}

unsigned x87_scale(x87_ctl k, x87_f80 a, x87_f80 b, x87_f80 *r) {
  unp ua = unpack(a), ub = unpack(b);
  unsigned fl = 0;
  if (nan_operands(ua, ub, a, b, true, r, &fl)) return fl;
  if (ua.denormal || ub.denormal) fl |= X87_DE;
  /* SDM vol. 2 FSCALE table 3-? */
  if (ub.c == C_INF) {
    if ((ua.c == C_ZERO && !ub.sign) || (ua.c == C_INF && ub.sign)) {
      *r = x87_indefinite;
      return fl | X87_IE;
    }
    *r = ua.c == C_FIN ? (ub.sign ? zero(ua.sign) : inf(ua.sign)) : a;
    return fl;
  }
  if (ua.c != C_FIN) {
    *r = a;
    return fl;
  }
  int64_t n = 0;
  if (ub.c == C_FIN && ub.exp >= 0) {
    n = ub.exp >= 20 ? 1 << 20 : (int64_t)(ub.sig >> (63 - ub.exp));
    if (ub.sign) n = -n;
  }
  k.prec = 64; /* not affected by PC (SDM vol. 1 8.1.5.2) */
  return fl | round_reg(k, ua.sign, ua.sig, (int32_t)(ua.exp - 63 + n), r);
}

unsigned x87_extract(x87_ctl k, x87_f80 a, x87_f80 *exp, x87_f80 *sig) {
  unp ua = unpack(a);
  unsigned fl = 0;
  if (nan_operands(ua, ua, a, a, false, sig, &fl)) {
    *exp = *sig;
    return fl;
  }
  if (ua.c == C_ZERO) { /* SDM vol. 2 FXTRACT: #Z, exponent -inf */
    *exp = inf(true), *sig = a;
    return X87_ZE;
  }
  if (ua.c == C_INF) {
    *exp = inf(false), *sig = a;
    return 0;
  }
  if (ua.denormal) fl |= X87_DE;
  *sig = make(ua.sign, EXT_BIAS, ua.sig);
  int64_t e = ua.exp;
  *exp = x87_from_int(e); /* exact */
  (void)k;
  return fl;
}

unsigned x87_prem(x87_ctl k, x87_f80 a, x87_f80 b, bool ieee, x87_f80 *r, unsigned *q,
                  bool *partial) {
  unp ua = unpack(a), ub = unpack(b);
  unsigned fl = 0;
  *q = 0, *partial = false;
  if (nan_operands(ua, ub, a, b, true, r, &fl)) return fl;
  if (ua.denormal || ub.denormal) fl |= X87_DE;
  if (ua.c == C_INF || ub.c == C_ZERO) {
    *r = x87_indefinite;
    return fl | X87_IE;
  }
  if (ua.c == C_ZERO || ub.c == C_INF) {
    *r = a;
    return fl;
  }
  int32_t d = ua.exp - ub.exp;
  k.prec = 64; /* exact: not affected by PC */
  if (d < -1) /* |a| < |b| / 2: a itself, re-encoded (a pseudo-denormal becomes normal) */
    return fl | round_reg(k, ua.sign, ua.sig, ua.exp - 63, r);
  int32_t red = 0;
  if (d >= 64) {
    /* SDM vol. 2 FPREM: a partial reduction by N, "a number between 32 and
     * 63"; 32 + (d mod 32) is what the processor this was checked on does */
    *partial = true;
    int32_t n = 32 + (d & 31);
    red = d - n;
    d = n;
  }
  /* both in units of 2^(exp(b) + red - 64): a = na, b = nb */
  u128 na = (u128)ua.sig << (d + 1), nb = (u128)ub.sig << 1;
  u128 qq = na / nb, rr = na % nb;
  bool sign = ua.sign;
  if (ieee && !*partial && (2 * rr > nb || (2 * rr == nb && (qq & 1)))) {
    qq++;
    rr = nb - rr;
    sign = !sign;
  }
  *q = *partial ? 0 : (unsigned)(qq & 7); /* a partial one leaves them 0 on hardware */
  if (rr == 0) {
    *r = zero(ua.sign);
    return fl;
  }
  return fl | round_reg(k, sign, rr, ub.exp + red - 64, r);
}

int x87_compare(x87_f80 a, x87_f80 b, bool quiet_nans, unsigned *flags) {
  unp ua = unpack(a), ub = unpack(b);
  if (ua.c == C_UNSUP || ub.c == C_UNSUP || ua.c == C_SNAN || ub.c == C_SNAN) {
    *flags |= X87_IE;
    return 2;
  }
  if (ua.c == C_QNAN || ub.c == C_QNAN) {
    if (!quiet_nans) *flags |= X87_IE;
    return 2;
  }
  if (ua.denormal || ub.denormal) *flags |= X87_DE;
  if (ua.c == C_ZERO && ub.c == C_ZERO) return 0;
  /* order by sign, then magnitude: (class, exp, sig) */
  int sa = ua.c == C_ZERO ? 0 : ua.sign ? -1 : 1;
  int sb = ub.c == C_ZERO ? 0 : ub.sign ? -1 : 1;
  if (sa != sb) return sa < sb ? -1 : 1;
  int mag;
  if (ua.c == C_INF || ub.c == C_INF) mag = (ua.c == C_INF) - (ub.c == C_INF);
  else if (ua.exp != ub.exp) mag = ua.exp < ub.exp ? -1 : 1;
  else mag = ua.sig < ub.sig ? -1 : ua.sig > ub.sig;
  return sa < 0 ? -mag : mag;
}

/* ---- conversions --------------------------------------------------------- */

static unsigned from_binary(uint64_t frac, unsigned e, bool sign, int fbits, int bias,
                            unsigned emax_biased, x87_f80 *r) {
  if (e == emax_biased) {
    if (frac == 0) {
      *r = inf(sign);
      return 0;
    }
    bool snan = !((frac >> (fbits - 1)) & 1);
    *r = make(sign, 0x7fff, (1ull << 63) | (frac << (63 - fbits)) | (1ull << 62));
    return snan ? X87_IE : 0;
  }
  if (e == 0) {
    if (frac == 0) {
      *r = zero(sign);
      return 0;
    }
    int s = clz64(frac);
    int32_t exp = (1 - bias) - (s - (63 - fbits));
    *r = make(sign, (unsigned)(exp + EXT_BIAS), frac << s);
    return X87_DE;
  }
  *r = make(sign, e - (unsigned)bias + EXT_BIAS, (1ull << 63) | (frac << (63 - fbits)));
  return 0;
}

unsigned x87_from_f32(uint32_t v, x87_f80 *r) {
  return from_binary(v & 0x7fffff, (v >> 23) & 0xff, v >> 31, 23, 127, 0xff, r);
}

unsigned x87_from_f64(uint64_t v, x87_f80 *r) {
  return from_binary(v & 0xfffffffffffffull, (unsigned)(v >> 52) & 0x7ff, v >> 63, 52, 1023,
                     0x7ff, r);
}

x87_f80 x87_from_int(int64_t v) {
  if (v == 0) return zero(false);
  bool sign = v < 0;
  uint64_t m = sign ? 0 - (uint64_t)v : (uint64_t)v;
  int s = clz64(m);
  return make(sign, (unsigned)(EXT_BIAS + 63 - s), m << s);
}

static unsigned to_binary(x87_ctl k, x87_f80 a, int prec, int ebits, uint64_t *out) {
  unp ua = unpack(a);
  unsigned fl = 0;
  int bias = (1 << (ebits - 1)) - 1, fbits = prec - 1;
  uint64_t sign = (uint64_t)ua.sign << (ebits + fbits);
  uint64_t emax_field = (uint64_t)((1 << ebits) - 1) << fbits;
  switch (ua.c) {
  case C_ZERO: *out = sign; return 0;
  case C_INF: *out = sign | emax_field; return 0;
  case C_SNAN: /* stored quieted, with IE */
  case C_QNAN:
    fl = ua.c == C_SNAN ? X87_IE : 0;
    *out = sign | emax_field | (1ull << (fbits - 1)) | ((a.sig << 2) >> (65 - fbits));
    return fl;
  case C_UNSUP:
    /* the indefinite of the format */
    *out = (1ull << (ebits + fbits)) | emax_field | (1ull << (fbits - 1));
    return X87_IE;
  default: break;
  }
  fmt f = {.prec = prec, .bits = prec, .emin = 1 - bias, .emax = bias, .bias = bias};
  packed p;
  fl |= round_value(&f, k, ua.sign, ua.sig, ua.exp - 63, &p);
  uint32_t e;
  uint64_t sig;
  encode(&f, &p, &e, &sig);
  *out = sign | ((uint64_t)e << fbits) | (sig & ((1ull << fbits) - 1));
  return fl;
}

unsigned x87_to_f32(x87_ctl k, x87_f80 a, uint32_t *out) {
  uint64_t v;
  unsigned fl = to_binary(k, a, 24, 8, &v);
  *out = (uint32_t)v;
  return fl;
}

unsigned x87_to_f64(x87_ctl k, x87_f80 a, uint64_t *out) { return to_binary(k, a, 53, 11, out); }

unsigned x87_to_int(x87_ctl k, x87_f80 a, unsigned bits, int64_t *out) {
  unp ua = unpack(a);
  int64_t indefinite = (int64_t)(UINT64_MAX << (bits - 1));
  unsigned fl = 0;
  if (ua.c == C_ZERO) {
    *out = 0;
    return 0;
  }
  if (ua.c != C_FIN || ua.exp >= 64) {
    *out = indefinite;
    return X87_IE;
  }
  bool inexact, up;
  uint64_t v;
  if (ua.exp == 63) {
    v = ua.sig, inexact = up = false;
  } else {
    v = to_integer(&ua, k.rc, &inexact, &up);
  }
  uint64_t limit = (1ull << (bits - 1)) - (ua.sign ? 0 : 1);
  if (v > limit) {
    *out = indefinite;
    return fl | X87_IE;
  }
  *out = ua.sign ? (int64_t)(0 - v) : (int64_t)v;
  if (inexact) fl |= X87_PE | (up ? X87_UP : 0);
  return fl;
}
