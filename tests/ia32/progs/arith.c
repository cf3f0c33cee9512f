/* Integer arithmetic edge cases: wrap-around, signed/unsigned division and
 * modulo with negative operands, and 64-bit arithmetic on a 32-bit CPU (the
 * compiler calls libgcc's __divdi3, __udivdi3, __moddi3, __umoddi3). Operands
 * come through volatile variables so the CPU, not the compiler, computes. */
#include <limits.h>
#include <stdint.h>
#include <stdio.h>

static volatile int32_t s32[] = {0,   1,    -1,    2,       -2,      7,          -7,
                                 100, -100, 12345, INT_MAX, INT_MIN, INT_MIN + 1};
static volatile uint32_t u32[] = {0,      1,          2,           3,           7,          0xff,
                                  0x8000, 0x7fffffff, 0x80000000u, 0xfffffffeu, 0xffffffffu};
static volatile int64_t s64[] = {0,
                                 1,
                                 -1,
                                 3,
                                 -3,
                                 1000000007,
                                 -1000000007,
                                 0x100000000LL,
                                 -0x100000000LL,
                                 0x123456789abcdefLL,
                                 INT64_MAX,
                                 INT64_MIN,
                                 INT64_MIN + 1};
static volatile uint64_t u64[] = {
    0, 1, 5, 0xffffffffu, 0x100000000ULL, 0x8000000000000000ULL, 0xfedcba9876543210ULL, UINT64_MAX};

#define N(a) (sizeof(a) / sizeof((a)[0]))

static void signed32(void) {
  for (unsigned i = 0; i < N(s32); i++) {
    for (unsigned j = 0; j < N(s32); j++) {
      int32_t a = s32[i], b = s32[j];
      uint32_t sum = (uint32_t)a + (uint32_t)b, dif = (uint32_t)a - (uint32_t)b;
      uint32_t mul = (uint32_t)a * (uint32_t)b;
      printf("s32 %d %d: + %d - %d * %d", a, b, (int32_t)sum, (int32_t)dif, (int32_t)mul);
      if (b != 0 && !(a == INT_MIN && b == -1)) printf(" / %d %% %d", a / b, a % b);
      printf(" < %d >> %d\n", a < b, a >> (j & 31));
    }
  }
}

static void unsigned32(void) {
  for (unsigned i = 0; i < N(u32); i++) {
    for (unsigned j = 0; j < N(u32); j++) {
      uint32_t a = u32[i], b = u32[j];
      printf("u32 %u %u: + %u - %u * %u", a, b, a + b, a - b, a * b);
      if (b != 0) printf(" / %u %% %u", a / b, a % b);
      printf(" < %d >> %u << %u\n", a < b, a >> (j & 31), a << (i & 31));
    }
  }
}

static void signed64(void) {
  for (unsigned i = 0; i < N(s64); i++) {
    for (unsigned j = 0; j < N(s64); j++) {
      int64_t a = s64[i], b = s64[j];
      uint64_t mul = (uint64_t)a * (uint64_t)b;
      printf("s64 %lld %lld: + %lld * %lld", a, (long long)b,
             (long long)(int64_t)((uint64_t)a + (uint64_t)b), (long long)(int64_t)mul);
      if (b != 0 && !(a == INT64_MIN && b == -1)) printf(" / %lld %% %lld", a / b, a % b);
      unsigned sh = (unsigned)(i * 7 + j * 5) & 63;
      printf(" >>%u %lld <%d\n", sh, a >> sh, a < b);
    }
  }
}

static void unsigned64(void) {
  for (unsigned i = 0; i < N(u64); i++) {
    for (unsigned j = 0; j < N(u64); j++) {
      uint64_t a = u64[i], b = u64[j];
      printf("u64 %llu %llu: - %llu * %llu", a, b, a - b, a * b);
      if (b != 0) printf(" / %llu %% %llu", a / b, a % b);
      unsigned sh = (unsigned)(i * 11 + j * 3) & 63;
      printf(" <<%u %llx >>%u %llx\n", sh, a << sh, sh, a >> sh);
    }
  }
}

/* Mixed widths: sign and zero extension, truncation, and 32x32->64 multiply. */
static void widths(void) {
  volatile int8_t c = -128;
  volatile uint8_t uc = 200;
  volatile int16_t h = -32768;
  volatile uint16_t uh = 65535;
  volatile int32_t a = -123456789;
  volatile uint32_t b = 4000000000u;
  printf("ext %d %u %d %u\n", c, uc, h, uh);
  printf("trunc %d %d %u\n", (int8_t)(c - 1), (int16_t)(h - 1), (uint8_t)(uc + 100));
  printf("widen %lld %llu %lld\n", (int64_t)a * a, (uint64_t)b * b, (int64_t)a * (int64_t)b);
  printf("mixed %d %u\n", (int)(a / (int)uc), (unsigned)(b / (unsigned)uh));
}

int main(void) {
  signed32();
  unsigned32();
  signed64();
  unsigned64();
  widths();
  return 0;
}
