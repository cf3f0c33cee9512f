/* IA-64 instruction decoder: one table (opcodes.def) maps a 41-bit slot and
 * its unit type to an op id, a format and extracted operand fields, so the
 * interpreter dispatches on the op without decoding again.
 * Itanium SDM rev. 2.3 vol. 3, chapter 4 "Instruction Formats". */
#ifndef VT_IA64_DECODE_H
#define VT_IA64_DECODE_H

#include <stddef.h>
#include <stdint.h>

#include "ia64/bundle.h"

/* Instruction formats of SDM vol. 3 chapter 4. */
#define IA64_FORMATS(X)                                                                            \
  X(ILLEGAL)                                                                                       \
  X(A1)                                                                                            \
  X(A2) X(A3) X(A4) X(A5) X(A6) X(A7) X(A8) X(A9) X(A10) X(I1) X(I2) X(I3) X(I4) X(I5) X(I6) X(I7) \
      X(I8) X(I9) X(I10) X(I11) X(I12) X(I13) X(I14) X(I15) X(I16) X(I17) X(I18) X(I19) X(I20)     \
          X(I21) X(I22) X(I23) X(I24) X(I25) X(I26) X(I27) X(I28) X(I29) X(I30) X(M1) X(M2) X(M3)  \
              X(M4) X(M5) X(M6) X(M7) X(M8) X(M9) X(M10) X(M11) X(M12) X(M13) X(M14) X(M15) X(M16) \
                  X(M17) X(M18) X(M19) X(M20) X(M21) X(M22) X(M23) X(M24) X(M25) X(M26) X(M27)     \
                      X(M28) X(M29) X(M30) X(M31) X(M32) X(M33) X(M34) X(M35) X(M36) X(M37) X(M38) \
                          X(M39) X(M40) X(M41) X(M42) X(M43) X(M44) X(M45) X(M46) X(M47) X(M48)    \
                              X(M49) X(B1) X(B2) X(B3) X(B4) X(B5) X(B6) X(B7) X(B8) X(B9) X(F1)   \
                                  X(F2) X(F3) X(F4) X(F5) X(F6) X(F7) X(F8) X(F9) X(F10) X(F11)    \
                                      X(F12) X(F13) X(F14) X(F15) X(F16) X(X1) X(X2) X(X3) X(X4)   \
                                          X(X5)

typedef enum ia64_fmt {
#define IA64_FMT_ENUM(f) IA64_FMT_##f,
  IA64_FORMATS(IA64_FMT_ENUM)
#undef IA64_FMT_ENUM
      IA64_FMT_COUNT_
} ia64_fmt;

/* Operand kinds: where a field lives in the slot and how it is printed.
 * The decoder stores each in the named ia64_insn member. */
#define IA64_OPERANDS(X)                                                                           \
  X(NONE)                                                                                          \
  X(R1)                                                                                            \
  X(R2) X(R3) X(R3_2) X(R0)         /* GRs; R3_2: addl's 2-bit r3; R0: A7 */                       \
      X(F1) X(F2) X(F3) X(F4)       /* FRs */                                                      \
      X(P1) X(P2) X(B1) X(B2)       /* PRs, BRs */                                                 \
      X(MEM_R3)                     /* [r3] */                                                     \
      X(AR3) X(CR3)                 /* ar/cr number in the r3 field */                             \
      X(AR_CCV) X(AR_CSD) X(AR_PFS) /* implicit ARs */                                             \
      X(PSR) X(PSR_L) X(PSR_UM) X(IP) X(PR) X(PR_ROT) X(RR_R3) X(DBR_R3) X(IBR_R3) X(PKR_R3)       \
          X(PMC_R3) X(PMD_R3) X(MSR_R3) X(CPUID_R3) X(DAHR_R3) X(DTR_R3)                           \
              X(ITR_R3)                 /* indirect register files indexed by r3 */                \
      X(ONE)                            /* the constant 1 of add/sub */                            \
      X(IMM8) X(IMM14) X(IMM22) X(IMM1) /* sign-extended immediates */                             \
      X(CNT2) X(CNT2C) X(CNT5) X(CCNT5) X(CNT6) X(POS6) X(CPOS6B) X(CPOS6C) X(CPOS6D) X(LEN6)      \
          X(LEN4) X(MBTYPE4) X(MHTYPE8) X(IMM21) X(MASK17) X(IMM44) X(IMM24) X(IMM9_LD) X(IMM9_ST) \
              X(INC3) X(IMM2) X(TGT25) X(TGT25C) X(TGT25F) X(TAG13_I) X(TAG13_B) X(ALLOC) X(C8)    \
                  X(C16) X(FCLASS9) X(AMASK7) X(OMASK7) X(IMM62) X(IMM64) X(TGT64) X(IMM5TF)       \
                      X(IMM_HINTM) X(DAHR_IDX) X(IMM16D) X(CNT6L) X(STRIDE5)

