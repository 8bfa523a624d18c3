"""Personnel-card photos: a chosen PNG or JPEG copied into the store (attachments/employees/).

The card keeps the copy's name relative to the attachments folder (`photo_file`, a synced field). A
new photo gets a new name (its content hash), so a card saved elsewhere never points at a half
replaced file; the previous copy is removed once the card is saved.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from heemang_desktop.hr.employees import EmployeeInfo, _load, info
from heemang_desktop.store.errors import ValidationError
from heemang_desktop.sync.outbox import record_change

FOLDER = "employees"
MAX_BYTES = 5 * 1024 * 1024
SIGNATURES = {b"\x89PNG\r\n\x1a\n": ".png", b"\xff\xd8\xff": ".jpg"}


def _kind(path: Path) -> str:
    """The file's extension by its content; ValidationError (Korean) for anything but a PNG/JPEG under 5 MB."""
    if not path.is_file():
        raise ValidationError(f"사진 파일이 없습니다: {path.name}", "사진")
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise ValidationError(f"사진은 5MB 이하여야 합니다 ({size / 1024 / 1024:.1f}MB): {path.name}", "사진")
    with path.open("rb") as fh:
        head = fh.read(8)
    for signature, ext in SIGNATURES.items():
        if head.startswith(signature):
            return ext
    raise ValidationError(f"PNG 또는 JPEG 사진만 넣을 수 있습니다: {path.name}", "사진")


def set_photo(ctx, employee_id: str, source: Path) -> EmployeeInfo:
    """Copy `source` into the store as the card's photo and record the change."""
    actor = ctx.require_actor()
    source = Path(source)
    ext = _kind(source)
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    name = f"{FOLDER}/{employee_id}-{digest}{ext}"
    target = ctx.paths.attachments / name
    target.parent.mkdir(parents=True, exist_ok=True)
    copied = not target.exists()
    if copied:
        shutil.copyfile(source, target)
    try:
        with ctx.transaction() as session:
            row = _load(ctx, session, employee_id)
            previous = row.photo_file
            if previous != name:
                row.photo_file = name
                record_change(session, row, actor.login_id)
            card = info(row)
    except BaseException:
        if copied:
            target.unlink(missing_ok=True)
        raise
    if previous and previous != name:
        (ctx.paths.attachments / previous).unlink(missing_ok=True)
    return card


def photo_bytes(ctx, employee_id: str) -> bytes | None:
    """The card's photo for a preview; None when it has none (or its file is gone)."""
    with ctx.store.session() as session:
        name = _load(ctx, session, employee_id).photo_file
    path = ctx.paths.attachments / name if name else None
    return path.read_bytes() if path is not None and path.is_file() else None
