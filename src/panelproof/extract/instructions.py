"""INSTRUCTION facts: the imperative and procedural sentences of the IFU, CER, SSCP and labels.

An instruction tells someone what to do: "Switch off the oxygen supply before opening the
circuit.", "Ventilate the patient for several breaths without oxygen.", "Coupez l'alimentation
en oxygène.", "Schalten Sie die Sauerstoffzufuhr ab.", "Sauerstoffzufuhr abschalten.", "The
oxygen supply must be switched off." The safety rules match these against hazard patterns
(knowledge/hazards.yaml); whether an instruction is a prohibition ("Do not ...") is for the
matcher to judge, so prohibitions are instructions too.

No part-of-speech tagger is available, so the cues are grammatical shapes rather than a list of
sentences: an English sentence whose first word is followed by an object ("X the ...", "X off"),
a French verb in -ez or an infinitive followed by an article, a German "<Verb> Sie" or a
telegraphic sentence ending in a lower-case infinitive, and modal duties in each language.
The fact's value is the sentence as normalised text; its quote is verbatim.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Iterator

from panelproof.extract.common import ExtractionContext, make_fact, sentences
from panelproof.extract.device_type import fold
from panelproof.extract.model import Fact, FactKind, Sentence
from panelproof.ingest.model import Block, BlockKind, Document, Role

# The notified body's and the plans' sentences describe or plan; they do not instruct users.
_INSTRUCTING_ROLES = {Role.IFU, Role.CER, Role.SSCP, Role.LABEL, Role.OTHER, Role.UNKNOWN}

# "Step 3:", "3.", "a)", "(5)", "(b)", "(iv)", "WARNING:", "Achtung:", "Remarque :" in front of
# the instruction.
_LEAD_MARKER = re.compile(
    r"^(?:(?:step|etape|schritt)\s*\d+\s*[:.)-]?\s*|\d+(?:\.\d+)*[.)]?\s+|[a-z][.)]\s+|[-*•]\s*|"
    r"[(（](?:\d{1,2}|[a-z]|[ivx]{1,4})[)）]\s*|[①-⑳]\s*|"
    r"(?:warning|caution|note|important|danger|notice|attention|avertissement|mise en garde|"
    r"remarque|precaution|achtung|warnung|vorsicht|hinweis|wichtig|gefahr|"
    r"aviso|advertencia|precaucao|cuidado|atencao|perigo|nota)\s*[:!-]\s*)+",
    re.IGNORECASE)
# A leading adverbial clause ("Before opening the circuit, ...", "Si l'alarme retentit, ...").
_SUBORDINATE = re.compile(
    r"^(?:before|after|when|whenever|if|once|to|in case|in the event|during|while|for|"
    r"avant|apres|lorsque|lorsqu|quand|si|s|pour|en cas|pendant|des que|"
    r"vor|nach|wenn|falls|bei|sobald|wahrend|um|"
    r"prima|dopo|quando|se|in caso|durante|per|antes|despues|cuando|si|en caso|para|"
    r"als|wanneer|indien|voordat|nadat|tijdens|"
    r"apos|depois de|enquanto|caso|em caso de|no caso de)"
    r"\b[^,;:]{0,120}[,;:]\s*",
    re.IGNORECASE)
# A field or task label of up to six words ("Use environment: ...", "Clearing of thick
# subglottic secretions: disconnect ..."): the order follows it.
_LABEL = re.compile(r"^[^\W\d_]+(?:[ -][^\W\d_]+){0,5}\s*:\s*")
# Sequencing adverbs that may precede an instruction ("Then ventilate ..."), and politeness
# words of some Englishes ("Kindly insert ...", "Pls check ...").
_SEQUENCE = re.compile(
    r"^(?:then|next|now|first|finally|afterwards|subsequently|immediately|always|simply|just|"
    r"carefully|gently|slowly|kindly|pls|plz|"
    r"poi|quindi|infine|sempre|subito|luego|despues|entonces|siempre|finalmente|"
    r"puis|ensuite|alors|enfin|d abord|toujours|"
    r"dann|danach|anschliessend|zuerst|zunachst|jetzt|sofort|immer|"
    r"em seguida|seguidamente|a seguir|por fim|primeiro|imediatamente)\b[\s,]*",
    re.IGNORECASE)

# A step of a procedure told in the passive or third person: "The patient is then
# ventilated ...", "Then the oxygen is switched off", "Le patient est ensuite ventilé",
# "Anschließend wird der Patient beatmet".
_STEP_START = re.compile(r"^(?:then|next|subsequently|afterwards|puis|ensuite|dann|danach|"
                         r"anschliessend)\b")
_STEP_INSIDE = re.compile(
    r"\b(?:is|are) (?:then|subsequently|afterwards|next) \w+|"
    r"\b(?:est|sont) (?:ensuite|alors|puis) \w+|"
    r"\b(?:wird|werden) (?:[^.;:]{0,60} )?(?:dann|anschliessend|danach)\b")

_EN_DIRECTIVE_START = {"do", "don", "never", "always", "please", "ensure", "make", "avoid",
                       "be", "keep", "let", "refer", "see"}
_EN_OBJECT_START = {"the", "a", "an", "all", "any", "each", "every", "this", "that", "these",
                    "those", "your", "its", "their", "it", "them", "off", "on", "out", "up",
                    "down", "back", "away", "several", "both", "only", "immediately",
                    "carefully", "slowly", "gently"}
# Verbs of IFU procedures that often take no direct object ("Wait 5 seconds", "Ventilate for
# several breaths"); any other verb is recognised by the object that follows it.
_EN_COMMON_VERBS = {
    "ventilate", "wait", "breathe", "proceed", "continue", "repeat", "inflate", "deflate",
    "press", "push", "pull", "turn", "switch", "shut", "stop", "start", "restart", "resume",
    "disconnect", "connect", "reconnect", "remove", "insert", "attach", "detach", "check",
    "verify", "confirm", "inspect", "clean", "disinfect", "sterilise", "sterilize", "rinse",
    "dry", "discard", "dispose", "replace", "store", "use", "reuse", "operate", "set", "adjust",
    "select", "open", "close", "hold", "release", "silence", "mute", "disable", "enable",
    "activate", "deactivate", "interrupt", "pause", "suspend", "flush", "prime", "fill",
    "empty", "drain", "clamp", "unclamp", "apply", "wear", "place", "position", "secure",
    "tighten", "loosen", "monitor", "observe", "record", "report", "contact", "call", "consult",
    "inform", "instruct", "calibrate", "test", "charge", "recharge", "plug", "unplug", "mount",
    "assemble", "disassemble", "wash", "soak", "wipe", "cover", "uncover", "cut", "trim",
    "inhale", "exhale", "administer", "inject", "infuse", "deliver", "reduce", "increase",
    "decrease", "lower", "raise", "move", "go", "return", "follow", "read", "note", "bag",
    "oxygenate", "preoxygenate", "suction", "extubate", "intubate", "wean", "implant",
    "explant", "program", "programme", "leave", "allow", "perform", "change", "bypass",
    "override", "ignore", "acknowledge", "reset"}
# First words that are not verbs even when "the" follows ("In the event", "Of the patients").
_EN_NOT_VERBS = {
    "in", "on", "at", "of", "for", "with", "by", "from", "to", "into", "during", "after",
    "before", "under", "over", "between", "through", "without", "within", "about", "against",
    "among", "as", "like", "per", "via", "upon", "onto", "across", "along", "around", "behind",
    "beyond", "despite", "except", "inside", "outside", "near", "since", "until", "towards",
    "toward", "throughout", "and", "or", "but", "if", "when", "while", "because", "once",
    "unless", "whereas", "although", "both", "all", "each", "every", "only", "also", "thus",
    "therefore", "however", "moreover", "furthermore", "further", "hence", "overall", "likewise",
    "otherwise", "meanwhile", "nonetheless", "nevertheless", "indeed", "instead", "regarding", "concerning", "following",
    "including", "according", "due", "where", "whether", "what", "which", "who", "how", "why",
    "there", "here", "it", "this", "that", "these", "those", "the", "a", "an", "is", "are",
    "was", "were", "has", "have", "had", "will", "can", "may", "might", "could", "would",
    "should", "must", "shall", "not", "no", "yes", "table", "figure", "section", "annex",
    "chapter", "page", "unlike", "than", "then", "so", "such", "same", "most", "more", "less",
    "many", "few", "some", "one", "two", "three", "first", "second", "third", "last", "next",
    "other", "another", "its", "their", "our", "his", "her", "we", "they", "he", "she", "you",
    "i", "whilst", "throughout", "above", "below", "beside", "besides"}
_EN_MODAL_DUTY = re.compile(
    r"\b(?:must|shall|should|has to|have to|is to be|are to be|needs? to|need to be|"
    r"it is (?:necessary|mandatory|essential|recommended|required|important) to|"
    r"(?:is|are) required to)\b", re.IGNORECASE)

_FR_DETERMINERS = {"le", "la", "les", "l", "un", "une", "des", "du", "au", "aux", "ce", "cet",
                   "cette", "ces", "votre", "vos", "son", "sa", "ses", "immediatement",
                   "toujours", "jamais", "pas", "en", "a", "plusieurs", "tout", "tous",
                   "toutes", "avec", "sans", "pendant", "correctement", "soigneusement"}
_FR_NOT_EZ = {"chez", "assez", "nez", "rez"}
_FR_MODAL_DUTY = re.compile(
    r"\b(?:il faut|vous devez|doit etre|doivent etre|il est (?:necessaire|recommande|"
    r"imperatif|obligatoire|indispensable) de|veillez|assurez-vous|assurez vous|"
    r"ne doit pas|ne doivent pas|ne jamais|ne pas)\b")

_DE_FINITE = {"ist", "sind", "war", "waren", "wird", "werden", "wurde", "wurden", "worden",
              "hat", "haben", "hatte", "hatten", "kann", "konnen", "konnte", "konnten", "muss",
              "mussen", "soll", "sollen", "sollte", "sollten", "darf", "durfen", "zeigt",
              "zeigen", "zeigte", "zeigten", "gibt", "gab", "dass", "liegt", "lagen", "lag",
              "traten", "trat", "auftraten", "ergab", "ergaben", "wir", "ich", "er", "es"}
_DE_MODAL_DUTY = re.compile(
    r"\b(?:muss|mussen|darf|durfen|ist|sind|sollte|sollten|soll|sollen)\b[^.;:]{0,80}?"
    r"\b(?:werden|zu \w+en|nicht|niemals|zu \w+ern)\b|\bstellen sie sicher\b|"
    r"\bist sicherzustellen\b|\bsicherstellen\b")


def _units(block: Block) -> Iterator[tuple[int, int]]:
    """Sentence spans of a block; a table row's cells are read one by one."""
    if block.kind is BlockKind.TABLE_ROW:
        text = block.normalized
        start = 0
        for piece in text.split("|") + []:
            end = start + len(piece)
            s, e = start, end
            while s < e and text[s] == " ":
                s += 1
            while e > s and text[e - 1] == " ":
                e -= 1
            if e > s:
                yield from _split_sentences(text, s, e)
            start = end + 1
        return
    yield from sentences(block)


