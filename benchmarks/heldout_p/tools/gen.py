"""Document builders. Each returns a list of blocks for render.render()."""

LANG_H = {
    "en": dict(title="Instructions for Use", purpose="Intended Use / Indications", ind="Indications",
               contra="Contra-indications", pop="Target patient population", env="Usage environment",
               users="Intended users", warn="Warnings and precautions", spec="Technical specifications",
               risk="Residual risks & side effects", param="Parameter", value="Value", sr="Sr. No.",
               sscp="The Summary of Safety and Clinical Performance (SSCP) is available in EUDAMED (https://ec.europa.eu/tools/eudamed) linked to the Basic UDI-DI."),
    "fr": dict(title="Notice d'utilisation", purpose="Destination / Usage prévu", ind="Indications",
               contra="Contre-indications", pop="Population de patients cible", env="Environnement d'utilisation",
               users="Utilisateurs prévus", warn="Avertissements et précautions", spec="Caractéristiques techniques",
               risk="Risques résiduels et effets secondaires", param="Paramètre", value="Valeur", sr="N°",
               sscp="Le résumé des caractéristiques de sécurité et des performances cliniques (RCSPC) est disponible dans EUDAMED, lié à l'IUD-ID de base."),
    "de": dict(title="Gebrauchsanweisung", purpose="Zweckbestimmung", ind="Indikationen",
               contra="Kontraindikationen", pop="Patientenzielgruppe", env="Anwendungsumgebung",
               users="Vorgesehene Anwender", warn="Warnhinweise und Vorsichtsmaßnahmen", spec="Technische Daten",
               risk="Restrisiken und Nebenwirkungen", param="Parameter", value="Wert", sr="Nr.",
               sscp="Der Kurzbericht über Sicherheit und klinische Leistung (SSCP) ist in EUDAMED unter der Basis-UDI-DI verfügbar."),
    "it": dict(title="Istruzioni per l'uso", purpose="Destinazione d'uso / Indicazioni", ind="Indicazioni",
               contra="Controindicazioni", pop="Popolazione di pazienti prevista", env="Ambiente di utilizzo",
               users="Utilizzatori previsti", warn="Avvertenze e precauzioni", spec="Specifiche tecniche",
               risk="Rischi residui ed effetti collaterali", param="Parametro", value="Valore", sr="N.",
               sscp="La sintesi relativa alla sicurezza e alla prestazione clinica (SSCP) è disponibile in EUDAMED, collegata all'UDI-DI di base."),
    "es": dict(title="Instrucciones de uso", purpose="Finalidad prevista", ind="Indicaciones",
               contra="Contraindicaciones", pop="Población de pacientes destinataria", env="Entorno de uso",
               users="Usuarios previstos", warn="Advertencias y precauciones", spec="Especificaciones técnicas",
               risk="Riesgos residuales y efectos secundarios", param="Parámetro", value="Valor", sr="N.º",
               sscp="El resumen sobre seguridad y funcionamiento clínico (SSCP) está disponible en EUDAMED, vinculado al UDI-DI básico."),
    "nl": dict(title="Gebruiksaanwijzing", purpose="Beoogd doel", ind="Indicaties",
               contra="Contra-indicaties", pop="Beoogde patiëntenpopulatie", env="Gebruiksomgeving",
               users="Beoogde gebruikers", warn="Waarschuwingen en voorzorgsmaatregelen", spec="Technische specificaties",
               risk="Restrisico's en bijwerkingen", param="Parameter", value="Waarde", sr="Nr.",
               sscp="De samenvatting van de veiligheid en klinische prestaties (SSCP) is beschikbaar in EUDAMED, gekoppeld aan de basis-UDI-DI."),
    "pt": dict(title="Instruções de utilização", purpose="Finalidade prevista", ind="Indicações",
               contra="Contraindicações", pop="População de doentes prevista", env="Ambiente de utilização",
               users="Utilizadores previstos", warn="Advertências e precauções", spec="Especificações técnicas",
               risk="Riscos residuais e efeitos secundários", param="Parâmetro", value="Valor", sr="N.º",
               sscp="O resumo da segurança e do desempenho clínico (SSCP) está disponível na EUDAMED, associado ao UDI-DI básico."),
}


