"""m09 - coronary orbital atherectomy system (defective)."""
from common import doc, F, L, h, p, ul, ol, t, kv

ID = "m09_orbicut_coronary"
DEVICE = "OrbiCut Coronary orbital atherectomy system for severely calcified coronary lesions"
CLASS = "III"
CLEAN = False

MFR = "Kalzimed GmbH, Carl-Zeiss-Promenade 10, 07745 Jena, Germany"
SRN = "DE-MF-000029904"
UDI = "426077120OCC01T5"
NB = "ZertMed Thüringen GmbH, Notified Body 2959"

Q_RPM_CER = "The crown is rotated at two selectable speeds of 60 000 rpm (low) and 90 000 rpm (high)"
Q_RPM_IFU = "80 000 rpm (low) / 120 000 rpm (high)"
Q_EV1 = "are therefore used as pivotal data for the coronary indication"
Q_EV2 = "PERI-CALC study in calcified femoropopliteal arteries (n = 124)"
Q_LANG_EN = "to facilitate stent delivery in patients with coronary artery disease who have de novo, severely calcified coronary artery lesions"
Q_LANG_ES = "lesiones coronarias de novo con calcificación moderada o severa"
Q_CS_CER = "can also be performed in ambulatory PCI centres without on-site cardiac surgery"
Q_CS_IFU = "Use only in catheterisation laboratories with emergency cardiac surgery available on site."

AE = ["coronary perforation, pericardial effusion, cardiac tamponade", "coronary dissection",
      "slow flow or no-reflow", "abrupt vessel closure", "periprocedural myocardial infarction",
      "arrhythmia incl. bradycardia and heart block", "spasm", "access-site bleeding and vascular complications",
      "guide wire fracture or entrapment", "death"]


def cep():
    return doc(
        "Clinical Evaluation Plan – OrbiCut Coronary",
        "CEP-OCC-01 Rev. 2 – 2024-05-27 – Kalzimed GmbH",
        [
            kv(("Document", "CEP-OCC-01, Rev. 2, 27.05.2024"), ("Device", "OrbiCut Coronary orbital atherectomy system: OAD catheter (1,25 mm diamond-coated eccentric crown), control unit, saline pump, guide wire OC-W 0.012\""),
               ("Class", "III – Rule 6 (transient, direct contact with the heart / central circulatory system); control unit IIb – Rule 9"),
               ("CECP", "Not applicable: class III but not implantable, no administration of a medicinal product (Art. 54(1))")),
            h(1, "1 Intended purpose"),
            p("Orbital atherectomy of de novo, severely calcified coronary artery lesions to facilitate stent delivery "
              "in adults with coronary artery disease who are candidates for PCI. Use in catheterisation laboratories "
              "with on-site cardiac surgery."),
            h(1, "2 Endpoints and acceptance criteria"),
            t([["ID", "Endpoint", "Criterion"],
               ["P-1", "Procedural success (stent delivery, residual stenosis < 50 %, no in-hospital MACE)", "≥ 85 %"],
               ["S-1", "MACE at 30 days (cardiac death, MI, TVR)", "≤ 16 % (performance goal)"],
               ["S-2", "Severe angiographic complications (perforation, dissection type D–F, persistent slow/no-reflow)", "≤ 5 %"],
               ["S-3", "Target vessel failure at 12 months", "≤ 20 %"]], widths=(8, 67, 25)),
            h(1, "3 Evidence sources"),
            ul("Own clinical investigation ORBICOR (coronary, 12 months)",
               "Literature on orbital and rotational atherectomy and intravascular lithotripsy in coronary arteries",
               "Bench testing (particle size, crown speed, heat generation)"),
        ])


