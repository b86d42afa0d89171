"""e02: implantable cardioverter-defibrillator (class III, active implantable). Clean."""

from elib import Doc, Dossier
from ecommon import appendices

DOSSIER_ID = "e02_icd"
MFR = "Halvard Rhythm Medical AB"
ADDR = "Sankt Eriksgatan 58, 113 34 Stockholm, Sweden"
SRN = "SE-MF-000022519"
UDI = "7350118SENTRIXICDK7"
NB = "Baltica Certification Oy, Notified Body 2964"

AE = ["Pocket hematoma requiring intervention", "Device or pocket infection", "Lead dislodgement requiring repositioning",
      "Pneumothorax", "Inappropriate shock", "Failure to convert a ventricular arrhythmia",
      "Pocket erosion", "Venous thrombosis", "Anxiety or depression related to shocks", "Death"]
AE_RATES = ["1.2%", "0.7%", "1.9%", "0.5%", "2.4%", "1.8% of episodes", "0.2%", "0.2%", "3.1%",
            "3.9% (none device-related)"]


def cep():
    d = Doc("Clinical Evaluation Plan: Sentrix ICD family", meta=[
        ("Doc. no.", "SX-CEP-0102"), ("Version", "2.0"), ("Effective", "2024-10-07"), ("Owner", "Clinical Affairs, " + MFR)],
        header="SX-CEP-0102 v2.0")
    d.h("Scope")
    d.p("This plan covers the Sentrix VR (single-chamber) and Sentrix DR (dual-chamber) implantable "
        "cardioverter-defibrillators, their programmer software SX-Prog 4.1 and the remote monitoring transmitter "
        "SX-Link. Leads are not in scope; the system is labeled for use with DF4-LLHH and IS-1 leads.")
    d.h("Classification")
    d.p("Active implantable device: class III per Annex VIII, Rule 8. The Notified Body will run the clinical evaluation "
        "consultation procedure under Article 54(1)(a) MDR.")
    d.h("Intended purpose")
    d.p("The Sentrix ICD is intended to provide ventricular antitachycardia pacing, cardioversion and defibrillation, and "
        "bradycardia pacing, for patients at high risk of sudden cardiac death due to ventricular tachyarrhythmias.")
    d.h("Target population, indications, contraindications")
    d.ul(["Population: adults (18 years of age and older).",
          "Secondary prevention: survivors of ventricular fibrillation or hemodynamically unstable ventricular tachycardia without a reversible cause.",
          "Primary prevention: left ventricular ejection fraction ≤ 35% despite at least 3 months of optimal medical therapy, NYHA class II–III.",
          "Sentrix DR additionally: patients who also need atrial sensing or dual-chamber bradycardia pacing.",
          "Contraindications: tachyarrhythmias due to a reversible cause; incessant VT or VF; life expectancy below 1 year; unipolar pacemaker in place."])
    d.h("Clinical benefits and outcome parameters")
    d.table(["Benefit", "Parameter", "Acceptance criterion"], [
        ["Termination of life-threatening ventricular arrhythmia", "Conversion success of spontaneous VT/VF episodes (12 months)", "≥ 95% of episodes"],
        ["Reliable detection", "Inappropriate shock rate (patients, 12 months)", "≤ 5%"],
        ["Safe implantation and follow-up", "Freedom from system-related complications at 6 months", "≥ 90%"],
    ], widths=(34, 40, 26))
    d.h("Safety")
    d.p("Complications are classified per the SENTRIX-CI clinical investigation plan and compared with published rates "
        "for transvenous ICDs (complication rates of 4–10% in the first year). Residual risks listed in risk management "
        "file SX-RMF-0102 are checked against the observed data.")
    d.h("Clinical development")
    d.ol(["SENTRIX-CI pre-market investigation, 412 subjects, 12-month follow-up.",
          "Literature review: device data and state of the art, separately searched.",
          "PMCF: 5-year SENTRIX-LONG registry including battery longevity."])
    d.h("Benefit-risk method")
    d.p("Benefit-risk is accepted when all three criteria are met and the complication profile lies within the range of "
        "the state of the art.")
    return d


