"""ID005: a document names a variant of the model the other documents describe ("KM-5" for "KM-5R")."""

from __future__ import annotations

import re
from typing import Iterable

from panelproof.extract.common import blocks_containing
from panelproof.extract.model import Fact, FactBase, FactKind
from panelproof.ingest.model import Document, Location
from panelproof.rules.identity._compare import IDENTITY_ROLES, document_label
from panelproof.rules.model import Category, Finding, Rule, Severity

# A model code: letters, an optional separator, digits, up to three trailing letters and a
# generation digit ("KM-5R", "NX 200S", "AV60", "AB-0640S2"); the suffix is what tells variants
# apart.
_CODE = re.compile(r"(?<![\w-])([A-Z]{1,6}[- ]?\d{1,4}(?:[A-Z]{1,3}\d{0,2})?)(?![\w-])")
_MAX_SUFFIX = 2


def _key(code: str) -> str:
    return re.sub(r"[\s-]", "", code.upper())


def _variant(found: str, model: str) -> bool:
    """`found` is `model` with a trailing letter suffix added or taken away ("KM-5" / "KM-5R",
    "AV60" / "AV60S"), not another number ("KM-4")."""
    shorter, longer = sorted((found, model), key=len)
    suffix = longer[len(shorter):]
    if not longer.startswith(shorter) or not 0 < len(suffix) <= _MAX_SUFFIX:
        return False
    # a letter after the number ("KM-5" / "KM-5R"), or a digit after the suffix letter
    # ("AB-0640S" / "AB-0640S2", a second generation); "KM-4" / "KM-45" is another number
    return ((suffix.isalpha() and shorter[-1:].isdigit())
            or (suffix.isdigit() and shorter[-1:].isalpha() and any(c.isdigit() for c in shorter)))


def _series(model: str) -> str | None:
    """The letters of a model code before its number ("VGL200" -> "VGL")."""
    m = re.match(r"([A-Z]{2,6})\d", model)
    return m.group(1) if m else None


def _names_model(document: Document, model: str) -> bool:
    letters = re.match(r"[A-Z]+", model)
    if letters is None:
        return False
    return any(model in _key(document.blocks[i].normalized)
               for i in blocks_containing(document, (letters.group(0).lower(),)))


