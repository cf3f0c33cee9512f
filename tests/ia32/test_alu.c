/* IA-32 ALU tests. The oracle is the host CPU (x86-64): every operation that
 * exists in 64-bit mode is executed natively on 8/16/32-bit operands and the
 * result and the flags the SDM defines for it are compared. The host may be
 * AMD, whose undefined flags differ from Intel's, so undefined flags are
 * masked out there and our own choices for them are tested separately. BCD
 * instructions (#UD in 64-bit mode) are checked against decimal arithmetic. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include <cmocka.h>

#include "ia32/alu.h"

#define ARITH IA32_EFLAGS_ARITH
#define CF    IA32_EFLAGS_CF
#define PF    IA32_EFLAGS_PF
#define AF    IA32_EFLAGS_AF
#define ZF    IA32_EFLAGS_ZF
#define SF    IA32_EFLAGS_SF
#define OF    IA32_EFLAGS_OF

/* A defined-mask bit meaning "the result itself is undefined: skip". */
#define RESULT_UNDEFINED 0x80000000u

enum { RANDOM_PAIRS = 20000 };

static const uint32_t edge_values[] = {
    0,          1,          2,          0x0f,       0x10,       0x7e,       0x7f,
    0x80,       0x81,       0xfe,       0xff,       0x100,      0x7ffe,     0x7fff,
    0x8000,     0x8001,     0xfffe,     0xffff,     0x10000,    0x7ffffffe, 0x7fffffff,
    0x80000000, 0x80000001, 0xfffffffe, 0xffffffff, 0x12345678, 0x99,       0x0a};
enum { EDGE_COUNT = sizeof edge_values / sizeof edge_values[0] };

static const unsigned sizes[] = {1, 2, 4};

/* xorshift64*, fixed seed per test so failures reproduce. */
typedef struct rng {
  uint64_t s;
} rng;

static uint32_t rng_next(rng *g) {
  g->s ^= g->s >> 12;
  g->s ^= g->s << 25;
  g->s ^= g->s >> 27;
  return (uint32_t)((g->s * UINT64_C(2685821657736338717)) >> 32);
}

/* Random operand: uniform, or near an edge value, to hit carries often. */
static uint32_t rng_operand(rng *g) {
  const uint32_t pick = rng_next(g);
  switch (pick & 3) {
  case 0:
    return edge_values[(pick >> 2) % EDGE_COUNT] + ((pick >> 8) & 3) - 1;
  case 1:
    return rng_next(g) & 0xff;
  default:
    return rng_next(g);
  }
}

static uint32_t rng_flags(rng *g) {
  return rng_next(g) & ARITH;
}

/* ---- host execution ---------------------------------------------------- */

/* The red zone below %rsp may hold the caller's locals: step over it before
 * pushing. LEA does not touch the flags. */
#define FLAGS_IN  "lea -128(%%rsp), %%rsp\n\tpushq %[f]\n\tpopfq\n\t"
#define FLAGS_OUT "\n\tpushfq\n\tpopq %[f]\n\tlea 128(%%rsp), %%rsp"

static uint64_t host_flags_in(uint32_t arith) {
  return (arith & ARITH) | 0x202u;
}

/* x = x OP y for the given sizes. */
#define HOST_OP2(NAME, MN)                                                                         \
  static uint32_t NAME(unsigned size, uint32_t a, uint32_t b, uint32_t *fl) {                      \
    uint64_t f = host_flags_in(*fl);                                                               \
    if (size == 1) {                                                                               \
      uint8_t x = (uint8_t)a, y = (uint8_t)b;                                                      \
      __asm__ volatile(FLAGS_IN MN "b %[y], %[x]" FLAGS_OUT                                        \
                       : [x] "+q"(x), [f] "+r"(f)                                                  \
                       : [y] "q"(y)                                                                \
                       : "cc");                                                                    \
      a = x;                                                                                       \
    } else if (size == 2) {                                                                        \
      uint16_t x = (uint16_t)a, y = (uint16_t)b;                                                   \
      __asm__ volatile(FLAGS_IN MN "w %[y], %[x]" FLAGS_OUT                                        \
                       : [x] "+r"(x), [f] "+r"(f)                                                  \
                       : [y] "r"(y)                                                                \
                       : "cc");                                                                    \
      a = x;                                                                                       \
    } else {                                                                                       \
      uint32_t x = a, y = b;                                                                       \
      __asm__ volatile(FLAGS_IN MN "l %[y], %[x]" FLAGS_OUT                                        \
                       : [x] "+r"(x), [f] "+r"(f)                                                  \
                       : [y] "r"(y)                                                                \
                       : "cc");                                                                    \
      a = x;                                                                                       \
    }                                                                                              \
    *fl = (uint32_t)f & ARITH;                                                                     \
    return a;                                                                                      \
  }

/* x = OP x. */
#define HOST_OP1(NAME, MN)                                                                         \
  static uint32_t NAME(unsigned size, uint32_t a, uint32_t b, uint32_t *fl) {                      \
    uint64_t f = host_flags_in(*fl);                                                               \
    (void)b;                                                                                       \
    if (size == 1) {                                                                               \
      uint8_t x = (uint8_t)a;                                                                      \
      __asm__ volatile(FLAGS_IN MN "b %[x]" FLAGS_OUT : [x] "+q"(x), [f] "+r"(f) : : "cc");        \
      a = x;                                                                                       \
    } else if (size == 2) {                                                                        \
      uint16_t x = (uint16_t)a;                                                                    \
      __asm__ volatile(FLAGS_IN MN "w %[x]" FLAGS_OUT : [x] "+r"(x), [f] "+r"(f) : : "cc");        \
      a = x;                                                                                       \
    } else {                                                                                       \
      uint32_t x = a;                                                                              \
      __asm__ volatile(FLAGS_IN MN "l %[x]" FLAGS_OUT : [x] "+r"(x), [f] "+r"(f) : : "cc");        \
      a = x;                                                                                       \
    }                                                                                              \
    *fl = (uint32_t)f & ARITH;                                                                     \
    return a;                                                                                      \
  }

/* x = x OP CL. */
#define HOST_SHIFT(NAME, MN)                                                                       \
  static uint32_t NAME(unsigned size, uint32_t a, uint32_t b, uint32_t *fl) {                      \
    uint64_t f = host_flags_in(*fl);                                                               \
    const uint8_t c = (uint8_t)b;                                                                  \
    if (size == 1) {                                                                               \
      uint8_t x = (uint8_t)a;                                                                      \
      __asm__ volatile(FLAGS_IN MN "b %%cl, %[x]" FLAGS_OUT                                        \
                       : [x] "+q"(x), [f] "+r"(f)                                                  \
                       : "c"(c)                                                                    \
                       : "cc");                                                                    \
      a = x;                                                                                       \
    } else if (size == 2) {                                                                        \
      uint16_t x = (uint16_t)a;                                                                    \
      __asm__ volatile(FLAGS_IN MN "w %%cl, %[x]" FLAGS_OUT                                        \
                       : [x] "+r"(x), [f] "+r"(f)                                                  \
                       : "c"(c)                                                                    \
                       : "cc");                                                                    \
      a = x;                                                                                       \
    } else {                                                                                       \
      uint32_t x = a;                                                                              \
      __asm__ volatile(FLAGS_IN MN "l %%cl, %[x]" FLAGS_OUT                                        \
                       : [x] "+r"(x), [f] "+r"(f)                                                  \
                       : "c"(c)                                                                    \
                       : "cc");                                                                    \
      a = x;                                                                                       \
    }                                                                                              \
    *fl = (uint32_t)f & ARITH;                                                                     \
    return a;                                                                                      \
  }

/* Forms without a byte version (BT*, BSF, BSR, IMUL r, r/m): x = x OP y. */
#define HOST_OP2_WL(NAME, MN)                                                                      \
  static uint32_t NAME(unsigned size, uint32_t a, uint32_t b, uint32_t *fl) {                      \
    uint64_t f = host_flags_in(*fl);                                                               \
    if (size == 2) {                                                                               \
      uint16_t x = (uint16_t)a, y = (uint16_t)b;                                                   \
      __asm__ volatile(FLAGS_IN MN "w %[y], %[x]" FLAGS_OUT                                        \
                       : [x] "+r"(x), [f] "+r"(f)                                                  \
                       : [y] "r"(y)                                                                \
                       : "cc");                                                                    \
      a = x;                                                                                       \
    } else {                                                                                       \
      uint32_t x = a, y = b;                                                                       \
      __asm__ volatile(FLAGS_IN MN "l %[y], %[x]" FLAGS_OUT                                        \
                       : [x] "+r"(x), [f] "+r"(f)                                                  \
                       : [y] "r"(y)                                                                \
                       : "cc");                                                                    \
      a = x;                                                                                       \
    }                                                                                              \
    *fl = (uint32_t)f & ARITH;                                                                     \
    return a;                                                                                      \
  }

HOST_OP2(host_add, "add")
HOST_OP2(host_adc, "adc")
HOST_OP2(host_sub, "sub")
HOST_OP2(host_sbb, "sbb")
HOST_OP2(host_cmp, "cmp")
HOST_OP2(host_and, "and")
HOST_OP2(host_or, "or")
HOST_OP2(host_xor, "xor")
HOST_OP2(host_test, "test")
HOST_OP1(host_not, "not")
HOST_OP1(host_neg, "neg")
HOST_OP1(host_inc, "inc")
HOST_OP1(host_dec, "dec")
HOST_SHIFT(host_shl, "shl")
HOST_SHIFT(host_shr, "shr")
HOST_SHIFT(host_sar, "sar")
HOST_SHIFT(host_rol, "rol")
HOST_SHIFT(host_ror, "ror")
HOST_SHIFT(host_rcl, "rcl")
HOST_SHIFT(host_rcr, "rcr")
HOST_OP2_WL(host_bt, "bt")
HOST_OP2_WL(host_bts, "bts")
HOST_OP2_WL(host_btr, "btr")
HOST_OP2_WL(host_btc, "btc")
HOST_OP2_WL(host_bsf, "bsf")
HOST_OP2_WL(host_bsr, "bsr")
HOST_OP2_WL(host_imul2, "imul")

