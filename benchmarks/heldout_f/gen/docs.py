"""Assemble the six document types from a dossier spec (see dossiers/*.py).

A spec is a plain dict. `ov(spec, role, key)` reads a field, letting
spec["override"][role][key] replace it for one document only. spec["extra"][role][anchor]
holds additional blocks inserted after the section called `anchor`.
"""

from __future__ import annotations

import re

# ---------------------------------------------------------------- helpers


def ov(spec, role, key, default=None):
    o = spec.get("override", {}).get(role, {})
    if key in o:
        return o[key]
    return spec.get(key, default)


def extra(spec, role, anchor):
    return list(spec.get("extra", {}).get(role, {}).get(anchor, []))


class Heads:
    """Heading numbering in one of several house styles."""

    def __init__(self, scheme, skip=()):
        self.scheme = scheme
        self.n = 0
        self.m = 0
        self.skip = set(skip)  # top-level numbers to leave out (used for planted numbering gaps)

    def h1(self, title):
        self.n += 1
        while self.n in self.skip:
            self.n += 1
        self.m = 0
        s = self.scheme
        if s == "dot":
            return ("h1", f"{self.n}. {title}")
        if s == "plain":
            return ("h1", f"{self.n} {title}")
        if s == "alpha":
            return ("h1", f"{chr(64 + self.n)}. {title}")
        if s == "section":
            return ("h1", f"Section {self.n} – {title}")
        if s == "roman":
            return ("h1", f"{_roman(self.n)}. {title}")
        return ("h1", title)

    def h2(self, title):
        self.m += 1
        s = self.scheme
        if s in ("dot",):
            return ("h2", f"{self.n}.{self.m}. {title}")
        if s in ("plain", "section"):
            return ("h2", f"{self.n}.{self.m} {title}")
        if s == "alpha":
            return ("h2", f"{chr(64 + self.n)}.{self.m} {title}")
        if s == "roman":
            return ("h2", f"{_roman(self.n)}.{self.m} {title}")
        return ("h2", title)


def _roman(n):
    vals = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


US = [("haemorrhage", "hemorrhage"), ("Haemorrhage", "Hemorrhage"), ("anaesthe", "anesthe"),
      ("Anaesthe", "Anesthe"), ("randomised", "randomized"), ("Randomised", "Randomized"),
      ("organisation", "organization"), ("analysed", "analyzed"), ("behaviour", "behavior"),
      ("paediatric", "pediatric"), ("Paediatric", "Pediatric"), ("centre", "center"),
      ("Centre", "Center"), ("favourable", "favorable"),
      ("oedema", "edema"), ("labelling", "labeling"), ("haemodynamic", "hemodynamic"),
      ("Haemodynamic", "Hemodynamic"), ("haematoma", "hematoma"), ("Haematoma", "Hematoma"),
      ("characterised", "characterized"), ("minimise", "minimize"), ("summarised", "summarized"),
      ("utilisation", "utilization"), ("sterilis", "steriliz"), ("Sterilis", "Steriliz"),
      ("colour", "color"), ("recognised", "recognized"), ("authorised", "authorized"),
      ("Authorised", "Authorized"), ("optimis", "optimiz"), ("stabilis", "stabiliz"),
      ("haemoglobin", "hemoglobin"), ("leucocyte", "leukocyte"), ("ischaem", "ischem"),
      ("Ischaem", "Ischem"), ("oesophag", "esophag"), ("litre", "liter"), ("fibre", "fiber"),
      ("anaemia", "anemia"), ("categoris", "categoriz"), ("prioritis", "prioritiz")]


def american(text):
    for a, b in US:
        text = text.replace(a, b)
    return re.sub(r"\b([Pp])rogramme(s?)\b", r"\1rogram\2", text)


def americanise_blocks(blocks):
    out = []
    for b in blocks:
        b = list(b)
        for i, x in enumerate(b):
            if isinstance(x, str):
                b[i] = american(x)
            elif isinstance(x, list):
                b[i] = [american(y) if isinstance(y, str) else
                        ([american(z) for z in y] if isinstance(y, (list, tuple)) else y) for y in x]
        out.append(tuple(b))
    return out


def docref(spec, role, citing=None):
    """Number and revision of a dossier document as another document cites it."""
    d = spec["docs"][role]
    key = f"ref_{role}"
    if citing and key in spec.get("override", {}).get(citing, {}):
        return spec["override"][citing][key]
    return f"{d['number']} Rev. {d['rev']}"


