/* x87 arithmetic in software (Intel SDM vol. 1 ch. 4 and 8): values in the
 * 80-bit double extended format, every result computed exactly and rounded
 * once to the precision control (24/53/64 bits) and rounding control of the
 * control word, with the 15-bit exponent. Pure functions: no CPU state, the
 * same results on any host. Each returns the exception flags it raised (the
 * status word's IE..PE bits) plus X87_UP when the result was rounded up in
 * magnitude (C1). Unmasked overflow and underflow of a register result give
 * the exponent-biased result (SDM vol. 1 8.5.4, 8.5.5); an unmasked
 * pre-computation exception (IE, DE, ZE) leaves the result undefined: the
 * caller stores nothing. */
#ifndef VTSIM_IA32_X87_FLOAT_H
#define VTSIM_IA32_X87_FLOAT_H

#include <stdbool.h>
#include <stdint.h>

typedef struct x87_f80 {
  uint64_t sig; /* explicit integer bit 63 */
  uint16_t se;  /* sign 15, biased exponent 14:0 */
} x87_f80;

/* Status-word exception flags (SDM vol. 1 figure 8-4) and the round-up bit. */
enum {
  X87_IE = 0x01,
  X87_DE = 0x02,
  X87_ZE = 0x04,
  X87_OE = 0x08,
  X87_UE = 0x10,
  X87_PE = 0x20,
  X87_SF = 0x40,
  X87_UP = 0x200, /* C1 after an inexact result */
};

/* What the control word says about a computation. */
typedef struct x87_ctl {
  uint8_t prec;  /* 24, 53 or 64 */
  uint8_t rc;    /* 0 nearest, 1 down, 2 up, 3 toward zero */
  uint8_t masks; /* IM..PM, control word bits 5:0 */
} x87_ctl;

/* The control word's view; PC 01 is reserved and computes as 64 bits here. */
x87_ctl x87_ctl_of(uint16_t cw);

/* FXAM's classes (SDM vol. 2 FXAM: C3 C2 C0). */
typedef enum x87_class {
  X87_UNSUPPORTED = 0,
  X87_NAN = 1,
  X87_NORMAL = 2,
  X87_INFINITY = 3,
  X87_ZERO = 4,
  X87_EMPTY = 5,
  X87_DENORMAL = 6,
} x87_class;
x87_class x87_classify(x87_f80 a);

extern const x87_f80 x87_indefinite; /* the QNaN floating-point indefinite */

static inline bool x87_sign(x87_f80 a) { return a.se >> 15; }
static inline x87_f80 x87_neg(x87_f80 a) { return (x87_f80){a.sig, (uint16_t)(a.se ^ 0x8000)}; }
static inline x87_f80 x87_abs(x87_f80 a) { return (x87_f80){a.sig, (uint16_t)(a.se & 0x7fff)}; }

/* Arithmetic: *r = a op b. */
unsigned x87_add(x87_ctl k, x87_f80 a, x87_f80 b, x87_f80 *r);
unsigned x87_sub(x87_ctl k, x87_f80 a, x87_f80 b, x87_f80 *r);
unsigned x87_mul(x87_ctl k, x87_f80 a, x87_f80 b, x87_f80 *r);
unsigned x87_div(x87_ctl k, x87_f80 a, x87_f80 b, x87_f80 *r);
unsigned x87_sqrt(x87_ctl k, x87_f80 a, x87_f80 *r);
/* FRNDINT: to an integral value by RC, at 64 bits. */
unsigned x87_rndint(x87_ctl k, x87_f80 a, x87_f80 *r);
/* FSCALE: a * 2^trunc(b). */
unsigned x87_scale(x87_ctl k, x87_f80 a, x87_f80 b, x87_f80 *r);
/* FXTRACT: a = sig * 2^exp, 1 <= |sig| < 2. */
unsigned x87_extract(x87_ctl k, x87_f80 a, x87_f80 *exp, x87_f80 *sig);
/* FPREM (ieee = false: quotient truncated) and FPREM1 (ieee: nearest).
 * *q gets the quotient's low three bits, *partial whether the reduction
 * is incomplete (C2). */
unsigned x87_prem(x87_ctl k, x87_f80 a, x87_f80 b, bool ieee, x87_f80 *r, unsigned *q,
                  bool *partial);

/* Comparison: -1 a < b, 0 equal, 1 a > b, 2 unordered. quiet: only an SNaN
 * (or an unsupported format) is invalid (FUCOM); else any NaN (FCOM). */
int x87_compare(x87_f80 a, x87_f80 b, bool quiet, unsigned *flags);

/* Conversions. Loads are exact (an SNaN is quieted with IE; a denormal
 * single or double sets DE). */
unsigned x87_from_f32(uint32_t v, x87_f80 *r);
unsigned x87_from_f64(uint64_t v, x87_f80 *r);
x87_f80 x87_from_int(int64_t v);
/* Stores round by RC to the format's precision and range; with an unmasked
 * overflow or underflow (or IE) the caller stores nothing. */
unsigned x87_to_f32(x87_ctl k, x87_f80 a, uint32_t *out);
unsigned x87_to_f64(x87_ctl k, x87_f80 a, uint64_t *out);
/* To a signed integer of bits (16/32/64) by RC; out of range or NaN: IE and
 * the integer indefinite (the most negative value). */
unsigned x87_to_int(x87_ctl k, x87_f80 a, unsigned bits, int64_t *out);

/* For x87_trans.c: round m * 2^e0 to the register format by k. */
unsigned x87_round(x87_ctl k, bool sign, unsigned __int128 m, int32_t e0, x87_f80 *r);

/* Transcendentals (x87_trans.c): results accurate to far below the last
 * place, rounded once at 64 bits by RC (PC does not apply, vol. 1 8.1.5.2).
 * sin/cos/tan: *out_of_range (C2) when |a| >= 2^63, nothing computed. */
unsigned x87_sincos(x87_ctl k, x87_f80 a, x87_f80 *sin, x87_f80 *cos, bool *out_of_range);
unsigned x87_tan(x87_ctl k, x87_f80 a, x87_f80 *r, bool *out_of_range);
unsigned x87_f2xm1(x87_ctl k, x87_f80 a, x87_f80 *r);
unsigned x87_yl2x(x87_ctl k, x87_f80 y, x87_f80 x, bool plus1, x87_f80 *r);
unsigned x87_atan2(x87_ctl k, x87_f80 y, x87_f80 x, x87_f80 *r);

#endif
