/* int 0x80: the table lookup, the counters, the event, the strace line and
 * the report of unimplemented calls. */
#include <errno.h>
#include <stdio.h>

#include "linux_internal.h"

static void note_unimplemented(ia32_linux *lx, uint32_t nr) {
  for (unsigned i = 0; i < lx->nunimpl; i++)
    if (lx->unimpl[i].number == nr) {
      lx->unimpl[i].count++;
      return;
    }
  if (lx->nunimpl < IA32_MAX_UNIMPL)
    lx->unimpl[lx->nunimpl++] = (ia32_unimpl){nr, 1};
  else
    lx->unimpl_dropped++;
}

/* Addresses (hex results) above 2 GiB are not errors: only -4095..-1 are. */
static int64_t event_result(const ia32_syscall_desc *d, int32_t r) {
  if ((uint32_t)r > (uint32_t)-4096 || !d || d->ret != 'x') return r;
  return (uint32_t)r;
}

int ia32_linux_syscall(ia32_linux *lx, vtsim_engine *e, uint32_t gpr[8], uint64_t user_gdt[16],
                       uint32_t pc, int *status) {
  ia32_sys s = {.lx = lx,
                .e = e,
                .gdt = user_gdt,
                .nr = gpr[IA32_EAX],
                .a = {gpr[IA32_EBX], gpr[IA32_ECX], gpr[IA32_EDX], gpr[IA32_ESI], gpr[IA32_EDI],
                      gpr[IA32_EBP]},
                .action = IA32_LINUX_CONTINUE};
  const ia32_syscall_desc *d = ia32_syscall_lookup(s.nr);
  int32_t r;
  if (d && d->fn) {
    r = d->fn(&s);
  } else {
    r = -ENOSYS;
    s.unimplemented = true;
  }
  e->counts.syscalls++;
  if (s.unimplemented) {
    e->counts.unimplemented++;
    note_unimplemented(lx, s.nr);
  }
  gpr[IA32_EAX] = (uint32_t)r;
  if (vt_event_wanted(e, VTSIM_EV_SYSCALL)) {
    vtsim_event ev = {.kind = VTSIM_EV_SYSCALL, .icount = e->icount, .pc = pc};
    ev.u.syscall.number = s.nr;
    ev.u.syscall.name = d ? d->name : "unknown";
    for (int i = 0; i < 6; i++) ev.u.syscall.args[i] = s.a[i];
    ev.u.syscall.result = event_result(d, r);
    vt_event_emit(e, &ev);
  }
  if (e->cfg.strace_fd >= 0) ia32_strace(&s, d, r);
  if (s.action == IA32_LINUX_EXIT && status) *status = s.status;
  return s.action;
}

size_t ia32_linux_unimplemented_report(const ia32_linux *lx, char *out, size_t outlen) {
  size_t len = 0;
  for (unsigned i = 0; i < lx->nunimpl; i++) {
    const ia32_syscall_desc *d = ia32_syscall_lookup(lx->unimpl[i].number);
    char item[96];
    int n = snprintf(item, sizeof item, "%s%s(%u) x%u", i ? ", " : "", d ? d->name : "unknown",
                     lx->unimpl[i].number, lx->unimpl[i].count);
    if (len < outlen) snprintf(out + len, outlen - len, "%s", item);
    len += (size_t)n;
  }
  if (lx->unimpl_dropped) {
    char item[64];
    int n = snprintf(item, sizeof item, ", %u more", lx->unimpl_dropped);
    if (len < outlen) snprintf(out + len, outlen - len, "%s", item);
    len += (size_t)n;
  }
  if (outlen && len == 0) out[0] = '\0';
  return len;
}
