/* Interruptions of the system architecture (interrupt.c). */
#ifndef VT_IA64_INTR_H
#define VT_IA64_INTR_H

#include "common/engine.h"
#include "ia64/cpu.h"

typedef struct ia64_vector_desc {
  const char *name;
  uint32_t offset; /* in the IVT (vol. 2 Table 5-7) */
  uint16_t code;   /* ISR.code */
  uint8_t res;     /* IFA / ITIR / IHA / IIM written when PSR.ic = 1 */
  int signal;      /* what Linux sends a user process */
} ia64_vector_desc;

const ia64_vector_desc *ia64_vector_of(unsigned kind);
/* Deliver c->fault through the IVT; c->ip/c->slot name the instruction. */
void ia64_deliver(vtsim_engine *e, ia64_cpu *c);
/* Make bank bn current (swapping r16-r31) and set PSR.bn. */
void ia64_set_bank(ia64_cpu *c, bool bn);
/* Write the whole PSR: bank switch, translation flushes, event check. */
void ia64_set_psr(vtsim_engine *e, ia64_cpu *c, uint64_t psr);
/* The translation state changed: flush the software TLBs and decode cache. */
void ia64_xlat_changed(vtsim_engine *e, ia64_cpu *c);

int ia64_pending_vector(const ia64_cpu *c);
void ia64_pend(ia64_cpu *c, unsigned vector);
uint64_t ia64_read_ivr(ia64_cpu *c);
void ia64_eoi(ia64_cpu *c);
uint64_t ia64_itc(const vtsim_engine *e, const ia64_cpu *c);
bool ia64_check_events(vtsim_engine *e, ia64_cpu *c);

#endif