def cer():
    return doc(
        "Clinical Evaluation Report – OrbiCut Coronary Orbital Atherectomy System",
        "CER-OCC-01 Rev. 3 | 2025-02-05",
        [
            p("CER-OCC-01 Rev. 3 of 05.02.2025, based on CEP-OCC-01 Rev. 2. Manufacturer " + MFR + ", SRN " + SRN + "."),
            h(1, "Abbreviations"),
            p("IVL intravascular lithotripsy; MACE major adverse cardiac events; OAD orbital atherectomy device; PCI "
              "percutaneous coronary intervention; RA rotational atherectomy; TVF / TVR target vessel failure / "
              "revascularisation."),
            h(1, "1 Device description"),
            p("The OAD catheter carries an eccentric, diamond-coated crown of 1,25 mm on a drive shaft advanced over the "
              "0.012\" guide wire OC-W. " + Q_RPM_CER + "; the orbit of the crown increases with speed, so that a lumen "
              "larger than the crown is sanded. Saline with lubricant is pumped through the sheath for cooling. The "
              "catheter is compatible with 6 Fr guide catheters."),
            h(1, "2 Intended purpose and field of application"),
            p("Facilitation of stent delivery by orbital atherectomy in adults with coronary artery disease and de novo, "
              "severely calcified coronary lesions, who are candidates for PCI. The procedure " + Q_CS_CER + ", "
              "provided that a covered stent and pericardiocentesis equipment are available. Contraindications: lesion "
              "the guide wire cannot cross, thrombus in the target vessel, stent in the target segment, vein grafts, "
              "dissection in the target vessel."),
            h(1, "3 Classification"),
            p("Class III (Rule 6). Not implantable and not administering a medicinal product: Art. 54(1) not applicable."),
            h(1, "4 State of the art"),
            p("Calcified lesions impair stent expansion and increase the risk of stent failure. Lesion preparation "
              "options are non-compliant and cutting/scoring balloons, RA, orbital atherectomy and IVL. ORBIT II [1] "
              "showed 30-day MACE of 10,4 % with orbital atherectomy in severely calcified lesions; IVL in Disrupt CAD III "
              "[2] 7,8 %. The ESC guidelines [3] consider atherectomy or IVL reasonable for severely calcified lesions "
              "that cannot be dilated with balloons."),
            h(1, "5 Clinical data"),
            t([["Ref.", "Study", "Vessel", "Design", "n", "FU"],
               ["[4]", "ORBICOR (own)", "coronary", "prospective, single-arm, 9 sites", "220", "12 months"],
               ["[5]", "PERI-CALC (own, OrbiCut Peripheral)", "femoropopliteal", "prospective, single-arm", "124", "12 months"],
               ["[6]", "Bench report TR-OCC-017", "in vitro", "calcified artery model", "–", "–"],
               ["[1]", "ORBIT II", "coronary", "prospective, single-arm", "443", "3 years"],
               ["[2]", "Disrupt CAD III", "coronary", "prospective, single-arm (IVL)", "384", "30 days"]],
              widths=(6, 26, 16, 28, 8, 16), caption="Tab. 1: Clinical data"),
            p("ORBICOR results: procedural success 91,4 %; MACE 30 days 8,6 %; severe angiographic complications 3,2 % "
              "(perforation 1,4 %, dissection D–F 0,9 %, persistent slow/no-reflow 0,9 %); TVF 12 months 13,2 %. All "
              "CEP criteria met."),
            p("The lumen gain and the low rate of perforation observed in ORBICOR were confirmed in the " + Q_EV2 + " "
              "and in an in-vitro calcified artery model, which " + Q_EV1 + ", since ORBICOR alone is small."),
            h(1, "6 Residual risks acc. to ISO 14971"),
            ul(*AE),
            h(1, "7 Benefit-risk"),
            p("The device enables stent delivery and expansion in lesions which otherwise cannot be treated by PCI; "
              "benefit-risk positive."),
            h(1, "8 PMCF"),
            p("PMCF-OCC-01 Rev. 1: registry ORBICOR-REG, n = 500, 2 years."),
            h(1, "References"),
            ol("Chambers JW, Feldman RL, Himmelstein SI, et al. Pivotal trial to evaluate the safety and efficacy of the orbital atherectomy system in treating de novo, severely calcified coronary lesions (ORBIT II). JACC Cardiovasc Interv 2014;7:510-518.",
               "Hill JM, Kereiakes DJ, Shlofmitz RA, et al. Intravascular lithotripsy for treatment of severely calcified coronary artery disease. J Am Coll Cardiol 2020;76:2635-2646.",
               "Vrints C, Andreotti F, Koskinas KC, et al. 2024 ESC Guidelines for the management of chronic coronary syndromes. Eur Heart J 2024;45:3415-3537.",
               "Kalzimed. ORBICOR clinical investigation report v1.0, 2024-10-21 (on file).",
               "Kalzimed. PERI-CALC clinical investigation report v2.1, 2022-06-30 (on file).",
               "Kalzimed. Test report TR-OCC-017: ablation in calcified human cadaver artery model, 2023-03-14 (on file)."),
        ])


