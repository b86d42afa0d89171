ID = "u04_thermolyse_mwa"
DEVICE = "ThermoLyse MW2 – microwave ablation system (2,45 GHz generator and cooled antenna) for liver tumours"
D = {
    "name": "ThermoLyse MW2", "mfr": "Cyprus MedTech Innovations Ltd.",
    "addr": "Spyrou Kyprianou 78, 6051 Larnaca, Cyprus", "srn": "CY-MF-000019905",
    "udi": "5290045TLMW2GEN7R", "cls": "IIb",
    "rule": "Annex VIII, Rule 9 (active therapeutic device administering energy in a potentially hazardous way)",
    "cecp": ("The ThermoLyse MW2 is an active therapeutic device which does not administer or remove medicinal "
             "products, and therefore the Clinical Evaluation Consultation Procedure of Article 54 MDR is not applicable."),
    "docs": {"cep": ("CMI-CEP-002", 1), "cer": ("CMI-CER-002", 1), "pmcf": ("CMI-PMCF-002", 1),
             "ifu": ("CMI-IFU-002", 2)},
    "dates": {"cep": "05/11/2024", "cer": "18/02/2025", "pmcf": "18/02/2025", "ifu": "25/02/2025",
              "cear": "09/05/2025"},
    "models": [("MW2-G", "Microwave generator 2,45 GHz, 10-120 W, with peristaltic cooling pump"),
               ("MW2-A15", "Single-use water-cooled antenna, 14 G, length 15 cm"),
               ("MW2-A20", "Single-use water-cooled antenna, 14 G, length 20 cm")],
    "desc": ["The ThermoLyse MW2 consists of a 2,45 GHz microwave generator and single-use water-cooled antennas, "
             "which are introduced percutaneously under ultrasound or CT guidance, or laparoscopically, into the "
             "target liver lesion; the electromagnetic field produces dielectric heating and coagulative necrosis "
             "of an ablation zone of up to 5 cm.",
             "A thermocouple at the antenna shaft and the circulating saline cooling prevent the back-heating of "
             "the track; the generator interrupts the delivery if the shaft temperature exceeds 45 °C."],
    "tech": [("Frequency", "2,45 GHz ± 50 MHz"), ("Output power", "10-120 W"), ("Antenna diameter", "14 G (2,1 mm)"),
             ("Maximum ablation zone (ex vivo, 100 W, 10 min)", "5,0 × 3,8 cm"), ("Shaft temperature cut-off", "45 °C")],
    "purpose": ("The ThermoLyse MW2 is intended for the percutaneous, laparoscopic or open surgical coagulation "
                "(ablation) of soft tissue in the liver, in the treatment of primary and secondary liver tumours "
                "with a diameter up to 5 cm."),
    "ind": ["hepatocellular carcinoma (BCLC 0-A) up to 5 cm, not suitable for resection",
            "colorectal liver metastases up to 3 cm, alone or combined with resection"],
    "contra": ["uncorrectable coagulopathy (platelets < 50 000/µl, INR > 1,5)",
               "tumours adjacent (< 1 cm) to the main bile duct or hilar structures",
               "patients with implanted active devices (pacemakers) unless cardiology clearance is obtained",
               "pregnancy"],
    "pop": "Adult patients (≥18 y) with primary or secondary liver tumours.",
    "users": "Interventional radiologists and hepatobiliary surgeons trained in thermal ablation.",
    "setting": "Hospital interventional radiology suites and operating theatres.",
    "sota": ["The EASL and ESMO guidelines recognise thermal ablation as a curative option for very early and early "
             "stage HCC (BCLC 0-A) and for selected colorectal liver metastases; microwave ablation offers larger "
             "ablation zones and less heat-sink effect than radiofrequency ablation [1,2].",
             "In meta-analyses, local tumour progression after microwave ablation of HCC ranges from 5 % to 15 % at "
             "2 years, and major complications from 2 % to 5 % [3]."],
    "benefits": [("Complete ablation of the target tumour", "Technical efficacy on CT/MRI at 1 month", "≥ 90 %"),
                 ("Local tumour control", "Local tumour progression at 12 months", "≤ 15 %"),
                 ("Overall survival", "Overall survival at 3 years", "≥ 60 % (HCC)")],
    "safety_crit": [("Major complications (SIR grade C-E)", "≤ 5 %"), ("Procedure-related mortality", "≤ 0,5 %")],
    "cdp": "A prospective single-arm post-market study (CMI-MW2-PMS-01) was completed in Greece and Cyprus; a registry with 5-year follow-up is foreseen under the PMCF plan.",
    "studies": [("[4]", "CMI-MW2-PMS-01, prospective single-arm", "87", "Adults 38-84 y, HCC and CRLM ≤ 5 cm", "12 months", "Technical efficacy 96,2 %; LTP 9,1 %; major complications 3,4 %"),
                ("[5]", "Meta-analysis MWA vs RFA", "3 460", "Adults with HCC", "1-5 years", "LTP MWA 8,7 % vs RFA 12,1 %")],
    "study_prose": ["The study CMI-MW2-PMS-01 [4] treated 104 tumours in 87 adult patients; technical efficacy at "
                    "1 month was 96,2 % and local tumour progression at 12 months 9,1 %, within the acceptance "
                    "criteria of the CEP. Major complications (3,4 %) included two liver abscesses and one "
                    "haemothorax."],
    "perf": ["The technical efficacy and the local tumour control at 12 months satisfy the acceptance criteria CB-1 "
             "and CB-2 of the CEP."],
    "risks": [("Post-ablation syndrome (fever, malaise)", "18 %"), ("Liver abscess", "2,3 %"),
              ("Skin burn at the antenna entry site", "0,5 %"), ("Haemorrhage, haemothorax", "1,1 %"),
              ("Biliary injury", "< 1 %")],
    "warn": ["Do not activate the antenna without saline cooling, as the shaft may overheat and burn the skin.",
             "Use a grounding-free set-up; no return electrode is needed, but keep metallic objects away from the antenna field.",
             "Check the position of the antenna by imaging before the activation of each ablation."],
    "steps": ["Prime the cooling circuit with sterile saline.", "Insert the antenna into the lesion under imaging guidance.",
              "Select power and time according to the ablation zone tables.", "Perform track ablation during the withdrawal of the antenna."],
    "refs": ["EASL Clinical Practice Guidelines: management of hepatocellular carcinoma. J Hepatol 2018;69:182-236.",
             "Van Cutsem E et al. ESMO consensus guidelines for metastatic colorectal cancer. Ann Oncol 2016.",
             "Facciorusso A et al. Microwave ablation versus radiofrequency ablation for HCC: meta-analysis. Int J Hyperthermia 2016.",
             "Cyprus MedTech Innovations. Clinical study report CMI-MW2-PMS-01, 2024.",
             "Tan W et al. Microwave vs radiofrequency ablation for HCC: updated meta-analysis. 2019."],
    "pmcf": {"obj": ["to confirm local tumour progression and overall survival up to 5 years",
                     "to confirm the rate of biliary injury and liver abscess in routine use"],
             "design": "Prospective multicentre registry with imaging follow-up at 1, 3, 6, 12 months and yearly up to 5 years.",
             "pop": "Adult patients (≥18 y) treated with the ThermoLyse MW2 for HCC or colorectal liver metastases.",
             "size": "250 patients; with an expected LTP of 10 % at 2 years the 95 % CI half-width will be ±3,7 %, allowing comparison with the state-of-the-art range of 5-15 %.",
             "endpoints": ["Technical efficacy at 1 month", "Local tumour progression at 1, 2 and 5 years", "Overall survival at 3 and 5 years", "Major complications"],
             "timeline": [("Start", "06/2025"), ("Annual reports", "06/2026 onwards"), ("Final report", "06/2031")],
             "link": "The registry addresses the absence of long-term data beyond 12 months and the residual risks of biliary injury and abscess."},
    "tr": {
        "fr": {"purpose": "Le ThermoLyse MW2 est destiné à la coagulation (ablation) percutanée, laparoscopique ou chirurgicale des tissus mous du foie, dans le traitement des tumeurs hépatiques primitives et secondaires d'un diamètre jusqu'à 5 cm.",
               "ind": ["carcinome hépatocellulaire (BCLC 0-A) jusqu'à 5 cm, non résécable", "métastases hépatiques colorectales jusqu'à 3 cm"],
               "contra": ["coagulopathie non corrigeable", "tumeurs à moins de 1 cm de la voie biliaire principale", "dispositifs actifs implantés sans avis cardiologique", "grossesse"],
               "pop": "Patients adultes (≥18 ans) atteints de tumeurs hépatiques primitives ou secondaires.",
               "setting": "Radiologues interventionnels et chirurgiens hépatobiliaires formés; salles de radiologie interventionnelle et blocs opératoires.",
               "warn": ["Ne pas activer l'antenne sans refroidissement salin.", "Vérifier la position de l'antenne par imagerie avant chaque ablation."],
               "steps": ["Amorcer le circuit de refroidissement.", "Insérer l'antenne sous guidage par imagerie.", "Sélectionner la puissance et la durée."],
               "risks": ["Syndrome post-ablation", "Abcès hépatique", "Brûlure cutanée", "Hémorragie", "Lésion biliaire"]},
        "es": {"purpose": "El ThermoLyse MW2 está destinado a la coagulación (ablación) percutánea, laparoscópica o quirúrgica abierta del tejido blando hepático, en el tratamiento de tumores hepáticos primarios y secundarios de hasta 5 cm de diámetro.",
               "ind": ["carcinoma hepatocelular (BCLC 0-A) de hasta 5 cm, no resecable", "metástasis hepáticas de cáncer colorrectal de hasta 3 cm"],
               "contra": ["coagulopatía no corregible", "tumores a menos de 1 cm de la vía biliar principal", "dispositivos activos implantados sin autorización cardiológica", "embarazo"],
               "pop": "Pacientes adultos (≥18 años) con tumores hepáticos primarios o secundarios.",
               "setting": "Radiólogos intervencionistas y cirujanos hepatobiliares formados; salas de radiología intervencionista y quirófanos.",
               "warn": ["No active la antena sin refrigeración salina.", "Compruebe la posición de la antena mediante imagen antes de cada ablación."],
               "steps": ["Cebe el circuito de refrigeración.", "Inserte la antena bajo guía de imagen.", "Seleccione la potencia y el tiempo."],
               "risks": ["Síndrome post-ablación", "Absceso hepático", "Quemadura cutánea", "Hemorragia", "Lesión biliar"]},
    },
    "cear": {"expert": "interventional radiology",
             "cecp": "Class IIb active therapeutic device, not administering medicinal products. Article 54(1) not applicable.",
             "sota": "The state of the art is based on the EASL/ESMO guidelines and meta-analyses. The Manufacturer claims equivalence to a device of another manufacturer; see Finding 1.",
             "lit": "The literature search is adequate.",
             "pmcf": "A 5-year registry is planned, which is considered appropriate.",
             "findings": [("1", "Major", "The Manufacturer is requested for clarification on the access to the technical documentation of the equivalent device.", "Yes"),
                          ("2", "Minor", "It is asked to align the device identification between the CER and the technical documentation.", "Yes")],
             "concl": "The NB cannot conclude positively before the closure of Finding 1."},
}
_cer = {
    "extra": {"cer_data": [("h2", "5.4 Equivalence"),
                           ("p", "Equivalence is claimed with the Hepatix MW-3 microwave system of Nordwave Medical AB "
                                 "(Sweden), on the basis of published data and of the publicly available brochure of the "
                                 "device; no contract with Nordwave Medical AB exists, but the clinical, technical and "
                                 "biological characteristics are considered similar."),
                           ("p", "The clinical data of the Hepatix MW-3 ([5] and 1 240 further patients from the literature) "
                                 "are therefore used as clinical evidence for the ThermoLyse MW2."),
                           ("p", "In total [insert number of patients] patients treated with the equivalent device were "
                                 "included in the appraisal.")],
              "cer_perf": [("p", "On the basis of the 12-month results of [4], the ThermoLyse MW2 achieves a permanent "
                                 "eradication of the treated liver tumour with a 10-year cure comparable to surgical resection.")]},
}
_ifu_en = {"ind": D["ind"] + ["ablation of renal tumours (T1a) and of lung metastases, percutaneously under CT guidance"]}
_cear = {"name": "ThermoLyse MW-2S", "udi": "5290045TLMW2SYS3Q"}

