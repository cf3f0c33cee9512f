/* The IA-64 CPU model's state: everything one processor holds, in one block
 * owned by the engine (e->cpu). Itanium SDM rev. 2.3 vol. 1 chapter 3
 * ("Execution Environment"), vol. 1 chapter 6 (the register stack engine). */
#ifndef VT_IA64_CPU_H
#define VT_IA64_CPU_H

#include <stdbool.h>
#include <stdint.h>

#include "vtsim/vtsim.h"
#include "ia64/decode.h"

/* Physical stacked general registers (Itanium 2 has 96: vol. 1 6.1). */
#define IA64_NSTACKED 96
/* gr[] slots: r0-r31, the stacked ring, and one scratch slot that names
 * "outside the frame" until the frame check rejects the instruction. */
#define IA64_GR_SLOTS  (32 + IA64_NSTACKED + 1)
#define IA64_GR_NOWHERE (32 + IA64_NSTACKED)

/* Application register numbers (vol. 1 Table 3-3). */
enum {
  IA64_AR_KR0 = 0,
  IA64_AR_RSC = 16,
  IA64_AR_BSP = 17,
  IA64_AR_BSPSTORE = 18,
  IA64_AR_RNAT = 19,
  IA64_AR_FCR = 21,
  IA64_AR_EFLAG = 24,
  IA64_AR_CSD = 25,
  IA64_AR_SSD = 26,
  IA64_AR_CFLG = 27,
  IA64_AR_FSR = 28,
  IA64_AR_FIR = 29,
  IA64_AR_FDR = 30,
  IA64_AR_CCV = 32,
  IA64_AR_UNAT = 36,
  IA64_AR_FPSR = 40,
  IA64_AR_ITC = 44,
  IA64_AR_RUC = 45,
  IA64_AR_PFS = 64,
  IA64_AR_LC = 65,
  IA64_AR_EC = 66,
};

/* PSR bits (vol. 2 Table 3-2); the user mask is bits 5:0, the system
 * mask (rsm/ssm) bits 23:0, mov psr.l bits 31:0. Bit 46 (vm) is reserved
 * until VT-i. */
#define IA64_PSR_BE  (1ull << 1)
#define IA64_PSR_UP  (1ull << 2)
#define IA64_PSR_AC  (1ull << 3)
#define IA64_PSR_MFL (1ull << 4)
#define IA64_PSR_MFH (1ull << 5)
#define IA64_PSR_UM  0x3full
#define IA64_PSR_IC  (1ull << 13)
#define IA64_PSR_I   (1ull << 14)
#define IA64_PSR_PK  (1ull << 15)
#define IA64_PSR_DT  (1ull << 17)
#define IA64_PSR_DFL (1ull << 18)
#define IA64_PSR_DFH (1ull << 19)
#define IA64_PSR_SP  (1ull << 20)
#define IA64_PSR_PP  (1ull << 21)
#define IA64_PSR_DI  (1ull << 22)
#define IA64_PSR_SI  (1ull << 23)
#define IA64_PSR_DB  (1ull << 24)
#define IA64_PSR_LP  (1ull << 25)
#define IA64_PSR_TB  (1ull << 26)
#define IA64_PSR_RT  (1ull << 27)
#define IA64_PSR_CPL_SHIFT 32
#define IA64_PSR_CPL (3ull << 32)
#define IA64_PSR_IS  (1ull << 34)
#define IA64_PSR_MC  (1ull << 35)
#define IA64_PSR_IT  (1ull << 36)
#define IA64_PSR_ID  (1ull << 37)
#define IA64_PSR_DA  (1ull << 38)
#define IA64_PSR_DD  (1ull << 39)
#define IA64_PSR_SS  (1ull << 40)
#define IA64_PSR_RI_SHIFT 41
#define IA64_PSR_RI  (3ull << 41)
#define IA64_PSR_ED  (1ull << 43)
#define IA64_PSR_BN  (1ull << 44)
#define IA64_PSR_IA  (1ull << 45)
/* Every defined bit: 0 and 6-12, 16, 28-31, 46-63 are reserved. */
#define IA64_PSR_DEFINED 0x3fff0ffee03eull
#define IA64_PSR_SM_MASK 0xffffffull

