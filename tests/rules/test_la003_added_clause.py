"""LA003: one language version adds a clause (a quantity of another kind) to a step whose shared
value differs; the steps are still the same step."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.pipeline import run_check

_HEAD = {
    "en": ("Instructions for use - {name}", "1 Intended purpose", "{name} is intended for {use}.",
           "5 Method of use"),
    "it": ("Istruzioni per l'uso - {name}", "1 Destinazione d'uso", "{name} è destinato a {use}.",
           "5 Modalità d'uso"),
    "ro": ("Instrucțiuni de utilizare - {name}", "1 Scopul propus", "{name} este destinat pentru {use}.",
           "5 Mod de utilizare"),
    "fr": ("Notice d'utilisation - {name}", "1 Destination", "{name} est destiné à {use}.",
           "5 Mode d'emploi"),
    "de": ("Gebrauchsanweisung - {name}", "1 Zweckbestimmung", "{name} ist bestimmt für {use}.",
           "5 Anwendung"),
}


def _ifu(language: str, name: str, use: str, steps: list[str]) -> str:
    title, purpose, sentence, method = _HEAD[language]
    lines = [f"# {title.format(name=name)}", "", f"## {purpose}", sentence.format(name=name, use=use),
             "", f"## {method}"]
    lines += [f"{i}. {s}" for i, s in enumerate(steps, start=1)]
    return "\n".join(lines) + "\n"


def _la003(folder: Path):
    return [f for f in run_check([folder], select={"LA003"}, workers=1).findings
            if f.rule == "LA003"]


def _write(tmp_path: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_a_distraction_rate_differs_though_the_master_adds_a_check_interval(tmp_path):
    folder = _write(tmp_path, {
        "IFU_en.md": _ifu("en", "LongNail", "limb lengthening", [
            "Osteotomy and nail insertion.",
            "Distract 3 mm per day (1 mm three times a day); check the X-ray every 2 weeks."]),
        "IFU_it.md": _ifu("it", "LongNail", "allungamento degli arti", [
            "Osteotomia e inserimento del chiodo.",
            "Distrazione: 1 mm al giorno (0,33 mm tre volte al giorno)."]),
        "IFU_ro.md": _ifu("ro", "LongNail", "alungirea membrelor", [
            "Osteotomie și inserarea tijei.",
            "Distracție: 1 mm pe zi (0,33 mm de trei ori pe zi)."]),
    })
    hits = _la003(folder)
    assert len(hits) == 1
    assert "3 mm per day" in hits[0].message


def test_a_hold_time_differs_though_the_translation_adds_a_pressure(tmp_path):
    folder = _write(tmp_path, {
        "IFU_en.md": _ifu("en", "DilaBal", "dilatation of strictures", [
            "Insert the catheter over the guidewire.",
            "Inflate the balloon with 5 ml of saline and hold for 30 seconds."]),
        "IFU_fr.md": _ifu("fr", "DilaBal", "la dilatation des sténoses", [
            "Introduire le cathéter sur le guide.",
            "Gonfler le ballonnet avec 5 ml de sérum physiologique, maintenir 90 secondes "
            "et vérifier la pression à 2 bar."]),
    })
    hits = _la003(folder)
    assert len(hits) == 1
    assert "90 secondes" in hits[0].message


@pytest.mark.parametrize("german", [
    "Ballon mit 5 ml Kochsalzlösung füllen, 30 Sekunden halten und den Druck bei 2 bar prüfen.",
    "Ballon mit 5 ml füllen und 30 Sekunden halten; Druck höchstens 2 bar.",
])
def test_an_added_clause_with_the_shared_values_equal_is_no_difference(tmp_path, german):
    folder = _write(tmp_path, {
        "IFU_en.md": _ifu("en", "DilaBal", "dilatation of strictures", [
            "Insert the catheter over the guidewire.",
            "Inflate the balloon with 5 ml of saline and hold for 30 seconds."]),
        "IFU_de.md": _ifu("de", "DilaBal", "die Dilatation von Stenosen", [
            "Katheter über den Führungsdraht einführen.", german]),
    })
    assert not _la003(folder)


def test_an_added_clause_with_a_shared_kind_stated_more_often_is_not_aligned(tmp_path):
    folder = _write(tmp_path, {
        "IFU_en.md": _ifu("en", "DilaBal", "dilatation of strictures", [
            "Insert the catheter over the guidewire.",
            "Inflate the balloon with 5 ml of saline and hold for 30 seconds."]),
        "IFU_de.md": _ifu("de", "DilaBal", "die Dilatation von Stenosen", [
            "Katheter über den Führungsdraht einführen.",
            "Ballon mit 5 ml füllen, 60 Sekunden warten, 2 bar prüfen und 10 Sekunden halten."]),
    })
    assert not _la003(folder)
