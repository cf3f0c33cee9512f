/* Floating point: the subset compilers emit for integer multiply and
 * divide and for moving FP data (Itanium SDM vol. 1 chapter 5, vol. 3 fma,
 * fms, fnma, frcpa, fcvt, fmerge, fcmp, fclass, xma, ...), with the IEEE
 * conditions each raises: flags in the status field, Floating-point Fault
 * (v, d, z) and Trap (o, u, i) when enabled (fpstatus.c decides).
 *
 * fma/fms/fnma compute the exact a * b + c in integers (fpstatus.c) and
 * round it once into the status field's model, any 17-bit exponent
 * included. frcpa uses the SDM's table; conversions and comparisons work on the
 * register fields too: no host floating point is involved. */
#include "ia64/fpstatus.h"
#include "ia64/interp.h"

#define H(name) static int h_##name(vtsim_engine *e, ia64_cpu *c, const ia64_xinsn *x)

/* ---- register format <-> memory formats ------------------------------------------------- */

static bool fr_is_nan(ia64_fr f) { return f.exp == IA64_FR_EXP_MAX && (f.sig << 1) != 0; }
static bool fr_is_inf(ia64_fr f) { return f.exp == IA64_FR_EXP_MAX && (f.sig << 1) == 0; }

/* Memory formats (vol. 1 5.1.3, Figures 5-3 to 5-8). */
static ia64_fr from_ieee(uint64_t v, unsigned ebits, unsigned mbits) {
  uint64_t m = v & ((1ull << mbits) - 1), emax = (1ull << ebits) - 1;
  uint64_t e = (v >> mbits) & emax;
  int bias = (int)(emax >> 1);
  ia64_fr f = {.sign = (v >> (ebits + mbits)) & 1};
  unsigned shift = 63 - mbits;
  if (e == emax) {
    f.exp = IA64_FR_EXP_MAX;
    f.sig = 1ull << 63 | m << shift;
  } else if (e == 0) {
    if (m) { /* denormal: kept unnormalized with the minimum exponent */
      f.exp = (uint32_t)(IA64_FR_BIAS + 1 - bias);
      f.sig = m << shift;
    }
  } else {
    f.exp = (uint32_t)((int)e - bias + IA64_FR_BIAS);
    f.sig = 1ull << 63 | m << shift;
  }
  return f;
}

static uint64_t to_ieee(ia64_fr f, unsigned ebits, unsigned mbits) {
  uint64_t emax = (1ull << ebits) - 1;
  int bias = (int)(emax >> 1);
  uint64_t sign = (uint64_t)f.sign << (ebits + mbits), e, m;
  unsigned shift = 63 - mbits;
  if (f.exp == IA64_FR_EXP_MAX) {
    e = emax;
    m = (f.sig >> shift) & ((1ull << mbits) - 1);
  } else if (f.sig == 0) {
    e = m = 0;
  } else {
    /* normalize, then place in the format (denormal if below its range) */
    int lz = __builtin_clzll(f.sig);
    uint64_t sig = f.sig << lz;
    int ex = (int)f.exp - IA64_FR_BIAS - lz + bias;
    if (ex >= (int)emax) {
      e = emax;
      m = 0;
    } else if (ex <= 0) {
      unsigned sh = (unsigned)(shift + 1 - ex);
      e = 0;
      m = sh >= 64 ? 0 : sig >> sh;
    } else {
      e = (uint64_t)ex;
      m = (sig >> shift) & ((1ull << mbits) - 1);
    }
  }
  return sign | e << mbits | m;
}

ia64_fr ia64_fr_from_mem(const uint8_t *b, unsigned kind) {
  uint64_t lo;
  memcpy(&lo, b, 8);
  switch (kind) {
  case IA64_FMEM_S: {
    uint32_t v;
    memcpy(&v, b, 4);
    return from_ieee(v, 8, 23);
  }
  case IA64_FMEM_D:
    return from_ieee(lo, 11, 52);
  case IA64_FMEM_8:
    return (ia64_fr){.sig = lo, .exp = IA64_FR_EXP_INT};
  case IA64_FMEM_E: {
    uint16_t se;
    memcpy(&se, b + 8, 2);
    unsigned e = se & 0x7fff;
    ia64_fr f = {.sig = lo, .sign = se >> 15};
    f.exp = e == 0x7fff ? IA64_FR_EXP_MAX
            : e == 0    ? (lo ? 0xC001u : 0u)
                        : e - 16383u + IA64_FR_BIAS;
    return f;
  }
  default: { /* spill format: significand, then sign and exponent */
    uint64_t hi;
    memcpy(&hi, b + 8, 8);
    return (ia64_fr){.sig = lo, .exp = hi & 0x1ffff, .sign = (hi >> 17) & 1};
  }
  }
}

