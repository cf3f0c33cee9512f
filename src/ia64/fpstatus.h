/* IEEE exception bookkeeping of the FP instructions (Itanium SDM vol. 1
 * 5.2 FPSR, 5.4 IEEE exceptions; vol. 2 8.2 vectors 0x5c00 and 0x5d00):
 * the computation model a status field selects, rounding of an exact
 * (or round-to-odd) intermediate to it, and what the raised conditions
 * become (flags, Floating-point Fault, Floating-point Trap). Pure
 * functions of their arguments. */
#ifndef VT_IA64_FPSTATUS_H
#define VT_IA64_FPSTATUS_H

#include <stdbool.h>
#include <stdint.h>

#include "ia64/cpu.h"

/* Conditions, in the order of the FPSR flag and trap-disable bits. */
enum {
  IA64_FPE_V = 1,   /* invalid operation */
  IA64_FPE_D = 2,   /* denormal/unnormal operand */
  IA64_FPE_Z = 4,   /* zero divide */
  IA64_FPE_O = 8,   /* overflow */
  IA64_FPE_U = 16,  /* underflow */
  IA64_FPE_I = 32,  /* inexact */
  IA64_FPE_FPA = 64 /* rounding incremented the significand's magnitude */
};
#define IA64_FPE_FAULTS (IA64_FPE_V | IA64_FPE_D | IA64_FPE_Z)
#define IA64_FPE_TRAPS  (IA64_FPE_O | IA64_FPE_U | IA64_FPE_I)

/* ISR.code bit 0 of the traps: a Floating-point Trap (vol. 2 Table 8-3). */
#define IA64_TRAP_FP 0x1

/* The computation model: precision, exponent range, rounding (vol. 1
 * Table 5-6), ftz, and the traps disabled (FPSR.traps or sf.td). */
typedef struct ia64_fp_model {
  uint8_t bits;       /* 24, 53 or 64 */
  uint8_t rc;         /* 0 nearest, 1 -inf, 2 +inf, 3 zero */
  uint8_t ftz;        /* flush tiny results to zero */
  uint8_t disabled;   /* IA64_FPE_* whose trap is off */
  int32_t emin, emax; /* unbiased exponent range */
} ia64_fp_model;

/* The model of status field sf for an instruction of precision
 * `completer` (0: the field's pc; 24: .s; 53: .d). */
ia64_fp_model ia64_fp_model_of(uint64_t fpsr, unsigned sf, unsigned completer);
/* The traps disabled for status field sf: FPSR.traps, all of them under sf.td. */
unsigned ia64_fp_disabled(uint64_t fpsr, unsigned sf);

/* An intermediate value: (-1)^sign * sig:lo * 2^(exp - 127), sig
 * normalized, lo the next 64 bits with bit 0 set when any nonzero bit
 * lies below them (enough for every rounding). */
typedef struct ia64_fp_wide {
  uint64_t sig, lo;
  int32_t exp;
  uint8_t sign;
} ia64_fp_wide;

/* Round w (nonzero) to the model: the register value, with the conditions
 * it raises (o, u, i, fpa) ORed into *raised. A trapped overflow or
 * underflow keeps the rounded significand and the exponent wrapped into
 * 17 bits (vol. 1 5.4.2). */
ia64_fr ia64_fp_round(ia64_fp_wide w, const ia64_fp_model *m, unsigned *raised);

/* The exact a * b + c of finite register values (any exponent, unnormals
 * too), negated product when negp: false when it is zero (*zero_sign its
 * sign in rounding mode rc), else the intermediate to round in *out. */
bool ia64_fp_mul_add(ia64_fr a, ia64_fr b, ia64_fr c, bool negp, unsigned rc, ia64_fp_wide *out,
                     bool *zero_sign);

/* fcvt.fx / fcvt.fxu: the finite register value f as a signed or unsigned
 * 64-bit integer rounded in mode rc, ORing i and fpa into *raised, or v
 * when out of range (the result then the integer indefinite, 2^63). */
uint64_t ia64_fp_to_int(ia64_fr f, bool is_unsigned, unsigned rc, unsigned *raised);

/* What the conditions an instruction raised under status field sf do. */
typedef struct ia64_fp_outcome {
  uint16_t fault; /* ISR.code of a Floating-point Fault (0: none); no flags then */
  uint16_t trap;  /* ISR.code of a Floating-point Trap after it (0: none) */
  uint8_t flags;  /* IA64_FPE_* ORed into sf.flags */
} ia64_fp_outcome;
ia64_fp_outcome ia64_fp_decide(uint64_t fpsr, unsigned sf, unsigned raised);

/* The flags field of status field sf and its position. */
static inline unsigned ia64_fp_flags_shift(unsigned sf) {
  return 6 + 13 * sf + 7;
}

/* FPSR values that are Reserved Register/Field faults on mov to ar.fpsr:
 * bits 63:58, sf0.td, a pc of 01 (vol. 1 Figure 5-11, Table 5-6). */
bool ia64_fpsr_reserved(uint64_t v);

#endif