def meta(spec, role, extra_rows=()):
    d = spec["docs"][role]
    rows = [("Document number", d["number"]), ("Revision", d["rev"]), ("Date", d["date"])]
    rows += list(extra_rows)
    return ("meta", rows)


# ---------------------------------------------------------------- CEP

def cep(spec):
    st = spec["style"]
    v = st.get("v", 0)
    H = Heads(st.get("cep_heads", st["heads"]))
    name = ov(spec, "CEP", "name_long")
    b = [("title", ["Clinical Evaluation Plan", "Clinical Evaluation Plan (CEP)",
                    "Plan for the Clinical Evaluation"][v]),
         ("subtitle", name),
         meta(spec, "CEP", [("Manufacturer", spec["manufacturer"]),
                            ("Prepared by", spec["authors"][0]), ("Approved by", spec["authors"][1])])]
    b.append(H.h1(["Purpose and scope", "Scope of this plan", "Objective of the document"][v]))
    b.append(("p", [
        f"This plan defines how the clinical evaluation of the {spec['name']} is performed according to "
        f"Article 61 and Annex XIV Part A of Regulation (EU) 2017/745 (MDR). It is applicable for all "
        f"models listed in the device identification section and is updated when new clinical data, "
        f"post-market surveillance data or changes of the device are becoming available.",
        f"The present CEP describes the planned clinical evaluation for {spec['name']}, as requested by "
        f"MDR Annex XIV Part A section 1(a). The plan is establishing the target groups, the clinical "
        f"benefits with their outcome parameters and the acceptance criteria which are then verified in "
        f"the clinical evaluation report (CER, {docref(spec, 'CER', 'CEP')}).",
        f"Scope of this document is the planning of the clinical evaluation of {spec['name']} under the "
        f"MDR (Regulation (EU) 2017/745), Annex XIV Part A. The results of the evaluation are reported in "
        f"the CER {docref(spec, 'CER', 'CEP')}; this plan is reviewed together with every CER update."][v]))
    b += extra(spec, "CEP", "scope")

    b.append(H.h1(["Device identification", "Identification of the device", "Device under evaluation"][v]))
    b.append(("table", None, ["Item", "Description"], [
        ["Trade name", ov(spec, "CEP", "name_long")],
        ["Generic device group", spec["generic"]],
        ["Models / references", ", ".join(r[0] for r in spec["models"][1])],
        ["Basic UDI-DI", ov(spec, "CEP", "budi")],
        ["Manufacturer", f"{spec['manufacturer']}, {spec['address']}"],
        ["Risk class", ov(spec, "CEP", "class_text")],
    ]))
    b.append(("p", ov(spec, "CEP", "scope_text")))
    b += extra(spec, "CEP", "device")

    b.append(H.h1(["Intended purpose and target groups", "Intended purpose, indications and target population",
                   "Scope of use and target groups"][v]))
    b.append(("p", ov(spec, "CEP", "intended_purpose")))
    b.append(H.h2("Indications"))
    b.append(("ul", ov(spec, "CEP", "indications")))
    b.append(H.h2("Contraindications"))
    b.append(("ul", ov(spec, "CEP", "contraindications")))
    b.append(H.h2(["Target population", "Patient population", "Target groups"][v]))
    b.append(("p", ov(spec, "CEP", "population")))
    b.append(H.h2(["Intended users and environment", "Users and use environment", "Users and setting"][v]))
    b.append(("p", ov(spec, "CEP", "users") + " " + ov(spec, "CEP", "setting")))
    b += extra(spec, "CEP", "purpose")

    b.append(H.h1(["Clinical benefits and outcome parameters", "Intended clinical benefits",
                   "Clinical benefits, outcome parameters and acceptance criteria"][v]))
    b.append(("p", ["The clinical benefits claimed by the manufacturer are listed below together with the "
                    "outcome parameter which is used for the demonstration and the acceptance criterion, "
                    "derived from the state of the art.",
                    "For each intended clinical benefit a measurable outcome parameter and an acceptance "
                    "criterion was defined. The criteria are derived from the state of the art analysis.",
                    "The table hereafter summarises benefits, the parameters by which they are measured and "
                    "the threshold that must be reached."][v]))
    b.append(("table", None, ["Clinical benefit", "Outcome parameter", "Acceptance criterion"],
              [list(r) for r in ov(spec, "CEP", "benefits")]))
    b.append(H.h1(["Safety objectives and benefit-risk acceptability", "Acceptance criteria for safety",
                   "Benefit-risk acceptance criteria"][v]))
    b.append(("table", None, ["Safety parameter", "Acceptance criterion"],
              [list(r) for r in ov(spec, "CEP", "safety_criteria")]))
    b.append(("p", ["The benefit-risk ratio is considered acceptable if all performance and safety "
                    "acceptance criteria are met, or if deviations are justified by the clinical "
                    "context and the state of the art.",
                    "Benefit-risk will be judged acceptable when the criteria above are fulfilled in the "
                    "pooled analysis; single criteria not met shall be discussed in the CER with a "
                    "justification.",
                    "Acceptability is concluded only when each criterion is fulfilled or a deviation is "
                    "justified against the alternative treatments described in the state of the art."][v]))
    b += extra(spec, "CEP", "criteria")

    b.append(H.h1(["Clinical development plan", "Clinical development plan and clinical data",
                   "Clinical development strategy"][v]))
    for p in ov(spec, "CEP", "cdp"):
        b.append(("p", p))
    b += extra(spec, "CEP", "cdp")

    b.append(H.h1(["Methods of the clinical evaluation", "Data sources and appraisal method",
                   "Identification and appraisal of clinical data"][v]))
    b.append(("p", ov(spec, "CEP", "search")))
    b.append(("p", ["Retrieved data are appraised for methodological quality, relevance for the device "
                    "and the intended purpose and weight of contribution according to MEDDEV 2.7/1 rev. 4, "
                    "Appendix A6, by two evaluators independently.",
                    "Appraisal of each data set is done with the criteria of MEDDEV 2.7/1 rev. 4 (suitability "
                    "and contribution), the results are documented in the appraisal tables of the CER.",
                    "All data sets are appraised by two reviewers for quality and relevance; disagreements "
                    "are solved by discussion. Unfavourable data are included and discussed."][v]))
    b.append(("p", ov(spec, "CEP", "equivalence_plan")))
    b += extra(spec, "CEP", "methods")

    b.append(H.h1(["Evaluators", "Qualification of the evaluators", "Responsible persons"][v]))
    b.append(("p", ov(spec, "CEP", "cep_evaluators",
                      f"The clinical evaluation is carried out by {spec['authors'][0]} together with a clinical expert of "
                      f"the field; the plan is approved by {spec['authors'][1]}. CVs and declarations of interest of the "
                      f"evaluators are kept in the technical documentation.")))
    b += extra(spec, "CEP", "end")
    return b


