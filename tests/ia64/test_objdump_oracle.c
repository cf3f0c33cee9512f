/* The objdump oracle: vtsim's IA-64 disassembly of every slot must equal
 * GNU objdump's, after the spelling normalisations listed in
 * norm_rules[] (the only place they live).
 *
 * Input: (i) tests/ia64/corpus.S, assembled with ia64-linux-gnu-as -x (it
 * must assemble without a single warning, so no dependency violation),
 * which holds every template, the pseudo-ops objdump prints, and one
 * instance of every table row; (ii) RANDOM_BUNDLES bundles from a fixed
 * seed, whose slots are mostly a random table row with its free bits
 * random and otherwise 41 random bits, under random templates (reserved
 * ones included). The test fails on any disagreement and prints the first
 * few with their bytes; it also fails if the corpus misses a table row. */
#include <ctype.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "ia64/bundle.h"
#include "ia64/decode.h"

#define RANDOM_BUNDLES  100000
#define SEED            UINT64_C(0x1A64DEC0DE5EED01)
#define SHOW_MISMATCHES 8
#define TEXT_MAX        160

/* ---- normalisation of objdump's spelling ----------------------------------- */

/* (p06) -> (p6): objdump zero-pads the qualifying predicate to two digits;
 * vtsim (like the assembler's input syntax) does not. */
static void norm_qp_padding(char *t) {
  if (t[0] == '(' && t[1] == 'p' && t[2] == '0' && isdigit((unsigned char)t[3]))
    memmove(t + 2, t + 3, strlen(t + 3) + 1);
}

/* alloc r1=ar.pfs,sof,sol,rot -> alloc r1=ar.pfs,0,sol,sof-sol,rot:
 * objdump prints the frame sizes; vtsim prints the assembler's operands
 * i,l,o,r (i=0, l=sol, o=sof-sol), which re-assemble to the same bits.
 * When sol > sof there is no such form and both print objdump's. */
static void norm_alloc_frame(char *t) {
  char *p = strstr(t, "alloc r");
  char *q = p ? strstr(p, "=ar.pfs,") : NULL;
  unsigned sof, sol, rot;
  int n = 0;
  if (!q || sscanf(q, "=ar.pfs,%u,%u,%u%n", &sof, &sol, &rot, &n) != 3 || sol > sof) return;
  char tail[TEXT_MAX];
  snprintf(tail, sizeof tail, "%s", q + n);
  snprintf(q, (size_t)(TEXT_MAX - (q - t)), "=ar.pfs,0,%u,%u,%u%s", sol, sof - sol, rot, tail);
}

typedef struct norm_rule {
  const char *name;
  void (*apply)(char *text);
} norm_rule;

static const norm_rule norm_rules[] = {
    {"qualifying predicate zero-padded: (p06) -> (p6)", norm_qp_padding},
    {"alloc frame sof,sol,sor*8 -> assembler form 0,sol,sof-sol,sor*8", norm_alloc_frame},
};

static void normalise(char *text) {
  for (size_t i = 0; i < sizeof norm_rules / sizeof norm_rules[0]; i++) norm_rules[i].apply(text);
}

/* ---- helpers ---------------------------------------------------------------- */

static uint64_t rng_next(uint64_t *s) { /* xorshift64* */
  *s ^= *s >> 12;
  *s ^= *s << 25;
  *s ^= *s >> 27;
  return *s * UINT64_C(2685821657736338717);
}

static int sh(const char *fmt, ...) {
  char cmd[2048];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(cmd, sizeof cmd, fmt, ap);
  va_end(ap);
  return system(cmd);
}

static uint8_t *read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  uint8_t *buf = malloc(n > 0 ? (size_t)n : 1);
  *len = buf ? fread(buf, 1, (size_t)n, f) : 0;
  fclose(f);
  return buf;
}

/* Rows usable in a slot of unit u (A-unit rows go in M and I slots). */
static unsigned rows_for_unit(ia64_unit u, uint16_t *out) {
  unsigned n = 0;
  for (unsigned i = 0; i < IA64_OP_COUNT_; i++) {
    ia64_unit ru = (ia64_unit)ia64_rows[i].unit;
    if (ru == u || (ru == IA64_UNIT_A && (u == IA64_UNIT_M || u == IA64_UNIT_I)))
      out[n++] = (uint16_t)i;
  }
  return n;
}

typedef struct row_pool {
  uint16_t rows[IA64_UNIT_COUNT_][IA64_OP_COUNT_];
  unsigned n[IA64_UNIT_COUNT_];
} row_pool;

