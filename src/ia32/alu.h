/* IA-32 integer ALU with lazily evaluated arithmetic flags.
 *
 * The six arithmetic flags (CF PF AF ZF SF OF, SDM vol. 1 3.4.3.1) live in an
 * ia32_lazy_flags record, never in the EFLAGS image: each operation stores
 * what it computed (kind, size, result, operands) and the flags are derived
 * only when read. Operations whose flags depend on the previous flags (shifts,
 * rotates, MUL, BT, BSF, BCD...) compute them eagerly into the same record.
 *
 * Operand sizes are 1, 2 or 4 bytes; operands may carry garbage above the
 * operand size (it is ignored) and results are zero-extended to 32 bits.
 *
 * Flags the SDM leaves undefined keep their previous value, except for
 * AND/OR/XOR/TEST which set AF to 0 (see ia32_and). */
#ifndef VTSIM_IA32_ALU_H
#define VTSIM_IA32_ALU_H

#include <stdbool.h>
#include <stdint.h>

#define IA32_EFLAGS_CF    0x0001u
#define IA32_EFLAGS_PF    0x0004u
#define IA32_EFLAGS_AF    0x0010u
#define IA32_EFLAGS_ZF    0x0040u
#define IA32_EFLAGS_SF    0x0080u
#define IA32_EFLAGS_OF    0x0800u
#define IA32_EFLAGS_ARITH 0x08d5u /* CF|PF|AF|ZF|SF|OF */

/* What the lazy record holds; selects the flag formulas. */
typedef enum ia32_lf_kind {
  IA32_LF_ADD,   /* result = dst + src                          */
  IA32_LF_ADC,   /* result = dst + src + aux (carry in)         */
  IA32_LF_SUB,   /* result = dst - src (SUB, CMP, NEG)          */
  IA32_LF_SBB,   /* result = dst - src - aux (borrow in)        */
  IA32_LF_INC,   /* result = dst + 1, CF = aux (kept)           */
  IA32_LF_DEC,   /* result = dst - 1, CF = aux (kept)           */
  IA32_LF_LOGIC, /* AND/OR/XOR/TEST: CF = OF = AF = 0           */
  IA32_LF_EAGER, /* flags already computed: aux = arithmetic bits */
  IA32_LF_SHIFT, /* SHL/SHR/SAR: CF, OF, AF in aux; SF, ZF, PF from result */
} ia32_lf_kind;

typedef struct ia32_lazy_flags {
  uint32_t result; /* zero-extended from size */
  uint32_t dst;    /* first operand, zero-extended */
  uint32_t src;    /* second operand, zero-extended */
  uint32_t aux;    /* carry in (ADC/SBB), kept CF (INC/DEC), flags (EAGER) */
  uint8_t kind;    /* ia32_lf_kind */
  uint8_t size;    /* operand size in bytes: 1, 2, 4 */
} ia32_lazy_flags;

typedef enum ia32_alu_status {
  IA32_ALU_OK = 0,
  IA32_ALU_DE, /* divide error, vector 0 */
} ia32_alu_status;

/* Group-1 ALU operations in ModRM.reg order (opcodes 80-83 /r, 00-3D). */
typedef enum ia32_alu_op {
  IA32_ALU_ADD,
  IA32_ALU_OR,
  IA32_ALU_ADC,
  IA32_ALU_SBB,
  IA32_ALU_AND,
  IA32_ALU_SUB,
  IA32_ALU_XOR,
  IA32_ALU_CMP,
} ia32_alu_op;

/* Group-2 shift/rotate operations in ModRM.reg order (C0 C1 D0-D3); /6 is SAL = SHL. */
typedef enum ia32_shift_op {
  IA32_SH_ROL,
  IA32_SH_ROR,
  IA32_SH_RCL,
  IA32_SH_RCR,
  IA32_SH_SHL,
  IA32_SH_SHR,
  IA32_SH_SAL,
  IA32_SH_SAR,
} ia32_shift_op;

