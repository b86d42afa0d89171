"""Document skeletons in the AL voice: Korean manufacturers writing Korean-English EU documents,
an Italian notified-body reviewer writing the CEAR. Every value is read through g(), so a dossier
can override one field for one document (that is how defects are planted)."""

AR = "EuroKor MedReg B.V., Kastanjelaan 41, 5616 LZ Eindhoven, The Netherlands"

H = {  # IFU headings per language
 "en": ["Instructions for use", "Product name", "Model name", "Purpose of use", "Indications", "Contraindications",
        "Target patient", "User and use environment", "Performance", "Method of use", "Precautions for use", "Warning",
        "Caution", "General precautions", "Storage and handling method", "Adverse reactions (side effects)",
        "Technical data", "Manufacturer", "EU authorised representative"],
 "it": ["Istruzioni per l'uso", "Nome del prodotto", "Nome del modello", "Scopo d'uso", "Indicazioni", "Controindicazioni",
        "Pazienti destinatari", "Utilizzatori e ambiente d'uso", "Prestazioni", "Metodo d'uso", "Precauzioni d'uso",
        "Avvertenza", "Attenzione", "Precauzioni generali", "Metodo di conservazione e manipolazione",
        "Reazioni avverse (effetti collaterali)", "Dati tecnici", "Fabbricante", "Mandatario UE"],
 "es": ["Instrucciones de uso", "Nombre del producto", "Nombre del modelo", "Finalidad de uso", "Indicaciones",
        "Contraindicaciones", "Pacientes destinatarios", "Usuarios y entorno de uso", "Rendimiento", "Método de uso",
        "Precauciones de uso", "Advertencia", "Precaución", "Precauciones generales",
        "Método de almacenamiento y manipulación", "Reacciones adversas (efectos secundarios)", "Datos técnicos",
        "Fabricante", "Representante autorizado en la UE"],
 "pt": ["Instruções de utilização", "Nome do produto", "Nome do modelo", "Finalidade de utilização", "Indicações",
        "Contraindicações", "Doentes-alvo", "Utilizadores e ambiente de utilização", "Desempenho",
        "Método de utilização", "Precauções de utilização", "Advertência", "Cuidado", "Precauções gerais",
        "Método de armazenamento e manuseamento", "Reações adversas (efeitos secundários)", "Dados técnicos",
        "Fabricante", "Mandatário na UE"],
 "ro": ["Instrucțiuni de utilizare", "Denumirea produsului", "Denumirea modelului", "Scopul utilizării", "Indicații",
        "Contraindicații", "Pacienți vizați", "Utilizatori și mediu de utilizare", "Performanță", "Metoda de utilizare",
        "Precauții de utilizare", "Avertisment", "Atenție", "Precauții generale", "Metoda de depozitare și manipulare",
        "Reacții adverse (efecte secundare)", "Date tehnice", "Producător", "Reprezentant autorizat în UE"],
 "hu": ["Használati útmutató", "Termék neve", "Modell neve", "Felhasználási cél", "Javallatok", "Ellenjavallatok",
        "Célzott betegcsoport", "Felhasználók és felhasználási környezet", "Teljesítmény", "Használati módszer",
        "Használati óvintézkedések", "Figyelmeztetés", "Vigyázat", "Általános óvintézkedések",
        "Tárolási és kezelési mód", "Mellékhatások", "Műszaki adatok", "Gyártó", "Meghatalmazott képviselő az EU-ban"],
 "pl": ["Instrukcja używania", "Nazwa produktu", "Nazwa modelu", "Przeznaczenie", "Wskazania", "Przeciwwskazania",
        "Docelowa grupa pacjentów", "Użytkownicy i środowisko użytkowania", "Działanie", "Sposób użycia",
        "Środki ostrożności", "Ostrzeżenie", "Uwaga", "Ogólne środki ostrożności", "Sposób przechowywania i obsługi",
        "Działania niepożądane", "Dane techniczne", "Producent", "Upoważniony przedstawiciel w UE"],
 "cs": ["Návod k použití", "Název výrobku", "Název modelu", "Účel použití", "Indikace", "Kontraindikace",
        "Cílová skupina pacientů", "Uživatelé a prostředí použití", "Funkční vlastnosti", "Způsob použití",
        "Bezpečnostní opatření", "Varování", "Upozornění", "Obecná opatření", "Způsob skladování a zacházení",
        "Nežádoucí účinky", "Technické údaje", "Výrobce", "Zplnomocněný zástupce v EU"],
 "sk": ["Návod na použitie", "Názov výrobku", "Názov modelu", "Účel použitia", "Indikácie", "Kontraindikácie",
        "Cieľová skupina pacientov", "Používatelia a prostredie použitia", "Funkčné vlastnosti", "Spôsob použitia",
        "Bezpečnostné opatrenia", "Varovanie", "Upozornenie", "Všeobecné opatrenia", "Spôsob skladovania a manipulácie",
        "Nežiaduce účinky", "Technické údaje", "Výrobca", "Splnomocnený zástupca v EÚ"],
 "bg": ["Инструкции за употреба", "Наименование на продукта", "Наименование на модела", "Предназначение",
        "Показания", "Противопоказания", "Целева група пациенти", "Потребители и среда на употреба", "Действие",
        "Начин на употреба", "Предпазни мерки", "Предупреждение", "Внимание", "Общи предпазни мерки",
        "Съхранение и боравене", "Нежелани реакции (странични ефекти)", "Технически данни", "Производител",
        "Упълномощен представител в ЕС"],
 "hr": ["Upute za uporabu", "Naziv proizvoda", "Naziv modela", "Namjena", "Indikacije", "Kontraindikacije",
        "Ciljna skupina pacijenata", "Korisnici i okruženje uporabe", "Učinkovitost", "Način uporabe", "Mjere opreza",
        "Upozorenje", "Oprez", "Opće mjere opreza", "Čuvanje i rukovanje", "Nuspojave", "Tehnički podaci",
        "Proizvođač", "Ovlašteni zastupnik u EU"],
 "sl": ["Navodila za uporabo", "Ime izdelka", "Ime modela", "Namen uporabe", "Indikacije", "Kontraindikacije",
        "Ciljna skupina bolnikov", "Uporabniki in okolje uporabe", "Delovanje", "Način uporabe",
        "Previdnostni ukrepi", "Opozorilo", "Pozor", "Splošni previdnostni ukrepi", "Shranjevanje in ravnanje",
        "Neželeni učinki", "Tehnični podatki", "Proizvajalec", "Pooblaščeni predstavnik v EU"],
 "mt": ["Struzzjonijiet għall-użu", "Isem tal-prodott", "Isem tal-mudell", "Skop tal-użu", "Indikazzjonijiet",
        "Kontraindikazzjonijiet", "Pazjenti fil-mira", "Utenti u ambjent tal-użu", "Prestazzjoni", "Metodu tal-użu",
        "Prekawzjonijiet għall-użu", "Twissija", "Attenzjoni", "Prekawzjonijiet ġenerali",
        "Metodu ta' ħażna u maniġġar", "Reazzjonijiet avversi (effetti sekondarji)", "Data teknika", "Manifattur",
        "Rappreżentant awtorizzat fl-UE"],
}


