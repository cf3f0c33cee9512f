/* NMI delivery through the public API (vtsim_nmi) on a tiny bare-metal
 * image written into guest memory: vector 2 through the IDT whatever
 * EFLAGS.IF says, NMIs blocked from delivery to the next IRET (even one
 * that faults), INT 2 not blocking them, and the MOV SS and STI shadows
 * (Intel SDM vol. 3 6.3.3, 6.7.1, 6.8.3; vol. 2 STI). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "vtsim/vtsim.h"

/* Guest layout: the GDT at 0 (GDTR after reset), IDTR image at 0x100, code
 * at 0x1000, handlers at 0x2000, IDT at 0x3000, counters at 0x4000, stack
 * below 0x8000. */
enum { START = 0x1000, LOOP = 0x100d, MOVSS = 0x1100, STI = 0x1180, NOPS = 0x11c0, INT2 = 0x11e0 };
enum { H_IRET = 0x2000, H_SLOW = 0x2040, H_NORET = 0x2080, H_BAD = 0x20c0, H_GP = 0x2100 };
enum { IDT = 0x3000, NMI_COUNT = 0x4000, NMI_EIP = 0x4004, GP_COUNT = 0x4008 };

static const uint8_t start[] = {0x0f, 0x01, 0x1d, 0x00, 0x01, 0x00, 0x00, /* lidt [0x100] */
                                0xbc, 0x00, 0x80, 0x00, 0x00,             /* mov esp, 0x8000 */
                                0xfa,                                     /* cli */
                                0x43, 0xeb, 0xfd};                        /* 1: inc ebx; jmp 1b */
static const uint8_t movss[] = {0x66, 0xb8, 0x10, 0x00,       /* mov ax, 0x10 */
                                0x8e, 0xd0,                   /* mov ss, ax */
                                0xbc, 0x00, 0x80, 0x00, 0x00, /* mov esp, 0x8000 */
                                0x90, 0xeb, 0xfe};            /* nop; jmp $ */
static const uint8_t sti[] = {0xfa, 0xfb, 0x90, 0x90, 0xeb, 0xfe}; /* cli; sti; nop; nop; jmp $ */
static const uint8_t nops[] = {0x90, 0x90, 0x90, 0xeb, 0xfe};      /* nop; nop; nop; jmp $ */
static const uint8_t int2[] = {0xcd, 0x02, 0xeb, 0xfe};            /* int 2; jmp $ */
/* inc dword [NMI_COUNT]; mov eax, [esp]; mov [NMI_EIP], eax; iret */
static const uint8_t h_iret[] = {0xff, 0x05, 0x00, 0x40, 0x00, 0x00, 0x8b, 0x04,
                                 0x24, 0xa3, 0x04, 0x40, 0x00, 0x00, 0xcf};
/* inc dword [NMI_COUNT]; mov ecx, 100; 1: loop 1b; iret */
static const uint8_t h_slow[] = {0xff, 0x05, 0x00, 0x40, 0x00, 0x00, 0xb9,
                                 0x64, 0x00, 0x00, 0x00, 0xe2, 0xfe, 0xcf};
/* inc dword [NMI_COUNT]; mov esp, 0x8000; mov eax, LOOP; jmp eax (no IRET) */
static const uint8_t h_noret[] = {0xff, 0x05, 0x00, 0x40, 0x00, 0x00, 0xbc, 0x00, 0x80,
                                  0x00, 0x00, 0xb8, 0x0d, 0x10, 0x00, 0x00, 0xff, 0xe0};
/* inc dword [NMI_COUNT]; push 0; push 0; push 0; iret (CS null: #GP(0)) */
static const uint8_t h_bad[] = {0xff, 0x05, 0x00, 0x40, 0x00, 0x00, 0x6a,
                                0x00, 0x6a, 0x00, 0x6a, 0x00, 0xcf};
/* inc dword [GP_COUNT]; mov esp, 0x8000; mov eax, LOOP; jmp eax */
static const uint8_t h_gp[] = {0xff, 0x05, 0x08, 0x40, 0x00, 0x00, 0xbc, 0x00, 0x80,
                               0x00, 0x00, 0xb8, 0x0d, 0x10, 0x00, 0x00, 0xff, 0xe0};

typedef struct fixture {
  vtsim_engine *e;
  unsigned nmi_events, other_events;
} fixture;

static void on_interrupt(vtsim_engine *e, const vtsim_event *ev, void *user) {
  (void)e;
  fixture *f = user;
  if (ev->u.exception.vector == 2 && strcmp(ev->u.exception.name, "NMI") == 0) f->nmi_events++;
  else f->other_events++;
}

static void put(vtsim_engine *e, uint32_t addr, const void *bytes, size_t n) {
  assert_int_equal(vtsim_mem_write(e, addr, bytes, n), VTSIM_OK);
}

static void put64(vtsim_engine *e, uint32_t addr, uint64_t v) { put(e, addr, &v, 8); }

