from common import doc

ID = "q09_hfcwo_vest"
CEP = "Vibrava_CEP_PV-CEP-30.pdf"
CER = "Vibrava_CER_PV-CER-30.docx"
PMCF = "Vibrava_PMCF_PV-PMCF-30.docx"
IFU_EN = "Vibrava_IFU_EN.pdf"
IFU_NL = "Vibrava_Gebruiksaanwijzing_NL.pdf"
CEAR = "CEAR_2874-25-0049_Vibrava.pdf"

CONTRA_EN = [
    "unstable head or neck injury",
    "active bleeding with haemodynamic instability, or haemoptysis of more than 30 ml in 24 hours",
    "untreated pneumothorax",
    "recent thoracic surgery, chest trauma or rib fracture (less than 6 weeks)",
    "burns, open wounds or skin grafts on the chest",
    "severe osteoporosis",
]

cep = r"""
# Clinical Evaluation Plan – Vibrava HFCWO vest system
PV-CEP-30, rev. B, 03.10.2024. Pulmova A/S, Kokkedal Industripark 4, 2980 Kokkedal, Denmark.
## 1 Product
Vibrava system for high-frequency chest wall oscillation (HFCWO) consists of air pulse generator VB-G2, inflatable vest in 5 sizes (XS, S, M, L, XL) and 2 pcs. air hoses. Generator inflates the vest with air pulses of adjustable frequency and pressure; oscillation of the chest wall mobilises mucus. Basic UDI-DI 5790022233344VBHFC9.
Class IIa acc. to Annex VIII Rule 9 (active therapeutic product exchanging mechanical energy with the body, not in potentially hazardous way). Not class III implantable and not Rule 12 product; Art. 54 consultation does not apply.
## 2 Purpose of the product
Airway clearance (mobilisation of secretions) in patients with cystic fibrosis.
## 3 Patient group
Children from 6 y.o. and adults with cystic fibrosis, with chest circumference 56–140 cm.
## 4 Place of use and users
Home use by patient (from 12 y.o.) or caregiver, after instruction by CF physiotherapist; also hospital wards of CF centres.
## 5 Contraindications to use
""" + "\n".join("- " + c for c in CONTRA_EN) + r"""
## 6 Clinical benefits and outcome parameters
- FEV1 % predicted stable over 12 mo. (change not worse than −3 % predicted);
- pulmonary exacerbations needing antibiotics, rate per patient-year, compared to literature for other ACTs;
- treatment adherence (device log).
## 7 Acceptance criteria
a) no serious device-related adverse event;
b) exacerbation rate not higher than 2,0 per patient-year (benchmark: HFCWO arm of McIlwaine 2013);
c) adherence min. 60 % of prescribed sessions.
## 8 Data sources
Equivalence with own predecessor Vibrava VB-G1 (on market since 2016, same vest, same pulse algorithm), literature on HFCWO and other airway clearance techniques, PMS data of VB-G1.
"""

