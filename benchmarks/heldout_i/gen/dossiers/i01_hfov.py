from gen.kit import *  # noqa: F401,F403

NAME = "Oscilla N3"
MFR = "Nordvent Medical AB, Scheelevägen 22, 223 63 Lund, Sweden"
UDI = "7350086OSCN3VQ"

# --- quoted snippets (shared between content and labels)
Q_POP_CER = "preterm and term neonates from 400 g body weight up to infants of 10 kg"
Q_POP_IFU = "1.0 kg – 10 kg body weight (2.2 lb – 22 lb)"
Q_POP_CEAR = "intubated neonates and infants weighing 1 kg to 10 kg"
Q_VT_IFU = "6 mL to 80 mL (step 0.5 mL)"
Q_SET_IFU = "For use in NICU and PICU only. Not intended for intra- or inter-hospital transport."
Q_SET_PMCF = "2 neonatal transport services (road ambulance and helicopter)"
Q_ALARM_EN = "Set the MAP-high alarm to OFF for the rest of the shift to avoid alarm fatigue."
Q_ALARM_DE = "Alarm „MAP hoch“ für den Rest der Schicht auf AUS stellen, um Alarmmüdigkeit zu vermeiden."

SPEC_ROWS = [
    ["Ventilation modes", "HFOV; HFOV-VT (volume-targeted HFOV)"],
    ["Frequency (f)", "3 Hz – 15 Hz (step 0.5 Hz)"],
    ["Amplitude (ΔP)", "5 – 90 cmH2O"],
    ["Mean airway pressure (MAP)", "3 – 45 cmH2O"],
    ["VThf, oscillatory tidal volume (HFOV-VT target)", Q_VT_IFU],
    ["I:E ratio", "1:1, 1:2"],
    ["FiO2", "0.21 – 1.00"],
    ["Bias flow", "5 – 30 L/min"],
    ["Patient interface", "Endotracheal tube (ETT), ID 2.0 – 5.0 mm"],
    ["Flow sensor", "Proximal hot-wire sensor, dead space 0.8 mL"],
    ["Internal battery", "≥ 60 min (new battery, 25 °C)"],
]

