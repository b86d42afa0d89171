"""Compiled regular expressions kept between runs, as Python keeps bytecode in __pycache__.

The vocabularies become a few hundred large alternations; CPython's `re` parses and compiles
them on every run (about half a second, the largest fixed cost of a check). This module keeps
the compiled form (the regex engine's code: a list of integers, plus the group names) in the
user's cache folder and hands it straight to the engine next time. The pattern text is the
key, so an edited vocabulary simply compiles its new patterns once.

It relies on CPython's internal `re._compiler` / `_sre.compile`, so it switches itself on only
for the CPython versions it has been checked with, after a self-test, and falls back to normal
compilation on any surprise. Set PANELPROOF_NO_CACHE=1 to switch it off; the cache folder is
$PANELPROOF_CACHE_DIR, else $XDG_CACHE_HOME/panelproof, else ~/.cache/panelproof.
"""

from __future__ import annotations

import marshal
import os
import re
import sys
import tempfile
from array import array
from pathlib import Path

try:  # CPython internals; absent or different elsewhere
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - other interpreters
    _sre = _compiler = _parser = None  # type: ignore[assignment]

_CHECKED_VERSIONS = ((3, 11), (3, 12), (3, 13))
# Patterns shorter than this compile in a few microseconds: not worth a cache entry. The
# hundreds of mid-length patterns of the extractors and rules (a few terms each) together cost
# about 0.35 s per run, so they are kept too. Some are built from a dossier's own text (device
# names): a few entries per new dossier, bounded by _MAX_ENTRIES.
_MIN_PATTERN_LENGTH = 24
# A cache grown past this is a sign of patterns built from changing text: start afresh.
_MAX_ENTRIES = 20_000

_entries: dict[tuple[str, int], tuple] = {}
_loaded_count = 0
# The entries this run asked for.
_used: set[tuple[str, int]] = set()
# Each write of the file is a generation; every entry carries the last generation in which a
# run used it. Patterns of earlier versions of the vocabularies (each edit makes new ones)
# must leave the file, or it grows until every run loads tens of megabytes it never uses; but
# an entry one run did not need (the vocabulary of a language only another dossier has) must
# stay, or runs over small and large dossiers in turn would parse it again each time. So an
# entry leaves after this many writes in which no run used it.
_KEEP_WRITES = 40
_generation = 0
_last_used: dict[tuple[str, int], int] = {}
_original_compile = None
_owner_pid: int | None = None
# Entries this process made itself, since it started or was forked. Only the process that
# enabled the cache writes the file, so a worker hands its own back (`take_fresh`) for the
# parent to keep (`adopt`): patterns that only the dossier's text reaches (an extractor's
# vocabulary of another language) would otherwise be parsed again by the workers of every run.
_fresh: dict[tuple[str, int], tuple] = {}
# A worker also tells which stored entries it used (`take_fresh` hands back their hashes: the
# keys hold whole vocabularies' patterns, too big to send): without that, the parent's `save`
# would drop every entry only workers use, and the next run's workers would parse them again.
_reported: set[tuple[str, int]] = set()  # in a worker: the used keys its parent knows of
_used_hashes: set[int] = set()  # in the parent: hashes of keys the workers used


def _forked() -> None:
    """In a new worker: nothing fresh of its own yet, and every key used so far is known."""
    global _reported
    _fresh.clear()
    _reported = set(_used)


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forked)


def cache_file() -> Path:
    folder = os.environ.get("PANELPROOF_CACHE_DIR")
    if not folder:
        base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
        folder = str(Path(base) / "panelproof")
    tag = f"{sys.implementation.cache_tag}-{getattr(_sre, 'MAGIC', 0)}"
    return Path(folder) / f"patterns-{tag}.marshal"


def cache_folder() -> Path | None:
    """The cache folder while the cache serves this process, for other caches of parsed
    knowledge (pint's unit definitions); None when the cache is off."""
    return cache_file().parent if _original_compile is not None else None


def enable() -> bool:
    """Serve `re` compilations from the cache in this process (and its forked workers)."""
    global _original_compile, _owner_pid, _loaded_count, _generation
    if _original_compile is not None:
        return True
    if (os.environ.get("PANELPROOF_NO_CACHE") or _sre is None
            or sys.implementation.name != "cpython"
            or sys.version_info[:2] not in _CHECKED_VERSIONS or not _self_test()):
        return False
    _last_used.clear()
    _generation = 0
    _load(cache_file())
    _loaded_count = len(_entries)
    _original_compile = _compiler.compile
    _owner_pid = os.getpid()
    _compiler.compile = _compile
    return True


def disable() -> None:
    global _original_compile
    if _original_compile is not None:
        _compiler.compile = _original_compile
        _original_compile = None


def save() -> None:
    """Write the cache if this run compiled new patterns, or used entries that would soon
    leave the file (only the process that enabled it). See _KEEP_WRITES."""
    global _generation
    if _original_compile is None or os.getpid() != _owner_pid:
        return
    used = {key for key in _entries if key in _used or hash(key) in _used_hashes}
    compiled_new = len(_entries) > _loaded_count
    # A run that only reads the file writes it too, now and then, so that what it uses keeps
    # its place while other runs write the file with patterns of their own.
    aging = any(_last_used.get(key, _generation) < _generation - _KEEP_WRITES // 2 for key in used)
    if not (compiled_new or aging):
        return
    generation = _generation + 1
    kept = []
    for key, entry in _entries.items():
        last = generation if key in used else _last_used.get(key, generation)
        if generation - last <= _KEEP_WRITES:
            kept.append((key, entry, last))
    payload = (sys.version, generation, kept if len(kept) <= _MAX_ENTRIES else [])
    path = cache_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False) as handle:
            marshal.dump(payload, handle)
        os.replace(handle.name, path)  # whole or not at all, even with runs side by side
    except OSError:
        return  # a read-only home: the next run compiles again, nothing else changes
    _generation = generation
    _last_used.update((key, last) for key, _, last in kept)


