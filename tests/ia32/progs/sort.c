/* qsort and bsearch over ints, strings and structs, with a self-check that
 * each result is ordered and every key is found where it should be. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct rec {
  int key;
  unsigned short tag;
  char name[7];
};

static int cmp_int(const void *a, const void *b) {
  int x = *(const int *)a, y = *(const int *)b;
  return (x > y) - (x < y);
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Descending key, ascending tag: a two-level order. */
static int cmp_rec(const void *a, const void *b) {
  const struct rec *x = a, *y = b;
  if (x->key != y->key) return x->key < y->key ? 1 : -1;
  return (int)x->tag - (int)y->tag;
}

static unsigned lcg(unsigned *s) {
  *s = *s * 1664525u + 1013904223u;
  return *s >> 8;
}

int main(void) {
  enum { NI = 1000, NR = 300 };
  static int v[NI];
  unsigned seed = 12345;
  for (int i = 0; i < NI; i++) v[i] = (int)(lcg(&seed) % 20001) - 10000;
  qsort(v, NI, sizeof v[0], cmp_int);
  int ordered = 1;
  long long sum = 0;
  for (int i = 0; i < NI; i++) {
    if (i && v[i - 1] > v[i]) ordered = 0;
    sum += (long long)v[i] * (i + 1);
  }
  printf("ints ordered %d min %d max %d median %d weighted %lld\n", ordered, v[0], v[NI - 1],
         v[NI / 2], sum);
  int found = 0, missing = 0;
  for (int k = -10000; k <= 10000; k += 37) {
    int *p = bsearch(&k, v, NI, sizeof v[0], cmp_int);
    if (p) {
      if (*p != k) printf("bsearch returned wrong element\n");
      found++;
    } else {
      missing++;
    }
  }
  printf("bsearch found %d missing %d\n", found, missing);

  static const char *words[] = {"kiwi",  "apple",      "fig",   "banana",   "cherry",
                                "date",  "elderberry", "grape", "honeydew", "apple pie",
                                "Zebra", "",           "a",     "Apple"};
  enum { NW = sizeof words / sizeof words[0] };
  const char *w[NW];
  memcpy(w, words, sizeof w);
  qsort(w, NW, sizeof w[0], cmp_str);
  for (int i = 0; i < NW; i++) printf("%s[%s]", i ? " " : "words ", w[i]);
  printf("\n");
  const char *key = "fig";
  const char **hit = bsearch(&key, w, NW, sizeof w[0], cmp_str);
  printf("fig at %td\n", hit ? hit - w : -1);

  static struct rec r[NR];
  for (int i = 0; i < NR; i++) {
    r[i].key = (int)(lcg(&seed) % 17);
    r[i].tag = (unsigned short)i;
    snprintf(r[i].name, sizeof r[i].name, "r%03d", i);
  }
  qsort(r, NR, sizeof r[0], cmp_rec);
  unsigned h = 0;
  int good = 1;
  for (int i = 0; i < NR; i++) {
    if (i && cmp_rec(&r[i - 1], &r[i]) >= 0) good = 0;
    for (const char *c = r[i].name; *c; c++) h = h * 131 + (unsigned char)*c;
  }
  printf("recs ordered %d first %s %d last %s %d hash %08x\n", good, r[0].name, r[0].key,
         r[NR - 1].name, r[NR - 1].key, h);
  return 0;
}
