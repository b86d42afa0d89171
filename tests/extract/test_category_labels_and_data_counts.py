"""An item of an indications or contraindications list that opens with a grouping label
("Cardiac: unstable angina, ...") stays an item of that list; a group named with a count of
persons or as the group some data are for ("a trial with 38 children", "data for infants") is a
sample of the evidence, not the intended population."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.extract import intended_use
from panelproof.extract.common import ExtractionContext
from panelproof.extract.model import FactKind
from panelproof.extract.population import is_population_sentence
from panelproof.ingest.model import Role
from panelproof.ingest.text import document_from_text
from panelproof.pipeline import run_check


def _indications(text: str) -> set[str]:
    document = document_from_text(text, "IFU_EN.md", Role.IFU)
    return {str(f.value).lower() for f in intended_use.extract(document, ExtractionContext())
            if f.kind is FactKind.INDICATION}


@pytest.mark.parametrize(("item", "expected"), [
    ("- Acute injuries: second-degree burns, skin graft donor areas", "burns"),
    ("- 2) Joint disorders: rheumatoid arthritis, osteoarthritis of the knee", "osteoarthritis"),
    ("- Retinal disease: diabetic macular oedema", "retinal disease"),
])
def test_grouping_label_keeps_item_in_indications(item, expected):
    text = f"# IFU – Veltra\n\n## Indications\n\n- Chronic venous leg ulcers\n{item}\n"
    found = _indications(text)
    assert any(expected in value for value in found), found


def test_note_label_in_indication_list_is_not_an_indication():
    text = ("# IFU – Veltra\n\n## Indications\n\n- Chronic venous leg ulcers\n"
            "- Note: change the dressing every three days\n")
    assert not any("dressing" in value for value in _indications(text))


@pytest.mark.parametrize("sentence", [
    "2 | Clinical data | Evidence for both wound types and for the children | Trial VX-02 with 27 children | Adequate | Closed",
    "The registry provides data on elderly and paediatric patients.",
    "Die Studie mit 40 Kindern zeigte keine Komplikationen.",
    "Une série avec 25 enfants a été évaluée.",
    "Ensayo con 31 niños sin complicaciones.",
])
def test_data_for_a_group_and_counts_state_no_population(sentence):
    document = document_from_text(f"# Assessment of the evaluation\n\n{sentence}\n", "CEAR.md",
                                  role=Role.CEAR)
    block = next(b for b in document.blocks if sentence[:10] in b.text)
    assert not is_population_sentence(block, sentence, Role.CEAR)


@pytest.mark.parametrize("sentence", [
    "The dressing is intended for adults and children from 2 years.",
    "Target population: adults and children with chronic wounds.",
])
def test_intended_population_still_counts(sentence):
    document = document_from_text(f"# Intended purpose\n\n{sentence}\n", "CER.md", role=Role.CER)
    block = next(b for b in document.blocks if sentence[:10] in b.text)
    assert is_population_sentence(block, sentence, Role.CER)


def _run(tmp_path: Path, files: dict[str, str], rules: set[str]):
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return [f for f in run_check([tmp_path], workers=1, select=rules).findings if f.rule in rules]


def test_iu001_and_po002_silent_on_grouped_items_and_data_counts(tmp_path):
    findings = _run(tmp_path, {
        "CEP.md": "# Clinical Evaluation Plan – Veltra Foam\n\n## Indications\n\n"
                  "- Venous leg ulcers and pressure ulcers\n"
                  "- Acute injuries: second-degree burns, skin graft donor areas\n\n"
                  "## Target population\n\nAdults and children from 2 years.\n",
        "IFU_EN.md": "# Instructions for use – Veltra Foam\n\n## Indications\n\n"
                     "- (1) Venous leg ulcers and pressure ulcers\n"
                     "- (2) Acute injuries：second-degree burns, skin graft donor areas\n\n"
                     "## Target population\n\nAdults and children from 2 years.\n",
        "CEAR.md": "# Clinical Evaluation Assessment Report – Veltra Foam\n\n"
                   "## Assessment of the clinical evaluation\n\n"
                   "The reviewer found the evidence for both wound types and for children "
                   "adequate, with 27 children treated in VX-02.\n",
    }, {"IU001", "PO002"})
    assert not findings, [f.message for f in findings]


def test_iu001_still_reports_an_indication_one_document_lacks(tmp_path):
    findings = _run(tmp_path, {
        "CEP.md": "# Clinical Evaluation Plan – Veltra Foam\n\n## Indications\n\n"
                  "- Chronic wounds: venous leg ulcers, pressure ulcers\n",
        "IFU_EN.md": "# Instructions for use – Veltra Foam\n\n## Indications\n\n"
                     "- Chronic wounds: venous leg ulcers, pressure ulcers\n"
                     "- Acute injuries: second-degree burns, skin graft donor areas\n",
    }, {"IU001"})
    assert findings


@pytest.mark.parametrize("sentence", [
    "R-2 (recommendation): report infants separately in the PMCF evaluation report.",
    "Analyse the neonatal cases separately at the next update.",
    "Säuglinge gesondert im PMCF-Bericht auswerten.",
])
def test_group_to_report_separately_states_no_population(sentence):
    document = document_from_text(f"# Recommendations\n\n{sentence}\n", "CEAR.md", role=Role.CEAR)
    block = next(b for b in document.blocks if sentence[:10] in b.text)
    assert not is_population_sentence(block, sentence, Role.CEAR)


# --- LA001: a group one version names, which the other admits by its own bounds -------------

def _la001(tmp_path: Path, files: dict[str, str]) -> list:
    return [f for f in _run(tmp_path, files, {"LA001"}) if "population groups" in f.message]


@pytest.mark.parametrize(("name", "text"), [
    ("IFU_de.md", "# Gebrauchsanweisung\n\n## Zielpopulation\n\nErwachsene und Kinder ab Geburt "
                  "(Körpergewicht ab 3 kg).\n"),
    ("IFU_fr.md", "# Notice d'utilisation\n\n## Population cible\n\nAdultes et enfants dès la "
                  "naissance (poids à partir de 3 kg).\n"),
])
def test_la001_silent_when_translation_admits_the_named_group_by_its_bounds(tmp_path, name, text):
    en = ("# Instructions for use\n\n## Target population\n\nAdults and children from newborn "
          "(body weight from 3 kg).\n")
    assert not _la001(tmp_path, {"IFU_en.md": en, name: text})


def test_la001_still_reports_a_group_outside_the_translation_bounds(tmp_path):
    en = ("# Instructions for use\n\n## Target population\n\nAdults and children from newborn "
          "(body weight from 3 kg).\n")
    de = "# Gebrauchsanweisung\n\n## Zielpopulation\n\nErwachsene und Kinder ab 6 Jahren.\n"
    assert _la001(tmp_path, {"IFU_en.md": en, "IFU_de.md": de})


# --- an acute or chronic infection of the site is the infection contraindication, in every language

@pytest.mark.parametrize(("language", "heading", "item"), [
    ("en", "Contraindications", "Acute or chronic infection of the tear ducts"),
    ("fr", "Contre-indications", "Infection aiguë ou chronique de la paupière"),
    ("de", "Kontraindikationen", "Akute oder chronische Infektion im Bereich des Ohrs"),
    ("it", "Controindicazioni", "Infezione acuta o cronica della sede di impianto"),
    ("sv", "Kontraindikationer", "Akut eller kronisk infektion i tårkanalerna"),
    ("fi", "Vasta-aiheet", "Kyynelkanavan akuutti tai krooninen infektio"),
])
def test_acute_or_chronic_infection_is_the_site_infection_concept(language, heading, item):
    document = document_from_text(f"# IFU\n\n## {heading}\n\n- {item}\n", f"IFU_{language}.md", Role.IFU)
    ids = {f.value.id for f in intended_use.extract(document, ExtractionContext())
           if f.kind is FactKind.CONTRAINDICATION}
    assert "implant_site_infection" in ids, ids


# --- a prohibition before the use it forbids excludes that use -------------------------------

@pytest.mark.parametrize(("item", "interface"), [
    ("It is forbidden to use the product for enteral feeding", "enteral"),
    ("It is prohibited to use the pump for epidural infusion", "epidural"),
    ("Il est interdit d'utiliser la pompe pour l'alimentation entérale", "enteral"),
])
def test_forbidden_use_is_an_excluded_interface(item, interface):
    language = "fr" if "interdit" in item else "en"
    heading = "Contre-indications" if language == "fr" else "Contraindications"
    document = document_from_text(f"# IFU\n\n## {heading}\n\n- {item}\n", f"IFU_{language}.md", Role.IFU)
    interfaces = [f.value for f in intended_use.extract(document, ExtractionContext())
                  if f.kind is FactKind.INTERFACE and f.value.id == interface]
    assert interfaces and all(v.negated for v in interfaces)
