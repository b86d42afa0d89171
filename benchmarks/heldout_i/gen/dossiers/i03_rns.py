from gen.kit import *  # noqa: F401,F403

UDI = "7350099EPIRCS2K4"
UDI_WRONG = "7350099EPIRCS1K4"

Q_UDI_CER = "Basic UDI-DI: 7350099EPIRCS2K4"
Q_UDI_CEAR = "EpiSense RCS-2 system, Basic UDI-DI 7350099EPIRCS1K4"
Q_POP_IFU = "Adults (18 years of age or older) with drug-resistant focal epilepsy"
Q_POP_SSCP = "patients aged 12 years and older with drug-resistant focal epilepsy"
Q_AC4 = "Implant-site infection requiring explantation ≤ 5 % at 24 months"
Q_AC5 = "SUDEP rate ≤ 2.5 per 1,000 patient-years over the follow-up period"
Q_AC_CER = "The acceptance criteria defined in the CEP (CEP-AC-01 to CEP-AC-03) are all met."
Q_CLAIM_CER = "EpiSense RCS-2 provides lifelong seizure control that is sustained for the entire service life of the implant."
Q_CLAIM_SSCP = "The benefit is lifelong: seizure control is maintained for as long as the implant is in place."
Q_FU = "Longest follow-up available: 12 months (EPI-RESP-01)."

INDIC_EN = [
    "Drug-resistant focal epilepsy (failure of ≥ 2 appropriate anti-seizure medications)",
    "1 or 2 well-localized seizure foci identified by video-EEG and imaging",
    "≥ 3 disabling seizures per month over the 3 months before implant",
]
CONTRA_EN = [
    "Diathermy (shortwave, microwave or therapeutic ultrasound) at any site",
    "Electroconvulsive therapy and transcranial magnetic stimulation",
    "Patients unable to operate the remote monitor or with no caregiver to do so",
    "MRI except under the conditions of the separate MRI guidelines EN-MRI-002",
]
RISKS = [
    "Implant-site infection (4.2 %)",
    "Intracranial hemorrhage (2.1 %)",
    "Lead revision or damage (3.5 %)",
    "Depression or mood change (3.0 %)",
    "SUDEP (background risk of the disease)",
]

# ------------------------------------------------------------------ CEP
CEP = [
    T("Clinical Evaluation Plan"),
    P("EpiSense RCS-2 Responsive Cortical Stimulation System · Doc EN-CEP-002 · Revision B · Elvira Neurotech AB, "
      "Dag Hammarskjölds väg 54, Uppsala, Sweden"),
    H1("1. Purpose of this plan"),
    P("This plan defines how Elvira Neurotech will demonstrate conformity with the relevant general safety and "
      "performance requirements for the EpiSense RCS-2 (Basic UDI-DI " + UDI + "), a class III active implantable "
      "device (Annex VIII, Rule 8), through clinical data."),
    H1("2. Intended purpose and target population"),
    P("Adjunctive therapy to reduce the frequency of disabling seizures in adults (18 years and older) with "
      "drug-resistant focal epilepsy with one or two seizure foci, by detecting abnormal cortical activity and "
      "delivering responsive electrical stimulation."),
    H1("3. Clinical benefits and outcome parameters"),
    UL("Reduction of disabling seizure frequency (primary): median % change from baseline, seizure diary.",
       "Responder rate: proportion with ≥ 50 % reduction.",
       "Quality of life: QOLIE-89 change from baseline."),
    H1("4. Acceptance criteria"),
    TAB(["ID", "Criterion", "Rationale"], [
        ["CEP-AC-01", "Median reduction in disabling seizures ≥ 40 % at 12 months", "SotA responsive / DBS therapy"],
        ["CEP-AC-02", "Responder rate (≥ 50 % reduction) ≥ 40 % at 12 months", "SotA"],
        ["CEP-AC-03", "Serious device-related AE ≤ 12 % within 28 days of implant", "SotA neurosurgical implants"],
        ["CEP-AC-04", Q_AC4, "Published cranial implant series"],
        ["CEP-AC-05", Q_AC5, "Background SUDEP in drug-resistant epilepsy"],
    ]),
    H1("5. Clinical data sources"),
    UL("Pivotal clinical investigation EPI-RESP-01 (n = 142; 3-month blinded phase, then open-label).",
       "Systematic literature review of responsive neurostimulation, VNS and ANT-DBS (state of the art).",
       "No equivalence claimed."),
]

