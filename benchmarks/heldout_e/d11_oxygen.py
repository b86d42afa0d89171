"""e11: home oxygen concentrator (class IIb, Rule 12). Defective."""

from elib import Doc, Dossier
from ecommon import appendices

DOSSIER_ID = "e11_oxygen"
MFR = "Aerolis Respiratory S.L."
ADDR = "Calle de la Innovación 12, 46980 Paterna (Valencia), Spain"
SRN = "ES-MF-000021457"
UDI = "8437019OXYHAVEN5P"
NB = "Iberia Certificación Sanitaria S.A., Notified Body 2937"

FLOW_CER = "The continuous flow is adjustable from 1 to 6 l/min"
FLOW_IFU = "0.5 to 5 L/min in steps of 0.5 L/min"
CLAIM = "Long-term use of OxyHaven 5 reverses the progression of COPD and restores normal lung function."
TAB6 = "The results of the alarm verification in the home-use study are given in Table 6."
PM1 = "A satisfaction questionnaire will be mailed to patients twelve months after delivery of the device."
PM2 = "Sample size: not applicable."
PM3 = "Other PMCF activities will be defined later, depending on complaint trends."

RISKS = ["Fire or burns (smoking, open flames, oil-based products)", "Hypoxaemia from device failure or power cut",
         "Hypercapnia in patients who retain carbon dioxide at excessive flow", "Nasal dryness or nosebleed",
         "Tripping over the oxygen tubing", "Electric shock"]


def cep():
    d = Doc("Clinical Evaluation Plan", subtitle="OxyHaven 5 stationary oxygen concentrator", meta=[
        ("Document", "OXH-CEP-01"), ("Revision", "2"), ("Date", "12 June 2024")], header="OXH-CEP-01 rev. 2")
    d.h("1. Device and classification")
    d.p("Stationary pressure-swing-adsorption oxygen concentrator for home use. Class IIb under Annex VIII Rule 12: an "
        "active device administering oxygen, a medicinal product, in a potentially hazardous manner. As a class IIb "
        "Rule 12 device it falls under Article 54(1)(b).")
    d.h("2. Intended purpose")
    d.p("Supplemental oxygen for long-term oxygen therapy at home in adults with chronic hypoxaemia (PaO2 ≤ 7.3 kPa, "
        "or ≤ 8.0 kPa with cor pulmonale, polycythaemia or pulmonary hypertension), on prescription. Used by patients "
        "and carers. Not intended to be life-supporting or life-sustaining.")
    d.h("3. Contraindications")
    d.p("Patients who depend on uninterrupted oxygen to survive without a back-up supply; active smokers.")
    d.h("4. Outcome parameters and acceptance criteria")
    d.table(["Outcome", "Acceptance criterion"], [
        ["Mean SpO2 at prescribed flow vs reference concentrator", "non-inferior, margin 1 percentage point"],
        ["Oxygen purity at every flow setting, measured in patients' homes", "≥ 87 % in all measurements"],
        ["Detection of low-purity and power-failure conditions", "100 %"],
        ["Device-related serious adverse events", "0"],
        ["Users completing critical tasks without help (usability)", "≥ 95 %"]], widths=(60, 40))
    d.h("5. Sources of evidence")
    d.p("OXH-HOME clinical investigation; usability study; literature on long-term oxygen therapy; post-market data "
        "of the predecessor OxyHaven 3 (same manufacturer, same intended purpose).")
    return d


CER_CTX = {'name': 'OxyHaven 5',
 'databases': 'PubMed, Embase and Cochrane',
 'period': '1975 to 2024',
 'records': '534',
 'retained': '13',
 'gspr': [('GSPR 1 and 8', 'OXH-HOME: SpO2 non-inferior to the reference concentrator'),
          ('GSPR 18', 'Low-purity and power-failure alarms detected in all provoked events'),
          ('GSPR 22', 'Usability with patients and carers: 97 % of critical tasks completed')],
 'evaluators': ['Dr. Javier Ortega, pulmonologist', 'Lucía Navarro, MSc, clinical evaluation specialist'],
 'update': 'The report is updated every year.'}


