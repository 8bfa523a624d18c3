"""`heemang-desktop cms ...`: the CMS setup, a month's blackout check, the EB13/EB21 files and results;
`donations ...`: gifts booked as 수입결의서, the 후원금 수입 및 사용결과보고서, their setup."""

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


def _setup(args) -> int:
    from heemang_desktop.cli import emit
    from heemang_desktop.donations import service

    setup = _run(args, lambda ctx: service.set_cms_setup(ctx, service.CmsSetup(
        args.institution, args.bank or "", args.account or "", args.passbook or "")))
    emit(args, {"institution_code": setup.institution_code, "bank_code": setup.bank_code},
         f"CMS 기관코드 {setup.institution_code}을(를) 저장했습니다.")
    return 0


def _blackout(args) -> int:
    from heemang_desktop.cli import emit
    from heemang_desktop.donations import service

    def run(ctx):
        moves = service.blackout_moves(ctx, args.month, args.direction)
        written = service.write_notice(ctx, args.month, Path(args.notice)) if args.notice else None
        return moves, written

    moves, written = _run(args, run, read_only=True)  # the notice is a file; the store is only read
    data = {"month": args.month, "count": len(moves), "pledges": [
        {"pledge_id": m.pledge_id, "donor_no": m.donor_no, "name": m.name, "old_date": m.old.isoformat(),
         "new_date": m.new.isoformat(), "blackout": m.window} for m in moves]}
    lines = [f"{args.month} CMS 출금 중단 기간에 걸린 약정 {len(moves)}건"]
    lines += [f"  {m.donor_no:10} {m.name:8} {m.old:%m-%d} → {m.new:%m-%d} (중단 {m.window})" for m in moves]
    if written is not None:
        data["notice"] = args.notice
        lines.append(f"안내 명단 {written}명을 저장했습니다: {args.notice}")
    emit(args, data, "\n".join(lines))
    return 0


def _files(args, result) -> int:
    from heemang_desktop.cli import emit

    data = {"files": [{"path": str(p), "date": d.isoformat(), "count": n, "total": t} for p, d, n, t in result.files],
            "left_out": [{"donor_no": p.donor_no, "name": p.name, "reason": p.reason} for p in result.problems],
            "rewritten": result.reused, "moved": result.moved, "notes": result.notes}
    lines = [f"{p} ({d:%Y-%m-%d}) {n}건 {t:,}원" for p, d, n, t in result.files]
    if result.moved:
        lines.append(result.moved)
    if result.reused:
        lines.append("이미 만든 이 달의 출금 요청을 같은 내용으로 다시 썼습니다.")
    lines += result.notes
    lines += [f"  {p.label}: {p.donor_no} {p.name} — {p.reason}" for p in result.problems]
    emit(args, data, "\n".join(lines))
    return 0


def _eb21(args) -> int:
    from heemang_desktop.donations import service

    return _files(args, _run(args, lambda ctx: service.write_eb21(ctx, args.month, Path(args.out), args.direction,
                                                                   not args.no_retry, args.rebuild)))


def _eb13(args) -> int:
    from heemang_desktop.donations import service

    day = _date(args.date) if args.date else date.today()
    return _files(args, _run(args, lambda ctx: service.write_eb13(ctx, Path(args.out), day)))


def _result(args) -> int:
    from heemang_desktop.cli import emit
    from heemang_desktop.donations import service

    r = _run(args, lambda ctx: service.apply_result(ctx, Path(args.file)))
    data = {"kind": r.kind, "date": r.day.isoformat(), "already_applied": r.already_applied, "done": r.done,
            "failed": r.failed, "lines": [
                {"donor_no": x.donor_no, "name": x.name, "request": x.request, "amount": x.amount, "ok": x.ok,
                 "reject_code": x.reject_code, "reason": x.reason} for x in r.lines]}
    if r.already_applied:
        text = f"이미 반영한 {r.kind} 결과 파일입니다: 바뀐 것이 없습니다."
    else:
        text = "\n".join([f"{r.kind} {r.day:%Y-%m-%d} 결과를 반영했습니다: 완료 {r.done}건, 불능 {r.failed}건"] + [
            f"  불능: {x.donor_no} {x.name} {x.amount:,}원 [{x.reject_code}] {x.reason}" for x in r.lines if not x.ok])
    emit(args, data, text)
    return 0