/* SHLD/SHRD x, y, CL (sizes 2 and 4); the second source comes from a third value. */
#define HOST_DOUBLE_SHIFT(NAME, MN)                                                                \
  static uint32_t NAME(unsigned size, uint32_t a, uint32_t b, uint32_t count, uint32_t *fl) {      \
    uint64_t f = host_flags_in(*fl);                                                               \
    const uint8_t c = (uint8_t)count;                                                              \
    if (size == 2) {                                                                               \
      uint16_t x = (uint16_t)a, y = (uint16_t)b;                                                   \
      __asm__ volatile(FLAGS_IN MN "w %%cl, %[y], %[x]" FLAGS_OUT                                  \
                       : [x] "+r"(x), [f] "+r"(f)                                                  \
                       : [y] "r"(y), "c"(c)                                                        \
                       : "cc");                                                                    \
      a = x;                                                                                       \
    } else {                                                                                       \
      uint32_t x = a, y = b;                                                                       \
      __asm__ volatile(FLAGS_IN MN "l %%cl, %[y], %[x]" FLAGS_OUT                                  \
                       : [x] "+r"(x), [f] "+r"(f)                                                  \
                       : [y] "r"(y), "c"(c)                                                        \
                       : "cc");                                                                    \
      a = x;                                                                                       \
    }                                                                                              \
    *fl = (uint32_t)f & ARITH;                                                                     \
    return a;                                                                                      \
  }

HOST_DOUBLE_SHIFT(host_shld, "shld")
HOST_DOUBLE_SHIFT(host_shrd, "shrd")

static uint32_t host_bswap(unsigned size, uint32_t a, uint32_t b, uint32_t *fl) {
  uint64_t f = host_flags_in(*fl);
  (void)size;
  (void)b;
  __asm__ volatile(FLAGS_IN "bswapl %[x]" FLAGS_OUT : [x] "+r"(a), [f] "+r"(f) : : "cc");
  *fl = (uint32_t)f & ARITH;
  return a;
}

/* XADD x, y: returns the new x; *old gets the new y (the old x). */
static uint32_t host_xadd_full(unsigned size, uint32_t a, uint32_t b, uint32_t *fl, uint32_t *yo) {
  uint64_t f = host_flags_in(*fl);
  if (size == 1) {
    uint8_t x = (uint8_t)a, y = (uint8_t)b;
    __asm__ volatile(FLAGS_IN "xaddb %[y], %[x]" FLAGS_OUT
                     : [x] "+q"(x), [y] "+q"(y), [f] "+r"(f)
                     :
                     : "cc");
    a = x;
    b = y;
  } else if (size == 2) {
    uint16_t x = (uint16_t)a, y = (uint16_t)b;
    __asm__ volatile(FLAGS_IN "xaddw %[y], %[x]" FLAGS_OUT
                     : [x] "+r"(x), [y] "+r"(y), [f] "+r"(f)
                     :
                     : "cc");
    a = x;
    b = y;
  } else {
    __asm__ volatile(FLAGS_IN "xaddl %[y], %[x]" FLAGS_OUT
                     : [x] "+r"(a), [y] "+r"(b), [f] "+r"(f)
                     :
                     : "cc");
  }
  *fl = (uint32_t)f & ARITH;
  *yo = b;
  return a;
}

/* CMPXCHG x, y with the accumulator acc (in/out). Returns the new x. */
static uint32_t host_cmpxchg(unsigned size, uint32_t *acc, uint32_t a, uint32_t b, uint32_t *fl) {
  uint64_t f = host_flags_in(*fl);
  if (size == 1) {
    uint8_t x = (uint8_t)a, y = (uint8_t)b, r = (uint8_t)*acc;
    __asm__ volatile(FLAGS_IN "cmpxchgb %[y], %[x]" FLAGS_OUT
                     : [x] "+q"(x), [f] "+r"(f), "+a"(r)
                     : [y] "q"(y)
                     : "cc");
    a = x;
    *acc = r;
  } else if (size == 2) {
    uint16_t x = (uint16_t)a, y = (uint16_t)b, r = (uint16_t)*acc;
    __asm__ volatile(FLAGS_IN "cmpxchgw %[y], %[x]" FLAGS_OUT
                     : [x] "+r"(x), [f] "+r"(f), "+a"(r)
                     : [y] "r"(y)
                     : "cc");
    a = x;
    *acc = r;
  } else {
    uint32_t r = *acc;
    __asm__ volatile(FLAGS_IN "cmpxchgl %[y], %[x]" FLAGS_OUT
                     : [x] "+r"(a), [f] "+r"(f), "+a"(r)
                     : [y] "r"(b)
                     : "cc");
    *acc = r;
  }
  *fl = (uint32_t)f & ARITH;
  return a;
}

/* One-operand MUL/IMUL: returns the low half, *hi the high half. */
#define HOST_MUL1(NAME, MN)                                                                        \
  static uint32_t NAME(unsigned size, uint32_t a, uint32_t b, uint32_t *hi, uint32_t *fl) {        \
    uint64_t f = host_flags_in(*fl);                                                               \
    if (size == 1) {                                                                               \
      uint16_t ax = (uint8_t)a;                                                                    \
      uint8_t y = (uint8_t)b;                                                                      \
      __asm__ volatile(FLAGS_IN MN "b %[y]" FLAGS_OUT                                              \
                       : "+a"(ax), [f] "+r"(f)                                                     \
                       : [y] "q"(y)                                                                \
                       : "cc");                                                                    \
      *hi = ax >> 8;                                                                               \
      a = ax & 0xffu;                                                                              \
    } else if (size == 2) {                                                                        \
      uint16_t ax = (uint16_t)a, dx, y = (uint16_t)b;                                              \
      __asm__ volatile(FLAGS_IN MN "w %[y]" FLAGS_OUT                                              \
                       : "+a"(ax), "=&d"(dx), [f] "+r"(f)                                          \
                       : [y] "r"(y)                                                                \
                       : "cc");                                                                    \
      *hi = dx;                                                                                    \
      a = ax;                                                                                      \
    } else {                                                                                       \
      uint32_t dx;                                                                                 \
      __asm__ volatile(FLAGS_IN MN "l %[y]" FLAGS_OUT                                              \
                       : "+a"(a), "=&d"(dx), [f] "+r"(f)                                           \
                       : [y] "r"(b)                                                                \
                       : "cc");                                                                    \
      *hi = dx;                                                                                    \
    }                                                                                              \
    *fl = (uint32_t)f & ARITH;                                                                     \
    return a;                                                                                      \
  }

HOST_MUL1(host_mul, "mul")
HOST_MUL1(host_imul1, "imul")

/* IMUL r, r/m, imm (three-operand form) for a few immediates. */
#define HOST_IMUL3(NAME, IMM)                                                                      \
  static uint32_t NAME(unsigned size, uint32_t b, uint32_t *fl) {                                  \
    uint64_t f = host_flags_in(*fl);                                                               \
    uint32_t r;                                                                                    \
    if (size == 2) {                                                                               \
      uint16_t x, y = (uint16_t)b;                                                                 \
      __asm__ volatile(FLAGS_IN "imulw %[i], %[y], %[x]" FLAGS_OUT                                 \
                       : [x] "=&r"(x), [f] "+r"(f)                                                 \
                       : [y] "r"(y), [i] "i"(IMM)                                                  \
                       : "cc");                                                                    \
      r = x;                                                                                       \
    } else {                                                                                       \
      __asm__ volatile(FLAGS_IN "imull %[i], %[y], %[x]" FLAGS_OUT                                 \
                       : [x] "=&r"(r), [f] "+r"(f)                                                 \
                       : [y] "r"(b), [i] "i"(IMM)                                                  \
                       : "cc");                                                                    \
    }                                                                                              \
    *fl = (uint32_t)f & ARITH;                                                                     \
    return r;                                                                                      \
  }

HOST_IMUL3(host_imul3_p7, 7)
HOST_IMUL3(host_imul3_m3, -3)
HOST_IMUL3(host_imul3_p1000, 1000)

/* DIV/IDIV of hi:lo; only called when no #DE is expected. */
#define HOST_DIV(NAME, MN)                                                                         \
  static void NAME(unsigned size, uint32_t hi, uint32_t lo, uint32_t d, uint32_t *q,               \
                   uint32_t *r) {                                                                  \
    if (size == 1) {                                                                               \
      uint16_t ax = (uint16_t)(((hi & 0xffu) << 8) | (lo & 0xffu));                                \
      uint8_t y = (uint8_t)d;                                                                      \
      __asm__ volatile(MN "b %[y]" : "+a"(ax) : [y] "q"(y) : "cc");                                \
      *q = ax & 0xffu;                                                                             \
      *r = ax >> 8;                                                                                \
    } else if (size == 2) {                                                                        \
      uint16_t ax = (uint16_t)lo, dx = (uint16_t)hi, y = (uint16_t)d;                              \
      __asm__ volatile(MN "w %[y]" : "+a"(ax), "+d"(dx) : [y] "r"(y) : "cc");                      \
      *q = ax;                                                                                     \
      *r = dx;                                                                                     \
    } else {                                                                                       \
      __asm__ volatile(MN "l %[y]" : "+a"(lo), "+d"(hi) : [y] "r"(d) : "cc");                      \
      *q = lo;                                                                                     \
      *r = hi;                                                                                     \
    }                                                                                              \
  }

