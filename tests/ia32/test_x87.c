/* x87 FPU tests. The arithmetic core (src/ia32/x87_float.c) against the
 * rules of the Intel SDM vol. 1 ch. 4 and 8 case by case, and against the
 * host CPU's own x87 (the host is x86-64: every x86-64 processor has one) on
 * random operands (arithmetic, stores, FRNDINT, FSCALE, transcendentals)
 * under every precision, rounding and exception-mask setting; what the SDM
 * leaves to the processor is not compared (reserved PC 01, the reduction of
 * a partial FPREM). Then instructions on a bare-metal engine: stack faults,
 * #MF on the next waiting instruction, #NM by CR0.TS/EM, FNSTENV/FSAVE/
 * FRSTOR, constants under RC, FCOMI/FUCOMIP/FXAM. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "ia32/x87_float.h"
#include "vtsim/vtsim.h"

typedef unsigned __int128 u128_t;

static x87_f80 f80(uint16_t se, uint64_t sig) { return (x87_f80){sig, se}; }
static x87_ctl ctl(unsigned pc_bits, unsigned rc, unsigned masks) {
  return (x87_ctl){.prec = (uint8_t)pc_bits, .rc = (uint8_t)rc, .masks = (uint8_t)masks};
}
#define ALL 0x3f
#define assert_f80(v, se_, sig_)                                                                   \
  do {                                                                                             \
    assert_int_equal((v).se, se_);                                                                 \
    assert_int_equal((v).sig, sig_);                                                               \
  } while (0)

static const x87_f80 ONE = {1ull << 63, 0x3fff}, THREE = {3ull << 62, 0x4000};

/* 1/3 under each RC and PC (vol. 1 8.1.5.2, 4.8.4). */
static void test_rounding_of_one_third(void **state) {
  (void)state;
  x87_f80 r;
  assert_int_equal(x87_div(ctl(64, 0, ALL), ONE, THREE, &r), X87_PE | X87_UP);
  assert_f80(r, 0x3ffd, 0xaaaaaaaaaaaaaaabull);
  assert_int_equal(x87_div(ctl(64, 1, ALL), ONE, THREE, &r), X87_PE);
  assert_f80(r, 0x3ffd, 0xaaaaaaaaaaaaaaaaull);
  assert_int_equal(x87_div(ctl(64, 2, ALL), ONE, THREE, &r), X87_PE | X87_UP);
  assert_f80(r, 0x3ffd, 0xaaaaaaaaaaaaaaabull);
  assert_int_equal(x87_div(ctl(53, 0, ALL), ONE, THREE, &r), X87_PE);
  assert_f80(r, 0x3ffd, 0xaaaaaaaaaaaaa800ull);
  assert_int_equal(x87_div(ctl(24, 3, ALL), x87_neg(ONE), THREE, &r), X87_PE);
  assert_f80(r, 0xbffd, 0xaaaaaa0000000000ull);
  assert_int_equal(x87_div(ctl(24, 1, ALL), x87_neg(ONE), THREE, &r), X87_PE | X87_UP);
  assert_f80(r, 0xbffd, 0xaaaaab0000000000ull);
}

/* Tininess is detected after rounding with an unbounded exponent (vol. 1
 * 4.9.1.5): (2^64-2)*2^-64 * (2^63+1)*2^-16445, rounded up, is the smallest
 * normal, not tiny: PE without UE. */
static void test_tininess_after_rounding(void **state) {
  (void)state;
  x87_f80 r, a = f80(0x3ffe, 0xfffffffffffffffeull), b = f80(0x0001, 0x8000000000000001ull);
  assert_int_equal(x87_mul(ctl(64, 2, ALL), a, b, &r), X87_PE | X87_UP);
  assert_f80(r, 0x0001, 0x8000000000000000ull);
  /* toward zero it stays below: tiny and inexact, a denormal */
  assert_int_equal(x87_mul(ctl(64, 3, ALL), a, b, &r), X87_UE | X87_PE);
  assert_f80(r, 0x0000, 0x7fffffffffffffffull);
}

/* PC keeps the top bits of the significand field, denormals too. */
static void test_precision_control_on_denormals(void **state) {
  (void)state;
  x87_f80 r, a = f80(0x0000, 0x4000000000000500ull), one = ONE;
  assert_int_equal(x87_mul(ctl(64, 0, ALL), a, one, &r), X87_DE);
  assert_f80(r, 0x0000, 0x4000000000000500ull);
  /* 53 bits: the last place is bit 11 of the field, not bit 10 (2^-16434) */
  assert_int_equal(x87_mul(ctl(53, 0, ALL), a, one, &r), X87_DE | X87_UE | X87_PE | X87_UP);
  assert_f80(r, 0x0000, 0x4000000000000800ull);
}

/* Masked overflow: infinity or the largest finite value by RC and sign
 * (vol. 1 table 4-10); unmasked, into a register: the exponent biased by
 * 24576 (vol. 1 8.5.4); a memory store stores nothing. */
static void test_overflow(void **state) {
  (void)state;
  x87_f80 r, big = f80(0x7ffe, 0xc000000000000000ull);
  assert_int_equal(x87_add(ctl(64, 0, ALL), big, big, &r), X87_OE | X87_PE | X87_UP);
  assert_f80(r, 0x7fff, 0x8000000000000000ull);
  assert_int_equal(x87_add(ctl(64, 3, ALL), big, big, &r), X87_OE | X87_PE);
  assert_f80(r, 0x7ffe, 0xffffffffffffffffull);
  assert_int_equal(x87_add(ctl(53, 2, ALL), x87_neg(big), x87_neg(big), &r), X87_OE | X87_PE);
  assert_f80(r, 0xfffe, 0xfffffffffffff800ull);
  assert_int_equal(x87_add(ctl(64, 0, ALL & ~X87_OE), big, big, &r), X87_OE);
  assert_f80(r, 0x7fff - 24576, 0xc000000000000000ull);
  uint64_t d = 1;
  assert_int_equal(x87_to_f64(ctl(64, 0, ALL), big, &d), X87_OE | X87_PE | X87_UP);
  assert_int_equal(d, 0x7ff0000000000000ull);
  assert_int_equal(x87_to_f64(ctl(64, 3, ALL), big, &d), X87_OE | X87_PE);
  assert_int_equal(d, 0x7fefffffffffffffull);
  assert_int_equal(x87_to_f64(ctl(64, 0, ALL & ~X87_OE), big, &d) & X87_OE, X87_OE);
}

/* Unmasked underflow into a register: the exponent biased up by 24576. */
static void test_underflow(void **state) {
  (void)state;
  x87_f80 r, tiny = f80(0x0001, 0xc000000000000000ull), half = f80(0x3ffe, 1ull << 63);
  assert_int_equal(x87_mul(ctl(64, 0, ALL), tiny, half, &r), 0); /* exact denormal: no UE */
  assert_f80(r, 0x0000, 0x6000000000000000ull);
  assert_int_equal(x87_mul(ctl(64, 0, ALL & ~X87_UE), tiny, half, &r), X87_UE);
  assert_f80(r, 24576, 0xc000000000000000ull);
  uint32_t f;
  assert_int_equal(x87_to_f32(ctl(64, 0, ALL), f80(0x3f80, 0xc000000000000000ull), &f), 0);
  assert_int_equal(f, 0x00600000); /* 3 * 2^-128: an exact single denormal */
  assert_int_equal(x87_to_f32(ctl(64, 0, ALL), f80(0x3f60, 0xc000000000000000ull), &f),
                   X87_UE | X87_PE);
  assert_int_equal(f, 0);
}

