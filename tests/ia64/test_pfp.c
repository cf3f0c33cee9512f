/* The single-precision halves of the IA-64 parallel FP instructions on
 * their own (fppair.c; Itanium SDM vol. 1 5.1, vol. 2 8.2, vol. 3 fpma,
 * fpcmp, fpmin, fpcvt.fx): rounding to 24 bits and the 8-bit exponent
 * range, special operands, relations, and the per-half ISR codes. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "ia64/fppair.h"

static const uint64_t FPSR_DEFAULT = 0x0009804c0270033full; /* all traps disabled */

static void test_multiply_add_rounds_to_single(void **state) {
  (void)state;
  ia64_fp_model m = ia64_fps_model(FPSR_DEFAULT, 0);
  assert_int_equal(m.bits, 24);
  assert_int_equal(m.emax, 127);
  /* wre (sf0 controls bit 1) leaves the parallel range single */
  ia64_fp_model w = ia64_fps_model(FPSR_DEFAULT | 2ull << 6, 0);
  assert_int_equal(w.emax, 127);
  unsigned r = 0;
  /* 1.5 * 2 + 1 = 4 exactly */
  assert_int_equal(ia64_fps_mul_add(0x3fc00000, 0x40000000, 0x3f800000, IA64_FPS_MA, 0, &m, &r),
                   0x40800000);
  assert_int_equal(r, 0);
  /* fpms: 1.5 * 2 - 1 = 2; fpnma: -(1.5 * 2) + 1 = -2 */
  assert_int_equal(ia64_fps_mul_add(0x3fc00000, 0x40000000, 0x3f800000, IA64_FPS_MS, 0, &m, &r),
                   0x40000000);
  assert_int_equal(ia64_fps_mul_add(0x3fc00000, 0x40000000, 0x3f800000, IA64_FPS_NMA, 0, &m, &r),
                   0xc0000000);
  /* (1 + 2^-23)^2 + 0: the 2^-46 term is below the 24 bits, fused: inexact, rounds down */
  r = 0;
  assert_int_equal(ia64_fps_mul_add(0x3f800001, 0x3f800001, 0, IA64_FPS_MA, 0, &m, &r), 0x3f800002);
  assert_int_equal(r, IA64_FPE_I);
  /* fused: (1 + 2^-23)^2 - (1 + 2^-22) = 2^-46 exactly, one rounding */
  r = 0;
  assert_int_equal(ia64_fps_mul_add(0x3f800001, 0x3f800001, 0x3f800002, IA64_FPS_MS, 0, &m, &r),
                   0x28800000);
  assert_int_equal(r, 0);
  /* overflow of the single range: infinity (o, i, fpa) */
  r = 0;
  assert_int_equal(ia64_fps_mul_add(0x7f000000, 0x40000000, 0, IA64_FPS_MA, 0, &m, &r), 0x7f800000);
  assert_int_equal(r, IA64_FPE_O | IA64_FPE_I | IA64_FPE_FPA);
  /* a denormal result (2^-149) and a denormal operand (d) */
  r = 0;
  assert_int_equal(ia64_fps_mul_add(0x00800000, 0x34000000, 0, IA64_FPS_MA, 0, &m, &r), 0x00000001);
  assert_int_equal(r, 0);
  assert_int_equal(ia64_fps_mul_add(0x00000001, 0x3f800000, 0, IA64_FPS_MA, 0, &m, &r), 1);
  assert_int_equal(r, IA64_FPE_D);
}

