"""One schema per synced entity: the rules a value must keep wherever it enters a store.

The same rules check what a user saves on this PC (the outbox hook), what a pull brings in (the
sync engine quarantines a change that fails) and what a PC pushes (the central service answers
`rejected` with the reason). They are plain JSON-able dicts: `build_rules()` derives them from the
SQLAlchemy models (types, nullability, String lengths) plus the small table of extra rules below,
and `wire_schema.json`, checked in beside this file, holds them for the central service, which
shares only the wire schema with the client, never its tables (architecture §3). A test keeps the
file equal to the models; regenerate it with `python -m heemang_desktop.sync.schema`.

This module imports nothing of the client at import time: the central service loads it.
"""

from __future__ import annotations

import json
import math
import re
from datetime import date, datetime, time
from functools import cache, lru_cache
from pathlib import Path

RULES_FILE = Path(__file__).with_name("wire_schema.json")

MONEY_LIMIT = 10**12  # |amount| < 1조 won: far above any facility's figure, far below SQLite's 2^63
INT_LIMIT = 10**12
DATE_MIN, DATE_MAX = date(1900, 1, 1), date(2100, 12, 31)
WORK_DATE_YEARS = 3  # a work date further than this from today is saved, with a warning
TEXT_MAX = 20_000  # free text (notes, contents): more than anyone types
JSON_TEXT_MAX = 200_000  # JSON kept in a text column (payroll lines, licences, attachments)
PII_MAX = 64  # a plain resident, foreigner, passport or account number on the wire
MAX_CHILDREN = 5_000  # lines of one resolution, attendances of one session

# Control characters (tab and newlines excepted), bidi overrides and isolates, lone surrogates:
# invisible, able to make a name read backwards on screen, or unstorable as UTF-8.
BAD_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
UUID = r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
MONTH = r"^[0-9]{4}-(0[1-9]|1[0-2])$"
HHMM = r"^([01][0-9]|2[0-3]):[0-5][0-9]$"

MONEY = {"amount", "total", "base_pay", "daily_wage", "gross", "nontaxable", "taxable", "deductions", "net",
         "base_amount", "time_pay", "piece_pay"}
JSON_TEXT = {"licences", "guardians", "attachments", "standing", "input_json", "overrides_json", "lines_json",
             "flags_json", "details", "detail"}
_YEAR = {"min": 1900, "max": 2100}
_WORK_DAY = {"warn_years": WORK_DATE_YEARS}

# Rules the models cannot say: enumerations, patterns, ranges. entity -> field -> rule keys.
EXTRA: dict[str, dict[str, dict]] = {
    "budget_account": {"side": {"enum": ["세입", "세출"]}},
    "budget_entry": {"side": {"enum": ["세입", "세출"]}, "fiscal_year": _YEAR, "revision": {"min": 0, "max": 99}},
    "requisition": {"kind": {"enum": ["수입", "지출"]}, "state": {"enum": ["draft", "approved", "rejected"]},
                    "fiscal_year": _YEAR},
    "resolution": {"kind": {"enum": ["수입", "지출"]}, "state": {"enum": ["active", "cancelled"]},
                   "fiscal_year": _YEAR},
    "month_close": {"year": _YEAR, "month": {"min": 1, "max": 12}},
    "budget_transfer": {"state": {"enum": ["active", "cancelled"]}, "fiscal_year": _YEAR},
    "employee": {"dependants": {"min": 0, "max": 99}, "children_under_20": {"min": 0, "max": 99}},
    "attendance": {"work_date": _WORK_DAY, "check_in": {"pattern": HHMM}, "check_out": {"pattern": HHMM}},
    "leave": {"state": {"enum": ["신청", "승인", "반려"]}, "days": {"min": 0, "max": 366}},
    "pay_item": {"kind": {"enum": ["pay", "deduction"]}},
    "payroll_register": {"month": {"pattern": MONTH}, "state": {"enum": ["open", "closed"]}},
    "payroll_entry": {"source": {"enum": ["run", "import"]}},
    "payslip_mail": {"state": {"enum": ["sending", "sent", "failed"]}},
    "subject": {"sex": {"enum": ["M", "F", ""]}},
    "outing": {"kind": {"enum": ["외출", "외박"]}},
    "fee_charge": {"month": {"pattern": MONTH}},
    "wage": {"month": {"pattern": MONTH}},
    "trainee_attendance": {"work_date": _WORK_DAY},
    "work_record": {"work_date": _WORK_DAY},
    "municipal_report_draft": {"status": {"enum": ["draft", "submitted", "cancelled"]}},
    "municipal_report": {"status": {"enum": ["draft", "checked", "submitted", "accepted", "returned"]},
                         "period": {"pattern": MONTH}},
}

