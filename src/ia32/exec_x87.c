/* The x87 FPU instructions (Intel SDM vol. 1 ch. 8, vol. 2 instruction
 * pages): the register stack, exception reporting and the handlers. The
 * arithmetic itself is x87_float.c. A handler reads its memory operand first
 * and writes memory before it commits any FPU state, so a fault leaves the
 * FPU as it was. The transcendental functions are x87_trans.c. */
#include "interp.h"

enum { CR0_MP = 2, CR0_EM = 4, CR0_TS = 8 };

void ia32_x87_init(ia32_x87 *x) {
  *x = (ia32_x87){.cw = 0x037f, .empty = 0xff};
}

uint16_t ia32_x87_tag_word(const ia32_x87 *x) {
  uint16_t tw = 0;
  for (unsigned i = 0; i < 8; i++) {
    unsigned tag;
    if (x->empty & (1u << i)) tag = 3;
    else if (x87_classify(x->r[i]) == X87_ZERO) tag = 1;
    else if (x87_classify(x->r[i]) == X87_NORMAL) tag = 0;
    else tag = 2; /* special: NaN, infinity, denormal, unsupported */
    tw |= (uint16_t)(tag << (2 * i));
  }
  return tw;
}

/* ---- the stack ------------------------------------------------------------ */

static unsigned top(const ia32_x87 *x) { return (x->sw >> 11) & 7; }
static void set_top(ia32_x87 *x, unsigned t) {
  x->sw = (uint16_t)((x->sw & ~X87_SW_TOP) | ((t & 7) << 11));
}
static unsigned phys(const ia32_x87 *x, unsigned i) { return (top(x) + i) & 7; }
static bool empty(const ia32_x87 *x, unsigned i) { return (x->empty >> phys(x, i)) & 1; }
static x87_f80 st(const ia32_x87 *x, unsigned i) { return x->r[phys(x, i)]; }
static void st_set(ia32_x87 *x, unsigned i, x87_f80 v) {
  x->r[phys(x, i)] = v;
  x->empty &= (uint8_t)~(1u << phys(x, i));
}
static void push(ia32_x87 *x, x87_f80 v) {
  set_top(x, top(x) - 1);
  st_set(x, 0, v);
}
static void pop(ia32_x87 *x) {
  x->empty |= (uint8_t)(1u << phys(x, 0));
  set_top(x, top(x) + 1);
}

static x87_ctl ctl(const ia32_x87 *x) { return x87_ctl_of(x->cw); }

/* Report exceptions fl (IE..SF, X87_UP for C1): the flags stick, C1 follows
 * X87_UP, and an unmasked one sets ES and B (SDM vol. 1 8.1.3.1, 8.5).
 * Returns true when an unmasked invalid-operation, denormal or zero-divide
 * exception forbids the result (no store, no pop: vol. 1 8.5). */
static bool report(ia32_x87 *x, unsigned fl) {
  /* precedence (vol. 1 4.9.2): invalid and zero-divide hide a denormal
   * operand; an unmasked pre-computation exception stops the operation */
  if (fl & (X87_IE | X87_ZE)) fl &= ~(unsigned)X87_DE;
  if (fl & ~x->cw & (X87_IE | X87_DE | X87_ZE)) fl &= X87_IE | X87_DE | X87_ZE | X87_SF | X87_UP;
  x->sw = (uint16_t)((x->sw & ~X87_SW_C1) | (fl & (0x7f | X87_SW_C1)));
  if (fl & 0x3f & ~x->cw) x->sw |= X87_SW_ES | X87_SW_B;
  return (fl & ~x->cw & (X87_IE | X87_DE | X87_ZE)) != 0;
}

/* Stack faults: IE with SF; C1 tells overflow (1) from underflow (0). */
static const unsigned UNDERFLOW = X87_IE | X87_SF;
static const unsigned OVERFLOW = X87_IE | X87_SF | X87_UP;

/* ---- instruction entry --------------------------------------------------- */

/* Control instructions (SDM vol. 1 8.1.8) keep the last-instruction
 * pointers; the non-waiting ones (FN*) ignore a pending exception. */
static bool is_control(ia32_op op) {
  switch (op) {
  case IA32_OP_FNINIT: case IA32_OP_FNCLEX: case IA32_OP_FLDCW: case IA32_OP_FNSTCW:
  case IA32_OP_FNSTSW: case IA32_OP_FNSTENV: case IA32_OP_FLDENV: case IA32_OP_FNSAVE:
  case IA32_OP_FRSTOR: case IA32_OP_FWAIT: return true;
  default: return false;
  }
}
static bool is_nonwaiting(ia32_op op) {
  switch (op) {
  case IA32_OP_FNINIT: case IA32_OP_FNCLEX: case IA32_OP_FNSTCW: case IA32_OP_FNSTSW:
  case IA32_OP_FNSTENV: case IA32_OP_FNSAVE: return true;
  default: return false;
  }
}

/* #NM by CR0.EM/TS/MP (SDM vol. 3 table 2-2), then #MF for an unmasked
 * exception still pending (vol. 1 8.6: the next waiting instruction), then
 * the last-instruction pointers (vol. 1 8.1.8). */
