/* vtsim run IMAGE: load a guest image, run it, write the trace. */
#include <signal.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "vtsim/trace.h"

extern char **environ;

/* The one engine a signal must stop (the CLI runs one at a time). */
static vtsim_engine *volatile running_engine;
static volatile sig_atomic_t caught_signal;

static void on_signal(int sig) {
  caught_signal = sig;
  if (running_engine) vtsim_stop_request(running_engine);
}

static void catch_signals(void) {
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_signal;
  sa.sa_flags = SA_RESETHAND; /* a second ^C kills vtsim outright */
  sigemptyset(&sa.sa_mask);
  sigaction(SIGINT, &sa, NULL);
  sigaction(SIGTERM, &sa, NULL);
}

static int exit_status_for(const vtsim_stop *stop) {
  switch (stop->reason) {
  case VTSIM_STOP_EXIT: return stop->exit_status & 0xff;
  case VTSIM_STOP_BUDGET: return CLI_EXIT_BUDGET;
  case VTSIM_STOP_FATAL: return CLI_EXIT_SIGNAL + stop->exit_status;
  case VTSIM_STOP_REQUESTED: return caught_signal ? CLI_EXIT_SIGNAL + caught_signal : CLI_EXIT_SHUTDOWN;
  default: return CLI_EXIT_SHUTDOWN;
  }
}

static void report_stop(vtsim_engine *e, const vtsim_stop *stop) {
  char missing[512];
  if (vtsim_unimplemented_report(e, missing, sizeof missing))
    fprintf(stderr, "vtsim: unimplemented: %s\n", missing);
  if (stop->reason == VTSIM_STOP_EXIT) return;
  fprintf(stderr, "vtsim: run stopped (%s) after %llu instructions at pc 0x%llx%s%s\n",
          vtsim_stop_reason_name(stop->reason), (unsigned long long)vtsim_insn_count(e),
          (unsigned long long)stop->pc, stop->detail[0] ? ": " : "", stop->detail);
}

static int run_engine(vtsim_engine *e, const vtsim_image *img, const run_options *o, int gargc,
                      char **gargv, const char *path) {
  char why[256];
  if (vtsim_image_load(e, img, why, sizeof why)) return cli_fail(NULL, "%s: %s", path, why);
  uint64_t entry = o->has_entry ? o->entry : vtsim_image_get_info(img)->entry;
  vtsim_err err = vtsim_boot(e, entry, gargc, gargv, environ);
  if (err) return cli_fail("run", "cannot start the guest: %s", vtsim_strerror(err));
  if (o->trace) {
    uint32_t mask = VTSIM_EV_ALL & ~(uint32_t)VTSIM_EV_INSN;
    if (o->trace_insn) mask |= VTSIM_EV_INSN;
    vtsim_trace_meta meta = {.image_path = path, .max_insns = o->max_insns, .argc = gargc,
                             .argv = gargv};
    if (vtsim_trace_start(e, o->trace, mask, &meta))
      return cli_fail("run", "cannot write trace %s.part: %m", o->trace);
  }
  vtsim_stop stop;
  running_engine = e;
  catch_signals();
  vtsim_run(e, o->max_insns, &stop);
  running_engine = NULL;
  if (vtsim_trace_finish(e, &stop))
    return cli_fail("run", "trace %s could not be completed: %m (kept as %s.part)", o->trace,
                    o->trace);
  if (!o->quiet) report_stop(e, &stop);
  return exit_status_for(&stop);
}

int cmd_run(int argc, char **argv) {
  run_options o = {.mem_mib = 256};
  int i = 1;
  if (cli_parse_run_options("run", argc, argv, &i, &o)) return CLI_EXIT_USAGE;
  if (i >= argc) return cli_fail("run", "missing IMAGE (see 'vtsim help run')");
  const char *path = argv[i++];
  /* System mode takes options after the image too; user mode passes the
   * rest to the guest as its argv[1...]. */
  if (!o.user) {
    if (cli_parse_run_options("run", argc, argv, &i, &o)) return CLI_EXIT_USAGE;
    if (i < argc) return cli_fail("run", "unexpected argument '%s' (guest arguments need --user)", argv[i]);
  }
  if (o.user && o.has_load) return cli_fail("run", "--load cannot be used with --user");
  if (o.trace_insn && !o.trace) return cli_fail("run", "--trace-insn needs --trace FILE");
  if (o.strace && !o.user) return cli_fail("run", "--strace applies to user mode (--user) only");

  vtsim_image *img;
  if (cli_open_image("run", path, &o, &img)) return CLI_EXIT_USAGE;
  vtsim_arch arch = vtsim_image_get_info(img)->arch;
  if (!vtsim_arch_supported(arch)) {
    vtsim_image_close(img);
    return cli_fail("run", "%s: no %s CPU model in this build yet", path,
                    arch == VTSIM_ARCH_IA32 ? "IA-32" : "IA-64");
  }
  vtsim_config cfg;
  vtsim_config_default(&cfg);
  cfg.mode = o.user ? VTSIM_MODE_USER : VTSIM_MODE_SYSTEM;
  cfg.ram_bytes = o.mem_mib << 20;
  cfg.strace_fd = o.strace ? 2 : -1;
  vtsim_engine *e;
  vtsim_err err = vtsim_open(arch, &cfg, &e);
  if (err) {
    vtsim_image_close(img);
    return cli_fail("run", "cannot create the %s engine: %s", vtsim_arch_name(arch),
                    vtsim_strerror(err));
  }
  int gargc = o.user ? argc - i + 1 : 0;
  char **gargv = o.user ? argv + i - 1 : NULL;
  int status = run_engine(e, img, &o, gargc, gargv, path);
  vtsim_close(e);
  vtsim_image_close(img);
  return status;
}
