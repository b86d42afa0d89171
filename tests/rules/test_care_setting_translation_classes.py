"""CS001: language versions that state one use environment in other words.

A translation that names where the device is placed in the patient with its own noun ("Einlage",
"insättning", "colocación"), a specialty hospital as a compound ("Kinderklinik"), the place where
an implant is programmed or a home therapy first supervised, or a hospital's outpatient
department for an "outpatient clinic", states the same environment as its master."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.pipeline import run_check


def cs001(tmp_path: Path, files: dict[str, str]) -> list:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return [f for f in run_check([tmp_path], workers=1).findings if f.rule == "CS001"]


IFU_EN_PLACEMENT = ("# Instructions for Use – UroFlex\n\n## Use environment\nPlacement of the stent "
                    "in a hospital or a specialist urology clinic; between follow-up visits the "
                    "patient is at home.\n")


@pytest.mark.parametrize("name, translation", [
    ("IFU_de.md", "# Gebrauchsanweisung – UroFlex\n\n## Anwendungsumgebung\nEinlage des Stents im "
     "Krankenhaus oder in einer urologischen Fachambulanz; bis zur Entfernung ist der Patient "
     "zu Hause.\n"),
    ("IFU_sv.md", "# Bruksanvisning – UroFlex\n\n## Användningsmiljö\nInsättning av stenten på "
     "sjukhus eller urologmottagning; patienten är sedan hemma fram till borttagningen.\n"),
    ("IFU_es.md", "# Instrucciones de uso – UroFlex\n\n## Entorno de uso\nColocación del stent en "
     "un hospital o consulta externa de urología; después el paciente está en casa hasta la "
     "retirada.\n"),
    ("IFU_it.md", "# Istruzioni per l'uso – UroFlex\n\n## Ambiente di utilizzo\nImpianto dello "
     "stent in ospedale o in ambulatorio di urologia da parte dell'urologo; tra le visite il "
     "paziente resta a domicilio.\n"),
])
def test_placement_place_in_a_translation_is_a_procedure_place(tmp_path: Path, name: str,
                                                               translation: str) -> None:
    assert cs001(tmp_path, {"IFU_en.md": IFU_EN_PLACEMENT, name: translation}) == []


@pytest.mark.parametrize("master, translation", [
    ("# Instructions for Use – RetinaLux\n\n## Users and use environment\nRetina surgeons, in an "
     "eye hospital or a day-surgery unit.\n",
     "# Gebrauchsanweisung – RetinaLux\n\n## Anwender und Umgebung\nNetzhautchirurgen, in der "
     "Augenklinik oder ambulant.\n"),
    ("# Instructions for Use – PaedPump\n\n## Use environment\nNurses in children's hospitals "
     "and in outpatient settings.\n",
     "# Gebrauchsanweisung – PaedPump\n\n## Anwendungsumgebung\nPflegekräfte in Kinderkliniken "
     "und in der ambulanten Versorgung.\n"),
])
def test_specialty_hospital_compound_is_a_hospital(tmp_path: Path, master: str,
                                                   translation: str) -> None:
    assert cs001(tmp_path, {"IFU_en.md": master, "IFU_de.md": translation}) == []


@pytest.mark.parametrize("master, translation", [
    ("# Instructions for Use – SpinaStim\n\n## Use environment\nImplantation in a hospital "
     "operating theatre; programming in pain clinics; the patient charges the implant at home.\n",
     "# Istruzioni per l'uso – SpinaStim\n\n## Ambiente di utilizzo\nIl paziente ricarica "
     "l'impianto a domicilio.\n"),
    ("# Instructions for Use – CalmWave\n\n## Use environment\nHome use by the patient, after a "
     "first supervised session in the outpatient clinic.\n",
     "# Mode d'emploi – CalmWave\n\n## Environnement d'utilisation\nUtilisation à domicile par "
     "le patient.\n"),
])
def test_where_a_therapy_is_programmed_or_first_supervised_is_not_added(
        tmp_path: Path, master: str, translation: str) -> None:
    assert cs001(tmp_path, {"IFU_en.md": master, "IFU_fr.md": translation}) == []


def test_hospital_outpatient_department_is_the_outpatient_clinic(tmp_path: Path) -> None:
    master = ("# Instructions for Use – GrowLink\n\n## Use environment\nLengthening sessions are "
              "done in the outpatient clinic.\n")
    translation = ("# Notice d'utilisation – GrowLink\n\n## Environnement d'utilisation\nLes séances "
                   "d'allongement ont lieu en consultation externe.\n")
    assert cs001(tmp_path, {"IFU_en.md": master, "IFU_fr.md": translation}) == []


def test_home_added_beside_programming_is_still_reported(tmp_path: Path) -> None:
    master = ("# Instructions for Use – SpinaStim\n\n## Use environment\nFor use in hospitals only; "
              "programming in pain clinics.\n")
    translation = ("# Istruzioni per l'uso – SpinaStim\n\n## Ambiente di utilizzo\nDestinato all'uso "
                   "in ospedale e a domicilio.\n")
    findings = cs001(tmp_path, {"IFU_en.md": master, "IFU_it.md": translation})
    assert findings and any("home" in f.message for f in findings)
