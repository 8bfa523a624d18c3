"""Payslip e-mail against a real SMTP server on 127.0.0.1 (aiosmtpd): message, PDF, failures, retry."""

from __future__ import annotations

import json

import pytest
from helpers_payroll import free_port, smtp_server, staff
from sqlalchemy import select

from heemang_desktop.cli import main
from heemang_desktop.payroll import mailer, payslip, register
from heemang_desktop.payroll.models import PayslipMail
from heemang_desktop.render.pdf import html_to_pdf
from heemang_desktop.store.errors import ValidationError


@pytest.fixture
def smtp():
    with smtp_server() as server:
        yield server


@pytest.fixture
def month(ctx, smtp):
    _, port = smtp
    mailer.save_settings(ctx, mailer.SmtpSettings(host="127.0.0.1", port=port, security="none",
                                                  sender="payroll@heemang.example", sender_name="희망요양원 급여담당"))
    register.run_month(ctx, "2026-09", staff())
    return "2026-09"


def by_state(results):
    return {r.employee_no: r.state for r in results}


def test_each_payslip_arrives_with_its_pdf(ctx, smtp, month):
    inbox, _ = smtp
    results = mailer.send_payslips(ctx, month, html_to_pdf)
    # E004 has no address on the card: a failure with a reason, not a silent skip
    assert by_state(results) == {"E001": "sent", "E002": "sent", "E003": "sent", "E004": "failed"}
    assert next(r for r in results if r.employee_no == "E004").reason == "인사카드에 이메일 주소가 없습니다."
    assert len(inbox.messages) == 3
    rcpt, msg = inbox.messages[0]
    assert rcpt == ["kim@example.org"]
    assert msg["Subject"] == "[희망요양원] 2026년 9월 급여명세서 - 김복지"
    assert "실지급액 2,809,800원" in msg.get_body(("plain",)).get_content()
    [attachment] = list(msg.iter_attachments())
    assert attachment.get_filename() == "급여명세서_2026-09_E001_김복지.pdf"
    pdf = attachment.get_content()
    assert pdf.startswith(b"%PDF") and b"/Type /Page" in pdf


def test_one_refused_recipient_then_retry_sends_only_that_one(ctx, smtp, month):
    inbox, _ = smtp
    inbox.refuse.add("park@example.org")
    first = mailer.send_payslips(ctx, month, html_to_pdf)
    assert by_state(first)["E002"] == "failed"
    assert "550" in next(r for r in first if r.employee_no == "E002").reason
    assert [m[0] for m in inbox.messages] == [["kim@example.org"], ["lee@example.org"]]

    inbox.refuse.clear()
    retry = mailer.send_payslips(ctx, month, html_to_pdf, only_failed=True)
    # E004 still has no address; E002 goes out; nobody else is sent again
    assert by_state(retry) == {"E002": "sent", "E004": "failed"}
    assert [m[0] for m in inbox.messages][2:] == [["park@example.org"]]

    # a plain second run sends nothing twice by accident
    again = mailer.send_payslips(ctx, month, html_to_pdf)
    assert by_state(again) == {"E001": "skipped", "E002": "skipped", "E003": "skipped", "E004": "failed"}
    assert len(inbox.messages) == 3
    assert mailer.mail_log(ctx, month)["emp-2"].state == "sent"


def test_a_corrected_payslip_goes_out_again_marked(ctx, smtp, month):
    inbox, _ = smtp
    mailer.send_payslips(ctx, month, html_to_pdf)
    entry = register.get_register(ctx, month).entries[0]
    register.set_override(ctx, entry.id, "income_tax", 10_000)
    results = mailer.send_payslips(ctx, month, html_to_pdf)
    assert by_state(results)["E001"] == "sent" and by_state(results)["E002"] == "skipped"
    assert inbox.messages[-1][1]["Subject"].endswith("급여명세서 (정정) - 김복지")


def test_unreachable_server_fails_every_recipient_with_the_reason(ctx, month):
    settings = mailer.load_settings(ctx)
    settings.port = free_port()  # nobody listens there
    mailer.save_settings(ctx, settings)
    results = mailer.send_payslips(ctx, month, html_to_pdf)
    assert set(by_state(results).values()) == {"failed"}
    assert all("연결할 수 없습니다" in r.reason for r in results if r.recipient)


