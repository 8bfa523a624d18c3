"""Coded cells as people write them (issue 14): per column, the spellings that must match and the
ones that must come back unknown or ambiguous with the closest allowed values."""

from __future__ import annotations

import pytest

from heemang_desktop.excel.codes import coded_columns, match, synonyms_for
from heemang_desktop.resources import load_json


def upload_kinds() -> list[str]:
    return [k for k in load_json("codes/columns.json") if not k.startswith("_")]


def allowed(kind: str, column: str) -> tuple[str, ...]:
    return coded_columns(kind)[column].allowed


# (kind, column, as written, the allowed value it must become)
MATCHES = [
    # 재원: width, spaces, brackets and word order, then synonyms
    ("resolutions", "재원", "후원금(비지정)", "후원금(비지정)"),
    ("resolutions", "재원", "비지정후원금", "후원금(비지정)"),
    ("resolutions", "재원", "후원금 (비지정)", "후원금(비지정)"),
    ("resolutions", "재원", "후원금（비지정）", "후원금(비지정)"),
    ("resolutions", "재원", " 비지정 후원금 ", "후원금(비지정)"),
    ("resolutions", "재원", "후원금[지정]", "후원금(지정)"),
    ("resolutions", "재원", "지정후원금", "후원금(지정)"),
    ("resolutions", "재원", "일반후원금", "후원금(비지정)"),
    ("resolutions", "재원", "국비", "보조금"),
    ("resolutions", "재원", "시도비", "보조금"),
    ("resolutions", "재원", "법인 전입금", "법인전입금"),
    ("resolutions", "재원", "자체부담", "자부담"),
    ("resolutions", "재원", "이용료", "사업수입"),
    ("budget", "재원", "비지정후원금", "후원금(비지정)"),
    # 결제방법
    ("resolutions", "결제방법", "계좌 이체", "계좌이체"),
    ("resolutions", "결제방법", "무통장입금", "계좌이체"),
    ("resolutions", "결제방법", "보조금 전용카드", "보조금카드"),
    ("resolutions", "결제방법", "법인체크카드", "법인카드"),
    ("resolutions", "결제방법", "cms", "자동이체"),
    ("resolutions", "결제방법", "ＣＭＳ", "자동이체"),
    # 구분
    ("resolutions", "구분", "지출결의서", "지출"),
    ("resolutions", "구분", "세입", "수입"),
    ("resolutions", "구분", " 수입 ", "수입"),
    # 직종 (employees and the LTC register share the list)
    ("employees", "직종", "사회복지사 1급", "사회복지사"),
    ("employees", "직종", "원장", "시설장"),
    ("employees", "직종", "조리사", "조리원"),
    ("employees", "직종", "환경미화원", "위생원"),
    ("employees", "직종", "운전기사", "운전원"),
    ("ltc-payroll", "직종", "요양보호사1급", "요양보호사"),
    # 고용형태
    ("employees", "고용형태", "정규직", "정규"),
    ("employees", "고용형태", "기간제", "계약"),
    ("employees", "고용형태", "시간제", "단시간"),
    ("employees", "고용형태", "일용직", "일용"),
    # insurance flags
    ("employees", "국민연금", "가입", "예"),
    ("employees", "건강보험", "Y", "예"),
    ("employees", "고용보험", "o", "예"),
    ("employees", "산재보험", "○", "예"),
    ("employees", "국민연금", "해당", "예"),
    ("employees", "국민연금", 1, "예"),
    ("employees", "건강보험", "미가입", "아니오"),
    ("employees", "고용보험", "N", "아니오"),
    ("employees", "산재보험", "X", "아니오"),
    ("employees", "국민연금", "비해당", "아니오"),
    ("employees", "국민연금", 0.0, "아니오"),
    ("employees", "국민연금", "아니요", "아니오"),
    # 근태구분
    ("attendance", "근태구분", "정상근무", "정상"),
    ("attendance", "근태구분", "연차", "휴가"),
    ("attendance", "근태구분", "병가", "휴가"),
    ("attendance", "근태구분", "외근", "출장"),
    ("attendance", "근태구분", "휴일 출근", "휴일근무"),
    ("attendance", "근태구분", "직무교육", "교육"),
    # 휴가 kind
    ("leave", "휴가종류", "연가", "연차"),
    ("leave", "휴가종류", "오전 반차", "반차"),
    ("leave", "휴가종류", "경조사휴가", "경조"),
    # 대상자
    ("subjects", "보장구분", "기초생활수급(생계)", "기초생활수급(생계)"),
    ("subjects", "보장구분", "생계급여 수급자", "기초생활수급(생계)"),
    ("subjects", "보장구분", "기초생활수급 (의료)", "기초생활수급(의료)"),
    ("subjects", "보장구분", "차상위계층", "차상위"),
    ("subjects", "보장구분", "장기요양 감경", "장기요양(감경)"),
    ("subjects", "보장구분", "감경대상자", "장기요양(감경)"),
    ("subjects", "장기요양등급", 3, "3등급"),
    ("subjects", "장기요양등급", "2급", "2등급"),
    ("subjects", "장기요양등급", "인지지원", "인지지원등급"),
    ("subjects", "장기요양등급", "등급외", ""),
    ("subjects", "장애정도", "중증", "심한 장애"),
    ("subjects", "장애정도", "심하지않은장애", "심하지 않은 장애"),
    ("subjects", "장애정도", "경증", "심하지 않은 장애"),
    ("subjects", "성별", "남자", "남"),
    ("subjects", "성별", "f", "여"),
    ("subjects", "무연고", "해당", "예"),
    ("donors", "약정구분", "정기후원", "정기"),
    ("donors", "약정구분", "1회", "일시"),
    ("donors", "납부방법", "cms", "CMS"),
    ("donors", "납부방법", "자동이체", "CMS"),
    ("donors", "납부방법", "무통장입금", "계좌이체"),
    ("donors", "납부방법", "물품", "현물"),
    ("donors", "후원자구분", "법인", "단체"),
    ("donors", "지정구분", "지정후원", "지정"),
    ("donors", "영수증발급", "Y", "예"),
]


