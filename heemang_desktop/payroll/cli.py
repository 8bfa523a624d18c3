"""`heemang-desktop payroll run|close|payslips|mail|export|export-ltc|transfers|resolution|employer|premiums|
withholding-return|day-laborer-statement` (headless), through payroll's door only."""

from __future__ import annotations

from pathlib import Path

YES_NO = {"yes": True, "no": False, "예": True, "아니오": False}


def _ctx(args):
    from heemang_desktop.cli import open_context

    return open_context(args, need_actor=True)


def _run(args) -> int:
    from heemang_desktop.cli import emit
    from heemang_desktop.payroll import service  # loaded when the command runs: the CLI starts fast

    ctx = _ctx(args)
    try:
        result = service.run_month(ctx, args.month)
        view = service.require_register(ctx, args.month)
    finally:
        ctx.close()
    data = {**result.__dict__, "employees": len(view.entries), "gross": view.total("gross"),
            "deductions": view.total("deductions"), "net": view.total("net"),
            "flags": {e.employee_no: list(e.flags) for e in view.entries if e.flags}}
    text = (f"{args.month} 급여 계산: {len(view.entries)}명 (새로 {result.created} · 바뀜 {result.updated} · 그대로 "
            f"{result.unchanged} · 엑셀로 올린 행 유지 {result.kept_imported})\n"
            f"지급총액 {data['gross']:,}원 · 공제총액 {data['deductions']:,}원 · 실지급액 {data['net']:,}원")
    text += "".join(f"\n  확인 필요 {no}: {'; '.join(f)}" for no, f in data["flags"].items())
    emit(args, data, text)
    return 0


def _close(args) -> int:
    from heemang_desktop.cli import emit
    from heemang_desktop.payroll import service

    ctx = _ctx(args)
    try:
        view = service.close_month(ctx, args.month)
    finally:
        ctx.close()
    emit(args, {"month": view.month, "state": view.state},
         f"{view.month} 급여대장을 마감했습니다 (이제 고칠 수 없습니다).")
    return 0


def _payslips(args) -> int:
    from heemang_desktop.cli import emit
    from heemang_desktop.payroll import service

    ctx = _ctx(args)
    try:
        files = service.save_payslips(ctx, args.month, Path(args.out))
    finally:
        ctx.close()
    emit(args, {"files": [str(f) for f in files]}, f"급여명세서 {len(files)}개를 저장했습니다: {args.out}")
    return 0


def _mail(args) -> int:
    from heemang_desktop.cli import emit
    from heemang_desktop.payroll import service

    ctx = _ctx(args)
    try:
        results = service.send_payslips(ctx, args.month, only_failed=args.only_failed, resend=args.resend)
    finally:
        ctx.close()
    counts = {s: sum(r.state == s for r in results) for s in service.STATE_LABELS}
    lines = [f"  {r.employee_no} {r.name} <{r.recipient}> {service.STATE_LABELS[r.state]}"
             + (f": {r.reason}" if r.reason else "") for r in results]
    hints = (["실패한 사람만 다시 보내려면 --only-failed"] if counts["failed"] else []) + (
        ["전송 여부가 불명한 사람은 받았는지 확인한 뒤 --only-failed --resend로 다시 보내세요"]
        if counts["sending"] else [])
    emit(args, {"results": [r.__dict__ for r in results], **counts},
         f"보냄 {counts['sent']} · 실패 {counts['failed']} · 건너뜀 {counts['skipped']}"
         + (f" · 확인 필요 {counts['sending']}" if counts["sending"] else "") + "\n" + "\n".join(lines + hints))
    return 0 if not (counts["failed"] or counts["sending"]) else 1


def _export_ltc(args) -> int:
    from heemang_desktop.cli import emit
    from heemang_desktop.payroll import service

    ctx = _ctx(args)
    try:
        n = service.export_ltc(ctx, args.month, Path(args.file))
    finally:
        ctx.close()
    emit(args, {"rows": n, "file": args.file}, f"장기요양 급여대장 {n}행을 저장했습니다: {args.file}")
    return 0


