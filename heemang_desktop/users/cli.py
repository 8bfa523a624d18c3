"""`users add|list|password|role`: the 사용자 관리 page, headless. A password is never an argument (it would
stay in the shell's history and the process list): it is read from standard input, or asked twice on a
terminal."""

from __future__ import annotations

import sys

from heemang_desktop.store.errors import ValidationError


def register(sub) -> None:
    p = sub.add_parser("users", help="이 PC의 사용자: 추가, 목록, 비밀번호, 역할 (관리자)")
    inner = p.add_subparsers(dest="users_command", required=True)
    add = inner.add_parser("add", help="사용자 추가 (비밀번호는 표준입력 또는 입력 창에서)")
    add.add_argument("login_id", metavar="LOGIN", help="사용자 ID (영문·숫자·._- 2~32자)")
    add.add_argument("--name", required=True, help="이름")
    add.add_argument("--role", required=True, help="시설장, 회계담당, 인사담당, 사회복지사, 관리자")
    add.add_argument("--json", action="store_true", help="JSON으로 출력")
    add.set_defaults(func=_add)
    lst = inner.add_parser("list", help="사용자 목록")
    lst.add_argument("--all", action="store_true", help="쓰지 않는 사용자도 보기")
    lst.add_argument("--json", action="store_true", help="JSON으로 출력")
    lst.set_defaults(func=_list)
    pw = inner.add_parser("password", help="비밀번호 정하기·바꾸기 (표준입력 또는 입력 창에서)")
    pw.add_argument("login_id", metavar="LOGIN")
    pw.add_argument("--json", action="store_true", help="JSON으로 출력")
    pw.set_defaults(func=_password)
    role = inner.add_parser("role", help="역할 바꾸기")
    role.add_argument("login_id", metavar="LOGIN")
    role.add_argument("role", metavar="ROLE", help="시설장, 회계담당, 인사담당, 사회복지사, 관리자")
    role.add_argument("--json", action="store_true", help="JSON으로 출력")
    role.set_defaults(func=_role)


def read_password() -> str:
    """One line of standard input; on a terminal, asked twice without echo."""
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    import getpass

    first = getpass.getpass("비밀번호: ")
    if getpass.getpass("비밀번호 확인: ") != first:
        raise ValidationError("두 번 입력한 비밀번호가 다릅니다.", "password")
    return first


def _row(user, labels: dict[str, str]) -> dict:
    return {"login_id": user.login_id, "name": user.name, "role": user.role,
            "role_label": labels.get(user.role, user.role), "active": user.active,
            "has_password": bool(user.password_hash)}


def _write(args, fn):
    from heemang_desktop.cli import open_context

    ctx = open_context(args, need_actor=True)
    try:
        return fn(ctx)
    finally:
        ctx.close()


def _add(args) -> int:
    from heemang_desktop.cli import emit
    from heemang_desktop.users import service

    password = read_password()  # before the store opens: a prompt must not hold the folder's lock
    user = _write(args, lambda ctx: service.add_user(ctx, args.login_id, args.name, args.role, password))
    row = _row(user, service.role_labels())
    emit(args, row, f"사용자를 추가했습니다: {row['login_id']} {row['name']} ({row['role_label']})")
    return 0


def _list(args) -> int:
    from heemang_desktop.cli import emit, open_context
    from heemang_desktop.users import service

    ctx = open_context(args, read_only=True)
    try:
        users = service.list_users(ctx, include_inactive=args.all)
    finally:
        ctx.close()
    labels = service.role_labels()
    rows = [_row(u, labels) for u in users]
    text = "\n".join(f"{r['login_id']:16} {r['name']:10} {r['role_label']}"
                     + ("" if r["has_password"] else "  (비밀번호 없음)") + ("" if r["active"] else "  (사용 안 함)")
                     for r in rows)
    emit(args, rows, f"{text}\n{len(rows):,}명".strip())
    return 0


def _password(args) -> int:
    from heemang_desktop.cli import emit
    from heemang_desktop.users import service

    password = read_password()
    _write(args, lambda ctx: service.set_password(ctx, args.login_id, password))
    emit(args, {"login_id": args.login_id, "has_password": True}, f"비밀번호를 정했습니다: {args.login_id}")
    return 0


def _role(args) -> int:
    from heemang_desktop.cli import emit
    from heemang_desktop.users import service

    user = _write(args, lambda ctx: service.set_role(ctx, args.login_id, args.role))
    row = _row(user, service.role_labels())
    emit(args, row, f"역할을 바꿨습니다: {row['login_id']} {row['name']} → {row['role_label']}")
    return 0
