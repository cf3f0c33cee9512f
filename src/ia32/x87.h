/* The x87 FPU state of an IA-32 processor (Intel SDM vol. 1 8.1): eight
 * 80-bit data registers used as a stack, control, status and tag words, and
 * the last instruction's pointers and opcode as FSTENV/FSAVE store them. */
#ifndef VTSIM_IA32_X87_H
#define VTSIM_IA32_X87_H

#include <stdint.h>

#include "x87_float.h"

typedef struct ia32_x87 {
  x87_f80 r[8];  /* physical registers R0..R7; ST(i) is R((TOP + i) mod 8) */
  uint16_t cw;   /* control word */
  uint16_t sw;   /* status word, TOP in bits 13:11 */
  uint8_t empty; /* bit i: R(i) is tagged empty (the other tags follow from the contents) */
  uint16_t fop;  /* last non-control instruction's opcode, 11 bits */
  uint16_t fcs, fds;
  uint32_t fip, fdp;
} ia32_x87;

/* Status word bits (SDM vol. 1 figure 8-4). */
enum {
  X87_SW_ES = 0x0080,
  X87_SW_C0 = 0x0100,
  X87_SW_C1 = 0x0200,
  X87_SW_C2 = 0x0400,
  X87_SW_TOP = 0x3800,
  X87_SW_C3 = 0x4000,
  X87_SW_B = 0x8000,
};

/* The state after FNINIT (SDM vol. 1 8.1.10). */
void ia32_x87_init(ia32_x87 *x);
/* The full tag word, two bits per physical register (SDM vol. 1 8.1.7). */
uint16_t ia32_x87_tag_word(const ia32_x87 *x);

#endif