void ia64_fr_to_mem(ia64_fr f, uint8_t *b, unsigned kind) {
  uint64_t v;
  switch (kind) {
  case IA64_FMEM_S: {
    uint32_t w = (uint32_t)to_ieee(f, 8, 23);
    memcpy(b, &w, 4);
    break;
  }
  case IA64_FMEM_D:
    v = to_ieee(f, 11, 52);
    memcpy(b, &v, 8);
    break;
  case IA64_FMEM_8:
    memcpy(b, &f.sig, 8);
    break;
  case IA64_FMEM_E: {
    int e = f.exp == IA64_FR_EXP_MAX ? 0x7fff
            : f.exp == 0             ? 0
                                     : (int)f.exp - IA64_FR_BIAS + 16383;
    if (e < 0) e = 0;
    if (e > 0x7fff) e = 0x7fff;
    uint16_t se = (uint16_t)(f.sign << 15 | e);
    memcpy(b, &f.sig, 8);
    memcpy(b + 8, &se, 2);
    break;
  }
  default:
    memcpy(b, &f.sig, 8);
    v = (uint64_t)f.exp | (uint64_t)f.sign << 17;
    memcpy(b + 8, &v, 8);
    break;
  }
}

/* ---- status fields --------------------------------------------------------------------- */

/* Controls of status field sf in FPSR (vol. 1 Figure 5-11): 13 bits each
 * from bit 6; within them pc at 3:2 and rc at 5:4. */
static unsigned sf_controls(const ia64_cpu *c, unsigned sf) {
  return (unsigned)(c->ar[IA64_AR_FPSR] >> (6 + 13 * sf)) & 0x7f;
}

static int set_fr(ia64_cpu *c, unsigned f, ia64_fr v) {
  if (f < 2) return ia64_illegal(c); /* f0 and f1 are constants */
  *ia64_frp(c, f) = v;
  c->psr |= f < 32 ? IA64_PSR_MFL : IA64_PSR_MFH;
  return IA64_OK;
}

/* ---- IEEE conditions (vol. 1 5.4) ------------------------------------------------------- */

static bool fr_is_snan(ia64_fr f) { return fr_is_nan(f) && !(f.sig >> 62 & 1); }
/* A zero significand of any exponent (vol. 1 Table 5-2: zeros, pseudo-zeros). */
static bool fr_sig_zero(ia64_fr f) { return f.exp != IA64_FR_EXP_MAX && f.sig == 0; }
/* Denormals and unnormals, pseudo-zeros included: the d condition (vol. 1 5.4). */
static bool fr_is_unorm(ia64_fr f) {
  return f.exp != IA64_FR_EXP_MAX && !(f.sig >> 63) && (f.sig || f.exp);
}
static ia64_fr quieted(ia64_fr f) {
  f.sig |= 1ull << 62;
  return f;
}
/* The QNaN indefinite (vol. 1 5.1) of an invalid operation. */
static const ia64_fr fr_indefinite = {.sig = 0xC000000000000000ull, .exp = IA64_FR_EXP_MAX,
                                      .sign = 1};

/* ISR.code of a fault: the v/d/z bits; the trap is delivered after the
 * instruction (interp.c after_insn). */
int ia64_fp_apply(ia64_cpu *c, unsigned sf, ia64_fp_outcome o) {
  if (o.fault) {
    ia64_raise(c, IA64_F_FP);
    c->fault.isr = o.fault;
    return IA64_FAULT;
  }
  c->ar[IA64_AR_FPSR] |= (uint64_t)o.flags << ia64_fp_flags_shift(sf);
  if (o.trap) {
    c->fp_trap = o.trap;
    c->attn = 1;
  }
  return IA64_OK;
}