_INNER_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý])")


def _split_sentences(text: str, s: int, e: int) -> Iterator[tuple[int, int]]:
    start = s
    for match in _INNER_END.finditer(text, s, e):
        yield start, match.start()
        start = match.end()
    if start < e:
        yield start, e


def _core(sentence: str) -> str:
    """The folded sentence without markers, leading subordinate clause and sequencing word."""
    text = fold(sentence).strip()
    text = text.replace("'", " ").replace("\u2019", " ")
    previous = None
    while previous != text:
        previous = text
        text = _LEAD_MARKER.sub("", text).strip()
        text = _SUBORDINATE.sub("", text).strip()
        text = _SEQUENCE.sub("", text).strip()
        text = _LABEL.sub("", text).strip()
    return text


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text)


def _english_imperative(words: list[str]) -> bool:
    first = words[0]
    if first in _EN_DIRECTIVE_START or first in _EN_COMMON_VERBS:
        return True
    if first in _EN_NOT_VERBS or first.endswith(("ing", "ed", "ly", "tion", "ness", "ity")):
        return False
    return len(words) > 1 and words[1] in _EN_OBJECT_START


def _french_imperative(words: list[str]) -> bool:
    first = words[0]
    if first in {"ne", "n"} and len(words) > 1:
        return words[1] in {"pas", "jamais"} or words[1].endswith("ez")
    if first.endswith("ez") and len(first) > 3 and first not in _FR_NOT_EZ:
        return True
    return (first.endswith(("er", "ir", "re")) and len(first) > 3 and len(words) > 1
            and words[1] in _FR_DETERMINERS)


