/* Loads, stores, semaphores, speculation and the ALAT, getf/setf and the FP
 * loads and stores (Itanium SDM vol. 1 4.4, vol. 3 ld, st, ldf, stf,
 * cmpxchg, xchg, fetchadd, chk, invala, lfetch). Unaligned ordinary
 * accesses complete (Linux fixes them up for a process); semaphores and
 * spill/fill must be naturally aligned (Unaligned Data Reference fault). */
#include "ia64/debug.h"
#include "ia64/interp.h"
#include "ia64/memattr.h"
#include "ia64/vm.h"

#define H(name) static int h_##name(vtsim_engine *e, ia64_cpu *c, const ia64_xinsn *x)

/* Load/store kinds: the x6 field's upper bits (vol. 3 Table 4-30 to 4-33). */
enum { K_NORMAL = 0, K_S = 1, K_A = 2, K_SA = 3, K_BIAS = 4, K_ACQ = 5, K_FILL = 6,
       K_C_CLR = 8, K_C_NC = 9, K_C_CLR_ACQ = 10 };
/* Base update forms (p2). */
enum { UPD_NONE, UPD_REG, UPD_IMM };

static inline unsigned gr_tag(const ia64_cpu *c, unsigned r) { return c->gmap[r]; }
static inline unsigned fr_tag(const ia64_cpu *c, unsigned f) { return 256u + c->fmap[f]; }

/* r3 += r2 or imm after the access (vol. 3 ld: "base update"). */
static void base_update(ia64_cpu *c, const ia64_xinsn *x, unsigned form) {
  unsigned r3 = x->in.r3;
  if (form == UPD_REG)
    ia64_gr_set(c, r3, ia64_gr(c, r3) + ia64_gr(c, x->in.r2),
                ia64_gr_nat(c, r3) || ia64_gr_nat(c, x->in.r2));
  else if (form == UPD_IMM)
    ia64_gr_set(c, r3, ia64_gr(c, r3) + (uint64_t)x->in.imm, ia64_gr_nat(c, r3));
}

static bool is_spec(unsigned k) { return k == K_S || k == K_SA; }
static bool is_check(unsigned k) { return k == K_C_CLR || k == K_C_NC || k == K_C_CLR_ACQ; }
static bool allocates(unsigned k) { return k == K_A || k == K_SA || k == K_C_NC; }

/* An advanced or check load's ALAT update (vol. 1 4.4.5.3): an entry for
 * tag unless the load was deferred or its page is not speculative memory,
 * whose advanced loads allocate none (vol. 2 4.4.10). */
static void alat_update(ia64_cpu *c, unsigned tag, uint64_t addr, unsigned size, bool nat) {
  if (nat || !ia64_ma_speculative(ia64_data_ma(c, addr)))
    ia64_alat_remove(c, ia64_alat_find(c, tag));
  else
    ia64_alat_insert(c, tag, addr, size);
}

/* Unsupported Data Reference fault (vol. 2 8.2 vector 0x5b00). */
static int unsupported(ia64_cpu *c, uint64_t addr, uint64_t isr) {
  ia64_raise_addr(c, IA64_F_UNSUPPORTED_DATA, addr);
  c->fault.isr = isr;
  return IA64_FAULT;
}

/* The page of addr is in both software TLBs: translated for reading and
 * writing, write-back (mem.c fill_tlb), no data breakpoint on it. */
static bool fast_rw(const ia64_cpu *c, uint64_t addr) {
  unsigned i = (addr >> 12) & (IA64_TLB_SIZE - 1);
  return c->rtlb[i].tag == (addr >> 12) + 1 && c->wtlb[i].tag == (addr >> 12) + 1;
}

/* A non-speculative advanced load (ld.a, ldf.a, ldfp.a) to non-speculative
 * memory is deferred once translated: no access, a zero target, no ALAT
 * entry (vol. 3 ld, ldf: "ld.a to sequential memory"). 1 when it is, else
 * IA64_OK or IA64_FAULT (the translation's). */