HOST_DIV(host_div, "div")
HOST_DIV(host_idiv, "idiv")

/* SETcc after loading the arithmetic flags. */
#define HOST_SETCC_CASE(N, MN)                                                                     \
  case N:                                                                                          \
    __asm__ volatile(FLAGS_IN MN " %[r]\n\tlea 128(%%rsp), %%rsp"                                  \
                     : [r] "=q"(r), [f] "+r"(f)                                                    \
                     :                                                                             \
                     : "cc");                                                                      \
    break;

static bool host_cond(unsigned cc, uint32_t arith) {
  uint64_t f = host_flags_in(arith);
  uint8_t r = 0;
  /* POPFQ consumed the push of FLAGS_IN; the LEA undoes its red-zone step. */
  switch (cc) {
    HOST_SETCC_CASE(0, "seto")
    HOST_SETCC_CASE(1, "setno")
    HOST_SETCC_CASE(2, "setb")
    HOST_SETCC_CASE(3, "setae")
    HOST_SETCC_CASE(4, "sete")
    HOST_SETCC_CASE(5, "setne")
    HOST_SETCC_CASE(6, "setbe")
    HOST_SETCC_CASE(7, "seta")
    HOST_SETCC_CASE(8, "sets")
    HOST_SETCC_CASE(9, "setns")
    HOST_SETCC_CASE(10, "setp")
    HOST_SETCC_CASE(11, "setnp")
    HOST_SETCC_CASE(12, "setl")
    HOST_SETCC_CASE(13, "setge")
    HOST_SETCC_CASE(14, "setle")
    HOST_SETCC_CASE(15, "setg")
  default:
    break;
  }
  return r != 0;
}

/* ---- our side, in the host wrappers' shape ------------------------------ */

typedef uint32_t (*our_fn)(ia32_lazy_flags *lf, unsigned size, uint32_t a, uint32_t b);
typedef uint32_t (*host_fn)(unsigned size, uint32_t a, uint32_t b, uint32_t *fl);
typedef uint32_t (*defined_fn)(unsigned size, uint32_t b);

#define OUR_BINOP(NAME)                                                                            \
  static uint32_t our_##NAME(ia32_lazy_flags *lf, unsigned size, uint32_t a, uint32_t b) {         \
    return ia32_##NAME(lf, size, a, b);                                                            \
  }
OUR_BINOP(add)
OUR_BINOP(adc)
OUR_BINOP(sub)
OUR_BINOP(sbb)
OUR_BINOP(and)
OUR_BINOP(or)
OUR_BINOP(xor)
OUR_BINOP(imul_trunc)

static uint32_t our_cmp(ia32_lazy_flags *lf, unsigned size, uint32_t a, uint32_t b) {
  return ia32_alu_group1(lf, IA32_ALU_CMP, size, a, b);
}
static uint32_t our_test(ia32_lazy_flags *lf, unsigned size, uint32_t a, uint32_t b) {
  ia32_test(lf, size, a, b);
  return a & ia32_size_mask(size);
}
static uint32_t our_not(ia32_lazy_flags *lf, unsigned size, uint32_t a, uint32_t b) {
  (void)lf, (void)b;
  return ia32_not(size, a);
}
static uint32_t our_neg(ia32_lazy_flags *lf, unsigned size, uint32_t a, uint32_t b) {
  (void)b;
  return ia32_neg(lf, size, a);
}
static uint32_t our_inc(ia32_lazy_flags *lf, unsigned size, uint32_t a, uint32_t b) {
  (void)b;
  return ia32_inc(lf, size, a);
}
static uint32_t our_dec(ia32_lazy_flags *lf, unsigned size, uint32_t a, uint32_t b) {
  (void)b;
  return ia32_dec(lf, size, a);
}
static uint32_t our_bswap(ia32_lazy_flags *lf, unsigned size, uint32_t a, uint32_t b) {
  (void)lf, (void)size, (void)b;
  return ia32_bswap(a);
}
static uint32_t our_bsf(ia32_lazy_flags *lf, unsigned size, uint32_t a, uint32_t b) {
  return ia32_bsf(lf, size, a, b);
}
static uint32_t our_bsr(ia32_lazy_flags *lf, unsigned size, uint32_t a, uint32_t b) {
  return ia32_bsr(lf, size, a, b);
}

#define OUR_SHIFT(NAME, OP)                                                                        \
  static uint32_t our_##NAME(ia32_lazy_flags *lf, unsigned size, uint32_t a, uint32_t b) {         \
    return ia32_shift(lf, OP, size, a, b);                                                         \
  }
OUR_SHIFT(shl, IA32_SH_SHL)
OUR_SHIFT(shr, IA32_SH_SHR)
OUR_SHIFT(sar, IA32_SH_SAR)
OUR_SHIFT(rol, IA32_SH_ROL)
OUR_SHIFT(ror, IA32_SH_ROR)
OUR_SHIFT(rcl, IA32_SH_RCL)
OUR_SHIFT(rcr, IA32_SH_RCR)

#define OUR_BIT(NAME, OP)                                                                          \
  static uint32_t our_##NAME(ia32_lazy_flags *lf, unsigned size, uint32_t a, uint32_t b) {         \
    return ia32_bit_test(lf, OP, size, a, b);                                                      \
  }
OUR_BIT(bt, IA32_BIT_BT)
OUR_BIT(bts, IA32_BIT_BTS)
OUR_BIT(btr, IA32_BIT_BTR)
OUR_BIT(btc, IA32_BIT_BTC)

/* ---- which flags the SDM defines (vol. 2, "Flags Affected") ------------- */

static uint32_t defined_all(unsigned size, uint32_t b) {
  (void)size, (void)b;
  return ARITH;
}
/* AND OR XOR TEST: AF undefined. */
static uint32_t defined_logic(unsigned size, uint32_t b) {
  (void)size, (void)b;
  return ARITH & ~AF;
}
/* SHL/SHR: AF undefined, OF only for count 1, CF undefined when count >= width. */
static uint32_t defined_shl_shr(unsigned size, uint32_t b) {
  const uint32_t c = b & 0x1f;
  if (c == 0) return ARITH;
  return ARITH & ~AF & ~(c != 1 ? OF : 0) & ~(c >= 8 * size ? CF : 0);
}
static uint32_t defined_sar(unsigned size, uint32_t b) {
  const uint32_t c = b & 0x1f;
  (void)size;
  if (c == 0) return ARITH;
  return ARITH & ~AF & ~(c != 1 ? OF : 0);
}
/* Rotates change only CF and OF, OF only for count 1. */
static uint32_t defined_rotate(unsigned size, uint32_t b) {
  (void)size;
  return (b & 0x1f) > 1 ? ARITH & ~OF : ARITH;
}
static uint32_t defined_mul(unsigned size, uint32_t b) {
  (void)size, (void)b;
  return CF | OF;
}
/* BT*: CF, ZF unaffected; the rest undefined. */
static uint32_t defined_bt(unsigned size, uint32_t b) {
  (void)size, (void)b;
  return CF | ZF;
}
static uint32_t defined_bsf(unsigned size, uint32_t b) {
  (void)size, (void)b;
  return ZF;
}

enum { SZ1 = 1, SZ2 = 2, SZ4 = 4 }; /* bit set of operand sizes */

typedef struct host_case {
  our_fn ours;
  host_fn host;
  defined_fn defined;
  uint8_t sizes;   /* SZ1 | SZ2 | SZ4 */
  bool b_is_count; /* second operand is a shift count */
} host_case;

static const host_case case_add = {our_add, host_add, defined_all, 7, false};
static const host_case case_adc = {our_adc, host_adc, defined_all, 7, false};
static const host_case case_sub = {our_sub, host_sub, defined_all, 7, false};
static const host_case case_sbb = {our_sbb, host_sbb, defined_all, 7, false};
static const host_case case_cmp = {our_cmp, host_cmp, defined_all, 7, false};
static const host_case case_and = {our_and, host_and, defined_logic, 7, false};
static const host_case case_or = {our_or, host_or, defined_logic, 7, false};
static const host_case case_xor = {our_xor, host_xor, defined_logic, 7, false};
static const host_case case_test = {our_test, host_test, defined_logic, 7, false};
static const host_case case_not = {our_not, host_not, defined_all, 7, false};
static const host_case case_neg = {our_neg, host_neg, defined_all, 7, false};
static const host_case case_inc = {our_inc, host_inc, defined_all, 7, false};
static const host_case case_dec = {our_dec, host_dec, defined_all, 7, false};
static const host_case case_shl = {our_shl, host_shl, defined_shl_shr, 7, true};
static const host_case case_shr = {our_shr, host_shr, defined_shl_shr, 7, true};
static const host_case case_sar = {our_sar, host_sar, defined_sar, 7, true};
static const host_case case_rol = {our_rol, host_rol, defined_rotate, 7, true};
static const host_case case_ror = {our_ror, host_ror, defined_rotate, 7, true};
static const host_case case_rcl = {our_rcl, host_rcl, defined_rotate, 7, true};
static const host_case case_rcr = {our_rcr, host_rcr, defined_rotate, 7, true};
static const host_case case_bt = {our_bt, host_bt, defined_bt, SZ2 | SZ4, true};
static const host_case case_bts = {our_bts, host_bts, defined_bt, SZ2 | SZ4, true};
static const host_case case_btr = {our_btr, host_btr, defined_bt, SZ2 | SZ4, true};
static const host_case case_btc = {our_btc, host_btc, defined_bt, SZ2 | SZ4, true};
static const host_case case_bsf = {our_bsf, host_bsf, defined_bsf, SZ2 | SZ4, false};
static const host_case case_bsr = {our_bsr, host_bsr, defined_bsf, SZ2 | SZ4, false};
static const host_case case_imul2 = {our_imul_trunc, host_imul2, defined_mul, SZ2 | SZ4, false};
static const host_case case_bswap = {our_bswap, host_bswap, defined_all, SZ4, false};

