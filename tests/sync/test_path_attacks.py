"""No synced value is ever a path (issue 11): one client pushes every path-like value we can think of
as photo references, attachment lists and record ids through the reference central service; another
PC pulls them, then previews photos, sets new ones and attaches files. Nothing outside its data
folder is read, written or deleted, and its store stays whole. A value may be quarantined at the pull
or refused when used: both are fine, a path never is."""

from __future__ import annotations

import hashlib
import json
import os
import sys
import uuid
from pathlib import Path

import pytest
from harness_central import PASSWORD
from sqlalchemy import select
from sync_helpers import engine_for

from PySide6.QtGui import QColor, QImage

from heemang_desktop.accounting.lines import LineInput
from heemang_desktop.accounting.models import Resolution
from heemang_desktop.accounting.resolutions import ResolutionInput, get_resolution, save_resolution
from heemang_desktop.hr import photos
from heemang_desktop.hr.models import Employee
from heemang_desktop.store.base import new_id
from heemang_desktop.store.errors import HeemangError
from heemang_desktop.subjects import cards
from heemang_desktop.subjects.models import Subject
from heemang_desktop.sync.entities import to_wire
from heemang_desktop.sync.errors import Refused
from heemang_desktop.sync.models import OutboxEntry
from heemang_desktop.sync.transport import Transport

sys.path.insert(0, str(Path(__file__).parents[1] / "hr"))
sys.path.insert(0, str(Path(__file__).parents[1] / "accounting"))
from acc_helpers import budget, expense  # noqa: E402
from hr_helpers import card  # noqa: E402


def path_values(outside: Path) -> list[str]:
    return ["..", "../heemang.sqlite3", "../../heemang.sqlite3", "employees/../../heemang.sqlite3",
            str(outside / "sentinel.png"), str(outside), "/", "C:\\Windows\\win.ini", "C:x.png",
            "\\\\server\\share\\x.png", "//server/share/x.png", "a\x00b.png", "x" * 5000, "." + "/.." * 300,
            f"subjects/{uuid.uuid4()}.png", "0" * 64 + ".png/../../heemang.sqlite3"]


def id_values(outside: Path) -> list[str]:
    return [str(outside / "victim"), "../../victim", "..", "C:\\victim", "\\\\server\\share\\victim", "a\x00b",
            "v" * 5000, "/some/path"]


def png(path: Path, color: str = "#4a7") -> Path:
    img = QImage(30, 40, QImage.Format.Format_RGB32)
    img.fill(QColor(color))
    assert img.save(str(path), "PNG")
    return path


def snapshot(folder: Path) -> dict:
    """Every entry under `folder` with what it is and holds (symlinks not followed)."""
    out = {}
    for root, dirs, files in os.walk(folder, followlinks=False):
        for name in dirs + files:
            p = Path(root) / name
            st = p.lstat()
            digest = hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() and not p.is_symlink() else ""
            out[str(p.relative_to(folder))] = (st.st_mode, st.st_size, st.st_mtime_ns, digest)
    return out


def latest_wire(ctx, entity: str) -> dict:
    with ctx.store.session() as s:
        query = select(OutboxEntry).where(OutboxEntry.entity == entity).order_by(OutboxEntry.seq.desc())
        entry = s.scalars(query).first()
        return to_wire(entry, lambda: ctx.cipher)


