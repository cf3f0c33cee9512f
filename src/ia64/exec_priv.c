/* The privileged instructions of the system architecture (Itanium SDM vol.
 * 2 chapter 3-4, vol. 3 instruction pages): the PSR (rsm, ssm, mov psr.l,
 * mov from psr), control registers, region and protection-key registers,
 * banked registers (bsw), rfi, TLB insertion and purges, thash/ttag/tpa/
 * tak and probe. Every one but probe, thash and ttag raises Privileged
 * Operation outside ring 0. */
#include "ia64/debug.h"
#include "ia64/interp.h"
#include "ia64/intr.h"
#include "ia64/pmu.h"
#include "ia64/memattr.h"
#include "ia64/vm.h"

#define H(name) static int h_##name(vtsim_engine *e, ia64_cpu *c, const ia64_xinsn *x)

static int priv(ia64_cpu *c) {
  return ia64_cpl(c) ? ia64_raise(c, IA64_F_PRIVILEGED_OP) : IA64_OK;
}

/* A GR source that must not be NaT (Register NaT Consumption). */
static int src(ia64_cpu *c, unsigned r, uint64_t *v) {
  if (ia64_gr_nat(c, r)) return ia64_raise(c, IA64_F_NAT_CONSUMPTION);
  *v = ia64_gr(c, r);
  return IA64_OK;
}

/* ---- PSR (vol. 2 3.3.2) ------------------------------------------------------------------------ */

/* rsm / ssm imm24 (p0: 1 rsm): reserved bits of the system mask fault. */
H(sm) {
  if (priv(c)) return IA64_FAULT;
  uint64_t imm = (uint64_t)x->in.imm & IA64_PSR_SM_MASK;
  if (imm & ~IA64_PSR_DEFINED) return ia64_raise(c, IA64_F_RESERVED_REG);
  ia64_set_psr(e, c, x->p0 ? c->psr & ~imm : c->psr | imm);
  return IA64_OK;
}

/* mov psr.l = r2: PSR bits 31:0. */
H(mov_to_psr_l) {
  uint64_t v;
  if (priv(c) || src(c, x->in.r2, &v)) return IA64_FAULT;
  v &= 0xffffffffull;
  if (v & ~IA64_PSR_DEFINED) return ia64_raise(c, IA64_F_RESERVED_REG);
  ia64_set_psr(e, c, (c->psr & ~0xffffffffull) | v);
  return IA64_OK;
}

/* mov r1 = psr: bits 36:35 and 31:0, the rest read 0 (vol. 3 mov psr). */
H(mov_from_psr) {
  (void)e;
  if (priv(c)) return IA64_FAULT;
  ia64_gr_set(c, x->in.r1, c->psr & (0xffffffffull | IA64_PSR_MC | IA64_PSR_IT), false);
  return IA64_OK;
}

/* ---- control registers (vol. 2 3.3, Table 3-3) ------------------------------------------------- */

enum { CR_PLAIN, CR_INTR, CR_RO, CR_IVR, CR_EOI, CR_ITM, CR_TPR, CR_PTA, CR_ITV };
typedef struct cr_desc {
  uint8_t kind;
  uint8_t defined;
  uint64_t reserved; /* bits that fault when written 1 */
  uint64_t ignored;  /* bits that read 0 */
} cr_desc;