static uint32_t count_operand(rng *g) {
  const uint32_t r = rng_next(g);
  return (r & 1) ? (r >> 1) & 0xff : (r >> 1) % 40;
}

/* Runs one operation on ours and on the host; fails on any difference in
 * the result or in a defined flag. Also checks that the lazy condition
 * evaluation agrees with the materialized flags. */
static void compare_with_host(const host_case *c, unsigned size, uint32_t a, uint32_t b,
                              uint32_t flags_in) {
  const uint32_t m = ia32_size_mask(size), defined = c->defined(size, b);
  ia32_lazy_flags lf;
  ia32_flags_load(&lf, flags_in);
  const uint32_t ours = c->ours(&lf, size, a, b);
  uint32_t host_flags = flags_in;
  const uint32_t host = c->host(size, a, b, &host_flags) & m;
  const uint32_t our_flags = ia32_flags_arith(&lf);
  if ((!(defined & RESULT_UNDEFINED) && ours != host) ||
      ((our_flags ^ host_flags) & defined & ARITH)) {
    print_error("size %u a=%#x b=%#x flags_in=%#x: ours %#x flags %#x, host %#x flags %#x "
                "(compared %#x)\n",
                size, a, b, flags_in, ours, our_flags, host, host_flags, defined & ARITH);
    fail();
  }
  for (unsigned cc = 0; cc < 16; cc++)
    assert_int_equal(ia32_cond_lazy(cc, &lf), ia32_cond(cc, our_flags));
}

static void run_host_case(void **state) {
  const host_case *c = *state;
  rng g = {UINT64_C(0x9e3779b97f4a7c15)};
  for (unsigned si = 0; si < 3; si++) {
    const unsigned size = sizes[si];
    if (!(c->sizes & size)) continue;
    for (unsigned i = 0; i < EDGE_COUNT; i++) {
      if (c->b_is_count) {
        for (uint32_t count = 0; count < 70; count++)
          compare_with_host(c, size, edge_values[i], count, rng_flags(&g));
      } else {
        for (unsigned j = 0; j < EDGE_COUNT; j++) {
          compare_with_host(c, size, edge_values[i], edge_values[j], 0);
          compare_with_host(c, size, edge_values[i], edge_values[j], ARITH);
        }
      }
    }
    for (unsigned n = 0; n < RANDOM_PAIRS; n++) {
      const uint32_t a = rng_operand(&g);
      const uint32_t b = c->b_is_count ? count_operand(&g) : rng_operand(&g);
      compare_with_host(c, size, a, b, rng_flags(&g));
    }
  }
}

