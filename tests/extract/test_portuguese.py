"""European Portuguese IFUs: section headings, vocabulary, imperatives and negations."""

from __future__ import annotations

import pytest

from panelproof.extract import intended_use, mri_status, risks, settings
from panelproof.extract.instructions import is_instruction
from panelproof.extract.common import ExtractionContext
from panelproof.extract.model import FactKind
from panelproof.ingest.text import document_from_text


def _facts(extractor, text: str, kind: FactKind, language: str = "pt"):
    document = document_from_text(text, f"IFU_{language}.md", language=language)
    found = [f for f in extractor.extract(document, ExtractionContext()) if f.kind is kind]
    for fact in found:  # provenance: every quote is verbatim document text
        assert " ".join(fact.location.quote.split()) in " ".join(document.text.split())
    return found


def _ids(extractor, text: str, kind: FactKind, language: str = "pt") -> set[str]:
    return {f.value.id for f in _facts(extractor, text, kind, language)
            if not getattr(f.value, "negated", False)}


@pytest.mark.parametrize("heading, kind", [
    ("Finalidade prevista", intended_use.INTENDED_PURPOSE),
    ("1. Utilização prevista", intended_use.INTENDED_PURPOSE),
    ("Fim a que se destina", intended_use.INTENDED_PURPOSE),
    ("Indicações", intended_use.INDICATIONS),
    ("4.2 Indicações de utilização", intended_use.INDICATIONS),
    ("Contraindicações", intended_use.CONTRAINDICATIONS),
    ("Contra-indicações", intended_use.CONTRAINDICATIONS),
    ("Advertências", intended_use.WARNINGS),
    ("Precauções", intended_use.WARNINGS),
    ("7. Advertências e precauções", intended_use.WARNINGS),
    ("Utilizadores previstos", intended_use.USERS),
    ("Ambiente de utilização", intended_use.ENVIRONMENT),
    ("Especificações técnicas", intended_use.OTHER),
    ("Armazenamento e transporte", intended_use.OTHER),
])
def test_portuguese_headings(heading, kind):
    assert kind in intended_use.heading_kinds(heading)


@pytest.mark.parametrize("heading", [
    "Indicação do estado da bateria",  # a display, not the indications
    "Modo de utilização",  # directions for use, no mode of use (interface)
])
def test_portuguese_headings_that_announce_nothing_of_ours(heading):
    assert not intended_use.heading_kinds(heading) - {intended_use.OTHER}


def test_a_lone_e_splits_a_portuguese_heading_but_a_capital_e_does_not():
    assert intended_use.heading_kinds("Indicações e contraindicações") == {
        intended_use.INDICATIONS, intended_use.CONTRAINDICATIONS}
    # "Annex E" is the annex's number, not "Annex" and "Literature" joined by a Portuguese "e"
    assert intended_use.heading_kinds("Annex E Literature") == {intended_use.OTHER}


def test_portuguese_contraindications_in_a_list_and_in_prose():
    listed = ("# Contraindicações\n\n- Hipersensibilidade conhecida ao níquel\n- Gravidez\n"
              "- Coagulopatia\n- Insuficiência renal grave\n")
    assert _ids(intended_use, listed, FactKind.CONTRAINDICATION) >= {
        "material_allergy", "pregnancy", "bleeding_disorder", "renal_failure"}
    prose = ("# Instruções\n\nO dispositivo está contraindicado em doentes com infeção ativa "
             "e em mulheres grávidas.\n")
    assert _ids(intended_use, prose, FactKind.CONTRAINDICATION) >= {"implant_site_infection",
                                                                   "pregnancy"}


def test_portuguese_indications_table():
    text = ("# Indicações de utilização\n\n| Indicação | Observações |\n|---|---|\n"
            "| Apneia obstrutiva do sono | IAH ≥ 15 |\n| Insuficiência respiratória crónica | |\n")
    assert _ids(intended_use, text, FactKind.INDICATION) >= {"obstructive_sleep_apnoea",
                                                            "respiratory_failure"}


