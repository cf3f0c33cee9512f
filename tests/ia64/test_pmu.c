/* The IA-64 performance monitors on their own (Itanium SDM vol. 2 7.2):
 * the Generic Monitor Enable rule, what PL3 reads of a PMD see, the
 * written-register masks, the counter arithmetic with its wrap, and the
 * lazy counters with their overflow (overflow bits, freeze, cr.pmv). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "common/engine.h"
#include "ia64/interp.h"
#include "ia64/pmu.h"

#define PL(n)   ((uint64_t)(n) << IA64_PSR_CPL_SHIFT)
#define RETIRED ((uint64_t)IA64_PMU_EV_RETIRED << IA64_PMC_ES_SHIFT)
#define CYCLES  ((uint64_t)IA64_PMU_EV_CYCLES << IA64_PMC_ES_SHIFT)

static void test_enable_rule(void **state) {
  (void)state;
  /* user monitor: PSR.up, not PSR.pp */
  assert_true(ia64_pmu_enabled(RETIRED | 1, 0, IA64_PSR_UP));
  assert_false(ia64_pmu_enabled(RETIRED | 1, 0, IA64_PSR_PP));
  /* privileged monitor: PSR.pp, not PSR.up */
  assert_true(ia64_pmu_enabled(RETIRED | IA64_PMC_PM | 1, 0, IA64_PSR_PP));
  assert_false(ia64_pmu_enabled(RETIRED | IA64_PMC_PM | 1, 0, IA64_PSR_UP));
  /* plm bit of the current privilege level */
  assert_false(ia64_pmu_enabled(RETIRED | 1, 0, IA64_PSR_UP | PL(3)));
  assert_true(ia64_pmu_enabled(CYCLES | 8, 0, IA64_PSR_UP | PL(3)));
  assert_true(ia64_pmu_enabled(CYCLES | 4, 0, IA64_PSR_UP | PL(2)));
  assert_false(ia64_pmu_enabled(CYCLES | 0xb, 0, IA64_PSR_UP | PL(2)));
  /* the freeze bit stops everything */
  assert_false(ia64_pmu_enabled(RETIRED | 0xf, IA64_PMC0_FR, IA64_PSR_UP | IA64_PSR_PP));
  /* events this model does not count */
  assert_false(ia64_pmu_enabled(0x0100 | 0xf, 0, IA64_PSR_UP));
}

static void test_pl3_pmd_reads(void **state) {
  (void)state;
  assert_int_equal(ia64_pmu_pmd_visible(77, IA64_PMC_PM, IA64_PSR_SP), 77); /* PL0 sees all */
  assert_int_equal(ia64_pmu_pmd_visible(77, 0, PL(3)), 77);
  assert_int_equal(ia64_pmu_pmd_visible(77, 0, PL(1) | IA64_PSR_SP), 0);
  assert_int_equal(ia64_pmu_pmd_visible(77, IA64_PMC_PM, PL(3)), 0);
}

static void test_written_masks(void **state) {
  (void)state;
  assert_int_equal(ia64_pmu_pmd_written(4, ~0ull), (1ull << IA64_PMU_WIDTH) - 1);
  assert_int_equal(ia64_pmu_pmd_written(3, ~0ull), 0); /* PMD0-3: not implemented */
  assert_int_equal(ia64_pmu_pmd_written(8, ~0ull), 0);
  assert_int_equal(ia64_pmu_pmc_written(0, ~0ull), 0xf1);
  assert_int_equal(ia64_pmu_pmc_written(2, ~0ull), 0);
  assert_int_equal(ia64_pmu_pmc_written(7, ~0ull), 0xff7f);
  assert_int_equal(ia64_pmu_pmc_written(8, ~0ull), 0);
}

