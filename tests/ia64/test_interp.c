/* The IA-64 interpreter: small assembly programs (assembled at test time
 * with ia64-linux-gnu-as -x, linked at 1 MiB) run on the "ski" platform,
 * and the register stack engine driven directly on a CPU state block.
 * Each test is named after the architectural rule it checks. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "common/engine.h"
#include "ia64/interp.h"
#include "asm_program.h"

static vtsim_stop run(vtsim_engine *e) {
  vtsim_stop stop;
  assert_int_equal(vtsim_run(e, 50000000, &stop), VTSIM_OK);
  return stop;
}

static void run_to_exit(vtsim_engine *e) {
  vtsim_stop stop = run(e);
  if (stop.reason != VTSIM_STOP_EXIT) fail_msg("stopped: %s", stop.detail);
}


static uint64_t mem8(vtsim_engine *e, uint64_t addr) {
  uint64_t v;
  assert_int_equal(vtsim_mem_read(e, addr, &v, 8), VTSIM_OK);
  return v;
}

/* ---- the register stack engine, driven directly ------------------------------------------ */

/* Frames of 96 registers force mandatory spills on every call; the NaT
 * bits of the spilled registers are collected in RNAT and stored at each
 * address whose bits 8:3 are all ones; returns fill values and NaTs back. */
static void test_rse_spills_nat_collections_every_63_slots_and_fills_them_back(void **state) {
  (void)state;
  vtsim_engine *e = ia64_asm_load("\tnop.i 0");
  ia64_cpu *c = e->cpu;
  const uint64_t bs = 0x200000 + 8 * 60; /* three registers before a collection slot */
  ia64_rse_reset(c, bs);
  enum { DEPTH = 5 };
  for (unsigned d = 0; d < DEPTH; d++) {
    assert_int_equal(ia64_rse_alloc(e, c, 96, 96, 0), IA64_OK);
    for (unsigned r = 32; r < 128; r++)
      ia64_gr_set(c, r, d * 1000 + r, (r + d) % 5 == 0);
    c->ar[IA64_AR_PFS] = 0;
    assert_int_equal(ia64_rse_call(e, c), IA64_OK);
  }
  /* Every frame but the last call's was pushed out to memory. */
  assert_true(c->ar[IA64_AR_BSPSTORE] > bs);
  uint64_t a = bs;
  uint64_t nats = 0, nat_expect = 0;
  for (unsigned d = 0; d < DEPTH && a < c->ar[IA64_AR_BSPSTORE]; d++) {
    for (unsigned r = 32; r < 128 && a < c->ar[IA64_AR_BSPSTORE]; r++) {
      if (((a >> 3) & 63) == 63) { /* the collection of the 63 slots below */
        assert_int_equal(mem8(e, a), nat_expect);
        nats++;
        nat_expect = 0;
        a += 8;
      }
      assert_int_equal(mem8(e, a), d * 1000 + r);
      if ((r + d) % 5 == 0) nat_expect |= 1ull << ((a >> 3) & 63);
      a += 8;
    }
  }
  assert_true(nats >= 3);
  /* Return through every frame: each comes back intact with its NaT bits. */
  for (unsigned d = DEPTH; d-- > 0;) {
    assert_int_equal(ia64_rse_return(e, c, (ia64_cfm){.sof = 96, .sol = 96}), IA64_OK);
    for (unsigned r = 32; r < 128; r++) {
      assert_int_equal(ia64_gr(c, r), d * 1000 + r);
      assert_int_equal(ia64_gr_nat(c, r), (r + d) % 5 == 0);
    }
  }
  assert_int_equal(c->ar[IA64_AR_BSP], bs);
  assert_int_equal(c->ar[IA64_AR_BSPSTORE], bs);
  vtsim_close(e);
}

/* BSP moves over NaT collection slots (vol. 1 6.5): 63 registers from a
 * group's start take 64 slots. */
static void test_bsp_arithmetic_skips_collection_slots(void **state) {
  (void)state;
  assert_int_equal(ia64_bs_add(0x1000, 63), 0x1000 + 64 * 8);
  assert_int_equal(ia64_bs_add(0x1000 + 62 * 8, 1), 0x1000 + 64 * 8);
  assert_int_equal(ia64_bs_add(0x1000 + 64 * 8, -1), 0x1000 + 62 * 8);
  assert_int_equal(ia64_bs_add(0x1000 + 64 * 8, -63), 0x1000);
}