def pmcf():
    return doc(
        "PMCF Plan – OrbiCut Coronary",
        "PMCF-OCC-01 Rev. 1 – 2025-02-05",
        [
            kv(("Device", "OrbiCut Coronary, Basic UDI-DI " + UDI), ("CER", "CER-OCC-01 Rev. 3"), ("Class", "III (Rule 6)")),
            h(1, "Objectives"),
            ul("REQ-PMCF-01: rate of coronary perforation in routine use (residual risk, ORBICOR 1,4 %)",
               "REQ-PMCF-02: TVF at 12 and 24 months",
               "REQ-PMCF-03: detect off-label use (in-stent restenosis, vein grafts, thrombotic lesions)"),
            h(1, "Method"),
            p("Prospective registry ORBICOR-REG in 20 PCI centres with on-site cardiac surgery in DE, AT, ES, IT, n = 500 "
              "consecutive patients, follow-up to 24 months."),
            h(1, "Sample size"),
            p("Expected perforation rate 1,5 %: with 500 patients the upper 95 % confidence limit is 3,1 %, below the "
              "acceptance limit of 3,5 % derived from ORBIT II and RA literature."),
            h(1, "Timeline"),
            p("Start Q2/2025; 12-month report Q3/2027; final report Q3/2028; annual PMCF evaluation reports."),
        ])


def ifu_en():
    return doc(
        "OrbiCut Coronary – Instructions for Use",
        "IFU-OCC-EN Rev. B – 2025-01",
        [
            p(MFR + ". Basic UDI-DI " + UDI + ". CE 2959. Sterile, single use (OAD catheter, guide wire)."),
            h(1, "Indications"),
            p("OrbiCut Coronary is indicated " + Q_LANG_EN + ", who are acceptable candidates for PCI."),
            h(1, "Contraindications"),
            ul("The guide wire cannot cross the lesion", "Thrombus in the target vessel", "Stent in the target segment",
               "Saphenous vein grafts", "Dissection in the target vessel"),
            h(1, "Warnings"),
            ul(Q_CS_IFU, "Do not advance the crown while it is not rotating.",
               "Never operate the device without saline/lubricant flow.", "Use treatment runs of max. 30 seconds with rest between runs."),
            h(1, "Adverse events"),
            ul(*[a[0].upper() + a[1:] for a in AE]),
            h(1, "Technical data"),
            t([["Parameter", "Value"], ["Crown", "1.25 mm, eccentric, diamond-coated"], ["Crown speed", Q_RPM_IFU],
               ["Guide catheter compatibility", "6 Fr"], ["Guide wire", "OC-W 0.012\", 325 cm"],
               ["Saline flow", "approx. 18 ml/min"]], widths=(40, 60)),
        ])


