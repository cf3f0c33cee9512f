/* Virtual memory in system mode (Itanium SDM vol. 2 chapter 4): region
 * registers, the translation registers and caches, the VHPT walker in both
 * formats, protection keys and access rights. Used only on the software-TLB
 * miss path (mem.c) and by the TLB instructions (exec_priv.c). */
#include "ia64/vm.h"

#include "ia64/interp.h"
#include "ia64/memattr.h"

static uint64_t mask_of(unsigned ps) { return (UINT64_C(1) << ps) - 1; }

bool ia64_page_size_ok(unsigned ps) { return ps < 64 && (IA64_PAGE_SIZES >> ps & 1); }

bool ia64_va_implemented(uint64_t va) {
  /* bits 60:IMPL_VA_MSB+1 must copy bit IMPL_VA_MSB (vol. 2 4.1.8). */
  int64_t low = (int64_t)(va << 3) >> (3 + IA64_IMPL_VA_MSB);
  return low == 0 || low == -1;
}

bool ia64_ip_implemented(const ia64_cpu *c, uint64_t ip) {
  if (c->psr & IA64_PSR_IT) return ia64_va_implemented(ip);
  /* physical: bits 62:IMPL_PA_MSB+1 are 0, bit 63 is the uc attribute (vol. 2 4.4.5) */
  return ((ip << 1) >> (IA64_IMPL_PA_MSB + 2)) == 0;
}

unsigned ia64_rr_ps(uint64_t rr) { return (unsigned)(rr >> 2) & 63; }
uint32_t ia64_rr_rid(uint64_t rr) { return (uint32_t)(rr >> 8) & 0xffffff; }

/* thash (vol. 2 4.1.7): short format hashes the VPN into a linear table of
 * 8-byte entries; long format hashes VPN and RID into 32-byte entries. The
 * hash function of the long format is implementation-specific: this model
 * uses (vpn ^ rid) * 32, documented in docs/platform.md. */
uint64_t ia64_thash(const ia64_cpu *c, uint64_t va) {
  uint64_t pta = c->cr[IA64_CR_PTA], rr = c->rr[va >> 61];
  unsigned size = (unsigned)(pta >> 2) & 63, ps = ia64_rr_ps(rr);
  uint64_t tmask = mask_of(size);
  uint64_t vpn = (va & mask_of(61)) >> ps, off;
  if (pta & IA64_PTA_VF)
    off = ((vpn ^ ia64_rr_rid(rr)) << 5) & tmask;
  else
    off = (vpn << 3) & tmask;
  uint64_t base = pta & ~mask_of(15) & mask_of(61) & ~tmask;
  return (va & ~mask_of(61)) | base | off;
}

/* ttag (vol. 2 4.1.7): the long-format tag, implementation-specific; this
 * model's is the VPN xor the RID shifted to bit 39, with ti (bit 63) 0. */
uint64_t ia64_ttag(const ia64_cpu *c, uint64_t va) {
  uint64_t rr = c->rr[va >> 61];
  uint64_t vpn = (va & mask_of(61)) >> ia64_rr_ps(rr);
  return (vpn ^ ((uint64_t)ia64_rr_rid(rr) << 39)) & mask_of(63);
}

static bool tr_match(const ia64_tr *t, uint32_t rid, uint64_t va) {
  return t->valid && t->rid == rid && ((va & mask_of(61)) & ~mask_of(t->ps)) == t->vpn;
}

/* Entries overlapping [va, va + 2^ps) in region rid. */
static bool tr_overlaps(const ia64_tr *t, uint32_t rid, uint64_t va, unsigned ps) {
  if (!t->valid || t->rid != rid) return false;
  uint64_t a = (va & mask_of(61)) & ~mask_of(ps), b = a + (UINT64_C(1) << ps);
  uint64_t ta = t->vpn, tb = ta + (UINT64_C(1) << t->ps);
  return a < tb && ta < b;
}

const ia64_tr *ia64_tlb_lookup(const ia64_cpu *c, uint64_t va, bool insn) {
  uint32_t rid = ia64_rr_rid(c->rr[va >> 61]);
  const ia64_tr *tr = insn ? c->itr : c->dtr, *tc = insn ? c->itc : c->dtc;
  for (unsigned i = 0; i < IA64_NTR; i++)
    if (tr_match(&tr[i], rid, va)) return &tr[i];
  for (unsigned i = 0; i < IA64_NTC; i++)
    if (tr_match(&tc[i], rid, va)) return &tc[i];
  return NULL;
}

