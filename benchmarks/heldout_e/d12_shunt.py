"""e12: ventriculoperitoneal hydrocephalus shunt, adjustable valve (class III implantable, CNS). Clean."""

from elib import Doc, Dossier
from ecommon import appendices

DOSSIER_ID = "e12_shunt"
MFR = "Meninx Neurotechnik GmbH"
ADDR = "Am Klinikum 5, 72076 Tübingen, Germany"
SRN = "DE-MF-000035120"
UDI = "4262391HYDROVAPV6"
NB = "Süddeutsche Medizinprodukte-Zertifizierung GmbH, NB 2926"

RISKS = [("Shunt obstruction requiring revision", "14.6 % (children) / 6.6 % (adults)"),
         ("Shunt infection", "5.2 % / 2.7 %"),
         ("Overdrainage: subdural collection or slit ventricles", "4.2 % / 6.0 %"),
         ("Underdrainage", "3.1 % / 2.2 %"), ("Catheter migration or disconnection", "2.1 % / 1.1 %"),
         ("Abdominal pseudocyst or other peritoneal complication", "1.0 % / 0.5 %"),
         ("Unintended change of valve setting", "0 % / 0.5 %"), ("Seizures", "2.1 % / 1.1 %"),
         ("Intracerebral haemorrhage along the catheter tract", "0 % / 0.5 %")]


def cep():
    d = Doc("Clinical Evaluation Plan", subtitle="Hydrova Adjustable Shunt System", meta=[
        ("Doc-ID", "MNX-CEP-HYD"), ("Version", "04"), ("Date", "19 February 2024"), ("Manufacturer", f"{MFR}, {ADDR}")],
        header="MNX-CEP-HYD v04")
    d.h("1. Device")
    d.ul(["Hydrova PV adjustable differential-pressure valve, five settings: 30, 70, 110, 150 and 200 mmH2O.",
          "Optional Hydrova SiphonGuard gravitational unit.",
          "Barium-impregnated silicone ventricular catheter and 90 cm peritoneal catheter.",
          "Non-implantable accessories: adjustment and verification tool."])
    d.h("2. Classification")
    d.p("Implantable device in direct contact with the central nervous system: class III, Annex VIII Rule 8. "
        "Consultation procedure under Article 54(1)(a) expected.")
    d.h("3. Intended purpose and target population")
    d.ul(["Purpose: diversion of cerebrospinal fluid from the cerebral ventricles to the peritoneal cavity to treat hydrocephalus (communicating, obstructive, including idiopathic normal pressure hydrocephalus).",
          "Population: children born at term or at a corrected gestational age of at least 37 weeks and weighing ≥ 2.5 kg, adolescents and adults.",
          "Contraindications: infection of the CSF, peritoneum, skin along the shunt path or bloodstream; abdominal conditions preventing peritoneal absorption; anticoagulation that cannot be interrupted."])
    d.h("4. Clinical outcome parameters")
    d.table(["Parameter", "Population", "Criterion at 12 months"], [
        ["Shunt survival (freedom from revision)", "children", "≥ 70 %"], ["Shunt survival", "adults", "≥ 80 %"],
        ["Shunt infection", "children", "≤ 10 %"], ["Shunt infection", "adults", "≤ 5 %"],
        ["Overdrainage complications", "all", "≤ 10 %"],
        ["Improvement of gait (iNPH, ≥ 1 point on the iNPH grading scale)", "adults with iNPH", "≥ 60 %"]],
        widths=(50, 20, 30))
    d.h("5. Evidence sources")
    d.ul(["HYDRO-PED prospective paediatric investigation (12 months).", "HYDRO-ADULT prospective registry (12 months).",
          "Literature: shunt survival and complication benchmarks in children and adults. No equivalence is claimed."])
    return d


CER_CTX = {'name': 'Hydrova Adjustable Shunt System',
 'databases': 'PubMed, Embase and Cochrane',
 'period': '2000 to 2024',
 'records': '1,288',
 'retained': '14',
 'gspr': [('GSPR 1 and 8', 'HYDRO-PED and HYDRO-ADULT: all acceptance criteria met'),
          ('GSPR 14.6', 'Valve setting stable after MRI; one unintended change in 278 patients'),
          ('GSPR 23', 'IFU and SSCP reviewed against this report')],
 'evaluators': ['Prof. Dr. med. Henrike Vogt, paediatric neurosurgeon',
                'Dr. med. Paul Seiler, neurosurgeon',
                'M.Sc. Lea Kraus, clinical evaluation specialist'],
 'update': 'The report is updated every year.'}


