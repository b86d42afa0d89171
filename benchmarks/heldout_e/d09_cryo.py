"""e09: cryoballoon ablation catheter (class III, Rule 6, not implantable; CECP not applicable). Clean."""

from elib import Doc, Dossier
from ecommon import appendices

DOSSIER_ID = "e09_cryo"
MFR = "Polaris EP Technologies SA"
ADDR = "Route de la Corniche 6, 1066 Epalinges, Switzerland"
SRN = "CH-MF-000003128"
AR = "EuRA Regulatory Services GmbH, Am Sandtorkai 38, 20457 Hamburg, Germany"
UDI = "7640172ARCTICACB28"
NB = "Alpen Notified Body Austria GmbH (NB 2980)"

AE = [("Transient phrenic nerve palsy", "3.6%"), ("Phrenic nerve palsy persisting at 12 months", "0.4%"),
      ("Cardiac tamponade or perforation", "0.9%"), ("Major vascular access complication", "1.3%"),
      ("Stroke or transient ischemic attack", "0.4%"), ("Pulmonary vein stenosis > 70%", "0%"),
      ("Atrio-esophageal fistula", "0%"), ("Hemoptysis or bronchial injury", "0.4%"),
      ("Gastroparesis or esophageal injury", "0.4%"), ("Atrial arrhythmia recurrence requiring repeat ablation", "8.9%")]


def cep():
    d = Doc("Clinical Evaluation Plan", subtitle="Arctica CB Cryoablation Balloon Catheter, 28 mm", meta=[
        ("Document", "PEP-CEP-ACB"), ("Revision", "2"), ("Date", "March 4, 2024"), ("Manufacturer", f"{MFR}, {ADDR}"),
        ("EU authorized representative", AR)], header="PEP-CEP-ACB Rev. 2")
    d.h("1 Device")
    d.p("Over-the-wire 28 mm cryoballoon catheter (10.5 Fr shaft, nitrous oxide refrigerant) used with the Arctica "
        "Console and the Arctica Flex 15 Fr steerable sheath. The console and sheath are covered by separate technical "
        "documentation.")
    d.h("2 Classification and Article 54")
    d.p("Surgically invasive device for transient use in direct contact with the heart to correct a defect of the heart: "
        "class III under Annex VIII Rule 6. The catheter is not implantable and does not administer a medicinal "
        "product; the consultation procedure of Article 54(1) therefore does not apply.")
    d.h("3 Intended purpose and target group")
    d.p("Pulmonary vein isolation by cryoablation for the treatment of symptomatic paroxysmal atrial fibrillation in "
        "adults (18 years of age and older) in whom at least one class I or III antiarrhythmic drug was ineffective or "
        "not tolerated.")
    d.p("Contraindications: left atrial thrombus; interatrial baffle or patch; active systemic infection; "
        "cryoglobulinemia; contraindication to anticoagulation.")
    d.h("4 Benefits, outcome parameters, acceptance criteria")
    d.table(["Outcome", "Definition", "Criterion"], [
        ["Acute effectiveness", "Isolation of all targeted pulmonary veins at the end of the procedure", "≥ 95% of veins"],
        ["Chronic effectiveness", "Freedom from documented AF, atrial flutter or atrial tachycardia > 30 s after a 90-day blanking period, off class I/III drugs, at 12 months", "≥ 70%"],
        ["Primary safety", "Composite of major adverse events within 30 days (death, stroke/TIA, tamponade, major vascular complication, atrio-esophageal fistula) plus PV stenosis or phrenic nerve palsy persisting at 12 months", "≤ 8%"]],
        widths=(20, 60, 20))
    d.h("5 Clinical data strategy")
    d.p("Pivotal evidence: ARCTICA-PAF investigation. State of the art: randomized trials and registries of "
        "cryoballoon and radiofrequency ablation. No equivalence claimed.")
    return d


CER_CTX = {'name': 'Arctica CB catheter',
 'databases': 'PubMed, Embase and Cochrane',
 'period': '2012 to 2024',
 'records': '1,036',
 'retained': '9',
 'gspr': [('GSPR 1 and 8', 'ARCTICA-PAF: effectiveness and safety criteria met'),
          ('GSPR 14.2', 'Compatibility with Arctica Console and Arctica Flex sheath'),
          ('GSPR 23', 'IFU and SSCP reviewed against this report')],
 'evaluators': ['Dr. Marco Bianchi, MD, cardiac electrophysiologist',
                'Sophie Girard, PhD, clinical evaluation specialist'],
 'update': 'The report is updated every year.'}


