/* Exceptions and interrupts through the IDT: each fault class with its
 * vector, error code and return address; ring transitions through
 * interrupt gates (stack from TSS.ESP0), IRET to ring 3 with data segment
 * nulling, far calls through a call gate with parameter copying and a
 * far return to the outer level, and a double fault. */
#include "rt/rt.h"

static void user_div0(void) {
  /* A fault at ring 3 goes to ring 0 on TSS.ESP0's stack. */
  EXPECT_FAULT("xorl %%ecx, %%ecx\n\tdivl %%ecx", ::: "eax", "ecx", "edx");
  user_return();
}

/* A 4-byte load from an odd address, at ring 3. */
static volatile uint32_t misaligned_pair[2];
static void user_misaligned_load(void) {
  EXPECT_FAULT("movl misaligned_pair+1, %%eax", ::: "eax");
  user_return();
}

static volatile uint32_t seen_cpl, seen_ss, seen_esp0, seen_cs;
static void int80(struct frame *f) {
  seen_cpl = read_cs() & 3;
  seen_cs = f->cs;
  seen_ss = f->ss;
  seen_esp0 = (uint32_t)&f->ss + 4; /* the top of the frame: TSS.ESP0 */
  f->eax = 0x1234;
}

static volatile uint32_t user_eax, user_ds;
static void user_int80(void) {
  uint32_t a;
  __asm__ volatile("int $0x80" : "=a"(a));
  user_eax = a;
  user_return();
}

static void user_int_dpl0(void) {
  EXPECT_FAULT("int $0x40");
  user_return();
}

/* DS may be null here: read it, then make it usable before touching memory. */
static void user_ds_after_iret(void) {
  uint32_t ds;
  __asm__ volatile("movl %%ds, %0\n\tmovl $0x23, %%eax\n\tmovl %%eax, %%ds\n\tmovl %%eax, %%es"
                   : "=r"(ds)::"eax", "memory");
  user_ds = ds;
  user_return();
}

/* Call-gate target at ring 0: reports the two copied parameters and the
 * caller's frame, returns to ring 3 releasing them. */
static volatile uint32_t gate_p1, gate_p2, gate_cpl, gate_old_cs, gate_old_ss;
void gate_target(void);
__asm__(".globl gate_target\n"
        "gate_target:\n\t"
        "movl %cs, %eax\n\tandl $3, %eax\n\tmovl %eax, gate_cpl\n\t"
        "movl 8(%esp), %eax\n\tmovl %eax, gate_p1\n\t"   /* the last-pushed parameter */
        "movl 12(%esp), %eax\n\tmovl %eax, gate_p2\n\t"
        "movl 4(%esp), %eax\n\tmovl %eax, gate_old_cs\n\t"
        "movl 20(%esp), %eax\n\tmovl %eax, gate_old_ss\n\t"
        "lret $8\n");

static void user_call_gate_fault(void) {
  EXPECT_FAULT("lcall $0x33, $0");
  user_return();
}

static volatile uint32_t after_gate_cpl, after_gate_esp_ok;
static void user_call_gate(void) {
  uint32_t before, after;
  __asm__ volatile("movl %%esp, %0\n\tpushl $0x22\n\tpushl $0x11\n\t"
                   "lcall $0x33, $0\n\tmovl %%esp, %1"
                   : "=&r"(before), "=r"(after)::"memory");
  after_gate_cpl = read_cs() & 3;
  after_gate_esp_ok = after == before; /* LRET 8 released the caller's copy of the parameters */
  user_return();
}

