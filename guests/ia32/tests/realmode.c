/* Real mode and back (SDM vol. 3 9.9, 20.1): from 32-bit protected mode
 * through a 16-bit code segment, CR0.PE = 0 and a far jump to real-mode
 * code, which checks segment loads (base = selector * 16), INT n and #UD
 * through the IVT at IDTR.base with IRET, a far call and RETF, and 32-bit
 * operands; then CR0.PE = 1 and a far jump back to 32-bit code. The same
 * bytes run as 32-bit and as 16-bit code (the decoded-block cache must
 * tell them apart by CS.D). The 16-bit code is copied below 1 MiB. */
#include "rt/rt.h"

enum { RM_PHYS = 0x8000, IVT_PHYS = 0x8800, RES_PHYS = 0xa000, IDTR_AT = 0xf0 };
#define RES(off) (*(volatile uint32_t *)(RES_PHYS + (off)))

/* The blob [rm_start, rm_end) runs at 0x8000: in 16-bit protected mode
 * through selector 0x30 (base 0x8000) and in real mode with CS = 0x0800,
 * so its offsets are the same in both. Results go to 0xA000 (see RES). */
__asm__(".text\n"
        ".code32\n"
        ".globl rm_run\n"
        "rm_run:\n\t"
        "pushal\n\t"
        "movl %esp, rm_saved_esp\n\t"
        "ljmp $0x30, $(pm16_entry - rm_start)\n"
        ".code16\n"
        ".globl rm_start, rm_end, rm_dual\n"
        "rm_start:\n"
        "pm16_entry:\n\t"
        "movw $0x38, %ax\n\t"
        "movw %ax, %ds\n\t"
        "movw %ax, %es\n\t"
        "movw %ax, %ss\n\t"
        "movw $0x9f00, %sp\n\t"
        "movl $0xaaaa0000, %eax\n\t"
        "call rm_dual\n\t"
        "movl %eax, 0xa000\n\t"
        "movl %cr0, %eax\n\t"
        "andl $0xfffffffe, %eax\n\t"
        "movl %eax, %cr0\n\t"
        "ljmp $0x0800, $(real_entry - rm_start)\n"
        "real_entry:\n\t"
        "movw $0x0900, %ax\n\t"
        "movw %ax, %ss\n\t"
        "movw $0x0f00, %sp\n\t"
        "movw $0x0a00, %ax\n\t"
        "movw %ax, %ds\n\t"
        "lidt 0xf0\n\t"
        "movw %cs, %ax\n\t"
        "movw %ax, 0x04\n\t"
        /* ES = 0x0a08 reaches DS:0x80 at offset 0 */
        "movw $0x5a5a, 0x80\n\t"
        "movw $0x0a08, %ax\n\t"
        "movw %ax, %es\n\t"
        "movw %es:0, %ax\n\t"
        "movw %ax, 0x08\n\t"
        /* INT n through the IVT */
        "sti\n\t"
        "int $0x40\n"
        "after_int:\n\t"
        "pushfw\n\t"
        "popw %ax\n\t"
        "movw %ax, 0x1c\n\t"
        "cli\n\t"
        /* a far call into another segment and RETF */
        "movw %sp, 0x34\n\t"
        "lcall $0x0780, $(far_func - rm_start + 0x800)\n\t"
        "movw %ax, 0x24\n\t"
        "movw %sp, 0x38\n\t"
        /* #UD through the IVT */
        "ud2\n\t"
        /* 32-bit operands and addresses in real mode */
        "movl $0x12345678, %ebx\n\t"
        "addl $0x11111111, %ebx\n\t"
        "movl %ebx, 0x2c\n\t"
        "movl $0xbbbb0000, %eax\n\t"
        "call rm_dual\n\t"
        "movl %eax, 0x30\n\t"
        /* back to protected mode */
        "movl %cr0, %eax\n\t"
        "orl $1, %eax\n\t"
        "movl %eax, %cr0\n\t"
        "ljmpl $0x08, $pm32_back\n"
        "int_handler:\n\t"
        "pushfw\n\t"
        "popw %ax\n\t"
        "movw %ax, 0x0c\n\t"
        "movw %sp, %bp\n\t"
        "movw 2(%bp), %ax\n\t"
        "movw %ax, 0x10\n\t"
        "movw 0(%bp), %ax\n\t"
        "movw %ax, 0x14\n\t"
        "movw %cs, %ax\n\t"
        "movw %ax, 0x18\n\t"
        "iret\n"
        "ud_handler:\n\t"
        "pushw %bp\n\t"
        "movw %sp, %bp\n\t"
        "addw $2, 2(%bp)\n\t"
        "popw %bp\n\t"
        "movw $0x66, 0x28\n\t"
        "iret\n"
        "far_func:\n\t"
        "movw %cs, %ax\n\t"
        "movw %ax, 0x20\n\t"
        "movw $0x77, %ax\n\t"
        "lret\n"
        /* 32-bit: MOV EAX, 0x00EB1234; RET. 16-bit: MOV AX, 0x1234; JMP $+2; RET. */
        "rm_dual:\n\t"
        ".byte 0xb8, 0x34, 0x12, 0xeb, 0x00, 0xc3\n"
        "rm_end:\n"
        ".code32\n"
        "pm32_back:\n\t"
        "movl $0x10, %eax\n\t"
        "movl %eax, %ds\n\t"
        "movl %eax, %es\n\t"
        "movl %eax, %ss\n\t"
        "movl %eax, %fs\n\t"
        "movl %eax, %gs\n\t"
        "movl rm_saved_esp, %esp\n\t"
        "popal\n\t"
        "ret\n"
        ".data\n"
        "rm_saved_esp: .long 0\n"
        ".text\n");

