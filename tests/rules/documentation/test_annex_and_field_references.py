"""DC002: references to the document's own annexes that it does not hold; Word fields that
carry caption numbers and cross-references."""

from __future__ import annotations

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from panelproof.ingest.model import Role
from panelproof.ingest.text import document_from_text
from panelproof.rules.documentation._annexes import dangling_annexes


def _missing(body: str, others: list[str] | None = None, language: str = "en") -> list[str]:
    document = document_from_text(f"# CER\n\n## 1 Results\n\n{body}\n", "CER.md", Role.CER, language)
    return [m.annex for m in dangling_annexes(document, others or [])]


@pytest.mark.parametrize("body, language, annex", [
    ("Detailed results are given in Table 5 of Annex 2.\n\n## Annex 1 – Search protocol\n\nText.", "en", "2"),
    ("The search protocol is provided in Appendix 3.\n\n## Appendices\n\nAppendix A follows.", "en", "3"),
    ("| Literature search | see Annex 2 |\n|---|---|\n| Appraisal | done |\n\n## 9 Annexes\n\nNone yet.", "en", "2"),
    ("- Device description (see annex 4)\n\n## Annex 1: Device drawings\n\nDrawings.", "en", "4"),
    ("Les résultats détaillés figurent dans le tableau 5 de l'annexe 2.\n\n## Annexe 1 – Recherche\n\nTexte.", "fr", "2"),
    ("Die Suchstrategie ist in Anhang 2 beschrieben.\n\n## 12 Anhänge\n\nText.", "de", "2"),
    ("Il protocollo di ricerca è riportato nell'Allegato 2.\n\n## Allegato 1 – Ricerca\n\nTesto.", "it", "2"),
    ("El protocolo de búsqueda figura en el Anexo 2.\n\n## Anexos\n\nTexto.", "es", "2"),
    ("## Annex 1 – Literature search\n\nThe appraisal is shown in Annex 2.", "en", "2"),
])
def test_reference_to_an_annex_the_document_lacks(body, language, annex):
    assert _missing(body, language=language) == [annex]


@pytest.mark.parametrize("body, language, annex", [
    ("Detailed results are given in Table 5 of Annex 2.", "en", "2"),
    ("The adverse events per visit are listed in Figure 3 in Appendix 1.", "en", "1"),
    ("Die Ergebnisse je Visite stehen in Tabelle 4 in Anhang 2.", "de", "2"),
])
def test_a_numbered_table_or_figure_in_an_annex_must_resolve_even_without_annex_sections(
        body, language, annex):
    """"Table 5 of Annex 2" is a cross-reference to a precise element; a report without annexes
    of its own and no such file in the dossier leaves it dangling."""
    assert _missing(body, language=language) == [annex]
    assert _missing(body, ["CER_Annex_2_and_Appendix_1.pdf"], language=language) == []


@pytest.mark.parametrize("body, language", [
    ("Appraisal forms: Appendix 4; search strings and flow diagram: Appendix 1.", "en"),
    ("| Item | Location |\n|---|---|\n| Search protocol | Annex 1 |\n| Appraisal sheets | Annex 3 |", "en"),
    ("Les grilles d'évaluation sont jointes en annexe 3.", "fr"),
    ("Bewertungsbögen: siehe Anlage 2.", "de"),
])
def test_annexes_of_a_document_without_annex_sections_are_attachments(body, language):
    """A report that holds no annex of its own keeps them as separate attachments."""
    assert _missing(body, language=language) == []


@pytest.mark.parametrize("body, others", [
    ("See Annex 2.\n\n## Annex 2 – Literature search protocol\n\nProtocol text.", []),
    ("See Annex 2.\n\n## 10.2 Annex 2: Appraisal tables\n\nText.", []),
    ("See Annex 2.\n\n| Annex | Title |\n|---|---|\n| Annex 1 | Search |\n| Annex 2 | Appraisal |", []),
    ("See Annex 2.\n\n## Annexes\n\nListed below.", ["CER_Annex_2_literature_search.pdf"]),
    ("Risk management follows ISO 14971:2019 Annex C.\n\n## Annexes\n\nText.", []),
    ("Equivalence is assessed per Annex 1 of MDCG 2020-5.\n\n## Annexes\n\nText.", []),
    ("The criteria of MDCG 2020-13, Annex 2 were applied.\n\n## Annexes\n\nText.", []),
    ("The plan follows MDR Annex XIV Part B.", []),
    ("Acceptance criteria are listed in Annex 2 of the PMCF plan.\n\n## Annexes\n\nText.", []),
    ("See the CEP Annex 3 for the search strategy.\n\n## Annexes\n\nText.", []),
    ("In Smith et al. (2019), appendix 2 lists the adverse events.\n\n## Appendices\n\nText.", []),
    ("See Annex B for the search strings.\n\n## Annex 1 – Search\n\nText.", []),
])
def test_annexes_held_elsewhere_or_of_other_works_are_not_reported(body, others):
    assert _missing(body, others) == []


def _caption_field(paragraph, number: int) -> None:
    paragraph._p.append(parse_xml(
        f'<w:fldSimple {nsdecls("w")} w:instr=" SEQ Table \\* ARABIC "><w:r><w:t>{number}</w:t>'
        f'</w:r></w:fldSimple>'))


def test_word_fields_keep_caption_numbers_and_cross_references(tmp_path):
    from panelproof.pipeline import run_check

    d = docx.Document()
    d.add_heading("2 Clinical data", 1)
    for n in (1, 2):
        caption = d.add_paragraph(style="Caption")
        caption.add_run("Table ")
        _caption_field(caption, n)
        caption.add_run(": Included studies")
        table = d.add_table(rows=2, cols=2)
        table.cell(0, 0).text, table.cell(1, 0).text = "Study", "Smith 2019"
    p = d.add_paragraph("The results are summarised in ")
    p._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" REF _Ref5 \\h "><w:r>'
                          f'<w:t>Table 5</w:t></w:r></w:fldSimple>'))
    p.add_run("; Table 2 lists the adverse events.")
    d.save(tmp_path / "CER.docx")
    result = run_check([tmp_path])
    found = [f for f in result.findings if f.rule == "DC002"]
    assert len(found) == 1
    assert "table 5" in found[0].message and "tables 1–2" in found[0].message