# ------------------------------------------------------------------ CER
CER = [
    T("Clinical Evaluation Report – EpiSense RCS-2"),
    TAB(["Document control", ""], [
        ["Document", "EN-CER-002, Revision C"],
        ["Manufacturer", "Elvira Neurotech AB, Uppsala, Sweden (SRN SE-MF-000044107)"],
        ["Device", "EpiSense RCS-2 Responsive Cortical Stimulation System"],
        ["Identifier", Q_UDI_CER],
        ["Classification", "Class III, Rule 8 (active implantable device)"],
    ]),
    H1("1. Summary"),
    P("The EpiSense RCS-2 is a cranially implanted, battery-powered neurostimulator connected to one or two cortical "
      "strip or depth leads. It continuously senses electrocorticographic (ECoG) activity and, when a programmed "
      "pattern is detected, delivers a short burst of stimulation to the seizure focus. Clinical data come from the "
      "pivotal investigation EPI-RESP-01 and the published literature on responsive neurostimulation."),
    H1("2. Scope of the consultation procedure"),
    P("The device is a class III implantable device. Article 54(1)(a) MDR applies and no exemption under Article 54(2) "
      "is claimed; this is an initial MDR application."),
    H1("3. Intended purpose"),
    P("Adjunctive treatment for adults (≥ 18 years) with drug-resistant focal epilepsy with one or two "
      "well-localized seizure foci and at least three disabling seizures per month."),
    H1("4. State of the art"),
    P("Options for patients who are not resection candidates are vagus nerve stimulation (VNS), deep brain stimulation of "
      "the anterior nucleus of the thalamus (ANT-DBS) and responsive neurostimulation. Published median seizure "
      "reductions at 1 year are 35–45 % for VNS and ANT-DBS and 44 % for responsive stimulation, with 2-year infection "
      "rates of 3–9 % [2–4]."),
    H1("5. Clinical data"),
    TAB(["Source", "Design", "N", "Population", "Follow-up"], [
        ["EPI-RESP-01 [1]", "Multicenter, sham-controlled blinded phase, then open-label", "142", "Adults 18–66 yrs", "12 months"],
        ["Literature [2]", "RCT + long-term extension (other RNS device)", "191", "Adults", "9 years"],
        ["Literature [3]", "ANT-DBS RCT", "110", "Adults", "5 years"],
        ["Literature [4]", "VNS registry", "5,554", "Children and adults", "Up to 10 years"],
    ]),
    P(Q_FU + " Literature sources [2]–[4] concern other devices and serve the state of the art only."),
    H2("5.1 Results versus acceptance criteria"),
    TAB(["ID", "Result", "Met"], [
        ["CEP-AC-01", "Median reduction 46 % at 12 months", "Yes"],
        ["CEP-AC-02", "Responder rate 45 % at 12 months", "Yes"],
        ["CEP-AC-03", "Serious device-related AE 9.2 % at 28 days", "Yes"],
    ]),
    P(Q_AC_CER),
    H1("6. Safety"),
    UL(*RISKS),
    H1("7. Benefit-risk and conclusions"),
    P("The EpiSense RCS-2 reduces disabling seizures by a median of 46 % with an acceptable safety profile. "
      + Q_CLAIM_CER + " The benefit-risk ratio is favorable compared with the state of the art."),
    H1("8. PMCF"),
    P("A prospective registry (EN-PMCF-002) will follow 300 patients for 5 years."),
    H1("References"),
    OL("Elvira Neurotech. EPI-RESP-01 clinical investigation report, 2024.",
       "Arvidsson M, et al. Nine-year outcomes of responsive neurostimulation. Neurology 2020.",
       "Kowalczyk P, et al. ANT-DBS long-term follow-up. Epilepsia 2019.",
       "Bianchi R, et al. VNS outcome registry. Seizure 2018."),
]

# ------------------------------------------------------------------ PMCF plan (PDF)
PMCF = [
    T("Post-Market Clinical Follow-up Plan – EpiSense RCS-2"),
    P("Doc EN-PMCF-002 Rev A. References: CER EN-CER-002 Rev C; risk management file EN-RMF-002 Rev D."),
    H1("1. Objectives"),
    TAB(["Objective", "Endpoint", "Linked risk / gap"], [
        ["Confirm long-term effectiveness", "Median % seizure reduction at 2, 3 and 5 years", "Follow-up limited to 12 months"],
        ["Infection and explant rate", "Implant-site infection requiring explant at 24 months", "RR infection"],
        ["SUDEP", "SUDEP per 1,000 patient-years", "Residual risk"],
        ["Battery longevity", "Time to replacement", "Design assumption 8 years"],
    ]),
    H1("2. Design"),
    P("Prospective, multicenter, single-arm registry in 12 epilepsy surgery centers (SE, DE, IT, NL). Adults with "
      "drug-resistant focal epilepsy implanted per the IFU."),
    H1("3. Sample size"),
    P("300 patients: precision of ±2.4 % (95 % CI) on an expected 24-month infection rate of 5 %, and about 1,200 "
      "patient-years for SUDEP estimation."),
    H1("4. Timeline"),
    UL("First enrollment Q2 2025", "Annual PMCF evaluation reports", "Final report Q4 2031"),
]

