"""Registers to Excel and PDF, labels (number + QR) on A4 label sheets, and the `assets` CLI."""

from __future__ import annotations

import json
from datetime import date

import openpyxl

from heemang_desktop.accounting import service as accounting
from heemang_desktop.assets import service
from heemang_desktop.cli import main


def test_register_to_excel_has_won_with_commas_and_a_total(ctx, bought, tmp_path):
    path = service.save_register(ctx, "비품", 2026, tmp_path / "비품관리대장.xlsx")
    ws = openpyxl.load_workbook(path).active
    rows = [[c.value for c in r] for r in ws.iter_rows()]
    assert rows[0][0].startswith("비품관리대장 — 희망요양원")
    header = rows[1]
    cost = header.index("취득금액")
    assert [r[cost] for r in rows[2:]] == [1_200_000, 600_000, 1_800_000]
    assert rows[-1][0] == "계 (사용 중 2건)" and rows[-1][header.index("장부가액")] == 1_560_000
    assert ws.cell(row=3, column=cost + 1).number_format == "#,##0"


def test_register_and_labels_to_pdf(ctx, bought, tmp_path):
    from heemang_desktop.render.pdf import pdf_page_count

    reg = service.save_register(ctx, "비품", 2026, tmp_path / "비품관리대장.pdf")
    assert pdf_page_count(reg) == 1
    html = service.register_html(service.register(ctx, "비품", 2026))
    assert "1,800,000" in html and "2026-비품-0002" in html
    n = service.save_labels(ctx, None, tmp_path / "라벨.pdf", skip=22)  # two cells left on a used sheet
    assert n == 3 and pdf_page_count(tmp_path / "라벨.pdf") == 2


def test_labels_carry_the_number_as_qr(ctx, bought):
    import segno

    from heemang_desktop.assets.outputs import label_pages, qr_runs

    size, runs = qr_runs("2026-비품-0001")
    matrix = segno.make("2026-비품-0001", error="m", micro=False).matrix
    assert size == len(matrix) and sum(n for _r, _c, n in runs) == sum(map(sum, matrix))
    cells = label_pages(ctx, [bought["washer"]])[0]
    assert {"2026-비품-0001", "세탁기", "희망요양원"} <= {c.text for c in cells}


def test_cli_list_move_dispose_and_changes(setup_result, bought, paths, capsys):
    setup_result.context.close()
    base = ["--data-dir", str(paths.data_dir)]
    assert main([*base, "assets", "move", "2026-비품-0001", "--on", "2026-06-01", "--location", "2층 세탁실",
                 "--custodian", "박철수"]) == 0
    assert main([*base, "assets", "dispose", "2026-비품-0002", "--on", "2026-11-20", "--method", "매각",
                 "--proceeds", "50000"]) == 1
    assert "불용 승인" in capsys.readouterr().err
    assert main([*base, "assets", "dispose", "2026-비품-0002", "--on", "2026-11-20", "--method", "매각",
                 "--proceeds", "50000", "--approval", "○○시-1234", "--approved-on", "2026-11-15"]) == 0
    capsys.readouterr()
    assert main([*base, "assets", "list", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["count"], data["total_cost"]) == (3, 26_800_000)
    by_number = {a["number"]: a for a in data["assets"]}
    assert by_number["2026-비품-0001"]["location"] == "2층 세탁실"
    assert (by_number["2026-비품-0002"]["state"], by_number["2026-비품-0002"]["proceeds"]) == ("불용", 50_000)
    assert main([*base, "assets", "changes", "--year", "2026", "--json"]) == 0
    kinds = [c["kind"] for c in json.loads(capsys.readouterr().out)["changes"]]
    assert kinds == ["취득", "취득", "이동", "불용"]


def test_cli_template_import_and_acquire(setup_result, paths, tmp_path, capsys):
    ctx = setup_result.context
    accounting.set_budget(ctx, 2026, "세출", "211", 9_000_000)
    accounting.save_resolution(ctx, accounting.ResolutionInput(
        kind="지출", resolution_date=date(2026, 4, 2), business_name="승강기 설치",
        lines=[accounting.LineInput("211", 8_000_000)], funding_source="보조금", payment_method="계좌이체"))
    ctx.close()
    base = ["--data-dir", str(paths.data_dir)]
    assert main([*base, "assets", "acquire", "--resolution", "2026-지출-0001", "--category", "재산",
                 "--name", "승강기", "--location", "본관", "--life", "20", "--json"]) == 0
    made = json.loads(capsys.readouterr().out)
    assert (made["number"], made["cost"], made["subsidy"], made["acquired_on"]) == (
        "2026-재산-0001", 8_000_000, True, "2026-04-02")
    template = tmp_path / "assets.xlsx"
    assert main(["template", "assets", str(template)]) == 0
    wb = openpyxl.load_workbook(template)
    assert [str(c.value) for c in wb.active[1]][:4] == ["분류*", "품명*", "취득일자*", "취득금액*"]
    wb.active["D2"] = "-1"
    wb.save(template)
    capsys.readouterr()
    assert main([*base, "import", "assets", str(template)]) == 1
    assert "2행 [취득금액]" in capsys.readouterr().out


def test_the_untouched_template_saves_no_example_asset(setup_result, paths, tmp_path, capsys):
    setup_result.context.close()
    base = ["--data-dir", str(paths.data_dir)]
    template = tmp_path / "assets.xlsx"
    assert main(["template", "assets", str(template)]) == 0
    assert main([*base, "import", "assets", str(template)]) == 1
    assert "자료 행이 없습니다" in capsys.readouterr().err
    wb = openpyxl.load_workbook(template)  # the example left in row 2, the user's asset below it
    wb.active.append(["비품", "세탁기", "2020-05-01", "1,200,000"])
    wb.save(template)
    capsys.readouterr()
    assert main([*base, "import", "assets", str(template)]) == 0, capsys.readouterr()
    capsys.readouterr()
    assert main([*base, "assets", "list", "--json"]) == 0
    assert [a["name"] for a in json.loads(capsys.readouterr().out)["assets"]] == ["세탁기"]


def test_cli_count_round_trip_from_the_blank_template(setup_result, bought, paths, tmp_path, capsys):
    """`template assets-count` → filled → `import assets-count` with no count started: the upload starts
    today's count, and `assets count show` lists the differences."""
    setup_result.context.close()
    base = ["--data-dir", str(paths.data_dir)]
    sheet = tmp_path / "count.xlsx"
    assert main(["template", "assets-count", str(sheet)]) == 0
    wb = openpyxl.load_workbook(sheet)
    ws = wb.active
    header = [str(c.value).rstrip("*") for c in ws[1]]
    ws.delete_rows(2)
    for number, found, place in (("2026-비품-0001", "있음", "2층 세탁실"), ("2026-비품-0002", "없음", None),
                                 ("2020-재산-0001", "있음", None)):
        ws.append([{"자산번호": number, "확인": found, "실제위치": place}.get(h) for h in header])
    wb.save(sheet)
    assert main([*base, "import", "assets-count", str(sheet)]) == 0
    capsys.readouterr()
    assert main([*base, "assets", "count", "show", "--json"]) == 0
    diffs = json.loads(capsys.readouterr().out)["differences"]
    assert [(d["kind"], d["asset_number"], d["found_location"]) for d in diffs] == [
        ("없음", "2026-비품-0002", ""), ("위치 다름", "2026-비품-0001", "2층 세탁실")]
    assert main([*base, "assets", "count", "finish"]) == 0