# ---------------------------------------------------------------- CER

def cer(spec):
    st = spec["style"]
    v = st.get("v", 0)
    H = Heads(st.get("cer_heads", st["heads"]), skip=spec.get("cer_skip", ()))
    tno = [0]

    def tcap(text):
        tno[0] += 1
        return f"Table {tno[0]}: {text}"

    R = "CER"
    b = [("title", ["Clinical Evaluation Report", "Clinical Evaluation Report (CER)",
                    "Report of the Clinical Evaluation"][v]),
         ("subtitle", ov(spec, R, "name_long")),
         meta(spec, R, [("Manufacturer", spec["manufacturer"]),
                        ("Clinical evaluation plan", docref(spec, "CEP", R)),
                        ("Data lock point", spec["data_lock"])])]
    b.append(H.h1(["Executive summary", "Summary", "Summary of the clinical evaluation"][v]))
    for p in ov(spec, R, "summary"):
        b.append(("p", p))
    b += extra(spec, R, "summary")

    b.append(H.h1(["Scope of the clinical evaluation", "Scope", "Scope and context"][v]))
    b.append(("p", f"This report documents the clinical evaluation of {ov(spec, R, 'name')} performed according "
                   f"to the clinical evaluation plan {docref(spec, 'CEP', R)}. "
                   + ["The evaluation supports the conformity assessment under Annex IX of the MDR.",
                      "It is part of the technical documentation according to Annex II section 6.1(c).",
                      "It covers all models and sizes listed in the device description."][v]))
    b.append(("p", ov(spec, R, "scope_text")))
    b += extra(spec, R, "scope")

    b.append(H.h1(["Device description", "Description of the device", "Device description and principle of operation"][v]))
    for p in ov(spec, R, "description"):
        b.append(("p", p))
    b.append(("table", tcap("Models and configurations"), spec["models"][0], [list(r) for r in spec["models"][1]]))
    b.append(("p", f"Basic UDI-DI: {ov(spec, R, 'budi')}. Classification: {ov(spec, R, 'class_text')}"))
    if st.get("cer_specs_prose"):
        b.append(("p", ov(spec, R, "specs_prose")))
    else:
        b.append(("table", tcap("Main technical characteristics"), ["Characteristic", "Value"],
                  [list(r) for r in ov(spec, R, "specs")]))
    b += extra(spec, R, "device")

    b.append(H.h1(["Intended purpose", "Intended purpose and indications", "Scope of use"][v]))
    b.append(("p", ov(spec, R, "intended_purpose")))
    b.append(H.h2(["Indications", "Indications for use", "Medical indications"][v]))
    b.append(("ul", ov(spec, R, "indications")))
    b.append(H.h2("Contraindications"))
    b.append(("ul", ov(spec, R, "contraindications")))
    b.append(H.h2(["Patient population", "Target population", "Intended patients"][v]))
    b.append(("p", ov(spec, R, "population")))
    b.append(H.h2(["Users and environment", "Intended users and use environment", "Users and care setting"][v]))
    b.append(("p", ov(spec, R, "users") + " " + ov(spec, R, "setting")))
    b += extra(spec, R, "purpose")

    b.append(H.h1(["State of the art", "Medical background and state of the art", "Current knowledge and state of the art"][v]))
    for p in ov(spec, R, "sota"):
        b.append(("p", p))
    b.append(("p", ["Alternative treatment options considered in this evaluation are:",
                    "The following alternatives are available to the patients:",
                    "Therapeutic alternatives:"][v]))
    b.append(("ul", ov(spec, R, "alternatives")))
    b += extra(spec, R, "sota")

    b.append(H.h1(["Clinical data", "Clinical data and their appraisal", "Clinical evidence"][v]))
    b.append(H.h2(["Literature search", "Identification of data", "Search methodology"][v]))
    b.append(("p", ov(spec, R, "search_result")))
    b.append(H.h2(["Equivalence", "Equivalence and previous generations", "Use of data from other devices"][v]))
    b.append(("p", ov(spec, R, "equivalence")))
    b += extra(spec, R, "equivalence")
    b.append(H.h2(["Clinical studies included", "Summary of the pivotal data", "Data sets retained"][v]))
    studies_no = tno[0] + 1
    b.append(("p", f"The data sets retained after appraisal are summarised in Table {studies_no}."))
    b.append(("table", tcap(["Clinical studies on the device", "Retained clinical data sets",
                             "Overview of the clinical data"][v]),
              ov(spec, R, "studies")[0], [list(r) for r in ov(spec, R, "studies")[1]]))
    for p in ov(spec, R, "results"):
        b.append(("p", p))
    b += extra(spec, R, "studies")
    b.append(H.h2(["Post-market surveillance data", "Data from post-market surveillance", "PMS and vigilance"][v]))
    for p in ov(spec, R, "pms"):
        b.append(("p", p))
    b += extra(spec, R, "pms")

    b.append(H.h1(["Analysis of performance and safety", "Performance and safety against the acceptance criteria",
                   "Evaluation against the CEP criteria"][v]))
    perf_no = tno[0] + 1
    b.append(("p", f"Table {perf_no} compares the pooled results with the acceptance criteria of the CEP; "
                   f"Table {perf_no + 1} does the same for safety."))
    b.append(("table", tcap("Performance results versus acceptance criteria"),
              ["Outcome parameter", "Acceptance criterion", "Result", "Met"],
              [list(r) for r in ov(spec, R, "perf_results")]))
    b.append(("table", tcap("Safety results versus acceptance criteria"),
              ["Safety parameter", "Acceptance criterion", "Observed", "Met"],
              [list(r) for r in ov(spec, R, "safety_results")]))
    b += extra(spec, R, "analysis")

    b.append(H.h1(["Benefit-risk determination", "Benefit-risk analysis", "Benefits, risks and their balance"][v]))
    for p in ov(spec, R, "benefit_risk"):
        b.append(("p", p))
    b.append(H.h2(["Residual risks", "Remaining risks and side-effects", "Residual risks and undesirable side-effects"][v]))
    b.append(("ul", [f"{e} ({r})" for e, r in ov(spec, R, "adverse")] + list(ov(spec, R, "other_risks", []))))
    b.append(("p", ["All residual risks are disclosed in the IFU and in the SSCP. The IFU was reviewed for "
                    "consistency with this report and with the risk management file.",
                    "The information for safety in the IFU and SSCP was checked against this report and the "
                    "risk management file; no gaps were identified.",
                    "The residual risks above correspond to the risk management report and are communicated "
                    "to users in the IFU."][v]))
    b += extra(spec, R, "benefit_risk")

    b.append(H.h1(["Post-market clinical follow-up", "PMCF", "Post-market clinical follow-up (PMCF)"][v]))
    b.append(("p", f"PMCF is described in the PMCF plan {docref(spec, 'PMCF-plan', R)}. " + ov(spec, R, "pmcf_summary")))
    b += extra(spec, R, "pmcf")

    b.append(H.h1(["Conclusions", "Conclusion", "Overall conclusion"][v]))
    for p in ov(spec, R, "conclusion"):
        b.append(("p", p))
    b += extra(spec, R, "conclusion")

    b.append(H.h1(["References", "Bibliography", "Literature"][v]))
    b.append(("ol", ov(spec, R, "references")))
    b.append(H.h1(["Evaluators and sign-off", "Signatures", "Approval"][v]))
    b.append(("p", ov(spec, R, "evaluators")))
    return b


