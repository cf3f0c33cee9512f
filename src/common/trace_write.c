/* The trace writer: one JSON object per line into PATH.part, renamed to
 * PATH when the end record is written (docs/trace-format.md). */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "json.h"
#include "trace_internal.h"

struct vt_trace {
  FILE *f;
  char *path, *part_path;
  uint32_t mask;
  int write_error; /* errno of the first failed write, or 0 */
  vt_buf line;
};

uint32_t vt_trace_mask(const vt_trace *t) { return t->mask; }

static void put_line(vt_trace *t) {
  vt_buf_put(&t->line, "}\n", 2);
  if (t->line.failed) {
    if (!t->write_error) t->write_error = ENOMEM;
  } else if (fwrite(t->line.p, 1, t->line.len, t->f) != t->line.len && !t->write_error) {
    t->write_error = errno ? errno : EIO;
  }
  vt_buf_reset(&t->line);
}

static void begin_record(vt_trace *t, const char *kind) {
  vt_buf_puts(&t->line, "{\"kind\":");
  vt_json_string(&t->line, kind, strlen(kind));
}

static const char *kind_name(uint32_t kind) {
  switch (kind) {
  case VTSIM_EV_INSN: return "insn";
  case VTSIM_EV_EXCEPTION: return "exception";
  case VTSIM_EV_INTERRUPT: return "interrupt";
  case VTSIM_EV_CONSOLE: return "console";
  case VTSIM_EV_OBSERVE: return "observe";
  case VTSIM_EV_IO: return "io";
  case VTSIM_EV_OPEN_BUS: return "open_bus";
  case VTSIM_EV_SYSCALL: return "syscall";
  case VTSIM_EV_AS_SWITCH: return "as_switch";
  case VTSIM_EV_INTERRUPTION: return "interruption";
  case VTSIM_EV_PAL_CALL: return "pal_call";
  }
  return "unknown";
}

static void put_insn(vtsim_engine *e, vt_buf *b, const vtsim_event *ev) {
  char hex[2 * sizeof ev->u.insn.bytes + 1], text[128], sym[160];
  unsigned len = ev->u.insn.len;
  if (len > sizeof ev->u.insn.bytes) len = sizeof ev->u.insn.bytes;
  for (unsigned i = 0; i < len; i++) snprintf(hex + 2 * i, 3, "%02x", ev->u.insn.bytes[i]);
  hex[2 * len] = 0;
  if (e->ops->arch == VTSIM_ARCH_IA64) vt_json_uint_member(b, "slot", ev->u.insn.slot);
  vt_json_uint_member(b, "cpl", ev->u.insn.cpl);
  vt_json_str_member(b, "bytes", hex);
  if (!e->ops->disasm(ev->u.insn.bytes, len, ev->pc, ev->u.insn.slot, text, sizeof text))
    snprintf(text, sizeof text, "(bad)");
  vt_json_str_member(b, "asm", text);
  if (vtsim_symbolize(e, ev->pc, sym, sizeof sym)) vt_json_str_member(b, "sym", sym);
}

static void put_exception(vt_buf *b, const vtsim_event *ev) {
  vt_json_uint_member(b, "vector", ev->u.exception.vector);
  vt_json_str_member(b, "name", ev->u.exception.name);
  if (ev->u.exception.has_error_code) vt_json_hex_member(b, "error_code", ev->u.exception.error_code);
  if (ev->u.exception.has_addr) vt_json_hex_member(b, "addr", ev->u.exception.addr);
  vt_json_uint_member(b, "cpl_before", ev->u.exception.cpl_before);
  vt_json_uint_member(b, "cpl_after", ev->u.exception.cpl_after);
}

