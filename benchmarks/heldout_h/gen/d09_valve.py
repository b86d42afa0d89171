"""h09: endobronchial one-way valve for emphysema, clean (class IIb, CECP not applicable)."""

from .base import Doc, Dossier

MFR = "Respira Medtech AB"
ADDR = "Scheelevägen 17, 223 70 Lund, Sweden"
UDI = "7350121AEROLOCK5R"


def cep():
    return [
        ("title", "Clinical Evaluation Plan: AeroLock Endobronchial Valve System"),
        ("meta", [("Document", "RM-CEP-014"), ("Revision", "C"), ("Date", "2024-05-21")]),
        ("h", 1, "Device"),
        ("p", "AeroLock one-way endobronchial valves (sizes AL-4.0 and AL-5.5) with the bronchoscopic loader and "
              "delivery catheter EDC-2; nitinol frame, silicone membrane and duckbill valve. Class IIb under Rule "
              "8 (implantable, not in contact with the heart or CNS, not absorbed). Because the device is neither "
              "class III nor an active device, Article 54(1) MDR does not apply."),
        ("h", 1, "Intended purpose and target population"),
        ("ul", ["Bronchoscopic lung volume reduction in adults (18 years and over) with severe emphysema and hyperinflation.",
                "FEV1 15–45 % of predicted; RV ≥ 175 % of predicted; 6-minute walk distance 100–500 m.",
                "Target lobe with little or no collateral ventilation (fissure completeness ≥ 90 % on CT or negative Chartis assessment).",
                "Non-smoking for at least 4 months."]),
        ("p", "Contraindications: active pulmonary infection; allergy to nitinol, nickel or silicone; "
              "contraindication to bronchoscopy; bulla larger than one third of the hemithorax; previous lung "
              "transplant, lobectomy or lung volume reduction surgery in the treated lung; pulmonary "
              "hypertension with systolic pulmonary artery pressure above 50 mmHg."),
        ("h", 1, "Outcomes and acceptance criteria"),
        ("ul", ["FEV1 responders (≥ 15 % improvement) at 12 months: difference versus standard of care ≥ 15 percentage points.",
                "St George's Respiratory Questionnaire: improvement ≥ 4 points (MCID) versus control.",
                "Pneumothorax within 45 days: ≤ 30 % of treated patients.",
                "All-cause mortality at 12 months not higher than in the control arm."]),
        ("h", 1, "Evidence plan"),
        ("p", "Own randomised investigation AERO-EU (12 months), systematic literature review (valves of other "
              "manufacturers as state of the art only, no equivalence), PMCF registry."),
    ]


