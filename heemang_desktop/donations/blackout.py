"""CMS blackouts found before they bite: which debit days the bank cannot take, where they move,
and the list of donors to tell. Pure functions over data; no database.

Data: `resources/calendar/outages.json` (outage windows keyed by date; kind "cms" blocks debits,
as the notice's 2022-08-30..09-06; plus the yearly bank holidays), the public holidays of
`resources/hr/holidays.json` (read as data, shared with HR), `resources/cms/options.json` (whether a
blocked debit moves to the next or the previous allowed day) and `resources/cms/blackout_notice.txt`
(the text message, placeholders {기관} {이름} {기존출금일} {변경출금일} {중단기간}).

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
from datetime import date, timedelta
from pathlib import Path

from heemang_desktop.resources import load_json, resource_path
from heemang_desktop.store.errors import HeemangError

CMS = "cms"
NEXT, PREVIOUS = "next", "previous"
_WEEKDAYS = "월화수목금토일"
_FORMULA_START = ("=", "+", "-", "@")  # a cell starting so would run as a formula in Excel
NOTICE_HEADERS = ("이름", "휴대전화", "기존 출금일", "변경 출금일", "문자 내용")


class CalendarUnknown(HeemangError):
    """The year's holidays are not in the data yet, so business days cannot be told."""


class NoticeTemplateError(HeemangError):
    pass


@dataclass(frozen=True)
class Window:
    """An outage window, first and last day included; kind "cms" blocks debits."""

    start: date
    end: date
    name: str
    kind: str = CMS
    source: str = ""

    def covers(self, day: date) -> bool:
        return self.start <= day <= self.end

    @property
    def label(self) -> str:
        """As the notice writes it: 8.30~9.6."""
        return f"{self.start.month}.{self.start.day}~{self.end.month}.{self.end.day}"


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
    window: Window

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


# -- the calendar ---------------------------------------------------------------------------------

def _calendar() -> dict:
    return load_json("calendar/outages.json")


def windows(kind: str = CMS) -> tuple[Window, ...]:
    """The shipped windows of one kind ("cms" or "service")."""
    return tuple(Window(date.fromisoformat(w["from"]), date.fromisoformat(w["to"]), w["name"], w["kind"],
                        w.get("source", "")) for w in _calendar()["windows"] if w["kind"] == kind)


def holidays(year: int) -> dict[date, str]:
    """Days the banks are closed in `year` besides weekends: public holidays and bank holidays."""
    published = load_json("hr/holidays.json").get(str(year))
    if not published:
        raise CalendarUnknown(f"{year}년 공휴일 자료가 없어 은행 영업일을 알 수 없습니다. "
                              "resources/hr/holidays.json에 그해 공휴일을 더하세요.")
    days = {date.fromisoformat(h["date"]): h["name"] for h in published["days"]}
    for h in _calendar().get("bank_holidays", ()):
        month, day = (int(x) for x in h["every_year"].split("-"))
        days.setdefault(date(year, month, day), h["name"])
    return days


def window_of(day: date, within: Sequence[Window] | None = None) -> Window | None:
    """The CMS blackout covering `day`, if any."""
    return next((w for w in (windows() if within is None else within) if w.kind == CMS and w.covers(day)), None)


def blocked(day: date, within: Sequence[Window] | None = None) -> bool:
    """`day` is inside a CMS blackout (the shipped calendar, or `within`)."""
    return window_of(day, within) is not None


def why_not(day: date, within: Sequence[Window] | None = None) -> str:
    """"" when the bank debits on `day`; else the reason in Korean."""
    window = window_of(day, within)
    if window:
        return f"{window.name} {window.label}"
    if day.weekday() >= 5:
        return f"{_WEEKDAYS[day.weekday()]}요일"
    return holidays(day.year).get(day, "")


def allowed(day: date, within: Sequence[Window] | None = None) -> bool:
    return not why_not(day, within)


def _step(day: date, by: int, within: Sequence[Window] | None) -> date:
    while not allowed(day, within):  # ends: the holiday check refuses a year without data
        day += timedelta(days=by)
    return day


def next_allowed(day: date, within: Sequence[Window] | None = None) -> date:
    """The first day on or after `day` that the bank debits on."""
    return _step(day, 1, within)


def previous_allowed(day: date, within: Sequence[Window] | None = None) -> date:
    """The last day on or before `day` that the bank debits on."""
    return _step(day, -1, within)


def default_direction() -> str:
    return load_json("cms/options.json")["blocked_debit_move"]


def move(day: date, direction: str | None = None, within: Sequence[Window] | None = None) -> date:
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
               within: Sequence[Window] | None = None) -> date:
    """When the bank will be asked to debit: a blackout day moves by the setting; a weekend or
    holiday goes to the next business day, as the bank itself would."""
    day = due_date(month, day_of_month)
    if blocked(day, within):
        return move(day, direction, within)
    return next_allowed(day, within)


def affected(dues: Iterable[Due], month: str | date, direction: str | None = None,
             within: Sequence[Window] | None = None) -> list[Move]:
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
                  "변경출금일": _korean_day(m.new), "중단기간": m.window.label}
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
