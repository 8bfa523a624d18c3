"""`gui --screenshot` on a folder not set up yet saves the setup form (found walking issue 14: since the
keyring check runs on the database thread before the form opens, the run returned with that thread
alive and Qt aborted the process, exit 134). Without a keyring it ends with the Korean reason instead."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parent.parent


def screenshot(data_dir: Path, out: Path, backend: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHON_KEYRING_BACKEND": backend,
           "PYTHONPATH": os.pathsep.join([str(TESTS), os.environ.get("PYTHONPATH", "")])}
    return subprocess.run([sys.executable, "-m", "heemang_desktop", "--data-dir", str(data_dir), "gui",
                           "--screenshot", str(out)], env=env, capture_output=True, text=True, timeout=120)


def test_a_new_folder_screenshot_saves_the_setup_form(tmp_path):
    out = tmp_path / "setup.png"
    run = screenshot(tmp_path / "data", out, "memkeyring.MemoryKeyring")
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == str(out) and out.stat().st_size > 5_000
    assert not (tmp_path / "data" / "heemang.sqlite3").exists()  # a screenshot sets nothing up


def test_without_a_keyring_it_says_so_and_ends(tmp_path):
    run = screenshot(tmp_path / "data", tmp_path / "setup.png", "keyring.backends.fail.Keyring")
    assert run.returncode == 1, run.stderr
    assert "키링" in run.stderr and not (tmp_path / "setup.png").exists()
