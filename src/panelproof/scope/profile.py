"""Device profiles for `panelproof scope`: read and validate a profile YAML or a plain mapping.

The fields are those Art. 54 turns on (issue 5): `name`, `class`, `implantable`, `active`,
`administers_or_removes_medicinal_product`, `application`, `modification_of_own_marketed_device`,
`common_specification_compliant`. A profile given by the user must be complete: every field
except `name` is required, so that a forgotten answer is never read as "no".
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Mapping

import yaml

from panelproof.scope.model import APPLICATIONS, CLASSES, DeviceProfile

# Profile file key -> DeviceProfile attribute.
BOOLEAN_FIELDS = ("implantable", "active", "administers_or_removes_medicinal_product",
                  "modification_of_own_marketed_device", "common_specification_compliant")
REQUIRED_FIELDS = ("class", *BOOLEAN_FIELDS[:3], "application", *BOOLEAN_FIELDS[3:])
KNOWN_FIELDS = ("name", *REQUIRED_FIELDS)

# Spellings of the class people write in profiles ("class III", "2b", "IIB").
_CLASS_ALIASES = {"1": "I", "2a": "IIa", "2b": "IIb", "3": "III"}


class ProfileError(ValueError):
    """A profile field is missing or invalid; `field` names it for the error message."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"profile field '{field}': {message}")
        self.field = field


def normalize_class(value: Any) -> str:
    """The canonical class string ("I", "IIa", "IIb", "III") or ProfileError."""
    text = str(value).strip()
    if text.lower().startswith("class"):
        text = text[5:].strip()
    for canonical in CLASSES:
        if text.lower() == canonical.lower():
            return canonical
    if text.lower() in _CLASS_ALIASES:
        return _CLASS_ALIASES[text.lower()]
    raise ProfileError("class", f"{value!r} is not one of {', '.join(CLASSES)}")


def _boolean(field: str, value: Any) -> bool:
    # YAML already turns true/false/yes/no into booleans; anything else is a mistake, not a guess.
    if isinstance(value, bool):
        return value
    raise ProfileError(field, f"{value!r} is not true or false")


def _application(value: Any) -> str:
    text = str(value).strip().lower()
    if text in APPLICATIONS:
        return text
    raise ProfileError("application", f"{value!r} is not one of {', '.join(APPLICATIONS)}")


def profile_from_mapping(data: Mapping[str, Any], *, require_all: bool = True) -> DeviceProfile:
    """Validate a profile mapping. With `require_all`, every field except `name` must be given."""
    if not isinstance(data, Mapping):
        raise ProfileError("(file)", "a profile must be a mapping of field: value")
    unknown = sorted(str(k) for k in data if k not in KNOWN_FIELDS)
    if unknown:
        raise ProfileError(unknown[0], "unknown field; known fields are " + ", ".join(KNOWN_FIELDS))
    # Values first: a wrong value is a more useful message than the fields still to fill in.
    profile = DeviceProfile(application=None, modification_of_own_marketed_device=None,
                            common_specification_compliant=None)
    if data.get("name") is not None:
        profile.name = str(data["name"])
    if data.get("class") is not None:
        profile.device_class = normalize_class(data["class"])
    for field in BOOLEAN_FIELDS:
        if data.get(field) is not None:
            setattr(profile, field, _boolean(field, data[field]))
    if data.get("application") is not None:
        profile.application = _application(data["application"])
    if require_all:
        missing = [f for f in REQUIRED_FIELDS if data.get(f) is None]
        if missing:
            also = f" (also missing: {', '.join(missing[1:])})" if len(missing) > 1 else ""
            raise ProfileError(missing[0], "missing" + also)
    return profile


def read_profile_mapping(path: Path) -> dict[str, Any]:
    """The raw mapping of a profile YAML file, or ProfileError with a plain reason."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ProfileError("(file)", f"{path} does not exist") from None
    except (OSError, UnicodeDecodeError) as error:
        raise ProfileError("(file)", f"{path} cannot be read: {error}") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark is not None else ""
        raise ProfileError("(file)", f"{path} is not valid YAML{where}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ProfileError("(file)", f"{path} must hold a mapping of field: value")
    return data


def load_profile(path: Path) -> DeviceProfile:
    """Read and validate a complete profile YAML file."""
    return profile_from_mapping(read_profile_mapping(path))


def profile_as_dict(profile: DeviceProfile) -> dict[str, Any]:
    """The profile in the file's field names (for JSON output and round trips)."""
    return {"name": profile.name, "class": profile.device_class,
            **{f: getattr(profile, f) for f in BOOLEAN_FIELDS[:3]},
            "application": profile.application,
            **{f: getattr(profile, f) for f in BOOLEAN_FIELDS[3:]}}
