# Sources of the ia64 component.
list(APPEND VTSIM_SOURCES
  src/ia64/bundle.c
  src/ia64/decode.c
  src/ia64/disasm.c
  src/ia64/regnames.c)
