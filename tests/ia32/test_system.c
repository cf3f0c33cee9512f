/* IA-32 system-architecture pieces without the interpreter: descriptor and
 * gate decoding (desc.h), page walks with their rights, accessed/dirty
 * bits and #PF error codes (paging.c), and the 8259A/8254 state machines
 * (pic.c, pit.c) driven through their ports. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "ia32/desc.h"
#include "ia32/paging.h"
#include "ia32/pc_devices.h"

/* ---- descriptors ---------------------------------------------------------- */
static void test_descriptor_fields(void **state) {
  (void)state;
  /* base 0x12345678, limit 0xABCDE, G = 1, D = 1, DPL 3 data read/write */
  uint64_t d = 0xbcde | 0x5678ull << 16 | 0x34ull << 32 | 0xf2ull << 40 | 0xaull << 48 | 0xcull << 52 |
      0x12ull << 56;
  assert_int_equal(ia32_desc_base(d), 0x12345678);
  assert_int_equal(ia32_desc_limit(d), 0xabcdefff); /* G: 4 KiB units, low 12 bits set */
  uint32_t ar = ia32_desc_ar(d);
  assert_int_equal(ia32_ar_dpl(ar), 3);
  assert_true(ia32_ar_present(ar));
  assert_false(ia32_ar_system(ar));
  assert_false(ia32_ar_code(ar));
  assert_int_equal(ar & 0xf000, 0xc000); /* G and D/B */
  uint64_t byte_gran = d & ~(1ull << 55);
  assert_int_equal(ia32_desc_limit(byte_gran), 0xabcde);
}

static void test_gate_fields(void **state) {
  (void)state;
  /* a 32-bit call gate to 0x0008:0x87654321, DPL 3, 2 parameters */
  uint64_t g = 0x4321 | 0x0008ull << 16 | 2ull << 32 | 0xecull << 40 | 0x8765ull << 48;
  uint32_t ar = ia32_desc_ar(g);
  assert_true(ia32_ar_system(ar));
  assert_int_equal(ia32_ar_type(ar), IA32_SYS_CALL32);
  assert_true(ia32_gate_is32(ar));
  assert_int_equal(ia32_gate_selector(g), 8);
  assert_int_equal(ia32_gate_offset(g), 0x87654321);
  assert_int_equal(ia32_gate_params(g), 2);
  assert_true(ia32_idt_gate_type_ok(IA32_SYS_INT32));
  assert_true(ia32_idt_gate_type_ok(IA32_SYS_TASK));
  assert_false(ia32_idt_gate_type_ok(IA32_SYS_CALL32));
  assert_false(ia32_idt_gate_type_ok(IA32_SYS_TSS32));
}

static void test_conforming_and_expand_down(void **state) {
  (void)state;
  assert_true(ia32_ar_conforming(IA32_AR_S | IA32_AR_TYPE_CODE | IA32_AR_TYPE_CE));
  assert_false(ia32_ar_conforming(IA32_AR_S | IA32_AR_TYPE_CE)); /* data: expand-down */
  uint32_t down16 = IA32_AR_S | IA32_AR_TYPE_CE | IA32_AR_TYPE_RW;
  assert_false(ia32_seg_range_ok(down16, 0x0fff, 0x0fff, 1)); /* at or below the limit */
  assert_true(ia32_seg_range_ok(down16, 0x0fff, 0x1000, 4));
  assert_false(ia32_seg_range_ok(down16, 0x0fff, 0xfffe, 4)); /* beyond 0xFFFF (B = 0) */
  assert_true(ia32_seg_range_ok(down16 | (1u << 14), 0x0fff, 0xfffe, 4));
  assert_true(ia32_seg_range_ok(IA32_AR_S | IA32_AR_TYPE_RW, 0xfff, 0xffc, 4));
  assert_false(ia32_seg_range_ok(IA32_AR_S | IA32_AR_TYPE_RW, 0xfff, 0xffd, 4));
}

/* ---- page walks ------------------------------------------------------------ */
typedef struct walk_fixture {
  vt_mem m;
} walk_fixture;

enum { PD = 0x1000, PT = 0x2000, CR0_WP = 1u << 16, CR4_PSE = 0x10, CR4_PGE = 0x80 };

static int walk_setup(void **state) {
  walk_fixture *f = calloc(1, sizeof *f);
  const char *why;
  vt_mem_init(&f->m);
  assert_int_equal(vt_mem_map(&f->m, 0, 1u << 24, &why), 0);
  *state = f;
  return 0;
}
static int walk_teardown(void **state) {
  walk_fixture *f = *state;
  vt_mem_free(&f->m);
  free(f);
  return 0;
}

static void put32(vt_mem *m, uint32_t addr, uint32_t v) { vt_mem_write(m, addr, &v, 4); }
static uint32_t get32(vt_mem *m, uint32_t addr) {
  uint32_t v;
  vt_mem_read(m, addr, &v, 4);
  return v;
}