static int begin(ia32_cpu *c, const ia32_insn *in) {
  ia32_op op = (ia32_op)in->op;
  if (op == IA32_OP_FWAIT) {
    if ((c->cr0 & (CR0_MP | CR0_TS)) == (CR0_MP | CR0_TS)) return ia32_raise(c, IA32_EXC_NM, false, 0);
  } else if (c->cr0 & (CR0_EM | CR0_TS)) {
    return ia32_raise(c, IA32_EXC_NM, false, 0);
  }
  ia32_x87 *x = &c->x87;
  if (!is_nonwaiting(op) && (x->sw & X87_SW_ES)) return ia32_raise(c, IA32_EXC_MF, false, 0);
  if (!is_control(op)) {
    x->fip = c->eip;
    x->fcs = c->seg[IA32_CS].sel;
    x->fop = (uint16_t)(((in->opc & 7) << 8) | (in->mod << 6) | (in->reg << 3) | in->rm);
    if (in->mod != 3) {
      x->fdp = ia32_ea(c, in);
      x->fds = c->seg[in->seg].sel;
    }
  }
  return 0;
}

static int done(ia32_cpu *c, uint32_t next) {
  c->eip = next;
  return 0;
}

/* ---- memory operands ----------------------------------------------------- */

static int read64(vtsim_engine *e, ia32_cpu *c, unsigned seg, uint32_t off, uint64_t *v) {
  uint32_t lo, hi;
  if (ia32_read(e, c, seg, off, 4, &lo) || ia32_read(e, c, seg, off + 4, 4, &hi)) return -1;
  *v = (uint64_t)hi << 32 | lo;
  return 0;
}
static int write64(vtsim_engine *e, ia32_cpu *c, unsigned seg, uint32_t off, uint64_t v) {
  return ia32_write(e, c, seg, off, 4, (uint32_t)v) ||
                 ia32_write(e, c, seg, off + 4, 4, (uint32_t)(v >> 32))
             ? -1
             : 0;
}
static int read80(vtsim_engine *e, ia32_cpu *c, unsigned seg, uint32_t off, x87_f80 *v) {
  uint32_t se;
  if (read64(e, c, seg, off, &v->sig) || ia32_read(e, c, seg, off + 8, 2, &se)) return -1;
  v->se = (uint16_t)se;
  return 0;
}
static int write80(vtsim_engine *e, ia32_cpu *c, unsigned seg, uint32_t off, x87_f80 v) {
  return write64(e, c, seg, off, v.sig) || ia32_write(e, c, seg, off + 8, 2, v.se) ? -1 : 0;
}

/* The memory operand of an arithmetic or load instruction as a register
 * value, with the exceptions of its conversion. */
static int load_operand(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, x87_f80 *v,
                        unsigned *fl) {
  uint32_t off = ia32_ea(c, in), w;
  uint64_t q;
  switch (in->form) {
  case IA32_FORM_Mf32:
    if (ia32_read(e, c, in->seg, off, 4, &w)) return -1;
    *fl |= x87_from_f32(w, v);
    return 0;
  case IA32_FORM_Mf64:
    if (read64(e, c, in->seg, off, &q)) return -1;
    *fl |= x87_from_f64(q, v);
    return 0;
  case IA32_FORM_Mf80: return read80(e, c, in->seg, off, v);
  case IA32_FORM_Mi16:
    if (ia32_read(e, c, in->seg, off, 2, &w)) return -1;
    *v = x87_from_int((int16_t)w);
    return 0;
  case IA32_FORM_Mi32:
    if (ia32_read(e, c, in->seg, off, 4, &w)) return -1;
    *v = x87_from_int((int32_t)w);
    return 0;
  case IA32_FORM_Mi64:
    if (read64(e, c, in->seg, off, &q)) return -1;
    *v = x87_from_int((int64_t)q);
    return 0;
  default: return ia32_raise_ud(c);
  }
}

static bool is_mem(const ia32_insn *in) { return in->mod != 3; }

/* ---- loads and stores ---------------------------------------------------- */

static int op_fld(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  if (begin(c, in)) return -1;
  ia32_x87 *x = &c->x87;
  x87_f80 v;
  unsigned fl = 0;
  if (is_mem(in)) {
    if (load_operand(e, c, in, &v, &fl)) return -1;
  } else if (empty(x, in->rm)) {
    v = x87_indefinite, fl = UNDERFLOW;
  } else {
    v = st(x, in->rm);
  }
  if (!empty(x, 7)) v = x87_indefinite, fl = OVERFLOW; /* vol. 1 8.5.1.1 */
  if (report(x, fl)) return done(c, next);
  push(x, v);
  return done(c, next);
}

static int op_fild(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  return op_fld(e, c, in, next); /* the integer forms load exactly */
}

/* FLD1 .. FLDZ: the constants to 128 bits; all but 1 and 0 round by RC
 * (SDM vol. 1 8.3.8), never signalling precision. */
