/* Benchmark: sieve of Eratosthenes over a byte array, repeated, plus a
 * count of twin primes. Usage: sieve [ROUNDS]. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { LIMIT = 2000000 };

int main(int argc, char **argv) {
  unsigned rounds = argc > 1 ? (unsigned)strtoul(argv[1], NULL, 10) : 40;
  static unsigned char composite[LIMIT + 1];
  unsigned primes = 0, twins = 0;
  for (unsigned r = 0; r < rounds; r++) {
    memset(composite, 0, sizeof composite);
    for (unsigned i = 2; i * i <= LIMIT; i++)
      if (!composite[i])
        for (unsigned j = i * i; j <= LIMIT; j += i) composite[j] = 1;
    primes = twins = 0;
    for (unsigned i = 2; i <= LIMIT; i++) {
      if (composite[i]) continue;
      primes++;
      if (i + 2 <= LIMIT && !composite[i + 2]) twins++;
    }
  }
  printf("primes below %d: %u, twin pairs %u\n", LIMIT, primes, twins);
  return 0;
}
