"""Build the heldout_c evaluation set: 12 dossiers (7 defective, 5 clean).

    python -m benchmarks.heldout_c.build      (or: python benchmarks/heldout_c/build.py)

Each dossier is written to benchmarks/heldout_c/<id>/dossier/ with labels in
benchmarks/heldout_c/<id>/labels.json. After rendering, every document is re-extracted
(pypdfium2 / python-docx / Markdown) and every label quote is looked up in the documents the
label names; a missing quote aborts the build.
"""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from engine import extract, render, squash  # noqa: E402
from dossiers import DOSSIERS  # noqa: E402

IFU_HEAD = {
    "en": ["Intended purpose", "Patient population", "Indications", "Contraindications",
           "Intended users and use environment", "Warnings and precautions",
           "Technical specifications", "Reporting of serious incidents"],
    "de": ["Zweckbestimmung", "Patientenpopulation", "Indikationen", "Kontraindikationen",
           "Anwender und Anwendungsumgebung", "Warnhinweise und Vorsichtsmaßnahmen",
           "Technische Daten", "Meldung schwerwiegender Vorkommnisse"],
    "fr": ["Destination", "Population de patients", "Indications", "Contre-indications",
           "Utilisateurs et environnement d'utilisation", "Avertissements et précautions",
           "Caractéristiques techniques", "Signalement des incidents graves"],
    "it": ["Destinazione d'uso", "Popolazione di pazienti", "Indicazioni", "Controindicazioni",
           "Utilizzatori e ambiente d'uso", "Avvertenze e precauzioni", "Specifiche tecniche",
           "Segnalazione di incidenti gravi"],
    "es": ["Finalidad prevista", "Población de pacientes", "Indicaciones", "Contraindicaciones",
           "Usuarios y entorno de uso", "Advertencias y precauciones", "Especificaciones técnicas",
           "Notificación de incidentes graves"],
    "nl": ["Beoogd doel", "Patiëntenpopulatie", "Indicaties", "Contra-indicaties",
           "Gebruikers en gebruiksomgeving", "Waarschuwingen en voorzorgsmaatregelen",
           "Technische specificaties", "Melden van ernstige incidenten"],
}
INCIDENT = {
    "en": "Any serious incident that has occurred in relation to the device should be reported to the manufacturer and the competent authority of the Member State in which the user and/or patient is established.",
    "de": "Alle im Zusammenhang mit dem Produkt aufgetretenen schwerwiegenden Vorkommnisse sind dem Hersteller und der zuständigen Behörde des Mitgliedstaats zu melden, in dem der Anwender und/oder der Patient niedergelassen ist.",
    "fr": "Tout incident grave survenu en lien avec le dispositif doit faire l'objet d'une notification au fabricant et à l'autorité compétente de l'État membre dans lequel l'utilisateur et/ou le patient est établi.",
    "it": "Qualsiasi incidente grave verificatosi in relazione al dispositivo deve essere segnalato al fabbricante e all'autorità competente dello Stato membro in cui l'utilizzatore e/o il paziente è stabilito.",
    "es": "Todo incidente grave relacionado con el producto debe comunicarse al fabricante y a la autoridad competente del Estado miembro en el que estén establecidos el usuario y/o el paciente.",
    "nl": "Elk ernstig incident dat zich in verband met het hulpmiddel heeft voorgedaan, moet worden gemeld aan de fabrikant en aan de bevoegde autoriteit van de lidstaat waar de gebruiker en/of de patiënt is gevestigd.",
}
SPEC_HEAD = {"en": ("Parameter", "Value"), "de": ("Parameter", "Wert"), "fr": ("Paramètre", "Valeur"),
             "it": ("Parametro", "Valore"), "es": ("Parámetro", "Valor"), "nl": ("Parameter", "Waarde")}


