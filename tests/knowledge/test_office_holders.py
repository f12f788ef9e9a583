"""office_holders.tsv: well-formed rows, real states, consistent terms, coverage floors, time-aware resolution."""

from __future__ import annotations

import pytest

from crosswire.knowledge import DATA_DIR, un_status

HEADS = {None, "state", "government", "org"}
# floors ~a little under the measured coverage (scripts/office_coverage.py); they only move up
MIN_ROWS = 1800
SEED_FLOORS = {"head of state": 190, "head of government": 190, "foreign minister": 190, "defence minister": 162}
REVIEW_FLOORS = {"head of state": 191, "head of government": 190, "foreign minister": 188, "defence minister": 157}
# states covered by office_rules.tsv on the seed date: no such office, vacant or collective
SEED_BY_RULE_FLOOR = {"head of state": 2, "head of government": 2, "foreign minister": 2, "defence minister": 26}


def test_every_row_has_eleven_columns_and_a_source():
    lines = (DATA_DIR / "office_holders.tsv").read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")]
    assert len(rows) >= MIN_ROWS
    for row in rows:
        assert len(row) == 11, row[0]
        assert row[10].strip(), f"no source for {row[0]}"
        assert row[2] in ("m", "f", ""), row[0]


def test_un_members_are_the_193_states():
    status = un_status()
    members = [iso3 for iso3, s in status.items() if s == "member"]
    assert len(members) == 193
    assert {"USA", "PRK", "SSD", "TUV"} <= set(members)
    assert status["PSE"] == "observer" and status["TWN"] == "other"


def test_every_country_is_a_un_state_or_an_organisation(kb):
    status = un_status()
    for term in kb.terms:
        if term.country == "IGO":
            assert term.org in kb.org_by_code, f"{term.name}: unknown organisation {term.org}"
        else:
            assert term.country in status, f"{term.name}: {term.country} is not a known state"
            assert term.org is None or term.org in kb.org_by_code, f"{term.name}: unknown organisation {term.org}"


def test_heads_and_sectors_follow_the_convention(kb):
    for term in kb.terms:
        assert term.head in HEADS, term
        assert term.head != "org" or term.org, f"{term.name}: head=org needs an organisation"
        if term.org is None and term.role in ("Foreign Minister", "Foreign Secretary"):
            assert term.sector == "GOV", term
        if term.org is None and term.role in ("Defence Minister", "Defence Secretary"):
            assert term.sector == "MIL", term


def test_dates_are_real_and_ordered(kb):
    from datetime import date

    from crosswire.knowledge import offices_reviewed_to

    for term in kb.terms:
        assert term.start, f"{term.name}: every term needs a start date"
        for value in (term.start, term.end):
            if value:
                date.fromisoformat(value)  # raises on 2024-02-30
        if term.end:
            assert term.start < term.end, term
        assert term.start <= offices_reviewed_to(), f"{term.name}: starts after the review date"


def test_one_holder_per_office_and_country_at_a_time(kb):
    by_office = {}
    for term in kb.terms:
        key = (term.country, term.org, term.role)
        by_office.setdefault(key, []).append(term)
    for (country, org, _), terms in by_office.items():
        heads = [t for t in kb.terms if t.country == country and t.org == org and t.head]
        terms.sort(key=lambda t: t.start)
        for a, b in zip(terms, terms[1:]):
            if _members_of_a_collective_head(kb, a, b):
                continue  # San Marino's two Captains Regent share the role
            assert a.end is not None and a.end <= b.start, f"{a.name} and {b.name} overlap in {a.role} ({country})"
        for head in ("state", "government"):
            same = sorted((t for t in heads if t.head == head and org is None), key=lambda t: t.start)
            for a, b in zip(same, same[1:]):
                if a.name != b.name:
                    assert a.end is not None and a.end <= b.start, f"two heads of {head} of {country}: {a.name}, {b.name}"


def _members_of_a_collective_head(kb, a, b) -> bool:
    """Two rows without head= in one role, where office_rules.tsv says the head of state is collective then."""
    rule = kb.office_rule(a.country, "head of state", b.start)
    return a.org is None and not a.head and not b.head and rule is not None and rule.kind == "collective"


def test_no_name_or_alias_is_shared_by_two_people(kb):
    shared = {key: {t.name for t in terms} for key, terms in kb.terms_by_name.items() if len({t.name for t in terms}) > 1}
    assert shared == {}, shared


def test_every_row_of_a_person_lists_the_same_aliases(kb):
    """An alias on only one of a person's rows would find that office alone (and miss the others' dates)."""
    aliases = {}
    for term in kb.terms:
        aliases.setdefault(term.name, set()).add(term.aliases)
    assert {name: found for name, found in aliases.items() if len(found) > 1} == {}


