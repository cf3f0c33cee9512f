/* The process address space: VMAs, map/unmap/protect, free ranges, brk. */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "common/uspace.h"

#define PG    VT_USPACE_PAGE
#define RW    (VT_PROT_READ | VT_PROT_WRITE)
#define RX    (VT_PROT_READ | VT_PROT_EXEC)
#define LIMIT 0xC0000000ull

static int setup(void **state) {
  static const vt_uspace blank;
  vt_uspace *u = test_malloc(sizeof *u);
  *u = blank;
  vt_uspace_init(u, LIMIT);
  *state = u;
  return 0;
}

static int teardown(void **state) {
  vt_uspace_free(*state);
  test_free(*state);
  return 0;
}

static void assert_vma(const vt_uspace *u, size_t i, uint64_t start, uint64_t end, int prot) {
  assert_true(i < u->count);
  assert_int_equal(u->vma[i].start, start);
  assert_int_equal(u->vma[i].end, end);
  assert_int_equal(u->vma[i].prot, prot);
}

static void test_unmapped_address_has_no_protection(void **state) {
  vt_uspace *u = *state;
  assert_int_equal(vt_uspace_prot(u, 0), 0);
  assert_int_equal(vt_uspace_map(u, 0x10000, PG, RW), 0);
  assert_int_equal(vt_uspace_prot(u, 0xffff), 0);
  assert_int_equal(vt_uspace_prot(u, 0x10000), RW);
  assert_int_equal(vt_uspace_prot(u, 0x10fff), RW);
  assert_int_equal(vt_uspace_prot(u, 0x11000), 0);
}

static void test_map_replaces_what_it_overlaps(void **state) {
  vt_uspace *u = *state;
  assert_int_equal(vt_uspace_map(u, 0x10000, 8 * PG, RX), 0);
  assert_int_equal(vt_uspace_map(u, 0x12000, 2 * PG, RW), 0);
  assert_int_equal(u->count, 3);
  assert_vma(u, 0, 0x10000, 0x12000, RX);
  assert_vma(u, 1, 0x12000, 0x14000, RW);
  assert_vma(u, 2, 0x14000, 0x18000, RX);
  /* Over the end of one VMA and the start of the next. */
  assert_int_equal(vt_uspace_map(u, 0x11000, 2 * PG, VT_PROT_READ), 0);
  assert_vma(u, 0, 0x10000, 0x11000, RX);
  assert_vma(u, 1, 0x11000, 0x13000, VT_PROT_READ);
  assert_vma(u, 2, 0x13000, 0x14000, RW);
  /* Swallowing several VMAs whole. */
  assert_int_equal(vt_uspace_map(u, 0xf000, 0x20000, RW), 0);
  assert_int_equal(u->count, 1);
  assert_vma(u, 0, 0xf000, 0x2f000, RW);
}

static void test_adjacent_vmas_with_equal_protection_merge(void **state) {
  vt_uspace *u = *state;
  assert_int_equal(vt_uspace_map(u, 0x10000, PG, RW), 0);
  assert_int_equal(vt_uspace_map(u, 0x12000, PG, RW), 0);
  assert_int_equal(u->count, 2);
  assert_int_equal(vt_uspace_map(u, 0x11000, PG, RW), 0);
  assert_int_equal(u->count, 1);
  assert_vma(u, 0, 0x10000, 0x13000, RW);
}

static void test_unmap_splits_a_vma(void **state) {
  vt_uspace *u = *state;
  assert_int_equal(vt_uspace_map(u, 0x10000, 4 * PG, RW), 0);
  assert_int_equal(vt_uspace_unmap(u, 0x11000, PG), 0);
  assert_int_equal(u->count, 2);
  assert_vma(u, 0, 0x10000, 0x11000, RW);
  assert_vma(u, 1, 0x12000, 0x14000, RW);
  assert_int_equal(vt_uspace_prot(u, 0x11800), 0);
  /* Unmapping holes and partial VMAs together. */
  assert_int_equal(vt_uspace_unmap(u, 0x10000, 3 * PG), 0);
  assert_int_equal(u->count, 1);
  assert_vma(u, 0, 0x13000, 0x14000, RW);
  assert_int_equal(vt_uspace_unmap(u, 0x40000, PG), 0); /* nothing there: fine */
}

static void test_misaligned_or_out_of_range_requests_are_einval(void **state) {
  vt_uspace *u = *state;
  assert_int_equal(vt_uspace_map(u, 0x10001, PG, RW), -EINVAL);
  assert_int_equal(vt_uspace_map(u, 0x10000, 100, RW), -EINVAL);
  assert_int_equal(vt_uspace_map(u, 0x10000, 0, RW), -EINVAL);
  assert_int_equal(vt_uspace_map(u, LIMIT - PG, 2 * PG, RW), -EINVAL);
  assert_int_equal(vt_uspace_unmap(u, 0xfffff000ull, PG), -EINVAL);
  assert_int_equal(u->count, 0);
}

