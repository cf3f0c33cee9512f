/* AR and CR names: SDM vol. 1 Table 3-3 (application registers, including
 * the IA-32 ones at 21-30) and vol. 2 Table 3-3 (control registers). */
#include "ia64/regnames.h"

static const char *const ar_names[128] = {
    [0] = "k0",   [1] = "k1",     [2] = "k2",   [3] = "k3",    [4] = "k4",        [5] = "k5",
    [6] = "k6",   [7] = "k7",     [16] = "rsc", [17] = "bsp",  [18] = "bspstore", [19] = "rnat",
    [21] = "fcr", [24] = "eflag", [25] = "csd", [26] = "ssd",  [27] = "cflg",     [28] = "fsr",
    [29] = "fir", [30] = "fdr",   [32] = "ccv", [36] = "unat", [40] = "fpsr",     [44] = "itc",
    [45] = "ruc", [64] = "pfs",   [65] = "lc",  [66] = "ec",
};

static const char *const cr_names[128] = {
    [0] = "dcr",  [1] = "itm",   [2] = "iva",   [8] = "pta",   [16] = "ipsr", [17] = "isr",
    [19] = "iip", [20] = "ifa",  [21] = "itir", [22] = "iipa", [23] = "ifs",  [24] = "iim",
    [25] = "iha", [26] = "iib0", [27] = "iib1", [64] = "lid",  [65] = "ivr",  [66] = "tpr",
    [67] = "eoi", [68] = "irr0", [69] = "irr1", [70] = "irr2", [71] = "irr3", [72] = "itv",
    [73] = "pmv", [74] = "cmcv", [80] = "lrr0", [81] = "lrr1",
};

const char *ia64_ar_name(unsigned n) {
  return n < 128 ? ar_names[n] : 0;
}
const char *ia64_cr_name(unsigned n) {
  return n < 128 ? cr_names[n] : 0;
}
