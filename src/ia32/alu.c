/* IA-32 ALU operations whose flags are computed eagerly: those that keep some
 * previous flags (shifts, rotates, multiply, bit tests, BCD) or that are rare
 * enough not to matter. Flags the SDM calls undefined keep their old value. */
#include "ia32/alu.h"

#define CF IA32_EFLAGS_CF
#define PF IA32_EFLAGS_PF
#define AF IA32_EFLAGS_AF
#define ZF IA32_EFLAGS_ZF
#define SF IA32_EFLAGS_SF
#define OF IA32_EFLAGS_OF

/* Writes the flags in mask from bits; flags outside mask keep their value. */
static void set_flags(ia32_lazy_flags *lf, uint32_t mask, uint32_t bits) {
  ia32_flags_update(lf, mask, bits);
}

static uint32_t flag_if(bool cond, uint32_t flag) {
  return cond ? flag : 0;
}

static bool msb(uint32_t value, unsigned size) {
  return (value & ia32_sign_bit(size)) != 0;
}

/* SHL/SAL, SHR, SAR (SDM vol. 2 SAL/SAR/SHL/SHR). CF is the last bit shifted
 * out as in the SDM's bit-by-bit pseudo-code, also for counts >= the width
 * where "Flags Affected" calls it undefined. AF (undefined) is kept, and so
 * is OF for counts other than 1. */
static uint32_t shift(ia32_lazy_flags *lf, ia32_shift_op op, unsigned size, uint32_t dst,
                      unsigned count) {
  const unsigned bits = 8 * size;
  const uint32_t m = ia32_size_mask(size);
  uint32_t r;
  bool cf, of = false;
  dst &= m;
  if (op == IA32_SH_SAR) {
    const uint32_t wide = ia32_sign_extend(dst, size); /* bits above size = sign */
    r = (msb(dst, size) ? ~(~wide >> count) : wide >> count) & m;
    cf = (wide >> (count - 1)) & 1u;
  } else if (op == IA32_SH_SHR) {
    r = dst >> count;
    cf = (dst >> (count - 1)) & 1u;
    of = msb(dst, size);
  } else {
    r = (dst << count) & m;
    cf = count <= bits && ((dst >> (bits - count)) & 1u);
    of = msb(r, size) != cf;
  }
  /* SF, ZF and PF stay lazy; AF, and OF unless count is 1, are kept. */
  const uint32_t kept = ia32_lazy_of_af(lf) & (count == 1 ? AF : AF | OF);
  ia32_lf_record(lf, IA32_LF_SHIFT, size, r, 0, 0,
                 kept | flag_if(cf, CF) | (count == 1 ? flag_if(of, OF) : 0));
  return r;
}

/* ROL/ROR affect only CF and OF (SDM vol. 2 RCL/RCR/ROL/ROR): CF whenever the
 * masked count is non-zero, even if the rotation is a multiple of the width. */
static uint32_t rotate(ia32_lazy_flags *lf, ia32_shift_op op, unsigned size, uint32_t dst,
                       unsigned count) {
  const unsigned bits = 8 * size, n = count % bits;
  const uint32_t m = ia32_size_mask(size);
  uint32_t r = dst & m;
  bool cf, of;
  if (op == IA32_SH_ROL) {
    if (n != 0) r = ((r << n) | (r >> (bits - n))) & m;
    cf = r & 1u;
    of = msb(r, size) != cf;
  } else {
    if (n != 0) r = ((r >> n) | (r << (bits - n))) & m;
    cf = msb(r, size);
    of = msb(r, size) != msb(r << 1, size);
  }
  set_flags(lf, CF | (count == 1 ? OF : 0), flag_if(cf, CF) | flag_if(of, OF));
  return r;
}

/* RCL/RCR rotate size*8+1 bits (CF:dst); the count is reduced mod 9 for bytes
 * and mod 17 for words, after which a zero count leaves CF as it was. */