/* ---- whole programs ------------------------------------------------------------------------ */

/* A recursion 200 deep with 10 locals per frame (2000 registers > 96
 * physical): each level checks its locals after the callee returns. */
static void test_deep_call_chain_keeps_every_frame(void **state) {
  (void)state;
  vtsim_engine *e = ia64_asm_load(
      "\tmov r8 = 0\n\tmov r9 = 200\n\t;;\n"
      "\tbr.call.sptk.many b0 = rec\n\t;;\n"
      "\tbr.sptk.many done\n"
      "rec:\n"
      "\talloc r40 = ar.pfs, 0, 10, 0, 0\n\tmov r41 = b0\n"
      "\tadd r32 = 1, r9\n\tadd r33 = 2, r9\n\tadd r39 = 9, r9\n\t;;\n"
      "\tcmp.eq p6, p7 = 0, r9\n\tadds r9 = -1, r9\n\t;;\n"
      "(p7)\tbr.call.sptk.many b0 = rec\n\t;;\n"
      "\tadds r9 = 1, r9\n\t;;\n"
      "\tadd r34 = 1, r9\n\tadd r35 = 2, r9\n\tadd r36 = 9, r9\n\t;;\n"
      "\tcmp.ne p8, p0 = r32, r34\n\tcmp.ne p9, p0 = r33, r35\n\tcmp.ne p10, p0 = r39, r36\n\t;;\n"
      "(p8)\tadds r8 = 1, r8\n(p9)\tadds r8 = 1, r8\n(p10)\tadds r8 = 1, r8\n\t;;\n"
      "\tmov b0 = r41\n\tmov ar.pfs = r40\n\t;;\n"
      "\tbr.ret.sptk.many b0\n\t;;\n"
      "done:\n\tmov r16 = ar.bsp\n\tmov r17 = ar.bspstore\n\t;;");
  run_to_exit(e);
  assert_int_equal(ia64_asm_gr(e, 8), 0);
  assert_int_equal(ia64_asm_gr(e, 9), 200);
  assert_int_equal(ia64_asm_gr(e, 16), ia64_asm_gr(e, 17)); /* back at the base, nothing dirty */
  vtsim_close(e);
}

/* br.ctop rotates GRs and PRs (rrb decrements) and sets p16 on each
 * kernel iteration: a software-pipelined copy through r32->r33->r34
 * (vol. 1 4.5.2). */
static void test_ctop_rotates_registers_through_a_pipelined_loop(void **state) {
  (void)state;
  vtsim_engine *e = ia64_asm_load(
      "\talloc r2 = ar.pfs, 0, 8, 0, 8\n"
      "\tmovl r20 = 0x200000\n\tmovl r21 = 0x200100\n\t;;\n"
      "\tmov r22 = 10\n\t;;\n"
      "init:\tst8 [r20] = r22, 8\n\tadds r22 = -1, r22\n\t;;\n"
      "\tcmp.ne p6, p0 = 0, r22\n\t;;\n"
      "(p6)\tbr.cond.sptk.few init\n\t;;\n"
      "\tmovl r20 = 0x200000\n\t;;\n"
      "\tmov ar.lc = 9\n\tmov ar.ec = 3\n\tmov pr.rot = 1 << 16\n\t;;\n"
      "loop:\n"
      "(p16)\tld8 r32 = [r20], 8\n"
      "(p18)\tst8 [r21] = r34, 8\n"
      "\tbr.ctop.sptk.few loop\n\t;;\n"
      "\tmov r23 = ar.lc\n\tmov r24 = ar.ec\n\t;;");
  run_to_exit(e);
  for (unsigned i = 0; i < 10; i++) assert_int_equal(mem8(e, 0x200100 + 8 * i), 10 - i);
  assert_int_equal(mem8(e, 0x200100 + 80), 0); /* the epilogue stored nothing extra */
  assert_int_equal(ia64_asm_gr(e, 23), 0);
  assert_int_equal(ia64_asm_gr(e, 24), 0);
  uint64_t cfm;
  assert_int_equal(vtsim_reg_read(e, VTSIM_IA64_CFM, &cfm), VTSIM_OK);
  /* 12 rotations: rrb.gr = -12 mod 8 = 4, rrb.pr = -12 mod 48 = 36 */
  assert_int_equal((cfm >> 18) & 0x7f, 4);
  assert_int_equal((cfm >> 32) & 0x3f, 36);
  vtsim_close(e);
}