class Doc:
    """Collects blocks; sections are keyed so dossiers can inject extra blocks."""

    def __init__(self, F, role, numbered=True):
        self.F, self.role, self.blocks, self.n, self.numbered = F, role, [], 0, numbered
        self.sub = 0

    def g(self, field):
        return self.F.get("over", {}).get(self.role, {}).get(field, self.F.get(field))

    def title(self, text):
        self.blocks.append(("h", 1, text))

    def sec(self, key, text, level=2):
        if level == 2:
            self.n += 1
            self.sub = 0
            label = f"{self.n}. {text}" if self.numbered else text
        else:
            self.sub += 1
            label = f"{self.n}.{self.sub} {text}" if self.numbered else text
        self.blocks.append(("h", level, label))
        self._key = key

    def add(self, *blocks):
        self.blocks.extend(blocks)

    def p(self, text):
        if text:
            self.blocks.append(("p", text))

    def ul(self, items):
        for i in items:
            self.blocks.append(("li", i))

    def ol(self, items):
        for k, i in enumerate(items, 1):
            self.blocks.append(("ol", f"{k}) {i}"))

    def t(self, rows):
        self.blocks.append(("t", rows))

    def extra(self, key):
        for b in self.F.get("extra", {}).get(self.role, {}).get(key, []):
            self.blocks.append(b if isinstance(b, tuple) else ("p", b))


def S(F):
    return F.get("style", "terse")


def names(d):
    F = d.F
    return d.g("name")


# ---------------------------------------------------------------- CEP
def cep(F):
    d = Doc(F, "CEP", numbered=S(F) != "verbose")
    st = S(F)
    d.title(f"Clinical Evaluation Plan – {d.g('name')}" if st != "translated"
            else f"CLINICAL EVALUATION PLAN (CEP) {d.g('name')}")
    d.p(F["doc_ids"]["CEP"])
    d.extra("top")
    d.sec("scope", "Purpose and Scope")
    d.p(d.g("cep_scope"))
    d.extra("scope")
    d.sec("device", "Product Information" if st != "translated" else "Device identification")
    d.t([["Item", "Description"], ["Trade name", d.g("name")], ["Model / variants", d.g("model")],
         ["Basic UDI-DI", d.g("udi")], ["Manufacturer", d.g("mfr")],
         ["Classification", f"Class {d.g('cls')}, {d.g('rule')}"]])
    d.extra("device")
    d.sec("purpose", "Intended Purpose and Target Groups")
    d.p(d.g("purpose"))
    d.p(d.g("population"))
    d.p("Indications:" if st != "translated" else "The indications are following:")
    d.ul(d.g("indications"))
    d.p("Contraindications:")
    d.ul(d.g("contra"))
    d.p(d.g("users_env"))
    d.extra("purpose")
    d.sec("benefits", "Clinical Benefits and Outcome Parameters")
    d.t([["Clinical benefit", "Outcome parameter"]] + [list(b) for b in d.g("benefits")])
    d.extra("benefits")
    d.sec("criteria", "Benefit-Risk Acceptance Criteria")
    d.p(d.g("criteria_intro"))
    d.t([["ID", "Parameter", "Acceptance criterion", "Basis (state of the art)"]]
        + [[f"AC-{i}", c[0], c[1], c[3]] for i, c in enumerate(d.g("criteria"), 1)])
    d.extra("criteria")
    d.sec("plan", "Clinical Development Plan and Evidence Strategy")
    d.p(d.g("cep_plan"))
    d.extra("plan")
    d.sec("risk", "Risk Management Interface")
    d.p("Residual risks from the risk management file to be addressed by the clinical evaluation:")
    d.ul([f"{r[0]}" for r in d.g("risks")])
    d.extra("risk")
    d.sec("pms", "Post-Market Surveillance and PMCF")
    d.p(d.g("cep_pms"))
    d.extra("pms")
    return d.blocks


