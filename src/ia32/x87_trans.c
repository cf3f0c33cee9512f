/* The x87 transcendental instructions in software (see x87_float.h): the
 * functions are evaluated by series in a 128-bit-significand format, far
 * more precisely than the last place of the result, then rounded once.
 * FSIN, FCOS, FSINCOS and FPTAN reduce their argument by a 66-bit pi as the
 * x87 does (Intel SDM vol. 1 8.3.10). */
#include "x87_float.h"

typedef unsigned __int128 u128;

/* sig * 2^(exp - 127), sig normalized (bit 127 set), or zero (sig 0). */
typedef struct wide {
  bool sign;
  int32_t exp;
  u128 sig;
} wide;

static int clz128(u128 v) {
  uint64_t hi = (uint64_t)(v >> 64);
  return hi ? __builtin_clzll(hi) : 64 + __builtin_clzll((uint64_t)v);
}

/* m * 2^e0 */
static wide w_make(bool sign, int32_t e0, u128 m) {
  if (m == 0) return (wide){sign, 0, 0};
  int lz = clz128(m);
  return (wide){sign, e0 - lz + 127, m << lz};
}

static wide w_int(int64_t v) {
  return w_make(v < 0, 0, v < 0 ? 0 - (uint64_t)v : (uint64_t)v);
}

static wide w_of(x87_f80 a) { /* a finite value; a pseudo-denormal counts as exponent 1 */
  unsigned e = a.se & 0x7fff;
  return w_make(x87_sign(a), (e ? (int32_t)e : 1) - 16383 - 63, a.sig);
}

static wide w_neg(wide a) { return (wide){!a.sign, a.exp, a.sig}; }

static wide w_mul(wide a, wide b) {
  if (!a.sig || !b.sig) return (wide){a.sign ^ b.sign, 0, 0};
  const u128 m64 = UINT64_MAX;
  uint64_t ah = (uint64_t)(a.sig >> 64), al = (uint64_t)a.sig;
  uint64_t bh = (uint64_t)(b.sig >> 64), bl = (uint64_t)b.sig;
  u128 hl = (u128)ah * bl, lh = (u128)al * bh, ll = (u128)al * bl;
  u128 mid = (hl & m64) + (lh & m64) + (ll >> 64);
  u128 hi = (u128)ah * bh + (hl >> 64) + (lh >> 64) + (mid >> 64);
  return w_make(a.sign ^ b.sign, a.exp + b.exp - 126, hi);
}

static wide w_add(wide a, wide b) {
  if (!b.sig) return a;
  if (!a.sig) return b;
  if (a.exp < b.exp || (a.exp == b.exp && a.sig < b.sig)) {
    wide t = a;
    a = b, b = t;
  }
  int32_t d = a.exp - b.exp;
  u128 ma = a.sig >> 1, mb = d >= 127 ? 0 : (b.sig >> 1) >> d;
  return w_make(a.sign, a.exp - 126, a.sign == b.sign ? ma + mb : ma - mb);
}

static wide w_sub(wide a, wide b) { return w_add(a, w_neg(b)); }

/* Long division, one quotient bit per step. */
static wide w_div(wide a, wide b) {
  if (!a.sig) return (wide){a.sign ^ b.sign, 0, 0};
  u128 n = a.sig, q = 0;
  bool carry = false;
  for (int i = 127; i >= 0; i--) {
    if (carry || n >= b.sig) {
      n -= b.sig;
      q |= (u128)1 << i;
    }
    carry = n >> 127;
    n <<= 1;
  }
  return w_make(a.sign ^ b.sign, a.exp - b.exp - 127, q);
}

static bool negligible(wide term, wide sum) { return !term.sig || term.exp < sum.exp - 130; }

/* t + q t^3/3 + q^2 t^5/5 + ... with q = t2 / t^2: atanh(t) for t2 = t^2,
 * atan(t) for t2 = -t^2 (|t| small) */
static wide w_odd_series(wide t, wide t2) {
  wide term = t, sum = t;
  for (int k = 3; k < 400; k += 2) {
    term = w_mul(term, t2);
    wide add = w_div(term, w_int(k));
    if (negligible(add, sum)) break;
    sum = w_add(sum, add);
  }
  return sum;
}

static wide w_atanh(wide t) { return w_odd_series(t, w_mul(t, t)); }

