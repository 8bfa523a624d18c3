"""Payslips by e-mail through the facility's SMTP server (the notice: payslip mail must keep going).

Settings live in the user settings file, the password only in the OS keyring. TLS is required
(STARTTLS or SMTPS) except to a server on this PC. Each attempt is recorded right after it is
made, in its own transaction, so a payslip that went out is never sent again by accident: a later
run skips it unless its figures changed (then it goes out as 정정) or the user asks to resend.
"""

from __future__ import annotations

import smtplib
import ssl
import tempfile
from dataclasses import asdict, dataclass
from email.message import EmailMessage
from email.utils import formataddr
from pathlib import Path

from sqlalchemy import select

from heemang_desktop.payroll import payslip
from heemang_desktop.payroll.models import FAILED, SENT, PayslipMail
from heemang_desktop.payroll.register import EntryView, entry_inputs, require_register
from heemang_desktop.store import keystore
from heemang_desktop.store.base import utcnow
from heemang_desktop.store.errors import ValidationError
from heemang_desktop.sync.outbox import record_change

SETTINGS_KEY = "payroll_smtp"
SECURITY = ("starttls", "ssl", "none")
LOOPBACK = {"127.0.0.1", "localhost", "::1"}
TIMEOUT = 30
SKIPPED = "skipped"
STATE_LABELS = {SENT: "보냄", FAILED: "실패", SKIPPED: "건너뜀"}


@dataclass
class SmtpSettings:
    host: str = ""
    port: int = 587
    security: str = "starttls"  # starttls | ssl | none (this PC only)
    username: str = ""
    sender: str = ""  # the From address
    sender_name: str = ""


@dataclass(frozen=True)
class Delivery:
    employee_no: str
    name: str
    recipient: str
    state: str  # sent | failed | skipped
    reason: str = ""


def password_name(ctx) -> str:
    return f"smtp-password/{ctx.store_id}"


def load_settings(ctx) -> SmtpSettings:
    raw = ctx.settings.extra.get(SETTINGS_KEY) or {}
    return SmtpSettings(**{k: v for k, v in raw.items() if k in SmtpSettings.__dataclass_fields__})


def save_settings(ctx, data: SmtpSettings, password: str | None = None) -> SmtpSettings:
    """Check and keep the settings; `password` (when given) goes to the keyring, never to a file."""
    data.host, data.sender, data.username = data.host.strip(), data.sender.strip(), data.username.strip()
    if not data.host:
        raise ValidationError("SMTP 서버 주소를 입력하세요.", "host")
    if not 0 < int(data.port) < 65536:
        raise ValidationError("포트는 1~65535 사이여야 합니다.", "port")
    if data.security not in SECURITY:
        raise ValidationError("보안 연결은 starttls, ssl, none 중 하나입니다.", "security")
    if data.security == "none" and data.host not in LOOPBACK:
        raise ValidationError("암호화하지 않은 연결은 이 PC의 메일 서버(127.0.0.1)에만 쓸 수 있습니다. STARTTLS나 SSL을 고르세요.",
                              "security")
    if "@" not in data.sender:
        raise ValidationError("보내는 사람 이메일 주소를 입력하세요.", "sender")
    if password is not None:
        keystore.set_secret(password_name(ctx), password)
    ctx.settings.extra[SETTINGS_KEY] = asdict(data)
    ctx.settings.save(ctx.paths)
    return data


def _connect(ctx, s: SmtpSettings) -> smtplib.SMTP:
    if not s.host:
        raise ValidationError("메일 서버 설정이 없습니다. 급여대장 화면의 '메일 설정'에서 SMTP 서버를 입력하세요.")
    context = ssl.create_default_context()
    if s.security == "ssl":
        conn = smtplib.SMTP_SSL(s.host, s.port, timeout=TIMEOUT, context=context)
    else:
        conn = smtplib.SMTP(s.host, s.port, timeout=TIMEOUT)
        if s.security == "starttls":
            conn.starttls(context=context)
    if s.username:
        password = keystore.get_secret(password_name(ctx))
        if password is None:
            conn.close()
            raise ValidationError("메일 서버 비밀번호가 키링에 없습니다. '메일 설정'에서 비밀번호를 다시 입력하세요.")
        conn.login(s.username, password)
    return conn


def _message(ctx, s: SmtpSettings, month: str, e: EntryView, recipient: str, pdf: bytes, corrected: bool) -> EmailMessage:
    year, mon = month.split("-")
    msg = EmailMessage()
    msg["Subject"] = f"[{ctx.facility.name}] {year}년 {int(mon)}월 급여명세서{' (정정)' if corrected else ''} - {e.name}"
    msg["From"] = formataddr((s.sender_name or ctx.facility.name, s.sender))
    msg["To"] = recipient
    msg.set_content(f"{e.name}님, {year}년 {int(mon)}월 급여명세서를 보내 드립니다.\n"
                    f"지급총액 {e.gross:,}원 · 공제총액 {e.deductions:,}원 · 실지급액 {e.net:,}원\n"
                    f"자세한 내역과 산출 근거는 첨부한 PDF를 확인하세요.\n\n{ctx.facility.name}")
    msg.add_attachment(pdf, maintype="application", subtype="pdf", filename=payslip.file_name(month, e))
    return msg


