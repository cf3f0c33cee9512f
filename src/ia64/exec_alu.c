/* Integer ALU, compares, test bit/NaT, shifts, deposit/extract and the
 * I-unit miscellany (Itanium SDM vol. 3 instruction pages; vol. 1 4.2).
 * A result's NaT bit is the OR of its sources' NaT bits (vol. 1 5.5.2 of
 * the deferral model: "NaT propagation"). */
#include "ia64/interp.h"

#define H(name) static int h_##name(vtsim_engine *e, ia64_cpu *c, const ia64_xinsn *x)
#define UNUSED_E (void)e

static inline uint64_t r2v(const ia64_cpu *c, const ia64_xinsn *x) { return ia64_gr(c, x->in.r2); }
static inline uint64_t r3v(const ia64_cpu *c, const ia64_xinsn *x) { return ia64_gr(c, x->in.r3); }
static inline bool n2(const ia64_cpu *c, const ia64_xinsn *x) { return ia64_gr_nat(c, x->in.r2); }
static inline bool n3(const ia64_cpu *c, const ia64_xinsn *x) { return ia64_gr_nat(c, x->in.r3); }

/* addp4/shladdp4: a 32-bit pointer into the region of r3 bits 31:30
 * (vol. 3 addp4). */
static inline uint64_t p4(uint64_t sum, uint64_t r3) {
  return ((r3 >> 30) & 3) << 61 | (uint32_t)sum;
}

/* r1 = f(r2, r3) */
#define ALU_RR(name, expr)                                                                         \
  H(name) {                                                                                        \
    UNUSED_E;                                                                                      \
    uint64_t a = r2v(c, x), b = r3v(c, x);                                                         \
    ia64_gr_set(c, x->in.r1, (expr), n2(c, x) || n3(c, x));                                        \
    return IA64_OK;                                                                                \
  }
/* r1 = f(imm, r3) */
#define ALU_IR(name, expr)                                                                         \
  H(name) {                                                                                        \
    UNUSED_E;                                                                                      \
    uint64_t a = (uint64_t)x->in.imm, b = r3v(c, x);                                               \
    ia64_gr_set(c, x->in.r1, (expr), n3(c, x));                                                    \
    return IA64_OK;                                                                                \
  }

/* The same with r1, r2 and r3 all static (below r32): gr[] holds them in
 * place (the frame and rotation maps only move r32-r127: vol. 1 4.1, 4.5.1),
 * so no map lookup. Bound when the operands allow it. */
#define ALU_RR_STATIC(name, expr)                                                                  \
  H(name##_s) {                                                                                    \
    UNUSED_E;                                                                                      \
    uint64_t a = c->gr[x->in.r2], b = c->gr[x->in.r3];                                             \
    c->gr[x->in.r1] = (expr);                                                                      \
    c->nat[x->in.r1] = c->nat[x->in.r2] | c->nat[x->in.r3];                                        \
    return IA64_OK;                                                                                \
  }
#define ALU_IR_STATIC(name, expr)                                                                  \
  H(name##_s) {                                                                                    \
    UNUSED_E;                                                                                      \
    uint64_t a = (uint64_t)x->in.imm, b = c->gr[x->in.r3];                                         \
    c->gr[x->in.r1] = (expr);                                                                      \
    c->nat[x->in.r1] = c->nat[x->in.r3];                                                           \
    return IA64_OK;                                                                                \
  }