def test_no_two_spellings_differ_only_in_case():
    """The name finder keeps one written form per lower-cased key and requires its capitals in the text: with
    "Kim Jong-un|Kim Jong-Un" only the last survives, and "Kim Jong-un" (the common spelling) no longer matches."""
    lines = (DATA_DIR / "office_holders.tsv").read_text(encoding="utf-8").splitlines()
    written: dict[str, set[str]] = {}
    for line in lines:
        if line and not line.startswith("#"):
            cells = line.split("\t")
            for key in (cells[0], *(a for a in cells[1].split("|") if a)):
                written.setdefault(key.lower(), set()).add(key)
    assert {key: forms for key, forms in written.items() if len(forms) > 1} == {}


def test_no_alias_is_also_a_place_or_organisation(kb):
    """The name finder tries office holders first: an alias that is a country, capital or organisation would hide it."""
    others = kb.country_names.keys() | kb.capitals.keys() | kb.demonyms.keys() | kb.organisations.keys() | kb.seats.keys()
    clashes = sorted(key for key in kb.terms_by_name if key in others)
    assert clashes == [], clashes


def test_coverage_floors_on_the_seed_date(kb, cov):
    result = cov.coverage(kb, "2024-11-15")
    counts = {office: len(states) for office, states in result.covered.items()}
    for office, floor in SEED_FLOORS.items():
        assert counts[office] >= floor, counts


def test_coverage_on_the_review_date_stays_high(kb, cov):
    result = cov.coverage(kb, "2025-10-01")
    for office, floor in REVIEW_FLOORS.items():
        assert len(result.covered[office]) >= floor, office


def test_states_without_an_office_are_counted_apart(kb, cov):
    result = cov.coverage(kb, "2024-11-15")
    for office, floor in SEED_BY_RULE_FLOOR.items():
        assert len(result.by_rule[office]) >= floor, office
    assert {"CRI", "ISL", "PAN", "LIE"} <= result.by_rule["defence minister"]
    for office in cov.OFFICES:
        assert not result.by_rule[office] & result.covered[office], office  # a state is counted once
        assert not set(result.missing(office)) & result.by_rule[office], office


def test_office_rules_name_member_states_and_known_offices(kb, cov):
    """A state listed as having no holder of an office must not have one in office_holders.tsv while the rule holds."""
    members = {iso3 for iso3, s in un_status().items() if s == "member"}
    rules = kb.office_rules
    assert len(rules) >= 28
    for rule in rules:
        assert rule.country in members, rule.country
        assert rule.office in cov.OFFICES and rule.kind in ("none", "vacant", "collective"), rule
        same = [r for r in rules if (r.country, r.office) == (rule.country, rule.office) and r is not rule]
        assert all(_apart(rule, other) for other in same), f"two rules for {rule.country} {rule.office} overlap"
        holders = [
            t for t in kb.terms
            if t.country == rule.country and t.org is None and rule.office in cov.offices_of(t) and _overlap(t, rule)
        ]
        assert holders == [], f"{rule.country} has a rule for its {rule.office}, yet the file has {holders[0].name}"


def _overlap(term, rule) -> bool:
    return (rule.end is None or term.start < rule.end) and (term.end is None or rule.start is None or rule.start < term.end)


def _apart(one, other) -> bool:
    return (one.end is not None and other.start is not None and one.end <= other.start) or (
        other.end is not None and one.start is not None and other.end <= one.start
    )


def test_a_portfolio_held_by_the_head_of_government_counts_for_both(kb, cov):
    seed = cov.coverage(kb, "2024-11-15")
    assert "LBY" in seed.covered["defence minister"]  # Dbeibah holds the defence portfolio
    assert "MUS" in seed.covered["defence minister"]  # "Minister of Defence and Home Affairs"
    assert "MAR" in seed.covered["defence minister"]  # "Minister Delegate for National Defence Administration"
    assert "FJI" in seed.covered["foreign minister"] and "FJI" in seed.covered["head of government"]
    assert "BEN" in seed.covered["defence minister"]  # "Minister Delegate for National Defence"
    assert "QAT" in seed.covered["defence minister"]  # "Deputy Prime Minister and Minister of State for Defence Affairs"
    assert "PLW" in seed.covered["foreign minister"]  # Palau's Minister of State, written "Foreign Minister"
    assert "BRB" in seed.covered["defence minister"]  # Mottley, "Minister of Defence and Security"
    assert "SYC" in seed.covered["defence minister"]  # Ramkalawan, "President, responsible for the Department of Defence"


def test_a_defence_department_counts_only_as_the_portfolio_of_its_holder(cov):
    """'responsible for the Department of Defence' is defence; a department's officials or other departments are not."""
    from crosswire.knowledge import OfficeTerm

    def offices(role):
        return cov.offices_of(OfficeTerm("X", (), None, "SYC", None, role, "GOV", None, None, None))

    assert offices("President, responsible for the Department of Defence") == ["defence minister"]
    assert offices("Principal Secretary of the Department of Defence") == []
    assert offices("President, responsible for the Department of Legal Affairs") == []


