/* Debug exceptions: single-step with EFLAGS.TF (a #DB trap after each
 * instruction that began with TF set, DR6.BS, the handler running with TF
 * clear, IRET resuming the stepping), no trap for an instruction that
 * faults; MOV DR with DR7.GD is in sys.c. */
#include "rt/rt.h"

static volatile uint32_t steps, step_eips[8], dr6_seen;
static void db(struct frame *f) {
  if (steps < 8) step_eips[steps] = f->eip;
  steps++;
  uint32_t dr6;
  __asm__ volatile("movl %%dr6, %0" : "=r"(dr6));
  dr6_seen = dr6;
  __asm__ volatile("movl %0, %%dr6" ::"r"(0u));
  if (read_eflags() & 0x100) dr6_seen = 0xbad; /* TF must be clear in the handler */
}

extern char step_start[], step_a[], step_b[], step_c[];
int test_main(void) {
  trap_handlers[1] = db;
  /* POPF sets TF: the instruction after POPF is the first stepped. */
  __asm__ volatile("pushfl\n\torl $0x100, (%%esp)\n\tpopfl\n"
                   "step_start: nop\n"
                   "step_a: nop\n"
                   "step_b: pushfl\n\tandl $~0x100, (%%esp)\n\tpopfl\n"
                   "step_c: nop" ::: "memory");
  /* Traps after: step_start's NOP, step_a's NOP, PUSHF, AND, and the POPF
   * that cleared TF (it began with TF set). */
  check("step.count", steps, 5);
  check("step.first", step_eips[0] == (uint32_t)step_a, 1);
  check("step.second", step_eips[1] == (uint32_t)step_b, 1);
  check("step.last", step_eips[4] == (uint32_t)step_c, 1);
  check("step.dr6_bs", (dr6_seen >> 14) & 1, 1);
  /* A faulting instruction under TF: the fault, and no #DB for it. */
  steps = 0;
  __asm__ volatile("pushfl\n\torl $0x100, (%%esp)\n\tpopfl" ::: "memory");
  EXPECT_FAULT("ud2");
  __asm__ volatile("pushfl\n\tandl $~0x100, (%%esp)\n\tpopfl" ::: "memory");
  check("fault.vector", last_vector, 6);
  /* Stepped: the MOVL before UD2, then (after the #UD handler's IRET
   * restored TF) the MOVL after it, PUSHF, AND, POPF; UD2 itself: no trap. */
  check("fault.steps", steps, 5);
  return 0;
}
