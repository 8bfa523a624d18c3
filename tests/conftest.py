"""Shared fixtures. Qt runs offscreen and secrets go to an in-memory keyring, set here for everyone."""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before any Qt import, whoever runs the tests
os.environ.pop("HEEMANG_DATA_DIR", None)
sys.path.insert(0, str(Path(__file__).parent))

import keyring  # noqa: E402
import pytest  # noqa: E402
from memkeyring import MemoryKeyring  # noqa: E402

from heemang_desktop.app import SetupInput, initialize  # noqa: E402
from heemang_desktop.settings import Paths  # noqa: E402

FACILITY = dict(facility_code="K0161", facility_name="희망요양원", facility_type="노인요양시설")


@pytest.fixture(autouse=True)
def memory_keyring():
    """Every test gets an empty in-memory keyring (never the real OS one, never a file)."""
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def stop_gui_workers(request):
    """A test that leaves a window open must not leave its database thread running into the next."""
    yield
    worker = sys.modules.get("heemang_desktop.gui.worker")
    if worker is not None:
        worker.shutdown_all()
        # What this test's windows leave to Python's collector is collected now, with every thread
        # stopped. Left to chance it was collected in the middle of the next test, while that test's
        # database thread ran, and once crashed the run (segfault while garbage-collecting). The app
        # itself has one window per process and deletes it before exit (gui/launch.dispose).
        # Only tests with widgets leave such garbage: the others skip the collection's cost.
        if "qtbot" in request.fixturenames:
            gc.collect()


@pytest.fixture(scope="session", autouse=True)
def qt_application(qapp):
    """The widgets' QApplication from the start, as the GUI makes it before anything renders: a PDF
    test running first would otherwise get render/'s widget-less QGuiApplication, and every GUI test
    after it in the same process would abort."""
    return qapp


@pytest.fixture
def paths(tmp_path) -> Paths:
    return Paths(tmp_path / "data")


@pytest.fixture
def setup_result(paths):
    result = initialize(paths, SetupInput(**FACILITY, user_id="admin", user_name="김관리", role="관리자"))
    yield result
    result.context.close()


@pytest.fixture
def ctx(setup_result):
    """An initialized store (facility K0161) with its sole user, an admin, signed in."""
    return setup_result.context


@pytest.fixture
def main_window(qtbot, paths):
    """Factory for the real main window on the initialized store at `paths` (close the test's ctx first):
    `open_window(page_id=None, timeout=10000) -> window`, shown, started and ready within `timeout` ms,
    with that page open. Each window is closed at teardown, its sync and database threads stopped."""
    from heemang_desktop.gui.launch import build

    windows = []

    def open_window(page_id: str | None = None, timeout: int = 10000):
        ready = []
        window, startup = build(paths, interactive=False, on_ready=ready.append)
        qtbot.addWidget(window)
        windows.append(window)
        window.show()
        startup.start()
        qtbot.waitUntil(lambda: bool(ready), timeout=timeout)
        if page_id is not None:
            window.open_page(page_id)
        return window

    yield open_window
    for window in windows:
        if getattr(window, "sync", None) is not None:
            window.sync.shutdown()
        window.close()