static const struct {
  uint64_t hi, lo;
  int16_t exp;
} constants[] = {
    [IA32_OP_FLDL2T - IA32_OP_FLD1] = {0xd49a784bcd1b8afeull, 0x492bf6ff4dafdb4cull, 1},
    [IA32_OP_FLDL2E - IA32_OP_FLD1] = {0xb8aa3b295c17f0bbull, 0xbe87fed0691d3e88ull, 0},
    [IA32_OP_FLDPI - IA32_OP_FLD1] = {0xc90fdaa22168c234ull, 0xc4c6628b80dc1cd1ull, 1},
    [IA32_OP_FLDLG2 - IA32_OP_FLD1] = {0x9a209a84fbcff798ull, 0x8f8959ac0b7c9178ull, -2},
    [IA32_OP_FLDLN2 - IA32_OP_FLD1] = {0xb17217f7d1cf79abull, 0xc9e3b39803f2f6afull, -1},
};

static int op_fldconst(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  (void)e;
  if (begin(c, in)) return -1;
  ia32_x87 *x = &c->x87;
  x87_f80 v;
  if (in->op == IA32_OP_FLD1) {
    v = (x87_f80){1ull << 63, 0x3fff};
  } else if (in->op == IA32_OP_FLDZ) {
    v = (x87_f80){0, 0};
  } else {
    unsigned i = in->op - IA32_OP_FLD1, rc = ctl(x).rc;
    uint64_t lo = constants[i].lo, sig = constants[i].hi;
    bool half = lo >> 63, rest = (lo << 1) != 0; /* all constants are positive */
    if ((rc == 0 && half && (rest || (sig & 1))) || (rc == 2 && lo)) sig++;
    v = (x87_f80){sig, (uint16_t)(0x3fff + constants[i].exp)};
  }
  unsigned fl = 0;
  if (!empty(x, 7)) v = x87_indefinite, fl = OVERFLOW;
  if (report(x, fl)) return done(c, next);
  push(x, v);
  return done(c, next);
}

static const uint32_t F32_INDEFINITE = 0xffc00000u;
static const uint64_t F64_INDEFINITE = 0xfff8000000000000ull;

static int op_fst(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  if (begin(c, in)) return -1;
  ia32_x87 *x = &c->x87;
  bool popping = in->op == IA32_OP_FSTP;
  unsigned fl = 0;
  x87_f80 v = st(x, 0);
  if (empty(x, 0)) fl = UNDERFLOW, v = x87_indefinite;
  if (!is_mem(in)) {
    if (report(x, fl)) return done(c, next);
    st_set(x, in->rm, v);
    if (popping) pop(x);
    return done(c, next);
  }
  uint32_t off = ia32_ea(c, in);
  x87_ctl k = ctl(x);
  int err;
  if (in->form == IA32_FORM_Mf32) {
    uint32_t w = F32_INDEFINITE;
    if (!fl) fl = x87_to_f32(k, v, &w);
    if (fl & ~x->cw & (X87_IE | X87_DE | X87_OE | X87_UE)) return report(x, fl), done(c, next);
    err = ia32_write(e, c, in->seg, off, 4, w);
  } else if (in->form == IA32_FORM_Mf64) {
    uint64_t q = F64_INDEFINITE;
    if (!fl) fl = x87_to_f64(k, v, &q);
    if (fl & ~x->cw & (X87_IE | X87_DE | X87_OE | X87_UE)) return report(x, fl), done(c, next);
    err = write64(e, c, in->seg, off, q);
  } else {
    if (fl & ~x->cw & X87_IE) return report(x, fl), done(c, next);
    err = write80(e, c, in->seg, off, v);
  }
  if (err) return -1;
  report(x, fl);
  if (popping) pop(x);
  return done(c, next);
}

static int op_fist(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  if (begin(c, in)) return -1;
  ia32_x87 *x = &c->x87;
  unsigned bits = in->form == IA32_FORM_Mi16 ? 16 : in->form == IA32_FORM_Mi32 ? 32 : 64;
  int64_t v = (int64_t)(UINT64_MAX << (bits - 1)); /* the integer indefinite */
  unsigned fl = empty(x, 0) ? UNDERFLOW : x87_to_int(ctl(x), st(x, 0), bits, &v);
  if (fl & ~x->cw & (X87_IE | X87_DE)) return report(x, fl), done(c, next);
  uint32_t off = ia32_ea(c, in);
  int err = bits == 64 ? write64(e, c, in->seg, off, (uint64_t)v)
                       : ia32_write(e, c, in->seg, off, bits / 8, (uint32_t)v);
  if (err) return -1;
  report(x, fl);
  if (in->op == IA32_OP_FISTP) pop(x);
  return done(c, next);
}

/* Packed BCD (SDM vol. 1 4.7): 18 digits in bytes 0-8, the sign in byte 9. */
static int op_fbld(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  if (begin(c, in)) return -1;
  ia32_x87 *x = &c->x87;
  uint32_t off = ia32_ea(c, in), b;
  int64_t v = 0;
  for (int i = 8; i >= 0; i--) {
    if (ia32_read(e, c, in->seg, off + (uint32_t)i, 1, &b)) return -1;
    v = v * 100 + (b >> 4) * 10 + (b & 15); /* invalid digits: undefined in the SDM */
  }
  if (ia32_read(e, c, in->seg, off + 9, 1, &b)) return -1;
  x87_f80 r = x87_from_int(v);
  if (b & 0x80) r = x87_neg(r);
  unsigned fl = 0;
  if (!empty(x, 7)) r = x87_indefinite, fl = OVERFLOW;
  if (report(x, fl)) return done(c, next);
  push(x, r);
  return done(c, next);
}