/* The signed 64-bit division sequence compilers emit (frcpa and three
 * Newton-Raphson steps in full precision): exact for every pair, which
 * depends on frcpa's table approximation. frcpa of 3 gives the table's
 * entry 0x154 (index 0x80) with the exponent 0x1FFFF - 2 - exp(3). */
static void test_frcpa_division_sequence_gives_exact_quotients(void **state) {
  (void)state;
  enum { N = 64 };
  vtsim_engine *e = ia64_asm_load(
      "\tmovl r20 = 0x200000\n\tmovl r21 = 0x300000\n\tmov r22 = 64\n\t;;\n"
      "next:\tld8 r2 = [r20], 8\n\t;;\n\tld8 r3 = [r20], 8\n\t;;\n"
      "\tsetf.sig f8 = r2\n\tsetf.sig f9 = r3\n\t;;\n"
      "\tfcvt.xf f8 = f8\n\tfcvt.xf f9 = f9\n\t;;\n"
      "\tfrcpa.s1 f10, p6 = f8, f9\n\t;;\n"
      "(p6)\tfnma.s1 f11 = f9, f10, f1\n(p6)\tfmpy.s1 f12 = f8, f10\n\t;;\n"
      "(p6)\tfmpy.s1 f13 = f11, f11\n(p6)\tfma.s1 f12 = f11, f12, f12\n\t;;\n"
      "(p6)\tfma.s1 f10 = f11, f10, f10\n(p6)\tfma.s1 f11 = f13, f12, f12\n\t;;\n"
      "(p6)\tfma.s1 f10 = f13, f10, f10\n(p6)\tfnma.s1 f12 = f9, f11, f8\n\t;;\n"
      "(p6)\tfma.s1 f10 = f12, f10, f11\n\t;;\n"
      "\tfcvt.fx.trunc.s1 f10 = f10\n\t;;\n"
      "\tgetf.sig r4 = f10\n\t;;\n"
      "\tst8 [r21] = r4, 8\n\tadds r22 = -1, r22\n\t;;\n"
      "\tcmp.ne p7, p0 = 0, r22\n"
      "(p7)\tbr.cond.sptk.few next\n\t;;\n"
      "\tmov r2 = 1\n\tmov r3 = 3\n\t;;\n"
      "\tsetf.sig f8 = r2\n\tsetf.sig f9 = r3\n\t;;\n"
      "\tfcvt.xf f8 = f8\n\tfcvt.xf f9 = f9\n\t;;\n"
      "\tfrcpa.s1 f10, p6 = f8, f9\n\t;;\n"
      "\tgetf.sig r24 = f10\n\tgetf.exp r25 = f10\n\t;;");
  int64_t pairs[N][2] = {
      {7, 2},   {-7, 2}, {7, -2}, {-7, -2}, {INT64_MAX, 1}, {INT64_MAX, 3}, {INT64_MIN, 1},
      {INT64_MIN, 7}, {INT64_MIN + 1, -1}, {1000000007, 1000000007}, {0, 5}, {1, INT64_MAX},
      {INT64_MAX, INT64_MAX - 1}, {INT64_MAX - 1, INT64_MAX}, {0x123456789abcdefll, 0x1234567},
  };
  uint64_t seed = 12345;
  for (unsigned i = 15; i < N; i++) {
    for (unsigned k = 0; k < 2; k++) {
      seed = seed * 6364136223846793005ull + 1442695040888963407ull;
      pairs[i][k] = (int64_t)(seed >> (k ? 8 + (i % 48) : 1));
      if (i & 1) pairs[i][k] = -pairs[i][k];
    }
    if (pairs[i][1] == 0) pairs[i][1] = 3;
  }
  assert_int_equal(vtsim_mem_write(e, 0x200000, pairs, sizeof pairs), VTSIM_OK);
  run_to_exit(e);
  for (unsigned i = 0; i < N; i++) {
    int64_t q = (int64_t)mem8(e, 0x300000 + 8 * i);
    if (q != pairs[i][0] / pairs[i][1])
      fail_msg("%lld / %lld: got %lld", (long long)pairs[i][0], (long long)pairs[i][1],
               (long long)q);
  }
  assert_int_equal(ia64_asm_gr(e, 24), 0x8000000000000000ull | 0x154ull << 53);
  assert_int_equal(ia64_asm_gr(e, 25), 0x1ffff - 2 - 0x10000);
  vtsim_close(e);
}

