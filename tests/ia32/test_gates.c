/* Gate checks of IDT delivery in protected mode, called directly on an
 * IA-32 engine whose descriptor tables the test writes (SDM vol. 3
 * 6.10-6.12, 6.13 error codes; vol. 2 INT n "PROTECTED-MODE"). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "common/engine.h"
#include "ia32/prot.h"

enum { IDT = 0x1000, GDT = 0x2000, TSS = 0x3000, STACK0 = 0x9000, STACK3 = 0x7000,
       HANDLER = 0x5000, VEC = 0x40 };
enum { SEL_CODE0 = 0x08, SEL_DATA0 = 0x10, SEL_CODE3 = 0x1b, SEL_DATA3 = 0x23, SEL_TSS = 0x28,
       SEL_DATA0_AS_CODE = 0x30 };
enum { INTR_GATE = 0xe, TRAP_GATE = 0xf };

static void put(vtsim_engine *e, uint32_t at, const void *v, size_t n) {
  assert_int_equal(vtsim_mem_write(e, at, v, n), VTSIM_OK);
}

static uint64_t seg_desc(uint32_t base, uint32_t limit, unsigned access) {
  return (limit & 0xffff) | (uint64_t)(base & 0xffffff) << 16 | (uint64_t)access << 40 |
         (uint64_t)((limit >> 16) & 0xf) << 48 | 0xcull << 52 | (uint64_t)(base >> 24) << 56;
}

static uint64_t gate_desc(uint16_t sel, uint32_t off, unsigned type, unsigned dpl, bool present) {
  return (off & 0xffff) | (uint64_t)sel << 16 | (uint64_t)(type | dpl << 5 | (present ? 0x80 : 0)) << 40 |
         (uint64_t)(off >> 16) << 48;
}

static void set_gate(vtsim_engine *e, unsigned v, uint64_t g) { put(e, IDT + v * 8, &g, 8); }

static uint32_t get32(vtsim_engine *e, uint32_t at) {
  uint32_t v;
  assert_int_equal(vtsim_mem_read(e, at, &v, 4), VTSIM_OK);
  return v;
}

/* A protected-mode machine with ring 0 and ring 3 flat segments, a TSS
 * whose ESP0 is STACK0, and an IDT whose gate VEC is set by each test. */
static int setup(void **state) {
  vtsim_config cfg;
  vtsim_config_default(&cfg);
  cfg.ram_bytes = 1 << 20;
  cfg.console_fd = -1;
  vtsim_engine *e;
  assert_int_equal(vtsim_open(VTSIM_ARCH_IA32, &cfg, &e), VTSIM_OK);
  assert_int_equal(vtsim_boot(e, 0x100000 - 16, 0, NULL, NULL), VTSIM_OK);
  uint64_t gdt[7] = {0,
                     seg_desc(0, 0xfffff, 0x9b),  seg_desc(0, 0xfffff, 0x93),
                     seg_desc(0, 0xfffff, 0xfb),  seg_desc(0, 0xfffff, 0xf3),
                     (103 & 0xffff) | (uint64_t)TSS << 16 | 0x89ull << 40,
                     seg_desc(0, 0xfffff, 0x93)}; /* a data segment named by a gate */
  put(e, GDT, gdt, sizeof gdt);
  uint32_t tss[26] = {0};
  tss[1] = STACK0; /* ESP0 */
  tss[2] = SEL_DATA0; /* SS0 */
  put(e, TSS, tss, sizeof tss);
  ia32_cpu *c = e->cpu;
  c->gdtr_base = GDT;
  c->gdtr_limit = sizeof gdt - 1;
  c->idtr_base = IDT;
  c->idtr_limit = 256 * 8 - 1;
  c->tr = (ia32_seg){.sel = SEL_TSS, .base = TSS, .limit = 103, .ar = 0x8b};
  *state = e;
  return 0;
}

static int teardown(void **state) {
  vtsim_close(*state);
  return 0;
}

