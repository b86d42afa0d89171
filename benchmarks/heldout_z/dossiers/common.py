"""Document generators shared by all dossiers (author voice: Osaka RA team, Swedish NB reviewer).

Each dossier module defines a dict D with the device facts.  D["ov"][doc][key] overrides a fact
for one document (doc keys: CEP, CER, PMCF, IFU, IFU-xx, SSCP, CEAR); D["extra"][doc][anchor]
adds paragraphs after the section whose anchor is given.
"""

L10N = {
    "fr": dict(title="Notice d'utilisation", ip="Destination", ind="Indications", contra="Contre-indications",
               pop="Population de patients cible", users="Utilisateurs prévus", setting="Environnement d'utilisation",
               att="Attention :", cau="Précaution :", tech="Caractéristiques techniques", no="N°", item="Élément",
               cont="Contenu", steps="Mode d'emploi", side="Effets indésirables possibles",
               store="Conservation", store_t="Conserver à température ambiante (1 à 30 °C), à l'abri de la lumière et de l'humidité.",
               inc="Tout incident grave survenu en lien avec le dispositif doit être signalé au fabricant et à l'autorité compétente de l'État membre.",
               mfr="Fabricant", lang="Français"),
    "de": dict(title="Gebrauchsanweisung", ip="Zweckbestimmung", ind="Indikationen", contra="Kontraindikationen",
               pop="Patientenzielgruppe", users="Vorgesehene Anwender", setting="Anwendungsumgebung",
               att="Achtung:", cau="Vorsicht:", tech="Technische Daten", no="Nr.", item="Punkt", cont="Inhalt",
               steps="Anwendung", side="Mögliche Nebenwirkungen", store="Lagerung",
               store_t="Bei Raumtemperatur (1 bis 30 °C) trocken und vor Licht geschützt lagern.",
               inc="Alle im Zusammenhang mit dem Produkt aufgetretenen schwerwiegenden Vorfälle sind dem Hersteller und der zuständigen Behörde des Mitgliedstaats zu melden.",
               mfr="Hersteller", lang="Deutsch"),
    "it": dict(title="Istruzioni per l'uso", ip="Destinazione d'uso", ind="Indicazioni", contra="Controindicazioni",
               pop="Popolazione di pazienti", users="Utilizzatori previsti", setting="Ambiente di utilizzo",
               att="Attenzione:", cau="Cautela:", tech="Dati tecnici", no="N.", item="Voce", cont="Contenuto",
               steps="Istruzioni", side="Possibili effetti collaterali", store="Conservazione",
               store_t="Conservare a temperatura ambiente (da 1 a 30 °C), al riparo da luce e umidità.",
               inc="Qualsiasi incidente grave verificatosi in relazione al dispositivo deve essere segnalato al fabbricante e all'autorità competente dello Stato membro.",
               mfr="Fabbricante", lang="Italiano"),
    "es": dict(title="Instrucciones de uso", ip="Finalidad prevista", ind="Indicaciones", contra="Contraindicaciones",
               pop="Población de pacientes", users="Usuarios previstos", setting="Entorno de uso",
               att="Atención:", cau="Precaución:", tech="Datos técnicos", no="N.º", item="Elemento", cont="Contenido",
               steps="Instrucciones", side="Posibles efectos secundarios", store="Almacenamiento",
               store_t="Almacenar a temperatura ambiente (de 1 a 30 °C), protegido de la luz y la humedad.",
               inc="Cualquier incidente grave relacionado con el producto debe comunicarse al fabricante y a la autoridad competente del Estado miembro.",
               mfr="Fabricante", lang="Español"),
    "pt": dict(title="Instruções de utilização", ip="Finalidade prevista", ind="Indicações", contra="Contraindicações",
               pop="População de doentes", users="Utilizadores previstos", setting="Ambiente de utilização",
               att="Atenção:", cau="Cuidado:", tech="Dados técnicos", no="N.º", item="Item", cont="Conteúdo",
               steps="Instruções", side="Possíveis efeitos secundários", store="Armazenamento",
               store_t="Armazenar à temperatura ambiente (1 a 30 °C), ao abrigo da luz e da humidade.",
               inc="Qualquer incidente grave relacionado com o dispositivo deve ser comunicado ao fabricante e à autoridade competente do Estado-Membro.",
               mfr="Fabricante", lang="Português"),
    "sv": dict(title="Bruksanvisning", ip="Avsett ändamål", ind="Indikationer", contra="Kontraindikationer",
               pop="Patientmålgrupp", users="Avsedda användare", setting="Användningsmiljö",
               att="Observera:", cau="Försiktighet:", tech="Tekniska data", no="Nr", item="Punkt", cont="Innehåll",
               steps="Anvisningar", side="Möjliga biverkningar", store="Förvaring",
               store_t="Förvaras i rumstemperatur (1 till 30 °C), skyddat mot ljus och fukt.",
               inc="Allvarliga tillbud som inträffat i samband med produkten ska rapporteras till tillverkaren och till den behöriga myndigheten i medlemsstaten.",
               mfr="Tillverkare", lang="Svenska"),
    "da": dict(title="Brugsanvisning", ip="Erklæret formål", ind="Indikationer", contra="Kontraindikationer",
               pop="Patientmålgruppe", users="Tilsigtede brugere", setting="Anvendelsesmiljø",
               att="Bemærk:", cau="Forsigtig:", tech="Tekniske data", no="Nr.", item="Punkt", cont="Indhold",
               steps="Vejledning", side="Mulige bivirkninger", store="Opbevaring",
               store_t="Opbevares ved stuetemperatur (1 til 30 °C), beskyttet mod lys og fugt.",
               inc="Enhver alvorlig hændelse i forbindelse med udstyret skal indberettes til fabrikanten og til den kompetente myndighed i medlemsstaten.",
               mfr="Fabrikant", lang="Dansk"),
    "cs": dict(title="Návod k použití", ip="Určený účel", ind="Indikace", contra="Kontraindikace",
               pop="Cílová skupina pacientů", users="Určení uživatelé", setting="Prostředí použití",
               att="Pozor:", cau="Upozornění:", tech="Technické údaje", no="Č.", item="Položka", cont="Obsah",
               steps="Pokyny", side="Možné nežádoucí účinky", store="Skladování",
               store_t="Skladujte při pokojové teplotě (1 až 30 °C), chraňte před světlem a vlhkem.",
               inc="Jakoukoli závažnou nežádoucí příhodu, ke které došlo v souvislosti s prostředkem, je nutno hlásit výrobci a příslušnému orgánu členského státu.",
               mfr="Výrobce", lang="Čeština"),
}


