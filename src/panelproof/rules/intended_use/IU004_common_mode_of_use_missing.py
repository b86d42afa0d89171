"""IU004: no document mentions a mode of use the device type commonly has."""

from __future__ import annotations

from typing import Iterable

from panelproof.extract.device_type import device_types, pack_by_id
from panelproof.extract.intended_use import vocabulary
from panelproof.extract.model import FactBase, FactKind
from panelproof.ingest.model import Role
from panelproof.rules.intended_use.common import INTENDED_USE_ROLES, join_names
from panelproof.rules.model import Category, Finding, Rule, Severity

_LOCATION_ROLES = (Role.CEAR, Role.CER, Role.IFU, Role.CEP, Role.SSCP)


class CommonModeOfUseMissing(Rule):
    """The intended purpose omits a mode of use that devices of this type commonly have.

    What it finds:
        A patient interface or mode of use that the device-type knowledge pack
        (knowledge/devices/<type>.yaml, `interfaces:`) lists as part of a complete intended use
        (for a ventilator: mask, endotracheal tube, tracheostomy) and that no document of the
        dossier mentions, neither as intended nor as excluded. Reported only when the documents
        name at least two interfaces of that device type (a mask-only NIV ventilator or an
        IV-only pump may simply have one). Minor: the device may legitimately not support the mode, but then the
        documents should say so.

    Why a panel cares:
        In the expert-panel opinion of 24 June 2025 the panel noted that endotracheal
        intubation, a common mode of use of ventilators, was missing from the intended use. An
        intended purpose that is silent on a common mode leaves open whether it is intended,
        and whether the clinical data must cover it.

    Example:
        Every document: "AirVent 60 is intended for non-invasive ventilation via face mask and
        for tracheostomised patients." (endotracheal intubation: never mentioned)

    Use instead:
        Name every mode of use the device supports, and state explicitly the common ones it
        does not ("not intended for use with endotracheal tubes").

    References:
        MDR Art. 2(12); MDR Annex I 23.4(b); MDR Annex XIV Part A 1(a).
    """

    code = "IU004"
    name = "common-mode-of-use-missing"
    category = Category.INTENDED_USE
    severity = Severity.MINOR
    title = "Intended purpose omits a common mode of use"
    references = ("MDR Art. 2(12)", "MDR Annex I 23.4(b)", "MDR Annex XIV Part A 1(a)")
    recommendation = ("State for each common mode of use of this device type whether it is "
                      "intended, and support each intended mode with clinical data.")

    def check(self, facts: FactBase) -> Iterable[Finding]:
        documents = {d.path for d in facts.documents_with_role(*INTENDED_USE_ROLES)}
        mentioned = {f.value.id for f in facts.of(FactKind.INTERFACE) if f.document in documents}
        for pack_id in device_types(facts):
            pack = pack_by_id(pack_id)
            expected = list((pack.data.get("interfaces") or []) if pack else [])
            # A device described with one interface only (a mask-only NIV ventilator, an
            # IV-only pump) may simply have one; two or more named and one silent is a gap.
            if not expected or len(mentioned & set(expected)) < 2:
                continue
            missing = [i for i in expected if i not in mentioned]
            if not missing:
                continue
            locations = []
            for role in _LOCATION_ROLES:
                purpose = next((f for f in facts.of(FactKind.INTENDED_PURPOSE, role=role)), None)
                if purpose is not None:
                    locations.append(purpose)
            if not locations:
                continue
            vocab = vocabulary("interfaces")
            labels = join_names([vocab.label(i) for i in missing])
            stated = join_names(sorted(vocab.label(i) for i in mentioned & set(expected)))
            yield self.finding(
                f"No document mentions {labels}, a common mode of use of a {pack.name.lower()}; "
                f"the intended use names only {stated}.", locations[:3])
