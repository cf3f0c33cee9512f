/* Debug breakpoints DR0-DR3 (debug.c; SDM vol. 3 17.2-17.3). */
#ifndef VTSIM_IA32_DEBUG_H
#define VTSIM_IA32_DEBUG_H

#include "interp.h"

/* DR0-3 or DR7 changed: decode DR7's enables into the CPU's masks. */
void ia32_debug_update(ia32_cpu *c);
/* Whether the 4 KiB linear page of lin holds bytes a data breakpoint watches. */
bool ia32_debug_page_watched(const ia32_cpu *c, uint32_t lin);
/* A data access by the current instruction: note matching breakpoints in
 * c->dbg_data_hits (a #DB trap follows if the instruction completes). */
void ia32_debug_data_access(ia32_cpu *c, uint32_t lin, unsigned size, bool write);
/* The enabled instruction breakpoints at linear address lin (DR6 B0-B3 bits). */
unsigned ia32_debug_insn_hits(const ia32_cpu *c, uint32_t lin);

#endif
