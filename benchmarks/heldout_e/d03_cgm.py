"""e03: continuous glucose monitor with insulin-dosing claim (class IIb). Defective."""

from elib import Doc, Dossier
from ecommon import appendices

DOSSIER_ID = "e03_cgm"
MFR = "Nivalis Diagnostics S.r.l."
ADDR = "Via Giuseppe Verdi 41, 20121 Milano, Italy"
SRN = "IT-MF-000027733"
UDI = "8056371GT14CGMW2"
NB = "Medcert Italia S.r.l., Notified Body 2915"

SCOPE_CER = ("Because its readings are used to dose insulin, the system is a class IIb active device intended to "
             "administer a medicinal product (Rule 12)")
SCOPE_CER2 = "the consultation procedure of Article 54(1)(b) therefore applies"
SCOPE_CEAR = "The GlucoTrace 14 does not administer or remove any medicinal product; Article 54(1)(b) does not apply."
LIMIT_EN = "The system has not been evaluated in pregnant women, in persons on dialysis or in critically ill patients."
ES_WIDE = "incluidas las mujeres embarazadas y las personas en diálisis"
TEMPLATE = "[Describe the planned pre-market and post-market clinical investigations, or justify why none are needed.]"
PM_SURVEY = "An online user-satisfaction questionnaire will be offered to users through the GlucoTrace app."
PM_N = "Sample size: to be defined once sales volumes are known."
PM_T = "Timeline: to be defined after launch."

SAFETY_ROWS = [("Erythema at the insertion site", "3.2 %"), ("Oedema at the insertion site", "0.6 %"),
               ("Bleeding at insertion", "1.0 %"), ("Itching", "1.9 %"), ("Local infection", "0.3 %"),
               ("Sensor filament retained under the skin", "0 %")]


def cep():
    d = Doc("Clinical Evaluation Plan", subtitle="GlucoTrace 14 Continuous Glucose Monitoring System",
            meta=[("Document", "GT-CEP-01"), ("Version", "2"), ("Date", "9 September 2024"), ("Author", "Clinical Affairs, " + MFR)],
            header="GT-CEP-01 v2")
    d.h("1 Device")
    d.p("The GlucoTrace 14 system consists of a single-use sensor (14-day wear, enzymatic glucose-oxidase electrode, "
        "inserted 5 mm into the subcutaneous tissue of the upper arm), a reusable transmitter and the GlucoTrace app "
        "(iOS/Android) or the dedicated reader.")
    d.h("2 Classification")
    d.p("Class IIb under Annex VIII Rule 10 (monitoring of a vital physiological parameter whose variations may result "
        "in immediate danger) and Rule 11 (software providing information used to take insulin-dosing decisions). The "
        "device neither administers nor removes a medicinal product.")
    d.h("3 Intended purpose")
    d.p("Real-time continuous glucose monitoring in persons with diabetes mellitus aged 2 years and older, replacing "
        "fingerstick blood glucose testing for treatment decisions, including insulin dosing, and alerting users to "
        "low and high glucose.")
    d.h("4 Target groups")
    d.ul(["Persons with type 1 diabetes aged 2 years and older.",
          "Persons with type 2 diabetes treated with insulin, aged 18 years and older.",
          "Exclusions (not evaluated): pregnancy, dialysis, critical illness."])
    d.h("5 Clinical benefits and outcome parameters")
    d.table(["Benefit", "Outcome parameter", "Acceptance criterion"], [
        ["Accurate glucose values for insulin dosing", "MARD against YSI reference, overall and per age group", "≤ 10 %"],
        ["Safe treatment decisions", "Readings in zones A+B of the consensus error grid", "≥ 99 %"],
        ["Reliable hypoglycaemia detection", "Agreement within ±15 mg/dL below 70 mg/dL", "≥ 85 %"],
    ], widths=(34, 44, 22))
    d.h("6 Safety")
    d.p("Insertion-site reactions, bleeding, infection and retained filaments are recorded. Acceptance: serious "
        "device-related adverse events 0 %; local skin reactions ≤ 5 %.")
    d.h("7 Clinical development plan")
    d.p(TEMPLATE)
    d.h("8 Literature")
    d.p("PubMed and Embase, 2015–2024, for factory-calibrated CGM systems in children and adults; state of the art and "
        "device data searched separately.")
    return d


