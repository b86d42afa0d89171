from gen.kit import *  # noqa: F401,F403

UDI = "7350158KMCCM5RX"

Q_SCOPE_CER = ("This application is the renewal of that certificate; the CECP is therefore not required under "
               "Art. 54(2)(a) MDR.")
Q_SCOPE_CER2 = "certified under Directive 90/385/EEC (certificate AIMD-0917-2019)"
Q_SCOPE_CEAR = "Exemption under Art. 54(2)(a) accepted: renewal of the AIMDD certificate AIMD-0917-2019."
Q_ID_IFU = "implantable pulse generator (IPG) model KM-5R, rechargeable"
Q_ID_CEAR = "Kardiamod CCM System: implantable pulse generator KM-5, two ventricular leads"
Q_CLAIM_SSCP = "CCM therapy reverses heart failure and restores normal left ventricular function."
Q_CLAIM_CER = "Kardiamod restores normal left ventricular function in treated patients"
Q_CLAIM_DATA = "LVEF +3.4 percentage points at 12 months (KM-HF-02)"
Q_NYHA_EN = "NYHA class III symptoms despite guideline-directed medical therapy"
Q_NYHA_NL = "NYHA-klasse II tot en met IV ondanks richtlijnconforme medicamenteuze behandeling"

# ------------------------------------------------------------------ CEP (Markdown)
CEP = [
    T("Clinical Evaluation Plan – Kardiamod CCM System"),
    P("VC-CEP-005 rev 4 · Vindeln Cardiac AB, Umeå, Sweden · Basic UDI-DI " + UDI),
    H1("Intended purpose"),
    P("Cardiac contractility modulation (CCM) to improve exercise tolerance and quality of life in adults with chronic "
      "heart failure who remain symptomatic on medical therapy."),
    H1("Target population"),
    TAB(["Criterion", "Value"], [
        ["Age", "≥ 18 yrs"], ["Symptoms", "NYHA class III"], ["LVEF", "25 % – 45 %"],
        ["QRS", "< 130 ms (not CRT candidates)"],
        ["Contraindications", "Mechanical tricuspid valve; permanent AF; no venous access"],
    ]),
    H1("Outcome parameters / acceptance criteria"),
    TAB(["ID", "Parameter", "Criterion"], [
        ["CEP-AC-01", "Peak VO2 change vs control at 6 mo", "≥ +0.5 mL/kg/min"],
        ["CEP-AC-02", "MLWHFQ change vs control at 6 mo", "≥ 5 points better"],
        ["CEP-AC-03", "Freedom from device/procedure complications at 12 mo", "≥ 90 %"],
    ]),
    H1("Data"),
    UL("RCT KM-HF-02 (n = 230, 12 mo)", "Literature on CCM and SotA HF therapies",
       "Legacy data, Directive-era KM-4 IPG (non-rechargeable)"),
]