static int op_fbstp(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  if (begin(c, in)) return -1;
  ia32_x87 *x = &c->x87;
  int64_t v = 0;
  unsigned fl = empty(x, 0) ? UNDERFLOW : x87_to_int(ctl(x), st(x, 0), 64, &v);
  const int64_t limit = 999999999999999999ll;
  if (!(fl & X87_IE) && (v > limit || v < -limit)) fl = (fl & ~(X87_PE | X87_UP)) | X87_IE;
  if (fl & ~x->cw & (X87_IE | X87_DE)) return report(x, fl), done(c, next);
  uint8_t bytes[10] = {0};
  if (fl & X87_IE) { /* the packed BCD indefinite */
    bytes[7] = 0xc0, bytes[8] = bytes[9] = 0xff;
  } else {
    bool neg = v < 0 || (v == 0 && x87_sign(st(x, 0)));
    uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    for (unsigned i = 0; i < 9; i++, u /= 100)
      bytes[i] = (uint8_t)(((u % 100) / 10) << 4 | (u % 10));
    bytes[9] = neg ? 0x80 : 0;
  }
  uint32_t off = ia32_ea(c, in);
  for (unsigned i = 0; i < 10; i++)
    if (ia32_write(e, c, in->seg, off + i, 1, bytes[i])) return -1;
  report(x, fl);
  pop(x);
  return done(c, next);
}

/* ---- arithmetic ---------------------------------------------------------- */

typedef unsigned (*binop)(x87_ctl, x87_f80, x87_f80, x87_f80 *);

static unsigned rsub(x87_ctl k, x87_f80 a, x87_f80 b, x87_f80 *r) { return x87_sub(k, b, a, r); }
static unsigned rdiv(x87_ctl k, x87_f80 a, x87_f80 b, x87_f80 *r) { return x87_div(k, b, a, r); }

static binop binop_of(ia32_op op) {
  switch (op) {
  case IA32_OP_FADD: case IA32_OP_FADDP: case IA32_OP_FIADD: return x87_add;
  case IA32_OP_FMUL: case IA32_OP_FMULP: case IA32_OP_FIMUL: return x87_mul;
  case IA32_OP_FSUB: case IA32_OP_FSUBP: case IA32_OP_FISUB: return x87_sub;
  case IA32_OP_FSUBR: case IA32_OP_FSUBRP: case IA32_OP_FISUBR: return rsub;
  case IA32_OP_FDIV: case IA32_OP_FDIVP: case IA32_OP_FIDIV: return x87_div;
  default: return rdiv;
  }
}

/* dest = dest op src: ST(0) op memory, ST(0) op ST(i), ST(i) op ST(0); the
 * P forms pop. */
static int op_arith(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  if (begin(c, in)) return -1;
  ia32_x87 *x = &c->x87;
  unsigned fl = 0, dst = 0, src_i = in->rm;
  x87_f80 src;
  if (is_mem(in)) {
    if (load_operand(e, c, in, &src, &fl)) return -1;
    if (empty(x, 0)) fl = UNDERFLOW;
  } else {
    if (in->form == IA32_FORM_STi_ST0) dst = in->rm, src_i = 0;
    if (empty(x, dst) || empty(x, src_i)) fl = UNDERFLOW;
    src = st(x, src_i);
  }
  x87_f80 r = x87_indefinite;
  if (!(fl & X87_SF)) fl |= binop_of((ia32_op)in->op)(ctl(x), st(x, dst), src, &r);
  if (report(x, fl)) return done(c, next);
  st_set(x, dst, r);
  switch (in->op) {
  case IA32_OP_FADDP: case IA32_OP_FMULP: case IA32_OP_FSUBP: case IA32_OP_FSUBRP:
  case IA32_OP_FDIVP: case IA32_OP_FDIVRP: pop(x); break;
  default: break;
  }
  return done(c, next);
}

/* One-operand instructions on ST(0). */
static int op_unary(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  (void)e;
  if (begin(c, in)) return -1;
  ia32_x87 *x = &c->x87;
  x87_f80 a = st(x, 0), r = x87_indefinite;
  unsigned fl = 0;
  if (empty(x, 0)) {
    fl = UNDERFLOW;
  } else {
    switch (in->op) {
    case IA32_OP_FCHS: r = x87_neg(a); break;
    case IA32_OP_FABS: r = x87_abs(a); break;
    case IA32_OP_FSQRT: fl = x87_sqrt(ctl(x), a, &r); break;
    default: fl = x87_rndint(ctl(x), a, &r); break;
    }
  }
  if (report(x, fl)) return done(c, next);
  st_set(x, 0, r);
  return done(c, next);
}

