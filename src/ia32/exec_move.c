/* Data movement: MOV forms, XCHG, LEA, the stack, string instructions. */
#include "interp.h"

static int done(ia32_cpu *c, uint32_t next) {
  c->eip = next;
  return 0;
}

static int op_mov(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  unsigned size = in->opsize;
  uint32_t v;
  switch (in->form) {
  case IA32_FORM_Eb_Gb:
  case IA32_FORM_Ev_Gv:
    if (ia32_rm_write(e, c, in, size, ia32_reg_get(c, in->reg, size))) return -1;
    break;
  case IA32_FORM_Gb_Eb:
  case IA32_FORM_Gv_Ev:
    if (ia32_rm_read(e, c, in, size, &v)) return -1;
    ia32_reg_set(c, in->reg, size, v);
    break;
  case IA32_FORM_Eb_Ib:
  case IA32_FORM_Ev_Iz:
    if (ia32_rm_write(e, c, in, size, in->imm)) return -1;
    break;
  case IA32_FORM_Zb_Ib:
  case IA32_FORM_Zv_Iv:
    ia32_reg_set(c, in->reg, size, in->imm);
    break;
  case IA32_FORM_AL_Ob:
  case IA32_FORM_eAX_Ov:
    if (ia32_read(e, c, in->seg, (uint32_t)in->disp, size, &v)) return -1;
    ia32_reg_set(c, IA32_EAX, size, v);
    break;
  case IA32_FORM_Ob_AL:
  case IA32_FORM_Ov_eAX:
    if (ia32_write(e, c, in->seg, (uint32_t)in->disp, size, ia32_reg_get(c, IA32_EAX, size)))
      return -1;
    break;
  case IA32_FORM_Ew_Sw: /* to a register: zero-extended (P6 and later); to memory: 16 bits */
    if (in->mod == 3) ia32_reg_set(c, in->rm, size, c->seg[in->reg].sel);
    else if (ia32_write(e, c, in->seg, ia32_ea(c, in), 2, c->seg[in->reg].sel)) return -1;
    break;
  case IA32_FORM_Sw_Ew:
    if (ia32_rm_read(e, c, in, 2, &v) || ia32_load_seg(e, c, in->reg, (uint16_t)v)) return -1;
    if (in->reg == IA32_SS) ia32_inhibit_interrupts(e, c, IA32_SHADOW_MOV_SS); /* vol. 3 6.8.3 */
    break;
  default:
    return ia32_raise_ud(c);
  }
  return done(c, next);
}

static int op_movx(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  unsigned from = in->form == IA32_FORM_Gv_Eb ? 1 : 2;
  uint32_t v;
  if (ia32_rm_read(e, c, in, from, &v)) return -1;
  if (in->op == IA32_OP_MOVSX) v = ia32_sign_extend(v, from);
  ia32_reg_set(c, in->reg, in->opsize, v);
  return done(c, next);
}

static int op_lea(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  (void)e;
  ia32_reg_set(c, in->reg, in->opsize, ia32_ea(c, in));
  return done(c, next);
}

static int op_xchg(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  unsigned size = in->opsize;
  if (in->form == IA32_FORM_eAX_Zv) {
    uint32_t a = ia32_reg_get(c, IA32_EAX, size);
    ia32_reg_set(c, IA32_EAX, size, ia32_reg_get(c, in->reg, size));
    ia32_reg_set(c, in->reg, size, a);
    return done(c, next);
  }
  uint32_t m, r = ia32_reg_get(c, in->reg, size);
  if (ia32_rm_read(e, c, in, size, &m) || ia32_rm_write(e, c, in, size, r)) return -1;
  ia32_reg_set(c, in->reg, size, m);
  return done(c, next);
}

