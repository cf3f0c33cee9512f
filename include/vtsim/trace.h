/* vtsim traces: JSON Lines, one event per line, one schema for both
 * architectures (docs/trace-format.md). The writer attaches to an engine;
 * the reader validates a trace and yields its records as flat key/value
 * lists (nested objects flattened with dotted keys: "counts.insns"). */
#ifndef VTSIM_TRACE_H
#define VTSIM_TRACE_H

#include "vtsim.h"

#ifdef __cplusplus
extern "C" {
#endif

#define VTSIM_TRACE_SCHEMA 3

/* What the caller tells the meta record beyond what the engine knows. */
typedef struct vtsim_trace_meta {
  const char *image_path;  /* as given on the command line */
  uint64_t max_insns;      /* 0 = no limit */
  int argc;                /* user mode: the guest's argv */
  char *const *argv;
} vtsim_trace_meta;

/* Write events of the kinds in mask to path. The file is written as
 * "path.part" and renamed to path by vtsim_trace_finish(). The meta record
 * (first line) is written now. */
vtsim_err vtsim_trace_start(vtsim_engine *e, const char *path, uint32_t mask,
                            const vtsim_trace_meta *meta);
/* Write the end record for stop, flush, close and rename. Safe to call when no
 * trace is open (returns VTSIM_OK). */
vtsim_err vtsim_trace_finish(vtsim_engine *e, const vtsim_stop *stop);

/* ---- reading ------------------------------------------------------------ */
typedef enum vtsim_value_type {
  VTSIM_VAL_NULL,
  VTSIM_VAL_BOOL,
  VTSIM_VAL_INT,
  VTSIM_VAL_STRING,
} vtsim_value_type;

typedef struct vtsim_field {
  const char *key;     /* dotted path for nested objects */
  vtsim_value_type type;
  const char *text;    /* string value (unescaped), or the literal as written */
  int64_t num;         /* VTSIM_VAL_INT / VTSIM_VAL_BOOL */
} vtsim_field;

typedef struct vtsim_record {
  const char *kind;
  size_t line;         /* 1-based line number in the file */
  size_t nfields;
  const vtsim_field *fields;
} vtsim_record;

typedef struct vtsim_trace_reader vtsim_trace_reader;

vtsim_err vtsim_trace_reader_open(const char *path, vtsim_trace_reader **out, char *msg,
                                  size_t msglen);
/* 1: *rec holds the next record (valid until the next call); 0: end of a
 * complete trace; -1: the trace is malformed, *msg says where and why. */
int vtsim_trace_next(vtsim_trace_reader *r, vtsim_record *rec, char *msg, size_t msglen);
void vtsim_trace_reader_close(vtsim_trace_reader *r);
/* A field of a record by key, or NULL. */
const vtsim_field *vtsim_record_get(const vtsim_record *rec, const char *key);
/* Read a whole trace and check it against the schema. */
vtsim_err vtsim_trace_validate(const char *path, char *msg, size_t msglen);

#ifdef __cplusplus
}
#endif
#endif
