"""Population bounds and groups in Polish, Swedish, Danish, Czech, Finnish (and Dutch) IFUs:
vocabulary as data (knowledge/vocabulary/population_quantities.yaml, population_groups.yaml)."""

from __future__ import annotations

import pytest

from panelproof.extract import population
from panelproof.extract.common import ExtractionContext
from panelproof.extract.model import FactKind
from panelproof.ingest.model import Role
from panelproof.ingest.text import document_from_text

MONTH = 1 / 12


def facts_of(text: str, language: str, heading: str = "Intended purpose"):
    document = document_from_text(f"# IFU\n\n## {heading}\n\n{text}\n", f"IFU_{language}.md",
                                  role=Role.IFU, language=language)
    return list(population.extract(document, ExtractionContext()))


def bounds(text: str, language: str, heading: str = "Intended purpose"):
    return [(f.value.dimension, f.value.low and round(f.value.low, 4),
             f.value.high and round(f.value.high, 4), f.value.excluded)
            for f in facts_of(text, language, heading) if f.kind is FactKind.POPULATION_BOUND]


def groups(text: str, language: str, heading: str = "Intended purpose") -> set[tuple[str, bool]]:
    return {(f.value.id, f.value.negated) for f in facts_of(text, language, heading)
            if f.kind is FactKind.POPULATION_GROUP}


@pytest.mark.parametrize(("language", "text", "expected"), [
    # Polish: ordinal year or month of life, after "od" (from) or "do"/"poniżej" (until, below)
    ("pl", "Wyrób może być stosowany u dzieci od 4 roku życia.", [("age", 4, None, False)]),
    ("pl", "Stosować od 3. roku życia.", [("age", 3, None, False)]),
    ("pl", "Przeznaczony dla niemowląt do 9. miesiąca życia.", [("age", None, 0.75, False)]),
    ("pl", "Dla pacjentów w wieku 16 lat i starszych.", [("age", 16, None, False)]),
    ("pl", "Pacjenci powyżej 70 lat.", [("age", 70, None, False)]),
    ("pl", "Pacjenci o masie ciała co najmniej 2,5 kg.", [("weight", 2.5, None, False)]),
    ("pl", "Dorośli o masie ciała od 45 do 160 kg.", [("weight", 45, 160, False)]),
    ("pl", "Dzieci w wieku od 3 do 10 lat.", [("age", 3, 10, False)]),
    # Swedish
    ("sv", "Produkten är avsedd för barn från 5 års ålder.", [("age", 5, None, False)]),
    ("sv", "Vuxna patienter 21 år och äldre.", [("age", 21, None, False)]),
    ("sv", "Patienter som väger minst 7,5 kg.", [("weight", 7.5, None, False)]),
    ("sv", "Spädbarn upp till 18 månader.", [("age", None, 1.5, False)]),
    ("sv", "Patienter i åldern 4 till 15 år.", [("age", 4, 15, False)]),
    # Danish
    ("da", "Produktet er beregnet til børn fra 3 år.", [("age", 3, None, False)]),
    ("da", "Patienter på 60 år og derover.", [("age", 60, None, False)]),
    ("da", "Legemsvægt på mindst 12 kg.", [("weight", 12, None, False)]),
    # Czech
    ("cs", "Prostředek je určen pro děti od 5 let věku.", [("age", 5, None, False)]),
    ("cs", "Pacienti ve věku 21 let a starší.", [("age", 21, None, False)]),
    ("cs", "Tělesná hmotnost nejméně 8 kg.", [("weight", 8, None, False)]),
    ("cs", "Kojenci od 4. měsíce života.", [("age", round(4 * MONTH, 4), None, False)]),
    # Finnish: the comparator after the quantity ("... iästä alkaen", "... täyttäneet")
    ("fi", "Laite on tarkoitettu lapsille 3 vuoden iästä alkaen.", [("age", 3, None, False)]),
    ("fi", "16 vuotta täyttäneet potilaat.", [("age", 16, None, False)]),
    ("fi", "Potilaan paino vähintään 9 kg.", [("weight", 9, None, False)]),
    ("fi", "Laite on tarkoitettu 4–14-vuotiaille lapsille.", [("age", 4, 14, False)]),
    ("fi", "Imeväiset 9 kuukauden ikään asti.", [("age", None, 0.75, False)]),
])
def test_bounds_in_polish_swedish_danish_czech_finnish(language, text, expected):
    assert bounds(text, language) == expected


def test_a_bound_under_a_contraindications_heading_is_an_exclusion() -> None:
    assert bounds("Dzieci poniżej 6. miesiąca życia.", "pl", "Przeciwwskazania") == [
        ("age", None, 0.5, True)]
    assert bounds("Barn under 4 år.", "sv", "Kontraindikationer") == [("age", None, 4, True)]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("pl", "Przeznaczony dla niemowląt, dzieci i młodzieży.",
     {("infants", False), ("children", False), ("adolescents", False)}),
    ("sv", "Avsedd för nyfödda, spädbarn och vuxna.",
     {("neonates", False), ("infants", False), ("adults", False)}),
    ("sv", "Får inte användas till nyfödda.", {("neonates", True)}),
    ("fi", "Tarkoitettu imeväisille, lapsille ja aikuisille.",
     {("infants", False), ("children", False), ("adults", False)}),
    ("fi", "Ei saa käyttää vastasyntyneille.", {("neonates", True)}),
    ("cs", "Určeno pro kojence, děti a dospělé.",
     {("infants", False), ("children", False), ("adults", False)}),
])
def test_groups(language, text, expected):
    assert groups(text, language) == expected


