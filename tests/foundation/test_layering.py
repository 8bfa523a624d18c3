"""The dependency rules of architecture §3, checked on the source: a broken rule fails here, not in review.

Imports are read from the whole syntax tree, so an import inside a function counts the same as one at
the top; relative imports and `import_module("...")` with a literal name count too.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from collections import deque
from pathlib import Path

PKG = Path(__file__).resolve().parents[2] / "heemang_desktop"
GUI_ENTRY = ("heemang_desktop.cli", "heemang_desktop.gui.launch")  # `heemang-desktop gui` starts the GUI
QT_IN_RENDER = ("PySide6.QtCore", "PySide6.QtGui")  # render/ lays out text and decodes images, no widgets


def _name(path: Path, pkg: Path = PKG) -> str:
    parts = path.relative_to(pkg.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path, pkg: Path = PKG) -> set[str]:
    """Every name the file imports, anywhere in it, made absolute (a module or `module.attribute`)."""
    here = _name(path, pkg)
    package = here if path.name == "__init__.py" else here.rpartition(".")[0]
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                prefix = ".".join(package.split(".")[: len(package.split(".")) - node.level + 1])
                base = f"{prefix}.{base}" if base else prefix
            names.add(base)
            names |= {f"{base}.{a.name}" for a in node.names}
        elif (isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", None))
              in ("import_module", "__import__") and node.args and isinstance(node.args[0], ast.Constant)
              and isinstance(node.args[0].value, str)):
            names.add(node.args[0].value)
    return names


def _in_gui(path: Path, pkg: Path = PKG) -> bool:
    return path.parent == pkg / "gui" or pkg / "gui" in path.parents


def _modules(inside_gui: bool, pkg: Path = PKG):
    for path in sorted(pkg.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        if _in_gui(path, pkg) == inside_gui:
            yield path


def _is_gui(module: str) -> bool:
    return module == "heemang_desktop.gui" or module.startswith("heemang_desktop.gui.")


def _graph(pkg: Path, registry: dict[str, set[str]]) -> dict[str, set[str]]:
    """Module -> the heemang_desktop modules it imports; `registry` adds edges made from strings at run time."""
    paths = {_name(p, pkg): p for p in pkg.rglob("*.py") if "migrations" not in p.parts}
    graph = {}
    for module, path in paths.items():
        edges = set(registry.get(module, ()))
        for name in _imports(path, pkg):
            target = name
            while target and target not in paths:
                target = target.rpartition(".")[0]  # `module.attribute` -> module
            target = name if _is_gui(name) and not _is_gui(target) else target  # gui/ counts even if absent
            if target.startswith("heemang_desktop") and target != module and (module, target) != GUI_ENTRY:
                edges.add(target)
        graph[module] = edges
    return graph


def gui_reached_outside_gui(pkg: Path = PKG, registry: dict[str, set[str]] | None = None) -> list[str]:
    """Each import of gui/ outside gui/, with how the CLI comes to load the importing module, if it does."""
    graph = _graph(pkg, registry or {})
    came_from = {"heemang_desktop.cli": ""}
    queue = deque(came_from)
    while queue:
        module = queue.popleft()
        for nxt in sorted(graph.get(module, ())):
            if nxt not in came_from:
                came_from[nxt] = module
                queue.append(nxt)
    offenders = []
    for module, target in sorted((m, t) for m, ts in graph.items() if not _is_gui(m) for t in ts if _is_gui(t)):
        chain = [module]
        while came_from.get(chain[-1]):
            chain.append(came_from[chain[-1]])
        via = f" (loaded by {' -> '.join(reversed(chain))})" if len(chain) > 1 else ""
        offenders.append(f"{module} -> {target}{via}")
    return offenders


def qt_outside_gui(pkg: Path = PKG) -> list[str]:
    allowed = lambda p, n: pkg / "render" in p.parents and n.startswith(QT_IN_RENDER)  # noqa: E731
    return [f"{p.relative_to(pkg)}: {n}" for p in _modules(False, pkg) for n in sorted(_imports(p, pkg))
            if n.startswith("PySide6") and not allowed(p, n)]


# Doors (architecture §3): a feature's `service` for the GUI, the CLI and other features, and its
# `models` for the constants a service names. Feature code may also write through the outbox and show
# each record's sync state (sync/queue.py serves every list); the GUI may not.
DOORS = ("service", "models")
FEATURE_EXTRA_DOORS = ("heemang_desktop.sync.outbox", "heemang_desktop.sync.queue")


def _feature_of(module: str, features) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 2 and parts[1] in features else ""


def door_violations(pkg: Path = PKG, features=None) -> list[str]:
    """(importer -> imported) for every import of another feature's internals from a feature or from gui/."""
    if features is None:
        from heemang_desktop.features import FEATURES as features
    out = []
    for module, targets in sorted(_graph(pkg, {}).items()):
        mine = "gui" if _is_gui(module) else _feature_of(module, features)
        if not mine:
            continue
        for target in sorted(targets):
            theirs = _feature_of(target, features)
            if not theirs or theirs == mine or target.split(".", 2)[2] in DOORS:
                continue
            if mine != "gui" and target in FEATURE_EXTRA_DOORS:
                continue
            out.append(f"{module} -> {target}")
    return out


