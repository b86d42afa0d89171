"""t06 - endoscopic haemostatic powder spray for upper GI bleeding (class IIb, Rule 21; no CECP) - clean."""

SYS = "HemoMist EP Endoscopic Haemostatic Powder System"
MFR = "Shirakawa Endoscopy Co., Ltd., 5-1 Ichibancho, Aoba-ku, Sendai 980-0811, Japan"
EUREP = "Hoshizora Medical Europe GmbH, Königsallee 61, 40212 Düsseldorf, Germany"
UDI = "4580987HMEP01EUA"
NB = "Corrib Conformity Assessment Ltd (Notified Body 2936)"

CEP = [
    ("title", "Clinical Evaluation Plan – HemoMist EP"),
    ("p", "SE-HM-CEP-01 Rev. 02 / 2024/12/02"),
    ("h1", "1. Purpose of this document"),
    ("p", "This plan is prepared according to Annex XIV Part A MDR for the subject device."),
    ("h1", "2. Regulatory status and classification"),
    ("p", "The subject device consists of an inert mineral powder (not absorbed, locally dispersed and eliminated with the gastrointestinal contents within approx. 24~72 hours) and a single-use catheter with a CO2 cartridge for endoscopic application. The powder is a device composed of a substance introduced via a body orifice and locally dispersed; it is classified as Class IIb under Rule 21, because it is neither systemically absorbed nor limited to the oral or nasal cavity. The subject device is neither implantable nor Class III, and it does not administer a medicinal product. It is therefore considered that the CECP of Article 54 does not apply, and an SSCP is not required under Article 32."),
    ("h1", "3. Intended purpose"),
    ("p", "Endoscopic haemostasis of non-variceal upper gastrointestinal bleeding in adults aged 18 years and older, as primary or rescue therapy, in hospital endoscopy units."),
    ("h1", "4. Benefits and acceptance criteria"),
    ("table", [["Benefit", "Parameter", "Criterion"],
               ["Immediate haemostasis", "Cessation of bleeding within 5 minutes of application", "≥ 85%"],
               ["Sustained haemostasis", "No rebleeding at 30 days", "≥ 75%"],
               ["Safety", "Device-related serious adverse events (perforation, embolism, obstruction)", "≤ 2%"]]),
]

