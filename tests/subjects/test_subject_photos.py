"""Subject photos: checked by content (a text file or a 300 MB file is refused), stored under the
subject's own folder by content hash, the old copy removed after the save; a stored value is never a path."""

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import insert, update

from PySide6.QtGui import QColor, QImage

from heemang_desktop.store.errors import ValidationError
from heemang_desktop.subjects import service
from heemang_desktop.subjects.models import Subject


def image(path, fmt="PNG", color="#4a7"):
    img = QImage(40, 40, QImage.Format.Format_RGB32)
    img.fill(QColor(color))
    assert img.save(str(path), fmt)
    return path


def files_under(folder):
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


def test_photo_is_stored_by_content_and_replaced_without_orphans(ctx, subject, tmp_path):
    png = image(tmp_path / "a.png")
    first = service.set_photo(ctx, subject.id, png)
    assert first.photo_path == hashlib.sha256(png.read_bytes()).hexdigest() + ".png"
    assert service.photo_file(ctx, subject.id).read_bytes() == png.read_bytes()
    second = service.set_photo(ctx, subject.id, image(tmp_path / "b.bmp", "BMP"))
    assert second.photo_path.endswith(".bmp")
    assert files_under(ctx.paths.attachments) == [f"subjects/{subject.id}/{second.photo_path}"]


@pytest.mark.parametrize("name, content, message", [
    ("note.png", b"this is a text file named like a photo", "PNG 또는 JPEG 또는 BMP 사진만"),
    ("fake.jpg", b"\xff\xd8\xff\xe0 not really a jpeg", "열 수 없는 그림"),
    ("huge.png", None, "5MB 이하"),
])
def test_files_that_are_not_photos_are_refused_and_nothing_is_kept(ctx, subject, tmp_path, name, content, message):
    f = tmp_path / name
    if content is None:  # 300 MB, sparse: refused from its size without being read
        with f.open("wb") as fh:
            fh.write(b"\x89PNG\r\n\x1a\n")
            fh.truncate(300 * 1024 * 1024)
    else:
        f.write_bytes(content)
    with pytest.raises(ValidationError, match=message):
        service.set_photo(ctx, subject.id, f)
    assert service.get_subject(ctx, subject.id).photo_path == ""
    assert files_under(ctx.paths.attachments) == []


@pytest.mark.parametrize("value", ["../heemang.sqlite3", "{sentinel}", "subjects/../../heemang.sqlite3", "C:\\x.png"])
def test_a_synced_photo_path_is_never_read_or_deleted(ctx, subject, tmp_path, value):
    sentinel = tmp_path / "sentinel.png"
    image(sentinel)
    with ctx.transaction() as s:
        s.execute(update(Subject).where(Subject.id == subject.id).values(photo_path=value.format(sentinel=sentinel)))
    assert service.photo_file(ctx, subject.id) is None
    service.set_photo(ctx, subject.id, image(tmp_path / "new.png", color="#222"))
    assert sentinel.is_file() and ctx.paths.database.is_file()


def test_a_first_wave_photo_keeps_working(ctx, subject, tmp_path):
    old = ctx.paths.attachments / "subjects" / f"{subject.id}.jpg"
    old.parent.mkdir(parents=True)
    image(old, "JPEG")
    with ctx.transaction() as s:
        s.execute(update(Subject).where(Subject.id == subject.id).values(photo_path=f"subjects/{subject.id}.jpg"))
    assert service.photo_file(ctx, subject.id) == old
    service.set_photo(ctx, subject.id, image(tmp_path / "new.png"))
    assert not old.exists()


def test_a_subject_whose_id_is_a_path_gets_no_file(ctx, tmp_path):
    bad = "/some/path"  # pulled as an id, it made the old code write /some/path.png
    with ctx.transaction() as s:  # written as a pull would, past the local input checks
        s.execute(insert(Subject).values(id=bad, facility_id=ctx.facility.id, name="가짜", photo_path="",
                                         no_kin=False))
    with pytest.raises(ValidationError, match="UUID"):
        service.set_photo(ctx, bad, image(tmp_path / "new.png"))
    assert not Path("/some").exists() and files_under(ctx.paths.attachments) == []