static void test_walk_4k_sets_accessed_and_dirty(void **state) {
  walk_fixture *f = *state;
  put32(&f->m, PD + 4 * 1, PT | IA32_PTE_P | IA32_PTE_W | IA32_PTE_U); /* 4 MiB..8 MiB */
  put32(&f->m, PT + 4 * 5, 0x9000 | IA32_PTE_P | IA32_PTE_W | IA32_PTE_U);
  ia32_walk w;
  uint32_t lin = 0x400000 + 5 * 4096 + 0x123;
  assert_int_equal(ia32_page_walk(&f->m, 0, PD, 0, lin, 0, &w), 0);
  assert_int_equal(w.frame, 9);
  assert_int_equal(get32(&f->m, PT + 20) & (IA32_PTE_A | IA32_PTE_D), IA32_PTE_A);
  assert_int_equal(get32(&f->m, PD + 4) & IA32_PTE_A, IA32_PTE_A);
  assert_false(w.flags & IA32_PTE_D);
  assert_int_equal(ia32_page_walk(&f->m, 0, PD, 0, lin, IA32_PF_W, &w), 0);
  assert_int_equal(get32(&f->m, PT + 20) & IA32_PTE_D, IA32_PTE_D);
  assert_true(w.flags & IA32_PTE_D);
}

static void test_walk_faults_carry_the_error_code(void **state) {
  walk_fixture *f = *state;
  put32(&f->m, PD, PT | IA32_PTE_P | IA32_PTE_W); /* supervisor directory entry */
  put32(&f->m, PT + 4 * 1, 0x5000 | IA32_PTE_P | IA32_PTE_U); /* user, read-only */
  ia32_walk w;
  /* not present: P = 0 with the access bits */
  assert_int_equal(ia32_page_walk(&f->m, 0, PD, 0, 0x2000, IA32_PF_W | IA32_PF_U, &w),
                   IA32_WALK_FAULT | IA32_PF_W | IA32_PF_U);
  /* U/S comes from both levels: the PDE is supervisor */
  assert_int_equal(ia32_page_walk(&f->m, 0, PD, 0, 0x1000, IA32_PF_U, &w),
                   IA32_WALK_FAULT | IA32_PF_P | IA32_PF_U);
  /* supervisor write to a read-only page: allowed unless CR0.WP */
  assert_int_equal(ia32_page_walk(&f->m, 0, PD, 0, 0x1000, IA32_PF_W, &w), 0);
  assert_int_equal(ia32_page_walk(&f->m, CR0_WP, PD, 0, 0x1000, IA32_PF_W, &w),
                   IA32_WALK_FAULT | IA32_PF_P | IA32_PF_W);
  /* only the successful walk set the accessed bit */
  assert_int_equal(get32(&f->m, PT + 4) & IA32_PTE_A, IA32_PTE_A);
}

static void test_walk_4m_pages_and_global(void **state) {
  walk_fixture *f = *state;
  put32(&f->m, PD + 4 * 3, 0x800000 | IA32_PTE_P | IA32_PTE_W | IA32_PTE_PS | IA32_PTE_G);
  ia32_walk w;
  uint32_t lin = 0xc00000 + 0x12345;
  assert_int_equal(ia32_page_walk(&f->m, 0, PD, CR4_PSE | CR4_PGE, lin, 0, &w), 0);
  assert_int_equal(w.frame, (0x800000 + 0x12345) >> 12);
  assert_true(w.flags & IA32_PTE_G);
  /* without CR4.PGE the G bit means nothing */
  assert_int_equal(ia32_page_walk(&f->m, 0, PD, CR4_PSE, lin, 0, &w), 0);
  assert_false(w.flags & IA32_PTE_G);
  /* reserved bits 21:13 of a 4 MiB PDE */
  put32(&f->m, PD + 4 * 3, 0x800000 | IA32_PTE_P | IA32_PTE_PS | 0x100000);
  assert_int_equal(ia32_page_walk(&f->m, 0, PD, CR4_PSE, lin, 0, &w),
                   IA32_WALK_FAULT | IA32_PF_P | IA32_PF_RSVD);
}

static void test_access_rules(void **state) {
  (void)state;
  assert_true(ia32_page_access_ok(IA32_PTE_U, IA32_PF_U, true));
  assert_false(ia32_page_access_ok(IA32_PTE_U, IA32_PF_U | IA32_PF_W, false)); /* user never */
  assert_true(ia32_page_access_ok(0, IA32_PF_W, false));
  assert_false(ia32_page_access_ok(0, IA32_PF_W, true));
  assert_false(ia32_page_access_ok(IA32_PTE_W, IA32_PF_U, false));
}

/* ---- 8259A and 8254 -------------------------------------------------------- */
static ia32_cpu *new_cpu(void) {
  ia32_cpu *c = calloc(1, sizeof *c);
  ia32_pic_reset(c);
  ia32_pit_reset(c);
  return c;
}

