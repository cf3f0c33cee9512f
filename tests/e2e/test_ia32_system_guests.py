"""The self-checking bare-metal IA-32 images of guests/ia32/tests under
`vtsim run`: each must end through port 0xF4 with status 0, report no
failed check, and make the observations (and trace events) listed here."""
import json
import subprocess

from images import run_image


ARCH = "ia32"  # the CPU model these tests need (conftest.py skips without it)


def assert_passed(r, obs):
    assert "FAIL" not in r.stdout, r.stdout
    assert r.returncode == 0, r.stdout + r.stderr
    assert obs["failures"] == "0x0"


def test_idt_faults_gates_and_rings(vtsim_bin, guest, tmp_path):
    r, recs, obs = run_image(vtsim_bin, guest, tmp_path, "ia32-test-idt")
    assert_passed(r, obs)
    want = {"de.vector": "0x0", "ud.vector": "0x6", "bp.vector": "0x3", "gp.error": "0x1f8",
            "np.error": "0x30", "ss.vector": "0xc", "np_gate.error": "0x20a",
            "user_de.cs": "0x1b", "int80.stack_is_esp0": "0x1", "int_dpl.error": "0x202",
            "iret_outer.ds": "0x0", "gate.p1": "0x11", "gate.p2": "0x22", "gate.back_cpl": "0x3",
            "gate_dpl.error": "0x30", "ts.vector": "0xa", "ts.error": "0x20", "df.vector": "0x8",
            "df.error": "0x0"}
    assert {k: obs.get(k) for k in want} == want
    exc = [x for x in recs if x["kind"] == "exception"]
    # INT 0x80 from ring 3 lands at ring 0; #DF follows the #NP it could not deliver.
    assert any(x["vector"] == 128 and x["cpl_before"] == 3 and x["cpl_after"] == 0 for x in exc)
    df = next(i for i, x in enumerate(exc) if x["vector"] == 8)
    assert exc[df - 1]["vector"] == 11 and exc[df]["error_code"] == "0x0"
    end = recs[-1]
    assert end["counts"]["exceptions"] == len(exc)


def test_triple_fault_shuts_down(vtsim_bin, guest, tmp_path):
    r, recs, obs = run_image(vtsim_bin, guest, tmp_path, "ia32-test-triple")
    assert obs.get("triple.start") == "1" and "triple.survived" not in obs
    end = recs[-1]
    assert end["reason"] == "shutdown" and "triple fault" in end["detail"]
    exc = [x["vector"] for x in recs if x["kind"] == "exception"]
    assert exc == [6, 13, 8]
    gp = [x for x in recs if x["kind"] == "exception" and x["vector"] == 13][0]
    assert gp["error_code"] == hex(6 * 8 + 2 + 1)  # the IDT entry of #UD, EXT set


def test_system_instructions(vtsim_bin, guest, tmp_path):
    r, recs, obs = run_image(vtsim_bin, guest, tmp_path, "ia32-test-sys")
    assert_passed(r, obs)
    want = {"ltr_busy.error": "0x28", "lar.ar": "0xcffa00", "arpl.sel": "0x13",
            "cache.old_base": "0xaaaa", "cache.new_base": "0xbbbb", "lmsw.cr0": "0x19",
            "msr.feature_control": "0x5", "msr.unknown.vector": "0xd", "gd.vector": "0x1",
            "gd.dr6_bd": "0x1", "de_dr4.vector": "0x6", "user.rdtsc_tsd": "0xd0000",
            "sysenter.cpl": "0x0", "sysexit.cpl": "0x3", "expdown.above_limit_ok": "0xff",
            "expdown.below.vector": "0xd", "expdown.straddle.vector": "0xd",
            "expdown16.top_ok": "0xff", "expdown16.past_top.vector": "0xd"}
    assert {k: obs.get(k) for k in want} == want


def test_paging(vtsim_bin, guest, tmp_path):
    r, recs, obs = run_image(vtsim_bin, guest, tmp_path, "ia32-test-paging")
    assert_passed(r, obs)
    want = {"d.after_write": "0x60", "np.error": "0x2", "np.cr2": "0x805008",
            "wp1.error": "0x3", "user.sup.error": "0x5", "user.ro.error": "0x7",
            "tlb.stale": "0x202", "tlb.after_invlpg": "0x100", "global.kept": "0x103",
            "global.invlpg": "0x111", "rsvd.error": "0x9"}
    assert {k: obs.get(k) for k in want} == want
    switches = [x for x in recs if x["kind"] == "as_switch"]
    roots = [x["root"] for x in switches]  # pd, pd (flush), pd2, pd
    assert len(roots) == 4 and roots[0] == roots[1] == roots[3] != roots[2]
    assert all(x["cpl"] == 0 for x in switches)
    pf = [x for x in recs if x["kind"] == "exception" and x["vector"] == 14]
    assert pf[0]["addr"] == "0x805008" and pf[0]["error_code"] == "0x2"


