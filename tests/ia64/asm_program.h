/* IA-64 unit tests on small assembly programs: assembled at test time with
 * ia64-linux-gnu-as -x, linked at 1 MiB and booted on the "ski" platform. */
#ifndef VT_TEST_IA64_ASM_PROGRAM_H
#define VT_TEST_IA64_ASM_PROGRAM_H

#include <stdint.h>

#include "vtsim/vtsim.h"

/* Assemble body (after an _start label, ending in SSC_EXIT 0) and load it
 * into a fresh system-mode engine with 64 MiB of RAM. */
vtsim_engine *ia64_asm_load(const char *body);
/* GR n of the current frame. */
uint64_t ia64_asm_gr(vtsim_engine *e, unsigned n);

#endif
