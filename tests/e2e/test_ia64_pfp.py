"""Parallel FP of IA-64 in a Linux user process (Itanium SDM vol. 3 fpma,
fpms, fpnma, fpmerge, fpcmp, fpmin/fpmax/fpamin/fpamax, fpcvt.fx, fpack):
two singles packed in a significand (high 63:32, low 31:0), computed per
half; the program writes the result significand and the sf0 flags."""
import struct
import subprocess

import pytest

from test_ia64_core import build, exit_with, run


ARCH = "ia64"  # the CPU model these tests need (conftest.py skips without it)


def pair(hi, lo):
    return hi << 32 | lo


# f6's significand and the sf0 flags to stdout, then exit 0
EPILOGUE = ("\tgetf.sig r3 = f6\n\tmov r4 = ar.fpsr\n\tmovl r5 = buf\n\t;;\n"
            "\textr.u r4 = r4, 13, 6\n\tst8 [r5] = r3, 8\n\t;;\n\tst8 [r5] = r4\n"
            "\tmov out0 = 1\n\tmovl out1 = buf\n\tmov out2 = 16\n\tmov r15 = 1027\n\t;;\n"
            "\tbreak.m 0x100000\n\t;;\n\tmov r32 = 0\n\t;;\n" + exit_with("r32"))
BUF = "buf:\t.skip 16\n"


# f7, f8, f9 from significands, FPSR.traps bits below `enable` cleared, then `insn`
def program(insn, f7, f8=0, f9=0, enable=0):
    body = "\talloc r14 = ar.pfs, 0, 1, 3, 0\n"
    if enable:
        body += ("\tmov r2 = ar.fpsr\n\t;;\n"
                 f"\tdep r2 = 0, r2, 0, {enable}\n\t;;\n\tmov ar.fpsr = r2\n\t;;\n")
    for reg, val in (("f7", f7), ("f8", f8), ("f9", f9)):
        body += f"\tmovl r2 = {val:#x}\n\t;;\n\tsetf.sig {reg} = r2\n\t;;\n"
    return body + f"\t{insn}\n\t;;\n" + EPILOGUE


def run_bytes(vtsim_bin, exe):
    r = subprocess.run([str(vtsim_bin), "run", "--user", str(exe)], capture_output=True,
                       timeout=60)
    assert r.returncode == 0, r.stderr
    return struct.unpack("<QQ", r.stdout[:16])


ONE, TWO, THREE, ONE_HALF = 0x3f800000, 0x40000000, 0x40400000, 0x3fc00000
NEG_ZERO, NEG_ONE = 0x80000000, 0xbf800000