/* Invalid operations give the QNaN indefinite; x/0 is ZE and an infinity;
 * of two NaNs the larger significand wins, an SNaN is quieted with IE
 * (vol. 1 4.8.3.7, table 4-7). */
static void test_invalid_and_nans(void **state) {
  (void)state;
  x87_f80 r, inf = f80(0x7fff, 1ull << 63), zero = f80(0, 0);
  assert_int_equal(x87_sub(ctl(64, 0, ALL), inf, inf, &r), X87_IE);
  assert_f80(r, 0xffff, 0xc000000000000000ull);
  assert_int_equal(x87_mul(ctl(64, 0, ALL), inf, zero, &r), X87_IE);
  assert_int_equal(x87_div(ctl(64, 0, ALL), zero, zero, &r), X87_IE);
  assert_int_equal(x87_sqrt(ctl(64, 0, ALL), x87_neg(ONE), &r), X87_IE);
  assert_f80(r, 0xffff, 0xc000000000000000ull);
  assert_int_equal(x87_div(ctl(64, 0, ALL), x87_neg(ONE), zero, &r), X87_ZE);
  assert_f80(r, 0xffff, 0x8000000000000000ull);
  x87_f80 qsmall = f80(0x7fff, 0xc000000000000001ull), sbig = f80(0xffff, 0xbfffffffffffffffull);
  assert_int_equal(x87_add(ctl(64, 0, ALL), qsmall, sbig, &r), X87_IE);
  assert_f80(r, 0x7fff, 0xc000000000000001ull); /* the QNaN wins over the SNaN */
  assert_int_equal(x87_add(ctl(64, 0, ALL), sbig, qsmall, &r), X87_IE);
  assert_f80(r, 0x7fff, 0xc000000000000001ull); /* in either order */
  x87_f80 qbig = f80(0xffff, 0xc000000000000010ull);
  assert_int_equal(x87_mul(ctl(64, 0, ALL), qsmall, qbig, &r), 0);
  assert_f80(r, 0xffff, 0xc000000000000010ull);
  assert_int_equal(x87_add(ctl(64, 0, ALL), sbig, ONE, &r), X87_IE);
  assert_f80(r, 0xffff, 0xffffffffffffffffull);
  /* an unnormal is an unsupported format: invalid */
  assert_int_equal(x87_add(ctl(64, 0, ALL), f80(0x3fff, 0x4000000000000000ull), ONE, &r), X87_IE);
  /* FUCOM is quiet on a QNaN, FCOM is not */
  unsigned fl = 0;
  assert_int_equal(x87_compare(ONE, qsmall, true, &fl), 2);
  assert_int_equal(fl, 0);
  assert_int_equal(x87_compare(ONE, qsmall, false, &fl), 2);
  assert_int_equal(fl, X87_IE);
}

/* Integer stores round by RC; out of range: IE and the integer indefinite. */
/* SDM vol. 1 8.2.2 table 8-3: a pseudo-denormal (exponent 0, integer bit 1)
 * is a denormal operand (DE) with the value of exponent 1; checked here from
 * the manual, not only against the host's x87 */
static void test_pseudo_denormal_operand(void **state) {
  (void)state;
  x87_f80 r, pd = f80(0, 0x8000000000000000ull);
  assert_int_equal(x87_mul(ctl(64, 0, ALL), pd, ONE, &r), X87_DE);
  assert_f80(r, 0x0001, 0x8000000000000000ull);
  assert_int_equal(x87_add(ctl(64, 0, ALL), pd, pd, &r), X87_DE);
  assert_f80(r, 0x0002, 0x8000000000000000ull);
}

static void test_integer_conversion(void **state) {
  (void)state;
  int64_t v;
  x87_f80 two_and_half = f80(0x4000, 0xa000000000000000ull);
  assert_int_equal(x87_to_int(ctl(24, 0, ALL), two_and_half, 32, &v), X87_PE);
  assert_int_equal(v, 2);
  assert_int_equal(x87_to_int(ctl(24, 2, ALL), two_and_half, 32, &v), X87_PE | X87_UP);
  assert_int_equal(v, 3);
  assert_int_equal(x87_to_int(ctl(64, 1, ALL), x87_neg(two_and_half), 16, &v), X87_PE | X87_UP);
  assert_int_equal(v, -3);
  assert_int_equal(x87_to_int(ctl(64, 0, ALL), f80(0x400e, 1ull << 63), 16, &v), X87_IE);
  assert_int_equal(v, -32768);
  assert_int_equal(x87_to_int(ctl(64, 0, ALL), f80(0xc00e, 1ull << 63), 16, &v), 0);
  assert_int_equal(v, -32768);
}

/* FPREM: complete below an exponent difference of 64 with the quotient's
 * low bits; beyond, a partial reduction by 32 + (d mod 32). FPREM1 rounds
 * the quotient to nearest. */
static void test_partial_remainder(void **state) {
  (void)state;
  x87_f80 r, seven = f80(0x4001, 0xe000000000000000ull), two = f80(0x4000, 1ull << 63);
  unsigned q;
  bool partial;
  assert_int_equal(x87_prem(ctl(24, 0, ALL), seven, two, false, &r, &q, &partial), 0);
  assert_f80(r, 0x3fff, 1ull << 63);
  assert_int_equal(q, 3);
  assert_false(partial);
  assert_int_equal(x87_prem(ctl(24, 0, ALL), seven, two, true, &r, &q, &partial), 0);
  assert_f80(r, 0xbfff, 1ull << 63); /* 7 - 4*2 */
  assert_int_equal(q, 4);
  x87_f80 huge = f80(0x4000 + 100, 0xc000000000000000ull);
  assert_int_equal(x87_prem(ctl(64, 0, ALL), huge, THREE, false, &r, &q, &partial), 0);
  assert_true(partial);
  assert_int_equal(q, 0);
  assert_true((r.se & 0x7fff) <= 0x4000 + 100 - (32 + 100 % 32) + 1);
}

/* ---- the host's x87 as the oracle ---------------------------------------- */

static long double as_ld(x87_f80 v) {
  long double d = 0;
  memcpy(&d, &v.sig, 8);
  memcpy((char *)&d + 8, &v.se, 2);
  return d;
}
static x87_f80 of_ld(long double d) {
  x87_f80 v;
  memcpy(&v.sig, &d, 8);
  memcpy(&v.se, (char *)&d + 8, 2);
  return v;
}

/* One operation on the host: load b then a, op, status word, FNCLEX (so an
 * unmasked exception does not trap), the result. */
