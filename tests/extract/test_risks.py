from panelproof.extract.common import ExtractionContext
from panelproof.extract.risks import covered_by, extract
from panelproof.ingest.model import Role
from panelproof.ingest.text import document_from_text


def _risks(md, path="IFU_en.md"):
    doc = document_from_text(md, path, Role.IFU)
    return [(f.value.id, f.value.negated, f.location.quote) for f in extract(doc, ExtractionContext())]


def test_list_items_table_rows_and_prose_in_three_languages():
    md = """# IFU
## 7 Residual risks and side effects
- Barotrauma (< 1 %)
- Ventilator-associated pneumonia
- Dry mouth
Possible complications include infection, haematoma and transient numbness.
## Effets indésirables
- Hématome au point de ponction
- Irritation cutanée
## Nebenwirkungen
| Nebenwirkung | Häufigkeit |
|---|---|
| Hautreizung | selten |
| Juckreiz | gelegentlich |
"""
    ids = [r[0] for r in _risks(md)]
    for expected in ("barotrauma", "ventilator_associated_pneumonia", "text:dry mouth", "infection",
                     "haematoma", "nerve_injury", "skin_irritation", "text:juckreiz"):
        assert expected in ids, (expected, ids)
    # English prose names a haematoma; the French item a puncture-site haematoma, which it covers
    assert ids.count("haematoma") == 1 and "access_site_haematoma" in ids
    assert covered_by("access_site_haematoma", ["haematoma"]) and not covered_by("haematoma", ["access_site_haematoma"])


def test_quotes_are_verbatim_and_frequencies_dropped():
    risks = _risks("# IFU\n## Side effects\n- Air  embolism: rare (0.1 %)\n- Unexplained fatigue (2 %)\n")
    assert ("air_embolism", False, "Air embolism") in risks
    assert ("text:unexplained fatigue", False, "Unexplained fatigue") in risks


def test_negated_risks_are_marked():
    risks = _risks("# CER\n## Complications\nNo cases of thrombosis were observed.\n")
    assert risks == [("thrombosis", True, "thrombosis")]


def test_nothing_outside_risk_sections_and_no_placeholders():
    md = "# IFU\n## Performance\nThe dressing lowers the infection rate.\n## Residual risks\n- None\n- n/a\n"
    assert _risks(md) == []


def test_risk_column_of_a_table_anywhere():
    md = "# SSCP\n## 4 Safety\n| Residual risk | Frequency |\n|---|---|\n| Lead migration | 2.1 % |\n| Loosening | 0.5 % |\n"
    assert [r[0] for r in _risks(md, "SSCP.md")] == ["lead_migration", "loosening"]


def test_death_and_its_synonyms_share_one_id():
    from panelproof.extract.risks import known_risks
    for text in ("30-day mortality was 14.4 %", "Mortalität nach 30 Tagen: 14,4 %",
                 "la mortalité à 30 jours était de 14,4 %", "mortalità a 30 giorni 14,4 %",
                 "mortalidad a 30 días 14,4 %", "sterfte na 30 dagen 14,4 %", "two fatalities",
                 "fatal outcome", "Todesfälle", "décès"):
        assert [r for r, _ in known_risks(text)] == ["death"], text
    for text in ("the mortar was mixed", "Todd paralysis", "mortgage"):
        assert known_risks(text) == [], text


def test_a_pointer_to_the_sscp_or_a_web_address_lists_no_risks():
    risks = _risks("# IFU\n\n## Residual risks & side effects\n\n"
                   "- Access site haematoma\n- Stroke despite filter use\n\n"
                   "The Summary of Safety and Clinical Performance (SSCP) is available in EUDAMED "
                   "(https://ec.europa.eu/tools/eudamed) linked to the Basic UDI-DI.\n\n"
                   "Further information: see www.example-medical.com/safety/risks.\n")
    ids = {risk_id for risk_id, _, _ in risks}
    assert not any("eudamed" in i or "europa" in i or i == "text:tools" for i in ids)
    assert not any("example" in i or i == "text:safety" for i in ids)
    assert len(ids) >= 2  # the listed risks are still read
