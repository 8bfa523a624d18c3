"""`gui --screenshot` (what the smoke test runs on the built app) refuses to pass off a window whose
Korean would be drawn as boxes: without a font that has Hangul it fails with the reason."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]


def screenshot(paths, out: Path, env_extra: dict) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHON_KEYRING_BACKEND": "memkeyring.MemoryKeyring",
           "PYTHONPATH": os.pathsep.join([str(TESTS), os.environ.get("PYTHONPATH", "")]), **env_extra}
    return subprocess.run([sys.executable, "-m", "heemang_desktop", "--data-dir", str(paths.data_dir), "gui",
                           "--screenshot", str(out)], env=env, capture_output=True, text=True, timeout=120)


def test_no_hangul_font_fails_the_screenshot_with_the_reason(ctx, paths, tmp_path):
    ctx.close()
    latin_only = tmp_path / "fonts.conf"  # fontconfig sees one folder of Latin fonts and nothing else
    latin_only.write_text(f"""<?xml version="1.0"?><fontconfig><dir>/usr/share/fonts/truetype/dejavu</dir>
<cachedir>{tmp_path / "fc-cache"}</cachedir></fontconfig>""", encoding="utf-8")
    run = screenshot(paths, tmp_path / "none.png", {"FONTCONFIG_FILE": str(latin_only)})
    assert run.returncode == 1 and "한글 글꼴" in run.stderr
    assert not (tmp_path / "none.png").exists()
    run = screenshot(paths, tmp_path / "main.png", {})
    assert run.returncode == 0, run.stderr
    assert (tmp_path / "main.png").stat().st_size > 5_000