/* Drop to ring 3 with its own stack (as after an IRET to ring 3). */
static void at_ring3(vtsim_engine *e) {
  ia32_cpu *c = e->cpu;
  ia32_set_cpl(c, 3);
  c->seg[IA32_CS] = (ia32_seg){.sel = SEL_CODE3, .limit = 0xffffffffu, .ar = 0xc0fb};
  for (unsigned s = 0; s < 6; s++)
    if (s != IA32_CS) c->seg[s] = (ia32_seg){.sel = SEL_DATA3, .limit = 0xffffffffu, .ar = 0xc0f3};
  c->gpr[IA32_ESP] = STACK3;
  c->eip = 0x4000;
}

static void test_vector_beyond_the_idt_limit_is_gp_with_the_idt_error_code(void **state) {
  vtsim_engine *e = *state;
  ia32_cpu *c = e->cpu;
  c->idtr_limit = VEC * 8 + 6; /* one byte short of the gate's last byte */
  assert_int_equal(ia32_idt_deliver(e, c, VEC, false, 0, IA32_SRC_SOFTWARE, 0x4002), -1);
  assert_int_equal(c->fault.vector, 13);
  assert_int_equal(c->fault.error_code, VEC * 8 + 2);
}

static void test_software_interrupt_needs_gate_dpl_at_least_cpl(void **state) {
  vtsim_engine *e = *state;
  ia32_cpu *c = e->cpu;
  set_gate(e, VEC, gate_desc(SEL_CODE0, HANDLER, INTR_GATE, 0, true));
  at_ring3(e);
  assert_int_equal(ia32_idt_deliver(e, c, VEC, false, 0, IA32_SRC_SOFTWARE, 0x4002), -1);
  assert_int_equal(c->fault.vector, 13);
  assert_int_equal(c->fault.error_code, VEC * 8 + 2); /* EXT clear: INT n asked for it */
  assert_int_equal(c->cpl, 3);
  assert_int_equal(c->gpr[IA32_ESP], STACK3); /* nothing changed */
}

static void test_external_interrupt_ignores_the_gate_dpl(void **state) {
  vtsim_engine *e = *state;
  ia32_cpu *c = e->cpu;
  set_gate(e, VEC, gate_desc(SEL_CODE0, HANDLER, INTR_GATE, 0, true));
  at_ring3(e);
  assert_int_equal(ia32_idt_deliver(e, c, VEC, false, 0, IA32_SRC_EXTERNAL, 0x4000), 0);
  assert_int_equal(c->cpl, 0);
  assert_int_equal(c->eip, HANDLER);
}

static void test_not_present_gate_is_np_with_ext_for_an_exception(void **state) {
  vtsim_engine *e = *state;
  ia32_cpu *c = e->cpu;
  set_gate(e, VEC, gate_desc(SEL_CODE0, HANDLER, INTR_GATE, 3, false));
  assert_int_equal(ia32_idt_deliver(e, c, VEC, false, 0, IA32_SRC_EXCEPTION, 0x4000), -1);
  assert_int_equal(c->fault.vector, 11);
  assert_int_equal(c->fault.error_code, VEC * 8 + 2 + 1); /* IDT bit and EXT */
}

static void test_gate_naming_a_data_segment_is_gp_with_its_selector(void **state) {
  vtsim_engine *e = *state;
  ia32_cpu *c = e->cpu;
  set_gate(e, VEC, gate_desc(SEL_DATA0_AS_CODE, HANDLER, TRAP_GATE, 3, true));
  assert_int_equal(ia32_idt_deliver(e, c, VEC, false, 0, IA32_SRC_SOFTWARE, 0x4002), -1);
  assert_int_equal(c->fault.vector, 13);
  assert_int_equal(c->fault.error_code, SEL_DATA0_AS_CODE);
}

static void test_a_tss_descriptor_in_the_idt_is_not_a_gate(void **state) {
  vtsim_engine *e = *state;
  ia32_cpu *c = e->cpu;
  set_gate(e, VEC, gate_desc(SEL_CODE0, HANDLER, 0x9 /* available 32-bit TSS */, 3, true));
  assert_int_equal(ia32_idt_deliver(e, c, VEC, false, 0, IA32_SRC_SOFTWARE, 0x4002), -1);
  assert_int_equal(c->fault.vector, 13);
  assert_int_equal(c->fault.error_code, VEC * 8 + 2);
}

