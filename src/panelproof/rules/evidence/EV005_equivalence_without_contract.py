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
        For a device of any class, an equivalence claimed in the CER, CEP or SSCP while a document
        states that there is no contract with, or no access to the technical documentation of,
        the equivalent device's manufacturer ("no contract with Y exists, but the characteristics
        were compared using brochures", "without a contract", "is not in place"): Annex XIV Part
        A §3 and MDCG 2020-5 require sufficient access to the equivalent device's data for every
        class, and Art. 61(5) a contract for class III and implantable devices.

        For class III or implantable devices, moreover, an equivalent device claimed in the CER, CEP or
        SSCP that belongs to another manufacturer (stated as a competitor, or made by a
        manufacturer other than the dossier's) while no document mentions a contract giving
        full, ongoing access to its technical documentation. Access "limited to published
        data" or to "the IFU and publications" is no such contract, nor is a contract said not to
        exist. A sentence about a contract that follows the equivalence claim in the same
        paragraph ("Equivalence is claimed to X of Y. There is no contract with Y; ...") is read
        as being about X. When a document admits there is no access ("the technical documentation of X was
        not available", "kein Vertrag", "non è disponibile"), the finding quotes that admission
        with the claim. The notified body's CEAR reporting the claim is not the claim itself,
        and a contract named as a condition or requirement ("data of an equivalent device are
        used only if a contract ... is in place", "Art. 61(5) requires a contract") states
        none: it neither proves a contract nor is quoted as the claim.

    Why a panel cares:
        MDR Art. 61(5): manufacturers of implantable and class III devices may rely on a
        competitor's device only with a contract that explicitly allows full access to its
        technical documentation on an ongoing basis. Without it, the equivalence, and the
        clinical data that rest on it, do not count.

    Example:
        CER: "Equivalence is claimed to BoneFill X by OsteoCorp GmbH, a competitor."
        CER of a class IIa device: "No contract with Nordic Devices AB exists; the clinical,
        technical and biological characteristics were compared using brochures."

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

    @staticmethod
    def _for_any_class(finding: Finding) -> Finding:
        """Below class III and outside implants, Art. 61(5) does not apply; the access that Annex
        XIV Part A §3 and MDCG 2020-5 require does."""
        finding.references = ("MDR Annex XIV Part A §3", "MDCG 2020-5")
        finding.recommendation = ("Show sufficient access to the equivalent device's technical documentation "
                                  "and data (e.g. an agreement with its manufacturer), or generate own "
                                  "clinical data.")
        return finding

    def check(self, facts: FactBase) -> Iterable[Finding]:
        equivalences = facts.of(FactKind.EQUIVALENCE)
        if not equivalences or any(f.value.contract for f in equivalences):
            return
        profile = infer_profile(facts)
        # Art. 61(5) (a contract) binds class III and implantable devices; for every other class
        # Annex XIV Part A §3 still requires sufficient access to the equivalent device's data, so
        # there only a stated absence of contract or access is reported.
        needs_contract = profile.device_class == "III" or bool(profile.implantable)
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
            if not needs_contract and not denied and not admissions:
                continue
            if value.own_device is False or foreign_maker or denied:
                if not states_equivalence(fact.location.quote):
                    # an admission, or a sentence that only names another manufacturer's device
                    # ("only if ... for a device of another manufacturer"), triggers; the sentence
                    # that claims the equivalence is the claim
                    claim = next((f for f in claiming if f is not fact and f.value.contract is not False
                                  and states_equivalence(f.location.quote)), None)
                    if claim is not None:
                        fact, value = claim, claim.value
                admission = next((f for f in admissions if f is not fact and f.document == fact.document),
                                 next((f for f in admissions if f is not fact), None))
                who = value.manufacturer or (admission.value.manufacturer if admission else None) or "another manufacturer"
                named = value.device or (admission.value.device if admission else "")
                device = f" {named}" if named else ""
                kind = ("class III" if profile.device_class == "III" else "implantable" if needs_contract
                        else f"class {profile.device_class}" if profile.device_class else "")
                if not needs_contract:
                    if admission is None and not denied:
                        continue
                    if admission is not None:
                        stated = (f'{fact.document} relies on the device{device} of {who} ("{fact.location.quote}"), '
                                  f'and {admission.document} states that there is no contract with its manufacturer '
                                  f'or no access to its technical documentation ("{admission.location.quote}")')
                    else:
                        stated = (f'{fact.document} relies on the device{device} of {who} but states that there is '
                                  f'no contract with its manufacturer or no access to its technical documentation '
                                  f'("{fact.location.quote}")')
                    yield self._for_any_class(self.finding(
                        f"{stated}; without sufficient access to the equivalent device's data, the equivalence "
                        f"of this {kind + ' ' if kind else ''}device cannot be demonstrated.",
                        [fact, admission] if admission is not None else [fact]))
                    return
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
