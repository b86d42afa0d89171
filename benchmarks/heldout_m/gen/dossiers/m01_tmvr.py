"""m01 - transapical TMVR system (clean)."""
from common import doc, F, h, p, ul, ol, t, kv

ID = "m01_mitralis_ta"
DEVICE = "Mitralis TA transcatheter mitral valve replacement system (transapical)"
CLASS = "III"
CLEAN = True

MFR = "Kardiotek Medical GmbH, Pascalstraße 11, 52076 Aachen, Germany"
SRN = "DE-MF-000031842"
UDI = "426111870MTA01QH"
NB = "Hanse Medizinprodukte Zertifizierung GmbH (Notified Body 2983)"

RISKS_EN = [
    "death", "stroke or transient ischaemic attack", "bleeding, incl. bleeding at the apical access site",
    "valve thrombosis and thromboembolism", "left ventricular outflow tract (LVOT) obstruction",
    "paravalvular leak", "haemolysis", "arrhythmia, incl. atrial fibrillation and conduction disorders",
    "acute kidney injury", "infection, incl. endocarditis", "pericardial effusion or cardiac tamponade",
    "device malposition or embolisation", "pleural effusion or pneumothorax",
    "apical pseudoaneurysm or myocardial injury at the access site",
    "structural valve deterioration", "need for reintervention or cardiac surgery",
]


def cep():
    return doc(
        "Clinical Evaluation Plan – Mitralis TA System",
        "CEP-MTA-001 Rev. 02 | Kardiotek Medical GmbH | confidential",
        [
            kv(("Document", "CEP-MTA-001"), ("Revision", "02"), ("Date", "2024-06-12"),
               ("Author", "Dr. med. K. Albrecht (clinical evaluation), Dipl.-Ing. S. Wenzel (regulatory affairs)"),
               ("Approved", "Head of Clinical Affairs, 14.06.2024")),
            h(1, "Abbreviations"),
            t([["Abbreviation", "Meaning"], ["CEP / CER", "Clinical evaluation plan / report"],
               ["EFS", "Early feasibility study"], ["KCCQ", "Kansas City Cardiomyopathy Questionnaire"],
               ["LVOT", "Left ventricular outflow tract"], ["MR", "Mitral regurgitation"],
               ["MVARC", "Mitral Valve Academic Research Consortium"], ["TEER", "Transcatheter edge-to-edge repair"]],
              widths=(30, 70)),
            h(1, "1 Scope of the plan"),
            p("This plan defines the clinical evaluation of the Mitralis TA system acc. to Art. 61 and Annex XIV Part A "
              "of Regulation (EU) 2017/745 (MDR) and MEDDEV 2.7/1 rev. 4 as far as compatible with the MDR. It covers all "
              "valve sizes (MTA-V-S, MTA-V-M, MTA-V-L), the delivery system MTA-D34, the apical pad MTA-AP and the loading "
              "system MTA-LS, all under Basic UDI-DI " + UDI + "."),
            h(1, "2 Device and intended purpose"),
            kv(("Intended purpose", "Replacement of the native mitral valve via transapical access in patients with "
                "symptomatic, moderate-to-severe or severe mitral regurgitation (MR 3+ or 4+)."),
               ("Target group", "Adult patients (≥ 18 years), NYHA class II to IVa, primary or secondary MR, "
                "judged by the Heart Team as not suitable for conventional mitral surgery and not suitable for TEER."),
               ("Contraindications", "Severe mitral annular calcification; LVEF below 30 %; prior mitral valve "
                "surgery or prosthesis; predicted neo-LVOT area below 1,7 cm²; active endocarditis; left ventricular or "
                "left atrial thrombus; contraindication to anticoagulation."),
               ("Users / setting", "Heart Team (interventional cardiologist and cardiac surgeon) in a hybrid operating "
                "room or catheterisation laboratory with cardiac surgery on site."),
               ("Classification", "Class III, Annex VIII Rule 8 (implantable, direct contact with the heart); delivery "
                "system class III acc. to Rule 6."),
               ("CECP", "Applicable acc. to Art. 54(1)(a) MDR (class III implantable). No exemption acc. to Art. 54(2): "
                "first certification, no predecessor device of Kardiotek.")),
            h(1, "3 Clinical benefits and outcome parameters"),
            t([["ID", "Clinical benefit", "Outcome parameter"],
               ["CB-1", "Reduction of MR", "MR grade ≤ 1+ by echocardiography (core lab) at 30 days and 12 months"],
               ["CB-2", "Improvement of heart failure symptoms", "NYHA class; KCCQ overall summary score at 12 months"],
               ["CB-3", "Fewer heart failure hospitalisations", "HF hospitalisations per patient-year, 12 months before vs. after implant"]],
              widths=(10, 35, 55), caption="Tab. 1: Clinical benefits"),
            h(1, "4 Acceptance criteria for benefit-risk"),
            t([["Req. ID", "Parameter", "Acceptance criterion", "Basis"],
               ["REQ-CEP-01", "Technical success (MVARC) at exit from procedure room", "≥ 90 %", "L1, L4"],
               ["REQ-CEP-02", "All-cause mortality at 30 days", "≤ 10 %", "L1, L4, STS data for redo/high-risk surgery"],
               ["REQ-CEP-03", "MR ≤ 1+ at 30 days (evaluable patients)", "≥ 85 %", "L1, L2"],
               ["REQ-CEP-04", "Freedom from device-related reintervention at 12 months", "≥ 90 %", "L4"],
               ["REQ-CEP-05", "Improvement by ≥ 1 NYHA class at 12 months", "≥ 60 % of surviving patients", "L2, L4"],
               ["REQ-CEP-06", "Composite major adverse events at 30 days", "≤ 20 %", "L1"]],
              widths=(15, 38, 22, 25), caption="Tab. 2: Acceptance criteria"),
            h(1, "5 Clinical development plan"),
            ol("Early feasibility study MITRA-TA EFS, n = 30, 4 sites in DE and NL, follow-up 2 years (completed).",
               "Pivotal study MITRA-TA CE, n = 154, 14 sites in DE, NL, FR, IT and ES; primary endpoint at 12 months, follow-up until 5 years.",
               "PMCF registry MITRA-TA PMCF after CE marking, n = 300, follow-up 5 years (see PMCF plan PMCF-P-MTA-001)."),
            h(1, "6 Literature search and appraisal"),
            p("Databases: PubMed/MEDLINE, Embase, Cochrane Library; search period 2010-01-01 until data lock; separate "
              "searches for the device itself and for the state of the art (surgical mitral valve repair/replacement, TEER, "
              "other TMVR systems). Appraisal acc. to MEDDEV 2.7/1 rev. 4 Appendix A6 (suitability and contribution), "
              "favourable and unfavourable data are both included. Equivalence is not claimed."),
            h(1, "7 Update frequency"),
            p("The CER is updated at least annually together with the PMCF evaluation report and the SSCP (Art. 61(11) MDR)."),
        ])


