"""Protocols of use (loading and placement of dental implants, one- or two-stage surgery,
cemented or cementless fixation, on- or off-pump surgery) are modes of use: stated or
excluded where a document states its intended use, never in a literature section."""

from __future__ import annotations

import pytest

from panelproof.extract.intended_use import extract
from panelproof.extract.model import FactKind
from panelproof.ingest.text import document_from_text

HEADINGS = {"en": "Intended purpose", "fr": "Destination", "de": "Zweckbestimmung",
            "it": "Destinazione d'uso", "es": "Uso previsto", "nl": "Intended purpose"}


def modes(body: str, language: str = "en", heading: str | None = None) -> set[tuple[str, bool]]:
    document = document_from_text(f"# {heading or HEADINGS[language]}\n\n{body}\n", f"IFU_{language}.md",
                                  language=language)
    return {(f.value.id, f.value.negated) for f in extract(document) if f.kind is FactKind.INTERFACE}


@pytest.mark.parametrize(("body", "language", "expected"), [
    ("The implants are intended for immediate placement in fresh extraction sockets and immediate loading.",
     "en", {"immediate_placement", "immediate_loading"}),
    ("Suitable for immediate, early and delayed loading protocols.", "en", {"delayed_loading"}),
    ("The implants may be immediately loaded when primary stability exceeds 35 Ncm.", "en", {"immediate_loading"}),
    ("Implants placed into fresh extraction sockets; conventional loading after 3 months.", "en",
     {"immediate_placement", "delayed_loading"}),
    ("Les implants sont destinés à une mise en charge immédiate ou précoce.", "fr", {"immediate_loading"}),
    ("Die Implantate sind für die Sofortbelastung und die Spätbelastung bestimmt.", "de",
     {"immediate_loading", "delayed_loading"}),
    ("Gli impianti sono destinati al carico immediato o differito.", "it", {"immediate_loading"}),
    ("Los implantes están indicados para carga inmediata y carga diferida.", "es",
     {"immediate_loading", "delayed_loading"}),
    ("De implantaten zijn bestemd voor directe belasting.", "nl", {"immediate_loading"}),
    ("Two-stage surgical protocol with submerged healing.", "en", {"two_stage"}),
    ("The stem is intended for cemented and cementless fixation.", "en",
     {"cemented_fixation", "cementless_fixation"}),
    ("La tige est destinée à une fixation sans ciment.", "fr", {"cementless_fixation"}),
    ("Der Schaft ist für die zementfreie Verankerung bestimmt.", "de", {"cementless_fixation"}),
    ("The stabiliser is intended for off-pump coronary artery bypass grafting on the beating heart.", "en",
     {"off_pump"}),
])
def test_protocols_are_modes(body, language, expected):
    found = modes(body, language)
    assert expected <= {i for i, negated in found if not negated}


@pytest.mark.parametrize(("body", "language", "mode"), [
    ("Dental implants for partially edentulous jaws. Immediate loading is not recommended and is "
     "outside the intended use.", "en", "immediate_loading"),
    ("Dental implants for edentulous jaws. Immediate loading is outside the intended use.", "en",
     "immediate_loading"),
    ("Implants dentaires. La mise en charge immédiate n'est pas recommandée.", "fr", "immediate_loading"),
    ("Zahnimplantate. Nicht für die Sofortbelastung vorgesehen.", "de", "immediate_loading"),
    ("The stem is not intended for cemented use.", "en", "cemented_fixation"),
    ("Non-cemented stem for press-fit implantation.", "en", "cemented_fixation"),
])
def test_excluded_protocol_is_not_stated(body, language, mode):
    assert (mode, False) not in modes(body, language)


@pytest.mark.parametrize("body", [
    "Immediate loading of dental implants is widely practised and reported with survival above 95 %.",
    "Cemented stems remain the reference in elderly patients (registry data).",
])
def test_literature_sections_state_no_mode(body):
    assert modes(body, heading="State of the art") == set()


@pytest.mark.parametrize("body", [
    "The infusion pump delivers the drug with a bolus function.",
    "Infusion con bomba de jeringa.",
    "Bone substitute for filling extraction sockets and alveolar ridge preservation.",
])
def test_unrelated_words_state_no_protocol(body):
    protocols = {"immediate_loading", "early_loading", "delayed_loading", "immediate_placement",
                 "delayed_placement", "one_stage", "two_stage", "cemented_fixation",
                 "cementless_fixation", "on_pump", "off_pump"}
    assert not {i for i, _ in modes(body)} & protocols


@pytest.mark.parametrize(("body", "expected"), [
    # a patient's condition for a protocol neither states nor excludes it
    ("- Insufficient bone stock for cementless fixation (e.g. severe osteoporosis)", set()),
    ("- Insufficient bone quality for an immediate placement", set()),
    # the protocol itself contraindicated: excluded
    ("- Immediate loading", {("immediate_loading", True)}),
    ("- Use of immediate loading in the posterior maxilla", {("immediate_loading", True)}),
    ("- Immediate loading is not recommended.", {("immediate_loading", True)}),
])
def test_protocols_in_contraindications(body, expected):
    assert modes(body, heading="Contraindications") == expected
