/* CRC-32 (bitwise and table-driven, which must agree) and SHA-256 over
 * generated data, including the standard "abc" and empty-message vectors
 * whose digests every implementation knows. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static uint32_t crc32_bitwise(const uint8_t *p, size_t n) {
  uint32_t c = 0xffffffffu;
  for (size_t i = 0; i < n; i++) {
    c ^= p[i];
    for (int k = 0; k < 8; k++) c = (c >> 1) ^ (0xedb88320u & (0u - (c & 1)));
  }
  return ~c;
}

static uint32_t crc32_table(const uint32_t *t, const uint8_t *p, size_t n) {
  uint32_t c = 0xffffffffu;
  for (size_t i = 0; i < n; i++) c = t[(c ^ p[i]) & 0xff] ^ (c >> 8);
  return ~c;
}

struct sha256 {
  uint32_t h[8];
  uint8_t block[64];
  size_t used;
  uint64_t bits;
};

static const uint32_t K[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

static uint32_t ror(uint32_t x, unsigned r) {
  return (x >> r) | (x << (32 - r));
}

static void sha256_block(struct sha256 *s) {
  uint32_t w[64];
  for (int i = 0; i < 16; i++)
    w[i] = (uint32_t)s->block[4 * i] << 24 | (uint32_t)s->block[4 * i + 1] << 16 |
           (uint32_t)s->block[4 * i + 2] << 8 | s->block[4 * i + 3];
  for (int i = 16; i < 64; i++) {
    uint32_t s0 = ror(w[i - 15], 7) ^ ror(w[i - 15], 18) ^ (w[i - 15] >> 3);
    uint32_t s1 = ror(w[i - 2], 17) ^ ror(w[i - 2], 19) ^ (w[i - 2] >> 10);
    w[i] = w[i - 16] + s0 + w[i - 7] + s1;
  }
  uint32_t a = s->h[0], b = s->h[1], c = s->h[2], d = s->h[3], e = s->h[4], f = s->h[5],
           g = s->h[6], h = s->h[7];
  for (int i = 0; i < 64; i++) {
    uint32_t t1 = h + (ror(e, 6) ^ ror(e, 11) ^ ror(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + w[i];
    uint32_t t2 = (ror(a, 2) ^ ror(a, 13) ^ ror(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
    h = g, g = f, f = e, e = d + t1, d = c, c = b, b = a, a = t1 + t2;
  }
  s->h[0] += a, s->h[1] += b, s->h[2] += c, s->h[3] += d;
  s->h[4] += e, s->h[5] += f, s->h[6] += g, s->h[7] += h;
}

static void sha256_init(struct sha256 *s) {
  static const uint32_t iv[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
  memcpy(s->h, iv, sizeof iv);
  s->used = 0;
  s->bits = 0;
}

static void sha256_update(struct sha256 *s, const uint8_t *p, size_t n) {
  for (size_t i = 0; i < n; i++) {
    s->block[s->used++] = p[i];
    s->bits += 8;
    if (s->used == 64) {
      sha256_block(s);
      s->used = 0;
    }
  }
}

static void sha256_print(struct sha256 *s, const char *label) {
  uint64_t bits = s->bits;
  uint8_t pad = 0x80, zero = 0, len[8];
  sha256_update(s, &pad, 1);
  while (s->used != 56) sha256_update(s, &zero, 1);
  for (int i = 0; i < 8; i++) len[i] = (uint8_t)(bits >> (56 - 8 * i));
  sha256_update(s, len, 8);
  printf("sha256(%s) = ", label);
  for (int i = 0; i < 8; i++) printf("%08x", s->h[i]);
  printf("\n");
}

int main(void) {
  uint32_t table[256];
  for (uint32_t i = 0; i < 256; i++) {
    uint32_t c = i;
    for (int k = 0; k < 8; k++) c = (c >> 1) ^ (0xedb88320u & (0u - (c & 1)));
    table[i] = c;
  }
  static uint8_t data[20000];
  uint32_t x = 1;
  for (size_t i = 0; i < sizeof data; i++) {
    x = x * 1103515245u + 12345u;
    data[i] = (uint8_t)(x >> 23);
  }
  printf("crc32(\"123456789\") = %08x\n", crc32_bitwise((const uint8_t *)"123456789", 9));
  static const size_t lens[] = {0, 1, 3, 64, 1000, 4097, 20000};
  for (unsigned i = 0; i < sizeof lens / sizeof lens[0]; i++) {
    uint32_t a = crc32_bitwise(data, lens[i]), b = crc32_table(table, data, lens[i]);
    printf("crc32(data[%zu]) = %08x %s\n", lens[i], a, a == b ? "agree" : "DISAGREE");
  }
  struct sha256 s;
  sha256_init(&s);
  sha256_print(&s, "");
  sha256_init(&s);
  sha256_update(&s, (const uint8_t *)"abc", 3);
  sha256_print(&s, "abc");
  for (unsigned i = 0; i < sizeof lens / sizeof lens[0]; i++) {
    char label[32];
    snprintf(label, sizeof label, "data[%zu]", lens[i]);
    sha256_init(&s);
    sha256_update(&s, data, lens[i]);
    sha256_print(&s, label);
  }
  return 0;
}
