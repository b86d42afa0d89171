"""Population phase 6 through the pipeline: the target group after an exclusion list, trial
periods and generic mentions of the child between language versions, readable small ages."""

from __future__ import annotations

from pathlib import Path

from panelproof.pipeline import run_check


def _dossier(tmp_path: Path, files: dict[str, str]) -> list:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return run_check([tmp_path]).findings


def _rules(findings, *codes):
    return [f for f in findings if f.rule in codes]


def test_target_group_after_exclusion_bullets_agrees_with_the_other_documents(tmp_path):
    findings = _dossier(tmp_path, {
        "CEP.md": "# Clinical Evaluation Plan\n\n## Target population\n\n"
                  "The following patients are excluded:\n\n- patients with facial trauma\n"
                  "- children under 2 years\n- pregnant women\n\nAdult patients (≥ 18 years).\n",
        "CER.md": "# Clinical Evaluation Report\n\n## Intended purpose\n\n"
                  "The device is intended for adult patients aged 18 years and older.\n",
        "CEAR.md": "# Clinical Evaluation Assessment Report\n\n## Intended purpose\n\n"
                   "Intended for adults (18 years and older).\n",
    })
    assert _rules(findings, "PO001", "PO002") == []


def test_trial_period_in_one_language_is_no_age_difference(tmp_path):
    findings = _dossier(tmp_path, {
        "IFU_en.md": "# Instructions for Use\n\n## Indications\n\nThe implant is indicated for "
                     "children aged 12 months and older with insufficient progress after a "
                     "hearing-aid trial of at least 3 months.\n",
        "IFU_it.md": "# Istruzioni per l'uso\n\n## Indicazioni\n\nL'impianto è indicato per bambini "
                     "a partire da 12 mesi di età con progressi insufficienti dopo una prova "
                     "protesica di almeno 3 mesi.\n",
        "CER.md": "# Clinical Evaluation Report\n\n## Intended purpose\n\nThe implant is intended "
                  "for children from 12 months of age.\n",
    })
    assert _rules(findings, "LA001", "PO001") == []


def test_generic_child_in_german_instructions_is_no_language_difference(tmp_path):
    findings = _dossier(tmp_path, {
        "IFU_en.md": "# Instructions for Use\n\n## Intended purpose\n\nPhototherapy of neonatal "
                     "jaundice in preterm and term infants.\n\n## Operation\n\nCover the eyes of "
                     "the newborn with the eye shield and position the lamp above the patient.\n",
        "IFU_de.md": "# Gebrauchsanweisung\n\n## Zweckbestimmung\n\nPhototherapie des "
                     "Neugeborenenikterus bei Frühgeborenen und reifen Neugeborenen.\n\n"
                     "## Bedienung\n\nDie Augen des Kindes schützen. Lampe über dem Kind "
                     "positionieren und den Patienten beobachten.\n\n## Nebenwirkungen\n\n"
                     "Bei Kindern mit Cholestase kann ein Bronze-Baby-Syndrom auftreten.\n",
        "CEP.md": "# Clinical Evaluation Plan\n\n## Target population\n\nNeonates (preterm and "
                  "term) with hyperbilirubinaemia.\n",
        "CEAR.md": "# Clinical Evaluation Assessment Report\n\n## Intended purpose\n\nThe device "
                   "is intended for term and preterm newborns.\n",
    })
    assert _rules(findings, "LA001", "PO002") == []


def test_real_age_difference_between_translations_is_reported_in_readable_units(tmp_path):
    findings = _dossier(tmp_path, {
        "IFU_en.md": "# Instructions for Use\n\n## Indications\n\nIndicated for children aged "
                     "12 months and older.\n",
        "IFU_de.md": "# Gebrauchsanweisung\n\n## Indikationen\n\nIndiziert für Kinder ab "
                     "6 Monaten.\n",
        "CER.md": "# Clinical Evaluation Report\n\n## Intended purpose\n\nIntended for children "
                  "from 12 months of age.\n",
    })
    hits = _rules(findings, "LA001", "PO001")
    assert hits
    message = " ".join(f.message for f in hits)
    assert "6 months" in message and "0.5 years" not in message


def test_group_left_out_by_a_bound_names_small_ages_readably(tmp_path):
    findings = _dossier(tmp_path, {
        "CER.md": "# Clinical Evaluation Report\n\n## Intended purpose\n\nIntended for neonates, "
                  "infants and children.\n",
        "CEAR.md": "# Clinical Evaluation Assessment Report\n\n## Intended purpose\n\nIntended "
                   "for infants and children from 28 days of age.\n",
    })
    messages = " ".join(f.message for f in _rules(findings, "PO002", "PO001"))
    assert "28 days" in messages
    assert "0.07" not in messages
