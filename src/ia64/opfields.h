/* Named instruction fields for opcodes.def rows: each expands to one
 * (hi, lo, value) element of a row's match sequence. Names follow the
 * field names of the format diagrams in Itanium SDM vol. 3 chapter 4. */
#ifndef VT_IA64_OPFIELDS_H
#define VT_IA64_OPFIELDS_H

#define OPC(v)  (40, 37, v) /* major opcode */
#define FLD(hi, lo, v) (hi, lo, v)
/* A unit (4.2): integer ALU, compares, multimedia ALU */
#define X2A(v)  (35, 34, v)
#define VE(v)   (33, 33, v)
#define X4(v)   (32, 29, v)
#define X2B(v)  (28, 27, v)
#define ZA(v)   (36, 36, v)
#define ZB(v)   (33, 33, v)
#define TB(v)   (36, 36, v)
#define X2(v)   (35, 34, v)
#define TA(v)   (33, 33, v)
#define CC(v)   (12, 12, v) /* the compare 'c' bit */
/* I unit (4.3) */
#define VE7(v)  (32, 32, v) /* op 7 multimedia */
#define X2C(v)  (31, 30, v)
#define X2B7(v) (29, 28, v)
#define XI(v)   (33, 33, v) /* op 5 'x' */
#define Y13(v)  (13, 13, v)
#define Y26(v)  (26, 26, v)
#define X3(v)   (35, 33, v)
#define X6(v)   (32, 27, v)
#define X22(v)  (22, 22, v) /* I21 'x' (mov.ret) */
/* M unit (4.4) */
#define X2M(v)  (32, 31, v)
#define X4M(v)  (30, 27, v)
#define MB(v)   (36, 36, v) /* 'm': base update form */
#define X6L(v)  (35, 30, v)
#define XL(v)   (27, 27, v)
#define XM36(v) (36, 36, v)
/* B unit (4.5) */
#define BTYPE(v) (8, 6, v)
/* F unit (4.6) */
#define QF(v)   (36, 36, v)
#define XF(v)   (33, 33, v)
#define XFMA(v) (36, 36, v)
#define X2F(v)  (35, 34, v)
#define RB(v)   (36, 36, v)
#define RA(v)   (33, 33, v)

#endif
