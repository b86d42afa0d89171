"""t11 - extracorporeal shockwave lithotripter for kidney and ureteral stones (active, class IIb Rule 9; no CECP) - clean."""

SYS = "Raiden ESWL-7 Extracorporeal Shockwave Lithotripter"
MFR = "Raiden Urotech Corporation, 1-12-1 Nakazawa-cho, Naka-ku, Hamamatsu 430-0904, Japan"
EUREP = "Hoshizora Medical Europe GmbH, Königsallee 61, 40212 Düsseldorf, Germany"
UDI = "4580555ESWL7EUF2"
NB = "Liffey Medical Certification Ltd (NB 2951)"

SPEC = [["Parameter", "Value"],
        ["Shockwave source", "Electromagnetic, cylindrical coil with paraboloid reflector"],
        ["Focal peak pressure", "20~95 MPa (energy levels 1~9)"],
        ["Focal zone (-6 dB)", "approx. 6mm x 50mm"],
        ["Shock rate", "60~120 shocks/min, ECG triggering optional"],
        ["Localisation", "Fluoroscopy (C-arm) and in-line ultrasound"],
        ["Patient table load", "up to 200kg"]]

CEP = [
    ("title", "Clinical Evaluation Plan for the Raiden ESWL-7"),
    ("p", "Doc. RU-ESWL-CEP-03, Rev. 01, 2024/10/28"),
    ("h1", "1. Purpose of this document"),
    ("p", "This plan describes the clinical evaluation of the subject device, which is a modified version (new generator and in-line ultrasound) of the lithotripter Raiden ESWL-6 of the same manufacturer."),
    ("h1", "2. Classification"),
    ("p", "Active therapeutic device delivering energy (shockwaves) to the body in a potentially hazardous way: Class IIb, Rule 9. The device is not implantable and does not administer medicinal products; Article 54 consultation therefore does not apply."),
    ("h1", "3. Intended purpose"),
    ("p", "Non-invasive fragmentation of kidney stones up to 20mm and ureteral stones up to 10mm in adults and in children from 2 years of age, in hospital urology departments and lithotripsy centres with emergency support."),
    ("h1", "4. Outcome parameters and criteria"),
    ("ol", ["(1) Stone-free rate (no fragments > 4mm on NCCT) at 3 months: ≥ 65% for renal, ≥ 75% for ureteral stones.",
            "(2) Auxiliary procedures (ureteroscopy, stent) within 3 months: ≤ 20%.",
            "(3) Clinically significant perirenal haematoma: ≤ 1%."]),
]

