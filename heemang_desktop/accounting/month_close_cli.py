"""`accounting close-month|reopen-month --month YYYY-MM`: the 세목·월 마감 tab's month buttons, headless,
so a site can close the months `year close` asks for without the window."""

from __future__ import annotations


def register(sub) -> None:
    from heemang_desktop.cli import month_arg

    p = sub.add_parser("accounting", help="회계 월 마감·마감 해제")
    inner = p.add_subparsers(dest="accounting_command", required=True)
    close = inner.add_parser("close-month", help="월 마감: 그 달의 결의서는 더 이상 쓰거나 고칠 수 없습니다")
    close.add_argument("--month", type=month_arg, required=True, help="예: 2026-09")
    close.add_argument("--json", action="store_true", help="JSON으로 출력")
    close.set_defaults(func=_close)
    reopen = inner.add_parser("reopen-month", help="월 마감 해제 (결산 마감된 해는 해제할 수 없습니다)")
    reopen.add_argument("--month", type=month_arg, required=True, help="예: 2026-09")
    reopen.add_argument("--json", action="store_true", help="JSON으로 출력")
    reopen.set_defaults(func=_reopen)


def _change(args, close: bool) -> int:
    from heemang_desktop.accounting import service
    from heemang_desktop.cli import emit, open_context, parse_month

    year, month = parse_month(args.month)
    ctx = open_context(args, need_actor=True)
    try:
        (service.close_month if close else service.reopen_month)(ctx, year, month)
        closed = service.closed_months(ctx, year)
    finally:
        ctx.close()
    done = f"{year}년 {month}월을 마감했습니다." if close else f"{year}년 {month}월의 마감을 해제했습니다."
    listed = ", ".join(f"{m}월" for m in closed) or "없음"
    emit(args, {"year": year, "month": month, "closed": month in closed, "closed_months": closed},
         f"{done} {year}년 마감된 달: {listed}")
    return 0


def _close(args) -> int:
    return _change(args, close=True)


def _reopen(args) -> int:
    return _change(args, close=False)