ALU_RR(add, a + b)
ALU_RR(add_1, a + b + 1)
ALU_RR(sub, a - b)
ALU_RR(sub_1, a - b - 1)
ALU_RR(addp4, p4(a + b, b))
ALU_RR(and, a &b)
ALU_RR(andcm, a & ~b)
ALU_RR(or, a | b)
ALU_RR(xor, a ^ b)
ALU_RR(shladd, (a << x->in.count) + b)
ALU_RR(shladdp4, p4((a << x->in.count) + b, b))
ALU_IR(sub_imm, a - b)
ALU_IR(and_imm, a &b)
ALU_IR(andcm_imm, a & ~b)
ALU_IR(or_imm, a | b)
ALU_IR(xor_imm, a ^ b)
ALU_IR(adds, a + b)
ALU_IR(addp4_imm, p4(a + b, b))
ALU_RR_STATIC(add, a + b)
ALU_RR_STATIC(sub, a - b)
ALU_RR_STATIC(and, a &b)
ALU_RR_STATIC(andcm, a & ~b)
ALU_RR_STATIC(or, a | b)
ALU_RR_STATIC(xor, a ^ b)
ALU_RR_STATIC(shladd, (a << x->in.count) + b)
ALU_IR_STATIC(and_imm, a &b)
ALU_IR_STATIC(or_imm, a | b)
ALU_IR_STATIC(xor_imm, a ^ b)
ALU_IR_STATIC(adds, a + b)

/* ---- compares (vol. 3 cmp, cmp4; Table 4-11 encodings) ------------------------------ */

enum { REL_EQ, REL_NE, REL_LT, REL_LE, REL_GT, REL_GE, REL_LTU };

/* Relation by [major - 12][tb][ta][c] and compare type by [major - 12][tb][ta]. */
static const uint8_t cmp_rel[3][2][2][2] = {
    {{{REL_LT, REL_LT}, {REL_EQ, REL_NE}}, {{REL_GT, REL_LE}, {REL_GE, REL_LT}}},
    {{{REL_LTU, REL_LTU}, {REL_EQ, REL_NE}}, {{REL_GT, REL_LE}, {REL_GE, REL_LT}}},
    {{{REL_EQ, REL_EQ}, {REL_EQ, REL_NE}}, {{REL_GT, REL_LE}, {REL_GE, REL_LT}}},
};
static const uint8_t cmp_parallel_type[3] = {IA64_CT_AND, IA64_CT_OR, IA64_CT_OR_ANDCM};

static bool relation(unsigned rel, uint64_t a, uint64_t b) {
  switch (rel) {
  case REL_EQ:
    return a == b;
  case REL_NE:
    return a != b;
  case REL_LT:
    return (int64_t)a < (int64_t)b;
  case REL_LE:
    return (int64_t)a <= (int64_t)b;
  case REL_GT:
    return (int64_t)a > (int64_t)b;
  case REL_GE:
    return (int64_t)a >= (int64_t)b;
  default:
    return a < b;
  }
}

/* p0 relation, p1 compare type, p2 cmp4, p3 source form (0 r2, 1 imm8, 2 r0) */
H(cmp) {
  UNUSED_E;
  uint64_t a, b = r3v(c, x);
  bool nat = n3(c, x);
  if (x->p3 == 0) {
    a = r2v(c, x);
    nat = nat || n2(c, x);
  } else {
    a = x->p3 == 1 ? (uint64_t)x->in.imm : 0;
  }
  if (x->p2) { /* cmp4: the low 32 bits, sign- or zero-extended by the relation */
    if (x->p0 == REL_LTU) {
      a = (uint32_t)a;
      b = (uint32_t)b;
    } else {
      a = (uint64_t)(int64_t)(int32_t)a;
      b = (uint64_t)(int64_t)(int32_t)b;
    }
  }
  return ia64_write_pred_pair(c, x, x->p1, relation(x->p0, a, b), nat);
}

static bool bind_cmp(ia64_xinsn *x) {
  unsigned major = (unsigned)ia64_row_bits(x, 40, 37);
  unsigned tb = (unsigned)ia64_row_bits(x, 36, 36), x2 = (unsigned)ia64_row_bits(x, 35, 34);
  unsigned ta = (unsigned)ia64_row_bits(x, 33, 33), cc = (unsigned)ia64_row_bits(x, 12, 12);
  if (x->in.fmt == IA64_FMT_A8) tb = 0; /* bit 36 is the immediate's sign there */
  x->p0 = cmp_rel[major - 12][tb][ta][cc];
  x->p1 = (!tb && !ta) ? (cc ? IA64_CT_UNC : IA64_CT_NONE) : cmp_parallel_type[major - 12];
  x->p2 = (uint8_t)(x2 & 1);
  x->p3 = x->in.fmt == IA64_FMT_A6 ? 0 : x->in.fmt == IA64_FMT_A8 ? 1 : 2;
  x->always = x->p1 == IA64_CT_UNC;
  x->fn = h_cmp;
  return true;
}

