"""Resolution attachments: kept by content hash under the resolution's folder, checked by content,
nothing kept when a save is refused, and a synced attachment list never names a file elsewhere."""

from __future__ import annotations

import json
from datetime import date

import pytest
from acc_helpers import PAID, budget, expense
from sqlalchemy import update

from PySide6.QtGui import QColor, QImage

from heemang_desktop.accounting import attachments
from heemang_desktop.accounting.lines import LineInput
from heemang_desktop.accounting.models import Resolution
from heemang_desktop.accounting.resolutions import ResolutionInput, get_resolution, save_resolution
from heemang_desktop.store.errors import ValidationError


@pytest.fixture
def funded(ctx):
    budget(ctx, {"131": 1_000_000})
    return ctx


def files_under(folder):
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


def png(path):
    img = QImage(20, 20, QImage.Format.Format_RGB32)
    img.fill(QColor("#abc"))
    assert img.save(str(path), "PNG")
    return path


def stored(ctx, resolution_id):
    with ctx.store.session() as s:
        return s.get(Resolution, resolution_id).attachments


def test_evidence_files_are_kept_by_content_with_their_names_shown(funded, tmp_path):
    pdf = tmp_path / "영수증.pdf"
    pdf.write_bytes(b"%PDF-1.4 receipt")
    hwp = tmp_path / "품의서.hwp"
    hwp.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    photo = png(tmp_path / "사진.png")
    v = expense(funded, "소모품", [("131", 10_000)], add_attachments=[str(pdf), str(hwp), str(photo)])
    assert v.attachments == ("영수증.pdf", "품의서.hwp", "사진.png")
    entries = json.loads(stored(funded, v.id))
    assert [e["file"].rsplit(".", 1)[1] for e in entries] == ["pdf", "hwp", "png"]
    root = funded.paths.attachments
    assert attachments.entry_file(root, v.id, entries[0]).read_bytes() == b"%PDF-1.4 receipt"
    assert len(files_under(root / "resolution" / v.id)) == 3


@pytest.mark.parametrize("name, content", [
    ("영수증.pdf", b"plain text named like a PDF"),
    ("사진.png", b"\x89PNG\r\n\x1a\nnot an image"),
    ("문서.exe", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 10),  # an OLE container, but not a document kind
])
def test_files_that_are_not_evidence_are_refused_and_nothing_is_kept(funded, tmp_path, name, content):
    good = tmp_path / "ok.pdf"
    good.write_bytes(b"%PDF-1.4 fine")
    bad = tmp_path / name
    bad.write_bytes(content)
    with pytest.raises(ValidationError, match="첨부할 수 없는 파일입니다"):
        expense(funded, "소모품", [("131", 10_000)], add_attachments=[str(good), str(bad)])
    assert files_under(funded.paths.attachments) == []


def test_a_refused_save_removes_the_copies_it_made(funded, tmp_path):
    pdf = tmp_path / "영수증.pdf"
    pdf.write_bytes(b"%PDF-1.4 receipt")
    with pytest.raises(ValidationError):  # over budget: refused after the copy was made
        expense(funded, "소모품", [("131", 5_000_000)], add_attachments=[str(pdf)])
    assert files_under(funded.paths.attachments) == []


def test_a_synced_attachment_list_never_names_a_file_elsewhere(funded, tmp_path):
    sentinel = tmp_path / "sentinel.pdf"
    sentinel.write_bytes(b"%PDF-1.4 keep")
    v = expense(funded, "소모품", [("131", 10_000)])
    hostile = [str(sentinel), "../../heemang.sqlite3", {"name": "a\u202egnp.exe", "file": "../../heemang.sqlite3"},
               {"name": "x" * 5000, "file": "C:\\Windows\\win.ini"}, 42, "보통.pdf"]
    with funded.transaction() as s:
        s.execute(update(Resolution).where(Resolution.id == v.id).values(attachments=json.dumps(hostile)))
    root = funded.paths.attachments
    assert [attachments.entry_file(root, v.id, e) for e in hostile[:5]] == [None] * 5
    assert attachments.entry_file(root, v.id, "보통.pdf") == root / "resolution" / v.id / "보통.pdf"  # first wave
    shown = get_resolution(funded, v.id).attachments
    assert shown[2] == "agnp.exe" and len(shown[3]) == 120 and shown[4] == "(알 수 없는 첨부)"

    pdf = tmp_path / "새 영수증.pdf"
    pdf.write_bytes(b"%PDF-1.4 new")
    data = ResolutionInput(kind="지출", resolution_date=date(2026, 9, 2), business_name="소모품",
                           lines=[LineInput("131", 10_000)], add_attachments=[str(pdf)], **PAID)
    edited = save_resolution(funded, data, v.id)  # attaching to the pulled list keeps it and adds one
    assert len(edited.attachments) == 7 and edited.attachments[-1] == "새 영수증.pdf"
    assert files_under(root) == [f"resolution/{v.id}/{json.loads(stored(funded, v.id))[-1]['file']}"]
    assert sentinel.read_bytes() == b"%PDF-1.4 keep" and funded.paths.database.is_file()
