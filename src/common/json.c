/* JSON writer and flat line parser (see json.h). */
#include "json.h"

#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void vt_buf_free(vt_buf *b) {
  free(b->p);
  *b = (vt_buf){0};
}

void vt_buf_reset(vt_buf *b) {
  b->len = 0;
  b->failed = false;
}

static bool reserve(vt_buf *b, size_t extra) {
  if (b->failed) return false;
  if (b->len + extra + 1 <= b->cap) return true;
  size_t cap = b->cap ? b->cap : 256;
  while (cap < b->len + extra + 1) cap *= 2;
  char *p = realloc(b->p, cap);
  if (!p) {
    b->failed = true;
    return false;
  }
  b->p = p;
  b->cap = cap;
  return true;
}

void vt_buf_put(vt_buf *b, const char *s, size_t n) {
  if (!reserve(b, n)) return;
  memcpy(b->p + b->len, s, n);
  b->len += n;
  b->p[b->len] = 0;
}

void vt_buf_puts(vt_buf *b, const char *s) { vt_buf_put(b, s, strlen(s)); }

void vt_buf_printf(vt_buf *b, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  if (n < 0 || !reserve(b, (size_t)n)) return;
  va_start(ap, fmt);
  vsnprintf(b->p + b->len, (size_t)n + 1, fmt, ap);
  va_end(ap);
  b->len += (size_t)n;
}

/* Length of the valid UTF-8 sequence at s (RFC 3629), or 0. */
static size_t utf8_sequence(const unsigned char *s, size_t n) {
  size_t len;
  uint32_t cp;
  if (s[0] < 0x80) return 1;
  if ((s[0] & 0xe0) == 0xc0) len = 2, cp = s[0] & 0x1f;
  else if ((s[0] & 0xf0) == 0xe0) len = 3, cp = s[0] & 0x0f;
  else if ((s[0] & 0xf8) == 0xf0) len = 4, cp = s[0] & 0x07;
  else return 0;
  if (len > n) return 0;
  for (size_t i = 1; i < len; i++) {
    if ((s[i] & 0xc0) != 0x80) return 0;
    cp = cp << 6 | (s[i] & 0x3f);
  }
  static const uint32_t min_for_len[5] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < min_for_len[len] || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return 0;
  return len;
}

void vt_json_string(vt_buf *b, const char *str, size_t n) {
  const unsigned char *s = (const unsigned char *)str;
  vt_buf_put(b, "\"", 1);
  for (size_t i = 0; i < n;) {
    unsigned char c = s[i];
    size_t seq = utf8_sequence(s + i, n - i);
    if (c == '"' || c == '\\') {
      char esc[2] = {'\\', (char)c};
      vt_buf_put(b, esc, 2);
    } else if (c == '\n') {
      vt_buf_put(b, "\\n", 2);
    } else if (c == '\t') {
      vt_buf_put(b, "\\t", 2);
    } else if (c == '\r') {
      vt_buf_put(b, "\\r", 2);
    } else if (c < 0x20 || c == 0x7f || seq == 0) {
      vt_buf_printf(b, "\\u%04x", c);
    } else {
      vt_buf_put(b, (const char *)s + i, seq);
      i += seq;
      continue;
    }
    i++;
  }
  vt_buf_put(b, "\"", 1);
}

void vt_json_key(vt_buf *b, const char *key) {
  vt_buf_put(b, ",", 1);
  vt_json_string(b, key, strlen(key));
  vt_buf_put(b, ":", 1);
}

void vt_json_str_member(vt_buf *b, const char *key, const char *value) {
  if (!value) value = "";
  vt_json_key(b, key);
  vt_json_string(b, value, strlen(value));
}

void vt_json_int_member(vt_buf *b, const char *key, int64_t value) {
  vt_json_key(b, key);
  vt_buf_printf(b, "%" PRId64, value);
}

