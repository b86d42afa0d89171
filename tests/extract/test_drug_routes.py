"""A route that qualifies a drug the patient receives ("intravenous bisphosphonate therapy",
"traitement par bisphosphonates intraveineux") is not the device's mode of use; a route of the
device's own administration ("for intravenous administration of antibiotics") still is."""

from __future__ import annotations

import pytest

from panelproof.extract.intended_use import extract
from panelproof.extract.model import FactKind
from panelproof.ingest.text import document_from_text

HEADINGS = {"en": "Contraindications", "fr": "Contre-indications", "de": "Kontraindikationen",
            "it": "Controindicazioni", "es": "Contraindicaciones"}


def interface_ids(body: str, language: str, heading: str | None = None) -> set[str]:
    document = document_from_text(f"# {heading or HEADINGS[language]}\n\n{body}\n", f"IFU_{language}.md",
                                  language=language)
    return {f.value.id for f in extract(document) if f.kind is FactKind.INTERFACE}


@pytest.mark.parametrize(("body", "language"), [
    ("Patients under intravenous bisphosphonate therapy.", "en"),
    ("The device is not allowed to be used in case of i.v. bisphosphonates.", "en"),
    ("History of intravenous therapy with zoledronic acid or denosumab.", "en"),
    ("Patients receiving intravenous corticosteroids or IV antibiotics.", "en"),
    ("Traitement par bisphosphonates intraveineux.", "fr"),
    ("Behandlung mit intravenösen Bisphosphonaten oder Zoledronsäure i.v.", "de"),
    ("Terapia con bisfosfonati per via endovenosa.", "it"),
    ("Tratamiento con bisfosfonatos intravenosos.", "es"),
    ("Pazienti in chemioterapia endovenosa.", "it"),
])
def test_route_of_a_patients_drug_is_no_mode_of_use(body, language):
    assert "intravenous" not in interface_ids(body, language)


@pytest.mark.parametrize(("body", "language", "heading"), [
    ("The pump is intended for intravenous administration of antibiotics and analgesics.", "en",
     "Intended purpose"),
    ("For intravenous infusion of medicinal products in hospitals.", "en", "Intended purpose"),
    ("Do not use for intravenous administration.", "en", None),
    ("Pompe destinée à l'administration intraveineuse de médicaments.", "fr", "Destination"),
])
def test_device_route_is_still_read(body, language, heading):
    assert "intravenous" in interface_ids(body, language, heading)
