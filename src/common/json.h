/* Just enough JSON for the trace: a growable text buffer with escaping
 * writers, and a parser of one object per line into flat fields. */
#ifndef VT_JSON_H
#define VT_JSON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "vtsim/trace.h"

typedef struct vt_buf {
  char *p;
  size_t len, cap;
  bool failed; /* an allocation failed: the content is incomplete */
} vt_buf;

void vt_buf_free(vt_buf *b);
void vt_buf_reset(vt_buf *b);
void vt_buf_put(vt_buf *b, const char *s, size_t n);
void vt_buf_puts(vt_buf *b, const char *s);
void vt_buf_printf(vt_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* A JSON string literal. Valid UTF-8 passes through; control characters,
 * '"' and '\\' are escaped; bytes that are not valid UTF-8 become \u00XX. */
void vt_json_string(vt_buf *b, const char *s, size_t n);
/* Object members, each preceded by a comma (the object opener writes none). */
void vt_json_key(vt_buf *b, const char *key);
void vt_json_str_member(vt_buf *b, const char *key, const char *value); /* NULL: "" */
void vt_json_int_member(vt_buf *b, const char *key, int64_t value);
void vt_json_uint_member(vt_buf *b, const char *key, uint64_t value);
void vt_json_hex_member(vt_buf *b, const char *key, uint64_t value); /* "0x1f" */
void vt_json_bool_member(vt_buf *b, const char *key, bool value);
void vt_json_hex_array_member(vt_buf *b, const char *key, const uint64_t *values, size_t n);

/* Parsed line: fields point into the parser's own storage. */
typedef struct vt_json_line {
  vtsim_field *fields;
  size_t nfields, capfields;
  vt_buf text; /* unescaped strings and keys, NUL separated */
} vt_json_line;

void vt_json_line_free(vt_json_line *l);
/* Parse one JSON object (nested objects and arrays flattened to dotted keys:
 * "counts.insns", "argv.0"). 0, or -1 with a reason in msg. */
int vt_json_parse_line(vt_json_line *l, const char *s, size_t n, char *msg, size_t msglen);

#endif
