"""Checks an uploaded workbook before python-calamine reads it, so no file can abort the process.

calamine trusts what the file says: one cell at XFD1048576 makes it allocate the whole 16,384 x
1,048,576 grid, a shared-string table declaring 4 billion entries 96 GB (both abort the process,
no exception), one 200 MB cell takes gigabytes. So the zip is checked first (entry count, sizes,
compression ratio, every entry decompressed once, which also proves the deflate streams and CRCs),
then the parts calamine reads are scanned as bytes, in chunks, for the grid they span (cell and row
references, the declared dimension), declared counts, and the longest text between two tags.
Anything over a limit is refused with a Korean message before calamine sees the file.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from pathlib import Path, PurePosixPath

from heemang_desktop.store.errors import HeemangError

MAX_FILE_BYTES = 100 * 1024 * 1024  # the .xlsx on disk
MAX_ENTRIES = 2000
MAX_UNCOMPRESSED = 256 * 1024 * 1024  # all entries together, decompressed (34 MB for 100,000 attendance rows)
MAX_RATIO = 200  # deflate of real sheets stays far below; a zip bomb is near 1000
MAX_CELLS = 3_000_000  # the grid calamine allocates: 100,000 rows x 30 columns
MAX_COLUMNS = 1024
MAX_FORMATS = 200_000  # Excel itself keeps about 64,000 cell formats per workbook
MAX_CELL_CHARS = 32_767  # Excel's own limit for one cell
MAX_RUN_BYTES = MAX_CELL_CHARS * 4  # longest text between two tags: UTF-8 and escapes included
MAX_COUNT_DIGITS = 8  # a declared count of 100,000,000 or more is never real
CHUNK = 1 << 20
WINDOW = MAX_CELL_CHARS // 2  # a run of MAX_CELL_CHARS bytes always covers one whole window
BINARY = {".png", ".jpg", ".jpeg", ".gif", ".bmp", ".emf", ".wmf", ".tif", ".tiff", ".bin", ".wdp", ".svg"}

_P = rb"<(?:[A-Za-z_][\w.-]*:)?"  # a tag, with or without a namespace prefix
CELL_REF = re.compile(_P + rb'c\s[^>]*?\br="([A-Za-z]*)([0-9]*)"')
CELL_ANY = re.compile(_P + rb"c[\s/>]")
ROW_REF = re.compile(_P + rb'row\s[^>]*?\br="([0-9]*)"')
ROW_ANY = re.compile(_P + rb"row[\s/>]")
FAST_COL = re.compile(rb'<c r="([A-Z]{1,3})[0-9]{1,7}"')  # a cell as Excel writes it: r first, in range
FAST_FILLED_ROW = re.compile(rb'<c r="[A-Z]{1,3}([0-9]{1,7})"[^>]*(?<!/)>')  # ... and not self-closing
ROW_END = re.compile(rb"</(?:[A-Za-z_][\w.-]*:)?row>")
DIMENSION = re.compile(_P + rb'dimension\s[^>]*?\bref="([^"]{0,64})"')
BIG_COUNT = re.compile(rb'\b(?:count|uniqueCount)="\s*\+?0*([0-9]{%d,})' % MAX_COUNT_DIGITS)
ENTITY = re.compile(rb"&[#\w]{1,10};")
TARGET = re.compile(rb'\bTarget="([^"]{1,300})"')
RANGE = re.compile(r"\$?([A-Za-z]{1,3})\$?([0-9]{1,7})(?::\$?([A-Za-z]{1,3})\$?([0-9]{1,7}))?")


class WorkbookError(HeemangError):
    pass


def too_big(what: str) -> WorkbookError:
    return WorkbookError(f"파일이 너무 큽니다: {what}. 필요한 시트와 행만 남겨 다시 저장하세요.")


def damaged(what: str) -> WorkbookError:
    return WorkbookError(f"손상된 파일입니다: {what}. 엑셀에서 열어 '다른 이름으로 저장'(xlsx)한 뒤 다시 올리세요.")


def column_number(letters: str) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + ord(ch) - 64
    return n


def column_letters(n: int) -> str:
    s = ""
    while n > 0:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def check_workbook(path: Path) -> None:
    """Raise WorkbookError (Korean) unless `path` is an xlsx calamine can read within the limits."""
    # calamine picks its reader by the name: only xlsx is checked here
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        raise WorkbookError(f"엑셀 통합 문서(xlsx) 파일만 올릴 수 있습니다: {path.name[:80]}. "
                            "엑셀에서 'Excel 통합 문서(xlsx)'로 저장한 뒤 다시 올리세요.")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise too_big(f"{size / 1024 / 1024:.0f}MB (최대 {MAX_FILE_BYTES // 1024 // 1024}MB)")
    _check_directory_size(path, size)
    try:
        with zipfile.ZipFile(path) as z:
            _check_zip(z)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, NotImplementedError, ValueError,
            OSError, RuntimeError) as exc:
        if _is_ole(path):
            raise WorkbookError("예전 엑셀 형식(xls)이거나 암호가 걸린 파일입니다. 엑셀에서 'Excel 통합 문서(xlsx)'로 "
                                "저장한 뒤 다시 올리세요.") from None
        raise damaged(f"압축을 풀 수 없습니다 ({_why(exc)})") from None


def _why(exc: BaseException) -> str:
    text = str(exc)
    if isinstance(exc, zlib.error):
        return "압축된 데이터가 깨졌습니다"
    if isinstance(exc, EOFError) or "truncated" in text.lower():
        return "파일이 중간에 끊겼습니다"
    if isinstance(exc, NotImplementedError):
        return "지원하지 않는 압축 방식입니다"
    if "CRC" in text:
        return "내용 검사값(CRC)이 맞지 않습니다"
    if "not a zip" in text.lower():
        return "xlsx(zip) 형식이 아니거나 파일 끝이 잘렸습니다"
    return "xlsx(zip) 구조가 깨졌습니다"


def _check_directory_size(path: Path, size: int) -> None:
    """The zip's table of contents, from its end record, before zipfile builds an object per entry."""
    with path.open("rb") as fh:
        fh.seek(max(0, size - 65_557))
        end = fh.read()
    at = end.rfind(b"PK\x05\x06")
    if at >= 0 and len(end) >= at + 16:
        directory = int.from_bytes(end[at + 12:at + 16], "little")
        if directory != 0xFFFFFFFF and directory > MAX_ENTRIES * 1024:
            raise too_big(f"파일 안의 항목 목록이 {directory / 1024 / 1024:.1f}MB")


