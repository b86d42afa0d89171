"""t12 - MR-guided laser interstitial thermal therapy for drug-resistant focal epilepsy (class III, not implantable)."""

SYS = "Homura NeuroLITT MR-Guided Laser Ablation System"
MFR = "Homura Photonics Medical Co., Ltd., 2-4-7 Hon-cho, Aoba-ku, Sendai 980-0014, Japan"
EUREP = "Hoshizora Medical Europe GmbH, Königsallee 61, 40212 Düsseldorf, Germany"
UDI = "4580666NLITT1EUJ"
NB = "Shannon Notified Body Services Ltd (NB 2918)"

SCOPE_CEP = "The subject system is classified as Class IIb under Rule 9 and the CECP does not apply."
SCOPE_CER = "the system is regarded as a Class III implantable device (Rule 8) and the CECP under Article 54(1)(a) is applicable"
REMOVE = "Remove the laser applicator and close the burr hole at the end of the procedure."
EV_SENT = "The accuracy of the thermal lesion and the safety of the subject device are mainly supported by the studies [2] and [3]."
EV_PIG = "Porcine brain model, 12 animals"
EV_GBM = "Recurrent glioblastoma, 58 patients"
CLAIM = "Permanent seizure freedom is achieved in all patients with mesial temporal lobe epilepsy."
CLAIM_FU = "The follow-up of the said study was 12 months, and Engel class I was reached in 22 of 38 patients (57.9%)."
REV_CER = "This report follows the clinical evaluation plan HP-LITT-CEP-004 Rev. 03."
REV_CEP = "HP-LITT-CEP-004, Revision 02, 2024/07/19"

CEP = [
    ("title", "Clinical Evaluation Plan – Homura NeuroLITT"),
    ("p", REV_CEP),
    ("h1", "1. Purpose of this document"),
    ("p", "This plan describes the clinical evaluation of the subject system according to Annex XIV Part A. " + SCOPE_CEP),
    ("h1", "2. Intended purpose"),
    ("p", "MR-guided laser ablation of epileptogenic foci in adults aged 18 years and older with drug-resistant focal epilepsy (mesial temporal lobe epilepsy, hypothalamic hamartoma, focal cortical dysplasia), in neurosurgical operating rooms with intra-operative MRI."),
    ("h1", "3. Outcome parameters"),
    ("table", [["Parameter", "Time", "Criterion"], ["Engel class I outcome", "12 months", "≥ 50% of patients"],
               ["Permanent neurological deficit", "12 months", "≤ 5%"], ["Intracranial haemorrhage requiring surgery", "30 days", "≤ 2%"]]),
]

CER = [
    ("title", "Clinical Evaluation Report – Homura NeuroLITT MR-Guided Laser Ablation System"),
    ("p", "HP-LITT-CER-004 Rev. 01, 2025/02/24"),
    ("h1", "1. Purpose of this document"),
    ("p", REV_CER + " We would like to state the results of the evaluation hereafter."),
    ("h1", "2. Outline of the subject device"),
    ("p", f"The system consists of the 15 W diode laser unit (980 nm), the cooled laser applicator (diameter 1.65mm) introduced through a burr hole with a stereotactic frame or robot, and the MR thermometry software. {MFR}. Basic UDI-DI {UDI}. As the applicator is in contact with the central nervous system, " + SCOPE_CER + "."),
    ("h1", "3. Intended purpose"),
    ("p", "Laser ablation of epileptogenic foci under real-time MR thermometry in adults aged 18 years and older with drug-resistant focal epilepsy (mesial temporal lobe epilepsy, hypothalamic hamartoma, focal cortical dysplasia)."),
    ("h1", "4. State of the art"),
    ("p", "Anterior temporal lobectomy gives seizure freedom in approx. 60~70% of patients with mesial temporal lobe epilepsy, with risk of neuropsychological deficits. LITT is a minimally invasive alternative with shorter stay and fewer cognitive deficits, and with seizure freedom of approx. 50~60%."),
    ("h1", "5. Clinical data"),
    ("table", [["Ref.", "Study", "Population", "Follow-up", "Result"],
               ["[1]", "HP-LITT-01 (subject device)", "38 adults with drug-resistant focal epilepsy", "12 months", "Engel I 57.9%; permanent deficit 2.6%; haemorrhage 0%"],
               ["[2]", "Sanada et al. 2019", EV_PIG, "7 days", "Lesion size within ±1.5mm of thermal damage estimate"],
               ["[3]", "Hirsch et al. 2020", EV_GBM, "6 months", "Haemorrhage 3.4%; oedema 12%"]]),
    ("p", EV_SENT + " " + CLAIM_FU),
    ("h1", "6. Benefit-risk and clinical claims"),
    ("p", CLAIM + " It is considered that the benefit-risk is favourable compared with open resection."),
    ("h1", "7. Residual risks"),
    ("ul", ["Visual field defect (quadrantanopia).", "Intracranial haemorrhage along the applicator track.", "Cerebral oedema.", "Memory decline after dominant-side ablation."]),
    ("h1", "8. PMCF"),
    ("p", "PMCF registry HP-LITT-REG with 150 patients and 5-year seizure outcome."),
    ("h1", "9. Summary of the clinical evaluation"),
    ("table", [["Item", "Content"], ["Class", "III, implantable (Rule 8); CECP applicable"], ["Population", "Adults 18 years and older, drug-resistant focal epilepsy"],
               ["Data", "HP-LITT-01 (38 patients, 12 months), [2], [3]"], ["Conclusion", "Favourable"]]),
    ("h1", "10. References"),
    ("ol", ["[1] Homura Photonics Medical. CIR HP-LITT-01, 2024/11/29.",
            "[2] Sanada Y, et al. MR thermometry-guided laser ablation in the porcine brain. Lasers Surg Med. 2019;51:640-648.",
            "[3] Hirsch R, et al. Laser interstitial thermal therapy for recurrent glioblastoma. J Neurooncol. 2020;148:535-544."]),
]

