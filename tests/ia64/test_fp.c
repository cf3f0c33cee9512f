/* The IEEE exception decisions of the IA-64 FP instructions on their own
 * (fpstatus.c; Itanium SDM vol. 1 5.2, 5.4, vol. 2 8.2): the computation
 * model a status field selects, rounding into its precision and range
 * with the conditions raised, and fault / trap / flags outcomes. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "ia64/fpstatus.h"

static const uint64_t FPSR_DEFAULT = 0x0009804c0270033full; /* all traps disabled */

/* FPSR with sf0's controls `ctl` and trap-disable bits `traps`. */
static uint64_t fpsr_sf0(unsigned ctl, unsigned traps) {
  return (FPSR_DEFAULT & ~0x1fffull) | (uint64_t)ctl << 6 | traps;
}

static void test_model_of_status_field(void **state) {
  (void)state;
  /* sf0 default: pc 11 (64 bits), 15-bit exponent, nearest */
  ia64_fp_model m = ia64_fp_model_of(FPSR_DEFAULT, 0, 0);
  assert_int_equal(m.bits, 64);
  assert_int_equal(m.emax, 16383);
  assert_int_equal(m.emin, -16382);
  assert_int_equal(m.disabled, 0x3f);
  /* .d completer: 53 bits, 11-bit exponent; wre widens it to 17 bits */
  m = ia64_fp_model_of(FPSR_DEFAULT, 0, 53);
  assert_int_equal(m.bits, 53);
  assert_int_equal(m.emax, 1023);
  m = ia64_fp_model_of(fpsr_sf0(0x0e, 0), 0, 24);
  assert_int_equal(m.bits, 24);
  assert_int_equal(m.emax, 65535);
  assert_int_equal(m.emin, -65534);
  assert_int_equal(m.disabled, 0);
  /* pc 00 is 24 bits with the 15-bit exponent; rc from bits 5:4 */
  m = ia64_fp_model_of(fpsr_sf0(0x30, 0), 0, 0);
  assert_int_equal(m.bits, 24);
  assert_int_equal(m.emax, 16383);
  assert_int_equal(m.rc, 3);
  /* sf.td disables every trap of sf1-sf3, never of sf0 */
  uint64_t td1 = 0x0cull << 6 | 0x4cull << 19 | 0x0cull << 32 | 0x0cull << 45;
  assert_int_equal(ia64_fp_disabled(td1, 1), 0x3f);
  assert_int_equal(ia64_fp_disabled(td1, 0), 0);
  assert_int_equal(ia64_fp_disabled(td1, 2), 0);
}

static ia64_fp_wide wide(uint64_t sig, int exp, bool sign, bool sticky) {
  return (ia64_fp_wide){.sig = sig, .lo = sticky, .exp = exp, .sign = sign};
}

