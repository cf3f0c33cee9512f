/* Instruction and data breakpoints from DR0-DR3 (SDM vol. 3 17.2, 17.3.1).
 * DR7 is decoded once, when a debug register is written, into masks of the
 * enabled instruction and data breakpoints. Only while one is enabled does
 * the block loop go one instruction at a time (interp.c) and do pages with
 * a data breakpoint stay out of the software TLBs, so that every access to
 * them reaches the slow path (mem.c) and is compared here. */
#include "debug.h"

/* DR7 fields of breakpoint n: L/G enables in bits 2n, 2n+1; R/W in bits
 * 16+4n and LEN in bits 18+4n (SDM vol. 3 17.2.4). */
static unsigned dr7_enables(uint32_t dr7, unsigned n) { return (dr7 >> (2 * n)) & 3; }
static unsigned dr7_rw(uint32_t dr7, unsigned n) { return (dr7 >> (16 + 4 * n)) & 3; }
static unsigned dr7_len(uint32_t dr7, unsigned n) { return (dr7 >> (18 + 4 * n)) & 3; }

enum { RW_EXECUTE = 0, RW_WRITE = 1, RW_IO = 2, RW_ACCESS = 3 };

/* LEN 00, 01, 11 are 1, 2 and 4 bytes; 10 is 8 bytes where defined. */
static const uint8_t len_bytes[4] = {1, 2, 8, 4};

void ia32_debug_update(ia32_cpu *c) {
  uint32_t dr7 = c->dr[7];
  c->dbg_insn_bps = c->dbg_data_bps = c->dbg_data_writes = 0;
  for (unsigned n = 0; n < 4; n++) {
    if (!dr7_enables(dr7, n)) continue;
    switch (dr7_rw(dr7, n)) {
    case RW_EXECUTE: c->dbg_insn_bps |= (uint8_t)(1u << n); break;
    case RW_WRITE: c->dbg_data_writes |= (uint8_t)(1u << n); /* fall through */
    case RW_ACCESS: c->dbg_data_bps |= (uint8_t)(1u << n); break;
    default: break; /* I/O breakpoints (CR4.DE) are not modelled */
    }
  }
  c->dbg_data_hits = 0;
  ia32_tlb_flush(c);        /* pages with data breakpoints leave the software TLBs */
  ia32_events_recheck(c);   /* the block loop looks at the new breakpoints */
}

/* The bytes breakpoint n watches: LEN bytes at DRn aligned down to LEN. */
static void watched(const ia32_cpu *c, unsigned n, uint32_t *lo, uint32_t *len) {
  *len = len_bytes[dr7_len(c->dr[7], n)];
  *lo = c->dr[n] & ~(*len - 1);
}

bool ia32_debug_page_watched(const ia32_cpu *c, uint32_t lin) {
  for (unsigned n = 0; n < 4; n++) {
    if (!(c->dbg_data_bps & (1u << n))) continue;
    uint32_t lo, len;
    watched(c, n, &lo, &len);
    if ((lo >> 12) == (lin >> 12) || ((lo + len - 1) >> 12) == (lin >> 12)) return true;
  }
  return false;
}

void ia32_debug_data_access(ia32_cpu *c, uint32_t lin, unsigned size, bool write) {
  if (c->implicit_sv) return; /* the processor's own accesses to system structures and stacks */
  for (unsigned n = 0; n < 4; n++) {
    if (!(c->dbg_data_bps & (1u << n)) || (!write && (c->dbg_data_writes & (1u << n)))) continue;
    uint32_t lo, len;
    watched(c, n, &lo, &len);
    if ((uint64_t)lin < (uint64_t)lo + len && (uint64_t)lin + size > lo)
      c->dbg_data_hits |= (uint8_t)(1u << n);
  }
}

unsigned ia32_debug_insn_hits(const ia32_cpu *c, uint32_t lin) {
  unsigned hits = 0;
  for (unsigned n = 0; n < 4; n++)
    if ((c->dbg_insn_bps & (1u << n)) && c->dr[n] == lin) hits |= 1u << n;
  return hits;
}