/* Integer multiply through the FP unit: xma.l low and xma.hu/xma.h high
 * halves of the 128-bit product. */
static void test_xma_gives_both_halves_of_the_product(void **state) {
  (void)state;
  vtsim_engine *e = ia64_asm_load(
      "\tmovl r2 = 0xfedcba9876543210\n\tmovl r3 = 0x0123456789abcdef\n\t;;\n"
      "\tsetf.sig f6 = r2\n\tsetf.sig f7 = r3\n\t;;\n"
      "\txma.l f8 = f6, f7, f0\n\txma.hu f9 = f6, f7, f0\n\txma.h f10 = f6, f7, f0\n\t;;\n"
      "\tgetf.sig r8 = f8\n\tgetf.sig r9 = f9\n\tgetf.sig r10 = f10\n\t;;");
  run_to_exit(e);
  unsigned __int128 u = (unsigned __int128)0xfedcba9876543210ull * 0x0123456789abcdefull;
  __int128 s = (__int128)(int64_t)0xfedcba9876543210ull * (int64_t)0x0123456789abcdefll;
  assert_int_equal(ia64_asm_gr(e, 8), (uint64_t)u);
  assert_int_equal(ia64_asm_gr(e, 9), (uint64_t)(u >> 64));
  assert_int_equal(ia64_asm_gr(e, 10), (uint64_t)((unsigned __int128)s >> 64));
  vtsim_close(e);
}

/* The ALAT (vol. 1 4.4.5): an overlapping store removes the advanced
 * load's entry, so ld.c reloads and chk.a branches; a disjoint store does
 * not, so ld.c.nc keeps the register's value. */
static void test_alat_entries_die_on_overlapping_stores_only(void **state) {
  (void)state;
  vtsim_engine *e = ia64_asm_load(
      "\tmovl r20 = 0x200000\n\tmov r5 = 11\n\tmov r6 = 22\n\tmov r9 = 0\n\t;;\n"
      "\tst8 [r20] = r5\n\tadds r21 = 8, r20\n\t;;\n"
      "\tld8.a r4 = [r20]\n\t;;\n"
      "\tst8 [r21] = r6\n\tmov r4 = 99\n\t;;\n"   /* disjoint: the entry lives */
      "\tld8.c.nc r4 = [r20]\n\t;;\n"             /* no reload: r4 stays 99 */
      "\tmov r7 = r4\n\t;;\n"
      "\tst8 [r20] = r6\n\t;;\n"                  /* overlapping: the entry dies */
      "\tld8.c.clr r4 = [r20]\n\t;;\n"            /* reload: 22 */
      "\tmov r8 = r4\n\t;;\n"
      "\tld8.a r10 = [r20]\n\t;;\n"
      "\tst4 [r20] = r5\n\t;;\n"
      "\tchk.a.clr r10, recover\n\t;;\n"
      "back:\tbr.sptk.many done\n\t;;\n"
      "recover:\tmov r9 = 1\n\tbr.sptk.many back\n\t;;\n"
      "done:\tnop.i 0\n\t;;");
  run_to_exit(e);
  assert_int_equal(ia64_asm_gr(e, 7), 99);
  assert_int_equal(ia64_asm_gr(e, 8), 22);
  assert_int_equal(ia64_asm_gr(e, 9), 1);
  vtsim_close(e);
}

