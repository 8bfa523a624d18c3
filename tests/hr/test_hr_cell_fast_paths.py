"""The fast paths in excel.values (taken for the common cells of a big upload) give exactly what the
general rules give: compared with those rules as they were written before the fast paths."""

import unicodedata
from datetime import date, datetime, time, timedelta

from hypothesis import given
from hypothesis import strategies as st

from heemang_desktop.excel import values
from heemang_desktop.excel.values import CellError


def reference_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return unicodedata.normalize("NFKC", str(value)).strip()


def outcome(fn, value):
    try:
        return "ok", fn(value)
    except CellError as exc:
        return "error", str(exc)


cells = st.one_of(
    st.none(), st.booleans(), st.integers(-5, 100_000), st.floats(allow_nan=False), st.dates(),
    st.datetimes(), st.times(), st.timedeltas(timedelta(0), timedelta(days=1)),
    st.text(alphabet="0123456789: 시분.-\u3000\u00a0\t１２：", max_size=10),
    st.from_regex(r"\s?\d{1,3}:\d{1,3}(:\d\d)?\s?", fullmatch=True), st.text(max_size=6),
)


@given(cells)
def test_text_and_is_blank_agree_with_the_general_rule(value):
    assert values.text(value) == reference_text(value)
    assert values.is_blank(value) == (reference_text(value) == "")


@given(cells)
def test_parse_time_fast_path_agrees_with_the_patterns(value):
    fast = outcome(values.parse_time, value)
    if isinstance(value, str):  # the general path, as parse_time did it before the fast path
        general = outcome(values.parse_time, _NotStr(value))
        assert fast == general


class _NotStr:
    """A cell whose text is the string but that is not a str: only the general path applies."""

    def __init__(self, s):
        self.s = s

    def __str__(self):
        return self.s


def test_common_times():
    assert values.parse_time("9:00") == time(9) and values.parse_time(" 18:30 ") == time(18, 30)
    assert values.parse_time("24:00") == time(0)
    for bad in ("24:01", "9:60", "25:00"):
        assert outcome(values.parse_time, bad) == ("error", f"없는 시각입니다: '{bad}'")
    assert values.is_blank("\u3000") and values.is_blank(None) and not values.is_blank(0.0)
    assert not values.is_blank(date(2026, 9, 1)) and not values.is_blank(datetime(2026, 9, 1))
