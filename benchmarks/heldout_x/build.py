"""Build the heldout_x corpus: python build.py  (deterministic; exits 1 if a label quote is missing)."""
import importlib, json, os, re, shutil, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from render import WRITERS  # noqa: E402

IDS = ["x01", "x02", "x03", "x04", "x05", "x06", "x07", "x08", "x09", "x10", "x11", "x12"]
CATS = {"scope", "device-identity", "population", "plausibility", "specification", "intended-use",
        "care-setting", "claim", "safety-instruction", "evidence", "pmcf", "template",
        "documentation", "language"}

# ---------------------------------------------------------------- IFU headings per language
H = {
    "en": dict(title="Instructions for Use", purpose="Intended purpose", ind="Indications",
               contra="Contraindications", pop="Target patient group", users="Intended users and environment",
               warn="Warnings and precautions", side="Undesirable side-effects / residual risks",
               tech="Technical data", instr="Instructions", param="Parameter", value="Value",
               mfr="Manufacturer", desc="Device description"),
    "tr": dict(title="Kullanım Kılavuzu", purpose="Kullanım amacı", ind="Endikasyonlar",
               contra="Kontrendikasyonlar", pop="Hedef hasta grubu", users="Kullanıcılar ve kullanım ortamı",
               warn="Uyarılar ve önlemler", side="İstenmeyen yan etkiler / kalan riskler",
               tech="Teknik veriler", instr="Kullanım talimatları", param="Parametre", value="Değer",
               mfr="Üretici", desc="Cihaz tanımı"),
    "de": dict(title="Gebrauchsanweisung", purpose="Zweckbestimmung", ind="Indikationen",
               contra="Kontraindikationen", pop="Patientenzielgruppe", users="Anwender und Einsatzumgebung",
               warn="Warnhinweise und Vorsichtsmaßnahmen", side="Unerwünschte Nebenwirkungen / Restrisiken",
               tech="Technische Daten", instr="Anwendung", param="Parameter", value="Wert",
               mfr="Hersteller", desc="Produktbeschreibung"),
    "fr": dict(title="Notice d'utilisation", purpose="Destination", ind="Indications",
               contra="Contre-indications", pop="Groupe cible de patients", users="Utilisateurs et environnement",
               warn="Avertissements et précautions", side="Effets secondaires indésirables / risques résiduels",
               tech="Caractéristiques techniques", instr="Mode d'emploi", param="Paramètre", value="Valeur",
               mfr="Fabricant", desc="Description du dispositif"),
    "pt": dict(title="Instruções de utilização", purpose="Finalidade prevista", ind="Indicações",
               contra="Contraindicações", pop="Grupo-alvo de doentes", users="Utilizadores e ambiente",
               warn="Advertências e precauções", side="Efeitos secundários indesejáveis / riscos residuais",
               tech="Dados técnicos", instr="Instruções", param="Parâmetro", value="Valor",
               mfr="Fabricante", desc="Descrição do dispositivo"),
    "it": dict(title="Istruzioni per l'uso", purpose="Destinazione d'uso", ind="Indicazioni",
               contra="Controindicazioni", pop="Gruppo target di pazienti", users="Utilizzatori e ambiente",
               warn="Avvertenze e precauzioni", side="Effetti collaterali indesiderati / rischi residui",
               tech="Dati tecnici", instr="Istruzioni", param="Parametro", value="Valore",
               mfr="Fabbricante", desc="Descrizione del dispositivo"),
    "es": dict(title="Instrucciones de uso", purpose="Finalidad prevista", ind="Indicaciones",
               contra="Contraindicaciones", pop="Grupo destinatario de pacientes", users="Usuarios y entorno",
               warn="Advertencias y precauciones", side="Efectos secundarios indeseables / riesgos residuales",
               tech="Datos técnicos", instr="Instrucciones", param="Parámetro", value="Valor",
               mfr="Fabricante", desc="Descripción del producto"),
}


