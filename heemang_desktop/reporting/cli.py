"""`heemang-desktop evaluation add|list`: 시설평가 on-site visits, their objection deadline and route."""

from __future__ import annotations

from datetime import date

from heemang_desktop.store.errors import ValidationError


def _run(args, fn, read_only: bool = False):
    from heemang_desktop.cli import open_context

    ctx = open_context(args, need_actor=not read_only, read_only=read_only)
    try:
        return fn(ctx)
    finally:
        ctx.close()


def _as_dict(e) -> dict:
    r = e.route
    return {"id": e.id, "cycle": e.cycle, "visit": e.visit.isoformat(), "deadline": r.deadline.isoformat(),
            "route": r.route, "reason": r.reason, "outage": r.outage.ref if r.outage else None}


def _text(e) -> str:
    r = e.route
    return f"{e.cycle} 현장평가 {e.visit:%Y-%m-%d}: 이의신청 기한 {r.deadline:%Y-%m-%d}, {r.route}\n  {r.reason}"


def _add(args) -> int:
    from heemang_desktop.cli import emit
    from heemang_desktop.reporting import service

    try:
        visit = date.fromisoformat(args.visit)
    except ValueError as exc:
        raise ValidationError(f"현장평가일은 2022-08-27 형식으로 적으세요: {args.visit}") from exc
    e = _run(args, lambda ctx: service.add_evaluation(ctx, visit, args.cycle or "", args.items or ""))
    emit(args, _as_dict(e), _text(e))
    return 0


def _list(args) -> int:
    from heemang_desktop.cli import emit
    from heemang_desktop.reporting import service

    rows = _run(args, service.list_evaluations, read_only=True)
    emit(args, {"evaluations": [_as_dict(e) for e in rows]},
         "\n".join(_text(e) for e in rows) or "기록한 평가가 없습니다.")
    return 0


def register(sub) -> None:
    p = sub.add_parser("evaluation", help="시설평가 현장평가일과 이의신청 기한·방법 (시스템 또는 공문)")
    cmds = p.add_subparsers(dest="evaluation_command", required=True)
    a = cmds.add_parser("add", help="현장평가일 기록: 이의신청 기한과 방법을 알려 줌")
    a.add_argument("--visit", required=True, help="현장평가일 (예: 2022-08-27)")
    a.add_argument("--cycle", help="평가 회차 (기본: 그해 시설평가)")
    a.add_argument("--items", help="이의신청할 항목")
    a.add_argument("--json", action="store_true", help="JSON으로 출력")
    a.set_defaults(func=_add)
    ls = cmds.add_parser("list", help="기록한 현장평가와 이의신청 기한·방법")
    ls.add_argument("--json", action="store_true", help="JSON으로 출력")
    ls.set_defaults(func=_list)