def get(D, doc, key, default=None):
    ov = D.get("ov", {}).get(doc, {})
    if key in ov:
        return ov[key]
    v = D.get(key, default)
    if isinstance(v, dict) and ("all" in v or doc in v) and key in ("pop", "env", "purpose"):
        return v.get(doc, v.get(doc.split("_")[0], v.get("all")))
    return v


def extra(D, doc, hook):
    return list(D.get("extra", {}).get(doc, {}).get(hook, []))


class H:
    """numbered or unnumbered heading helper"""
    def __init__(self, numbered, style="1."):
        self.n = 0
        self.numbered = numbered
        self.style = style

    def __call__(self, text, level=2):
        if not self.numbered or level > 2:
            return ("h", text, level)
        self.n += 1
        if self.style == "1.":
            return ("h", f"{self.n}. {text}", level)
        if self.style == "1.0":
            return ("h", f"{self.n}.0 {text}", level)
        return ("h", f"Section {self.n} – {text}", level)


def srtable(header, rows):
    return ("t", ["Sr. No."] + header, [[str(i)] + list(r) for i, r in enumerate(rows, 1)])


def docline(D, doc):
    no, rev = D["docs"][doc]
    return ("p", f"Document No.: {no} | Revision: {rev} | Date: {D['date']} | Manufacturer: {D['manufacturer']}")


def ref_doc(D, role):
    no, rev = D["docs"][role]
    return f"{no} Rev. {rev}"


def name(D, doc):
    return get(D, doc, "name")


# ---------------------------------------------------------------- CEP
def cep(D):
    doc = "CEP"
    st = D.get("style", {})
    h = H(st.get("num", True), st.get("hstyle", "1."))
    nm = name(D, doc)
    B = [("h", f"Clinical Evaluation Plan – {nm}", 1), docline(D, doc)]
    B.append(h("Scope of the clinical evaluation"))
    B.append(("p", f"This Clinical Evaluation Plan (CEP) is prepared w.r.t. Annex XIV Part A of Regulation (EU) 2017/745 and MEDDEV 2.7/1 Rev. 4 for the subject device {nm} ({get(D, doc, 'generic')}) manufactured by {D['manufacturer']}, {D['mfr_addr']}. The Basic UDI-DI of the said device is {get(D, doc, 'udi')}."))
    B.append(("p", get(D, doc, "class_text")))
    B += extra(D, doc, "after_scope")
    B.append(h("Device description"))
    B.append(("p", D["description"]))
    B.append(("b", D["components"]))
    B.append(h("Intended purpose"))
    B.append(("p", get(D, doc, "purpose")))
    B.append(("h", "Indications", 3))
    B.append(("b", get(D, doc, "ind")))
    B.append(("h", "Contra-indications", 3))
    B.append(("b", get(D, doc, "contra")))
    B.append(("h", "Target patient population", 3))
    B.append(("p", get(D, doc, "pop")))
    B.append(("h", "Usage environment and users", 3))
    B.append(("p", get(D, doc, "env") + " " + D["users"]))
    B += extra(D, doc, "after_purpose")
    B.append(h("Clinical benefits and outcome parameters"))
    B.append(("p", "The clinical benefits expected from the subject device and the parameters used to measure them, along with the benefit-risk acceptance criteria derived from the state of the art, are given as per below table."))
    B.append(srtable(["Outcome parameter", "Acceptance criterion"], [(a[0], a[1]) for a in get(D, doc, "accept")]))
    B.append(h("Clinical development plan and data sources"))
    B.append(("p", D["cdp"]))
    B.append(("p", "Literature search will be performed in PubMed/MEDLINE, Embase and Cochrane Library as per the search protocol given in Annexure 2, and also the manufacturer's own clinical investigation data, complaint and vigilance data and registry data shall be appraised as per the appraisal criteria given in Annexure 3 (suitability and contribution, viz. D1-D3, C1-C3)."))
    B += extra(D, doc, "after_cdp")
    B.append(h("Qualification of evaluators"))
    B.append(("p", "The clinical evaluation is performed by a team consisting of a medical writer (M.Pharm, 11 yrs. experience), a clinician specialised in the relevant field and a biostatistician; CVs and declarations of interest are kept as Annexure 4."))
    return B


