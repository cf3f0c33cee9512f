set(VTSIM_CLI_SOURCES
  src/cli/main.c
  src/cli/cmd_run.c
  src/cli/cmd_disasm.c
  src/cli/cmd_diff.c
  src/cli/options.c
)