CER = [
    ("title", "Clinical Evaluation Report – Raiden ESWL-7"),
    ("p", "RU-ESWL-CER-03 Rev. 02, 2025/03/20"),
    ("h1", "1. Purpose of this document"),
    ("p", "We would like to describe the clinical evaluation of the subject device, following the CEP RU-ESWL-CEP-03 Rev. 01."),
    ("h1", "2. Outline of the subject device"),
    ("p", f"The subject device is an electromagnetic lithotripter with a therapy head integrated in a patient table, C-arm fluoroscopy and in-line ultrasound for stone localisation. {MFR}. Basic UDI-DI {UDI}. Class IIb according to Rule 9; not subject to the CECP."),
    ("table", SPEC),
    ("h1", "3. Intended purpose and indications"),
    ("p", "The ESWL-7 is intended for non-invasive fragmentation of renal stones of 20mm or less and ureteral stones of 10mm or less in adults and in children aged two years or older. It is operated by urologists in hospital urology departments or lithotripsy centres with emergency support."),
    ("p", "Contraindications: pregnancy; uncorrected coagulopathy or anticoagulation that cannot be paused; untreated urinary tract infection; obstruction distal to the stone; aortic or renal artery aneurysm near the focal zone."),
    ("h1", "4. State of the art"),
    ("p", "EAU guidelines 2024 recommend SWL or ureteroscopy for renal stones < 20mm and ureteral stones < 10mm. SWL stone-free rates are 60~80% for renal and 70~90% for ureteral stones, lower in lower pole stones and stones with high attenuation (> 1000 HU)."),
    ("h1", "5. Clinical data"),
    ("table", [["Ref.", "Study", "Population", "Follow-up", "Result"],
               ["[1]", "RU-ESWL-07 (subject device)", "212 patients (196 adults, 16 children 3~15 years), 3 hospitals", "3 months", "Stone-free: renal 71%, ureteral 83%; auxiliary procedures 12%; haematoma 0.5%"],
               ["[2]", "RU-ESWL-06 PMCF (predecessor, same manufacturer)", "1,480 patients incl. 92 children", "3 months", "Stone-free renal 69%, ureteral 81%"],
               ["[3]", "Lu et al. 2019", "Meta-analysis, SWL in children", "3 months", "Stone-free 81%; complications mostly minor"]]),
    ("p", "The acceptance criteria (1)~(3) of the CEP are fulfilled."),
    ("h1", "6. Benefit-risk"),
    ("p", "It can be said that SWL offers a non-invasive option with a low complication rate, and the benefit-risk is acceptable."),
    ("h1", "7. Residual risks"),
    ("ul", ["Renal colic by stone fragments (steinstrasse).", "Haematuria and perirenal haematoma.", "Skin petechiae at the coupling site.", "Cardiac arrhythmia during treatment (ECG triggering available)."]),
    ("h1", "8. PMCF"),
    ("p", "PMCF plan RU-ESWL-PMCF-03: 500 treatments in 6 centres including ≥ 60 children, stone-free rate and haematoma."),
    ("h1", "9. Summary of the clinical evaluation"),
    ("table", [["Item", "Content"], ["Class / CECP", "IIb (Rule 9) / not applicable"],
               ["Population", "Adults and children from 2 years"], ["Data", "RU-ESWL-07 (n = 212) and predecessor PMCF"],
               ["Conclusion", "Benefit-risk acceptable"]]),
    ("h1", "10. References"),
    ("ol", ["[1] Raiden Urotech. CIR RU-ESWL-07, 2024/12/15.", "[2] Raiden Urotech. PMCF report ESWL-6, 2023/06/30.",
            "[3] Lu P, et al. Efficacy and safety of shock wave lithotripsy in children: a meta-analysis. J Pediatr Urol. 2019;15:1-10."]),
]

PMCF = [
    ("title", "PMCF Plan RU-ESWL-PMCF-03"),
    ("h1", "1. Objectives"),
    ("ul", ["Confirm the stone-free rate in children (limited data in RU-ESWL-07, 16 children).", "Estimate the rate of perirenal haematoma with the new generator."]),
    ("h1", "2. Method"),
    ("p", "Prospective registry, 6 hospital urology departments (DE, AT, CH); NCCT at 3 months; adults and children aged 2 years and older."),
    ("h1", "3. Sample size"),
    ("p", "500 treatments including at least 60 children: 95% CI half-width ±10% for a paediatric stone-free rate of 80%; 0.6% upper bound for haematoma if no event in 500."),
    ("h1", "4. Timeline"),
    ("p", "2025/07 to 2027/06; report 2027/12."),
]

IFU_EN = [
    ("title", "Raiden ESWL-7 – Operator Manual (Instructions for Use), clinical part"),
    ("h1", "Intended use"),
    ("p", "Fragmentation of renal stones ≤ 20 mm and ureteral stones ≤ 10 mm in adults and children aged 2 years and older, by extracorporeal shockwaves."),
    ("h1", "Use environment and users"),
    ("p", "Hospital urology departments and lithotripsy centres with emergency support; operation by urologists and trained staff."),
    ("h1", "Contraindications"),
    ("ul", ["Pregnancy.", "Uncorrected coagulopathy or anticoagulation that cannot be stopped.", "Untreated urinary tract infection.", "Obstruction distal to the stone.", "Aortic or renal artery aneurysm near the focal zone."]),
    ("h1", "Warnings"),
    ("ul", ["Keep lung tissue out of the shockwave path, especially in children.", "Use ECG triggering in patients with arrhythmia or pacemakers.", "Start with low energy and increase step by step."]),
    ("h1", "Technical data"),
    ("table", SPEC),
]