def _registry_edges() -> dict[str, set[str]]:
    """The CLI and the store load commands, import/template functions and models by name: edges too.
    Pages are left out: only the GUI loads them."""
    from heemang_desktop.features import all_features

    targets = set()
    for f in all_features():
        targets |= set(f.commands) | set(f.models)
        targets |= {t.partition(":")[0] for t in (*f.imports.values(), *f.templates.values())}
    return {"heemang_desktop.features": targets}


def test_nothing_outside_gui_imports_qt():
    """render/ is the one exception, and only for QtCore/QtGui (no widgets)."""
    assert qt_outside_gui() == []


def test_nothing_outside_gui_reaches_gui():
    """No core module imports gui/ (so none reaches it through another); only the `gui` command starts it."""
    assert gui_reached_outside_gui(registry=_registry_edges()) == []


def test_the_rules_see_imports_inside_functions(tmp_path):
    """A lazy import of gui/ or Qt, however spelled, in a core module or one it imports, is caught."""
    pkg = tmp_path / "heemang_desktop"
    files = {
        "__init__.py": "",
        "gui/__init__.py": "",
        "gui/printing.py": "def html_to_pdf(html, path):\n    from PySide6.QtWidgets import QApplication\n",
        "render/__init__.py": "",
        "render/pdf.py": "def f():\n    from PySide6.QtGui import QPdfWriter\n",
        "payroll/__init__.py": "",
        "payroll/commands.py": "def f():\n    from heemang_desktop.gui.printing import html_to_pdf\n",
        "payroll/relative.py": "def f():\n    from ..gui import printing\n",
        "payroll/by_name.py": "import importlib\n\ndef f():\n"
                              "    importlib.import_module('heemang_desktop.gui.printing')\n",
        "cli.py": "def f():\n    from heemang_desktop.payroll import commands\n",
        "accounting/__init__.py": "",
        "accounting/cli.py": "def f():\n    import PySide6.QtGui\n",
    }
    for name, text in files.items():
        (pkg / name).parent.mkdir(parents=True, exist_ok=True)
        (pkg / name).write_text(text, encoding="utf-8")
    assert gui_reached_outside_gui(pkg) == [
        "heemang_desktop.payroll.by_name -> heemang_desktop.gui.printing",
        "heemang_desktop.payroll.commands -> heemang_desktop.gui.printing"
        " (loaded by heemang_desktop.cli -> heemang_desktop.payroll.commands)",
        "heemang_desktop.payroll.relative -> heemang_desktop.gui",
        "heemang_desktop.payroll.relative -> heemang_desktop.gui.printing",
    ]
    assert qt_outside_gui(pkg) == ["accounting/cli.py: PySide6.QtGui"]


def test_features_and_gui_reach_other_features_only_through_their_doors():
    """`<feature>.service` (and `.models` for constants) is the door; lazy and relative imports count."""
    offenders = door_violations()
    assert offenders == [], f"{len(offenders)} imports of another feature's internals:\n" + "\n".join(offenders)


def test_the_door_rule_sees_every_spelling(tmp_path):
    pkg = tmp_path / "heemang_desktop"
    files = {
        "__init__.py": "",
        "gui/__init__.py": "",
        "gui/page.py": "from heemang_desktop.accounting import service\n"
                       "def f():\n    from heemang_desktop.accounting.resolutions import save\n",
        "accounting/__init__.py": "",
        "accounting/service.py": "",
        "accounting/models.py": "",
        "accounting/resolutions.py": "from .models import Resolution\nfrom heemang_desktop.sync.outbox import r\n",
        "payroll/__init__.py": "",
        "payroll/expense.py": "from heemang_desktop.accounting.service import add\n"
                              "def f():\n    from ..accounting import resolutions\n",
        "payroll/ltc.py": "import importlib\ndef f():\n    importlib.import_module('heemang_desktop.hr.employees')\n",
        "hr/__init__.py": "",
        "hr/employees.py": "from heemang_desktop.payroll.models import PayItem\n",
        "sync/__init__.py": "",
        "sync/outbox.py": "",
    }
    for name, text in files.items():
        (pkg / name).parent.mkdir(parents=True, exist_ok=True)
        (pkg / name).write_text(text, encoding="utf-8")
    assert door_violations(pkg, ("accounting", "payroll", "hr", "sync")) == [
        "heemang_desktop.gui.page -> heemang_desktop.accounting.resolutions",
        "heemang_desktop.payroll.expense -> heemang_desktop.accounting.resolutions",
        "heemang_desktop.payroll.ltc -> heemang_desktop.hr.employees",
    ]


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