static int op_push(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  unsigned size = in->opsize;
  uint32_t v;
  switch (in->form) {
  case IA32_FORM_Zv: v = c->gpr[in->reg]; break; /* PUSH ESP pushes the old value */
  case IA32_FORM_Zs: v = c->seg[in->reg].sel; break;
  case IA32_FORM_Iz:
  case IA32_FORM_SIb: v = in->imm; break;
  default:
    if (ia32_rm_read(e, c, in, size, &v)) return -1;
  }
  if (ia32_push(e, c, size, v)) return -1;
  return done(c, next);
}

static int op_pop(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  unsigned size = in->opsize;
  uint32_t v;
  if (ia32_peek(e, c, 0, size, &v)) return -1;
  switch (in->form) {
  case IA32_FORM_Zv:
    ia32_pop_commit(c, size);
    ia32_reg_set(c, in->reg, size, v); /* POP ESP: ESP gets the popped value */
    break;
  case IA32_FORM_Zs:
    if (ia32_load_seg(e, c, in->reg, (uint16_t)v)) return -1;
    ia32_pop_commit(c, size);
    if (in->reg == IA32_SS) ia32_inhibit_interrupts(e, c, IA32_SHADOW_MOV_SS); /* vol. 3 6.8.3 */
    break;
  default: { /* POP Ev: the address is computed with ESP already incremented (SDM POP) */
    uint32_t old_esp = c->gpr[IA32_ESP];
    ia32_pop_commit(c, size);
    if (ia32_rm_write(e, c, in, size, v)) {
      c->gpr[IA32_ESP] = old_esp;
      return -1;
    }
  }
  }
  return done(c, next);
}

static int op_pusha(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  unsigned size = in->opsize;
  uint32_t esp = c->gpr[IA32_ESP], saved[8];
  memcpy(saved, c->gpr, sizeof saved);
  for (int r = 0; r < 8; r++) {
    if (ia32_push(e, c, size, r == IA32_ESP ? esp : saved[r])) {
      c->gpr[IA32_ESP] = esp;
      return -1;
    }
  }
  return done(c, next);
}

static int op_popa(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  unsigned size = in->opsize;
  uint32_t v[8];
  for (int r = 7; r >= 0; r--)
    if (ia32_peek(e, c, (unsigned)(7 - r) * size, size, &v[r])) return -1;
  for (int r = 0; r < 8; r++)
    if (r != IA32_ESP) ia32_reg_set(c, (unsigned)r, size, v[r]); /* the ESP image is skipped */
  ia32_pop_commit(c, 8 * size);
  return done(c, next);
}

static int op_pushf(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  /* VM and RF are cleared in the image (SDM vol. 2 PUSHF). */
  uint32_t flags = ia32_get_eflags(c) & ~(IA32_EFLAGS_VM | IA32_EFLAGS_RF);
  if (ia32_push(e, c, in->opsize, flags)) return -1;
  return done(c, next);
}

/* POPF in protected mode (SDM vol. 2 POPF): IOPL changes only at CPL 0, IF
 * only when CPL <= IOPL — otherwise the change is dropped silently. */
static int op_popf(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  uint32_t v;
  if (ia32_pop(e, c, in->opsize, &v)) return -1;
  uint32_t changeable = IA32_EFLAGS_ARITH | IA32_EFLAGS_TF | IA32_EFLAGS_DF | IA32_EFLAGS_NT |
                        IA32_EFLAGS_AC | IA32_EFLAGS_ID;
  unsigned iopl = (c->eflags & IA32_EFLAGS_IOPL) >> 12;
  if (c->cpl == 0) changeable |= IA32_EFLAGS_IOPL;
  if (c->cpl <= iopl) changeable |= IA32_EFLAGS_IF;
  if (in->opsize == 2) changeable &= 0xffff;
  uint32_t old = ia32_get_eflags(c);
  ia32_set_eflags(c, ((old & ~changeable) | (v & changeable)) & ~IA32_EFLAGS_RF);
  ia32_events_recheck(c); /* IF may have been set */
  return done(c, next);
}

