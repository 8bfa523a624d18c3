"""The resolutions template's 작성안내 names exactly the 재원 and 결제방법 the import accepts
(it listed '카드', which the import refused: found by trying the template as a user)."""

from __future__ import annotations

import json
import re

from heemang_desktop.resources import resource_path


def _listed(guidance: str, label: str) -> list[str]:
    text = re.search(rf"{label}: ([^.]+?) 중 하나", guidance).group(1)
    return [v.strip() for v in text.split(",")]


def test_guidance_lists_the_accepted_values():
    template = json.loads(resource_path("templates", "resolutions.json").read_text(encoding="utf-8"))
    options = json.loads(resource_path("accounting", "options.json").read_text(encoding="utf-8"))
    guidance = next(line for line in template["notes"] if "결제방법:" in line)
    assert _listed(guidance, "재원") == options["funding_sources"]
    assert _listed(guidance, "결제방법") == options["payment_methods"]