def ifu_es():
    return doc(
        "OrbiCut Coronary – Instrucciones de uso",
        "IFU-OCC-ES Rev. B – 2025-01",
        [
            p("Kalzimed GmbH, Jena, Alemania. UDI-DI básico " + UDI + ". CE 2959. Estéril, de un solo uso."),
            h(1, "Indicaciones"),
            p("OrbiCut Coronary está indicado para facilitar la implantación de stents en pacientes con enfermedad "
              "arterial coronaria que presentan " + Q_LANG_ES + " y que son candidatos aceptables para ICP."),
            h(1, "Contraindicaciones"),
            ul("La guía no puede atravesar la lesión", "Trombo en el vaso diana", "Stent en el segmento diana",
               "Injertos de vena safena", "Disección en el vaso diana"),
            h(1, "Advertencias"),
            ul("Utilizar solo en laboratorios de hemodinámica con cirugía cardíaca de urgencia disponible en el centro.",
               "No avanzar la corona sin rotación.", "No utilizar nunca el dispositivo sin flujo de suero/lubricante.",
               "Realizar pasadas de tratamiento de 30 segundos como máximo con pausas entre ellas."),
            h(1, "Acontecimientos adversos"),
            ul("Perforación coronaria, derrame pericárdico, taponamiento cardíaco", "Disección coronaria",
               "Flujo lento o no reflujo", "Oclusión brusca del vaso", "Infarto de miocardio periprocedimiento",
               "Arritmias, incl. bradicardia y bloqueo cardíaco", "Espasmo", "Hemorragia y complicaciones vasculares en el acceso",
               "Rotura o atrapamiento de la guía", "Muerte"),
            h(1, "Datos técnicos"),
            t([["Parámetro", "Valor"], ["Corona", "1,25 mm, excéntrica, recubierta de diamante"],
               ["Velocidad de la corona", "80 000 rpm (baja) / 120 000 rpm (alta)"], ["Compatibilidad con catéter guía", "6 Fr"]],
              widths=(40, 60)),
        ])


def ifu_it():
    return doc(
        "OrbiCut Coronary – Istruzioni per l'uso",
        "IFU-OCC-IT Rev. B – 2025-01",
        [
            p("Kalzimed GmbH, Jena, Germania. UDI-DI di base " + UDI + ". CE 2959. Sterile, monouso."),
            h(1, "Indicazioni"),
            p("OrbiCut Coronary è indicato per facilitare il posizionamento di stent in pazienti con coronaropatia che "
              "presentano lesioni coronariche de novo severamente calcificate e che sono candidati accettabili alla PCI."),
            h(1, "Controindicazioni"),
            ul("La guida non riesce ad attraversare la lesione", "Trombo nel vaso target", "Stent nel segmento target",
               "Bypass venosi safenici", "Dissezione nel vaso target"),
            h(1, "Avvertenze"),
            ul("Utilizzare solo in laboratori di emodinamica con cardiochirurgia d'urgenza disponibile in sede.",
               "Non far avanzare la corona se non è in rotazione.", "Non utilizzare mai il dispositivo senza flusso di soluzione salina/lubrificante.",
               "Eseguire passaggi di trattamento di max. 30 secondi con pause tra un passaggio e l'altro."),
            h(1, "Eventi avversi"),
            ul("Perforazione coronarica, versamento pericardico, tamponamento cardiaco", "Dissezione coronarica",
               "Slow flow o no-reflow", "Occlusione acuta del vaso", "Infarto miocardico periprocedurale",
               "Aritmie, incl. bradicardia e blocco atrioventricolare", "Spasmo", "Sanguinamento e complicanze vascolari nel sito di accesso",
               "Rottura o intrappolamento della guida", "Morte"),
            h(1, "Dati tecnici"),
            t([["Parametro", "Valore"], ["Corona", "1,25 mm, eccentrica, rivestita di diamante"],
               ["Velocità della corona", "80 000 rpm (bassa) / 120 000 rpm (alta)"], ["Compatibilità catetere guida", "6 Fr"]],
              widths=(40, 60)),
        ])


def sscp():
    return doc(
        "SSCP – OrbiCut Coronary",
        "SSCP-OCC Rev. 1 – 2025-02-05",
        [
            h(1, "1 Identification"),
            kv(("Trade name", "OrbiCut Coronary"), ("Manufacturer / SRN", "Kalzimed GmbH, Jena / " + SRN),
               ("Basic UDI-DI", UDI), ("Class", "III"), ("Notified Body", NB)),
            h(1, "2 Intended use"),
            p("Facilitation of stent delivery in adults with coronary artery disease and de novo, severely calcified "
              "coronary lesions who are candidates for PCI; catheterisation laboratories with on-site cardiac surgery."),
            h(1, "3 Risks"),
            p("Undesirable effects: " + "; ".join(AE) + ". ORBICOR (n = 220): perforation 1,4 %, dissection D–F 0,9 %, "
              "persistent slow/no-reflow 0,9 %, MACE 8,6 % at 30 days."),
            h(1, "4 Clinical performance"),
            p("Procedural success 91,4 %; TVF 13,2 % at 12 months (ORBICOR). PMCF: registry n = 500, 24 months."),
            h(1, "5 Alternatives"),
            p("Non-compliant, cutting or scoring balloons; rotational atherectomy; intravascular lithotripsy; CABG."),
        ])