def test_settings_keep_the_password_in_the_keyring_only(ctx, memory_keyring):
    mailer.save_settings(ctx, mailer.SmtpSettings(host="smtp.example.org", port=587, username="payroll",
                                                  sender="payroll@example.org"), password="s3cret-pw")
    assert "s3cret-pw" not in ctx.paths.settings_file.read_text(encoding="utf-8")
    saved = json.loads(ctx.paths.settings_file.read_text(encoding="utf-8"))
    assert saved["extra"]["payroll_smtp"]["host"] == "smtp.example.org"
    assert memory_keyring.get_password("heemang-desktop", mailer.password_name(ctx)) == "s3cret-pw"
    with pytest.raises(ValidationError, match="암호화하지 않은 연결"):
        mailer.save_settings(ctx, mailer.SmtpSettings(host="smtp.example.org", security="none", sender="a@b.c"))


class Crash(BaseException):
    """The process dying: not an error any handler catches."""


def test_a_crash_after_smtp_before_recording_is_never_retried_silently(ctx, smtp, month, monkeypatch, capsys, paths):
    inbox, _ = smtp
    real_record = mailer.record_result

    def crash_after_the_first_send(ctx_, item, delivery):
        raise Crash()  # the message went to SMTP; the 'sent' commit never happens

    monkeypatch.setattr(mailer, "record_result", crash_after_the_first_send)
    with pytest.raises(Crash):
        mailer.send_payslips(ctx, month, html_to_pdf)
    monkeypatch.setattr(mailer, "record_result", real_record)
    # 김복지's message reached the server; what the store knows is only "sending", with its Message-ID
    assert [m[0] for m in inbox.messages] == [["kim@example.org"]]
    unknown = mailer.mail_log(ctx, month)["emp-1"]
    assert mailer.STATE_LABELS[unknown.state] == "확인 필요 (전송 여부 불명)"
    assert inbox.messages[0][1]["Message-ID"] in unknown.reason

    # --only-failed does not retry it, neither does a plain run; both report it
    retry = mailer.send_payslips(ctx, month, html_to_pdf, only_failed=True)
    assert by_state(retry) == {"E001": "sending", "E004": "failed"}
    plain = mailer.send_payslips(ctx, month, html_to_pdf)
    assert by_state(plain) == {"E001": "sending", "E002": "sent", "E003": "sent", "E004": "failed"}
    assert [m[0] for m in inbox.messages] == [["kim@example.org"], ["park@example.org"], ["lee@example.org"]]

    # the CLI says so and exits non-zero
    args = ["--data-dir", str(paths.data_dir), "payroll", "mail", "--month", month, "--only-failed"]
    assert main(args) == 1
    out = capsys.readouterr().out
    assert "김복지 <kim@example.org> 확인 필요 (전송 여부 불명)" in out and "--only-failed --resend" in out
    assert len(inbox.messages) == 3

    # only an explicit --resend sends it again (with --only-failed: the failed and unknown ones only)
    assert main(args + ["--resend", "--json"]) == 1  # E004 still has no address
    result = json.loads(capsys.readouterr().out)
    assert {r["employee_no"]: r["state"] for r in result["results"]} == {"E001": "sent", "E004": "failed"}
    assert [m[0] for m in inbox.messages][3:] == [["kim@example.org"]]
    assert not inbox.messages[3][1]["Subject"].endswith("(정정) - 김복지")  # the same payslip, not a correction
    assert mailer.mail_log(ctx, month)["emp-1"].state == "sent"


def test_sending_is_committed_before_smtp_sees_the_message(ctx, smtp, month):
    """What the store holds at the moment the server receives each message."""
    seen = []

    class Watching:
        def __init__(self, conn):
            self.conn = conn

        def send_message(self, msg):
            with ctx.store.session() as session:  # a fresh read: only committed rows
                row = session.scalar(select(PayslipMail).where(PayslipMail.message_id == msg["Message-ID"]))
                seen.append((row.state, row.digest == payslip.digest(
                    next(e for e in register.get_register(ctx, month).entries if e.id == row.entry_id))))
            return self.conn.send_message(msg)

        def quit(self):
            return self.conn.quit()

    results = mailer.send_payslips(ctx, month, html_to_pdf, connect=lambda target: Watching(mailer._connect(target)))
    assert seen == [("sending", True)] * 3
    assert by_state(results)["E001"] == "sent"
