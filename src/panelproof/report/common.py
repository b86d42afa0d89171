"""What every report format shows, computed once: the device, the documents, the verdict.

Formats differ only in layout; the facts they show (which names the device goes by, how the
scope decision reads, how findings are grouped) come from here so that text, Markdown and HTML
never disagree.
"""

from __future__ import annotations

from typing import Any

from panelproof.extract.model import FactKind
from panelproof.report.model import CheckResult
from panelproof.rules.model import Finding, Severity

SEVERITY_ORDER = (Severity.CRITICAL, Severity.MAJOR, Severity.MINOR, Severity.INFO)
SEVERITY_HEADINGS = {
    Severity.CRITICAL: "Critical: could block certification on its own",
    Severity.MAJOR: "Major: an expert panel would very likely raise it",
    Severity.MINOR: "Minor",
    Severity.INFO: "Information",
}


def _distinct(values: list[Any]) -> list[str]:
    """Values as strings, first spelling kept, case- and whitespace-insensitive duplicates dropped."""
    seen: set[str] = set()
    kept: list[str] = []
    for value in values:
        if value is None:
            continue
        text = " ".join(str(getattr(value, "label", "") or getattr(value, "id", value)).split())
        if text and text.casefold() not in seen:
            seen.add(text.casefold())
            kept.append(text)
    return kept


def device_summary(result: CheckResult) -> dict[str, Any]:
    """The output contract's `dossier.device`: names, class and what the documents say."""
    facts, config, profile = result.facts, result.dossier.config, result.profile
    names = _distinct([config.device_name, profile.name, *config.aliases,
                       *(f.value for f in facts.of(FactKind.DEVICE_NAME))])
    return {
        "names": names,
        "class": profile.device_class,
        "models": _distinct([f.value for f in facts.of(FactKind.MODEL)]),
        "manufacturers": _distinct([f.value for f in facts.of(FactKind.MANUFACTURER)]),
        "basic_udi_di": _distinct([f.value for f in facts.of(FactKind.BASIC_UDI_DI)]),
        "classification_rules": sorted({f.value for f in facts.of(FactKind.CLASSIFICATION_RULE)
                                        if isinstance(f.value, int)}),
        "types": _distinct([config.device_type,
                            *(f.value.id if hasattr(f.value, "id") else f.value
                              for f in facts.of(FactKind.DEVICE_TYPE))]),
        "implantable": profile.implantable,
        "active": profile.active,
        "administers_or_removes_medicinal_product":
            profile.administers_or_removes_medicinal_product,
    }


def document_rows(result: CheckResult) -> list[dict[str, Any]]:
    """The output contract's `dossier.documents[]`."""
    return [{"path": d.path, "role": d.role.value, "language": d.language, "pages": d.pages,
             "status": d.status, "error": d.error, "warnings": list(d.warnings)}
            for d in result.dossier.documents]


def findings_by_severity(result: CheckResult) -> list[tuple[Severity, list[Finding]]]:
    """Non-empty severity groups, most severe first."""
    groups = []
    for severity in SEVERITY_ORDER:
        members = [f for f in result.findings if f.severity is severity]
        if members:
            groups.append((severity, members))
    return groups


def scope_verdict(result: CheckResult) -> str:
    """One line: does the CECP apply to this device (as inferred from the documents)?"""
    required = result.scope.cecp_required
    if required is True:
        return "The clinical evaluation consultation procedure (CECP) applies."
    if required is False:
        return "The clinical evaluation consultation procedure (CECP) does not apply."
    return "Whether the clinical evaluation consultation procedure (CECP) applies cannot be decided."


def readiness_verdict(result: CheckResult) -> str:
    """One line a regulatory team reads first."""
    counts = result.summary()
    if not result.dossier.readable:
        return "Not checked: not one document of the dossier could be read."
    blocking = counts["critical"] + counts["major"]
    if counts["critical"]:
        return (f"Not ready: {counts['critical']} critical and {counts['major']} major "
                "finding(s) to resolve before the dossier reaches a notified body or an expert panel.")
    if blocking:
        return (f"Not ready: {counts['major']} major finding(s) an expert panel would very "
                "likely raise.")
    if counts["minor"]:
        return f"No critical or major finding; {counts['minor']} minor point(s) to tidy up."
    if counts["info"]:
        return f"No critical, major or minor finding; {counts['info']} note(s) for information."
    return "No findings."


def unreadable_documents(result: CheckResult) -> list[Any]:
    return [d for d in result.dossier.documents if not d.ok]


def location_label(page: int | None, section: str | None) -> str:
    """"p. 3, § 2. Intended purpose" (either part may be missing)."""
    parts = []
    if page is not None:
        parts.append(f"p. {page}")
    if section:
        parts.append(f"§ {section}")
    return ", ".join(parts)


def yes_no(value: bool | None) -> str:
    return "yes" if value is True else "no" if value is False else "not stated"