/* The conditions an instruction raised, under its status field. */
static int fp_conditions(ia64_cpu *c, const ia64_xinsn *x, unsigned raised) {
  return ia64_fp_apply(c, x->in.sf, ia64_fp_decide(c->ar[IA64_AR_FPSR], x->in.sf, raised));
}

/* Write f1 = v after the conditions (f0/f1 targets fault first). */
static int fp_result(ia64_cpu *c, const ia64_xinsn *x, ia64_fr v, unsigned raised) {
  if (x->in.f1 < 2) return ia64_illegal(c);
  if (IA64_UNLIKELY(raised) && fp_conditions(c, x, raised)) return IA64_FAULT;
  return set_fr(c, x->in.f1, v);
}

/* ---- arithmetic --------------------------------------------------------------------------- */

enum { FMA, FMS, FNMA };

/* fma/fms/fnma: f1 = +-(f3 * f4) +- f2; p0 kind, p1 precision bits (0: sf.pc).
 * An SNaN is invalid, so are 0 * inf and inf - inf (vol. 3 fma); f2 = f0
 * is an IEEE multiply. unconfirmed: NaN operands give the (quieted) result
 * in the order f4, f2, f3, and only a true zero (exponent 0) times inf is
 * invalid, as Ski has it (the SDM's fma_exception_fault_check not found). */
H(fma) {
  (void)e;
  ia64_fr a = ia64_fr_get(c, x->in.f3), b = ia64_fr_get(c, x->in.f4), d = ia64_fr_get(c, x->in.f2);
  if (ia64_fr_is_natval(a) || ia64_fr_is_natval(b) || ia64_fr_is_natval(d))
    return set_fr(c, x->in.f1, ia64_natval());
  if (IA64_UNLIKELY(fr_is_nan(a) || fr_is_nan(b) || fr_is_nan(d))) {
    unsigned raised = fr_is_snan(a) || fr_is_snan(b) || fr_is_snan(d) ? IA64_FPE_V : 0;
    return fp_result(c, x, quieted(fr_is_nan(b) ? b : fr_is_nan(d) ? d : a), raised);
  }
  unsigned raised = fr_is_unorm(a) || fr_is_unorm(b) || fr_is_unorm(d) ? IA64_FPE_D : 0;
  bool psign = a.sign ^ b.sign ^ (x->p0 == FNMA), dsign = d.sign ^ (x->p0 == FMS);
  if (IA64_UNLIKELY(fr_is_inf(a) || fr_is_inf(b) || fr_is_inf(d))) {
    bool pinf = fr_is_inf(a) || fr_is_inf(b);
    bool zero_times_inf = pinf && ((a.exp == 0 && a.sig == 0) || (b.exp == 0 && b.sig == 0));
    if (zero_times_inf || (pinf && fr_is_inf(d) && psign != dsign))
      return fp_result(c, x, fr_indefinite, IA64_FPE_V);
    ia64_fr inf = {.sig = 1ull << 63, .exp = IA64_FR_EXP_MAX, .sign = pinf ? psign : dsign};
    return fp_result(c, x, inf, raised);
  }
  ia64_fp_model m = ia64_fp_model_of(c->ar[IA64_AR_FPSR], x->in.sf, x->p1);
  if (x->p0 == FMS) d.sign ^= 1;
  ia64_fp_wide w;
  bool zsign;
  if (!ia64_fp_mul_add(a, b, d, x->p0 == FNMA, m.rc, &w, &zsign)) {
    /* an exact zero; a multiply (f2 = f0) keeps the product's sign */
    if (x->in.f2 == 0 && (fr_sig_zero(a) || fr_sig_zero(b))) zsign = psign;
    return fp_result(c, x, (ia64_fr){.sign = zsign}, raised);
  }
  ia64_fr out = ia64_fp_round(w, &m, &raised);
  return fp_result(c, x, out, raised);
}