static uint64_t random_slot(const row_pool *pool, ia64_unit u, uint64_t *seed) {
  uint64_t bits = rng_next(seed) & IA64_SLOT_MASK;
  if (u == IA64_UNIT_L || pool->n[u] == 0 || rng_next(seed) % 100 < 15) return bits;
  const ia64_row *r = &ia64_rows[pool->rows[u][rng_next(seed) % pool->n[u]]];
  return (bits & ~r->mask) | r->value;
}

static void random_bundles(uint8_t *out, size_t count) {
  row_pool *pool = malloc(sizeof *pool);
  assert_non_null(pool);
  for (unsigned u = 0; u < IA64_UNIT_COUNT_; u++)
    pool->n[u] = rows_for_unit((ia64_unit)u, pool->rows[u]);
  uint64_t seed = SEED;
  for (size_t i = 0; i < count; i++) {
    unsigned t;
    do t = (unsigned)(rng_next(&seed) & 31);
    while (ia64_template_reserved(t) && rng_next(&seed) % 100 >= 5);
    const ia64_template *ti = ia64_template_info(t);
    uint64_t slot[3];
    for (unsigned s = 0; s < 3; s++)
      slot[s] = random_slot(pool, ti->name ? (ia64_unit)ti->unit[s] : IA64_UNIT_NONE, &seed);
    ia64_bundle_pack(out + 16 * i, t, slot);
  }
  free(pool);
}

/* objdump -D lines: "  addr:\t<bytes>\t<[TPL] or blank 6><(pNN) or blank 6><insn>".
 * The text of slot k of the bundle at B sits at address B + 6k; the X slot
 * of an MLX has no text. */
static void parse_objdump(FILE *p, char (*text)[TEXT_MAX], size_t nslots) {
  char *line = NULL;
  size_t cap = 0;
  while (getline(&line, &cap, p) > 0) {
    char *colon = strstr(line, ":\t");
    if (!colon) continue;
    char *end;
    unsigned long addr = strtoul(line, &end, 16);
    if (end != colon || addr % 16 % 6 != 0) continue;
    size_t slot = addr / 16 * 3 + addr % 16 / 6;
    char *t = strchr(colon + 2, '\t');
    if (slot >= nslots || !t || strlen(t + 1) < 6) continue;
    t += 1 + 6; /* the template column */
    while (*t == ' ') t++;
    size_t n = strcspn(t, "\n");
    while (n && t[n - 1] == ' ') n--;
    snprintf(text[slot], TEXT_MAX, "%.*s", (int)n, t);
  }
  free(line);
}

