/* Single-precision halves of the parallel FP instructions (see fppair.h). */
#include "ia64/fppair.h"

#define SIGN  0x80000000u
#define EXPF  0x7f800000u
#define MANT  0x007fffffu
#define QUIET 0x00400000u

static bool s_nan(uint32_t v) {
  return (v & EXPF) == EXPF && (v & MANT);
}
static bool s_snan(uint32_t v) {
  return s_nan(v) && !(v & QUIET);
}
static bool s_inf(uint32_t v) {
  return (v & ~SIGN) == EXPF;
}
static bool s_zero(uint32_t v) {
  return (v & ~SIGN) == 0;
}
static bool s_denormal(uint32_t v) {
  return (v & EXPF) == 0 && (v & MANT);
}

ia64_fp_model ia64_fps_model(uint64_t fpsr, unsigned sf) {
  ia64_fp_model m = ia64_fp_model_of(fpsr, sf, 24);
  m.bits = 24;
  m.emax = 127;
  m.emin = -126;
  return m;
}

/* A finite single as a register value (denormals unnormalized). */
static ia64_fr unpack(uint32_t v) {
  uint32_t e = (v & EXPF) >> 23;
  uint64_t sig = (uint64_t)((e ? 1u << 23 : 0) | (v & MANT)) << 40;
  return (ia64_fr){
      .sig = sig, .exp = (uint32_t)((int)(e ? e : 1) - 127 + IA64_FR_BIAS), .sign = v >> 31};
}

/* A value rounded to the single model back to its format. A trapped
 * overflow or underflow keeps the low 8 bits of its exponent
 * (unconfirmed). */
static uint32_t pack(ia64_fr f) {
  uint32_t sign = (uint32_t)f.sign << 31;
  if (f.exp == IA64_FR_EXP_MAX) return sign | EXPF;
  if (f.sig == 0) return sign;
  int e = (int)f.exp - IA64_FR_BIAS + 127;
  uint32_t mant = (uint32_t)(f.sig >> 40);
  if (!(f.sig >> 63)) return sign | mant; /* a denormal at the minimum exponent */
  return sign | ((uint32_t)e & 0xff) << 23 | (mant & MANT);
}

uint32_t ia64_fps_mul_add(uint32_t a, uint32_t b, uint32_t d, unsigned kind, bool multiply,
                          const ia64_fp_model *m, unsigned *raised) {
  if (s_nan(a) || s_nan(b) || s_nan(d)) {
    if (s_snan(a) || s_snan(b) || s_snan(d)) *raised |= IA64_FPE_V;
    /* the first NaN in the order f4, f2, f3, as the scalar fma */
    return (s_nan(b) ? b : s_nan(d) ? d : a) | QUIET;
  }
  if (s_denormal(a) || s_denormal(b) || s_denormal(d)) *raised |= IA64_FPE_D;
  bool psign = ((a ^ b) >> 31) ^ (kind == IA64_FPS_NMA);
  bool dsign = (d >> 31) ^ (kind == IA64_FPS_MS);
  if (s_inf(a) || s_inf(b) || s_inf(d)) {
    bool pinf = s_inf(a) || s_inf(b);
    if ((pinf && (s_zero(a) || s_zero(b))) || (pinf && s_inf(d) && psign != dsign)) {
      *raised = IA64_FPE_V;
      return 0xffc00000u; /* the single QNaN indefinite */
    }
    return (uint32_t)(pinf ? psign : dsign) << 31 | EXPF;
  }
  ia64_fr fd = unpack(d);
  fd.sign = dsign;
  ia64_fp_wide w;
  bool zsign;
  if (!ia64_fp_mul_add(unpack(a), unpack(b), fd, kind == IA64_FPS_NMA, m->rc, &w, &zsign)) {
    if (multiply && (s_zero(a) || s_zero(b))) zsign = psign;
    return (uint32_t)zsign << 31;
  }
  return pack(ia64_fp_round(w, m, raised));
}

/* The order of two non-NaN singles: by value (both zeros equal) or magnitude. */
static int order(uint32_t a, uint32_t b, bool magnitudes) {
  int64_t ka = a & ~SIGN, kb = b & ~SIGN;
  if (!magnitudes) {
    if (a & SIGN) ka = -ka;
    if (b & SIGN) kb = -kb;
  }
  return (ka > kb) - (ka < kb);
}

bool ia64_fps_compare(uint32_t a, uint32_t b, unsigned rel, unsigned *raised) {
  bool unordered = s_nan(a) || s_nan(b);
  unsigned base = rel & 3;
  /* an SNaN is invalid; any NaN for the ordered lt, le and their negations */
  if (s_snan(a) || s_snan(b) || (unordered && (base == IA64_FPS_LT || base == IA64_FPS_LE)))
    *raised |= IA64_FPE_V;
  else if (!unordered && (s_denormal(a) || s_denormal(b)))
    *raised |= IA64_FPE_D;
  int o = unordered ? 0 : order(a, b, false);
  bool r = base == IA64_FPS_UNORD ? unordered
                                  : !unordered && (base == IA64_FPS_EQ   ? o == 0
                                                   : base == IA64_FPS_LT ? o < 0
                                                                         : o <= 0);
  return rel >= IA64_FPS_NEQ ? !r : r;
}

uint32_t ia64_fps_minmax(uint32_t a, uint32_t b, bool max, bool magnitudes, unsigned *raised) {
  if (s_nan(a) || s_nan(b)) {
    *raised |= IA64_FPE_V; /* as fpcmp.lt */
    return b;
  }
  if (s_denormal(a) || s_denormal(b)) *raised |= IA64_FPE_D;
  int o = order(a, b, magnitudes);
  return (max ? o > 0 : o < 0) ? a : b;
}

ia64_fp_outcome ia64_fp_decide_pair(uint64_t fpsr, unsigned sf, unsigned hi, unsigned lo) {
  ia64_fp_outcome h = ia64_fp_decide(fpsr, sf, hi), l = ia64_fp_decide(fpsr, sf, lo);
  ia64_fp_outcome out = {.fault = (uint16_t)(l.fault | h.fault << 4)};
  if (out.fault) return out;
  out.flags = h.flags | l.flags;
  if (h.trap || l.trap)
    out.trap = (uint16_t)(IA64_TRAP_FP | (l.trap & 0x7800) | (h.trap & 0x7800) >> 4);
  return out;
}

uint32_t ia64_fps_to_int(uint32_t a, bool is_unsigned, unsigned rc, unsigned *raised) {
  const uint32_t indefinite = SIGN;
  if (s_nan(a) || s_inf(a)) {
    *raised |= IA64_FPE_V;
    return indefinite;
  }
  unsigned r = s_denormal(a) ? IA64_FPE_D : 0;
  uint64_t v = ia64_fp_to_int(unpack(a), is_unsigned, rc, &r);
  bool fits = !(r & IA64_FPE_V) &&
              (is_unsigned ? v <= UINT32_MAX : (int64_t)v >= INT32_MIN && (int64_t)v <= INT32_MAX);
  if (!fits) {
    *raised |= IA64_FPE_V;
    return indefinite;
  }
  *raised |= r;
  return (uint32_t)v;
}
