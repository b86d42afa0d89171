"""Numbers written as words and unit pairs read like figures by the quantity readers."""

from __future__ import annotations

import pytest

from panelproof.extract.evidence import follow_up_months
from panelproof.extract.numerals import numeral_view
from panelproof.extract.parameters import find_parameters
from panelproof.extract.population import find_bounds


@pytest.mark.parametrize(("text", "language", "figures"), [
    ("patients eighteen years and older", "en", "patients 18 years and older"),
    ("Eighteen years", "en", "18 years"),
    ("two and a half kilograms", "en", "2.5 kilograms"),
    ("up to two hundred fifty pounds", "en", "up to 250 pounds"),
    ("two hundred and fifty ml", "en", "250 ml"),
    ("one thousand two hundred", "en", "1200"),
    ("a minimum flow of half a liter per minute", "en", "a minimum flow of 0.5 liter per minute"),
    ("a PEEP of five to six cmH2O", "en", "a PEEP of 5 to 6 cmH2O"),
    ("sixty-five years", "en", "65 years"),
    ("a one-year follow-up", "en", "a 1-year follow-up"),
    ("à partir de dix-huit ans", "fr", "à partir de 18 ans"),
    ("soixante-dix-huit ans", "fr", "78 ans"),
    ("quatre-vingt-onze ans", "fr", "91 ans"),
    ("vingt et un ans", "fr", "21 ans"),
    ("deux cents kilos", "fr", "200 kilos"),
    ("deux kilogrammes et demi ou plus", "fr", "2.5 kilogrammes ou plus"),
    ("un an", "fr", "1 an"),
    ("ab achtzehn Jahren", "de", "ab 18 Jahren"),
    ("einundzwanzig Jahre", "de", "21 Jahre"),
    ("zweieinhalb Kilogramm", "de", "2.5 Kilogramm"),
    ("zweihundertfünfzig Kilogramm", "de", "250 Kilogramm"),
    ("eine Woche", "de", "1 Woche"),
    ("diciotto anni", "it", "18 anni"),
    ("ventotto anni", "it", "28 anni"),
    ("duecentocinquanta chili", "it", "250 chili"),
    ("due anni", "it", "2 anni"),
    ("dieciocho años", "es", "18 años"),
    ("treinta y cinco años", "es", "35 años"),
    ("doscientos cincuenta", "es", "250"),
    ("once meses", "es", "11 meses"),
    ("medio litro", "es", "0.5 litro"),
    ("il cinque per cento", "it", "il 5 per cento"),  # "cento" alone is no quantity
])
def test_number_words_become_figures(text: str, language: str, figures: str) -> None:
    assert numeral_view(text, language).text == figures


@pytest.mark.parametrize(("text", "language"), [
    ("one of the patients had a second procedure", "en"),
    ("first-in-human study", "en"),
    ("zero lag, single-use, twice daily", "en"),
    ("half of the patients", "en"),
    ("the twenty-first century", "en"),
    ("due to an occlusion", "en"),
    ("un patient", "fr"),
    ("un dispositif neuf", "fr"),
    ("ein Patient", "de"),
    ("die achtzehnte Woche", "de"),
    ("außer Acht lassen", "de"),
    ("sei pazienti", "it"),
    ("due pazienti", "it"),
    ("once daily", "es"),
    ("la media edad", "es"),
    ("Voor patiënten met ten minste 5 kg", "nl"),
])
def test_words_that_are_not_quantities_stay(text: str, language: str) -> None:
    assert numeral_view(text, language).text == text


@pytest.mark.parametrize(("text", "metric"), [
    ("2 kg (4.4 lb) or more", "2 kg or more"),
    ("at least 110 lb (50 kg)", "at least 50 kg"),
    ("up to 250 lb (113 kg)", "up to 113 kg"),
    ("weighing 5.5 lb (2.5 kg) or more", "weighing 2.5 kg or more"),
    ("from 22 lb / 10 kg", "from 10 kg"),
    ("up to 104 °F (40 °C)", "up to 40 °C"),
    ("8 oz [approx. 227 g]", "227 g"),
])
def test_unit_pair_reads_as_the_metric_quantity(text: str, metric: str) -> None:
    assert numeral_view(text, "en").text == metric


@pytest.mark.parametrize("text", [
    "5 kg (20 lb)",           # not the same quantity: two statements
    "2 kg (2000 g)",          # both metric
    "3 kg (see table 2)",
])
def test_other_parentheses_stay(text: str) -> None:
    assert numeral_view(text, "en").text == text


