"""Rate files are dated: the file in force on a pay month's first day applies, never another year's."""

from __future__ import annotations

import json
import shutil

import pytest

from heemang_desktop.payroll import rates
from heemang_desktop.payroll.compute import PayrollInput, compute
from heemang_desktop.payroll.withholding import monthly
from heemang_desktop.resources import resource_path
from heemang_desktop.store.errors import ValidationError


@pytest.fixture
def resources_2027(tmp_path, monkeypatch):
    """A resources folder with two 2027 files: from 2027-01-01 (minimum wage 10,800) and from 2027-07-01 (11,000)."""
    payroll = tmp_path / "payroll"
    shutil.copytree(resource_path("payroll"), payroll, ignore=shutil.ignore_patterns("20*.json"))  # all but the rates
    base = json.loads(resource_path("payroll", "rates", "2026-01-01.json").read_text(encoding="utf-8"))
    for valid_from, hourly in (("2027-01-01", 10_800), ("2027-07-01", 11_000)):
        table = dict(base, valid_from=valid_from, minimum_wage={"hourly": hourly, "monthly_hours": 209})
        table["national_pension"] = dict(base["national_pension"], periods=[
            {"from": "2027-01", "to": "2027-12", "base_min": 410_000, "base_max": 6_590_000}])
        (payroll / "rates" / f"{valid_from}.json").write_text(json.dumps(table, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setenv("HEEMANG_RESOURCES", str(tmp_path))
    return tmp_path


def test_the_file_in_force_on_the_months_first_day_applies(resources_2027):
    assert rates.for_month("2027-06").source.name == "2027-01-01.json"
    assert rates.for_month("2027-06")["minimum_wage"]["hourly"] == 10_800
    assert rates.for_month("2027-07")["minimum_wage"]["hourly"] == 11_000
    # a 10,900 won/h job is under the July minimum only
    job = PayrollInput("e", "E", "시급", base_pay=10_900 * 209)
    assert compute(job, rates.for_month("2027-06")).flags == ()
    assert compute(job, rates.for_month("2027-07")).flags == ("최저임금 미달: 시간당 10,900원 < 11,000원",)


def test_a_new_year_needs_its_own_file(resources_2027):
    with pytest.raises(ValidationError) as err:
        rates.for_month("2028-01")
    assert "2028-01-01.json" in str(err.value) and "지난해 요율로 계산하지 않습니다" in str(err.value)


def test_the_childrens_amounts_within_2026_are_dated_entries():
    """One 2026 file; its 자녀 entries change on 2026-03-01."""
    feb, mar = rates.for_month("2026-02"), rates.for_month("2026-03")
    assert feb.source == mar.source and feb.source.name == "2026-01-01.json"
    entries = feb["income_tax"]["child_reduction"]
    assert (feb.in_force(entries)["one"], mar.in_force(entries)["one"]) == (12_500, 20_830)
    assert rates.for_month("2026-12").in_force(entries)["from"] == "2026-03-01"


def test_a_table_that_stops_short_of_ten_million_is_refused_not_stretched(tmp_path, monkeypatch):
    """A 2026 table cut after its 5,000,000 row: 5,010,000 is in the table, 6,000,000 is refused by name."""
    payroll = tmp_path / "payroll"
    shutil.copytree(resource_path("payroll", "rates"), payroll / "rates")
    (payroll / "withholding").mkdir()
    table = resource_path("payroll", "withholding", "kr_withholding_2026-03.csv")
    lines = table.read_text(encoding="utf-8").splitlines()
    cut = [line for line in lines if not line[0].isdigit() or int(line.split(",")[0]) <= 5_000_000]
    (payroll / "withholding" / "kr_withholding_2026-03.csv").write_text("\n".join(cut) + "\n", encoding="utf-8")
    monkeypatch.setenv("HEEMANG_RESOURCES", str(tmp_path))
    r = rates.for_month("2026-03")
    assert monthly(5_010_000, 4, 0, 100, r).income_tax == 219_100
    with pytest.raises(ValidationError, match="6,000,000원의 행이 없습니다"):
        monthly(6_000_000, 1, 0, 100, r)
