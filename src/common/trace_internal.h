/* The trace writer as the engine sees it. */
#ifndef VT_TRACE_INTERNAL_H
#define VT_TRACE_INTERNAL_H

#include "engine.h"

/* The kinds the trace records (its part of e->event_mask). */
uint32_t vt_trace_mask(const vt_trace *t);
void vt_trace_event(vtsim_engine *e, const vtsim_event *ev);
/* Close without renaming (engine teardown with a trace still open). */
void vt_trace_abandon(vtsim_engine *e);

#endif
