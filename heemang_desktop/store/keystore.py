"""Secrets in the OS keyring (Windows Credential Manager, macOS Keychain, Secret Service).

Never falls back to a file: when no safe backend exists the user is told what to do.
"""

from __future__ import annotations

from heemang_desktop.store.errors import HeemangError

SERVICE = "heemang-desktop"


class KeyringUnavailable(HeemangError):
    def __init__(self, detail: str = ""):
        super().__init__(
            "운영체제의 암호 저장소(키링)를 쓸 수 없습니다. 개인정보 암호화 열쇠와 비밀번호는 "
            "평문 파일에 저장하지 않으므로, Windows 자격 증명 관리자나 macOS 키체인, "
            "Linux의 GNOME 키링(Secret Service)을 켠 뒤 다시 실행하세요."
            + (f"\n({detail})" if detail else "")
        )


def _backend():
    import keyring

    backend = keyring.get_keyring()
    cls = type(backend)
    name = f"{cls.__module__}.{cls.__name__}"
    # keyrings.alt's file stores keep secrets readable on disk: treat them as no keyring at all.
    if name.startswith("keyring.backends.fail") or "Plaintext" in cls.__name__ or cls.__module__.startswith(
        "keyrings.alt"
    ):
        raise KeyringUnavailable(name)
    return backend


def check_available() -> None:
    """Raise KeyringUnavailable now, before a user fills in a form whose save needs the keyring
    (a PC without one learned it only after the setup form was complete)."""
    get_secret("availability-check")


def get_secret(name: str) -> str | None:
    from keyring.errors import KeyringError

    try:
        return _backend().get_password(SERVICE, name)
    except KeyringError as exc:
        raise KeyringUnavailable(type(exc).__name__) from exc


def set_secret(name: str, value: str) -> None:
    from keyring.errors import KeyringError

    try:
        _backend().set_password(SERVICE, name, value)
    except KeyringError as exc:
        raise KeyringUnavailable(type(exc).__name__) from exc


def delete_secret(name: str) -> None:
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        _backend().delete_password(SERVICE, name)
    except PasswordDeleteError:
        pass
    except KeyringError as exc:
        raise KeyringUnavailable(type(exc).__name__) from exc
