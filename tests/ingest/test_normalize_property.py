"""normalize/quote round trip: any span of the normalised text quotes verbatim text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from panelproof.ingest.normalize import collapse_whitespace, normalize
from tests.ingest.reference_normalize import reference_normalize

# Text with the characters normalisation touches: ligatures, soft hyphens, odd spaces,
# line-end hyphens, glued units, quotes and dashes.
_PIECES = st.sampled_from([
    "ventila-\ntion", "5kg", "5\u00a0kg", "\ufb01", "\ufb03", "\u00ad", "\u2013", "\u2265",
    "\u201cquoted\u201d", " ", "\n", "\t", "  ", "µg", "10cmH2O", "anti-\nInflammatory",
    "\u200b", "é", "ß", "patients", "≤", "…", "18~65", "3 ~ 4", "~5", "2\uff5e5", "3\u301c18", "~",
])
_TEXT = st.lists(st.one_of(_PIECES, st.text(max_size=6)), max_size=25).map("".join)


@settings(max_examples=400, deadline=None)
@given(text=_TEXT, data=st.data())
def test_quote_of_any_span_is_verbatim(text, data):
    normalized = normalize(text)
    assert len(normalized.origin) == len(normalized.text)
    assert list(normalized.origin) == sorted(normalized.origin)
    if not normalized.text:
        return
    start = data.draw(st.integers(0, len(normalized.text) - 1))
    end = data.draw(st.integers(start + 1, len(normalized.text)))
    quote = normalized.quote(start, end)
    assert quote in collapse_whitespace(text)
    assert quote == quote.strip()


@given(text=_TEXT)
def test_normalisation_is_idempotent_on_whitespace(text):
    normalized = normalize(text).text
    assert "  " not in normalized
    assert normalized == normalized.strip()


# The fast normalize() must give exactly what the original per-character loop gave: the same
# text and the same origin map. Any Unicode text, plus the pieces normalisation touches.
_ANY_TEXT = st.lists(st.one_of(_PIECES, st.text(max_size=8),
                               st.sampled_from(["\u00a8", "\u2002", "𝐀", "\x1c", "\x00", "x-\n y",
                                                "7 \u00ad kg", "12mL", "3rd", "１０kg", "\r\n",
                                                "µΆ", "Άµ", "5 µg"])),
                     max_size=30).map("".join)


@settings(max_examples=600, deadline=None)
@given(text=_ANY_TEXT)
def test_fast_normalize_equals_reference(text):
    expected_text, expected_origin = reference_normalize(text)
    normalized = normalize(text)
    assert normalized.text == expected_text
    assert list(normalized.origin) == expected_origin


def test_origin_is_built_only_when_a_quote_needs_it():
    normalized = normalize("The ventilator is intended for patients\nweighing 5kg or more.")
    assert "origin" not in normalized.__dict__
    assert normalized.text == "The ventilator is intended for patients weighing 5 kg or more."
    assert normalized.quote(49, 53) == "5kg"
    assert "origin" in normalized.__dict__


def test_a_tilde_between_numbers_is_a_range():
    for verbatim, text in [("aged 18~65 years", "aged 18-65 years"), ("grade 3 ~ 4", "grade 3 - 4"),
                           ("22～46mm", "22-46 mm"), ("3〜18 months", "3-18 months"),
                           ("about ~5 kg", "about ~5 kg"), ("x~y", "x~y")]:
        normalized = normalize(verbatim)
        assert normalized.text == text
        assert normalized.quote(0, len(normalized.text)) == verbatim
