"""Read .txt, .html/.htm, .json/.jsonl files, directories and stdin into Articles.

Every reader yields `Article` or `Failure` per item, so one bad item never stops a batch.
Precedence of metadata: command-line overrides > sidecar NAME.meta.json > the file itself.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator, TextIO

from crosswire.errors import ConfigError, InputError
from crosswire.ingest.language import detect_language
from crosswire.records import Article, Failure

TEXT_SUFFIXES = {".txt"}
HTML_SUFFIXES = {".html", ".htm"}
JSON_SUFFIXES = {".json", ".jsonl"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES
SIDECAR = ".meta.json"
KNOWN_FIELDS = ("id", "text", "title", "url", "outlet", "published", "lang")
DEFAULT_MAX_BYTES = 5_000_000


@dataclass(frozen=True, slots=True)
class IngestOptions:
    """What the user set for a whole run: metadata overrides and limits."""

    published: str | None = None
    outlet: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    check_language: bool = True
    extra: dict[str, Any] = field(default_factory=dict)


def parse_date(value: Any, where: str) -> str:
    """Normalise a date or datetime string to YYYY-MM-DD, or raise InputError saying where."""
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        pass
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        raise InputError(
            f"published date {text!r} is not a date", where, "use YYYY-MM-DD (an ISO datetime is accepted too)"
        ) from None


def check_override_date(value: str | None) -> str | None:
    """Validate the --published option, raising ConfigError when it is not YYYY-MM-DD."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise ConfigError(f"--published {value!r} is not a date", fix="use YYYY-MM-DD, e.g. 2024-11-07") from None


def normalise_for_id(text: str) -> str:
    """The text as hashed for an article id: NFC, whitespace collapsed, case folded."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip().casefold()


def article_id(text: str) -> str:
    """A stable id from the normalised text: the same article always gets the same id."""
    return hashlib.sha1(normalise_for_id(text).encode("utf-8")).hexdigest()[:16]


def title_of(text: str) -> str | None:
    """The .txt title rule: a first line followed by a blank line is the title."""
    lines = text.lstrip("\ufeff").split("\n", 2)
    if len(lines) >= 2 and lines[0].strip() and not lines[1].strip():
        return lines[0].strip()
    return None


def looks_binary(data: bytes) -> bool:
    """True for NUL bytes or many control characters in the first 8 KB."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return bool(head) and controls / len(head) > 0.05


def decode(data: bytes, where: str) -> str:
    """Decode UTF-8 (BOM allowed); say where the first bad byte is otherwise."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(
            f"undecodable bytes: not UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}, line {line})",
            where,
            "convert the file to UTF-8",
        ) from None


def build_article(fields: dict[str, Any], where: str, options: IngestOptions) -> Article:
    """Validate fields into an Article: text present, size, language, date; unknown fields kept."""
    text = fields.get("text")
    if text is None:
        raise InputError("missing field 'text'", where, "every article needs its text in a 'text' field")
    if not isinstance(text, str):
        raise InputError(f"field 'text' must be a string, got {type(text).__name__}", where)
    if not text.strip():
        raise InputError("empty text", where, "remove the item or give it text")
    size = len(text.encode("utf-8"))
    if size > options.max_bytes:
        raise InputError(
            f"text is {size:,} bytes, over the {options.max_bytes:,}-byte limit", where, "split it or raise --max-bytes"
        )
    lang = fields.get("lang") or None
    if options.check_language:
        if lang and not str(lang).lower().startswith("en"):
            raise InputError(f"language is {lang!r}, not English", where, "crosswire reads English articles only")
        detected = detect_language(text)
        if detected != "en":
            raise InputError(
                f"text does not look English (detected: {detected})", where, "crosswire reads English articles only"
            )
    published = options.published or fields.get("published")
    if published:
        published = parse_date(published, f"{where} field 'published'")
    extra = {k: v for k, v in fields.items() if k not in KNOWN_FIELDS}
    extra.update(options.extra)
    raw_id = fields.get("id")
    return Article(
        id=str(raw_id) if raw_id not in (None, "") else article_id(text),
        text=text,
        title=fields.get("title") or None,
        outlet=options.outlet or fields.get("outlet") or None,
        url=fields.get("url") or None,
        published=published or None,
        lang=str(lang or "en"),
        extra=extra,
        origin=where,
    )


def read_sidecar(path: Path) -> dict[str, Any]:
    """Metadata from NAME.meta.json (or NAME.ext.meta.json) beside a file, if present."""
    for candidate in (path.with_suffix(SIDECAR), path.with_name(path.name + SIDECAR)):
        if candidate.is_file():
            try:
                meta = json.loads(candidate.read_text(encoding="utf-8"))
            except (ValueError, UnicodeDecodeError) as exc:
                raise InputError(f"sidecar is not valid JSON: {exc}", str(candidate)) from None
            if not isinstance(meta, dict):
                raise InputError("sidecar must hold a JSON object", str(candidate))
            return meta
    return {}


def read_text_file(path: Path, text: str, options: IngestOptions) -> Iterator[Article]:
    """A .txt file is one article; its title follows the first-line rule."""
    fields = {"text": text, "title": title_of(text), **read_sidecar(path)}
    yield build_article(fields, str(path), options)


def read_html_file(path: Path, text: str, options: IngestOptions) -> Iterator[Article]:
    """An HTML page is one article: main text and metadata extracted by trafilatura."""
    import trafilatura

    doc = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False)
    body = getattr(doc, "text", None) if doc is not None else None
    if not body or not body.strip():
        raise InputError("no article text found in the HTML page", str(path), "is it an article page?")
    title = getattr(doc, "title", None)
    fields = {
        # Keep the headline in the text (headline quotes are evidence) without repeating it.
        "text": f"{title}\n\n{body}" if title and not body.lstrip().startswith(title) else body,
        "title": title,
        "url": getattr(doc, "url", None),
        "outlet": getattr(doc, "sitename", None),
        "published": getattr(doc, "date", None),
        **read_sidecar(path),
    }
    yield build_article(fields, str(path), options)


def read_json_lines(lines: Iterable[str], where: str, options: IngestOptions) -> Iterator[Article | Failure]:
    """JSONL: one article object per line; a bad line fails alone, reported as file:line."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        at = f"{where}:{number}"
        try:
            fields = json.loads(line)
        except ValueError as exc:
            yield Failure(at, f"malformed JSON line: {exc.msg} at column {exc.colno}")
            continue
        yield from _article_or_failure(fields, at, options)


