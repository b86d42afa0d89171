"""Transcatheter edge-to-edge tricuspid repair system (class III implantable)."""

NAME = "TricoApt"
LONG = "TricoApt Transcatheter Tricuspid Repair System"
BUDI = "4260712340TRA01KX"

ADVERSE = [
    ("Death from any cause", "9.3 % at 12 months"),
    ("Single-leaflet device attachment (SLDA)", "4.0 % at 12 months"),
    ("Major bleeding (BARC type 3 or higher)", "5.3 % at 30 days"),
    ("Access-site vascular complication", "2.0 % at 30 days"),
    ("Pericardial effusion or tamponade", "0.7 % at 30 days"),
    ("Acute kidney injury", "1.3 % at 30 days"),
    ("Elevated transtricuspid gradient (mean ≥ 5 mmHg)", "1.3 % at 12 months"),
    ("Infective endocarditis", "0.7 % at 12 months"),
    ("Device embolisation", "0 % observed (150 patients)"),
    ("Arrhythmia requiring treatment", "3.3 % at 30 days"),
    ("Allergic reaction to contrast medium or device materials", "0.7 % at 30 days"),
]

SPEC = {
    "id": "f01_tricoapt",
    "device": "TricoApt Transcatheter Tricuspid Repair System (transcatheter edge-to-edge tricuspid repair)",
    "device_class": "III",
    "name": "the TricoApt system",
    "name_long": LONG,
    "generic": "Transcatheter tricuspid valve repair system, edge-to-edge (EMDN P070499)",
    "manufacturer": "Valvora Medical GmbH",
    "address": "Hans-Bunte-Straße 12, 79108 Freiburg im Breisgau, Germany",
    "srn": "DE-MF-000031877",
    "nb": "NordCert Medical Devices Oy",
    "nb_no": "2863",
    "budi": BUDI,
    "emdn": "P070499 – cardiac valve repair devices, other",
    "first_ce": "Not yet certified (initial application 2024)",
    "rmf": "RMF-TA-001 Rev. 05",
    "pms_plan": "PMS-TA-001 Rev. 02",
    "data_lock": "30 June 2024",
    "authors": ["Dr. med. Katrin Weidlich (clinical affairs)", "Dipl.-Ing. Matthias Oberle (head of RA/QA)"],
    "class_text": "Class III according to Annex VIII, Rule 8 (implantable device in direct contact with the heart)",
    "scope_text": ("As class III implantable device the TricoApt system falls under Article 54(1)(a) MDR; the notified "
                   "body has therefore to carry out the clinical evaluation consultation procedure (CECP). No exemption "
                   "according to Article 54(2) is claimed, since this is the initial certification under the MDR."),
    "models": (["Reference", "Component", "Main feature"], [
        ["TA-C10", "TricoApt Clip, arm length 10 mm", "Implant, single use"],
        ["TA-C14", "TricoApt Clip, arm length 14 mm", "Implant, single use"],
        ["TA-SGC", "Steerable guide catheter 24 F", "Delivery accessory"],
        ["TA-CDS", "Clip delivery system", "Delivery accessory, clip pre-mounted"],
    ]),
    "specs": [
        ["Clip material", "Cobalt-chromium alloy (L605), polyester fabric cover"],
        ["Clip arm length", "10 mm (TA-C10) or 14 mm (TA-C14)"],
        ["Clip width", "5 mm"],
        ["Maximum grasping width", "22 mm (TA-C10), 30 mm (TA-C14)"],
        ["Leaflet grippers", "Independently actuated"],
        ["Guide catheter outer diameter", "24 F proximal, 22 F at the tip"],
        ["Working length of delivery system", "80 cm"],
        ["Access route", "Transfemoral venous"],
        ["MRI status", "MR Conditional, 1.5 T and 3 T"],
        ["Sterilisation", "Ethylene oxide"],
    ],
    "intended_purpose": ("The TricoApt system is intended for the reconstruction of an insufficient tricuspid valve "
                         "by transcatheter edge-to-edge approximation of the leaflets, using transfemoral venous access."),
    "indications": [
        "Symptomatic tricuspid regurgitation of severe or greater grade (severe, massive or torrential) despite optimal "
        "medical therapy, in patients judged by the heart team to be at high risk for tricuspid valve surgery",
    ],
    "contraindications": [
        "Patients who cannot tolerate anticoagulation or antiplatelet therapy",
        "Active endocarditis or active rheumatic disease of the tricuspid valve",
        "Thrombus in the inferior vena cava, right atrium or femoral veins that prevents the access",
        "Leaflet anatomy that does not allow a secure grasping (e.g. severe leaflet calcification or coaptation gap > 10 mm)",
        "Known hypersensitivity to nickel, cobalt, chromium or polyester",
    ],
    "population": ("Adult patients (18 years and older) with symptomatic severe or greater tricuspid regurgitation. "
                   "The investigated patients were between 58 and 91 years of age; no data exist for patients younger than 18 years."),
    "users": ("The device is used by interventional cardiologists trained on the TricoApt procedure, supported by an "
              "echocardiographer experienced with transoesophageal echocardiography (TEE)."),
    "setting": "The implantation is done in a catheterisation laboratory or hybrid operating room of a hospital with cardiac surgery on site.",
    "description": [
        "The TricoApt system consists of an implantable clip and the accessories needed to place it. The clip is made "
        "from a cobalt-chromium frame with two arms and two independently actuated grippers and it is covered with "
        "polyester fabric to promote tissue ingrowth. Grasping of two adjacent leaflets reduces the regurgitant orifice "
        "area, and in most patients one to three clips are implanted.",
        "The clip delivery system (TA-CDS) is advanced through the steerable guide catheter (TA-SGC), which is "
        "introduced over the femoral vein into the right atrium. Positioning is done under guidance of TEE and "
        "fluoroscopy. The clip can be reopened and repositioned before it is released from the delivery system.",
        "The clip is a permanent implant. The accessories are for single use and are in contact with circulating blood "
        "for the duration of the procedure only.",
    ],
    "sota": [
        "Tricuspid regurgitation (TR) of relevant grade is present in approximately 4 % of persons above 75 years and "
        "is associated with increased mortality independent of left heart disease. Isolated tricuspid surgery carries "
        "an in-hospital mortality of about 8–10 % and is therefore seldom performed; medical therapy with diuretics "
        "relieves congestion but does not change the natural history.",
        "The 2021 ESC/EACTS guidelines on valvular heart disease give a class IIb recommendation for transcatheter "
        "treatment of symptomatic secondary severe TR in inoperable patients at a heart valve centre. Since then, the "
        "randomised TRILUMINATE Pivotal trial showed that edge-to-edge repair improves quality of life compared with "
        "medical therapy alone, without a difference in mortality or heart-failure hospitalisation at one year.",
        "Benchmarks from the literature for T-TEER are a reduction to moderate or less TR in 70–87 % of the patients at "
        "30 days, major adverse events of 1–4 % at 30 days and single-leaflet device attachment in 3–7 %. These "
        "benchmarks were used for the acceptance criteria of the CEP.",
    ],
    "alternatives": [
        "Optimal medical therapy (diuretics, treatment of the underlying left heart disease and of atrial fibrillation)",
        "Surgical tricuspid valve repair or replacement",
        "Other transcatheter options: annuloplasty systems and transcatheter tricuspid valve replacement",
    ],
    "search": ("The literature search covers PubMed/MEDLINE, Embase and the Cochrane Library from 1 January 2015 to the "
               "data lock point, using the terms (tricuspid) AND (transcatheter OR edge-to-edge OR TEER OR clip) and the "
               "trade name. Separate searches are performed for the device itself and for the state of the art. The "
               "search protocol is tested before execution and deviations are documented."),
    "search_result": ("The search done on 2 July 2024 retrieved 1 184 records; after removal of duplicates and screening, "
                      "46 publications were retained for the state of the art and 3 data sets for the device itself. "
                      "The PRISMA flow chart and the list of excluded articles with the reason of exclusion are part of "
                      "the appendix of the search report SR-TA-2024-01."),
    "equivalence_plan": ("Clinical data of the device itself are the primary source. Use of data of an equivalent device "
                         "is possible only if clinical, technical and biological equivalence is demonstrated according "
                         "to MDCG 2020-5 and, for a device of another manufacturer, if a contract according to Article "
                         "61(5) MDR is in place."),
    "equivalence": ("The TricoApt system is a new device without previous generation. Both clip sizes (TA-C10 and "
                    "TA-C14) were used in the TRI-APT EU study, the 14 mm clip in 38 % of the implanted patients."),
    "cdp": [
        "The pre-market clinical development consisted of the first-in-human study TRI-APT FIH (35 patients, 6 months "
        "follow-up) and the pivotal single-arm study TRI-APT EU (150 patients, 14 sites, 12 months follow-up, SIN "
        "CIV-22-03-039518). The TRI-APT EU study continues to 5 years follow-up as PMCF study.",
        "Further post-market activities are a European registry (TRI-APT Registry) with 500 patients and 5 years "
        "follow-up, described in the PMCF plan.",
    ],
    "benefits": [
        ("Reduction of TR severity", "Proportion of patients with TR moderate or less at 30 days (echo core laboratory)", "≥ 70 %"),
        ("Improvement of heart-failure symptoms", "Patients in NYHA class I or II at 12 months", "≥ 60 % of surviving patients"),
        ("Improvement of quality of life", "Change of KCCQ overall summary score from baseline to 12 months", "Mean improvement ≥ 10 points"),
    ],
    "safety_criteria": [
        ("Major adverse events at 30 days (CV death, myocardial infarction, stroke, new renal failure, non-elective CV surgery)", "≤ 10 %"),
        ("Single-leaflet device attachment at 12 months", "≤ 7 %"),
        ("Device embolisation", "≤ 1 %"),
    ],
    "perf_results": [
        ["TR moderate or less at 30 days", "≥ 70 %", "81 % (95 % CI 74–87 %)", "Yes"],
        ["NYHA class I or II at 12 months", "≥ 60 %", "79 % (105/133)", "Yes"],
        ["KCCQ change at 12 months", "≥ +10 points", "+17.4 points", "Yes"],
    ],
    "safety_results": [
        ["Major adverse events at 30 days", "≤ 10 %", "2.7 % (4/150)", "Yes"],
        ["SLDA at 12 months", "≤ 7 %", "4.0 % (6/150)", "Yes"],
        ["Device embolisation", "≤ 1 %", "0 %", "Yes"],
    ],
    "studies": (["Study", "Design", "Patients", "Follow-up", "Main results"], [
        ["TRI-APT FIH [4]", "Prospective, single arm, 3 sites", "35", "6 months", "TR ≤ moderate 74 % at 30 days; no device embolisation"],
        ["TRI-APT EU [5]", "Prospective, single arm, pivotal, 14 sites", "150", "12 months", "TR ≤ moderate 81 % at 30 days; MAE 2.7 %; KCCQ +17.4"],
        ["Compassionate use series, Freiburg [6]", "Retrospective, single centre", "22", "3–12 months", "Procedural success 91 %; 1 SLDA"],
    ]),
    "results": [
        "In TRI-APT EU the mean age was 79 ± 7 years, 61 % were female and 89 % had atrial fibrillation. Baseline TR was "
        "severe in 38 %, massive in 41 % and torrential in 21 % of the patients. Device implant success was 96.7 %.",
        "The reduction of TR was maintained at 12 months (TR moderate or less in 78 % of 128 patients with evaluable "
        "echocardiography). The KCCQ score improved by 17.4 points and 6-minute walking distance by 31 m.",
    ],
    "pms": [
        "The TricoApt system is not yet placed on the market in the European Union. Outside the clinical investigations "
        "the device was used only under national compassionate use authorisation (22 patients, see Table 3); no serious "
        "incident related to a device deficiency was reported in these cases.",
    ],
    "benefit_risk": [
        "The TricoApt system reduces TR and improves symptoms and quality of life in a population which has no good "
        "surgical option. The safety results are in the range of the state of the art benchmarks.",
        "The main uncertainty is the long-term durability of the repair and the effect on mortality and "
        "heart-failure hospitalisations, which were not end points with adequate power in the pre-market studies.",
    ],
    "adverse": ADVERSE,
    "other_risks": ["Interference with later transcatheter valve-in-valve or surgical procedures"],
    "pmcf_summary": ("The TRI-APT EU study continues to 5 years and the TRI-APT Registry collects data of 500 consecutive "
                     "patients for 5 years, with focus on durability, SLDA and heart-failure hospitalisation."),
    "summary": [
        "The TricoApt system is a transcatheter edge-to-edge repair device for the tricuspid valve. This CER concludes "
        "on the clinical evidence available at the data lock point of 30 June 2024.",
        "The clinical data consist of two own clinical investigations (185 patients) and one retrospective series. All "
        "acceptance criteria of the CEP for performance and safety are met.",
    ],
    "conclusion": [
        "The clinical evidence shows conformity with the relevant general safety and performance requirements (GSPR 1, "
        "8 and 9) for the intended purpose and the indicated population.",
        "The TricoApt repair is durable and the reduction of TR is sustained for at least five years after the implantation, "
        "so that a re-intervention is not expected during the remaining life time of this elderly population.",
        "The benefit-risk ratio is positive. PMCF will further characterise the long-term outcome.",
    ],
    "references": [
        "Vahanian A, Beyersdorf F, Praz F, et al. 2021 ESC/EACTS Guidelines for the management of valvular heart disease. Eur Heart J 2022;43:561–632.",
        "Sorajja P, Whisenant B, Hamid N, et al. Transcatheter repair for patients with tricuspid regurgitation. N Engl J Med 2023;388:1833–1842.",
        "Topilsky Y, Maltais S, Medina Inojosa J, et al. Burden of tricuspid regurgitation in patients diagnosed in the community setting. JACC Cardiovasc Imaging 2019;12:433–442.",
        "Valvora Medical. TRI-APT FIH clinical investigation report CIR-TA-01, 2022 (unpublished, on file).",
        "Valvora Medical. TRI-APT EU 12-month clinical investigation report CIR-TA-02, 2024 (on file).",
        "Brandl J, Ossowski T, Lenz M. Compassionate transcatheter tricuspid repair with a novel clip: single centre experience. Clin Res Cardiol 2023;112(Suppl 1):P1142.",
    ],
    "evaluators": ("Prepared by Dr. med. Katrin Weidlich (cardiologist, 9 years of clinical evaluation experience) and "
                   "Dr. rer. nat. Jonas Ebner (biostatistician). Reviewed by Dipl.-Ing. Matthias Oberle. CVs and declarations "
                   "of interest are filed in annex E. Signed 15 October 2024."),
    "pmcf": {
        "general": [
            "Review of complaints, vigilance reports and the trend report every quarter",
            "Systematic literature search every 12 months with the protocol of the CEP",
            "Review of the German Aortic and Tricuspid Valve Registry data published for T-TEER",
        ],
        "objectives": [
            ("Confirm durability of TR reduction up to 5 years", "Long-term durability not demonstrated pre-market (12 months)"),
            ("Estimate the rate of SLDA and clip embolisation beyond 12 months", "Residual risk SLDA, device embolisation"),
            ("Estimate heart-failure hospitalisation and all-cause mortality", "Open question of the CER: effect on hard clinical end points"),
            ("Detect rare adverse events (endocarditis, stenosis)", "Residual risks with low frequency"),
        ],
        "design": [
            "Two specific activities are planned: (1) continuation of the TRI-APT EU study to 5 years and (2) the TRI-APT "
            "Registry, a prospective, multicentre, single-arm post-market registry with consecutive enrolment in at least "
            "20 European heart valve centres.",
        ],
        "endpoints": [
            "TR grade (core laboratory) at 30 days, 1, 2, 3 and 5 years",
            "SLDA, device embolisation, endocarditis, mean transtricuspid gradient",
            "Heart-failure hospitalisation and all-cause mortality at 1, 3 and 5 years",
            "KCCQ and NYHA class",
        ],
        "inclusion": [
            "Adults (18 years and older) with symptomatic severe or greater TR despite optimal medical therapy",
            "High surgical risk according to the local heart team",
            "Signed informed consent",
        ],
        "exclusion": ["Contraindication according to the IFU", "Participation in another interventional study"],
        "setting": "Hospitals with catheterisation laboratory and on-site cardiac surgery, as in the IFU.",
        "sample_size": ("500 patients. With an expected SLDA rate of 4 % the two-sided 95 % confidence interval has a half "
                        "width of ±1.7 %; considering 25 % mortality and loss to follow-up at 5 years, about 375 patients "
                        "remain for the durability analysis, which allows to detect a 5-year freedom from TR greater than "
                        "moderate of 65 % with a precision of ±4.8 %."),
        "timeline": [
            ["First patient in registry", "Q1 2025"],
            ["Last patient in registry", "Q4 2026"],
            ["TRI-APT EU 5-year follow-up complete", "Q2 2028"],
            ["Registry 5-year follow-up complete", "Q4 2031"],
            ["PMCF evaluation report", "Annually, with the PSUR"],
        ],
        "reporting": ("Results are summarised in the PMCF evaluation report each year and feed into the CER update, the "
                      "SSCP and the risk management file."),
    },
    "sscp": {
        "description": ["The TricoApt Clip is a cobalt-chromium implant covered with polyester fabric, available with "
                        "10 mm and 14 mm arms. It is implanted with a steerable guide catheter (24 F) and a delivery "
                        "system over the femoral vein."],
        "previous": "No previous generation exists. This is the first version of the device.",
        "accessories": "Steerable guide catheter TA-SGC and clip delivery system TA-CDS (delivered with the system).",
        "risk_source": "The frequencies are from the TRI-APT EU study (150 patients, proactive data collection).",
        "fsca": "No field safety corrective action has been done.",
        "training": "Interventional cardiologists must complete the Valvora training programme (simulator and proctored cases) before the first use.",
        "standards": ["EN ISO 14971:2019+A11:2021", "EN ISO 10993-1:2020", "EN ISO 5910:2024 (in part)", "EN ISO 14155:2020", "EN ISO 11135:2014"],
    },
    "sscp_warnings": [
        "Only physicians trained on the procedure may implant the device.",
        "Use TEE guidance during the whole procedure.",
        "Anticoagulation or antiplatelet therapy is required after implantation according to the IFU.",
    ],
    "sscp_clinical": [
        "The clinical evidence consists of the TRI-APT FIH study (35 patients, 6 months) and the pivotal TRI-APT EU study "
        "(150 patients, 12 months). No equivalence to another device is claimed for the 10 mm clip.",
        "At 30 days 81 % of patients had TR moderate or less; at 12 months the KCCQ improved by 17.4 points and 79 % were "
        "in NYHA class I or II. Major adverse events at 30 days occurred in 2.7 % of the patients.",
    ],
    "cear": {
        "assessment_type": "Initial certification (MDR)",
        "ifu_langs": ["English", "French", "German"],
        "reviewers": "Clinical reviewer: interventional cardiologist (internal clinician code NC-CL-07); product reviewer: biomedical engineer (NC-PR-22).",
        "state_of_art": ["The state of the art is based on the ESC/EACTS 2021 guideline and on the TRILUMINATE Pivotal "
                         "trial; the benchmarks chosen by the manufacturer are considered adequate."],
        "literature": ["The literature search methodology is acceptable (three databases, separate device and state of the art searches, PRISMA documentation)."],
        "investigations": ["The TRI-APT FIH and TRI-APT EU investigations were conducted according to EN ISO 14155. The "
                           "12-month results of TRI-APT EU are the pivotal evidence. Follow-up is limited to 12 months."],
        "pmcf": ["The PMCF plan (study continuation to 5 years and TRI-APT Registry with 500 patients) addresses the open "
                 "questions on durability and hard clinical end points and is considered adequate."],
        "ifu": ["The IFU and SSCP are consistent with the CER regarding indication, contraindications and residual risks."],
        "conclusion": ["The clinical evidence is sufficient for the intended purpose. The benefit-risk ratio is acceptable. "
                       "The certificate is recommended with a validity of 3 years and annual review of PMCF data."],
    },
    "cear_summary": [
        "The TricoApt Transcatheter Tricuspid Repair System (Basic UDI-DI 4260712340TRA02KX) is a transcatheter edge-to-edge "
        "repair system comprising a permanent clip implant in two sizes and its delivery accessories.",
        "Intended purpose as assessed by the NB: reduction of tricuspid regurgitation by edge-to-edge approximation of the "
        "leaflets via transfemoral venous access in adults with symptomatic severe or greater TR at high surgical risk.",
    ],
    "cear_scope": ["The device is a class III implantable device; Article 54(1)(a) applies and no exemption of Article 54(2) "
                   "is applicable. The CEAR is submitted to the expert panel for circulatory system (heart valves and valve repair)."],
    "style": {"v": 0, "heads": "dot", "cear_heads": "alpha", "ifu_heads": "dot"},
    "docs": {
        "CEP": dict(title="Clinical evaluation plan", number="CEP-TA-001", rev="03", date="2024-06-20", file="CEP_TricoApt_Rev03.docx", fmt="docx"),
        "CER": dict(title="Clinical evaluation report", number="CER-TA-001", rev="04", date="2024-10-15", file="CER_TricoApt_Rev04.pdf", fmt="pdf"),
        "PMCF-plan": dict(title="PMCF plan", number="PMCF-TA-001", rev="02", date="2024-10-10", file="PMCF_Plan_TricoApt.pdf", fmt="pdf"),
        "SSCP": dict(title="SSCP", number="SSCP-TA-001", rev="01", date="2024-10-20", file="SSCP_TricoApt_EN.pdf", fmt="pdf"),
        "IFU-en": dict(title="IFU", number="IFU-TA-100", rev="C", date="2024-09", file="IFU_TricoApt_EN.pdf", fmt="pdf"),
        "IFU-fr": dict(title="IFU", number="IFU-TA-100", rev="C", date="2024-09", file="IFU_TricoApt_FR.docx", fmt="docx"),
        "IFU-de": dict(title="IFU", number="IFU-TA-100", rev="C", date="2024-09", file="Gebrauchsanweisung_TricoApt_DE.pdf", fmt="pdf"),
        "CEAR": dict(title="CEAR", number="NC-CEAR-2024-0412", rev="1", date="2024-12-02", file="CEAR_NordCert_TricoApt.docx", fmt="docx"),
    },
}

