"""A heading joining two section keywords with a one-letter "and" (Czech and Slovak "a",
Croatian and Polish "i", Spanish "y") announces both sections; the same letter elsewhere (an
English article) joins nothing."""

import pytest

from panelproof.extract.intended_use import heading_kinds


@pytest.mark.parametrize("heading", [
    "2. Určený účel a indikace",
    "Účel použití a indikace",
    "Zamýšľané použitie a indikácie",
    "Namjena i indikacije",
    "Finalidad prevista y indicaciones",
])
def test_purpose_and_indications(heading):
    assert {"intended_purpose", "indications"} <= heading_kinds(heading)


@pytest.mark.parametrize("heading", ["Use in a home environment", "Indications for use in a hospital"])
def test_an_article_joins_nothing(heading):
    assert "intended_purpose" not in heading_kinds(heading) or "indications" not in heading_kinds(heading)