# Field names people know, for messages; others are named by their key.
LABELS = {
    "amount": "금액", "total": "합계", "base_pay": "기본급", "daily_wage": "일급", "gross": "지급 합계",
    "net": "실지급액", "deductions": "공제 합계", "name": "이름", "birth_date": "생년월일", "hire_date": "입사일",
    "leave_date": "퇴사일", "work_date": "근무일", "business_name": "사업명", "title": "제목", "note": "비고",
    "notes": "메모", "address": "주소", "phone": "전화번호", "email": "전자우편", "resolution_date": "결의일자",
    "cash_date": "출납일자", "fiscal_year": "회계연도", "start_date": "시작일", "end_date": "종료일",
    "vendor": "거래처", "summary": "적요", "content": "내용", "payer": "납부자", "received_on": "수납일",
}


# -- building the rules from the models (client side only) ------------------------------------
def _column_rule(entity: str, key: str, column, top: bool = True) -> dict:
    from sqlalchemy import Boolean, Date, DateTime, Float, Integer, String, Text, Time

    kind = column.type
    rule: dict = {}
    if isinstance(kind, Boolean):
        rule["type"] = "bool"
    elif isinstance(kind, Integer):
        rule["type"] = "money" if key in MONEY else "int"
    elif isinstance(kind, Float):
        rule["type"] = "float"
    elif isinstance(kind, DateTime):
        rule["type"] = "datetime"
    elif isinstance(kind, Date):
        rule["type"] = "date"
    elif isinstance(kind, Time):
        rule["type"] = "time"
    elif isinstance(kind, (String, Text)):
        rule["type"] = "str"
        length = getattr(kind, "length", None)
        rule["max_len"] = length or (JSON_TEXT_MAX if key in JSON_TEXT else TEXT_MAX)
        if top and key in ("id", "facility_id"):  # a record's own id may end up in a file name: never a path
            rule["pattern"] = UUID
    else:
        raise TypeError(f"{entity}.{key}: no wire rule for {kind!r}")
    has_default = column.default is not None or column.server_default is not None or column.primary_key
    rule["null"] = bool(column.nullable) and not column.primary_key
    rule["required"] = not rule["null"] and not has_default
    rule.update(EXTRA.get(entity, {}).get(key, {}))
    return rule


def _fields(entity: str, model, skip: set[str], top: bool = True) -> dict:
    from sqlalchemy import inspect as sa_inspect

    pii = getattr(model, "__pii_fields__", {}) or {}
    out = {}
    for attr in sa_inspect(model).column_attrs:
        key = attr.key
        if key in skip or key == "server_version" or any(key in (f"{f}_enc", f"{f}_hash") for f in pii):
            continue
        out[key] = _column_rule(entity, key, attr.columns[0], top)
    longer = getattr(model, "__pii_max__", {}) or {}  # a sealed free-text field (an inquiry's private part)
    for f in pii:  # on the wire a PII field is its plain value (over TLS), never this PC's ciphertext
        out[f] = {"type": "str", "max_len": longer.get(f, PII_MAX), "null": True, "required": False, "pii": True}
    return dict(sorted(out.items()))


def entity_rules(model) -> dict:
    """The rules of one synced model, children (lines pushed with their parent) included."""
    from sqlalchemy import inspect as sa_inspect

    entity = model.__sync_entity__
    rules: dict = {"fields": _fields(entity, model, set())}
    children = {}
    if hasattr(model, "sync_children"):
        for rel in sa_inspect(model).relationships:
            if rel.direction.name == "ONETOMANY" and "delete-orphan" in rel.cascade:
                parent_keys = {c.key for c in rel.remote_side}  # filled in by the parent on save
                children[rel.key] = {"max_items": MAX_CHILDREN,
                                     "fields": _fields(entity, rel.mapper.class_, parent_keys, top=False)}
    if children:
        rules["children"] = dict(sorted(children.items()))
    return rules


def build_rules() -> dict:
    """Every feature's synced entity -> its rules: what `wire_schema.json` holds."""
    import heemang_desktop.store.registry  # noqa: F401  (imports every feature's models)
    from heemang_desktop.features import listed
    from heemang_desktop.store.base import Base

    modules = set(listed("models"))
    models = [m.class_ for m in Base.registry.mappers
              if getattr(m.class_, "__sync_entity__", "") and m.class_.__module__ in modules]
    return {"version": 1, "entities": {m.__sync_entity__: entity_rules(m) for m in
                                       sorted(models, key=lambda m: m.__sync_entity__)}}