/* xma.l/.h/.hu: 64x64+64 integer multiply-add on significands (vol. 3 xma) */
H(xma) {
  (void)e;
  ia64_fr a = ia64_fr_get(c, x->in.f3), b = ia64_fr_get(c, x->in.f4), d = ia64_fr_get(c, x->in.f2);
  if (ia64_fr_is_natval(a) || ia64_fr_is_natval(b) || ia64_fr_is_natval(d))
    return set_fr(c, x->in.f1, ia64_natval());
  uint64_t v;
  if (x->p0 == 0) {
    v = a.sig * b.sig + d.sig;
  } else if (x->p0 == 1) {
    __int128 p = (__int128)(int64_t)a.sig * (int64_t)b.sig + (int64_t)d.sig;
    v = (uint64_t)(p >> 64);
  } else {
    unsigned __int128 p = (unsigned __int128)a.sig * b.sig + d.sig;
    v = (uint64_t)(p >> 64);
  }
  return set_fr(c, x->in.f1, (ia64_fr){.sig = v, .exp = IA64_FR_EXP_INT});
}

/* frcpa's reciprocal table, indexed by significand bits 62:55 of the
 * divisor (vol. 3 frcpa, "fp_ieee_recip"): 10-bit fractions below 1. */
static const uint16_t recip_table[256] = {
    0x3fc, 0x3f4, 0x3ec, 0x3e4, 0x3dd, 0x3d5, 0x3cd, 0x3c6, 0x3be, 0x3b7, 0x3af, 0x3a8, 0x3a1,
    0x399, 0x392, 0x38b, 0x384, 0x37d, 0x376, 0x36f, 0x368, 0x361, 0x35b, 0x354, 0x34d, 0x346,
    0x340, 0x339, 0x333, 0x32c, 0x326, 0x320, 0x319, 0x313, 0x30d, 0x307, 0x300, 0x2fa, 0x2f4,
    0x2ee, 0x2e8, 0x2e2, 0x2dc, 0x2d7, 0x2d1, 0x2cb, 0x2c5, 0x2bf, 0x2ba, 0x2b4, 0x2af, 0x2a9,
    0x2a3, 0x29e, 0x299, 0x293, 0x28e, 0x288, 0x283, 0x27e, 0x279, 0x273, 0x26e, 0x269, 0x264,
    0x25f, 0x25a, 0x255, 0x250, 0x24b, 0x246, 0x241, 0x23c, 0x237, 0x232, 0x22e, 0x229, 0x224,
    0x21f, 0x21b, 0x216, 0x211, 0x20d, 0x208, 0x204, 0x1ff, 0x1fb, 0x1f6, 0x1f2, 0x1ed, 0x1e9,
    0x1e5, 0x1e0, 0x1dc, 0x1d8, 0x1d4, 0x1cf, 0x1cb, 0x1c7, 0x1c3, 0x1bf, 0x1bb, 0x1b6, 0x1b2,
    0x1ae, 0x1aa, 0x1a6, 0x1a2, 0x19e, 0x19a, 0x197, 0x193, 0x18f, 0x18b, 0x187, 0x183, 0x17f,
    0x17c, 0x178, 0x174, 0x171, 0x16d, 0x169, 0x166, 0x162, 0x15e, 0x15b, 0x157, 0x154, 0x150,
    0x14d, 0x149, 0x146, 0x142, 0x13f, 0x13b, 0x138, 0x134, 0x131, 0x12e, 0x12a, 0x127, 0x124,
    0x120, 0x11d, 0x11a, 0x117, 0x113, 0x110, 0x10d, 0x10a, 0x107, 0x103, 0x100, 0x0fd, 0x0fa,
    0x0f7, 0x0f4, 0x0f1, 0x0ee, 0x0eb, 0x0e8, 0x0e5, 0x0e2, 0x0df, 0x0dc, 0x0d9, 0x0d6, 0x0d3,
    0x0d0, 0x0cd, 0x0ca, 0x0c8, 0x0c5, 0x0c2, 0x0bf, 0x0bc, 0x0b9, 0x0b7, 0x0b4, 0x0b1, 0x0ae,
    0x0ac, 0x0a9, 0x0a6, 0x0a4, 0x0a1, 0x09e, 0x09c, 0x099, 0x096, 0x094, 0x091, 0x08e, 0x08c,
    0x089, 0x087, 0x084, 0x082, 0x07f, 0x07c, 0x07a, 0x077, 0x075, 0x073, 0x070, 0x06e, 0x06b,
    0x069, 0x066, 0x064, 0x061, 0x05f, 0x05d, 0x05a, 0x058, 0x056, 0x053, 0x051, 0x04f, 0x04c,
    0x04a, 0x048, 0x045, 0x043, 0x041, 0x03f, 0x03c, 0x03a, 0x038, 0x036, 0x033, 0x031, 0x02f,
    0x02d, 0x02b, 0x029, 0x026, 0x024, 0x022, 0x020, 0x01e, 0x01c, 0x01a, 0x018, 0x015, 0x013,
    0x011, 0x00f, 0x00d, 0x00b, 0x009, 0x007, 0x005, 0x003, 0x001,
};

