"""Hand-made xlsx files for attack and fuzz tests: every part written directly, so a test controls
exactly what the reader sees (a lying dimension, a far cell, a huge string, a broken deflate stream)."""

from __future__ import annotations

import zipfile
from collections.abc import Iterable
from xml.sax.saxutils import escape

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml"'
    ' ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml"'
    ' ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml"'
    ' ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    '</Types>')
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"'
    ' Target="xl/workbook.xml"/>'
    '</Relationships>')
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"'
    ' Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"'
    ' Target="sharedStrings.xml"/>'
    '</Relationships>')
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


def workbook_xml(sheet: str) -> str:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook {NS} '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            f'<sheets><sheet name="{escape(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>')


def column(n: int) -> str:
    """1 -> A, 27 -> AA."""
    s = ""
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def cell(ref: str, value) -> str:
    if value is None:
        return f'<c r="{ref}" s="1"/>'
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return f'<c r="{ref}"><v>{value}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t>{escape(str(value))}</t></is></c>'


def rows_xml(rows: Iterable[Iterable], first: int = 1) -> Iterable[str]:
    for i, row in enumerate(rows, first):
        yield f'<row r="{i}">' + "".join(cell(f"{column(j)}{i}", v) for j, v in enumerate(row, 1)) + "</row>"


def sheet_xml(body: Iterable[str], dimension: str | None = None) -> Iterable[str]:
    yield f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet {NS}>'
    if dimension:
        yield f'<dimension ref="{dimension}"/>'
    yield "<sheetData>"
    yield from body
    yield "</sheetData></worksheet>"


def write(path, sheet_parts: Iterable[str], sheet: str = "Sheet1", shared: Iterable[str] = (),
          compression=zipfile.ZIP_DEFLATED, extra: dict | None = None, level: int | None = None):
    """Write an xlsx whose first sheet's XML is the concatenation of `sheet_parts` (streamed)."""
    with zipfile.ZipFile(path, "w", compression, compresslevel=level) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", ROOT_RELS)
        z.writestr("xl/workbook.xml", workbook_xml(sheet))
        z.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        items = list(shared)
        z.writestr("xl/sharedStrings.xml", f'<?xml version="1.0" encoding="UTF-8"?><sst {NS} count="{len(items)}">'
                   + "".join(f"<si><t>{escape(s)}</t></si>" for s in items) + "</sst>")
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as fh:
            for part in sheet_parts:
                fh.write(part.encode("utf-8"))
        for name, data in (extra or {}).items():
            z.writestr(name, data)
    return path


def simple(path, rows, sheet="Sheet1", dimension=None, **kw):
    return write(path, sheet_xml(rows_xml(rows), dimension), sheet=sheet, **kw)
