"""Builders for CEP, CER, PMCF plan, IFU (any language), SSCP and CEAR from one facts dict.

Facts may be overridden per document (f["ov"]["CER"]["population"] = ...) to plant a defect,
and extra blocks may be inserted (f["add"]["IFU:en"]["steps"] = [...]).
"""
from __future__ import annotations

import re

from .render import Doc

CRO = "Clinivigil SRL, Avenue Louise 231, 1050 Brussels, Belgium"


# ------------------------------------------------------------------ helpers
def g(f, docid, key, default=None):
    ov = f.get("ov", {}).get(docid, {})
    if key in ov:
        return ov[key]
    return f.get(key, default)


def extra(f, docid, key):
    return f.get("add", {}).get(docid, {}).get(key, [])


def dc(text):
    """decimal comma: 3.5 -> 3,5 (only between digits)."""
    return re.sub(r"(?<=\d)\.(?=\d)", ",", text)


class Num:
    """Heading numbering in the style of the dossier."""

    def __init__(self, style):
        self.style = style
        self.n = [0, 0]

    def __call__(self, text, level=1):
        if self.style == "none":
            return text
        if level == 1:
            self.n[0] += 1
            self.n[1] = 0
            k = self.n[0]
            if self.style == "alpha":
                return f"{chr(64 + k)}. {text}"
            if self.style == "plain":
                return f"{k} {text}"
            if self.style == "roman":
                return f"{['I','II','III','IV','V','VI','VII','VIII','IX','X','XI','XII','XIII','XIV','XV'][k-1]}. {text}"
            return f"{k}. {text}"
        self.n[1] += 1
        if self.style == "alpha":
            return f"{chr(64 + self.n[0])}.{self.n[1]} {text}"
        if self.style == "roman":
            return f"{self.n[0]}.{self.n[1]} {text}"
        return f"{self.n[0]}.{self.n[1]} {text}"


def heading(d, num, text, level=1):
    d.h(num(text, level), level)


def docmeta(f, key):
    return f["docs"][key]


def ref_of(f, key, lang=None):
    m = f["docs"][key] if lang is None else f["docs"]["IFU"][lang]
    return m["no"], m["rev"], m["date"]


