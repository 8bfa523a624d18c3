"""Users' door: add users, change roles and passwords, choose who is working, and the roles and menus
(`roles.py`) the GUI and the CLI read. Users are local to this PC (never synced)."""

from __future__ import annotations

import re

from sqlalchemy import select

from heemang_desktop.context import Actor, AppContext
from heemang_desktop.store.base import utcnow
from heemang_desktop.store.errors import PermissionDenied, ValidationError
from heemang_desktop.users import passwords
from heemang_desktop.users.models import User
from heemang_desktop.users.roles import (
    Menu,
    Page,
    Role,
    facility_types,
    may_open,
    menu_tree,
    menus_for,
    opens_menu,
    role_by_label_or_id,
    roles,
)

__all__ = [
    "MANAGERS", "MIN_PASSWORD", "Menu", "Page", "Role", "User",
    "actor_of", "add_first_user", "add_user", "facility_types", "headless_actor", "list_users", "may_open",
    "menu_tree", "menus_for", "needs_login", "opens_menu", "role_by_label_or_id", "role_labels", "roles",
    "set_password",
    "set_role", "sign_in", "sign_in_sole_user", "validate_login_id", "validate_name", "validate_role",
]

LOGIN_ID = re.compile(r"[A-Za-z0-9._-]{2,32}")
MIN_PASSWORD = 6
MANAGERS = {"admin"}


def role_labels() -> dict[str, str]:
    """Role id -> its label, in the order of resources/roles.json."""
    return {r.id: r.label for r in roles().values()}


def validate_login_id(login_id: str) -> str:
    login_id = login_id.strip()
    if not LOGIN_ID.fullmatch(login_id):
        raise ValidationError("사용자 ID는 영문·숫자·._- 2~32자여야 합니다.", "user_id")
    return login_id


def validate_role(role: str) -> str:
    found = role_by_label_or_id(role.strip())
    if found is None:
        labels = ", ".join(r.label for r in roles().values())
        raise ValidationError(f"알 수 없는 역할입니다: {role} (가능: {labels})", "role")
    return found.id


def validate_name(name: str, field: str = "name", label: str = "이름") -> str:
    name = name.strip()
    if not name or len(name) > 100:
        raise ValidationError(f"{label}을(를) 1~100자로 입력하세요.", field)
    return name


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise ValidationError(f"비밀번호는 {MIN_PASSWORD}자 이상이어야 합니다.", "password")


def actor_of(user: User) -> Actor:
    return Actor(user.login_id, user.name, user.role)


def list_users(ctx: AppContext, include_inactive: bool = False) -> list[User]:
    with ctx.store.session() as session:
        query = select(User).where(User.facility_id == ctx.facility.id).order_by(User.created_at, User.login_id)
        if not include_inactive:
            query = query.where(User.active.is_(True))
        return list(session.scalars(query))


def needs_login(ctx: AppContext) -> bool:
    """A PC with one user is not asked who is working; with more, each must say who they are."""
    return len(list_users(ctx)) > 1


def _require_manager(ctx: AppContext) -> Actor:
    actor = ctx.require_actor()
    if actor.role not in MANAGERS:
        raise PermissionDenied("사용자 관리는 관리자만 할 수 있습니다.")
    return actor


def add_first_user(session, facility_id: str, login_id: str, name: str, role: str, password: str | None) -> User:
    """Used by setup only, inside the transaction that creates the store."""
    if password:
        _check_password(password)
    user = User(
        facility_id=facility_id,
        login_id=validate_login_id(login_id),
        name=validate_name(name),
        role=validate_role(role),
        password_hash=passwords.hash_password(password) if password else None,
        created_by=login_id,
        updated_by=login_id,
    )
    session.add(user)
    return user