def cer():
    d = Doc("Clinical Evaluation Report – Arctica CB 28 mm", meta=[
        ("Document", "PEP-CER-ACB"), ("Revision", "3"), ("Date", "November 29, 2024"), ("Manufacturer", f"{MFR}, {ADDR}"),
        ("SRN", SRN), ("Basic UDI-DI", UDI), ("CEP", "PEP-CEP-ACB Rev. 2")])
    d.h("1. Scope")
    d.p("Clinical evaluation of the Arctica CB cryoablation balloon catheter (28 mm). Class III (Rule 6), not "
        "implantable; Article 54(1) does not apply.")
    d.h("2. Device description")
    d.table(["Characteristic", "Value"], [
        ["Balloon diameter", "28 mm"], ["Shaft", "10.5 Fr, 105 cm usable length"], ["Sheath", "15 Fr steerable (Arctica Flex)"],
        ["Refrigerant", "Nitrous oxide (N2O)"], ["Standard freeze", "180–240 s per application"],
        ["Guidewire lumen", "accepts a 20 mm circular mapping catheter"]], widths=(40, 60))
    d.h("3. Intended purpose")
    d.p("The catheter is used by electrophysiologists in hospital electrophysiology laboratories to isolate the "
        "pulmonary veins in adults (≥ 18 years) with symptomatic paroxysmal atrial fibrillation that is refractory to, "
        "or not tolerated with, at least one class I or III antiarrhythmic drug. Contraindications: left atrial thrombus, "
        "interatrial baffle or patch, active systemic infection, cryoglobulinemia, contraindication to anticoagulation.")
    d.h("4. State of the art")
    d.p("Catheter ablation is superior to antiarrhythmic drugs for rhythm control in paroxysmal AF and is recommended "
        "as first- or second-line therapy by the 2024 ESC guidelines [1]. Cryoballoon ablation was non-inferior to "
        "radiofrequency ablation in FIRE AND ICE (1-year freedom from failure about 65%) [2]; recent trials report 12-month "
        "freedom from atrial arrhythmia of 70–80% and major complication rates of 2–6% [3, 4].")
    d.h("5. Clinical data")
    d.p("Literature search in PubMed, Embase and Cochrane (2012–2024): 1,036 records, 41 appraised, 9 retained for the "
        "state of the art. Device-specific data come from ARCTICA-PAF.")
    d.table(["Study", "Design", "Patients", "Follow-up", "Outcome"], [
        ["ARCTICA-PAF [5]", "Prospective, multicenter (12 sites, CH/DE/IT/ES), single-arm", "224 adults, mean age 61.2 (range 24–79)", "12 months", "Freedom from recurrence 79.0%"],
        ["Kuck 2016 [2]", "RCT cryoballoon vs RF", "762", "1.5 years (mean)", "State of the art"],
        ["Wazni 2021 [3]", "RCT cryoballoon vs drugs, first line", "203", "12 months", "State of the art"],
        ["Andrade 2021 [4]", "RCT cryoballoon vs drugs, first line", "303", "12 months", "State of the art"]],
        widths=(18, 32, 22, 12, 16))
    d.h("6. Results against the CEP")
    d.table(["Endpoint", "Criterion", "ARCTICA-PAF", "Met"], [
        ["Acute isolation of targeted veins", "≥ 95%", "99.4% (888/893 veins)", "Yes"],
        ["12-month freedom from AF/AFL/AT off drugs", "≥ 70%", "79.0% (Kaplan–Meier; 95% CI 73.1–83.8)", "Yes"],
        ["Primary safety composite", "≤ 8%", "3.1% (7/224)", "Yes"]], widths=(38, 15, 35, 12))
    d.h("7. Safety")
    d.table(["Adverse event", "Rate (n = 224)"], [list(r) for r in AE], widths=(65, 35))
    d.p("Twelve-month follow-up was complete for 216 patients (96.4%). No death occurred.")
    d.h("8. Benefit-risk")
    d.p("Four in five patients remained free of atrial arrhythmia at 12 months, with a safety profile in the range of "
        "contemporary cryoballoon and radiofrequency ablation. Benefit-risk is favorable.")
    d.h("9. Residual risks and PMCF")
    d.p("Phrenic nerve injury, esophageal injury and durability beyond 12 months are followed in the PMCF plan "
        "PEP-PMCF-ACB Rev. 1 (ARCTICA-REG).")
    d.h("10. Conclusion")
    d.p("The Arctica CB catheter conforms to GSPR 1 and 8 for its intended purpose.")
    d.h("References")
    d.ol(["Van Gelder IC et al. 2024 ESC Guidelines for the management of atrial fibrillation. Eur Heart J. 2024;45:3314-3414.",
          "Kuck KH et al. Cryoballoon or radiofrequency ablation for paroxysmal atrial fibrillation. N Engl J Med. 2016;374:2235-45.",
          "Wazni OM et al. Cryoballoon ablation as initial therapy for atrial fibrillation. N Engl J Med. 2021;384:316-24.",
          "Andrade JG et al. Cryoablation or drug therapy for initial treatment of atrial fibrillation. N Engl J Med. 2021;384:305-15.",
          "Polaris EP Technologies. ARCTICA-PAF clinical investigation report PEP-CIR-014, 2024."])
    appendices(d, CER_CTX, 2)
    return d


