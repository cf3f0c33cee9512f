/* Guest physical memory: regions, bounds, open bus, sparseness, code pages. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>

#include "common/memory.h"

static vt_mem mem_with_ram(uint64_t size) {
  vt_mem m;
  const char *why;
  vt_mem_init(&m);
  assert_int_equal(vt_mem_map(&m, 0, size, &why), 0);
  return m;
}

static void test_misaligned_or_empty_region_is_refused(void **state) {
  (void)state;
  vt_mem m;
  const char *why = NULL;
  vt_mem_init(&m);
  assert_int_equal(vt_mem_map(&m, 0x100, 0x1000, &why), -1);
  assert_non_null(strstr(why, "aligned"));
  assert_int_equal(vt_mem_map(&m, 0, 0x1001, &why), -1);
  assert_int_equal(vt_mem_map(&m, 0, 0, &why), -1);
  assert_int_equal(m.nregions, 0);
}

static void test_overlapping_region_is_refused(void **state) {
  (void)state;
  vt_mem m = mem_with_ram(0x10000);
  const char *why;
  assert_int_equal(vt_mem_map(&m, 0xf000, 0x2000, &why), -1);
  assert_non_null(strstr(why, "overlaps"));
  assert_int_equal(vt_mem_map(&m, 0x10000, 0x1000, &why), 0); /* adjacent is fine */
  vt_mem_free(&m);
}

static void test_region_wrapping_the_address_space_is_refused(void **state) {
  (void)state;
  vt_mem m;
  const char *why;
  vt_mem_init(&m);
  assert_int_equal(vt_mem_map(&m, 0xfffffffffffff000ull, 0x2000, &why), -1);
  assert_int_equal(vt_mem_map(&m, 0, 1ull << 41, &why), -1); /* beyond the 1 TiB budget */
}

static void test_read_write_round_trip_across_regions(void **state) {
  (void)state;
  vt_mem m = mem_with_ram(0x2000);
  const char *why;
  assert_int_equal(vt_mem_map(&m, 0x2000, 0x2000, &why), 0);
  uint8_t out[0x100], in[0x100];
  for (int i = 0; i < 0x100; i++) out[i] = (uint8_t)(i * 7);
  assert_int_equal(vt_mem_write(&m, 0x1f80, out, sizeof out), 0);
  assert_int_equal(vt_mem_read(&m, 0x1f80, in, sizeof in), 0);
  assert_memory_equal(in, out, sizeof out);
  vt_mem_free(&m);
}

static void test_strict_access_touching_a_hole_copies_nothing(void **state) {
  (void)state;
  vt_mem m = mem_with_ram(0x1000);
  uint8_t buf[16];
  memset(buf, 0x55, sizeof buf);
  assert_int_equal(vt_mem_read(&m, 0xff8, buf, sizeof buf), -1);
  for (size_t i = 0; i < sizeof buf; i++) assert_int_equal(buf[i], 0x55);
  assert_int_equal(vt_mem_write(&m, 0xff8, buf, sizeof buf), -1);
  uint8_t b;
  assert_int_equal(vt_mem_read(&m, 0xff8, &b, 1), 0);
  assert_int_equal(b, 0); /* untouched */
  assert_int_equal(vt_mem_read(&m, UINT64_MAX, &b, 2), -1); /* wraps */
  vt_mem_free(&m);
}

static void test_open_bus_reads_all_ones_and_drops_writes(void **state) {
  (void)state;
  vt_mem m = mem_with_ram(0x1000);
  const char *why;
  assert_int_equal(vt_mem_map(&m, 0x3000, 0x1000, &why), 0);
  uint8_t buf[0x3000];
  memset(buf, 0x11, sizeof buf);
  /* 0xff0..0x3010: 16 bytes of RAM, a 0x2000-byte hole, 16 bytes of RAM */
  assert_int_equal(vt_mem_write_bus(&m, 0xff0, buf, 0x2020), 0x2000);
  memset(buf, 0, sizeof buf);
  assert_int_equal(vt_mem_read_bus(&m, 0xff0, buf, 0x2020), 0x2000);
  assert_int_equal(buf[0], 0x11);
  assert_int_equal(buf[15], 0x11);
  assert_int_equal(buf[16], 0xff);
  assert_int_equal(buf[0x200f], 0xff);
  assert_int_equal(buf[0x2010], 0x11);
  assert_true(vt_mem_page(&m, 0x2000) == NULL);
  vt_mem_free(&m);
}

