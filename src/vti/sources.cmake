# Sources of the vti component (none yet).
list(APPEND VTSIM_SOURCES)
