/* Virtual memory of the system architecture (vm.c): what the memory slow
 * path, the TLB instructions, interruption delivery and PAL share. */
#ifndef VT_IA64_VM_H
#define VT_IA64_VM_H

#include "common/engine.h"
#include "common/uspace.h"
#include "ia64/cpu.h"

/* Implemented address bits (reported by PAL_VM_SUMMARY): VA bits 50:0 of
 * each region, PA bits 49:0 (those of an Itanium 2). */
#define IA64_IMPL_VA_MSB 50
#define IA64_IMPL_PA_MSB 49
/* Supported page sizes, bit n = 2^n bytes (PAL_VM_PAGE_SIZE): 4K, 8K,
 * 16K, 64K, 256K, 1M, 4M, 16M, 64M, 256M, 1G, 4G. */
#define IA64_PAGE_SIZES 0x155557000ull
#define IA64_RID_BITS 24
#define IA64_KEY_BITS 24

#define IA64_PTA_VF (1ull << 8)
#define IA64_PTE_A (1ull << 5)
#define IA64_PTE_D (1ull << 6)
#define IA64_MA_NATPAGE 7 /* pte.ma (bits 4:2) NaTPage (vol. 2 Table 4-10) */
#define IA64_PTE_PPN (((1ull << (IA64_IMPL_PA_MSB + 1)) - 1) & ~0xfffull)
/* Extra bits of the `need` argument of ia64_vm_translate: a non-access
 * reference (tpa, tak, probe: ISR.na), read-or-write for ISR.r. */
#define IA64_ACCESS_NA 0x100
#define IA64_ACCESS_RW 0x200

bool ia64_page_size_ok(unsigned ps);
bool ia64_va_implemented(uint64_t va);
/* ip is an implemented instruction address under PSR.it (virtual) or not (physical). */
bool ia64_ip_implemented(const ia64_cpu *c, uint64_t ip);
unsigned ia64_rr_ps(uint64_t rr);
uint32_t ia64_rr_rid(uint64_t rr);
uint64_t ia64_thash(const ia64_cpu *c, uint64_t va);
uint64_t ia64_ttag(const ia64_cpu *c, uint64_t va);
int ia64_page_rights(unsigned ar, unsigned pl, unsigned cpl);

/* The TR or TC entry translating va (TRs first), or NULL. */
const ia64_tr *ia64_tlb_lookup(const ia64_cpu *c, uint64_t va, bool insn);
ia64_tr ia64_make_entry(const ia64_cpu *c, uint64_t va, uint64_t pte, uint64_t itir);
void ia64_tc_insert(ia64_cpu *c, ia64_tr t, bool insn);
void ia64_tc_purge(ia64_cpu *c, uint64_t va, unsigned ps, bool insn, bool data);
void ia64_tr_purge(ia64_cpu *c, uint64_t va, unsigned ps, bool insn);

/* va to pa for an access needing VT_PROT_* rights (| IA64_ACCESS_*), with
 * the TLB faults of vol. 2 5.6 (recorded in c->fault unless probe). */
int ia64_vm_translate(vtsim_engine *e, ia64_cpu *c, uint64_t va, int need, bool probe,
                      uint64_t *pa, unsigned *ps);

#endif
