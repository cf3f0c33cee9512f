/* Breakpoint registers of the system architecture (debug.c). */
#ifndef VT_IA64_DEBUG_H
#define VT_IA64_DEBUG_H

#include <stdbool.h>

#include "ia64/cpu.h"

/* An enabled IBR pair matches the bundle at ip at the current ring. */
bool ia64_ibr_match(const ia64_cpu *c, uint64_t ip);
/* An enabled DBR pair matches a byte of the access at the current ring. */
bool ia64_dbr_match(const ia64_cpu *c, uint64_t va, unsigned size, bool write);
/* A DBR pair with r or w set could match an address of va's 4K page. */
bool ia64_dbr_covers_page(const ia64_cpu *c, uint64_t va);

#endif
