"""Write the protocol's OpenAPI document (checked in beside this file): `python -m heemang_desktop.central.openapi`."""

from __future__ import annotations

import json
import os
from pathlib import Path

DOCUMENT = Path(__file__).with_name("openapi.json")


def generate() -> dict:
    from heemang_desktop.central.app import create_app

    return create_app("sqlite:///:memory:", os.urandom(32)).openapi()


if __name__ == "__main__":
    DOCUMENT.write_text(json.dumps(generate(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(DOCUMENT)
