"""Phase 4, class A: paediatric umbrella, free-label parameters, Italian/Spanish, wellness and
transport settings, parentheses in lists, German negation scope."""

from __future__ import annotations

import pytest

from panelproof.extract import intended_use, settings
from panelproof.extract.model import FactKind
from panelproof.extract.parameters import labelled_parameter, prose_labelled_parameter
from panelproof.extract.population import find_bounds, find_groups
from panelproof.ingest.text import document_from_text
from panelproof.rules.specification.SP001_parameter_ranges_differ import label_groups, same_label


def _facts(module, text: str, name: str, kind: FactKind, language: str = "en"):
    document = document_from_text(text, name, language=language)
    return [f for f in module.extract(document, None) if f.kind is kind]


# --- A2: labelled values the vocabulary does not know ---------------------------------------

@pytest.mark.parametrize(("text", "low", "high", "unit"), [
    ("Treatable proximal neck diameter 19-30 mm", 19, 30, "millimeter"),
    ("- Lockout interval 10 to 99 min", 10, 99, "minute"),
    ("The controller applies a lockout interval of 5 to 60 min.", 5, 60, "minute"),
    ("Sheath outer diameter 18-24 Fr", 18, 24, "french_gauge"),
    ("Catheter working length up to 110 cm", None, 110, "centimeter"),
])
def test_prose_label_with_range_is_a_parameter(text, low, high, unit):
    match = prose_labelled_parameter(text, "en")
    assert match is not None and match.value.name.startswith("text:")
    assert (match.value.low, match.value.high, match.value.unit) == (low, high, unit)
    assert text[match.start:match.end].endswith(text.rstrip(".").split()[-1])


@pytest.mark.parametrize("text", [
    "The device weighs 4.5 kg and measures 30 cm.",   # verbs, single values
    "We observed a change of 5-10 mm in patients.",    # one-word label
    "In the study the mean follow-up was 10-12 min.",  # study wording
    "Catheter length 110 cm",                          # a single value in prose
])
def test_prose_without_a_labelled_range_is_not_a_parameter(text):
    assert prose_labelled_parameter(text, "en") is None


def test_table_label_may_carry_a_qualifier_in_parentheses():
    match = labelled_parameter("Proximal neck diameter (treatable) | 18-32 mm", "en")
    assert match is not None and (match.value.low, match.value.high) == (18, 32)
    assert labelled_parameter("Lockout interval: 5-60 min", "en").value.unit == "minute"
    assert labelled_parameter("Duration: 2 h", "en") is None  # a single duration


@pytest.mark.parametrize(("a", "b", "same"), [
    ("text:treatable proximal neck diameter", "text:proximal neck diameter (treatable)", True),
    ("text:lockout interval", "text:lockout intervals", True),
    ("text:proximal neck diameter", "text:proximal aortic neck diameter", True),
    ("text:proximal neck diameter", "text:distal neck diameter", False),
    ("text:lockout interval", "text:bolus interval", False),
    ("text:diameter", "text:outer diameter", False),  # one shared word is not enough
])
def test_free_labels_are_compared_by_content_words(a, b, same):
    assert same_label(a, b) is same
    groups = label_groups([a, b, "tidal_volume"])
    assert (groups[a] == groups[b]) is same and groups["tidal_volume"] == "tidal_volume"


# --- A3: Italian and Spanish ----------------------------------------------------------------

@pytest.mark.parametrize(("text", "dimension", "low", "high"), [
    ("destinado a pacientes a partir de 12 años", "age", 12, None),
    ("pacientes mayores de 18 años", "age", 18, None),
    ("niños de 2 a 12 años de edad", "age", 2, 12),
    ("hasta 40 kg de peso corporal", "weight", None, 40),
    ("pazienti adulti dai 18 anni di età", "age", 18, None),
    ("pazienti di età pari o superiore a 16 anni", "age", 16, None),
    ("bambini con peso corporeo di almeno 10 kg", "weight", 10, None),
    ("pazienti tra 18 e 65 anni", "age", 18, 65),
])
def test_spanish_and_italian_bounds(text, dimension, low, high):
    bounds = [m.bound for m in find_bounds(text)]
    assert [(b.dimension, b.low, b.high) for b in bounds] == [(dimension, low, high)]


@pytest.mark.parametrize(("text", "group"), [
    ("adultos y adolescentes", "adults"), ("recién nacidos", "neonates"), ("niños", "children"),
    ("pazienti adulti", "adults"), ("bambini", "children"), ("neonati", "neonates"),
    ("pazienti pediatrici", "paediatric"),
])
def test_spanish_and_italian_groups(text, group):
    assert group in {g[2] for g in find_groups(text)}


@pytest.mark.parametrize(("heading", "kind"), [
    ("Indicaciones", intended_use.INDICATIONS), ("Contraindicaciones", intended_use.CONTRAINDICATIONS),
    ("Finalidad prevista", intended_use.INTENDED_PURPOSE), ("Indicazioni", intended_use.INDICATIONS),
    ("3.2 Controindicazioni", intended_use.CONTRAINDICATIONS),
    ("Destinazione d'uso", intended_use.INTENDED_PURPOSE), ("Uso previsto", intended_use.INTENDED_PURPOSE),
])
def test_spanish_and_italian_headings(heading, kind):
    assert kind in intended_use.heading_kinds(heading)


def test_italian_list_under_heading_gives_text_indications():
    text = "# Indicazioni\n\n- Insufficienza respiratoria acuta\n- Apnea ostruttiva del sonno\n"
    facts = _facts(intended_use, text, "IFU_it.md", FactKind.INDICATION, "it")
    assert len(facts) == 2


