"""Payslips by e-mail through the facility's SMTP server (the notice: payslip mail must keep going).

Settings live in the user settings file, the password only in the OS keyring. TLS is required
(STARTTLS or SMTPS) except to a server on this PC.

Three steps, so the GUI can keep SMTP off its database thread (architecture §5):
`prepare` (database: who gets what, PDFs, Message-IDs), `Sender.send` (network only), and
`mark_sending` / `record_result` (database) around each send. An attempt is committed as
'sending' BEFORE the message goes to SMTP and as 'sent'/'failed' after, so a crash in between
leaves 'sending' — delivery unknown — which no run retries unless the user asks (`resend_unknown`).
A sent payslip goes out again only when its figures changed (as 정정) or the user asks to resend.
"""

from __future__ import annotations

import smtplib
import ssl
import tempfile
from dataclasses import asdict, dataclass
from email.message import EmailMessage
from email.utils import formataddr, make_msgid
from pathlib import Path

from sqlalchemy import select

from heemang_desktop.hr.service import list_employees
from heemang_desktop.payroll import payslip
from heemang_desktop.payroll.models import FAILED, SENDING, SENT, PayslipMail
from heemang_desktop.payroll.register import EntryView, entry_inputs, require_register
from heemang_desktop.store import keystore
from heemang_desktop.store.base import new_id, utcnow
from heemang_desktop.store.errors import ValidationError
from heemang_desktop.sync.outbox import record_change

SETTINGS_KEY = "payroll_smtp"
SECURITY = ("starttls", "ssl", "none")
LOOPBACK = {"127.0.0.1", "localhost", "::1"}
TIMEOUT = 30
NO_ADDRESS = "인사카드에 이메일 주소가 없습니다."
SKIPPED = "skipped"
STATE_LABELS = {SENT: "보냄", FAILED: "실패", SKIPPED: "건너뜀", SENDING: "확인 필요 (전송 여부 불명)"}
UNKNOWN_REASON = ("발송 중 프로그램이 멈춰 전송 여부를 알 수 없습니다 (Message-ID {0}). "
                  "받은 사람에게 확인한 뒤 필요하면 다시 보내세요.")


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
    state: str  # sent | failed | skipped | sending (delivery unknown)
    reason: str = ""


@dataclass(frozen=True)
class SmtpTarget:
    """What the sending thread needs: no context, no database."""

    settings: SmtpSettings
    password: str | None


@dataclass(frozen=True)
class Outgoing:
    """One payslip ready for SMTP; `mail_id` is the attempt row that `mark_sending` writes."""

    mail_id: str
    entry_id: str
    employee_no: str
    name: str
    recipient: str
    digest: str
    message_id: str
    message: EmailMessage


@dataclass(frozen=True)
class MailBatch:
    month: str
    target: SmtpTarget
    outgoing: tuple[Outgoing, ...]
    settled: tuple[Delivery, ...]  # decided without sending: skipped, no address, delivery unknown

    @property
    def unknown(self) -> tuple[Delivery, ...]:
        return tuple(d for d in self.settled if d.state == SENDING)


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
        raise ValidationError("암호화하지 않은 연결은 이 PC의 메일 서버(127.0.0.1)에만 쓸 수 있습니다. "
                              "STARTTLS나 SSL을 고르세요.",
                              "security")
    if "@" not in data.sender:
        raise ValidationError("보내는 사람 이메일 주소를 입력하세요.", "sender")
    if password is not None:
        keystore.set_secret(password_name(ctx), password)
    ctx.settings.extra[SETTINGS_KEY] = asdict(data)
    ctx.settings.save(ctx.paths)
    return data


def _target(ctx, s: SmtpSettings) -> SmtpTarget:
    if not s.host:
        raise ValidationError("메일 서버 설정이 없습니다. 급여대장 화면의 '메일 설정'에서 SMTP 서버를 입력하세요.")
    password = keystore.get_secret(password_name(ctx)) if s.username else None
    if s.username and password is None:
        raise ValidationError("메일 서버 비밀번호가 키링에 없습니다. '메일 설정'에서 비밀번호를 다시 입력하세요.")
    return SmtpTarget(s, password)


def _connect(target: SmtpTarget) -> smtplib.SMTP:
    s = target.settings
    context = ssl.create_default_context()
    conn: smtplib.SMTP
    if s.security == "ssl":
        conn = smtplib.SMTP_SSL(s.host, s.port, timeout=TIMEOUT, context=context)
    else:
        conn = smtplib.SMTP(s.host, s.port, timeout=TIMEOUT)
        if s.security == "starttls":
            conn.starttls(context=context)
    if s.username:
        conn.login(s.username, target.password or "")  # _target refused a user without a password
    return conn


