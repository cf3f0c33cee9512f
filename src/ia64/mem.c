/* Memory: the slow paths behind the software TLBs (interp.h). A virtual
 * address becomes physical through the Linux process's mappings (user
 * mode) or unchanged but for bit 63, the uncacheable attribute of physical
 * addressing (system mode, PSR.dt = 0: vol. 2 4.4.5), or through the TLB
 * and the VHPT walker (vm.c) with PSR.dt / PSR.it. Translation runs only
 * here, on a software-TLB miss. Physical addresses without RAM are open bus. */
#include "common/uspace.h"
#include "ia64/debug.h"
#include "ia64/interp.h"
#include "ia64/memattr.h"
#include "ia64/vm.h"

void ia64_tlb_flush(ia64_cpu *c) {
  memset(c->rtlb, 0, sizeof c->rtlb);
  memset(c->wtlb, 0, sizeof c->wtlb);
}

void ia64_icache_flush(vt_mem *m, ia64_cpu *c) {
  c->icache_epoch++;
  for (unsigned i = 0; i < c->ncode_pages; i++) vt_mem_set_code(m, c->code_pages[i], false);
  c->ncode_pages = 0;
}

/* ISR.r / ISR.w / ISR.x of a reference needing VT_PROT_* rights. */
static uint64_t access_isr(int need) {
  return (need & VT_PROT_READ ? IA64_ISR_R : 0) | (need & VT_PROT_WRITE ? IA64_ISR_W : 0) |
         (need & VT_PROT_EXEC ? IA64_ISR_X : 0);
}

/* 0 with *pa set, or IA64_FAULT (recorded unless probe). need: VT_PROT_*
 * (read and write together for semaphores). */
static int translate(vtsim_engine *e, ia64_cpu *c, uint64_t va, int need, bool probe,
                     uint64_t *pa) {
  if (c->uspace) {
    if ((vt_uspace_prot(c->uspace, va) & need) != need) {
      if (probe) return IA64_FAULT;
      return ia64_raise_addr(c, need == VT_PROT_EXEC ? IA64_F_INST_ACCESS : IA64_F_DATA_ACCESS,
                             va);
    }
    *pa = va;
    return IA64_OK;
  }
  /* System mode: virtual addressing under PSR.it (fetch), PSR.rt (the
   * RSE's spills and fills) or PSR.dt (data). */
  uint64_t on = need == VT_PROT_EXEC ? IA64_PSR_IT : c->rse_access ? IA64_PSR_RT : IA64_PSR_DT;
  if (c->psr & on) {
    int r = ia64_vm_translate(e, c, va, need, probe, pa, NULL);
    if (r && c->rse_access) c->fault.isr |= IA64_ISR_RS; /* vol. 2 Table 3-7 */
    return r;
  }
  /* Physical data addresses: bit 63 selects the attribute and is no part
   * of the address; bits 62:IMPL_PA_MSB+1 must be 0 (vol. 2 4.4.5, 4.1.8).
   * Fetches are checked at the branch (ia64_ip_implemented). */
  if (need != VT_PROT_EXEC && ((va << 1) >> (IA64_IMPL_PA_MSB + 2))) {
    if (probe) return IA64_FAULT;
    ia64_raise_addr(c, IA64_F_UNIMPL_DADDR, va);
    c->fault.isr = access_isr(need) | (c->rse_access ? IA64_ISR_RS : 0);
    return IA64_FAULT;
  }
  *pa = va & ~(UINT64_C(1) << 63);
  return IA64_OK;
}

static void fill_tlb(vtsim_engine *e, ia64_cpu *c, uint64_t va, uint64_t pa, bool write) {
  if (c->psr & (IA64_PSR_SLOWMEM | IA64_PSR_DA)) return; /* da: the next access checks A, D */
  if ((c->psr & IA64_PSR_DB) && ia64_dbr_covers_page(c, va)) return; /* data breakpoints */
  if (c->rse_access && ((c->ar[IA64_AR_RSC] & 0x10) || ((c->psr >> 27) ^ (c->psr >> 17)) & 1))
    return; /* RSC.be, or PSR.rt differing from the PSR.dt of the data accesses */
  /* only cacheable write-back pages: the references whose outcome depends
   * on the attribute (speculative, advanced, semaphore, 16-byte) take the
   * fast path only where every attribute rule allows them */
  unsigned ma = ia64_data_ma(c, va);
  if (ma != IA64_MA_WB && ma != IA64_MA_WBL) return;
  uint8_t *host = vt_mem_page(&e->mem, pa);
  if (!host) return; /* open bus is never cached */
  if (write && vt_mem_page_is_code(&e->mem, pa)) return;
  ia64_tlb_entry *t = &(write ? c->wtlb : c->rtlb)[(va >> 12) & (IA64_TLB_SIZE - 1)];
  t->tag = (va >> 12) + 1;
  t->host = host;
}

