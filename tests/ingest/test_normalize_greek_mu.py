"""Greek mu inside a Greek word stays a letter; as a unit prefix it reads as the micro sign."""

from __future__ import annotations

import pytest

from panelproof.ingest.normalize import normalize


@pytest.mark.parametrize(("verbatim", "expected"), [
    ("από τον 3ο μήνα ζωής", "από τον 3ο μήνα ζωής"),
    ("σωματικό βάρος μεταξύ 2 και 5 kg", "σωματικό βάρος μεταξύ 2 και 5 kg"),
    ("Dosis 5 μg", "Dosis 5 µg"),
    ("δόση 5 μg  ανά  ώρα", "δόση 5 µg ανά ώρα"),
])
def test_greek_mu_is_a_letter_in_greek_words(verbatim, expected):
    text = normalize(verbatim)
    assert text.text == expected
    assert len(text.origin) == len(text.text)