def test_the_script_prints_coverage_and_gaps(cov, capsys):
    cov.main(["2024-11-15", "--missing"])
    out = capsys.readouterr().out
    assert "2024-11-15: UN member states with a known holder (193 members)" in out
    gaps = {line.split(":")[0].strip(): line.split(":", 1)[1].split() for line in out.splitlines() if "  missing " in line}
    assert set(gaps) == {f"missing {office}" for office in cov.OFFICES}
    assert "USA" not in gaps["missing defence minister"] and "ISL" not in gaps["missing defence minister"]  # ISL: by rule


def test_an_unchecked_term_counts_up_to_the_end_of_the_month_named(cov):
    source = "gov.example (status after 2025-06 unchecked)"
    assert cov.checked_on(source, "2025-06-30") and not cov.checked_on(source, "2025-07-01")
    assert not cov.checked_on("x; status after 2024-11 unchecked", "2024-12-01")
    assert cov.checked_on("x; still in office 2025-10", "2025-10-01")  # confirmed rows carry no marker


def test_terms_confirmed_or_replaced_in_2025_count_on_the_review_date(kb, cov):
    review = cov.coverage(kb, "2025-10-01")
    assert "ERI" in review.covered["foreign minister"]  # Osman Saleh, confirmed at the 2025 review
    assert "LIE" in review.covered["foreign minister"]  # Sabine Monauni, Haas government of 2025-04-10
    assert "CHL" in review.covered["defence minister"]  # Adriana Delpiano succeeded Maya Fernandez
    assert "COG" in review.covered["defence minister"]  # Mondjo, seen again as minister in February 2026
    assert "GMB" not in review.covered["defence minister"]  # Joof: sworn in on 2025-09-22, checked only to 2025-09
    assert "BHS" in cov.coverage(kb, "2024-11-15").by_rule["defence minister"]


def test_review_date_gaps_closed_by_later_reports(kb, cov):
    """Terms last seen before 2025-10, confirmed by a report after it or by continuity across it (said in the source)."""
    review = cov.coverage(kb, "2025-10-01")
    for iso3 in ("DMA", "FSM", "GNQ"):  # Henderson, Robert (died in office by 2025-11-17), Oyono Esono Angue
        assert iso3 in review.covered["foreign minister"], iso3
    for iso3 in ("BEN", "FJI", "MMR"):  # Nouatin, Tikoduadua, Maung Maung Aye
        assert iso3 in review.covered["defence minister"], iso3
    # a term closed by a death in office, successor not recorded: the state is a gap afterwards
    assert "FSM" not in cov.coverage(kb, "2025-12-01").covered["foreign minister"]
    # Symmonds left foreign affairs in the cabinet of 2026-02-16; his successor starts after the review month
    assert "BRB" in review.covered["foreign minister"]
    assert "BRB" not in cov.coverage(kb, "2026-03-01").covered["foreign minister"]


def test_a_national_security_minister_counts_as_defence_only_by_that_title(cov, kb):
    """Trinidad and Tobago's Defence Force fell under the Minister of National Security until 2025."""
    hinds = [t for t in kb.terms if t.name == "Fitzgerald Hinds"][0]
    assert cov.offices_of(hinds) == ["defence minister"]
    sullivan = [t for t in kb.terms if t.name == "Jake Sullivan"][0]
    assert cov.offices_of(sullivan) == []  # a national security adviser is no minister
    assert "TTO" in cov.coverage(kb, "2024-11-15").covered["defence minister"]
    assert "TTO" in cov.coverage(kb, "2025-10-01").covered["defence minister"]  # Sturge, the new defence minister


def test_a_collective_presidency_has_one_head_at_a_time(kb, cov):
    """Bosnia and Herzegovina: three members elected together, the chair rotating every eight months."""
    assert kb.head_of("BIH", "state", "2024-11-15").name == "Denis Becirovic"
    assert kb.head_of("BIH", "state", "2025-01-10").name == "Zeljka Cvijanovic"
    assert kb.head_of("BIH", "state", "2025-09-01").name == "Zeljko Komsic"
    members = {t.name for t in kb.terms if t.country == "BIH" and t.role.endswith("Member of the Presidency")
               and t.holds_on("2025-01-10")}
    assert len(members) == 3 and all(kb.holder_terms(name, "2025-01-10") for name in members)
    assert "BIH" in cov.coverage(kb, "2024-11-15").covered["head of state"]


def test_a_joint_office_counts_for_both(cov, kb):
    qatar = [t for t in kb.terms if t.name == "Mohammed bin Abdulrahman Al Thani"][0]
    assert set(cov.offices_of(qatar)) == {"head of government", "foreign minister"}