#define HOST_BINARY(name, insn)                                                                    \
  static uint16_t name(uint16_t cw, long double a, long double b, long double *r) {                \
    uint16_t sw;                                                                                   \
    __asm__ volatile("fninit\n fldcw %3\n fldt %2\n fldt %1\n " insn "\n fnstsw %%ax\n"            \
                     " mov %%ax, %0\n fnclex\n fstpt %4\n fninit"                                  \
                     : "=m"(sw)                                                                    \
                     : "m"(a), "m"(b), "m"(cw), "m"(*r)                                            \
                     : "ax", "memory");                                                            \
    return sw;                                                                                     \
  }
HOST_BINARY(host_add, "faddp")
HOST_BINARY(host_sub, "fsubp") /* AT&T: ST(1) = ST(0) - ST(1) */
HOST_BINARY(host_mul, "fmulp")
HOST_BINARY(host_div, "fdivp")
HOST_BINARY(host_sqrt, "fsqrt")
HOST_BINARY(host_prem, "fprem")
HOST_BINARY(host_rndint, "frndint")
HOST_BINARY(host_scale, "fscale")

/* Stores to memory: the stored bits (0 when an unmasked exception stopped
 * the store: the destination starts as 0) and the status word. */
#define HOST_STORE(name, insn, type)                                                               \
  static uint16_t name(uint16_t cw, long double a, uint64_t *out) {                                \
    uint16_t sw;                                                                                   \
    type v = 0;                                                                                    \
    __asm__ volatile("fninit\n fldcw %3\n fldt %2\n " insn " %1\n fnstsw %%ax\n mov %%ax, %0\n"  \
                     " fnclex\n fninit"                                                             \
                     : "=m"(sw), "+m"(v)                                                           \
                     : "m"(a), "m"(cw)                                                             \
                     : "ax", "memory");                                                            \
    *out = (uint64_t)v;                                                                            \
    return sw;                                                                                     \
  }
HOST_STORE(host_f32, "fstps", uint32_t)
HOST_STORE(host_f64, "fstpl", uint64_t)
HOST_STORE(host_i32, "fistpl", uint32_t)
HOST_STORE(host_i64, "fistpll", uint64_t)

typedef struct rng {
  uint64_t s;
} rng;
static uint64_t next(rng *g) {
  g->s ^= g->s << 13;
  g->s ^= g->s >> 7;
  g->s ^= g->s << 17;
  return g->s;
}
/* Operands near the interesting places: around 1, the ends of the
 * exponent range, zeros, infinities and NaNs, short significands. */
static x87_f80 operand(rng *g) {
  uint64_t sig = next(g);
  unsigned k = next(g) % 16, e;
  if (k == 0) e = 0;
  else if (k == 1) e = 0x7fff;
  else if (k < 4) e = (unsigned)(next(g) % 0x7fff);
  else if (k == 5) e = next(g) % 2 ? 1 + next(g) % 80 : 0x7ffe - next(g) % 80;
  else e = 0x3fff - 80 + next(g) % 160;
  if (e) sig |= 1ull << 63;
  if (k == 2) sig &= ~0ull << (next(g) % 64);
  if (next(g) % 8 == 0) sig &= 0xffffffff00000000ull;
  return f80((uint16_t)(e | (next(g) % 2 ? 0x8000 : 0)), sig);
}

static void test_against_host_x87(void **state) {
  (void)state;
  rng g = {88172645463325252ull};
  for (unsigned i = 0; i < 200000; i++) {
    unsigned op = next(&g) % 6;
    uint16_t cw = (uint16_t)(0x3f | (next(&g) % 4) << 8 | (next(&g) % 4) << 10);
    if (next(&g) % 4 == 0) cw &= (uint16_t)~(next(&g) % 64);
    if ((cw & 0x300) == 0x100) cw |= 0x300; /* PC 01 is reserved */
    if (op == 5) cw |= 0x3f;
    x87_f80 a = operand(&g), b = operand(&g), mine = {0, 0};
    long double hr = 0;
    uint16_t hsw;
    unsigned q = 0, fl;
    bool partial = false;
    x87_ctl k = x87_ctl_of(cw);
    switch (op) {
    case 0: hsw = host_add(cw, as_ld(a), as_ld(b), &hr), fl = x87_add(k, a, b, &mine); break;
    case 1: hsw = host_sub(cw, as_ld(a), as_ld(b), &hr), fl = x87_sub(k, a, b, &mine); break;
    case 2: hsw = host_mul(cw, as_ld(a), as_ld(b), &hr), fl = x87_mul(k, a, b, &mine); break;
    case 3: hsw = host_div(cw, as_ld(a), as_ld(b), &hr), fl = x87_div(k, a, b, &mine); break;
    case 4: hsw = host_sqrt(cw, as_ld(a), as_ld(b), &hr), fl = x87_sqrt(k, a, &mine); break;
    default:
      hsw = host_prem(cw, as_ld(a), as_ld(b), &hr);
      fl = x87_prem(k, a, b, false, &mine, &q, &partial);
      break;
    }
    if (op == 5 && (hsw & 0x400)) continue; /* a partial remainder: N is the processor's choice */
    /* the status word the handler (exec_x87.c report) would make */
    if (fl & (X87_IE | X87_ZE)) fl &= ~(unsigned)X87_DE;
    bool stopped = (fl & ~cw & (X87_IE | X87_DE | X87_ZE)) != 0;
    if (stopped) fl &= X87_IE | X87_DE | X87_ZE;
    unsigned sw = fl & 0x3f;
    if (sw & ~cw) sw |= 0x8080;
    if (op == 5) sw |= (q & 4 ? 0x100 : 0) | (q & 2 ? 0x4000 : 0) | (q & 1 ? 0x200 : 0) |
                       (partial ? 0x400 : 0);
    else if (fl & X87_UP) sw |= 0x200;
    unsigned mask = op == 5 ? 0xc7ff : 0x82ff;
    if (stopped) {
      mask = 0x3f; /* no result: the host's ST(0) is the other operand */
    } else {
      x87_f80 h = of_ld(hr);
      if (h.se != mine.se || h.sig != mine.sig)
        fail_msg("op %u cw %04x a %04x:%016llx b %04x:%016llx: host %04x:%016llx, vtsim "
                 "%04x:%016llx",
                 op, cw, a.se, (unsigned long long)a.sig, b.se, (unsigned long long)b.sig, h.se,
                 (unsigned long long)h.sig, mine.se, (unsigned long long)mine.sig);
    }
    if ((hsw & mask) != (sw & mask))
      fail_msg("op %u cw %04x a %04x:%016llx b %04x:%016llx: host sw %04x, vtsim %04x", op, cw,
               a.se, (unsigned long long)a.sig, b.se, (unsigned long long)b.sig, hsw & mask,
               sw & mask);
  }
}

