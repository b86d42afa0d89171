"""Builds the standard document set of one dossier from a facts dictionary.

Per-document deviations are given in F["ov"][role] (field overrides) and F["add"][role][section]
(extra paragraphs appended to a section). Roles: CEP, CER, PMCF, IFU-en, IFU-xx, SSCP, CEAR.
"""

H = {
    "es": dict(t="Instrucciones de uso", p="1. FINALIDAD PREVISTA.", i="2. INDICACIONES.", c="3. CONTRAINDICACIONES.",
               pop="4. POBLACIÓN DE PACIENTES.", w="5. ADVERTENCIAS Y PRECAUCIONES.", s="6. EFECTOS SECUNDARIOS.",
               td="7. DATOS TÉCNICOS.", pv=("Parámetro", "Valor"), m="Fabricante"),
    "pt": dict(t="Instruções de utilização", p="1. FINALIDADE PREVISTA.", i="2. INDICAÇÕES.", c="3. CONTRAINDICAÇÕES.",
               pop="4. POPULAÇÃO DE DOENTES.", w="5. ADVERTÊNCIAS E PRECAUÇÕES.", s="6. EFEITOS SECUNDÁRIOS.",
               td="7. DADOS TÉCNICOS.", pv=("Parâmetro", "Valor"), m="Fabricante"),
    "it": dict(t="Istruzioni per l'uso", p="1. DESTINAZIONE D'USO.", i="2. INDICAZIONI.", c="3. CONTROINDICAZIONI.",
               pop="4. POPOLAZIONE DI PAZIENTI.", w="5. AVVERTENZE E PRECAUZIONI.", s="6. EFFETTI COLLATERALI.",
               td="7. DATI TECNICI.", pv=("Parametro", "Valore"), m="Fabbricante"),
    "de": dict(t="Gebrauchsanweisung", p="1. ZWECKBESTIMMUNG.", i="2. INDIKATIONEN.", c="3. KONTRAINDIKATIONEN.",
               pop="4. PATIENTENPOPULATION.", w="5. WARNHINWEISE UND VORSICHTSMASSNAHMEN.", s="6. NEBENWIRKUNGEN.",
               td="7. TECHNISCHE DATEN.", pv=("Parameter", "Wert"), m="Hersteller"),
    "fr": dict(t="Mode d'emploi", p="1. DESTINATION.", i="2. INDICATIONS.", c="3. CONTRE-INDICATIONS.",
               pop="4. POPULATION DE PATIENTS.", w="5. AVERTISSEMENTS ET PRÉCAUTIONS.", s="6. EFFETS SECONDAIRES.",
               td="7. CARACTÉRISTIQUES TECHNIQUES.", pv=("Paramètre", "Valeur"), m="Fabricant"),
    "nl": dict(t="Gebruiksaanwijzing", p="1. BEOOGD GEBRUIK.", i="2. INDICATIES.", c="3. CONTRA-INDICATIES.",
               pop="4. PATIËNTENPOPULATIE.", w="5. WAARSCHUWINGEN EN VOORZORGSMAATREGELEN.", s="6. BIJWERKINGEN.",
               td="7. TECHNISCHE GEGEVENS.", pv=("Parameter", "Waarde"), m="Fabrikant"),
    "el": dict(t="Οδηγίες χρήσης", p="1. ΠΡΟΒΛΕΠΟΜΕΝΟΣ ΣΚΟΠΟΣ.", i="2. ΕΝΔΕΙΞΕΙΣ.", c="3. ΑΝΤΕΝΔΕΙΞΕΙΣ.",
               pop="4. ΠΛΗΘΥΣΜΟΣ ΑΣΘΕΝΩΝ.", w="5. ΠΡΟΕΙΔΟΠΟΙΗΣΕΙΣ ΚΑΙ ΠΡΟΦΥΛΑΞΕΙΣ.", s="6. ΠΑΡΕΝΕΡΓΕΙΕΣ.",
               td="7. ΤΕΧΝΙΚΑ ΣΤΟΙΧΕΙΑ.", pv=("Παράμετρος", "Τιμή"), m="Κατασκευαστής"),
}


def _f(F, role):
    fx = dict(F)
    fx.update(F.get("ov", {}).get(role, {}))
    return fx


def _add(F, role, sec):
    return [("p", t) for t in F.get("add", {}).get(role, {}).get(sec, [])]


