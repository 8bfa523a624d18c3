"""`heemang-desktop status --json | head -1`: when the reader stops early the command ends quietly
(it printed a BrokenPipeError traceback)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

CHILD = """
import sys
sys.path.insert(0, sys.argv[2])
import keyring
from memkeyring import MemoryKeyring
keyring.set_keyring(MemoryKeyring())
from heemang_desktop import cli
import contextlib, io
with contextlib.redirect_stdout(io.StringIO()):
    cli.main(["--data-dir", sys.argv[1], "init", "--facility-code", "K0161", "--facility-name", "희망요양원",
              "--facility-type", "노인요양시설", "--user-id", "admin", "--user-name", "김관리", "--role", "관리자"])
code = 0
for _ in range(400):  # ~160 KB, more than a pipe buffer: the reader is gone long before the end
    code = cli.main(["--data-dir", sys.argv[1], "status", "--json"])
    if code:
        break
sys.exit(code)
"""


def test_status_into_a_closed_pipe_ends_quietly(tmp_path):
    tests = str(Path(__file__).parent.parent)
    writer = subprocess.Popen([sys.executable, "-c", CHILD, str(tmp_path / "data"), tests],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    first = writer.stdout.readline()
    writer.stdout.close()  # as `| head -1` does
    _, err = writer.communicate(timeout=120)
    assert first.startswith(b"{")
    assert writer.returncode == 0 and b"Traceback" not in err, err.decode(errors="replace")[-2000:]