typedef enum ia64_opnd {
#define IA64_OPND_ENUM(o) IA64_OPND_##o,
  IA64_OPERANDS(IA64_OPND_ENUM)
#undef IA64_OPND_ENUM
      IA64_OPND_COUNT_
} ia64_opnd;

/* Completers taken from fields (hints, status field): a suffix string per
 * field value; a NULL string marks a reserved value (illegal encoding). */
#define IA64_COMPLETERS(X)                                                                         \
  X(NONE)                                                                                          \
  X(LDHINT)  /* 19,29:28 ld.{,nt1,d2,nta,d4-d7} */                                                 \
  X(LDHINT3) /* 29:28 without .d2 */                                                               \
  X(STHINT)  /* 12,29:28 st.{,d1,d2,nta,d4-d7} */                                                  \
  X(STHINT2) /* 29:28 st.{,nta} */                                                                 \
  X(LFHINT)  /* 12,29:28 lfetch.{,nt1,nt2,nta,d4-d7} */                                            \
  X(SF)      /* 35:34 .s0-.s3 */                                                                   \
  X(BWH)     /* 34:33 branch whether hint */                                                       \
  X(PH)      /* 12 prefetch hint */                                                                \
  X(DH)      /* 35 cache deallocation hint */                                                      \
  X(MWH)     /* 21:20 mov-to-BR whether hint */                                                    \
  X(IH_I)    /* 23 mov-to-BR importance hint */                                                    \
  X(IPWH)    /* 4:3 brp IP-relative whether hint */                                                \
  X(INDWH)   /* 4:3 brp indirect whether hint */                                                   \
  X(IH_B)    /* 35 brp importance hint */

typedef enum ia64_cmpl {
#define IA64_CMPL_ENUM(c) IA64_CMPL_##c,
  IA64_COMPLETERS(IA64_CMPL_ENUM)
#undef IA64_CMPL_ENUM
      IA64_CMPL_COUNT_
} ia64_cmpl;

/* One op per table row. */
typedef enum ia64_op {
#define IA64_ROW(id, unit, fmt, name, ndst, opnds, cmpls, fields) IA64_OP_##id,
#include "ia64/opcodes.def"
#undef IA64_ROW
  IA64_OP_COUNT_,
  IA64_OP_ILLEGAL = IA64_OP_COUNT_ /* unrecognised: Illegal Operation fault */
} ia64_op;

#define IA64_MAX_OPNDS 6
#define IA64_MAX_CMPLS 3

/* A row of the opcode table. */
typedef struct ia64_row {
  uint64_t mask, value; /* over the 41-bit slot */
  const char *name;     /* mnemonic with the completers fixed by the row */
  uint8_t unit;         /* ia64_unit: A, I, M, F, B or X */
  uint8_t fmt;          /* ia64_fmt */
  uint8_t ndst;         /* operands before '=' */
  uint8_t opnd[IA64_MAX_OPNDS];
  uint8_t cmpl[IA64_MAX_CMPLS];
} ia64_row;

