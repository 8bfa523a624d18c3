"""Health notes reach only allowed roles (service level), and the database file holds no plain resident number."""

from __future__ import annotations

from datetime import datetime

import pytest
from subject_helpers import register

from heemang_desktop.store.errors import PermissionDenied
from heemang_desktop.subjects import service
from heemang_desktop.subjects.service import timeline


def test_role_without_health_access_gets_no_health_notes(ctx, as_role):
    card = register(ctx, health_notes="당뇨, 인슐린 투여")
    service.add_log(ctx, card.id, "간호일지", datetime(2026, 9, 2, 9, 0), "혈당 210")
    service.add_log(ctx, card.id, "생활일지", datetime(2026, 9, 2, 8, 0), "산책")
    assert service.get_subject(ctx, card.id).health_notes == "당뇨, 인슐린 투여"

    as_role("accountant")
    seen = service.get_subject(ctx, card.id)
    assert seen.health_notes is None and not seen.health_visible
    assert [g.log_type for g in service.list_logs(ctx, card.id)] == ["생활일지"]
    assert "혈당" not in repr(timeline(ctx, card.id))
    assert service.find_by_resident_number(ctx, "400101-2234567").health_notes is None
    with pytest.raises(PermissionDenied):
        service.add_log(ctx, card.id, "간호일지", datetime(2026, 9, 3, 9, 0), "x")
    with pytest.raises(PermissionDenied):
        service.update_subject(ctx, card.id, service.SubjectInput(name=card.name, health_notes="바꿈"))
    # editing the rest of the card without health access leaves the notes as they were
    service.update_subject(ctx, card.id, service.SubjectInput(name="김순자", notes="연락처 변경"))

    as_role("social_worker")
    assert service.get_subject(ctx, card.id).health_notes == "당뇨, 인슐린 투여"


def test_raw_database_files_hold_no_plain_resident_number(ctx, paths):
    numbers = ["400101-2234567", "451231-1987654", "020304-3123456"]
    for i, rrn in enumerate(numbers):
        register(ctx, f"대상자{i}", rrn, notes="메모")
    found = service.find_by_resident_number(ctx, numbers[1])
    assert found is not None
    raw = b"".join(p.read_bytes() for p in paths.data_dir.rglob("*.sqlite3*"))
    assert len(raw) > 0 and any(p.name.endswith("-wal") for p in paths.data_dir.rglob("*"))
    for rrn in numbers:
        for form in (rrn, rrn.replace("-", "")):
            assert form.encode() not in raw, form
            assert form.encode("utf-16-le") not in raw, form
    assert b"400101-2******" in raw  # the masked form is what is kept
