"""Document builders: each takes a dossier spec and returns a list of blocks."""
from __future__ import annotations


class G:
    """Field lookup with per-document overrides and extra blocks."""

    def __init__(self, s, role):
        self.s, self.role = s, role
        self.ov = s.get("ov", {}).get(role, {})
        self.ex = s.get("extra", {}).get(role, {})
        self.n = 0
        self.num = s.get("numbered", True)

    def __getitem__(self, k):
        return self.ov.get(k, self.s.get(k))

    def h(self, title, skip=0):
        self.n += 1 + skip
        return ("h", f"{self.n} {title}" if self.num else title)

    def extra(self, key):
        return list(self.ex.get(key, []))


def idrows(prefix, items):
    return [[f"{prefix}-{i:02d}", t] for i, t in enumerate(items, 1)]


def header(g, doctype, docno, rev, date):
    return [("title", f"{doctype}: {g['name']}"),
            ("meta", f"Document no. {docno}; revision {rev}; date {date}"),
            ("meta", f"Manufacturer: {g['manufacturer']}"),
            ("meta", f"Basic UDI-DI: {g['udi']}")]


def lst(g, label, items, prefix):
    if g.s.get("lists") == "bullets":
        return [("ul", items)]
    return [("t", ["ID", label], idrows(prefix, items))]


def cep(s):
    g = G(s, "CEP")
    b = header(g, "Clinical Evaluation Plan", s["docs"]["CEP"][0], s["docs"]["CEP"][1], s["docs"]["CEP"][2])
    b += [g.h("Scope"),
          ("p", f"This plan defines the clinical evaluation of {g['name']} ({g['generic']}) according to "
                "[MDR Annex XIV, Part A] and [MEDDEV 2.7/1 rev. 4, 6]; it shall be updated with each CER revision."),
          ("t", ["Item", "Value"], [["Risk class", g["cls_text"]], ["Classification rule", g["rule"]],
                                   ["CECP [MDR Art. 54]", g["cecp"]], ["Notified Body", g["nb"]]])]
    b += g.extra("scope")
    b += [g.h("Intended purpose (REQ-IU)"), ("t", ["ID", "Requirement"], [["REQ-IU-01", g["ip"]], ["REQ-IU-02", g["users"]], ["REQ-IU-03", g["env"]]])]
    b += [g.h("Target population"), ("p", g["pop"])]
    b += [g.h("Indications")] + lst(g, "Indication", g["ind"], "IND")
    b += [g.h("Contraindications")] + lst(g, "Contraindication", g["contra"], "CI")
    b += [g.h("Clinical benefits and outcome parameters"),
          ("t", ["ID", "Benefit", "Outcome parameter"], [[f"CB-{i:02d}", x, y] for i, (x, y) in enumerate(g["benefits"], 1)])]
    b += [g.h("Acceptance criteria"),
          ("t", ["ID", "Parameter", "Acceptance criterion", "Source"], [[f"AC-{i:02d}", *r] for i, r in enumerate(g["accept"], 1)])]
    b += g.extra("accept")
    b += [g.h("Data sources and literature search"),
          ("p", f"Databases: PubMed, Embase, Cochrane CENTRAL; period {g['search_period']}; search strings in Annex A. "
                "Appraisal according to [MEDDEV 2.7/1 rev. 4, A6]; weighting by suitability and contribution."),
          ("p", g["equiv_plan"])]
    b += [g.h("Clinical development plan"), ("ul", g["cdp"])]
    return b


