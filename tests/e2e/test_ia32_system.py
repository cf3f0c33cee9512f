"""Bare-metal IA-32 runs: the demo guest on the pc platform, the trace it
writes, and how a run ends when the budget runs out or a signal arrives."""
import json
import signal
import subprocess
import time

import pytest


@pytest.fixture(scope="module")
def spin_guest(tmp_path_factory, tool):
    """A bare-metal image that prints one line and then spins forever."""
    d = tmp_path_factory.mktemp("spin")
    src = d / "spin.S"
    src.write_text(".code32\n.globl _start\n_start: movb $'x', %al\n outb %al, $0xe9\n"
                   " movb $10, %al\n outb %al, $0xe9\n1: jmp 1b\n")
    subprocess.run([tool("as"), "--32", "-o", d / "spin.o", src], check=True)
    subprocess.run([tool("ld"), "-m", "elf_i386", "-Ttext=0x100000", "-e", "_start", "-o",
                    d / "spin", d / "spin.o"], check=True)
    return d / "spin"


ARCH = "ia32"  # the CPU model these tests need (conftest.py skips without it)


def records(path):
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_demo_guest_prints_and_exits_zero(vtsim_bin, guest, tmp_path):
    trace = tmp_path / "t.jsonl"
    r = subprocess.run([vtsim_bin, "run", guest("ia32-hello"), "--trace", trace],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert r.stdout == "Hello from the IA-32 model of vtsim.\n@demo.cpl=0\n"
    recs = records(trace)
    assert recs[0]["kind"] == "meta" and recs[0]["arch"] == "ia32"
    assert {"kind": "observe", "key": "demo.cpl", "value": "0"}.items() <= \
        next(r for r in recs if r["kind"] == "observe").items()
    end = recs[-1]
    assert end["kind"] == "end" and end["reason"] == "exit" and end["exit_status"] == 0
    assert end["counts"]["io"] > 0


def test_instruction_trace_names_each_instruction(vtsim_bin, guest, tmp_path):
    trace = tmp_path / "t.jsonl"
    subprocess.run([vtsim_bin, "run", guest("ia32-hello"), "--trace", trace, "--trace-insn"],
                   capture_output=True, timeout=60, check=True)
    insns = [r for r in records(trace) if r["kind"] == "insn"]
    assert insns[0]["pc"] == "0x100000" and insns[0]["sym"] == "_start"
    assert insns[0]["asm"].startswith("mov esi")
    assert len(insns) == records(trace)[-1]["counts"]["insns"]


def test_budget_ends_the_run_with_status_124(vtsim_bin, spin_guest, tmp_path):
    trace = tmp_path / "t.jsonl"
    r = subprocess.run([vtsim_bin, "run", spin_guest, "--max-insns", "5000", "--trace", trace],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 124
    assert "budget" in r.stderr
    end = records(trace)[-1]
    assert end["reason"] == "budget" and end["icount"] == 5000


@pytest.mark.parametrize("sig,status", [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_signal_stops_the_run_and_completes_the_trace(vtsim_bin, spin_guest, tmp_path, sig,
                                                      status):
    trace = tmp_path / "t.jsonl"
    p = subprocess.Popen([vtsim_bin, "run", spin_guest, "--trace", trace],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert p.stdout.readline() == b"x\n"  # the guest is running
    time.sleep(0.2)
    p.send_signal(sig)
    assert p.wait(timeout=30) == status
    assert not (tmp_path / "t.jsonl.part").exists()
    end = records(trace)[-1]
    assert end["kind"] == "end" and end["reason"] == "requested"
    r = subprocess.run([vtsim_bin, "validate", trace], capture_output=True)
    assert r.returncode == 0


def test_disasm_lists_the_demo_code(vtsim_bin, guest):
    r = subprocess.run([vtsim_bin, "disasm", guest("ia32-hello")], capture_output=True, text=True,
                       timeout=60)
    assert r.returncode == 0
    assert "<_start>:" in r.stdout and "out 0xe9, al" in r.stdout


def test_flat_binary_loads_at_the_given_address(vtsim_bin, guest, tmp_path, tool):
    flat = tmp_path / "hello.bin"
    subprocess.run([tool("objcopy"), "-O", "binary", "--only-section=.text", "--only-section=.data",
                    guest("ia32-hello"), flat], check=True)
    r = subprocess.run([vtsim_bin, "run", "--load", "0x100000", flat], capture_output=True,
                       text=True, timeout=60)
    assert r.returncode == 0 and r.stdout.startswith("Hello from the IA-32 model")
    # the same bytes one page higher: the code's absolute addresses now point at the wrong data
    r = subprocess.run([vtsim_bin, "run", "--load", "0x200000", "--max-insns", "100000", flat],
                       capture_output=True, text=True, timeout=60)
    assert not r.stdout.startswith("Hello")
