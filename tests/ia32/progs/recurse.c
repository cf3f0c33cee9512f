/* Deep and branching recursion: Ackermann (small arguments), naive and
 * memoised Fibonacci, Towers of Hanoi, and the N-queens count. */
#include <stdio.h>

static unsigned ack_calls;

static unsigned ackermann(unsigned m, unsigned n) {
  ack_calls++;
  if (m == 0) return n + 1;
  if (n == 0) return ackermann(m - 1, 1);
  return ackermann(m - 1, ackermann(m, n - 1));
}

static unsigned fib(unsigned n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

static unsigned long long fib_memo(unsigned n, unsigned long long *memo) {
  if (n < 2) return n;
  if (memo[n]) return memo[n];
  return memo[n] = fib_memo(n - 1, memo) + fib_memo(n - 2, memo);
}

static unsigned hanoi(unsigned n, char from, char to, char via, unsigned *digest) {
  if (n == 0) return 0;
  unsigned moves = hanoi(n - 1, from, via, to, digest);
  *digest = *digest * 31 + (unsigned)(from * 7 + to);
  return moves + 1 + hanoi(n - 1, via, to, from, digest);
}

static unsigned queens(unsigned n, unsigned row, unsigned cols, unsigned d1, unsigned d2) {
  if (row == n) return 1;
  unsigned count = 0;
  for (unsigned c = 0; c < n; c++) {
    unsigned a = 1u << c, b = 1u << (row + c), d = 1u << (row + n - 1 - c);
    if ((cols & a) || (d1 & b) || (d2 & d)) continue;
    count += queens(n, row + 1, cols | a, d1 | b, d2 | d);
  }
  return count;
}

int main(void) {
  for (unsigned m = 0; m <= 3; m++) {
    for (unsigned n = 0; n <= 4; n++) {
      ack_calls = 0;
      unsigned v = ackermann(m, n);
      printf("A(%u,%u)=%u calls %u\n", m, n, v, ack_calls);
    }
  }
  for (unsigned n = 0; n <= 24; n += 4) printf("fib(%u)=%u\n", n, fib(n));
  unsigned long long memo[91] = {0};
  printf("fib(90)=%llu\n", fib_memo(90, memo));
  for (unsigned n = 1; n <= 12; n += 3) {
    unsigned digest = 0;
    unsigned moves = hanoi(n, 'A', 'C', 'B', &digest);
    printf("hanoi(%u) moves %u digest %08x\n", n, moves, digest);
  }
  for (unsigned n = 1; n <= 9; n++) printf("queens(%u)=%u\n", n, queens(n, 0, 0, 0, 0));
  return 0;
}
