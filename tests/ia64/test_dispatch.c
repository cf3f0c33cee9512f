/* The IA-64 dispatch loop's fast path (interp.c run_quiet): whole bundles
 * run without per-instruction looks only when nothing can observe single
 * instructions. The same program must end in the same state, with the
 * same instruction count, however the run is cut into budgets and whether
 * or not instruction events are wanted; static-register handlers must not
 * be bound to instructions naming stacked registers; a frame change inside
 * a bundle applies to its next instruction. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "common/engine.h"
#include "ia64/interp.h"
#include "asm_program.h"

/* A loop of ALU work on static registers, predicated adds, and a call to a
 * leaf that reads its input and writes a stacked local each iteration. */
static const char program[] =
    "\talloc r35 = ar.pfs, 0, 4, 2, 0\n"
    "\tmov r2 = 7\n\tmov r3 = 99\n\tmov r4 = 0\n\tmov r5 = 1\n\t;;\n"
    "\tmov ar.lc = r3\n\t;;\n"
    "1:\tadd r4 = r4, r2\n\tshladd r5 = r2, 2, r5\n\t;;\n"
    "\txor r6 = r6, r4\n\tcmp.gtu p6, p7 = r5, r4\n\t;;\n"
    "(p6)\tadds r7 = 1, r7\n(p7)\tadds r8 = 1, r8\n\tmov out0 = r4\n\t;;\n"
    "\tbr.call.sptk.many b0 = leaf\n\t;;\n"
    "\tadd r9 = r9, r32\n\tbr.cloop.sptk.few 1b\n\t;;\n"
    "\tbr.sptk.many done\n\t;;\n"
    "leaf:\talloc r16 = ar.pfs, 1, 1, 0, 0\n"
    "\tadd r33 = r32, r32\n\t;;\n"
    "\tadd r10 = r10, r33\n\tmov ar.pfs = r16\n\tbr.ret.sptk.many b0\n\t;;\n"
    "done:\tnop.m 0\n";

typedef struct outcome {
  uint64_t icount;
  uint64_t r[11];
} outcome;

static outcome finish(vtsim_engine *e) {
  outcome o = {.icount = e->icount};
  for (unsigned n = 2; n <= 10; n++) o.r[n] = ia64_asm_gr(e, n);
  vtsim_close(e);
  return o;
}

static vtsim_engine *load_program(void) {
  return ia64_asm_load(program);
}

/* One uninterrupted run, and the values the program computes. */
static outcome reference(void) {
  vtsim_engine *e = load_program();
  vtsim_stop stop;
  assert_int_equal(vtsim_run(e, 1000000, &stop), VTSIM_OK);
  assert_int_equal(stop.reason, VTSIM_STOP_EXIT);
  outcome o = finish(e);
  uint64_t r4 = 7 * 100, r5 = 1 + 28 * 100;
  assert_int_equal(o.r[4], r4);
  assert_int_equal(o.r[5], r5);
  assert_int_equal(o.r[7] + o.r[8], 100);
  assert_int_equal(o.r[10], 2 * (7 * 100 * 101 / 2)); /* the leaf saw every out0 */
  return o;
}

static void assert_same(const outcome *a, const outcome *b) {
  assert_int_equal(a->icount, b->icount);
  for (unsigned n = 2; n <= 10; n++) assert_int_equal(a->r[n], b->r[n]);
}

/* A budget ends at its instruction even inside a bundle (vtsim_run: the
 * budget counts instructions, not bundles); the run resumes at the next
 * slot. Budgets of 1 to 7 instructions cut the run at every slot. */
static void test_budgets_stop_at_the_exact_instruction_inside_bundles(void **state) {
  (void)state;
  outcome ref = reference();
  vtsim_engine *e = load_program();
  vtsim_stop stop;
  uint64_t step = 0;
  do {
    uint64_t budget = 1 + step % 7, before = e->icount;
    step++;
    assert_int_equal(vtsim_run(e, budget, &stop), VTSIM_OK);
    if (stop.reason == VTSIM_STOP_BUDGET)
      assert_int_equal(e->icount - before, budget);
    else
      assert_true(e->icount - before <= budget);
  } while (stop.reason == VTSIM_STOP_BUDGET);
  assert_int_equal(stop.reason, VTSIM_STOP_EXIT);
  outcome o = finish(e);
  assert_same(&o, &ref);
}

static void count_insn(vtsim_engine *e, const vtsim_event *ev, void *user) {
  uint64_t *seen = user;
  assert_int_equal(ev->icount, seen[0]); /* one event per instruction, in order */
  assert_int_equal(ev->icount, e->icount);
  seen[0]++;
}

/* With instruction events wanted, every instruction (false-predicate ones
 * too) is reported with its icount, and the run ends as without them. */
