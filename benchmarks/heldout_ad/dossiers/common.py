"""Shared document builders. Each dossier module supplies a facts dict F; per-document
overrides live in F["ov"][docrole] and extra blocks in F["extra"][docrole][section]."""

LANG = {
    "en": dict(title="Instructions for use", purpose="Intended purpose", ind="Indications",
               contra="Contraindications", pop="Patient target group", users="Intended users and use environment",
               warn="Warnings and precautions", side="Possible side effects and residual risks",
               tech="Technical data", instr="Instructions", maker="Manufacturer", param="Parameter", value="Value"),
    "sv": dict(title="Bruksanvisning", purpose="Avsett ändamål", ind="Indikationer", contra="Kontraindikationer",
               pop="Patientmålgrupp", users="Avsedda användare och användningsmiljö", warn="Varningar och försiktighetsåtgärder",
               side="Möjliga biverkningar och kvarstående risker", tech="Tekniska data", instr="Anvisningar",
               maker="Tillverkare", param="Parameter", value="Värde"),
    "fi": dict(title="Käyttöohjeet", purpose="Käyttötarkoitus", ind="Käyttöaiheet", contra="Vasta-aiheet",
               pop="Potilaskohderyhmä", users="Käyttäjät ja käyttöympäristö", warn="Varoitukset ja varotoimet",
               side="Mahdolliset haittavaikutukset ja jäännösriskit", tech="Tekniset tiedot", instr="Ohjeet",
               maker="Valmistaja", param="Ominaisuus", value="Arvo"),
    "da": dict(title="Brugsanvisning", purpose="Tilsigtet formål", ind="Indikationer", contra="Kontraindikationer",
               pop="Patientmålgruppe", users="Tilsigtede brugere og brugsmiljø", warn="Advarsler og forholdsregler",
               side="Mulige bivirkninger og restrisici", tech="Tekniske data", instr="Vejledning",
               maker="Fabrikant", param="Parameter", value="Værdi"),
    "it": dict(title="Istruzioni per l'uso", purpose="Destinazione d'uso", ind="Indicazioni", contra="Controindicazioni",
               pop="Gruppo di pazienti destinatari", users="Utilizzatori previsti e ambiente d'uso", warn="Avvertenze e precauzioni",
               side="Possibili effetti collaterali e rischi residui", tech="Dati tecnici", instr="Istruzioni",
               maker="Fabbricante", param="Parametro", value="Valore"),
    "pl": dict(title="Instrukcja używania", purpose="Przewidziane zastosowanie", ind="Wskazania", contra="Przeciwwskazania",
               pop="Docelowa grupa pacjentów", users="Przewidziani użytkownicy i środowisko użytkowania",
               warn="Ostrzeżenia i środki ostrożności", side="Możliwe działania niepożądane i ryzyka resztkowe",
               tech="Dane techniczne", instr="Instrukcje", maker="Producent", param="Parametr", value="Wartość"),
    "cs": dict(title="Návod k použití", purpose="Určený účel", ind="Indikace", contra="Kontraindikace",
               pop="Cílová skupina pacientů", users="Určení uživatelé a prostředí použití", warn="Varování a bezpečnostní opatření",
               side="Možné nežádoucí účinky a zbytková rizika", tech="Technické údaje", instr="Pokyny",
               maker="Výrobce", param="Parametr", value="Hodnota"),
}


def G(F, role):
    g = dict(F)
    g.update(F.get("ov", {}).get(role, {}))
    return g


def X(F, role, key):
    return list(F.get("extra", {}).get(role, {}).get(key, []))


def history(rows):
    return [("h2", "Document history"), ("table", [["Version", "Date", "Change", "Author"]] + rows)]


def models_table(g):
    return [("table", [["Model", "Description", g.get("model_col", "Key data")]] + g["models"])]


