"""Personnel cards in bulk (인사카드 layout) as an import kind: a card per row, found by 사번.

A blank resident-number or account cell keeps what the card has (a sheet never wipes them);
other optional columns, when the sheet has them, set the card's value, blank included.
Cards of a chunk are saved in bulk (sync.outbox.record_changes) after the card rules
(hr.employees.validate); duplicates of 사번 and 주민등록번호, in the sheet or stored, are found here.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select

from heemang_desktop.excel.bulk import new_row
from heemang_desktop.excel.spec import Column, Handler, ImportKind
from heemang_desktop.hr import employees as cards
from heemang_desktop.hr.models import Employee
from heemang_desktop.store import pii
from heemang_desktop.store.base import new_id
from heemang_desktop.store.errors import ValidationError
from heemang_desktop.sync.outbox import record_changes

TEXT_COLUMNS = {"직위": "position", "연락처": "phone", "이메일": "email", "은행": "bank_name"}
FLAG_COLUMNS = {"국민연금": "pension", "건강보험": "health", "고용보험": "employment_insurance",
                "산재보험": "accident_insurance"}
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
    """Cards as plain column dicts saved with sync.outbox.record_changes (an ORM object, a flush and two
    lookups per row cost ~6 ms a row). The card rules are hr.employees.validate; the stored cards'
    사번 and resident-number hashes are read once, so a clash is found without a query per row."""

    def __init__(self, job):
        super().__init__(job)
        table = Employee.__table__
        rows = self.session.execute(select(table).where(table.c.facility_id == self.ctx.facility.id)).mappings()
        self.existing: dict[str, dict] = {}
        self.taken: set[str] = set()  # every 사번 in use, deleted cards' included (one 사번 per facility)
        self.rrn_owner: dict[str, str] = {}  # resident-number hash -> 사번 (live cards, then this file's rows)
        for r in rows:
            self.taken.add(r["employee_no"])
            if not r["deleted"]:
                self.existing[r["employee_no"]] = dict(r)
                if r["resident_number_hash"]:
                    self.rrn_owner[r["resident_number_hash"]] = r["employee_no"]
        self.seen: dict[str, int] = {}
        self.cipher = self.ctx.cipher

    def check(self, row):
        emp_no = row.values["사번"]
        if emp_no in self.seen:
            self.report.reject(row.number, "사번", f"{self.seen[emp_no]}행과 사번이 같습니다: '{emp_no}'")
            return None
        self.seen[emp_no] = row.number
        old = self.existing.get(emp_no)
        start = cards.EmployeeInput(**{f: old[f] for f in cards.PLAIN_FIELDS}) if old else None
        data = _input(row.values, self.job.present, start)
        try:
            cards.validate(data)
        except ValidationError as exc:
            self.report.reject(row.number, exc.field or "", str(exc))
            return None
        if old is None and emp_no in self.taken:
            self.report.reject(row.number, "사번", f"사번 {emp_no}은(는) 이미 다른 인사카드에 있습니다.")
            return None
        return row.number, old, data

    def _seal(self, values: dict, data: cards.EmployeeInput) -> None:
        """Resident and account numbers onto `values`, sealed; the same number keeps its stored ciphertext."""
        if data.resident_number:
            number = pii.parse_rrn(data.resident_number)
            digest = self.cipher.lookup_hash(number.digits, pii.RRN)
            owner = self.rrn_owner.setdefault(digest, data.employee_no)
            if owner != data.employee_no:
                raise ValidationError(f"같은 주민등록번호의 인사카드가 이미 있습니다 (사번 {owner}).", "주민등록번호")
            if digest != values["resident_number_hash"]:
                sealed = pii.seal_rrn(self.cipher, number)
                values.update(resident_number_enc=sealed.enc, resident_number_hash=sealed.hash,
                              resident_number_masked=sealed.masked)
        if data.bank_account:
            account = pii.normalize_account(data.bank_account)
            digest = self.cipher.lookup_hash("".join(c for c in account if c.isdigit()), pii.BANK_ACCOUNT)
            if digest != values["bank_account_hash"] or pii.mask_account(account) != values["bank_account_masked"]:
                sealed = pii.seal_account(self.cipher, account)
                values.update(bank_account_enc=sealed.enc, bank_account_hash=sealed.hash,
                              bank_account_masked=sealed.masked)

    def save(self, items: list, write: bool) -> None:
        report, out = self.report, []
        for number, old, data in items:
            values = dict(old) if old else new_row(Employee, id=new_id(), facility_id=self.ctx.facility.id)
            for name in cards.PLAIN_FIELDS:
                values[name] = getattr(data, name)
            try:
                self._seal(values, data)
            except ValidationError as exc:
                report.reject(number, exc.field if exc.field in PII_COLUMNS else "주민등록번호", str(exc))
                continue
            if old is None:
                report.created += 1
            elif values != old:
                report.updated += 1
            else:
                report.unchanged += 1
                continue
            out.append(values)
        if out and report.ok:  # after a rejection nothing more is written: all of it rolls back
            record_changes(self.session, Employee, out, self.job.actor.login_id)


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
