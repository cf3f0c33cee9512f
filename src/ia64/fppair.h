/* The two single-precision halves of the parallel FP instructions
 * (Itanium SDM vol. 1 5.1 "parallel FP", vol. 3 fpma, fpcmp, fpmin):
 * each half of a significand (bits 63:32 high, 31:0 low) is an IEEE
 * single; arithmetic rounds once to 24 bits and the 8-bit exponent range.
 * Pure functions of their arguments; raised conditions are IA64_FPE_*. */
#ifndef VT_IA64_FPPAIR_H
#define VT_IA64_FPPAIR_H

#include <stdbool.h>
#include <stdint.h>

#include "ia64/fpstatus.h"

/* The model of a parallel instruction under status field sf: 24 bits and
 * the single exponent range whatever pc and wre say (vol. 1 Table 5-6). */
ia64_fp_model ia64_fps_model(uint64_t fpsr, unsigned sf);

enum { IA64_FPS_MA, IA64_FPS_MS, IA64_FPS_NMA };

/* One half of fpma/fpms/fpnma: +-(a * b) +- d rounded into m; `multiply`
 * when f2 is f0 (an IEEE multiply: a zero result keeps the product's sign). */
uint32_t ia64_fps_mul_add(uint32_t a, uint32_t b, uint32_t d, unsigned kind, bool multiply,
                          const ia64_fp_model *m, unsigned *raised);

/* fpcmp relations in x6 order 0x30-0x37. */
enum {
  IA64_FPS_EQ,
  IA64_FPS_LT,
  IA64_FPS_LE,
  IA64_FPS_UNORD,
  IA64_FPS_NEQ,
  IA64_FPS_NLT,
  IA64_FPS_NLE,
  IA64_FPS_ORD
};
/* One half of fpcmp: the relation of a to b. */
bool ia64_fps_compare(uint32_t a, uint32_t b, unsigned rel, unsigned *raised);

/* One half of fpmin/fpmax/fpamin/fpamax: a when it is the lesser (greater),
 * by magnitude for the .a forms, else b (b also when unordered). */
uint32_t ia64_fps_minmax(uint32_t a, uint32_t b, bool max, bool magnitudes, unsigned *raised);

/* One half of fpcvt.fx/.fxu(.trunc): a as a signed or unsigned 32-bit
 * integer rounded in mode rc; NaN, infinity or out of range: v and the
 * integer indefinite 0x80000000. */
uint32_t ia64_fps_to_int(uint32_t a, bool is_unsigned, unsigned rc, unsigned *raised);

/* What the conditions of the high and low halves do: ISR.code of a fault
 * low v 0, d 1, z 2 and high v 4, d 5, z 6; of a trap low o 11, u 12,
 * i 13, fpa 14 and high o 7, u 8, i 9, fpa 10 (vol. 2 8.2). */
ia64_fp_outcome ia64_fp_decide_pair(uint64_t fpsr, unsigned sf, unsigned hi, unsigned lo);

#endif
