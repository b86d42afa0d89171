"""Study-table ages come from the population column or an age phrase, never from a follow-up or
duration column; an upper age bound alone brings in no neonates."""

import pytest

from panelproof.extract.evidence import extract, population_groups
from panelproof.extract.model import FactKind
from panelproof.ingest.model import Role
from panelproof.ingest.text import document_from_text
from panelproof.extract.model import PopulationBound
from panelproof.rules.evidence.EV002_population_without_data import admitted_classes

TABLES = """# Clinical Evaluation Report
## Clinical data
| Study | Design | N | Follow-up | Outcome |
|---|---|---|---|---|
| [1] Keller 2019 | cohort | 48 | 1–5 years | pain |
| [2] Brun 2020 | RCT | 60 | ≥ 6 months | pain |
| [3] Abel 2021 | series | 22 children 1–8 years | 2 years | pain |

| Reference | Patients | Time point | Result |
|---|---|---|---|
| [4] Roth 2018 | 30 adults | 6 months to 2 years | 80 % |

| Referenz | Design | Nachbeobachtung | Ergebnis |
|---|---|---|---|
| [5] Weber 2017 | Kohorte | 1 bis 3 Jahre | gut |

| Référence | Patients | Suivi |
|---|---|---|
| [6] Martin 2016 | 40 patients | ≥ 6 mois |

| Referencia | Diseño | Seguimiento |
|---|---|---|
| [7] García 2019 | cohorte | 1-5 años |

| Study | FU | N |
|---|---|---|
| [8] Lee 2020 | 2-10 years | 50 |
"""


def _entries() -> dict[str, object]:
    document = document_from_text(TABLES, "CER.md", Role.CER)
    return {f.value.citation: f.value for f in extract(document, None) if f.kind is FactKind.EVIDENCE}


@pytest.mark.parametrize("citation,groups,months", [
    ("[1] Keller 2019", (), 60.0),
    ("[2] Brun 2020", (), 6.0),
    ("[3] Abel 2021", ("children", "infants"), 24.0),
    ("[4] Roth 2018", ("adults",), 24.0),
    ("[5] Weber 2017", (), 36.0),
    ("[6] Martin 2016", (), 6.0),
    ("[7] García 2019", (), 60.0),
    ("[8] Lee 2020", (), 120.0),
])
def test_follow_up_columns_are_durations_not_ages(citation, groups, months) -> None:
    entry = _entries()[citation]
    assert set(entry.population_groups) == set(groups)
    assert entry.follow_up_months == months


@pytest.mark.parametrize("text,has_neonates", [
    ("children under 13 years", False),
    ("patients up to 8 years", False),
    ("moins de 18 ans", False),
    ("unter 12 Jahren", False),
    ("aged 0-13 years", True),
    ("neonates and children under 13 years", True),
])
def test_upper_age_bound_alone_brings_no_neonates(text: str, has_neonates: bool) -> None:
    assert ("neonates" in population_groups(text)) is has_neonates


@pytest.mark.parametrize("bound,named,expected", [
    (PopulationBound("age", None, 13.0), ("adults", "children"), ["children"]),
    (PopulationBound("age", None, 8.0), (), ["infants", "children"]),
    (PopulationBound("age", None, 1.0), ("neonates", "infants"), ["neonates", "infants"]),
    (PopulationBound("age", 0.0, 13.0), (), ["preterm_neonates", "neonates", "infants", "children", "adolescents"]),
    (PopulationBound("age", 2.0, None), (), ["children", "adolescents"]),
])
def test_intended_age_bounds_admit_classes(bound, named, expected) -> None:
    assert admitted_classes(bound, named) == expected
