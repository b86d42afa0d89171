"""Breast tissue expander (class III implantable, Rule 8)."""

NAME = "Expandia Contour"

F = {
    "id": "j09_expander_expandia",
    "device": "Breast tissue expander",
    "cls": "III",
    "name": NAME,
    "models": "EXC-250, EXC-350, EXC-450, EXC-550, EXC-650, EXC-850 (nominal volume in mL); magnetic port finder EXC-MF",
    "udi": "3770012EXPANDIACTRG5",
    "mfr": "Silicea Medical SAS",
    "mfr_full": "Silicea Medical SAS, 12 rue de Gerland, 69007 Lyon, France",
    "srn": "FR-MF-000071128",
    "nb": "Bureau Européen de Certification Médicale (BECM), NB 3233",
    "cls_text": "Class III – Annex VIII Rule 8 (implantable device placed in the breast, indent 'breast implants')",
    "cecp": "The expander remains implanted for several months; Silicea Medical applies the 'breast implants' "
            "indent of Rule 8, hence class III. As a class III implantable device it is subject to the "
            "consultation procedure of Article 54(1)(a); no exemption of Article 54(2) applies.",
    "desc": "Expandia Contour is an anatomically shaped, smooth-surface silicone elastomer shell with a reinforced "
            "posterior base and an integrated injection port containing a neodymium magnet, located through the "
            "skin with the magnetic port finder; the expander is progressively filled with sterile saline through "
            "the port (22 G needle) to stretch the skin and muscle, and is replaced after 3 to 6 months by a "
            "permanent breast implant.",
    "ip": "Expandia Contour is intended for temporary implantation in the subpectoral or prepectoral position to "
          "expand the soft tissues of the chest wall prior to breast reconstruction with a permanent implant.",
    "indications": [
        "Immediate or delayed breast reconstruction after mastectomy, including patients who will undergo "
        "post-mastectomy radiotherapy",
        "Reconstruction of congenital breast anomalies (e.g. Poland syndrome, severe tuberous breast) in adults",
        "Revision of a previous reconstruction with insufficient tissue cover",
    ],
    "contra": [
        "Active infection anywhere in the body; untreated residual tumour at the implantation site",
        "Tissue of poor quality (e.g. severe radiation damage, ulceration) that cannot be expanded",
        "Pregnancy or breast-feeding",
        "Patients with an implanted pacemaker, defibrillator or other active implant (magnetic port)",
    ],
    "population": "Women aged 18 years and above requiring breast reconstruction.",
    "users_setting": "Plastic and reconstructive surgeons; implantation in the operating room of a hospital or "
                     "clinic; filling sessions in the surgeon's outpatient consultation.",
    "benefits": [
        ("Creation of a pocket for reconstruction", "Proportion of patients reaching planned volume and exchanged for "
                                                    "a permanent implant"),
        ("Satisfaction with the reconstructed breast", "BREAST-Q reconstruction module"),
    ],
    "criteria": [
        ("Successful expansion and exchange", "≥ 85 % at 6 months", "Literature 85–95 %"),
        ("Expander loss (infection, extrusion)", "≤ 10 % (non-irradiated); ≤ 20 % (irradiated)", "Literature"),
        ("Port malfunction / leakage", "≤ 2 %", "SOTA expanders"),
    ],
    "cep_scope": "Plan for the clinical evaluation of Expandia Contour under Regulation (EU) 2017/745, initial "
                 "certification.",
    "cdp": "Evidence from (1) the pre-market investigation EXC-CI-01 (n = 112 women, 123 expanders, follow-up to "
           "exchange and 6 months after), (2) literature on tissue-expander reconstruction, (3) PMCF.",
    "search": "PubMed, Embase (01/2010–12/2023): (tissue expander) AND (breast reconstruction); 702 records; 25 "
              "retained after appraisal.",
    "cep_pmcf": "PMCF registry (plan EXC-PMCF-01).",
    "cer_summary": "Expandia Contour allowed successful expansion and exchange in 91,9 % of expanders in EXC-CI-01; "
                   "complication rates are within the state of the art, including in irradiated patients; "
                   "benefit-risk favourable.",
    "sota": [
        "Two-stage implant-based reconstruction with a tissue expander is the most common technique of breast "
        "reconstruction in Europe [1]. Complications include infection (5–15 %), seroma, skin necrosis, "
        "extrusion and expander loss; post-mastectomy radiotherapy increases them two- to three-fold [2, 3].",
        "Prepectoral placement with acellular dermal matrix or mesh has become frequent; outcomes are similar to "
        "subpectoral placement in recent series [4].",
    ],
    "studies": [
        ("[2]", "Prospective cohort", "1 531", "Women, expander/implant", "2 years", "Complications 26–31 %"),
        ("[3]", "Meta-analysis", "5 000+", "PMRT vs no PMRT", "Variable", "Reconstruction failure OR 2,6"),
        ("[4]", "Retrospective", "406", "Prepectoral vs subpectoral", "1 year", "Similar complication rates"),
        ("[5]", "EXC-CI-01", "112 (123 TE)", "Women 26–71 y, 31 irradiated", "Exchange + 6 months",
         "Success 91,9 %; loss 6,5 %"),
    ],
    "own_data": "EXC-CI-01 (5 French and Belgian hospitals, 2021–2023): 112 women, 123 expanders (87 subpectoral, 36 "
                "prepectoral); 31 women received radiotherapy. Successful expansion and exchange: 113/123 (91,9 %); "
                "expander loss 8/123 (6,5 %), of which 5 in irradiated patients (5/34 expanders, 14,7 %); port "
                "malfunction 1/123 (0,8 %); BREAST-Q satisfaction with breasts 64 (mean) at 6 months after exchange.",
    "pms": "No market history.",
    "results": [
        ("Successful exchange ≥ 85 %", "91,9 %", "Met"),
        ("Loss ≤ 10 % / ≤ 20 % (irradiated)", "6,5 % overall; 14,7 % irradiated", "Met"),
        ("Port malfunction ≤ 2 %", "0,8 %", "Met"),
    ],
    "claims": [
        "Successful expansion and exchange in about 9 out of 10 expanders [5]",
        "Magnetic port locatable through up to 25 mm of tissue (bench)",
    ],
    "br": "The expander is a necessary step of two-stage reconstruction; its risks (infection, extrusion, "
          "seroma, pain) are within the state of the art; favourable benefit-risk, also for irradiated patients, "
          "who need specific information.",
    "residual": [
        "Infection, expander loss, extrusion",
        "Seroma, haematoma, skin necrosis",
        "Pain during expansion",
        "Port leakage or malfunction; deflation",
        "Interference with MRI and with active implants (magnet)",
    ],
    "cer_pmcf": "PMCF to confirm loss rates in irradiated and prepectoral patients and long-term outcomes after "
                "exchange.",
    "conclusion": "Conformity with the relevant GSPR is established for the intended purpose.",
    "refs": [
        "Cordeiro PG, Jazayeri L. Two-stage implant-based breast reconstruction: an evolution of the conceptual "
        "and technical approach over a two-decade period. Plast Reconstr Surg. 2016;138(1):1-11.",
        "Wilkins EG, Hamill JB, Kim HM, et al. Complications in postmastectomy breast reconstruction: one-year "
        "outcomes of the Mastectomy Reconstruction Outcomes Consortium (MROC) study. Ann Surg. "
        "2018;267(1):164-70.",
        "Ricci JA, Epstein S, Momoh AO, et al. A meta-analysis of implant-based breast reconstruction and timing "
        "of adjuvant radiation therapy. J Surg Res. 2017;218:108-16.",
        "Nahabedian MY, Cocilovo C. Two-stage prosthetic breast reconstruction: a comparison between prepectoral "
        "and partial subpectoral techniques. Plast Reconstr Surg. 2017;140(6S):22S-30S.",
        "Silicea Medical SAS. EXC-CI-01 clinical investigation report, final, 09/01/2024.",
    ],
    "warnings": [
        "MR Unsafe: the injection port contains a magnet; MRI is contraindicated until the expander is removed.",
        "Patients with the expander must not pass through airport body scanners without the implant card.",
        "Use only the EXC-MF finder and 21 G or smaller needles; larger needles may cause port leakage.",
        "Radiotherapy increases the risk of infection, extrusion and capsular contracture; inform the patient.",
    ],
    "steps": [
        "Create the pocket; position the expander with the port upwards; fill intra-operatively with 10–30 % of "
        "the nominal volume.",
        "Start post-operative filling after 2 to 3 weeks, 50 to 100 mL per session, according to skin tension.",
        "If an MRI is needed during the expansion period, it can be performed once the expander has been emptied "
        "through the port.",
        "Exchange for a permanent implant 4 to 6 weeks after the last filling or after radiotherapy.",
    ],
    "side_effects": [
        "Infection, extrusion, expander loss",
        "Seroma, haematoma, skin necrosis",
        "Pain, discomfort during filling",
        "Deflation, port leakage",
    ],
    "specs": [
        ("Nominal volumes", "250 to 850 mL"),
        ("Maximum recommended overfill", "20 % of nominal volume"),
        ("Shell", "Smooth silicone elastomer, anatomical"),
        ("Port", "Integrated, magnetic (NdFeB), self-sealing"),
        ("Maximum implantation time", "6 months"),
    ],
    "pmcf": {
        "ref": "Expandia Contour; CER EXC-CER-01 rev. 2.",
        "objectives": [
            "Expander loss, infection and extrusion in prepectoral placement and after radiotherapy",
            "Port malfunction and deflation in routine use",
            "Patient satisfaction (BREAST-Q) after exchange",
        ],
        "design": "Prospective observational registry of consecutive patients.",
        "population": "Inclusion: women ≥ 18 years undergoing two-stage breast reconstruction with Expandia Contour. "
                      "Exclusion: patients who are scheduled to receive post-mastectomy radiotherapy.",
        "setting": "8 plastic surgery departments (France, Belgium, Spain, Italy).",
        "endpoints": [
            ("Expander loss", "Explant before planned exchange", "Until exchange"),
            ("Infection", "Infection requiring antibiotics or surgery", "Until exchange"),
            ("Port", "Malfunction, leakage", "Until exchange"),
            ("BREAST-Q", "Satisfaction with breasts", "6 and 12 months after exchange"),
        ],
        "n": "250 women; an expander loss of 8 % estimated with 95 % CI ± 3,4 %.",
        "timeline": [
            ("First inclusion", "Q1 2025"),
            ("Interim report", "Q2 2026"),
            ("Final report", "Q4 2027"),
        ],
        "report": "Yearly PMCF evaluation report feeding the CER, the SSCP and the PSUR.",
    },
    "sscp": {
        "clin": "The clinical investigation EXC-CI-01 included XXX patients; successful expansion and exchange was "
                "obtained in 91,9 % of expanders.",
        "pmcf": "A registry will follow 250 women until 12 months after exchange.",
        "users": "Plastic and reconstructive surgeons.",
        "warnings": [
            "MR Unsafe: the injection port contains a magnet; MRI is contraindicated until the expander is removed.",
            "Radiotherapy increases the risk of infection, extrusion and capsular contracture; inform the patient.",
        ],
    },
    "cear": {
        "cer_ref": "EXC-CER-01 rev. 2 of 22/02/2024",
        "pop": "Adult women (≥ 18 years) requiring breast reconstruction, including after radiotherapy.",
        "cecp": "Class III implantable (Rule 8); Article 54(1)(a) applies; no exemption.",
        "assess": [
            "EXC-CI-01 (112 women) supports safety and performance; irradiated patients were included (31). The CEP "
            "acceptance criteria are reported in the CER and met.",
        ],
        "br": "Favourable.",
        "pmcf": "The registry EXC-PMCF-01 is adequate.",
        "ifu": "IFU (EN, ES, IT) and SSCP reviewed.",
        "concl": "Favourable conclusion.",
    },
    "tr": {
        "es": {
            "desc": "Expandia Contour es una cubierta anatómica de elastómero de silicona lisa con un puerto de "
                    "inyección magnético integrado, que se llena progresivamente con solución salina.",
            "ip": "Expandia Contour está destinado a la implantación temporal en posición subpectoral o prepectoral "
                  "para expandir los tejidos blandos de la pared torácica antes de la reconstrucción mamaria con un "
                  "implante permanente.",
            "indications": [
                "Reconstrucción mamaria inmediata o diferida tras mastectomía, incluidas las pacientes que recibirán "
                "radioterapia",
                "Reconstrucción de anomalías mamarias congénitas en adultas",
                "Aumento mamario estético en mujeres sanas con tejido insuficiente",
            ],
            "contra": [
                "Infección activa; tumor residual no tratado en la zona de implantación",
                "Tejido de mala calidad que no puede expandirse",
                "Embarazo o lactancia",
                "Marcapasos, desfibrilador u otro implante activo",
            ],
            "population": "Mujeres de 18 años o más.",
            "users_setting": "Cirujanos plásticos; implantación en quirófano; llenados en consulta.",
            "warnings": [
                "No seguro para RM: el puerto contiene un imán; la RM está contraindicada hasta la retirada del expansor.",
                "Utilizar únicamente el localizador EXC-MF y agujas de 21 G o menores.",
                "La radioterapia aumenta el riesgo de infección, extrusión y contractura capsular.",
            ],
            "steps": [
                "Crear el bolsillo; colocar el expansor con el puerto hacia arriba; llenado intraoperatorio del 10–30 %.",
                "Iniciar los llenados a las 2–3 semanas, de 50 a 100 mL por sesión.",
                "Sustituir por un implante permanente 4 a 6 semanas después del último llenado.",
            ],
            "side_effects": ["Infección, extrusión, pérdida del expansor", "Seroma, hematoma, necrosis cutánea",
                             "Dolor durante el llenado", "Desinflado, fuga del puerto"],
            "specs": [
                ("Volúmenes nominales", "250 a 850 mL"),
                ("Sobrellenado máximo", "20 % del volumen nominal"),
                ("Puerto", "Integrado, magnético"),
                ("Tiempo máximo de implantación", "6 meses"),
            ],
        },
        "it": {
            "desc": "Expandia Contour è un involucro anatomico in elastomero di silicone liscio con una porta di "
                    "iniezione magnetica integrata, riempito progressivamente con soluzione fisiologica.",
            "ip": "Expandia Contour è destinato all'impianto temporaneo in posizione sottopettorale o prepettorale "
                  "per espandere i tessuti molli della parete toracica prima della ricostruzione mammaria con un "
                  "impianto permanente.",
            "indications": [
                "Ricostruzione mammaria immediata o differita dopo mastectomia, incluse le pazienti che riceveranno "
                "radioterapia",
                "Ricostruzione di anomalie mammarie congenite nelle adulte",
                "Revisione di una ricostruzione precedente con copertura tissutale insufficiente",
            ],
            "contra": [
                "Infezione attiva; tumore residuo non trattato nella sede di impianto",
                "Tessuto di cattiva qualità non espandibile",
                "Gravidanza o allattamento",
                "Pacemaker, defibrillatore o altro impianto attivo",
            ],
            "population": "Donne di età pari o superiore a 18 anni che necessitano di ricostruzione mammaria.",
            "users_setting": "Chirurghi plastici; impianto in sala operatoria; riempimenti in ambulatorio.",
            "warnings": [
                "Non sicuro per RM: la porta contiene un magnete; la RM è controindicata fino alla rimozione dell'espansore.",
                "Usare solo il localizzatore EXC-MF e aghi da 21 G o più sottili.",
                "La radioterapia aumenta il rischio di infezione, estrusione e contrattura capsulare.",
            ],
            "steps": [
                "Creare la tasca; posizionare l'espansore con la porta verso l'alto; riempimento intraoperatorio del 10–30 %.",
                "Iniziare i riempimenti dopo 2–3 settimane, da 50 a 100 mL per seduta.",
                "Sostituire con un impianto permanente 4–6 settimane dopo l'ultimo riempimento.",
            ],
            "side_effects": ["Infezione, estrusione, perdita dell'espansore", "Sieroma, ematoma, necrosi cutanea",
                             "Dolore durante il riempimento", "Sgonfiamento, perdita dalla porta"],
            "specs": [
                ("Volumi nominali", "da 250 a 850 mL"),
                ("Sovrariempimento massimo", "20 % del volume nominale"),
                ("Porta", "Integrata, magnetica"),
                ("Durata massima di impianto", "6 mesi"),
            ],
        },
    },
    "docs": {
        "CEP": {"file": "EXC-CEP-01_rev1.pdf", "no": "EXC-CEP-01", "rev": "1", "date": "02/03/2021"},
        "CER": {"file": "EXC-CER-01_rev2_Rapport_CER.pdf", "no": "EXC-CER-01", "rev": "2", "date": "22/02/2024",
                "author": "Dr A. Girard (chirurgie plastique), Affaires réglementaires"},
        "PMCF-plan": {"file": "EXC-PMCF-01_rev1_plan.md", "no": "EXC-PMCF-01", "rev": "1", "date": "22/02/2024"},
        "IFU-en": {"file": "Expandia_Contour_IFU_EN.docx", "no": "EXC-IFU-EN", "rev": "D", "date": "02/2024"},
        "IFU-es": {"file": "Expandia_Contour_IFU_ES.pdf", "no": "EXC-IFU-ES", "rev": "D", "date": "02/2024"},
        "IFU-it": {"file": "Expandia_Contour_IFU_IT.docx", "no": "EXC-IFU-IT", "rev": "D", "date": "02/2024"},
        "SSCP": {"file": "EXC-SSCP-01_SSCP.docx", "no": "EXC-SSCP-01", "rev": "1", "date": "22/02/2024"},
        "CEAR": {"file": "BECM-3233_CEAR_Expandia.docx", "no": "BECM-CEAR-2024-061", "rev": "1", "date": "29/04/2024"},
    },
    "style": {
        "all": {"num": "para", "pop_as": "prose"},
        "CER": {"hf": ("Silicea Medical SAS – EXC-CER-01 rév. 2", "Confidentiel / Confidential"), "box": True,
                "ip_title": "Destination / Intended purpose"},
        "CEP": {"hf": ("Silicea Medical SAS – EXC-CEP-01", "Confidential"), "num": "dot"},
        "IFU": {"num": "dot"},
        "CEAR": {"num": "none"},
        "PMCF-plan": {"num": "dot"},
    },
}

