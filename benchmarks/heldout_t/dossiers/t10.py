"""t10 - nasogastric feeding tube with electromagnetic placement guidance, neonates and children (class IIa; no CECP)."""

SYS = "Michibiki NeoTrack EM-Guided Nasogastric Feeding Tube System"
MFR = "Michibiki Medical Co., Ltd., Kita 3-jo Nishi 4-chome, Chuo-ku, Sapporo 060-0003, Japan"
EUREP = "Hoshizora Medical Europe GmbH, Königsallee 61, 40212 Düsseldorf, Germany"
UDI = "4580444NTEM01EUB"
NB = "Shannon Notified Body Services Ltd (NB 2918)"

POP_IFU = "Neonates with a body weight from 400 g and children up to 12 years of age."
POP_CER = "The subject device is intended for neonates weighing 1000g or more and for children up to 12 years."
DEPTH = "The EM sensor is detected reliably only at an insertion depth of 25cm or more."
NEX = "In preterm neonates the nose-ear-xiphoid insertion length is approx. 13~18cm."
UNSAFE = "If the tip position cannot be displayed, feeding may be started and an X-ray may be taken at the next convenient time."
WARN = "Never start feeding before the position of the tube tip in the stomach has been confirmed."
FR_POP = "Nouveau-nés à partir de 400 g, enfants et adultes."
EN_POP_TABLE = "Neonates from 400 g and children up to 12 years"

CEP = [
    ("title", "Clinical Evaluation Plan – NeoTrack (MM-NT-CEP-01 Rev. 01, 2024/12/09)"),
    ("h1", "1. Purpose of this document"),
    ("p", "This document describes the plan of the clinical evaluation of the subject device."),
    ("h1", "2. Classification"),
    ("p", "The feeding tube is invasive via a body orifice for short-term use (up to 30 days): Class IIa, Rule 5. The EM guidance unit is an active device for monitoring, Class IIa, Rule 10. Enteral nutrition is not a medicinal product, so the system is not an Article 54(1)(b) device and the CECP does not apply."),
    ("h1", "3. Intended purpose"),
    ("p", "Enteral feeding via a nasogastric route, with real-time electromagnetic display of the tube tip during placement, for neonates weighing 1000g or more and children up to 12 years, in neonatal and paediatric intensive care units and paediatric wards."),
    ("h1", "4. Outcome parameters"),
    ("table", [["Parameter", "Criterion"], ["Agreement of EM tip position with X-ray (stomach vs not stomach)", "Sensitivity for non-gastric position ≥ 95%"],
               ["Placement-related serious adverse events", "0 lung placements undetected"], ["First-attempt placement success", "≥ 85%"]]),
]