def F(D, key):
    """facts for one document key: base facts with that document's overrides applied."""
    f = dict(D)
    f.update(D.get("over", {}).get(key, {}))
    return f


def X(f, key, sec):
    return f.get("extra", {}).get(key, {}).get(sec, [])


def admin_table(f):
    return [["Parameter", "Value"], ["Manufacturer", f["mfr"]], ["SRN", f["srn"]],
            ["Device trade name", f["trade"]], ["Basic UDI-DI", f["udi"]],
            ["Models / REF", ", ".join(m[0] for m in f["models"])], ["Class / rule", f"{f['cls']} / {f['rule']}"],
            ["CECP (Art. 54)", f["cecp_short"]]]


def cep(D):
    f, k = F(D, "CEP"), "CEP"
    b = [("h1", "Chapter 1: Administrative data"), ("table", admin_table(f)),
         ("h1", "Chapter 2: Scope of this CEP"),
         ("p", f"2.1 This CEP defines the plan for clinical evaluation of {f['trade']} according to MDR 2017/745 Art. 61 and Annex XIV Part A. Abbreviations: pts = patients, yrs = years, wt = body weight, IFU = instructions for use, TD = technical documentation, RMF = risk management file, SotA = state of the art."),
         ("p", "2.2 " + f["cecp_text"]),
         ("h1", "Chapter 3: Device and intended purpose"),
         ("p", "3.1 " + f["desc_paras"][0]),
         ("p", "3.2 Intended purpose: " + f["purpose"]),
         ("h2", "3.3 Target groups"), ("table", [["Parameter", "Value"]] + f["pop"]),
         ("h2", "3.4 Indications"), ("ol", f["indications"]),
         ("h2", "3.5 Contraindications"), ("ol", f["contraindications"]),
         ("h1", "Chapter 4: Clinical benefits and outcome parameters"),
         ("table", [["Clinical benefit", "Outcome parameter", "Acceptance criterion"]] + f["benefits"]),
         ] + X(f, k, "benefits") + [
         ("h1", "Chapter 5: Clinical safety and benefit-risk acceptance"),
         ("table", [["Residual risk / side-effect", "Acceptable rate (SotA)"]] + [[r[0], r[2]] for r in f["risks"]]),
         ("p", "5.2 Benefit-risk is acceptable when all benefit criteria in Chapter 4 are met and no safety rate exceed the acceptable SotA rate above."),
         ("h1", "Chapter 6: Method of clinical evaluation"),
         ("p", "6.1 " + f["lit"]),
         ("p", "6.2 Data from own clinical investigations, PMCF and vigilance (MAUDE, BfArM, TİTCK) are included. Equivalence: " + f["equiv_cep"]),
         ("h1", "Chapter 7: Clinical development plan"),
         ("ol", f["cdp"]),
         ] + X(f, k, "end") + [
         ("p", f"Prepared: {f['author']}, Regulatory Affairs Engineer, {f['date_cep']}. Approved: {f['md']}, Medical Director.")]
    return f"Clinical Evaluation Plan (CEP) - {f['trade']}", [f"Doc. no.: {f['files']['CEP'][0].rsplit('.',1)[0]}", f"Manufacturer: {f['mfr']}, {f['addr']}"], b


def appraise(f, i, s):
    own = s[0].startswith(f["prefix"])
    if any(w in s[1] for w in ("Bench", "animal", "model")) or "swine" in s[1].lower():
        return [s[0], "non-clinical", "technical / pre-clinical only", "n/a"]
    if "SotA" in s[4] or "other device" in s[1] or "other lens" in s[1] or "other manufacturers" in s[1]:
        return [s[0], "literature / other device", "SotA and acceptance criteria only", "n/a"]
    first_own = next((j for j, t in enumerate(f["studies"]) if t[0].startswith(f["prefix"])), None)
    return [s[0], "own device" if own else "literature / other source", "pivotal" if i == first_own else "supportive", "high" if i == first_own else "medium"]


