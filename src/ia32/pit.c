/* The 8254 programmable interval timer (Intel 8254 data sheet): three
 * counters programmed through the control word at 0x43, binary or BCD,
 * access modes LSB / MSB / LSB-then-MSB, the counter latch and read-back
 * commands, and modes 0 (interrupt on terminal count), 2 (rate generator),
 * 3 (square wave) and 4 (software strobe). The gates of the PC's counter 0
 * and 1 are tied high, so the gate-triggered modes 1 and 5 never start.
 * Counter 0's OUT drives IRQ 0: each rising edge sets the request. */
#include "interp.h"
#include "pc_devices.h"

enum { NEVER = UINT64_MAX };

void ia32_pit_reset(ia32_cpu *c) {
  for (unsigned i = 0; i < 3; i++)
    c->pit[i] = (ia32_pit_counter){.access = 3, .reload = 65536, .next_edge = NEVER,
                                   .write_lsb_next = 1, .read_lsb_next = 1};
}

static uint32_t from_bcd(uint32_t v) {
  return (v & 0xf) + ((v >> 4) & 0xf) * 10 + ((v >> 8) & 0xf) * 100 + ((v >> 12) & 0xf) * 1000;
}
static uint16_t to_bcd(uint32_t v) {
  return (uint16_t)((v % 10) | (v / 10 % 10) << 4 | (v / 100 % 10) << 8 | (v / 1000 % 10) << 12);
}

/* The count the counter element holds at time now. */
static uint32_t current(const ia32_pit_counter *p, uint64_t now) {
  if (!p->counting) return p->reload & 0xffff;
  uint32_t n = p->reload;
  switch (p->mode) {
  case 2: return (uint32_t)(p->next_edge - now); /* n..1, reloaded at the edge */
  case 3: { /* counts down by two, twice per period */
    uint32_t left = (uint32_t)(p->next_edge - now);
    return (left > n / 2 ? 2 * left - n : 2 * left) & ~1u;
  }
  default: /* modes 0 and 4 keep counting down after the terminal count */
    return (uint32_t)((p->start + n - now) & 0xffff);
  }
}

static uint16_t visible(const ia32_pit_counter *p, uint32_t count) {
  count &= 0xffff;
  return p->bcd ? to_bcd(count % 10000) : (uint16_t)count;
}

void ia32_pit_advance(ia32_cpu *c, uint64_t now) {
  ia32_pit_counter *p = &c->pit[0];
  if (p->next_edge > now) return;
  ia32_pic_edge(c, 0);
  if (p->mode == 2 || p->mode == 3) /* periodic: the next edge after now */
    p->next_edge += ((now - p->next_edge) / p->reload + 1) * p->reload;
  else
    p->next_edge = NEVER;
}

uint64_t ia32_pit_next_edge(const ia32_cpu *c) { return c->pit[0].next_edge; }

/* A complete count was written: the counter (re)starts (data sheet: in
 * modes 2 and 3 a new count takes effect at the end of the current period). */
static void load_count(ia32_pit_counter *p, uint32_t v, uint64_t now) {
  uint32_t n = p->bcd ? from_bcd(v) : v;
  if (n == 0) n = p->bcd ? 10000 : 65536;
  bool periodic_running = p->counting && (p->mode == 2 || p->mode == 3);
  p->reload = n;
  if (periodic_running) return;
  if (p->mode == 1 || p->mode == 5) return; /* waits for a gate edge that never comes */
  p->counting = true;
  p->start = now;
  p->next_edge = now + n + (p->mode == 4 ? 1 : 0);
}

static void control(ia32_cpu *c, uint8_t v, uint64_t now) {
  unsigned sc = v >> 6, rw = (v >> 4) & 3;
  if (sc == 3) { /* read-back: latch the counts of the selected counters */
    if (!(v & 0x20))
      for (unsigned i = 0; i < 3; i++)
        if ((v >> (1 + i)) & 1 && !c->pit[i].latched) {
          c->pit[i].latch = visible(&c->pit[i], current(&c->pit[i], now));
          c->pit[i].latched = 1;
          c->pit[i].latch_lsb_next = 1;
        }
    return;
  }
  ia32_pit_counter *p = &c->pit[sc];
  if (rw == 0) { /* counter latch command */
    if (!p->latched) {
      p->latch = visible(p, current(p, now));
      p->latched = 1;
      p->latch_lsb_next = 1;
    }
    return;
  }
  unsigned mode = (v >> 1) & 7;
  *p = (ia32_pit_counter){.mode = (uint8_t)(mode >= 6 ? mode - 4 : mode), .access = (uint8_t)rw,
                          .bcd = v & 1, .reload = p->reload, .next_edge = NEVER,
                          .write_lsb_next = 1, .read_lsb_next = 1};
}

void ia32_pit_write(ia32_cpu *c, uint16_t port, uint8_t v, uint64_t now) {
  if (port == 0x43) {
    control(c, v, now);
  } else {
    ia32_pit_counter *p = &c->pit[port - 0x40];
    if (p->access == 1) {
      load_count(p, v, now);
    } else if (p->access == 2) {
      load_count(p, (uint32_t)v << 8, now);
    } else if (p->write_lsb_next) {
      p->reload_partial = v;
      p->write_lsb_next = 0;
    } else {
      p->write_lsb_next = 1;
      load_count(p, p->reload_partial | (uint32_t)v << 8, now);
    }
  }
  ia32_events_recheck(c);
}

uint8_t ia32_pit_read(ia32_cpu *c, uint16_t port, uint64_t now) {
  if (port == 0x43) return 0xff; /* the control word register is write-only */
  ia32_pit_counter *p = &c->pit[port - 0x40];
  uint16_t v;
  bool lsb;
  if (p->latched) {
    v = p->latch;
    lsb = p->access == 1 || (p->access == 3 && p->latch_lsb_next);
    if (p->access == 3 && p->latch_lsb_next) p->latch_lsb_next = 0;
    else p->latched = 0;
  } else {
    v = visible(p, current(p, now));
    lsb = p->access == 1 || (p->access == 3 && p->read_lsb_next);
    if (p->access == 3) p->read_lsb_next ^= 1;
  }
  return lsb ? (uint8_t)v : (uint8_t)(v >> 8);
}
