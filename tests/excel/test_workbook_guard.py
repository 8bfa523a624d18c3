"""Workbooks made as an attacker would: each is refused with a Korean message before python-calamine
reads it (no abort, no gigabytes), and a header naming a column twice is refused naming both."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
import xlsx_parts as x

from heemang_desktop.excel import guard
from heemang_desktop.excel.layout import load_layout
from heemang_desktop.excel.reader import WorkbookError, read_rows
from heemang_desktop.features import merged

HEAD = [["사번", "근무일자", "성명"], ["E001", "2026-09-01", "김요양"]]
TOO_BIG, DAMAGED = "파일이 너무 큽니다", "손상된 파일입니다"


def far_cell(p):
    """6 KB on disk; calamine would allocate the whole 16,384 x 1,048,576 grid for it and abort."""
    far = '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'
    return x.write(p, x.sheet_xml(itertools.chain(x.rows_xml(HEAD), [far])))


def huge_dimension(p):
    return x.simple(p, HEAD, dimension="A1:XFD1048576")


def shared_count(p):
    """A shared-string table declaring 4 billion entries (calamine reserves 96 GB for it and aborts)."""
    x.simple(p, HEAD)
    with zipfile.ZipFile(p) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    shared = f'<sst {x.NS} count="4000000000" uniqueCount="4000000000"><si><t>a</t></si></sst>'
    parts["xl/sharedStrings.xml"] = shared.encode()
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as z:
        for n, d in parts.items():
            z.writestr(n, d)
    return p


def blank_rows(p, n=1_000_000):
    """The header, then a million rows of empty-text cells (922 MB in calamine before): refused from
    the zip's table of contents (272 MB once decompressed), before any of it is read."""
    row = '<row r="{0}">' + "".join(f'<c r="{c}{{0}}" t="s"><v>0</v></c>' for c in "ABCDEFGH") + "</row>"
    body = (row.format(i) for i in range(3, n + 1))
    return x.write(p, x.sheet_xml(itertools.chain(x.rows_xml(HEAD), body), f"A1:H{n}"), shared=[""], level=1)


def many_rows_no_dimension(p, n=120_000):
    """No dimension recorded, one value per row in column AD: calamine would fill the whole
    120,000 x 30 grid; refused once the rows read so far span more cells than allowed."""
    body = (f'<row r="{i}"><c r="AD{i}"><v>1</v></c></row>' for i in range(3, n))
    return x.write(p, x.sheet_xml(itertools.chain(x.rows_xml(HEAD), body)), level=1)