ia64_tr ia64_make_entry(const ia64_cpu *c, uint64_t va, uint64_t pte, uint64_t itir) {
  unsigned ps = (unsigned)(itir >> 2) & 63;
  ia64_tr t = {.vpn = (va & mask_of(61)) & ~mask_of(ps),
               .pte = pte,
               .rid = ia64_rr_rid(c->rr[va >> 61]),
               .key = (uint32_t)(itir >> 8) & 0xffffff,
               .ps = (uint8_t)ps,
               .valid = 1};
  return t;
}

void ia64_tc_purge(ia64_cpu *c, uint64_t va, unsigned ps, bool insn, bool data) {
  uint32_t rid = ia64_rr_rid(c->rr[va >> 61]);
  for (unsigned i = 0; i < IA64_NTC; i++) {
    if (insn && tr_overlaps(&c->itc[i], rid, va, ps)) c->itc[i].valid = 0;
    if (data && tr_overlaps(&c->dtc[i], rid, va, ps)) c->dtc[i].valid = 0;
  }
}

void ia64_tr_purge(ia64_cpu *c, uint64_t va, unsigned ps, bool insn) {
  uint32_t rid = ia64_rr_rid(c->rr[va >> 61]);
  ia64_tr *tr = insn ? c->itr : c->dtr;
  for (unsigned i = 0; i < IA64_NTR; i++)
    if (tr_overlaps(&tr[i], rid, va, ps)) tr[i].valid = 0;
  ia64_tc_purge(c, va, ps, insn, !insn);
}

void ia64_tc_insert(ia64_cpu *c, ia64_tr t, bool insn) {
  uint64_t va = t.vpn; /* same region: the RID check uses t.rid */
  ia64_tr *tc = insn ? c->itc : c->dtc;
  for (unsigned i = 0; i < IA64_NTC; i++)
    if (tc[i].valid && tc[i].rid == t.rid && tr_overlaps(&tc[i], t.rid, va, t.ps)) tc[i].valid = 0;
  unsigned *next = insn ? &c->itc_next : &c->dtc_next;
  unsigned at = IA64_NTC;
  for (unsigned i = 0; i < IA64_NTC && at == IA64_NTC; i++)
    if (!tc[i].valid) at = i;
  if (at == IA64_NTC) at = (*next)++ % IA64_NTC;
  tc[at] = t;
}

/* Rights of a page (vol. 2 Table 4-3) for an access at cpl: VT_PROT_* bits.
 * An execute/promote page (ar 7) is executable from every ring: the gate
 * that epc promotes on. */
int ia64_page_rights(unsigned ar, unsigned pl, unsigned cpl) {
  enum { R = VT_PROT_READ, W = VT_PROT_WRITE, X = VT_PROT_EXEC };
  static const int same[8] = {R, R | X, R | W, R | W | X, R, R | X, R | W | X, X};
  static const int more[8] = {R, R | X, R | W, R | W | X, R | W, R | W | X, R | W, R | X};
  if (cpl > pl) return ar == 7 ? X : 0;
  return cpl == pl ? same[ar] : more[ar];
}

/* The VHPT walker (vol. 2 4.1.5): the entry at thash(va), itself reached
 * through the TLB (a miss there is a VHPT Translation fault). 1 when it
 * inserted a translation, 0 when the walk found none, -1 on the VHPT fault. */
static int vhpt_walk(vtsim_engine *e, ia64_cpu *c, uint64_t va, bool insn) {
  uint64_t iha = ia64_thash(c, va);
  const ia64_tr *w = ia64_tlb_lookup(c, iha, false);
  if (!w || !(w->pte & 1)) return -1;
  uint64_t pa = ((w->pte & IA64_PTE_PPN) & ~mask_of(w->ps)) | (iha & mask_of(w->ps));
  uint64_t words[4] = {0};
  unsigned n = (c->cr[IA64_CR_PTA] & IA64_PTA_VF) ? 4 : 1;
  for (unsigned i = 0; i < n; i++)
    if (vt_mem_read_bus(&e->mem, pa + 8 * i, (uint8_t *)&words[i], 8)) return 0;
  uint64_t rr = c->rr[va >> 61], itir;
  if (n == 4) {
    if ((words[2] >> 63) || words[2] != ia64_ttag(c, va)) return 0;
    itir = words[1];
  } else {
    itir = rr & 0xfc; /* ps from the region register, key = 0 */
    itir |= (uint64_t)ia64_rr_rid(rr) << 8;
  }
  /* An entry with a reserved encoding (a present entry's ma, the page size)
   * is not inserted: TLB Miss. One marked not present is inserted too; the
   * reference then takes Page Not Present (vol. 2 4.1.5). */
  if (!ia64_page_size_ok((unsigned)(itir >> 2) & 63)) return 0;
  if ((words[0] & 1) && !ia64_ma_insertable((unsigned)(words[0] >> 2) & 7)) return 0;
  ia64_tc_insert(c, ia64_make_entry(c, va, words[0], itir), insn);
  return 1;
}

