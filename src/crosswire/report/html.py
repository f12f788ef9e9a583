"""The story report as one self-contained HTML page: no scripts, no fetched files.

Evidence links point at sentence anchors in the article columns; CSS `:target` highlights the
sentence a link points at, so the page works from a file, offline, without JavaScript.
"""

from __future__ import annotations

import bisect
from html import escape

from crosswire.fusion.corroborate import FusedItem, Mention
from crosswire.fusion.events import best_dates
from crosswire.fusion.story_view import StoryView
from crosswire.fusion.text import sentence_bounds

CSS = """
*{box-sizing:border-box}
body{font:15px/1.45 -apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;margin:0;color:#1d232b;background:#f4f5f7}
header{background:#1d2a3a;color:#fff;padding:18px 28px}
header h1{margin:0 0 4px;font-size:22px}
header .meta{color:#b8c4d3;font-size:13px}
main{padding:8px 28px 40px;max-width:1500px}
h2{font-size:17px;margin:28px 0 10px;border-bottom:2px solid #d5dae1;padding-bottom:4px}
table{border-collapse:collapse;width:100%;background:#fff;font-size:14px}
th,td{border-bottom:1px solid #e3e6ea;padding:7px 9px;text-align:left;vertical-align:top}
th{background:#eef1f4;font-weight:600}
.badge{display:inline-block;border-radius:10px;padding:1px 9px;font-size:12px;font-weight:600;white-space:nowrap}
.corroborated{background:#d9f2e1;color:#17643a}.single-source{background:#fff0c7;color:#7a5800}
.conflicting{background:#fbd9d9;color:#9b1c1c}
.why{color:#55606d;font-size:13px;margin-top:3px}
a.ev{display:inline-block;margin:2px 4px 0 0;font-size:12px;color:#1e5fae;text-decoration:none;border:1px solid #c5d6ea;border-radius:4px;padding:0 5px;background:#f3f8fd}
a.ev:hover{background:#dce9f8}
.outlets{display:grid;grid-template-columns:repeat(auto-fit,minmax(330px,1fr));gap:14px}
.article{background:#fff;border:1px solid #dfe3e8;border-radius:6px;padding:12px 14px;max-height:560px;overflow:auto}
.article h3{margin:0 0 2px;font-size:15px}
.article .meta{color:#6b7684;font-size:12px;margin-bottom:8px}
.article p{margin:0 0 8px;font-size:13.5px}
.s:target{background:#ffe36e;outline:2px solid #f0b400;border-radius:2px}
.quote{background:#fff;border-left:4px solid #8aa6c8;padding:9px 12px;margin:0 0 10px}
.quote blockquote{margin:0 0 6px;font-style:italic}
.match{font-size:13.5px;margin:4px 0 0 10px}
del{background:#fbd9d9;color:#8a1f1f}ins{background:#d9f2e1;color:#17643a;text-decoration:none}
.shared{color:#55606d;font-size:12px}
.timeline{list-style:none;padding:0;margin:0;border-left:3px solid #8aa6c8}
.timeline li{background:#fff;margin:0 0 8px 14px;padding:7px 11px;border-radius:4px;position:relative}
.timeline li:before{content:"";position:absolute;left:-21px;top:12px;width:11px;height:11px;border-radius:50%;background:#1d2a3a}
.when{font-weight:600;margin-right:8px}.type{font-family:monospace;background:#eef1f4;padding:0 5px;border-radius:3px}
.cov{display:grid;grid-template-columns:repeat(auto-fit,minmax(330px,1fr));gap:14px}
.cov div{background:#fff;border:1px solid #dfe3e8;border-radius:6px;padding:10px 14px}
.cov li{margin-bottom:6px;font-size:13.5px}
.none{color:#6b7684;font-style:italic}
"""


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


class _Anchors:
    """Sentence anchors per article, so any mention links to the sentence holding it."""

    def __init__(self, story: StoryView):
        self.bounds = {a.id: sentence_bounds(a.text) for a in story.articles}
        self.index = {a.id: i for i, a in enumerate(story.articles)}
        self.outlet = {a.id: a.outlet for a in story.articles}

    def anchor(self, article_id: str, offset: int) -> str:
        bounds = self.bounds.get(article_id) or [(0, 0)]
        starts = [s for s, _ in bounds]
        i = max(bisect.bisect_right(starts, offset) - 1, 0)
        return f"a{self.index.get(article_id, 0)}-{bounds[i][0]}"

    def link(self, m: Mention | None = None, article_id: str | None = None, offset: int = 0) -> str:
        aid = m.article_id if m else article_id
        at = m.start if m else offset
        return f'<a class="ev" href="#{self.anchor(aid, at)}" title="show the sentence">{escape(self.outlet.get(aid, aid))} ¶</a>'


def _article_html(story: StoryView, anchors: _Anchors) -> str:
    cols = []
    for a in story.articles:
        date = a.published or (f"{a.inferred_date} (inferred)" if a.inferred_date else "undated")
        paragraphs, current = [], []
        for s, e in anchors.bounds[a.id]:
            sid = f"a{anchors.index[a.id]}-{s}"
            current.append(f'<span class="s" id="{sid}">{escape(a.text[s:e])}</span>')
            if "\n" in a.text[e:e + 2] or e >= len(a.text):
                paragraphs.append("<p>" + " ".join(current) + "</p>")
                current = []
        if current:
            paragraphs.append("<p>" + " ".join(current) + "</p>")
        cols.append(
            f'<div class="article"><h3>{escape(a.outlet)}</h3><div class="meta">{escape(date)} · {escape(a.id)}'
            + (f' · <a href="{escape(a.url)}">source</a>' if a.url else "")
            + "</div>" + "".join(paragraphs) + "</div>"
        )
    return '<div class="outlets">' + "".join(cols) + "</div>"


