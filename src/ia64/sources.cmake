# Sources of the ia64 component (none yet).
list(APPEND VTSIM_SOURCES)
