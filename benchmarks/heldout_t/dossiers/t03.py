"""t03 - bioresorbable PLLA nasal implant for nasal valve collapse (class III, Rule 8)."""

SYS = "NV-Lift bioresorbable nasal implant"
MFR = "Tsubasa Bioresorbables Co., Ltd., 1-6-9 Dosho-machi, Chuo-ku, Osaka 541-0045, Japan"
EUREP = "Hoshizora Medical Europe GmbH, Königsallee 61, 40212 Düsseldorf, Germany"
UDI = "4580789NVLIFT01Q"
UDI_WRONG = "4580789NVLIFT02R"
NB = "Corrib Conformity Assessment Ltd (Notified Body 2936)"

CLAIM = "The subject device provides a permanent correction of nasal valve collapse which is maintained for the lifetime of the patient."
CLAIM_FU = "The longest follow-up available for the subject device is 24 months (TB-NV-01)."
EQUIV = "Equivalence is claimed to the VeraNasal implant of Rhinova Medical Inc. (USA), a device of another manufacturer."
NOCONTRACT = "A contract for access to the technical documentation of Rhinova Medical Inc. has not been concluded."
UDI_CER = f"Basic UDI-DI: {UDI}"
UDI_SSCP = f"Basic UDI-DI: {UDI_WRONG}"
FIG = "The shape of the implant and its position in the lateral nasal wall are shown in Figure 2."

CEP = [
    ("title", "NV-Lift – Clinical Evaluation Plan"),
    ("p", "TB-NV-CEP-01, Rev. 01, 2024/09/02"),
    ("h1", "1. Purpose of this document"),
    ("p", "This CEP is prepared according to Annex XIV Part A of the MDR. The subject device is wholly absorbed and implantable; it is Class III by Rule 8 and the CECP is expected."),
    ("h1", "2. Intended purpose"),
    ("p", "The NV-Lift is intended to support the upper and lower lateral nasal cartilage in adults aged 18 years and older with nasal valve collapse, to reduce nasal obstruction symptoms."),
    ("h1", "3. Indications / contraindications"),
    ("ul", ["Indication: symptomatic lateral nasal wall insufficiency (dynamic or static nasal valve collapse) with positive modified Cottle manoeuvre.",
            "Contraindication: known hypersensitivity to polylactide; active nasal infection; previous rhinoplasty with alar batten grafts on the side to be treated."]),
    ("h1", "4. Benefits, outcome parameters and criteria"),
    ("table", [["Benefit", "Parameter", "Criterion"],
               ["Reduced nasal obstruction", "NOSE score change at 12 months", "Mean reduction ≥ 30 points"],
               ["Responder rate", "≥ 1 NOSE class improvement at 12 months", "≥ 70% of patients"],
               ["Safety", "Device-related serious adverse events", "≤ 2% at 12 months"]]),
    ("h1", "5. Clinical data sources"),
    ("p", "Own study TB-NV-01; literature on PLLA implants for nasal valve collapse; equivalence assessment."),
]

CER = [
    ("title", "Clinical Evaluation Report – NV-Lift bioresorbable nasal implant"),
    ("p", "TB-NV-CER-01, Rev. 02, 2025/02/27"),
    ("h1", "1. Purpose of this document"),
    ("p", "It is the purpose of this report to summarise the clinical evaluation of the subject device according to the plan TB-NV-CEP-01."),
    ("h1", "2. Outline of the subject device"),
    ("p", f"The subject device is a rod of poly(L-lactide-co-D,L-lactide) 70:30, approx. 24mm long and 1mm in diameter, with a forked distal end. It is placed with a 16 gauge delivery tool through a small intranasal incision and is absorbed within approx. 18 months. {FIG} Manufacturer: {MFR}. {UDI_CER}. Class III, Rule 8."),
    ("h1", "3. Intended purpose and indications"),
    ("p", "The NV-Lift supports the upper and lower lateral cartilage in adults aged 18 years and older with symptomatic nasal valve collapse. The procedure is performed by ENT or facial plastic surgeons in an office setting or an operating room under local or general anaesthesia."),
    ("h1", "4. State of the art"),
    ("p", "Surgical alternatives are functional rhinoplasty with batten or spreader grafts, which require cartilage harvest. Non-surgical options are nasal dilators and strips, which must be used continuously. Minimally invasive absorbable implants have been introduced since 2016."),
    ("h1", "5. Equivalence"),
    ("p", EQUIV + " The technical, biological and clinical characteristics were compared using published data and the FDA 510(k) summary. " + NOCONTRACT + " It is considered that the published data are sufficient to demonstrate equivalence."),
    ("h1", "6. Clinical data"),
    ("table", [["Ref.", "Study", "Device", "Patients", "Follow-up", "Result"],
               ["[1]", "TB-NV-01 (own)", "NV-Lift", "86 adults, 4 sites", "24 months", "Mean NOSE reduction 41 points at 12 months; responder rate 84%"],
               ["[2]", "Sanders et al. 2019", "VeraNasal (equivalent)", "166 adults, RCT vs sham", "12 months", "Responder rate 82%"],
               ["[3]", "Kim et al. 2021", "VeraNasal (equivalent)", "177 adults", "24 months", "NOSE reduction maintained"]]),
    ("p", CLAIM_FU + " Device-related serious adverse events were not observed. The CEP criteria are met."),
    ("h1", "7. Benefit-risk and claims"),
    ("p", CLAIM + " The benefit-risk ratio is considered favourable."),
    ("h1", "8. Residual risks"),
    ("ul", ["Implant extrusion or retrieval.", "Local inflammation, granuloma formation.", "Pain, bruising and swelling at the insertion site.", "Palpable implant during resorption."]),
    ("h1", "9. PMCF"),
    ("p", "A PMCF study with 120 patients and follow-up of 5 years is planned (TB-NV-PMCF-01)."),
    ("h1", "10. Summary of the clinical evaluation"),
    ("table", [["Item", "Content"], ["Device", SYS], ["Population", "Adults aged 18 years and older with nasal valve collapse"],
               ["Data", "TB-NV-01 and equivalent device literature"], ["Conclusion", "Favourable benefit-risk"]]),
    ("h1", "11. References"),
    ("ol", ["[1] Tsubasa Bioresorbables. CIR TB-NV-01, 2024/07/15.",
            "[2] Sanders J, et al. Absorbable implant for nasal valve collapse: a randomised sham-controlled trial. Laryngoscope. 2019;129:2212-2219.",
            "[3] Kim D, et al. Two-year outcomes of an absorbable nasal implant. Facial Plast Surg Aesthet Med. 2021;23:101-107."]),
]

