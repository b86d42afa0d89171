"""LA003: the same instruction step with a different value in another language version."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.pipeline import run_check
from panelproof.rules.language._quantities import quantities


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Kontrolle alle 8 Stunden", "de", [("duration", 28800.0, 28800.0)]),
    ("controllare ogni 30 minuti", "it", [("duration", 1800.0, 1800.0)]),
    ("her 4 saatte bir kontrol edin", "tr", [("duration", 14400.0, 14400.0)]),
    ("0,5 ml en 2 min", "es", [("volume", 0.5, 0.5), ("duration", 120.0, 120.0)]),
    ("cible 1,0 à 1,2 mmol/L", "fr", [("concentration", 1.0, 1.2)]),
    ("target 36...37.5 °C", "en", [("temperature", 36.0, 37.5)]),
    ("infuse at 2 ml/h", "en", [("volume_rate", 0.033333, 0.033333)]),
    ("12kg", "en", [("mass", 12_000_000.0, 12_000_000.0)]),
    # groups of thousands in each language's way: all the same 1500 ml
    ("bis 1.500 ml", "de", [("volume", 1500.0, 1500.0)]),
    ("up to 1,500 mL", "en", [("volume", 1500.0, 1500.0)]),
    ("jusqu'à 1 500 mL", "fr", [("volume", 1500.0, 1500.0)]),
    ("1–3 000 mL", "pt", [("volume", 1.0, 3000.0)]),
])
def test_quantities_are_read_in_each_language(text, language, expected):
    found = [(q.kind, round(q.low, 6), round(q.high, 6)) for q in quantities(text, language)]
    assert found == [(k, round(lo, 6), round(hi, 6)) for k, lo, hi in expected]


def test_a_list_number_and_a_revision_are_no_quantity():
    assert quantities("3. Rev. 4 of the form, see section 2", "en") == []


def _dossier(tmp_path: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


_EN = """# Instructions for use - VasoLock haemostasis valve

## 1 Intended purpose
VasoLock is intended to maintain haemostasis during percutaneous vascular procedures in adults.

## 2 Warnings
- Aspirate and flush the sheath with {flush} heparinised saline before use.
- Apply manual compression for at least {press} after sheath removal.

## 3 Instructions
1. Insert the dilator.
2. Advance the sheath over the guidewire.
"""

_PT = """# Instruções de utilização - VasoLock válvula hemostática

## 1 Finalidade prevista
O VasoLock destina-se a manter a hemostase durante procedimentos vasculares percutâneos em adultos.

## 2 Advertências
- Aspirar e lavar a bainha com {flush} de soro fisiológico heparinizado antes da utilização.
- Aplicar compressão manual durante pelo menos {press} após a remoção da bainha.

