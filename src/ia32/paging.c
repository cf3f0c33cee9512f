/* 32-bit paging with 4 KiB and 4 MiB pages (SDM vol. 3 4.3), access rights
 * (4.6), page faults (4.7) and the TLB (4.10). The architectural TLB keeps
 * a translation until INVLPG or a CR3 load (global ones until INVLPG or a
 * CR4.PGE/PSE or CR0.PG change), so software that forgets to invalidate
 * sees stale translations as on hardware. The software TLBs (mem.c) cache
 * host pointers behind it and are flushed with it. */
#include "paging.h"

enum { CR0_WP = 1u << 16, CR4_PSE = 0x10, CR4_PGE = 0x80 };

bool ia32_page_access_ok(uint16_t flags, unsigned access, bool wp) {
  if ((access & IA32_PF_U) && !(flags & IA32_PTE_U)) return false;
  if (!(access & IA32_PF_W) || (flags & IA32_PTE_W)) return true;
  return !(access & IA32_PF_U) && !wp; /* supervisor writes ignore R/W unless CR0.WP */
}

static uint32_t read_entry(vt_mem *m, uint32_t addr) {
  uint32_t v = 0xffffffffu; /* open bus: all ones */
  vt_mem_read_bus(m, addr, &v, 4);
  return v;
}

static void set_bits(vt_mem *m, uint32_t addr, uint32_t entry, uint32_t bits) {
  if ((entry & bits) == bits) return;
  entry |= bits;
  vt_mem_write_bus(m, addr, &entry, 4);
}

unsigned ia32_page_walk(vt_mem *m, uint32_t cr0, uint32_t cr3, uint32_t cr4, uint32_t lin,
                        unsigned access, ia32_walk *out) {
  bool wp = (cr0 & CR0_WP) != 0;
  uint32_t pde_addr = (cr3 & 0xfffff000u) | (lin >> 22) << 2;
  uint32_t pde = read_entry(m, pde_addr);
  if (!(pde & IA32_PTE_P)) return IA32_WALK_FAULT | access;
  bool global = (cr4 & CR4_PGE) != 0;
  if ((pde & IA32_PTE_PS) && (cr4 & CR4_PSE)) {
    /* Without PSE-36, bits 21:13 of a 4 MiB PDE are reserved (table 4-4). */
    if (pde & 0x003fe000u) return IA32_WALK_FAULT | IA32_PF_RSVD | IA32_PF_P | access;
    uint16_t flags = (uint16_t)(pde & (IA32_PTE_W | IA32_PTE_U)) |
                    (global && (pde & IA32_PTE_G) ? IA32_PTE_G : 0);
    if (!ia32_page_access_ok(flags, access, wp)) return IA32_WALK_FAULT | IA32_PF_P | access;
    bool write = (access & IA32_PF_W) != 0;
    set_bits(m, pde_addr, pde, IA32_PTE_A | (write ? IA32_PTE_D : 0));
    out->frame = (pde >> 12 & 0xffc00u) | (lin >> 12 & 0x3ffu);
    out->flags = flags | ((write || (pde & IA32_PTE_D)) ? IA32_PTE_D : 0);
    return 0;
  }
  uint32_t pte_addr = (pde & 0xfffff000u) | ((lin >> 12) & 0x3ffu) << 2;
  uint32_t pte = read_entry(m, pte_addr);
  if (!(pte & IA32_PTE_P)) return IA32_WALK_FAULT | access;
  uint16_t flags = (uint16_t)(pde & pte & (IA32_PTE_W | IA32_PTE_U)) |
                  (global && (pte & IA32_PTE_G) ? IA32_PTE_G : 0);
  if (!ia32_page_access_ok(flags, access, wp)) return IA32_WALK_FAULT | IA32_PF_P | access;
  bool write = (access & IA32_PF_W) != 0;
  set_bits(m, pde_addr, pde, IA32_PTE_A);
  set_bits(m, pte_addr, pte, IA32_PTE_A | (write ? IA32_PTE_D : 0));
  out->frame = pte >> 12;
  out->flags = flags | ((write || (pte & IA32_PTE_D)) ? IA32_PTE_D : 0);
  return 0;
}

static int page_fault(ia32_cpu *c, uint32_t lin, unsigned code) {
  c->cr2 = lin;
  c->fault_addr = lin;
  return ia32_raise(c, IA32_EXC_PF, true, code);
}

int ia32_paging_translate(vtsim_engine *e, ia32_cpu *c, uint32_t lin, bool write, uint64_t *phys) {
  unsigned access = (write ? IA32_PF_W : 0) | (c->cpl == 3 && !c->implicit_sv ? IA32_PF_U : 0);
  ia32_arch_tlb_entry *t = &c->arch_tlb[(lin >> 12) & (IA32_ARCH_TLB_SIZE - 1)];
  /* A write through a translation whose page is not dirty yet walks again
   * to set the dirty bit (SDM vol. 3 4.8). */
  if (t->tag == (lin >> 12) + 1 && (!write || (t->flags & IA32_PTE_D))) {
    if (!ia32_page_access_ok(t->flags, access, (c->cr0 & CR0_WP) != 0)) {
      t->tag = 0; /* a page fault invalidates the translation (SDM vol. 3 4.10.4.1) */
      return page_fault(c, lin, IA32_PF_P | access);
    }
    *phys = (uint64_t)t->frame << 12 | (lin & 0xfff);
    return 0;
  }
  ia32_walk w;
  unsigned r = ia32_page_walk(&e->mem, c->cr0, c->cr3, c->cr4, lin, access, &w);
  if (r) {
    t->tag = 0;
    return page_fault(c, lin, r & 0xff);
  }
  *t = (ia32_arch_tlb_entry){.tag = (lin >> 12) + 1, .frame = w.frame, .flags = w.flags};
  *phys = (uint64_t)w.frame << 12 | (lin & 0xfff);
  return 0;
}

void ia32_arch_tlb_flush(ia32_cpu *c, bool global_too) {
  for (unsigned i = 0; i < IA32_ARCH_TLB_SIZE; i++)
    if (global_too || !(c->arch_tlb[i].flags & IA32_PTE_G)) c->arch_tlb[i].tag = 0;
}

void ia32_load_cr3(vtsim_engine *e, ia32_cpu *c, uint32_t v) {
  c->cr3 = v & 0xfffff018u; /* page-directory base, PCD, PWT */
  ia32_arch_tlb_flush(c, false);
  ia32_tlb_flush(c);
  ia32_icache_flush_mem(&e->mem, c);
  if (vt_event_wanted(e, VTSIM_EV_AS_SWITCH)) {
    vtsim_event ev = {.kind = VTSIM_EV_AS_SWITCH, .icount = e->icount,
                      .pc = c->seg[IA32_CS].base + c->eip};
    ev.u.as_switch.root = c->cr3;
    ev.u.as_switch.cpl = c->cpl;
    vt_event_emit(e, &ev);
  }
}

void ia32_invlpg(vtsim_engine *e, ia32_cpu *c, uint32_t lin) {
  ia32_arch_tlb_entry *t = &c->arch_tlb[(lin >> 12) & (IA32_ARCH_TLB_SIZE - 1)];
  if (t->tag == (lin >> 12) + 1) t->tag = 0;
  c->rtlb[(lin >> 12) & (IA32_TLB_SIZE - 1)].tag = 0;
  c->wtlb[(lin >> 12) & (IA32_TLB_SIZE - 1)].tag = 0;
  ia32_icache_flush_mem(&e->mem, c); /* blocks are cached by linear address */
}
