"""Personnel cards in bulk (인사카드 layout) as an import kind: a card per row, found by 사번.

A blank resident-number or account cell keeps what the card has (a sheet never wipes them);
other optional columns, when the sheet has them, set the card's value, blank included.
Cards of a chunk are recorded in one batch (sync.outbox.batched) without a flush per row: the
sheet's own duplicates (사번, 주민등록번호) are found here, the stored ones by the card rules.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select

from heemang_desktop.excel.spec import Column, Handler, ImportKind
from heemang_desktop.hr import employees as cards
from heemang_desktop.hr.models import Employee
from heemang_desktop.store.errors import ValidationError
from heemang_desktop.sync.outbox import batched, record_change

TEXT_COLUMNS = {"직위": "position", "연락처": "phone", "이메일": "email", "은행": "bank_name"}
FLAG_COLUMNS = {"국민연금": "pension", "건강보험": "health", "고용보험": "employment_insurance", "산재보험": "accident_insurance"}
NUMBER_COLUMNS = {"부양가족수": "dependants", "20세이하자녀수": "children_under_20"}
MONEY_COLUMNS = {"기본급": "base_pay", "일급": "daily_wage"}
PII_COLUMNS = {"주민등록번호": "resident_number", "계좌번호": "bank_account"}


def _input(v: dict, present: frozenset, start: cards.EmployeeInput | None) -> cards.EmployeeInput:
    """Parsed cells -> EmployeeInput, over the card's current values."""
    changes = {"employee_no": v["사번"], "name": v["성명"], "job_type": v["직종"], "employment_type": v["고용형태"],
               "hire_date": v["입사일"]}
    if "퇴사일" in present:
        changes["leave_date"] = v["퇴사일"]
    for column, attr in TEXT_COLUMNS.items():
        if column in present:
            changes[attr] = v[column] or ""
    for column, attr in FLAG_COLUMNS.items():
        if column in present:
            changes[attr] = v[column] == "예"
    for column, attr in (*NUMBER_COLUMNS.items(), *MONEY_COLUMNS.items()):
        if column in present:
            changes[attr] = v[column] or 0
    if "부양가족수" in present and v["부양가족수"] is None:
        changes["dependants"] = 1
    for column, attr in PII_COLUMNS.items():
        if v[column]:
            changes[attr] = v[column]
    if start is None:
        return cards.EmployeeInput(**changes)
    return replace(start, **changes)  # start has PII as None: kept unless a cell gives a value


class _Cards(Handler):
    def __init__(self, job):
        super().__init__(job)
        self.existing = {e.employee_no: e for e in self.session.scalars(select(Employee).where(
            Employee.facility_id == self.ctx.facility.id, Employee.deleted.is_(False)))}
        self.seen: dict[str, int] = {}
        self.rrn_seen: dict[str, int] = {}

    def check(self, row):
        emp_no = row.values["사번"]
        if emp_no in self.seen:
            self.report.reject(row.number, "사번", f"{self.seen[emp_no]}행과 사번이 같습니다: '{emp_no}'")
            return None
        self.seen[emp_no] = row.number
        card = self.existing.get(emp_no)
        start = cards.input_from(cards.info(card)) if card else None
        return row.number, card, _input(row.values, self.job.present, start)

    def save(self, items: list, write: bool) -> None:
        report, session, actor_id = self.report, self.session, self.job.actor.login_id
        with session.no_autoflush, batched(session):
            for number, card, data in items:
                target = card or cards.new_row(self.ctx)
                try:
                    changed = cards.apply(self.ctx, session, target, data)
                except ValidationError as exc:
                    report.reject(number, exc.field or "", str(exc))
                    continue
                digest = target.resident_number_hash
                if digest and self.rrn_seen.setdefault(digest, number) != number:
                    report.reject(number, "주민등록번호", f"{self.rrn_seen[digest]}행과 주민등록번호가 같습니다.")
                    continue
                if card is None:
                    report.created += 1
                elif changed:
                    report.updated += 1
                else:
                    report.unchanged += 1
                    continue
                if report.ok:  # after a rejection nothing more is recorded: all of it rolls back
                    record_change(session, target, actor_id)


EMPLOYEES = ImportKind(
    name="employees",
    columns=(
        Column("사번", required=True),
        Column("성명", required=True),
        Column("직종", "coded", required=True),
        Column("고용형태", "coded", required=True),
        Column("입사일", "date", required=True),
        Column("퇴사일", "date"),
        *(Column(c) for c in TEXT_COLUMNS),
        *(Column(c) for c in PII_COLUMNS),
        *(Column(c, "coded") for c in FLAG_COLUMNS),
        *(Column(c, "int") for c in NUMBER_COLUMNS),
        *(Column(c, "amount") for c in MONEY_COLUMNS),
    ),
    handler=_Cards,
)
import_employees = EMPLOYEES