def cer():
    st_rows = [["ID", "Study / reference", "Design", "n", "Follow-up", "Role in this CER"],
               ["S1", "MITRA-TA EFS (CIV-DE-21-04-036712)", "prospective, single-arm, 4 sites", "30", "2 years, complete", "device data, safety"],
               ["S2", "MITRA-TA CE pivotal (CIV-22-03-039855)", "prospective, single-arm, 14 sites", "154", "12 months (primary); 2 years in 98 patients", "device data, pivotal"],
               ["L1", "Sorajja P et al., J Am Coll Cardiol 2019;73:1250-1260", "prospective, transapical TMVR", "100", "12 months", "state of the art"],
               ["L2", "Stone GW et al., N Engl J Med 2018;379:2307-2318 (COAPT)", "RCT, TEER vs. medical therapy", "614", "24 months", "state of the art"],
               ["L3", "Vahanian A et al., Eur Heart J 2022;43:561-632 (ESC/EACTS guideline)", "guideline", "–", "–", "state of the art"],
               ["L4", "Muller DWM et al., J Am Coll Cardiol 2021;78:1847-1859", "prospective, transapical TMVR", "100", "24 months", "state of the art, benchmarks"]]
    res_rows = [["Req. ID", "Parameter", "Criterion (CEP)", "Result S2", "Met"],
                ["REQ-CEP-01", "Technical success", "≥ 90 %", "96,8 % (149/154)", "yes"],
                ["REQ-CEP-02", "All-cause mortality 30 days", "≤ 10 %", "5,8 % (9/154)", "yes"],
                ["REQ-CEP-03", "MR ≤ 1+ at 30 days", "≥ 85 %", "97,2 % (139/143)", "yes"],
                ["REQ-CEP-04", "Freedom from device-related reintervention, 12 months", "≥ 90 %", "95,5 % (KM)", "yes"],
                ["REQ-CEP-05", "≥ 1 NYHA class improvement, 12 months", "≥ 60 %", "81,4 % (92/113)", "yes"],
                ["REQ-CEP-06", "Composite major adverse events, 30 days", "≤ 20 %", "11,0 % (17/154)", "yes"]]
    saf_rows = [["Event (S2, n = 154)", "30 days", "12 months"],
                ["All-cause mortality", "5,8 %", "19,5 % (KM)"],
                ["Disabling stroke", "1,3 %", "2,6 %"],
                ["Major or life-threatening bleeding", "14,3 %", "16,9 %"],
                ["Apical access complication requiring intervention", "2,6 %", "2,6 %"],
                ["Valve thrombosis", "0,6 %", "3,9 %"],
                ["LVOT obstruction requiring treatment", "1,3 %", "1,3 %"],
                ["Paravalvular leak ≥ moderate", "0,7 %", "0,9 %"],
                ["Haemolysis requiring treatment", "0,6 %", "1,3 %"],
                ["Acute kidney injury stage 3", "3,2 %", "3,2 %"],
                ["Device embolisation", "0 %", "0 %"]]
    return doc(
        "Clinical Evaluation Report – Mitralis TA Transcatheter Mitral Valve Replacement System",
        "CER-MTA-001 Rev. 03 | 2025-02-14 | Kardiotek Medical GmbH",
        [
            p("Document no. CER-MTA-001, Revision 03, dated 2025-02-14. Data lock point: 2024-11-30. Manufacturer: "
              + MFR + ", SRN " + SRN + "."),
            h(1, "Abbreviations"),
            p("AE adverse event; CI confidence interval; EFS early feasibility study; HF heart failure; KM Kaplan-Meier; "
              "LVEF left ventricular ejection fraction; LVOT left ventricular outflow tract; MR mitral regurgitation; "
              "NYHA New York Heart Association; SOTA state of the art; TEER transcatheter edge-to-edge repair; "
              "TMVR transcatheter mitral valve replacement."),
            h(1, "1. Summary"),
            p("The Mitralis TA system is a self-expanding, tethered bioprosthetic mitral valve (porcine pericardium on a "
              "nitinol frame) that is implanted via a left anterolateral mini-thoracotomy and transapical access. The "
              "clinical evidence consists of two own clinical investigations with in total 184 patients (S1, S2) and of "
              "the literature on the state of the art. All acceptance criteria defined in CEP-MTA-001 Rev. 02 are met "
              "(see section 6.3, Tab. 2). The benefit-risk ratio is judged acceptable for the intended population; "
              "open questions regarding long-term durability beyond 2 years are addressed by the PMCF registry."),
            h(1, "2. Device description"),
            kv(("Trade name", "Mitralis TA"), ("Basic UDI-DI", UDI),
               ("Components", "Valve MTA-V-S / MTA-V-M / MTA-V-L; delivery system MTA-D34 (34 Fr); apical pad MTA-AP; loading system MTA-LS"),
               ("Materials", "Porcine pericardium (glutaraldehyde fixed), nitinol, PET fabric, UHMWPE tether, titanium/PEEK apical pad"),
               ("Sterility / lifetime", "Valve supplied sterile in glutaraldehyde solution; shelf life 3 years; design durability tested acc. to ISO 5840-3 to 200 million cycles"),
               ("Classification", "Class III acc. to Annex VIII Rule 8 (delivery system Rule 6)"),
               ("Novelty", "Transapical TMVR is a novel procedure with limited market experience; the device is therefore regarded as novel in the sense of Annex IX 5.1(c)(i).")),
            h(1, "3. Intended purpose, target group and exclusion criteria"),
            p("The Mitralis TA system is foreseen for the replacement of the native mitral valve in adult patients "
              "(≥ 18 years) with symptomatic (NYHA II to IVa), moderate-to-severe or severe MR (3+ or 4+) of primary or "
              "secondary aetiology, who are judged by the Heart Team as not suitable for conventional mitral valve "
              "surgery and not suitable for TEER. The implantation is done exclusively by transapical access in a hybrid "
              "operating room or catheterisation laboratory with cardiac surgery on site."),
            p("The device is not allowed to be used in case of severe mitral annular calcification, LVEF below 30 %, prior "
              "mitral valve surgery or prosthesis, predicted neo-LVOT area below 1,7 cm², active endocarditis, intracardiac "
              "thrombus or contraindication to anticoagulation."),
            h(1, "4. Classification and consultation procedure"),
            p("Class III, Rule 8 (implantable device in direct contact with the heart). The consultation procedure acc. to "
              "Art. 54(1)(a) MDR is applicable; an exemption acc. to Art. 54(2) does not apply because this is the first "
              "certification and Kardiotek has no predecessor device on the market."),
            h(1, "5. State of the art"),
            p("Acc. to the ESC/EACTS guideline 2021 (L3), surgery is the first choice for severe primary MR in operable "
              "patients; TEER is recommended for selected patients with suitable anatomy. A relevant group of patients is "
              "neither operable nor anatomically suitable for TEER (e.g. short posterior leaflet, large coaptation gap, "
              "calcified leaflets); for these patients guideline-directed medical therapy alone has a poor prognosis "
              "(1-year mortality in the medical arm of COAPT 23,2 %, L2). Published transapical TMVR series (L1, L4) "
              "report technical success of 96 % and 97 %, 30-day mortality of 6 %, MR ≤ 1+ in 98 % at 12 months and "
              "2-year mortality of 39,0 %. These values were used as benchmarks for the acceptance criteria."),
            h(1, "6. Clinical data"),
            h(2, "6.1 Literature search"),
            p("The search was executed on 2024-12-02 acc. to the protocol in Annex 1 of this report. 1 284 hits, after "
              "de-duplication and screening 41 full texts, 23 included (4 listed in Tab. 1 as key references, the further "
              "19 are summarised in Annex 1). No publication on the Mitralis TA system itself was found apart from the "
              "EFS results (identical to S1)."),
            t(st_rows, widths=(6, 28, 20, 6, 18, 22), caption="Tab. 1: Clinical data sources"),
            h(2, "6.2 Own clinical investigations"),
            p("S1 enrolled 30 patients (mean age 77,4 years, 57 % secondary MR, mean STS-PROM 6,9 %) and has completed "
              "the 2-year follow-up. S2 enrolled 154 patients (mean age 76,8 years, 61 % secondary MR, 43 % female) "
              "between 2022-05 and 2023-09; 12-month follow-up is complete for all surviving patients (completeness "
              "97,8 %), 2-year data are available for 98 patients. Both investigations were performed acc. to "
              "EN ISO 14155:2020 with independent echocardiography core laboratory and clinical events committee."),
            h(2, "6.3 Results against the acceptance criteria of the CEP"),
            t(res_rows, widths=(15, 35, 15, 22, 8), caption="Tab. 2: Acceptance criteria CEP-MTA-001 Rev. 02 vs. results"),
            p("Further performance results of S2 at 12 months: MR ≤ 1+ in 95,6 % (108/113), NYHA I/II in 79 % (11 % at "
              "baseline), KCCQ overall summary +17,9 points, HF hospitalisations 0,41 per patient-year vs. 1,12 in the "
              "12 months before implant. 2-year results (n = 98): all-cause mortality 27,1 % (KM), MR ≤ 1+ in 94 % of "
              "evaluable patients, no structural valve deterioration, no explant for valve dysfunction."),
            h(2, "6.4 Safety"),
            t(saf_rows, widths=(50, 25, 25), caption="Tab. 3: Adverse events S2 (CEC adjudicated)"),
            h(1, "7. Benefit-risk determination"),
            p("The patients in the target group have no other treatment option than medical therapy. Against this "
              "background the reduction of MR to ≤ 1+ in more than 95 % of patients, together with the improvement of "
              "NYHA class and the lower HF hospitalisation rate, is a clinically relevant benefit. Mortality and adverse "
              "event rates are within the range of the published transapical TMVR series (L1, L4). The benefit-risk ratio "
              "is acceptable. Limitation: no randomised comparison and no data beyond 2 years; the durability of the "
              "bioprosthesis beyond 2 years is therefore not claimed and is a PMCF objective."),
            h(1, "8. Residual risks acc. to ISO 14971"),
            p("The following residual risks remain after risk control (risk management file RMF-MTA-001 Rev. 05) and are "
              "disclosed in the IFU and SSCP: " + "; ".join(RISKS_EN) + "."),
            h(1, "9. PMCF"),
            p("PMCF plan PMCF-P-MTA-001 Rev. 02: prospective registry MITRA-TA PMCF, n = 300, 25 sites, 5-year follow-up, "
              "with specific objectives for valve thrombosis, LVOT obstruction, apical access complications and valve "
              "durability. Follow-up of S2 continues until 5 years."),
            h(1, "10. Conclusions"),
            p("The clinical evidence is sufficient to demonstrate conformity with GSPR 1, 6 and 8 of Annex I for the "
              "intended purpose, indications and population described in section 3. The IFU (IFU-MTA-EN Rev. C) and SSCP "
              "(SSCP-MTA-001 Rev. 01) are in line with this report."),
            h(1, "References"),
            ol("Sorajja P, Moat N, Badhwar V, et al. Initial feasibility study of a new transcatheter mitral prosthesis: the first 100 patients. J Am Coll Cardiol 2019;73:1250-1260.",
               "Stone GW, Lindenfeld J, Abraham WT, et al. Transcatheter mitral-valve repair in patients with heart failure. N Engl J Med 2018;379:2307-2318.",
               "Vahanian A, Beyersdorf F, Praz F, et al. 2021 ESC/EACTS Guidelines for the management of valvular heart disease. Eur Heart J 2022;43:561-632.",
               "Muller DWM, Sorajja P, Duncan A, et al. 2-year outcomes of transcatheter mitral valve replacement in patients with severe symptomatic mitral regurgitation. J Am Coll Cardiol 2021;78:1847-1859.",
               "MITRA-TA CE clinical investigation report, 12-month analysis, CIR-MTA-002 v1.0, 2024-12-20 (Kardiotek, on file)."),
            h(1, "Annex 1 – Literature search protocol (extract)"),
            p("Search string PubMed (device and SOTA): (\"transcatheter mitral valve replacement\" OR TMVR OR "
              "\"transapical mitral\") AND (regurgitation OR insufficiency); filters: humans, English or German, "
              "2010-01-01 to 2024-11-30. Exclusion reasons: animal or bench studies, case reports with fewer than 10 "
              "patients, valve-in-valve or valve-in-ring procedures, transseptal systems without transapical arm."),
        ])