def g(d, role, key):
    """Field `key` as document `role` states it (role-specific override first)."""
    ov = d.get("ov", {})
    for r in (role, role.split("_")[0]):
        if key in ov.get(r, {}):
            return ov[r][key]
    return d[key]


def extra(d, role, sec):
    return [("p", t) for t in d.get("extra", {}).get((role, sec), [])]


def bullets(items, mark="-"):
    return [("p", f"{mark} {x}") for x in items]


def info_table(d, role, doc_code):
    return ("table", [
        ["Product name", (g(d, role, "name"), 2)],
        ["Model name", (g(d, role, "model"), 2)],
        ["Basic UDI-DI", (g(d, role, "udi"), 2)],
        ["Classification", g(d, role, "cls"), g(d, role, "rule")],
        ["Manufacturer", (f"{d['company']}, {d['addr']}", 2)],
        ["EU AR", (AR, 2)],
        ["Document No.", doc_code, d["date"]],
    ], True)


def cep(d, code):
    r = "CEP"
    b = [("title", "Clinical Evaluation Plan"), ("p", f"{code}  /  Date: {d['date']}"), info_table(d, r, code),
         ("h1", "1. Purpose of use"), ("p", g(d, r, "purpose"))] + extra(d, r, 1) + [
         ("h1", "2. Target group, indications and contraindications"), ("h2", "1) Target patient"),
         ("p", g(d, r, "population")), ("h2", "2) Indications")] + bullets(g(d, r, "indications")) + [
         ("h2", "3) Contraindications")] + bullets(g(d, r, "contra")) + [
         ("h2", "4) User and use environment"), ("p", g(d, r, "users"))] + extra(d, r, 2) + [
         ("h1", "3. Clinical benefit and outcome parameter"),
         ("table", [["No.", "Clinical benefit", "Outcome parameter"]] +
          [[str(i + 1), a, o] for i, (a, o) in enumerate(g(d, r, "benefits"))], True),
         ("h1", "4. Acceptance criteria of benefit-risk")] + bullets(g(d, r, "acceptance")) + extra(d, r, 4) + [
         ("break",), ("h1", "5. Clinical development plan"), ("p", g(d, r, "cdp")),
         ("h1", "6. Literature search protocol"),
         ("p", f"Databases: PubMed/MEDLINE, Embase, Cochrane Library. Period: 2010.01.01 ~ {d['date']}. "
               f"Search terms: {g(d, r, 'search')}. Languages: English, Korean."),
         ("p", "Appraisal is done by the method of MEDDEV 2.7/1 rev.4 Annex D (suitability and contribution, "
               "weighting D1~D3 and C1~C3).")] + extra(d, r, 6) + [
         ("p", f"Prepared by: {d['author']} (Clinical affairs, {d['company']})  {d['date']}")]
    return b