# ---------------------------------------------------------------- PMCF plan

def pmcf(spec):
    st = spec["style"]
    v = st.get("v", 0)
    H = Heads(st.get("pmcf_heads", st["heads"]))
    R = "PMCF-plan"
    P = ov(spec, R, "pmcf")
    b = [("title", ["Post-Market Clinical Follow-up Plan", "PMCF Plan", "Post-market clinical follow-up (PMCF) plan"][v]),
         ("subtitle", ov(spec, R, "name_long")),
         meta(spec, R, [("Manufacturer", spec["manufacturer"]), ("Template", "MDCG 2020-7")])]
    b.append(H.h1(["Manufacturer and device", "Identification", "Device and manufacturer"][v]))
    b.append(("table", None, ["Field", "Entry"], [
        ["Manufacturer", f"{spec['manufacturer']}, {spec['address']}"],
        ["SRN", spec["srn"]],
        ["Device", ov(spec, R, "name_long")],
        ["Basic UDI-DI", ov(spec, R, "budi")],
        ["Class", ov(spec, R, "class_text")],
        ["Intended purpose", ov(spec, R, "intended_purpose")],
    ]))
    b.append(H.h1(["Reference documents", "Related documents", "Referenced documentation"][v]))
    b.append(("ul", [f"Clinical evaluation report {docref(spec, 'CER', R)}",
                     f"Clinical evaluation plan {docref(spec, 'CEP', R)}",
                     f"Risk management file {spec['rmf']}",
                     f"Post-market surveillance plan {spec['pms_plan']}"]))
    b.append(H.h1(["General PMCF activities", "General methods", "General PMCF methods and procedures"][v]))
    b.append(("ul", P["general"]))
    b.append(H.h1(["Specific PMCF activities", "Specific methods", "Specific PMCF methods and procedures"][v]))
    b.append(H.h2("Objectives"))
    if P.get("objectives_table", True):
        b.append(("table", None, ["Objective", "Residual risk / open question addressed"],
                  [list(r) for r in P["objectives"]]))
    else:
        b.append(("ul", [o for o, _ in P["objectives"]]))
    b.append(H.h2(["Design and methods", "Study design", "Method and rationale"][v]))
    for p in P["design"]:
        b.append(("p", p))
    b.append(H.h2(["Endpoints", "Endpoints and follow-up", "Outcome measures"][v]))
    b.append(("ul", P["endpoints"]))
    b.append(H.h2(["Study population and setting", "Population and setting", "Patients and sites"][v]))
    if P.get("inclusion"):
        b.append(("p", "Inclusion criteria:"))
        b.append(("ul", P["inclusion"]))
    if P.get("exclusion"):
        b.append(("p", "Exclusion criteria:"))
        b.append(("ul", P["exclusion"]))
    b.append(("p", P["setting"]))
    b.append(H.h2(["Sample size", "Sample size and statistics", "Sample size justification"][v]))
    b.append(("p", P["sample_size"]))
    b.append(H.h2(["Timeline", "Milestones", "Time schedule"][v]))
    b.append(("table", None, ["Milestone", "Planned date"], [list(r) for r in P["timeline"]]))
    b += extra(spec, R, "specific")
    b.append(H.h1(["Evaluation and reporting", "Reporting", "Evaluation of PMCF data"][v]))
    b.append(("p", P["reporting"]))
    b += extra(spec, R, "end")
    return b


