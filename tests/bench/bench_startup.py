"""Start-up benchmark: time to the first painted main window, and until the status bar shows the store's figures.

Each run is a fresh interpreter (imports count). Compared, in the same run, with a bare QApplication +
QMainWindow. Goals (issue 2): first paint <= 1.3x bare; figures shown <= 0.5 s.

    python tests/bench/bench_startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def run(mode: str, data_dir: str = "") -> dict:
    out = subprocess.run([sys.executable, str(HERE / "startup_child.py"), mode, data_dir],
                         capture_output=True, text=True, timeout=120, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    from fixture import build_store

    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        build_store(data)
        size = (data / "heemang.sqlite3").stat().st_size
        run("app", str(data))  # warm the OS file cache and make today's backup, as a second start would
        bare, painted, figures, ready = [], [], [], []
        for _ in range(args.runs):  # interleaved, so drift hits both alike
            bare.append(run("bare")["painted"])
            r = run("app", str(data))
            painted.append(r["painted"])
            figures.append(r["figures"])
            ready.append(r["ready"])
            assert r["queued"] == 100_000, r
    b, p, f, w = (statistics.median(x) for x in (bare, painted, figures, ready))
    print(f"store: {size / 1e6:.1f} MB, 100,000 queued changes; {args.runs} runs each, medians")
    print(f"bare QMainWindow first paint      {b:7.1f} ms")
    print(f"Heemang main window first paint   {p:7.1f} ms   ratio {p / b:.2f}x (goal <= 1.3x)")
    print(f"status bar shows store figures    {f:7.1f} ms   (goal <= 500 ms)")
    print(f"menus usable, sync worker started {w:7.1f} ms")


if __name__ == "__main__":
    main()