def test_heads_of_the_main_organisations_on_the_seed_date(kb):
    for org in ("UN", "NATO", "EUCOM", "EUCO", "AUC", "IAEA", "WHO", "IMF", "WB", "WTO", "ASEAN", "OPEC", "COE", "EUPARL", "OECD", "UNRWA",
                "ARABLEAGUE", "GCC", "OAS", "UNHCR", "UNICEF", "WFP"):
        assert kb.head_of(org, "org", "2024-11-15") is not None, org


def test_holders_change_with_the_date(kb):
    assert kb.head_of("AUT", "government", "2024-11-15").name == "Karl Nehammer"
    assert kb.head_of("AUT", "government", "2025-02-01").name == "Alexander Schallenberg"
    assert kb.head_of("GRC", "state", "2024-11-15").name == "Katerina Sakellaropoulou"
    assert kb.head_of("GRC", "state", "2025-06-01").name == "Konstantinos Tasoulas"


# -- through the real pipeline, in sentences written for this test ---------------------------------------


def _person(result, name):
    found = [e.actor for e in result.entities if e.actor and e.actor.kind == "person" and name in e.text]
    assert found, f"{name} not resolved: {[(e.text, e.actor) for e in result.entities]}"
    return found[0]


def test_a_foreign_minister_who_left_office_is_former_in_a_later_article(extract_text):
    text = "Romanian Foreign Minister Emil Hurezeanu spoke to reporters in Bucharest on Tuesday."
    early = _person(extract_text(text, published="2025-03-04"), "Hurezeanu")
    late = _person(extract_text(text, published="2025-09-02"), "Hurezeanu")
    assert (early.country, early.role, early.sector) == ("ROU", "Foreign Minister", "GOV")
    assert (late.role, late.sector) == ("former Foreign Minister", "ELI")


def test_a_bare_surname_resolves_to_the_holder_of_the_day(extract_text):
    text = "Speaking in Brussels, Dedonder said the army would receive new trucks next year."
    actor = _person(extract_text(text, published="2024-11-15"), "Dedonder")
    assert (actor.country, actor.sector, actor.role) == ("BEL", "MIL", "Defence Minister")


def test_the_same_person_in_two_offices_takes_the_office_of_the_date(extract_text):
    text = "Ilie Bolojan met a group of mayors from Transylvania in the capital."
    acting = _person(extract_text(text, published="2025-03-10"), "Bolojan")
    premier = _person(extract_text(text, published="2025-08-10"), "Bolojan")
    assert acting.role == "Acting President" and premier.role == "Prime Minister"
    assert acting.id == premier.id


def test_a_handover_between_presidents_follows_the_article_date(extract_text):
    before, after = "2024-11-15", "2025-02-10"  # Ghana's presidency changed hands on 2025-01-07
    text = "Speaking in Accra, Mahama said the cocoa price would be reviewed."
    assert _person(extract_text(text, published=before), "Mahama").role is None  # not yet in office: no role
    assert _person(extract_text(text, published=after), "Mahama").role == "President"
    text = "Speaking in Accra, Akufo-Addo said the cocoa price would be reviewed."
    outgoing = _person(extract_text(text, published=before), "Akufo-Addo")
    assert (outgoing.country, outgoing.role) == ("GHA", "President")
    assert _person(extract_text(text, published=after), "Akufo-Addo").role == "former President"


def test_a_person_with_two_offices_at_once_shows_the_first_in_the_file(kb):
    assert [(t.country, t.role) for t in kb.holder_terms("Macron", "2024-11-15")][0] == ("FRA", "President")
    assert kb.holder_terms("King Charles", "2024-11-15")[0].country == "GBR"
    assert kb.head_of("CAN", "state", "2024-11-15").name == "King Charles III"


def test_coverage_reads_the_source_markers(kb, cov):
    seed, review = cov.coverage(kb, "2024-11-15"), cov.coverage(kb, "2025-10-01")
    assert "USA" in seed.president_heads_government  # Biden's row says "also head of government"
    assert "FRA" not in seed.president_heads_government and "FRA" in seed.covered["head of government"]
    assert "BRB" in seed.covered["defence minister"]  # Mottley's defence row, whose later status was not checked ...
    assert "BRB" not in review.covered["defence minister"]  # ... so it is not counted on the review date
    assert "GNQ" in review.covered["head of government"]  # Osa Nsue Nsua, confirmed by continuity to 2026-07
    assert "BDI" in review.covered["head of government"]  # Ntahontuye, prime minister from 2025-08-05
    assert "PSE" not in seed.covered["head of state"]  # observers are not counted among the 193
    # al-Sharaa heads the government only from the transitional government of 2025-03-29 (al-Bashir before)
    assert "SYR" not in cov.coverage(kb, "2025-03-01").president_heads_government
    assert "SYR" in review.president_heads_government


