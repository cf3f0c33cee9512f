/* Event delivery: to the trace, then to each hook whose mask and address
 * range match. */
#include "engine.h"
#include "trace_internal.h"

void vt_event_mask_update(vtsim_engine *e) {
  uint32_t mask = e->trace ? vt_trace_mask(e->trace) : 0;
  for (int i = 0; i < VT_MAX_HOOKS; i++)
    if (e->hooks[i].fn) mask |= e->hooks[i].mask;
  e->event_mask = mask;
}

void vt_event_emit(vtsim_engine *e, const vtsim_event *ev) {
  if (e->trace && (vt_trace_mask(e->trace) & ev->kind)) vt_trace_event(e, ev);
  for (int i = 0; i < VT_MAX_HOOKS; i++) {
    const vt_hook *h = &e->hooks[i];
    if (!h->fn || !(h->mask & ev->kind)) continue;
    if (h->begin <= h->end && (ev->pc < h->begin || ev->pc > h->end)) continue;
    h->fn(e, ev, h->user);
  }
}

void vt_port_io(vtsim_engine *e, uint64_t pc, uint32_t port, unsigned size, bool write,
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

void vt_open_bus(vtsim_engine *e, uint64_t pc, uint64_t addr, unsigned size, bool write) {
  e->counts.open_bus++;
  if (!vt_event_wanted(e, VTSIM_EV_OPEN_BUS)) return;
  vtsim_event ev = {.kind = VTSIM_EV_OPEN_BUS, .icount = e->icount, .pc = pc};
  ev.u.open_bus.addr = addr;
  ev.u.open_bus.size = (uint8_t)size;
  ev.u.open_bus.write = write;
  vt_event_emit(e, &ev);
}