/* |t| <= 0.2 */
static wide w_atan_series(wide t) { return w_odd_series(t, w_neg(w_mul(t, t))); }

/* e^z - 1 = z + z^2/2! + ... (|z| < 1) */
static wide w_expm1(wide z) {
  wide term = z, sum = z;
  for (int n = 2; n < 200; n++) {
    term = w_div(w_mul(term, z), w_int(n));
    if (negligible(term, sum)) break;
    sum = w_add(sum, term);
  }
  return sum;
}

/* sin r and cos r, |r| <= pi/4 */
static void w_sincos(wide r, wide *s, wide *c) {
  wide r2 = w_neg(w_mul(r, r)), term = r, sum = r;
  for (int n = 2; n < 200; n += 2) {
    term = w_div(w_mul(term, r2), w_int(n * (n + 1)));
    if (negligible(term, sum)) break;
    sum = w_add(sum, term);
  }
  *s = sum;
  term = w_int(1), sum = term;
  for (int n = 1; n < 200; n += 2) {
    term = w_div(w_mul(term, r2), w_int(n * (n + 1)));
    if (negligible(term, sum)) break;
    sum = w_add(sum, term);
  }
  *c = sum;
}

/* sqrt by Newton's iteration from 1 */
static wide w_sqrt(wide v) {
  wide s = {false, v.exp / 2, (u128)1 << 127};
  for (int i = 0; i < 12; i++) s = w_div(w_add(s, w_div(v, s)), w_int(2));
  return s;
}

/* pi and ln 2 to 128 bits; log2(e) */
static const wide PI = {false, 1, (u128)0xc90fdaa22168c234ull << 64 | 0xc4c6628b80dc1cd1ull};
static const wide LN2 = {false, -1, (u128)0xb17217f7d1cf79abull << 64 | 0xc9e3b39803f2f6afull};
static const wide LOG2E = {false, 0, (u128)0xb8aa3b295c17f0bbull << 64 | 0xbe87fed0691d3e88ull};

static x87_ctl full(x87_ctl k) {
  k.prec = 64; /* not affected by PC */
  return k;
}

static unsigned round_wide(x87_ctl k, wide w, x87_f80 *r) {
  /* the series leave their error far below bit 0: round as if exact, but
   * never call an approximation exact */
  unsigned fl = x87_round(full(k), w.sign, w.sig | (w.sig ? 1 : 0), w.exp - 127, r);
  return fl | (w.sig ? X87_PE : 0);
}

static bool special(x87_f80 a) {
  x87_class c = x87_classify(a);
  return c == X87_NAN || c == X87_UNSUPPORTED;
}
static unsigned denormal(x87_f80 a) { return x87_classify(a) == X87_DENORMAL ? X87_DE : 0; }
static bool is_zero(x87_f80 a) { return x87_classify(a) == X87_ZERO; }
static bool is_inf(x87_f80 a) { return x87_classify(a) == X87_INFINITY; }
static x87_f80 inf_of(bool sign) { return (x87_f80){1ull << 63, (uint16_t)(sign ? 0xffff : 0x7fff)}; }
static x87_f80 zero_of(bool sign) { return (x87_f80){0, (uint16_t)(sign ? 0x8000 : 0)}; }

/* ---- FSIN, FCOS, FSINCOS, FPTAN ------------------------------------------ */

/* |a| = q * pi66/2 + r, |r| <= pi66/4, with the 66-bit pi; r exact. */
static void reduce(x87_f80 a, uint64_t *q, wide *r) {
  /* pi66/2 = P * 2^-65, P = the 66 high bits of pi rounded (vol. 1 8.3.10) */
  const u128 p = (u128)0xc90fdaa22168c234ull << 2 | 3; /* then c4c6...: bits 11, then 0 */
  int32_t e = (a.se & 0x7fff) - 16383; /* < 63 here */
  if (e < -1) { /* |a| < 1/2: no reduction */
    *q = 0;
    *r = w_of(x87_abs(a));
    return;
  }
  u128 x = (u128)a.sig << (e + 2); /* |a| in units of 2^-65 */
  uint64_t k = (uint64_t)(x / p);
  u128 rem = x - (u128)k * p;
  if (rem > p / 2) rem = p - rem, k++, *r = w_make(true, -65, rem);
  else *r = w_make(false, -65, rem);
  *q = k;
}

