/* System instructions: descriptor-table loads and stores, LAR/LSL/VERR/
 * VERW/ARPL, control registers with their reserved-bit faults, MSRs,
 * SYSENTER/SYSEXIT, RDTSC under CR4.TSD, privileged instructions at ring 3,
 * debug-register general detect, descriptor caches surviving a GDT rewrite. */
#include "rt/rt.h"

static uint32_t zf(void) { return (read_eflags() >> 6) & 1; }

static volatile uint32_t u_vec[4], u_err[4];
static void user_privileged(void) {
  EXPECT_FAULT("cli");
  u_vec[0] = last_vector, u_err[0] = last_error;
  EXPECT_FAULT("movl %%cr0, %%eax", ::: "eax");
  u_vec[1] = last_vector, u_err[1] = last_error;
  EXPECT_FAULT("rdtsc", ::: "eax", "edx");
  u_vec[2] = last_vector, u_err[2] = last_error;
  EXPECT_FAULT("hlt");
  u_vec[3] = last_vector, u_err[3] = last_error;
  user_return();
}

static volatile uint32_t sysenter_cpl, sysenter_esp, sysexit_cpl, sysexit_ss;
void sysenter_target(void);
__asm__(".globl sysenter_target\nsysenter_target:\n\t"
        "movl %cs, %eax\n\tandl $3, %eax\n\tmovl %eax, sysenter_cpl\n\t"
        "movl %esp, sysenter_esp\n\t"
        "sysexit\n");
static void user_sysenter(void) {
  __asm__ volatile("movl %%esp, %%ecx\n\tmovl $1f, %%edx\n\tsysenter\n1:" ::: "ecx", "edx", "eax",
                   "memory");
  uint32_t ss;
  __asm__ volatile("movl %%ss, %0" : "=r"(ss));
  sysexit_cpl = read_cs() & 3;
  sysexit_ss = ss;
  user_return();
}

static uint64_t rdmsr(uint32_t msr) {
  uint32_t lo, hi;
  __asm__ volatile("rdmsr" : "=a"(lo), "=d"(hi) : "c"(msr));
  return (uint64_t)hi << 32 | lo;
}