@pytest.mark.parametrize(("kind", "column", "written", "expected"), MATCHES)
def test_spellings_people_use_match_the_allowed_value(kind, column, written, expected):
    found = match(column, written, allowed(kind, column))
    assert (found.value, found.reason) == (expected, "")


# (kind, column, as written, the suggestions it must come back with, best first)
AMBIGUOUS = [
    ("subjects", "보장구분", "기초생활수급", ("기초생활수급(생계)", "기초생활수급(의료)")),
    ("subjects", "보장구분", "수급자", ("기초생활수급(생계)", "기초생활수급(의료)")),
    ("subjects", "보장구분", "국민기초생활수급자", ("기초생활수급(생계)", "기초생활수급(의료)")),
    ("resolutions", "재원", "후원금", ("후원금(지정)", "후원금(비지정)")),
    ("resolutions", "결제방법", "카드", ("보조금카드", "법인카드")),
    ("resolutions", "결제방법", "신용카드", ("보조금카드", "법인카드")),
]


@pytest.mark.parametrize(("kind", "column", "written", "expected"), AMBIGUOUS)
def test_a_value_that_fits_several_is_ambiguous_with_those_first(kind, column, written, expected):
    found = match(column, written, allowed(kind, column))
    assert found.value is None
    assert found.suggestions[: len(expected)] == expected
    assert found.reason == f"'{written}'은(는) 여러 값에 맞습니다: {', '.join(expected)}"


def test_the_brief_example_reason_word_for_word():
    found = match("보장구분", "기초생활수급", allowed("subjects", "보장구분"))
    assert found.reason == "'기초생활수급'은(는) 여러 값에 맞습니다: 기초생활수급(생계), 기초생활수급(의료)"


def test_an_unknown_value_names_the_closest_allowed_ones():
    found = match("재원", "사업수익금", allowed("resolutions", "재원"))
    assert found.value is None
    assert found.suggestions[0] == "사업수입"
    assert found.reason.startswith("재원에 없는 값입니다: '사업수익금' (가까운 값: 사업수입")