def cer(D):
    f, k = F(D, "CER"), "CER"
    b = [("h1", "Chapter 1: Administrative data"), ("table", admin_table(f)),
         ("p", "1.1 " + f["cecp_text"]),
         ("h2", "1.2 Abbreviations"),
         ("table", [["Abbreviation", "Meaning"], ["pts", "patients"], ["yrs / y/o", "years / years old"], ["wt", "body weight"],
                    ["IFU", "instructions for use"], ["TD", "technical documentation"], ["RMF", "risk management file"],
                    ["SotA", "state of the art"], ["CI", "clinical investigation"], ["PMCF", "post-market clinical follow-up"],
                    ["GSPR", "general safety and performance requirements (MDR Annex I)"]]),
         ("h1", "Chapter 2: Scope"),
         ("p", f"2.1 This CER summarise the clinical evaluation of {f['trade']} ({f['desc']}) according to MDR Art. 61, Annex XIV and MEDDEV 2.7/1 rev.4. It is based on CEP {f['files']['CEP'][0].rsplit('.',1)[0]}."),
         ("h1", "Chapter 3: Device description"),
         ] + [("p", f"3.{i} {t}") for i, t in enumerate(f["desc_paras"], 1)] + [
         ("table", [["Model / REF", "Description"]] + [list(m) for m in f["models"]]),
         ("h2", "3.5 Main technical data"), ("table", [["Parameter", "Value"]] + f["tech"]),
         ("h1", "Chapter 4: Intended purpose, indications, contraindications"),
         ("p", "4.1 Intended purpose: " + f["purpose"]),
         ("h2", "4.2 Indications"), ("ol", f["indications"]),
         ("h2", "4.3 Contraindications"), ("ol", f["contraindications"]),
         ("h2", "4.4 Target population"), ("table", [["Parameter", "Value"]] + f["pop"]),
         ("p", "4.5 Intended users and environment: " + f["users"]),
         ("h1", "Chapter 5: State of the art"),
         ] + [("p", f"5.{i} {t}") for i, t in enumerate(f["sota"], 1)] + [
         ("h1", "Chapter 6: Clinical data"),
         ("h2", "6.1 Literature search"), ("p", f["lit"]),
         ("h2", "6.2 Equivalence"), ("p", f["equiv_cer"]),
         ("h2", "6.3 Summary of pivotal clinical data"),
         ("table", [["Ref.", "Design", "n pts", "Follow-up", "Main result"]] + f["studies"]),
         ] + [("p", f"6.3.{i} {t}") for i, t in enumerate(f["study_prose"], 1)] + X(f, k, "clinical") + [
         ("h1", "Chapter 7: Clinical performance and benefits"),
         ("table", [["Clinical benefit", "Outcome parameter", "Result vs. criterion"]] + f["benefits_res"]),
         ] + X(f, k, "benefits") + [
         ("h1", "Chapter 8: Clinical safety"),
         ("table", [["Residual risk / side-effect", "Observed rate", "Acceptable (SotA)"]] + f["risks"]),
         ("p", "8.2 Side-effects listed in IFU: " + "; ".join(f["sideeffects"]) + "."),
         ("h1", "Chapter 9: Benefit-risk determination"),
         ("p", f["br"]),
         ] + X(f, k, "br") + [
         ("h2", "9.2 Conformity with GSPR"),
         ("table", [["GSPR", "Conclusion of clinical evaluation"], ["GSPR 1 (performance, safety)", "Fulfilled, see Chapters 7 and 8"],
                    ["GSPR 6 (lifetime)", "Fulfilled, see Chapter 3 and RMF"], ["GSPR 8 (side-effects acceptable)", "Fulfilled, see Chapter 8"],
                    ["GSPR 23 (IFU information)", "Fulfilled, IFU reviewed against CER"]]),
         ("h1", "Chapter 10: PMCF"),
         ("p", f"10.1 PMCF is performed according to PMCF plan {f['files']['PMCF'][0].rsplit('.',1)[0]}. " + f["pmcf"]["summary"]),
         ("h1", "Chapter 11: Conclusion"),
         ("p", f["concl"]),
         ("h1", "Chapter 12: Appraisal of data and references"),
         ("table", [["Ref.", "Device", "Relevance", "Weight"]] + [appraise(f, i, s) for i, s in enumerate(f["studies"])]),
         ("p", "12.1 Appraisal criteria: MEDDEV 2.7/1 rev.4 Appendix A6 (suitability D1-D3, contribution T1-T7). Full appraisal sheets in CER Annex 2; literature search protocol and PRISMA flow in Annex 1."),
         ("h1", "Chapter 13: Qualification of evaluators"),
         ("p", f"13.1 {f['evaluator']} - clinical expert, min. 10 yrs clinical experience in the field. {f['author']} - regulatory engineer, B.Sc. electronics engineering, 8 yrs in medical device regulation. CVs and declarations of interest in CER Annex 4."),
         ] + X(f, k, "end") + [
         ("p", f"Author: {f['author']}, {f['date_cer']}. Clinical evaluator: {f['evaluator']}. Approved: {f['md']}.")]
    return f"Clinical Evaluation Report (CER) - {f['trade']}", [f"Doc. no.: {f['files']['CER'][0].rsplit('.',1)[0]}", f"Manufacturer: {f['mfr']}"], b