def cer():
    d = Doc("Clinical Evaluation Report – Hydrova Adjustable Shunt System", meta=[
        ("Doc-ID", "MNX-CER-HYD"), ("Version", "06"), ("Date", "8 January 2025"), ("Manufacturer", f"{MFR}, {ADDR}"),
        ("SRN", SRN), ("Basic UDI-DI", UDI), ("Plan", "MNX-CEP-HYD v04")], header="MNX-CER-HYD v06")
    d.h("Summary")
    d.p("The Hydrova system met every acceptance criterion of the plan in children (HYDRO-PED, 96 patients) and in adults "
        "(HYDRO-ADULT, 182 patients) at 12 months.")
    d.h("Device description")
    d.p("The Hydrova PV valve is a magnetically adjustable ball-in-cone valve with five opening pressures (30 to 200 mm "
        "H₂O). A rotor brake keeps the setting in magnetic fields up to 3 T. The system includes a ventricular catheter, "
        "a 90 cm peritoneal catheter and an optional gravitational SiphonGuard unit. Class III, Rule 8 (contact with the "
        "central nervous system).")
    d.h("Intended purpose and population")
    d.p("CSF diversion from the ventricles to the peritoneum for hydrocephalus of any type, including idiopathic normal "
        "pressure hydrocephalus (iNPH), in patients of all ages from term-born infants (corrected gestational age of at "
        "least 37 weeks) with a body weight of at least 2500 g. Contraindications: CSF, peritoneal, skin or "
        "bloodstream infection; abdominal conditions preventing peritoneal absorption; anticoagulation that cannot be "
        "interrupted.")
    d.h("State of the art")
    d.p("VP shunting remains the main treatment of hydrocephalus. In children, 1-year shunt survival is 60–75 % and "
        "infection rates 5–10 % [1, 2]; adjustable valves have not clearly improved survival but allow non-invasive "
        "treatment of over- and underdrainage [2]. In adults, 1-year survival is 80–90 % and infection 2–5 %; in iNPH, "
        "60–80 % of shunted patients improve their gait [3, 4].")
    d.h("Clinical data")
    d.table(["Study", "Design", "Patients", "Follow-up", "Main result"], [
        ["HYDRO-PED [5]", "Prospective, 7 paediatric centres (DE, AT, FR)", "96 children aged 0–17 years; 31 infants, smallest 2.6 kg", "12 months", "Shunt survival 76.0 %"],
        ["HYDRO-ADULT [6]", "Prospective registry, 9 centres", "182 adults (118 with iNPH)", "12 months", "Shunt survival 87.4 %"],
        ["Drake 1998 [1]", "RCT of three valve designs, children", "344", "1–4 years", "State of the art"],
        ["Kestle 2011 [2]", "Hydrocephalus Clinical Research Network cohort", "1,184", "1 year", "State of the art"],
        ["Halperin 2015 [3]", "Systematic review, iNPH shunting", "2,280", "≥ 6 months", "State of the art"]],
        widths=(18, 28, 26, 12, 16))
    d.p("Literature search: PubMed, Embase, Cochrane; 2000–2024; 1,288 records, 52 full texts, 14 retained.")
    d.h("Results against the acceptance criteria")
    d.table(["Parameter", "Population", "Criterion", "Result", "Met"], [
        ["Shunt survival", "children", "≥ 70 %", "76.0 %", "yes"], ["Shunt survival", "adults", "≥ 80 %", "87.4 %", "yes"],
        ["Shunt infection", "children", "≤ 10 %", "5.2 %", "yes"], ["Shunt infection", "adults", "≤ 5 %", "2.7 %", "yes"],
        ["Overdrainage complications", "all", "≤ 10 %", "4.2 % / 6.0 %", "yes"],
        ["Gait improvement ≥ 1 point", "adults with iNPH", "≥ 60 %", "71.2 %", "yes"]], widths=(30, 20, 15, 20, 15))
    d.h("Safety")
    d.table(["Residual risk / adverse event", "Rate at 12 months (children / adults)"], [list(r) for r in RISKS], widths=(55, 45))
    d.h("Benefit-risk")
    d.p("Untreated hydrocephalus leads to neurological deterioration and death. The device performs at or above the "
        "state of the art in both age groups; the benefit-risk is favourable.")
    d.h("PMCF")
    d.p("Shunt survival beyond 12 months, late infection and valve-setting stability are followed in the PMCF plan "
        "MNX-PMCF-HYD v02.")
    d.h("References")
    d.ol(["Drake JM et al. Randomized trial of cerebrospinal fluid shunt valve design in pediatric hydrocephalus. Neurosurgery. 1998;43:294-303.",
          "Kestle JR et al. A standardized protocol to reduce CSF shunt infection. J Neurosurg Pediatr. 2011;8:22-9.",
          "Halperin JJ et al. Practice guideline: idiopathic normal pressure hydrocephalus. Neurology. 2015;85:2063-71.",
          "Nakajima M et al. Guidelines for management of iNPH, third edition. Neurol Med Chir. 2021;61:63-97.",
          "Meninx Neurotechnik. HYDRO-PED clinical investigation report MNX-CIR-021, 2024.",
          "Meninx Neurotechnik. HYDRO-ADULT registry report MNX-REG-009, 2024."])
    appendices(d, CER_CTX, 2)
    return d