/* FSCALE, FPREM, FPREM1: ST(0) with ST(1). */
static int op_binary_st(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  (void)e;
  if (begin(c, in)) return -1;
  ia32_x87 *x = &c->x87;
  x87_f80 r = x87_indefinite;
  unsigned fl = 0, q = 0;
  bool partial = false;
  if (empty(x, 0) || empty(x, 1)) fl = UNDERFLOW;
  else if (in->op == IA32_OP_FSCALE) fl = x87_scale(ctl(x), st(x, 0), st(x, 1), &r);
  else fl = x87_prem(ctl(x), st(x, 0), st(x, 1), in->op == IA32_OP_FPREM1, &r, &q, &partial);
  if (in->op != IA32_OP_FSCALE && !(fl & X87_IE)) {
    /* C0 = Q2, C3 = Q1, C1 = Q0, C2 = incomplete (vol. 2 FPREM) */
    fl = (fl & ~X87_UP) | (q & 1 ? X87_UP : 0);
    x->sw = (uint16_t)((x->sw & ~(X87_SW_C0 | X87_SW_C2 | X87_SW_C3)) |
                       (q & 4 ? X87_SW_C0 : 0) | (q & 2 ? X87_SW_C3 : 0) |
                       (partial ? X87_SW_C2 : 0));
  }
  if (report(x, fl)) return done(c, next);
  st_set(x, 0, r);
  return done(c, next);
}

static int op_fxtract(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  (void)e;
  if (begin(c, in)) return -1;
  ia32_x87 *x = &c->x87;
  x87_f80 ex = x87_indefinite, sig = x87_indefinite;
  unsigned fl = 0;
  if (empty(x, 0)) fl = UNDERFLOW;
  else if (!empty(x, 7)) fl = OVERFLOW;
  else fl = x87_extract(ctl(x), st(x, 0), &ex, &sig);
  if (report(x, fl)) return done(c, next);
  if (fl & X87_SF && fl & X87_UP) { /* overflow: ST(0) becomes the indefinite */
    st_set(x, 0, x87_indefinite);
    push(x, x87_indefinite);
    return done(c, next);
  }
  st_set(x, 0, ex);
  push(x, sig);
  return done(c, next);
}

/* FSIN, FCOS, F2XM1 replace ST(0); FSINCOS and FPTAN push a second result
 * (cos, 1.0); out of range (|x| >= 2^63) they set C2 and change nothing
 * else. FYL2X, FYL2XP1, FPATAN store into ST(1) and pop (vol. 2). */
static int op_trans(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  (void)e;
  if (begin(c, in)) return -1;
  ia32_x87 *x = &c->x87;
  ia32_op op = (ia32_op)in->op;
  bool two = op == IA32_OP_FYL2X || op == IA32_OP_FYL2XP1 || op == IA32_OP_FPATAN;
  bool pushes = op == IA32_OP_FSINCOS || op == IA32_OP_FPTAN;
  x87_f80 r = x87_indefinite, r2 = {1ull << 63, 0x3fff}; /* FPTAN pushes 1.0 */
  unsigned fl = 0;
  bool out = false;
  if (empty(x, 0) || (two && empty(x, 1))) fl = UNDERFLOW;
  else if (pushes && !empty(x, 7)) fl = OVERFLOW;
  else if (op == IA32_OP_FSIN) fl = x87_sincos(ctl(x), st(x, 0), &r, &r2, &out);
  else if (op == IA32_OP_FCOS) fl = x87_sincos(ctl(x), st(x, 0), &r2, &r, &out);
  else if (op == IA32_OP_FSINCOS) fl = x87_sincos(ctl(x), st(x, 0), &r, &r2, &out);
  else if (op == IA32_OP_FPTAN) fl = x87_tan(ctl(x), st(x, 0), &r, &out);
  else if (op == IA32_OP_F2XM1) fl = x87_f2xm1(ctl(x), st(x, 0), &r);
  else if (op == IA32_OP_FPATAN) fl = x87_atan2(ctl(x), st(x, 1), st(x, 0), &r);
  else fl = x87_yl2x(ctl(x), st(x, 1), st(x, 0), op == IA32_OP_FYL2XP1, &r);
  if (op == IA32_OP_FSIN || op == IA32_OP_FCOS || pushes)
    x->sw = (uint16_t)((x->sw & ~X87_SW_C2) | (out ? X87_SW_C2 : 0));
  if (report(x, fl) || out) return done(c, next);
  if (fl & X87_SF && pushes) { /* overflow: ST(0) and the push become the indefinite */
    st_set(x, 0, x87_indefinite);
    push(x, x87_indefinite);
  } else if (two) {
    st_set(x, 1, r);
    pop(x);
  } else {
    st_set(x, 0, r);
    if (pushes) push(x, r2);
  }
  return done(c, next);
}

/* ---- comparisons --------------------------------------------------------- */

