"""A team-written generator of varied ~600-word news-like articles, for benchmarks.

Deterministic for a seed. Used when ../shared/data is absent, or on request (--corpus generated).
"""

from __future__ import annotations

import random

COUNTRIES = [
    ("France", "French", "Paris"), ("Germany", "German", "Berlin"), ("Japan", "Japanese", "Tokyo"),
    ("Brazil", "Brazilian", "Brasilia"), ("India", "Indian", "New Delhi"), ("Kenya", "Kenyan", "Nairobi"),
    ("Poland", "Polish", "Warsaw"), ("Turkey", "Turkish", "Ankara"), ("Egypt", "Egyptian", "Cairo"),
    ("Canada", "Canadian", "Ottawa"), ("Mexico", "Mexican", "Mexico City"), ("Indonesia", "Indonesian", "Jakarta"),
    ("Ukraine", "Ukrainian", "Kyiv"), ("Russia", "Russian", "Moscow"), ("China", "Chinese", "Beijing"),
    ("South Korea", "South Korean", "Seoul"), ("Nigeria", "Nigerian", "Abuja"), ("Australia", "Australian", "Canberra"),
]
ROLES = ["foreign minister", "defence minister", "prime minister", "president", "finance minister", "trade envoy"]
FIRST = ["Anna", "Marek", "Yuki", "Carlos", "Priya", "Amara", "Tomasz", "Elif", "Omar", "Claire", "Diego", "Sari"]
LAST = ["Keller", "Nowak", "Tanaka", "Silva", "Rao", "Okafor", "Wojcik", "Demir", "Haddad", "Moreau", "Ruiz", "Wibowo"]
ORGS = ["the United Nations", "NATO", "the European Union", "the African Union", "the World Bank", "ASEAN", "the G20"]
TOPICS = [
    ("a trade agreement", "tariffs on steel and grain", "signed"),
    ("a ceasefire", "the withdrawal of troops from the border", "announced"),
    ("new sanctions", "frozen assets and export bans", "imposed"),
    ("an aid package", "emergency food and medical supplies", "pledged"),
    ("joint military exercises", "naval drills in disputed waters", "began"),
    ("a climate pact", "cuts in coal power by 2030", "approved"),
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
VERBS = ["said", "told reporters", "warned", "added", "noted", "argued", "insisted"]


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _paragraph(rng: random.Random, a, b, topic) -> str:
    name, role = _person(rng), rng.choice(ROLES)
    number = rng.choice([120, 1500, 2300, 10000, 45000, 3, 18, 600])
    unit = rng.choice(["troops", "people", "million dollars", "vessels", "percent of GDP", "refugees"])
    templates = [
        f"{a[1]} {role.title()} {name} {rng.choice(VERBS)} on {rng.choice(DAYS)} that {topic[0]} with {b[0]} "
        f"would cover {topic[1]}, adding that talks in {a[2]} had been difficult but productive.",
        f'"We have waited long enough for this moment," {name} said. "Our people expect results, not more meetings."',
        f"According to officials in {b[2]}, more than {number:,} {unit} were affected by the decision, "
        f"a figure that could not be independently verified.",
        f"{rng.choice(ORGS).capitalize()} welcomed the step and urged both governments to keep their promises, "
        f"while critics in {a[0]} said the deal gave away too much.",
        f"The {b[1]} government {topic[2]} the plan on {rng.choice(MONTHS)} {rng.randint(1, 28)}, "
        f"two days after a phone call between the leaders of {a[0]} and {b[0]}.",
        f"Analysts said the move was likely to raise tensions in the region, and some warned that "
        f"{rng.choice(ORGS)} might hold an emergency session later this week.",
        f"Protesters gathered outside the parliament in {a[2]}, where police estimated the crowd at about "
        f"{rng.randint(2, 90) * 100} people, many carrying flags and banners against the agreement.",
    ]
    rng.shuffle(templates)
    return " ".join(templates[: rng.randint(3, 5)])


def generate_article(rng: random.Random, target_words: int = 600) -> str:
    """One article of roughly target_words words about two countries and a topic."""
    a, b = rng.sample(COUNTRIES, 2)
    topic = rng.choice(TOPICS)
    title = f"{a[0]} and {b[0]} {topic[2]} {topic[0]}"
    paragraphs = [title]
    words = len(title.split())
    while words < target_words:
        para = _paragraph(rng, a, b, topic)
        paragraphs.append(para)
        words += len(para.split())
    return "\n\n".join(paragraphs)


def generate_corpus(n: int, seed: int = 7, target_words: int = 600) -> list[str]:
    """n articles, deterministic for the seed."""
    rng = random.Random(seed)
    return [generate_article(rng, target_words) for _ in range(n)]