def _claims_html(items: list[FusedItem], anchors: _Anchors) -> str:
    if not items:
        return '<p class="none">No claims were extracted.</p>'
    rows = []
    for item in items:
        links = "".join(anchors.link(m) for m in item.mentions)
        rows.append(
            f'<tr><td><span class="badge {item.status}">{item.status}</span></td>'
            f"<td>{escape(item.label)}<div class=\"why\">{escape(item.explanation)}</div></td>"
            f"<td>{item.independent}</td><td>{links}</td></tr>"
        )
    return ("<table><tr><th>status</th><th>claim and why</th><th>independent sources</th><th>evidence</th></tr>"
            + "".join(rows) + "</table>")


def _diff_html(ops: list[tuple[str, str]]) -> str:
    tag = {"=": "{}", "-": "<del>{}</del>", "+": "<ins>{}</ins>"}
    return " ".join(tag[op].format(escape(words)) for op, words in ops)


def _quotes_html(items: list[FusedItem], anchors: _Anchors) -> str:
    shared = [q for q in items if len({m.article_id for m in q.mentions}) > 1]
    if not shared:
        return '<p class="none">No quote appears in more than one article.</p>'
    out = []
    for item in shared:
        first = item.mentions[0]
        speaker = item.details.get("speaker")
        parts = [f'<div class="quote"><blockquote>“{escape(first.text)}”</blockquote>'
                 f'<div class="why">{escape(speaker or "unknown speaker")} · {anchors.link(first)} {escape(item.explanation)}</div>']
        for match, m in zip(item.details.get("matches", []), item.mentions[1:]):
            if match.get("diff") is None:
                body = f'{escape(m.text)} <span class="shared">shared words: {escape(", ".join(match.get("shared", [])))}</span>'
            else:
                body = _diff_html(match["diff"])
            parts.append(f'<div class="match">{anchors.link(m)} <b>{escape(match["how"])}</b>: {body}</div>')
        out.append("".join(parts) + "</div>")
    return "".join(out)


def _events_html(items: list[FusedItem], anchors: _Anchors) -> str:
    if not items:
        return '<p class="none">No events were extracted.</p>'
    lis = []
    for item in items:
        dates = best_dates(item.mentions)
        when = dates[0] if len(dates) == 1 else (" – ".join((dates[0], dates[-1])) if dates else "date unknown")
        links = "".join(anchors.link(m) for m in item.mentions)
        lis.append(f'<li><span class="when">{escape(when)}</span><span class="type">{escape(str(item.mentions[0].data.get("type")))}</span> '
                   f"{escape(_cut(item.mentions[0].text, 220))}<div class=\"why\">{escape(item.explanation)} {links}</div></li>")
    return '<ul class="timeline">' + "".join(lis) + "</ul>"


def _coverage_html(story: StoryView, anchors: _Anchors) -> str:
    if not story.coverage:
        return '<p class="none">Nothing to compare: one source, or every fact is shared.</p>'
    blocks = []
    for outlet, items in story.coverage.items():
        lis = "".join(f"<li>{escape(_cut(c.text, 260))} <span class=\"shared\">({escape(', '.join(c.kinds))})</span> "
                      f"{anchors.link(article_id=c.article_id, offset=c.start)}</li>" for c in items)
        blocks.append(f"<div><h3>Only {escape(outlet)}</h3><ul>{lis}</ul></div>")
    return '<div class="cov">' + "".join(blocks) + "</div>"


def render_html(story: StoryView) -> str:
    """The whole report page for one story."""
    anchors = _Anchors(story)
    dates = " to ".join(dict.fromkeys(d for d in (story.first_date, story.last_date) if d)) or "undated"
    counts = {s: sum(1 for c in story.claims if c.status == s) for s in ("corroborated", "conflicting", "single-source")}
    inferred = "".join(f"<li>{escape(story.article(d.article_id).outlet)}: {escape(d.value)} — {escape(d.explanation)}</li>"
                       for d in story.inferred_dates)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>{escape(story.title or story.id)} · crosswire story</title><style>{CSS}</style></head>
<body><header><h1>{escape(story.title or story.id)}</h1>
<div class="meta">story {escape(story.id)} · {len(story.articles)} articles from {len({a.source_key for a in story.articles})} independent sources · {escape(dates)} ·
claims: {counts['corroborated']} corroborated, {counts['conflicting']} conflicting, {counts['single-source']} single-source</div></header>
<main>
<h2>Claims</h2>{_claims_html(story.claims, anchors)}
<h2>Quotes across outlets</h2>{_quotes_html(story.quotes, anchors)}
<h2>Event timeline</h2>{_events_html(story.events, anchors)}
<h2>Coverage differences</h2>{_coverage_html(story, anchors)}
{"<h2>Inferred publication dates</h2><ul>" + inferred + "</ul>" if inferred else ""}
<h2>Outlets side by side</h2>{_article_html(story, anchors)}
</main></body></html>
"""
