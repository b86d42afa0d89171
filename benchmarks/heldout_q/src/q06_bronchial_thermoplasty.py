from common import doc

ID = "q06_bronchial_thermoplasty"
CEP = "Bronkara_CEP.md"
CER = "Bronkara_CER_PV-CER-21_v2.docx"
PMCF = "Bronkara_PMCF_plan.md"
IFU_EN = "Bronkara_IFU_English.pdf"
IFU_DE = "Bronkara_Gebrauchsanweisung.docx"
CEAR = "BEEM_CEAR_Bronkara.pdf"

cep = r"""
# Clinical Evaluation Plan (CEP) – Bronkara bronchial thermoplasty system
PV-CEP-21, version 2, 2024-10-14 | Pulmova A/S, Kokkedal Industripark 4, 2980 Kokkedal, Denmark

## Product
Bronkara system consists of:
- Bronkara catheter BK-1, single use, with expandable four-electrode basket, introduced through working channel (min. 2,0 mm) of flexible bronchoscope;
- Bronkara controller BK-C, radiofrequency generator with temperature control, foot switch and return electrode.
The controller delivers RF energy of 0,46 MHz to the airway wall to reach 65 °C for 10 s per activation. Treatment is done in 3 bronchoscopic sessions with min. 3 weeks interval (right lower lobe; left lower lobe; both upper lobes). Right middle lobe is not treated.

## Classification
Class IIb acc. to Annex VIII Rule 9 (active therapeutic product delivering energy in potentially hazardous way); catheter alone would be Rule 5. The product is not implantable and does not administer medicinal products; Art. 54(1) does not apply. Basic UDI-DI 5790022233344BKSYS3.

## Purpose of the product
Treatment of severe persistent asthma by reduction of airway smooth muscle mass with controlled thermal energy.

## Patient group and indications to use
Adults aged 18 to 65 years with severe persistent asthma which is not well controlled with high-dose inhaled corticosteroids and long-acting beta-agonists (GINA step 5), with pre-bronchodilator FEV1 of 60 % predicted or more, non-smokers for min. 1 year (below 10 pack-years).

## Contraindications to use
a) pacemaker, defibrillator or other active implant;
b) known sensitivity to medications for bronchoscopy (lidocaine, atropine, benzodiazepines);
c) previous bronchial thermoplasty;
d) asthma exacerbation, respiratory infection or change of systemic corticosteroid dose in last 14 days;
e) coagulopathy or anticoagulant therapy which cannot be stopped.

## Clinical benefits and outcome parameters
- reduction of severe exacerbations (requiring systemic corticosteroids) in 12 mo. after treatment;
- improvement of Asthma Quality of Life Questionnaire (AQLQ) by 0,5 points or more (minimal important difference) at 12 mo.;
- reduction of emergency department visits.

## Acceptance criteria
1. proportion of patients with AQLQ improvement ≥ 0,5 at 12 mo.: min. 65 %;
2. rate of respiratory adverse events requiring hospitalisation in treatment period: max. 10 % of patients;
3. no decline of pre-bronchodilator FEV1 at 12 mo. (mean change not worse than −5 % predicted).

## Sources of data
Own clinical investigation BK-AST-01 and systematic literature search (PubMed, Embase, Cochrane) on bronchial thermoplasty and biologic therapies. No equivalence is claimed.

## PMCF
Registry acc. to PMCF plan PV-PMCF-21.
"""