def ident_table(f):
    rows = [["Trade name", f["trade"]], ["Manufacturer", f["mfr"] + ", " + f["addr"]],
            ["Basic UDI-DI", f["udi"]], ["Models / references", "; ".join(m[0] for m in f["models"])],
            ["Risk class", "Class %s (Annex VIII, %s)" % (f["cls"], f["rule"])]]
    return ("table", ["Parameter", "Value"], rows)


def cep(F):
    f = _f(F, "CEP"); r = "CEP"
    b = [("title", "Clinical Evaluation Plan – %s" % f["trade"]),
         ("table", ["Nº", "Document control"], [["1", "Document code: %s" % f["code"]["CEP"]],
                                                 ["2", "Date: %s" % f["dates"]["CEP"]],
                                                 ["3", "Prepared by: Clinical Affairs, on behalf of %s" % f["mfr"]]]),
         ("h", "1. SCOPE OF THE PLAN."),
         ("p", "This clinical evaluation plan (CEP) describes how %s will plan, conduct and document the clinical evaluation of the %s (%s) acc. to Article 61 and Annex XIV Part A of Regulation (EU) 2017/745 (MDR). %s" % (f["mfr"], f["trade"], f["desc"], f["abbrev"]))]
    b += _add(F, r, "scope")
    b += [("h", "2. DEVICE IDENTIFICATION."), ident_table(f),
          ("p", f["regulatory"])]
    b += _add(F, r, "device")
    b += [("h", "3. INTENDED PURPOSE."), ("p", f["purpose"]),
          ("h", "4. TARGET GROUPS, INDICATIONS AND CONTRAINDICATIONS."),
          ("p", "Target population: " + f["population"]),
          ("p", "Indications:"), ("ul", f["indications"]),
          ("p", "Contraindications:"), ("ul", f["contraindications"]),
          ("p", "Intended users and environment: " + f["users"])]
    b += _add(F, r, "population")
    b += [("h", "5. CLINICAL BENEFITS AND OUTCOME PARAMETERS."),
          ("table", ["Nº", "Clinical benefit", "Outcome parameter"],
           [[str(i + 1), x[0], x[1]] for i, x in enumerate(f["benefits"])]),
          ("h", "6. BENEFIT-RISK ACCEPTANCE CRITERIA."), ("p", f["acceptance"]),
          ("h", "7. STATE OF THE ART AND LITERATURE SEARCH STRATEGY."), ("p", f["sota"][0]),
          ("p", "The literature search will be performed in PubMed/MEDLINE, Embase and the Cochrane Library with a PICO-based strategy, and the registries ClinicalTrials.gov and EUDAMED will be screened. In this sense, the appraisal of each publication will follow the criteria of MEDDEV 2.7/1 rev. 4, Appendix A5 and A6, and MDCG 2020-6."),
          ("h", "8. CLINICAL DEVELOPMENT PLAN."), ("p", f["devplan"])]
    b += _add(F, r, "devplan")
    return b


