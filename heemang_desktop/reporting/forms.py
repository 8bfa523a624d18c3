"""시군구보고 forms as data: `resources/reports/<kind>.json` says each report's fields, the source query
that fills them, the checks and the deadline rule, so a correction from the field is a data change.

Here: reading a form, the period a report covers, turning source records into rows and checking them,
and the due day its rule gives. Nothing here opens the store.
"""

from __future__ import annotations

import calendar as month_days
import re
from dataclasses import dataclass
from datetime import date

from heemang_desktop.resources import load_json, resource_path
from heemang_desktop.store.errors import ValidationError

TYPES = ("text", "date", "int", "money")


@dataclass(frozen=True)
class Field:
    key: str
    label: str
    type: str
    source: str
    required: bool = False
    minimum: int | None = None
    one_of: tuple[str, ...] = ()
    total: bool = False


@dataclass(frozen=True)
class Form:
    kind: str
    label: str
    title: str
    period: str
    source: str
    params: dict
    deadline: dict
    fields: tuple[Field, ...]
    checks: tuple[dict, ...]
    personal: bool = False  # rows name people: saving it as a file is recorded (접속기록)
    facility_types: tuple[str, ...] = ()  # the facilities that file it; () every facility

    def applies_to(self, facility_type: str) -> bool:
        """Whether a facility of this type files the report (an unknown type is told of every report)."""
        return not self.facility_types or facility_type in self.facility_types or facility_type in ("", "기타")

    def field(self, key: str) -> Field:
        return next(f for f in self.fields if f.key == key)


@dataclass(frozen=True)
class Period:
    text: str  # "2022-08"
    first: date
    last: date

    def months(self) -> int:
        return (self.last.year - self.first.year) * 12 + self.last.month - self.first.month + 1


def kinds() -> tuple[str, ...]:
    """Every form shipped, in file-name order."""
    return tuple(sorted(p.stem for p in resource_path("reports").glob("*.json")))


def load_form(kind: str) -> Form:
    """The form by its id (admission_discharge) or its Korean name (입퇴소보고)."""
    for k in kinds():
        data = load_json(f"reports/{k}.json")
        if kind in (k, data["label"]):
            return _form(data)
    names = ", ".join(f"{k}({load_json(f'reports/{k}.json')['label']})" for k in kinds())
    raise ValidationError(f"그런 시군구보고 종류가 없습니다: '{kind}'. 종류: {names}", "kind")


def _form(data: dict) -> Form:
    fields = tuple(Field(f["key"], f["label"], f.get("type", "text"), f["source"], bool(f.get("required")),
                         f.get("min"), tuple(f.get("one_of", ())), bool(f.get("total"))) for f in data["fields"])
    bad = [f.key for f in fields if f.type not in TYPES]
    if bad:
        raise ValueError(f"reports/{data['kind']}.json: unknown field type in {bad}")
    return Form(data["kind"], data["label"], data["title"], data.get("period", "month"), data["source"],
                dict(data.get("params", {})), dict(data["deadline"]), fields, tuple(data.get("checks", ())),
                bool(data.get("personal_data")), tuple(data.get("facility_types", ())))


def parse_period(text: str) -> Period:
    """A month, written 2022-08 (or 2022.08, 202208)."""
    m = re.fullmatch(r"\s*(\d{4})[-./]?(\d{1,2})\s*", text or "")
    if not m or not 1 <= int(m.group(2)) <= 12:
        raise ValidationError(f"기간은 2022-08 형식으로 적으세요: '{text}'", "period")
    year, month = int(m.group(1)), int(m.group(2))
    last = month_days.monthrange(year, month)[1]
    return Period(f"{year:04d}-{month:02d}", date(year, month, 1), date(year, month, last))


def _shift(day: date, months: int) -> tuple[int, int]:
    n = day.year * 12 + day.month - 1 + months
    return n // 12, n % 12 + 1


def rule_due(form: Form, period: Period) -> date:
    """The due day the form's monthly rule gives: `day` (clipped to the month's end), `months` after the
    period's first or last month."""
    rule = form.deadline
    anchor = period.first if rule.get("from") == "start" else period.last
    year, month = _shift(anchor, int(rule.get("months", 1)))
    return date(year, month, min(int(rule.get("day", 10)), month_days.monthrange(year, month)[1]))


def calendar_ref(form: Form, period: Period) -> str:
    """The calendar entry the form names for this period ("" when the monthly rule applies)."""
    return str(form.deadline.get("calendar", {}).get(period.text, ""))


# -- rows and checks ------------------------------------------------------------------------------

def _value(field: Field, value):
    if value is None or value == "":
        return None
    if field.type == "date":
        return value.isoformat() if isinstance(value, date) else str(value)
    if field.type in ("int", "money"):
        return int(value)
    return str(value)


def rows_of(form: Form, records: list[dict]) -> list[dict]:
    """Each source record as a row keyed by the form's field keys (JSON-ready: dates as ISO text)."""
    return [{f.key: _value(f, r.get(f.source)) for f in form.fields} for r in records]


def problems(form: Form, records: list[dict], rows: list[dict]) -> list[str]:
    """What keeps the report from being checked, one Korean line each ("3행 주민등록번호: 비어 있습니다.")."""
    out: list[str] = []
    for i, (record, row) in enumerate(zip(records, rows, strict=True), start=1):
        for f in form.fields:
            v = row.get(f.key)
            if v is None:
                if f.required:
                    out.append(f"{i}행 {f.label}: 비어 있습니다.")
                continue
            if f.minimum is not None and isinstance(v, int) and v < f.minimum:
                out.append(f"{i}행 {f.label}: {v:,}은(는) {f.minimum:,} 이상이어야 합니다.")
            if f.one_of and v not in f.one_of:
                out.append(f"{i}행 {f.label}: '{v}'은(는) {', '.join(f.one_of)} 중 하나여야 합니다.")
        for check in form.checks:
            if any(record.get(k) != want for k, want in check.get("when", {}).items()):
                continue
            missing = [k for k in check.get("required", ()) if row.get(k) is None]
            failed = bool(missing)
            if "compare" in check:
                left, op, right = check["compare"]
                a, b = row.get(left), row.get(right)
                failed = failed or (a is not None and b is not None and not _holds(a, op, b))
            if failed:
                out.append(f"{i}행: {check['message']}")
    return out


def _holds(a, op: str, b) -> bool:
    return {"<=": a <= b, "<": a < b, ">=": a >= b, ">": a > b, "==": a == b}[op]


def totals(form: Form, rows: list[dict]) -> dict[str, int]:
    return {f.key: sum(r.get(f.key) or 0 for r in rows) for f in form.fields if f.total}
