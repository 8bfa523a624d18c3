"""Card photos: a PNG/JPEG under 5 MB that really decodes is stored under the card's own folder by its
content hash and recorded; anything else is refused in Korean, and a stored value is never a path."""

import hashlib
import json

import pytest
from hr_helpers import card
from sqlalchemy import select, update

from PySide6.QtGui import QColor, QImage

from heemang_desktop.hr import photos
from heemang_desktop.hr.employees import get_employee
from heemang_desktop.hr.models import Employee
from heemang_desktop.store.errors import ValidationError
from heemang_desktop.sync.models import OutboxEntry


def image(path, fmt="PNG", color="#4a7"):
    img = QImage(60, 80, QImage.Format.Format_RGB32)
    img.fill(QColor(color))
    assert img.save(str(path), fmt)
    return path


def files_under(folder):
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


def stored_value(ctx, employee_id, value):
    """What a pull does to the row: the synced field written as it came (no outbox entry)."""
    with ctx.transaction() as s:
        s.execute(update(Employee).where(Employee.id == employee_id).values(photo_file=value))


def test_a_photo_is_copied_into_the_store_by_content_and_recorded(ctx, tmp_path):
    e = card(ctx)
    data = image(tmp_path / "me.png").read_bytes()
    first = photos.set_photo(ctx, e.id, tmp_path / "me.png")
    assert first.photo_file == hashlib.sha256(data).hexdigest() + ".png"  # a reference, not a path
    stored = ctx.paths.attachments / "employees" / e.id / first.photo_file
    assert stored.read_bytes() == data
    assert photos.photo_bytes(ctx, e.id) == data
    with ctx.store.session() as s:
        payloads = [json.loads(p) for p in s.scalars(select(OutboxEntry.payload).where(OutboxEntry.entity_id == e.id))]
    assert payloads[-1]["photo_file"] == first.photo_file and len(payloads) == 2

    second = photos.set_photo(ctx, e.id, image(tmp_path / "new.jpg", "JPEG", "#a47"))
    assert second.photo_file.endswith(".jpg") and not stored.exists()  # the old copy is gone
    assert get_employee(ctx, e.id).photo_file == second.photo_file
    assert files_under(ctx.paths.attachments) == [f"employees/{e.id}/{second.photo_file}"]
    photos.set_photo(ctx, e.id, tmp_path / "new.jpg")  # the same photo again changes nothing
    with ctx.store.session() as s:
        assert len(list(s.scalars(select(OutboxEntry.seq).where(OutboxEntry.entity_id == e.id)))) == 3


@pytest.mark.parametrize("content, message", [
    (b"GIF89a....", "PNG 또는 JPEG 사진만 넣을 수 있습니다: "),
    (b"just some text, not a photo", "PNG 또는 JPEG 사진만 넣을 수 있습니다: "),
    (b"\x89PNG\r\n\x1a\n" + b"text after a PNG signature", "열 수 없는 그림"),  # magic bytes alone are not enough
    (b"\xff\xd8\xff\xe0" + b"\0" * 300, "열 수 없는 그림"),
    (b"\x89PNG\r\n\x1a\n" + b"\0" * (5 * 1024 * 1024), "5MB 이하"),
])
def test_other_files_are_refused_and_nothing_is_kept(ctx, tmp_path, content, message):
    e = card(ctx)
    f = tmp_path / "photo.png"
    f.write_bytes(content)
    with pytest.raises(ValidationError, match=message):
        photos.set_photo(ctx, e.id, f)
    assert get_employee(ctx, e.id).photo_file == ""
    assert files_under(ctx.paths.attachments) == []


def test_a_missing_file_is_named(ctx, tmp_path):
    with pytest.raises(ValidationError, match="사진 파일이 없습니다"):
        photos.set_photo(ctx, card(ctx).id, tmp_path / "none.png")


def test_a_failed_save_keeps_the_old_photo_and_leaves_no_new_file(ctx, tmp_path, monkeypatch):
    e = card(ctx)
    first = photos.set_photo(ctx, e.id, image(tmp_path / "a.png"))

    def refuse(*a, **k):
        raise ValidationError("저장 실패")

    monkeypatch.setattr(photos, "record_change", refuse)
    with pytest.raises(ValidationError, match="저장 실패"):
        photos.set_photo(ctx, e.id, image(tmp_path / "b.png", color="#123"))
    assert get_employee(ctx, e.id).photo_file == first.photo_file
    assert files_under(ctx.paths.attachments) == [f"employees/{e.id}/{first.photo_file}"]


@pytest.mark.parametrize("value", [
    "../heemang.sqlite3", "../../sentinel.txt", "{sentinel}", "employees/../../heemang.sqlite3",
    "C:\\Windows\\win.ini", "\\\\server\\share\\x.png", "a\0b.png", "x" * 5000, "..", "/",
    "employees/{other}-0123456789abcdef.png",  # another card's first-wave file
])
def test_a_synced_photo_value_that_is_a_path_is_never_read_or_deleted(ctx, tmp_path, value):
    sentinel = tmp_path / "sentinel.txt"
    sentinel.write_bytes(b"keep me")
    e, other = card(ctx), card(ctx, no="E002", name="이요양")
    other_file = ctx.paths.attachments / "employees" / f"{other.id}-0123456789abcdef.png"
    other_file.parent.mkdir(parents=True)
    image(other_file)
    stored_value(ctx, e.id, value.format(sentinel=sentinel, other=other.id))

    assert photos.photo_bytes(ctx, e.id) is None  # the preview reads nothing
    new = photos.set_photo(ctx, e.id, image(tmp_path / "new.png"))
    assert get_employee(ctx, e.id).photo_file == new.photo_file
    assert sentinel.read_bytes() == b"keep me" and other_file.is_file()
    assert ctx.paths.database.is_file()
    with ctx.store.session() as s:
        assert s.connection().exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"


def test_a_first_wave_photo_keeps_working_and_is_replaced(ctx, tmp_path):
    e = card(ctx)
    legacy = f"employees/{e.id}-0123456789abcdef.png"
    old = ctx.paths.attachments / legacy
    old.parent.mkdir(parents=True)
    image(old)
    stored_value(ctx, e.id, legacy)
    assert photos.photo_bytes(ctx, e.id) == old.read_bytes()
    new = photos.set_photo(ctx, e.id, image(tmp_path / "new.png", color="#321"))
    assert not old.exists() and photos.photo_bytes(ctx, e.id) == (tmp_path / "new.png").read_bytes()
    assert files_under(ctx.paths.attachments) == [f"employees/{e.id}/{new.photo_file}"]


def test_a_symlink_out_of_the_attachments_folder_is_refused(ctx, tmp_path):
    e = card(ctx)
    outside = tmp_path / "outside"
    outside.mkdir()
    (ctx.paths.attachments / "employees").mkdir(parents=True)
    (ctx.paths.attachments / "employees" / e.id).symlink_to(outside, target_is_directory=True)
    with pytest.raises(ValidationError, match="파일 참조가 올바르지 않아"):
        photos.set_photo(ctx, e.id, image(tmp_path / "new.png"))
    assert list(outside.iterdir()) == [] and get_employee(ctx, e.id).photo_file == ""
