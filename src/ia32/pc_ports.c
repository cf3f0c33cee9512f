/* Port devices of the "pc" platform: the 0xE9 debug console, 0xF4 exit
 * code, 0x8900 Bochs shutdown. Other ports read as all ones and drop
 * writes. Every access is an io event. The PIC and PIT arrive with the
 * system architecture. */
#include "pc_ports.h"

enum { PORT_CONSOLE = 0xe9, PORT_EXIT = 0xf4, PORT_SHUTDOWN = 0x8900 };

static void io_event(vtsim_engine *e, uint32_t pc, uint16_t port, unsigned size, bool write,
                     uint32_t value) {
  e->counts.io++;
  if (!vt_event_wanted(e, VTSIM_EV_IO)) return;
  vtsim_event ev = {.kind = VTSIM_EV_IO, .icount = e->icount, .pc = pc};
  ev.u.io.port = port;
  ev.u.io.size = (uint8_t)size;
  ev.u.io.write = write;
  ev.u.io.value = value;
  vt_event_emit(e, &ev);
}

uint32_t ia32_port_in(vtsim_engine *e, ia32_cpu *c, uint32_t pc, uint16_t port, unsigned size) {
  (void)c;
  uint32_t v = 0xffffffffu >> (32 - 8 * size);
  io_event(e, pc, port, size, false, v);
  return v;
}

/* Bochs ends the simulation when "Shutdown" is written byte by byte to 0x8900. */
static void shutdown_byte(ia32_cpu *c, uint8_t b) {
  static const char word[] = "Shutdown";
  c->shutdown_match = b == (uint8_t)word[c->shutdown_match] ? c->shutdown_match + 1
                      : b == (uint8_t)word[0]                ? 1
                                                             : 0;
  if (c->shutdown_match == sizeof word - 1) {
    c->stop_reason = VTSIM_STOP_EXIT;
    c->exit_status = 0;
  }
}

void ia32_port_out(vtsim_engine *e, ia32_cpu *c, uint32_t pc, uint16_t port, unsigned size,
                   uint32_t value) {
  io_event(e, pc, port, size, true, value);
  switch (port) {
  case PORT_CONSOLE:
    vt_console_putc(e, (uint8_t)value);
    break;
  case PORT_EXIT:
    c->stop_reason = VTSIM_STOP_EXIT;
    c->exit_status = (int)(value & 0xff);
    break;
  case PORT_SHUTDOWN:
    shutdown_byte(c, (uint8_t)value);
    break;
  }
}
