"""CECP scope: whether the clinical evaluation consultation procedure applies (MDR Art. 54)."""

from panelproof.scope.decide import PROCEDURE, decide
from panelproof.scope.infer import infer_profile
from panelproof.scope.model import DeviceProfile, ScopeDecision

__all__ = ["PROCEDURE", "DeviceProfile", "ScopeDecision", "decide", "infer_profile"]