def test_a_value_near_nothing_lists_every_allowed_value():
    found = match("국민연금", "모름", allowed("employees", "국민연금"))
    assert (found.value, found.suggestions) == (None, ())
    assert found.reason == "국민연금은(는) 예, 아니오 중 하나입니다: '모름'"


def test_a_blank_cell_is_left_to_the_caller():
    assert match("재원", None, allowed("resolutions", "재원")).value == ""
    assert match("재원", "  ", allowed("resolutions", "재원")).value == ""


def test_a_synonym_for_no_value_is_blank_even_where_the_list_has_no_blank():
    grades = tuple(g for g in allowed("subjects", "장기요양등급") if g)
    assert match("장기요양등급", "등급외", grades).value == ""


def test_a_mapping_beats_synonyms_and_matches_spelled_loosely():
    sc = allowed("subjects", "보장구분")
    mapping = {"기초생활수급": "기초생활수급(의료)", "일반": "차상위"}
    assert match("보장구분", "기초생활수급", sc, mapping).value == "기초생활수급(의료)"
    assert match("보장구분", "기초 생활수급", sc, mapping).value == "기초생활수급(의료)"
    assert match("보장구분", "일반", sc, mapping).value == "차상위"  # the user's choice, though 일반 exists
    assert match("보장구분", "수급자", sc, {"수급자": "생계급여"}).value == "기초생활수급(생계)"
    assert match("보장구분", "차상위", sc, mapping).value == "차상위"  # unmapped values match as usual


def test_a_mapping_to_a_value_the_column_lacks_is_refused_with_a_reason():
    found = match("보장구분", "기초생활수급", allowed("subjects", "보장구분"), {"기초생활수급": "기초"})
    assert found.value is None
    assert found.reason == "보장구분의 맞춤 '기초생활수급' → '기초': '기초'은(는) 보장구분에 없는 값입니다"
    assert found.suggestions[:2] == ("기초생활수급(생계)", "기초생활수급(의료)")


def test_a_facility_list_without_a_synonyms_meaning_does_not_take_it():
    """Lists are facility data: a synonym pointing at a value the list no longer holds matches nothing."""
    found = match("재원", "국비", ("후원금(지정)", "후원금(비지정)", "기타"))
    assert found.value is None


# -- the data itself ----------------------------------------------------------------------------
def test_every_kind_with_an_upload_has_its_coded_columns_listed():
    layouts = {k: load_json(f"templates/{k}.json") for k in upload_kinds() if k != "leave"}
    for kind, layout in layouts.items():
        columns = set(layout["required"]) | set(layout.get("optional", ()))
        assert set(coded_columns(kind)) <= columns, kind
    assert {"resolutions", "budget", "employees", "attendance", "subjects", "ltc-payroll"} <= set(layouts)


def test_every_synonym_lands_on_an_allowed_value_or_an_intended_ambiguity():
    for kind in upload_kinds():
        for column, coded in coded_columns(kind).items():
            for written, meaning in synonyms_for(column).items():
                found = match(column, written, coded.allowed)
                if found.value is not None:
                    continue
                # Meanings outside this kind's list (구분 of a budget, 카드 for 결제방법) must still be
                # ambiguous, not silently unknown: else the entry is a typo in the data.
                assert len(found.suggestions) > 1 and "여러 값" in found.reason, (kind, column, written, meaning)


def test_every_synonyms_table_belongs_to_a_coded_column():
    data = load_json("codes/synonyms.json")
    used = {data["_same_as"].get(c, c) for k in upload_kinds() for c in coded_columns(k)}
    assert {t for t in data if not t.startswith("_")} <= used


def test_every_coded_column_of_every_import_has_its_allowed_values():
    """A coded column with no list would refuse every value; a listed column no import declares is stale data."""
    from heemang_desktop.features import load, merged

    for kind, ref in merged("imports").items():
        coded = {c.name for c in load(ref).columns if c.type == "coded" and not c.allowed}
        listed = set(coded_columns(kind))
        assert coded == listed, kind
        assert all(coded_columns(kind)[c].allowed for c in listed), kind


def test_every_coded_column_has_spellings_tested_above():
    tested = {(kind, column) for kind, column, _written, _expected in MATCHES}
    assert {(k, c) for k in upload_kinds() for c in coded_columns(k)} <= tested