CER = [
    ("title", "Clinical Evaluation Report – Michibiki NeoTrack EM-Guided Nasogastric Feeding Tube System"),
    ("p", "MM-NT-CER-01 Rev. 01, 2025/02/03"),
    ("h1", "1. Outline of the subject device"),
    ("p", f"Polyurethane feeding tubes of 6 Fr and 8 Fr, length 50cm, ENFit connector, with a single-use stylet containing an EM sensor coil; EM field generator placed under the mattress; display unit. {MFR}. Basic UDI-DI {UDI}. Class IIa (Rule 5 and Rule 10); the CECP does not apply."),
    ("h1", "2. Intended purpose"),
    ("p", POP_CER + " The system is used in NICU, PICU and paediatric wards by trained nurses and physicians."),
    ("h1", "3. State of the art"),
    ("p", "Misplacement of feeding tubes into the airway occurs in approx. 1~3% of placements in children and can be fatal. pH testing and X-ray are the reference methods; X-ray is the gold standard. " + NEX + " EM guidance has been used in adults since the 2000s."),
    ("h1", "4. Clinical data"),
    ("table", [["Ref.", "Study", "Population", "Result"],
               ["[1]", "MM-NT-01 (subject device)", "142 placements in 97 patients, body weight 1.1~38 kg, 3 NICU/PICU", "Sensitivity for non-gastric position 100% (6/6); first-attempt success 88%; no undetected lung placement"],
               ["[2]", "Bryant et al. 2015", "Adults, EM-guided placement, 194 placements", "Agreement with X-ray 99%"],
               ["[3]", "Irving et al. 2018", "Review of feeding tube verification methods in children", "No bedside method fully replaces X-ray"]]),
    ("p", "The CEP criteria were met."),
    ("h1", "5. Benefit-risk"),
    ("p", "It is considered that real-time display reduces X-ray exposure and delay of feeding, and that the benefit-risk is acceptable."),
    ("h1", "6. Residual risks"),
    ("ul", ["Misplacement into the airway not recognised.", "Nasal pressure injury.", "Perforation of the oesophagus or stomach by the stylet.", "Interference of the EM field with other devices."]),
    ("h1", "7. PMCF"),
    ("p", "PMCF study MM-NT-PMCF-01: 400 placements, comparison with X-ray."),
    ("h1", "8. Summary of the clinical evaluation"),
    ("table", [["Item", "Content"], ["Population", "Neonates ≥ 1000 g and children up to 12 years"], ["Class", "IIa"], ["Data", "MM-NT-01"], ["Conclusion", "Acceptable"]]),
    ("h1", "References"),
    ("ol", ["[1] Michibiki Medical. CIR MM-NT-01, 2024/10/22.",
            "[2] Bryant V, et al. Electromagnetic placement of nasogastric tubes in adults. Nutr Clin Pract. 2015;30:294-301.",
            "[3] Irving SY, et al. Nasogastric tube placement and verification in children: review of the current literature. Crit Care Nurse. 2018;38:34-42."]),
]

PMCF = [
    ("title", "PMCF Plan – NeoTrack (MM-NT-PMCF-01)"),
    ("h1", "Objectives"),
    ("ul", ["Confirm the sensitivity for non-gastric tip position against X-ray in 400 placements.", "Estimate the rate of nasal pressure injury over the dwell time."]),
    ("h1", "Population and setting"),
    ("p", "Neonates of 1000 g or more and children up to 12 years, NICU and PICU of 5 hospitals (FR, CZ, DE)."),
    ("h1", "Sample size and timeline"),
    ("p", "400 placements: with 2% expected non-gastric placements, 8 events give a lower 95% bound of sensitivity of 63% if all detected; the sample is increased to 800 if fewer than 8 events are seen. Start 2025/05, report 2026/12."),
]

IFU_EN = [
    ("title", "NeoTrack EM-Guided Nasogastric Feeding Tube – Instructions for Use"),
    ("h1", "Intended use"),
    ("p", "Nasogastric enteral feeding with electromagnetic display of the tube tip during placement."),
    ("h1", "Patient population"),
    ("p", POP_IFU),
    ("h1", "Contraindications"),
    ("ul", ["Basal skull fracture or recent nasal surgery.", "Oesophageal atresia or stricture.", "Active implants sensitive to magnetic fields near the field generator."]),
    ("h1", "Warnings"),
    ("ul", [WARN, "Do not reinsert the stylet into a tube which is in the patient.", "Confirm position by X-ray if the local protocol requires."]),
    ("h1", "Placement procedure"),
    ("ol", ["1) Measure the insertion length (nose-ear-xiphoid).", "2) Insert the tube with the stylet and watch the tip on the display.",
            "3) Confirm gastric position on the display and remove the stylet.", "4) " + UNSAFE]),
    ("h1", "Technical data"),
    ("table", [["Item", "Value"], ["Tube sizes", "6 Fr and 8 Fr, 50 cm"], ["Connector", "ENFit"], ["EM detection", DEPTH],
               ["Maximum dwell time", "30 days"], ["Population", EN_POP_TABLE]]),
]

IFU_FR = [
    ("title", "NeoTrack – Notice d'utilisation"),
    ("h1", "Usage prévu"),
    ("p", "Alimentation entérale par voie nasogastrique avec affichage électromagnétique de l'extrémité de la sonde pendant la pose."),
    ("h1", "Population de patients"),
    ("p", FR_POP),
    ("h1", "Contre-indications"),
    ("ul", ["Fracture de la base du crâne ou chirurgie nasale récente.", "Atrésie ou sténose de l'œsophage."]),
    ("h1", "Avertissements"),
    ("ul", ["Ne jamais commencer l'alimentation avant d'avoir confirmé la position de l'extrémité de la sonde dans l'estomac.", "Ne pas réintroduire le mandrin dans une sonde en place."]),
]

