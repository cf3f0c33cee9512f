/* The public API: engines are independent, errors have names, hooks filter
 * by kind and address, runs stop for the reason they say. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "toy_cpu.h"

static void test_every_error_code_has_its_own_text(void **state) {
  (void)state;
  for (int i = 0; i < VTSIM_ERR_COUNT_; i++) {
    const char *t = vtsim_strerror((vtsim_err)i);
    assert_non_null(t);
    assert_true(strlen(t) > 3);
    for (int j = 0; j < i; j++) assert_string_not_equal(t, vtsim_strerror((vtsim_err)j));
  }
  assert_string_equal(vtsim_strerror(VTSIM_ERR_COUNT_), "unknown error code");
  assert_string_equal(vtsim_strerror((vtsim_err)-1), "unknown error code");
}

static void test_names_of_architectures_and_stop_reasons(void **state) {
  (void)state;
  assert_string_equal(vtsim_arch_name(VTSIM_ARCH_IA32), "ia32");
  assert_int_equal(vtsim_arch_from_name("ia64"), VTSIM_ARCH_IA64);
  assert_int_equal(vtsim_arch_from_name("arm"), VTSIM_ARCH_NONE);
  for (int r = 0; r < VTSIM_STOP_COUNT_; r++)
    assert_string_not_equal(vtsim_stop_reason_name((vtsim_stop_reason)r), "unknown");
  assert_non_null(strchr(vtsim_version(), '.'));
}

static void test_open_refuses_unknown_architectures(void **state) {
  (void)state;
  vtsim_engine *e = (vtsim_engine *)1;
  assert_int_equal(vtsim_open(VTSIM_ARCH_NONE, NULL, &e), VTSIM_ERR_ARCH);
  assert_null(e);
  assert_int_equal(vtsim_open((vtsim_arch)99, NULL, &e), VTSIM_ERR_ARCH);
  assert_int_equal(vtsim_open(VTSIM_ARCH_IA32, NULL, NULL), VTSIM_ERR_ARG);
  vtsim_config cfg;
  vtsim_config_default(&cfg);
  cfg.ram_bytes = 12345; /* not page aligned */
  assert_int_equal(vt_engine_open(&toy_ops, &cfg, &e), VTSIM_ERR_ARG);
}

static void test_two_engines_do_not_interfere(void **state) {
  (void)state;
  static const uint8_t prog_a[] = {TOY_SET_A, 11, TOY_EXIT};
  static const uint8_t prog_b[] = {TOY_SET_A, 22, TOY_NOP, TOY_EXIT};
  vtsim_engine *a = toy_open(NULL), *b = toy_open(NULL);
  toy_load(a, prog_a, sizeof prog_a);
  toy_load(b, prog_b, sizeof prog_b);
  uint32_t marker = 0xdeadbeef;
  vtsim_mem_write(a, 0x800, &marker, 4);
  vtsim_stop sa, sb;
  vtsim_run(a, 0, &sa);
  vtsim_run(b, 0, &sb);
  assert_int_equal(sa.exit_status, 11);
  assert_int_equal(sb.exit_status, 22);
  assert_int_equal(vtsim_insn_count(a), 2);
  assert_int_equal(vtsim_insn_count(b), 3);
  uint32_t in_b = 1;
  vtsim_mem_read(b, 0x800, &in_b, 4);
  assert_int_equal(in_b, 0);
  uint64_t reg;
  vtsim_reg_read(a, 2, &reg);
  assert_int_equal(reg, 11);
  vtsim_reg_read(b, 2, &reg);
  assert_int_equal(reg, 22);
  vtsim_close(a);
  vtsim_close(b);
}

static void test_memory_api_is_strict_about_ram(void **state) {
  (void)state;
  vtsim_engine *e = toy_open(NULL);
  uint8_t buf[8] = {0};
  assert_int_equal(vtsim_mem_read(e, (1 << 20) - 4, buf, 8), VTSIM_ERR_UNMAPPED);
  assert_int_equal(vtsim_mem_write(e, 1 << 20, buf, 1), VTSIM_ERR_UNMAPPED);
  assert_int_equal(vtsim_mem_map(e, 1 << 20, 0x1000), VTSIM_OK);
  assert_int_equal(vtsim_mem_write(e, 1 << 20, buf, 1), VTSIM_OK);
  assert_int_equal(vtsim_mem_map(e, 0, 0x1000), VTSIM_ERR_MAP);
  assert_int_equal(vtsim_mem_read(e, 0, NULL, 4), VTSIM_ERR_ARG);
  vtsim_close(e);
}

static void test_registers_by_id_and_name(void **state) {
  (void)state;
  vtsim_engine *e = toy_open(NULL);
  assert_int_equal(vtsim_reg_by_name(e, "a"), 2);
  assert_int_equal(vtsim_reg_by_name(e, "zz"), -1);
  assert_int_equal(vtsim_reg_write(e, 2, 0x42), VTSIM_OK);
  uint64_t v;
  assert_int_equal(vtsim_reg_read(e, 2, &v), VTSIM_OK);
  assert_int_equal(v, 0x42);
  assert_int_equal(vtsim_reg_read(e, 77, &v), VTSIM_ERR_REG);
  vtsim_close(e);
}

typedef struct counter {
  int events;
  uint64_t last_pc;
} counter;

static void count(vtsim_engine *e, const vtsim_event *ev, void *user) {
  (void)e;
  counter *c = user;
  c->events++;
  c->last_pc = ev->pc;
}