# Italian and Spanish IFUs instruct with an infinitive ("Disattivare l'allarme", "Retirar la
# cánula"), a polite imperative followed by an article ("Scollegare il tubo", "Desconecte el
# tubo") or a modal ("deve essere", "debe", "hay que", "è necessario", "es necesario").
_IT_ES_ARTICLES = {"il", "lo", "la", "l", "i", "gli", "le", "un", "uno", "una", "el", "los",
                   "las", "su", "sus", "il", "del", "della", "dello", "al", "alla", "sempre",
                   "mai", "immediatamente", "subito", "inmediatamente", "siempre", "nunca",
                   "questo", "questa", "este", "esta", "ogni", "cada", "todo", "todos", "tutte",
                   "tutti", "lentamente", "con", "sin", "senza"}
_IT_ES_NOT_VERBS = {"per", "por", "para", "durante", "contro", "entre", "fra", "tra", "sobre",
                    "come", "como", "anche", "tambien", "sotto", "oltre", "dentro", "fuori",
                    "sempre", "nunca", "mai", "ogni", "cada", "solo", "tutte", "tutti", "otra",
                    "altre", "altri", "otras", "otros", "mentre", "siempre", "ancora"}
_IT_ES_MODAL_DUTY = re.compile(
    r"\b(?:deve|devono|deve essere|devono essere|e necessario|e obbligatorio|occorre|"
    r"non deve|non devono|assicurarsi|accertarsi|"
    r"debe|deben|debe ser|deben ser|hay que|es necesario|es obligatorio|no debe|no deben|"
    r"asegurese|compruebe|"
    # Portuguese ("deve" and "é necessário" are written as in Italian once folded)
    r"devem|nao deve|nao devem|certifique[- ]se|assegure[- ]se|tem de ser|tem de)\b")
_IT_ES_PERMISSION = re.compile(
    r"\b(?:puo|possono|potra|potranno|puede|pueden|podra|podran)\s+(?:\w+mente\s+)?"
    r"(?:essere\s+|ser\s+|venire\s+)?(?:\w+mente\s+)?([a-z]+)\b|"
    r"\b(?:e|sono|es|son|esta|estan) (?:possibile|consentit[oaie]|permess[oaie]|ammess[oaie]|"
    r"posible|permitid[oa]s?|admitid[oa]s?|aceptable)\b|\bse (?:puede|pueden|permite)\b|"
    r"\bnon e (?:necessario|richiesto)\b|\bno es (?:necesario|preciso)\b")
_IT_ES_NOT_PERMITTED_ACTS = {
    "causare", "provocare", "verificarsi", "comportare", "portare", "presentarsi", "variare",
    "causar", "provocar", "producirse", "ocurrir", "aparecer", "llevar", "variar", "conducir",
    "si", "se", "essere", "ser", "avere", "tener", "migliorare", "mejorar", "aumentare",
    "aumentar", "ridurre", "reducir"}