def pmcf():
    return doc(
        "PMCF Plan – Mitralis TA (PMCF-P-MTA-001, Rev. 02)",
        "PMCF-P-MTA-001 Rev. 02 | 2025-02-14",
        [
            t([["Field", "Entry"], ["Manufacturer", MFR + " (SRN " + SRN + ")"],
               ["Device", "Mitralis TA transcatheter mitral valve replacement system, Basic UDI-DI " + UDI],
               ["Class / rule", "III / Rule 8"], ["Related documents", "CER-MTA-001 Rev. 03; RMF-MTA-001 Rev. 05"],
               ["Date", "14.02.2025"]], widths=(30, 70)),
            h(1, "1 Intended purpose (summary)"),
            p("Transapical replacement of the native mitral valve in adults (≥ 18 years) with symptomatic MR 3+ or 4+, "
              "not suitable for surgery nor for TEER, treated in a hybrid operating room or catheterisation laboratory "
              "with cardiac surgery on site."),
            h(1, "2 General PMCF activities"),
            ul("Systematic literature screening every 6 months (same protocol as CER Annex 1).",
               "Evaluation of complaints and vigilance data, trend reporting acc. to Art. 88 MDR.",
               "Continued follow-up of the S1 and S2 cohorts until 5 years."),
            h(1, "3 Specific PMCF activity: MITRA-TA PMCF registry"),
            t([["Item", "Content"],
               ["Design", "Prospective, single-arm, multicentre registry, consecutive enrolment, 25 sites in at least 6 EU member states"],
               ["Population", "All patients treated with Mitralis TA within the intended purpose (no additional exclusion criteria)"],
               ["Primary endpoint", "Valve thrombosis (MVARC definition) at 12 months"],
               ["Secondary endpoints", "All-cause mortality, LVOT obstruction, apical access complications, MR grade, NYHA, KCCQ, HF hospitalisation, reintervention, structural valve deterioration at 1, 2, 3, 4 and 5 years"],
               ["Sample size", "n = 300. Rationale: expected valve thrombosis rate 3,9 % (S2); with n = 280 the 95 % CI half-width is ± 2,3 %; 7 % loss to follow-up added."],
               ["Timeline", "First patient Q2/2025; enrolment complete Q4/2026; 1-year analysis Q1/2028; final report Q1/2032; interim reports annually with the PMCF evaluation report"]],
              widths=(25, 75)),
            h(1, "4 Objectives linked to CER and risk management"),
            t([["Obj.", "Objective", "Source (CER / RMF)"],
               ["REQ-PMCF-01", "Estimate the rate of valve thrombosis under the anticoagulation regimen of the IFU", "CER section 6.4 / RMF hazard H-07"],
               ["REQ-PMCF-02", "Confirm the low rate of LVOT obstruction under CT-based patient selection", "CER section 6.4 / H-11"],
               ["REQ-PMCF-03", "Monitor apical access complications in routine use (learning curve of new sites)", "CER section 6.4 / H-03"],
               ["REQ-PMCF-04", "Collect durability data (structural valve deterioration) up to 5 years", "CER section 7 (open question)"],
               ["REQ-PMCF-05", "Detect off-label use (e.g. valve-in-ring, LVEF below 30 %)", "Annex XIV Part B 6.1(e)"]],
              widths=(15, 55, 30)),
            h(1, "5 Limitations"),
            p("Single-arm design; comparison only against published benchmarks (L1, L4 of the CER). Loss to follow-up "
              "in an elderly population is mitigated by telephone follow-up and registry data linkage where allowed."),
        ])