def cer(d, code):
    r = "CER"
    studies = [["Study", "Design", "N", "Follow-up", "Main result"]] + [list(s) for s in g(d, r, "studies")]
    b = [("title", "Clinical Evaluation Report"), ("p", f"{code}  /  Date: {d['date']}"), info_table(d, r, code),
         ("h1", "1. Scope of clinical evaluation"),
         ("p", f"This report is the clinical evaluation of {g(d, r, 'name')} ({g(d, r, 'model')}) "
               f"according to MDR (EU) 2017/745 Article 61 and Annex XIV Part A. It follows the plan {d['cep_code']}.")] + extra(d, r, 1) + [
         ("h1", "2. Device description"), ("h2", "1) General description"), ("p", g(d, r, "principle")),
         ("h2", "2) Technical data"), ("table", [["Item", "Specification"]] + [list(x) for x in g(d, r, "tech")], True),
         ("h2", "3) Purpose of use"), ("p", g(d, r, "purpose")), ("h2", "4) Indications")] + bullets(g(d, r, "indications")) + [
         ("h2", "5) Contraindications")] + bullets(g(d, r, "contra")) + [
         ("h2", "6) Target patient"), ("p", g(d, r, "population")),
         ("h2", "7) User and use environment"), ("p", g(d, r, "users"))] + extra(d, r, 2) + [
         ("h1", "3. Regulatory status and consultation procedure"), ("p", g(d, r, "reg_status")),
         ("p", g(d, r, "cecp_mfr"))] + extra(d, r, 3) + [
         ("break",), ("h1", "4. State of the art")] + [("p", t) for t in g(d, r, "sota")] + extra(d, r, 4) + [
         ("h1", "5. Literature search and appraisal"),
         ("p", f"Search terms: {g(d, r, 'search')}. {g(d, r, 'lit')}")] + extra(d, r, 5) + [
         ("break",), ("h1", "6. Clinical data of the device"),
         ("table", studies, True)] + [("p", t) for t in g(d, r, "data_text")] + extra(d, r, 6) + [
         ("h1", "7. Clinical performance and clinical benefit"),
         ("table", [["Clinical benefit", "Outcome parameter", "Result"]] + [list(x) for x in g(d, r, "benefit_results")], True)
         ] + extra(d, r, 7) + [
         ("break",), ("h1", "8. Clinical safety"), ("p", g(d, r, "safety")), ("h2", "Residual risks")] + bullets(g(d, r, "residual")) + extra(d, r, 8) + [
         ("h1", "9. PMS and PMCF"), ("p", f"PMCF plan {d['pmcf_code']} is applied. {g(d, r, 'pmcf_summary')}")] + extra(d, r, 9) + [
         ("h1", "10. Conclusion"), ("p", g(d, r, "conclusion"))] + extra(d, r, 10) + [
         ("table", [["Role", "Name", "Date"], ["Prepared by", d["author"], d["date"]],
                    ["Reviewed by", d["reviewer_mfr"], d["date"]], ["Approved by", d["approver"], d["date"]]], False)]
    return b