def _italian_spanish_imperative(words: list[str]) -> bool:
    first = words[0]
    if first in {"non", "no", "nunca", "mai"} and len(words) > 1:
        return words[1].endswith(("are", "ere", "ire", "ar", "er", "ir", "e", "a", "i"))
    if first in _IT_ES_NOT_VERBS or len(first) < 5 or len(words) < 2:
        return False
    if first.endswith(("are", "ere", "ire", "arsi", "ersi", "irsi", "ar", "er", "ir", "arse",
                       "erse", "irse")):
        return words[1] in _IT_ES_ARTICLES or first.endswith(("arsi", "arse", "ersi", "irsi"))
    # polite imperative ("Scolleghi il tubo", "Desconecte el tubo", "Pulse el botón")
    if words[1] in {"la", "le", "l"}:  # "Desactive la alarma"; short words are often nouns
        return len(first) >= 6 and first.endswith(("e", "a", "i"))
    return first.endswith(("e", "a", "i")) and words[1] in _IT_ES_ARTICLES


# European Portuguese IFUs instruct with a polite imperative ("Verifique a posição", "Não
# reutilize", "Não o introduza", "Desligue o aparelho") or an infinitive ("Retirar a tampa").
_PT_ARTICLES = frozenset({"o", "a", "os", "as", "um", "uma", "este", "esta", "estes", "estas",
                          "todos", "todas", "cada", "sempre", "imediatamente", "cuidadosamente",
                          "lentamente", "o seu", "sem", "com", "no", "na", "nos", "nas", "ao",
                          "aos", "do", "da", "qualquer", "apenas", "nunca"})
_PT_CLITICS = frozenset({"o", "a", "os", "as", "se", "lhe", "lhes", "me", "nos"})
_PT_NOT_VERBS = frozenset({
    "durante", "entre", "sobre", "contra", "segundo", "conforme", "perante", "desde", "apenas",
    "sempre", "antes", "depois", "como", "quando", "enquanto", "onde", "toda", "todo", "cada",
    "nenhuma", "nenhum", "qualquer", "esta", "essa", "este", "esse", "aquela", "aquele", "uma",
    "nesta", "nessa", "neste", "nesse", "pela", "pelo", "para", "nunca", "ainda", "embora",
    "mesmo", "mesma", "outra", "outras", "outro", "outros", "sobretudo", "nota", "figura",
    "tabela", "parte", "fase", "idade", "doente", "doentes", "pessoa", "estrutura", "agulha",
    "caixa", "ponta", "tampa", "linha", "bomba", "bateria", "sonda", "cânula", "canula"})
# Finite verbs after "Não" that state a fact ("Não existem dados", "Não é seguro").
_PT_NOT_ORDERS = frozenset({"esta", "estao", "existe", "existem", "seja", "sera", "tem",
                            "contem", "inclui", "foi", "foram", "houve", "sao", "se", "ha",
                            "havera", "pode", "podem", "parece"})


def _portuguese_imperative(words: list[str]) -> bool:
    first = words[0]
    if first in {"nao", "nunca"} and len(words) > 1:
        verb = words[2] if words[1] in _PT_CLITICS and len(words) > 2 else words[1]
        return (len(verb) >= 4 and verb not in _PT_NOT_ORDERS
                and verb.endswith(("ar", "er", "ir", "e", "a")))
    if first in _PT_NOT_VERBS or len(first) < 4 or len(words) < 2:
        return False
    return first.endswith(("ar", "er", "ir", "e", "a")) and words[1] in _PT_ARTICLES


# English and French function words: a sentence holding one is not German telegraphic style
# ("... chez le traumatisé crânien", "... in adults and children" end in -en too).
_NOT_GERMAN = {"the", "of", "and", "is", "are", "with", "for", "in", "to", "le", "la", "les",
               "du", "et", "avec", "est", "sont", "un", "une", "pour", "dans", "chez", "sur"}


# "<Verb>en Sie" after a leading clause of any shape ("Lässt die Wirkung nach, erhöhen Sie
# ...", "Ist der Akku leer, schließen Sie ..."): the polite imperative of the main clause.
_DE_CLAUSE_IMPERATIVE = re.compile(r"[,;:]\s*([^\W\d_]+(?:en|ern|eln)) sie\b")


def _german_imperative(core: str, words: list[str], verbatim_last: str,
                       verbatim: list[str] | None = None) -> bool:
    if (len(words) > 1 and words[1] == "sie" and words[0].endswith(("en", "ern", "eln"))
            and words[0] not in _DE_FINITE):  # "werden Sie benachrichtigt" informs
        return True
    if any(m.group(1) not in _DE_FINITE for m in _DE_CLAUSE_IMPERATIVE.finditer(core)):
        return True
    if words[0] in {"nicht", "niemals", "nie", "keinesfalls", "immer", "stets"}:
        return True
    last = words[-1]
    telegraphic = (last.endswith(("en", "ern", "eln")) and verbatim_last[:1].islower()
                   and len(words) <= 14
                   and not any(w in _DE_FINITE or w in _NOT_GERMAN for w in words))
    return (telegraphic or _telegraphic_with_time(words, verbatim or [])
            or _telegraphic_coordinated(words, verbatim or []))


