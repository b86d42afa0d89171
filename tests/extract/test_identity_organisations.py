"""A notified body's or a manufacturer's name is never taken for the device's name."""

from __future__ import annotations

import pytest

from panelproof.extract import identity
from panelproof.extract.common import ExtractionContext
from panelproof.extract.model import FactKind
from panelproof.ingest.text import document_from_text


def names(markdown: str, language: str = "en") -> set[str]:
    document = document_from_text(markdown, "CEAR.md", language=language)
    return {f.value for f in identity.extract(document, ExtractionContext())
            if f.kind is FactKind.DEVICE_NAME}


@pytest.mark.parametrize(("body", "language"), [
    ("Notified Body CDM Veneto – NB 2919", "en"),
    ("CDM Veneto (NB 2919)", "en"),
    ("NB 2919 – CDM Veneto", "en"),
    ("Notified Body: CDM Veneto, NB number 2919", "en"),
    ("Organisme notifié : CDM Veneto (ON 2919)", "fr"),
    ("Benannte Stelle: CDM Veneto", "de"),
    ("Organismo notificato: CDM Veneto S.r.l. (NB 2919)", "it"),
])
def test_notified_body_title_is_no_device_name(body, language):
    found = names(f"# CDM Veneto – CEAR\n\n{body}\n\n## Device\n\nThe Radix2 implant system is "
                  "intended for the replacement of missing teeth.\n", language)
    assert "Radix2" in found
    assert not any("Veneto" in n for n in found)


def test_manufacturer_title_is_no_device_name():
    found = names("# Ortho Radix – Clinical evaluation report\n\nManufacturer: Ortho Radix S.r.l.\n\n"
                  "The Radix2 implant system is intended for the replacement of missing teeth.\n")
    assert found == {"Radix2"}


def test_title_name_without_organisation_cue_is_kept():
    assert "Radix2" in names("# Radix2 – CEAR\n\nNotified Body CDM Veneto – NB 2919\n")
