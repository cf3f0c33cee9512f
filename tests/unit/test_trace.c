/* The trace: writer and reader round trip, the .part rename, the end record
 * after abnormal stops, and the reader's complaints. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "toy_cpu.h"
#include "vtsim/trace.h"

static char trace_path[256];

static int make_path(void **state) {
  (void)state;
  snprintf(trace_path, sizeof trace_path, "/tmp/vtsim-test-trace-%d.jsonl", (int)getpid());
  return 0;
}

static int remove_files(void **state) {
  (void)state;
  char part[300];
  snprintf(part, sizeof part, "%s.part", trace_path);
  unlink(trace_path);
  unlink(part);
  return 0;
}

static int file_exists(const char *path) { return access(path, F_OK) == 0; }

/* Reads a whole trace into a list of records (kinds and selected fields). */
typedef struct seen {
  char kind[16][16];
  char text[16][64];
  int n;
} seen;

static void read_all(seen *s, const char *field_per_kind) {
  (void)field_per_kind;
  vtsim_trace_reader *r;
  char msg[256];
  assert_int_equal(vtsim_trace_reader_open(trace_path, &r, msg, sizeof msg), VTSIM_OK);
  vtsim_record rec;
  int rc;
  memset(s, 0, sizeof *s);
  while ((rc = vtsim_trace_next(r, &rec, msg, sizeof msg)) == 1) {
    assert_true(s->n < 16);
    snprintf(s->kind[s->n], sizeof s->kind[0], "%s", rec.kind);
    static const char *const keys[] = {"text", "value", "vector", "addr", "reason", "asm"};
    for (size_t k = 0; k < sizeof keys / sizeof keys[0]; k++) {
      const vtsim_field *f = vtsim_record_get(&rec, keys[k]);
      if (f) snprintf(s->text[s->n], sizeof s->text[0], "%s", f->text);
    }
    s->n++;
  }
  if (rc != 0) fail_msg("reader: %s", msg);
  vtsim_trace_reader_close(r);
}

static const uint8_t demo_program[] = {
    TOY_SET_A, 'h', TOY_PUTC, TOY_SET_A, '\n', TOY_PUTC,                  /* console "h" */
    TOY_SET_A, '@', TOY_PUTC, TOY_SET_A, 'K', TOY_PUTC, TOY_SET_A, '=', TOY_PUTC,
    TOY_SET_A, '7', TOY_PUTC, TOY_SET_A, '\n', TOY_PUTC,                  /* observe K=7 */
    TOY_OUT, 0xe9,                                                        /* io */
    TOY_FAULT, 14,                                                        /* exception */
    TOY_LOAD, 0x00, 0x00, 0x00, 0x80,                                     /* open bus */
    TOY_SET_A, 3, TOY_EXIT,
};

static void test_round_trip_keeps_every_event_and_its_fields(void **state) {
  (void)state;
  vtsim_engine *e = toy_open(NULL);
  toy_load(e, demo_program, sizeof demo_program);
  vtsim_trace_meta meta = {.image_path = "demo.bin", .max_insns = 1000};
  assert_int_equal(vtsim_trace_start(e, trace_path, VTSIM_EV_ALL & ~VTSIM_EV_INSN, &meta), VTSIM_OK);
  vtsim_stop stop;
  vtsim_run(e, 1000, &stop);
  assert_int_equal(stop.reason, VTSIM_STOP_EXIT);
  assert_int_equal(vtsim_trace_finish(e, &stop), VTSIM_OK);
  vtsim_close(e);
  seen s;
  read_all(&s, NULL);
  static const char *const kinds[] = {"meta", "console", "observe", "io", "exception", "open_bus", "end"};
  assert_int_equal(s.n, 7);
  for (int i = 0; i < 7; i++) assert_string_equal(s.kind[i], kinds[i]);
  assert_string_equal(s.text[1], "h");
  assert_string_equal(s.text[2], "7");
  assert_string_equal(s.text[4], "14");
  assert_string_equal(s.text[5], "0x80000000");
  assert_string_equal(s.text[6], "exit");
  assert_int_equal(vtsim_trace_validate(trace_path, (char[64]){0}, 64), VTSIM_OK);
}