cer = r"""
# Clinical Evaluation Report – Vibrava HFCWO vest system
Document PV-CER-30, revision B, 2025-01-29. Based on CEP PV-CEP-30 rev. B.
## 1. Scope
| Item | Description |
| Product | Vibrava system: generator VB-G2, vest sizes XS–XL, hoses |
| Classification | IIa, Rule 9; no consultation procedure (Art. 54 not applicable) |
| Purpose | Airway clearance (mobilisation of secretions) in cystic fibrosis |
| Patient group | Cystic fibrosis patients aged 6 years or more (children and adults), chest circumference 56 to 140 cm |
| Place of use | Home (patient or caregiver after instruction) and CF centre wards |
| Type of evaluation | Equivalence with own predecessor VB-G1, literature, PMS |
## 2. Contraindications to use
""" + "\n".join("- " + c for c in CONTRA_EN) + r"""
## 3. Technical data relevant for clinical evaluation
| Parameter | VB-G2 | VB-G1 (predecessor) |
| Oscillation frequency | 5 to 20 Hz | 5 to 20 Hz |
| Pressure setting | 1–10 (approx. 5–40 cmH2O in vest) | 1–10 (approx. 5–40 cmH2O in vest) |
| Session timer | 5–60 min | 5–60 min |
| Vest sizes (chest circumference) | XS 56–70, S 68–85, M 82–100, L 97–118, XL 115–140 cm | same |
| Pulse algorithm | sine wave, firmware 3.x | sine wave, firmware 2.x (same algorithm) |
| Difference | lighter generator (7.9 kg vs 10.5 kg), Bluetooth adherence log | – |
## 4. State of the art
Airway clearance is standard daily therapy in CF. Techniques: active cycle of breathing, autogenic drainage, PEP and oscillating PEP, HFCWO. Cochrane reviews found no clear superiority of any technique; choice depends on patient preference and independence. In the RCT of McIlwaine et al. (2013), HFCWO was associated with more exacerbations than PEP mask (2,0 vs 1,14 per year), therefore HFCWO is one of several options, not a superior one.
## 5. Clinical data
| Ref. | Design | Population | N | Main result |
| [1] Morrison 2020 | Cochrane review, oscillating devices | CF, children and adults | 1 114 (39 studies) | no significant difference vs other techniques in FEV1; preference varies |
| [2] McIlwaine 2013 | RCT, 1 year, HFCWO vs PEP | CF, 6–47 years | 107 | exacerbations HFCWO 2,0 vs PEP 1,14 per year; FEV1 no difference |
| [3] PV-CR-08 | own retrospective data VB-G1, 3 CF centres | CF, 6–52 years | 86 | exacerbations 1,6 per year; FEV1 change −1,2 % pred. over 12 mo.; adherence 68 % |
| [4] PMS VB-G1 2016–2024 | complaints, vigilance | approx. 4 100 units | – | 3 reports of skin abrasion under vest, 1 report of rib pain; no serious incident |
## 6. Safety
Known side effects: chest discomfort or rib pain, skin irritation under vest, transient reflux symptoms or nausea after meals, small haemoptysis in patients with pre-existing bleeding tendency. No serious device-related event in data [3] and [4].
## 7. Acceptance criteria and results
| Criterion (CEP point 7) | Result | Met |
| No serious device-related adverse event | none in [3], [4] | yes |
| Exacerbations max. 2,0 per patient-year | 1,6 [3] | yes |
| Adherence min. 60 % | 68 % [3] | yes |
## 8. Benefit-risk
For CF patients from 6 years who prefer independent airway clearance, benefits (mucus mobilisation, independence from assisting person) outweigh low risks. No claim of superiority over other techniques is made.
## 9. PMCF
Prospective home-use study acc. to PV-PMCF-30 rev. A.
## 10. References
[1] Morrison L, Milroy S. Oscillating devices for airway clearance in people with cystic fibrosis. Cochrane Database Syst Rev 2020;4:CD006842.
[2] McIlwaine MP, Alarie N, Davidson GF, et al. Long-term multicentre randomised controlled study of high frequency chest wall oscillation versus positive expiratory pressure mask in cystic fibrosis. Thorax 2013;68:746–751.
[3] Pulmova. Retrospective clinical data report VB-G1, PV-CR-08, 2023.
"""

pmcf = r"""
# PMCF plan – Vibrava HFCWO vest system (VB-G2)
PV-PMCF-30, revision A, 2025-02-05
Reference documents: CER PV-CER-30 rev. B; RMF PV-RMF-30 rev. C.
## Objectives
| No. | Objective | Source |
| 1 | Confirm exacerbation rate and FEV1 stability in home use with VB-G2 | CER point 7, first data with VB-G2 |
| 2 | Confirm usability and adherence in children 6–11 y.o. (caregiver operation) | CER point 5, few children in data [3] |
| 3 | Monitor side effects: chest or rib pain, skin irritation, reflux, haemoptysis | CER point 6 |
## Design and methods
Prospective, multicentre, single-arm observational study, 6 CF centres (DK, NL, BE). Patients use the product at home; visits at CF centre at 0, 3, 6 and 12 months (spirometry, exacerbations, adverse events). Adherence from Bluetooth log.
## Sample size
120 patients (min. 40 children 6–11 y.o.). With 120 patients and expected 1,6 exacerbations per patient-year, the rate is estimated with 95 % CI approx. ±0,23. For adherence 65 % in children, 40 children give ±14,8 %.
## Population and setting
CF patients 6 y.o. and older, chest circumference 56–140 cm, using the product at home after instruction by CF physiotherapist.
## Timeline
Start Q2 2025, end of enrolment Q1 2026, last 12-month visit Q1 2027, report Q2 2027.
"""

ifu_en = r"""
# Vibrava – HFCWO vest system – Instructions for use
Generator VB-G2 with vest (XS, S, M, L, XL). IFU PV-IFU-30-EN rev. 2, 2025-01. Pulmova A/S, Kokkedal Industripark 4, 2980 Kokkedal, Denmark. CE 2874.
## Purpose of the product
Airway clearance: the vest oscillates the chest wall to help loosen and move mucus in patients with cystic fibrosis.
## Patient group
Children aged 6 years and older and adults with cystic fibrosis, fitting one of the vest sizes (chest circumference 56–140 cm).
## Place of use and users
At home, operated by the patient (from 12 years) or by a caregiver, after instruction by the CF physiotherapist. Also in hospital CF wards.
## Contraindications to use
""" + "\n".join("- " + c for c in CONTRA_EN) + r"""
## Warnings
- Do not use the product within 1 hour after a meal.
- Stop the session and contact the CF centre in case of blood in sputum, chest pain or breathlessness.
- Children under 12 years must use the product only under supervision of an adult.
## Side effects and residual risk
Chest discomfort or rib pain, skin irritation under the vest, reflux symptoms or nausea, small amounts of blood in sputum.
## Technical data
| Parameter | Value |
| Frequency | 5–20 Hz |
| Pressure setting | 1–10 (approx. 5–40 cmH2O in vest) |
| Session timer | 5–60 min |
| Generator weight | 7.9 kg |
| Vest sizes | XS 56–70 cm, S 68–85 cm, M 82–100 cm, L 97–118 cm, XL 115–140 cm |
| Supply | 100–240 V AC |
"""