/* ---- tbit, tnat, tf (vol. 3; Table 4-23) ------------------------------------------------ */

/* Type by [tb][ta]; the c bit picks .nz for the parallel types, .unc for the
 * normal one. p0: type, p1: test for nonzero, p2: 0 tbit, 1 tnat, 2 tf. */
static const uint8_t test_type[2][2] = {{IA64_CT_NONE, IA64_CT_OR},
                                        {IA64_CT_AND, IA64_CT_OR_ANDCM}};

H(test) {
  UNUSED_E;
  bool bit, nat = false;
  if (x->p2 == 0) {
    bit = (r3v(c, x) >> x->in.pos) & 1;
    nat = n3(c, x);
  } else if (x->p2 == 1) {
    bit = n3(c, x);
  } else {
    bit = false; /* tf: this model reports no processor features (vol. 3 tf) */
  }
  return ia64_write_pred_pair(c, x, x->p0, x->p1 ? bit : !bit, nat);
}

static bool bind_test(ia64_xinsn *x, unsigned kind) {
  unsigned tb = (unsigned)ia64_row_bits(x, 36, 36), ta = (unsigned)ia64_row_bits(x, 33, 33);
  unsigned cc = (unsigned)ia64_row_bits(x, 12, 12);
  x->p0 = test_type[tb][ta];
  if (x->p0 == IA64_CT_NONE) {
    x->p0 = cc ? IA64_CT_UNC : IA64_CT_NONE;
    x->p1 = 0;
  } else {
    x->p1 = (uint8_t)cc;
  }
  x->p2 = (uint8_t)kind;
  x->always = x->p0 == IA64_CT_UNC;
  x->fn = h_test;
  return true;
}

/* ---- shifts, deposit, extract (vol. 3 shl, shr, shrp, extr, dep) ------------------------ */

H(shl) {
  UNUSED_E;
  uint64_t cnt = r3v(c, x);
  ia64_gr_set(c, x->in.r1, cnt > 63 ? 0 : r2v(c, x) << cnt, n2(c, x) || n3(c, x));
  return IA64_OK;
}

H(shr_u) {
  UNUSED_E;
  uint64_t cnt = r2v(c, x);
  ia64_gr_set(c, x->in.r1, cnt > 63 ? 0 : r3v(c, x) >> cnt, n2(c, x) || n3(c, x));
  return IA64_OK;
}

H(shr) {
  UNUSED_E;
  uint64_t cnt = r2v(c, x);
  int64_t v = (int64_t)r3v(c, x);
  ia64_gr_set(c, x->in.r1, (uint64_t)(v >> (cnt > 63 ? 63 : cnt)), n2(c, x) || n3(c, x));
  return IA64_OK;
}

H(shrp) {
  UNUSED_E;
  unsigned cnt = x->in.count;
  uint64_t lo = r3v(c, x), hi = r2v(c, x);
  uint64_t v = cnt ? (lo >> cnt) | (hi << (64 - cnt)) : lo;
  ia64_gr_set(c, x->in.r1, v, n2(c, x) || n3(c, x));
  return IA64_OK;
}

static inline uint64_t mask_of(unsigned len) { return len >= 64 ? ~0ull : (1ull << len) - 1; }