static void test_rounding_and_range(void **state) {
  (void)state;
  ia64_fp_model d = ia64_fp_model_of(FPSR_DEFAULT, 0, 53);
  unsigned raised = 0;
  /* exact: no condition */
  ia64_fr r = ia64_fp_round(wide(1ull << 63, 0, 0, 0), &d, &raised);
  assert_int_equal(raised, 0);
  assert_int_equal(r.exp, IA64_FR_BIAS);
  /* the bit below 53 set, ties to even: down; one more sticky bit: up (fpa) */
  r = ia64_fp_round(wide(1ull << 63 | 1ull << 10, 0, 0, 0), &d, &raised);
  assert_int_equal(raised, IA64_FPE_I);
  assert_true(r.sig == 1ull << 63);
  raised = 0;
  r = ia64_fp_round(wide(1ull << 63 | 1ull << 10, 0, 0, 1), &d, &raised);
  assert_int_equal(raised, IA64_FPE_I | IA64_FPE_FPA);
  assert_true(r.sig == (1ull << 63 | 1ull << 11));
  /* all 53 bits ones rounding up carries into the exponent */
  raised = 0;
  r = ia64_fp_round(wide(~0ull, 5, 0, 0), &d, &raised);
  assert_int_equal(r.exp, IA64_FR_BIAS + 6);
  assert_true(r.sig == 1ull << 63);
  /* overflow disabled: nearest gives infinity, toward zero the largest double */
  raised = 0;
  r = ia64_fp_round(wide(1ull << 63, 2046, 0, 0), &d, &raised);
  assert_int_equal(r.exp, IA64_FR_EXP_MAX);
  assert_int_equal(raised & (IA64_FPE_O | IA64_FPE_I), IA64_FPE_O | IA64_FPE_I);
  ia64_fp_model dz = ia64_fp_model_of(fpsr_sf0(0x3c, 0x3f), 0, 53);
  raised = 0;
  r = ia64_fp_round(wide(1ull << 63, 2046, 1, 0), &dz, &raised);
  assert_int_equal(r.exp, IA64_FR_BIAS + 1023);
  assert_true(r.sig == ~0ull << 11);
  assert_int_equal(r.sign, 1);
  /* overflow enabled: the rounded value with its own exponent, o only (exact) */
  ia64_fp_model dt = ia64_fp_model_of(fpsr_sf0(0x0c, 0x37), 0, 53);
  raised = 0;
  r = ia64_fp_round(wide(1ull << 63, 2046, 0, 0), &dt, &raised);
  assert_int_equal(raised, IA64_FPE_O);
  assert_int_equal(r.exp, IA64_FR_BIAS + 2046);
  /* tiny and exact: a denormal (exponent emin, unnormalized), no u */
  raised = 0;
  r = ia64_fp_round(wide(1ull << 63, -1030, 0, 0), &d, &raised);
  assert_int_equal(raised, 0);
  assert_int_equal(r.exp, IA64_FR_BIAS - 1022);
  assert_true(r.sig == 1ull << 55);
  /* tiny and inexact: u and i; far below: zero */
  raised = 0;
  r = ia64_fp_round(wide(1ull << 63 | 1, -1030, 0, 0), &d, &raised);
  assert_int_equal(raised & (IA64_FPE_U | IA64_FPE_I), IA64_FPE_U | IA64_FPE_I);
  raised = 0;
  r = ia64_fp_round(wide(1ull << 63, -5000, 0, 0), &d, &raised);
  assert_true(r.sig == 0 && r.exp == 0);
  assert_int_equal(raised, IA64_FPE_U | IA64_FPE_I);
  /* ... rounding toward +inf gives the smallest denormal */
  ia64_fp_model dp = ia64_fp_model_of(fpsr_sf0(0x2c, 0x3f), 0, 53);
  raised = 0;
  r = ia64_fp_round(wide(1ull << 63, -5000, 0, 0), &dp, &raised);
  assert_int_equal(r.exp, IA64_FR_BIAS - 1022);
  assert_true(r.sig == 1ull << 11);
  /* ftz: zero with u and i */
  ia64_fp_model df = ia64_fp_model_of(fpsr_sf0(0x0d, 0x3f), 0, 53);
  raised = 0;
  r = ia64_fp_round(wide(1ull << 63, -1030, 0, 0), &df, &raised);
  assert_true(r.sig == 0);
  assert_int_equal(raised, IA64_FPE_U | IA64_FPE_I);
  /* underflow enabled: normalized with its own exponent, u even when exact */
  ia64_fp_model du = ia64_fp_model_of(fpsr_sf0(0x0c, 0x2f), 0, 53);
  raised = 0;
  r = ia64_fp_round(wide(1ull << 63, -1030, 0, 0), &du, &raised);
  assert_int_equal(raised, IA64_FPE_U);
  assert_int_equal(r.exp, IA64_FR_BIAS - 1030);
}

static ia64_fr reg(bool sign, int exp, uint64_t sig) {
  return (ia64_fr){.sig = sig, .exp = (uint32_t)(exp + IA64_FR_BIAS), .sign = sign};
}

