"""Per-article NLP: the spaCy pipeline, crosswire's components and the Doc-to-records conversion."""