@pytest.mark.parametrize("text, expected", [
    ("Utilizar no hospital e no bloco operatório.", {"hospital", "operating_room"}),
    ("Destina-se a doentes internados em unidades de cuidados intensivos.", {"hospital", "icu"}),
    ("Pode ser utilizado em casa pelo próprio doente.", {"home"}),
])
def test_portuguese_care_settings(text, expected):
    assert _ids(settings, "# Ambiente de utilização\n\n" + text + "\n", FactKind.CARE_SETTING) >= expected


def test_portuguese_no_is_in_the_not_a_negation():
    text = "# Ambiente de utilização\n\nO dispositivo é utilizado no hospital.\n"
    assert "hospital" in _ids(settings, text, FactKind.CARE_SETTING)
    # the same words read as English keep "no" a negation
    negated = _facts(settings, "# Use environment\n\nno hospital use\n", FactKind.CARE_SETTING,
                     language="en")
    assert all(f.value.negated for f in negated if f.value.id == "hospital")


def test_portuguese_negated_setting():
    text = "# Ambiente de utilização\n\nO dispositivo não se destina a utilização no domicílio.\n"
    found = {f.value.id: f.value.negated for f in _facts(settings, text, FactKind.CARE_SETTING)}
    assert found.get("home") is True


@pytest.mark.parametrize("sentence", [
    "Não reutilize.",
    "Não utilize se a embalagem estiver danificada.",
    "Não o introduza no ambiente de RM.",
    "Verifique a posição do cateter antes de cada perfusão.",
    "Desligue o aparelho antes de o limpar.",
    "Retirar a tampa protetora.",
    "Nunca deixe o doente sem vigilância.",
    "Em seguida, ligue o tubo ao conector.",
    "Certifique-se de que o tubo está ligado.",
    "Mantenha o dispositivo afastado de fontes de calor.",
    "Não toque na ponta do cateter.",
])
def test_portuguese_instructions(sentence):
    assert is_instruction(sentence)


@pytest.mark.parametrize("sentence", [
    "Não existem dados clínicos em crianças.",
    "Não foram observados efeitos adversos graves.",
    "Não há dados disponíveis.",
    "Durante a utilização, o alarme soa.",
    "Hemorragia e trombose são riscos conhecidos.",
    "Coagulopatia grave.",
    "Doentes adultos com insuficiência renal.",
    "A reutilização pode causar infeção.",
])
def test_portuguese_statements_are_no_instructions(sentence):
    assert not is_instruction(sentence)


def test_portuguese_residual_risks():
    text = ("# Riscos residuais e efeitos secundários\n\nInfeção, hemorragia, trombose, dor no local "
            "de inserção, migração do implante e reação alérgica.\n")
    assert _ids(risks, text, FactKind.RESIDUAL_RISK) >= {
        "infection", "bleeding", "thrombosis", "pain", "implant_migration", "allergic_reaction"}
    none = "# Efeitos indesejáveis\n\nNão se registou nenhuma infeção.\n"
    assert "infection" not in _ids(risks, none, FactKind.RESIDUAL_RISK)


def _mr_status(text: str) -> str | None:
    document = document_from_text("# Advertências\n\n" + text + "\n", "IFU_pt.md", language="pt")
    found = mri_status.loosest(mri_status.readings(document))
    return found.status if found else None


@pytest.mark.parametrize("text, status", [
    ("O dispositivo pode ser utilizado no ambiente de RM sem restrições.", "unrestricted"),
    ("O implante é RM condicional.", "conditional"),
    ("O exame de RM pode ser realizado nas seguintes condições: 1,5 T.", "conditional"),
    ("O dispositivo não é seguro para RM (MR Unsafe).", "unsafe"),
])
def test_portuguese_mr_status(text, status):
    assert _mr_status(text) == status
