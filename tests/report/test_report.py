"""Story reports from a store filled with hand-made records: HTML page and terminal view."""

from __future__ import annotations

import re

import pytest
from rich.console import Console

from crosswire.fusion.stories import update_stories
from crosswire.fusion.story_view import build_story
from crosswire.records import Article, Claim, Extraction, Quantity, Quote, SourceRef, Span
from crosswire.report.html import render_html
from crosswire.report.terminal import print_story
from crosswire.store.db import Store

TEXT_A = (
    "Flooding along the Danube forced 3,000 residents of Vukovar to leave their homes on Monday, the county office said. "
    "\"We have never seen the river this high in Vukovar,\" mayor Ivan Horvat told reporters at the Danube embankment. "
    "Army engineers built sandbag walls near the Vukovar bridge overnight."
)
TEXT_B = (
    "More than 3,000 people left their homes in Vukovar as the Danube flooded on Monday, according to the county office. "
    "Mayor Ivan Horvat said: \"We have never seen the river this high.\" "
    "Schools in the town will stay closed until Friday."
)


def _claim(text, sentence, value, qualifier):
    start = text.index(sentence)
    q_text = f"{value:,}"
    q_start = text.index(q_text, start)
    return Claim(sentence, start, start + len(sentence), source=SourceRef("the county office", 0, 0),
                 quantities=(Quantity(q_text, q_start, q_start + len(q_text), float(value), "residents", qualifier),))


def _quote(text, words):
    start = text.index(words)
    return Quote(words, start, start + len(words), "direct", cue=Span("said", 0, 4), speaker=SourceRef("Ivan Horvat", 0, 0))


@pytest.fixture(scope="module")
def story():
    store = Store(":memory:")
    store.write(Extraction(
        article=Article("fa", TEXT_A, title="Danube floods Vukovar", outlet="River Daily", published="2025-05-12"),
        claims=(_claim(TEXT_A, "Flooding along the Danube forced 3,000 residents of Vukovar to leave their homes on Monday", 3000, "exact"),),
        quotes=(_quote(TEXT_A, "We have never seen the river this high in Vukovar,"),),
    ))
    store.write(Extraction(
        article=Article("fb", TEXT_B, title="Vukovar evacuates", outlet="Plains Courier"),
        claims=(_claim(TEXT_B, "More than 3,000 people left their homes in Vukovar as the Danube flooded on Monday", 3000, "more_than"),),
        quotes=(_quote(TEXT_B, "We have never seen the river this high."),),
    ))
    update = update_stories(store, ["fa", "fb"])
    assert len(update.created) == 1
    view = build_story(store, update.created[0])
    yield view
    store.close()


def test_fused_story(story):
    assert [c.status for c in story.claims] == ["corroborated"]
    assert story.quotes[0].independent == 2 and story.quotes[0].details["matches"][0]["how"] == "truncated"
    assert story.article("fb").inferred_date == "2025-05-12"
    only_a = " ".join(c.text for c in story.coverage.get("River Daily", []))
    assert "sandbag" not in only_a  # sentences carrying no record are not facts
    assert {row[0] for row in story.fused_rows()} == {"claim", "quote"}


def test_html_is_self_contained_and_links_resolve(story):
    page = render_html(story)
    assert "<script" not in page.lower()
    assert not re.search(r'(src|href)="(https?:)?//', page)
    targets = set(re.findall(r'href="#([^"]+)"', page))
    ids = set(re.findall(r'id="([^"]+)"', page))
    assert targets and targets <= ids
    for section in ("Claims", "Quotes across outlets", "Event timeline", "Coverage differences", "Outlets side by side"):
        assert f"<h2>{section}</h2>" in page
    assert "corroborated" in page and "River Daily" in page and "Plains Courier" in page


def test_html_escapes_text(story):
    story.articles[0].text = story.articles[0].text.replace("Army", "<b>Army</b>")
    assert "<b>Army</b>" not in render_html(story)


def test_terminal_view(story):
    console = Console(record=True, width=120)
    print_story(story, console)
    text = console.export_text()
    assert "corroborated" in text and "truncated" in text and "River Daily" in text


def test_terminal_diff_is_marked_without_colours(story):
    console = Console(record=True, width=120, color_system=None)
    print_story(story, console)
    text = console.export_text()
    # the shorter quote leaves out two words; punctuation alone is not a difference
    assert "[-in Vukovar,-]" in text
    assert "{+" not in text


def _chromium() -> str | None:
    import shutil

    return next((p for p in (shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome")) if p), None)


def test_html_renders_in_a_real_browser(story, tmp_path):
    """Headless Chromium loads the page: the sections are in its DOM and the screenshot is not blank."""
    import subprocess
    import zlib

    browser = _chromium()
    if browser is None:
        pytest.skip("no Chromium on this machine")
    page = tmp_path / "story.html"
    page.write_text(render_html(story), encoding="utf-8")
    flags = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=1200,1600"]
    dom = subprocess.run([*flags, "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=120).stdout
    for section in ("Claims", "Quotes across outlets", "Event timeline", "Coverage differences", "Outlets side by side"):
        assert f"<h2>{section}</h2>" in dom
    assert "River Daily" in dom and "<del>" in dom  # the quote diff survives the browser's parse
    shot = tmp_path / "story.png"
    subprocess.run([*flags, f"--screenshot={shot}", page.as_uri()], capture_output=True, timeout=120)
    png = shot.read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    # the image data of a blank page compresses to almost nothing; a rendered report does not
    chunks, at = [], 8
    while at < len(png):
        size = int.from_bytes(png[at:at + 4], "big")
        if png[at + 4:at + 8] == b"IDAT":
            chunks.append(png[at + 8:at + 8 + size])
        at += 12 + size
    pixels = zlib.decompress(b"".join(chunks))
    assert len(set(pixels)) > 20


def test_story_json_keeps_every_item_and_its_evidence(story):
    import json

    from crosswire.report.story_json import story_json

    data = json.loads(json.dumps(story_json(story)))  # plain JSON, nothing lost on the way
    assert [c["status"] for c in data["claims"]] == [c.status for c in story.claims]
    assert len(data["quotes"]) == len(story.quotes) and data["quotes"][0]["details"]["matches"][0]["how"] == "truncated"
    texts = {a.id: a.text for a in story.articles}
    for item in (*data["claims"], *data["quotes"]):
        for m in item["mentions"]:
            assert texts[m["article_id"]][m["start"]:m["end"]] == m["text"]
    assert next(a for a in data["articles"] if a["id"] == "fb")["inferred_date"] == "2025-05-12"
    assert data["claims"][0]["mentions"][0]["record"]["quantities"][0]["value"] == 3000
