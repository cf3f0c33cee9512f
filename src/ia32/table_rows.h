/* Internal to table.c: (re)defines the row macros of opcodes.def so that
 * each row becomes designated initializers of the table whose IA32_IN_<name>
 * switch is IA32_KEEP. Included once before every expansion of the .def,
 * which #undefs the row macros at its end. No include guard on purpose. */
#define IA32_ROW(table, index, n, op_, form_, size_, flags_)                                       \
  IA32_IN_##table(IA32_REP_##n(index, .op = IA32_OP_##op_, .kind = IA32_K_INSN,                    \
                               .form = IA32_FORM_##form_, .size = IA32_SZ_##size_,                 \
                               .flags = IA32_RF_##flags_))
#define IA32_LINK(table, index, n, kind_, sub, form_, size_)                                       \
  IA32_IN_##table(IA32_REP_##n(index, .op = IA32_SUB_##kind_(sub), .kind = IA32_K_##kind_,         \
                               .form = IA32_FORM_##form_, .size = IA32_SZ_##size_))
#define IA32_LATER(table, index, n) IA32_IN_##table(IA32_REP_##n(index, .kind = IA32_K_LATER))