CER = [
    ("title", "Clinical Evaluation Report – HemoMist EP Endoscopic Haemostatic Powder System"),
    ("p", "SE-HM-CER-01, Rev. 01, 2025/01/31"),
    ("h1", "1. Outline of the subject device"),
    ("p", f"The HemoMist EP is composed of the powder canister (20g), the 7 Fr delivery catheter (length 220cm, for working channels of 2.8mm or more) and the CO2 cartridge handle. Manufacturer: {MFR}. Authorised representative: {EUREP}. Basic UDI-DI: {UDI}. Class IIb (Rule 21); outside the scope of Article 54(1)."),
    ("h1", "2. Intended purpose and indications"),
    ("p", "The subject device is intended for endoscopic haemostasis in non-variceal upper GI bleeding (peptic ulcer, tumour bleeding, bleeding after endoscopic resection) in adult patients, 18 years and over. It is used by trained endoscopists in hospital endoscopy units and ICUs."),
    ("p", "Contraindications: suspected or known GI perforation or fistula; variceal bleeding; patients in whom endoscopy is contraindicated."),
    ("h1", "3. State of the art"),
    ("p", "ESGE guidelines recommend combination of adrenaline injection with thermal or mechanical therapy as first line, and haemostatic powders as temporary or rescue therapy, in particular for malignant bleeding. Reported immediate haemostasis with powders is 85~97%, with rebleeding of 15~30% in ulcer bleeding."),
    ("h1", "4. Clinical data"),
    ("table", [["Ref.", "Study", "Population", "Follow-up", "Result"],
               ["[1]", "SE-HM-02 (subject device)", "124 adults with non-variceal UGIB, 6 hospitals", "30 days", "Immediate haemostasis 93.5%; no rebleeding at 30 days 81.5%; device-related SAE 0.8% (1 catheter-related mucosal injury)"],
               ["[2]", "Chen et al. 2020", "RCT, 224 adults with malignant UGIB, powder vs standard", "30 days", "Immediate haemostasis 97.3% vs 68.4%"],
               ["[3]", "Alzoubaidi et al. 2020", "Registry, 202 patients with UGIB treated with haemostatic powder", "30 days", "Immediate haemostasis 96.5%; rebleeding 18%"]]),
    ("p", "In accordance with the plan, all three acceptance criteria were met in SE-HM-02."),
    ("h1", "5. Benefit-risk and residual risks"),
    ("p", "It can be said that the high rate of immediate haemostasis, in particular as rescue therapy, outweighs the residual risks, which are:"),
    ("ul", ["Rebleeding after the powder is cleared.", "Catheter blockage by moisture in the working channel.",
            "Mucosal injury or perforation by the catheter tip.", "Gas embolism (theoretical, from the CO2 propellant)."]),
    ("h1", "6. PMCF"),
    ("p", "PMCF plan SE-HM-PMCF-01: prospective study, 200 adults, 30-day rebleeding in subgroups."),
    ("h1", "7. Summary of the clinical evaluation"),
    ("table", [["Item", "Result"], ["Class / CECP", "IIb, Rule 21 / not applicable"],
               ["Population", "Adults (18 years and over) with non-variceal upper GI bleeding"],
               ["Data", "SE-HM-02 n = 124; literature [2][3]"], ["Conclusion", "Benefit-risk acceptable"]]),
    ("h1", "References"),
    ("ol", ["[1] Shirakawa Endoscopy. CIR SE-HM-02, 2024/09/12.",
            "[2] Chen YI, et al. TC-325 hemostatic powder versus current standard of care in managing malignant GI bleeding: a multicenter RCT. Gastrointest Endosc. 2020;91:321-328.",
            "[3] Alzoubaidi D, et al. Outcomes from an international multicenter registry of patients with acute gastrointestinal bleeding undergoing endoscopic treatment with Hemospray. Dig Endosc. 2020;32:96-105."]),
]

PMCF = [
    ("title", "PMCF Plan – HemoMist EP (SE-HM-PMCF-01)"),
    ("h1", "Objectives"),
    ("ul", ["Estimate 30-day rebleeding separately for ulcer, tumour and post-resection bleeding (open question in the CER).",
            "Confirm the rate of catheter blockage and catheter-tip mucosal injury (residual risks)."]),
    ("h1", "Design"),
    ("p", "Prospective, single-arm, 8 hospital endoscopy units in Germany and Italy. Adults (≥ 18 years) with non-variceal upper GI bleeding."),
    ("h1", "Sample size"),
    ("p", "200 patients (≥ 60 per subgroup) give a 95% CI half-width ≤ 10% for a rebleeding rate of 20% per subgroup."),
    ("h1", "Timeline"),
    ("p", "2025/04 start; 2026/10 last patient; 2027/03 report."),
]

IFU_EN = [
    ("title", "HemoMist EP – Instructions for Use"),
    ("h1", "Intended use"),
    ("p", "Endoscopic haemostasis of non-variceal upper gastrointestinal bleeding in adults (18 years or older). For use by trained endoscopists in hospital endoscopy units and intensive care units."),
    ("h1", "Contraindications"),
    ("ul", ["Known or suspected gastrointestinal perforation or fistula.", "Variceal bleeding.", "Patients for whom endoscopy is contraindicated."]),
    ("h1", "Warnings"),
    ("ul", ["Do not touch the mucosa with the catheter tip during application.", "Do not apply more than 3 canisters (60 g) in one procedure.", "Do not use with a working channel smaller than 2.8 mm."]),
    ("h1", "Technical data"),
    ("table", [["Item", "Value"], ["Powder per canister", "20 g"], ["Catheter", "7 Fr, 220 cm"],
               ["Minimum working channel", "2.8 mm"], ["Propellant", "CO2 cartridge"]]),
]

