/* The IA-64 system architecture's pieces on their own (Itanium SDM vol. 2):
 * thash/ttag, translation through TRs and the VHPT walker with its faults,
 * access rights by privilege level, and the PAL procedures' results and
 * calling-convention ranges. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "common/engine.h"
#include "ia64/interp.h"
#include "ia64/pal.h"
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

static void test_thash_short_and_long_formats(void **state) {
  (void)state;
  vtsim_engine *e = open_engine();
  ia64_cpu *c = ia64_of(e);
  c->rr[1] = 0x100 << 8 | 12 << 2 | 1;
  c->cr[IA64_CR_PTA] = 0x500000 | 15 << 2 | 1;
  /* short: region bits of va, PTA base, (vpn << 3) within 2^size */
  assert_int_equal(ia64_thash(c, VA + 0x20000), VA + 0x500100);
  assert_int_equal(ia64_thash(c, VA + 0x20000 + (1ull << 27)), VA + 0x500100); /* wraps */
  c->cr[IA64_CR_PTA] |= IA64_PTA_VF;
  assert_int_equal(ia64_thash(c, VA + 0x40000), VA + 0x500000 + ((0x40 ^ 0x100) << 5));
  assert_int_equal(ia64_ttag(c, VA + 0x40000), 0x40 ^ (0x100ull << 39));
  assert_int_equal(ia64_ttag(c, VA + 0x40000) >> 63, 0); /* ti clear */
  vtsim_close(e);
}

static void test_translation_registers_and_page_sizes(void **state) {
  (void)state;
  vtsim_engine *e = open_engine();
  ia64_cpu *c = ia64_of(e);
  c->rr[1] = 0x100 << 8 | 12 << 2;
  c->psr |= IA64_PSR_DT;
  c->dtr[0] = ia64_make_entry(c, VA + 0x10000, 0x410461, 16 << 2); /* 64K page */
  uint64_t pa;
  unsigned ps;
  assert_int_equal(ia64_vm_translate(e, c, VA + 0x1fff8, VT_PROT_READ, false, &pa, &ps),
                   IA64_OK);
  assert_int_equal(pa, 0x41fff8);
  assert_int_equal(ps, 16);
  /* another RID: the entry does not match, walker off: Alternate Data TLB */
  c->rr[1] = 0x101 << 8 | 12 << 2;
  assert_int_equal(ia64_vm_translate(e, c, VA + 0x10000, VT_PROT_READ, false, &pa, NULL),
                   IA64_FAULT);
  assert_int_equal(c->fault.kind, IA64_F_ALT_DTLB);
  assert_int_equal(c->fault.isr, IA64_ISR_R);
  /* unimplemented VA bits (between 60 and IMPL_VA_MSB + 1) */
  assert_int_equal(ia64_vm_translate(e, c, VA | 1ull << 55, VT_PROT_WRITE, false, &pa, NULL),
                   IA64_FAULT);
  assert_int_equal(c->fault.kind, IA64_F_UNIMPL_DADDR);
  assert_true(ia64_page_size_ok(12) && ia64_page_size_ok(28) && !ia64_page_size_ok(15));
  vtsim_close(e);
}

