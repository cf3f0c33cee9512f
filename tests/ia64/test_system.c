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
#include "ia64/debug.h"
#include "ia64/interp.h"
#include "ia64/intr.h"
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
  /* mapped, entry not present: inserted all the same, Page Not Present (vol. 2 4.1.5) */
  assert_int_equal(ia64_vm_translate(e, c, VA + 0x20000, VT_PROT_READ, false, &pa, NULL),
                   IA64_FAULT);
  assert_int_equal(c->fault.kind, IA64_F_PAGE_NOT_PRESENT);
  assert_non_null(ia64_tlb_lookup(c, VA + 0x20000, false));
  ia64_tc_purge(c, VA + 0x20000, 12, false, true);
  /* a present entry with a reserved ma: the walk fails, Data TLB */
  uint64_t pte = 0x420465;
  assert_int_equal(vtsim_mem_write(e, 0x500100, &pte, 8), VTSIM_OK);
  assert_int_equal(ia64_vm_translate(e, c, VA + 0x20000, VT_PROT_READ, false, &pa, NULL),
                   IA64_FAULT);
  assert_int_equal(c->fault.kind, IA64_F_DTLB);
  pte = 0x420461;
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
/* A fetch from an unimplemented address no branch, rfi or fall-through
 * trapped on (an IVA there) is the Unimplemented Instruction Address fault,
 * physical (PA bits 62:50 must be 0) or virtual (VA bits 60:51 copy bit 50). */
static void test_fetch_from_unimplemented_address_faults(void **state) {
  (void)state;
  vtsim_engine *e = open_engine();
  ia64_cpu *c = ia64_of(e);
  uint8_t raw[16];
  assert_int_equal(ia64_fetch_bundle(e, c, 1ull << 50, raw), IA64_FAULT);
  assert_int_equal(c->fault.kind, IA64_F_UNIMPL_IADDR);
  assert_int_equal(c->fault.addr, 1ull << 50);
  assert_int_equal(ia64_fetch_bundle(e, c, (1ull << 63) | 0x100000, raw), IA64_OK); /* uc bit */
  c->psr |= IA64_PSR_IT;
  assert_int_equal(ia64_fetch_bundle(e, c, VA + (1ull << 51), raw), IA64_FAULT);
  assert_int_equal(c->fault.kind, IA64_F_UNIMPL_IADDR);
  const ia64_vector_desc *d = ia64_vector_of(IA64_F_UNIMPL_IADDR);
  assert_int_equal(d->offset, 0x5e00);
  assert_int_equal(d->code, 0);
  vtsim_close(e);
}

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

/* PSR.ia / PSR.da hide the Access-Bit faults, da the Dirty-Bit fault too
 * (vol. 2 Table 3-2). */
static void test_psr_ia_da_hide_access_and_dirty_bits(void **state) {
  (void)state;
  vtsim_engine *e = open_engine();
  ia64_cpu *c = ia64_of(e);
  c->rr[1] = 0x100 << 8 | 12 << 2;
  c->dtr[0] = ia64_make_entry(c, VA, 0x400001 | 3 << 9, 12 << 2); /* rwx, a = d = 0 */
  c->itr[0] = ia64_make_entry(c, VA, 0x400001 | 3 << 9, 12 << 2);
  uint64_t pa;
  assert_int_equal(ia64_vm_translate(e, c, VA, VT_PROT_READ, false, &pa, NULL), IA64_FAULT);
  assert_int_equal(c->fault.kind, IA64_F_DACCESS_BIT);
  assert_int_equal(ia64_vm_translate(e, c, VA, VT_PROT_EXEC, false, &pa, NULL), IA64_FAULT);
  assert_int_equal(c->fault.kind, IA64_F_IACCESS_BIT);
  c->psr |= IA64_PSR_DA;
  assert_int_equal(ia64_vm_translate(e, c, VA, VT_PROT_WRITE, false, &pa, NULL), IA64_OK);
  assert_int_equal(ia64_vm_translate(e, c, VA, VT_PROT_EXEC, false, &pa, NULL), IA64_FAULT);
  c->psr ^= IA64_PSR_DA | IA64_PSR_IA;
  assert_int_equal(ia64_vm_translate(e, c, VA, VT_PROT_EXEC, false, &pa, NULL), IA64_OK);
  assert_int_equal(ia64_vm_translate(e, c, VA, VT_PROT_READ, false, &pa, NULL), IA64_FAULT);
  vtsim_close(e);
}

/* IBR/DBR matching (vol. 2 7.1.1): mask bits 55:0 select compared address
 * bits (63:56 always compared), plm the rings, x / r / w the accesses; an
 * IBR ignores address bits 3:0, a DBR matches any byte of the access. */
static void test_breakpoint_register_matching(void **state) {
  (void)state;
  vtsim_engine *e = open_engine();
  ia64_cpu *c = ia64_of(e);
  const uint64_t all = 0x00ffffffffffffffull, plm0 = 1ull << 56;
  c->ibr[2] = 0x100020;
  c->ibr[3] = 1ull << 63 | plm0 | (all & ~0xfffull); /* any bundle of the page */
  assert_true(ia64_ibr_match(c, 0x100ff0));
  assert_false(ia64_ibr_match(c, 0x101000));
  assert_false(ia64_ibr_match(c, 0x100ff0 | 1ull << 60)); /* bit 60 always compared */
  c->psr |= 3ull << IA64_PSR_CPL_SHIFT;
  assert_false(ia64_ibr_match(c, 0x100ff0)); /* plm: ring 0 only */
  c->psr &= ~IA64_PSR_CPL;
  c->ibr[3] &= ~(1ull << 63);
  assert_false(ia64_ibr_match(c, 0x100ff0)); /* x = 0 */
  c->dbr[0] = 0x200004;
  c->dbr[1] = 1ull << 62 | plm0 | all; /* w only, one byte */
  assert_true(ia64_dbr_match(c, 0x200000, 8, true));
  assert_false(ia64_dbr_match(c, 0x200000, 4, true));
  assert_false(ia64_dbr_match(c, 0x200000, 8, false));
  assert_true(ia64_dbr_covers_page(c, 0x200000));
  assert_false(ia64_dbr_covers_page(c, 0x201000));
  c->dbr[1] = plm0 | all; /* neither r nor w: no page kept out */
  assert_false(ia64_dbr_covers_page(c, 0x200000));
  vtsim_close(e);
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
      cmocka_unit_test(test_psr_ia_da_hide_access_and_dirty_bits),
      cmocka_unit_test(test_breakpoint_register_matching),
      cmocka_unit_test(test_pal_results_and_conventions),
      cmocka_unit_test(test_fetch_from_unimplemented_address_faults),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