# ------------------------------------------------------------------ CER (DOCX)
CER = [
    T("Clinical Evaluation Report – Kardiamod CCM System"),
    TAB(["Document control", ""], [
        ["Number", "VC-CER-005 rev 6"], ["Manufacturer", "Vindeln Cardiac AB, Umeå, Sweden (SRN SE-MF-000061934)"],
        ["Basic UDI-DI", UDI], ["Class", "III, Rule 8 (active implantable device)"],
    ]),
    H1("1 Regulatory background"),
    P("The Kardiamod CCM System was " + Q_SCOPE_CER2 + "; the present system replaces the legacy KM-4 generator "
      "with the rechargeable KM-5R and a new lead connector. " + Q_SCOPE_CER),
    H1("2 Device description"),
    P("The system consists of an " + Q_ID_IFU + ", two right-ventricular septal leads, an optional atrial sensing lead, "
      "a wireless charger and a programmer. Non-excitatory biphasic pulses (≈ 7.5 V, 20 ms) are delivered during the "
      "absolute refractory period."),
    H1("3 Intended purpose"),
    P("Adults with chronic HF, " + Q_NYHA_EN + ", LVEF 25–45 % and QRS < 130 ms."),
    H1("4 State of the art"),
    P("GDMT (ARNI, beta-blocker, MRA, SGLT2i); ICD/CRT where indicated; for non-CRT patients with persisting symptoms "
      "few device options exist. Published CCM trials show peak VO2 gains of 0.7–1.0 mL/kg/min and MLWHFQ "
      "improvements of 7–10 points [2, 3]."),
    H1("5 Clinical data"),
    TAB(["Study", "Design", "n", "FU", "Main result"], [
        ["KM-HF-02 [1]", "Randomised, open-label, CCM + GDMT vs GDMT", "230", "12 mo", "Peak VO2 +0.8 mL/kg/min"],
        ["[2]", "RCT, other CCM device", "160", "6 mo", "Peak VO2 +0.84 mL/kg/min"],
        ["[3]", "Registry, other CCM device", "503", "3 yrs", "Survival above predicted"],
    ]),
    TAB(["ID", "Result", "Met"], [
        ["CEP-AC-01", "+0.8 mL/kg/min (95 % CI 0.2–1.4)", "Yes"],
        ["CEP-AC-02", "−8.1 points vs control", "Yes"],
        ["CEP-AC-03", "92.4 % free from complications", "Yes"],
    ]),
    P("Secondary: " + Q_CLAIM_DATA + "; NYHA improved by ≥ 1 class in 58 %."),
    H1("6 Benefit-risk"),
    P("Improved exercise capacity and quality of life. " + Q_CLAIM_CER + ". Risks: lead dislodgement, pocket "
      "infection, arrhythmia induction, charging burden. Benefit-risk favourable."),
    H1("7 PMCF"),
    P("Registry VC-PMCF-005, 350 pts, 3 yrs."),
    H1("References"),
    OL("Vindeln Cardiac. KM-HF-02 clinical investigation report, 2024.", "Larsen P, et al. CCM randomised trial. JACC HF 2018.",
       "Bauer K, et al. CCM long-term registry. Eur J Heart Fail 2021."),
]

# ------------------------------------------------------------------ PMCF (PDF)
PMCF = [
    T("PMCF Plan – Kardiamod CCM System"),
    P("VC-PMCF-005 rev 1 · CER VC-CER-005 rev 6"),
    H1("Objectives"),
    TAB(["ID", "Objective", "Endpoint"], [
        ["P1", "Long-term safety of KM-5R and new connector", "Lead/connector complications at 36 mo"],
        ["P2", "Durability of benefit", "Peak VO2, MLWHFQ, HF hospitalisation to 36 mo"],
        ["P3", "Charging adherence", "% therapy delivered vs programmed"],
    ]),
    H1("Design"),
    P("Prospective registry, 20 EU sites, consecutive adults implanted per IFU."),
    H1("Sample size"),
    P("350 pts: 95 % CI ±2.5 % on an expected 36-month lead complication rate of 6 %; 80 % power to detect a 10 % "
      "decline in peak VO2 gain."),
    H1("Timeline"),
    UL("FPI Q2 2025", "Annual reports", "Final Q4 2029"),
]