/* extr: the field [pos, pos+len), cut at bit 63 (vol. 3 extr). */
H(extr) {
  UNUSED_E;
  unsigned pos = x->in.pos, len = x->in.len;
  if (pos + len > 64) len = 64 - pos;
  uint64_t v = r3v(c, x) >> pos & mask_of(len);
  if (x->p0 && len < 64 && (v >> (len - 1) & 1)) v |= ~mask_of(len);
  ia64_gr_set(c, x->in.r1, v, n3(c, x));
  return IA64_OK;
}

static inline uint64_t deposit(uint64_t target, uint64_t value, unsigned pos, unsigned len) {
  uint64_t m = mask_of(len) << pos; /* bits beyond 63 fall off */
  return (target & ~m) | ((value << pos) & m);
}

H(dep_z) {
  UNUSED_E;
  ia64_gr_set(c, x->in.r1, deposit(0, r2v(c, x), x->in.pos, x->in.len), n2(c, x));
  return IA64_OK;
}

H(dep_z_imm) {
  UNUSED_E;
  ia64_gr_set(c, x->in.r1, deposit(0, (uint64_t)x->in.imm, x->in.pos, x->in.len), false);
  return IA64_OK;
}

H(dep_imm) {
  UNUSED_E;
  ia64_gr_set(c, x->in.r1, deposit(r3v(c, x), (uint64_t)x->in.imm, x->in.pos, x->in.len),
              n3(c, x));
  return IA64_OK;
}

H(dep) {
  UNUSED_E;
  ia64_gr_set(c, x->in.r1, deposit(r3v(c, x), r2v(c, x), x->in.pos, x->in.len),
              n2(c, x) || n3(c, x));
  return IA64_OK;
}

/* ---- extension, zero search, counts ------------------------------------------------------ */

/* p0: bytes, p1: signed */
H(xt) {
  UNUSED_E;
  unsigned bits = 8u * x->p0;
  uint64_t v = r3v(c, x) & mask_of(bits);
  if (x->p1 && (v >> (bits - 1) & 1)) v |= ~mask_of(bits);
  ia64_gr_set(c, x->in.r1, v, n3(c, x));
  return IA64_OK;
}

/* czx: index of the first zero element from the left (p1 = 1) or the
 * right, counting from that end; the element count if none (vol. 3 czx). */
H(czx) {
  UNUSED_E;
  unsigned esize = 8u * x->p0, n = 64 / esize;
  uint64_t v = r3v(c, x), idx = n;
  for (unsigned i = 0; i < n; i++) {
    unsigned el = x->p1 ? n - 1 - i : i;
    if (((v >> (el * esize)) & mask_of(esize)) == 0) {
      idx = i;
      break;
    }
  }
  ia64_gr_set(c, x->in.r1, idx, n3(c, x));
  return IA64_OK;
}

H(popcnt) {
  UNUSED_E;
  ia64_gr_set(c, x->in.r1, (uint64_t)__builtin_popcountll(r3v(c, x)), n3(c, x));
  return IA64_OK;
}

H(clz) {
  UNUSED_E;
  uint64_t v = r3v(c, x);
  ia64_gr_set(c, x->in.r1, v ? (uint64_t)__builtin_clzll(v) : 64, n3(c, x));
  return IA64_OK;
}

H(addl) {
  UNUSED_E;
  ia64_gr_set(c, x->in.r1, (uint64_t)x->in.imm + r3v(c, x), n3(c, x));
  return IA64_OK;
}

H(movl) {
  UNUSED_E;
  ia64_gr_set(c, x->in.r1, (uint64_t)x->in.imm, false);
  return IA64_OK;
}

