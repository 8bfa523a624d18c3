"""An inquiry's attachments reach the central service before the inquiry: composed offline, queued,
sent on reopening with its screenshot byte for byte; sent once; a file the PC lost or the centre
will not take holds that inquiry with a Korean reason while the rest of the queue goes."""

from __future__ import annotations

import struct
import zlib

import pytest
from harness_central import CentralServer, db_url_for
from sync_helpers import engine_for

from heemang_desktop.central import blobs as central_blobs
from heemang_desktop.central import replies
from heemang_desktop.central.security import PiiVault
from heemang_desktop.inquiries import service
from heemang_desktop.inquiries.models import Inquiry
from heemang_desktop.sync import conflicts, errors, protocol
from heemang_desktop.sync.transport import Transport


@pytest.fixture(params=["sqlite", pytest.param("pg", marks=pytest.mark.postgres)])
def central(request, tmp_path):
    server = CentralServer(db_url_for(request.param, tmp_path)).start()
    server.add_user()
    yield server
    server.stop()


def png(width: int = 4, height: int = 3, shade: int = 0) -> bytes:
    """A small real PNG (the attachment check decodes pictures), like the composer's screenshot."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    rows = b"".join(b"\x00" + bytes((shade + x * 40) % 256 for x in range(width * 3)) for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


class Recorder(Transport):
    """The real transport, noting each file sent and each push, in order; `lose_answer` drops the
    answer to the next push after the centre stored it (as a cut connection would)."""

    def __init__(self, url: str):
        super().__init__(url, timeout=(2.0, 5.0))
        self.calls: list[tuple[str, str]] = []
        self.lose_answer = False

    def put_blob(self, token, sha256, data):
        self.calls.append(("put", sha256))
        return super().put_blob(token, sha256, data)

    def get_blob(self, token, sha256):
        self.calls.append(("get", sha256))
        return super().get_blob(token, sha256)

    def push(self, token, client_id, changes):
        self.calls.append(("push", ",".join(c["entity"] for c in changes)))
        body = super().push(token, client_id, changes)
        if self.lose_answer:
            self.lose_answer = False
            raise errors.Offline("answer lost")
        return body


def _engine(ctx, central, transport=None):
    engine = engine_for(ctx, central.url)
    if transport is not None:
        engine.transport = transport
    return engine


def _draft(files, **kw) -> service.InquiryDraft:
    return service.InquiryDraft(title=kw.get("title", "결의서 화면이 깨집니다"), kind="시스템오류",
                                content="지출결의서 화면의 표가 겹쳐 보입니다.",
                                attachments=tuple(str(f) for f in files))


def _on_centre(central, sha: str) -> bytes | None:
    with central.engine.connect() as conn:
        data = central_blobs.read(conn, protocol.facility_id("K0161"), sha)
    return None if data is None else bytes(data)


def _shas(ctx, inquiry_id: str) -> list[str]:
    with ctx.store.session() as s:
        row = s.get(Inquiry, inquiry_id)
        return [sha for sha, _, _ in Inquiry.sync_blobs({"id": row.id, "attachments": row.attachments},
                                                         ctx.paths.attachments)]


def test_screenshot_composed_offline_is_on_the_centre_byte_identical_before_the_inquiry(ctx, central, tmp_path):
    shot, form = tmp_path / "화면1.png", tmp_path / "설정.pdf"
    shot.write_bytes(png())
    form.write_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n")
    central.maintenance(True, "2026-09-05T18:00:00+09:00")
    row = service.submit_inquiry(ctx, _draft([shot, form]))
    during = _engine(ctx, central).run_once()
    assert during.state == "maintenance" and during.queued == 1

    central.maintenance(False)
    rec = Recorder(central.url)
    report = _engine(ctx, central, rec).run_once()
    assert report.drained and report.pushed == {"applied": 1}, report
    shot_sha, form_sha = _shas(ctx, row.id)
    assert rec.calls == [("put", shot_sha), ("put", form_sha), ("push", "inquiry")]  # the files first
    assert _on_centre(central, shot_sha) == shot.read_bytes()
    assert _on_centre(central, form_sha) == form.read_bytes()

    with central.engine.connect() as conn:  # what the desk lists for the inquiry
        (received,) = replies.inquiries(conn, PiiVault(central.key), "K0161")
    assert [(a["name"], a["sha256"]) for a in central_blobs.attachments(received)] == [
        ("화면1.png", shot_sha), ("설정.pdf", form_sha)]


def test_an_inquiry_sent_again_after_a_lost_answer_does_not_send_its_files_again(ctx, central, tmp_path):
    shot = tmp_path / "화면1.png"
    shot.write_bytes(png())
    service.submit_inquiry(ctx, _draft([shot]))
    rec = Recorder(central.url)
    rec.lose_answer = True
    first = _engine(ctx, central, rec).run_once()
    assert first.error_kind == "offline" and first.queued == 1
    again = _engine(ctx, central, rec).run_once()
    assert again.drained and again.pushed == {"duplicate": 1}, again
    assert [c[0] for c in rec.calls] == ["put", "push", "push"]

    service.submit_inquiry(ctx, _draft([shot], title="같은 화면, 다른 질의"))  # the same screenshot again
    third = _engine(ctx, central, rec).run_once()
    assert third.drained and third.pushed == {"applied": 1}
    assert [c[0] for c in rec.calls] == ["put", "push", "push", "push"]


def test_a_lost_file_holds_its_inquiry_with_a_reason_and_the_queue_moves_on(ctx, central, tmp_path):
    shot = tmp_path / "화면1.png"
    shot.write_bytes(png())
    lost = service.submit_inquiry(ctx, _draft([shot], title="첨부를 잃은 질의"))
    kept = service.submit_inquiry(ctx, _draft([], title="첨부 없는 질의"))
    for path in ctx.paths.attachments.rglob("*.png"):
        path.unlink()

    report = _engine(ctx, central).run_once()
    assert report.pushed == {"applied": 1} and report.rejected == 1 and report.queued == 0, report
    (issue,) = conflicts.list_issues(ctx)
    assert issue.entity_id == lost.id and issue.kind == "rejected"
    assert issue.reason.startswith("첨부 파일이 이 PC에 없어 보내지 못했습니다: 화면1.png")
    listed = {r.id: (r.status, r.held) for r in service.list_inquiries(ctx)}
    assert listed == {lost.id: ("전송 보류", issue.reason), kept.id: ("접수", "")}
    with central.engine.connect() as conn:
        assert [q["id"] for q in replies.inquiries(conn, PiiVault(central.key), "K0161")] == [kept.id]


def test_the_facility_space_full_is_shown_on_the_inquiry_and_it_goes_once_room_is_made(ctx, central, tmp_path):
    shot = tmp_path / "화면1.png"
    shot.write_bytes(png(64, 64))
    with central.engine.begin() as conn:
        central_blobs.set_quota(conn, 100)
    row = service.submit_inquiry(ctx, _draft([shot]))
    report = _engine(ctx, central).run_once()
    assert report.rejected == 1 and report.pushed == {}, report
    (issue,) = conflicts.list_issues(ctx)
    assert issue.reason.startswith("중앙 서비스가 첨부 파일을 받지 않았습니다: 화면1.png")
    assert "저장 공간" in issue.reason and "가득 차서" in issue.reason

    with central.engine.begin() as conn:
        central_blobs.set_quota(conn, 10 * 1024 * 1024)
    conflicts.resolve(ctx, row.id, conflicts.RESEND)
    after = _engine(ctx, central).run_once()
    assert after.drained and after.pushed == {"applied": 1}, after
    assert _on_centre(central, _shas(ctx, row.id)[0]) == shot.read_bytes()


def test_a_file_over_the_centres_size_is_refused_here_with_the_limit(ctx, central, tmp_path, monkeypatch):
    form = tmp_path / "큰 문서.pdf"
    form.write_bytes(b"%PDF-1.4\n" + b"0" * 2 * 1024 * 1024 + b"\n%%EOF\n")
    service.submit_inquiry(ctx, _draft([form]))
    monkeypatch.setattr(protocol, "MAX_BLOB_BYTES", 1024 * 1024)  # the centre takes 1 MB, this file is 2
    report = _engine(ctx, central).run_once()
    assert report.rejected == 1 and report.pushed == {}, report
    (issue,) = conflicts.list_issues(ctx)
    assert issue.reason == "첨부 파일이 중앙 서비스가 받는 크기(1MB)보다 커서 보내지 못했습니다: 큰 문서.pdf"
    with central.engine.connect() as conn:
        assert central_blobs.used(conn, protocol.facility_id("K0161")) == 0


class FailingUpload(Recorder):
    """The centre answers the file's upload with a 500 (or the network drops it) `failures` times."""

    def __init__(self, url: str, failures: int):
        super().__init__(url)
        self.failures = failures

    def put_blob(self, token, sha256, data):
        if self.failures:
            self.failures -= 1
            self.calls.append(("put failed", sha256))
            raise errors.ServerError("중앙 서비스 오류 (HTTP 500).")
        return super().put_blob(token, sha256, data)


