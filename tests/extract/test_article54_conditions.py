"""Sentences that quote or paraphrase Article 54's conditions state no trait of the device.

"Art. 54(1)(a) covers class III implantable devices only" names the article's category; the
device's own "non-implantable", "nicht implantierbar", "niet-implanteerbaar" deny the trait.
"""

import pytest

from panelproof.extract import identity
from panelproof.extract.common import ExtractionContext
from panelproof.extract.model import FactKind
from panelproof.ingest.text import document_from_text


def traits(text: str, language: str = "en") -> set[tuple]:
    document = document_from_text(f"# CER\n\n## Device description\n\n{text}\n", "CER.md",
                                  language=language)
    out = set()
    for f in identity.extract(document, ExtractionContext()):
        if f.kind is FactKind.DEVICE_TRAIT:
            out.add((f.value.id, f.value.negated))
        elif f.kind is FactKind.DEVICE_CLASS:
            out.add(("class", f.value))
    return out


@pytest.mark.parametrize(("text", "language"), [
    ("Art. 54(1)(a) covers class III implantable devices only, and Art. 54(1)(b) covers class "
     "IIb active devices intended to administer or remove a medicinal product.", "en"),
    ("The Art. 54(1) consultation procedure therefore does not apply (54(1)(a) requires an "
     "implantable device).", "en"),
    ("Article 54(1)(a) applies only if the device is implantable and class III.", "en"),
    ("L'article 54, paragraphe 1, point a) vise les dispositifs implantables de classe III.", "fr"),
    ("Art. 54 Abs. 1 Buchst. a gilt für implantierbare Produkte der Klasse III.", "de"),
    ("L'articolo 54(1)(a) riguarda i dispositivi impiantabili di classe III.", "it"),
    ("El artículo 54(1)(a) se aplica solo a productos implantables de clase III.", "es"),
    ("Artikel 54(1)(a) geldt alleen voor implanteerbare hulpmiddelen van klasse III.", "nl"),
])
def test_article_conditions_are_not_device_traits(text, language):
    assert traits(text, language) == set()


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("The X is a class III implantable device and therefore falls under Art. 54(1)(a).", "en",
     {("class", "III"), ("implantable", False)}),
    ("Le dispositif est un implant de classe III, donc l'article 54(1)(a) s'applique.", "fr",
     {("class", "III"), ("implantable", False)}),
    ("The X is a class III implantable device.", "en", {("class", "III"), ("implantable", False)}),
])
def test_device_statements_beside_the_article_stay(text, language, expected):
    assert expected <= traits(text, language)


@pytest.mark.parametrize(("text", "language"), [
    ("The vest is a class III active device; it is non-implantable.", "en"),
    ("The catheter is not implantable (Rule 6).", "en"),
    ("Das Produkt ist nicht implantierbar.", "de"),
    ("Il dispositivo non è impiantabile.", "it"),
    ("El producto no implantable de clase III.", "es"),
    ("Het hulpmiddel is niet-implanteerbaar.", "nl"),
])
def test_denied_implantability(text, language):
    found = traits(text, language)
    assert ("implantable", True) in found and ("implantable", False) not in found