static void test_end_record_carries_exit_status_and_counts(void **state) {
  (void)state;
  vtsim_engine *e = toy_open(NULL);
  toy_load(e, demo_program, sizeof demo_program);
  assert_int_equal(vtsim_trace_start(e, trace_path, VTSIM_EV_ALL, NULL), VTSIM_OK);
  vtsim_stop stop;
  vtsim_run(e, 0, &stop);
  vtsim_trace_finish(e, &stop);
  vtsim_close(e);
  vtsim_trace_reader *r;
  char msg[256];
  vtsim_trace_reader_open(trace_path, &r, msg, sizeof msg);
  vtsim_record rec;
  uint64_t insn_records = 0;
  while (vtsim_trace_next(r, &rec, msg, sizeof msg) == 1) {
    if (!strcmp(rec.kind, "insn")) insn_records++;
    if (strcmp(rec.kind, "end")) continue;
    assert_int_equal(vtsim_record_get(&rec, "exit_status")->num, 3);
    assert_int_equal(vtsim_record_get(&rec, "counts.insns")->num, 19);
    assert_int_equal(vtsim_record_get(&rec, "counts.exceptions")->num, 1);
    assert_int_equal(vtsim_record_get(&rec, "counts.open_bus")->num, 1);
    assert_int_equal(vtsim_record_get(&rec, "counts.io")->num, 1);
  }
  assert_int_equal(insn_records, 19);
  vtsim_trace_reader_close(r);
}

static void check_part_exists(vtsim_engine *e, const vtsim_event *ev, void *user) {
  (void)e, (void)ev;
  char part[300];
  snprintf(part, sizeof part, "%s.part", trace_path);
  *(int *)user = file_exists(part) && !file_exists(trace_path);
}

static void test_trace_is_written_as_part_file_and_renamed_at_the_end(void **state) {
  (void)state;
  vtsim_engine *e = toy_open(NULL);
  toy_load(e, demo_program, sizeof demo_program);
  int only_part = 0;
  vtsim_hook_add(e, VTSIM_EV_IO, 1, 0, check_part_exists, &only_part, NULL);
  vtsim_trace_start(e, trace_path, VTSIM_EV_ALL, NULL);
  vtsim_stop stop;
  vtsim_run(e, 0, &stop);
  assert_true(only_part);
  vtsim_trace_finish(e, &stop);
  char part[300];
  snprintf(part, sizeof part, "%s.part", trace_path);
  assert_true(file_exists(trace_path));
  assert_false(file_exists(part));
  vtsim_close(e);
}

static void stop_on_console(vtsim_engine *e, const vtsim_event *ev, void *user) {
  (void)ev, (void)user;
  vtsim_stop_request(e);
}

static void run_to_abnormal_stop(uint64_t budget, int stop_from_hook, const char *reason) {
  static const uint8_t spin[] = {TOY_SET_A, 'x', TOY_PUTC, TOY_SET_A, '\n', TOY_PUTC, TOY_JMP, 0, 0, 0, 0};
  vtsim_engine *e = toy_open(NULL);
  toy_load(e, spin, sizeof spin);
  if (stop_from_hook) vtsim_hook_add(e, VTSIM_EV_CONSOLE, 1, 0, stop_on_console, NULL, NULL);
  vtsim_trace_start(e, trace_path, VTSIM_EV_ALL, NULL);
  vtsim_stop stop;
  vtsim_run(e, budget, &stop);
  assert_int_equal(vtsim_trace_finish(e, &stop), VTSIM_OK);
  vtsim_close(e);
  seen s;
  read_all(&s, NULL);
  assert_string_equal(s.kind[s.n - 1], "end");
  assert_string_equal(s.text[s.n - 1], reason);
}

static void test_budget_stop_still_ends_with_an_end_record(void **state) {
  (void)state;
  run_to_abnormal_stop(7, 0, "budget");
}

static void test_requested_stop_still_ends_with_an_end_record(void **state) {
  (void)state;
  run_to_abnormal_stop(0, 1, "requested");
}

