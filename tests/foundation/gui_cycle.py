"""Child process for the exit tests: start the real app (run_gui), wait until it is ready, open the
pages named, press 지금 동기화 and close the window as a user would; exit with run_gui's code.
argv: data folder, keyring secrets as JSON, then page ids, or `--early` to close the window just
after its first paint, while the store is still opening, or `--signal SIGINT|SIGTERM` to send the
process that signal instead of closing the window."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, str(Path(__file__).parent.parent))

import keyring  # noqa: E402
from memkeyring import MemoryKeyring  # noqa: E402

backend = MemoryKeyring()
for service, username, secret in json.loads(sys.argv[2]):
    backend.secrets[(service, username)] = secret
keyring.set_keyring(backend)

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from heemang_desktop.settings import Paths  # noqa: E402

from heemang_desktop.gui.launch import run_gui  # noqa: E402
from heemang_desktop.gui.main_window import MainWindow  # noqa: E402

app = QApplication(sys.argv[:1])


def close_when_ready() -> None:
    windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow)]
    window = windows[0] if windows else None
    if window is not None and window.session is not None and window.current_page_id() and getattr(window, "sync", None):
        for page in sys.argv[3:]:
            if "." in page:
                window.open_page(page)
        window.sync.sync_now()
        if "--signal" in sys.argv:  # as Ctrl+C in the terminal, or a logout's SIGTERM, would
            import signal

            QTimer.singleShot(200, lambda: os.kill(os.getpid(), getattr(signal, sys.argv[-1])))
        else:
            QTimer.singleShot(200, window.close)
    else:
        QTimer.singleShot(50, close_when_ready)


def close_early() -> None:
    windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow)]
    if windows and windows[0]._painted:
        QTimer.singleShot(20, windows[0].close)
    else:
        QTimer.singleShot(5, close_early)


QTimer.singleShot(5 if "--early" in sys.argv else 50, close_early if "--early" in sys.argv else close_when_ready)
code = run_gui(Paths(Path(sys.argv[1])))
print("exit", code, flush=True)
sys.exit(code)