static void test_protect_changes_only_the_range(void **state) {
  vt_uspace *u = *state;
  assert_int_equal(vt_uspace_map(u, 0x10000, 4 * PG, RW), 0);
  assert_int_equal(vt_uspace_protect(u, 0x11000, PG, VT_PROT_READ), 0);
  assert_int_equal(u->count, 3);
  assert_int_equal(vt_uspace_prot(u, 0x10000), RW);
  assert_int_equal(vt_uspace_prot(u, 0x11000), VT_PROT_READ);
  assert_int_equal(vt_uspace_prot(u, 0x12000), RW);
  /* Back to RW: the pieces merge again. */
  assert_int_equal(vt_uspace_protect(u, 0x11000, PG, RW), 0);
  assert_int_equal(u->count, 1);
}

static void test_protect_over_a_hole_is_enomem_and_changes_nothing(void **state) {
  vt_uspace *u = *state;
  assert_int_equal(vt_uspace_map(u, 0x10000, PG, RW), 0);
  assert_int_equal(vt_uspace_map(u, 0x12000, PG, RW), 0);
  assert_int_equal(vt_uspace_protect(u, 0x10000, 3 * PG, VT_PROT_READ), -ENOMEM);
  assert_int_equal(vt_uspace_prot(u, 0x10000), RW);
  assert_int_equal(vt_uspace_prot(u, 0x11000), 0);
}

static void test_extent_stops_at_a_hole_or_a_missing_permission(void **state) {
  vt_uspace *u = *state;
  assert_int_equal(vt_uspace_map(u, 0x10000, 2 * PG, RW), 0);
  assert_int_equal(vt_uspace_map(u, 0x12000, PG, VT_PROT_READ), 0);
  assert_int_equal(vt_uspace_extent(u, 0x10010, 0x10000, VT_PROT_READ), 0x3000 - 0x10);
  assert_int_equal(vt_uspace_extent(u, 0x10010, 0x10000, VT_PROT_WRITE), 0x2000 - 0x10);
  assert_int_equal(vt_uspace_extent(u, 0x10010, 0x20, VT_PROT_WRITE), 0x20);
  assert_int_equal(vt_uspace_extent(u, 0xf000, 0x2000, VT_PROT_READ), 0);
  assert_int_equal(vt_uspace_extent(u, 0x12000, UINT64_MAX, VT_PROT_READ), PG);
}

static void test_free_range_is_found_top_down(void **state) {
  vt_uspace *u = *state;
  uint64_t at = 0;
  assert_int_equal(vt_uspace_find_free(u, 3 * PG, 0x10000, 0xB8000000, &at), 0);
  assert_int_equal(at, 0xB8000000 - 3 * PG);
  assert_int_equal(vt_uspace_map(u, at, 3 * PG, RW), 0);
  assert_int_equal(vt_uspace_map(u, 0xB7FF0000 - PG, PG, RW), 0);
  /* The gap just below the first mapping is too small for 0x10 pages... */
  assert_int_equal(vt_uspace_find_free(u, 0x10 * PG, 0x10000, 0xB8000000, &at), 0);
  assert_int_equal(at, 0xB7FF0000 - PG - 0x10 * PG);
  /* ...but fits 2 pages (the gap is [0xB7FF0000, 0xB7FFD000)). */
  assert_int_equal(vt_uspace_find_free(u, 2 * PG, 0x10000, 0xB8000000, &at), 0);
  assert_int_equal(at, 0xB7FFD000 - 2 * PG);
  /* Lengths are rounded up to pages. */
  assert_int_equal(vt_uspace_find_free(u, 1, 0x10000, 0x12000, &at), 0);
  assert_int_equal(at, 0x11000);
}

static void test_free_range_respects_the_floor(void **state) {
  vt_uspace *u = *state;
  uint64_t at = 0;
  assert_int_equal(vt_uspace_map(u, 0x20000, 0x10000, RW), 0);
  assert_int_equal(vt_uspace_find_free(u, 0x10000, 0x10000, 0x40000, &at), 0);
  assert_int_equal(at, 0x30000);
  assert_int_equal(vt_uspace_map(u, 0x30000, 0x10000, RW), 0);
  assert_int_equal(vt_uspace_find_free(u, 0x10000, 0x10000, 0x40000, &at), 0);
  assert_int_equal(at, 0x10000);
  assert_int_equal(vt_uspace_find_free(u, 0x10000, 0x11000, 0x40000, &at), -ENOMEM);
  assert_int_equal(vt_uspace_find_free(u, 0, 0x10000, 0x40000, &at), -ENOMEM);
}