# ---------------------------------------------------------------- IFU

IFU_LABELS = {
    "en": dict(title="Instructions for Use", desc="Device description", ip="Intended purpose",
               ind="Indications", contra="Contraindications", pop="Patient population",
               users="Intended users and use environment", warn="Warnings", prec="Precautions",
               adv="Possible side-effects and complications", instr="Instructions",
               spec="Technical specifications", param="Parameter", value="Value",
               store="Storage and disposal", mfr="Manufacturer", sscp="The summary of safety and clinical performance (SSCP) is available in the European database Eudamed, linked to the Basic UDI-DI"),
    "fr": dict(title="Notice d'utilisation", desc="Description du dispositif", ip="Destination",
               ind="Indications", contra="Contre-indications", pop="Population de patients",
               users="Utilisateurs prévus et environnement d'utilisation", warn="Avertissements",
               prec="Précautions", adv="Effets secondaires et complications possibles",
               instr="Mode d'emploi", spec="Caractéristiques techniques", param="Paramètre",
               value="Valeur", store="Stockage et élimination", mfr="Fabricant",
               sscp="Le résumé des caractéristiques de sécurité et des performances cliniques (RCSPC) est disponible dans la base de données européenne Eudamed, lié à l'IUD-ID de base"),
    "de": dict(title="Gebrauchsanweisung", desc="Produktbeschreibung", ip="Zweckbestimmung",
               ind="Indikationen", contra="Kontraindikationen", pop="Patientenpopulation",
               users="Vorgesehene Anwender und Einsatzumgebung", warn="Warnhinweise",
               prec="Vorsichtsmaßnahmen", adv="Mögliche Nebenwirkungen und Komplikationen",
               instr="Anwendung", spec="Technische Daten", param="Parameter", value="Wert",
               store="Lagerung und Entsorgung", mfr="Hersteller",
               sscp="Der Kurzbericht über Sicherheit und klinische Leistung (SSCP) ist in der Europäischen Datenbank Eudamed unter der Basis-UDI-DI verfügbar"),
    "it": dict(title="Istruzioni per l'uso", desc="Descrizione del dispositivo", ip="Destinazione d'uso",
               ind="Indicazioni", contra="Controindicazioni", pop="Popolazione di pazienti",
               users="Utilizzatori previsti e ambiente d'uso", warn="Avvertenze", prec="Precauzioni",
               adv="Possibili effetti collaterali e complicanze", instr="Modalità d'uso",
               spec="Specifiche tecniche", param="Parametro", value="Valore",
               store="Conservazione e smaltimento", mfr="Fabbricante",
               sscp="La sintesi relativa alla sicurezza e alla prestazione clinica (SSCP) è disponibile nella banca dati europea Eudamed, collegata all'UDI-DI di base"),
    "es": dict(title="Instrucciones de uso", desc="Descripción del producto", ip="Finalidad prevista",
               ind="Indicaciones", contra="Contraindicaciones", pop="Población de pacientes",
               users="Usuarios previstos y entorno de uso", warn="Advertencias", prec="Precauciones",
               adv="Posibles efectos secundarios y complicaciones", instr="Modo de empleo",
               spec="Especificaciones técnicas", param="Parámetro", value="Valor",
               store="Almacenamiento y eliminación", mfr="Fabricante",
               sscp="El resumen sobre seguridad y funcionamiento clínico (SSCP) está disponible en la base de datos europea Eudamed, vinculado al UDI-DI básico"),
    "nl": dict(title="Gebruiksaanwijzing", desc="Beschrijving van het hulpmiddel", ip="Beoogd doeleinde",
               ind="Indicaties", contra="Contra-indicaties", pop="Patiëntenpopulatie",
               users="Beoogde gebruikers en gebruiksomgeving", warn="Waarschuwingen",
               prec="Voorzorgsmaatregelen", adv="Mogelijke bijwerkingen en complicaties",
               instr="Gebruik", spec="Technische specificaties", param="Parameter", value="Waarde",
               store="Opslag en afvoer", mfr="Fabrikant",
               sscp="De samenvatting van veiligheid en klinische prestaties (SSCP) is beschikbaar in de Europese databank Eudamed, gekoppeld aan de basis-UDI-DI"),
}


