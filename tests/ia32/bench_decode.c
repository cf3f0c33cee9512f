/* Decode-speed benchmark: decodes a raw block of 32-bit code linearly (an
 * undecodable byte is skipped) many times and reports decodes per second.
 *   objcopy -O binary --only-section=.text /usr/lib32/libc.so.6 /tmp/text.bin
 *   bench_decode /tmp/text.bin
 * Not a unit test: numbers depend on the machine. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "ia32/decode.h"

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: %s code.bin\n", argv[0]);
    return 2;
  }
  FILE *fp = fopen(argv[1], "rb");
  if (!fp) {
    perror(argv[1]);
    return 1;
  }
  static uint8_t code[1 << 24];
  size_t n = fread(code, 1, sizeof code, fp);
  fclose(fp);
  unsigned long ok = 0, bad = 0, total = 0;
  struct timespec t0, t1;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  for (int rep = 0; rep < 20; rep++) {
    for (size_t p = 0; p < n;) {
      ia32_insn d;
      int st = ia32_decode(code + p, n - p, 1, &d);
      total++;
      if (st == IA32_DECODE_OK) {
        ok++;
        p += d.len;
      } else {
        bad++;
        p++;
      }
    }
  }
  clock_gettime(CLOCK_MONOTONIC, &t1);
  double s = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) * 1e-9;
  printf("%zu bytes x 20: %lu decodes (%lu ok, %lu rejected) in %.3f s: %.1f M decodes/s, "
         "%.1f ns each\n",
         n, total, ok, bad, s, (double)total / s * 1e-6, s * 1e9 / (double)total);
  return 0;
}