def pmcf(D):
    f, k = F(D, "PMCF"), "PMCF"
    p = f["pmcf"]
    b = [("h1", "1. General information"),
         ("table", [["Parameter", "Value"], ["Device", f["trade"]], ["Basic UDI-DI", f["udi"]],
                    ["Class", f["cls"]], ["Related CER", f["files"]["CER"][0].rsplit('.', 1)[0]]]),
         ("p", "1.1 Intended purpose (from IFU): " + f["purpose"]),
         ("h1", "2. PMCF objectives"), ("ol", p["objectives"]),
         ("h1", "3. Methods and design"), ("p", p["design"]),
         ("h1", "4. Study population"), ("p", p["population"]),
         ("h1", "5. Sample size"), ("p", p["sample"]),
         ("h1", "6. Endpoints"), ("ol", p["endpoints"]),
         ("h1", "7. Timeline"), ("table", [["Milestone", "Date"]] + p["timeline"]),
         ("h1", "8. General PMCF activities"),
         ("ol", ["Review of complaints and vigilance data, monthly.", "Literature screening on the device and similar devices, yearly.", "Update of CER, SSCP and RMF with PMCF evaluation report results."]),
         ] + X(f, k, "end") + [
         ("p", f"Prepared: {f['author']}, {f['date_pmcf']}.")]
    return f"PMCF Plan - {f['trade']}", [f"Doc. no.: {f['files']['PMCF'][0].rsplit('.',1)[0]}", f"Manufacturer: {f['mfr']}"], b


def ifu(D, lang):
    key = "IFU-" + lang
    f = F(D, key)
    h = H[lang]
    L = f if lang == "en" else dict(f, **f["lang"][lang])
    b = [("h1", "1 " + h["desc"]), ("p", L["ifu_desc"]),
         ("table", [["REF", h["desc"]]] + [list(m) for m in (L.get("models_l") or f["models"])]),
         ("h1", "2 " + h["purpose"]), ("p", L["purpose"]),
         ("h1", "3 " + h["ind"]), ("ol", L["indications"]),
         ("h1", "4 " + h["contra"]), ("ol", L["contraindications"]),
         ("h1", "5 " + h["pop"]), ("table", [[h["param"], h["value"]]] + L["pop"]),
         ("h1", "6 " + h["users"]), ("p", L["users"]),
         ("h1", "7 " + h["warn"]), ("ol", L["warnings"]),
         ("h1", "8 " + h["side"]), ("ul", L["sideeffects"]),
         ("h1", "9 " + h["tech"]), ("table", [[h["param"], h["value"]]] + L["tech"]),
         ("h1", "10 " + h["instr"]), ("ol", L["instructions"]),
         ] + X(f, key, "end") + [
         ("h1", "11 " + h["mfr"]), ("p", f"{f['mfr']}, {f['addr']}. Basic UDI-DI: {f['udi']}. {f['ifu_rev']}")]
    return f"{f['trade']} - {h['title']}", [f"Doc. no.: {f['files'][key][0].rsplit('.',1)[0]}"], b


