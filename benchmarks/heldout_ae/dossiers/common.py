"""Shared document generators for the heldout_ae dossiers (author: Korean manufacturer RA team,
CEAR by a Belgian notified-body reviewer). Each aeNN module supplies a fact dict F; a key
"<role>_<key>" (e.g. "cer_population") overrides F[key] in that document only, and
"<role>_add_<section>" adds blocks to a section."""

T = {
    "en": dict(title="Instructions for Use", desc="Device Description", ip="Intended Purpose",
               ind="Indications", ci="Contraindications", pop="Target Population and Intended User",
               warn="Warnings and Precautions", se="Residual Risks and Possible Side Effects",
               tech="Technical Data", inst="Instructions", store="Storage and Disposal",
               mfr="Manufacturer", item="Item", cont="Contents", users="Intended user",
               env="Use environment"),
    "hu": dict(title="Használati útmutató", desc="Az eszköz leírása", ip="Rendeltetési cél",
               ind="Javallatok", ci="Ellenjavallatok", pop="Célpopuláció és felhasználók",
               warn="Figyelmeztetések és óvintézkedések", se="Fennmaradó kockázatok és lehetséges mellékhatások",
               tech="Műszaki adatok", inst="Használati utasítás", store="Tárolás és ártalmatlanítás",
               mfr="Gyártó", item="Tétel", cont="Tartalom", users="Felhasználó", env="Felhasználási környezet"),
    "ro": dict(title="Instrucțiuni de utilizare", desc="Descrierea dispozitivului", ip="Scopul propus",
               ind="Indicații", ci="Contraindicații", pop="Populația țintă și utilizatorii",
               warn="Avertismente și precauții", se="Riscuri reziduale și posibile efecte secundare",
               tech="Date tehnice", inst="Mod de utilizare", store="Depozitare și eliminare",
               mfr="Producător", item="Element", cont="Conținut", users="Utilizator", env="Mediul de utilizare"),
    "el": dict(title="Οδηγίες χρήσης", desc="Περιγραφή του προϊόντος", ip="Προβλεπόμενος σκοπός",
               ind="Ενδείξεις", ci="Αντενδείξεις", pop="Πληθυσμός-στόχος και χρήστες",
               warn="Προειδοποιήσεις και προφυλάξεις", se="Υπολειπόμενοι κίνδυνοι και πιθανές παρενέργειες",
               tech="Τεχνικά χαρακτηριστικά", inst="Οδηγίες", store="Φύλαξη και απόρριψη",
               mfr="Κατασκευαστής", item="Στοιχείο", cont="Περιεχόμενο", users="Χρήστης", env="Περιβάλλον χρήσης"),
    "pt": dict(title="Instruções de utilização", desc="Descrição do dispositivo", ip="Finalidade prevista",
               ind="Indicações", ci="Contraindicações", pop="População-alvo e utilizadores",
               warn="Advertências e precauções", se="Riscos residuais e possíveis efeitos secundários",
               tech="Dados técnicos", inst="Instruções", store="Armazenamento e eliminação",
               mfr="Fabricante", item="Item", cont="Conteúdo", users="Utilizador", env="Ambiente de utilização"),
    "de": dict(title="Gebrauchsanweisung", desc="Produktbeschreibung", ip="Zweckbestimmung",
               ind="Indikationen", ci="Kontraindikationen", pop="Patientenzielgruppe und Anwender",
               warn="Warnhinweise und Vorsichtsmaßnahmen", se="Restrisiken und mögliche Nebenwirkungen",
               tech="Technische Daten", inst="Anwendung", store="Lagerung und Entsorgung",
               mfr="Hersteller", item="Merkmal", cont="Angabe", users="Anwender", env="Anwendungsumgebung"),
    "sk": dict(title="Návod na použitie", desc="Opis pomôcky", ip="Určený účel",
               ind="Indikácie", ci="Kontraindikácie", pop="Cieľová populácia a používatelia",
               warn="Varovania a bezpečnostné opatrenia", se="Zvyškové riziká a možné vedľajšie účinky",
               tech="Technické údaje", inst="Pokyny na použitie", store="Skladovanie a likvidácia",
               mfr="Výrobca", item="Položka", cont="Obsah", users="Používateľ", env="Prostredie použitia"),
    "hr": dict(title="Upute za uporabu", desc="Opis proizvoda", ip="Namjena",
               ind="Indikacije", ci="Kontraindikacije", pop="Ciljna populacija i korisnici",
               warn="Upozorenja i mjere opreza", se="Preostali rizici i moguće nuspojave",
               tech="Tehnički podaci", inst="Upute", store="Skladištenje i zbrinjavanje",
               mfr="Proizvođač", item="Stavka", cont="Sadržaj", users="Korisnik", env="Okruženje uporabe"),
}


