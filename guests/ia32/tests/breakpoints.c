/* Instruction and data breakpoints (SDM vol. 3 17.2, 17.3.1): DR0-DR3
 * with DR7's L/G enables, R/W and LEN fields; DR6 B0-B3; instruction
 * breakpoints as faults before the instruction, suppressed by RF, RF
 * cleared after the next instruction; the RF image pushed for faults (1),
 * INT n (0) and breakpoint faults (as it was); data breakpoints as traps
 * after the access, none for an instruction that faults; a single-step
 * trap and a data breakpoint reported in one #DB. */
#include "rt/rt.h"

enum { RF = 1u << 16, TF = 1u << 8, BS = 1u << 14 };
enum { RW_X = 0, RW_W = 1, RW_RW = 3, LEN1 = 0, LEN2 = 1, LEN4 = 3 };

static uint32_t dr7_bp(unsigned n, unsigned enable, unsigned rw, unsigned len) {
  return enable << (2 * n) | rw << (16 + 4 * n) | len << (18 + 4 * n);
}
static void set_dr7(uint32_t v) { __asm__ volatile("mov %0, %%dr7" ::"r"(v)); }
static void set_dr(unsigned n, uint32_t v) {
  switch (n) {
  case 0: __asm__ volatile("mov %0, %%dr0" ::"r"(v)); break;
  case 1: __asm__ volatile("mov %0, %%dr1" ::"r"(v)); break;
  case 2: __asm__ volatile("mov %0, %%dr2" ::"r"(v)); break;
  default: __asm__ volatile("mov %0, %%dr3" ::"r"(v)); break;
  }
}

volatile uint32_t bp_counter;
uint32_t dvar[4] __attribute__((aligned(16)));
static volatile uint32_t db_count, db_eip[8], db_dr6[8], db_eflags[8], db_seen[8];
static volatile uint32_t set_rf;
static volatile const uint32_t *db_watch = &bp_counter;

static void db(struct frame *f) {
  unsigned i = db_count++;
  uint32_t dr6;
  __asm__ volatile("mov %%dr6, %0" : "=r"(dr6));
  if (i < 8) {
    db_eip[i] = f->eip;
    db_dr6[i] = dr6;
    db_eflags[i] = f->eflags;
    db_seen[i] = *db_watch;
  }
  __asm__ volatile("mov %0, %%dr6" ::"r"(0u));
  if (set_rf) f->eflags |= RF;
}

static volatile uint32_t other_eflags;
static void record_eflags(struct frame *f) { other_eflags = f->eflags; }
static void ud_record(struct frame *f) {
  other_eflags = f->eflags;
  expect_handler(f);
}

static void reset(void) {
  set_dr7(0);
  db_count = 0;
  for (unsigned i = 0; i < 8; i++) db_eip[i] = db_dr6[i] = db_eflags[i] = db_seen[i] = 0;
}

/* A function whose blocks are decoded before any breakpoint is set. */
void bp_fn(void);
extern char bp_fn_mid[];
__asm__(".text\nbp_fn:\n\tincl bp_counter\nbp_fn_mid:\n\tincl bp_counter\n\tret\n");

extern char ib_a[], ib_b[], ib_c[], ib_d[], ib_int[], dw_after[], ss_after[];

