/* Instruction and data breakpoints (Itanium SDM vol. 2 7.1): IBR/DBR
 * pairs, even registers the address, odd ones mask 55:0, plm 59:56 (bit
 * 56 + n enables ring n) and the enables (IBR x 63; DBR r 63, w 62).
 * Consulted only while PSR.db = 1: instruction breakpoints under c->attn,
 * data breakpoints on the memory slow path (pages they cover are kept out
 * of the software TLBs). */
#include "ia64/debug.h"

#include "ia64/interp.h"

/* Address bits 63:56 have no mask bits and are always compared. */
static bool addr_match(uint64_t a, uint64_t reg, uint64_t ctl, uint64_t ignored) {
  uint64_t mask = (ctl & 0x00ffffffffffffffull) | 0xff00000000000000ull;
  return ((a ^ reg) & mask & ~ignored) == 0;
}

static bool plm_on(const ia64_cpu *c, uint64_t ctl) { return (ctl >> (56 + ia64_cpl(c))) & 1; }

bool ia64_ibr_match(const ia64_cpu *c, uint64_t ip) {
  for (unsigned i = 0; i < 8; i += 2) {
    uint64_t ctl = c->ibr[i + 1];
    if ((ctl >> 63) && plm_on(c, ctl) && addr_match(ip, c->ibr[i], ctl, 15)) return true;
  }
  return false;
}

bool ia64_dbr_match(const ia64_cpu *c, uint64_t va, unsigned size, bool write) {
  unsigned enable = write ? 62 : 63;
  for (unsigned i = 0; i < 8; i += 2) {
    uint64_t ctl = c->dbr[i + 1];
    if (!((ctl >> enable) & 1) || !plm_on(c, ctl)) continue;
    for (unsigned b = 0; b < size; b++) /* any byte of the access */
      if (addr_match(va + b, c->dbr[i], ctl, 0)) return true;
  }
  return false;
}

bool ia64_dbr_covers_page(const ia64_cpu *c, uint64_t va) {
  for (unsigned i = 0; i < 8; i += 2) {
    uint64_t ctl = c->dbr[i + 1];
    if ((ctl >> 62) && addr_match(va, c->dbr[i], ctl, 0xfff)) return true;
  }
  return false;
}
