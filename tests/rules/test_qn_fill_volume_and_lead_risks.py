"""PL001 reads a peritoneal dialysis cycler's smallest fill volume against its smallest patient
(knowledge/devices/peritoneal_dialysis_cycler.yaml); SS001 keeps lead migration and lead
fracture apart from "revision surgery" and from a bone fracture."""

import pytest

from panelproof.extract.risks import known_risks
from panelproof.pipeline import run_check


def _run(tmp_path, files: dict[str, str], rule: str):
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return [f for f in run_check([tmp_path]).findings if f.rule == rule]


_APD = ("# Instructions for use – RenaFlow\n\nRenaFlow is an {device}.\n\n## Intended population\n{population}\n\n"
        "## Specifications\n{spec}\n")


@pytest.mark.parametrize(("device", "population", "spec"), [
    ("automated peritoneal dialysis cycler", "Adults and children, body weight min. 10 kg.",
     "| Parameter | Value |\n| --- | --- |\n| Fill volume | 1000–3000 ml per cycle |"),
    ("APD cycler for nightly peritoneal dialysis", "Children from 2 years of age and adults.",
     "The fill volume per cycle can be set from 0.8 to 3.0 l."),
    ("peritoneal dialysis system for home use", "Paediatric patients weighing 15 kg or more, and adults.",
     "Dwell volume: 1,500 – 3,000 mL."),
])
def test_pd_fill_volume_too_large_for_smallest_patient(tmp_path, device, population, spec):
    findings = _run(tmp_path, {"IFU.md": _APD.format(device=device, population=population, spec=spec)}, "PL001")
    assert len(findings) == 1, [f.message for f in findings]
    assert "fill volume" in findings[0].message


@pytest.mark.parametrize(("population", "spec"), [
    ("Adults and children, body weight min. 10 kg.", "Fill volume: 50–3000 ml per cycle."),
    ("Adults (18 years and older).", "Fill volume: 1000–3000 ml per cycle."),
])
def test_pd_fill_volume_that_fits(tmp_path, population, spec):
    text = _APD.format(device="automated peritoneal dialysis cycler", population=population, spec=spec)
    assert _run(tmp_path, {"IFU.md": text}, "PL001") == []


def test_intragastric_balloon_fill_volume_is_not_a_dialysis_check(tmp_path):
    text = ("# Instructions for use – GastroFill\n\nGastroFill is an intragastric balloon.\n\n## Population\n"
            "Adolescents from 40 kg and adults.\n\n## Specifications\nFill volume: 400–700 ml of saline.\n")
    assert _run(tmp_path, {"IFU.md": text}, "PL001") == []


@pytest.mark.parametrize(("text", "risk"), [
    ("Lead migration requiring revision surgery", "lead_migration"),
    ("Lead dislodgment", "lead_migration"),
    ("Migration of the tined lead", "lead_migration"),
    ("Déplacement de l'électrode", "lead_migration"),
    ("Dislokation der Elektrode", "lead_migration"),
    ("desplazamiento del electrodo", "lead_migration"),
    ("Lead fracture", "lead_fracture"),
    ("Fracture of the implanted lead", "lead_fracture"),
    ("Elektrodenbruch", "lead_fracture"),
    ("rottura dell'elettrocatetere", "lead_fracture"),
])
def test_lead_risks(text, risk):
    assert [r for r, _ in known_risks(text)] == [risk]


@pytest.mark.parametrize("text", ["Dislocation of the hip which leads to pain", "Fracture of the tibia"])
def test_not_lead_risks(text):
    assert not {"lead_migration", "lead_fracture"} & {r for r, _ in known_risks(text)}


_SNM_IFU = ("# Instructions for use – UroStim\n\nUroStim is an implantable neurostimulator for sacral "
            "neuromodulation in adults.\n\n## Adverse events\n{risks}\n")
_SNM_SSCP = ("# Summary of Safety and Clinical Performance – UroStim\n\nUroStim is an implantable "
             "neurostimulator for sacral neuromodulation in adults.\n\n## Residual risks and side-effects\n{risks}\n")


@pytest.mark.parametrize(("ifu", "sscp", "missing"), [
    ("- Lead migration requiring revision surgery\n- Infection", "- Infection (2 %)\n- Revision surgery (6 %)",
     "Lead migration"),
    ("- Electrode dislodgement\n- Infection", "- Infection (2 %)\n- Reoperation (6 %)", "Electrode dislodgement"),
    ("- Lead fracture\n- Infection", "- Infection (2 %)\n- Fracture (1 %)", "Lead fracture"),
])
def test_sscp_omits_lead_risk(tmp_path, ifu, sscp, missing):
    findings = _run(tmp_path, {"IFU.md": _SNM_IFU.format(risks=ifu), "SSCP.md": _SNM_SSCP.format(risks=sscp)},
                    "SS001")
    assert len(findings) == 1 and missing in findings[0].message, [f.message for f in findings]


def test_sscp_restating_lead_migration(tmp_path):
    findings = _run(tmp_path, {
        "IFU.md": _SNM_IFU.format(risks="- Lead migration requiring revision surgery\n- Infection"),
        "SSCP.md": _SNM_SSCP.format(risks="- Infection (2 %)\n- Migration of the lead, with surgical revision (6 %)")},
        "SS001")
    assert findings == []