def g(F, role, key, default=None):
    k = role.lower().replace("-", "") + "_" + key
    if k in F:
        return F[k]
    return F.get(key, default)


def add(F, role, section):
    return F.get(role.lower().replace("-", "") + "_add_" + section, [])


def num(items, style="1)"):
    if style == "1)":
        return [f"{i}) {t}" for i, t in enumerate(items, 1)]
    return [f"({i}) {t}" for i, t in enumerate(items, 1)]


def doc_of(F, role, lang="en"):
    for d in F["docs"]:
        if d[0] == role and d[1] == lang:
            return d
    return None


def code(F, role, lang="en"):
    d = doc_of(F, role, lang)
    return d[3] if d else ""


def scope_text(F, role):
    t = g(F, role, "scope")
    if t:
        return t
    if F["cecp"]:
        return (f"The subject device is class {F['cls']} implantable device. Therefore the clinical evaluation "
                f"consultation procedure (CECP) according to Article 54(1)(a) of MDR 2017/745 is applicable. "
                f"No exemption of Article 54(2) is applicable because the subject device is new device of the manufacturer.")
    return (f"The subject device is class {F['cls']} device ({F['rule']}). {F['cecp_reason']} "
            f"Therefore the clinical evaluation consultation procedure (CECP) according to Article 54 of MDR 2017/745 is not applicable.")


def gen_table(F, role):
    return [("1", "Device name", f"{g(F, role, 'trade')}"),
            ("2", "Manufacturer", f"{F['mfr']}, {F['addr']}"),
            ("3", "SRN", F["srn"]),
            ("4", "Basic UDI-DI", f"{g(F, role, 'basic_udi')} ({g(F, role, 'trade')} system)"),
            ("5", "Classification", f"Class {F['cls']} ({F['rule']} of Annex VIII)"),
            ("6", "Notified body", f"{F['nb']} (NB {F['nbno']})")]


# ---------------------------------------------------------------- CEP
def cep(F):
    R = "CEP"
    b = [("title", f"Clinical Evaluation Plan (CEP)\n{g(F, R, 'trade')}"),
         ("table", None, [("Document No.", code(F, R)), ("Revision", F["cep_rev"]), ("Date", F["cep_date"]),
                          ("Prepared by", F["ra_person"]), ("Approved by", F["qa_person"])], True),
         ("h1", "1. General Information"),
         ("table", ["No.", "Item", "Contents"], gen_table(F, R), True),
         ("p", "This clinical evaluation plan (CEP) is prepared according to Annex XIV Part A of MDR 2017/745 and "
               "MEDDEV 2.7/1 Rev.4. It defines the scope and the methods of the clinical evaluation of the subject device."),
         ("h1", "2. Device Description"),
         ("p", g(F, R, "description")[0]),
         ("h1", "3. Intended Purpose and Target Groups"),
         ("h2", "3.1 Intended Purpose"),
         ("p", g(F, R, "intended_purpose")),
         ("h2", "3.2 Indications"),
         ("ul", num(g(F, R, "indications"))),
         ("h2", "3.3 Contraindications"),
         ("ul", num(g(F, R, "contraindications"))),
         ("h2", "3.4 Target Population"),
         ("p", g(F, R, "population")),
         ("h2", "3.5 Intended User and Use Environment"),
         ("p", g(F, R, "users") + " " + g(F, R, "setting")),
         ] + add(F, R, "ip") + [
         ("h1", "4. Clinical Benefits and Outcome Parameters"),
         ("p", "The clinical benefits of the subject device and the outcome parameters to demonstrate them are defined as below. "
               "The acceptance criteria are derived from the state of the art (Section 5)."),
         ("table", ["No.", "Clinical benefit / safety parameter", "Outcome parameter and acceptance criteria"],
          [(str(i), a, f"{p}: {c}") for i, (a, p, c) in enumerate(g(F, R, "benefits") + g(F, R, "safety"), 1)], True),
         ("h1", "5. State of the Art and Benefit-Risk Acceptance Criteria"),
         ("p", g(F, R, "sota")[0]),
         ("p", "It is confirmed that the benefit-risk is acceptable in case all acceptance criteria of Section 4 are met "
               "and no new risk is identified compared with the alternative treatment options."),
         ("h1", "6. Clinical Evaluation Method"),
         ("h2", "6.1 Literature Search"),
         ("table", ["No.", "Item", "Contents"],
          [("1", "Databases", "PubMed (MEDLINE), Embase, Cochrane Library"),
           ("2", "Search period", g(F, R, "search_period")),
           ("3", "Search terms", g(F, R, "search_terms")),
           ("4", "Language", "English, Korean"),
           ("5", "Search date", g(F, R, "search_date"))], True),
         ("p", "The appraisal of each publication is performed according to the criteria of MEDDEV 2.7/1 Rev.4 Appendix A6 "
               "(suitability and data contribution). Publications with other devices are used for state of the art only."),
         ("h2", "6.2 Other Clinical Data"),
         ("p", g(F, R, "cep_other_data", "Post-market surveillance (PMS) data of the subject device and PMCF data are "
               "also evaluated. In case of new clinical data the CER is updated.")),
         ] + add(F, R, "method") + [
         ("h1", "7. Clinical Development Plan"),
         ("p", g(F, R, "cdp")),
         ("h1", "8. Update of the Clinical Evaluation"),
         ("p", f"The clinical evaluation is updated {F['update_freq']} or in case of new safety information from PMS and PMCF."),
         ]
    return b