static int op_compare(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  if (begin(c, in)) return -1;
  ia32_x87 *x = &c->x87;
  ia32_op op = (ia32_op)in->op;
  unsigned fl = 0, pops = 0;
  x87_f80 b = {0, 0}; /* FTST: +0.0 */
  bool b_empty = false;
  if (is_mem(in)) {
    if (load_operand(e, c, in, &b, &fl)) return -1;
  } else if (op == IA32_OP_FCOMPP || op == IA32_OP_FUCOMPP) {
    b = st(x, 1), b_empty = empty(x, 1);
  } else if (op != IA32_OP_FTST) {
    b = st(x, in->rm), b_empty = empty(x, in->rm);
  }
  bool quiet = op == IA32_OP_FUCOM || op == IA32_OP_FUCOMP || op == IA32_OP_FUCOMPP ||
               op == IA32_OP_FUCOMI || op == IA32_OP_FUCOMIP;
  int rel = 2;
  if (empty(x, 0) || b_empty) fl = UNDERFLOW;
  else rel = x87_compare(st(x, 0), b, quiet, &fl);
  switch (op) {
  case IA32_OP_FCOMP: case IA32_OP_FUCOMP: case IA32_OP_FICOMP: case IA32_OP_FCOMIP:
  case IA32_OP_FUCOMIP: pops = 1; break;
  case IA32_OP_FCOMPP: case IA32_OP_FUCOMPP: pops = 2; break;
  default: break;
  }
  if (report(x, fl & ~X87_UP)) return done(c, next);
  /* > 000, < 001, = 100, unordered 111 (vol. 2 FCOM, FCOMI) */
  bool c0 = rel == -1 || rel == 2, c2 = rel == 2, c3 = rel == 0 || rel == 2;
  if (op == IA32_OP_FCOMI || op == IA32_OP_FCOMIP || op == IA32_OP_FUCOMI ||
      op == IA32_OP_FUCOMIP) {
    uint32_t f = ia32_get_eflags(c) & ~(IA32_EFLAGS_CF | IA32_EFLAGS_PF | IA32_EFLAGS_AF | IA32_EFLAGS_ZF |
                                        IA32_EFLAGS_SF | IA32_EFLAGS_OF);
    f |= (c0 ? IA32_EFLAGS_CF : 0) | (c2 ? IA32_EFLAGS_PF : 0) | (c3 ? IA32_EFLAGS_ZF : 0);
    ia32_set_eflags(c, f);
  } else {
    x->sw = (uint16_t)((x->sw & ~(X87_SW_C0 | X87_SW_C2 | X87_SW_C3)) | (c0 ? X87_SW_C0 : 0) |
                       (c2 ? X87_SW_C2 : 0) | (c3 ? X87_SW_C3 : 0));
  }
  while (pops--) pop(x);
  return done(c, next);
}

static int op_fxam(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  (void)e;
  if (begin(c, in)) return -1;
  ia32_x87 *x = &c->x87;
  x87_f80 a = st(x, 0);
  unsigned cls = empty(x, 0) ? X87_EMPTY : x87_classify(a);
  x->sw = (uint16_t)((x->sw & ~(X87_SW_C0 | X87_SW_C1 | X87_SW_C2 | X87_SW_C3)) |
                     (cls & 1 ? X87_SW_C0 : 0) | (cls & 2 ? X87_SW_C2 : 0) |
                     (cls & 4 ? X87_SW_C3 : 0) | (x87_sign(a) ? X87_SW_C1 : 0));
  return done(c, next);
}

/* FCMOVcc (P6): by CF, ZF, PF (vol. 2 FCMOVcc). */
static int op_fcmov(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  (void)e;
  if (begin(c, in)) return -1;
  ia32_x87 *x = &c->x87;
  uint32_t f = ia32_get_eflags(c);
  bool cf = f & IA32_EFLAGS_CF, zf = f & IA32_EFLAGS_ZF, pf = f & IA32_EFLAGS_PF, take;
  switch (in->op) {
  case IA32_OP_FCMOVB: take = cf; break;
  case IA32_OP_FCMOVE: take = zf; break;
  case IA32_OP_FCMOVBE: take = cf || zf; break;
  case IA32_OP_FCMOVU: take = pf; break;
  case IA32_OP_FCMOVNB: take = !cf; break;
  case IA32_OP_FCMOVNE: take = !zf; break;
  case IA32_OP_FCMOVNBE: take = !cf && !zf; break;
  default: take = !pf; break;
  }
  if (empty(x, 0) || empty(x, in->rm)) {
    if (!report(x, UNDERFLOW)) st_set(x, 0, x87_indefinite);
    return done(c, next);
  }
  report(x, 0);
  if (take) st_set(x, 0, st(x, in->rm));
  return done(c, next);
}

/* ---- stack management ---------------------------------------------------- */

static int op_stack(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  (void)e;
  if (begin(c, in)) return -1;
  ia32_x87 *x = &c->x87;
  switch (in->op) {
  case IA32_OP_FXCH: {
    unsigned fl = empty(x, 0) || empty(x, in->rm) ? UNDERFLOW : 0;
    if (report(x, fl)) break;
    x87_f80 a = empty(x, 0) ? x87_indefinite : st(x, 0);
    x87_f80 b = empty(x, in->rm) ? x87_indefinite : st(x, in->rm);
    st_set(x, 0, b);
    st_set(x, in->rm, a);
    break;
  }
  case IA32_OP_FFREE: x->empty |= (uint8_t)(1u << phys(x, in->rm)); break;
  case IA32_OP_FINCSTP: set_top(x, top(x) + 1), x->sw &= (uint16_t)~X87_SW_C1; break;
  case IA32_OP_FDECSTP: set_top(x, top(x) - 1), x->sw &= (uint16_t)~X87_SW_C1; break;
  default: break; /* FNOP */
  }
  return done(c, next);
}

/* ---- control ------------------------------------------------------------- */

/* ES and B follow the unmasked exception flags once the control or status
 * word is loaded (vol. 1 8.1.3.1). */
