/* Multimedia (parallel) integer instructions: elements of 1, 2 or 4 bytes
 * in a GR (Itanium SDM vol. 1 4.6, vol. 3 padd ... mux). Each handler works
 * element by element through get/put helpers; the element size and
 * variant come from the table below. */
#include "ia64/interp.h"

#define H(name) static int h_##name(vtsim_engine *e, ia64_cpu *c, const ia64_xinsn *x)

static inline uint64_t el(uint64_t v, unsigned i, unsigned bits) {
  return bits == 64 ? v : (v >> (i * bits)) & ((1ull << bits) - 1);
}
static inline int64_t sel(uint64_t v, unsigned i, unsigned bits) {
  uint64_t u = el(v, i, bits);
  uint64_t m = 1ull << (bits - 1);
  return (int64_t)((u ^ m) - m);
}
static inline uint64_t put(uint64_t acc, unsigned i, unsigned bits, uint64_t v) {
  return acc | (v & ((1ull << bits) - 1)) << (i * bits);
}
static inline int64_t clamp(int64_t v, int64_t lo, int64_t hi) {
  return v < lo ? lo : v > hi ? hi : v;
}

static int set_result(ia64_cpu *c, const ia64_xinsn *x, uint64_t v, bool nat) {
  ia64_gr_set(c, x->in.r1, v, nat);
  return IA64_OK;
}
#define SRC2 ia64_gr(c, x->in.r2)
#define SRC3 ia64_gr(c, x->in.r3)
#define NAT23 (ia64_gr_nat(c, x->in.r2) || ia64_gr_nat(c, x->in.r3))

/* Variants of the element-wise add/sub family (p1). */
enum { V_MOD, V_SSS, V_UUU, V_UUS, V_AVG, V_AVG_RAZ, V_AVGSUB, V_CMPEQ, V_CMPGT };

/* padd, psub, pavg, pavgsub, pcmp: p0 element bits, p1 variant, p2 subtract */
H(parith) {
  (void)e;
  unsigned bits = x->p0, n = 64 / bits;
  uint64_t a = SRC2, b = SRC3, r = 0;
  int64_t smax = (int64_t)((1ull << (bits - 1)) - 1), smin = -smax - 1;
  int64_t umax = (int64_t)((1ull << bits) - 1);
  for (unsigned i = 0; i < n; i++) {
    int64_t sa = sel(a, i, bits), sb = sel(b, i, bits);
    int64_t ua = (int64_t)el(a, i, bits), ub = (int64_t)el(b, i, bits);
    int64_t v;
    switch (x->p1) {
    case V_SSS:
      v = clamp(x->p2 ? sa - sb : sa + sb, smin, smax);
      break;
    case V_UUU:
      v = clamp(x->p2 ? ua - ub : ua + ub, 0, umax);
      break;
    case V_UUS:
      v = clamp(x->p2 ? ua - sb : ua + sb, 0, umax);
      break;
    case V_AVG: { /* round: the result's low bit is the OR of the sum's two low bits */
      int64_t s = ua + ub;
      v = (s >> 1) | (s & 1);
      break;
    }
    case V_AVG_RAZ:
      v = (ua + ub + 1) >> 1;
      break;
    case V_AVGSUB: {
      int64_t s = ua - ub;
      v = (s >> 1) | (s & 1);
      break;
    }
    case V_CMPEQ:
      v = ua == ub ? -1 : 0;
      break;
    case V_CMPGT:
      v = sa > sb ? -1 : 0;
      break;
    default:
      v = x->p2 ? ua - ub : ua + ub;
      break;
    }
    r = put(r, i, bits, (uint64_t)v);
  }
  return set_result(c, x, r, NAT23);
}

