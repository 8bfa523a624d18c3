"""The README's two set-up commands stay the ones CI runs."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_readme_starts_with_the_two_commands_and_ci_runs_the_test_one():
    blocks = ROOT.joinpath("README.md").read_text(encoding="utf-8").split("```")
    run_app, run_tests = blocks[1].strip().splitlines()[-1], blocks[3].strip().splitlines()[-1]
    assert run_app == "pip install -e . && heemang-desktop"
    assert "pytest" in run_tests
    ci = ROOT.joinpath(".ci", "run").read_text(encoding="utf-8")
    assert run_tests in ci.splitlines()
