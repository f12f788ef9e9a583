"""organisations_world.tsv: its rows load after organisations.tsv, resolve in text with their country and sector, and a
bad row stops loading with the file and line (docs/actors.md, "Knowledge files")."""

from __future__ import annotations

import csv

import pytest

import crosswire.knowledge as knowledge
from crosswire.errors import ModelError
from crosswire.knowledge import DATA_DIR
from tests.nlp.conftest import actor_of

WORLD = "organisations_world.tsv"
HEADER = "# code\tkind\tcountry\tsector\tparent\tnames\tsource\n"
# Names that are also a city of the gazetteer (population >= 15,000), kept because the organisation is what news
# means by them; the city is in the same country or seldom in foreign news.
CITY_NAMES_KEPT = {"nokia", "hitachi", "mizuho", "kongsberg", "albemarle", "honda", "rio tinto", "rengo", "bla"}


def world_rows() -> list[list[str]]:
    lines = (DATA_DIR / WORLD).read_text(encoding="utf-8").splitlines()
    return [r for r in csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE) if r and not r[0].startswith("#")]


# One or more rows of each class, in sentences written for this test: (sentence, mention, country, sector).
CASES = [
    # parties
    ("Sinn Fein won the most seats in the assembly election.", "Sinn Fein", "IRL", "PTY"),
    ("The National League for Democracy said the vote was a sham.", "National League for Democracy", "MMR", "PTY"),
    ("Brothers of Italy gained ground in the regional vote.", "Brothers of Italy", "ITA", "PTY"),
    ("The PSOE lost two seats, while the Sweden Democrats gained.", "PSOE", "ESP", "PTY"),
    ("The PSOE lost two seats, while the Sweden Democrats gained.", "Sweden Democrats", "SWE", "PTY"),
    ("Republicans in the Senate blocked the bill.", "Republicans", "USA", "PTY"),
    ("The Kuomintang chose a new chairman on Saturday.", "Kuomintang", "TWN", "PTY"),
    ("The Economic Freedom Fighters walked out of parliament.", "Economic Freedom Fighters", "ZAF", "PTY"),
    # armed groups
    ("Hayat Tahrir al-Sham said it had taken the airport.", "Hayat Tahrir al-Sham", "SYR", "REB"),
    ("The Pakistani Taliban claimed the bombing of a police post.", "Pakistani Taliban", "PAK", "REB"),
    ("The PKK announced that it would lay down its arms.", "PKK", "TUR", "REB"),
    ("The Arakan Army seized another town in Rakhine.", "Arakan Army", "MMR", "REB"),
    ("The Popular Mobilization Forces denied any part in the strike.", "Popular Mobilization Forces", "IRQ", "PRM"),
    # unions
    ("The United Auto Workers called a strike at three plants.", "United Auto Workers", "USA", "LAB"),
    ("The CGT called a day of strikes against the pension law.", "CGT", "FRA", "LAB"),
    ("COSATU marched on parliament over power cuts.", "COSATU", "ZAF", "LAB"),
    # NGOs and rights groups
    ("B'Tselem published a report on detentions without trial.", "B'Tselem", "ISR", "SOC"),
    ("The ACLU filed a lawsuit over the new rules.", "ACLU", "USA", "SOC"),
    ("Magen David Adom said two people were hurt.", "Magen David Adom", "ISR", "MED"),
    # companies
    ("General Motors said it would close a plant in Ohio.", "General Motors", "USA", "BUS"),
    ("UBS agreed to buy its struggling rival for a fraction of its value.", "UBS", "CHE", "BUS"),
    ("Nippon Yusen ordered six new car carriers.", "Nippon Yusen", "JPN", "BUS"),
    ("Rheinmetall will build an ammunition plant in Lithuania.", "Rheinmetall", "DEU", "BUS"),
    ("Maersk diverted its ships around the Cape of Good Hope.", "Maersk", "DNK", "BUS"),
    # news outlets
    ("The Kyiv Independent reported the strike first.", "Kyiv Independent", "UKR", "JRN"),
    ("According to the Wall Street Journal, the talks stalled.", "Wall Street Journal", "USA", "JRN"),
    ("Press TV aired the minister's remarks.", "Press TV", "IRN", "JRN"),
    # named state bodies: the state organ, as a seat resolves
    ("The Black Sea Fleet moved its ships out of the port.", "Black Sea Fleet", "RUS", "MIL"),
    ("The Quds Force trained the militia, the officials said.", "Quds Force", "IRN", "MIL"),
    ("The China Coast Guard fired water cannon at a supply boat.", "China Coast Guard", "CHN", "COP"),
    ("The PLA Navy sent two destroyers through the strait.", "PLA Navy", "CHN", "MIL"),
]