def ifu(spec, lang):
    st = spec["style"]
    L = IFU_LABELS[lang]
    role = f"IFU-{lang}"
    T = spec["ifu"][lang]
    g = lambda k, d=None: spec.get("override", {}).get(role, {}).get(k, T.get(k, d))
    heads = st.get("ifu_heads", "dot")
    H = Heads(heads)
    b = [("title", f"{g('name')} – {L['title']}"),
         ("subtitle", g("subtitle")),
         ("meta", [(g("docno_label", "Ref."), spec["docs"][role]["number"] + " / " + spec["docs"][role]["rev"]),
                   (L["mfr"], f"{spec['manufacturer']}, {spec['address']}"),
                   ("CE", f"CE {spec['nb_no']}")])]
    b.append(H.h1(L["desc"]))
    for p in g("description"):
        b.append(("p", p))
    b.append(H.h1(L["ip"]))
    b.append(("p", g("intended_purpose")))
    b.append(H.h2(L["ind"]))
    b.append(("ul", g("indications")))
    b.append(H.h2(L["contra"]))
    b.append(("ul", g("contraindications")))
    b.append(H.h2(L["pop"]))
    b.append(("p", g("population")))
    b.append(H.h2(L["users"]))
    b.append(("p", g("users")))
    b += spec.get("extra", {}).get(role, {}).get("purpose", [])
    b.append(H.h1(L["warn"]))
    b.append(("ul", g("warnings")))
    b.append(H.h2(L["prec"]))
    b.append(("ul", g("precautions")))
    b.append(H.h1(L["adv"]))
    b.append(("ul", g("adverse")))
    b.append(H.h1(L["instr"]))
    b.append(("ol", g("instructions")))
    b += spec.get("extra", {}).get(role, {}).get("instructions", [])
    b.append(H.h1(L["spec"]))
    b.append(("table", None, [L["param"], L["value"]], [list(r) for r in g("specs")]))
    b.append(H.h1(L["store"]))
    b.append(("p", g("storage")))
    if spec.get("sscp_required", True):
        b.append(("p", f"{L['sscp']} {spec['budi']}."))
    b.append(("p", f"{spec['manufacturer']} · {spec['address']} · SRN {spec['srn']}"))
    return b