def test_a_foreign_ministry_handover_follows_the_article_date(extract_text):
    before, after = "2024-11-15", "2025-04-10"  # Uruguay's new government took office on 2025-03-01
    text = "In Montevideo, Omar Paganini said the trade talks with Brazil had gone well."
    outgoing = _person(extract_text(text, published=before), "Paganini")
    assert (outgoing.country, outgoing.role, outgoing.sector) == ("URY", "Foreign Minister", "GOV")
    assert _person(extract_text(text, published=after), "Paganini").role == "former Foreign Minister"
    text = "In Montevideo, Mario Lubetkin said the trade talks with Brazil had gone well."
    assert _person(extract_text(text, published=before), "Lubetkin").role is None  # not yet in office
    incoming = _person(extract_text(text, published=after), "Lubetkin")
    assert (incoming.country, incoming.role, incoming.sector) == ("URY", "Foreign Minister", "GOV")


def test_a_defence_minister_replaced_in_2025(extract_text):
    text = "Tore Sandvik told the Storting that the navy would order new frigates."
    assert _person(extract_text(text, published="2024-11-15"), "Sandvik").role is None
    actor = _person(extract_text(text, published="2025-03-01"), "Sandvik")
    assert (actor.country, actor.role, actor.sector) == ("NOR", "Defence Minister", "MIL")
    text = "Bjorn Arild Gram told the Storting that the navy would order new frigates."
    assert _person(extract_text(text, published="2024-11-15"), "Gram").sector == "MIL"
    assert _person(extract_text(text, published="2025-03-01"), "Gram").sector == "ELI"


def test_a_bare_surname_of_a_caretaker_minister(extract_text):
    text = "Speaking in Sofia, Kondov said the government wanted full Schengen membership soon."
    actor = _person(extract_text(text, published="2024-11-15"), "Kondov")
    assert (actor.country, actor.role) == ("BGR", "Foreign Minister")
    assert _person(extract_text(text, published="2025-02-20"), "Kondov").role == "former Foreign Minister"


def test_a_minister_of_a_fallen_government_is_former(extract_text):
    text = "Faisal Mekdad arrived in Tehran on Tuesday for talks about the war."
    assert _person(extract_text(text, published="2024-11-15"), "Mekdad").role == "Foreign Minister"
    late = _person(extract_text(text, published="2025-01-20"), "Mekdad")
    assert (late.country, late.sector) == ("SYR", "ELI")


def test_a_second_office_does_not_hide_the_main_one(extract_text):
    """Ramgoolam also holds defence, and Youssouf moved from Djibouti's foreign ministry to the AU Commission."""
    text = "Ramgoolam told the assembly in Port Louis that the budget would come in June."
    assert _person(extract_text(text, published="2024-12-01"), "Ramgoolam").role == "Prime Minister"
    text = "Mahmoud Ali Youssouf called for a ceasefire in Sudan."
    early = _person(extract_text(text, published="2024-11-15"), "Youssouf")
    late = _person(extract_text(text, published="2025-06-01"), "Youssouf")
    assert (early.country, early.role) == ("DJI", "Foreign Minister")
    assert (late.country, late.org) == ("IGO", "AUC") and early.id == late.id


def test_a_prime_minister_who_kept_defence_takes_the_office_of_the_date(extract_text):
    """Lecornu: armed forces minister until 2025-10-05, prime minister from 2025-09-09; the file lists him as
    prime minister first, so while he held both he is the prime minister."""
    text = "Speaking at a tank regiment near Strasbourg, Lecornu said the budget would grow."
    spring = _person(extract_text(text, published="2025-05-02"), "Lecornu")
    autumn = _person(extract_text(text, published="2025-10-20"), "Lecornu")
    assert (spring.country, spring.role, spring.sector) == ("FRA", "Defence Minister", "MIL")
    assert (autumn.role, autumn.sector) == ("Prime Minister", "GOV") and spring.id == autumn.id
    text = "Speaking at a tank regiment near Strasbourg, Catherine Vautrin said the budget would grow."
    assert _person(extract_text(text, published="2025-10-20"), "Vautrin").role == "Defence Minister"


def test_a_prime_minister_of_2025_is_former_after_resigning(extract_text):
    text = "Speaking in Vilnius, Paluckas promised more money for the army and for schools."
    early = _person(extract_text(text, published="2025-02-03"), "Paluckas")
    late = _person(extract_text(text, published="2025-10-01"), "Paluckas")
    assert (early.country, early.role, early.sector) == ("LTU", "Prime Minister", "GOV")
    assert (late.role, late.sector) == ("former Prime Minister", "ELI")


def test_ministers_named_in_2025_resolve_only_after_taking_office(extract_text):
    text = "Adriana Delpiano said the navy would get two new patrol boats."
    assert _person(extract_text(text, published="2024-11-15"), "Delpiano").role is None
    actor = _person(extract_text(text, published="2025-06-01"), "Delpiano")
    assert (actor.country, actor.role, actor.sector) == ("CHL", "Defence Minister", "MIL")
    text = "Sabine Monauni met her Swiss counterpart to talk about customs."
    actor = _person(extract_text(text, published="2025-05-20"), "Monauni")
    assert (actor.country, actor.role, actor.sector) == ("LIE", "Foreign Minister", "GOV")