# ------------------------------------------------------------------ CEP
def build_cep(f):
    docid = "CEP"
    m = f["docs"]["CEP"]
    st = f["style"]
    d = Doc(m["file"], "CEP", "en")
    d.running = f"{m['no']} rev. {m['rev']} | Clinical Evaluation Plan | {f['trade']}"
    num = Num(st.get("num_cep", st.get("num", "dot")))
    b = st.get("bullet", "-")
    d.title("Clinical Evaluation Plan (CEP)", f"{g(f, docid, 'full')} — {f['generic']}")
    d.meta([("Document", m["no"]), ("Revision", m["rev"]), ("Date", m["date"]),
            ("Manufacturer", f"{g(f, docid, 'manufacturer')}, {f['address']}"),
            ("Prepared by", f"{f.get('author', 'M. Delvaux, PharmD')} ({CRO})"),
            ("Status", "Approved")])
    heading(d, num, "Purpose of the present plan")
    d.p(f"The present clinical evaluation plan (CEP) defines, in the frame of the MDR certification of "
        f"{g(f, docid, 'full')}, the clinical data which will be collected and appraised, the outcome parameters and "
        f"the acceptance criteria against which the clinical evaluation report (CER) will conclude. It follows "
        f"Annex XIV Part A, section 1(a) of Regulation (EU) 2017/745 (MDR) and MEDDEV 2.7/1 rev. 4.")
    for t in extra(f, docid, "after_purpose"):
        d.p(t)
    heading(d, num, "Device identification")
    d.table(["Item", "Description"], [
        ["Trade name", g(f, docid, "full")],
        ["Generic description", f["generic"]],
        ["Basic UDI-DI", g(f, docid, "udi")],
        ["Models / references", "; ".join(r for r, _ in f["models"])],
        ["Risk class", f"Class {g(f, docid, 'dev_class')} — {g(f, docid, 'rule')}"],
    ], widths=(30, 70))
    heading(d, num, "Intended purpose and target groups")
    d.p(g(f, docid, "purpose"))
    heading(d, num, "Indications", 2)
    d.ul(g(f, docid, "indications"), b)
    heading(d, num, "Contraindications", 2)
    d.ul(g(f, docid, "contraindications"), b)
    heading(d, num, "Target group", 2)
    d.p(g(f, docid, "population"))
    d.p(g(f, docid, "setting"))
    heading(d, num, "Clinical benefits, outcome parameters and acceptance criteria")
    d.p("The clinical benefits claimed for the device and the parameters used to measure them are listed below. "
        "Acceptance criteria are derived from the state of the art (see section on benchmarks in the CER).")
    d.table(["Clinical benefit", "Outcome parameter", "Acceptance criterion"],
            [[a, o, c] for a, o, c, _ in g(f, docid, "benefits")], widths=(32, 38, 30),
            group=[("Performance", 3)])
    d.table(["Safety parameter", "Acceptance criterion (a)"],
            [[a, c] for a, c, _ in g(f, docid, "safety")], widths=(55, 45),
            notes=["(a) Upper limit of the acceptable rate, derived from the benchmark devices and the published literature."])
    heading(d, num, "Benefit-risk acceptability")
    d.p(g(f, docid, "cep_br", "The benefit-risk will be considered acceptable when every performance criterion is met "
        "and no safety criterion is exceeded, taking into account the severity of the pathology and the available "
        "alternatives."))
    heading(d, num, "Clinical development plan")
    d.ul(g(f, docid, "cdp"), b)
    heading(d, num, "Literature search protocol")
    s = g(f, docid, "search")
    d.p(f"Databases: {s['db']}. Search period: {s['period']}. Two independent reviewers screen titles and abstracts; "
        f"full texts are appraised with the MEDDEV 2.7/1 rev. 4 (Appendix A5/A6) criteria. Favourable and unfavourable "
        f"data are both retained.")
    d.table(["PICO element", "Definition"], s["pico"], widths=(25, 75))
    for t in extra(f, docid, "after_search"):
        d.p(t)
    heading(d, num, "Evaluators")
    d.p(f.get("evaluators", "The evaluation is conducted by a pharmacist with 15 years of experience in clinical "
        "evaluation and a clinician of the relevant speciality; declarations of interest and CVs are filed with the CER."))
    return d


