"""The outage calendar's rules as pure functions: windows, open days, deadlines moved before an outage.

Entries come from `resources/calendar/outages.json` (shipped, each with a stable id and its source)
and from the facility's own entries (calendar/models.py), which add a window or override/cancel a
shipped one by its id. The database side is service.py's; nothing here opens the store.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from heemang_desktop.resources import load_json
from heemang_desktop.store.errors import HeemangError

OUTAGE, OPENING, CMS_BLACKOUT, DEADLINE = "outage", "opening", "cms_blackout", "deadline"
KINDS = (OUTAGE, OPENING, CMS_BLACKOUT, DEADLINE)
ADDABLE = (OUTAGE, CMS_BLACKOUT, DEADLINE)  # what an admin adds (an opening follows from an outage's end)
KIND_LABELS = {OUTAGE: "시스템 중단", OPENING: "서비스 개시", CMS_BLACKOUT: "CMS 출금 불가", DEADLINE: "보고 기한"}
_WEEKDAYS = "월화수목금토일"


class CalendarUnknown(HeemangError):
    """The year's holidays are not in the data yet, so business days cannot be told."""


@dataclass(frozen=True)
class Window:
    """One calendar entry, first and last day included (`end` None: no end given, a deadline
    "after opening"). `ref` is the shipped id or the facility entry's id; `scope` "" concerns every
    task, else the one task the source gives these dates for (e.g. "evaluation")."""

    start: date
    end: date | None
    title: str
    kind: str = OUTAGE
    source: str = ""
    ref: str = ""
    scope: str = ""
    reports: tuple[str, ...] = ()
    shipped: bool = True

    def covers(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)

    def overlaps(self, first: date, last: date) -> bool:
        """Touches first..last; one without an end is placed on its start day (a 2022 "after
        opening" report is not listed in every later year)."""
        return self.start <= last and (self.end or self.start) >= first

    def concerns(self, scope: str | None) -> bool:
        return scope is None or self.scope in ("", scope)

    @property
    def label(self) -> str:
        """As the notice writes it: 8.30~9.6 (one day: 8.30; no end: 9.6~)."""
        first = f"{self.start.month}.{self.start.day}"
        if self.end == self.start:
            return first
        return f"{first}~" + ("" if self.end is None else f"{self.end.month}.{self.end.day}")


def _day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def shipped() -> tuple[Window, ...]:
    """The shipped entries, in file order."""
    return tuple(Window(date.fromisoformat(e["from"]), _day(e.get("to")), e["title"], e["kind"], e.get("source", ""),
                        e["id"], e.get("scope", ""), tuple(e.get("reports", ()))) for e in _data()["entries"])


def _data() -> dict:
    return load_json("calendar/outages.json")


def merge(base: Sequence[Window], own: Iterable[tuple[Window, str, bool]]) -> list[Window]:
    """The calendar as the facility sees it: `base` (shipped) with the facility's entries applied. Each
    of `own` is (window, replaces, cancel): replaces "" adds the window; else the entry named by
    `replaces` gives way to the window, or is dropped when `cancel`."""
    out = {w.ref: w for w in base}
    added = []
    for window, replaces, cancel in own:
        if not replaces:
            added.append(window)
        elif cancel:
            out.pop(replaces, None)
        elif replaces in out:
            old = out[replaces]
            out[replaces] = replace(window, scope=old.scope, reports=window.reports or old.reports)
    return sorted([*out.values(), *added], key=lambda w: (w.start, w.kind, w.title))


def of_kind(windows: Sequence[Window], kind: str, day: date, scope: str | None = None) -> list[Window]:
    """The windows of `kind` covering `day` (scope None: any; else those for every task or that one)."""
    return [w for w in windows if w.kind == kind and w.concerns(scope) and w.covers(day)]


def overlapping(windows: Sequence[Window], kind: str, first: date, last: date,
                scope: str | None = None) -> list[Window]:
    return [w for w in windows if w.kind == kind and w.concerns(scope) and w.overlaps(first, last)]


# -- open days ------------------------------------------------------------------------------------

def public_holidays(year: int) -> dict[date, str]:
    published = load_json("hr/holidays.json").get(str(year))
    if not published:
        raise CalendarUnknown(f"{year}년 공휴일 자료가 없어 영업일을 알 수 없습니다. "
                              "resources/hr/holidays.json에 그해 공휴일을 더하세요.")
    return {date.fromisoformat(h["date"]): h["name"] for h in published["days"]}


def bank_holidays(year: int) -> dict[date, str]:
    """Days the banks close every year besides public holidays (12.31)."""
    out = {}
    for h in _data().get("bank_holidays", ()):
        month, day = (int(x) for x in h["every_year"].split("-"))
        out[date(year, month, day)] = h["name"]
    return out


@dataclass(frozen=True)
class Closed:
    """What makes a day closed besides the calendar's windows: the facility's added holidays and,
    for the banks, their own closing days."""

    added: Mapping[date, str] | None = None
    bank: bool = False

    def why(self, day: date) -> str:
        if day.weekday() >= 5:
            return f"{_WEEKDAYS[day.weekday()]}요일"
        name = public_holidays(day.year).get(day) or (self.added or {}).get(day, "")
        if not name and self.bank:
            name = bank_holidays(day.year).get(day, "")
        return name


def why_closed(day: date, windows: Sequence[Window], kind: str, closed: Closed = Closed(),
               scope: str | None = "") -> str:
    """"" when `day` is open for work of that kind (no window of `kind` covering it, a business day);
    else the reason in Korean: the window first, then the weekend or holiday."""
    hit = of_kind(windows, kind, day, scope)
    if hit:
        return f"{hit[0].title} {hit[0].label}"
    return closed.why(day)


def _step(day: date, by: int, windows, kind, closed, scope) -> date:
    while why_closed(day, windows, kind, closed, scope):  # ends: a year without holiday data raises
        day += timedelta(days=by)
    return day


def next_open(day: date, windows: Sequence[Window], kind: str = OUTAGE, closed: Closed = Closed(),
              scope: str | None = "") -> date:
    """The first day on or after `day` outside every window of `kind` that is a business day."""
    return _step(day, 1, windows, kind, closed, scope)


def previous_open(day: date, windows: Sequence[Window], kind: str = OUTAGE, closed: Closed = Closed(),
                  scope: str | None = "") -> date:
    """The last day on or before `day` outside every window of `kind` that is a business day."""
    return _step(day, -1, windows, kind, closed, scope)


# -- deadlines ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Deadline:
    due: date  # as the rule sets it
    on: date  # when to file: `due`, or the last open day before the outage it falls in
    reason: str = ""  # why it moved; "" when it did not

    @property
    def moved(self) -> bool:
        return self.on != self.due


def deadline(due: date, windows: Sequence[Window], closed: Closed = Closed(), scope: str = "") -> Deadline:
    """A deadline falling inside an outage moves forward to the last open day before that outage
    (the notice: 9.1~5 중단, so 시군구보고 by 8.30; a report due 9.2 goes 8.31)."""
    hits = of_kind(windows, OUTAGE, due, scope)
    if not hits:
        return Deadline(due, due)
    outage = min(hits, key=lambda w: w.start)
    on = previous_open(outage.start - timedelta(days=1), windows, OUTAGE, closed, scope)
    reason = (f"기한 {due.month}.{due.day}이(가) {outage.title}({outage.label})에 들어 중단 전 마지막 업무일 "
              f"{on.month}.{on.day}({_WEEKDAYS[on.weekday()]})로 앞당겼습니다.")
    return Deadline(due, on, reason)
