"""The operation helper: results, broadcasts, user errors on the page, bugs as unexpected errors,
progress after a pause with a cancel that saves nothing."""

from __future__ import annotations

import threading

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from heemang_desktop.changes import Changes
from heemang_desktop.hr.service import EmployeeInput, create_employee, list_employees
from heemang_desktop.store.errors import ValidationError

from heemang_desktop.gui.operation import Op
from heemang_desktop.gui.widgets.message_line import MessageLine


def _card(number: str) -> EmployeeInput:
    from datetime import date

    return EmployeeInput(employee_no=number, name="김요양", job_type="요양보호사", employment_type="정규",
                         hire_date=date(2024, 3, 2))


@pytest.fixture
def home(ctx, main_window):
    ctx.close()
    window = main_window("my_work.home")
    return window, window.stack.currentWidget()


def test_a_write_broadcasts_what_it_changed_and_returns_its_result(qtbot, home):
    window, page = home
    heard, results = [], []
    window.data_changed.connect(lambda changes, initiator: heard.append((changes, initiator)))
    Op(page, lambda ctx: create_employee(ctx, _card("E001"))).success(results.append).run()
    qtbot.waitUntil(lambda: bool(results) and bool(heard), timeout=5000)
    changes, initiator = heard[0]
    assert changes.ids("employee") == {results[0].id} and initiator is page


def test_a_read_broadcasts_nothing(qtbot, home):
    window, page = home
    heard, results = [], []
    window.data_changed.connect(lambda *a: heard.append(a))
    Op(page, list_employees).success(results.append).run()
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    QApplication.processEvents()
    assert results == [[]] and heard == []


def test_a_users_mistake_goes_to_the_message_line_and_a_bug_to_the_error_dialog(qtbot, home, monkeypatch):
    window, page = home
    page.message = MessageLine()
    shown = []
    monkeypatch.setattr(window, "show_error", shown.append)

    def refused(ctx):
        raise ValidationError("금액을 입력하세요.")

    Op(page, refused).run()
    qtbot.waitUntil(lambda: page.message.text() != "", timeout=5000)
    assert page.message.text() == "금액을 입력하세요." and page.message.is_error and shown == []

    def bug(ctx):
        return {}["missing"]

    Op(page, bug).run()
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert isinstance(shown[0], KeyError) and page.message.text() == "금액을 입력하세요."


def test_watching_pages_reload_on_a_broadcast_and_others_do_not(qtbot, home):
    window, page = home
    reloads = []
    page.watch("employee", refresh=lambda: reloads.append("employee"))
    window.data_changed.emit(Changes.of("resolution", "x"), None)
    assert reloads == []
    window.data_changed.emit(Changes.of("employee", "e1"), None)
    assert reloads == ["employee"]


def test_long_work_shows_progress_and_a_cancel_saves_nothing(qtbot, home):
    window, page = home
    started, failures = threading.Event(), []
    op = Op(page, label="직원 등록 중…", cancellable=True)

    def chunked(ctx):
        with ctx.transaction() as session:  # all or nothing, as imports are
            for i in range(1000):
                op.progress.update(i, 1000)
                started.set()
                op.progress.check()
                session.info["rows"] = i
                threading.Event().wait(0.01)
        raise AssertionError("never cancelled")

    op.fn = chunked
    op.failure(failures.append).run()
    qtbot.waitUntil(lambda: started.is_set(), timeout=5000)
    qtbot.waitUntil(lambda: page.findChild(QProgressDialog) is not None and page.findChild(QProgressDialog).isVisible(),
                    timeout=5000)
    dialog = page.findChild(QProgressDialog)
    assert dialog.maximum() == 1000 and "/ 1,000행" in dialog.labelText()
    qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert str(failures[0]) == "취소했습니다. 아무것도 저장하지 않았습니다."
    results = []
    Op(page, list_employees).success(results.append).run()
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert results == [[]]


def test_a_page_may_watch_several_groups_each_reloading_once(qtbot, home):
    window, page = home
    reloads = []
    page.watch("employee", "attendance", refresh=lambda: reloads.append("grid"))
    page.watch("holiday", refresh=lambda: reloads.append("holidays"))
    window.data_changed.emit(Changes.of("employee", "e1") | Changes.of("attendance", "a1"), None)
    window.data_changed.emit(Changes.of("holiday", "h1"), None)
    assert reloads == ["grid", "holidays"]
