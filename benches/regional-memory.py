#!/usr/bin/env python3
"""The regional brief's memory and time against the number of profiles, in one run.

Makes N profiles from the complete example (each its own organisation, so none is left out as
a copy of another), then runs `behoeftewijzer compare … --brief regional.pdf` on the first
2, 50, 100 and 200 of them, `--runs` times each in turn, and reads the process's peak resident
memory (maximum RSS, from the kernel's accounting of the finished child) and its wall time.
Prints the medians, the memory per extra profile, and the 200-profile figure against issue
35's target (under 60 MiB).

Run: `cargo build --release && python3 benches/regional-memory.py` (or `--exe` another build).
"""

import argparse
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "assets/examples/voorbeeld-compleet.ron"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--exe", default=str(ROOT / "target/release/behoeftewijzer"))
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    example = EXAMPLE.read_text(encoding="utf-8")
    counts = [2, 50, 100, 200]
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        profiles = []
        for i in range(1, max(counts) + 1):
            path = folder / f"gemeente-{i:03}.ron"
            path.write_text(
                example.replace("Gemeente Voorbeeld", f"Gemeente Voorbeeld {i}"),
                encoding="utf-8",
            )
            profiles.append(path)
        results = {}
        for n in counts:
            rss, secs = [], []
            for _ in range(args.runs):
                # Each run in a fresh child, so that its peak is its own: ru_maxrss only
                # grows, and the counts are taken from small to large.
                code = (
                    "import resource,subprocess,sys;"
                    "subprocess.run(sys.argv[1:],stdout=subprocess.DEVNULL,check=True);"
                    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
                )
                start = time.perf_counter()
                out = subprocess.run(
                    [
                        "python3",
                        "-c",
                        code,
                        args.exe,
                        "compare",
                        *map(str, profiles[:n]),
                        "--brief",
                        str(folder / "regional.pdf"),
                        "--force",
                    ],
                    capture_output=True,
                    check=True,
                    text=True,
                )
                secs.append(time.perf_counter() - start)
                rss.append(int(out.stdout.strip()) / 1024)
            results[n] = (statistics.median(rss), statistics.median(secs), min(rss), max(rss))
            print(
                f"{n:4} profiles: {results[n][0]:6.1f} MiB (spread {results[n][2]:.1f}-"
                f"{results[n][3]:.1f}), {results[n][1] * 1000:6.0f} ms"
            )
    per = (results[200][0] - results[50][0]) / 150
    print(f"per extra profile (50 to 200): {per:.3f} MiB")
    print(f"200 profiles: {results[200][0]:.1f} MiB against the target of under 60 MiB")


if __name__ == "__main__":
    main()