static cr_desc cr_of(unsigned n) {
  switch (n) {
  case IA64_CR_DCR: return (cr_desc){CR_PLAIN, 1, ~0x7f07ull, 0};
  case IA64_CR_ITM: return (cr_desc){CR_ITM, 1, 0, 0};
  case IA64_CR_IVA: return (cr_desc){CR_PLAIN, 1, 0, 0x7fff};
  case IA64_CR_PTA: return (cr_desc){CR_PTA, 1, 0x7e02, 0};
  case IA64_CR_IPSR: case IA64_CR_ISR: case IA64_CR_IIP: case IA64_CR_IFA: case IA64_CR_ITIR:
  case IA64_CR_IIPA: case IA64_CR_IFS: case IA64_CR_IIM: case IA64_CR_IHA:
    return (cr_desc){CR_INTR, 1, 0, 0};
  case IA64_CR_LID: return (cr_desc){CR_PLAIN, 1, 0, 0xffff};
  case IA64_CR_IVR: return (cr_desc){CR_IVR, 1, 0, 0};
  case IA64_CR_TPR: return (cr_desc){CR_TPR, 1, 0, ~0x100f0ull};
  case IA64_CR_EOI: return (cr_desc){CR_EOI, 1, 0, 0};
  case IA64_CR_IRR0: case IA64_CR_IRR0 + 1: case IA64_CR_IRR0 + 2: case IA64_CR_IRR0 + 3:
    return (cr_desc){CR_RO, 1, 0, 0};
  case IA64_CR_ITV: case IA64_CR_PMV: case IA64_CR_CMCV: case IA64_CR_LRR0: case IA64_CR_LRR1:
    return (cr_desc){n == IA64_CR_ITV ? CR_ITV : CR_PLAIN, 1, 0, ~0x100ffull};
  default: return (cr_desc){0, 0, 0, 0};
  }
}

static void as_switch(vtsim_engine *e, ia64_cpu *c, const char *reg, uint64_t v) {
  if (!vt_event_wanted(e, VTSIM_EV_AS_SWITCH)) return;
  vtsim_event ev = {.kind = VTSIM_EV_AS_SWITCH, .icount = e->icount, .pc = c->ip};
  ev.u.as_switch.root = v;
  ev.u.as_switch.cpl = (uint8_t)ia64_cpl(c);
  ev.u.as_switch.reg = reg;
  vt_event_emit(e, &ev);
}

H(mov_to_cr) {
  uint64_t v;
  unsigned n = x->in.cr;
  cr_desc d = cr_of(n);
  if (!d.defined || d.kind == CR_RO || d.kind == CR_IVR) return ia64_illegal(c);
  if (priv(c) || src(c, x->in.r2, &v)) return IA64_FAULT;
  /* The interruption registers are writable only with collection off. */
  if (d.kind == CR_INTR && (c->psr & IA64_PSR_IC)) return ia64_illegal(c);
  if (v & d.reserved) return ia64_raise(c, IA64_F_RESERVED_REG);
  v &= ~d.ignored;
  switch (d.kind) {
  case CR_EOI:
    ia64_eoi(c);
    return IA64_OK;
  case CR_ITM:
    c->cr[n] = v;
    c->itm_armed = 1;
    c->event_at = 0;
    return IA64_OK;
  case CR_TPR:
  case CR_ITV:
    c->cr[n] = v;
    c->event_at = 0;
    return IA64_OK;
  case CR_PTA:
    if (((v >> 2) & 63) < 15) return ia64_raise(c, IA64_F_RESERVED_REG); /* size 2^15 at least */
    c->cr[n] = v;
    ia64_xlat_changed(e, c);
    as_switch(e, c, "pta", v);
    return IA64_OK;
  default:
    c->cr[n] = v;
    return IA64_OK;
  }
}

H(mov_from_cr) {
  unsigned n = x->in.cr;
  cr_desc d = cr_of(n);
  if (!d.defined) return ia64_illegal(c);
  if (priv(c)) return IA64_FAULT;
  if (d.kind == CR_INTR && (c->psr & IA64_PSR_IC)) return ia64_illegal(c);
  uint64_t v;
  switch (d.kind) {
  case CR_IVR: v = ia64_read_ivr(c); break;
  case CR_EOI: v = 0; break; /* EOI reads 0 */
  case CR_RO: v = c->irr[n - IA64_CR_IRR0]; break;
  default: v = c->cr[n]; break;
  }
  (void)e;
  ia64_gr_set(c, x->in.r1, v, false);
  return IA64_OK;
}

/* ---- banks, rfi (vol. 3 bsw, rfi) -------------------------------------------------------------- */

