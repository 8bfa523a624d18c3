"""Start-up benchmark: time to the first painted main window, and until the status bar shows the store's figures.

Each run is a fresh interpreter (imports count). Compared, in the same run, with a bare QApplication +
QMainWindow. Goals (issue 18): first paint <= 1.3x bare; figures shown <= 300 ms, on a 42 MB store
with 100,000 queued changes.

    python tests/bench/bench_startup.py [--runs 7] [--frozen dist/heemang-desktop/heemang-desktop]

`--frozen` also times the built app as users launch it (`gui`, timed from before the process
starts, through HEEMANG_STARTUP_TRACE), beside the same command run from source.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def run(mode: str, data_dir: str = "") -> dict:
    out = subprocess.run([sys.executable, str(HERE / "startup_child.py"), mode, data_dir],
                         capture_output=True, text=True, timeout=120, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def run_command(command: list[str], data_dir: Path) -> dict:
    """One `gui` start of a command (the frozen binary, or the CLI from source), in ms since launch."""
    with tempfile.TemporaryDirectory() as tmp:
        trace = Path(tmp) / "trace.json"
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HEEMANG_STARTUP_TRACE=str(trace),
                   # the bench store's key is in no keyring: the app starts as on a PC without one
                   PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
        t0 = time.monotonic()
        subprocess.run([*command, "--data-dir", str(data_dir), "gui"], env=env, capture_output=True,
                       timeout=120, check=True, cwd=tmp)
        marks = json.loads(trace.read_text())
    if "error" in marks:
        raise SystemExit(f"{command[0]}: {marks['error']}")
    return {k: (round((v - t0) * 1000, 1) if k != "queued" else v) for k, v in marks.items()}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--frozen", help="the built app's binary, to time it too")
    args = parser.parse_args()
    from fixture import build_store

    source_cli = [sys.executable, "-c", "import sys; from heemang_desktop.cli import main; sys.exit(main())"]
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        build_store(data)
        size = (data / "heemang.sqlite3").stat().st_size
        run("app", str(data))  # warm the OS file cache and make today's backup, as a second start would
        commands = {"source": source_cli, "frozen": [args.frozen]} if args.frozen else {}
        copies = {}
        for name, command in commands.items():
            # each its own copy and an untimed first start (the binary must be built from this source:
            # an older one refuses a store of a newer schema, and the bench stops with its message)
            copies[name] = Path(tmp) / f"data-{name}"
            shutil.copytree(data, copies[name])
            run_command(command, copies[name])
        bare, painted, figures, ready = [], [], [], []
        launched: dict[str, list[dict]] = {"source": [], "frozen": []}
        for _ in range(args.runs):  # interleaved, so drift hits both alike
            bare.append(run("bare")["painted"])
            r = run("app", str(data))
            painted.append(r["painted"])
            figures.append(r["figures"])
            ready.append(r["ready"])
            assert r["queued"] == 100_000, r
            for name, command in commands.items():
                r = run_command(command, copies[name])
                assert r["queued"] == 100_000, r
                launched[name].append(r)
    b, p, f, w = (statistics.median(x) for x in (bare, painted, figures, ready))
    print(f"store: {size / 1e6:.1f} MB, 100,000 queued changes; {args.runs} runs each, medians")
    print(f"bare QMainWindow first paint      {b:7.1f} ms")
    print(f"Heemang main window first paint   {p:7.1f} ms   ratio {p / b:.2f}x (goal <= 1.3x)")
    print(f"status bar shows store figures    {f:7.1f} ms   (goal <= 300 ms)")
    print(f"menus usable, sync worker started {w:7.1f} ms")
    if args.frozen:
        print("`gui` timed from before the process starts (interpreter start-up included):")
        for name, runs in launched.items():
            p, f, w = (statistics.median(r[k] for r in runs) for k in ("painted", "figures", "ready"))
            print(f"  {name:6}  first paint {p:7.1f} ms   figures {f:7.1f} ms   ready {w:7.1f} ms")


if __name__ == "__main__":
    main()
