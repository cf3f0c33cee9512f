/* Parallel FP: two singles in one significand (Itanium SDM vol. 1 5.1,
 * vol. 3 fpma, fpms, fpnma, fpmerge, fpcmp, fpmin, fpmax, fpamin, fpamax,
 * fpcvt.fx, fpack; fswap and fmix move halves). Each half is computed on its own (fppair.c); the
 * conditions of both decide one fault or trap, their flags ORed into the
 * status field. Results are integer-format: exponent 0x1003E, sign 0. */
#include "ia64/fppair.h"
#include "ia64/interp.h"

#define H(name) static int h_##name(vtsim_engine *e, ia64_cpu *c, const ia64_xinsn *x)

static uint32_t hi_of(ia64_fr f) {
  return (uint32_t)(f.sig >> 32);
}
static uint32_t lo_of(ia64_fr f) {
  return (uint32_t)f.sig;
}

static int set_pair(ia64_cpu *c, unsigned f, uint32_t hi, uint32_t lo) {
  if (f < 2) return ia64_illegal(c); /* f0 and f1 are constants */
  *ia64_frp(c, f) = (ia64_fr){.sig = (uint64_t)hi << 32 | lo, .exp = IA64_FR_EXP_INT};
  c->psr |= f < 32 ? IA64_PSR_MFL : IA64_PSR_MFH;
  return IA64_OK;
}

static int set_natval(ia64_cpu *c, unsigned f) {
  if (f < 2) return ia64_illegal(c);
  *ia64_frp(c, f) = ia64_natval();
  c->psr |= f < 32 ? IA64_PSR_MFL : IA64_PSR_MFH;
  return IA64_OK;
}

/* Write f1 = hi:lo after the conditions of the halves: a Floating-point
 * Fault writes nothing; otherwise flags, and a trap after the instruction. */
static int pair_result(ia64_cpu *c, const ia64_xinsn *x, uint32_t hi, uint32_t lo, unsigned rhi,
                       unsigned rlo) {
  if (x->in.f1 < 2) return ia64_illegal(c);
  if ((rhi | rlo) &&
      ia64_fp_apply(c, x->in.sf, ia64_fp_decide_pair(c->ar[IA64_AR_FPSR], x->in.sf, rhi, rlo)))
    return IA64_FAULT;
  return set_pair(c, x->in.f1, hi, lo);
}

/* fpma/fpms/fpnma (p0 kind): f1 = +-(f3 * f4) +- f2 per half. */
H(fpma) {
  (void)e;
  ia64_fr a = ia64_fr_get(c, x->in.f3), b = ia64_fr_get(c, x->in.f4), d = ia64_fr_get(c, x->in.f2);
  if (ia64_fr_is_natval(a) || ia64_fr_is_natval(b) || ia64_fr_is_natval(d))
    return set_natval(c, x->in.f1);
  ia64_fp_model m = ia64_fps_model(c->ar[IA64_AR_FPSR], x->in.sf);
  unsigned rhi = 0, rlo = 0;
  bool multiply = x->in.f2 == 0;
  uint32_t hi = ia64_fps_mul_add(hi_of(a), hi_of(b), hi_of(d), x->p0, multiply, &m, &rhi);
  uint32_t lo = ia64_fps_mul_add(lo_of(a), lo_of(b), lo_of(d), x->p0, multiply, &m, &rlo);
  return pair_result(c, x, hi, lo, rhi, rlo);
}

/* fpmerge.s/.ns/.se (p0): sign (negated sign; sign and exponent) of each
 * f2 half with the rest of the f3 half. */
