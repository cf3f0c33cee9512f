/* The shared loader of the IA-64 assembly-program unit tests. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "asm_program.h"

static int sh(const char *fmt, ...) {
  char cmd[1024];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(cmd, sizeof cmd, fmt, ap);
  va_end(ap);
  return system(cmd);
}

vtsim_engine *ia64_asm_load(const char *body) {
  char dir[] = "/tmp/vtsim-ia64-XXXXXX";
  if (!mkdtemp(dir)) fail_msg("mkdtemp failed");
  char path[256];
  snprintf(path, sizeof path, "%s/t.S", dir);
  FILE *f = fopen(path, "w");
  assert_non_null(f);
  fprintf(f,
          "\t.text\n\t.global _start\n\t.proc _start\n_start:\n%s\n"
          "\t;;\n\tmov r15 = 66\n\t;;\n\tbreak.i 0x80001\n\t;;\n\t.endp _start\n",
          body);
  fclose(f);
  if (sh("ia64-linux-gnu-as -x -o %s/t.o %s 2>/dev/null && ia64-linux-gnu-ld -Ttext=0x100000 "
         "-Tdata=0x180000 -e _start -o %s/t %s/t.o",
         dir, path, dir, dir) != 0)
    fail_msg("assembling failed:\n%s", body);
  vtsim_config cfg;
  vtsim_config_default(&cfg);
  cfg.ram_bytes = 64u << 20;
  cfg.console_fd = -1;
  vtsim_engine *e;
  assert_int_equal(vtsim_open(VTSIM_ARCH_IA64, &cfg, &e), VTSIM_OK);
  vtsim_image *img;
  char msg[256];
  snprintf(path, sizeof path, "%s/t", dir);
  assert_int_equal(vtsim_image_open(path, &img, msg, sizeof msg), VTSIM_OK);
  assert_int_equal(vtsim_image_load(e, img, msg, sizeof msg), VTSIM_OK);
  assert_int_equal(vtsim_boot(e, vtsim_image_get_info(img)->entry, 0, NULL, NULL), VTSIM_OK);
  vtsim_image_close(img);
  sh("rm -rf %s", dir);
  return e;
}

uint64_t ia64_asm_gr(vtsim_engine *e, unsigned n) {
  uint64_t v;
  assert_int_equal(vtsim_reg_read(e, VTSIM_IA64_GR0 + (int)n, &v), VTSIM_OK);
  return v;
}