def sscp(D):
    f, k = F(D, "SSCP"), "SSCP"
    b = [("h1", "1. Device identification and general information"),
         ("table", [["Parameter", "Value"], ["Trade name", f["trade"]], ["Manufacturer / SRN", f"{f['mfr']} / {f['srn']}"],
                    ["Basic UDI-DI", f["udi"]], ["Class", f["cls"]], ["Notified body", f["nb"]],
                    ["First CE certificate", f["first_ce"]]]),
         ("h1", "2. Intended use of the device"), ("p", "2.1 Intended purpose: " + f["purpose"]),
         ("h2", "2.2 Indications and target population"), ("ol", f["indications"]),
         ("table", [["Parameter", "Value"]] + f["pop"]),
         ("h2", "2.3 Contraindications"), ("ol", f["contraindications"]),
         ("h1", "3. Device description"), ("p", f["desc_paras"][0]),
         ("h1", "4. Risks and warnings"),
         ("h2", "4.1 Residual risks and undesirable side-effects"),
         ("table", [["Residual risk / side-effect", "Rate (source, time)"]] + f["sscp_risks"]),
         ("h2", "4.2 Warnings"), ("ol", f["warnings"][:4]),
         ("h1", "5. Summary of clinical evaluation and PMCF"),
         ("p", f["sscp_clin"]),
         ("p", "PMCF: " + f["pmcf"]["summary"]),
         ("h1", "6. Possible diagnostic or therapeutic alternatives"), ("p", f["sota"][0]),
         ("h1", "7. Suggested profile and training for users"), ("p", f["users"]),
         ] + X(f, k, "end") + [
         ("p", f"SSCP revision {f['sscp_rev']}, {f['date_cer']}. Validated by {f['nb']}.")]
    return f"Summary of Safety and Clinical Performance (SSCP) - {f['trade']}", [f"Doc. no.: {f['files']['SSCP'][0].rsplit('.',1)[0]}"], b


def cear(D):
    f, k = F(D, "CEAR"), "CEAR"
    b = [("h1", "A. Administrative particulars"),
         ("table", [["Item", "Detail"], ["Notified body", f["nb"]], ["Manufacturer", f["mfr"]],
                    ["Device", f"{f['trade']} ({f['desc']})"], ["Basic UDI-DI", f["udi"]], ["Class", f"{f['cls']} ({f['rule']})"],
                    ["Documents assessed", f"CER {f['files']['CER'][0].rsplit('.',1)[0]}, CEP {f['files']['CEP'][0].rsplit('.',1)[0]}, PMCF plan {f['files']['PMCF'][0].rsplit('.',1)[0]}, IFU"],
                    ["Clinical reviewer", "Eng. Mariana Sousa Carvalho, MSc, with clinical expert " + f["nb_clin"]]]),
         ("h1", "B. Applicability of the CECP (MDR Art. 54)"), ("p", f["cear_scope"]),
         ("h1", "C. Question-and-answer log"),
         ("p", "The following questions were addressed to the manufacturer during the assessment. The reviewer reproduces them here together with the manufacturer's answers and the NB assessment of each answer."),
         ]
    for i, (q, a, s) in enumerate(f["cear_qa"], 1):
        rnd = 1 if i <= (len(f["cear_qa"]) + 1) // 2 else 2
        b += [("h2", f"Question {i} (round {rnd})"), ("p", q), ("p", "Manufacturer's answer: " + a), ("p", "NB assessment: " + s)]
    b += X(f, k, "qa") + [("h1", "D. Overall conclusion")] + [("p", t) for t in f["cear_concl"]] + [
         ("p", f"Lisbon, {f['date_cear']}. Eng. Mariana Sousa Carvalho, Clinical Reviewer.")]
    return f"Clinical Evaluation Assessment Report (CEAR, MDCG 2020-13) - {f['trade']}", [f"NB reference: {f['files']['CEAR'][0].rsplit('.',1)[0]}"], b


