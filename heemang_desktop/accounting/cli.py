"""`resolutions list …`, `report budget|cashbook|ledger|statement|transfers|settlement …` and
`accounting close-month|reopen-month` and `year close|reopen` subcommands."""

from __future__ import annotations

from pathlib import Path

REPORT_HELP = {"budget": "예산 대비 집행", "cashbook": "현금출납부", "ledger": "총계정원장",
               "statement": "세입·세출 명세", "transfers": "과목전용조서",
               "settlement": "결산 묶음 (결산서, 조서, 명세서 …)"}
REPORTS = tuple(REPORT_HELP)


def register(sub) -> None:
    from heemang_desktop.cli import out_file

    p = sub.add_parser("resolutions", help="결의서 목록·검색")
    inner = p.add_subparsers(dest="resolutions_command", required=True)
    lst = inner.add_parser("list", help="결의서 검색 (사업명, 금액, 적요)")
    lst.add_argument("--year", type=int, required=True)
    lst.add_argument("--business", default="", help="사업명 (포함)")
    lst.add_argument("--total", type=int, help="결의 금액 (정확히)")
    lst.add_argument("--min", type=int, help="결의 금액 이상")
    lst.add_argument("--max", type=int, help="결의 금액 이하")
    lst.add_argument("--summary", default="", help="적요 (포함)")
    lst.add_argument("--account", default="", help="예산과목 코드")
    lst.add_argument("--vendor", default="", help="거래처 (포함)")
    lst.add_argument("--json", action="store_true", help="JSON으로 출력")
    lst.set_defaults(func=_list)

    p = sub.add_parser("report", help="장부·보고서를 엑셀(xlsx) 또는 PDF로 저장")
    kinds = p.add_subparsers(dest="kind", required=True, metavar="{" + ",".join(REPORTS) + "}")
    for kind, label in REPORT_HELP.items():
        k = kinds.add_parser(kind, help=label)
        k.add_argument("--year", type=int, required=True)
        if kind == "settlement":  # always the whole year
            k.add_argument("file", nargs="?", type=out_file(".xlsx", ".pdf"),
                           help="저장할 파일 (.xlsx 보고서마다 시트 하나, .pdf 보고서마다 새 쪽)")
            k.add_argument("--out", type=out_file(".xlsx", ".pdf"), help="저장할 파일 (.xlsx 또는 .pdf)")
        else:
            k.add_argument("--from", dest="date_from", help="시작일 (기본: 회계연도 첫날)")
            k.add_argument("--to", dest="date_to", help="종료일 (기본: 회계연도 끝날)")
            k.add_argument("file")
        k.add_argument("--json", action="store_true", help="JSON으로 출력")
        k.set_defaults(func=_report)

    from heemang_desktop.accounting.month_close_cli import register as register_month
    from heemang_desktop.accounting.year_close_cli import register as register_year

    register_month(sub)
    register_year(sub)


def _list(args) -> int:
    from heemang_desktop.accounting import service
    from heemang_desktop.cli import emit, open_context

    ctx = open_context(args, read_only=True)
    try:
        rows = service.search_all(ctx, service.ResolutionQuery(
            year=args.year, business=args.business, total=args.total, min_total=args.min, max_total=args.max,
            summary=args.summary, account_code=args.account, vendor=args.vendor))
    finally:
        ctx.close()
    data = [
        {"number": r.number, "date": r.resolution_date.isoformat(), "kind": r.kind, "business_name": r.business_name,
         "total": r.total, "summary": r.summary, "vendor": r.vendor, "state": r.state, "sync_state": r.sync_state,
         "sync_reason": r.sync_reason,
         "lines": [{"account_code": c, "amount": a} for c, a in r.lines]}
        for r in rows
    ]
    text = "\n".join(
        f"{r.number}  {r.resolution_date}  {r.business_name}  {r.total:>14,}원  {r.summary}  {r.vendor}  "
        f"{r.state_label}"
        for r in rows
    ) + f"\n{len(rows):,}건"
    emit(args, data, text.strip())
    return 0


def _report(args) -> int:
    from heemang_desktop.accounting import service
    from heemang_desktop.cli import emit, open_context
    from heemang_desktop.store.errors import ValidationError

    out = getattr(args, "out", None) or args.file
    if not out:
        raise ValidationError("저장할 파일을 주세요 (--out 파일.xlsx 또는 파일.pdf).")
    path = Path(out)
    if path.suffix.lower() not in (".xlsx", ".pdf"):
        raise ValidationError("파일 이름은 .xlsx 또는 .pdf로 끝나야 합니다.")
    if args.kind == "settlement":
        from heemang_desktop.accounting.year_close_cli import report_settlement

        return report_settlement(args, path)
    ctx = open_context(args, read_only=True)
    try:
        report = service.build_report(ctx, args.kind, args.year, args.date_from or "", args.date_to or "")
    finally:
        ctx.close()
    service.save_report(report, path)
    emit(args, {"report": args.kind, "file": str(path), "rows": len(report.rows)},
         f"{report.title}을(를) 저장했습니다: {path}")
    return 0