CER_CTX = {'name': 'Sentrix ICD',
 'databases': 'PubMed and Embase',
 'period': 'January 2014 to December 2024',
 'records': '653',
 'retained': '9',
 'gspr': [('GSPR 1 and 8', 'SENTRIX-CI: conversion 98.2%, freedom from system-related complications 96.4%'),
          ('GSPR 14', 'DF4 and IS-1 connections: no connection-related adverse event'),
          ('GSPR 17 and 18',
           'Detection and discrimination: inappropriate shocks in 2.4% of subjects at 12 months'),
          ('GSPR 23', 'IFU and SSCP reviewed against this report')],
 'evaluators': ['Lars Enqvist, MD, PhD, electrophysiologist',
                'Karin Lidholm, MSc, clinical evaluation specialist',
                'Jonas Berg, PhD, biostatistician'],
 'update': 'The report is updated every year.'}


def cer():
    d = Doc("Clinical Evaluation Report — Sentrix ICD", subtitle="Sentrix VR / Sentrix DR implantable cardioverter-defibrillators",
            meta=[("Report", "SX-CER-0103"), ("Version", "3.1"), ("Date", "February 18, 2025"),
                  ("Manufacturer", f"{MFR}, {ADDR}"), ("SRN", SRN), ("Basic UDI-DI", UDI),
                  ("Plan", "SX-CEP-0102 v2.0")], header="SX-CER-0103 v3.1")
    d.h("Section 1 — Executive summary")
    d.p("The Sentrix ICD system met every acceptance criterion of the clinical evaluation plan in the SENTRIX-CI "
        "investigation (412 subjects, 12 months). The benefit-risk profile is favorable and in line with current "
        "transvenous ICDs. Battery longevity is a projected engineering value and is followed in the PMCF registry.")
    d.h("Section 2 — Device description")
    d.p("The Sentrix ICD is a titanium-encased pulse generator with a biphasic high-voltage output, automatic capture "
        "management and remote monitoring. Two models exist: Sentrix VR (one DF4 port) and Sentrix DR (one DF4 port and "
        "one IS-1 atrial port). Both are active implantable devices, class III under Rule 8.")
    d.table(["Characteristic", "Sentrix VR", "Sentrix DR"], [
        ["Maximum delivered shock energy", "40 joules", "40 joules"],
        ["Charge time to maximum energy (beginning of life)", "≤ 9.5 s", "≤ 9.5 s"],
        ["Volume / mass", "31 cm³ / 71 g", "32 cm³ / 73 g"],
        ["Projected longevity (standard settings)", "10.8 years", "9.6 years"],
        ["MR conditional", "1.5 T and 3 T, full body", "1.5 T and 3 T, full body"],
    ], widths=(46, 27, 27))
    d.h("Section 3 — Intended purpose and indications")
    d.p("Sentrix ICDs deliver antitachycardia pacing, cardioversion and defibrillation as well as bradycardia pacing to "
        "patients aged 18 years or above who are at high risk of sudden cardiac death from ventricular "
        "tachyarrhythmias: survivors of VF or unstable VT without a reversible cause (secondary prevention) and patients "
        "with LVEF ≤ 35% despite at least 3 months of optimal medical therapy in NYHA class II–III (primary "
        "prevention). The dual-chamber model is meant for those who also need atrial sensing or pacing.")
    d.p("Contraindications: reversible causes of the arrhythmia, incessant VT or VF, life expectancy below 1 year, "
        "and a unipolar pacemaker in place.")
    d.h("Section 4 — State of the art")
    d.p("ICD therapy reduces all-cause mortality in secondary prevention and in primary prevention of ischemic "
        "cardiomyopathy (AVID, MADIT-II, SCD-HeFT) and is recommended by the 2022 ESC guidelines on ventricular "
        "arrhythmias. Contemporary devices achieve conversion of more than 95% of spontaneous episodes; inappropriate "
        "shocks occur in 2–6% of patients per year with modern discrimination algorithms; first-year complication "
        "rates range from 4% to 10% [1–4].")
    d.h("Section 5 — Clinical data")
    d.p("The literature search (PubMed, Embase; January 2014 to December 2024) returned 642 records for the state of the "
        "art and 11 for the device under evaluation. No equivalence to another device is claimed: the clinical evidence "
        "for Sentrix comes from the manufacturer's own investigation.")
    d.table(["Study", "Design", "Subjects", "Follow-up", "Key result"], [
        ["SENTRIX-CI [5]", "Prospective, multicenter, single-arm (CIV-19-11-030512)", "412 (VR 171, DR 241), adults",
         "12 months", "Conversion 98.2% of 283 spontaneous episodes"],
        ["Halvard PMS data [6]", "Complaint and returned-product analysis, first 1,850 implants outside the EU", "1,850", "median 7 months",
         "No battery or high-voltage failure"],
    ], widths=(18, 30, 20, 12, 20))
    d.p("SENTRIX-CI enrolled 412 adults (mean age 63.1 years, range 21–86; 23% women; mean LVEF 29%); 68% primary "
        "prevention. Follow-up at 12 months was complete for 397 subjects (96.4%).")
    d.h("Section 6 — Performance and safety results")
    d.table(["Endpoint (SX-CEP-0102)", "Criterion", "Result", "Met?"], [
        ["Conversion of spontaneous VT/VF episodes", "≥ 95%", "98.2% (278/283)", "Yes"],
        ["Inappropriate shock (patients, 12 months)", "≤ 5%", "2.4% (10/412)", "Yes"],
        ["Freedom from system-related complications, 6 months", "≥ 90%", "96.4% (95% CI 94.1–98.0)", "Yes"],
    ], widths=(44, 16, 28, 12))
    d.table(["Adverse event (12 months)", "Rate"], list(zip(AE, AE_RATES)), widths=(70, 30))
    d.h("Section 7 — Benefit-risk determination")
    d.p("The clinical benefit (termination of 98.2% of life-threatening episodes) clearly outweighs the observed "
        "complications, which lie at the lower end of the state-of-the-art range. The benefit-risk determination is "
        "favorable for both models within the labeled indications.")
    d.h("Section 8 — Residual risks and labeling")
    d.p("All adverse events in the table of Section 6 appear in the IFU and the SSCP. Projected longevity figures are "
        "labeled as projections.")
    d.h("Section 9 — Post-market clinical follow-up")
    d.p("Open questions: battery longevity in real use, long-term lead-generator interaction and inappropriate shock "
        "rates beyond 12 months. The PMCF plan SX-PMCF-0104 v1.2 addresses them with the SENTRIX-LONG registry.")
    d.h("Section 10 — Conclusions")
    d.p("Clinical evidence from SENTRIX-CI supports conformity with the relevant GSPRs (1, 8, 14, 17, 18, 23) for "
        "the intended purpose, indications and population.")
    d.h("References")
    d.ol(["The AVID Investigators. N Engl J Med. 1997;337:1576-83.",
          "Moss AJ et al. MADIT-II. N Engl J Med. 2002;346:877-83.",
          "Bardy GH et al. SCD-HeFT. N Engl J Med. 2005;352:225-37.",
          "Zeppenfeld K et al. 2022 ESC Guidelines for ventricular arrhythmias. Eur Heart J. 2022;43:3997-4126.",
          "Halvard Rhythm Medical. SENTRIX-CI final clinical investigation report SX-CIR-0088, 2024.",
          "Halvard Rhythm Medical. PMS report SX-PMS-0110, 2024."])
    appendices(d, CER_CTX, 1)
    return d