def pmcf():
    d = Doc("PMCF Plan", subtitle="Arctica CB Cryoablation Balloon Catheter", meta=[
        ("Document", "PEP-PMCF-ACB"), ("Revision", "1"), ("Date", "December 2, 2024"), ("CER", "PEP-CER-ACB Rev. 3")],
        header="PEP-PMCF-ACB Rev. 1")
    d.h("Objectives")
    d.ul(["Estimate the rate of phrenic nerve palsy persisting at 12 months (residual risk R-4).",
          "Detect rare severe events: atrio-esophageal fistula, PV stenosis, stroke.",
          "Confirm freedom from atrial arrhythmia at 1, 2 and 3 years.",
          "Identify off-label use (e.g. persistent AF) and its outcomes."])
    d.h("ARCTICA-REG registry")
    d.p("Prospective, multicenter registry in 25 European electrophysiology centers enrolling consecutive adults treated "
        "within the labeled indication. Follow-up at 3, 12, 24 and 36 months with 7-day Holter at 12 months.")
    d.p("Sample size: 600 patients. With an expected persistent phrenic nerve palsy rate of 0.5%, the one-sided upper "
        "95% confidence bound stays below 1.5%; 600 patients also give a 95% probability of observing at least one event "
        "with a true incidence of 0.5%.")
    d.h("Other activities")
    d.p("Literature review every 6 months; complaint and vigilance trending; comparison with published cryoballoon "
        "registries.")
    d.h("Schedule")
    d.table(["Milestone", "Date"], [["First patient", "Q1 2025"], ["Enrollment complete", "Q4 2026"],
                                    ["Yearly PMCF report", "each Q1"], ["Final report", "Q4 2029"]], widths=(50, 50))
    return d


def ifu_en():
    d = Doc("Arctica CB Cryoablation Balloon Catheter", subtitle="Instructions for Use", meta=[
        ("IFU", "PEP-IFU-ACB-EN v4"), ("Manufacturer", f"{MFR}, {ADDR}"), ("EC REP", AR), ("Basic UDI-DI", UDI)],
        header="PEP-IFU-ACB-EN v4")
    d.h("Indications")
    d.p("The Arctica CB catheter is indicated for pulmonary vein isolation in the treatment of adult patients with "
        "symptomatic paroxysmal atrial fibrillation refractory to or intolerant of at least one class I or III "
        "antiarrhythmic drug.")
    d.h("Contraindications")
    d.ul(["Left atrial thrombus", "Interatrial baffle or patch", "Active systemic infection", "Cryoglobulinemia",
          "Contraindication to anticoagulation"])
    d.h("Warnings")
    d.ul(["Monitor phrenic nerve function during right-sided applications and stop the freeze at the first sign of reduced diaphragmatic movement.",
          "Do not exceed 240 s per application.", "Use only with the Arctica Console and the Arctica Flex sheath.",
          "Single use only; do not resterilize."])
    d.h("Potential adverse events")
    d.p("Phrenic nerve palsy, cardiac tamponade or perforation, vascular access complications, stroke or TIA, pulmonary "
        "vein stenosis, atrio-esophageal fistula, hemoptysis or bronchial injury, gastroparesis or esophageal injury, "
        "recurrence of atrial arrhythmia.")
    d.h("Specifications")
    d.table(["Item", "Value"], [["Balloon", "28 mm"], ["Shaft", "10.5 French, 105 cm"], ["Sheath", "15 French"],
                                ["Refrigerant", "N2O"], ["Application time", "180 to 240 seconds"]], widths=(40, 60))
    return d