static void recompute_es(ia32_x87 *x) {
  if (x->sw & ~x->cw & 0x3f) x->sw |= X87_SW_ES | X87_SW_B;
  else x->sw &= (uint16_t)~(X87_SW_ES | X87_SW_B);
}

static int op_control(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  if (begin(c, in)) return -1;
  ia32_x87 *x = &c->x87;
  uint32_t v;
  switch (in->op) {
  case IA32_OP_FNINIT: ia32_x87_init(x); break;
  case IA32_OP_FNCLEX: x->sw &= 0x7f00; break;
  case IA32_OP_FLDCW:
    if (ia32_rm_read(e, c, in, 2, &v)) return -1;
    x->cw = (uint16_t)v;
    recompute_es(x);
    break;
  case IA32_OP_FNSTCW:
    if (ia32_rm_write(e, c, in, 2, x->cw)) return -1;
    break;
  case IA32_OP_FNSTSW:
    if (in->form == IA32_FORM_AX) ia32_reg_set(c, IA32_EAX, 2, x->sw);
    else if (ia32_rm_write(e, c, in, 2, x->sw)) return -1;
    break;
  default: break; /* FWAIT: begin() raised #MF if one was pending */
  }
  return done(c, next);
}

/* FSTENV/FLDENV images (SDM vol. 1 figures 8-9 to 8-12): 28 bytes with a
 * 32-bit operand size, 14 with 16; real mode and virtual-8086 mode store
 * the 20-bit linear instruction and data pointers with the opcode. */
static bool real_layout(const ia32_cpu *c) {
  return !(c->cr0 & 1) || (c->eflags & IA32_EFLAGS_VM);
}

static int store_env(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t off) {
  ia32_x87 *x = &c->x87;
  unsigned seg = in->seg;
  uint32_t w[7];
  uint32_t ip = x->fip, dp = x->fdp;
  if (real_layout(c)) {
    ip += (uint32_t)x->fcs << 4, dp += (uint32_t)x->fds << 4;
    w[3] = ip & 0xffff;
    w[4] = (ip >> 16) << 12 | x->fop;
    w[5] = dp & 0xffff;
    w[6] = (dp >> 16) << 12;
  } else {
    w[3] = ip;
    w[4] = x->fcs | (uint32_t)x->fop << 16;
    w[5] = dp;
    w[6] = x->fds;
  }
  w[0] = x->cw, w[1] = x->sw, w[2] = ia32_x87_tag_word(x);
  if (in->opsize == 2) {
    if (!real_layout(c)) w[4] = x->fcs;
    for (unsigned i = 0; i < 7; i++)
      if (ia32_write(e, c, seg, off + 2 * i, 2, w[i])) return -1;
    return 0;
  }
  for (unsigned i = 0; i < 7; i++) {
    /* the unused upper halves of the control, status and tag words and of
     * the data selector are written as ones (unconfirmed: reserved) */
    uint32_t hi = i < 3 || (i == 6 && !real_layout(c)) ? 0xffff0000u : 0;
    if (ia32_write(e, c, seg, off + 4 * i, 4, w[i] | hi)) return -1;
  }
  return 0;
}

static int load_env(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t off,
                    ia32_x87 *x) {
  uint32_t w[7];
  unsigned step = in->opsize == 2 ? 2 : 4;
  for (unsigned i = 0; i < 7; i++)
    if (ia32_read(e, c, in->seg, off + step * i, step, &w[i])) return -1;
  x->cw = (uint16_t)w[0], x->sw = (uint16_t)w[1];
  x->empty = 0;
  for (unsigned i = 0; i < 8; i++)
    if (((w[2] >> (2 * i)) & 3) == 3) x->empty |= (uint8_t)(1u << i);
  if (real_layout(c)) {
    x->fcs = x->fds = 0;
    x->fip = (w[3] & 0xffff) | (w[4] >> 12) << 16;
    x->fop = (uint16_t)(w[4] & 0x7ff);
    x->fdp = (w[5] & 0xffff) | (w[6] >> 12) << 16;
  } else {
    x->fip = w[3], x->fcs = (uint16_t)w[4];
    x->fop = step == 4 ? (uint16_t)((w[4] >> 16) & 0x7ff) : x->fop;
    x->fdp = w[5], x->fds = (uint16_t)w[6];
  }
  recompute_es(x);
  return 0;
}

static int op_env(vtsim_engine *e, ia32_cpu *c, const ia32_insn *in, uint32_t next) {
  if (begin(c, in)) return -1;
  ia32_x87 *x = &c->x87;
  uint32_t off = ia32_ea(c, in), env = in->opsize == 2 ? 14 : 28;
  switch (in->op) {
  case IA32_OP_FNSTENV:
    if (store_env(e, c, in, off)) return -1;
    x->cw |= 0x3f; /* all exceptions masked after (vol. 2 FSTENV) */
    break;
  case IA32_OP_FNSAVE:
    if (store_env(e, c, in, off)) return -1;
    for (unsigned i = 0; i < 8; i++)
      if (write80(e, c, in->seg, off + env + 10 * i, st(x, i))) return -1;
    ia32_x87_init(x);
    break;
  default: { /* FLDENV, FRSTOR: all reads before any change */
    ia32_x87 nx = *x;
    if (load_env(e, c, in, off, &nx)) return -1;
    if (in->op == IA32_OP_FRSTOR) {
      for (unsigned i = 0; i < 8; i++) {
        x87_f80 v;
        if (read80(e, c, in->seg, off + env + 10 * i, &v)) return -1;
        nx.r[(top(&nx) + i) & 7] = v;
      }
    }
    *x = nx;
    break;
  }
  }
  return done(c, next);
}

