"""Infer the CECP device profile from the facts of the documents (and dossier.yaml)."""

from __future__ import annotations

from collections import Counter

from panelproof.extract.model import FactBase, FactKind
from panelproof.ingest.model import Role
from panelproof.scope.model import DeviceProfile

# The notified body's assessment states the class the certificate will carry; prefer it.
_ROLE_PRIORITY = {Role.CEAR: 0, Role.CER: 1, Role.CEP: 2, Role.SSCP: 3, Role.IFU: 4}


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
        profile.device_class = facts.config.device_class

    traits = {f.value.id: f for f in facts.of(FactKind.DEVICE_TRAIT) if not f.value.negated}
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
    if 12 in rules:  # Rule 12: active devices administering/removing medicinal products
        profile.active = True
        profile.administers_or_removes_medicinal_product = True
        profile.evidence.setdefault("administers_or_removes_medicinal_product",
                                    [rules[12].location])
    if 8 in rules and profile.device_class == "III":
        profile.implantable = True if profile.implantable is None else profile.implantable
        profile.evidence.setdefault("implantable", [rules[8].location])

    for key, value in declared.items():
        attribute = "device_class" if key == "class" else key
        if hasattr(profile, attribute) and attribute != "evidence":
            setattr(profile, attribute, value)
    return profile