# ------------------------------------------------------------------ CER
def build_cer(f):
    docid = "CER"
    m = f["docs"]["CER"]
    st = f["style"]
    d = Doc(m["file"], "CER", "en")
    d.running = f"{m['no']} | CER {f['trade']} | revision {m['rev']}"
    num = Num(st.get("num", "dot"))
    b = st.get("bullet", "-")
    layout = st.get("cer_layout", "A")
    comma = st.get("cer_comma", False)
    fx = dc if comma else (lambda x: x)
    full = g(f, docid, "full")
    d.title("Clinical Evaluation Report", f"{full} — {f['generic']}")
    d.meta([("Document", m["no"]), ("Revision", m["rev"]), ("Date", m["date"]),
            ("Manufacturer", f"{g(f, docid, 'manufacturer')}, {f['address']} (SRN {f['srn']})"),
            ("Basic UDI-DI", g(f, docid, "udi")),
            ("Notified Body", f"{f['nb']} (NB {f['nb_no']})"),
            ("Prepared by", f"{f.get('author', 'M. Delvaux, PharmD')} — {CRO}"),
            ("Related CEP", f"{f['docs']['CEP']['no']} rev. {f['docs']['CEP']['rev']}")])

    T = {"A": dict(summ="Executive summary", abbr="Abbreviations", dev="Scope of the device",
                   ip="Intended purpose, target group and conditions of use", reg="Classification and conformity assessment route",
                   sota="State of the art", data="Clinical data", claims="Performance claims",
                   safety="Undesirable effects and residual risks", br="Benefit-risk determination",
                   pmcf="Post-market clinical follow-up (PMCF)", concl="Conclusion", refs="References"),
         "B": dict(summ="Summary", abbr="List of abbreviations", dev="Device under evaluation",
                   ip="Intended purpose and target group", reg="Regulatory status",
                   sota="Pathology and state of the art", data="Clinical evidence", claims="Claims and their support",
                   safety="Safety", br="Benefit-risk analysis", pmcf="PMCF", concl="Conclusions of the evaluator",
                   refs="Bibliography")}[layout]

    heading(d, num, T["summ"])
    for t in g(f, docid, "summary"):
        d.p(t)
    if f.get("abbr"):
        heading(d, num, T["abbr"])
        d.table(["Abbreviation", "Meaning"], f["abbr"], widths=(22, 78))
    heading(d, num, T["dev"])
    for t in g(f, docid, "description"):
        d.p(t)
    d.table(["Reference", "Description"], [list(x) for x in f["models"]], widths=(25, 75))
    d.p(g(f, docid, "principle"))
    if g(f, docid, "cer_specs_prose"):
        d.p(fx(g(f, docid, "cer_specs_prose")))
    for t in extra(f, docid, "after_device"):
        d.p(t)

    def ip_section():
        heading(d, num, T["ip"])
        heading(d, num, "Intended purpose", 2)
        d.p(g(f, docid, "purpose"))
        heading(d, num, "Indications and contraindications", 2)
        d.ul(g(f, docid, "indications"), b)
        d.p("Contraindications:")
        d.ul(g(f, docid, "contraindications"), b)
        heading(d, num, "Target group", 2)
        d.p(g(f, docid, "population"))
        heading(d, num, "Conditions of use", 2)
        d.p(g(f, docid, "users"))
        d.p(g(f, docid, "setting"))

    def reg_section():
        heading(d, num, T["reg"])
        d.p(f"{full} is a class {g(f, docid, 'dev_class')} device ({g(f, docid, 'rule')}).")
        d.p(g(f, docid, "scope"))

    if layout == "A":
        ip_section()
        reg_section()
    else:
        reg_section()
        ip_section()

    heading(d, num, T["sota"])
    for t in g(f, docid, "sota"):
        d.p(t)
    if f.get("alternatives"):
        d.p("Alternative options actually available:")
        d.ul(f["alternatives"], b)

    heading(d, num, T["data"])
    s = g(f, docid, "search")
    heading(d, num, "Literature search", 2)
    d.p(f"The search was performed according to the CEP in {s['db']} for the period {s['period']}. "
        f"{s['result']}")
    heading(d, num, "Summary of the pertinent studies", 2)
    d.table(["Ref.", "Design", "N", "Population", "Follow-up", "Main results"],
            [[fx(c) if i == 5 else c for i, c in enumerate(r)] for r in g(f, docid, "studies")],
            widths=(8, 20, 8, 22, 12, 30),
            group=[("Study", 2), ("Subjects", 2), ("Outcomes", 2)],
            notes=g(f, docid, "study_notes", []))
    for t in g(f, docid, "appraisal"):
        d.p(fx(t))

    def claims_section():
        heading(d, num, T["claims"])
        cl = g(f, docid, "claims")
        if st.get("claims_prose"):
            for c, s_ in cl:
                d.p(f"{c} {s_}")
        else:
            d.table(["Claim", "Supporting data"], [[c, s_] for c, s_ in cl], widths=(50, 50))

    def safety_section():
        heading(d, num, T["safety"])
        d.p(g(f, docid, "safety_intro", "Undesirable effects reported in the pertinent data are summarised below."))
        d.table(["Undesirable effect", "Frequency"], [[e, fx(r)] for e, r in g(f, docid, "adverse")],
                widths=(60, 40), notes=g(f, docid, "adverse_notes", []))
        d.p("Residual risks after implementation of the risk control measures (risk management file):")
        d.ul(g(f, docid, "residual"), b)

    if layout == "A":
        claims_section()
        safety_section()
    else:
        safety_section()
        claims_section()

    heading(d, num, T["br"])
    d.p("Results are compared with the acceptance criteria fixed in the CEP:")
    rows = [[a, c, fx(r)] for a, _, c, r in g(f, docid, "benefits")] + \
           [[a, c, fx(r)] for a, c, r in g(f, docid, "safety")]
    d.table(["Parameter", "CEP criterion", "Result (device data)"], rows, widths=(38, 27, 35),
            group=[("Outcome", 1), ("Acceptance versus observed", 2)])
    for t in g(f, docid, "br"):
        d.p(fx(t))
    heading(d, num, T["pmcf"])
    pm = f["docs"]["PMCF"]
    d.p(g(f, docid, "cer_pmcf", "").format(no=pm["no"], rev=pm["rev"]))
    heading(d, num, T["concl"])
    for t in g(f, docid, "conclusion"):
        d.p(t)
    heading(d, num, T["refs"])
    for i, r in enumerate(g(f, docid, "refs"), 1):
        d.p(f"[{i}] {r}")
    d.note(f"Signature of the evaluator: {f.get('author', 'M. Delvaux, PharmD')} — {m['date']}")
    return d


