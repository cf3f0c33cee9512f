/* Benchmark: naive and Boyer-Moore-Horspool substring search for many
 * patterns in a 256 KiB text over a small alphabet. Usage: strsearch [ROUNDS]. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static long naive(const char *t, long n, const char *p, long m) {
  long hits = 0;
  for (long i = 0; i + m <= n; i++) {
    long j = 0;
    while (j < m && t[i + j] == p[j]) j++;
    hits += j == m;
  }
  return hits;
}

static long horspool(const char *t, long n, const char *p, long m) {
  long shift[256], hits = 0;
  for (int c = 0; c < 256; c++) shift[c] = m;
  for (long j = 0; j < m - 1; j++) shift[(unsigned char)p[j]] = m - 1 - j;
  for (long i = 0; i + m <= n; i += shift[(unsigned char)t[i + m - 1]]) {
    long j = m - 1;
    while (j >= 0 && t[i + j] == p[j]) j--;
    hits += j < 0;
  }
  return hits;
}

int main(int argc, char **argv) {
  unsigned rounds = argc > 1 ? (unsigned)strtoul(argv[1], NULL, 10) : 25;
  enum { N = 256 * 1024 };
  static char text[N];
  uint32_t x = 7;
  for (long i = 0; i < N; i++) text[i] = "acgt"[(x = x * 1664525u + 1013904223u) >> 30];
  static const char *const pats[] = {
      "a",       "gat",       "acgtacgt",     "ttttt",
      "gattaca", "cagcagcag", "tgcatgcatgca", "aaaaaaaaaaaaaaaaaaaa"};
  long total = 0, mismatch = 0;
  for (unsigned r = 0; r < rounds; r++) {
    for (unsigned k = 0; k < sizeof pats / sizeof pats[0]; k++) {
      long m = (long)strlen(pats[k]);
      long a = naive(text, N, pats[k], m), b = horspool(text, N, pats[k], m);
      total += a;
      mismatch += a != b;
    }
    text[r * 7919 % N] = 'g';
  }
  printf("matches %ld, naive and horspool disagree %ld times\n", total, mismatch);
  return mismatch != 0;
}
