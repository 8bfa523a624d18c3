"""`heemang-desktop central serve|add-user|maintenance`: run and administer the reference service."""

from __future__ import annotations

import os
import sys
from pathlib import Path

DEFAULT_DB = "heemang-central.sqlite3"


def db_url(value: str | None) -> str:
    """A URL as given (postgresql://…, sqlite:///…), or a file path for SQLite."""
    value = value or os.environ.get("HEEMANG_CENTRAL_DB") or DEFAULT_DB
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser().resolve()}"


def register(sub) -> None:
    p = sub.add_parser("central", help="참조 중앙 서비스 (테스트·점검·소규모 운영용)")
    csub = p.add_subparsers(dest="central_command", required=True)

    def add(name, func, help_text):
        c = csub.add_parser(name, help=help_text)
        c.add_argument("--db", help=f"데이터베이스 URL 또는 SQLite 파일 (기본: HEEMANG_CENTRAL_DB 또는 {DEFAULT_DB})")
        c.add_argument("--json", action="store_true", help="JSON으로 출력")
        c.set_defaults(func=func)
        return c

    c = add("serve", _serve, "중앙 서비스 실행")
    c.add_argument("--host", default="127.0.0.1")
    c.add_argument("--port", type=int, default=8765)
    c.add_argument("--key-file", help="개인정보 암호화 열쇠 파일 (기본: SQLite 파일 옆 .key, 또는 HEEMANG_CENTRAL_KEY)")
    c.add_argument("--token-hours", type=float, default=8.0, help="로그인 토큰 유효 시간")
    c = add("add-user", _add_user, "사용자 추가·비밀번호 변경 (비밀번호는 프롬프트 또는 표준입력; 로그인 잠금도 풂)")
    c.add_argument("--facility-code", required=True)
    c.add_argument("--user-id", required=True)
    c = add("maintenance", _maintenance, "중단 기간 켜기/끄기 (실행 중인 서비스가 1초 안에 따름)")
    c.add_argument("state", choices=["on", "off"])
    c.add_argument("--until", help="끝나는 시각 (ISO 8601, 예: 2026-09-05T18:00:00+09:00)")
    c = add("inquiries", _inquiries, "시설의 질의하기 목록과 답변 (상담원용; 비공개 정보 포함); "
                                     "show ID: 질의 하나와 첨부 목록, attachment SHA --out 파일: 첨부 하나 저장")
    c.add_argument("action", nargs="?", choices=["show", "attachment"], help="없으면 목록")
    c.add_argument("target", nargs="?", help="show: 질의 id, attachment: 첨부의 SHA-256")
    c.add_argument("--out", help="attachment: 저장할 파일 (이미 있으면 거절)")
    c.add_argument("--facility-code", required=True)
    c.add_argument("--key-file", help="개인정보 암호화 열쇠 파일 (serve와 같은 것)")
    c = add("reply", _reply, "질의에 답변 쓰기: 시설 PC가 다음 동기화 때 받아 목록에 보여 줌")
    c.add_argument("--facility-code", required=True)
    c.add_argument("--inquiry", required=True, help="질의 id")
    c.add_argument("--text", required=True, help="답변 내용")
    c.add_argument("--status", choices=["answered", "in_progress"], default="answered", help="답변 완료 또는 처리 중")
    c.add_argument("--by", default="희망이음 고객센터", help="답변한 사람 (목록에 보임)")
    c.add_argument("--key-file", help="개인정보 암호화 열쇠 파일 (serve와 같은 것)")


def _engine(args):
    from heemang_desktop.central.app import make_engine
    from heemang_desktop.central.upgrade import prepare_database

    engine = make_engine(db_url(args.db))
    prepare_database(engine)
    return engine


def _serve(args) -> int:
    import logging
    from datetime import timedelta

    import uvicorn

    from heemang_desktop.central.app import create_app
    from heemang_desktop.central.limits import SERVER_LIMITS
    from heemang_desktop.central.security import load_key

    url = db_url(args.db)
    key = load_key(Path(args.key_file) if args.key_file else None, url)
    app = create_app(url, key, timedelta(hours=args.token_hours))
    # Failed and locked logins (user id and address, never the password) go to stderr with a time.
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    print(f"중앙 서비스: http://{args.host}:{args.port}{'/docs'}  (데이터베이스: {url.split('@')[-1]})", flush=True)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning", **SERVER_LIMITS)
    return 0