def cer():
    d = Doc("Clinical Evaluation Report – OxyHaven 5", meta=[
        ("Document", "OXH-CER-01"), ("Revision", "3"), ("Date", "22 January 2025"), ("Manufacturer", f"{MFR}, {ADDR}"),
        ("SRN", SRN), ("Basic UDI-DI", UDI), ("Notified Body", NB)], header="OXH-CER-01 rev. 3")
    d.h("1 Summary")
    d.p("OxyHaven 5 met the acceptance criteria of OXH-CEP-01 rev. 2 in a 48-patient home study and in the usability "
        "study. Post-market data of the predecessor OxyHaven 3 support the safety profile.")
    d.h("2 Device description")
    d.p("OxyHaven 5 produces oxygen of 90–96 % purity by pressure-swing adsorption on lithium zeolite. " + FLOW_CER +
        ". The device is class IIb under Rule 12. It weighs 14.5 kg, has a sound level of 40 dB(A) and an oxygen-purity sensor with alarm below 82 %.")
    d.p("Table 1 – Main characteristics")
    d.table(["Characteristic", "Value"], [["Oxygen purity", "90–96 %"], ["Power consumption", "300 W"],
                                          ["Weight", "14.5 kg"], ["Sound level", "40 dB(A)"],
                                          ["Alarms", "low purity, power failure, high/low pressure, no flow"]], widths=(40, 60))
    d.h("3 Intended purpose")
    d.p("Long-term oxygen therapy at home for adults with chronic hypoxaemia meeting LTOT criteria (PaO2 ≤ 7.3 kPa, or "
        "≤ 8.0 kPa with cor pulmonale, polycythaemia or pulmonary hypertension). Not intended to be life-supporting. "
        "Contraindicated in patients who depend on uninterrupted oxygen without a back-up supply and in active smokers.")
    d.h("4 State of the art")
    d.p("In COPD with severe resting hypoxaemia, long-term oxygen used for at least 15 hours a day prolongs survival "
        "(NOTT, MRC) [1, 2]; in moderate desaturation it gives no survival benefit (LOTT) [3]. Oxygen therapy does not "
        "alter the decline of lung function. Concentrators are the standard source for home LTOT [4].")
    d.h("5 Clinical data")
    d.p("Table 2 – Studies")
    d.table(["Study", "Design", "n", "Duration", "Result"], [
        ["OXH-HOME [5]", "Prospective crossover vs reference concentrator, adults on LTOT at home", "48", "2 × 2 weeks", "Mean SpO2 93.1 % vs 93.3 %"],
        ["OXH-HF-02 [6]", "Usability, patients and carers", "30", "1 session", "97 % completed critical tasks"],
        ["OxyHaven 3 PMS [7]", "Complaints and vigilance, predecessor device", "11,400 devices", "4 years", "No device-related serious incident"],
        ["NOTT 1980 [1]", "RCT continuous vs nocturnal oxygen", "203", "mean 19 months", "State of the art"]],
        widths=(16, 36, 12, 14, 22))
    d.h("6 Results")
    d.p("Table 3 – Acceptance criteria")
    d.table(["Criterion", "Target", "Result", "Met"], [
        ["SpO2 difference vs reference", "≥ −1 point", "−0.2 (95 % CI −0.6 to 0.2)", "yes"],
        ["Oxygen purity in homes", "≥ 87 %", "all 576 measurements between 90.4 and 95.8 %", "yes"],
        ["Detection of low purity and power failure", "100 %", "100 % (48/48 provoked events)", "yes"],
        ["Device-related serious adverse events", "0", "0", "yes"],
        ["Critical tasks completed", "≥ 95 %", "97 %", "yes"]], widths=(36, 16, 36, 12))
    d.p(TAB6)
    d.h("7 Safety")
    d.p("Table 4 – Adverse events in OXH-HOME")
    d.table(["Event", "Patients"], [["Nasal dryness", "5 (10.4 %)"], ["Nosebleed", "1 (2.1 %)"],
                                    ["Fall over tubing", "0"], ["Hypercapnic episode", "0"]], widths=(60, 40))
    d.h("8 Benefit-risk")
    d.p(CLAIM + " The residual risks are acceptable.")
    d.h("9 Residual risks")
    d.ul(RISKS)
    d.h("10 PMCF")
    d.p("PMCF plan OXH-PMCF-01 rev. 1.")
    d.h("References")
    d.ol(["Nocturnal Oxygen Therapy Trial Group. Ann Intern Med. 1980;93:391-8.",
          "Medical Research Council Working Party. Lancet. 1981;1:681-6.",
          "Long-Term Oxygen Treatment Trial Research Group. N Engl J Med. 2016;375:1617-27.",
          "Hardinge M et al. BTS guidelines for home oxygen use in adults. Thorax. 2015;70 Suppl 1:i1-43.",
          "Aerolis Respiratory. OXH-HOME clinical investigation report OXH-CIR-04, 2024.",
          "Aerolis Respiratory. Summative usability report OXH-HF-02, 2024.",
          "Aerolis Respiratory. OxyHaven 3 post-market surveillance report PMS-OXH3-2024."])
    appendices(d, CER_CTX, 1)
    return d