static void test_hooks_filter_by_kind_and_address_range(void **state) {
  (void)state;
  static const uint8_t prog[] = {TOY_NOP, TOY_NOP, TOY_NOP, TOY_NOP, TOY_OUT, 0x80, TOY_EXIT};
  vtsim_engine *e = toy_open(NULL);
  toy_load(e, prog, sizeof prog);
  counter all = {0}, ranged = {0}, io = {0};
  vtsim_hook_id id_all, id_ranged;
  assert_int_equal(vtsim_hook_add(e, VTSIM_EV_INSN, 1, 0, count, &all, &id_all), VTSIM_OK);
  assert_int_equal(vtsim_hook_add(e, VTSIM_EV_INSN, 1, 2, count, &ranged, &id_ranged), VTSIM_OK);
  assert_int_equal(vtsim_hook_add(e, VTSIM_EV_IO, 1, 0, count, &io, NULL), VTSIM_OK);
  vtsim_stop stop;
  vtsim_run(e, 0, &stop);
  assert_int_equal(all.events, 6);
  assert_int_equal(ranged.events, 2);
  assert_int_equal(ranged.last_pc, 2);
  assert_int_equal(io.events, 1);
  assert_int_equal(vtsim_hook_del(e, id_all), VTSIM_OK);
  assert_int_equal(vtsim_hook_del(e, id_all), VTSIM_ERR_HOOK);
  assert_int_equal(vtsim_hook_del(e, -1), VTSIM_ERR_HOOK);
  vtsim_close(e);
}

static void test_hook_table_has_a_limit_and_bad_hooks_are_refused(void **state) {
  (void)state;
  vtsim_engine *e = toy_open(NULL);
  counter c = {0};
  assert_int_equal(vtsim_hook_add(e, 0, 1, 0, count, &c, NULL), VTSIM_ERR_ARG);
  assert_int_equal(vtsim_hook_add(e, 1u << 20, 1, 0, count, &c, NULL), VTSIM_ERR_ARG);
  assert_int_equal(vtsim_hook_add(e, VTSIM_EV_IO, 1, 0, NULL, &c, NULL), VTSIM_ERR_ARG);
  int added = 0;
  while (vtsim_hook_add(e, VTSIM_EV_IO, 1, 0, count, &c, NULL) == VTSIM_OK) added++;
  assert_int_equal(added, VT_MAX_HOOKS);
  vtsim_close(e);
}

static void test_no_hook_and_no_trace_means_no_event_work(void **state) {
  (void)state;
  vtsim_engine *e = toy_open(NULL);
  assert_int_equal(e->event_mask, 0); /* the one branch per event site is not taken */
  vtsim_hook_id id;
  counter c = {0};
  vtsim_hook_add(e, VTSIM_EV_IO | VTSIM_EV_INSN, 1, 0, count, &c, &id);
  assert_int_equal(e->event_mask, VTSIM_EV_IO | VTSIM_EV_INSN);
  vtsim_hook_del(e, id);
  assert_int_equal(e->event_mask, 0);
  vtsim_close(e);
}

static void stop_now(vtsim_engine *e, const vtsim_event *ev, void *user) {
  (void)ev, (void)user;
  vtsim_stop_request(e);
}

static void test_runs_stop_for_budget_request_and_exit(void **state) {
  (void)state;
  static const uint8_t spin[] = {TOY_NOP, TOY_JMP, 0, 0, 0, 0};
  vtsim_engine *e = toy_open(NULL);
  toy_load(e, spin, sizeof spin);
  vtsim_stop stop;
  vtsim_run(e, 1001, &stop);
  assert_int_equal(stop.reason, VTSIM_STOP_BUDGET);
  assert_int_equal(vtsim_insn_count(e), 1001);
  vtsim_hook_id id;
  vtsim_hook_add(e, VTSIM_EV_INSN, 1, 0, stop_now, NULL, &id);
  vtsim_run(e, 0, &stop);
  assert_int_equal(stop.reason, VTSIM_STOP_REQUESTED);
  vtsim_hook_del(e, id);
  vtsim_run(e, 5, &stop); /* a new run clears the earlier request */
  assert_int_equal(stop.reason, VTSIM_STOP_BUDGET);
  assert_int_equal(vtsim_run(e, 5, NULL), VTSIM_ERR_ARG);
  vtsim_close(e);
}

static void test_disasm_reads_engine_memory(void **state) {
  (void)state;
  static const uint8_t prog[] = {TOY_NOP, 0xee};
  vtsim_engine *e = toy_open(NULL);
  toy_load(e, prog, sizeof prog);
  char text[32];
  unsigned len;
  assert_int_equal(vtsim_disasm(e, 0, 0, text, sizeof text, &len), VTSIM_OK);
  assert_string_equal(text, "nop");
  assert_int_equal(len, 1);
  vtsim_disasm(e, 1, 0, text, sizeof text, &len);
  assert_string_equal(text, "(bad)");
  assert_int_equal(vtsim_disasm(e, 1 << 20, 0, text, sizeof text, &len), VTSIM_ERR_UNMAPPED);
  assert_int_equal(vtsim_disasm(e, (1 << 20) - 1, 0, text, sizeof text, &len), VTSIM_OK);
  vtsim_close(e);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_every_error_code_has_its_own_text),
      cmocka_unit_test(test_names_of_architectures_and_stop_reasons),
      cmocka_unit_test(test_open_refuses_unknown_architectures),
      cmocka_unit_test(test_two_engines_do_not_interfere),
      cmocka_unit_test(test_memory_api_is_strict_about_ram),
      cmocka_unit_test(test_registers_by_id_and_name),
      cmocka_unit_test(test_hooks_filter_by_kind_and_address_range),
      cmocka_unit_test(test_hook_table_has_a_limit_and_bad_hooks_are_refused),
      cmocka_unit_test(test_no_hook_and_no_trace_means_no_event_work),
      cmocka_unit_test(test_runs_stop_for_budget_request_and_exit),
      cmocka_unit_test(test_disasm_reads_engine_memory),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
