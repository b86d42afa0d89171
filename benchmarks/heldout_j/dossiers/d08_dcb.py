"""Peripheral paclitaxel-coated balloon catheter (class III, Rule 14, transient use)."""

NAME = "PaxiFlow 035"

F = {
    "id": "j08_dcb_paxiflow",
    "device": "Peripheral paclitaxel-coated balloon catheter",
    "cls": "III",
    "name": NAME,
    "models": "PF035-xxyyy: diameters 4,0 / 5,0 / 6,0 / 7,0 mm; lengths 40, 60, 80, 120, 150, 200 mm; shaft 130 cm",
    "udi": "8719326PAXIFLOW035FP",
    "mfr": "Endovia Medical B.V.",
    "mfr_full": "Endovia Medical B.V., Torenallee 20, 5617 BC Eindhoven, the Netherlands",
    "srn": "NL-MF-000027314",
    "nb": "Dutch Device Certification B.V., NB 3201",
    "cls_text": "Class III – Rule 14 (device incorporating a medicinal substance with ancillary action)",
    "cecp": "The balloon is a transient-use device (contact with the vessel wall during less than 60 minutes) and "
            "is not implantable; the clinical evaluation consultation procedure of Article 54(1) therefore does "
            "not apply. As the device incorporates paclitaxel with an ancillary action (Rule 14), the Notified "
            "Body consults a medicines authority according to Annex IX § 5.2.",
    "desc": "Over-the-wire percutaneous transluminal angioplasty (PTA) balloon catheter, 0,035\" guidewire "
            "compatible, 6 F (4–6 mm) or 7 F (7 mm) introducer; the semi-compliant balloon is coated with "
            "paclitaxel at a nominal dose density of 2,0 µg/mm² in a sorbitol–polysorbate excipient; the drug is "
            "transferred to the vessel wall during an inflation of at least 3 minutes and inhibits neointimal "
            "proliferation.",
    "ip": "PaxiFlow 035 is intended for percutaneous transluminal angioplasty, after appropriate pre-dilatation, "
          "of de novo or restenotic lesions of the superficial femoral and popliteal arteries, in order to "
          "restore and maintain vessel patency.",
    "indications": [
        "Symptomatic peripheral artery disease, Rutherford category 2 to 4",
        "De novo or non-stented restenotic lesions of the superficial femoral and/or popliteal arteries, length "
        "up to 200 mm, reference vessel diameter from 4 to 7 mm",
    ],
    "contra": [
        "Known hypersensitivity to paclitaxel or structurally related compounds",
        "Pregnant or breast-feeding women",
        "Inability to receive antiplatelet therapy or anticoagulation",
        "Lesions that cannot be crossed with a guidewire or pre-dilated",
    ],
    "population": "Adults (18 years and older) with symptomatic femoropopliteal peripheral artery disease "
                  "(Rutherford 2 to 4).",
    "users_setting": "Interventional radiologists, vascular surgeons and angiologists trained in peripheral "
                     "endovascular procedures; catheterisation or angiography laboratories and hybrid operating "
                     "rooms of hospitals.",
    "benefits": [
        ("Maintenance of patency", "Primary patency (duplex PSVR ≤ 2,4, no CD-TLR) at 12 months"),
        ("Reduced repeat interventions", "Freedom from clinically driven target lesion revascularisation (CD-TLR)"),
        ("Symptom relief", "Rutherford category change; walking impairment questionnaire"),
    ],
    "criteria": [
        ("Primary patency at 12 months", "≥ 75 %", "SOTA DCB 70–85 %"),
        ("Freedom from CD-TLR at 12 months", "≥ 85 %", "SOTA 85–95 %"),
        ("Major adverse events at 30 days", "≤ 5 %", "SOTA"),
        ("All-cause mortality", "Not higher than uncoated PTA (reported to 5 years in PMCF)", "Meta-analyses"),
    ],
    "cep_scope": "Clinical evaluation plan for the initial MDR certification of PaxiFlow 035, drug-coated PTA "
                 "balloon for the femoropopliteal segment.",
    "cdp": "Evidence: pivotal randomised trial PAXI-FP (PaxiFlow vs uncoated PTA, 2:1, n = 300, 12-month primary "
           "endpoint, 5-year follow-up for mortality); literature on paclitaxel-coated balloons for the state of "
           "the art; PMCF.",
    "search": "PubMed, Embase, CENTRAL; 01/2008 to 02/2024; (drug-coated balloon OR paclitaxel balloon) AND "
              "(femoropopliteal OR superficial femoral); 612 records; 27 retained.",
    "cep_pmcf": "PMCF: 5-year follow-up of PAXI-FP and a registry (PF-PMCF-01).",
    "cer_summary": "In PAXI-FP, PaxiFlow 035 achieved 84,2 % primary patency at 12 months versus 61,0 % with "
                   "uncoated balloons; the acceptance criteria are met; the benefit-risk is favourable.",
    "sota": [
        "Paclitaxel-coated balloons improve patency and reduce target lesion revascularisation compared with "
        "uncoated PTA in the femoropopliteal segment [1-3]. A 2018 meta-analysis suggested increased late "
        "mortality with paclitaxel devices [4]; later patient-level analyses did not confirm this signal [5], "
        "but regulators still require long-term mortality surveillance.",
        "Current DCB show 12-month primary patency of 70–85 % and freedom from CD-TLR of 85–95 % [1-3].",
    ],
    "studies": [
        ("[1]", "RCT DCB vs PTA", "331", "SFA/popliteal, Rutherford 2–4", "5 years", "Patency 82,2 % vs 52,4 % (12 m)"),
        ("[2]", "RCT DCB vs PTA", "476", "Femoropopliteal", "3 years", "Patency 65,2 % vs 52,6 % (12 m)"),
        ("[4]", "Meta-analysis", "4 663", "Femoropopliteal", "Up to 5 years", "Mortality signal at 2 and 5 years"),
        ("[5]", "Patient-level meta-analysis", "2 185", "Femoropopliteal", "Up to 5 years", "No excess mortality"),
        ("[6]", "RCT PAXI-FP", "300 (200/100)", "SFA/popliteal, 4–7 mm", "12 months", "Patency 84,2 % vs 61,0 %"),
    ],
    "own_data": "PAXI-FP (18 European sites, 2021–2023): 300 patients, mean lesion length 92 mm. Primary patency "
                "at 12 months 84,2 % vs 61,0 % (p < 0,001); freedom from CD-TLR 93,5 % vs 80,0 %; MAE at 30 days "
                "1,0 %; all-cause mortality at 12 months 2,5 % vs 3,0 %.",
    "pms": "No market experience.",
    "results": [
        ("Primary patency ≥ 75 %", "84,2 %", "Met"),
        ("Freedom from CD-TLR ≥ 85 %", "93,5 %", "Met"),
        ("MAE ≤ 5 %", "1,0 %", "Met"),
        ("Mortality not higher than PTA", "2,5 % vs 3,0 % at 12 months; 5-year data pending (PMCF)", "Met at 12 m"),
    ],
    "claims": [
        "PaxiFlow 035 eliminates restenosis of the femoropopliteal segment and carries no mortality risk at any "
        "follow-up time.",
        "Higher 12-month primary patency than uncoated PTA (84,2 % vs 61,0 %) [6]",
    ],
    "br": "Substantial reduction of restenosis and repeat interventions compared with uncoated PTA; the risks are "
          "those of PTA plus the uncertain long-term systemic effect of paclitaxel, monitored by PMCF.",
    "residual": [
        "Dissection, perforation, thrombosis or distal embolisation",
        "Restenosis and target lesion revascularisation",
        "Uncertain long-term mortality effect of paclitaxel",
        "Hypersensitivity to paclitaxel",
    ],
    "cer_pmcf": "PMCF will report 5-year mortality and patency (PAXI-FP) and real-world results in long lesions.",
    "conclusion": "The clinical evidence demonstrates conformity with the GSPR for the intended purpose.",
    "refs": [
        "Tepe G, Laird J, Schneider P, et al. Drug-coated balloon versus standard percutaneous transluminal "
        "angioplasty for the treatment of superficial femoral and popliteal peripheral artery disease: 12-month "
        "results from the IN.PACT SFA randomized trial. Circulation. 2015;131(5):495-502.",
        "Rosenfield K, Jaff MR, White CJ, et al. Trial of a paclitaxel-coated balloon for femoropopliteal artery "
        "disease. N Engl J Med. 2015;373(2):145-53.",
        "Aboyans V, Ricco JB, Bartelink MEL, et al. 2017 ESC Guidelines on the diagnosis and treatment of "
        "peripheral arterial diseases. Eur Heart J. 2018;39(9):763-816.",
        "Katsanos K, Spiliopoulos S, Kitrou P, et al. Risk of death following application of paclitaxel-coated "
        "balloons and stents in the femoropopliteal artery of the leg. J Am Heart Assoc. 2018;7(24):e011245.",
        "Nordanstig J, James S, Andersson M, et al. Mortality with paclitaxel-coated devices in peripheral artery "
        "disease. N Engl J Med. 2020;383(26):2538-46.",
        "Endovia Medical B.V. PAXI-FP clinical investigation report, 12 months, 05/02/2024.",
    ],
    "warnings": [
        "Pre-dilate the lesion with an uncoated balloon sized 1 mm below the reference diameter.",
        "Inflate for at least 3 minutes at nominal pressure; do not re-use the balloon in another lesion.",
        "Do not exceed the rated burst pressure (14 atm for 4–6 mm; 12 atm for 7 mm).",
        "Inform patients of the uncertainty on long-term effects of paclitaxel; use after assessment of "
        "alternative treatments in patients at low risk of restenosis.",
        "Maximum paclitaxel dose per patient: do not use balloons with a total drug load above 20 mg.",
    ],
    "steps": [
        "Select a balloon 1:1 to the reference vessel diameter and 10 mm longer than the lesion on each side.",
        "Advance over a 0,035\" guidewire within 2 minutes to the lesion (drug loss during transit).",
        "Inflate at nominal pressure for at least 3 minutes.",
        "Deflate, withdraw, perform control angiography; bail-out stenting if flow-limiting dissection.",
    ],
    "side_effects": [
        "Dissection, perforation, pseudoaneurysm",
        "Acute thrombosis, distal embolisation",
        "Access-site haematoma or bleeding",
        "Allergic reaction to paclitaxel or contrast medium",
    ],
    "specs": [
        ("Drug", "Paclitaxel"),
        ("Dose density", "3,0 µg/mm² of balloon surface"),
        ("Balloon diameters / lengths", "4,0 to 7,0 mm / 40 to 200 mm"),
        ("Nominal pressure", "8 atm"),
        ("Rated burst pressure", "14 atm (4–6 mm); 12 atm (7 mm)"),
        ("Guidewire / introducer", "0,035\" / 6 F (4–6 mm), 7 F (7 mm)"),
    ],
    "pmcf": {
        "ref": "PaxiFlow 035 – CER PF-CER-01 v2.1 – CEP PF-CEP-01 v1.3.",
        "objectives": [
            "All-cause mortality to 5 years compared with uncoated PTA (PAXI-FP follow-up; residual risk 3)",
            "Primary patency and CD-TLR in long lesions (150–200 mm), under-represented in PAXI-FP",
            "Rate of hypersensitivity reactions and distal embolisation in routine use",
        ],
        "design": "(1) 5-year follow-up of all 300 PAXI-FP subjects; (2) PF-REG, prospective single-arm registry.",
        "population": "Adults with symptomatic femoropopliteal disease (Rutherford 2–4) treated with PaxiFlow 035; "
                      "registry enriches lesions of 150 to 200 mm.",
        "setting": "Hospital angiography suites; 15 sites in NL, BE, DE, ES.",
        "endpoints": [
            ("Mortality", "All-cause death (vital status)", "Yearly to 5 years"),
            ("Patency", "Duplex PSVR ≤ 2,4 without CD-TLR", "12, 24 months"),
            ("CD-TLR", "Clinically driven TLR", "12, 24, 36 months"),
        ],
        "n": "PAXI-FP (300) + PF-REG 400 patients, including ≥ 120 with lesions ≥ 150 mm; 120 long lesions give a "
             "95 % CI of ± 7,5 % around an expected 75 % patency.",
        "timeline": [
            ("PF-REG first patient", "Q2 2025"),
            ("PAXI-FP 3-year report", "Q1 2026"),
            ("PAXI-FP 5-year report", "Q1 2028"),
            ("PF-REG final report", "Q4 2028"),
        ],
        "report": "Yearly PMCF report; CER and SSCP updated yearly; mortality signal review by an independent "
                  "committee.",
    },
    "sscp": {
        "clin": "In the PAXI-FP trial (300 patients), the treated artery remained open at 12 months in 84,2 % of "
                "patients with PaxiFlow 035 versus 61,0 % with an uncoated balloon; mortality at 12 months was "
                "similar (2,5 % vs 3,0 %). Longer-term data are collected.",
        "pmcf": "5-year follow-up of PAXI-FP and a registry of 400 patients.",
        "users": "Interventional radiologists, vascular surgeons, angiologists experienced in peripheral PTA.",
    },
    "cear": {
        "cer_ref": "PF-CER-01 v2.1, 26/02/2024",
        "pop": "Adults with symptomatic femoropopliteal PAD, Rutherford 2 to 4.",
        "cecp": "PaxiFlow 035 is a class III implantable device; the clinical evaluation consultation procedure of "
                "Article 54(1)(a) has therefore been initiated, in addition to the consultation of the medicines "
                "authority on paclitaxel.",
        "assess": [
            "Pivotal RCT PAXI-FP with the device; CEP criteria reported in the CER and met at 12 months; "
            "mortality followed to 5 years in PMCF.",
        ],
        "br": "Acceptable.",
        "pmcf": "Adequate, with mortality surveillance to 5 years.",
        "ifu": "IFU (EN, NL, ES) and SSCP reviewed.",
        "concl": "Favourable conclusion.",
    },
    "tr": {
        "nl": {
            "desc": "Over-the-wire PTA-ballonkatheter, compatibel met een 0,035\"-voerdraad, met een coating van "
                    "paclitaxel (3,0 µg/mm²) in een hulpstof van sorbitol en polysorbaat.",
            "ip": "PaxiFlow 035 is bedoeld voor percutane transluminale angioplastiek, na adequate predilatatie, "
                  "van de novo of restenotische laesies van de arteria femoralis superficialis en de arteria "
                  "poplitea, om de doorgankelijkheid van het vat te herstellen en te behouden.",
            "indications": [
                "Symptomatisch perifeer arterieel vaatlijden, Rutherford-categorie 2 tot 4",
                "De novo of niet-gestente restenotische laesies tot 200 mm, referentiediameter 4 tot 7 mm",
            ],
            "contra": [
                "Bekende overgevoeligheid voor paclitaxel",
                "Zwangere vrouwen of vrouwen die borstvoeding geven",
                "Onvermogen om plaatjesremmers of antistolling te krijgen",
                "Laesies die niet met een voerdraad gepasseerd of gepredilateerd kunnen worden",
            ],
            "population": "Volwassenen (18 jaar en ouder) met symptomatisch femoropopliteaal vaatlijden.",
            "users_setting": "Interventieradiologen, vaatchirurgen en angiologen; angiografiekamers van ziekenhuizen.",
            "warnings": [
                "Predilateer de laesie met een niet-gecoate ballon.",
                "Inflateer minstens 3 minuten; gebruik de ballon niet opnieuw in een andere laesie.",
                "Overschrijd de nominale barstdruk niet (14 atm voor 4–6 mm; 12 atm voor 7 mm).",
                "Informeer patiënten over de onzekerheid van de langetermijneffecten van paclitaxel.",
            ],
            "steps": [
                "Kies een ballon 1:1 ten opzichte van de referentiediameter.",
                "Breng de ballon binnen 2 minuten naar de laesie.",
                "Inflateer minstens 3 minuten op nominale druk.",
                "Controle-angiografie; bail-out stent bij flowbeperkende dissectie.",
            ],
            "side_effects": ["Dissectie, perforatie, pseudo-aneurysma", "Acute trombose, distale embolisatie",
                             "Hematoom of bloeding op de punctieplaats", "Allergische reactie"],
            "specs": [
                ("Geneesmiddel", "Paclitaxel"),
                ("Dosisdichtheid", "3,0 µg/mm²"),
                ("Diameters / lengtes", "4,0 tot 7,0 mm / 40 tot 200 mm"),
                ("Nominale druk", "8 atm"),
            ],
        },
        "es": {
            "desc": "Catéter balón de ATP over-the-wire, compatible con guía de 0,035\", recubierto de paclitaxel "
                    "(3,0 µg/mm²) en un excipiente de sorbitol y polisorbato.",
            "ip": "PaxiFlow 035 está destinado a la angioplastia transluminal percutánea, tras una predilatación "
                  "adecuada, de lesiones de novo o reestenóticas de las arterias femoral superficial y poplítea, "
                  "para restablecer y mantener la permeabilidad del vaso.",
            "indications": [
                "Enfermedad arterial periférica sintomática, categoría de Rutherford 2 a 4",
                "Lesiones de novo o reestenóticas no tratadas con stent de hasta 200 mm, diámetro de referencia de 4 a 7 mm",
            ],
            "contra": [
                "Hipersensibilidad conocida al paclitaxel",
                "Mujeres embarazadas o en periodo de lactancia",
                "Imposibilidad de recibir antiagregación o anticoagulación",
                "Lesiones que no pueden atravesarse con una guía o predilatarse",
            ],
            "population": "Adultos (18 años o más) con enfermedad arterial femoropoplítea sintomática.",
            "users_setting": "Radiólogos intervencionistas, cirujanos vasculares y angiólogos; salas de "
                             "angiografía hospitalarias.",
            "warnings": [
                "Predilatar la lesión con un balón no recubierto.",
                "Inflar durante al menos 3 minutos; no reutilizar el balón en otra lesión.",
                "No superar la presión nominal de rotura (14 atm para 4–6 mm; 12 atm para 7 mm).",
                "Informar a los pacientes de la incertidumbre sobre los efectos a largo plazo del paclitaxel.",
            ],
            "steps": [
                "Elegir un balón 1:1 respecto al diámetro de referencia.",
                "Llevar el balón a la lesión en menos de 2 minutos.",
                "Inflar a presión nominal durante al menos 3 minutos.",
                "Angiografía de control; stent de rescate si hay disección que limita el flujo.",
            ],
            "side_effects": ["Disección, perforación, pseudoaneurisma", "Trombosis aguda, embolización distal",
                             "Hematoma o sangrado en el sitio de acceso", "Reacción alérgica"],
            "specs": [
                ("Fármaco", "Paclitaxel"),
                ("Densidad de dosis", "3,0 µg/mm²"),
                ("Diámetros / longitudes", "4,0 a 7,0 mm / 40 a 200 mm"),
                ("Presión nominal", "8 atm"),
            ],
        },
    },
    "docs": {
        "CEP": {"file": "PF-CEP-01_v1.3.md", "no": "PF-CEP-01", "rev": "v1.3", "date": "18/05/2021"},
        "CER": {"file": "PF-CER-01_v2.1_CER.docx", "no": "PF-CER-01", "rev": "v2.1", "date": "26/02/2024",
                "author": "J. de Wit (RA), dr. S. Peeters (vascular surgery)"},
        "PMCF-plan": {"file": "PF-PMCF-01_v1.0.docx", "no": "PF-PMCF-01", "rev": "v1.0", "date": "26/02/2024"},
        "IFU-en": {"file": "PaxiFlow035_IFU_EN.pdf", "no": "PF-IFU-EN", "rev": "C", "date": "01/2024"},
        "IFU-nl": {"file": "PaxiFlow035_IFU_NL.pdf", "no": "PF-IFU-NL", "rev": "C", "date": "01/2024"},
        "IFU-es": {"file": "PaxiFlow035_IFU_ES.docx", "no": "PF-IFU-ES", "rev": "C", "date": "01/2024"},
        "SSCP": {"file": "PF-SSCP-01_SSCP_PaxiFlow035.pdf", "no": "PF-SSCP-01", "rev": "1.0", "date": "26/02/2024"},
        "CEAR": {"file": "DDC-3201_CEAR_PaxiFlow035.pdf", "no": "DDC-CEAR-24-018", "rev": "1", "date": "03/05/2024"},
    },
    "style": {
        "all": {"num": "dot", "pop_as": "prose"},
        "CER": {"num": "para", "box": True, "ip_title": "Intended purpose and indications"},
        "IFU": {"num": "none", "hf": ("Endovia Medical B.V. – PaxiFlow 035", "PF-IFU rev. C")},
        "SSCP": {"font": "serif"},
        "CEAR": {"num": "none", "hf": ("Dutch Device Certification – NB 3201", "Confidential")},
    },
}