# ------------------------------------------------------------------ CEP
CEP = [
    T("Clinical Evaluation Plan – Oscilla N3 HFOV"),
    TAB(["Field", "Entry"], [
        ["Doc. no. / rev.", "NV-CEP-031 / rev. 02"],
        ["Manufacturer", MFR],
        ["Device", "Oscilla N3 high-frequency oscillatory ventilator (HFOV)"],
        ["Basic UDI-DI", UDI],
        ["Class / rule", "IIb, Annex VIII Rule 12 (active device administering medical oxygen)"],
    ]),
    H1("1 Abbreviations"),
    P("HFOV high-frequency oscillatory ventilation; VThf oscillatory tidal volume; MAP mean airway pressure; "
      "NICU/PICU neonatal/paediatric ICU; ETT endotracheal tube; RDS respiratory distress syndrome; "
      "BPD bronchopulmonary dysplasia; IVH intraventricular haemorrhage; FU follow-up; AE/SAE (serious) adverse event; "
      "SotA state of the art; PMCF post-market clinical follow-up."),
    H1("2 Intended purpose"),
    P("Oscilla N3 provides HFOV and HFOV-VT to intubated neonates and infants with acute hypoxaemic or "
      "hypercapnic respiratory failure. Operated by trained NICU/PICU clinicians in hospital."),
    H1("3 Target groups"),
    TAB(["Item", "Specification"], [
        ["Population", "Neonates and infants, 1 kg to 10 kg body weight"],
        ["Indications", "RDS refractory to conventional ventilation; air-leak syndromes; meconium aspiration; pneumonia"],
        ["Contraindications", "Untreated tension pneumothorax; patients not intubated"],
        ["Interface", "ETT only"],
        ["Setting", "NICU, PICU"],
    ]),
    H1("4 GSPR requiring clinical data"),
    TAB(["ID", "GSPR", "Why clinical data"], [
        ["CEP-G-01", "GSPR 1, 8", "Benefit-risk vs conventional ventilation"],
        ["CEP-G-02", "GSPR 17", "Closed-loop VThf control in vivo"],
        ["CEP-G-03", "GSPR 18.5", "Alarm performance in clinical use"],
    ]),
    H1("5 Clinical benefits and outcome parameters"),
    TAB(["ID", "Benefit", "Outcome parameter"], [
        ["CEP-B-01", "Effective CO2 elimination", "PaCO2 / tcCO2 within target 45–55 mmHg at 4 h"],
        ["CEP-B-02", "Improved oxygenation", "Oxygenation index (OI) change baseline → 24 h"],
        ["CEP-B-03", "Stable volume delivery (HFOV-VT)", "% time VThf within ±15 % of target"],
    ]),
    H1("6 Acceptance criteria"),
    TAB(["ID", "Criterion", "Source"], [
        ["CEP-AC-01", "≥ 70 % of pts within PaCO2 target at 4 h", "SotA [CER ref. 3, 4]"],
        ["CEP-AC-02", "Air leak (new) ≤ 10 %", "SotA pooled rate"],
        ["CEP-AC-03", "IVH grade ≥ 3 not above SotA (≤ 12 %)", "Cochrane 2015"],
        ["CEP-AC-04", "VThf within ±15 % of target ≥ 85 % of time", "Design input NV-DI-114"],
    ]),
    H1("7 Methods"),
    UL("Systematic literature search: PubMed, Embase, Cochrane; PICO; PRISMA flow; appraisal per MEDDEV 2.7/1 rev 4 A6.",
       "Pre-market clinical investigation NV-CIP-07 (n = 64, 8 NICUs).",
       "Safety analysis of AE/SAE vs SotA; residual risks from RMF NV-RMF-031."),
    H1("8 Clinical development plan"),
    UL("Phase 1: bench + animal (completed 2022).", "Phase 2: CI NV-CIP-07 (completed 2024).",
       "Phase 3: PMCF registry (NV-PMCF-031)."),
]

