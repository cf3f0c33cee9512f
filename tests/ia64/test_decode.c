/* Unit tests of the IA-64 bundle templates and the opcode table: the
 * templates against SDM vol. 1 Table 3-10, the table's internal
 * consistency (sorted groups, no two rows matching one slot), and specific
 * encodings (bytes from ia64-linux-gnu-as) decoded field by field. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "ia64/bundle.h"
#include "ia64/decode.h"

/* ---- templates ------------------------------------------------------------- */

/* SDM vol. 1 Table 3-10, written out: units per slot, ';' marks a stop
 * after the preceding slot; "" is a reserved template. */
static const char *const template_spec[32] = {
    "MII",   "MII;", "MI;I", "MI;I;", "MLX",  "MLX;", "",     "",     "MMI",  "MMI;", "M;MI",
    "M;MI;", "MFI",  "MFI;", "MMF",   "MMF;", "MIB",  "MIB;", "MBB",  "MBB;", "",     "",
    "BBB",   "BBB;", "MMB",  "MMB;",  "",     "",     "MFB",  "MFB;", "",     "",
};

static void spell_template(unsigned t, char *out) {
  const ia64_template *ti = ia64_template_info(t);
  char *p = out;
  if (ti->name) {
    for (unsigned s = 0; s < 3; s++) {
      *p++ = ia64_unit_name((ia64_unit)ti->unit[s])[0];
      if (ti->stop_after & (1u << s)) *p++ = ';';
    }
  }
  *p = 0;
}

static void test_templates_match_manual(void **state) {
  (void)state;
  for (unsigned t = 0; t < 32; t++) {
    char got[8];
    spell_template(t, got);
    if (strcmp(got, template_spec[t]) != 0)
      fail_msg("template 0x%02x: %s, want %s", t, got, template_spec[t]);
    assert_int_equal(ia64_template_reserved(t), template_spec[t][0] == 0);
  }
}

static void test_reserved_templates_are_the_eight_of_the_manual(void **state) {
  (void)state;
  static const unsigned reserved[] = {0x06, 0x07, 0x14, 0x15, 0x1A, 0x1B, 0x1E, 0x1F};
  unsigned n = 0;
  for (unsigned t = 0; t < 32; t++) n += ia64_template_reserved(t);
  assert_int_equal(n, 8);
  for (size_t i = 0; i < 8; i++) {
    uint8_t b[16] = {0};
    ia64_bundle_decoded d;
    b[0] = (uint8_t)reserved[i];
    assert_true(ia64_template_reserved(reserved[i]));
    assert_int_equal(ia64_decode_bundle(b, &d), -1);
    assert_int_equal(d.reserved, 1);
    assert_int_equal(d.ninsn, 0);
  }
}

static uint64_t rng_next(uint64_t *s) {
  *s ^= *s << 13;
  *s ^= *s >> 7;
  *s ^= *s << 17;
  return *s;
}

static void test_bundle_pack_unpack(void **state) {
  (void)state;
  uint64_t seed = 0x9E3779B97F4A7C15u;
  for (int i = 0; i < 10000; i++) {
    uint64_t slot[3] = {rng_next(&seed) & IA64_SLOT_MASK, rng_next(&seed) & IA64_SLOT_MASK,
                        rng_next(&seed) & IA64_SLOT_MASK};
    unsigned t = (unsigned)rng_next(&seed) & 31;
    uint8_t b[16];
    ia64_bundle_pack(b, t, slot);
    assert_int_equal(ia64_bundle_template(b), t);
    for (unsigned s = 0; s < 3; s++) assert_true(ia64_bundle_slot(b, s) == slot[s]);
  }
}

/* ---- the table ------------------------------------------------------------- */

static unsigned major_of(const ia64_row *r) {
  return (unsigned)(r->value >> 37) & 15;
}

