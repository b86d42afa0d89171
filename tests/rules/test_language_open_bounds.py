"""The count comparison of LA001 reads "A or B" in one item as possibly two conditions; the
coordinator that opens the end of a bound ("7 years and older", "18 ans et plus", "30 kg or
more") joins none, so an item with an age bound in brackets is not taken for merged items."""

from __future__ import annotations

import pytest

from panelproof.rules.language._translation import condition_count_range, joiner_count


@pytest.mark.parametrize(("quote", "language"), [
    ("Scoliosis requiring bracing (children 10 years and older)", "en"),
    ("Cyphose évolutive (enfants de 10 ans et plus)", "fr"),
    ("Skoliose (Kinder ab 10 Jahren oder älter)", "de"),
    ("Scoliosi evolutiva (bambini di 10 anni e più)", "it"),
    ("Escoliosis progresiva (niños de 10 años o más)", "es"),
    ("Skolióza (děti od 10 let a starší)", "cs"),
    ("Skolioza (dzieci w wieku 10 lat i starsze)", "pl"),
    ("Severe obesity (body weight 150 kg or more)", "en"),
])
def test_an_open_bound_joins_no_conditions(quote, language):
    assert joiner_count(quote, language) == 0
    assert condition_count_range([quote]) == (1, 1)


def test_real_coordinations_are_still_counted():
    assert joiner_count("Recent nasal or facial surgery, or trauma to the nose", "en") == 3
    assert condition_count_range(["Asthma and COPD (adults 18 years and older)"]) == (1, 2)