def cer(F):
    f = _f(F, "CER"); r = "CER"
    b = [("title", "Clinical Evaluation Report – %s" % f["trade"]),
         ("table", ["Nº", "Document control"], [["1", "Document code: %s" % f["code"]["CER"]],
                                                 ["2", "Date: %s" % f["dates"]["CER"]],
                                                 ["3", "Evaluators: medical writer (MD, PhD) and clinical expert in %s" % f["specialty"]]]),
         ("h", "1. EXECUTIVE SUMMARY."), ("p", f["summary"])]
    b += _add(F, r, "summary")
    b += [("h", "2. SCOPE AND REGULATORY STATUS."), ("p", f["regulatory"])]
    b += _add(F, r, "scope")
    b += [("h", "3. DEVICE DESCRIPTION."), ("p", f["description"]),
          ("table", ["Model / reference", "Description"], [list(m) for m in f["models"]]), ident_table(f)]
    b += _add(F, r, "device")
    b += [("h", "4. INTENDED PURPOSE."), ("p", f["purpose"]),
          ("h", "4.1. Indications."), ("ul", f["indications"]),
          ("h", "4.2. Contraindications."), ("ul", f["contraindications"]),
          ("h", "4.3. Target population."), ("p", f["population"]),
          ("h", "4.4. Intended users and environment of use."), ("p", f["users"])]
    b += _add(F, r, "population")
    b += [("h", "5. STATE OF THE ART."), *[("p", x) for x in f["sota"]]]
    b += _add(F, r, "sota")
    b += [("h", "6. CLINICAL DATA."),
          ("h", "6.1. Sources of clinical data."),
          ("p", "The systematic literature search was executed on %s and retrieved %s records, of which %s were finally included after screening of title, abstract and full text. It should be noted that clinical data of the manufacturer (pre-market investigation, complaints and vigilance data) were also included." % (f["search"][0], f["search"][1], f["search"][2]))]
    b += [("p", "The search protocol, defined in the CEP %s, is summarised in the following table." % f["code"]["CEP"]),
          ("table", ["PICO element", "Definition"],
           [["Population", f["population"]], ["Intervention", "%s and devices of the same generic group" % f["trade"]],
            ["Comparator", "Alternative treatments and diagnostic options of the state of the art (section 5)"],
            ["Outcomes", "; ".join(x[1] for x in f["benefits"])]]),
          ("p", "Inclusion criteria: clinical studies in humans, published in English or Spanish from 01-01-2010, with at least 10 patients and reporting at least one of the outcomes. Exclusion criteria: case reports, animal and in vitro studies, duplicate publications and studies on a different intended purpose. Each retained publication was appraised for methodological quality and relevance (MDCG 2020-6, Appendix III) and weighted acc. to its contribution, as shown below."),
          ("table", ["Nº", "Study", "Contribution to the evaluation", "Weight"],
           [[x[0], x[1], "Clinical data of the device (pivotal)" if "manufacturer" in x[1] else "State of the art / acceptance criteria only", "High" if "manufacturer" in x[1] else "Supportive"] for x in f["studies"]])]
    b += _add(F, r, "sources")
    b += [("h", "6.2. Summary of the pivotal clinical data."),
          ("table", ["Nº", "Study", "Design", "n", "Follow-up", "Main results"], f["studies"])]
    b += [("p", x) for x in f["data_prose"]]
    b += _add(F, r, "data")
    b += [("h", "6.3. Clinical safety."), ("p", f["safety"])]
    b += _add(F, r, "safety")
    b += [("h", "6.4. Post-market surveillance data."),
          ("p", "The device has not been placed on the EU market under the MDR yet; in this sense, no complaints, trend reports or vigilance data of the device itself are available. It should be noted that the manufacturer screened the MAUDE database, the BfArM field safety notices and the Swissmedic lists for devices of the same generic group up to %s, identifying reports of %s and %s, which are already considered in the risk management file and in section 7.1." % (f["search"][0], f["residual"][0].lower(), f["residual"][1].lower()))]
    b += [("h", "7. BENEFIT-RISK DETERMINATION."), ("p", f["br"]),
          ("h", "7.1. Residual risks and undesirable side-effects."), ("ul", f["residual"])]
    b += _add(F, r, "br")
    b += [("h", "7.2. Conformity with the relevant general safety and performance requirements."),
          ("table", ["GSPR", "Requirement", "Evidence in this report"],
           [["1", "Achieve the intended performance; safe and effective", "Sections 6.2 and 6.3; acceptance criteria of the CEP %s" % f["code"]["CEP"]],
            ["8", "Known and foreseeable risks minimised and acceptable against the benefits", "Section 7.1 and risk management file"],
            ["9", "Residual risks reduced as far as possible without adversely affecting benefit-risk", "Sections 7 and 8"],
            ["23.4", "Information in the IFU (indications, contraindications, warnings, residual risks)", "IFU %s reviewed by the evaluators" % f["code"]["IFU-en"]]])]
    b += [("h", "8. POST-MARKET CLINICAL FOLLOW-UP."),
          ("p", "The PMCF plan %s describes the activities that will be performed after CE marking. In this sense, the open questions identified in this report are addressed there: %s" % (f["code"]["PMCF"], f["open_q"]))]
    b += _add(F, r, "pmcf")
    b += [("h", "9. CONCLUSIONS."), ("p", f["conclusion"])]
    b += _add(F, r, "conclusion")
    b += [("h", "10. QUALIFICATION OF THE EVALUATORS."),
          ("p", "The report was written by a medical writer (MD, PhD) with more than 10 years of experience in clinical evaluation of medical devices, and reviewed by a clinical expert in %s with more than 15 years of clinical practice. The curricula vitae and the declarations of interest are kept in the technical documentation; none of the evaluators has a conflict of interest with the manufacturer." % f["specialty"]),
          ("h", "11. REFERENCES."),
          ("ul", ["%s. %s; %s, n = %s, follow-up %s." % (x[0], x[1], x[2], x[3], x[4]) for x in f["studies"]] +
                 ["MDCG 2020-5, Clinical evaluation – equivalence. A guide for manufacturers and notified bodies, April 2020.",
                  "MDCG 2020-6, Sufficient clinical evidence for legacy devices, April 2020.",
                  "MEDDEV 2.7/1 rev. 4, Clinical evaluation: a guide for manufacturers and notified bodies, June 2016."])]
    return b