# ------------------------------------------------------------------ CER
CER = [
    T("Clinical Evaluation Report: Oscilla N3"),
    P("Doc. NV-CER-031, rev. 03 · Nordvent Medical AB · Basic UDI-DI " + UDI),
    H1("1. Executive summary"),
    UL("Device: Oscilla N3 HFOV, class IIb (Rule 12).",
       "Clinical data: 1 CI (n = 64) + 9 publications on HFOV in neonates.",
       "All CEP acceptance criteria met (Table 4).",
       "Benefit-risk: acceptable vs SotA."),
    H1("2. Scope and regulatory status"),
    P("Class IIb active device intended to administer a medicinal product (medical oxygen), Rule 12. "
      "The clinical evaluation consultation procedure of MDR Art. 54(1)(b) therefore applies; first MDR certification, "
      "no Art. 54(2) exemption claimed."),
    H1("3. Device description"),
    P("Electromagnetic piston-free oscillator with active exhalation, integrated O2/air blender and proximal flow "
      "sensor. HFOV-VT adjusts ΔP breath by breath to hold the set VThf. Key parameters in Table 1."),
    TAB(["Parameter", "Value"], [
        ["Frequency", "3–15 Hz"], ["ΔP", "5–90 cmH2O"], ["MAP", "3–45 cmH2O"],
        ["VThf target", "6–80 mL"], ["FiO2", "21–100 %"],
    ]),
    NOTE("Table 1 – key parameters (full list: IFU NV-IFU-031, section 8)."),
    H1("4. Intended purpose and population"),
    P("HFOV and HFOV-VT via ETT for acute respiratory failure in the NICU and PICU. Target population: "
      + Q_POP_CER + ", including extremely low birth weight infants with RDS."),
    H1("5. State of the art"),
    P("HFOV is an established rescue and primary strategy for neonatal RDS [1, 2]. Volume-targeted HFOV reduces "
      "PaCO2 fluctuation compared with HFOV alone [3, 4]. Alternatives: conventional volume-targeted ventilation, "
      "high-frequency jet ventilation. Benchmarks in Table 2."),
    TAB(["Outcome", "SotA range", "Source"], [
        ["Air leak (new)", "6 – 10 %", "[1, 5]"],
        ["IVH ≥ grade 3", "8 – 12 %", "[2]"],
        ["PaCO2 in target at 4 h", "60 – 75 %", "[3, 4]"],
    ]),
    NOTE("Table 2 – SotA benchmarks"),
    H1("6. Clinical data"),
    TAB(["Ref.", "Design", "n", "Population", "FU", "Device"], [
        ["[6] NV-CIP-07", "Prospective multicentre CI", "64", "Neonates/infants 1.1 – 9.2 kg", "28 d", "Oscilla N3"],
        ["[3]", "RCT, HFOV-VT vs HFOV", "92", "Preterm, GA 24–30 wk", "36 wk PMA", "Other HFOV"],
        ["[4]", "Crossover", "28", "Preterm neonates", "2 h", "Other HFOV"],
        ["[5]", "Registry", "1,214", "NICU pts on HFOV", "Discharge", "Various"],
    ]),
    NOTE("Table 3 – clinical data. Equivalence is not claimed; refs [3]–[5] are SotA data only."),
    TAB(["CEP ID", "Result (NV-CIP-07)", "Met"], [
        ["CEP-AC-01", "78 % (50/64) in PaCO2 target at 4 h", "Yes"],
        ["CEP-AC-02", "New air leak 4.7 % (3/64)", "Yes"],
        ["CEP-AC-03", "IVH ≥ 3: 9.4 % (6/64)", "Yes"],
        ["CEP-AC-04", "VThf within ±15 %: 91 % of time", "Yes"],
    ]),
    NOTE("Table 4 – CEP acceptance criteria vs results"),
    H1("7. Benefit-risk"),
    UL("Benefits: CO2 elimination in target (78 %), OI reduced from 18.2 to 9.6 at 24 h (median).",
       "Risks: air leak, IVH, ETT obstruction, hyperventilation/hypocapnia; rates within SotA.",
       "Conclusion: benefit-risk acceptable."),
    H1("8. Residual risks"),
    TAB(["ID", "Residual risk", "Control"], [
        ["RR-01", "Hypocapnia during HFOV-VT (risk of periventricular leukomalacia)", "tcCO2 monitoring, VThf alarm"],
        ["RR-02", "Inadvertent PEEP loss during suction", "Closed-suction, MAP alarm"],
        ["RR-03", "ETT obstruction by secretions", "MAP/VThf alarms, IFU section 7"],
    ]),
    H1("9. PMCF"),
    P("Prospective registry NV-PMCF-031 (n = 180); objectives linked to RR-01 to RR-03."),
    H1("10. Conclusion"),
    P("Clinical evidence is sufficient for the intended purpose; PMCF will confirm long-term safety."),
    H1("References"),
    OL("Cools F et al. Cochrane Database Syst Rev 2015;CD000104.",
       "Ethawi YH et al. Cochrane Database Syst Rev 2016;CD010548.",
       "Enomoto M et al. Eur J Pediatr 2017;176:1225.",
       "Iscan B et al. Am J Perinatol 2015;32:1279.",
       "Nordic Neonatal Ventilation Registry, annual report 2023.",
       "Nordvent NV-CIR-07 Clinical investigation report, 2024."),
]