def ifu_en():
    return doc(
        "Mitralis TA – Instructions for Use",
        "IFU-MTA-EN Rev. C | 2025-01",
        [
            p("Kardiotek Medical GmbH, Aachen, Germany. Basic UDI-DI " + UDI + ". CE 2983. Revision C, January 2025."),
            h(1, "1 Device description"),
            p("Mitralis TA consists of a self-expanding bioprosthetic valve (porcine pericardium, nitinol frame) with "
              "tether and apical pad, a 34 Fr delivery system and a loading system. The valve is implanted via "
              "transapical access through a left anterolateral mini-thoracotomy."),
            h(1, "2 Intended purpose"),
            p("Mitralis TA is intended for the replacement of the native mitral valve via transapical access."),
            h(1, "3 Indications and patient population"),
            p("Adult patients, minimum 18 years of age, with symptomatic (NYHA class II to IVa) moderate-to-severe or "
              "severe mitral regurgitation (3+ or 4+), primary or secondary, who are judged by a Heart Team as not "
              "suitable for conventional mitral valve surgery and not suitable for transcatheter edge-to-edge repair."),
            h(1, "4 Contraindications"),
            ul("Severe mitral annular calcification", "Left ventricular ejection fraction below 30 %",
               "Prior mitral valve surgery or mitral prosthesis (valve or ring)",
               "Predicted neo-LVOT area below 170 mm² on CT", "Active endocarditis or other active infection",
               "Left ventricular or left atrial thrombus", "Contraindication to anticoagulation therapy"),
            h(1, "5 Users and environment"),
            p("Only for use by a Heart Team trained by Kardiotek, in a hybrid operating room or catheterisation "
              "laboratory with cardiac surgery on site."),
            h(1, "6 Warnings and precautions"),
            ul("Anticoagulation with a vitamin K antagonist (target INR 2,5 to 3,5) is required for minimum 3 months after implantation; afterwards acc. to current guidelines.",
               "Valve size selection must be based on ECG-gated cardiac CT; do not implant if the predicted neo-LVOT area is below 170 mm².",
               "Do not resterilise or reuse. Do not use if the storage solution indicator shows freezing.",
               "Rinse the valve 3 × 2 minutes in sterile saline before loading."),
            h(1, "7 Possible side effects and residual risks"),
            ul(*[r[0].upper() + r[1:] for r in RISKS_EN]),
            h(1, "8 Technical specifications"),
            t([["Parameter", "MTA-V-S", "MTA-V-M", "MTA-V-L"],
               ["Outer frame, atrial side (mm)", "43 × 36", "45 × 38", "47 × 40"],
               ["Annulus perimeter range, CT (mm)", "100 – 112", "112 – 124", "124 – 136"],
               ["Delivery system outer diameter", "34 Fr", "34 Fr", "34 Fr"],
               ["Storage", "10 – 25 °C, do not freeze", "10 – 25 °C, do not freeze", "10 – 25 °C, do not freeze"]],
              widths=(40, 20, 20, 20)),
            h(1, "9 Summary of safety and clinical performance"),
            p("The SSCP is available in the European database (EUDAMED), linked to the Basic UDI-DI."),
        ])