# ------------------------------------------------------------------ PMCF plan
def build_pmcf(f):
    docid = "PMCF"
    m = f["docs"]["PMCF"]
    st = f["style"]
    pm = g(f, docid, "pmcf")
    d = Doc(m["file"], "PMCF-plan", "en")
    d.running = f"PMCF plan {m['no']} rev. {m['rev']}"
    num = Num(st.get("num_pmcf", st.get("num", "dot")))
    b = st.get("bullet", "-")
    d.title("Post-Market Clinical Follow-up Plan", g(f, docid, "full"))
    d.meta([("Document", m["no"]), ("Revision", m["rev"]), ("Date", m["date"]),
            ("Manufacturer", g(f, docid, "manufacturer")),
            ("Related CER", f"{f['docs']['CER']['no']} rev. {f['docs']['CER']['rev']}"),
            ("Template", "MDCG 2020-7")])
    heading(d, num, "Device and scope")
    d.p(f"{g(f, docid, 'full')} ({f['generic']}), class {g(f, docid, 'dev_class')}, Basic UDI-DI {g(f, docid, 'udi')}.")
    d.p(g(f, docid, "purpose"))
    heading(d, num, "Objectives of the PMCF")
    d.p(pm.get("obj_intro", "Each objective is linked to a residual risk or an open question identified in the CER:"))
    d.ul(pm["objectives"], b)
    heading(d, num, "General PMCF methods")
    d.ul(pm.get("general", [
        "Systematic screening of complaints and vigilance data (trend reporting per Art. 88 MDR).",
        "Yearly literature review using the search strings of the CEP.",
        "Review of comparable devices' field safety notices in national databases."]), b)
    heading(d, num, "Specific PMCF activity")
    heading(d, num, "Design", 2)
    d.p(pm["design"])
    heading(d, num, "Population and setting", 2)
    d.p(pm["population"])
    if pm.get("inclusion"):
        d.table(["Inclusion criteria", "Exclusion criteria"],
                [[i, e] for i, e in zip(pm["inclusion"], pm["exclusion"] + [""] * (len(pm["inclusion"]) - len(pm["exclusion"])))],
                widths=(50, 50))
    d.p(pm["setting"])
    heading(d, num, "Endpoints", 2)
    d.ul(pm["endpoints"], b)
    heading(d, num, "Sample size", 2)
    d.p(pm["sample"])
    heading(d, num, "Timeline", 2)
    d.table(["Milestone", "Planned date"], pm["timeline"], widths=(60, 40))
    heading(d, num, "Reporting")
    d.p(pm.get("reporting", "Results are summarised yearly in the PMCF evaluation report (MDCG 2020-8), which feeds the "
            "CER update, the PSUR and the SSCP."))
    return d