# ------------------------------------------------------------------ IFU EN (PDF)
IFU_EN = [
    T("Kardiamod CCM System – Instructions for Use"),
    P("Vindeln Cardiac AB · VC-IFU-005 EN · Basic UDI-DI " + UDI),
    H1("Indications"),
    P("Adults (18 years and older) with chronic heart failure, " + Q_NYHA_EN + ", LVEF 25–45 % and QRS duration "
      "< 130 ms."),
    H1("Contraindications"),
    UL("Mechanical tricuspid valve", "Permanent atrial fibrillation", "No venous access to the right ventricle"),
    H1("Warnings"),
    UL("Charge the IPG at least once a week; therapy stops when the battery is depleted.",
       "CCM does not provide pacing or defibrillation; patients with an ICD indication need an ICD.",
       "Check ICD sensing after implant (CCM pulses may be oversensed)."),
    H1("Possible complications"),
    UL("Lead dislodgement (3.9 %)", "Pocket infection (1.7 %)", "Arrhythmia during testing (1.3 %)",
       "Interaction with ICD sensing"),
    H1("Device"),
    TAB(["Component", "Description"], [
        ["IPG", Q_ID_IFU],
        ["Leads", "2 RV septal leads, optional RA sensing lead, IS-1"],
        ["Output", "Biphasic, up to 7.5 V, 20 ms train"],
        ["Battery", "Li-ion, service life ≥ 15 years"],
    ]),
]

# ------------------------------------------------------------------ IFU NL (PDF)
IFU_NL = [
    T("Kardiamod CCM-systeem – Gebruiksaanwijzing"),
    P("Vindeln Cardiac AB · VC-IFU-005 NL · Basis-UDI-DI " + UDI),
    H1("Indicaties"),
    P("Volwassenen (18 jaar en ouder) met chronisch hartfalen, " + Q_NYHA_NL + ", LVEF 25–45 % en QRS-duur < 130 ms."),
    H1("Contra-indicaties"),
    UL("Mechanische tricuspidalisklep", "Permanent atriumfibrilleren", "Geen veneuze toegang tot de rechterventrikel"),
    H1("Waarschuwingen"),
    UL("Laad de IPG minstens eenmaal per week op; de therapie stopt wanneer de batterij leeg is.",
       "CCM biedt geen pacing of defibrillatie; patiënten met een ICD-indicatie hebben een ICD nodig.",
       "Controleer na implantatie de ICD-detectie (CCM-pulsen kunnen worden overgedetecteerd)."),
    H1("Mogelijke complicaties"),
    UL("Dislocatie van een lead (3,9 %)", "Pocketinfectie (1,7 %)", "Aritmie tijdens het testen (1,3 %)",
       "Interactie met de ICD-detectie"),
    H1("Hulpmiddel"),
    TAB(["Onderdeel", "Beschrijving"], [
        ["IPG", "implanteerbare pulsgenerator (IPG) model KM-5R, oplaadbaar"],
        ["Leads", "2 RV-septale leads, optionele RA-detectielead, IS-1"],
        ["Output", "Bifasisch, tot 7,5 V, 20 ms-reeks"], ["Batterij", "Li-ion, levensduur ≥ 15 jaar"],
    ]),
]

# ------------------------------------------------------------------ SSCP (PDF)
SSCP = [
    T("Summary of Safety and Clinical Performance"),
    P("Kardiamod CCM System · VC-SSCP-005 rev 1 · Basic UDI-DI " + UDI + " · Vindeln Cardiac AB"),
    H1("Intended purpose"),
    P("Improve exercise tolerance and quality of life in adults with chronic HF, " + Q_NYHA_EN + ", LVEF 25–45 %, "
      "QRS < 130 ms."),
    H1("Contraindications"),
    UL("Mechanical tricuspid valve", "Permanent atrial fibrillation", "No venous access to the right ventricle"),
    H1("Clinical benefits"),
    P("In KM-HF-02 peak VO2 improved by 0.8 mL/kg/min and quality of life by 8 points versus medical therapy alone. "
      + Q_CLAIM_SSCP),
    H1("Residual risks"),
    UL("Lead dislodgement (3.9 %)", "Pocket infection (1.7 %)", "Arrhythmia during testing (1.3 %)",
       "Interaction with ICD sensing"),
    H1("PMCF"),
    P("350-patient registry, 3 years."),
]

