"""The rule registry: every `Rule` subclass in a module under `panelproof.rules`.

Rules live in `panelproof/rules/<group>/<CODE>_<name>.py`, one per module. Codes are stable:
a code is never reused for another meaning.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache

import panelproof.rules as rules_package
from panelproof.rules.model import Rule


@lru_cache(maxsize=1)
def all_rules() -> tuple[type[Rule], ...]:
    """Every registered rule class, sorted by code."""
    found: dict[str, type[Rule]] = {}
    for module_info in pkgutil.walk_packages(rules_package.__path__, rules_package.__name__ + "."):
        leaf = module_info.name.rsplit(".", 1)[-1]
        if module_info.ispkg or leaf in {"model", "registry", "common"} or leaf.startswith("_"):
            continue
        module = importlib.import_module(module_info.name)
        for value in vars(module).values():
            if (isinstance(value, type) and issubclass(value, Rule) and value is not Rule
                    and value.__module__ == module.__name__ and getattr(value, "code", None)):
                if value.code in found and found[value.code] is not value:
                    raise RuntimeError(f"rule code {value.code} is defined twice")
                found[value.code] = value
    return tuple(found[code] for code in sorted(found))


def rule_by_code(code: str) -> type[Rule]:
    for rule in all_rules():
        if rule.code == code:
            return rule
    raise KeyError(code)