# ---------------------------------------------------------------- CER
def cer(F):
    d = Doc(F, "CER", numbered=True)
    st = S(F)
    d.title(f"Clinical Evaluation Report {d.g('name')}")
    d.p(F["doc_ids"]["CER"])
    d.extra("top")
    d.sec("scope", "Purpose and Scope")
    d.p(d.g("cer_scope"))
    d.extra("scope")
    d.sec("device", "Product Information")
    d.sec("id", "Identification", 3)
    if st == "verbose":
        d.p(f"The device under evaluation is the {d.g('name')} ({d.g('model')}), Basic UDI-DI {d.g('udi')}, "
            f"manufactured by {d.g('mfr')}. It is a class {d.g('cls')} device according to {d.g('rule')}.")
    else:
        d.t([["Trade name", d.g("name")], ["Models", d.g("model")], ["Basic UDI-DI", d.g("udi")],
             ["Manufacturer", d.g("mfr")], ["Class", f"{d.g('cls')} ({d.g('rule')})"]])
    d.sec("purpose", "Intended Purpose", 3)
    d.p(d.g("purpose"))
    d.sec("population", "Patient Population", 3)
    d.p(d.g("population"))
    d.sec("ind", "Indications and Contraindications", 3)
    d.p("Indications:")
    d.ul(d.g("indications"))
    d.p("Contraindications:")
    d.ul(d.g("contra"))
    d.sec("users", "User Profile and Use Environment", 3)
    d.p(d.g("users_env"))
    d.sec("principle", "Operating Principle and Specifications", 3)
    d.p(d.g("principle"))
    d.t([["Parameter", "Value"]] + [list(s) for s in d.g("specs")])
    d.extra("device")
    d.sec("sota", "State of the Art")
    d.p(d.g("sota"))
    d.extra("sota")
    d.sec("evidence", "Clinical Data")
    d.p(d.g("evidence_intro"))
    d.t([["Source", "Design", "N", "Follow-up", "Population", "Main result"]] + [list(s) for s in d.g("studies")])
    d.extra("evidence")
    if d.g("equivalence"):
        d.sec("equiv", "Equivalence", 3)
        d.p(d.g("equivalence"))
    d.sec("pmsdata", "Post-market data", 3)
    d.p(d.g("pms"))
    d.sec("bench", "Results against the acceptance criteria of the CEP")
    d.p(d.g("cer_criteria_intro"))
    d.t([["ID", "Parameter", "Acceptance criterion (CEP)", "Result", "Met"]]
        + [[f"AC-{i}", c[0], c[1], c[2], c[4] if len(c) > 4 else "Yes"] for i, c in enumerate(d.g("criteria"), 1)])
    d.extra("bench")
    d.sec("claims", "Clinical Benefits and Claims")
    if d.g("benefit_results"):
        d.t([["Clinical benefit", "Outcome parameter (CEP)", "Result"]]
            + [[b[0], b[1], r] for b, r in zip(d.g("benefits"), d.g("benefit_results"))])
    d.ul(d.g("claims"))
    d.extra("claims")
    d.sec("safety", "Safety and Residual Risks")
    d.t([["Residual risk", "Observed rate / estimate"]] + [list(r) for r in d.g("risks")])
    d.p("Warnings and precautions are communicated in the IFU:")
    d.ul(d.g("warnings"))
    d.extra("safety")
    d.sec("br", "Benefit-Risk Determination and Conclusion")
    d.p(d.g("conclusion"))
    d.extra("br")
    d.sec("pmcf", "Need for PMCF")
    d.p(d.g("cer_pmcf"))
    d.extra("pmcf")
    d.extra("end")
    return d.blocks


# ---------------------------------------------------------------- PMCF plan
def pmcf(F):
    d = Doc(F, "PMCF", numbered=S(F) != "verbose")
    d.title(f"Post-Market Clinical Follow-up Plan – {d.g('name')}")
    d.p(F["doc_ids"]["PMCF"])
    d.extra("top")
    d.sec("product", "Product information")
    d.p(f"{d.g('name')}, {d.g('model')}; Basic UDI-DI {d.g('udi')}; {d.g('mfr')}.")
    d.p(d.g("purpose"))
    d.extra("product")
    d.sec("general", "General methods and procedures")
    d.p(d.g("pmcf_general"))
    d.extra("general")
    d.sec("objectives", "Specific objectives and methods")
    rows = [["No.", "Objective", "Residual risk / open question", "Method", "Sample size and rationale", "Endpoint", "Timeline"]]
    for i, o in enumerate(d.g("pmcf_rows"), 1):
        rows.append([f"P{i}"] + list(o))
    d.t(rows)
    d.extra("objectives")
    d.sec("population", "Study population")
    d.p(d.g("pmcf_pop"))
    d.extra("population")
    d.sec("refs", "Reference to the technical documentation")
    d.p(d.g("pmcf_refs"))
    d.extra("refs")
    d.sec("report", "PMCF evaluation report")
    d.p(d.g("pmcf_report"))
    d.extra("report")
    return d.blocks