class F:
    """Fact accessor with per-document overrides."""

    def __init__(self, D, doc):
        self.D, self.doc = D, doc

    def __getitem__(self, k):
        ov = self.D.get("ov", {}).get(self.doc, {})
        if k in ov:
            return ov[k]
        return self.D[k]

    def get(self, k, default=None):
        try:
            return self[k]
        except KeyError:
            return default


def _extra(D, doc, anchor, blocks):
    for p in D.get("extra", {}).get(doc, {}).get(anchor, []):
        blocks.append(p if isinstance(p, tuple) else ("p", p))


def _idtable(f, with_scope=True):
    rows = [("1", "Trade name", f["trade"]), ("2", "Generic device name", f["generic"]),
            ("3", "Models / catalogue numbers", ", ".join(f["models"])), ("4", "Basic UDI-DI", f["udi"]),
            ("5", "Risk class", f"Class {f['cls']} ({f['rule']}, Annex VIII MDR)"),
            ("6", "Manufacturer", f"{f['mfr']}, {f['addr']}"),
            ("7", "Production site", f["site"])]
    if with_scope:
        rows.append(("8", "Clinical evaluation consultation procedure", f["cecp"]))
    return ("table", ["No.", "Item", "Contents"], rows, [12, 50, 108])


def header(f, doc, title):
    code = f["codes"][doc]
    return [("p", f"{f['mfr']}    Document No. {code}    Issue date: {f['dates'][doc]}"),
            ("title", f"{title}\n{f['trade']}")]