def ifu_de():
    return doc(
        "Mitralis TA – Gebrauchsanweisung",
        "IFU-MTA-DE Rev. C | 2025-01",
        [
            p("Kardiotek Medical GmbH, Aachen, Deutschland. Basis-UDI-DI " + UDI + ". CE 2983. Revision C, Januar 2025."),
            h(1, "1 Produktbeschreibung"),
            p("Mitralis TA besteht aus einer selbstexpandierenden biologischen Klappenprothese (Schweineperikard, "
              "Nitinolgerüst) mit Haltefaden und apikalem Pad, einem 34-Fr-Einführsystem und einem Ladesystem. Die "
              "Klappe wird über einen transapikalen Zugang mittels linksanterolateraler Minithorakotomie implantiert."),
            h(1, "2 Zweckbestimmung"),
            p("Mitralis TA ist für den Ersatz der nativen Mitralklappe über einen transapikalen Zugang bestimmt."),
            h(1, "3 Indikationen und Patientenpopulation"),
            p("Erwachsene Patienten ab 18 Jahren mit symptomatischer (NYHA-Klasse II bis IVa) mittel- bis hochgradiger "
              "oder hochgradiger Mitralklappeninsuffizienz (3+ oder 4+), primär oder sekundär, die vom Heart-Team weder "
              "für eine konventionelle Mitralklappenchirurgie noch für eine kathetergestützte Edge-to-Edge-Reparatur "
              "als geeignet beurteilt werden."),
            h(1, "4 Kontraindikationen"),
            ul("Schwere Mitralannulusverkalkung", "Linksventrikuläre Ejektionsfraktion unter 30 %",
               "Frühere Mitralklappenoperation oder Mitralprothese (Klappe oder Ring)",
               "Vorhergesagte Neo-LVOT-Fläche im CT unter 170 mm²", "Aktive Endokarditis oder andere aktive Infektion",
               "Thrombus im linken Ventrikel oder linken Vorhof", "Kontraindikation gegen eine Antikoagulation"),
            h(1, "5 Anwender und Umgebung"),
            p("Nur zur Anwendung durch ein von Kardiotek geschultes Heart-Team in einem Hybrid-OP oder Herzkatheterlabor "
              "mit Herzchirurgie am Standort."),
            h(1, "6 Warnhinweise und Vorsichtsmaßnahmen"),
            ul("Eine Antikoagulation mit einem Vitamin-K-Antagonisten (Ziel-INR 2,5 bis 3,5) ist für mindestens 3 Monate nach der Implantation erforderlich; danach gemäß aktuellen Leitlinien.",
               "Die Größenauswahl muss auf einem EKG-getriggerten Herz-CT beruhen; nicht implantieren, wenn die vorhergesagte Neo-LVOT-Fläche unter 170 mm² liegt.",
               "Nicht resterilisieren oder wiederverwenden. Nicht verwenden, wenn der Indikator der Lagerlösung ein Einfrieren anzeigt.",
               "Die Klappe vor dem Laden 3 × 2 Minuten in steriler Kochsalzlösung spülen."),
            h(1, "7 Mögliche Nebenwirkungen und Restrisiken"),
            ul("Tod", "Schlaganfall oder transitorische ischämische Attacke", "Blutung, inkl. Blutung an der apikalen Zugangsstelle",
               "Klappenthrombose und Thromboembolie", "Obstruktion des linksventrikulären Ausflusstrakts (LVOT)",
               "Paravalvuläres Leck", "Hämolyse", "Herzrhythmusstörungen, inkl. Vorhofflimmern und Erregungsleitungsstörungen",
               "Akutes Nierenversagen", "Infektion, inkl. Endokarditis", "Perikarderguss oder Herzbeuteltamponade",
               "Fehlpositionierung oder Embolisation des Produkts", "Pleuraerguss oder Pneumothorax",
               "Apikales Pseudoaneurysma oder Myokardverletzung an der Zugangsstelle",
               "Strukturelle Klappendegeneration", "Notwendigkeit einer Reintervention oder Herzoperation"),
            h(1, "8 Technische Daten"),
            t([["Parameter", "MTA-V-S", "MTA-V-M", "MTA-V-L"],
               ["Außenrahmen, atriale Seite (mm)", "43 × 36", "45 × 38", "47 × 40"],
               ["Annulusumfang, CT (mm)", "100 – 112", "112 – 124", "124 – 136"],
               ["Außendurchmesser Einführsystem", "34 Fr", "34 Fr", "34 Fr"],
               ["Lagerung", "10 – 25 °C, nicht einfrieren", "10 – 25 °C, nicht einfrieren", "10 – 25 °C, nicht einfrieren"]],
              widths=(40, 20, 20, 20)),
            h(1, "9 Kurzbericht über Sicherheit und klinische Leistung"),
            p("Der SSCP ist in der Europäischen Datenbank (EUDAMED) verfügbar und mit der Basis-UDI-DI verknüpft."),
        ])