def cep(F):
    g = G(F, "CEP")
    b = history(g["hist"]["CEP"])
    b += [("h1", "1 SCOPE"),
          ("p", f"This clinical evaluation plan covers {g['trade']} ({g['desc']}), Basic UDI-DI {g['udi']}, "
                f"manufactured by {g['maker']}, Gothenburg, Sweden. The plan follows MDR Annex XIV Part A and MEDDEV 2.7/1 rev. 4 where still relevant."),
          ("p", g["class_text"]), ("p", g["cecp_text"])]
    b += [("h1", "2 DEVICE"), ("p", g["device_text"])] + models_table(g) + X(F, "CEP", "device")
    b += [("h1", "3 INTENDED PURPOSE"), ("p", g["purpose"])]
    b += [("h1", "4 TARGET GROUPS, INDICATIONS AND CONTRAINDICATIONS"),
          ("h2", "4.1 Target population"), ("p", g["population"]),
          ("h2", "4.2 Indications"), ("ul", g["indications"]),
          ("h2", "4.3 Contraindications"), ("ul", g["contra"]),
          ("h2", "4.4 Users and use environment"), ("p", g["setting"])] + X(F, "CEP", "population")
    b += [("h1", "5 CLINICAL BENEFITS AND OUTCOME PARAMETERS"),
          ("p", "The intended clinical benefits are measured with the outcome parameters in Table 1. Acceptance criteria are derived from the state of the art described in the CER, Section 5."),
          ("p", "Table 1 – Outcome parameters and acceptance criteria"),
          ("table", [["Outcome parameter", "Type", "Acceptance criterion"]] + g["outcomes"])] + X(F, "CEP", "outcomes")
    b += [("h1", "6 BENEFIT-RISK ACCEPTANCE CRITERIA"), ("p", g["acceptance"]),
          ("h1", "7 CLINICAL DEVELOPMENT PLAN"), ("ul", g["cdp"]),
          ("h1", "8 LITERATURE SEARCH"),
          ("p", f"Databases: PubMed, Embase and Cochrane Library. Search period from {g['lit_period']}. Two reviewers screen independently according to the appraisal plan in Annex 1 of this plan."),
          ("ul", ["Suitability: device, indication, population, setting", "Contribution: design, endpoints, follow-up, statistics", "Weighting according to MDCG 2020-6 Appendix III"])]
    b += X(F, "CEP", "end")
    return dict(title=f"Clinical evaluation plan – {g['trade']}", code=g["codes"]["CEP"], blocks=b)


def cer(F):
    g = G(F, "CER")
    b = history(g["hist"]["CER"])
    b += [("h1", "Section 1 – Scope and regulatory status"),
          ("p", f"This report documents the clinical evaluation of {g['trade']}, Basic UDI-DI {g['udi']}, manufactured by {g['maker']}, Gothenburg, Sweden. It is written according to the plan {g['codes']['CEP']}."),
          ("p", g["class_text"]), ("p", g["cecp_text"])] + X(F, "CER", "scope")
    b += [("h2", "1.1 Evaluators and qualifications"),
          ("p", f"The evaluation was performed by {g['evaluators']}. The evaluators have more than 5 years of experience in the clinical field and in clinical evaluation according to MDR Annex XIV. CVs are filed in the technical documentation."),
          ("h2", "1.2 Abbreviations"),
          ("table", [["Abbreviation", "Meaning"], ["CEAR", "Clinical evaluation assessment report"], ["CEP", "Clinical evaluation plan"],
                     ["CER", "Clinical evaluation report"], ["GSPR", "General safety and performance requirement"], ["IFU", "Instructions for use"],
                     ["MDR", "Regulation (EU) 2017/745"], ["PMCF", "Post-market clinical follow-up"], ["PSUR", "Periodic safety update report"],
                     ["SSCP", "Summary of safety and clinical performance"], ["UDI-DI", "Unique device identifier – device identifier"]])]
    b += [("h1", "Section 2 – Device description"), ("p", g["device_text"]), ("p", "Table 1 – Models")] + models_table(g) + \
         [("p", "Key technical data are given in Table 2."), ("p", "Table 2 – Key technical data")] + \
         [("table", [["Parameter", "Value"]] + g["tech"])] + X(F, "CER", "device")
    b += [("h1", "Section 3 – Intended purpose"), ("p", g["purpose"])] + X(F, "CER", "purpose")
    b += [("h1", "Section 4 – Indications, contraindications and target population"),
          ("h2", "4.1 Indications"), ("ul", g["indications"]),
          ("h2", "4.2 Contraindications"), ("ul", g["contra"]),
          ("h2", "4.3 Target population"), ("p", g["population"]),
          ("h2", "4.4 Users and use environment"), ("p", g["setting"])] + X(F, "CER", "population")
    b += [("h1", "Section 5 – State of the art")] + [("p", p) for p in g["sota"]] + X(F, "CER", "sota")
    if g.get("alternatives"):
        b += [("h2", "5.1 Alternative diagnostic or therapeutic options"), ("p", g["alternatives"])]
    b += [("h2", "5.2 Benchmarks used for the acceptance criteria"),
          ("p", "The acceptance criteria in the CEP are derived from the state of the art above and are listed with the results in Table 4 (Section 6.3).")]
    b += [("h1", "Section 6 – Clinical data"),
          ("h2", "6.1 Data sources"), ("ul", g["sources"]),
          ("h2", "6.2 Pivotal and supportive data"),
          ("p", "The clinical data sets are summarised in Table 3."), ("p", "Table 3 – Clinical data sets"),
          ("table", [["Study", "Design", "Patients", "Population", "Follow-up", "Main result"]] + g["studies"])] + \
         [("p", p) for p in g["study_prose"]] + X(F, "CER", "data") + \
         [("h2", "6.3 Outcome parameters according to the CEP"),
          ("p", "Table 4 – Results against the CEP acceptance criteria (see Section 6.2 for the data sets)"),
          ("table", [["Outcome parameter", "Acceptance criterion", "Result", "Source"]] + g["results"])] + X(F, "CER", "results")
    b += [("h1", "Section 7 – Safety and residual risks"),
          ("p", "The following residual risks and undesirable side-effects remain after risk control and are disclosed in the IFU:"),
          ("ul", g["residual"])] + X(F, "CER", "safety")
    b += [("h2", "7.1 Post-market surveillance"),
          ("p", "Complaints, vigilance reports and trend data are reviewed in the PSUR. No field safety corrective action was issued for the device in the reporting period."),
          ("h2", "7.2 Conformity with the relevant GSPRs"),
          ("table", [["GSPR", "Requirement", "Conclusion"],
                     ["GSPR 1", "Achieves the intended performance, safe and effective", "See Section 6.3"],
                     ["GSPR 6", "Characteristics maintained during the lifetime", "See Section 6.3 and Section 9"],
                     ["GSPR 8", "Known side-effects minimised and acceptable", "See Section 7 and Section 8"]])]
    b += [("h1", "Section 8 – Benefit-risk"), ("p", g["br"])] + X(F, "CER", "br")
    b += [("h1", "Section 9 – PMCF"), ("p", g["pmcf_summary"])] + X(F, "CER", "pmcf")
    b += [("h1", "Section 10 – Conclusions"), ("p", g["conclusion"]),
          ("p", f"Evaluators: {g['evaluators']}. Declarations of interest are filed with this report."),
          ("h1", "Section 11 – References and annexes"),
          ("ul", [f"[{i + 1}] {x}" for i, x in enumerate(g["sources"])] +
                 [f"Annex A: Literature search protocol and results, period {g['lit_period']}", f"Annex B: Clinical evaluation plan {g['codes']['CEP']}", f"Annex C: PMCF plan {g['codes']['PMCF']}"])]
    return dict(title=f"Clinical evaluation report – {g['trade']}", code=g["codes"]["CER"], blocks=b)