static int adv_deferred(vtsim_engine *e, ia64_cpu *c, uint64_t addr) {
  if (c->rtlb[(addr >> 12) & (IA64_TLB_SIZE - 1)].tag == (addr >> 12) + 1)
    return IA64_OK; /* a write-back page (mem.c fill_tlb) */
  unsigned ma;
  if (ia64_data_attr(e, c, addr, VT_PROT_READ, &ma)) return IA64_FAULT;
  return ia64_ma_speculative(ma) ? IA64_OK : 1;
}

/* PSR.be reverses each datum of `unit` bytes of a multi-datum access
 * (vol. 1 4.5: every datum in its own byte order). */
static void order_units(const ia64_cpu *c, uint8_t *b, unsigned n, unsigned unit) {
  if (!(c->psr & IA64_PSR_BE)) return;
  for (unsigned at = 0; at < n; at += unit)
    for (unsigned i = 0; i < unit / 2; i++) {
      uint8_t t = b[at + i];
      b[at + i] = b[at + unit - 1 - i];
      b[at + unit - 1 - i] = t;
    }
}

/* ---- integer loads and stores ---------------------------------------------------------- */

/* p0 size, p1 kind, p2 update form */
H(ld) {
  unsigned size = x->p0, kind = x->p1, r1 = x->in.r1;
  uint64_t addr = ia64_gr(c, x->in.r3);
  if (is_check(kind)) {
    int idx = ia64_alat_find(c, gr_tag(c, r1));
    if (idx >= 0) { /* the advanced load's value stands (vol. 1 4.4.5.3) */
      if (kind != K_C_NC) ia64_alat_remove(c, idx);
      base_update(c, x, x->p2);
      return IA64_OK;
    }
  }
  uint64_t v = 0;
  bool nat = false;
  int r;
  if (ia64_gr_nat(c, x->in.r3)) {
    if (!is_spec(kind)) return ia64_raise(c, IA64_F_NAT_CONSUMPTION);
    nat = true; /* deferred: the target gets NaT */
  } else if (is_spec(kind) && (c->psr & IA64_PSR_ED)) {
    nat = true; /* rfi with IPSR.ed: deferred without an access (vol. 2 Table 3-2) */
  } else if (kind == K_FILL && (addr & 7)) {
    return ia64_raise_addr(c, IA64_F_UNALIGNED, addr);
  } else if (is_spec(kind)) {
    const ia64_tlb_entry *t = &c->rtlb[(addr >> 12) & (IA64_TLB_SIZE - 1)];
    if (t->tag == (addr >> 12) + 1 && (addr & 0xfff) <= 4096 - size)
      v = ia64_host_load(t->host + (addr & 0xfff), size);
    else if ((r = ia64_read_spec(e, c, addr, size, &v)) == IA64_FAULT)
      return IA64_FAULT;
    else
      nat = r != 0; /* the fault is deferred (vol. 1 4.4.4) */
  } else if (kind == K_A && (r = adv_deferred(e, c, addr)) != IA64_OK) {
    if (r == IA64_FAULT) return IA64_FAULT; /* else v stays 0 */
  } else if (ia64_read(e, c, addr, size, &v)) {
    return IA64_FAULT;
  }
  if (nat) v = 0;
  if (kind == K_FILL) nat = (c->ar[IA64_AR_UNAT] >> ((addr >> 3) & 63)) & 1;
  ia64_gr_set(c, r1, v, nat);
  if (allocates(kind)) alat_update(c, gr_tag(c, r1), addr, size, nat);
  base_update(c, x, x->p2);
  return IA64_OK;
}

