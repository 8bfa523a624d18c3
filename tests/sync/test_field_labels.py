"""The conflict and quarantine screens name fields in Korean: every field of every synced model of
this version has a label (a new field without one fails here, not on a user's screen)."""

from __future__ import annotations

from heemang_desktop.features import listed
from heemang_desktop.store.base import Base
from heemang_desktop.sync.conflicts import _BOOKKEEPING
from heemang_desktop.sync.field_labels import label


def _shown_fields(model) -> set[str]:
    pii = getattr(model, "__pii_fields__", {}) or {}
    out = set()
    for attr in model.__mapper__.column_attrs:
        key = attr.key
        if key in _BOOKKEEPING or key.endswith(("_enc", "_hash")):
            continue
        out.add(key[: -len("_masked")] if key.endswith("_masked") and key[: -len("_masked")] in pii else key)
    return out


def test_every_synced_field_has_a_korean_label():
    import heemang_desktop.store.registry  # noqa: F401

    modules = set(listed("models"))
    unnamed = sorted(f"{m.class_.__sync_entity__}.{f}" for m in Base.registry.mappers
                     if getattr(m.class_, "__sync_entity__", "") and m.class_.__module__ in modules
                     for f in _shown_fields(m.class_) if label(m.class_.__sync_entity__, f) == f)
    assert not unnamed, f"add a Korean label to resources/sync/field_labels.json for: {unnamed}"


def test_an_entity_may_name_a_shared_field_its_own_way():
    assert label("resolution", "number") == "결의번호" and label("requisition", "number") == "품의번호"
    assert label("gift", "amount") == "금액" and label("pledge", "amount") == "약정 금액"
    assert label("unknown_entity", "brand_new_field") == "brand_new_field"  # a newer server's field, as it is
