"""Percutaneous microaxial ventricular assist pump, short-term use in cath lab/ICU (class III, not implantable)."""

LONG = "CardioLift P5 Percutaneous Heart Pump System"

ADVERSE = [
    ("Major bleeding (BARC 3–5)", "21 % in cardiogenic shock, 4.2 % in HR-PCI, within 30 days"),
    ("Haemolysis (plasma free haemoglobin > 40 mg/dl)", "8.3 % within 24 hours"),
    ("Limb ischaemia requiring intervention", "4.2 % within 30 days"),
    ("Access-site vascular complication", "6.9 % within 30 days"),
    ("Stroke or transient ischaemic attack", "2.1 % within 30 days"),
    ("Acute kidney injury", "17 % in cardiogenic shock within 30 days"),
    ("Aortic valve injury or new aortic regurgitation", "0.9 % within 30 days"),
    ("Ventricular arrhythmia during positioning", "3.2 % during the procedure"),
    ("Pump thrombosis or pump stop", "0.5 %"),
]

SPEC = {
    "id": "f04_cardiolift",
    "device": "CardioLift P5 percutaneous microaxial left ventricular assist pump (short-term, cath lab/ICU)",
    "device_class": "III",
    "name": "CardioLift",
    "name_long": LONG,
    "generic": "Percutaneous temporary left ventricular assist device (microaxial pump)",
    "manufacturer": "Hemodyne Systems GmbH",
    "address": "Reininghausstraße 78, 8020 Graz, Austria",
    "srn": "AT-MF-000009215",
    "nb": "Alpine Conformity GmbH",
    "nb_no": "2891",
    "budi": "912345670CLP5HJ",
    "emdn": "C0302 – temporary ventricular assist devices",
    "first_ce": "Not yet certified (initial MDR application)",
    "rmf": "HS-RMF-0005 v6",
    "pms_plan": "HS-PMS-0005 v2",
    "data_lock": "1 September 2024",
    "authors": ["Mag. Verena Pichler, Clinical Affairs", "DI Andreas Wurm, Quality & Regulatory"],
    "class_text": "Class III according to Annex VIII Rule 7 (short-term invasive device in direct contact with the heart and central circulatory system)",
    "scope_text": ("The CardioLift pump remains in the body for maximum 5 days and is therefore not an implantable device "
                   "(Article 2(5) MDR). Article 54(1)(a) applies only to class III implantable devices and Article 54(1)(b) "
                   "only to class IIb active devices administering medicinal products; the clinical evaluation consultation "
                   "procedure is therefore not required for this device."),
    "models": (["Article number", "Component", "Remark"], [
        ["CL-P5", "CardioLift P5 pump catheter (14 Fr pump, 9 Fr shaft)", "Sterile, single use"],
        ["CL-CON", "CardioLift console with purge module", "Reusable, software v3.2"],
        ["CL-PC", "Purge cassette", "Sterile, single use"],
        ["CL-INT", "Peel-away introducer 14 Fr", "Sterile, single use"],
    ]),
    "specs": [
        ["Maximum pump flow", "up to 4.3 l/min at pump level P9"],
        ["Motor speed", "up to 46 000 rpm (levels P1–P9)"],
        ["Pump head diameter", "14 Fr (4.7 mm)"],
        ["Catheter shaft diameter", "9 Fr"],
        ["Access", "Percutaneous femoral artery, minimum vessel diameter 5 mm"],
        ["Maximum duration of use", "5 days"],
        ["Purge fluid", "Glucose 5 % with heparin according to hospital protocol"],
        ["Console battery autonomy", "60 minutes"],
        ["Alarms", "Suction, position, purge pressure, low flow, power failure"],
    ],
    "specs_prose": "",
    "intended_purpose": ("The CardioLift P5 system is a temporary (up to 5 days) percutaneous ventricular support device "
                         "which pumps blood from the left ventricle into the ascending aorta, for haemodynamic support in "
                         "patients with cardiogenic shock and during high-risk percutaneous coronary interventions."),
    "indications": [
        "Cardiogenic shock after acute myocardial infarction (SCAI stage C to D) with insufficient response to standard therapy",
        "Haemodynamic support during elective or urgent high-risk PCI in haemodynamically stable patients with severe coronary artery disease and reduced left ventricular ejection fraction",
    ],
    "contraindications": [
        "Mural thrombus in the left ventricle",
        "Mechanical aortic valve or aortic valve prosthesis with heart constrictive device",
        "Aortic stenosis with valve area ≤ 1.0 cm² or moderate to severe aortic regurgitation",
        "Severe peripheral arterial disease precluding femoral placement",
        "Ventricular septal defect or left ventricular rupture",
        "Contraindication to heparin",
    ],
    "population": "Adult patients (18 years and older).",
    "users": ("Placement by interventional cardiologists trained on the CardioLift system; operation and monitoring by ICU "
              "physicians and intensive care nurses who completed the CardioLift training."),
    "setting": ("The pump is placed in the catheterisation laboratory and operated only in the catheterisation laboratory "
                "or in an intensive care unit with continuous haemodynamic monitoring; intra-hospital transfer between "
                "these areas is permitted with the console on battery."),
    "description": [
        "The CardioLift P5 is a catheter-mounted microaxial pump. It is introduced through the femoral artery and placed "
        "across the aortic valve, with the inlet in the left ventricle and the outlet in the ascending aorta. The motor "
        "in the pump head drives an impeller which moves blood continuously from the ventricle into the aorta.",
        "The console controls the motor speed in nine levels, delivers the purge fluid which protects the motor from "
        "blood ingress, and monitors position (pressure sensor), suction and flow. The pump is used for maximum 5 days "
        "and removed at the bedside or in the catheterisation laboratory.",
    ],
    "sota": [
        "Cardiogenic shock complicating acute myocardial infarction has a 30-day mortality of 40–50 % despite early "
        "revascularisation. The DanGer Shock trial (2024) showed a reduction of all-cause death at 180 days with a "
        "microaxial flow pump in STEMI-related cardiogenic shock (45.8 % versus 58.5 %), at the cost of more bleeding, "
        "limb ischaemia and renal replacement therapy.",
        "For high-risk PCI, mechanical support is used to avoid haemodynamic collapse during complex interventions; "
        "randomised data do not show a mortality benefit and the current ESC guidelines do not recommend routine use.",
        "Benchmarks chosen from registries and trials: 30-day survival in shock 45–60 %, major bleeding 15–25 %, limb "
        "ischaemia 3–6 %, haemolysis 5–10 % and stroke 1–3 %.",
    ],
    "alternatives": [
        "Inotropes and vasopressors alone",
        "Intra-aortic balloon pump (IABP)",
        "Veno-arterial extracorporeal membrane oxygenation (VA-ECMO)",
        "Other percutaneous microaxial pumps",
    ],
    "search": ("PubMed, Embase and Cochrane; 2012 until data lock point; terms (percutaneous OR microaxial OR Impella OR "
               "ventricular assist) AND (cardiogenic shock OR high-risk PCI) and the device name; PRISMA documentation."),
    "search_result": ("1 926 records were screened; 54 articles were used for the state of the art. For the device the two "
                      "manufacturer investigations CL-SHOCK and CL-PROTECT were identified; no other publications exist."),
    "equivalence_plan": "No equivalence will be claimed. All clinical data must come from the CardioLift P5 itself.",
    "equivalence": "No equivalence is claimed. The data were generated with the final CardioLift P5 design and console software v3.2.",
    "cdp": [
        "CL-SHOCK: prospective, multicentre, single-arm investigation in AMI cardiogenic shock, 96 patients, primary end "
        "point 30-day survival. CL-PROTECT: prospective single-arm investigation in HR-PCI, 120 patients, 90 days.",
        "After certification, the CL-REG registry will continue the data collection (PMCF).",
    ],
    "benefits": [
        ("Haemodynamic stabilisation in cardiogenic shock", "Mean arterial pressure ≥ 65 mmHg at 1 h without escalation of vasopressors", "≥ 75 % of patients"),
        ("Survival in cardiogenic shock", "All-cause survival at 30 days", "≥ 45 %"),
        ("Safe completion of high-risk PCI", "Procedural success without haemodynamic collapse", "≥ 90 %"),
    ],
    "safety_criteria": [
        ("Major bleeding (BARC 3–5) within 30 days, shock population", "≤ 25 %"),
        ("Limb ischaemia requiring intervention", "≤ 6 %"),
        ("Haemolysis within 24 h", "≤ 10 %"),
        ("Stroke within 30 days", "≤ 3 %"),
    ],
    "perf_results": [
        ["MAP ≥ 65 mmHg at 1 h (shock)", "≥ 75 %", "81 % (78/96)", "Yes"],
        ["30-day survival (shock)", "≥ 45 %", "54 % (52/96)", "Yes"],
        ["Procedural success HR-PCI", "≥ 90 %", "95.8 % (115/120)", "Yes"],
    ],
    "safety_results": [
        ["Major bleeding, shock", "≤ 25 %", "21 % (20/96)", "Yes"],
        ["Limb ischaemia requiring intervention", "≤ 6 %", "4.2 % (9/216)", "Yes"],
        ["Haemolysis within 24 h", "≤ 10 %", "8.3 % (18/216)", "Yes"],
        ["Stroke within 30 days", "≤ 3 %", "2.1 % (2/96)", "Yes"],
    ],
    "studies": (["Study", "Indication", "Design", "N", "Follow-up", "Main results"], [
        ["CL-SHOCK [5]", "AMI cardiogenic shock", "Prospective, single-arm, 12 sites", "96", "30 days", "Survival 54 %; MAP ≥ 65 mmHg at 1 h 81 %"],
        ["CL-PROTECT [6]", "High-risk PCI", "Prospective, single-arm, 9 sites", "120", "90 days", "Procedural success 95.8 %; MACCE 12.5 % at 90 days"],
    ]),
    "results": [
        "Mean duration of support was 2.9 days in CL-SHOCK (maximum 5 days) and 2.1 hours in CL-PROTECT. The mean pump "
        "flow at level P8 was 3.6 l/min. All patients were treated in the catheterisation laboratory and intensive care unit.",
        "In CL-SHOCK 30-day survival was 54 %, within the range of contemporary shock registries; the study was not "
        "designed to show a survival benefit compared to standard therapy.",
    ],
    "pms": ["No post-market data are available; the device is not yet on the market."],
    "benefit_risk": [
        "CardioLift provides effective haemodynamic support; performance results meet the acceptance criteria. Bleeding, "
        "limb ischaemia and haemolysis are the relevant risks and are in the range of the benchmark devices.",
        "The single-arm design does not allow a conclusion on survival compared with standard therapy; this is an open "
        "question for PMCF and is stated in the IFU and SSCP.",
    ],
    "adverse": ADVERSE,
    "other_risks": ["Device malfunction with loss of support (console or purge failure)"],
    "pmcf_summary": "The CL-REG registry (400 patients) collects survival, bleeding, limb ischaemia and haemolysis data.",
    "summary": [
        "This CER evaluates the CardioLift P5 system for temporary left ventricular support in cardiogenic shock and high-risk PCI.",
        "Clinical data: CL-SHOCK (96 patients) and CL-PROTECT (120 patients). All CEP acceptance criteria were fulfilled.",
    ],
    "conclusion": [
        "In summary CardioLift restores normal cardiac function in patients with cardiogenic shock and eliminates the risk of "
        "haemodynamic collapse during high-risk PCI.",
        "The benefit-risk ratio is positive and the GSPR 1, 8 and 9 are fulfilled for the intended purpose.",
    ],
    "references": [
        "Møller JE, Engstrøm T, Jensen LO, et al. Microaxial flow pump or standard care in infarct-related cardiogenic shock. N Engl J Med 2024;390:1382–1393.",
        "Thiele H, Zeymer U, Neumann FJ, et al. Intraaortic balloon support for myocardial infarction with cardiogenic shock. N Engl J Med 2012;367:1287–1296.",
        "Byrne RA, Rossello X, Coughlan JJ, et al. 2023 ESC Guidelines for the management of acute coronary syndromes. Eur Heart J 2023;44:3720–3826.",
        "Baran DA, Grines CL, Bailey S, et al. SCAI clinical expert consensus statement on the classification of cardiogenic shock. Catheter Cardiovasc Interv 2019;94:29–37.",
        "Hemodyne Systems. CL-SHOCK clinical investigation report, HS-CIR-011, 2024.",
        "Hemodyne Systems. CL-PROTECT clinical investigation report, HS-CIR-012, 2024.",
    ],
    "evaluators": "Mag. Verena Pichler (biologist, clinical evaluation since 2012) and Prof. Dr. Ernst Holzer (cardiologist, intensive care). Signed 30 September 2024.",
    "pmcf": {
        "general": ["Monthly complaint and vigilance review", "Console log file analysis for alarms and pump stops",
                    "Yearly literature search with the CEP protocol"],
        "objectives": [
            ("Compare survival with contemporary shock registries", "Open question: survival benefit not shown"),
            ("Estimate major bleeding and limb ischaemia rates in routine use", "Residual risks: bleeding, limb ischaemia"),
            ("Estimate haemolysis and pump stops", "Residual risks: haemolysis, pump thrombosis"),
        ],
        "design": ["Prospective, multicentre, observational registry (CL-REG) with consecutive enrolment of all patients treated with CardioLift in the participating centres."],
        "endpoints": ["All-cause survival at 30 days and 1 year", "BARC 3–5 bleeding, limb ischaemia, haemolysis, stroke",
                      "Device malfunctions and pump stops"],
        "inclusion": ["All adult patients treated with CardioLift for an indication in the IFU", "Informed consent or deferred consent according to national law"],
        "exclusion": ["None besides refusal of consent"],
        "setting": ("Patients will be enrolled in participating hospitals and followed also during step-down care on general "
                    "cardiology wards and in outpatient heart-failure clinics while the pump remains in place, to collect "
                    "real-world data outside the intensive care unit."),
        "sample_size": ("400 patients (250 shock, 150 HR-PCI). With 250 shock patients the 30-day survival (expected 54 %) "
                        "is estimated with a 95 % CI half width of ±6.2 %; bleeding (expected 21 %) with ±5.0 %."),
        "timeline": [["First patient", "Q2 2025"], ["Last patient", "Q2 2027"], ["1-year follow-up complete", "Q2 2028"],
                     ["PMCF evaluation report", "Yearly"]],
        "reporting": "PMCF evaluation report yearly; results update the CER, SSCP and risk management file.",
    },
    "sscp": {
        "description": ["Catheter-mounted microaxial pump (14 Fr) placed across the aortic valve via the femoral artery, "
                        "driven and purged by a console. Maximum use 5 days."],
        "previous": "No previous generation.",
        "accessories": "Console CL-CON, purge cassette CL-PC, introducer CL-INT.",
        "risk_source": "Rates from CL-SHOCK and CL-PROTECT (216 patients, prospective).",
        "fsca": "No FSCA.",
        "training": "Mandatory CardioLift training for the implanting cardiologists and the ICU team (simulation and supervised cases).",
        "standards": ["EN ISO 14971:2019+A11:2021", "EN 60601-1:2006+A1:2013", "EN 60601-1-8:2007+A1:2013 (alarms)",
                      "EN ISO 10993-4:2017", "EN ISO 14155:2020"],
    },
    "sscp_warnings": ["Operate only in the catheterisation laboratory or ICU with continuous haemodynamic monitoring.",
                      "Check the pump position by echocardiography after every transfer.",
                      "Monitor haemolysis (plasma free haemoglobin) daily."],
    "sscp_clinical": ["CL-SHOCK (96 patients, cardiogenic shock): 30-day survival 54 %, major bleeding 21 %. CL-PROTECT (120 patients, HR-PCI): procedural success 95.8 %."],
    "cear": {
        "assessment_type": "Initial certification",
        "ifu_langs": ["English", "German"],
        "reviewers": "Clinical reviewer: cardiologist and intensivist (AC-MED-09); technical reviewer: mechanical engineer (AC-TEC-17).",
        "state_of_art": ["The state of the art includes DanGer Shock and IABP-SHOCK II; the benchmarks are reasonable."],
        "literature": ["The literature search is adequate."],
        "investigations": ["CL-SHOCK and CL-PROTECT were conducted under EN ISO 14155; single-arm design is a limitation for survival claims."],
        "pmcf": ["The CL-REG registry with 400 patients is planned; sample size justified."],
        "ifu": ["IFU and SSCP correspond to the CER."],
        "conclusion": ["The clinical evidence is sufficient for the intended purpose; benefit-risk acceptable."],
    },
    "cear_summary": [
        "CardioLift P5 is a percutaneous microaxial pump for temporary left ventricular support up to 5 days.",
        "As assessed: haemodynamic support in AMI cardiogenic shock and during high-risk PCI, in adults, operated in the "
        "catheterisation laboratory and intensive care unit only.",
    ],
    "cear_scope": ["The device is class III but not implantable (use ≤ 5 days). Article 54(1) does not apply, the consultation "
                   "procedure is not required; this CEAR is part of the NB's technical documentation assessment only."],
    "style": {"v": 1, "heads": "roman", "cear_heads": "dot", "ifu_heads": "plain"},
    "docs": {
        "CEP": dict(title="Clinical evaluation plan", number="HS-CEP-0005", rev="2", date="2024-03-04", file="HS-CEP-0005_CardioLift.docx", fmt="docx"),
        "CER": dict(title="Clinical evaluation report", number="HS-CER-0005", rev="3", date="2024-09-30", file="HS-CER-0005_CardioLift_v3.pdf", fmt="pdf", font="DejaVuSerif"),
        "PMCF-plan": dict(title="PMCF plan", number="HS-PMCF-0005", rev="1", date="2024-09-25", file="HS-PMCF-0005_CardioLift.docx", fmt="docx"),
        "SSCP": dict(title="SSCP", number="HS-SSCP-0005", rev="1", date="2024-10-07", file="SSCP_CardioLift_P5.md", fmt="md"),
        "IFU-en": dict(title="IFU", number="HS-IFU-0005", rev="B", date="2024-08", file="IFU_CardioLift_P5_EN.docx", fmt="docx"),
        "IFU-de": dict(title="IFU", number="HS-IFU-0005", rev="B", date="2024-08", file="GA_CardioLift_P5_DE.pdf", fmt="pdf"),
        "CEAR": dict(title="CEAR", number="ACG-CEAR-2024-0231", rev="A", date="2024-12-10", file="ACG_CEAR_CardioLift.pdf", fmt="pdf"),
    },
}

