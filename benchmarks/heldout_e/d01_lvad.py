"""e01: left ventricular assist device (class III, active implantable). Defective."""

from elib import Doc, Dossier
from ecommon import appendices

DOSSIER_ID = "e01_lvad"
NAME = "Helix LVAS"
FULL = "Cardiona Helix Left Ventricular Assist System"
MFR = "Vantor Cardiac Systems GmbH"
ADDR = "Leopoldstraße 212, 80807 München, Germany"
SRN = "DE-MF-000031874"
UDI = "4260912HLXLVAS3Q"
NB = "Nordcert Medizinprodukte GmbH (Notified Body 2841)"

# sentences shared with labels
POP_OK = "adults with a body surface area (BSA) of 1.2 m² or more"
POP_CEAR = "Adult patients (18 years and older) with a body surface area of at least 1.5 m²"
CLAIM = "The Helix LVAS restores normal cardiac function and provides durable support for at least ten years."
FU6 = "All 112 patients reached the 6-month primary endpoint visit; follow-up beyond 6 months is not yet available."
EQ1 = "Clinical equivalence is claimed to the CorVion LV3 left ventricular assist device of Stellar Medical Inc., USA."
EQ2 = "Vantor has no contract with Stellar Medical Inc. giving access to the CorVion LV3 technical documentation."
UNSAFE_EN = ("If a low-flow alarm cannot be cleared during a transfer, disconnect both batteries from the "
             "controller for up to two minutes to reset the pump, then reconnect them.")
UNSAFE_DE = ("Lässt sich ein Alarm „Niedriger Fluss“ während eines Transfers nicht quittieren, beide Akkus für "
             "bis zu zwei Minuten vom Controller trennen, um die Pumpe zurückzusetzen, und danach wieder anschließen.")
UNSAFE_FR = ("Si une alarme de débit bas ne peut pas être acquittée pendant un transfert, débrancher les deux "
             "batteries du contrôleur pendant deux minutes au maximum pour réinitialiser la pompe, puis les rebrancher.")
WARN_EN = "Never disconnect both power sources at the same time: the pump stops within seconds."

INDIC = ("advanced left ventricular heart failure (NYHA class IIIB or IV) refractory to optimal guideline-directed "
         "medical therapy, as a bridge to cardiac transplantation or as destination therapy in patients who are not "
         "transplant candidates")

RISKS = [
    ("Major bleeding (including gastrointestinal bleeding)", "24.1 %"),
    ("Driveline exit-site infection", "11.6 %"),
    ("Right heart failure requiring inotropes > 14 days", "14.3 %"),
    ("Ventricular arrhythmia", "9.8 %"),
    ("Disabling stroke (mRS > 3)", "3.6 %"),
    ("Haemolysis", "2.7 %"),
    ("Suspected pump thrombosis", "0.9 %"),
    ("Device malfunction requiring pump exchange", "0.9 %"),
]


