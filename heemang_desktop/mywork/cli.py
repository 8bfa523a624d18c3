"""`heemang-desktop mywork --date D [--user U] [--json]`: the 나의업무 list for that day."""

from __future__ import annotations

from datetime import date

from heemang_desktop.store.errors import ValidationError


def _run(args) -> int:
    from heemang_desktop.cli import emit, open_context
    from heemang_desktop.mywork import service

    try:
        on = date.fromisoformat(args.date) if args.date else date.today()
    except ValueError as exc:
        raise ValidationError(f"날짜는 2022-08-16 형식으로 적으세요: {args.date}") from exc
    ctx = open_context(args, read_only=True)
    try:
        rows = service.items(ctx, on, args.mywork_user or args.user)
    finally:
        ctx.close()
    lines = [f"{service.day_label(i.due) or '-':9} {i.title}  [{i.page}]"
             + (f"\n          {i.reason}" if i.reason else "") for i in rows]
    emit(args, {"date": on.isoformat(), "items": [i.as_json() for i in rows]},
         "\n".join(lines) or "지금 할 일이 없습니다.")
    return 0


def register(sub) -> None:
    p = sub.add_parser("mywork", help="나의업무: 그날 할 일 (기한, 중단 예정, 전송 문제 등), 급한 것부터")
    p.add_argument("--date", help="기준일 (예: 2022-08-16, 기본: 오늘)")
    # also after the command, as the issue writes it; its own dest, or it would hide a global --user
    p.add_argument("--user", dest="mywork_user", help="이 사용자의 역할로 본 목록 (기본: 관리자가 보는 전체)")
    p.add_argument("--json", action="store_true", help="JSON으로 출력")
    p.set_defaults(func=_run)