def cep(D):
    f = F(D, "CEP")
    b = header(f, "CEP", "Clinical Evaluation Plan")
    b += [("h1", "Chapter 1 General"),
          ("h2", "1-1 Purpose of this document"),
          ("p", f"This document describes the plan of the clinical evaluation of the subject device {f['trade']} according to "
                "Article 61 and Annex XIV Part A of Regulation (EU) 2017/745（MDR）. In addition, MDCG 2020-13 and MEDDEV 2.7/1 rev. 4 "
                "were referred to as guidance. The clinical evaluation is performed by the Regulatory Affairs Department of "
                f"{f['mfr']} together with the clinical experts listed in Attached Document 1."),
          ("h2", "1-2 Identification of the subject device"), _idtable(f)]
    _extra(D, "CEP", "1-2", b)
    b += [("h1", "Chapter 2 Intended Purpose and Target Groups"),
          ("h2", "2-1 Intended purpose"), ("p", f["ip"]),
          ("h2", "2-2 Indications"), ("list", f["ind"], "paren"),
          ("h2", "2-3 Contraindications"), ("list", f["contra"], "paren"),
          ("h2", "2-4 Target population, users and use environment"),
          ("p", f"Target population: {f['pop']} Intended users: {f['users']} Use environment: {f['setting']}")]
    _extra(D, "CEP", "2-4", b)
    b += [("h1", "Chapter 3 Clinical Benefits and Outcome Parameters"),
          ("p", "The intended clinical benefits of the subject device and the outcome parameters by which they are "
                "evaluated are specified as follows. It is considered that these parameters are measurable and relevant for the patient."),
          ("table", ["No.", "Clinical benefit", "Outcome parameter", "Acceptance criterion"],
           [(str(i + 1),) + tuple(x) for i, x in enumerate(f["benefits"])], [12, 50, 60, 48]),
          ("h1", "Chapter 4 Benefit-Risk Acceptance Criteria"),
          ("p", "The acceptance criteria were derived from the state of the art described in the literature on comparable "
                "therapies. The safety acceptance criteria are as follows."),
          ("table", ["No.", "Item", "Contents"], [(str(i + 1), a, c) for i, (a, c) in enumerate(f["safety_crit"])], [12, 58, 100]),
          ("p", "It is considered that the benefit-risk ratio is acceptable when all performance and safety acceptance criteria "
                "are met by the pooled clinical data, and when no new risk is identified in the post-market surveillance data."),
          ("h1", "Chapter 5 Methods"),
          ("h2", "5-1 Literature search"),
          ("p", f"The literature search is performed in PubMed/MEDLINE, Embase and the Cochrane Library with the following search terms: "
                f"{f['search']}. The search period is from 2010/01/01 to the date of the search. Publications in English, German and "
                "Japanese are included. In addition, the clinical trial registers (ClinicalTrials.gov, EU CTR) are searched."),
          ("h2", "5-2 Appraisal"),
          ("p", "Each publication is appraised for ① suitability (device, population, indication, etc.) and ② contribution "
                "(design, outcome, follow-up, statistical significance, etc.) according to MEDDEV 2.7/1 rev. 4 Appendix A6. "
                "Data of the subject device and data of other devices are evaluated separately."),
          ("h2", "5-3 Post-market data"),
          ("p", "Complaint data, vigilance data, the MAUDE database and the BfArM and Swissmedic field safety notices are reviewed. "
                "In addition, the data of the PMCF activities are included in each update of the clinical evaluation.")]
    b += [("h1", "Chapter 6 Clinical Development Plan"), ("p", f["dev_plan"]),
          ("h1", "Chapter 7 PMCF"),
          ("p", f"The PMCF is performed according to the PMCF plan {f['codes']['PMCF']}. The objectives are summarised as follows."),
          ("list", f["pmcf"]["objectives"], "circ")]
    _extra(D, "CEP", "7", b)
    b += [("p", f"Prepared by: Regulatory Affairs Department, {f['mfr']}  Date: {f['dates']['CEP']}")]
    return b


