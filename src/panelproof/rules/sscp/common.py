"""Helpers of the SSCP rules: which IFU an SSCP is compared with."""

from __future__ import annotations

from panelproof.extract.model import FactBase
from panelproof.ingest.model import Document, Role


def reference_ifu(facts: FactBase, sscp: Document) -> Document | None:
    """The IFU in the SSCP's language, else the English IFU, else the first IFU."""
    ifus = sorted(facts.documents_with_role(Role.IFU), key=lambda d: d.path)
    if not ifus:
        return None
    return (next((d for d in ifus if d.language and d.language == sscp.language), None)
            or next((d for d in ifus if d.language == "en"), None) or ifus[0])
