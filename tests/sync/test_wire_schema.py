"""The wire schema: derived from the models, checked in for the central service, loadable without
the client's tables, and the same verdict wherever a value comes in."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from heemang_desktop.sync import schema


def test_the_checked_in_rules_file_matches_the_models():
    assert schema.load_rules() == schema.build_rules(), (
        "wire_schema.json is out of step with the models: run `python -m heemang_desktop.sync.schema`")


def test_the_schema_module_loads_without_any_client_table():
    code = ("import sys, heemang_desktop.sync.schema as s; s.load_rules(); "
            "print(sorted(m for m in sys.modules if m.startswith('heemang_desktop')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "['heemang_desktop', 'heemang_desktop.sync', 'heemang_desktop.sync.schema']"


def test_every_entity_has_typed_bounded_fields():
    entities = schema.load_rules()["entities"]
    assert {"employee", "resolution", "subject", "attendance", "payroll_entry"} <= set(entities)
    emp = entities["employee"]["fields"]
    assert emp["base_pay"]["type"] == "money" and emp["name"] == {
        "type": "str", "max_len": 100, "null": False, "required": True}
    assert "resident_number_enc" not in emp and emp["resident_number"]["pii"]  # plain on the wire, never ciphertext
    assert entities["resolution"]["children"]["lines"]["fields"]["amount"]["type"] == "money"
    assert entities["resolution"]["fields"]["kind"]["enum"] == ["수입", "지출"]


def employee(**fields) -> dict:
    return {"id": "0190a0b0-0000-7000-8000-000000000001", "facility_id": "0190a0b0-0000-7000-8000-000000000002",
            "employee_no": "E1", "name": "김요양", "job_type": "요양보호사", "employment_type": "정규",
            "hire_date": "2024-03-02", "base_pay": 2_000_000, **fields}


@pytest.mark.parametrize("fields, words", [
    ({"base_pay": 10**20}, "1조 원"),
    ({"base_pay": -(10**12)}, "1조 원"),
    ({"base_pay": "2000000"}, "정수"),
    ({"base_pay": 2e6}, "정수"),
    ({"hire_date": "0001-01-01"}, "1900-01-01부터"),
    ({"hire_date": "9999-12-31"}, "2100-12-31까지"),
    ({"hire_date": "2024-02-30"}, "형식"),
    ({"name": "가" * 101}, "100자까지"),
    ({"name": "김\x00요양"}, "제어 문자"),
    ({"name": "김\u2067요양"}, "방향"),
    ({"name": None}, "비어 있습니다"),
    ({"pension": "yes"}, "참/거짓"),
    ({"id": "../../heemang.sqlite3"}, "형식"),
    ({"resident_number": "9" * 65}, "64자까지"),
])
def test_a_pushed_payload_breaking_a_rule_gets_its_reason(fields, words):
    reason = schema.check_wire("employee", employee(**fields))
    assert reason is not None and words in reason


def test_a_good_payload_and_an_unknown_entity_pass():
    assert schema.check_wire("employee", employee(base_pay=10**12 - 1, hire_date="1900-01-01")) is None
    assert schema.check_wire("a_newer_clients_entity", {"anything": 10**30}) is None


def test_lines_are_checked_with_their_parent():
    rules = schema.load_rules()["entities"]["resolution"]
    line = {"position": 1, "account_code": "211", "amount": 10**20, "note": ""}
    with pytest.raises(schema.Invalid, match="lines 1번째 줄의 '금액'"):
        schema.check(rules, {"lines": [line]}, wire=False)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats(allow_nan=True, allow_infinity=True) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3), max_leaves=6)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(entity=st.sampled_from(sorted(schema.load_rules()["entities"])), data=st.data())
def test_any_json_payload_is_either_accepted_or_refused_with_a_reason_never_an_exception(entity, data):
    rules = schema.load_rules()["entities"][entity]
    keys = [*rules["fields"], *rules.get("children", {})]
    payload = data.draw(st.dictionaries(st.sampled_from(keys), json_values, max_size=8))
    reason = schema.check_wire(entity, payload)
    assert reason is None or (isinstance(reason, str) and reason)