def cer(s):
    g = G(s, "CER")
    d = s["docs"]["CER"]
    b = header(g, "Clinical Evaluation Report", d[0], d[1], d[2])
    b += [g.h("Scope"), ("p", f"This report documents the clinical evaluation of {g['name']} according to [MDR Art. 61] and [MDR Annex XIV]; "
                             f"it follows plan {s['docs']['CEP'][0]} revision {s['docs']['CEP'][1]}."),
          ("t", ["Item", "Value"], [["Risk class", g["cls_text"]], ["Classification rule", g["rule"]], ["CECP [MDR Art. 54]", g["cecp"]]])]
    b += [g.h("Device description"), ("p", g["desc"]), ("t", ["Parameter", "Value"], g["specs"])]
    b += g.extra("desc")
    b += [g.h("Intended purpose (REQ-IU)"), ("p", g["ip"]), ("p", g["users"]), ("p", g["env"]), ("p", g["pop"])]
    b += [("p", "Indications:")] + lst(g, "Indication", g["ind"], "IND")
    b += [("p", "Contraindications:")] + lst(g, "Contraindication", g["contra"], "CI")
    b += g.extra("ip")
    b += [g.h("State of the art"), ("p", g["sota"])]
    b += [g.h("Clinical data"), ("p", g["equiv_cer"]),
          ("t", ["Ref.", "Design", "n", "Population", "Follow-up", "Main result"], g["studies"])]
    b += g.extra("clinical")
    b += [g.h("Performance and safety against acceptance criteria"),
          ("t", ["ID", "Criterion", "Result", "Met"], g["ac_results"])]
    b += [g.h("Clinical claims"), ("t", ["ID", "Claim", "Supporting data"], [[f"CL-{i:02d}", *r] for i, r in enumerate(g["claims"], 1)])]
    b += g.extra("claims")
    b += [g.h("Residual risks and undesirable side-effects"), ("t", ["Risk", "Observed rate", "Source"], g["risks"])]
    b += [g.h("Benefit-risk conclusion"), ("p", g["br"])]
    b += [g.h("PMCF"), ("p", f"Open questions are addressed by PMCF plan {s['docs']['PMCF'][0]} revision {s['docs']['PMCF'][1]}: {g['pmcf_summary']}")]
    b += [g.h("References"), ("ul", g["refs"])]
    return b


def pmcf(s):
    g = G(s, "PMCF")
    d = s["docs"]["PMCF"]
    b = header(g, "PMCF Plan", d[0], d[1], d[2])
    b += [g.h("Scope"), ("p", f"PMCF plan for {g['name']} according to [MDR Annex XIV, Part B] and [MDCG 2020-7]; linked to CER {s['docs']['CER'][0]}.")]
    b += [g.h("Objectives"), ("t", ["ID", "Objective", "Linked residual risk / open question"], [[f"OBJ-{i:02d}", *r] for i, r in enumerate(g["pm_obj"], 1)])]
    b += [g.h("Methods"), ("p", g["pm_methods"]), ("t", ["Item", "Value"], g["pm_table"])]
    b += g.extra("methods")
    b += [g.h("Sample size"), ("p", g["pm_n"])]
    b += [g.h("Timeline"), ("t", ["Milestone", "Date"], g["pm_time"])]
    b += [g.h("General PMCF activities"), ("ul", g["pm_general"])]
    return b


IFU_L = {
    "en": dict(t="Instructions for Use", ip="Intended purpose", ind="Indications", ci="Contraindications", pop="Patient population",
               env="Use environment and users", warn="Warnings and precautions", spec="Technical specifications", par="Parameter", val="Value",
               se="Undesirable side-effects", id="ID", text="Text"),
    "fr": dict(t="Notice d'utilisation", ip="Destination", ind="Indications", ci="Contre-indications", pop="Population de patients",
               env="Environnement d'utilisation et utilisateurs", warn="Avertissements et précautions", spec="Caractéristiques techniques",
               par="Paramètre", val="Valeur", se="Effets secondaires indésirables", id="Nº", text="Texte"),
    "de": dict(t="Gebrauchsanweisung", ip="Zweckbestimmung", ind="Indikationen", ci="Kontraindikationen", pop="Patientenpopulation",
               env="Anwendungsumgebung und Anwender", warn="Warnhinweise und Vorsichtsmaßnahmen", spec="Technische Daten", par="Parameter",
               val="Wert", se="Unerwünschte Nebenwirkungen", id="Nr.", text="Text"),
    "it": dict(t="Istruzioni per l'uso", ip="Destinazione d'uso", ind="Indicazioni", ci="Controindicazioni", pop="Popolazione di pazienti",
               env="Ambiente d'uso e utilizzatori", warn="Avvertenze e precauzioni", spec="Specifiche tecniche", par="Parametro", val="Valore",
               se="Effetti collaterali indesiderati", id="N.", text="Testo"),
    "es": dict(t="Instrucciones de uso", ip="Finalidad prevista", ind="Indicaciones", ci="Contraindicaciones", pop="Población de pacientes",
               env="Entorno de uso y usuarios", warn="Advertencias y precauciones", spec="Especificaciones técnicas", par="Parámetro", val="Valor",
               se="Efectos secundarios indeseables", id="Nº", text="Texto"),
    "nl": dict(t="Gebruiksaanwijzing", ip="Beoogd doel", ind="Indicaties", ci="Contra-indicaties", pop="Patiëntenpopulatie",
               env="Gebruiksomgeving en gebruikers", warn="Waarschuwingen en voorzorgsmaatregelen", spec="Technische specificaties",
               par="Parameter", val="Waarde", se="Ongewenste bijwerkingen", id="Nr.", text="Tekst"),
    "sv": dict(t="Bruksanvisning", ip="Avsett ändamål", ind="Indikationer", ci="Kontraindikationer", pop="Patientpopulation",
               env="Användningsmiljö och användare", warn="Varningar och försiktighetsåtgärder", spec="Tekniska data", par="Parameter",
               val="Värde", se="Oönskade biverkningar", id="Nr", text="Text"),
}