# ------------------------------------------------------------------ IFU
HEAD = {
    "en": dict(title="Instructions for Use", desc="Device description", ip="Intended purpose", ind="Indications",
               contra="Contraindications", pop="Patient population", users="Intended users and environment",
               warn="Warnings and precautions", ae="Undesirable effects", spec="Technical specifications",
               steps="Instructions", param="Parameter", value="Value", store="Storage and disposal",
               mfr="Manufacturer", sscp="Summary of safety and clinical performance", rev="Revision",
               trans="Translation of the original French instructions."),
    "fr": dict(title="Notice d'utilisation", desc="Description du dispositif", ip="Destination", ind="Indications",
               contra="Contre-indications", pop="Population de patients", users="Utilisateurs et environnement prévus",
               warn="Mises en garde et précautions", ae="Effets indésirables", spec="Caractéristiques techniques",
               steps="Mode d'emploi", param="Paramètre", value="Valeur", store="Stockage et élimination",
               mfr="Fabricant", sscp="Résumé des caractéristiques de sécurité et des performances cliniques", rev="Révision"),
    "nl": dict(title="Gebruiksaanwijzing", desc="Beschrijving van het hulpmiddel", ip="Beoogd doel", ind="Indicaties",
               contra="Contra-indicaties", pop="Patiëntenpopulatie", users="Beoogde gebruikers en omgeving",
               warn="Waarschuwingen en voorzorgsmaatregelen", ae="Bijwerkingen", spec="Technische specificaties",
               steps="Gebruik", param="Parameter", value="Waarde", store="Opslag en afvalverwijdering",
               mfr="Fabrikant", sscp="Samenvatting van veiligheid en klinische prestaties", rev="Revisie"),
    "de": dict(title="Gebrauchsanweisung", desc="Produktbeschreibung", ip="Zweckbestimmung", ind="Indikationen",
               contra="Kontraindikationen", pop="Patientenpopulation", users="Vorgesehene Anwender und Umgebung",
               warn="Warnhinweise und Vorsichtsmaßnahmen", ae="Unerwünschte Wirkungen", spec="Technische Daten",
               steps="Anwendung", param="Parameter", value="Wert", store="Lagerung und Entsorgung",
               mfr="Hersteller", sscp="Kurzbericht über Sicherheit und klinische Leistung", rev="Revision"),
    "it": dict(title="Istruzioni per l'uso", desc="Descrizione del dispositivo", ip="Destinazione d'uso", ind="Indicazioni",
               contra="Controindicazioni", pop="Popolazione di pazienti", users="Utilizzatori e ambiente previsti",
               warn="Avvertenze e precauzioni", ae="Effetti indesiderati", spec="Specifiche tecniche",
               steps="Modalità d'uso", param="Parametro", value="Valore", store="Conservazione e smaltimento",
               mfr="Fabbricante", sscp="Sintesi relativa alla sicurezza e alla prestazione clinica", rev="Revisione"),
    "es": dict(title="Instrucciones de uso", desc="Descripción del producto", ip="Finalidad prevista", ind="Indicaciones",
               contra="Contraindicaciones", pop="Población de pacientes", users="Usuarios y entorno previstos",
               warn="Advertencias y precauciones", ae="Efectos adversos", spec="Especificaciones técnicas",
               steps="Modo de empleo", param="Parámetro", value="Valor", store="Almacenamiento y eliminación",
               mfr="Fabricante", sscp="Resumen sobre seguridad y funcionamiento clínico", rev="Revisión"),
    "pt": dict(title="Instruções de utilização", desc="Descrição do dispositivo", ip="Finalidade prevista", ind="Indicações",
               contra="Contraindicações", pop="População de doentes", users="Utilizadores e ambiente previstos",
               warn="Advertências e precauções", ae="Efeitos indesejáveis", spec="Especificações técnicas",
               steps="Modo de utilização", param="Parâmetro", value="Valor", store="Armazenamento e eliminação",
               mfr="Fabricante", sscp="Resumo da segurança e do desempenho clínico", rev="Revisão"),
    "pl": dict(title="Instrukcja używania", desc="Opis wyrobu", ip="Przewidziane zastosowanie", ind="Wskazania",
               contra="Przeciwwskazania", pop="Populacja pacjentów", users="Przewidziani użytkownicy i środowisko",
               warn="Ostrzeżenia i środki ostrożności", ae="Działania niepożądane", spec="Dane techniczne",
               steps="Sposób użycia", param="Parametr", value="Wartość", store="Przechowywanie i utylizacja",
               mfr="Producent", sscp="Podsumowanie dotyczące bezpieczeństwa i skuteczności klinicznej", rev="Wersja"),
}


