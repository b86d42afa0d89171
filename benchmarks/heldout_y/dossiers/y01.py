"""y01 – retrievable inferior vena cava filter (class III implantable, CECP applies). Defective."""
NAME = "VenaGuard RX Retrievable Vena Cava Filter"
S = {
    "id": "y01_ivc_filter", "name": NAME, "cls": "III", "rule": "Rule 8",
    "device_label": "VenaGuard RX – retrievable nitinol inferior vena cava filter",
    "desc": "retrievable nitinol inferior vena cava filter with femoral/jugular delivery system",
    "manufacturer": "Sahyadri Vascular Technologies Pvt. Ltd.", "city": "Pune",
    "address": "Plot 44, MIDC Bhosari, Pune 411026, India", "nb_mark": "CE 2265",
    "nb": "Dutch Certification Institute for Medical Devices B.V. (NB 2265)",
    "cro": "Kaveri Clinical Research Services LLP, Bengaluru",
    "writer": "Dr. Ananya Raghunathan", "reviewer": "Dr. Suresh Hegde", "approver": "Mr. Nitin Kulkarni",
    "specialty": "interventional radiology",
    "udi": "8904123VGRX01QK", "udi@IFU": "8904123VGRX02QM",
    "cecp": True, "cecp_reason": "the filter is a class III implantable device as per Article 54(1)(a)",
    "cutoff": "31st January 2025",
    "docs": {"CEP": {"code": "SVT-CEP-014", "rev": "02", "date": "12th August 2024"},
             "CER": {"code": "SVT-CER-014", "rev": "03", "date": "15th March 2025"},
             "PMCF": {"code": "SVT-PMCF-014", "rev": "02", "date": "15th March 2025"},
             "IFU": {"code": "SVT-IFU-014", "rev": "05", "date": "3rd March 2025"},
             "SSCP": {"code": "SVT-SSCP-014", "rev": "01", "date": "15th March 2025"},
             "CEAR": {"code": "DCI-CEAR-24-0871", "rev": "1", "date": "22nd April 2025"}},
    "files": [("SVT-CEP-014_Rev02_Clinical_Evaluation_Plan.docx", "CEP", "en", "docx"),
              ("SVT-CER-014_Rev03_CER_VenaGuard_RX.pdf", "CER", "en", "pdf"),
              ("SVT-PMCF-014_Rev02_PMCF_Plan.docx", "PMCF-plan", "en", "docx"),
              ("SVT-IFU-014_Rev05_EN.pdf", "IFU", "en", "pdf"),
              ("SVT-IFU-014_Rev05_FR.pdf", "IFU", "fr", "pdf"),
              ("SVT-IFU-014_Rev05_NL.pdf", "IFU", "nl", "pdf"),
              ("SVT-SSCP-014_Rev01_SSCP.md", "SSCP", "en", "md"),
              ("DCI-CEAR-24-0871_VenaGuard_RX.pdf", "CEAR", "en", "pdf")],
    "models": [("VG-RX-F", "Filter with femoral delivery system, 8.5 Fr sheath, 55 cm"),
               ("VG-RX-J", "Filter with jugular delivery system, 8.5 Fr sheath, 55 cm"),
               ("VG-RS-01", "Retrieval snare kit, 11 Fr")],
    "description": ("The VenaGuard RX is a self-expanding, conical filter laser cut from a single nitinol tube "
                    "having 12 struts viz. 6 anchoring legs with caudal hooks and 6 centring arms, and a "
                    "retrieval hook at the apex. The filter is pre-loaded in a cartridge and delivered through "
                    "an 8.5 Fr introducer sheath via the femoral or jugular vein, and/or retrieved using the "
                    "dedicated 11 Fr snare kit. The same is MR Conditional at 3 T."),
    "purpose": ("The VenaGuard RX is intended for the prevention of recurrent pulmonary embolism (PE) by "
                "temporary or permanent placement in the infrarenal inferior vena cava (IVC) of adult pts. in "
                "whom anticoagulation is contraindicated, has failed or has to be interrupted."),
    "indications": ["Acute proximal deep vein thrombosis (DVT) and/or PE with contraindication to anticoagulation",
                    "Recurrent PE despite adequate anticoagulation",
                    "Complication of anticoagulation requiring its discontinuation"],
    "contraindications": ["IVC diameter more than 28 mm",
                          "Thrombus extending upto the intended implantation site",
                          "Uncorrectable severe coagulopathy and/or active bacteraemia",
                          "Primary prophylactic placement in trauma pts. without documented venous thromboembolism",
                          "Known hypersensitivity to nickel or titanium"],
    "population": "Adult pts. (18 years and above) with IVC diameter between 15 mm and 28 mm.",
    "users": "The device shall be implanted and retrieved only by interventional radiologists and/or vascular "
             "surgeons trained in IVC filter procedures, in a hospital catheterisation laboratory.",
    "tech": [("Material", "Nitinol (NiTi), electropolished"), ("Filter length (deployed)", "52 mm"),
             ("Suitable IVC diameter", "15–28 mm"), ("Introducer sheath", "8.5 Fr, 55 cm"),
             ("Retrieval window (recommended)", "upto 180 days"), ("MRI", "MR Conditional, 1.5 T and 3 T")],
    "outcomes": [("Technical success of placement", "≥ 97 %"), ("Clinical success: freedom from symptomatic recurrent PE at 6 months", "≥ 95 %"),
                 ("Technical success of retrieval", "≥ 90 %"), ("Filter fracture, migration > 2 cm, IVC penetration > 3 mm", "each ≤ 3 %")],
    "br_criteria": "The benefit-risk shall be acceptable if all criteria of Table 1 are met and the rate of "
                   "symptomatic IVC thrombosis does not exceed 4 % at 6 months, as per the SOTA benchmarks "
                   "derived in Section 5 of the CER.",
    "dev_plan": "Clinical data shall come from the manufacturer's pre-market investigation VG-CIP-01 (India, "
                "6 sites) together with the PRESERVE-type literature on retrievable conical filters; no "
                "equivalence is claimed.",
    "search": "Search strings: (\"vena cava filter\" OR \"IVC filter\") AND (retriev* OR optional) AND "
              "(pulmonary embolism). Period 1st January 2010 to 31st January 2025; English language; "
              "human studies only.",
    "summary": "The clinical evaluation of the VenaGuard RX demonstrates conformity with GSPR 1, 6 and 8 based "
               "upon one pre-market investigation (120 pts.) and literature on retrievable conical filters "
               "covering more than 1,20,000 filter implantations.",
    "sota": ["Anticoagulation remains the standard treatment for venous thromboembolism. Current ESC 2019 and "
             "CHEST guidelines recommend IVC filters only wherein anticoagulation is contraindicated, and "
             "recommend timely retrieval once the same can be resumed.",
             "Published benchmarks for retrievable filters are: technical placement success 97–100 %, "
             "recurrent PE 1–4 %, IVC thrombosis 2–4 %, fracture 0–3 %, and retrieval success 85–95 % "
             "when retrieval is attempted within 6 months.",
             "Alternative options viz. anticoagulation, catheter-directed thrombolysis and permanent filters "
             "are considered in Section 8."],
    "appraisal": "Out of 1,482 records screened, 31 publications were appraised as per MEDDEV 2.7/1 Rev. 4; "
                 "14 were rated pivotal. The manufacturer's investigation VG-CIP-01 (CTRI/2021/05/033412) was "
                 "conducted as per ISO 14155:2020.",
    "studies": [("VG-CIP-01 (own device)", "Prospective, single-arm, multicentre", "120", "6 months (retrieval cohort upto 12 months)", "Placement success 100 %; recurrent PE 1.7 %; retrieval success 92.4 %"),
                ("Literature, conical retrievable filters (14 pubs.)", "Systematic review", "6,842", "1–24 months", "Recurrent PE 2.1 %; IVC thrombosis 2.8 %"),
                ("Indian Filter Registry (own device, 2023–24)", "Registry", "211", "upto 12 months", "No fracture; migration 0.5 %")],
    "study_prose": ["In VG-CIP-01 all 120 pts. received the filter successfully (femoral 84, jugular 36). Two "
                    "pts. (1.7 %) had symptomatic recurrent PE within 6 months; neither event was fatal. "
                    "Retrieval was attempted in 92 pts. and was successful in 85 (92.4 %) at a median dwell of "
                    "64 days.",
                    "The maximum follow-up available for the own device is 12 months, viz. the retrieval "
                    "cohort of VG-CIP-01 and the Indian Filter Registry."],
    "results": [("Technical success of placement", "≥ 97 %", "100 %", "Yes"),
                ("Freedom from symptomatic recurrent PE at 6 months", "≥ 95 %", "98.3 %", "Yes"),
                ("Technical success of retrieval", "≥ 90 %", "92.4 %", "Yes"),
                ("Fracture / migration / penetration", "each ≤ 3 %", "0 % / 0.8 % / 2.5 %", "Yes")],
    "safety": "Adverse events observed in VG-CIP-01 and the registry were within SOTA ranges. Residual risks "
              "identified in the risk management file SVT-RMF-014 are:",
    "risks": ["IVC thrombosis and/or occlusion", "Filter migration, tilt or embolisation",
              "Strut fracture and IVC wall penetration", "Failed retrieval", "Access-site haematoma",
              "Recurrent PE despite filter"],
    "br": "Considering the high risk of fatal PE in pts. who cannot be anticoagulated, the benefits outweigh "
          "the residual risks and the overall benefit-risk is acceptable.",
    "open_q": "long-term dwell outcomes beyond 12 months and retrieval success beyond 180 days",
    "conclusion": "The clinical evidence is sufficient to demonstrate conformity with the relevant GSPRs for the "
                  "intended purpose, subject to the PMCF activities described.",
    "extra": {("CER", "br"): ["Based upon the above, it is concluded that the VenaGuard RX permanently "
                              "eliminates the risk of pulmonary embolism in every pt. in whom the same is "
                              "correctly deployed."],
              ("CER", "pmcf"): ["The data presented herewith confirm that the VenaGuard RX is safe for permanent "
                                "implantation upto 10 years without any need for retrieval."]},
    "pmcf_obj": ["To confirm the rates of recurrent PE, IVC thrombosis and filter fracture upto 36 months of dwell",
                 "To confirm retrieval success beyond 180 days of dwell",
                 "To identify any emerging residual risks w.r.t. the jugular delivery system"],
    "pmcf_design": "Prospective, multicentre registry VG-REG-02 in India and the EU (Netherlands, France), with "
                   "duplex ultrasound at 1, 6, 12 months and CT cavography at retrieval or 24 months.",
    "pmcf_pop": "Adult pts. (18 years and above) receiving the VenaGuard RX as per the IFU indications.",
    "pmcf_n": "A sample of 300 pts. provides a 95 % confidence interval half-width of ±1.8 % for an expected "
              "recurrent PE rate of 3 % (Wilson method), allowing 15 % loss to follow-up.",
    "pmcf_end": [("Symptomatic recurrent PE", "Primary", "12, 24, 36 months"),
                 ("IVC thrombosis (duplex)", "Secondary", "1, 6, 12 months"),
                 ("Fracture / migration / penetration (CT)", "Secondary", "At retrieval or 24 months"),
                 ("Retrieval success", "Secondary", "At retrieval")],
    "pmcf_time": [("First pt. in", "June 2025"), ("Interim report", "June 2026"), ("Final report", "December 2028")],
    "ifu_en": {"desc": "The VenaGuard RX is a self-expanding conical nitinol filter with a retrieval hook, "
                       "supplied pre-loaded with a femoral or jugular delivery system (8.5 Fr).",
               "purpose": "Prevention of recurrent pulmonary embolism by temporary or permanent placement in "
                          "the infrarenal IVC of adult pts. in whom anticoagulation is contraindicated, has "
                          "failed or has to be interrupted.",
               "ind": ["Acute proximal DVT and/or PE with contraindication to anticoagulation",
                       "Recurrent PE despite adequate anticoagulation",
                       "Complication of anticoagulation requiring its discontinuation"],
               "ci": ["IVC diameter more than 28 mm", "Thrombus extending upto the intended implantation site",
                      "Uncorrectable severe coagulopathy and/or active bacteraemia",
                      "Primary prophylactic placement in trauma pts. without documented venous thromboembolism",
                      "Known hypersensitivity to nickel or titanium"],
               "pop": "Adults (18 years and above) with IVC diameter 15–28 mm. For use by trained "
                      "interventional radiologists and/or vascular surgeons in a hospital setting.",
               "warn": ["Kindly measure the IVC diameter by cavography before deployment.",
                        "Retrieval should be considered as soon as anticoagulation can be resumed; the recommended retrieval window is upto 180 days.",
                        "Do not re-load a partially deployed filter."],
               "se": ["IVC thrombosis or occlusion", "Filter migration, tilt or embolisation",
                      "Strut fracture, IVC penetration", "Failed retrieval", "Access-site haematoma",
                      "Recurrent PE"],
               "tech": [("Material", "Nitinol"), ("Suitable IVC diameter", "15–28 mm"),
                        ("Sheath", "8.5 Fr, 55 cm"), ("Deployed length", "52 mm"), ("MRI", "MR Conditional 3 T")],
               "steps": ["Perform cavography and confirm renal vein level and IVC diameter.",
                         "Advance the sheath over a guide wire to 2 cm below the lowest renal vein.",
                         "Insert the cartridge and push the filter to the sheath tip.",
                         "Withdraw the sheath to deploy; confirm position by cavography.",
                         "For retrieval, engage the hook with the snare from the jugular approach and sheath the filter."]},
    "tr": {
        "fr": {"desc": "Le VenaGuard RX est un filtre conique auto-expansible en nitinol muni d'un crochet de "
                       "récupération, fourni préchargé avec un système de pose fémoral ou jugulaire (8,5 Fr).",
               "purpose": "Prévention de l'embolie pulmonaire récidivante par mise en place temporaire ou "
                          "permanente dans la veine cave inférieure sous-rénale de patients adultes chez qui "
                          "l'anticoagulation est contre-indiquée, a échoué ou doit être interrompue.",
               "ind": ["TVP proximale aiguë et/ou EP avec contre-indication à l'anticoagulation",
                       "EP récidivante malgré une anticoagulation adéquate",
                       "Complication de l'anticoagulation nécessitant son arrêt",
                       "Prophylaxie primaire chez les patients polytraumatisés à haut risque, même sans maladie thromboembolique documentée"],
               "ci": ["Diamètre de la VCI supérieur à 28 mm", "Thrombus s'étendant jusqu'au site d'implantation",
                      "Coagulopathie sévère non corrigible et/ou bactériémie active",
                      "Hypersensibilité connue au nickel ou au titane"],
               "pop": "Adultes (18 ans et plus) avec un diamètre de VCI de 15 à 28 mm. Utilisation par des "
                      "radiologues interventionnels et/ou chirurgiens vasculaires formés, en milieu hospitalier.",
               "warn": ["Mesurer le diamètre de la VCI par cavographie avant la pose.",
                        "Envisager le retrait dès que l'anticoagulation peut être reprise ; fenêtre recommandée jusqu'à 180 jours.",
                        "Ne pas recharger un filtre partiellement déployé."],
               "se": ["Thrombose ou occlusion de la VCI", "Migration, inclinaison ou embolisation du filtre",
                      "Fracture de branche, pénétration de la VCI", "Échec du retrait", "Hématome au point de ponction",
                      "EP récidivante"],
               "tech": [("Matériau", "Nitinol"), ("Diamètre de VCI compatible", "15–28 mm"),
                        ("Gaine", "8,5 Fr, 55 cm"), ("Longueur déployée", "52 mm"), ("IRM", "Compatible IRM sous conditions 3 T")],
               "steps": ["Réaliser une cavographie et confirmer le niveau des veines rénales et le diamètre de la VCI.",
                         "Avancer la gaine sur un guide jusqu'à 2 cm sous la veine rénale la plus basse.",
                         "Insérer la cartouche et pousser le filtre jusqu'à l'extrémité de la gaine.",
                         "Retirer la gaine pour déployer ; contrôler la position par cavographie.",
                         "Pour le retrait, saisir le crochet avec le lasso par voie jugulaire et gainer le filtre."]},
        "nl": {"desc": "De VenaGuard RX is een zelfexpanderend conisch nitinol filter met een ophaalhaak, "
                       "voorgeladen geleverd met een femoraal of jugulair plaatsingssysteem (8,5 Fr).",
               "purpose": "Preventie van recidiverende longembolie door tijdelijke of permanente plaatsing in de "
                          "infrarenale vena cava inferior bij volwassen patiënten bij wie antistolling "
                          "gecontra-indiceerd is, gefaald heeft of onderbroken moet worden.",
               "ind": ["Acute proximale DVT en/of longembolie met contra-indicatie voor antistolling",
                       "Recidiverende longembolie ondanks adequate antistolling",
                       "Complicatie van antistolling waarvoor staken noodzakelijk is"],
               "ci": ["Diameter van de VCI groter dan 28 mm", "Trombus tot aan de beoogde implantatieplaats",
                      "Niet-corrigeerbare ernstige coagulopathie en/of actieve bacteriëmie",
                      "Primaire profylactische plaatsing bij traumapatiënten zonder aangetoonde veneuze trombo-embolie",
                      "Bekende overgevoeligheid voor nikkel of titanium"],
               "pop": "Volwassenen (18 jaar en ouder) met een VCI-diameter van 15–28 mm. Voor gebruik door "
                      "getrainde interventieradiologen en/of vaatchirurgen in het ziekenhuis.",
               "warn": ["Meet de VCI-diameter met cavografie vóór plaatsing.",
                        "Overweeg verwijdering zodra antistolling hervat kan worden; aanbevolen venster tot 180 dagen.",
                        "Laad een gedeeltelijk ontplooid filter niet opnieuw."],
               "se": ["Trombose of occlusie van de VCI", "Migratie, kanteling of embolisatie van het filter",
                      "Breuk van een poot, perforatie van de VCI", "Mislukte verwijdering", "Hematoom op de punctieplaats",
                      "Recidiverende longembolie"],
               "tech": [("Materiaal", "Nitinol"), ("Geschikte VCI-diameter", "15–28 mm"),
                        ("Sheath", "8,5 Fr, 55 cm"), ("Lengte ontplooid", "52 mm"), ("MRI", "MR-conditioneel 3 T")],
               "steps": ["Voer een cavografie uit en bevestig het niveau van de niervenen en de VCI-diameter.",
                         "Voer de sheath over een voerdraad op tot 2 cm onder de laagste nierader.",
                         "Plaats de cartridge en duw het filter naar de tip van de sheath.",
                         "Trek de sheath terug om te ontplooien; controleer de positie met cavografie.",
                         "Voor verwijdering de haak via jugulaire toegang met de snaar vangen en het filter insheathen."]},
    },
    "sscp": {"risks": ["IVC thrombosis or occlusion (about 3 in 100 pts.)", "Filter migration, tilt or embolisation",
                       "Strut fracture and IVC penetration", "Failed retrieval", "Access-site haematoma", "Recurrent PE"],
             "clin": "One pre-market investigation in 120 pts. (6 months, retrieval cohort upto 12 months) showed "
                     "100 % placement success, 1.7 % recurrent PE and 92.4 % retrieval success. A PMCF registry of "
                     "300 pts. with 36 months follow-up is ongoing.",
             "alt": "Anticoagulation (first choice), permanent IVC filters, and/or catheter-directed therapy.",
             "users": "Interventional radiologists and vascular surgeons with IVC filter training."},
    "cear": {"assessor": "ir. J. (Jeroen) van der Heijden, clinical reviewer", "appl": "DCI-24-0871",
             "docs": "CEP Rev. 02, CER Rev. 03, PMCF Plan Rev. 02, IFU Rev. 05 (EN/FR/NL), SSCP Rev. 01",
             "desc": "Retrievable conical nitinol IVC filter, femoral and jugular delivery, 8.5 Fr.",
             "assess": ["Clinical data: one single-arm investigation (120 pts.) and literature. No equivalence "
                        "claimed. Follow-up for the own device is 6 to 12 months.",
                        "The acceptance criteria in the CEP are derived from the SOTA and are met."],
             "ncs": ["NC-01 | Level: Minor | Requirement: Annex XIV Part A 1(a) | Observation: The literature search "
                     "protocol does not give the exclusion of case reports explicitly. | Expected action: "
                     "Manufacturer must add the exclusion criteria to Annexure I of the CEP.",
                     "NC-02 | Level: Minor | Requirement: Annex XIV Part B 6.2 | Observation: Not clear is why CT "
                     "cavography is scheduled only at 24 months. | Expected action: Justify the imaging schedule."],
             "concl": "The clinical evaluation is acceptable subject to closure of the minor NCs. Since the device "
                      "is class III implantable, the file is forwarded for the CECP as per Article 54(1)."},
}