# A telegraphic step followed by a subordinate clause ("Bei Verlust des SpO2-Signals die FiO2
# auf 0,21 reduzieren, bis das Signal wiederhergestellt ist"): the main clause before the comma
# ends in a lower-case infinitive. A head that is itself a subordinate clause ("Wenn die
# Elektroden verrutschen, ...") or a purpose clause ("Um ... zu reduzieren, ...") is no step.
_DE_TRAILING_CLAUSE = re.compile(
    r",\s*(?:bis|wenn|sobald|damit|falls|solange|bevor|nachdem|weil|da|so dass|sodass|um)\b")
_DE_SUBORDINATORS = frozenset({"wenn", "falls", "sobald", "bevor", "nachdem", "weil", "da", "dass",
                               "ob", "um", "wahrend", "waehrend", "solange", "bis", "damit",
                               "obwohl", "sofern", "als"})


def _telegraphic_before_clause(sentence: str) -> bool:
    match = _DE_TRAILING_CLAUSE.search(fold(sentence))
    if match is None:
        return False
    verbatim = re.findall(r"[^\W_]+", _LEAD_MARKER.sub("", sentence[:match.start()].strip()))
    words = [fold(w) for w in verbatim]
    if not 2 <= len(words) <= 20 or words[0] in _DE_SUBORDINATORS or "zu" in words:
        return False
    return (words[-1].endswith(("en", "ern", "eln")) and verbatim[-1][:1].islower()
            and not any(w in _DE_FINITE or w in _NOT_GERMAN for w in words))


def _telegraphic_coordinated(words: list[str], verbatim: list[str]) -> bool:
    """Two telegraphic steps joined by "und"/"oder" ("den Blasendetektor für den gesamten
    Transport auf AUS stellen und danach wieder einschalten"): the first ends in a lower-case
    infinitive before the conjunction."""
    if len(verbatim) < len(words):
        return False
    verbatim = verbatim[len(verbatim) - len(words):]
    for i in range(2, min(len(words) - 1, 14)):
        if words[i + 1] not in {"und", "oder"}:
            continue
        if (words[i].endswith(("en", "ern", "eln")) and verbatim[i][:1].islower()
                and not any(w in _DE_FINITE or w in _NOT_GERMAN for w in words[:i + 1])):
            return True
    return False


# Dutch imperatives: the verb stem before a Dutch-only article or pronoun ("Draai het ventiel
# ...", "Sluit uw ...") or a common procedure verb before "de" ("Zet de detector uit").
_NL_ONLY_FOLLOWERS = frozenset({"het", "uw", "alle", "nooit"})
_NL_COMMON_VERBS = frozenset({
    "zet", "draai", "sluit", "schakel", "controleer", "verwijder", "gebruik", "plaats", "druk",
    "houd", "stel", "koppel", "ontkoppel", "vervang", "reinig", "bevestig", "draai", "plak",
    "verbind", "neem", "trek", "duw", "laat", "wacht", "start", "stop", "open"})


def _dutch_imperative(words: list[str]) -> bool:
    first = words[0]
    if first in {"niet", "nooit"}:
        return True
    if first in _NL_COMMON_VERBS:
        return words[1] in _NL_ONLY_FOLLOWERS or words[1] in {"de", "een"}
    return False


# A telegraphic step whose infinitive is followed by when or how long ("Alarm stummschalten
# bis Schichtende", "Alarm für 8 Stunden stummschalten" is the verb-final form): troubleshooting
# tables write so.
_DE_TIME_TAIL = frozenset({"bis", "fur", "fuer", "wahrend", "waehrend", "uber", "ueber"})


def _telegraphic_with_time(words: list[str], verbatim: list[str]) -> bool:
    if len(words) > 10 or len(verbatim) < len(words) or any(
            w in _DE_FINITE or w in _NOT_GERMAN for w in words):
        return False
    verbatim = verbatim[len(verbatim) - len(words):]  # the core drops leading labels only
    for i in range(1, len(words) - 1):
        if (words[i + 1] in _DE_TIME_TAIL and verbatim[i][:1].islower()
                and words[i].endswith(("en", "ern", "eln")) and len(words) - i - 1 <= 5):
            return True
    return False


# Permissions and advice are instructions too: a reader acts on "the patient can remain off
# support for 3 minutes", "a bolus may be repeated immediately", "il est possible de ...",
# "darf ... werden" as on an imperative. The shape is a modal of permission followed by an
# action verb (or its passive), or an explicit permission / dispensation phrase.
_EN_PERMISSION_MODAL = re.compile(
    r"\b(?:can|may)\s+(?:also\s+|then\s+|still\s+|safely\s+|simply\s+|\w+ly\s+)?"
    r"(?:be\s+(?:\w+ly\s+)?)?([a-z]+)\b")
_EN_PERMISSION_PHRASE = re.compile(
    r"\bit is (?:acceptable|permissible|permitted|allowed|possible|safe|sufficient|fine|"
    r"advisable|reasonable) to\b|\b(?:is|are) (?:permitted|allowed|acceptable|permissible|possible)\b|"
    r"\bthere is no need to\b|\bneed not\b|\b(?:does|do) not need\b|"
    r"\b(?:is|are) not (?:necessary|required|needed) to\b|\bit is not necessary to\b|"
    # a dispensation from a means ("a spare tube is not required", "no back-up is needed"):
    # the reader acts on it by going without
    r"\b(?:is|are) (?:not|no longer) (?:necessary|required|needed)\b|\b(?:is|are) unnecessary\b")
