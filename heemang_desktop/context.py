"""What a service call needs: the open store, the facility, who is working, and the field cipher."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy.orm import Session

from heemang_desktop.settings import Paths, Settings
from heemang_desktop.store import crypto, keystore
from heemang_desktop.store.errors import PermissionDenied
from heemang_desktop.store.store import Store


@dataclass(frozen=True)
class Actor:
    login_id: str
    name: str
    role: str


@dataclass(frozen=True)
class FacilityInfo:
    id: str
    code: str
    name: str
    type: str


def key_secret_name(store_id: str) -> str:
    return f"store-key/{store_id}"


class AppContext:
    """One open facility store. Like its Store, it belongs to one thread."""

    def __init__(self, paths: Paths, store: Store, facility: FacilityInfo, settings: Settings):
        self.paths = paths
        self.store = store
        self.facility = facility
        self.settings = settings
        self.actor: Actor | None = None
        self._cipher: crypto.FieldCipher | None = None
        self.folder_lock = None  # a FolderLock this context holds for its life (writing CLI commands)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        with self.store.transaction() as session:
            yield session

    def require_actor(self) -> Actor:
        if self.actor is None:
            raise PermissionDenied("작업하는 사용자가 정해지지 않았습니다. 먼저 로그인하세요.")
        return self.actor

    @property
    def store_id(self) -> str:
        return self.store.meta("store_id") or ""

    @property
    def cipher(self) -> crypto.FieldCipher:
        """The field cipher, its key read from the keyring on first use (never written elsewhere)."""
        if self._cipher is None:
            encoded = keystore.get_secret(key_secret_name(self.store_id))
            if encoded is None:
                raise crypto.KeyMissing()
            master = bytes.fromhex(encoded)
            if crypto.key_check(master) != self.store.meta("key_check"):
                raise crypto.KeyMissing()
            self._cipher = crypto.FieldCipher(master)
        return self._cipher

    def has_key(self) -> bool:
        try:
            _ = self.cipher  # loads the key from the keyring, or raises KeyMissing
        except crypto.KeyMissing:
            return False
        return True

    def unlock(self, recovery_code: str) -> None:
        """Put this store's key back into the keyring from its recovery code (new PC, lost keyring)."""
        master = crypto.key_from_recovery_code(recovery_code)
        if crypto.key_check(master) != self.store.meta("key_check"):
            raise crypto.BadRecoveryCode("이 데이터베이스의 복구 코드가 아닙니다")
        keystore.set_secret(key_secret_name(self.store_id), master.hex())
        self._cipher = crypto.FieldCipher(master)
        from heemang_desktop.subjects import sealing  # health text an upgrade set aside waited for this key

        sealing.seal_pending(self)

    def close(self) -> None:
        try:
            self.store.close()
        finally:
            if self.folder_lock is not None:
                self.folder_lock.release()
                self.folder_lock = None
