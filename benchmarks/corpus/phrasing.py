"""Several ways to write the same fact: populations, settings, parameter ranges, lists.

Each function takes the seeded `random.Random` of the dossier so the corpus is reproducible.
Within one dossier all documents agree on the *meaning* (same bounds, same comparator family)
but each document draws its own wording.
"""

from __future__ import annotations

import random

from benchmarks.corpus.devices import GROUP_WORDS, SETTING_WORDS

NBSP = "\u00a0"


def number(value: float, lang: str, rng: random.Random, thousands: bool = False) -> str:
    text = f"{value:g}"
    if thousands and value >= 1000 and lang == "en" and rng.random() < 0.5:
        text = f"{int(value):,}"
    if lang in ("fr", "de") and "." in text and rng.random() < 0.7:
        text = text.replace(".", ",")
    return text


def weight(kg: float, lang: str, rng: random.Random) -> str:
    """'5 kg', '5kg', '5\u00a0kg' or (small values, English) '5000 g'."""
    options = [f"{number(kg, lang, rng)} kg", f"{number(kg, lang, rng)}kg",
               f"{number(kg, lang, rng)}{NBSP}kg"]
    if kg < 10 and lang == "en":
        options.append(f"{int(kg * 1000)} g")
    return rng.choice(options)


WEIGHT_STRICT = {
    "en": ["> {w}", "more than {w}", "over {w}", "weighing more than {w}",
           "with a body weight above {w}"],
    "fr": ["de plus de {w}", "pesant plus de {w}", "d'un poids supérieur à {w}"],
    "de": ["mit mehr als {w} Körpergewicht", "über {w}", "mit einem Körpergewicht über {w}"],
}
WEIGHT_INCLUSIVE = {
    "en": ["≥ {w}", "weighing at least {w}", "from {w} body weight",
           "with a body weight of {w} or more", "weighing {w} or more"],
    "fr": ["pesant au moins {w}", "à partir de {w}", "d'un poids ≥ {w}"],
    "de": ["ab {w} Körpergewicht", "mit einem Körpergewicht von mindestens {w}", "ab {w}"],
}
AGE_RANGE = {
    "en": ["aged {a}–{b} years", "aged {a} to {b}", "between {a} and {b} years of age",
           "{a} - {b} years old", "from {a} to {b} years of age"],
    "fr": ["âgés de {a} à {b} ans", "entre {a} et {b} ans"],
    "de": ["im Alter von {a} bis {b} Jahren", "zwischen {a} und {b} Jahren"],
}
AGE_MIN = {
    "en": ["aged {a} years and older", "≥ {a} years", "aged {a} or over", "from the age of {a}",
           "at least {a} years old"],
    "fr": ["âgés de {a} ans et plus", "à partir de {a} ans"],
    "de": ["ab {a} Jahren", "im Alter von mindestens {a} Jahren"],
}
PATIENTS = {"en": "patients", "fr": "patients", "de": "Patienten"}


def join(items: list[str], lang: str) -> str:
    conj = {"en": "and", "fr": "et", "de": "und"}[lang]
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + f" {conj} " + items[-1]


def join_or(items: list[str], lang: str) -> str:
    conj = {"en": "or", "fr": "ou", "de": "oder"}[lang]
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + f" {conj} " + items[-1]


def groups(ids: tuple, lang: str) -> str:
    return join([GROUP_WORDS[g][lang] for g in ids], lang)


def population(groups_ids: tuple, weight_min: float | None, age_min: int | None,
               age_max: int | None, strict: bool, lang: str, rng: random.Random) -> str:
    """E.g. 'paediatric patients and adults weighing at least 5 kg'."""
    who = groups(groups_ids, lang)
    if weight_min is not None:
        table = WEIGHT_STRICT if strict else WEIGHT_INCLUSIVE
        bound = rng.choice(table[lang]).format(w=weight(weight_min, lang, rng))
        return f"{who} {bound}"
    if age_min is not None and age_max is not None:
        return f"{who} " + rng.choice(AGE_RANGE[lang]).format(a=age_min, b=age_max)
    if age_min is not None:
        return f"{who} " + rng.choice(AGE_MIN[lang]).format(a=age_min)
    return who


def settings(ids: tuple, lang: str, rng: random.Random) -> str:
    return join([rng.choice(SETTING_WORDS[s])[lang] for s in ids], lang)


RANGE_FORMS = {
    "en": ["{lo}–{hi} {u}", "{lo} to {hi} {u}", "{lo} - {hi} {u}", "from {lo} {u} to {hi} {u}",
           "{lo}-{hi} {u}"],
    "fr": ["{lo} à {hi} {u}", "de {lo} à {hi} {u}", "{lo}–{hi} {u}"],
    "de": ["{lo} bis {hi} {u}", "{lo}–{hi} {u}", "von {lo} bis {hi} {u}"],
}


def param_range(lo: float, hi: float, units: tuple, lang: str, rng: random.Random) -> str:
    unit = rng.choice(units)
    form = rng.choice(RANGE_FORMS[lang])
    text = form.format(lo=number(lo, lang, rng), hi=number(hi, lang, rng, thousands=True), u=unit)
    if unit == "%":
        text = text.replace(" %", " %" if rng.random() < 0.5 else "%")
    return text