SPEC["override"] = {"CER": {"specs": [["Maximum pump flow", "up to 5.0 l/min at pump level P9"]] + SPEC["specs"][1:]}}

SPEC["ifu"] = {
    "en": {
        "name": LONG, "subtitle": "Pump catheter CL-P5 · Console CL-CON · Purge cassette CL-PC · Introducer CL-INT",
        "description": SPEC["description"],
        "intended_purpose": SPEC["intended_purpose"],
        "indications": SPEC["indications"],
        "contraindications": SPEC["contraindications"],
        "population": "Adults, 18 years and older.",
        "users": SPEC["users"] + " The pump must only be operated in the catheterisation laboratory or in an intensive care unit with continuous haemodynamic monitoring. Intra-hospital transfer between these areas is permitted with the console on battery.",
        "warnings": [
            "Do not use the pump longer than 5 days.",
            "Never stop the purge while the pump is in the patient; blood ingress can cause pump stop.",
            "Confirm the pump position by echocardiography after placement and after each patient transfer.",
            "A suction alarm indicates insufficient filling: reduce the pump level and check volume status and position.",
            "Monitor plasma free haemoglobin at least daily; persistent haemolysis requires repositioning or removal.",
        ],
        "precautions": [
            "Measure the femoral artery diameter before placement (minimum 5 mm).",
            "Keep the activated clotting time at 160–180 s during support unless otherwise decided by the physician.",
            "Check distal limb perfusion every hour.",
        ],
        "adverse": [a for a, _ in ADVERSE],
        "instructions": [
            "Prime the purge cassette and connect it to the console.",
            "Insert the 14 Fr introducer in the femoral artery and advance the pump over a guidewire across the aortic valve.",
            "Verify the position (inlet about 3.5 cm below the aortic valve) by fluoroscopy and echocardiography.",
            "Start the pump at level P2 and increase according to haemodynamics.",
            "Wean by reducing the level stepwise before removal.",
        ],
        "specs": SPEC["specs"],
        "storage": "Store at 10–30 °C. Dispose of single-use components as infectious waste; the console is reprocessed according to the service manual.",
    },
    "de": {
        "name": "CardioLift P5 Perkutanes Herzpumpensystem", "subtitle": "Pumpenkatheter CL-P5 · Konsole CL-CON · Spülkassette CL-PC · Einführschleuse CL-INT",
        "description": [
            "Die CardioLift P5 ist eine kathetergestützte mikroaxiale Pumpe. Sie wird über die A. femoralis eingeführt und "
            "über die Aortenklappe platziert, mit dem Einlass im linken Ventrikel und dem Auslass in der Aorta ascendens. "
            "Der Motor im Pumpenkopf treibt ein Laufrad an, das Blut kontinuierlich aus dem Ventrikel in die Aorta fördert.",
            "Die Konsole steuert die Motordrehzahl in neun Stufen, liefert die Spüllösung zum Schutz des Motors und "
            "überwacht Position, Ansaugung und Fluss. Die Pumpe wird maximal 5 Tage verwendet.",
        ],
        "intended_purpose": ("Das CardioLift P5 System ist ein temporäres (bis zu 5 Tage) perkutanes ventrikuläres "
                             "Unterstützungssystem, das Blut aus dem linken Ventrikel in die Aorta ascendens pumpt, zur "
                             "hämodynamischen Unterstützung bei Patienten im kardiogenen Schock und während perkutaner "
                             "Hochrisiko-Koronarinterventionen."),
        "indications": [
            "Kardiogener Schock nach akutem Myokardinfarkt (SCAI-Stadium C bis D) mit unzureichendem Ansprechen auf die Standardtherapie",
            "Hämodynamische Unterstützung während elektiver oder dringlicher Hochrisiko-PCI bei hämodynamisch stabilen Patienten mit schwerer koronarer Herzkrankheit und reduzierter linksventrikulärer Ejektionsfraktion",
        ],
        "contraindications": [
            "Wandständiger Thrombus im linken Ventrikel",
            "Mechanische Aortenklappe oder Aortenklappenprothese mit konstriktiver Vorrichtung",
            "Aortenstenose mit Klappenöffnungsfläche ≤ 1,0 cm² oder mittel- bis hochgradige Aorteninsuffizienz",
            "Schwere periphere arterielle Verschlusskrankheit, die eine femorale Platzierung verhindert",
            "Ventrikelseptumdefekt oder linksventrikuläre Ruptur",
            "Kontraindikation gegen Heparin",
        ],
        "population": "Erwachsene ab 18 Jahren.",
        "users": ("Platzierung durch interventionelle Kardiologen mit CardioLift-Schulung; Betrieb und Überwachung durch "
                  "Intensivmediziner und Intensivpflegekräfte mit abgeschlossener CardioLift-Schulung. Die Pumpe darf nur "
                  "im Herzkatheterlabor oder auf einer Intensivstation mit kontinuierlichem hämodynamischem Monitoring "
                  "betrieben werden. Innerklinische Verlegungen zwischen diesen Bereichen sind mit der Konsole im Akkubetrieb zulässig."),
        "warnings": [
            "Die Pumpe nicht länger als 5 Tage verwenden.",
            "Die Spülung niemals unterbrechen, solange sich die Pumpe im Patienten befindet; eindringendes Blut kann zum Pumpenstillstand führen.",
            "Die Pumpenposition nach der Platzierung und nach jeder Verlegung echokardiographisch bestätigen.",
            "Ein Ansaugalarm zeigt eine unzureichende Füllung an: Pumpenstufe reduzieren, Volumenstatus und Position prüfen.",
            "Freies Plasmahämoglobin mindestens täglich kontrollieren; anhaltende Hämolyse erfordert Repositionierung oder Entfernung.",
        ],
        "precautions": [
            "Durchmesser der A. femoralis vor der Platzierung messen (mindestens 5 mm).",
            "Die aktivierte Gerinnungszeit während der Unterstützung bei 160–180 s halten, sofern ärztlich nicht anders festgelegt.",
            "Die distale Extremitätenperfusion stündlich kontrollieren.",
        ],
        "adverse": ["Schwere Blutung (BARC 3–5)", "Hämolyse (freies Plasmahämoglobin > 40 mg/dl)",
                    "Interventionsbedürftige Extremitätenischämie", "Gefäßkomplikation an der Punktionsstelle",
                    "Schlaganfall oder transitorische ischämische Attacke", "Akutes Nierenversagen",
                    "Verletzung der Aortenklappe oder neue Aorteninsuffizienz", "Ventrikuläre Arrhythmie während der Positionierung",
                    "Pumpenthrombose oder Pumpenstillstand"],
        "instructions": [
            "Spülkassette füllen und an die Konsole anschließen.",
            "14-Fr-Schleuse in die A. femoralis einführen und die Pumpe über einen Führungsdraht über die Aortenklappe vorschieben.",
            "Position (Einlass etwa 3,5 cm unterhalb der Aortenklappe) mittels Durchleuchtung und Echokardiographie prüfen.",
            "Pumpe auf Stufe P2 starten und nach Hämodynamik steigern.",
            "Vor dem Entfernen die Stufe schrittweise reduzieren (Weaning).",
        ],
        "specs": [
            ["Maximaler Pumpenfluss", "bis 4,3 l/min bei Pumpenstufe P9"], ["Motordrehzahl", "bis 46 000 U/min (Stufen P1–P9)"],
            ["Durchmesser Pumpenkopf", "14 Fr (4,7 mm)"], ["Durchmesser Katheterschaft", "9 Fr"],
            ["Zugang", "Perkutan über die A. femoralis, minimaler Gefäßdurchmesser 5 mm"],
            ["Maximale Anwendungsdauer", "5 Tage"], ["Spüllösung", "Glukose 5 % mit Heparin nach Klinikprotokoll"],
            ["Akkulaufzeit der Konsole", "60 Minuten"], ["Alarme", "Ansaugung, Position, Spüldruck, niedriger Fluss, Stromausfall"],
        ],
        "storage": "Bei 10–30 °C lagern. Einwegkomponenten als infektiösen Abfall entsorgen; die Konsole gemäß Servicehandbuch aufbereiten.",
    },
}