def _message(ctx, s: SmtpSettings, month: str, e: EntryView, recipient: str, pdf: bytes, corrected: bool,
             message_id: str) -> EmailMessage:
    year, mon = month.split("-")
    msg = EmailMessage()
    msg["Subject"] = (f"[{ctx.facility.name}] {year}년 {int(mon)}월 급여명세서{' (정정)' if corrected else ''}"
                      f" - {e.name}")
    msg["From"] = formataddr((s.sender_name or ctx.facility.name, s.sender))
    msg["To"] = recipient
    msg["Message-ID"] = message_id
    msg.set_content(f"{e.name}님, {year}년 {int(mon)}월 급여명세서를 보내 드립니다.\n"
                    f"지급총액 {e.gross:,}원 · 공제총액 {e.deductions:,}원 · 실지급액 {e.net:,}원\n"
                    f"자세한 내역과 산출 근거는 첨부한 PDF를 확인하세요.\n\n{ctx.facility.name}")
    msg.add_attachment(pdf, maintype="application", subtype="pdf", filename=payslip.file_name(month, e))
    return msg


def _history(session, entry_ids: list[str]) -> dict[str, list[PayslipMail]]:
    out: dict[str, list[PayslipMail]] = {}
    rows = session.scalars(select(PayslipMail).where(PayslipMail.entry_id.in_(entry_ids),
                                                     PayslipMail.deleted.is_(False))
                           .order_by(PayslipMail.attempted_at))
    for row in rows:
        out.setdefault(row.entry_id, []).append(row)
    return out


def _current_emails(ctx) -> dict[str, str]:
    """Addresses from today's cards (fixed since the run); the caller falls back on the run's snapshot."""
    return {c.id: c.email for c in list_employees(ctx) if c.email}


def _unknown(e: EntryView, attempt: PayslipMail) -> Delivery:
    return Delivery(e.employee_no, e.name, attempt.recipient, SENDING, UNKNOWN_REASON.format(attempt.message_id or "-"))


def prepare(ctx, month: str, render: payslip.Renderer, only_failed: bool = False, resend_unknown: bool = False,
            resend_sent: bool = False) -> MailBatch:
    """Database thread: decide who gets a payslip, render the PDFs, build the messages.

    `only_failed`: just those whose last attempt failed (and, with `resend_unknown`, those whose
    delivery is unknown). `resend_unknown`: send again where a crash left 'sending'.
    `resend_sent`: send again to those already sent the same payslip.
    """
    ctx.require_actor()
    view = require_register(ctx, month)
    settings = load_settings(ctx)
    target = _target(ctx, settings)
    inputs = entry_inputs(ctx, view)
    emails = _current_emails(ctx)
    with ctx.store.session() as session:
        history = _history(session, [e.id for e in view.entries])
    domain = settings.sender.rpartition("@")[2] or None
    outgoing: list[Outgoing] = []
    settled: list[Delivery] = []
    no_address: list[tuple[EntryView, str]] = []
    with tempfile.TemporaryDirectory(prefix="heemang-payslip-") as tmp:
        for e in view.entries:
            attempts = history.get(e.id, [])
            last = attempts[-1] if attempts else None
            sent = [a for a in attempts if a.state == SENT]
            digest = payslip.digest(e)
            if last is not None and last.state == SENDING and not resend_unknown:
                settled.append(_unknown(e, last))
                continue
            if only_failed and (last is None or last.state not in (FAILED, SENDING)):
                continue
            if not resend_sent and sent and sent[-1].digest == digest:
                settled.append(Delivery(e.employee_no, e.name, sent[-1].recipient, SKIPPED,
                                        f"이미 보냄 ({sent[-1].attempted_at:%Y-%m-%d %H:%M} UTC)"))
                continue
            recipient = emails.get(e.employee_id) or e.email
            if not recipient:
                no_address.append((e, digest))
                settled.append(Delivery(e.employee_no, e.name, "", FAILED, NO_ADDRESS))
                continue
            # A fixed name, read back at once: a synced id never becomes part of a path.
            pdf = payslip.render_entry(ctx, month, e, Path(tmp) / "payslip.pdf", render, inputs.get(e.id)).read_bytes()
            message_id = make_msgid(domain=domain)
            corrected = bool(sent) and sent[-1].digest != digest
            outgoing.append(Outgoing(new_id(), e.id, e.employee_no, e.name, recipient, digest, message_id,
                                     _message(ctx, settings, month, e, recipient, pdf, corrected, message_id)))
    if no_address:
        with ctx.transaction() as session:
            actor = ctx.require_actor().login_id
            for e, digest in no_address:
                record_change(session, PayslipMail(facility_id=ctx.facility.id, entry_id=e.id, recipient="",
                                                   state=FAILED, error=NO_ADDRESS, digest=digest,
                                                   attempted_at=utcnow()), actor)
    return MailBatch(month, target, tuple(outgoing), tuple(settled))