/* p0 size, p1: 0 normal, 1 rel, 2 spill; p2 update form */
H(st) {
  uint64_t addr = ia64_gr(c, x->in.r3), v = ia64_gr(c, x->in.r2);
  unsigned size = x->p0;
  if (ia64_gr_nat(c, x->in.r3) || (x->p1 != 2 && ia64_gr_nat(c, x->in.r2)))
    return ia64_raise(c, IA64_F_NAT_CONSUMPTION);
  if (x->p1 == 2 && (addr & 7)) return ia64_raise_addr(c, IA64_F_UNALIGNED, addr);
  if (ia64_write(e, c, addr, size, v)) return IA64_FAULT;
  ia64_alat_snoop(c, addr, size);
  if (x->p1 == 2) {
    uint64_t bit = 1ull << ((addr >> 3) & 63);
    c->ar[IA64_AR_UNAT] = (c->ar[IA64_AR_UNAT] & ~bit) | (ia64_gr_nat(c, x->in.r2) ? bit : 0);
  }
  base_update(c, x, x->p2);
  return IA64_OK;
}

/* The normal kinds (ld: no speculation, check or fill; st: not rel or
 * spill), bound instead of h_ld and h_st: the same steps without the tests
 * of the kind. p0 size, p2 update form. */
H(ld_normal) {
  uint64_t addr = ia64_gr(c, x->in.r3), v;
  if (ia64_gr_nat(c, x->in.r3)) return ia64_raise(c, IA64_F_NAT_CONSUMPTION);
  if (ia64_read(e, c, addr, x->p0, &v)) return IA64_FAULT;
  ia64_gr_set(c, x->in.r1, v, false);
  base_update(c, x, x->p2);
  return IA64_OK;
}

H(st_normal) {
  uint64_t addr = ia64_gr(c, x->in.r3), v = ia64_gr(c, x->in.r2);
  if (ia64_gr_nat(c, x->in.r3) || ia64_gr_nat(c, x->in.r2))
    return ia64_raise(c, IA64_F_NAT_CONSUMPTION);
  if (ia64_write(e, c, addr, x->p0, v)) return IA64_FAULT;
  ia64_alat_snoop(c, addr, x->p0);
  base_update(c, x, x->p2);
  return IA64_OK;
}

/* ld16 r1, ar.csd = [r3] (p1 = 0) and st16 [r3] = r2, ar.csd (p1 = 1): two
 * 8-byte values in one 16-byte access, r1 the one at the lower address, each
 * in its own byte order; only on write-back memory (vol. 3 ld, st). */
H(x16) {
  uint64_t addr = ia64_gr(c, x->in.r3);
  if (ia64_gr_nat(c, x->in.r3) || (x->p1 && ia64_gr_nat(c, x->in.r2)))
    return ia64_raise(c, IA64_F_NAT_CONSUMPTION);
  if (addr & 15) return ia64_raise_addr(c, IA64_F_UNALIGNED, addr);
  unsigned ma;
  if (ia64_data_attr(e, c, addr, x->p1 ? VT_PROT_WRITE : VT_PROT_READ, &ma)) return IA64_FAULT;
  if (!ia64_ma_supports(ma, IA64_MREF_X16))
    return unsupported(c, addr, x->p1 ? IA64_ISR_W : IA64_ISR_R);
  uint8_t b[16];
  if (x->p1) {
    uint64_t lo = ia64_gr(c, x->in.r2), hi = c->ar[IA64_AR_CSD];
    memcpy(b, &lo, 8);
    memcpy(b + 8, &hi, 8);
    order_units(c, b, 16, 8);
    if (ia64_write_raw(e, c, addr, 16, 16, b)) return IA64_FAULT;
    ia64_alat_snoop(c, addr, 16);
    return IA64_OK;
  }
  if (ia64_read_raw(e, c, addr, 16, 16, b, false)) return IA64_FAULT;
  order_units(c, b, 16, 8);
  uint64_t lo, hi;
  memcpy(&lo, b, 8);
  memcpy(&hi, b + 8, 8);
  ia64_gr_set(c, x->in.r1, lo, false);
  c->ar[IA64_AR_CSD] = hi;
  return IA64_OK;
}

/* ---- semaphores (vol. 3 cmpxchg, xchg, fetchadd) ------------------------------------------ */

enum { SEM_CMPXCHG, SEM_XCHG, SEM_FETCHADD };