# Verbs after "can/may" that describe what happens, not what someone is allowed to do
# ("may cause", "can occur", "may experience"): risk statements, not permissions.
_EN_NOT_PERMITTED_ACTS = {
    "cause", "caused", "result", "lead", "occur", "happen", "arise", "develop", "experience",
    "suffer", "present", "include", "included", "contain", "vary", "differ", "affect",
    "affected", "indicate", "mean", "reflect", "explain", "contribute", "require", "need",
    "help", "benefit", "improve", "be", "have", "seen", "observed",
    "found", "considered", "regarded", "expected", "associated", "related", "due",
    "exposed", "harmed", "injured", "compromised", "impaired", "damaged", "detected"}
_FR_PERMISSION = re.compile(
    r"\b(?:peut|peuvent|pouvez|pourra|pourront)\s+(?:\w+ment\s+)?(?:etre\s+(?:\w+ment\s+)?)?"
    r"([a-z]+)\b|\bil est (?:possible|acceptable|permis|admis|autorise) d(?:e|u)?\b|"
    r"\b(?:est|sont) (?:autorise|permis|admis)e?s?\b|\b(?:est|sont|reste|restent) possibles?\b|"
    r"\bil n est pas (?:necessaire|utile) d(?:e|u)?\b|"
    r"\bn (?:a|ont) pas besoin d|"
    r"\bn est pas necessaire\b")
_FR_JOINED_ACT = re.compile(r"[^.;:]{0,50}?\bet (?:etre )?((?:re|r)[a-z]+(?:e|es|ee|ees))\b")
_FR_NOT_PERMITTED_ACTS = {
    "entrainer", "provoquer", "causer", "survenir", "apparaitre", "conduire", "induire",
    "presenter", "varier", "inclure", "contenir", "resulter", "se", "s", "y", "etre", "avoir",
    "affecter", "necessiter", "ameliorer", "observe", "observes",
    "associe", "associes", "expose", "exposes", "utilise", "utilises"}
_DE_PERMISSION = re.compile(
    r"\b(?:kann|konnen|konnte|darf|durfen)\b[^.;:]{0,80}?\b(?:werden|bleiben|verzichtet)\b|"
    r"\b(?:konnen|durfen) sie\b|"
    r"\b(?:ist|sind)\b(?: [^\W\d]+){0,5} (?:zulassig|erlaubt|akzeptabel|gestattet|moglich)\b|"
    # "dürfen Angehörige die Taste betätigen": a permission with an active infinitive at the end
    r"\b(?:darf|durfen)\b[^.;:]{0,80}?\b[a-z]+(?:en|ern|eln)\s*[.;:!]?\s*$|"
    r"\bes ist (?:moglich|zulassig|erlaubt|akzeptabel)\b|"
    r"\b(?:ist|sind) nicht (?:erforderlich|notwendig|notig)\b|"
    # a dispensation from a means ("der Patient braucht keine Schutzbrille")
    r"\b(?:braucht|brauchen|benotigt|benotigen) (?:keine?[nmrs]?)\b")
# A "can/may" sentence about something that befalls the patient or the device describes a
# risk ("the patient may be disconnected accidentally"); it is not a permission.
_RISK_WORDS = re.compile(
    r"\b(?:accident\w*|inadvertent\w*|unintention\w*|unintended|unnoticed|undetected|"
    r"spontaneous\w*|adverse|complications?|risks?|hazard\w*|involontaire\w*|accidentel\w*|"
    r"risques?|versehentlich\w*|unbeabsichtigt\w*|unbemerkt\w*|risiko\w*|gefahr\w*|"
    r"rare|rarely|occasionally|sometimes|in some cases|rarement|parfois|selten|gelegentlich|"
    r"accidental\w*|involontari\w*|involuntari\w*|rischi\w*|riesgos?|pericol\w*|peligr\w*|"
    r"raramente|a volte|a veces|talvolta|complicazion\w*|complicacion\w*)\b")


# Permission in Slovak, Czech, Romanian, Greek and Hungarian ("je možné ... použiť", "lze",
# "poate fi reutilizat", "μπορεί να", the Hungarian potential "-ható/-hető": "felhasználható",
# "újra felhasználható"), folded. Hungarian potentials used as adjectives ("látható",
# "kapható") permit nothing a hazard pattern knows, so the breadth costs nothing there.
_OTHER_PERMISSION = re.compile(
    r"\b(?:je mozne|je mozno|mozno|moze byt|mozu byt|muze byt|mohou byt|lze|"
    r"poate fi|pot fi|se poate|se pot|μπορει να|μπορουν να|επιτρεπεται)\b|"
    r"\b[a-z]{3,}(?:hato|heto)\b")


