"""EV005: equivalence to another manufacturer's device without a contract (Art. 61(5))."""

from __future__ import annotations

from typing import Iterable

from rapidfuzz import fuzz

from panelproof.extract.evidence import states_equivalence
from panelproof.extract.model import FactBase, FactKind
from panelproof.ingest.model import Role
from panelproof.rules.model import Category, Finding, Rule, Severity
from panelproof.scope import infer_profile


# The manufacturer's own documents make the claim; a CEAR that reports it ("The manufacturer
# claims equivalence to a device of another manufacturer") is the assessor's account of it.
_CLAIMING_ROLES = {Role.CER, Role.CEP, Role.SSCP}
_ROLE_ORDER = (Role.CER, Role.CEP, Role.SSCP)


def _same_company(a: str, b: str) -> bool:
    return fuzz.token_set_ratio(a.lower(), b.lower()) >= 85


class EquivalenceWithoutContract(Rule):
    """Equivalence to another manufacturer's device without a data-access contract.

    What it finds:
        For class III or implantable devices, an equivalent device claimed in the CER, CEP or
        SSCP that belongs to another manufacturer (stated as a competitor, or made by a
        manufacturer other than the dossier's) while no document mentions a contract giving
        full, ongoing access to its technical documentation. Access "limited to published
        data" or to "the IFU and publications" is no such contract, nor is a contract said not to
        exist. When a document admits there is no access ("the technical documentation of X was
        not available", "kein Vertrag", "non è disponibile"), the finding quotes that admission
        with the claim. The notified body's CEAR reporting the claim is not the claim itself.

    Why a panel cares:
        MDR Art. 61(5): manufacturers of implantable and class III devices may rely on a
        competitor's device only with a contract that explicitly allows full access to its
        technical documentation on an ongoing basis. Without it, the equivalence, and the
        clinical data that rest on it, do not count.

    Example:
        CER: "Equivalence is claimed to BoneFill X by OsteoCorp GmbH, a competitor."

    Use instead:
        "A contract with OsteoCorp GmbH (ref. AG-2023-7) grants full ongoing access to the
        technical documentation of BoneFill X."

    References:
        MDR Art. 61(5); MDR Annex XIV Part A §3; MDCG 2020-5.
    """

    code = "EV005"
    name = "equivalence-without-contract"
    category = Category.EVIDENCE
    severity = Severity.MAJOR
    title = "Equivalence to another manufacturer's device without a contract"
    references = ("MDR Art. 61(5)", "MDR Annex XIV Part A §3", "MDCG 2020-5")
    recommendation = ("Produce the contract that gives full ongoing access to the equivalent device's "
                      "technical documentation, or generate own clinical data.")

    def check(self, facts: FactBase) -> Iterable[Finding]:
        equivalences = facts.of(FactKind.EQUIVALENCE)
        if not equivalences or any(f.value.contract for f in equivalences):
            return
        profile = infer_profile(facts)
        if not (profile.device_class == "III" or profile.implantable):
            return
        # The dossier's own manufacturer, not the equivalent device's maker that the
        # equivalence sentence names ("the predicate X manufactured by Y").
        makers = [(f.document, f.location.quote, f.value.manufacturer) for f in equivalences if f.value.manufacturer]
        own_names = [str(f.value) for f in facts.of(FactKind.MANUFACTURER)
                     if not any(d == f.document and f.location.quote in q and _same_company(str(f.value), m)
                                for d, q, m in makers)]
        # The sentences that claim the equivalence come first (CER, then CEP, then SSCP): a line
        # listing data sources or a denied contract alone is weaker proof for a reviewer.
        claiming = sorted((f for f in equivalences if f.role in _CLAIMING_ROLES and not f.value.own_device),
                          key=lambda f: (not states_equivalence(f.location.quote), _ROLE_ORDER.index(f.role)))
        # "A contract with Y ... does not exist", "the technical documentation of X was not
        # available": the dossier's own admission that there is no access.
        admissions = [f for f in equivalences if f.value.contract is False and not f.value.own_device]
        for fact in claiming:
            value = fact.value
            foreign_maker = bool(value.manufacturer and own_names
                                 and not any(_same_company(value.manufacturer, m) for m in own_names))
            # "has no contract with Y giving access to its technical documentation": a denied
            # contract is only ever about another manufacturer's device.
            denied = value.contract is False and bool(
                value.manufacturer or value.own_device is False
                or any(states_equivalence(f.location.quote) for f in claiming))
            if value.own_device is False or foreign_maker or denied:
                if denied and not states_equivalence(fact.location.quote):
                    # the admission triggers; the sentence that claims the equivalence is the claim
                    claim = next((f for f in claiming if f is not fact and f.value.contract is not False
                                  and states_equivalence(f.location.quote)), None)
                    if claim is not None:
                        fact, value = claim, claim.value
                admission = next((f for f in admissions if f is not fact and f.document == fact.document),
                                 next((f for f in admissions if f is not fact), None))
                who = value.manufacturer or (admission.value.manufacturer if admission else None) or "another manufacturer"
                named = value.device or (admission.value.device if admission else "")
                device = f" {named}" if named else ""
                kind = "class III" if profile.device_class == "III" else "implantable"
                if admission is not None:
                    yield self.finding(
                        f'{fact.document} claims equivalence to the device{device} of {who} ("{fact.location.quote}"), '
                        f'and {admission.document} admits that there is no access to that device\'s technical '
                        f'documentation ("{admission.location.quote}"); without a contract giving full, ongoing '
                        f"access, the equivalence of this {kind} device cannot be relied on.",
                        [fact, admission])
                elif denied:
                    yield self.finding(
                        f'{fact.document} relies on the device{device} of {who} but states that there is no access '
                        f'to its technical documentation ("{fact.location.quote}"); without a contract giving full, '
                        f"ongoing access, the equivalence of this {kind} device cannot be relied on.",
                        [fact])
                else:
                    yield self.finding(
                        f'{fact.document} claims equivalence to the device{device} of {who} ("{fact.location.quote}"), '
                        f"but no document of this {kind} device's dossier mentions a contract giving full access "
                        f"to that device's technical documentation.",
                        [fact])
                return