/* p0 size, p1 kind */
H(sem) {
  uint64_t addr = ia64_gr(c, x->in.r3);
  unsigned size = x->p0;
  if (ia64_gr_nat(c, x->in.r3) || (x->p1 != SEM_FETCHADD && ia64_gr_nat(c, x->in.r2)))
    return ia64_raise(c, IA64_F_NAT_CONSUMPTION);
  if (addr & (size - 1)) return ia64_raise_addr(c, IA64_F_UNALIGNED, addr);
  /* read and write rights, then the attribute: write-back memory only
   * (vol. 2 4.4.9; fetchadd to UCE is not exported here: memattr.c) */
  if (!fast_rw(c, addr)) {
    unsigned ma;
    if (ia64_data_attr(e, c, addr, VT_PROT_READ | VT_PROT_WRITE, &ma)) return IA64_FAULT;
    if (!ia64_ma_supports(ma, x->p1 == SEM_FETCHADD ? IA64_MREF_FETCHADD : IA64_MREF_XCHG))
      return unsupported(c, addr, IA64_ISR_R | IA64_ISR_W);
  }
  uint64_t old;
  if (ia64_read(e, c, addr, size, &old)) return IA64_FAULT;
  bool store = true;
  uint64_t nv = ia64_gr(c, x->in.r2);
  if (x->p1 == SEM_CMPXCHG)
    store = old == c->ar[IA64_AR_CCV];
  else if (x->p1 == SEM_FETCHADD)
    nv = old + (uint64_t)x->in.imm;
  if (store) {
    if (ia64_write(e, c, addr, size, nv)) return IA64_FAULT;
    ia64_alat_snoop(c, addr, size);
  }
  ia64_gr_set(c, x->in.r1, old, false);
  return IA64_OK;
}

/* cmp8xchg16 r1 = [r3], r2, ar.csd, ar.ccv: the 8 bytes at r3 (8-byte
 * aligned) against AR.CCV; when equal, r2 is stored at r3 & ~8 and AR.CSD
 * at r3 & ~8 + 8, each 8-byte value in its own byte order. Read and write
 * rights, write-back memory only (vol. 3 cmpxchg). */
H(cmp8xchg16) {
  uint64_t addr = ia64_gr(c, x->in.r3), base = addr & ~UINT64_C(15);
  if (ia64_gr_nat(c, x->in.r3) || ia64_gr_nat(c, x->in.r2))
    return ia64_raise(c, IA64_F_NAT_CONSUMPTION);
  if (addr & 7) return ia64_raise_addr(c, IA64_F_UNALIGNED, addr);
  unsigned ma;
  if (ia64_data_attr(e, c, addr, VT_PROT_READ | VT_PROT_WRITE, &ma)) return IA64_FAULT;
  if (!ia64_ma_supports(ma, IA64_MREF_XCHG)) return unsupported(c, addr, IA64_ISR_R | IA64_ISR_W);
  uint8_t b[16];
  if (ia64_read_raw(e, c, base, 16, 16, b, false)) return IA64_FAULT;
  order_units(c, b, 16, 8);
  uint64_t old;
  memcpy(&old, b + (addr & 8), 8);
  if (old == c->ar[IA64_AR_CCV]) {
    uint64_t lo = ia64_gr(c, x->in.r2), hi = c->ar[IA64_AR_CSD];
    memcpy(b, &lo, 8);
    memcpy(b + 8, &hi, 8);
    order_units(c, b, 16, 8);
    if (ia64_write_raw(e, c, base, 16, 16, b)) return IA64_FAULT;
    ia64_alat_snoop(c, base, 16);
  }
  ia64_gr_set(c, x->in.r1, old, false);
  return IA64_OK;
}

/* ---- speculation checks and the ALAT -------------------------------------------------------- */

/* chk.s r2/f2: branch to the recovery code if the source is NaT. */
H(chk_s) {
  (void)e;
  if (ia64_gr_nat(c, x->in.r2)) return ia64_check_failed(c, x, IA64_CHK_S_GR);
  return IA64_OK;
}