cer = r"""
# Clinical Evaluation Report
Bronkara bronchial thermoplasty system (catheter BK-1, controller BK-C). Document PV-CER-21, version 2, 2025-03-03. Plan: PV-CEP-21 version 2.
## 1 Summary
Evaluation is based on the manufacturer's clinical investigation BK-AST-01 (96 patients, 12 months, 3-year safety extension ongoing) and literature. At 12 months, 74,0 % of patients improved AQLQ by at least 0,5 point; severe exacerbations decreased from 4,1 to 1,9 per patient-year and emergency department visits from 1,2 to 0,4 per patient-year. All acceptance criteria are fulfilled.
## 2 Product description
Single-use catheter with four-electrode basket expanding in airways of 3–10 mm diameter, used through flexible bronchoscope (working channel 2,0 mm or more). Controller delivers RF energy at 460 kHz with closed-loop temperature control to 65 °C, 10 seconds per activation. Three sessions, each min. 3 weeks apart; right middle lobe not treated. Class IIb, Rule 9; Art. 54 consultation not applicable.
## 3 Intended purpose, patient group and contraindications
Purpose: treatment of severe persistent asthma by reduction of airway smooth muscle. Patient group: adult patients between 18 and 65 years of age, GINA step 5 asthma not well controlled with high-dose ICS and LABA, pre-bronchodilator FEV1 at least 60 % of predicted, non-smokers for 1 year or longer with less than 10 pack-years.
Contraindications to use: active implant (pacemaker, defibrillator); sensitivity to medications used for bronchoscopy; previous bronchial thermoplasty; asthma exacerbation, respiratory infection or change of systemic steroid dose within 14 days; coagulopathy or anticoagulation that cannot be interrupted.
## 4 State of the art
Severe asthma concerns 3–10 % of asthma patients. GINA recommends at step 5 add-on biologics (anti-IgE, anti-IL5/5R, anti-IL4R, anti-TSLP) by phenotype; bronchial thermoplasty is an option in selected adults in specialist centres where biologics are not suitable or not effective. In the sham-controlled AIR2 study with another thermoplasty system, 79 % of treated patients vs 64 % of sham improved AQLQ by ≥ 0,5 point, with more hospitalisations in the treatment period (8,4 % vs 2,0 %). Five-year follow-up showed stable FEV1 and durable reduction of severe exacerbations. These studies serve as benchmark; they are not used as clinical data of Bronkara.
## 5 Clinical data
Table 1 – Clinical investigations and literature
| Source | Design | N | Follow-up | Results |
| BK-FS (feasibility) | single arm | 16 | 6 months | no unanticipated adverse event; AQLQ +0,9 |
| BK-AST-01 (pivotal) | prospective, single arm, 6 centres (DK, DE, NL) | 96 | 12 months | AQLQ ≥ 0,5 improvement 74,0 %; severe exacerbations 4,1 → 1,9 per patient-year; FEV1 change +0,8 % predicted |
| Castro 2010 (AIR2) [1] | RCT, sham, other system | 297 | 12 months | benchmark |
| Wechsler 2013 [2] | 5-year extension of AIR2 | 162 | 5 years | benchmark |
## 6 Safety
In BK-AST-01, 7 of 96 patients (7,3 %) were hospitalised for respiratory symptoms during the treatment period (asthma worsening 5, lower respiratory infection 1, atelectasis 1). Other events within 1 day after sessions: wheezing, cough, chest discomfort, haemoptysis (small amounts, 3,1 %). No pneumothorax. No bronchiectasis on CT at 12 months in the subset of 40 patients.
## 7 Acceptance criteria
Table 2 – Acceptance criteria of CEP
| Criterion | Target | Result |
| AQLQ improvement ≥ 0,5 at 12 months | min. 65 % | 74,0 % |
| Hospitalisation for respiratory events in treatment period | max. 10 % | 7,3 % |
| Change of pre-bronchodilator FEV1 at 12 months | not worse than −5 % predicted | +0,8 % predicted |
## 8 Side effects and residual risk
Worsening of asthma symptoms and exacerbation shortly after session, need for hospitalisation, wheezing, cough, chest discomfort, atelectasis, lower respiratory tract infection, haemoptysis, pneumothorax, bronchiectasis in long term (not observed, under observation). Effect beyond 12 months of own data is not yet confirmed; no claim above 12 months is made in the IFU.
## 9 Benefit-risk conclusion
For adults with severe asthma selected acc. to IFU, the reduction of exacerbations and improvement of quality of life outweigh short-term respiratory events of the treatment period.
## 10 PMCF
Registry BRONKARA-REG acc. to PV-PMCF-21 version 1.
## 11 References
[1] Castro M, Rubin AS, Laviolette M, et al. Effectiveness and safety of bronchial thermoplasty in the treatment of severe asthma. Am J Respir Crit Care Med 2010;181:116–124.
[2] Wechsler ME, Laviolette M, Rubin AS, et al. Bronchial thermoplasty: long-term safety and effectiveness in patients with severe persistent asthma. J Allergy Clin Immunol 2013;132:1295–1302.
[3] Global Initiative for Asthma. Global strategy for asthma management and prevention, 2024 update.
[4] Pulmova. Clinical investigation report BK-AST-01, 12-month analysis, v1.1, 2024-12-02.
"""

