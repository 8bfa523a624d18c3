"""`gui --screenshot` prints the file it saved and nothing else: Qt's messages go to the support log."""

from __future__ import annotations

import os
import subprocess
import sys


def test_a_screenshot_prints_no_qt_warnings(setup_result, paths, tmp_path):
    setup_result.context.close()
    out = tmp_path / "shot.png"
    run = subprocess.run([sys.executable, "-m", "heemang_desktop", "--data-dir", str(paths.data_dir), "gui",
                          "--screenshot", str(out)],
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, capture_output=True, text=True,
                         timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == str(out) and out.stat().st_size > 10_000
    assert run.stderr == ""  # the offscreen platform's propagateSizeHints() line used to come once per window