H(chk_s_f) {
  (void)e;
  if (ia64_fr_is_natval(ia64_fr_get(c, x->in.f2))) return ia64_check_failed(c, x, IA64_CHK_S_FR);
  return IA64_OK;
}

/* chk.a.nc/.clr r1/f1 (p0: 1 FR, p1: 1 clr): branch if no ALAT entry. */
H(chk_a) {
  (void)e;
  unsigned tag = x->p0 ? fr_tag(c, x->in.f1) : gr_tag(c, x->in.r1);
  int idx = ia64_alat_find(c, tag);
  if (idx < 0) return ia64_check_failed(c, x, x->p0 ? IA64_CHK_A_FR : IA64_CHK_A_GR);
  if (x->p1) ia64_alat_remove(c, idx);
  return IA64_OK;
}

H(invala) {
  (void)e, (void)x;
  ia64_alat_clear(c);
  return IA64_OK;
}

H(invala_e) {
  (void)e;
  ia64_alat_remove(c, ia64_alat_find(c, x->p0 ? fr_tag(c, x->in.f1) : gr_tag(c, x->in.r1)));
  return IA64_OK;
}

/* lfetch: a hint; only the base update is architectural, and nothing is
 * prefetched from uncacheable pages (vol. 2 4.4.9). The faulting form
 * consumes r3's NaT and raises the faults of the read (nonaccess.c). */
H(lfetch) {
  if (x->p1 && ia64_gr_nat(c, x->in.r3)) return ia64_raise(c, IA64_F_NAT_CONSUMPTION);
  if (x->p1 && ia64_lfetch_fault_check(e, c, ia64_gr(c, x->in.r3))) return IA64_FAULT;
  base_update(c, x, x->p2);
  return IA64_OK;
}

/* ---- FP registers and memory (vol. 3 ldf, stf, getf, setf) ---------------------------------- */

static const uint8_t fmem_bytes[] = {[IA64_FMEM_S] = 4, [IA64_FMEM_D] = 8, [IA64_FMEM_8] = 8,
                                     [IA64_FMEM_E] = 10, [IA64_FMEM_FILL] = 16};

/* n bytes of FP data at addr, each datum of `unit` bytes in PSR.be order;
 * spec: a speculative load (1 when deferred). */
static int read_bytes(vtsim_engine *e, ia64_cpu *c, uint64_t addr, unsigned n, unsigned unit,
                      uint8_t *b, bool spec) {
  int r = ia64_read_raw(e, c, addr, n, n < 8 ? n : 8, b, spec);
  if (r) return r;
  order_units(c, b, n, unit);
  return IA64_OK;
}

static int write_bytes(vtsim_engine *e, ia64_cpu *c, uint64_t addr, unsigned n, uint8_t *b) {
  order_units(c, b, n, n);
  if (ia64_write_raw(e, c, addr, n, n < 8 ? n : 8, b)) return IA64_FAULT;
  ia64_alat_snoop(c, addr, n);
  return IA64_OK;
}

/* Memory bytes that convert to +0.0 (the integer 0 for ldf8): a deferred
 * advanced load's target. */
static void b_zero(uint8_t *b, unsigned fmt) {
  memset(b, 0, fmem_bytes[fmt]);
}

/* FR targets f0 and f1 are read-only (Illegal Operation). */
static bool fr_writable(unsigned f) { return f >= 2; }