@pytest.mark.parametrize(("title", "language"), [
    ("Instrucciones de uso", "es"), ("Istruzioni per l'uso", "it")])
def test_spanish_and_italian_ifu_titles(tmp_path, title, language):
    from panelproof.pipeline import run_check
    (tmp_path / "doc.md").write_text(f"# {title}\n\nTexto del documento, testo del documento.\n",
                                     encoding="utf-8")
    document = run_check([tmp_path]).dossier.documents[0]
    assert document.role.value == "IFU"


# --- A4: settings ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("The unit is also used in wellness centres and day spas.", "en"),
    ("Il dispositivo è utilizzato in centri benessere e palestre.", "it"),
    ("Das Gerät wird in Fitnessstudios und Sportkliniken eingesetzt.", "de"),
    ("Utilisé dans les centres de bien-être et les salles de sport.", "fr"),
])
def test_wellness_and_sports_facilities_are_settings(text, language):
    facts = _facts(settings, f"# Intended use\n\n{text}\n", f"CER_{language}.md", FactKind.CARE_SETTING, language)
    assert "wellness" in {f.value.id for f in facts}


@pytest.mark.parametrize("text", [
    "Exclusively for intra- and inter-hospital transport.",
    "The ventilator is intended for transport only.",
    "Only for patient transport and in ambulances.",
])
def test_transport_as_an_exclusive_setting(text):
    facts = _facts(settings, f"# Intended use\n\n{text}\n", "IFU_en.md", FactKind.CARE_SETTING)
    assert facts and all(f.value.exclusive for f in facts if f.value.id == "transport")
    assert any(f.value.id == "transport" for f in facts)


def test_exclusivity_carries_over_coordinated_settings_only():
    text = "# Intended use\n\nOnly in hospitals and sleep laboratories. Patients may later use it at home.\n"
    facts = {f.value.id: f.value.exclusive for f in _facts(settings, text, "IFU_en.md", FactKind.CARE_SETTING)}
    assert facts["hospital"] and facts["sleep_lab"] and not facts.get("home", False)


@pytest.mark.parametrize(("text", "setting"), [
    ("Il dispositivo è destinato all'uso in ospedale.", "hospital"),
    ("Para uso domiciliario y en el hospital.", "home"),
    ("Solo per uso domiciliare.", "home"),
])
def test_spanish_and_italian_settings(text, setting):
    facts = _facts(settings, f"# Uso previsto\n\n{text}\n", "IFU_it.md", FactKind.CARE_SETTING, "it")
    assert setting in {f.value.id for f in facts}


# --- A5: lists and parentheses --------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Indicated for: obstructive sleep apnoea with AHI ≥ 15/h (or ≥ 5/h with symptoms), central apnoea.",
    "Indications: central apnoea; sleep apnoea with AHI of 15/h or more (or ≥ 5/h; with symptoms).",
])
def test_list_is_never_split_inside_parentheses(body):
    facts = _facts(intended_use, f"# Indications\n\n{body}\n", "IFU_en.md", FactKind.INDICATION)
    quotes = [f.location.quote for f in facts]
    assert not any(q.lstrip().startswith(("or ", "with symptoms")) or q.endswith(")") and "(" not in q
                   for q in quotes), quotes


def test_examples_in_parentheses_do_not_replace_the_condition():
    text = ("# Contraindications\n\n- Severe bullous lung disease (e.g. bullae > 3 cm, or recurrent "
            "pneumothorax)\n- Untreated pneumothorax\n")
    ids = [f.value.id for f in _facts(intended_use, text, "IFU_en.md", FactKind.CONTRAINDICATION)]
    assert ids == ["text:severe bullous lung disease", "pneumothorax"]


def test_list_item_with_semicolons_names_each_condition():
    text = "# Indications\n\n- Central apnoea; obesity hypoventilation\n"
    ids = {f.value.id for f in _facts(intended_use, text, "CER.md", FactKind.INDICATION)}
    assert {"text:central apnoea", "text:obesity hypoventilation"} <= ids


# --- A6: negation scope ---------------------------------------------------------------------

@pytest.mark.parametrize(("body", "language"), [
    ("Das CPAP-Gerät ist für die nicht-invasive Beatmung über eine Maske bestimmt.", "de"),
    ("Das Gerät darf nicht ohne Maske betrieben werden.", "de"),
    ("Die Maske nicht verwenden, wenn der Patient erbricht.", "de"),
    ("The blower must never be run without the mask attached.", "en"),
    ("Do not use the mask if the patient is vomiting.", "en"),
    ("Le ventilateur est destiné à la ventilation invasive et non invasive par masque.", "fr"),
])
def test_conditions_and_double_negations_do_not_exclude_the_interface(body, language):
    heading = {"en": "Intended use", "de": "Zweckbestimmung", "fr": "Destination"}[language]
    facts = _facts(intended_use, f"# {heading}\n\n{body}\n", f"IFU_{language}.md", FactKind.INTERFACE, language)
    assert facts and not any(f.value.negated for f in facts if f.value.id == "mask")


@pytest.mark.parametrize(("body", "language"), [
    ("Nicht für die Anwendung über ein Tracheostoma.", "de"),
    ("Eine Anwendung über Tracheostoma ist nicht vorgesehen.", "de"),
    ("Not for use with a tracheostomy tube.", "en"),
    ("Non destinato all'uso con cannula tracheostomica.", "it"),
])
def test_real_exclusions_stay_negated(body, language):
    heading = {"en": "Intended use", "de": "Zweckbestimmung", "it": "Destinazione d'uso"}[language]
    facts = _facts(intended_use, f"# {heading}\n\n{body}\n", f"IFU_{language}.md", FactKind.INTERFACE, language)
    assert any(f.value.id == "tracheostomy" and f.value.negated for f in facts)