def take_fresh() -> dict:
    """The entries this process made since the last call (or since it was forked), and, under
    the key "used", the hashes of stored entries it used that its parent did not know of."""
    global _reported
    fresh: dict = dict(_fresh)
    _fresh.clear()
    used = {hash(key) for key in _used - _reported if key not in fresh}
    _reported |= _used
    if used:
        fresh["used"] = used
    return fresh


def adopt(entries: dict) -> None:
    """Keep entries a worker made and note those it used (`take_fresh`), for `save` to write."""
    if _original_compile is None:
        return
    for key, entry in entries.items():
        if key == "used":
            _used_hashes.update(entry)
            continue
        _entries.setdefault(key, entry)
        _used.add(key)


def _load(path: Path) -> None:
    """Read the file into `_entries` (and each entry's last generation of use)."""
    global _generation
    try:
        with path.open("rb") as handle:
            version, generation, items = marshal.load(handle)
        if version != sys.version:
            return
        loaded = {(pattern, flags): (entry, last) for (pattern, flags), entry, last in items}
    except (OSError, EOFError, ValueError, TypeError):
        return  # missing, partial or foreign (an older layout too): compile as usual
    _generation = generation
    for key, (entry, last) in loaded.items():
        _entries[key] = entry
        _last_used[key] = last


def _compile(pattern, flags=0):
    if (not isinstance(pattern, str) or len(pattern) < _MIN_PATTERN_LENGTH
            or flags & re.DEBUG):
        return _original_compile(pattern, flags)
    key = (pattern, int(flags))
    entry = _entries.get(key)
    if entry is None:
        if not _called_from_panelproof():
            # Other libraries' patterns (some built in a different order every run) stay
            # theirs: only panelproof's vocabularies are kept.
            return _original_compile(pattern, flags)
        try:
            entry = _engine_code(pattern, flags)
        except Exception:  # noqa: BLE001 - let `re` raise its own error, as usual
            return _original_compile(pattern, flags)
        _entries[key] = _fresh[key] = entry
    _used.add(key)
    final_flags, code, groups, groupindex, indexgroup = entry
    return _sre.compile(pattern, final_flags, array(_CODE_TYPE, code).tolist(), groups,
                        groupindex, indexgroup)


def derived(kind: str, pattern: str, compute):
    """`compute(pattern)`, kept in the cache under (pattern, kind) like a compiled pattern.

    For what panelproof reads out of a pattern's parsed form (the literals every match holds,
    the characters a match starts with): without it, `re`'s parser would still read a few
    hundred large patterns on every run. Also for other small answers that are costly to
    reach and fixed for a given key (pint's unit conversions: `kind` then holds what they
    depend on). `compute` must return marshallable values (strings, tuples, None).
    """
    if _original_compile is None:  # the cache is off
        return compute(pattern)
    key = (pattern, kind)  # never a compiled pattern's key: those hold the flags (an int)
    entry = _entries.get(key)
    if entry is None:
        entry = _entries[key] = _fresh[key] = (compute(pattern),)  # a tuple: None is a value too
    _used.add(key)
    return entry[0]


# The engine's code units, stored as bytes (a list of Python ints is slow to load).
_CODE_TYPE = "I"


def _engine_code(pattern: str, flags: int) -> tuple:
    """What `re._compiler.compile` hands to the engine, as plain (marshallable) values."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (int(flags | parsed.state.flags), array(_CODE_TYPE, code).tobytes(),
            parsed.state.groups - 1, groupindex, tuple(indexgroup))


_PACKAGE_FOLDER = os.path.dirname(os.path.abspath(__file__))


def _called_from_panelproof() -> bool:
    frame = sys._getframe(2)
    for _ in range(8):
        if frame is None:
            return False
        if frame.f_code.co_filename.startswith(_PACKAGE_FOLDER):
            return True
        frame = frame.f_back
    return False


def _self_test() -> bool:
    """The cached path must give the same pattern objects' behaviour as `re` itself."""
    samples = [(r"(?P<n>\d+)\s*(?:kg|ml)\b", re.IGNORECASE, "Weighs 12 KG, 5 ml"),
               (r"(?<!\w)(?:caf[ée]s?|tea)(?!\w)|x{2,}", 0, "café teas tea xxx")]
    try:
        for pattern, flags, text in samples:
            final, code, groups, groupindex, indexgroup = _engine_code(pattern, flags)
            ours = _sre.compile(pattern, final, array(_CODE_TYPE, code).tolist(), groups,
                                groupindex, indexgroup)
            theirs = re.compile(pattern, flags)
            if ([m.span() for m in ours.finditer(text)] != [m.span() for m in theirs.finditer(text)]
                    or ours.groupindex != theirs.groupindex or ours.flags != theirs.flags):
                return False
        return True
    except Exception:  # noqa: BLE001 - any difference in the internals: do without the cache
        return False