static uint32_t get32(vtsim_engine *e, uint32_t addr) {
  uint32_t v = 0;
  assert_int_equal(vtsim_mem_read(e, addr, &v, 4), VTSIM_OK);
  return v;
}

/* A 32-bit ring-0 interrupt gate to handler through selector 0x08. */
static void set_gate(vtsim_engine *e, unsigned vector, uint32_t handler) {
  put64(e, IDT + vector * 8,
        (uint64_t)(handler & 0xffff0000u) << 32 | 0x8e00ull << 32 | 0x08u << 16 | (handler & 0xffff));
}

static int setup(void **state) {
  static fixture f;
  memset(&f, 0, sizeof f);
  vtsim_config cfg;
  vtsim_config_default(&cfg);
  cfg.mode = VTSIM_MODE_SYSTEM;
  cfg.ram_bytes = 1 << 20;
  if (vtsim_open(VTSIM_ARCH_IA32, &cfg, &f.e) != VTSIM_OK) return -1;
  vtsim_engine *e = f.e;
  put64(e, 0x08, 0x00cf9a000000ffffull); /* flat ring-0 code */
  put64(e, 0x10, 0x00cf92000000ffffull); /* flat ring-0 data */
  const uint8_t idtr[6] = {0xff, 0x07, IDT & 0xff, IDT >> 8, 0, 0};
  put(e, 0x100, idtr, sizeof idtr);
  put(e, START, start, sizeof start);
  put(e, MOVSS, movss, sizeof movss);
  put(e, STI, sti, sizeof sti);
  put(e, NOPS, nops, sizeof nops);
  put(e, INT2, int2, sizeof int2);
  put(e, H_IRET, h_iret, sizeof h_iret);
  put(e, H_SLOW, h_slow, sizeof h_slow);
  put(e, H_NORET, h_noret, sizeof h_noret);
  put(e, H_BAD, h_bad, sizeof h_bad);
  put(e, H_GP, h_gp, sizeof h_gp);
  set_gate(e, 2, H_IRET);
  set_gate(e, 13, H_GP);
  vtsim_hook_id id;
  if (vtsim_hook_add(e, VTSIM_EV_INTERRUPT, 0, UINT64_MAX, on_interrupt, &f, &id) != VTSIM_OK)
    return -1;
  if (vtsim_boot(e, START, 0, NULL, NULL) != VTSIM_OK) return -1;
  *state = &f;
  return 0;
}

static int teardown(void **state) {
  fixture *f = *state;
  vtsim_close(f->e);
  return 0;
}

static void run(vtsim_engine *e, uint64_t n) {
  vtsim_stop stop;
  assert_int_equal(vtsim_run(e, n, &stop), VTSIM_OK);
  assert_int_equal(stop.reason, VTSIM_STOP_BUDGET);
}

static uint64_t reg(vtsim_engine *e, int r) {
  uint64_t v = 0;
  assert_int_equal(vtsim_reg_read(e, r, &v), VTSIM_OK);
  return v;
}

/* Run the start code (LIDT, stack, CLI), then continue at eip. */
static void begin_at(vtsim_engine *e, uint32_t eip) {
  run(e, 3);
  assert_int_equal(vtsim_reg_write(e, VTSIM_IA32_EIP, eip), VTSIM_OK);
}

static void test_nmi_ignores_if_and_is_traced(void **state) {
  fixture *f = *state;
  vtsim_engine *e = f->e;
  run(e, 20);
  assert_int_equal(reg(e, VTSIM_IA32_EFLAGS) & 0x200, 0); /* CLI: IF = 0 */
  assert_int_equal(vtsim_nmi(e), VTSIM_OK);
  run(e, 20);
  assert_int_equal(get32(e, NMI_COUNT), 1);
  assert_int_equal(f->nmi_events, 1);
  assert_int_equal(f->other_events, 0);
  uint32_t eip = get32(e, NMI_EIP);
  assert_true(eip == LOOP || eip == LOOP + 1); /* back in the loop */
  /* After the handler's IRET the next NMI is taken as well. */
  assert_int_equal(vtsim_nmi(e), VTSIM_OK);
  run(e, 20);
  assert_int_equal(get32(e, NMI_COUNT), 2);
  assert_int_equal(f->nmi_events, 2);
}

/* Blocked from delivery to IRET; NMIs raised meanwhile are one, taken
 * after the IRET. */
static void test_nmi_blocked_until_iret(void **state) {
  fixture *f = *state;
  vtsim_engine *e = f->e;
  set_gate(e, 2, H_SLOW);
  run(e, 10);
  assert_int_equal(vtsim_nmi(e), VTSIM_OK);
  run(e, 5); /* in the handler's loop */
  assert_int_equal(get32(e, NMI_COUNT), 1);
  assert_int_equal(vtsim_nmi(e), VTSIM_OK);
  assert_int_equal(vtsim_nmi(e), VTSIM_OK);
  run(e, 50); /* still looping: blocked */
  assert_int_equal(get32(e, NMI_COUNT), 1);
  run(e, 300); /* IRET, the waiting NMI, its IRET */
  assert_int_equal(get32(e, NMI_COUNT), 2);
  run(e, 300);
  assert_int_equal(get32(e, NMI_COUNT), 2);
  assert_int_equal(f->nmi_events, 2);
}

