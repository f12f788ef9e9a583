"""Time expressions: grammar (finder), normaliser, anchoring and the `times` spaCy component."""
