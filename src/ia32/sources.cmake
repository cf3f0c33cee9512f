# Sources of the ia32 component. opcodes.def is the opcode table that
# table.c, decode.h and the tests expand.
list(APPEND VTSIM_SOURCES
  # decoder and disassembly
  src/ia32/table.c
  src/ia32/table_walk.c
  src/ia32/decode.c
  src/ia32/names.c
  src/ia32/disasm.c
  # the interpreter
  src/ia32/alu.c
  src/ia32/arch.c
  src/ia32/cpuid.c
  src/ia32/debug.c
  src/ia32/exec_alu.c
  src/ia32/exec_fast.c
  src/ia32/exec_fast_more.c
  src/ia32/exec_flow.c
  src/ia32/exec_move.c
  src/ia32/exec_sys.c
  src/ia32/exec_ctl.c
  src/ia32/exec_desc.c
  src/ia32/exec_x87.c
  src/ia32/x87_float.c
  src/ia32/x87_trans.c
  src/ia32/far.c
  src/ia32/interp.c
  src/ia32/intr.c
  src/ia32/mem.c
  src/ia32/paging.c
  src/ia32/seg.c
  # the pc platform's devices
  src/ia32/pc_ports.c
  src/ia32/pic.c
  src/ia32/pit.c
  # Linux user mode
  src/ia32/linux_dispatch.c
  src/ia32/linux_guest.c
  src/ia32/linux_start.c
  src/ia32/linux_strace.c
  src/ia32/linux_sys_fs.c
  src/ia32/linux_sys_mm.c
  src/ia32/linux_sys_proc.c
  src/ia32/linux_table.c
)