IFU_EN, IFU_FR = "SVT-IFU-014_Rev05_EN.pdf", "SVT-IFU-014_Rev05_FR.pdf"
CER, PMCF = "SVT-CER-014_Rev03_CER_VenaGuard_RX.pdf", "SVT-PMCF-014_Rev02_PMCF_Plan.docx"
LABELS = [
    {"defect": "basic_udi_di_mismatch_ifu_vs_pmcf", "category": "device-identity", "rule": None,
     "documents": [IFU_EN, PMCF],
     "quotes": ["CE 2265 | Basic UDI-DI: 8904123VGRX02QM",
                "Retrievable Vena Cava Filter, Basic UDI-DI 8904123VGRX01QK"],
     "description": "The Basic UDI-DI printed in the IFU (…02QM) differs from the one in the PMCF plan, CER and SSCP (…01QK).",
     "accept": ["documentation"]},
    {"defect": "absolute_claim_eliminates_pe", "category": "claim", "rule": None, "documents": [CER],
     "quotes": ["the VenaGuard RX permanently eliminates the risk of pulmonary embolism in every pt."],
     "description": "The CER claims the filter permanently eliminates PE risk in every patient, contradicted by its own 1.7 % recurrent PE rate.",
     "accept": ["plausibility"]},
    {"defect": "ten_year_safety_from_12_month_data", "category": "evidence", "rule": None, "documents": [CER],
     "quotes": ["safe for permanent implantation upto 10 years without any need for retrieval",
                "The maximum follow-up available for the own device is 12 months"],
     "description": "A 10-year permanent-implantation safety claim is drawn from at most 12 months of follow-up.",
     "accept": ["claim"]},
    {"defect": "fr_ifu_adds_prophylactic_trauma_indication", "category": "language", "rule": None,
     "documents": [IFU_FR, IFU_EN],
     "quotes": ["Prophylaxie primaire chez les patients polytraumatisés à haut risque, même sans maladie thromboembolique documentée",
                "Primary prophylactic placement in trauma pts. without documented venous thromboembolism"],
     "description": "The French IFU lists primary prophylaxis in trauma patients as an indication, which the English IFU lists as a contraindication.",
     "accept": ["intended-use"]},
]
