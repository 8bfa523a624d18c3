"""Personnel-card photos: a chosen PNG or JPEG copied into the store (attachments/employees/<card id>/).

The card keeps a reference, not a path: `photo_file` is the photo's SHA-256 and extension, a synced
field the app maps to a file under the card's own folder (store/safe_files.py), so a value from
another PC can never name a file elsewhere. A new photo gets a new name, so a card saved elsewhere
never points at a half-written file; the previous copy is removed once the card is saved.
"""

from __future__ import annotations

from pathlib import Path

from heemang_desktop.hr.employees import EmployeeInfo, _load, info
from heemang_desktop.store import safe_files
from heemang_desktop.sync.outbox import record_change

FOLDER = "employees"
MAX_BYTES = 5 * 1024 * 1024
KINDS = {"png", "jpg"}
LEGACY = r"employees/{id}-[0-9a-f]{16}\.(png|jpg)"  # first-wave values: employees/<card id>-<hash>.ext


def set_photo(ctx, employee_id: str, source: Path) -> EmployeeInfo:
    """Copy `source` into the store as the card's photo and record the change."""
    actor = ctx.require_actor()
    data, ext = safe_files.checked_image(source, KINDS, MAX_BYTES)
    root = ctx.paths.attachments
    with ctx.store.session() as session:
        employee_id = _load(ctx, session, employee_id).id
    ref, target, written = safe_files.store_owned(root, FOLDER, employee_id, data, ext)
    try:
        with ctx.transaction() as session:
            row = _load(ctx, session, employee_id)
            previous = safe_files.stored_file(root, FOLDER, row.id, row.photo_file, LEGACY)
            if row.photo_file != ref:
                row.photo_file = ref
                record_change(session, row, actor.login_id)
            card = info(row)
    except BaseException:
        if written:
            safe_files.remove_quietly(target)
        raise
    if previous != target:
        safe_files.remove_quietly(previous)
    return card


def photo_path(ctx, employee_id: str, photo_file: str) -> Path | None:
    """The file a card's `photo_file` names, or None (no photo, or a value naming no file of this card)."""
    return safe_files.stored_file(ctx.paths.attachments, FOLDER, employee_id, photo_file, LEGACY)


def photo_bytes(ctx, employee_id: str) -> bytes | None:
    """The card's photo for a preview; None when it has none (or its file is gone or not a photo)."""
    with ctx.store.session() as session:
        row = _load(ctx, session, employee_id)
        path = photo_path(ctx, row.id, row.photo_file)
    if path is None or not path.is_file():
        return None
    with path.open("rb") as fh:
        data = fh.read(MAX_BYTES + 1)
    return data if len(data) <= MAX_BYTES else None
