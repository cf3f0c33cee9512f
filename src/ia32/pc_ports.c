/* Port devices of the "pc" platform: the 0xE9 debug console, 0xF4 exit
 * code, 0x8900 Bochs shutdown, the 8259A pair and the 8254 (pc_devices.h).
 * Other ports read as all ones and drop writes. Every access is an io
 * event; a 16- or 32-bit access to the byte-wide devices reaches the
 * consecutive ports byte by byte, as on the ISA bus. */
#include "pc_devices.h"
#include "pc_ports.h"

enum { PORT_CONSOLE = 0xe9, PORT_EXIT = 0xf4, PORT_SHUTDOWN = 0x8900 };

static uint64_t pit_now(const vtsim_engine *e, const ia32_cpu *c) { return e->icount + c->idle; }

static bool is_pic(uint16_t port) { return (port & ~1u) == 0x20 || (port & ~1u) == 0xa0; }
static bool is_pit(uint16_t port) { return port >= 0x40 && port <= 0x43; }

static uint8_t byte_in(vtsim_engine *e, ia32_cpu *c, uint16_t port) {
  if (is_pic(port)) return ia32_pic_read(c, port);
  if (is_pit(port)) return ia32_pit_read(c, port, pit_now(e, c));
  return 0xff;
}

uint32_t ia32_port_in(vtsim_engine *e, ia32_cpu *c, uint32_t pc, uint16_t port, unsigned size) {
  uint32_t v = 0;
  for (unsigned i = 0; i < size; i++) v |= (uint32_t)byte_in(e, c, (uint16_t)(port + i)) << (8 * i);
  vt_port_io(e, pc, port, size, false, v);
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
  vt_port_io(e, pc, port, size, true, value);
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
  default:
    for (unsigned i = 0; i < size; i++) {
      uint16_t p = (uint16_t)(port + i);
      uint8_t b = (uint8_t)(value >> (8 * i));
      if (is_pic(p)) ia32_pic_write(c, p, b);
      else if (is_pit(p)) ia32_pit_write(c, p, b, pit_now(e, c));
    }
  }
}
