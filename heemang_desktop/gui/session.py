"""Work the GUI asks of the database thread at start-up: open the store, who is working, figures.

Runs on the worker thread; returns plain data (no ORM objects cross threads).
"""

from __future__ import annotations

from dataclasses import dataclass

from heemang_desktop.context import Actor, FacilityInfo


@dataclass(frozen=True)
class UserRow:
    login_id: str
    name: str
    role: str
    has_password: bool


@dataclass(frozen=True)
class Figures:
    queued: int
    last_sync: str | None
    conflicts: int = 0
    rejected: int = 0
    quarantined: int = 0


@dataclass(frozen=True)
class SessionInfo:
    facility: FacilityInfo
    actor: Actor | None
    users: tuple[UserRow, ...]
    figures: Figures
    key_state: str  # "ok" | "missing" | "no_keyring"
    server_url: str
    database: str


def user_rows(ctx) -> tuple[UserRow, ...]:
    from heemang_desktop.users import service as users

    return tuple(UserRow(u.login_id, u.name, u.role, bool(u.password_hash)) for u in users.list_users(ctx))


def figures(ctx) -> Figures:
    from heemang_desktop.sync.service import figures as sync_figures

    f = sync_figures(ctx)
    return Figures(f.queued, f.last_sync, f.conflicts, f.rejected, f.quarantined)


def _key_state(ctx) -> str:
    from heemang_desktop.store.keystore import KeyringUnavailable

    try:
        return "ok" if ctx.has_key() else "missing"
    except KeyringUnavailable:
        return "no_keyring"


def session_info(ctx) -> SessionInfo:
    return SessionInfo(
        facility=ctx.facility,
        actor=ctx.actor,
        users=user_rows(ctx),
        figures=figures(ctx),
        key_state=_key_state(ctx),
        server_url=ctx.settings.server_url,
        database=str(ctx.paths.database),
    )


def open_session(executor, paths, headless: bool = False) -> SessionInfo:
    """Open the store; `headless` (screenshots, checks) works as the CLI does, without a login."""
    from heemang_desktop.app import open_app
    from heemang_desktop.users import service as users

    if executor.ctx is None:
        executor.ctx = open_app(paths, load_models=False)  # figures first; load_models follows
        if users.sign_in_sole_user(executor.ctx) is None and headless:
            users.headless_actor(executor.ctx, None)
    return session_info(executor.ctx)


def load_models(ctx) -> None:
    """Map every model on the database thread before the sync thread opens the store: mapping them
    in two threads at once failed (NameError on a half-imported class; seen in the torture test),
    and doing it before the first figures cost the status bar ~0.2 s."""
    from heemang_desktop.app import map_models

    map_models()


def initialize(executor, paths, data) -> tuple[SessionInfo, str]:
    from heemang_desktop.app import initialize as init

    result = init(paths, data)
    executor.ctx = result.context
    return session_info(executor.ctx), result.recovery_code


def sign_in(ctx, login_id: str, password: str) -> SessionInfo:
    from heemang_desktop.users import service as users

    users.sign_in(ctx, login_id, password)
    return session_info(ctx)


def unlock(ctx, code: str) -> SessionInfo:
    ctx.unlock(code)
    return session_info(ctx)
