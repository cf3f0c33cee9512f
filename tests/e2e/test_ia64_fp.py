"""IEEE exceptions of the IA-64 FP instructions (Itanium SDM vol. 1 5.4,
vol. 2 8.2): the bare-metal fp image (flags per status field, fchkf,
Floating-point Fault and Trap with their interruption state), and a Linux
user process that gets SIGFPE for a zero divide or an overflow only when
it enabled the trap in ar.fpsr."""
import pytest

from test_ia64_core import build, exit_with, run
from test_ia64_system import assert_passed, run_image


ARCH = "ia64"  # the CPU model these tests need (conftest.py skips without it)


def test_fp_flags_faults_and_traps(vtsim_bin, guest, tmp_path):
    r, recs, obs = run_image(vtsim_bin, guest, tmp_path, "ia64-test-fp")
    assert_passed(r, obs)
    want = {"flags.sf1": "0x20", "fchkf.enabled": "0x1", "d.flags": "0x2",
            "inv.vector": "0x5c00", "inv.isr": "0x20000000001",
            "inv.target": "0x8000000000000000", "inv.flags": "0x0", "inv_off.flags": "0x1",
            "z_off.flags": "0x4", "z_off.exp": "0x1ffff", "z.isr": "0x20000000004",
            "ovf.vector": "0x5d00", "ovf.isr": "0x20000000801", "ovf.ri": "0x2",
            "ovf.exp": "0x107fd", "ovf.flags": "0x8", "ovf_off.flags": "0x28",
            "inx.isr": "0x40000006001", "inx.sig": "0xa3d70a3d70a3e000",
            "td.vector": "0x0", "td.flags": "0x20", "den.exp": "0xfc01",
            "den.sig": "0x80000000000000", "unf.flags": "0x30", "rsv.code": "0x30",
            "cvt.flags": "0x20", "cvt.value": "0x2", "cvt_big.flags": "0x1",
            "cvtu_neg.value": "0x8000000000000000", "cmp_eq_qnan.flags": "0x0",
            "cmp_lt_qnan.flags": "0x1", "cmp_eq_snan.flags": "0x1", "min_nan.flags": "0x1",
            "ovf_ext.vector": "0x5d00", "ovf_ext.exp": "0x17cff",
            "cmp_wide.lt": "0x1", "fp_ss.isr": "0x20000006009",
            "interruptions": "0x7"}
    assert {k: obs.get(k) for k in want} == want
    assert obs["ovf.iipa"] == obs["ovf.iip"]
    assert int(obs["inx.iip"], 16) == int(obs["inx.iipa"], 16) + 16
    ints = [(x["name"], x["offset"]) for x in recs if x["kind"] == "interruption"]
    assert ints == [("Floating-point Fault", "0x5c00")] * 2 + \
        [("Floating-point Trap", "0x5d00")] * 4 + [("General Exception", "0x5400")]


# ar.fpsr with FPSR.traps bit `bit` cleared (enabled) when `enable`
def fpsr_setup(bit, enable):
    dep = f"\tdep r2 = 0, r2, {bit}, 1\n\t;;\n" if enable else ""
    return ("\talloc r14 = ar.pfs, 0, 1, 1, 0\n\tmov r2 = ar.fpsr\n\t;;\n" + dep +
            "\tmov ar.fpsr = r2\n\t;;\n")


# exit with 10 + the sf0 flag `flag` (v 0, z 2, o 3) once the operation ran
def exit_with_flag(flag):
    return (f"\tmov r3 = ar.fpsr\n\t;;\n\textr.u r3 = r3, {13 + flag}, 1\n\t;;\n"
            "\tadds r32 = 10, r3\n\t;;\n" + exit_with("r32"))


@pytest.mark.parametrize("enable, status", [(False, 11), (True, 128 + 8)])
def test_user_zero_divide_is_sigfpe_only_when_enabled(vtsim_bin, tmp_path, tool, enable,
                                                       status):
    exe = build(tmp_path, tool, "zdiv", fpsr_setup(2, enable) +
                "\tfrcpa.s0 f6, p6 = f1, f0\n\t;;\n" + exit_with_flag(2))
    r = run(vtsim_bin, "--user", exe)
    assert r.returncode == status, r.stderr
    if enable:
        assert "Floating-point Fault" in r.stderr


@pytest.mark.parametrize("enable, status", [(False, 11), (True, 128 + 8)])
def test_user_overflow_trap_is_sigfpe_only_when_enabled(vtsim_bin, tmp_path, tool, enable,
                                                         status):
    exe = build(tmp_path, tool, "ovf", fpsr_setup(3, enable) +
                "\tmovl r2 = 0x7fe0000000000000\n\t;;\n\tsetf.d f6 = r2\n\t;;\n"
                "\tfma.d.s0 f7 = f6, f6, f0\n\t;;\n" + exit_with_flag(3))
    r = run(vtsim_bin, "--user", exe)
    assert r.returncode == status, r.stderr
    if enable:
        assert "Floating-point Trap" in r.stderr