static void test_rows_are_well_formed(void **state) {
  (void)state;
  const uint64_t major_mask = UINT64_C(15) << 37;
  for (unsigned i = 0; i < IA64_OP_COUNT_; i++) {
    const ia64_row *r = &ia64_rows[i];
    if ((r->value & ~r->mask) != 0) fail_msg("row %s (%u): value outside mask", r->name, i);
    if ((r->mask & ~IA64_SLOT_MASK) != 0) fail_msg("row %s (%u): mask beyond 41 bits", r->name, i);
    if ((r->mask & major_mask) != major_mask) fail_msg("row %s (%u): major not fixed", r->name, i);
    if (r->fmt == IA64_FMT_ILLEGAL || r->fmt >= IA64_FMT_COUNT_) fail_msg("row %u: format", i);
    if (!r->name[0]) fail_msg("row %u: no mnemonic", i);
    /* A-unit ops own majors 8-E of M and I slots (SDM vol. 3 Table 4-1). */
    if (r->unit == IA64_UNIT_A && (major_of(r) < 8 || major_of(r) == 15))
      fail_msg("row %s: A unit with major %u", r->name, major_of(r));
    if ((r->unit == IA64_UNIT_M || r->unit == IA64_UNIT_I) && major_of(r) >= 8)
      fail_msg("row %s: major %u belongs to the A unit", r->name, major_of(r));
    for (unsigned k = 0; k < IA64_MAX_OPNDS; k++) assert_true(r->opnd[k] < IA64_OPND_COUNT_);
    for (unsigned k = 0; k < IA64_MAX_CMPLS; k++) assert_true(r->cmpl[k] < IA64_CMPL_COUNT_);
    assert_true(r->ndst <= IA64_MAX_OPNDS);
  }
}

/* The decoder binary-searches (unit, major) groups: rows must be sorted. */
static void test_rows_grouped_by_unit_and_major(void **state) {
  (void)state;
  for (unsigned i = 1; i < IA64_OP_COUNT_; i++) {
    unsigned a = ia64_rows[i - 1].unit * 16u + major_of(&ia64_rows[i - 1]);
    unsigned b = ia64_rows[i].unit * 16u + major_of(&ia64_rows[i]);
    if (a > b) fail_msg("rows %s and %s out of order", ia64_rows[i - 1].name, ia64_rows[i].name);
  }
}

/* Two rows of one unit overlap if some slot matches both: on the bits both
 * masks fix, their values must differ somewhere. */
static void test_rows_never_overlap(void **state) {
  (void)state;
  unsigned pairs = 0;
  for (unsigned i = 0; i < IA64_OP_COUNT_; i++) {
    const ia64_row *a = &ia64_rows[i];
    for (unsigned j = i + 1; j < IA64_OP_COUNT_; j++) {
      const ia64_row *b = &ia64_rows[j];
      if (a->unit != b->unit) continue;
      pairs++;
      if (((a->value ^ b->value) & a->mask & b->mask) == 0)
        fail_msg("rows %u (%s) and %u (%s) both match slot 0x%llx", i, a->name, j, b->name,
                 (unsigned long long)(a->value | b->value));
    }
  }
  assert_true(pairs > 10000);
}

static ia64_unit slot_unit_for(const ia64_row *r) {
  return r->unit == IA64_UNIT_A ? IA64_UNIT_M : (ia64_unit)r->unit;
}

/* Each row's own match value (free fields zero) decodes to that row, and
 * A-unit rows decode the same from I slots. */
static void test_every_row_decodes_to_itself(void **state) {
  (void)state;
  for (unsigned i = 0; i < IA64_OP_COUNT_; i++) {
    const ia64_row *r = &ia64_rows[i];
    ia64_insn d;
    assert_int_equal(ia64_decode_slot(r->value, slot_unit_for(r), &d), 0);
    if (d.op != i) fail_msg("row %u (%s) decoded as %s", i, r->name, ia64_op_name(d.op));
    assert_int_equal(d.fmt, r->fmt);
    if (r->unit == IA64_UNIT_A) {
      assert_int_equal(ia64_decode_slot(r->value, IA64_UNIT_I, &d), 0);
      assert_int_equal(d.op, i);
    }
  }
}

static void test_op_names(void **state) {
  (void)state;
  assert_string_equal(ia64_op_name(IA64_OP_add), "add");
  assert_string_equal(ia64_op_name(IA64_OP_br_call), "br.call");
  assert_string_equal(ia64_op_name(IA64_OP_ILLEGAL), "illegal");
  assert_string_equal(ia64_fmt_name(IA64_FMT_M34), "M34");
  assert_string_equal(ia64_opnd_name(IA64_OPND_IMM22), "IMM22");
}

/* ---- specific encodings (bytes assembled by ia64-linux-gnu-as) ------------ */

/* [MII] (p6) add r8=r9,r10; adds r8=-1,r9; extr.u r8=r9,5,4 ;; */
static const uint8_t b_mii[16] = {0xc1, 0x40, 0x24, 0x14, 0x00, 0x20, 0x80, 0xf8,
                                  0x27, 0x7e, 0x46, 0x00, 0xa1, 0x48, 0x0c, 0x52};