static unsigned sincos_core(x87_f80 a, wide *s, wide *c, bool *out_of_range) {
  *out_of_range = (a.se & 0x7fff) >= 16383 + 63;
  if (*out_of_range) return 0;
  uint64_t q;
  wide r, sr, cr;
  reduce(a, &q, &r);
  w_sincos(r, &sr, &cr);
  switch (q & 3) {
  case 0: *s = sr, *c = cr; break;
  case 1: *s = cr, *c = w_neg(sr); break;
  case 2: *s = w_neg(sr), *c = w_neg(cr); break;
  default: *s = w_neg(cr), *c = sr; break;
  }
  if (x87_sign(a)) *s = w_neg(*s);
  return denormal(a);
}

unsigned x87_sincos(x87_ctl k, x87_f80 a, x87_f80 *sin, x87_f80 *cos, bool *out_of_range) {
  *out_of_range = false;
  if (special(a)) {
    unsigned fl = x87_add(k, a, a, sin);
    *cos = *sin;
    return fl;
  }
  if (is_inf(a)) {
    *sin = *cos = x87_indefinite;
    return X87_IE;
  }
  if (is_zero(a)) {
    *sin = a, *cos = (x87_f80){1ull << 63, 0x3fff};
    return 0;
  }
  wide s, c;
  unsigned fl = sincos_core(a, &s, &c, out_of_range);
  if (*out_of_range) return 0;
  x87_f80 rs, rc;
  unsigned fs = round_wide(k, s, &rs), fc = round_wide(k, c, &rc);
  *sin = rs, *cos = rc;
  return fl | ((fs | fc) & ~(unsigned)X87_UP) | (fs & X87_UP);
}

unsigned x87_tan(x87_ctl k, x87_f80 a, x87_f80 *r, bool *out_of_range) {
  *out_of_range = false;
  if (special(a)) return x87_add(k, a, a, r);
  if (is_inf(a)) {
    *r = x87_indefinite;
    return X87_IE;
  }
  if (is_zero(a)) {
    *r = a;
    return 0;
  }
  wide s, c;
  unsigned fl = sincos_core(a, &s, &c, out_of_range);
  if (*out_of_range) return 0;
  return fl | round_wide(k, w_div(s, c), r);
}

/* ---- F2XM1, FYL2X, FYL2XP1, FPATAN ---------------------------------------- */

unsigned x87_f2xm1(x87_ctl k, x87_f80 a, x87_f80 *r) {
  if (special(a)) return x87_add(k, a, a, r);
  if (is_zero(a)) {
    *r = a;
    return 0;
  }
  if (is_inf(a)) { /* vol. 2 F2XM1: -inf gives -1, +inf itself */
    *r = x87_sign(a) ? (x87_f80){1ull << 63, 0xbfff} : a;
    return 0;
  }
  if ((a.se & 0x7fff) == 16383 && a.sig == 1ull << 63) { /* +-1: exact */
    *r = x87_sign(a) ? (x87_f80){1ull << 63, 0xbffe} : (x87_f80){1ull << 63, 0x3fff};
    return 0;
  }
  return denormal(a) | round_wide(k, w_expm1(w_mul(w_of(a), LN2)), r);
}

/* log2 of a finite positive x as a wide value (exact 0 for x = 1). */
static wide w_log2(x87_f80 x) {
  wide w = w_of(x);
  int32_t e = w.exp;
  w.exp = 0; /* m in [1, 2) */
  const wide sqrt2 = {false, 0, (u128)0xb504f333f9de6484ull << 64 | 0x597d89b3754abe9full};
  if (w.sig > sqrt2.sig) w.exp = -1, e++;
  wide one = w_int(1);
  wide t = w_div(w_sub(w, one), w_add(w, one));
  wide l = w_mul(w_mul(w_atanh(t), w_int(2)), LOG2E);
  return w_add(w_int(e), l);
}

