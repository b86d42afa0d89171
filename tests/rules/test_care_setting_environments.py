"""CS001 on statements of the use environment: an environment one document adds."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.pipeline import run_check


def cs001(tmp_path: Path, files: dict[str, str]) -> list:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return [f for f in run_check([tmp_path], workers=1).findings if f.rule == "CS001"]


CEAR_HOSPITAL = ("# Clinical Evaluation Assessment Report – InfuMax\n\n## Intended purpose\n"
                 "It is intended to be used in a hospital environment by nurses and physicians.\n")


@pytest.mark.parametrize("ifu, severity", [
    ("# Instructions for Use\n\n## Intended purpose\nIt is intended to be used in a hospital "
     "environment and in the home care setting by nurses and carers.\n", "major"),
    ("# Notice d'utilisation\n\n## Environnement d'utilisation\nHôpitaux et domicile du patient.\n",
     "major"),
    ("# Gebrauchsanweisung\n\n## Zweckbestimmung\n\n| Merkmal | Beschreibung |\n|---|---|\n"
     "| Einsatzumgebung | Krankenhaus, Pflegeheime |\n", "major"),
    ("# Instructions for Use\n\n## Use environment\nHospitals and sleep laboratories.\n", "minor"),
    ("# Instructions for Use\n\n## Intended purpose\nFor use in hospitals and outpatient clinics.\n",
     "minor"),
])
def test_added_environment_is_reported(tmp_path: Path, ifu: str, severity: str) -> None:
    findings = cs001(tmp_path, {"CEAR.md": CEAR_HOSPITAL, "IFU.md": ifu})
    assert [f.severity.value for f in findings] == [severity]
    documents = {loc.document for loc in findings[0].locations}
    assert documents == {"CEAR.md", "IFU.md"}
    assert "CEAR" in findings[0].message and "IFU" in findings[0].message


@pytest.mark.parametrize("ifu", [
    # the same environment in other words
    "# IFU\n\n## Use environment\nProfessional healthcare facilities such as clinics and ICUs.\n",
    "# Gebrauchsanweisung\n\n## Zweckbestimmung\nEs wird in Kliniken durch Pflegekräfte angewendet.\n",
    # transport continues the care it starts from
    "# IFU\n\n## Intended purpose\nFor use in hospitals and during intra- and inter-hospital transport.\n",
    # named in passing: study, daily life, data, procedure, warning
    "# IFU\n\n## Intended purpose\nFor use in hospitals. In the pivotal study patients were treated at home.\n",
    "# IFU\n\n## Intended purpose\nFor use in hospitals. Patients use the remote control at home.\n",
    "# IFU\n\n## Intended purpose\nFor use in hospitals. Data come from hospitals and home care registries.\n",
    "# IFU\n\n## Intended purpose\nFor use in hospitals. The catheter is inserted in outpatient clinics.\n",
    "# IFU\n\n## Intended purpose\nFor use in hospitals.\n\n## Warnings\nDo not use at home.\n",
    # a document without any statement of the environment is not compared
    "# IFU\n\n## Intended purpose\nThe pump infuses medicinal products. Patients live at home.\n",
])
def test_same_or_incidental_environment_is_silent(tmp_path: Path, ifu: str) -> None:
    assert cs001(tmp_path, {"CEAR.md": CEAR_HOSPITAL, "IFU.md": ifu}) == []


def test_setting_named_anywhere_in_the_other_document_is_not_added(tmp_path: Path) -> None:
    cer = ("# CER\n\n## Intended purpose\nIt is intended to be used in hospitals. After training, "
           "patients continue the infusion at home.\n")
    ifu = "# IFU\n\n## Use environment\nHospitals and home care.\n"
    assert cs001(tmp_path, {"CER.md": cer, "IFU.md": ifu}) == []


def test_both_directions_make_one_finding(tmp_path: Path) -> None:
    cer = "# CER\n\n## Intended purpose\nInfuMate is intended to be used in a hospital environment.\n"
    ifu = "# IFU\n\n## Intended purpose\nInfuMate is intended for the infusion of drugs at home.\n"
    findings = cs001(tmp_path, {"CER.md": cer, "IFU.md": ifu})
    assert len(findings) == 1 and findings[0].severity.value == "major"
    assert "Conversely" in findings[0].message


def test_settings_of_one_environment_cover_each_other(tmp_path: Path) -> None:
    cear = "# CEAR\n\n## Intended purpose\nIt is intended for use in hospitals and nursing homes.\n"
    ifu = "# IFU\n\n## Use environment\nHospitals, nursing homes and the patient's home.\n"
    assert cs001(tmp_path, {"CEAR.md": cear, "IFU.md": ifu}) == []


def test_lay_environment_added_to_another_lay_environment_is_minor(tmp_path: Path) -> None:
    cear = "# CEAR\n\n## Intended purpose\nIt is intended for use in hospitals and at home.\n"
    ifu = "# IFU\n\n## Use environment\nHospitals, the home and fitness studios.\n"
    findings = cs001(tmp_path, {"CEAR.md": cear, "IFU.md": ifu})
    assert [f.severity.value for f in findings] == ["minor"]
    assert "fitness" in findings[0].message


def test_restriction_is_reported_once(tmp_path: Path) -> None:
    cear = "# CEAR\n\n## Intended purpose\nIt is intended for use in hospitals only.\n"
    ifu = "# IFU\n\n## Intended purpose\nIt is intended for use in hospitals and at home.\n"
    findings = cs001(tmp_path, {"CEAR.md": cear, "IFU.md": ifu})
    assert len(findings) == 1 and "restricts" in findings[0].message