# ---------------------------------------------------------------- CER
def cer(F):
    R = "CER"
    studies = g(F, R, "studies")
    b = [("title", f"Clinical Evaluation Report (CER)\n{g(F, R, 'trade')}"),
         ("table", None, [("Document No.", code(F, R)), ("Revision", F["cer_rev"]), ("Date", F["cer_date"]),
                          ("Related CEP", f"{code(F, 'CEP')} Rev. {F['cep_rev']}"),
                          ("Prepared by", F["evaluator"]), ("Approved by", F["qa_person"])], True),
         ("h1", "1. General Information"),
         ("h2", "1.1 Device and Manufacturer"),
         ("table", ["No.", "Item", "Contents"], gen_table(F, R), True),
         ("h2", "1.2 Regulatory Status and Scope"),
         ("p", scope_text(F, R)),
         ("p", g(F, R, "reg_history")),
         ("h2", "1.3 Clinical Evaluation Team"),
         ("p", f"The clinical evaluation is performed by {F['evaluator']}. The CV and the declaration of interest of the evaluator "
               "are kept in the technical documentation. It is confirmed that the evaluator has no conflict of interest."),
         ("h1", "2. Device Description"),
         ] + [("p", p) for p in g(F, R, "description")] + [
         ("table", ["No.", "Item", "Contents"], [(str(i), a, c) for i, (a, c) in enumerate(g(F, R, "components"), 1)], True),
         ("p", "The models of the subject device are as below."),
         ("table", g(F, R, "models")[0], g(F, R, "models")[1], True),
         ] + add(F, R, "desc") + [
         ("h1", "3. Intended Purpose"),
         ("h2", "3.1 Intended Purpose"),
         ("p", g(F, R, "intended_purpose")),
         ("h2", "3.2 Indications"),
         ("ul", num(g(F, R, "indications"))),
         ("h2", "3.3 Contraindications"),
         ("ul", num(g(F, R, "contraindications"))),
         ("h2", "3.4 Target Population"),
         ("p", g(F, R, "population")),
         ("h2", "3.5 Intended User and Use Environment"),
         ("p", g(F, R, "users") + " " + g(F, R, "setting")),
         ] + add(F, R, "ip") + [
         ("h1", "4. State of the Art"),
         ] + [("p", p) for p in g(F, R, "sota")] + [
         ("table", ["Parameter", "State of the art", "Source"], g(F, R, "sota_rows"), True),
         ("h1", "5. Clinical Data Analysis"),
         ("h2", "5.1 Literature Data"),
         ("p", f"The literature search is performed on {g(F, R, 'search_date')} according to the CEP. "
               f"{g(F, R, 'search_result')}"),
         ("table", ["No.", "Reference", "Design", "N", "Population", "Follow-up", "Main results"],
          [(str(i), s["ref"], s["design"], s["n"], s["pop"], s["fu"], s["res"]) for i, s in enumerate(studies, 1)], True),
         ] + [("p", p) for p in g(F, R, "study_prose")] + add(F, R, "lit") + [
         ("h2", "5.2 Equivalence"),
         ("p", g(F, R, "equivalence")),
         ("h2", "5.3 Post-Market Surveillance Data"),
         ("p", g(F, R, "pms")),
         ] + add(F, R, "pms") + [
         ("h2", "5.4 Clinical Performance and Benefit"),
         ("p", "The results of the clinical data are compared with the acceptance criteria of the CEP as below."),
         ("table", ["No.", "Outcome parameter", "Acceptance criteria", "Result", "Met"],
          [(str(i), p, c, r, "Yes") for i, (p, c, r) in enumerate(g(F, R, "perf"), 1)], True),
         ("h2", "5.5 Clinical Safety"),
         ("p", "The residual risks and the side effects identified from the clinical data and the risk management "
               f"file ({F['rmf']}) are as below."),
         ("table", ["No.", "Residual risk / side effect", "Rate in clinical data"],
          [(str(i), a, c) for i, (a, c) in enumerate(g(F, R, "risks"), 1)], True),
         ] + add(F, R, "safety") + [
         ("h1", "6. Benefit-Risk Analysis"),
         ] + [("p", p) for p in g(F, R, "br")] + [
         ("h1", "7. Post-Market Clinical Follow-up (PMCF)"),
         ("p", f"The PMCF is performed according to the PMCF plan {code(F, 'PMCF-plan')} Rev. {F['pmcf_rev']}. "
               + g(F, R, "pmcf_summary")),
         ("h1", "8. Conclusion"),
         ("p", g(F, R, "conclusion")),
         ("h1", "9. References"),
         ("ul", num([s["full"] for s in studies] + g(F, R, "sota_refs"))),
         ("h1", "10. Approval"),
         ("table", ["Role", "Name", "Date"], [("Evaluator", F["evaluator"], F["cer_date"]),
                                               ("Approval (QA/RA)", F["qa_person"], F["cer_date"])], True),
         ]
    return b


