"""`heemang-desktop assets ...`: the register, moves, the stock count, disposal, registers and labels."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from heemang_desktop.store.errors import ValidationError


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise ValidationError(f"날짜는 2026-10-05 형식으로 적으세요: {text}") from exc


def _run(args, fn, read_only: bool = False):
    from heemang_desktop.cli import open_context

    ctx = open_context(args, need_actor=not read_only, read_only=read_only)
    try:
        return fn(ctx)
    finally:
        ctx.close()


def _by_number(ctx, number: str):
    from heemang_desktop.assets import service

    for a in service.list_assets(ctx, service.AssetQuery(text=number)):
        if a.number == number:
            return a
    raise ValidationError(f"자산번호를 찾을 수 없습니다: {number}")


def _asset_dict(a) -> dict:
    return {"number": a.number, "category": a.category, "kind": a.kind, "name": a.name, "spec": a.spec,
            "quantity": a.quantity, "location": a.location, "custodian": a.custodian,
            "acquired_on": a.acquired_on.isoformat(), "cost": a.cost, "funding_source": a.funding_source,
            "subsidy": a.subsidy, "useful_life": a.useful_life, "state": a.state,
            "disposed_on": a.disposed_on.isoformat() if a.disposed_on else None, "proceeds": a.proceeds,
            "resolution_id": a.resolution_id, "resolution_line": a.resolution_line}


def _list(args) -> int:
    from heemang_desktop.assets import service
    from heemang_desktop.cli import emit

    rows = _run(args, lambda ctx: service.list_assets(ctx, service.AssetQuery(
        category=args.category or "", state=args.state or "")), read_only=True)
    lines = [f"{a.number:16} {a.name:12} {a.location:10} {a.cost:>12,}원 {a.state_text}" for a in rows]
    lines.append(f"계 {len(rows)}건 {sum(a.cost for a in rows):,}원")
    emit(args, {"count": len(rows), "total_cost": sum(a.cost for a in rows),
                "assets": [_asset_dict(a) for a in rows]}, "\n".join(lines))
    return 0


def _acquire(args) -> int:
    from heemang_desktop.accounting import service as accounting
    from heemang_desktop.assets import service
    from heemang_desktop.cli import emit

    def run(ctx):
        year = int(args.resolution[:4]) if args.resolution[:4].isdigit() else None
        found = [r for r in accounting.search_all(ctx, accounting.ResolutionQuery(year=year, kind="지출"))
                 if r.number == args.resolution]
        if not found:
            raise ValidationError(f"지출결의서를 찾을 수 없습니다: {args.resolution}")
        return service.acquire(ctx, found[0].id, args.line, service.AssetInput(
            category=args.category, name=args.name, cost=args.cost or 0, kind=args.kind or "",
            location=args.location or "", custodian=args.custodian or "", useful_life=args.life))

    a = _run(args, run)
    emit(args, _asset_dict(a), f"{a.number} {a.name} {a.cost:,}원을 등록했습니다.")
    return 0


def _move(args) -> int:
    from heemang_desktop.assets import service
    from heemang_desktop.cli import emit

    a = _run(args, lambda ctx: service.move(ctx, _by_number(ctx, args.number).id, service.MoveInput(
        _date(args.on), args.location, args.custodian, args.note or "")))
    emit(args, _asset_dict(a), f"{a.number}: {a.location} · {a.custodian}")
    return 0


def _dispose(args) -> int:
    from heemang_desktop.assets import service
    from heemang_desktop.cli import emit

    a = _run(args, lambda ctx: service.dispose(ctx, _by_number(ctx, args.number).id, service.DisposeInput(
        _date(args.on), args.method, args.reason or "", args.approval or "",
        _date(args.approved_on) if args.approved_on else None, args.proceeds)))
    emit(args, {**_asset_dict(a), "proceeds_resolution_id": a.proceeds_resolution_id},
         f"{a.number}을(를) 불용 처리했습니다" + (f" (매각대금 {a.proceeds:,}원 수입결의)" if a.proceeds else "") + ".")
    return 0


def _count(args) -> int:
    from heemang_desktop.assets import service
    from heemang_desktop.cli import emit

    if args.action == "start":
        on = _date(args.on) if args.on else service.today()
        c = _run(args, lambda ctx: service.start_count(ctx, args.year or on.year, on))
        emit(args, {"count_id": c.id, "lines": len(c.lines)}, f"재물조사를 시작했습니다: {len(c.lines)}건")
        return 0
    if args.action == "sheet":
        if not args.out:
            raise ValidationError("--out 조사표.xlsx 를 주세요.")
        n = _run(args, lambda ctx: service.write_count_sheet(ctx, Path(args.out)), read_only=True)
        emit(args, {"sheet": args.out, "rows": n}, f"조사표 {n}건을 저장했습니다: {args.out}")
        return 0

    def current(ctx):
        c = service.open_count(ctx)
        if c is None:
            raise ValidationError("진행 중인 재물조사가 없습니다.")
        return c

    if args.action == "finish":
        c = _run(args, lambda ctx: service.finish_count(ctx, current(ctx).id))
        emit(args, {"count_id": c.id, "state": c.state}, "재물조사를 마쳤습니다.")
        return 0
    diffs = _run(args, lambda ctx: service.differences(ctx, current(ctx).id), read_only=True)
    emit(args, {"differences": [d.__dict__ for d in diffs]},
         "\n".join(f"{d.kind:6} {d.asset_number:16} {d.name} {d.expected_location} → {d.found_location}"
                   for d in diffs) or "차이가 없습니다.")
    return 0


def _register(args) -> int:
    from heemang_desktop.assets import service
    from heemang_desktop.cli import emit

    path = _run(args, lambda ctx: service.save_register(ctx, args.category, args.year, Path(args.out)),
                read_only=True)
    emit(args, {"file": str(path)}, f"저장했습니다: {path}")
    return 0


def _labels(args) -> int:
    from heemang_desktop.assets import service
    from heemang_desktop.cli import emit

    def run(ctx):
        ids = [_by_number(ctx, n).id for n in args.numbers] if args.numbers else None
        return service.save_labels(ctx, ids, Path(args.out), args.skip)

    n = _run(args, run, read_only=True)
    emit(args, {"file": args.out, "labels": n}, f"라벨 {n}장을 저장했습니다: {args.out}")
    return 0


def _changes(args) -> int:
    from heemang_desktop.assets import service
    from heemang_desktop.cli import emit

    rows = _run(args, lambda ctx: service.year_changes(ctx, args.year), read_only=True)
    emit(args, {"changes": [{**c.__dict__, "on": c.on.isoformat()} for c in rows]},
         "\n".join(f"{c.on} {c.kind} {c.number} {c.name} {c.cost:,}원 {c.detail}" for c in rows) or "변동 없음")
    return 0


def register(sub) -> None:
    from heemang_desktop.cli import out_file

    p = sub.add_parser("assets", help="재산·비품: 대장, 이동, 재물조사, 불용, 라벨")
    cmds = p.add_subparsers(dest="assets_command", required=True)

    def add(name, func, help_text):
        q = cmds.add_parser(name, help=help_text)
        q.add_argument("--json", action="store_true", help="JSON으로 출력")
        q.set_defaults(func=func)
        return q

    q = add("list", _list, "재산·비품 목록")
    q.add_argument("--category", choices=["재산", "비품"])
    q.add_argument("--state", choices=["사용", "불용"])
    q = add("acquire", _acquire, "지출결의서 줄에서 취득")
    q.add_argument("--resolution", required=True, metavar="2026-지출-0001")
    q.add_argument("--line", type=int, default=1)
    q.add_argument("--category", required=True, choices=["재산", "비품"])
    q.add_argument("--name", required=True)
    q.add_argument("--cost", type=int)
    q.add_argument("--kind")
    q.add_argument("--location")
    q.add_argument("--custodian")
    q.add_argument("--life", type=int, help="내용연수(년)")
    q = add("move", _move, "이동·관리자 변경")
    q.add_argument("number")
    q.add_argument("--on", required=True)
    q.add_argument("--location", required=True)
    q.add_argument("--custodian", required=True)
    q.add_argument("--note")
    q = add("dispose", _dispose, "불용 처리 (매각대금은 수입결의서로)")
    q.add_argument("number")
    q.add_argument("--on", required=True)
    q.add_argument("--method", required=True, choices=["매각", "폐기", "양여", "멸실"])
    q.add_argument("--proceeds", type=int, default=0)
    q.add_argument("--reason")
    q.add_argument("--approval", help="승인한 곳·문서번호")
    q.add_argument("--approved-on")
    q = add("count", _count, "재물조사: start | sheet | show | finish")
    q.add_argument("action", choices=["start", "sheet", "show", "finish"])
    q.add_argument("--on", help="조사일 (start; 기본: 오늘)")
    q.add_argument("--year", type=int)
    q.add_argument("--out", help="조사표 .xlsx (sheet)")
    q = add("register", _register, "재산대장·비품관리대장을 .xlsx 또는 .pdf로")
    q.add_argument("--category", required=True, choices=["재산", "비품"])
    q.add_argument("--year", type=int, default=date.today().year)
    q.add_argument("--out", required=True, type=out_file(".xlsx", ".pdf"))
    q = add("labels", _labels, "라벨 (자산번호 + QR) A4 라벨지 PDF")
    q.add_argument("--out", required=True)
    q.add_argument("--skip", type=int, default=0, help="이미 쓴 칸 수")
    q.add_argument("numbers", nargs="*", help="자산번호 (없으면 사용 중인 전부)")
    q = add("changes", _changes, "한 해의 취득·이동·불용 (결산용)")
    q.add_argument("--year", type=int, required=True)
