"""`heemang-desktop import KIND FILE --map FILE.json` (issue 14): unmapped values printed with their
closest allowed values; a map file settles them; a bad map file is refused in Korean; the facility's
remembered mappings apply on the command line too."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from openpyxl import Workbook

from heemang_desktop.cli import main
from heemang_desktop.excel.mappings import save_mappings


def subjects_file(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "대상자"
    ws.append(["성명", "입소일", "대상자번호", "보장구분", "성별"])
    for n in range(1, 4):
        ws.append([f"대상자{n}", "2026-09-01", f"S-{n:04d}", "기초생활수급", "남자"])
    ws.append(["대상자4", "2026-09-01", "S-0004", "후원금", "여"])
    wb.save(path)
    return path


def run(paths, *args) -> int:
    return main(["--data-dir", str(paths.data_dir), "import", "subjects", *map(str, args)])


def test_unmapped_values_are_printed_with_their_closest_allowed_values(ctx, paths, tmp_path, capsys):
    ctx.close()
    assert run(paths, subjects_file(tmp_path / "s.xlsx")) == 1
    out = capsys.readouterr().out
    assert "[보장구분] '기초생활수급' (3행) → 가까운 값: 기초생활수급(생계), 기초생활수급(의료)" in out
    assert "[보장구분] '후원금' (1행)" in out
    assert "아무것도 저장하지 않았습니다" in out


def test_a_map_file_settles_them_and_saves(ctx, paths, tmp_path, capsys):
    ctx.close()
    mapping = tmp_path / "map.json"
    mapping.write_text(json.dumps({"보장구분": {"기초생활수급": "기초생활수급(의료)", "후원금": "일반"}},
                                  ensure_ascii=False), encoding="utf-8")
    assert run(paths, subjects_file(tmp_path / "s.xlsx"), "--map", mapping, "--json") == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["created"], report["saved"], report["unmapped"]) == (4, True, [])


def test_a_map_to_a_value_the_column_lacks_is_a_rejected_row_not_a_save(ctx, paths, tmp_path, capsys):
    ctx.close()
    mapping = tmp_path / "map.json"
    mapping.write_text('{"보장구분": {"기초생활수급": "기초", "후원금": "일반"}}', encoding="utf-8")
    assert run(paths, subjects_file(tmp_path / "s.xlsx"), "--map", mapping, "--json") == 1
    report = json.loads(capsys.readouterr().out)
    assert report["saved"] is False and len(report["rejected"]) == 3
    assert report["rejected"][0]["reason"].startswith("보장구분의 맞춤 '기초생활수급' → '기초'")


def test_a_bad_map_file_is_refused_in_korean_before_anything_is_read(ctx, paths, tmp_path, capsys):
    ctx.close()
    mapping = tmp_path / "map.json"
    mapping.write_text('{"보장구분": ["기초생활수급"]}', encoding="utf-8")
    assert run(paths, subjects_file(tmp_path / "s.xlsx"), "--map", mapping) != 0
    err = capsys.readouterr().err
    assert "오류: 맞춤 파일의 '보장구분'에는 {적힌 값: 바꿀 값}을 문자열로 적으세요." in err
    assert "Traceback" not in err and "Error" not in err


def test_the_facilitys_remembered_mappings_apply_and_the_map_file_wins(ctx, paths, tmp_path, capsys):
    save_mappings(ctx, "subjects", {"보장구분": {"기초생활수급": "기초생활수급(생계)", "후원금": "차상위"}})
    ctx.close()
    mapping = tmp_path / "map.json"
    mapping.write_text('{"보장구분": {"후원금": "일반"}}', encoding="utf-8")
    assert run(paths, subjects_file(tmp_path / "s.xlsx"), "--map", mapping, "--json") == 0
    capsys.readouterr()
    con = sqlite3.connect(f"file:{paths.database}?mode=ro", uri=True)
    try:
        categories = con.execute("SELECT name, support_category FROM subject ORDER BY name").fetchall()
    finally:
        con.close()
    assert categories == [("대상자1", "기초생활수급(생계)"), ("대상자2", "기초생활수급(생계)"),
                          ("대상자3", "기초생활수급(생계)"), ("대상자4", "일반")]


def test_a_map_for_a_column_the_layout_does_not_code_is_named_not_silently_ignored(ctx, paths, tmp_path, capsys):
    ctx.close()
    mapping = tmp_path / "map.json"
    misspelt = {"보장": {"기초생활수급": "기초생활수급(생계)"}}  # the column is 보장구분
    mapping.write_text(json.dumps(misspelt, ensure_ascii=False), encoding="utf-8")
    assert run(paths, subjects_file(tmp_path / "s.xlsx"), "--dry-run", "--map", mapping) == 1
    out = capsys.readouterr().out
    assert "값 맞춤의 '보장' 열은 이 양식에서 값을 맞추는 열이 아니라 쓰지 않았습니다" in out
    assert "보장구분" in out.split("값 맞춤의 '보장' 열")[1]  # the columns that can be mapped are named
