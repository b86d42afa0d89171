"""normalize/quote round trip: any span of the normalised text quotes verbatim text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from panelproof.ingest.normalize import collapse_whitespace, normalize

# Text with the characters normalisation touches: ligatures, soft hyphens, odd spaces,
# line-end hyphens, glued units, quotes and dashes.
_PIECES = st.sampled_from([
    "ventila-\ntion", "5kg", "5\u00a0kg", "\ufb01", "\ufb03", "\u00ad", "\u2013", "\u2265",
    "\u201cquoted\u201d", " ", "\n", "\t", "  ", "µg", "10cmH2O", "anti-\nInflammatory",
    "\u200b", "é", "ß", "patients", "≤", "…",
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
