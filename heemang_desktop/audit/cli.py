"""`heemang-desktop audit list|review`: the 개인정보 접속기록 and its monthly review."""

from __future__ import annotations

from datetime import date

from heemang_desktop.store.errors import ValidationError


def _date(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise ValidationError(f"날짜는 2026-11-01 형식으로 적으세요: {text}") from exc


def _run(args, fn, read_only: bool = False):
    from heemang_desktop.cli import open_context

    ctx = open_context(args, need_actor=not read_only, read_only=read_only)
    try:
        return fn(ctx)
    finally:
        ctx.close()


def _as_dict(r) -> dict:
    return {"id": r.id, "at": r.at.isoformat(timespec="seconds"), "user": r.login_id, "kind": r.kind,
            "entity": r.entity, "entity_id": r.entity_id, "reason": r.reason, "detail": r.detail}


def _line(r) -> str:
    why = f" 사유: {r.reason}" if r.reason else ""
    return f"{r.at:%Y-%m-%d %H:%M:%S} {r.login_id:12} {r.kind_label:10} {r.entity} {r.entity_id}{why}"


def _list(args) -> int:
    from heemang_desktop.audit import service
    from heemang_desktop.cli import emit

    first, last = _date(args.from_), _date(args.to)
    rows = _run(args, lambda ctx: service.list_access(ctx, first, last, args.login, args.kind, limit=None),
                read_only=True)
    emit(args, {"records": [_as_dict(r) for r in rows]},
         "\n".join(_line(r) for r in rows) or "해당 조건의 접속기록이 없습니다.")
    return 0


def _review(args) -> int:
    from heemang_desktop.audit import service
    from heemang_desktop.cli import emit

    r = _run(args, lambda ctx: service.mark_review(ctx, args.month, args.note or ""))
    emit(args, {"month": r.month, "reviewed_by": r.reviewed_by, "reviewed_at": r.reviewed_at.isoformat(),
                "records": r.records, "note": r.note},
         f"{r.month} 접속기록 점검을 기록했습니다 ({r.records:,}건, 점검자 {r.reviewed_by}).")
    return 0


def register(sub) -> None:
    from heemang_desktop.audit.service import KINDS
    from heemang_desktop.cli import month_arg

    p = sub.add_parser("audit", help="개인정보 접속기록 (조회·내보내기·인쇄 기록과 월간 점검)")
    cmds = p.add_subparsers(dest="audit_command", required=True)
    ls = cmds.add_parser("list", help="접속기록 목록 (최근 것부터)")
    ls.add_argument("--from", dest="from_", help="이 날부터 (예: 2026-11-01)")
    ls.add_argument("--to", help="이 날까지 (그날 포함)")
    ls.add_argument("--user", dest="login", help="이 사용자 ID의 기록만")
    ls.add_argument("--kind", choices=tuple(KINDS), help="이 종류의 기록만")
    ls.add_argument("--json", action="store_true", help="JSON으로 출력")
    ls.set_defaults(func=_list)
    r = cmds.add_parser("review", help="한 달의 접속기록을 점검했다고 기록 (관리자)")
    r.add_argument("--month", type=month_arg, required=True, help="점검한 달 (예: 2026-11)")
    r.add_argument("--note", help="점검 의견")
    r.add_argument("--json", action="store_true", help="JSON으로 출력")
    r.set_defaults(func=_review)