# ---------------------------------------------------------------- SSCP

def sscp(spec):
    R = "SSCP"
    S = spec["sscp"]
    b = [("title", "Summary of Safety and Clinical Performance (SSCP)"),
         ("subtitle", ov(spec, R, "name_long") + " – part for healthcare professionals"),
         meta(spec, R, [("Validation language", "English"), ("Validated by", f"{spec['nb']} (NB {spec['nb_no']})")])]
    b.append(("h1", "1. Device identification and general information"))
    b.append(("table", None, ["Item", "Information"], [
        ["1.1 Trade name(s)", ov(spec, R, "name_long")],
        ["1.2 Manufacturer", f"{spec['manufacturer']}, {spec['address']}"],
        ["1.3 SRN", spec["srn"]],
        ["1.4 Basic UDI-DI", ov(spec, R, "budi")],
        ["1.5 EMDN", spec["emdn"]],
        ["1.6 Class", ov(spec, R, "class_text")],
        ["1.7 Year of first CE certificate", spec["first_ce"]],
        ["1.8 Authorised representative", "Not applicable (EU manufacturer)"],
        ["1.9 Notified Body", f"{spec['nb']}, NB {spec['nb_no']}"],
    ]))
    b.append(("h1", "2. Intended use of the device"))
    b.append(("h2", "2.1 Intended purpose"))
    b.append(("p", ov(spec, R, "intended_purpose")))
    b.append(("h2", "2.2 Indications and target population"))
    b.append(("ul", ov(spec, R, "indications")))
    b.append(("p", ov(spec, R, "population")))
    b.append(("h2", "2.3 Contraindications and limitations"))
    b.append(("ul", ov(spec, R, "contraindications")))
    b.append(("h1", "3. Device description"))
    b.append(("h2", "3.1 Description and configurations"))
    for p in S["description"]:
        b.append(("p", p))
    b.append(("h2", "3.2 Previous generations and variants"))
    b.append(("p", S["previous"]))
    b.append(("h2", "3.3 Accessories and combined products"))
    b.append(("p", S["accessories"]))
    b.append(("h1", "4. Risks and warnings"))
    b.append(("h2", "4.1 Residual risks and undesirable effects"))
    b.append(("p", S["risk_source"]))
    b.append(("table", None, ["Residual risk / undesirable effect", "Frequency"],
              [[e, r] for e, r in ov(spec, R, "adverse")]))
    b.append(("h2", "4.2 Warnings and precautions"))
    b.append(("ul", ov(spec, R, "sscp_warnings")))
    b.append(("h2", "4.3 Other safety aspects"))
    b.append(("p", S["fsca"]))
    b.append(("h1", "5. Summary of clinical evaluation and PMCF"))
    b.append(("h2", "5.1 Clinical data of the device"))
    for p in ov(spec, R, "sscp_clinical"):
        b.append(("p", p))
    b.append(("h2", "5.2 Ongoing or planned PMCF"))
    b.append(("p", ov(spec, R, "pmcf_summary")))
    b.append(("h1", "6. Possible diagnostic or therapeutic alternatives"))
    b.append(("ul", ov(spec, R, "alternatives")))
    b.append(("h1", "7. Suggested profile and training for users"))
    b.append(("p", S["training"]))
    b.append(("h1", "8. Harmonised standards and common specifications applied"))
    b.append(("ul", S["standards"]))
    b.append(("h1", "9. Revision history"))
    b.append(("table", None, ["Revision", "Date", "Change", "Validated by NB"],
              [[spec["docs"][R]["rev"], spec["docs"][R]["date"], "First issue under MDR", "Yes"]]))
    return b