/* NaT bits propagate through arithmetic; chk.s branches on them; tnat
 * sees them; a store of a NaT value is a Register NaT Consumption fault,
 * delivered through the IVT. */
static void test_nat_propagates_and_its_consumption_faults(void **state) {
  (void)state;
  vtsim_engine *e = ia64_asm_load(
      "\tmovl r20 = 0x200000\n\tmov r9 = 0\n\tmov r3 = -1\n\t;;\n"
      "\tmov ar.unat = r3\n\t;;\n"
      "\tld8.fill r4 = [r20]\n\t;;\n"   /* UNAT bit set: r4 is NaT */
      "\tadd r5 = r4, r3\n\t;;\n"
      "\ttnat.nz p6, p7 = r5\n\t;;\n"
      "(p6)\tmov r10 = 1\n(p7)\tmov r10 = 2\n"
      "\tchk.s r5, recover\n\t;;\n"
      "back:\tst8 [r20] = r5\n\t;;\n"
      "\tmov r11 = 3\n\t;;\n"
      "recover:\tmov r9 = 1\n\tbr.sptk.many back\n\t;;");
  vtsim_stop stop = run(e);
  /* delivered at IVA (0) + 0x5600, where zeros decode to break 0: the end */
  assert_int_equal(stop.reason, VTSIM_STOP_SHUTDOWN);
  assert_int_equal(stop.pc, 0x5600);
  uint64_t isr;
  assert_int_equal(vtsim_reg_read(e, VTSIM_IA64_CR0 + 17, &isr), VTSIM_OK);
  assert_int_equal(isr & 0xffff, 0x10);        /* Register NaT Consumption */
  assert_int_equal(isr >> 39 & 1, 1);          /* ISR.ni: collection was off */
  assert_int_equal(ia64_asm_gr(e, 9), 1);
  assert_int_equal(ia64_asm_gr(e, 10), 1);
  assert_int_not_equal(ia64_asm_gr(e, 11), 3);
  vtsim_close(e);
}

/* Compare types (vol. 3 cmp): .unc clears both targets under a false qp;
 * .and/.or parallel forms only ever write one value; or.andcm pairs. */
static void test_compare_types_write_their_targets(void **state) {
  (void)state;
  vtsim_engine *e = ia64_asm_load(
      "\tmov r2 = 5\n\tmov r3 = 7\n\tcmp.eq p1, p2 = r0, r0\n\tcmp.ne p3, p0 = r0, r0\n\t;;\n"
      "\tcmp.eq p4, p5 = r0, r0\n\t;;\n"
      "(p3)\tcmp.lt.unc p4, p5 = r2, r3\n\t;;\n"      /* false qp: p4 = p5 = 0 */
      "\tcmp.eq p6, p7 = r0, r0\n\t;;\n"
      "\tcmp.eq.and p6, p7 = r2, r3\n\t;;\n"          /* false: both cleared */
      "\tcmp.ne p8, p9 = r0, r0\n\t;;\n"
      "\tcmp.ne.or p8, p9 = r2, r3\n\t;;\n"           /* true: both set */
      "\tcmp.ne p10, p11 = r0, r0\n\t;;\n"
      "\tcmp.eq.or.andcm p10, p11 = r2, r2\n\t;;\n"   /* p10 = 1, p11 = 0 */
      "\tcmp4.lt p12, p13 = -1, r3\n\t;;\n"
      "\tcmp.ltu p14, p15 = -1, r3\n\t;;\n"
      "\tmov r8 = pr\n\t;;");
  run_to_exit(e);
  uint64_t pr = ia64_asm_gr(e, 8);
  assert_int_equal(pr & 0xfffe, 1u << 1 | 1u << 8 | 1u << 9 | 1u << 10 | 1u << 12 | 1u << 15);
  vtsim_close(e);
}

