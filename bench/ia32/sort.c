/* Benchmark: quicksort (median of three, insertion sort for small parts) of
 * a pseudo-random array of 200000 ints, repeated with new data.
 * Usage: sort [ROUNDS]. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static void insertion(int32_t *a, int n) {
  for (int i = 1; i < n; i++) {
    int32_t v = a[i];
    int j = i;
    for (; j > 0 && a[j - 1] > v; j--) a[j] = a[j - 1];
    a[j] = v;
  }
}

static void quicksort(int32_t *a, int n) {
  while (n > 16) {
    int32_t x = a[0], y = a[n / 2], z = a[n - 1];
    int32_t pivot = x < y ? (y < z ? y : (x < z ? z : x)) : (x < z ? x : (y < z ? z : y));
    int i = 0, j = n - 1;
    for (;;) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i >= j) break;
      int32_t t = a[i];
      a[i++] = a[j];
      a[j--] = t;
    }
    if (j + 1 < n - j - 1) {
      quicksort(a, j + 1);
      a += j + 1;
      n -= j + 1;
    } else {
      quicksort(a + j + 1, n - j - 1);
      n = j + 1;
    }
  }
  insertion(a, n);
}

int main(int argc, char **argv) {
  unsigned rounds = argc > 1 ? (unsigned)strtoul(argv[1], NULL, 10) : 40;
  enum { N = 200000 };
  static int32_t a[N];
  uint32_t seed = 2463534242u, digest = 0;
  for (unsigned r = 0; r < rounds; r++) {
    for (int i = 0; i < N; i++) {
      seed ^= seed << 13;
      seed ^= seed >> 17;
      seed ^= seed << 5;
      a[i] = (int32_t)(seed % 1000000u) - 500000;
    }
    quicksort(a, N);
    for (int i = 1; i < N; i++)
      if (a[i - 1] > a[i]) {
        printf("not sorted\n");
        return 1;
      }
    digest = digest * 31 + (uint32_t)a[N / 3];
  }
  printf("sorted %u rounds, digest %08x\n", rounds, digest);
  return 0;
}