_EN_SPECS = [[a, b] for a, b in SPEC["specs"]]

SPEC["ifu"] = {
    "en": {
        "name": LONG, "subtitle": "Clip implant TA-C10 / TA-C14, steerable guide catheter TA-SGC, clip delivery system TA-CDS",
        "description": ["The TricoApt Clip is a permanent implant from cobalt-chromium alloy covered with polyester "
                        "fabric. It is placed on two tricuspid leaflets over the femoral vein with the steerable guide "
                        "catheter and the clip delivery system."],
        "intended_purpose": SPEC["intended_purpose"],
        "indications": SPEC["indications"],
        "contraindications": SPEC["contraindications"],
        "population": "Adults aged 18 years or older. Safety and effectiveness in patients younger than 18 years have not been established.",
        "users": SPEC["users"] + " " + SPEC["setting"],
        "warnings": [
            "The device must only be used by physicians who completed the Valvora training programme.",
            "Do not use the device if the sterile barrier is damaged or the expiry date is passed.",
            "Do not reposition the clip more than five times; excessive manipulation may damage the chordae.",
            "Single-leaflet device attachment can occur; verify the grasp of both leaflets with TEE before release.",
            "Pacemaker or defibrillator leads crossing the valve may impede the grasping; assess by TEE before the procedure.",
        ],
        "precautions": [
            "Administer heparin during the procedure to an activated clotting time of at least 250 seconds.",
            "Antiplatelet or anticoagulant therapy is needed after the procedure according to the treating physician.",
            "Endocarditis prophylaxis is recommended for dental and other procedures at risk.",
        ],
        "adverse": [a for a, _ in ADVERSE],
        "instructions": [
            "Prepare the guide catheter and the clip delivery system according to the preparation card.",
            "Puncture the right femoral vein and introduce the steerable guide catheter into the right atrium.",
            "Advance the clip delivery system, orient the clip perpendicular to the coaptation line under TEE.",
            "Grasp the leaflets, verify leaflet insertion and the reduction of TR, then close and release the clip.",
            "Decide on additional clips according to the residual TR and the transtricuspid gradient.",
        ],
        "specs": _EN_SPECS,
        "storage": "Store at 5–30 °C, dry and protected from sunlight. Dispose of the accessories as clinical waste.",
    },
    "fr": {
        "name": "Système de réparation tricuspide transcathéter TricoApt",
        "subtitle": "Clip implantable TA-C10 / TA-C14, cathéter guide orientable TA-SGC, système de pose TA-CDS",
        "description": ["Le clip TricoApt est un implant permanent en alliage cobalt-chrome recouvert d'un tissu en "
                        "polyester. Il est posé sur deux feuillets tricuspides par voie veineuse fémorale à l'aide du "
                        "cathéter guide orientable et du système de pose."],
        "intended_purpose": ("Le système TricoApt est destiné à la reconstruction d'une valve tricuspide insuffisante par "
                             "rapprochement bord à bord des feuillets par voie transcathéter, avec un accès veineux transfémoral."),
        "indications": [
            "Insuffisance tricuspide symptomatique de grade sévère ou supérieur (sévère, massive ou torrentielle) malgré un "
            "traitement médical optimal, chez des patients jugés par l'équipe cardiologique (heart team) à haut risque pour "
            "une chirurgie de la valve tricuspide",
        ],
        "contraindications": [
            "Patients ne pouvant pas tolérer un traitement anticoagulant ou antiplaquettaire",
            "Endocardite active ou atteinte rhumatismale active de la valve tricuspide",
            "Thrombus dans la veine cave inférieure, l'oreillette droite ou les veines fémorales empêchant l'accès",
            "Anatomie des feuillets ne permettant pas une préhension sûre (p. ex. calcification sévère ou espace de coaptation > 10 mm)",
            "Hypersensibilité connue au nickel, au cobalt, au chrome ou au polyester",
        ],
        "population": "Adultes âgés de 18 ans ou plus. La sécurité et l'efficacité chez les patients de moins de 18 ans n'ont pas été établies.",
        "users": ("Le dispositif est utilisé par des cardiologues interventionnels formés à la procédure TricoApt, assistés "
                  "d'un échocardiographiste expérimenté en échocardiographie transœsophagienne (ETO). L'implantation a lieu "
                  "en salle de cathétérisme ou en salle hybride d'un hôpital disposant d'une chirurgie cardiaque sur site."),
        "warnings": [
            "Le dispositif ne doit être utilisé que par des médecins ayant suivi le programme de formation Valvora.",
            "Ne pas utiliser le dispositif si la barrière stérile est endommagée ou si la date de péremption est dépassée.",
            "Ne pas repositionner le clip plus de cinq fois ; une manipulation excessive peut endommager les cordages.",
            "Un attachement à un seul feuillet peut survenir ; vérifier la préhension des deux feuillets par ETO avant le largage.",
            "Des sondes de stimulateur ou de défibrillateur traversant la valve peuvent gêner la préhension ; évaluer par ETO avant la procédure.",
        ],
        "precautions": [
            "Administrer de l'héparine pendant la procédure pour obtenir un temps de coagulation activé d'au moins 250 secondes.",
            "Un traitement antiplaquettaire ou anticoagulant est nécessaire après la procédure selon le médecin traitant.",
            "Une prophylaxie de l'endocardite est recommandée pour les soins dentaires et autres procédures à risque.",
        ],
        "adverse": ["Décès toutes causes", "Attachement à un seul feuillet (SLDA)", "Saignement majeur (BARC 3 ou plus)",
                    "Complication vasculaire au site d'accès", "Épanchement péricardique ou tamponnade", "Insuffisance rénale aiguë",
                    "Gradient transtricuspide élevé (moyen ≥ 5 mmHg)", "Endocardite infectieuse", "Embolisation du dispositif",
                    "Arythmie nécessitant un traitement", "Réaction allergique au produit de contraste ou aux matériaux du dispositif"],
        "instructions": [
            "Préparer le cathéter guide et le système de pose selon la carte de préparation.",
            "Ponctionner la veine fémorale droite et introduire le cathéter guide orientable dans l'oreillette droite.",
            "Avancer le système de pose, orienter le clip perpendiculairement à la ligne de coaptation sous ETO.",
            "Saisir les feuillets, vérifier l'insertion et la réduction de l'IT, puis fermer et larguer le clip.",
            "Décider de clips supplémentaires selon l'IT résiduelle et le gradient transtricuspide.",
        ],
        "specs": [
            ["Matériau du clip", "Alliage cobalt-chrome (L605), revêtement en polyester"],
            ["Longueur des bras", "10 mm (TA-C10) ou 14 mm (TA-C14)"],
            ["Largeur du clip", "5 mm"],
            ["Largeur de préhension maximale", "22 mm (TA-C10), 30 mm (TA-C14)"],
            ["Grippeurs", "Actionnés indépendamment"],
            ["Diamètre extérieur du cathéter guide", "24 F proximal, 22 F à l'extrémité"],
            ["Longueur utile du système de pose", "80 cm"],
            ["Voie d'accès", "Veineuse transfémorale"],
            ["Compatibilité IRM", "IRM sous conditions, 1,5 T et 3 T"],
            ["Stérilisation", "Oxyde d'éthylène"],
        ],
        "storage": "Conserver entre 5 et 30 °C, au sec et à l'abri de la lumière. Éliminer les accessoires comme déchets d'activités de soins.",
    },
    "de": {
        "name": "TricoApt System zur transkatheteralen Trikuspidalklappenrekonstruktion",
        "subtitle": "Clip-Implantat TA-C10 / TA-C14, steuerbarer Führungskatheter TA-SGC, Clip-Einführsystem TA-CDS",
        "description": ["Der TricoApt Clip ist ein dauerhaftes Implantat aus einer Kobalt-Chrom-Legierung mit "
                        "Polyesterbezug. Er wird über die Femoralvene mit dem steuerbaren Führungskatheter und dem "
                        "Einführsystem an zwei Trikuspidalsegeln platziert."],
        "intended_purpose": ("Das TricoApt System ist für die Rekonstruktion einer insuffizienten Trikuspidalklappe durch "
                             "transkatheterale Edge-to-Edge-Adaptation der Segel über einen transfemoralen venösen Zugang bestimmt."),
        "indications": [
            "Symptomatische Trikuspidalinsuffizienz mittleren oder höheren Grades trotz optimaler medikamentöser Therapie, "
            "bei Patienten mit hohem Operationsrisiko für einen Eingriff an der Trikuspidalklappe nach Einschätzung des Heart-Teams",
        ],
        "contraindications": [
            "Patienten, die keine Antikoagulation oder Thrombozytenaggregationshemmung vertragen",
            "Aktive Endokarditis oder aktive rheumatische Erkrankung der Trikuspidalklappe",
            "Thrombus in der unteren Hohlvene, im rechten Vorhof oder in den Femoralvenen, der den Zugang verhindert",
            "Segelanatomie, die kein sicheres Greifen erlaubt (z. B. schwere Verkalkung oder Koaptationslücke > 10 mm)",
            "Bekannte Überempfindlichkeit gegen Nickel, Kobalt, Chrom oder Polyester",
        ],
        "population": "Erwachsene ab 18 Jahren. Sicherheit und Wirksamkeit bei Patienten unter 18 Jahren sind nicht belegt.",
        "users": ("Das Produkt wird von interventionellen Kardiologen angewendet, die in der TricoApt Prozedur geschult sind, "
                  "unterstützt von einem in der transösophagealen Echokardiographie (TEE) erfahrenen Untersucher. Die "
                  "Implantation erfolgt im Herzkatheterlabor oder Hybrid-OP eines Krankenhauses mit Herzchirurgie vor Ort."),
        "warnings": [
            "Das Produkt darf nur von Ärzten angewendet werden, die das Valvora Schulungsprogramm abgeschlossen haben.",
            "Produkt nicht verwenden, wenn die Sterilbarriere beschädigt oder das Verfallsdatum überschritten ist.",
            "Den Clip nicht mehr als fünfmal neu positionieren; übermäßige Manipulation kann die Chordae schädigen.",
            "Eine Ablösung von einem Segel (SLDA) ist möglich; vor der Freigabe das Greifen beider Segel mit TEE prüfen.",
            "Schrittmacher- oder Defibrillatorsonden durch die Klappe können das Greifen behindern; vor dem Eingriff mit TEE beurteilen.",
        ],
        "precautions": [
            "Während des Eingriffs Heparin bis zu einer aktivierten Gerinnungszeit von mindestens 250 Sekunden verabreichen.",
            "Nach dem Eingriff ist eine Thrombozytenaggregationshemmung oder Antikoagulation nach ärztlicher Entscheidung erforderlich.",
            "Eine Endokarditisprophylaxe wird bei zahnärztlichen und anderen Risikoeingriffen empfohlen.",
        ],
        "adverse": ["Tod jeglicher Ursache", "Ablösung des Clips von einem Segel (SLDA)", "Schwere Blutung (BARC 3 oder höher)",
                    "Gefäßkomplikation an der Punktionsstelle", "Perikarderguss oder Tamponade", "Akutes Nierenversagen",
                    "Erhöhter transtrikuspidaler Gradient (Mittelwert ≥ 5 mmHg)", "Infektiöse Endokarditis", "Embolisation des Produkts",
                    "Behandlungsbedürftige Herzrhythmusstörungen", "Allergische Reaktion auf Kontrastmittel oder Produktmaterialien"],
        "instructions": [
            "Führungskatheter und Clip-Einführsystem gemäß Vorbereitungskarte vorbereiten.",
            "Rechte Femoralvene punktieren und den steuerbaren Führungskatheter in den rechten Vorhof einführen.",
            "Einführsystem vorschieben und den Clip unter TEE senkrecht zur Koaptationslinie ausrichten.",
            "Segel greifen, Segelinsertion und Reduktion der TI prüfen, dann Clip schließen und freigeben.",
            "Über weitere Clips nach residueller TI und transtrikuspidalem Gradienten entscheiden.",
        ],
        "specs": [
            ["Clip-Material", "Kobalt-Chrom-Legierung (L605), Polyesterbezug"],
            ["Armlänge", "10 mm (TA-C10) oder 14 mm (TA-C14)"],
            ["Clip-Breite", "5 mm"],
            ["Maximale Greifweite", "22 mm (TA-C10), 30 mm (TA-C14)"],
            ["Greifer", "Unabhängig betätigt"],
            ["Außendurchmesser Führungskatheter", "24 F proximal, 22 F an der Spitze"],
            ["Nutzlänge Einführsystem", "80 cm"],
            ["Zugangsweg", "Transfemoral venös"],
            ["MRT-Status", "Bedingt MR-sicher, 1,5 T und 3 T"],
            ["Sterilisation", "Ethylenoxid"],
        ],
        "storage": "Bei 5–30 °C trocken und vor Sonnenlicht geschützt lagern. Zubehör als klinischen Abfall entsorgen.",
    },
}