# ------------------------------------------------------------------ IFU EN (PDF)
IFU_EN = [
    T("EpiSense RCS-2 – Physician Instructions for Use"),
    P("Elvira Neurotech AB · EN-IFU-002 Rev D · Basic UDI-DI " + UDI),
    H1("1. Indications for use"),
    P("The EpiSense RCS-2 is an adjunctive therapy for reducing the frequency of disabling seizures in:"),
    UL(Q_POP_IFU, *INDIC_EN),
    H1("2. Contraindications"),
    UL(*CONTRA_EN),
    H1("3. Warnings"),
    UL("Implant only in centers with epilepsy surgery and video-EEG monitoring.",
       "Stimulation does not replace anti-seizure medication; do not stop medication without physician review.",
       "Cranial implant over thin bone: check skull thickness ≥ 5 mm at the ferrule site on CT."),
    H1("4. Adverse events"),
    UL(*RISKS),
    H1("5. Technical data"),
    TAB(["Item", "Specification"], [
        ["Neurostimulator size", "60 × 28 × 7.5 mm; 16 g"],
        ["Leads", "Up to 2 (strip or depth), 4 contacts each"],
        ["Current", "0.5 – 12.0 mA"],
        ["Pulse width", "40 – 1000 µs"],
        ["Battery", "Primary cell, nominal longevity 8 years"],
    ]),
]

# ------------------------------------------------------------------ IFU IT (PDF)
IFU_IT = [
    T("EpiSense RCS-2 – Istruzioni per l'uso per il medico"),
    P("Elvira Neurotech AB · EN-IFU-002-IT Rev D · UDI-DI di base " + UDI),
    H1("1. Indicazioni d'uso"),
    P("EpiSense RCS-2 è una terapia aggiuntiva per ridurre la frequenza delle crisi invalidanti in:"),
    UL("Adulti (di età pari o superiore a 18 anni) con epilessia focale farmacoresistente",
       "Epilessia focale farmacoresistente (fallimento di ≥ 2 farmaci anticrisi appropriati)",
       "1 o 2 focolai epilettogeni ben localizzati identificati con video-EEG e imaging",
       "≥ 3 crisi invalidanti al mese nei 3 mesi precedenti l'impianto"),
    H1("2. Controindicazioni"),
    UL("Diatermia (onde corte, microonde o ultrasuoni terapeutici) in qualsiasi sede",
       "Terapia elettroconvulsivante e stimolazione magnetica transcranica",
       "Pazienti incapaci di usare il monitor remoto o senza un caregiver che possa farlo",
       "Risonanza magnetica, salvo alle condizioni delle linee guida RM separate EN-MRI-002"),
    H1("3. Avvertenze"),
    UL("Impiantare solo in centri con chirurgia dell'epilessia e monitoraggio video-EEG.",
       "La stimolazione non sostituisce i farmaci anticrisi; non sospendere i farmaci senza valutazione medica.",
       "Impianto cranico su osso sottile: verificare alla TC uno spessore cranico ≥ 5 mm nella sede del ferrule."),
    H1("4. Eventi avversi"),
    UL("Infezione del sito d'impianto (4,2 %)", "Emorragia intracranica (2,1 %)", "Revisione o danno dell'elettrodo (3,5 %)",
       "Depressione o alterazioni dell'umore (3,0 %)", "SUDEP (rischio di base della malattia)"),
    H1("5. Dati tecnici"),
    TAB(["Voce", "Specifica"], [
        ["Dimensioni del neurostimolatore", "60 × 28 × 7,5 mm; 16 g"],
        ["Elettrodi", "Fino a 2 (strip o profondi), 4 contatti ciascuno"],
        ["Corrente", "0,5 – 12,0 mA"],
        ["Durata dell'impulso", "40 – 1000 µs"],
        ["Batteria", "Pila primaria, durata nominale 8 anni"],
    ]),
]

# ------------------------------------------------------------------ SSCP (DOCX)
SSCP = [
    T("Summary of Safety and Clinical Performance (SSCP)"),
    P("EpiSense RCS-2 Responsive Cortical Stimulation System · EN-SSCP-002 Rev A · Basic UDI-DI " + UDI),
    H1("1. Device identification"),
    P("Manufacturer: Elvira Neurotech AB, Uppsala, Sweden. Class III active implantable device. Notified Body 3051."),
    H1("2. Intended purpose"),
    P("Adjunctive therapy for reducing disabling seizures in " + Q_POP_SSCP + " and one or two seizure foci."),
    H1("3. Contraindications"),
    UL(*CONTRA_EN),
    H1("4. Clinical performance"),
    P("In EPI-RESP-01 (142 patients), disabling seizures fell by a median of 46 % at 12 months; 45 % of patients "
      "had at least a 50 % reduction. " + Q_CLAIM_SSCP),
    H1("5. Residual risks and undesirable side-effects"),
    UL(*RISKS),
    H1("6. Alternatives"),
    P("Anti-seizure medication, resective surgery, laser ablation, VNS, ANT-DBS."),
    H1("7. PMCF"),
    P("300-patient registry with 5-year follow-up."),
]

