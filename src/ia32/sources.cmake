# Sources of the ia32 component. opcodes.def is the opcode table that
# table.c, decode.h and the tests expand.
list(APPEND VTSIM_SOURCES
  src/ia32/alu.c
  src/ia32/table.c
  src/ia32/table_walk.c
  src/ia32/decode.c
  src/ia32/names.c
  src/ia32/disasm.c
)