# ------------------------------------------------------------------ PMCF plan
PMCF = [
    T("PMCF Plan – Oscilla N3"),
    P("Doc. NV-PMCF-031 rev. 01 · Basic UDI-DI " + UDI + " · refers to CER NV-CER-031 rev. 03 and RMF NV-RMF-031 rev. 05"),
    H1("A. Device"),
    P("Oscilla N3 HFOV, class IIb. Intended for intubated neonates and infants 1–10 kg in NICU/PICU (see IFU)."),
    H1("B. Objectives"),
    TAB(["ID", "Objective", "Linked to"], [
        ["PO-1", "Estimate incidence of hypocapnia (PaCO2 < 35 mmHg) in HFOV-VT", "RR-01"],
        ["PO-2", "Confirm new air-leak rate ≤ 10 %", "CEP-AC-02, RR-02"],
        ["PO-3", "Detect ETT obstruction events and alarm response", "RR-03"],
    ]),
    H1("C. Method"),
    UL("Prospective, multicentre registry; consecutive enrolment.",
       "Sites: 5 tertiary NICUs (SE, DK, NO, DE) and " + Q_SET_PMCF + ".",
       "Data: ventilator logs + eCRF; FU to discharge or 36 wk PMA."),
    H1("D. Sample size"),
    P("n = 180 gives a 95 % CI half-width of ±4.5 % around an expected air-leak rate of 8 %; "
      "allows detection of hypocapnia events with rate ≥ 2 % with 97 % probability."),
    H1("E. Timeline"),
    TAB(["Milestone", "Date"], [
        ["First patient in", "Q3 2025"], ["Interim analysis (n = 90)", "Q4 2026"],
        ["Final report / CER update", "Q2 2028"],
    ]),
]

# ------------------------------------------------------------------ IFU EN
IFU_EN = [
    T("Oscilla N3 – Instructions for Use"),
    P("NV-IFU-031 rev. 04 · Nordvent Medical AB, Lund, Sweden · Basic UDI-DI " + UDI),
    H1("1 Intended use"),
    P("The Oscilla N3 delivers high-frequency oscillatory ventilation (HFOV, HFOV-VT) to intubated neonates and infants "
      "with acute respiratory failure."),
    H1("2 Patient population"),
    TAB(["Criterion", "Range"], [
        ["Body weight", Q_POP_IFU],
        ["Age", "Birth to 12 months"],
        ["Airway", "Endotracheal tube, ID 2.0–5.0 mm"],
    ]),
    H1("3 Indications"),
    UL("RDS not responding to conventional ventilation", "Air-leak syndromes (PIE, pneumothorax)",
       "Meconium aspiration syndrome", "Pneumonia with hypoxaemic failure"),
    H1("4 Contraindications"),
    UL("Untreated tension pneumothorax", "Non-intubated patients"),
    H1("5 Users and environment"),
    P("Physicians, respiratory therapists and nurses trained on Oscilla N3. " + Q_SET_IFU),
    H1("6 Warnings"),
    UL("Monitor tcCO2 or blood gases continuously after any change of f, ΔP or VThf; hypocapnia may cause cerebral injury.",
       "Keep a manual resuscitation bag and O2 source at the bedside.",
       "Use closed suction to avoid loss of lung volume."),
    H1("7 Troubleshooting"),
    TAB(["Alarm / event", "Action"], [
        ["VThf low", "Check ETT patency and position; suction; consider increasing ΔP limit."],
        ["Repeated MAP-high alarms during closed suction", Q_ALARM_EN],
        ["Power loss", "Device switches to battery; connect mains within 60 min."],
    ]),
    H1("8 Technical specifications"),
    TAB(["Parameter", "Value"], SPEC_ROWS),
]