static uint32_t rotate_through_carry(ia32_lazy_flags *lf, ia32_shift_op op, unsigned size,
                                     uint32_t dst, unsigned count) {
  const unsigned bits = 8 * size, width = bits + 1;
  const unsigned n = size == 4 ? count : count % width;
  const uint64_t wmask = (UINT64_C(1) << width) - 1;
  const bool cf_in = ia32_lazy_cf(lf);
  dst &= ia32_size_mask(size);
  uint64_t v = ((uint64_t)cf_in << bits) | dst;
  bool of;
  if (op == IA32_SH_RCL) {
    if (n != 0) v = ((v << n) | (v >> (width - n))) & wmask;
    of = msb((uint32_t)v, size) != ((v >> bits) & 1u);
  } else {
    of = msb(dst, size) != cf_in; /* RCR: OF from the operand before rotating */
    if (n != 0) v = ((v >> n) | (v << (width - n))) & wmask;
  }
  const uint32_t r = (uint32_t)v & ia32_size_mask(size);
  set_flags(lf, CF | (count == 1 ? OF : 0), flag_if((v >> bits) & 1u, CF) | flag_if(of, OF));
  return r;
}

uint32_t ia32_shift(ia32_lazy_flags *lf, ia32_shift_op op, unsigned size, uint32_t dst,
                    uint32_t count) {
  count &= 0x1f;
  if (count == 0) return dst & ia32_size_mask(size);
  switch (op) {
  case IA32_SH_ROL:
  case IA32_SH_ROR:
    return rotate(lf, op, size, dst, count);
  case IA32_SH_RCL:
  case IA32_SH_RCR:
    return rotate_through_carry(lf, op, size, dst, count);
  case IA32_SH_SHR:
  case IA32_SH_SAR:
    return shift(lf, op, size, dst, count);
  default:
    return shift(lf, IA32_SH_SHL, size, dst, count);
  }
}

/* SHLD/SHRD operate on the concatenation dst:src (SHLD) or src:dst (SHRD).
 * A 16-bit count above 16 is undefined in the SDM; we then keep shifting in
 * the pattern dst:src:dst, which is well defined and agrees for counts <= 16. */
static uint64_t double_shift_pattern(unsigned size, uint32_t dst, uint32_t src) {
  if (size == 2) return ((uint64_t)dst << 32) | ((uint64_t)src << 16) | dst;
  return ((uint64_t)dst << 32) | src;
}

static void double_shift_flags(ia32_lazy_flags *lf, unsigned size, uint32_t dst, uint32_t r,
                               bool cf, unsigned count) {
  const bool of = msb(r, size) != msb(dst, size); /* a sign change, for count 1 */
  set_flags(lf, CF | PF | ZF | SF | (count == 1 ? OF : 0),
            flag_if(cf, CF) | flag_if(of, OF) | ia32_szp_flags(r, size));
}

uint32_t ia32_shld(ia32_lazy_flags *lf, unsigned size, uint32_t dst, uint32_t src, uint32_t count) {
  const uint32_t m = ia32_size_mask(size);
  dst &= m;
  src &= m;
  count &= 0x1f;
  if (count == 0) return dst;
  const uint64_t t = double_shift_pattern(size, dst, src);
  const unsigned top = size == 2 ? 48 : 64; /* dst occupies the top bits of t */
  const uint32_t r = (uint32_t)((t << count) >> (top - 8 * size)) & m;
  double_shift_flags(lf, size, dst, r, (t >> (top - count)) & 1u, count);
  return r;
}

uint32_t ia32_shrd(ia32_lazy_flags *lf, unsigned size, uint32_t dst, uint32_t src, uint32_t count) {
  const uint32_t m = ia32_size_mask(size);
  dst &= m;
  src &= m;
  count &= 0x1f;
  if (count == 0) return dst;
  /* src:dst with dst in the low bits (for size 2 the pattern is symmetric). */
  const uint64_t t = size == 2 ? double_shift_pattern(size, dst, src) : ((uint64_t)src << 32) | dst;
  const uint32_t r = (uint32_t)(t >> count) & m;
  double_shift_flags(lf, size, dst, r, (t >> (count - 1)) & 1u, count);
  return r;
}

/* Two's-complement value of x (size bytes) as int64_t, without implementation-defined casts. */
static int64_t to_signed(uint32_t x, unsigned size) {
  const uint32_t sign = ia32_sign_bit(size);
  return (int64_t)((x & ia32_size_mask(size)) ^ sign) - (int64_t)sign;
}

/* MUL/IMUL: CF = OF = 1 when the high half is significant; SF ZF AF PF are
 * undefined and kept. */
static void multiply_flags(ia32_lazy_flags *lf, bool significant_high) {
  set_flags(lf, CF | OF, significant_high ? CF | OF : 0);
}