def build_ifu(f, lang):
    docid = f"IFU:{lang}"
    m = f["docs"]["IFU"][lang]
    st = f["style"]
    H = dict(HEAD[lang])
    if lang == "en" and st.get("counter"):
        H["contra"] = "Counter-indications"
    src = f if lang == "en" else f["tr"][lang]

    def G(key, default=None):
        ov = f.get("ov", {}).get(docid, {})
        if key in ov:
            return ov[key]
        return src.get(key, default)

    b = st.get("ifu_bullet", st.get("bullet", "-"))
    num = Num(st.get("num_ifu", "plain"))
    d = Doc(m["file"], "IFU", lang)
    name = G("ifu_name", g(f, docid, "full"))
    d.running = f"{name} — {H['title']} — {m['no']} {H['rev']} {m['rev']}"
    d.title(f"{name}", f"{H['title']} — {G('ifu_sub', '')}".rstrip(" —"))
    if G("trans_note"):
        d.note(G("trans_note"))
    heading(d, num, H["desc"])
    for t in G("ifu_desc"):
        d.p(t)
    heading(d, num, H["ip"])
    d.p(G("purpose"))
    heading(d, num, H["ind"])
    d.ul(G("indications"), b)
    heading(d, num, H["contra"])
    d.ul(G("contraindications"), b)
    heading(d, num, H["pop"])
    d.p(G("population"))
    heading(d, num, H["users"])
    d.p(G("users"))
    d.p(G("setting"))
    heading(d, num, H["warn"])
    d.ul(G("warnings"), st.get("warn_bullet", "⚠"))
    heading(d, num, H["ae"])
    ae = G("ifu_adverse")
    if isinstance(ae, str):
        d.p(ae)
    else:
        d.ul(ae, b)
    heading(d, num, H["spec"])
    d.table([H["param"], H["value"]], [list(x) for x in G("specs")], widths=(55, 45), notes=G("spec_notes", []))
    heading(d, num, H["steps"])
    steps = list(G("steps")) + list(extra(f, docid, "steps"))
    d.ul([f"{i}) {s}" for i, s in enumerate(steps, 1)], "")
    heading(d, num, H["store"])
    d.p(G("storage"))
    heading(d, num, H["sscp"]) if G("sscp_note") else None
    if G("sscp_note"):
        d.p(G("sscp_note"))
    heading(d, num, H["mfr"])
    d.p(f"{g(f, docid, 'manufacturer')}, {f['address']}. Basic UDI-DI: {g(f, docid, 'udi')}. CE {f['nb_no']}.")
    d.note(f"{m['no']} — {H['rev']} {m['rev']} — {m['date']}")
    return d


# ------------------------------------------------------------------ SSCP
def build_sscp(f):
    docid = "SSCP"
    m = f["docs"]["SSCP"]
    st = f["style"]
    b = st.get("bullet", "-")
    d = Doc(m["file"], "SSCP", "en")
    d.running = f"SSCP {m['no']} rev. {m['rev']} — {f['trade']}"
    num = Num("dot")
    d.title("Summary of Safety and Clinical Performance (SSCP)",
            f"{g(f, docid, 'full')} — part intended for healthcare professionals")
    d.p(f"This summary is established according to Article 32 MDR and MDCG 2019-9 rev. 1 for the device with Basic "
        f"UDI-DI {g(f, docid, 'udi')}. It is not intended to replace the instructions for use "
        f"({f['docs']['IFU']['en']['no']}).")
    heading(d, num, "Device identification and general information")
    d.table(["Item", "Information"], [
        ["Trade name(s)", g(f, docid, "full")],
        ["Manufacturer, address", f"{g(f, docid, 'manufacturer')}, {f['address']}"],
        ["SRN", f["srn"]],
        ["Basic UDI-DI", g(f, docid, "udi")],
        ["EMDN", f["emdn"]],
        ["Class", f"{g(f, docid, 'dev_class')} ({g(f, docid, 'rule')})"],
        ["First CE certificate", f.get("first_ce", "2025 (expected)")],
        ["Notified Body", f"{f['nb']}, NB {f['nb_no']}"],
    ], widths=(30, 70))
    heading(d, num, "Intended use of the device")
    heading(d, num, "Intended purpose", 2)
    d.p(g(f, docid, "purpose"))
    heading(d, num, "Indications and target populations", 2)
    d.ul(g(f, docid, "indications"), b)
    d.p(g(f, docid, "population"))
    heading(d, num, "Contraindications and limitations", 2)
    d.ul(g(f, docid, "contraindications"), b)
    heading(d, num, "Device description")
    for t in g(f, docid, "description")[:2]:
        d.p(t)
    heading(d, num, "Risks and warnings")
    heading(d, num, "Residual risks and undesirable effects", 2)
    d.table(["Undesirable effect", "Frequency (b)"], [list(x) for x in g(f, docid, "adverse")], widths=(60, 40),
            notes=[g(f, docid, "sscp_ae_note", "(b) Frequencies from the manufacturer's clinical investigation(s) and the "
                   "literature review; spontaneous vigilance reports are subject to under-reporting.")])
    heading(d, num, "Warnings and precautions", 2)
    d.ul(g(f, docid, "warnings"), b)
    heading(d, num, "Summary of clinical evaluation and post-market clinical follow-up")
    for t in g(f, docid, "sscp_clin"):
        d.p(t)
    heading(d, num, "Ongoing or planned PMCF", 2)
    d.p(g(f, docid, "sscp_pmcf"))
    heading(d, num, "Possible diagnostic or therapeutic alternatives")
    d.ul(f.get("alternatives", []), b)
    heading(d, num, "Suggested profile and training for users")
    d.p(g(f, docid, "users"))
    heading(d, num, "Harmonised standards and common specifications applied")
    d.ul(f.get("standards", []), b)
    heading(d, num, "Revision history")
    d.table(["Revision", "Date", "Change", "Validated by NB"], [[m["rev"], m["date"], "First issue", "Yes (English)"]],
            widths=(15, 20, 40, 25))
    return d