/* [MLX] alloc r34=ar.pfs,2,1,0,0; movl r8=0x123456789abcdef0 */
static const uint8_t b_mlx[16] = {0x04, 0x10, 0x0d, 0x06, 0x80, 0x85, 0x9a, 0x78,
                                  0x56, 0x34, 0x12, 0x00, 0x01, 0x97, 0xf7, 0x66};
/* [MIB] ld8.s r3=[r5],-8; dep.z r8=r9,7,3; br.call.sptk.many b0=<bundle 0> ;; at 0x20 */
static const uint8_t b_mib[16] = {0x11, 0x18, 0xe0, 0x0b, 0x39, 0x16, 0x80, 0x48,
                                  0xe0, 0x84, 0x29, 0x00, 0xe8, 0xff, 0xff, 0x58};
/* [MLX] (p7) chk.s.m r3,<0>; brl.call.dptk.few.clr b1=<0>, at 0x30 */
static const uint8_t b_chk_brl[16] = {0xe4, 0xe8, 0x0f, 0xfe, 0x7f, 0x06, 0xff, 0xff,
                                      0xff, 0xff, 0x7f, 0x20, 0xd0, 0xff, 0xff, 0xde};
/* [MFB] fetchadd8.rel r4=[r5],-16; (p2) fma.s.s1 f6=f7,f8,f9; br.ret.sptk.many b0 ;; */
static const uint8_t b_mfb[16] = {0x1d, 0x20, 0x10, 0x0a, 0xb9, 0x90, 0x60, 0x48,
                                  0x1c, 0x10, 0x45, 0x80, 0x08, 0x00, 0x84, 0x00};
/* [MLX] nop.m 0; break.x 0x3ffffffffffffff1 */
static const uint8_t b_breakx[16] = {0x04, 0x00, 0x00, 0x00, 0x01, 0xc0, 0xff, 0xff,
                                     0xff, 0xff, 0x7f, 0x20, 0xfe, 0xff, 0x01, 0x08};
/* [MMI] cmp.gt.and p3,p4=r0,r9; st4.rel [r2]=r3,-200; mov pr=r5,0x1003e ;; */
static const uint8_t b_mmi[16] = {0x09, 0x18, 0x00, 0x12, 0x04, 0x32, 0x80, 0x1b,
                                  0x08, 0x60, 0x2f, 0xe0, 0x53, 0x00, 0x00, 0x0b};

static void expect_text(const uint8_t *b, uint64_t addr, unsigned slot, const char *want) {
  char out[128];
  ia64_disasm(b, 16, addr, slot, out, sizeof out);
  assert_string_equal(out, want);
}

static void test_a1_add_predicated_and_a4_adds_negative(void **state) {
  (void)state;
  ia64_bundle_decoded d;
  assert_int_equal(ia64_decode_bundle(b_mii, &d), 0);
  assert_int_equal(d.ninsn, 3);
  assert_int_equal(d.stop_after, 4);
  assert_int_equal(d.insn[0].op, IA64_OP_add);
  assert_int_equal(d.insn[0].qp, 6);
  assert_int_equal(d.insn[0].r1, 8);
  assert_int_equal(d.insn[0].r2, 9);
  assert_int_equal(d.insn[0].r3, 10);
  assert_int_equal(d.insn[1].op, IA64_OP_adds);
  assert_int_equal(d.insn[1].imm, -1); /* imm14 sign-extended from bit 36 */
  assert_int_equal(d.insn[2].op, IA64_OP_extr_u);
  assert_int_equal(d.insn[2].pos, 5);
  assert_int_equal(d.insn[2].len, 4); /* len6d + 1 */
  expect_text(b_mii, 0, 0, "(p6) add r8=r9,r10");
  expect_text(b_mii, 0, 1, "adds r8=-1,r9");
  expect_text(b_mii, 0, 2, "extr.u r8=r9,5,4;;");
}

static void test_m34_alloc_unpredicated_and_x2_movl_imm64(void **state) {
  (void)state;
  ia64_bundle_decoded d;
  assert_int_equal(ia64_decode_bundle(b_mlx, &d), 0);
  assert_int_equal(d.ninsn, 2);
  assert_int_equal(d.slot_of[1], 1);
  assert_int_equal(d.insn[0].op, IA64_OP_alloc);
  assert_int_equal(d.insn[0].sof, 3);
  assert_int_equal(d.insn[0].sol, 3);
  assert_int_equal(d.insn[0].sor, 0);
  assert_int_equal(d.insn[1].op, IA64_OP_movl);
  assert_true((uint64_t)d.insn[1].imm == UINT64_C(0x123456789abcdef0));
  expect_text(b_mlx, 0x10, 0, "alloc r34=ar.pfs,0,3,0,0");
  expect_text(b_mlx, 0x10, 1, "movl r8=0x123456789abcdef0");
  expect_text(b_mlx, 0x10, 2, "");
}