## 3 Instruções
1. Inserir o dilatador.
2. Avançar a bainha sobre o fio-guia.
"""


def _la003(result):
    return [f for f in result.findings if f.rule == "LA003"]


def test_a_compression_time_changed_in_translation_is_reported(tmp_path):
    folder = _dossier(tmp_path, {"IFU_en.md": _EN.format(flush="10 ml", press="10 minutes"),
                                 "IFU_pt.md": _PT.format(flush="10 ml", press="3 minutos")})
    hits = _la003(run_check([folder], select={"LA003"}, workers=1))
    assert len(hits) == 1
    quotes = " ".join(loc.quote for loc in hits[0].locations)
    assert "3 minutos" in quotes and "10 minutes" in quotes


def test_the_same_time_in_other_units_is_no_difference(tmp_path):
    folder = _dossier(tmp_path, {"IFU_en.md": _EN.format(flush="10 ml", press="1 h"),
                                 "IFU_pt.md": _PT.format(flush="10 ml", press="60 minutos")})
    assert not _la003(run_check([folder], select={"LA003"}, workers=1))


def test_steps_stating_different_kinds_of_quantity_are_not_compared(tmp_path):
    # the Portuguese flush step gives a volume and a time; the English one only a volume:
    # the versions are not aligned on that step, and no value is compared
    folder = _dossier(tmp_path, {"IFU_en.md": _EN.format(flush="10 ml", press="5 minutes"),
                                 "IFU_pt.md": _PT.format(flush="20 ml durante 30 segundos",
                                                         press="5 minutos")})
    assert not _la003(run_check([folder], select={"LA003"}, workers=1))


@pytest.mark.parametrize("text, language", [
    ("Set the flow to 8 to 10 L/min.", "en"),
    ("Régler le débit entre 8 et 10 l/min.", "fr"),
    ("Den Fluss zwischen 8 und 10 l/min einstellen.", "de"),
    ("Impostare il flusso tra 8 e 10 l/min.", "it"),
    ("Ajustar el flujo entre 8 y 10 l/min.", "es"),
])
def test_a_range_joined_by_and_after_between_is_one_range(text, language):
    from panelproof.rules.language._quantities import quantities

    assert [(q.kind, q.value) for q in quantities(text, language)] == [("volume_rate", (8000.0, 10000.0))]


@pytest.mark.parametrize(("flush_en", "flush_pt"), [
    ("1,500 ml", "1,500 ml"),        # the translator kept the English thousands comma
    ("2,000 to 4,500 ml", "2,000 a 4,500 ml"),  # a range, each end copied as written
    ("1,250 mL", "1,250 ml"),        # the unit's capitals do not make another value
])
def test_the_same_digits_copied_from_the_master_are_the_same_value(tmp_path, flush_en, flush_pt):
    # Portuguese writes a decimal comma, so "1,500 ml" alone would read as one and a half
    # millilitres; written digit for digit as in the master, it is the master's value
    folder = _dossier(tmp_path, {"IFU_en.md": _EN.format(flush=flush_en, press="10 minutes"),
                                 "IFU_pt.md": _PT.format(flush=flush_pt, press="10 minutos")})
    assert not _la003(run_check([folder], select={"LA003"}, workers=1))


def test_other_digits_with_a_grouping_comma_still_differ(tmp_path):
    folder = _dossier(tmp_path, {"IFU_en.md": _EN.format(flush="1,500 ml", press="10 minutes"),
                                 "IFU_pt.md": _PT.format(flush="1,200 ml", press="10 minutos")})
    assert len(_la003(run_check([folder], select={"LA003"}, workers=1))) == 1


@pytest.mark.parametrize(("en", "other", "language"), [
    ("Submucous fibroids FIGO type 0 and 1 up to 3 cm.", "Submuköse Myome FIGO Typ 0 und 1 bis 3 cm.", "de"),
    ("Polyps of grade 1 up to 2 cm.", "Polypen Grad 1 bis 2 cm.", "de"),
    ("Lesions of class 2 up to 15 mm.", "Lésions de classe 2 à 15 mm.", "fr"),
])
def test_the_same_numbers_and_units_read_as_a_range_in_one_version_are_no_difference(
        tmp_path, en, other, language):
    # "Typ 0 und 1 bis 3 cm" is the type list and an upper size, as in English; reading "1 bis
    # 3 cm" as a range is a reading of the sentence, not a different value in the translation
    template = "# {title}\n\n## 1 Indications\n- {text}\n- Adults only.\n"
    folder = _dossier(tmp_path, {"IFU_en.md": template.format(title="IFU - FibroCut", text=en),
                                 f"IFU_{language}.md": template.format(title="IFU - FibroCut", text=other)})
    assert not _la003(run_check([folder], select={"LA003"}, workers=1))


def test_the_same_number_with_another_unit_still_differs(tmp_path):
    template = "# IFU - FibroCut\n\n## 1 Indications\n- {text}\n- Adults only.\n"
    folder = _dossier(tmp_path, {"IFU_en.md": template.format(text="Fibroids FIGO type 0 and 1 up to 3 cm."),
                                 "IFU_de.md": template.format(text="Myome FIGO Typ 0 und 1 bis 3 mm.")})
    assert len(_la003(run_check([folder], select={"LA003"}, workers=1))) == 1