@pytest.mark.parametrize(("text", "phrase", "country", "sector"), CASES)
def test_a_row_of_each_class_resolves_in_a_sentence(resolve, text, phrase, country, sector):
    actor = actor_of(resolve(text), phrase)
    assert actor is not None, phrase
    assert (actor.country, actor.sector) == (country, sector)


def test_a_state_body_resolves_to_the_state_organ(resolve):
    assert actor_of(resolve("The Black Sea Fleet lost another ship."), "Black Sea Fleet").id == "RUS-MIL"
    assert actor_of(resolve("The GRU ran the operation, investigators said."), "GRU").id == "RUS-SPY"


def test_a_party_name_of_several_states_gets_no_us_country(resolve):
    doc = resolve("Denmark's Social Democrats lost votes to the left.")
    actor = actor_of(doc, "Social Democrats")
    assert actor is not None and actor.country is None and actor.sector == "PTY"


def test_a_word_left_out_stays_a_word(resolve):
    # "Memorial" alone is no organisation (the rights group is named in full); "Labour" is left out too
    doc = resolve("Thousands gathered at the Memorial on Sunday.")
    assert all(a.id != "NGO-MEMORIAL" for a in doc._.cw_actors.values())


def test_every_row_loads_and_names_its_source(kb):
    rows = world_rows()
    assert len(rows) > 700
    for row in rows:
        assert len(row) == 7 and row[-1].strip(), row[0]
        code, kind, country, sector, _parent, names, _source = row
        if kind == "state":
            assert kb.seats[names.split("|")[0].lower()] == (country, sector), code
        else:
            assert kb.org_by_code[code].country == (country or None), code


def test_rows_per_class_are_broad(kb):
    rows = world_rows()
    count = lambda kind, sector: sum(1 for r in rows if r[1] == kind and r[3] == sector)  # noqa: E731
    assert count("group", "PTY") >= 300
    assert count("group", "REB") >= 45
    assert count("group", "LAB") >= 40
    assert count("org", "BUS") >= 200
    assert count("org", "JRN") >= 100
    assert count("state", "MIL") + count("state", "SPY") + count("state", "COP") >= 40
    assert len({r[2] for r in rows if r[1] == "group" and r[3] == "PTY"}) >= 100  # states with a party


def test_no_name_shadows_a_country_capital_demonym_or_person(kb):
    tables = {
        "country": kb.country_names, "alias in context": kb.context_aliases, "capital": kb.capitals,
        "demonym": kb.demonyms, "national": kb.nationals, "office holder": kb.terms_by_name,
        "ambiguous name": kb.ambiguous,
    }
    for row in world_rows():
        for name in row[5].split("|"):
            key = name.lower()
            clashes = [what for what, table in tables.items() if key in table]
            assert not clashes, f"{row[0]}: {name!r} is also a {clashes}"
            assert key not in kb.cities or key in CITY_NAMES_KEPT, f"{row[0]}: {name!r} is also a city"