def pmcf(d, code):
    r = "PMCF"
    p = g(d, r, "pmcf")
    b = [("title", "PMCF Plan"), ("p", f"{code}  /  Date: {d['date']}"), info_table(d, r, code),
         ("h1", "1. Purpose of use of the device"), ("p", g(d, r, "purpose")),
         ("h1", "2. PMCF objectives")] + bullets(p["objectives"], "(1)") + [
         ("h1", "3. Method and rationale"), ("p", p["design"]),
         ("h1", "4. Study population"), ("p", p["population"]), ("h2", "Inclusion criteria")] + bullets(p["incl"]) + [
         ("h2", "Exclusion criteria")] + bullets(p["excl"]) + [
         ("h1", "5. Sample size"), ("p", p["sample"]), ("h1", "6. Endpoints")] + bullets(p["endpoints"]) + [
         ("h1", "7. Study sites and setting"), ("p", p["sites"]), ("h1", "8. Timeline"), ("p", p["timeline"]),
         ("h1", "9. Reporting"), ("p", "PMCF evaluation report is made every year and the CER and SSCP are updated "
                                      "with the result.")] + extra(d, r, 9)
    return b


def ifu(d, lang, code):
    h = H[lang]
    r = f"IFU_{lang}"
    if lang == "en":
        c = {k: g(d, r, k) for k in ("purpose", "indications", "contra", "population", "users")}
        c.update({k: g(d, r, k) for k in ("performance", "method", "warnings", "cautions", "general", "storage", "adverse")})
        tech = g(d, r, "tech")
    else:
        c = dict(d["langs"][lang])
        c.update(d.get("ov", {}).get(r, {}))
        tech = c.get("tech", g(d, r, "tech"))
    b = [("title", f"{h[0]} – {g(d, r, 'name')}"), ("p", f"{code}  {d['date']}"),
         ("p", f"1. {h[1]}: {g(d, r, 'name')}"), ("p", f"2. {h[2]}: {g(d, r, 'model')}"), ("p", f"Basic UDI-DI: {g(d, r, 'udi')}"),
         ("h1", f"3. {h[3]}"), ("p", c["purpose"]), ("h2", f"1) {h[4]}")] + bullets(c["indications"]) + [
         ("h2", f"2) {h[5]}")] + bullets(c["contra"]) + [
         ("h2", f"3) {h[6]}"), ("p", c["population"]), ("h2", f"4) {h[7]}"), ("p", c["users"])] + extra(d, r, 3)
    if c.get("performance"):
        b += [("h1", f"4. {h[8]}")] + bullets(c["performance"])
    b += [("h2", h[16]), ("table", [[h[16], "-"]] + [list(x) for x in tech], d.get("ruled_ifu", True))]
    b += [("h1", f"5. {h[9]}")] + [("p", s) for s in c["method"]] + extra(d, r, 5)
    b += [("h1", f"6. {h[10]}"), ("h2", h[11])] + bullets(c["warnings"], "•")
    if c.get("cautions"):
        b += [("h2", h[12])] + bullets(c["cautions"], "•")
    if c.get("general"):
        b += [("h2", h[13])] + bullets(c["general"], "•")
    b += extra(d, r, 6)
    b += [("h1", f"7. {h[14]}"), ("p", c["storage"]), ("h1", f"8. {h[15]}")] + bullets(c["adverse"])
    b += [("h1", f"9. {h[17]}"), ("p", f"{d['company']}, {d['addr']}"), ("p", f"{h[18]}: {AR}")]
    return b