def register(sub) -> None:
    from heemang_desktop.cli import month_arg

    p = sub.add_parser("cms", help="CMS 자동이체: 기관 설정, 출금 중단 확인, EB13·EB21 파일, 결과 반영")
    cmds = p.add_subparsers(dest="cms_command", required=True)
    s = cmds.add_parser("setup", help="CMS 기관코드와 수납 계좌")
    s.add_argument("--institution", required=True, help="금융결제원 기관코드 (10자리 이내)")
    s.add_argument("--bank", help="수납 은행코드 3자리 (EB21에 필요)")
    s.add_argument("--account", help="수납 계좌번호 (EB21에 필요)")
    s.add_argument("--passbook", help="후원자 통장에 찍힐 글 (한글 8자 이내)")
    s.add_argument("--json", action="store_true", help="JSON으로 출력")
    s.set_defaults(func=_setup)
    b = cmds.add_parser("blackout", help="그 달 출금일이 CMS 중단 기간에 걸린 약정과 바꿀 날짜")
    b.add_argument("--month", type=month_arg, required=True, help="예: 2022-09")
    b.add_argument("--direction", choices=("next", "previous"), help="옮길 방향 (기본: 설정)")
    b.add_argument("--notice", metavar="FILE", help="문자 안내 명단을 .xlsx 또는 .csv로 저장")
    b.add_argument("--json", action="store_true", help="JSON으로 출력")
    b.set_defaults(func=_blackout)
    e = cmds.add_parser("eb21", help="그 달의 출금 요청 파일 (출금일마다 한 파일)")
    e.add_argument("--month", type=month_arg, required=True, help="예: 2026-10")
    e.add_argument("--out", required=True, metavar="FILE")
    e.add_argument("--direction", choices=("next", "previous"), help="중단 기간에 걸린 날을 옮길 방향 (기본: 설정)")
    e.add_argument("--no-retry", action="store_true", help="지난 출금에서 잔액부족 등으로 빠진 금액을 더하지 않음")
    e.add_argument("--rebuild", action="store_true",
                   help="저장된 이 달의 출금 요청(은행 결과 전)을 버리고 새로 만듦 (중단 기간이 새로 생겼을 때)")
    e.add_argument("--json", action="store_true", help="JSON으로 출력")
    e.set_defaults(func=_eb21)
    r = cmds.add_parser("eb13", help="CMS 등록·해지 신청 파일")
    r.add_argument("--out", required=True, metavar="FILE")
    r.add_argument("--date", help="신청일 (기본: 오늘)")
    r.add_argument("--json", action="store_true", help="JSON으로 출력")
    r.set_defaults(func=_eb13)
    x = cmds.add_parser("result", help="은행 결과 파일(EB14 또는 EB22) 반영")
    x.add_argument("file")
    x.add_argument("--json", action="store_true", help="JSON으로 출력")
    x.set_defaults(func=_result)
    _register_income(sub)


def _book(args) -> int:
    from heemang_desktop.cli import emit
    from heemang_desktop.donations import service

    if bool(args.month) == bool(args.day):
        raise ValidationError("--month 또는 --day 가운데 하나를 적으세요.")
    if args.month:
        r = _run(args, lambda ctx: service.book_month(ctx, args.month, args.by, args.preview), read_only=args.preview)
    else:
        day = _date(args.day)
        r = _run(args, lambda ctx: service.book_gifts(ctx, day, day, args.by, args.preview), read_only=args.preview)
    data = {"first": r.first.isoformat(), "last": r.last.isoformat(), "saved": r.saved, "booked": r.booked,
            "total": r.total, "in_kind_left_out": r.in_kind, "already_booked": r.already_booked,
            "resolutions": [{"number": x.number, "date": x.resolution_date.isoformat(), "designation": x.designation,
                             "funding_source": x.funding_source, "total": x.total, "gifts": len(x.gift_ids),
                             "lines": [{"account_code": c, "amount": a, "note": n} for c, a, n in x.lines]}
                            for x in r.resolutions]}
    verb = "결의합니다 (미리보기, 저장하지 않음)" if not r.saved else "결의했습니다"
    lines = [f"{r.first:%Y-%m-%d}~{r.last:%Y-%m-%d} 후원금 {r.booked}건 {r.total:,}원을 수입결의서 "
             f"{len(r.resolutions)}장으로 {verb}."]
    lines += [f"  {x.number or '(새 번호)'} {x.resolution_date:%m-%d} {x.designation}후원금 {x.total:,}원 "
              f"({len(x.gift_ids)}건)" for x in r.resolutions]
    if r.already_booked:
        lines.append(f"이미 결의한 후원금 {r.already_booked}건은 건너뛰었습니다.")
    if r.in_kind:
        lines.append(f"현물 후원 {r.in_kind}건은 돈이 아니어서 결의하지 않습니다 (사용결과보고서의 후원품에 실립니다).")
    emit(args, data, "\n".join(lines))
    return 0