def _export(args) -> int:
    from heemang_desktop.cli import emit
    from heemang_desktop.payroll import service

    ctx = _ctx(args)
    try:
        n = service.export_register(ctx, args.month, Path(args.file))
    finally:
        ctx.close()
    emit(args, {"employees": n, "file": args.file}, f"급여대장 {n}명을 저장했습니다: {args.file}")
    return 0


def _transfers(args) -> int:
    from heemang_desktop.cli import emit
    from heemang_desktop.payroll import service

    ctx = _ctx(args)
    try:
        n, total = service.export_transfers(ctx, args.month, Path(args.file))
    finally:
        ctx.close()
    emit(args, {"rows": n, "total": total, "file": args.file},
         f"이체 목록 {n}명 {total:,}원을 저장했습니다: {args.file}")
    return 0


def _resolution(args) -> int:
    from heemang_desktop.cli import emit
    from heemang_desktop.payroll import service

    ctx = _ctx(args)
    try:
        number = service.draft_resolution(ctx, args.month, funding_source=args.funding or "")
    finally:
        ctx.close()
    emit(args, {"resolution": number}, f"인건비 지출결의서를 만들었습니다: {number}")
    return 0


def _employer(args) -> int:
    from heemang_desktop.cli import emit
    from heemang_desktop.payroll import service

    ctx = _ctx(args)
    try:
        facts = service.save_facts(ctx, args.month, args.size, args.accident)
        label = service.size_classes(args.month)[facts.size_class]
    finally:
        ctx.close()
    emit(args, {"size_class": facts.size_class, "accident_percent": facts.accident_percent},
         f"사업주 부담 설정: 사업장 규모 {label} · 산재보험료율 {facts.accident_percent}% "
         "(작성 중인 급여대장은 다시 계산하면 반영됩니다)")
    return 0


def _premiums(args) -> int:
    from heemang_desktop.cli import emit, open_context
    from heemang_desktop.payroll import service

    changing = args.under_five is not None or args.saturday_overtime is not None
    ctx = open_context(args, need_actor=True) if changing else open_context(args, read_only=True)
    try:
        rules = service.premium_rules(ctx)
        if changing:
            rules = service.save_premium_rules(ctx, service.PremiumRules(
                rules.under_five if args.under_five is None else YES_NO[args.under_five],
                rules.saturday_overtime if args.saturday_overtime is None else YES_NO[args.saturday_overtime]))
    finally:
        ctx.close()
    text = (f"5인 미만 사업장 (가산수당 없음): {'예' if rules.under_five else '아니오'}\n"
            f"토요일 근무는 모두 시간외: {'예' if rules.saturday_overtime else '아니오'}")
    if changing:
        text += "\n(작성 중인 급여대장은 다시 계산하면 반영됩니다)"
    emit(args, {"under_five": rules.under_five, "saturday_overtime": rules.saturday_overtime}, text)
    return 0


def _withholding_return(args) -> int:
    from heemang_desktop.cli import emit, open_context
    from heemang_desktop.payroll import service

    ctx = open_context(args, read_only=True)
    try:
        ret = service.export_withholding_return(ctx, args.month, Path(args.out))
    finally:
        ctx.close()
    rows = [r.__dict__ for r in ret.rows]
    # A row the form names once (A99 총합계, A50 이자소득) is printed once, not as "총합계 총합계".
    text = "\n".join(f"  {r.code} {r.section if r.label == r.section else f'{r.section} {r.label}'}: "
                     f"{r.people}명 · 총지급액 {r.paid:,}원 · "
                     f"소득세 {r.income_tax:,}원 · 지방소득세 {r.local_tax:,}원" + (f" ({r.note})" if r.note else "")
                     for r in ret.rows if r.people or r.paid or r.income_tax or r.note)
    emit(args, {"month": ret.month, "file": args.out, "rows": rows, "notes": list(ret.notes)},
         f"{ret.month} 원천징수이행상황신고서를 저장했습니다: {args.out}\n{text}\n" + "\n".join(ret.notes))
    return 0