LABELS = [
    {"defect": "pmcf_follows_pump_outside_icu", "category": "pmcf",
     "documents": ["PMCF-plan", "IFU-en"],
     "quotes": ["followed also during step-down care on general cardiology wards and in outpatient heart-failure clinics while the pump remains in place",
                "The pump must only be operated in the catheterisation laboratory or in an intensive care unit with continuous haemodynamic monitoring."],
     "description": "The PMCF registry plans to follow patients with the pump in place on general wards and in outpatient clinics, contradicting the intended use environment (cath lab/ICU with continuous haemodynamic monitoring only).",
     "accept": ["care-setting"]},
    {"defect": "maximum_flow_differs", "category": "specification",
     "documents": ["CER", "IFU-en", "IFU-de"],
     "quotes": ["up to 5.0 l/min at pump level P9", "up to 4.3 l/min at pump level P9", "bis 4,3 l/min bei Pumpenstufe P9"],
     "description": "Maximum pump flow is 5.0 l/min in the CER technical table but 4.3 l/min in the IFU (4,3 l/min in the German IFU).",
     "accept": []},
    {"defect": "restores_normal_function_claim", "category": "claim",
     "documents": ["CER"],
     "quotes": ["In summary CardioLift restores normal cardiac function in patients with cardiogenic shock and eliminates the risk of haemodynamic collapse"],
     "description": "Absolute claims ('restores normal cardiac function', 'eliminates the risk') not supported by single-arm data with 54 % 30-day survival and 95.8 % procedural success.",
     "accept": []},
]
