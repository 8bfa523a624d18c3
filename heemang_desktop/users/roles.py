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
    menus: frozenset[str]  # whole top menus
    pages: frozenset[str] = frozenset()  # single pages of menus the role does not open whole


def menu_tree() -> tuple[Menu, ...]:
    return tuple(
        Menu(m["id"], m["label"], tuple(Page(p["id"], p["label"]) for p in m["pages"]))
        for m in load_json("menus.json")["menus"]
    )


def roles() -> dict[str, Role]:
    return {r["id"]: Role(r["id"], r["label"], frozenset(r["menus"]), frozenset(r.get("pages", ())))
            for r in load_json("roles.json")["roles"]}


def role_by_label_or_id(text: str) -> Role | None:
    for role in roles().values():
        if text in (role.id, role.label):
            return role
    return None


def menus_for(role_id: str) -> tuple[Menu, ...]:
    """The navigation a role sees: its whole menus, and a menu cut to the single pages it is given."""
    role = roles().get(role_id)
    if role is None:
        return ()
    out = []
    for m in menu_tree():
        if m.id in role.menus:
            out.append(m)
        elif pages := tuple(p for p in m.pages if p.id in role.pages):
            out.append(Menu(m.id, m.label, pages))
    return tuple(out)


def opens_menu(role_id: str, menu_id: str) -> bool:
    """The whole menu: what a menu's records (e.g. revealing a staff member's number) require."""
    role = roles().get(role_id)
    return role is not None and menu_id in role.menus


def may_open(role_id: str, page_id: str) -> bool:
    role = roles().get(role_id)
    return role is not None and (page_id.split(".")[0] in role.menus or page_id in role.pages)


def facility_types() -> list[str]:
    return list(load_json("facility_types.json")["types"])