IFU_CS = [
    ("title", "NeoTrack – Návod k použití"),
    ("h1", "Určené použití"),
    ("p", "Enterální výživa nazogastrickou cestou s elektromagnetickým zobrazením hrotu sondy během zavádění."),
    ("h1", "Populace pacientů"),
    ("p", "Novorozenci s tělesnou hmotností od 400 g a děti do 12 let."),
    ("h1", "Varování"),
    ("ul", ["Nikdy nezahajujte krmení před potvrzením polohy hrotu sondy v žaludku.", "Nezavádějte mandrén zpět do sondy, která je v pacientovi."]),
]

CEAR = [
    ("title", "CEAR – Michibiki NeoTrack – NB 2918"),
    ("p", "Reviewer: Dr Fionnuala Byrne, neonatology. 11 April 2025."),
    ("h1", "1. Intended purpose"),
    ("p", "EM-guided nasogastric feeding tube for neonates of 1000 g and above and children to 12 years, used in NICU, PICU and paediatric wards. Class IIa (Rules 5 and 10). Outside Article 54(1)."),
    ("h1", "2. Review"),
    ("ol", ["Query 1 – Closed. EM field interference testing provided. Satisfactory.", "Query 2 – Closed. PMCF adaptive sample size explained. Satisfactory."]),
    ("h1", "3. Conclusion"),
    ("p", "Recommendation: certify."),
]

CER_F, IFU_F, FR_F = "MM-NT-CER-01.pdf", "NeoTrack_IFU_EN.docx", "NeoTrack_IFU_FR.pdf"
DOSSIER = {
    "id": "t10_ng_tube",
    "device": SYS,
    "device_class": "IIa",
    "clean": False,
    "docs": [
        {"file": "MM-NT-CEP-01.md", "role": "CEP", "lang": "en", "blocks": CEP},
        {"file": CER_F, "role": "CER", "lang": "en", "blocks": CER},
        {"file": "MM-NT-PMCF-01.pdf", "role": "PMCF-plan", "lang": "en", "blocks": PMCF},
        {"file": IFU_F, "role": "IFU", "lang": "en", "blocks": IFU_EN},
        {"file": FR_F, "role": "IFU", "lang": "fr", "blocks": IFU_FR},
        {"file": "NeoTrack_IFU_CS.docx", "role": "IFU", "lang": "cs", "blocks": IFU_CS},
        {"file": "CEAR_NB2918_NeoTrack.docx", "role": "CEAR", "lang": "en", "blocks": CEAR},
    ],
    "labels": [
        {"defect": "weight_400g_vs_1000g", "category": "population",
         "documents": [IFU_F, CER_F], "quotes": [POP_IFU, POP_CER, EN_POP_TABLE],
         "description": "The IFU (EN, CS) admits neonates from 400 g; CEP, CER, PMCF and CEAR start at 1000 g.",
         "accept": ["language"]},
        {"defect": "em_detection_depth_exceeds_neonatal_insertion_length", "category": "plausibility",
         "documents": [IFU_F, CER_F], "quotes": [DEPTH, NEX],
         "description": "The sensor needs at least 25 cm insertion to be detected, but nasogastric insertion length in preterm neonates is 13–18 cm: the guidance cannot work for the smallest patients.",
         "accept": ["specification", "population"]},
        {"defect": "feeding_before_position_confirmed", "category": "safety-instruction",
         "documents": [IFU_F], "quotes": [UNSAFE, WARN],
         "description": "The procedure allows feeding without confirmed tip position, contradicting the warning; airway misplacement can be fatal.",
         "accept": []},
        {"defect": "french_ifu_adds_adults", "category": "language",
         "documents": [FR_F, IFU_F], "quotes": [FR_POP, POP_IFU],
         "description": "The French IFU widens the population to adults, absent from all other documents.",
         "accept": ["population"]},
    ],
}