# ---------------------------------------------------------------- CER
def cer(D):
    doc = "CER"
    st = D.get("style", {})
    h = H(st.get("num", True), st.get("hstyle", "1."))
    nm = name(D, doc)
    B = [("h", f"Clinical Evaluation Report – {nm}", 1), docline(D, doc)]
    B.append(h("Executive summary"))
    B.append(("p", D["summary"]))
    B.append(h("Scope and device identification"))
    B.append(srtable(["Item", "Details"], [
        ("Trade name", nm), ("Generic name", get(D, doc, "generic")), ("Manufacturer", D["manufacturer"]),
        ("Basic UDI-DI", get(D, doc, "udi")), ("Classification", get(D, doc, "class_cell")),
        ("Notified Body", f"{D['nb_name']} (NB {D['nb_no']})"),
        ("Clinical Evaluation Plan", ref_doc(D, "CEP")), ("PMCF Plan", get(D, doc, "pmcf_ref", ref_doc(D, "PMCF")))]))
    B.append(("p", get(D, doc, "class_text")))
    B += extra(D, doc, "after_scope")
    B.append(h("Device description"))
    B.append(("p", D["description"]))
    if st.get("cer_spec_table", True):
        B.append(("p", "The main technical characteristics of the said device are summarised as per below table."))
        B.append(srtable(["Parameter", "Specification"], get(D, doc, "specs")))
    else:
        B.append(("p", get(D, doc, "spec_prose")))
    B.append(h("Intended purpose"))
    B.append(("p", get(D, doc, "purpose")))
    B.append(("p", "Indications: " + "; ".join(get(D, doc, "ind")) + "."))
    B.append(("p", "Contra-indications: " + "; ".join(get(D, doc, "contra")) + "."))
    B.append(("p", "Target patient population: " + get(D, doc, "pop")))
    B.append(("p", "Usage environment: " + get(D, doc, "env") + " " + D["users"]))
    B += extra(D, doc, "after_purpose")
    B.append(h("State of the art"))
    for p in D["sota"]:
        B.append(("p", p))
    B.append(h("Clinical data"))
    B.append(("p", D["search"]))
    B.append(("p", "The pivotal and supportive clinical data sets identified for the subject device are summarised as per below table (pts. = patients, yrs. = years, F/U = follow-up)."))
    B.append(srtable(["Reference", "Design", "No. of pts.", "F/U", "Key results"], get(D, doc, "studies")))
    B += extra(D, doc, "after_studies")
    B.append(h("Performance and safety vs. acceptance criteria"))
    B.append(("p", "The outcome parameters defined in the CEP (" + ref_doc(D, "CEP") + ") are compared with the pooled results as per below table."))
    B.append(srtable(["Outcome parameter", "CEP acceptance criterion", "Result", "Met?"],
                     [(a[0], a[1], a[2], a[3] if len(a) > 3 else "Yes") for a in get(D, doc, "accept_cer", get(D, doc, "accept"))]))
    B.append(h("Claims of the subject device"))
    B.append(srtable(["Claim", "Supporting evidence"], get(D, doc, "claims")))
    B += extra(D, doc, "after_claims")
    B.append(h("Residual risks & side effects"))
    B.append(("p", "Following residual risks and side effects are identified from the risk management file and also from the literature, and are disclosed in the IFU:"))
    B.append(srtable(["Residual risk / side effect", "Reported frequency"], get(D, doc, "risks")))
    B.append(h("Benefit-risk determination"))
    B.append(("p", D["br"]))
    B.append(h("PMCF"))
    B.append(("p", get(D, doc, "cer_pmcf")))
    B += extra(D, doc, "after_pmcf")
    B.append(h("Conclusion"))
    B.append(("p", D["conclusion"]))
    B.append(h("References"))
    B.append(("n", get(D, doc, "refs")))
    B.append(("p", f"Prepared by: Medical Writer, on behalf of {D['manufacturer']}. Date of sign-off: {D['date']}."))
    return B


