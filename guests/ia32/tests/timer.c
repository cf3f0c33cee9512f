/* External interrupts: the 8259A pair programmed with ICW1-4 (vectors 0x20
 * and 0x28), the 8254's counter 0 in mode 2 driving IRQ 0, HLT resuming
 * on the interrupt, CLI holding it off, the STI shadow, EOI and the
 * IRR/ISR reads, the counter latch. */
#include "rt/rt.h"

static volatile uint32_t ticks, isr_in_handler, irr_before_eoi;
static void irq0(struct frame *f) {
  (void)f;
  ticks++;
  outb(0x20, 0x0b); /* OCW3: read ISR */
  isr_in_handler = inb(0x20);
  outb(0x20, 0x0a); /* OCW3: read IRR */
  outb(0x20, 0x20); /* non-specific EOI */
}

static void pic_init(void) {
  outb(0x20, 0x11), outb(0xa0, 0x11); /* ICW1: edge, cascade, ICW4 */
  outb(0x21, 0x20), outb(0xa1, 0x28); /* ICW2: vector bases */
  outb(0x21, 0x04), outb(0xa1, 0x02); /* ICW3: slave on IR2 */
  outb(0x21, 0x01), outb(0xa1, 0x01); /* ICW4: 8086 mode */
  outb(0x21, 0xfe), outb(0xa1, 0xff); /* OCW1: only IRQ 0 */
}

static void pit_mode2(uint16_t count) {
  outb(0x43, 0x34); /* counter 0, LSB then MSB, mode 2, binary */
  outb(0x40, (uint8_t)count);
  outb(0x40, (uint8_t)(count >> 8));
}

static uint16_t pit_latch(void) {
  outb(0x43, 0x00); /* counter latch, counter 0 */
  uint16_t lo = inb(0x40);
  return (uint16_t)(lo | inb(0x40) << 8);
}

int test_main(void) {
  trap_handlers[0x20] = irq0;
  pic_init();
  check("pic.imr", inb(0x21), 0xfe);
  pit_mode2(1000);
  /* The counter counts down from 1000 (one clock per instruction). */
  uint16_t a = pit_latch(), b = pit_latch();
  check("pit.counting_down", a > b && a <= 1000, 1);
  /* With IF = 0 the request waits in IRR. */
  for (volatile int i = 0; i < 1000; i++) {}
  check("cli.ticks", ticks, 0);
  outb(0x20, 0x0a);
  check("cli.irr", inb(0x20) & 1, 1);
  /* STI; HLT: the shadow lets HLT start, the interrupt ends it. */
  __asm__ volatile("sti; hlt; cli");
  check("hlt.ticks", ticks, 1);
  check("handler.isr", isr_in_handler, 1);
  outb(0x20, 0x0b);
  check("after_eoi.isr", inb(0x20), 0);
  /* Five more periods through HLT. */
  for (int i = 0; i < 5; i++) __asm__ volatile("sti; hlt; cli");
  check("hlt5.ticks", ticks, 6);
  /* Masked in the IMR: the request stays pending, HLT with IF = 1 and
   * the line masked would never wake, so poll IRR instead. */
  outb(0x21, 0xff);
  for (volatile int i = 0; i < 3000; i++) {}
  outb(0x20, 0x0a);
  check("masked.irr", inb(0x20) & 1, 1);
  __asm__ volatile("sti; nop; nop; cli");
  check("masked.ticks", ticks, 6);
  outb(0x21, 0xfe); /* unmasked: taken as soon as IF = 1 */
  __asm__ volatile("sti; nop; cli");
  check("unmasked.ticks", ticks, 7);
  outb(0x43, 0x30); /* counter 0 back to mode 0, no count: no more edges */
  return 0;
}