LABELS = [
    {
        "defect": "mri_after_emptying_contradicts_mr_unsafe", "category": "safety-instruction",
        "docs": ["IFU-en"],
        "quotes": ["it can be performed once the expander has been emptied through the port",
                   "MR Unsafe: the injection port contains a magnet; MRI is contraindicated until the expander is removed."],
        "description": "The English IFU procedure allows MRI after emptying the expander, while the magnetic port "
                       "makes the device MR Unsafe (emptying removes saline, not the magnet).",
        "accept": [],
    },
    {
        "defect": "spanish_ifu_adds_cosmetic_augmentation", "category": "language",
        "docs": ["IFU-es", "IFU-en"],
        "quotes": ["Aumento mamario estético en mujeres sanas con tejido insuficiente",
                   "Revision of a previous reconstruction with insufficient tissue cover"],
        "description": "The Spanish IFU replaces the revision indication by cosmetic augmentation in healthy "
                       "women, an indication absent from every other document and from the clinical data.",
        "accept": ["intended-use"],
    },
    {
        "defect": "pmcf_excludes_irradiated_patients", "category": "pmcf",
        "docs": ["PMCF-plan", "IFU-en"],
        "quotes": ["Exclusion: patients who are scheduled to receive post-mastectomy radiotherapy.",
                   "including patients who will undergo post-mastectomy radiotherapy"],
        "description": "The PMCF registry excludes irradiated patients although they are within the indications "
                       "and loss in irradiated patients is itself a PMCF objective.",
        "accept": ["population"],
    },
    {
        "defect": "sscp_placeholder_patient_count", "category": "template",
        "docs": ["SSCP"],
        "quotes": ["The clinical investigation EXC-CI-01 included XXX patients"],
        "description": "The SSCP leaves the number of patients as 'XXX'.",
        "accept": ["documentation"],
    },
]
