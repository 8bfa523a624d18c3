"""Roles and the menus they open, read from `resources/roles.json` and `resources/menus.json`."""

from __future__ import annotations

from dataclasses import dataclass

from heemang_desktop.resources import load_json


@dataclass(frozen=True)
class Page:
    id: str
    label: str


@dataclass(frozen=True)
class Menu:
    id: str
    label: str
    pages: tuple[Page, ...]


@dataclass(frozen=True)
class Role:
    id: str
    label: str
    menus: frozenset[str]


def menu_tree() -> tuple[Menu, ...]:
    return tuple(
        Menu(m["id"], m["label"], tuple(Page(p["id"], p["label"]) for p in m["pages"]))
        for m in load_json("menus.json")["menus"]
    )


def roles() -> dict[str, Role]:
    return {r["id"]: Role(r["id"], r["label"], frozenset(r["menus"])) for r in load_json("roles.json")["roles"]}


def role_by_label_or_id(text: str) -> Role | None:
    for role in roles().values():
        if text in (role.id, role.label):
            return role
    return None


def menus_for(role_id: str) -> tuple[Menu, ...]:
    role = roles().get(role_id)
    allowed = role.menus if role else frozenset()
    return tuple(m for m in menu_tree() if m.id in allowed)


def may_open(role_id: str, page_id: str) -> bool:
    return any(page_id.split(".")[0] == m.id for m in menus_for(role_id))


def facility_types() -> list[str]:
    return list(load_json("facility_types.json")["types"])
