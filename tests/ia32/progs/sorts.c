/* A small sorting workload: insertion sort, heap sort, merge sort, shell
 * sort and a radix sort on the same pseudo-random arrays of a few sizes,
 * cross-checked against each other, with comparison counts. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned long compares;

static int less(int32_t a, int32_t b) {
  compares++;
  return a < b;
}

static void insertion_sort(int32_t *a, size_t n) {
  for (size_t i = 1; i < n; i++) {
    int32_t v = a[i];
    size_t j = i;
    for (; j > 0 && less(v, a[j - 1]); j--) a[j] = a[j - 1];
    a[j] = v;
  }
}

static void sift_down(int32_t *a, size_t root, size_t n) {
  for (size_t child; (child = 2 * root + 1) < n; root = child) {
    if (child + 1 < n && less(a[child], a[child + 1])) child++;
    if (!less(a[root], a[child])) return;
    int32_t t = a[root];
    a[root] = a[child];
    a[child] = t;
  }
}

static void heap_sort(int32_t *a, size_t n) {
  for (size_t i = n / 2; i-- > 0;) sift_down(a, i, n);
  for (size_t end = n; end-- > 1;) {
    int32_t t = a[0];
    a[0] = a[end];
    a[end] = t;
    sift_down(a, 0, end);
  }
}

static void merge_sort(int32_t *a, int32_t *tmp, size_t n) {
  if (n < 2) return;
  size_t h = n / 2, i = 0, j = h, k = 0;
  merge_sort(a, tmp, h);
  merge_sort(a + h, tmp, n - h);
  while (i < h && j < n) tmp[k++] = less(a[j], a[i]) ? a[j++] : a[i++];
  while (i < h) tmp[k++] = a[i++];
  while (j < n) tmp[k++] = a[j++];
  memcpy(a, tmp, n * sizeof *a);
}

static void shell_sort(int32_t *a, size_t n) {
  static const size_t gaps[] = {701, 301, 132, 57, 23, 10, 4, 1};
  for (unsigned g = 0; g < sizeof gaps / sizeof gaps[0]; g++) {
    size_t gap = gaps[g];
    for (size_t i = gap; i < n; i++) {
      int32_t v = a[i];
      size_t j = i;
      for (; j >= gap && less(v, a[j - gap]); j -= gap) a[j] = a[j - gap];
      a[j] = v;
    }
  }
}

/* LSD radix sort on the bytes of the key with the sign bit flipped. */
static void radix_sort(int32_t *a, int32_t *tmp, size_t n) {
  for (unsigned shift = 0; shift < 32; shift += 8) {
    size_t count[257] = {0};
    for (size_t i = 0; i < n; i++) count[((((uint32_t)a[i]) ^ 0x80000000u) >> shift & 0xff) + 1]++;
    for (int b = 0; b < 256; b++) count[b + 1] += count[b];
    for (size_t i = 0; i < n; i++)
      tmp[count[(((uint32_t)a[i]) ^ 0x80000000u) >> shift & 0xff]++] = a[i];
    memcpy(a, tmp, n * sizeof *a);
  }
}

static uint32_t digest(const int32_t *a, size_t n) {
  uint32_t h = 0;
  for (size_t i = 0; i < n; i++) h = (h ^ (uint32_t)a[i]) * 0x01000193u;
  return h;
}

int main(void) {
  static const size_t sizes[] = {1, 2, 10, 100, 1000, 3000};
  enum { MAX = 3000 };
  static int32_t orig[MAX], work[MAX], tmp[MAX], ref[MAX];
  uint32_t seed = 88172645u;
  for (unsigned s = 0; s < sizeof sizes / sizeof sizes[0]; s++) {
    size_t n = sizes[s];
    for (size_t i = 0; i < n; i++) {
      seed = seed * 1664525u + 1013904223u;
      orig[i] = (int32_t)(seed ^ (seed >> 15)) % 100000;
    }
    memcpy(ref, orig, n * sizeof *orig);
    merge_sort(ref, tmp, n);
    printf("n=%zu min %d max %d digest %08x\n", n, ref[0], ref[n - 1], digest(ref, n));
    static const char *const names[] = {"insertion", "heap", "merge", "shell", "radix"};
    for (int alg = 0; alg < 5; alg++) {
      if (alg == 0 && n > 1000) continue;
      memcpy(work, orig, n * sizeof *orig);
      compares = 0;
      switch (alg) {
      case 0:
        insertion_sort(work, n);
        break;
      case 1:
        heap_sort(work, n);
        break;
      case 2:
        merge_sort(work, tmp, n);
        break;
      case 3:
        shell_sort(work, n);
        break;
      default:
        radix_sort(work, tmp, n);
        break;
      }
      printf("  %-9s compares %7lu %s\n", names[alg], compares,
             memcmp(work, ref, n * sizeof *ref) == 0 ? "same" : "DIFFERENT");
    }
  }
  return 0;
}
