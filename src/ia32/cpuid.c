/* CPUID: a 32-bit P6-class Intel processor (a Pentium II) without MMX or
 * SSE, so guest libraries take their integer code paths (SDM vol. 2 CPUID).
 * The VT-x layer adds CPUID.1:ECX.VMX[bit 5] here when it lands. */
#include "interp.h"

enum { SIGNATURE = 0x00000652 }; /* family 6, model 5, stepping 2 */

/* CPUID.1:EDX — what this model implements: FPU (0), DE (2), PSE (3), TSC
 * (4), MSR (5), CX8 (8), SEP (11), PGE (13), CMOV (15). */
uint32_t ia32_cpuid_features(void) {
  return 1u << 0 | 1u << 2 | 1u << 3 | 1u << 4 | 1u << 5 | 1u << 8 | 1u << 11 | 1u << 13 |
         1u << 15;
}

void ia32_cpuid(uint32_t leaf, uint32_t out[4]) {
  switch (leaf) {
  case 0: /* the highest basic leaf and "GenuineIntel" in EBX EDX ECX */
    out[0] = 2;
    out[1] = 0x756e6547;
    out[3] = 0x49656e69;
    out[2] = 0x6c65746e;
    return;
  case 1:
    out[0] = SIGNATURE;
    out[1] = 0;
    out[2] = 0; /* VT-x: bit 5 (VMX) */
    out[3] = ia32_cpuid_features();
    return;
  case 2: /* cache descriptors: one iteration, no descriptors reported */
    out[0] = 1;
    out[1] = out[2] = out[3] = 0;
    return;
  default: /* beyond the highest leaf: the highest basic leaf's values (SDM) */
    ia32_cpuid(2, out);
  }
}