# ---------------------------------------------------------------- PMCF plan
def pmcf(F):
    R = "PMCF-plan"
    P = g(F, R, "pmcf")
    b = [("title", f"Post-Market Clinical Follow-up (PMCF) Plan\n{g(F, R, 'trade')}"),
         ("table", None, [("Document No.", code(F, R)), ("Revision", F["pmcf_rev"]), ("Date", F["pmcf_date"]),
                          ("Related CER", f"{code(F, 'CER')} Rev. {F['cer_rev']}")], True),
         ("h1", "1. General Information"),
         ("table", ["No.", "Item", "Contents"], gen_table(F, R), True),
         ("p", "This PMCF plan is prepared according to Annex XIV Part B of MDR 2017/745 and MDCG 2020-7."),
         ("h1", "2. Intended Purpose"),
         ("p", g(F, R, "intended_purpose")),
         ("h1", "3. PMCF Objectives"),
         ("ul", num(P["objectives"])),
         ("h1", "4. PMCF Method"),
         ("h2", "4.1 General Methods"),
         ("p", "The general PMCF methods are the collection of complaints, vigilance data and the screening of scientific "
               "literature every year."),
         ("h2", "4.2 Specific Method"),
         ("p", P["design"]),
         ("h2", "4.3 Study Population"),
         ("p", P["population"]),
         ("h2", "4.4 Sample Size"),
         ("p", P["sample"]),
         ("h2", "4.5 Endpoints"),
         ("table", ["No.", "Endpoint", "Time point"], [(str(i), a, c) for i, (a, c) in enumerate(P["endpoints"], 1)], True),
         ("h1", "5. Timeline"),
         ("table", ["No.", "Item", "Contents"], [(str(i), a, c) for i, (a, c) in enumerate(P["timeline"], 1)], True),
         ("h1", "6. Evaluation and Reporting"),
         ("p", "The results of the PMCF are reported in the PMCF evaluation report and used to update the CER, the risk "
               f"management file ({F['rmf']})" + (" and the SSCP." if F["sscp"] else ".")),
         ]
    return b