/* Control register numbers (vol. 2 Table 3-3). */
enum {
  IA64_CR_DCR = 0, IA64_CR_ITM = 1, IA64_CR_IVA = 2, IA64_CR_PTA = 8,
  IA64_CR_IPSR = 16, IA64_CR_ISR = 17, IA64_CR_IIP = 19, IA64_CR_IFA = 20,
  IA64_CR_ITIR = 21, IA64_CR_IIPA = 22, IA64_CR_IFS = 23, IA64_CR_IIM = 24,
  IA64_CR_IHA = 25, IA64_CR_LID = 64, IA64_CR_IVR = 65, IA64_CR_TPR = 66,
  IA64_CR_EOI = 67, IA64_CR_IRR0 = 68, IA64_CR_ITV = 72, IA64_CR_PMV = 73,
  IA64_CR_CMCV = 74, IA64_CR_LRR0 = 80, IA64_CR_LRR1 = 81,
};

/* ISR fields (vol. 2 3.3.5.2, Table 3-7). */
#define IA64_ISR_X  (1ull << 32)
#define IA64_ISR_W  (1ull << 33)
#define IA64_ISR_R  (1ull << 34)
#define IA64_ISR_NA (1ull << 35)
#define IA64_ISR_SP (1ull << 36)
#define IA64_ISR_RS (1ull << 37)
#define IA64_ISR_IR (1ull << 38)
#define IA64_ISR_NI (1ull << 39)
#define IA64_ISR_EI_SHIFT 41
#define IA64_ISR_ED (1ull << 43)

/* A floating-point register: sign, 17-bit biased exponent, 64-bit
 * significand with explicit integer bit (vol. 1 5.1, Figure 5-1). */
typedef struct ia64_fr {
  uint64_t sig;
  uint32_t exp;
  uint8_t sign;
} ia64_fr;

#define IA64_FR_BIAS    0xFFFF
#define IA64_FR_EXP_MAX 0x1FFFF
#define IA64_FR_EXP_INT 0x1003E /* integer significands: 2^63 weight for bit 63 */

/* The current frame marker (vol. 1 3.1.7, Figure 3-3). */
typedef struct ia64_cfm {
  uint8_t sof, sol, sor; /* sor in registers (the field is in units of 8) */
  uint8_t rrb_gr, rrb_fr, rrb_pr;
} ia64_cfm;

/* One ALAT entry (vol. 1 4.4.5.2): tagged with the physical target register. */
typedef struct ia64_alat_entry {
  uint64_t addr;
  uint16_t reg; /* GR slot, or 256 + physical FR */
  uint8_t size, valid;
} ia64_alat_entry;
#define IA64_ALAT_SIZE 32

