/* Debug exceptions: single-step with EFLAGS.TF (a #DB trap after each
 * instruction that began with TF set, DR6.BS, the handler running with TF
 * clear, IRET resuming the stepping), no trap for an instruction that
 * faults; MOV SS / POP SS holding debug traps back to the next instruction
 * (SDM vol. 3 6.8.3); INT n, INT3 and INTO not stepped into the handler
 * (6.12.1.3, 17.3.1.4); MOV DR with DR7.GD is in sys.c. */
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

static volatile uint32_t soft_ints;
static void soft_int(struct frame *f) { (void)f, soft_ints++; }

#define TF_ON "pushfl\n\torl $0x100, (%%esp)\n\tpopfl\n"
#define TF_OFF "pushfl\n\tandl $~0x100, (%%esp)\n\tpopfl\n"

static volatile uint32_t ss_word = SEL_DATA0;

extern char step_start[], step_a[], step_b[], step_c[];
extern char ss_mov[], ss_push[], ss_pop[], ss_after[], ssbp_after[];
extern char int_t3[], int_t4[], int_t6[];
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

  /* MOV SS and POP SS: no single-step trap at the boundary after them;
   * the next instruction's trap reports both (one #DB each pair). */
  steps = 0;
  __asm__ volatile(TF_ON "movw %%ss, %%ax\n"
                   "ss_mov: movw %%ax, %%ss\n"
                   "nop\n"
                   "ss_push: pushl %%ss\n"
                   "ss_pop: popl %%ss\n"
                   "nop\n"
                   "ss_after: " TF_OFF ::: "eax", "memory");
  /* Traps after: MOV AX,SS; the NOP (for MOV SS too); PUSH SS; the NOP
   * (for POP SS too); PUSHF, AND, POPF. */
  check("movss.steps", steps, 7);
  check("movss.first", step_eips[0] == (uint32_t)ss_mov, 1);
  check("movss.held", step_eips[1] == (uint32_t)ss_push, 1);
  check("popss.first", step_eips[2] == (uint32_t)ss_pop, 1);
  check("popss.held", step_eips[3] == (uint32_t)ss_after, 1);

  /* A data breakpoint hit by MOV SS is reported after the next instruction. */
  steps = 0;
  __asm__ volatile("movl %0, %%dr0\n\tmovl %1, %%dr7" ::"r"(&ss_word), "r"(0x000f0001u));
  __asm__ volatile("movw ss_word, %%ss\n\tnop\nssbp_after: nop" ::: "memory");
  __asm__ volatile("movl %0, %%dr7" ::"r"(0u));
  check("movss_bp.count", steps, 1);
  check("movss_bp.eip", step_eips[0] == (uint32_t)ssbp_after, 1);
  check("movss_bp.b0", dr6_seen & 0xf, 1);

  /* INT n, INT3, INTO under TF: no trap for them (their handlers run with
   * TF clear), stepping resumes after the handlers' IRET. */
  trap_handlers[0x40] = trap_handlers[3] = trap_handlers[4] = soft_int;
  steps = 0;
  __asm__ volatile(TF_ON "int $0x40\n\tint3\n\t"
                   "movb $0x7f, %%al\n"
                   "int_t3: addb $1, %%al\n"
                   "int_t4: into\n\t"
                   "pushfl\n"
                   "int_t6: andl $~0x100, (%%esp)\n\tpopfl" ::: "eax", "memory", "cc");
  check("int_tf.handlers", soft_ints, 3);
  /* Traps after: MOVB, ADDB, PUSHF, AND, POPF. */
  check("int_tf.steps", steps, 5);
  check("int_tf.first", step_eips[0] == (uint32_t)int_t3, 1);
  check("int_tf.second", step_eips[1] == (uint32_t)int_t4, 1);
  check("int_tf.after_into", step_eips[2] == (uint32_t)int_t6, 1);
  return 0;
}
