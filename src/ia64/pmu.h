/* The performance monitors (Itanium SDM vol. 2 7.2): the overflow status
 * registers PMC0-3, the generic counter pairs PMC/PMD 4-7, their counting
 * rule under PSR.up/pp/cpl and PMC0.fr, overflow with its interrupt through
 * cr.pmv, and the access rules of mov pmc/pmd (pmu.c).
 *
 * Counters are lazy: c->pmd[i] holds the count as of c->pmu.since (an
 * icount); a running counter's value is that plus the instructions retired
 * since. Anything that changes whether a counter runs syncs first
 * (ia64_pmu_sync), then recomputes (ia64_pmu_update), so the dispatch loop
 * does no per-instruction work; overflows are found through c->event_at. */
#ifndef VT_IA64_PMU_H
#define VT_IA64_PMU_H

#include <stdbool.h>
#include <stdint.h>

#include "ia64/cpu.h"

/* This model's PMU, as PAL_PERF_MON_INFO reports it: the four architected
 * generic pairs, 47-bit counters and the Itanium 2 event codes of the two
 * events every processor has (vol. 2 7.2.3). */
#define IA64_PMU_FIRST      4
#define IA64_PMU_COUNT      4
#define IA64_PMU_WIDTH      47
#define IA64_PMU_EV_CYCLES  0x12 /* CPU_CYCLES */
#define IA64_PMU_EV_RETIRED 0x08 /* IA64_INST_RETIRED */

/* PMC0 (vol. 2 Table 7-7): fr, then one overflow bit per counter pair. */
#define IA64_PMC0_FR 1ull
/* PMC4-7 (vol. 2 Table 7-4): plm 3:0, ev 4, oi 5, pm 6, es 15:8. */
#define IA64_PMC_PLM      0xfull
#define IA64_PMC_EV       (1ull << 4)
#define IA64_PMC_OI       (1ull << 5)
#define IA64_PMC_PM       (1ull << 6)
#define IA64_PMC_ES_SHIFT 8
/* The PSR bits whose change can start or stop a counter. */
#define IA64_PSR_PMU (IA64_PSR_UP | IA64_PSR_PP | IA64_PSR_CPL)

/* ---- the rules on their own (pure) ---------------------------------------------------------- */

/* Generic Monitor Enable (vol. 2 7.2.1): not PMC0.fr, PMC.plm[PSR.cpl], and
 * PSR.pp for a privileged monitor (PMC.pm) or PSR.up for a user one; and
 * an event this model counts. */
bool ia64_pmu_enabled(uint64_t pmc, uint64_t pmc0, uint64_t psr);
/* A PMC or PMD as written: ignored and unimplemented bits dropped. */
uint64_t ia64_pmu_pmc_written(unsigned idx, uint64_t v);
uint64_t ia64_pmu_pmd_written(unsigned idx, uint64_t v);
/* What mov r1 = pmd[] returns: at a nonzero privilege level, 0 when PSR.sp
 * secures the monitors or the pair is a privileged monitor (vol. 2 7.2.1). */
uint64_t ia64_pmu_pmd_visible(uint64_t count, uint64_t pmc, uint64_t psr);
/* Count plus n events, wrapped to the counter width; *wrapped when it
 * carried out of bit W-1. */
uint64_t ia64_pmu_add(uint64_t count, uint64_t n, bool *wrapped);
/* PAL_PERF_MON_INFO: the pm_info word and the 128-byte masks (implemented
 * PMCs, implemented PMDs, cycle-capable and retired-capable counters). */
uint64_t ia64_pmu_info(void);
void ia64_pmu_info_masks(uint64_t out[16]);

/* ---- the machine ------------------------------------------------------------------------------
 */

struct vtsim_engine;
struct ia64_xinsn;
void ia64_pmu_reset(ia64_cpu *c);
/* Bring the running counters up to icount `now`, taking their overflows
 * in order (overflow bits, freeze, the cr.pmv interrupt). */
void ia64_pmu_sync(ia64_cpu *c, uint64_t now);
/* Recompute which counters run (after a sync) and when the next overflow
 * is due (c->event_at). */
void ia64_pmu_update(ia64_cpu *c);
/* From ia64_check_events: overflows due by now; the next one's icount. */
uint64_t ia64_pmu_check(ia64_cpu *c, uint64_t now);
/* mov to/from pmc and pmd (exec_priv.c binds; x->p0 3 pmc, 4 pmd; x->p1 from). */
int ia64_pmu_mov(struct vtsim_engine *e, ia64_cpu *c, const struct ia64_xinsn *x);

#endif
