"""Every crosswire spaCy component factory, registered in one place with a versioned name.

A user can add any of them to their own pipeline: `nlp.add_pipe("crosswire.times.v1")`.
`PIPELINE` lists them in the order crosswire runs them (after spaCy's own `ner`).
"""

from __future__ import annotations

from spacy.language import Language

from crosswire.nlp.extensions import register_extensions

register_extensions()

# (pipe name, factory name) in run order; later components may read what earlier ones set.
PIPELINE: list[tuple[str, str]] = []