static void test_objdump_agrees_on_corpus_and_random_bundles(void **state) {
  (void)state;
  const char *root = getenv("VTSIM_SOURCE_DIR");
  if (!root) fail_msg("VTSIM_SOURCE_DIR is not set (the repository root)");
  if (sh("command -v ia64-linux-gnu-objdump >/dev/null && command -v ia64-linux-gnu-as "
         ">/dev/null && command -v ia64-linux-gnu-objcopy >/dev/null") != 0)
    fail_msg("binutils-ia64-linux-gnu is not on PATH");
  char dir[] = "/tmp/vtsim-ia64-oracle-XXXXXX";
  if (!mkdtemp(dir)) fail_msg("mkdtemp failed");

  /* (i) the corpus, which must assemble without any diagnostic. */
  if (sh("ia64-linux-gnu-as -x -o %s/corpus.o %s/tests/ia64/corpus.S 2>%s/as.log", dir, root,
         dir) != 0 ||
      sh("test ! -s %s/as.log", dir) != 0) {
    sh("head -20 %s/as.log >&2", dir);
    fail_msg("corpus.S does not assemble cleanly");
  }
  if (sh("ia64-linux-gnu-objcopy -O binary -j .text %s/corpus.o %s/corpus.bin", dir, dir) != 0)
    fail_msg("objcopy failed");
  char path[512];
  snprintf(path, sizeof path, "%s/corpus.bin", dir);
  size_t corpus_len = 0;
  uint8_t *corpus = read_file(path, &corpus_len);
  assert_non_null(corpus);
  assert_true(corpus_len > 0 && corpus_len % 16 == 0);

  /* (ii) random bundles after it. */
  size_t nb = corpus_len / 16 + RANDOM_BUNDLES;
  uint8_t *all = malloc(nb * 16);
  assert_non_null(all);
  memcpy(all, corpus, corpus_len);
  random_bundles(all + corpus_len, RANDOM_BUNDLES);
  snprintf(path, sizeof path, "%s/all.bin", dir);
  FILE *f = fopen(path, "wb");
  assert_non_null(f);
  assert_int_equal(fwrite(all, 16, nb, f), nb);
  fclose(f);

  char(*theirs)[TEXT_MAX] = calloc(nb * 3, TEXT_MAX);
  assert_non_null(theirs);
  char cmd[1024];
  snprintf(cmd, sizeof cmd, "ia64-linux-gnu-objdump -D -z -b binary -m ia64 %s", path);
  FILE *p = popen(cmd, "r");
  assert_non_null(p);
  parse_objdump(p, theirs, nb * 3);
  assert_int_equal(pclose(p), 0);

  /* Compare every slot; note which rows the corpus reaches. */
  uint8_t *row_hit = calloc(IA64_OP_COUNT_, 1);
  assert_non_null(row_hit);
  size_t mismatches = 0, compared = 0;
  for (size_t b = 0; b < nb; b++) {
    const uint8_t *bundle = all + 16 * b;
    if (b < corpus_len / 16) {
      ia64_bundle_decoded d;
      ia64_decode_bundle(bundle, &d);
      for (unsigned k = 0; k < d.ninsn; k++)
        if (d.insn[k].op < IA64_OP_COUNT_) row_hit[d.insn[k].op] = 1;
    }
    for (unsigned s = 0; s < 3; s++) {
      char ours[TEXT_MAX], want[TEXT_MAX];
      ia64_disasm(bundle, 16, 16 * b, s, ours, sizeof ours);
      snprintf(want, sizeof want, "%s", theirs[3 * b + s]);
      normalise(want);
      compared++;
      if (strcmp(ours, want) == 0) continue;
      if (mismatches++ < SHOW_MISMATCHES) {
        fprintf(stderr, "MISMATCH %s bundle 0x%zx slot %u bytes",
                b < corpus_len / 16 ? "corpus" : "random", 16 * b, s);
        for (int i = 0; i < 16; i++) fprintf(stderr, " %02x", bundle[i]);
        fprintf(stderr, "\n  objdump: %s\n  vtsim:   %s\n", theirs[3 * b + s], ours);
      }
    }
  }
  /* Rows gas will not assemble; the random bundles cover them. */
  static const uint16_t not_in_corpus[] = {IA64_OP_hint_b};
  for (size_t i = 0; i < sizeof not_in_corpus / sizeof not_in_corpus[0]; i++)
    row_hit[not_in_corpus[i]] = 1;
  unsigned missing = 0;
  for (unsigned i = 0; i < IA64_OP_COUNT_; i++)
    if (!row_hit[i] && missing++ < SHOW_MISMATCHES)
      fprintf(stderr, "corpus misses row %u (%s, %s)\n", i, ia64_op_name((ia64_op)i),
              ia64_fmt_name((ia64_fmt)ia64_rows[i].fmt));

  printf("objdump oracle: compared %zu slots (%zu corpus bundles, %d random), %zu mismatches; "
         "corpus covers %u of %u rows; %zu normalisation rules\n",
         compared, corpus_len / 16, RANDOM_BUNDLES, mismatches, IA64_OP_COUNT_ - missing,
         (unsigned)IA64_OP_COUNT_, sizeof norm_rules / sizeof norm_rules[0]);
  sh("rm -rf %s", dir);
  free(row_hit);
  free(theirs);
  free(all);
  free(corpus);
  assert_int_equal(mismatches, 0);
  assert_int_equal(missing, 0);
}

/* The normalisations themselves. */
static void test_normalisation_rules(void **state) {
  (void)state;
  char t[TEXT_MAX];
  snprintf(t, sizeof t, "(p06) add r8=r9,r10");
  normalise(t);
  assert_string_equal(t, "(p6) add r8=r9,r10");
  snprintf(t, sizeof t, "(p10) nop.m 0x0");
  normalise(t);
  assert_string_equal(t, "(p10) nop.m 0x0");
  snprintf(t, sizeof t, "alloc r34=ar.pfs,5,3,16;;");
  normalise(t);
  assert_string_equal(t, "alloc r34=ar.pfs,0,3,2,16;;");
  snprintf(t, sizeof t, "alloc r34=ar.pfs,3,5,0");
  normalise(t);
  assert_string_equal(t, "alloc r34=ar.pfs,3,5,0");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_normalisation_rules),
      cmocka_unit_test(test_objdump_agrees_on_corpus_and_random_bundles),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