static void test_no_guest_address_reaches_outside_its_region(void **state) {
  (void)state;
  vt_mem m;
  const char *why;
  vt_mem_init(&m);
  assert_int_equal(vt_mem_map(&m, 0x10000, 0x1000, &why), 0);
  static const uint64_t probes[] = {0, 0xffff, 0x11000, UINT64_MAX, 0x10000 - 0x1000,
                                    0x8000000000000000ull + 0x10000};
  for (size_t i = 0; i < sizeof probes / sizeof probes[0]; i++) {
    assert_null(vt_mem_region(&m, probes[i]));
    uint32_t v = 0;
    assert_int_equal(vt_mem_read_bus(&m, probes[i], &v, 1), 1);
  }
  assert_non_null(vt_mem_page(&m, 0x10fff));
  assert_ptr_equal(vt_mem_page(&m, 0x10fff), vt_mem_page(&m, 0x10000));
  vt_mem_free(&m);
}

static long resident_kib(void) {
  FILE *f = fopen("/proc/self/statm", "r");
  long size = 0, resident = 0;
  if (f) {
    if (fscanf(f, "%ld %ld", &size, &resident) != 2) resident = 0;
    fclose(f);
  }
  return resident * 4;
}

static void test_ram_is_sparse_until_touched(void **state) {
  (void)state;
  long before = resident_kib();
  vt_mem m = mem_with_ram(16ull << 30); /* 16 GiB of guest RAM */
  uint8_t one = 1;
  for (uint64_t a = 0; a < (16ull << 30); a += 1ull << 30) vt_mem_write(&m, a, &one, 1);
  long after = resident_kib();
  assert_true(after - before < 16 * 1024); /* 16 touched pages, not 16 GiB */
  vt_mem_free(&m);
}

typedef struct code_writes {
  int calls;
  uint64_t last;
} code_writes;

static void on_code_write(void *ctx, uint64_t paddr, size_t len) {
  code_writes *w = ctx;
  (void)len;
  w->calls++;
  w->last = paddr;
}

static void test_writes_to_code_pages_notify_the_decode_cache(void **state) {
  (void)state;
  vt_mem m = mem_with_ram(0x4000);
  code_writes w = {0};
  m.on_code_write = on_code_write;
  m.code_write_ctx = &w;
  vt_mem_set_code(&m, 0x2000, true);
  uint32_t v = 1;
  vt_mem_write(&m, 0x1000, &v, 4);
  assert_int_equal(w.calls, 0);
  vt_mem_write(&m, 0x2ffe, &v, 2); /* inside the code page */
  assert_int_equal(w.calls, 1);
  assert_int_equal(w.last, 0x2ffe);
  vt_mem_write_bus(&m, 0x1ffe, &v, 4); /* straddles into the code page */
  assert_int_equal(w.calls, 2);
  assert_true(vt_mem_page_is_code(&m, 0x2abc));
  vt_mem_set_code(&m, 0x2000, false);
  vt_mem_write(&m, 0x2000, &v, 4);
  assert_int_equal(w.calls, 2);
  vt_mem_free(&m);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_misaligned_or_empty_region_is_refused),
      cmocka_unit_test(test_overlapping_region_is_refused),
      cmocka_unit_test(test_region_wrapping_the_address_space_is_refused),
      cmocka_unit_test(test_read_write_round_trip_across_regions),
      cmocka_unit_test(test_strict_access_touching_a_hole_copies_nothing),
      cmocka_unit_test(test_open_bus_reads_all_ones_and_drops_writes),
      cmocka_unit_test(test_no_guest_address_reaches_outside_its_region),
      cmocka_unit_test(test_ram_is_sparse_until_touched),
      cmocka_unit_test(test_writes_to_code_pages_notify_the_decode_cache),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
