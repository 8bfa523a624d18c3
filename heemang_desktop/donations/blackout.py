"""CMS blackouts found before they bite: which debit days the bank cannot take, where they move,
and the list of donors to tell. Pure functions over data; no database.

Data: the outage calendar through `calendar/service.py` (its kind "cms_blackout" blocks debits, as the
notice's 2022-08-30..09-06; business days from the public holidays of `resources/hr/holidays.json` plus
the yearly bank holidays), `resources/cms/options.json` (whether a
blocked debit moves to the next or the previous allowed day) and `resources/cms/blackout_notice.txt`
(the text message, placeholders {기관} {이름} {기존출금일} {변경출금일} {중단기간} {중단사유}: the
window's title, so a facility-added window is not called the 금융결제원's).

- `blocked(day)`: the day is inside a CMS blackout.
- `why_not(day)`: "" when the bank debits on that day, else why not (weekend, holiday, blackout).
- `next_allowed(day)` / `previous_allowed(day)`: the nearest day, on or after / on or before, that
  the bank debits on; `move(day, direction)` picks by the setting.
- `debit_date(month, day_of_month)`: when a monthly pledge's debit actually goes.
- `affected(dues, month)`: the pledges whose date falls inside a blackout, with the proposed date
  (weekend and holiday moves are routine and not listed: the bank's own rule, nothing to tell).
- `notice_rows(moves)` and `write_notice_xlsx` / `write_notice_csv`: the notice list for the
  facility's SMS service.

Admin-added windows (kept with the facility's data by the caller) are passed as `windows`; every
function defaults to the shipped calendar. A year without published holidays is refused
(`CalendarUnknown`) rather than guessed.
"""

from __future__ import annotations

import calendar
import csv
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from heemang_desktop.calendar import service as calendar_service
from heemang_desktop.resources import load_json, resource_path
from heemang_desktop.store.errors import HeemangError

CMS = calendar_service.CMS_BLACKOUT
NEXT, PREVIOUS = "next", "previous"
_WEEKDAYS = "월화수목금토일"
_FORMULA_START = ("=", "+", "-", "@")  # a cell starting so would run as a formula in Excel
NOTICE_HEADERS = ("이름", "휴대전화", "기존 출금일", "변경 출금일", "문자 내용")


CalendarUnknown = calendar_service.CalendarUnknown


class NoticeTemplateError(HeemangError):
    pass


@dataclass(frozen=True)
class Window(calendar_service.Window):
    """A calendar window as donations know it: kind "cms_blackout" unless said, its title its name."""

    kind: str = CMS

    @property
    def name(self) -> str:
        return self.title


@dataclass(frozen=True)
class Due:
    """A pledge to check: `day` is a monthly pledge's debit day (1–31; past the month's end means the
    last day) or a one-off debit's date (checked only in its own month). `ref` is the caller's pledge
    reference; name and phone go on the notice."""

    ref: str
    day: int | date
    name: str = ""
    phone: str = ""


@dataclass(frozen=True)
class Move:
    ref: str
    name: str
    phone: str
    old: date
    new: date
    window: calendar_service.Window

    @property
    def other_month(self) -> bool:
        """The proposed date left the pledge's month: it goes in that month's EB21 instead."""
        return (self.new.year, self.new.month) != (self.old.year, self.old.month)


@dataclass(frozen=True)
class NoticeRow:
    name: str
    phone: str
    old: date
    new: date
    message: str


# -- the calendar (calendar/service.py's; these keep donations' names) ---------------------------------

_KINDS = {"cms": CMS, "service": calendar_service.OUTAGE}  # the names this module used before the calendar


def windows(kind: str = CMS) -> tuple[Window, ...]:
    """The shipped windows of one kind ("cms_blackout"/"cms", or "outage"/"service")."""
    kind = _KINDS.get(kind, kind)
    return tuple(Window(w.start, w.end, w.title, w.kind, w.source, w.ref, w.scope, w.reports)
                 for w in calendar_service.shipped() if w.kind == kind and not w.scope)


def holidays(year: int) -> dict[date, str]:
    """Days the banks are closed in `year` besides weekends: public holidays and bank holidays."""
    return calendar_service.bank_holidays(year) | calendar_service.public_holidays(year)


_BANK = calendar_service.Closed(bank=True)


def _within(within: Sequence[calendar_service.Window] | None) -> Sequence[calendar_service.Window]:
    return windows() if within is None else within


def window_of(day: date, within: Sequence[calendar_service.Window] | None = None) -> calendar_service.Window | None:
    """The CMS blackout covering `day`, if any."""
    hits = calendar_service.of_kind(_within(within), CMS, day, None)
    return hits[0] if hits else None


def blocked(day: date, within: Sequence[calendar_service.Window] | None = None) -> bool:
    """`day` is inside a CMS blackout (the shipped calendar, or `within`)."""
    return window_of(day, within) is not None


def why_not(day: date, within: Sequence[calendar_service.Window] | None = None) -> str:
    """"" when the bank debits on `day`; else the reason in Korean."""
    window = window_of(day, within)
    if window:
        return f"{window.title} {window.label}"
    return calendar_service.why_closed(day, (), CMS, _BANK, None)


def allowed(day: date, within: Sequence[calendar_service.Window] | None = None) -> bool:
    return not why_not(day, within)