static int op_enter(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  unsigned size = in->opsize, level = in->imm2 & 31;
  uint32_t esp = c->gpr[IA32_ESP], ebp = c->gpr[IA32_EBP];
  if (ia32_push(e, c, size, ia32_reg_get(c, IA32_EBP, size))) return -1;
  uint32_t frame = ia32_sp(c);
  for (unsigned i = 1; i < level; i++) {
    uint32_t v, bp = ia32_reg_get(c, IA32_EBP, ia32_stack32(c) ? 4 : 2) - i * size;
    if (ia32_read(e, c, IA32_SS, bp, size, &v) || ia32_push(e, c, size, v)) goto fault;
  }
  if (level && ia32_push(e, c, size, frame)) goto fault;
  ia32_reg_set(c, IA32_EBP, size, frame);
  ia32_sp_set(c, ia32_sp(c) - (in->imm & 0xffff));
  return done(c, next);
fault:
  c->gpr[IA32_ESP] = esp;
  c->gpr[IA32_EBP] = ebp;
  return -1;
}

static int op_leave(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  uint32_t esp = c->gpr[IA32_ESP], v;
  ia32_sp_set(c, c->gpr[IA32_EBP]);
  if (ia32_pop(e, c, in->opsize, &v)) {
    c->gpr[IA32_ESP] = esp;
    return -1;
  }
  ia32_reg_set(c, IA32_EBP, in->opsize, v);
  return done(c, next);
}

static int op_xlat(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  uint32_t off = ia32_reg_get(c, IA32_EBX, in->addrsize) + (c->gpr[IA32_EAX] & 0xff), v;
  if (in->addrsize == 2) off &= 0xffff;
  if (ia32_read(e, c, in->seg, off, 1, &v)) return -1;
  ia32_reg_set(c, IA32_EAX, 1, v);
  return done(c, next);
}

static int op_nop(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  (void)e, (void)in;
  return done(c, next);
}

/* LDS/LES/LFS/LGS/LSS Gv,Mp: offset then selector. */
static int op_load_far(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  static const uint8_t seg_of[IA32_OP_COUNT_] = {[IA32_OP_LES] = IA32_ES, [IA32_OP_LDS] = IA32_DS,
                                                 [IA32_OP_LSS] = IA32_SS, [IA32_OP_LFS] = IA32_FS,
                                                 [IA32_OP_LGS] = IA32_GS};
  uint32_t off = ia32_ea(c, in), v, sel;
  if (ia32_read(e, c, in->seg, off, in->opsize, &v) ||
      ia32_read(e, c, in->seg, off + in->opsize, 2, &sel) ||
      ia32_load_seg(e, c, seg_of[in->op], (uint16_t)sel))
    return -1;
  ia32_reg_set(c, in->reg, in->opsize, v);
  return done(c, next);
}

static int op_bound(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  unsigned size = in->opsize;
  uint32_t off = ia32_ea(c, in), lo, hi;
  if (ia32_read(e, c, in->seg, off, size, &lo) || ia32_read(e, c, in->seg, off + size, size, &hi))
    return -1;
  int32_t v = (int32_t)ia32_sign_extend(ia32_reg_get(c, in->reg, size), size);
  if (v < (int32_t)ia32_sign_extend(lo, size) || v > (int32_t)ia32_sign_extend(hi, size))
    return ia32_raise(c, IA32_EXC_BR, false, 0);
  return done(c, next);
}

/* ---- string instructions (SDM vol. 1 7.3.9) ----------------------------- */

static uint32_t counter(const ia32_cpu *c, unsigned asize) { return ia32_reg_get(c, IA32_ECX, asize); }

static void advance(ia32_cpu *c, unsigned reg, unsigned asize, int32_t step) {
  ia32_reg_set(c, reg, asize, ia32_reg_get(c, reg, asize) + (uint32_t)step);
}