/* bsw.0 / bsw.1 (p0: the bank) */
H(bsw) {
  (void)e;
  if (priv(c)) return IA64_FAULT;
  ia64_set_bank(c, x->p0);
  return IA64_OK;
}

/* rfi: PSR from IPSR, IP and slot from IIP / IPSR.ri, and the frame in
 * IFS when IFS.v (the cover that the interruption handler did). */
H(rfi) {
  (void)x;
  if (priv(c)) return IA64_FAULT;
  uint64_t ipsr = c->cr[IA64_CR_IPSR], ifs = c->cr[IA64_CR_IFS];
  /* a return to IA-32 (IPSR.is) under PSR.di, or on this model without an
   * IA-32 engine (unconfirmed: whatever PSR.di; see br.ia): vol. 2 3.3.2 */
  if (ipsr & IA64_PSR_IS) return ia64_raise(c, IA64_F_DISABLED_ISA);
  if (ifs >> 63) {
    ia64_cfm f = ia64_cfm_unpack(ifs);
    if (f.sof > 96 || f.sol > f.sof || f.sor > f.sof) return ia64_raise(c, IA64_F_RESERVED_REG);
    if (ia64_rse_uncover(e, c, f)) return IA64_FAULT;
  }
  ia64_set_psr(e, c, (ipsr & IA64_PSR_DEFINED) & ~IA64_PSR_RI);
  c->ip = c->cr[IA64_CR_IIP] & ~15ull;
  c->slot = (uint8_t)((ipsr >> IA64_PSR_RI_SHIFT) & 3);
  if (c->slot == 3) c->slot = 0;
  c->event_at = 0;
  if (c->psr & IA64_PSR_TRAPS) c->no_trap = 1; /* rfi takes no ss or tb trap (vol. 2 9.1) */
  if (c->psr & IA64_PSR_ONCE) c->once_fresh = 1; /* id, da, dd, ia: for the next instruction */
  return IA64_TAKEN;
}

/* ---- region and protection-key registers ------------------------------------------------------- */

H(mov_to_rr) {
  uint64_t a, v;
  if (priv(c) || src(c, x->in.r3, &a) || src(c, x->in.r2, &v)) return IA64_FAULT;
  /* rr: ve 0, rv 1, ps 7:2, rid 31:8, rv 63:32 (vol. 2 Figure 4-?) */
  if ((v & 2) || (v >> 32) || !ia64_page_size_ok(ia64_rr_ps(v)))
    return ia64_raise(c, IA64_F_RESERVED_REG);
  unsigned n = (unsigned)(a >> 61);
  c->rr[n] = v;
  ia64_xlat_changed(e, c);
  static const char *const names[8] = {"rr0", "rr1", "rr2", "rr3", "rr4", "rr5", "rr6", "rr7"};
  as_switch(e, c, names[n], v);
  return IA64_OK;
}

H(mov_from_rr) {
  (void)e;
  uint64_t a;
  if (priv(c) || src(c, x->in.r3, &a)) return IA64_FAULT;
  ia64_gr_set(c, x->in.r1, c->rr[a >> 61], false);
  return IA64_OK;
}

/* p0: 0 pkr, 1 ibr, 2 dbr, 3 pmc, 4 pmd; p1: 1 from */
static uint64_t *indexed_reg(ia64_cpu *c, unsigned kind, uint64_t idx) {
  switch (kind) {
  case 0: return idx < IA64_NPKR ? &c->pkr[idx] : NULL;
  case 1: return idx < 8 ? &c->ibr[idx] : NULL;
  case 2: return idx < 8 ? &c->dbr[idx] : NULL;
  default: return NULL; /* pmc, pmd: pmu.c */
  }
}