def pmcf():
    d = Doc("PMCF Plan — Sentrix ICD", meta=[("Plan no.", "SX-PMCF-0104"), ("Version", "1.2"), ("Date", "January 30, 2025"),
                                              ("Linked CER", "SX-CER-0103 v3.1")], header="SX-PMCF-0104 v1.2")
    d.h("1. Device summary")
    d.p("Sentrix VR and Sentrix DR ICDs, class III (Rule 8), Basic UDI-DI " + UDI + ". Intended for adults (18 years "
        "and older) at high risk of sudden cardiac death from ventricular tachyarrhythmias. Not a novel device.")
    d.h("2. Objectives")
    d.ul(["O1: confirm projected battery longevity (residual risk R-07, premature battery depletion).",
          "O2: estimate inappropriate shock rates at 2, 3 and 5 years (residual risk R-03).",
          "O3: estimate system-related complication rates over 5 years, including lead-related events.",
          "O4: identify off-label use (e.g., pediatric implants) and emerging risks."])
    d.h("3. Methods")
    d.p("SENTRIX-LONG is a prospective, multicenter, post-market registry in 25 European implanting centers. All "
        "consecutive adults receiving a Sentrix ICD within the labeled indications are eligible. Remote monitoring "
        "transmissions provide battery voltage and therapy data; in-office follow-up occurs yearly.")
    d.p("Sample size: with an expected 5-year freedom from system-related complications of 92%, 707 evaluable "
        "patients give a 95% confidence interval half-width of ±2%; allowing 30% attrition (mostly deaths), 1,000 "
        "patients will be enrolled.")
    d.p("General activities: literature screening every 6 months, complaint and returned-product trending, review of "
        "the national ICD registries of Sweden and Denmark.")
    d.h("4. Endpoints")
    d.table(["Endpoint", "Time points"], [
        ["Device longevity (time to elective replacement indicator)", "continuous, reported yearly"],
        ["Inappropriate shocks (patients)", "1, 2, 3, 5 years"],
        ["System-related complications", "1, 2, 3, 5 years"],
        ["Conversion success of spontaneous episodes", "yearly"]], widths=(60, 40))
    d.h("5. Timeline")
    d.p("Enrollment April 2025 to March 2027; 5-year follow-up; interim analyses each year; PMCF evaluation report "
        "every 12 months; final report 2032.")
    d.h("6. Limitations")
    d.p("Registry data carry a risk of selection bias; consecutive enrollment and source-data verification of 10% of "
        "records mitigate it. Loss to follow-up is expected to be low because of remote monitoring.")
    return d