# ---------------------------------------------------------------- PMCF plan
def pmcf(D):
    doc = "PMCF"
    st = D.get("style", {})
    h = H(st.get("num", True), st.get("hstyle", "1."))
    nm = name(D, doc)
    P = get(D, doc, "pmcf")
    B = [("h", f"Post-Market Clinical Follow-up (PMCF) Plan – {nm}", 1), docline(D, doc)]
    B.append(h("Purpose of the plan"))
    B.append(("p", f"This PMCF plan is prepared as per Annex XIV Part B of the MDR and MDCG 2020-7 for {nm}, and it is linked with the CER {ref_doc(D, 'CER')} and the risk management file. {get(D, doc, 'purpose')}"))
    B.append(h("Residual risks and open questions addressed"))
    B.append(("b", P["questions"]))
    B.append(h("PMCF activities planned"))
    B.append(("p", "General activities: screening of scientific literature (yearly), review of complaints and vigilance data, and also review of similar devices in the MAUDE and BfArM databases."))
    B.append(("p", "Specific activities: " + P["design"]))
    B.append(h("Objectives and endpoints"))
    B.append(srtable(["Objective", "Endpoint", "Linked risk / question"], P["objectives"]))
    B.append(h("Study population"))
    B.append(("p", P["population"]))
    B.append(h("Sample size"))
    B.append(("p", P["sample"]))
    B.append(h("Timeline"))
    B.append(srtable(["Milestone", "Target date"], P["timeline"]))
    B += extra(D, doc, "end")
    B.append(("p", "The PMCF evaluation report shall be prepared yearly and the outcome fed back into the CER, SSCP and risk management file."))
    return B


# ---------------------------------------------------------------- IFU
def ifu(D, lang):
    doc = f"IFU_{lang}"
    L = LANG_H[lang]
    nm = name(D, doc)
    T = D["ifu_lang"].get(lang, {}) if lang != "en" else {}
    g = (lambda k: T[k] if k in T else get(D, doc, k)) if lang != "en" else (lambda k: get(D, doc, k))
    if lang != "en":
        ov = D.get("ov", {}).get(doc, {})
        g = lambda k: ov.get(k, T.get(k, get(D, doc, k)))
    B = [("h", f"{nm} – {L['title']}", 1)]
    no, rev = D["docs"][doc]
    B.append(("p", f"{no} | Rev. {rev} | {D['manufacturer']}, {D['mfr_addr']} | Basic UDI-DI: {get(D, doc, 'udi')} | CE {D['nb_no']}"))
    B += extra(D, doc, "top")
    B.append(("h", L["purpose"], 2))
    B.append(("p", g("purpose")))
    B.append(("h", L["ind"], 3))
    B.append(("b", g("ind")))
    B.append(("h", L["contra"], 2))
    B.append(("b", g("contra")))
    B.append(("h", L["pop"], 2))
    B.append(("p", g("pop")))
    B.append(("h", L["env"], 2))
    B.append(("p", g("env")))
    B += extra(D, doc, "after_env")
    B.append(("h", L["warn"], 2))
    B.append(("b", g("warnings")))
    B += extra(D, doc, "after_warn")
    B.append(("h", L["spec"], 2))
    specs = g("ifu_specs") if (lang != "en" and "ifu_specs" in T) else get(D, doc, "ifu_specs", get(D, doc, "specs"))
    B.append(("t", [L["sr"], L["param"], L["value"]], [[str(i), a, b] for i, (a, b) in enumerate(specs, 1)]))
    B.append(("h", L["risk"], 2))
    risks = g("risk_list") if lang != "en" else [r[0] for r in get(D, doc, "risks")]
    B.append(("b", risks))
    if D.get("sscp_req"):
        B.append(("p", L["sscp"]))
    B += extra(D, doc, "end")
    return B