CER_CTX = {'name': 'GlucoTrace 14',
 'databases': 'PubMed and Embase',
 'period': 'January 2015 to November 2024',
 'records': '418',
 'retained': '14',
 'gspr': [('GSPR 1 and 8', 'GT14-ACCURACY: MARD 8.9 %, consensus error grid A+B 99.6 %'),
          ('GSPR 15.1', 'Accuracy over 40–400 mg/dL in adults and in children aged 2–17'),
          ('GSPR 22', 'Lay users; children under 13 supervised; usability validated')],
 'evaluators': ['Dr.ssa Chiara Rinaldi, diabetologist', 'Ing. Marco Ferri, clinical evaluation specialist'],
 'update': 'The report is updated yearly.'}


def cer():
    d = Doc("Clinical Evaluation Report – GlucoTrace 14", meta=[
        ("Document", "GT-CER-01"), ("Version", "3"), ("Date", "21 January 2025"), ("Manufacturer", f"{MFR}, {ADDR}"),
        ("SRN", SRN), ("Basic UDI-DI", UDI), ("CEP", "GT-CEP-01 v2")], header="GT-CER-01 v3 · GlucoTrace 14")
    d.h("1 Scope of the evaluation")
    d.p("This report covers the GlucoTrace 14 sensor, transmitter, reader and app version 3.2. " + SCOPE_CER + ", and "
        + SCOPE_CER2 + ".")
    d.h("2 Device description")
    d.table(["Feature", "Specification"], [
        ["Sensor wear", "up to 14 days"], ["Warm-up", "60 minutes"],
        ["Measurement range", "40–400 mg/dL (2.2–22.2 mmol/L)"], ["Reading interval", "every 5 minutes"],
        ["Calibration", "factory-calibrated, no fingerstick calibration"],
        ["Water resistance", "1 m for 30 minutes (IP27)"]], widths=(40, 60))
    d.h("3 Intended purpose")
    d.p("GlucoTrace 14 is intended for real-time continuous glucose monitoring in persons with diabetes aged 2 years "
        "and older. It replaces fingerstick testing for treatment decisions, including insulin dosing, and provides "
        "alerts for low and high glucose. " + LIMIT_EN)
    d.h("4 State of the art")
    d.p("Factory-calibrated CGM systems authorised for non-adjunctive use report MARD values of 7.8–10.5 % against "
        "laboratory references [1–3]. CGM use is associated with lower HbA1c and less time in hypoglycaemia in type 1 "
        "diabetes compared with self-monitoring of blood glucose [4]. International consensus sets time-in-range "
        "targets that rely on accurate sensor data [5].")
    d.h("5 Clinical data")
    d.p("Literature search: PubMed and Embase, January 2015 to November 2024; 418 records screened, 14 appraised. No "
        "equivalence is claimed; device-specific evidence comes from the GT14-ACCURACY investigation.")
    d.table(["Study", "Design", "Population", "Duration", "Result"], [
        ["GT14-ACCURACY [6]", "Prospective, multicentre, 6 sites in Italy and Spain", "312 participants: 198 adults, 114 children aged 2–17 (32 aged 2–5)", "14 days per sensor, 3 in-clinic YSI sessions", "Overall MARD 8.9 %"],
        ["Kovatchev 2019 [1]", "Review of CGM accuracy", "multiple systems", "–", "State of the art"],
        ["Beck 2017 [4]", "RCT, CGM vs SMBG", "158 adults with type 1 diabetes", "24 weeks", "HbA1c −0.6 %"],
    ], widths=(19, 24, 29, 14, 14))
    d.h("6 Performance results")
    d.table(["Outcome (GT-CEP-01)", "Criterion", "Result"], [
        ["MARD overall", "≤ 10 %", "8.9 %"], ["MARD adults", "≤ 10 %", "8.7 %"],
        ["MARD children 2–17 years", "≤ 10 %", "9.6 %"], ["Consensus error grid A+B", "≥ 99 %", "99.6 %"],
        ["Agreement within ±15 mg/dL below 70 mg/dL", "≥ 85 %", "88.1 %"]], widths=(50, 20, 30))
    d.h("7 Safety results")
    d.table(["Event", "Participants"], [list(r) for r in SAFETY_ROWS], widths=(60, 40))
    d.p("No serious device-related adverse event occurred. Local skin reactions (erythema, oedema, itching) affected "
        "4.8 % of participants, within the 5 % acceptance limit.")
    d.h("8 Benefit-risk")
    d.p("Accuracy meets the plan's criteria in adults and children; risks are mild and transient. The benefit-risk "
        "profile is favourable for the intended population.")
    d.h("9 Residual risks")
    d.ul(["Inaccurate readings leading to wrong insulin doses (mitigated by warnings on symptoms and warm-up).",
          "Interference by paracetamol above 1 g every 6 hours, ascorbic acid above 500 mg per day and hydroxyurea.",
          "Skin reactions, bleeding and infection at the insertion site."])
    d.h("10 PMCF")
    d.p("See the PMCF plan GT-PMCF-01 v1.")
    d.h("11 Conclusion")
    d.p("The GlucoTrace 14 system meets the relevant GSPRs for its intended purpose.")
    d.h("References")
    d.ol(["Kovatchev BP. Metrics for glycaemic control. Diabetes Technol Ther. 2019;21:S1-S10.",
          "Alva S et al. Accuracy of a 14-day factory-calibrated CGM system. Diabetes Technol Ther. 2021;23:90-99.",
          "Shah VN et al. Performance of a factory-calibrated CGM in children. Diabetes Technol Ther. 2018;20:428-33.",
          "Beck RW et al. Effect of CGM on glycaemic control in adults with type 1 diabetes (DIAMOND). JAMA. 2017;317:371-8.",
          "Battelino T et al. Clinical targets for CGM data interpretation. Diabetes Care. 2019;42:1593-1603.",
          "Nivalis Diagnostics. GT14-ACCURACY clinical investigation report GT-CIR-02, 2024."])
    appendices(d, CER_CTX, 2)
    return d


