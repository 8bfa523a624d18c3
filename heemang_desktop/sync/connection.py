"""시험 연결: reach the central service, read its state, try the login, and say in Korean what failed
and what to do about it — for the sync settings dialog and the setup wizard, before anything is saved."""

from __future__ import annotations

from dataclasses import dataclass

from heemang_desktop.store.errors import ValidationError
from heemang_desktop.sync import errors
from heemang_desktop.sync.transport import Transport

OK, BAD_ADDRESS = "ok", "address"

# What each failure class means for the person at the PC, and what to do.
ADVICE = {
    BAD_ADDRESS: "주소를 확인하세요. 예: https://hope.example.go.kr",
    errors.OFFLINE: "서버에 닿지 않습니다. 인터넷 연결, 주소의 철자, 방화벽을 확인하세요. "
                    "그동안 입력한 내용은 이 PC에 저장되고 연결되면 보내집니다.",
    errors.MAINTENANCE: "중앙 서비스가 중단 기간입니다. 설정은 저장해 두고 기간이 끝나면 자동으로 보냅니다.",
    errors.AUTH: "시설코드, 사용자 ID, 비밀번호를 확인하세요. "
                 "계속 실패하면 중앙 서비스 관리자에게 계정을 확인받으세요.",
    errors.CERTIFICATE: "서버의 보안 인증서를 이 PC가 신뢰하지 않습니다. 주소가 맞는지 확인하고, 기관 내부 "
                        "인증서를 쓰는 경우 전산 담당자에게 인증서 설치를 요청하세요. 연결하지 않았습니다.",
    errors.THROTTLED: "로그인 시도가 너무 많아 잠시 막혔습니다. 안내된 시간이 지난 뒤 다시 시도하세요.",
    errors.SERVER: "중앙 서비스에 오류가 있습니다. 잠시 뒤 다시 시도하세요.",
    errors.PROTOCOL: "중앙 서비스가 아닌 곳이거나 호환되지 않는 버전입니다. 주소를 확인하세요.",
    errors.REFUSED: "중앙 서비스가 요청을 거절했습니다. 주소와 프로그램 버전을 확인하세요.",
}


@dataclass(frozen=True)
class ConnectionCheck:
    ok: bool
    kind: str  # OK, BAD_ADDRESS, or a sync error kind (errors.py)
    message: str  # what happened
    advice: str = ""  # what to do
    until: str | None = None  # the end of a maintenance window, when the server said

    @property
    def text(self) -> str:
        return f"{self.message}\n{self.advice}" if self.advice else self.message


def check_connection(url: str, facility_code: str, user_id: str, password: str,
                     timeout: tuple[float, float] = (5.0, 15.0)) -> ConnectionCheck:
    """Status, then login: nothing is stored (no token, no password, no settings)."""
    try:
        transport = Transport(url, timeout=timeout)
    except ValidationError as exc:
        return ConnectionCheck(False, BAD_ADDRESS, str(exc), ADVICE[BAD_ADDRESS])
    try:
        state = transport.status()
        if state.get("state") == "maintenance":
            until = state.get("until")
            return ConnectionCheck(False, errors.MAINTENANCE,
                                   "중앙 서비스 중단 기간입니다" + (f" ({until}까지)." if until else "."),
                                   ADVICE[errors.MAINTENANCE], until)
        if not (user_id and password):
            return ConnectionCheck(False, errors.AUTH, "서버에는 연결되었습니다. "
                                   "로그인하려면 사용자 ID와 비밀번호를 넣으세요.", ADVICE[errors.AUTH])
        transport.login(facility_code, user_id, password)
    except errors.SyncError as exc:
        until = exc.until
        message = str(exc) + (f" ({until}까지)" if until else "")
        return ConnectionCheck(False, exc.kind, message, ADVICE.get(exc.kind, ""), until)
    finally:
        transport.close()
    return ConnectionCheck(True, OK, "연결과 로그인을 확인했습니다.")