/* pshladd2 / pshradd2: (a << count or a >> count) + b, signed saturation */
H(pshadd) {
  (void)e;
  uint64_t a = SRC2, b = SRC3, r = 0;
  for (unsigned i = 0; i < 4; i++) {
    int64_t sa = sel(a, i, 16), sb = sel(b, i, 16);
    int64_t t = x->p1 ? (sa >> x->in.count) : clamp(sa * (1 << x->in.count), -32768, 32767);
    r = put(r, i, 16, (uint64_t)clamp(t + sb, -32768, 32767));
  }
  return set_result(c, x, r, NAT23);
}

/* pshl/pshr by a register count (p2 = 1) or an immediate; p0 bits,
 * p1: 0 shl, 1 shr.u, 2 shr (signed) */
H(pshift) {
  (void)e;
  unsigned bits = x->p0, n = 64 / bits;
  bool var = x->p2;
  uint64_t v = x->p1 == 0 ? SRC2 : SRC3;
  uint64_t cnt = var ? (x->p1 == 0 ? SRC3 : SRC2) : x->in.count;
  bool nat = var ? NAT23 : ia64_gr_nat(c, x->p1 == 0 ? x->in.r2 : x->in.r3);
  uint64_t r = 0;
  for (unsigned i = 0; i < n; i++) {
    uint64_t t;
    if (x->p1 == 2)
      t = (uint64_t)(sel(v, i, bits) >> (cnt >= bits ? bits - 1 : cnt));
    else if (cnt >= bits)
      t = 0;
    else
      t = x->p1 == 0 ? el(v, i, bits) << cnt : el(v, i, bits) >> cnt;
    r = put(r, i, bits, t);
  }
  return set_result(c, x, r, nat);
}

/* pmin/pmax: p0 bits, p1: 1 max, p2: signed */
H(pminmax) {
  (void)e;
  unsigned bits = x->p0, n = 64 / bits;
  uint64_t a = SRC2, b = SRC3, r = 0;
  for (unsigned i = 0; i < n; i++) {
    int64_t va = x->p2 ? sel(a, i, bits) : (int64_t)el(a, i, bits);
    int64_t vb = x->p2 ? sel(b, i, bits) : (int64_t)el(b, i, bits);
    bool take_a = x->p1 ? va >= vb : va < vb;
    r = put(r, i, bits, (uint64_t)(take_a ? va : vb));
  }
  return set_result(c, x, r, NAT23);
}

/* pmpyshr2(.u): 16x16 products shifted right by count; p2: signed */
H(pmpyshr) {
  (void)e;
  uint64_t a = SRC2, b = SRC3, r = 0;
  for (unsigned i = 0; i < 4; i++) {
    int64_t p = x->p2 ? sel(a, i, 16) * sel(b, i, 16)
                      : (int64_t)(el(a, i, 16) * el(b, i, 16));
    r = put(r, i, 16, (uint64_t)(p >> x->in.count));
  }
  return set_result(c, x, r, NAT23);
}

/* pmpy2.r / .l: signed 16x16 -> 32 of the even (right) or odd elements */
H(pmpy2) {
  (void)e;
  uint64_t a = SRC2, b = SRC3, r = 0;
  for (unsigned i = 0; i < 2; i++) {
    unsigned k = 2 * i + x->p1;
    r = put(r, i, 32, (uint64_t)(sel(a, k, 16) * sel(b, k, 16)));
  }
  return set_result(c, x, r, NAT23);
}

/* unpack (p1: 1 high half), mix (p1: 1 left/odd elements); p0 bits; p2: 0 unpack, 1 mix.
 * r3 supplies the even result elements, r2 the odd ones. */
H(interleave) {
  (void)e;
  unsigned bits = x->p0, n = 64 / bits;
  uint64_t a = SRC2, b = SRC3, r = 0;
  for (unsigned i = 0; i < n / 2; i++) {
    unsigned src = x->p2 ? 2 * i + x->p1 : i + (x->p1 ? n / 2 : 0);
    r = put(r, 2 * i, bits, el(b, src, bits));
    r = put(r, 2 * i + 1, bits, el(a, src, bits));
  }
  return set_result(c, x, r, NAT23);
}

