/* 32-bit paging (SDM vol. 3 4.3, 4.6, 4.7, 4.10): the page walk, the
 * architectural TLB, and the instructions that manage them. */
#ifndef VTSIM_IA32_PAGING_H
#define VTSIM_IA32_PAGING_H

#include "common/memory.h"
#include "interp.h"

/* Paging-structure entry bits. */
enum {
  IA32_PTE_P = 1u << 0,
  IA32_PTE_W = 1u << 1,
  IA32_PTE_U = 1u << 2,
  IA32_PTE_A = 1u << 5,
  IA32_PTE_D = 1u << 6,
  IA32_PTE_PS = 1u << 7, /* PDE: a 4 MiB page (with CR4.PSE) */
  IA32_PTE_G = 1u << 8,
};

/* #PF error-code bits, also the kind of access asked for (SDM vol. 3 4.7). */
enum { IA32_PF_P = 1, IA32_PF_W = 2, IA32_PF_U = 4, IA32_PF_RSVD = 8 };

/* The result of a walk: the page frame and the effective rights. */
typedef struct ia32_walk {
  uint32_t frame;  /* physical page number of the 4 KiB page holding lin */
  uint16_t flags;  /* IA32_PTE_W, _U (both levels), _D, _G */
} ia32_walk;

/* Walk the paging structures in physical memory m for a linear address
 * and an access (IA32_PF_W, IA32_PF_U). Sets the accessed and dirty bits
 * in memory as the processor does. Returns 0, or the #PF error code | 0x100
 * when the access faults (so "not present, read, supervisor" is nonzero). */
unsigned ia32_page_walk(vt_mem *m, uint32_t cr0, uint32_t cr3, uint32_t cr4, uint32_t lin,
                        unsigned access, ia32_walk *out);
enum { IA32_WALK_FAULT = 0x100 };

/* Whether rights allow an access under CR0.WP (SDM vol. 3 4.6). */
bool ia32_page_access_ok(uint16_t flags, unsigned access, bool wp);

/* Translate with paging on: the architectural TLB, then a walk. 0 with
 * *phys, or -1 with #PF recorded and CR2 set. */
int ia32_paging_translate(vtsim_engine *e, ia32_cpu *c, uint32_t lin, bool write, uint64_t *phys);
/* Forget translations: all, or all but the global ones. */
void ia32_arch_tlb_flush(ia32_cpu *c, bool global_too);
/* MOV to CR3: flush the non-global translations, emit as_switch. */
void ia32_load_cr3(vtsim_engine *e, ia32_cpu *c, uint32_t v);
/* INVLPG: the translation of one page, global or not. */
void ia32_invlpg(vtsim_engine *e, ia32_cpu *c, uint32_t lin);

#endif
