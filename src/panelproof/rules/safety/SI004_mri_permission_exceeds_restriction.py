"""SI004: a statement allows MR imaging more broadly than a restriction of the same dossier."""

from __future__ import annotations

from typing import Iterable

from panelproof.extract import mri_status
from panelproof.extract.mri_status import MriReading
from panelproof.extract.model import FactBase
from panelproof.ingest.model import Document, Role
from panelproof.rules.identity._compare import document_label
from panelproof.rules.model import Category, Finding, Rule, Severity

# What instructs the user or the patient: their permissions are what will be followed.
_PERMITTING = (Role.IFU, Role.SSCP, Role.LABEL)
_RESTRICTING = (Role.IFU, Role.SSCP, Role.LABEL, Role.CER, Role.CEP, Role.CEAR, Role.RMF)


class MriPermissionExceedsRestriction(Rule):
    """A statement allows MR imaging of the patient more broadly than a restriction elsewhere.

    What it finds:
        Within the dossier (any document, any language), a statement of the IFU, SSCP or label
        that allows MR imaging more broadly than an MR restriction stated in the same or
        another document (IFU, SSCP, label, CER, CEP, CEAR, risk management file):
        - a scan "without restriction" or "without (further) precautions", or "MR Safe",
          against any restriction (MR Conditional, a region or field strength limit, a
          contraindication);
        - any body region, a whole-body scan or a body transmit coil against "head or
          extremity coil only" or "full-body MRI is contraindicated";
        - a field strength (3 T) above the highest one allowed ("1.5 T only", "bis 1,5 T") or
          one that is forbidden ("3 T is contraindicated"), or a scan "at any field strength"
          ("unabhängig von der Feldstärke", "quelle que soit l'intensité du champ") against
          either, whatever precondition the permission names ("after the implantation").
        Statuses, regions and field strengths are read from knowledge/vocabulary/mri_status.yaml
        in English, French, German, Italian, Spanish and Dutch; negations ("not MR Safe",
        "nicht MR-sicher") restrict, they never allow. A restriction that names field
        strengths is compared only with permissions for one of those fields ("full body at
        1.5 T; head only at 3 T" is consistent). A contraindication of MRI above a field
        strength ("above 1.5 T", "> 3 T", "mehr als 1,5 T") forbids only the stronger fields, and
        one with an exception ("MRI except head MRI at 1.5 T", "sauf IRM de la tête à 1,5 T",
        "MRT des Kopfes bei 1,5 T ausgenommen") is read as the conditions of use it leaves;
        "MRI is contraindicated" without any exception forbids every scan, so an MR Conditional
        statement elsewhere contradicts it. Past events ("patients had undergone MRI
        before inclusion") are not read. Differences between language versions of one document
        are left to LA001. Critical when the restriction forbids what the statement allows
        (a contraindication), otherwise major.

    Why a panel cares:
        RF energy of a body transmit coil and higher field strengths heat implanted leads; the
        MR Conditional labelling is the risk control that keeps the scan within tested
        conditions. A sentence that allows more than those conditions will be followed by a
        radiographer who reads only that page, and can burn the tissue around the lead.

    Example:
        IFU: "The patient can be scanned at 1.5 T or 3 T, any body region, without further
        precautions."
        IFU warning: "Only a head or extremity transmit/receive coil at 1.5 T may be used;
        full-body MRI and body transmit coils are contraindicated because of lead heating."

    Use instead:
        State the tested MR conditions once (field strength, coil, region, SAR, scan time,
        system settings) and refer to them wherever MR imaging is mentioned.

    References:
        MDR Annex I 14.2(b) and 23.4(g); ASTM F2503-20; ISO/TS 10974:2018; FDA guidance
        "Testing and Labeling Medical Devices for Safety in the Magnetic Resonance (MR)
        Environment" (2023).
    """

    code = "SI004"
    name = "mri-permission-exceeds-restriction"
    category = Category.SAFETY_INSTRUCTION
    severity = Severity.MAJOR
    title = "MR imaging allowed more broadly than the MR conditions"
    references = ("MDR Annex I 14.2(b)", "MDR Annex I 23.4(g)", "ASTM F2503-20",
                  "ISO/TS 10974:2018")
    recommendation = ("State the tested MR conditions once (field strength, transmit coil, "
                      "region, SAR, system settings) and make every statement on MR imaging, "
                      "in every document and language, refer to them.")

    def check(self, facts: FactBase) -> Iterable[Finding]:
        documents = [d for d in facts.documents_with_role(*_RESTRICTING)]
        found = {d.path: mri_status.readings(d) for d in documents}
        restrictions = [r for d in documents for r in found[d.path] if r.restricted]
        if not restrictions:
            return []
        findings: list[Finding] = []
        reported: set[tuple] = set()
        for document in documents:
            if document.role not in _PERMITTING:
                continue
            for permission in found[document.path]:
                conflict = _first_conflict(permission, restrictions)
                if conflict is None:
                    continue
                restriction, what, forbidden = conflict
                key = (document.role, restriction.document.path, restriction.quote)
                if key in reported or (permission.quote, restriction.quote) in reported:
                    continue
                reported.update({key, (permission.quote, restriction.quote)})
                findings.append(self._finding(permission, restriction, what, forbidden))
        return findings

    def _finding(self, permission: MriReading, restriction: MriReading, what: str,
                 forbidden: bool) -> Finding:
        where_p = document_label(permission.document, permission.document.path)
        where_r = document_label(restriction.document, restriction.document.path)
        same = where_p == where_r
        message = (f"{where_p[:1].upper()}{where_p[1:]} allows MR imaging {what} "
                   f"(“{permission.quote}”), but {'the same document' if same else where_r} "
                   f"{'forbids' if forbidden else 'restricts'} it (“{restriction.quote}”). "
                   f"Outside the tested conditions RF and gradient fields can heat implanted "
                   f"leads and burn tissue (ASTM F2503-20; ISO/TS 10974:2018).")
        return self.finding(message, [permission.location, restriction.location],
                            severity=Severity.CRITICAL if forbidden else Severity.MAJOR)