def _is_ole(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(8) == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _check_zip(z: zipfile.ZipFile) -> None:
    infos = z.infolist()
    if len(infos) > MAX_ENTRIES:
        raise too_big(f"파일 안의 항목이 {len(infos):,}개 (최대 {MAX_ENTRIES:,}개)")
    names = [i.filename for i in infos]
    if len(set(names)) != len(names):
        raise damaged("같은 이름의 항목이 두 번 있습니다")
    if sum(i.file_size for i in infos) > MAX_UNCOMPRESSED:
        raise too_big(f"압축을 풀면 {sum(i.file_size for i in infos) / 1024 / 1024:,.0f}MB")
    for i in infos:
        if i.file_size > CHUNK and i.file_size > MAX_RATIO * max(i.compress_size, 1):
            ratio = i.file_size // max(i.compress_size, 1)
            raise too_big(f"'{i.filename[:60]}' 항목의 압축률이 비정상입니다 ({ratio:,}배)")
    read_by_calamine = _rels_targets(z)
    total = 0
    for i in infos:
        suffix = PurePosixPath(i.filename).suffix.lower()
        text = i.filename in read_by_calamine or (suffix not in BINARY and not i.filename.startswith("xl/media/"))
        total += _scan_entry(z, i, text, MAX_UNCOMPRESSED - total)


def _rels_targets(z: zipfile.ZipFile) -> set[str]:
    """Parts named by any .rels file (calamine opens sheets by these, whatever their extension)."""
    targets = set()
    for i in z.infolist():
        if i.filename.endswith(".rels"):
            if i.file_size > CHUNK:  # real ones are a few hundred bytes; a big one could hide a sheet's name
                raise damaged(f"'{i.filename[:60]}' 항목이 비정상적으로 큽니다")
            base = PurePosixPath(i.filename).parent.parent
            for t in TARGET.findall(z.read(i)):
                name = t.decode("utf-8", "replace")
                path = PurePosixPath(name.lstrip("/")) if name.startswith("/") else base / name
                parts: list[str] = []
                for p in path.parts:
                    if p == "..":
                        parts = parts[:-1]
                    elif p != ".":
                        parts.append(p)
                targets.add("/".join(parts))
    return targets


class _Grid:
    """What one part's cells span, accumulated chunk by chunk.

    Cells as Excel and most writers store them (`<c r="B7"`, r first, no namespace prefix) are read
    with fast patterns; a chunk with anything else (another tag starting "<c", a cell without a
    reference or with one out of range, a prefix) goes through the general patterns."""

    def __init__(self):
        self.max_row = self.max_col = 0
        self.rows_without_ref = 0
        self.widest_unreferenced_row = 0
        self.strings = self.formats = 0

    def add(self, buf: bytes) -> None:
        cols = FAST_COL.findall(buf)
        if len(cols) == buf.count(b"<c") and b":c" not in buf:
            # Every tag starting "<c" is a cell with its own plain reference (no prefixed cell hides
            # behind ":c"): the row tags cannot move any cell, so the cells alone give the grid. Its
            # height counts only cells with content: calamine skips a self-closing one (a formatted
            # blank, as in a template formatted down to the bottom), wherever it is.
            if cols:
                self.max_col = max(self.max_col, max(column_number(c.decode()) for c in set(cols)))
                self.max_row = max(self.max_row, max(map(int, set(FAST_FILLED_ROW.findall(buf))), default=0))
            return
        refs, rows = CELL_REF.findall(buf), ROW_REF.findall(buf)
        if refs and (not all(c for c, _ in refs) or not all(r for _, r in refs)):
            raise damaged("셀 위치(r)가 잘못되었습니다")
        if rows and not all(rows):
            raise damaged("행 번호(r)가 잘못되었습니다")
        if refs:
            letters, numbers = zip(*refs, strict=True)
            if max(map(len, letters)) > 3 or max(map(len, numbers)) > 7:
                raise too_big("셀 위치가 엑셀의 범위를 넘습니다")
            self.max_col = max(self.max_col, max(column_number(c.decode()) for c in set(letters)))
            self.max_row = max(self.max_row, max(map(int, numbers)))
        if rows:
            if max(map(len, rows)) > 7:
                raise too_big("행 번호가 엑셀의 범위를 넘습니다")
            self.max_row = max(self.max_row, max(map(int, rows)))
        self.rows_without_ref += len(ROW_ANY.findall(buf)) - len(rows)
        if len(CELL_ANY.findall(buf)) > len(refs):  # cells placed one after another: count them per row
            self.widest_unreferenced_row = max(self.widest_unreferenced_row,
                                               max(len(CELL_ANY.findall(seg)) for seg in ROW_END.split(buf)))

    def count_items(self, buf: bytes, name: str) -> None:
        """Shared strings and cell formats are held one object each: tens of millions of tiny ones
        fit in the size limits and would take hundreds of megabytes (3.1 million empty strings: 86 MB)."""
        self.strings += buf.count(b"<si") + buf.count(b":si")
        self.formats += buf.count(b"<xf") + buf.count(b":xf")
        if self.strings > MAX_CELLS:
            raise too_big(f"공유 문자열이 {self.strings:,}개 넘게 있습니다 ('{name[:60]}')")
        if self.formats > MAX_FORMATS:
            raise too_big(f"셀 서식이 {self.formats:,}개 넘게 있습니다 ('{name[:60]}')")

    def check(self) -> None:
        rows = self.max_row + self.rows_without_ref
        cols = self.max_col + self.widest_unreferenced_row
        if cols > MAX_COLUMNS:
            raise too_big(f"{column_letters(min(cols, 16384))}열까지 값이 있습니다 "
                          f"(최대 {column_letters(MAX_COLUMNS)}열)")
        if rows * cols > MAX_CELLS:
            raise too_big(f"시트가 {rows:,}행 x {cols:,}열입니다 (칸 {MAX_CELLS:,}개까지)")


def _check_dimension(buf: bytes) -> None:
    m = DIMENSION.search(buf)
    if not m:
        return
    ref = m.group(1).decode("ascii", "replace")
    r = RANGE.fullmatch(ref)
    if r is None:
        raise damaged(f"시트 크기 표시가 잘못되었습니다 ({ref[:20]})")
    c1, r1, c2, r2 = r.groups()
    rows = abs(int(r2 or r1) - int(r1)) + 1
    cols = abs(column_number(c2 or c1) - column_number(c1)) + 1
    if cols > MAX_COLUMNS or rows * cols > MAX_CELLS:
        raise too_big(f"시트 크기가 {ref}로 표시되어 있습니다")


def _check_runs(buf: bytes, name: str) -> None:
    """Refuse text between two tags longer than one cell may hold. Every window of WINDOW bytes is
    looked at once (memchr speed); only a window without any '<' (a run of WINDOW bytes or more,
    rare in real sheets) has its run measured, in characters, entities counted as one."""
    for i in range(0, len(buf), WINDOW):
        if buf.find(b"<", i, i + WINDOW) >= 0:
            continue
        start = buf.rfind(b"<", 0, i) + 1
        end = buf.find(b"<", i)
        run = buf[start:end if end >= 0 else len(buf)]
        chars = len(ENTITY.sub(b"&", run).decode("utf-8", "replace")) if len(run) <= MAX_RUN_BYTES else MAX_RUN_BYTES
        if chars > MAX_CELL_CHARS:
            raise too_big(f"셀 하나의 글자가 {MAX_CELL_CHARS:,}자를 넘습니다 ('{name[:60]}')")


def _scan_entry(z: zipfile.ZipFile, info: zipfile.ZipInfo, text: bool, budget: int) -> int:
    """Decompress one entry (CRC checked at its end); for a text part, scan it. Returns its real size."""
    seen = 0
    grid = _Grid() if text else None
    tail = b"<"  # as if a tag ended just before the part: the first run counts from its start
    first = True
    with z.open(info) as fh:
        while chunk := fh.read(CHUNK):
            seen += len(chunk)
            if seen > budget:
                raise too_big(f"압축을 풀면 {MAX_UNCOMPRESSED // 1024 // 1024}MB가 넘습니다")
            if grid is None:
                continue
            buf = tail + chunk
            _check_runs(buf, info.filename)
            if b'ount="' in buf and BIG_COUNT.search(buf):
                raise damaged(f"'{info.filename[:60]}'에 표시된 개수가 비정상입니다")
            cut = buf.rfind(b"<")
            if first:
                _check_dimension(buf)
                first = False
            grid.add(buf[:cut])
            grid.count_items(buf[:cut], info.filename)
            grid.check()  # as soon as the grid is too large, not after the last chunk
            tail = buf[cut:]
    if grid is not None:
        grid.add(tail)
        grid.count_items(tail, info.filename)
        grid.check()
    return seen