def pmcf():
    d = Doc("PMCF Plan – GlucoTrace 14", meta=[("Plan", "GT-PMCF-01"), ("Version", "1"), ("Date", "15 January 2025")])
    d.h("Device")
    d.p("GlucoTrace 14 CGM system, class IIb, Basic UDI-DI " + UDI + ". Intended for persons with diabetes aged 2 "
        "years and older.")
    d.h("Objective")
    d.p("Confirm the safety and performance of the device.")
    d.h("Method")
    d.p(PM_SURVEY + " Complaints and vigilance reports are reviewed as part of post-market surveillance.")
    d.h("Sample size and timeline")
    d.p(PM_N)
    d.p(PM_T)
    d.h("Reporting")
    d.p("Results will be summarised in the PMCF evaluation report.")
    return d


def ifu_en():
    d = Doc("GlucoTrace 14 – Instructions for Use", subtitle="Continuous Glucose Monitoring System",
            meta=[("Ref.", "GT-IFU-01 rev. 4"), ("Manufacturer", f"{MFR}, {ADDR}"), ("Basic UDI-DI", UDI)],
            header="GT-IFU-01 rev. 4 – EN")
    d.h("Indications for use")
    d.p("GlucoTrace 14 is a real-time continuous glucose monitoring system for persons with diabetes aged 2 years and "
        "older. It is designed to replace fingerstick blood glucose testing for diabetes treatment decisions, "
        "including insulin dosing. Alerts warn of low and high glucose levels. Children under 13 must be supervised "
        "by a caregiver.")
    d.h("Limitations")
    d.p(LIMIT_EN)
    d.h("Contraindications")
    d.p("Remove the sensor before magnetic resonance imaging (MRI), computed tomography (CT) or high-frequency "
        "electrical heat treatment (diathermy).")
    d.h("Warnings")
    d.ul(["If your symptoms do not match the sensor reading, check with a blood glucose meter before treating.",
          "Do not use sensor readings for insulin dosing during the 60-minute warm-up.",
          "Paracetamol above 1 g every 6 hours, vitamin C above 500 mg per day and hydroxyurea can falsely raise readings.",
          "Stop using the sensor and contact your healthcare professional if the insertion site becomes red, swollen or painful."])
    d.h("Possible side-effects")
    d.p("Redness, swelling, itching or minor bleeding at the insertion site; rarely infection.")
    d.h("Technical data")
    d.table(["Item", "Value"], [
        ["Sensor life", "14 days"], ["Warm-up time", "1 hour"], ["Glucose range", "2.2–22.2 mmol/L (40–400 mg/dL)"],
        ["Accuracy (MARD)", "8.9 %"], ["Operating temperature", "10–45 °C"], ["Water resistance", "IP27, 1 m for 30 min"]],
        widths=(40, 60))
    return d