# ---------------------------------------------------------------- CEAR

def cear(spec):
    R = "CEAR"
    C = spec["cear"]
    heads = spec["style"].get("cear_heads", "alpha")
    H = Heads(heads)
    docs = [f"{d['title']} {d['number']}, revision {d['rev']} ({d['date']})"
            for role, d in spec["docs"].items() if role not in ("CEAR",) and not role.startswith("IFU-")
            ] + [f"Instructions for use {spec['docs']['IFU-en']['number']} Rev. {spec['docs']['IFU-en']['rev']}"
                 f" in {', '.join(C['ifu_langs'])}"]
    docs = ov(spec, R, "cear_docs", docs)
    b = [("title", "Clinical Evaluation Assessment Report (CEAR)"),
         ("subtitle", f"{spec['nb']} – Notified Body {spec['nb_no']}"),
         ("meta", [("NB report number", spec["docs"][R]["number"]), ("Revision", spec["docs"][R]["rev"]),
                   ("Date", spec["docs"][R]["date"]), ("Template", "MDCG 2020-13")])]
    b.append(H.h1("Administrative particulars"))
    b.append(("table", None, ["Item", "Details"], [
        ["Manufacturer", f"{spec['manufacturer']} (SRN {spec['srn']})"],
        ["Device name", ov(spec, R, "name_long")],
        ["Models", ", ".join(r[0] for r in spec["models"][1])],
        ["Basic UDI-DI", ov(spec, R, "budi")],
        ["Risk class and rule", ov(spec, R, "class_text")],
        ["Type of assessment", C["assessment_type"]],
    ]))
    b.append(("p", "Documents assessed:"))
    b.append(("ul", docs))
    b.append(H.h1("Notified Body reviewers"))
    b.append(("p", C["reviewers"]))
    b.append(H.h1("Device description and intended purpose"))
    for p in ov(spec, R, "cear_summary"):
        b.append(("p", p))
    b.append(("p", "Indications as assessed:"))
    b.append(("ul", ov(spec, R, "indications")))
    b.append(("p", "Contraindications as assessed:"))
    b.append(("ul", ov(spec, R, "contraindications")))
    for p in C["state_of_art"]:
        b.append(("p", p))
    b += extra(spec, R, "device")
    b.append(H.h1("Clinical literature review"))
    for p in C["literature"]:
        b.append(("p", p))
    b.append(H.h1("Clinical investigations"))
    for p in C["investigations"]:
        b.append(("p", p))
    b.append(H.h1("PMS, PMCF and plan for updates"))
    for p in C["pmcf"]:
        b.append(("p", p))
    b.append(H.h1("IFU, SSCP and labelling"))
    for p in C["ifu"]:
        b.append(("p", p))
    b.append(H.h1("Summary of data and conclusions"))
    for p in C["conclusion"]:
        b.append(("p", p))
    b.append(H.h1("Clinical evaluation consultation procedure (Article 54)"))
    for p in ov(spec, R, "cear_scope"):
        b.append(("p", p))
    b += extra(spec, R, "end")
    return b
