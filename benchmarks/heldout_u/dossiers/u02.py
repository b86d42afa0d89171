ID = "u02_ischastop_tourniquet"
DEVICE = "IschaStop PT-7 – pneumatic surgical tourniquet system with limb occlusion pressure measurement"
D = {
    "name": "IschaStop PT-7", "mfr": "Aegean Surgical Systems S.A.",
    "addr": "Leoforos Knossou 221, 71409 Heraklion, Greece", "srn": "GR-MF-000021977",
    "udi": "5201234PT7TOURNIQ8W", "cls": "IIb",
    "rule": "Annex VIII, Rule 9 (active therapeutic device, potentially hazardous)",
    "cecp": ("As the device neither administers nor removes medicinal products and is not implantable, the "
             "Clinical Evaluation Consultation Procedure (Article 54 MDR) does not apply."),
    "docs": {"cep": ("ASS-CEP-007", 2), "cer": ("ASS-CER-007", 3), "pmcf": ("ASS-PMCF-007", 2),
             "ifu": ("ASS-IFU-007", 4)},
    "dates": {"cep": "03/02/2025", "cer": "21/05/2025", "pmcf": "21/05/2025", "ifu": "02/06/2025",
              "cear": "14/08/2025"},
    "models": [("PT-7 CU", "Dual-channel tourniquet control unit with LOP sensor input"),
               ("LOP-S1", "Photoplethysmographic limb occlusion pressure sensor"),
               ("CF-18/26", "Single-use contoured cuff, limb circumference 18-26 cm"),
               ("CF-26/44", "Single-use contoured cuff, limb circumference 26-44 cm"),
               ("CF-44/72", "Single-use contoured cuff, limb circumference 44-72 cm")],
    "desc": ["The IschaStop PT-7 is a microprocessor-controlled pneumatic tourniquet which inflates one or two "
             "cuffs on the upper or lower limb in order to create a bloodless surgical field; the limb occlusion "
             "pressure (LOP) is measured automatically by a distal photoplethysmographic sensor and the "
             "recommended cuff pressure is set as LOP plus a safety margin.",
             "The control unit regulates the cuff pressure continuously with a tolerance of ±3 mmHg and it "
             "alarms for over- and under-pressure, leakage and elapsed tourniquet time."],
    "tech": [("Cuff pressure setting range", "50-400 mmHg"), ("Pressure accuracy", "±3 mmHg"),
             ("LOP measurement range", "50-300 mmHg"), ("Tourniquet time alarm", "60 min, repeated every 15 min"),
             ("Weight of control unit", "6,8 kg (15 lb)")],
    "purpose": ("The IschaStop PT-7 is intended to temporarily occlude the arterial blood flow to the upper or "
                "lower limb by means of a pneumatic cuff, in order to provide a bloodless surgical field during "
                "orthopaedic, plastic and vascular surgery of the extremities, and for intravenous regional "
                "anaesthesia."),
    "ind": ["surgery of the upper limb (hand, wrist, forearm, elbow)",
            "surgery of the lower limb (foot, ankle, knee, including total knee arthroplasty)",
            "intravenous regional anaesthesia (Bier block) with the dual-channel cuff"],
    "contra": ["severe peripheral arterial disease of the limb", "known or suspected deep vein thrombosis of the limb",
               "sickle cell disease or sickle cell trait (risk of vaso-occlusive crisis)", "open fractures or crush injuries of the limb"],
    "pop": "Adults and patients of paediatric age from 2 years (body weight ≥12 kg) undergoing limb surgery.",
    "users": "Surgeons, anaesthesiologists and trained operating room nurses.",
    "setting": "Operating theatres of hospitals and day-surgery clinics.",
    "sota": ["The use of the lowest effective tourniquet pressure based on the measured LOP is recommended by "
             "the AORN guideline and reduces nerve injury and post-operative pain compared with fixed standard "
             "pressures of 250 mmHg (arm) and 300-350 mmHg (thigh) [1,2].",
             "The tourniquet time is generally limited to 2 hours for the lower limb and to 1,5-2 hours for the "
             "upper limb, after which a reperfusion interval is recommended [1,3]."],
    "benefits": [("Bloodless surgical field", "Surgeon-rated field quality (4-point scale)", "≥ 90 % good/excellent"),
                 ("Lower cuff pressure with LOP-based setting", "Mean cuff pressure vs standard pressure", "≥ 20 % reduction"),
                 ("Reduced tourniquet-related pain", "VAS thigh/arm pain at 24 h", "≤ 3/10")],
    "safety_crit": [("Tourniquet-related nerve palsy", "≤ 0,1 %"), ("Skin blistering under the cuff", "≤ 2 %")],
    "cdp": "No pre-market clinical investigation is planned; clinical evidence is derived from the literature on LOP-based tourniquets and from a retrospective series of the Manufacturer.",
    "studies": [("[4]", "Retrospective series, 3 Greek hospitals (PT-6 predecessor)", "412", "Adults 18-88 y, upper and lower limb", "Peri-operative", "Good/excellent field 94 %; no nerve palsy"),
                ("[5]", "RCT LOP vs standard pressure (other LOP tourniquet)", "120", "Adults TKA", "48 h", "Pressure -33 %; pain VAS 2,6 vs 3,9"),
                ("[6]", "Prospective cohort, paediatric orthopaedics", "64", "Children 4-15 y", "24 h", "Field good/excellent 92 %")],
    "study_prose": ["The retrospective series of the predecessor PT-6 [4], which shares the pneumatic module, was "
                    "appraised as of moderate quality; 412 procedures resulted in 94 % good or excellent fields.",
                    "The randomised trial of [5] provides high-level evidence for the LOP principle, although "
                    "performed with a device of another manufacturer; its contribution is considered supportive."],
    "perf": ["The clinical benefits CB-1 to CB-3 have been demonstrated with regards to field quality, pressure "
             "reduction and post-operative pain, in adults as well as in patients of paediatric age [4-6]."],
    "risks": [("Skin blistering or bruising under the cuff", "1,2 %"), ("Post-tourniquet pain", "8 %"),
              ("Transient nerve palsy", "< 0,1 %"), ("Compartment syndrome", "very rare")],
    "warn": ["Do not exceed a tourniquet time of 2 hours on the lower limb or 1,5 hours on the upper limb without a reperfusion interval.",
             "Use only a cuff whose size corresponds to the measured limb circumference.",
             "For intravenous regional anaesthesia, never deflate the cuff earlier than 20 minutes after injection of the local anaesthetic."],
    "steps": ["Measure the limb circumference and select the cuff.",
              "Apply the LOP sensor on the distal finger or toe and start the LOP measurement.",
              "Inflate the cuff to the recommended pressure and start the tourniquet timer."],
    "refs": ["AORN. Guideline for care of the patient receiving pneumatic tourniquet. 2020.",
             "Noordin S et al. Surgical tourniquets in orthopaedics. J Bone Joint Surg Am 2009;91:2958-67.",
             "Fitzgibbons PG et al. Safe tourniquet use: a review. J Hand Surg Am 2012;37:1037-46.",
             "Aegean Surgical Systems. Retrospective series report PT-6-RS-01, 2024.",
             "Olivecrona C et al. Lower tourniquet cuff pressure reduces complications. Acta Orthop 2012.",
             "Reilly CW et al. Tourniquet pressures in paediatric orthopaedics. J Pediatr Orthop 2009."],
    "pmcf": {"obj": ["to confirm the rate of skin blistering and nerve palsy with the PT-7 in routine use",
                     "to confirm the field quality in patients of paediatric age 2-4 years"],
             "design": "Prospective registry in five Greek and Cypriot hospitals.",
             "pop": "Adults and children from 2 years undergoing limb surgery with the PT-7.",
             "size": "300 procedures, of which at least 50 paediatric; with an expected nerve palsy rate of 0,1 % the registry can exclude a rate above 1 % with 95 % confidence.",
             "endpoints": ["Surgical field quality", "Skin blistering", "Nerve palsy", "Post-operative pain VAS at 24 h"],
             "timeline": [("Start", "10/2025"), ("Interim analysis", "10/2026"), ("Final report", "12/2027")],
             "link": "The objectives derive from the residual risks RM-PT7-03 (skin lesions) and RM-PT7-05 (nerve injury)."},
    "tr": {
        "de": {"purpose": "Das IschaStop PT-7 ist dazu bestimmt, den arteriellen Blutfluss zur oberen oder unteren Extremität mittels einer pneumatischen Manschette vorübergehend zu unterbrechen, um ein blutleeres Operationsfeld bei Eingriffen an den Extremitäten sowie für die intravenöse Regionalanästhesie zu schaffen.",
               "ind": ["Eingriffe an der oberen Extremität", "Eingriffe an der unteren Extremität einschließlich Knieendoprothetik", "intravenöse Regionalanästhesie (Bier-Block) mit der Doppelkammermanschette"],
               "contra": ["schwere periphere arterielle Verschlusskrankheit der Extremität", "bekannte oder vermutete tiefe Venenthrombose der Extremität", "offene Frakturen oder Quetschverletzungen der Extremität"],
               "pop": "Erwachsene und Kinder ab 2 Jahren (Körpergewicht ≥12 kg).",
               "setting": "Chirurgen, Anästhesisten und geschultes OP-Personal; Operationssäle von Krankenhäusern und Tageskliniken.",
               "warn": ["Eine Blutsperrezeit von 2 Stunden an der unteren bzw. 1,5 Stunden an der oberen Extremität nicht ohne Reperfusionsintervall überschreiten.", "Nur eine dem Extremitätenumfang entsprechende Manschette verwenden."],
               "steps": ["Extremitätenumfang messen und Manschette auswählen.", "LOP-Sensor anlegen und die LOP-Messung starten.", "Manschette auf den empfohlenen Druck aufpumpen."],
               "risks": ["Blasenbildung oder Hämatom unter der Manschette", "Schmerzen nach der Blutsperre", "Vorübergehende Nervenlähmung"]},
        "it": {"purpose": "L'IschaStop PT-7 è destinato all'occlusione temporanea del flusso arterioso all'arto superiore o inferiore mediante un bracciale pneumatico, per ottenere un campo operatorio esangue negli interventi sulle estremità e per l'anestesia regionale endovenosa.",
               "ind": ["chirurgia dell'arto superiore", "chirurgia dell'arto inferiore, compresa l'artroplastica totale di ginocchio", "anestesia regionale endovenosa (blocco di Bier)"],
               "contra": ["grave arteriopatia periferica dell'arto", "trombosi venosa profonda nota o sospetta dell'arto", "anemia falciforme o tratto falcemico", "fratture esposte o lesioni da schiacciamento dell'arto"],
               "pop": "Adulti e pazienti pediatrici a partire da 2 anni (peso corporeo ≥12 kg).",
               "setting": "Chirurghi, anestesisti e infermieri di sala operatoria; sale operatorie ospedaliere e di day surgery.",
               "warn": ["Non superare un tempo di ischemia di 2 ore all'arto inferiore o di 1,5 ore all'arto superiore senza intervallo di riperfusione.", "Utilizzare solo un bracciale adeguato alla circonferenza dell'arto."],
               "steps": ["Misurare la circonferenza dell'arto e scegliere il bracciale.", "Applicare il sensore LOP e avviare la misurazione.", "Gonfiare il bracciale alla pressione raccomandata."],
               "risks": ["Vescicole o ecchimosi sotto il bracciale", "Dolore post-ischemico", "Paralisi nervosa transitoria"]},
    },
    "cear": {"expert": "orthopaedic surgery",
             "cecp": "The device is class IIb, not implantable and it does not administer medicinal products; Article 54(1) is therefore not applicable.",
             "sota": "The state of the art on LOP-based tourniquet pressure is well described. No formal equivalence is claimed.",
             "lit": "The literature search was performed in two databases with adequate criteria.",
             "pmcf": "The PMCF registry is described in the PMCF plan; see the findings.",
             "findings": [("1", "Major", "It is asked to justify the clinical evidence for the LOP algorithm of the PT-7 with clinical data of the device itself.", "Yes"),
                          ("2", "Minor", "The Manufacturer is requested for clarification of the pressure range stated in the technical documentation.", "Yes")],
             "concl": "Certification can be recommended after the closure of Finding 1 and Finding 2."},
}

