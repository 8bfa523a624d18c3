"""HTTP to the central service (requests): timeouts on every call, answers classified into SyncErrors.

Plain HTTP is allowed only to a loopback address (tests, a server on the same PC); elsewhere HTTPS
with certificate checks, which requests does by default.
"""

from __future__ import annotations

import ipaddress
import json
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

from heemang_desktop.store.errors import ValidationError
from heemang_desktop.sync import errors, protocol

CONNECT_TIMEOUT = 5.0
READ_TIMEOUT = 60.0
MAX_RETRY_AFTER = 3600.0


def check_url(url: str) -> str:
    url = url.strip().rstrip("/")
    parts = urlsplit(url)
    if parts.scheme == "https" and parts.hostname:
        return url
    if parts.scheme == "http" and parts.hostname:
        host = parts.hostname
        try:
            loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
        except ValueError:
            loopback = False
        if loopback:
            return url
        raise ValidationError("중앙 서비스 주소는 https:// 로 시작해야 합니다 (http는 이 PC 안의 서버에만 허용).",
                              "server_url")
    raise ValidationError("중앙 서비스 주소가 올바르지 않습니다 (예: https://hope.example.go.kr).", "server_url")


def retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            seconds = (parsedate_to_datetime(value) - datetime.now(UTC)).total_seconds()
        except (TypeError, ValueError):
            return None
    return max(0.0, min(MAX_RETRY_AFTER, seconds))


class Transport:
    def __init__(self, base_url: str, timeout: tuple[float, float] = (CONNECT_TIMEOUT, READ_TIMEOUT)):
        import requests

        self.base_url = check_url(base_url)
        self.timeout = timeout
        self._http = requests.Session()
        self._http.headers["User-Agent"] = f"heemang-desktop sync/{protocol.PROTOCOL}"

    def close(self) -> None:
        self._http.close()

    def _call(self, method: str, path: str, token: str | None = None, content_type: str | None = None, **kw):
        return _answer(self._request(method, path, token, content_type, **kw))

    def _request(self, method: str, path: str, token: str | None = None, content_type: str | None = None, **kw):
        """The HTTP exchange with network failures classified; the status is the caller's to read."""
        import requests

        headers = {"Authorization": f"Bearer {token}"} if token else {}
        if content_type:
            headers["Content-Type"] = content_type
        try:
            r = self._http.request(method, self.base_url + protocol.PREFIX + path, headers=headers,
                                   timeout=self.timeout, allow_redirects=False, **kw)
        except requests.exceptions.SSLError as exc:  # before ConnectionError, which it also is
            raise errors.Untrusted("중앙 서비스의 보안 인증서를 신뢰할 수 없어 연결하지 않았습니다.") from exc
        except requests.Timeout as exc:
            raise errors.Offline("중앙 서비스가 제때 답하지 않습니다 (시간 초과).") from exc
        except requests.RequestException as exc:
            raise errors.Offline(f"중앙 서비스에 연결할 수 없습니다 ({type(exc).__name__}).") from exc
        return r

    def status(self) -> dict:
        try:
            return protocol.check_status(self._call("GET", "/status"))
        except protocol.ProtocolError as exc:
            raise errors.BadAnswer(f"잘못된 응답: {exc}") from exc

    def login(self, facility_code: str, user_id: str, password: str) -> str:
        try:
            body = self._call("POST", "/auth/token",
                              json={"facility_code": facility_code, "user_id": user_id, "password": password})
        except errors.AuthRequired as exc:
            raise errors.AuthRequired(
                "중앙 서비스 로그인 실패: 시설코드, 사용자 ID 또는 비밀번호가 맞지 않습니다.") from exc
        token = body.get("token") if isinstance(body, dict) else None
        if not isinstance(token, str) or not token:
            raise errors.BadAnswer("로그인 응답에 토큰이 없습니다.")
        return token

    def push(self, token: str, client_id: str, changes: list[dict]) -> object:
        data = json.dumps({"client_id": client_id, "changes": changes}, ensure_ascii=False,
                          separators=(",", ":")).encode("utf-8")
        return self._call("POST", "/sync/push", token, data=data, content_type="application/json")

    def pull(self, token: str, cursor: int, limit: int) -> object:
        return self._call("GET", "/sync/pull", token, params={"cursor": cursor, "limit": limit})

    def summary(self, token: str, exclude: dict[str, list[str]]) -> object:
        return self._call("POST", "/sync/summary", token, json={"exclude": exclude})

    # -- files records reference (sync/blobs.py) -------------------------------------------------
    def has_blob(self, token: str, sha256: str) -> bool:
        r = self._request("HEAD", protocol.BLOBS_PATH + sha256, token)
        if r.status_code in (200, 404):
            return r.status_code == 200
        _answer(r)  # raises: only 200 and 404 are answers here
        return False

    def put_blob(self, token: str, sha256: str, data: bytes) -> bool:
        """True when the service stored it now, False when it had it; FileRefused when it will not
        take this file (too large, the facility's space full): the record waits for the user."""
        r = self._request("PUT", protocol.BLOBS_PATH + sha256, token, "application/octet-stream", data=data)
        if r.status_code in (200, 201):
            return r.status_code == 201
        if r.status_code == 413:
            try:
                detail = r.json().get("detail")
            except (ValueError, AttributeError):
                detail = None
            raise FileRefused(detail if isinstance(detail, str) and detail else "파일이 받는 크기보다 큽니다.")
        _answer(r)
        return False

    def get_blob(self, token: str, sha256: str) -> bytes | None:
        r = self._request("GET", protocol.BLOBS_PATH + sha256, token)
        if r.status_code == 404:
            return None
        if r.status_code != 200:
            _answer(r)
        return r.content


class FileRefused(errors.Refused):
    """The central service will not take one file (its reason, Korean): that record is held, not the queue."""


def _answer(r) -> object:
    """An answer's JSON, or the SyncError its status means (503, 401, 5xx, 429, 413, other 4xx)."""
    code = r.status_code
    if code == 503:
        until = None
        try:
            until = r.json().get("until")
        except (ValueError, AttributeError):
            pass
        raise errors.Outage("중앙 서비스 중단 기간입니다.", retry_after(r.headers.get("Retry-After")),
                            until if isinstance(until, str) else None)
    if code == 401:
        raise errors.AuthRequired("중앙 서비스에 다시 로그인해야 합니다.")
    if code >= 500:
        raise errors.ServerError(f"중앙 서비스 오류 (HTTP {code}).", retry_after(r.headers.get("Retry-After")))
    if code == 429:  # the central service's login throttle or a busy server: wait as it says
        wait = retry_after(r.headers.get("Retry-After"))
        raise errors.Throttled(
            "중앙 서비스가 잠시 요청을 받지 않습니다 (로그인 시도가 너무 많음)"
            + (f": {int(wait // 60)}분 {int(wait % 60)}초 뒤에 다시 시도합니다." if wait is not None else "."),
            wait)
    if code == 413:
        raise errors.Refused("보낼 자료가 중앙 서비스가 받는 크기보다 큽니다 (HTTP 413).")
    if code != 200:
        raise errors.Refused(f"중앙 서비스가 요청을 거절했습니다 (HTTP {code}): {r.text[:200]}")
    try:
        return r.json()
    except ValueError as exc:
        raise errors.BadAnswer("중앙 서비스의 응답을 읽을 수 없습니다.") from exc
