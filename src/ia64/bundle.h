/* IA-64 instruction bundles: 128 bits, a 5-bit template and three 41-bit
 * slots (Itanium SDM vol. 1, 3.3 "Instruction Encoding Overview"). */
#ifndef VT_IA64_BUNDLE_H
#define VT_IA64_BUNDLE_H

#include <stdbool.h>
#include <stdint.h>

#define IA64_SLOT_MASK ((UINT64_C(1) << 41) - 1)

/* Execution unit type of a slot (SDM vol. 1, Table 3-9). A-unit
 * instructions execute in M or I slots; L+X occupies slots 1 and 2. */
typedef enum ia64_unit {
  IA64_UNIT_NONE = 0,
  IA64_UNIT_A,
  IA64_UNIT_I,
  IA64_UNIT_M,
  IA64_UNIT_F,
  IA64_UNIT_B,
  IA64_UNIT_L,
  IA64_UNIT_X,
  IA64_UNIT_COUNT_
} ia64_unit;

typedef struct ia64_template {
  const char *name;   /* "MII", "MLX", ...; NULL if reserved */
  uint8_t unit[3];    /* ia64_unit of each slot */
  uint8_t stop_after; /* bit s set: a stop follows slot s */
} ia64_template;

/* Template info for t (0..31); reserved templates have name == NULL. */
const ia64_template *ia64_template_info(unsigned t);
bool ia64_template_reserved(unsigned t);

/* Fields of a raw bundle (16 bytes, little endian). */
unsigned ia64_bundle_template(const uint8_t bundle[16]);
uint64_t ia64_bundle_slot(const uint8_t bundle[16], unsigned slot);
/* Inverse, for tests and code generators. */
void ia64_bundle_pack(uint8_t bundle[16], unsigned tmpl, const uint64_t slot[3]);

const char *ia64_unit_name(ia64_unit unit); /* "M", "I", ... */

#endif
