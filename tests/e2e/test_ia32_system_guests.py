"""The self-checking bare-metal IA-32 images of guests/ia32/tests under
`vtsim run`: each must end through port 0xF4 with status 0, report no
failed check, and make the observations (and trace events) listed here."""
import json
import subprocess

import pytest


@pytest.fixture(autouse=True)
def need_model(arch_supported):
    if not arch_supported("ia32"):
        pytest.skip("this vtsim has no IA-32 CPU model")


def run_image(vtsim_bin, guest, tmp_path, name, *extra):
    trace = tmp_path / "t.jsonl"
    r = subprocess.run([vtsim_bin, "run", guest(name), "--trace", trace, *extra],
                       capture_output=True, text=True, timeout=120)
    recs = [json.loads(line) for line in trace.read_text().splitlines()]
    obs = {x["key"]: x["value"] for x in recs if x["kind"] == "observe"}
    return r, recs, obs


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
