/* malloc/free/realloc churn: many sizes from a few bytes to past glibc's
 * mmap threshold (so both brk and mmap are used), contents checked after each
 * realloc, and calloc zeroing. No addresses are printed. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { SLOTS = 257, ROUNDS = 2500 };

static uint32_t next(uint32_t *s) {
  *s ^= *s << 13;
  *s ^= *s >> 17;
  *s ^= *s << 5;
  return *s;
}

static unsigned char pattern(size_t slot, size_t i) {
  return (unsigned char)(slot * 7 + i * 13 + 1);
}

int main(void) {
  static unsigned char *block[SLOTS];
  static size_t size[SLOTS];
  uint32_t seed = 2463534242u;
  unsigned long long bytes = 0;
  unsigned errors = 0, mallocs = 0, reallocs = 0, frees = 0, big = 0;
  for (int r = 0; r < ROUNDS; r++) {
    uint32_t x = next(&seed);
    size_t s = x % SLOTS;
    size_t n = (x >> 9) % 64 == 0 ? 130000 + (x >> 12) % 70000 : (x >> 12) % 200 + 1;
    if (n >= 128 * 1024) big++;
    if (block[s] && (x >> 20) % 3 == 0) {
      for (size_t i = 0; i < size[s]; i += 97)
        if (block[s][i] != pattern(s, i)) errors++;
      free(block[s]);
      block[s] = NULL;
      frees++;
    } else if (block[s]) {
      unsigned char *p = realloc(block[s], n);
      if (!p) return 2;
      size_t keep = n < size[s] ? n : size[s];
      for (size_t i = 0; i < keep; i++)
        if (p[i] != pattern(s, i)) {
          errors++;
          break;
        }
      for (size_t i = keep; i < n; i++) p[i] = pattern(s, i);
      block[s] = p;
      size[s] = n;
      reallocs++;
    } else {
      unsigned char *p = (x >> 21) & 1 ? calloc(n, 1) : malloc(n);
      if (!p) return 2;
      if ((x >> 21) & 1)
        for (size_t i = 0; i < n; i++)
          if (p[i]) {
            errors++;
            break;
          }
      for (size_t i = 0; i < n; i++) p[i] = pattern(s, i);
      block[s] = p;
      size[s] = n;
      mallocs++;
    }
    bytes += n;
  }
  size_t live = 0, live_bytes = 0;
  for (size_t s = 0; s < SLOTS; s++) {
    if (!block[s]) continue;
    for (size_t i = 0; i < size[s]; i++)
      if (block[s][i] != pattern(s, i)) {
        errors++;
        break;
      }
    live++;
    live_bytes += size[s];
    free(block[s]);
  }
  printf("mallocs %u reallocs %u frees %u big %u bytes %llu\n", mallocs, reallocs, frees, big,
         bytes);
  printf("live %zu blocks %zu bytes, errors %u\n", live, live_bytes, errors);
  /* A growing string by repeated realloc, as a program building output would. */
  char *text = NULL;
  size_t len = 0;
  for (int i = 0; i < 5000; i++) {
    char piece[16];
    int k = snprintf(piece, sizeof piece, "%d,", i * i);
    char *t = realloc(text, len + (size_t)k + 1);
    if (!t) return 2;
    text = t;
    memcpy(text + len, piece, (size_t)k + 1);
    len += (size_t)k;
  }
  unsigned h = 0;
  for (size_t i = 0; i < len; i++) h = h * 31 + (unsigned char)text[i];
  printf("text %zu bytes hash %08x tail %s\n", len, h, text + len - 20);
  free(text);
  return errors ? 1 : 0;
}