PMCF = [
    ("title", "PMCF Plan – NV-Lift (TB-NV-PMCF-01 Rev. 01)"),
    ("h1", "Objectives"),
    ("ul", ["Confirm the NOSE score reduction at 3 and 5 years after implantation.",
            "Estimate the rate of extrusion and retrieval of the implant.",
            "Collect the time to complete resorption by palpation and endoscopy."]),
    ("h1", "Method"),
    ("p", "Prospective single-arm study in 6 ENT centres (Germany, Italy, Spain). Adults aged 18 years and older with symptomatic nasal valve collapse."),
    ("h1", "Sample size"),
    ("p", "120 patients: with an expected 25% loss to follow-up at 5 years, 90 evaluable patients give a 95% CI half-width of ±8% on a responder rate of 80%."),
    ("h1", "Timeline"),
    ("p", "First patient 2025/07; enrolment 18 months; final report 2031/12."),
]

IFU_EN = [
    ("title", "NV-Lift – Instructions for Use"),
    ("h1", "Intended purpose"),
    ("p", "The NV-Lift supports the upper and lower lateral cartilage in adults (18 years and older) with nasal valve collapse."),
    ("h1", "Contraindications"),
    ("ul", ["Hypersensitivity to polylactide.", "Active nasal or sinus infection.", "Previous alar batten grafts on the side to be treated."]),
    ("h1", "Warnings and precautions"),
    ("ul", ["Do not bend or cut the implant.", "Do not place the implant through the skin.", "Use in patients with nasal septal perforation has not been studied."]),
    ("h1", "Specifications"),
    ("table", [["Item", "Value"], ["Material", "PLLA/PDLLA 70:30"], ["Length", "24 mm"], ["Diameter", "1 mm"],
               ["Delivery tool", "16 G cannula"], ["Resorption", "approx. 18 months"], ["Sterilisation", "Electron beam"]]),
    ("p", "Possible side effects: extrusion, inflammation, granuloma, pain, bruising, palpable implant."),
]

IFU_IT = [
    ("title", "NV-Lift – Istruzioni per l'uso"),
    ("h1", "Destinazione d'uso"),
    ("p", "NV-Lift sostiene le cartilagini laterali superiore e inferiore negli adulti (a partire da 18 anni) con collasso della valvola nasale."),
    ("h1", "Controindicazioni"),
    ("ul", ["Ipersensibilità al polilattide.", "Infezione nasale o sinusale in atto.", "Precedenti innesti alari sul lato da trattare."]),
    ("h1", "Avvertenze"),
    ("ul", ["Non piegare né tagliare l'impianto.", "Non inserire l'impianto attraverso la cute.", "L'uso in pazienti con perforazione del setto non è stato studiato."]),
    ("table", [["Voce", "Valore"], ["Materiale", "PLLA/PDLLA 70:30"], ["Lunghezza", "24 mm"], ["Diametro", "1 mm"], ["Riassorbimento", "circa 18 mesi"]]),
]