def is_permission(sentence: str) -> bool:
    """True when the sentence permits, dispenses from or advises an action ("the patient can
    remain off support", "may be repeated immediately", "peut être répété", "darf ... werden",
    "there is no need to wait"), rather than describing a risk or a result."""
    folded = fold(sentence).replace("'", " ").replace("\u2019", " ")
    if _RISK_WORDS.search(folded):
        return False
    if _EN_PERMISSION_PHRASE.search(folded) or _DE_PERMISSION.search(folded):
        return True
    for match in _EN_PERMISSION_MODAL.finditer(folded):
        if match.group(1) not in _EN_NOT_PERMITTED_ACTS:
            return True
    for match in _FR_PERMISSION.finditer(folded):
        if match.group(1) is None or match.group(1) not in _FR_NOT_PERMITTED_ACTS:
            return True
        # "peut être utilisé jusqu'à 72 heures et reconnecté": a second act joined to the
        # description is permitted in its own right.
        joined = _FR_JOINED_ACT.match(folded, match.end())
        if joined and joined.group(1) not in _FR_NOT_PERMITTED_ACTS:
            return True
    for match in _IT_ES_PERMISSION.finditer(folded):
        if match.group(1) is None or match.group(1) not in _IT_ES_NOT_PERMITTED_ACTS:
            return True
    if _OTHER_PERMISSION.search(folded):
        return True
    return False


def text_core(sentence: str) -> str:
    """The folded sentence without lead markers, field label, leading clause and sequencing
    word: where an imperative verb would stand."""
    return _core(sentence)


# "Kindly note that ...", "Please be aware that ...": the order is only to take notice; the
# clause that follows says whether the sentence instructs ("Note that the line must be
# flushed") or states something ("Kindly note that the cup is safe for 15 years").
_NOTICE_OPENER = re.compile(
    r"^\W*(?:(?:please|kindly|pls|plz)\s+)?(?:note|be aware|remember|bear in mind|be advised)\s+that\s+",
    re.IGNORECASE)


# A courteous request opens an instruction whatever form its verb takes: "Kindly add 1 mL",
# "Bitte fügen Sie ... hinzu", "Por favor, añada ...", "Si prega di aggiungere ...", "We kindly
# ask you to continue ...", "Proszę dodać ...". (A request only to take notice is left to the
# clause that follows: "Bitte beachten Sie, dass ...", "Veuillez noter que ...".)
_COURTESY_OPENER = re.compile(
    r"^\W*(?:please|kindly|pls|plz|we (?:kindly |would )?(?:ask|request) you to|"
    r"you are (?:kindly )?(?:asked|requested|invited) to|bitte|veuillez|pri[eè]re de|"
    r"por favor|per favore|si prega(?: gentilmente)? di|vi preghiamo di|gelieve|"
    r"prosz[eę]|venligst|v[aä]nligen|vennligst|pros[ií]m|pedimos-lhe que|solicita-se)\b[\s,:]*",
    re.IGNORECASE)
_NOTICE_VERB = re.compile(
    r"^(?:kindly |please )?(?:note|be aware|remember|bear in mind|be advised|beachten|"
    r"ber[uü]cksichtigen|noter|notare|tenga en cuenta|tener en cuenta|observe|zauważ|bemærk|"
    r"let op|note-se)\b", re.IGNORECASE)
_A_WORD = re.compile(r"[^\W\d_]{2,}")


def opens_courteously(text: str) -> bool:
    """Whether the text opens with a courteous request ("Please ...", "Kindly ...", "Bitte ...",
    "Veuillez ...")."""
    return _COURTESY_OPENER.match(text) is not None


@lru_cache(maxsize=16384)
def opens_with_imperative(sentence: str) -> bool:
    """True when the main clause opens with an imperative ("Replace the battery", "Power
    alarm: replace ...", "Vérifiez ...", "Schließen Sie ...", "Scollegare il tubo"), not
    with a third-person verb ("Reduces the risk ..."), a modal or a permission."""
    if sentence.rstrip().endswith("?"):
        return False
    notice = _NOTICE_OPENER.match(sentence)
    if notice and notice.end() < len(sentence):
        return opens_with_imperative(sentence[notice.end():])
    courtesy = _COURTESY_OPENER.match(sentence)
    if courtesy and _A_WORD.search(sentence, courtesy.end()) \
            and not _NOTICE_VERB.match(sentence[courtesy.end():]):
        return True
    words = _words(_core(sentence))
    if len(words) < 2:
        return False
    first = words[0]
    if words[1] in _SUBJECT_FOLLOWERS:
        return False  # "Use of the device reduces ...": a noun subject
    if first.endswith("s") and not first.endswith("ss") and first not in _EN_DIRECTIVE_START:
        english = False  # "lowers", "keeps": a statement about the device
    else:
        english = _english_imperative(words)
    verbatim_words = re.findall(r"[^\W_]+", sentence)
    # Italian and Spanish third persons ("Riduce il dolore", "Mejora la cicatrización") look
    # like polite imperatives: only the infinitive counts here.
    return (english or _french_imperative(words)
            or _german_imperative(_core(sentence), words, verbatim_words[-1] if verbatim_words else "")
            or (_italian_spanish_imperative(words) and first.endswith(_IT_ES_INFINITIVE)))


_SUBJECT_FOLLOWERS = {"of", "is", "are", "was", "were", "has", "have", "had", "can", "may",
                      "will", "does", "did", "de", "du", "des", "est", "sont", "ist", "sind",
                      "wird", "der", "des"}
_IT_ES_INFINITIVE = ("are", "ere", "ire", "arsi", "ersi", "irsi", "ar", "er", "ir")