@cache
def rules_for_model(model) -> dict:
    return entity_rules(model)


@lru_cache(maxsize=1)
def load_rules() -> dict:
    """The checked-in rules (the central service's copy of the wire schema)."""
    return json.loads(RULES_FILE.read_text(encoding="utf-8"))


# -- checking ---------------------------------------------------------------------------------
class Invalid(ValueError):
    """A value breaks its entity's rules; `field` is the wire name, the message is for people."""

    def __init__(self, message: str, field: str):
        super().__init__(message)
        self.field = field


def clean_text(value: str) -> str:
    return BAD_CHARS.sub("", value)


def _name(key: str) -> str:
    label = LABELS.get(key)
    return f"'{label}'({key})" if label else f"'{key}'"


def _as_date(value, kind: str):
    if kind == "datetime":
        return value if isinstance(value, date) else datetime.fromisoformat(value)  # SQLite takes a date too
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, str) and len(value) == 10:
        return date.fromisoformat(value)
    raise ValueError(value)


def _problem(key: str, rule: dict, value, today: date | None) -> tuple[str | None, str | None]:
    """(error, warning) for one present value."""
    kind, name = rule["type"], _name(key)
    if value is None:
        return (None if rule["null"] else f"{name} 값이 비어 있습니다."), None
    if kind in ("int", "money"):
        if type(value) is not int:
            return f"{name} 값은 정수여야 합니다" + (" (금액은 원 단위 정수)." if kind == "money" else "."), None
        if kind == "money" and not -MONEY_LIMIT < value < MONEY_LIMIT:
            return f"{name} 금액이 범위를 벗어났습니다 (절댓값 1조 원 미만이어야 합니다).", None
        low, high = rule.get("min", -INT_LIMIT + 1), rule.get("max", INT_LIMIT - 1)
        if not low <= value <= high:
            return f"{name} 값은 {low:,}부터 {high:,}까지여야 합니다 (지금 {value:,}).", None
        return None, None
    if kind == "str":
        if not isinstance(value, str):
            return f"{name} 값은 문자열이어야 합니다.", None
        if len(value) > rule["max_len"]:
            return f"{name}은(는) {rule['max_len']:,}자까지 쓸 수 있습니다 (지금 {len(value):,}자).", None
        if BAD_CHARS.search(value):
            return f"{name}에 제어 문자나 글자 방향을 바꾸는 문자가 들어 있습니다.", None
        if "enum" in rule and value not in rule["enum"]:
            return f"{name} 값은 {', '.join(repr(e) for e in rule['enum'])} 가운데 하나여야 합니다.", None
        if "pattern" in rule and not re.match(rule["pattern"], value):
            return f"{name} 값의 형식이 올바르지 않습니다.", None
        return None, None
    if kind == "bool":
        ok = type(value) is bool or (type(value) is int and value in (0, 1))
        return (None if ok else f"{name} 값은 참/거짓이어야 합니다."), None
    if kind == "float":
        ok = (type(value) is float and math.isfinite(value)) or (type(value) is int and abs(value) < INT_LIMIT)
        if not ok:
            return f"{name} 값은 숫자여야 합니다.", None
        low, high = rule.get("min", -INT_LIMIT + 1), rule.get("max", INT_LIMIT - 1)
        return (None if low <= value <= high else f"{name} 값은 {low:,}부터 {high:,}까지여야 합니다."), None
    if kind == "time":
        try:
            time.fromisoformat(value) if isinstance(value, str) else value.isoformat()
        except (ValueError, TypeError, AttributeError):
            return f"{name} 시각 형식이 올바르지 않습니다.", None
        return None, None
    try:
        when = _as_date(value, kind)
    except (ValueError, TypeError):
        return f"{name} 날짜 형식이 올바르지 않습니다.", None
    day = when.date() if isinstance(when, datetime) else when
    if not DATE_MIN <= day <= DATE_MAX:
        return f"{name} 날짜는 {DATE_MIN}부터 {DATE_MAX}까지여야 합니다 (지금 {day}).", None
    years = rule.get("warn_years")
    if years and today is not None and abs((day - today).days) > 366 * years:
        return None, f"{name} 날짜가 오늘에서 {years}년 넘게 떨어져 있습니다 ({day})."
    return None, None


