"""Sentences that state the conditions of MDR Article 54, not the traits of the device.

"Art. 54(1)(a) covers class III implantable devices only", "the procedure does not apply
(54(1)(a) requires an implantable device)", "Art. 54 Abs. 1 gilt für implantierbare Produkte
der Klasse III": the class and the traits named there are the article's conditions. Read by
extract/identity.py before it records a device class or trait.
"""

from __future__ import annotations

import re

# A citation of Article 54 (or of its paragraph 1 on its own: "54(1)(a)").
_ARTICLE_54 = re.compile(
    r"\b(?:art(?:icle|ikel|icolo|ículo|\.)?|§)\s*54\b|(?<![\w.])54\s*\(\s*[12]\s*\)|"
    r"\b54\s*abs", re.IGNORECASE)
# Plural device nouns: the article speaks of categories of devices, a dossier of its device.
_DEVICES = r"(?:devices|dispositifs|produkte|medizinprodukte|dispositivi|dispositivos|hulpmiddelen|products)"
# Plural device nouns right after the trait or class: the article's category of devices.
_CATEGORY_AFTER = re.compile(rf"^[^.;:()]{{0,40}}?\b{_DEVICES}\b", re.IGNORECASE)
# A verb that states what the article requires or covers, or a condition, in the same clause.
_CONDITION_BEFORE = re.compile(
    r"\b(?:requires?|required|requiring|covers?|covering|applies to|apply to|concerns?|"
    r"limited to|restricted to|reserved for|only (?:for|to)|if|where|when|unless|whether|"
    r"exige|requiert|vise|concerne|s['’]applique|s['’]appliquent|uniquement|si|lorsque|"
    r"erfordert|verlangt|betrifft|gilt für|gelten für|erfasst|nur für|wenn|falls|sofern|"
    r"richiede|riguarda|si applica|solo per|se|qualora|"
    r"requiere|exige|abarca|se aplica|solo para|cuando|"
    r"vereist|betreft|geldt voor|alleen voor|indien|als)\b[^.;()]{0,60}$", re.IGNORECASE)


def cites_article_54(text: str) -> bool:
    """Cheap test first: the sentence names Article 54 at all."""
    return "54" in text and bool(_ARTICLE_54.search(text))


# Plural device nouns right before the trait: "class IIb active devices administering or
# removing medicinal products" names the article's category, not this device.
_CATEGORY_BEFORE = re.compile(
    rf"\b{_DEVICES}\s+(?:(?:intended|designed|meant|destinés|bestimmt|destinati|destinados)\s+"
    r"(?:to|for|à|zur?|a|para)\s+)?$", re.IGNORECASE)


def states_article_condition(text: str, start: int, end: int) -> bool:
    """Whether the mention text[start:end] (a class or trait) in a sentence citing Article 54 is
    part of the article's condition ("covers class III implantable devices", "requires an
    implantable device", "class IIb active devices administering medicinal products") rather
    than a statement about this device."""
    if not cites_article_54(text):
        return False
    return bool(_CATEGORY_AFTER.match(text, end) or text.startswith("s ", end)
                or _CATEGORY_BEFORE.search(text, max(0, start - 60), start)
                or _CONDITION_BEFORE.search(text, max(0, start - 80), start))
