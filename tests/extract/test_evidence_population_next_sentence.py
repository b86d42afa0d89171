"""A study's population stated in the sentences after the one that names the study ("The trial
enrolled 96 patients. Ages ranged from 21 to 80 years.") is that study's population; a sentence
naming another study ends it."""

import pytest

from panelproof.extract.evidence import extract
from panelproof.extract.model import FactKind
from panelproof.ingest.model import Role
from panelproof.ingest.text import document_from_text


def _entries(prose: str) -> list[tuple[str, tuple[str, ...]]]:
    text = f"# Clinical evaluation report\n## Clinical data\n### Study\n{prose}\n"
    document = document_from_text(text, "CER.md", Role.CER)
    return [(f.location.quote, f.value.population_groups)
            for f in extract(document, None) if f.kind is FactKind.EVIDENCE]


@pytest.mark.parametrize(("prose", "group", "absent"), [
    ("The pivotal trial enrolled 96 patients. Ages ranged from 21 to 80 years.", "adults", "adolescents"),
    ("The registry included 1,200 subjects. Median age was 64 years (range 45–88).", "adults", "children"),
    ("L'étude multicentrique a inclus 80 patients. Les patients étaient âgés de 25 à 70 ans.", "adults", "adolescents"),
    ("The feasibility study enrolled 30 participants. Participants were children aged 2 to 11 years.", "children", "adults"),
])
def test_population_from_the_next_sentence(prose: str, group: str, absent: str) -> None:
    entries = _entries(prose)
    assert entries, prose
    quote, groups = entries[0]
    assert group in groups and absent not in groups
    assert quote.startswith(prose.split(". ")[0])  # the quote runs on to the population


def test_another_study_keeps_its_own_population() -> None:
    entries = _entries("The pilot study enrolled 20 patients. The pivotal study enrolled 120 "
                       "patients aged 8-17 years.")
    assert entries[0][1] == ()
    assert "adolescents" in entries[-1][1] or "children" in entries[-1][1]
