"""Knowledge as data: vocabularies, device profiles, red flags and hazard patterns in YAML.

Each YAML file under this folder is readable and extendable by a regulatory expert; every
entry carries a `source`. `load("vocabulary/care_settings")` returns the parsed file.
"""

from __future__ import annotations

import marshal
import os
import sys
import tempfile
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from panelproof import regex_cache

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@lru_cache(maxsize=None)
def load(name: str) -> Any:
    """Parse `knowledge/<name>.yaml` shipped in the package."""
    path = resources.files(__name__).joinpath(f"{name}.yaml")
    cached = _cached(name, path)
    if cached is not None:
        return cached.data
    with path.open("r", encoding="utf-8") as handle:
        # libyaml's parser when installed (same objects, several times faster to parse).
        data = yaml.load(handle, Loader=_LOADER)  # noqa: S506 - a safe loader
    _store(name, path, data)
    return data


# --- parsed files kept between runs ----------------------------------------------------------
# Building Python objects from YAML costs about a quarter of a second per run for the whole
# knowledge base, even with libyaml's parser: more than the rest of a small dossier's check.
# While the console script's cache is on (`regex_cache.cache_folder`), each parsed file is
# kept there in `marshal` form, keyed by the YAML file's size and modification time, so an
# edited vocabulary is simply parsed again. Files holding values marshal cannot keep (dates)
# are parsed every time.

class _Hit:
    """A cache hit (its data may itself be None, an empty YAML file)."""

    def __init__(self, data: Any) -> None:
        self.data = data


def _cache_path(name: str) -> Path | None:
    folder = regex_cache.cache_folder()
    if folder is None:
        return None
    return folder / "knowledge" / f"{name.replace('/', '--')}.marshal"


def _stamp(path) -> tuple[int, int] | None:
    try:
        stat = os.stat(path)  # a package installed as files: `path` is a real path
    except (OSError, TypeError):
        return None
    return stat.st_size, stat.st_mtime_ns


def _cached(name: str, path) -> _Hit | None:
    cache, stamp = _cache_path(name), _stamp(path)
    if cache is None or stamp is None:
        return None
    try:
        with cache.open("rb") as handle:
            version, cached_stamp, data = marshal.load(handle)
    except (OSError, EOFError, ValueError, TypeError):
        return None  # missing, partial or foreign: parse the YAML
    if version != sys.version or tuple(cached_stamp) != stamp:
        return None
    return _Hit(data)


def _store(name: str, path, data: Any) -> None:
    cache, stamp = _cache_path(name), _stamp(path)
    if cache is None or stamp is None:
        return
    _write(cache, (sys.version, stamp, data))


def _write(cache: Path, value: Any) -> None:
    try:
        payload = marshal.dumps(value)
    except ValueError:
        return  # a value marshal cannot keep
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=cache.parent, delete=False) as handle:
            handle.write(payload)
        os.replace(handle.name, cache)  # whole or not at all, even with runs side by side
    except OSError:
        pass  # a read-only home: parse again next time


# --- structures derived from knowledge, kept between runs ---------------------------------------
# Some structures built from the YAML (alternations' source text, paraphrase keys of every
# term) cost tenths of a second per run to derive. `derived` keeps them like parsed files,
# keyed by the stamps of the YAML files they come from AND of the Python files that derive
# them, so an edited vocabulary or an edited rule of derivation is never served stale.

def stamps(names: list[str] | tuple[str, ...], files: list[str] | tuple[str, ...] = ()) -> tuple:
    """The stamps (size, modification time) of knowledge files (by name) and of other files
    (by path, e.g. a module's `__file__`); a missing file's stamp is None."""
    return (tuple(_stamp(resources.files(__name__).joinpath(f"{name}.yaml")) for name in names)
            + tuple(_stamp(path) for path in files))


def derived(name: str, compute, names: list[str] | tuple[str, ...],
            files: list[str] | tuple[str, ...] = ()) -> Any:
    """`compute()`, kept in the cache folder under `name` while the console script's cache is
    on, until a knowledge file of `names` or a source file of `files` changes. `compute` must
    return marshallable values (dicts, lists, tuples, strings, numbers, None)."""
    cache = _cache_path(f"derived--{name}")
    if cache is None:
        return compute()
    key = stamps(names, files)
    try:
        with cache.open("rb") as handle:
            version, cached_key, data = marshal.load(handle)
        if version == sys.version and cached_key == key:
            return data
    except (OSError, EOFError, ValueError, TypeError):
        pass  # missing, partial or foreign: derive again
    data = compute()
    if None not in key:
        _write(cache, (sys.version, key, data))
    return data


def available(folder: str) -> list[str]:
    """Names (without .yaml) of the knowledge files in a sub-folder, e.g. "devices"."""
    base = resources.files(__name__).joinpath(folder)
    if not base.is_dir():
        return []
    return sorted(f"{folder}/{p.name[:-5]}" for p in base.iterdir() if p.name.endswith(".yaml"))