/* p0 memory format, p1 kind, p2 update */
H(ldf) {
  unsigned f1 = x->in.f1, kind = x->p1, n = fmem_bytes[x->p0];
  uint64_t addr = ia64_gr(c, x->in.r3);
  if (!fr_writable(f1)) return ia64_illegal(c);
  if (is_check(kind)) {
    int idx = ia64_alat_find(c, fr_tag(c, f1));
    if (idx >= 0) {
      if (kind != K_C_NC) ia64_alat_remove(c, idx);
      base_update(c, x, x->p2);
      return IA64_OK;
    }
  }
  uint8_t b[16] = {0};
  bool nat = false;
  if (ia64_gr_nat(c, x->in.r3)) {
    if (!is_spec(kind)) return ia64_raise(c, IA64_F_NAT_CONSUMPTION);
    nat = true;
  } else if (x->p0 == IA64_FMEM_FILL && (addr & 15)) {
    return ia64_raise_addr(c, IA64_F_UNALIGNED, addr);
  } else {
    int r = kind == K_A ? adv_deferred(e, c, addr) : IA64_OK;
    if (r == IA64_OK) r = read_bytes(e, c, addr, n, n, b, is_spec(kind));
    if (r == IA64_FAULT) return IA64_FAULT;
    nat = r != 0 && kind != K_A;
    if (r) b_zero(b, x->p0); /* ldf.a deferred: +0.0, ldf8.a the integer 0 */
  }
  *ia64_frp(c, f1) = nat ? ia64_natval() : ia64_fr_from_mem(b, x->p0);
  if (allocates(kind)) alat_update(c, fr_tag(c, f1), addr, n, nat);
  base_update(c, x, x->p2);
  return IA64_OK;
}

/* ldfp: a pair; f1 and f2 must be one odd and one even register. f1 takes
 * the datum at the lower address, each datum in its own byte order.
 * p0 memory format, p1 kind, p2: 1 the immediate base update.
 * unconfirmed: the ALAT entry of an advanced pair is tagged with f1 and
 * covers both data. */
H(ldfp) {
  unsigned n = fmem_bytes[x->p0], kind = x->p1, f1 = x->in.f1;
  uint64_t addr = ia64_gr(c, x->in.r3);
  if (!fr_writable(f1) || !fr_writable(x->in.f2) || ((f1 ^ x->in.f2) & 1) == 0)
    return ia64_illegal(c);
  if (is_check(kind)) {
    int idx = ia64_alat_find(c, fr_tag(c, f1));
    if (idx >= 0) {
      if (kind != K_C_NC) ia64_alat_remove(c, idx);
      if (x->p2) base_update(c, x, UPD_IMM);
      return IA64_OK;
    }
  }
  uint8_t b[16];
  bool nat = false;
  if (ia64_gr_nat(c, x->in.r3)) {
    if (!is_spec(kind)) return ia64_raise(c, IA64_F_NAT_CONSUMPTION);
    nat = true;
  } else {
    int r = kind == K_A ? adv_deferred(e, c, addr) : IA64_OK;
    if (r == IA64_OK) r = read_bytes(e, c, addr, 2 * n, n, b, is_spec(kind));
    if (r == IA64_FAULT) return IA64_FAULT;
    nat = r != 0 && kind != K_A;
    if (r) {
      b_zero(b, x->p0);
      b_zero(b + n, x->p0);
    }
  }
  *ia64_frp(c, f1) = nat ? ia64_natval() : ia64_fr_from_mem(b, x->p0);
  *ia64_frp(c, x->in.f2) = nat ? ia64_natval() : ia64_fr_from_mem(b + n, x->p0);
  if (allocates(kind)) alat_update(c, fr_tag(c, f1), addr, 2 * n, nat);
  if (x->p2) base_update(c, x, UPD_IMM);
  return IA64_OK;
}

/* p0 memory format, p2 update */
H(stf) {
  uint64_t addr = ia64_gr(c, x->in.r3);
  ia64_fr f = ia64_fr_get(c, x->in.f2);
  if (ia64_gr_nat(c, x->in.r3)) return ia64_raise(c, IA64_F_NAT_CONSUMPTION);
  if (x->p0 != IA64_FMEM_FILL && ia64_fr_is_natval(f))
    return ia64_raise(c, IA64_F_NAT_CONSUMPTION);
  if (x->p0 == IA64_FMEM_FILL && (addr & 15)) return ia64_raise_addr(c, IA64_F_UNALIGNED, addr);
  uint8_t b[16] = {0};
  ia64_fr_to_mem(f, b, x->p0);
  if (write_bytes(e, c, addr, fmem_bytes[x->p0], b)) return IA64_FAULT;
  base_update(c, x, x->p2);
  return IA64_OK;
}

