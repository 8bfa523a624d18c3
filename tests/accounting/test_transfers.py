"""예산 전용: recorded and queued, refused when it would strand spending or feed a restricted account;
the over-budget check, the budget report and the 과목전용조서 see budget + in − out."""

from __future__ import annotations

from datetime import date

import pytest
from acc_helpers import budget, expense
from sqlalchemy import select

from heemang_desktop.accounting import reports
from heemang_desktop.accounting.transfers import TransferInput, cancel_transfer, list_transfers, save_transfer
from heemang_desktop.store.errors import ValidationError
from heemang_desktop.sync.models import OutboxEntry


@pytest.fixture
def funded(ctx):
    budget(ctx, {"111": 10_000_000, "131": 1_000_000, "132": 500_000, "321": 2_000_000})
    return ctx


def move(ctx, source, target, amount, basis="", reason="행사 추가", day=date(2026, 9, 10)):
    return save_transfer(ctx, TransferInput(day, source, target, amount, reason, basis))


def test_transfer_is_numbered_queued_and_lets_the_target_spend_more(funded):
    with pytest.raises(ValidationError, match="예산 500,000원"):
        expense(funded, "사무용품", [("132", 700_000)])
    t = move(funded, "131", "132", 300_000)  # same 항 (운영비): no basis needed
    assert t.number == "2026-전용-001" and t.state_label == "정상"
    assert t.from_path == ("사무비", "운영비", "131 여비")
    with funded.transaction() as s:
        assert s.scalars(select(OutboxEntry.entity).where(OutboxEntry.entity_id == t.id)).all() == ["budget_transfer"]
    expense(funded, "사무용품", [("132", 700_000)])
    with pytest.raises(ValidationError, match="예산 700,000원"):  # the source shrank by the same amount
        expense(funded, "출장", [("131", 700_001)])
    assert move(funded, "131", "132", 1_000).number == "2026-전용-002"


def test_transfer_may_not_take_the_source_below_its_spending(funded):
    expense(funded, "출장", [("131", 800_000)])
    with pytest.raises(ValidationError) as err:
        move(funded, "131", "132", 200_001)
    assert "이미 800,000원을 집행해 200,000원까지만" in str(err.value)
    move(funded, "131", "132", 200_000)
    assert [t.amount for t in list_transfers(funded, 2026)] == [200_000]


def test_never_into_a_restricted_account(funded):
    with pytest.raises(ValidationError, match="121 기관운영비은\\(는\\) 전용으로 늘릴 수 없는"):
        move(funded, "111", "121", 100_000, basis="이사회 의결")
    assert list_transfers(funded, 2026) == []


def test_across_items_needs_a_basis_from_the_data(funded):
    with pytest.raises(ValidationError, match="근거가 필요합니다: 이사회 의결, 위원회 보고, 소규모 시설 면제"):
        move(funded, "111", "321", 100_000)
    with pytest.raises(ValidationError, match="전용 근거는"):
        move(funded, "111", "321", 100_000, basis="구두 승인")
    assert move(funded, "111", "321", 100_000, basis="위원회 보고").basis == "위원회 보고"


@pytest.mark.parametrize("source, target, amount, reason, message", [
    ("131", "131", 1, "x", "같은 과목"),
    ("131", "13", 1, "x", "항입니다"),
    ("131", "311", 0, "x", "1원 이상"),
    ("131", "132", 1, " ", "사유"),
    ("999", "132", 1, "x", "없는 예산과목"),
])
def test_bad_transfers_are_refused(funded, source, target, amount, reason, message):
    with pytest.raises(ValidationError, match=message):
        move(funded, source, target, amount, reason=reason)


def test_cancel_is_recorded_and_refused_when_the_target_spent_the_money(funded):
    t = move(funded, "131", "132", 300_000)
    expense(funded, "사무용품", [("132", 700_000)])
    with pytest.raises(ValidationError, match="이 전용을 취소하면 예산 500,000원이 이미 집행한 700,000원보다"):
        cancel_transfer(funded, t.id)
    u = move(funded, "111", "321", 50_000, basis="이사회 의결")
    assert cancel_transfer(funded, u.id).state_label == "취소"
    with pytest.raises(ValidationError, match="이미 취소"):
        cancel_transfer(funded, u.id)
    assert [x.state for x in list_transfers(funded, 2026)] == ["active", "cancelled"]


def test_budget_report_shows_the_transfer_column(funded):
    move(funded, "131", "132", 300_000)
    move(funded, "111", "321", 1_000_000, basis="이사회 의결")
    expense(funded, "사무용품", [("132", 700_000)])
    r = reports.build(funded, "budget", 2026)
    assert r.headers[4:9] == ["예산액", "전용", "예산현액", "집행액", "잔액"]
    rows = {(row[0], row[1]): row for row in r.rows}
    assert rows[("세출", "132")][4:9] == [500_000, 300_000, 800_000, 700_000, 100_000]
    assert rows[("세출", "131")][4:7] == [1_000_000, -300_000, 700_000]
    assert rows[("세출", "13")][5] == 0  # moves inside one 항 cancel out in its subtotal
    assert rows[("세출", "1")][5] == -1_000_000 and rows[("세출", "3")][5] == 1_000_000
    total = [row for row in r.rows if row[2] == "세출 합계"][0]
    assert total[4:7] == [13_500_000, 0, 13_500_000]


def test_transfer_statement_on_excel_and_pdf(funded, tmp_path):
    move(funded, "131", "132", 300_000, reason="사무용품 추가 구입")
    cancelled = move(funded, "111", "321", 70_000, basis="이사회 의결")
    cancel_transfer(funded, cancelled.id)
    move(funded, "111", "321", 1_000_000, basis="이사회 의결", reason="여름 프로그램 확대")
    r = reports.build(funded, "transfers", 2026)
    assert r.title == "과목전용조서"
    assert r.rows[0][:9] == ["2026-전용-001", "2026-09-10", "사무비", "운영비", "131 여비", "사무비", "운영비",
                             "132 수용비 및 수수료", 300_000]
    assert r.rows[1][0] == "2026-전용-003" and r.rows[1][9:] == ["여름 프로그램 확대", "이사회 의결"]
    assert r.rows[-1][8] == 1_300_000  # the cancelled one is not on the statement
    path = tmp_path / "t.xlsx"
    assert reports.to_excel(r, path) == 3
    from openpyxl import load_workbook

    assert load_workbook(path).active["A1"].value.startswith("과목전용조서")
    from heemang_desktop.render.pdf import html_to_pdf, pdf_page_count

    pdf = html_to_pdf(reports.to_html(r), tmp_path / "t.pdf", landscape=True, title=r.title)
    assert pdf_page_count(pdf) == 1


def test_cli_report_transfers_to_pdf(funded, paths, tmp_path, capsys):
    import json

    from heemang_desktop.cli import main
    from heemang_desktop.render.pdf import pdf_page_count

    move(funded, "131", "132", 300_000)
    funded.close()
    pdf = tmp_path / "전용.pdf"
    assert main(["--data-dir", str(paths.data_dir), "report", "transfers", "--year", "2026", str(pdf), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["rows"] == 2
    assert pdf_page_count(pdf) == 1