/* The data accesses' byte order: RSC.be for the RSE, PSR.be otherwise
 * (vol. 2 3.3.2; vol. 1 6.11). */
static bool big_endian(const ia64_cpu *c) {
  return c->rse_access ? (c->ar[IA64_AR_RSC] & 0x10) != 0 : (c->psr & IA64_PSR_BE) != 0;
}

static uint64_t swap_bytes(uint64_t v, unsigned size) {
  return size == 1 ? v : __builtin_bswap64(v) >> (64 - 8 * size);
}

/* PSR.ac: every misaligned data reference faults (vol. 2 3.3.2, 5.6). */
static int check_aligned(ia64_cpu *c, uint64_t va, unsigned size, bool probe, uint64_t isr) {
  if (!(c->psr & IA64_PSR_AC) || !(va & (size - 1)) || c->rse_access) return IA64_OK;
  if (!probe) {
    ia64_raise_addr(c, IA64_F_UNALIGNED, va);
    c->fault.isr = isr;
  }
  return IA64_FAULT;
}

/* Data Debug fault (vol. 2 7.1.2): a DBR matches while PSR.db = 1 and
 * PSR.dd = 0; IFA the address referenced, ISR.r or ISR.w (and rs). */
static int check_debug(ia64_cpu *c, uint64_t va, unsigned size, bool probe, bool write) {
  if ((c->psr & (IA64_PSR_DB | IA64_PSR_DD)) != IA64_PSR_DB || c->uspace ||
      !ia64_dbr_match(c, va, size, write))
    return IA64_OK;
  if (!probe) {
    ia64_raise_addr(c, IA64_F_DDEBUG, va);
    c->fault.isr = (write ? IA64_ISR_W : IA64_ISR_R) | (c->rse_access ? IA64_ISR_RS : 0);
  }
  return IA64_FAULT;
}

/* The n bytes (n <= 16) at va as memory holds them, before any PSR.be
 * byte order. align: the size PSR.ac checks. spec: a speculative load,
 * deferred (1) without an access when the page is not speculative
 * (vol. 2 4.4.6). IA64_OK, 1 or IA64_FAULT. */
static int read_raw(vtsim_engine *e, ia64_cpu *c, uint64_t va, unsigned n, unsigned align,
                    uint8_t *b, bool probe, bool spec) {
  uint64_t pa[16];
  if (check_aligned(c, va, align, probe, IA64_ISR_R)) return IA64_FAULT;
  for (unsigned i = 0; i < n; i++)
    if (translate(e, c, va + i, VT_PROT_READ, probe, &pa[i])) return IA64_FAULT;
  if (spec && (!ia64_ma_speculative(ia64_data_ma(c, va)) ||
               !ia64_ma_speculative(ia64_data_ma(c, va + n - 1))))
    return 1;
  if (IA64_UNLIKELY(c->psr & IA64_PSR_DB) && check_debug(c, va, n, probe, false))
    return IA64_FAULT;
  for (unsigned i = 0; i < n; i++)
    if (vt_mem_read_bus(&e->mem, pa[i], &b[i], 1)) vt_open_bus(e, c->ip, pa[i], 1, false);
  fill_tlb(e, c, va, pa[0], false);
  return IA64_OK;
}

static uint64_t le_value(const uint8_t *b, unsigned size) {
  uint64_t v = 0;
  for (unsigned i = 0; i < size; i++) v |= (uint64_t)b[i] << (8 * i);
  return v;
}

int ia64_read_slow(vtsim_engine *e, ia64_cpu *c, uint64_t va, unsigned size, uint64_t *out,
                   bool probe) {
  uint8_t b[8];
  if (read_raw(e, c, va, size, size, b, probe, false)) return IA64_FAULT;
  uint64_t v = le_value(b, size);
  *out = big_endian(c) ? swap_bytes(v, size) : v;
  return IA64_OK;
}

/* ITLB.ed of the code page of the current instruction (0 with PSR.it off). */
static bool code_page_ed(const ia64_cpu *c) {
  if (!(c->psr & IA64_PSR_IT)) return false;
  const ia64_tr *t = ia64_tlb_lookup(c, c->ip, true);
  return t && ((t->pte >> 52) & 1);
}

