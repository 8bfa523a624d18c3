"""The feature registry (features.py and each package's feature.py) holds names as strings, loaded only
when used: a typo or a moved module would surface as a user's crash. Every name is resolved here, and
the navigation tree (resources/menus.json) and the registry's pages agree."""

from __future__ import annotations

import dataclasses
import importlib
import inspect

from heemang_desktop.features import FEATURES, all_features, listed, load, merged
from heemang_desktop.resources import load_json


def _menu_pages() -> dict[str, dict]:
    return {p["id"]: p for m in load_json("menus.json")["menus"] for p in m["pages"]}


def test_every_feature_package_has_its_feature_module():
    assert len(all_features()) == len(FEATURES)
    for name in FEATURES:
        assert importlib.import_module(f"heemang_desktop.{name}.feature").FEATURE in all_features()


def test_model_and_command_modules_resolve():
    missing = []
    for module in listed("models"):
        try:
            importlib.import_module(module)
        except ImportError as exc:
            missing.append(f"models: {module} ({exc})")
    for module in listed("commands"):
        try:
            if not callable(getattr(importlib.import_module(module), "register", None)):
                missing.append(f"commands: {module} has no register(subparsers)")
        except ImportError as exc:
            missing.append(f"commands: {module} ({exc})")
    assert missing == []


def _target(value) -> str:
    """A registry entry's "module:name" (an entry may be a plain string or a small reference object)."""
    if isinstance(value, str):
        return value
    names = [v for v in (getattr(value, f.name) for f in dataclasses.fields(value)) if isinstance(v, str) and ":" in v]
    assert len(names) == 1, f"{value!r}: no single 'module:name' in it"
    return names[0]


def _unresolved(kind: str, want=callable) -> list[str]:
    bad = []
    for key, value in merged(kind).items():
        target = _target(value)
        try:
            if not want(load(target)):
                bad.append(f"{kind}[{key!r}]: {target} is not what the registry needs")
        except (ImportError, AttributeError) as exc:
            bad.append(f"{kind}[{key!r}]: {target} ({type(exc).__name__}: {exc})")
    return bad


def test_import_kinds_and_template_functions_resolve():
    from heemang_desktop.excel.spec import FORMAT_NAMES, ImportKind

    assert _unresolved("imports", want=lambda obj: isinstance(obj, ImportKind)) + _unresolved("templates") == []
    # a kind that can be imported can also be given as a blank template, and the other way round
    assert set(merged("imports")) == set(merged("templates"))
    # the file filter the dialog and the CLI show (read from the registry) is what the pipeline reads
    for key, ref in merged("imports").items():
        kind = load(_target(ref))
        assert (kind.name, tuple(getattr(ref, "formats", kind.formats))) == (key, kind.formats)
        assert set(kind.formats) <= set(FORMAT_NAMES), key


def test_page_classes_resolve_to_pages():
    from heemang_desktop.gui.pages.base import Page

    assert _unresolved("pages", want=lambda obj: inspect.isclass(obj) and issubclass(obj, Page)) == []


def test_every_menu_page_has_a_page_or_is_planned():
    menu, pages = _menu_pages(), merged("pages")
    unbuilt = sorted(pid for pid, p in menu.items() if pid not in pages and not p.get("planned"))
    stale = sorted(pid for pid, p in menu.items() if pid in pages and p.get("planned"))
    unreachable = sorted(set(pages) - set(menu))
    assert (unbuilt, stale, unreachable) == ([], [], [])


def test_synced_entities_are_named_once_with_their_model():
    from heemang_desktop.sync.entities import model_for

    labels: dict[str, str] = {}
    twice = []
    for feature in all_features():
        for entity, label in feature.entities.items():
            if entity in labels:
                twice.append(entity)
            labels[entity] = label
    assert twice == []
    assert sorted(e for e in labels if model_for(e) is None) == []
    assert all(label.strip() for label in labels.values())

    from heemang_desktop.store.base import Base

    synced = {getattr(m.class_, "__sync_entity__", "") for m in Base.registry.mappers
              if m.class_.__module__ in set(listed("models"))} - {""}
    assert sorted(synced - set(labels)) == []  # every synced table has a label for the screens


def test_work_item_providers_resolve():
    bad = []
    for target in listed("work_items"):
        try:
            if not callable(load(target)):
                bad.append(f"work_items: {target} is not callable")
        except (ImportError, AttributeError) as exc:
            bad.append(f"work_items: {target} ({type(exc).__name__}: {exc})")
    assert bad == []