def pmcf():
    d = Doc("PMCF Plan – Hydrova Adjustable Shunt System", meta=[
        ("Doc-ID", "MNX-PMCF-HYD"), ("Version", "02"), ("Date", "10 January 2025"), ("CER", "MNX-CER-HYD v06")])
    d.h("Objectives (linked to CER residual risks)")
    d.ul(["Shunt survival at 2, 3 and 5 years in children and adults.", "Late shunt infection and catheter migration.",
          "Stability of the valve setting after MRI and everyday magnetic exposure.",
          "Off-label use, e.g. ventriculo-atrial or lumboperitoneal placement, and preterm infants below 2.5 kg."])
    d.h("Method")
    d.p("HYDROVA-REG: prospective registry in 16 European neurosurgical centres; consecutive patients implanted within the "
        "intended purpose. Visits at 3, 12, 24, 36 and 60 months with valve-setting verification.")
    d.h("Sample size")
    d.p("400 patients, of whom at least 150 children. For an expected 2-year shunt survival of 65 % in children, 150 "
        "patients give a 95 % CI half-width of ±7.6 %; 250 adults give ±4.5 % around an expected 80 %.")
    d.h("General activities")
    d.p("Literature screening twice a year; complaint and vigilance trending; review of returned valves.")
    d.h("Timeline")
    d.p("Enrolment 2025–2027; yearly PMCF evaluation reports; final 5-year report 2032.")
    return d


def ifu_en():
    d = Doc("Hydrova Adjustable Shunt System – Instructions for Use", meta=[
        ("Document", "MNX-IFU-HYD rev. H"), ("Manufacturer", f"{MFR}, {ADDR}"), ("Basic UDI-DI", UDI)],
        header="MNX-IFU-HYD rev. H EN")
    d.h("Indications")
    d.p("The Hydrova system diverts cerebrospinal fluid from the cerebral ventricles into the peritoneal cavity for the "
        "treatment of hydrocephalus, including idiopathic normal pressure hydrocephalus, in children and adults.")
    d.h("Patient population")
    d.p("Term-born infants (corrected gestational age ≥ 37 weeks) weighing at least 2.5 kg, children, adolescents and "
        "adults.")
    d.h("Contraindications")
    d.ul(["Infection of the CSF, peritoneum, skin along the shunt path or bloodstream.",
          "Abdominal conditions that prevent peritoneal absorption of CSF.",
          "Anticoagulation that cannot be interrupted for surgery."])
    d.h("Warnings")
    d.ul(["Verify the valve setting after every MRI examination with the verification tool or an X-ray.",
          "Keep strong magnets (e.g. headphones, magnetic toys) at least 5 cm from the valve.",
          "Choose the initial setting according to the patient's condition; lower settings increase the risk of overdrainage."])
    d.h("Complications")
    d.p("Obstruction, infection, overdrainage (subdural collections, slit ventricles), underdrainage, catheter migration or "
        "disconnection, abdominal pseudocyst, unintended setting change, seizures, intracerebral haemorrhage.")
    d.h("Specifications")
    d.table(["Item", "Value"], [["Opening pressures", "30 / 70 / 110 / 150 / 200 mmH2O"], ["Peritoneal catheter", "90 cm"],
                                ["MRI", "MR conditional up to 3 T; setting locked by rotor brake"],
                                ["Materials", "titanium, silicone, barium sulphate, ruby ball"]], widths=(35, 65))
    return d


