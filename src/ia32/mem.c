/* Linear memory: the slow paths behind the software TLBs (interp.h). A
 * linear address becomes physical through the user-mode mappings (Linux
 * user mode), through paging (system mode with CR0.PG, paging.c), or
 * unchanged. Physical addresses without RAM are open bus. */
#include "common/uspace.h"
#include "debug.h"
#include "paging.h"

void ia32_tlb_flush(ia32_cpu *c) {
  memset(c->rtlb, 0, sizeof c->rtlb);
  memset(c->wtlb, 0, sizeof c->wtlb);
}

/* Forget every cached instruction. The code pages lose their flag, so
 * writes to them take the fast path again until code is fetched there. */
void ia32_icache_flush_mem(vt_mem *m, ia32_cpu *c) {
  c->icache_epoch++;
  c->pool_used = 0; /* a block running now stays readable until it ends */
  c->run_end = NULL;
  for (unsigned i = 0; i < c->ncode_pages; i++) vt_mem_set_code(m, c->code_pages[i], false);
  c->ncode_pages = 0;
}

/* Translate one linear address for an access; 0 with *phys set, or -1 with
 * #PF recorded (user mode: the page is not mapped with that permission). */
static int translate(vtsim_engine *e, ia32_cpu *c, uint32_t lin, bool write, uint64_t *phys) {
  if (c->cr0 & 0x80000000u && !c->uspace) return ia32_paging_translate(e, c, lin, write, phys);
  if (c->uspace) {
    int prot = vt_uspace_prot(c->uspace, lin);
    int need = write ? VT_PROT_WRITE : VT_PROT_READ;
    if (!(prot & need)) {
      c->cr2 = lin;
      c->fault_addr = lin;
      /* error code: P (a mapping exists), W/R, U/S (SDM vol. 3 4.7) */
      return ia32_raise(c, IA32_EXC_PF, true, (prot ? 1u : 0) | (write ? 2u : 0) | 4u);
    }
  }
  *phys = lin;
  return 0;
}

/* Alignment checking (SDM vol. 3 6.15, #AC): CR0.AM, EFLAGS.AC and CPL 3,
 * for the program's own data accesses, not the processor's implicit
 * supervisor ones. While it is on, nothing enters the software TLBs, so
 * every access reaches the slow path and its check. */
static bool align_checking(const ia32_cpu *c) {
  return (c->cr0 & IA32_CR0_AM) && (c->eflags & IA32_EFLAGS_AC) && c->cpl == 3 && !c->implicit_sv;
}

static int check_alignment(ia32_cpu *c, uint32_t lin, unsigned size) {
  if (size > 1 && (lin & (size - 1)) && align_checking(c)) return ia32_raise(c, IA32_EXC_AC, true, 0);
  return 0;
}

static void fill_tlb(vtsim_engine *e, ia32_cpu *c, uint32_t lin, uint64_t phys, bool write) {
  /* The software TLBs serve accesses at the CPL: a supervisor access the
   * processor makes for itself at CPL 3 must not open the page to the program. */
  if (c->implicit_sv && c->cpl == 3) return;
  if (align_checking(c)) return;
  /* Accesses to pages with data breakpoints must reach the slow path. */
  if (IA32_UNLIKELY(c->dbg_data_bps) && ia32_debug_page_watched(c, lin)) return;
  uint8_t *host = vt_mem_page(&e->mem, phys);
  if (!host) return; /* open bus is never cached */
  ia32_tlb_entry *t = &(write ? c->wtlb : c->rtlb)[(lin >> 12) & (IA32_TLB_SIZE - 1)];
  /* Writes to pages holding cached instructions must stay on the slow path. */
  if (write && vt_mem_page_is_code(&e->mem, phys)) return;
  t->tag = (lin >> 12) + 1;
  t->host = host;
}

int ia32_lin_read_slow(vtsim_engine *e, ia32_cpu *c, uint32_t lin, unsigned size, uint32_t *out) {
  uint64_t phys[4];
  if (check_alignment(c, lin, size)) return -1;
  for (unsigned i = 0; i < size; i++)
    if (translate(e, c, lin + i, false, &phys[i])) return -1;
  if (IA32_UNLIKELY(c->dbg_data_bps)) ia32_debug_data_access(c, lin, size, false);
  uint32_t v = 0;
  for (unsigned i = 0; i < size; i++) {
    uint8_t b;
    if (vt_mem_read_bus(&e->mem, phys[i], &b, 1)) vt_open_bus(e, c->eip, phys[i], 1, false);
    v |= (uint32_t)b << (8 * i);
  }
  fill_tlb(e, c, lin, phys[0], false);
  *out = v;
  return 0;
}

int ia32_lin_write_slow(vtsim_engine *e, ia32_cpu *c, uint32_t lin, unsigned size, uint32_t v) {
  uint64_t phys[4];
  if (check_alignment(c, lin, size)) return -1;
  for (unsigned i = 0; i < size; i++) /* all bytes checked before any is written */
    if (translate(e, c, lin + i, true, &phys[i])) return -1;
  if (IA32_UNLIKELY(c->dbg_data_bps)) ia32_debug_data_access(c, lin, size, true);
  for (unsigned i = 0; i < size; i++) {
    uint8_t b = (uint8_t)(v >> (8 * i));
    if (vt_mem_write_bus(&e->mem, phys[i], &b, 1)) vt_open_bus(e, c->eip, phys[i], 1, true);
  }
  fill_tlb(e, c, lin, phys[0], true);
  return 0;
}

/* Instruction bytes: up to len bytes at lin (fewer when a page boundary is
 * followed by an unmapped page); marks the pages as holding code. Returns
 * the count, or -1 with #PF when not even the first byte is readable. */
int ia32_fetch_bytes(vtsim_engine *e, ia32_cpu *c, uint32_t lin, uint8_t *buf, unsigned len) {
  unsigned n = 0;
  while (n < len) {
    uint64_t phys = 0;
    ia32_fault saved = c->fault;
    uint32_t saved_cr2 = c->cr2;
    if (translate(e, c, lin + n, false, &phys)) {
      if (n == 0) return -1;
      c->fault = saved; /* the decoder asks for more only if it needs it */
      c->cr2 = saved_cr2;
      break;
    }
    unsigned chunk = VT_PAGE_SIZE - (unsigned)((lin + n) & (VT_PAGE_SIZE - 1));
    if (chunk > len - n) chunk = len - n;
    if (vt_mem_read_bus(&e->mem, phys, buf + n, chunk)) vt_open_bus(e, c->eip, phys, chunk, false);
    if (!vt_mem_page_is_code(&e->mem, phys) && vt_mem_page(&e->mem, phys)) {
      if (c->ncode_pages == IA32_MAX_CODE_PAGES) ia32_icache_flush_mem(&e->mem, c);
      vt_mem_set_code(&e->mem, phys, true);
      c->code_pages[c->ncode_pages++] = phys & VT_PAGE_MASK;
      memset(c->wtlb, 0, sizeof c->wtlb); /* no write may bypass the new code page */
    }
    n += chunk;
  }
  return (int)n;
}