uint32_t ia32_mul(ia32_lazy_flags *lf, unsigned size, uint32_t a, uint32_t b, uint32_t *hi) {
  const uint32_t m = ia32_size_mask(size);
  const uint64_t p = (uint64_t)(a & m) * (b & m);
  *hi = (uint32_t)(p >> (8 * size)) & m;
  multiply_flags(lf, *hi != 0);
  return (uint32_t)p & m;
}

uint32_t ia32_imul_wide(ia32_lazy_flags *lf, unsigned size, uint32_t a, uint32_t b, uint32_t *hi) {
  const uint32_t m = ia32_size_mask(size);
  const int64_t p = to_signed(a, size) * to_signed(b, size); /* |p| <= 2^62 */
  const uint64_t bits = (uint64_t)p;
  *hi = (uint32_t)(bits >> (8 * size)) & m;
  multiply_flags(lf, p != to_signed((uint32_t)bits, size));
  return (uint32_t)bits & m;
}

uint32_t ia32_imul_trunc(ia32_lazy_flags *lf, unsigned size, uint32_t a, uint32_t b) {
  uint32_t hi;
  return ia32_imul_wide(lf, size, a, b, &hi);
}

ia32_alu_status ia32_div(unsigned size, uint32_t hi, uint32_t lo, uint32_t divisor, uint32_t *quot,
                         uint32_t *rem) {
  const uint32_t m = ia32_size_mask(size);
  const uint64_t dividend = ((uint64_t)(hi & m) << (8 * size)) | (lo & m);
  divisor &= m;
  if (divisor == 0) return IA32_ALU_DE;
  const uint64_t q = dividend / divisor;
  if (q > m) return IA32_ALU_DE;
  *quot = (uint32_t)q;
  *rem = (uint32_t)(dividend % divisor);
  return IA32_ALU_OK;
}

/* IDIV truncates toward zero, the remainder takes the dividend's sign; a
 * quotient outside the signed range of size (e.g. INT_MIN / -1) is #DE. The
 * division is done on magnitudes so that no C signed overflow can occur. */
ia32_alu_status ia32_idiv(unsigned size, uint32_t hi, uint32_t lo, uint32_t divisor, uint32_t *quot,
                          uint32_t *rem) {
  const unsigned bits = 8 * size;
  const uint32_t m = ia32_size_mask(size);
  uint64_t dividend = ((uint64_t)(hi & m) << bits) | (lo & m);
  const bool dividend_neg = (hi & ia32_sign_bit(size)) != 0;
  if (dividend_neg && size < 4) dividend |= ~UINT64_C(0) << (2 * bits); /* sign-extend */
  const bool divisor_neg = (divisor & ia32_sign_bit(size)) != 0;
  const uint64_t divisor64 =
      (uint64_t)ia32_sign_extend(divisor, size) | (divisor_neg ? UINT64_C(0xffffffff00000000) : 0);
  if ((divisor & m) == 0) return IA32_ALU_DE;
  const uint64_t num = dividend_neg ? 0 - dividend : dividend;
  const uint64_t den = divisor_neg ? 0 - divisor64 : divisor64;
  const uint64_t q = num / den, r = num % den;
  const bool quot_neg = dividend_neg != divisor_neg;
  const uint64_t limit = quot_neg ? (uint64_t)ia32_sign_bit(size) : ia32_sign_bit(size) - 1u;
  if (q > limit) return IA32_ALU_DE;
  *quot = (uint32_t)(quot_neg ? 0 - q : q) & m;
  *rem = (uint32_t)(dividend_neg ? 0 - r : r) & m;
  return IA32_ALU_OK;
}

/* BT*: CF = the selected bit; ZF unaffected; OF SF AF PF undefined and kept. */
uint32_t ia32_bit_test(ia32_lazy_flags *lf, ia32_bit_op op, unsigned size, uint32_t value,
                       uint32_t bit) {
  const uint32_t m = ia32_size_mask(size), sel = 1u << (bit & (8 * size - 1));
  value &= m;
  set_flags(lf, CF, flag_if(value & sel, CF));
  switch (op) {
  case IA32_BIT_BTS:
    return value | sel;
  case IA32_BIT_BTR:
    return value & ~sel;
  case IA32_BIT_BTC:
    return value ^ sel;
  default:
    return value;
  }
}

