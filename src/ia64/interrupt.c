/* Interruptions in system mode (Itanium SDM vol. 2 chapter 5): the vector
 * of each fault, IVA-based delivery with the interruption resources, rfi,
 * register bank switching, and external interrupts (IRR, IVR, TPR, EOI,
 * the interval timer). */
#include "ia64/intr.h"

#include "ia64/interp.h"
#include "ia64/pmu.h"
#include "ia64/vm.h"

/* What each fault delivers (vol. 2 Table 5-6, chapter 8). code: ISR.code;
 * res: the resources written besides ISR when PSR.ic = 1. */
enum { R_IFA = 1, R_ITIR = 2, R_IHA = 4, R_IIM = 8 };
static const ia64_vector_desc vectors[IA64_F_COUNT_] = {
    [IA64_F_NONE] = {"none", 0, 0, 0, 0},
    [IA64_F_ILLEGAL_OP] = {"General Exception", 0x5400, 0x00, 0, 4},
    [IA64_F_UNIMPLEMENTED] = {"General Exception", 0x5400, 0x00, 0, 4},
    [IA64_F_BREAK] = {"Break Instruction", 0x2c00, 0, R_IIM, 5},
    [IA64_F_PRIVILEGED_OP] = {"General Exception", 0x5400, 0x10, 0, 4},
    [IA64_F_PRIVILEGED_REG] = {"General Exception", 0x5400, 0x20, 0, 4},
    [IA64_F_RESERVED_REG] = {"General Exception", 0x5400, 0x30, 0, 4},
    [IA64_F_NAT_CONSUMPTION] = {"NaT Consumption", 0x5600, 0x10, 0, 4},
    /* ISR.code{7:4} = 2: NaT Page Consumption (vol. 2 8.2 NaT Consumption vector) */
    [IA64_F_NAT_PAGE] = {"NaT Consumption", 0x5600, 0x20, R_IFA, 11},
    [IA64_F_DATA_ACCESS] = {"Data Access Rights", 0x5300, 0, R_IFA | R_ITIR, 11},
    [IA64_F_INST_ACCESS] = {"Instruction Access Rights", 0x5200, 0, R_IFA | R_ITIR, 11},
    [IA64_F_UNALIGNED] = {"Unaligned Reference", 0x5a00, 0, R_IFA, 7},
    [IA64_F_FP] = {"Floating-point Fault", 0x5c00, 0, 0, 8},
    [IA64_F_VHPT_I] = {"VHPT Translation", 0x0000, 0, R_IFA | R_ITIR | R_IHA, 11},
    [IA64_F_VHPT_D] = {"VHPT Translation", 0x0000, 0, R_IFA | R_ITIR | R_IHA, 11},
    [IA64_F_ITLB] = {"Instruction TLB", 0x0400, 0, R_IFA | R_ITIR | R_IHA, 11},
    [IA64_F_DTLB] = {"Data TLB", 0x0800, 0, R_IFA | R_ITIR | R_IHA, 11},
    [IA64_F_ALT_ITLB] = {"Alternate Instruction TLB", 0x0c00, 0, R_IFA | R_ITIR, 11},
    [IA64_F_ALT_DTLB] = {"Alternate Data TLB", 0x1000, 0, R_IFA | R_ITIR, 11},
    [IA64_F_IKEY_MISS] = {"Instruction Key Miss", 0x1800, 0, R_IFA | R_ITIR, 11},
    [IA64_F_DKEY_MISS] = {"Data Key Miss", 0x1c00, 0, R_IFA | R_ITIR, 11},
    [IA64_F_DIRTY] = {"Dirty-Bit", 0x2000, 0, R_IFA | R_ITIR, 11},
    [IA64_F_IACCESS_BIT] = {"Instruction Access-Bit", 0x2400, 0, R_IFA | R_ITIR, 11},
    [IA64_F_DACCESS_BIT] = {"Data Access-Bit", 0x2800, 0, R_IFA | R_ITIR, 11},
    [IA64_F_PAGE_NOT_PRESENT] = {"Page Not Present", 0x5000, 0, R_IFA | R_ITIR, 11},
    [IA64_F_IKEY_PERM] = {"Key Permission", 0x5100, 0, R_IFA | R_ITIR, 11},
    [IA64_F_DKEY_PERM] = {"Key Permission", 0x5100, 0, R_IFA | R_ITIR, 11},
    [IA64_F_UNIMPL_DADDR] = {"General Exception", 0x5400, 0x30, R_IFA, 11},
    [IA64_F_DISABLED_FP] = {"Disabled FP-Register", 0x5500, 0, 0, 4},
    [IA64_F_IDEBUG] = {"Debug", 0x5900, 0, R_IFA, 5},
    [IA64_F_DDEBUG] = {"Debug", 0x5900, 0, R_IFA, 5},
    [IA64_F_LP_TRAP] = {"Lower-Privilege Transfer", 0x5e00, 0, 0, 5},
    [IA64_F_TB_TRAP] = {"Taken Branch", 0x5f00, 0, 0, 5},
    [IA64_F_SS_TRAP] = {"Single Step", 0x6000, 0, 0, 5},
    [IA64_F_EXTERNAL] = {"External Interrupt", 0x3000, 0, 0, 0},
    [IA64_F_FP_TRAP] = {"Floating-point Trap", 0x5d00, 0, 0, 8},
    /* ISR.code{7:4} = 4 (vol. 2 8.2 General Exception vector) */
    [IA64_F_DISABLED_ISA] = {"General Exception", 0x5400, 0x40, 0, 4},
    /* IFA the address, ISR.code 0 (vol. 2 8.2 Lower-Privilege Transfer vector) */
    [IA64_F_UNIMPL_IADDR] = {"Lower-Privilege Transfer", 0x5e00, 0, R_IFA, 4},
    /* ISR.code{3:0} the check type, IIM the imm21 (vol. 2 8.2 Speculation vector) */
    [IA64_F_SPEC_OP] = {"Speculation", 0x5700, 0, R_IIM, 4},
    /* vol. 2 8.2 vector 0x5b00: IFA the data address, ISR.r/w, code 0 */
    [IA64_F_UNSUPPORTED_DATA] = {"Unsupported Data Reference", 0x5b00, 0, R_IFA, 4},
};

