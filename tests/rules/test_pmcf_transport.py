"""PM001: recruitment through a setting the IFU excludes by name, though its family is uncertain
(transport may stay inside the hospital)."""

from __future__ import annotations

import pytest

from panelproof.rules.pmcf.PM001_pmcf_contradicts_intended_use import _excludes_use


@pytest.mark.parametrize("quote", [
    "not intended for use during patient transport",
    "Not for use during transport",
    "not use the device in ambulances or helicopters",
    "not be used in ambulances",
    "Ne pas utiliser pendant le transport des patients",
    "Nicht für den Patiententransport oder im Rettungswagen",
    "Non utilizzare durante il trasporto dei pazienti",
    "No utilizar en ambulancias",
    "niet gebruiken tijdens transport",
])
def test_exclusions_of_use(quote: str) -> None:
    assert _excludes_use(quote)


@pytest.mark.parametrize("quote", [
    "not switch off the ventilator during patient transport",
    "not leave the patient unattended during transport",
    "not use the device without a charged battery during transport",
    "ne doit pas être déconnecté pendant le transport des patients",
    "nicht ohne geladenen Akku im Rettungswagen verwenden",
])
def test_instructions_for_the_setting_exclude_nothing(quote: str) -> None:
    assert not _excludes_use(quote)