def cear():
    return doc(
        "CEAR – OrbiCut Coronary",
        "ZertMed Thüringen – NB 2959 – CEAR-OCC-2025-02 – 19.03.2025",
        [
            t([["Item", "NB summary"],
               ["Device", "OrbiCut Coronary orbital atherectomy system (OAD catheter, control unit, pump, guide wire)"],
               ["Manufacturer", "Kalzimed GmbH (" + SRN + ")"], ["Basic UDI-DI", UDI], ["Class", "III, Rule 6"],
               ["Intended purpose", "Facilitation of stent delivery in de novo, severely calcified coronary lesions in adults; cath labs with on-site cardiac surgery"],
               ["Documents", "CEP-OCC-01 Rev. 2; CER-OCC-01 Rev. 3; PMCF-OCC-01 Rev. 1; IFU-OCC Rev. B (EN, ES, IT); SSCP-OCC Rev. 1"],
               ["Clinical data", "ORBICOR n = 220, 12 months; CEP criteria met"],
               ["PMCF", "Registry n = 500, 24 months, sample size justified"],
               ["Art. 54", "Not applicable (class III, not implantable; Art. 54(1)(b) concerns class IIb only)"],
               ["Conclusion", "Benefit-risk acceptable"]], widths=(25, 75)),
        ])


def files():
    return [
        F("CEP-OCC-01_Rev2.docx", "CEP", "en", cep()),
        F("CER-OCC-01_Rev3.pdf", "CER", "en", cer()),
        F("PMCF-OCC-01_Rev1.md", "PMCF-plan", "en", pmcf()),
        F("IFU-OCC-EN_RevB.pdf", "IFU", "en", ifu_en()),
        F("IFU-OCC-ES_RevB.docx", "IFU", "es", ifu_es()),
        F("IFU-OCC-IT_RevB.pdf", "IFU", "it", ifu_it()),
        F("SSCP-OCC_Rev1.docx", "SSCP", "en", sscp()),
        F("CEAR-OCC-2025-02.pdf", "CEAR", "en", cear()),
    ]


LABELS = [
    L("crown_speed_differs_cer_ifu", "specification", ["CER-OCC-01_Rev3.pdf", "IFU-OCC-EN_RevB.pdf"],
      [Q_RPM_CER, Q_RPM_IFU],
      "The CER states crown speeds of 60 000 / 90 000 rpm, the IFU (all languages) 80 000 / 120 000 rpm."),
    L("peripheral_and_bench_data_as_coronary_evidence", "evidence", ["CER-OCC-01_Rev3.pdf"],
      [Q_EV1, Q_EV2],
      "Data from a peripheral (femoropopliteal) study with another device variant and from an in-vitro model are used "
      "as pivotal clinical evidence for the coronary indication."),
    L("spanish_ifu_adds_moderate_calcification", "language", ["IFU-OCC-ES_RevB.docx", "IFU-OCC-EN_RevB.pdf"],
      [Q_LANG_ES, Q_LANG_EN],
      "The Spanish IFU widens the indication to moderately or severely calcified lesions; the English and Italian IFU, "
      "CER, SSCP and CEAR are limited to severely calcified lesions.", accept=["intended-use"]),
    L("cer_allows_centres_without_cardiac_surgery", "care-setting", ["CER-OCC-01_Rev3.pdf", "IFU-OCC-EN_RevB.pdf"],
      [Q_CS_CER, Q_CS_IFU],
      "The CER allows use in ambulatory PCI centres without on-site cardiac surgery; CEP, IFU, SSCP and CEAR require "
      "emergency cardiac surgery on site.", accept=["intended-use"]),
]