/* A decoded instruction. Only the members its operands name are set. */
typedef struct ia64_insn {
  uint16_t op;  /* ia64_op */
  uint8_t fmt;  /* ia64_fmt */
  uint8_t unit; /* unit of the slot it was decoded from */
  uint8_t qp;
  uint8_t r1, r2, r3;
  uint8_t f1, f2, f3, f4;
  uint8_t p1, p2, b1, b2;
  uint8_t ar, cr;          /* AR/CR number */
  uint8_t count, pos, len; /* shift counts, bit fields */
  uint8_t sof, sol, sor;   /* alloc: frame sizes (sor in units of 8) */
  uint8_t hint;            /* memory locality hint (29:28) */
  uint8_t sf;              /* FP status field */
  uint8_t bwh, ph, dh, ih; /* branch hints */
  int64_t imm;             /* immediate; branch displacement in bytes */
  int64_t imm2;            /* second immediate (tag13, omask7) */
} ia64_insn;

/* A decoded bundle: one entry per instruction. An MLX bundle holds two
 * instructions, the L+X one in insn[1] (slot_of[1] == 1). */
typedef struct ia64_bundle_decoded {
  uint8_t tmpl;
  uint8_t reserved;   /* reserved template: Illegal Operation fault */
  uint8_t stop_after; /* bit s: a stop follows slot s */
  uint8_t ninsn;      /* 3, or 2 for MLX; 0 if reserved */
  uint8_t slot_of[3]; /* slot each instruction starts in */
  ia64_insn insn[3];
} ia64_bundle_decoded;

/* The table and its size. */
extern const ia64_row ia64_rows[IA64_OP_COUNT_];

/* Decode one slot of the given unit type (M, I, F, B; X with the L slot's
 * 41 bits in l41). Returns 0, or -1 if the encoding is unknown (op is then
 * IA64_OP_ILLEGAL). */
int ia64_decode_slot(uint64_t slot41, ia64_unit unit, ia64_insn *out);
int ia64_decode_lx(uint64_t l41, uint64_t x41, ia64_insn *out);
/* Decode a bundle. Returns the number of illegal instructions (0: all
 * known); a reserved template decodes nothing and returns -1. */
int ia64_decode_bundle(const uint8_t bundle[16], ia64_bundle_decoded *out);

const char *ia64_op_name(ia64_op op);       /* mnemonic; "illegal" */
const char *ia64_fmt_name(ia64_fmt fmt);    /* "A1", ... */
const char *ia64_opnd_name(ia64_opnd opnd); /* "R1", ... */
/* Suffix of completer kind c for field value v; NULL if reserved. */
const char *ia64_cmpl_suffix(ia64_cmpl c, unsigned v);
/* 0 for the formats that have no qualifying predicate (alloc, brp, the
 * B8 system branches): their bits 5:0 are not a qp. */
int ia64_fmt_predicated(ia64_fmt fmt);
/* Field value of completer kind c in insn. */
unsigned ia64_cmpl_value(ia64_cmpl c, const ia64_insn *insn);

/* Disassemble slot `slot` (0..2) of the bundle at bytes (len >= 16) whose
 * address is addr, spelled as GNU objdump spells it, "(p6) " prefix and
 * ";;" stop suffix included. The X slot of an MLX prints as "" (its
 * instruction is printed at the L slot). Returns 16 (the bundle) when the
 * slot decodes, 0 otherwise (out then holds objdump's "data8 0x..."). */
unsigned ia64_disasm(const uint8_t *bytes, size_t len, uint64_t addr, unsigned slot, char *out,
                     size_t outlen);
/* Format one decoded instruction (no predicate) into out. */
void ia64_format_insn(const ia64_insn *insn, uint64_t addr, char *out, size_t outlen);

#endif