/* Group-8 bit tests in ModRM.reg - 4 order (0F BA /4-/7; 0F A3 AB B3 BB). */
typedef enum ia32_bit_op {
  IA32_BIT_BT,
  IA32_BIT_BTS,
  IA32_BIT_BTR,
  IA32_BIT_BTC,
} ia32_bit_op;

/* ---- size helpers ---------------------------------------------------- */

static inline uint32_t ia32_size_mask(unsigned size) {
  return 0xffffffffu >> (32 - 8 * size);
}
static inline uint32_t ia32_sign_bit(unsigned size) {
  return 1u << (8 * size - 1);
}

/* CBW/CWDE (and MOVSX): value of size bytes sign-extended to 32 bits. */
static inline uint32_t ia32_sign_extend(uint32_t value, unsigned size) {
  const uint32_t sign = ia32_sign_bit(size);
  return ((value & ia32_size_mask(size)) ^ sign) - sign;
}

/* CWD/CDQ: the high half, all ones if value (of size bytes) is negative. */
static inline uint32_t ia32_sign_fill(uint32_t value, unsigned size) {
  return (value & ia32_sign_bit(size)) ? ia32_size_mask(size) : 0;
}

/* ---- flag derivation ------------------------------------------------- */

/* PF: set when the low byte of the result has an even number of 1 bits. */
static inline uint32_t ia32_parity_flag(uint32_t result) {
  uint32_t nibble = (result ^ (result >> 4)) & 0xfu;
  return ((0x9669u >> nibble) & 1u) * IA32_EFLAGS_PF;
}

/* SF, ZF and PF "set according to the result". */
static inline uint32_t ia32_szp_flags(uint32_t result, unsigned size) {
  return (result == 0 ? IA32_EFLAGS_ZF : 0) |
         ((result & ia32_sign_bit(size)) ? IA32_EFLAGS_SF : 0) | ia32_parity_flag(result);
}

static inline bool ia32_lazy_cf(const ia32_lazy_flags *lf) {
  switch (lf->kind) {
  case IA32_LF_ADD:
    return lf->result < lf->dst;
  case IA32_LF_ADC:
    return lf->aux ? lf->result <= lf->dst : lf->result < lf->dst;
  case IA32_LF_SUB:
    return lf->dst < lf->src;
  case IA32_LF_SBB:
    return lf->aux ? lf->dst <= lf->src : lf->dst < lf->src;
  case IA32_LF_INC:
  case IA32_LF_DEC:
    return lf->aux != 0;
  case IA32_LF_LOGIC:
    return false;
  default:
    return (lf->aux & IA32_EFLAGS_CF) != 0;
  }
}

static inline bool ia32_lazy_zf(const ia32_lazy_flags *lf) {
  return lf->kind == IA32_LF_EAGER ? (lf->aux & IA32_EFLAGS_ZF) != 0 : lf->result == 0;
}

static inline bool ia32_lazy_sf(const ia32_lazy_flags *lf) {
  return lf->kind == IA32_LF_EAGER ? (lf->aux & IA32_EFLAGS_SF) != 0
                                   : (lf->result & ia32_sign_bit(lf->size)) != 0;
}

/* The six arithmetic flags as EFLAGS bits (other bits zero). */
static inline uint32_t ia32_flags_arith(const ia32_lazy_flags *lf) {
  const uint32_t sign = ia32_sign_bit(lf->size);
  const uint32_t r = lf->result, d = lf->dst, s = lf->src;
  uint32_t of;
  switch (lf->kind) {
  case IA32_LF_ADD:
  case IA32_LF_ADC:
  case IA32_LF_INC:
    of = (d ^ r) & (s ^ r) & sign;
    break;
  case IA32_LF_SUB:
  case IA32_LF_SBB:
  case IA32_LF_DEC:
    of = (d ^ s) & (d ^ r) & sign;
    break;
  case IA32_LF_LOGIC:
    return ia32_szp_flags(r, lf->size);
  case IA32_LF_SHIFT:
    return (lf->aux & (IA32_EFLAGS_CF | IA32_EFLAGS_OF | IA32_EFLAGS_AF)) |
           ia32_szp_flags(r, lf->size);
  default:
    return lf->aux & IA32_EFLAGS_ARITH;
  }
  return (ia32_lazy_cf(lf) ? IA32_EFLAGS_CF : 0) | (of ? IA32_EFLAGS_OF : 0) |
         ((d ^ s ^ r) & IA32_EFLAGS_AF) | ia32_szp_flags(r, lf->size);
}