static void test_rounding_stores_against_host_x87(void **state) {
  (void)state;
  rng g = {0x9e3779b97f4a7c15ull};
  for (unsigned i = 0; i < 100000; i++) {
    unsigned op = next(&g) % 6;
    uint16_t cw = (uint16_t)(0x3f | (next(&g) % 4) << 8 | (next(&g) % 4) << 10);
    if ((cw & 0x300) == 0x100) cw |= 0x300;
    if (next(&g) % 4 == 0) cw &= (uint16_t)~(next(&g) % 64);
    x87_f80 a = operand(&g), b = x87_from_int((int64_t)(next(&g) % 200) - 100), mine = {0, 0};
    if (op == 5) a.se = (uint16_t)((a.se & 0x8000) | (0x3fff + next(&g) % 70));
    if (op == 5 && next(&g) % 2) b = operand(&g);
    x87_ctl k = x87_ctl_of(cw);
    uint64_t hv = 0, mv = 0;
    unsigned fl;
    uint16_t hsw;
    bool stored_value = op < 4;
    long double hr = 0;
    switch (op) {
    case 0: hsw = host_f32(cw, as_ld(a), &hv); {
        uint32_t w;
        fl = x87_to_f32(k, a, &w);
        mv = w;
      } break;
    case 1: hsw = host_f64(cw, as_ld(a), &hv), fl = x87_to_f64(k, a, &mv); break;
    case 2: case 3: {
      int64_t v;
      unsigned bits = op == 2 ? 32 : 64;
      hsw = op == 2 ? host_i32(cw, as_ld(a), &hv) : host_i64(cw, as_ld(a), &hv);
      fl = x87_to_int(k, a, bits, &v);
      mv = bits == 32 ? (uint32_t)v : (uint64_t)v;
      break;
    }
    case 4: hsw = host_rndint(cw, as_ld(a), 0, &hr), fl = x87_rndint(k, a, &mine); break;
    default: hsw = host_scale(cw, as_ld(a), as_ld(b), &hr), fl = x87_scale(k, a, b, &mine); break;
    }
    if (fl & (X87_IE | X87_ZE)) fl &= ~(unsigned)X87_DE;
    bool stopped = (fl & ~cw & (X87_IE | X87_DE | X87_ZE)) != 0;
    if (stored_value && (fl & ~cw & (X87_IE | X87_OE | X87_UE))) stopped = true, mv = 0;
    if (stopped) fl &= X87_IE | X87_DE | X87_ZE | X87_OE | X87_UE;
    unsigned sw = fl & 0x3f;
    if (sw & ~cw) sw |= 0x8080;
    if (fl & X87_UP) sw |= 0x200;
    unsigned mask = stopped ? 0x3f : 0x82ff;
    if (stored_value && !stopped && hv != mv)
      fail_msg("store %u cw %04x a %04x:%016llx: host %016llx, vtsim %016llx", op, cw, a.se,
               (unsigned long long)a.sig, (unsigned long long)hv, (unsigned long long)mv);
    x87_f80 h = of_ld(hr);
    if (!stored_value && !stopped && (h.se != mine.se || h.sig != mine.sig))
      fail_msg("op %u cw %04x a %04x:%016llx: host %04x:%016llx, vtsim %04x:%016llx", op, cw, a.se,
               (unsigned long long)a.sig, h.se, (unsigned long long)h.sig, mine.se,
               (unsigned long long)mine.sig);
    if ((hsw & mask) != (sw & mask))
      fail_msg("op %u cw %04x a %04x:%016llx: host sw %04x, vtsim %04x", op, cw, a.se,
               (unsigned long long)a.sig, hsw & mask, sw & mask);
  }
}

/* ---- instructions on a bare-metal engine ---------------------------------- */

/* The snippets at CODE, assembled by GNU as --32 from:
 *   # overflow: 9 x fld1, fnstsw [0x4000], fstp tword [0x4010]
 *   ovf:
 *   fninit
 *   fld1; fld1; fld1; fld1; fld1; fld1; fld1; fld1; fld1
 *   fnstsw 0x4000
 *   fstpt 0x4010
 *   cli; hlt
 *   unf:
 *   fninit
 *   fld1
 *   faddp %st, %st(1)
 *   fnstsw 0x4000
 *   fstpt 0x4010
 *   cli; hlt
 *   mf:
 *   fninit
 *   fldcw 0x4020
 *   fldz
 *   fld1
 *   fdivp %st, %st(1)
 *   fnstsw 0x4000
 *   fwait
 *   cli; hlt
 *   nm:
 *   fninit
 *   fld1
 *   cli; hlt
 *   env:
 *   fninit
 *   fldl 0x4030
 *   fmull 0x4038
 *   fnstenv 0x4100
 *   fsave 0x4200
 *   fld1
 *   frstor 0x4200
 *   fnstsw 0x4000
 *   fstpt 0x4010
 *   cli; hlt
 *   consts:
 *   fninit
 *   fldcw 0x4020
 *   fldpi
 *   fstpt 0x4010
 *   cli; hlt
 *   comi:
 *   fninit
 *   fldl 0x4030
 *   fldl 0x4038
 *   fcomi %st(1), %st
 *   pushf
 *   pop %eax
 *   fucomip %st(1), %st
 *   pushf
 *   pop %ebx
 *   fxam
 *   fnstsw 0x4000
 *   cli; hlt */
static const uint8_t code[] = {
  0xdb, 0xe3, 0xd9, 0xe8, 0xd9, 0xe8, 0xd9, 0xe8, 0xd9, 0xe8, 0xd9, 0xe8,
  0xd9, 0xe8, 0xd9, 0xe8, 0xd9, 0xe8, 0xd9, 0xe8, 0xdd, 0x3d, 0x00, 0x40,
  0x00, 0x00, 0xdb, 0x3d, 0x10, 0x40, 0x00, 0x00, 0xfa, 0xf4, 0xdb, 0xe3,
  0xd9, 0xe8, 0xde, 0xc1, 0xdd, 0x3d, 0x00, 0x40, 0x00, 0x00, 0xdb, 0x3d,
  0x10, 0x40, 0x00, 0x00, 0xfa, 0xf4, 0xdb, 0xe3, 0xd9, 0x2d, 0x20, 0x40,
  0x00, 0x00, 0xd9, 0xee, 0xd9, 0xe8, 0xde, 0xf1, 0xdd, 0x3d, 0x00, 0x40,
  0x00, 0x00, 0x9b, 0xfa, 0xf4, 0xdb, 0xe3, 0xd9, 0xe8, 0xfa, 0xf4, 0xdb,
  0xe3, 0xdd, 0x05, 0x30, 0x40, 0x00, 0x00, 0xdc, 0x0d, 0x38, 0x40, 0x00,
  0x00, 0xd9, 0x35, 0x00, 0x41, 0x00, 0x00, 0x9b, 0xdd, 0x35, 0x00, 0x42,
  0x00, 0x00, 0xd9, 0xe8, 0xdd, 0x25, 0x00, 0x42, 0x00, 0x00, 0xdd, 0x3d,
  0x00, 0x40, 0x00, 0x00, 0xdb, 0x3d, 0x10, 0x40, 0x00, 0x00, 0xfa, 0xf4,
  0xdb, 0xe3, 0xd9, 0x2d, 0x20, 0x40, 0x00, 0x00, 0xd9, 0xeb, 0xdb, 0x3d,
  0x10, 0x40, 0x00, 0x00, 0xfa, 0xf4, 0xdb, 0xe3, 0xdd, 0x05, 0x30, 0x40,
  0x00, 0x00, 0xdd, 0x05, 0x38, 0x40, 0x00, 0x00, 0xdb, 0xf1, 0x9c, 0x58,
  0xdf, 0xe9, 0x9c, 0x5b, 0xd9, 0xe5, 0xdd, 0x3d, 0x00, 0x40, 0x00, 0x00,
  0xfa, 0xf4
};
/* More snippets, at CODE2, from:
 *   mask:
 *   fninit
 *   fldcw 0x4020
 *   fnstenv 0x4100
 *   fnstcw 0x4002
 *   cli; hlt
 *   unmask:
 *   fninit
 *   fldz
 *   fld1
 *   fdivp %st, %st(1)
 *   fldcw 0x4020
 *   fnstsw 0x4000
 *   fwait
 *   cli; hlt
 *   xch:
 *   fninit
 *   fld1
 *   fxch %st(1)
 *   fnstsw 0x4000
 *   fstpt 0x4010
 *   fstpt 0x4300
 *   cli; hlt
 *   bcd:
 *   fninit
 *   fldt 0x4030
 *   fbstp 0x4300
 *   fnstsw 0x4000
 *   cli; hlt
 *   env16:
 *   fninit
 *   fld1
 *   fincstp
 *   data16 fnstenv 0x4100
 *   fnstsw 0x4000
 *   cli; hlt */