def next_allowed(day: date, within: Sequence[calendar_service.Window] | None = None) -> date:
    """The first day on or after `day` that the bank debits on."""
    return calendar_service.next_open(day, _within(within), CMS, _BANK, None)


def previous_allowed(day: date, within: Sequence[calendar_service.Window] | None = None) -> date:
    """The last day on or before `day` that the bank debits on."""
    return calendar_service.previous_open(day, _within(within), CMS, _BANK, None)


def default_direction() -> str:
    return load_json("cms/options.json")["blocked_debit_move"]


def move(day: date, direction: str | None = None, within: Sequence[calendar_service.Window] | None = None) -> date:
    """`day`, or where it moves: by `direction` ("next"/"previous"; default the setting)."""
    direction = direction or default_direction()
    if direction not in (NEXT, PREVIOUS):
        raise HeemangError(f"출금일 옮기기 설정은 {NEXT!r}(다음 영업일) 또는 {PREVIOUS!r}(앞 영업일)입니다: "
                           f"{direction!r}")
    return next_allowed(day, within) if direction == NEXT else previous_allowed(day, within)


# -- a month's pledges ----------------------------------------------------------------------------

def _month(month: str | date) -> tuple[int, int]:
    if isinstance(month, date):
        return month.year, month.month
    try:
        year, mon = (int(x) for x in month.split("-"))
        date(year, mon, 1)
    except ValueError:
        raise HeemangError(f"월은 2022-09처럼 적습니다: '{month}'") from None
    return year, mon


def due_date(month: str | date, day_of_month: int) -> date:
    """The pledge's promised date in `month`: its day, or the month's last day if shorter."""
    year, mon = _month(month)
    return date(year, mon, min(day_of_month, calendar.monthrange(year, mon)[1]))


def debit_date(month: str | date, day_of_month: int, direction: str | None = None,
               within: Sequence[calendar_service.Window] | None = None) -> date:
    """When the bank will be asked to debit: a blackout day moves by the setting; a weekend or
    holiday goes to the next business day, as the bank itself would."""
    day = due_date(month, day_of_month)
    if blocked(day, within):
        return move(day, direction, within)
    return next_allowed(day, within)


def affected(dues: Iterable[Due], month: str | date, direction: str | None = None,
             within: Sequence[calendar_service.Window] | None = None) -> list[Move]:
    """The pledges of `month` whose promised date falls inside a CMS blackout, each with the date
    proposed instead (the next allowed day, or the previous one by the setting), in date order."""
    out = []
    year, mon = _month(month)
    for due in dues:
        if isinstance(due.day, date) and (due.day.year, due.day.month) != (year, mon):
            continue
        old = due.day if isinstance(due.day, date) else due_date(month, due.day)
        window = window_of(old, within)
        if window:
            out.append(Move(due.ref, due.name, due.phone, old, move(old, direction, within), window))
    return sorted(out, key=lambda m: (m.old, m.name, m.ref))


# -- the notice -----------------------------------------------------------------------------------

def default_template() -> str:
    return resource_path("cms", "blackout_notice.txt").read_text(encoding="utf-8").strip()


def _korean_day(day: date) -> str:
    return f"{day.month}월 {day.day}일({_WEEKDAYS[day.weekday()]})"


def notice_rows(moves: Iterable[Move], template: str | None = None, facility: str = "") -> list[NoticeRow]:
    """One row per moved debit, its message filled from `template` (default the shipped one)."""
    text = template if template is not None else default_template()
    rows = []
    for m in moves:
        values = {"기관": facility, "이름": m.name, "기존출금일": _korean_day(m.old),
                  "변경출금일": _korean_day(m.new), "중단기간": m.window.label, "중단사유": m.window.title}
        try:
            message = text.format_map(values)
        except KeyError as e:
            raise NoticeTemplateError(f"문자 문구의 {{{e.args[0]}}}을(를) 모릅니다. 쓸 수 있는 자리: "
                                      + " ".join(f"{{{k}}}" for k in values)) from None
        except (ValueError, IndexError):
            raise NoticeTemplateError("문자 문구의 중괄호 { }가 짝이 맞지 않습니다.") from None
        rows.append(NoticeRow(m.name, m.phone, m.old, m.new, message))
    return rows


def _safe(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_START) else text


def _cells(row: NoticeRow) -> list:
    return [_safe(row.name), _safe(row.phone), row.old, row.new, _safe(row.message)]


def write_notice_xlsx(rows: Sequence[NoticeRow], path: Path) -> int:
    """The notice list as a workbook for the SMS service; returns the number of rows."""
    from heemang_desktop.excel.writer import write_table

    return write_table(Path(path), "출금일 변경 안내", NOTICE_HEADERS, (_cells(r) for r in rows),
                       widths={"이름": 12, "휴대전화": 16, "기존 출금일": 13, "변경 출금일": 13, "문자 내용": 90})


def write_notice_csv(rows: Sequence[NoticeRow], path: Path, encoding: str = "utf-8-sig") -> int:
    """The notice list as CSV (UTF-8 with BOM so Excel shows Hangul; pass "cp949" for older services)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding=encoding, newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(NOTICE_HEADERS)
        for r in rows:
            writer.writerow([c.isoformat() if isinstance(c, date) else c for c in _cells(r)])
    return len(rows)