static void test_closing_the_engine_mid_trace_leaves_only_the_part_file(void **state) {
  (void)state;
  vtsim_engine *e = toy_open(NULL);
  vtsim_trace_start(e, trace_path, VTSIM_EV_ALL, NULL);
  vtsim_close(e);
  char part[300];
  snprintf(part, sizeof part, "%s.part", trace_path);
  assert_false(file_exists(trace_path));
  assert_true(file_exists(part));
  char msg[256];
  assert_int_equal(vtsim_trace_validate(part, msg, sizeof msg), VTSIM_ERR_TRACE);
  assert_non_null(strstr(msg, "without an end record"));
}

static void test_console_bytes_are_escaped_and_read_back(void **state) {
  (void)state;
  static const uint8_t odd[] = {'a', '"', '\\', 0x01, 0x7f, 0xff, 0xc3, 0xa9, '\t', 'z'};
  uint8_t prog[64];
  size_t n = 0;
  for (size_t i = 0; i < sizeof odd; i++) {
    prog[n++] = TOY_SET_A, prog[n++] = odd[i], prog[n++] = TOY_PUTC;
  }
  prog[n++] = TOY_SET_A, prog[n++] = '\n', prog[n++] = TOY_PUTC, prog[n++] = TOY_EXIT;
  vtsim_engine *e = toy_open(NULL);
  toy_load(e, prog, n);
  vtsim_trace_start(e, trace_path, VTSIM_EV_CONSOLE, NULL);
  vtsim_stop stop;
  vtsim_run(e, 0, &stop);
  vtsim_trace_finish(e, &stop);
  vtsim_close(e);
  seen s;
  read_all(&s, NULL);
  assert_string_equal(s.kind[1], "console");
  /* 0xff is not UTF-8: it travels as U+00FF; the valid "é" stays as it is. */
  assert_string_equal(s.text[1], "a\"\\\x01\x7f\xc3\xbf\xc3\xa9\tz");
}

static void test_unterminated_console_line_is_flushed_at_the_end(void **state) {
  (void)state;
  static const uint8_t prog[] = {TOY_SET_A, 'q', TOY_PUTC, TOY_EXIT};
  vtsim_engine *e = toy_open(NULL);
  toy_load(e, prog, sizeof prog);
  vtsim_trace_start(e, trace_path, VTSIM_EV_CONSOLE, NULL);
  vtsim_stop stop;
  vtsim_run(e, 0, &stop);
  vtsim_trace_finish(e, &stop);
  vtsim_close(e);
  seen s;
  read_all(&s, NULL);
  assert_int_equal(s.n, 3);
  assert_string_equal(s.text[1], "q");
}

static void write_file(const char *text) {
  FILE *f = fopen(trace_path, "w");
  fputs(text, f);
  fclose(f);
}

#define META "{\"kind\":\"meta\",\"schema\":3,\"vtsim\":\"0.1.0\",\"arch\":\"ia32\",\"mode\":\"system\"," \
             "\"config\":{\"mem_mib\":256},\"image\":{\"path\":\"x\",\"sha256\":\"00\"}}\n"
#define END "{\"kind\":\"end\",\"icount\":5,\"pc\":\"0x0\",\"reason\":\"exit\",\"counts\":{\"insns\":5}}\n"

