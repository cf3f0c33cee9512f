/* 32-bit paging: identity-mapped 4 MiB pages for the image, a 4 KiB page
 * table for a test window; U/S and R/W with CR0.WP, accessed and dirty
 * bits, #PF error codes and CR2, stale translations until INVLPG or a CR3
 * load, global pages surviving a CR3 load, 4 MiB pages with CR4.PSE. */
#include "rt/rt.h"

enum { P = 1, W = 2, U = 4, A = 0x20, D = 0x40, PS = 0x80, G = 0x100 };
enum { WINDOW = 0x800000 }; /* linear 8 MiB: the 4 KiB-page window */

static uint32_t pd[1024] __attribute__((aligned(4096)));
static uint32_t pd2[1024] __attribute__((aligned(4096)));
static uint32_t pt[1024] __attribute__((aligned(4096)));
static uint8_t frames[4][4096] __attribute__((aligned(4096)));

static volatile uint32_t *win(unsigned page) { return (volatile uint32_t *)(WINDOW + page * 4096); }
static void invlpg(uint32_t lin) { __asm__ volatile("invlpg (%0)" ::"r"(lin) : "memory"); }

static volatile uint32_t user_read_vec, user_read_err, user_write_err, user_ok_value;
static void user_accesses(void) {
  EXPECT_FAULT("movl (%0), %%eax", : : "r"(WINDOW + 0 * 4096) : "eax"); /* supervisor page */
  user_read_vec = last_vector;
  user_read_err = last_error;
  EXPECT_FAULT("movl $1, (%0)", : : "r"(WINDOW + 1 * 4096) : "memory"); /* user, read-only */
  user_write_err = last_error;
  user_ok_value = *win(1);
  user_return();
}

int test_main(void) {
  /* Identity map the first 8 MiB with 4 MiB user pages (the image, its
   * stacks and data are there), the window through pt. */
  pd[0] = 0x000000 | P | W | U | PS;
  pd[1] = 0x400000 | P | W | U | PS;
  pd[2] = (uint32_t)pt | P | W | U;
  for (unsigned i = 0; i < 4; i++) pt[i] = (uint32_t)frames[i] | P;
  pt[0] |= W;         /* page 0: supervisor, writable */
  pt[1] |= U;         /* page 1: user, read-only */
  pt[2] |= W | U;     /* page 2: user, writable */
  pt[3] |= W | U | G; /* page 3: global */
  for (unsigned i = 0; i < 4; i++) ((volatile uint32_t *)frames[i])[0] = 0x100 + i;
  write_cr4(0x10 | 0x80); /* PSE, PGE */
  write_cr3((uint32_t)pd);
  write_cr0(read_cr0() | 0x80000000u);
  check("pg.on", read_cr0() >> 31, 1);
  check("read.page0", *win(0), 0x100);

  /* Accessed and dirty bits are written back. */
  volatile uint32_t *vpt = pt; /* the processor writes these behind the compiler's back */
  check("a.after_read", vpt[0] & (A | D), A);
  *win(2) = 0x202;
  check("d.after_write", vpt[2] & (A | D), A | D);
  check("write.frame", ((volatile uint32_t *)frames[2])[0], 0x202);

  /* A not-present page: #PF, error code 2 (write, supervisor), CR2. */
  EXPECT_FAULT("movl $1, (%0)", : : "r"(WINDOW + 5 * 4096 + 8) : "memory");
  check("np.vector", last_vector, 14);
  check("np.error", last_error, 2);
  check("np.cr2", read_cr2(), WINDOW + 5 * 4096 + 8);
  /* CR0.WP = 0: ring 0 writes a read-only page; WP = 1: #PF error 3. */
  *win(1) = 0x111;
  check("wp0.write", *win(1), 0x111);
  write_cr0(read_cr0() | 0x10000);
  EXPECT_FAULT("movl $1, (%0)", : : "r"(WINDOW + 1 * 4096) : "memory");
  check("wp1.error", last_error, 3);
  /* Ring 3: a supervisor page (error 5: present, read, user), a read-only
   * one (7: present, write, user), a readable one. */
  rt_to_user(user_accesses, 0x2);
  check("user.sup.vector", user_read_vec, 14);
  check("user.sup.error", user_read_err, 5);
  check("user.ro.error", user_write_err, 7);
  check("user.ro.read", user_ok_value, 0x111);

  /* The TLB: a changed PTE is not seen until INVLPG. */
  check("tlb.before", *win(2), 0x202);
  vpt[2] = (vpt[2] & 0xfff) | (uint32_t)frames[0];
  check("tlb.stale", *win(2), 0x202);
  invlpg(WINDOW + 2 * 4096);
  check("tlb.after_invlpg", *win(2), 0x100);
  /* A CR3 load flushes non-global translations; the global one stays. */
  check("global.before", *win(3), 0x103);
  vpt[3] = (vpt[3] & 0xfff) | (uint32_t)frames[1];
  vpt[2] = (vpt[2] & 0xfff) | (uint32_t)frames[2];
  write_cr3((uint32_t)pd);
  check("cr3.flushed", *win(2), 0x202);
  check("global.kept", *win(3), 0x103);
  invlpg(WINDOW + 3 * 4096);
  check("global.invlpg", *win(3), 0x111);
  /* Another address space: a CR3 load switches translations. */
  for (unsigned i = 0; i < 1024; i++) pd2[i] = pd[i];
  pd2[2] = 0x400000 | P | W | PS; /* the window now maps 4..8 MiB */
  write_cr3((uint32_t)pd2);
  check("as2.window", *win(0) == *(volatile uint32_t *)0x400000, 1);
  write_cr3((uint32_t)pd);
  check("as1.window", *win(0), 0x100);
  /* A 4 MiB page with reserved bit 21 set (reserved with or without PSE-36): #PF with RSVD
   * (error 9). */
  pd[3] = 0x400000 | P | W | PS | 0x200000;
  EXPECT_FAULT("movl (%0), %%eax", : : "r"(0xc00000) : "eax");
  check("rsvd.error", last_error, 9);
  write_cr0(read_cr0() & ~0x80010000u);
  return 0;
}
