/* Internal: the dispatch tables built from opcodes.def (table.c) and read by
 * the decoder (decode.c). */
#ifndef VTSIM_IA32_TABLE_H
#define VTSIM_IA32_TABLE_H

#include <stdint.h>

#include "decode.h"

/* What a table slot holds. */
enum {
  IA32_K_RESERVED = 0, /* nothing: #UD */
  IA32_K_INSN,         /* an instruction */
  IA32_K_LATER,        /* an instruction of a later extension: #UD */
  IA32_K_ESCAPE,       /* 0F: continue in the two-byte map */
  IA32_K_GROUP,        /* continue in the group tables by ModRM.mod and .reg */
  IA32_K_RM,           /* continue in an rm table by ModRM.rm (mod = 3) */
  IA32_K_PFX,          /* continue by mandatory prefix */
};

enum { IA32_SZ_B = 1, IA32_SZ_W, IA32_SZ_D, IA32_SZ_V };

/* Row flags */
enum {
  IA32_RF_0 = 0,
  IA32_RF_LOCK = 1u << 0,   /* LOCK allowed with a memory destination */
  IA32_RF_CC = 1u << 1,     /* condition code in opcode bits 3:0 */
  IA32_RF_VMXPFX = 1u << 2, /* 66/F2/F3 cause #UD */
};

typedef struct ia32_entry {
  uint16_t op;   /* ia32_op (INSN) or sub-table id (links) */
  uint8_t kind;  /* IA32_K_* */
  uint8_t form;  /* ia32_form; links: the form group rows inherit */
  uint8_t size;  /* IA32_SZ_* */
  uint8_t flags; /* IA32_RF_* */
} ia32_entry;

enum ia32_group_id {
#define IA32_GROUP(id) IA32_GRP_##id,
#include "opcodes.def"
  IA32_GRP_COUNT_
};
enum ia32_rmsub_id {
#define IA32_RMSUB(id) IA32_RMS_##id,
#include "opcodes.def"
  IA32_RMS_COUNT_
};
enum ia32_pfxsub_id {
#define IA32_PFXSUB(id) IA32_PFS_##id,
#include "opcodes.def"
  IA32_PFS_COUNT_
};
/* Mandatory-prefix selector: index within a PFX sub-table. */
enum { IA32_PSEL_NP = 0, IA32_PSEL_P66, IA32_PSEL_PF3, IA32_PSEL_PF2 };

/* Legacy prefix kinds (ia32_prefix_kind[byte]); 0 = not a prefix. */
enum {
  IA32_PK_SEG_ES = 1,
  IA32_PK_SEG_CS,
  IA32_PK_SEG_SS,
  IA32_PK_SEG_DS,
  IA32_PK_SEG_FS,
  IA32_PK_SEG_GS,
  IA32_PK_OPSIZE,
  IA32_PK_ADDRSIZE,
  IA32_PK_LOCK,
  IA32_PK_REPNE,
  IA32_PK_REP
};

/* Operand-form properties */
enum { IA32_MR_NONE = 0, IA32_MR_ANY, IA32_MR_MEM, IA32_MR_REG, IA32_MR_REGX };
enum {
  IA32_IMM_NONE = 0,
  IA32_IMM_B,
  IA32_IMM_SB,
  IA32_IMM_W,
  IA32_IMM_Z,
  IA32_IMM_JB,
  IA32_IMM_JZ,
  IA32_IMM_MOFFS,
  IA32_IMM_FAR
};
/* Memory operand size: bytes, or one of the codes that depend on operand size. */
enum {
  IA32_MS_N = 0,
  IA32_MS_1 = 1,
  IA32_MS_2 = 2,
  IA32_MS_4 = 4,
  IA32_MS_6 = 6,
  IA32_MS_8 = 8,
  IA32_MS_10 = 10,
  IA32_MS_OP = 0x81,
  IA32_MS_ENV,
  IA32_MS_STATE,
  IA32_MS_FAR,
  IA32_MS_BOUND
};
enum { IA32_RR_ANY = 0, IA32_RR_OPC, IA32_RR_OPCSEG, IA32_RR_SREG, IA32_RR_SREG_LOAD, IA32_RR_CR };

typedef struct ia32_form_info {
  uint8_t modrm, imm1, imm2, msize, regrule;
} ia32_form_info;

typedef struct ia32_op_info {
  const char *name, *alt;
  uint8_t op_class, spell;
} ia32_op_info;
enum { IA32_SPELL_PLAIN = 0, IA32_SPELL_BWD, IA32_SPELL_OSZ, IA32_SPELL_ASZ, IA32_SPELL_CC };

extern const ia32_entry ia32_map1[256];
extern const ia32_entry ia32_map2[256];
extern const ia32_entry ia32_grp_mem[IA32_GRP_COUNT_ * 8];
extern const ia32_entry ia32_grp_reg[IA32_GRP_COUNT_ * 8];
extern const ia32_entry ia32_rm_tab[IA32_RMS_COUNT_ * 8];
extern const ia32_entry ia32_pfx_tab[IA32_PFS_COUNT_ * 4];
extern const uint8_t ia32_prefix_kind[256];
extern const ia32_form_info ia32_form_info_tab[IA32_FORM_COUNT_];
extern const ia32_op_info ia32_op_info_tab[IA32_OP_COUNT_];
extern const char *const ia32_form_text[IA32_FORM_COUNT_];

#endif