H(mov_indexed) {
  if (x->p0 >= 3) return ia64_pmu_mov(e, c, x); /* pmc, pmd */
  uint64_t idx, v = 0;
  if (priv(c) || src(c, x->in.r3, &idx)) return IA64_FAULT;
  if (!x->p1 && src(c, x->in.r2, &v)) return IA64_FAULT;
  uint64_t *r = indexed_reg(c, x->p0, idx);
  if (!r) return ia64_raise(c, IA64_F_RESERVED_REG);
  if (x->p1) {
    ia64_gr_set(c, x->in.r1, *r, false);
  } else {
    if (x->p0 == 0 && ((v >> 32) || (v & 0xf0))) /* pkr: v, wd, rd, xd, key 31:8 */
      return ia64_raise(c, IA64_F_RESERVED_REG);
    *r = v;
    if (x->p0 == 0) ia64_xlat_changed(e, c);
    if (x->p0 == 2) ia64_tlb_flush(c); /* pages under a data breakpoint: mem.c fill_tlb */
  }
  return IA64_OK;
}

/* ---- TLB insertion and purges (vol. 2 4.1.1) --------------------------------------------------- */

/* A present entry with a reserved ma encoding is a Reserved Register/Field
 * fault (vol. 2 4.4, Table 4-10; vol. 3 itc, itr). The fields of a
 * not-present entry are ignored (vol. 2 Table 4-3), its ma too
 * (unconfirmed for the insertion check itself). */
static int check_pte(ia64_cpu *c, uint64_t pte) {
  if ((pte & 1) && !ia64_ma_insertable((unsigned)(pte >> 2) & 7))
    return ia64_raise(c, IA64_F_RESERVED_REG);
  return IA64_OK;
}

static int check_itir(ia64_cpu *c, uint64_t itir) {
  if ((itir & 3) || (itir >> 32) || !ia64_page_size_ok((unsigned)(itir >> 2) & 63))
    return ia64_raise(c, IA64_F_RESERVED_REG);
  return IA64_OK;
}

/* itc.i / itc.d r2 (p0: 1 instruction): IFA and ITIR give the page. */
H(itc) {
  uint64_t pte;
  if (priv(c) || src(c, x->in.r2, &pte)) return IA64_FAULT;
  if (c->psr & IA64_PSR_IC) return ia64_illegal(c);
  uint64_t itir = c->cr[IA64_CR_ITIR], ifa = c->cr[IA64_CR_IFA];
  if (check_itir(c, itir) || check_pte(c, pte)) return IA64_FAULT;
  ia64_tc_insert(c, ia64_make_entry(c, ifa, pte, itir), x->p0);
  ia64_xlat_changed(e, c);
  return IA64_OK;
}

/* itr.i / itr.d itr[r3] = r2 (p0: 1 instruction) */
H(itr) {
  uint64_t slot, pte;
  if (priv(c) || src(c, x->in.r3, &slot) || src(c, x->in.r2, &pte)) return IA64_FAULT;
  if (c->psr & IA64_PSR_IC) return ia64_illegal(c);
  uint64_t itir = c->cr[IA64_CR_ITIR], ifa = c->cr[IA64_CR_IFA];
  if (slot >= IA64_NTR || check_itir(c, itir)) return ia64_raise(c, IA64_F_RESERVED_REG);
  if (check_pte(c, pte)) return IA64_FAULT;
  unsigned ps = (unsigned)(itir >> 2) & 63;
  ia64_tc_purge(c, ifa, ps, x->p0, !x->p0); /* an inserted TR replaces overlapping TCs */
  (x->p0 ? c->itr : c->dtr)[slot] = ia64_make_entry(c, ifa, pte, itir);
  ia64_xlat_changed(e, c);
  return IA64_OK;
}

/* ptc.ga makes the other processors' ALATs drop the entries of the purged
 * range; the local ALAT may do so too (vol. 3 ptc.ga: "optionally
 * invalidated"), which this model does. */
static void alat_purge(ia64_cpu *c, uint64_t va, unsigned ps) {
  uint64_t base = va & ~((UINT64_C(1) << ps) - 1), end = base + (UINT64_C(1) << ps);
  for (unsigned i = 0; i < IA64_ALAT_SIZE; i++) {
    const ia64_alat_entry *a = &c->alat[i];
    if (a->valid && (a->addr >> 61) == (va >> 61) && a->addr + a->size > base && a->addr < end)
      ia64_alat_remove(c, (int)i);
  }
}