void vt_trace_event(vtsim_engine *e, const vtsim_event *ev) {
  vt_trace *t = e->trace;
  vt_buf *b = &t->line;
  begin_record(t, kind_name(ev->kind));
  vt_json_uint_member(b, "icount", ev->icount);
  vt_json_hex_member(b, "pc", ev->pc);
  switch (ev->kind) {
  case VTSIM_EV_INSN:
    put_insn(e, b, ev);
    break;
  case VTSIM_EV_EXCEPTION:
  case VTSIM_EV_INTERRUPT:
    put_exception(b, ev);
    break;
  case VTSIM_EV_CONSOLE:
    vt_json_key(b, "text");
    vt_json_string(b, ev->u.console.text, ev->u.console.len);
    break;
  case VTSIM_EV_OBSERVE:
    vt_json_str_member(b, "key", ev->u.observe.key);
    vt_json_str_member(b, "value", ev->u.observe.value);
    break;
  case VTSIM_EV_IO:
    vt_json_hex_member(b, "port", ev->u.io.port);
    vt_json_str_member(b, "dir", ev->u.io.write ? "out" : "in");
    vt_json_uint_member(b, "size", ev->u.io.size);
    vt_json_hex_member(b, "value", ev->u.io.value);
    break;
  case VTSIM_EV_OPEN_BUS:
    vt_json_hex_member(b, "addr", ev->u.open_bus.addr);
    vt_json_str_member(b, "dir", ev->u.open_bus.write ? "write" : "read");
    vt_json_uint_member(b, "size", ev->u.open_bus.size);
    break;
  case VTSIM_EV_SYSCALL:
    vt_json_uint_member(b, "number", ev->u.syscall.number);
    vt_json_str_member(b, "name", ev->u.syscall.name);
    vt_json_hex_array_member(b, "args", ev->u.syscall.args, 6);
    vt_json_int_member(b, "result", ev->u.syscall.result);
    break;
  case VTSIM_EV_AS_SWITCH:
    vt_json_hex_member(b, "root", ev->u.as_switch.root);
    vt_json_uint_member(b, "cpl", ev->u.as_switch.cpl);
    if (ev->u.as_switch.reg) vt_json_str_member(b, "reg", ev->u.as_switch.reg);
    break;
  case VTSIM_EV_INTERRUPTION:
    vt_json_str_member(b, "name", ev->u.interruption.name);
    vt_json_hex_member(b, "offset", ev->u.interruption.offset);
    vt_json_hex_member(b, "isr", ev->u.interruption.isr);
    vt_json_uint_member(b, "slot", ev->u.interruption.slot);
    if (ev->u.interruption.has_ifa) vt_json_hex_member(b, "ifa", ev->u.interruption.ifa);
    vt_json_uint_member(b, "cpl_before", ev->u.interruption.cpl_before);
    vt_json_uint_member(b, "cpl_after", ev->u.interruption.cpl_after);
    break;
  case VTSIM_EV_PAL_CALL:
    vt_json_uint_member(b, "index", ev->u.pal_call.index);
    vt_json_str_member(b, "name", ev->u.pal_call.name);
    vt_json_hex_array_member(b, "args", ev->u.pal_call.args, 3);
    vt_json_int_member(b, "status", ev->u.pal_call.status);
    vt_json_str_member(b, "convention", ev->u.pal_call.stacked ? "stacked" : "static");
    break;
  }
  put_line(t);
}

static void put_meta(vtsim_engine *e, const vtsim_trace_meta *meta) {
  vt_trace *t = e->trace;
  vt_buf *b = &t->line;
  begin_record(t, "meta");
  vt_json_uint_member(b, "schema", VTSIM_TRACE_SCHEMA);
  vt_json_str_member(b, "vtsim", vtsim_version());
  vt_json_str_member(b, "arch", e->ops->name);
  vt_json_str_member(b, "mode", e->cfg.mode == VTSIM_MODE_USER ? "user" : "system");
  vt_json_key(b, "config");
  vt_buf_puts(b, "{\"mem_mib\":");
  vt_buf_printf(b, "%llu", (unsigned long long)(e->cfg.ram_bytes >> 20));
  vt_json_uint_member(b, "max_insns", meta ? meta->max_insns : 0);
  vt_json_key(b, "events");
  vt_buf_puts(b, "[");
  for (uint32_t k = 1, first = 1; k & VTSIM_EV_ALL; k <<= 1) {
    if (!(t->mask & k)) continue;
    if (!first) vt_buf_puts(b, ",");
    vt_json_string(b, kind_name(k), strlen(kind_name(k)));
    first = 0;
  }
  vt_buf_puts(b, "]");
  vt_json_uint_member(b, "seed", e->cfg.seed);
  vt_buf_puts(b, "}");
  vt_json_key(b, "image");
  vt_buf_puts(b, "{\"path\":");
  const char *path = meta && meta->image_path ? meta->image_path : "";
  vt_json_string(b, path, strlen(path));
  vt_json_str_member(b, "sha256", e->image_sha256);
  vt_json_hex_member(b, "entry", e->image_entry);
  vt_buf_puts(b, "}");
  if (meta && meta->argc > 0) {
    vt_json_key(b, "argv");
    for (int i = 0; i < meta->argc; i++) {
      vt_buf_puts(b, i ? "," : "[");
      vt_json_string(b, meta->argv[i], strlen(meta->argv[i]));
    }
    vt_buf_puts(b, "]");
  }
  put_line(t);
}