static void init_pics(ia32_cpu *c) {
  static const uint8_t seq[][2] = {{0x20, 0x11}, {0x21, 0x20}, {0x21, 0x04}, {0x21, 0x01},
                                   {0xa0, 0x11}, {0xa1, 0x28}, {0xa1, 0x02}, {0xa1, 0x01}};
  for (size_t i = 0; i < sizeof seq / sizeof seq[0]; i++) ia32_pic_write(c, seq[i][0], seq[i][1]);
}

static void test_pic_priorities_and_eoi(void **state) {
  (void)state;
  ia32_cpu *c = new_cpu();
  init_pics(c);
  assert_int_equal(ia32_pic_read(c, 0x21), 0); /* ICW1 cleared the mask */
  ia32_pic_edge(c, 3);
  ia32_pic_edge(c, 1);
  unsigned irq;
  assert_true(ia32_pic_intr(c));
  assert_int_equal(ia32_pic_ack(c, &irq), 0x21); /* IR1 before IR3 */
  assert_int_equal(irq, 1);
  assert_false(ia32_pic_intr(c)); /* IR3 waits: IR1 is in service */
  ia32_pic_write(c, 0x20, 0x0b);  /* OCW3: read ISR */
  assert_int_equal(ia32_pic_read(c, 0x20), 0x02);
  ia32_pic_write(c, 0x20, 0x20); /* non-specific EOI */
  assert_true(ia32_pic_intr(c));
  assert_int_equal(ia32_pic_ack(c, &irq), 0x23);
  /* the slave through IR2: vector from the slave, both in service */
  ia32_pic_edge(c, 12);
  ia32_pic_write(c, 0x20, 0x63); /* specific EOI for IR3 */
  assert_int_equal(ia32_pic_ack(c, &irq), 0x2c);
  assert_int_equal(irq, 12);
  ia32_pic_write(c, 0x20, 0x0b);
  assert_int_equal(ia32_pic_read(c, 0x20), 0x04);
  /* masked lines are requested but not presented */
  ia32_pic_write(c, 0x21, 0xff);
  ia32_pic_write(c, 0x20, 0x20);
  ia32_pic_write(c, 0xa0, 0x20);
  ia32_pic_edge(c, 0);
  assert_false(ia32_pic_intr(c));
  ia32_pic_write(c, 0x20, 0x0a);
  assert_int_equal(ia32_pic_read(c, 0x20) & 1, 1);
  free(c);
}

static void test_pit_mode2_period_and_latch(void **state) {
  (void)state;
  ia32_cpu *c = new_cpu();
  init_pics(c);
  ia32_pit_write(c, 0x43, 0x34, 100); /* counter 0, LSB/MSB, mode 2 */
  ia32_pit_write(c, 0x40, 0x10, 100);
  ia32_pit_write(c, 0x40, 0x00, 100); /* count 16, loaded at t = 100 */
  assert_int_equal(ia32_pit_next_edge(c), 116);
  ia32_pit_write(c, 0x43, 0x00, 110); /* latch at t = 110: 6 left */
  assert_int_equal(ia32_pit_read(c, 0x40, 150), 6);
  assert_int_equal(ia32_pit_read(c, 0x40, 150), 0);
  ia32_pit_advance(c, 115);
  assert_false(ia32_pic_intr(c));
  ia32_pit_advance(c, 116);
  assert_true(ia32_pic_intr(c));
  assert_int_equal(ia32_pit_next_edge(c), 132);
  ia32_pit_advance(c, 1000); /* edges merge in IRR; the next one lies after now */
  assert_int_equal(ia32_pit_next_edge(c), 1012);
  /* mode 0: one edge at the terminal count */
  ia32_pit_write(c, 0x43, 0x30, 2000);
  ia32_pit_write(c, 0x40, 5, 2000);
  ia32_pit_write(c, 0x40, 0, 2000);
  assert_int_equal(ia32_pit_next_edge(c), 2005);
  ia32_pit_advance(c, 2005);
  assert_int_equal(ia32_pit_next_edge(c), UINT64_MAX);
  free(c);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_descriptor_fields),
      cmocka_unit_test(test_gate_fields),
      cmocka_unit_test(test_conforming_and_expand_down),
      cmocka_unit_test_setup_teardown(test_walk_4k_sets_accessed_and_dirty, walk_setup, walk_teardown),
      cmocka_unit_test_setup_teardown(test_walk_faults_carry_the_error_code, walk_setup, walk_teardown),
      cmocka_unit_test_setup_teardown(test_walk_4m_pages_and_global, walk_setup, walk_teardown),
      cmocka_unit_test(test_access_rules),
      cmocka_unit_test(test_pic_priorities_and_eoi),
      cmocka_unit_test(test_pit_mode2_period_and_latch),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
