"""The optional `dossier.yaml` at the root of a dossier folder.

```yaml
device: {name: "Ventilator X5", aliases: ["X5", "X5 Pro"], class: IIb, type: ventilator}
documents:
  reports/CER_v3.pdf: {role: CER}
  IFU_fr.pdf: {role: IFU, language: fr}
profile: {...}            # CECP scope fields, passed on as they are
ignore: ["drafts/**", "*.xlsx"]
```
"""

from __future__ import annotations

from pathlib import Path

import yaml

from panelproof.ingest.model import DossierConfig, Role
from panelproof.ingest.roles import parse_role

CONFIG_NAMES = ("dossier.yaml", "dossier.yml")
_TOP_LEVEL = {"device", "documents", "profile", "ignore"}
_DEVICE_KEYS = {"name", "aliases", "class", "type"}


class DossierConfigError(Exception):
    """dossier.yaml cannot be used; the message says why in plain words."""


def find_config(folder: Path) -> Path | None:
    for name in CONFIG_NAMES:
        candidate = folder / name
        if candidate.is_file():
            return candidate
    return None


def load_config(path: Path) -> DossierConfig:
    name = path.name
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise DossierConfigError(f"{name} is not valid YAML{where}: "
                                 f"{getattr(exc, 'problem', None) or exc}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise DossierConfigError(f"{name} cannot be read ({exc})") from None
    return parse_config(data, name)


def parse_config(data, name: str = "dossier.yaml") -> DossierConfig:
    if data is None:
        return DossierConfig()
    if not isinstance(data, dict):
        raise DossierConfigError(f"{name} must be a mapping with the keys "
                                 f"{', '.join(sorted(_TOP_LEVEL))}")
    unknown = set(map(str, data)) - _TOP_LEVEL
    if unknown:
        raise DossierConfigError(f"{name}: unknown key(s) {', '.join(sorted(unknown))}; "
                                 f"allowed are {', '.join(sorted(_TOP_LEVEL))}")
    config = DossierConfig()
    _read_device(data.get("device"), config, name)
    _read_documents(data.get("documents"), config, name)
    profile = data.get("profile") or {}
    if not isinstance(profile, dict):
        raise DossierConfigError(f"{name}: 'profile' must be a mapping")
    config.profile = profile
    ignore = data.get("ignore") or []
    if isinstance(ignore, str):
        ignore = [ignore]
    if not isinstance(ignore, list) or not all(isinstance(g, str) for g in ignore):
        raise DossierConfigError(f"{name}: 'ignore' must be a list of file patterns")
    config.ignore = tuple(ignore)
    return config


def _read_device(device, config: DossierConfig, name: str) -> None:
    if device is None:
        return
    if not isinstance(device, dict):
        raise DossierConfigError(f"{name}: 'device' must be a mapping (name, aliases, class, type)")
    unknown = set(map(str, device)) - _DEVICE_KEYS
    if unknown:
        raise DossierConfigError(f"{name}: unknown device key(s) {', '.join(sorted(unknown))}; "
                                 f"allowed are {', '.join(sorted(_DEVICE_KEYS))}")
    config.device_name = _text(device.get("name"))
    aliases = device.get("aliases") or []
    if isinstance(aliases, str):
        aliases = [aliases]
    if not isinstance(aliases, list):
        raise DossierConfigError(f"{name}: device 'aliases' must be a list of names")
    config.aliases = tuple(str(a) for a in aliases if str(a).strip())
    config.device_class = _text(device.get("class"))
    config.device_type = _text(device.get("type"))


def _read_documents(documents, config: DossierConfig, name: str) -> None:
    if documents is None:
        return
    if not isinstance(documents, dict):
        raise DossierConfigError(f"{name}: 'documents' must map file paths to {{role, language}}")
    for raw_path, entry in documents.items():
        path = str(raw_path).replace("\\", "/")
        path = path[2:] if path.startswith("./") else path
        if isinstance(entry, str):  # "CER.pdf: CER" is a role
            entry = {"role": entry}
        if not isinstance(entry, dict):
            raise DossierConfigError(f"{name}: documents → {path}: expected role and/or language")
        if entry.get("role") is not None:
            role = parse_role(str(entry["role"]))
            if role is None:
                choices = ", ".join(r.value for r in Role if r is not Role.UNKNOWN)
                raise DossierConfigError(f"{name}: documents → {path}: unknown role "
                                         f"'{entry['role']}'; use one of {choices}")
            config.roles[path] = role
        if entry.get("language") is not None:
            language = str(entry["language"]).strip().lower()
            if len(language) != 2 or not language.isalpha():
                raise DossierConfigError(f"{name}: documents → {path}: language "
                                         f"'{entry['language']}' is not a two-letter ISO 639-1 code")
            config.languages[path] = language


def _text(value) -> str | None:
    return str(value).strip() if value is not None and str(value).strip() else None
