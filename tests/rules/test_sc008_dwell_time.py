"""SC008 reads dwell times in days across languages and compares them with the 30-day line of
MDR Art. 2(5); periods of study follow-up are not dwell times."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.extract import parameters
from panelproof.extract.common import ExtractionContext
from panelproof.ingest.text import document_from_text
from panelproof.pipeline import run_check


def _dwell(text: str, language: str = "en"):
    document = document_from_text(f"# IFU\n## Duration of use\n{text}\n", f"IFU_{language}.md",
                                  language=language)
    return [(f.value.low, f.value.high) for f in parameters.extract(document, ExtractionContext())
            if f.value.name == "dwell_time"]


@pytest.mark.parametrize(("text", "language", "days"), [
    ("The catheter may remain in situ for up to 45 days if monitoring is still required.", "en", 45),
    ("Maximum dwell time: 29 days.", "en", 29),
    ("Le cathéter peut rester en place jusqu'à 45 jours.", "fr", 45),
    ("Maximale Liegedauer: 29 Tage.", "de", 29),
    ("Il catetere può rimanere in sede per un massimo di 30 giorni.", "it", 30),
    ("El catéter puede permanecer colocado durante un máximo de 30 días.", "es", 30),
])
def test_dwell_time_in_days(text, language, days):
    found = _dwell(text, language)
    assert found and max(v for v in found[0] if v is not None) == days, found


@pytest.mark.parametrize("text", [
    "| Follow-up | 30 days |",
    "Patients were followed for 30 days after the procedure.",
    "Follow-up visits at 7 and 30 days.",
])
def test_follow_up_periods_are_no_dwell_time(text):
    document = document_from_text(f"# CER\n## Clinical data\n{text}\n", "CER.md")
    assert not [f for f in parameters.extract(document, ExtractionContext())
                if f.value.unit == "day"]


def test_sc008_minor_without_class_or_cecp_statement(tmp_path: Path) -> None:
    (tmp_path / "CER.md").write_text("# CER – DrainX\n## Classification\nShort-term invasive device, "
                                     "not implantable.\n", encoding="utf-8")
    (tmp_path / "IFU_en.md").write_text("# IFU – DrainX\n## Use\nThe drain may remain in place for "
                                        "up to 35 days.\n", encoding="utf-8")
    findings = run_check([tmp_path], select={"SC008"}, workers=1).findings
    assert [f.severity.value for f in findings] == ["minor"]
