"""Headings numbered with a paragraph sign ("§ 2.2 Contraindications") are read like "2.2 ..."."""

from __future__ import annotations

import pytest

from panelproof.extract.intended_use import CONTRAINDICATIONS, INDICATIONS, INTENDED_PURPOSE, heading_kinds
from panelproof.ingest.layout import heading_number_parts, numbered_heading


@pytest.mark.parametrize(("heading", "kind"), [
    ("§ 2.2 Contraindications and limitations", CONTRAINDICATIONS),
    ("§2.1 Indications and target populations", INDICATIONS),
    ("§ 2 Intended purpose", INTENDED_PURPOSE),
])
def test_section_kind_of_a_paragraph_sign_heading(heading, kind):
    assert kind in heading_kinds(heading)


@pytest.mark.parametrize(("heading", "parts", "level"), [
    ("§ 3.2.1 Residual risks", (3, 2, 1), 3),
    ("§4 Benefit-risk", (4,), 1),
])
def test_numbering_of_a_paragraph_sign_heading(heading, parts, level):
    assert heading_number_parts(heading) == parts
    assert numbered_heading(heading)[0] == level
