/* Trace commands: validate works now; diff and compare arrive with the
 * scenario matrix (they need the VMMs and the alignment rules). */
#include <stdio.h>

#include "cli.h"
#include "vtsim/trace.h"

int cmd_validate(int argc, char **argv) {
  if (argc < 2) return cli_fail("validate", "missing TRACE (see 'vtsim help validate')");
  int status = 0;
  for (int i = 1; i < argc; i++) {
    char why[256];
    if (argv[i][0] == '-') return cli_fail("validate", "unknown option '%s'", argv[i]);
    vtsim_err err = vtsim_trace_validate(argv[i], why, sizeof why);
    if (err) status = cli_fail(NULL, "%s: %s", argv[i], why);
    else printf("%s: valid trace\n", argv[i]);
  }
  return status;
}

int cmd_diff(int argc, char **argv) {
  (void)argc, (void)argv;
  return cli_fail("diff", "not available yet: trace comparison comes with the scenario matrix");
}

int cmd_compare(int argc, char **argv) {
  (void)argc, (void)argv;
  return cli_fail("compare", "not available yet: needs the VT-x and VT-i reference VMMs");
}