def cep():
    d = Doc("Clinical Evaluation Plan – Helix LVAS", meta=[
        ("Document", "HLX-CEP-001"), ("Revision", "3"), ("Date", "14 January 2025"),
        ("Manufacturer", f"{MFR}, {ADDR}"), ("SRN", SRN)], header="HLX-CEP-001 rev. 3")
    d.h("1. Purpose and scope")
    d.p(f"This plan defines how {MFR} will establish and maintain the clinical evidence for the {FULL} "
        "(Helix LVAS) in line with Article 61 and Annex XIV Part A of Regulation (EU) 2017/745. It covers the "
        "implantable pump with inflow cannula and outflow graft, the external controller, batteries, power "
        "module and the clinician monitor software version 2.x.")
    d.h("2. Device and classification")
    d.p("The Helix LVAS is a centrifugal blood pump with a magnetically levitated impeller, implanted at the left "
        "ventricular apex and connected to the ascending aorta by a 10 mm outflow graft. It is an active implantable "
        "device in direct contact with the heart and central circulation and is therefore class III (Annex VIII, "
        "Rule 8). As a class III implantable device it falls under the clinical evaluation consultation procedure "
        "of Article 54(1)(a).")
    d.h("3. Intended purpose and target group")
    d.p(f"Intended purpose: mechanical circulatory support of the left ventricle in {INDIC}.")
    d.p(f"Target group: {POP_OK}, NYHA class IIIB–IV, INTERMACS profile 2 to 5.")
    d.p("Contraindications: inability to tolerate anticoagulation or antiplatelet therapy; severe right ventricular "
        "failure not expected to recover; irreversible hepatic, renal or neurological dysfunction; active systemic "
        "infection; BSA below 1.2 m².")
    d.h("4. General safety and performance requirements needing clinical data")
    d.ul(["GSPR 1 and 8 – benefit-risk and acceptability of side-effects",
          "GSPR 14.1 – compatibility with blood (haemolysis, thrombosis)",
          "GSPR 17 and 18 – software and alarm systems of the controller",
          "GSPR 22 – use by lay persons (patients and carers handling the controller and batteries)"])
    d.h("5. Clinical benefits and outcome parameters")
    d.table(["Benefit", "Outcome parameter", "Acceptance criterion"], [
        ["Survival with preserved neurological function", "Survival free of disabling stroke (mRS > 3) or reoperation to replace or remove a malfunctioning pump at 6 months", "≥ 80 % (performance goal from EUROMACS benchmark)"],
        ["Functional improvement", "Change in NYHA class at 6 months", "≥ 60 % of patients improved by at least one class"],
        ["Quality of life", "KCCQ overall summary score at 6 months", "Mean improvement ≥ 15 points"],
        ["Exercise capacity", "Six-minute walk distance at 6 months", "Mean improvement ≥ 80 m"],
    ], widths=(28, 48, 24))
    d.h("6. Safety assessment and acceptance criteria")
    d.p("Adverse events are adjudicated by an independent clinical events committee using the MCS-ARC definitions. "
        "The benefit-risk profile is acceptable when the 6-month rates do not exceed the upper bounds below, which "
        "were derived from the EUROMACS and INTERMACS registries for contemporary centrifugal-flow pumps.")
    d.table(["Adverse event (MCS-ARC)", "Acceptable upper bound at 6 months"], [
        ["Disabling stroke", "≤ 6 %"], ["Suspected pump thrombosis", "≤ 3 %"],
        ["Major bleeding", "≤ 30 %"], ["Driveline infection", "≤ 15 %"]], widths=(60, 40))
    d.h("7. Clinical development plan")
    d.ol(["HELIX-EU pivotal investigation (CIV-22-04-039781), single-arm, 14 European sites, primary endpoint at 6 months.",
          "Systematic literature review of the state of the art and of published data on the device.",
          "Post-market clinical follow-up: continued follow-up of the HELIX-EU cohort to 24 months and the HELIX-PMCF registry (5 years)."])
    d.h("8. Literature review method")
    d.p("PubMed, Embase and the Cochrane Library are searched with PICO-based strings; two reviewers screen "
        "independently; appraisal follows MEDDEV 2.7/1 rev. 4 Appendix A6; favourable and unfavourable data are "
        "retained. Searches for the device and for the state of the art are run and reported separately.")
    return d


CER_CTX = {'name': 'Helix LVAS',
 'databases': 'PubMed, Embase and the Cochrane Library',
 'period': '1 January 2012 to 31 December 2024',
 'records': '1,184',
 'retained': '9',
 'gspr': [('GSPR 1 and 8', 'HELIX-EU: all performance and safety acceptance criteria met at 6 months'),
          ('GSPR 14.1', 'Haemolysis 2.7 %, suspected pump thrombosis 0.9 % (HELIX-EU)'),
          ('GSPR 17 and 18', 'No alarm-related serious adverse event in HELIX-EU'),
          ('GSPR 22', 'Patients and carers trained before discharge; no use error with serious outcome')],
 'evaluators': ['Dr. med. Stefan Albrecht, cardiac surgeon, 14 years in mechanical circulatory support',
                'Dipl.-Ing. Miriam Holz, biomedical engineer, clinical evaluation specialist',
                'Dr. Anna Weiß, epidemiologist'],
 'update': 'The report is updated at least once a year.'}


