/* Segment and gate descriptors: the fields of the 8-byte entries of the GDT,
 * LDT and IDT (SDM vol. 3 3.4.5, 5.8.3, 6.11), decoded without side effects
 * so the interpreter and the unit tests share one definition. */
#ifndef VTSIM_IA32_DESC_H
#define VTSIM_IA32_DESC_H

#include <stdbool.h>
#include <stdint.h>

/* Access-rights bits in the VMCS layout the segment caches use (cpu.h). */
enum {
  IA32_AR_TYPE_ACCESSED = 1,
  IA32_AR_TYPE_RW = 2,        /* data: writable; code: readable */
  IA32_AR_TYPE_CE = 4,        /* data: expand-down; code: conforming */
  IA32_AR_TYPE_CODE = 8,
  IA32_AR_S = 1u << 4,        /* code or data (0: system) */
  IA32_AR_P = 1u << 7,
};

/* System descriptor types (S = 0; SDM vol. 3 table 3-2). */
enum {
  IA32_SYS_TSS16 = 1,
  IA32_SYS_LDT = 2,
  IA32_SYS_TSS16_BUSY = 3,
  IA32_SYS_CALL16 = 4,
  IA32_SYS_TASK = 5,
  IA32_SYS_INT16 = 6,
  IA32_SYS_TRAP16 = 7,
  IA32_SYS_TSS32 = 9,
  IA32_SYS_TSS32_BUSY = 11,
  IA32_SYS_CALL32 = 12,
  IA32_SYS_INT32 = 14,
  IA32_SYS_TRAP32 = 15,
};

static inline uint32_t ia32_desc_base(uint64_t d) {
  return (uint32_t)((d >> 16) & 0xffffff) | (uint32_t)((d >> 56) & 0xff) << 24;
}

/* The limit in bytes, with the granularity bit applied. */
static inline uint32_t ia32_desc_limit(uint64_t d) {
  uint32_t limit = (uint32_t)(d & 0xffff) | (uint32_t)((d >> 48) & 0xf) << 16;
  return (d >> 55) & 1 ? limit << 12 | 0xfff : limit;
}

/* Access rights: type, S, DPL, P (bits 7:0) and AVL, D/B, G (15:12). */
static inline uint32_t ia32_desc_ar(uint64_t d) { return (uint32_t)(d >> 40) & 0xf0ff; }

static inline unsigned ia32_ar_type(uint32_t ar) { return ar & 0xf; }
static inline unsigned ia32_ar_dpl(uint32_t ar) { return (ar >> 5) & 3; }
static inline bool ia32_ar_present(uint32_t ar) { return (ar & IA32_AR_P) != 0; }
static inline bool ia32_ar_system(uint32_t ar) { return !(ar & IA32_AR_S); }
static inline bool ia32_ar_code(uint32_t ar) { return (ar & (IA32_AR_S | IA32_AR_TYPE_CODE)) == (IA32_AR_S | IA32_AR_TYPE_CODE); }
static inline bool ia32_ar_conforming(uint32_t ar) { return ia32_ar_code(ar) && (ar & IA32_AR_TYPE_CE); }

/* Gate fields: target selector and offset, parameter count (call gates). */
static inline uint16_t ia32_gate_selector(uint64_t d) { return (uint16_t)(d >> 16); }
static inline uint32_t ia32_gate_offset(uint64_t d) {
  return (uint32_t)(d & 0xffff) | (uint32_t)((d >> 32) & 0xffff0000u);
}
static inline unsigned ia32_gate_params(uint64_t d) { return (unsigned)(d >> 32) & 0x1f; }
/* Whether a gate is a 32-bit one (call, interrupt, trap: type bit 3). */
static inline bool ia32_gate_is32(uint32_t ar) { return (ar & 8) != 0; }

/* A valid IDT gate type for protected mode: task, 16/32-bit interrupt or trap. */
static inline bool ia32_idt_gate_type_ok(unsigned type) {
  return type == IA32_SYS_TASK || type == IA32_SYS_INT16 || type == IA32_SYS_TRAP16 ||
         type == IA32_SYS_INT32 || type == IA32_SYS_TRAP32;
}

/* An offset range [off, off + size - 1] inside a data segment: expand-up
 * segments run 0..limit, expand-down ones limit+1..0xffff or 0xffffffff by
 * the B flag (SDM vol. 3 3.4.5.1). */
static inline bool ia32_seg_range_ok(uint32_t ar, uint32_t limit, uint32_t off, unsigned size) {
  uint64_t last = (uint64_t)off + size - 1;
  if ((ar & (IA32_AR_S | IA32_AR_TYPE_CODE | IA32_AR_TYPE_CE)) == (IA32_AR_S | IA32_AR_TYPE_CE)) {
    uint64_t top = (ar & (1u << 14)) ? 0xffffffffull : 0xffffull;
    return off > limit && last <= top;
  }
  return last <= limit;
}

#endif
