/* The trace reader: streams records and checks each against the schema
 * (docs/trace-format.md). Every complaint names the line. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json.h"

/* Required fields per kind: "name:type" with type s(tring), i(nt), h(ex
 * string), b(ool). Fields every event has (icount, pc) are checked apart. */
typedef struct kind_schema {
  const char *kind;
  const char *required[8];
} kind_schema;

static const kind_schema schema_table[] = {
    {"meta", {"schema:i", "vtsim:s", "arch:s", "mode:s", "config.mem_mib:i", "image.path:s",
              "image.sha256:s"}},
    {"insn", {"cpl:i", "bytes:s", "asm:s"}},
    {"exception", {"vector:i", "name:s", "cpl_before:i", "cpl_after:i"}},
    {"interrupt", {"vector:i", "name:s", "cpl_before:i", "cpl_after:i"}},
    {"console", {"text:s"}},
    {"observe", {"key:s", "value:s"}},
    {"io", {"port:h", "dir:s", "size:i", "value:h"}},
    {"open_bus", {"addr:h", "dir:s", "size:i"}},
    {"syscall", {"number:i", "name:s", "result:i"}},
    {"as_switch", {"root:h", "cpl:i"}},
    {"interruption", {"name:s", "offset:h", "isr:h", "slot:i", "cpl_before:i", "cpl_after:i"}},
    {"pal_call", {"index:i", "name:s", "status:i", "convention:s"}},
    {"end", {"reason:s", "counts.insns:i"}},
};

struct vtsim_trace_reader {
  FILE *f;
  char *line;
  size_t cap;
  size_t lineno;
  int seen_meta, seen_end;
  uint64_t last_icount;
  vt_json_line parsed;
};

vtsim_err vtsim_trace_reader_open(const char *path, vtsim_trace_reader **out, char *msg,
                                  size_t msglen) {
  if (!path || !out) return VTSIM_ERR_ARG;
  *out = NULL;
  vtsim_trace_reader *r = calloc(1, sizeof *r);
  if (!r) return VTSIM_ERR_NOMEM;
  r->f = fopen(path, "r");
  if (!r->f) {
    snprintf(msg, msglen, "cannot open: %m");
    free(r);
    return VTSIM_ERR_IO;
  }
  *out = r;
  return VTSIM_OK;
}

void vtsim_trace_reader_close(vtsim_trace_reader *r) {
  if (!r) return;
  fclose(r->f);
  free(r->line);
  vt_json_line_free(&r->parsed);
  free(r);
}

const vtsim_field *vtsim_record_get(const vtsim_record *rec, const char *key) {
  for (size_t i = 0; i < rec->nfields; i++)
    if (strcmp(rec->fields[i].key, key) == 0) return &rec->fields[i];
  return NULL;
}

static int is_hex_string(const char *s) {
  if (strncmp(s, "0x", 2) != 0 || !s[2]) return 0;
  for (s += 2; *s; s++)
    if (!strchr("0123456789abcdef", *s)) return 0;
  return 1;
}

/* 0 if the field is present with the type spec wants, else -1 and a message. */
static int check_field(const vtsim_record *rec, const char *spec, char *msg, size_t msglen) {
  const char *colon = strchr(spec, ':');
  char key[64];
  snprintf(key, sizeof key, "%.*s", (int)(colon - spec), spec);
  const vtsim_field *f = vtsim_record_get(rec, key);
  char type = colon[1];
  const char *want = type == 'i' ? "an integer" : type == 'h' ? "a hex string" : "a string";
  int ok = f && (type == 'i' ? f->type == VTSIM_VAL_INT
                             : f->type == VTSIM_VAL_STRING && (type != 'h' || is_hex_string(f->text)));
  if (ok) return 0;
  snprintf(msg, msglen, "line %zu: %s record: field \"%s\" %s", rec->line, rec->kind, key,
           f ? "has the wrong type, expected" : "is missing, expected");
  size_t used = strlen(msg);
  snprintf(msg + used, msglen > used ? msglen - used : 0, " %s", want);
  return -1;
}

