"""Population bounds and groups in Greek, Romanian and Hungarian IFUs (vocabulary as data:
knowledge/vocabulary/population_quantities.yaml and population_groups.yaml)."""

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


def bounds(text: str, language: str) -> list[tuple[str, float | None, float | None]]:
    return [(f.value.dimension, f.value.low and round(f.value.low, 4),
             f.value.high and round(f.value.high, 4))
            for f in facts_of(text, language) if f.kind is FactKind.POPULATION_BOUND
            and not f.value.excluded]


def groups(text: str, language: str) -> set[tuple[str, bool]]:
    return {(f.value.id, f.value.negated) for f in facts_of(text, language)
            if f.kind is FactKind.POPULATION_GROUP}


@pytest.mark.parametrize(("language", "text", "expected"), [
    # Greek
    ("el", "Η συσκευή προορίζεται για ενήλικες ηλικίας 18 έως 80 ετών.", [("age", 18, 80)]),
    ("el", "Για ασθενείς με σωματικό βάρος τουλάχιστον 30 kg.", [("weight", 30, None)]),
    ("el", "Κατάλληλο για βρέφη από τον 2ο μήνα ζωής.", [("age", round(2 * MONTH, 4), None)]),
    ("el", "Για ασθενείς μεταξύ 10 και 90 κιλών.", [("weight", 10, 90)]),
    ("el", "Για παιδιά κάτω των 12 ετών.", [("age", None, 12)]),
    # Romanian
    ("ro", "Dispozitivul este destinat pacienților cu vârsta peste 65 de ani.", [("age", 65, None)]),
    ("ro", "Pentru copii cu greutatea corporală de la 10 la 40 kg.", [("weight", 10, 40)]),
    ("ro", "Indicat la sugari începând cu luna a 6-a de viață.", [("age", 0.5, None)]),
    ("ro", "Pacienți cu vârsta între 2 și 17 ani.", [("age", 2, 17)]),
    ("ro", "Pacienți adulți cu o greutate de maximum 150 kg.", [("weight", None, 150)]),
    # Hungarian
    ("hu", "Az eszköz 65 év feletti betegek számára javallott.", [("age", 65, None)]),
    ("hu", "Gyermekek 6 hónapos kortól 12 éves korig.", [("age", 0.5, 12)]),
    ("hu", "Felnőtt betegek, 50–150 kg testtömeg.", [("weight", 50, 150)]),
    ("hu", "Legalább 20 kg testtömegű betegek.", [("weight", 20, None)]),
    ("hu", "12 évesnél fiatalabb gyermekek.", [("age", None, 12)]),
    ("hu", "Csecsemők a 4. élethónaptól.", [("age", round(4 * MONTH, 4), None)]),
    ("hu", "Betegek 10 kg-tól 100 kg-ig.", [("weight", 10, 100)]),
    # English ordinal age of life
    ("en", "Indicated for infants from the 2nd month of life.", [("age", round(2 * MONTH, 4), None)]),
    ("en", "For children starting from the 1st year of life.", [("age", 1, None)]),
])
def test_bounds_in_greek_romanian_hungarian(language, text, expected):
    assert sorted(bounds(text, language), key=str) == sorted(expected, key=str)


def test_an_ordinal_month_of_treatment_is_no_age():
    assert bounds("Patients who respond from the 3rd month of treatment.", "en") == []


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("el", "Προορίζεται για ενήλικες και παιδιά.", {("adults", False), ("children", False)}),
    ("el", "Δεν προορίζεται για νεογνά.", {("neonates", True)}),
    ("ro", "Destinat adulților și adolescenților.", {("adults", False), ("adolescents", False)}),
    ("ro", "Nu este destinat nou-născuților.", {("neonates", True)}),
    ("hu", "Felnőttek és serdülők számára.", {("adults", False), ("adolescents", False)}),
    ("hu", "Újszülötteknél nem alkalmazható.", {("neonates", True)}),
])
def test_groups_in_greek_romanian_hungarian(language, text, expected):
    assert groups(text, language) == expected


def test_a_data_languages_cue_words_apply_in_its_own_documents_only() -> None:
    """Romanian "gravid*" (pregnant) is a population cue in a Romanian IFU; in a Portuguese one
    "gravidez" in a warning about a later pregnancy must not make "bebé" a population group."""
    warning = "Uma gravidez após a ablação pode ser perigosa para a mãe e para o bebé."
    assert groups(warning, "pt") == set()
    assert population.POPULATION_CUE.search("gravidez") is None  # outside any document


def test_a_heading_in_capitals_without_accents_is_read() -> None:
    """Greek capitals drop the accents: "ΑΝΤΕΝΔΕΙΞΕΙΣ" is "αντενδείξεις" (contraindications),
    so the bounds under it are exclusions."""
    document = document_from_text(
        "# IFU\n\n## ΑΝΤΕΝΔΕΙΞΕΙΣ\n\n- σωματικό βάρος κάτω των 40 kg ή άνω των 180 kg\n",
        "IFU_el.md", role=Role.IFU, language="el")
    found = [f.value for f in population.extract(document, ExtractionContext())
             if f.kind is FactKind.POPULATION_BOUND]
    assert found and all(bound.excluded for bound in found)