def ifu_de():
    d = Doc("Hydrova verstellbares Shuntsystem – Gebrauchsanweisung", meta=[
        ("Dokument", "MNX-IFU-HYD Rev. H"), ("Hersteller", f"{MFR}, {ADDR}"), ("Basis-UDI-DI", UDI)],
        header="MNX-IFU-HYD Rev. H DE")
    d.h("Indikationen")
    d.p("Das Hydrova-System leitet Liquor aus den Hirnventrikeln in die Peritonealhöhle ab und dient der Behandlung des "
        "Hydrozephalus einschließlich des idiopathischen Normaldruckhydrozephalus bei Kindern und Erwachsenen.")
    d.h("Patientengruppe")
    d.p("Reifgeborene Säuglinge (korrigiertes Gestationsalter ≥ 37 Wochen) mit einem Gewicht von mindestens 2,5 kg, Kinder, "
        "Jugendliche und Erwachsene.")
    d.h("Kontraindikationen")
    d.ul(["Infektion des Liquors, des Peritoneums, der Haut entlang des Shuntverlaufs oder des Blutes.",
          "Abdominelle Erkrankungen, die eine peritoneale Resorption des Liquors verhindern.",
          "Antikoagulation, die für die Operation nicht unterbrochen werden kann."])
    d.h("Warnhinweise")
    d.ul(["Die Ventileinstellung nach jeder MRT-Untersuchung mit dem Prüfwerkzeug oder per Röntgen kontrollieren.",
          "Starke Magnete (z. B. Kopfhörer, magnetisches Spielzeug) mindestens 5 cm vom Ventil fernhalten.",
          "Die Anfangseinstellung nach dem Zustand des Patienten wählen; niedrige Einstellungen erhöhen das Risiko einer Überdrainage."])
    d.h("Komplikationen")
    d.p("Verschluss, Infektion, Überdrainage (subdurale Ergüsse, Schlitzventrikel), Unterdrainage, Katheterdislokation oder "
        "-diskonnektion, abdominelle Pseudozyste, unbeabsichtigte Verstellung, Krampfanfälle, intrazerebrale Blutung.")
    d.h("Technische Daten")
    d.table(["Merkmal", "Wert"], [["Öffnungsdrücke", "30 / 70 / 110 / 150 / 200 mmH2O"], ["Peritonealkatheter", "90 cm"],
                                  ["MRT", "bedingt MR-sicher bis 3 T; Einstellung durch Rotorbremse gesichert"],
                                  ["Materialien", "Titan, Silikon, Bariumsulfat, Rubinkugel"]], widths=(35, 65))
    return d


def ifu_fr():
    d = Doc("Système de dérivation réglable Hydrova – Notice d’utilisation", meta=[
        ("Document", "MNX-IFU-HYD rév. H"), ("Fabricant", f"{MFR}, {ADDR}"), ("IUD-ID de base", UDI)],
        header="MNX-IFU-HYD rév. H FR")
    d.h("Indications")
    d.p("Le système Hydrova dérive le liquide cérébrospinal des ventricules cérébraux vers la cavité péritonéale pour le "
        "traitement de l’hydrocéphalie, y compris l’hydrocéphalie à pression normale idiopathique, chez l’enfant et "
        "l’adulte.")
    d.h("Population de patients")
    d.p("Nourrissons nés à terme (âge gestationnel corrigé ≥ 37 semaines) pesant au moins 2 500 g, enfants, adolescents "
        "et adultes.")
    d.h("Contre-indications")
    d.ul(["Infection du LCS, du péritoine, de la peau le long du trajet de la dérivation ou infection sanguine.",
          "Affections abdominales empêchant la résorption péritonéale du LCS.",
          "Anticoagulation ne pouvant pas être interrompue pour l’intervention."])
    d.h("Avertissements")
    d.ul(["Vérifier le réglage de la valve après chaque IRM à l’aide de l’outil de vérification ou d’une radiographie.",
          "Tenir les aimants puissants (casques audio, jouets magnétiques) à au moins 5 cm de la valve.",
          "Choisir le réglage initial selon l’état du patient ; les réglages bas augmentent le risque de surdrainage."])
    d.h("Complications")
    d.p("Obstruction, infection, surdrainage (collections sous-durales, ventricules fentes), sous-drainage, migration ou "
        "déconnexion du cathéter, pseudokyste abdominal, modification involontaire du réglage, crises d’épilepsie, "
        "hémorragie intracérébrale.")
    d.h("Caractéristiques")
    d.table(["Élément", "Valeur"], [["Pressions d’ouverture", "30 / 70 / 110 / 150 / 200 mmH2O"], ["Cathéter péritonéal", "90 cm"],
                                    ["IRM", "compatible IRM sous conditions jusqu’à 3 T ; réglage verrouillé par frein de rotor"],
                                    ["Matériaux", "titane, silicone, sulfate de baryum, bille en rubis"]], widths=(35, 65))
    return d