/* One iteration; returns -1 on a fault, else 0; *zf_stop for CMPS/SCAS. */
static int string_step(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, int32_t step) {
  unsigned size = in->opsize, as = in->addrsize;
  uint32_t si = ia32_reg_get(c, IA32_ESI, as), di = ia32_reg_get(c, IA32_EDI, as), a, b;
  switch (in->op) {
  case IA32_OP_MOVS:
    if (ia32_read(e, c, in->seg, si, size, &a) || ia32_write(e, c, IA32_ES, di, size, a)) return -1;
    advance(c, IA32_ESI, as, step);
    advance(c, IA32_EDI, as, step);
    return 0;
  case IA32_OP_STOS:
    if (ia32_write(e, c, IA32_ES, di, size, ia32_reg_get(c, IA32_EAX, size))) return -1;
    advance(c, IA32_EDI, as, step);
    return 0;
  case IA32_OP_LODS:
    if (ia32_read(e, c, in->seg, si, size, &a)) return -1;
    ia32_reg_set(c, IA32_EAX, size, a);
    advance(c, IA32_ESI, as, step);
    return 0;
  case IA32_OP_CMPS:
    if (ia32_read(e, c, in->seg, si, size, &a) || ia32_read(e, c, IA32_ES, di, size, &b)) return -1;
    ia32_cmp(&c->lf, size, a, b);
    advance(c, IA32_ESI, as, step);
    advance(c, IA32_EDI, as, step);
    return 0;
  default: /* SCAS */
    if (ia32_read(e, c, IA32_ES, di, size, &b)) return -1;
    ia32_cmp(&c->lf, size, ia32_reg_get(c, IA32_EAX, size), b);
    advance(c, IA32_EDI, as, step);
    return 0;
  }
}

static int op_string(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  int32_t step = (c->eflags & IA32_EFLAGS_DF) ? -(int32_t)in->opsize : (int32_t)in->opsize;
  unsigned as = in->addrsize;
  if (!(in->prefixes & (IA32_PFX_REP | IA32_PFX_REPNE))) {
    if (string_step(e, c, in, step)) return -1;
    return done(c, next);
  }
  bool compares = in->op == IA32_OP_CMPS || in->op == IA32_OP_SCAS;
  bool while_equal = (in->prefixes & IA32_PFX_REP) != 0; /* REPE vs REPNE */
  while (counter(c, as) != 0) {
    if (string_step(e, c, in, step)) return -1; /* registers show the progress so far */
    ia32_reg_set(c, IA32_ECX, as, counter(c, as) - 1);
    if (compares && ia32_lazy_zf(&c->lf) != while_equal) break;
  }
  return done(c, next);
}

const ia32_handler ia32_move_handlers[IA32_OP_COUNT_] = {
    [IA32_OP_MOV] = op_mov,     [IA32_OP_MOVZX] = op_movx,   [IA32_OP_MOVSX] = op_movx,
    [IA32_OP_LEA] = op_lea,     [IA32_OP_XCHG] = op_xchg,    [IA32_OP_PUSH] = op_push,
    [IA32_OP_POP] = op_pop,     [IA32_OP_PUSHA] = op_pusha,  [IA32_OP_POPA] = op_popa,
    [IA32_OP_PUSHF] = op_pushf, [IA32_OP_POPF] = op_popf,    [IA32_OP_ENTER] = op_enter,
    [IA32_OP_LEAVE] = op_leave, [IA32_OP_XLAT] = op_xlat,    [IA32_OP_NOP] = op_nop,
    [IA32_OP_PAUSE] = op_nop,   [IA32_OP_LES] = op_load_far, [IA32_OP_LDS] = op_load_far,
    [IA32_OP_LSS] = op_load_far, [IA32_OP_LFS] = op_load_far, [IA32_OP_LGS] = op_load_far,
    [IA32_OP_BOUND] = op_bound, [IA32_OP_MOVS] = op_string,  [IA32_OP_STOS] = op_string,
    [IA32_OP_LODS] = op_string, [IA32_OP_CMPS] = op_string,  [IA32_OP_SCAS] = op_string,
};