def cer(D):
    f = F(D, "CER")
    b = header(f, "CER", "Clinical Evaluation Report")
    b += [("h1", "Chapter 1 General Information"),
          ("h2", "1-1 Scope"),
          ("p", f"This clinical evaluation report (CER) summarises the clinical evaluation of the subject device performed according to "
                f"the clinical evaluation plan {f['codes']['CEP']}. The report covers all models listed in 1-2. "
                "It is considered that the evaluation is complete for the purpose of the conformity assessment under Annex IX of the MDR."),
          ("p", "The evaluators were selected according to Section 6.4 of MEDDEV 2.7/1 rev. 4: ① a medical doctor with "
                "clinical experience in the relevant speciality, ② a regulatory affairs specialist with more than 5 years of experience in "
                "clinical evaluation, etc. The declarations of interest are given in Attached Document 1."),
          ("h2", "1-2 Device identification"), _idtable(f)]
    _extra(D, "CER", "1-2", b)
    b += [("h1", "Chapter 2 Device Description and Intended Purpose"),
          ("h2", "2-1 Device description")]
    b += [("p", p) for p in f["desc"]]
    b += [("h2", "2-2 Technical specifications"),
          ("table", ["No.", "Item", "Contents"], [(str(i + 1), a, c) for i, (a, c) in enumerate(f["tech"])], [12, 58, 100])]
    _extra(D, "CER", "2-2", b)
    b += [("h2", "2-3 Intended purpose"), ("p", f["ip"]),
          ("h2", "2-4 Indications"), ("list", f["ind"], "paren"),
          ("h2", "2-5 Contraindications"), ("list", f["contra"], "paren"),
          ("h2", "2-6 Target population, users and environment"),
          ("p", f"Target population: {f['pop']}"), ("p", f"Intended users: {f['users']}"),
          ("p", f"Use environment: {f['setting']}")]
    _extra(D, "CER", "2-6", b)
    b += [("h1", "Chapter 3 Clinical Data"), ("h2", "3-1 State of the art")]
    b += [("p", p) for p in f["sota"]]
    _extra(D, "CER", "3-1", b)
    b += [("h2", "3-2 Literature Search"),
          ("p", f"The literature search was performed on {f['dates']['search']} according to the clinical evaluation plan. "
                f"Search terms：{f['search']}. In total, {f['hits'][0]} hits were retrieved; after removal of duplicates and screening "
                f"of title and abstract, {f['hits'][1]} full texts were assessed and {f['hits'][2]} publications were included. "
                "The search protocol and the PRISMA flow are shown in Attached Document 3."),
          ("p", "The included publications were appraised according to the criteria of the CEP (suitability: device, intended use, "
                "population, report quality; contribution: design, outcome measures, follow-up, statistical significance, clinical "
                "significance). Publications on other devices were used for the state of the art only, and not as clinical data of the "
                "subject device. The appraisal tables are given in Attached Document 4."),
          ("h2", "3-3 Clinical data of the subject device"),
          ("table", ["No.", "Reference", "Design", "Patients", "Follow-up", "Main results"], f["studies"], [9, 30, 30, 17, 20, 64])]
    b += [("p", p) for p in f["clin"]]
    _extra(D, "CER", "3-3", b)
    b += [("h2", "3-4 Equivalence"), ("p", f.get("equiv") or "Equivalence to another device is not claimed. "
          "The clinical evidence is based on the clinical data of the subject device itself."),
          ("h2", "3-5 Post-market surveillance data"), ("p", f["pms"]),
          ("h1", "Chapter 4 Benefit-Risk Analysis"),
          ("h2", "4-1 Clinical benefits"),
          ("table", ["No.", "Clinical benefit", "Outcome parameter", "Result"],
           [(str(i + 1), x[0], x[1], f["results"][i]) for i, x in enumerate(f["benefits"])], [12, 48, 55, 55])]
    _extra(D, "CER", "4-1", b)
    b += [("h2", "4-2 Residual risks and undesirable side-effects"),
          ("p", "The following residual risks and undesirable side-effects were identified in the risk management file "
                f"{f['codes']['RMF']} and in the clinical data. All of them are described in the IFU."),
          ("list", f["side"], "circ"),
          ("h2", "4-3 Benefit-risk conclusion"), ("p", f["br"])]
    _extra(D, "CER", "4-3", b)
    b += [("h1", "Chapter 5 Post-Market Clinical Follow-up"),
          ("p", f"The PMCF plan {f['codes']['PMCF']} addresses the following open questions: " + "; ".join(f["pmcf"]["objectives"]) + ".")]
    _extra(D, "CER", "5", b)
    b += [("h1", "Chapter 6 Conclusion"), ("p", f["concl"]),
          ("h1", "Attached Documents"),
          ("list", ["Attached Document 1: CV and declaration of interest of the evaluators",
                    "Attached Document 2: Clinical evaluation plan " + f["codes"]["CEP"],
                    "Attached Document 3: Literature search protocol and PRISMA flow",
                    "Attached Document 4: Appraisal tables of the included publications"], "none"),
          ("p", f"Evaluators: {f['evaluators']}  Date: {f['dates']['CER']}")]
    return b