static void test_multiply_add_special_operands(void **state) {
  (void)state;
  ia64_fp_model m = ia64_fps_model(FPSR_DEFAULT, 0);
  unsigned r = 0;
  /* 0 * inf is invalid: the single QNaN indefinite */
  assert_int_equal(ia64_fps_mul_add(0, 0x7f800000, 0, IA64_FPS_MA, 0, &m, &r), 0xffc00000);
  assert_int_equal(r, IA64_FPE_V);
  /* inf - inf is invalid */
  r = 0;
  assert_int_equal(ia64_fps_mul_add(0x7f800000, 0x3f800000, 0x7f800000, IA64_FPS_MS, 0, &m, &r),
                   0xffc00000);
  assert_int_equal(r, IA64_FPE_V);
  /* an SNaN is invalid and comes back quiet; a QNaN raises nothing */
  r = 0;
  assert_int_equal(ia64_fps_mul_add(0x7f800001, 0x3f800000, 0, IA64_FPS_MA, 0, &m, &r), 0x7fc00001);
  assert_int_equal(r, IA64_FPE_V);
  r = 0;
  assert_int_equal(ia64_fps_mul_add(0x7fc00005, 0x3f800000, 0, IA64_FPS_MA, 0, &m, &r), 0x7fc00005);
  assert_int_equal(r, 0);
  /* NaNs in the order f4 (b), f2 (d), f3 (a) */
  r = 0;
  assert_int_equal(ia64_fps_mul_add(0x7fc00001, 0x7fc00002, 0x7fc00003, IA64_FPS_MA, 0, &m, &r),
                   0x7fc00002);
  assert_int_equal(ia64_fps_mul_add(0x7fc00001, 0x3f800000, 0x7fc00003, IA64_FPS_MA, 0, &m, &r),
                   0x7fc00003);
  /* -0 * 1 + 0 is +0; as a multiply (f2 = f0) it keeps the product's -0 */
  assert_int_equal(ia64_fps_mul_add(0x80000000, 0x3f800000, 0, IA64_FPS_MA, 0, &m, &r), 0);
  assert_int_equal(ia64_fps_mul_add(0x80000000, 0x3f800000, 0, IA64_FPS_MA, 1, &m, &r), 0x80000000);
}

static void test_compare_and_minmax(void **state) {
  (void)state;
  unsigned r = 0;
  /* -0 == +0; 1 < 2; negations */
  assert_true(ia64_fps_compare(0x80000000, 0, IA64_FPS_EQ, &r));
  assert_true(ia64_fps_compare(0x3f800000, 0x40000000, IA64_FPS_LT, &r));
  assert_false(ia64_fps_compare(0x3f800000, 0x40000000, IA64_FPS_NLT, &r));
  assert_true(ia64_fps_compare(0xc0000000, 0x3f800000, IA64_FPS_LE, &r));
  assert_true(ia64_fps_compare(0x3f800000, 0x40000000, IA64_FPS_NEQ, &r));
  assert_true(ia64_fps_compare(0x40000000, 0x3f800000, IA64_FPS_NLE, &r));
  assert_int_equal(r, 0);
  /* a QNaN: unordered, invalid only for lt/le and their negations */
  assert_true(ia64_fps_compare(0x7fc00000, 0, IA64_FPS_UNORD, &r));
  assert_false(ia64_fps_compare(0x7fc00000, 0, IA64_FPS_ORD, &r));
  assert_false(ia64_fps_compare(0x7fc00000, 0, IA64_FPS_EQ, &r));
  assert_int_equal(r, 0);
  assert_true(ia64_fps_compare(0x7fc00000, 0, IA64_FPS_NLT, &r));
  assert_int_equal(r, IA64_FPE_V);
  r = 0;
  assert_false(ia64_fps_compare(0, 0x7fc00000, IA64_FPS_LE, &r));
  assert_int_equal(r, IA64_FPE_V);
  r = 0;
  assert_false(ia64_fps_compare(0x7f800001, 0, IA64_FPS_EQ, &r));
  assert_int_equal(r, IA64_FPE_V);
  /* min/max by value and magnitude; f3 (b) when unordered, invalid */
  r = 0;
  assert_int_equal(ia64_fps_minmax(0xc0000000, 0x3f800000, 0, 0, &r), 0xc0000000);
  assert_int_equal(ia64_fps_minmax(0xc0000000, 0x3f800000, 1, 0, &r), 0x3f800000);
  assert_int_equal(ia64_fps_minmax(0xc0000000, 0x3f800000, 0, 1, &r), 0x3f800000);
  assert_int_equal(ia64_fps_minmax(0xc0000000, 0x3f800000, 1, 1, &r), 0xc0000000);
  /* equal values: f3 */
  assert_int_equal(ia64_fps_minmax(0x80000000, 0, 0, 0, &r), 0);
  assert_int_equal(r, 0);
  assert_int_equal(ia64_fps_minmax(0x3f800000, 0x7fc00000, 0, 0, &r), 0x7fc00000);
  assert_int_equal(r, IA64_FPE_V);
}

