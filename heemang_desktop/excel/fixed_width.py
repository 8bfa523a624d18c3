"""Fixed-width record files (CMS bank files: EB13/EB14, EB21/EB22), read by a layout table in resources/layouts/.

A layout names the encoding (EUC-KR for CMS), the record length in bytes, where the record type
sits, and per record type (header / data / trailer) its fields: name, 0-based byte offset, length
in bytes, type. Offsets are bytes, not characters: a Hangul character is two bytes in EUC-KR.
`N` fields are zero-filled numbers (given as int), `A`/`AN` left-aligned text, `H` text that may
hold Hangul padded with full-width spaces. Records may be separated by CR/LF or not at all.
The trailer's count must equal the data records read, or the file is refused as cut short.
"""

from __future__ import annotations

from collections.abc import Generator, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from heemang_desktop.excel.guard import WorkbookError
from heemang_desktop.resources import load_json

READ_BYTES = 1 << 16
_BREAKS = b"\r\n"


@dataclass(frozen=True)
class Field:
    name: str
    start: int
    length: int
    type: str
    encoding: str


@dataclass(frozen=True)
class RecordType:
    role: str  # header, data, trailer
    code: str
    fields: tuple[Field, ...]
    count_field: str = ""


@dataclass(frozen=True)
class FixedLayout:
    name: str
    title: str
    encoding: str
    record_length: int
    type_start: int
    type_length: int
    records: dict  # code -> RecordType

    @property
    def data(self) -> RecordType:
        return next(r for r in self.records.values() if r.role == "data")


def load_fixed_layout(name: str, folder: str = "layouts") -> FixedLayout:
    """The layout `resources/<folder>/<name>.json` (CMS bank files keep theirs in resources/cms/)."""
    raw = load_json(f"{folder}/{name}.json")
    encoding = raw["encoding"]
    records = {}
    for role, spec in raw["records"].items():
        fields = tuple(Field(f["field"], int(f["start"]), int(f["length"]), f.get("type", "AN"),
                             f.get("encoding", encoding)) for f in spec["fields"])
        records[spec["code"]] = RecordType(role, spec["code"], fields, spec.get("count_field", ""))
    return FixedLayout(name, raw.get("title", name), encoding, int(raw["record_length"]),
                       int(raw["type_field"]["start"]), int(raw["type_field"]["length"]), records)


def _value(record: bytes, f: Field, number: int):
    raw = record[f.start:f.start + f.length]
    try:
        s = raw.decode(f.encoding)
    except UnicodeDecodeError:
        raise WorkbookError(f"{number}번째 레코드의 '{f.name}'을(를) {f.encoding.upper()} 글자로 읽지 못했습니다. "
                            "은행에서 받은 파일 그대로 올리세요.") from None
    s = s.strip(" \u3000") if f.type == "H" else s.strip(" ")
    if f.type == "N" and s.isdigit() and s.isascii():
        return int(s)
    return s  # an N field that is not digits stays text: the column check names it


def _records(path: Path, length: int) -> Iterator[bytes]:
    """Fixed-length records from the file, streamed; CR/LF between records is skipped."""
    buf = b""
    with path.open("rb") as fh:
        while True:
            buf = buf.lstrip(_BREAKS)
            while len(buf) < length:
                more = fh.read(READ_BYTES)
                if not more:
                    break
                buf = (buf + more).lstrip(_BREAKS)
            if not buf:
                return
            if len(buf) < length:
                raise WorkbookError(f"마지막 레코드가 {len(buf)}바이트로 잘렸습니다 (한 레코드는 {length}바이트). "
                                    "파일이 덜 받아졌는지 확인하세요.")
            record, buf = buf[:length], buf[length:]
            yield record


@dataclass
class FixedSource:
    """A fixed-width file opened for the pipeline: data records as (record number, field values)."""

    layout: FixedLayout
    path: Path
    columns: dict = field(init=False)  # data field name -> index
    unknown_columns: list = field(default_factory=list)
    header: dict = field(default_factory=dict)
    trailer: dict = field(default_factory=dict)
    data_count: int = 0

    def __post_init__(self):
        self.columns = {f.name: i for i, f in enumerate(self.layout.data.fields)}
        self.cells = self._cells()

    def close(self) -> None:
        """Release the file, even when an import stopped before the last record."""
        self.cells.close()

    def _cells(self) -> Generator[tuple[int, list], None, None]:
        layout = self.layout
        at, width = layout.type_start, layout.type_length
        for number, record in enumerate(_records(self.path, layout.record_length), 1):
            try:
                code = record[at:at + width].decode("ascii")
            except UnicodeDecodeError:
                code = "?"
            kind = layout.records.get(code)
            if kind is None:
                raise WorkbookError(f"{number}번째 레코드의 종류 '{code}'를 모릅니다 ({layout.title} 파일이 맞는지 "
                                    "확인하세요).")
            if self.trailer:
                raise WorkbookError(f"{number}번째 레코드가 끝 레코드(trailer) 뒤에 있습니다.")
            values = [_value(record, f, number) for f in kind.fields]
            if kind.role == "data":
                if not self.header and any(r.role == "header" for r in layout.records.values()):
                    raise WorkbookError(f"{layout.title} 파일의 첫 레코드는 머리 레코드(header)여야 합니다.")
                self.data_count += 1
                yield number, values
            elif kind.role == "header":
                if self.header or self.data_count:
                    raise WorkbookError(f"{number}번째 레코드: 머리 레코드(header)가 또 있습니다.")
                self.header = dict(zip((f.name for f in kind.fields), values, strict=True))
            else:
                self.trailer = dict(zip((f.name for f in kind.fields), values, strict=True))
                expected = self.trailer.get(kind.count_field) if kind.count_field else None
                if expected is not None and expected != self.data_count:
                    raise WorkbookError(f"끝 레코드의 총건수 {expected}건과 실제 자료 {self.data_count}건이 다릅니다. "
                                        "파일이 잘리거나 고쳐졌는지 확인하세요.")
        if not self.trailer and any(r.role == "trailer" for r in layout.records.values()):
            raise WorkbookError(f"{layout.title} 파일에 끝 레코드(trailer)가 없습니다: 파일이 잘렸는지 확인하세요.")


def open_fixed(path: Path, layout: FixedLayout) -> FixedSource:
    path = Path(path)
    if not path.is_file():
        raise WorkbookError(f"파일이 없습니다: {path}")
    return FixedSource(layout, path)


def read_fixed(path: Path, layout: FixedLayout) -> tuple[FixedSource, list[tuple[int, list]]]:
    """(source, every data record): for small files and tests."""
    source = open_fixed(path, layout)
    return source, list(source.cells)