IFU_ES = [
    ("title", "NV-Lift – Instrucciones de uso"),
    ("h1", "Finalidad prevista"),
    ("p", "NV-Lift sostiene los cartílagos laterales superior e inferior en adultos (a partir de 18 años) con colapso de la válvula nasal."),
    ("h1", "Contraindicaciones"),
    ("ul", ["Hipersensibilidad al polilactido.", "Infección nasal o sinusal activa.", "Injertos alares previos en el lado a tratar."]),
    ("h1", "Advertencias"),
    ("ul", ["No doblar ni cortar el implante.", "No introducir el implante a través de la piel.", "No se ha estudiado el uso en pacientes con perforación septal."]),
    ("table", [["Elemento", "Valor"], ["Material", "PLLA/PDLLA 70:30"], ["Longitud", "24 mm"], ["Diámetro", "1 mm"], ["Reabsorción", "aprox. 18 meses"]]),
]

SSCP = [
    ("title", "Summary of Safety and Clinical Performance – NV-Lift"),
    ("h1", "Device identification"),
    ("p", f"Trade name: {SYS}. {UDI_SSCP}. Manufacturer: {MFR}. Class III."),
    ("h1", "Intended purpose"),
    ("p", "Support of the lateral nasal cartilage in adults aged 18 years and older with nasal valve collapse."),
    ("h1", "Clinical performance"),
    ("p", "86 patients, 24 months: mean NOSE reduction 41 points at 12 months."),
    ("h1", "Residual risks and side-effects"),
    ("ul", ["Extrusion or retrieval of the implant.", "Inflammation and granuloma.", "Pain, bruising, swelling.", "Palpable implant."]),
]

CEAR = [
    ("title", "Clinical Evaluation Assessment Report – NV-Lift"),
    ("p", f"{NB}. Reviewer: Ms Gráinne O'Dowd. 20 March 2025."),
    ("h1", "Summary of intended purpose"),
    ("p", "Absorbable PLLA/PDLLA implant supporting the lateral nasal wall in adults aged 18 and over with nasal valve collapse. Class III (Rule 8, absorbed). Article 54(1)(a) applies."),
    ("h1", "Review"),
    ("ol", ["Query 1 – Closed. Delivery tool gauge confirmed as 16 G in all documents. Satisfactory.",
            "Query 2 – Closed. NOSE responder definition clarified. Satisfactory."]),
    ("p", "The reviewer notes that the manufacturer relies partly on an equivalent device. The equivalence table was reviewed."),
    ("h1", "Conclusion"),
    ("p", "Positive recommendation, subject to the CECP."),
]

CER_F = "TB-NV-CER-01_Rev02.pdf"
SSCP_F = "TB-NV-SSCP-01.docx"
DOSSIER = {
    "id": "t03_nasal_implant",
    "device": SYS,
    "device_class": "III",
    "clean": False,
    "docs": [
        {"file": "TB-NV-CEP-01.docx", "role": "CEP", "lang": "en", "blocks": CEP},
        {"file": CER_F, "role": "CER", "lang": "en", "blocks": CER},
        {"file": "TB-NV-PMCF-01.md", "role": "PMCF-plan", "lang": "en", "blocks": PMCF},
        {"file": "NV-Lift_IFU_EN.pdf", "role": "IFU", "lang": "en", "blocks": IFU_EN},
        {"file": "NV-Lift_IFU_IT.pdf", "role": "IFU", "lang": "it", "blocks": IFU_IT},
        {"file": "NV-Lift_IFU_ES.docx", "role": "IFU", "lang": "es", "blocks": IFU_ES},
        {"file": SSCP_F, "role": "SSCP", "lang": "en", "blocks": SSCP},
        {"file": "CEAR_2936_NV-Lift.pdf", "role": "CEAR", "lang": "en", "blocks": CEAR, "serif": True},
    ],
    "labels": [
        {"defect": "lifetime_claim_on_24_month_data", "category": "claim",
         "documents": [CER_F], "quotes": [CLAIM, CLAIM_FU],
         "description": "A lifetime, permanent correction is claimed for an implant absorbed in about 18 months, with at most 24 months of follow-up.",
         "accept": ["evidence", "plausibility"]},
        {"defect": "equivalence_to_competitor_without_contract", "category": "evidence",
         "documents": [CER_F], "quotes": [EQUIV, NOCONTRACT],
         "description": "Class III implant relies on equivalence to another manufacturer's device with no contract giving access to its technical documentation (Art. 61(5)).",
         "accept": []},
        {"defect": "basic_udi_di_differs", "category": "device-identity",
         "documents": [CER_F, SSCP_F], "quotes": [UDI_CER, UDI_SSCP],
         "description": "The SSCP gives a different Basic UDI-DI from the CER.",
         "accept": ["documentation"]},
        {"defect": "figure_2_missing", "category": "documentation",
         "documents": [CER_F], "quotes": [FIG],
         "description": "The CER refers to Figure 2, but the report contains no figures.",
         "accept": []},
    ],
}
