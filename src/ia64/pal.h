/* PAL firmware procedures, implemented in the simulator (pal.c). */
#ifndef VT_IA64_PAL_H
#define VT_IA64_PAL_H

#include "ia64/cpu.h"

/* The PAL_PROC entry point: a branch to this bundle address (physical, or
 * a virtual address equal to it) calls the procedure whose index is in r28
 * (docs/platform.md). No RAM backs it. */
#define IA64_PAL_ENTRY 0xfffff000000ull

/* The calling conventions (Itanium SDM vol. 2 11.10.2): static procedures
 * take r28 = index, r29-r31 arguments and return r8 = status, r9-r11 to
 * b0; stacked ones (indexes 256-511, 768-1023) are called with br.call,
 * in0 = index, in1-in3 arguments, and return the same way through br.ret. */
bool ia64_pal_is_stacked(uint64_t index);
const char *ia64_pal_name(uint64_t index);

typedef struct ia64_pal_result {
  int64_t status;
  uint64_t ret[3]; /* r9, r10, r11 */
  bool halt;       /* PAL_HALT_LIGHT: wait for an interrupt */
} ia64_pal_result;

/* Run procedure index with its three arguments. */
ia64_pal_result ia64_pal_run(const ia64_cpu *c, uint64_t index, const uint64_t args[3]);

struct vtsim_engine;
struct ia64_xinsn;
/* The handler bound to the entry point's bundle. */
int ia64_pal_proc(struct vtsim_engine *e, ia64_cpu *c, const struct ia64_xinsn *x);

#endif