static void test_counter_arithmetic(void **state) {
  (void)state;
  const uint64_t top = 1ull << IA64_PMU_WIDTH;
  bool w;
  assert_int_equal(ia64_pmu_add(5, 10, &w), 15);
  assert_false(w);
  assert_int_equal(ia64_pmu_add(top - 10, 9, &w), top - 1);
  assert_false(w);
  assert_int_equal(ia64_pmu_add(top - 10, 10, &w), 0);
  assert_true(w);
  assert_int_equal(ia64_pmu_add(top - 1, 5, &w), 4);
  assert_true(w);
  assert_int_equal(ia64_pmu_add(0, UINT64_MAX, &w), top - 1);
  assert_true(w);
}

static void test_pal_perf_mon_info(void **state) {
  (void)state;
  assert_int_equal(ia64_pmu_info(), 0x08122f04);
  uint64_t m[16];
  ia64_pmu_info_masks(m);
  assert_int_equal(m[0], 0xff);
  assert_int_equal(m[4], 0xf0);
  assert_int_equal(m[8], 0xf0);
  assert_int_equal(m[12], 0xf0);
  assert_int_equal(m[1] | m[5] | m[9] | m[13], 0);
}

static vtsim_engine *open_engine(void) {
  vtsim_config cfg;
  vtsim_config_default(&cfg);
  cfg.ram_bytes = 1u << 20;
  vtsim_engine *e;
  assert_int_equal(vtsim_open(VTSIM_ARCH_IA64, &cfg, &e), VTSIM_OK);
  return e;
}

/* Lazy counting: the value is the count at the last sync plus what retired
 * since; the first wrap with PMC.oi freezes every counter at that moment. */
static void test_lazy_counters_and_overflow(void **state) {
  (void)state;
  vtsim_engine *e = open_engine();
  ia64_cpu *c = ia64_of(e);
  const uint64_t top = 1ull << IA64_PMU_WIDTH;
  c->psr = IA64_PSR_UP;
  c->cr[IA64_CR_PMV] = 0xe6;
  c->pmc[4] = RETIRED | IA64_PMC_OI | 1;
  c->pmd[4] = top - 5;
  c->pmc[5] = CYCLES | 1; /* no oi: frozen with the others */
  c->pmd[5] = 100;
  c->event_at = UINT64_MAX;
  ia64_pmu_sync(c, 1000);
  ia64_pmu_update(c);
  assert_int_equal(c->pmu_running, 3);
  assert_int_equal(c->event_at, 1005); /* the wrap is due */
  ia64_pmu_sync(c, 1003);
  assert_int_equal(c->pmd[4], top - 2);
  assert_int_equal(c->pmd[5], 103);
  assert_int_equal(ia64_pmu_check(c, 1012), UINT64_MAX); /* frozen: nothing more is due */
  assert_int_equal(c->pmd[4], 0);
  assert_int_equal(c->pmd[5], 105);
  assert_int_equal(c->pmc[0], IA64_PMC0_FR | 1u << 4);
  assert_int_equal(c->irr[3] >> 38 & 1, 1);
  /* PMV.m: the overflow sets its bits and pends nothing */
  c->pmc[0] = 0;
  c->irr[3] = 0;
  c->pmd[4] = top - 1;
  c->cr[IA64_CR_PMV] = 0xe6 | 1u << 16;
  ia64_pmu_update(c);
  ia64_pmu_sync(c, 1020);
  assert_int_equal(c->pmc[0], IA64_PMC0_FR | 1u << 4);
  assert_int_equal(c->pmd[5], 106);
  assert_int_equal(c->irr[3], 0);
  /* without oi: the overflow bit only, and counting goes on */
  c->pmc[0] = 0;
  c->pmc[4] = RETIRED | 1;
  c->pmd[4] = top - 2;
  ia64_pmu_update(c);
  ia64_pmu_sync(c, 1030);
  assert_int_equal(c->pmd[4], 8);
  assert_int_equal(c->pmc[0], 1u << 4);
  assert_int_equal(c->pmd[5], 116);
  vtsim_close(e);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_enable_rule),       cmocka_unit_test(test_pl3_pmd_reads),
      cmocka_unit_test(test_written_masks),     cmocka_unit_test(test_counter_arithmetic),
      cmocka_unit_test(test_pal_perf_mon_info), cmocka_unit_test(test_lazy_counters_and_overflow),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