H(fpmerge) {
  (void)e;
  ia64_fr a = ia64_fr_get(c, x->in.f2), b = ia64_fr_get(c, x->in.f3);
  if (ia64_fr_is_natval(a) || ia64_fr_is_natval(b)) return set_natval(c, x->in.f1);
  uint64_t signs = 0x8000000080000000ull, se = 0xff800000ff800000ull;
  uint64_t v = x->p0 == 0   ? (a.sig & signs) | (b.sig & ~signs)
               : x->p0 == 1 ? (~a.sig & signs) | (b.sig & ~signs)
                            : (a.sig & se) | (b.sig & ~se);
  return set_pair(c, x->in.f1, (uint32_t)(v >> 32), (uint32_t)v);
}

/* fpcmp.rel (p0): all ones in a half where the relation holds. */
H(fpcmp) {
  (void)e;
  ia64_fr a = ia64_fr_get(c, x->in.f2), b = ia64_fr_get(c, x->in.f3);
  if (ia64_fr_is_natval(a) || ia64_fr_is_natval(b)) return set_natval(c, x->in.f1);
  unsigned rhi = 0, rlo = 0;
  bool hi = ia64_fps_compare(hi_of(a), hi_of(b), x->p0, &rhi);
  bool lo = ia64_fps_compare(lo_of(a), lo_of(b), x->p0, &rlo);
  return pair_result(c, x, hi ? UINT32_MAX : 0, lo ? UINT32_MAX : 0, rhi, rlo);
}

/* fpmin/fpmax/fpamin/fpamax: p0 1 max, p1 1 magnitudes. */
H(fpminmax) {
  (void)e;
  ia64_fr a = ia64_fr_get(c, x->in.f2), b = ia64_fr_get(c, x->in.f3);
  if (ia64_fr_is_natval(a) || ia64_fr_is_natval(b)) return set_natval(c, x->in.f1);
  unsigned rhi = 0, rlo = 0;
  uint32_t hi = ia64_fps_minmax(hi_of(a), hi_of(b), x->p0, x->p1, &rhi);
  uint32_t lo = ia64_fps_minmax(lo_of(a), lo_of(b), x->p0, x->p1, &rlo);
  return pair_result(c, x, hi, lo, rhi, rlo);
}

/* fpcvt.fx/.fxu(.trunc): p0 unsigned, p1 truncate; rounding from sf.rc. */
H(fpcvt) {
  (void)e;
  ia64_fr a = ia64_fr_get(c, x->in.f2);
  if (ia64_fr_is_natval(a)) return set_natval(c, x->in.f1);
  unsigned rc = x->p1 ? 3 : ia64_fps_model(c->ar[IA64_AR_FPSR], x->in.sf).rc;
  unsigned rhi = 0, rlo = 0;
  uint32_t hi = ia64_fps_to_int(hi_of(a), x->p0, rc, &rhi);
  uint32_t lo = ia64_fps_to_int(lo_of(a), x->p0, rc, &rlo);
  return pair_result(c, x, hi, lo, rhi, rlo);
}

/* fpack: f2 and f3 in single memory format, high and low. unconfirmed:
 * the conversion is stfs's (no rounding, no exception). */
H(fpack) {
  (void)e;
  ia64_fr a = ia64_fr_get(c, x->in.f2), b = ia64_fr_get(c, x->in.f3);
  if (ia64_fr_is_natval(a) || ia64_fr_is_natval(b)) return set_natval(c, x->in.f1);
  uint8_t ha[8] = {0}, hb[8] = {0};
  ia64_fr_to_mem(a, ha, IA64_FMEM_S);
  ia64_fr_to_mem(b, hb, IA64_FMEM_S);
  uint32_t hi, lo;
  memcpy(&hi, ha, 4);
  memcpy(&lo, hb, 4);
  return set_pair(c, x->in.f1, hi, lo);
}

/* fswap(.nl/.nr) and fmix.l/.r/.lr move halves (vol. 3 fswap, fmix): p0
 * names the source of each result half (*_FROM_*), p1 the halves whose sign
 * is negated (1 high, 2 low). */
enum { HI_FROM_F3 = 1, HI_FROM_LOW = 2, LO_FROM_F3 = 4, LO_FROM_LOW = 8 };

