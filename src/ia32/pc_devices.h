/* The interrupt controller and timer of the "pc" platform: an 8259A pair
 * (pic.c) and an 8254 (pit.c) whose counter 0 drives IRQ 0. Time is in PIT
 * input clocks: one per retired instruction, plus the clocks a halted
 * processor waited (docs/platform.md). */
#ifndef VTSIM_IA32_PC_DEVICES_H
#define VTSIM_IA32_PC_DEVICES_H

#include <stdbool.h>
#include <stdint.h>

#include "cpu.h"

/* ---- 8259A pair: master at 0x20/0x21, slave at 0xA0/0xA1 on master IR2 -- */
void ia32_pic_reset(ia32_cpu *c);
/* A rising edge on IRQ line irq (0..15). */
void ia32_pic_edge(ia32_cpu *c, unsigned irq);
/* Whether the master asserts INTR. */
bool ia32_pic_intr(const ia32_cpu *c);
/* The INTA cycle: the vector, and the IRQ it answers in *irq. */
unsigned ia32_pic_ack(ia32_cpu *c, unsigned *irq);
uint8_t ia32_pic_read(ia32_cpu *c, uint16_t port);
void ia32_pic_write(ia32_cpu *c, uint16_t port, uint8_t v);

/* ---- 8254 at 0x40-0x43 ------------------------------------------------- */
void ia32_pit_reset(ia32_cpu *c);
/* Bring the counters to time now, raising IRQ 0 for every edge of OUT 0. */
void ia32_pit_advance(ia32_cpu *c, uint64_t now);
/* The time of the next IRQ 0 edge, or UINT64_MAX. */
uint64_t ia32_pit_next_edge(const ia32_cpu *c);
uint8_t ia32_pit_read(ia32_cpu *c, uint16_t port, uint64_t now);
void ia32_pit_write(ia32_cpu *c, uint16_t port, uint8_t v, uint64_t now);

#endif
