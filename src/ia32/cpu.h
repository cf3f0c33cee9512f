/* The IA-32 CPU model's state: everything one processor holds, in one block
 * owned by the engine (e->cpu). Intel SDM vol. 1 ch. 3, vol. 3 ch. 2-3. */
#ifndef VTSIM_IA32_CPU_H
#define VTSIM_IA32_CPU_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "vtsim/vtsim.h"
#include "alu.h"
#include "decode.h"
#include "x87.h"

/* General registers by encoding. */
enum { IA32_EAX, IA32_ECX, IA32_EDX, IA32_EBX, IA32_ESP, IA32_EBP, IA32_ESI, IA32_EDI };

/* EFLAGS bits beyond the arithmetic ones (alu.h). */
#define IA32_EFLAGS_FIXED 0x00000002u /* bit 1 reads as 1 */
#define IA32_EFLAGS_TF    0x00000100u
#define IA32_EFLAGS_IF    0x00000200u
#define IA32_EFLAGS_DF    0x00000400u
#define IA32_EFLAGS_IOPL  0x00003000u
#define IA32_EFLAGS_NT    0x00004000u
#define IA32_EFLAGS_RF    0x00010000u
#define IA32_EFLAGS_VM    0x00020000u
#define IA32_EFLAGS_AC    0x00040000u
#define IA32_EFLAGS_ID    0x00200000u

#define IA32_CR0_AM 0x00040000u /* alignment mask (SDM vol. 3 2.5) */

/* A segment register: the visible selector and the hidden descriptor cache,
 * loaded only when the selector is loaded (SDM vol. 3 3.4.3). The access
 * rights use the VMCS layout (SDM vol. 3 24.4.1): type 3:0, S 4, DPL 6:5,
 * P 7, AVL 12, D/B 14, G 15, unusable 16. */
typedef struct ia32_seg {
  uint16_t sel;
  uint32_t base;
  uint32_t limit; /* in bytes, granularity applied */
  uint32_t ar;
} ia32_seg;

#define IA32_AR_DB (1u << 14)
#define IA32_AR_UNUSABLE (1u << 16)
#define IA32_AR_TYPE_BIT2 (1u << 2) /* data: expand-down; code: conforming */

/* Interruption delivered by an instruction handler (a fault is a value). */
typedef struct ia32_fault {
  uint8_t vector;  /* 0..31 */
  uint8_t has_error_code;
  uint32_t error_code;
} ia32_fault;

enum { IA32_NO_FAULT = 0xff };

/* One entry of the software TLB: a linear page and the host page behind it. */
typedef struct ia32_tlb_entry {
  uint32_t tag;  /* linear page number + 1 (0 = invalid) */
  uint8_t *host; /* host address of the page */
} ia32_tlb_entry;

#define IA32_TLB_SIZE 256

/* One translation of the architectural TLB (paging.c): what the processor
 * remembers of a page walk, kept until INVLPG or a CR3 load (global pages:
 * until INVLPG or a CR4.PGE change), so stale translations behave as the
 * SDM describes (vol. 3 4.10). Direct-mapped by linear page number. */
typedef struct ia32_arch_tlb_entry {
  uint32_t tag;   /* linear page number + 1 (0 = invalid) */
  uint32_t frame; /* physical page number */
  uint16_t flags; /* IA32_PTE_W, IA32_PTE_U (effective over both levels), IA32_PTE_D, IA32_PTE_G */
} ia32_arch_tlb_entry;

#define IA32_ARCH_TLB_SIZE 1024

/* The 8259A programmable interrupt controller (pic.c). */
typedef struct ia32_pic {
  uint8_t irr, isr, imr;
  uint8_t vector_base; /* ICW2 & 0xf8 */
  uint8_t icw1, icw3, icw4;
  uint8_t icw_next;    /* the ICW expected next on the odd port (2..4), 0 when initialised */
  uint8_t lowest;      /* the IR line with the lowest priority (rotation) */
  uint8_t read_isr;    /* OCW3 RR/RIS: reads of the even port return ISR */
  uint8_t poll;        /* OCW3 P: the next even-port read is a poll */
  uint8_t special_mask, rotate_aeoi;
} ia32_pic;