ifu_nl = r"""
# Vibrava – HFCWO-vestsysteem – Gebruiksaanwijzing
Generator VB-G2 met vest (XS, S, M, L, XL). PV-IFU-30-NL rev. 2, 2025-01. Pulmova A/S, Kokkedal Industripark 4, 2980 Kokkedal, Denemarken. CE 2874.
## Beoogd doel
Luchtwegklaring: het vest laat de borstwand trillen om slijm los te maken en af te voeren bij patiënten met cystic fibrosis.
## Patiëntengroep
Kinderen van 6 jaar en ouder en volwassenen met cystic fibrosis, passend in een van de vestmaten (borstomvang 56–140 cm).
## Plaats van gebruik en gebruikers
Thuis, bediend door de patiënt (vanaf 12 jaar) of door een verzorger, na instructie door de CF-fysiotherapeut. Ook op CF-afdelingen in het ziekenhuis.
## Contra-indicaties
- instabiel hoofd- of nekletsel
- actieve bloeding met hemodynamische instabiliteit, of hemoptoë van meer dan 30 ml in 24 uur
- onbehandelde pneumothorax
- recente thoraxchirurgie, borstletsel of ribfractuur (minder dan 6 weken)
- brandwonden, open wonden of huidtransplantaten op de borst
- ernstige osteoporose
## Waarschuwingen
- Gebruik het product niet binnen 1 uur na een maaltijd.
- Stop de sessie en neem contact op met het CF-centrum bij bloed in het sputum, pijn op de borst of kortademigheid.
- Kinderen jonger dan 12 jaar mogen het product alleen onder toezicht van een volwassene gebruiken.
## Bijwerkingen en restrisico's
Ongemak op de borst of pijn aan de ribben, huidirritatie onder het vest, refluxklachten of misselijkheid, kleine hoeveelheden bloed in het sputum.
## Technische gegevens
| Parameter | Waarde |
| Frequentie | 5–20 Hz |
| Drukinstelling | 1–10 (ca. 5–40 cmH2O in het vest) |
| Sessietimer | 5–60 min |
| Gewicht generator | 7,9 kg |
| Vestmaten | XS 56–70 cm, S 68–85 cm, M 82–100 cm, L 97–118 cm, XL 115–140 cm |
| Voeding | 100–240 V AC |
"""

cear = r"""
# Clinical Evaluation Assessment Report
BEEM – Bureau Européen d'Évaluation Médicale, Notified Body 2874. CEAR-2874-25-0049, version 1, 10.03.2025. Technical documentation sampling, class IIa.
## 1. Device and manufacturer
Vibrava HFCWO vest system (generator VB-G2, vests XS to XL), Pulmova A/S, Kokkedal, Denmark; Basic UDI-DI 5790022233344VBHFC9. Class IIa per Annex VIII Rule 9, confirmed by the Notified Body. The consultation procedure of Article 54 does not concern this device.
## 2. Intended purpose (NB summary)
Airway clearance in cystic fibrosis patients aged 6 years and over, children and adults with a chest circumference from 56 to 140 cm, at home by the patient or a caregiver after instruction, and in hospital CF wards.
## 3. Clinical evidence
Equivalence with the manufacturer's own VB-G1 is accepted; the differences (generator weight, Bluetooth log) have no clinical impact. Literature and the retrospective data of 86 patients support the performance; the CER rightly does not claim superiority over other airway clearance techniques.
Observation n°1: the CER should present the age distribution of the retrospective data. Closed.
## 4. PMCF
Prospective home-use study of 120 patients including 40 children aged 6–11 years, 12 months. The Notified Body considers the plan proportionate.
## 5. Conclusion
The Notified Body considers that the clinical evidence is sufficient and that the benefit-risk ratio is acceptable.
"""

DOSSIER = {
    "id": ID,
    "device": "Vibrava high-frequency chest-wall oscillation vest system for home airway clearance in cystic fibrosis",
    "device_class": "IIa",
    "docs": {
        CEP: doc("CEP", "en", "PV-CEP-30 rev. B – Pulmova A/S", cep),
        CER: doc("CER", "en", "PV-CER-30 rev. B", cer),
        PMCF: doc("PMCF-plan", "en", "PV-PMCF-30 rev. A", pmcf),
        IFU_EN: doc("IFU", "en", "PV-IFU-30-EN rev. 2", ifu_en),
        IFU_NL: doc("IFU", "nl", "PV-IFU-30-NL rev. 2", ifu_nl),
        CEAR: doc("CEAR", "en", "BEEM 2874 – CEAR-2874-25-0049", cear),
    },
    "labels": [],
}
