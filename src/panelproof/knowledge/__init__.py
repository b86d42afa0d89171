"""Knowledge as data: vocabularies, device profiles, red flags and hazard patterns in YAML.

Each YAML file under this folder is readable and extendable by a regulatory expert; every
entry carries a `source`. `load("vocabulary/care_settings")` returns the parsed file.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@lru_cache(maxsize=None)
def load(name: str) -> Any:
    """Parse `knowledge/<name>.yaml` shipped in the package."""
    path = resources.files(__name__).joinpath(f"{name}.yaml")
    with path.open("r", encoding="utf-8") as handle:
        # libyaml's parser when installed (same objects, several times faster to parse).
        return yaml.load(handle, Loader=_LOADER)  # noqa: S506 - a safe loader


def available(folder: str) -> list[str]:
    """Names (without .yaml) of the knowledge files in a sub-folder, e.g. "devices"."""
    base = resources.files(__name__).joinpath(folder)
    if not base.is_dir():
        return []
    return sorted(f"{folder}/{p.name[:-5]}" for p in base.iterdir() if p.name.endswith(".yaml"))