def pmcf(F):
    g = G(F, "PMCF")
    p = g["pmcf"]
    b = history(g["hist"]["PMCF"])
    b += [("h1", "1 PURPOSE AND SCOPE"),
          ("p", f"This plan describes the post-market clinical follow-up of {g['trade']} (Basic UDI-DI {g['udi']}) according to MDR Annex XIV Part B and MDCG 2020-7. It refers to {g['codes']['CER']}."),
          ("h1", "2 INTENDED PURPOSE (REFERENCE)"), ("p", g["purpose"]),
          ("h1", "3 OBJECTIVES"), ("ul", p["objectives"]),
          ("h1", "4 GENERAL AND SPECIFIC METHODS"), ("p", p["design"]), ("ul", p["methods"]),
          ("h1", "5 POPULATION"), ("h2", "5.1 Inclusion criteria"), ("ul", p["incl"]),
          ("h2", "5.2 Exclusion criteria"), ("ul", p["excl"]), ("h2", "5.3 Sites and setting"), ("p", p["sites"]),
          ("h1", "6 SAMPLE SIZE"), ("p", p["sample"]),
          ("h1", "7 ENDPOINTS"), ("table", [["Endpoint", "Type", "Time point"]] + p["endpoints"]),
          ("h1", "8 TIMELINE"), ("table", [["Milestone", "Date"]] + p["timeline"]),
          ("h1", "9 REPORTING"),
          ("p", "Results are reported in the PMCF evaluation report and feed into the CER update, the PSUR and, where applicable, the SSCP. Deviations from this plan are documented and justified.")]
    b += X(F, "PMCF", "end")
    return dict(title=f"PMCF plan – {g['trade']}", code=g["codes"]["PMCF"], blocks=b)


def ifu(F, lang):
    role = "IFU-" + lang
    g = G(F, role)
    L = LANG[lang]
    if lang == "en":
        t = g
    else:
        t = dict(F["langs"][lang])
        t.update(F.get("ov", {}).get(role, {}))
    b = [("h1", L["purpose"]), ("p", t["purpose"]),
         ("h1", L["ind"]), ("ul", t["indications"]),
         ("h1", L["contra"]), ("ul", t["contra"]),
         ("h1", L["pop"]), ("p", t["population"]),
         ("h1", L["users"]), ("p", t["setting"]),
         ("h1", L["warn"]), ("ul", t["warnings"])] + X(F, role, "warn") + \
        [("h1", L["side"]), ("ul", t["residual"]),
         ("h1", L["tech"]), ("table", [[L["param"], L["value"]]] + t["tech"]),
         ("h1", L["instr"]), ("ul", t["instr"])] + X(F, role, "instr") + \
        [("h1", L["maker"]), ("p", f"{g['maker']}, {g['addr']}, Sweden. Basic UDI-DI {g['udi']}.")]
    code = g["codes"]["IFU"] + " " + lang.upper()
    return dict(title=f"{g['trade']} – {L['title']}", code=code, blocks=b)