def sscp():
    d = Doc("Summary of Safety and Clinical Performance", subtitle="Hydrova Adjustable Shunt System", meta=[
        ("Doc-ID", "MNX-SSCP-HYD"), ("Version", "01"), ("Date", "January 2025")], header="MNX-SSCP-HYD v01")
    d.h("1 Identification")
    d.kv([("Trade name", "Hydrova Adjustable Shunt System (Hydrova PV valve)"), ("Manufacturer", f"{MFR}, {ADDR}"),
          ("SRN", SRN), ("Basic UDI-DI", UDI), ("Class", "III"), ("Notified Body", NB)])
    d.h("2 Intended use")
    d.p("Ventriculoperitoneal CSF diversion for hydrocephalus, including iNPH, in term-born infants from 2.5 kg, "
        "children, adolescents and adults. Contraindications: CSF, peritoneal, skin or bloodstream infection; abdominal "
        "conditions preventing absorption; anticoagulation that cannot be interrupted.")
    d.h("3 Risks")
    d.table(["Residual risk / undesirable effect", "12-month rate, children (n = 96) / adults (n = 182)"], [list(r) for r in RISKS],
            widths=(55, 45))
    d.p("Data from prospective studies; follow-up completeness 94.8 % (children) and 92.3 % (adults).")
    d.h("4 Clinical evidence")
    d.p("Shunt survival at 12 months 76.0 % in children and 87.4 % in adults; gait improved in 71.2 % of adults with iNPH.")
    d.h("5 PMCF")
    d.p("HYDROVA-REG registry, 400 patients (at least 150 children), 5-year follow-up.")
    d.h("6 Alternatives")
    d.p("Endoscopic third ventriculostomy (obstructive hydrocephalus), fixed-pressure valves, ventriculo-atrial shunts.")
    return d


def cear():
    d = Doc("Clinical Evaluation Assessment Report", subtitle=NB, meta=[
        ("Report", "SMZ-CEAR-2025-014"), ("Device", "Hydrova Adjustable Shunt System"), ("Date", "12 February 2025")],
        header="SMZ-CEAR-2025-014")
    d.h("A – Administrative particulars")
    d.kv([("Manufacturer", f"{MFR}, SRN {SRN}"), ("Basic UDI-DI", UDI), ("Class", "III (Rule 8)"),
          ("Documents", "MNX-CEP-HYD v04; MNX-CER-HYD v06; MNX-PMCF-HYD v02; MNX-IFU-HYD rev. H (EN, DE, FR); MNX-SSCP-HYD v01")])
    d.h("C – Intended purpose")
    d.p("Ventriculoperitoneal CSF diversion to treat hydrocephalus including iNPH in term-born infants weighing at least "
        "2.5 kg, children, adolescents and adults. No equivalence claimed; adjustable valves are established.")
    d.h("E – Clinical data")
    d.p("HYDRO-PED (96 children, 31 infants) and HYDRO-ADULT (182 adults) met every CEP criterion; both age groups are "
        "covered by device-specific data.")
    d.h("F – PMCF")
    d.p("HYDROVA-REG, 400 patients, 5 years, sample size justified per age group. Adequate.")
    d.h("H – Conclusions")
    d.p("Benefit-risk favourable.")
    d.h("I – Article 54")
    d.p("Class III implantable device: Article 54(1)(a) applies. Panel: neurology (CNS devices).")
    return d


def build(root):
    x = Dossier(DOSSIER_ID, "ventriculoperitoneal hydrocephalus shunt", "III", root)
    x.add("MNX-CEP-HYD_v04.pdf", "CEP", cep())
    x.add("MNX-CER-HYD_v06.docx", "CER", cer())
    x.add("MNX-PMCF-HYD_v02.docx", "PMCF-plan", pmcf())
    x.add("Hydrova_IFU_EN.pdf", "IFU", ifu_en())
    x.add("Hydrova_IFU_DE.docx", "IFU", ifu_de(), lang="de")
    x.add("Hydrova_IFU_FR.pdf", "IFU", ifu_fr(), lang="fr")
    x.add("Hydrova_SSCP.pdf", "SSCP", sscp(), serif=True)
    x.add("SMZ-CEAR-2025-014.docx", "CEAR", cear())
    return x