void vt_json_uint_member(vt_buf *b, const char *key, uint64_t value) {
  vt_json_key(b, key);
  vt_buf_printf(b, "%" PRIu64, value);
}

void vt_json_hex_member(vt_buf *b, const char *key, uint64_t value) {
  vt_json_key(b, key);
  vt_buf_printf(b, "\"0x%" PRIx64 "\"", value);
}

void vt_json_hex_array_member(vt_buf *b, const char *key, const uint64_t *values, size_t n) {
  vt_json_key(b, key);
  vt_buf_puts(b, "[");
  for (size_t i = 0; i < n; i++)
    vt_buf_printf(b, "%s\"0x%" PRIx64 "\"", i ? "," : "", values[i]);
  vt_buf_puts(b, "]");
}

void vt_json_bool_member(vt_buf *b, const char *key, bool value) {
  vt_json_key(b, key);
  vt_buf_puts(b, value ? "true" : "false");
}

/* ---- parser ------------------------------------------------------------- */

enum { MAX_DEPTH = 8 };

typedef struct parser {
  const char *start, *s, *end;
  vt_json_line *out;
  char *msg;
  size_t msglen;
  /* Keys are built in path[] and copied into out->text per field. */
  char path[256];
  size_t pathlen;
} parser;

static int fail(parser *p, const char *what) {
  snprintf(p->msg, p->msglen, "%s at column %zu", what, (size_t)(p->s - p->start) + 1);
  return -1;
}

static void skip_ws(parser *p) {
  while (p->s < p->end && (*p->s == ' ' || *p->s == '\t' || *p->s == '\r')) p->s++;
}

static int add_field(parser *p, vtsim_value_type type, size_t text_off, int64_t num) {
  vt_json_line *l = p->out;
  if (l->nfields == l->capfields) {
    size_t cap = l->capfields ? l->capfields * 2 : 16;
    vtsim_field *f = realloc(l->fields, cap * sizeof *f);
    if (!f) return fail(p, "out of memory");
    l->fields = f;
    l->capfields = cap;
  }
  size_t key_off = l->text.len;
  vt_buf_put(&l->text, p->path, p->pathlen);
  vt_buf_put(&l->text, "", 1);
  /* Offsets are stored as pointers-from-NULL and fixed up in parse_line. */
  l->fields[l->nfields++] = (vtsim_field){.key = (const char *)(uintptr_t)key_off,
                                          .type = type,
                                          .text = (const char *)(uintptr_t)text_off,
                                          .num = num};
  return 0;
}

static int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

static void put_utf8(vt_buf *b, uint32_t cp) {
  char u[4];
  size_t n;
  if (cp < 0x80) u[0] = (char)cp, n = 1;
  else if (cp < 0x800) u[0] = (char)(0xc0 | cp >> 6), u[1] = (char)(0x80 | (cp & 0x3f)), n = 2;
  else if (cp < 0x10000)
    u[0] = (char)(0xe0 | cp >> 12), u[1] = (char)(0x80 | ((cp >> 6) & 0x3f)),
    u[2] = (char)(0x80 | (cp & 0x3f)), n = 3;
  else
    u[0] = (char)(0xf0 | cp >> 18), u[1] = (char)(0x80 | ((cp >> 12) & 0x3f)),
    u[2] = (char)(0x80 | ((cp >> 6) & 0x3f)), u[3] = (char)(0x80 | (cp & 0x3f)), n = 4;
  vt_buf_put(b, u, n);
}

static int read_hex4(parser *p, uint32_t *v) {
  if (p->end - p->s < 4) return fail(p, "truncated \\u escape");
  *v = 0;
  for (int i = 0; i < 4; i++) {
    int d = hex_digit(*p->s++);
    if (d < 0) return fail(p, "bad \\u escape");
    *v = *v << 4 | (uint32_t)d;
  }
  return 0;
}

