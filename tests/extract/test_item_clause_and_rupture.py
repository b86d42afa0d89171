"""Contraindication items keep a bracketed abbreviation written with a lowercase letter
("(eGFR) < 25 mL/min") and a one-word gloss the item goes on after ("intrauterine infection
(chorioamnionitis) or ruptured membranes"); a rupture that is the condition itself (membranes,
ligament, tendon) is no "emergency / ruptured" presentation."""

from __future__ import annotations

import pytest

from panelproof.extract.intended_use import _first_clause
from panelproof.pipeline import run_check


@pytest.mark.parametrize(("item", "clause"), [
    ("Estimated glomerular filtration rate (eGFR) < 25 mL/min", "Estimated glomerular filtration rate (eGFR) < 25 mL/min"),
    ("Modified Rankin scale (mRS) above 3", "Modified Rankin scale (mRS) above 3"),
    ("Clinical signs of intrauterine infection (chorioamnionitis) or ruptured membranes",
     "Clinical signs of intrauterine infection (chorioamnionitis) or ruptured membranes"),
    ("Infection intra-utérine (chorioamniotite) ou rupture des membranes",
     "Infection intra-utérine (chorioamniotite) ou rupture des membranes"),
    ("End-stage temporomandibular joint (TMJ) disease; revision", "End-stage temporomandibular joint (TMJ) disease"),
])
def test_abbreviations_and_glosses_in_brackets_end_no_item(item, clause):
    assert _first_clause(item) == clause


@pytest.mark.parametrize(("item", "clause"), [
    ("Pain (rare)", "Pain "),
    ("Severe bullous lung disease (e.g. bullae, recurrent pneumothorax)", "Severe bullous lung disease "),
    ("Chronic ACL rupture (>3 months) without stump", "Chronic ACL rupture "),
])
def test_other_brackets_still_end_the_item(item, clause):
    assert _first_clause(item) == clause


_DOC = "# {title} – Dilacerv\n\n## Contraindications\n\n- {item}\n- Known allergy to the rod material\n"


@pytest.mark.parametrize(("one", "other"), [
    ("Clinical signs of intrauterine infection (chorioamnionitis) or ruptured membranes for more than 24 h",
     "Chorioamnionitis or rupture of membranes more than 24 hours ago"),
    ("Chronic ACL rupture without stump", "Chronic rupture of the ACL without a usable stump"),
])
def test_the_same_rupture_worded_differently_is_no_difference(tmp_path, one, other):
    (tmp_path / "CER.md").write_text(_DOC.format(title="Clinical evaluation report", item=one), encoding="utf-8")
    (tmp_path / "IFU_en.md").write_text(_DOC.format(title="Instructions for use", item=other), encoding="utf-8")
    findings = [f for f in run_check([tmp_path], workers=1).findings if f.rule == "IU002"]
    assert not [f for f in findings if f.severity.value in ("major", "critical")]