def ifu_en():
    d = Doc("Sentrix™ VR / DR Implantable Cardioverter-Defibrillator", subtitle="Instructions for Use — physician's manual",
            meta=[("Part no.", "SX-IFU-200"), ("Revision", "C"), ("Manufacturer", f"{MFR}, {ADDR}"), ("Basic UDI-DI", UDI)],
            header="SX-IFU-200 Rev. C")
    d.h("Indications for use")
    d.p("The Sentrix ICD provides ventricular antitachycardia pacing, cardioversion, defibrillation and bradycardia "
        "pacing for adult patients (18 years and older) at high risk of sudden cardiac death due to ventricular "
        "tachyarrhythmias, namely:")
    d.ul(["survivors of ventricular fibrillation or hemodynamically unstable ventricular tachycardia without a reversible cause;",
          "patients with a left ventricular ejection fraction of 35% or less despite at least three months of optimal medical therapy, NYHA class II or III."])
    d.p("Sentrix DR is indicated for patients who in addition require atrial sensing or dual-chamber pacing.")
    d.h("Contraindications")
    d.ul(["Ventricular tachyarrhythmias due to a transient or reversible cause (e.g., acute ischemia, electrolyte imbalance, drug toxicity).",
          "Incessant VT or VF.", "Life expectancy of less than one year.", "Patients with a unipolar pacemaker."])
    d.h("Warnings and precautions")
    d.ul(["Electrocautery: program tachyarrhythmia detection off only while the patient is continuously monitored with an external defibrillator at hand, and reprogram it on immediately after the procedure.",
          "MRI: scan only under the MR conditions in the MRI technical manual, with the device in MR mode.",
          "Keep magnets and mobile phones at least 15 cm from the device.",
          "Do not implant in patients with a known allergy to titanium or silicone."])
    d.h("Potential adverse events")
    d.p(", ".join(a.lower() for a in AE) + ".")
    d.h("Specifications")
    d.table(["Parameter", "Sentrix VR", "Sentrix DR"], [
        ["Max. delivered energy", "40 J", "40 J"], ["Charge time (BOL)", "≤ 9.5 s", "≤ 9.5 s"],
        ["Volume", "31 cc", "32 cc"], ["Mass", "71 g", "73 g"],
        ["Projected longevity*", "10.8 years", "9.6 years"], ["Connectors", "DF4-LLHH", "DF4-LLHH + IS-1"]],
        widths=(40, 30, 30))
    d.note("*Projection from battery modeling at standard settings; actual longevity depends on programming and therapy delivered.")
    d.p("The Summary of Safety and Clinical Performance is available in EUDAMED.")
    return d