/* ptc.l / ptc.g / ptc.ga r3, r2 and ptr.d / ptr.i r3, r2 (p0: 0 ptc, 1 ptr.d, 2 ptr.i;
 * p1: 1 ptc.ga): r2{7:2} is the purge size. With one processor, ptc.g and
 * ptc.ga purge only the local translation caches. */
H(purge) {
  uint64_t va, sz;
  if (priv(c) || src(c, x->in.r3, &va) || src(c, x->in.r2, &sz)) return IA64_FAULT;
  unsigned ps = (unsigned)(sz >> 2) & 63;
  /* vol. 3 ptc.l, ptc.g: an unimplemented purge address faults */
  if (x->p0 == 0 && !ia64_va_implemented(va)) return ia64_raise_addr(c, IA64_F_UNIMPL_DADDR, va);
  if (!ia64_page_size_ok(ps)) return ia64_raise(c, IA64_F_RESERVED_REG);
  if (x->p1) alat_purge(c, va, ps);
  if (x->p0 == 0)
    ia64_tc_purge(c, va, ps, true, true);
  else
    ia64_tr_purge(c, va, ps, x->p0 == 2);
  ia64_xlat_changed(e, c);
  return IA64_OK;
}

/* ptc.e r3: the whole translation cache (PAL_PTCE_INFO gives one iteration). */
H(ptc_e) {
  (void)x;
  uint64_t a;
  if (priv(c) || src(c, x->in.r3, &a)) return IA64_FAULT;
  memset(c->itc, 0, sizeof c->itc);
  memset(c->dtc, 0, sizeof c->dtc);
  ia64_xlat_changed(e, c);
  return IA64_OK;
}

/* ---- thash, ttag, tpa, tak (vol. 3) ------------------------------------------------------------ */

/* p0: 0 thash, 1 ttag */
H(hash) {
  (void)e;
  uint64_t va = ia64_gr(c, x->in.r3);
  if (ia64_gr_nat(c, x->in.r3)) {
    ia64_gr_set(c, x->in.r1, 0, true);
    return IA64_OK;
  }
  ia64_gr_set(c, x->in.r1, x->p0 ? ia64_ttag(c, va) : ia64_thash(c, va), false);
  return IA64_OK;
}

/* tpa r1 = r3: the physical address of a data translation, whatever
 * PSR.dt; TLB faults are non-access (ISR.na, code 0). */
H(tpa) {
  uint64_t va, pa;
  if (priv(c) || src(c, x->in.r3, &va)) return IA64_FAULT;
  if (ia64_vm_translate(e, c, va, IA64_ACCESS_NA, false, &pa, NULL)) return IA64_FAULT;
  ia64_gr_set(c, x->in.r1, pa, false);
  return IA64_OK;
}

/* tak r1 = r3: the protection key of a data translation, 1 when none. */
H(tak) {
  (void)e;
  uint64_t va;
  if (priv(c) || src(c, x->in.r3, &va)) return IA64_FAULT;
  const ia64_tr *t = ia64_tlb_lookup(c, va, false);
  ia64_gr_set(c, x->in.r1, t && (t->pte & 1) ? t->key : 1, false);
  return IA64_OK;
}

/* probe.r / probe.w (p0: 1 read, 2 write, 3 rw; p1: 1 immediate PL, 2 .fault
 * form): can the page be accessed at max(cpl, pl)? */
