"""Payslip e-mail from the register page: SMTP runs on the page's own thread, never on the database
thread; a delivery left unknown by a crash is asked about before it is sent again."""

from __future__ import annotations

import threading

import pytest
from helpers_payroll import hire_staff, smtp_server

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox

from heemang_desktop.payroll import mailer, register, service
from heemang_desktop.render.pdf import html_to_pdf

from heemang_desktop.gui import dialogs

MONTH = "2026-09"


@pytest.fixture
def smtp():
    with smtp_server() as server:
        yield server


class Crash(BaseException):
    pass


def _open(qtbot, main_window):
    page = main_window("hr.payroll").pages["hr.payroll"]
    page.month.setDate(QDate(2026, 9, 1))
    qtbot.waitUntil(lambda: page.model.rowCount() == 4)
    return page


@pytest.fixture
def prepared(ctx, smtp):
    _, port = smtp
    hire_staff(ctx)
    mailer.save_settings(ctx, mailer.SmtpSettings(host="127.0.0.1", port=port, security="none",
                                                  sender="payroll@heemang.example"))
    register.run_month(ctx, MONTH)
    return ctx


def _thread_of_db(qtbot, page) -> int:
    box = []
    page.worker.call(lambda _ctx: threading.get_ident(), on_done=box.append)
    qtbot.waitUntil(lambda: bool(box))
    return box[0]


def test_mail_goes_out_on_its_own_thread_and_results_reach_the_register(qtbot, prepared, smtp, monkeypatch,
                                                                         main_window):
    inbox, _ = smtp
    prepared.close()
    threads = {"send": set(), "mark": set(), "record": set()}
    for name, owner, attr in (("send", mailer.Sender, "send"), ("mark", service, "mark_sending"),
                              ("record", service, "record_result")):
        real = getattr(owner, attr)

        def spy(*args, _real=real, _name=name):
            threads[_name].add(threading.get_ident())
            return _real(*args)

        monkeypatch.setattr(owner, attr, spy)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    monkeypatch.setattr(dialogs, "confirm", lambda *a: True)
    page = _open(qtbot, main_window)
    page.mail(False)
    qtbot.waitUntil(lambda: bool(page.last_mail), timeout=20000)
    assert {r.employee_no: r.state for r in page.last_mail} == {
        "E001": "sent", "E002": "sent", "E003": "sent", "E004": "failed"}
    assert len(inbox.messages) == 3
    db = _thread_of_db(qtbot, page)
    assert threads["mark"] == threads["record"] == {db}
    assert len(threads["send"]) == 1 and db not in threads["send"] and threading.get_ident() not in threads["send"]
    qtbot.waitUntil(lambda: page.model.mail.get(page.model.entries[0].employee_id) is not None)
    assert [page.model._value(e, 14) for e in page.model.entries] == ["보냄", "보냄", "보냄", "실패"]
    assert page.buttons["mail"].isEnabled()


def test_an_unknown_delivery_is_asked_about_and_resent_only_on_yes(qtbot, prepared, smtp, monkeypatch, main_window):
    inbox, _ = smtp
    real_record = mailer.record_result
    monkeypatch.setattr(mailer, "record_result", lambda *a: (_ for _ in ()).throw(Crash()))
    with pytest.raises(Crash):
        mailer.send_payslips(prepared, MONTH, html_to_pdf)
    monkeypatch.setattr(mailer, "record_result", real_record)
    prepared.close()
    assert len(inbox.messages) == 1  # 김복지's went out before the crash

    asked, answers = [], [False, True]  # 그대로 두기, then 다시 보내기
    monkeypatch.setattr(dialogs, "confirm", lambda _p, _t, text, _action: (asked.append(text), answers.pop(0))[1])
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    page = _open(qtbot, main_window)
    qtbot.waitUntil(lambda: page.model._value(page.model.entries[0], 14) == "확인 필요 (전송 여부 불명)")
    assert "산재보험" in page.employer_warning.text() and not page.employer_warning.isHidden()
    page.grab().save("/tmp/payroll_register_unknown_mail.png")

    page.mail(True)  # 실패만 다시 보내기, answered 그대로 두기: nothing goes out, 김복지 stays unknown
    qtbot.waitUntil(lambda: bool(page.last_mail), timeout=20000)
    assert "E001 김복지" in asked[0]
    assert {r.employee_no: r.state for r in page.last_mail} == {"E001": "sending", "E004": "failed"}
    assert len(inbox.messages) == 1

    page.last_mail = []
    page.mail(True)  # asked again, answered 다시 보내기: only 김복지 is sent again
    qtbot.waitUntil(lambda: bool(page.last_mail), timeout=20000)
    assert {r.employee_no: r.state for r in page.last_mail} == {"E001": "sent", "E004": "failed"}
    assert [m[0] for m in inbox.messages] == [["kim@example.org"], ["kim@example.org"]]
    qtbot.waitUntil(lambda: page.model._value(page.model.entries[0], 14) == "보냄")


def test_a_bug_mid_run_is_shown_as_unexpected_and_frees_the_mail_buttons(qtbot, prepared, smtp, monkeypatch,
                                                                         main_window):
    inbox, _ = smtp
    prepared.close()
    monkeypatch.setattr(dialogs, "confirm", lambda *a: True)
    monkeypatch.setattr(service, "mark_sending", lambda *a: 1 / 0)  # a bug, not a refusal
    page = _open(qtbot, main_window)
    shown = []
    monkeypatch.setattr(page.window_, "show_error", shown.append)
    page.mail(False)
    qtbot.waitUntil(lambda: bool(shown) and not page.mail_run.running, timeout=20000)
    assert [type(e) for e in shown] == [ZeroDivisionError]
    assert page.message.text() == "" and inbox.messages == []  # not a red line; nothing went out
    qtbot.waitUntil(lambda: page.buttons["mail"].isEnabled() and page.state.text() == "작성 중")