def ifu_es():
    d = Doc("Sentrix™ VR / DR Desfibrilador automático implantable", subtitle="Instrucciones de uso — manual del médico",
            meta=[("Referencia", "SX-IFU-200"), ("Revisión", "C"), ("Fabricante", f"{MFR}, {ADDR}"), ("UDI-DI básico", UDI)],
            header="SX-IFU-200 Rev. C (ES)")
    d.h("Indicaciones de uso")
    d.p("El DAI Sentrix proporciona estimulación antitaquicardia ventricular, cardioversión, desfibrilación y "
        "estimulación antibradicardia a pacientes adultos (a partir de 18 años) con alto riesgo de muerte súbita "
        "cardíaca por taquiarritmias ventriculares, es decir:")
    d.ul(["supervivientes de fibrilación ventricular o de taquicardia ventricular hemodinámicamente inestable sin causa reversible;",
          "pacientes con una fracción de eyección del ventrículo izquierdo igual o inferior al 35 % pese a al menos tres meses de tratamiento médico óptimo, en clase II o III de la NYHA."])
    d.p("Sentrix DR está indicado además en pacientes que requieren detección auricular o estimulación bicameral.")
    d.h("Contraindicaciones")
    d.ul(["Taquiarritmias ventriculares de causa transitoria o reversible (p. ej., isquemia aguda, alteraciones electrolíticas, toxicidad farmacológica).",
          "TV o FV incesante.", "Esperanza de vida inferior a un año.", "Pacientes portadores de un marcapasos unipolar."])
    d.h("Advertencias y precauciones")
    d.ul(["Electrocauterio: desactivar la detección de taquiarritmias solo mientras el paciente esté monitorizado de forma continua con un desfibrilador externo disponible, y reactivarla inmediatamente después del procedimiento.",
          "RM: realizar la exploración solo en las condiciones indicadas en el manual técnico de RM, con el dispositivo en modo RM.",
          "Mantener imanes y teléfonos móviles a un mínimo de 15 cm del dispositivo.",
          "No implantar en pacientes con alergia conocida al titanio o a la silicona."])
    d.h("Posibles efectos adversos")
    d.p("hematoma del bolsillo que requiere intervención, infección del dispositivo o del bolsillo, desplazamiento del "
        "electrodo que requiere recolocación, neumotórax, descarga inapropiada, fallo en la conversión de una arritmia "
        "ventricular, erosión del bolsillo, trombosis venosa, ansiedad o depresión relacionadas con las descargas, muerte.")
    d.h("Especificaciones")
    d.table(["Parámetro", "Sentrix VR", "Sentrix DR"], [
        ["Energía máx. suministrada", "40 J", "40 J"], ["Tiempo de carga (BOL)", "≤ 9,5 s", "≤ 9,5 s"],
        ["Volumen", "31 cm³", "32 cm³"], ["Masa", "71 g", "73 g"],
        ["Longevidad estimada*", "10,8 años", "9,6 años"], ["Conectores", "DF4-LLHH", "DF4-LLHH + IS-1"]],
        widths=(40, 30, 30))
    d.note("*Estimación basada en modelos de batería con parámetros estándar; la longevidad real depende de la programación y de las terapias administradas.")
    d.p("El resumen sobre seguridad y funcionamiento clínico está disponible en EUDAMED.")
    return d


def sscp():
    d = Doc("Summary of Safety and Clinical Performance (SSCP)", subtitle="Sentrix VR and Sentrix DR ICDs — part for healthcare professionals",
            meta=[("Document", "SX-SSCP-0105"), ("Revision", "1"), ("Date", "2025-02-20")], header="SX-SSCP-0105 rev 1")
    d.h("1. Device identification and general information")
    d.kv([("Trade names", "Sentrix VR, Sentrix DR"), ("Manufacturer", f"{MFR}, {ADDR}"), ("SRN", SRN),
          ("Basic UDI-DI", UDI), ("EMDN", "J010201 – implantable defibrillators"), ("Class", "III"),
          ("Notified Body", NB)])
    d.h("2. Intended use")
    d.p("Ventricular antitachycardia pacing, cardioversion, defibrillation and bradycardia pacing in adults (≥ 18 "
        "years) at high risk of sudden cardiac death from ventricular tachyarrhythmias (secondary prevention; primary "
        "prevention with LVEF ≤ 35% in NYHA II–III). Contraindications: reversible causes, incessant VT/VF, life "
        "expectancy below 1 year, unipolar pacemaker.")
    d.h("3. Device description")
    d.p("Titanium pulse generator, biphasic shocks up to 40 J, DF4 and IS-1 connectors; first generation of the family.")
    d.h("4. Risks and warnings")
    d.table(["Residual risk / undesirable effect", "Rate at 12 months (SENTRIX-CI, 412 subjects)"],
            list(zip(AE, AE_RATES)), widths=(60, 40))
    d.p("Rates come from a prospective clinical investigation. Warnings cover electrocautery, MRI conditions, magnets "
        "and material allergies.")
    d.h("5. Summary of clinical evaluation and PMCF")
    d.p("SENTRIX-CI (CIV-19-11-030512): 412 adults, 12 months, follow-up completeness 96.4%; conversion of "
        "spontaneous VT/VF episodes 98.2%; inappropriate shocks 2.4% of patients; freedom from system-related "
        "complications at 6 months 96.4%. PMCF: SENTRIX-LONG registry, 1,000 patients followed for 5 years.")
    d.h("6. Alternatives")
    d.p("Antiarrhythmic drugs, catheter ablation, subcutaneous ICD, wearable cardioverter-defibrillator.")
    d.h("7. User profile")
    d.p("Implanting electrophysiologists and cardiologists trained in ICD implantation and programming.")
    d.h("8. Standards")
    d.p("EN ISO 14708-1, EN ISO 14708-6, ISO 27186 (DF4), EN ISO 14155:2020.")
    return d