/* getf.sig/.exp/.s/.d (p0: 0 sig, 1 exp, 2 s, 3 d) */
H(getf) {
  (void)e;
  ia64_fr f = ia64_fr_get(c, x->in.f2);
  if (ia64_fr_is_natval(f)) {
    ia64_gr_set(c, x->in.r1, 0, true);
    return IA64_OK;
  }
  uint64_t v = 0;
  if (x->p0 == 0) {
    v = f.sig;
  } else if (x->p0 == 1) {
    v = (uint64_t)f.sign << 17 | f.exp;
  } else {
    uint8_t b[16] = {0};
    ia64_fr_to_mem(f, b, x->p0 == 2 ? IA64_FMEM_S : IA64_FMEM_D);
    memcpy(&v, b, x->p0 == 2 ? 4 : 8);
  }
  ia64_gr_set(c, x->in.r1, v, false);
  return IA64_OK;
}

H(setf) {
  (void)e;
  unsigned f1 = x->in.f1;
  if (!fr_writable(f1)) return ia64_illegal(c);
  uint64_t v = ia64_gr(c, x->in.r2);
  ia64_fr f;
  if (ia64_gr_nat(c, x->in.r2)) {
    f = ia64_natval();
  } else if (x->p0 == 0) {
    f = (ia64_fr){.sig = v, .exp = IA64_FR_EXP_INT, .sign = 0};
  } else if (x->p0 == 1) {
    f = (ia64_fr){.sig = 1ull << 63, .exp = (uint32_t)(v & 0x1ffff), .sign = (v >> 17) & 1};
  } else {
    uint8_t b[8];
    memcpy(b, &v, 8);
    f = ia64_fr_from_mem(b, x->p0 == 2 ? IA64_FMEM_S : IA64_FMEM_D);
  }
  *ia64_frp(c, f1) = f;
  return IA64_OK;
}

/* ---- binding -------------------------------------------------------------------------------- */

static const uint8_t fmem_of_x6[4] = {IA64_FMEM_E, IA64_FMEM_8, IA64_FMEM_S, IA64_FMEM_D};

static ia64_handler bind_simple(unsigned op, uint8_t *p0, uint8_t *p1) {
  switch (op) {
  case IA64_OP_chk_s_i:
  case IA64_OP_chk_s_m:
    return h_chk_s;
  case IA64_OP_chk_s_f:
    return h_chk_s_f;
  case IA64_OP_chk_a_nc:
    return h_chk_a;
  case IA64_OP_chk_a_clr:
    *p1 = 1;
    return h_chk_a;
  case IA64_OP_chk_a_nc_f:
    *p0 = 1;
    return h_chk_a;
  case IA64_OP_chk_a_clr_f:
    *p0 = *p1 = 1;
    return h_chk_a;
  case IA64_OP_invala:
    return h_invala;
  case IA64_OP_invala_e:
    return h_invala_e;
  case IA64_OP_invala_e_f:
    *p0 = 1;
    return h_invala_e;
  case IA64_OP_getf_sig:
  case IA64_OP_getf_exp:
  case IA64_OP_getf_s:
  case IA64_OP_getf_d:
    *p0 = (uint8_t)(op - IA64_OP_getf_sig);
    return h_getf;
  case IA64_OP_setf_sig:
  case IA64_OP_setf_exp:
  case IA64_OP_setf_s:
  case IA64_OP_setf_d:
    *p0 = (uint8_t)(op - IA64_OP_setf_sig);
    return h_setf;
  case IA64_OP_ld16:
  case IA64_OP_ld16_acq:
    return h_x16;
  case IA64_OP_st16:
  case IA64_OP_st16_rel:
    *p1 = 1;
    return h_x16;
  default:
    return NULL;
  }
}

