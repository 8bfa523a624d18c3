"""`heemang-desktop subjects ...`: the roster for a date and the Excel exports, headless."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from pathlib import Path

from heemang_desktop.store.errors import ValidationError


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise ValidationError(f"날짜는 2026-09-03 형식으로 적으세요: {text}") from exc


def _roster(args) -> int:
    from heemang_desktop.cli import emit, open_context
    from heemang_desktop.subjects import service

    on = _date(args.date) if args.date else date.today()
    ctx = open_context(args, read_only=True)
    try:
        rows = service.roster(ctx, on, args.service)
        if args.xlsx:
            service.export_roster(ctx, on, Path(args.xlsx))
    finally:
        ctx.close()
    data = {"date": on.isoformat(), "count": len(rows), "rows": [
        {"id": r.id, "name": r.name, "resident_number_masked": r.resident_number_masked,
         "admitted_on": r.admitted_on.isoformat(), "service": r.service, "service_label": r.service_label,
         "no_kin": r.no_kin, "subject_no": r.subject_no} for r in rows]}
    lines = [f"{on.isoformat()} 재원 {len(rows)}명"]
    lines += [f"  {r.subject_no or '-':8} {r.name:8} {r.resident_number_masked:15} {r.service_label:6} "
              f"{r.admitted_on.isoformat()}{'  무연고' if r.no_kin else ''}" for r in rows]
    if args.xlsx:
        lines.append(f"엑셀로 저장했습니다: {args.xlsx}")
    emit(args, data, "\n".join(lines))
    return 0


def _fee_ledger(args) -> int:
    from heemang_desktop.cli import emit, open_context
    from heemang_desktop.subjects import service

    ctx = open_context(args, read_only=True)
    try:
        rows = service.balances(ctx, args.month)
        service.export_fee_ledger(ctx, Path(args.file), args.month)
    finally:
        ctx.close()
    emit(args, {"file": args.file, "rows": [asdict(r) | {"outstanding": r.outstanding} for r in rows]},
         f"이용료 대장 {len(rows)}명을 저장했습니다: {args.file}")
    return 0


def register(sub) -> None:
    from heemang_desktop.cli import month_arg

    p = sub.add_parser("subjects", help="대상자: 재원자 명단, 이용료 대장")
    cmds = p.add_subparsers(dest="subjects_command", required=True)
    r = cmds.add_parser("roster", help="날짜별 재원자 명단")
    r.add_argument("--date", help="기준일 (기본: 오늘), 예: 2026-09-03")
    r.add_argument("--service", help="서비스 구분만 (residential, day, vocational)")
    r.add_argument("--xlsx", metavar="FILE", help="엑셀로도 저장")
    r.add_argument("--json", action="store_true", help="JSON으로 출력")
    r.set_defaults(func=_roster)
    f = cmds.add_parser("fee-ledger", help="이용료 대장(부과·수납·미납) 엑셀")
    f.add_argument("file")
    f.add_argument("--month", type=month_arg, help="이 연월(2026-09)까지의 부과분")
    f.add_argument("--json", action="store_true", help="JSON으로 출력")
    f.set_defaults(func=_fee_ledger)
