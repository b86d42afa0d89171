"""IU001/IU003: a summary whose list ends with a catch-all ("and other airway procedures",
"and related procedures", "etc.", "among others", "procedures such as ...") does not omit
the further items of that kind another document names; a summary without one still does.
Advice on the technique to use instead ("(use fibreoptic intubation)") excludes no mode."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.extract import intended_use
from panelproof.extract.model import FactKind
from panelproof.ingest.model import Role
from panelproof.ingest.text import document_from_text
from panelproof.pipeline import run_check

_CER = ("# Clinical Evaluation Report – GlottiView 2\n\n## 3 Intended purpose\n"
        "The GlottiView 2 video laryngoscope is intended to visualise the upper airway to "
        "facilitate tracheal intubation and the insertion of nasogastric tubes under direct "
        "vision in adults.\n")
_IFU = ("# Instructions for use – GlottiView 2\n\n## 2 Intended purpose\n"
        "The GlottiView 2 is intended to visualise the upper airway to facilitate tracheal "
        "intubation and the insertion of nasogastric tubes under direct vision in adults.\n")


def _findings(tmp_path: Path, summary_name: str, summary: str, rules=("IU001", "IU003")) -> list:
    files = {"CER.md": _CER, "IFU.md": _IFU, summary_name: summary}
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return [f for f in run_check([tmp_path], workers=1).findings if f.rule in rules]


def _cear(sentence: str) -> str:
    return ("# Clinical Evaluation Assessment Report – GlottiView 2\n\n"
            f"## 2 Intended purpose as assessed\n{sentence}\n")


@pytest.mark.parametrize("sentence", [
    "The device is intended to visualise the upper airway to facilitate tracheal intubation "
    "and other airway procedures in adults.",
    "The laryngoscope facilitates tracheal intubation and related procedures under direct "
    "vision in adults.",
    "Intended for airway procedures such as tracheal intubation in adults.",
    "Intended to facilitate tracheal intubation, among others, in adults.",
    "Intended for tracheal intubation, etc. in adults.",
    "Intended to facilitate tracheal intubation and further airway interventions in adults.",
])
def test_cear_summary_with_catch_all_omits_nothing(tmp_path: Path, sentence: str) -> None:
    assert _findings(tmp_path, "CEAR.md", _cear(sentence)) == []


def test_french_sscp_with_catch_all_omits_nothing(tmp_path: Path) -> None:
    sscp = ("# Résumé des caractéristiques de sécurité et des performances cliniques – GlottiView 2"
            "\n\n## 2 Destination\nLe GlottiView 2 est destiné à faciliter l'intubation trachéale "
            "et d'autres gestes sur les voies aériennes chez l'adulte.\n")
    assert _findings(tmp_path, "SSCP_fr.md", sscp) == []


@pytest.mark.parametrize("sentence", [
    # no catch-all: the summary omits a whole mode of use
    "The device is intended to visualise the upper airway to facilitate tracheal intubation in adults.",
    # a catch-all of another kind ("other patients") opens no list of procedures
    "The device is intended to facilitate tracheal intubation in adults and other patients.",
])
def test_cear_summary_without_catch_all_of_the_kind_is_reported(tmp_path: Path, sentence: str) -> None:
    findings = _findings(tmp_path, "CEAR.md", _cear(sentence))
    assert [f.rule for f in findings] == ["IU003"]
    assert "CEAR.md" in {loc.document for loc in findings[0].locations}


@pytest.mark.parametrize("language, heading, item", [
    # a patient who cannot handle the interface: a condition, not an exclusion of the interface
    ("en", "Contraindications", "Patients unable to remove the mask unaided."),
    ("en", "Contraindications", "Limited mouth opening that does not admit the blade (use fibreoptic intubation)."),
    ("en", "Contraindications", "Unstable cervical spine – consider awake fibreoptic intubation instead."),
    ("fr", "Contre-indications", "Ouverture buccale limitée ne permettant pas l'introduction de la "
                                 "lame (utiliser l'intubation fibroscopique)."),
    ("de", "Kontraindikationen", "Eingeschränkte Mundöffnung (fiberoptische Intubation verwenden)."),
    ("nl", "Contra-indicaties", "Beperkte mondopening (gebruik fiberoptische intubatie)."),
])
def test_advice_on_an_alternative_technique_excludes_no_mode(language: str, heading: str, item: str) -> None:
    document = document_from_text(f"# IFU\n\n## 3 {heading}\n- {item}\n", path="IFU.md",
                                  role=Role.IFU, language=language)
    assert [f for f in intended_use.extract(document)
            if f.kind is FactKind.INTERFACE and f.value.negated] == []


@pytest.mark.parametrize("language, heading, item", [
    ("en", "Contraindications", "Children under 2 years: nasotracheal intubation."),
    ("de", "Kontraindikationen", "Nasotracheale Intubation."),
    # an exclusion after a semicolon is no advice
    ("en", "Intended purpose", "Nasal mask or full-face mask (non-invasive only); not for use with endotracheal tubes."),
])
def test_a_contraindicated_mode_is_still_excluded(language: str, heading: str, item: str) -> None:
    document = document_from_text(f"# IFU\n\n## 3 {heading}\n- {item}\n", path="IFU.md",
                                  role=Role.IFU, language=language)
    assert [f.value.id for f in intended_use.extract(document)
            if f.kind is FactKind.INTERFACE and f.value.negated] == ["endotracheal_tube"]


_CER_INDICATIONS = ("# Clinical Evaluation Report – SomnoAir\n\n## 3 Indications\nThe SomnoAir is "
                    "indicated for the treatment of obstructive sleep apnoea and central sleep "
                    "apnoea in adults.\n")


@pytest.mark.parametrize("sentence, reported", [
    ("The SomnoAir is indicated for the treatment of obstructive sleep apnoea and other "
     "sleep-related breathing disorders in adults.", False),
    ("The SomnoAir is indicated for the treatment of breathing disorders such as obstructive "
     "sleep apnoea in adults.", False),
    ("The SomnoAir is indicated for the treatment of obstructive sleep apnoea in adults.", True),
])
def test_indication_summary_with_catch_all(tmp_path: Path, sentence: str, reported: bool) -> None:
    (tmp_path / "CER.md").write_text(_CER_INDICATIONS, encoding="utf-8")
    (tmp_path / "CEAR.md").write_text("# Clinical Evaluation Assessment Report – SomnoAir\n\n"
                                      f"## 2 Indications\n{sentence}\n", encoding="utf-8")
    findings = [f for f in run_check([tmp_path], workers=1).findings if f.rule == "IU001"]
    assert bool(findings) is reported