/* OF and AF alone (the flags a shift may keep), without deriving the rest. */
static inline uint32_t ia32_lazy_of_af(const ia32_lazy_flags *lf) {
  const uint32_t sign = ia32_sign_bit(lf->size);
  const uint32_t r = lf->result, d = lf->dst, s = lf->src;
  switch (lf->kind) {
  case IA32_LF_ADD:
  case IA32_LF_ADC:
  case IA32_LF_INC:
    return ((d ^ r) & (s ^ r) & sign ? IA32_EFLAGS_OF : 0) | ((d ^ s ^ r) & IA32_EFLAGS_AF);
  case IA32_LF_SUB:
  case IA32_LF_SBB:
  case IA32_LF_DEC:
    return ((d ^ s) & (d ^ r) & sign ? IA32_EFLAGS_OF : 0) | ((d ^ s ^ r) & IA32_EFLAGS_AF);
  case IA32_LF_LOGIC:
    return 0;
  default:
    return lf->aux & (IA32_EFLAGS_OF | IA32_EFLAGS_AF);
  }
}

/* EFLAGS image: the arithmetic flags of lf merged into eflags. */
static inline uint32_t ia32_flags_materialize(const ia32_lazy_flags *lf, uint32_t eflags) {
  return (eflags & ~IA32_EFLAGS_ARITH) | ia32_flags_arith(lf);
}

/* Loads the arithmetic flags from an EFLAGS image (POPF, SAHF, IRET, reset...). */
static inline void ia32_flags_load(ia32_lazy_flags *lf, uint32_t eflags) {
  lf->kind = IA32_LF_EAGER;
  lf->size = 4;
  lf->aux = eflags & IA32_EFLAGS_ARITH;
}

/* Replaces the flags in mask by those in bits, keeping the others (STC, CLC, CMC...). */
static inline void ia32_flags_update(ia32_lazy_flags *lf, uint32_t mask, uint32_t bits) {
  const uint32_t old = ia32_flags_arith(lf);
  ia32_flags_load(lf, (old & ~mask) | (bits & mask));
}

/* ---- conditions (Jcc, SETcc, CMOVcc; SDM vol. 1 table B-1) ------------ */

/* Condition cc (0..15: O NO B AE E NE BE A S NS P NP L GE LE G) on an EFLAGS image. */
static inline bool ia32_cond(unsigned cc, uint32_t eflags) {
  const bool cf = eflags & IA32_EFLAGS_CF, zf = eflags & IA32_EFLAGS_ZF;
  const bool sf = eflags & IA32_EFLAGS_SF, of = eflags & IA32_EFLAGS_OF;
  bool t;
  switch ((cc >> 1) & 7) {
  case 0:
    t = of;
    break;
  case 1:
    t = cf;
    break;
  case 2:
    t = zf;
    break;
  case 3:
    t = cf || zf;
    break;
  case 4:
    t = sf;
    break;
  case 5:
    t = (eflags & IA32_EFLAGS_PF) != 0;
    break;
  case 6:
    t = sf != of;
    break;
  default:
    t = zf || (sf != of);
    break;
  }
  return t != (cc & 1);
}

/* Same, straight from the lazy record: after CMP/SUB the unsigned and signed
 * orders are compared directly, after a logic op CF = OF = 0. */
