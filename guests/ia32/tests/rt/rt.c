/* The test run-time (rt.h). */
#include "rt.h"

uint64_t gdt[16] __attribute__((aligned(8)));
uint64_t idt[256] __attribute__((aligned(8)));
struct tss_block tss_block __attribute__((aligned(128)));
trap_fn trap_handlers[256];
unsigned failures;
volatile uint32_t resume_eip, last_vector = 0xff, last_error, last_cs, fault_count;
static uint8_t kernel_stack[8192] __attribute__((aligned(16)));

void putc_e9(char ch) { outb(0xe9, (uint8_t)ch); }
void puts_e9(const char *s) {
  while (*s) putc_e9(*s++);
}
void put_hex(uint32_t v) {
  puts_e9("0x");
  int started = 0;
  for (int i = 7; i >= 0; i--) {
    unsigned d = (v >> (4 * i)) & 15;
    if (d || started || i == 0) {
      putc_e9((char)(d < 10 ? '0' + d : 'a' + d - 10));
      started = 1;
    }
  }
}
void observe(const char *key, uint32_t value) {
  putc_e9('@');
  puts_e9(key);
  putc_e9('=');
  put_hex(value);
  putc_e9('\n');
}
void observe_str(const char *key, const char *value) {
  putc_e9('@');
  puts_e9(key);
  putc_e9('=');
  puts_e9(value);
  putc_e9('\n');
}
void check(const char *key, uint32_t value, uint32_t want) {
  observe(key, value);
  if (value != want) {
    failures++;
    puts_e9("FAIL ");
    puts_e9(key);
    puts_e9(": want ");
    put_hex(want);
    putc_e9('\n');
  }
}

/* Port 0xF4 ends a vtsim run with the status; Bochs ignores it and ends on
 * "Shutdown" written to port 0x8900 (docs/platform.md). */
void rt_exit(unsigned status) {
  outb(0xf4, (uint8_t)status);
  for (const char *p = "Shutdown"; *p; p++) outb(0x8900, (uint8_t)*p);
  for (;;) __asm__ volatile("cli; hlt");
}

uint64_t make_desc(uint32_t base, uint32_t limit, unsigned access, unsigned flags) {
  return (limit & 0xffff) | (uint64_t)(base & 0xffffff) << 16 | (uint64_t)(access & 0xff) << 40 |
         (uint64_t)((limit >> 16) & 0xf) << 48 | (uint64_t)(flags & 0xf) << 52 |
         (uint64_t)(base >> 24) << 56;
}

uint64_t make_gate(uint16_t sel, uint32_t off, unsigned type, unsigned dpl, unsigned params) {
  return (off & 0xffff) | (uint64_t)sel << 16 | (uint64_t)(params & 31) << 32 |
         (uint64_t)(type | dpl << 5 | 0x80) << 40 | (uint64_t)(off >> 16) << 48;
}

void set_idt_gate(unsigned vector, void (*fn)(void), unsigned type, unsigned dpl) {
  idt[vector] = make_gate(SEL_CODE0, (uint32_t)fn, type, dpl, 0);
}

void reload_gdt(void) {
  struct __attribute__((packed)) { uint16_t limit; uint32_t base; } d = {sizeof gdt - 1, (uint32_t)gdt};
  __asm__ volatile("lgdt %0\n\t"
                   "ljmp $0x08, $1f\n1:\n\t"
                   "mov $0x10, %%ax\n\tmov %%ax, %%ds\n\tmov %%ax, %%es\n\tmov %%ax, %%ss\n\t"
                   "mov %%ax, %%fs\n\tmov %%ax, %%gs" ::"m"(d) : "eax", "memory");
}

void set_tss_desc(void) {
  gdt[5] = make_desc((uint32_t)&tss, sizeof tss + sizeof tss_iomap - 1, 0x89, 0);
}

static void unexpected(struct frame *f) {
  puts_e9("unexpected vector ");
  put_hex(f->vector);
  puts_e9(" error ");
  put_hex(f->error);
  puts_e9(" at ");
  put_hex(f->eip);
  putc_e9('\n');
  rt_exit(2);
}

void expect_handler(struct frame *f) {
  if (!resume_eip) unexpected(f);
  last_vector = f->vector;
  last_error = f->error;
  last_cs = f->cs;
  fault_count++;
  f->eip = resume_eip;
  resume_eip = 0;
}

void rt_trap(struct frame *f);
void rt_trap(struct frame *f) {
  trap_fn fn = trap_handlers[f->vector & 0xff];
  if (fn) fn(f);
  else if (f->vector < 32) expect_handler(f);
  else unexpected(f);
}

extern void user_back_stub(void);
void rt_main(void);
void rt_main(void) {
  gdt[1] = make_desc(0, 0xfffff, 0x9a, 0xc);
  gdt[2] = make_desc(0, 0xfffff, 0x92, 0xc);
  gdt[3] = make_desc(0, 0xfffff, 0xfa, 0xc);
  gdt[4] = make_desc(0, 0xfffff, 0xf2, 0xc);
  tss.esp0 = (uint32_t)(kernel_stack + sizeof kernel_stack);
  tss.ss0 = SEL_DATA0;
  tss.iomap = sizeof tss; /* the bitmap right after the TSS: every port allowed */
  tss_iomap[8192] = 0xff;
  set_tss_desc();
  reload_gdt();
  __asm__ volatile("ltr %w0" ::"r"(SEL_TSS));
  for (unsigned v = 0; v < 256; v++) idt[v] = make_gate(SEL_CODE0, (uint32_t)isr_stubs[v], 0xe, 0, 0);
  idt[0x31] = make_gate(SEL_CODE0, (uint32_t)user_back_stub, 0xe, 3, 0);
  struct __attribute__((packed)) { uint16_t limit; uint32_t base; } d = {sizeof idt - 1, (uint32_t)idt};
  __asm__ volatile("lidt %0" ::"m"(d));
  int r = test_main();
  observe("failures", failures + (unsigned)r);
  rt_exit(failures || r ? 1 : 0);
}