/* Normalize a finite nonzero register value (unnormals from setf.sig). */
static ia64_fr normalize(ia64_fr f) {
  int lz = __builtin_clzll(f.sig);
  f.sig <<= lz;
  f.exp -= (uint32_t)lz;
  return f;
}

/* frcpa f1, p2 = f2, f3: the table approximation of 1/f3 with p2 = 1, or
 * for special operands the IEEE quotient f2/f3 with p2 = 0 (vol. 3 frcpa):
 * NaNs (f2 first) propagate, 0/0 and inf/inf are invalid, x/0 a zero
 * divide; unnormal operands otherwise raise d. */
H(frcpa) {
  (void)e;
  ia64_fr a = ia64_fr_get(c, x->in.f2), b = ia64_fr_get(c, x->in.f3);
  unsigned p2 = x->in.p2;
  if (ia64_fr_is_natval(a) || ia64_fr_is_natval(b)) {
    ia64_pr_set(c, p2, false);
    return set_fr(c, x->in.f1, ia64_natval());
  }
  ia64_fr r;
  unsigned raised;
  bool approx = false;
  ia64_fr inf = {.sig = 1ull << 63, .exp = IA64_FR_EXP_MAX, .sign = a.sign ^ b.sign};
  if (fr_is_nan(a) || fr_is_nan(b)) {
    raised = fr_is_snan(a) || fr_is_snan(b) ? IA64_FPE_V : 0;
    r = quieted(fr_is_nan(a) ? a : b);
  } else if ((fr_is_inf(a) && fr_is_inf(b)) || (fr_sig_zero(a) && fr_sig_zero(b))) {
    raised = IA64_FPE_V;
    r = fr_indefinite;
  } else if (fr_sig_zero(b) && !fr_is_inf(a)) {
    raised = IA64_FPE_Z;
    r = inf;
  } else {
    raised = fr_is_unorm(a) || fr_is_unorm(b) ? IA64_FPE_D : 0;
    if (fr_is_inf(a)) {
      r = inf;
    } else if (fr_sig_zero(a) || fr_is_inf(b)) {
      r = (ia64_fr){.sign = a.sign ^ b.sign};
    } else {
      ia64_fr d = normalize(b);
      unsigned idx = (unsigned)(d.sig >> 55) & 0xff;
      r = (ia64_fr){.sig = 1ull << 63 | (uint64_t)recip_table[idx] << 53,
                    .exp = IA64_FR_EXP_MAX - 2 - d.exp,
                    .sign = d.sign};
      approx = true;
    }
  }
  int st = fp_result(c, x, r, raised);
  if (st == IA64_OK) ia64_pr_set(c, p2, approx);
  return st;
}

/* fcvt.xf: the significand as a signed integer, normalized (vol. 3 fcvt.xf) */
H(fcvt_xf) {
  (void)e;
  ia64_fr a = ia64_fr_get(c, x->in.f2);
  if (ia64_fr_is_natval(a)) return set_fr(c, x->in.f1, ia64_natval());
  bool neg = a.sig >> 63;
  uint64_t mag = neg ? (uint64_t)0 - a.sig : a.sig;
  if (!mag) return set_fr(c, x->in.f1, (ia64_fr){0});
  int lz = __builtin_clzll(mag);
  return set_fr(c, x->in.f1,
                (ia64_fr){.sig = mag << lz, .exp = IA64_FR_EXP_INT - (uint32_t)lz, .sign = neg});
}