int test_main(void) {
  /* SGDT/SIDT give back what LGDT/LIDT loaded. */
  struct __attribute__((packed)) { uint16_t limit; uint32_t base; } g;
  __asm__ volatile("sgdt %0" : "=m"(g));
  check("sgdt.limit", g.limit, sizeof gdt - 1);
  check("sgdt.base", g.base == (uint32_t)gdt, 1);
  uint16_t tr;
  __asm__ volatile("str %0" : "=r"(tr));
  check("str", tr, SEL_TSS);
  check("tss.busy", (uint32_t)(gdt[5] >> 40) & 0xf, 0xb);
  /* LTR of a busy TSS: #GP(selector). */
  EXPECT_FAULT("ltr %w0", : : "r"(SEL_TSS));
  check("ltr_busy.error", last_error, SEL_TSS);

  /* LAR / LSL / VERR / VERW / ARPL */
  uint32_t ar = 0, lim = 0;
  __asm__ volatile("larl %1, %0" : "=r"(ar) : "r"(SEL_CODE3));
  check("lar.zf", zf(), 1);
  check("lar.ar", ar, 0x00cffa00);
  __asm__ volatile("lsll %1, %0" : "=r"(lim) : "r"(SEL_TSS));
  check("lsl.limit", lim, sizeof tss + sizeof tss_iomap - 1);
  __asm__ volatile("lsll %1, %0" : "+r"(lim) : "r"(0x1f8));
  check("lsl_beyond.zf", zf(), 0);
  __asm__ volatile("verr %0" ::"r"((uint16_t)SEL_CODE0));
  check("verr_code.zf", zf(), 1);
  __asm__ volatile("verw %0" ::"r"((uint16_t)SEL_CODE0));
  check("verw_code.zf", zf(), 0);
  __asm__ volatile("verw %0" ::"r"((uint16_t)SEL_DATA3));
  check("verw_data.zf", zf(), 1);
  uint16_t sel = 0x10;
  __asm__ volatile("arpl %1, %0" : "+r"(sel) : "r"((uint16_t)3));
  check("arpl.sel", sel, 0x13);
  check("arpl.zf", zf(), 1);

  /* Descriptor caches: rewriting the GDT entry behind DS changes nothing
   * until DS is loaded again (SDM vol. 3 3.4.3). */
  gdt[7] = make_desc(0x1000, 0xfffff, 0x92, 0xc);
  __asm__ volatile("movl $0x38, %%eax\n\tmovl %%eax, %%fs" ::: "eax");
  gdt[7] = make_desc(0x2000, 0xfffff, 0x92, 0xc);
  static volatile uint32_t probe[0x1000] __attribute__((aligned(4096)));
  uint32_t base = (uint32_t)probe;
  probe[0] = 0xaaaa;
  probe[0x400] = 0xbbbb; /* probe is 16 KiB: base + 0x1000 is element 0x400 */
  uint32_t v;
  __asm__ volatile("movl %%fs:(%1), %0" : "=r"(v) : "r"(base - 0x1000));
  check("cache.old_base", v, 0xaaaa);
  __asm__ volatile("movl $0x38, %%eax\n\tmovl %%eax, %%fs\n\tmovl %%fs:(%1), %0"
                   : "=r"(v) : "r"(base - 0x1000) : "eax");
  check("cache.new_base", v, 0xbbbb);
  __asm__ volatile("movl $0x10, %%eax\n\tmovl %%eax, %%fs" ::: "eax");

  /* Control registers. */
  check("cr0.boot", read_cr0(), 0x11);
  EXPECT_FAULT("movl %0, %%cr0", : : "r"(0x80000010u)); /* PG without PE */
  check("cr0_pg_no_pe.vector", last_vector, 13);
  EXPECT_FAULT("movl %0, %%cr0", : : "r"(0x20000011u)); /* NW without CD */
  check("cr0_nw.vector", last_vector, 13);
  EXPECT_FAULT("movl %0, %%cr4", : : "r"(0x20u)); /* PAE: not on this processor */
  check("cr4_pae.vector", last_vector, 13);
  __asm__ volatile("lmsw %w0" ::"r"(0x8)); /* sets TS; cannot clear PE */
  check("lmsw.cr0", read_cr0(), 0x19);
  __asm__ volatile("clts");
  check("clts.cr0", read_cr0(), 0x11);
  /* MSRs. */
  check("msr.feature_control", (uint32_t)rdmsr(0x3a), 5);
  EXPECT_FAULT("wrmsr", : : "c"(0x3a), "a"(0), "d"(0));
  check("msr.locked.vector", last_vector, 13);
  EXPECT_FAULT("rdmsr", : : "c"(0x12345) : "eax", "edx");
  check("msr.unknown.vector", last_vector, 13);
  check("msr.unknown.error", last_error, 0);
  check("msr.apic_base", (uint32_t)rdmsr(0x1b), 0xfee00900);
  /* Debug registers: DR7.GD makes the next MOV DR a #DB with DR6.BD. */
  __asm__ volatile("movl %0, %%dr7" ::"r"(0x2000u));
  EXPECT_FAULT("movl %%dr0, %%eax", ::: "eax");
  check("gd.vector", last_vector, 1);
  uint32_t dr6, dr7;
  __asm__ volatile("movl %%dr6, %0\n\tmovl %%dr7, %1" : "=r"(dr6), "=r"(dr7));
  check("gd.dr6_bd", (dr6 >> 13) & 1, 1);
  check("gd.dr7_gd_cleared", (dr7 >> 13) & 1, 0);
  write_cr4(0x8); /* DE: DR4/DR5 are reserved */
  EXPECT_FAULT("movl %%dr4, %%eax", ::: "eax");
  check("de_dr4.vector", last_vector, 6);
  /* Ring 3: privileged instructions and RDTSC with CR4.TSD: #GP(0). */
  write_cr4(0x4);
  rt_to_user(user_privileged, 0x2);
  for (int i = 0; i < 4; i++) {
    static const char *const keys[4] = {"user.cli", "user.mov_cr", "user.rdtsc_tsd", "user.hlt"};
    check(keys[i], u_vec[i] << 16 | u_err[i], 13u << 16);
  }
  write_cr4(0);
  /* SYSENTER to ring 0 and SYSEXIT back to ring 3. */
  static uint8_t sysenter_stack[1024] __attribute__((aligned(16)));
  __asm__ volatile("wrmsr" ::"c"(0x174), "a"(SEL_CODE0), "d"(0));
  __asm__ volatile("wrmsr" ::"c"(0x175), "a"((uint32_t)(sysenter_stack + sizeof sysenter_stack)), "d"(0));
  __asm__ volatile("wrmsr" ::"c"(0x176), "a"((uint32_t)sysenter_target), "d"(0));
  rt_to_user(user_sysenter, 0x2);
  check("sysenter.cpl", sysenter_cpl, 0);
  check("sysenter.esp", sysenter_esp == (uint32_t)(sysenter_stack + sizeof sysenter_stack), 1);
  check("sysexit.cpl", sysexit_cpl, 3);
  check("sysexit.ss", sysexit_ss, SEL_DATA3);
  /* Expand-down data segments (SDM vol. 3 3.4.5.1): offsets limit+1 up to
   * 0xFFFFFFFF (B = 1) or 0xFFFF (B = 0) are valid, the rest #GP(0). */
  gdt[8] = make_desc(0, 0xfff, 0x96, 0x4);
  gdt[9] = make_desc(0, 0xfff, 0x96, 0x0);
  __asm__ volatile("movl %0, %%fs" ::"r"(0x40));
  v = 0;
  last_vector = 0xff;
  EXPECT_FAULT("movl %%fs:0x2000, %0", : "=r"(v));
  check("expdown.above_limit_ok", last_vector, 0xff);
  check("expdown.value", v, *(volatile uint32_t *)0x2000);
  EXPECT_FAULT("movl %%fs:0x800, %0", : "=r"(v));
  check("expdown.below.vector", last_vector, 13);
  check("expdown.below.error", last_error, 0);
  last_vector = 0xff;
  EXPECT_FAULT("movl %%fs:0xffe, %0", : "=r"(v));
  check("expdown.straddle.vector", last_vector, 13);
  __asm__ volatile("movl %0, %%fs" ::"r"(0x48));
  last_vector = 0xff;
  EXPECT_FAULT("movw %%fs:0xfffe, %w0", : "=r"(v));
  check("expdown16.top_ok", last_vector, 0xff);
  EXPECT_FAULT("movl %%fs:0xfffe, %0", : "=r"(v));
  check("expdown16.past_top.vector", last_vector, 13);
  __asm__ volatile("movl %0, %%fs" ::"r"(SEL_DATA0));
  return 0;
}
