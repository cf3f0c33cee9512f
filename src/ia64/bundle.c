/* Bundle templates and slot extraction (Itanium SDM vol. 1, Table 3-10). */
#include "ia64/bundle.h"

#include <stddef.h>

#define M IA64_UNIT_M
#define I IA64_UNIT_I
#define F IA64_UNIT_F
#define B IA64_UNIT_B
#define L IA64_UNIT_L
#define X IA64_UNIT_X
/* Stop positions: S0 = after slot 0, S1 = after slot 1, S2 = end of bundle. */
#define S0 1u
#define S1 2u
#define S2 4u

/* Odd templates repeat the even one with a stop at the end of the bundle;
 * 0x06/0x07, 0x14/0x15, 0x1A/0x1B, 0x1E/0x1F are reserved. */
static const ia64_template templates[32] = {
    [0x00] = {"MII", {M, I, I}, 0},  [0x01] = {"MII", {M, I, I}, S2},
    [0x02] = {"MII", {M, I, I}, S1}, [0x03] = {"MII", {M, I, I}, S1 | S2},
    [0x04] = {"MLX", {M, L, X}, 0},  [0x05] = {"MLX", {M, L, X}, S2},
    [0x08] = {"MMI", {M, M, I}, 0},  [0x09] = {"MMI", {M, M, I}, S2},
    [0x0A] = {"MMI", {M, M, I}, S0}, [0x0B] = {"MMI", {M, M, I}, S0 | S2},
    [0x0C] = {"MFI", {M, F, I}, 0},  [0x0D] = {"MFI", {M, F, I}, S2},
    [0x0E] = {"MMF", {M, M, F}, 0},  [0x0F] = {"MMF", {M, M, F}, S2},
    [0x10] = {"MIB", {M, I, B}, 0},  [0x11] = {"MIB", {M, I, B}, S2},
    [0x12] = {"MBB", {M, B, B}, 0},  [0x13] = {"MBB", {M, B, B}, S2},
    [0x16] = {"BBB", {B, B, B}, 0},  [0x17] = {"BBB", {B, B, B}, S2},
    [0x18] = {"MMB", {M, M, B}, 0},  [0x19] = {"MMB", {M, M, B}, S2},
    [0x1C] = {"MFB", {M, F, B}, 0},  [0x1D] = {"MFB", {M, F, B}, S2},
};

const ia64_template *ia64_template_info(unsigned t) {
  return &templates[t & 31];
}

bool ia64_template_reserved(unsigned t) {
  return templates[t & 31].name == NULL;
}

static uint64_t load_le64(const uint8_t *p) {
  uint64_t v = 0;
  for (int i = 7; i >= 0; i--) v = (v << 8) | p[i];
  return v;
}

unsigned ia64_bundle_template(const uint8_t bundle[16]) {
  return bundle[0] & 31;
}

/* Slot 0 is bits 45:5, slot 1 bits 86:46, slot 2 bits 127:87. */
uint64_t ia64_bundle_slot(const uint8_t bundle[16], unsigned slot) {
  uint64_t lo = load_le64(bundle), hi = load_le64(bundle + 8);
  switch (slot) {
  case 0:
    return (lo >> 5) & IA64_SLOT_MASK;
  case 1:
    return ((lo >> 46) | (hi << 18)) & IA64_SLOT_MASK;
  default:
    return (hi >> 23) & IA64_SLOT_MASK;
  }
}

void ia64_bundle_pack(uint8_t bundle[16], unsigned tmpl, const uint64_t slot[3]) {
  uint64_t s0 = slot[0] & IA64_SLOT_MASK, s1 = slot[1] & IA64_SLOT_MASK;
  uint64_t s2 = slot[2] & IA64_SLOT_MASK;
  uint64_t lo = (tmpl & 31) | (s0 << 5) | (s1 << 46);
  uint64_t hi = (s1 >> 18) | (s2 << 23);
  for (int i = 0; i < 8; i++) {
    bundle[i] = (uint8_t)(lo >> (8 * i));
    bundle[8 + i] = (uint8_t)(hi >> (8 * i));
  }
}

const char *ia64_unit_name(ia64_unit unit) {
  static const char *const names[IA64_UNIT_COUNT_] = {"-", "A", "I", "M", "F", "B", "L", "X"};
  return (unsigned)unit < IA64_UNIT_COUNT_ ? names[unit] : "?";
}
