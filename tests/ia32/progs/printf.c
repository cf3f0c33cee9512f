/* printf and snprintf of integers in every length modifier, flag, width and
 * precision, at the edges of each type. */
#include <limits.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* The truncations below are what is being tested. */
#pragma GCC diagnostic ignored "-Wformat-truncation"

int main(void) {
  static const int ints[] = {0, 1, -1, 42, -42, 255, 65535, INT_MAX, INT_MIN};
  for (unsigned i = 0; i < sizeof ints / sizeof ints[0]; i++) {
    int v = ints[i];
    printf("%d|%i|%u|%x|%X|%o|%c|\n", v, v, (unsigned)v, (unsigned)v, (unsigned)v, (unsigned)v,
           'A' + (int)i);
    printf("%5d|%-5d|%05d|%+d|% d|%5.3d|%.0d|%-8x|%#x|%#o|%#X|%8.3x|\n", v, v, v, v, v, v, v,
           (unsigned)v, (unsigned)v, (unsigned)v, (unsigned)v, (unsigned)v);
    printf("%hhd|%hhu|%hd|%hu|%hhx|%hx|\n", (signed char)v, (unsigned char)v, (short)v,
           (unsigned short)v, (unsigned char)v, (unsigned short)v);
    printf("%ld|%lu|%lx|%*d|%-*d|%.*d|\n", (long)v, (unsigned long)v, (unsigned long)v, 7, v, 7, v,
           4, v);
  }
  static const long long lls[] = {0, -1, LLONG_MAX, LLONG_MIN, 0x123456789LL, -1000000000000LL};
  for (unsigned i = 0; i < sizeof lls / sizeof lls[0]; i++) {
    long long v = lls[i];
    printf("%lld|%llu|%llx|%llX|%llo|%25lld|%-22lld|%+.20lld|%#llx|\n", v, (unsigned long long)v,
           (unsigned long long)v, (unsigned long long)v, (unsigned long long)v, v, v, v,
           (unsigned long long)v);
    printf("%jd|%ju|%zd|%zu|%td|\n", (intmax_t)v, (uintmax_t)v, (ssize_t)v, (size_t)v,
           (ptrdiff_t)v);
  }
  printf("%s|%10s|%-10s|%.3s|%%|%5c|%-3c|\n", "str", "right", "left", "truncate", 'x', 'y');
  char buf[16];
  int n = snprintf(buf, sizeof buf, "%d-%d-%d-%d", 11111, 22222, 33333, 44444);
  printf("snprintf %d [%s] %zu\n", n, buf, strlen(buf));
  n = snprintf(NULL, 0, "%lld", LLONG_MIN);
  printf("snprintf length only %d\n", n);
  n = snprintf(buf, 1, "abc");
  printf("snprintf size 1 %d [%s]\n", n, buf);
  int written = 0;
  printf("count%n|", &written);
  printf(" %d\n", written);
  return 0;
}