def _translation_pair(a: Document, b: Document) -> bool:
    """Two language versions of one document: LA001 compares them."""
    return a.path != b.path and a.role is b.role and bool(a.language) and bool(
        b.language) and a.language != b.language


def _first_conflict(permission: MriReading, restrictions: list[MriReading]
                    ) -> tuple[MriReading, str, bool] | None:
    """(restriction, what the permission allows beyond it, whether the restriction forbids it),
    the restriction of the permission's own document first."""
    ordered = sorted(restrictions, key=lambda r: (r.document is not permission.document,
                                                  r.document.language != permission.document.language))
    for restriction in ordered:
        if restriction.location == permission.location and restriction is permission:
            continue
        if _translation_pair(permission.document, restriction.document):
            continue
        conflict = _conflict(permission, restriction)
        if conflict is not None:
            return (restriction, *conflict)
    return None


def _fields_overlap(permission: MriReading, restriction: MriReading) -> bool:
    """A restriction naming field strengths concerns only permissions for one of them."""
    scope = restriction.allowed_fields | restriction.forbidden_fields
    if (restriction.forbidden_above is not None and permission.allowed_fields and not scope
            and not restriction.limited_regions
            and max(permission.allowed_fields) <= restriction.forbidden_above):
        return False  # "MRI above 3 T is contraindicated" says nothing of scans at 1.5 T
    return not (scope and permission.allowed_fields) or bool(scope & permission.allowed_fields)


def _conflict(p: MriReading, r: MriReading) -> tuple[str, bool] | None:
    if p is r:
        return None
    if p.permits and r.status == mri_status.UNSAFE:
        return "under some circumstance", True  # MR Unsafe forbids every scan
    if (r.status == mri_status.UNSAFE and not p.negative
            and p.status in (mri_status.CONDITIONAL, mri_status.UNRESTRICTED)):
        # "MR Conditional at 1.5 T" against "MRI is contraindicated" without any exception
        return "under conditions" if p.status == mri_status.CONDITIONAL else "without restriction", True
    if p.status == mri_status.UNRESTRICTED and r.status != mri_status.UNRESTRICTED:
        if _fields_overlap(p, r) and (r.status or r.limited_regions or r.field_max
                                      or r.forbidden_fields or r.forbids_any_region
                                      or r.forbidden_above is not None or r.negative):
            return "without restriction", r.negative or r.status == mri_status.UNSAFE
    if p.any_field and not p.negative and p.field_max is None:
        # "at any field strength" against "up to 1.5 T" or "MRI above 1.5 T is contraindicated"
        if r.forbidden_above is not None or r.forbidden_fields:
            return "at any field strength", True
        if r.field_max is not None:
            return "at any field strength", r.negative
    if p.any_region and _fields_overlap(p, r):
        if r.forbids_any_region and not (r.forbidden_fields and not
                                         (r.forbidden_fields & p.allowed_fields)):
            return "of any body region or with a body coil", True
        if r.limited_regions:
            return "of any body region or with a body coil", False
    if p.allowed_fields:
        highest = max(p.allowed_fields)
        if (r.field_max is not None and highest > r.field_max
                and (p.any_region or not r.any_region)):
            # "contraindicated except head MRI at 1.5 T" forbids what lies beyond its exception
            return f"at {_tesla(highest)}", r.negative
        if r.forbidden_above is not None and highest > r.forbidden_above:
            return f"at {_tesla(highest)}", True
        beyond = p.allowed_fields & r.forbidden_fields
        if beyond and not r.forbids_any_region:
            return f"at {_tesla(max(beyond))}", True
        if beyond and p.any_region:
            return f"of any body region at {_tesla(max(beyond))}", True
    return None


def _tesla(value: float) -> str:
    return f"{value:g} T"
