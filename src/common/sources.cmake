list(APPEND VTSIM_SOURCES
  src/common/api.c
  src/common/arch.c
  src/common/console.c
  src/common/elf_image.c
  src/common/events.c
  src/common/exec_stack.c
  src/common/json.c
  src/common/memory.c
  src/common/sha256.c
  src/common/symbols.c
  src/common/trace_read.c
  src/common/trace_write.c
  src/common/uspace.c
)
