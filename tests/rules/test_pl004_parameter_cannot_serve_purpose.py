"""PL004 through the pipeline: an MMAD too coarse for lower-airway delivery and an ICP
measuring range that ends below the treatment threshold, written in varied ways (prose, table
rows, lists; en/de/fr), and the dossiers it must leave alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.pipeline import run_check


def _pl004(tmp_path: Path, files: dict[str, str]):
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = run_check([tmp_path])
    return [f for f in result.findings if f.rule == "PL004"]


NEB_PURPOSES = {
    "en_ventilated": ("IFU_en.md", "## Intended purpose\n\nThe NebuMesh vibrating mesh nebulizer "
                      "delivers inhaled antibiotics to intubated patients via the ventilator "
                      "circuit.\n"),
    "en_deep_lung": ("IFU_en.md", "## Intended use\n\nThe NebuMesh nebuliser is intended for "
                     "aerosol therapy targeting the lower respiratory tract.\n"),
    "de_alveolar": ("IFU_de.md", "## Zweckbestimmung\n\nDer NebuMesh Vernebler ist für die "
                    "alveoläre Deposition von Medikamenten bei maschinell beatmeten Patienten "
                    "bestimmt.\n"),
    "fr_lower_airways": ("IFU_fr.md", "## Destination\n\nLe nébuliseur NebuMesh est destiné à "
                         "l'administration de médicaments dans les voies aériennes inférieures "
                         "des patients ventilés.\n"),
}
NEB_SPECS = {
    "table": "| Parameter | Value |\n| --- | --- |\n| MMAD | {v} µm |\n",
    "list": "- Mass median aerodynamic diameter (MMAD): {v} µm (GSD 1,8)\n",
    "prose": "The aerosol has an MMAD of {v} µm.\n",
}


@pytest.mark.parametrize("purpose", sorted(NEB_PURPOSES))
@pytest.mark.parametrize("spec", sorted(NEB_SPECS))
def test_coarse_mmad_for_lower_airway_delivery_is_found(tmp_path: Path, purpose: str,
                                                        spec: str) -> None:
    name, text = NEB_PURPOSES[purpose]
    value = "9,5" if name != "IFU_en.md" or spec != "prose" else "9.5"
    body = text + "\n## Technical data\n\n" + NEB_SPECS[spec].format(v=value)
    hits = _pl004(tmp_path, {name: "# NebuMesh nebuliser\n\n" + body})
    assert len(hits) == 1, [f.message for f in hits]
    finding = hits[0]
    assert finding.severity.value == "major"
    assert any(value + " µm" in loc.quote for loc in finding.locations)
    assert len(finding.locations) >= 2  # the specification and the purpose it cannot serve
    assert "5 µm" in finding.message and "9.5" in finding.message


@pytest.mark.parametrize("purpose", sorted(NEB_PURPOSES))
def test_fine_mmad_is_left_alone(tmp_path: Path, purpose: str) -> None:
    name, text = NEB_PURPOSES[purpose]
    body = text + "\n## Technical data\n\n- MMAD: 3,2 µm\n"
    assert not _pl004(tmp_path, {name: "# NebuMesh nebuliser\n\n" + body})


@pytest.mark.parametrize("purpose", [
    "The SinusNeb jet nebuliser delivers saline to the nasal cavity and the paranasal sinuses.",
    "The SinusNeb nebuliser is intended for upper-airway delivery only; it is not intended "
    "for lower airway deposition.",
    "The SinusNeb nebuliser targets the nose; large particles avoid lung deposition.",
    "Le nébuliseur SinusNeb est destiné aux cavités nasales. Ne convient pas aux patients "
    "ventilés.",
])
def test_coarse_mmad_for_upper_airway_delivery_is_left_alone(tmp_path: Path,
                                                             purpose: str) -> None:
    body = f"## Intended purpose\n\n{purpose}\n\n## Technical data\n\n| MMAD | 10 µm |\n"
    assert not _pl004(tmp_path, {"IFU_en.md": "# SinusNeb nebuliser\n\n" + body})


def test_the_claim_that_links_the_value_to_the_purpose_is_quoted(tmp_path: Path) -> None:
    hits = _pl004(tmp_path, {
        "IFU_en.md": "# AeroMesh nebuliser\n\n## Technical data\n\n| MMAD | 9,5 µm (GSD 1,8) |\n",
        "CER.md": "# AeroMesh nebuliser CER\n\n## Device description\n\nThe AeroMesh is a "
                  "vibrating-mesh nebuliser.\n\n## Claims\n\nThe MMAD of 9,5 µm ensures a "
                  "predominantly alveolar deposition.\n"})
    assert len(hits) == 1
    quotes = [loc.quote for loc in hits[0].locations]
    assert "The MMAD of 9,5 µm ensures a predominantly alveolar deposition." in quotes
    assert {loc.document for loc in hits[0].locations} == {"IFU_en.md", "CER.md"}


ICP_PURPOSE = ("## Intended use\n\nThe CranioDrain external ventricular drainage catheter with "
               "integrated ICP sensor is intended to detect and treat intracranial "
               "hypertension.\n\n## Technical data\n\n")


@pytest.mark.parametrize(("name", "spec", "severity"), [
    ("IFU_en.md", "- ICP measuring range: -10 mmHg to +20 mmHg (resolution 1 mmHg)\n", "major"),
    ("IFU_en.md", "| Measuring range | -10 to +20 mmHg |\n", "major"),
    ("IFU_en.md", "The sensor measures pressures in a measuring range of 0 to 22 mmHg.\n", "major"),
    ("IFU_de.md", "| Messbereich | -10 bis +20 mmHg |\n", "major"),
    ("IFU_fr.md", "Plage de mesure : 0 à 12 mmHg\n", "critical"),
])
def test_icp_range_below_the_treatment_threshold_is_found(tmp_path: Path, name: str, spec: str,
                                                         severity: str) -> None:
    hits = _pl004(tmp_path, {name: "# CranioDrain EVD catheter\n\n" + ICP_PURPOSE + spec})
    assert len(hits) == 1, [f.message for f in hits]
    assert hits[0].severity.value == severity
    assert "22 mmHg" in hits[0].message


@pytest.mark.parametrize("spec", [
    "- ICP measuring range: -10 mmHg to +100 mmHg\n",
    "| Measuring range | 0 to 200 mmHg |\n",
    "| Messbereich | -10 bis +250 mmHg |\n",
])
def test_icp_range_covering_raised_pressures_is_left_alone(tmp_path: Path, spec: str) -> None:
    assert not _pl004(tmp_path, {"IFU_en.md": "# CranioDrain EVD catheter\n\n" + ICP_PURPOSE
                                 + spec})


def test_a_measuring_range_in_mmhg_of_another_device_is_left_alone(tmp_path: Path) -> None:
    # A gastric balloon's pressure monitor is no ICP sensor: without the device type, a
    # measuring range in mmHg names no pressure that a purpose needs.
    text = ("# GastroBand monitor\n\n## Intended use\n\nThe monitor shows the band's filling "
            "pressure.\n\n## Technical data\n\n| Measuring range | 0 to 20 mmHg |\n")
    assert not _pl004(tmp_path, {"IFU_en.md": text})