static void trace_free(vt_trace *t) {
  vt_buf_free(&t->line);
  free(t->path);
  free(t->part_path);
  free(t);
}

vtsim_err vtsim_trace_start(vtsim_engine *e, const char *path, uint32_t mask,
                            const vtsim_trace_meta *meta) {
  if (!e || !path || !*path || (mask & ~(uint32_t)VTSIM_EV_ALL)) return VTSIM_ERR_ARG;
  if (e->trace) return VTSIM_ERR_MODE;
  vt_trace *t = calloc(1, sizeof *t);
  if (!t) return VTSIM_ERR_NOMEM;
  size_t n = strlen(path);
  t->path = strdup(path);
  t->part_path = malloc(n + sizeof ".part");
  if (!t->path || !t->part_path) {
    trace_free(t);
    return VTSIM_ERR_NOMEM;
  }
  memcpy(t->part_path, path, n);
  memcpy(t->part_path + n, ".part", sizeof ".part");
  t->f = fopen(t->part_path, "w");
  if (!t->f) {
    trace_free(t);
    return VTSIM_ERR_IO;
  }
  t->mask = mask;
  e->trace = t;
  put_meta(e, meta);
  vt_event_mask_update(e);
  return VTSIM_OK;
}

static const char *stop_text(const vtsim_stop *stop) {
  return stop ? vtsim_stop_reason_name(stop->reason) : "none";
}

vtsim_err vtsim_trace_finish(vtsim_engine *e, const vtsim_stop *stop) {
  if (!e) return VTSIM_ERR_ARG;
  vt_trace *t = e->trace;
  if (!t) return VTSIM_OK;
  vt_console_flush(e);
  vt_buf *b = &t->line;
  begin_record(t, "end");
  vt_json_uint_member(b, "icount", e->icount);
  vt_json_hex_member(b, "pc", stop ? stop->pc : 0);
  vt_json_str_member(b, "reason", stop_text(stop));
  if (stop && stop->reason == VTSIM_STOP_EXIT) vt_json_int_member(b, "exit_status", stop->exit_status);
  if (stop && stop->reason == VTSIM_STOP_FATAL) vt_json_int_member(b, "signal", stop->exit_status);
  if (stop && stop->detail[0]) vt_json_str_member(b, "detail", stop->detail);
  vt_json_key(b, "counts");
  vt_buf_printf(b, "{\"insns\":%llu", (unsigned long long)e->icount);
  const vt_counts *c = &e->counts;
  vt_json_uint_member(b, "exceptions", c->exceptions);
  vt_json_uint_member(b, "interrupts", c->interrupts);
  vt_json_uint_member(b, "transitions", c->transitions);
  vt_json_uint_member(b, "unimplemented", c->unimplemented);
  vt_json_uint_member(b, "open_bus", c->open_bus);
  vt_json_uint_member(b, "io", c->io);
  vt_json_uint_member(b, "syscalls", c->syscalls);
  vt_buf_puts(b, "}");
  put_line(t);

  int err = t->write_error;
  if (fflush(t->f) != 0 && !err) err = errno;
  if (!err && fsync(fileno(t->f)) != 0 && errno != EINVAL) err = errno;
  if (fclose(t->f) != 0 && !err) err = errno;
  t->f = NULL;
  if (!err && rename(t->part_path, t->path) != 0) err = errno;
  e->trace = NULL;
  trace_free(t);
  vt_event_mask_update(e);
  return err ? VTSIM_ERR_IO : VTSIM_OK;
}

void vt_trace_abandon(vtsim_engine *e) {
  vt_trace *t = e->trace;
  if (!t) return;
  fclose(t->f); /* the .part file stays: an incomplete trace, clearly named */
  e->trace = NULL;
  trace_free(t);
  vt_event_mask_update(e);
}
