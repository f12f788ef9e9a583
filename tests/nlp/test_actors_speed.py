"""The actor resolver's speed helpers give the same answers as the plain reads they replace (docs/performance.md)."""

from __future__ import annotations

import numpy as np

from crosswire.nlp.actors import ids
from crosswire.nlp.actors.lazy import LazyTokens, in_table
from tests.nlp.conftest import actor_of


def test_in_table_matches_isin():
    table = np.unique(np.array([5, 17, 2**63 + 9, 40], dtype="uint64"))
    values = np.array([0, 5, 6, 17, 2**63 + 9, 2**64 - 1, 40, 41], dtype="uint64")
    assert in_table(values, table).tolist() == np.isin(values, table).tolist()
    assert in_table(values, table).tolist() == [False, True, False, True, True, False, True, False]


def test_in_table_with_an_empty_table():
    values = np.array([1, 2], dtype="uint64")
    assert in_table(values, np.zeros(0, dtype="uint64")).tolist() == [False, False]


def test_lazy_tokens_index_and_slice_like_a_list(nlp):
    doc = nlp.make_doc("Mark Rutte met the ministers in Vilnius on Friday.")
    lazy, plain = LazyTokens(doc), list(doc)
    assert len(lazy) == len(plain)
    assert [t.i for t in lazy[2:5]] == [t.i for t in plain[2:5]]
    assert [t.i for t in lazy[5:2]] == []  # an empty slice, as a list gives
    assert [t.i for t in lazy[-3:]] == [t.i for t in plain[-3:]]
    assert lazy[-1].i == plain[-1].i and lazy[0].text == "Mark"
    assert lazy[1] is lazy[1]  # built once, then kept


def test_cached_actor_constructors_are_equal_to_fresh_ones():
    first = ids.person_actor("Rasa Vaitkute", "LTU", None, "MIL", "defence minister")
    again = ids.person_actor("Rasa Vaitkute", "LTU", None, "MIL", "defence minister")
    assert first == again and first.id == "person:rasa-vaitkute"
    assert ids.sector_actor("CVL").id == "CVL" and ids.sector_actor("CVL").kind == "group"


def test_surname_index_links_the_last_person_with_that_name(resolve):
    # two people share the surname: the lone surname goes to the one named last
    doc = resolve("Anna Keller met Jonas Keller in Berlin. Later Keller said the talks went well.")
    assert actor_of(doc, "Keller", 3).id == "person:jonas-keller"