def big_cell(p, size=200 * 1024 * 1024):
    """One 200 MB cell, streamed into the zip (a few hundred KB on disk)."""
    chunk = "가" * (1 << 20)  # 3 MB in UTF-8
    body = ['<row r="3"><c r="A3" t="inlineStr"><is><t>'] + [chunk] * (size // (3 << 20)) + ["</t></is></c></row>"]
    return x.write(p, x.sheet_xml(itertools.chain(x.rows_xml(HEAD), body)))


def long_cell(p):
    """40,000 characters in one cell: over Excel's own limit, small enough to pass the ratio check."""
    return x.simple(p, HEAD + [["E002", "2026-09-01", "긴" * 40_000]])


def corrupt_deflate(p):
    x.simple(p, HEAD * 200)
    data = bytearray(p.read_bytes())
    with zipfile.ZipFile(p) as z:
        info = z.getinfo("xl/worksheets/sheet1.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    for k in range(start + 20, start + 60):
        data[k] ^= 0x5A
    p.write_bytes(bytes(data))
    return p


def truncated(p):
    x.simple(p, HEAD * 200)
    p.write_bytes(p.read_bytes()[:-300])
    return p


def many_entries(p):
    return x.simple(p, HEAD, extra={f"xl/custom/{i}.xml": "<a/>" for i in range(guard.MAX_ENTRIES)})


def far_row_reference(p):
    far = '<row r="99999999"><c r="A99999999"><v>1</v></c></row>'
    return x.write(p, x.sheet_xml(itertools.chain(x.rows_xml(HEAD), [far])))


def cells_without_references(p):
    """5,000 cells placed one after another (no r attributes): calamine would span 5,000 columns."""
    return x.write(p, x.sheet_xml(itertools.chain(x.rows_xml(HEAD), ["<row>" + "<c><v>1</v></c>" * 5000 + "</row>"])))


def many_shared_strings(p):
    """3.1 million empty shared strings: 15 MB of XML, one object each once read."""
    x.simple(p, HEAD)
    with zipfile.ZipFile(p) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    parts["xl/sharedStrings.xml"] = f"<sst {x.NS}>".encode() + b"<si/>" * 3_100_000 + b"</sst>"
    with zipfile.ZipFile(p, "w", zipfile.ZIP_STORED) as z:  # stored: no compression ratio to give it away
        for n, d in parts.items():
            z.writestr(n, d)
    return p


def many_formats(p):
    styles = f"<styleSheet {x.NS}><cellXfs>" + "<xf/>" * 250_000 + "</cellXfs></styleSheet>"
    return x.simple(p, HEAD, extra={"xl/styles.xml": styles}, compression=zipfile.ZIP_STORED)


def not_a_zip(p):
    p.write_text("사번,근무일자\nE001,2026-09-01\n", encoding="utf-8")
    return p


def named_ods(p):
    """An OpenDocument sheet: calamine would choose its ODS reader by the name, which nothing here checks."""
    with zipfile.ZipFile(p.with_suffix(".ods"), "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", '<table:table-row table:number-rows-repeated="1000000"/>')
    return p.with_suffix(".ods")


def old_xls(p):
    p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    return p


ATTACKS = [
    (far_cell, TOO_BIG, "XFD열"), (huge_dimension, TOO_BIG, "A1:XFD1048576"), (shared_count, DAMAGED, "개수"),
    (blank_rows, TOO_BIG, "압축을 풀면 272MB"), (many_rows_no_dimension, TOO_BIG, "x 30열"),
    (big_cell, TOO_BIG, "압축률"), (long_cell, TOO_BIG, "32,767자"),
    (corrupt_deflate, DAMAGED, "압축을 풀 수 없습니다"), (truncated, DAMAGED, "압축을 풀 수 없습니다"),
    (many_entries, TOO_BIG, "항목이"), (far_row_reference, TOO_BIG, "범위를 넘습니다"),
    (cells_without_references, TOO_BIG, "열까지"), (many_shared_strings, TOO_BIG, "공유 문자열"),
    (many_formats, TOO_BIG, "셀 서식"), (not_a_zip, DAMAGED, "압축을 풀 수 없습니다"),
    (old_xls, "xls", "xlsx"), (named_ods, "xlsx) 파일만", "upload.ods"),
]


@pytest.mark.parametrize("make, first, detail", ATTACKS, ids=[a[0].__name__ for a in ATTACKS])
def test_attack_workbooks_are_refused_in_korean_before_they_are_read(tmp_path, make, first, detail):
    path = make(tmp_path / "upload.xlsx")
    with pytest.raises(WorkbookError) as refused:
        read_rows(path, load_layout("attendance"))
    assert first in str(refused.value) and detail in str(refused.value)


CHILD = """
import json, resource, sys
from pathlib import Path
from heemang_desktop.excel.layout import load_layout
from heemang_desktop.excel.reader import WorkbookError, read_rows
try:
    read_rows(Path(sys.argv[1]), load_layout("attendance"))
    said = "read"
except WorkbookError as e:
    said = str(e)
try:  # this process's own peak: ru_maxrss also counts the parent's memory when it was started by vfork+exec
    peak_kb = int(next(l.split()[1] for l in open("/proc/self/status") if l.startswith("VmHWM:")))
except OSError:
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"said": said, "rss_mb": peak_kb // 1024}))
"""


@pytest.mark.skipif(sys.platform == "win32", reason="resource is POSIX")
@pytest.mark.parametrize("make", [far_cell, shared_count, big_cell], ids=lambda f: f.__name__)
def test_the_process_survives_and_stays_small(tmp_path, make):
    """In a process of its own (an abort would kill pytest itself): it ends normally with the refusal."""
    path = make(tmp_path / "upload.xlsx")
    out = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-1500:]
    result = json.loads(out.stdout)
    assert result["said"].startswith(("파일이 너무 큽니다", "손상된 파일입니다")) and result["rss_mb"] < 250


def test_a_normal_workbook_still_reads(tmp_path):
    sheet, rows = read_rows(x.simple(tmp_path / "ok.xlsx", HEAD + HEAD[1:] * 2, sheet="일일근태"),
                            load_layout("attendance"))
    assert [r.get("사번") for r in rows] == ["E001", "E001", "E001"]


def test_rows_formatted_down_to_the_bottom_still_read(tmp_path):
    """Formatted blank cells (self-closing, no value) to row 1,048,576: calamine skips them, so do the checks."""
    blanks = [f'<row r="{r}"><c r="A{r}" s="1"/><c r="G{r}" t="inlineStr"/></row>' for r in range(4, 2000)]
    blanks.append('<row r="1048576"><c r="A1048576" s="1"/><c r="G1048576" s="1" /></row>')
    rows = [["사번", "근무일자", "성명"], ["E001", "2026-09-01", "김요양"], ["E002", "2026-09-01", "이요양"]]
    path = x.write(tmp_path / "formatted.xlsx",
                   x.sheet_xml(itertools.chain(x.rows_xml(rows), blanks)), sheet="일일근태")
    sheet, read = read_rows(path, load_layout("attendance"))
    assert [r.get("사번") for r in read] == ["E001", "E002"]


@pytest.mark.parametrize("header, message", [
    (["사번", "근무일자", "성명", "비고", "사번"], "'사번' 열이 두 번 있습니다 (A열, E열)"),
    ([None, None, "사번", "근무일자", "비 고", "비고*"], "'비고' 열이 두 번 있습니다 (E열, F열)"),
])
def test_a_column_named_twice_is_refused_naming_both(tmp_path, header, message):
    path = x.simple(tmp_path / "dup.xlsx", [header, ["E001", "2026-09-01", "", "", "E002", "x"]])
    with pytest.raises(WorkbookError) as refused:
        read_rows(path, load_layout("attendance"))
    assert message in str(refused.value)


def test_a_calamine_error_while_rows_stream_is_explained(tmp_path, monkeypatch):
    """Errors raised mid-sheet (after the header was found) come out as WorkbookError, not a traceback."""
    import python_calamine

    path = x.simple(tmp_path / "ok.xlsx", HEAD + HEAD[1:] * 40)
    real = python_calamine.CalamineSheet.iter_rows

    def failing(sheet):
        rows = real(sheet)
        for i, row in enumerate(rows):
            if i == 35:
                raise python_calamine.CalamineError("broken row")
            yield row

    monkeypatch.setattr(python_calamine.CalamineSheet, "iter_rows", failing)
    with pytest.raises(WorkbookError, match="손상된 파일입니다: ok.xlsx의 내용을 읽지 못했습니다") as refused:
        read_rows(path, load_layout("attendance"))
    assert "Error" not in str(refused.value)  # never a library's exception name (issue 14)


KINDS_CHILD = """
import json, sys
sys.path.insert(0, sys.argv[2])
import keyring
from memkeyring import MemoryKeyring
keyring.set_keyring(MemoryKeyring())
from pathlib import Path
from heemang_desktop.app import SetupInput, initialize
from heemang_desktop.features import load, merged
from heemang_desktop.settings import Paths
from heemang_desktop.store.errors import HeemangError
ctx = initialize(Paths(Path(sys.argv[1]) / "store"), SetupInput(facility_code="K0161", facility_name="희망요양원",
                 facility_type="노인요양시설", user_id="admin", user_name="김관리", role="관리자")).context
said = {}
for kind, importer in sorted(merged("imports").items()):
    for f in sys.argv[3:]:
        try:
            load(importer)(ctx, Path(f), dry_run=True)
            said[f"{kind} {Path(f).stem}"] = "imported"
        except HeemangError as e:
            said[f"{kind} {Path(f).stem}"] = str(e)
        print(json.dumps(said), flush=True)
print(json.dumps(said))
"""


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX child")
def test_every_import_kind_reads_through_the_checks(tmp_path):
    """One import of each kind per attack, in a child process: every kind refuses, none aborts."""
    files = [far_cell(tmp_path / "far_cell.xlsx"), shared_count(tmp_path / "shared_count.xlsx"),
             corrupt_deflate(tmp_path / "corrupt_deflate.xlsx")]
    out = subprocess.run([sys.executable, "-c", KINDS_CHILD, str(tmp_path),
                          str(Path(__file__).parents[1]), *map(str, files)],
                         capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stdout[-500:] + out.stderr[-1500:]
    said = json.loads(out.stdout.strip().splitlines()[-1])
    kinds = set(merged("imports"))  # every registered kind, a new feature's too
    assert {"attendance", "budget", "employees", "ltc-payroll", "resolutions", "subjects"} <= kinds
    assert {k.split()[0] for k in said} == kinds and len(said) == 3 * len(kinds)
    assert all(m.startswith(("파일이 너무 큽니다", "손상된 파일입니다")) for m in said.values()), said
