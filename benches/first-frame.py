#!/usr/bin/env python3
"""The app's first visible frame against a bare eframe window, in one run.

Both are release builds with the same lock file and features (`cargo build --release --bin
behoeftewijzer --example bare_window`). Each is started in turn, `--runs` times, under the
X display in `DISPLAY` (an Xvfb without a GPU, as on a virtual desktop), with an empty home
folder; the time counted is from starting the process until it says on standard error that
its first frame was drawn and shown (the start of its second frame: the app logs "the window
is drawn with …" at level info, the bare window prints the same). The app is started with an
empty home folder each time (its start screen, as a newcomer sees it) and again with the
complete example to open. Prints the medians and the ratio to the bare window.

Run: `Xvfb :97 -screen 0 1280x1024x24 & DISPLAY=:97 python3 benches/first-frame.py`.
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RELEASE = Path(os.environ.get("RELEASE_DIR", ROOT / "target/release"))


def first_frame(cmd, home, extra_env=None):
    """Seconds from start until the process says its first frame was shown, and the renderer
    it says it drew with."""
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "DISPLAY": os.environ["DISPLAY"],
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_RUNTIME_DIR": str(home / "run"),
        "TMPDIR": str(home),
        "RUST_LOG": "info",
        **(extra_env or {}),
    }
    (home / "run").mkdir(mode=0o700, parents=True, exist_ok=True)
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL,
                            text=True)
    try:
        for line in proc.stderr:
            if "the window is drawn" in line:
                elapsed = time.perf_counter() - start
                drawn_with = "glow" if "with glow" in line else "wgpu"
                return elapsed, drawn_with
        sys.exit(f"{cmd[0]} ended without drawing a frame (exit {proc.wait()})")
    finally:
        proc.kill()
        proc.wait()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11)
    args = parser.parse_args()
    if "DISPLAY" not in os.environ:
        sys.exit("DISPLAY is not set: start Xvfb (see this script's header)")
    app, bare = RELEASE / "behoeftewijzer", RELEASE / "examples/bare_window"
    for binary in (app, bare):
        if not binary.exists():
            sys.exit(f"{binary} does not exist: cargo build --release --bin behoeftewijzer "
                     "--example bare_window")
    example = ROOT / "assets/examples/voorbeeld-compleet.ron"
    cases = {"bare eframe, wgpu": ([str(bare)], {"BARE_RENDERER": "wgpu"}),
             "bare eframe, glow": ([str(bare)], {"BARE_RENDERER": "glow"}),
             "the app, start screen": ([str(app)], {}),
             "the app, the example opened": ([str(app), str(example)], {})}
    times = {name: [] for name in cases}
    chosen = set()
    work = Path(tempfile.mkdtemp(prefix="first-frame-"))
    try:
        for name, (cmd, env) in cases.items():  # warm-up: binaries and fonts in the page cache
            first_frame(cmd, work / "warm", env)
        # Fresh home folders each run: the app looks at the graphics as on a first start.
        for run in range(args.runs):
            for name, (cmd, env) in cases.items():
                home = work / f"{run}-{len(times[name])}-{name.replace(' ', '-')}"
                seconds, drawn_with = first_frame(cmd, home, env)
                times[name].append(seconds)
                if name.startswith("the app"):
                    chosen.add(drawn_with)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if len(chosen) != 1:
        sys.exit(f"the app drew with more than one renderer across runs: {chosen}")
    renderer = chosen.pop()
    yardstick = statistics.median(times[f"bare eframe, {renderer}"])
    print(f"{args.runs} runs each, medians of the time to the first frame shown; "
          f"the app chose {renderer}, so its ratio is to the bare window with {renderer}")
    for name, values in times.items():
        median = statistics.median(values)
        print(f"{name:<30} {median * 1000:7.1f} ms  {median / yardstick:5.2f}× bare {renderer} "
              f"(min {min(values) * 1000:.1f}, max {max(values) * 1000:.1f})")


if __name__ == "__main__":
    main()
