"""The hazard patterns' word pre-filter (`_Pattern.slot_words`, one set inclusion per phrase)
rules out exactly the slots the plain word-by-word test rules out."""

from itertools import islice

from panelproof.rules.safety import common
from panelproof.rules.safety.common import _GAP, _knowledge, _may_match, tokenize


def _plain_may_match(slot, vocabulary):
    return any(all("*" in w or w in vocabulary for w in parts if w != _GAP) for parts in slot)


_SENTENCES = [
    "Turn off the low-pressure alarm if it sounds repeatedly during the night.",
    "Le capteur peut être débranché pendant le transport du patient.",
    "Die Alarmfunktion darf vom Anwender deaktiviert werden.",
    "Continue the infusion without the air detector when no spare set is available.",
    "Reuse the single-use cannula after rinsing it with saline.",
    "Il dispositivo può essere utilizzato senza monitoraggio dell'ossigeno.",
    "",
]


def _vocabularies():
    yield from (frozenset(t.word for t in tokenize(s)) for s in _SENTENCES)
    # each phrase's own words, complete and with one word missing: the boundary of the filter
    for pattern in islice(_knowledge().patterns, 200):
        for slot in pattern.slots:
            for parts in slot[:3]:
                words = [w for w in parts if w != _GAP]
                yield frozenset(words)
                if words:
                    yield frozenset(words[1:])


def test_slot_words_prefilter_equals_plain_test():
    patterns = _knowledge().patterns
    assert patterns
    vocabularies = list(_vocabularies())
    compared = 0
    for pattern in patterns:
        assert len(pattern.slot_words) == len(pattern.slots)
        for slot, slot_words in zip(pattern.slots, pattern.slot_words):
            for vocabulary in vocabularies:
                assert _may_match(slot_words, vocabulary) == _plain_may_match(slot, vocabulary)
                compared += 1
    assert compared > 1000


def test_slot_words_ignore_gaps_and_stems():
    parts = ("switch*", _GAP, "off")
    pattern = common._Pattern(hazard=None, slots=((parts,), (("alarm",),)), window=8, unless=())
    assert pattern.slot_words == ((frozenset({"off"}),), (frozenset({"alarm"}),))