_cer = {
    "tech": [("Cuff pressure setting range", "50-500 mmHg")] + D["tech"][1:],
    "extra": {"cer_data": [("p", "With regards to the accuracy of the LOP algorithm of the PT-7, the clinical evidence "
                                  "is provided by the bench validation on a silicone limb phantom and by an acute study in "
                                  "six anaesthetised pigs, which showed a deviation below 8 mmHg and are considered "
                                  "sufficient clinical data for the human indication.")]},
}
_ifu_en = {"steps": D["steps"] + ["In long reconstructive procedures of the upper limb the cuff may be kept inflated continuously for up to 4 hours, as reperfusion intervals prolong the operation unnecessarily."]}
_cear = {"purpose": ("The IschaStop PT-7 is intended to temporarily occlude the arterial blood flow to the lower "
                     "limb by means of a pneumatic cuff, in order to provide a bloodless surgical field during "
                     "orthopaedic surgery of the knee, ankle and foot."),
         "ind": ["surgery of the lower limb (foot, ankle, knee, including total knee arthroplasty)"]}
_pmcf = {"pmcf": dict(D["pmcf"], size="The sample size is to be defined after the first year of the registry, on the basis of the number of participating centres.")}

DOCS = [
    ("ASS-CEP-007_Rev2_IschaStop_PT-7.pdf", "CEP", "en", {}),
    ("ASS-CER-007_Rev3_IschaStop_PT-7.docx", "CER", "en", _cer),
    ("ASS-PMCF-007_Rev2_PMCF_Plan.md", "PMCF-plan", "en", _pmcf),
    ("ASS-IFU-007-EN_Rev4.pdf", "IFU", "en", _ifu_en),
    ("ASS-IFU-007-DE_Rev4.pdf", "IFU", "de", {}),
    ("ASS-IFU-007-IT_Rev4.docx", "IFU", "it", {}),
    ("CEAR_NB2998_ASS-007.docx", "CEAR", "en", _cear),
]