# ---------------------------------------------------------------- IFU
def ifu(F, lang):
    R = "IFU"
    t = T[lang]
    if lang == "en":
        C = dict(trade=g(F, R, "trade"), desc=g(F, R, "ifu_desc"), ip=g(F, R, "intended_purpose"),
                 ind=g(F, R, "indications"), ci=g(F, R, "contraindications"), pop=g(F, R, "population"),
                 users=g(F, R, "users"), env=g(F, R, "setting"), warn=F["ifu"]["warnings"],
                 se=[a for a, _ in g(F, R, "ifu_side_effects", [])] or [a for a, _ in F["risks"]],
                 tech=F["ifu"]["tech"], steps=F["ifu"]["steps"], store=F["ifu"]["store"])
    else:
        C = dict(F["tr"][lang])
        C["trade"] = g(F, R, "trade")
    ruled = F["ifu"].get("tech_ruled", True)
    b = [("title", f"{C['trade']}\n{t['title']}"),
         ("p", f"{t['mfr']}: {F['mfr']}, {F['addr']}"),
         ("p", f"Basic UDI-DI: {g(F, R, 'basic_udi')}    {code(F, R, lang)}"),
         ("h1", f"1. {t['desc']}"), ("p", C["desc"]),
         ("h1", f"2. {t['ip']}"), ("p", C["ip"]),
         ("h1", f"3. {t['ind']}"), ("ul", num(C["ind"])),
         ("h1", f"4. {t['ci']}"), ("ul", num(C["ci"])),
         ("h1", f"5. {t['pop']}"), ("p", C["pop"]),
         ("p", f"{t['users']}: {C['users']}"), ("p", f"{t['env']}: {C['env']}"),
         ("h1", f"6. {t['warn']}"), ("ul", num(C["warn"])),
         ("h1", f"7. {t['se']}"), ("ul", num(C["se"])),
         ("h1", f"8. {t['tech']}"),
         ("table", [t["item"], t["cont"]] if ruled else None, C["tech"], ruled),
         ("h1", f"9. {t['inst']}"), ("ul", num(C["steps"], "(1)")),
         ("h1", f"10. {t['store']}"), ("p", C["store"]),
         ]
    return b


# ---------------------------------------------------------------- SSCP
def sscp(F):
    R = "SSCP"
    b = [("title", f"Summary of Safety and Clinical Performance (SSCP)\n{g(F, R, 'trade')}"),
         ("table", None, [("Document No.", code(F, R)), ("Revision", F["sscp_rev"]), ("Date", F["cer_date"]),
                          ("Validated by", f"{F['nb']} (NB {F['nbno']})")], True),
         ("p", "This SSCP is intended to provide public access to an updated summary of the main aspects of the safety and "
               "clinical performance of the subject device. The SSCP is not intended to replace the IFU."),
         ("h1", "Part A. Summary for Users / Healthcare Professionals"),
         ("h2", "1. Device Identification and General Information"),
         ("table", ["No.", "Item", "Contents"], gen_table(F, R), True),
         ("h2", "2. Intended Use of the Device"),
         ("p", g(F, R, "intended_purpose")),
         ("p", "Indications: " + " ".join(num(g(F, R, "indications")))),
         ("p", "Contraindications: " + " ".join(num(g(F, R, "contraindications")))),
         ("p", "Target population: " + g(F, R, "population")),
         ("h2", "3. Device Description"),
         ("p", g(F, R, "description")[0]),
         ("h2", "4. Risks and Warnings"),
         ("p", "The residual risks and undesirable side-effects of the subject device are as below."),
         ("table", ["No.", "Residual risk / side effect", "Rate"],
          [(str(i), a, c) for i, (a, c) in enumerate(g(F, R, "risks"), 1)], True),
         ("p", "Main warnings: " + " ".join(num(F["ifu"]["warnings"][:3]))),
         ("h2", "5. Summary of Clinical Evaluation and PMCF"),
         ("p", g(F, R, "sscp_clin")),
         ("h2", "6. Possible Diagnostic or Therapeutic Alternatives"),
         ("p", g(F, R, "alternatives")),
         ("h2", "7. Suggested Profile and Training for Users"),
         ("p", g(F, R, "users")),
         ("h2", "8. Harmonised Standards and Common Specifications"),
         ("p", g(F, R, "standards")),
         ("h1", "Part B. Summary for Patients"),
         ("p", g(F, R, "sscp_patient")),
         ]
    return b