static void test_instruction_events_see_every_instruction(void **state) {
  (void)state;
  outcome ref = reference();
  vtsim_engine *e = load_program();
  uint64_t seen[1] = {0};
  vtsim_hook_id id;
  assert_int_equal(vtsim_hook_add(e, VTSIM_EV_INSN, 0, UINT64_MAX, count_insn, seen, &id),
                   VTSIM_OK);
  vtsim_stop stop;
  assert_int_equal(vtsim_run(e, 1000000, &stop), VTSIM_OK);
  assert_int_equal(stop.reason, VTSIM_STOP_EXIT);
  assert_int_equal(seen[0], e->icount);
  outcome o = finish(e);
  assert_same(&o, &ref);
}

/* An alloc that shrinks the frame takes effect for the next instruction of
 * its own bundle: a register now outside the frame is an Illegal Operation
 * fault (vol. 1 4.1; vol. 2 8.2 General Exception vector 0x5400, ISR.ei the
 * slot), so a bundle holding alloc has its frame checked per instruction. */
static void test_alloc_shrinking_the_frame_applies_inside_its_bundle(void **state) {
  (void)state;
  vtsim_engine *e = ia64_asm_load("\talloc r35 = ar.pfs, 0, 8, 0, 0\n\tmov r2 = 5\n\t;;\n"
                              "\t{ .mmi\n\talloc r32 = ar.pfs, 0, 1, 0, 0 ;;\n"
                              "\tadd r36 = r2, r2\n\tnop.i 0\n\t}\n\t;;\n"
                              "\tmov r9 = 1\n\t;;");
  vtsim_stop stop;
  assert_int_equal(vtsim_run(e, 1000, &stop), VTSIM_OK);
  /* delivered at IVA (0) + 0x5400, where zeros decode to break 0: the end */
  assert_int_equal(stop.reason, VTSIM_STOP_SHUTDOWN);
  assert_int_equal(stop.pc, 0x5400);
  uint64_t isr;
  assert_int_equal(vtsim_reg_read(e, VTSIM_IA64_CR0 + 17, &isr), VTSIM_OK);
  assert_int_equal(isr >> 4 & 0xf, 0); /* ISR.code{7:4} 0: Illegal Operation */
  assert_int_equal(isr >> 41 & 3, 1);  /* ISR.ei: the add in slot 1 */
  assert_int_not_equal(ia64_asm_gr(e, 9), 1);
  vtsim_close(e);
}

/* The normal-kind load and store handlers (exec_mem.c h_ld_normal,
 * h_st_normal) keep the rules of ld and st: a load whose base update names
 * its own target is an Illegal Operation fault (vol. 3 ld); post-increment
 * moves the base by the immediate. */
static void test_normal_load_with_base_update_of_its_target_is_illegal(void **state) {
  (void)state;
  vtsim_engine *e = ia64_asm_load("\tmovl r2 = 0x180000\n\tmov r3 = 77\n\t;;\n"
                              "\tst8 [r2] = r3, 8\n\t;;\n"
                              "\tadds r2 = -8, r2\n\t;;\n"
                              "\tld8 r4 = [r2], 8\n\t;;\n"
                              "\tld8 r2 = [r2], 8\n\t;;\n"
                              "\tmov r9 = 1\n\t;;");
  vtsim_stop stop;
  assert_int_equal(vtsim_run(e, 1000, &stop), VTSIM_OK);
  assert_int_equal(stop.reason, VTSIM_STOP_SHUTDOWN);
  assert_int_equal(stop.pc, 0x5400);
  uint64_t isr;
  assert_int_equal(vtsim_reg_read(e, VTSIM_IA64_CR0 + 17, &isr), VTSIM_OK);
  assert_int_equal(isr >> 4 & 0xf, 0); /* Illegal Operation */
  assert_int_equal(ia64_asm_gr(e, 4), 77);
  assert_int_equal(ia64_asm_gr(e, 2), 0x180008); /* the faulting load changed nothing */
  assert_int_not_equal(ia64_asm_gr(e, 9), 1);
  vtsim_close(e);
}

int main(void) {
  if (system("command -v ia64-linux-gnu-as >/dev/null && command -v ia64-linux-gnu-ld "
             ">/dev/null") != 0) {
    fprintf(stderr, "ia64 binutils missing (scripts/install-deps)\n");
    return 1;
  }
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_budgets_stop_at_the_exact_instruction_inside_bundles),
      cmocka_unit_test(test_instruction_events_see_every_instruction),
      cmocka_unit_test(test_alloc_shrinking_the_frame_applies_inside_its_bundle),
      cmocka_unit_test(test_normal_load_with_base_update_of_its_target_is_illegal),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
