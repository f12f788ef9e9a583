"""The two real seed articles (../shared/seeds): times and places the issue names, with and without a date."""

from __future__ import annotations

import pytest

SEED_000 = "seeds/000_6cdfe6390a99875d.txt"
SEED_003 = "seeds/003_7e348a394f41090c.txt"


@pytest.fixture(scope="module")
def seeds(shared_dir, extract_text):
    texts = {name: (shared_dir / name).read_text(encoding="utf-8") for name in (SEED_000, SEED_003)}
    return {name: extract_text(text, published="2024-11-07") for name, text in texts.items()}, texts


def values(extraction):
    out: dict[str, set] = {}
    for t in extraction.times:
        out.setdefault(t.text, set()).add((t.type, t.value))
    return out


def test_seed_000_times(seeds):
    found = values(seeds[0][SEED_000])
    assert found["Nov. 7"] == {("DATE", "2024-11-07")}
    assert found["Nov. 5"] == {("DATE", "2024-11-05")}
    assert found["Nov. 6"] == {("DATE", "2024-11-06")}
    assert found["2022"] == {("DATE", "2022")}
    assert found["2014"] == {("DATE", "2014")}
    assert found["12-minute"] == {("DURATION", "PT12M")}


def test_seed_003_weekdays(seeds):
    found = values(seeds[0][SEED_003])
    assert found["Thursday"] == {("DATE", "2024-11-07")}
    assert found["Tuesday"] == {("DATE", "2024-11-05")}
    assert found["Last Tuesday"] == {("DATE", "2024-11-05")}


def test_seed_places(seeds):
    places_000 = {(p.text, p.country) for p in seeds[0][SEED_000].places}
    assert ("Budapest", "HUN") in places_000
    assert ("Kursk", "RUS") in places_000
    dateline = [p for p in seeds[0][SEED_003].places if p.text == "ATHENS"]
    assert dateline and dateline[0].country == "GRC" and dateline[0].feature == "city"


def test_undated_seed_000_infers_2024(seeds, extract_text):
    result = extract_text(seeds[1][SEED_000])
    assert (result.article.published, result.article.published_inferred) == ("2024-11-07", True)
    assert {t.value for t in result.times if t.text == "Nov. 5"} == {"2024-11-05"}


def test_undated_seed_003_has_no_date_to_infer(seeds, extract_text):
    # Only weekdays, no day of a month and no year: nothing fixes a date, so none is invented.
    result = extract_text(seeds[1][SEED_003])
    assert result.article.published is None
    assert {t.value for t in result.times if t.text == "Thursday"} == {"XXXX-WXX-4"}