def _day_laborer_statement(args) -> int:
    from heemang_desktop.cli import emit
    from heemang_desktop.payroll import service

    ctx = _ctx(args)
    try:
        n = service.export_day_laborer_statement(ctx, args.month, Path(args.out))
    finally:
        ctx.close()
    emit(args, {"lines": n, "file": args.out},
         f"일용근로소득 지급명세서 {n}행을 저장했습니다 (주민등록번호 포함, 접속기록에 남김): {args.out}")
    return 0


def register(sub) -> None:
    from heemang_desktop.cli import month_arg, out_file

    p = sub.add_parser("payroll", help="급여대장·급여명세서·장기요양 급여대장")
    psub = p.add_subparsers(dest="payroll_command", required=True)

    def add(name, func, help_text):
        q = psub.add_parser(name, help=help_text)
        q.add_argument("--month", type=month_arg, required=True, help="지급연월 (예: 2026-09)")
        q.add_argument("--json", action="store_true", help="JSON으로 출력")
        q.set_defaults(func=func)
        return q

    add("run", _run, "인사카드와 근태로 그 달 급여를 계산 (수기로 고친 금액은 유지)")
    add("close", _close, "급여대장 마감 (이후 읽기 전용)")
    add("payslips", _payslips, "급여명세서 PDF를 폴더에 저장").add_argument("--out", required=True, help="저장할 폴더")
    q = add("mail", _mail, "급여명세서를 이메일로 보냄 (이미 보낸 명세서는 다시 보내지 않음)")
    q.add_argument("--only-failed", action="store_true", help="지난번에 실패한 사람에게만 다시 보냄")
    q.add_argument("--resend", action="store_true",
                   help="이미 보냈거나 전송 여부가 불명한(발송 중 중단된) 사람에게도 다시 보냄; "
                        "--only-failed와 함께 쓰면 실패·불명인 사람만")
    add("export", _export, "급여대장 엑셀 저장 (화면의 열과 합계)").add_argument("file")
    add("export-ltc", _export_ltc, "장기요양 급여대장 업로드 양식으로 저장").add_argument("file")
    add("transfers", _transfers, "실지급액 이체 목록 엑셀 저장").add_argument("file")
    q = add("employer", _employer, "사업주 부담 설정: 사업장 규모(고용안정·직업능력개발 요율)와 산재보험료율")
    q.add_argument("--size", required=True, help="under_150 | priority_150 | 150_to_999 | 1000_or_public")
    q.add_argument("--accident", required=True, help="산재보험료율 %% (예: 0.66)")
    add("resolution", _resolution, "마감한 급여대장으로 인건비 지출결의서 작성").add_argument(
        "--funding", help="재원 (예: 보조금)")
    add("withholding-return", _withholding_return,
        "마감한 달의 원천징수이행상황신고서 엑셀 (홈택스 입력 순서, 명세 시트)").add_argument(
        "--out", type=out_file(".xlsx"), required=True, help="저장할 파일 (.xlsx)")
    add("day-laborer-statement", _day_laborer_statement,
        "마감한 달의 일용근로소득 지급명세서 엑셀 (주민등록번호 포함, 접속기록에 남김)").add_argument(
        "--out", type=out_file(".xlsx"), required=True, help="저장할 파일 (.xlsx)")
    q = psub.add_parser("premiums", help="가산수당 설정: 5인 미만 사업장, 토요일 근무를 모두 시간외로")
    q.add_argument("--under-five", choices=sorted(YES_NO), help="상시 5명 미만이면 yes (연장·야간·휴일 가산 없음)")
    q.add_argument("--saturday-overtime", choices=sorted(YES_NO),
                   help="취업규칙이 토요일 근무를 모두 시간외로 정하면 yes (기본: 주 40시간을 넘는 시간만)")
    q.add_argument("--json", action="store_true", help="JSON으로 출력")
    q.set_defaults(func=_premiums)
