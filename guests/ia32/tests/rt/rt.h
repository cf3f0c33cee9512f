/* The run-time of the self-checking bare-metal test images: console and
 * observations on port 0xE9, exit through port 0xF4, a flat GDT with ring
 * 0 and ring 3 segments and a TSS, an IDT whose 256 stubs call
 * rt_trap(frame), and a way down to ring 3 and back. Each image provides
 * test_main() and returns the number of failed checks. */
#ifndef RT_H
#define RT_H

#include <stdint.h>

enum { SEL_CODE0 = 0x08, SEL_DATA0 = 0x10, SEL_CODE3 = 0x1b, SEL_DATA3 = 0x23, SEL_TSS = 0x28,
       SEL_FREE = 0x30 /* GDT entries 6..15 are the test's */ };

/* What the stubs push: segment registers, PUSHA, vector, error code (0 if
 * the vector has none), then the processor's frame. */
struct frame {
  uint32_t gs, fs, es, ds;
  uint32_t edi, esi, ebp, esp0, ebx, edx, ecx, eax;
  uint32_t vector, error;
  uint32_t eip, cs, eflags;
  uint32_t esp, ss; /* only after a change of privilege level */
};

struct tss32 {
  uint32_t link, esp0, ss0, esp1, ss1, esp2, ss2, cr3, eip, eflags;
  uint32_t eax, ecx, edx, ebx, esp, ebp, esi, edi, es, cs, ss, ds, fs, gs, ldt;
  uint16_t trap, iomap;
};

extern uint64_t gdt[16];
extern uint64_t idt[256];
/* The TSS and its I/O permission bitmap right after it (one block). */
struct tss_block {
  struct tss32 tss;
  uint8_t iomap[8192 + 1];
};
extern struct tss_block tss_block;
#define tss (tss_block.tss)
#define tss_iomap (tss_block.iomap)

void putc_e9(char ch);
void puts_e9(const char *s);
void put_hex(uint32_t v);
void observe(const char *key, uint32_t value);
void observe_str(const char *key, const char *value);
/* A check: prints @KEY=VALUE and counts a failure when value != want. */
void check(const char *key, uint32_t value, uint32_t want);
extern unsigned failures;
void rt_exit(unsigned status) __attribute__((noreturn));

uint64_t make_desc(uint32_t base, uint32_t limit, unsigned access, unsigned flags);
uint64_t make_gate(uint16_t sel, uint32_t off, unsigned type, unsigned dpl, unsigned params);
void set_idt_gate(unsigned vector, void (*fn)(void), unsigned type, unsigned dpl);
void reload_gdt(void);
void set_tss_desc(void); /* a fresh available TSS descriptor in entry 5 */

/* Handlers: a C function per vector; without one, the trap is unexpected
 * (reported, failure counted, the run ends). */
typedef void (*trap_fn)(struct frame *f);
extern trap_fn trap_handlers[256];
extern void *isr_stubs[256];

/* Expected faults: EXPECT_FAULT(code) runs code with resume_eip set to the
 * label after it; rt's default fault handler records vector and error
 * code in last_vector/last_error and resumes there. */
extern volatile uint32_t resume_eip, last_vector, last_error, last_cs, fault_count;
void expect_handler(struct frame *f);
#define EXPECT_FAULT(code, ...)                                                                    \
  __asm__ volatile("movl $1f, resume_eip\n\t" code "\n1:\n\tmovl $0, resume_eip" __VA_ARGS__)

/* Run fn at ring 3 on a user stack; fn ends with user_return() (int 0x31). */
void rt_to_user(void (*fn)(void), uint32_t eflags);
/* The same, leaving DS and ES as they are (IRET nulls those ring 3 may not use). */
void rt_to_user_keep_ds(void (*fn)(void));
#define user_return() __asm__ volatile("int $0x31")

static inline uint32_t read_cr0(void) { uint32_t v; __asm__ volatile("mov %%cr0, %0" : "=r"(v)); return v; }
static inline uint32_t read_cr2(void) { uint32_t v; __asm__ volatile("mov %%cr2, %0" : "=r"(v)); return v; }
static inline uint32_t read_cr3(void) { uint32_t v; __asm__ volatile("mov %%cr3, %0" : "=r"(v)); return v; }
static inline uint32_t read_cr4(void) { uint32_t v; __asm__ volatile("mov %%cr4, %0" : "=r"(v)); return v; }
static inline void write_cr0(uint32_t v) { __asm__ volatile("mov %0, %%cr0" ::"r"(v) : "memory"); }
static inline void write_cr3(uint32_t v) { __asm__ volatile("mov %0, %%cr3" ::"r"(v) : "memory"); }
static inline void write_cr4(uint32_t v) { __asm__ volatile("mov %0, %%cr4" ::"r"(v) : "memory"); }
static inline void outb(uint16_t port, uint8_t v) { __asm__ volatile("outb %0, %1" ::"a"(v), "Nd"(port)); }
static inline uint8_t inb(uint16_t port) { uint8_t v; __asm__ volatile("inb %1, %0" : "=a"(v) : "Nd"(port)); return v; }
static inline uint32_t read_eflags(void) { uint32_t v; __asm__ volatile("pushfl; popl %0" : "=r"(v)); return v; }
static inline uint16_t read_ds(void) { uint16_t v; __asm__ volatile("mov %%ds, %0" : "=r"(v)); return v; }
static inline uint16_t read_cs(void) { uint16_t v; __asm__ volatile("mov %%cs, %0" : "=r"(v)); return v; }

int test_main(void);

#endif