/* Interruptions a handler may raise (faults are values). */
typedef enum ia64_fault_kind {
  IA64_F_NONE = 0,
  IA64_F_ILLEGAL_OP,     /* Illegal Operation fault */
  IA64_F_UNIMPLEMENTED,  /* an instruction this model lacks: Illegal Operation, counted */
  IA64_F_BREAK,          /* Break Instruction fault (imm in fault.imm) */
  IA64_F_PRIVILEGED_OP,  /* Privileged Operation fault */
  IA64_F_PRIVILEGED_REG, /* Privileged Register fault */
  IA64_F_RESERVED_REG,   /* Reserved Register/Field fault */
  IA64_F_NAT_CONSUMPTION,/* Register NaT Consumption fault */
  IA64_F_DATA_ACCESS,    /* no mapping with the needed permission (user mode: SIGSEGV) */
  IA64_F_INST_ACCESS,    /* instruction fetch from a page without execute permission */
  IA64_F_UNALIGNED,      /* Unaligned Data Reference fault */
  IA64_F_FP,             /* floating-point fault */
  /* the system architecture (vol. 2 5.6, Table 5-6) */
  IA64_F_VHPT_I,         /* VHPT Translation fault, instruction */
  IA64_F_VHPT_D,         /* VHPT Translation fault, data */
  IA64_F_ITLB,           /* Instruction TLB fault */
  IA64_F_DTLB,           /* Data TLB fault (Data Nested TLB when PSR.ic = 0) */
  IA64_F_ALT_ITLB,       /* Alternate Instruction TLB fault */
  IA64_F_ALT_DTLB,       /* Alternate Data TLB fault */
  IA64_F_IKEY_MISS,      /* Instruction Key Miss fault */
  IA64_F_DKEY_MISS,      /* Data Key Miss fault */
  IA64_F_DIRTY,          /* Dirty-Bit fault */
  IA64_F_IACCESS_BIT,    /* Instruction Access-Bit fault */
  IA64_F_DACCESS_BIT,    /* Data Access-Bit fault */
  IA64_F_PAGE_NOT_PRESENT, /* Instruction/Data Page Not Present fault */
  IA64_F_IKEY_PERM,      /* Instruction Key Permission fault */
  IA64_F_DKEY_PERM,      /* Data Key Permission fault */
  IA64_F_UNIMPL_DADDR,   /* Unimplemented Data Address fault */
  IA64_F_DISABLED_FP,    /* Disabled FP-Register fault (PSR.dfl / PSR.dfh) */
  IA64_F_IDEBUG,         /* Instruction Debug fault (an IBR match) */
  IA64_F_DDEBUG,         /* Data Debug fault (a DBR match) */
  IA64_F_NAT_PAGE,       /* Data/Instruction NaT Page Consumption fault (TLB ma = NaTPage) */
  IA64_F_LP_TRAP,        /* Lower-Privilege Transfer trap (and ss/tb concurrent) */
  IA64_F_TB_TRAP,        /* Taken Branch trap */
  IA64_F_SS_TRAP,        /* Single Step trap */
  IA64_F_EXTERNAL,       /* External Interrupt (not a fault: delivered between instructions) */
  IA64_F_FP_TRAP,        /* Floating-point Trap (o, u, i; vol. 2 8.2 vector 0x5d00) */
  IA64_F_DISABLED_ISA,   /* Disabled Instruction Set Transition fault (br.ia, rfi to IA-32) */
  IA64_F_UNIMPL_IADDR,   /* Unimplemented Instruction Address fault (a fetch there) */
  IA64_F_SPEC_OP,        /* Speculative Operation fault (a chk / fchkf branch left to software) */
  IA64_F_UNSUPPORTED_DATA, /* Unsupported Data Reference fault (the page's memory attribute) */
  IA64_F_COUNT_
} ia64_fault_kind;

typedef struct ia64_fault {
  uint8_t kind; /* ia64_fault_kind */
  uint8_t has_addr;
  uint64_t addr;
  uint64_t imm;
  uint64_t isr; /* ISR access bits (x/w/r/na/sp/rs) and code the raiser knows */
  /* Traps (vol. 2 5.5.1): ISR.ei names the trapping instruction, IIPA its
   * bundle; IIP/IPSR.ri (c->ip/c->slot) name the next instruction. */
  uint8_t trap, ei;
  uint64_t iipa;
} ia64_fault;

/* ISR.code{3:0} of the Speculative Operation fault, the check type (vol. 2
 * 8.2 Speculation vector); bit n of ia64_cpu.chk_unimpl. */
enum {
  IA64_CHK_A_GR = 0,
  IA64_CHK_S_GR = 1,
  IA64_CHK_A_FR = 2,
  IA64_CHK_S_FR = 3,
  IA64_CHK_FCHKF = 4
};

/* ISR.code of the traps (vol. 2 Table 8-3). */
#define IA64_TRAP_LP 0x2
#define IA64_TRAP_UI 0x10 /* Unimplemented Instruction Address trap */
#define IA64_TRAP_TB 0x4
#define IA64_TRAP_SS 0x8
/* PSR bits that make the dispatch loop look after every instruction. */
#define IA64_PSR_TRAPS (IA64_PSR_SS | IA64_PSR_TB | IA64_PSR_LP)
/* PSR bits that last one instruction: cleared after each one completes
 * (vol. 2 Table 3-2: id, da, dd, ia; ed, which only rfi sets). */