/* The DCR bit that lets the recovery model defer a fault, or -1 (vol. 2
 * 3.3.4.1: dm TLB misses, dp not present, dk key miss, dx key permission,
 * dr access rights, da access bit, dd data debug). */
static int dcr_defer_bit(unsigned kind) {
  switch (kind) {
  case IA64_F_ALT_DTLB:
  case IA64_F_VHPT_D:
  case IA64_F_DTLB:
    return 8;
  case IA64_F_PAGE_NOT_PRESENT:
    return 9;
  case IA64_F_DKEY_MISS:
    return 10;
  case IA64_F_DKEY_PERM:
    return 11;
  case IA64_F_DATA_ACCESS:
    return 12;
  case IA64_F_DACCESS_BIT:
    return 13;
  case IA64_F_DDEBUG:
    return 14;
  default:
    return -1;
  }
}

/* The speculative read behind ia64_read_spec and ia64_read_raw. */
static int read_spec(vtsim_engine *e, ia64_cpu *c, uint64_t va, unsigned n, unsigned align,
                     uint8_t *b) {
  /* PSR.ed: the instruction rfi returned to is deferred without an access
   * (vol. 2 Table 3-2, 5.5.5) */
  if (c->psr & IA64_PSR_ED) return 1;
  if (c->uspace) /* Linux defers what the kernel would: the process sees NaT */
    return read_raw(e, c, va, n, align, b, true, false) ? 1 : IA64_OK;
  int r = read_raw(e, c, va, n, align, b, false, true);
  if (r != IA64_FAULT) return r;
  /* vol. 2 5.5.5: PSR.ic = 0 defers everything; unimplemented addresses
   * and NaTPages always; with PSR.it and ITLB.ed, misalignment and what DCR selects. */
  unsigned kind = c->fault.kind;
  bool ed = code_page_ed(c);
  int bit = dcr_defer_bit(kind);
  bool defer = !(c->psr & IA64_PSR_IC) || kind == IA64_F_UNIMPL_DADDR || kind == IA64_F_NAT_PAGE ||
               (ed && (kind == IA64_F_UNALIGNED ||
                       (bit >= 0 && ((c->cr[IA64_CR_DCR] >> bit) & 1))));
  if (defer) {
    c->fault = (ia64_fault){0};
    return 1;
  }
  c->fault.isr |= IA64_ISR_SP | (ed ? IA64_ISR_ED : 0);
  return IA64_FAULT;
}

int ia64_read_spec(vtsim_engine *e, ia64_cpu *c, uint64_t va, unsigned size, uint64_t *out) {
  uint8_t b[8];
  int r = read_spec(e, c, va, size, size, b);
  if (r) return r;
  uint64_t v = le_value(b, size);
  *out = big_endian(c) ? swap_bytes(v, size) : v;
  return IA64_OK;
}

int ia64_read_raw(vtsim_engine *e, ia64_cpu *c, uint64_t va, unsigned n, unsigned align,
                  uint8_t *b, bool spec) {
  const ia64_tlb_entry *t = &c->rtlb[(va >> 12) & (IA64_TLB_SIZE - 1)];
  if (IA64_LIKELY(t->tag == (va >> 12) + 1 && (va & 0xfff) <= 4096 - n) &&
      !(spec && (c->psr & IA64_PSR_ED))) { /* a write-back page, as fill_tlb allows */
    memcpy(b, t->host + (va & 0xfff), n);
    return IA64_OK;
  }
  return spec ? read_spec(e, c, va, n, align, b) : read_raw(e, c, va, n, align, b, false, false);
}

int ia64_data_attr(vtsim_engine *e, ia64_cpu *c, uint64_t va, int need, unsigned *ma) {
  uint64_t pa;
  if (translate(e, c, va, need, false, &pa)) return IA64_FAULT;
  *ma = ia64_data_ma(c, va);
  return IA64_OK;
}

static int write_raw(vtsim_engine *e, ia64_cpu *c, uint64_t va, unsigned n, unsigned align,
                     const uint8_t *b) {
  uint64_t pa[16];
  if (check_aligned(c, va, align, false, IA64_ISR_W)) return IA64_FAULT;
  for (unsigned i = 0; i < n; i++) /* every byte checked before any is written */
    if (translate(e, c, va + i, VT_PROT_WRITE, false, &pa[i])) return IA64_FAULT;
  if (IA64_UNLIKELY(c->psr & IA64_PSR_DB) && check_debug(c, va, n, false, true))
    return IA64_FAULT;
  for (unsigned i = 0; i < n; i++)
    if (vt_mem_write_bus(&e->mem, pa[i], &b[i], 1)) vt_open_bus(e, c->ip, pa[i], 1, true);
  fill_tlb(e, c, va, pa[0], true);
  return IA64_OK;
}