/* pack2.uss/sss, pack4.sss: narrow with saturation; r2 fills the low half */
H(pack) {
  (void)e;
  unsigned bits = x->p0, half = bits / 2, n = 64 / bits;
  uint64_t src[2] = {SRC2, SRC3}, r = 0;
  int64_t lo = x->p1 ? -(1ll << (half - 1)) : 0;
  int64_t hi = x->p1 ? (1ll << (half - 1)) - 1 : (1ll << half) - 1;
  for (unsigned s = 0; s < 2; s++)
    for (unsigned i = 0; i < n; i++)
      r = put(r, s * n + i, half, (uint64_t)clamp(sel(src[s], i, bits), lo, hi));
  return set_result(c, x, r, NAT23);
}

H(psad1) {
  (void)e;
  uint64_t a = SRC2, b = SRC3, sum = 0;
  for (unsigned i = 0; i < 8; i++) {
    int64_t d = (int64_t)el(a, i, 8) - (int64_t)el(b, i, 8);
    sum += (uint64_t)(d < 0 ? -d : d);
  }
  return set_result(c, x, sum, NAT23);
}

/* mux1: byte permutations by mbtype (vol. 3 mux, Table 2-37). */
H(mux1) {
  (void)e;
  static const uint8_t perm[16][8] = {
      [0x0] = {0, 0, 0, 0, 0, 0, 0, 0}, /* @brcst */
      [0x8] = {0, 4, 2, 6, 1, 5, 3, 7}, /* @mix */
      [0x9] = {0, 4, 1, 5, 2, 6, 3, 7}, /* @shuf */
      [0xA] = {0, 2, 4, 6, 1, 3, 5, 7}, /* @alt */
      [0xB] = {7, 6, 5, 4, 3, 2, 1, 0}, /* @rev */
  };
  unsigned t = (unsigned)x->in.imm & 15;
  if (t != 0 && (t < 8 || t > 11)) return ia64_illegal(c);
  uint64_t a = SRC2, r = 0;
  for (unsigned i = 0; i < 8; i++) r = put(r, i, 8, el(a, perm[t][i], 8));
  return set_result(c, x, r, ia64_gr_nat(c, x->in.r2));
}

H(mux2) {
  (void)e;
  uint64_t a = SRC2, r = 0;
  for (unsigned i = 0; i < 4; i++) r = put(r, i, 16, el(a, ((unsigned)x->in.imm >> (2 * i)) & 3, 16));
  return set_result(c, x, r, ia64_gr_nat(c, x->in.r2));
}

H(mpy4) {
  (void)e;
  return set_result(c, x, (uint64_t)(uint32_t)SRC2 * (uint32_t)SRC3, NAT23);
}

typedef struct mm_row {
  uint16_t op;
  ia64_handler fn;
  uint8_t p0, p1, p2;
} mm_row;

