"""Composition root: settings -> store -> context. The GUI and the CLI both start here."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select

from heemang_desktop import __version__
from heemang_desktop.context import AppContext, FacilityInfo, key_secret_name
from heemang_desktop.settings import Paths, Settings
from heemang_desktop.store import crypto, keystore
from heemang_desktop.store.base import new_id
from heemang_desktop.store.errors import AlreadyInitialized, NotAHeemangDatabase, ValidationError
from heemang_desktop.store.models import AppMeta, Facility
from heemang_desktop.store.store import Store
from heemang_desktop.sync.protocol import facility_id
from heemang_desktop.users import roles
from heemang_desktop.users import service as users

FACILITY_CODE = re.compile(r"[A-Z0-9]{2,16}")


@dataclass(frozen=True)
class SetupInput:
    facility_code: str
    facility_name: str
    facility_type: str
    user_id: str
    user_name: str
    role: str
    password: str | None = None


@dataclass
class SetupResult:
    context: AppContext
    recovery_code: str


def validate_setup(data: SetupInput) -> SetupInput:
    code = data.facility_code.strip().upper()
    if not FACILITY_CODE.fullmatch(code):
        raise ValidationError("시설코드는 영문 대문자와 숫자 2~16자입니다 (예: K0161).", "facility_code")
    if data.facility_type.strip() not in roles.facility_types():
        raise ValidationError(
            f"알 수 없는 시설 유형입니다: {data.facility_type} (가능: {', '.join(roles.facility_types())})",
            "facility_type",
        )
    return SetupInput(
        facility_code=code,
        facility_name=users.validate_name(data.facility_name, "facility_name", "시설명"),
        facility_type=data.facility_type.strip(),
        user_id=users.validate_login_id(data.user_id),
        user_name=users.validate_name(data.user_name, "user_name", "사용자 이름"),
        role=users.validate_role(data.role),
        password=data.password or None,
    )


def initialize(paths: Paths, data: SetupInput, settings: Settings | None = None) -> SetupResult:
    """First start: new store, facility, first user, encryption key (into the keyring) and its recovery code.

    Nothing is created when any step fails; an existing store is never touched.
    """
    data = validate_setup(data)
    if paths.database.exists():
        raise AlreadyInitialized(paths.database)
    master = crypto.new_master_key()
    store_id = new_id()
    keystore.set_secret(key_secret_name(store_id), master.hex())  # fails before any file is made
    try:
        store = Store.create(paths.database)
        facility = Facility(
            id=facility_id(data.facility_code),  # the same on every PC of the facility
            code=data.facility_code,
            name=data.facility_name,
            facility_type=data.facility_type,
        )
        with store.transaction() as session:
            session.add(facility)
            session.add_all(
                [
                    AppMeta(key="store_id", value=store_id),
                    AppMeta(key="key_check", value=crypto.key_check(master)),
                    AppMeta(key="created_by_version", value=__version__),
                ]
            )
            session.flush()
            users.add_first_user(session, facility.id, data.user_id, data.user_name, data.role, data.password)
    except BaseException:
        keystore.delete_secret(key_secret_name(store_id))
        if "store" in locals():
            store.close()
            for suffix in ("", "-wal", "-shm"):
                paths.database.with_name(paths.database.name + suffix).unlink(missing_ok=True)
        raise
    settings = settings or Settings.load(paths)
    ctx = AppContext(paths, store, _facility_info(facility), settings)
    users.sign_in_sole_user(ctx)
    return SetupResult(ctx, crypto.recovery_code(master))


def _facility_info(f: Facility) -> FacilityInfo:
    return FacilityInfo(f.id, f.code, f.name, f.facility_type)


def map_models() -> None:
    """Every model imported and mapped before a writer's first flush: the window's DB thread flushing
    while its sync thread imported the models lazily failed mapper set-up (NameError on a
    half-imported class; seen in the torture test)."""
    from sqlalchemy.orm import configure_mappers

    import heemang_desktop.store.registry  # noqa: F401

    configure_mappers()


def open_app(paths: Paths, settings: Settings | None = None, read_only: bool = False,
             load_models: bool = True) -> AppContext:
    """Open the facility's store (backing up and migrating an older one). Raises a HeemangError on trouble.

    `read_only` opens it as the reading CLI commands do beside an open window: no backup, no
    migration, no checkpoint, no write. A writer takes the data folder's lock first (FolderLock).
    `load_models=False` is for the window's first open, which shows its figures first and maps the
    models right after, before its sync thread starts (gui/session.load_models).
    """
    settings = settings or Settings.load(paths)
    if not read_only and load_models:
        map_models()
    store = Store.open(paths.database, paths.backups, settings.backups_kept, read_only=read_only)
    try:
        with store.session() as session:
            facility = session.scalars(select(Facility)).first()
        if facility is None:
            raise NotAHeemangDatabase(paths.database, "시설 정보가 없음")
    except BaseException:
        store.close()
        raise
    ctx = AppContext(paths, store, _facility_info(facility), settings)
    if not read_only:
        _seal_pending(ctx)
    return ctx


def _seal_pending(ctx: AppContext) -> None:
    """Health text the 0021 migration set aside is sealed as soon as the key is here (else at unlock)."""
    from heemang_desktop.subjects import sealing

    if sealing.pending(ctx) and ctx.has_key():
        sealing.seal_pending(ctx)