def cer():
    d = Doc("Clinical Evaluation Report", subtitle=f"{FULL} (Helix LVAS)", meta=[
        ("Report number", "HLX-CER-002"), ("Revision", "4"), ("Date", "3 March 2025"),
        ("Manufacturer", f"{MFR}, {ADDR}"), ("Basic UDI-DI", UDI), ("Notified Body", NB),
        ("Related plan", "HLX-CEP-001 rev. 3")], header="HLX-CER-002 rev. 4 – Helix LVAS")
    d.h("1. Summary")
    d.p("This report evaluates the clinical data for the Helix LVAS against the clinical evaluation plan HLX-CEP-001 "
        "rev. 3. The main source of evidence is the HELIX-EU pivotal investigation (112 patients, 14 European "
        "centres), supported by a literature review and by data on an equivalent device.")
    d.h("2. Device description")
    d.p("The system consists of the implantable pump (displacement volume 45 ml, mass 190 g) with titanium inflow "
        "cannula and sintered inflow surface, a 10 mm sealed polyester outflow graft, a percutaneous driveline, the "
        "Helix controller, two rechargeable lithium-ion batteries, a mains power module and the clinician monitor. "
        "The impeller is fully magnetically levitated; speed is set between 3,000 and 9,000 rpm and flow of up to "
        "10 l/min can be delivered. The system is an active implantable device, class III under Annex VIII Rule 8.")
    d.table(["Parameter", "Value"], [
        ["Pump speed range", "3,000–9,000 rpm (steps of 50 rpm)"], ["Maximum flow", "10 l/min"],
        ["Pump mass", "190 g"], ["Outflow graft diameter", "10 mm"],
        ["Battery run time (pair)", "up to 15 hours"], ["Controller alarms", "low flow, power, driveline fault, high power"]],
        widths=(45, 55))
    d.h("3. Intended purpose")
    d.p(f"The Helix LVAS is intended to provide left ventricular support in {INDIC}. The target population is "
        f"{POP_OK}. The device is implanted by cardiac surgeons in specialised centres; after discharge the patient "
        "lives at home with the external controller and batteries.")
    d.h("4. State of the art")
    d.p("Heart transplantation remains the reference treatment for end-stage heart failure but is limited by donor "
        "availability. Contemporary durable LVADs with centrifugal, fully levitated pumps have reduced pump "
        "thrombosis compared with axial-flow designs; EUROMACS and INTERMACS report 1-year survival of about 80–85 % "
        "and 2-year survival of about 70–80 %. Haemocompatibility-related adverse events (bleeding, stroke) and "
        "driveline infection remain the main limitations [1–3].")
    d.h("5. Clinical data")
    d.h("5.1 Literature search", 2)
    d.p("The search (PubMed, Embase, Cochrane; 1 January 2012 to 31 December 2024) retrieved 1,184 records; after "
        "de-duplication and screening, 27 publications were appraised and 9 were retained as pivotal data or state of "
        "the art. The full protocol and the list of excluded articles with reasons are given in Appendix 1.")
    d.h("5.2 Equivalence", 2)
    d.p(EQ1 + " The comparison covers pump design, speed range, blood-contacting materials and the intended "
        "population. " + EQ2 + " The comparison relies on published articles and on the SSCP that Stellar Medical "
        "has made public.")
    d.h("5.3 HELIX-EU pivotal investigation", 2)
    d.p("HELIX-EU (CIV-22-04-039781) is a prospective, single-arm, multicentre investigation conducted under "
        "EN ISO 14155:2020 in 14 centres in Germany, Austria, the Netherlands and Italy. 112 patients were implanted "
        "between May 2022 and August 2024 (mean age 57.4 years, 84 % male, mean BSA 1.98 m², range 1.24–2.52 m²; "
        "52 % bridge to transplantation, 48 % destination therapy). " + FU6)
    d.table(["Source", "Design / population", "n", "Follow-up", "Main result"], [
        ["HELIX-EU [4]", "Prospective single-arm, adults with advanced HF, BTT and DT", "112", "6 months",
         "Survival free of disabling stroke or reoperation 86.6 % (97/112)"],
        ["Ortega 2021 [5]", "CorVion LV3, randomised vs axial pump, adults", "1,020", "2 years",
         "Survival free of disabling stroke or reoperation 76.9 %"],
        ["Lindqvist 2023 [6]", "CorVion LV3, registry, adults, DT", "431", "5 years", "Actuarial survival 58.4 %"],
        ["EUROMACS 2022 [2]", "Registry, all durable LVADs", "4,712", "up to 5 years", "State of the art benchmark"],
    ], widths=(18, 32, 9, 13, 28))
    d.h("5.4 Results against the acceptance criteria", 2)
    d.table(["Criterion (HLX-CEP-001)", "Target", "HELIX-EU result", "Met"], [
        ["Survival free of disabling stroke or reoperation at 6 months", "≥ 80 %", "86.6 % (95 % CI 79.0–92.3)", "yes"],
        ["NYHA improvement ≥ 1 class at 6 months", "≥ 60 %", "81.3 %", "yes"],
        ["KCCQ overall summary score", "+15 points", "+27.9 points", "yes"],
        ["Six-minute walk distance", "+80 m", "+146 m", "yes"],
        ["Disabling stroke", "≤ 6 %", "3.6 %", "yes"],
        ["Suspected pump thrombosis", "≤ 3 %", "0.9 %", "yes"],
        ["Major bleeding", "≤ 30 %", "24.1 %", "yes"],
        ["Driveline infection", "≤ 15 %", "11.6 %", "yes"],
    ], widths=(42, 14, 32, 12))
    d.h("6. Safety")
    d.p("Adverse events at 6 months (MCS-ARC, CEC-adjudicated) were as follows. No unanticipated serious adverse "
        "device effect occurred. Twelve patients died before 6 months (10.7 %), mainly from multi-organ failure and "
        "right heart failure in INTERMACS profile 2 patients.")
    d.table(["Adverse event", "Patients with event at 6 months"], [[a, b] for a, b in RISKS], widths=(60, 40))
    d.h("7. Benefit-risk")
    d.p("Without mechanical support, 1-year mortality of patients with advanced heart failure on medical therapy "
        "exceeds 50 %. Against this, the Helix LVAS met every performance and safety acceptance criterion of the plan "
        "at 6 months. The benefits outweigh the residual risks listed above.")
    d.h("8. Residual risks and information for users")
    d.p("Residual risks (bleeding, infection, stroke, pump thrombosis, right heart failure, arrhythmia, haemolysis, "
        "device malfunction) are disclosed in the IFU and the SSCP. Patients and carers are trained in battery "
        "exchange, driveline care and alarm handling before discharge.")
    d.h("9. PMCF")
    d.p("Open questions are durability beyond 6 months, late haemocompatibility events and driveline infection over "
        "time. They are addressed in the PMCF plan HLX-PMCF-001 rev. 2 (HELIX-EU extension and the HELIX-PMCF "
        "registry).")
    d.h("10. Conclusion")
    d.p("The clinical data show that the device performs as intended and that its risks are acceptable for the "
        "intended population. " + CLAIM + " Conformity with GSPR 1, 8, 14.1, 17, 18 and 22 is demonstrated.")
    d.h("References")
    d.ol(["Mehra MR et al. A fully magnetically levitated left ventricular assist device – final report. N Engl J Med. 2019;380:1618-27.",
          "EUROMACS Investigators. Fifth annual report of the European Registry for Patients with Mechanical Circulatory Support. Eur J Cardiothorac Surg. 2022;62:ezac041.",
          "Kormos RL et al. The Society of Thoracic Surgeons Intermacs database annual report. Ann Thorac Surg. 2019;107:341-53.",
          "Vantor Cardiac Systems. HELIX-EU clinical investigation report, 6-month analysis, HLX-CIR-006, 2024.",
          "Ortega JL et al. Two-year outcomes of the CorVion LV3 centrifugal pump: a randomised comparison. J Heart Lung Transplant. 2021;40:988-97.",
          "Lindqvist P et al. Five-year destination therapy outcomes with the CorVion LV3. Eur J Heart Fail. 2023;25:1120-9."])
    appendices(d, CER_CTX, 0)
    return d


