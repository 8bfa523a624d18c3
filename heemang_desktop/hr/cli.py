"""HR's commands: `attendance export --month 2026-09 FILE.xlsx` and `holiday list|add|remove`."""

from __future__ import annotations

from datetime import date
from pathlib import Path


def _day(text: str) -> date:
    import argparse

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"날짜는 2026-10-02 처럼 적으세요: '{text}'") from None


def _export(args) -> int:
    from heemang_desktop.cli import emit, open_context
    from heemang_desktop.hr.service import export_attendance

    ctx = open_context(args, read_only=True)
    try:
        count = export_attendance(ctx, args.month, Path(args.file))
    finally:
        ctx.close()
    emit(args, {"file": args.file, "month": args.month, "rows": count},
         f"{args.month} 근태 {count:,}건을 저장했습니다: {args.file}")
    return 0


def _list(args) -> int:
    from heemang_desktop.cli import emit, open_context
    from heemang_desktop.hr.service import list_holidays

    ctx = open_context(args, read_only=True)
    try:
        days = list_holidays(ctx, args.year)
    finally:
        ctx.close()
    data = [{"date": h.day.isoformat(), "name": h.name, "source": h.source, "added": h.added} for h in days]
    text = "\n".join(f"{h.day:%Y-%m-%d} {h.name}" + (" (시설 추가)" if h.added else "") for h in days)
    emit(args, {"year": args.year, "holidays": data}, text or f"{args.year}년 휴일 목록이 없습니다.")
    return 0


def _add(args) -> int:
    from heemang_desktop.cli import emit, open_context
    from heemang_desktop.hr.service import add_holiday

    ctx = open_context(args, need_actor=True)
    try:
        day = add_holiday(ctx, args.date, args.name, args.source or "")
    finally:
        ctx.close()
    emit(args, {"date": day.day.isoformat(), "name": day.name, "source": day.source},
         f"{day.day:%Y-%m-%d} {day.name}을(를) 휴일로 추가했습니다 (그날 근태는 휴일근무로 다시 계산했습니다).")
    return 0


def _remove(args) -> int:
    from heemang_desktop.cli import emit, open_context
    from heemang_desktop.hr.service import remove_holiday

    ctx = open_context(args, need_actor=True)
    try:
        remove_holiday(ctx, args.date)
    finally:
        ctx.close()
    emit(args, {"date": args.date.isoformat(), "removed": True},
         f"{args.date:%Y-%m-%d}을(를) 휴일에서 뺐습니다 (그날 근태는 다시 계산했습니다).")
    return 0


def register(sub) -> None:
    from heemang_desktop.cli import month_arg

    attendance = sub.add_parser("attendance", help="근태 (일일근태 엑셀 내보내기)")
    actions = attendance.add_subparsers(dest="action", required=True)
    p = actions.add_parser("export", help="한 달의 근태를 업로드 양식 그대로 엑셀로 저장")
    p.add_argument("--month", type=month_arg, required=True, help="예: 2026-09")
    p.add_argument("file")
    p.add_argument("--json", action="store_true", help="JSON으로 출력")
    p.set_defaults(func=_export)

    p = sub.add_parser("holiday", help="휴일 달력 (공휴일 목록, 관리자가 추가하는 선거일·대체공휴일)")
    actions = p.add_subparsers(dest="action", required=True)
    q = actions.add_parser("list", help="한 해의 휴일 (공표된 공휴일과 시설에서 추가한 날)")
    q.add_argument("--year", type=int, required=True, help="예: 2026")
    q.set_defaults(func=_list)
    q = actions.add_parser("add", help="휴일 추가 (관리자)")
    q.add_argument("--date", type=_day, required=True, help="예: 2026-10-02")
    q.add_argument("--name", required=True, help="예: 임시공휴일")
    q.add_argument("--source", help="근거 (예: 국무회의 의결 2026-09-22)")
    q.set_defaults(func=_add)
    q = actions.add_parser("remove", help="시설에서 추가한 휴일 빼기 (관리자)")
    q.add_argument("--date", type=_day, required=True, help="예: 2026-10-02")
    q.set_defaults(func=_remove)
    for action in ("list", "add", "remove"):
        actions.choices[action].add_argument("--json", action="store_true", help="JSON으로 출력")