/* fcvt.fx/.fxu(.trunc): to a signed/unsigned integer significand; p0:
 * unsigned, p1: truncate. NaN, infinity or out of range: invalid, the
 * integer indefinite; a rounded result is inexact (vol. 3 fcvt.fx). */
H(fcvt_fx) {
  (void)e;
  ia64_fr a = ia64_fr_get(c, x->in.f2);
  if (ia64_fr_is_natval(a)) return set_fr(c, x->in.f1, ia64_natval());
  unsigned rc = x->p1 ? 3 : (sf_controls(c, x->in.sf) >> 4) & 3;
  unsigned raised = fr_is_unorm(a) ? IA64_FPE_D : 0;
  uint64_t out = 1ull << 63; /* the integer indefinite */
  if (fr_is_nan(a) || fr_is_inf(a)) {
    raised = IA64_FPE_V;
  } else {
    out = ia64_fp_to_int(a, x->p0, rc, &raised);
    if (raised & IA64_FPE_V) raised = IA64_FPE_V;
  }
  return fp_result(c, x, (ia64_fr){.sig = out, .exp = IA64_FR_EXP_INT}, raised);
}

/* fmerge.s/.ns/.se (p0) */
H(fmerge) {
  (void)e;
  ia64_fr a = ia64_fr_get(c, x->in.f2), b = ia64_fr_get(c, x->in.f3);
  if (ia64_fr_is_natval(a) || ia64_fr_is_natval(b)) return set_fr(c, x->in.f1, ia64_natval());
  ia64_fr r = b;
  if (x->p0 == 0) r.sign = a.sign;
  else if (x->p0 == 1) r.sign = !a.sign;
  else r.sign = a.sign, r.exp = a.exp;
  return set_fr(c, x->in.f1, r);
}

/* fand/fandcm/for/fxor (p0) and fselect: logic on significands */
H(flogic) {
  (void)e;
  ia64_fr a = ia64_fr_get(c, x->in.f2), b = ia64_fr_get(c, x->in.f3);
  if (ia64_fr_is_natval(a) || ia64_fr_is_natval(b)) return set_fr(c, x->in.f1, ia64_natval());
  uint64_t v = x->p0 == 0 ? a.sig & b.sig
               : x->p0 == 1 ? a.sig & ~b.sig
               : x->p0 == 2 ? a.sig | b.sig
                            : a.sig ^ b.sig;
  return set_fr(c, x->in.f1, (ia64_fr){.sig = v, .exp = IA64_FR_EXP_INT});
}

H(fselect) {
  (void)e;
  ia64_fr a = ia64_fr_get(c, x->in.f3), b = ia64_fr_get(c, x->in.f4), m = ia64_fr_get(c, x->in.f2);
  if (ia64_fr_is_natval(a) || ia64_fr_is_natval(b) || ia64_fr_is_natval(m))
    return set_fr(c, x->in.f1, ia64_natval());
  uint64_t v = (a.sig & m.sig) | (b.sig & ~m.sig);
  return set_fr(c, x->in.f1, (ia64_fr){.sig = v, .exp = IA64_FR_EXP_INT});
}

/* The order of two non-NaN register values by magnitude, or by value
 * (zeros of any sign and exponent equal, unnormals by value): -1, 0, 1. */
static int fr_order(ia64_fr a, ia64_fr b, bool magnitudes) {
  bool za = fr_sig_zero(a), zb = fr_sig_zero(b);
  if (za || zb) {
    int ma = za ? 0 : magnitudes || !a.sign ? 1 : -1, mb = zb ? 0 : magnitudes || !b.sign ? 1 : -1;
    return (ma > mb) - (ma < mb);
  }
  if (!magnitudes && a.sign != b.sign) return a.sign ? -1 : 1;
  int la = __builtin_clzll(a.sig), lb = __builtin_clzll(b.sig);
  int64_t ea = (int64_t)a.exp - la, eb = (int64_t)b.exp - lb;
  uint64_t sa = a.sig << la, sb = b.sig << lb;
  int m = ea != eb ? (ea > eb ? 1 : -1) : (sa > sb) - (sa < sb);
  return magnitudes || !a.sign ? m : -m;
}