# ------------------------------------------------------------------ CEAR
def build_cear(f):
    docid = "CEAR"
    m = f["docs"]["CEAR"]
    st = f["style"]
    d = Doc(m["file"], "CEAR", "en")
    d.running = f"{f['nb']} (NB {f['nb_no']}) — CEAR {m['no']} — confidential"
    d.title(f"Clinical Evaluation Assessment Report (CEAR)",
            f"{f['nb']} — Notified Body {f['nb_no']} — template MDCG 2020-13")
    d.h("Section A — Administrative particulars", 1)
    cear_name = g(f, docid, "cear_name", g(f, docid, "full"))
    d.meta([("CEAR reference", f"{m['no']}, {m['date']}"),
            ("Device name", cear_name),
            ("Models", "; ".join(r for r, _ in f["models"])),
            ("Basic UDI-DI", g(f, docid, "udi")),
            ("Manufacturer / SRN", f"{g(f, docid, 'manufacturer')} / {f['srn']}"),
            ("Risk class and rule", f"{g(f, docid, 'dev_class')} — {g(f, docid, 'rule')}"),
            ("Type of assessment", g(f, docid, "assessment_type", "Initial MDR conformity assessment (Annex IX)")),
            ("Intended purpose (NB summary)", g(f, docid, "cear_purpose"))])
    d.p("Documents assessed:")
    docs = f["docs"]
    rows = [["CEP", docs["CEP"]["no"], docs["CEP"]["rev"], docs["CEP"]["date"]],
            ["CER", docs["CER"]["no"], docs["CER"]["rev"], docs["CER"]["date"]],
            ["PMCF plan", docs["PMCF"]["no"], docs["PMCF"]["rev"], docs["PMCF"]["date"]]]
    for lang, mm in docs["IFU"].items():
        rows.append([f"IFU ({lang.upper()})", mm["no"], g(f, docid, f"ifu_rev_{lang}", mm["rev"]), mm["date"]])
    if "SSCP" in docs:
        rows.append(["SSCP", docs["SSCP"]["no"], docs["SSCP"]["rev"], docs["SSCP"]["date"]])
    d.table(["Document", "Reference", "Revision", "Date"], rows, widths=(20, 35, 15, 30))
    d.h("Section B — NB reviewers", 1)
    d.p(g(f, docid, "reviewers"))
    d.h("Sections C to H — Assessment", 1)
    d.table(["Aspect assessed", "NB comment", "Status"], g(f, docid, "cear_rows"), widths=(24, 62, 14),
            group=[("MDCG 2020-13 section", 1), ("Assessment", 2)],
            notes=["Closed = no open non-conformity; Open = minor non-conformity with agreed follow-up (see Section H)."])
    d.h("Section I — Clinical evaluation consultation procedure (Art. 54 MDR)", 1)
    d.p(g(f, docid, "scope_cear"))
    d.h("Overall conclusion of the Notified Body", 1)
    for t in g(f, docid, "cear_conclusion"):
        d.p(t)
    d.note(f"Clinical reviewer and final reviewer signatures on file — {m['date']}")
    return d


def build_all(f):
    docs = [build_cep(f), build_cer(f), build_pmcf(f)]
    for lang in f["docs"]["IFU"]:
        docs.append(build_ifu(f, lang))
    if "SSCP" in f["docs"]:
        docs.append(build_sscp(f))
    docs.append(build_cear(f))
    return docs