static void test_m3_imm9_i12_deposit_b3_call_target(void **state) {
  (void)state;
  ia64_bundle_decoded d;
  assert_int_equal(ia64_decode_bundle(b_mib, &d), 0);
  assert_int_equal(d.insn[0].op, IA64_OP_ld8_s_i);
  assert_int_equal(d.insn[0].imm, -8);
  assert_int_equal(d.insn[1].op, IA64_OP_dep_z);
  assert_int_equal(d.insn[1].pos, 7); /* 63 - cpos6c */
  assert_int_equal(d.insn[1].len, 3);
  assert_int_equal(d.insn[2].op, IA64_OP_br_call);
  assert_int_equal(d.insn[2].imm, -0x20); /* target25 * 16, IP-relative */
  assert_int_equal(d.insn[2].bwh, 0);
  assert_int_equal(d.insn[2].ph, 1);
  expect_text(b_mib, 0x20, 0, "ld8.s r3=[r5],-8");
  expect_text(b_mib, 0x20, 2, "br.call.sptk.many b0=0x0;;");
}

static void test_m20_chk_s_and_x4_brl_call_target64(void **state) {
  (void)state;
  ia64_bundle_decoded d;
  assert_int_equal(ia64_decode_bundle(b_chk_brl, &d), 0);
  assert_int_equal(d.insn[0].op, IA64_OP_chk_s_m);
  assert_int_equal(d.insn[0].qp, 7);
  assert_int_equal(d.insn[0].imm, -0x30);
  assert_int_equal(d.insn[1].op, IA64_OP_brl_call);
  assert_int_equal(d.insn[1].imm, -0x30);
  assert_int_equal(d.insn[1].bwh, 2);
  assert_int_equal(d.insn[1].dh, 1);
  expect_text(b_chk_brl, 0x30, 0, "(p7) chk.s.m r3,0x0");
  expect_text(b_chk_brl, 0x30, 1, "brl.call.dptk.few.clr b1=0x0");
}

static void test_m17_fetchadd_f1_fma_b4_return(void **state) {
  (void)state;
  ia64_bundle_decoded d;
  assert_int_equal(ia64_decode_bundle(b_mfb, &d), 0);
  assert_int_equal(d.insn[0].op, IA64_OP_fetchadd8_rel);
  assert_int_equal(d.insn[0].imm, -16);
  assert_int_equal(d.insn[1].op, IA64_OP_fma_s);
  assert_int_equal(d.insn[1].sf, 1);
  assert_int_equal(d.insn[1].f1, 6);
  assert_int_equal(d.insn[1].f3, 7);
  assert_int_equal(d.insn[1].f4, 8);
  assert_int_equal(d.insn[1].f2, 9);
  assert_int_equal(d.insn[2].op, IA64_OP_br_ret);
  expect_text(b_mfb, 0x40, 1, "(p2) fma.s.s1 f6=f7,f8,f9");
  expect_text(b_mfb, 0x40, 2, "br.ret.sptk.many b0;;");
}

static void test_x1_break_imm62(void **state) {
  (void)state;
  ia64_bundle_decoded d;
  assert_int_equal(ia64_decode_bundle(b_breakx, &d), 0);
  assert_int_equal(d.insn[1].op, IA64_OP_break_x);
  assert_true((uint64_t)d.insn[1].imm == UINT64_C(0x3ffffffffffffff1));
}

static void test_a7_m5_i23_mask17(void **state) {
  (void)state;
  ia64_bundle_decoded d;
  assert_int_equal(ia64_decode_bundle(b_mmi, &d), 0);
  assert_int_equal(d.insn[0].op, IA64_OP_cmp_gt_and_r0);
  assert_int_equal(d.insn[0].p1, 3);
  assert_int_equal(d.insn[0].p2, 4);
  assert_int_equal(d.insn[1].op, IA64_OP_st4_rel_i);
  assert_int_equal(d.insn[1].imm, -200);
  assert_int_equal(d.insn[2].op, IA64_OP_mov_pr);
  assert_int_equal(d.insn[2].imm, -0x10000 + 0x3e); /* mask17 sign-extended */
  expect_text(b_mmi, 0x60, 2, "mov pr=r5,0xffffffffffff003e;;");
}

