/* The dispatch tables, expanded from opcodes.def at compile time. Each table
 * uses designated initializers indexed by the row's position, so two rows
 * claiming one slot fail the build (-Woverride-init, part of -Wextra). */
#include "table.h"

#define IA32_GI(group, reg) (IA32_GRP_##group * 8 + (reg))
#define IA32_RI(sub, rm)    (IA32_RMS_##sub * 8 + (rm))
#define IA32_PI(sub, sel)   (IA32_PFS_##sub * 4 + IA32_PSEL_##sel)

/* Repeat an initializer over n consecutive slots (+r and +cc encodings). */
#define IA32_REP_1(i, ...)  [(i)] = {__VA_ARGS__},
#define IA32_REP_2(i, ...)  IA32_REP_1(i, __VA_ARGS__) IA32_REP_1((i) + 1, __VA_ARGS__)
#define IA32_REP_3(i, ...)  IA32_REP_2(i, __VA_ARGS__) IA32_REP_1((i) + 2, __VA_ARGS__)
#define IA32_REP_4(i, ...)  IA32_REP_2(i, __VA_ARGS__) IA32_REP_2((i) + 2, __VA_ARGS__)
#define IA32_REP_5(i, ...)  IA32_REP_4(i, __VA_ARGS__) IA32_REP_1((i) + 4, __VA_ARGS__)
#define IA32_REP_7(i, ...)  IA32_REP_4(i, __VA_ARGS__) IA32_REP_3((i) + 4, __VA_ARGS__)
#define IA32_REP_8(i, ...)  IA32_REP_4(i, __VA_ARGS__) IA32_REP_4((i) + 4, __VA_ARGS__)
#define IA32_REP_16(i, ...) IA32_REP_8(i, __VA_ARGS__) IA32_REP_8((i) + 8, __VA_ARGS__)

#define IA32_KEEP(...) __VA_ARGS__
#define IA32_DROP(...)

#define IA32_SUB_GROUP(s)  IA32_GRP_##s
#define IA32_SUB_RM(s)     IA32_RMS_##s
#define IA32_SUB_PFX(s)    IA32_PFS_##s
#define IA32_SUB_ESCAPE(s) (s)

#define IA32_IN_MAP1  IA32_DROP
#define IA32_IN_MAP2  IA32_DROP
#define IA32_IN_GRP   IA32_DROP
#define IA32_IN_GRP_M IA32_DROP
#define IA32_IN_GRP_R IA32_DROP
#define IA32_IN_RM    IA32_DROP
#define IA32_IN_PFX   IA32_DROP

#undef IA32_IN_MAP1
#define IA32_IN_MAP1 IA32_KEEP
const ia32_entry ia32_map1[256] = {
#include "table_rows.h"
#include "opcodes.def"
};
#undef IA32_IN_MAP1
#define IA32_IN_MAP1 IA32_DROP

#undef IA32_IN_MAP2
#define IA32_IN_MAP2 IA32_KEEP
const ia32_entry ia32_map2[256] = {
#include "table_rows.h"
#include "opcodes.def"
};
#undef IA32_IN_MAP2
#define IA32_IN_MAP2 IA32_DROP

/* Group rows valid for every mod go into both group tables. */
#undef IA32_IN_GRP
#define IA32_IN_GRP IA32_KEEP
#undef IA32_IN_GRP_M
#define IA32_IN_GRP_M IA32_KEEP
const ia32_entry ia32_grp_mem[IA32_GRP_COUNT_ * 8] = {
#include "table_rows.h"
#include "opcodes.def"
};
#undef IA32_IN_GRP_M
#define IA32_IN_GRP_M IA32_DROP

#undef IA32_IN_GRP_R
#define IA32_IN_GRP_R IA32_KEEP
const ia32_entry ia32_grp_reg[IA32_GRP_COUNT_ * 8] = {
#include "table_rows.h"
#include "opcodes.def"
};
#undef IA32_IN_GRP_R
#define IA32_IN_GRP_R IA32_DROP
#undef IA32_IN_GRP
#define IA32_IN_GRP IA32_DROP

#undef IA32_IN_RM
#define IA32_IN_RM IA32_KEEP
const ia32_entry ia32_rm_tab[IA32_RMS_COUNT_ * 8] = {
#include "table_rows.h"
#include "opcodes.def"
};
#undef IA32_IN_RM
#define IA32_IN_RM IA32_DROP

#undef IA32_IN_PFX
#define IA32_IN_PFX IA32_KEEP
const ia32_entry ia32_pfx_tab[IA32_PFS_COUNT_ * 4] = {
#include "table_rows.h"
#include "opcodes.def"
};
#undef IA32_IN_PFX
#define IA32_IN_PFX IA32_DROP

const uint8_t ia32_prefix_kind[256] = {
#define IA32_PREFIX(byte, kind) [byte] = IA32_PK_##kind,
#include "opcodes.def"
};

const ia32_form_info ia32_form_info_tab[IA32_FORM_COUNT_] = {
#define IA32_FORM(id, text, modrm, imm1, imm2, msize, regrule)                                     \
  [IA32_FORM_##id] = {IA32_MR_##modrm, IA32_IMM_##imm1, IA32_IMM_##imm2, IA32_MS_##msize,          \
                      IA32_RR_##regrule},
#include "opcodes.def"
};

const char *const ia32_form_text[IA32_FORM_COUNT_] = {
#define IA32_FORM(id, text, modrm, imm1, imm2, msize, regrule) [IA32_FORM_##id] = text,
#include "opcodes.def"
};

const ia32_op_info ia32_op_info_tab[IA32_OP_COUNT_] = {
#define IA32_OP(id, class, spell, name, alt)                                                       \
  [IA32_OP_##id] = {name, alt, IA32_CLASS_##class, IA32_SPELL_##spell},
#include "opcodes.def"
};