def mark_sending(ctx, item: Outgoing) -> None:
    """Database thread, committed before the message goes to SMTP."""
    with ctx.transaction() as session:
        row = PayslipMail(id=item.mail_id, facility_id=ctx.facility.id, entry_id=item.entry_id,
                          recipient=item.recipient, state=SENDING, error="", digest=item.digest,
                          message_id=item.message_id, attempted_at=utcnow())
        record_change(session, row, ctx.require_actor().login_id)


def record_result(ctx, item: Outgoing, delivery: Delivery) -> None:
    """Database thread, after SMTP answered: the attempt becomes sent or failed."""
    with ctx.transaction() as session:
        row = session.get(PayslipMail, item.mail_id)
        row.state, row.error = delivery.state, delivery.reason[:500]
        record_change(session, row, ctx.require_actor().login_id)


class Sender:
    """Network only (any thread): hands prepared messages to SMTP over one connection per batch."""

    def __init__(self, target: SmtpTarget, connect=None):
        self.target = target
        self.connect = connect or _connect
        self.conn: smtplib.SMTP | None = None
        self.connect_error: BaseException | None = None

    def send(self, item: Outgoing) -> Delivery:
        try:
            if self.connect_error:
                raise self.connect_error
            conn = self.conn
            if conn is None:
                try:
                    conn = self.conn = self.connect(self.target)
                except (smtplib.SMTPException, OSError) as exc:
                    self.connect_error = exc  # the server is unreachable: fail the rest without waiting again
                    raise
            conn.send_message(item.message)
        except (smtplib.SMTPException, OSError) as exc:
            if not isinstance(exc, smtplib.SMTPRecipientsRefused):
                self.conn = _drop(self.conn)  # the session may be broken: the next payslip reconnects
            return Delivery(item.employee_no, item.name, item.recipient, FAILED, _reason(exc))
        return Delivery(item.employee_no, item.name, item.recipient, SENT)

    def close(self) -> None:
        self.conn = _drop(self.conn)


def send_payslips(ctx, month: str, render: payslip.Renderer, only_failed: bool = False, resend: bool = False,
                  connect=None) -> list[Delivery]:
    """One thread, in order (the CLI): one result per employee (sent / failed / skipped / unknown).

    `resend` sends again both to those already sent and to those whose delivery is unknown.
    """
    batch = prepare(ctx, month, render, only_failed, resend_unknown=resend, resend_sent=resend)
    results = list(batch.settled)
    sender = Sender(batch.target, connect)
    try:
        for item in batch.outgoing:
            mark_sending(ctx, item)
            delivery = sender.send(item)
            record_result(ctx, item, delivery)
            results.append(delivery)
    finally:
        sender.close()
    return sorted(results, key=lambda d: d.employee_no)


def _drop(conn):
    if conn is not None:
        try:
            conn.quit()
        except (smtplib.SMTPException, OSError):
            conn.close()
    return None


def _reason(exc: BaseException) -> str:
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        code, answer = next(iter(exc.recipients.values()))
        return f"받는 주소 거부 ({code}): {_text(answer)}"
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return "메일 서버 로그인 실패: 사용자 이름과 비밀번호를 확인하세요."
    if isinstance(exc, smtplib.SMTPResponseException):
        return f"메일 서버 오류 ({exc.smtp_code}): {_text(exc.smtp_error)}"
    if isinstance(exc, (ConnectionError, TimeoutError, OSError)):
        return f"메일 서버에 연결할 수 없습니다: {exc}"
    return str(exc)


def _text(answer: bytes | str) -> str:
    """An SMTP server's answer as text (smtplib gives bytes)."""
    return answer.decode(errors="replace") if isinstance(answer, bytes) else str(answer)


def mail_log(ctx, month: str) -> dict[str, Delivery]:
    """employee_id -> the latest attempt, for the register screen's 메일 column."""
    view = require_register(ctx, month)
    with ctx.store.session() as session:
        history = _history(session, [e.id for e in view.entries])
    out = {}
    for e in view.entries:
        if history.get(e.id):
            a = history[e.id][-1]
            out[e.employee_id] = (_unknown(e, a) if a.state == SENDING
                                  else Delivery(e.employee_no, e.name, a.recipient, a.state, a.error))
    return out