def pmcf():
    d = Doc("Post-Market Clinical Follow-up Plan", subtitle="Helix LVAS", meta=[
        ("Plan", "HLX-PMCF-001"), ("Revision", "2"), ("Date", "20 February 2025"),
        ("CER reference", "HLX-CER-002 rev. 4"), ("Risk management file", "HLX-RMF-001 rev. 7")],
        header="HLX-PMCF-001 rev. 2")
    d.h("A. Manufacturer")
    d.p(f"{MFR}, {ADDR}. SRN {SRN}. Person responsible for regulatory compliance: Dr. Katrin Vollmer.")
    d.h("B. Device")
    d.p(f"{FULL}; Basic UDI-DI {UDI}; class III, Rule 8; intended for {INDIC}; population: {POP_OK}. "
        "Expected lifetime of the implant: 5 years (design verification). Novel features: none relative to the "
        "device group; novel clinical procedure: no.")
    d.h("C. Specific objectives")
    d.ol(["Confirm survival free of disabling stroke or reoperation at 1, 2 and 5 years (open question in CER section 9).",
          "Estimate the incidence of late haemocompatibility events (GI bleeding, pump thrombosis, stroke) per patient-year.",
          "Monitor driveline infection as a function of time since implant.",
          "Detect off-label use, in particular implantation below the labelled BSA."])
    d.h("D. Activities")
    d.table(["Activity", "Type", "Rationale and sample size", "Timeline"], [
        ["C.1 HELIX-EU extended follow-up", "Specific – continued clinical investigation",
         "All 112 patients followed to 24 months; events adjudicated by the CEC", "Final report Q4 2026"],
        ["C.2 HELIX-PMCF registry", "Specific – prospective multicentre registry",
         "n = 300. With an expected 2-year event-free survival of 75 %, 300 patients give a two-sided 95 % CI half-width of ±5.3 % allowing 15 % loss to follow-up",
         "Enrolment Q2 2025–Q4 2027; 5-year follow-up; interim reports yearly"],
        ["C.3 EUROMACS data review", "General – registry analysis", "Benchmarking against all durable LVADs", "Yearly"],
        ["C.4 Literature and vigilance screening", "General", "PubMed/Embase search every 6 months; complaint trending", "Twice yearly"],
    ], widths=(22, 20, 38, 20))
    d.h("E. Population and setting")
    d.p("Adults implanted with the Helix LVAS in the 14 HELIX-EU centres and up to 10 further European implanting "
        "centres; follow-up visits in the implanting centre, with the patient living at home between visits.")
    d.h("F. Endpoints")
    d.ul(["Primary: survival free of disabling stroke or reoperation to replace or remove a malfunctioning pump at 2 years.",
          "Secondary: MCS-ARC adverse events per patient-year, NYHA class, KCCQ, six-minute walk distance, rehospitalisation."])
    d.h("G. Reporting")
    d.p("A PMCF evaluation report is issued every year and feeds the CER, the risk management file and the SSCP.")
    return d


