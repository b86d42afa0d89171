"""The CECP scope decision (MDR Art. 54) and the device profile it is made from."""

from __future__ import annotations

from dataclasses import dataclass, field

from panelproof.ingest.model import Location

APPLICATIONS = ("initial", "renewal-mdr", "renewal-directive")
CLASSES = ("I", "IIa", "IIb", "III")


@dataclass
class DeviceProfile:
    """The facts Art. 54 turns on. None means "not stated" (inferred profiles may be partial)."""

    name: str | None = None
    device_class: str | None = None
    implantable: bool | None = None
    active: bool | None = None
    administers_or_removes_medicinal_product: bool | None = None
    application: str | None = "initial"
    modification_of_own_marketed_device: bool | None = False
    common_specification_compliant: bool | None = False
    # Where each inferred field came from (field name -> locations), for the report.
    evidence: dict[str, list[Location]] = field(default_factory=dict)


@dataclass
class ScopeDecision:
    """Output contract's `scope` object."""

    cecp_required: bool | None  # None when the profile does not allow a decision
    basis: str
    exemption: str | None
    explanation: str
    missing: tuple[str, ...] = ()

    def as_dict(self) -> dict:
        return {"cecp_required": self.cecp_required, "basis": self.basis,
                "exemption": self.exemption, "explanation": self.explanation}