def add_user(ctx: AppContext, login_id: str, name: str, role: str, password: str) -> User:
    actor = _require_manager(ctx)
    login_id = validate_login_id(login_id)
    _check_password(password)
    with ctx.transaction() as session:
        me = session.scalar(select(User).where(User.login_id == actor.login_id))
        if me is not None and not me.password_hash:
            raise ValidationError(
                "여러 사람이 쓰는 PC가 되므로, 다른 사용자를 추가하기 전에 본인의 비밀번호를 먼저 정하세요.", "password"
            )
        if session.scalar(select(User).where(User.facility_id == ctx.facility.id, User.login_id == login_id)):
            raise ValidationError(f"이미 있는 사용자 ID입니다: {login_id}", "user_id")
        user = User(
            facility_id=ctx.facility.id,
            login_id=login_id,
            name=validate_name(name),
            role=validate_role(role),
            password_hash=passwords.hash_password(password),
            created_by=actor.login_id,
            updated_by=actor.login_id,
        )
        session.add(user)
    return user


def _get(session, ctx: AppContext, login_id: str) -> User:
    user = session.scalar(select(User).where(User.facility_id == ctx.facility.id, User.login_id == login_id))
    if user is None:
        raise ValidationError(f"없는 사용자입니다: {login_id}", "user_id")
    return user


def set_role(ctx: AppContext, login_id: str, role: str) -> User:
    actor = _require_manager(ctx)
    role_id = validate_role(role)
    with ctx.transaction() as session:
        user = _get(session, ctx, login_id)
        if user.login_id == actor.login_id and role_id not in MANAGERS:
            others = session.scalars(
                select(User).where(User.active.is_(True), User.role.in_(MANAGERS), User.login_id != actor.login_id)
            ).first()
            if others is None:
                raise ValidationError("마지막 관리자의 역할은 바꿀 수 없습니다. 다른 관리자를 먼저 지정하세요.", "role")
        user.role = role_id
        user.updated_at = utcnow()
        user.updated_by = actor.login_id
    return user


def set_password(ctx: AppContext, login_id: str, new_password: str) -> None:
    """Users set their own password; a manager may reset anyone's."""
    actor = ctx.require_actor()
    if actor.login_id != login_id and actor.role not in MANAGERS:
        raise PermissionDenied("다른 사용자의 비밀번호는 관리자만 바꿀 수 있습니다.")
    _check_password(new_password)
    with ctx.transaction() as session:
        user = _get(session, ctx, login_id)
        user.password_hash = passwords.hash_password(new_password)
        user.updated_at = utcnow()
        user.updated_by = actor.login_id


def sign_in(ctx: AppContext, login_id: str, password: str | None) -> Actor:
    """Set who is working. On a single-user PC no password is asked; otherwise it must match."""
    users = list_users(ctx)
    user = next((u for u in users if u.login_id == login_id), None)
    if user is None:
        raise ValidationError("사용자 ID 또는 비밀번호가 맞지 않습니다.", "password")
    if len(users) > 1 or user.password_hash:
        if not user.password_hash or not password or not passwords.verify_password(password, user.password_hash):
            raise ValidationError("사용자 ID 또는 비밀번호가 맞지 않습니다.", "password")
    ctx.actor = actor_of(user)
    return ctx.actor


def sign_in_sole_user(ctx: AppContext) -> Actor | None:
    """On a single-user site: that user, without asking. None when someone must choose."""
    users = list_users(ctx)
    if len(users) == 1 and not users[0].password_hash:
        ctx.actor = actor_of(users[0])
        return ctx.actor
    return None


def headless_actor(ctx: AppContext, login_id: str | None) -> Actor:
    """Who a command-line change is recorded as: trusted from the OS account that can read the file."""
    users = list_users(ctx)
    if login_id:
        user = next((u for u in users if u.login_id == login_id), None)
        if user is None:
            raise ValidationError(f"없는 사용자입니다: {login_id}", "user")
    else:
        user = next((u for u in users if u.role in MANAGERS), users[0] if users else None)
        if user is None:
            raise ValidationError("사용자가 없습니다.", "user")
    ctx.actor = actor_of(user)
    return ctx.actor