SPEC["override"] = {"CEAR": {"budi": "4260712340TRA02KX"}}

SPEC["extra"] = {
    "CER": {
        "equivalence": [("p",
            "For the 14 mm clip (TA-C14) the data of the TriGrasp XL clip of Cordessa Inc. (Minneapolis, USA) are used in "
            "addition, because the arm length, the cobalt-chromium frame and the implantation technique are the same. The "
            "technical and biological characteristics of the TriGrasp XL were taken from the published literature and the "
            "FDA summary of safety and effectiveness. A contract with Cordessa Inc. giving access to its technical "
            "documentation does not exist, since the information is publicly available."),
            ("p", "The equivalent device data (TriGrasp XL, 2 publications, 412 patients) support the safety of the larger "
                  "clip size in patients with large coaptation gaps."),
        ],
        "studies": [("p", "The longest follow-up available for the device is 12 months (TRI-APT EU); the 2-year visits are ongoing.")],
    }
}

LABELS = [
    {"defect": "basic_udi_di_mismatch", "category": "device-identity",
     "documents": ["CER", "CEAR"],
     "quotes": ["Basic UDI-DI: 4260712340TRA01KX", "(Basic UDI-DI 4260712340TRA02KX)"],
     "description": "The CEAR identifies the device with Basic UDI-DI 4260712340TRA02KX, while the CER (and IFU, SSCP, CEP) give 4260712340TRA01KX.",
     "accept": ["documentation"]},
    {"defect": "equivalence_competitor_no_contract", "category": "evidence",
     "documents": ["CER"],
     "quotes": ["A contract with Cordessa Inc. giving access to its technical documentation does not exist",
                "the data of the TriGrasp XL clip of Cordessa Inc. (Minneapolis, USA) are used in addition"],
     "description": "Equivalence of a class III implant to another manufacturer's device is claimed without a contract giving access to the technical documentation (Art. 61(5) MDR); technical data come from public literature only.",
     "accept": []},
    {"defect": "long_term_durability_claim_on_12_month_data", "category": "claim",
     "documents": ["CER"],
     "quotes": ["The TricoApt repair is durable and the reduction of TR is sustained for at least five years after the implantation",
                "The longest follow-up available for the device is 12 months (TRI-APT EU)"],
     "description": "The CER conclusion claims durability for at least five years although the longest follow-up of the device is 12 months.",
     "accept": ["evidence"]},
    {"defect": "german_ifu_widens_tr_grade", "category": "language",
     "documents": ["IFU-en", "IFU-de"],
     "quotes": ["Symptomatic tricuspid regurgitation of severe or greater grade (severe, massive or torrential)",
                "Symptomatische Trikuspidalinsuffizienz mittleren oder höheren Grades trotz optimaler medikamentöser Therapie"],
     "description": "The German IFU extends the indication to moderate tricuspid regurgitation ('mittleren oder höheren Grades'), while the English and French IFU, CER and CEAR restrict it to severe or greater TR.",
     "accept": ["intended-use"]},
]