PMCF = [
    ("title", "PMCF Plan – Homura NeuroLITT (HP-LITT-PMCF-01)"),
    ("h1", "1. Objectives"),
    ("ol", ["(1) Seizure outcome (Engel) at 1, 2 and 5 years.", "(2) Rate of visual field defect and memory decline (residual risks).", "(3) Haemorrhage along the applicator track."]),
    ("h1", "2. Design"),
    ("p", "Prospective registry HP-LITT-REG in 8 epilepsy surgery centres; adults aged 18 years and older treated per the IFU."),
    ("h1", "3. Sample size and timeline"),
    ("p", "150 patients: 95% CI half-width ±8% for an Engel I rate of 55%. Enrolment 2025/06~2027/12; final report 2033/06."),
]

IFU_EN = [
    ("title", "Homura NeuroLITT – Instructions for Use"),
    ("h1", "Intended use"),
    ("p", "MR-guided laser ablation of epileptogenic foci in adults (18 years and older) with drug-resistant focal epilepsy: mesial temporal lobe epilepsy, hypothalamic hamartoma, focal cortical dysplasia."),
    ("h1", "Contraindications"),
    ("ul", ["Contraindication to MRI.", "Uncorrectable coagulopathy.", "Lesions larger than 30 mm in diameter."]),
    ("h1", "Warnings"),
    ("ul", ["Monitor MR thermometry continuously and stop the laser if the safety limit is reached.", "Do not ablate within 2 mm of the optic tract.", REMOVE]),
    ("h1", "Technical data"),
    ("table", [["Item", "Value"], ["Laser", "980 nm diode, max. 15 W"], ["Applicator diameter", "1.65 mm, cooled"], ["Use", "Single use, applicator removed after ablation"]]),
]

IFU_DE = [
    ("title", "Homura NeuroLITT – Gebrauchsanweisung"),
    ("h1", "Zweckbestimmung"),
    ("p", "MR-gesteuerte Laserablation epileptogener Herde bei Erwachsenen (ab 18 Jahren) mit pharmakoresistenter fokaler Epilepsie: mesiale Temporallappenepilepsie, hypothalamisches Hamartom, fokale kortikale Dysplasie."),
    ("h1", "Kontraindikationen"),
    ("ul", ["Kontraindikation gegen MRT.", "Nicht korrigierbare Gerinnungsstörung.", "Läsionen mit mehr als 30 mm Durchmesser."]),
    ("h1", "Warnhinweise"),
    ("ul", ["MR-Thermometrie kontinuierlich überwachen und den Laser bei Erreichen des Sicherheitsgrenzwerts stoppen.", "Nicht näher als 2 mm am Tractus opticus abladieren.", "Laserapplikator am Ende des Eingriffs entfernen und Bohrloch verschließen."]),
]