/* A reserved template is an Illegal Operation fault (vol. 1 3.3). */
static void test_reserved_template_is_illegal_operation(void **state) {
  (void)state;
  vtsim_engine *e = ia64_asm_load("\tnop.i 0");
  uint8_t bundle[16] = {0x06}; /* template 0x06 is reserved */
  assert_int_equal(vtsim_mem_write(e, 0x100000, bundle, 16), VTSIM_OK);
  vtsim_stop stop = run(e);
  assert_int_equal(stop.reason, VTSIM_STOP_SHUTDOWN);
  assert_int_equal(stop.pc, 0x5400); /* General Exception, ISR.code 0 */
  uint64_t isr;
  assert_int_equal(vtsim_reg_read(e, VTSIM_IA64_CR0 + 17, &isr), VTSIM_OK);
  assert_int_equal(isr & 0xffff, 0);
  vtsim_close(e);
}

static uint64_t cr(vtsim_engine *e, unsigned n) {
  uint64_t v;
  assert_int_equal(vtsim_reg_read(e, VTSIM_IA64_CR0 + (int)n, &v), VTSIM_OK);
  return v;
}

/* A failed check whose recovery branch the processor leaves to software
 * (vol. 3 chk, fchkf: check_branch_implemented) is a Speculative Operation
 * fault: vector 0x5700, ISR.code the check type, IIM the imm21 zero-extended,
 * IIP the check. This model branches by default; c->chk_unimpl selects the
 * types it leaves unimplemented. (IVA 0: the vector's zeros are break 0.) */
static const char chk_program[] =
    "\tssm 0x2000\n\tmovl r12 = 2f\n\tmovl r13 = 1f\n\tmov r2 = -1\n\tmov r11 = 0\n\t;;\n"
    "\tsrlz.d\n\t;;\n" /* PSR.ic: IIP, IIM written */
    "\tmov ar.unat = r2\n\tmovl r3 = 0x180000\n\t;;\n"
    "\tld8.fill r5 = [r3]\n\t;;\n" /* r5 NaT: UNAT bit 0 */
    "1:\t{ .mmi\n\tCHECK_INSN\n\tnop.m 0\n\tnop.i 0\n\t}\n\t;;\n"
    "\tmov r11 = 1\n\t;;\n"
    "2:\tmov r11 = 2\n\t;;";

static vtsim_engine *load_check(const char *insn) {
  char body[1024];
  const char *at = strstr(chk_program, "CHECK_INSN");
  snprintf(body, sizeof body, "%.*s%s%s", (int)(at - chk_program), chk_program, insn,
           at + strlen("CHECK_INSN"));
  return ia64_asm_load(body);
}

static void test_unimplemented_check_branch_is_speculative_operation_fault(void **state) {
  (void)state;
  static const struct {
    const char *insn;
    unsigned type;
  } checks[] = {{"chk.a.clr r5, 2f", IA64_CHK_A_GR}, {"chk.s.m r5, 2f", IA64_CHK_S_GR}};
  for (unsigned i = 0; i < 2; i++) {
    /* the branch implemented (the default): the recovery code runs */
    vtsim_engine *e = load_check(checks[i].insn);
    run_to_exit(e);
    assert_int_equal(ia64_asm_gr(e, 11), 2);
    vtsim_close(e);
    /* left to software: the fault, before the recovery code */
    e = load_check(checks[i].insn);
    ia64_of(e)->chk_unimpl = (uint8_t)(1u << checks[i].type);
    vtsim_stop stop = run(e);
    assert_int_equal(stop.reason, VTSIM_STOP_SHUTDOWN);
    assert_int_equal(stop.pc, 0x5700);
    assert_int_equal(ia64_asm_gr(e, 11), 0);
    assert_int_equal(cr(e, 17) & 0xffff, checks[i].type);                   /* ISR.code */
    assert_int_equal(cr(e, 17) >> 41 & 3, 0);                               /* ISR.ei: slot 0 */
    assert_int_equal(cr(e, 19), ia64_asm_gr(e, 13));                                 /* IIP: the check */
    assert_int_equal(cr(e, 24), ((ia64_asm_gr(e, 12) - ia64_asm_gr(e, 13)) >> 4) & 0x1fffff); /* IIM */
    vtsim_close(e);
  }
  /* another type left unimplemented does not affect this one */
  vtsim_engine *e = load_check("chk.a.clr r5, 2f");
  ia64_of(e)->chk_unimpl = 1u << IA64_CHK_S_GR;
  run_to_exit(e);
  assert_int_equal(ia64_asm_gr(e, 11), 2);
  vtsim_close(e);
}

