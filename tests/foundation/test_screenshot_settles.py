"""`gui --screenshot --page my_work.home` waits for the page's loads: it captured "할 일을 불러오는 중…"
when the first list (which reads every feature) took longer than the fixed 400 ms it waited."""

from __future__ import annotations

import time

import pytest

from heemang_desktop.mywork import service as mywork

from heemang_desktop.gui import launch

SLOW_S = 1.0  # a busy PC: well past the old fixed wait, well inside the bound


@pytest.fixture
def slow_list(ctx, monkeypatch):
    """나의업무's list takes a second to come back; the test's store is closed for the window."""
    ctx.close()
    items = mywork.items

    def slow_items(*args, **kwargs):
        time.sleep(SLOW_S)
        return items(*args, **kwargs)

    monkeypatch.setattr(mywork, "items", slow_items)


def _shoot(paths, out, qapp, monkeypatch) -> dict:
    """Run the screenshot command's code path; what the home page showed when it ended."""
    seen: dict = {}
    real_dispose = launch.dispose

    def dispose(window) -> None:  # after the grab, before the window goes
        seen["heading"] = window.pages["my_work.home"].heading.text()
        real_dispose(window)

    monkeypatch.setattr(launch, "dispose", dispose)
    seen["code"] = launch._screenshot(qapp, paths, str(out), "my_work.home")
    return seen


def test_the_screenshot_of_my_work_shows_the_loaded_list(slow_list, paths, tmp_path, qapp, monkeypatch):
    out = tmp_path / "home.png"
    seen = _shoot(paths, out, qapp, monkeypatch)
    assert seen["code"] == 0 and out.stat().st_size > 5_000
    assert "불러오는 중" not in seen["heading"]
    assert seen["heading"].startswith(("할 일 ", "지금 할 일이 없습니다"))


def test_a_load_slower_than_the_bound_is_not_waited_for(slow_list, paths, tmp_path, qapp, monkeypatch):
    """The wait has a bound: a worker still busy past it gives a picture, not a hung command."""
    monkeypatch.setattr(launch, "SETTLE_BOUND_MS", 100)
    out = tmp_path / "early.png"
    seen = _shoot(paths, out, qapp, monkeypatch)
    assert seen["code"] == 0 and out.exists()
    assert "불러오는 중" in seen["heading"]  # grabbed at the bound, before the slow list came back


def test_a_finished_screenshot_leaves_no_timer_behind(slow_list, paths, tmp_path, qapp, qtbot, monkeypatch, capsys):
    """Its one-minute bound is stopped with the run: a bare singleShot fired a minute later in the
    process that went on (the test run) and quit whatever event loop was running then."""
    monkeypatch.setattr(launch, "SCREENSHOT_BOUND_MS", 6000)  # longer than the run itself
    started = time.monotonic()
    seen = _shoot(paths, tmp_path / "home.png", qapp, monkeypatch)
    assert seen["code"] == 0
    qtbot.wait(int(6000 - (time.monotonic() - started) * 1000) + 700)  # past the bound
    assert "그리지 못했습니다" not in capsys.readouterr().err