static void test_vhpt_walk_inserts_or_faults(void **state) {
  (void)state;
  vtsim_engine *e = open_engine();
  ia64_cpu *c = ia64_of(e);
  c->rr[1] = 0x100 << 8 | 12 << 2 | 1;
  c->cr[IA64_CR_PTA] = 0x500000 | 15 << 2 | 1;
  c->psr |= IA64_PSR_DT;
  uint64_t pa;
  /* the VHPT page itself is not mapped: VHPT Translation */
  assert_int_equal(ia64_vm_translate(e, c, VA + 0x20000, VT_PROT_READ, false, &pa, NULL),
                   IA64_FAULT);
  assert_int_equal(c->fault.kind, IA64_F_VHPT_D);
  c->dtr[1] = ia64_make_entry(c, VA + 0x500000, 0x500461, 16 << 2);
  /* mapped, entry not present: Data TLB */
  assert_int_equal(ia64_vm_translate(e, c, VA + 0x20000, VT_PROT_READ, false, &pa, NULL),
                   IA64_FAULT);
  assert_int_equal(c->fault.kind, IA64_F_DTLB);
  uint64_t pte = 0x420461;
  assert_int_equal(vtsim_mem_write(e, 0x500100, &pte, 8), VTSIM_OK);
  assert_int_equal(ia64_vm_translate(e, c, VA + 0x20008, VT_PROT_READ, false, &pa, NULL),
                   IA64_OK);
  assert_int_equal(pa, 0x420008);
  assert_non_null(ia64_tlb_lookup(c, VA + 0x20000, false)); /* the walker inserted it */
  /* long format: a wrong tag fails the walk */
  c->cr[IA64_CR_PTA] |= IA64_PTA_VF;
  uint64_t iha = ia64_thash(c, VA + 0x40000) & ((1ull << 61) - 1);
  uint64_t entry[4] = {0x440461, 12 << 2 | 0x55 << 8, ia64_ttag(c, VA + 0x40000) ^ 1, 0};
  assert_int_equal(vtsim_mem_write(e, iha, entry, sizeof entry), VTSIM_OK);
  assert_int_equal(ia64_vm_translate(e, c, VA + 0x40000, VT_PROT_READ, false, &pa, NULL),
                   IA64_FAULT);
  assert_int_equal(c->fault.kind, IA64_F_DTLB);
  entry[2] ^= 1;
  assert_int_equal(vtsim_mem_write(e, iha, entry, sizeof entry), VTSIM_OK);
  assert_int_equal(ia64_vm_translate(e, c, VA + 0x40000, VT_PROT_READ, false, &pa, NULL),
                   IA64_OK);
  assert_int_equal(ia64_tlb_lookup(c, VA + 0x40000, false)->key, 0x55);
  vtsim_close(e);
}

/* vol. 2 Table 4-3 */
static void test_access_rights_by_privilege_level(void **state) {
  (void)state;
  enum { R = VT_PROT_READ, W = VT_PROT_WRITE, X = VT_PROT_EXEC };
  assert_int_equal(ia64_page_rights(2, 0, 0), R | W);
  assert_int_equal(ia64_page_rights(2, 0, 3), 0);
  assert_int_equal(ia64_page_rights(3, 3, 1), R | W | X);
  assert_int_equal(ia64_page_rights(4, 2, 2), R);      /* read at pl, rw above */
  assert_int_equal(ia64_page_rights(4, 2, 1), R | W);
  assert_int_equal(ia64_page_rights(6, 1, 1), R | W | X);
  assert_int_equal(ia64_page_rights(6, 1, 0), R | W);
  assert_int_equal(ia64_page_rights(7, 0, 3), X);      /* a gate: executable from ring 3 */
}

static void test_pal_results_and_conventions(void **state) {
  (void)state;
  ia64_cpu c;
  memset(&c, 0, sizeof c);
  uint64_t none[3] = {0, 0, 0};
  ia64_pal_result r = ia64_pal_run(&c, 8, none); /* PAL_VM_SUMMARY */
  assert_int_equal(r.status, 0);
  assert_int_equal((r.ret[0] >> 1) & 0x7f, IA64_IMPL_PA_MSB + 1);
  assert_int_equal((r.ret[0] >> 32) & 0xff, IA64_NTR - 1);
  assert_int_equal(r.ret[1] & 0xff, IA64_IMPL_VA_MSB);
  assert_int_equal((r.ret[1] >> 8) & 0xff, IA64_RID_BITS);
  assert_int_equal(ia64_pal_run(&c, 34, none).ret[0], IA64_PAGE_SIZES);
  uint64_t bad_level[3] = {1, 2, 0};
  assert_int_equal(ia64_pal_run(&c, 7, bad_level).status, -2);
  assert_int_equal(ia64_pal_run(&c, 42, none).status, -1);
  assert_true(ia64_pal_run(&c, 29, none).halt);
  assert_string_equal(ia64_pal_name(20), "PAL_VERSION");
  assert_null(ia64_pal_name(42));
  /* static 0-255 and 512-767, stacked 256-511 and 768-1023 */
  assert_false(ia64_pal_is_stacked(8));
  assert_true(ia64_pal_is_stacked(256));
  assert_true(ia64_pal_is_stacked(511));
  assert_false(ia64_pal_is_stacked(512));
  assert_true(ia64_pal_is_stacked(768));
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_thash_short_and_long_formats),
      cmocka_unit_test(test_translation_registers_and_page_sizes),
      cmocka_unit_test(test_vhpt_walk_inserts_or_faults),
      cmocka_unit_test(test_access_rights_by_privilege_level),
      cmocka_unit_test(test_pal_results_and_conventions),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