static const uint8_t code2[] = {
  0xdb, 0xe3, 0xd9, 0x2d, 0x20, 0x40, 0x00, 0x00, 0xd9, 0x35, 0x00, 0x41,
  0x00, 0x00, 0xd9, 0x3d, 0x02, 0x40, 0x00, 0x00, 0xfa, 0xf4, 0xdb, 0xe3,
  0xd9, 0xee, 0xd9, 0xe8, 0xde, 0xf1, 0xd9, 0x2d, 0x20, 0x40, 0x00, 0x00,
  0xdd, 0x3d, 0x00, 0x40, 0x00, 0x00, 0x9b, 0xfa, 0xf4, 0xdb, 0xe3, 0xd9,
  0xe8, 0xd9, 0xc9, 0xdd, 0x3d, 0x00, 0x40, 0x00, 0x00, 0xdb, 0x3d, 0x10,
  0x40, 0x00, 0x00, 0xdb, 0x3d, 0x00, 0x43, 0x00, 0x00, 0xfa, 0xf4, 0xdb,
  0xe3, 0xdb, 0x2d, 0x30, 0x40, 0x00, 0x00, 0xdf, 0x35, 0x00, 0x43, 0x00,
  0x00, 0xdd, 0x3d, 0x00, 0x40, 0x00, 0x00, 0xfa, 0xf4, 0xdb, 0xe3, 0xd9,
  0xe8, 0xd9, 0xf7, 0x66, 0xd9, 0x35, 0x00, 0x41, 0x00, 0x00, 0xdd, 0x3d,
  0x00, 0x40, 0x00, 0x00, 0xfa, 0xf4
};
enum { CODE = 0x1000, SW = 0x4000, ST = 0x4010, CW = 0x4020, D1 = 0x4030, D2 = 0x4038 };
enum { ENV = 0x4100, SAVE = 0x4200, OUT = 0x4300, CODE2 = 0x1800 };
enum { MASK = 0x800, UNMASK = 0x816, XCH = 0x82d, BCD = 0x847, ENV16 = 0x85d };
enum { OVF = 0x00, UNF = 0x22, MF = 0x36, NM = 0x4d, ENVS = 0x53, CONSTS = 0x84, COMI = 0x96 };

typedef struct machine {
  vtsim_engine *e;
  int vector;
  uint64_t pc;
} machine;

static void on_exception(vtsim_engine *e, const vtsim_event *ev, void *user) {
  machine *m = user;
  (void)e;
  if (m->vector < 0) m->vector = ev->u.exception.vector, m->pc = ev->pc;
}

static machine boot(uint32_t entry) {
  machine m = {.vector = -1};
  vtsim_config cfg;
  vtsim_config_default(&cfg);
  cfg.mode = VTSIM_MODE_SYSTEM;
  cfg.ram_bytes = 1 << 20;
  assert_int_equal(vtsim_open(VTSIM_ARCH_IA32, &cfg, &m.e), VTSIM_OK);
  assert_int_equal(vtsim_mem_write(m.e, CODE, code, sizeof code), VTSIM_OK);
  assert_int_equal(vtsim_mem_write(m.e, CODE2, code2, sizeof code2), VTSIM_OK);
  /* #NM and #MF go to a CLI; HLT through ring-0 interrupt gates (the GDT
   * and the IDT both at 0 after reset: code selector 0x08, vectors 7, 16) */
  static const uint8_t halt[] = {0xfa, 0xf4};
  const uint64_t flat_code = 0x00cf9a000000ffffull, gate = 0x00008e0000083000ull;
  assert_int_equal(vtsim_mem_write(m.e, 0x08, &flat_code, 8), VTSIM_OK);
  assert_int_equal(vtsim_mem_write(m.e, 7 * 8, &gate, 8), VTSIM_OK);
  assert_int_equal(vtsim_mem_write(m.e, 16 * 8, &gate, 8), VTSIM_OK);
  assert_int_equal(vtsim_mem_write(m.e, 0x3000, halt, 2), VTSIM_OK);
  assert_int_equal(vtsim_boot(m.e, CODE + entry, 0, NULL, NULL), VTSIM_OK);
  assert_int_equal(vtsim_reg_write(m.e, VTSIM_IA32_ESP, 0x8000), VTSIM_OK);
  return m;
}

static void put(machine *m, uint32_t at, const void *p, size_t n) {
  assert_int_equal(vtsim_mem_write(m->e, at, p, n), VTSIM_OK);
}
static uint64_t get(machine *m, uint32_t at, size_t n) {
  uint64_t v = 0;
  assert_int_equal(vtsim_mem_read(m->e, at, &v, n), VTSIM_OK);
  return v;
}
static uint64_t reg(machine *m, int r) {
  uint64_t v = 0;
  assert_int_equal(vtsim_reg_read(m->e, r, &v), VTSIM_OK);
  return v;
}

static vtsim_stop_reason go(machine *m) {
  vtsim_hook_id id;
  assert_int_equal(vtsim_hook_add(m->e, VTSIM_EV_EXCEPTION, 1, 0, on_exception, m, &id), VTSIM_OK);
  vtsim_stop stop;
  assert_int_equal(vtsim_run(m->e, 1000, &stop), VTSIM_OK);
  return stop.reason;
}

/* Nine pushes: the ninth overflows (IE, SF, C1 = 1) and, masked, pushes the
 * indefinite (vol. 1 8.5.1.1). */