static const ia64_handler alu_handlers[IA64_OP_COUNT_] = {
    [IA64_OP_add] = h_add,
    [IA64_OP_add_1] = h_add_1,
    [IA64_OP_sub] = h_sub,
    [IA64_OP_sub_1] = h_sub_1,
    [IA64_OP_addp4] = h_addp4,
    [IA64_OP_and] = h_and,
    [IA64_OP_andcm] = h_andcm,
    [IA64_OP_or] = h_or,
    [IA64_OP_xor] = h_xor,
    [IA64_OP_shladd] = h_shladd,
    [IA64_OP_shladdp4] = h_shladdp4,
    [IA64_OP_sub_imm] = h_sub_imm,
    [IA64_OP_and_imm] = h_and_imm,
    [IA64_OP_andcm_imm] = h_andcm_imm,
    [IA64_OP_or_imm] = h_or_imm,
    [IA64_OP_xor_imm] = h_xor_imm,
    [IA64_OP_adds] = h_adds,
    [IA64_OP_addp4_imm] = h_addp4_imm,
    [IA64_OP_addl] = h_addl,
    [IA64_OP_movl] = h_movl,
    [IA64_OP_shl] = h_shl,
    [IA64_OP_shr_u] = h_shr_u,
    [IA64_OP_shr] = h_shr,
    [IA64_OP_shrp] = h_shrp,
    [IA64_OP_extr] = h_extr,
    [IA64_OP_extr_u] = h_extr,
    [IA64_OP_dep_z] = h_dep_z,
    [IA64_OP_dep_z_imm] = h_dep_z_imm,
    [IA64_OP_dep_imm] = h_dep_imm,
    [IA64_OP_dep] = h_dep,
    [IA64_OP_popcnt] = h_popcnt,
    [IA64_OP_clz] = h_clz,
};

static const ia64_handler alu_static_handlers[IA64_OP_COUNT_] = {
    [IA64_OP_add] = h_add_s,         [IA64_OP_sub] = h_sub_s,         [IA64_OP_and] = h_and_s,
    [IA64_OP_andcm] = h_andcm_s,     [IA64_OP_or] = h_or_s,           [IA64_OP_xor] = h_xor_s,
    [IA64_OP_shladd] = h_shladd_s,   [IA64_OP_and_imm] = h_and_imm_s, [IA64_OP_or_imm] = h_or_imm_s,
    [IA64_OP_xor_imm] = h_xor_imm_s, [IA64_OP_adds] = h_adds_s,
};

/* zxt/sxt/czx parameters: element bytes and sign/left. */
typedef struct xt_param {
  uint16_t op;
  uint8_t bytes, flag;
  ia64_handler fn;
} xt_param;

static const xt_param xt_params[] = {
    {IA64_OP_zxt1, 1, 0, h_xt},  {IA64_OP_zxt2, 2, 0, h_xt},  {IA64_OP_zxt4, 4, 0, h_xt},
    {IA64_OP_sxt1, 1, 1, h_xt},  {IA64_OP_sxt2, 2, 1, h_xt},  {IA64_OP_sxt4, 4, 1, h_xt},
    {IA64_OP_czx1_l, 1, 1, h_czx}, {IA64_OP_czx2_l, 2, 1, h_czx}, {IA64_OP_czx1_r, 1, 0, h_czx},
    {IA64_OP_czx2_r, 2, 0, h_czx},
};

bool ia64_bind_alu(ia64_xinsn *x) {
  unsigned fmt = x->in.fmt;
  if (fmt == IA64_FMT_A6 || fmt == IA64_FMT_A7 || fmt == IA64_FMT_A8) return bind_cmp(x);
  if (fmt == IA64_FMT_I16) return bind_test(x, 0);
  if (fmt == IA64_FMT_I17) return bind_test(x, 1);
  if (fmt == IA64_FMT_I30) return bind_test(x, 2);
  for (size_t i = 0; i < sizeof xt_params / sizeof xt_params[0]; i++) {
    if (xt_params[i].op != x->in.op) continue;
    x->fn = xt_params[i].fn;
    x->p0 = xt_params[i].bytes;
    x->p1 = xt_params[i].flag;
    return true;
  }
  x->fn = alu_handlers[x->in.op];
  if (x->maxgr < 32 && alu_static_handlers[x->in.op]) x->fn = alu_static_handlers[x->in.op];
  if (x->in.op == IA64_OP_extr) x->p0 = 1;
  return x->fn != NULL;
}
