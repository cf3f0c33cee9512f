/* The faulting non-access references (Itanium SDM vol. 3 lfetch, probe;
 * vol. 2 Table 5-? "ISR Settings for Non-Access Instructions"): they fault
 * with ISR.na and an ISR.code naming the instruction (4 lfetch.fault, 5
 * probe.fault), and are the only non-access references a data breakpoint
 * matches (vol. 2 8.2, Debug vector notes): lfetch.fault as a read,
 * probe.fault as the read and/or write of its form (vol. 2 Table 7-1 DBR r, w). */
#include "ia64/debug.h"

#include "ia64/interp.h"
#include "ia64/vm.h"

int ia64_nonaccess_debug(ia64_cpu *c, uint64_t va, int need, unsigned code) {
  if ((c->psr & (IA64_PSR_DB | IA64_PSR_DD)) != IA64_PSR_DB || c->uspace) return IA64_OK;
  bool r = (need & VT_PROT_READ) && ia64_dbr_match(c, va, 1, false);
  bool w = (need & VT_PROT_WRITE) && ia64_dbr_match(c, va, 1, true);
  if (!r && !w) return IA64_OK;
  ia64_raise_addr(c, IA64_F_DDEBUG, va);
  c->fault.isr = IA64_ISR_NA | code | ((need & VT_PROT_READ) ? IA64_ISR_R : 0) |
                 ((need & VT_PROT_WRITE) ? IA64_ISR_W : 0);
  return IA64_FAULT;
}

/* lfetch.fault raises the faults of a read of va but touches nothing;
 * PSR.ed = 1 (set by an OS that gave up on the prefetch) suppresses them
 * all (vol. 3 lfetch). */
int ia64_lfetch_fault_check(vtsim_engine *e, ia64_cpu *c, uint64_t va) {
  if (c->uspace || (c->psr & IA64_PSR_ED)) return IA64_OK;
  if (c->psr & IA64_PSR_DT) {
    uint64_t pa;
    int need = VT_PROT_READ | IA64_ACCESS_NA | IA64_ACCESS_RW;
    if (ia64_vm_translate(e, c, va, need, false, &pa, NULL)) {
      c->fault.isr |= IA64_NA_LFETCH;
      return IA64_FAULT;
    }
  } else if ((va << 1) >> (IA64_IMPL_PA_MSB + 2)) {
    /* physical: an unimplemented address faults too (vol. 3 lfetch) */
    ia64_raise_addr(c, IA64_F_UNIMPL_DADDR, va);
    c->fault.isr = IA64_ISR_NA | IA64_ISR_R | IA64_NA_LFETCH;
    return IA64_FAULT;
  }
  return ia64_nonaccess_debug(c, va, VT_PROT_READ, IA64_NA_LFETCH);
}