def ifu_en():
    d = Doc("Helix LVAS – Instructions for Use", subtitle="Left ventricular assist system · for clinicians",
            meta=[("Document", "LBL-0457 rev. B"), ("Manufacturer", f"{MFR}, {ADDR}"), ("Basic UDI-DI", UDI)],
            header="LBL-0457 rev. B · EN")
    d.h("1 Intended purpose")
    d.p(f"The Helix LVAS provides left ventricular support in {INDIC}.")
    d.h("2 Patient population")
    d.p(f"Adults (18 years and older) with a body surface area (BSA) of 1.2 m² or more.")
    d.h("3 Contraindications")
    d.ul(["Inability to tolerate anticoagulation or antiplatelet therapy.",
          "Severe right ventricular failure not expected to recover.",
          "Irreversible hepatic, renal or neurological dysfunction.",
          "Active systemic infection.", "BSA below 1.2 m²."])
    d.h("4 Warnings")
    d.ul([WARN_EN,
          "Keep one fully charged spare battery pair and the backup controller with the patient at all times.",
          "Do not immerse the controller or the driveline in water; showering only with the shower bag.",
          "Maintain anticoagulation within the target INR range of 2.0–3.0."])
    d.h("5 Alarm handling")
    d.ul(["Low flow: check for hypovolaemia, tamponade, arrhythmia or inflow obstruction; contact the implanting centre.",
          UNSAFE_EN,
          "Power alarm: replace the lower battery first, then the second one."])
    d.h("6 Undesirable side-effects")
    d.p("Bleeding, driveline infection, right heart failure, ventricular arrhythmia, stroke, haemolysis, pump "
        "thrombosis and device malfunction (see the SSCP for frequencies).")
    d.h("7 Technical specifications")
    d.table(["Item", "Specification"], [
        ["Speed range", "3,000–9,000 rpm"], ["Maximum flow", "10 l/min"], ["Pump mass", "190 g"],
        ["Outflow graft", "10 mm"], ["Battery run time", "up to 15 h per pair"],
        ["MRI", "MR unsafe"]], widths=(40, 60))
    d.p("The SSCP is available in EUDAMED under the Basic UDI-DI.")
    return d