def pmcf():
    d = Doc("PMCF Plan", subtitle="OxyHaven 5", meta=[("Document", "OXH-PMCF-01"), ("Revision", "1"), ("Date", "24 January 2025")])
    d.h("Objective")
    d.p("To confirm the safety and performance of OxyHaven 5 throughout its lifetime.")
    d.h("Method")
    d.p(PM1 + " " + PM3)
    d.p(PM2)
    d.h("Reporting")
    d.p("The PMCF evaluation report will be part of the next CER update.")
    return d


def ifu_en():
    d = Doc("OxyHaven 5 – User Manual", subtitle="Stationary oxygen concentrator for home use", meta=[
        ("Document", "OXH-IFU-EN rev. 5"), ("Manufacturer", f"{MFR}, {ADDR}"), ("Basic UDI-DI", UDI)],
        header="OXH-IFU-EN rev. 5")
    d.h("Intended use")
    d.p("OxyHaven 5 supplies supplemental oxygen to adults with chronic hypoxaemia who have been prescribed long-term "
        "oxygen therapy at home. It is used by patients and carers. It is not intended to be life-supporting or "
        "life-sustaining.")
    d.h("Contraindications")
    d.p("Do not use if you depend on uninterrupted oxygen to survive and have no back-up supply. Do not use if you smoke.")
    d.h("Warnings")
    d.ul(["Oxygen makes things burn faster: no smoking, candles or open flames within 2 m of the device or tubing.",
          "Keep a back-up oxygen cylinder for power cuts or alarms.",
          "Do not change the flow setting unless your doctor tells you to; too much oxygen can be harmful for some patients.",
          "Do not use oil, grease or petroleum-based creams near the nasal cannula."])
    d.h("Alarms")
    d.p("Low oxygen purity (below 82 %), power failure, high or low pressure, no flow. If an alarm sounds, switch to the "
        "back-up cylinder and call your oxygen supplier.")
    d.h("Possible side-effects")
    d.p("Nasal dryness, nosebleed; burns in case of fire; tripping over tubing.")
    d.h("Specifications")
    d.table(["Item", "Value"], [["Flow settings", FLOW_IFU], ["Oxygen purity", "93 % ± 3 % at all settings"],
                                ["Power", "300 W"], ["Weight", "14.5 kg"], ["Sound level", "40 dB(A)"]], widths=(35, 65))
    return d


