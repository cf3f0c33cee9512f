/* A triple fault: with an empty IDT, #UD cannot be delivered (#GP), the
 * #GP cannot either (#DF), nor the #DF: the processor shuts down. The run
 * must end as a shutdown, never through port 0xF4. */
#include "rt/rt.h"

int test_main(void) {
  observe_str("triple.start", "1");
  struct __attribute__((packed)) { uint16_t limit; uint32_t base; } d = {0, (uint32_t)idt};
  __asm__ volatile("lidt %0\n\tud2" ::"m"(d));
  observe_str("triple.survived", "1");
  return 1;
}
