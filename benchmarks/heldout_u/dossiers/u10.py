ID = "u10_mindora_tdcs"
DEVICE = "Mindora T2 – home-use transcranial direct current stimulation headset for major depressive disorder"
D = {
    "name": "Mindora T2", "mfr": "Attica NeuroTherapeutics P.C.",
    "addr": "Vasilissis Sofias 98, 11528 Athens, Greece", "srn": "GR-MF-000027014",
    "udi": "5208833MINDT2TDCS1", "cls": "IIb",
    "rule": "Annex VIII, Rule 9 (active therapeutic device delivering energy to the brain; software Rule 11 for the app)",
    "cecp": ("The device is a class IIb active therapeutic device which does not administer or remove medicinal "
             "products and is not implantable; consequently, the Clinical Evaluation Consultation Procedure of "
             "Article 54 MDR does not apply."),
    "docs": {"cep": ("ANT-CEP-004", 2), "cer": ("ANT-CER-004", 2), "pmcf": ("ANT-PMCF-004", 2),
             "ifu": ("ANT-IFU-004", 3)},
    "dates": {"cep": "17/04/2024", "cer": "11/12/2024", "pmcf": "11/12/2024", "ifu": "20/12/2024",
              "cear": "03/04/2025"},
    "models": [("MT2-H", "Headset with two 25 cm² saline-soaked sponge electrodes (F3 anode / F4 cathode)"),
               ("MT2-APP", "Companion mobile application, version 2.x, with clinician portal")],
    "desc": ["The Mindora T2 is a battery-powered headset which delivers a constant direct current of 2 mA "
             "through two fixed frontal electrodes (anode over the left dorsolateral prefrontal cortex, F3; "
             "cathode over F4), in sessions of 30 minutes prescribed and remotely supervised by a psychiatrist.",
             "The companion application unlocks the sessions according to the prescription, verifies the "
             "electrode contact impedance, records adverse effects and transmits adherence data to the clinician portal."],
    "tech": [("Stimulation current", "2 mA (ramp-up/down 30 s)"), ("Session duration", "30 min"),
             ("Electrode size", "25 cm² (5 × 5 cm), saline sponges"), ("Current density", "0,08 mA/cm²"),
             ("Maximum sessions", "1 per day, locked by the application"), ("Impedance cut-off", "> 10 kΩ stops the session"),
             ("Headset weight", "0,21 kg (0.46 lb)")],
    "purpose": ("The Mindora T2 is intended for the treatment of a major depressive episode in adults with major "
                "depressive disorder, as monotherapy or in addition to antidepressant medication, by home-based "
                "transcranial direct current stimulation prescribed and remotely supervised by a psychiatrist."),
    "ind": ["major depressive episode of moderate severity (MADRS 20-34) in major depressive disorder",
            "as adjunct to a stable antidepressant treatment with insufficient response"],
    "contra": ["metallic implants in the head or implanted electronic devices (e.g. pacemaker, cochlear implant, deep brain stimulator)",
               "epilepsy or history of seizures", "skin lesions at the electrode sites",
               "depressive episode with psychotic features or active suicidal ideation", "pregnancy"],
    "pop": "Adults aged 18 to 75 yrs with major depressive disorder and a current major depressive episode of moderate severity.",
    "users": "Patients (lay users) after training by the prescribing psychiatrist or a trained nurse; the psychiatrist supervises remotely through the clinician portal.",
    "setting": "Home use, after a first supervised session in the psychiatric clinic.",
    "sota": ["The European evidence-based guidelines on tDCS (Fregni et al. 2021) assign a level B recommendation "
             "(probably effective) to anodal left DLPFC tDCS for non-treatment-resistant major depression [1].",
             "A randomised home-based tDCS trial showed significantly greater improvement than sham at 10 weeks, "
             "with mostly mild adverse effects such as skin redness and tingling [2]."],
    "benefits": [("Reduction of depressive symptoms", "MADRS change from baseline at 10 weeks vs sham", "difference ≥ 3 points"),
                 ("Response", "MADRS reduction ≥ 50 % at 10 weeks", "≥ 40 % of patients"),
                 ("Feasibility at home", "Adherence to ≥ 80 % of prescribed sessions", "≥ 80 % of patients")],
    "safety_crit": [("Skin burn at the electrode site", "≤ 0,5 %"), ("Treatment-emergent (hypo)mania", "≤ 1 %"),
                    ("Seizure", "none expected")],
    "cdp": "A pre-market randomised, sham-controlled, double-blind clinical investigation (ANT-CIP-T2-01) with 10-week treatment and 6-month follow-up was conducted.",
    "studies": [("[3]", "ANT-CIP-T2-01, RCT active vs sham, home-based", "168", "Adults 19-73 y, MDD, MADRS 20-34", "10 weeks + 6 months follow-up (89 % complete)", "MADRS -10,8 vs -6,9; response 44 % vs 22 %; adherence 86 %"),
                ("[2]", "Published RCT of home-based tDCS (other device)", "174", "Adults with MDD", "10 weeks", "Greater improvement vs sham; mild skin effects")],
    "study_prose": ["The investigation ANT-CIP-T2-01 [3] randomised 168 adults aged 19-73 years in four Greek psychiatric "
                    "clinics; after 10 weeks the MADRS decreased by 10,8 points with active and 6,9 points with sham "
                    "stimulation (difference 3,9; 95 % CI 1,4-6,4), and response rates were 44 % and 22 % respectively. "
                    "Adherence to the home sessions was 86 %.",
                    "The published trial [2] was performed with a device of another manufacturer and similar montage; "
                    "it is used only as state-of-the-art benchmark and not as clinical data of the device."],
    "perf": ["The three clinical benefits were demonstrated in adults aged 19-73 years treated at home; the effect "
             "was maintained at 6 months in 71 % of responders."],
    "risks": [("Skin redness, tingling or itching under the electrodes", "38 %"), ("Headache", "12 %"),
              ("Skin burn at the electrode site", "0,3 %"), ("Treatment-emergent hypomania", "0,6 %")],
    "warn": ["Always soak the sponges with the supplied saline solution; never use dry sponges or tap water, because of the risk of skin burns.",
             "Stop the treatment and contact the psychiatrist in case of suicidal thoughts, elevated mood or a skin lesion.",
             "Do not use while driving or operating machinery."],
    "steps": ["Soak both sponges with 6 ml of saline each.", "Place the headset with the marker at the midline of the forehead.",
              "Start the session in the application; the application checks the impedance.", "Report any side effect in the application after the session."],
    "refs": ["Fregni F et al. Evidence-based guidelines and secondary meta-analysis for the use of tDCS in neurological and psychiatric disorders. Int J Neuropsychopharmacol 2021;24:256-313.",
             "Woodham RD et al. Home-based transcranial direct current stimulation treatment for major depressive disorder: a fully remote phase 2 randomized sham-controlled trial. Nat Med 2025;31:87-95.",
             "Attica NeuroTherapeutics. Clinical investigation report ANT-CIP-T2-01, 2024."],
    "pmcf": {"obj": ["to confirm the long-term (12 months) durability of the response in routine home use",
                     "to monitor the frequency of skin burns and treatment-emergent hypomania outside a trial setting"],
             "design": "Prospective registry of patients prescribed the Mindora T2 in routine care, with data captured through the application and clinician assessments at 10 weeks, 6 and 12 months.",
             "pop": "Adults aged 18 to 75 yrs with major depressive disorder using the device at home under remote psychiatric supervision.",
             "size": "400 patients; an expected skin burn rate of 0,3 % allows to exclude a rate above 1,2 % with 95 % confidence, and the response estimate has a CI half-width of ±5 %.",
             "endpoints": ["MADRS and PHQ-9 at 10 weeks, 6 and 12 months", "Skin burns", "Hypomania", "Adherence"],
             "timeline": [("Start", "06/2025"), ("Interim report", "06/2026"), ("Final report", "12/2027")],
             "link": "The objectives address the residual risks of skin burns and hypomania and the limited 6-month follow-up."},
    "tr": {
        "fr": {"purpose": "Le Mindora T2 est destiné au traitement d'un épisode dépressif caractérisé chez l'adulte atteint d'un trouble dépressif majeur, en monothérapie ou en association à un traitement antidépresseur, par stimulation transcrânienne à courant continu à domicile, prescrite et supervisée à distance par un psychiatre.",
               "ind": ["épisode dépressif caractérisé d'intensité modérée (MADRS 20-34) dans le trouble dépressif majeur", "en complément d'un traitement antidépresseur stable avec réponse insuffisante"],
               "contra": ["implants métalliques dans la tête ou dispositifs électroniques implantés", "épilepsie ou antécédents de crises convulsives", "lésions cutanées aux sites des électrodes", "épisode dépressif avec caractéristiques psychotiques ou idées suicidaires actives", "grossesse"],
               "pop": "Adultes âgés de 18 à 75 ans atteints d'un trouble dépressif majeur avec un épisode dépressif caractérisé d'intensité modérée.",
               "setting": "Patients formés par le psychiatre prescripteur ou un infirmier; utilisation à domicile après une première séance supervisée à la clinique.",
               "warn": ["Toujours imbiber les éponges avec la solution saline fournie; ne jamais utiliser d'éponges sèches ni d'eau du robinet, en raison du risque de brûlure cutanée.", "Arrêter le traitement et contacter le psychiatre en cas d'idées suicidaires, d'humeur exaltée ou de lésion cutanée.", "Ne pas utiliser en conduisant ou en utilisant des machines."],
               "steps": ["Imbiber chaque éponge de 6 ml de solution saline.", "Placer le casque avec le repère au milieu du front.", "Démarrer la séance dans l'application.", "Signaler tout effet indésirable dans l'application."],
               "risks": ["Rougeur, picotements ou démangeaisons sous les électrodes", "Céphalées", "Brûlure cutanée au site de l'électrode", "Hypomanie induite par le traitement"]},
    },
    "cear": {"expert": "psychiatry",
             "cecp": "Class IIb active therapeutic device, not implantable, not administering medicinal products; the CECP of Article 54 does not apply.",
             "sota": "The state of the art is well described (Fregni 2021 guidelines and published RCT). No equivalence is claimed; the published RCT is used only as benchmark.",
             "lit": "The literature search is adequate.",
             "pmcf": "The RCT ANT-CIP-T2-01 was assessed; the home-use registry is specific and justified.",
             "findings": [("1", "Observation", "It is asked to present the response rate stratified by concomitant antidepressant use in the PMCF evaluation report.", "No")],
             "concl": "The clinical evidence supports the intended purpose, including home use under remote supervision. Certification is recommended."},
}
DOCS = [
    ("ANT-CEP-004_Rev2_Mindora_T2.docx", "CEP", "en", {}),
    ("ANT-CER-004_Rev2_Mindora_T2.pdf", "CER", "en", {}),
    ("ANT-PMCF-004_Rev2_Mindora.docx", "PMCF-plan", "en", {}),
    ("ANT-IFU-004_EN_Rev3.pdf", "IFU", "en", {}),
    ("ANT-IFU-004_FR_Rev3.pdf", "IFU", "fr", {}),
    ("CEAR_NB2998_ANT-004.docx", "CEAR", "en", {}),
]
LABELS = []
