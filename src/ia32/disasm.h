/* IA-32 disassembly text through Capstone (Intel syntax), for traces and the
 * vt_arch_ops.disasm hook. Lengths always come from vtsim's own decoder, so
 * the text describes exactly the instruction the interpreter executes. */
#ifndef VTSIM_IA32_DISASM_H
#define VTSIM_IA32_DISASM_H

#include <stddef.h>
#include <stdint.h>

typedef struct ia32_disasm_ctx ia32_disasm_ctx;

/* A Capstone handle for one caller; default32 selects 32- or 16-bit code.
 * NULL if Capstone cannot be opened. */
ia32_disasm_ctx *ia32_disasm_ctx_create(int default32);
void ia32_disasm_ctx_destroy(ia32_disasm_ctx *ctx);
/* "mnemonic operands" into out; returns the instruction length, 0 if the
 * bytes are not a valid instruction of this CPU model (or are incomplete). */
unsigned ia32_disasm_ctx_run(ia32_disasm_ctx *ctx, const uint8_t *bytes, size_t len, uint64_t addr,
                             char *out, size_t outlen);

/* The vt_arch_ops.disasm signature, 32-bit code; opens Capstone per call
 * (slow: for traces). slot is ignored. */
unsigned ia32_disasm(const uint8_t *bytes, size_t len, uint64_t addr, unsigned slot, char *out,
                     size_t outlen);

#endif