# ---------------------------------------------------------------- CEAR
def cear(F):
    R = "CEAR"
    A = F["cear"]
    if F["cecp"]:
        sc = g(F, R, "cear_scope", "The device is a class III implantable device. The clinical evaluation consultation procedure "
              "(CECP) of Article 54(1) is applicable and none of the exemptions of Article 54(2) applies; this CEAR is "
              "transmitted with the CER, the CEP and the PMCF documentation to the expert panel via EUDAMED.")
    else:
        sc = g(F, R, "cear_scope", f"The device is a class {F['cls']} device. {A['noscope']} The clinical evaluation "
              "consultation procedure (CECP) of Article 54 is therefore not applicable.")
    docs = [(f"{d[0]} ({d[1].upper()})" if d[0] == "IFU" else d[0], d[3],
             F["cep_rev"] if d[0] == "CEP" else F["cer_rev"] if d[0] == "CER" else F["pmcf_rev"] if d[0] == "PMCF-plan"
             else F["sscp_rev"] if d[0] == "SSCP" else F["ifu_rev"]) for d in F["docs"] if d[0] != "CEAR"]
    b = [("title", "Clinical Evaluation Assessment Report (CEAR)"),
         ("table", None, [("Notified body", f"{F['nb']}, {F['nb_addr']} (NB {F['nbno']})"),
                          ("Reference", code(F, R)), ("Assessor", A["reviewer"]), ("Date", A["date"]),
                          ("Manufacturer", F["mfr"]), ("Device", f"{g(F, R, 'trade')} — {F['desc_short']}"),
                          ("Basic UDI-DI", f"{g(F, R, 'basic_udi')} ({g(F, R, 'trade')} system)")], True),
         ("h1", "1. Scope of the assessment"),
         ("p", f"This report documents the assessment by the notified body of the clinical evaluation of the manufacturer "
               f"in the frame of the conformity assessment according to Annex IX of Regulation (EU) 2017/745, following the "
               f"structure of MDCG 2020-13. {sc}"),
         ("p", "Documents reviewed:"),
         ("table", ["Document", "Reference", "Rev."], docs, True),
         ("h1", "2. Device description and intended purpose"),
         ("p", A["desc"]),
         ("p", "Intended purpose as stated by the manufacturer: « " + g(F, R, "intended_purpose") + " »"),
         ("p", A["population"]),
         ("h1", "3. Remarks"),
         ("ul", [f"R-{i}: {r}" for i, r in enumerate(A["remarks"], 1)]),
         ("h1", "4. Non-conformities (NC)"),
         ] + ([("ul", A["ncs"])] if A["ncs"] else [("p", "No non-conformity was raised during this assessment.")]) + [
         ("h1", "5. Conclusion of the assessor"),
         ("p", A["conclusion"]),
         ("p", f"{A['reviewer']}, clinical assessor — {A['date']}"),
         ]
    return b


GEN = {"CEP": cep, "CER": cer, "PMCF-plan": pmcf, "SSCP": sscp, "CEAR": cear}


def make_docs(spec, revs):
    """spec: list of (role, lang, fmt, docno, title_part). Filenames like a document system."""
    out = []
    for role, lang, fmt, docno, part in spec:
        rev = revs[role]
        suffix = f"_{lang.upper()}" if role == "IFU" else ""
        out.append((role, lang, fmt, docno, f"{docno}{suffix}_Rev.{rev}_{part}.{fmt}"))
    return out


def build_docs(F):
    out = []
    for role, lang, fmt, docno, fname in F["docs"]:
        blocks = ifu(F, lang) if role == "IFU" else GEN[role](F)
        out.append((fname, role, lang, fmt, blocks))
    return out


NB_BE = dict(nb="Belmedis Certification SA", nbno="2913",
             nb_addr="Avenue Louise 231, 1050 Bruxelles, Belgium")
