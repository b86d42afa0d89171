ID = "u09_phonofill_caha"
DEVICE = "PhonoFill CaHA – injectable calcium hydroxylapatite implant for vocal fold augmentation"
_risks = [("Transient oedema and dysphonia after injection", "18 %"),
          ("Over-injection with stiffness of the vocal fold, requiring removal", "2,4 %"),
          ("Superficial injection with reduced mucosal wave", "3,1 %"),
          ("Airway compromise requiring intervention", "0,4 %"), ("Granuloma formation", "0,8 %")]
D = {
    "name": "PhonoFill CaHA", "mfr": "Cyprus Biomaterials Ltd.",
    "addr": "Industrial Area Strovolos, Ilaroos 19, 2034 Nicosia, Cyprus", "srn": "CY-MF-000017764",
    "udi": "5290032PHONCAHA6T", "cls": "III",
    "rule": "Annex VIII, Rule 8 (implantable device wholly or mainly absorbed)",
    "cecp": ("The PhonoFill CaHA is a class III implantable device under initial certification with no applicable "
             "exemption; therefore the Clinical Evaluation Consultation Procedure of Article 54(1)(a) applies."),
    "docs": {"cep": ("CBM-CEP-001", 3), "cer": ("CBM-CER-001", 3), "pmcf": ("CBM-PMCF-001", 2),
             "ifu": ("CBM-IFU-001", 2), "sscp": ("CBM-SSCP-001", 1)},
    "dates": {"cep": "08/03/2024", "cer": "14/11/2024", "pmcf": "14/11/2024", "ifu": "22/11/2024",
              "sscp": "22/11/2024", "cear": "05/02/2025"},
    "models": [("PF-10", "Pre-filled syringe 1,0 ml with 24 G transoral injection needle"),
               ("PF-05", "Pre-filled syringe 0,5 ml with 24 G needle")],
    "desc": ["The PhonoFill CaHA is a sterile, non-pyrogenic implant consisting of synthetic calcium hydroxylapatite "
             "microspheres (25-45 µm) suspended in an aqueous carboxymethylcellulose-glycerine gel carrier, which is "
             "injected into the thyroarytenoid muscle lateral to the vocal ligament in order to medialise the vocal fold.",
             "The gel carrier is resorbed within weeks and the microspheres are gradually degraded over 12-24 months, "
             "during which time a fibroblastic response is observed."],
    "tech": [("Particle size", "25-45 µm"), ("CaHA content", "30 % v/v"), ("Volume per syringe", "0,5 or 1,0 ml"),
             ("Needle", "24 G, 25 cm transoral / 27 G percutaneous"), ("Shelf life", "24 months")],
    "purpose": ("The PhonoFill CaHA is intended for the injection augmentation of the vocal fold in order to improve "
                "glottic closure in adult patients with glottic insufficiency."),
    "ind": ["unilateral vocal fold paralysis or paresis with glottic insufficiency",
            "vocal fold atrophy or presbyphonia with glottic gap"],
    "contra": ["acute or chronic infection of the larynx", "bilateral vocal fold paralysis with airway compromise",
               "vocal fold scar or sulcus with loss of the superficial lamina propria", "known hypersensitivity to any component"],
    "pop": "Adult patients (≥18 y) with glottic insufficiency.",
    "users": "Otorhinolaryngologists and laryngologists trained in vocal fold injection.",
    "setting": "Hospital operating rooms under general anaesthesia, or outpatient laryngology units under local anaesthesia.",
    "sota": ["Injection laryngoplasty with temporary or long-lasting fillers is an established first-line treatment "
             "of glottic insufficiency; medialisation thyroplasty is the surgical alternative with durable results [1,2].",
             "CaHA provides a duration of effect of 12-18 months in most series, shorter than medialisation "
             "thyroplasty but longer than hyaluronic acid or carboxymethylcellulose gels [2,3]."],
    "benefits": [("Improvement of voice-related quality of life", "VHI-10 change at 6 months", "≥ 5 points"),
                 ("Improved glottic closure", "Maximum phonation time at 6 months", "≥ 3 s increase"),
                 ("Durability", "Proportion without re-injection at 12 months", "≥ 70 %")],
    "safety_crit": [("Airway compromise", "≤ 1 %"), ("Removal for over-injection", "≤ 5 %")],
    "cdp": "A prospective clinical investigation (CBM-CIP-PF-01) with 12-month follow-up was conducted; the PMCF registry continues to 36 months.",
    "studies": [("[4]", "CBM-CIP-PF-01, prospective two-centre single-arm", "48", "Adults 22-81 y, UVFP (n=37) and atrophy (n=11)", "12 months (93,7 % complete)", "VHI-10 -11,2; MPT +5,4 s; no re-injection 75 %"),
                ("[5]", "Retrospective series of CaHA injection laryngoplasty", "106", "Adults with UVFP", "18 months (median)", "Durable effect 12-18 months; re-injection 29 %")],
    "study_prose": ["The investigation CBM-CIP-PF-01 [4] enrolled 48 adults; at 12 months the VHI-10 improved by 11,2 "
                    "points and the maximum phonation time by 5,4 seconds. Three patients (6,3 %) required "
                    "re-injection before 12 months and one patient underwent removal for over-injection."],
    "perf": ["The clinical benefits CB-1 and CB-2 were demonstrated at 6 and 12 months; the durability criterion "
             "CB-3 was met (75 % without re-injection at 12 months)."],
    "risks": _risks,
    "warn": ["Avoid superficial injection into Reinke's space.", "Do not over-inject; a slight over-correction of no more than 20 % is acceptable.",
             "Keep the patient under observation for at least 2 hours after injection because of the risk of airway oedema."],
    "steps": ["Visualise the vocal fold by endoscopy.", "Inject lateral to the vocal process into the thyroarytenoid muscle.",
              "Assess the medialisation during the injection by phonation."],
    "refs": ["Mallur PS, Rosen CA. Vocal fold injection: review of indications, techniques and materials. Curr Opin Otolaryngol 2010.",
             "Salinas JB et al. Injection laryngoplasty with calcium hydroxylapatite. Laryngoscope 2015.",
             "Carroll TL, Rosen CA. Long-term results of calcium hydroxylapatite for vocal fold augmentation. Laryngoscope 2011.",
             "Cyprus Biomaterials. Clinical investigation report CBM-CIP-PF-01, 2024.",
             "Rosen CA et al. Vocal fold augmentation with CaHA: twelve-month report. Laryngoscope 2009."],
    "pmcf": {"obj": ["to confirm the durability of the effect up to 36 months", "to quantify late granuloma and migration"],
             "design": "Prospective registry in five laryngology centres with videolaryngostroboscopy at 6, 12, 24 and 36 months.",
             "pop": "Adult patients (≥18 y) with glottic insufficiency treated with PhonoFill CaHA.",
             "size": "150 patients; the sample allows to estimate a 24-month re-injection rate of 40 % with a 95 % CI half-width of ±8 %.",
             "endpoints": ["VHI-10", "Maximum phonation time", "Re-injection", "Granuloma", "Removal"],
             "timeline": [("Start", "03/2025"), ("Interim report", "03/2026"), ("Final report", "06/2028")],
             "link": "The registry addresses the limited follow-up of 12 months and the residual risk of granuloma."},
    "sscp": {"emdn": "P9002 – vocal cord implants", "first_ce": "Not yet certified (initial MDR certification)",
             "fsca": "No field safety corrective actions have been issued.",
             "clin": ["The clinical evidence derives from the investigation CBM-CIP-PF-01 (48 adults, 12 months) and from the bibliography on calcium hydroxylapatite injection laryngoplasty.",
                      "The effect is expected to last 12-18 months; re-injection may be needed."],
             "alt": "Injection with hyaluronic acid or autologous fat; medialisation thyroplasty; voice therapy.",
             "standards": ["EN ISO 10993-1:2020", "EN ISO 14971:2019", "EN ISO 11137-1:2015"]},
    "tr": {
        "it": {"purpose": "Il PhonoFill CaHA è destinato all'aumento iniettivo della corda vocale per migliorare la chiusura glottica in pazienti adulti con insufficienza glottica.",
               "ind": ["paralisi o paresi monolaterale della corda vocale con insufficienza glottica", "atrofia della corda vocale o presbifonia con gap glottico"],
               "contra": ["infezione acuta o cronica della laringe", "paralisi bilaterale con compromissione delle vie aeree", "cicatrice o sulcus della corda vocale", "ipersensibilità nota a uno dei componenti"],
               "pop": "Pazienti adulti (≥18 anni) con insufficienza glottica.",
               "setting": "Otorinolaringoiatri e laringologi addestrati; sala operatoria in anestesia generale o ambulatorio in anestesia locale.",
               "warn": ["Evitare l'iniezione superficiale nello spazio di Reinke.", "Non iniettare in eccesso.", "Osservare il paziente per almeno 2 ore dopo l'iniezione."],
               "steps": ["Visualizzare la corda vocale per via endoscopica.", "Iniettare lateralmente al processo vocale.", "Valutare la medializzazione durante la fonazione."],
               "risks": ["Edema transitorio e disfonia", "Iniezione eccessiva con rigidità", "Iniezione superficiale", "Compromissione delle vie aeree", "Granuloma"]},
        "hu": {"purpose": "A PhonoFill CaHA a hangszalag injekciós augmentációjára szolgál a glottiszzárás javítása érdekében, glottikus elégtelenségben szenvedő felnőtt betegeknél.",
               "ind": ["egyoldali hangszalagbénulás vagy -parézis glottikus elégtelenséggel", "hangszalag-atrófia vagy presbyphonia glottikus réssel"],
               "contra": ["a gége akut vagy krónikus fertőzése", "kétoldali hangszalagbénulás légúti veszélyeztetettséggel", "hangszalagheg vagy sulcus", "bármely összetevővel szembeni ismert túlérzékenység"],
               "pop": "Felnőtt betegek (≥18 év) glottikus elégtelenséggel.",
               "setting": "Képzett fül-orr-gégészek és laringológusok; műtő általános érzéstelenítésben vagy járóbeteg-rendelő helyi érzéstelenítésben.",
               "warn": ["Kerülni kell a Reinke-térbe történő felületes injekciót.", "Túlinjektálni tilos.", "A beteget az injekció után legalább 2 óráig meg kell figyelni."],
               "steps": ["A hangszalagot endoszkóppal kell megjeleníteni.", "Az injekciót a processus vocalistól laterálisan kell beadni.", "A medializációt fonáció közben kell értékelni."],
               "risks": ["Átmeneti ödéma és dysphonia", "Túlinjektálás merevséggel", "Felületes injekció", "Légúti veszélyeztetettség", "Granuloma"]},
    },
    "cear": {"expert": "otorhinolaryngology and laryngology",
             "cecp": "The device is class III implantable and no exemption of Article 54(2) applies. The CECP of Article 54(1)(a) applies; this CEAR is transmitted to the expert panel.",
             "sota": "The state of the art is described. No equivalence is claimed; literature on other CaHA products is used as state-of-the-art data.",
             "lit": "The literature search is adequate, but see Finding 1 on the relevance of some data.",
             "pmcf": "CBM-CIP-PF-01 with 12-month follow-up was assessed; the 36-month registry is appropriate.",
             "findings": [("1", "Major", "It is asked to remove from the clinical evidence the data which do not pertain to laryngeal use.", "Yes"),
                          ("2", "Minor", "The Manufacturer is requested for clarification regarding the statements on durability of the effect.", "Yes")],
             "concl": "The NB will finalise its assessment after the scientific opinion of the expert panel and the closure of Findings 1 and 2."},
}
_cer = {
    "cecp": ("It is worth mentioning that the PhonoFill CaHA is a non-active device which is injected through a needle "
             "and not surgically implanted; hence, although of class III, it is outside the scope of Article 54 and the "
             "Clinical Evaluation Consultation Procedure is not applicable."),
    "extra": {"cer_data": [("p", "In addition, the safety and efficacy of calcium hydroxylapatite have been demonstrated in "
                                  "more than 2 000 patients treated for nasolabial folds and HIV-associated facial lipoatrophy "
                                  "[6,7]; these aesthetic dermal filler data are considered directly applicable clinical "
                                  "evidence for the vocal fold indication.")],
              "cer_perf": [("p", "Thanks to the fibroblastic response, the PhonoFill CaHA provides a permanent correction "
                                 "of glottic insufficiency, so that a re-injection is never required during the life of the patient.")]},
    "refs": D["refs"] + ["Moers-Carpi MM et al. CaHA for nasolabial folds: 12-month RCT. Dermatol Surg 2007.",
                         "Carruthers A et al. CaHA for HIV-associated facial lipoatrophy. Dermatol Surg 2008."],
}
_sscp = {"tech": D["tech"], "desc": ["The PhonoFill CaHA is a sterile implant of synthetic calcium hydroxylapatite "
                                     "microspheres with a particle size of 60-90 µm in an aqueous carboxymethylcellulose "
                                     "gel carrier, injected into the thyroarytenoid muscle to medialise the vocal fold."]}