def ifu(s, lang):
    role = "IFU" if lang == "en" else f"IFU-{lang}"
    g = G(s, role)
    L = IFU_L[lang]
    t = s["tr"][lang] if lang != "en" else None

    def f(k):
        if lang == "en":
            return g[k]
        return g.ov.get(k, t[k])

    d = s["docs"]["IFU"]
    b = [("title", f"{g['name']}: {L['t']}"), ("meta", f"{d[0]}-{lang.upper()}; rev. {d[1]}; {d[2]}"),
         ("meta", g["manufacturer"]), ("meta", f"Basic UDI-DI: {g['udi']}")]
    b += [g.h(L["ip"]), ("p", f("ip"))]
    tbl = lambda items, p: [("t", [L["id"], L["text"]], idrows(p, items))] if s.get("ifu_lists", "table") == "table" else [("ul", items)]
    b += [g.h(L["ind"])] + tbl(f("ind"), "I")
    b += [g.h(L["ci"])] + tbl(f("contra"), "C")
    b += [g.h(L["pop"]), ("p", f("pop"))]
    b += [g.h(L["env"]), ("p", f("users")), ("p", f("env"))]
    b += [g.h(L["warn"]), ("ul", f("warn"))]
    b += g.extra("warn")
    b += [g.h(L["se"]), ("ul", f("se"))]
    b += [g.h(L["spec"]), ("t", [L["par"], L["val"]], f("specs"))]
    return b


def sscp(s):
    g = G(s, "SSCP")
    d = s["docs"]["SSCP"]
    b = header(g, "Summary of Safety and Clinical Performance", d[0], d[1], d[2])
    b += [("p", "This summary is intended for users and healthcare professionals [MDR Art. 32; MDCG 2019-9]; a patient section follows.")]
    b += [g.h("Device identification"), ("t", ["Item", "Value"], [["Trade name", g["name"]], ["Manufacturer", g["manufacturer"]],
                                                                 ["Basic UDI-DI", g["udi"]], ["Class", g["cls_text"]], ["Notified Body", g["nb"]]])]
    b += [g.h("Intended purpose"), ("p", g["ip"]), ("p", g["pop"])]
    b += [g.h("Indications and contraindications")] + lst(g, "Indication", g["ind"], "IND") + lst(g, "Contraindication", g["contra"], "CI")
    b += [g.h("Residual risks and undesirable side-effects"), ("ul", g["se"])]
    b += [g.h("Summary of clinical data"), ("p", g["sscp_clin"])]
    b += [g.h("Suggested profile and training of users"), ("p", g["users"])]
    return b


def cear(s):
    g = G(s, "CEAR")
    d = s["docs"]["CEAR"]
    cd = g["cear_docs"] or [["CEP", *s["docs"]["CEP"][:2]], ["CER", *s["docs"]["CER"][:2]], ["PMCF plan", *s["docs"]["PMCF"][:2]], ["IFU", *s["docs"]["IFU"][:2]]]
    b = [("title", f"Clinical Evaluation Assessment Report – {g['cear_name'] or g['name']}"),
         ("meta", f"{g['nb']}; CEAR {d[0]} rev. {d[1]}; {d[2]}"),
         ("meta", f"Manufacturer: {g['manufacturer']}; Basic UDI-DI: {g['udi']}")]
    b += [("h", "A. Administrative particulars"),
          ("p", "In the following it is reported the list of documents reviewed by the Notified Body for this assessment."),
          ("t", ["Document", "Number", "Revision"], cd)]
    b += [("h", "B. Device and classification"), ("p", g["cear_class"])]
    b += [("h", "C. Intended purpose as understood by the Notified Body"), ("p", g["cear_ip"])]
    b += [("h", "D. Assessment of clinical data"), ("p", g["cear_data"])]
    b += g.extra("data")
    b += [("h", "E. PMCF"), ("p", g["cear_pmcf"])]
    b += [("h", "F. Conclusions"), ("p", g["cear_concl"])]
    return b
