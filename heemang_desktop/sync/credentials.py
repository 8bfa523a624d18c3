"""Where the sync login lives: server URL and user id in settings, password and token in the OS keyring."""

from __future__ import annotations

from dataclasses import dataclass

from heemang_desktop.store import keystore
from heemang_desktop.store.errors import ValidationError
from heemang_desktop.sync.transport import check_url


@dataclass(frozen=True)
class Account:
    server_url: str
    facility_code: str
    user_id: str

    @property
    def password_secret(self) -> str:
        return f"sync-password/{self.facility_code}/{self.user_id}@{self.server_url}"

    @property
    def token_secret(self) -> str:
        return f"sync-token/{self.facility_code}/{self.user_id}@{self.server_url}"


def account_of(ctx, server_url: str | None = None, user_id: str | None = None) -> Account:
    url = server_url or ctx.settings.server_url
    user = user_id or ctx.settings.extra.get("sync_user")
    if not url:
        raise ValidationError("중앙 서비스 주소가 설정되지 않았습니다. 동기화 로그인에서 주소를 입력하세요.",
                              "server_url")
    if not user:
        raise ValidationError("중앙 서비스 사용자 ID가 설정되지 않았습니다. 동기화 로그인을 하세요.", "user_id")
    return Account(check_url(url), ctx.facility.code, user.strip())


def remember(ctx, account: Account, password: str | None = None) -> None:
    """Keep the server and user id in settings, and the password in the keyring when asked."""
    ctx.settings.server_url = account.server_url
    ctx.settings.extra["sync_user"] = account.user_id
    ctx.settings.save(ctx.paths)
    if password:
        keystore.set_secret(account.password_secret, password)


class Credentials:
    """Password (given, or from the keyring) and the current token (memory, and the keyring when there is one)."""

    def __init__(self, account: Account, password: str | None = None):
        """A `password` given for this run is checked by logging in before anything is sent, never
        bypassed by the token an earlier login left in the keyring."""
        self.account = account
        self._password = password
        self._token: str | None = None

    def password(self) -> str | None:
        if self._password:
            return self._password
        try:
            return keystore.get_secret(self.account.password_secret)
        except keystore.KeyringUnavailable:
            return None

    def token(self) -> str | None:
        if self._token is None and self._password is None:
            try:
                self._token = keystore.get_secret(self.account.token_secret)
            except keystore.KeyringUnavailable:
                pass
        return self._token

    def set_token(self, token: str | None) -> None:
        self._token = token
        try:
            if token:
                keystore.set_secret(self.account.token_secret, token)
            else:
                keystore.delete_secret(self.account.token_secret)
        except keystore.KeyringUnavailable:
            pass  # a headless site without a keyring logs in again next time
