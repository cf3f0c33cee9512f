/* The vtsim command line: a thin user of the public API. */
#ifndef VTSIM_CLI_H
#define VTSIM_CLI_H

#include <stdbool.h>
#include <stdint.h>

#include "vtsim/vtsim.h"

/* Exit statuses of vtsim itself (docs/cli.md). A guest's own exit status is
 * passed through unchanged. */
enum {
  CLI_EXIT_USAGE = 2,      /* bad command line, unreadable or malformed input */
  CLI_EXIT_BUDGET = 124,   /* --max-insns ran out (as timeout(1)) */
  CLI_EXIT_SHUTDOWN = 125, /* the machine shut down or halted for good */
  CLI_EXIT_SIGNAL = 128,   /* + signal number */
};

typedef struct run_options {
  const char *trace;
  bool trace_insn;
  uint64_t max_insns;
  uint64_t mem_mib;
  bool user;
  bool has_load, has_entry;
  uint64_t load, entry;
  bool quiet;
  bool strace;
  const char *arch;
} run_options;

/* Print "vtsim: <cmd>: <message>" on stderr and return CLI_EXIT_USAGE. */
int cli_fail(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Parse the options of `vtsim run` / `vtsim disasm` from argv[*i] on. Stops
 * at the first operand (returned through *i); 0 or CLI_EXIT_USAGE. */
int cli_parse_run_options(const char *cmd, int argc, char **argv, int *i, run_options *o);
/* The option table, for help texts. */
void cli_print_run_options(void);

int cmd_run(int argc, char **argv);
int cmd_disasm(int argc, char **argv);
int cmd_diff(int argc, char **argv);
int cmd_compare(int argc, char **argv);
int cmd_validate(int argc, char **argv);

/* Open an image as the options say (ELF, or flat with --load). */
int cli_open_image(const char *cmd, const char *path, const run_options *o, vtsim_image **img);

#endif