def _fast(rule: dict):
    """A quick test that passes the usual good value; anything it does not pass is looked at
    slowly by `_problem`, which words the reason (a 100,000-record pull checks 3M values)."""
    kind = rule["type"]
    if kind in ("int", "money"):
        low, high = rule.get("min", -INT_LIMIT + 1), rule.get("max", INT_LIMIT - 1)
        if kind == "money":
            low, high = max(low, -MONEY_LIMIT + 1), min(high, MONEY_LIMIT - 1)
        return lambda v: type(v) is int and low <= v <= high
    if kind == "str":
        n, search = rule["max_len"], BAD_CHARS.search
        enum = frozenset(rule["enum"]) if "enum" in rule else None
        match = re.compile(rule["pattern"]).match if "pattern" in rule else None
        return lambda v: (type(v) is str and len(v) <= n and not search(v) and (enum is None or v in enum)
                          and (match is None or match(v) is not None))
    if kind == "bool":
        return lambda v: v is True or v is False
    if kind == "date":
        low, high = DATE_MIN.isoformat(), DATE_MAX.isoformat()
        return lambda v: (type(v) is date and DATE_MIN <= v <= DATE_MAX) or (
            type(v) is str and len(v) == 10 and low <= v <= high and _parses(date.fromisoformat, v))
    if kind == "datetime":
        return lambda v: (DATE_MIN.year < (v.year if type(v) is datetime else _year(v)) < DATE_MAX.year)
    return None


def _parses(parse, text: str) -> bool:
    try:
        parse(text)
    except ValueError:
        return False
    return True


def _year(value) -> int:
    """A datetime text's year; 0 (out of range: looked at slowly) when it is not one."""
    try:
        return datetime.fromisoformat(value).year
    except (TypeError, ValueError):
        return 0


def _near(value, today: date, years: int) -> bool:
    day = value if type(value) is date else date.fromisoformat(value)
    return abs((day - today).days) <= 366 * years


def _plan(fields: dict) -> list[tuple]:
    plan = _PLANS.get(id(fields))
    if plan is None or plan[0] is not fields:
        plan = _PLANS[id(fields)] = (fields, [(key, rule, rule["required"], rule["null"], _fast(rule),
                                               rule.get("warn_years", 0)) for key, rule in fields.items()])
    return plan[1]


_PLANS: dict[int, tuple] = {}


def check(rules: dict, values: dict, *, wire: bool = True, today: date | None = None) -> list[str]:
    """Raise `Invalid` on the first broken rule; return warnings.

    `wire`: a payload as sent or pulled (every required field present). Otherwise the values of a
    row about to be saved here: fields not among them (plain PII, which the row holds encrypted)
    are skipped, and an empty field with a default is filled in on save.
    """
    warnings: list[str] = []
    _check_fields(rules["fields"], values, wire, today, warnings, "")
    for name, child in rules.get("children", {}).items():
        items = values.get(name)
        if items is None:
            continue
        if not isinstance(items, list) or len(items) > child["max_items"]:
            raise Invalid(f"'{name}' 목록이 올바르지 않거나 {child['max_items']:,}건을 넘습니다.", name)
        for i, item in enumerate(items):
            if not isinstance(item, dict):
                raise Invalid(f"'{name}' {i + 1}번째 항목이 올바르지 않습니다.", name)
            _check_fields(child["fields"], item, wire, today, warnings, f"{name} {i + 1}번째 줄의 ")
    return warnings


def _check_fields(fields: dict, values: dict, wire: bool, today, warnings: list, where: str) -> None:
    for key, rule, required, nullable, fast, warn in _plan(fields):
        if key not in values:
            if wire and required:
                raise Invalid(f"{where}{_name(key)} 값이 없습니다 (필수 항목).", key)
            continue
        value = values[key]
        if value is None:
            if nullable or (not wire and not required):
                continue  # here: the column's default fills it in
        elif fast is not None and fast(value) and (not warn or today is None or _near(value, today, warn)):
            continue
        error, warning = _problem(key, rule, value, today)
        if error:
            raise Invalid(where + error, key)
        if warning:
            warnings.append(where + warning)


def check_wire(entity: str, payload: dict) -> str | None:
    """The central service's check of a pushed payload: the reason to reject it, or None.

    Entities the checked-in rules do not know (a newer client's) are left to the other checks.
    """
    rules = load_rules()["entities"].get(entity)
    if rules is None:
        return None
    try:
        check(rules, payload)
    except Invalid as exc:
        return str(exc)
    return None


def clean_strings(rules: dict, values: dict) -> dict:
    """The str fields among `values` whose text holds control or bidi characters -> the cleaned text."""
    return {k: clean_text(v) for k, v in values.items()
            if isinstance(v, str) and k in rules["fields"] and rules["fields"][k]["type"] == "str"
            and BAD_CHARS.search(v)}


def write_rules(path: Path = RULES_FILE) -> None:
    path.write_text(json.dumps(build_rules(), ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    write_rules()
    print(f"wrote {RULES_FILE}")