def pmcf(D):
    f = F(D, "PMCF")
    p = f["pmcf"]
    b = header(f, "PMCF", "Post-Market Clinical Follow-up Plan")
    b += [("h1", "Chapter 1 General"),
          ("p", f"This PMCF plan is prepared according to Annex XIV Part B of the MDR and MDCG 2020-7 for the subject device "
                f"{f['trade']} (Basic UDI-DI {f['udi']}, class {f['cls']}). It refers to the CER {f['codes']['CER']}."),
          ("h1", "Chapter 2 Objectives"), ("list", p["objectives"], "circ"),
          ("h1", "Chapter 3 Design"), ("p", p["design"]),
          ("h1", "Chapter 4 Population"), ("p", p["population"]),
          ("h2", "4-1 Inclusion criteria"), ("list", p["incl"], "paren"),
          ("h2", "4-2 Exclusion criteria"), ("list", p["excl"], "paren"),
          ("h1", "Chapter 5 Sample Size"), ("p", p["n"]),
          ("h1", "Chapter 6 Endpoints"),
          ("table", ["No.", "Endpoint", "Contents"], [(str(i + 1), a, c) for i, (a, c) in enumerate(p["endpoints"])], [12, 50, 108]),
          ("h1", "Chapter 7 Timeline"),
          ("table", ["No.", "Item", "Contents"], [(str(i + 1), a, c) for i, (a, c) in enumerate(p["timeline"])], [12, 70, 88]),
          ("h1", "Chapter 8 Evaluation and Reporting"),
          ("p", "The results of the PMCF are evaluated at least annually and are described in the PMCF evaluation report. "
                "In addition, the results are fed back to the CER, the risk management file and, where applicable, the SSCP. "
                "When a new risk or an increased frequency of a known risk is identified, corrective actions are considered.")]
    _extra(D, "PMCF", "8", b)
    b += [("p", f"Prepared by: Regulatory Affairs Department, {f['mfr']}  Date: {f['dates']['PMCF']}")]
    return b


def ifu_en(D):
    f = F(D, "IFU")
    b = [("p", f"{f['codes']['IFU']}   {f['dates']['IFU']}"), ("title", f"Instructions for Use\n{f['trade']}"),
         ("p", f"{f['generic']}. Models: {', '.join(f['models'])}. Basic UDI-DI: {f['udi']}."),
         ("h1", "1. Intended purpose"), ("p", f["ip"]),
         ("h1", "2. Indications"), ("list", f["ind"], "paren"),
         ("h1", "3. Contraindications"), ("list", f["contra"], "paren"),
         ("h1", "4. Target population, users and environment"),
         ("p", f"Target population: {f['pop']}"), ("p", f"Intended users: {f['users']}"), ("p", f"Use environment: {f['setting']}"),
         ("h1", "5. Warnings and precautions")]
    for w in f["warn"]:
        b.append(("box", w[0], w[1]))
    b += [("h1", "6. Possible side-effects"), ("list", f["side"], "circ"),
          ("h1", "7. Technical data"),
          ("table", ["No.", "Item", "Contents"], [(str(i + 1), a, c) for i, (a, c) in enumerate(f["tech"])], [12, 58, 100]),
          ("h1", "8. Instructions"), ("list", f["steps"], "paren")]
    _extra(D, "IFU", "8", b)
    b += [("h1", "9. Storage"), ("p", "Store at room temperature (1 to 30 °C), protected from light and humidity."),
          ("p", "Any serious incident that has occurred in relation to the device should be reported to the manufacturer and the "
                "competent authority of the Member State in which the user and/or patient is established."),
          ("p", f"Manufacturer: {f['mfr']}, {f['addr']}")]
    return b


def ifu_xx(D, lang):
    doc = "IFU-" + lang
    f = F(D, doc)
    t = L10N[lang]
    x = D["langs"][lang] | D.get("ov", {}).get(doc, {})
    b = [("p", f"{f['codes']['IFU']}-{lang.upper()}   {f['dates']['IFU']}"), ("title", f"{t['title']}\n{f['trade']}"),
         ("p", f"{x['generic']}. {', '.join(f['models'])}. Basic UDI-DI: {f['udi']}."),
         ("h1", f"1. {t['ip']}"), ("p", x["ip"]),
         ("h1", f"2. {t['ind']}"), ("list", x["ind"], "paren"),
         ("h1", f"3. {t['contra']}"), ("list", x["contra"], "paren"),
         ("h1", f"4. {t['pop']}"), ("p", x["pop"]),
         ("p", f"{t['users']}: {x['users']}"), ("p", f"{t['setting']}: {x['setting']}"),
         ("h1", "5. " + t["att"].rstrip(" :"))]
    for kind, w in x["warn"]:
        b.append(("box", t["att"] if kind == "A" else t["cau"], w))
    b += [("h1", f"6. {t['side']}"), ("list", x["side"], "circ"),
          ("h1", f"7. {t['tech']}"),
          ("table", [t["no"], t["item"], t["cont"]],
           [(str(i + 1), x["tech"][i], c) for i, (a, c) in enumerate(f["tech"])], [12, 58, 100]),
          ("h1", f"8. {t['steps']}"), ("list", x["steps"], "paren"),
          ("h1", f"9. {t['store']}"), ("p", t["store_t"]), ("p", t["inc"]),
          ("p", f"{t['mfr']}: {f['mfr']}, {f['addr']}")]
    return b


