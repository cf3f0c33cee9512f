/* The 8259A programmable interrupt controller pair of the PC (Intel 8259A
 * data sheet): initialisation words ICW1-4, operation words OCW1-3, IRR,
 * ISR and IMR, fully nested priorities with rotation, specific and
 * non-specific EOI, automatic EOI, special mask mode and polling. Inputs
 * are edge-triggered; the slave's INT output drives the master's IR2. */
#include "interp.h"
#include "pc_devices.h"

enum { CASCADE_IR = 2 };

void ia32_pic_reset(ia32_cpu *c) {
  /* As a PC BIOS leaves them: vectors 0x08 and 0x70, every line masked. */
  c->pic[0] = (ia32_pic){.imr = 0xff, .vector_base = 0x08, .icw1 = 0x11, .icw3 = 1u << CASCADE_IR,
                         .icw4 = 1, .lowest = 7};
  c->pic[1] = (ia32_pic){.imr = 0xff, .vector_base = 0x70, .icw1 = 0x11, .icw3 = CASCADE_IR,
                         .icw4 = 1, .lowest = 7};
}

/* Priority of an IR line: 0 is the highest. */
static unsigned priority(const ia32_pic *p, unsigned ir) { return (ir - p->lowest - 1) & 7; }

/* The line of highest priority among bits, or -1. */
static int highest(const ia32_pic *p, uint8_t bits) {
  for (unsigned i = 1; i <= 8; i++) {
    unsigned ir = (p->lowest + i) & 7;
    if (bits & (1u << ir)) return (int)ir;
  }
  return -1;
}

static bool cascaded(const ia32_pic *p) { return !(p->icw1 & 2); }

/* The request this controller would present: the highest unmasked request
 * with a priority above every in-service line (special mask mode: above
 * every unmasked in-service line). extra adds level inputs (the slave). */
static int pending(const ia32_pic *p, uint8_t extra) {
  int r = highest(p, (uint8_t)((p->irr | extra) & ~p->imr));
  if (r < 0) return -1;
  uint8_t isr = p->special_mask ? (uint8_t)(p->isr & ~p->imr) : p->isr;
  int s = highest(p, isr);
  if (s >= 0 && priority(p, (unsigned)s) <= priority(p, (unsigned)r)) return -1;
  return r;
}

static uint8_t slave_line(const ia32_cpu *c) {
  return cascaded(&c->pic[0]) && pending(&c->pic[1], 0) >= 0 ? 1u << CASCADE_IR : 0;
}

void ia32_pic_edge(ia32_cpu *c, unsigned irq) {
  c->pic[irq >> 3].irr |= (uint8_t)(1u << (irq & 7));
}

bool ia32_pic_intr(const ia32_cpu *c) { return pending(&c->pic[0], slave_line(c)) >= 0; }

/* Acknowledge line ir on one controller: in service unless automatic EOI. */
static void accept(ia32_pic *p, unsigned ir) {
  p->irr &= (uint8_t)~(1u << ir);
  if (!(p->icw4 & 2)) p->isr |= (uint8_t)(1u << ir);
  else if (p->rotate_aeoi) p->lowest = (uint8_t)ir;
}

unsigned ia32_pic_ack(ia32_cpu *c, unsigned *irq) {
  ia32_pic *m = &c->pic[0], *s = &c->pic[1];
  int ir = pending(m, slave_line(c));
  if (ir < 0) { /* the request went away: a spurious IRQ 7 (data sheet) */
    *irq = 7;
    return m->vector_base + 7u;
  }
  if (ir == CASCADE_IR && slave_line(c)) {
    accept(m, CASCADE_IR);
    int sir = pending(s, 0);
    accept(s, (unsigned)sir);
    *irq = 8 + (unsigned)sir;
    return s->vector_base + (unsigned)sir;
  }
  accept(m, (unsigned)ir);
  *irq = (unsigned)ir;
  return m->vector_base + (unsigned)ir;
}

/* OCW2: EOI commands and priority rotation. */
static void ocw2(ia32_pic *p, uint8_t v) {
  unsigned level = v & 7;
  int top = highest(p, p->isr);
  switch (v >> 5) {
  case 0: p->rotate_aeoi = 0; break;
  case 4: p->rotate_aeoi = 1; break;
  case 1: /* non-specific EOI */
    if (top >= 0) p->isr &= (uint8_t)~(1u << top);
    break;
  case 5: /* rotate on non-specific EOI */
    if (top >= 0) {
      p->isr &= (uint8_t)~(1u << top);
      p->lowest = (uint8_t)top;
    }
    break;
  case 3: p->isr &= (uint8_t)~(1u << level); break; /* specific EOI */
  case 7: /* rotate on specific EOI */
    p->isr &= (uint8_t)~(1u << level);
    p->lowest = (uint8_t)level;
    break;
  case 6: p->lowest = (uint8_t)level; break; /* set priority */
  default: break;                            /* 2: no operation */
  }
}

static void ocw3(ia32_pic *p, uint8_t v) {
  if (v & 2) p->read_isr = v & 1;
  p->poll = (v >> 2) & 1;
  if (v & 0x40) p->special_mask = (v >> 5) & 1;
}

static void icw1(ia32_pic *p, uint8_t v) {
  *p = (ia32_pic){.icw1 = v, .icw3 = p->icw3, .vector_base = p->vector_base, .lowest = 7,
                  .icw_next = 2};
}

static void odd_port(ia32_pic *p, uint8_t v) {
  switch (p->icw_next) {
  case 2:
    p->vector_base = v & 0xf8;
    p->icw_next = cascaded(p) ? 3 : (p->icw1 & 1) ? 4 : 0;
    break;
  case 3:
    p->icw3 = v;
    p->icw_next = (p->icw1 & 1) ? 4 : 0;
    break;
  case 4:
    p->icw4 = v;
    p->icw_next = 0;
    break;
  default: p->imr = v; /* OCW1 */
  }
}

void ia32_pic_write(ia32_cpu *c, uint16_t port, uint8_t v) {
  ia32_pic *p = &c->pic[port >= 0xa0];
  if (port & 1) odd_port(p, v);
  else if (v & 0x10) icw1(p, v);
  else if (v & 0x08) ocw3(p, v);
  else ocw2(p, v);
  ia32_events_recheck(c);
}

uint8_t ia32_pic_read(ia32_cpu *c, uint16_t port) {
  ia32_pic *p = &c->pic[port >= 0xa0];
  if (port & 1) return p->imr;
  if (p->poll) { /* a poll acknowledges like INTA (data sheet, "The Poll Command") */
    p->poll = 0;
    int ir = pending(p, p == &c->pic[0] ? slave_line(c) : 0);
    if (ir < 0) return 0;
    accept(p, (unsigned)ir);
    ia32_events_recheck(c);
    return (uint8_t)(0x80 | ir);
  }
  return p->read_isr ? p->isr : p->irr;
}