int ia64_vm_translate(vtsim_engine *e, ia64_cpu *c, uint64_t va, int need, bool probe,
                      uint64_t *pa, unsigned *ps_out) {
  bool insn = need == VT_PROT_EXEC, access = !(need & IA64_ACCESS_NA);
  /* a semaphore needs read and write: ISR.r and ISR.w (vol. 3 cmpxchg) */
  uint64_t isr = need == VT_PROT_EXEC ? IA64_ISR_X
                 : need & VT_PROT_WRITE ? IA64_ISR_W | (need & VT_PROT_READ ? IA64_ISR_R : 0)
                                        : IA64_ISR_R;
  if (need & IA64_ACCESS_NA) isr = IA64_ISR_NA | (need & IA64_ACCESS_RW ? IA64_ISR_R : 0);
  need &= VT_PROT_READ | VT_PROT_WRITE | VT_PROT_EXEC;
#define FAULT(kind)                                                                                \
  do {                                                                                             \
    if (probe) return IA64_FAULT;                                                                  \
    ia64_raise_addr(c, kind, va);                                                                  \
    c->fault.isr |= isr;                                                                           \
    return IA64_FAULT;                                                                             \
  } while (0)
  if (!ia64_va_implemented(va)) {
    if (insn) FAULT(IA64_F_INST_ACCESS); /* reported as an access fault on fetch */
    FAULT(IA64_F_UNIMPL_DADDR);
  }
  const ia64_tr *t = ia64_tlb_lookup(c, va, insn);
  if (!t) {
    uint64_t rr = c->rr[va >> 61];
    if (!((rr & 1) && (c->cr[IA64_CR_PTA] & 1))) FAULT(insn ? IA64_F_ALT_ITLB : IA64_F_ALT_DTLB);
    int w = vhpt_walk(e, c, va, insn);
    if (w < 0) FAULT(insn ? IA64_F_VHPT_I : IA64_F_VHPT_D);
    if (w == 0) FAULT(insn ? IA64_F_ITLB : IA64_F_DTLB);
    t = ia64_tlb_lookup(c, va, insn);
  }
  uint64_t pte = t->pte;
  if (!(pte & 1)) FAULT(IA64_F_PAGE_NOT_PRESENT);
  /* ma NaTPage: every fetch and non-speculative access faults, next after
   * Page Not Present (vol. 2 4.4.4, Table 5-5); ld.s defers it (mem.c). */
  if (need && access && ((pte >> 2) & 7) == IA64_MA_NATPAGE) FAULT(IA64_F_NAT_PAGE);
  if (c->psr & IA64_PSR_PK) {
    int k = -1;
    for (unsigned i = 0; i < IA64_NPKR && k < 0; i++)
      if ((c->pkr[i] & 1) && ((c->pkr[i] >> 8) & 0xffffff) == t->key) k = (int)i;
    if (k < 0) FAULT(insn ? IA64_F_IKEY_MISS : IA64_F_DKEY_MISS);
    /* pkr: v 0, wd 1, rd 2, xd 3 (vol. 2 Figure 4-?) */
    uint64_t p = c->pkr[k];
    if (((need & VT_PROT_EXEC) && (p & 8)) || ((need & VT_PROT_READ) && (p & 4)) ||
        ((need & VT_PROT_WRITE) && (p & 2)))
      FAULT(insn ? IA64_F_IKEY_PERM : IA64_F_DKEY_PERM);
  }
  unsigned ar = (unsigned)(pte >> 9) & 7, pl = (unsigned)(pte >> 7) & 3;
  if (need && (ia64_page_rights(ar, pl, ia64_cpl(c)) & need) != need)
    FAULT(insn ? IA64_F_INST_ACCESS : IA64_F_DATA_ACCESS);
  /* PSR.ia / PSR.da hide these faults for one instruction (vol. 2 Table 3-2) */
  bool hide = c->psr & (insn ? IA64_PSR_IA : IA64_PSR_DA);
  /* The walker inserts the entry as the VHPT holds it: with A = 0 the
   * reference then raises the Access-Bit fault; the processor never sets A
   * or D itself (vol. 2 Table 4-3) */
  if (need && !(pte & IA64_PTE_A) && !hide)
    FAULT(insn ? IA64_F_IACCESS_BIT : IA64_F_DACCESS_BIT);
  if ((need & VT_PROT_WRITE) && !(pte & IA64_PTE_D) && !hide) FAULT(IA64_F_DIRTY);
#undef FAULT
  *pa = ((pte & IA64_PTE_PPN) & ~mask_of(t->ps)) | (va & mask_of(t->ps));
  if (ps_out) *ps_out = t->ps;
  return IA64_OK;
}