def ifu_it():
    d = Doc("GlucoTrace 14 – Istruzioni per l’uso", subtitle="Sistema di monitoraggio continuo del glucosio",
            meta=[("Rif.", "GT-IFU-01 rev. 4"), ("Fabbricante", f"{MFR}, {ADDR}"), ("UDI-DI di base", UDI)],
            header="GT-IFU-01 rev. 4 – IT")
    d.h("Indicazioni d’uso")
    d.p("GlucoTrace 14 è un sistema di monitoraggio continuo del glucosio in tempo reale per persone con diabete di età "
        "pari o superiore a 2 anni. È progettato per sostituire la misurazione della glicemia capillare nelle decisioni "
        "terapeutiche, compreso il dosaggio dell’insulina. Gli allarmi segnalano livelli di glucosio bassi e alti. I "
        "bambini di età inferiore a 13 anni devono essere seguiti da un adulto.")
    d.h("Limitazioni")
    d.p("Il sistema non è stato valutato nelle donne in gravidanza, nelle persone in dialisi né nei pazienti in "
        "condizioni critiche.")
    d.h("Controindicazioni")
    d.p("Rimuovere il sensore prima di una risonanza magnetica (RM), di una tomografia computerizzata (TC) o di un "
        "trattamento con calore elettrico ad alta frequenza (diatermia).")
    d.h("Avvertenze")
    d.ul(["Se i sintomi non corrispondono alla lettura del sensore, verificare con un glucometro prima di intervenire.",
          "Non usare le letture del sensore per il dosaggio dell’insulina durante i 60 minuti di riscaldamento.",
          "Paracetamolo oltre 1 g ogni 6 ore, vitamina C oltre 500 mg al giorno e idrossiurea possono aumentare falsamente le letture.",
          "Interrompere l’uso del sensore e contattare il medico se il sito di inserimento diventa arrossato, gonfio o doloroso."])
    d.h("Possibili effetti collaterali")
    d.p("Arrossamento, gonfiore, prurito o lieve sanguinamento nel sito di inserimento; raramente infezione.")
    d.h("Dati tecnici")
    d.table(["Voce", "Valore"], [
        ["Durata del sensore", "14 giorni"], ["Riscaldamento", "1 ora"], ["Intervallo di glucosio", "2,2–22,2 mmol/L (40–400 mg/dL)"],
        ["Accuratezza (MARD)", "8,9 %"], ["Temperatura di esercizio", "10–45 °C"], ["Resistenza all’acqua", "IP27, 1 m per 30 min"]],
        widths=(40, 60))
    return d


def ifu_es():
    d = Doc("GlucoTrace 14 – Instrucciones de uso", subtitle="Sistema de monitorización continua de glucosa",
            meta=[("Ref.", "GT-IFU-01 rev. 4"), ("Fabricante", f"{MFR}, {ADDR}"), ("UDI-DI básico", UDI)],
            header="GT-IFU-01 rev. 4 – ES")
    d.h("Indicaciones de uso")
    d.p("GlucoTrace 14 es un sistema de monitorización continua de glucosa en tiempo real para personas con diabetes a "
        "partir de 2 años de edad, " + ES_WIDE + ". Está diseñado para sustituir la medición de glucosa capilar en las "
        "decisiones de tratamiento, incluida la dosificación de insulina. Las alertas avisan de niveles de glucosa "
        "bajos y altos. Los niños menores de 13 años deben estar supervisados por un cuidador.")
    d.h("Contraindicaciones")
    d.p("Retire el sensor antes de una resonancia magnética (RM), una tomografía computarizada (TC) o un tratamiento con "
        "calor eléctrico de alta frecuencia (diatermia).")
    d.h("Advertencias")
    d.ul(["Si los síntomas no coinciden con la lectura del sensor, compruébelo con un medidor de glucosa antes de actuar.",
          "No utilice las lecturas del sensor para dosificar insulina durante los 60 minutos de calentamiento.",
          "El paracetamol por encima de 1 g cada 6 horas, la vitamina C por encima de 500 mg al día y la hidroxiurea pueden elevar falsamente las lecturas.",
          "Deje de usar el sensor y consulte a su profesional sanitario si la zona de inserción se enrojece, se hincha o duele."])
    d.h("Posibles efectos secundarios")
    d.p("Enrojecimiento, hinchazón, picor o sangrado leve en la zona de inserción; raramente infección.")
    d.h("Datos técnicos")
    d.table(["Elemento", "Valor"], [
        ["Duración del sensor", "14 días"], ["Calentamiento", "1 hora"], ["Rango de glucosa", "2,2–22,2 mmol/L (40–400 mg/dL)"],
        ["Exactitud (MARD)", "8,9 %"], ["Temperatura de funcionamiento", "10–45 °C"], ["Resistencia al agua", "IP27, 1 m durante 30 min"]],
        widths=(40, 60))
    return d