def _add_user(args) -> int:
    from heemang_desktop.central import service, throttle
    from heemang_desktop.cli import emit
    from heemang_desktop.store.errors import ValidationError

    code = args.facility_code.strip().upper()
    if sys.stdin.isatty():
        import getpass

        password = getpass.getpass("비밀번호: ")
    else:
        password = sys.stdin.readline().rstrip("\n")
    if len(password) < 8:
        raise ValidationError("비밀번호는 8자 이상이어야 합니다.", "password")
    with _engine(args).begin() as conn:
        service.add_user(conn, code, args.user_id, password)
        throttle.clear_user(conn, code, args.user_id)
    emit(args, {"facility_code": code, "user_id": args.user_id}, f"사용자를 저장했습니다: {code} / {args.user_id}")
    return 0


def _maintenance(args) -> int:
    from datetime import datetime

    from heemang_desktop.central import service
    from heemang_desktop.cli import emit
    from heemang_desktop.store.errors import ValidationError

    if args.until:
        try:
            datetime.fromisoformat(args.until)
        except ValueError as exc:
            raise ValidationError("--until 은 ISO 8601 시각이어야 합니다 (예: 2026-09-05T18:00:00+09:00).") from exc
    with _engine(args).begin() as conn:
        service.set_maintenance(conn, args.state == "on", args.until)
    emit(args, {"maintenance": args.state, "until": args.until},
         f"중단 기간: {'켜짐' if args.state == 'on' else '꺼짐'}" + (f" (~{args.until})" if args.until else ""))
    return 0


def _vault(args):
    from heemang_desktop.central.security import PiiVault, load_key

    return PiiVault(load_key(Path(args.key_file) if args.key_file else None, db_url(args.db)))


def _inquiries(args) -> int:
    from heemang_desktop.central import replies
    from heemang_desktop.cli import emit

    if args.action:
        return _inquiry_part(args)
    with _engine(args).connect() as conn:
        found = replies.inquiries(conn, _vault(args), args.facility_code.strip().upper())
    emit(args, {"inquiries": found}, "\n".join(
        f"{q['id']} [{q['kind']}] {q['title']} (답변 {len(q['replies'])}건)" for q in found) or "질의가 없습니다.")
    return 0


def _inquiry_part(args) -> int:
    """`inquiries show ID` (the inquiry and its attachments, whether the centre has each file) and
    `inquiries attachment SHA --out FILE` (one file, as the facility sent it)."""
    from heemang_desktop.central import blobs, replies
    from heemang_desktop.cli import emit
    from heemang_desktop.store.errors import ValidationError
    from heemang_desktop.sync import protocol

    code = args.facility_code.strip().upper()
    fid = protocol.facility_id(code)
    if not args.target:
        raise ValidationError("show 에는 질의 id, attachment 에는 첨부의 SHA-256을 주세요.")
    if args.action == "attachment":
        if not args.out:
            raise ValidationError("--out 으로 저장할 파일을 주세요.")
        out = Path(args.out)
        if out.exists():
            raise ValidationError(f"이미 있는 파일이라 덮어쓰지 않았습니다: {out}")
        with _engine(args).connect() as conn:
            data = blobs.read(conn, fid, args.target.strip().lower())
        if data is None:
            raise ValidationError(f"이 시설의 첨부 중에 그 파일이 없습니다: {args.target}")
        out.write_bytes(bytes(data))
        emit(args, {"sha256": args.target, "size": len(data), "out": str(out)},
             f"저장했습니다: {out} ({len(data):,}바이트)")
        return 0
    with _engine(args).connect() as conn:
        found = [q for q in replies.inquiries(conn, _vault(args), code) if q["id"] == args.target]
        if not found:
            raise ValidationError(f"이 시설의 질의가 아닙니다: {args.target}")
        (q,) = found
        files = [{**a, "size": blobs.size_of(conn, fid, a["sha256"])} for a in blobs.attachments(q)]
    lines = [f"{q['id']} [{q['kind']}] {q['title']}", f"업무분류: {q.get('category') or '-'}", "", q["content"], "",
             f"첨부 {len(files)}개:"]
    lines += [f"  {a['sha256']}  {a['name']}  "
              + (f"{a['size']:,}바이트" if a["size"] is not None else "중앙에 없음 (아직 받지 못함)") for a in files]
    lines += [f"답변 {len(q['replies'])}건"]
    emit(args, {**q, "attachments": files}, "\n".join(lines))
    return 0


def _reply(args) -> int:
    from heemang_desktop.central import replies
    from heemang_desktop.cli import emit
    from heemang_desktop.store.errors import ValidationError

    try:
        with _engine(args).begin() as conn:
            answer = replies.reply(conn, _vault(args), args.facility_code.strip().upper(), args.inquiry, args.text,
                                   args.status, args.by)
    except replies.ReplyRefused as exc:
        raise ValidationError(str(exc)) from exc
    emit(args, answer, f"답변을 저장했습니다 (server_version {answer['server_version']}).")
    return 0