#define P(op, fn, a, b, c_) {IA64_OP_##op, h_##fn, a, b, c_}
static const mm_row mm_rows[] = {
    P(padd1, parith, 8, V_MOD, 0), P(padd1_sss, parith, 8, V_SSS, 0),
    P(padd1_uuu, parith, 8, V_UUU, 0), P(padd1_uus, parith, 8, V_UUS, 0),
    P(psub1, parith, 8, V_MOD, 1), P(psub1_sss, parith, 8, V_SSS, 1),
    P(psub1_uuu, parith, 8, V_UUU, 1), P(psub1_uus, parith, 8, V_UUS, 1),
    P(pavg1, parith, 8, V_AVG, 0), P(pavg1_raz, parith, 8, V_AVG_RAZ, 0),
    P(pavgsub1, parith, 8, V_AVGSUB, 0), P(pcmp1_eq, parith, 8, V_CMPEQ, 0),
    P(pcmp1_gt, parith, 8, V_CMPGT, 0), P(padd2, parith, 16, V_MOD, 0),
    P(padd2_sss, parith, 16, V_SSS, 0), P(padd2_uuu, parith, 16, V_UUU, 0),
    P(padd2_uus, parith, 16, V_UUS, 0), P(psub2, parith, 16, V_MOD, 1),
    P(psub2_sss, parith, 16, V_SSS, 1), P(psub2_uuu, parith, 16, V_UUU, 1),
    P(psub2_uus, parith, 16, V_UUS, 1), P(pavg2, parith, 16, V_AVG, 0),
    P(pavg2_raz, parith, 16, V_AVG_RAZ, 0), P(pavgsub2, parith, 16, V_AVGSUB, 0),
    P(pcmp2_eq, parith, 16, V_CMPEQ, 0), P(pcmp2_gt, parith, 16, V_CMPGT, 0),
    P(padd4, parith, 32, V_MOD, 0), P(psub4, parith, 32, V_MOD, 1),
    P(pcmp4_eq, parith, 32, V_CMPEQ, 0), P(pcmp4_gt, parith, 32, V_CMPGT, 0),
    P(pshladd2, pshadd, 16, 0, 0), P(pshradd2, pshadd, 16, 1, 0),
    P(pshl2_i7, pshift, 16, 0, 1), P(pshl4_i7, pshift, 32, 0, 1),
    P(pshr2_u_i5, pshift, 16, 1, 1), P(pshr4_u_i5, pshift, 32, 1, 1),
    P(pshr2_i5, pshift, 16, 2, 1), P(pshr4_i5, pshift, 32, 2, 1),
    P(pshl2_i8, pshift, 16, 0, 0), P(pshl4_i8, pshift, 32, 0, 0),
    P(pshr2_u_i6, pshift, 16, 1, 0), P(pshr4_u_i6, pshift, 32, 1, 0),
    P(pshr2_i6, pshift, 16, 2, 0), P(pshr4_i6, pshift, 32, 2, 0),
    P(pmin1_u, pminmax, 8, 0, 0), P(pmax1_u, pminmax, 8, 1, 0),
    P(pmin2, pminmax, 16, 0, 1), P(pmax2, pminmax, 16, 1, 1),
    P(pmpyshr2, pmpyshr, 16, 0, 1), P(pmpyshr2_u, pmpyshr, 16, 0, 0),
    P(pmpy2_r, pmpy2, 16, 0, 0), P(pmpy2_l, pmpy2, 16, 1, 0),
    P(unpack1_h, interleave, 8, 1, 0), P(unpack1_l, interleave, 8, 0, 0),
    P(unpack2_h, interleave, 16, 1, 0), P(unpack2_l, interleave, 16, 0, 0),
    P(unpack4_h, interleave, 32, 1, 0), P(unpack4_l, interleave, 32, 0, 0),
    P(mix1_l, interleave, 8, 1, 1), P(mix1_r, interleave, 8, 0, 1),
    P(mix2_l, interleave, 16, 1, 1), P(mix2_r, interleave, 16, 0, 1),
    P(mix4_l, interleave, 32, 1, 1), P(mix4_r, interleave, 32, 0, 1),
    P(pack2_uss, pack, 16, 0, 0), P(pack2_sss, pack, 16, 1, 0),
    P(pack4_sss, pack, 32, 1, 0), P(psad1, psad1, 8, 0, 0),
    P(mux1, mux1, 8, 0, 0), P(mux2, mux2, 16, 0, 0),
    P(mpy4, mpy4, 32, 0, 0),
};
#undef P

bool ia64_bind_mm(ia64_xinsn *x) {
  for (size_t i = 0; i < sizeof mm_rows / sizeof mm_rows[0]; i++) {
    if (mm_rows[i].op != x->in.op) continue;
    x->fn = mm_rows[i].fn;
    x->p0 = mm_rows[i].p0;
    x->p1 = mm_rows[i].p1;
    x->p2 = mm_rows[i].p2;
    return true;
  }
  return false;
}