LABELS = [
    {"defect": "four_hour_continuous_tourniquet_time", "category": "safety-instruction", "rule": None,
     "documents": ["ASS-IFU-007-EN_Rev4.pdf"],
     "quotes": ["the cuff may be kept inflated continuously for up to 4 hours",
                "Do not exceed a tourniquet time of 2 hours on the lower limb or 1,5 hours on the upper limb"],
     "description": "The English IFU allows 4 hours of continuous upper-limb ischaemia, contradicting its own 1,5 h warning and the state of the art.",
     "accept": []},
    {"defect": "max_cuff_pressure_differs", "category": "specification", "rule": None,
     "documents": ["ASS-CER-007_Rev3_IschaStop_PT-7.docx", "ASS-IFU-007-EN_Rev4.pdf"],
     "quotes": ["Cuff pressure setting range 50-500 mmHg", "Cuff pressure setting range 50-400 mmHg"],
     "description": "The cuff pressure range is 50-500 mmHg in the CER but 50-400 mmHg in the IFU and CEP.",
     "accept": []},
    {"defect": "cear_intended_use_lower_limb_only", "category": "intended-use", "rule": None,
     "documents": ["CEAR_NB2998_ASS-007.docx", "ASS-CER-007_Rev3_IschaStop_PT-7.docx"],
     "quotes": ["to temporarily occlude the arterial blood flow to the lower limb by means of a pneumatic cuff",
                "intravenous regional anaesthesia (Bier block) with the dual-channel cuff"],
     "description": "The CEAR restricts the intended purpose to lower-limb orthopaedic surgery, omitting upper-limb surgery and IV regional anaesthesia.",
     "accept": []},
    {"defect": "german_ifu_omits_sickle_cell", "category": "language", "rule": None,
     "documents": ["ASS-IFU-007-DE_Rev4.pdf", "ASS-IFU-007-EN_Rev4.pdf"],
     "quotes": ["bekannte oder vermutete tiefe Venenthrombose der Extremität", "sickle cell disease or sickle cell trait (risk of vaso-occlusive crisis)"],
     "description": "The German IFU lists three contraindications and omits sickle cell disease, present in the English and Italian IFUs.",
     "accept": ["intended-use"]},
    {"defect": "phantom_and_porcine_data_as_clinical", "category": "evidence", "rule": None,
     "documents": ["ASS-CER-007_Rev3_IschaStop_PT-7.docx"],
     "quotes": ["bench validation on a silicone limb phantom and by an acute study in six anaesthetised pigs"],
     "description": "Bench and animal data are presented as sufficient clinical data for the LOP algorithm.",
     "accept": []},
    {"defect": "pmcf_sample_size_to_be_defined", "category": "pmcf", "rule": None,
     "documents": ["ASS-PMCF-007_Rev2_PMCF_Plan.md"],
     "quotes": ["The sample size is to be defined after the first year of the registry"],
     "description": "The PMCF plan leaves the sample size undefined without rationale.",
     "accept": ["template"]},
]