def ifu_fr():
    return doc(
        "Mitralis TA – Notice d'utilisation",
        "IFU-MTA-FR Rév. C | 2025-01",
        [
            p("Kardiotek Medical GmbH, Aix-la-Chapelle, Allemagne. IUD-ID de base " + UDI + ". CE 2983. Révision C, janvier 2025."),
            h(1, "1 Description du dispositif"),
            p("Mitralis TA se compose d'une bioprothèse valvulaire auto-expansible (péricarde porcin, armature en nitinol) "
              "avec attache et pad apical, d'un système de pose 34 Fr et d'un système de chargement. La valve est "
              "implantée par voie transapicale au moyen d'une mini-thoracotomie antérolatérale gauche."),
            h(1, "2 Destination"),
            p("Mitralis TA est destiné au remplacement de la valve mitrale native par voie transapicale."),
            h(1, "3 Indications et population de patients"),
            p("Patients adultes âgés de 18 ans au minimum, présentant une insuffisance mitrale symptomatique (classe NYHA "
              "II à IVa) modérée à sévère ou sévère (3+ ou 4+), primaire ou secondaire, jugés par la Heart Team non "
              "éligibles à une chirurgie mitrale conventionnelle ni à une réparation bord à bord par voie percutanée."),
            h(1, "4 Contre-indications"),
            ul("Calcification sévère de l'anneau mitral", "Fraction d'éjection ventriculaire gauche inférieure à 30 %",
               "Antécédent de chirurgie mitrale ou prothèse mitrale (valve ou anneau)",
               "Surface néo-CCVG prédite au scanner inférieure à 170 mm²", "Endocardite active ou autre infection active",
               "Thrombus ventriculaire gauche ou auriculaire gauche", "Contre-indication au traitement anticoagulant"),
            h(1, "5 Utilisateurs et environnement"),
            p("Réservé à une Heart Team formée par Kardiotek, en salle hybride ou en salle de cathétérisme disposant d'une "
              "chirurgie cardiaque sur site."),
            h(1, "6 Avertissements et précautions"),
            ul("Une anticoagulation par antivitamine K (INR cible 2,5 à 3,5) est requise pendant au moins 3 mois après l'implantation, puis selon les recommandations en vigueur.",
               "Le choix de la taille doit reposer sur un scanner cardiaque synchronisé à l'ECG ; ne pas implanter si la surface néo-CCVG prédite est inférieure à 170 mm².",
               "Ne pas restériliser ni réutiliser. Ne pas utiliser si l'indicateur de la solution de conservation signale une congélation.",
               "Rincer la valve 3 × 2 minutes dans du sérum physiologique stérile avant le chargement."),
            h(1, "7 Effets indésirables possibles et risques résiduels"),
            ul("Décès", "Accident vasculaire cérébral ou accident ischémique transitoire", "Saignement, y compris au site d'accès apical",
               "Thrombose de valve et thromboembolie", "Obstruction de la chambre de chasse du ventricule gauche (CCVG)",
               "Fuite paravalvulaire", "Hémolyse", "Troubles du rythme, y compris fibrillation auriculaire et troubles de la conduction",
               "Insuffisance rénale aiguë", "Infection, y compris endocardite", "Épanchement péricardique ou tamponnade",
               "Malposition ou embolisation du dispositif", "Épanchement pleural ou pneumothorax",
               "Pseudo-anévrisme apical ou lésion myocardique au site d'accès",
               "Dégénérescence structurelle de la valve", "Nécessité d'une réintervention ou d'une chirurgie cardiaque"),
            h(1, "8 Caractéristiques techniques"),
            t([["Paramètre", "MTA-V-S", "MTA-V-M", "MTA-V-L"],
               ["Armature externe, côté auriculaire (mm)", "43 × 36", "45 × 38", "47 × 40"],
               ["Périmètre de l'anneau, scanner (mm)", "100 – 112", "112 – 124", "124 – 136"],
               ["Diamètre externe du système de pose", "34 Fr", "34 Fr", "34 Fr"],
               ["Stockage", "10 – 25 °C, ne pas congeler", "10 – 25 °C, ne pas congeler", "10 – 25 °C, ne pas congeler"]],
              widths=(40, 20, 20, 20)),
        ])


