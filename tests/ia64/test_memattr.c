/* Memory attributes on their own (Itanium SDM vol. 2 4.4): the valid ma
 * encodings, which attributes are speculative and cacheable, which
 * references each supports, the attribute of physical and virtual data
 * references, and the semaphore's read-and-write ISR bits. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "common/engine.h"
#include "ia64/interp.h"
#include "ia64/memattr.h"
#include "ia64/vm.h"

static vtsim_engine *open_engine(void) {
  vtsim_config cfg;
  vtsim_config_default(&cfg);
  cfg.ram_bytes = 16u << 20;
  vtsim_engine *e;
  assert_int_equal(vtsim_open(VTSIM_ARCH_IA64, &cfg, &e), VTSIM_OK);
  return e;
}

static const uint64_t VA = 0x2000000000000000ull; /* region 1 */

static void test_ma_encodings(void **state) {
  (void)state;
  /* vol. 2 Table 4-10: 0 WB, 4 UC, 5 UCE, 6 WC, 7 NaTPage; 1-3 reserved */
  static const bool valid[8] = {true, false, false, false, true, true, true, true};
  for (unsigned ma = 0; ma < 8; ma++) assert_int_equal(ia64_ma_insertable(ma), valid[ma]);
  assert_false(ia64_ma_insertable(IA64_MA_WBL)); /* physical only */
}

static void test_speculative_and_cacheable(void **state) {
  (void)state;
  assert_true(ia64_ma_speculative(IA64_MA_WB));
  assert_true(ia64_ma_speculative(IA64_MA_WC));
  assert_true(ia64_ma_speculative(IA64_MA_NATPAGE));
  assert_true(ia64_ma_speculative(IA64_MA_WBL));
  assert_false(ia64_ma_speculative(IA64_MA_UC));
  assert_false(ia64_ma_speculative(IA64_MA_UCE));
  assert_true(ia64_ma_cacheable(IA64_MA_WB) && ia64_ma_cacheable(IA64_MA_WBL));
  assert_false(ia64_ma_cacheable(IA64_MA_UC) || ia64_ma_cacheable(IA64_MA_WC));
}

static void test_references_supported_by_attribute(void **state) {
  (void)state;
  static const unsigned all[] = {IA64_MA_WB, IA64_MA_UC, IA64_MA_UCE, IA64_MA_WC, IA64_MA_WBL};
  for (unsigned i = 0; i < 5; i++) {
    unsigned ma = all[i];
    bool wb = ma == IA64_MA_WB || ma == IA64_MA_WBL;
    assert_true(ia64_ma_supports(ma, IA64_MREF_PLAIN));
    assert_int_equal(ia64_ma_supports(ma, IA64_MREF_XCHG), wb);
    assert_int_equal(ia64_ma_supports(ma, IA64_MREF_X16), wb);
    /* no exported fetchadd: UCE faults like UC */
    assert_int_equal(ia64_ma_supports(ma, IA64_MREF_FETCHADD), wb);
  }
}

static void test_attribute_of_data_references(void **state) {
  (void)state;
  vtsim_engine *e = open_engine();
  ia64_cpu *c = ia64_of(e);
  c->psr &= ~IA64_PSR_DT;
  /* physical: bit 63 selects UC (vol. 2 4.4.5) */
  assert_int_equal(ia64_data_ma(c, 0x1000), IA64_MA_WBL);
  assert_int_equal(ia64_data_ma(c, 0x8000000000001000ull), IA64_MA_UC);
  c->rr[1] = 0x100 << 8 | 12 << 2;
  c->psr |= IA64_PSR_DT;
  c->dtr[0] = ia64_make_entry(c, VA + 0x3000, 0x403000 | 0x661 | IA64_MA_WC << 2, 12 << 2);
  assert_int_equal(ia64_data_ma(c, VA + 0x3008), IA64_MA_WC);
  /* the RSE follows PSR.rt, not PSR.dt */
  c->rse_access = 1;
  assert_int_equal(ia64_data_ma(c, 0x8000000000001000ull), IA64_MA_UC);
  c->rse_access = 0;
  /* a semaphore's translation fault reports ISR.r and ISR.w */
  unsigned ma;
  assert_int_equal(ia64_data_attr(e, c, VA + 0x5000, VT_PROT_READ | VT_PROT_WRITE, &ma),
                   IA64_FAULT);
  assert_int_equal(c->fault.kind, IA64_F_ALT_DTLB);
  assert_int_equal(c->fault.isr, IA64_ISR_R | IA64_ISR_W);
  assert_int_equal(ia64_data_attr(e, c, VA + 0x3010, VT_PROT_READ | VT_PROT_WRITE, &ma), IA64_OK);
  assert_int_equal(ma, IA64_MA_WC);
  /* physical data addresses above the implemented bits fault; bit 63 does not */
  c->psr &= ~IA64_PSR_DT;
  assert_int_equal(ia64_data_attr(e, c, 1ull << 50, VT_PROT_READ, &ma), IA64_FAULT);
  assert_int_equal(c->fault.kind, IA64_F_UNIMPL_DADDR);
  assert_int_equal(ia64_data_attr(e, c, 1ull << 63 | 0x2000, VT_PROT_WRITE, &ma), IA64_OK);
  assert_int_equal(ma, IA64_MA_UC);
  vtsim_close(e);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_ma_encodings),
      cmocka_unit_test(test_speculative_and_cacheable),
      cmocka_unit_test(test_references_supported_by_attribute),
      cmocka_unit_test(test_attribute_of_data_references),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
