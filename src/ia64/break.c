/* break: the Linux system call gate in user mode (break 0x100000), the
 * Ski simulator calls in system mode (break 0x80001 / 0x80000, docs/
 * platform.md); any other immediate is a Break Instruction fault
 * (Itanium SDM vol. 3 break). */
#include <stdio.h>
#include <time.h>

#include "ia64/interp.h"
#include "ia64/linux.h"

enum { LINUX_SYSCALL_BREAK = 0x100000, SSC_BREAK = 0x80001, SSC_BREAK_ALT = 0x80000 };
enum { SSC_STOP = 0, SSC_CONSOLE_INIT = 20, SSC_PUTCHAR = 31, SSC_GET_RTC = 65, SSC_EXIT = 66 };

/* A GR of the current frame, 0 outside it. */
static uint64_t frame_gr(const ia64_cpu *c, unsigned r) {
  return r < c->frame_end ? ia64_gr(c, r) : 0;
}

static int linux_syscall(vtsim_engine *e, ia64_cpu *c) {
  uint64_t args[8];
  unsigned out0 = 32 + c->cfm.sol; /* the caller's outputs (linux.h) */
  for (unsigned i = 0; i < 8; i++) args[i] = frame_gr(c, out0 + i);
  uint64_t ret;
  bool error;
  int status = 0;
  int r = ia64_linux_syscall(c->linux, e, c->ip, ia64_gr(c, 15), args, &ret, &error, &status);
  ia64_gr_set(c, 8, ret, false);
  ia64_gr_set(c, 10, error ? ~0ull : 0, false);
  if (r == IA64_LINUX_MAP_CHANGED) {
    ia64_tlb_flush(c);
  } else if (r == IA64_LINUX_EXIT) {
    c->stop_reason = VTSIM_STOP_EXIT;
    c->attn = 1;
    c->exit_status = status;
  }
  return IA64_OK;
}

static void note_ssc(ia64_cpu *c, uint64_t n) {
  char item[32];
  snprintf(item, sizeof item, "ssc(%llu)", (unsigned long long)n);
  if (strstr(c->unimpl_ssc, item)) return;
  size_t used = strlen(c->unimpl_ssc);
  snprintf(c->unimpl_ssc + used, sizeof c->unimpl_ssc - used, "%s%s", used ? ", " : "", item);
}

/* SSC_GET_RTC: the deterministic clock as an EFI_TIME (UEFI spec 8.3: year
 * u16, month, day, hour, minute, second, pad u8, nanosecond u32, timezone
 * i16 (0: UTC), daylight, pad u8) at the physical address in arg0. */
static uint64_t get_rtc(vtsim_engine *e, uint64_t pa) {
  time_t secs = (time_t)(VT_EPOCH_SECONDS + e->icount / 1000000000u);
  struct tm tm;
  gmtime_r(&secs, &tm);
  uint32_t ns = (uint32_t)(e->icount % 1000000000u);
  uint16_t year = (uint16_t)(tm.tm_year + 1900);
  uint8_t t[16] = {(uint8_t)year, (uint8_t)(year >> 8), (uint8_t)(tm.tm_mon + 1),
                   (uint8_t)tm.tm_mday, (uint8_t)tm.tm_hour, (uint8_t)tm.tm_min,
                   (uint8_t)tm.tm_sec, 0, (uint8_t)ns, (uint8_t)(ns >> 8), (uint8_t)(ns >> 16),
                   (uint8_t)(ns >> 24)};
  return vt_mem_write(&e->mem, pa, t, sizeof t) ? ~0ull : 0;
}

static int ski_call(vtsim_engine *e, ia64_cpu *c) {
  uint64_t n = ia64_gr(c, 15), arg0 = frame_gr(c, 32);
  switch (n) {
  case SSC_PUTCHAR:
    vt_console_putc(e, (uint8_t)arg0);
    ia64_gr_set(c, 8, 0, false);
    break;
  case SSC_CONSOLE_INIT: /* the console needs no set-up */
    ia64_gr_set(c, 8, 0, false);
    break;
  case SSC_GET_RTC:
    ia64_gr_set(c, 8, get_rtc(e, arg0), false);
    break;
  case SSC_EXIT:
    c->stop_reason = VTSIM_STOP_EXIT;
    c->attn = 1;
    c->exit_status = (int)(arg0 & 0xff);
    break;
  case SSC_STOP:
    c->stop_reason = VTSIM_STOP_EXIT;
    c->attn = 1;
    c->exit_status = 0;
    break;
  default:
    e->counts.unimplemented++;
    note_ssc(c, n);
    ia64_gr_set(c, 8, ~0ull, false);
    break;
  }
  return IA64_OK;
}

int ia64_break(vtsim_engine *e, ia64_cpu *c, uint64_t imm) {
  if (c->linux && imm == LINUX_SYSCALL_BREAK) return linux_syscall(e, c);
  if (!c->linux && (imm == SSC_BREAK || imm == SSC_BREAK_ALT)) return ski_call(e, c);
  if (!c->linux && imm == 0) {
    c->stop_reason = VTSIM_STOP_SHUTDOWN;
    c->attn = 1;
    return IA64_OK;
  }
  c->fault = (ia64_fault){.kind = IA64_F_BREAK, .imm = imm};
  return IA64_FAULT;
}
