/* The inline memory checks the fast handlers share (exec_fast*.c): the
 * software-TLB hit path and effective addresses by shape. */
#ifndef VTSIM_IA32_FAST_MEM_H
#define VTSIM_IA32_FAST_MEM_H

#include "interp.h"

/* The host address of size bytes at seg:off when the inline checks pass (an
 * expand-up segment within its limit, a software-TLB hit inside one page),
 * else NULL: the caller then takes the full path of interp.h, which does the
 * same checks and raises the faults. Slow paths are separate non-inlined
 * functions so the fast ones stay free of register saves. */
static inline uint8_t *fast_host(const ia32_cpu *c, const ia32_tlb_entry *tlb, unsigned seg,
                                 uint32_t off, unsigned size) {
  const ia32_seg *s = &c->seg[seg];
  if (IA32_UNLIKELY((s->ar & (IA32_AR_UNUSABLE | IA32_AR_TYPE_BIT2)) ||
                    (uint64_t)off + size - 1 > s->limit))
    return NULL;
  uint32_t lin = s->base + off;
  const ia32_tlb_entry *t = &tlb[(lin >> 12) & (IA32_TLB_SIZE - 1)];
  /* Compared with the page of the last byte: an access that crosses into
   * the next page misses, as that page's entry sits in the next slot. */
  if (IA32_UNLIKELY(t->tag != ((lin + size - 1) >> 12) + 1)) return NULL;
  return t->host + (lin & 0xfff);
}

/* Not inlined, cloned or specialised: the fast handler reaches its slow
 * path by a plain tail call, so it needs no register saves of its own. */
#define SLOW __attribute__((noipa)) static int

/* Effective addresses with 32-bit addressing, by the registers present
 * (the decode cache picks the variant by ea_shape; ia32_ea covers all). */
static inline uint32_t ea_base(const ia32_cpu *c, const ia32_insn *in) {
  return c->gpr[in->base] + (uint32_t)in->disp;
}
static inline uint32_t ea_base_index(const ia32_cpu *c, const ia32_insn *in) {
  return c->gpr[in->base] + (c->gpr[in->index] << in->scale) + (uint32_t)in->disp;
}

enum { IA32_EA_OTHER, IA32_EA_BASE, IA32_EA_BASE_INDEX };
static inline unsigned ea_shape(const ia32_insn *in) {
  if (in->addrsize != 4 || in->base == IA32_REG_NONE) return IA32_EA_OTHER;
  return in->index == IA32_REG_NONE ? IA32_EA_BASE : IA32_EA_BASE_INDEX;
}

/* More fast handlers (exec_fast_more.c): near branches, MOVZX/MOVSX. */
ia32_handler ia32_fast_handler_more(const ia32_insn *in);

#endif
