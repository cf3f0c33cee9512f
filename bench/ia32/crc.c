/* Benchmark: table-driven CRC-32 and a bitwise Adler-like checksum over a
 * 64 KiB buffer, many passes. Usage: crc [PASSES]. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
  unsigned passes = argc > 1 ? (unsigned)strtoul(argv[1], NULL, 10) : 1600;
  static uint8_t buf[65536];
  uint32_t table[256], x = 12345;
  for (uint32_t i = 0; i < 256; i++) {
    uint32_t c = i;
    for (int k = 0; k < 8; k++) c = (c >> 1) ^ (0xedb88320u & (0u - (c & 1)));
    table[i] = c;
  }
  for (size_t i = 0; i < sizeof buf; i++) buf[i] = (uint8_t)((x = x * 1103515245u + 12345u) >> 24);
  uint32_t crc = 0, a = 1, b = 0;
  for (unsigned p = 0; p < passes; p++) {
    uint32_t c = ~crc;
    for (size_t i = 0; i < sizeof buf; i++) c = table[(c ^ buf[i]) & 0xff] ^ (c >> 8);
    crc = ~c;
    for (size_t i = 0; i < sizeof buf; i += 4) {
      a = (a + buf[i]) % 65521u;
      b = (b + a) % 65521u;
    }
    buf[p & 0xffff] ^= (uint8_t)crc;
  }
  printf("crc %08x adler %08x\n", crc, b << 16 | a);
  return 0;
}