/* Unknown encodings decode to IA64_OP_ILLEGAL and print as objdump does. */
static void test_unknown_encodings_are_illegal(void **state) {
  (void)state;
  ia64_insn d;
  /* B unit, major 0, x6 = 0x01: unassigned (SDM vol. 3 Table 4-48). */
  assert_int_equal(ia64_decode_slot(UINT64_C(1) << 27, IA64_UNIT_B, &d), -1);
  assert_int_equal(d.op, IA64_OP_ILLEGAL);
  assert_int_equal(d.fmt, IA64_FMT_ILLEGAL);
  /* I unit, majors 1-3 and 6 are unassigned. */
  for (uint64_t major = 1; major <= 6; major++) {
    if (major == 4 || major == 5) continue;
    assert_int_equal(ia64_decode_slot(major << 37, IA64_UNIT_I, &d), -1);
  }
  /* ld with hint 2 and base update (M2) is reserved. */
  assert_int_equal(
      ia64_decode_slot((UINT64_C(4) << 37) | (UINT64_C(1) << 36) | (2u << 28), IA64_UNIT_M, &d),
      -1);
  uint8_t b[16];
  uint64_t slots[3] = {UINT64_C(1) << 27, UINT64_C(2) << 37, UINT64_C(2) << 37};
  ia64_bundle_pack(b, 0x16, slots);
  char out[64];
  assert_int_equal(ia64_disasm(b, 16, 0, 0, out, sizeof out), 0);
  assert_string_equal(out, "data8 0x008000000");
  assert_int_equal(ia64_disasm(b, 16, 0, 1, out, sizeof out), 16);
  assert_string_equal(out, "nop.b 0x0");
  b[0] = 0x1E; /* reserved template */
  assert_int_equal(ia64_disasm(b, 16, 0, 1, out, sizeof out), 0);
  assert_int_equal(ia64_disasm(b, 8, 0, 1, out, sizeof out), 0); /* short buffer */
}

/* alloc, brp and the B8 system branches have no qp (SDM vol. 3 4.4.10.6,
 * 4.5.2, 4.5.3): bits 5:0 do not predicate them. */
static void test_unpredicated_formats_ignore_qp_bits(void **state) {
  (void)state;
  ia64_insn d;
  uint64_t alloc = (UINT64_C(1) << 37) | (UINT64_C(6) << 33) | 5;
  assert_int_equal(ia64_decode_slot(alloc, IA64_UNIT_M, &d), 0);
  assert_int_equal(d.op, IA64_OP_alloc);
  assert_int_equal(d.qp, 0);
  uint64_t cover = (UINT64_C(2) << 27) | 9;
  assert_int_equal(ia64_decode_slot(cover, IA64_UNIT_B, &d), 0);
  assert_int_equal(d.op, IA64_OP_cover);
  assert_int_equal(d.qp, 0);
}

/* Pseudo-ops objdump prints: adds r1=0,r3 is "mov r1=r3". */
static void test_pseudo_op_spelling(void **state) {
  (void)state;
  uint8_t b[16];
  uint64_t slots[3] = {(UINT64_C(8) << 37) | (UINT64_C(2) << 34) | (9u << 20) | (8u << 6),
                       UINT64_C(0), UINT64_C(0)};
  ia64_bundle_pack(b, 0x08, slots);
  expect_text(b, 0, 0, "mov r8=r9");
  ia64_insn d;
  ia64_decode_slot(slots[0], IA64_UNIT_M, &d);
  assert_int_equal(d.op, IA64_OP_adds); /* the decoder keeps the real op */
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_templates_match_manual),
      cmocka_unit_test(test_reserved_templates_are_the_eight_of_the_manual),
      cmocka_unit_test(test_bundle_pack_unpack),
      cmocka_unit_test(test_rows_are_well_formed),
      cmocka_unit_test(test_rows_grouped_by_unit_and_major),
      cmocka_unit_test(test_rows_never_overlap),
      cmocka_unit_test(test_every_row_decodes_to_itself),
      cmocka_unit_test(test_op_names),
      cmocka_unit_test(test_a1_add_predicated_and_a4_adds_negative),
      cmocka_unit_test(test_m34_alloc_unpredicated_and_x2_movl_imm64),
      cmocka_unit_test(test_m3_imm9_i12_deposit_b3_call_target),
      cmocka_unit_test(test_m20_chk_s_and_x4_brl_call_target64),
      cmocka_unit_test(test_m17_fetchadd_f1_fma_b4_return),
      cmocka_unit_test(test_x1_break_imm62),
      cmocka_unit_test(test_a7_m5_i23_mask17),
      cmocka_unit_test(test_unknown_encodings_are_illegal),
      cmocka_unit_test(test_unpredicated_formats_ignore_qp_bits),
      cmocka_unit_test(test_pseudo_op_spelling),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
