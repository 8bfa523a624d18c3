"""`donations gift|gifts|merge`: record a gift (money or in kind), list gifts, merge a donor entered twice,
headless. Donors are named by 후원자번호 (D-0001), as on the donor page."""

from __future__ import annotations

import argparse
from datetime import date

from heemang_desktop.store.errors import ValidationError


def _donations(sub) -> argparse._SubParsersAction:
    """The `donations` command's subcommands: donations/cli.py makes that command; ours join it."""
    parser = sub.choices.get("donations") or sub.add_parser("donations", help="후원금 기록·수입결의·보고서")
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    return parser.add_subparsers(dest="donations_command", required=True)


def register(sub) -> None:
    cmds = _donations(sub)
    g = cmds.add_parser("gift", help="후원금 기록 (현물은 --item --quantity --unit-value)")
    g.add_argument("--donor", required=True, metavar="D-0001", help="후원자번호")
    g.add_argument("--date", required=True, help="후원일, 예: 2026-09-03")
    g.add_argument("--amount", type=_won, default=0, help="후원금액 (원). 현물은 적지 않아도 수량×단가")
    g.add_argument("--method", help="CMS, 계좌이체, 현금, 현물 (품목을 적으면 기본 현물)")
    g.add_argument("--designation", help="지정 또는 비지정 (기본 비지정)")
    g.add_argument("--purpose", default="", help="지정목적 (지정후원금에 필수)")
    g.add_argument("--account", default="", help="입금된 후원금전용계좌 (기본: 설정의 첫 계좌)")
    g.add_argument("--item", default="", help="현물 품목")
    g.add_argument("--quantity", type=_won, default=0, help="현물 수량")
    g.add_argument("--unit-value", type=_won, default=0, help="현물 단가 (원)")
    g.add_argument("--note", default="", help="비고")
    g.add_argument("--json", action="store_true", help="JSON으로 출력")
    g.set_defaults(func=_gift)
    lst = cmds.add_parser("gifts", help="후원금 목록 (취소한 것은 빼고)")
    lst.add_argument("--donor", metavar="D-0001", help="후원자번호")
    lst.add_argument("--year", type=int, help="후원일의 해")
    lst.add_argument("--json", action="store_true", help="JSON으로 출력")
    lst.set_defaults(func=_gifts)
    m = cmds.add_parser("merge", help="같은 사람이 두 번 등록된 후원자 병합 (OTHER의 약정·후원금이 KEEP으로)")
    m.add_argument("keep", metavar="KEEP", help="남길 후원자번호")
    m.add_argument("other", metavar="OTHER", help="병합해 없앨 후원자번호")
    m.add_argument("--yes", action="store_true", help="확인: 병합은 되돌릴 수 없습니다")
    m.add_argument("--json", action="store_true", help="JSON으로 출력")
    m.set_defaults(func=_merge)


def _won(text: str) -> int:
    """`100000` or `100,000`: won as people write it."""
    digits = text.replace(",", "").strip()
    if not digits.isdigit():
        raise argparse.ArgumentTypeError(f"원 단위 숫자로 적으세요: {text}")
    return int(digits)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise ValidationError(f"날짜는 2026-09-03 형식으로 적으세요: {text}", "date") from exc


def donor_by_no(ctx, donor_no: str):
    """The donor row whose 후원자번호 is exactly `donor_no` (a search matches parts of it)."""
    from heemang_desktop.donations import service

    donor_no = donor_no.strip()
    found = [d for d in service.search_donors(ctx, donor_no) if d.donor_no == donor_no] if donor_no else []
    if not found:
        raise ValidationError(f"없는 후원자번호입니다: {donor_no}", "donor")
    return found[0]


def _open(args, write: bool):
    from heemang_desktop.cli import open_context

    return open_context(args, need_actor=write, read_only=not write)


def _gift_json(g, donor_no: str) -> dict:
    return {"id": g.id, "donor_no": donor_no, "date": g.gift_date.isoformat(), "amount": g.amount,
            "method": g.method, "designation": g.designation, "purpose": g.purpose, "item": g.item,
            "quantity": g.quantity, "unit_value": g.unit_value, "deposit_account": g.deposit_account,
            "receipt_no": g.receipt_no, "resolution_no": g.resolution_no}


def _gift_text(g, donor_no: str) -> str:
    what = f"{g.item} {g.quantity:,}×{g.unit_value:,}원" if g.in_kind else g.deposit_account or "계좌 없음"
    purpose = f" ({g.purpose})" if g.purpose else ""
    return (f"{g.gift_date}  {donor_no}  {g.amount:>12,}원  {g.method}  {g.designation}{purpose}  {what}")


def _gift(args) -> int:
    from heemang_desktop.cli import emit
    from heemang_desktop.donations import service

    day = _day(args.date)
    ctx = _open(args, write=True)
    try:
        donor = donor_by_no(ctx, args.donor)
        row = service.record_gift(ctx, service.GiftInput(
            donor_id=donor.id, gift_date=day, method=args.method or ("현물" if args.item else ""),
            amount=args.amount, designation=args.designation or "", purpose=args.purpose, item=args.item,
            quantity=args.quantity, unit_value=args.unit_value, note=args.note, deposit_account=args.account))
    finally:
        ctx.close()
    emit(args, _gift_json(row, donor.donor_no),
         f"후원금을 기록했습니다: {donor.name}\n{_gift_text(row, donor.donor_no)}")
    return 0


def _gifts(args) -> int:
    from heemang_desktop.cli import emit
    from heemang_desktop.donations import service

    ctx = _open(args, write=False)
    try:
        donor = donor_by_no(ctx, args.donor) if args.donor else None
        rows = service.list_gifts(ctx, donor.id if donor else None, args.year)
        if donor:
            numbers = {donor.id: donor.donor_no}
        else:  # every donor in one read; the rare one not listed (deleted) on its own
            numbers = {d.id: d.donor_no for d in service.search_donors(ctx, limit=1_000_000)}
            numbers |= {d: service.get_donor(ctx, d).donor_no for d in {r.donor_id for r in rows} - numbers.keys()}
    finally:
        ctx.close()
    data = [_gift_json(r, numbers[r.donor_id]) for r in rows]
    text = "\n".join(_gift_text(r, numbers[r.donor_id]) for r in rows)
    emit(args, data, f"{text}\n{len(rows):,}건 {sum(r.amount for r in rows):,}원".strip())
    return 0


def _merge(args) -> int:
    from heemang_desktop.cli import emit
    from heemang_desktop.donations import service

    ctx = _open(args, write=args.yes)
    try:
        keep, other = donor_by_no(ctx, args.keep), donor_by_no(ctx, args.other)
        if not args.yes:
            raise ValidationError(
                f"{other.donor_no} {other.name}의 약정·후원금·CMS 내역을 {keep.donor_no} {keep.name}(으)로 옮기고 "
                f"{other.donor_no}은(는) 병합된 후원자로 남깁니다. "
                "되돌릴 수 없으니 확인했으면 --yes 를 붙여 다시 실행하세요.")
        result = service.merge_donors(ctx, keep.id, other.id)
    finally:
        ctx.close()
    emit(args, {"kept": result.kept.donor_no, "merged": result.merged_no, "pledges": result.pledges,
                "gifts": result.gifts, "cms_lines": result.cms_lines},
         f"{result.merged_no}을(를) {result.kept.donor_no} {result.kept.name}에 병합했습니다: 약정 {result.pledges}건, "
         f"후원금 {result.gifts}건, CMS 내역 {result.cms_lines}건을 옮겼습니다.")
    return 0