#define IA64_PSR_ONCE (IA64_PSR_ID | IA64_PSR_DA | IA64_PSR_DD | IA64_PSR_IA | IA64_PSR_ED)
/* What sets c->attn: the traps, instruction breakpoints (db), the once bits. */
#define IA64_PSR_ATTN (IA64_PSR_TRAPS | IA64_PSR_DB | IA64_PSR_ONCE)
/* PSR bits that keep data accesses on the slow path (the software TLBs
 * are flushed when one changes and not filled while one is set). */
#define IA64_PSR_SLOWMEM (IA64_PSR_BE | IA64_PSR_AC)

struct ia64_cpu;
struct vtsim_engine;
struct ia64_xinsn;
/* An instruction handler: IA64_OK, IA64_TAKEN (ip set to the target), or
 * IA64_FAULT with c->fault recorded. */
typedef int (*ia64_handler)(struct vtsim_engine *e, struct ia64_cpu *c,
                            const struct ia64_xinsn *x);
enum { IA64_OK = 0, IA64_TAKEN = 1, IA64_FAULT = -1 };

/* A decoded instruction bound to its handler and the parameters the
 * handler reads (sizes, compare relation and type...). */
typedef struct ia64_xinsn {
  ia64_handler fn;
  ia64_insn in;
  uint8_t slot;
  uint8_t maxgr;  /* highest GR operand: must lie inside the frame */
  uint8_t always; /* runs with a false qp too (the .unc compares) */
  uint8_t pq;     /* the qp the loop tests: 0 when the instruction runs always */
  uint8_t p0, p1, p2, p3;
} ia64_xinsn;

/* A decoded bundle in the cache, keyed by its address. */
typedef struct ia64_cbundle {
  uint64_t ip;
  uint32_t epoch; /* valid while equal to ia64_cpu.icache_epoch */
  uint8_t n;      /* instructions */
  uint8_t reserved;
  /* No qp other than p0 and no frame change (alloc, cover) inside: the
   * frame check of all instructions is one look at maxgr, their highest GR. */
  uint8_t plain, maxgr;
  uint8_t raw[16];
  ia64_xinsn x[3];
} ia64_cbundle;

#define IA64_ICACHE_SIZE   8192
#define IA64_MAX_CODE_PAGES 1024
#define IA64_TLB_SIZE      256

typedef struct ia64_tlb_entry {
  uint64_t tag;  /* virtual page number + 1 (0 = invalid) */
  uint8_t *host; /* host address of the page */
} ia64_tlb_entry;

/* A translation (vol. 2 4.1.1): the TLB entry, kept decoded. */
typedef struct ia64_tr {
  uint64_t vpn;  /* virtual address with the page offset cleared (region bits kept) */
  uint64_t pte;  /* the inserted PTE (p, ma, a, d, pl, ar, ppn, ed) */
  uint32_t rid;
  uint32_t key;
  uint8_t ps;
  uint8_t valid;
} ia64_tr;

#define IA64_NTR 8  /* translation registers of each kind (PAL_VM_SUMMARY) */
#define IA64_NTC 64 /* translation cache entries of each kind */
#define IA64_NPKR 16

struct ia64_linux;
struct vt_uspace;

