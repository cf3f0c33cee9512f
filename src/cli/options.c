/* Option parsing for the commands that run or read guest images, driven by
 * one table that also prints the help. */
#include <errno.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

typedef enum opt_kind { OPT_FLAG, OPT_STRING, OPT_COUNT, OPT_MIB, OPT_ADDR } opt_kind;

typedef struct opt_spec {
  const char *name;
  opt_kind kind;
  size_t offset;     /* of the value in run_options */
  size_t has_offset; /* of the "given" flag, or SIZE_MAX */
  const char *arg, *help;
} opt_spec;

#define NO_FLAG SIZE_MAX
#define AT(field) offsetof(run_options, field)

static const opt_spec option_table[] = {
    {"--trace", OPT_STRING, AT(trace), NO_FLAG, "FILE", "write a JSON Lines trace to FILE"},
    {"--trace-insn", OPT_FLAG, AT(trace_insn), NO_FLAG, NULL,
     "also trace every retired instruction"},
    {"--max-insns", OPT_COUNT, AT(max_insns), NO_FLAG, "N",
     "stop after N instructions (0: no limit)"},
    {"--mem", OPT_MIB, AT(mem_mib), NO_FLAG, "MiB", "guest RAM in MiB (default 256)"},
    {"--user", OPT_FLAG, AT(user), NO_FLAG, NULL, "run a static Linux executable (user mode)"},
    {"--load", OPT_ADDR, AT(load), AT(has_load), "ADDR",
     "the image is a flat binary: load it at ADDR"},
    {"--entry", OPT_ADDR, AT(entry), AT(has_entry), "ADDR", "start at ADDR instead"},
    {"--arch", OPT_STRING, AT(arch), NO_FLAG, "ia32|ia64",
     "architecture of a flat binary (default ia32)"},
    {"--strace", OPT_FLAG, AT(strace), NO_FLAG, NULL,
     "user mode: print each system call on stderr, as strace does"},
    {"--quiet", OPT_FLAG, AT(quiet), NO_FLAG, NULL, "no messages from vtsim itself"},
};

int cli_fail(const char *cmd, const char *fmt, ...) {
  va_list ap;
  fprintf(stderr, "vtsim: %s%s", cmd ? cmd : "", cmd ? ": " : "");
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fputc('\n', stderr);
  return CLI_EXIT_USAGE;
}

/* Decimal or 0x-hexadecimal, nothing else: no sign, no trailing junk. */
static int parse_u64(const char *s, uint64_t *out) {
  if (!s || !*s || *s == '-' || *s == '+' || *s == ' ') return -1;
  char *end;
  errno = 0;
  unsigned long long v = strtoull(s, &end, 0);
  if (errno || *end) return -1;
  *out = v;
  return 0;
}

static int parse_value(const char *cmd, const opt_spec *spec, const char *text, run_options *o) {
  char *base = (char *)o;
  if (spec->kind == OPT_STRING) {
    if (!*text) return cli_fail(cmd, "%s needs a non-empty value", spec->name);
    *(const char **)(base + spec->offset) = text;
    return 0;
  }
  uint64_t v;
  if (parse_u64(text, &v))
    return cli_fail(cmd, "%s: '%s' is not a number (decimal or 0x...)", spec->name, text);
  if (spec->kind == OPT_MIB && (v < 1 || v > 65536))
    return cli_fail(cmd, "%s: %llu MiB is out of range (1..65536)", spec->name,
                    (unsigned long long)v);
  *(uint64_t *)(base + spec->offset) = v;
  if (spec->has_offset != NO_FLAG) *(bool *)(base + spec->has_offset) = true;
  return 0;
}

int cli_parse_run_options(const char *cmd, int argc, char **argv, int *i, run_options *o) {
  for (; *i < argc; (*i)++) {
    const char *a = argv[*i];
    if (strcmp(a, "--") == 0) {
      (*i)++;
      return 0;
    }
    if (a[0] != '-' || a[1] == 0) return 0; /* the first operand */
    const char *eq = strchr(a, '=');
    size_t namelen = eq ? (size_t)(eq - a) : strlen(a);
    const opt_spec *spec = NULL;
    for (size_t k = 0; k < sizeof option_table / sizeof option_table[0]; k++)
      if (strlen(option_table[k].name) == namelen && !strncmp(option_table[k].name, a, namelen))
        spec = &option_table[k];
    if (!spec) return cli_fail(cmd, "unknown option '%.*s' (see 'vtsim help %s')", (int)namelen, a, cmd);
    if (spec->kind == OPT_FLAG) {
      if (eq) return cli_fail(cmd, "%s takes no value", spec->name);
      *(bool *)((char *)o + spec->offset) = true;
      continue;
    }
    const char *value = eq ? eq + 1 : NULL;
    if (!value) {
      if (*i + 1 >= argc) return cli_fail(cmd, "%s needs a value (%s)", spec->name, spec->arg);
      value = argv[++*i];
    }
    if (parse_value(cmd, spec, value, o)) return CLI_EXIT_USAGE;
  }
  return 0;
}

void cli_print_run_options(void) {
  for (size_t k = 0; k < sizeof option_table / sizeof option_table[0]; k++) {
    const opt_spec *s = &option_table[k];
    char left[40];
    snprintf(left, sizeof left, "%s%s%s", s->name, s->arg ? " " : "", s->arg ? s->arg : "");
    printf("  %-22s %s\n", left, s->help);
  }
}

int cli_open_image(const char *cmd, const char *path, const run_options *o, vtsim_image **img) {
  char why[256];
  vtsim_err err;
  if (o->has_load) {
    vtsim_arch arch = o->arch ? vtsim_arch_from_name(o->arch) : VTSIM_ARCH_IA32;
    if (arch == VTSIM_ARCH_NONE) return cli_fail(cmd, "--arch: unknown architecture '%s'", o->arch);
    err = vtsim_image_open_flat(path, arch, o->load, img, why, sizeof why);
  } else {
    if (o->arch) return cli_fail(cmd, "--arch applies to flat binaries (with --load) only");
    err = vtsim_image_open(path, img, why, sizeof why);
  }
  if (err == VTSIM_ERR_IMAGE || err == VTSIM_ERR_IO) return cli_fail(NULL, "%s: %s", path, why);
  if (err) return cli_fail(cmd, "%s: %s", path, vtsim_strerror(err));
  return 0;
}
