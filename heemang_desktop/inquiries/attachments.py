"""Files attached to an inquiry, kept in attachments/inquiry/<inquiry id>/ as accounting keeps evidence.

The synced `attachments` column is a JSON list of {"name": shown name, "file": "<sha256>.<ext>"}; only
the checked reference ever names a file (store/safe_files.py). Files are checked by content (PDF,
images that really decode, HWP/Office documents, zip for logs), capped in size, written atomically.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

from heemang_desktop.render.images import decodes
from heemang_desktop.store import safe_files
from heemang_desktop.store.errors import ValidationError

FOLDER = "inquiry"
MAX_BYTES = 10 * 1024 * 1024
MAX_COUNT = 10
KINDS = {"pdf", "png", "jpg", "bmp", "hwp", "hwpx", "xls", "xlsx", "doc", "docx"}


def entries(stored: str | None) -> list[dict]:
    try:
        value = json.loads(stored or "[]")
    except (TypeError, ValueError):
        return []
    return [e for e in value if isinstance(e, dict)] if isinstance(value, list) else []


def clean_name(name: str) -> str:
    hidden = ("Cc", "Cf", "Zl", "Zp")  # controls, format marks, line separators: never shown
    s = "".join(c for c in unicodedata.normalize("NFC", name) if unicodedata.category(c) not in hidden).strip()
    s = s or "첨부"
    return s if len(s) <= safe_files.MAX_NAME else s[: safe_files.MAX_NAME - 1] + "…"


def names(stored: str | None) -> list[str]:
    return [clean_name(str(e.get("name", ""))) for e in entries(stored)]


def check(files: list[str]) -> list[tuple[str, bytes, str]]:
    """(shown name, bytes, stored extension) per file; a Korean ValidationError for the first one that
    is missing, too large or not a kind the help desk can open."""
    if len(files) > MAX_COUNT:
        raise ValidationError(f"첨부는 질의 하나에 {MAX_COUNT}개까지입니다.", "attachments")
    out = []
    for f in files:
        src = Path(f)
        data = safe_files.read_capped(src, MAX_BYTES, "첨부")
        ext = safe_files.sniff(data, src.name)
        if ext not in KINDS or (ext in safe_files.IMAGES and not decodes(data, ext)):
            raise ValidationError(
                f"첨부할 수 없는 파일입니다 (PDF, 그림, 한글·오피스 문서만, 내용으로 확인): {clean_name(src.name)}",
                "attachments")
        out.append((clean_name(src.name), data, ext))
    return out


def store(root: Path, inquiry_id: str, checked: list[tuple[str, bytes, str]], written: list[Path]) -> str:
    """Keep the files under the inquiry's folder and return the stored list; each file this call
    wrote is appended to `written`, for the caller to remove if the save fails."""
    listed: list[dict] = []
    taken: set[str] = set()
    for name, data, ext in checked:
        ref, path, created = safe_files.store_owned(root, FOLDER, inquiry_id, data, ext)
        if created:
            written.append(path)
        if any(e["file"] == ref for e in listed):
            continue  # the same file twice
        shown, n = name, 1
        while shown in taken:
            n += 1
            stem, dot, suffix = name.rpartition(".")
            shown = f"{stem} ({n}).{suffix}" if dot else f"{name} ({n})"
        listed.append({"name": shown, "file": ref})
        taken.add(shown)
    return json.dumps(listed, ensure_ascii=False)


def file_of(root: Path, inquiry_id: str, entry: dict) -> Path | None:
    ref = entry.get("file")
    if not safe_files.is_ref(ref, KINDS):
        return None
    return safe_files.stored_file(root, FOLDER, inquiry_id, ref)
