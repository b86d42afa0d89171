"""SI008: a permission that restricts with "only" ("only short-acting neuromuscular blocking
agents may be used for intubation") narrows use to what it names; it does not permit the
contraindicated "long-acting neuromuscular blocking agents"."""

from __future__ import annotations

import pytest

from panelproof.rules.safety._permissions import names_contraindication


@pytest.mark.parametrize("permission", [
    "Please inform the anaesthetist that only short-acting neuromuscular blocking agent may be used for intubation.",
    "For intubation, exclusively short-acting neuromuscular blocking agents can be used.",
    "Für die Intubation dürfen nur kurz wirksame neuromuskuläre Blocker verwendet werden.",
])
def test_only_restricts(permission):
    assert names_contraindication(
        permission, "Please do not use with long-acting neuromuscular blocking agents after intubation.") is None


def test_a_widening_permission_still_names_the_contraindication():
    assert names_contraindication("The stent can also be used in patients with known nickel allergy.",
                                  "Known allergy to nickel or titanium") is not None