def ifu_es():
    d = Doc("OxyHaven 5 – Manual del usuario", subtitle="Concentrador de oxígeno estacionario para uso domiciliario", meta=[
        ("Documento", "OXH-IFU-ES rev. 5"), ("Fabricante", f"{MFR}, {ADDR}"), ("UDI-DI básico", UDI)],
        header="OXH-IFU-ES rev. 5")
    d.h("Uso previsto")
    d.p("OxyHaven 5 suministra oxígeno suplementario a adultos con hipoxemia crónica a quienes se ha prescrito "
        "oxigenoterapia crónica domiciliaria. Lo utilizan los pacientes y sus cuidadores. No está destinado a soporte ni "
        "mantenimiento vital.")
    d.h("Contraindicaciones")
    d.p("No lo utilice si depende de un aporte ininterrumpido de oxígeno para sobrevivir y no dispone de suministro de "
        "reserva. No lo utilice si fuma.")
    d.h("Advertencias")
    d.ul(["El oxígeno hace que las cosas ardan más rápido: no fume ni utilice velas o llamas abiertas a menos de 2 m del equipo o del tubo.",
          "Tenga una bombona de oxígeno de reserva para cortes de corriente o alarmas.",
          "No cambie el ajuste de flujo salvo indicación de su médico; un exceso de oxígeno puede ser perjudicial para algunos pacientes.",
          "No utilice aceites, grasas ni cremas derivadas del petróleo cerca de la cánula nasal."])
    d.h("Alarmas")
    d.p("Pureza de oxígeno baja (inferior al 82 %), fallo de alimentación, presión alta o baja, ausencia de flujo. Si suena "
        "una alarma, cambie a la bombona de reserva y llame a su proveedor de oxígeno.")
    d.h("Posibles efectos secundarios")
    d.p("Sequedad nasal, hemorragia nasal; quemaduras en caso de incendio; tropiezos con el tubo.")
    d.h("Especificaciones")
    d.table(["Elemento", "Valor"], [["Ajustes de flujo", "de 0,5 a 5 L/min en pasos de 0,5 L/min"],
                                    ["Pureza de oxígeno", "93 % ± 3 % en todos los ajustes"], ["Potencia", "300 W"],
                                    ["Peso", "14,5 kg"], ["Nivel sonoro", "40 dB(A)"]], widths=(35, 65))
    return d


def ifu_it():
    d = Doc("OxyHaven 5 – Manuale d’uso", subtitle="Concentratore di ossigeno stazionario per uso domiciliare", meta=[
        ("Documento", "OXH-IFU-IT rev. 5"), ("Fabbricante", f"{MFR}, {ADDR}"), ("UDI-DI di base", UDI)],
        header="OXH-IFU-IT rev. 5")
    d.h("Uso previsto")
    d.p("OxyHaven 5 fornisce ossigeno supplementare ad adulti con ipossiemia cronica ai quali è stata prescritta "
        "l’ossigenoterapia a lungo termine a domicilio. È utilizzato dai pazienti e da chi li assiste. Non è destinato al "
        "supporto o al mantenimento delle funzioni vitali.")
    d.h("Controindicazioni")
    d.p("Non utilizzare se si dipende da un apporto continuo di ossigeno per sopravvivere e non si dispone di una fonte "
        "di riserva. Non utilizzare se si fuma.")
    d.h("Avvertenze")
    d.ul(["L’ossigeno fa bruciare le cose più rapidamente: non fumare né usare candele o fiamme libere a meno di 2 m dall’apparecchio o dal tubo.",
          "Tenere una bombola di ossigeno di riserva per interruzioni di corrente o allarmi.",
          "Non modificare il flusso se non su indicazione del medico; troppo ossigeno può essere dannoso per alcuni pazienti.",
          "Non usare oli, grassi o creme a base di petrolio vicino alla cannula nasale."])
    d.h("Allarmi")
    d.p("Purezza dell’ossigeno bassa (inferiore all’82 %), mancanza di alimentazione, pressione alta o bassa, assenza di "
        "flusso. Se suona un allarme, passare alla bombola di riserva e chiamare il fornitore di ossigeno.")
    d.h("Possibili effetti collaterali")
    d.p("Secchezza nasale, epistassi; ustioni in caso di incendio; inciampo nel tubo.")
    d.h("Specifiche")
    d.table(["Voce", "Valore"], [["Impostazioni di flusso", "da 0,5 a 5 L/min a passi di 0,5 L/min"],
                                 ["Purezza dell’ossigeno", "93 % ± 3 % a tutte le impostazioni"], ["Potenza", "300 W"],
                                 ["Peso", "14,5 kg"], ["Livello sonoro", "40 dB(A)"]], widths=(35, 65))
    return d