typedef struct ia64_cpu {
  /* General registers: gr[gmap[n]] is rn of the current frame. */
  uint64_t gr[IA64_GR_SLOTS];
  uint8_t nat[IA64_GR_SLOTS];
  uint16_t gmap[128];
  uint8_t frame_end; /* 32 + sof: GR operands at or above it are illegal */
  ia64_fr fr[128];
  uint8_t fmap[128]; /* physical FR of each FR name (rotation) */
  uint8_t pr[64];
  uint8_t pmap[64]; /* physical PR of each PR name (rotation) */
  uint8_t mapped_rrb_fr, mapped_rrb_pr; /* the bases fmap/pmap were built for */
  uint64_t br[8];
  uint64_t ar[128];
  uint64_t ip;
  uint8_t slot;
  ia64_cfm cfm;
  uint64_t psr;

  /* The system architecture (vol. 2): control registers, the inactive
   * bank of r16-r31 (vol. 2 3.3.1), region and protection-key registers,
   * the TLBs, the breakpoint registers (debug.c), performance registers
 * (pmu.c). */
  uint64_t cr[128];
  uint64_t bank[16];
  uint8_t bank_nat[16];
  uint64_t rr[8];
  uint64_t pkr[IA64_NPKR];
  uint64_t ibr[8], dbr[8], pmc[32], pmd[32];
  /* The performance monitors (pmu.h): pmd[4-7] are the counts as of
   * icount pmu_since; bit i of pmu_running: PMD[4 + i] counts. */
  uint64_t pmu_since;
  uint8_t pmu_running;
  ia64_tr itr[IA64_NTR], dtr[IA64_NTR], itc[IA64_NTC], dtc[IA64_NTC];
  unsigned itc_next, dtc_next; /* round-robin replacement */
  uint64_t last_ip;            /* bundle of the last retired instruction (IIPA) */
  /* External interrupts (vol. 2 5.8): pending (IRR) and in-service bits. */
  uint64_t irr[4], isv[4];
  uint64_t itm_armed;          /* 1 while ITM is waiting for ITC to reach it */
  uint64_t event_at;           /* icount at which to look at timer and interrupts */
  /* Check types (IA64_CHK_*) whose recovery branch this processor leaves to
   * software through the Speculative Operation fault (vol. 3 chk, fchkf:
   * check_branch_implemented): none on this model by default, as on Itanium 2. */
  uint8_t chk_unimpl;

  /* The register stack engine (vol. 1 6): the stacked ring holds the dirty
   * partition (ndirty registers below r32, not yet in the backing store
   * between AR.BSPSTORE and AR.BSP) and the current frame from bof. */
  unsigned bof;    /* ring index (0..IA64_NSTACKED-1) of r32 */
  unsigned ndirty; /* dirty registers below bof */

  ia64_alat_entry alat[IA64_ALAT_SIZE];
  unsigned alat_valid; /* how many entries are valid (stores skip the scan at 0) */
  /* ISR.code of the Floating-point Trap the instruction raised (exec_fp.c) */
  uint16_t fp_trap;

  /* The fault an instruction raised. */
  ia64_fault fault;
  /* Nonzero when the loop must look after each instruction: a stop
   * request (stop_reason) or a PSR trap bit (IA64_PSR_TRAPS). */
  uint8_t attn;
  uint8_t no_trap;    /* the instruction was rfi: no ss/tb trap (vol. 2 9.1) */
  uint8_t once_fresh; /* PSR.id/da/dd/ia were just set: they apply to the next instruction */
  uint8_t trap_code;  /* trap conditions the instruction raised (lp, ui) */
  uint8_t rse_access; /* the memory access is the RSE's: PSR.rt, RSC.be, ISR.rs */
  vtsim_stop_reason stop_reason;
  int exit_status;
  uint64_t unimplemented_ops[(IA64_OP_COUNT_ + 1 + 63) / 64];
  char unimpl_ssc[64]; /* system mode: simulator calls not implemented */

  /* Linux user mode: the system-call layer and the process's mappings. */
  struct ia64_linux *linux;
  const struct vt_uspace *uspace;

  /* Software TLBs (writes skip pages holding cached instructions) and the
   * decode cache. */
  ia64_tlb_entry rtlb[IA64_TLB_SIZE], wtlb[IA64_TLB_SIZE];
  uint32_t icache_epoch;
  ia64_cbundle *icache;
  uint64_t code_pages[IA64_MAX_CODE_PAGES];
  unsigned ncode_pages;
} ia64_cpu;

#endif