static inline bool ia32_cond_lazy(unsigned cc, const ia32_lazy_flags *lf) {
  const uint32_t sign = ia32_sign_bit(lf->size);
  bool t;
  switch ((cc >> 1) & 7) {
  case 1:
    t = ia32_lazy_cf(lf);
    break;
  case 2:
    t = ia32_lazy_zf(lf);
    break;
  case 3:
    if (lf->kind == IA32_LF_SUB)
      t = lf->dst <= lf->src;
    else
      t = ia32_lazy_cf(lf) || ia32_lazy_zf(lf);
    break;
  case 4:
    t = ia32_lazy_sf(lf);
    break;
  case 6:
    if (lf->kind == IA32_LF_SUB)
      t = (lf->dst ^ sign) < (lf->src ^ sign);
    else if (lf->kind == IA32_LF_LOGIC)
      t = (lf->result & sign) != 0;
    else
      return ia32_cond(cc, ia32_flags_arith(lf));
    break;
  case 7:
    if (lf->kind == IA32_LF_SUB)
      t = (lf->dst ^ sign) <= (lf->src ^ sign);
    else if (lf->kind == IA32_LF_LOGIC)
      t = lf->result == 0 || (lf->result & sign) != 0;
    else
      return ia32_cond(cc, ia32_flags_arith(lf));
    break;
  default:
    return ia32_cond(cc, ia32_flags_arith(lf));
  }
  return t != (cc & 1);
}

/* ---- hot arithmetic and logic (results zero-extended from size) -------- */

static inline void ia32_lf_record(ia32_lazy_flags *lf, ia32_lf_kind kind, unsigned size,
                                  uint32_t result, uint32_t dst, uint32_t src, uint32_t aux) {
  lf->result = result;
  lf->dst = dst;
  lf->src = src;
  lf->aux = aux;
  lf->kind = (uint8_t)kind;
  lf->size = (uint8_t)size;
}

static inline uint32_t ia32_add(ia32_lazy_flags *lf, unsigned size, uint32_t dst, uint32_t src) {
  const uint32_t m = ia32_size_mask(size);
  dst &= m;
  src &= m;
  const uint32_t r = (dst + src) & m;
  ia32_lf_record(lf, IA32_LF_ADD, size, r, dst, src, 0);
  return r;
}

static inline uint32_t ia32_adc(ia32_lazy_flags *lf, unsigned size, uint32_t dst, uint32_t src) {
  const uint32_t m = ia32_size_mask(size), cin = ia32_lazy_cf(lf);
  dst &= m;
  src &= m;
  const uint32_t r = (dst + src + cin) & m;
  ia32_lf_record(lf, IA32_LF_ADC, size, r, dst, src, cin);
  return r;
}

static inline uint32_t ia32_sub(ia32_lazy_flags *lf, unsigned size, uint32_t dst, uint32_t src) {
  const uint32_t m = ia32_size_mask(size);
  dst &= m;
  src &= m;
  const uint32_t r = (dst - src) & m;
  ia32_lf_record(lf, IA32_LF_SUB, size, r, dst, src, 0);
  return r;
}

static inline uint32_t ia32_sbb(ia32_lazy_flags *lf, unsigned size, uint32_t dst, uint32_t src) {
  const uint32_t m = ia32_size_mask(size), cin = ia32_lazy_cf(lf);
  dst &= m;
  src &= m;
  const uint32_t r = (dst - src - cin) & m;
  ia32_lf_record(lf, IA32_LF_SBB, size, r, dst, src, cin);
  return r;
}

/* CMP: SUB without the write-back. */
static inline void ia32_cmp(ia32_lazy_flags *lf, unsigned size, uint32_t dst, uint32_t src) {
  (void)ia32_sub(lf, size, dst, src);
}

/* NEG is 0 - src: CF = (src != 0) as the SDM states. */
static inline uint32_t ia32_neg(ia32_lazy_flags *lf, unsigned size, uint32_t src) {
  return ia32_sub(lf, size, 0, src);
}

