"""Running a self-checking bare-metal image for the end-to-end tests."""
import json
import subprocess


def run_image(vtsim_bin, guest, tmp_path, name, *extra):
    """Run guest image `name` with a trace; return the process, the trace
    records and its @KEY=VALUE observations."""
    trace = tmp_path / "t.jsonl"
    r = subprocess.run([vtsim_bin, "run", guest(name), "--trace", trace, *extra],
                       capture_output=True, text=True, timeout=120)
    recs = [json.loads(line) for line in trace.read_text().splitlines()]
    obs = {x["key"]: x["value"] for x in recs if x["kind"] == "observe"}
    return r, recs, obs