#define HOST_TEST(NAME)                                                                            \
  { "test_" #NAME "_matches_host_cpu", run_host_case, NULL, NULL, (void *)&case_##NAME }

/* ---- host comparisons with other operand shapes ---------------------- */

static void test_xadd_matches_host_cpu(void **state) {
  (void)state;
  rng g = {1};
  for (unsigned si = 0; si < 3; si++) {
    const unsigned size = sizes[si];
    for (unsigned n = 0; n < RANDOM_PAIRS; n++) {
      const uint32_t a = rng_operand(&g), b = rng_operand(&g), fin = rng_flags(&g);
      uint32_t host_flags = fin, host_src, dst = a, src = b;
      const uint32_t host = host_xadd_full(size, a, b, &host_flags, &host_src);
      ia32_lazy_flags lf;
      ia32_flags_load(&lf, fin);
      ia32_xadd(&lf, size, &dst, &src);
      assert_int_equal(dst, host & ia32_size_mask(size));
      assert_int_equal(src, host_src & ia32_size_mask(size));
      assert_int_equal(ia32_flags_arith(&lf), host_flags);
    }
  }
}

static void test_cmpxchg_flags_are_those_of_cmp_accumulator_dest(void **state) {
  (void)state;
  rng g = {2};
  for (unsigned si = 0; si < 3; si++) {
    const unsigned size = sizes[si];
    const uint32_t m = ia32_size_mask(size);
    for (unsigned n = 0; n < RANDOM_PAIRS; n++) {
      const uint32_t acc = rng_operand(&g) & m, src = rng_operand(&g) & m;
      const uint32_t dst = (rng_next(&g) & 1) ? acc : rng_operand(&g) & m;
      const uint32_t fin = rng_flags(&g);
      uint32_t host_acc = acc, host_flags = fin, our_acc = acc, our_dst = dst;
      const uint32_t host_dst = host_cmpxchg(size, &host_acc, dst, src, &host_flags) & m;
      ia32_lazy_flags lf;
      ia32_flags_load(&lf, fin);
      const bool equal = ia32_cmpxchg(&lf, size, &our_acc, &our_dst, src);
      assert_int_equal(our_dst, host_dst);
      assert_int_equal(our_acc, host_acc & m);
      assert_int_equal(ia32_flags_arith(&lf), host_flags);
      assert_int_equal(equal, acc == dst);
    }
  }
}

static void test_shld_shrd_match_host_cpu(void **state) {
  (void)state;
  rng g = {3};
  for (unsigned n = 0; n < 4 * RANDOM_PAIRS; n++) {
    const unsigned size = (n & 1) ? 4 : 2;
    const bool left = (n & 2) != 0;
    const uint32_t a = rng_operand(&g), b = rng_operand(&g), fin = rng_flags(&g);
    const uint32_t count = count_operand(&g), c = count & 0x1f;
    if (c > 8 * size) continue; /* SDM: result and flags undefined */
    uint32_t defined = ARITH;
    if (c != 0) defined &= ~AF & ~(c != 1 ? OF : 0);
    uint32_t host_flags = fin;
    const uint32_t host = (left ? host_shld : host_shrd)(size, a, b, count, &host_flags);
    ia32_lazy_flags lf;
    ia32_flags_load(&lf, fin);
    const uint32_t ours = (left ? ia32_shld : ia32_shrd)(&lf, size, a, b, count);
    if (ours != (host & ia32_size_mask(size)) || ((ia32_flags_arith(&lf) ^ host_flags) & defined)) {
      print_error("%s size %u a=%#x b=%#x count=%u: ours %#x/%#x host %#x/%#x\n",
                  left ? "shld" : "shrd", size, a, b, count, ours, ia32_flags_arith(&lf), host,
                  host_flags);
      fail();
    }
  }
}

static void test_one_operand_mul_imul_match_host_cpu(void **state) {
  (void)state;
  rng g = {4};
  for (unsigned si = 0; si < 3; si++) {
    const unsigned size = sizes[si];
    for (unsigned n = 0; n < 2 * RANDOM_PAIRS; n++) {
      const bool is_signed = n & 1;
      const uint32_t a = rng_operand(&g), b = rng_operand(&g), fin = rng_flags(&g);
      uint32_t host_hi, our_hi, host_flags = fin;
      const uint32_t host = (is_signed ? host_imul1 : host_mul)(size, a, b, &host_hi, &host_flags);
      ia32_lazy_flags lf;
      ia32_flags_load(&lf, fin);
      const uint32_t ours = (is_signed ? ia32_imul_wide : ia32_mul)(&lf, size, a, b, &our_hi);
      assert_int_equal(ours, host & ia32_size_mask(size));
      assert_int_equal(our_hi, host_hi & ia32_size_mask(size));
      assert_int_equal(ia32_flags_arith(&lf) & (CF | OF), host_flags & (CF | OF));
    }
  }
}

static void test_three_operand_imul_matches_host_cpu(void **state) {
  (void)state;
  rng g = {5};
  static uint32_t (*const hosts[])(unsigned, uint32_t, uint32_t *) = {host_imul3_p7, host_imul3_m3,
                                                                      host_imul3_p1000};
  static const uint32_t imms[] = {7, (uint32_t)-3, 1000};
  for (unsigned n = 0; n < RANDOM_PAIRS; n++) {
    const unsigned size = (n & 1) ? 4 : 2, k = n % 3;
    const uint32_t b = rng_operand(&g);
    uint32_t host_flags = 0;
    const uint32_t host = hosts[k](size, b, &host_flags);
    ia32_lazy_flags lf;
    ia32_flags_load(&lf, 0);
    assert_int_equal(ia32_imul_trunc(&lf, size, b, imms[k]), host & ia32_size_mask(size));
    assert_int_equal(ia32_flags_arith(&lf) & (CF | OF), host_flags & (CF | OF));
  }
}

/* #DE by the definition: divisor 0, or a quotient outside the destination. */
static bool divide_faults(unsigned size, bool is_signed, uint32_t hi, uint32_t lo, uint32_t d) {
  const unsigned bits = 8 * size;
  const uint32_t m = ia32_size_mask(size);
  if ((d & m) == 0) return true;
  if (!is_signed) return (hi & m) >= (d & m); /* quotient >= 2^bits */
  const unsigned __int128 u = ((unsigned __int128)(hi & m) << bits) | (lo & m);
  const __int128 half = (__int128)1 << (2 * bits - 1);
  const __int128 dividend = (__int128)u >= half ? (__int128)u - 2 * half : (__int128)u;
  const __int128 divisor =
      (__int128)(d & m) - (((d & m) >> (bits - 1)) ? ((__int128)1 << bits) : 0);
  const __int128 q = dividend / divisor;
  return q < -((__int128)1 << (bits - 1)) || q > ((__int128)1 << (bits - 1)) - 1;
}

static void test_div_idiv_match_host_cpu_and_fault_exactly_on_de(void **state) {
  (void)state;
  rng g = {6};
  unsigned faults = 0, results = 0;
  for (unsigned si = 0; si < 3; si++) {
    const unsigned size = sizes[si];
    const uint32_t m = ia32_size_mask(size);
    for (unsigned n = 0; n < 2 * RANDOM_PAIRS; n++) {
      const bool is_signed = n & 1;
      const uint32_t lo = rng_operand(&g), d = rng_operand(&g) >> (rng_next(&g) & 31);
      uint32_t hi;
      switch (rng_next(&g) % 3) {
      case 0:
        hi = ia32_sign_fill(lo, size);
        break;
      case 1:
        hi = (d & m) ? (rng_next(&g) % (d & m)) : 0;
        break;
      default:
        hi = rng_operand(&g);
        break;
      }
      uint32_t q = 0xdeadbeef, r = 0xdeadbeef;
      const ia32_alu_status st = (is_signed ? ia32_idiv : ia32_div)(size, hi, lo, d, &q, &r);
      if (divide_faults(size, is_signed, hi, lo, d)) {
        assert_int_equal(st, IA32_ALU_DE);
        faults++;
        continue;
      }
      uint32_t hq, hr;
      (is_signed ? host_idiv : host_div)(size, hi, lo, d, &hq, &hr);
      assert_int_equal(st, IA32_ALU_OK);
      assert_int_equal(q, hq & m);
      assert_int_equal(r, hr & m);
      results++;
    }
  }
  assert_true(faults > 1000 && results > 1000);
}

static void test_conditions_match_host_setcc(void **state) {
  (void)state;
  for (uint32_t bits = 0; bits < 64; bits++) {
    const uint32_t flags = ((bits & 1) ? CF : 0) | ((bits & 2) ? PF : 0) | ((bits & 4) ? AF : 0) |
                           ((bits & 8) ? ZF : 0) | ((bits & 16) ? SF : 0) | ((bits & 32) ? OF : 0);
    for (unsigned cc = 0; cc < 16; cc++) {
      assert_int_equal(ia32_cond(cc, flags), host_cond(cc, flags));
      assert_int_equal(ia32_cond(cc, flags | 0xfffff000u), host_cond(cc, flags));
    }
  }
}

/* After CMP, a Jcc decided from the lazy record must equal the host's SETcc. */
static void test_cond_lazy_after_cmp_matches_host_setcc(void **state) {
  (void)state;
  rng g = {7};
  for (unsigned n = 0; n < RANDOM_PAIRS; n++) {
    const unsigned size = sizes[n % 3];
    const uint32_t a = rng_operand(&g), b = (n & 4) ? a : rng_operand(&g);
    uint32_t host_flags = 0;
    host_cmp(size, a, b, &host_flags);
    ia32_lazy_flags lf;
    ia32_cmp(&lf, size, a, b);
    for (unsigned cc = 0; cc < 16; cc++)
      assert_int_equal(ia32_cond_lazy(cc, &lf), host_cond(cc, host_flags));
  }
}

/* ---- rules, independent of the host ------------------------------------ */

static uint32_t arith_after(ia32_lazy_flags *lf) {
  return ia32_flags_arith(lf);
}

static void test_inc_preserves_cf(void **state) {
  (void)state;
  for (uint32_t cf = 0; cf <= CF; cf += CF) {
    ia32_lazy_flags lf;
    ia32_flags_load(&lf, cf);
    assert_int_equal(ia32_inc(&lf, 1, 0xff), 0);
    assert_int_equal(arith_after(&lf), cf | ZF | AF | PF);
    assert_int_equal(ia32_inc(&lf, 2, 0x7fff), 0x8000);
    assert_int_equal(arith_after(&lf), cf | OF | SF | AF | PF);
  }
  ia32_lazy_flags lf;
  ia32_add(&lf, 4, 0xffffffff, 1); /* CF = 1 from a lazy ADD record */
  ia32_inc(&lf, 4, 5);
  assert_true(arith_after(&lf) & CF);
}

static void test_dec_preserves_cf(void **state) {
  (void)state;
  for (uint32_t cf = 0; cf <= CF; cf += CF) {
    ia32_lazy_flags lf;
    ia32_flags_load(&lf, cf);
    assert_int_equal(ia32_dec(&lf, 1, 0), 0xff);
    assert_int_equal(arith_after(&lf), cf | SF | AF | PF);
    assert_int_equal(ia32_dec(&lf, 4, 0x80000000), 0x7fffffff);
    assert_int_equal(arith_after(&lf), cf | OF | AF | PF);
  }
  ia32_lazy_flags lf;
  ia32_sub(&lf, 1, 0, 1); /* CF = 1 from a lazy SUB record */
  ia32_dec(&lf, 1, 5);
  assert_true(arith_after(&lf) & CF);
}

static void test_logic_ops_clear_cf_of_and_af(void **state) {
  (void)state;
  for (unsigned op = 0; op < 4; op++) {
    ia32_lazy_flags lf;
    ia32_flags_load(&lf, ARITH);
    switch (op) {
    case 0:
      ia32_and(&lf, 1, 0xff, 0x80);
      break;
    case 1:
      ia32_or(&lf, 1, 0x00, 0x80);
      break;
    case 2:
      ia32_xor(&lf, 1, 0x7f, 0xff);
      break;
    default:
      ia32_test(&lf, 1, 0x80, 0x80);
      break;
    }
    assert_int_equal(arith_after(&lf), SF); /* 0x80: SF, odd parity, CF OF AF clear */
  }
}

static void test_neg_sets_cf_unless_source_is_zero(void **state) {
  (void)state;
  ia32_lazy_flags lf;
  ia32_flags_load(&lf, CF);
  assert_int_equal(ia32_neg(&lf, 4, 0), 0);
  assert_int_equal(arith_after(&lf), ZF | PF);
  assert_int_equal(ia32_neg(&lf, 1, 0x80), 0x80);
  assert_int_equal(arith_after(&lf), CF | OF | SF);
  assert_int_equal(ia32_neg(&lf, 2, 1), 0xffff);
  assert_int_equal(arith_after(&lf), CF | SF | AF | PF);
}

static void test_not_changes_no_flags(void **state) {
  (void)state;
  assert_int_equal(ia32_not(1, 0x0f), 0xf0);
  assert_int_equal(ia32_not(2, 0xffff0000), 0xffff);
  assert_int_equal(ia32_not(4, 0), 0xffffffff);
}

/* SHL/SHR/SAR keep AF (undefined) and, for counts other than 1, OF: also
 * when the previous flags are still lazy (an ADD, SUB, INC, DEC... record),
 * and SF/ZF/PF follow the result (SDM vol. 2 SAL/SAR/SHL/SHR). */
static void test_shift_keeps_af_of_of_lazy_flags(void **state) {
  (void)state;
  static const ia32_shift_op ops[] = {IA32_SH_SHL, IA32_SH_SHR, IA32_SH_SAR};
  rng g = {UINT64_C(0x5bd1e9955bd1e995)};
  for (unsigned i = 0; i < 20000; i++) {
    const unsigned size = sizes[i % 3], count = 1 + rng_next(&g) % 3;
    const uint32_t a = rng_next(&g), b = rng_next(&g), v = rng_next(&g);
    ia32_lazy_flags lf;
    ia32_flags_load(&lf, rng_next(&g) & ARITH);
    switch ((i / 3) % 6) { /* leave a lazy record of each kind */
    case 0: ia32_add(&lf, size, a, b); break;
    case 1: ia32_sub(&lf, size, a, b); break;
    case 2: ia32_adc(&lf, size, a, b); break;
    case 3: ia32_sbb(&lf, size, a, b); break;
    case 4: ia32_inc(&lf, size, a); break;
    default: ia32_dec(&lf, size, a); break;
    }
    const uint32_t before = ia32_flags_arith(&lf);
    const uint32_t r = ia32_shift(&lf, ops[i % 3], size, v, count);
    const uint32_t after = ia32_flags_arith(&lf);
    const uint32_t kept = count == 1 ? AF : AF | OF;
    assert_int_equal(after & kept, before & kept);
    assert_int_equal(after & (ZF | SF | PF), ia32_szp_flags(r, size));
    for (unsigned cc = 0; cc < 16; cc++)
      assert_int_equal(ia32_cond_lazy(cc, &lf), ia32_cond(cc, after));
  }
}

static const ia32_shift_op all_shift_ops[] = {IA32_SH_ROL, IA32_SH_ROR, IA32_SH_RCL, IA32_SH_RCR,
                                              IA32_SH_SHL, IA32_SH_SHR, IA32_SH_SAL, IA32_SH_SAR};

static void test_shift_count_zero_leaves_flags(void **state) {
  (void)state;
  static const uint32_t counts[] = {0, 32, 64, 0xe0};
  static const uint32_t flag_sets[] = {0, ARITH, CF | ZF, OF | AF};
  for (unsigned o = 0; o < 8; o++)
    for (unsigned si = 0; si < 3; si++)
      for (unsigned c = 0; c < 4; c++)
        for (unsigned f = 0; f < 4; f++) {
          ia32_lazy_flags lf;
          ia32_flags_load(&lf, flag_sets[f]);
          assert_int_equal(ia32_shift(&lf, all_shift_ops[o], sizes[si], 0x81, counts[c]), 0x81);
          assert_int_equal(arith_after(&lf), flag_sets[f]);
          if (sizes[si] == 1) continue;
          assert_int_equal(ia32_shld(&lf, sizes[si], 0x81, 0xffff, counts[c]), 0x81);
          assert_int_equal(ia32_shrd(&lf, sizes[si], 0x81, 0xffff, counts[c]), 0x81);
          assert_int_equal(arith_after(&lf), flag_sets[f]);
        }
}

static void test_shift_count_is_masked_to_5_bits(void **state) {
  (void)state;
  for (unsigned o = 0; o < 8; o++)
    for (unsigned si = 0; si < 3; si++) {
      ia32_lazy_flags a, b;
      ia32_flags_load(&a, CF);
      ia32_flags_load(&b, CF);
      assert_int_equal(ia32_shift(&a, all_shift_ops[o], sizes[si], 0x4321, 3),
                       ia32_shift(&b, all_shift_ops[o], sizes[si], 0x4321, 3 + 32 * 5));
      assert_int_equal(arith_after(&a), arith_after(&b));
    }
}

static void test_sal_is_shl(void **state) {
  (void)state;
  for (uint32_t c = 0; c < 32; c++) {
    ia32_lazy_flags a, b;
    ia32_flags_load(&a, 0);
    ia32_flags_load(&b, 0);
    assert_int_equal(ia32_shift(&a, IA32_SH_SAL, 2, 0xc003, c),
                     ia32_shift(&b, IA32_SH_SHL, 2, 0xc003, c));
    assert_int_equal(arith_after(&a), arith_after(&b));
  }
}

static void test_rcl_8bit_count_is_mod_9(void **state) {
  (void)state;
  for (uint32_t cf = 0; cf <= CF; cf += CF) {
    ia32_lazy_flags lf;
    ia32_flags_load(&lf, cf);
    /* 9 is a full turn of CF:AL: value and CF come back unchanged. */
    assert_int_equal(ia32_shift(&lf, IA32_SH_RCL, 1, 0xa5, 9), 0xa5);
    assert_int_equal(arith_after(&lf) & CF, cf);
    assert_int_equal(ia32_shift(&lf, IA32_SH_RCR, 1, 0xa5, 18), 0xa5);
    assert_int_equal(arith_after(&lf) & CF, cf);
    /* 10 = 1 (mod 9). */
    ia32_lazy_flags one;
    ia32_flags_load(&lf, cf);
    ia32_flags_load(&one, cf);
    assert_int_equal(ia32_shift(&lf, IA32_SH_RCL, 1, 0xa5, 10),
                     ia32_shift(&one, IA32_SH_RCL, 1, 0xa5, 1));
    assert_int_equal(arith_after(&lf) & CF, arith_after(&one) & CF);
  }
  ia32_lazy_flags lf;
  ia32_flags_load(&lf, CF);
  assert_int_equal(ia32_shift(&lf, IA32_SH_RCL, 1, 0x80, 1), 0x01); /* CF in, MSB out */
  assert_int_equal(arith_after(&lf) & (CF | OF), CF | OF);          /* OF = MSB ^ CF */
}

static void test_rcl_rcr_16bit_count_is_mod_17(void **state) {
  (void)state;
  for (uint32_t cf = 0; cf <= CF; cf += CF) {
    ia32_lazy_flags lf;
    ia32_flags_load(&lf, cf);
    assert_int_equal(ia32_shift(&lf, IA32_SH_RCR, 2, 0x1234, 17), 0x1234);
    assert_int_equal(arith_after(&lf) & CF, cf);
    ia32_lazy_flags one;
    ia32_flags_load(&lf, cf);
    ia32_flags_load(&one, cf);
    assert_int_equal(ia32_shift(&lf, IA32_SH_RCR, 2, 0x1235, 18),
                     ia32_shift(&one, IA32_SH_RCR, 2, 0x1235, 1));
    assert_int_equal(arith_after(&lf) & CF, arith_after(&one) & CF);
  }
}

static void test_rcl_32bit_count_is_not_reduced(void **state) {
  (void)state;
  ia32_lazy_flags lf;
  ia32_flags_load(&lf, 0);
  /* 31 left through a 33-bit ring = 2 right: bit 1 goes to CF, bit 0 to bit 31. */
  assert_int_equal(ia32_shift(&lf, IA32_SH_RCL, 4, 0x00000003, 31), 0x80000000);
  assert_int_equal(arith_after(&lf) & CF, CF);
}

static void test_rotate_by_multiple_of_width_still_sets_cf(void **state) {
  (void)state;
  ia32_lazy_flags lf;
  ia32_flags_load(&lf, 0);
  assert_int_equal(ia32_shift(&lf, IA32_SH_ROL, 1, 0x81, 8), 0x81);
  assert_int_equal(arith_after(&lf) & CF, CF); /* CF = LSB */
  ia32_flags_load(&lf, CF);
  assert_int_equal(ia32_shift(&lf, IA32_SH_ROR, 2, 0x0001, 16), 0x0001);
  assert_int_equal(arith_after(&lf) & CF, 0); /* CF = MSB */
}

/* Our choice for OF when the count is not 1 (SDM: undefined): unchanged. */
static void test_shift_of_for_counts_other_than_1_is_kept(void **state) {
  (void)state;
  for (unsigned o = 0; o < 8; o++)
    for (uint32_t of = 0; of <= OF; of += OF) {
      ia32_lazy_flags lf;
      ia32_flags_load(&lf, of);
      ia32_shift(&lf, all_shift_ops[o], 1, 0x40, 2);
      assert_int_equal(arith_after(&lf) & OF, of);
      ia32_shld(&lf, 4, 0x40000000, 0, 2);
      assert_int_equal(arith_after(&lf) & OF, of);
    }
}

/* Our choice for AF after a shift (SDM: undefined): unchanged. */
static void test_shift_af_is_kept(void **state) {
  (void)state;
  for (uint32_t af = 0; af <= AF; af += AF) {
    ia32_lazy_flags lf;
    ia32_flags_load(&lf, af);
    ia32_shift(&lf, IA32_SH_SHL, 4, 0x8, 1);
    assert_int_equal(arith_after(&lf) & AF, af);
    ia32_shrd(&lf, 2, 0x8, 0, 1);
    assert_int_equal(arith_after(&lf) & AF, af);
  }
}

static void test_shl_shr_sar_count_1_overflow(void **state) {
  (void)state;
  ia32_lazy_flags lf;
  ia32_flags_load(&lf, 0);
  ia32_shift(&lf, IA32_SH_SHL, 1, 0x40, 1); /* MSB(result)=1, CF=0 */
  assert_int_equal(arith_after(&lf) & (OF | CF), OF);
  ia32_shift(&lf, IA32_SH_SHR, 2, 0x8000, 1); /* OF = MSB of the operand */
  assert_int_equal(arith_after(&lf) & OF, OF);
  ia32_shift(&lf, IA32_SH_SAR, 4, 0x80000001, 1); /* OF = 0 */
  assert_int_equal(arith_after(&lf) & (OF | CF), CF);
}

/* Our choice for MUL/IMUL (SF ZF AF PF undefined): unchanged. */
static void test_mul_keeps_undefined_flags(void **state) {
  (void)state;
  static const uint32_t kept = SF | ZF | AF | PF;
  for (uint32_t f = 0; f <= kept; f += kept) {
    ia32_lazy_flags lf;
    uint32_t hi;
    ia32_flags_load(&lf, f);
    ia32_mul(&lf, 1, 0x10, 0x10, &hi);
    assert_int_equal(arith_after(&lf), f | CF | OF);
    ia32_imul_wide(&lf, 2, 3, 4, &hi);
    assert_int_equal(arith_after(&lf), f);
  }
}

static void test_imul_truncated_sets_cf_of_when_product_does_not_fit(void **state) {
  (void)state;
  ia32_lazy_flags lf;
  ia32_flags_load(&lf, 0);
  assert_int_equal(ia32_imul_trunc(&lf, 2, 0x4000, 2), 0x8000);
  assert_int_equal(arith_after(&lf) & (CF | OF), CF | OF);
  assert_int_equal(ia32_imul_trunc(&lf, 2, 0xc000, 2), 0x8000); /* -16384 * 2 fits */
  assert_int_equal(arith_after(&lf) & (CF | OF), 0);
  assert_int_equal(ia32_imul_trunc(&lf, 4, 0x80000000, 0xffffffff), 0x80000000);
  assert_int_equal(arith_after(&lf) & (CF | OF), CF | OF);
}

static void test_idiv_int_min_by_minus_one_is_de(void **state) {
  (void)state;
  uint32_t q = 7, r = 7;
  assert_int_equal(ia32_idiv(1, 0xff, 0x80, 0xff, &q, &r), IA32_ALU_DE);
  assert_int_equal(ia32_idiv(2, 0xffff, 0x8000, 0xffff, &q, &r), IA32_ALU_DE);
  assert_int_equal(ia32_idiv(4, 0xffffffff, 0x80000000, 0xffffffff, &q, &r), IA32_ALU_DE);
  assert_int_equal(ia32_idiv(4, 0x80000000, 0, 0xffffffff, &q, &r), IA32_ALU_DE);
  assert_int_equal(q, 7); /* outputs untouched on #DE */
  assert_int_equal(r, 7);
  /* The most negative quotient itself is fine. */
  assert_int_equal(ia32_idiv(4, 0xffffffff, 0x80000000, 1, &q, &r), IA32_ALU_OK);
  assert_int_equal(q, 0x80000000);
  assert_int_equal(ia32_idiv(1, 0xff, 0x00, 2, &q, &r), IA32_ALU_OK); /* -256 / 2 */
  assert_int_equal(q, 0x80);
  assert_int_equal(ia32_idiv(1, 0x01, 0x00, 2, &q, &r), IA32_ALU_DE); /* 256 / 2 */
}

static void test_div_by_zero_is_de(void **state) {
  (void)state;
  uint32_t q, r;
  for (unsigned si = 0; si < 3; si++) {
    assert_int_equal(ia32_div(sizes[si], 0, 1, 0, &q, &r), IA32_ALU_DE);
    assert_int_equal(ia32_idiv(sizes[si], 0, 1, 0, &q, &r), IA32_ALU_DE);
    /* Divisor bits above the operand size do not count. */
    assert_int_equal(ia32_div(sizes[si], 0, 1, sizes[si] == 4 ? 0 : 0x10000u << 8, &q, &r),
                     IA32_ALU_DE);
  }
}

static void test_div_quotient_overflow_is_de(void **state) {
  (void)state;
  uint32_t q, r;
  assert_int_equal(ia32_div(1, 0x10, 0x00, 0x10, &q, &r), IA32_ALU_DE);
  assert_int_equal(ia32_div(1, 0x0f, 0xff, 0x10, &q, &r), IA32_ALU_OK);
  assert_int_equal(q, 0xff);
  assert_int_equal(r, 0x0f);
  assert_int_equal(ia32_div(4, 0xffffffff, 0xffffffff, 0xffffffff, &q, &r), IA32_ALU_DE);
}

static void test_idiv_truncates_toward_zero_remainder_has_dividend_sign(void **state) {
  (void)state;
  uint32_t q, r;
  assert_int_equal(ia32_idiv(4, 0xffffffff, (uint32_t)-7, 2, &q, &r), IA32_ALU_OK);
  assert_int_equal(q, (uint32_t)-3);
  assert_int_equal(r, (uint32_t)-1);
  assert_int_equal(ia32_idiv(2, 0, 7, 0xfffe, &q, &r), IA32_ALU_OK); /* 7 / -2 */
  assert_int_equal(q, 0xfffd);
  assert_int_equal(r, 1);
}

static void test_bsf_bsr_zero_source_keeps_destination_and_sets_zf(void **state) {
  (void)state;
  for (unsigned si = 1; si < 3; si++) {
    ia32_lazy_flags lf;
    ia32_flags_load(&lf, CF | OF);
    assert_int_equal(ia32_bsf(&lf, sizes[si], 0x1234, 0), 0x1234);
    assert_int_equal(arith_after(&lf), CF | OF | ZF); /* undefined flags kept */
    assert_int_equal(ia32_bsr(&lf, sizes[si], 0x5678, 0xffff0000u >> (sizes[si] == 2 ? 16 : 0)),
                     sizes[si] == 2 ? 15 : 31);
    assert_int_equal(arith_after(&lf), CF | OF);
    assert_int_equal(ia32_bsf(&lf, sizes[si], 0, 0x0100), 8);
  }
}

static void test_bt_sets_cf_and_keeps_other_flags(void **state) {
  (void)state;
  ia32_lazy_flags lf;
  ia32_flags_load(&lf, ZF | SF | OF | PF | AF);
  assert_int_equal(ia32_bit_test(&lf, IA32_BIT_BTS, 2, 0x0000, 17), 0x0002); /* bit mod 16 */
  assert_int_equal(arith_after(&lf), ZF | SF | OF | PF | AF);
  assert_int_equal(ia32_bit_test(&lf, IA32_BIT_BTR, 4, 0x80000001, 31), 1);
  assert_int_equal(arith_after(&lf), CF | ZF | SF | OF | PF | AF);
  assert_int_equal(ia32_bit_test(&lf, IA32_BIT_BTC, 4, 0, 32 + 4), 0x10);
}

static void test_materialize_keeps_non_arithmetic_bits(void **state) {
  (void)state;
  ia32_lazy_flags lf;
  ia32_sub(&lf, 4, 1, 2); /* CF SF AF PF */
  assert_int_equal(ia32_flags_materialize(&lf, 0x00240202u | ARITH),
                   0x00240202u | CF | SF | AF | PF);
  ia32_flags_load(&lf, 0xffffffffu);
  assert_int_equal(ia32_flags_materialize(&lf, 0x202), 0x202 | ARITH);
  ia32_flags_update(&lf, CF, 0); /* CLC */
  assert_int_equal(ia32_flags_materialize(&lf, 0), ARITH & ~CF);
}

static void test_cond_lazy_agrees_with_flags_for_every_record_kind(void **state) {
  (void)state;
  rng g = {8};
  for (unsigned n = 0; n < RANDOM_PAIRS; n++) {
    ia32_lazy_flags lf;
    const unsigned size = sizes[n % 3];
    const uint32_t a = rng_operand(&g), b = (n & 8) ? a : rng_operand(&g);
    ia32_flags_load(&lf, rng_flags(&g));
    switch ((n >> 4) % 8) {
    case 0:
      ia32_add(&lf, size, a, b);
      break;
    case 1:
      ia32_adc(&lf, size, a, b);
      break;
    case 2:
      ia32_sub(&lf, size, a, b);
      break;
    case 3:
      ia32_sbb(&lf, size, a, b);
      break;
    case 4:
      ia32_inc(&lf, size, a);
      break;
    case 5:
      ia32_dec(&lf, size, a);
      break;
    case 6:
      ia32_xor(&lf, size, a, b);
      break;
    default:
      ia32_shift(&lf, IA32_SH_SAR, size, a, b);
      break;
    }
    const uint32_t flags = ia32_flags_arith(&lf);
    for (unsigned cc = 0; cc < 16; cc++)
      assert_int_equal(ia32_cond_lazy(cc, &lf), ia32_cond(cc, flags));
    assert_int_equal(ia32_lazy_cf(&lf), (flags & CF) != 0);
    assert_int_equal(ia32_lazy_zf(&lf), (flags & ZF) != 0);
    assert_int_equal(ia32_lazy_sf(&lf), (flags & SF) != 0);
  }
}

static void test_group1_dispatch_follows_modrm_reg_order(void **state) {
  (void)state;
  static const uint32_t expected[8] = {0x10, 0x0e, 0x11, 0x03, 0x02, 0x04, 0x0c, 0x0a};
  for (unsigned op = 0; op < 8; op++) {
    ia32_lazy_flags lf;
    ia32_flags_load(&lf, CF);
    assert_int_equal(ia32_alu_group1(&lf, (ia32_alu_op)op, 1, 0x0a, 0x06), expected[op]);
  }
}

static void test_sign_extension_helpers(void **state) {
  (void)state;
  assert_int_equal(ia32_sign_extend(0x80, 1) & 0xffff, 0xff80); /* CBW */
  assert_int_equal(ia32_sign_extend(0x7fff, 2), 0x7fff);        /* CWDE */
  assert_int_equal(ia32_sign_extend(0x18000, 2), 0xffff8000);
  assert_int_equal(ia32_sign_fill(0x8000, 2), 0xffff); /* CWD */
  assert_int_equal(ia32_sign_fill(0x7fffffff, 4), 0);  /* CDQ */
  assert_int_equal(ia32_sign_fill(0x80000000, 4), 0xffffffff);
}

/* ---- BCD: decimal meaning and the SDM's examples ----------------------- */

static uint8_t to_bcd(unsigned v) {
  return (uint8_t)(((v / 10) << 4) | (v % 10));
}

/* SDM vol. 2 DAA example: ADD AL,BL (79H + 35H) then DAA gives 14H, CF = AF = 1. */
static void test_daa_sdm_example(void **state) {
  (void)state;
  ia32_lazy_flags lf;
  ia32_flags_load(&lf, ARITH);
  const uint32_t sum = ia32_add(&lf, 1, 0x79, 0x35);
  assert_int_equal(sum, 0xae);
  assert_int_equal(arith_after(&lf), OF | SF); /* "110000" */
  assert_int_equal(ia32_daa(&lf, (uint8_t)sum), 0x14);
  assert_int_equal(arith_after(&lf) & ~OF, AF | PF | CF); /* "X00111" */
}

/* SDM vol. 2 DAS example: SUB AL,BL (35H - 47H) then DAS gives 88H, CF = 1. */
static void test_das_sdm_example(void **state) {
  (void)state;
  ia32_lazy_flags lf;
  ia32_flags_load(&lf, 0);
  const uint32_t diff = ia32_sub(&lf, 1, 0x35, 0x47);
  assert_int_equal(diff, 0xee);
  assert_int_equal(arith_after(&lf), SF | AF | PF | CF); /* "010111" */
  assert_int_equal(ia32_das(&lf, (uint8_t)diff), 0x88);
  assert_int_equal(arith_after(&lf) & ~OF, SF | AF | PF | CF); /* "X10111" */
}

static void test_daa_after_add_gives_packed_bcd_sum(void **state) {
  (void)state;
  for (unsigned x = 0; x < 100; x++)
    for (unsigned y = 0; y < 100; y++)
      for (uint32_t cin = 0; cin <= CF; cin += CF) {
        ia32_lazy_flags lf;
        ia32_flags_load(&lf, cin);
        const uint32_t al = ia32_adc(&lf, 1, to_bcd(x), to_bcd(y));
        const unsigned total = x + y + cin;
        assert_int_equal(ia32_daa(&lf, (uint8_t)al), to_bcd(total % 100));
        assert_int_equal((arith_after(&lf) & CF) != 0, total >= 100);
        assert_int_equal((arith_after(&lf) & ZF) != 0, total % 100 == 0);
      }
}

static void test_das_after_sub_gives_packed_bcd_difference(void **state) {
  (void)state;
  for (unsigned x = 0; x < 100; x++)
    for (unsigned y = 0; y < 100; y++) {
      ia32_lazy_flags lf;
      ia32_flags_load(&lf, 0);
      const uint32_t al = ia32_sub(&lf, 1, to_bcd(x), to_bcd(y));
      assert_int_equal(ia32_das(&lf, (uint8_t)al), to_bcd((x + 100 - y) % 100));
      assert_int_equal((arith_after(&lf) & CF) != 0, x < y);
    }
}

/* DAA/DAS for every AL, CF, AF against the SDM rules restated as "add or
 * subtract a correction of 06H and/or 60H"; OF (undefined) is kept. */
static void test_daa_das_follow_sdm_rules_for_all_inputs(void **state) {
  (void)state;
  for (uint32_t al = 0; al < 256; al++)
    for (uint32_t f = 0; f < 8; f++) {
      const bool cf = f & 1, af = f & 2;
      const uint32_t of = (f & 4) ? OF : 0;
      const bool low = (al & 0x0f) > 9 || af, high = al > 0x99 || cf;
      const uint32_t corr = (low ? 0x06u : 0) | (high ? 0x60u : 0);
      for (int sub = 0; sub < 2; sub++) {
        ia32_lazy_flags lf;
        ia32_flags_load(&lf, (cf ? CF : 0) | (af ? AF : 0) | of);
        const uint32_t r = sub ? ia32_das(&lf, (uint8_t)al) : ia32_daa(&lf, (uint8_t)al);
        const uint32_t want = (sub ? al - corr : al + corr) & 0xff;
        const bool want_cf = high || (sub && low && al < 6);
        assert_int_equal(r, want);
        assert_int_equal(arith_after(&lf),
                         (want_cf ? CF : 0) | (low ? AF : 0) | of | ia32_szp_flags(want, 1));
      }
    }
}

static void test_aaa_after_add_gives_unpacked_digit_and_carry(void **state) {
  (void)state;
  for (unsigned a = 0; a < 10; a++)
    for (unsigned b = 0; b < 10; b++)
      for (unsigned ascii = 0; ascii < 2; ascii++) {
        ia32_lazy_flags lf;
        ia32_flags_load(&lf, 0);
        const uint32_t al = ia32_add(&lf, 1, a + (ascii ? '0' : 0), b + (ascii ? '0' : 0));
        const uint16_t ax = ia32_aaa(&lf, (uint16_t)(0x0400 | al));
        const bool carry = a + b >= 10;
        assert_int_equal(ax, ((4u + carry) << 8) | ((a + b) % 10));
        assert_int_equal(arith_after(&lf) & (CF | AF), carry ? CF | AF : 0);
      }
}

/* Current SDM: AX <- AX + 106H, so a carry out of AL also reaches AH. */
static void test_aaa_adjusts_whole_ax(void **state) {
  (void)state;
  ia32_lazy_flags lf;
  ia32_flags_load(&lf, 0);
  assert_int_equal(ia32_aaa(&lf, 0x00fb), 0x0201);
  ia32_flags_load(&lf, ARITH);
  assert_int_equal(ia32_aaa(&lf, 0x0005), 0x010b); /* AF=1 forces the adjustment */
  assert_int_equal(arith_after(&lf), ARITH);       /* OF SF ZF PF (undefined) kept */
}

static void test_aas_after_sub_gives_unpacked_digit_and_borrow(void **state) {
  (void)state;
  for (unsigned a = 0; a < 10; a++)
    for (unsigned b = 0; b < 10; b++) {
      ia32_lazy_flags lf;
      ia32_flags_load(&lf, 0);
      const uint32_t al = ia32_sub(&lf, 1, a, b);
      const uint16_t ax = ia32_aas(&lf, (uint16_t)(0x0500 | al));
      const bool borrow = a < b;
      assert_int_equal(ax, ((5u - borrow) << 8) | ((a + 10 - b) % 10));
      assert_int_equal(arith_after(&lf) & (CF | AF), borrow ? CF | AF : 0);
    }
}

static void test_aam_splits_al_by_immediate(void **state) {
  (void)state;
  for (unsigned al = 0; al < 256; al++)
    for (unsigned imm = 1; imm < 256; imm += 3) {
      ia32_lazy_flags lf;
      ia32_flags_load(&lf, CF | OF | AF);
      uint16_t ax = (uint16_t)(0x7700 | al);
      assert_int_equal(ia32_aam(&lf, &ax, (uint8_t)imm), IA32_ALU_OK);
      assert_int_equal(ax, ((al / imm) << 8) | (al % imm));
      assert_int_equal(arith_after(&lf), CF | OF | AF | ia32_szp_flags(al % imm, 1));
    }
  ia32_lazy_flags lf;
  ia32_flags_load(&lf, 0);
  uint16_t ax = 9 * 8;
  ia32_aam(&lf, &ax, 10); /* decimal digits of a product */
  assert_int_equal(ax, 0x0702);
}

static void test_aam_with_zero_immediate_is_de(void **state) {
  (void)state;
  ia32_lazy_flags lf;
  ia32_flags_load(&lf, ZF);
  uint16_t ax = 0x1234;
  assert_int_equal(ia32_aam(&lf, &ax, 0), IA32_ALU_DE);
  assert_int_equal(ax, 0x1234);
  assert_int_equal(arith_after(&lf), ZF);
}

static void test_aad_combines_ah_al_by_immediate(void **state) {
  (void)state;
  for (unsigned ax = 0; ax < 0x10000; ax += 7)
    for (unsigned imm = 0; imm < 256; imm += 17) {
      ia32_lazy_flags lf;
      ia32_flags_load(&lf, CF | OF | AF);
      const unsigned want = ((ax & 0xff) + (ax >> 8) * imm) % 256;
      assert_int_equal(ia32_aad(&lf, (uint16_t)ax, (uint8_t)imm), want);
      assert_int_equal(arith_after(&lf), CF | OF | AF | ia32_szp_flags(want, 1));
    }
  ia32_lazy_flags lf;
  ia32_flags_load(&lf, 0);
  assert_int_equal(ia32_aad(&lf, 0x0307, 10), 37);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      HOST_TEST(add),
      HOST_TEST(adc),
      HOST_TEST(sub),
      HOST_TEST(sbb),
      HOST_TEST(cmp),
      HOST_TEST(and),
      HOST_TEST(or),
      HOST_TEST(xor),
      HOST_TEST(test),
      HOST_TEST(not ),
      HOST_TEST(neg),
      HOST_TEST(inc),
      HOST_TEST(dec),
      HOST_TEST(shl),
      HOST_TEST(shr),
      HOST_TEST(sar),
      HOST_TEST(rol),
      HOST_TEST(ror),
      HOST_TEST(rcl),
      HOST_TEST(rcr),
      HOST_TEST(bt),
      HOST_TEST(bts),
      HOST_TEST(btr),
      HOST_TEST(btc),
      HOST_TEST(bsf),
      HOST_TEST(bsr),
      HOST_TEST(imul2),
      HOST_TEST(bswap),
      cmocka_unit_test(test_xadd_matches_host_cpu),
      cmocka_unit_test(test_cmpxchg_flags_are_those_of_cmp_accumulator_dest),
      cmocka_unit_test(test_shld_shrd_match_host_cpu),
      cmocka_unit_test(test_one_operand_mul_imul_match_host_cpu),
      cmocka_unit_test(test_three_operand_imul_matches_host_cpu),
      cmocka_unit_test(test_div_idiv_match_host_cpu_and_fault_exactly_on_de),
      cmocka_unit_test(test_conditions_match_host_setcc),
      cmocka_unit_test(test_cond_lazy_after_cmp_matches_host_setcc),
      cmocka_unit_test(test_inc_preserves_cf),
      cmocka_unit_test(test_dec_preserves_cf),
      cmocka_unit_test(test_logic_ops_clear_cf_of_and_af),
      cmocka_unit_test(test_neg_sets_cf_unless_source_is_zero),
      cmocka_unit_test(test_not_changes_no_flags),
      cmocka_unit_test(test_shift_count_zero_leaves_flags),
      cmocka_unit_test(test_shift_keeps_af_of_of_lazy_flags),
      cmocka_unit_test(test_shift_count_is_masked_to_5_bits),
      cmocka_unit_test(test_sal_is_shl),
      cmocka_unit_test(test_rcl_8bit_count_is_mod_9),
      cmocka_unit_test(test_rcl_rcr_16bit_count_is_mod_17),
      cmocka_unit_test(test_rcl_32bit_count_is_not_reduced),
      cmocka_unit_test(test_rotate_by_multiple_of_width_still_sets_cf),
      cmocka_unit_test(test_shift_of_for_counts_other_than_1_is_kept),
      cmocka_unit_test(test_shift_af_is_kept),
      cmocka_unit_test(test_shl_shr_sar_count_1_overflow),
      cmocka_unit_test(test_mul_keeps_undefined_flags),
      cmocka_unit_test(test_imul_truncated_sets_cf_of_when_product_does_not_fit),
      cmocka_unit_test(test_idiv_int_min_by_minus_one_is_de),
      cmocka_unit_test(test_div_by_zero_is_de),
      cmocka_unit_test(test_div_quotient_overflow_is_de),
      cmocka_unit_test(test_idiv_truncates_toward_zero_remainder_has_dividend_sign),
      cmocka_unit_test(test_bsf_bsr_zero_source_keeps_destination_and_sets_zf),
      cmocka_unit_test(test_bt_sets_cf_and_keeps_other_flags),
      cmocka_unit_test(test_materialize_keeps_non_arithmetic_bits),
      cmocka_unit_test(test_cond_lazy_agrees_with_flags_for_every_record_kind),
      cmocka_unit_test(test_group1_dispatch_follows_modrm_reg_order),
      cmocka_unit_test(test_sign_extension_helpers),
      cmocka_unit_test(test_daa_sdm_example),
      cmocka_unit_test(test_das_sdm_example),
      cmocka_unit_test(test_daa_after_add_gives_packed_bcd_sum),
      cmocka_unit_test(test_das_after_sub_gives_packed_bcd_difference),
      cmocka_unit_test(test_daa_das_follow_sdm_rules_for_all_inputs),
      cmocka_unit_test(test_aaa_after_add_gives_unpacked_digit_and_carry),
      cmocka_unit_test(test_aaa_adjusts_whole_ax),
      cmocka_unit_test(test_aas_after_sub_gives_unpacked_digit_and_borrow),
      cmocka_unit_test(test_aam_splits_al_by_immediate),
      cmocka_unit_test(test_aam_with_zero_immediate_is_de),
      cmocka_unit_test(test_aad_combines_ah_al_by_immediate),
  };
  return cmocka_run_group_tests_name("ia32_alu", tests, NULL, NULL);
}