def ifu_it():
    d = Doc("Catetere a palloncino per crioablazione Arctica CB", subtitle="Istruzioni per l’uso", meta=[
        ("IFU", "PEP-IFU-ACB-IT v4"), ("Fabbricante", f"{MFR}, {ADDR}"), ("Mandatario UE", AR), ("UDI-DI di base", UDI)],
        header="PEP-IFU-ACB-IT v4")
    d.h("Indicazioni")
    d.p("Il catetere Arctica CB è indicato per l’isolamento delle vene polmonari nel trattamento di pazienti adulti con "
        "fibrillazione atriale parossistica sintomatica refrattaria o intollerante ad almeno un farmaco antiaritmico di "
        "classe I o III.")
    d.h("Controindicazioni")
    d.ul(["Trombo atriale sinistro", "Baffle o patch interatriale", "Infezione sistemica attiva", "Crioglobulinemia",
          "Controindicazione all’anticoagulazione"])
    d.h("Avvertenze")
    d.ul(["Monitorare la funzione del nervo frenico durante le applicazioni a destra e interrompere il congelamento al primo segno di ridotto movimento diaframmatico.",
          "Non superare 240 s per applicazione.", "Usare solo con la console Arctica e l’introduttore Arctica Flex.",
          "Monouso; non risterilizzare."])
    d.h("Possibili eventi avversi")
    d.p("Paralisi del nervo frenico, tamponamento o perforazione cardiaca, complicanze dell’accesso vascolare, ictus o "
        "TIA, stenosi delle vene polmonari, fistola atrio-esofagea, emottisi o lesione bronchiale, gastroparesi o lesione "
        "esofagea, recidiva di aritmia atriale.")
    d.h("Specifiche")
    d.table(["Voce", "Valore"], [["Palloncino", "28 mm"], ["Corpo", "10,5 French, 105 cm"], ["Introduttore", "15 French"],
                                 ["Refrigerante", "N2O"], ["Durata dell’applicazione", "da 180 a 240 secondi"]], widths=(40, 60))
    return d


def ifu_es():
    d = Doc("Catéter balón de crioablación Arctica CB", subtitle="Instrucciones de uso", meta=[
        ("IFU", "PEP-IFU-ACB-ES v4"), ("Fabricante", f"{MFR}, {ADDR}"), ("Representante autorizado", AR), ("UDI-DI básico", UDI)],
        header="PEP-IFU-ACB-ES v4")
    d.h("Indicaciones")
    d.p("El catéter Arctica CB está indicado para el aislamiento de las venas pulmonares en el tratamiento de pacientes "
        "adultos con fibrilación auricular paroxística sintomática refractaria o con intolerancia a al menos un fármaco "
        "antiarrítmico de clase I o III.")
    d.h("Contraindicaciones")
    d.ul(["Trombo en la aurícula izquierda", "Parche o deflector interauricular", "Infección sistémica activa",
          "Crioglobulinemia", "Contraindicación para la anticoagulación"])
    d.h("Advertencias")
    d.ul(["Vigile la función del nervio frénico durante las aplicaciones derechas y detenga la congelación ante el primer signo de disminución del movimiento diafragmático.",
          "No supere 240 s por aplicación.", "Utilícelo solo con la consola Arctica y la vaina Arctica Flex.",
          "Un solo uso; no reesterilizar."])
    d.h("Posibles acontecimientos adversos")
    d.p("Parálisis del nervio frénico, taponamiento o perforación cardíaca, complicaciones del acceso vascular, ictus o "
        "AIT, estenosis de venas pulmonares, fístula auriculoesofágica, hemoptisis o lesión bronquial, gastroparesia o "
        "lesión esofágica, recurrencia de arritmia auricular.")
    d.h("Especificaciones")
    d.table(["Elemento", "Valor"], [["Balón", "28 mm"], ["Cuerpo", "10,5 French, 105 cm"], ["Vaina", "15 French"],
                                    ["Refrigerante", "N2O"], ["Tiempo de aplicación", "de 180 a 240 segundos"]], widths=(40, 60))
    return d