def test_a_failed_upload_leaves_the_inquiry_queued_and_unsent_until_the_file_is_in(ctx, central, tmp_path):
    shot = tmp_path / "화면1.png"
    shot.write_bytes(png())
    row = service.submit_inquiry(ctx, _draft([shot]))
    rec = FailingUpload(central.url, failures=1)
    failed = _engine(ctx, central, rec).run_once()
    assert failed.error_kind == "server" and failed.queued == 1 and failed.rejected == 0, failed
    assert rec.calls == [("put failed", _shas(ctx, row.id)[0])]  # the inquiry itself never went
    with central.engine.connect() as conn:
        assert replies.inquiries(conn, PiiVault(central.key), "K0161") == []
    assert service.list_inquiries(ctx)[0].status == "전송 대기"

    after = _engine(ctx, central, rec).run_once()
    assert after.drained and after.pushed == {"applied": 1}, after
    assert _on_centre(central, _shas(ctx, row.id)[0]) == shot.read_bytes()


def test_the_facilitys_other_pc_gets_the_screenshot_with_the_inquiry(ctx, central, tmp_path):
    from heemang_desktop.app import SetupInput, initialize
    from heemang_desktop.settings import Paths

    shot = tmp_path / "화면1.png"
    shot.write_bytes(png())
    row = service.submit_inquiry(ctx, _draft([shot]))
    assert _engine(ctx, central).run_once().drained
    other = initialize(Paths(tmp_path / "pc2"), SetupInput(
        facility_code="K0161", facility_name="희망요양원", facility_type="노인요양시설",
        user_id="lee", user_name="이사무", role="관리자")).context
    try:
        rec = Recorder(central.url)
        pulled = _engine(other, central, rec).run_once()
        assert pulled.drained and pulled.sanity == [], pulled
        (listed,) = service.list_inquiries(other)
        assert listed.id == row.id and listed.attachments == ["화면1.png"]
        there = service.attachment_file(other, row.id, 0)
        assert there is not None and there.read_bytes() == shot.read_bytes()
        assert rec.calls == [("get", _shas(ctx, row.id)[0])]
        assert _engine(other, central, rec).run_once().drained
        assert len(rec.calls) == 1  # kept: not fetched again
    finally:
        other.close()


