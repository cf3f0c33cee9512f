# Sources of the ia32 component (none yet).
list(APPEND VTSIM_SOURCES)