int ia64_write_raw(vtsim_engine *e, ia64_cpu *c, uint64_t va, unsigned n, unsigned align,
                   const uint8_t *b) {
  const ia64_tlb_entry *t = &c->wtlb[(va >> 12) & (IA64_TLB_SIZE - 1)];
  if (IA64_LIKELY(t->tag == (va >> 12) + 1 && (va & 0xfff) <= 4096 - n)) {
    memcpy(t->host + (va & 0xfff), b, n);
    return IA64_OK;
  }
  return write_raw(e, c, va, n, align, b);
}

int ia64_write_slow(vtsim_engine *e, ia64_cpu *c, uint64_t va, unsigned size, uint64_t v) {
  uint8_t b[8];
  if (big_endian(c)) v = swap_bytes(v, size);
  for (unsigned i = 0; i < size; i++) b[i] = (uint8_t)(v >> (8 * i));
  return write_raw(e, c, va, size, size, b);
}

int ia64_fetch_bundle(vtsim_engine *e, ia64_cpu *c, uint64_t ip, uint8_t out[16]) {
  uint64_t pa;
  /* reached without the trap of a branch, rfi or fall-through (an IVA or
   * entry point there): the Unimplemented Instruction Address fault (vol. 2 8.2) */
  if (!c->uspace && !ia64_ip_implemented(c, ip)) return ia64_raise_addr(c, IA64_F_UNIMPL_IADDR, ip);
  if (translate(e, c, ip, VT_PROT_EXEC, false, &pa)) return IA64_FAULT;
  if (vt_mem_read_bus(&e->mem, pa, out, 16)) vt_open_bus(e, ip, pa, 16, false);
  if (!vt_mem_page_is_code(&e->mem, pa) && vt_mem_page(&e->mem, pa)) {
    if (c->ncode_pages == IA64_MAX_CODE_PAGES) ia64_icache_flush(&e->mem, c);
    vt_mem_set_code(&e->mem, pa, true);
    c->code_pages[c->ncode_pages++] = pa & VT_PAGE_MASK;
    memset(c->wtlb, 0, sizeof c->wtlb); /* no write may bypass the new code page */
  }
  return IA64_OK;
}

/* ---- the ALAT (vol. 1 4.4.5) ----------------------------------------------------- */

void ia64_alat_store(ia64_cpu *c, uint64_t addr, unsigned size) {
  for (unsigned i = 0; i < IA64_ALAT_SIZE; i++) {
    ia64_alat_entry *a = &c->alat[i];
    if (a->valid && addr < a->addr + a->size && a->addr < addr + size) {
      a->valid = 0;
      c->alat_valid--;
    }
  }
}

int ia64_alat_find(const ia64_cpu *c, unsigned reg) {
  for (unsigned i = 0; i < IA64_ALAT_SIZE; i++)
    if (c->alat[i].valid && c->alat[i].reg == reg) return (int)i;
  return -1;
}

void ia64_alat_remove(ia64_cpu *c, int idx) {
  if (idx >= 0 && c->alat[idx].valid) {
    c->alat[idx].valid = 0;
    c->alat_valid--;
  }
}

/* One entry per target register; a full ALAT replaces entries round-robin
 * by the register tag (any replacement policy is architectural). */
void ia64_alat_insert(ia64_cpu *c, unsigned reg, uint64_t addr, unsigned size) {
  ia64_alat_remove(c, ia64_alat_find(c, reg));
  unsigned at = IA64_ALAT_SIZE;
  for (unsigned i = 0; i < IA64_ALAT_SIZE && at == IA64_ALAT_SIZE; i++)
    if (!c->alat[i].valid) at = i;
  if (at == IA64_ALAT_SIZE) {
    at = reg % IA64_ALAT_SIZE;
    c->alat_valid--;
  }
  c->alat[at] = (ia64_alat_entry){.addr = addr, .reg = (uint16_t)reg, .size = (uint8_t)size,
                                  .valid = 1};
  c->alat_valid++;
}

void ia64_alat_clear(ia64_cpu *c) {
  memset(c->alat, 0, sizeof c->alat);
  c->alat_valid = 0;
}
