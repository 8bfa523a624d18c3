"""Architecture §3: a feature reaches another feature only through its door, `<feature>/service.py`.

Checked on the source of every feature package, imports inside functions included (payroll's lazy
imports of HR and accounting are exactly the ones a plain top-level scan would miss).
"""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

from heemang_desktop.features import FEATURES

PKG = Path(__file__).resolve().parents[2] / "heemang_desktop"
ROOT = PKG.name
# sync is the platform every feature writes through (`sync/outbox.py` is the only way into the
# outbox, architecture §5), not a feature with a door: importing it is allowed.
DOORED = tuple(name for name in FEATURES if name != "sync")
# Allowed imports of another feature's internals, as (importing feature, imported module): reason.
EXCEPTIONS: dict[tuple[str, str], str] = {}


def _is_module(dotted: str) -> bool:
    path = PKG.parent.joinpath(*dotted.split("."))
    return path.with_suffix(".py").exists() or (path / "__init__.py").exists()


def _targets(module: str, source: str) -> list[tuple[int, str, str]]:
    """(line, imported module, imported name or "") for every import in `source`, at any depth."""
    package = module.rsplit(".", 1)[0]
    out = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            out += [(node.lineno, a.name, "") for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: resolve against this module's package
                parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(parent + ([base] if base else []))
            for a in node.names:
                sub = f"{base}.{a.name}"
                out.append((node.lineno, sub, "") if _is_module(sub) else (node.lineno, base, a.name))
    return out


def violations(module: str, source: str) -> list[str]:
    """Imports in `module` of another feature's internals (anything but its door's public names)."""
    own = module.split(".")[1]
    found = []
    for line, target, name in _targets(module, source):
        parts = target.split(".")
        if parts[0] != ROOT or len(parts) < 2 or parts[1] not in DOORED or parts[1] == own:
            continue
        door = f"{ROOT}.{parts[1]}.service"
        if target == door and not name.startswith("_") or (own, target) in EXCEPTIONS:
            continue
        found.append(f"{module}:{line}: {target}{'.' + name if name else ''}")
    return found


def _feature_modules():
    for feature in FEATURES:
        for path in sorted((PKG / feature).rglob("*.py")):
            yield ".".join(path.relative_to(PKG.parent).with_suffix("").parts), path


def test_features_reach_each_other_only_through_their_doors():
    offenders = [v for module, path in _feature_modules() for v in violations(module, path.read_text(encoding="utf-8"))]
    assert offenders == []


def test_the_check_sees_lazy_relative_and_private_imports():
    """The rule would pass vacuously if the walk missed a form of import: each of these must be caught."""
    bad = """
import heemang_desktop.accounting.resolutions
from heemang_desktop.reporting import drafts
from ..hr import employees
from heemang_desktop.accounting.service import _apply_input

def collect(ctx):
    from heemang_desktop.hr.employees import list_employees
    if ctx:
        from heemang_desktop.hr.pay_hours import month_hours
"""
    assert [v.split(": ", 1)[1] for v in violations("heemang_desktop.payroll.example", bad)] == [
        "heemang_desktop.accounting.resolutions",
        "heemang_desktop.reporting.drafts",
        "heemang_desktop.hr.employees",
        "heemang_desktop.accounting.service._apply_input",
        "heemang_desktop.hr.employees.list_employees",
        "heemang_desktop.hr.pay_hours.month_hours",
    ]
    good = """
from heemang_desktop.hr.service import list_employees
from heemang_desktop.reporting import service as drafts
from heemang_desktop.payroll.register import require_register
from .register import find_register
from heemang_desktop.sync.outbox import record_change

def draft(ctx):
    from heemang_desktop.accounting.service import add_resolution_in
"""
    assert violations("heemang_desktop.payroll.example", good) == []


def test_doors_export_what_they_list():
    for feature in DOORED:
        if not (PKG / feature / "service.py").exists():
            continue
        door = importlib.import_module(f"{ROOT}.{feature}.service")
        for name in getattr(door, "__all__", ()):
            assert not name.startswith("_") and hasattr(door, name), f"{feature}.service: {name}"


def test_apply_input_fast_path_is_private_to_accounting():
    """Other features add a resolution through `add_resolution_in`; the import-only fast path
    (`spending`, `bulk_lines`) is not theirs to call."""
    resolutions = importlib.import_module(f"{ROOT}.accounting.resolutions")
    assert not hasattr(resolutions, "apply_input")
    users = sorted(
        module for module, path in _feature_modules()
        if not module.startswith(f"{ROOT}.accounting.") and "_apply_input" in path.read_text(encoding="utf-8")
    )
    assert users == []