def _article_or_failure(fields: Any, at: str, options: IngestOptions) -> Iterator[Article | Failure]:
    if not isinstance(fields, dict):
        yield Failure(at, f"expected a JSON object, got {type(fields).__name__}")
        return
    try:
        yield build_article(fields, at, options)
    except InputError as exc:
        yield Failure(at, exc.message_at(at))


def read_json_file(path: Path, text: str, options: IngestOptions) -> Iterator[Article | Failure]:
    """A .jsonl file, or a .json file holding one object or a list of objects."""
    if path.suffix == ".jsonl":
        yield from read_json_lines(text.split("\n"), str(path), options)  # not splitlines: JSON may hold U+2028
        return
    try:
        data = json.loads(text)
    except ValueError as exc:
        yield Failure(f"{path}:{exc.lineno}", f"malformed JSON: {exc.msg} at column {exc.colno}")
        return
    items = data if isinstance(data, list) else [data]
    for index, fields in enumerate(items):
        yield from _article_or_failure(fields, f"{path}[{index}]" if isinstance(data, list) else str(path), options)


_READERS = {**{s: read_text_file for s in TEXT_SUFFIXES}, **{s: read_html_file for s in HTML_SUFFIXES}}


def read_file(path: Path, options: IngestOptions) -> Iterator[Article | Failure]:
    """Read one file of any supported kind; every problem becomes a Failure naming the file."""
    where = str(path)
    try:
        size = path.stat().st_size
        if size == 0:
            raise InputError("empty file", where)
        # JSONL files may hold many articles; the size limit applies per article there.
        if path.suffix.lower() not in JSON_SUFFIXES and size > options.max_bytes:
            raise InputError(f"file is {size:,} bytes, over the {options.max_bytes:,}-byte limit", where)
        data = path.read_bytes()
        if looks_binary(data):
            raise InputError("binary file, not text", where, "give .txt, .html, .json or .jsonl articles")
        suffix = path.suffix.lower()
        if suffix not in SUPPORTED:
            raise InputError(f"unsupported file type {suffix or '(none)'!r}", where, f"use one of {sorted(SUPPORTED)}")
        text = decode(data, where)
        if not text.strip():
            raise InputError("empty file (only whitespace)", where)
        if suffix in JSON_SUFFIXES:
            yield from read_json_file(path, text, options)
        else:
            yield from _READERS[suffix](path, text, options)
    except InputError as exc:
        yield Failure(where, exc.message_at(where))
    except OSError as exc:
        yield Failure(where, f"cannot read: {exc.strerror or exc}")


def iter_paths(path: Path) -> Iterator[Path]:
    """Files under a path: itself, or a directory's files recursively in sorted order.

    Hidden files and sidecar metadata files are not articles and are left out.
    """
    if path.is_dir():
        for child in sorted(path.rglob("*")):
            rel = child.relative_to(path).parts
            if child.is_file() and not any(p.startswith(".") for p in rel) and not child.name.endswith(SIDECAR):
                yield child
    else:
        yield path


def read_inputs(paths: Iterable[str], options: IngestOptions, stdin: TextIO | None = None) -> Iterator[Article | Failure]:
    """Every article from the given paths in order; `-` reads JSONL from stdin."""
    for raw in paths:
        if raw == "-":
            yield from read_json_lines(stdin or sys.stdin, "<stdin>", options)
            continue
        path = Path(raw)
        if not path.exists():
            yield Failure(raw, "no such file or directory")
            continue
        for file in iter_paths(path):
            yield from read_file(file, options)
