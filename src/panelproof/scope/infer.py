"""Infer the CECP device profile from the facts of the documents (and dossier.yaml)."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from panelproof import knowledge
from panelproof.extract.identity import trait_short_term_patterns
from panelproof.extract.model import FactBase, FactKind
from panelproof.ingest.model import Role
from panelproof.scope.model import DeviceProfile

# The notified body's assessment states the class the certificate will carry; prefer it.
_ROLE_PRIORITY = {Role.CEAR: 0, Role.CER: 1, Role.CEP: 2, Role.SSCP: 3, Role.IFU: 4}
# MDR Annex VIII Chapter III, 6: the classification rules for active devices.
_ACTIVE_DEVICE_RULES = frozenset({9, 10, 11, 12, 13})


def infer_profile(facts: FactBase) -> DeviceProfile:
    declared = dict(facts.config.profile or {})
    profile = DeviceProfile(name=facts.config.device_name)

    class_facts = sorted(facts.of(FactKind.DEVICE_CLASS),
                         key=lambda f: _ROLE_PRIORITY.get(f.role, 9))
    if class_facts:
        # The CEAR's class wins (it is what the certificate will carry); otherwise the class
        # most documents state.
        counts = Counter(f.value for f in class_facts)
        if class_facts[0].role is Role.CEAR:
            profile.device_class = class_facts[0].value
        else:
            profile.device_class = counts.most_common(1)[0][0]
        profile.evidence["class"] = [f.location for f in class_facts
                                     if f.value == profile.device_class][:3]
    if facts.config.device_class:
        profile.device_class = _declared_class(facts.config.device_class)

    traits = {f.value.id: f for f in facts.of(FactKind.DEVICE_TRAIT)
              if not f.value.negated and not _outweighed(f.value.id, facts)}
    negated = {f.value.id for f in facts.of(FactKind.DEVICE_TRAIT) if f.value.negated}
    rules = {f.value: f for f in facts.of(FactKind.CLASSIFICATION_RULE)}
    for field_name, trait in (("implantable", "implantable"), ("active", "active"),
                              ("administers_or_removes_medicinal_product",
                               "administers_medicinal_product")):
        if trait in traits:
            setattr(profile, field_name, True)
            profile.evidence[field_name] = [traits[trait].location]
        elif trait in negated:
            setattr(profile, field_name, False)
    active_rules = sorted(set(rules) & _ACTIVE_DEVICE_RULES)
    if active_rules and profile.active is None:
        # Rules 9 to 13 (Annex VIII Chapter III, 6) classify active devices only, software
        # included (Rule 11; software is deemed active, Art. 2(4)). Rule 12 covers active devices
        # that administer or remove medicinal products, body liquids or other substances: it
        # makes the device active, but only a medicinal product (Directive 2001/83/EC Art. 1(2))
        # brings it under Art. 54(1)(b). Wound exudate, enteral nutrition (food for special
        # medical purposes, Regulation (EU) 609/2013) or blood do not.
        profile.active = True
        profile.evidence.setdefault("active", [rules[active_rules[0]].location])
    if 8 in rules and profile.device_class == "III":
        profile.implantable = True if profile.implantable is None else profile.implantable
        profile.evidence.setdefault("implantable", [rules[8].location])

    # What dossier.yaml declares wins over what the documents suggest, but only once checked:
    # an unchecked "implantable: 'no'" would be a truthy string and flip the decision.
    for key, value in _declared_profile(declared).items():
        setattr(profile, "device_class" if key == "class" else key, value)
    return profile


def _declared_class(value: str) -> str:
    from panelproof.ingest import DossierConfigError
    from panelproof.scope.model import CLASSES
    from panelproof.scope.profile import ProfileError, normalize_class

    try:
        return normalize_class(value)
    except ProfileError:
        raise DossierConfigError(f"dossier.yaml: device field 'class': {value!r} is not one of "
                                 + ", ".join(CLASSES)) from None


def _declared_profile(declared: dict) -> dict:
    """The dossier.yaml `profile` fields that are given, validated (DossierConfigError if not)."""
    from panelproof.ingest import DossierConfigError
    from panelproof.scope.profile import ProfileError, profile_as_dict, profile_from_mapping

    if not declared:
        return {}
    try:
        checked = profile_as_dict(profile_from_mapping(declared, require_all=False))
    except ProfileError as error:
        raise DossierConfigError(f"dossier.yaml: {error}") from None
    return {key: checked[key] for key in declared if checked.get(key) is not None}


@lru_cache(maxsize=1)
def _classifying_words() -> dict[str, re.Pattern]:
    """Per trait, the words that classify a device (knowledge/vocabulary/device_traits.yaml)."""
    entries = knowledge.load("vocabulary/device_traits")["entries"]
    return {entry["id"]: re.compile("|".join(entry["classifying_terms"]), re.IGNORECASE)
            for entry in entries if entry.get("classifying_terms")}


def _outweighed(trait: str, facts: FactBase) -> bool:
    """Whether the documents deny the trait in its classifying word ("non-implantable", "not
    implantable") or by a duration of use under 30 days ("for up to 14 days", "temporary
    haemodynamic support") in more documents than state it in that word; mentions in passing
    (the noun or the verb: "implanted", "implantation") do not count."""
    word = _classifying_words().get(trait)
    if word is None:
        return False
    stated = [f for f in facts.of(FactKind.DEVICE_TRAIT) if f.value.id == trait]
    short_term = trait_short_term_patterns().get(trait)
    denied = {f.location.document for f in stated if f.value.negated and (
        word.search(f.value.label) or (short_term is not None and short_term.search(f.value.label)))}
    # "Not candidates for an implantable cardioverter-defibrillator": the classifying word
    # may describe another device. More documents denying the trait than stating it outweigh
    # those mentions; a tie keeps the trait (the consultation is the safer reading).
    affirmed = {f.location.document for f in stated
                if not f.value.negated and word.search(f.value.label)}
    return bool(denied) and len(denied) > len(affirmed)