static void test_exact_multiply_add(void **state) {
  (void)state;
  ia64_fp_model x = ia64_fp_model_of(FPSR_DEFAULT, 0, 0);
  ia64_fr one = reg(0, 0, 1ull << 63), tiny = reg(0, -200, 1ull << 63);
  ia64_fp_wide w;
  bool zsign;
  unsigned raised = 0;
  /* 1 * 1 - 1: an exact zero, +0 to nearest, -0 rounding down */
  ia64_fr minus_one = one;
  minus_one.sign = 1;
  assert_false(ia64_fp_mul_add(one, one, minus_one, false, 0, &w, &zsign));
  assert_false(zsign);
  assert_false(ia64_fp_mul_add(one, one, minus_one, false, 1, &w, &zsign));
  assert_true(zsign);
  /* 1 * 1 - 2^-200: the sticky bits round to 1 (nearest), just below it toward zero */
  ia64_fr minus_tiny = tiny;
  minus_tiny.sign = 1;
  assert_true(ia64_fp_mul_add(one, one, minus_tiny, false, 0, &w, &zsign));
  ia64_fr r = ia64_fp_round(w, &x, &raised);
  assert_int_equal(raised, IA64_FPE_I | IA64_FPE_FPA);
  assert_true(r.sig == 1ull << 63 && r.exp == IA64_FR_BIAS);
  ia64_fp_model xz = ia64_fp_model_of(fpsr_sf0(0x3c, 0x3f), 0, 0);
  raised = 0;
  r = ia64_fp_round(w, &xz, &raised);
  assert_int_equal(raised, IA64_FPE_I);
  assert_true(r.sig == ~0ull && r.exp == IA64_FR_BIAS - 1);
  /* unnormal operands (integers from setf.sig) and the 17-bit range */
  ia64_fr three = {.sig = 3, .exp = 0x1003E}, big = reg(0, 40000, 1ull << 63);
  assert_true(ia64_fp_mul_add(three, big, (ia64_fr){0}, true, 0, &w, &zsign));
  raised = 0;
  ia64_fp_model wre = ia64_fp_model_of(fpsr_sf0(0x0e, 0x3f), 0, 0);
  r = ia64_fp_round(w, &wre, &raised);
  assert_int_equal(raised, 0);
  assert_true(r.sig == 3ull << 62 && r.exp == IA64_FR_BIAS + 40001 && r.sign == 1);
}

static void test_conversion_to_integer(void **state) {
  (void)state;
  unsigned raised = 0;
  /* 2.5: nearest even 2, fpa clear; toward +inf 3 with fpa */
  ia64_fr two_half = reg(0, 1, 5ull << 61);
  assert_true(ia64_fp_to_int(two_half, false, 0, &raised) == 2);
  assert_int_equal(raised, IA64_FPE_I);
  raised = 0;
  assert_true(ia64_fp_to_int(two_half, false, 2, &raised) == 3);
  assert_int_equal(raised, IA64_FPE_I | IA64_FPE_FPA);
  /* -2^63 fits a signed result, 2^63 does not */
  raised = 0;
  assert_true(ia64_fp_to_int(reg(1, 63, 1ull << 63), false, 0, &raised) == 1ull << 63);
  assert_int_equal(raised, 0);
  assert_true(ia64_fp_to_int(reg(0, 63, 1ull << 63), false, 0, &raised) == 1ull << 63);
  assert_int_equal(raised, IA64_FPE_V);
  /* unsigned: 2^64 - 1 fits, -1 is invalid, -0.25 rounds to 0 (inexact only) */
  raised = 0;
  assert_true(ia64_fp_to_int(reg(0, 63, ~0ull), true, 0, &raised) == ~0ull);
  assert_int_equal(raised, 0);
  assert_true(ia64_fp_to_int(reg(1, 0, 1ull << 63), true, 0, &raised) == 1ull << 63);
  assert_int_equal(raised, IA64_FPE_V);
  raised = 0;
  assert_true(ia64_fp_to_int(reg(1, -2, 1ull << 63), true, 0, &raised) == 0);
  assert_int_equal(raised, IA64_FPE_I);
  /* tiny values: 0 to nearest, 1 toward +inf */
  raised = 0;
  assert_true(ia64_fp_to_int(reg(0, -5000, 1ull << 63), false, 2, &raised) == 1);
}