pmcf = r"""
# PMCF plan – Bronkara system
PV-PMCF-21 version 1 – 2025-02-10 – Pulmova A/S

Linked to CER PV-CER-21 and risk management file PV-RMF-21 rev. 3.

## 1. Specific objectives
1. durability of reduction of severe exacerbations and AQLQ improvement up to 5 years (own data only to 12 mo.);
2. long-term airway safety: incidence of bronchiectasis and airway stenosis on CT at 3 and 5 years;
3. rate of hospitalisation in treatment period in routine use;
4. off-label use (patients on biologics, patients older than 65 y.o., FEV1 below 60 %).

## 2. Design
Prospective, multicentre registry BRONKARA-REG, min. 10 specialised centres for severe asthma in EU; continuation of 3-year safety follow-up of BK-AST-01 patients.

## 3. Endpoints
Severe exacerbations per patient-year, AQLQ, ACQ-5, FEV1, hospitalisations, CT findings (subset with CT at baseline, 3 and 5 years).

## 4. Sample size
200 patients. For hospitalisation in treatment period of 7 %, 200 patients give 95 % CI ±3,5 %. CT subset of 80 patients: if no bronchiectasis is found, upper 95 % limit is 3,7 %.

## 5. Population and setting
Adults 18–65 y.o. with severe asthma acc. to IFU, treated in hospital bronchoscopy units of severe-asthma centres.

## 6. Timeline
- Q2 2025 first patient
- Q4 2026 end of enrolment
- yearly interim report (input to CER update)
- Q4 2031 final report
"""

ifu_en = r"""
# Bronkara bronchial thermoplasty system – Instructions for Use
Catheter BK-1 and Controller BK-C. IFU PV-IFU-21-EN, revision 3, 2025-02. Pulmova A/S, Kokkedal Industripark 4, 2980 Kokkedal, Denmark. CE 2874.
## 1 Purpose of the product
Treatment of severe persistent asthma by controlled thermal energy delivered to the airway wall, reducing airway smooth muscle.
## 2 Indications to use
Severe persistent asthma in patients aged 18–65 years, not well controlled with high-dose inhaled corticosteroids plus long-acting beta-agonists, with pre-bronchodilator FEV1 ≥ 60 % of predicted, non-smokers for at least 1 year (less than 10 pack-years).
## 3 Contraindications to use
- pacemaker, implantable defibrillator or other active implantable product
- known sensitivity to medications required for bronchoscopy, e.g. lidocaine, atropine, benzodiazepines
- previously treated with bronchial thermoplasty
- asthma exacerbation, active respiratory infection or change in systemic corticosteroid dose within the last 14 days
- coagulopathy, or anticoagulants that cannot be discontinued
## 4 Users and place of use
Pulmonologists experienced in flexible bronchoscopy who completed the manufacturer's training; hospital bronchoscopy unit with resuscitation equipment.
## 5 Warnings
- Give prednisolone 50 mg/day (or equivalent) for 3 days before, on the day of and 1 day after each session.
- Do not treat the right middle lobe.
- Do not activate the catheter when the basket is not in full contact with the airway wall.
- Keep FiO2 below 40 % during activation to avoid airway fire.
## 6 Side effects and residual risk
Worsening of asthma and exacerbation after session, hospitalisation, wheezing, cough, chest discomfort, atelectasis, lower respiratory tract infection, haemoptysis, pneumothorax, long-term bronchiectasis (not observed to date).
## 7 Technical data
| Parameter | Value |
| RF frequency | 460 kHz |
| Target temperature | 65 °C |
| Activation time | 10 s |
| Max. output power | 18 W |
| Catheter working length | 120 cm |
| Minimum working channel | 2.0 mm |
| Basket diameter range | 3–10 mm airways |
| Supply | 100–240 V AC, 50/60 Hz |
"""