def cer():
    return [
        ("title", "Clinical Evaluation Report – AeroLock Endobronchial Valve System"),
        ("meta", [("Document", "RM-CER-015"), ("Revision", "D"), ("Date", "2024-12-05"), ("Basic UDI-DI", UDI)]),
        ("h", 1, "1. Scope and device"),
        ("p", "The AeroLock valve is implanted by flexible bronchoscopy (working channel ≥ 2.8 mm) into segmental "
              "or subsegmental airways of the target lobe. It lets air and secretions leave the lobe during "
              "expiration and blocks inflow on inspiration, so that the hyperinflated lobe collapses. Sizes: "
              "AL-4.0 for airways of 4.0 to 7.0 mm and AL-5.5 for airways of 5.5 to 8.5 mm. The valves can be "
              "removed bronchoscopically. Class IIb (Rule 8); not subject to the Article 54 consultation, the "
              "device being a non-active class IIb implant."),
        ("h", 1, "2. Intended purpose"),
        ("p", "Bronchoscopic lung volume reduction in patients 18 years or older with severe emphysema and "
              "hyperinflation (FEV1 between 15 % and 45 % of predicted, RV at least 175 % of predicted, 6MWD "
              "between 100 m and 500 m), a target lobe without relevant collateral ventilation, and abstinence "
              "from smoking of at least four months. Procedures are performed in hospital bronchoscopy suites by "
              "interventional pulmonologists, with in-patient observation of at least three nights. "
              "Contraindications as in the CEP and IFU."),
        ("h", 1, "3. State of the art"),
        ("p", "GOLD 2024 recommends bronchoscopic lung volume reduction with valves for selected patients with "
              "severe hyperinflation and absent collateral ventilation (evidence A). Alternatives are optimised "
              "medical therapy with pulmonary rehabilitation, lung volume reduction surgery, coils or thermal "
              "vapour ablation, and lung transplantation."),
        ("h", 1, "4. Clinical data"),
        ("table", "Table 1 – Clinical data", ["Source", "Design", "N", "Follow-up", "Results"], [
            ["AERO-EU (own)", "RCT 2:1, AeroLock + SoC vs SoC, 11 sites SE/NL/DE/UK", "150 (100/50)", "12 months",
             "FEV1 responders 48 % vs 13 %; SGRQ −7.9 vs −0.6; pneumothorax 22 %; deaths 3 % vs 4 %"],
            ["Criner 2018 (LIBERATE)", "RCT, Zephyr valves", "190", "12 months", "FEV1 responders 47.7 % vs 16.8 %; pneumothorax 26.6 %"],
            ["Kemp 2017 (TRANSFORM)", "RCT, Zephyr valves", "97", "6 months", "FEV1 responders 55.4 % vs 6.5 %"],
            ["Criner 2019 (EMPROVE)", "RCT, Spiration valves", "172", "12 months", "FEV1 difference 0.099 L; pneumothorax 14.2 %"],
        ]),
        ("p", "AERO-EU met every acceptance criterion of RM-CEP-014: responder difference 35 percentage points "
              "(≥ 15), SGRQ difference −7.3 points (MCID 4), pneumothorax within 45 days 22 % (≤ 30 %; 76 % of "
              "them in the first 3 days), and 12-month mortality 3 % versus 4 % in the control arm¹."),
        ("note", "¹ The minimal clinically important difference of the SGRQ, 4 points, is taken from Jones PW, COPD 2005;2:75-79; the mortality comparison is descriptive, the study not being powered for it."),
        ("h", 1, "5. Benefit-risk"),
        ("p", "Benefits: improved lung function, exercise capacity and quality of life. Residual risks: "
              "pneumothorax (22 %), COPD exacerbation, pneumonia, haemoptysis, valve migration or expectoration "
              "(4 %), granulation tissue, need for valve removal or replacement (8 %), death. Benefit-risk "
              "positive in the intended population."),
        ("h", 1, "6. PMCF"),
        ("p", "RM-PMCF-016: European AeroLock registry, 400 patients followed for 3 years."),
        ("h", 1, "7. References"),
        ("ol", ["Respira Medtech. AERO-EU clinical investigation report RM-CIR-009, 2024.",
                "Criner GJ, et al. A multicenter randomized controlled trial of Zephyr endobronchial valve treatment in heterogeneous emphysema (LIBERATE). Am J Respir Crit Care Med 2018;198:1151-1164.",
                "Kemp SV, et al. A multicenter randomized controlled trial of Zephyr endobronchial valve treatment in heterogeneous emphysema (TRANSFORM). Am J Respir Crit Care Med 2017;196:1535-1543.",
                "Criner GJ, et al. Improving lung function in severe heterogenous emphysema with the Spiration valve system (EMPROVE). Am J Respir Crit Care Med 2019;200:1354-1362.",
                "Global Initiative for Chronic Obstructive Lung Disease. GOLD 2024 report."]),
    ]


def pmcf():
    return [
        ("title", "PMCF plan – AeroLock Endobronchial Valve System"),
        ("meta", [("Document", "RM-PMCF-016"), ("Revision", "B"), ("CER", "RM-CER-015 rev. D")]),
        ("h", 1, "Objectives"),
        ("ul", ["Confirm FEV1 and SGRQ benefit at 12, 24 and 36 months in routine practice.",
                "Estimate the rate of pneumothorax, valve migration and valve removal (residual risks of RM-CER-015 section 5) with narrower confidence intervals.",
                "Identify off-label use (e.g. collateral ventilation present, FEV1 above 45 %)."]),
        ("h", 1, "Method"),
        ("p", "Prospective registry in 25 European hospitals; consecutive adults treated with AeroLock valves; "
              "data at discharge, 45 days, 6, 12, 24 and 36 months."),
        ("h", 1, "Sample size"),
        ("p", "400 patients: for a pneumothorax rate of 20 %, the 95 % confidence interval half-width is 3.9 "
              "percentage points; for a valve removal rate of 8 %, 2.7 percentage points."),
        ("h", 1, "Timeline"),
        ("p", "Enrolment 2025–2026, annual PMCF evaluation reports, final report 2030."),
    ]