def sscp():
    return doc(
        "Summary of Safety and Clinical Performance – Mitralis TA",
        "SSCP-MTA-001 Rev. 01 | validated by NB 2983",
        [
            p("This summary is intended for healthcare professionals. Revision 01, 2025-02-14; validation language English."),
            h(1, "1. Device identification"),
            kv(("Trade name", "Mitralis TA"), ("Manufacturer / SRN", MFR + " / " + SRN), ("Basic UDI-DI", UDI),
               ("EMDN", "P0701030101 – transcatheter mitral valve bioprostheses"), ("Class", "III"),
               ("First CE certificate", "pending (initial certification)"), ("Notified Body", NB)),
            h(1, "2. Intended use"),
            p("Replacement of the native mitral valve via transapical access in adults (18 years and older) with "
              "symptomatic moderate-to-severe or severe MR (3+/4+), NYHA II to IVa, primary or secondary, who are not "
              "suitable for mitral surgery and not suitable for TEER acc. to the Heart Team."),
            p("Contraindications: severe mitral annular calcification; LVEF below 30 %; prior mitral surgery or prosthesis; "
              "predicted neo-LVOT area below 1,7 cm²; active endocarditis; intracardiac thrombus; contraindication to anticoagulation."),
            h(1, "3. Residual risks and undesirable effects"),
            p("Residual risks and undesirable effects listed in the IFU: " + "; ".join(RISKS_EN) + ". Rates observed in "
              "the pivotal study S2 (n = 154): all-cause mortality 5,8 % at 30 days and 19,5 % at 12 months; disabling "
              "stroke 2,6 %, valve thrombosis 3,9 %, LVOT obstruction 1,3 %, apical access complications requiring "
              "intervention 2,6 % at 12 months. Data are from prospective studies, not from spontaneous reports."),
            h(1, "4. Summary of clinical evaluation and PMCF"),
            p("No equivalent device is claimed. Clinical investigations: S1 (EFS, n = 30, 2 years) and S2 (pivotal, "
              "n = 154, 12 months; 2 years in 98 patients). At 12 months MR ≤ 1+ was achieved in 95,6 % and 79 % of "
              "patients were in NYHA class I or II. Long-term durability beyond 2 years is not yet known and is followed "
              "in the PMCF registry MITRA-TA PMCF (n = 300, 5 years)."),
            h(1, "5. Alternatives"),
            p("Mitral valve surgery, TEER and guideline-directed medical therapy incl. cardiac resynchronisation therapy "
              "where indicated (ESC/EACTS 2021)."),
            h(1, "6. User profile and training"),
            p("Heart Team with experience in transcatheter valve therapy; mandatory Kardiotek training incl. proctored first cases."),
        ])


