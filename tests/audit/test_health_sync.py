"""Health text crosses like a resident number: plain only on the wire (TLS), sealed at rest on the
central service under its own key, re-sealed under the receiving PC's own key; and 접속기록 entries
reach the central service too."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "sync"))
sys.path.insert(0, str(Path(__file__).parents[1] / "central"))

from harness_central import CentralServer, db_url_for  # noqa: E402
from sync_helpers import engine_for  # noqa: E402

from heemang_desktop.app import SetupInput, initialize  # noqa: E402
from heemang_desktop.audit import service as audit  # noqa: E402
from heemang_desktop.settings import Paths  # noqa: E402
from heemang_desktop.store import pii  # noqa: E402
from heemang_desktop.subjects import service as subjects  # noqa: E402
from heemang_desktop.subjects.models import DailyLog, Subject  # noqa: E402

NOTE = "치매 초기, 야간 배회"
NURSING = "혈당 182, 인슐린 8단위"


@pytest.fixture
def central(tmp_path):
    server = CentralServer(db_url_for("sqlite", tmp_path)).start()
    server.add_user()
    yield server
    server.stop()


@pytest.fixture
def second_pc(tmp_path):
    result = initialize(Paths(tmp_path / "pc2"), SetupInput(
        facility_code="K0161", facility_name="희망요양원", facility_type="노인요양시설",
        user_id="lee", user_name="이사무", role="관리자"))
    yield result.context
    result.context.close()


def test_health_text_is_sealed_at_rest_on_the_server_and_resealed_on_the_second_pc(ctx, central, second_pc):
    card = subjects.register_subject(ctx, subjects.SubjectInput(name="박순자", health_notes=NOTE))
    log = subjects.add_log(ctx, card.id, "간호일지", datetime(2026, 11, 3, 9), NURSING)
    subjects.card_with_timeline(ctx, card.id)  # an opening, recorded
    assert engine_for(ctx, central.url).run_once().drained

    stored = central.entities()
    with ctx.store.session() as s:
        mine = s.get(Subject, card.id).health_notes_enc, s.get(DailyLog, log.id).content_enc
    for entity_id in (card.id, log.id):
        payload = stored[entity_id]["payload"]
        assert NOTE not in payload and NURSING not in payload and not any(m in payload for m in mine)
    assert any(e["entity"] == "access_record" for e in central.changes())

    assert engine_for(second_pc, central.url, user="sync").run_once().drained
    with second_pc.store.session() as s:
        subject, nursing = s.get(Subject, card.id), s.get(DailyLog, log.id)
        assert second_pc.cipher.decrypt(subject.health_notes_enc, pii.HEALTH) == NOTE
        assert second_pc.cipher.decrypt(nursing.content_enc, pii.HEALTH) == NURSING
        assert subject.health_notes_enc not in mine and subject.health_notes_hash is None
        assert (subject.health_notes_masked, nursing.content_masked) == (pii.HEALTH_MASK, pii.HEALTH_MASK)
    assert [r.kind for r in audit.list_access(second_pc)] == ["open_health_note"]