H(probe) {
  uint64_t va, pl;
  if (src(c, x->in.r3, &va)) return IA64_FAULT;
  if (x->p1) {
    pl = (uint64_t)x->in.imm & 3;
  } else if (src(c, x->in.r2, &pl)) {
    return IA64_FAULT;
  }
  pl &= 3;
  if (pl < ia64_cpl(c)) pl = ia64_cpl(c);
  int need = x->p0 == 1 ? VT_PROT_READ : x->p0 == 2 ? VT_PROT_WRITE
                                                    : VT_PROT_READ | VT_PROT_WRITE;
  bool ok = false;
  if (!(c->psr & IA64_PSR_DT)) {
    if (x->p1 == 2) return ia64_raise(c, IA64_F_ILLEGAL_OP); /* needs translation on */
    ok = true;
  } else {
    uint64_t saved = c->psr, pa;
    c->psr = (c->psr & ~IA64_PSR_CPL) | pl << IA64_PSR_CPL_SHIFT; /* evaluate at pl */
    int r = ia64_vm_translate(e, c, va, need | IA64_ACCESS_NA, x->p1 != 2, &pa, NULL);
    c->psr = saved;
    if (r && x->p1 == 2) {
      c->fault.isr |= IA64_NA_PROBE_FAULT;
      return IA64_FAULT;
    }
    /* a data breakpoint on the probed address (at the current ring) */
    if (!r && x->p1 == 2 && ia64_nonaccess_debug(c, va, need, IA64_NA_PROBE_FAULT))
      return IA64_FAULT;
    ok = r == IA64_OK;
  }
  if (x->p1 != 2) ia64_gr_set(c, x->in.r1, ok, false);
  return IA64_OK;
}

typedef struct priv_row {
  uint16_t op;
  ia64_handler fn;
  uint8_t p0, p1;
} priv_row;

#define P(op, fn, a, b) {IA64_OP_##op, h_##fn, a, b}
static const priv_row priv_rows[] = {
    P(ssm, sm, 0, 0), P(rsm, sm, 1, 0), P(mov_to_psr_l, mov_to_psr_l, 0, 0),
    P(mov_from_psr, mov_from_psr, 0, 0), P(mov_to_cr, mov_to_cr, 0, 0),
    P(mov_from_cr, mov_from_cr, 0, 0), P(bsw_0, bsw, 0, 0), P(bsw_1, bsw, 1, 0),
    P(rfi, rfi, 0, 0), P(mov_to_rr, mov_to_rr, 0, 0), P(mov_from_rr, mov_from_rr, 0, 0),
    P(mov_to_pkr, mov_indexed, 0, 0), P(mov_from_pkr, mov_indexed, 0, 1),
    P(mov_to_ibr, mov_indexed, 1, 0), P(mov_from_ibr, mov_indexed, 1, 1),
    P(mov_to_dbr, mov_indexed, 2, 0), P(mov_from_dbr, mov_indexed, 2, 1),
    P(mov_to_pmc, mov_indexed, 3, 0), P(mov_from_pmc, mov_indexed, 3, 1),
    P(mov_to_pmd, mov_indexed, 4, 0), P(mov_from_pmd, mov_indexed, 4, 1),
    P(itc_d, itc, 0, 0), P(itc_i, itc, 1, 0), P(itr_d, itr, 0, 0), P(itr_i, itr, 1, 0),
    P(ptc_l, purge, 0, 0), P(ptc_g, purge, 0, 0), P(ptc_ga, purge, 0, 1),
    P(ptr_d, purge, 1, 0), P(ptr_i, purge, 2, 0), P(ptc_e, ptc_e, 0, 0),
    P(thash, hash, 0, 0), P(ttag, hash, 1, 0), P(tpa, tpa, 0, 0), P(tak, tak, 0, 0),
    P(probe_r, probe, 1, 0), P(probe_w, probe, 2, 0), P(probe_r_imm, probe, 1, 1),
    P(probe_w_imm, probe, 2, 1), P(probe_r_fault, probe, 1, 2), P(probe_w_fault, probe, 2, 2),
    P(probe_rw_fault, probe, 3, 2),
};
#undef P

bool ia64_bind_priv(ia64_xinsn *x) {
  for (size_t i = 0; i < sizeof priv_rows / sizeof priv_rows[0]; i++) {
    if (priv_rows[i].op != x->in.op) continue;
    x->fn = priv_rows[i].fn;
    x->p0 = priv_rows[i].p0;
    x->p1 = priv_rows[i].p1;
    return true;
  }
  return false;
}
