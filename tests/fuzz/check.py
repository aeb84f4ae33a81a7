"""What a run over bad input must give: every good article stored, every bad item named once."""

from __future__ import annotations

from pathlib import Path

from conftest import query_db

from fuzz.cases import Case


def named(sources: list[str], expected: str) -> int:
    """How many skip sources are the expected one (a key ending in ``#`` names any record of that file)."""
    if expected.endswith("#"):
        return sum(1 for source in sources if source.startswith(expected))
    return sources.count(expected)


def check_case(case: Case, folder: Path, db: Path) -> None:
    articles = query_db(db, f"SELECT count(*) FROM articles WHERE starts_with(source, '{folder}/')")[0][0]
    skips = query_db(db, f"SELECT source, kind, reason FROM skips WHERE starts_with(source, '{folder}')")
    assert articles == case.good, (case.name, skips)
    sources = [s for s, _, _ in skips]
    for key, kind in case.bad.items():
        expected = f"{folder}/{key}"
        assert named(sources, expected) == 1, (case.name, key, skips)
        assert [k for s, k, _ in skips if named([s], expected)] == [kind], (case.name, key, skips)
    assert all(reason.strip() and "\n" not in reason and "\n" not in source for source, _, reason in skips)