def sscp(F):
    g = G(F, "SSCP")
    b = history(g["hist"]["SSCP"])
    b += [("h1", "1 DEVICE IDENTIFICATION AND GENERAL INFORMATION"),
          ("table", [["Item", "Information"], ["Trade name", g["trade"]], ["Basic UDI-DI", g["udi"]],
                     ["Manufacturer", f"{g['maker']}, {g['addr']}, Sweden"], ["Risk class", g["cls"]],
                     ["Notified body", g["nb"]], ["SSCP validated", "Yes, as part of the conformity assessment"]]),
          ("h1", "2 INTENDED PURPOSE"), ("p", g["purpose"]),
          ("h2", "2.1 Indications and target population"), ("ul", g["indications"]), ("p", g["population"]),
          ("h2", "2.2 Contraindications"), ("ul", g["contra"]),
          ("h1", "3 DEVICE DESCRIPTION"), ("p", g["device_text"]),
          ("h1", "4 RISKS AND WARNINGS"),
          ("h2", "4.1 Residual risks and undesirable side-effects"), ("ul", g["residual"]),
          ("h2", "4.2 Warnings and precautions"), ("ul", g["warnings"]),
          ("h1", "5 SUMMARY OF CLINICAL EVALUATION AND PMCF"), ("p", g["sscp_clin"]),
          ("h1", "6 DIAGNOSTIC OR THERAPEUTIC ALTERNATIVES"), ("p", g["alternatives"]),
          ("h1", "7 SUGGESTED PROFILE AND TRAINING FOR USERS"), ("p", g["setting"]),
          ("h1", "8 HARMONISED STANDARDS AND COMMON SPECIFICATIONS"), ("ul", g["standards"])]
    b += X(F, "SSCP", "end")
    return dict(title=f"Summary of safety and clinical performance – {g['trade']}", code=g["codes"]["SSCP"], blocks=b)


def cear(F):
    g = G(F, "CEAR")
    rows = [["Q", "Question", "Answer (Yes / No / Partially / N.A.)", "Reviewer comment"]] + g["cear_rows"]
    b = [("h1", "A GENERAL INFORMATION"),
         ("table", [["Item", "Detail"], ["Manufacturer", g["maker"]], ["Device", g.get("cear_device", g["trade"])],
                    ["Basic UDI-DI", g.get("cear_udi", g["udi"])], ["Class", g["cls"]],
                    ["Documents assessed", f"{g['codes']['CEP']}; {g['codes']['CER']}; {g['codes']['PMCF']}; {g['codes']['IFU']}" + (f"; {g['codes']['SSCP']}" if g.get("sscp") else "")],
                    ["Reviewer", g["reviewer"]], ["Date", g["cear_date"]]]),
         ("h1", "B CHECKLIST"),
         ("p", "The reviewer has assessed the clinical evaluation as per MDCG 2020-13. Answers refer to the documents listed in Section A."),
         ("table", rows),
         ("h1", "C OVERALL CONCLUSION"), ("p", g["cear_conclusion"]),
         ("h2", "Open points"), ("ul", g["cear_ops"])]
    return dict(title=f"Clinical evaluation assessment report (CEAR) – {g.get('cear_device', g['trade'])}",
                code=g["codes"]["CEAR"], blocks=b)


def build_docs(F):
    """Return list of (filename, role, lang, doc, fmt)."""
    out = []
    fn, fm = F["files"], F["fmt"]
    out.append((fn["CEP"], "CEP", "en", cep(F), fm["CEP"]))
    out.append((fn["CER"], "CER", "en", cer(F), fm["CER"]))
    out.append((fn["PMCF"], "PMCF-plan", "en", pmcf(F), fm["PMCF"]))
    for lang in ["en"] + list(F["langs"].keys()):
        out.append((fn["IFU-" + lang], "IFU", lang, ifu(F, lang), fm["IFU-" + lang]))
    if F.get("sscp"):
        out.append((fn["SSCP"], "SSCP", "en", sscp(F), fm["SSCP"]))
    out.append((fn["CEAR"], "CEAR", "en", cear(F), fm["CEAR"]))
    return out