class ModelVariant(Rule):
    """A document names another variant of the device's model than the other documents.

    What it finds:
        The model the documents state ("model KM-5R", "Modell KM-5R") and, in another
        document that never names that model, a code that differs from it only by a suffix
        letter: "implantable pulse generator KM-5" in the CEAR where the CER, IFU and SSCP
        describe the rechargeable "KM-5R". Another number ("KM-4", a predecessor the CER
        discusses) is not a variant; a document that names both is not reported. A document
        whose stated model is another number of the same series ("model VGL-200" in the CEAR,
        "model VGL-100" in the CER, IFU and SSCP), stated by no other document, while it never
        names the others' model, is reported too: a new generation or another model. A document
        that lists, beside the others' models, codes that only it names and that differ from
        theirs by a suffix ("models AB-0640S2 and AB-4750T2" in the SSCP, where the CER, IFU and
        the SSCP's own table list AB-0640S and AB-4750T) is reported as well. Models are read
        after "model" and from lists of codes after a plural label, in prose and table rows
        ("Models: ...", "| Catalogue numbers | ... |", "Modelle: ...").

    Why a panel cares:
        A suffix letter usually marks another variant (rechargeable, MR conditional, another
        size range) with its own design verification and clinical data. A CEAR or SSCP naming
        the variant that was not evaluated leaves open which device the conclusions, and the
        certificate, cover.

    Example:
        CEAR: "Kardiamod CCM System: implantable pulse generator KM-5"
        CER: "an implantable pulse generator (IPG) model KM-5R, rechargeable"
        CEAR: "Vagalis II implantable stimulator, model VGL-200"; CER: "Vagalis (model VGL-100)"

    Use instead:
        Name the model that was evaluated, with its full designation, in every document; list
        other variants explicitly with their evidence.

    References:
        MDR Annex II 1.1(a)-(d); MDR Annex XIV Part A 1; MDCG 2020-13 section A.
    """

    code = "ID005"
    name = "model-variant"
    category = Category.DEVICE_IDENTITY
    severity = Severity.MAJOR
    title = "A document names another variant of the model"
    references = ("MDR Annex II 1.1(a)-(d)", "MDR Annex XIV Part A 1", "MDCG 2020-13 section A")
    recommendation = ("Name the evaluated model with its full designation in every document, and "
                      "list any other variant explicitly with the evidence that covers it.")

    def check(self, facts: FactBase) -> Iterable[Finding]:
        models: dict[str, list[Fact]] = {}
        for fact in facts.of(FactKind.MODEL):
            if fact.role in IDENTITY_ROLES and _CODE.fullmatch(fact.value.strip()):
                models.setdefault(_key(fact.value), []).append(fact)
        if not models:
            return
        for document in facts.documents:
            if document.role not in IDENTITY_ROLES or not document.ok:
                continue
            for model, stated in sorted(models.items()):
                if all(f.location.document == document.path for f in stated):
                    continue
                location = self._variant_in(document, model)
                if location is None:
                    continue
                variant = models.get(_key(location.quote), [])
                variant_documents = {f.location.document for f in variant}
                stated_documents = {f.location.document for f in stated}
                if len(variant_documents) > len(stated_documents):
                    continue  # the odd one is `model`, stated by fewer documents: `_own_variants`
                if stated_documents <= variant_documents:
                    # every document stating `model` states this variant too: a range of models
                    # ("models: HV-500 (turbine), HV-500T (transport kit)"), of which this
                    # document names one
                    continue
                label = document_label(document, document.path)
                others = sorted({document_label(facts.document(f.location.document),
                                                f.location.document) for f in stated})
                yield self.finding(
                    f"{label[0].upper()}{label[1:]} names the model “{location.quote}”; "
                    f"{', '.join(others)} describe{'s' if len(others) == 1 else ''} the model "
                    f"“{stated[0].value}”, which {label} never names.",
                    [location, *[f.location for f in stated[:3]]])
        yield from self._other_numbers(facts, models)
        yield from self._own_variants(facts, models)

    def _own_variants(self, facts: FactBase, models: dict[str, list[Fact]]) -> Iterable[Finding]:
        """A document that states, beside the others' models, variants of them that no other
        document names: the SSCP's table lists "AB-0640S" like the CER and IFU, and its
        description says "models AB-0640S2 and AB-4750T2". The variants the others never name
        are a device the clinical evaluation did not cover (or a typing error a patient reads)."""
        by_doc: dict[str, list[str]] = {}
        for model, stated in models.items():
            documents = {f.location.document for f in stated}
            if len(documents) == 1:
                by_doc.setdefault(next(iter(documents)), []).append(model)
        for path in sorted(by_doc):
            document = facts.document(path)
            if document is None or document.role not in IDENTITY_ROLES:
                continue
            pairs = []
            for model in sorted(by_doc[path]):
                twin = next((m for m in sorted(models) if m != model and _variant(model, m)
                             and any(f.location.document != path for f in models[m])
                             and _names_model(document, m)), None)
                if twin is None or any(_names_model(other, model) for other in facts.documents
                                       if other.path != path and other.role in IDENTITY_ROLES and other.ok):
                    continue
                pairs.append((models[model][0], [f for f in models[twin] if f.location.document != path]))
            if not pairs:
                continue
            label = document_label(document, path)
            names = sorted({document_label(facts.document(f.location.document), f.location.document)
                            for _, stated in pairs for f in stated})
            own = ", ".join(f"“{mine.value}”" for mine, _ in pairs)
            twins = ", ".join(f"“{stated[0].value}”" for _, stated in pairs)
            yield self.finding(
                f"{label[0].upper()}{label[1:]} states the model{'s' if len(pairs) > 1 else ''} {own}, "
                f"which no other document names; {', '.join(names)} state{'s' if len(names) == 1 else ''} "
                f"{twins}. A code with another suffix is another variant (or a typing error) that "
                f"the clinical evaluation does not cover.",
                [*[mine.location for mine, _ in pairs[:3]], *[stated[0].location for _, stated in pairs[:3]]])

    def _other_numbers(self, facts: FactBase, models: dict[str, list[Fact]]) -> Iterable[Finding]:
        """A document that states a model of the same series with another number ("model
        VGL-200" in the CEAR, where the CER, IFU and SSCP state "model VGL-100"): its model is
        stated by no other document, and it never names the others' model. A CER that also
        names its predecessor, or a system whose documents share each component's model, is
        not reported."""
        by_doc: dict[str, set[str]] = {}
        for model, stated in models.items():
            for fact in stated:
                by_doc.setdefault(fact.location.document, set()).add(model)
        for path in sorted(by_doc):
            document = facts.document(path)
            if document is None or document.role not in IDENTITY_ROLES:
                continue
            own = sorted(m for m in by_doc[path]
                         if all(f.location.document == path for f in models[m]))
            if len(own) < len(by_doc[path]):
                continue  # it shares a model with the others: its own ones are other parts
            for model in own:
                series = _series(model)
                others = sorted(m for m in models if m != model and _series(m) == series
                                and not _variant(m, model)
                                and any(f.location.document != path for f in models[m])
                                and m not in by_doc[path])
                other = next((m for m in others if not _names_model(document, m)), None)
                if other is None:
                    continue
                mine = models[model][0]
                stated = [f for f in models[other] if f.location.document != path]
                label = document_label(document, path)
                names = sorted({document_label(facts.document(f.location.document),
                                               f.location.document) for f in stated})
                yield self.finding(
                    f"{label[0].upper()}{label[1:]} states the model “{mine.value}”, which no "
                    f"other document names; {', '.join(names)} describe"
                    f"{'s' if len(names) == 1 else ''} the model “{stated[0].value}”, which "
                    f"{label} never names. Another number of the same series is another model "
                    f"(a new generation or another size) with its own evidence.",
                    [mine.location, *[f.location for f in stated[:3]]])
                break

    @staticmethod
    def _variant_in(document: Document, model: str) -> Location | None:
        """Where the document names a variant of `model`; None when it names none, or names the
        model itself anywhere. Only blocks holding the model's letters are read (one indexed
        scan of the document), so a long annex costs next to nothing."""
        letters = re.match(r"[A-Z]+", model)
        if letters is None:
            return None
        variant = None
        for index in sorted(blocks_containing(document, (letters.group(0).lower(),))):
            block = document.blocks[index]
            if model in _key(block.normalized):
                return None  # the document names the model itself
            for match in _CODE.finditer(block.normalized):
                if variant is None and _variant(_key(match.group(1)), model):
                    variant = document.location(block, block.quote(*match.span(1)))
        return variant
