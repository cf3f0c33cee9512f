/* Small common pieces: SHA-256, JSON escaping and parsing, symbols. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>

#include "common/json.h"
#include "common/sha256.h"
#include "common/symbols.h"

static void test_sha256_matches_fips_180_examples(void **state) {
  (void)state;
  char hex[65];
  vt_sha256_hex("", 0, hex);
  assert_string_equal(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  vt_sha256_hex("abc", 3, hex);
  assert_string_equal(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  const char *two_blocks = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
  vt_sha256_hex(two_blocks, strlen(two_blocks), hex);
  assert_string_equal(hex, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

static void test_sha256_incremental_equals_one_shot(void **state) {
  (void)state;
  uint8_t data[1000];
  for (int i = 0; i < 1000; i++) data[i] = (uint8_t)(i * 31 + 7);
  char one[65], parts[65];
  vt_sha256_hex(data, sizeof data, one);
  vt_sha256 s;
  uint8_t d[32];
  vt_sha256_init(&s);
  for (size_t off = 0; off < sizeof data; off += 63)
    vt_sha256_update(&s, data + off, sizeof data - off < 63 ? sizeof data - off : 63);
  vt_sha256_final(&s, d);
  for (int i = 0; i < 32; i++) snprintf(parts + 2 * i, 3, "%02x", d[i]);
  assert_string_equal(one, parts);
}

static const char *escaped(vt_buf *b, const char *s, size_t n) {
  vt_buf_reset(b);
  vt_json_string(b, s, n);
  return b->p;
}

static void test_json_escapes_quotes_controls_and_invalid_utf8(void **state) {
  (void)state;
  vt_buf b = {0};
  assert_string_equal(escaped(&b, "a\"b\\c", 5), "\"a\\\"b\\\\c\"");
  assert_string_equal(escaped(&b, "\n\t\r\x01\x7f", 5), "\"\\n\\t\\r\\u0001\\u007f\"");
  assert_string_equal(escaped(&b, "\0x", 2), "\"\\u0000x\"");
  assert_string_equal(escaped(&b, "caf\xc3\xa9", 5), "\"caf\xc3\xa9\""); /* valid UTF-8 kept */
  assert_string_equal(escaped(&b, "\xff\xc3", 2), "\"\\u00ff\\u00c3\"");
  assert_string_equal(escaped(&b, "\xc0\xaf", 2), "\"\\u00c0\\u00af\""); /* overlong */
  assert_string_equal(escaped(&b, "\xed\xa0\x80", 3), "\"\\u00ed\\u00a0\\u0080\""); /* surrogate */
  vt_buf_free(&b);
}

static void test_json_parse_flattens_nested_objects_and_arrays(void **state) {
  (void)state;
  vt_json_line l = {0};
  char msg[128];
  const char *s = "{\"kind\":\"end\",\"counts\":{\"insns\":42,\"x\":{\"y\":-1}},\"argv\":[\"a\",\"b\"],"
                  "\"ok\":true,\"none\":null,\"t\":\"\\u00e9\\n\\ud83d\\ude00\"}";
  assert_int_equal(vt_json_parse_line(&l, s, strlen(s), msg, sizeof msg), 0);
  assert_int_equal(l.nfields, 8);
  assert_string_equal(l.fields[1].key, "counts.insns");
  assert_int_equal(l.fields[1].num, 42);
  assert_string_equal(l.fields[2].key, "counts.x.y");
  assert_int_equal(l.fields[2].num, -1);
  assert_string_equal(l.fields[3].key, "argv.0");
  assert_string_equal(l.fields[4].text, "b");
  assert_int_equal(l.fields[5].type, VTSIM_VAL_BOOL);
  assert_int_equal(l.fields[6].type, VTSIM_VAL_NULL);
  assert_string_equal(l.fields[7].text, "\xc3\xa9\n\xf0\x9f\x98\x80");
  vt_json_line_free(&l);
}

static void test_json_round_trips_every_byte(void **state) {
  (void)state;
  char raw[256];
  for (int i = 0; i < 256; i++) raw[i] = (char)(i ? i : 1);
  vt_buf b = {0};
  vt_buf_puts(&b, "{\"t\":");
  vt_json_string(&b, raw, 128); /* ASCII: lossless */
  vt_buf_puts(&b, "}");
  vt_json_line l = {0};
  char msg[128];
  assert_int_equal(vt_json_parse_line(&l, b.p, b.len, msg, sizeof msg), 0);
  assert_memory_equal(l.fields[0].text, raw, 128);
  vt_json_line_free(&l);
  vt_buf_free(&b);
}

static void test_json_rejects_malformed_lines(void **state) {
  (void)state;
  static const char *const bad[] = {
      "",           "[1]",          "{",           "{\"a\":}",        "{\"a\":1,}",
      "{\"a\" 1}",  "{\"a\":01}",   "{\"a\":1.5}", "{\"a\":\"\\x\"}", "{\"a\":\"\x01\"}",
      "{\"a\":tru}", "{\"a\":1} x", "{\"a.b\":1}", "{\"a\":\"\\ud800\"}", "{\"a\":\"\xff\"}",
      "{\"a\":99999999999999999999}", "{\"a\":[[[[[[[[[[1]]]]]]]]]]}",
  };
  vt_json_line l = {0};
  char msg[128];
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    msg[0] = 0;
    if (vt_json_parse_line(&l, bad[i], strlen(bad[i]), msg, sizeof msg) != -1)
      fail_msg("accepted malformed JSON: %s", bad[i]);
    assert_true(msg[0] != 0);
  }
  vt_json_line_free(&l);
}

static void test_symbols_name_the_covering_function(void **state) {
  (void)state;
  vt_symtab t = {0};
  vt_symtab_add(&t, 0x2000, 0x10, "second");
  vt_symtab_add(&t, 0x1000, 0x100, "first");
  vt_symtab_add(&t, 0x1000, 0, "first_alias");
  vt_symtab_add(&t, 0x3000, 0, "label");
  vt_symtab_sort(&t);
  assert_null(vt_symtab_lookup(&t, 0xfff));
  assert_string_equal(vt_symtab_lookup(&t, 0x1000)->name, "first");
  assert_string_equal(vt_symtab_lookup(&t, 0x10ff)->name, "first");
  assert_null(vt_symtab_lookup(&t, 0x1100)); /* past first's size */
  assert_string_equal(vt_symtab_lookup(&t, 0x200f)->name, "second");
  assert_string_equal(vt_symtab_lookup(&t, 0x3456)->name, "label"); /* no size: nearest below */
  vt_symtab_free(&t);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_sha256_matches_fips_180_examples),
      cmocka_unit_test(test_sha256_incremental_equals_one_shot),
      cmocka_unit_test(test_json_escapes_quotes_controls_and_invalid_utf8),
      cmocka_unit_test(test_json_parse_flattens_nested_objects_and_arrays),
      cmocka_unit_test(test_json_round_trips_every_byte),
      cmocka_unit_test(test_json_rejects_malformed_lines),
      cmocka_unit_test(test_symbols_name_the_covering_function),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
