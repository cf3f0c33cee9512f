/* Breakpoint registers of the system architecture (debug.c). */
#ifndef VT_IA64_DEBUG_H
#define VT_IA64_DEBUG_H

#include <stdbool.h>

#include "ia64/cpu.h"

struct vtsim_engine;

/* An enabled IBR pair matches the bundle at ip at the current ring. */
bool ia64_ibr_match(const ia64_cpu *c, uint64_t ip);
/* An enabled DBR pair matches a byte of the access at the current ring. */
bool ia64_dbr_match(const ia64_cpu *c, uint64_t va, unsigned size, bool write);
/* A DBR pair with r or w set could match an address of va's 4K page. */
bool ia64_dbr_covers_page(const ia64_cpu *c, uint64_t va);

/* ISR.code of the faulting non-access instructions (vol. 2 5.5.?, Table 5-?). */
#define IA64_NA_LFETCH 4
#define IA64_NA_PROBE_FAULT 5
/* The Data Debug fault of lfetch.fault / probe.fault at va (need: the
 * VT_PROT_READ / VT_PROT_WRITE of its form), recorded in c->fault (nonaccess.c). */
int ia64_nonaccess_debug(ia64_cpu *c, uint64_t va, int need, unsigned code);
/* lfetch.fault's translation and Data Debug faults (nonaccess.c). */
int ia64_lfetch_fault_check(struct vtsim_engine *e, ia64_cpu *c, uint64_t va);

#endif