IFU_DE = [
    ("title", "Raiden ESWL-7 – Gebrauchsanweisung (klinischer Teil)"),
    ("h1", "Zweckbestimmung"),
    ("p", "Zertrümmerung von Nierensteinen bis 20 mm und Harnleitersteinen bis 10 mm bei Erwachsenen und Kindern ab 2 Jahren durch extrakorporale Stoßwellen."),
    ("h1", "Anwendungsumgebung"),
    ("p", "Urologische Abteilungen von Krankenhäusern und Lithotripsiezentren mit Notfallversorgung; Bedienung durch Urologen und geschultes Personal."),
    ("h1", "Kontraindikationen"),
    ("ul", ["Schwangerschaft.", "Nicht korrigierte Gerinnungsstörung oder nicht absetzbare Antikoagulation.", "Unbehandelter Harnwegsinfekt.", "Abflusshindernis distal des Steins.", "Aorten- oder Nierenarterienaneurysma nahe der Fokuszone."]),
    ("h1", "Warnhinweise"),
    ("ul", ["Lungengewebe aus dem Stoßwellenweg heraushalten, besonders bei Kindern.", "EKG-Triggerung bei Arrhythmien oder Schrittmachern verwenden.", "Mit niedriger Energie beginnen und schrittweise steigern."]),
    ("table", [["Parameter", "Wert"], ["Fokusdruck", "20–95 MPa"], ["Stoßfrequenz", "60–120 pro Minute"], ["Tischbelastung", "bis 200 kg"]]),
]

CEAR = [
    ("title", "CEAR – Raiden ESWL-7 – Liffey Medical Certification Ltd (NB 2951)"),
    ("p", "Reviewer: Dr Padraig Whelan, urology. 15 April 2025. Initial MDR certification of a modified device (predecessor ESWL-6)."),
    ("h1", "1. Intended purpose"),
    ("p", "Electromagnetic SWL for renal stones up to 20 mm and ureteral stones up to 10 mm, adults and children from 2 years, hospital urology and lithotripsy centres. Class IIb, Rule 9. Not within Article 54(1)."),
    ("h1", "2. Assessment"),
    ("p", "The reviewer notes an own-device study of 212 patients plus the predecessor's PMCF data, which the manufacturer holds. The paediatric subgroup is small (16) and is addressed by the PMCF."),
    ("ol", ["Query 1 – Closed. Lung protection in children addressed in the warnings. Satisfactory.", "Query 2 – Closed. Acceptance criteria reported in full. Satisfactory."]),
    ("h1", "3. Conclusion"),
    ("p", "Recommendation: certify."),
]

DOSSIER = {
    "id": "t11_lithotripter",
    "device": SYS,
    "device_class": "IIb",
    "clean": True,
    "docs": [
        {"file": "RU-ESWL-CEP-03.docx", "role": "CEP", "lang": "en", "blocks": CEP},
        {"file": "RU-ESWL-CER-03_Rev02.pdf", "role": "CER", "lang": "en", "blocks": CER},
        {"file": "RU-ESWL-PMCF-03.md", "role": "PMCF-plan", "lang": "en", "blocks": PMCF},
        {"file": "ESWL-7_IFU_EN.pdf", "role": "IFU", "lang": "en", "blocks": IFU_EN},
        {"file": "ESWL-7_GA_DE.docx", "role": "IFU", "lang": "de", "blocks": IFU_DE},
        {"file": "CEAR_ESWL-7.pdf", "role": "CEAR", "lang": "en", "blocks": CEAR, "serif": True},
    ],
    "labels": [],
}
