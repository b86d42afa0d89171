"""A paragraph under a contraindications heading that is a run of conditions separated by
commas ("Extensive adhesions, active peritonitis, bowel obstruction."), as summaries (SSCP, CEAR)
restate the IFU's list, is read item by item, as a list is; a sentence with a verb, a paragraph
with long clauses, or two items only, stays one unit."""

from __future__ import annotations

import pytest

from panelproof.extract import intended_use
from panelproof.extract.model import FactKind
from panelproof.ingest.model import Role
from panelproof.ingest.text import document_from_text
from panelproof.rules.intended_use.IU002_contraindications_differ import ContraindicationsDiffer
from tests.rules.intended_use_facts import intended_use_facts


def contraindication_ids(paragraph: str, language: str = "en", heading: str = "Contraindications") -> list[str]:
    document = document_from_text(f"# {heading}\n\n{paragraph}\n", f"SSCP_{language}.md",
                                  role=Role.SSCP, language=language)
    found = [f for f in intended_use.extract(document) if f.kind is FactKind.CONTRAINDICATION]
    for fact in found:  # provenance: every quote is verbatim
        assert " ".join(fact.location.quote.split()) in " ".join(document.text.split())
    return [f.value.id for f in found]


@pytest.mark.parametrize(("paragraph", "language", "heading", "expected"), [
    ("Extensive adhesions, active peritonitis or abdominal wall infection, bowel obstruction, "
     "allergy to titanium or silicone.", "en", "Contraindications",
     {"text:extensive adhesions", "text:bowel obstruction"}),
    ("Left atrial thrombus, recent pacemaker implantation, inability to use the reader daily.",
     "en", "Contraindications",
     {"text:left atrial thrombus", "text:inability to use the reader daily"}),
    ("Thrombus auriculaire gauche, occlusion intestinale, adhérences étendues.", "fr",
     "Contre-indications", {"text:occlusion intestinale", "text:adhérences étendues"}),
    ("Darmverschluss, ausgedehnte Verwachsungen, periphere Neuropathie.", "de",
     "Kontraindikationen", {"text:darmverschluss", "text:periphere neuropathie"}),
])
def test_comma_run_of_conditions_is_read_item_by_item(paragraph, language, heading, expected):
    assert expected <= set(contraindication_ids(paragraph, language, heading))


@pytest.mark.parametrize("paragraph", [
    # a sentence: the commas separate clauses, not conditions
    "The device must not be used in patients with adhesions, peritonitis, or bowel obstruction.",
    "Patients with adhesions, peritonitis or obstruction should not be treated, as reported.",
    # items far too long to be one condition each
    "Patients in whom the surgeon judges that the anatomy of the abdominal cavity precludes placement, "
    "patients who previously underwent several laparotomies for unrelated reasons in other hospitals, "
    "obstruction.",
])
def test_sentences_and_long_clauses_stay_one_unit(paragraph):
    ids = contraindication_ids(paragraph)
    assert "text:peritonitis" not in ids and "text:obstruction" not in ids


def test_two_items_are_no_run():
    assert "text:bowel obstruction" not in contraindication_ids("Extensive adhesions, bowel obstruction.")


def test_sscp_run_matches_the_ifu_list():
    items = ["Extensive intra-abdominal adhesions preventing free distribution of the infusate",
             "Active peritonitis or abdominal wall infection", "Bowel obstruction",
             "Neuroma or nerve damage at the intended cuff site precluding stimulation"]
    ifu = "# Contraindications\n\n" + "\n".join(f"- {item}" for item in items) + "\n"
    sscp = ("# Contraindications\n\nExtensive adhesions, active peritonitis or abdominal wall infection, "
            "bowel obstruction, neuroma or nerve damage at the cuff site.\n")
    facts = intended_use_facts({"IFU.md": ifu, "CER.md": ifu, "SSCP.md": sscp})
    assert list(ContraindicationsDiffer().check(facts)) == []


def test_sscp_run_still_shows_a_missing_item():
    items = ["Extensive intra-abdominal adhesions", "Bowel obstruction", "Active peritonitis",
             "Pregnancy"]
    ifu = "# Contraindications\n\n" + "\n".join(f"- {item}" for item in items) + "\n"
    sscp = "# Contraindications\n\nExtensive adhesions, bowel obstruction, active peritonitis.\n"
    facts = intended_use_facts({"IFU.md": ifu, "SSCP.md": sscp})
    assert [f for f in ContraindicationsDiffer().check(facts)]


def item_ids(item: str) -> list[str]:
    document = document_from_text(f"# Contraindications\n\n- {item}\n- Pregnancy\n", "CER.md",
                                  role=Role.CER, language="en")
    return [f.value.id for f in intended_use.extract(document) if f.kind is FactKind.CONTRAINDICATION]


@pytest.mark.parametrize("item", [
    "Not to be applied in the presence of active peritoneal adhesions",
    "Not to be used in active peritoneal adhesions",
    "Is not to be implanted in the presence of active peritoneal adhesions",
    "not to be applied on active peritoneal adhesions",
])
def test_not_to_be_applied_names_the_condition(item):
    assert "text:active peritoneal adhesions" in item_ids(item)


def test_indications_paragraph_is_not_split():
    document = document_from_text(
        "# Indications\n\nPreterm infants born at 24 to 36 weeks, receiving supplemental oxygen, "
        "until discharge from the neonatal unit.\n", "SSCP.md", role=Role.SSCP, language="en")
    ids = [f.value.id for f in intended_use.extract(document) if f.kind is FactKind.INDICATION]
    assert "text:until discharge from the neonatal unit" not in ids