DOCS = [
    ("CMI-CEP-002_Rev1_ThermoLyse.docx", "CEP", "en", {}),
    ("CMI-CER-002_Rev1_ThermoLyse_MW2.pdf", "CER", "en", _cer),
    ("CMI-PMCF-002_Rev1.docx", "PMCF-plan", "en", {}),
    ("CMI-IFU-002_EN_Rev2.pdf", "IFU", "en", _ifu_en),
    ("CMI-IFU-002_FR_Rev2.pdf", "IFU", "fr", {}),
    ("CMI-IFU-002_ES_Rev2.md", "IFU", "es", {}),
    ("NB2998-CEAR-CMI-002.pdf", "CEAR", "en", _cear),
]
LABELS = [
    {"defect": "cear_device_name_and_udi_differ", "category": "device-identity", "rule": None,
     "documents": ["NB2998-CEAR-CMI-002.pdf", "CMI-CER-002_Rev1_ThermoLyse_MW2.pdf"],
     "quotes": ["CLINICAL EVALUATION ASSESSMENT REPORT (MDCG 2020-13) – ThermoLyse MW-2S",
                "The trade name of the device is ThermoLyse MW2; the Basic UDI-DI is 5290045TLMW2GEN7R"],
     "description": "The CEAR names the device ThermoLyse MW-2S with Basic UDI-DI 5290045TLMW2SYS3Q, the CER ThermoLyse MW2 with 5290045TLMW2GEN7R.",
     "accept": []},
    {"defect": "ten_year_cure_from_12_month_data", "category": "claim", "rule": None,
     "documents": ["CMI-CER-002_Rev1_ThermoLyse_MW2.pdf"],
     "quotes": ["eradication of the treated liver tumour with a 10-year cure comparable to surgical resection"],
     "description": "A permanent eradication and 10-year cure are claimed from 12 months of follow-up.",
     "accept": ["evidence"]},
    {"defect": "competitor_equivalence_without_contract", "category": "evidence", "rule": None,
     "documents": ["CMI-CER-002_Rev1_ThermoLyse_MW2.pdf"],
     "quotes": ["no contract with Nordwave Medical AB exists, but the clinical, technical and biological characteristics"],
     "description": "Equivalence to another manufacturer's device is claimed from brochures without access to its technical documentation.",
     "accept": []},
    {"defect": "ifu_adds_renal_and_lung_indications", "category": "intended-use", "rule": None,
     "documents": ["CMI-IFU-002_EN_Rev2.pdf", "CMI-CER-002_Rev1_ThermoLyse_MW2.pdf"],
     "quotes": ["ablation of renal tumours (T1a) and of lung metastases, percutaneously under CT guidance",
                "coagulation (ablation) of soft tissue in the liver, in the treatment of primary and secondary liver tumours"],
     "description": "The English IFU adds renal and lung indications absent from the liver-only intended purpose of the CER.",
     "accept": ["evidence", "language"]},
    {"defect": "unfilled_patient_number_placeholder", "category": "template", "rule": None,
     "documents": ["CMI-CER-002_Rev1_ThermoLyse_MW2.pdf"],
     "quotes": ["In total [insert number of patients] patients treated with the equivalent device"],
     "description": "Placeholder text left unfilled in the CER equivalence section.",
     "accept": ["documentation"]},
]