def pmcf(F):
    f = _f(F, "PMCF"); p = f["pmcf"]; r = "PMCF"
    b = [("title", "Post-Market Clinical Follow-up Plan – %s" % f["trade"]),
         ("table", ["Nº", "Document control"], [["1", "Document code: %s" % f["code"]["PMCF"]],
                                                 ["2", "Date: %s" % f["dates"]["PMCF"]],
                                                 ["3", "Related documents: %s; %s" % (f["code"]["CER"], f["code"]["CEP"])]]),
         ("h", "1. PURPOSE."),
         ("p", "This plan describes the PMCF activities for the %s acc. to Annex XIV Part B of the MDR and MDCG 2020-7. The device is intended for: %s" % (f["trade"], f["purpose"])),
         ("h", "2. OBJECTIVES."), ("ul", p["objectives"]),
         ("h", "3. DESIGN AND METHODS."), ("p", p["design"]),
         ("h", "4. STUDY POPULATION."), ("p", p["population"]),
         ("h", "5. SAMPLE SIZE."), ("p", p["sample"]),
         ("h", "6. ENDPOINTS."), ("ul", p["endpoints"]),
         ("h", "7. TIMELINE."), ("table", ["Milestone", "Date"], p["timeline"])]
    b += _add(F, r, "end")
    b += [("h", "8. GENERAL PMCF ACTIVITIES."),
          ("p", "In addition to the specific activity, the manufacturer performs the screening of the scientific literature every 12 months, the analysis of complaints and vigilance reports and the review of similar devices in the MAUDE and BfArM databases. The results will be presented in the PMCF evaluation report and will update the CER, the risk management file and the %s." % ("SSCP" if f.get("sscp") else "IFU when necessary"))]
    return b


def ifu_en(F):
    f = _f(F, "IFU-en"); r = "IFU-en"
    b = [("title", "%s – Instructions for Use" % f["trade"]),
         ("p", "Manufacturer: %s. Document %s. %s" % (f["mfr"].rstrip("."), f["code"]["IFU-en"], f["description"]))]
    b += [("h", "1. INTENDED PURPOSE."), ("p", f["purpose"]),
          ("h", "2. INDICATIONS."), ("ul", f["indications"]),
          ("h", "3. CONTRAINDICATIONS."), ("ul", f["contraindications"]),
          ("h", "4. PATIENT POPULATION AND USERS."), ("p", f["population"]), ("p", f["users"])]
    b += _add(F, r, "population")
    b += [("h", "5. WARNINGS AND PRECAUTIONS."), ("ul", f["warnings"])]
    b += _add(F, r, "warnings")
    b += [("h", "6. SIDE EFFECTS AND RESIDUAL RISKS."), ("ul", f["residual"]),
          ("h", "7. TECHNICAL DATA."), ("table", ["Parameter", "Value"], [list(x) for x in f["tech"]]),
          ("h", "8. INSTRUCTIONS."), ("ul", ["Step %d. %s" % (i + 1, s) for i, s in enumerate(f["steps"])])]
    b += _add(F, r, "steps")
    b += [("h", "9. MANUFACTURER."), ("p", "%s, %s. Basic UDI-DI: %s." % (f["mfr"], f["addr"], f["udi"]))]
    return b


