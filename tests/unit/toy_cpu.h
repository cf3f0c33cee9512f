/* A toy CPU model for testing the engine without a real architecture: a
 * byte-coded machine whose instructions each exercise one engine service
 * (console, port I/O, exceptions, open bus, stop reasons). Test-only. */
#ifndef TOY_CPU_H
#define TOY_CPU_H

#include "common/engine.h"

enum toy_opcode {
  TOY_EXIT = 0x00,   /* end the run, exit status = A */
  TOY_SET_A = 0x01,  /* imm8: A = imm */
  TOY_PUTC = 0x02,   /* console byte A */
  TOY_JMP = 0x03,    /* imm32: pc = imm */
  TOY_OUT = 0x04,    /* imm8 port: io event with A */
  TOY_FAULT = 0x05,  /* imm8 vector: exception event, continue */
  TOY_LOAD = 0x06,   /* imm32 address: A = byte at address (open bus if no RAM) */
  TOY_NOP = 0x07,
};

extern const vt_arch_ops toy_ops;

/* Open a toy engine (system mode, 1 MiB RAM unless cfg says otherwise). */
vtsim_engine *toy_open(const vtsim_config *cfg);
/* Write a program at physical 0 and point the pc at it. */
void toy_load(vtsim_engine *e, const uint8_t *code, size_t len);

#endif
