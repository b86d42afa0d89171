import pytest

from panelproof.extract.claims import analyse, extract
from panelproof.extract.common import ExtractionContext
from panelproof.ingest.model import Role
from panelproof.ingest.text import document_from_text

CLAIMS = [
    ("The device reduces healing time by 30 % [12].", ("[12]",), False),
    ("WoundPad accelerates healing of chronic wounds (Smith et al., 2020).", ("(Smith et al., 2020)",), False),
    ("Treatment decreases mortality in ARDS (ref. 4).", ("(ref. 4)",), False),
    ("The dressing is superior to gauze, see Table 5.", ("see Table 5",), False),
    ("OzoCare eliminates 99.9 % of bacteria.", (), True),
    ("The system is safe and effective.", (), False),
    ("It has no side effects.", (), True),
    ("Wounds heal twice as fast as with gauze.", (), True),
    ("Suitable for all wound types.", (), True),
    ("Le pansement réduit le temps de cicatrisation (Dupont et al., 2019).", ("(Dupont et al., 2019)",), False),
    ("Le dispositif améliore la qualité de vie des patients.", (), False),
    ("Das Produkt verbessert die Wundheilung signifikant [3].", ("[3]",), False),
    ("Die Beatmung reduziert die Liegedauer auf der Intensivstation.", (), False),
]
NOT_CLAIMS = [
    "The aim of this study was to assess whether the dressing reduces pain.",
    "The objective is to evaluate whether the implant improves stability.",
    "The dressing does not reduce infection rates.",
    "Le dispositif ne réduit pas la douleur.",
    "Das Produkt verbessert die Heilung nicht.",
    "Does the device reduce pain?",
    "The dressing may reduce pain in some patients.",
    "Results suggest that ozone improves healing.",
    "The device weighs 4 kg.",
    "Clinical benefits",
]


@pytest.mark.parametrize(("text", "cites", "absolute"), CLAIMS)
def test_claims_are_recognised_with_citations(text, cites, absolute):
    claim = analyse(text, verbatim=text)
    assert claim is not None
    assert claim.citations == cites
    assert claim.absolute is absolute


@pytest.mark.parametrize("text", NOT_CLAIMS)
def test_non_claims_are_ignored(text):
    assert analyse(text, verbatim=text) is None


def test_superscript_reference_read_from_verbatim_text():
    text = "Das Produkt verbessert die Wundheilung¹²."
    assert analyse(text, verbatim=text).citations == ("12",)


def test_red_flag_by_concept_with_subject_in_document():
    assert analyse("PEEP lowers ICP in head injury.").red_flag == "ventilation_reduces_icp"
    assert analyse("The device reduces intracranial pressure.").red_flag is None
    assert analyse("The device reduces intracranial pressure.",
                   subject_context="a ventilator for invasive ventilation").red_flag == "ventilation_reduces_icp"
    assert analyse("Ozone disinfects wounds without any tissue damage.").red_flag == "ozone_without_tissue_damage"


def test_extractor_skips_literature_tables_and_risk_sections_and_quotes_verbatim():
    md = """# CER
## Clinical data
| Reference | Population | Result |
|---|---|---|
| [1] Smith 2020 | 40 adults | dressing reduces pain |
## Residual risks
Measures reduce the risk of infection.
## Clinical benefits
The dressing  reduces pain [1].
| Claim | Evidence |
|---|---|
| Faster healing than gauze | [2] |
"""
    doc = document_from_text(md, "CER.md", Role.CER)
    facts = list(extract(doc, ExtractionContext()))
    quotes = [f.location.quote for f in facts]
    assert "The dressing reduces pain [1]." in quotes
    assert any("Faster healing than gauze" in q for q in quotes)
    assert len(facts) == 2


def test_extractor_ignores_documents_without_claim_role():
    doc = document_from_text("# Plan\nThe device reduces pain.", "PMCF_plan.md", Role.PMCF_PLAN)
    assert list(extract(doc, ExtractionContext())) == []


def test_absolute_words_alone_do_not_make_instructions_claims():
    assert analyse("All patients must be monitored.") is None
    assert analyse("Pre-oxygenate the patient using the 100 % O2 key.") is None
    assert analyse("X is the best dressing for burns.").absolute


@pytest.mark.parametrize("text", [
    "FiO2: 21–100 %",
    "Flow rate: 0.1 to 999 ml/h.",
    "Oxygen concentration | 21 - 100 %",
    "Sauerstoffkonzentration: 21-100 %",
])
def test_specification_lines_are_no_claims(text):
    assert analyse(text) is None


@pytest.mark.parametrize("text", [
    "The OrthoFlex Hip is intended for total hip arthroplasty to relieve pain in adults.",
    "HipLine is used to restore the function of the hip joint.",
    "Le dispositif est destiné aux adultes d'un poids supérieur à 3 kg.",
    "La pompe est destinée aux enfants de taille supérieure à 90 cm.",
])
def test_purpose_and_numeric_bounds_are_no_claims(text):
    assert analyse(text) is None


@pytest.mark.parametrize("text", [
    "The data demonstrate that OsteoFill keeps bone volume stable.",
    "Published series confirm that the valve retains its performance.",
    "Les résultats montrent que le pansement accélère la cicatrisation.",
    "Die Studien belegen, dass das Implantat den Knochen erhält.",
    "OzoCare is superior to standard care in wound closure.",
])
def test_reported_findings_and_comparisons_are_claims(text):
    assert analyse(text) is not None


def test_range_end_is_not_absolute_but_a_kill_rate_is():
    assert not analyse("The device delivers FiO2 from 21 to 100 % and improves oxygenation.").absolute
    assert analyse("OzoHeal eliminates 100 % of bacteria.").absolute


def test_vancouver_citation_in_round_brackets():
    assert analyse("CardioSeal improves NYHA class (1, 2).").citations == ("(1, 2)",)


def test_volume_guarantee_is_a_ventilation_mode_not_a_promise() -> None:
    from panelproof.extract import claims
    from panelproof.extract.common import ExtractionContext
    from panelproof.ingest.model import Role
    from panelproof.ingest.text import document_from_text

    def extracted(sentence: str):
        document = document_from_text(f"# CER\n\n## Clinical benefits\n\n{sentence}\n", "CER.md",
                                      Role.CER)
        return [f for f in claims.extract(document, ExtractionContext()) if f.kind.value == "claim"]

    assert extracted("Modes: SIMV, A/C, PSV with volume guarantee, HFOV, nCPAP and NIPPV.") == []
    assert extracted("The NV2 guarantees stable ventilation in all neonates.")


@pytest.mark.parametrize("text", [
    "The carrier is absorbed and eliminated by the kidneys within weeks, while the particles provide the bulking effect.",
    "The hydrogel is hydrolysed and renally eliminated within three months.",
    "Le gel est éliminé par les reins en quelques semaines.",
])
def test_elimination_from_the_body_is_not_absolute_wording(text):
    claim = analyse(text)
    assert claim is None or not claim.absolute


def test_elimination_of_an_outcome_is_still_absolute():
    claim = analyse("The dressing eliminates bacteria from chronic wounds.")
    assert claim is not None and claim.absolute