extern char rm_start[], rm_end[], rm_dual[], int_handler[], ud_handler[], after_int[];
void rm_run(void);

static unsigned blob_off(const char *label) { return (unsigned)(label - rm_start); }

int test_main(void) {
  volatile uint8_t *dst = (volatile uint8_t *)RM_PHYS;
  for (const char *p = rm_start; p < rm_end; p++) *dst++ = (uint8_t)*p;
  volatile uint32_t *ivt = (volatile uint32_t *)IVT_PHYS;
  for (unsigned v = 0; v < 256; v++) ivt[v] = 0;
  ivt[0x40] = 0x07f0u << 16 | (blob_off(int_handler) + 0x100); /* the same code, CS 0x07F0 */
  ivt[6] = 0x0800u << 16 | blob_off(ud_handler);
  for (unsigned i = 0; i < 0x40; i += 4) RES(i) = 0;
  *(volatile uint16_t *)(RES_PHYS + IDTR_AT) = 0x3ff;
  *(volatile uint32_t *)(RES_PHYS + IDTR_AT + 2) = IVT_PHYS;
  gdt[6] = make_desc(RM_PHYS, 0xffff, 0x9a, 0); /* 16-bit code, base 0x8000 */
  gdt[7] = make_desc(0, 0xffff, 0x92, 0);       /* 16-bit data, 64 KiB */
  reload_gdt();

  uint32_t (*dual32)(void) = (uint32_t(*)(void))(RM_PHYS + blob_off(rm_dual));
  check("dual.32_before", dual32(), 0x00eb1234);
  struct __attribute__((packed)) { uint16_t limit; uint32_t base; } idtr;
  __asm__ volatile("sidt %0" : "=m"(idtr));
  rm_run();
  __asm__ volatile("lidt %0" ::"m"(idtr));
  check("dual.16_pm", RES(0x00), 0xaaaa1234);
  check("real.cs", RES(0x04) & 0xffff, 0x0800);
  check("real.alias", RES(0x08) & 0xffff, 0x5a5a);
  check("int.if_in_handler", (RES(0x0c) >> 9) & 1, 0);
  check("int.pushed_cs", RES(0x10) & 0xffff, 0x0800);
  check("int.pushed_ip", RES(0x14) & 0xffff, blob_off(after_int));
  check("int.handler_cs", RES(0x18) & 0xffff, 0x07f0);
  check("iret.if", (RES(0x1c) >> 9) & 1, 1);
  check("far.cs", RES(0x20) & 0xffff, 0x0780);
  check("far.ret", RES(0x24) & 0xffff, 0x77);
  check("far.sp_balanced", (RES(0x34) & 0xffff) == (RES(0x38) & 0xffff), 1);
  check("ud.handled", RES(0x28) & 0xffff, 0x66);
  check("real.op32", RES(0x2c), 0x23456789);
  check("dual.16_real", RES(0x30), 0xbbbb1234);
  check("dual.32_after", dual32(), 0x00eb1234);
  check("pm.cr0_pe", read_cr0() & 1, 1);
  check("pm.cs", read_cs(), SEL_CODE0);
  return 0;
}