int test_main(void) {
  /* #DE: a fault, reported at the instruction. */
  EXPECT_FAULT("xorl %%ecx, %%ecx\n\tdivl %%ecx", ::: "eax", "ecx", "edx");
  check("de.vector", last_vector, 0);
  /* #UD */
  EXPECT_FAULT("ud2");
  check("ud.vector", last_vector, 6);
  /* #BP is a trap: INT3 through its gate at ring 0. */
  EXPECT_FAULT("int3");
  check("bp.vector", last_vector, 3);
  /* #GP(selector): beyond the GDT limit. */
  EXPECT_FAULT("movl $0x1f8, %%eax\n\tmovl %%eax, %%ds", ::: "eax");
  check("gp.vector", last_vector, 13);
  check("gp.error", last_error, 0x1f8);
  /* #GP(selector): a system descriptor (the TSS) into DS. */
  EXPECT_FAULT("movl $0x28, %%eax\n\tmovl %%eax, %%ds", ::: "eax");
  check("gp_sys.error", last_error, 0x28);
  /* #NP(selector): a not-present data segment. */
  gdt[6] = make_desc(0, 0xfffff, 0x12, 0xc);
  EXPECT_FAULT("movl $0x30, %%eax\n\tmovl %%eax, %%es", ::: "eax");
  check("np.vector", last_vector, 11);
  check("np.error", last_error, 0x30);
  /* #SS(selector): a not-present stack segment. */
  EXPECT_FAULT("movl $0x30, %%eax\n\tmovl %%eax, %%ss", ::: "eax");
  check("ss.vector", last_vector, 12);
  check("ss.error", last_error, 0x30);
  /* #GP(0): beyond a segment limit. */
  gdt[7] = make_desc(0, 0xff, 0x92, 0x4);
  EXPECT_FAULT("movl $0x38, %%eax\n\tmovl %%eax, %%fs\n\tmovl %%fs:0x100, %%eax", ::: "eax");
  check("limit.vector", last_vector, 13);
  check("limit.error", last_error, 0);
  __asm__ volatile("movl $0x10, %%eax\n\tmovl %%eax, %%fs\n\tmovl %%eax, %%es" ::: "eax");
  /* A not-present IDT gate: #NP(vector * 8 + 2), EXT clear for INT n. */
  idt[0x41] &= ~(1ull << 47);
  EXPECT_FAULT("int $0x41");
  check("np_gate.vector", last_vector, 11);
  check("np_gate.error", last_error, 0x41 * 8 + 2);

  /* Ring 3: a fault goes to ring 0 with the user's CS in the frame. */
  rt_to_user(user_div0, 0x2);
  check("user_de.vector", last_vector, 0);
  check("user_de.cs", last_cs, SEL_CODE3);
  /* INT n through a DPL 3 gate: CPL 0, the stack from TSS.ESP0, SS:ESP pushed. */
  trap_handlers[0x80] = int80;
  idt[0x80] = make_gate(SEL_CODE0, (uint32_t)isr_stubs[0x80], 0xf, 3, 0);
  rt_to_user(user_int80, 0x2);
  check("int80.cpl", seen_cpl, 0);
  check("int80.frame_cs", seen_cs, SEL_CODE3);
  check("int80.frame_ss", seen_ss, SEL_DATA3);
  check("int80.stack_is_esp0", seen_esp0 == tss.esp0, 1);
  check("int80.eax", user_eax, 0x1234);
  /* INT n through a DPL 0 gate from ring 3: #GP(n * 8 + 2). */
  rt_to_user(user_int_dpl0, 0x2);
  check("int_dpl.vector", last_vector, 13);
  check("int_dpl.error", last_error, 0x40 * 8 + 2);
  /* IRET to ring 3 with DS holding a DPL 0 segment: DS becomes null. */
  __asm__ volatile("movl $0x10, %%eax\n\tmovl %%eax, %%ds" ::: "eax");
  rt_to_user_keep_ds(user_ds_after_iret);
  check("iret_outer.ds", user_ds, 0);
  /* A call gate (DPL 3) to ring 0 copying 2 parameters, LRET 8 back. */
  gdt[6] = make_gate(SEL_CODE0, (uint32_t)gate_target, 0xc, 3, 2);
  rt_to_user(user_call_gate, 0x2);
  check("gate.cpl", gate_cpl, 0);
  check("gate.p1", gate_p1, 0x11);
  check("gate.p2", gate_p2, 0x22);
  check("gate.old_cs", gate_old_cs, SEL_CODE3);
  check("gate.old_ss", gate_old_ss, SEL_DATA3);
  check("gate.back_cpl", after_gate_cpl, 3);
  check("gate.esp", after_gate_esp_ok, 1);
  /* A call gate whose DPL is below CPL: #GP(gate selector). */
  gdt[6] = make_gate(SEL_CODE0, (uint32_t)gate_target, 0xc, 0, 2);
  rt_to_user(user_call_gate_fault, 0x2);
  check("gate_dpl.vector", last_vector, 13);
  check("gate_dpl.error", last_error, 0x30);
  /* A call gate to ring 1 whose TSS stack (SS1) is a DPL 3 segment:
   * #TS(SS1 selector), delivered to ring 0 on SS0's stack. */
  gdt[8] = make_desc(0, 0xfffff, 0xba, 0xc);
  gdt[6] = make_gate(0x40, (uint32_t)gate_target, 0xc, 3, 2);
  tss.ss1 = SEL_DATA3;
  tss.esp1 = tss.esp0 - 1024;
  rt_to_user(user_call_gate_fault, 0x2);
  check("ts.vector", last_vector, 10);
  check("ts.error", last_error, SEL_DATA3 & 0xfffc);
  /* #AC(0): a misaligned data access with CR0.AM, EFLAGS.AC and CPL 3 all
   * set; each one alone is not enough (SDM vol. 3 6.15, "Interrupt 17"). */
  enum { CR0_AM = 1u << 18, EFLAGS_AC = 1u << 18 };
  write_cr0(read_cr0() | CR0_AM);
  last_vector = 0xff;
  rt_to_user(user_misaligned_load, 0x2 | EFLAGS_AC);
  check("ac.vector", last_vector, 17);
  check("ac.error", last_error, 0);
  last_vector = 0xff;
  rt_to_user(user_misaligned_load, 0x2);
  check("ac.needs_eflags_ac", last_vector, 0xff);
  last_vector = 0xff;
  EXPECT_FAULT("pushfl\n\torl $0x40000, (%%esp)\n\tpopfl\n\tmovl misaligned_pair+1, %%eax\n\t"
               "pushfl\n\tandl $~0x40000, (%%esp)\n\tpopfl", ::: "eax");
  check("ac.needs_cpl3", last_vector, 0xff);
  write_cr0(read_cr0() & ~CR0_AM);
  rt_to_user(user_misaligned_load, 0x2 | EFLAGS_AC);
  check("ac.needs_cr0_am", last_vector, 0xff);
  /* Double fault: #NP while delivering #NP (its own gate not present). */
  gdt[9] = make_desc(0, 0xfffff, 0x12, 0xc);
  idt[11] &= ~(1ull << 47);
  EXPECT_FAULT("movl $0x48, %%eax\n\tmovl %%eax, %%es", ::: "eax");
  check("df.vector", last_vector, 8);
  check("df.error", last_error, 0);
  return 0;
}