static void test_stack_overflow(void **state) {
  (void)state;
  machine m = boot(OVF);
  assert_int_equal(go(&m), VTSIM_STOP_HALTED);
  assert_int_equal(get(&m, SW, 2), 0x3a41); /* TOP 7, C1, SF, IE */
  assert_int_equal(get(&m, ST, 8), 0xc000000000000000ull);
  assert_int_equal(get(&m, ST + 8, 2), 0xffff);
  vtsim_close(m.e);
}

/* FADDP with an empty ST(1): underflow, C1 = 0, the indefinite stored. */
static void test_stack_underflow(void **state) {
  (void)state;
  machine m = boot(UNF);
  assert_int_equal(go(&m), VTSIM_STOP_HALTED);
  assert_int_equal(get(&m, SW, 2), 0x0041); /* TOP 0 after the pop, SF, IE */
  assert_int_equal(get(&m, ST + 8, 2), 0xffff);
  vtsim_close(m.e);
}

/* ZE unmasked: FDIVP sets ZE, ES and B and leaves the stack; FNSTSW does
 * not wait; FWAIT raises #MF (vector 16) at itself (vol. 1 8.6). */
static void test_pending_exception_raises_mf(void **state) {
  (void)state;
  machine m = boot(MF);
  uint16_t cw = 0x037b; /* ZM = 0 */
  put(&m, CW, &cw, 2);
  assert_int_equal(go(&m), VTSIM_STOP_HALTED);
  assert_int_equal(m.vector, 16);
  assert_int_equal(m.pc, CODE + 0x4a);
  assert_int_equal(get(&m, SW, 2), 0xb084); /* B, TOP 6, ES, ZE */
  vtsim_close(m.e);
}

/* CR0.TS: an x87 instruction raises #NM (vol. 3 table 2-2), even a
 * non-waiting one; CR0.EM alike. */
static void test_ts_and_em_raise_nm(void **state) {
  (void)state;
  for (unsigned bit = 8; bit >= 4; bit -= 4) {
    /* mov eax, cr0; or eax, bit; mov cr0, eax; fninit; cli; hlt */
    const uint8_t set_cr0[] = {0x0f, 0x20, 0xc0, 0x83, 0xc8, (uint8_t)bit, 0x0f,
                               0x22, 0xc0, 0xdb, 0xe3, 0xfa, 0xf4};
    machine m = boot(0x1000);
    put(&m, CODE + 0x1000, set_cr0, sizeof set_cr0);
    assert_int_equal(go(&m), VTSIM_STOP_HALTED);
    assert_int_equal(m.vector, 7);
    assert_int_equal(m.pc, CODE + 0x1000 + 9);
    vtsim_close(m.e);
  }
  machine m = boot(NM); /* and without them, no fault */
  assert_int_equal(go(&m), VTSIM_STOP_HALTED);
  assert_int_equal(m.vector, -1);
  vtsim_close(m.e);
}

/* FNSTENV's 28-byte image (vol. 1 figure 8-9), then FSAVE + FRSTOR bring the
 * register back over an FLD1. */
static void test_environment(void **state) {
  (void)state;
  machine m = boot(ENVS);
  double d1 = 0.1, d2 = 0.1;
  put(&m, D1, &d1, 8);
  put(&m, D2, &d2, 8);
  assert_int_equal(go(&m), VTSIM_STOP_HALTED);
  assert_int_equal(get(&m, ENV, 2), 0x037f);
  assert_int_equal(get(&m, ENV + 4, 2) & 0x3800, 0x3800); /* TOP 7 */
  assert_int_equal(get(&m, ENV + 4, 2) & 0x3f, 0x20);     /* PE */
  assert_int_equal(get(&m, ENV + 8, 2), 0x3fff);          /* R7 valid, others empty */
  assert_int_equal(get(&m, ENV + 12, 4), CODE + ENVS + 8); /* FMUL's address */
  assert_int_equal(get(&m, ENV + 18, 2), 0x40d);           /* DC 0D: opcode 100 00001101 */
  assert_int_equal(get(&m, ENV + 20, 4), D2);              /* its operand */
  assert_int_equal(get(&m, SAVE + 28 + 8, 2), 0x3ff8);     /* ST(0) = 0.01 */
  assert_int_equal(get(&m, SAVE, 2), 0x037f);               /* FSAVE's own image */
  assert_int_equal(get(&m, SW, 2) & 0x3800, 0x3800);        /* FRSTOR: TOP 7 again */
  assert_int_equal(get(&m, ST + 8, 2), 0x3ff8);             /* and 0.01, not 1.0 */
  assert_int_equal(get(&m, ST, 8), get(&m, SAVE + 28, 8));
  vtsim_close(m.e);
}

/* FLDPI rounds the constant by RC (vol. 1 8.3.8). */
static void test_constant_rounding(void **state) {
  (void)state;
  static const struct {
    uint16_t cw;
    uint64_t sig;
  } cases[] = {{0x037f, 0xc90fdaa22168c235ull}, {0x077f, 0xc90fdaa22168c234ull},
               {0x0b7f, 0xc90fdaa22168c235ull}, {0x0f7f, 0xc90fdaa22168c234ull}};
  for (unsigned i = 0; i < 4; i++) {
    machine m = boot(CONSTS);
    put(&m, CW, &cases[i].cw, 2);
    assert_int_equal(go(&m), VTSIM_STOP_HALTED);
    assert_int_equal(get(&m, ST, 8), cases[i].sig);
    vtsim_close(m.e);
  }
}

/* FCOMI: ST(0) = 3 > ST(1) = 1/3: ZF PF CF clear; equal: ZF; FXAM of the
 * remaining 1/3: normal, positive (C3 C2 C0 = 010). */
static void test_fcomi_and_fxam(void **state) {
  (void)state;
  machine m = boot(COMI);
  double d1 = 1.0 / 3, d2 = 3.0;
  put(&m, D1, &d1, 8);
  put(&m, D2, &d2, 8);
  assert_int_equal(go(&m), VTSIM_STOP_HALTED);
  assert_int_equal(reg(&m, VTSIM_IA32_EAX) & 0x8d5, 0);
  assert_int_equal(reg(&m, VTSIM_IA32_EBX) & 0x8d5, 0);
  assert_int_equal(get(&m, SW, 2) & 0x4700, 0x0400);
  vtsim_close(m.e);
  m = boot(COMI);
  put(&m, D1, &d2, 8);
  put(&m, D2, &d2, 8);
  assert_int_equal(go(&m), VTSIM_STOP_HALTED);
  assert_int_equal(reg(&m, VTSIM_IA32_EAX) & 0x8d5, 0x40);
  vtsim_close(m.e);
}

/* FNSTENV stores the control word, then masks every exception (vol. 2
 * FSTENV). */
static void test_fnstenv_masks_after_storing(void **state) {
  (void)state;
  machine m = boot(MASK);
  uint16_t cw = 0x0360;
  put(&m, CW, &cw, 2);
  assert_int_equal(go(&m), VTSIM_STOP_HALTED);
  assert_int_equal(get(&m, ENV, 2), 0x0360);
  assert_int_equal(get(&m, SW + 2, 2), 0x037f);
  vtsim_close(m.e);
}

