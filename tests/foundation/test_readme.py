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


def test_developer_docs_point_only_to_files_in_the_repository():
    """A user's clone has nothing beside it: every linked or named .md file must be in the repository."""
    import re

    for doc in ("README.md", "CONTRIBUTING.md", "docs/architecture.md"):
        text = ROOT.joinpath(doc).read_text(encoding="utf-8")
        named = set(re.findall(r"\]\(([^)#]+)\)", text)) | set(re.findall(r"`([\w./-]+\.md)`", text))
        missing = sorted(n for n in named if not n.startswith("http") and not _in_repository(ROOT.joinpath(doc), n))
        assert missing == [], f"{doc}: {missing}"


def _in_repository(doc: Path, name: str) -> bool:
    """`name` relative to the document or to the root, and inside the repository (not beside it)."""
    return any(p.exists() and p.resolve().is_relative_to(ROOT) for p in (doc.parent / name, ROOT / name))
