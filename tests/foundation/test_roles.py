"""What each role opens (resources/roles.json): whole menus, and single pages of a menu the role does not
open whole — the accountant keeps 재산·비품 (bought through resolutions) without the staff records."""

from __future__ import annotations

from heemang_desktop.users import service as users


def _pages(role: str) -> set[str]:
    return {p.id for m in users.menus_for(role) for p in m.pages}


def test_the_accountant_opens_assets_but_no_staff_records():
    pages = _pages("accountant")
    assert "hr.assets" in pages and not {"hr.employees", "hr.payroll", "hr.attendance"} & pages
    [hr] = [m for m in users.menus_for("accountant") if m.id == "hr"]
    assert [p.id for p in hr.pages] == ["hr.assets"]  # the menu shows only the page given
    assert users.may_open("accountant", "hr.assets") and not users.may_open("accountant", "hr.employees")
    assert users.opens_menu("hr_officer", "hr") and not users.opens_menu("accountant", "hr")


def test_roles_differ_as_the_facility_divides_the_work():
    assert users.may_open("social_worker", "subjects.cards") and not users.may_open("social_worker", "accounting.books")
    assert not users.may_open("hr_officer", "donations.donors")
    assert _pages("admin") >= _pages("accountant") | _pages("social_worker") | {"admin.users"}


def test_a_page_given_to_a_role_exists():
    known = {p.id for m in users.menu_tree() for p in m.pages}
    for role in users.roles().values():
        assert role.pages <= known, role.id