def sscp(D):
    f = F(D, "SSCP")
    b = header(f, "SSCP", "Summary of Safety and Clinical Performance")
    b += [("p", f"This SSCP is intended for healthcare professionals. It is validated by the notified body {f['nb']} and made "
                "available via EUDAMED. The version for patients is issued as a separate document in plain language."),
          ("h1", "1. Device identification and general information"), _idtable(f, with_scope=False),
          ("h1", "2. Intended purpose"), ("p", f["ip"]),
          ("h2", "2-1 Indications and target population"), ("list", f["ind"], "paren"), ("p", f["pop"]),
          ("h2", "2-2 Contraindications"), ("list", f["contra"], "paren"),
          ("h1", "3. Device description"), ("p", f["desc"][0]),
          ("h1", "4. Risks and warnings"),
          ("h2", "4-1 Residual risks and undesirable effects"), ("list", f["sscp_side"] if "sscp_side" in f.D.get("ov", {}).get("SSCP", {}) else f["side"], "circ"),
          ("h2", "4-2 Warnings and precautions"), ("list", [w[1] for w in f["warn"]], "none"),
          ("h1", "5. Summary of clinical evaluation and PMCF"),
          ("table", ["No.", "Reference", "Design", "Patients", "Follow-up", "Main results"], f["studies"], [9, 30, 30, 17, 20, 64]),
          ("p", f["br"]),
          ("p", "The PMCF activities are: " + "; ".join(f["pmcf"]["objectives"]) + "."),
          ("h1", "6. Possible diagnostic or therapeutic alternatives"), ("p", f["alt"]),
          ("h1", "7. Suggested profile and training for users"), ("p", f["users"])]
    _extra(D, "SSCP", "7", b)
    return b


def cear(D):
    f = F(D, "CEAR")
    b = [("p", f"{f['nb']}    CEAR No. {f['codes']['CEAR']}    Date: {f['dates']['CEAR']}"),
         ("title", "Clinical Evaluation Assessment Report (MDCG 2020-13)"),
         ("table", ["Item", "Contents"],
          [("Manufacturer", f["mfr"]), ("Device", f"{f['trade']} ({f['generic']})"), ("Basic UDI-DI", f["udi"]),
           ("Class", f"{f['cls']} ({f['rule']})"), ("Documents assessed", f"CEP {f['codes']['CEP']}, CER {f['codes']['CER']}, "
            f"PMCF plan {f['codes']['PMCF']}, IFU {f['codes']['IFU']}" + (f", SSCP {f['codes']['SSCP']}" if "SSCP" in f["codes"] else "")),
           ("CECP (Art. 54)", f["cear_cecp"]), ("Clinical reviewer", f["reviewer"])], [45, 125]),
         ("h1", "A. Checklist"),
         ("table", ["Req.", "Topic", "Finding", "Status"], f["cear_rows"], [22, 30, 90, 28]),
         ("h1", "B. Overall assessment")]
    b += [("p", p) for p in f["cear_overall"]]
    return b


ROLE = {"CEP": "CEP", "CER": "CER", "PMCF": "PMCF-plan", "IFU": "IFU", "SSCP": "SSCP", "CEAR": "CEAR"}


def fname(D, doc):
    base = doc.split("-")[0]
    code = D["codes"][base].replace(" ", "_").replace(".", "")
    lang = doc.split("-")[1] if "-" in doc else ("en" if base == "IFU" else "")
    suffix = f"_{lang.upper()}" if lang else ""
    return f"{code}{suffix}.{D['fmt'][doc]}"


def documents(D):
    docs = {"CEP": cep(D), "CER": cer(D), "PMCF": pmcf(D), "IFU": ifu_en(D)}
    for lang in D["langs"]:
        docs["IFU-" + lang] = ifu_xx(D, lang)
    if "SSCP" in D["codes"]:
        docs["SSCP"] = sscp(D)
    docs["CEAR"] = cear(D)
    return docs
