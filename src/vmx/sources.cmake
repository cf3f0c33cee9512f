# Sources of the vmx component (none yet).
list(APPEND VTSIM_SOURCES)
