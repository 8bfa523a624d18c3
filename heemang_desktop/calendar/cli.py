"""`heemang-desktop calendar list|add`: the outage calendar, shipped and facility-added."""

from __future__ import annotations

from datetime import date

from heemang_desktop.store.errors import ValidationError


def _date(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise ValidationError(f"날짜는 2022-09-01 형식으로 적으세요: {text}") from exc


def _run(args, fn, read_only: bool = False):
    from heemang_desktop.cli import open_context

    ctx = open_context(args, need_actor=not read_only, read_only=read_only)
    try:
        return fn(ctx)
    finally:
        ctx.close()


def _as_dict(w) -> dict:
    return {"id": w.ref, "kind": w.kind, "from": w.start.isoformat(), "to": w.end.isoformat() if w.end else None,
            "title": w.title, "source": w.source, "scope": w.scope, "reports": list(w.reports), "shipped": w.shipped}


def _line(w) -> str:
    from heemang_desktop.calendar.service import KIND_LABELS

    span = f"{w.start:%Y-%m-%d}~" + (f"{w.end:%Y-%m-%d}" if w.end else "")
    return f"{span:22} {KIND_LABELS.get(w.kind, w.kind):10} {w.title}" + ("" if w.shipped else " (시설 입력)")


def _list(args) -> int:
    from heemang_desktop.calendar import service
    from heemang_desktop.cli import emit

    first, last = _date(args.from_), _date(args.to)
    windows = _run(args, lambda ctx: service.list_windows(ctx, first, last), read_only=True)
    emit(args, {"windows": [_as_dict(w) for w in windows]},
         "\n".join(_line(w) for w in windows) or "해당 기간의 일정이 없습니다.")
    return 0


def _add(args) -> int:
    from heemang_desktop.calendar import service
    from heemang_desktop.cli import emit

    first, last = _date(args.from_), _date(args.to)
    assert first is not None  # --from is required
    w = _run(args, lambda ctx: service.add_window(ctx, args.kind, first, last, args.title, args.source or "",
                                                  args.replaces or ""))
    emit(args, _as_dict(w), f"일정을 추가했습니다: {_line(w)}")
    return 0


def _cancel(args) -> int:
    from heemang_desktop.calendar import service
    from heemang_desktop.cli import emit

    _run(args, lambda ctx: service.cancel_shipped(ctx, args.id, args.reason))
    emit(args, {"cancelled": args.id}, f"제공된 일정 {args.id}을(를) 이 시설에서 취소했습니다.")
    return 0


def _remove(args) -> int:
    from heemang_desktop.calendar import service
    from heemang_desktop.cli import emit

    _run(args, lambda ctx: service.remove_entry(ctx, args.id))
    emit(args, {"removed": args.id}, f"시설 일정 {args.id}을(를) 지웠습니다.")
    return 0


def register(sub) -> None:
    p = sub.add_parser("calendar", help="중단 기간·CMS 출금 불가 기간·보고 기한 일정")
    cmds = p.add_subparsers(dest="calendar_command", required=True)
    ls = cmds.add_parser("list", help="일정 목록 (제공된 일정과 시설에서 넣은 일정)")
    ls.add_argument("--from", dest="from_", help="이 날 이후에 걸친 일정 (예: 2022-08-16)")
    ls.add_argument("--to", help="이 날 이전에 걸친 일정")
    ls.add_argument("--json", action="store_true", help="JSON으로 출력")
    ls.set_defaults(func=_list)
    a = cmds.add_parser("add", help="일정 추가 (관리자)")
    a.add_argument("--kind", required=True, choices=("outage", "cms_blackout", "deadline"),
                   help="outage 시스템 중단, cms_blackout CMS 출금 불가, deadline 보고 기한")
    a.add_argument("--from", dest="from_", required=True, help="첫날 (예: 2025-09-26)")
    a.add_argument("--to", required=True, help="마지막 날 (그날 포함)")
    a.add_argument("--title", required=True, help="제목 (예: 국가정보자원관리원 화재로 희망이음 중단)")
    a.add_argument("--source", help="근거 (공문, 안내문)")
    a.add_argument("--replaces", help="대신할 제공 일정의 id (calendar list --json의 id)")
    a.add_argument("--json", action="store_true", help="JSON으로 출력")
    a.set_defaults(func=_add)
    c = cmds.add_parser("cancel", help="제공된 일정을 이 시설에서 취소 (관리자; 자료 자체는 그대로)")
    c.add_argument("id", help="제공된 일정의 id (calendar list --json)")
    c.add_argument("--reason", required=True, help="취소하는 까닭 (예: 추가 공지)")
    c.add_argument("--json", action="store_true", help="JSON으로 출력")
    c.set_defaults(func=_cancel)
    r = cmds.add_parser("remove", help="시설에서 넣은 일정 지우기 (관리자)")
    r.add_argument("id", help="시설 일정의 id (calendar list --json)")
    r.add_argument("--json", action="store_true", help="JSON으로 출력")
    r.set_defaults(func=_remove)
