"""Remembered value mappings (issue 14): saved for the facility, synced, merged under a file's --map;
and the --map file itself, read with Korean errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from heemang_desktop.excel.mappings import (
    forget_mappings,
    load_map_file,
    mappings_for,
    merge,
    save_mappings,
)
from heemang_desktop.store.errors import HeemangError, ValidationError
from heemang_desktop.sync.models import OutboxEntry


def outbox(ctx, entity: str) -> list[OutboxEntry]:
    with ctx.store.session() as session:
        return list(session.scalars(select(OutboxEntry).where(OutboxEntry.entity == entity)))


def test_saved_mappings_come_back_for_their_kind_only(ctx):
    assert save_mappings(ctx, "subjects", {"보장구분": {"기초생활수급": "기초생활수급(생계)", "의료": "의료급여"}}) == 2
    save_mappings(ctx, "resolutions", {"재원": {"후원": "후원금(비지정)"}})
    assert mappings_for(ctx, "subjects") == {"보장구분": {"기초생활수급": "기초생활수급(생계)", "의료": "의료급여"}}
    assert mappings_for(ctx, "resolutions") == {"재원": {"후원": "후원금(비지정)"}}
    assert mappings_for(ctx, "employees") == {}


def test_each_mapping_is_one_synced_record_and_saving_it_again_changes_nothing(ctx):
    save_mappings(ctx, "subjects", {"보장구분": {"기초생활수급": "기초생활수급(생계)"}})
    assert save_mappings(ctx, "subjects", {"보장구분": {"기초생활수급": "기초생활수급(생계)"}}) == 0
    entries = outbox(ctx, "value_mapping")
    assert [(e.op, json.loads(e.payload)["as_written"], json.loads(e.payload)["value"]) for e in entries] == [
        ("upsert", "기초생활수급", "기초생활수급(생계)")]


def test_a_changed_choice_updates_the_same_record(ctx):
    save_mappings(ctx, "subjects", {"보장구분": {"기초생활수급": "기초생활수급(생계)"}})
    save_mappings(ctx, "subjects", {"보장구분": {"기초 생활수급": "기초생활수급(의료)"}})  # same value, spaced
    assert mappings_for(ctx, "subjects") == {"보장구분": {"기초 생활수급": "기초생활수급(의료)"}}
    assert len({e.entity_id for e in outbox(ctx, "value_mapping")}) == 1


def test_a_target_is_read_as_people_write_it_and_a_wrong_one_is_refused(ctx):
    save_mappings(ctx, "subjects", {"보장구분": {"수급": "생계급여"}})
    assert mappings_for(ctx, "subjects") == {"보장구분": {"수급": "기초생활수급(생계)"}}
    with pytest.raises(ValidationError) as err:
        save_mappings(ctx, "subjects", {"보장구분": {"수급": "기초"}, "장애정도": {"중": "심한 장애"}})
    assert "'수급' → '기초'" in str(err.value) and "보장구분" in str(err.value)
    assert mappings_for(ctx, "subjects") == {"보장구분": {"수급": "기초생활수급(생계)"}}  # nothing of that call
    with pytest.raises(ValidationError, match="모르는 업로드 종류입니다"):
        save_mappings(ctx, "nonsense", {"a": {"b": "c"}})


def test_forgetting_a_mapping_reaches_the_other_pcs_and_the_value_can_be_mapped_again(ctx):
    save_mappings(ctx, "resolutions", {"재원": {"후원": "후원금(비지정)", "국고": "보조금"}})
    assert forget_mappings(ctx, "resolutions", [("재원", "후원")]) == 1
    assert mappings_for(ctx, "resolutions") == {"재원": {"국고": "보조금"}}
    assert [e.op for e in outbox(ctx, "value_mapping")] == ["upsert", "upsert", "upsert"]
    assert forget_mappings(ctx, "resolutions", [("재원", "후원"), ("재원", "없는 값")]) == 0
    assert save_mappings(ctx, "resolutions", {"재원": {"후원": "후원금(지정)"}}) == 1
    assert mappings_for(ctx, "resolutions") == {"재원": {"국고": "보조금", "후원": "후원금(지정)"}}


def test_a_files_own_map_wins_over_the_remembered_one():
    remembered = {"보장구분": {"수급": "기초생활수급(생계)", "의료": "의료급여"}, "성별": {"m": "남"}}
    given = {"보장구분": {"수급": "기초생활수급(의료)"}}
    assert merge(remembered, given) == {"보장구분": {"수급": "기초생활수급(의료)", "의료": "의료급여"},
                                        "성별": {"m": "남"}}


def test_two_pcs_mapping_the_same_value_meet_as_one_record(ctx, tmp_path):
    """PC 1 maps 기초생활수급; PC 2 pulls it and maps the next file the same way without asking."""
    from facility_pcs import central_and_second_pc, sync_once

    with central_and_second_pc(tmp_path) as (server, second_pc):
        save_mappings(ctx, "subjects", {"보장구분": {"기초생활수급": "기초생활수급(생계)"}})
        assert sync_once(ctx, server).drained and sync_once(second_pc, server).drained
        assert mappings_for(second_pc, "subjects") == {"보장구분": {"기초생활수급": "기초생활수급(생계)"}}
        assert save_mappings(second_pc, "subjects", {"보장구분": {"기초생활수급": "기초생활수급(생계)"}}) == 0

        # Forgotten on PC 1, then mapped again: both reach PC 2 (a tombstone would have made it a conflict).
        forget_mappings(ctx, "subjects", [("보장구분", "기초생활수급")])
        assert sync_once(ctx, server).drained and sync_once(second_pc, server).drained
        assert mappings_for(second_pc, "subjects") == {}
        save_mappings(ctx, "subjects", {"보장구분": {"기초생활수급": "기초생활수급(의료)"}})
        assert sync_once(ctx, server).drained and sync_once(second_pc, server).drained
        assert mappings_for(second_pc, "subjects") == {"보장구분": {"기초생활수급": "기초생활수급(의료)"}}


# -- the --map file -----------------------------------------------------------------------------
def write(tmp_path: Path, content: str | bytes, name: str = "map.json") -> Path:
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def test_a_map_file_is_read_with_its_values_trimmed(tmp_path):
    path = write(tmp_path, '\ufeff{"보장구분": {" 기초생활수급 ": "기초생활수급(생계)"}, "재원": {}}')
    assert load_map_file(path) == {"보장구분": {"기초생활수급": "기초생활수급(생계)"}, "재원": {}}


@pytest.mark.parametrize(("content", "message"), [
    ('{"보장구분": {"a": "b"', "맞춤 파일의 JSON 형식이 잘못되었습니다: map.json 1행"),
    ('["보장구분"]', "맞춤 파일은 열 이름마다 {적힌 값: 바꿀 값}을 적은 JSON 객체여야 합니다"),
    ('{"보장구분": "기초생활수급(생계)"}', "맞춤 파일의 '보장구분'에는 {적힌 값: 바꿀 값}을 문자열로 적으세요"),
    ('{"보장구분": {"a": 1}}', "맞춤 파일의 '보장구분'에는"),
    ("{\"a\": {\"b\": \"\xbf\"}}".encode("latin-1"), "맞춤 파일은 UTF-8로 저장한 JSON이어야 합니다"),
])
def test_a_bad_map_file_is_refused_in_korean(tmp_path, content, message):
    with pytest.raises(HeemangError) as err:
        load_map_file(write(tmp_path, content))
    assert str(err.value).startswith(message)
    assert "Error" not in str(err.value)


def test_a_missing_map_file_says_so(tmp_path):
    with pytest.raises(HeemangError, match="맞춤 파일이 없습니다"):
        load_map_file(tmp_path / "none.json")

