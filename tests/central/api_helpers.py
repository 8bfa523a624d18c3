"""Helpers for central-service API tests."""

from __future__ import annotations

from harness_central import PASSWORD


def login(api, code: str = "K0161", user: str = "sync") -> dict:
    r = api.post("/api/v1/auth/token", json={"facility_code": code, "user_id": user, "password": PASSWORD})
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['token']}"}
