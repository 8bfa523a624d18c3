"""Why a sync stopped, classified so the queue never wedges (architecture §6): each kind says what happens next."""

from __future__ import annotations

from heemang_desktop.store.errors import HeemangError

OFFLINE = "offline"  # network down, refused, timed out: retry with backoff
MAINTENANCE = "maintenance"  # 503: retry after Retry-After
SERVER = "server"  # other 5xx: retry with backoff
THROTTLED = "throttled"  # 429 (too many logins): retry after Retry-After, not sooner
AUTH = "auth"  # 401 and no password to log in again: the user must sign in
PROTOCOL = "protocol"  # a malformed or hostile answer: nothing is marked, retry later
REFUSED = "refused"  # another 4xx: a bug or an incompatible server; retry later, say why
CERTIFICATE = "certificate"  # the server's TLS certificate is not trusted: never sent to; retry later, say why
RETRYABLE = (OFFLINE, MAINTENANCE, SERVER, THROTTLED, PROTOCOL, REFUSED, CERTIFICATE)


class SyncError(HeemangError):
    kind = REFUSED

    def __init__(self, message: str, retry_after: float | None = None, until: str | None = None):
        super().__init__(message)
        self.retry_after = retry_after
        self.until = until


class Offline(SyncError):
    kind = OFFLINE


class Outage(SyncError):
    kind = MAINTENANCE


class ServerError(SyncError):
    kind = SERVER


class Throttled(SyncError):
    kind = THROTTLED


class AuthRequired(SyncError):
    kind = AUTH


class BadAnswer(SyncError):
    kind = PROTOCOL


class Refused(SyncError):
    kind = REFUSED


class Untrusted(SyncError):
    kind = CERTIFICATE