const ia64_vector_desc *ia64_vector_of(unsigned kind) { return &vectors[kind]; }

/* ---- register banks (vol. 2 3.3.1: PSR.bn selects the bank of r16-r31) ---------------------- */

void ia64_set_bank(ia64_cpu *c, bool bn) {
  if (bn == !!(c->psr & IA64_PSR_BN)) return;
  for (unsigned i = 0; i < 16; i++) {
    uint64_t v = c->gr[16 + i];
    uint8_t n = c->nat[16 + i];
    c->gr[16 + i] = c->bank[i];
    c->nat[16 + i] = c->bank_nat[i];
    c->bank[i] = v;
    c->bank_nat[i] = n;
  }
  c->psr ^= IA64_PSR_BN;
}

/* PSR changes that alter what a cached translation allows flush the
 * software TLBs and the decode cache (they were filled under the old PSR). */
void ia64_set_psr(vtsim_engine *e, ia64_cpu *c, uint64_t psr) {
  const uint64_t xlat = IA64_PSR_DT | IA64_PSR_IT | IA64_PSR_RT | IA64_PSR_PK | IA64_PSR_CPL;
  ia64_set_bank(c, psr & IA64_PSR_BN);
  uint64_t old = c->psr;
  bool pmu = (old ^ psr) & IA64_PSR_PMU; /* up, pp, cpl start or stop counters */
  if (pmu) ia64_pmu_sync(c, e->icount);
  c->psr = psr;
  if (pmu) ia64_pmu_update(c);
  if ((old ^ psr) & xlat) ia64_xlat_changed(e, c);
  else if ((old ^ psr) & (IA64_PSR_SLOWMEM | IA64_PSR_DB)) ia64_tlb_flush(c); /* mem.c fill_tlb */
  /* dfl/dfh are applied when instructions are bound (interp.c) */
  if ((old ^ psr) & (IA64_PSR_DFL | IA64_PSR_DFH)) ia64_icache_flush(&e->mem, c);
  if (psr & IA64_PSR_ATTN) c->attn = 1;
  /* a trap bit applies from the next instruction on (not to ssm or rfi itself) */
  if (psr & ~old & (IA64_PSR_SS | IA64_PSR_TB)) c->no_trap = 1;
  if ((psr & IA64_PSR_I) && !(old & IA64_PSR_I)) c->event_at = 0;
}