/* INC/DEC leave CF unchanged (SDM vol. 2 INC, DEC). */
static inline uint32_t ia32_inc(ia32_lazy_flags *lf, unsigned size, uint32_t dst) {
  const uint32_t m = ia32_size_mask(size), cf = ia32_lazy_cf(lf);
  dst &= m;
  ia32_lf_record(lf, IA32_LF_INC, size, (dst + 1) & m, dst, 1, cf);
  return (dst + 1) & m;
}

static inline uint32_t ia32_dec(ia32_lazy_flags *lf, unsigned size, uint32_t dst) {
  const uint32_t m = ia32_size_mask(size), cf = ia32_lazy_cf(lf);
  dst &= m;
  ia32_lf_record(lf, IA32_LF_DEC, size, (dst - 1) & m, dst, 1, cf);
  return (dst - 1) & m;
}

/* AND/OR/XOR/TEST clear CF and OF; the SDM leaves AF undefined and we clear
 * it, as Intel and AMD processors do, which keeps the record self-contained. */
static inline uint32_t ia32_logic_result(ia32_lazy_flags *lf, unsigned size, uint32_t r) {
  r &= ia32_size_mask(size);
  ia32_lf_record(lf, IA32_LF_LOGIC, size, r, 0, 0, 0);
  return r;
}

static inline uint32_t ia32_and(ia32_lazy_flags *lf, unsigned size, uint32_t dst, uint32_t src) {
  return ia32_logic_result(lf, size, dst & src);
}

static inline uint32_t ia32_or(ia32_lazy_flags *lf, unsigned size, uint32_t dst, uint32_t src) {
  return ia32_logic_result(lf, size, dst | src);
}

static inline uint32_t ia32_xor(ia32_lazy_flags *lf, unsigned size, uint32_t dst, uint32_t src) {
  return ia32_logic_result(lf, size, dst ^ src);
}

static inline void ia32_test(ia32_lazy_flags *lf, unsigned size, uint32_t dst, uint32_t src) {
  (void)ia32_logic_result(lf, size, dst & src);
}

/* NOT affects no flags. */
static inline uint32_t ia32_not(unsigned size, uint32_t dst) {
  return ~dst & ia32_size_mask(size);
}

/* Group 1 by ModRM.reg; CMP returns dst unchanged (nothing to write back). */
static inline uint32_t ia32_alu_group1(ia32_lazy_flags *lf, ia32_alu_op op, unsigned size,
                                       uint32_t dst, uint32_t src) {
  switch (op) {
  case IA32_ALU_ADD:
    return ia32_add(lf, size, dst, src);
  case IA32_ALU_OR:
    return ia32_or(lf, size, dst, src);
  case IA32_ALU_ADC:
    return ia32_adc(lf, size, dst, src);
  case IA32_ALU_SBB:
    return ia32_sbb(lf, size, dst, src);
  case IA32_ALU_AND:
    return ia32_and(lf, size, dst, src);
  case IA32_ALU_SUB:
    return ia32_sub(lf, size, dst, src);
  case IA32_ALU_XOR:
    return ia32_xor(lf, size, dst, src);
  default:
    ia32_cmp(lf, size, dst, src);
    return dst & ia32_size_mask(size);
  }
}

/* XADD: *dst = *dst + *src, *src = old *dst; flags as ADD. */
static inline void ia32_xadd(ia32_lazy_flags *lf, unsigned size, uint32_t *dst, uint32_t *src) {
  const uint32_t old = *dst & ia32_size_mask(size);
  *dst = ia32_add(lf, size, old, *src);
  *src = old;
}

/* CMPXCHG: flags as CMP accumulator, dst. If equal *dst = src, else *acc = *dst.
 * Returns ZF. */