/* fchkf.sf branches when sf has a flag with its trap enabled, or one sf0
 * lacks (vol. 3 fchkf); its unimplemented branch is ISR.code 4. */
static void test_fchkf_checks_flags_against_traps_and_sf0(void **state) {
  (void)state;
  static const struct {
    uint64_t fpsr;
    uint64_t r11;
  } cases[] = {
      {0x3f, 1},                                  /* all traps disabled, no flags */
      {0x3f | 1ull << (19 + 12), 2},              /* sf1.i set, sf0.i clear */
      {0x3f | 1ull << (19 + 12) | 1ull << 18, 1}, /* both set, traps disabled */
      {0x1f | 1ull << (19 + 12) | 1ull << 18, 2}, /* id enabled (bit 5 clear) */
  };
  for (unsigned i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    char body[512];
    snprintf(body, sizeof body,
             "\tmovl r12 = 2f\n\tmovl r13 = 1f\n\tmovl r2 = 0x%llx\n\tmov r11 = 0\n\t;;\n"
             "\tmov ar.fpsr = r2\n\t;;\n"
             "1:\t{ .mfi\n\tnop.m 0\n\tfchkf.s1 2f\n\tnop.i 0\n\t}\n\t;;\n"
             "\tmov r11 = 1\n\t;;\n\tbr.sptk.many 3f\n\t;;\n2:\tmov r11 = 2\n\t;;\n3:",
             (unsigned long long)cases[i].fpsr);
    vtsim_engine *e = ia64_asm_load(body);
    run_to_exit(e);
    assert_int_equal(ia64_asm_gr(e, 11), cases[i].r11);
    vtsim_close(e);
  }
  vtsim_engine *e =
      ia64_asm_load("\tssm 0x2000\n\tmovl r12 = 2f\n\tmovl r13 = 1f\n\tmovl r2 = 0x8000003f\n\t;;\n"
                   "\tsrlz.d\n\t;;\n" /* sf1.i; PSR.ic */
                   "\tmov ar.fpsr = r2\n\t;;\n"
                   "1:\t{ .mfi\n\tnop.m 0\n\tfchkf.s1 2f\n\tnop.i 0\n\t}\n\t;;\n2:\tnop.m 0\n\t;;");
  ia64_of(e)->chk_unimpl = 1u << IA64_CHK_FCHKF;
  vtsim_stop stop = run(e);
  assert_int_equal(stop.pc, 0x5700);
  assert_int_equal(cr(e, 17) & 0xffff, 4);
  assert_int_equal(cr(e, 17) >> 41 & 3, 1); /* ISR.ei: the F slot */
  assert_int_equal(cr(e, 24), ((ia64_asm_gr(e, 12) - ia64_asm_gr(e, 13)) >> 4) & 0x1fffff);
  vtsim_close(e);
}

int main(void) {
  if (system("command -v ia64-linux-gnu-as >/dev/null && command -v ia64-linux-gnu-ld "
             ">/dev/null") != 0) {
    fprintf(stderr, "ia64 binutils missing (scripts/install-deps)\n");
    return 1;
  }
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_rse_spills_nat_collections_every_63_slots_and_fills_them_back),
      cmocka_unit_test(test_bsp_arithmetic_skips_collection_slots),
      cmocka_unit_test(test_deep_call_chain_keeps_every_frame),
      cmocka_unit_test(test_ctop_rotates_registers_through_a_pipelined_loop),
      cmocka_unit_test(test_frcpa_division_sequence_gives_exact_quotients),
      cmocka_unit_test(test_xma_gives_both_halves_of_the_product),
      cmocka_unit_test(test_alat_entries_die_on_overlapping_stores_only),
      cmocka_unit_test(test_nat_propagates_and_its_consumption_faults),
      cmocka_unit_test(test_compare_types_write_their_targets),
      cmocka_unit_test(test_reserved_template_is_illegal_operation),
      cmocka_unit_test(test_unimplemented_check_branch_is_speculative_operation_fault),
      cmocka_unit_test(test_fchkf_checks_flags_against_traps_and_sf0),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
