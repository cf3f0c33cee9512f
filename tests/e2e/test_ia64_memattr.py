"""The memory-attribute image guests/ia64/tests/memattr.S under `vtsim run`
(Itanium SDM vol. 2 4.4, 5.5.5, 8.2): what each attribute lets speculative,
advanced, semaphore and 16-byte references do, physical bit 63, PSR.be on
wide accesses, rfi with IPSR.ed, ptc.ga and the ALAT."""

from test_ia64_system import assert_passed, run_image


ARCH = "ia64"  # the CPU model these tests need (conftest.py skips without it)


def test_memory_attributes_byte_order_and_exception_deferral(vtsim_bin, guest, tmp_path):
    r, recs, obs = run_image(vtsim_bin, guest, tmp_path, "ia64-test-memattr")
    assert_passed(r, obs)
    want = {
        # plain accesses work everywhere; ld.s defers on UC/UCE only
        "uc.load": "0x1234", "uc.spec_nat": "0x1", "uce.spec_nat": "0x1",
        "wc.spec_nat": "0x0", "wc.spec_value": "0x1234", "uc.spec_adv_nat": "0x1",
        # advanced loads to non-speculative memory: no access, 0, no ALAT entry;
        # the check load reloads without allocating one
        "uc.adv_value": "0x0", "uc.adv_no_entry": "0x1", "wb.adv_no_entry": "0x0",
        "uc.check_value": "0x1234", "uc.check_no_entry": "0x1", "uc.ldf_adv_value": "0x0",
        "uc.ldf_adv_no_entry": "0x1", "spec.faults": "0x0",
        # Unsupported Data Reference: vector, code, ISR r/w, IFA
        "wc_cmpxchg.vector": "0x5b00", "wc_cmpxchg.code": "0x0", "wc_cmpxchg.isr": "0x6",
        "wc_cmpxchg.ifa": "0x2000000000004010", "uc_xchg.isr": "0x6",
        "uc_xchg.ifa": "0x2000000000002018", "uce_fetchadd.vector": "0x5b00",
        "uce_fetchadd.ifa": "0x2000000000003020", "wb_fetchadd.old": "0x1234",
        "wb_fetchadd.new": "0x1235", "uc_ld16.vector": "0x5b00", "uc_ld16.isr": "0x4",
        "uc_ld16.ifa": "0x2000000000002020", "wc_st16.vector": "0x5b00",
        "wc_st16.isr": "0x2", "uc_cmp8xchg16.vector": "0x5b00", "uc_cmp8xchg16.isr": "0x6",
        "cmp8xchg16.old": "0x88", "cmp8xchg16.lo": "0xaa", "cmp8xchg16.hi": "0xcc",
        # physical addressing: bit 63 is UC, outside the unimplemented-address check
        "phys.alias": "0x5a5a", "phys.uc_spec_nat": "0x1", "phys.wb_spec_nat": "0x0",
        "phys_unimpl.vector": "0x5400", "phys_unimpl.isr": "0x4",
        "phys_unimpl.ifa": "0x4000000000000",
        # PSR.be: ldfe and stf.spill as one datum, ld16 and ldfps per element
        "be.ldfe_exp": "0xffff", "be.ldfe_sig": "0x8000000000000000",
        "be.spill_lo": "0x3e00010000000000", "be.spill_hi": "0x807060504030201",
        "be.ld16_r1": "0x1020304050607", "be.ld16_csd": "0x8090a0b0c0d0e0f",
        "be.ldfps_f1": "0x3f800000", "be.ldfps_f2": "0x40000000",
        "be.cmp8xchg16_old": "0x88", "be.cmp8xchg16_lo": "0xaa", "be.cmp8xchg16_hi": "0xcc",
        "be.cmp8xchg16_byte0": "0x0",
        # rfi with IPSR.ed
        "ed.spec_nat": "0x1", "ed.next_nat": "0x0", "ed.faults": "0x0",
        "lfetch_fault.vector": "0x1000", "lfetch_fault.code": "0x4",
        "lfetch_fault.isr": "0xc", "lfetch_fault.ifa": "0x2000000000007000",
        "lfetch_unimpl.vector": "0x5400", "lfetch_unimpl.code": "0x34",
        "lfetch_unimpl.isr": "0xc", "lfetch_unimpl.ifa": "0x4000000000000",
        # reserved ma on insertion; ptc.ga and the ALAT
        "rsvd_ma.vector": "0x5400", "rsvd_ma.code": "0x30",
        "ptc_ga.before": "0x0", "ptc_ga.after": "0x1", "ptc_unimpl.vector": "0x5400",
        "ptc_unimpl.ifa": "0x2010000000000000",
        # the walker does not insert an entry with a reserved ma
        "walk_rsvd_ma.vector": "0x800", "walk_rsvd_ma.ifa": "0x4000000000008000",
        # ... but inserts one marked not present: Page Not Present
        "walk_not_present.vector": "0x5000", "walk_not_present.ifa": "0x4000000000009000",
        "interruptions": "0xd"}
    assert {k: obs.get(k) for k in want} == want
    names = [x["name"] for x in recs if x["kind"] == "interruption"]
    assert names == ["Unsupported Data Reference"] * 6 + [
        "General Exception", "Alternate Data TLB"] + ["General Exception"] * 3 + [
        "Data TLB", "Page Not Present"]
    udr = [x for x in recs if x["kind"] == "interruption" and x["offset"] == "0x5b00"]
    assert [x["ifa"] for x in udr][:1] == ["0x2000000000004010"]
