/* Capstone-backed disassembly text; our decoder decides validity and length. */
#include "disasm.h"

#include <capstone/capstone.h>
#include <stdio.h>
#include <stdlib.h>

#include "decode.h"

struct ia32_disasm_ctx {
  csh handle;
  cs_insn *insn; /* reused buffer: no allocation per instruction */
  int default32;
};

ia32_disasm_ctx *ia32_disasm_ctx_create(int default32) {
  ia32_disasm_ctx *ctx = calloc(1, sizeof *ctx);
  if (!ctx) return NULL;
  ctx->default32 = default32 != 0;
  if (cs_open(CS_ARCH_X86, default32 ? CS_MODE_32 : CS_MODE_16, &ctx->handle) != CS_ERR_OK) {
    free(ctx);
    return NULL;
  }
  ctx->insn = cs_malloc(ctx->handle);
  if (!ctx->insn) {
    cs_close(&ctx->handle);
    free(ctx);
    return NULL;
  }
  return ctx;
}

void ia32_disasm_ctx_destroy(ia32_disasm_ctx *ctx) {
  if (!ctx) return;
  cs_free(ctx->insn, 1);
  cs_close(&ctx->handle);
  free(ctx);
}

unsigned ia32_disasm_ctx_run(ia32_disasm_ctx *ctx, const uint8_t *bytes, size_t len, uint64_t addr,
                             char *out, size_t outlen) {
  if (outlen) out[0] = 0;
  ia32_insn d;
  if (ia32_decode(bytes, len, ctx->default32, &d) != IA32_DECODE_OK) return 0;
  const uint8_t *code = bytes;
  size_t size = d.len;
  uint64_t pc = addr;
  if (cs_disasm_iter(ctx->handle, &code, &size, &pc, ctx->insn) && ctx->insn->size == d.len) {
    if (ctx->insn->op_str[0])
      snprintf(out, outlen, "%s %s", ctx->insn->mnemonic, ctx->insn->op_str);
    else
      snprintf(out, outlen, "%s", ctx->insn->mnemonic);
  } else {
    /* Capstone reads these bytes differently (see
     * tests/ia32/capstone-disagreements.txt): name what the CPU executes. */
    ia32_mnemonic(&d, out, outlen);
  }
  return d.len;
}

unsigned ia32_disasm(const uint8_t *bytes, size_t len, uint64_t addr, unsigned slot, char *out,
                     size_t outlen) {
  (void)slot;
  ia32_disasm_ctx *ctx = ia32_disasm_ctx_create(1);
  if (!ctx) {
    if (outlen) out[0] = 0;
    return 0;
  }
  unsigned n = ia32_disasm_ctx_run(ctx, bytes, len, addr, out, outlen);
  ia32_disasm_ctx_destroy(ctx);
  return n;
}
