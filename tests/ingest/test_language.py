"""Language detection: English passes, other languages and scripts are named, nothing crashes."""

from hypothesis import given, strategies as st

from crosswire.ingest.language import detect_language


def test_english_news_prose():
    text = (
        "The government said on Tuesday that it would not raise taxes this year, but the opposition "
        "warned that the budget was built on forecasts that were far too optimistic."
    )
    assert detect_language(text) == "en"


def test_other_languages_and_scripts():
    assert detect_language(
        "Der Minister hat am Dienstag erklärt, dass die Regierung die Steuern in diesem Jahr nicht "
        "erhöhen wird, aber die Opposition warnte, dass der Haushalt auf zu optimistischen Prognosen beruht."
    ) == "de"
    assert detect_language(
        "El gobierno dijo el martes que no subirá los impuestos este año, pero la oposición advirtió que "
        "el presupuesto se basa en previsiones demasiado optimistas para la economía del país."
    ) == "es"
    assert detect_language("Правительство заявило во вторник, что не будет повышать налоги в этом году.") == "Cyrillic"


def test_short_text_is_given_the_benefit_of_the_doubt():
    assert detect_language("Ceasefire holds") == "en"


@given(st.text(max_size=400))
def test_never_crashes(text):
    assert isinstance(detect_language(text), str)