/* A masked ZE leaves its flag; FLDCW unmasking it sets ES and B, and the
 * next waiting instruction raises #MF (vol. 1 8.1.3.1, 8.6). */
static void test_fldcw_unmasking_a_pending_flag(void **state) {
  (void)state;
  machine m = boot(UNMASK);
  uint16_t cw = 0x037b;
  put(&m, CW, &cw, 2);
  assert_int_equal(go(&m), VTSIM_STOP_HALTED);
  assert_int_equal(get(&m, SW, 2), 0xb884); /* B, TOP 7 (popped: masked), ES, ZE */
  assert_int_equal(m.vector, 16);
  assert_int_equal(m.pc, CODE + UNMASK + 20);
  vtsim_close(m.e);
}

/* FXCH with an empty ST(1): underflow; masked, the empty side becomes the
 * indefinite and the exchange happens. */
static void test_fxch_with_an_empty_register(void **state) {
  (void)state;
  machine m = boot(XCH);
  assert_int_equal(go(&m), VTSIM_STOP_HALTED);
  assert_int_equal(get(&m, SW, 2), 0x3841); /* TOP 7, SF, IE, C1 = 0 */
  assert_int_equal(get(&m, ST + 8, 2), 0xffff);
  assert_int_equal(get(&m, ST, 8), 0xc000000000000000ull);
  assert_int_equal(get(&m, OUT + 8, 2), 0x3fff); /* 1.0 went to ST(1) */
  vtsim_close(m.e);
}

/* FBSTP of a value beyond 18 digits: IE, the packed BCD indefinite, popped. */
static void test_fbstp_out_of_range(void **state) {
  (void)state;
  machine m = boot(BCD);
  long double big = 1e19L;
  put(&m, D1, &big, 10);
  assert_int_equal(go(&m), VTSIM_STOP_HALTED);
  assert_int_equal(get(&m, SW, 2), 0x0001); /* IE, TOP 0 */
  assert_int_equal(get(&m, OUT, 8), 0xc000000000000000ull);
  assert_int_equal(get(&m, OUT + 8, 2), 0xffff);
  vtsim_close(m.e);
}

/* The 14-byte protected-mode image of a 16-bit FNSTENV (vol. 1 figure
 * 8-10); FINCSTP moves TOP without touching the tags. */
static void test_fnstenv_16bit_and_fincstp(void **state) {
  (void)state;
  machine m = boot(ENV16);
  assert_int_equal(go(&m), VTSIM_STOP_HALTED);
  assert_int_equal(get(&m, ENV, 2), 0x037f);
  assert_int_equal(get(&m, ENV + 2, 2), 0x0000);                  /* TOP 0 */
  assert_int_equal(get(&m, ENV + 4, 2), 0x3fff);                  /* R7 still valid */
  assert_int_equal(get(&m, ENV + 6, 2), (CODE + ENV16 + 4) & 0xffff); /* FINCSTP */
  assert_int_equal(get(&m, ENV + 8, 2), 0x08);                    /* CS */
  assert_int_equal(get(&m, ENV + 14, 2), 0);                      /* nothing beyond 14 bytes */
  vtsim_close(m.e);
}

/* A denormal divided by zero: ZE hides DE (vol. 1 4.9.2). */
static void test_zero_divide_hides_denormal(void **state) {
  (void)state;
  /* fninit; fldt [D1]; fdivl [0x4040]; fnstsw [SW]; cli; hlt */
  static const uint8_t div[] = {0xdb, 0xe3, 0xdb, 0x2d, 0x30, 0x40, 0x00, 0x00, 0xdc, 0x35, 0x40,
                                0x40, 0x00, 0x00, 0xdd, 0x3d, 0x00, 0x40, 0x00, 0x00, 0xfa, 0xf4};
  machine m = boot(0x1000);
  put(&m, CODE + 0x1000, div, sizeof div);
  const uint64_t denormal_sig = 0x0000000000001234ull, zero = 0;
  put(&m, D1, &denormal_sig, 8);
  put(&m, D1 + 8, &zero, 2);
  put(&m, 0x4040, &zero, 8);
  assert_int_equal(go(&m), VTSIM_STOP_HALTED);
  assert_int_equal(get(&m, SW, 2), 0x3804); /* TOP 7, ZE only */
  vtsim_close(m.e);
}

/* Real mode: FNSTENV stores the 20-bit linear pointers (CS * 16 + IP, and
 * the operand's) with the opcode beside the high bits of the instruction
 * pointer (vol. 1 figure 8-11); the code segment's cached D bit keeps the
 * 32-bit operand size, so the image is the 28-byte one. */
static void test_fnstenv_real_mode_layout(void **state) {
  (void)state;
  /* mov eax, cr0; and al, 0xfe; mov cr0, eax; fld1; fld qword [D1];
   * fnstenv [ENV]; cli; hlt */
  static const uint8_t real[] = {0x0f, 0x20, 0xc0, 0x24, 0xfe, 0x0f, 0x22, 0xc0, 0xd9,
                                 0xe8, 0xdd, 0x05, 0x30, 0x40, 0x00, 0x00, 0xd9, 0x35,
                                 0x00, 0x41, 0x00, 0x00, 0xfa, 0xf4};
  machine m = boot(0x1000);
  put(&m, CODE + 0x1000, real, sizeof real);
  assert_int_equal(go(&m), VTSIM_STOP_HALTED);
  assert_int_equal(m.vector, -1);
  assert_int_equal(get(&m, ENV + 12, 4), 0x08 * 16 + CODE + 0x1000 + 10); /* CS 0x08 */
  assert_int_equal(get(&m, ENV + 16, 4), 0x505); /* IP 31:16 = 0, opcode DD /0 mod 0 rm 5 */
  assert_int_equal(get(&m, ENV + 20, 4), (0x10 * 16 + D1) & 0xffff); /* DS 0x10 */
  assert_int_equal(get(&m, ENV + 24, 4), 0);
  vtsim_close(m.e);
}

/* ---- transcendentals ------------------------------------------------------ */

/* FSIN reduces by a 66-bit pi (vol. 1 8.3.10): sin(FLDPI's value) is
 * -(x - pi66) = -2^-64 exactly, where the true sine is about -0.97 * 2^-64. */
static void test_sin_reduces_by_a_66_bit_pi(void **state) {
  (void)state;
  x87_f80 s, c, pi = f80(0x4000, 0xc90fdaa22168c235ull);
  bool out;
  assert_int_equal(x87_sincos(ctl(64, 0, ALL), pi, &s, &c, &out), X87_PE);
  assert_false(out);
  assert_f80(s, 0xbfbf, 0x8000000000000000ull);
  assert_f80(c, 0xbfff, 0x8000000000000000ull);
  /* |x| >= 2^63: out of range (C2), nothing computed */
  assert_int_equal(x87_sincos(ctl(64, 0, ALL), f80(0x403e, 1ull << 63), &s, &c, &out), 0);
  assert_true(out);
}