static void test_is_free_sees_any_overlap(void **state) {
  vt_uspace *u = *state;
  assert_int_equal(vt_uspace_map(u, 0x20000, PG, RW), 0);
  assert_true(vt_uspace_is_free(u, 0x10000, 0x10000));
  assert_false(vt_uspace_is_free(u, 0x10000, 0x10001));
  assert_false(vt_uspace_is_free(u, 0x20fff, 1));
  assert_true(vt_uspace_is_free(u, 0x21000, 0x10000));
}

static void test_brk_grows_and_shrinks_by_pages(void **state) {
  vt_uspace *u = *state;
  uint64_t lo, hi;
  vt_uspace_brk_init(u, 0x80e5123);
  assert_int_equal(u->brk, 0x80e6000);
  assert_int_equal(vt_uspace_set_brk(u, 0, &lo, &hi), 0x80e6000); /* query */
  assert_int_equal(lo, hi);
  assert_int_equal(vt_uspace_set_brk(u, 0x80e6000 + 0x21000 + 5, &lo, &hi), 0x8107005);
  assert_int_equal(lo, 0x80e6000);
  assert_int_equal(hi, 0x8108000);
  assert_int_equal(vt_uspace_prot(u, 0x8107fff), RW);
  assert_int_equal(vt_uspace_prot(u, 0x8108000), 0);
  assert_int_equal(vt_uspace_set_brk(u, 0x80e7000, &lo, &hi), 0x80e7000);
  assert_int_equal(lo, 0x80e7000);
  assert_int_equal(hi, 0x8108000);
  assert_int_equal(vt_uspace_prot(u, 0x80e7000), 0);
  assert_int_equal(vt_uspace_prot(u, 0x80e6fff), RW);
}

static void test_brk_below_its_start_or_into_a_mapping_fails(void **state) {
  vt_uspace *u = *state;
  vt_uspace_brk_init(u, 0x1000000);
  assert_int_equal(vt_uspace_map(u, 0x1010000, PG, RX), 0);
  assert_int_equal(vt_uspace_set_brk(u, 0xfff000, NULL, NULL), 0x1000000);
  /* Growing to touch the mapping leaves no guard page: refused. */
  assert_int_equal(vt_uspace_set_brk(u, 0x1010000, NULL, NULL), 0x1000000);
  assert_int_equal(vt_uspace_set_brk(u, 0x100f000, NULL, NULL), 0x100f000);
  assert_int_equal(vt_uspace_set_brk(u, LIMIT + PG, NULL, NULL), 0x100f000);
}

static void test_many_vmas_stay_sorted_and_searchable(void **state) {
  vt_uspace *u = *state;
  /* Every other page, mapped in a scrambled order. */
  for (uint64_t k = 0; k < 1000; k++) {
    uint64_t n = (k * 617) % 1000;
    assert_int_equal(vt_uspace_map(u, 0x100000 + 2 * n * PG, PG, (int)(n % 7) + 1), 0);
  }
  assert_int_equal(u->count, 1000);
  for (size_t i = 1; i < u->count; i++) assert_true(u->vma[i - 1].end <= u->vma[i].start);
  for (uint64_t n = 0; n < 1000; n++) {
    assert_int_equal(vt_uspace_prot(u, 0x100000 + 2 * n * PG + 5), (int)(n % 7) + 1);
    assert_int_equal(vt_uspace_prot(u, 0x100000 + (2 * n + 1) * PG), 0);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
#define T(name) cmocka_unit_test_setup_teardown(name, setup, teardown)
      T(test_unmapped_address_has_no_protection),
      T(test_map_replaces_what_it_overlaps),
      T(test_adjacent_vmas_with_equal_protection_merge),
      T(test_unmap_splits_a_vma),
      T(test_misaligned_or_out_of_range_requests_are_einval),
      T(test_protect_changes_only_the_range),
      T(test_protect_over_a_hole_is_enomem_and_changes_nothing),
      T(test_extent_stops_at_a_hole_or_a_missing_permission),
      T(test_free_range_is_found_top_down),
      T(test_free_range_respects_the_floor),
      T(test_is_free_sees_any_overlap),
      T(test_brk_grows_and_shrinks_by_pages),
      T(test_brk_below_its_start_or_into_a_mapping_fails),
      T(test_many_vmas_stay_sorted_and_searchable),
#undef T
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