def _history(session, entry_ids: list[str]) -> dict[str, list[PayslipMail]]:
    out: dict[str, list[PayslipMail]] = {}
    rows = session.scalars(select(PayslipMail).where(PayslipMail.entry_id.in_(entry_ids), PayslipMail.deleted.is_(False))
                           .order_by(PayslipMail.attempted_at))
    for row in rows:
        out.setdefault(row.entry_id, []).append(row)
    return out


def _record(ctx, entry_id: str, recipient: str, state: str, error: str, digest: str) -> None:
    with ctx.transaction() as session:
        row = PayslipMail(facility_id=ctx.facility.id, entry_id=entry_id, recipient=recipient, state=state,
                          error=error[:500], digest=digest, attempted_at=utcnow())
        record_change(session, row, ctx.require_actor().login_id)


def _current_emails(ctx, view) -> dict[str, str]:
    """Addresses from today's cards (fixed since the run), else the run's snapshot."""
    try:
        from heemang_desktop.hr.employees import list_employees
    except ImportError:
        return {}
    return {c.id: c.email for c in list_employees(ctx) if c.email}


def send_payslips(ctx, month: str, render: payslip.Renderer, only_failed: bool = False, resend: bool = False,
                  connect=None) -> list[Delivery]:
    """E-mail each employee's payslip; one result per employee (sent / failed with reason / skipped)."""
    ctx.require_actor()
    view = require_register(ctx, month)
    settings = load_settings(ctx)
    inputs = entry_inputs(ctx, view)
    emails = _current_emails(ctx, view)
    with ctx.store.session() as session:
        history = _history(session, [e.id for e in view.entries])
    results: list[Delivery] = []
    conn = None
    connect_error: BaseException | None = None
    try:
        with tempfile.TemporaryDirectory(prefix="heemang-payslip-") as tmp:
            for e in view.entries:
                attempts = history.get(e.id, [])
                last = attempts[-1] if attempts else None
                sent = [a for a in attempts if a.state == SENT]
                digest = payslip.digest(e)
                recipient = emails.get(e.employee_id) or e.email
                if only_failed and (last is None or last.state != FAILED):
                    continue
                if not resend and any(a.digest == digest for a in sent):
                    results.append(Delivery(e.employee_no, e.name, sent[-1].recipient, SKIPPED,
                                            f"이미 보냄 ({sent[-1].attempted_at:%Y-%m-%d %H:%M} UTC)"))
                    continue
                if not recipient:
                    reason = "인사카드에 이메일 주소가 없습니다."
                    _record(ctx, e.id, "", FAILED, reason, digest)
                    results.append(Delivery(e.employee_no, e.name, "", FAILED, reason))
                    continue
                try:
                    if connect_error:
                        raise connect_error
                    if conn is None:
                        try:
                            conn = (connect or _connect)(ctx, settings)
                        except (smtplib.SMTPException, OSError) as exc:
                            connect_error = exc  # the server is unreachable: fail the rest without waiting again
                            raise
                    pdf_path = payslip.render_entry(ctx, month, e, Path(tmp) / f"{e.id}.pdf", render, inputs.get(e.id))
                    conn.send_message(_message(ctx, settings, month, e, recipient, pdf_path.read_bytes(), bool(sent)))
                except (smtplib.SMTPException, OSError) as exc:
                    reason = _reason(exc)
                    _record(ctx, e.id, recipient, FAILED, reason, digest)
                    results.append(Delivery(e.employee_no, e.name, recipient, FAILED, reason))
                    if not isinstance(exc, smtplib.SMTPRecipientsRefused):
                        conn = _drop(conn)  # the session may be broken: the next payslip reconnects
                    continue
                _record(ctx, e.id, recipient, SENT, "", digest)
                results.append(Delivery(e.employee_no, e.name, recipient, SENT))
    finally:
        _drop(conn)
    return results


def _drop(conn):
    if conn is not None:
        try:
            conn.quit()
        except (smtplib.SMTPException, OSError):
            conn.close()
    return None


def _reason(exc: BaseException) -> str:
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        code, text = next(iter(exc.recipients.values()))
        return f"받는 주소 거부 ({code}): {text.decode(errors='replace') if isinstance(text, bytes) else text}"
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return "메일 서버 로그인 실패: 사용자 이름과 비밀번호를 확인하세요."
    if isinstance(exc, smtplib.SMTPResponseException):
        text = exc.smtp_error.decode(errors="replace") if isinstance(exc.smtp_error, bytes) else str(exc.smtp_error)
        return f"메일 서버 오류 ({exc.smtp_code}): {text}"
    if isinstance(exc, (ConnectionError, TimeoutError, OSError)):
        return f"메일 서버에 연결할 수 없습니다: {exc}"
    return str(exc)


def mail_log(ctx, month: str) -> dict[str, Delivery]:
    """employee_id -> the latest attempt, for the register screen's 메일 column."""
    view = require_register(ctx, month)
    with ctx.store.session() as session:
        history = _history(session, [e.id for e in view.entries])
    out = {}
    for e in view.entries:
        if history.get(e.id):
            a = history[e.id][-1]
            out[e.employee_id] = Delivery(e.employee_no, e.name, a.recipient, a.state, a.error)
    return out
