#!/usr/bin/env python3
"""Key-to-pixel latency in the real window, with both renderers, in one run (issue 35).

What an officer on a desk without a graphics card feels: the time from a key (sent through
XTEST, as a keyboard would) to the first changed pixel of the window (read in a loop with
XShmGetImage), for typing a character, a switch between sections (Ctrl+Page Down/Up), the
needs profile and the brief's preview; against one frame of the same window (the pointer
moved onto a menu, whose highlight is one frame's work). Also the time to the last change
before the window stood still: a second frame or an animation after the first shows there.

The app is the release build, started with `BEHOEFTEWIJZER_RENDERER=glow` and `=wgpu` in
turn (rounds alternate between them), each with an empty home folder and a copy of the
complete example. Prints medians (and the spread) per kind of step, and each as a ratio to
that renderer's frame.

Needs: an X display without a GPU in `DISPLAY` (Xvfb), gcc with the X11, Xext and Xtst
headers (Debian: libx11-dev libxext-dev libxtst-dev), xdotool.
Run: `cargo build --release --bin behoeftewijzer`, then
`Xvfb :97 -screen 0 1280x1024x24 & DISPLAY=:97 python3 benches/latency.py`. To compare
builds in one run: `--exe old/behoeftewijzer --exe new/behoeftewijzer --renderers glow`.
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
QUIET_MS = 300

# Where the app's window has what the steps use, at 1100 × 760 and 100 % text: the menu
# "Bestand", an empty stretch of the menu bar, and the field "Afdeling of team" of section 1.
MENU = "move:40,15"
BAR = "move:700,15"
FIELD = (527, 672)
SECTIONS = 8


def build_helper(work):
    helper = work / "keylat"
    subprocess.run(["gcc", "-O2", "-o", str(helper), str(ROOT / "benches/latency/keylat.c"),
                    "-lX11", "-lXext", "-lXtst"], check=True)
    return helper


def start(exe, renderer, work, n, label):
    home = work / f"home-{label}-{n}"
    (home / "run").mkdir(mode=0o700, parents=True)
    profile = home / "voorbeeld.ron"
    shutil.copy(ROOT / "assets/examples/voorbeeld-compleet.ron", profile)
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "DISPLAY": os.environ["DISPLAY"],
           "HOME": str(home), "XDG_DATA_HOME": str(home / "data"),
           "XDG_CONFIG_HOME": str(home / "config"), "XDG_RUNTIME_DIR": str(home / "run"),
           "RUST_LOG": "info", "BEHOEFTEWIJZER_RENDERER": renderer}
    proc = subprocess.Popen([str(exe), str(profile)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    for line in proc.stderr:
        if "the window is drawn with" in line:
            if renderer not in line:
                sys.exit(f"asked for {renderer}, got: {line}")
            break
    else:
        sys.exit(f"the app ended without a window (exit {proc.wait()})")
    window = subprocess.run(["xdotool", "search", "--sync", "--pid", str(proc.pid)],
                            capture_output=True, text=True, check=True).stdout.split()[-1]
    subprocess.run(["xdotool", "windowfocus", "--sync", window], check=True)
    time.sleep(0.5)
    return proc, window


def steps(helper, window, *names):
    out = subprocess.run([str(helper), window, str(QUIET_MS), *names], capture_output=True,
                         text=True, check=True).stdout.split("\n")
    results = []
    for line in filter(None, out):
        parts = line.split()
        if parts[1] == "timeout":
            sys.exit(f"{parts[0]}: the window did not change")
        results.append((float(parts[1]), float(parts[2])))
    return results


def one_round(helper, window):
    """Samples of each kind: (first pixel, last change) in ms."""
    got = {"one frame": [], "typing": [], "section switch": [], "needs profile": [],
           "preview": [], "back from the documents": []}
    got["one frame"] += steps(helper, window, MENU, BAR, MENU, BAR)
    subprocess.run(["xdotool", "mousemove", "--window", window, str(FIELD[0]), str(FIELD[1]),
                    "click", "1"], check=True)
    subprocess.run(["xdotool", "key", "--window", window, "End"], check=True)
    time.sleep(0.3)
    got["typing"] += steps(helper, window, "a", "BackSpace", "a", "BackSpace")
    subprocess.run(["xdotool", "mousemove", "--window", window, "700", "15"], check=True)
    forward = steps(helper, window, *["ctrl+Next"] * (SECTIONS + 2))
    got["section switch"] += forward[:SECTIONS - 1]
    got["needs profile"].append(forward[SECTIONS])
    got["preview"].append(forward[SECTIONS + 1])
    back = steps(helper, window, *["ctrl+Prior"] * (SECTIONS + 2))
    got["back from the documents"] += back[:2]
    got["section switch"] += back[3:]
    return got


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--exe", action="append",
                        help="a build to measure (again for each build to compare, in one "
                             "run); the release build when not given")
    parser.add_argument("--renderers", default="glow,wgpu",
                        help="which renderers, with a comma between (default: glow,wgpu)")
    args = parser.parse_args()
    if "DISPLAY" not in os.environ:
        sys.exit("DISPLAY is not set: start Xvfb (see this script's header)")
    exes = [Path(e) for e in args.exe or [RELEASE / "behoeftewijzer"]]
    renderers = args.renderers.split(",")
    # Each build with each renderer; rounds alternate between all of them.
    variants = [(exe, r, f"{r}" if len(exes) == 1 else f"{exe}, {r}")
                for exe in exes for r in renderers]
    work = Path(tempfile.mkdtemp(prefix="latency-"))
    samples = {label: {} for _, _, label in variants}
    try:
        helper = build_helper(work)
        for n in range(args.rounds):
            for i, (exe, renderer, label) in enumerate(variants):
                proc, window = start(exe, renderer, work, n, i)
                try:
                    for kind, values in one_round(helper, window).items():
                        samples[label].setdefault(kind, []).extend(values)
                finally:
                    proc.kill()
                    proc.wait()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"{args.rounds} rounds, each build and renderer in a fresh window per round; medians "
          "in ms (min–max), and the ratio to one frame of the same build and renderer")
    frames = {}
    for _, _, label in variants:
        frame = statistics.median(f for f, _ in samples[label]["one frame"])
        frames[label] = frame
        print(f"\n{label}")
        for kind, values in samples[label].items():
            first = [f for f, _ in values]
            last = [s for _, s in values]
            print(f"  {kind:<26} first pixel {statistics.median(first):6.1f} "
                  f"({min(first):.1f}–{max(first):.1f})  {statistics.median(first) / frame:4.2f}×"
                  f"   settled {statistics.median(last):6.1f}  "
                  f"{statistics.median(last) / frame:4.2f}×   n={len(values)}")
    if len(exes) == 1 and {"glow", "wgpu"} <= set(renderers):
        print(f"\none frame, glow against wgpu: {frames['glow'] / frames['wgpu']:.2f}×")


if __name__ == "__main__":
    main()
