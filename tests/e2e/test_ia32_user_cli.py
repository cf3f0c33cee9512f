"""What `vtsim run --user` tells about a run besides the guest's output:
--strace lines, the unimplemented list, the trace's syscall events, and the
fatal signal of a guest that faults."""
import json
import subprocess

import pytest


ARCH = "ia32"  # the CPU model these tests need (conftest.py skips without it)


def build(tmp_path, tool, name, body):
    src = tmp_path / f"{name}.S"
    src.write_text(".globl _start\n_start:\n" + body)
    exe = tmp_path / name
    subprocess.run([tool("gcc"), "-m32", "-static", "-nostdlib", "-fno-pie", "-no-pie", "-o", exe,
                    src], check=True)
    return exe


EXIT_7 = "movl $1, %eax\nmovl $7, %ebx\nint $0x80\n"


def run(vtsim_bin, *args):
    return subprocess.run([str(vtsim_bin), "run", *map(str, args)], capture_output=True,
                          text=True, timeout=60)


def test_strace_prints_each_call(vtsim_bin, tmp_path, tool):
    exe = build(tmp_path, tool, "hello", "movl $4, %eax\nmovl $1, %ebx\nmovl $msg, %ecx\n"
                "movl $3, %edx\nint $0x80\n" + EXIT_7 + ".data\nmsg: .ascii \"hi\\n\"\n")
    r = run(vtsim_bin, "--user", "--strace", exe)
    assert r.returncode == 7 and r.stdout == "hi\n"
    assert r.stderr.splitlines() == ['write(1, "hi\\n", 3) = 3', "exit(7) = ?"]


def test_strace_needs_user_mode(vtsim_bin, guest):
    r = run(vtsim_bin, guest("ia32-hello"), "--strace")
    assert r.returncode == 2 and "--strace applies to user mode" in r.stderr


def test_unimplemented_system_call_returns_enosys_and_is_listed(vtsim_bin, tmp_path, tool):
    # fork (2) is not implemented: -ENOSYS (-38) comes back in EAX, the guest exits with it.
    exe = build(tmp_path, tool, "fork", "movl $2, %eax\nint $0x80\nnegl %eax\nmovl %eax, %ebx\n"
                "movl $1, %eax\nint $0x80\n")
    trace = tmp_path / "t.jsonl"
    r = run(vtsim_bin, "--user", "--trace", trace, exe)
    assert r.returncode == 38
    assert "vtsim: unimplemented: fork(2) x1" in r.stderr
    recs = [json.loads(line) for line in trace.read_text().splitlines()]
    calls = [x for x in recs if x["kind"] == "syscall"]
    assert calls[0]["name"] == "fork" and calls[0]["result"] == -38
    assert recs[-1]["counts"]["unimplemented"] == 1 and recs[-1]["counts"]["syscalls"] == 2


def test_unimplemented_instruction_raises_ud_and_is_listed(vtsim_bin, tmp_path, tool):
    exe = build(tmp_path, tool, "rdpmc", "rdpmc\n" + EXIT_7)  # not modelled
    trace = tmp_path / "t.jsonl"
    r = run(vtsim_bin, "--user", "--trace", trace, exe)
    assert r.returncode == 128 + 4  # SIGILL, as Linux delivers #UD
    assert "vtsim: unimplemented: rdpmc" in r.stderr
    recs = [json.loads(line) for line in trace.read_text().splitlines()]
    assert [x["name"] for x in recs if x["kind"] == "exception"] == ["#UD"]
    assert recs[-1]["reason"] == "fatal_signal" and recs[-1]["signal"] == 4
    assert recs[-1]["counts"]["unimplemented"] == 1


@pytest.mark.parametrize("body,signal", [
    ("movl $0, 0\n", 11),                               # #PF on an unmapped page: SIGSEGV
    ("xorl %ecx, %ecx\ndivl %ecx\n", 8),                 # #DE: SIGFPE
    ("cli\n", 11),                                       # CPL 3 > IOPL 0: #GP, SIGSEGV
    ("movl $_start, %eax\nmovl $0, (%eax)\n", 11),       # text is not writable
])
def test_guest_faults_become_the_linux_signal(vtsim_bin, tmp_path, tool, body, signal):
    exe = build(tmp_path, tool, "fault", body + EXIT_7)
    r = run(vtsim_bin, "--user", exe)
    assert r.returncode == 128 + signal, r.stderr
    q = subprocess.run(["qemu-i386", str(exe)], capture_output=True, timeout=60)
    assert q.returncode == -signal  # qemu-user dies of the same signal


def test_x87_unmasked_exception_is_sigfpe_at_the_next_wait(vtsim_bin, tmp_path, tool):
    # ZM = 0: FDIVP only flags the zero divide; FWAIT raises #MF, which Linux
    # turns into SIGFPE. qemu-i386 does not model #MF, so the oracle is the
    # host CPU when its kernel runs i386 binaries.
    exe = build(tmp_path, tool, "mf", "pushl $0x037b\nfldcw (%esp)\nfldz\nfld1\nfdivp\n"
                "fnstsw %ax\nfwait\n" + EXIT_7)
    r = run(vtsim_bin, "--user", exe)
    assert r.returncode == 128 + 8, r.stderr
    try:
        native = subprocess.run([str(exe)], capture_output=True, timeout=60)
    except OSError:
        return  # the host kernel does not run i386 binaries
    assert native.returncode == -8
