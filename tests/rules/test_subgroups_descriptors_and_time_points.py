"""Four readings that raised false majors on clean dossiers: a subgroup of the evidence or a group sent to another
device is not the intended population (PO002); a technology abbreviation after the trade name
and a brand described generically beside its only model are one device (ID001); a bare "planned"
is no elective qualifier in one language only (LA001); a rate's time point written after it in
abbreviated form, and a follow-up duration before the outcome, are read as such (CL005)."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.extract.population import find_groups, is_population_sentence
from panelproof.ingest.model import Block, BlockKind, Role
from panelproof.ingest.text import document_from_text
from panelproof.pipeline import run_check


def _run(tmp_path: Path, files: dict[str, str], rules: set[str]):
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return [f for f in run_check([tmp_path], workers=1, select=rules).findings if f.rule in rules]


# --- PO002: subgroups of the data, groups sent to another device ------------------------------

@pytest.mark.parametrize("sentence", [
    "The neonatal subgroup of the registry (9 patients) is too small to conclude.",
    "Requirement: MDR Art. 61(1), paediatric clinical data.",
    "Data from the adolescent cohort remain limited; the PMCF study will add 40 cases.",
    "In der Untergruppe der Kinder traten keine Komplikationen auf.",
    "Le sous-groupe des enfants compte 14 patients.",
    "El subgrupo de niños incluyó 11 pacientes.",
])
def test_subgroup_remarks_state_no_population(sentence):
    document = document_from_text(f"# Assessment\n\n{sentence}\n", "CEAR.md", role=Role.CEAR)
    block = next(b for b in document.blocks if sentence[:12] in b.text)
    assert not is_population_sentence(block, sentence, Role.CEAR)


@pytest.mark.parametrize("sentence", [
    "The device is intended for adults and children from 6 years.",
    "Intended for paediatric and adult patients weighing at least 10 kg.",
])
def test_population_statements_still_count(sentence):
    document = document_from_text(f"# Intended purpose\n\n{sentence}\n", "CER.md", role=Role.CER)
    block = next(b for b in document.blocks if sentence[:12] in b.text)
    assert is_population_sentence(block, sentence, Role.CER)


@pytest.mark.parametrize(("sentence", "excluded"), [
    ("Younger infants require a dedicated neonatal mask.", "infants"),
    ("Small children need the paediatric version of the cannula.", "children"),
    ("Kinder unter 25 kg benötigen eine eigene pädiatrische Manschette.", "children"),
    ("Les nourrissons nécessitent un capteur néonatal dédié.", "infants"),
])
def test_group_sent_to_another_device_is_excluded(sentence, excluded):
    found = find_groups(sentence)
    assert [(gid, negated) for _, _, gid, negated in found] == [(excluded, True)]


def test_group_needing_care_is_not_excluded():
    assert [(g, n) for _, _, g, n in find_groups("Neonates need close supervision during use.")] \
        == [("neonates", False)]


def test_po002_silent_on_cear_subgroup_remark_and_referral(tmp_path):
    findings = _run(tmp_path, {
        "CER.md": "# Clinical Evaluation Report – Nephra Line\n\n## Intended patients\n\n"
                  "Adults and adolescents weighing 35 kg or more. Lighter children require a smaller "
                  "catheter size that is not part of this product range.\n",
        "IFU_en.md": "# Instructions for use – Nephra Line\n\n## Patient population\n\n"
                     "Adults and adolescents with a body weight of 35 kg or more.\n",
        "CEAR.md": "# Clinical Evaluation Assessment Report – Nephra Line\n\n## Intended purpose\n\n"
                   "The device is intended for adults and adolescents of at least 35 kg.\n\n"
                   "## Deficiencies\n\nItem 2: the paediatric subgroup (7 children) is small; the PMCF "
                   "plan targets 30 further paediatric cases. Closed.\n",
    }, {"PO002"})
    assert not findings


def test_po002_still_reports_children_against_adults_only(tmp_path):
    findings = _run(tmp_path, {
        "CER.md": "# Clinical Evaluation Report – Nephra Line\n\n## Intended patients\n\n"
                  "The device is intended for adults and children.\n",
        "CEAR.md": "# Clinical Evaluation Assessment Report – Nephra Line\n\n## Intended purpose\n\n"
                   "The device is intended for adults only.\n",
    }, {"PO002"})
    assert findings


# --- ID001: technology abbreviations, a brand described beside its only model -----------------

def test_technology_abbreviation_is_a_descriptor():
    from panelproof.rules.identity.ID001_device_name_differs import descriptor_base
    assert descriptor_base("Somnex Pro HIFU", ["Somnex Pro"]) == "Somnex Pro"
    assert descriptor_base("Dermalux IPL", ["Dermalux"]) == "Dermalux"
    assert descriptor_base("Dermalux X2", ["Dermalux"]) is None


def test_brand_description_and_single_model_pair():
    from panelproof.rules.identity.ID001_device_name_differs import described_and_single_model
    generic = lambda word: True  # noqa: E731
    assert described_and_single_model(["Lumora L3", "Lumora Pain Stimulator"], generic) \
        == [("Lumora Pain Stimulator", "Lumora L3")]
    # two models: the description names a family, not one device
    assert described_and_single_model(
        ["Lumora L3", "Lumora L5", "Lumora Pain Stimulator"], generic) == []


def test_id001_silent_on_technology_word_and_described_brand(tmp_path):
    findings = _run(tmp_path, {
        "CER.md": "# Clinical Evaluation Report – Sinora Flow\n\nThe Sinora Flow is a bipolar device for "
                  "nasal tissue reduction.\n",
        "IFU_en.md": "# Instructions for use – Sinora Flow\n\nThe Sinora Flow delivers energy to the tissue.\n",
        "CEAR.md": "# Clinical Evaluation Assessment Report\n\n| Device | Sinora Flow RF tissue reduction "
                   "system |\n|---|---|\n",
    }, {"ID001"})
    assert not [f for f in findings if f.severity.value == "major"]


def test_id001_still_reports_another_model_code(tmp_path):
    findings = _run(tmp_path, {
        "CER.md": "# Clinical Evaluation Report – Sinora Flow 2\n\nThe Sinora Flow 2 is a bipolar device.\n",
        "IFU_en.md": "# Instructions for use – Sinora Flow 3\n\nThe Sinora Flow 3 delivers energy.\n",
    }, {"ID001"})
    assert findings


# --- CL005: time points written after the rate, follow-up durations before the outcome --------

@pytest.mark.parametrize(("text", "expected"), [
    ("Technique survival 92 % (1 y), 80 % (3 y), 70 % (6 y)", [("1y", 92.0), ("3y", 80.0), ("6y", 70.0)]),
    ("Überleben 90 % (1 J.), 75 % (5 J.)", [("1y", 90.0), ("5y", 75.0)]),
    ("Overleving 88 % (2 jaar)", [("2y", 88.0)]),
    ("6-week survival 97 %", [("6w", 97.0)]),
    ("median 18 months, max 4 years Pump survival 91 %", [(None, 91.0)]),
])
def test_rate_time_points(text, expected):
    from panelproof.rules.claim.CL005_claim_contradicts_results import figures
    assert [(f.time, f.value) for f in figures(text)] == expected


def test_cl005_silent_when_rates_follow_their_time_points(tmp_path):
    findings = _run(tmp_path, {
        "CER.md": "# Clinical Evaluation Report – Pumex\n\n## Clinical data\n\n"
                  "| Source | Design | Patients | Follow-up | Results |\n|---|---|---|---|---|\n"
                  "| Nordic registry | Registry | 640 pumps | median 30 months, max 6 years | "
                  "Pump survival 93 % (1 y), 84 % (3 y), 72 % (6 y) |\n",
        "SSCP.md": "# Summary of safety and clinical performance – Pumex\n\n## Clinical data\n\n"
                   "Registry (640 pumps, up to 6 years): 6-year survival 72 %.\n",
    }, {"CL005"})
    assert not findings


# --- LA001: a bare "planned" is not the elective qualifier of one language only ----------------

def test_la001_silent_when_dutch_says_planned(tmp_path):
    findings = _run(tmp_path, {
        "IFU_en.md": "# Instructions for use – Vesca Scope\n\n## Contraindications\n\n"
                     "- Untreated coagulopathy, if a biopsy is planned\n- Active urinary tract infection\n",
        "IFU_nl.md": "# Gebruiksaanwijzing – Vesca Scope\n\n## Contra-indicaties\n\n"
                     "- Onbehandelde coagulopathie, indien een biopsie gepland is\n"
                     "- Actieve urineweginfectie\n",
    }, {"LA001"})
    assert not findings


def test_one_word_after_brand_is_a_product_line_not_a_description():
    from panelproof.rules.identity.ID001_device_name_differs import described_and_single_model
    assert described_and_single_model(["Lumora Flow", "Lumora SX"], lambda word: True) == []


@pytest.mark.parametrize("sentence", [
    "Children 6–17 years included in RS-01.",
    "Q 2.2 | Is the target population covered by clinical data? | Yes | Each sensor size has its own accuracy data, including infants below 1 kg.",
    "Adolescents were enrolled in the pivotal study and in the PMCF registry.",
    "Kinder wurden in die klinische Studie eingeschlossen.",
])
def test_a_group_said_to_be_in_the_data_is_not_the_population(sentence):
    assert not is_population_sentence(Block(kind=BlockKind.PARAGRAPH, text=sentence), sentence, Role.CEAR)


@pytest.mark.parametrize("sentence", [
    "Children 6–17 years are included in the intended population.",
    "The device is intended for adults and children from 6 years of age.",
])
def test_a_group_included_in_the_intended_population_stays(sentence):
    assert is_population_sentence(Block(kind=BlockKind.PARAGRAPH, text=sentence), sentence, Role.CEAR)