# ------------------------------------------------------------------ IFU DE
IFU_DE = [
    T("Oscilla N3 – Gebrauchsanweisung"),
    P("NV-IFU-031-DE Rev. 04 · Nordvent Medical AB, Lund, Schweden · Basis-UDI-DI " + UDI),
    H1("1 Zweckbestimmung"),
    P("Das Oscilla N3 liefert Hochfrequenz-Oszillationsbeatmung (HFOV, HFOV-VT) für intubierte Neugeborene und Säuglinge "
      "mit akutem Atemversagen."),
    H1("2 Patientenpopulation"),
    TAB(["Kriterium", "Bereich"], [
        ["Körpergewicht", "1,0 kg – 10 kg Körpergewicht (2,2 lb – 22 lb)"],
        ["Alter", "Geburt bis 12 Monate"],
        ["Atemweg", "Endotrachealtubus, ID 2,0–5,0 mm"],
    ]),
    H1("3 Indikationen"),
    UL("RDS ohne Ansprechen auf konventionelle Beatmung", "Air-Leak-Syndrome (PIE, Pneumothorax)",
       "Mekoniumaspirationssyndrom", "Pneumonie mit hypoxämischem Versagen"),
    H1("4 Kontraindikationen"),
    UL("Unbehandelter Spannungspneumothorax", "Nicht intubierte Patienten"),
    H1("5 Anwender und Umgebung"),
    P("Am Oscilla N3 geschulte Ärzte, Atmungstherapeuten und Pflegekräfte. Nur für den Einsatz auf NICU und PICU. "
      "Nicht für den inner- oder interklinischen Transport bestimmt."),
    H1("6 Warnhinweise"),
    UL("Nach jeder Änderung von f, ΔP oder VThf tcCO2 oder Blutgase kontinuierlich überwachen; Hypokapnie kann zu "
       "zerebralen Schäden führen.",
       "Beatmungsbeutel und O2-Quelle am Bett bereithalten.",
       "Geschlossenes Absaugsystem verwenden, um Lungenvolumenverlust zu vermeiden."),
    H1("7 Fehlerbehebung"),
    TAB(["Alarm / Ereignis", "Maßnahme"], [
        ["VThf niedrig", "Durchgängigkeit und Lage des Tubus prüfen; absaugen; ggf. ΔP-Grenze erhöhen."],
        ["Wiederholte Alarme „MAP hoch“ beim geschlossenen Absaugen", Q_ALARM_DE],
        ["Netzausfall", "Gerät schaltet auf Akku; innerhalb von 60 min an das Netz anschließen."],
    ]),
    H1("8 Technische Daten"),
    TAB(["Parameter", "Wert"], [
        ["Beatmungsmodi", "HFOV; HFOV-VT (volumengesteuerte HFOV)"],
        ["Frequenz (f)", "3 Hz – 15 Hz (Schritt 0,5 Hz)"],
        ["Amplitude (ΔP)", "5 – 90 cmH2O"],
        ["Mittlerer Atemwegsdruck (MAP)", "3 – 45 cmH2O"],
        ["VThf, oszillatorisches Tidalvolumen (Zielwert HFOV-VT)", "6 mL bis 80 mL (Schritt 0,5 mL)"],
        ["I:E-Verhältnis", "1:1, 1:2"],
        ["FiO2", "0,21 – 1,00"],
        ["Bias-Flow", "5 – 30 L/min"],
        ["Patientenschnittstelle", "Endotrachealtubus, ID 2,0 – 5,0 mm"],
        ["Flowsensor", "Proximaler Hitzdrahtsensor, Totraum 0,8 mL"],
        ["Interner Akku", "≥ 60 min (neuer Akku, 25 °C)"],
    ]),
]