# ------------------------------------------------------------------ CEAR (DOCX)
CEAR = [
    T("Clinical Evaluation Assessment Report"),
    P("Notified Body: Nord-Cert Cardio GmbH (NB 3133) · CEAR NCC-2025-019"),
    H1("Section A"),
    TAB(["Item", "Entry"], [
        ["Device", Q_ID_CEAR],
        ["Basic UDI-DI", UDI], ["Manufacturer", "Vindeln Cardiac AB, Umeå, Sweden"],
        ["Class", "III, Rule 8"], ["Assessment", "Re-certification"],
    ]),
    H1("Section C – Intended purpose"),
    P("Adults with chronic HF, NYHA III, LVEF 25–45 %, QRS < 130 ms, symptomatic on GDMT."),
    H1("Section E – Clinical data"),
    P("KM-HF-02 RCT (n = 230): CEP-AC-01 to CEP-AC-03 met."),
    H1("Section F – PMCF"),
    P("Registry of 350 patients; objectives linked to the new IPG and connector. Adequate."),
    H1("Section I – CECP"),
    P(Q_SCOPE_CEAR + " No consultation initiated."),
    H1("Conclusion"),
    P("Re-certification recommended."),
]

DOSSIER = {
    "id": "i07-cardiac-contractility",
    "device": "Kardiamod implantable cardiac contractility modulation system",
    "device_class": "III",
    "clean": False,
    "docs": [
        doc("VC-CEP-005_rev4.md", "CEP", "en", CEP),
        doc("VC-CER-005_rev6.docx", "CER", "en", CER, "Vindeln Cardiac AB – VC-CER-005"),
        doc("VC-PMCF-005_rev1.pdf", "PMCF-plan", "en", PMCF, "Vindeln Cardiac AB – PMCF"),
        doc("Kardiamod_IFU_EN.pdf", "IFU", "en", IFU_EN, "Kardiamod – IFU – EN"),
        doc("Kardiamod_IFU_NL.pdf", "IFU", "nl", IFU_NL, "Kardiamod – Gebruiksaanwijzing – NL"),
        doc("VC-SSCP-005_rev1.pdf", "SSCP", "en", SSCP, "Kardiamod – SSCP"),
        doc("CEAR_NCC-2025-019.docx", "CEAR", "en", CEAR, "Nord-Cert Cardio GmbH"),
    ],
    "labels": [
        label("aimdd_renewal_claimed_as_exemption", "scope",
              ["VC-CER-005_rev6.docx", "CEAR_NCC-2025-019.docx"], [Q_SCOPE_CER, Q_SCOPE_CER2, Q_SCOPE_CEAR],
              "Art. 54(2)(a) exempts only renewals of certificates issued under the MDR; the prior certificate is "
              "an AIMDD certificate and the generator was redesigned, so the CECP for this class III implant applies.",
              []),
        label("ipg_model_differs_in_cear", "device-identity",
              ["Kardiamod_IFU_EN.pdf", "CEAR_NCC-2025-019.docx"], [Q_ID_IFU, Q_ID_CEAR],
              "The CEAR names the generator KM-5; CER, IFU and SSCP describe the rechargeable KM-5R.",
              []),
        label("restores_normal_lv_function", "claim",
              ["VC-SSCP-005_rev1.pdf", "VC-CER-005_rev6.docx"], [Q_CLAIM_SSCP, Q_CLAIM_CER, Q_CLAIM_DATA],
              "Reversal of heart failure and restoration of normal LV function are claimed; the data show a 3.4-point "
              "LVEF gain in patients with LVEF 25–45 %.",
              []),
        label("dutch_ifu_widens_nyha_class", "language",
              ["Kardiamod_IFU_EN.pdf", "Kardiamod_IFU_NL.pdf"], [Q_NYHA_EN, Q_NYHA_NL],
              "The Dutch IFU extends the indication to NYHA classes II to IV; the English IFU and all other documents "
              "state NYHA class III.",
              ["intended-use", "population"]),
    ],
}