def ifu_de():
    d = Doc("Helix LVAS – Gebrauchsanweisung", subtitle="Linksventrikuläres Unterstützungssystem · für Fachpersonal",
            meta=[("Dokument", "LBL-0457 rev. B"), ("Hersteller", f"{MFR}, {ADDR}"), ("Basis-UDI-DI", UDI)],
            header="LBL-0457 rev. B · DE")
    d.h("1 Zweckbestimmung")
    d.p("Das Helix LVAS unterstützt den linken Ventrikel bei fortgeschrittener Linksherzinsuffizienz (NYHA-Klasse IIIB "
        "oder IV), die auf eine optimale leitliniengerechte medikamentöse Therapie nicht anspricht, als Überbrückung bis "
        "zur Herztransplantation oder als Dauertherapie bei Patienten, die für eine Transplantation nicht infrage kommen.")
    d.h("2 Patientengruppe")
    d.p("Erwachsene (ab 18 Jahren) mit einer Körperoberfläche (KOF) von mindestens 1,2 m².")
    d.h("3 Kontraindikationen")
    d.ul(["Unverträglichkeit einer Antikoagulation oder Thrombozytenaggregationshemmung.",
          "Schweres Rechtsherzversagen ohne Aussicht auf Erholung.",
          "Irreversible Leber-, Nieren- oder neurologische Funktionsstörung.",
          "Aktive systemische Infektion.", "KOF unter 1,2 m²."])
    d.h("4 Warnhinweise")
    d.ul(["Niemals beide Stromquellen gleichzeitig trennen: Die Pumpe bleibt innerhalb von Sekunden stehen.",
          "Ein vollständig geladenes Ersatz-Akkupaar und den Ersatz-Controller stets beim Patienten bereithalten.",
          "Controller und Driveline nicht in Wasser tauchen; Duschen nur mit der Duschtasche.",
          "Antikoagulation im INR-Zielbereich von 2,0–3,0 halten."])
    d.h("5 Alarmbehandlung")
    d.ul(["Niedriger Fluss: auf Hypovolämie, Tamponade, Arrhythmie oder Obstruktion des Einflusses prüfen; das implantierende Zentrum kontaktieren.",
          UNSAFE_DE,
          "Stromalarm: zuerst den schwächeren Akku tauschen, danach den zweiten."])
    d.h("6 Unerwünschte Nebenwirkungen")
    d.p("Blutungen, Driveline-Infektion, Rechtsherzversagen, ventrikuläre Arrhythmien, Schlaganfall, Hämolyse, "
        "Pumpenthrombose und Gerätefehlfunktion (Häufigkeiten siehe SSCP).")
    d.h("7 Technische Daten")
    d.table(["Merkmal", "Angabe"], [
        ["Drehzahlbereich", "3.000–9.000 U/min"], ["Maximaler Fluss", "10 l/min"], ["Pumpenmasse", "190 g"],
        ["Auslassprothese", "10 mm"], ["Akkulaufzeit", "bis 15 h je Paar"], ["MRT", "MR-unsicher"]], widths=(40, 60))
    d.p("Der SSCP ist in EUDAMED unter der Basis-UDI-DI abrufbar.")
    return d


def ifu_fr():
    d = Doc("Helix LVAS – Notice d’utilisation", subtitle="Système d’assistance ventriculaire gauche · professionnels de santé",
            meta=[("Document", "LBL-0457 rév. B"), ("Fabricant", f"{MFR}, {ADDR}"), ("IUD-ID de base", UDI)],
            header="LBL-0457 rév. B · FR")
    d.h("1 Destination")
    d.p("Le Helix LVAS assure une assistance du ventricule gauche en cas d’insuffisance cardiaque gauche avancée "
        "(classe NYHA IIIB ou IV) réfractaire à un traitement médical optimal conforme aux recommandations, en attente "
        "de transplantation cardiaque ou en thérapie de destination chez les patients non éligibles à la transplantation.")
    d.h("2 Population de patients")
    d.p("Adultes (18 ans et plus) dont la surface corporelle (SC) est d’au moins 1,2 m².")
    d.h("3 Contre-indications")
    d.ul(["Intolérance à l’anticoagulation ou aux antiagrégants plaquettaires.",
          "Défaillance ventriculaire droite sévère sans perspective de récupération.",
          "Dysfonction hépatique, rénale ou neurologique irréversible.",
          "Infection systémique active.", "SC inférieure à 1,2 m²."])
    d.h("4 Avertissements")
    d.ul(["Ne jamais débrancher les deux sources d’alimentation en même temps : la pompe s’arrête en quelques secondes.",
          "Garder en permanence avec le patient une paire de batteries de rechange chargées et le contrôleur de secours.",
          "Ne pas immerger le contrôleur ni le câble percutané ; douche uniquement avec le sac de douche.",
          "Maintenir l’anticoagulation dans la plage cible d’INR de 2,0 à 3,0."])
    d.h("5 Gestion des alarmes")
    d.ul(["Débit bas : rechercher une hypovolémie, une tamponnade, une arythmie ou une obstruction de la canule ; contacter le centre implanteur.",
          UNSAFE_FR,
          "Alarme d’alimentation : remplacer d’abord la batterie la plus faible, puis la seconde."])
    d.h("6 Effets secondaires indésirables")
    d.p("Saignements, infection du câble percutané, insuffisance cardiaque droite, arythmies ventriculaires, accident "
        "vasculaire cérébral, hémolyse, thrombose de pompe et dysfonctionnement du dispositif (fréquences : voir le RCSPC).")
    d.h("7 Caractéristiques techniques")
    d.table(["Élément", "Valeur"], [
        ["Plage de vitesse", "3 000 à 9 000 tr/min"], ["Débit maximal", "10 l/min"], ["Masse de la pompe", "190 g"],
        ["Prothèse de sortie", "10 mm"], ["Autonomie des batteries", "jusqu’à 15 h par paire"], ["IRM", "incompatible IRM"]],
        widths=(40, 60))
    d.p("Le RCSPC (SSCP) est disponible dans EUDAMED sous l’IUD-ID de base.")
    return d


