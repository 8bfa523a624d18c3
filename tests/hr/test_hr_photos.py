"""Card photos: a PNG/JPEG under 5 MB is copied into the store and recorded; anything else is refused in Korean."""

import json

import pytest
from hr_helpers import card
from PySide6.QtGui import QColor, QImage
from sqlalchemy import select

from heemang_desktop.hr import photos
from heemang_desktop.hr.employees import get_employee
from heemang_desktop.store.errors import ValidationError
from heemang_desktop.sync.models import OutboxEntry


def image(path, fmt="PNG", color="#4a7"):
    img = QImage(60, 80, QImage.Format.Format_RGB32)
    img.fill(QColor(color))
    assert img.save(str(path), fmt)
    return path


def test_a_photo_is_copied_into_the_store_and_recorded(ctx, tmp_path):
    e = card(ctx)
    first = photos.set_photo(ctx, e.id, image(tmp_path / "me.png"))
    assert first.photo_file.startswith("employees/") and first.photo_file.endswith(".png")
    stored = ctx.paths.attachments / first.photo_file
    assert stored.read_bytes() == (tmp_path / "me.png").read_bytes()
    assert photos.photo_bytes(ctx, e.id) == stored.read_bytes()
    with ctx.store.session() as s:
        payloads = [json.loads(p) for p in s.scalars(select(OutboxEntry.payload).where(OutboxEntry.entity_id == e.id))]
    assert payloads[-1]["photo_file"] == first.photo_file and len(payloads) == 2

    second = photos.set_photo(ctx, e.id, image(tmp_path / "new.jpg", "JPEG", "#a47"))
    assert second.photo_file.endswith(".jpg") and not stored.exists()  # the old copy is gone
    assert get_employee(ctx, e.id).photo_file == second.photo_file
    photos.set_photo(ctx, e.id, tmp_path / "new.jpg")  # the same photo again changes nothing
    with ctx.store.session() as s:
        assert len(list(s.scalars(select(OutboxEntry.seq).where(OutboxEntry.entity_id == e.id)))) == 3


@pytest.mark.parametrize("content, message", [
    (b"GIF89a....", "PNG 또는 JPEG 사진만"),
    (b"\x89PNG\r\n\x1a\n" + b"\0" * (5 * 1024 * 1024), "5MB 이하"),
])
def test_other_files_are_refused_and_nothing_is_kept(ctx, tmp_path, content, message):
    e = card(ctx)
    f = tmp_path / "photo.png"
    f.write_bytes(content)
    with pytest.raises(ValidationError, match=message):
        photos.set_photo(ctx, e.id, f)
    assert get_employee(ctx, e.id).photo_file == ""
    assert not (ctx.paths.attachments / photos.FOLDER).exists() or not any((ctx.paths.attachments / photos.FOLDER).iterdir())


def test_a_missing_file_is_named(ctx, tmp_path):
    with pytest.raises(ValidationError, match="사진 파일이 없습니다"):
        photos.set_photo(ctx, card(ctx).id, tmp_path / "none.png")
