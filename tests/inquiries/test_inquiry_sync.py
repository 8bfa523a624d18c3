"""An inquiry composed while the central service is in maintenance is queued, sent when it reopens,
and the desk's reply, written on the service, is pulled and shown with the inquiry."""

from __future__ import annotations

import sqlite3

import pytest
from harness_central import CentralServer, db_url_for
from sync_helpers import engine_for

from heemang_desktop.app import SetupInput, initialize
from heemang_desktop.central import replies
from heemang_desktop.central.security import PiiVault
from heemang_desktop.inquiries import service
from heemang_desktop.inquiries.guard import PHONE, RESIDENT
from heemang_desktop.settings import Paths


@pytest.fixture
def central(tmp_path):
    server = CentralServer(db_url_for("sqlite", tmp_path)).start()
    server.add_user()
    yield server
    server.stop()


def _draft(**kw) -> service.InquiryDraft:
    base = dict(title="결의서 출력 시 글자가 잘립니다", kind="시스템오류", category="회계 > 품의·결의서",
                content="지출결의서 2026-지출-0042 를 인쇄하면 적요가 잘립니다. 금액 1,234,567원.",
                private="대상자 김영희 900101-2345678, 보호자 010-1234-5678")
    return service.InquiryDraft(**{**base, **kw})


def test_composed_in_maintenance_queued_sent_on_reopening_and_the_reply_pulled(ctx, central):
    central.maintenance(True, "2026-09-05T18:00:00+09:00")
    row = service.submit_inquiry(ctx, _draft())
    during = engine_for(ctx, central.url).run_once()
    assert during.state == "maintenance" and during.queued == 1
    (listed,) = service.list_inquiries(ctx)
    assert (listed.status, listed.sent, listed.has_private) == ("전송 대기", False, True)

    central.maintenance(False)
    report = engine_for(ctx, central.url).run_once()
    assert report.drained and report.pushed == {"applied": 1}, report
    (listed,) = service.list_inquiries(ctx)
    assert (listed.status, listed.sent) == ("접수", True)

    vault = PiiVault(central.key)
    with central.engine.begin() as conn:
        (received,) = replies.inquiries(conn, vault, "K0161")
        assert received["title"] == "결의서 출력 시 글자가 잘립니다"
        assert received["private"] == "대상자 김영희 900101-2345678, 보호자 010-1234-5678"  # the desk reads it
        replies.reply(conn, vault, "K0161", row.id, "인쇄 설정에서 '여백 줄이기'를 켜 주세요.", replied_by="상담원 박")

    pulled = engine_for(ctx, central.url).run_once()
    assert pulled.drained and pulled.pulled["applied"] >= 1 and pulled.sanity == [], pulled
    (listed,) = service.list_inquiries(ctx)
    assert listed.status == "답변 완료"
    assert [(r.body, r.replied_by) for r in listed.replies] == [
        ("인쇄 설정에서 '여백 줄이기'를 켜 주세요.", "상담원 박")]


def _raw_files(folder) -> bytes:
    """Every byte the store keeps on disk: the database, its -wal, backups, the log."""
    return b"".join(f.read_bytes() for f in folder.rglob("*") if f.is_file())


def test_the_private_field_is_sealed_at_rest_on_both_sides_and_a_second_pc_reads_it(ctx, central, paths, tmp_path):
    service.submit_inquiry(ctx, _draft())
    assert engine_for(ctx, central.url).run_once().drained
    with sqlite3.connect(paths.database) as db:
        stored = db.execute("select private_enc, private_masked from inquiry").fetchone()
    assert stored[0].startswith("v1:") and stored[1] == "비공개 정보 있음"
    raw = _raw_files(paths.data_dir)
    assert b"900101-2345678" not in raw and b"010-1234-5678" not in raw
    assert service.private_text(ctx, service.list_inquiries(ctx)[0].id).startswith("대상자 김영희 900101")

    other = initialize(Paths(tmp_path / "pc2"), SetupInput(
        facility_code="K0161", facility_name="희망요양원", facility_type="노인요양시설",
        user_id="lee", user_name="이사무", role="관리자")).context
    try:
        pulled = engine_for(other, central.url).run_once()
        assert pulled.drained and pulled.sanity == [], pulled
        (row,) = service.list_inquiries(other)
        assert row.has_private
        assert service.private_text(other, row.id) == "대상자 김영희 900101-2345678, 보호자 010-1234-5678"
        assert b"900101-2345678" not in _raw_files(tmp_path / "pc2")  # sealed again with its own key
    finally:
        other.close()
    server_file = central.db_url.removeprefix("sqlite:///")
    with sqlite3.connect(server_file) as db:
        payloads = [r[0] for r in db.execute("select payload from central_entity where entity = 'inquiry'")]
    assert payloads and all("900101" not in p and "010-1234-5678" not in p for p in payloads)


def test_the_guard_blocks_queueing_with_the_spans_and_saves_nothing(ctx, central):
    with pytest.raises(service.Blocked) as caught:
        service.submit_inquiry(ctx, _draft(title="  홍길동 900101-1234567 문의", content="연락 010-2222-3333 주세요"))
    found = caught.value.found
    assert [(s.start, s.end, s.kind) for s in found["title"]] == [(6, 20, RESIDENT)]  # in the title as typed
    assert [s.kind for s in found["content"]] == [PHONE]
    assert "제목: 주민등록번호 1건" in str(caught.value)
    assert service.list_inquiries(ctx) == []
    assert engine_for(ctx, central.url).run_once().pushed == {}
