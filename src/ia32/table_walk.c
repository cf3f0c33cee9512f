/* Enumerate every reachable entry of the dispatch tables with the encoding
 * that selects it: the tests drive every row of opcodes.def through this. */
#include "decode.h"
#include "table.h"

typedef struct walk {
  ia32_encoding_fn fn;
  void *user;
  size_t count;
} walk;

static const char size_letter[] = {0, 'b', 'w', 'd', 'v'};

static void emit(walk *w, ia32_encoding enc, const ia32_entry *e, unsigned link_form,
                 unsigned link_size) {
  if (e->kind != IA32_K_INSN && e->kind != IA32_K_LATER) return;
  enc.later = e->kind == IA32_K_LATER;
  unsigned form = e->form, size = e->size;
  if (form == IA32_FORM_INHERIT) {
    form = link_form;
    size = link_size;
  }
  /* Which mod values reach the entry (the group path) and suit its form. */
  static const uint8_t form_mods[] = {[IA32_MR_NONE] = IA32_ENC_MOD_NONE,
                                      [IA32_MR_ANY] = IA32_ENC_MOD_ANY,
                                      [IA32_MR_MEM] = IA32_ENC_MOD_MEM,
                                      [IA32_MR_REG] = IA32_ENC_MOD_REG,
                                      [IA32_MR_REGX] = IA32_ENC_MOD_ANY};
  unsigned mods = form_mods[ia32_form_info_tab[form].modrm];
  if (enc.mod != IA32_ENC_MOD_NONE) { /* reached through a group: ModRM is there */
    mods = mods == IA32_ENC_MOD_NONE ? enc.mod : (mods & enc.mod);
    if (!mods && !enc.later) return;
  }
  enc.mod = (uint8_t)mods;
  enc.op = e->op;
  enc.form = (uint8_t)form;
  enc.size = (uint8_t)size_letter[size < 5 ? size : 0];
  enc.lockable = (e->flags & IA32_RF_LOCK) != 0;
  w->count++;
  w->fn(&enc, w->user);
}

static void walk_entry(walk *w, ia32_encoding enc, const ia32_entry *e, unsigned lform,
                       unsigned lsize) {
  switch (e->kind) {
  case IA32_K_GROUP:
    for (int reg = 0; reg < 8; reg++) {
      enc.reg = (int8_t)reg;
      enc.mod = IA32_ENC_MOD_MEM;
      walk_entry(w, enc, &ia32_grp_mem[e->op * 8 + reg], e->form, e->size);
      enc.mod = IA32_ENC_MOD_REG;
      walk_entry(w, enc, &ia32_grp_reg[e->op * 8 + reg], e->form, e->size);
    }
    break;
  case IA32_K_RM:
    for (int rm = 0; rm < 8; rm++) {
      enc.rm = (int8_t)rm;
      walk_entry(w, enc, &ia32_rm_tab[e->op * 8 + rm], lform, lsize);
    }
    break;
  case IA32_K_PFX: {
    static const uint8_t pfx_byte[4] = {0, 0x66, 0xF3, 0xF2};
    for (int s = 0; s < 4; s++) {
      enc.mandatory = pfx_byte[s];
      walk_entry(w, enc, &ia32_pfx_tab[e->op * 4 + s], lform, lsize);
    }
    break;
  }
  default:
    emit(w, enc, e, lform, lsize);
    break;
  }
}

size_t ia32_table_foreach(ia32_encoding_fn fn, void *user) {
  walk w = {fn, user, 0};
  for (int map = 1; map <= 2; map++) {
    for (int opc = 0; opc < 256; opc++) {
      const ia32_entry *e = map == 1 ? &ia32_map1[opc] : &ia32_map2[opc];
      if (e->kind == IA32_K_ESCAPE) continue;
      ia32_encoding enc = {.map = (uint8_t)map,
                           .opcode = (uint8_t)opc,
                           .reg = IA32_ENC_ANY,
                           .rm = IA32_ENC_ANY,
                           .mod = IA32_ENC_MOD_NONE};
      walk_entry(&w, enc, e, e->form, e->size);
    }
  }
  return w.count;
}
