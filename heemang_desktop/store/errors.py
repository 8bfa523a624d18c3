"""Errors the store raises, each with a message a user can act on (in Korean)."""

from __future__ import annotations


class HeemangError(Exception):
    """Base for errors shown to the user as they are."""


class StoreError(HeemangError):
    pass


class StoreNotInitialized(StoreError):
    def __init__(self, path):
        super().__init__(f"아직 설정되지 않은 데이터 폴더입니다: {path}\n먼저 초기 설정(init)을 하세요.")
        self.path = path


class AlreadyInitialized(StoreError):
    def __init__(self, path):
        super().__init__(f"이미 설정된 데이터베이스가 있습니다: {path}\n아무것도 바꾸지 않았습니다.")
        self.path = path


class NotAHeemangDatabase(StoreError):
    def __init__(self, path, detail: str):
        super().__init__(
            f"이 파일은 Heemang Desktop 데이터베이스가 아니거나 손상되었습니다: {path}\n({detail})\n"
            "파일을 덮어쓰지 않았습니다. 백업에서 복원하거나 다른 데이터 폴더를 지정하세요."
        )
        self.path = path


class NewerDatabase(StoreError):
    def __init__(self, path, revision: str):
        super().__init__(
            f"이 데이터베이스는 더 새로운 버전의 Heemang Desktop에서 만들어졌습니다: {path}\n"
            f"(스키마 {revision}) 프로그램을 최신 버전으로 업데이트한 뒤 여세요. 파일은 그대로 두었습니다."
        )
        self.path = path
        self.revision = revision


class MigrationFailed(StoreError):
    def __init__(self, path, backup, cause: Exception):
        super().__init__(
            f"데이터베이스를 새 버전에 맞게 바꾸지 못했습니다: {path}\n({type(cause).__name__}: {cause})\n"
            f"파일은 바꾸기 전 그대로이고, 바꾸기 전 백업도 있습니다: {backup}"
        )
        self.path = path
        self.backup = backup


class RestoreFailed(StoreError):
    """A failed migration left the file changed, and copying the backup back failed too."""

    def __init__(self, path, backup, detail: str):
        super().__init__(
            f"데이터베이스를 새 버전에 맞게 바꾸지 못했고, 바꾸기 전 백업으로 되돌리지도 못했습니다: {path}\n"
            f"({detail}) 이 파일로 작업하지 말고, 백업 파일을 지원 담당자와 함께 복원하세요: {backup}"
        )
        self.path = path
        self.backup = backup


class ValidationError(HeemangError):
    """Bad input from the user; `field` names the input when known."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field


class PermissionDenied(HeemangError):
    pass


class FolderBusy(StoreError):
    """Another process holds the data folder's lock (store/folder_lock.py); `holder` says who, when known."""

    def __init__(self, holder: dict | None):
        self.holder = holder
        owner = (holder or {}).get("owner")
        if owner == "gui":
            message = "창이 열려 있습니다: 창을 닫거나 창에서 하세요"
        elif owner == "cli":
            message = "다른 명령이 이 데이터 폴더에서 실행 중입니다: 그 명령이 끝난 뒤 다시 하세요"
        else:
            message = "다른 프로그램이 이 데이터 폴더를 쓰고 있습니다: 잠시 뒤 다시 하세요"
        super().__init__(message)


class StoreBusy(StoreError):
    """SQLite stayed locked past the busy timeout (another program or a long operation holds it)."""

    def __init__(self):
        super().__init__("다른 작업이 데이터베이스를 쓰고 있어 지금은 할 수 없습니다: 잠시 뒤 다시 하세요")


class StoreFull(StoreError):
    def __init__(self):
        super().__init__("디스크 공간이 부족해 저장하지 못했습니다: 공간을 비운 뒤 다시 하세요 "
                         "(저장하던 내용은 하나도 들어가지 않았습니다)")


class StoreReadOnly(StoreError):
    def __init__(self):
        super().__init__("데이터 폴더에 쓸 수 없어 저장하지 못했습니다: 폴더의 쓰기 권한을 확인하세요 "
                         "(저장하던 내용은 하나도 들어가지 않았습니다)")


class StoreIOError(StoreError):
    def __init__(self):
        super().__init__("데이터베이스 파일을 읽거나 쓰지 못했습니다: 디스크 상태를 확인한 뒤 다시 하세요")


class StoreNeedsUpgrade(StoreError):
    """A read-only open met a file that must be migrated first (that needs a writing open)."""

    def __init__(self, path):
        super().__init__(f"데이터베이스를 새 버전에 맞게 바꿔야 합니다: {path}\n창을 한 번 연 뒤 다시 하세요.")
        self.path = path


class BackupFailed(StoreError):
    def __init__(self, dest, detail: str, checked: bool = True):
        what = "백업 파일을 확인해 보니 온전하지 않아 버렸습니다" if checked else "백업하지 못했습니다"
        super().__init__(f"{what}: {dest}\n({detail}) 이전 백업은 그대로 두었습니다.")
        self.dest = dest