void ia64_xlat_changed(vtsim_engine *e, ia64_cpu *c) {
  ia64_tlb_flush(c);
  ia64_icache_flush(&e->mem, c);
}

/* ---- delivery (vol. 2 5.5 "IVA-based Interruption Handling") ----------------------------------- */

static void trace_interruption(vtsim_engine *e, ia64_cpu *c, const char *name, uint32_t off,
                               uint64_t isr, unsigned cpl_before, bool has_ifa, uint64_t ifa) {
  vtsim_event ev = {.kind = VTSIM_EV_INTERRUPTION, .icount = e->icount, .pc = c->ip};
  ev.u.interruption.name = name;
  ev.u.interruption.offset = off;
  ev.u.interruption.isr = isr;
  ev.u.interruption.slot = c->slot;
  ev.u.interruption.has_ifa = has_ifa;
  ev.u.interruption.ifa = ifa;
  ev.u.interruption.cpl_before = (uint8_t)cpl_before;
  ev.u.interruption.cpl_after = 0;
  vt_event_emit(e, &ev);
}

void ia64_deliver(vtsim_engine *e, ia64_cpu *c) {
  unsigned kind = c->fault.kind;
  const ia64_vector_desc *d = &vectors[kind];
  bool ic = c->psr & IA64_PSR_IC;
  const char *name = d->name;
  uint32_t off = d->offset;
  /* Data TLB misses with collection off go to the Data Nested TLB vector. */
  if (!ic && (kind == IA64_F_DTLB || kind == IA64_F_ALT_DTLB || kind == IA64_F_VHPT_D)) {
    name = "Data Nested TLB";
    off = 0x1400;
  }
  unsigned ei = c->fault.trap ? c->fault.ei : c->slot;
  uint64_t isr = c->fault.isr | d->code | (uint64_t)ei << IA64_ISR_EI_SHIFT;
  if (!ic) isr |= IA64_ISR_NI;
  if (kind == IA64_F_EXTERNAL) isr = (uint64_t)c->slot << IA64_ISR_EI_SHIFT | (ic ? 0 : IA64_ISR_NI);
  unsigned cpl_before = ia64_cpl(c);
  c->cr[IA64_CR_ISR] = isr;
  if (ic) {
    c->cr[IA64_CR_IPSR] = (c->psr & ~IA64_PSR_RI) | (uint64_t)c->slot << IA64_PSR_RI_SHIFT;
    c->cr[IA64_CR_IIP] = c->ip;
    c->cr[IA64_CR_IFS] &= ~(1ull << 63);
    c->cr[IA64_CR_IIPA] = kind == IA64_F_EXTERNAL ? c->last_ip
                          : c->fault.trap           ? c->fault.iipa
                                                    : c->ip;
    uint64_t va = c->fault.addr;
    if (d->res & R_IFA) c->cr[IA64_CR_IFA] = va;
    if (d->res & R_ITIR) c->cr[IA64_CR_ITIR] = c->rr[va >> 61] & 0xfffffffcull;
    if (d->res & R_IHA) c->cr[IA64_CR_IHA] = ia64_thash(c, va);
    if (d->res & R_IIM) c->cr[IA64_CR_IIM] = c->fault.imm;
  }
  /* The new PSR: up, mfl, mfh, pk, dt, rt, mc, it kept; be and pp from
   * DCR; everything else (ic, i, bn, cpl, ri...) 0 (vol. 2 Table 3-2). */
  const uint64_t kept = IA64_PSR_UP | IA64_PSR_MFL | IA64_PSR_MFH | IA64_PSR_PK | IA64_PSR_DT |
                        IA64_PSR_RT | IA64_PSR_MC | IA64_PSR_IT;
  uint64_t dcr = c->cr[IA64_CR_DCR];
  uint64_t psr = (c->psr & kept) | ((dcr & 2) ? IA64_PSR_BE : 0) | ((dcr & 1) ? IA64_PSR_PP : 0);
  if (kind == IA64_F_EXTERNAL)
    e->counts.interrupts++;
  else
    e->counts.exceptions++;
  if (vt_event_wanted(e, VTSIM_EV_INTERRUPTION))
    trace_interruption(e, c, name, off, isr, cpl_before, (d->res & R_IFA) && ic, c->fault.addr);
  ia64_set_psr(e, c, psr);
  c->ip = (c->cr[IA64_CR_IVA] & ~0x7fffull) + off;
  c->slot = 0;
  c->fault = (ia64_fault){0};
}