def cear():
    d = Doc("Clinical Evaluation Assessment Report", subtitle=NB, meta=[
        ("CEAR", "MCI-CEAR-0311"), ("Device", "GlucoTrace 14 CGM System"), ("Assessment", "Initial, Annex IX"),
        ("Date", "3 March 2025")], header="Medcert Italia 2915 · MCI-CEAR-0311")
    d.h("A Administrative data")
    d.kv([("Manufacturer", f"{MFR} (SRN {SRN})"), ("Basic UDI-DI", UDI),
          ("Class and rules", "IIb – Annex VIII Rule 10 and Rule 11"),
          ("Documents", "GT-CEP-01 v2; GT-CER-01 v3; GT-PMCF-01 v1; GT-IFU-01 rev. 4 (EN, IT, ES)")])
    d.h("C Device and intended purpose")
    d.p("Real-time CGM for persons with diabetes aged 2 years and older, replacing fingerstick testing for treatment "
        "decisions including insulin dosing. Not evaluated in pregnancy, dialysis or critical illness. No equivalence "
        "claimed; not novel.")
    d.h("E Clinical investigation")
    d.p("GT14-ACCURACY (312 participants including 114 children) met the MARD, error-grid and hypoglycaemia agreement "
        "criteria; local skin reactions 4.8 %.")
    d.h("F PMCF")
    d.p("The PMCF plan GT-PMCF-01 v1 has been received and reviewed.")
    d.h("H Conclusions")
    d.p("The clinical evidence supports the intended purpose in adults and children from 2 years.")
    d.h("I Article 54")
    d.p("Class IIb under Rules 10 and 11. " + SCOPE_CEAR + " The consultation procedure is not required.")
    return d


def build(root):
    x = Dossier(DOSSIER_ID, "continuous glucose monitor (insulin-dosing claim)", "IIb", root)
    x.add("CEP_GlucoTrace14_GT-CEP-01_v2.docx", "CEP", cep())
    x.add("CER_GlucoTrace14_GT-CER-01_v3.pdf", "CER", cer())
    x.add("PMCF_plan_GT-PMCF-01.md", "PMCF-plan", pmcf())
    x.add("IFU_GlucoTrace14_EN.pdf", "IFU", ifu_en())
    x.add("IFU_GlucoTrace14_IT.pdf", "IFU", ifu_it(), lang="it")
    x.add("IFU_GlucoTrace14_ES.docx", "IFU", ifu_es(), lang="es")
    x.add("CEAR_MedcertItalia_GT14.pdf", "CEAR", cear(), serif=True, accent=(20, 90, 60))
    cer_f, cear_f = "CER_GlucoTrace14_GT-CER-01_v3.pdf", "CEAR_MedcertItalia_GT14.pdf"
    x.label("rule12_misapplied_to_cgm", "scope", [cer_f, cear_f, "CEP_GlucoTrace14_GT-CEP-01_v2.docx"],
            [SCOPE_CER, SCOPE_CER2, SCOPE_CEAR, "The device neither administers nor removes a medicinal product."],
            "The CER classifies the CGM under Rule 12 and claims Art. 54(1)(b) applies, although the sensor does not "
            "administer any medicinal product; CEP and CEAR classify under Rules 10/11 and exclude the procedure.",
            ["device-identity"])
    x.label("es_ifu_adds_pregnancy_dialysis", "language", ["IFU_GlucoTrace14_ES.docx", "IFU_GlucoTrace14_EN.pdf"],
            [ES_WIDE, LIMIT_EN],
            "The Spanish IFU extends the indication to pregnant women and persons on dialysis, whom the English IFU "
            "lists as not evaluated.", ["population", "intended-use"])
    x.label("cep_clinical_development_placeholder", "template", ["CEP_GlucoTrace14_GT-CEP-01_v2.docx"], [TEMPLATE],
            "The clinical development plan of the CEP is the unfilled template instruction.")
    x.label("pmcf_survey_without_sample_size", "pmcf", ["PMCF_plan_GT-PMCF-01.md"], [PM_SURVEY, PM_N, PM_T,
            "Confirm the safety and performance of the device."],
            "The PMCF plan is a satisfaction questionnaire with a generic objective, no sample size and no timeline; "
            "no link to residual risks (interference, skin reactions, paediatric accuracy).", ["template"])
    return x
