"""`heemang-desktop payroll premiums [--under-five yes|no] [--saturday-overtime yes|no]`: the facility's premium rules."""

from __future__ import annotations

YES_NO = {"yes": True, "no": False, "예": True, "아니오": False}


def _premiums(args) -> int:
    from heemang_desktop.cli import emit, open_context
    from heemang_desktop.payroll import settings

    changing = args.under_five is not None or args.saturday_overtime is not None
    ctx = open_context(args, need_actor=True) if changing else open_context(args, read_only=True)
    try:
        rules = settings.premium_rules(ctx)
        if changing:
            rules = settings.save_premium_rules(ctx, settings.PremiumRules(
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


def register(psub) -> None:
    q = psub.add_parser("premiums", help="가산수당 설정: 5인 미만 사업장, 토요일 근무를 모두 시간외로")
    q.add_argument("--under-five", choices=sorted(YES_NO), help="상시 5명 미만이면 yes (연장·야간·휴일 가산 없음)")
    q.add_argument("--saturday-overtime", choices=sorted(YES_NO),
                   help="취업규칙이 토요일 근무를 모두 시간외로 정하면 yes (기본: 주 40시간을 넘는 시간만)")
    q.add_argument("--json", action="store_true", help="JSON으로 출력")
    q.set_defaults(func=_premiums)