/* A handler that never returns keeps NMIs blocked; one entered by INT 2
 * does not block them (SDM vol. 3 6.3.3). */
static void test_int2_does_not_block(void **state) {
  fixture *f = *state;
  vtsim_engine *e = f->e;
  set_gate(e, 2, H_NORET);
  begin_at(e, INT2);
  run(e, 10); /* INT 2, the handler, back in the loop */
  assert_int_equal(get32(e, NMI_COUNT), 1);
  assert_int_equal(f->nmi_events, 0); /* a software interrupt, not an NMI */
  assert_int_equal(vtsim_nmi(e), VTSIM_OK);
  run(e, 10);
  assert_int_equal(get32(e, NMI_COUNT), 2);
  assert_int_equal(vtsim_nmi(e), VTSIM_OK); /* no IRET since the NMI: blocked */
  run(e, 50);
  assert_int_equal(get32(e, NMI_COUNT), 2);
  assert_int_equal(f->nmi_events, 1);
}

/* An IRET that faults unblocks NMIs all the same (SDM vol. 3 6.7.1). */
static void test_faulting_iret_unblocks(void **state) {
  fixture *f = *state;
  vtsim_engine *e = f->e;
  set_gate(e, 2, H_BAD);
  run(e, 10);
  assert_int_equal(vtsim_nmi(e), VTSIM_OK);
  run(e, 20); /* the NMI, IRET's #GP, back in the loop without an IRET */
  assert_int_equal(get32(e, NMI_COUNT), 1);
  assert_int_equal(get32(e, GP_COUNT), 1);
  set_gate(e, 2, H_IRET);
  assert_int_equal(vtsim_nmi(e), VTSIM_OK);
  run(e, 20);
  assert_int_equal(get32(e, NMI_COUNT), 2);
  assert_int_equal(f->nmi_events, 2);
}

/* An NMI raised at the boundary after the instruction at eip + done
 * instructions is taken at saved EIP want. */
static void nmi_after(fixture *f, uint32_t eip, uint64_t done, uint32_t want) {
  vtsim_engine *e = f->e;
  begin_at(e, eip);
  run(e, done);
  assert_int_equal(vtsim_nmi(e), VTSIM_OK);
  run(e, 10);
  assert_int_equal(get32(e, NMI_COUNT), 1);
  assert_int_equal(get32(e, NMI_EIP), want);
}

static void test_nmi_at_the_next_boundary(void **state) {
  nmi_after(*state, NOPS, 1, NOPS + 1);
}

/* MOV SS holds the NMI off until after the next instruction (SDM vol. 3
 * 6.8.3; vol. 2 POP: "all interrupts, including the NMI"). */
static void test_mov_ss_shadow_holds_nmi(void **state) {
  nmi_after(*state, MOVSS, 2, MOVSS + 11);
}

/* STI with IF = 0: the SDM allows NMIs to be inhibited for one instruction
 * (vol. 2 STI); this model does. */
static void test_sti_shadow_holds_nmi(void **state) {
  nmi_after(*state, STI, 2, STI + 3);
}

static void test_nmi_user_mode_and_ia64(void **state) {
  (void)state;
  assert_int_equal(vtsim_nmi(NULL), VTSIM_ERR_ARG);
  vtsim_config cfg;
  vtsim_config_default(&cfg);
  cfg.mode = VTSIM_MODE_USER;
  vtsim_engine *e;
  assert_int_equal(vtsim_open(VTSIM_ARCH_IA32, &cfg, &e), VTSIM_OK);
  assert_int_equal(vtsim_nmi(e), VTSIM_ERR_MODE);
  vtsim_close(e);
  if (vtsim_arch_supported(VTSIM_ARCH_IA64)) {
    cfg.mode = VTSIM_MODE_SYSTEM;
    assert_int_equal(vtsim_open(VTSIM_ARCH_IA64, &cfg, &e), VTSIM_OK);
    assert_int_equal(vtsim_nmi(e), VTSIM_ERR_UNSUPPORTED);
    vtsim_close(e);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test_setup_teardown(test_nmi_ignores_if_and_is_traced, setup, teardown),
      cmocka_unit_test_setup_teardown(test_nmi_blocked_until_iret, setup, teardown),
      cmocka_unit_test_setup_teardown(test_int2_does_not_block, setup, teardown),
      cmocka_unit_test_setup_teardown(test_faulting_iret_unblocks, setup, teardown),
      cmocka_unit_test_setup_teardown(test_nmi_at_the_next_boundary, setup, teardown),
      cmocka_unit_test_setup_teardown(test_mov_ss_shadow_holds_nmi, setup, teardown),
      cmocka_unit_test_setup_teardown(test_sti_shadow_holds_nmi, setup, teardown),
      cmocka_unit_test(test_nmi_user_mode_and_ia64),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
