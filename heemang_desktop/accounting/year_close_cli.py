"""`report settlement --year Y --out FILE` and `year close|reopen --year Y` (the 결산 commands)."""

from __future__ import annotations

from pathlib import Path


def register(sub) -> None:
    p = sub.add_parser("year", help="회계연도 결산 마감·마감 해제")
    inner = p.add_subparsers(dest="year_command", required=True)
    close = inner.add_parser("close", help="연도 마감: 모든 달이 마감되어야 하고, 이월금을 다음 해 예산에 적습니다")
    close.add_argument("--year", type=int, required=True)
    close.add_argument("--json", action="store_true", help="JSON으로 출력")
    close.set_defaults(func=_close)
    reopen = inner.add_parser("reopen", help="연도 마감 해제 (관리자, 사유 필수)")
    reopen.add_argument("--year", type=int, required=True)
    reopen.add_argument("--reason", required=True, help="마감을 푸는 사유 (기록됩니다)")
    reopen.add_argument("--json", action="store_true", help="JSON으로 출력")
    reopen.set_defaults(func=_reopen)


def report_settlement(args, path: Path) -> int:
    from heemang_desktop.accounting import service
    from heemang_desktop.cli import emit, open_context

    ctx = open_context(args, read_only=True)
    try:
        settlement = service.build_settlement(ctx, args.year)
    finally:
        ctx.close()
    service.save_settlement(settlement, path)
    emit(args, {"report": "settlement", "year": args.year, "file": str(path),
                "sheets": service.settlement_sheets(settlement)},
         f"{settlement.title} ({len(settlement.reports)}개 보고서)을(를) 저장했습니다: {path}")
    return 0


def _figures(state) -> str:
    return f"세입 {state.income:,}원 · 세출 {state.expense:,}원 · 이월금 {state.carry_over:,}원"


def _closed_text(state) -> str:
    """What the close did; an earlier reopening's reason is history (--json keeps it), not this result."""
    from heemang_desktop.accounting.year_close import carry_over_account

    side, code = carry_over_account()
    return (f"{state.year}년 결산을 마감했습니다: {_figures(state)}. 이월금은 {state.year + 1}년 예산의 "
            f"{side} {code} 과목(이월금)에 적었습니다.")


def _reopened_text(state) -> str:
    return f"{state.year}년: {state.state_label} · {_figures(state)} · 마감 해제 사유: {state.reopen_reason}"


def _close(args) -> int:
    from heemang_desktop.accounting import service
    from heemang_desktop.cli import emit, open_context

    ctx = open_context(args, need_actor=True)
    try:
        state = service.close_year(ctx, args.year)
    finally:
        ctx.close()
    emit(args, state.as_json(), _closed_text(state))
    return 0


def _reopen(args) -> int:
    from heemang_desktop.accounting import service
    from heemang_desktop.cli import emit, open_context

    ctx = open_context(args, need_actor=True)
    try:
        state = service.reopen_year(ctx, args.year, args.reason)
    finally:
        ctx.close()
    emit(args, state.as_json(), _reopened_text(state))
    return 0
