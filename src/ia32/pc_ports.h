/* The port devices of the IA-32 "pc" platform (docs/platform.md). */
#ifndef VTSIM_IA32_PC_PORTS_H
#define VTSIM_IA32_PC_PORTS_H

#include "common/engine.h"
#include "cpu.h"

uint32_t ia32_port_in(vtsim_engine *e, ia32_cpu *c, uint32_t pc, uint16_t port, unsigned size);
void ia32_port_out(vtsim_engine *e, ia32_cpu *c, uint32_t pc, uint16_t port, unsigned size,
                   uint32_t value);

#endif
