/* Architectural names of IA-64 application and control registers
 * (Itanium SDM vol. 1 Table 3-3, vol. 2 Table 3-3). */
#ifndef VT_IA64_REGNAMES_H
#define VT_IA64_REGNAMES_H

/* "k0", "rsc", ... without the "ar."/"cr." prefix; NULL if unnamed. */
const char *ia64_ar_name(unsigned n);
const char *ia64_cr_name(unsigned n);

#endif