/* Exact cases stay exact: log2 of a power of two, 2^(+-1) - 1. */
static void test_exact_transcendentals(void **state) {
  (void)state;
  x87_f80 r;
  assert_int_equal(x87_yl2x(ctl(64, 0, ALL), THREE, f80(0x4003, 1ull << 63), false, &r), 0);
  assert_f80(r, 0x4002, 0xc000000000000000ull); /* 3 * log2(16) = 12 */
  assert_int_equal(x87_f2xm1(ctl(64, 0, ALL), x87_neg(ONE), &r), 0);
  assert_f80(r, 0xbffe, 0x8000000000000000ull);
  /* FYL2X: log2(0) is -inf with ZE; of a negative number, IE */
  assert_int_equal(x87_yl2x(ctl(64, 0, ALL), ONE, f80(0, 0), false, &r), X87_ZE);
  assert_f80(r, 0xffff, 0x8000000000000000ull);
  assert_int_equal(x87_yl2x(ctl(64, 0, ALL), ONE, x87_neg(THREE), false, &r), X87_IE);
  /* FPATAN(+-0, -0) = +-pi; (1, -inf) = pi */
  assert_int_equal(x87_atan2(ctl(64, 0, ALL), f80(0x8000, 0), f80(0x8000, 0), &r), X87_PE | X87_UP);
  assert_f80(r, 0xc000, 0xc90fdaa22168c235ull);
  assert_int_equal(x87_atan2(ctl(64, 3, ALL), ONE, f80(0xffff, 1ull << 63), &r), X87_PE);
  assert_f80(r, 0x4000, 0xc90fdaa22168c234ull);
}

/* Against the host's transcendentals: the SDM bounds their error by one
 * unit in the last place (vol. 1 8.3.10), ours are correctly rounded, so
 * the two may differ by at most one unit. */
#define HOST_TRANS(name, insn)                                                                     \
  static long double name(long double a, long double b) {                                         \
    long double r;                                                                                 \
    __asm__ volatile("fninit\n fldt %2\n fldt %1\n " insn "\n fstpt %0\n fninit"                  \
                     : "=m"(r)                                                                     \
                     : "m"(a), "m"(b)                                                              \
                     : "memory");                                                                  \
    return r;                                                                                      \
  }
HOST_TRANS(host_sin, "fsin")
HOST_TRANS(host_cos, "fcos")
HOST_TRANS(host_tan, "fptan\n fstp %%st(0)")
HOST_TRANS(host_f2xm1, "f2xm1")
HOST_TRANS(host_yl2x, "fyl2x")
HOST_TRANS(host_yl2xp1, "fyl2xp1")
HOST_TRANS(host_atan, "fpatan")

static void test_transcendentals_against_host_x87(void **state) {
  (void)state;
  rng g = {2463534242ull};
  for (unsigned i = 0; i < 3000; i++) {
    unsigned op = next(&g) % 7, ea;
    switch (op) {
    case 0: case 1: case 2: ea = 0x3fff - 10 + next(&g) % 72; break; /* up to 2^62 */
    case 3: ea = 0x3fff - 30 + next(&g) % 30; break;                  /* |x| < 1 */
    case 5: ea = 0x3fff - 40 + next(&g) % 38; break;                  /* |x| < 1/4 */
    default: ea = 0x3fff - 100 + next(&g) % 200; break;
    }
    bool neg = next(&g) % 2 && op != 4;
    x87_f80 a = f80((uint16_t)(ea | (neg ? 0x8000 : 0)), next(&g) | 1ull << 63);
    x87_f80 b = f80((uint16_t)((0x3fff - 20 + next(&g) % 40) | (next(&g) % 2 ? 0x8000 : 0)),
                    next(&g) | 1ull << 63);
    x87_f80 mine, other;
    x87_ctl k = ctl(64, 0, ALL);
    bool out;
    long double h;
    switch (op) {
    case 0: h = host_sin(as_ld(a), 0), x87_sincos(k, a, &mine, &other, &out); break;
    case 1: h = host_cos(as_ld(a), 0), x87_sincos(k, a, &other, &mine, &out); break;
    case 2: h = host_tan(as_ld(a), 0), x87_tan(k, a, &mine, &out); break;
    case 3: h = host_f2xm1(as_ld(a), 0), x87_f2xm1(k, a, &mine); break;
    case 4: h = host_yl2x(as_ld(a), as_ld(b)), x87_yl2x(k, b, a, false, &mine); break;
    case 5: h = host_yl2xp1(as_ld(a), as_ld(b)), x87_yl2x(k, b, a, true, &mine); break;
    default: h = host_atan(as_ld(a), as_ld(b)), x87_atan2(k, b, a, &mine); break;
    }
    x87_f80 hv = of_ld(h);
    /* adjacent values of one sign are adjacent integers se:sig (normal values) */
    u128_t hx = (u128_t)(hv.se & 0x7fff) << 64 | hv.sig, mx = (u128_t)(mine.se & 0x7fff) << 64 | mine.sig;
    u128_t d = hx > mx ? hx - mx : mx - hx;
    if ((hv.se >> 15) != (mine.se >> 15) || (d > 1 && (d != ((u128_t)1 << 63) + 1)))
      fail_msg("op %u a %04x:%016llx b %04x:%016llx: host %04x:%016llx, vtsim %04x:%016llx", op,
               a.se, (unsigned long long)a.sig, b.se, (unsigned long long)b.sig, hv.se,
               (unsigned long long)hv.sig, mine.se, (unsigned long long)mine.sig);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_rounding_of_one_third),
      cmocka_unit_test(test_tininess_after_rounding),
      cmocka_unit_test(test_precision_control_on_denormals),
      cmocka_unit_test(test_overflow),
      cmocka_unit_test(test_underflow),
      cmocka_unit_test(test_invalid_and_nans),
      cmocka_unit_test(test_pseudo_denormal_operand),
      cmocka_unit_test(test_integer_conversion),
      cmocka_unit_test(test_partial_remainder),
      cmocka_unit_test(test_against_host_x87),
      cmocka_unit_test(test_rounding_stores_against_host_x87),
      cmocka_unit_test(test_stack_overflow),
      cmocka_unit_test(test_stack_underflow),
      cmocka_unit_test(test_pending_exception_raises_mf),
      cmocka_unit_test(test_ts_and_em_raise_nm),
      cmocka_unit_test(test_environment),
      cmocka_unit_test(test_constant_rounding),
      cmocka_unit_test(test_fcomi_and_fxam),
      cmocka_unit_test(test_fnstenv_masks_after_storing),
      cmocka_unit_test(test_fldcw_unmasking_a_pending_flag),
      cmocka_unit_test(test_fxch_with_an_empty_register),
      cmocka_unit_test(test_fbstp_out_of_range),
      cmocka_unit_test(test_fnstenv_16bit_and_fincstp),
      cmocka_unit_test(test_zero_divide_hides_denormal),
      cmocka_unit_test(test_fnstenv_real_mode_layout),
      cmocka_unit_test(test_sin_reduces_by_a_66_bit_pi),
      cmocka_unit_test(test_exact_transcendentals),
      cmocka_unit_test(test_transcendentals_against_host_x87),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