def sscp():
    d = Doc("Summary of Safety and Clinical Performance – Helix LVAS", meta=[
        ("Document", "HLX-SSCP-001"), ("Revision", "1"), ("Date", "5 March 2025"), ("Validated by", NB)],
        header="HLX-SSCP-001 rev. 1")
    d.h("1. Device identification")
    d.kv([("Trade name", "Helix LVAS (Cardiona Helix Left Ventricular Assist System)"), ("Manufacturer", f"{MFR}, {ADDR}"),
          ("SRN", SRN), ("Basic UDI-DI", UDI), ("Class", "III (Rule 8)"), ("First CE certificate", "pending")])
    d.h("2. Intended use")
    d.p(f"Left ventricular support in {INDIC}. Population: {POP_OK}. Contraindications: intolerance of "
        "anticoagulation, non-recoverable right heart failure, irreversible end-organ dysfunction, active infection, "
        "BSA below 1.2 m².")
    d.h("3. Device description")
    d.p("Magnetically levitated centrifugal pump (190 g), 10 mm outflow graft, driveline, controller, batteries and "
        "power module. No previous generation.")
    d.h("4. Risks and warnings")
    d.table(["Residual risk / side-effect", "Frequency at 6 months (HELIX-EU, n = 112)"], [[a, b] for a, b in RISKS],
            widths=(60, 40))
    d.p("Frequencies come from a prospective clinical investigation; the follow-up period is 6 months.")
    d.h("5. Clinical evaluation and PMCF")
    d.p("HELIX-EU: survival free of disabling stroke or reoperation at 6 months 86.6 % (97/112). PMCF continues the "
        "HELIX-EU follow-up to 24 months and enrols 300 patients in a 5-year registry.")
    d.h("6. Alternatives")
    d.p("Heart transplantation, optimal medical therapy, other durable LVADs, palliative care.")
    d.h("7. User profile")
    d.p("Implantation by cardiac surgeons trained by the manufacturer; follow-up by heart-failure teams; patients and "
        "carers trained before discharge.")
    d.h("8. Standards")
    d.p("EN ISO 14708-1:2014, EN ISO 14708-5:2020, EN ISO 14155:2020, EN 60601-1-8.")
    return d