IFU_DE = [
    ("title", "HemoMist EP – Gebrauchsanweisung"),
    ("h1", "Zweckbestimmung"),
    ("p", "Endoskopische Blutstillung bei nicht-variköser oberer gastrointestinaler Blutung bei Erwachsenen (ab 18 Jahren). Anwendung durch geschulte Endoskopiker in Endoskopieabteilungen und Intensivstationen von Krankenhäusern."),
    ("h1", "Kontraindikationen"),
    ("ul", ["Bekannte oder vermutete gastrointestinale Perforation oder Fistel.", "Varizenblutung.", "Patienten, bei denen eine Endoskopie kontraindiziert ist."]),
    ("h1", "Warnhinweise"),
    ("ul", ["Die Schleimhaut während der Applikation nicht mit der Katheterspitze berühren.", "Nicht mehr als 3 Kartuschen (60 g) pro Eingriff anwenden.", "Nicht mit einem Arbeitskanal unter 2,8 mm verwenden."]),
    ("table", [["Merkmal", "Wert"], ["Pulver pro Kartusche", "20 g"], ["Katheter", "7 Fr, 220 cm"], ["Mindest-Arbeitskanal", "2,8 mm"]]),
]

IFU_IT = [
    ("title", "HemoMist EP – Istruzioni per l'uso"),
    ("h1", "Uso previsto"),
    ("p", "Emostasi endoscopica del sanguinamento gastrointestinale superiore non varicoso negli adulti (dai 18 anni). Uso da parte di endoscopisti formati in unità di endoscopia e terapia intensiva ospedaliere."),
    ("h1", "Controindicazioni"),
    ("ul", ["Perforazione o fistola gastrointestinale nota o sospetta.", "Sanguinamento da varici.", "Pazienti per i quali l'endoscopia è controindicata."]),
    ("h1", "Avvertenze"),
    ("ul", ["Non toccare la mucosa con la punta del catetere durante l'applicazione.", "Non applicare più di 3 cartucce (60 g) per procedura.", "Non utilizzare con canali operativi inferiori a 2,8 mm."]),
]

CEAR = [
    ("title", "CEAR – HemoMist EP – NB 2936"),
    ("p", "Reviewer: Dr Ciara Mulcahy, gastroenterology. 17 March 2025. Initial certification, Annex IX Chapter I and II."),
    ("h1", "Intended purpose (as assessed)"),
    ("p", "Endoscopic haemostatic powder for non-variceal upper GI bleeding in adults aged 18 or over, hospital endoscopy and ICU. Class IIb under Rule 21. Not class III, not implantable and not a Rule 12 device: the Article 54 consultation does not apply."),
    ("h1", "Assessment"),
    ("p", "The reviewer notes that the manufacturer's study (n = 124) reports each CEP endpoint with its criterion, and that the literature is consistent with the state of the art."),
    ("ol", ["Query 1 – Closed. Maximum dose per procedure stated consistently as 60 g. Satisfactory.",
            "Query 2 – Closed. PMCF subgroups linked to open questions on rebleeding. Satisfactory."]),
    ("h1", "Conclusion"),
    ("p", "Clinical evidence sufficient; recommendation to certify."),
]

DOSSIER = {
    "id": "t06_haemostatic_powder",
    "device": SYS,
    "device_class": "IIb",
    "clean": True,
    "docs": [
        {"file": "SE-HM-CEP-01.pdf", "role": "CEP", "lang": "en", "blocks": CEP},
        {"file": "SE-HM-CER-01.pdf", "role": "CER", "lang": "en", "blocks": CER, "serif": True},
        {"file": "SE-HM-PMCF-01.md", "role": "PMCF-plan", "lang": "en", "blocks": PMCF},
        {"file": "HemoMist_EP_IFU_EN.docx", "role": "IFU", "lang": "en", "blocks": IFU_EN},
        {"file": "HemoMist_EP_IFU_DE.docx", "role": "IFU", "lang": "de", "blocks": IFU_DE},
        {"file": "HemoMist_EP_IFU_IT.pdf", "role": "IFU", "lang": "it", "blocks": IFU_IT},
        {"file": "CEAR_HemoMist_EP.pdf", "role": "CEAR", "lang": "en", "blocks": CEAR},
    ],
    "labels": [],
}