def test_a_minister_added_for_the_seed_date_resolves_by_surname(extract_text):
    text = "Speaking in N'Djamena, Koulamallah said the troops of the former colonial power would have to leave."
    actor = _person(extract_text(text, published="2024-11-28"), "Koulamallah")
    assert (actor.country, actor.role, actor.sector) == ("TCD", "Foreign Minister", "GOV")


def test_an_alias_found_on_every_row_of_a_person(extract_text):
    """Kallas: Estonia's prime minister in 2023, the EU's foreign-policy chief from December 2024."""
    text = "Speaking to reporters, Kallas said that the sanctions had to stay in place."
    before = _person(extract_text(text, published="2023-05-10"), "Kallas")
    after = _person(extract_text(text, published="2025-03-10"), "Kallas")
    assert (before.country, before.role) == ("EST", "Prime Minister")
    assert after.country == "IGO" and before.id == after.id


def test_a_former_nom_de_guerre_finds_the_president_only_once_in_office(extract_text):
    """al-Sharaa, long known as Abu Mohammed al-Jolani, became Syria's president on 2025-01-29."""
    text = "Speaking in Damascus, al-Jolani said the new authorities would protect every community."
    assert _person(extract_text(text, published="2024-12-12"), "al-Jolani").role is None
    actor = _person(extract_text(text, published="2025-03-12"), "al-Jolani")
    assert (actor.country, actor.role, actor.sector) == ("SYR", "President", "GOV")


def test_the_chair_of_a_rotating_presidency_follows_the_date(extract_text):
    """Becirovic chaired Bosnia and Herzegovina's presidency until 2024-11-16 and stayed its Bosniak member."""
    text = "Speaking in Sarajevo, Bećirović said the country needed a state that works."
    chair = _person(extract_text(text, published="2024-11-10"), "Bećirović")
    member = _person(extract_text(text, published="2025-01-10"), "Bećirović")
    assert (chair.country, chair.role, chair.sector) == ("BIH", "Chair of the Presidency", "GOV")
    assert member.role == "Bosniak Member of the Presidency" and chair.id == member.id


def test_foreign_ministers_added_for_the_seed_date(extract_text):
    text = "Speaking in Tripoli, Taher al-Baour said the talks on the budget would resume."
    actor = _person(extract_text(text, published="2024-11-15"), "al-Baour")
    assert (actor.country, actor.role, actor.sector) == ("LBY", "Acting Foreign Minister", "GOV")
    text = "Igli Hasani told reporters in Tirana that the talks had gone well."
    assert _person(extract_text(text, published="2023-08-15"), "Hasani").role is None  # before 2023-09-12
    actor = _person(extract_text(text, published="2024-11-15"), "Hasani")
    assert (actor.country, actor.role, actor.sector) == ("ALB", "Foreign Minister", "GOV")
    assert _person(extract_text(text, published="2025-10-10"), "Hasani").role == "former Foreign Minister"
    text = "Speaking in Tirana, Spiropali said the talks with Brussels had gone well."
    assert _person(extract_text(text, published="2025-10-10"), "Spiropali").role == "Foreign Minister"


def test_defence_ministers_added_for_the_seed_date(extract_text):
    text = "Nouatin said the soldiers in the north would receive new drones."
    actor = _person(extract_text(text, published="2024-11-15"), "Nouatin")
    assert (actor.country, actor.sector) == ("BEN", "MIL")  # "Minister Delegate for National Defence"
    text = "Brigitte Onkanowa inspected the troops in Libreville on Monday."
    actor = _person(extract_text(text, published="2024-11-15"), "Onkanowa")
    assert (actor.country, actor.role, actor.sector) == ("GAB", "Defence Minister", "MIL")


def test_a_ministry_split_in_2025_follows_the_date(extract_text):
    """Trinidad and Tobago: Hinds (national security) until the change of government, then Sturge (defence)."""
    text = "Fitzgerald Hinds said the coast guard would get two new patrol vessels."
    assert _person(extract_text(text, published="2024-11-15"), "Hinds").role == "National Security Minister"
    assert _person(extract_text(text, published="2025-08-15"), "Hinds").sector == "ELI"
    text = "Wayne Sturge said the coast guard would get two new patrol vessels."
    assert _person(extract_text(text, published="2024-11-15"), "Sturge").role is None
    actor = _person(extract_text(text, published="2025-08-15"), "Sturge")
    assert (actor.country, actor.role, actor.sector) == ("TTO", "Defence Minister", "MIL")