def cear():
    d = Doc("Clinical Evaluation Assessment Report (CEAR)", subtitle="Prepared by " + NB, meta=[
        ("CEAR number", "NC-CEAR-24-0193"), ("Application", "Initial certification, Annex IX"),
        ("Device", "Helix LVAS"), ("Date", "28 March 2025")], header="Nordcert 2841 · NC-CEAR-24-0193")
    d.h("A. Administrative particulars")
    d.kv([("Manufacturer", f"{MFR}, SRN {SRN}"), ("Device", f"{FULL} (Helix LVAS)"), ("Basic UDI-DI", UDI),
          ("Risk class", "III, Annex VIII Rule 8"),
          ("Documents assessed", "HLX-CEP-001 rev. 3; HLX-CER-002 rev. 4; HLX-PMCF-001 rev. 2; LBL-0457 rev. B; HLX-SSCP-001 rev. 1")])
    d.p(f"Intended purpose as understood by the Notified Body: left ventricular support in {INDIC}.")
    d.h("B. Reviewers")
    d.p("Clinical reviewer: cardiac surgeon (reviewer code NC-C17); product reviewer: biomedical engineer (NC-P04).")
    d.h("C. Device and evaluation basis")
    d.p(POP_CEAR + ", NYHA IIIB–IV. Classification confirmed as class III under Rule 8. The manufacturer claims "
        "equivalence to a device of another manufacturer; see the comment on access to data below.")
    d.p("Novelty: the device belongs to an established group (fully levitated centrifugal LVADs); no novel clinical "
        "procedure.")
    d.h("D. Literature review")
    d.p("The search protocol is adequate; device-specific and state-of-the-art searches are separated.")
    d.h("E. Clinical investigations")
    d.p("HELIX-EU enrolled 112 patients; the primary endpoint (86.6 % at 6 months) exceeded the 80 % performance goal.")
    d.h("F. PMCF")
    d.p("The PMCF plan includes an extension of HELIX-EU and a 300-patient registry with a sample-size rationale; it "
        "is considered adequate.")
    d.h("G. IFU and SSCP")
    d.p("The IFU lists contraindications, warnings and side-effects; the SSCP reports quantified risks.")
    d.h("H. Conclusions")
    d.p("The benefit-risk is considered acceptable for the intended purpose. The certificate is recommended with "
        "yearly review of the PMCF data.")
    d.h("I. Clinical evaluation consultation procedure")
    d.p("Article 54(1)(a) applies (class III implantable device); no exemption under Article 54(2). Proposed panel: "
        "circulatory system (cardiac surgery devices, LVADs).")
    return d


def build(root):
    x = Dossier(DOSSIER_ID, "left ventricular assist device", "III", root)
    x.add("CEP_HelixLVAS_HLX-CEP-001_r3.docx", "CEP", cep())
    x.add("CER_HelixLVAS_HLX-CER-002_r4.pdf", "CER", cer(), serif=True)
    x.add("PMCF_Plan_HLX-PMCF-001_r2.docx", "PMCF-plan", pmcf())
    x.add("IFU_Helix_LBL-0457_EN.pdf", "IFU", ifu_en())
    x.add("IFU_Helix_LBL-0457_DE.pdf", "IFU", ifu_de(), lang="de")
    x.add("IFU_Helix_LBL-0457_FR.pdf", "IFU", ifu_fr(), lang="fr")
    x.add("SSCP_HelixLVAS.pdf", "SSCP", sscp())
    x.add("CEAR_Nordcert_NC-CEAR-24-0193.docx", "CEAR", cear())
    cer_f, cear_f, ifu = "CER_HelixLVAS_HLX-CER-002_r4.pdf", "CEAR_Nordcert_NC-CEAR-24-0193.docx", "IFU_Helix_LBL-0457_EN.pdf"
    x.label("bsa_threshold_differs", "population", [cer_f, ifu, cear_f],
            [POP_OK, "Adults (18 years and older) with a body surface area (BSA) of 1.2 m² or more.", POP_CEAR],
            "The CER, IFU and SSCP admit patients from a BSA of 1.2 m²; the CEAR describes the population as BSA of at "
            "least 1.5 m².", ["intended-use"])
    x.label("normal_function_ten_year_claim", "claim", [cer_f], [CLAIM, FU6],
            "The CER concludes that the pump restores normal cardiac function and gives durable support for ten years, "
            "while its own data end at 6 months and LVAD support does not normalise cardiac function.", ["evidence"])
    x.label("power_disconnect_to_reset_alarm", "safety-instruction",
            [ifu, "IFU_Helix_LBL-0457_DE.pdf", "IFU_Helix_LBL-0457_FR.pdf"], ["disconnect both batteries from the controller for up to two minutes to reset the pump", WARN_EN,
             "beide Akkus für bis zu zwei Minuten vom Controller trennen, um die Pumpe zurückzusetzen",
             "débrancher les deux batteries du contrôleur pendant deux minutes au maximum pour réinitialiser la pompe"],
            "The alarm section instructs users to disconnect both batteries to reset the pump, which stops "
            "life-sustaining support and contradicts the IFU's own warning.")
    x.label("competitor_equivalence_without_contract", "evidence", [cer_f], [EQ1, EQ2],
            "Equivalence of a class III implantable device is claimed to another manufacturer's LVAD without a contract "
            "giving full access to its technical documentation (Art. 61(5)).")
    return x
