/* Names from the table: generic mnemonics, exact mnemonics, form text. */
#include <string.h>

#include "decode.h"
#include "table.h"

const char *ia32_op_name(ia32_op op) {
  return (unsigned)op < IA32_OP_COUNT_ ? ia32_op_info_tab[op].name : "(bad)";
}

ia32_op_class ia32_op_class_of(ia32_op op) {
  return (unsigned)op < IA32_OP_COUNT_ ? (ia32_op_class)ia32_op_info_tab[op].op_class
                                       : IA32_CLASS_GEN;
}

const char *ia32_form_name(ia32_form form) {
  return (unsigned)form < IA32_FORM_COUNT_ ? ia32_form_text[form] : "?";
}

const char *ia32_ud_reason_name(ia32_ud_reason r) {
  static const char *const names[IA32_UD_COUNT_] = {
      [IA32_UD_NONE] = "none",
      [IA32_UD_RESERVED] = "reserved opcode",
      [IA32_UD_LATER] = "not in this CPU model (later extension)",
      [IA32_UD_LOCK] = "LOCK not allowed",
      [IA32_UD_MODREG] = "register operand where memory is required",
      [IA32_UD_SREG] = "invalid segment register",
      [IA32_UD_CREG] = "invalid control register",
      [IA32_UD_PREFIX] = "prefix not allowed",
  };
  return (unsigned)r < IA32_UD_COUNT_ ? names[r] : "?";
}

/* Condition suffixes by tttn (SDM vol. 2 B.1.4.7). */
static const char *const cc_suffix[16] = {"o", "no", "b", "ae", "e", "ne", "be", "a",
                                          "s", "ns", "p", "np", "l", "ge", "le", "g"};

size_t ia32_mnemonic(const ia32_insn *insn, char *out, size_t outlen) {
  const ia32_op_info *info = &ia32_op_info_tab[insn->op < IA32_OP_COUNT_ ? insn->op : 0];
  const char *base = info->name, *suffix = "";
  switch (info->spell) {
  case IA32_SPELL_BWD:
    suffix = insn->opsize == 1 ? "b" : insn->opsize == 2 ? "w" : "d";
    break;
  case IA32_SPELL_OSZ:
    if (insn->opsize == 4) base = info->alt;
    break;
  case IA32_SPELL_ASZ:
    if (insn->addrsize == 4) base = info->alt;
    break;
  case IA32_SPELL_CC:
    base = info->alt;
    suffix = cc_suffix[insn->cc & 15];
    break;
  default:
    break;
  }
  size_t n1 = strlen(base), n2 = strlen(suffix);
  if (outlen == 0) return 0;
  size_t room = outlen - 1;
  if (n1 > room) n1 = room;
  memcpy(out, base, n1);
  if (n2 > room - n1) n2 = room - n1;
  memcpy(out + n1, suffix, n2);
  out[n1 + n2] = 0;
  return n1 + n2;
}
