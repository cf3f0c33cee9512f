# Sources of the ia32 component.
list(APPEND VTSIM_SOURCES src/ia32/alu.c)
