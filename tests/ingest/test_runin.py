"""Run-in headings: a section title at the start of a paragraph or list item."""

from __future__ import annotations

import pytest

from panelproof.ingest import read_document
from panelproof.ingest.model import Block, BlockKind
from panelproof.ingest.runin import run_in_split, split_run_in_headings
from panelproof.ingest.text import document_from_text, parse_plain_text

SPLIT = [
    ("3. Intended use The Xyz system is intended to deliver insulin.", "3. Intended use"),
    ("2. Study design Prospective multicentre registry in 8 centres.", "2. Study design"),
    ("4. Schedule First patient in 05/2025; last patient in 02/2027.", "4. Schedule"),
    ("1. Identification Manufacturer: Acme GmbH, Basic UDI-DI 4051234.", "1. Identification"),
    ("5. Alarms The console gives alarms for occlusion.", "5. Alarms"),
    ("2.1 Contraindications None known.", "2.1 Contraindications"),
    ("IV. TARGET POPULATION Adults with COPD.", "IV. TARGET POPULATION"),
    ("II. DEVICE DESCRIPTION The pump has a console and a set.", "II. DEVICE DESCRIPTION"),
    ("Chapter 3 – Intended purpose and population Continuous infusion of fluids.",
     "Chapter 3 – Intended purpose and population"),
    ("Objectives a) Confirm the rate. b) Evaluate the events.", "Objectives"),
    ("Method Prospective registry REG-X in 10 European centres.", "Method"),
    ("Sample size 300 children: to estimate the rate.", "Sample size"),
    ("Timeline 2025-2027 enrolment; last visit 2032; report each year.", "Timeline"),
    ("Design and population Prospective observational registry.", "Design and population"),
    ("Population and setting Women at term in labour wards.", "Population and setting"),
    ("Sample size and statistics 200 patients give 80 % power.", "Sample size and statistics"),
    ("Objectifs a) Confirmer le taux. b) Évaluer les événements.", "Objectifs"),
    ("Taille de l'échantillon 300 patients pour estimer le taux.", "Taille de l'échantillon"),
    ("Zweckbestimmung Das System dient der Infusion.", "Zweckbestimmung"),
    ("Fallzahl 200 Patienten, um die Rate zu schätzen.", "Fallzahl"),
    ("Tamaño muestral 300 pacientes para estimar la tasa.", "Tamaño muestral"),
    ("Obiettivi Confermare il tasso di allarmi.", "Obiettivi"),
    ("Destinazione d'uso Il sistema è destinato all'infusione.", "Destinazione d'uso"),
    ("Steekproefgrootte 250 patiënten om de frequentie te schatten.", "Steekproefgrootte"),
    ("Capítulo 2 – Finalidad prevista El sistema está destinado a la infusión.",
     "Capítulo 2 – Finalidad prevista"),
    ("Chapter 5 – Clinical data", "Chapter 5 – Clinical data"),
    ("1. Objectives", "1. Objectives"),
]

NOT_SPLIT = [
    # an all-caps trade name after a list number, with or without a hyphenated suffix
    "1. HELIX-EU pivotal investigation (CIV-22-04), single-arm, 14 sites.",
    "2. AEROX The pump was implanted in 40 patients.",
    "Contraindications, warnings (contraception, cancer exclusion) and side effects agree with the CER.",
    "PMCF PLAN – TUBAFLEX – TBF-PMCF-02 rev. 1 – 20/07/2024",
    "Design of the study was prospective and multicentre.",
    "Population data show that the rate is low.",
    "Methods were described in the protocol.",
    "The objectives are to confirm the rate.",
    "Sample size was 300 patients.",
    "Timeline is tight for the registry.",
    "Indications for use include chronic wounds.",
    "Scope of this plan is the pump.",
    "3 kg body weight is the minimum.",
    "Population-based registries Were consulted.",
    "I think Design The study is good.",
    "In the Objectives Section we list aims.",
    "II. The device is a pump.",
]


@pytest.mark.parametrize("text,heading", SPLIT)
def test_run_in_heading_is_found(text: str, heading: str) -> None:
    where = run_in_split(text)
    assert where is not None
    assert text[:where[0]] == heading


@pytest.mark.parametrize("text", NOT_SPLIT)
def test_sentence_opening_with_a_title_word_is_no_heading(text: str) -> None:
    assert run_in_split(text) is None


def test_split_blocks_are_verbatim_substrings_with_the_section_below() -> None:
    text = ("# PMCF plan – Xyz\n\nObjectives a) Confirm the rate of occlusion. b) Evaluate free-flow.\n\n"
            "Sample size 300 children: to estimate the rate.\n\nTimeline 2025-2027 enrolment.\n")
    document = document_from_text(text, "PMCF_plan.md")
    kinds = [(b.kind, b.text) for b in document.blocks]
    assert (BlockKind.HEADING, "Objectives") in kinds
    assert (BlockKind.HEADING, "Sample size") in kinds
    timeline = next(b for b in document.blocks if b.text.startswith("2025-2027"))
    assert timeline.heading_path == ("PMCF plan – Xyz", "Timeline")
    sample = next(b for b in document.blocks if b.text.startswith("300 children"))
    assert sample.heading_path[-1] == "Sample size"  # a sibling label, not a child of Objectives
    for block in document.blocks:
        assert block.text in text
        assert block.full_quote in text


