"""Closing the window during a payslip mail run: the SMTP thread ends with the window, and what was
not recorded is asked about next time rather than lost or doubled (issue 10's exit crash)."""

from __future__ import annotations

import threading

import pytest
from helpers_payroll import hire_staff, smtp_server

from PySide6.QtCore import QDate

from heemang_desktop.payroll import mailer, register

from heemang_desktop.gui import dialogs


@pytest.fixture
def smtp():
    with smtp_server() as server:
        yield server


def test_closing_the_window_mid_run_ends_the_smtp_thread(qtbot, ctx, smtp, monkeypatch, main_window):
    _, port = smtp
    hire_staff(ctx)
    mailer.save_settings(ctx, mailer.SmtpSettings(host="127.0.0.1", port=port, security="none",
                                                  sender="payroll@heemang.example"))
    register.run_month(ctx, "2026-09")
    ctx.close()
    gate, sent = threading.Event(), []
    real_send = mailer.Sender.send

    def slow_send(self, item):  # the first message is "in flight" when the window closes
        sent.append(item)
        gate.wait(10)
        return real_send(self, item)

    monkeypatch.setattr(mailer.Sender, "send", slow_send)
    window = main_window("hr.payroll")
    page = window.pages["hr.payroll"]
    page.month.setDate(QDate(2026, 9, 1))
    qtbot.waitUntil(lambda: page.model.rowCount() == 4)
    asked = []
    monkeypatch.setattr(dialogs, "confirm", lambda _p, title, text, action: asked.append(text) or len(asked) > 1)
    page.mail(False)  # answered no: nothing goes out
    qtbot.waitUntil(page.worker.idle)
    assert "2026-09 급여명세서를 메일로 보냅니다: 대장의 4명 중" in asked[0] and not sent
    page.mail(False)
    qtbot.waitUntil(lambda: bool(sent), timeout=20000)
    assert any(t.name == "heemang-smtp" for t in threading.enumerate())
    threading.Timer(0.3, gate.set).start()
    window.close()
    assert not any(t.name == "heemang-smtp" for t in threading.enumerate())
    assert len(sent) == 1  # nothing more went out after the close