ifu_de = r"""
# Bronkara System zur bronchialen Thermoplastie – Gebrauchsanweisung
Katheter BK-1 und Steuergerät BK-C. PV-IFU-21-DE, Revision 3, 2025-02. Pulmova A/S, Kokkedal Industripark 4, 2980 Kokkedal, Dänemark. CE 2874.
## 1 Zweckbestimmung
Behandlung des schweren persistierenden Asthmas durch kontrollierte thermische Energie an der Atemwegswand zur Reduktion der glatten Atemwegsmuskulatur.
## 2 Indikationen
Schweres persistierendes Asthma bei Patienten von 18 bis 65 Jahren, das mit hochdosierten inhalativen Kortikosteroiden und langwirksamen Beta-Agonisten nicht ausreichend kontrolliert ist, mit einer FEV1 vor Bronchodilatation von mindestens 60 % des Sollwertes, Nichtraucher seit mindestens 1 Jahr (weniger als 10 Packungsjahre).
## 3 Kontraindikationen
- Herzschrittmacher, implantierbarer Defibrillator oder anderes aktives Implantat
- bekannte Unverträglichkeit gegenüber Medikamenten für die Bronchoskopie, z. B. Lidocain, Atropin, Benzodiazepine
- frühere bronchiale Thermoplastie
- Asthma-Exazerbation, akute Atemwegsinfektion oder Änderung der systemischen Kortikosteroiddosis in den letzten 14 Tagen
- Koagulopathie oder Antikoagulanzien, die nicht abgesetzt werden können
## 4 Anwender und Einsatzort
In flexibler Bronchoskopie erfahrene Pneumologen, die die Schulung des Herstellers abgeschlossen haben; Bronchoskopie-Einheit im Krankenhaus mit Reanimationsausrüstung.
## 5 Warnhinweise
- Prednisolon 50 mg/Tag (oder Äquivalent) 3 Tage vor, am Tag und 1 Tag nach jeder Sitzung geben.
- Den rechten Mittellappen nicht behandeln.
- Den Katheter nicht aktivieren, wenn der Korb die Atemwegswand nicht vollständig berührt.
- FiO2 während der Aktivierung unter 40 % halten, um einen Atemwegsbrand zu vermeiden.
## 6 Nebenwirkungen und Restrisiken
Verschlechterung des Asthmas und Exazerbation nach der Sitzung, Krankenhausaufenthalt, Giemen, Husten, Brustbeschwerden, Atelektase, Infektion der unteren Atemwege, Hämoptyse, Pneumothorax, langfristig Bronchiektasen (bisher nicht beobachtet).
## 7 Technische Daten
| Parameter | Wert |
| HF-Frequenz | 460 kHz |
| Zieltemperatur | 65 °C |
| Aktivierungsdauer | 10 s |
| Max. Ausgangsleistung | 18 W |
| Arbeitslänge des Katheters | 120 cm |
| Minimaler Arbeitskanal | 2,0 mm |
| Korbdurchmesser | Atemwege 3–10 mm |
| Versorgung | 100–240 V AC, 50/60 Hz |
"""

cear = r"""
# Clinical Evaluation Assessment Report
Notified Body n° 2874 – BEEM, Paris | CEAR-2874-25-0065 | version 1 | 14.04.2025
## 1. Object of the assessment
Initial certification of the Bronkara bronchial thermoplasty system (catheter BK-1, controller BK-C), Pulmova A/S, Denmark, Basic UDI-DI 5790022233344BKSYS3. Documents: CEP PV-CEP-21 v2, CER PV-CER-21 v2, PMCF plan PV-PMCF-21 v1, IFU English and German revision 3.
## 2. Classification and Article 54
Active therapeutic device delivering radiofrequency energy to the airway wall: class IIb per Annex VIII Rule 9, confirmed. The device is neither a class III implantable device nor an active device administering a medicinal product. The clinical evaluation consultation procedure is not applicable.
## 3. Intended purpose (NB summary)
Treatment of severe persistent asthma in adults aged 18 to 65 years, insufficiently controlled with high-dose ICS and LABA, pre-bronchodilator FEV1 of at least 60 % predicted, non-smokers. Use by trained pulmonologists in hospital bronchoscopy units.
## 4. Clinical data
The pivotal investigation BK-AST-01 (96 patients, 12 months) is the main source; the AIR2 study and its 5-year extension, performed with a device of another manufacturer, are used as benchmark only and not as equivalence. The Notified Body considers that the claims of the IFU are restricted to 12 months, in line with the available data.
Observation n°1: the CER should position bronchial thermoplasty against biologic therapies. Answered in CER v2, section 4. Closed.
Observation n°2: the CT subset size should be justified. Answered in the PMCF plan. Closed.
## 5. PMCF
Registry BRONKARA-REG, 200 patients, 5 years, CT subset of 80 patients; objectives are linked to the open questions (durability, bronchiectasis). The Notified Body considers the plan adequate.
## 6. Conclusion
The Notified Body considers that conformity with the relevant GSPR is demonstrated with sufficient clinical evidence and that the benefit-risk ratio is acceptable for the intended purpose.
"""

DOSSIER = {
    "id": ID,
    "device": "Bronkara bronchial thermoplasty system (RF catheter and controller) for severe persistent asthma",
    "device_class": "IIb",
    "docs": {
        CEP: doc("CEP", "en", "PV-CEP-21 v2", cep),
        CER: doc("CER", "en", "PV-CER-21 v2 – Pulmova A/S", cer),
        PMCF: doc("PMCF-plan", "en", "PV-PMCF-21 v1", pmcf),
        IFU_EN: doc("IFU", "en", "PV-IFU-21-EN rev. 3", ifu_en),
        IFU_DE: doc("IFU", "de", "PV-IFU-21-DE Rev. 3", ifu_de),
        CEAR: doc("CEAR", "en", "BEEM 2874 – CEAR-2874-25-0065", cear),
    },
    "labels": [],
}