DOCS = [
    ("CBM-CEP-001_Rev3_PhonoFill.md", "CEP", "en", {}),
    ("CBM-CER-001_Rev3_PhonoFill_CaHA.docx", "CER", "en", _cer),
    ("CBM-PMCF-001_Rev2.docx", "PMCF-plan", "en", {}),
    ("CBM-IFU-001_EN_Rev2.pdf", "IFU", "en", {}),
    ("CBM-IFU-001_IT_Rev2.pdf", "IFU", "it", {}),
    ("CBM-IFU-001_HU_Rev2.docx", "IFU", "hu", {}),
    ("CBM-SSCP-001_Rev1_EN.pdf", "SSCP", "en", _sscp),
    ("NB2998_CEAR_CBM-001.pdf", "CEAR", "en", {}),
]
LABELS = [
    {"defect": "class_iii_implant_said_outside_art54", "category": "scope", "rule": None,
     "documents": ["CBM-CER-001_Rev3_PhonoFill_CaHA.docx"],
     "quotes": ["although of class III, it is outside the scope of Article 54 and the Clinical Evaluation Consultation Procedure is not applicable"],
     "description": "The CER states that a class III implantable device is outside Article 54, contradicting Art. 54(1)(a), the CEP and the CEAR.",
     "accept": []},
    {"defect": "dermal_filler_data_as_vocal_fold_evidence", "category": "evidence", "rule": None,
     "documents": ["CBM-CER-001_Rev3_PhonoFill_CaHA.docx"],
     "quotes": ["these aesthetic dermal filler data are considered directly applicable clinical evidence for the vocal fold indication"],
     "description": "Aesthetic dermal filler data from other products and indications are presented as clinical evidence for laryngeal use.",
     "accept": []},
    {"defect": "permanent_correction_never_reinjection", "category": "claim", "rule": None,
     "documents": ["CBM-CER-001_Rev3_PhonoFill_CaHA.docx"],
     "quotes": ["provides a permanent correction of glottic insufficiency, so that a re-injection is never required during the life of the patient"],
     "description": "A lifelong permanence claim contradicts the 12-24 month resorption and the 12-month data with 25 % re-injection/failure.",
     "accept": ["evidence"]},
    {"defect": "particle_size_differs_sscp", "category": "specification", "rule": None,
     "documents": ["CBM-SSCP-001_Rev1_EN.pdf", "CBM-CER-001_Rev3_PhonoFill_CaHA.docx"],
     "quotes": ["microspheres with a particle size of 60-90 µm in an aqueous carboxymethylcellulose", "calcium hydroxylapatite microspheres (25-45 µm)"],
     "description": "The SSCP states a particle size of 60-90 µm; the CER and IFU state 25-45 µm.",
     "accept": ["device-identity"]},
]
