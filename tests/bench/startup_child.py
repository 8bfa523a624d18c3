"""One start-up, measured inside a fresh interpreter: prints JSON with milliseconds since the script began.

`bare`: QApplication + QMainWindow shown (the floor). `app`: Heemang Desktop's real start-up path.
"""

import time

T0 = time.perf_counter()

import json  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402

os.environ["QT_QPA_PLATFORM"] = "offscreen"
mode, data_dir = sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else ""
result = {}


def ms():
    return round((time.perf_counter() - T0) * 1000, 1)


from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402


class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and "painted" not in result:
            result["painted"] = ms()
            if mode == "bare":
                QTimer.singleShot(0, app.quit)
        return False


app = QApplication(sys.argv[:1])
watcher = FirstPaint()
if mode == "bare":
    window = QMainWindow()
    window.resize(1200, 760)
    window.installEventFilter(watcher)
    window.show()
else:
    sys.path.insert(0, os.path.dirname(os.path.dirname(__file__)))

    def test_keyring():
        # The app touches keyring only when the store opens; so does the benchmark.
        import keyring
        from memkeyring import MemoryKeyring

        keyring.set_keyring(MemoryKeyring())

    from heemang_desktop.settings import Paths

    from heemang_desktop.gui.launch import build

    def ready(info):
        result["ready"] = ms()
        result["queued"] = info.figures.queued
        app.quit()

    from heemang_desktop.gui.launch import show_then_start

    window, startup = build(Paths(__import__("pathlib").Path(data_dir)), interactive=False, on_ready=ready)
    shown = window.status.set_figures

    def figures_shown(*args):
        shown(*args)
        result.setdefault("figures", ms())

    window.status.set_figures = figures_shown
    window.installEventFilter(watcher)
    window.first_painted.connect(test_keyring)  # connected first, so it runs before the store opens
    show_then_start(window, startup)
QTimer.singleShot(20000, app.quit)
app.exec()
if mode != "bare":
    window.worker.shutdown()
print(json.dumps(result))
