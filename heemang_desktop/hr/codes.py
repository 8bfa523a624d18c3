"""HR code lists from resources/hr/codes.json (job types, employment types, statuses, leave types)."""

from __future__ import annotations

from heemang_desktop.resources import load_json


def _codes() -> dict:
    return load_json("hr/codes.json")


def job_types() -> tuple[str, ...]:
    return tuple(_codes()["job_types"])


def employment_types() -> tuple[str, ...]:
    return tuple(_codes()["employment_types"])


def attendance_statuses() -> tuple[str, ...]:
    return tuple(_codes()["attendance_statuses"])


def leave_types() -> dict[str, dict]:
    """id -> {"annual": counts against annual leave, "days": default days per calendar day}."""
    return {t["id"]: t for t in _codes()["leave_types"]}
