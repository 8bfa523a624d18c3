"""Imported resolutions write their lines in bulk: the stored lines, the outbox payload and the
numbering are what saving the same resolution one by one gives."""

from __future__ import annotations

import json
from datetime import date

from acc_helpers import budget, expense
from openpyxl import Workbook
from sqlalchemy import select

from heemang_desktop.accounting.excel import import_resolutions
from heemang_desktop.accounting.lines import LineInput
from heemang_desktop.accounting.models import Resolution, ResolutionLine
from heemang_desktop.accounting.resolutions import ResolutionInput, save_resolution
from heemang_desktop.sync.models import OutboxEntry

HEAD = ["결의키", "구분", "결의일자", "사업명", "예산과목", "금액",
        "적요", "재원", "거래처", "거래처계좌", "결제방법", "비고"]
# Differ by nature between two saves of the same input.
_OWN = {"id", "seq", "number", "created_at", "updated_at", "import_key", "vendor_account_enc"}


def _book(path, keys: list[str]) -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(HEAD)
    for key in keys:
        ws.append([key, "지출", "2026-09-02", "어르신 나들이", "321", "1,234,000", "버스 임차", "보조금", "희망관광",
                   "110-123-456789", "계좌이체", "1/2"])
        ws.append([key, "지출", "2026-09-02", "어르신 나들이", "131", "40,000", "버스 임차", "보조금", "희망관광",
                   "110-123-456789", "계좌이체", "2/2"])
    wb.save(path)


def _payloads(ctx) -> dict[str, dict]:
    with ctx.transaction() as session:
        return {e.entity_id: json.loads(e.payload) for e in session.scalars(
            select(OutboxEntry).where(OutboxEntry.entity == "resolution").order_by(OutboxEntry.seq))}


def test_imported_payload_and_lines_match_a_saved_resolution(ctx, tmp_path):
    budget(ctx, {"131": 10_000_000, "321": 10_000_000})
    saved = save_resolution(ctx, ResolutionInput(
        kind="지출", resolution_date=date(2026, 9, 2), business_name="어르신 나들이", summary="버스 임차",
        funding_source="보조금", payment_method="계좌이체", vendor="희망관광", vendor_account="110-123-456789",
        lines=[LineInput("321", 1_234_000, "1/2"), LineInput("131", 40_000, "2/2")], import_key="X0"))
    _book(tmp_path / "a.xlsx", ["A1"])
    report = import_resolutions(ctx, tmp_path / "a.xlsx")
    assert report.ok and report.created == 1, report.summary_text()

    payloads = _payloads(ctx)
    direct = payloads.pop(saved.id)
    [(imported_id, imported)] = payloads.items()
    assert list(imported) == list(direct)  # same fields, same order
    assert {k: v for k, v in imported.items() if k not in _OWN | {"lines"}} == \
        {k: v for k, v in direct.items() if k not in _OWN | {"lines"}}
    assert [list(line) for line in imported["lines"]] == [list(line) for line in direct["lines"]]
    strip = lambda lines: [{k: v for k, v in line.items() if k not in ("id", "resolution_id")} for line in lines]  # noqa: E731
    assert strip(imported["lines"]) == strip(direct["lines"])
    with ctx.transaction() as session:
        stored = session.execute(select(ResolutionLine).where(ResolutionLine.resolution_id == imported_id)
                                 .order_by(ResolutionLine.position)).scalars().all()
        assert [{c: getattr(line, c) for c in imported["lines"][0]} for line in stored] == imported["lines"]
        assert all(line["resolution_id"] == imported_id for line in imported["lines"])


def test_import_numbers_after_saved_ones_and_dry_run_writes_no_lines(ctx, tmp_path):
    budget(ctx, {"131": 10_000_000, "321": 100_000_000})
    expense(ctx, "먼저 쓴 결의서", [("321", 1_000)])
    _book(tmp_path / "b.xlsx", ["B1", "B2", "B3"])
    dry = import_resolutions(ctx, tmp_path / "b.xlsx", dry_run=True)
    assert dry.ok and dry.created == 3 and not dry.saved
    with ctx.transaction() as session:
        assert session.query(ResolutionLine).count() == 1
    assert import_resolutions(ctx, tmp_path / "b.xlsx").created == 3
    expense(ctx, "나중에 쓴 결의서", [("321", 1_000)])
    with ctx.transaction() as session:
        rows = session.scalars(select(Resolution).order_by(Resolution.seq)).all()
        assert [r.number for r in rows] == [f"2026-지출-{i:04d}" for i in range(1, 6)]
        assert [r.import_key for r in rows] == [None, "B1", "B2", "B3", None]
        assert [len(r.lines) for r in rows] == [1, 2, 2, 2, 1]
    # Edited in the file: the imported lines are replaced through the ORM like any edit.
    wb = Workbook()
    ws = wb.active
    ws.append(HEAD)
    ws.append(["B2", "지출", "2026-09-02", "어르신 나들이", "321", "5,000", "버스 임차", "보조금", "희망관광",
               "110-123-456789", "계좌이체", ""])
    wb.save(tmp_path / "c.xlsx")
    assert import_resolutions(ctx, tmp_path / "c.xlsx").updated == 1
    with ctx.transaction() as session:
        b2 = session.scalar(select(Resolution).where(Resolution.import_key == "B2"))
        assert [(line.position, line.account_code, line.amount) for line in b2.lines] == [(1, "321", 5_000)]
        assert session.query(ResolutionLine).count() == 7
