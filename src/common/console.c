/* The platform console (IA-32 port 0xE9, IA-64 SSC_PUTCHAR): bytes go to the
 * host as they come; each complete line becomes a console event, or an
 * observe event when it reads "@KEY=VALUE" (docs/trace-format.md). */
#include <string.h>
#include <unistd.h>

#include "engine.h"

static void emit_line(vtsim_engine *e) {
  char *line = e->console_line;
  size_t len = e->console_len;
  line[len] = 0;
  e->console_len = 0;
  uint32_t kind = VTSIM_EV_CONSOLE;
  char *eq = NULL;
  if (len > 1 && line[0] == '@' && (eq = memchr(line, '=', len)) && eq > line + 1)
    kind = VTSIM_EV_OBSERVE;
  if (!vt_event_wanted(e, kind)) return;
  vtsim_event ev = {.kind = kind, .icount = e->icount};
  if (kind == VTSIM_EV_OBSERVE) {
    *eq = 0;
    ev.u.observe.key = line + 1;
    ev.u.observe.value = eq + 1;
  } else {
    ev.u.console.text = line;
    ev.u.console.len = len;
  }
  vt_event_emit(e, &ev);
}

void vt_console_putc(vtsim_engine *e, uint8_t ch) {
  if (e->cfg.console_fd >= 0) {
    ssize_t unused = write(e->cfg.console_fd, &ch, 1);
    (void)unused; /* a closed console must not stop the guest */
  }
  if (ch == '\n') {
    emit_line(e);
    return;
  }
  /* An over-long line is cut into lines of the maximum length. */
  if (e->console_len == VT_CONSOLE_LINE_MAX - 1) emit_line(e);
  e->console_line[e->console_len++] = (char)ch;
}

void vt_console_flush(vtsim_engine *e) {
  if (e->console_len) emit_line(e);
}
