/* I/O protection: at ring 3 with IOPL 0 the TSS I/O permission bitmap
 * decides port by port; with IOPL 3 every port is allowed; CLI/STI follow
 * IOPL and POPF silently keeps IF when CPL > IOPL. */
#include "rt/rt.h"

static volatile uint32_t r_e9, r_80, r_81w, r_cli, r_if_after_popf, r_in_e9;
static void user_io(void) {
  last_vector = 0xff;
  EXPECT_FAULT("outb %%al, $0xe9", : : "a"('\n')); /* allowed by the bitmap */
  r_e9 = last_vector;
  EXPECT_FAULT("outb %%al, $0x80", : : "a"(0));
  r_80 = last_vector << 16 | last_error;
  EXPECT_FAULT("outw %%ax, $0xe8", : : "a"(0)); /* 0xe8 denied, 0xe9 allowed: still #GP */
  r_81w = last_vector;
  EXPECT_FAULT("cli");
  r_cli = last_vector;
  /* POPF with IF set in the image: IF stays as it was (0), no fault. */
  uint32_t fl;
  __asm__ volatile("pushl $0x202\n\tpopfl\n\tpushfl\n\tpopl %0" : "=r"(fl));
  r_if_after_popf = (fl >> 9) & 1;
  user_return();
}

static volatile uint32_t r3_80, r3_cli;
static void user_iopl3(void) {
  last_vector = 0xff;
  outb(0x80, 0);
  r3_80 = last_vector;
  __asm__ volatile("cli; sti; cli");
  r3_cli = last_vector;
  user_return();
}

int test_main(void) {
  for (unsigned i = 0; i < 8192; i++) tss_iomap[i] = 0xff;
  tss_iomap[0xe9 / 8] &= (uint8_t)~(1u << (0xe9 % 8)); /* only port 0xE9 */
  rt_to_user(user_io, 0x2);
  check("bitmap.e9_allowed", r_e9, 0xff);
  check("bitmap.80_denied", r_80, 13u << 16);
  check("bitmap.word_straddling", r_81w, 13);
  check("iopl0.cli", r_cli, 13);
  check("iopl0.popf_keeps_if", r_if_after_popf, 0);
  /* An I/O map base beyond the TSS limit: every port denied at ring 3. */
  tss.iomap = 0xffff;
  rt_to_user(user_io, 0x2);
  check("nomap.e9", r_e9, 13);
  tss.iomap = sizeof tss;
  rt_to_user(user_iopl3, 0x3002);
  check("iopl3.port", r3_80, 0xff);
  check("iopl3.cli", r3_cli, 0xff);
  return 0;
}