static void test_conversion_to_int32(void **state) {
  (void)state;
  unsigned r = 0;
  /* -2.5: nearest even -2, truncated -2; 2.5 up rounding to 3 under rc +inf */
  assert_int_equal(ia64_fps_to_int(0xc0200000, 0, 0, &r), (uint32_t)-2);
  assert_int_equal(r, IA64_FPE_I);
  r = 0;
  assert_int_equal(ia64_fps_to_int(0x40200000, 0, 2, &r), 3);
  assert_int_equal(r, IA64_FPE_I | IA64_FPE_FPA);
  /* 2^31 fits unsigned only; -1 fits signed only */
  r = 0;
  assert_int_equal(ia64_fps_to_int(0x4f000000, 1, 0, &r), 0x80000000);
  assert_int_equal(r, 0);
  assert_int_equal(ia64_fps_to_int(0x4f000000, 0, 0, &r), 0x80000000);
  assert_int_equal(r, IA64_FPE_V);
  /* -2^31 is the least signed value; the next single below it is out of range */
  r = 0;
  assert_int_equal(ia64_fps_to_int(0xcf000000, 0, 0, &r), 0x80000000);
  assert_int_equal(r, 0);
  ia64_fps_to_int(0xcf000001, 0, 0, &r);
  assert_int_equal(r, IA64_FPE_V);
  r = 0;
  assert_int_equal(ia64_fps_to_int(0xbf800000, 0, 0, &r), 0xffffffff);
  assert_int_equal(r, 0);
  ia64_fps_to_int(0xbf800000, 1, 0, &r);
  assert_int_equal(r, IA64_FPE_V);
}

static void test_pair_outcome_codes(void **state) {
  (void)state;
  uint64_t enabled = FPSR_DEFAULT & ~0x3full; /* all traps enabled */
  /* v in the high half: ISR.code bit 4; d in the low half: bit 1 */
  ia64_fp_outcome o = ia64_fp_decide_pair(enabled, 0, IA64_FPE_V, IA64_FPE_D);
  assert_int_equal(o.fault, 0x12);
  assert_int_equal(o.flags, 0);
  /* o in the high half: bit 7; i in the low half: bit 13; fp: bit 0 */
  o = ia64_fp_decide_pair(enabled, 0, IA64_FPE_O | IA64_FPE_I, IA64_FPE_I);
  assert_int_equal(o.fault, 0);
  assert_int_equal(o.trap, 0x1 | 1u << 7 | 1u << 9 | 1u << 13);
  assert_int_equal(o.flags, IA64_FPE_O | IA64_FPE_I);
  /* traps disabled: only the ORed flags */
  o = ia64_fp_decide_pair(FPSR_DEFAULT, 0, IA64_FPE_U | IA64_FPE_I, IA64_FPE_D);
  assert_int_equal(o.fault | o.trap, 0);
  assert_int_equal(o.flags, IA64_FPE_U | IA64_FPE_I | IA64_FPE_D);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_multiply_add_rounds_to_single),
      cmocka_unit_test(test_multiply_add_special_operands),
      cmocka_unit_test(test_compare_and_minmax),
      cmocka_unit_test(test_conversion_to_int32),
      cmocka_unit_test(test_pair_outcome_codes),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
