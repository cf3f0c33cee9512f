/* Bit manipulation: population count by loop and by builtin, rotates (the
 * compiler emits ROL/ROR), __builtin_clz/ctz (BSR/BSF), byte swaps (BSWAP),
 * parity, bit reversal, and 64-bit variants. */
#include <stdint.h>
#include <stdio.h>

static unsigned popcount_loop(uint32_t x) {
  unsigned n = 0;
  for (; x; x &= x - 1) n++;
  return n;
}

static uint32_t rotl32(uint32_t x, unsigned r) {
  return (x << (r & 31)) | (x >> ((32 - r) & 31));
}
static uint32_t rotr32(uint32_t x, unsigned r) {
  return (x >> (r & 31)) | (x << ((32 - r) & 31));
}
static uint16_t rotl16(uint16_t x, unsigned r) {
  return (uint16_t)((x << (r & 15)) | (x >> ((16 - r) & 15)));
}
static uint8_t rotr8(uint8_t x, unsigned r) {
  return (uint8_t)((x >> (r & 7)) | (x << ((8 - r) & 7)));
}

static uint32_t reverse_bits(uint32_t x) {
  uint32_t r = 0;
  for (int i = 0; i < 32; i++, x >>= 1) r = (r << 1) | (x & 1);
  return r;
}

static unsigned clz_loop(uint32_t x) {
  unsigned n = 0;
  for (uint32_t m = 0x80000000u; m && !(x & m); m >>= 1) n++;
  return n;
}

static unsigned ctz_loop(uint32_t x) {
  unsigned n = 0;
  for (uint32_t m = 1; m && !(x & m); m <<= 1) n++;
  return n;
}

static volatile uint32_t inputs[] = {1,           2,          3,          0x80,        0xff,
                                     0x100,       0x8000,     0x12345678, 0x80000000u, 0xdeadbeefu,
                                     0xffffffffu, 0x7fffffff, 0x00f00f00, 0xaaaaaaaau};

int main(void) {
  unsigned mismatches = 0;
  for (unsigned i = 0; i < sizeof inputs / sizeof inputs[0]; i++) {
    uint32_t x = inputs[i];
    unsigned pc = popcount_loop(x);
    if (pc != (unsigned)__builtin_popcount(x)) mismatches++;
    if (clz_loop(x) != (unsigned)__builtin_clz(x) || ctz_loop(x) != (unsigned)__builtin_ctz(x))
      mismatches++;
    printf(
        "%08x pop %2u clz %2d ctz %2d ffs %2d parity %d rol7 %08x ror13 %08x rol16 %04x ror8 %02x "
        "bswap %08x rev %08x\n",
        x, pc, __builtin_clz(x), __builtin_ctz(x), __builtin_ffs((int)x), __builtin_parity(x),
        rotl32(x, 7), rotr32(x, 13), rotl16((uint16_t)x, i), rotr8((uint8_t)x, i),
        __builtin_bswap32(x), reverse_bits(x));
  }
  printf("ffs(0)=%d\n", __builtin_ffs((int)(inputs[0] - 1)));
  uint64_t y = 0x0123456789abcdefULL;
  volatile unsigned sh = 0;
  for (int i = 0; i < 8; i++, sh += 9) {
    uint64_t z = y >> sh | y << ((64 - sh) & 63);
    printf("64: %016llx clz %d ctz %d pop %d bswap %016llx\n", (unsigned long long)z,
           __builtin_clzll(z), __builtin_ctzll(z), __builtin_popcountll(z),
           (unsigned long long)__builtin_bswap64(z));
  }
  /* Gray code round trip and next permutation of bits. */
  unsigned gray_ok = 1;
  for (uint32_t v = 0; v < 4096; v += 7) {
    uint32_t g = v ^ (v >> 1), b = g;
    for (uint32_t s = 1; s < 32; s <<= 1) b ^= b >> s;
    if (b != v) gray_ok = 0;
  }
  uint32_t perm = 0x0f, digest = 0;
  for (int i = 0; i < 100; i++) {
    uint32_t t = perm | (perm - 1);
    perm = (t + 1) | (((~t & -~t) - 1) >> (__builtin_ctz(perm) + 1));
    digest = digest * 17 + perm;
  }
  printf("gray %u perm %08x digest %08x mismatches %u\n", gray_ok, perm, digest, mismatches);
  return 0;
}