# ------------------------------------------------------------------ CEAR (Markdown)
CEAR = [
    T("Clinical Evaluation Assessment Report"),
    P("Notified Body: Svea Certifiering AB (NB 3051). CEAR no. 3051-CE-25-077."),
    H1("A. Administrative particulars"),
    TAB(["Field", "Value"], [
        ["Device", Q_UDI_CEAR],
        ["Manufacturer", "Elvira Neurotech AB, Uppsala, Sweden"],
        ["Class", "III (Rule 8), active implantable"],
        ["Assessment", "Initial certification under the MDR"],
        ["CER / CEP", "EN-CER-002 Rev C / EN-CEP-002 Rev B"],
    ]),
    H1("C. Intended purpose"),
    P("Adjunctive responsive cortical stimulation for adults with drug-resistant focal epilepsy and one or two foci."),
    H1("E. Clinical investigation"),
    P("EPI-RESP-01: 142 adults, 12-month follow-up; primary endpoint met (median reduction 46 %)."),
    H1("F. PMCF"),
    P("Registry of 300 patients over 5 years; objectives address long-term effectiveness, infection and SUDEP."),
    H1("I. Consultation procedure"),
    P("Class III implantable device: Art. 54(1)(a) applies. Proposed panel: neurology."),
    H1("Conclusion"),
    P("The NB considers the clinical evidence adequate for certification, subject to PMCF."),
]

DOSSIER = {
    "id": "i03-responsive-neurostim",
    "device": "EpiSense RCS-2 responsive cortical neurostimulator for focal epilepsy",
    "device_class": "III",
    "clean": False,
    "docs": [
        doc("EN-CEP-002_RevB.docx", "CEP", "en", CEP, "Elvira Neurotech AB – CEP"),
        doc("EN-CER-002_RevC.docx", "CER", "en", CER, "Elvira Neurotech AB – CER"),
        doc("EN-PMCF-002_RevA.pdf", "PMCF-plan", "en", PMCF, "Elvira Neurotech AB – PMCF plan"),
        doc("EpiSense_RCS-2_IFU_en.pdf", "IFU", "en", IFU_EN, "EpiSense RCS-2 – IFU (English)"),
        doc("EpiSense_RCS-2_IFU_it.pdf", "IFU", "it", IFU_IT, "EpiSense RCS-2 – IFU (Italiano)"),
        doc("EN-SSCP-002_RevA.docx", "SSCP", "en", SSCP, "EpiSense RCS-2 – SSCP"),
        doc("CEAR_3051-CE-25-077.md", "CEAR", "en", CEAR),
    ],
    "labels": [
        label("basic_udi_di_mismatch", "device-identity",
              ["EN-CER-002_RevC.docx", "CEAR_3051-CE-25-077.md"], [Q_UDI_CER, Q_UDI_CEAR],
              "The CEAR identifies the device with a different Basic UDI-DI (…RCS1…) than the CER, IFU and SSCP (…RCS2…).",
              []),
        label("sscp_population_includes_adolescents", "population",
              ["EpiSense_RCS-2_IFU_en.pdf", "EN-SSCP-002_RevA.docx"], [Q_POP_IFU, Q_POP_SSCP],
              "The SSCP states the device is for patients from 12 years, the IFU, CEP, CER and CEAR for adults "
              "18 years and older; no paediatric data exist.",
              ["evidence"]),
        label("cep_acceptance_criteria_not_reported", "evidence",
              ["EN-CEP-002_RevB.docx", "EN-CER-002_RevC.docx"], [Q_AC4, Q_AC5, Q_AC_CER],
              "CEP acceptance criteria CEP-AC-04 (24-month infection/explant) and CEP-AC-05 (SUDEP) are never "
              "reported in the CER, which declares conformity on AC-01 to AC-03 only.",
              []),
        label("lifelong_claim_on_12_month_data", "claim",
              ["EN-CER-002_RevC.docx", "EN-SSCP-002_RevA.docx"], [Q_CLAIM_CER, Q_CLAIM_SSCP, Q_FU],
              "Lifelong / service-life seizure control is claimed although device data reach 12 months only.",
              ["evidence"]),
    ],
}
