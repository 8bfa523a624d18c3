"""`heemang-desktop receipts ...`: 기부금영수증 — the issuer's details, the annual bulk, void, re-issue, the books."""

from __future__ import annotations

import signal
from datetime import date
from pathlib import Path

from heemang_desktop.store.errors import ValidationError


def _run(args, fn, read_only: bool = False):
    from heemang_desktop.cli import open_context

    ctx = open_context(args, need_actor=not read_only, read_only=read_only)
    try:
        return fn(ctx)
    finally:
        ctx.close()


def _day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError as exc:
        raise ValidationError(f"날짜는 2027-01-10 형식으로 적으세요: {text}") from exc


def _setup(args) -> int:
    from heemang_desktop.cli import emit
    from heemang_desktop.donations import service

    s = _run(args, lambda ctx: service.set_receipt_setup(ctx, service.ReceiptSetup(
        args.number, args.address, args.basis or "", args.code or "")))
    emit(args, {"registration_number": s.registration_number, "address": s.address, "legal_basis": s.legal_basis,
                "code": s.code}, f"기부금 단체 정보를 저장했습니다: {s.registration_number} {s.address}")
    return 0


def _issue(args) -> int:
    from heemang_desktop.cli import emit
    from heemang_desktop.donations import service
    from heemang_desktop.progress import Progress

    progress = Progress()
    # Ctrl+C stops between receipts: what was issued stays, and the next run goes on from there.
    previous = signal.signal(signal.SIGINT, lambda *_: progress.cancel())
    try:
        r = _run(args, lambda ctx: service.issue_annual(ctx, args.year, Path(args.out), progress,
                                                        _day(args.date)))
    finally:
        signal.signal(signal.SIGINT, previous)
    data = {"year": r.year, "issued": len(r.issued), "numbers": list(r.issued), "files": r.files,
            "already_issued": r.already, "out": args.out,
            "left_out": [{"donor_no": d.donor_no, "name": d.name, "gifts": d.gifts, "total": d.total,
                          "reason": d.problem} for d in r.left_out]}
    lines = [f"{r.year}년 기부금영수증 {len(r.issued):,}장을 발급했습니다 (PDF {r.files:,}개: {args.out})."]
    if r.issued:
        lines.append(f"  번호 {r.issued[0]} ~ {r.issued[-1]}")
    if r.already:
        lines.append(f"이미 발급한 {r.already:,}장은 다시 발급하지 않았습니다.")
    if r.left_out:
        lines.append(f"발급할 수 없는 후원자 {len(r.left_out):,}명:")
        lines += [f"  {d.donor_no} {d.name} {d.total:,}원 — {d.problem}" for d in r.left_out]
    emit(args, data, "\n".join(lines))
    return 0


def _void(args) -> int:
    from heemang_desktop.cli import emit
    from heemang_desktop.donations import service

    r = _run(args, lambda ctx: service.void_receipt(ctx, service.find_receipt(ctx, args.number).id, args.reason))
    emit(args, {"number": r.number, "state": r.state, "voided_on": str(r.voided_on), "reason": r.void_reason},
         f"기부금영수증 {r.number}을(를) 취소했습니다 (사유: {r.void_reason}). 번호는 대장에 남습니다.")
    return 0


def _reissue(args) -> int:
    from heemang_desktop.cli import emit
    from heemang_desktop.donations import service

    def run(ctx):
        new = service.reissue_receipt(ctx, service.find_receipt(ctx, args.number).id, _day(args.date))
        path = service.write_receipt_pdf(ctx, new.id, Path(args.out)) if args.out else None
        return new, path

    new, path = _run(args, run)
    emit(args, {"number": new.number, "replaces": new.replaces, "total": new.total, "file": str(path or "")},
         f"{new.replaces}을(를) {new.number}(으)로 다시 발급했습니다: {new.total:,}원" + (f" ({path})" if path else ""))
    return 0


def _book(args) -> int:
    from heemang_desktop.cli import emit
    from heemang_desktop.donations import service

    out = Path(args.out)
    if out.suffix.lower() != ".xlsx":
        raise ValidationError("파일 이름은 .xlsx로 끝나야 합니다.")
    write = service.write_receipt_statement if args.statement else service.write_receipt_book
    n = _run(args, lambda ctx: write(ctx, args.year, out), read_only=True)
    what = "기부금영수증 발급명세" if args.statement else "기부금영수증 발급대장"
    emit(args, {"year": args.year, "file": str(out), "rows": n}, f"{args.year}년 {what}({n:,}행)를 저장했습니다: {out}")
    return 0


def register(sub) -> None:
    from heemang_desktop.cli import out_file

    p = sub.add_parser("receipts", help="기부금영수증: 단체 정보, 연간 일괄 발급, 취소·재발급, 발급대장")
    cmds = p.add_subparsers(dest="receipts_command", required=True)
    s = cmds.add_parser("setup", help="영수증에 적을 기부금 단체 정보")
    s.add_argument("--number", required=True, help="사업자등록번호 또는 고유번호 (10자리)")
    s.add_argument("--address", required=True, help="소재지")
    s.add_argument("--basis", help="기부금공제대상 기부금단체 근거법령")
    s.add_argument("--code", choices=("10", "40", "41"), help="기부금 코드 (기본 40)")
    s.add_argument("--json", action="store_true", help="JSON으로 출력")
    s.set_defaults(func=_setup)
    i = cmds.add_parser("issue", help="한 해의 기부금영수증을 후원자마다 한 장씩 발급해 PDF로 저장 (이어서 실행)")
    i.add_argument("--year", type=int, required=True, help="후원금을 받은 해, 예: 2026")
    i.add_argument("--out", required=True, metavar="DIR", help="PDF를 저장할 폴더")
    i.add_argument("--date", help="발급일 (기본: 오늘)")
    i.add_argument("--json", action="store_true", help="JSON으로 출력")
    i.set_defaults(func=_issue)
    v = cmds.add_parser("void", help="발급한 영수증 취소 (번호와 사유는 대장에 남음)")
    v.add_argument("number", help="예: 2026-A-0001")
    v.add_argument("--reason", required=True, help="취소 사유")
    v.add_argument("--json", action="store_true", help="JSON으로 출력")
    v.set_defaults(func=_void)
    r = cmds.add_parser("reissue", help="취소한 영수증의 후원금으로 새 번호의 영수증 발급")
    r.add_argument("number", help="취소한 영수증 번호")
    r.add_argument("--out", type=out_file(".pdf"), metavar="FILE.pdf", help="새 영수증 PDF")
    r.add_argument("--date", help="발급일 (기본: 오늘)")
    r.add_argument("--json", action="store_true", help="JSON으로 출력")
    r.set_defaults(func=_reissue)
    b = cmds.add_parser("book", help="기부금영수증 발급대장 (또는 --statement: 발급명세) 엑셀")
    b.add_argument("--year", type=int, required=True)
    b.add_argument("--out", type=out_file(".xlsx"), required=True, metavar="FILE.xlsx")
    b.add_argument("--statement", action="store_true", help="발급대장 대신 기부금영수증 발급명세")
    b.add_argument("--json", action="store_true", help="JSON으로 출력")
    b.set_defaults(func=_book)