static inline bool ia32_cmpxchg(ia32_lazy_flags *lf, unsigned size, uint32_t *acc, uint32_t *dst,
                                uint32_t src) {
  const uint32_t m = ia32_size_mask(size);
  ia32_cmp(lf, size, *acc, *dst);
  if (lf->result == 0) {
    *dst = src & m;
    return true;
  }
  *acc = *dst & m;
  return false;
}

/* BSWAP (32-bit; the 16-bit form is undefined in the SDM). No flags. */
static inline uint32_t ia32_bswap(uint32_t x) {
  return (x >> 24) | ((x >> 8) & 0xff00u) | ((x << 8) & 0xff0000u) | (x << 24);
}

/* ---- colder operations (alu.c) --------------------------------------- */

/* Shifts and rotates (group 2). count is the raw CL/imm8 value; it is
 * masked to 5 bits, and a masked count of 0 changes neither dst nor flags. */
uint32_t ia32_shift(ia32_lazy_flags *lf, ia32_shift_op op, unsigned size, uint32_t dst,
                    uint32_t count);

/* SHLD/SHRD, size 2 or 4; count masked to 5 bits. */
uint32_t ia32_shld(ia32_lazy_flags *lf, unsigned size, uint32_t dst, uint32_t src, uint32_t count);
uint32_t ia32_shrd(ia32_lazy_flags *lf, unsigned size, uint32_t dst, uint32_t src, uint32_t count);

/* One-operand MUL/IMUL: returns the low half, *hi gets the high half
 * (size 1: AL * src -> AH:AL; 2: DX:AX; 4: EDX:EAX). */
uint32_t ia32_mul(ia32_lazy_flags *lf, unsigned size, uint32_t a, uint32_t b, uint32_t *hi);
uint32_t ia32_imul_wide(ia32_lazy_flags *lf, unsigned size, uint32_t a, uint32_t b, uint32_t *hi);
/* Two- and three-operand IMUL: the product truncated to size. */
uint32_t ia32_imul_trunc(ia32_lazy_flags *lf, unsigned size, uint32_t a, uint32_t b);

/* DIV/IDIV of hi:lo (AH:AL, DX:AX, EDX:EAX) by divisor. All flags are
 * undefined by the SDM and left unchanged, so no record is needed. On
 * IA32_ALU_DE (#DE) *quot and *rem are not written. */
ia32_alu_status ia32_div(unsigned size, uint32_t hi, uint32_t lo, uint32_t divisor, uint32_t *quot,
                         uint32_t *rem);
ia32_alu_status ia32_idiv(unsigned size, uint32_t hi, uint32_t lo, uint32_t divisor, uint32_t *quot,
                          uint32_t *rem);

/* BT/BTS/BTR/BTC on a register-sized value: bit taken modulo the operand
 * width; CF = old bit. Returns the new value (unchanged for BT). */
uint32_t ia32_bit_test(ia32_lazy_flags *lf, ia32_bit_op op, unsigned size, uint32_t value,
                       uint32_t bit);

/* BSF/BSR: ZF = (src == 0); returns the bit index, or dst if src is 0. */
uint32_t ia32_bsf(ia32_lazy_flags *lf, unsigned size, uint32_t dst, uint32_t src);
uint32_t ia32_bsr(ia32_lazy_flags *lf, unsigned size, uint32_t dst, uint32_t src);

/* BCD adjustments (legacy and compatibility mode only). */
uint8_t ia32_daa(ia32_lazy_flags *lf, uint8_t al);
uint8_t ia32_das(ia32_lazy_flags *lf, uint8_t al);
uint16_t ia32_aaa(ia32_lazy_flags *lf, uint16_t ax);
uint16_t ia32_aas(ia32_lazy_flags *lf, uint16_t ax);
/* AAM imm8: #DE if imm is 0 (then *ax is not written). */
ia32_alu_status ia32_aam(ia32_lazy_flags *lf, uint16_t *ax, uint8_t imm);
uint16_t ia32_aad(ia32_lazy_flags *lf, uint16_t ax, uint8_t imm);

#endif /* VTSIM_IA32_ALU_H */
