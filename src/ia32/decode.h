/* IA-32 instruction decoder: bytes -> ia32_insn, driven by opcodes.def.
 * The decoded form carries everything the interpreter needs (operation,
 * operand form, resolved sizes, effective-address recipe, immediates) so an
 * instruction is decoded once and executed from the struct. */
#ifndef VTSIM_IA32_DECODE_H
#define VTSIM_IA32_DECODE_H

#include <stddef.h>
#include <stdint.h>

/* Operation ids: IA32_OP_ADD, IA32_OP_JCC, ... (0 is IA32_OP_INVALID). */
typedef enum ia32_op {
#define IA32_OP(id, class, spell, name, alt) IA32_OP_##id,
#include "opcodes.def"
  IA32_OP_COUNT_
} ia32_op;

/* Operand forms in SDM appendix A notation: IA32_FORM_Eb_Gb, IA32_FORM_Ev_Iz... */
typedef enum ia32_form {
#define IA32_FORM(id, text, modrm, imm1, imm2, msize, regrule) IA32_FORM_##id,
#include "opcodes.def"
  IA32_FORM_COUNT_
} ia32_form;

typedef enum ia32_op_class {
  IA32_CLASS_GEN,    /* general-purpose integer */
  IA32_CLASS_STR,    /* string instruction (REP/REPNE meaningful) */
  IA32_CLASS_BRANCH, /* control transfer */
  IA32_CLASS_SYS,    /* system / privileged / I/O */
  IA32_CLASS_VMX,    /* VMX instruction */
  IA32_CLASS_X87,    /* x87 FPU */
} ia32_op_class;

/* Segment registers in ModRM.reg / sreg encoding (SDM vol. 2 B.1.4.5). */
enum { IA32_ES = 0, IA32_CS, IA32_SS, IA32_DS, IA32_FS, IA32_GS, IA32_SEG_NONE = 7 };
/* General registers by encoding: EAX ECX EDX EBX ESP EBP ESI EDI (0..7). */
enum { IA32_REG_NONE = 0xFF };

/* ia32_insn.prefixes */
enum {
  IA32_PFX_OPSIZE = 1u << 0,   /* 66 present */
  IA32_PFX_ADDRSIZE = 1u << 1, /* 67 present */
  IA32_PFX_LOCK = 1u << 2,     /* F0 */
  IA32_PFX_REP = 1u << 3,      /* F3 (the last of F2/F3 wins) */
  IA32_PFX_REPNE = 1u << 4,    /* F2 */
  IA32_PFX_SEG = 1u << 5,      /* a segment override is present: see seg */
};

/* ia32_insn.flags */
enum {
  IA32_INSN_MODRM = 1u << 0, /* the encoding has a ModRM byte */
  IA32_INSN_MEM = 1u << 1,   /* a memory operand: ModRM with mod != 3, or moffs */
  IA32_INSN_0F = 1u << 2,    /* two-byte opcode 0F xx */
};

typedef struct ia32_insn {
  uint16_t op;      /* ia32_op */
  uint8_t form;     /* ia32_form */
  uint8_t len;      /* bytes, prefixes included. NEED_MORE: bytes needed (at least);
                       UD: the length if the encoding is known (LOCK, operand rules), else 0 */
  uint8_t opsize;   /* operand size in bytes: 1, 2 or 4, resolved from opcode and 66 */
  uint8_t addrsize; /* address size: 2 or 4, resolved from CS.D and 67 */
  uint8_t msize;    /* bytes the memory operand spans (0: none or not accessed; LEA) */
  uint8_t prefixes; /* IA32_PFX_* */
  uint8_t seg;      /* segment of the memory/moffs/string-source operand: the override,
                       else the default (SS for an EBP/ESP base or BP, else DS) */
  uint8_t mod;      /* ModRM.mod (3 for register operands, also for MOV CRn/DRn) */
  uint8_t reg;      /* ModRM.reg; the register of +r opcodes; the sreg of PUSH/POP sreg */
  uint8_t rm;       /* ModRM.rm (the register when mod = 3) */
  uint8_t base;     /* EA base register (0..7, 16-bit: BX/BP/SI/DI), IA32_REG_NONE */
  uint8_t index;    /* EA index register, IA32_REG_NONE */
  uint8_t scale;    /* EA index scale as a shift count 0..3 */
  uint8_t cc;       /* condition code 0..15 (Jcc, SETcc, CMOVcc): opcode bits 3:0 */
  uint8_t flags;    /* IA32_INSN_* */
  uint8_t opc;      /* the (last) opcode byte */
  uint8_t ud;       /* ia32_ud_reason when the status is IA32_DECODE_UD */
  int32_t disp;     /* EA displacement, sign-extended; moffs forms: the offset */
  uint32_t imm;     /* first immediate: Ib/Iw/Iz zero-extended, sIb and Jb/Jz
                       sign-extended; Ap: the offset */
  uint16_t imm2;    /* second immediate: ENTER's Ib, Ap's selector */
} ia32_insn;

