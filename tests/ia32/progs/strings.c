/* String and memory functions at every alignment of source and destination,
 * with lengths around the word size, overlapping moves in both directions, and
 * searches that hit the first, middle, last and no character. glibc picks
 * word-at-a-time and REP MOVS/STOS paths by alignment and length. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static unsigned checksum(const unsigned char *p, size_t n) {
  unsigned h = 2166136261u;
  for (size_t i = 0; i < n; i++) h = (h ^ p[i]) * 16777619u;
  return h;
}

static void fill(unsigned char *p, size_t n, unsigned seed) {
  for (size_t i = 0; i < n; i++) {
    seed = seed * 1103515245u + 12345u;
    p[i] = (unsigned char)('a' + (seed >> 16) % 26);
  }
}

static void copies(void) {
  static unsigned char src[300], dst[300];
  static const size_t lens[] = {0, 1, 2, 3, 4, 5, 7, 8, 15, 16, 17, 31, 32, 33, 64, 100, 255};
  unsigned total = 0;
  for (unsigned sa = 0; sa < 8; sa++) {
    for (unsigned da = 0; da < 8; da++) {
      for (size_t k = 0; k < sizeof lens / sizeof lens[0]; k++) {
        size_t n = lens[k];
        fill(src, sizeof src, sa * 8 + da);
        memset(dst, '#', sizeof dst);
        memcpy(dst + da, src + sa, n);
        if (dst[da + n] != '#' || (da && dst[da - 1] != '#'))
          printf("memcpy overrun %u %u %zu\n", sa, da, n);
        for (size_t i = 0; i < n; i++)
          if (dst[da + i] != src[sa + i]) {
            printf("memcpy wrong byte %u %u %zu at %zu\n", sa, da, n, i);
            break;
          }
        total = total * 31 + checksum(dst, sizeof dst);
        memset(dst + da, 'A' + (int)k, n);
        total = total * 31 + checksum(dst, sizeof dst);
      }
    }
  }
  printf("memcpy/memset total %08x\n", total);
}

static void moves(void) {
  static unsigned char buf[200];
  unsigned total = 0;
  for (int off = -9; off <= 9; off++) {
    for (size_t n = 0; n < 40; n += 3) {
      fill(buf, sizeof buf, (unsigned)(off + 100));
      memmove(buf + 50 + off, buf + 50, n);
      total = total * 33 + checksum(buf, sizeof buf);
    }
  }
  fill(buf, sizeof buf, 7);
  memmove(buf + 1, buf, 150);
  memmove(buf, buf + 3, 150);
  printf("memmove total %08x tail %.20s\n", total, (char *)buf + 100);
}

static void strs(void) {
  static char a[128], b[128];
  for (unsigned al = 0; al < 5; al++) {
    char *s = a + al, *d = b + (al * 3) % 5;
    strcpy(s, "The quick brown fox jumps over the lazy dog");
    strcpy(d, s);
    printf("al%u len %zu %zu cmp %d", al, strlen(s), strlen(d), strcmp(s, d) == 0);
    d[10] = 'A';
    printf(" lt %d gt %d", strcmp(d, s) < 0, strcmp(s, d) > 0);
    printf(" ncmp %d", strncmp(s, d, 10));
    printf(" chr %td %td %d", strchr(s, 'q') - s, strrchr(s, 'o') - s, strchr(s, 'Z') == NULL);
    printf(" nul %td", strchr(s, '\0') - s);
    printf(" str %td %td %d", strstr(s, "fox") - s, strstr(s, "dog") - s, strstr(s, "cat") == NULL);
    printf(" empty %d", strstr(s, "") == s);
    strcat(d, "!!");
    printf(" cat %s", d);
    printf(" span %zu %zu\n", strspn(s, "ehT qu"), strcspn(s, "xyz"));
  }
  printf("memchr %td memcmp %d %d %d\n", (char *)memchr(a, 'z', 60) - a,
         memcmp("abc", "abd", 3) < 0, memcmp("abc", "abc", 3), memcmp("\xff", "\x01", 1) > 0);
  char tok[] = "alpha,beta,,gamma";
  char *save = NULL;
  for (char *t = strtok_r(tok, ",", &save); t; t = strtok_r(NULL, ",", &save)) printf("[%s]", t);
  printf("\n");
}

int main(void) {
  copies();
  moves();
  strs();
  return 0;
}
