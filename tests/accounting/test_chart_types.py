"""The chart follows the facility type: 사회복지시설 or 장기요양기관 rule, with sources and 확인 필요 marks."""

from __future__ import annotations

from datetime import date

import pytest
from acc_helpers import budget, expense, income

from heemang_desktop.accounting.chart import chart, shipped_chart
from heemang_desktop.app import SetupInput, initialize
from heemang_desktop.resources import load_json
from heemang_desktop.settings import Paths
from heemang_desktop.store.errors import ValidationError


def _codes(c, side):
    return {a.code for a in c.accounts if a.side == side}


def test_nursing_home_keeps_care_benefits_and_resident_fees_in_the_welfare_chart():
    c = shipped_chart("노인요양시설", 2026)
    assert c.name == "사회복지시설" and "사회복지법인 및 사회복지시설 재무·회계 규칙" in c.rule
    assert c.get("세입", "411").name == "장기요양급여수입" and c.get("세입", "1011").name == "본인부담금수입"
    assert c.get("세출", "811").name == "법인전출금"


def test_welfare_center_has_neither_care_benefits_nor_resident_fees():
    c = shipped_chart("노인복지관", 2026)
    assert c.name == "사회복지시설"
    assert not {"04", "41", "411", "412", "10", "101", "1011", "1012", "1013"} & _codes(c, "세입")
    assert c.get("세입", "111").name == "사업수입"  # a 복지관 books its fees as 사업수입


def test_residential_home_without_long_term_care_has_resident_fees_only():
    c = shipped_chart("양로시설", 2026)
    assert c.get("세입", "1011") is not None and c.get("세입", "411") is None


def test_home_care_agency_uses_the_long_term_care_rule_with_its_own_sections():
    c = shipped_chart("재가장기요양기관", 2026)
    assert c.name == "장기요양기관" and "장기요양기관 재무·회계 규칙" in c.rule
    assert [a.label for a in c.ancestors(c.get("세입", "1011"))] == ["12 이용자부담금수입", "121 이용자부담금수입"]
    assert c.get("세출", "821").name == "설치·운영자 전출금" and c.get("세출", "911").name == "운영충당적립금"
    assert c.get("세출", "811") is None and c.get("세출", "312") is None and c.get("세입", "711") is None
    assert c.get("세출", "116").name == "사회보험부담비용"  # payroll's employer-share line finds it by name


def test_every_shipped_chart_cites_its_sources_and_marks_every_code_it_could_not_check():
    choice = load_json("accounting/charts.json")
    assert choice["source"] and set(choice["by_facility_type"]) <= set(load_json("facility_types.json")["types"])
    for name, path in choice["charts"].items():
        doc = load_json(path)
        assert doc["chart"] == name and doc["rule"] and doc["sources"]
        for version in doc["versions"]:
            assert version["source"]
            for a in version["accounts"]:
                assert "confirmed" in a, a  # stated for each code, never assumed
    c = shipped_chart("노인요양시설", 2026)
    assert not c.get("세출", "111").confirmed and "별표" not in c.get("세출", "111").source
    assert "liberte46" in c.get("세출", "213").source


def test_a_code_in_both_charts_names_the_same_account():
    """Records written on the old chart keep their meaning under the new one."""
    welfare, ltc = shipped_chart("기타", 2026), shipped_chart("재가장기요양기관", 2026)
    shared = [(a, ltc.get(a.side, a.code)) for a in welfare.accounts if ltc.get(a.side, a.code)]
    assert len(shared) > 60
    assert [(a.side, a.code, a.name, b.name) for a, b in shared if a.name != b.name] == []


@pytest.fixture
def home_care(tmp_path):
    result = initialize(Paths(tmp_path / "ltc"), SetupInput(
        facility_code="L0001", facility_name="희망재가센터", facility_type="재가장기요양기관",
        user_id="admin", user_name="김관리", role="관리자"))
    yield result.context
    result.context.close()


def test_setup_as_home_care_agency_books_on_its_chart(home_care):
    assert chart(home_care, 2026).name == "장기요양기관"
    budget(home_care, {"821": 1_000_000})
    income(home_care, "3월 본인부담금", [("1011", 480_000)], day=date(2026, 3, 31))
    expense(home_care, "운영자 전출", [("821", 100_000)], day=date(2026, 4, 2))
    with pytest.raises(ValidationError, match="없는 예산과목입니다: 315"):
        expense(home_care, "장례", [("315", 100_000)], day=date(2026, 4, 2))  # 장의비: a residential account


def test_unrestricted_donations_may_not_pay_the_operator_transfer(home_care):
    budget(home_care, {"821": 1_000_000})
    with pytest.raises(ValidationError, match="비지정후원금.*821 설치·운영자 전출금"):
        expense(home_care, "운영자 전출", [("821", 100_000)], day=date(2026, 4, 2), funding_source="후원금(비지정)")
