/* vtsim disasm IMAGE: disassemble the executable segments of an image. */
#include <stdio.h>
#include <string.h>

#include "cli.h"

enum { MAX_RANGES = 64 };

static int disasm_range(vtsim_engine *e, const vtsim_code_range *r, vtsim_arch arch) {
  /* The bytes are written to engine memory so the engine's disassembler and
   * symbols serve them; user mode maps memory wherever the image lies. */
  char text[160], sym[160], last_sym[160] = "";
  int ia64 = arch == VTSIM_ARCH_IA64;
  for (uint64_t off = 0; off < r->size;) {
    uint64_t addr = r->vaddr + off;
    unsigned len = 0;
    for (unsigned slot = 0; slot < (ia64 ? 3u : 1u); slot++) {
      if (vtsim_symbolize(e, addr, sym, sizeof sym) && !strchr(sym, '+') && strcmp(sym, last_sym)) {
        printf("\n%016llx <%s>:\n", (unsigned long long)addr, sym);
        snprintf(last_sym, sizeof last_sym, "%s", sym);
      }
      if (vtsim_disasm(e, addr, slot, text, sizeof text, &len)) return 1;
      if (!text[0]) continue; /* the X slot of an L+X instruction: printed with slot 1 */
      printf("  %8llx%s:  %s\n", (unsigned long long)addr, ia64 ? (const char *[]){".0", ".1", ".2"}[slot] : "", text);
    }
    off += ia64 ? 16 : (len ? len : 1);
  }
  return 0;
}

int cmd_disasm(int argc, char **argv) {
  run_options o = {.mem_mib = 256};
  int i = 1;
  if (cli_parse_run_options("disasm", argc, argv, &i, &o)) return CLI_EXIT_USAGE;
  if (i >= argc) return cli_fail("disasm", "missing IMAGE (see 'vtsim help disasm')");
  if (i + 1 < argc) return cli_fail("disasm", "unexpected argument '%s'", argv[i + 1]);
  const char *path = argv[i];
  vtsim_image *img;
  if (cli_open_image("disasm", path, &o, &img)) return CLI_EXIT_USAGE;
  vtsim_arch arch = vtsim_image_get_info(img)->arch;
  int status = 0;
  vtsim_engine *e = NULL;
  vtsim_config cfg;
  vtsim_config_default(&cfg);
  cfg.mode = VTSIM_MODE_USER; /* place segments at their virtual addresses */
  cfg.ram_bytes = 0;
  char why[256];
  if (!vtsim_arch_supported(arch)) {
    status = cli_fail("disasm", "%s: no %s CPU model in this build yet", path,
                      arch == VTSIM_ARCH_IA32 ? "IA-32" : "IA-64");
  } else if (vtsim_open(arch, &cfg, &e) || vtsim_image_load(e, img, why, sizeof why)) {
    status = cli_fail("disasm", "%s: cannot place the image in memory", path);
  } else {
    vtsim_code_range code[MAX_RANGES];
    size_t n = vtsim_image_code(img, code, MAX_RANGES);
    for (size_t k = 0; k < n && k < MAX_RANGES && !status; k++)
      status = disasm_range(e, &code[k], arch);
  }
  vtsim_close(e);
  vtsim_image_close(img);
  return status;
}
