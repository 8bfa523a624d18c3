"""`heemang-desktop inquiries check|list|new`: the personal-data guard and help-desk inquiries."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from heemang_desktop.store.errors import ValidationError

BLOCKED_EXIT = 2


def _read(path: str | None, label: str) -> str:
    if not path:
        return ""
    try:
        return Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError(f"{label} 파일을 읽을 수 없습니다 (UTF-8 텍스트여야 합니다): {Path(path).name}") from exc


def _check(args) -> int:
    from heemang_desktop.cli import emit, open_context
    from heemang_desktop.inquiries import guard, service
    from heemang_desktop.store.errors import StoreNotInitialized

    text = args.text if args.text is not None else _read(args.file, "검사할")
    try:
        ctx = open_context(args, read_only=True)
    except StoreNotInitialized:
        result = service.Check(guard.scan(text))  # no store yet: no registered names to match
    else:
        try:
            result = service.check_text(ctx, text)
        finally:
            ctx.close()
    lines = [f"{s.start}-{s.end} {service.LABELS[s.kind]}: {text[s.start:s.end]}" for s in result.spans]
    emit(args, result.as_json(), "\n".join(["개인정보로 보이는 부분이 있습니다:", *lines]) if result.blocked
         else "개인정보로 보이는 부분이 없습니다.")
    return 0


def _as_dict(r) -> dict:
    return {"id": r.id, "title": r.title, "category": r.category, "kind": r.kind, "content": r.content,
            "has_private": r.has_private, "attachments": r.attachments, "status": r.status, "sent": r.sent,
            "created_at": r.created_at.isoformat(timespec="seconds"), "created_by": r.created_by,
            "replies": [{"body": x.body, "status": x.status, "replied_by": x.replied_by,
                         "replied_at": x.replied_at.isoformat(timespec="seconds")} for x in r.replies]}


def _text(r) -> str:
    head = f"[{r.status}] {r.created_at:%Y-%m-%d %H:%M} {r.kind} {r.title}" + (f" ({r.category})" if r.category else "")
    return "\n".join([head, *(f"  └ 답변 {x.replied_at:%Y-%m-%d} {x.replied_by}: {x.body}" for x in r.replies)])


def _list(args) -> int:
    from heemang_desktop.cli import emit, open_context
    from heemang_desktop.inquiries import service

    ctx = open_context(args, read_only=True)
    try:
        rows = service.list_inquiries(ctx)
    finally:
        ctx.close()
    emit(args, {"inquiries": [_as_dict(r) for r in rows]}, "\n".join(_text(r) for r in rows) or "질의가 없습니다.")
    return 0


def _new(args) -> int:
    from heemang_desktop.cli import emit, open_context
    from heemang_desktop.inquiries import service

    draft = service.InquiryDraft(title=args.title, kind=args.kind, content=_read(args.content_file, "내용"),
                                 private=_read(args.private_file, "대상자 정보"), category=args.category or "",
                                 attachments=tuple(args.attach or ()))
    ctx = open_context(args, need_actor=True)
    try:
        row = service.submit_inquiry(ctx, draft)
    except service.Blocked as exc:
        spans = {k: [s.as_json() for s in v] for k, v in exc.found.items()}
        if args.json:
            print(json.dumps({"error": str(exc), "blocked": True, "spans": spans}, ensure_ascii=False, indent=2))
        print(f"오류: {exc}", file=sys.stderr)
        for key, found in exc.found.items():
            for s in found:
                print(f"  {service.FIELD_LABELS[key]} {s.start}-{s.end}: {service.LABELS[s.kind]}", file=sys.stderr)
        return BLOCKED_EXIT
    finally:
        ctx.close()
    emit(args, _as_dict(row), f"질의를 보낼 목록에 넣었습니다 ({row.status}): {row.title}")
    return 0


def register(sub) -> None:
    p = sub.add_parser("inquiries", help="질의하기: 개인정보 검사, 질의 목록, 새 질의")
    cmds = p.add_subparsers(dest="inquiries_command", required=True)
    c = cmds.add_parser("check", help="글에 개인정보(주민·외국인등록번호, 전화·계좌·카드번호, 전자우편, "
                                      "등록된 이름)가 있는지 검사")
    src = c.add_mutually_exclusive_group(required=True)
    src.add_argument("--text", help="검사할 글")
    src.add_argument("--file", help="검사할 UTF-8 텍스트 파일")
    c.add_argument("--json", action="store_true", help="JSON으로 출력")
    c.set_defaults(func=_check)
    ls = cmds.add_parser("list", help="질의 목록과 답변")
    ls.add_argument("--json", action="store_true", help="JSON으로 출력")
    ls.set_defaults(func=_list)
    n = cmds.add_parser("new", help="새 질의를 보낼 목록에 넣기 (개인정보가 보이면 거절, 종료 코드 2)")
    n.add_argument("--title", required=True)
    n.add_argument("--kind", required=True,
                   help="개선요구, 고객PC환경, 교육문의, 사용법 문의, 시스템오류, 자료보정, 자료확인")
    n.add_argument("--content-file", required=True, help="내용 (UTF-8 텍스트 파일)")
    n.add_argument("--private-file", help="대상자 정보(비공개) (UTF-8 텍스트 파일): 암호화해 보관하고 보냄")
    n.add_argument("--category", help="업무분류, 예: '회계 > 품의·결의서'")
    n.add_argument("--attach", nargs="+", metavar="FILE", help="첨부 파일 (PDF, 그림, 한글·오피스 문서)")
    n.add_argument("--json", action="store_true", help="JSON으로 출력")
    n.set_defaults(func=_new)