bool ia64_bind_mem(ia64_xinsn *x) {
  unsigned fmt = x->in.fmt, x6 = (unsigned)ia64_row_bits(x, 35, 30);
  unsigned xl = (unsigned)ia64_row_bits(x, 27, 27);
  if ((x->fn = bind_simple(x->in.op, &x->p0, &x->p1))) return true;
  switch (fmt) {
  case IA64_FMT_M1:
  case IA64_FMT_M2:
  case IA64_FMT_M3:
    if (xl) return false;
    x->fn = h_ld;
    x->p0 = (uint8_t)(1u << (x6 & 3));
    x->p1 = (uint8_t)(x6 >> 2);
    x->p2 = fmt == IA64_FMT_M1 ? UPD_NONE : fmt == IA64_FMT_M2 ? UPD_REG : UPD_IMM;
    if (x->p1 == K_NORMAL) x->fn = h_ld_normal;
    break;
  case IA64_FMT_M4:
  case IA64_FMT_M5:
    if (xl) return false;
    x->fn = h_st;
    x->p0 = (uint8_t)(1u << (x6 & 3));
    x->p1 = x6 == 0x3B ? 2 : (x6 >> 2) & 1;
    x->p2 = fmt == IA64_FMT_M5 ? UPD_IMM : UPD_NONE;
    if (x->p1 == 0) x->fn = h_st_normal;
    break;
  case IA64_FMT_M16:
    if (x6 >= 0x20) {
      x->fn = h_cmp8xchg16;
      break;
    }
    x->fn = h_sem;
    x->p0 = (uint8_t)(1u << (x6 & 3));
    x->p1 = x6 < 8 ? SEM_CMPXCHG : SEM_XCHG;
    break;
  case IA64_FMT_M17:
    x->fn = h_sem;
    x->p0 = (x6 & 1) ? 8 : 4;
    x->p1 = SEM_FETCHADD;
    break;
  case IA64_FMT_M6:
  case IA64_FMT_M7:
  case IA64_FMT_M8:
    x->fn = h_ldf;
    x->p0 = x6 == 0x1B ? IA64_FMEM_FILL : fmem_of_x6[x6 & 3];
    x->p1 = x6 == 0x1B ? K_NORMAL : (uint8_t)(x6 >> 2);
    x->p2 = fmt == IA64_FMT_M6 ? UPD_NONE : fmt == IA64_FMT_M7 ? UPD_REG : UPD_IMM;
    break;
  case IA64_FMT_M11:
  case IA64_FMT_M12:
    if ((x6 & 3) == 0) return false;
    x->fn = h_ldfp;
    x->p0 = fmem_of_x6[x6 & 3];
    x->p1 = (uint8_t)(x6 >> 2);
    x->p2 = fmt == IA64_FMT_M12;
    break;
  case IA64_FMT_M9:
  case IA64_FMT_M10:
    x->fn = h_stf;
    x->p0 = x6 == 0x3B ? IA64_FMEM_FILL : fmem_of_x6[x6 & 3];
    x->p2 = fmt == IA64_FMT_M10 ? UPD_IMM : UPD_NONE;
    break;
  case IA64_FMT_M13:
  case IA64_FMT_M14:
  case IA64_FMT_M15:
    x->fn = h_lfetch;
    x->p1 = (x6 & 2) != 0; /* .fault */
    x->p2 = fmt == IA64_FMT_M14 ? UPD_REG : fmt == IA64_FMT_M15 ? UPD_IMM : UPD_NONE;
    if (x->in.op == IA64_OP_lfetch_count) return false;
    break;
  default:
    return false;
  }
  /* A base update of r0, or of the load's own target, is illegal (vol. 3 ld). */
  bool load = x->fn == h_ld || x->fn == h_ld_normal;
  if (x->p2 != UPD_NONE && (x->in.r3 == 0 || (load && x->in.r3 == x->in.r1))) {
    x->fn = ia64_h_illegal;
  }
  return true;
}
