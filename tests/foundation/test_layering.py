"""The dependency rules of architecture §3, checked on the source: a broken rule fails here, not in review."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PKG = Path(__file__).resolve().parents[2] / "heemang_desktop"


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names |= {f"{node.module}.{a.name}" for a in node.names}
    return names


def _modules(inside_gui: bool):
    for path in sorted(PKG.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        if (path.parent == PKG / "gui" or PKG / "gui" in path.parents) == inside_gui:
            yield path


def test_nothing_outside_gui_imports_qt():
    """render/ is the one exception, and only for QtCore/QtGui (no widgets), inside its functions."""
    allowed = lambda p, n: PKG / "render" in p.parents and n.startswith(("PySide6.QtCore", "PySide6.QtGui"))  # noqa: E731
    offenders = [f"{p.relative_to(PKG)}: {n}" for p in _modules(False) for n in sorted(_imports(p))
                 if n.startswith("PySide6") and not allowed(p, n)]
    assert offenders == []


def test_gui_never_builds_sql_or_touches_the_outbox():
    banned = ("sqlalchemy", "heemang_desktop.sync.outbox", "heemang_desktop.sync.models", "sqlite3")
    offenders = [
        f"{p.relative_to(PKG)}: {n}"
        for p in _modules(True)
        for n in sorted(_imports(p))
        if n.startswith(banned)
    ]
    assert offenders == []


def test_core_modules_load_without_qt():
    """Importing every core module (as the CLI and the central service do) never loads Qt."""
    names = [
        ".".join(p.relative_to(PKG.parent).with_suffix("").parts)
        for p in _modules(False)
        if p.name != "__main__.py"
    ]
    code = "import importlib, sys\n" + "".join(f"importlib.import_module({n!r})\n" for n in names)
    code += "print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "[]"
