"""Payroll's door: what the GUI, the CLI and other features may call. Everything else in `payroll/`
is internal and may change without notice.

PDFs (payslips, and the payslips attached to mail) go through a renderer the caller may pass; by
default render/pdf.html_to_pdf, loaded only when a PDF is made, so importing this door never loads Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from heemang_desktop.payroll import employer, ltc, mailer, payslip
from heemang_desktop.payroll.employer import EmployerFacts, get_facts, missing, save_facts, size_classes
from heemang_desktop.payroll.expense import ALLOWANCE_ACCOUNT, draft_resolution
from heemang_desktop.payroll.items import DEDUCTION, EMPLOYER, PAY, ItemDef
from heemang_desktop.payroll.ltc import export_ltc
from heemang_desktop.payroll.mailer import (
    STATE_LABELS,
    Delivery,
    MailBatch,
    Outgoing,
    Sender,
    SmtpSettings,
    mail_log,
    mark_sending,
    record_result,
)
from heemang_desktop.payroll.models import CLOSED, FAILED, OPEN, SENDING, SENT
from heemang_desktop.payroll.register import (
    EntryView,
    RegisterView,
    RunResult,
    close_month,
    get_register,
    months,
    require_register,
    run_month,
    set_override,
)
from heemang_desktop.payroll.register_export import export_register
from heemang_desktop.payroll.settings import (
    PremiumRules,
    ProfileInput,
    get_profile,
    items_of,
    premium_rules,
    save_item,
    save_premium_rules,
    save_profile,
)
from heemang_desktop.payroll.transfer import export_transfers
from heemang_desktop.payroll.withholding_return import PersonLine, ReturnRow, WithholdingReturn, build_return

LTC_KIND = ltc.KIND  # the upload and blank-template kind of the 장기요양 급여대장 workbook
write_ltc_template = ltc.write_template
load_mail_settings, save_mail_settings = mailer.load_settings, mailer.save_settings

__all__ = [
    "CLOSED", "DEDUCTION", "EMPLOYER", "FAILED", "LTC_KIND", "OPEN", "PAY", "SENDING", "SENT", "STATE_LABELS",
    "Delivery", "EmployerFacts", "EntryView", "ItemDef", "MailBatch", "Outgoing", "PremiumRules", "ProfileInput",
    "PersonLine", "RegisterScreen", "RegisterView", "ReturnRow", "RunResult", "Sender", "SmtpSettings",
    "WithholdingReturn", "build_return", "export_day_laborer_statement", "export_withholding_return",
    "add_pay_item", "close_month", "draft_resolution", "employer_settings", "export_ltc", "export_register",
    "export_transfers", "get_facts", "get_profile", "get_register", "items_of", "load_mail_settings", "mail_log",
    "mark_sending", "months", "pay_settings", "premium_rules", "prepare_mail", "record_result", "register_screen",
    "require_register", "run_month", "save_employer_settings", "save_facts", "save_item", "save_mail_settings",
    "save_payslips", "save_premium_rules", "save_profile", "send_payslips", "set_override", "size_classes",
    "unknown_deliveries", "write_ltc_template",
]


def _renderer(render):
    if render is not None:
        return render
    from heemang_desktop.render.pdf import html_to_pdf

    return html_to_pdf


# -- the register screen ----------------------------------------------------------------------

@dataclass(frozen=True)
class RegisterScreen:
    """Everything the 급여대장 page shows for a month, read in one go."""

    month: str
    view: RegisterView | None
    mail: dict[str, Delivery]  # employee_id -> the latest attempt
    rules: PremiumRules  # a closed month: the rules it was computed under; else the facility's
    rules_of_month: bool  # True when `rules` are the closed month's own
    employer_by_insurance: dict[str, int]  # 사업주 부담 합계 per insurance (the resolution's lines)
    employer_missing: tuple[str, ...]  # shares not computed: the facility's facts are not set

    @property
    def entries(self) -> tuple[EntryView, ...]:
        return self.view.entries if self.view else ()


def register_screen(ctx, month: str) -> RegisterScreen:
    view = get_register(ctx, month)
    entries = view.entries if view else ()
    log = mail_log(ctx, month) if entries else {}
    closed = bool(view and view.closed and entries)
    rules = PremiumRules(entries[0].under_five, entries[0].saturday_overtime) if closed else premium_rules(ctx)
    by_insurance: dict[str, int] = {}
    for e in entries:
        for line in e.lines:
            if line.kind == EMPLOYER:
                group = employer.LINES[line.code][1]
                by_insurance[group] = by_insurance.get(group, 0) + line.amount
    unset = missing(ln for e in entries for ln in e.lines if ln.kind == EMPLOYER)
    return RegisterScreen(month, view, log, rules, closed, by_insurance, tuple(unset))


# -- outputs ----------------------------------------------------------------------------------

def save_payslips(ctx, month: str, folder: Path, render=None, progress=None) -> list[Path]:
    """Every payslip of the month as a PDF in `folder`; `progress` (optional) hears of each file."""
    report = (lambda done, total: progress.update(done, total)) if progress is not None else None
    return payslip.export_payslips(ctx, month, Path(folder), _renderer(render), report)


def unknown_deliveries(ctx, month: str) -> list[Delivery]:
    """Who a crash left with delivery unknown: the GUI asks about them before any sending."""
    return [d for d in mail_log(ctx, month).values() if d.state == SENDING]


def prepare_mail(ctx, month: str, only_failed: bool = False, resend_unknown: bool = False, render=None) -> MailBatch:
    """Database thread: who gets a payslip, their PDFs and messages (see mailer.prepare)."""
    return mailer.prepare(ctx, month, _renderer(render), only_failed=only_failed, resend_unknown=resend_unknown)


def send_payslips(ctx, month: str, only_failed: bool = False, resend: bool = False, render=None,
                  connect=None) -> list[Delivery]:
    """Prepare and send in this thread, in order (the CLI)."""
    return mailer.send_payslips(ctx, month, _renderer(render), only_failed=only_failed, resend=resend, connect=connect)


def export_withholding_return(ctx, month: str, path: Path) -> WithholdingReturn:
    """원천징수이행상황신고서 of a closed month as Excel (the form's rows, then who is behind each)."""
    from heemang_desktop.payroll.withholding_return import export_return

    return export_return(ctx, month, Path(path))


def export_day_laborer_statement(ctx, month: str, path: Path) -> int:
    """일용근로소득 지급명세서 (full resident numbers, recorded in 접속기록); returns its lines."""
    from heemang_desktop.payroll.day_laborer_statement import export_statement

    return export_statement(ctx, month, Path(path))


# -- settings ---------------------------------------------------------------------------------

def employer_settings(ctx, month: str) -> tuple[EmployerFacts, dict[str, str], PremiumRules]:
    """The facility's size class and 산재 rate, the size classes in force in `month`, the premium rules."""
    return get_facts(ctx), size_classes(month), premium_rules(ctx)


def save_employer_settings(ctx, month: str, size_class: str, accident_percent: str,
                           rules: PremiumRules) -> EmployerFacts:
    facts = save_facts(ctx, month, size_class, accident_percent)
    save_premium_rules(ctx, rules)
    return facts


def pay_settings(ctx, employee_id: str) -> tuple[ProfileInput, list[ItemDef]]:
    """An employee's pay settings and the items that can be fixed monthly amounts."""
    return get_profile(ctx, employee_id), [i for i in items_of(ctx) if i.source == "standing"]


def add_pay_item(ctx, code: str, name: str, kind: str) -> ItemDef:
    """A facility allowance is booked under 제수당 on the 인건비 resolution; a deduction under none."""
    return save_item(ctx, code, name, kind, account=ALLOWANCE_ACCOUNT if kind == PAY else "")