def cear():
    d = Doc("Clinical Evaluation Assessment Report", subtitle=NB, meta=[
        ("Report", "ICS-CEAR-25-0109"), ("Device", "OxyHaven 5 stationary oxygen concentrator"), ("Date", "27 February 2025")],
        header="ICS-CEAR-25-0109")
    d.h("A. Administrative particulars")
    d.kv([("Manufacturer", f"{MFR}, SRN {SRN}"), ("Basic UDI-DI", UDI), ("Class", "IIb, Rule 12"),
          ("Documents", "OXH-CEP-01 rev. 2; OXH-CER-01 rev. 3; OXH-PMCF-01 rev. 1; OXH-IFU rev. 5 (EN, ES, IT)")])
    d.h("C. Device and intended purpose")
    d.p("Stationary concentrator for long-term oxygen therapy at home in adults with chronic hypoxaemia meeting LTOT "
        "criteria; used by patients and carers; not life-supporting. The predecessor OxyHaven 3 is the manufacturer's "
        "own device with the same intended purpose.")
    d.h("E. Clinical data")
    d.p("OXH-HOME (48 patients) and the usability study met the CEP acceptance criteria.")
    d.h("F. PMCF")
    d.p("PMCF plan OXH-PMCF-01 rev. 1 reviewed.")
    d.h("H. Conclusions")
    d.p("Benefit-risk acceptable for the intended purpose.")
    d.h("I. Article 54")
    d.p("Class IIb active device administering a medicinal product (oxygen) under Rule 12: Article 54(1)(b) applies. "
        "Panel: respiratory, anaesthesiology and intensive care.")
    return d


def build(root):
    x = Dossier(DOSSIER_ID, "home oxygen concentrator", "IIb", root)
    x.add("OXH-CEP-01_rev2.docx", "CEP", cep())
    x.add("OXH-CER-01_rev3.pdf", "CER", cer())
    x.add("OXH-PMCF-01_rev1.md", "PMCF-plan", pmcf())
    x.add("OxyHaven5_UserManual_EN.pdf", "IFU", ifu_en(), serif=True)
    x.add("OxyHaven5_Manual_ES.docx", "IFU", ifu_es(), lang="es")
    x.add("OxyHaven5_Manuale_IT.pdf", "IFU", ifu_it(), lang="it", serif=True)
    x.add("ICS-CEAR-25-0109.docx", "CEAR", cear())
    cer_f, ifu = "OXH-CER-01_rev3.pdf", "OxyHaven5_UserManual_EN.pdf"
    x.label("flow_range_differs", "specification", [cer_f, ifu], [FLOW_CER, FLOW_IFU],
            "The CER describes a flow range of 1–6 l/min; the IFU (all languages) 0.5–5 L/min.")
    x.label("reverses_copd_claim", "claim", [cer_f], [CLAIM, "Oxygen therapy does not alter the decline of lung function."],
            "The CER claims that oxygen therapy reverses COPD and restores normal lung function, contradicting "
            "physiology and its own state-of-the-art section; no data support it.")
    x.label("pmcf_questionnaire_only", "pmcf", ["OXH-PMCF-01_rev1.md"], [PM1, PM2, PM3],
            "PMCF consists of a patient satisfaction questionnaire without sample size, endpoints or timeline, with "
            "further activities left for later and no link to residual risks.", ["template"])
    x.label("dangling_table_6", "documentation", [cer_f], [TAB6],
            "The CER refers to Table 6 for alarm verification results; the report has only Tables 1–4.")
    return x