def test_timer_interrupts(vtsim_bin, guest, tmp_path):
    r, recs, obs = run_image(vtsim_bin, guest, tmp_path, "ia32-test-timer")
    assert_passed(r, obs)
    assert obs["hlt5.ticks"] == "0x6" and obs["unmasked.ticks"] == "0x7"
    irqs = [x for x in recs if x["kind"] == "interrupt"]
    assert len(irqs) == 7 and all(x["vector"] == 0x20 and x["name"] == "IRQ0" for x in irqs)
    assert recs[-1]["counts"]["interrupts"] == 7


def test_timer_is_deterministic(vtsim_bin, guest, tmp_path):
    runs = [run_image(vtsim_bin, guest, tmp_path, "ia32-test-timer")[1] for _ in range(2)]
    icounts = [[x["icount"] for x in recs if x["kind"] == "interrupt"] for recs in runs]
    assert icounts[0] == icounts[1]


def test_io_permissions(vtsim_bin, guest, tmp_path):
    r, recs, obs = run_image(vtsim_bin, guest, tmp_path, "ia32-test-io")
    assert_passed(r, obs)
    want = {"bitmap.e9_allowed": "0xff", "bitmap.80_denied": "0xd0000",
            "bitmap.word_straddling": "0xd", "iopl0.cli": "0xd", "iopl0.popf_keeps_if": "0x0",
            "nomap.e9": "0xd", "iopl3.port": "0xff"}
    assert {k: obs.get(k) for k in want} == want


def test_halt_with_interrupts_off_ends_the_run(vtsim_bin, guest, tmp_path):
    """The demo guest ends with CLI; HLT after its exit port write; a guest
    that halts with IF = 0 and no exit can never resume."""
    src = tmp_path / "h.S"
    src.write_text(".code32\n.globl _start\n_start: cli\n hlt\n")
    import shutil
    subprocess.run([shutil.which("as"), "--32", "-o", tmp_path / "h.o", src], check=True)
    subprocess.run([shutil.which("ld"), "-m", "elf_i386", "-Ttext=0x100000", "-e", "_start",
                    "-o", tmp_path / "h", tmp_path / "h.o"], check=True)
    trace = tmp_path / "t.jsonl"
    subprocess.run([vtsim_bin, "run", tmp_path / "h", "--trace", trace], capture_output=True,
                   timeout=60)
    end = json.loads(trace.read_text().splitlines()[-1])
    assert end["reason"] == "halted" and "interrupts disabled" in end["detail"]


def test_single_step(vtsim_bin, guest, tmp_path):
    r, recs, obs = run_image(vtsim_bin, guest, tmp_path, "ia32-test-debug")
    assert_passed(r, obs)
    assert obs["step.count"] == "0x5" and obs["fault.steps"] == "0x5"
    # MOV SS / POP SS hold their traps to the next instruction; INT n, INT3
    # and INTO are not stepped.
    assert (obs["movss.steps"], obs["movss_bp.count"], obs["int_tf.steps"]) == ("0x7", "0x1", "0x5")
    db = [x for x in recs if x["kind"] == "exception" and x["vector"] == 1]
    assert len(db) == 10 + 7 + 1 + 5 and all(x["name"] == "#DB" for x in db)


def test_real_mode_round_trip(vtsim_bin, guest, tmp_path):
    r, recs, obs = run_image(vtsim_bin, guest, tmp_path, "ia32-test-realmode")
    assert_passed(r, obs)
    want = {"dual.32_before": "0xeb1234", "dual.16_pm": "0xaaaa1234", "real.cs": "0x800",
            "real.alias": "0x5a5a", "int.if_in_handler": "0x0", "int.pushed_cs": "0x800",
            "int.handler_cs": "0x7f0", "iret.if": "0x1", "far.cs": "0x780", "far.ret": "0x77",
            "ud.handled": "0x66", "real.op32": "0x23456789", "dual.16_real": "0xbbbb1234",
            "dual.32_after": "0xeb1234", "pm.cs": "0x8"}
    assert {k: obs.get(k) for k in want} == want
    # INT 0x40 and the #UD went through the IVT at real-mode privilege 0.
    exc = [(x["vector"], x["cpl_before"]) for x in recs if x["kind"] == "exception"]
    assert exc == [(0x40, 0), (6, 0)]


def test_debug_breakpoints(vtsim_bin, guest, tmp_path):
    r, recs, obs = run_image(vtsim_bin, guest, tmp_path, "ia32-test-breakpoints")
    assert_passed(r, obs)
    want = {"ib.count": "0x2", "ib.first_not_run": "0x0", "ib.first_dr6": "0x1",
            "ib.second_after_one": "0x1", "ib.second_dr6": "0x2", "enable.count": "0x1",
            "enable.g2_dr6": "0x4", "cached.before": "0x3", "rf.fault_pushed": "0x10000",
            "rf.int_pushed": "0x0", "dw.count": "0x2", "dw.value_written": "0x5",
            "dw.dr6": "0x2", "drw.count": "0x2", "drw.dr6": "0x8", "fault.vector": "0x5",
            "fault.no_db": "0x0", "step_data.dr6": "0x4002", "step_data.count": "0x4"}
    assert {k: obs.get(k) for k in want} == want
    # 2 + 1 + 1 + 1 instruction breakpoints, 2 + 2 data traps, none for BOUND's
    # read (it faults), 4 single-step traps.
    db = [x for x in recs if x["kind"] == "exception" and x["vector"] == 1]
    assert len(db) == 13