# Pure and called for every sentence of a long CER: cached, as boilerplate recurs.
@lru_cache(maxsize=16384)
def is_instruction(sentence: str) -> bool:
    """True when the sentence tells its reader to do (or not to do) something."""
    if sentence.rstrip().endswith("?"):
        return False
    notice = _NOTICE_OPENER.match(sentence)
    if notice and notice.end() < len(sentence):
        return is_instruction(sentence[notice.end():])
    core = _core(sentence)
    words = _words(core)
    folded = fold(sentence).replace("'", " ")
    step_start = _LEAD_MARKER.sub("", folded.strip()).strip()
    if _STEP_START.match(step_start) or _STEP_INSIDE.search(folded):
        return True
    if len(words) < 2 or (len(words) == 2 and not sentence.rstrip().endswith((".", "!"))):
        return False
    if words[0] in _NOUN_BEFORE_OF and words[1] == "of":
        return False  # "Use of short-wave diathermy" (a contraindication): a noun, not an order
    verbatim_words = re.findall(r"[^\W_]+", sentence)
    verbatim_last = verbatim_words[-1] if verbatim_words else ""
    return (_english_imperative(words) or _french_imperative(words)
            or _german_imperative(core, words, verbatim_last, verbatim_words)
            or bool(_EN_MODAL_DUTY.search(folded)) or bool(_FR_MODAL_DUTY.search(folded))
            or bool(_DE_MODAL_DUTY.search(folded)) or _italian_spanish_imperative(words)
            or bool(_IT_ES_MODAL_DUTY.search(folded)) or _dutch_imperative(words)
            or _portuguese_imperative(words)
            or is_permission(sentence) or _telegraphic_before_clause(sentence))


# Words that are nouns when "of" follows ("Use of", "Reuse of"); a verb with "of" ("Dispose of
# the waste", "Take care of") is still an order.
_NOUN_BEFORE_OF = frozenset({"use", "reuse", "re-use", "misuse", "application", "implantation"})


# A verbatim line break before an upper-case letter: where a PDF text layer may have merged
# two blocks (`_line_pieces` cuts there when the line ends on a letter or digit).
_LINE_BREAK_UPPER = re.compile(r"[\r\n]\s*[A-ZÀ-Ý]")


def _may_cut(text: str) -> bool:
    """Whether `_line_pieces` could cut this block (a cheap scan of the verbatim text)."""
    if "\n" not in text and "\r" not in text:
        return False
    for match in _LINE_BREAK_UPPER.finditer(text):
        i = match.start() - 1
        while i >= 0 and text[i] in " \t\r\n":
            i -= 1
        if i >= 0 and text[i].isalnum():
            return True
    return False


def _line_pieces(block: Block, start: int, end: int) -> list[tuple[int, int]]:
    """A sentence cut where a line ends without punctuation and the next starts upper-case.

    PDF text layers merge a list item and the next paragraph into one block ("accidental
    disconnection of the breathing circuit\nBefore disconnecting the patient, switch off
    ..."); the instruction is then the second line, not the whole block.
    """
    text, norm = block.normalized, block.norm
    cuts = [start]
    for i in range(start + 1, end - 1):
        if (text[i] == " " and norm.verbatim[norm.origin[i]] in "\r\n"
                and text[i + 1].isupper() and text[i - 1].isalnum()):
            cuts.append(i + 1)
    cuts.append(end)
    return [(a, b - 1 if b != end else b) for a, b in zip(cuts, cuts[1:]) if b - a > 1]


_PROHIBITION_START = re.compile(
    r"\W*(?:do not|don't|never|must not|should not|ne\b|n'|nicht|niemals|nie\b|non\b|nunca|no\b|"
    r"niet|nooit|mai\b|não\b|nao\b)", re.IGNORECASE)


def _contraindicated_items(document: Document) -> set[int]:
    """Blocks that are items of a contraindications list: "Use outside a ventilator circuit"
    there names a contraindicated use, not an order to the reader."""
    from panelproof.extract.intended_use import CONTRAINDICATIONS, units

    kinds: dict[int, set[str]] = {}
    for unit in units(document):
        if unit.item:
            kinds.setdefault(id(unit.block), set()).update(unit.kinds)
    return {block_id for block_id, found in kinds.items() if found == {CONTRAINDICATIONS}}


def extract(document: Document, context: ExtractionContext) -> Iterable[Fact]:
    if document.role not in _INSTRUCTING_ROLES:
        return []
    facts: list[Fact] = []
    contraindicated = _contraindicated_items(document)
    # The sentence read last (an instruction or not), for anaphors of the next one; a heading
    # starts afresh.
    before = ""
    for block in document.blocks:
        if block.kind is BlockKind.HEADING:
            before = ""
            continue
        if id(block) in contraindicated and not _PROHIBITION_START.match(block.normalized):
            continue  # a contraindicated use; a prohibition there ("Do not use ...") still counts
        text = block.normalized
        # Cut at line breaks only where a line ends on a letter or digit before an upper-case
        # line (checked once per block): otherwise the origin map, costly on a long PDF
        # block, is never built.
        may_cut = _may_cut(block.text)
        for start, end in _units(block):
            previous, before = before, text[start:end]
            if is_instruction(text[start:end]):
                pieces = [(start, end)]
            elif not may_cut:
                continue
            else:
                pieces = [(a, b) for a, b in _line_pieces(block, start, end)
                          if (a, b) != (start, end) and is_instruction(text[a:b])]
            for a, b in pieces:
                facts.append(make_fact(document, block, FactKind.INSTRUCTION,
                                       Sentence(text[a:b], previous), (a, b)))
    return facts
