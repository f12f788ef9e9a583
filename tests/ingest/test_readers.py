"""Readers: every input kind, metadata precedence, stable ids, and one test per bad-input kind."""

from __future__ import annotations

import io
import json

import pytest

from crosswire.errors import ConfigError
from crosswire.ingest.readers import (
    IngestOptions,
    article_id,
    check_override_date,
    read_inputs,
    title_of,
)
from crosswire.records import Article, Failure

ENGLISH = (
    "The finance ministers of the two countries met on Monday in the capital and agreed that the "
    "new customs rules would take effect next spring, officials said after the talks, which were "
    "described by both sides as constructive and long overdue."
)


def read(paths, **options) -> list:
    return list(read_inputs([str(p) for p in paths], IngestOptions(**options)))


def only_failure(items) -> Failure:
    assert len(items) == 1 and isinstance(items[0], Failure), items
    return items[0]


def test_txt_title_rule_and_text_kept_whole(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Ministers agree on customs\n\n" + ENGLISH, encoding="utf-8")
    (article,) = read([path])
    assert article.title == "Ministers agree on customs"
    assert article.text == path.read_text(encoding="utf-8")  # offsets point into the whole file
    assert article.origin == str(path)


def test_title_rule_needs_a_blank_second_line():
    assert title_of("Headline\n\nBody") == "Headline"
    assert title_of("Headline\nBody continues\n\nMore") is None
    assert title_of("One line only") is None


def test_sidecar_and_override_precedence(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "story.meta.json").write_text(json.dumps({"outlet": "Sidecar Post", "published": "2024-11-07"}))
    (article,) = read([tmp_path])  # the sidecar is metadata, not an article of its own
    assert (article.outlet, article.published) == ("Sidecar Post", "2024-11-07")
    (article,) = read([path], outlet="Flag Times", published="2024-01-02")
    assert (article.outlet, article.published) == ("Flag Times", "2024-01-02")


def test_jsonl_fields_unknown_fields_kept_and_ids(tmp_path):
    path = tmp_path / "batch.jsonl"
    rows = [
        {"id": "x1", "text": ENGLISH, "outlet": "Wire", "published": "2024-11-07T10:00:00Z", "section": "World"},
        {"text": ENGLISH + " More."},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    first, second = read([path])
    assert first.id == "x1" and first.published == "2024-11-07" and first.extra == {"section": "World"}
    assert first.origin == f"{path}:1"
    assert second.id == article_id(ENGLISH + " More.")


def test_json_file_with_a_list(tmp_path):
    path = tmp_path / "two.json"
    path.write_text(json.dumps([{"id": "a", "text": ENGLISH}, {"id": "b", "text": ENGLISH}]))
    assert [a.id for a in read([path])] == ["a", "b"]


def test_stdin_jsonl():
    stdin = io.StringIO(json.dumps({"id": "s1", "text": ENGLISH}) + "\n")
    (article,) = list(read_inputs(["-"], IngestOptions(), stdin=stdin))
    assert article.id == "s1" and article.origin == "<stdin>:1"


def test_id_ignores_whitespace_and_case_but_not_words():
    assert article_id("Hello   world\n") == article_id("hello world")
    assert article_id("hello world") != article_id("hello there world")


def test_html_extracts_text_and_metadata(tmp_path):
    page = tmp_path / "page.html"
    body = "".join(f"<p>{ENGLISH} Paragraph {i}.</p>" for i in range(3))
    page.write_text(
        "<html><head><title>Customs deal | Harbour Post</title>"
        '<meta property="og:title" content="Customs deal">'
        '<meta property="og:site_name" content="Harbour Post">'
        '<meta property="article:published_time" content="2024-03-05T09:00:00Z"></head>'
        f"<body><nav>Home | World</nav><article><h1>Customs deal</h1>{body}</article></body></html>",
        encoding="utf-8",
    )
    (article,) = read([page])
    assert article.title == "Customs deal"
    assert article.outlet == "Harbour Post"
    assert article.published == "2024-03-05"
    assert article.text.count("Customs deal") == 1 and "Paragraph 2" in article.text
    assert "Home | World" not in article.text


def test_directories_are_recursive_and_sorted(tmp_path):
    for name in ("b.txt", "a.txt", "sub/c.txt"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(f"{name}\n\n{ENGLISH}", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(ENGLISH)
    assert [a.title for a in read([tmp_path])] == ["a.txt", "b.txt", "sub/c.txt"]


# --- one test per bad-input kind ---------------------------------------------------------------


def test_empty_file(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("")
    assert "empty file" in only_failure(read([path])).reason


def test_whitespace_only_file(tmp_path):
    path = tmp_path / "blank.txt"
    path.write_text("  \n\n ")
    assert "empty" in only_failure(read([path])).reason


def test_binary_file(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert "binary" in only_failure(read([path])).reason


def test_undecodable_bytes_say_where(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes(ENGLISH.encode() + b"\nna\xefve caf\xe9\n")
    failure = only_failure(read([path]))
    assert "not UTF-8" in failure.reason and "line 2" in failure.reason


def test_malformed_json_line_reports_file_and_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps({"id": "ok", "text": ENGLISH}) + "\n{not json\n")
    good, bad = read([path])
    assert isinstance(good, Article)
    assert bad.origin == f"{path}:2" and "malformed JSON" in bad.reason


def test_missing_text_field(tmp_path):
    path = tmp_path / "notext.jsonl"
    path.write_text(json.dumps({"id": "n1", "title": "No body"}) + "\n")
    failure = only_failure(read([path]))
    assert failure.origin == f"{path}:1" and "missing field 'text'" in failure.reason


def test_text_over_size_limit(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text(ENGLISH * 10)
    assert "over the 100-byte limit" in only_failure(read([path], max_bytes=100)).reason


def test_oversize_jsonl_item_fails_alone(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_text(json.dumps({"text": ENGLISH * 10}) + "\n" + json.dumps({"text": ENGLISH}) + "\n")
    big, ok = read([path], max_bytes=len(ENGLISH) + 10)
    assert isinstance(big, Failure) and "limit" in big.reason and isinstance(ok, Article)


def test_non_english_text(tmp_path):
    path = tmp_path / "fr.txt"
    path.write_text(
        "Les ministres des finances des deux pays se sont réunis lundi dans la capitale et ont convenu "
        "que les nouvelles règles douanières entreraient en vigueur au printemps prochain, selon un "
        "communiqué publié par le gouvernement après des discussions qui ont été jugées constructives.",
        encoding="utf-8",
    )
    assert "does not look English (detected: fr)" in only_failure(read([path])).reason


def test_declared_non_english_language(tmp_path):
    path = tmp_path / "de.jsonl"
    path.write_text(json.dumps({"text": ENGLISH, "lang": "de"}) + "\n")
    assert "not English" in only_failure(read([path])).reason


def test_bad_published_field_names_the_field(tmp_path):
    path = tmp_path / "date.jsonl"
    path.write_text(json.dumps({"text": ENGLISH, "published": "last week"}) + "\n")
    assert "field 'published'" in only_failure(read([path])).reason


def test_unsupported_file_type_and_missing_path(tmp_path):
    path = tmp_path / "notes.md"
    path.write_text(ENGLISH)
    assert "unsupported file type" in only_failure(read([path])).reason
    assert "no such file" in only_failure(read([tmp_path / "nope.txt"])).reason


def test_override_date_is_checked():
    assert check_override_date("2024-11-07") == "2024-11-07"
    with pytest.raises(ConfigError, match="YYYY-MM-DD"):
        check_override_date("07/11/2024")


def test_a_failure_names_its_place_once(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": 5}\n', encoding="utf-8")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\xff")
    failures = [f for f in read([tmp_path]) if isinstance(f, Failure)]
    assert len(failures) == 2
    for failure in failures:
        assert failure.origin not in failure.reason, failure
        assert failure.reason.strip(), failure