def cear():
    return doc(
        "Clinical Evaluation Assessment Report (CEAR)",
        "NB 2983 | CEAR-2983-25-0412 | 24.03.2025",
        [
            h(1, "A. Administrative particulars"),
            kv(("Device", "Mitralis TA Transcatheter Mitral Valve Replacement System (valve MTA-V-S/-M/-L, delivery system MTA-D34, apical pad, loading system)"),
               ("Basic UDI-DI", UDI), ("Manufacturer / SRN", "Kardiotek Medical GmbH, Aachen / " + SRN),
               ("Notified Body", NB), ("Class", "III (Rule 8)"), ("Type of assessment", "Initial certification"),
               ("Intended purpose", "Transapical replacement of the native mitral valve in patients aged 18 years and older with symptomatic MR 3+/4+, not suitable for surgery or TEER"),
               ("Documents assessed", "CEP-MTA-001 Rev. 02; CER-MTA-001 Rev. 03; PMCF-P-MTA-001 Rev. 02; IFU-MTA-EN/DE/FR Rev. C; SSCP-MTA-001 Rev. 01")),
            h(1, "B. Reviewers"),
            p("Clinical reviewer: interventional cardiologist (internal code CR-117); product reviewer: biomedical engineer (PR-042)."),
            h(1, "C. Device and evaluation basis"),
            p("Novel procedure (transapical TMVR). No equivalence claimed. CEP meets Annex XIV Part A 1(a). State of the "
              "art adequately described (ESC/EACTS 2021, published TMVR series)."),
            h(1, "D/E. Clinical data"),
            p("Own investigations S1 (n = 30) and S2 (n = 154) acc. to EN ISO 14155, core lab and CEC. All six acceptance "
              "criteria of the CEP met (CER Tab. 2). Follow-up 12 months complete, 2 years in 98 patients."),
            h(1, "F. PMCF"),
            p("Registry n = 300, 5 years, objectives linked to residual risks; sample size justified. Adequate."),
            h(1, "G. IFU / SSCP"),
            p("IFU (EN, DE, FR) and SSCP consistent with CER regarding population, indications, contraindications and residual risks."),
            h(1, "H. Conclusion"),
            p("Benefit-risk acceptable for the stated intended purpose. Conditions: annual PMCF evaluation report and "
              "SSCP update; certificate validity 3 years."),
            h(1, "I. Consultation procedure Art. 54"),
            p("Art. 54(1)(a) applies (class III implantable); no exemption acc. to Art. 54(2). Proposed panel: circulatory "
              "system (heart valves)."),
        ], font="serif")


def files():
    return [
        F("CEP-MTA-001_Rev02.docx", "CEP", "en", cep()),
        F("CER-MTA-001_Rev03.pdf", "CER", "en", cer()),
        F("PMCF-P-MTA-001_Rev02.md", "PMCF-plan", "en", pmcf()),
        F("IFU-MTA-EN_RevC.pdf", "IFU", "en", ifu_en()),
        F("IFU-MTA-DE_RevC.pdf", "IFU", "de", ifu_de()),
        F("IFU-MTA-FR_RevC.docx", "IFU", "fr", ifu_fr()),
        F("SSCP-MTA-001_Rev01.pdf", "SSCP", "en", sscp()),
        F("CEAR-2983-25-0412.docx", "CEAR", "en", cear()),
    ]


LABELS = []