typedef enum ia32_decode_status {
  IA32_DECODE_OK = 0,
  IA32_DECODE_NEED_MORE, /* out->len: total bytes needed (at least) */
  IA32_DECODE_UD,        /* invalid or unsupported encoding: #UD, out->ud says why */
  IA32_DECODE_GP,        /* longer than 15 bytes: #GP(0) (SDM vol. 2 2.3.11) */
} ia32_decode_status;

typedef enum ia32_ud_reason {
  IA32_UD_NONE = 0,
  IA32_UD_RESERVED, /* opcode reserved in the SDM opcode map */
  IA32_UD_LATER,    /* instruction of a later extension (MMX, SSE, ...): not in this CPU */
  IA32_UD_LOCK,     /* LOCK on an instruction or operand that does not allow it */
  IA32_UD_MODREG,   /* register operand where the instruction needs memory */
  IA32_UD_SREG,     /* segment register 6/7, or MOV to CS */
  IA32_UD_CREG,     /* control register other than CR0, CR2, CR3, CR4 */
  IA32_UD_PREFIX,   /* 66/F2/F3 on a VMX instruction that forbids it */
  IA32_UD_COUNT_
} ia32_ud_reason;

#define IA32_MAX_INSN_LEN 15

/* Decode one instruction. default32 is CS.D (1: 32-bit code, 0: 16-bit).
 * Returns an ia32_decode_status; out is filled in every case. */
int ia32_decode(const uint8_t *bytes, size_t avail, int default32, ia32_insn *out);

const char *ia32_op_name(ia32_op op); /* generic mnemonic: "add", "jcc", "movs" */
ia32_op_class ia32_op_class_of(ia32_op op);
const char *ia32_form_name(ia32_form form); /* "Eb,Gb" */
const char *ia32_ud_reason_name(ia32_ud_reason r);
/* The exact mnemonic of a decoded instruction: "jne", "movsb", "cwde".
 * Returns the length written (without NUL), truncated to outlen - 1. */
size_t ia32_mnemonic(const ia32_insn *insn, char *out, size_t outlen);

/* ---- table enumeration (tests, documentation) ----------------------------- */
enum { IA32_ENC_ANY = -1 };
enum { IA32_ENC_MOD_NONE = 0, IA32_ENC_MOD_MEM = 1, IA32_ENC_MOD_REG = 2, IA32_ENC_MOD_ANY = 3 };

/* One reachable table entry, with the encoding that selects it. */
typedef struct ia32_encoding {
  uint8_t map; /* 1: one-byte map, 2: 0F map */
  uint8_t opcode;
  uint8_t mandatory; /* mandatory prefix byte (66, F3, F2) or 0 */
  uint8_t later;     /* 1: an opcode of a later extension (decodes as #UD) */
  int8_t reg;        /* ModRM.reg selecting the entry, or IA32_ENC_ANY */
  int8_t rm;         /* ModRM.rm selecting the entry (mod = 3), or IA32_ENC_ANY */
  uint8_t mod;       /* IA32_ENC_MOD_*: ModRM.mod values that reach the entry with its
                        form valid (NONE: the encoding has no ModRM byte) */
  uint8_t size;      /* 'b', 'w', 'd' or 'v' */
  uint16_t op;       /* ia32_op */
  uint8_t form;      /* ia32_form */
  uint8_t lockable;  /* LOCK allowed with a memory destination */
} ia32_encoding;

typedef void (*ia32_encoding_fn)(const ia32_encoding *enc, void *user);
/* Call fn for every instruction and later-extension entry of the tables.
 * Returns the number of calls. */
size_t ia32_table_foreach(ia32_encoding_fn fn, void *user);

#endif