static void test_fault_trap_and_flags(void **state) {
  (void)state;
  /* disabled: flags only */
  ia64_fp_outcome o = ia64_fp_decide(FPSR_DEFAULT, 0, IA64_FPE_V | IA64_FPE_D);
  assert_int_equal(o.fault, 0);
  assert_int_equal(o.trap, 0);
  assert_int_equal(o.flags, IA64_FPE_V | IA64_FPE_D);
  /* an enabled v, d or z faults with its ISR.code bit, recording nothing */
  o = ia64_fp_decide(fpsr_sf0(0x0c, 0x3e), 0, IA64_FPE_V);
  assert_int_equal(o.fault, 1);
  assert_int_equal(o.flags, 0);
  o = ia64_fp_decide(fpsr_sf0(0x0c, 0x3b), 0, IA64_FPE_Z);
  assert_int_equal(o.fault, 4);
  o = ia64_fp_decide(fpsr_sf0(0x0c, 0x3d), 0, IA64_FPE_D | IA64_FPE_I);
  assert_int_equal(o.fault, 2);
  assert_int_equal(o.flags, 0);
  /* o enabled: a trap with fp, o, i and fpa; the flags recorded too */
  o = ia64_fp_decide(fpsr_sf0(0x0c, 0x37), 0, IA64_FPE_O | IA64_FPE_I | IA64_FPE_FPA);
  assert_int_equal(o.fault, 0);
  assert_int_equal(o.trap, 0x1 | 1 << 11 | 1 << 13 | 1 << 14);
  assert_int_equal(o.flags, IA64_FPE_O | IA64_FPE_I);
  /* only i enabled and an overflow: i, not o, in the code */
  o = ia64_fp_decide(fpsr_sf0(0x0c, 0x1f), 0, IA64_FPE_O | IA64_FPE_I);
  assert_int_equal(o.trap, 0x1 | 1 << 13);
  /* u enabled */
  o = ia64_fp_decide(fpsr_sf0(0x0c, 0x2f), 0, IA64_FPE_U);
  assert_int_equal(o.trap, 0x1 | 1 << 12);
  /* inexact with only o enabled: no trap */
  o = ia64_fp_decide(fpsr_sf0(0x0c, 0x37), 0, IA64_FPE_I);
  assert_int_equal(o.trap, 0);
  /* sf1.td: neither fault nor trap */
  uint64_t td1 = 0x0cull << 6 | 0x4cull << 19;
  o = ia64_fp_decide(td1, 1, IA64_FPE_V | IA64_FPE_I);
  assert_int_equal(o.fault, 0);
  assert_int_equal(o.trap, 0);
  assert_int_equal(o.flags, IA64_FPE_V | IA64_FPE_I);
}

static void test_reserved_fpsr_values(void **state) {
  (void)state;
  assert_false(ia64_fpsr_reserved(FPSR_DEFAULT));
  assert_true(ia64_fpsr_reserved(FPSR_DEFAULT | 1ull << 58));
  assert_true(ia64_fpsr_reserved(FPSR_DEFAULT | 1ull << 12));                   /* sf0.td */
  assert_false(ia64_fpsr_reserved(FPSR_DEFAULT | 1ull << 25));                  /* sf1.td */
  assert_true(ia64_fpsr_reserved((FPSR_DEFAULT & ~(3ull << 8)) | 1ull << 8));   /* sf0.pc 01 */
  assert_true(ia64_fpsr_reserved((FPSR_DEFAULT & ~(3ull << 47)) | 1ull << 47)); /* sf3.pc 01 */
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_model_of_status_field),
      cmocka_unit_test(test_rounding_and_range),
      cmocka_unit_test(test_exact_multiply_add),
      cmocka_unit_test(test_conversion_to_integer),
      cmocka_unit_test(test_fault_trap_and_flags),
      cmocka_unit_test(test_reserved_fpsr_values),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