def test_lone_title_heads_the_list_below_but_a_list_of_titles_does_not() -> None:
    blocks = parse_plain_text("Objectives\n\n- Confirm the rate of occlusion.\n- Evaluate free-flow.\n")
    split = split_run_in_headings(blocks)
    assert split[0].kind is BlockKind.HEADING and split[0].text == "Objectives"
    assert split[1].heading_path == ("Objectives",)
    contents = [Block(BlockKind.LIST_ITEM, t) for t in ("Objectives", "Methods", "Timeline")]
    assert [b.kind for b in split_run_in_headings(contents)[:2]] == [BlockKind.LIST_ITEM] * 2
    listed = [Block(BlockKind.LIST_ITEM, t) for t in ("Indications", "Warnings", "Cleaning the pump")]
    assert all(b.kind is BlockKind.LIST_ITEM for b in split_run_in_headings(listed))


def test_table_rows_are_never_split() -> None:
    row = Block(BlockKind.TABLE_ROW, "Sample size | 300 Patients", cells=("Sample size", "300 Patients"))
    assert split_run_in_headings([row]) == [row]


def test_numbered_run_in_heading_keeps_its_level_among_numbered_headings() -> None:
    text = "1 Identification\nAcme pump.\n\n2. Intended use The pump is intended for infusion.\n"
    blocks = split_run_in_headings(parse_plain_text(text))
    heading = next(b for b in blocks if b.text == "2. Intended use")
    assert heading.level == 1 and heading.heading_path == ()
    body = next(b for b in blocks if b.text.startswith("The pump"))
    assert body.heading_path == ("2. Intended use",)


def test_docx_paragraphs_without_heading_styles(tmp_path) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("Summary of safety and clinical performance", style="Title")
    document.add_paragraph("Chapter 5 – Clinical data")
    document.add_paragraph("The registry enrolled 412 patients in 9 centres.")
    document.add_paragraph("Contraindications Patients with a known allergy to nickel.")
    path = tmp_path / "SSCP.docx"
    document.save(path)
    read = read_document(path, "SSCP.docx")
    headings = [b.text for b in read.blocks if b.kind is BlockKind.HEADING]
    assert "Chapter 5 – Clinical data" in headings and "Contraindications" in headings
    allergy = next(b for b in read.blocks if b.text.startswith("Patients with"))
    assert allergy.section == "Contraindications"


def test_title_block_ending_with_a_section_title() -> None:
    title = Block(BlockKind.HEADING, "PMCF PLAN – Xyz – ref PP-1 rev. 1 – 20/07/2024\nObjectives",
                  page=1, level=1)
    body = Block(BlockKind.LIST_ITEM, "Confirm the rate of occlusion.", page=1,
                 heading_path=(title.text,))
    blocks = split_run_in_headings([title, body])
    assert [b.text for b in blocks[:2]] == ["PMCF PLAN – Xyz – ref PP-1 rev. 1 – 20/07/2024",
                                            "Objectives"]
    assert blocks[1].level == 2 and blocks[1].page == 1
    assert blocks[2].heading_path == ("PMCF PLAN – Xyz – ref PP-1 rev. 1 – 20/07/2024", "Objectives")
    two_lines = Block(BlockKind.HEADING, "Clinical Evaluation Report\nInfusomat Z", level=1)
    assert split_run_in_headings([two_lines]) == [two_lines]


def test_paragraph_ending_with_a_section_title_line() -> None:
    # a PDF title set in body type: the reader joins the next line's heading to it
    title = Block(BlockKind.PARAGRAPH, "PMCF PLAN – Xyz – ref PP-1 rev. 1 – 20/07/2024\nObjectives",
                  page=1)
    body = Block(BlockKind.LIST_ITEM, "Confirm the rate of occlusion.", page=1)
    blocks = split_run_in_headings([title, body])
    assert [(b.kind, b.text) for b in blocks] == [
        (BlockKind.PARAGRAPH, "PMCF PLAN – Xyz – ref PP-1 rev. 1 – 20/07/2024"),
        (BlockKind.HEADING, "Objectives"),
        (BlockKind.LIST_ITEM, "Confirm the rate of occlusion.")]
    assert blocks[2].heading_path == ("Objectives",)
    # a sentence that goes on over the line break keeps its last word
    sentence = Block(BlockKind.PARAGRAPH, "The risks are described in the section on\nWarnings",
                     page=1)
    assert split_run_in_headings([sentence, body]) == [sentence, body]


def test_a_lists_own_numbers_are_no_run_in_headings() -> None:
    # "3. Post-market follow-up: ..." is item 3 of a list under "7.", not a section 3
    blocks = [Block(BlockKind.HEADING, "7. Clinical development plan", level=1),
              Block(BlockKind.LIST_ITEM, "1. Pivotal investigation in 14 sites."),
              Block(BlockKind.LIST_ITEM, "2. Systematic literature review."),
              Block(BlockKind.LIST_ITEM, "3. Post-market clinical follow-up: continued follow-up "
                                         "of the cohort to 24 months."),
              Block(BlockKind.HEADING, "8. Literature review method", level=1)]
    assert [b.kind for b in split_run_in_headings(blocks)] == [b.kind for b in blocks]
    # while the next section number after "7." opens section 8
    blocks[3] = Block(BlockKind.LIST_ITEM, "8. Timeline First patient in 05/2025; report 09/2027.")
    split = split_run_in_headings(blocks[:4])
    assert [b.text for b in split if b.kind is BlockKind.HEADING] == [
        "7. Clinical development plan", "8. Timeline"]


def test_the_first_block_is_the_documents_title() -> None:
    title = Block(BlockKind.PARAGRAPH, "PMCF Plan MT-01 – Xyz Cervical Ripening Catheter – rev. 01")
    body = Block(BlockKind.LIST_ITEM, "Rate of vaginal delivery within 24 h.")
    assert split_run_in_headings([title, body]) == [title, body]