def ifu_en():
    return [
        ("title", "AeroLock™ Endobronchial Valve System – Instructions for Use"),
        ("p", f"{MFR}, {ADDR} · Basic UDI-DI {UDI} · CE 2948"),
        ("h", 1, "Indications for use"),
        ("p", "The AeroLock valve is indicated for bronchoscopic lung volume reduction in adult patients with "
              "severe emphysema and hyperinflation, with FEV1 15–45 % pred., RV ≥ 175 % pred. and 6MWD 100–500 m, "
              "a target lobe with little or no collateral ventilation, and who have not smoked for at least 4 "
              "months."),
        ("h", 1, "Contraindications"),
        ("ul", ["Active pulmonary infection.", "Allergy to nitinol, nickel or silicone.",
                "Patients for whom bronchoscopy is contraindicated.",
                "Bulla larger than one third of the hemithorax.",
                "Prior lung transplant, lobectomy or LVRS in the treated lung.",
                "Systolic pulmonary artery pressure above 50 mmHg."]),
        ("h", 1, "Warnings"),
        ("ul", ["Pneumothorax occurs in about one fifth of patients, mostly within 3 days: keep the patient in hospital for at least 3 nights with chest tube capability available.",
                "Use only by physicians trained in the AeroLock procedure.",
                "Select the valve size according to the airway diameter measured with the sizing gauge."]),
        ("h", 1, "Adverse events"),
        ("p", "Pneumothorax, COPD exacerbation, pneumonia, haemoptysis, valve migration or expectoration, "
              "granulation tissue, need for valve removal, death."),
        ("h", 1, "Specifications"),
        ("table", None, ["Model", "Airway diameter", "Length"], [
            ["AL-4.0", "4.0 – 7.0 mm", "6.3 mm"], ["AL-5.5", "5.5 – 8.5 mm", "7.8 mm"]]),
    ]


def ifu_nl():
    return [
        ("title", "AeroLock™ endobronchiaal klepsysteem – Gebruiksaanwijzing"),
        ("p", f"{MFR}, Scheelevägen 17, 223 70 Lund, Zweden · Basis-UDI-DI {UDI} · CE 2948"),
        ("h", 1, "Indicaties"),
        ("p", "De AeroLock-klep is geïndiceerd voor bronchoscopische longvolumereductie bij volwassen patiënten "
              "met ernstig emfyseem en hyperinflatie, met een FEV1 van 15–45 % van voorspeld, RV ≥ 175 % van "
              "voorspeld en 6MWD 100–500 m, een doelkwab met weinig of geen collaterale ventilatie, en die "
              "sinds ten minste 4 maanden niet roken."),
        ("h", 1, "Contra-indicaties"),
        ("ul", ["Actieve longinfectie.", "Allergie voor nitinol, nikkel of siliconen.",
                "Patiënten bij wie bronchoscopie gecontra-indiceerd is.",
                "Bulla groter dan een derde van de hemithorax.",
                "Eerdere longtransplantatie, lobectomie of LVRS in de te behandelen long.",
                "Systolische pulmonale arteriedruk boven 50 mmHg."]),
        ("h", 1, "Waarschuwingen"),
        ("ul", ["Pneumothorax treedt op bij ongeveer een vijfde van de patiënten, meestal binnen 3 dagen: houd de patiënt ten minste 3 nachten in het ziekenhuis met de mogelijkheid van een thoraxdrain.",
                "Alleen voor gebruik door artsen die in de AeroLock-procedure zijn getraind.",
                "Kies de klepmaat op basis van de met de meetschaal gemeten luchtwegdiameter."]),
        ("h", 1, "Ongewenste voorvallen"),
        ("p", "Pneumothorax, COPD-exacerbatie, pneumonie, hemoptoë, migratie of ophoesten van de klep, "
              "granulatieweefsel, noodzaak van klepverwijdering, overlijden."),
        ("h", 1, "Specificaties"),
        ("table", None, ["Model", "Luchtwegdiameter", "Lengte"], [
            ["AL-4.0", "4,0 – 7,0 mm", "6,3 mm"], ["AL-5.5", "5,5 – 8,5 mm", "7,8 mm"]]),
    ]