/* fmin/fmax/famin/famax: p0: 1 max, p1: magnitudes. f3 when unordered;
 * a NaN operand is invalid as for fcmp.lt (vol. 3 fmin); unconfirmed:
 * unnormal operands raise d (Ski). */
H(fminmax) {
  (void)e;
  ia64_fr a = ia64_fr_get(c, x->in.f2), b = ia64_fr_get(c, x->in.f3);
  if (ia64_fr_is_natval(a) || ia64_fr_is_natval(b)) return set_fr(c, x->in.f1, ia64_natval());
  unsigned raised = fr_is_nan(a) || fr_is_nan(b)       ? IA64_FPE_V
                    : fr_is_unorm(a) || fr_is_unorm(b) ? IA64_FPE_D
                                                       : 0;
  bool unordered = fr_is_nan(a) || fr_is_nan(b);
  int order = unordered ? 0 : fr_order(a, b, x->p1);
  bool take_a = x->p0 ? order > 0 : order < 0;
  return fp_result(c, x, take_a ? a : b, raised);
}

/* fcmp.eq/le/lt/unord(.unc): p0 relation. An SNaN is invalid, and any NaN
 * for lt and le (vol. 3 fcmp); unconfirmed: unnormal operands raise d (Ski). */
H(fcmp) {
  (void)e;
  ia64_fr a = ia64_fr_get(c, x->in.f2), b = ia64_fr_get(c, x->in.f3);
  bool nat = ia64_fr_is_natval(a) || ia64_fr_is_natval(b);
  bool unordered = fr_is_nan(a) || fr_is_nan(b);
  int order = unordered || nat ? 0 : fr_order(a, b, false);
  bool rel = x->p0 == 3 ? unordered
                        : !unordered && (x->p0 == 0   ? order == 0
                                         : x->p0 == 1 ? order <= 0
                                                      : order < 0);
  if (!nat && (x->in.qp == 0 || ia64_pr(c, x->in.qp))) {
    bool ordered = x->p0 == 1 || x->p0 == 2;
    unsigned raised = fr_is_snan(a) || fr_is_snan(b)     ? IA64_FPE_V
                      : fr_is_nan(a) || fr_is_nan(b)     ? (ordered ? IA64_FPE_V : 0)
                      : fr_is_unorm(a) || fr_is_unorm(b) ? IA64_FPE_D
                                                         : 0;
    if (x->in.p1 == x->in.p2) return ia64_illegal(c);
    if (IA64_UNLIKELY(raised) && fp_conditions(c, x, raised)) return IA64_FAULT;
  }
  return ia64_write_pred_pair(c, x, x->p1, rel, nat);
}

/* fclass.m(.unc): sign bits 1:0 and classes 5:2 together, or NaN/NaTVal
 * classes 8:6 (vol. 3 fclass, Table 2-26). */
H(fclass) {
  (void)e;
  ia64_fr f = ia64_fr_get(c, x->in.f2);
  unsigned m = (unsigned)x->in.imm;
  bool rel;
  if (ia64_fr_is_natval(f)) {
    rel = m & 0x100;
  } else if (fr_is_nan(f)) {
    rel = (f.sig >> 62 & 1) ? (m & 0x080) : (m & 0x040);
  } else {
    unsigned cls = fr_is_inf(f) ? 0x020 : f.sig == 0 ? 0x004 : (f.sig >> 63) ? 0x010 : 0x008;
    rel = (m & (f.sign ? 2u : 1u)) && (m & cls);
  }
  return ia64_write_pred_pair(c, x, x->p1, rel, false);
}

/* fsetc: sf.controls = (sf0.controls & amask) | omask; fclrf: clear flags */
H(fsetc) {
  (void)e;
  unsigned shift = 6 + 13 * x->in.sf;
  uint64_t ctl = (sf_controls(c, 0) & (unsigned)x->in.imm) | (unsigned)x->in.imm2;
  c->ar[IA64_AR_FPSR] = (c->ar[IA64_AR_FPSR] & ~(0x7full << shift)) | (ctl & 0x7f) << shift;
  return IA64_OK;
}