# ---------------------------------------------------------------- SSCP
def sscp(D):
    doc = "SSCP"
    nm = name(D, doc)
    B = [("h", f"Summary of Safety and Clinical Performance – {nm}", 1), docline(D, doc)]
    B.append(("p", "This SSCP is intended to provide public access to an updated summary of the main aspects of the safety and clinical performance of the device. It is not intended to replace the Instructions for Use. Part A is intended for healthcare professionals."))
    B.append(("h", "1. Device identification and general information", 2))
    B.append(srtable(["Item", "Information"], [("Trade name", nm), ("Manufacturer", D["manufacturer"]),
                                               ("Basic UDI-DI", get(D, doc, "udi")), ("Class / rule", get(D, doc, "class_cell")),
                                               ("Notified Body", f"{D['nb_name']}, NB {D['nb_no']}")]))
    B.append(("h", "2. Intended use of the device", 2))
    B.append(("p", get(D, doc, "purpose")))
    B.append(("p", "Indications: " + "; ".join(get(D, doc, "ind")) + "."))
    B.append(("p", "Target population: " + get(D, doc, "pop")))
    B.append(("p", "Contra-indications: " + "; ".join(get(D, doc, "contra")) + "."))
    B.append(("h", "3. Device description", 2))
    B.append(("p", D["description"]))
    B.append(("h", "4. Residual risks and undesirable side-effects, warnings and precautions", 2))
    B.append(srtable(["Residual risk / side-effect", "Frequency"], get(D, doc, "risks")))
    B.append(("h", "5. Summary of clinical evaluation and PMCF", 2))
    B.append(("p", D["sscp_clin"]))
    B.append(("h", "6. Possible diagnostic or therapeutic alternatives", 2))
    B.append(("p", D["sota"][0]))
    return B


# ---------------------------------------------------------------- CEAR
def cear(D):
    doc = "CEAR"
    nm = name(D, doc)
    C = D["cear"]
    B = [("h", f"Clinical Evaluation Assessment Report (CEAR) – {nm}", 1)]
    B.append(("p", f"Notified Body: {D['nb_name']}, identification number {D['nb_no']}. Report no. {D['docs']['CEAR'][0]}, revision {D['docs']['CEAR'][1]}. Template: MDCG 2020-13. Type of assessment: initial certification."))
    B.append(("h", "A. Administrative particulars", 2))
    B.append(("t", ["No.", "Item", "Entry"], [["1", "Manufacturer", D["manufacturer"]], ["2", "Device", nm],
                                             ["3", "Basic UDI-DI", get(D, doc, "udi") + " (as per EUDAMED registration)"], ["4", "Class and rule", get(D, doc, "class_cell")],
                                             ["5", "Applicable conformity assessment", get(D, doc, "cear_route")]]))
    B.append(("h", "B. Documents reviewed", 2))
    rows = []
    for i, role in enumerate(D["reviewed"], 1):
        label = {"CEP": "Clinical evaluation plan", "CER": "Clinical evaluation report", "PMCF": "PMCF plan",
                 "SSCP": "SSCP", "IFU_en": "Instructions for use (English)"}.get(role, role)
        rows.append([str(i), label, ref_doc(D, role)])
    B.append(("t", ["No.", "Document", "Reference"], rows))
    B.append(("h", "C. Device description and intended purpose", 2))
    B.append(("p", get(D, doc, "cear_purpose")))
    B.append(("p", "Assessment: " + C["purpose_assess"]))
    B.append(("h", "D. Clinical data and state of the art", 2))
    for p in C["data"]:
        B.append(("p", p))
    B += extra(D, doc, "after_data")
    B.append(("h", "E. Deficiencies raised", 2))
    B.append(("t", ["No.", "Deficiency", "Status"], [[str(i), a, b] for i, (a, b) in enumerate(C["deficiencies"], 1)]))
    B.append(("h", "F. PMCF", 2))
    B.append(("p", "Assessment: " + C["pmcf"]))
    B.append(("h", "G. Conclusion", 2))
    B.append(("p", C["conclusion"]))
    B.append(("p", get(D, doc, "cecp_line")))
    B.append(("p", "Clinical reviewer: Dipl.-Ing. (engineering assessor), with internal clinician. Final reviewer: Head of Clinical Assessment."))
    return B