const ia32_handler ia32_x87_handlers[IA32_OP_COUNT_] = {
    [IA32_OP_FLD] = op_fld,         [IA32_OP_FILD] = op_fild,
    [IA32_OP_FST] = op_fst,         [IA32_OP_FSTP] = op_fst,
    [IA32_OP_FIST] = op_fist,       [IA32_OP_FISTP] = op_fist,
    [IA32_OP_FBLD] = op_fbld,       [IA32_OP_FBSTP] = op_fbstp,
    [IA32_OP_FLD1] = op_fldconst,   [IA32_OP_FLDL2T] = op_fldconst,
    [IA32_OP_FLDL2E] = op_fldconst, [IA32_OP_FLDPI] = op_fldconst,
    [IA32_OP_FLDLG2] = op_fldconst, [IA32_OP_FLDLN2] = op_fldconst,
    [IA32_OP_FLDZ] = op_fldconst,   [IA32_OP_FADD] = op_arith,
    [IA32_OP_FMUL] = op_arith,      [IA32_OP_FSUB] = op_arith,
    [IA32_OP_FSUBR] = op_arith,     [IA32_OP_FDIV] = op_arith,
    [IA32_OP_FDIVR] = op_arith,     [IA32_OP_FADDP] = op_arith,
    [IA32_OP_FMULP] = op_arith,     [IA32_OP_FSUBP] = op_arith,
    [IA32_OP_FSUBRP] = op_arith,    [IA32_OP_FDIVP] = op_arith,
    [IA32_OP_FDIVRP] = op_arith,    [IA32_OP_FIADD] = op_arith,
    [IA32_OP_FIMUL] = op_arith,     [IA32_OP_FISUB] = op_arith,
    [IA32_OP_FISUBR] = op_arith,    [IA32_OP_FIDIV] = op_arith,
    [IA32_OP_FIDIVR] = op_arith,    [IA32_OP_FCHS] = op_unary,
    [IA32_OP_FABS] = op_unary,      [IA32_OP_FSQRT] = op_unary,
    [IA32_OP_FRNDINT] = op_unary,   [IA32_OP_FSCALE] = op_binary_st,
    [IA32_OP_FPREM] = op_binary_st, [IA32_OP_FPREM1] = op_binary_st,
    [IA32_OP_FXTRACT] = op_fxtract, [IA32_OP_FCOM] = op_compare,
    [IA32_OP_FCOMP] = op_compare,   [IA32_OP_FCOMPP] = op_compare,
    [IA32_OP_FUCOM] = op_compare,   [IA32_OP_FUCOMP] = op_compare,
    [IA32_OP_FUCOMPP] = op_compare, [IA32_OP_FICOM] = op_compare,
    [IA32_OP_FICOMP] = op_compare,  [IA32_OP_FTST] = op_compare,
    [IA32_OP_FCOMI] = op_compare,   [IA32_OP_FCOMIP] = op_compare,
    [IA32_OP_FUCOMI] = op_compare,  [IA32_OP_FUCOMIP] = op_compare,
    [IA32_OP_FXAM] = op_fxam,       [IA32_OP_FCMOVB] = op_fcmov,
    [IA32_OP_FCMOVE] = op_fcmov,    [IA32_OP_FCMOVBE] = op_fcmov,
    [IA32_OP_FCMOVU] = op_fcmov,    [IA32_OP_FCMOVNB] = op_fcmov,
    [IA32_OP_FCMOVNE] = op_fcmov,   [IA32_OP_FCMOVNBE] = op_fcmov,
    [IA32_OP_FCMOVNU] = op_fcmov,   [IA32_OP_FXCH] = op_stack,
    [IA32_OP_FFREE] = op_stack,     [IA32_OP_FINCSTP] = op_stack,
    [IA32_OP_FDECSTP] = op_stack,   [IA32_OP_FNOP] = op_stack,
    [IA32_OP_FNINIT] = op_control,  [IA32_OP_FNCLEX] = op_control,
    [IA32_OP_FLDCW] = op_control,   [IA32_OP_FNSTCW] = op_control,
    [IA32_OP_FNSTSW] = op_control,  [IA32_OP_FWAIT] = op_control,
    [IA32_OP_FLDENV] = op_env,      [IA32_OP_FNSTENV] = op_env,
    [IA32_OP_FNSAVE] = op_env,      [IA32_OP_FRSTOR] = op_env,
    [IA32_OP_FSIN] = op_trans,      [IA32_OP_FCOS] = op_trans,
    [IA32_OP_FSINCOS] = op_trans,   [IA32_OP_FPTAN] = op_trans,
    [IA32_OP_F2XM1] = op_trans,     [IA32_OP_FYL2X] = op_trans,
    [IA32_OP_FYL2XP1] = op_trans,   [IA32_OP_FPATAN] = op_trans,
};