/* ---- external interrupts (vol. 2 5.8) -------------------------------------------------------- */

static int highest(const uint64_t bits[4]) {
  for (int w = 3; w >= 0; w--)
    if (bits[w]) return w * 64 + 63 - __builtin_clzll(bits[w]);
  return -1;
}

/* The highest pending vector TPR and the in-service vectors let through, or -1. */
int ia64_pending_vector(const ia64_cpu *c) {
  int v = highest(c->irr);
  if (v < 0) return -1;
  uint64_t tpr = c->cr[IA64_CR_TPR];
  if (v != 2) { /* NMI ignores TPR */
    if (tpr & (1ull << 16)) return -1;               /* mmi */
    if (v >= 16 && (unsigned)(v >> 4) <= ((tpr >> 4) & 15)) return -1; /* mic */
  }
  int s = highest(c->isv);
  if (s >= 0 && (v >> 4) <= (s >> 4)) return -1;
  return v;
}

void ia64_pend(ia64_cpu *c, unsigned vector) {
  c->irr[vector / 64] |= 1ull << (vector % 64);
  c->event_at = 0;
}

uint64_t ia64_read_ivr(ia64_cpu *c) {
  int v = ia64_pending_vector(c);
  if (v < 0) return 15; /* spurious */
  c->irr[v / 64] &= ~(1ull << (v % 64));
  c->isv[v / 64] |= 1ull << (v % 64);
  return (uint64_t)v;
}

void ia64_eoi(ia64_cpu *c) {
  int s = highest(c->isv);
  if (s >= 0) c->isv[s / 64] &= ~(1ull << (s % 64));
  c->event_at = 0;
}

uint64_t ia64_itc(const vtsim_engine *e, const ia64_cpu *c) { return c->ar[IA64_AR_ITC] + e->icount; }

/* Called when e->icount reaches c->event_at: the interval timer, then an
 * unmasked pending interrupt. Returns true when one was delivered. */
bool ia64_check_events(vtsim_engine *e, ia64_cpu *c) {
  c->event_at = UINT64_MAX;
  if (c->itm_armed) {
    uint64_t itc = ia64_itc(e, c), itm = c->cr[IA64_CR_ITM];
    if ((int64_t)(itc - itm) >= 0) {
      c->itm_armed = 0;
      uint64_t itv = c->cr[IA64_CR_ITV];
      if (!(itv & (1ull << 16))) ia64_pend(c, (unsigned)itv & 0xff);
      c->event_at = UINT64_MAX;
    } else {
      c->event_at = e->icount + (itm - itc);
    }
  }
  uint64_t pmu_due = ia64_pmu_check(c, e->icount); /* counter overflows */
  if (pmu_due < c->event_at) c->event_at = pmu_due;
  if ((c->psr & IA64_PSR_I) && ia64_pending_vector(c) >= 0) {
    c->fault = (ia64_fault){.kind = IA64_F_EXTERNAL};
    ia64_deliver(e, c);
    return true;
  }
  return false;
}
