"""A target-population subsection under the intended purpose ("3.4 Target population" under
"3 Intended purpose") says who is treated: it takes none of its parent's kinds, as a chapter of
its own would not. The intended purpose itself still names its conditions and groups."""

from __future__ import annotations

import pytest

from panelproof.extract.model import FactKind
from tests.rules.intended_use_facts import intended_use_facts


def _indications(text: str, name: str = "CER.md") -> set[str]:
    return {f.value.id for f in intended_use_facts({name: text}).of(FactKind.INDICATION)}


@pytest.mark.parametrize("heading", ["3.4 Target population", "3.4 | Target population",
                                     "Patient population", "Zielpopulation"])
def test_a_population_subsection_names_no_indication(heading):
    text = (f"# 3 Intended purpose\n\nEpidural access for labour analgesia.\n\n## {heading}\n\n"
            "Adults from 18 years, including pregnant women in labour.\n")
    assert "pregnancy" not in _indications(text)


def test_the_purpose_sentence_still_names_an_extended_group():
    # "including pregnant women" in the intended purpose extends it: LA001 compares it
    text = "# Intended purpose\n\nThe sensor is intended for people with diabetes, including pregnant women.\n"
    assert "pregnancy" in _indications(text)


def test_an_indications_subsection_keeps_its_kind():
    text = "# 3 Intended purpose\n\n## 3.2 Indications\n\n- Chronic migraine\n"
    assert _indications(text)


def test_an_arrow_bullet_kept_by_the_reader_is_no_part_of_the_item():
    plain = _indications("# Indications\n\n- Intractable hiccups after a brainstem infarction\n")
    arrow = _indications("# Indications\n\n- → Intractable hiccups after a brainstem infarction\n")
    assert plain == arrow and plain
