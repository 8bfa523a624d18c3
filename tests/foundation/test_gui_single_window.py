"""One window per data folder (issue 10): the window holds the folder's lock for its life, a second
launch brings the first window forward and exits, a window waits while a CLI command writes, and
the window opens and closes many times (in this process and as the real app) without a crash."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from heemang_desktop.store.folder_lock import FolderLock
from heemang_desktop.sync.credentials import account_of, remember

from heemang_desktop.gui.launch import build
from heemang_desktop.gui.single_instance import server_name

HERE = Path(__file__).parent
CHILD_ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
CRASH_SIGNS = ("Fatal Python error", "QThread: Destroyed", "Timers cannot be stopped", "Traceback")


def other_process_can_lock(data_dir: Path) -> bool:
    """What another process sees: can it take the folder's lock right now?"""
    code = ("import sys; from pathlib import Path; from heemang_desktop.store.folder_lock import FolderLock;"
            "print(FolderLock(Path(sys.argv[1])).try_acquire('cli'))")
    out = subprocess.run([sys.executable, "-c", code, str(data_dir)], capture_output=True, text=True, timeout=60)
    return out.stdout.strip() == "True"


def unreachable_server(ctx) -> None:
    """A configured server nobody listens on: the sync thread starts, fails fast, and waits to retry."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    remember(ctx, account_of(ctx, f"http://127.0.0.1:{port}", "sync"), "sync-pw-1")


def test_the_window_holds_the_folder_lock_until_it_closes(qtbot, setup_result, paths, main_window):
    setup_result.context.close()
    window = main_window()
    assert window.folder_lock.held
    assert FolderLock(paths.data_dir).holder()["owner"] == "gui"
    assert not other_process_can_lock(paths.data_dir)  # a CLI import now is refused
    window.close()
    assert FolderLock(paths.data_dir).holder() is None
    assert other_process_can_lock(paths.data_dir)


def test_a_second_launch_brings_the_first_window_forward_and_exits(qtbot, setup_result, paths, main_window):
    setup_result.context.close()
    window = main_window()
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized)
    raised = []
    window.instance.raise_requested.connect(lambda: raised.append(True))
    code, err = second_launch(qtbot, paths.data_dir)
    assert code == 0, err
    assert raised == [True]
    assert not window.isMinimized() and window.isVisible()
    assert window.folder_lock.held  # the first window still has the folder
    assert not any(sign in err for sign in CRASH_SIGNS), err


def second_launch(qtbot, data_dir: Path) -> tuple[int, str]:
    """`heemang-desktop --data-dir D gui` from another process; its exit code and stderr."""
    second = subprocess.Popen([sys.executable, "-m", "heemang_desktop", "--data-dir", str(data_dir), "gui"],
                              env=CHILD_ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        # The first window answers on this (GUI) thread, so keep its events flowing while we wait.
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=60000)
    finally:
        if second.poll() is None:
            second.kill()
    return second.returncode, second.communicate()[1]


def test_a_window_left_by_a_crash_does_not_block_the_next(qtbot, setup_result, paths, main_window):
    if os.name == "nt":
        pytest.skip("Windows named pipes vanish with their process; only Unix leaves a socket file behind")
    setup_result.context.close()
    stale = Path(tempfile.gettempdir()) / server_name(paths.data_dir)
    with socket.socket(socket.AF_UNIX) as s:  # a socket file nobody listens on, as a killed window leaves
        s.bind(str(stale))
    window = main_window()
    raised = []
    window.instance.raise_requested.connect(lambda: raised.append(True))
    code, err = second_launch(qtbot, paths.data_dir)
    assert code == 0, err
    assert raised == [True]


def test_a_window_waits_while_a_cli_command_writes_then_opens(qtbot, setup_result, paths):
    setup_result.context.close()
    code = ("import sys; from pathlib import Path; from heemang_desktop.store.folder_lock import FolderLock;"
            "FolderLock(Path(sys.argv[1])).acquire('cli'); print('held', flush=True); sys.stdin.read()")
    cli = subprocess.Popen([sys.executable, "-c", code, str(paths.data_dir)], stdin=subprocess.PIPE,
                           stdout=subprocess.PIPE, text=True)
    try:
        assert cli.stdout.readline().strip() == "held"
        ready = []
        window, startup = build(paths, interactive=False, on_ready=ready.append)
        qtbot.addWidget(window)
        window.show()
        startup.start()
        assert "명령줄 작업이 이 데이터 폴더를 쓰고 있습니다" in window.loading.text()
        qtbot.wait(800)  # it tries again meanwhile, and still does not open the store
        assert not ready and window.session is None
        cli.stdin.close()  # the command ends
        qtbot.waitUntil(lambda: bool(ready), timeout=15000)
        assert window.folder_lock.held and window.session.facility.code == "K0161"
    finally:
        cli.kill()
        cli.wait()
    window.close()


def test_the_window_opens_and_closes_twenty_times(qtbot, qtlog, setup_result, paths):
    import gc

    unreachable_server(setup_result.context)
    setup_result.context.close()
    for _ in range(20):
        ready = []
        window, startup = build(paths, interactive=False, on_ready=ready.append)
        try:
            window.show()
            startup.start()
            qtbot.waitUntil(lambda r=ready: bool(r), timeout=10000)
            window.open_page("subjects.cards")
            window.open_page("accounting.resolutions")
            qtbot.waitUntil(lambda w=window: w.sync.view is not None, timeout=10000)  # it has tried the server
            assert window.sync.thread.isRunning() and window.status.connection.text()
        finally:
            window.close()
        assert window.sync.thread is None and FolderLock(paths.data_dir).holder() is None
        del window, startup, ready
        gc.collect()  # what the window leaves to Python's collector dies now, inside the test, not at exit
    problems = [r.message for r in qtlog.records if any(sign in r.message for sign in CRASH_SIGNS)]
    assert problems == []
    assert other_process_can_lock(paths.data_dir)


def test_the_app_starts_and_quits_cleanly_again_and_again(setup_result, paths, memory_keyring):
    unreachable_server(setup_result.context)
    setup_result.context.close()
    secrets = json.dumps([[s, u, p] for (s, u), p in memory_keyring.secrets.items()])
    for how in (["subjects.cards", "hr.employees", "my_work.sync"], ["--early"]) * 3 + (
            ["my_work.sync", "--signal", "SIGINT"], ["my_work.sync", "--signal", "SIGTERM"]):
        run = subprocess.run([sys.executable, str(HERE / "gui_cycle.py"), str(paths.data_dir), secrets, *how],
                             env=CHILD_ENV, capture_output=True, text=True, timeout=120)
        assert run.returncode == 0, run.stderr
        assert "exit 0" in run.stdout
        assert not any(sign in run.stderr for sign in CRASH_SIGNS), run.stderr
        assert other_process_can_lock(paths.data_dir)  # closed as a window closes, folder released


def test_a_waiting_window_says_who_holds_the_folder(qapp):
    from heemang_desktop.gui.launch import waiting_text

    assert waiting_text({"owner": "cli", "pid": 7, "host": socket.gethostname()}).startswith("명령줄 작업이")
    assert "다른 PC(사무실2)의 창" in waiting_text({"owner": "gui", "pid": 7, "host": "사무실2"})
    assert waiting_text({"owner": "gui", "pid": 7, "host": socket.gethostname()}).startswith("이 데이터 폴더는 다른 창")
    assert waiting_text(None).startswith("다른 프로그램이")


def test_a_screenshot_run_refuses_a_folder_in_use_at_once(setup_result, paths, tmp_path):
    setup_result.context.close()
    code = ("import sys; from pathlib import Path; from heemang_desktop.store.folder_lock import FolderLock;"
            "FolderLock(Path(sys.argv[1])).acquire('gui'); print('held', flush=True); sys.stdin.read()")
    holder = subprocess.Popen([sys.executable, "-c", code, str(paths.data_dir)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        run = subprocess.run([sys.executable, "-m", "heemang_desktop", "--data-dir", str(paths.data_dir), "gui",
                              "--screenshot", str(tmp_path / "shot.png")],
                             env=CHILD_ENV, capture_output=True, text=True, timeout=50)
    finally:
        holder.kill()
        holder.wait()
    assert run.returncode == 1
    assert "창이 열려 있습니다" in run.stderr and not (tmp_path / "shot.png").exists()


SLOW_FIRST_WINDOW = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from PySide6.QtNetwork import QLocalServer
from heemang_desktop.gui.single_instance import DONE, RAISE, server_name
from heemang_desktop.store.folder_lock import FolderLock

app = QCoreApplication([])
FolderLock(Path(sys.argv[1])).acquire("gui")
server = QLocalServer()
QLocalServer.removeServer(server_name(Path(sys.argv[1])))
server.listen(server_name(Path(sys.argv[1])))
asked = []

def read(s):
    if s.canReadLine() and bytes(s.readLine().data()) == RAISE:
        asked.append(1)
        if len(asked) > int(sys.argv[2]):  # busy for the first asks, as a window still starting
            s.write(DONE)
            s.flush()
            print("raised", len(asked), flush=True)
            app.quit()
        s.disconnectFromServer()

def accept():
    s = server.nextPendingConnection()
    s.readyRead.connect(lambda: read(s))

server.newConnection.connect(accept)
print("held", flush=True)
app.exec()
"""


def test_a_waiting_launch_hands_over_once_the_first_window_answers(setup_result, paths):
    setup_result.context.close()
    first = subprocess.Popen([sys.executable, "-c", SLOW_FIRST_WINDOW, str(paths.data_dir), "10"],
                             env=CHILD_ENV, stdout=subprocess.PIPE, text=True)
    try:
        assert first.stdout.readline().strip() == "held"
        second = subprocess.run([sys.executable, "-m", "heemang_desktop", "--data-dir", str(paths.data_dir), "gui"],
                                env=CHILD_ENV, capture_output=True, text=True, timeout=90)
        assert second.returncode == 0, second.stderr
        # the launch's own ten asks went unanswered; its waiting window asked again and was answered
        assert first.stdout.readline().strip() == "raised 11"
    finally:
        first.kill()
        first.wait()
