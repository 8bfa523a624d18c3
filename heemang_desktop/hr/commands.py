"""`heemang-desktop attendance export --month 2026-09 FILE.xlsx`."""

from __future__ import annotations

from pathlib import Path


def _export(args) -> int:
    from heemang_desktop.cli import emit, open_context
    from heemang_desktop.hr.workbooks import export_attendance

    ctx = open_context(args, read_only=True)
    try:
        count = export_attendance(ctx, args.month, Path(args.file))
    finally:
        ctx.close()
    emit(args, {"file": args.file, "month": args.month, "rows": count},
         f"{args.month} 근태 {count:,}건을 저장했습니다: {args.file}")
    return 0


def register(sub) -> None:
    attendance = sub.add_parser("attendance", help="근태 (일일근태 엑셀 내보내기)")
    actions = attendance.add_subparsers(dest="action", required=True)
    p = actions.add_parser("export", help="한 달의 근태를 업로드 양식 그대로 엑셀로 저장")
    p.add_argument("--month", required=True, help="예: 2026-09")
    p.add_argument("file")
    p.add_argument("--json", action="store_true", help="JSON으로 출력")
    p.set_defaults(func=_export)
