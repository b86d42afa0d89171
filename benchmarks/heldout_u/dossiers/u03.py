ID = "u03_dermacell_mattress"
DEVICE = "DermaCell AP-5 – alternating-pressure air mattress for prevention and treatment of pressure ulcers"
_pop = ("Adults (≥18 y) at medium, high or very high risk of pressure ulcers according to the Braden scale, or "
        "with existing pressure ulcers of category 1 to 3, with a body weight between 40 kg and 180 kg (88-397 lb).")
D = {
    "name": "DermaCell AP-5", "mfr": "Thessaly Care Devices P.C.",
    "addr": "Iolkou 48, 38221 Volos, Greece", "srn": "GR-MF-000024410",
    "udi": "5209876DCAP5MATT2K", "cls": "IIa",
    "rule": "Annex VIII, Rule 9 (active therapeutic device)",
    "cecp": ("Being a class IIa non-implantable device which does not administer medicinal products, the "
             "herein described device is outside the scope of the Clinical Evaluation Consultation Procedure "
             "of Article 54 MDR."),
    "docs": {"cep": ("TCD-CEP-003", 1), "cer": ("TCD-CER-003", 2), "pmcf": ("TCD-PMCF-003", 1),
             "ifu": ("TCD-IFU-003", 2)},
    "dates": {"cep": "10/01/2025", "cer": "07/04/2025", "pmcf": "07/04/2025", "ifu": "14/04/2025",
              "cear": "30/06/2025"},
    "models": [("AP-5 PU", "Pump unit with digital control, comfort setting by patient weight"),
               ("AP-5 M20", "Mattress with 20 alternating air cells, 200 × 90 × 20 cm"),
               ("AP-5 CV", "Vapour-permeable, bi-elastic polyurethane cover")],
    "desc": ["The DermaCell AP-5 is a replacement alternating-pressure air mattress system consisting of a pump "
             "unit and a mattress of 20 transverse air cells which are inflated and deflated in a 1-in-2 cycle, "
             "in order to periodically relieve the interface pressure on the bony prominences.",
             "The pump unit provides an adjustable cycle time, a static mode for nursing procedures, a CPR "
             "rapid-deflation valve and a transport mode which maintains the cells inflated for up to 12 hours "
             "without power."],
    "tech": [("Patient weight range", "40-180 kg (88-397 lb)"), ("Cycle time", "10, 15, 20 or 25 min"),
             ("Number of air cells", "20 (1-in-2 alternation)"), ("Mattress height", "20 cm"),
             ("CPR deflation time", "≤ 15 s"), ("Noise level", "≤ 30 dB(A)"),
             ("Pump unit weight", "2,4 kg (5.3 lb)")],
    "purpose": ("The DermaCell AP-5 is intended for the prevention of pressure ulcers and as adjunct in the "
                "treatment of existing pressure ulcers of category 1 to 3 in adults who are bedridden or have "
                "reduced mobility, in hospitals, nursing homes and in the home care environment."),
    "ind": ["prevention of pressure ulcers in adults at medium, high or very high risk (Braden ≤ 18)",
            "adjunct treatment of existing pressure ulcers of category 1 to 3",
            "post-operative care of bedridden patients with reduced mobility"],
    "contra": ["unstable spinal fractures or cervical traction",
               "body weight below 40 kg or above 180 kg",
               "pressure ulcers of category 4 requiring low-air-loss or air-fluidised therapy"],
    "pop": _pop,
    "users": "Healthcare professionals, and trained lay caregivers and patients in the home care environment.",
    "setting": "Hospitals, nursing homes and home care environment.",
    "sota": ["According to the international guideline of EPUAP/NPIAP/PPPIA (2019) the use of active support "
             "surfaces is recommended for individuals at high risk of pressure injuries when frequent manual "
             "repositioning is not possible [1].",
             "The Cochrane review of Shi et al. reports that alternating-pressure air mattresses may reduce the "
             "incidence of pressure ulcers compared with foam surfaces, although with low-certainty evidence [2]."],
    "benefits": [("Prevention of pressure ulcers", "Incidence of new category ≥2 ulcers at 14 days", "≤ 5 %"),
                 ("Healing of existing ulcers", "Reduction of ulcer surface (PUSH score) at 4 weeks", "≥ 30 %"),
                 ("Pressure redistribution", "Mean sacral interface pressure in deflated phase", "≤ 20 mmHg")],
    "safety_crit": [("Falls from bed related to mattress height", "≤ 0,5 %"), ("Skin maceration", "≤ 2 %")],
    "cdp": "A prospective post-market study in Greek nursing homes and home care (TCD-CIP-AP5-01) was completed; further data will be collected by the PMCF survey and registry.",
    "studies": [("[3]", "TCD-CIP-AP5-01, prospective multicentre cohort", "146", "Adults 41-97 y, Braden ≤ 18, hospital, nursing home and home care", "14 days", "New category ≥2 ulcers 3,4 %"),
                ("[4]", "Prospective cohort, treatment of category 1-3 ulcers", "58", "Adults 52-94 y, hospital and home care", "4 weeks", "PUSH reduction 41 %"),
                ("[5]", "Interface pressure mapping study", "24", "Healthy adults 48-162 kg", "Single session", "Sacral pressure 17 mmHg (deflated phase)")],
    "study_prose": ["The study TCD-CIP-AP5-01 [3] enrolled 146 adults (of which 52 in home care) with a Braden "
                    "score ≤ 18; after 14 days the incidence of new category ≥2 ulcers was 3,4 %, below the "
                    "threshold of 5 % of the CEP. The results were consistent between the three settings.",
                    "The cohort of [4] showed a mean reduction of the PUSH score of 41 % at 4 weeks in category 1-3 "
                    "ulcers; it is worth mentioning that no category 4 ulcers were included, in accordance with "
                    "the contraindications."],
    "perf": ["The clinical benefits CB-1 to CB-3 have been demonstrated in adults between 41 and 97 years of age "
             "and with body weights covering the admitted range, in hospital, nursing home and home care settings."],
    "risks": [("Fall from bed or entrapment between mattress and side rail", "0,3 %"),
              ("Skin maceration due to moisture", "1,4 %"), ("Discomfort, sleep disturbance from noise", "2,1 %")],
    "warn": ["Use side rails of adequate height, as the mattress height of 20 cm reduces the effective side-rail height.",
             "In case of cardiopulmonary resuscitation open the CPR valve; the mattress deflates within 15 seconds.",
             "Check the ulcers and the skin of the patient daily; continue repositioning according to the care plan."],
    "steps": ["Place the mattress on the bed frame and fix the straps.", "Connect the air hoses and switch on the pump unit.",
              "Set the comfort level according to the body weight of the patient.", "Wait 30 minutes for complete inflation before placing the patient."],
    "refs": ["EPUAP/NPIAP/PPPIA. Prevention and treatment of pressure ulcers/injuries: clinical practice guideline, 2019.",
             "Shi C et al. Alternating pressure (active) air surfaces for preventing pressure ulcers. Cochrane Database Syst Rev 2021.",
             "Thessaly Care Devices. Clinical study report TCD-CIP-AP5-01, 2024.",
             "Nikolaidou A et al. An alternating-pressure mattress for category 1-3 pressure ulcers. Wound Med Hell 2023.",
             "Thessaly Care Devices. Interface pressure mapping report TCD-IPM-02, 2023."],
    "pmcf": {"obj": ["to confirm the low incidence of new category ≥2 pressure ulcers in the home care environment over a longer period of use (90 days)",
                     "to collect data on falls and entrapment (residual risk RM-AP5-04)",
                     "to evaluate the usability by lay caregivers at home"],
             "design": "Prospective registry in hospitals, nursing homes and home care services in Greece and Cyprus, with a caregiver usability questionnaire.",
             "pop": "Adults (≥18 y) with a body weight of 40-180 kg at risk of or with category 1-3 pressure ulcers, in hospital, nursing home and home care.",
             "size": "200 patients (at least 80 in home care); with an expected incidence of 4 % the 95 % CI upper limit remains below 7,5 %, adequate to confirm the CEP threshold of 5 % with the planned precision.",
             "endpoints": ["Incidence of new category ≥2 ulcers at 90 days", "PUSH score change", "Falls and entrapment", "Caregiver usability score"],
             "timeline": [("Start", "07/2025"), ("Interim report", "07/2026"), ("Final report", "07/2027")],
             "link": "The objectives address the residual risks of falls/entrapment and the limited duration of follow-up of the pre-market data (14 days, 4 weeks)."},
    "tr": {
        "el": {"purpose": "Το DermaCell AP-5 προορίζεται για την πρόληψη των κατακλίσεων και ως συμπληρωματική θεραπεία υφιστάμενων κατακλίσεων κατηγορίας 1 έως 3 σε ενήλικες κατακεκλιμένους ή με μειωμένη κινητικότητα, σε νοσοκομεία, οίκους ευγηρίας και στο περιβάλλον κατ' οίκον φροντίδας.",
               "ind": ["πρόληψη κατακλίσεων σε ενήλικες μέσου, υψηλού ή πολύ υψηλού κινδύνου (Braden ≤ 18)", "συμπληρωματική θεραπεία υφιστάμενων κατακλίσεων κατηγορίας 1 έως 3", "μετεγχειρητική φροντίδα κατακεκλιμένων ασθενών"],
               "contra": ["ασταθή κατάγματα της σπονδυλικής στήλης ή αυχενική έλξη", "σωματικό βάρος κάτω των 40 kg ή άνω των 180 kg", "κατακλίσεις κατηγορίας 4"],
               "pop": "Ενήλικες (≥18 ετών) με σωματικό βάρος από 40 έως 180 kg, σε κίνδυνο κατακλίσεων ή με κατακλίσεις κατηγορίας 1 έως 3.",
               "setting": "Επαγγελματίες υγείας, εκπαιδευμένοι φροντιστές και ασθενείς. Νοσοκομεία, οίκοι ευγηρίας και κατ' οίκον φροντίδα.",
               "warn": ["Χρησιμοποιείτε πλαϊνά κάγκελα επαρκούς ύψους.", "Σε περίπτωση καρδιοπνευμονικής αναζωογόνησης ανοίξτε τη βαλβίδα CPR.", "Ελέγχετε καθημερινά το δέρμα του ασθενούς."],
               "steps": ["Τοποθετήστε το στρώμα στο κρεβάτι.", "Συνδέστε τους σωλήνες αέρα και ενεργοποιήστε την αντλία.", "Ρυθμίστε το επίπεδο άνεσης ανάλογα με το βάρος του ασθενούς."],
               "risks": ["Πτώση από το κρεβάτι ή εγκλωβισμός", "Διαβροχή του δέρματος λόγω υγρασίας", "Δυσφορία, διαταραχή του ύπνου"]},
        "ro": {"purpose": "DermaCell AP-5 este destinată prevenirii escarelor și ca tratament adjuvant al escarelor existente de categoria 1-3 la adulți imobilizați la pat sau cu mobilitate redusă, în spitale, cămine de bătrâni și la domiciliu.",
               "ind": ["prevenirea escarelor la adulți cu risc mediu, ridicat sau foarte ridicat (Braden ≤ 18)", "tratamentul adjuvant al escarelor existente de categoria 1-3", "îngrijirea postoperatorie a pacienților imobilizați"],
               "contra": ["fracturi vertebrale instabile sau tracțiune cervicală", "greutate corporală sub 40 kg sau peste 180 kg", "escare de categoria 4"],
               "pop": "Adulți (≥18 ani) cu greutatea corporală între 40 și 180 kg, cu risc de escare sau cu escare de categoria 1-3.",
               "setting": "Profesioniști din domeniul sănătății, îngrijitori instruiți și pacienți; spitale, cămine și îngrijire la domiciliu.",
               "warn": ["Utilizați bare laterale de înălțime adecvată.", "În caz de resuscitare cardiopulmonară deschideți supapa CPR.", "Verificați zilnic pielea pacientului."],
               "steps": ["Așezați salteaua pe pat.", "Conectați tuburile de aer și porniți pompa.", "Reglați nivelul de confort în funcție de greutatea pacientului."],
               "risks": ["Cădere din pat sau blocare", "Macerarea pielii din cauza umidității", "Disconfort, tulburări de somn"]},
    },
    "cear": {"expert": "wound care and geriatrics",
             "cecp": "Class IIa, non-implantable, no medicinal product administered: the CECP of Article 54 does not apply.",
             "sota": "The state of the art is described with reference to the EPUAP/NPIAP/PPPIA guideline and the Cochrane review. No equivalence is claimed.",
             "lit": "The literature search is adequate and covers favourable and unfavourable data.",
             "pmcf": "The PMCF registry is specific, includes home care and has a justified sample size.",
             "findings": [("1", "Observation", "It is asked to report the proportion of home care patients of the registry in the PMCF evaluation report.", "No")],
             "concl": "The clinical evidence is sufficient and consistent with the intended purpose, the IFU and the PMCF plan. Certification is recommended."},
}
DOCS = [
    ("TCD-CEP-003_Rev1_DermaCell_AP-5.md", "CEP", "en", {}),
    ("TCD-CER-003_Rev2_DermaCell_AP-5.pdf", "CER", "en", {}),
    ("TCD-PMCF-003_Rev1.pdf", "PMCF-plan", "en", {}),
    ("TCD-IFU-003_EN_Rev2.docx", "IFU", "en", {}),
    ("TCD-IFU-003_EL_Rev2.pdf", "IFU", "el", {}),
    ("TCD-IFU-003_RO_Rev2.docx", "IFU", "ro", {}),
    ("CEAR_2998_TCD-003_final.docx", "CEAR", "en", {}),
]
LABELS = []