IFU_IT = [
    ("title", "Homura NeuroLITT – Istruzioni per l'uso"),
    ("h1", "Uso previsto"),
    ("p", "Ablazione laser guidata da RM di focolai epilettogeni negli adulti (dai 18 anni) con epilessia focale farmacoresistente: epilessia del lobo temporale mesiale, amartoma ipotalamico, displasia corticale focale."),
    ("h1", "Controindicazioni"),
    ("ul", ["Controindicazione alla RM.", "Coagulopatia non correggibile.", "Lesioni di diametro superiore a 30 mm."]),
    ("h1", "Avvertenze"),
    ("ul", ["Monitorare continuamente la termometria RM.", "Rimuovere l'applicatore laser e chiudere il foro di trapano al termine della procedura."]),
]

SSCP = [
    ("title", "Summary of Safety and Clinical Performance – Homura NeuroLITT"),
    ("p", f"Basic UDI-DI {UDI}; {MFR}; Class III."),
    ("h1", "Intended purpose"),
    ("p", "MR-guided laser ablation of epileptogenic foci in adults with drug-resistant focal epilepsy."),
    ("h1", "Residual risks and side-effects"),
    ("ul", ["Visual field defect.", "Intracranial haemorrhage.", "Cerebral oedema.", "Memory decline."]),
]

CEAR = [
    ("title", "CEAR – Homura NeuroLITT – NB 2918"),
    ("p", "Reviewer: Dr Declan Ó Briain, neurosurgery. 22 April 2025."),
    ("h1", "1. Intended purpose"),
    ("p", "MR-guided laser interstitial thermal therapy for adults with drug-resistant focal epilepsy (mesial temporal lobe epilepsy, hypothalamic hamartoma, focal cortical dysplasia)."),
    ("h1", "2. Review"),
    ("ol", ["Query 1 – Closed. Thermometry safety limits described. Satisfactory.", "Query 2 – Closed. Optic tract margin justified. Satisfactory."]),
    ("h1", "3. Conclusion"),
    ("p", "The reviewer considers the evidence adequate. Recommendation: certify."),
]

CEP_F, CER_F, IFU_F = "HP-LITT-CEP-004.pdf", "HP-LITT-CER-004.docx", "NeuroLITT_IFU_EN.pdf"
DOSSIER = {
    "id": "t12_litt",
    "device": SYS,
    "device_class": "III",
    "clean": False,
    "docs": [
        {"file": CEP_F, "role": "CEP", "lang": "en", "blocks": CEP},
        {"file": CER_F, "role": "CER", "lang": "en", "blocks": CER},
        {"file": "HP-LITT-PMCF-01.pdf", "role": "PMCF-plan", "lang": "en", "blocks": PMCF},
        {"file": IFU_F, "role": "IFU", "lang": "en", "blocks": IFU_EN},
        {"file": "NeuroLITT_GA_DE.docx", "role": "IFU", "lang": "de", "blocks": IFU_DE},
        {"file": "NeuroLITT_IFU_IT.pdf", "role": "IFU", "lang": "it", "blocks": IFU_IT},
        {"file": "NeuroLITT_SSCP.md", "role": "SSCP", "lang": "en", "blocks": SSCP},
        {"file": "CEAR_NB2918_NeuroLITT.docx", "role": "CEAR", "lang": "en", "blocks": CEAR},
    ],
    "labels": [
        {"defect": "class_and_cecp_applicability_contradict", "category": "scope",
         "documents": [CEP_F, CER_F, IFU_F], "quotes": [SCOPE_CEP, SCOPE_CER, REMOVE, "III, implantable (Rule 8); CECP applicable"],
         "description": "The CEP says class IIb (Rule 9), the CER class III implantable with Article 54(1)(a) CECP; the applicator is removed after the procedure, so the system is class III (CNS contact, Rules 6/7) but not implantable and the CECP does not apply.",
         "accept": []},
        {"defect": "animal_and_glioblastoma_studies_for_epilepsy", "category": "evidence",
         "documents": [CER_F], "quotes": [EV_SENT, EV_PIG, EV_GBM],
         "description": "Safety and lesion accuracy rest mainly on a porcine model and a glioblastoma series, not on patients with epilepsy.",
         "accept": []},
        {"defect": "permanent_seizure_freedom_in_all", "category": "claim",
         "documents": [CER_F], "quotes": [CLAIM, CLAIM_FU],
         "description": "Permanent seizure freedom in all patients is claimed on 12-month data showing Engel I in 57.9%.",
         "accept": ["evidence"]},
        {"defect": "cep_revision_mismatch", "category": "documentation",
         "documents": [CER_F, CEP_F], "quotes": [REV_CER, REV_CEP],
         "description": "The CER cites CEP Rev. 03; the supplied CEP is Rev. 02.",
         "accept": []},
    ],
}