# ---------------------------------------------------------------- IFU
def ifu(F, lang):
    role = "IFU" if lang == "en" else f"IFU-{lang}"
    d = Doc(F, role, numbered=S(F) == "translated")
    L = F["ifu_lang"][lang] if lang != "en" else None
    H = IFU_HEAD[lang]
    get = (lambda k: d.g(k)) if lang == "en" else (lambda k: d.F.get("over", {}).get(role, {}).get(k, L[k]))
    d.title(get("ifu_title") if lang != "en" else f"{d.g('name')} – Instructions for Use")
    d.p(get("ifu_intro") if lang != "en" else d.g("ifu_intro"))
    d.extra("top")
    d.sec("purpose", H[0]); d.p(get("purpose"))
    d.sec("population", H[1]); d.p(get("population"))
    d.sec("ind", H[2]); d.ul(get("indications"))
    d.sec("contra", H[3]); d.ul(get("contra"))
    d.sec("users", H[4]); d.p(get("users_env"))
    d.extra("users")
    d.sec("warn", H[5]); d.ul(get("warnings"))
    d.extra("warn")
    d.sec("specs", H[6])
    d.t([list(SPEC_HEAD[lang])] + [list(s) for s in get("specs")])
    d.extra("specs")
    d.sec("incident", H[7]); d.p(INCIDENT[lang])
    d.p(d.g("mfr_addr"))
    return d.blocks


# ---------------------------------------------------------------- SSCP
def sscp(F):
    d = Doc(F, "SSCP", numbered=True)
    d.title(f"Summary of Safety and Clinical Performance (SSCP) – {d.g('name')}")
    d.p(F["doc_ids"]["SSCP"])
    d.p("This summary is intended for users/healthcare professionals and, where relevant, patients. It does not replace the Instructions for Use.")
    d.extra("top")
    d.sec("id", "Device identification and general information")
    d.t([["Trade name", d.g("name")], ["Basic UDI-DI", d.g("udi")], ["Manufacturer", d.g("mfr")],
         ["Notified Body", d.g("nb")], ["Class", d.g("cls")]])
    d.sec("purpose", "Intended use of the device")
    d.p(d.g("purpose")); d.p(d.g("population"))
    d.p("Indications:"); d.ul(d.g("indications"))
    d.p("Contraindications:"); d.ul(d.g("contra"))
    d.p(d.g("users_env"))
    d.extra("purpose")
    d.sec("desc", "Device description")
    d.p(d.g("principle"))
    d.t([["Parameter", "Value"]] + [list(s) for s in d.g("sscp_specs") or d.g("specs")])
    d.extra("desc")
    d.sec("risks", "Risks and warnings")
    d.t([["Residual risk", "Frequency"]] + [list(r) for r in d.g("risks")])
    d.ul(d.g("warnings"))
    d.extra("risks")
    d.sec("clin", "Summary of clinical evaluation and post-market clinical follow-up")
    d.p(d.g("sscp_clin"))
    d.ul(d.g("claims"))
    d.extra("clin")
    d.sec("alt", "Possible diagnostic or therapeutic alternatives")
    d.p(d.g("alternatives"))
    d.sec("profile", "Suggested profile and training for users")
    d.p(d.g("training"))
    d.extra("end")
    return d.blocks


