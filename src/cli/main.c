/* vtsim: the command-line front end. One table lists the commands and
 * drives dispatch and help. */
#include <stdio.h>
#include <string.h>

#include "cli.h"

static int cmd_version(int argc, char **argv);
static int cmd_help(int argc, char **argv);

typedef struct command {
  const char *name;
  int (*run)(int argc, char **argv);
  const char *usage, *summary;
  int takes_run_options;
} command;

static const command commands[] = {
    {"run", cmd_run, "run [options] IMAGE [options]\n       vtsim run --user [options] PROG [ARGS...]",
     "run a guest image (the architecture comes from its ELF header)", 1},
    {"disasm", cmd_disasm, "disasm [--load ADDR --arch A] IMAGE",
     "disassemble the executable segments of an image", 1},
    {"validate", cmd_validate, "validate TRACE...", "check traces against the trace schema", 0},
    {"diff", cmd_diff, "diff A B", "compare two traces (not available yet)", 0},
    {"compare", cmd_compare, "compare", "run the scenario matrix on both architectures (not available yet)", 0},
    {"version", cmd_version, "version", "print the version", 0},
    {"help", cmd_help, "help [COMMAND]", "show help", 0},
};
enum { NCOMMANDS = sizeof commands / sizeof commands[0] };

static const command *find_command(const char *name) {
  for (int i = 0; i < NCOMMANDS; i++)
    if (strcmp(commands[i].name, name) == 0) return &commands[i];
  return NULL;
}

static int cmd_version(int argc, char **argv) {
  (void)argv;
  if (argc > 1) return cli_fail("version", "takes no arguments");
  printf("vtsim %s\n", vtsim_version());
  for (vtsim_arch a = VTSIM_ARCH_IA32; a <= VTSIM_ARCH_IA64; a++)
    printf("  %s CPU model: %s\n", vtsim_arch_name(a), vtsim_arch_supported(a) ? "yes" : "not built yet");
  return 0;
}

static void print_overview(void) {
  printf("usage: vtsim COMMAND [ARGS...]\n\n"
         "An instruction-level simulator of IA-32 with VT-x and IA-64 with VT-i.\n\ncommands:\n");
  for (int i = 0; i < NCOMMANDS; i++) printf("  %-10s %s\n", commands[i].name, commands[i].summary);
  printf("\n'vtsim help COMMAND' tells more.\n");
}

static int cmd_help(int argc, char **argv) {
  if (argc < 2) {
    print_overview();
    return 0;
  }
  if (argc > 2) return cli_fail("help", "takes at most one COMMAND");
  const command *c = find_command(argv[1]);
  if (!c) return cli_fail("help", "unknown command '%s'", argv[1]);
  printf("usage: vtsim %s\n\n%s.\n", c->usage, c->summary);
  if (c->takes_run_options) {
    printf("\noptions:\n");
    cli_print_run_options();
  }
  return 0;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    print_overview();
    return CLI_EXIT_USAGE;
  }
  if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) return cmd_help(1, argv);
  if (!strcmp(argv[1], "--version")) return cmd_version(1, argv);
  const command *c = find_command(argv[1]);
  if (!c) return cli_fail(NULL, "unknown command '%s' (see 'vtsim help')", argv[1]);
  return c->run(argc - 1, argv + 1);
}