/* Parse a string literal into b (unescaped, NUL-terminated). */
static int parse_string(parser *p, vt_buf *b) {
  if (p->s >= p->end || *p->s != '"') return fail(p, "expected a string");
  p->s++;
  for (;;) {
    if (p->s >= p->end) return fail(p, "unterminated string");
    unsigned char c = (unsigned char)*p->s;
    if (c == '"') break;
    if (c < 0x20) return fail(p, "control character in string");
    if (c != '\\') {
      size_t seq = utf8_sequence((const unsigned char *)p->s, (size_t)(p->end - p->s));
      if (seq == 0) return fail(p, "invalid UTF-8 in string");
      vt_buf_put(b, p->s, seq);
      p->s += seq;
      continue;
    }
    if (++p->s >= p->end) return fail(p, "unterminated escape");
    char e = *p->s++;
    static const char plain_from[] = "\"\\/bfnrt", plain_to[] = "\"\\/\b\f\n\r\t";
    const char *hit = e ? strchr(plain_from, e) : NULL;
    if (hit) {
      vt_buf_put(b, &plain_to[hit - plain_from], 1);
    } else if (e == 'u') {
      uint32_t cp;
      if (read_hex4(p, &cp)) return -1;
      if (cp >= 0xd800 && cp <= 0xdbff) {
        uint32_t lo;
        if (p->end - p->s < 2 || p->s[0] != '\\' || p->s[1] != 'u')
          return fail(p, "lone surrogate in \\u escape");
        p->s += 2;
        if (read_hex4(p, &lo)) return -1;
        if (lo < 0xdc00 || lo > 0xdfff) return fail(p, "bad surrogate pair");
        cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
      } else if (cp >= 0xdc00 && cp <= 0xdfff) {
        return fail(p, "lone surrogate in \\u escape");
      }
      put_utf8(b, cp);
    } else {
      return fail(p, "bad escape");
    }
  }
  p->s++;
  vt_buf_put(b, "", 1);
  return b->failed ? fail(p, "out of memory") : 0;
}

static int parse_value(parser *p, int depth);

static int push_key(parser *p, const char *key, size_t n, size_t *saved) {
  *saved = p->pathlen;
  size_t need = (p->pathlen ? 1 : 0) + n;
  if (p->pathlen + need >= sizeof p->path) return fail(p, "key path too long");
  if (p->pathlen) p->path[p->pathlen++] = '.';
  memcpy(p->path + p->pathlen, key, n);
  p->pathlen += n;
  return 0;
}

static int parse_container(parser *p, int depth, bool is_object) {
  if (depth >= MAX_DEPTH) return fail(p, "nesting too deep");
  char close = is_object ? '}' : ']';
  p->s++;
  skip_ws(p);
  if (p->s < p->end && *p->s == close) {
    p->s++;
    return 0;
  }
  for (size_t index = 0;; index++) {
    skip_ws(p);
    char key[128];
    size_t keylen;
    if (is_object) {
      vt_buf kb = {0};
      int rc = parse_string(p, &kb);
      if (rc == 0 && kb.len - 1 >= sizeof key) rc = fail(p, "key too long");
      if (rc == 0) memcpy(key, kb.p, keylen = kb.len - 1);
      vt_buf_free(&kb);
      if (rc) return -1;
      if (keylen == 0 || memchr(key, '.', keylen)) return fail(p, "empty key or key with '.'");
      skip_ws(p);
      if (p->s >= p->end || *p->s != ':') return fail(p, "expected ':'");
      p->s++;
    } else {
      keylen = (size_t)snprintf(key, sizeof key, "%zu", index);
    }
    size_t saved;
    if (push_key(p, key, keylen, &saved)) return -1;
    if (parse_value(p, depth + 1)) return -1;
    p->pathlen = saved;
    skip_ws(p);
    if (p->s < p->end && *p->s == ',') {
      p->s++;
      continue;
    }
    if (p->s < p->end && *p->s == close) {
      p->s++;
      return 0;
    }
    return fail(p, is_object ? "expected ',' or '}'" : "expected ',' or ']'");
  }
}