def cear():
    d = Doc("CEAR — Clinical Evaluation Assessment Report", subtitle=NB, meta=[
        ("Report", "BC-CEAR-2025-0017"), ("Device", "Sentrix VR / DR ICD"), ("Type", "Initial conformity assessment"),
        ("Date", "2025-03-10")], header="Baltica Certification 2964 · BC-CEAR-2025-0017")
    d.h("Section A – Administrative particulars")
    d.table(["Item", "Entry"], [
        ["Manufacturer / SRN", f"{MFR} / {SRN}"], ["Device", "Sentrix VR, Sentrix DR implantable cardioverter-defibrillators"],
        ["Basic UDI-DI", UDI], ["Class / rule", "III / Rule 8"],
        ["Documents reviewed", "SX-CEP-0102 v2.0, SX-CER-0103 v3.1, SX-PMCF-0104 v1.2, SX-IFU-200 Rev. C, SX-SSCP-0105 rev 1"]],
        widths=(30, 70))
    d.h("Section C – Device, intended purpose, population")
    d.p("Intended purpose: antitachycardia pacing, cardioversion, defibrillation and bradycardia pacing in adult "
        "patients (18 years and older) at high risk of sudden cardiac death from ventricular tachyarrhythmias; "
        "secondary prevention and primary prevention with LVEF ≤ 35% (NYHA II–III). No equivalence claimed. Not novel.")
    d.h("Section D/E – Literature and clinical investigation")
    d.p("The SENTRIX-CI investigation (412 subjects) is adequately designed and met all three acceptance criteria of the "
        "CEP. Projected longevity is correctly labeled as a projection and is addressed by PMCF.")
    d.h("Section F – PMCF")
    d.p("SENTRIX-LONG registry, 1,000 patients, 5 years, with a sample-size rationale and objectives linked to residual "
        "risks. Adequate.")
    d.h("Section G – IFU and SSCP")
    d.p("IFU and SSCP are consistent with the CER; all adverse events of the CER are listed in both.")
    d.h("Section H – Conclusions")
    d.p("Sufficient clinical evidence; favorable benefit-risk. Certificate recommended; CER update yearly.")
    d.h("Section I – Article 54")
    d.p("Class III implantable device: the consultation procedure of Article 54(1)(a) applies. No exemption under "
        "Article 54(2). Panel: circulatory system (active implantable cardiac devices).")
    return d


def build(root):
    x = Dossier(DOSSIER_ID, "implantable cardioverter-defibrillator", "III", root)
    x.add("SX-CEP-0102_clinical_evaluation_plan.md", "CEP", cep())
    x.add("SX-CER-0103_Sentrix_CER_v3.1.docx", "CER", cer())
    x.add("SX-PMCF-0104_plan.pdf", "PMCF-plan", pmcf(), serif=True)
    x.add("Sentrix_IFU_EN.docx", "IFU", ifu_en())
    x.add("Sentrix_IFU_ES.docx", "IFU", ifu_es(), lang="es")
    x.add("Sentrix_SSCP.pdf", "SSCP", sscp())
    x.add("BC-CEAR-2025-0017.pdf", "CEAR", cear(), accent=(90, 30, 30))
    return x