static void test_interrupt_gate_clears_if_and_trap_gate_keeps_it(void **state) {
  vtsim_engine *e = *state;
  ia32_cpu *c = e->cpu;
  c->gpr[IA32_ESP] = STACK0;
  ia32_set_eflags(c, 0x202 | 0x100); /* IF, TF */
  set_gate(e, VEC, gate_desc(SEL_CODE0, HANDLER, INTR_GATE, 3, true));
  assert_int_equal(ia32_idt_deliver(e, c, VEC, false, 0, IA32_SRC_SOFTWARE, 0x4002), 0);
  assert_int_equal(ia32_get_eflags(c) & 0x300, 0); /* IF and TF cleared */
  ia32_set_eflags(c, 0x202 | 0x100);
  set_gate(e, VEC, gate_desc(SEL_CODE0, HANDLER, TRAP_GATE, 3, true));
  assert_int_equal(ia32_idt_deliver(e, c, VEC, false, 0, IA32_SRC_SOFTWARE, 0x4002), 0);
  assert_int_equal(ia32_get_eflags(c) & 0x300, 0x200); /* TF cleared, IF kept */
}

static void test_ring3_to_ring0_switches_to_the_tss_stack_and_pushes_the_old_one(void **state) {
  vtsim_engine *e = *state;
  ia32_cpu *c = e->cpu;
  set_gate(e, 14, gate_desc(SEL_CODE0, HANDLER, INTR_GATE, 0, true));
  at_ring3(e);
  ia32_set_eflags(c, 0x202);
  assert_int_equal(ia32_idt_deliver(e, c, 14, true, 0x6, IA32_SRC_EXCEPTION, 0x4000), 0);
  assert_int_equal(c->cpl, 0);
  assert_int_equal(c->seg[IA32_SS].sel, SEL_DATA0);
  assert_int_equal(c->gpr[IA32_ESP], STACK0 - 24);
  /* error code, EIP, CS, EFLAGS, ESP, SS from the top down (SDM vol. 3 figure 6-4) */
  assert_int_equal(get32(e, STACK0 - 24), 0x6);
  assert_int_equal(get32(e, STACK0 - 20), 0x4000);
  assert_int_equal(get32(e, STACK0 - 16), SEL_CODE3);
  assert_int_equal(get32(e, STACK0 - 12) & 0x202, 0x202);
  assert_int_equal(get32(e, STACK0 - 8), STACK3);
  assert_int_equal(get32(e, STACK0 - 4), SEL_DATA3);
}

static void test_bad_tss_stack_segment_is_ts_and_changes_nothing(void **state) {
  vtsim_engine *e = *state;
  ia32_cpu *c = e->cpu;
  uint32_t bad_ss0 = SEL_DATA3; /* DPL 3: not a ring 0 stack */
  put(e, TSS + 8, &bad_ss0, 4);
  set_gate(e, 14, gate_desc(SEL_CODE0, HANDLER, INTR_GATE, 0, true));
  at_ring3(e);
  assert_int_equal(ia32_idt_deliver(e, c, 14, true, 0x6, IA32_SRC_EXCEPTION, 0x4000), -1);
  assert_int_equal(c->fault.vector, 10);
  assert_int_equal(c->fault.error_code & ~1u, SEL_DATA3 & 0xfffc);
  assert_int_equal(c->cpl, 3);
  assert_int_equal(c->gpr[IA32_ESP], STACK3);
  assert_int_equal(c->eip, 0x4000);
}

int main(void) {
  const struct CMUnitTest tests[] = {
#define T(name) cmocka_unit_test_setup_teardown(name, setup, teardown)
      T(test_vector_beyond_the_idt_limit_is_gp_with_the_idt_error_code),
      T(test_software_interrupt_needs_gate_dpl_at_least_cpl),
      T(test_external_interrupt_ignores_the_gate_dpl),
      T(test_not_present_gate_is_np_with_ext_for_an_exception),
      T(test_gate_naming_a_data_segment_is_gp_with_its_selector),
      T(test_a_tss_descriptor_in_the_idt_is_not_a_gate),
      T(test_interrupt_gate_clears_if_and_trap_gate_keeps_it),
      T(test_ring3_to_ring0_switches_to_the_tss_stack_and_pushes_the_old_one),
      T(test_bad_tss_stack_segment_is_ts_and_changes_nothing),
#undef T
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