static int parse_number(parser *p) {
  const char *start = p->s;
  if (p->s < p->end && *p->s == '-') p->s++;
  if (p->s >= p->end || *p->s < '0' || *p->s > '9') return fail(p, "bad value");
  if (*p->s == '0' && p->s + 1 < p->end && p->s[1] >= '0' && p->s[1] <= '9')
    return fail(p, "leading zero in number");
  while (p->s < p->end && *p->s >= '0' && *p->s <= '9') p->s++;
  if (p->s < p->end && (*p->s == '.' || *p->s == 'e' || *p->s == 'E'))
    return fail(p, "non-integer number (schema has integers only)");
  char digits[32];
  size_t n = (size_t)(p->s - start);
  if (n >= sizeof digits) return fail(p, "number too long");
  memcpy(digits, start, n);
  digits[n] = 0;
  errno = 0;
  int64_t num = digits[0] == '-' ? (int64_t)strtoll(digits, NULL, 10)
                                 : (int64_t)strtoull(digits, NULL, 10); /* text keeps u64 */
  if (errno == ERANGE) return fail(p, "number out of range");
  size_t off = p->out->text.len;
  vt_buf_put(&p->out->text, digits, n + 1);
  return add_field(p, VTSIM_VAL_INT, off, num);
}

static int match_word(parser *p, const char *w) {
  size_t n = strlen(w);
  if ((size_t)(p->end - p->s) < n || memcmp(p->s, w, n)) return 0;
  p->s += n;
  return 1;
}

static int parse_value(parser *p, int depth) {
  skip_ws(p);
  if (p->s >= p->end) return fail(p, "expected a value");
  size_t off = p->out->text.len;
  switch (*p->s) {
  case '{':
    return parse_container(p, depth, true);
  case '[':
    return parse_container(p, depth, false);
  case '"':
    if (parse_string(p, &p->out->text)) return -1;
    return add_field(p, VTSIM_VAL_STRING, off, 0);
  case 't':
  case 'f': {
    bool t = match_word(p, "true");
    if (!t && !match_word(p, "false")) return fail(p, "bad value");
    vt_buf_puts(&p->out->text, t ? "true" : "false");
    vt_buf_put(&p->out->text, "", 1);
    return add_field(p, VTSIM_VAL_BOOL, off, t);
  }
  case 'n':
    if (!match_word(p, "null")) return fail(p, "bad value");
    vt_buf_put(&p->out->text, "null", 5);
    return add_field(p, VTSIM_VAL_NULL, off, 0);
  default:
    return parse_number(p);
  }
}

void vt_json_line_free(vt_json_line *l) {
  free(l->fields);
  vt_buf_free(&l->text);
  *l = (vt_json_line){0};
}

int vt_json_parse_line(vt_json_line *l, const char *s, size_t n, char *msg, size_t msglen) {
  parser p = {.start = s, .s = s, .end = s + n, .out = l, .msg = msg, .msglen = msglen};
  l->nfields = 0;
  vt_buf_reset(&l->text);
  skip_ws(&p);
  if (p.s >= p.end || *p.s != '{') {
    snprintf(msg, msglen, "not a JSON object");
    return -1;
  }
  int rc = parse_container(&p, 0, true);
  if (rc == 0) {
    skip_ws(&p);
    if (p.s != p.end) rc = fail(&p, "trailing characters after the object");
  }
  if (rc == 0 && l->text.failed) rc = fail(&p, "out of memory");
  if (rc) return -1;
  for (size_t i = 0; i < l->nfields; i++) {
    l->fields[i].key = l->text.p + (uintptr_t)l->fields[i].key;
    l->fields[i].text = l->text.p + (uintptr_t)l->fields[i].text;
  }
  return 0;
}