LABELS = [
    {
        "defect": "transient_balloon_called_implantable_for_cecp", "category": "scope",
        "docs": ["CEAR", "CER"],
        "quotes": ["PaxiFlow 035 is a class III implantable device; the clinical evaluation consultation procedure",
                   "is not implantable; the clinical evaluation consultation procedure of Article 54(1) therefore does not apply"],
        "description": "The CEAR treats the transient-use balloon as a class III implantable device under Art. "
                       "54(1)(a); the CER (correctly) states it is not implantable, so the CECP does not apply "
                       "and only the Annex IX § 5.2 medicinal consultation does.",
        "accept": ["device-identity"],
    },
    {
        "defect": "paclitaxel_dose_density_differs", "category": "specification",
        "docs": ["IFU-en", "CER"],
        "quotes": ["3,0 µg/mm² of balloon surface", "paclitaxel at a nominal dose density of 2,0 µg/mm²"],
        "description": "The IFU (EN, NL, ES) state 3,0 µg/mm² paclitaxel, the CER 2,0 µg/mm²; the drug dose of "
                       "the evaluated device is unclear.",
        "accept": [],
    },
    {
        "defect": "eliminates_restenosis_no_mortality_risk", "category": "claim",
        "docs": ["CER"],
        "quotes": ["eliminates restenosis of the femoropopliteal segment and carries no mortality risk at any",
                   "Primary patency at 12 months 84,2 % vs 61,0 %"],
        "description": "Absolute claims (elimination of restenosis, no mortality risk at any time) contradict the "
                       "12-month patency of 84 % and the open question of late paclitaxel mortality.",
        "accept": ["evidence"],
    },
]