# ---------------------------------------------------------------- text extraction / check
def extract(path):
    if path.endswith(".pdf"):
        import pypdfium2 as pdfium
        doc = pdfium.PdfDocument(path)
        t = " ".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    elif path.endswith(".docx"):
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                for c in row.cells:
                    parts.append(c.text)
        t = " ".join(parts)
    else:
        t = open(path, encoding="utf-8").read()
    return re.sub(r"\s+", " ", t).strip()


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


ROLE = {"CEP": "CEP", "CER": "CER", "PMCF": "PMCF-plan", "SSCP": "SSCP", "CEAR": "CEAR"}


def build_one(did):
    mod = importlib.import_module("dossiers." + did)
    D = mod.D
    folder = os.path.join(HERE, D["id"])
    if os.path.exists(folder):
        shutil.rmtree(folder)
    os.makedirs(os.path.join(folder, "dossier"))
    docs = {}
    for key, (fname, fmt) in D["files"].items():
        if key == "CEP":
            t, m, b = cep(D)
        elif key == "CER":
            t, m, b = cer(D)
        elif key == "PMCF":
            t, m, b = pmcf(D)
        elif key == "SSCP":
            t, m, b = sscp(D)
        elif key == "CEAR":
            t, m, b = cear(D)
        else:
            t, m, b = ifu(D, key.split("-")[1])
        WRITERS[fmt](os.path.join(folder, "dossier", fname), t, m, b)
        role = "IFU" if key.startswith("IFU") else ROLE[key]
        lang = key.split("-")[1] if key.startswith("IFU") else "en"
        docs[fname] = {"role": role, "language": lang}
    labels = D["labels"]
    out = {"dossier": D["id"], "device": D["trade"] + " - " + D["desc"], "device_class": D["cls"],
           "seed": None, "clean": not labels, "documents": docs, "labels": labels}
    with open(os.path.join(folder, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, indent=2, ensure_ascii=False)
    # verify
    errors = []
    texts = {fn: norm(extract(os.path.join(folder, "dossier", fn))).lower() for fn in docs}
    for lb in labels:
        assert lb["category"] in CATS, lb
        assert all(a in CATS for a in lb["accept"]), lb
        for d in lb["documents"]:
            if d not in docs:
                errors.append(f"{did}: {lb['defect']}: unknown document {d}")
        for q in lb["quotes"]:
            if not 30 <= len(q) <= 200:
                errors.append(f"{did}: {lb['defect']}: quote length {len(q)}: {q!r}")
            if not any(norm(q).lower() in texts[d] for d in lb["documents"] if d in texts):
                errors.append(f"{did}: {lb['defect']}: quote not found: {q!r}")
    return D, docs, errors


def main():
    only = sys.argv[1:] or IDS
    errs, rows, nd, nl = [], [], 0, 0
    for did in only:
        D, docs, e = build_one(did)
        errs += e
        nd += len(docs)
        nl += len(D["labels"])
        rows.append(D)
    print(f"{len(only)} dossiers, {nd} documents, {nl} labels")
    for e in errs:
        print("ERROR", e)
    if errs:
        sys.exit(1)
    print("quote check: OK")


if __name__ == "__main__":
    main()