def sscp():
    return [
        ("title", "Summary of Safety and Clinical Performance\nAeroLock Endobronchial Valve System"),
        ("p", "RM-SSCP-017, revision A, January 2025 (validated in English)."),
        ("h", 1, "Device identification"),
        ("p", f"AeroLock Endobronchial Valve System; {MFR}, SRN SE-MF-000009934; Basic UDI-DI {UDI}; class IIb; "
              "Notified Body 2948; first CE certificate pending."),
        ("h", 1, "Intended use"),
        ("p", "Bronchoscopic lung volume reduction in adults with severe emphysema and hyperinflation (FEV1 "
              "15–45 % of predicted, RV ≥ 175 % of predicted, 6MWD 100–500 m), with a target lobe without "
              "relevant collateral ventilation and smoking abstinence of at least 4 months. Contraindications: "
              "active lung infection; allergy to nitinol, nickel or silicone; contraindication to bronchoscopy; "
              "bulla over one third of the hemithorax; prior transplant, lobectomy or LVRS of the treated lung; "
              "systolic pulmonary artery pressure above 50 mmHg."),
        ("h", 1, "Residual risks and side-effects"),
        ("p", "AERO-EU, 100 treated patients, 12 months: pneumothorax 22 % (within 45 days), COPD exacerbation "
              "18 %, pneumonia 6 %, valve migration or expectoration 4 %, valve removal or replacement 8 %, "
              "haemoptysis 3 %, death 3 % (control 4 %); granulation tissue also reported."),
        ("h", 1, "Clinical performance"),
        ("p", "FEV1 improvement ≥ 15 % in 48 % of treated patients versus 13 % with standard of care; SGRQ "
              "improved by 7.9 points. No equivalence is claimed. PMCF: registry of 400 patients for 3 years."),
        ("h", 1, "Alternatives"),
        ("p", "Medical therapy and pulmonary rehabilitation, lung volume reduction surgery, other bronchoscopic "
              "techniques, lung transplantation."),
    ]


def cear():
    return [
        ("title", "Clinical Evaluation Assessment Report"),
        ("meta", [("Notified Body", "Baltic Notified Body AB (2948)"), ("File", "BNB-24-0391"), ("Date", "2025-01-30")]),
        ("h", 1, "A. Administrative particulars"),
        ("p", f"{MFR}; AeroLock Endobronchial Valve System (AL-4.0, AL-5.5, EDC-2); Basic UDI-DI {UDI}; class IIb, "
              "Rule 8; initial certification. Documents: RM-CEP-014 rev. C, RM-CER-015 rev. D, RM-PMCF-016 rev. B, "
              "RM-SSCP-017 rev. A, IFU EN/NL."),
        ("h", 1, "C. Intended purpose"),
        ("p", "Bronchoscopic lung volume reduction for adults with severe emphysema and hyperinflation (FEV1 "
              "15–45 % predicted, RV ≥ 175 %), target lobe without collateral ventilation."),
        ("h", 1, "E–H. Clinical data, PMCF, conclusions"),
        ("p", "AERO-EU (randomised, 150 patients, 12 months) meets the CEP acceptance criteria; PMCF registry of "
              "400 patients with justified sample size. Benefit-risk acceptable."),
        ("h", 1, "I. Article 54"),
        ("p", "Not applicable: the device is class IIb, implantable and non-active; Article 54(1) concerns class "
              "III implantable devices and class IIb active devices administering or removing medicinal products."),
    ]


def build():
    docs = [
        Doc("RM-CEP-014_revC.md", "CEP", "en", cep(), "Respira Medtech"),
        Doc("RM-CER-015_revD.docx", "CER", "en", cer(), "Respira Medtech – RM-CER-015"),
        Doc("RM-PMCF-016_revB.docx", "PMCF-plan", "en", pmcf(), "Respira Medtech"),
        Doc("AeroLock_IFU_EN.pdf", "IFU", "en", ifu_en(), "AeroLock IFU EN"),
        Doc("AeroLock_GBA_NL.pdf", "IFU", "nl", ifu_nl(), "AeroLock gebruiksaanwijzing NL"),
        Doc("RM-SSCP-017.pdf", "SSCP", "en", sscp(), "RM-SSCP-017"),
        Doc("BNB-24-0391_CEAR.docx", "CEAR", "en", cear(), "Baltic Notified Body – CEAR"),
    ]
    return Dossier("h09_endobronchial_valve", "AeroLock endobronchial one-way valve system", "IIb", True, docs, [])