def sscp(d, code):
    r = "SSCP"
    b = [("title", f"Summary of Safety and Clinical Performance – {g(d, r, 'name')}"),
         ("p", f"{code}  /  {d['date']}  /  validated by {d['nb']}"),
         ("h1", "Part A. For healthcare professional"), ("h2", "1. Device identification"),
         ("table", [["Trade name", g(d, r, "name")], ["Model", g(d, r, "model")], ["Basic UDI-DI", g(d, r, "udi")],
                    ["Class", g(d, r, "cls").replace("Class ", "")], ["Manufacturer", d["company"]], ["SRN", d["srn"]]], True),
         ("h2", "2. Intended purpose"), ("p", g(d, r, "purpose")), ("h2", "3. Indications and target population")
         ] + bullets(g(d, r, "indications")) + [("p", g(d, r, "population")), ("h2", "4. Contraindications")
         ] + bullets(g(d, r, "contra")) + [("h2", "5. Summary of clinical evidence")] + [
         ("p", t) for t in g(d, r, "sscp_evidence")] + [("h2", "6. Residual risks and undesirable side-effects")
         ] + bullets(g(d, r, "residual")) + [("h2", "7. PMCF"), ("p", g(d, r, "pmcf_summary")),
         ("h1", "Part B. For patient"), ("p", g(d, r, "sscp_patient"))] + extra(d, r, 9)
    return b


def cear(d, code):
    r = "CEAR"
    nc = g(d, r, "ncs")
    b = [("title", "Clinical Evaluation Assessment Report"),
         ("p", f"{d['nb']} – Ref. {code} – date {d['cear_date']} – reviewer: {d['nb_reviewer']}; "
               f"clinical expert: {d['nb_clinician']}"),
         ("p", "Template: MDCG 2020-13. Documents assessed: " + ", ".join(d["assessed"]) + "."),
         ("h1", "A. Administrative particulars"),
         ("table", [["Manufacturer", d["company"]], ["Device", g(d, r, "name")], ["Model(s)", g(d, r, "model")],
                    ["Basic UDI-DI", g(d, r, "udi")], ["Class / rule", f"{g(d, r, 'cls')} / {g(d, r, 'rule')}"],
                    ["Conformity route", "Annex IX Chapter I and III"]], True),
         ("h1", "B. Device description and intended purpose"), ("p", g(d, r, "cear_b"))] + extra(d, r, "B") + [
         ("h1", "C. Novelty and state of the art"), ("p", g(d, r, "cear_c"))] + extra(d, r, "C") + [
         ("h1", "D. Clinical evaluation plan"), ("p", g(d, r, "cear_d"))] + extra(d, r, "D") + [
         ("h1", "E. Clinical data: literature, investigations, equivalence"), ("p", g(d, r, "cear_e"))] + extra(d, r, "E") + [
         ("h1", "F. PMS and PMCF"), ("p", g(d, r, "cear_f"))] + extra(d, r, "F") + [
         ("h1", "G. Benefit-risk and conclusions"), ("p", g(d, r, "cear_g"))] + extra(d, r, "G") + [
         ("h1", "H. Non-conformities raised during the assessment")] + [("p", x) for x in nc] + [
         ("h1", "I. Clinical evaluation consultation procedure (Art. 54 MDR)"), ("p", g(d, r, "cecp_nb"))] + extra(d, r, "I") + [
         ("p", f"Final decision recommended: {g(d, r, 'cear_decision')}"),
         ("p", f"{d['nb_reviewer']} – {d['cear_date']}")]
    return b


def L(purpose, indications, contra, population, users, method, warnings, storage, adverse, **kw):
    d = dict(purpose=purpose, indications=indications, contra=contra, population=population, users=users,
             method=method, warnings=warnings, storage=storage, adverse=adverse)
    d.update(kw)
    return d


def base(**kw):
    d = dict(date="2025.03.14", cear_date="14/03/2025", reviewer_mfr="Park Soo-min", approver="Lee Dong-wook",
             sscp_evidence=[], sscp_patient="", cautions=[], general=["Single use only. Do not resterilize or reuse."],
             ov={}, extra={}, ruled_ifu=True)
    d.update(kw)
    return d