# ---------------------------------------------------------------- CEAR
def cear(F):
    d = Doc(F, "CEAR", numbered=False)
    d.title(f"Clinical Evaluation Assessment Report (CEAR)")
    d.p(F["doc_ids"]["CEAR"])
    d.extra("top")
    d.blocks.append(("h", 2, "A. Administrative particulars"))
    d.t([["Notified Body", d.g("nb")], ["Manufacturer", d.g("mfr")], ["Device", d.g("name")],
         ["Models", d.g("model")], ["Basic UDI-DI", d.g("udi")], ["Class / rule", f"{d.g('cls')} / {d.g('rule')}"],
         ["Documents assessed", d.g("cear_docs")]])
    d.extra("admin")
    d.blocks.append(("h", 2, "B. Device description and intended purpose"))
    d.p(d.g("cear_purpose") or d.g("purpose"))
    d.p(d.g("cear_population") or d.g("population"))
    d.p("Indications accepted by the NB:")
    d.ul(d.g("cear_indications") or d.g("indications"))
    d.p("Contraindications:")
    d.ul(d.g("cear_contra") or d.g("contra"))
    d.p(d.g("cear_users_env") or d.g("users_env"))
    d.extra("purpose")
    d.blocks.append(("h", 2, "C. Consultation procedure (MDR Article 54)"))
    d.p(d.g("cear_scope"))
    d.extra("scope")
    d.blocks.append(("h", 2, "D. Assessment of the clinical evaluation plan"))
    d.p(d.g("cear_cep"))
    d.blocks.append(("h", 2, "E. Assessment of clinical data and state of the art"))
    d.p(d.g("cear_data"))
    d.extra("data")
    d.blocks.append(("h", 2, "F. Benefit-risk and residual risks"))
    d.p(d.g("cear_br"))
    d.extra("br")
    d.blocks.append(("h", 2, "G. PMCF plan"))
    d.p(d.g("cear_pmcf"))
    d.extra("pmcf")
    d.blocks.append(("h", 2, "H. Conclusion of the Notified Body"))
    d.p(d.g("cear_conclusion"))
    d.extra("end")
    return d.blocks


BUILDERS = {"CEP": cep, "CER": cer, "PMCF": pmcf, "SSCP": sscp, "CEAR": cear}
ROLE_OUT = {"CEP": "CEP", "CER": "CER", "PMCF": "PMCF-plan", "SSCP": "SSCP", "CEAR": "CEAR"}


def build_one(F, root: Path):
    folder = root / F["id"]
    dossier = folder / "dossier"
    if folder.exists():
        shutil.rmtree(folder)
    dossier.mkdir(parents=True)
    docs = {}
    texts = {}
    for role, fname in F["files"].items():
        path = dossier / fname
        if role.startswith("IFU"):
            lang = "en" if role == "IFU" else role.split("-")[1]
            blocks = ifu(F, lang)
            out_role, out_lang = "IFU", lang
        else:
            blocks = BUILDERS[role](F)
            out_role, out_lang = ROLE_OUT[role], "en"
        render(blocks, path, header=F.get("pdf_header", {}).get(role, ""))
        docs[fname] = {"role": out_role, "language": out_lang}
        texts[fname] = squash(extract(path))
    labels = []
    for lab in F.get("labels", []):
        for fn in lab["documents"]:
            if fn not in texts:
                raise SystemExit(f"{F['id']}: label {lab['defect']} names unknown document {fn}")
        for q in lab["quotes"]:
            if not any(squash(q) in texts[fn] for fn in lab["documents"]):
                raise SystemExit(f"{F['id']}: quote not found in {lab['documents']}: {q!r}")
        labels.append({"defect": lab["defect"], "category": lab["category"], "rule": None,
                       "documents": lab["documents"], "quotes": lab["quotes"],
                       "description": lab["description"], "accept": lab.get("accept", [])})
    if F.get("clean"):
        assert not labels, F["id"]
    record = {"dossier": F["id"], "device": F["device"], "device_class": F["cls"], "seed": None,
              "clean": bool(F.get("clean")), "documents": docs, "labels": labels}
    (folder / "labels.json").write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return record


def main():
    records = [build_one(F, HERE) for F in DOSSIERS]
    n = sum(len(r["labels"]) for r in records)
    print(f"built {len(records)} dossiers, {n} labels, {sum(r['clean'] for r in records)} clean")


if __name__ == "__main__":
    main()