/* One counter of the 8254 programmable interval timer (pit.c). Times are
 * in PIT input clocks since the run began (docs/platform.md). */
typedef struct ia32_pit_counter {
  uint8_t mode, access, bcd;
  uint8_t write_lsb_next, read_lsb_next; /* access mode 3 byte order */
  uint8_t latched, latch_lsb_next;
  uint16_t latch;
  uint16_t reload_partial;
  uint32_t reload; /* 1..65536 */
  bool counting;
  uint64_t start;     /* when the count was loaded */
  uint64_t next_edge; /* the next rising edge of OUT (counter 0 drives IRQ 0) */
} ia32_pit_counter;

struct ia32_cpu;
/* An instruction handler (interp.h): 0 with EIP advanced, or -1 with a
 * fault recorded in the CPU. next is the address after the instruction. */
typedef int (*ia32_handler)(struct vtsim_engine *e, struct ia32_cpu *c, const ia32_insn *in,
                            uint32_t next);

/* A decoded instruction with the handler that executes it. */
typedef struct ia32_block_insn {
  ia32_handler fn; /* NULL: not implemented by this model (#UD, counted) */
  ia32_insn insn;
} ia32_block_insn;

/* A basic block: instructions decoded once from consecutive addresses,
 * ending with the first control transfer or system instruction, at a page
 * boundary, or at IA32_BLOCK_MAX. Only the last one may change EIP other
 * than by falling through. Cached by the linear address of its start and
 * the default operand size it was decoded with (CS.D): the same bytes
 * reached through a 16-bit and a 32-bit code segment are different code.
 * The cache holds small headers (dense, so the lookup stays in the host's
 * caches); the instructions live in a pool filled in decode order, so hot
 * code is contiguous. */
#define IA32_BLOCK_MAX 32
typedef struct ia32_block {
  uint32_t eip;          /* linear address of the first byte */
  uint32_t epoch;        /* valid while equal to ia32_cpu.icache_epoch */
  uint32_t cs_d;         /* CS.ar & IA32_AR_DB when decoded */
  uint32_t n;            /* instructions */
  ia32_block_insn *insn; /* the first of them, in ia32_cpu.pool */
} ia32_block;

#define IA32_BLOCK_CACHE_SIZE 8192
/* Instructions the pool holds; when a new block may not fit, the whole
 * cache is flushed (a new epoch) and the pool starts again. */
#define IA32_POOL_INSNS 65536
#define IA32_MAX_CODE_PAGES 1024

struct ia32_linux;
struct vt_uspace;

