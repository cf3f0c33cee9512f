# Sources of the ia32 component.
list(APPEND VTSIM_SOURCES
  src/ia32/alu.c
  src/ia32/linux_dispatch.c
  src/ia32/linux_guest.c
  src/ia32/linux_start.c
  src/ia32/linux_strace.c
  src/ia32/linux_sys_fs.c
  src/ia32/linux_sys_mm.c
  src/ia32/linux_sys_proc.c
  src/ia32/linux_table.c
)
