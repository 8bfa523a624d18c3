"""Parsing cell values the way people type them (excel-templates.md "Value rules")."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, time, timedelta

EXCEL_EPOCH = date(1899, 12, 30)
TRUE_WORDS = {"예", "Y", "YES", "O", "1", "TRUE", "○", "V"}
FALSE_WORDS = {"아니오", "아니요", "N", "NO", "X", "0", "FALSE", ""}
_TIME_PATTERNS = (
    re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?"),
    re.compile(r"(\d{2})(\d{2})"),
    re.compile(r"(\d{1,2})\s*시(?:\s*(\d{1,2})\s*분)?"),
)


class CellError(ValueError):
    """A value that cannot be read; the message is the reason shown in the report."""


def text(value) -> str:
    if value.__class__ is str and value.isascii():  # the common cell; NFKC leaves ASCII as it is
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return unicodedata.normalize("NFKC", str(value)).strip()


# Cells of these types always have text (the fast path of is_blank).
_NEVER_BLANK = frozenset({int, float, bool, date, datetime, time, timedelta})


def is_blank(value) -> bool:
    if value is None or value.__class__ in _NEVER_BLANK:
        return value is None
    return text(value) == ""


def parse_date(value) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        # 20260901 typed into a number cell: past any serial date, so read as its digits below.
        if not (10_000_000 <= value <= 99_999_999 and value == int(value)):
            if not 1 <= value < 2958466:
                raise CellError(f"날짜로 읽을 수 없는 숫자입니다: {text(value)}")
            return EXCEL_EPOCH + timedelta(days=int(value))
    s = text(value)
    m = re.fullmatch(r"(\d{4})\s*[-./년]\s*(\d{1,2})\s*[-./월]\s*(\d{1,2})\s*일?\.?", s) or re.fullmatch(
        r"(\d{4})(\d{2})(\d{2})", s
    )
    if not m:
        raise CellError(f"날짜 형식이 아닙니다: '{s}' (예: 2026-09-01)")
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError as exc:
        raise CellError(f"없는 날짜입니다: '{s}'") from exc


def _hh_mm(s: str) -> time | None:
    """'09:00' / '9:00' without the regexes (the common text time), else None."""
    hh, sep, mm = s.partition(":")
    if sep and len(mm) == 2 and 1 <= len(hh) <= 2 and hh.isdigit() and mm.isdigit():
        hour, minute = int(hh), int(mm)
        if hour < 24 and minute < 60:
            return time(hour, minute)
    return None


def parse_time(value) -> time:
    if value.__class__ is str:
        t = _hh_mm(value.strip()) if value.isascii() else None
        if t is not None:
            return t
    if isinstance(value, datetime):
        return value.time().replace(microsecond=0)
    if isinstance(value, time):
        return value.replace(microsecond=0)
    if isinstance(value, timedelta):
        value = value.total_seconds() / 86400
    if isinstance(value, (int, float)) and not isinstance(value, bool) and 0 <= value < 1:
        seconds = round(value * 86400)
        return time(seconds // 3600 % 24, seconds // 60 % 60, seconds % 60)
    s = text(value)
    if len(s) == 3 and s.isdigit() and isinstance(value, (int, float)):
        s = "0" + s  # 0900 typed into a number cell arrives as 900
    m = next((m for m in (p.fullmatch(s) for p in _TIME_PATTERNS) if m), None)
    if not m:
        raise CellError(f"시각 형식이 아닙니다: '{s}' (예: 09:00)")
    h, mi, se = ([int(g) if g else 0 for g in m.groups()] + [0, 0])[:3]
    if not (0 <= h <= 24 and 0 <= mi < 60 and 0 <= se < 60) or (h == 24 and (mi or se)):
        raise CellError(f"없는 시각입니다: '{s}'")
    return time(0, 0) if h == 24 else time(h, mi, se)


def parse_amount(value, allow_negative: bool = False) -> int:
    """Whole won: 1234000, '1,234,000', '1234000원', full-width digits. Decimals are an error."""
    if isinstance(value, bool):
        raise CellError("금액이 아닙니다")
    if isinstance(value, int):
        n = value
    elif isinstance(value, float):
        if not value.is_integer():
            raise CellError(f"금액은 원 단위 정수여야 합니다: {value}")
        n = int(value)
    else:
        s = text(value).replace(",", "").replace(" ", "")
        s = re.sub(r"원$", "", s)
        if s.startswith("₩"):
            s = s[1:]
        if not re.fullmatch(r"-?\d+", s):
            if re.fullmatch(r"-?\d+\.\d+", s):
                raise CellError(f"금액은 원 단위 정수여야 합니다: '{text(value)}'")
            raise CellError(f"금액 형식이 아닙니다: '{text(value)}'")
        n = int(s)
    if n < 0 and not allow_negative:
        raise CellError(f"금액은 0 이상이어야 합니다: {n:,}")
    return n


def parse_int(value, label: str = "숫자") -> int:
    try:
        return parse_amount(value)
    except CellError as exc:
        raise CellError(f"{label}는 0 이상의 정수여야 합니다: '{text(value)}'") from exc


def parse_bool(value) -> bool:
    if isinstance(value, bool):
        return value
    s = text(value).upper()
    if s in TRUE_WORDS:
        return True
    if s in FALSE_WORDS:
        return False
    raise CellError(f"예/아니오로 읽을 수 없습니다: '{text(value)}' (예, Y, O, 1 / 아니오, N, X, 0)")
