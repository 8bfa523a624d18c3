"""Random upload workbooks and a runner that imports them in child processes, counting outcomes.

`make(kind, seed, path)` writes one workbook: the kind's columns in a random order with random
values of every cell type, written by openpyxl or by hand (xlsx_parts), then often damaged: cut
short, bytes flipped in the file or inside the sheet XML, a far cell, a huge dimension or count,
deep or odd XML, wrong sheets, bad shared-string indexes, date formats on absurd numbers.

`run(kinds, count, workdir)` imports each file with the kind's importer (a dry run) in a child
process that writes one JSON line per file. Outcomes: "report" (an ImportReport), "refused" (a
HeemangError with a Korean message), "traceback" (anything else, with its type), "aborted" (the
child died: SIGABRT, SIGSEGV, out of memory), "hung" (no answer in time). A child that dies is
replaced and goes on with the next file.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import zipfile
from datetime import date, datetime, time, timedelta
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
import xlsx_parts as x  # noqa: E402

KINDS = ("attendance", "budget", "employees", "ltc-payroll", "resolutions", "subjects")
CHILD_MEMORY = 2 * 1024 ** 3  # a child that would need more is killed by the OS: counted as aborted

STRANGE_TEXT = ["", " ", "합계", "=SUM(A1:A9)", "1,234,000", "１２３", "2026-13-45", "25:99", "9" * 40,
                "\u202e역방향", "가" * 300, "-0", "1e308", "NaN", "inf", "예", "N", "<b>", "&amp;", "'", "E0001",
                "2026.9.1", "2026년 9월 1일", "09:00", "0900", "9시 30분", "야간", "정규", "일용", "수입", "지출",
                "110", "131", "321", "일반", "수급자", "1등급", "900101-1234568", "123-456-789012"]


def strange_value(rng: random.Random):
    pick = rng.randrange(12)
    if pick == 0:
        return rng.choice([0, 1, -1, 10 ** 15, -(10 ** 15), 2 ** 63, 1.5, 1e308, -1e-308, 46000, 2958466, 45000.75])
    if pick == 1:
        return rng.choice([date(1900, 1, 1), date(2026, 9, 1), date(9999, 12, 31), date(1, 1, 1)])
    if pick == 2:
        return datetime(rng.randrange(1900, 2100), rng.randrange(1, 13), rng.randrange(1, 29), rng.randrange(24))
    if pick == 3:
        return time(rng.randrange(24), rng.randrange(60))
    if pick == 4:
        return rng.choice([True, False])
    if pick == 5:
        return None
    if pick == 6:
        return timedelta(hours=rng.randrange(-30, 30))
    if pick == 7:
        return "".join(chr(rng.choice([rng.randrange(32, 127), rng.randrange(0xAC00, 0xD7A4),
                                       rng.randrange(0x2000, 0x2070)]))
                       for _ in range(rng.randrange(0, 20)))
    return rng.choice(STRANGE_TEXT)


def plausible_value(rng: random.Random, column: str):
    if "일" in column and "일수" not in column or column in ("지급연월", "회계연도"):
        return rng.choice([date(2026, rng.randrange(1, 13), rng.randrange(1, 29)),
                           "2026-09-01", 2026, "2026-09", 46266])
    if "시각" in column:
        return rng.choice([time(9), "18:00", 0.375, "22:00"])
    if any(w in column for w in ("금액", "급", "액", "수당", "보험", "세", "비", "공제")):
        return rng.choice([100_000, "1,234,000", 0, 2_500_000])
    return rng.choice(STRANGE_TEXT[14:] + [f"E{rng.randrange(1000):04d}", "김요양", "희망"])


def _layout(kind: str):
    from heemang_desktop.excel.layout import load_layout

    return load_layout(kind)


def base_rows(rng: random.Random, kind: str) -> tuple[str, list[list]]:
    layout = _layout(kind)
    columns = list(layout.required) + rng.sample(list(layout.optional), k=rng.randrange(len(layout.optional) + 1))
    if rng.random() < 0.1 and columns:
        columns.append(rng.choice(columns))  # a column named twice
    if rng.random() < 0.1 and columns:
        columns.remove(rng.choice(columns))  # a required column missing
    rng.shuffle(columns)
    rows: list[list] = [[f"{layout.sheet} 업로드"]] if rng.random() < 0.3 else []
    rows.append(list(columns))
    for _ in range(rng.randrange(0, 25)):
        rows.append([strange_value(rng) if rng.random() < 0.35 else plausible_value(rng, c) for c in columns])
    if rng.random() < 0.2:
        rows.append(["합계"])
    sheet = layout.sheet if rng.random() < 0.85 else rng.choice(["Sheet1", "", "x" * 31, layout.sheet + "2"])
    return sheet, rows


def _with_openpyxl(path: Path, sheet: str, rows: list[list], rng: random.Random) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = (sheet or "Sheet1")[:31]
    for r in rows:
        try:
            ws.append(r)
        except Exception:  # openpyxl refuses some values (illegal characters): leave the text out
            ws.append([None if isinstance(v, str) else v for v in r])
    if rng.random() < 0.2:
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=max(2, len(rows[-1]) if rows else 2))
    if rng.random() < 0.2:
        wb.create_sheet(rng.choice(["참고", "Sheet2", (sheet + " ")[-31:]])).append(["아무", "내용"])
    wb.save(path)


def _by_hand(path: Path, sheet: str, rows: list[list], rng: random.Random) -> None:
    def cell_value(v):
        if isinstance(v, (date, datetime)):
            if v.year <= 1899:
                return str(v)
            return (v - (datetime(1899, 12, 30) if isinstance(v, datetime) else date(1899, 12, 30))).days
        if isinstance(v, (time, timedelta, bool)):
            return str(v)
        return v

    body = list(x.rows_xml([[cell_value(v) for v in r] for r in rows]))
    dimension = rng.choice([None, f"A1:{x.column(max(len(r) for r in rows) if rows else 1)}{len(rows)}", "A1"])
    x.write(path, x.sheet_xml(body, dimension), sheet=sheet or "Sheet1", shared=["", "사번", "합계"])


# Damage done to the sheet XML text (before zipping) or to the finished file's bytes.
def _xml_damage(rng: random.Random, xml: str) -> str:
    pick = rng.randrange(14)
    if pick == 0:
        return xml.replace("</sheetData>", '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>')
    if pick == 1:
        return xml.replace("<sheetData>",
                           f'<dimension ref="A1:{rng.choice(["XFD1048576", "ZZ999999", "A0", "B"])}"/><sheetData>')
    if pick == 2:
        depth = rng.choice([1000, 50_000])
        return xml.replace("</sheetData>", "<x>" * depth + "</x>" * depth + "</sheetData>")
    if pick == 3:
        return ('<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
                '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
                + xml.split("?>", 1)[-1].replace("<v>1</v>", "<v>&c;</v>"))
    if pick == 4:
        return xml.replace('t="inlineStr"', 't="s"', 3).replace("<is><t>", "<v>", 3).replace("</t></is>", "</v>", 3)
    if pick == 5:
        return xml.replace('r="A', 'r="', 2)
    if pick == 6:
        return xml.replace("<row ", '<row r="0" ', 1)
    if pick == 7:
        return xml.replace('<c r="B2"', '<c r="B2" t="e"', 1).replace('<c r="A3"', '<c r="A3" t="b"', 1)
    if pick == 8:
        return xml.replace('<c r="A2"', '<c r="A2" t="d"', 1)
    if pick == 9:
        return xml.replace("</sheetData>", '<row r="3"><c r="C3" s="1"><v>99999999999</v></c>'
                                           '<c r="D3" s="1"><v>-5</v></c></row></sheetData>')
    if pick == 10:
        return xml.replace('<c r="', "<c\n  r=\"", 2).replace("<row ", "<x:row ", 1)
    if pick == 11:
        return xml.replace("<sheetData>",
                           "<sheetData><row><c><v>1</v></c>" + "<c><v>2</v></c>" * rng.choice([10, 2000]) + "</row>")
    if pick == 12:
        pos = rng.randrange(max(len(xml), 1))
        return xml[:pos] + rng.choice(["<", ">", "&", '"', "\0", "</c>", "<c>",
                                       "\ud800".encode("utf-8", "surrogatepass").decode("latin-1")]) + xml[pos:]
    return xml[: rng.randrange(max(len(xml), 1))]


STYLES = ('<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd hh:mm"/></numFmts>'
          '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/>'
          '<xf numFmtId="164" applyNumberFormat="1"/></cellXfs>'
          '</styleSheet>')


def _rezip(path: Path, rng: random.Random) -> None:
    with zipfile.ZipFile(path) as z:
        parts = {i.filename: z.read(i) for i in z.infolist()}
    sheets = [n for n in parts if n.startswith("xl/worksheets/")]
    if sheets:
        name = rng.choice(sheets)
        parts[name] = _xml_damage(rng, parts[name].decode("utf-8", "replace")).encode("utf-8", "surrogatepass")
    if rng.random() < 0.3:
        parts["xl/styles.xml"] = STYLES.encode()
    if rng.random() < 0.15:
        count = rng.choice(["4000000000", "99999999", "-1", "x"])
        shared = f'<sst {x.NS} count="{count}" uniqueCount="{count}"><si><t>a</t></si></sst>'
        parts["xl/sharedStrings.xml"] = shared.encode()
    if rng.random() < 0.1:
        parts.pop(rng.choice(list(parts)))
    if rng.random() < 0.05:
        parts["xl/workbook.xml"] = x.workbook_xml("").replace('r:id="rId1"', 'r:id="rId9"').encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, d in parts.items():
            z.writestr(n, d)


def make(kind: str, seed: int, path: Path) -> Path:
    rng = random.Random(f"{kind}-{seed}")
    sheet, rows = base_rows(rng, kind)
    (_with_openpyxl if rng.random() < 0.5 else _by_hand)(path, sheet, rows, rng)
    pick = rng.random()
    if pick < 0.45:
        _rezip(path, rng)
    elif pick < 0.6:
        data = path.read_bytes()
        path.write_bytes(data[: rng.randrange(len(data))])
    elif pick < 0.8:
        data = bytearray(path.read_bytes())
        for _ in range(rng.randrange(1, 20)):
            data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
        path.write_bytes(bytes(data))
    return path


# ---- the child: one store, many files, one JSON line per file -----------------------------------

def child(workdir: str, kind: str, files: list[str], out: str) -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (CHILD_MEMORY, CHILD_MEMORY))
    sys.path.insert(0, str(HERE.parent))
    import keyring
    from memkeyring import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())
    from heemang_desktop.app import SetupInput, initialize
    from heemang_desktop.excel.report import ImportReport
    from heemang_desktop.features import load, merged
    from heemang_desktop.settings import Paths
    from heemang_desktop.store.errors import HeemangError

    store = Path(workdir) / f"store-{kind}-{os.getpid()}"
    ctx = initialize(Paths(store),
                     SetupInput(facility_code="K0161", facility_name="희망요양원", facility_type="노인요양시설",
                                              user_id="admin", user_name="김관리", role="관리자")).context
    importer = load(merged("imports")[kind])
    with open(out, "a", encoding="utf-8") as fh:
        for f in files:
            try:
                result = importer(ctx, Path(f), dry_run=True)
                line = {"file": f, "outcome": "report" if isinstance(result, ImportReport) else "traceback",
                        "detail": type(result).__name__}
            except HeemangError as exc:
                korean = any("\uac00" <= ch <= "\ud7a3" for ch in str(exc))
                line = {"file": f, "outcome": "refused" if korean else "traceback", "detail": str(exc)[:200]}
            except BaseException as exc:  # noqa: BLE001 - counting exactly these is the point
                if isinstance(exc, KeyboardInterrupt):
                    raise
                import traceback

                line = {"file": f, "outcome": "traceback", "detail": f"{type(exc).__name__}: {exc}"[:300],
                        "where": traceback.format_exc()[-1500:]}
            fh.write(json.dumps(line, ensure_ascii=False) + "\n")
            fh.flush()
    ctx.close()


def run(kinds, count: int, workdir: Path, first_seed: int = 0, batch: int = 250, timeout: float = 900) -> dict:
    """Make `count` workbooks per kind, import them in child processes: outcome counts per kind,
    and the lines of every traceback/aborted/hung file."""
    results: dict = {}
    for kind in kinds:
        files = [str(make(kind, s, workdir / f"{kind}-{s}.xlsx")) for s in range(first_seed, first_seed + count)]
        counts = {"report": 0, "refused": 0, "traceback": 0, "aborted": 0, "hung": 0}
        bad: list[dict] = []
        todo = files
        while todo:
            chunk, todo = todo[:batch], todo[batch:]
            out = workdir / f"{kind}-{len(todo)}.jsonl"
            out.unlink(missing_ok=True)
            while chunk:
                try:
                    proc = subprocess.run([sys.executable, __file__, "--child", str(workdir), kind, str(out), *chunk],
                                          capture_output=True, text=True, timeout=timeout)
                    died = proc.returncode != 0
                    why = f"exit {proc.returncode}: {proc.stderr[-300:]}"
                except subprocess.TimeoutExpired:
                    died, why = True, "hung"
                lines = out.read_text(encoding="utf-8").splitlines() if out.exists() else []
                done = [json.loads(line) for line in lines]
                out.unlink(missing_ok=True)
                for line in done:
                    counts[line["outcome"]] += 1
                    if line["outcome"] == "traceback":
                        bad.append(line)
                chunk = chunk[len(done):]
                if died and chunk:
                    outcome = "hung" if why == "hung" else "aborted"
                    counts[outcome] += 1
                    bad.append({"file": chunk[0], "outcome": outcome, "detail": why})
                    chunk = chunk[1:]
                elif died:  # died after its last file (closing the store): still a failure to count
                    counts["aborted"] += 1
                    bad.append({"file": "(after the last file)", "outcome": "aborted", "detail": why})
        results[kind] = {"counts": counts, "bad": bad}
    return results


if __name__ == "__main__" and len(sys.argv) > 1 and sys.argv[1] == "--child":
    child(sys.argv[2], sys.argv[3], sys.argv[5:], sys.argv[4])
