"""`heemang-desktop evaluation add|list`: 시설평가 on-site visits, their objection deadline and route.
`heemang-desktop reports list|draft|status|export`: 시군구보고 drafted from the registers, their deadlines."""

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
    from heemang_desktop.reporting.service import ROUTE_LABELS

    return (f"{e.cycle} 현장평가 {e.visit:%Y-%m-%d}: 이의신청 기한 {r.deadline:%Y-%m-%d}, {ROUTE_LABELS[r.route]}"
            f"\n  {r.reason}")


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


def _report_dict(r) -> dict:
    d = r.deadline
    return {"id": r.id, "kind": r.kind, "label": r.label, "period": r.period, "status": r.status,
            "status_label": r.status_label, "due": d.due, "deadline": d.on, "moved": d.moved,
            "deadline_reason": d.reason, "deadline_rule": d.rule, "columns": [c[1] for c in r.columns],
            "rows": list(r.rows), "totals": r.totals, "problems": list(r.problems), "reason": r.reason,
            "history": [{"status": h.status, "by": h.by, "at": h.at, "reason": h.reason} for h in r.history]}


def _report_line(r) -> str:
    d = r.deadline
    due = "기한 없음" if d.on is None else f"기한 {d.on:%Y-%m-%d}" + (f" (원래 {d.due:%Y-%m-%d}: {d.reason})"
                                                                       if d.moved else "")
    problems = f", 고칠 곳 {len(r.problems)}건" if r.problems else ""
    return f"{r.id}  {r.label} {r.period}  {r.status_label}  {len(r.rows):,}행{problems}  {due}"


def _report_text(r) -> str:
    lines = [_report_line(r), "  " + " | ".join(c[1] for c in r.columns)]
    lines += ["  " + " | ".join("" if row.get(k) is None else f"{row[k]:,}" if t in ("money", "int") else str(row[k])
                                for k, _l, t in r.columns) for row in r.rows]
    if r.totals:
        lines.append("  합계: " + ", ".join(f"{label} {r.totals[k]:,}" for k, label, _t in r.columns if k in r.totals))
    lines += [f"  고칠 곳: {p}" for p in r.problems]
    return "\n".join(lines)


def _reports_list(args) -> int:
    from heemang_desktop.cli import emit
    from heemang_desktop.reporting import service

    rows = _run(args, service.list_reports, read_only=True)
    emit(args, {"reports": [_report_dict(r) for r in rows]},
         "\n".join(_report_line(r) for r in rows) or "만든 시군구보고가 없습니다.")
    return 0


def _reports_draft(args) -> int:
    from heemang_desktop.cli import emit
    from heemang_desktop.reporting import service

    r = _run(args, lambda ctx: service.draft_report(ctx, args.kind, args.period))
    emit(args, _report_dict(r), _report_text(r))
    return 0


def _reports_status(args) -> int:
    from heemang_desktop.cli import emit
    from heemang_desktop.reporting import service

    r = _run(args, lambda ctx: service.set_status(ctx, args.id, args.to, args.reason or ""))
    emit(args, _report_dict(r), _report_line(r))
    return 0


def _reports_export(args) -> int:
    from heemang_desktop.cli import emit
    from heemang_desktop.reporting import service

    path = _run(args, lambda ctx: service.export_report(ctx, args.id, args.out))  # writes its 접속기록
    emit(args, {"path": str(path)}, f"저장했습니다: {path}")
    return 0


def _register_reports(sub) -> None:
    from heemang_desktop.cli import month_arg, out_file

    p = sub.add_parser("reports", help="시군구보고: 원부에서 만든 보고 초안, 상태와 제출 기한")
    cmds = p.add_subparsers(dest="reports_command", required=True)
    ls = cmds.add_parser("list", help="보고 목록: 종류, 기간, 상태, 기한 (중단 기간이면 앞당긴 기한과 까닭)")
    ls.add_argument("--json", action="store_true", help="JSON으로 출력")
    ls.set_defaults(func=_reports_list)
    d = cmds.add_parser("draft", help="원부(대상자·인사·급여·회계)에서 보고 초안을 만들거나 다시 작성")
    d.add_argument("kind", help="보고 종류 (예: 입퇴소보고, 생계급여신청, 종사자입퇴사보고, staff_changes)")
    d.add_argument("--period", type=month_arg, required=True, help="보고 기간 (예: 2022-08)")
    d.add_argument("--json", action="store_true", help="JSON으로 출력")
    d.set_defaults(func=_reports_draft)
    st = cmds.add_parser("status", help="보고 상태 바꾸기: 작성 중 → 검토 완료 → 제출 → 수리 / 반려")
    st.add_argument("id", help="보고 id (reports list)")
    st.add_argument("--to", required=True, choices=["draft", "checked", "submitted", "accepted", "returned"])
    st.add_argument("--reason", help="반려 사유 (--to returned일 때 필수)")
    st.add_argument("--json", action="store_true", help="JSON으로 출력")
    st.set_defaults(func=_reports_status)
    ex = cmds.add_parser("export", help="보고를 엑셀 서식(.xlsx)이나 PDF(.pdf)로 저장")
    ex.add_argument("id", help="보고 id (reports list)")
    ex.add_argument("--out", type=out_file(".xlsx", ".pdf"), required=True, help="저장할 파일 (.xlsx 또는 .pdf)")
    ex.add_argument("--json", action="store_true", help="JSON으로 출력")
    ex.set_defaults(func=_reports_export)


def register(sub) -> None:
    _register_reports(sub)
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
