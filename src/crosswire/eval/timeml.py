"""Score the `times` component against TimeML (.tml) gold with the TempEval-3 task A measures.

Definitions (as in the TempEval-3 scorer, UzZaman et al. 2013):
- strict match: same character span; relaxed match: the spans overlap.
- precision = system expressions that match some gold one / system expressions;
  recall = gold expressions matched by some system one / gold expressions; F1 their harmonic mean.
- type / value accuracy: over the relaxed matches (each gold expression paired with the system
  expression that overlaps it most), the share with the same TIMEX3 type / value.
- type F1 = type accuracy x relaxed F1; value F1 = value accuracy x relaxed F1.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from crosswire.eval import f1, ratio
from crosswire.errors import InputError
from crosswire.records import Article, TimeRef

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass(frozen=True, slots=True)
class GoldTimex:
    """One gold TIMEX3: span in the plain text, type, value, mod."""

    start: int
    end: int
    text: str
    type: str
    value: str | None
    mod: str | None


@dataclass(frozen=True, slots=True)
class TimeMLDoc:
    """A TimeML document: plain text of <TEXT>, its creation time and gold expressions."""

    name: str
    text: str
    dct: str | None
    gold: tuple[GoldTimex, ...]


def _dct(raw: str) -> str | None:
    m = re.search(r"<DCT>\s*<TIMEX3([^>]*)>", raw)
    if not m:
        return None
    value = dict(_ATTR.findall(m.group(1))).get("value", "")
    return value[:10] if re.match(r"\d{4}-\d\d-\d\d", value) else None


def read_tml(path: Path) -> TimeMLDoc:
    """Parse one .tml file: strip tags from <TEXT>, keep TIMEX3 offsets in the plain text."""
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read: {exc}", where=str(path), fix="check the file is UTF-8 TimeML") from exc
    m = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S)
    if not m:
        raise InputError("no <TEXT> element", where=str(path), fix="give a TimeML .tml file")
    body = m.group(1)
    out: list[str] = []
    pos = 0
    length = 0
    gold: list[GoldTimex] = []
    open_timex: tuple[int, dict] | None = None
    for tag in _TAG.finditer(body):
        chunk = html.unescape(body[pos : tag.start()])
        out.append(chunk)
        length += len(chunk)
        pos = tag.end()
        closing, name = tag.group(1), tag.group(2)
        if name != "TIMEX3":
            continue
        if not closing:
            open_timex = (length, dict(_ATTR.findall(tag.group(3))))
        elif open_timex is not None:
            start, attrs = open_timex
            open_timex = None
            gold.append(GoldTimex(start, length, "", attrs.get("type", ""), attrs.get("value"), attrs.get("mod")))
    out.append(html.unescape(body[pos:]))
    text = "".join(out)
    gold = [GoldTimex(g.start, g.end, text[g.start : g.end], g.type, g.value, g.mod) for g in gold]
    return TimeMLDoc(path.stem, text, _dct(raw), tuple(gold))


def read_corpus(directory: Path) -> list[TimeMLDoc]:
    """Every .tml file under `directory` (recursively), sorted by path."""
    paths = sorted(Path(directory).rglob("*.tml"))
    if not paths:
        raise InputError("no .tml files found", where=str(directory), fix="point at a TimeML corpus folder")
    return [read_tml(p) for p in paths]


@dataclass
class Counts:
    """Match counts for one corpus part; scores are properties."""

    system: int = 0
    gold: int = 0
    strict_sys: int = 0
    strict_gold: int = 0
    relaxed_sys: int = 0
    relaxed_gold: int = 0
    type_ok: int = 0
    value_ok: int = 0
    errors: list = field(default_factory=list)

    def scores(self) -> dict[str, float]:
        """Strict/relaxed P/R/F1, type and value accuracy and F1."""
        sp = ratio(self.strict_sys, self.system)
        sr = ratio(self.strict_gold, self.gold)
        rp = ratio(self.relaxed_sys, self.system)
        rr = ratio(self.relaxed_gold, self.gold)
        rf = f1(rp, rr)
        type_acc = ratio(self.type_ok, self.relaxed_gold)
        value_acc = ratio(self.value_ok, self.relaxed_gold)
        return {
            "strict_p": sp, "strict_r": sr, "strict_f1": f1(sp, sr),
            "relaxed_p": rp, "relaxed_r": rr, "relaxed_f1": rf,
            "type_accuracy": type_acc, "type_f1": type_acc * rf,
            "value_accuracy": value_acc, "value_f1": value_acc * rf,
            "gold": float(self.gold), "system": float(self.system),
        }


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def score_document(doc: TimeMLDoc, system: Iterable[TimeRef], counts: Counts) -> None:
    """Add one document's matches to `counts` (errors kept for inspection)."""
    sys_list = list(system)
    counts.system += len(sys_list)
    counts.gold += len(doc.gold)
    for s in sys_list:
        if any(s.start == g.start and s.end == g.end for g in doc.gold):
            counts.strict_sys += 1
        if any(_overlap(s.start, s.end, g.start, g.end) for g in doc.gold):
            counts.relaxed_sys += 1
        else:
            counts.errors.append(("fp", doc.name, s.text, s.type, s.value, None))
    for g in doc.gold:
        if any(s.start == g.start and s.end == g.end for s in sys_list):
            counts.strict_gold += 1
        best = max(sys_list, key=lambda s: _overlap(s.start, s.end, g.start, g.end), default=None)
        if best is None or not _overlap(best.start, best.end, g.start, g.end):
            counts.errors.append(("fn", doc.name, g.text, g.type, g.value, None))
            continue
        counts.relaxed_gold += 1
        counts.type_ok += best.type == g.type
        if best.type != g.type:
            counts.errors.append(("type", doc.name, g.text, g.type, best.type, best.text))
        counts.value_ok += (best.value or "") == (g.value or "")
        if best.value != g.value:
            counts.errors.append(("value", doc.name, g.text, g.value, best.value, best.text))


def evaluate(directory: Path, nlp=None) -> dict[str, Counts]:
    """Run the times component over a TimeML corpus; counts per top-level folder and 'overall'."""
    from crosswire.nlp.extract import BATCH_SIZE

    docs = read_corpus(Path(directory))
    if nlp is None:
        nlp = load_times_pipeline()
    results: dict[str, Counts] = {"overall": Counts()}
    spacy_docs = []
    for d in docs:
        sdoc = nlp.make_doc(d.text)
        sdoc._.cw_article = Article(id=d.name, text=d.text, published=d.dct)
        spacy_docs.append(sdoc)
    root = Path(directory)
    paths = sorted(root.rglob("*.tml"))
    for path, tml, sdoc in zip(paths, docs, nlp.pipe(spacy_docs, batch_size=BATCH_SIZE)):
        part = path.relative_to(root).parts[0] if len(path.relative_to(root).parts) > 1 else root.name
        for key in ("overall", part):
            score_document(tml, sdoc._.cw_times or (), results.setdefault(key, Counts()))
    return results


def load_times_pipeline():
    """The pinned model plus only the `times` component: what this evaluation needs."""
    import crosswire.nlp.factories  # noqa: F401 - registers the factories
    from crosswire.nlp.model import load_base_model

    nlp = load_base_model()
    nlp.add_pipe("crosswire_times_v1", name="times")
    return nlp