# ------------------------------------------------------------------ CEAR
CEAR = [
    T("Clinical Evaluation Assessment Report (CEAR)"),
    TAB(["A. Administrative particulars", ""], [
        ["Notified Body", "NordCert Medical Oy, NB 2984"],
        ["Manufacturer", "Nordvent Medical AB (SRN SE-MF-000031178)"],
        ["Device", "Oscilla N3 high-frequency oscillatory ventilator"],
        ["Basic UDI-DI", UDI],
        ["Class", "IIb, Rule 12"],
        ["Assessment type", "Initial MDR certification"],
        ["Documents assessed", "CEP NV-CEP-031 rev. 02; CER NV-CER-031 rev. 03; PMCF plan NV-PMCF-031 rev. 01; IFU NV-IFU-031 rev. 04"],
    ]),
    H1("C. Device and intended purpose"),
    P("HFOV and volume-targeted HFOV for " + Q_POP_CEAR + " with acute respiratory failure, used in the NICU/PICU by "
      "trained staff. Patient interface: endotracheal tube."),
    P("No novel clinical procedure; HFOV-VT closed-loop control is a feature of recent devices on the market."),
    H1("D/E. Clinical data"),
    P("The NB reviewed CI NV-CIP-07 (n = 64, 28 d FU) and the literature appraisal. Acceptance criteria CEP-AC-01 to "
      "CEP-AC-04 are reported as met in CER Table 4."),
    H1("F. PMCF"),
    P("Prospective registry with n = 180 and objectives linked to residual risks RR-01 to RR-03. Found adequate."),
    H1("G. IFU"),
    P("Indications, contraindications and warnings are consistent with the CER."),
    H1("I. Art. 54 consultation"),
    P("Class IIb active device administering a medicinal product (Rule 12): Art. 54(1)(b) applies. No exemption under "
      "Art. 54(2). Proposed panel: respiratory, anaesthesiology, intensive care."),
    H1("Conclusion"),
    P("The NB considers the clinical evidence sufficient and the benefit-risk acceptable, subject to PMCF."),
]

DOSSIER = {
    "id": "i01-hfov-neonatal",
    "device": "Oscilla N3 high-frequency oscillatory ventilator for neonates and infants",
    "device_class": "IIb",
    "clean": False,
    "docs": [
        doc("NV-CEP-031_Oscilla_N3_CEP.docx", "CEP", "en", CEP, "Nordvent Medical AB · NV-CEP-031 rev. 02"),
        doc("NV-CER-031_Oscilla_N3_CER.pdf", "CER", "en", CER, "Nordvent Medical AB · NV-CER-031 rev. 03"),
        doc("NV-PMCF-031_plan.md", "PMCF-plan", "en", PMCF),
        doc("Oscilla_N3_IFU_EN.pdf", "IFU", "en", IFU_EN, "Oscilla N3 IFU · English"),
        doc("Oscilla_N3_Gebrauchsanweisung_DE.pdf", "IFU", "de", IFU_DE, "Oscilla N3 · Deutsch"),
        doc("CEAR_NB2984_Oscilla_N3.docx", "CEAR", "en", CEAR, "NordCert Medical Oy · CEAR 25-0412"),
    ],
    "labels": [
        label("weight_range_mismatch", "population",
              ["NV-CER-031_Oscilla_N3_CER.pdf", "Oscilla_N3_IFU_EN.pdf", "CEAR_NB2984_Oscilla_N3.docx"],
              [Q_POP_CER, Q_POP_IFU, Q_POP_CEAR],
              "The CER extends the population down to 400 g, while the IFU and the CEAR start at 1 kg.",
              ["plausibility", "evidence"]),
        label("min_tidal_volume_too_large_for_population", "plausibility",
              ["Oscilla_N3_IFU_EN.pdf", "NV-CER-031_Oscilla_N3_CER.pdf"],
              [Q_VT_IFU, Q_POP_IFU, Q_POP_CER],
              "Minimum settable oscillatory tidal volume of 6 mL equals 6 mL/kg at 1 kg and 15 mL/kg at 400 g, far above the "
              "1–2.5 mL/kg used in neonatal HFOV; the device cannot serve the smallest patients claimed.",
              ["population", "specification"]),
        label("pmcf_sites_in_transport", "care-setting",
              ["Oscilla_N3_IFU_EN.pdf", "NV-PMCF-031_plan.md"],
              [Q_SET_IFU, Q_SET_PMCF],
              "The IFU excludes transport use; the PMCF plan recruits in neonatal transport services.",
              ["pmcf"]),
        label("alarm_switched_off", "safety-instruction",
              ["Oscilla_N3_IFU_EN.pdf", "Oscilla_N3_Gebrauchsanweisung_DE.pdf"],
              [Q_ALARM_EN, Q_ALARM_DE],
              "The troubleshooting table instructs users to switch the MAP-high alarm off for a whole shift on a "
              "life-sustaining ventilator.",
              []),
    ],
}