def test_spans_map_back_to_the_sentence() -> None:
    text = "children weighing two and a half kilograms or more (5.5 lb) and adults"
    view = numeral_view(text, "en")
    start = view.text.index("2.5")
    assert text[view.start(start):view.end(start + 3)] == "two and a half"
    tail = view.text.index("and adults")
    assert text[view.start(tail):view.end(len(view.text))] == "and adults"
    deleted = numeral_view("deux kilogrammes et demi ou plus", "fr")
    assert deleted.text == "2.5 kilogrammes ou plus"
    end = deleted.text.index(" ou")
    assert deleted.source[deleted.start(0):deleted.end(end)] == "deux kilogrammes"


def _bounds(text: str, language: str) -> list[tuple[str, str, float | None, float | None]]:
    return [(text[m.start:m.end], m.bound.dimension,
             None if m.bound.low is None else round(m.bound.low, 2),
             None if m.bound.high is None else round(m.bound.high, 2))
            for m in find_bounds(text, language)]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Patients eighteen years and older", "en", ("eighteen years and older", "age", 18.0, None)),
    ("children weighing two and a half kilograms or more", "en",
     ("two and a half kilograms or more", "weight", 2.5, None)),
    ("patients weighing up to two hundred fifty pounds", "en",
     ("up to two hundred fifty pounds", "weight", None, 113.4)),
    ("children from twelve years", "en", ("from twelve years", "age", 12.0, None)),
    ("patients aged between sixty-five and eighty years", "en",
     ("between sixty-five and eighty years", "age", 65.0, 80.0)),
    ("enfants à partir de dix-huit ans", "fr", ("à partir de dix-huit ans", "age", 18.0, None)),
    ("enfants pesant deux kilogrammes et demi ou plus", "fr",
     ("deux kilogrammes et demi ou plus", "weight", 2.5, None)),
    ("Patienten ab achtzehn Jahren", "de", ("ab achtzehn Jahren", "age", 18.0, None)),
    ("pazienti di età pari o superiore a diciotto anni", "it",
     ("di età pari o superiore a diciotto anni", "age", 18.0, None)),
    ("pacientes de dieciocho años o más", "es", ("dieciocho años o más", "age", 18.0, None)),
    ("children weighing 2 kg (4.4 lb) or more", "en", ("2 kg (4.4 lb) or more", "weight", 2.0, None)),
    ("patients weighing at least 110 lb (50 kg)", "en", ("at least 110 lb (50 kg)", "weight", 50.0, None)),
    ("infants weighing 5.5 lb (2.5 kg) or more", "en", ("5.5 lb (2.5 kg) or more", "weight", 2.5, None)),
    ("children from 22 lb / 10 kg", "en", ("from 22 lb / 10 kg", "weight", 10.0, None)),
    ("| Patient weight | 4.4 lb (2 kg) or more |", "en", ("4.4 lb (2 kg) or more", "weight", 2.0, None)),
])
def test_population_bounds(text: str, language: str, expected: tuple) -> None:
    assert _bounds(text, language) == [expected]


@pytest.mark.parametrize("text", [
    "one of the patients had a second procedure",
    "patients with one or more prior hospitalisations",
    "first-in-human study in adults",
])
def test_population_bounds_not_invented(text: str) -> None:
    assert _bounds(text, "en") == []


@pytest.mark.parametrize(("text", "language", "name", "low", "high"), [
    ("Start with a PEEP of five to six cmH2O.", "en", "peep", 5.0, 6.0),
    ("PEEP de cinq à vingt cmH2O", "fr", "peep", 5.0, 20.0),
    ("The minimum flow rate is half a litre per minute.", "en", "flow_rate", 0.5, 0.5),
    ("Battery life of ten hours.", "en", "battery_life", 10.0, 10.0),
    ("Akkulaufzeit zehn Stunden.", "de", "battery_life", 10.0, 10.0),
    ("Operating temperature: 50 °F to 104 °F", "en", "operating_temperature", 10.0, 40.0),
    ("Operating temperature up to 104 °F (40 °C)", "en", "operating_temperature", None, 40.0),
])
def test_parameters(text: str, language: str, name: str, low, high) -> None:
    view = numeral_view(text, language)
    found = [(m.value.name, m.value.low and round(m.value.low, 2), m.value.high and round(m.value.high, 2))
             for m in find_parameters(view.text, language)]
    assert found == [(name, low, high)]


@pytest.mark.parametrize(("text", "months"), [
    ("Patients were followed up for ten years.", 120.0),
    ("mean follow-up of two and a half years", 30.0),
    ("suivi de dix ans", 120.0),
    ("Nachbeobachtung über zehn Jahre", 120.0),
    ("follow-up of one of the patients at 12 months", 12.0),
])
def test_follow_up_in_words(text: str, months: float) -> None:
    assert follow_up_months(text) == months
