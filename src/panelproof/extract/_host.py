"""Host and companion devices: wording that names equipment the device is used with.

A closed-loop module "for the Lusair N3 neonatal ventilator", a sensor "compatible with the
X-200 console", a pump "to be used with the Y set", "respiratory support delivered by the
Lusair N3 ventilator", "pour le ventilateur Lusair N3", "für das Beatmungsgerät Lusair N3",
"mit dem Lusair HF2 Gerät": the name and the device-type word after such a cue belong to another
device. The identity extractor does not read such a name as the device's trade name, and the
device-type extractor does not read such a device-type word as the device's own type.

`HOST_CUE` is tested on the text of the clause before the article (or the name) only, so it
ends with `$`; a coordinated host ("for the X ventilator and the Y driver") is reached through
an "and"/"or"/"," of at most a few words without a verb of being.
"""

from __future__ import annotations

import re

# Relations that make the following noun phrase another device (case-insensitive; accents
# optional, the device-type extractor reads folded text as well as normalised text).
_RELATION = (
    r"for\s+use\s+(?:with|on|together\s+with)|to\s+be\s+used\s+(?:with|on|together\s+with)"
    r"|used\s+(?:with|on|together\s+with|in\s+combination\s+with)|use\s+with"
    r"|in\s+combination\s+with|together\s+with|compatible\s+with|interoperable\s+with"
    r"|paired\s+with|connect(?:ed|s|ing)?\s+(?:\w+\s+)?(?:to|with)|attach(?:ed|es)?\s+to"
    r"|mount(?:ed|s)?\s+(?:on|onto)|fitted\s+(?:to|on)|plug(?:ged|s)?\s+into|inserted\s+into"
    r"|integrated\s+(?:in|into|with)|delivered\s+(?:by|via|through|with)|provided\s+by"
    r"|driven\s+by|supplied\s+by|generated\s+by|ventilated\s+(?:with|on|by)|treated\s+with"
    r"|supported\s+(?:by|with|on)|running\s+on|installed\s+on"
    # French
    r"|avec|compatibles?\s+avec|utilis[ée]e?s?\s+avec|connect[ée]e?s?\s+(?:à|a|au|aux)"
    r"|raccord[ée]e?s?\s+(?:à|a|au|aux)|branch[ée]e?s?\s+sur|mont[ée]e?s?\s+sur"
    r"|fourni(?:e|s|es)?\s+par|d[ée]livr[ée]e?s?\s+par"
    # German
    r"|mit|kompatibel\s+mit|angeschlossen\s+an|verbunden\s+mit|zur\s+verwendung\s+mit"
    r"|zum\s+anschluss\s+an|an(?=\s+(?:das|den|dem|ein|eine|einen|einem)\b|\s*$)"
    # Italian, Spanish
    r"|con|compatibile\s+con|collegat[oaie]\s+(?:a|al|alla)|compatibles?\s+con"
    r"|conectad[oa]s?\s+(?:a|al)|utilizad[oa]s?\s+con|utilizzat[oaie]\s+con")
# An accessory noun, then the purpose preposition: "module for", "Modul zur ... für",
# "module de titration ... pour", "accessorio per".
_ACCESSORY = (
    r"(?:module|add-?on|accessor(?:y|ies)|attachment|adapt[eo]r|sensor|kit|component|option"
    r"|upgrade|software|controller|extension|modul|zubeh[öo]r|zusatzmodul|erweiterung|sensor"
    r"|accessoire|composant|logiciel|capteur|modulo|accessorio|accesorio|componente)s?"
    r"\b[^.;:!?]{0,80}?\b(?:for|pour|f[üu]r|per|para|to)")
_ARTICLE = (r"(?:the|a|an|any|each|its|their|le|la|les|l['’]|un|une|au|aux|das|den|dem|der|die|"
            r"ein|eine|einem|einen|einer|il|lo|gli|el|los|las|al|alla)")
# "for the X ventilator and the " / "avec le X et le ": a coordinated second host.
_COORDINATED = (r"(?:[^.;:!?]{0,80}?\s(?:and|or|as\s+well\s+as|et|ou|und|oder|e|o|y)\s+|"
                r"[^.;:!?]{0,80}?,\s*)?")

# The clause before an article or a name, when what follows is another device.
HOST_CUE = re.compile(
    rf"(?i:\b(?:{_RELATION}|{_ACCESSORY})\s+{_COORDINATED}(?:{_ARTICLE}\s*)?)$")
# The same, with a product name and lower-case words between the article and a device-type
# word: "compatible with the Lusair N3 neonatal " before "ventilator".
_NAME_TOKEN = r"(?:[A-ZÀ-Þ0-9][\w®™.-]*)"
HOST_CUE_BEFORE_TYPE = re.compile(
    rf"(?i:\b(?:{_RELATION}|{_ACCESSORY})\s+{_COORDINATED}(?:{_ARTICLE}\s+)?)"
    rf"(?:{_NAME_TOKEN}\s+){{1,4}}(?:[a-zà-öø-ÿß-]+\s+){{0,2}}$")
# "is", "ist", "est": a verb of being in the words before ends the host phrase ("is compatible
# with the X ventilator and the Y module is a ..."), so a coordination never crosses it.
_BEING = re.compile(r"\b(?:is|are|est|sont|ist|sind|è|es)\b", re.IGNORECASE)

_CLAUSE_BREAK = ".;:!?|"
_WINDOW = 160


def clause_before(text: str, position: int) -> str:
    """The text of the clause that ends at `position` (at most a few dozen words)."""
    start = max(text.rfind(c, 0, position) for c in _CLAUSE_BREAK) + 1
    return text[max(start, position - _WINDOW):position]


def _search(pattern: re.Pattern, before: str) -> bool:
    """A match of `pattern` whose words hold no verb of being: the leftmost match may start at
    an earlier cue of another clause ("the module is compatible with ... and connects to ")."""
    position = 0
    while (match := pattern.search(before, position)) is not None:
        if not _BEING.search(before, match.start()):
            return True
        position = match.start() + 1
    return False


# A noun phrase followed by a verb of being is the subject of its own clause ("... and the
# AirVent 60 ventilator is a ventilator"), whatever comes before it.
_SUBJECT_AFTER = re.compile(
    r"\s*(?:is|are|est|sont|ist|sind|è|es)\s+(?:an?|un|une|ein|eine|uno|una|intended|designed|"
    r"indicated|destin[ée]\w*|con[çc]u\w*|pr[ée]vu\w*|bestimmt|vorgesehen|destinat\w*|"
    r"destinad\w*)\b", re.IGNORECASE)


def names_host(text: str, position: int, end: int | None = None) -> bool:
    """Whether a noun phrase (article or name) at `position` of `text`, ending at `end`, names
    a device the device is used with, not the device itself."""
    if end is not None and _SUBJECT_AFTER.match(text, end):
        return False
    return _search(HOST_CUE, clause_before(text, position))


def names_host_type(text: str, position: int) -> bool:
    """Whether a device-type word at `position` follows a host cue and a product name ("for
    the Lusair N3 neonatal ventilator")."""
    return _search(HOST_CUE_BEFORE_TYPE, clause_before(text, position))