H(fclrf) {
  (void)e;
  c->ar[IA64_AR_FPSR] &= ~(0x3full << (6 + 13 * x->in.sf + 7));
  return IA64_OK;
}

/* fchkf.sf target: branch when sf has a flag whose trap is enabled or one
 * sf0 lacks (vol. 3 fchkf). */
H(fchkf) {
  (void)e;
  uint64_t fpsr = c->ar[IA64_AR_FPSR];
  unsigned flags = (unsigned)(fpsr >> ia64_fp_flags_shift(x->in.sf)) & 0x3f;
  unsigned sf0 = (unsigned)(fpsr >> ia64_fp_flags_shift(0)) & 0x3f;
  if ((flags & ~(unsigned)fpsr & 0x3f) || (flags & ~sf0))
    return ia64_check_failed(c, x, IA64_CHK_FCHKF);
  return IA64_OK;
}

typedef struct fp_row {
  uint16_t op;
  ia64_handler fn;
  uint8_t p0, p1;
} fp_row;

#define P(op, fn, a, b) {IA64_OP_##op, h_##fn, a, b}
static const fp_row fp_rows[] = {
    P(fma, fma, FMA, 0),       P(fma_s, fma, FMA, 24),     P(fma_d, fma, FMA, 53),
    P(fms, fma, FMS, 0),       P(fms_s, fma, FMS, 24),     P(fms_d, fma, FMS, 53),
    P(fnma, fma, FNMA, 0),     P(fnma_s, fma, FNMA, 24),   P(fnma_d, fma, FNMA, 53),
    P(xma_l, xma, 0, 0),       P(xma_h, xma, 1, 0),        P(xma_hu, xma, 2, 0),
    P(frcpa, frcpa, 0, 0),     P(fcvt_xf, fcvt_xf, 0, 0),  P(fcvt_fx, fcvt_fx, 0, 0),
    P(fcvt_fxu, fcvt_fx, 1, 0), P(fcvt_fx_trunc, fcvt_fx, 0, 1),
    P(fcvt_fxu_trunc, fcvt_fx, 1, 1), P(fmerge_s, fmerge, 0, 0), P(fmerge_ns, fmerge, 1, 0),
    P(fmerge_se, fmerge, 2, 0), P(fand, flogic, 0, 0),     P(fandcm, flogic, 1, 0),
    P(for, flogic, 2, 0),      P(fxor, flogic, 3, 0),      P(fselect, fselect, 0, 0),
    P(fmin, fminmax, 0, 0),    P(fmax, fminmax, 1, 0),     P(famin, fminmax, 0, 1),
    P(famax, fminmax, 1, 1),   P(fsetc, fsetc, 0, 0),      P(fclrf, fclrf, 0, 0),      P(fchkf, fchkf, 0, 0),
    P(fcmp_eq, fcmp, 0, IA64_CT_NONE), P(fcmp_eq_unc, fcmp, 0, IA64_CT_UNC),
    P(fcmp_le, fcmp, 1, IA64_CT_NONE), P(fcmp_le_unc, fcmp, 1, IA64_CT_UNC),
    P(fcmp_lt, fcmp, 2, IA64_CT_NONE), P(fcmp_lt_unc, fcmp, 2, IA64_CT_UNC),
    P(fcmp_unord, fcmp, 3, IA64_CT_NONE), P(fcmp_unord_unc, fcmp, 3, IA64_CT_UNC),
    P(fclass_m, fclass, 0, IA64_CT_NONE), P(fclass_m_unc, fclass, 0, IA64_CT_UNC),
};
#undef P

bool ia64_bind_fp(ia64_xinsn *x) {
  for (size_t i = 0; i < sizeof fp_rows / sizeof fp_rows[0]; i++) {
    if (fp_rows[i].op != x->in.op) continue;
    x->fn = fp_rows[i].fn;
    x->p0 = fp_rows[i].p0;
    x->p1 = fp_rows[i].p1;
    x->always = (x->fn == h_fcmp || x->fn == h_fclass) && x->p1 == IA64_CT_UNC;
    return true;
  }
  return false;
}
