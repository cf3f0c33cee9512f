# Sources of the ia64 component.
list(APPEND VTSIM_SOURCES
  # decoder and disassembly
  src/ia64/bundle.c
  src/ia64/decode.c
  src/ia64/disasm.c
  src/ia64/regnames.c
  # the interpreter
  src/ia64/arch.c
  src/ia64/break.c
  src/ia64/exec_alu.c
  src/ia64/exec_branch.c
  src/ia64/exec_fp.c
  src/ia64/fpstatus.c
  src/ia64/exec_pfp.c
  src/ia64/fppair.c
  src/ia64/exec_mem.c
  src/ia64/exec_mm.c
  src/ia64/exec_priv.c
  src/ia64/exec_sys.c
  src/ia64/interp.c
  src/ia64/mem.c
  src/ia64/rse.c
  # the system architecture
  src/ia64/debug.c
  src/ia64/interrupt.c
  src/ia64/nonaccess.c
  src/ia64/memattr.c
  src/ia64/pal.c
  src/ia64/pmu.c
  src/ia64/vm.c
  # Linux user mode
  src/ia64/linux_start.c
  src/ia64/linux_sys.c)