def test_a_pulled_file_that_is_not_what_its_name_says_is_not_kept(ctx, central, tmp_path):
    """Another PC of the facility (or a tampered service) names a program `….png`: the hash matches,
    the content is no picture, so this PC keeps no file under that name."""
    import hashlib
    import json
    import uuid

    from heemang_desktop.central import service as central_service
    from heemang_desktop.central.schemas import Change

    shot = tmp_path / "화면1.png"
    shot.write_bytes(png())
    service.submit_inquiry(ctx, _draft([shot]))
    assert _engine(ctx, central).run_once().drained
    program = b"MZ\x90\x00 not a picture"
    sha = hashlib.sha256(program).hexdigest()
    fid = protocol.facility_id("K0161")
    vault = PiiVault(central.key)
    with central.engine.begin() as conn:
        central_blobs.put(conn, fid, sha, program, "other-pc")
        (sent,) = replies.inquiries(conn, vault, "K0161")
        fake_id = str(uuid.uuid4())
        payload = {k: v for k, v in sent.items() if k != "replies"} | {
            "id": fake_id, "version": 1, "attachments": json.dumps([{"name": "화면.png", "file": f"{sha}.png"}])}
        (answer,) = central_service.push(conn, vault, "K0161", "other", "other-pc", [Change(
            change_id=str(uuid.uuid4()), entity="inquiry", entity_id=fake_id, op="upsert", base_version=0,
            payload=payload, pii=["private"])])
        assert answer["status"] == "applied", answer

    pulled = _engine(ctx, central).run_once()
    assert pulled.drained, pulled
    assert service.attachment_file(ctx, fake_id, 0) is not None
    assert not service.attachment_file(ctx, fake_id, 0).exists()
    kept = [f.name for f in ctx.paths.attachments.rglob("*") if f.is_file()]
    assert kept == [f"{_shas(ctx, sent['id'])[0]}.png"]  # the real screenshot only