H(fhalves) {
  (void)e;
  ia64_fr a = ia64_fr_get(c, x->in.f2), b = ia64_fr_get(c, x->in.f3);
  if (ia64_fr_is_natval(a) || ia64_fr_is_natval(b)) return set_natval(c, x->in.f1);
  ia64_fr hsrc = x->p0 & HI_FROM_F3 ? b : a, lsrc = x->p0 & LO_FROM_F3 ? b : a;
  uint32_t hi = x->p0 & HI_FROM_LOW ? lo_of(hsrc) : hi_of(hsrc);
  uint32_t lo = x->p0 & LO_FROM_LOW ? lo_of(lsrc) : hi_of(lsrc);
  if (x->p1 & 1) hi ^= 0x80000000u;
  if (x->p1 & 2) lo ^= 0x80000000u;
  return set_pair(c, x->in.f1, hi, lo);
}

typedef struct pfp_row {
  uint16_t op;
  ia64_handler fn;
  uint8_t p0, p1;
} pfp_row;

#define P(op, fn, a, b)                                                                            \
  { IA64_OP_##op, h_##fn, a, b }
static const pfp_row pfp_rows[] = {
    P(fpma, fpma, IA64_FPS_MA, 0),
    P(fpms, fpma, IA64_FPS_MS, 0),
    P(fpnma, fpma, IA64_FPS_NMA, 0),
    P(fpmerge_s, fpmerge, 0, 0),
    P(fpmerge_ns, fpmerge, 1, 0),
    P(fpmerge_se, fpmerge, 2, 0),
    P(fpcmp_eq, fpcmp, IA64_FPS_EQ, 0),
    P(fpcmp_lt, fpcmp, IA64_FPS_LT, 0),
    P(fpcmp_le, fpcmp, IA64_FPS_LE, 0),
    P(fpcmp_unord, fpcmp, IA64_FPS_UNORD, 0),
    P(fpcmp_neq, fpcmp, IA64_FPS_NEQ, 0),
    P(fpcmp_nlt, fpcmp, IA64_FPS_NLT, 0),
    P(fpcmp_nle, fpcmp, IA64_FPS_NLE, 0),
    P(fpcmp_ord, fpcmp, IA64_FPS_ORD, 0),
    P(fpmin, fpminmax, 0, 0),
    P(fpmax, fpminmax, 1, 0),
    P(fpamin, fpminmax, 0, 1),
    P(fpamax, fpminmax, 1, 1),
    P(fpcvt_fx, fpcvt, 0, 0),
    P(fpcvt_fxu, fpcvt, 1, 0),
    P(fpcvt_fx_trunc, fpcvt, 0, 1),
    P(fpcvt_fxu_trunc, fpcvt, 1, 1),
    P(fpack, fpack, 0, 0),
    /* the low half of f3, then the high half of f2 */
    P(fswap, fhalves, HI_FROM_F3 | HI_FROM_LOW, 0),
    P(fswap_nl, fhalves, HI_FROM_F3 | HI_FROM_LOW, 1),
    P(fswap_nr, fhalves, HI_FROM_F3 | HI_FROM_LOW, 2),
    P(fmix_l, fhalves, LO_FROM_F3, 0),
    P(fmix_r, fhalves, HI_FROM_LOW | LO_FROM_F3 | LO_FROM_LOW, 0),
    P(fmix_lr, fhalves, LO_FROM_F3 | LO_FROM_LOW, 0),
};
#undef P

bool ia64_bind_pfp(ia64_xinsn *x) {
  for (size_t i = 0; i < sizeof pfp_rows / sizeof pfp_rows[0]; i++) {
    if (pfp_rows[i].op != x->in.op) continue;
    x->fn = pfp_rows[i].fn;
    x->p0 = pfp_rows[i].p0;
    x->p1 = pfp_rows[i].p1;
    return true;
  }
  return false;
}