def sscp():
    d = Doc("Summary of Safety and Clinical Performance", subtitle="Arctica CB Cryoablation Balloon Catheter", meta=[
        ("Document", "PEP-SSCP-ACB"), ("Revision", "1"), ("Date", "December 2024")], header="PEP-SSCP-ACB Rev. 1")
    d.h("1. Identification")
    d.kv([("Trade name", "Arctica CB (28 mm)"), ("Manufacturer", f"{MFR}, {ADDR}"), ("SRN", SRN),
          ("Authorized representative", AR), ("Basic UDI-DI", UDI), ("Class", "III (Rule 6)"), ("Notified Body", NB)])
    d.h("2. Intended use")
    d.p("Cryoballoon pulmonary vein isolation in adults with symptomatic paroxysmal AF refractory to or intolerant of at "
        "least one class I or III antiarrhythmic drug. Contraindications: left atrial thrombus, interatrial baffle or "
        "patch, active systemic infection, cryoglobulinemia, contraindication to anticoagulation.")
    d.h("3. Risks")
    d.table(["Residual risk / adverse event", "ARCTICA-PAF (224 patients, 12 months)"], [list(r) for r in AE], widths=(65, 35))
    d.h("4. Clinical evidence")
    d.p("ARCTICA-PAF: acute isolation 99.4% of veins; 12-month freedom from atrial arrhythmia 79.0%; primary safety "
        "events 3.1%; follow-up completeness 96.4%.")
    d.h("5. PMCF")
    d.p("ARCTICA-REG: 600 patients, 3-year follow-up.")
    d.h("6. Alternatives")
    d.p("Antiarrhythmic drugs, radiofrequency or pulsed-field ablation, surgical ablation.")
    return d


def cear():
    d = Doc("Clinical Evaluation Assessment Report", subtitle=NB, meta=[
        ("CEAR", "ANB-CEAR-24-118"), ("Device", "Arctica CB Cryoablation Balloon Catheter"), ("Date", "January 27, 2025")],
        header="ANB-CEAR-24-118")
    d.h("Section A")
    d.kv([("Manufacturer / AR", f"{MFR} (SRN {SRN}) / {AR}"), ("Basic UDI-DI", UDI), ("Class", "III – Rule 6"),
          ("Documents", "PEP-CEP-ACB Rev. 2; PEP-CER-ACB Rev. 3; PEP-PMCF-ACB Rev. 1; PEP-IFU-ACB v4 (EN, IT, ES); PEP-SSCP-ACB Rev. 1")])
    d.h("Section C")
    d.p("Intended purpose: pulmonary vein isolation for symptomatic paroxysmal AF refractory to or intolerant of class "
        "I/III drugs, in adults aged 18 years and above. No equivalence; established device group.")
    d.h("Section E")
    d.p("ARCTICA-PAF (224 patients) met the three CEP criteria.")
    d.h("Section F")
    d.p("ARCTICA-REG (600 patients, 3 years) with justified sample size; adequate.")
    d.h("Section H")
    d.p("Benefit-risk acceptable.")
    d.h("Section I")
    d.p("Class III but not implantable and not a Rule 12 device: Article 54(1) does not apply; no consultation.")
    return d


def build(root):
    x = Dossier(DOSSIER_ID, "cryoballoon ablation catheter", "III", root)
    x.add("PEP-CEP-ACB_Rev2.docx", "CEP", cep())
    x.add("PEP-CER-ACB_Rev3.md", "CER", cer())
    x.add("PEP-PMCF-ACB_Rev1.pdf", "PMCF-plan", pmcf())
    x.add("ArcticaCB_IFU_EN.pdf", "IFU", ifu_en())
    x.add("ArcticaCB_IFU_IT.docx", "IFU", ifu_it(), lang="it")
    x.add("ArcticaCB_IFU_ES.pdf", "IFU", ifu_es(), lang="es")
    x.add("ArcticaCB_SSCP.docx", "SSCP", sscp())
    x.add("ANB-CEAR-24-118.pdf", "CEAR", cear(), serif=True)
    return x