typedef struct ia32_cpu {
  uint32_t gpr[8];
  uint32_t eip;
  uint32_t eflags;        /* all bits but the arithmetic ones, which live in lf */
  ia32_lazy_flags lf;
  ia32_seg seg[6];        /* ES CS SS DS FS GS (decode.h IA32_ES...) */
  ia32_seg ldtr, tr;
  uint32_t gdtr_base, idtr_base;
  uint16_t gdtr_limit, idtr_limit;
  uint32_t cr0, cr2, cr3, cr4;
  uint32_t dr[8];
  uint8_t cpl;
  /* Model-specific registers (SDM vol. 4 table 2-2). */
  uint32_t sysenter_cs, sysenter_esp, sysenter_eip;
  uint64_t apic_base, feature_control;
  ia32_x87 x87; /* the x87 FPU (x87.h) */
  uint64_t tsc_base;

  /* Linux user mode: the emulated GDT entries set_thread_area fills (raw
   * 8-byte descriptors, indexes 0..15) and the system-call layer. */
  uint64_t user_gdt[16];
  struct ia32_linux *linux;
  const struct vt_uspace *uspace; /* the process's mappings (user mode) */

  /* The fault an instruction raised (ia32_raise), and CR2-like address. */
  ia32_fault fault;
  uint32_t fault_addr;
  /* Set by a handler that ends the run (exit, shutdown). */
  vtsim_stop_reason stop_reason;
  int exit_status;
  uint8_t shutdown_match; /* bytes of "Shutdown" seen on port 0x8900 */
  uint64_t unimplemented_ops[(IA32_OP_COUNT_ + 63) / 64]; /* which ones were met */

  /* System mode: set while the processor itself reads or writes system
   * structures (GDT, LDT, IDT, TSS, inner stacks): supervisor accesses at
   * any CPL (SDM vol. 3 4.6). */
  bool implicit_sv;
  /* Events the block loop looks at between blocks once e->icount reaches
   * event_at: timer edges, interrupts becoming deliverable, HLT. */
  uint64_t event_at;
  /* The interrupt shadow: no external event (interrupt or NMI) before
   * this icount; shadow says who set it (VMCS interruptibility-state
   * layout, SDM vol. 3 24.4.2: bit 0 STI, bit 1 MOV SS / POP SS). */
  uint64_t inhibit_until;
  uint8_t shadow;
  /* A non-maskable interrupt waits (vtsim_nmi), and NMIs are blocked from
   * one's delivery until the next IRET (SDM vol. 3 6.7.1). */
  bool nmi_pending, nmi_blocked;
  uint64_t idle;          /* PIT clocks that passed while halted */
  bool halted;
  /* EFLAGS.TF was set when the instruction at step_icount began: a #DB
   * trap follows it if it retires (SDM vol. 3 17.3.1.4). */
  bool step_armed;
  uint64_t step_icount;
  /* Breakpoints DR7 enables (debug.c): bit n for DRn. Data breakpoints
   * matched by the current instruction wait in dbg_data_hits for it to
   * complete. */
  uint8_t dbg_insn_bps, dbg_data_bps, dbg_data_writes, dbg_data_hits;
  /* EFLAGS.RF was 1 when the instruction at rf_icount began: cleared once
   * it completes (SDM vol. 3 17.3.1.1). */
  bool rf_armed;
  uint64_t rf_icount;
  uint32_t task_unimplemented; /* task switches met (not modelled) */
  ia32_pic pic[2];              /* master, slave */
  ia32_pit_counter pit[3];
  ia32_arch_tlb_entry arch_tlb[IA32_ARCH_TLB_SIZE];

  /* Software TLBs for reads and writes (writes skip pages holding cached
   * instructions, so every write to code goes through the slow path). */
  ia32_tlb_entry rtlb[IA32_TLB_SIZE], wtlb[IA32_TLB_SIZE];
  uint32_t icache_epoch;
  ia32_block *blocks; /* IA32_BLOCK_CACHE_SIZE entries, direct-mapped */
  ia32_block_insn *pool; /* IA32_POOL_INSNS instructions of the cached blocks */
  uint32_t pool_used;
  /* The block running now stops before this instruction; a cache flush
   * (self-modifying code) clears it so the block ends at once. */
  const ia32_block_insn *run_end;
  /* Physical pages flagged VT_PAGE_CODE because cached blocks came from
   * them; unflagged when the cache is flushed. */
  uint64_t code_pages[IA32_MAX_CODE_PAGES];
  unsigned ncode_pages;
} ia32_cpu;

/* The arithmetic flags merged in: the architectural EFLAGS value. */
static inline uint32_t ia32_get_eflags(const ia32_cpu *c) {
  return ia32_flags_materialize(&c->lf, c->eflags);
}

static inline void ia32_set_eflags(ia32_cpu *c, uint32_t value) {
  /* Alignment checking may start: it keeps the software TLBs empty (mem.c). */
  if ((c->eflags ^ value) & IA32_EFLAGS_AC) {
    memset(c->rtlb, 0, sizeof c->rtlb);
    memset(c->wtlb, 0, sizeof c->wtlb);
  }
  c->eflags = (value & ~IA32_EFLAGS_ARITH) | IA32_EFLAGS_FIXED;
  ia32_flags_load(&c->lf, value);
}

#endif