static void test_reader_names_the_line_and_the_fault(void **state) {
  (void)state;
  static const struct {
    const char *text, *complaint;
  } cases[] = {
      {"", "empty trace"},
      {META, "without an end record"},
      {META END "{\"kind\":\"console\"}\n", "after the end record"},
      {END, "first record must be meta"},
      {META "{\"kind\":\"vmexit\",\"icount\":1,\"pc\":\"0x0\"}\n" END, "unknown record kind"},
      {META "{\"kind\":\"console\",\"icount\":1,\"pc\":\"0x0\"}\n" END, "\"text\" is missing"},
      {META "{\"kind\":\"console\",\"icount\":\"1\",\"pc\":\"0x0\",\"text\":\"\"}\n" END,
       "\"icount\" has the wrong type"},
      {META "{\"kind\":\"io\",\"icount\":1,\"pc\":\"0x0\",\"port\":\"e9\",\"dir\":\"out\",\"size\":1,"
            "\"value\":\"0x1\"}\n" END, "\"port\" has the wrong type"},
      {META "{\"kind\":\"console\",\"icount\":9,\"pc\":\"0x0\",\"text\":\"\"}\n" END, "backwards"},
      {META "{\"kind\":\"console\",\"icount\":1,\"pc\":\"0x0\",\"text\":\"\"\n" END, "line 2:"},
      {META END "\n", "after the end record"},
      {META "{\"kind\":\"end\",\"icount\":5,\"pc\":\"0x0\",\"reason\":\"exit\",\"counts\":{\"insns\":5}}",
       "not terminated"},
      {"{\"kind\":\"meta\",\"schema\":2,\"vtsim\":\"9\",\"arch\":\"ia32\",\"mode\":\"system\","
       "\"config\":{\"mem_mib\":256},\"image\":{\"path\":\"x\",\"sha256\":\"00\"}}\n" END,
       "schema 2"},
      {"{\"kind\":\"meta\",\"schema\":4,\"vtsim\":\"9\",\"arch\":\"ia32\",\"mode\":\"system\","
       "\"config\":{\"mem_mib\":256},\"image\":{\"path\":\"x\",\"sha256\":\"00\"}}\n" END,
       "schema 4"},
      {META "{\"kind\":\"as_switch\",\"icount\":1,\"pc\":\"0x0\",\"cpl\":0}\n" END,
       "\"root\" is missing"},
      {META META END, "second meta"},
      {"not json\n", "line 1: not a JSON object"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    char msg[256] = "";
    write_file(cases[i].text);
    if (vtsim_trace_validate(trace_path, msg, sizeof msg) != VTSIM_ERR_TRACE)
      fail_msg("case %zu accepted", i);
    if (!strstr(msg, cases[i].complaint))
      fail_msg("case %zu: \"%s\" does not say \"%s\"", i, msg, cases[i].complaint);
  }
  write_file(META END);
  char msg[256];
  assert_int_equal(vtsim_trace_validate(trace_path, msg, sizeof msg), VTSIM_OK);
}

static void test_trace_start_refuses_bad_arguments(void **state) {
  (void)state;
  vtsim_engine *e = toy_open(NULL);
  assert_int_equal(vtsim_trace_start(e, "", VTSIM_EV_ALL, NULL), VTSIM_ERR_ARG);
  assert_int_equal(vtsim_trace_start(e, trace_path, 1u << 30, NULL), VTSIM_ERR_ARG);
  assert_int_equal(vtsim_trace_start(e, "/nonexistent-dir/t.jsonl", VTSIM_EV_ALL, NULL), VTSIM_ERR_IO);
  assert_int_equal(vtsim_trace_start(e, trace_path, VTSIM_EV_ALL, NULL), VTSIM_OK);
  assert_int_equal(vtsim_trace_start(e, trace_path, VTSIM_EV_ALL, NULL), VTSIM_ERR_MODE);
  assert_int_equal(vtsim_trace_finish(e, NULL), VTSIM_OK);
  assert_int_equal(vtsim_trace_finish(e, NULL), VTSIM_OK); /* none open: nothing to do */
  vtsim_close(e);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test_teardown(test_round_trip_keeps_every_event_and_its_fields, remove_files),
      cmocka_unit_test_teardown(test_end_record_carries_exit_status_and_counts, remove_files),
      cmocka_unit_test_teardown(test_trace_is_written_as_part_file_and_renamed_at_the_end, remove_files),
      cmocka_unit_test_teardown(test_budget_stop_still_ends_with_an_end_record, remove_files),
      cmocka_unit_test_teardown(test_requested_stop_still_ends_with_an_end_record, remove_files),
      cmocka_unit_test_teardown(test_closing_the_engine_mid_trace_leaves_only_the_part_file, remove_files),
      cmocka_unit_test_teardown(test_console_bytes_are_escaped_and_read_back, remove_files),
      cmocka_unit_test_teardown(test_unterminated_console_line_is_flushed_at_the_end, remove_files),
      cmocka_unit_test_teardown(test_reader_names_the_line_and_the_fault, remove_files),
      cmocka_unit_test_teardown(test_trace_start_refuses_bad_arguments, remove_files),
  };
  return cmocka_run_group_tests(tests, make_path, NULL);
}