int test_main(void) {
  trap_handlers[1] = db;
  set_rf = 1;

  /* Instruction breakpoints: a fault before the instruction (it has not
   * run), DR6.Bn, RF from the handler lets it run once, and RF is cleared
   * after it: the breakpoint on the next instruction is taken. */
  reset();
  bp_counter = 0;
  set_dr(0, (uint32_t)ib_a);
  set_dr(1, (uint32_t)ib_b);
  set_dr7(dr7_bp(0, 1, RW_X, LEN1) | dr7_bp(1, 1, RW_X, LEN1));
  __asm__ volatile("ib_a: incl bp_counter\n"
                   "ib_b: incl bp_counter\n\tnop" ::: "memory");
  set_dr7(0);
  check("ib.count", db_count, 2);
  check("ib.first_eip", db_eip[0] == (uint32_t)ib_a, 1);
  check("ib.first_not_run", db_seen[0], 0);
  check("ib.first_dr6", db_dr6[0] & (0xf | BS), 1);
  check("ib.first_rf_pushed", db_eflags[0] & RF, 0);
  check("ib.second_eip", db_eip[1] == (uint32_t)ib_b, 1);
  check("ib.second_after_one", db_seen[1], 1);
  check("ib.second_dr6", db_dr6[1] & 0xf, 2);
  check("ib.second_rf_pushed", db_eflags[1] & RF, 0);
  check("ib.ran_once_each", bp_counter, 2);

  /* A disabled breakpoint never matches; a global enable (G2) does. */
  reset();
  set_dr(0, (uint32_t)ib_c);
  set_dr(2, (uint32_t)ib_d);
  set_dr7(dr7_bp(2, 2, RW_X, LEN1));
  __asm__ volatile("ib_c: nop\n"
                   "ib_d: nop" ::: "memory");
  set_dr7(0);
  check("enable.count", db_count, 1);
  check("enable.g2_eip", db_eip[0] == (uint32_t)ib_d, 1);
  check("enable.g2_dr6", db_dr6[0] & 0xf, 4);

  /* A breakpoint inside code already decoded and cached. */
  reset();
  bp_counter = 0;
  bp_fn();
  set_dr(3, (uint32_t)bp_fn_mid);
  set_dr7(dr7_bp(3, 1, RW_X, LEN1));
  bp_fn();
  set_dr7(0);
  check("cached.count", db_count, 1);
  check("cached.eip", db_eip[0] == (uint32_t)bp_fn_mid, 1);
  check("cached.before", db_seen[0], 3);

  /* RF images: a fault pushes 1; INT n pushes 0 even when it began with RF = 1. */
  trap_handlers[6] = ud_record;
  other_eflags = 0;
  EXPECT_FAULT("ud2");
  check("rf.fault_pushed", other_eflags & RF, RF);
  trap_handlers[0x40] = record_eflags;
  reset();
  set_dr(0, (uint32_t)ib_int);
  set_dr7(dr7_bp(0, 1, RW_X, LEN1));
  other_eflags = RF;
  __asm__ volatile("ib_int: int $0x40" ::: "memory");
  set_dr7(0);
  check("rf.int_count", db_count, 1);
  check("rf.int_pushed", other_eflags & RF, 0);

  /* Data write breakpoint (LEN 4): a trap after the write; reads and
   * writes outside the watched bytes do not match. The page was in the
   * software TLB before the breakpoint was set. */
  reset();
  db_watch = &dvar[1];
  dvar[1] = dvar[2] = 0;
  set_dr(1, (uint32_t)&dvar[1]);
  set_dr7(dr7_bp(1, 1, RW_W, LEN4));
  __asm__ volatile("movl dvar+4, %%eax\n\t"
                   "movl $0, dvar+8\n\t"
                   "movl $5, dvar+4\n"
                   "dw_after: nop\n\t"
                   "movb $1, dvar+7\n\t"
                   "movb $1, dvar+3" ::: "eax", "memory");
  set_dr7(0);
  check("dw.count", db_count, 2);
  check("dw.eip_after", db_eip[0] == (uint32_t)dw_after, 1);
  check("dw.value_written", db_seen[0], 5);
  check("dw.dr6", db_dr6[0] & (0xf | BS), 2);
  check("dw.byte_dr6", db_dr6[1] & 0xf, 2);

  /* Read/write breakpoint, LEN 2 at an odd address: bytes 8-9 of dvar. */
  reset();
  set_dr(3, (uint32_t)dvar + 9);
  set_dr7(dr7_bp(3, 2, RW_RW, LEN2));
  __asm__ volatile("movb dvar+8, %%al\n\t"  /* hit: the range is aligned down */
                   "movb dvar+10, %%al\n\t" /* miss */
                   "movw $0, dvar+6\n\t"    /* miss: bytes 6-7 */
                   "movw $0, dvar+7" ::: "eax", "memory"); /* hit: bytes 7-8 */
  set_dr7(0);
  check("drw.count", db_count, 2);
  check("drw.dr6", db_dr6[0] & 0xf, 8);

  /* An instruction that reads watched bytes and then faults (BOUND, #BR):
   * no data breakpoint trap. */
  reset();
  dvar[0] = 10, dvar[1] = 20;
  set_dr(0, (uint32_t)&dvar[0]);
  set_dr7(dr7_bp(0, 1, RW_RW, LEN4));
  EXPECT_FAULT("movl $5, %%eax\n\tbound %%eax, dvar", ::: "eax", "memory");
  set_dr7(0);
  check("fault.vector", last_vector, 5);
  check("fault.no_db", db_count, 0);

  /* Single-step and a data breakpoint on the same instruction: one #DB. */
  reset();
  set_rf = 0;
  set_dr(1, (uint32_t)&dvar[1]);
  set_dr7(dr7_bp(1, 1, RW_W, LEN4));
  __asm__ volatile("pushfl\n\torl $0x100, (%%esp)\n\tpopfl\n\t"
                   "movl $7, dvar+4\n"
                   "ss_after: pushfl\n\tandl $~0x100, (%%esp)\n\tpopfl" ::: "memory");
  set_dr7(0);
  unsigned both = 0, at = 0;
  for (unsigned i = 0; i < db_count && i < 8; i++)
    if (db_eip[i] == (uint32_t)ss_after) at++, both = db_dr6[i] & (0xf | BS);
  check("step_data.traps_there", at, 1);
  check("step_data.dr6", both, BS | 2);
  check("step_data.count", db_count, 4);
  return 0;
}