unsigned x87_yl2x(x87_ctl k, x87_f80 y, x87_f80 x, bool plus1, x87_f80 *r) {
  if (special(x) || special(y)) return x87_add(k, y, x, r);
  unsigned fl = denormal(x) | denormal(y);
  bool sy = x87_sign(y);
  if (!plus1) {
    /* vol. 2 FYL2X table */
    if (x87_sign(x) && !is_zero(x)) {
      *r = x87_indefinite;
      return X87_IE;
    }
    if (is_zero(x)) {
      if (is_zero(y)) {
        *r = x87_indefinite;
        return X87_IE;
      }
      *r = inf_of(!sy); /* y * -inf */
      return is_inf(y) ? 0 : fl | X87_ZE;
    }
    bool one = (x.se & 0x7fff) == 16383 && x.sig == 1ull << 63;
    if (is_inf(x) || one) {
      if ((is_inf(x) && is_zero(y)) || (one && is_inf(y))) {
        *r = x87_indefinite;
        return X87_IE;
      }
      *r = is_inf(x) ? inf_of(sy) : zero_of(sy);
      return fl;
    }
    if (x.sig == 1ull << 63 && !is_inf(y) && !is_zero(y)) /* a power of two: exact */
      return fl | x87_mul(full(k), y, x87_from_int((int32_t)(x.se & 0x7fff) - 16383), r);
    wide l = w_log2(x);
    if (is_inf(y)) {
      *r = inf_of(sy ^ l.sign);
      return fl;
    }
    if (is_zero(y)) {
      *r = zero_of(sy ^ l.sign);
      return fl;
    }
    return fl | round_wide(k, w_mul(w_of(y), l), r);
  }
  /* FYL2XP1: y * log2(1 + x), |x| < 1 - sqrt(2)/2 */
  if (is_inf(x)) {
    *r = x87_indefinite;
    return X87_IE;
  }
  if (is_zero(x)) {
    if (is_inf(y)) {
      *r = x87_indefinite;
      return X87_IE;
    }
    *r = zero_of(sy ^ x87_sign(x));
    return fl;
  }
  if (is_inf(y)) {
    *r = inf_of(sy ^ x87_sign(x));
    return fl;
  }
  if (is_zero(y)) {
    *r = zero_of(sy ^ x87_sign(x));
    return fl;
  }
  wide wx = w_of(x);
  wide t = w_div(wx, w_add(w_int(2), wx)); /* ln(1 + x) = 2 atanh(x / (2 + x)) */
  wide l = w_mul(w_mul(w_atanh(t), w_int(2)), LOG2E);
  return fl | round_wide(k, w_mul(w_of(y), l), r);
}

/* atan(t) for 0 <= t <= 1: halve the angle twice, then the series. */
static wide w_atan(wide t) {
  wide one = w_int(1);
  for (int i = 0; i < 2; i++) t = w_div(t, w_add(one, w_sqrt(w_add(one, w_mul(t, t)))));
  return w_mul(w_atan_series(t), w_int(4));
}

unsigned x87_atan2(x87_ctl k, x87_f80 y, x87_f80 x, x87_f80 *r) {
  if (special(x) || special(y)) return x87_add(k, y, x, r);
  unsigned fl = denormal(x) | denormal(y);
  bool sy = x87_sign(y), sx = x87_sign(x);
  wide half_pi = {false, 0, PI.sig}, a;
  /* vol. 2 FPATAN table: zeros and infinities */
  if (is_zero(y) && !is_zero(x) && !is_inf(x)) {
    if (!sx) {
      *r = zero_of(sy);
      return fl;
    }
    a = PI;
  } else if (is_zero(y)) {
    if (is_zero(x) && !sx) {
      *r = zero_of(sy);
      return fl;
    }
    if (is_inf(x) && !sx) {
      *r = zero_of(sy);
      return fl;
    }
    a = PI;
  } else if (is_inf(y)) {
    a = is_inf(x) ? (sx ? w_mul(PI, w_div(w_int(3), w_int(4))) : w_div(PI, w_int(4))) : half_pi;
  } else if (is_zero(x)) {
    a = half_pi;
  } else if (is_inf(x)) {
    if (!sx) {
      *r = zero_of(sy);
      return fl;
    }
    a = PI;
  } else {
    wide wy = w_of(x87_abs(y)), wx = w_of(x87_abs(x));
    if (wy.exp > wx.exp || (wy.exp == wx.exp && wy.sig > wx.sig))
      a = w_sub(half_pi, w_atan(w_div(wx, wy)));
    else
      a = w_atan(w_div(wy, wx));
    if (sx) a = w_sub(PI, a);
  }
  a.sign = sy;
  return fl | round_wide(k, a, r);
}