def _usage(args) -> int:
    from heemang_desktop.cli import emit
    from heemang_desktop.donations import service

    out = Path(args.out)
    if out.suffix.lower() not in (".xlsx", ".pdf"):
        raise ValidationError("파일 이름은 .xlsx 또는 .pdf로 끝나야 합니다.")
    report = _run(args, lambda ctx: service.usage_report(ctx, args.year), read_only=True)
    service.save_usage_report(report, out)
    emit(args, {"year": args.year, "file": str(out), "notes": list(report.notes)},
         f"{report.title}을(를) 저장했습니다: {out}")
    return 0


def _income_setup(args) -> int:
    from heemang_desktop.cli import emit
    from heemang_desktop.donations import service

    def run(ctx):
        old = service.income_setup(ctx)
        accounts = dict(old.accounts)
        for key, code in (("지정", args.designated_code), ("비지정", args.undesignated_code)):
            if code is not None:
                accounts[key] = code
        deposit = tuple(args.deposit_account) if args.deposit_account is not None else old.deposit_accounts
        return service.set_income_setup(ctx, service.IncomeSetup(args.by or old.grouping, deposit, accounts))

    setup = _run(args, run)
    emit(args, {"grouping": setup.grouping, "deposit_accounts": list(setup.deposit_accounts),
                "accounts": setup.accounts},
         f"후원금 수입결의: {service.GROUPINGS[setup.grouping]}, 후원금전용계좌 "
         f"{', '.join(setup.deposit_accounts) or '(없음)'}")
    return 0


def _register_income(sub) -> None:
    from heemang_desktop.cli import month_arg, out_file

    p = sub.add_parser("donations", help="후원금 수입결의, 후원금 수입 및 사용결과보고서")
    cmds = p.add_subparsers(dest="donations_command", required=True)
    b = cmds.add_parser("book", help="그 달(또는 그 날)의 후원금을 수입결의서로 (이미 결의한 것은 건너뜀)")
    b.add_argument("--month", type=month_arg, help="예: 2026-09")
    b.add_argument("--day", help="예: 2026-09-15")
    b.add_argument("--by", choices=("day", "month"), help="결의서 단위: 재원·일자별 또는 재원·월별 (기본: 설정)")
    b.add_argument("--preview", action="store_true", help="저장하지 않고 만들 결의서만 보기")
    b.add_argument("--json", action="store_true", help="JSON으로 출력")
    b.set_defaults(func=_book)
    u = cmds.add_parser("usage-report", help="후원금 수입 및 사용결과보고서 (후원자 이름 없음)")
    u.add_argument("--year", type=int, required=True)
    u.add_argument("--out", type=out_file(".xlsx", ".pdf"), required=True, metavar="FILE", help=".xlsx 또는 .pdf")
    u.add_argument("--json", action="store_true", help="JSON으로 출력")
    u.set_defaults(func=_usage)
    s = cmds.add_parser("income-setup", help="수입결의 단위, 후원금전용계좌, 세입 과목")
    s.add_argument("--by", choices=("day", "month"))
    s.add_argument("--deposit-account", action="append", metavar="NAME", help="후원금전용계좌 (여러 번 적을 수 있음)")
    s.add_argument("--designated-code", help="지정후원금 세입 과목 (기본 511)")
    s.add_argument("--undesignated-code", help="비지정후원금 세입 과목 (기본 512)")
    s.add_argument("--json", action="store_true", help="JSON으로 출력")
    s.set_defaults(func=_income_setup)
