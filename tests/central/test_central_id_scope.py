"""Ids are per facility: facility A can neither take an entity id or change id first nor learn that B
uses it; both use the same ids independently. An older central database is moved onto these keys."""

from __future__ import annotations

import os
import uuid
from datetime import datetime

import pytest
from api_helpers import login
from harness_central import db_url_for
from sqlalchemy import Boolean, Column, DateTime, Index, Integer, MetaData, String, Table, Text, inspect, select
from test_central_api import A, B, change, push

from heemang_desktop.central import tables as t
from heemang_desktop.central.app import create_app, make_engine


def test_a_and_b_use_the_same_entity_id_and_change_id_independently(api):
    a, b = login(api), login(api, "B0002", "other")
    eid, cid = str(uuid.uuid4()), str(uuid.uuid4())
    [rb] = push(api, b, {**change(B, entity_id=eid, title="B"), "change_id": cid})
    [ra] = push(api, a, {**change(A, entity_id=eid, title="A"), "change_id": cid})
    assert rb["status"] == ra["status"] == "applied" and ra["version"] == rb["version"] == 1
    # Each goes on editing its own record; neither sees the other's.
    [ea] = push(api, a, change(A, entity_id=eid, base=1, title="A2"))
    assert ea["status"] == "applied" and ea["version"] == 2
    pull_a = api.get("/api/v1/sync/pull", headers=a).json()["changes"]
    pull_b = api.get("/api/v1/sync/pull", headers=b).json()["changes"]
    assert [(c["entity_id"], c["payload"]["title"]) for c in pull_a] == [(eid, "A2")]
    assert [(c["entity_id"], c["payload"]["title"], c["version"]) for c in pull_b] == [(eid, "B", 1)]
    # A repeat of the same change id is a duplicate for each facility, on its own.
    [da] = push(api, a, {**change(A, entity_id=eid, title="A"), "change_id": cid})
    assert da["status"] == "duplicate" and da["server_version"] == ra["server_version"]


def test_a_learns_nothing_about_bs_ids(api):
    """Every answer A gets for an id B uses is the answer for an id no one uses."""
    a, b = login(api), login(api, "B0002", "other")
    used = change(B)
    push(api, b, used, change(B, entity_id=used["entity_id"], base=1))
    fresh = str(uuid.uuid4())

    def summary(entity_id: str) -> dict:
        return api.post("/api/v1/sync/summary", headers=a, json={"exclude": {"test_note": [entity_id]}}).json()

    def answers(entity_id: str, change_id: str) -> list:
        out = []
        for c in (change(A, entity_id=entity_id, base=2), {**change(A, entity_id=entity_id), "change_id": change_id},
                  change(A, entity_id=entity_id, base=1, title="edit")):
            [r] = push(api, a, c)
            out.append((r["status"], r.get("reason"), r.get("version"), r.get("server_copy")))
        return out

    assert summary(used["entity_id"]) == summary(fresh) == {"entities": {}}
    assert answers(used["entity_id"], used["change_id"]) == answers(fresh, str(uuid.uuid4()))
    # and B's record is as B left it
    assert [c["version"] for c in api.get("/api/v1/sync/pull", headers=b).json()["changes"]] == [2]


OLD = MetaData()
Table("central_change", OLD,
      Column("id", Integer, primary_key=True, autoincrement=True),
      Column("change_id", String(36), nullable=False, unique=True),
      Column("facility_id", String(36), nullable=False), Column("server_version", Integer, nullable=False),
      Column("entity", String(64), nullable=False), Column("entity_id", String(36), nullable=False),
      Column("op", String(16), nullable=False), Column("base_version", Integer, nullable=False),
      Column("version", Integer, nullable=False), Column("payload", Text, nullable=False),
      Column("user_id", String(64), nullable=False), Column("client_id", String(64), nullable=False),
      Column("received_at", DateTime, nullable=False),
      Index("ix_central_change_facility_sv", "facility_id", "server_version", unique=True),
      Index("ix_central_change_entity", "entity", "entity_id"))
Table("central_entity", OLD,
      Column("entity", String(64), primary_key=True), Column("entity_id", String(36), primary_key=True),
      Column("facility_id", String(36), nullable=False), Column("version", Integer, nullable=False),
      Column("deleted", Boolean, nullable=False), Column("server_version", Integer, nullable=False),
      Column("payload", Text, nullable=False), Column("pii", Text, nullable=False),
      Index("ix_central_entity_facility_sv", "facility_id", "server_version"))


@pytest.mark.parametrize("kind", ["sqlite", "pg"])
def test_a_database_made_before_per_facility_ids_is_upgraded_in_place_keeping_every_row(kind, tmp_path):
    url = db_url_for(kind, tmp_path)
    engine = make_engine(url)
    OLD.create_all(engine)
    eid = str(uuid.uuid4())
    with engine.begin() as conn:
        for n, fid in enumerate((A, B), start=1):
            payload = (f'{{"id":"{eid if fid == A else n}","facility_id":"{fid}",'
                       '"title":"old","version":1,"deleted":false}')
            conn.execute(OLD.tables["central_change"].insert().values(
                change_id=str(uuid.uuid4()), facility_id=fid, server_version=1, entity="test_note",
                entity_id=eid if fid == A else str(n), op="upsert", base_version=0, version=1, payload=payload,
                user_id="u", client_id="c", received_at=datetime(2026, 1, 1)))
            conn.execute(OLD.tables["central_entity"].insert().values(
                entity="test_note", entity_id=eid if fid == A else str(n), facility_id=fid, version=1, deleted=False,
                server_version=1, payload=payload, pii="[]"))
    engine.dispose()

    app = create_app(url, os.urandom(32))
    try:
        insp = inspect(app.state.engine)
        assert insp.get_pk_constraint("central_entity")["constrained_columns"] == ["facility_id", "entity", "entity_id"]
        with app.state.engine.connect() as conn:
            assert len(conn.execute(select(t.change)).all()) == 2
            assert sorted(r.facility_id for r in conn.execute(select(t.entity))) == sorted([A, B])
            # B may now use A's entity id: the new key allows it.
            conn.execute(t.entity.insert().values(facility_id=B, entity="test_note", entity_id=eid, version=1,
                                                  deleted=False, server_version=2, payload="{}", pii="[]"))
        assert {ix["name"] for ix in insp.get_indexes("central_change") if ix["name"].startswith("ix_")} == {
            "ix_central_change_facility_sv", "ix_central_change_facility_entity"}
        uniques = [u["column_names"] for u in insp.get_unique_constraints("central_change")]
        assert uniques == [["facility_id", "change_id"]]
    finally:
        app.state.engine.dispose()
    # A second start finds nothing to do.
    create_app(url, os.urandom(32)).state.engine.dispose()