def ifu_x(F, lang):
    r = "IFU-" + lang
    f = _f(F, r); h = H[lang]; t = f["tr"][lang]
    b = [("title", "%s – %s" % (f["trade"], h["t"])),
         ("p", "%s – %s" % (f["code"][r], t["intro"])),
         ("h", h["p"]), ("p", t["purpose"]),
         ("h", h["i"]), ("ul", t["indications"]),
         ("h", h["c"]), ("ul", t["contraindications"]),
         ("h", h["pop"]), ("p", t["population"]),
         ("h", h["w"]), ("ul", t["warnings"]),
         ("h", h["s"]), ("ul", t["side"]),
         ("h", h["td"]), ("table", list(h["pv"]), [list(x) for x in t.get("tech", f["tech"])])]
    b += _add(F, r, "end")
    b += [("p", "%s: %s, %s. Basic UDI-DI: %s." % (h["m"], f["mfr"], f["addr"], f["udi"]))]
    return b


def sscp(F):
    f = _f(F, "SSCP"); r = "SSCP"
    b = [("title", "Summary of Safety and Clinical Performance (SSCP) – %s" % f["trade"]),
         ("p", "Document %s. This SSCP concerns the device with Basic UDI-DI %s and is intended for users/healthcare professionals; a patient section follows the same content in plain language. Validated by the notified body %s." % (f["code"]["SSCP"], f["udi"], f["nb"])),
         ("h", "1. DEVICE IDENTIFICATION AND GENERAL INFORMATION."), ident_table(f),
         ("h", "2. INTENDED PURPOSE OF THE DEVICE."), ("p", f["purpose"]),
         ("p", "Indications: " + "; ".join(f["indications"]) + "."),
         ("p", "Contraindications: " + "; ".join(f["contraindications"]) + "."),
         ("p", "Target population: " + f["population"]),
         ("h", "3. DEVICE DESCRIPTION."), ("p", f["description"]),
         ("h", "4. RISKS AND WARNINGS."), ("p", "Residual risks and undesirable side-effects:"), ("ul", f["residual"]),
         ("p", "Warnings: see the IFU %s, section 5." % f["code"]["IFU-en"])]
    b += _add(F, r, "risks")
    b += [("h", "5. SUMMARY OF CLINICAL EVALUATION AND PMCF."), ("p", f["summary"]),
          ("table", ["Nº", "Study", "Design", "n", "Follow-up", "Main results"], f["studies"]),
          ("h", "6. POSSIBLE DIAGNOSTIC OR THERAPEUTIC ALTERNATIVES."), ("p", f["sota"][0]),
          ("h", "7. SUGGESTED PROFILE AND TRAINING FOR USERS."), ("p", f["users"])]
    b += _add(F, r, "end")
    return b


def cear(F):
    f = _f(F, "CEAR")
    b = [("title", "Deficiency report – Clinical evaluation assessment (CEAR acc. to MDCG 2020-13)"),
         ("table", ["Parameter", "Value"], [["Notified body", f["nb"]], ["Manufacturer", f["mfr"]],
                                            ["Device", f["cear_device"]], ["Basic UDI-DI", f["udi"]],
                                            ["Classification", "Class %s acc. to Annex VIII, %s" % (f["cls"], f["rule"])],
                                            ["Documents assessed", "%s, %s, %s" % (f["code"]["CEP"], f["code"]["CER"], f["code"]["PMCF"])],
                                            ["CECP (Art. 54)", f["cear_cecp"]],
                                            ["Date of report", f["dates"]["CEAR"]]]),
         ("h", "1. Assessment of the clinical evaluation."), ("p", f["cear_intro"])]
    for d in f["cear_items"]:
        b += [("h", d[0]), ("p", "Requirement: " + d[1]), ("p", "Description: " + d[2]), ("p", "Classification: " + d[3])]
    b += [("h", "2. Summary of the assessment."), ("p", f["cear_summary"])]
    return b


def build_docs(F):
    """Return {filename: (role, language, blocks)}."""
    fn = F["files"]
    docs = {fn["CEP"]: ("CEP", "en", cep(F)), fn["CER"]: ("CER", "en", cer(F)),
            fn["PMCF"]: ("PMCF-plan", "en", pmcf(F)), fn["IFU-en"]: ("IFU", "en", ifu_en(F))}
    for lang in F["tr"]:
        docs[fn["IFU-" + lang]] = ("IFU", lang, ifu_x(F, lang))
    if F.get("sscp"):
        docs[fn["SSCP"]] = ("SSCP", "en", sscp(F))
    docs[fn["CEAR"]] = ("CEAR", "en", cear(F))
    return docs