def test_the_common_spelling_of_a_name_resolves(extract_text):
    """'Kim Jong-un' and 'Kim Jong-Un' once both stood in the file; only the capitalised one matched."""
    for spelling in ("Kim Jong-un", "Kim Jong-Un", "Kim Jong Un"):
        actor = _person(extract_text(f"{spelling} watched a missile test on Friday.", published="2024-11-15"), "Kim")
        assert (actor.country, actor.role) == ("PRK", "Supreme Leader"), spelling


def test_gulf_names_resolve_in_the_al_spelling(extract_text):
    """Wire services write "al-Thani" as often as "Al Thani"; both spellings are in the file."""
    text = "Mohammed bin Abdulrahman al-Thani said the talks on a ceasefire would go on."
    actor = _person(extract_text(text, published="2024-11-15"), "al-Thani")
    assert (actor.country, actor.role) == ("QAT", "Prime Minister and Foreign Minister")
    text = "Abdullatif al-Zayani said the talks on a ceasefire would go on."
    actor = _person(extract_text(text, published="2024-11-15"), "al-Zayani")
    assert (actor.country, actor.role, actor.sector) == ("BHR", "Foreign Minister", "GOV")


def test_defence_and_foreign_handovers_of_late_2024_follow_the_date(kb):
    """Kuwait split defence from the interior ministry on 2025-02-04; Sudan changed foreign minister on 2024-11-03."""
    fahad = kb.holder_terms("Fahad Yousef Saud Al-Sabah", "2024-11-15")
    assert [(t.country, t.role, t.sector) for t in fahad] == [("KWT", "Defence Minister", "MIL")]
    assert kb.holder_terms("Fahad Yousef Saud Al-Sabah", "2025-03-01")[0].end == "2025-02-04"  # former from then
    (former,) = kb.holder_terms("Abdullah Ali Abdullah Al-Salem Al-Sabah", "2024-11-15")  # between his two terms
    assert (former.role, former.end) == ("former Defence Minister", "2023-06-18")
    assert kb.holder_terms("Abdullah Ali Abdullah Al-Salem Al-Sabah", "2025-03-01")[0].country == "KWT"
    assert kb.holder_terms("Hussein Awad Ali", "2024-10-01")[0].role == "Foreign Minister"
    assert kb.holder_terms("Hussein Awad Ali", "2024-11-15")[0].end == "2024-11-03"
    assert kb.holder_terms("Ali Youssef Ahmed al-Sharif", "2024-11-15")[0].country == "SDN"


def test_a_head_of_government_holding_defence_keeps_the_main_office_first(kb):
    """Holness (Jamaica) and Matekane (Lesotho) hold defence too; Gnassingbe took Togo's armed forces ministry."""
    for name, country, role in (("Holness", "JAM", "Prime Minister"), ("Matekane", "LSO", "Prime Minister")):
        terms = kb.holder_terms(name, "2024-11-15")
        assert (terms[0].country, terms[0].role) == (country, role)
        assert any(t.sector == "MIL" for t in terms[1:])
    assert kb.holder_terms("Gnassingbe", "2024-11-15")[0].role == "President"


def test_coverage_counts_the_new_defence_and_foreign_rows(kb, cov):
    seed = cov.coverage(kb, "2024-11-15")
    for iso3 in ("KWT", "SDN", "MMR", "SSD", "TKM", "HTI", "PNG", "MDG", "JAM", "CPV", "TLS", "KNA"):
        assert iso3 in seed.covered["defence minister"], iso3
    for iso3 in ("SDN", "SSD", "MDG", "BLZ", "COM", "DMA", "VCT", "MCO", "FSM"):
        assert iso3 in seed.covered["foreign minister"], iso3
    # terms whose status was not checked after an early month are not counted later
    assert "SLE" not in seed.covered["defence minister"]  # Conteh: status after 2023-02 unchecked
    # a report of a later government that kept the minister confirms the term (Cabi, still at Defence in 2025-08)
    assert "GNB" in seed.covered["defence minister"]
    # a later report confirms a term again (Djibouti's defence minister, seen in 2024-06 and 2025-12)
    assert "DJI" in seed.covered["defence minister"]
    # a term closed by a later report counts up to its end date (Guinea-Bissau's foreign minister to 2025-11)
    assert "GNB" in seed.covered["foreign minister"]


# -- vacant and collective offices (office_rules.tsv with dates) -------------------------------------------


def test_a_dated_rule_counts_only_inside_its_range(kb, cov):
    """Lebanon had no president from 2022-10-31 (end of Michel Aoun's term) until Joseph Aoun's election on 2025-01-09."""
    assert cov.coverage(kb, "2024-11-15").rule_kind[("head of state", "LBN")] == "vacant"
    assert "LBN" in cov.coverage(kb, "2022-10-31").by_rule["head of state"]  # the first day of the vacancy
    assert "LBN" not in cov.coverage(kb, "2022-10-30").by_rule["head of state"]  # before the rule's range
    after = cov.coverage(kb, "2025-01-09")  # `to` is exclusive: the new president holds the office that day
    assert "LBN" not in after.by_rule["head of state"] and "LBN" in after.covered["head of state"]
    assert "LBN" in cov.coverage(kb, "2022-10-30").covered["head of state"]  # Michel Aoun's last day, by his row