CASES = [
    # 1.5 * 2 + 1 = 4 | 2 * 3 - 1 = 5
    ("fpma.s0 f6 = f7, f8, f9", pair(ONE_HALF, TWO), pair(TWO, THREE), pair(ONE, NEG_ONE),
     pair(0x40800000, 0x40a00000), 0),
    # 1.5 * 2 - 1 = 2 | 2 * 3 + 1 = 7
    ("fpms.s0 f6 = f7, f8, f9", pair(ONE_HALF, TWO), pair(TWO, THREE), pair(ONE, NEG_ONE),
     pair(TWO, 0x40e00000), 0),
    # -(1.5 * 2) + 1 = -2 | -(2 * 3) - 1 = -7
    ("fpnma.s0 f6 = f7, f8, f9", pair(ONE_HALF, TWO), pair(TWO, THREE), pair(ONE, NEG_ONE),
     pair(0xc0000000, 0xc0e00000), 0),
    # fpmpy (f2 = f0) keeps the -0 of each product
    ("fpmpy.s0 f6 = f7, f8", pair(NEG_ZERO, ONE), pair(ONE, NEG_ZERO), 0,
     pair(NEG_ZERO, NEG_ZERO), 0),
    # (1 + 2^-23)^2 in both halves: rounded to 24 bits, inexact
    ("fpma.s0 f6 = f7, f8, f0", pair(0x3f800001, 0x3f800001), pair(0x3f800001, 0x3f800001), 0,
     pair(0x3f800002, 0x3f800002), 0x20),
    # 2^127 * 2 overflows the single range in the high half only (o, i)
    ("fpma.s0 f6 = f7, f8, f0", pair(0x7f000000, ONE), pair(TWO, TWO), 0,
     pair(0x7f800000, TWO), 0x28),
    ("fpcmp.lt.s0 f6 = f7, f8", pair(ONE, THREE), pair(TWO, TWO), 0, pair(0xffffffff, 0), 0),
    ("fpcmp.nle.s0 f6 = f7, f8", pair(ONE, THREE), pair(TWO, TWO), 0, pair(0, 0xffffffff), 0),
    # a QNaN half: unordered, invalid for lt
    ("fpcmp.unord.s0 f6 = f7, f8", pair(0x7fc00000, ONE), pair(ONE, ONE), 0,
     pair(0xffffffff, 0), 0),
    ("fpcmp.lt.s0 f6 = f7, f8", pair(0x7fc00000, ONE), pair(ONE, ONE), 0, pair(0, 0), 0x1),
    ("fpmerge.s f6 = f7, f8", pair(NEG_ONE, ONE), pair(TWO, 0xc0400000), 0,
     pair(0xc0000000, 0x40400000), 0),
    ("fpmerge.ns f6 = f7, f8", pair(NEG_ONE, ONE), pair(TWO, 0xc0400000), 0,
     pair(TWO, 0xc0400000), 0),
    ("fpmerge.se f6 = f7, f8", pair(0xc0000000, ONE), pair(0x3fc00000, 0x40400000), 0,
     pair(0xc0400000, 0x3fc00000), 0),
    ("fpmax.s0 f6 = f7, f8", pair(0xc0000000, ONE), pair(ONE, TWO), 0, pair(ONE, TWO), 0),
    ("fpamin.s0 f6 = f7, f8", pair(0xc0000000, ONE), pair(ONE, NEG_ONE), 0,
     pair(ONE, NEG_ONE), 0),
    # -2.5 | 7.75 truncated: -2 | 7, inexact
    ("fpcvt.fx.trunc.s0 f6 = f7", pair(0xc0200000, 0x40f80000), 0, 0,
     pair(0xfffffffe, 7), 0x20),
    # fswap: f3's low half, then f2's high half; .nl/.nr negate the high/low result
    ("fswap f6 = f7, f8", pair(ONE, TWO), pair(THREE, ONE_HALF), 0, pair(ONE_HALF, ONE), 0),
    ("fswap.nl f6 = f7, f8", pair(ONE, TWO), pair(THREE, ONE_HALF), 0,
     pair(0xbfc00000, ONE), 0),
    ("fswap.nr f6 = f7, f8", pair(ONE, TWO), pair(THREE, ONE_HALF), 0, pair(ONE_HALF, NEG_ONE), 0),
    ("fmix.l f6 = f7, f8", pair(ONE, TWO), pair(THREE, ONE_HALF), 0, pair(ONE, THREE), 0),
    ("fmix.r f6 = f7, f8", pair(ONE, TWO), pair(THREE, ONE_HALF), 0, pair(TWO, ONE_HALF), 0),
    ("fmix.lr f6 = f7, f8", pair(ONE, TWO), pair(THREE, ONE_HALF), 0, pair(ONE, ONE_HALF), 0),
    ("fpcvt.fxu.s0 f6 = f7", pair(NEG_ONE, 0x4f000000), 0, 0, pair(0x80000000, 0x80000000), 0x1),
]


@pytest.mark.parametrize("insn, f7, f8, f9, want, flags", CASES)
def test_parallel_fp_halves(vtsim_bin, tmp_path, tool, insn, f7, f8, f9, want, flags):
    exe = build(tmp_path, tool, "pfp", program(insn, f7, f8, f9), BUF)
    sig, got_flags = run_bytes(vtsim_bin, exe)
    assert (hex(sig), got_flags) == (hex(want), flags)


def test_fpack_converts_register_values_to_singles(vtsim_bin, tmp_path, tool):
    # 3 (fcvt.xf) high, -1 (fnma) low, in single memory format
    body = ("\talloc r14 = ar.pfs, 0, 1, 3, 0\n\tmov r2 = 3\n\t;;\n\tsetf.sig f7 = r2\n\t;;\n"
            "\tfcvt.xf f7 = f7\n\tfnma.s0 f8 = f1, f1, f0\n\t;;\n\tfpack f6 = f7, f8\n\t;;\n")
    exe = build(tmp_path, tool, "fpack", body + EPILOGUE, BUF)
    assert run_bytes(vtsim_bin, exe) == (pair(0x40400000, NEG_ONE), 0)


def test_enabled_invalid_in_one_half_is_a_fault(vtsim_bin, tmp_path, tool):
    # an SNaN in the low half with the v trap enabled: SIGFPE, nothing written
    exe = build(tmp_path, tool, "pfpv",
                program("fpma.s0 f6 = f7, f8, f0", pair(ONE, 0x7f800001), pair(ONE, ONE),
                        enable=1), BUF)
    r = run(vtsim_bin, "--user", exe)
    assert r.returncode == 128 + 8, r.stderr
    assert "Floating-point Fault" in r.stderr