def hostile_changes(ctx, outside: Path) -> list[dict]:
    """New records carrying path-like values, built from this PC's own well-formed changes."""
    employee, subject, resolution = (latest_wire(ctx, e) for e in ("employee", "subject", "resolution"))
    changes = []

    def change(base: dict, entity_id: str, **payload) -> None:
        body = {**base["payload"], **payload}
        if "id" in body:
            body["id"] = entity_id
        changes.append({**base, "change_id": str(uuid.uuid4()), "entity_id": entity_id, "op": "upsert",
                        "base_version": 0, "payload": body})

    for i, value in enumerate(path_values(outside)):
        change(employee, new_id(), photo_file=value, employee_no=f"X{i:03d}")
        change(subject, new_id(), photo_path=value, subject_no=f"S{i:03d}")
        rid = new_id()
        lines = [{**line, "id": new_id(), "resolution_id": rid} for line in resolution["payload"].get("lines", [])]
        change(resolution, rid, attachments=json.dumps([value, {"name": value[:50], "file": value}]),
               seq=100 + i, number=f"2026-지출-{100 + i:04d}", lines=lines, import_key=None)
    for i, value in enumerate(id_values(outside)):
        change(employee, value, employee_no=f"Y{i:03d}", photo_file="0" * 64 + ".png")
        change(subject, value, subject_no=f"T{i:03d}", photo_path="")
    return changes


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks need extra rights on Windows")
def test_path_like_values_pushed_by_one_pc_never_reach_outside_the_other_pcs_data_folder(ctx, central,
                                                                                         second_pc, tmp_path):
    outside = tmp_path / "outside"
    (outside / "linked").mkdir(parents=True)
    png(outside / "sentinel.png")
    (outside / "heemang.sqlite3").write_bytes(b"a decoy store")
    (second_pc.paths.data_dir.parent / "heemang.sqlite3").write_bytes(b"a decoy beside the data folder")

    # PC 1: real records of each kind, sent; then the hostile copies pushed as a client could.
    budget(ctx, {"131": 10_000_000})
    card(ctx)
    cards.register_subject(ctx, cards.SubjectInput(name="김순자"))
    expense(ctx, "소모품", [("131", 10_000)])
    assert engine_for(ctx, central.url).run_once().drained
    transport = Transport(central.url)
    token = transport.login("K0161", "sync", PASSWORD)
    statuses = []
    for change in hostile_changes(ctx, outside):  # one at a time: the service refuses a malformed request whole
        try:
            statuses += [r["status"] for r in transport.push(token, str(uuid.uuid4()), [change])["results"]]
        except Refused:
            statuses.append("refused")
    assert set(statuses) <= {"applied", "rejected", "refused"} and "applied" in statuses

    before = snapshot(tmp_path / "outside")

    # PC 2: pull everything (bad copies may be quarantined, the pull goes on) and use every record.
    engine_for(second_pc, central.url).run_once()
    budget(second_pc, {"131": 10_000_000})
    new_photo, receipt = png(tmp_path / "new.png", "#123"), tmp_path / "영수증.pdf"
    receipt.write_bytes(b"%PDF-1.4 receipt")
    with second_pc.store.session() as s:
        employees = list(s.scalars(select(Employee.id)))
        subjects = list(s.scalars(select(Subject.id)))
        resolutions = list(s.scalars(select(Resolution.id)))
    assert len(employees) > 1 and len(subjects) > 1 and len(resolutions) > 1  # some hostile copies did arrive
    legit = sorted(employees)[0]
    link = second_pc.paths.attachments / "employees"
    link.mkdir(parents=True, exist_ok=True)
    for eid in employees:
        if len(eid) == 36 and not (link / eid).exists() and eid != legit:
            (link / eid).symlink_to(outside / "linked", target_is_directory=True)  # a symlink out, for one card
            break

    used = {"photo": 0, "refused": 0}

    def use(fn, *args):
        try:
            fn(*args)
            used["photo"] += 1
        except HeemangError:
            used["refused"] += 1

    for eid in employees:
        assert photos.photo_bytes(second_pc, eid) is None  # the preview reads nothing it was pointed at
        use(photos.set_photo, second_pc, eid, new_photo)
    for sid in subjects:
        use(cards.photo_file, second_pc, sid)
        use(cards.set_photo, second_pc, sid, new_photo)
    for rid in resolutions:
        view = get_resolution(second_pc, rid)
        data = ResolutionInput(kind=view.kind, resolution_date=view.resolution_date, business_name=view.business_name,
                               lines=[LineInput(line.account_code, line.amount, line.note) for line in view.lines],
                               add_attachments=[str(receipt)], funding_source="보조금", payment_method="계좌이체")
        use(save_resolution, second_pc, data, rid)
    assert used["photo"] > len(employees)  # most uses went through: refusing everything would pass trivially

    assert snapshot(tmp_path / "outside") == before  # nothing outside read-and-changed, written or deleted
    assert list((outside / "linked").iterdir()) == []
    assert (second_pc.paths.data_dir.parent / "heemang.sqlite3").read_bytes() == b"a decoy beside the data folder"
    assert not Path("/some").exists() and not (tmp_path.parent / "victim").exists()
    for f in second_pc.paths.attachments.rglob("*"):  # every file it wrote is inside its attachments folder
        assert f.resolve().is_relative_to(second_pc.paths.attachments.resolve()) or f.is_symlink()
    with second_pc.store.session() as s:
        assert s.connection().exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        assert s.scalar(select(Employee.id).where(Employee.id == legit)) == legit
    assert second_pc.paths.database.is_file() and ctx.paths.database.is_file()