static int check_record(vtsim_trace_reader *r, const vtsim_record *rec, char *msg, size_t msglen) {
  const kind_schema *k = NULL;
  for (size_t i = 0; i < sizeof schema_table / sizeof schema_table[0]; i++)
    if (strcmp(schema_table[i].kind, rec->kind) == 0) k = &schema_table[i];
  if (!k) {
    snprintf(msg, msglen, "line %zu: unknown record kind \"%s\"", rec->line, rec->kind);
    return -1;
  }
  int is_meta = strcmp(rec->kind, "meta") == 0;
  if (!r->seen_meta && !is_meta) {
    snprintf(msg, msglen, "line %zu: the first record must be meta, not %s", rec->line, rec->kind);
    return -1;
  }
  if (r->seen_meta && is_meta) {
    snprintf(msg, msglen, "line %zu: a second meta record", rec->line);
    return -1;
  }
  for (int i = 0; i < 8 && k->required[i]; i++)
    if (check_field(rec, k->required[i], msg, msglen)) return -1;
  if (is_meta) {
    const vtsim_field *v = vtsim_record_get(rec, "schema");
    if (v->num != VTSIM_TRACE_SCHEMA) {
      snprintf(msg, msglen, "line %zu: trace schema %lld, this vtsim reads schema %d", rec->line,
               (long long)v->num, VTSIM_TRACE_SCHEMA);
      return -1;
    }
    r->seen_meta = 1;
    return 0;
  }
  if (check_field(rec, "icount:i", msg, msglen) || check_field(rec, "pc:h", msg, msglen)) return -1;
  uint64_t icount = (uint64_t)vtsim_record_get(rec, "icount")->num;
  if (icount < r->last_icount) {
    snprintf(msg, msglen, "line %zu: icount goes backwards (%llu after %llu)", rec->line,
             (unsigned long long)icount, (unsigned long long)r->last_icount);
    return -1;
  }
  r->last_icount = icount;
  if (strcmp(rec->kind, "end") == 0) r->seen_end = 1;
  return 0;
}

int vtsim_trace_next(vtsim_trace_reader *r, vtsim_record *rec, char *msg, size_t msglen) {
  ssize_t n = getline(&r->line, &r->cap, r->f);
  if (n < 0) {
    if (ferror(r->f)) {
      snprintf(msg, msglen, "read error after line %zu", r->lineno);
      return -1;
    }
    if (!r->seen_meta) {
      snprintf(msg, msglen, "empty trace (no meta record)");
      return -1;
    }
    if (!r->seen_end) {
      snprintf(msg, msglen, "line %zu: trace ends without an end record (truncated?)", r->lineno);
      return -1;
    }
    return 0;
  }
  r->lineno++;
  if (r->seen_end) {
    snprintf(msg, msglen, "line %zu: record after the end record", r->lineno);
    return -1;
  }
  if (r->line[n - 1] != '\n') {
    snprintf(msg, msglen, "line %zu: last line is not terminated (truncated trace)", r->lineno);
    return -1;
  }
  if (memchr(r->line, 0, (size_t)n)) {
    snprintf(msg, msglen, "line %zu: NUL byte in the trace", r->lineno);
    return -1;
  }
  char why[160];
  if (vt_json_parse_line(&r->parsed, r->line, (size_t)n - 1, why, sizeof why)) {
    snprintf(msg, msglen, "line %zu: %s", r->lineno, why);
    return -1;
  }
  *rec = (vtsim_record){.line = r->lineno, .nfields = r->parsed.nfields, .fields = r->parsed.fields};
  const vtsim_field *kind = vtsim_record_get(rec, "kind");
  if (!kind || kind->type != VTSIM_VAL_STRING) {
    snprintf(msg, msglen, "line %zu: record without a string \"kind\"", r->lineno);
    return -1;
  }
  rec->kind = kind->text;
  return check_record(r, rec, msg, msglen) ? -1 : 1;
}

vtsim_err vtsim_trace_validate(const char *path, char *msg, size_t msglen) {
  vtsim_trace_reader *r;
  vtsim_err err = vtsim_trace_reader_open(path, &r, msg, msglen);
  if (err) return err;
  vtsim_record rec;
  int rc;
  while ((rc = vtsim_trace_next(r, &rec, msg, msglen)) == 1) {
  }
  vtsim_trace_reader_close(r);
  return rc == 0 ? VTSIM_OK : VTSIM_ERR_TRACE;
}