@pytest.mark.parametrize(("language", "text"), [
    ("pl", "Do stosowania u dorosłych i dzieci na oddziałach intensywnej terapii noworodków."),
    ("cs", "Pro dospělé a děti, také na jednotkách intenzivní péče pro novorozence."),
    ("sv", "För vuxna och barn, även på avdelningar för nyfödda."),
    ("fi", "Aikuisille ja lapsille, myös vastasyntyneiden teho-osastolla."),
])
def test_a_ward_named_after_a_group_is_no_group(language, text):
    """Beside the patients a sentence names, "oddział intensywnej terapii noworodków" (neonatal
    intensive care unit) names a place, as "neonatal intensive care units" does in English."""
    assert groups(text, language) == {("adults", False), ("children", False)}


@pytest.mark.parametrize(("language", "heading"), [
    ("pl", "Populacja pacjentów"), ("pl", "Grupa docelowa"), ("sv", "Målgrupp"),
    ("sv", "Patientgrupp"), ("da", "Målgruppe"), ("nl", "Doelgroep"), ("cs", "Cílová populace"),
    ("fi", "Potilasryhmä"), ("fi", "Kohderyhmä"),
])
def test_population_headings(language, heading):
    """A section titled so states the intended population, in the document's own language."""
    token = population._DOCUMENT_LANGUAGE.set(language)
    try:
        assert population._section_verdict((heading,), language) == "population"
    finally:
        population._DOCUMENT_LANGUAGE.reset(token)


def test_a_lower_bound_and_its_unit_read_in_the_documents_language_only() -> None:
    """Swedish "från" (from) and "år" (years) make a bound in a Swedish IFU only."""
    assert bounds("Barn från 3 år.", "sv") == [("age", 3, None, False)]
    assert bounds("Barn från 3 år.", "en") == []


# --- a time span is an age only in a population context (as "up to 5 years" alone in English) ---

@pytest.mark.parametrize(("language", "text"), [
    # how long a device stays or is used, not an upper age bound
    ("pl", "Implant antykoncepcyjny można pozostawić w ramieniu do 3 lat."),
    ("pl", "Soczewki mogą być noszone maksymalnie 2 lata, potem należy je wymienić."),
    ("sv", "Pessaret kan användas upp till 4 år innan det byts ut."),
    ("da", "Implantatet kan blive siddende i armen op til 3 år."),
    ("cs", "Implantát lze ponechat v paži až 3 roky."),
    ("cs", "Čočky lze nosit nejvýše 2 roky."),
    ("fi", "Implantti voi olla käsivarressa enintään 3 vuotta."),
])
def test_a_duration_of_use_is_no_age_bound(language, text):
    assert bounds(text, language) == []


@pytest.mark.parametrize(("language", "text", "expected"), [
    # a group or person noun right before the span, an age word, "older/younger" words
    ("pl", "Wyrób jest przeznaczony dla dzieci do 8 lat.", [("age", None, 8, False)]),
    ("pl", "Dla pacjentów powyżej 65 lat.", [("age", 65, None, False)]),
    ("pl", "Kobiety (16 lat i starsze).", [("age", 16, None, False)]),
    ("sv", "Avsedd för barn upp till 6 år.", [("age", None, 6, False)]),
    ("da", "Beregnet til patienter under 12 år.", [("age", None, 12, False)]),
    ("cs", "Určeno pro děti až do 6 let věku.", [("age", None, 6, False)]),
    ("fi", "Tarkoitettu potilaille, jotka ovat enintään 10 vuoden ikäisiä.", [("age", None, 10, False)]),
])
def test_an_age_span_with_a_population_context_stays(language, text, expected):
    assert bounds(text, language) == expected


def test_a_bare_span_in_a_population_table_row_is_an_age():
    document = document_from_text(
        "# IFU\n\n## Populacja pacjentów\n\n| Parametr | Wartość |\n|---|---|\n| Wiek | do 12 lat |\n",
        "IFU_pl.md", role=Role.IFU, language="pl")
    found = [(f.value.low, f.value.high) for f in population.extract(document, ExtractionContext())
             if f.kind is FactKind.POPULATION_BOUND]
    assert found == [(None, 12)]


# --- a singular group word in a warning or instruction names the patient at hand -----------------

@pytest.mark.parametrize(("language", "text", "heading"), [
    ("pl", "Podczas terapii dziecko musi pozostawać pod nadzorem.", "Ostrzeżenia"),
    ("pl", "Przed użyciem oczyścić skórę noworodka.", "Przygotowanie"),
    ("pl", "Maskę dopasować do twarzy dziecka.", "Maska"),
    ("sv", "Fäst sensorn på barnets stortå.", "Sensorn"),
    ("da", "Anbring sensoren på spædbarnets fod.", "Sensoren"),
    ("cs", "Masku přiložte na obličej dítěte.", "Maska"),
    ("cs", "Dítě musí být během terapie pod dozorem.", "Upozornění"),
    ("fi", "Kiinnitä anturi vauvan varpaaseen.", "Anturi"),
    ("fi", "Lasta on valvottava koko hoidon ajan.", "Varoitukset"),
])
def test_singular_patient_is_no_population_group(language, text, heading):
    assert groups(text, language, heading) == set()


@pytest.mark.parametrize(("language", "text", "expected"), [
    # a plural group, or a singular one in a statement of the population, is still a group
    ("pl", "Opaskę zakłada się dzieciom w szpitalu.", {("children", False)}),
    ("pl", "Wyrób jest przeznaczony dla dziecka w wieku od 2 lat.", {("children", False)}),
    ("cs", "Pro dítě ve věku od 3 let.", {("children", False)}),
    ("fi", "Lapsi, iältään 2–12 vuotta.", {("children", False)}),
])
def test_population_groups_still_read(language, text, expected):
    assert groups(text, language, "Populacja pacjentów" if language == "pl" else "Population") == expected