/* BSF/BSR: ZF = (src == 0); CF OF SF AF PF undefined and kept. A zero source
 * leaves the destination unchanged (undefined for Intel, documented by AMD). */
uint32_t ia32_bsf(ia32_lazy_flags *lf, unsigned size, uint32_t dst, uint32_t src) {
  src &= ia32_size_mask(size);
  set_flags(lf, ZF, flag_if(src == 0, ZF));
  return src == 0 ? dst & ia32_size_mask(size) : (uint32_t)__builtin_ctz(src);
}

uint32_t ia32_bsr(ia32_lazy_flags *lf, unsigned size, uint32_t dst, uint32_t src) {
  src &= ia32_size_mask(size);
  set_flags(lf, ZF, flag_if(src == 0, ZF));
  return src == 0 ? dst & ia32_size_mask(size) : 31u - (uint32_t)__builtin_clz(src);
}

/* DAA/DAS (SDM vol. 2 pseudo-code): CF and AF record the decimal carries, SF
 * ZF PF follow the result, OF is undefined and kept. */
uint8_t ia32_daa(ia32_lazy_flags *lf, uint8_t al) {
  const uint32_t old = ia32_flags_arith(lf);
  const bool old_cf = old & CF;
  unsigned r = al;
  bool cf = false, af = false;
  if ((al & 0x0f) > 9 || (old & AF)) {
    r += 6;
    cf = old_cf || r > 0xff;
    af = true;
  }
  if (al > 0x99 || old_cf) {
    r += 0x60;
    cf = true;
  } else {
    cf = false;
  }
  r &= 0xff;
  set_flags(lf, CF | AF | ZF | SF | PF, flag_if(cf, CF) | flag_if(af, AF) | ia32_szp_flags(r, 1));
  return (uint8_t)r;
}

uint8_t ia32_das(ia32_lazy_flags *lf, uint8_t al) {
  const uint32_t old = ia32_flags_arith(lf);
  const bool old_cf = old & CF;
  unsigned r = al;
  bool cf = false, af = false;
  if ((al & 0x0f) > 9 || (old & AF)) {
    cf = old_cf || r < 6;
    r = (r - 6) & 0xff;
    af = true;
  }
  if (al > 0x99 || old_cf) {
    r = (r - 0x60) & 0xff;
    cf = true;
  }
  set_flags(lf, CF | AF | ZF | SF | PF, flag_if(cf, CF) | flag_if(af, AF) | ia32_szp_flags(r, 1));
  return (uint8_t)r;
}

/* AAA/AAS: AF = CF = decimal carry; OF SF ZF PF undefined and kept. The
 * current SDM adjusts all of AX (AX + 106H), so a carry out of AL reaches AH. */
uint16_t ia32_aaa(ia32_lazy_flags *lf, uint16_t ax) {
  const bool adjust = (ax & 0x0f) > 9 || (ia32_flags_arith(lf) & AF);
  if (adjust) ax = (uint16_t)(ax + 0x106);
  set_flags(lf, CF | AF, adjust ? CF | AF : 0);
  return (uint16_t)(ax & 0xff0f);
}

uint16_t ia32_aas(ia32_lazy_flags *lf, uint16_t ax) {
  const bool adjust = (ax & 0x0f) > 9 || (ia32_flags_arith(lf) & AF);
  if (adjust) {
    ax = (uint16_t)(ax - 6);
    ax = (uint16_t)(ax - 0x100);
  }
  set_flags(lf, CF | AF, adjust ? CF | AF : 0);
  return (uint16_t)(ax & 0xff0f);
}

/* AAM/AAD: SF ZF PF from AL; OF AF CF undefined and kept. */
ia32_alu_status ia32_aam(ia32_lazy_flags *lf, uint16_t *ax, uint8_t imm) {
  if (imm == 0) return IA32_ALU_DE;
  const unsigned al = *ax & 0xff;
  const unsigned q = al / imm, r = al % imm;
  set_flags(lf, ZF | SF | PF, ia32_szp_flags(r, 1));
  *ax = (uint16_t)((q << 8) | r);
  return IA32_ALU_OK;
}

uint16_t ia32_aad(ia32_lazy_flags *lf, uint16_t ax, uint8_t imm) {
  const unsigned al = ((ax & 0xff) + (ax >> 8) * imm) & 0xff;
  set_flags(lf, ZF | SF | PF, ia32_szp_flags(al, 1));
  return (uint16_t)al;
}