def test_an_undated_rule_counts_on_every_date(kb, cov):
    for date in ("2010-01-01", "2024-11-15", "2025-10-01"):
        assert "CRI" in cov.coverage(kb, date).by_rule["defence minister"], date
        assert cov.coverage(kb, date).rule_kind[("defence minister", "CRI")] == "none"


def test_collective_offices_count_by_rule(kb, cov):
    """San Marino's two Captains Regent and its Congress of State, Switzerland's Federal Council."""
    for date in ("2024-11-15", "2025-10-01"):
        result = cov.coverage(kb, date)
        assert result.rule_kind[("head of state", "SMR")] == "collective"
        assert result.rule_kind[("head of government", "SMR")] == "collective"
        assert result.rule_kind[("head of government", "CHE")] == "collective"
        assert "CHE" in result.covered["head of state"]  # the President of the Confederation, one year each


def test_the_captains_regent_of_the_date(kb):
    def regents(date):
        return sorted(t.name for t in kb.terms if t.country == "SMR" and t.role == "Captain Regent" and t.holds_on(date))

    assert regents("2024-11-15") == ["Dalibor Riccardi", "Francesca Civerchia"]
    assert regents("2025-04-01") == ["Denise Bronzetti", "Italo Righi"]
    assert regents("2025-10-01") == ["Lorenzo Bugli", "Matteo Rossi"]
    assert kb.head_of("SMR", "state", "2024-11-15") is None  # jointly held: no single head
    assert kb.office_rule("SMR", "head of state", "2024-11-15").kind == "collective"
    assert kb.office_rule("LBN", "head of state", "2025-02-01") is None


def test_sudan_had_an_acting_prime_minister_until_2025(kb):
    assert kb.head_of("SDN", "government", "2024-11-15").name == "Osman Hussein"
    assert kb.head_of("SDN", "government", "2025-05-05").name == "Dafallah al-Haj Ali"
    assert kb.head_of("SDN", "government", "2025-10-01").name == "Kamil Idris"
    assert kb.head_of("SDN", "government", "2025-05-25") is None  # appointed on 05-19, sworn in on 05-31


def test_the_office_rules_loader_checks_kinds_and_dates(tmp_path, monkeypatch):
    import crosswire.knowledge as knowledge
    from crosswire.errors import ModelError

    monkeypatch.setattr(knowledge, "DATA_DIR", tmp_path)
    (tmp_path / "r.tsv").write_text(
        "# header\nXXX\tdefence minister\tno army\tsrc\nYYY\thead of state\tvacant: no president\tsrc\t2020-01-01\t2021-06-01\n",
        encoding="utf-8",
    )
    old, vacant = knowledge.load_office_rules("r.tsv")
    assert (old.kind, old.start, old.end) == ("none", None, None) and old.applies_on("1900-01-01")
    assert vacant.kind == "vacant" and vacant.applies_on("2020-01-01") and vacant.applies_on("2021-05-31")
    assert not vacant.applies_on("2019-12-31") and not vacant.applies_on("2021-06-01")
    for bad in ("XXX\tprime minister\tnone\tsrc\n", "XXX\thead of state\tvacant: x\tsrc\t2021-02-30\n",
                "XXX\thead of state\tvacant: x\tsrc\t2021-02-01\t2021-01-01\n"):
        (tmp_path / "bad.tsv").write_text(bad, encoding="utf-8")
        with pytest.raises(ModelError):
            knowledge.load_office_rules("bad.tsv")


def test_a_vacant_ministry_ends_when_a_minister_is_named(kb, cov):
    """Tonga: no foreign or defence minister from 2024-03-28 until the crown prince was named on 2025-01-28."""
    seed, review = cov.coverage(kb, "2024-11-15"), cov.coverage(kb, "2025-10-01")
    for office in ("foreign minister", "defence minister"):
        assert seed.rule_kind[(office, "TON")] == "vacant"
        assert "TON" in review.covered[office] and "TON" not in review.by_rule[office]
    assert "TON" in cov.coverage(kb, "2024-01-15").covered["foreign minister"]  # 'Utoikamanu, before the vacancy


def test_a_captain_regent_resolves_by_the_date(extract_text):
    """San Marino's Captains Regent serve six months each; a bare surname listed as alias finds the person."""
    text = "Civerchia received the new ambassador at the Palazzo Pubblico in San Marino."
    actor = _person(extract_text(text, published="2024-11-15"), "Civerchia")
    assert (actor.country, actor.role, actor.sector) == ("SMR", "Captain Regent", "GOV")
    assert _person(extract_text(text, published="2025-06-01"), "Civerchia").role == "former Captain Regent"
