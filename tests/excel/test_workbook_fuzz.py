"""Random workbooks (valid, odd and damaged) through every import kind: each gives an import report
or a Korean refusal; none a traceback, none kills the process (fuzz_workbooks.py; the benchmark
tests/bench/bench_fuzz_workbooks.py runs thousands per kind)."""

from __future__ import annotations

import sys

import fuzz_workbooks
import pytest

PER_KIND = 200


@pytest.mark.skipif(sys.platform == "win32", reason="the child's memory limit uses resource (POSIX)")
@pytest.mark.parametrize("kind", fuzz_workbooks.KINDS)
def test_random_workbooks_give_a_report_or_a_korean_refusal_never_a_crash(tmp_path, kind):
    result = fuzz_workbooks.run([kind], PER_KIND, tmp_path)[kind]
    counts = result["counts"]
    assert sum(counts.values()) == PER_KIND
    assert [(b["outcome"], b["detail"], b.get("where", "")) for b in result["bad"]] == []
    assert counts["report"] > PER_KIND // 10 and counts["refused"] > PER_KIND // 10  # both paths exercised


def test_the_generator_makes_the_same_workbook_for_a_seed(tmp_path):
    a = fuzz_workbooks.make("attendance", 7, tmp_path / "a.xlsx").read_bytes()
    b = fuzz_workbooks.make("attendance", 7, tmp_path / "b.xlsx").read_bytes()
    assert len(a) == len(b)  # zip timestamps may differ by a second; the content does not