def test_no_mixed_case_abbreviation_that_a_sentence_start_would_match():
    # the name finder checks only the first letter of a mixed-case name ("LeT" would match "Let")
    for row in world_rows():
        for name in row[5].split("|"):
            word = name.split()[0]
            inner_capitals = sum(c.isupper() for c in word[1:])
            if " " not in name and len(word) <= 4 and inner_capitals and not word.isupper():
                pytest.fail(f"{row[0]}: short mixed-case name {name!r}")


# -- bad rows -------------------------------------------------------------------------------------------


def load(tmp_path, monkeypatch, first: str, second: str = ""):
    (tmp_path / "one.tsv").write_text(HEADER + first, encoding="utf-8")
    (tmp_path / "two.tsv").write_text(HEADER + second, encoding="utf-8")
    monkeypatch.setattr(knowledge, "DATA_DIR", tmp_path)
    return knowledge._organisations({"USA", "RUS"}, {}, {}, files=("one.tsv", "two.tsv"))


GOOD = "ACME\torg\tUSA\tBUS\t\tAcme Corp|Acme\tcompany filings\n"


def test_two_good_files_load_one_after_the_other(tmp_path, monkeypatch):
    seats: dict = {}
    (tmp_path / "one.tsv").write_text(HEADER + GOOD, encoding="utf-8")
    (tmp_path / "two.tsv").write_text(HEADER + "FLEET\tstate\tRUS\tMIL\t\tNorth Fleet\tnavy site\n", encoding="utf-8")
    monkeypatch.setattr(knowledge, "DATA_DIR", tmp_path)
    names, codes = knowledge._organisations({"USA", "RUS"}, seats, {}, files=("one.tsv", "two.tsv"))
    assert names["acme"].code == "ACME" and set(codes) == {"ACME"}
    assert seats["north fleet"] == ("RUS", "MIL")


@pytest.mark.parametrize(
    ("first", "second", "where", "says"),
    [
        (GOOD, "ACME\torg\tUSA\tBUS\t\tAcme Two\tfilings\n", "two.tsv:2", "code 'ACME' is already used"),
        (GOOD, "OTHER\torg\tUSA\tBUS\t\tACME\tfilings\n", "two.tsv:2", "name 'acme' is already claimed"),
        ("X\torg\tXYZ\tBUS\t\tX Corp\tfilings\n", "", "one.tsv:2", "unknown country code 'XYZ'"),
        ("X\tfirm\tUSA\tBUS\t\tX Corp\tfilings\n", "", "one.tsv:2", "unknown kind 'firm'"),
        ("X\torg\tUSA\tBIZ\t\tX Corp\tfilings\n", "", "one.tsv:2", "unknown PLOVER sector"),
        (GOOD + "X\torg\tUSA\tBUS\n", "", "one.tsv:3", "no name"),  # columns missing
        (GOOD + "X\torg\tUSA\tBUS\t\tX\tfilings\textra\n", "", "one.tsv:3", "columns"),
        ("X\tstate\tRUS\t\t\tX Fleet\tnavy site\n", "", "one.tsv:2", "needs its country and sector"),
        ("X\tgroup\tUSA\tPTY\tNOPE\tX Party\tsite\n", "", "one.tsv:2", "unknown parent"),
    ],
)
def test_a_bad_row_stops_loading_with_file_and_line(tmp_path, monkeypatch, first, second, where, says):
    with pytest.raises(ModelError) as info:
        load(tmp_path, monkeypatch, first, second)
    assert where in str(info.value) and says in str(info.value)


def test_a_name_already_a_seat_is_refused(tmp_path, monkeypatch):
    (tmp_path / "one.tsv").write_text(HEADER + "K\tstate\tRUS\tGOV\t\tKremlin\tsite\n", encoding="utf-8")
    monkeypatch.setattr(knowledge, "DATA_DIR", tmp_path)
    with pytest.raises(ModelError) as info:
        knowledge._organisations({"RUS"}, {"kremlin": ("RUS", "GOV")}, {}, files=("one.tsv",))
    assert "one.tsv:2" in str(info.value) and "seat" in str(info.value)
