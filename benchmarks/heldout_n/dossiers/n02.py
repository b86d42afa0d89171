"""n02: pneumatic total artificial heart, bridge to transplant (class III, Rule 8). Defective."""

NAME = "CorVita TAH-70 Total Artificial Heart System"
MFR = "Aberlyn Cardiac Systems Ltd"
UDI = "0541892300CVTAH70ZQ"
NB = "Notified Body 2968 (Rheinland Medizinprodukte Zertifizierung GmbH)"

CEP = f"""
= Clinical Evaluation Plan

CorVita TAH-70 Total Artificial Heart System. Document ACS-CEP-007, Issue 3, 9 September 2024. {MFR}, Little Island, Cork T45 KD92, Ireland. Basic UDI-DI: {UDI}.

# 1 Device and classification

1.1 The CorVita TAH-70 is a pneumatically driven, orthotopic biventricular replacement consisting of two polyurethane ventricles of 70 ml stroke volume each, with four tilting-disc valves, implanted in place of the excised native ventricles and connected through percutaneous drivelines to an external pneumatic driver (the AeroDrive H hospital console, with an identical backup driver).

1.2 The device is an active implantable device in direct contact with the heart and central circulatory system and is class III under Annex VIII, Rule 8. Being a class III implantable device, it falls within Article 54(1)(a) and the clinical evaluation consultation procedure is expected to apply.

# 2 Intended purpose and target population

2.1 The CorVita TAH-70 is intended as a bridge to cardiac transplantation in patients at imminent risk of death from irreversible biventricular failure, i.e. patients aged 18 to 70 years with a body surface area of 1.7 m² or more who are listed, or are eligible to be listed, for heart transplantation and in whom left ventricular assist alone is judged insufficient.

2.2 Contraindications: patients who are not transplant candidates; body surface area below 1.7 m²; inability to tolerate systemic anticoagulation.

# 3 Outcome parameters and acceptance criteria

| No. | Outcome | Acceptance criterion | Basis |
|---|---|---|---|
| 1 | Survival to transplantation or to 180 days on support | 65 % or more | Published bridge-to-transplant series with TAH |
| 2 | Disabling stroke during support | 15 % or less | As above |
| 3 | Device malfunction requiring ventricle replacement | 5 % or less | Risk management file ACS-RMF-012 |
| 4 | Post-transplant survival at 1 year | 75 % or more | ISHLT registry |

# 4 Clinical development plan

4.1 Sources: (a) the pivotal CORVITA-BTT investigation; (b) a systematic review of published total artificial heart series to define the state of the art; (c) PMS and the PMCF registry. Equivalence is not claimed.
"""

CER = f"""
= Clinical Evaluation Report: CorVita TAH-70 Total Artificial Heart System

Document ACS-CER-007, Revision 4, 17 February 2025. Author: Dr R. Fitzmaurice, Principal Clinical Scientist. Manufacturer: {MFR}, Cork, Ireland. Basic UDI-DI {UDI}. Class III (Rule 8).

# 1 Summary

1.1 It is concluded that the CorVita TAH-70 provides life-sustaining circulatory support for patients with irreversible biventricular failure awaiting heart transplantation, that the acceptance criteria set in plan ACS-CEP-007 are met, and that the residual risks, which are substantial, are acceptable in a population whose expected survival without mechanical support is measured in days.

# 2 Device description

2.1 The implant comprises two 70 ml pneumatic ventricles, each with inflow and outflow tilting-disc valves, connected to the atria by sewing cuffs and to the great arteries by polyester outflow grafts. Each ventricle is driven by pulses of compressed air delivered through a percutaneous driveline; the diaphragm displaces blood at rates of 80 to 150 beats per minute, giving cardiac outputs of up to 9.5 l/min.

2.2 Two drivers are supplied: the AeroDrive H hospital console, used from implantation, and the AeroDrive P portable driver, a battery-powered unit of 6.2 kg carried in a shoulder bag.

# 3 Intended purpose

3.1 The CorVita TAH-70 is intended as a bridge to cardiac transplantation in patients aged 18 to 70 years with irreversible biventricular failure at imminent risk of death, whose body surface area is 1.7 m² or greater and who are eligible for transplantation.

3.2 Support commences in the cardiothoracic intensive care unit on the AeroDrive H console. Patients who are clinically stable and meet the discharge criteria may be discharged home on the AeroDrive P portable driver while awaiting a donor heart, with weekly outpatient review.

# 4 State of the art

4.1 The alternatives for patients with biventricular failure refractory to medical therapy are temporary biventricular support (extracorporeal membrane oxygenation, paracorporeal biventricular assist devices), durable biventricular assist with two implantable continuous-flow pumps, and the total artificial heart. Published total artificial heart series (Copeland et al., 2004; Arabía et al., 2018; Torregrossa et al., 2014) report survival to transplantation of 68 % to 79 %, stroke rates of 8 % to 13 % and post-transplant one-year survival of 77 % to 86 %. These figures define the benchmark for the acceptance criteria.

# 5 Clinical data

5.1 The CORVITA-BTT investigation (CIV-IE-20-11-031770) enrolled 64 patients at six European transplant centres between 2020 and 2023. Patients were followed until transplantation, death or 180 days of support and thereafter for one year after transplantation.

| Endpoint | Result | 95 % CI | CEP criterion | Notes |
|---|---|---|---|---|
| Survival to transplant or 180 days | 46/64 (71.9 %) | 59.2-82.4 % | 65 % or more | Met |
| Disabling stroke | 7/64 (10.9 %) | 4.5-21.2 % | 15 % or less | Met |
| Ventricle replacement for malfunction | 2/64 (3.1 %) | 0.4-10.8 % | 5 % or less | Met |
| One-year post-transplant survival | 35/42 (83.3 %) | 68.6-93.0 % | 75 % or more | Met |

5.2 The survival-to-transplant curve, stratified by pre-implant INTERMACS profile, is presented in Figure 2. It is noted that patients in INTERMACS profile 1 had an appreciably lower survival to transplantation than those in profiles 2 and 3.

5.3 Of the 64 patients, 11 were discharged home on the AeroDrive P portable driver for a median of 58 days before transplantation; no driver-related deaths occurred out of hospital.

# 6 Safety and residual risks

6.1 Adverse events during support were: bleeding requiring reoperation (28.1 %), driveline infection (17.2 %), disabling stroke (10.9 %), acute kidney injury requiring renal replacement therapy (23.4 %), haemolysis (6.3 %) and driver malfunction requiring changeover to the backup driver (9.4 %). These are disclosed in the IFU and SSCP.

# 7 Benefit-risk

7.1 Having regard to the mortality of the untreated condition, the benefit-risk ratio is on balance judged favourable. The evidence is judged sufficient, although limited in size, and the PMCF plan ACS-PMCF-007 is intended to expand it.

# 8 References

Arabía, F.A., Cantor, R.S., Koehl, D.A. et al. (2018) 'Interagency registry for mechanically assisted circulatory support report on the total artificial heart', Journal of Heart and Lung Transplantation, 37(11), pp. 1304-1312.

Copeland, J.G., Smith, R.G., Arabía, F.A. et al. (2004) 'Cardiac replacement with a total artificial heart as a bridge to transplantation', New England Journal of Medicine, 351(9), pp. 859-867.

Torregrossa, G., Morshuis, M., Varghese, R. et al. (2014) 'Results with SynCardia total artificial heart beyond 1 year', ASAIO Journal, 60(6), pp. 626-634.
"""

PMCF = f"""
= PMCF Plan: CorVita TAH-70

Document ACS-PMCF-007, Revision 2, 3 March 2025. {MFR}. Basic UDI-DI {UDI}.

# 1 Objectives

(a) To confirm survival to transplantation and the stroke rate observed in CORVITA-BTT in a larger population of at least 150 patients.

(b) To characterise the incidence and time course of driveline infection, which is the most frequent late adverse event.

(c) To monitor driver malfunctions and changeovers to the backup driver.

# 2 Method

2.1 A prospective, multicentre registry (CORVITA-REG) at all implanting centres, with data collected at implant, at 7, 30, 90 and 180 days of support, at transplantation and at one year after transplantation.

# 3 Sample size

3.1 With 150 patients and an expected survival to transplantation of 72 %, the 95 % confidence interval half-width is about 7 percentage points, which is considered sufficient to exclude a survival below the 65 % acceptance criterion.

# 4 Timeline

4.1 Enrolment over four years from Q2 2025; annual PMCF evaluation reports; final report in Q2 2030.
"""

IFU_EN = f"""
= CorVita TAH-70 Total Artificial Heart System: Instructions for Use

{MFR}, Cork, Ireland. Basic UDI-DI {UDI}. IFU ACS-IFU-007-EN, Revision 3.

# 1 Indications

The CorVita TAH-70 is indicated as a bridge to heart transplantation in patients aged 18 to 70 years with irreversible biventricular failure at imminent risk of death, with a body surface area of at least 1.7 m², who are eligible for cardiac transplantation.

# 2 Contraindications

- Patients who are not candidates for heart transplantation.
- Body surface area less than 1.7 m², or a thoracic cavity too small to accommodate the device (anteroposterior distance from sternum to the tenth thoracic vertebra below 10 cm on CT).
- Patients who cannot be anticoagulated.

# 3 Conditions of use

The CorVita system is intended for use in hospital only; patients remain in hospital under the care of the implanting centre for the whole period of support until transplantation.

# 4 Warnings

- Ensure that a charged backup driver is at the bedside at all times.
- Check both drivelines for kinks and the exit site for signs of infection at least daily.
- Maintain anticoagulation and antiplatelet therapy as prescribed; interruption increases the risk of thromboembolism and stroke.

# 5 Changeover to the backup driver

5.1 Changeover is required if the console fails or for scheduled maintenance. Clamp and disconnect both drivelines from the console; the patient tolerates up to 3 minutes without pneumatic drive, so the reconnection to the backup driver need not be hurried.

5.2 After reconnection, confirm that the left and right drive pressures, rate and cardiac output are displayed and are as before.

# 6 Adverse events

Bleeding; driveline infection; stroke and other thromboembolism; acute kidney injury; haemolysis; driver malfunction.

# 7 Technical data

| Parameter | Value |
|---|---|
| Stroke volume | 70 ml per ventricle |
| Beat rate | 80-150 bpm |
| Maximum cardiac output | 9.5 l/min |
| Drivers | AeroDrive H (hospital console) and backup driver |
| Minimum body surface area | 1.7 m² |
"""

IFU_DE = f"""
= CorVita TAH-70 Kunstherzsystem: Gebrauchsanweisung

{MFR}, Cork, Irland. Basic UDI-DI {UDI}. ACS-IFU-007-DE, Revision 3.

# 1 Indikationen

Das CorVita TAH-70 ist als Überbrückung bis zur Herztransplantation bei Patienten im Alter von 16 bis 70 Jahren mit irreversiblem biventrikulärem Herzversagen und unmittelbarer Lebensgefahr indiziert, die eine Körperoberfläche von mindestens 1,7 m² aufweisen und für eine Herztransplantation in Frage kommen.

# 2 Kontraindikationen

- Patienten, die keine Kandidaten für eine Herztransplantation sind.
- Körperoberfläche unter 1,7 m² oder zu kleiner Thorax (Abstand Sternum bis zehnter Brustwirbel unter 10 cm im CT).
- Patienten, die nicht antikoaguliert werden können.

# 3 Einsatzbedingungen

Das CorVita-System ist nur für die Anwendung im Krankenhaus bestimmt; die Patienten bleiben während der gesamten Unterstützungsdauer bis zur Transplantation im implantierenden Zentrum.

# 4 Warnhinweise

- Stellen Sie sicher, dass jederzeit ein geladener Reservetreiber am Bett verfügbar ist.
- Prüfen Sie beide Antriebsleitungen mindestens täglich auf Knicke und die Austrittsstelle auf Infektionszeichen.
- Setzen Sie die Antikoagulation und Thrombozytenhemmung wie verordnet fort; eine Unterbrechung erhöht das Risiko von Thromboembolien und Schlaganfall.

# 5 Wechsel auf den Reservetreiber

Klemmen Sie beide Antriebsleitungen ab und trennen Sie sie von der Konsole; der Patient toleriert bis zu 3 Minuten ohne pneumatischen Antrieb, sodass der Anschluss an den Reservetreiber nicht überstürzt werden muss.

# 6 Unerwünschte Ereignisse

Blutungen; Infektion der Antriebsleitung; Schlaganfall und andere Thromboembolien; akute Nierenschädigung; Hämolyse; Fehlfunktion des Treibers.

# 7 Technische Daten

| Parameter | Wert |
|---|---|
| Schlagvolumen | 70 ml je Ventrikel |
| Frequenz | 80-150 Schläge/min |
| Maximales Herzzeitvolumen | 9,5 l/min |
| Minimale Körperoberfläche | 1,7 m² |
"""

SSCP = f"""
= Summary of Safety and Clinical Performance: CorVita TAH-70

SSCP ACS-SSCP-007, Revision 1, March 2025. Validated by {NB}.

## 1. Device identification

Trade name: CorVita TAH-70 Total Artificial Heart System. Manufacturer: {MFR}, Cork, Ireland (SRN IE-MF-000031877). Basic UDI-DI: {UDI}. Class III. First CE certificate: 2025 (expected).

## 2. Intended purpose

Bridge to heart transplantation in patients aged 18 to 70 years with irreversible biventricular failure at imminent risk of death, with a body surface area of at least 1.7 m², who are eligible for transplantation. Contraindicated in patients who are not transplant candidates, with a body surface area below 1.7 m², or who cannot be anticoagulated.

## 3. Residual risks and undesirable effects

| Event | Frequency during support (CORVITA-BTT, 64 patients, median 94 days) |
|---|---|
| Bleeding requiring reoperation | 28.1 % |
| Acute kidney injury requiring dialysis | 23.4 % |
| Driveline infection | 17.2 % |
| Disabling stroke | 10.9 % |
| Driver malfunction requiring changeover | 9.4 % |
| Haemolysis | 6.3 % |

## 4. Clinical performance

Survival to transplantation or 180 days on support was 71.9 %; one-year survival after transplantation was 83.3 %.

## 5. PMCF

A registry of at least 150 patients (CORVITA-REG) will confirm survival and stroke rates and characterise driveline infection.
"""

CEAR = f"""
= Clinical Evaluation Assessment Report

{NB}, Am Grauen Stein 29, 51105 Köln, Germany

Reference: RMZ-CEAR-25-0093. Date: 28 April 2025.

For the attention of: Regulatory Affairs Manager, {MFR}, Little Island, Cork, Ireland

Re: CorVita TAH-70 Total Artificial Heart System, Basic UDI-DI {UDI}; initial certification under Annex IX, Chapters I and II.

# 1. Documents reviewed

Clinical evaluation plan ACS-CEP-007 Issue 3; clinical evaluation report ACS-CER-007 Revision 4; PMCF plan ACS-PMCF-007 Revision 2; IFU (English and German) Revision 3; SSCP ACS-SSCP-007 Revision 1.

# 2. Intended purpose as understood by the Notified Body

Bridge to transplantation in adults aged 18 to 70 years with irreversible biventricular failure, a body surface area of at least 1.7 m² and eligibility for transplantation, with support provided in the implanting hospital.

# 3. Classification and consultation procedure

Class III, Annex VIII Rule 8 (active implantable device; direct contact with the heart). The device is a class III implantable device and the clinical evaluation consultation procedure under Article 54(1)(a) applies; none of the exemptions of Article 54(2) is applicable, this being a novel device with no predecessor of the manufacturer. Proposed expert panel: circulatory system (artificial hearts and ventricular assist devices).

# 4. Findings

Finding 1: The pivotal investigation CORVITA-BTT (64 patients) meets each of the four acceptance criteria of the CEP. The sample is small and the confidence intervals wide; this is accepted given the rarity of the indication, with the PMCF registry as a condition of certification.

Finding 2: The state of the art is adequately described by reference to published total artificial heart series and the INTERMACS registry.

Finding 3: The residual risks listed in the SSCP correspond to those in the CER.

Finding 4: The PMCF plan sets a sample size of 150 patients with a stated rationale and a timeline to 2030. It is accepted.

# 5. Conclusion

Subject to the opinion of the expert panel, the Notified Body considers that the clinical evidence is sufficient and that the benefit-risk ratio is acceptable for the intended purpose stated in Section 2. A certificate of three years' validity, with annual review of the PMCF evaluation report, is proposed.

> Dr Katharina Vogt, Clinical Expert (Cardiac Surgery)
> Dipl.-Ing. Martin Albers, Product Specialist (Active Implantable Devices)
"""

F_CEP = "ACS-CEP-007_CorVita_CEP_issue3.pdf"
F_CER = "ACS-CER-007_CorVita_CER_rev4.docx"
F_PMCF = "ACS-PMCF-007_CorVita_PMCF_plan.docx"
F_IFU_EN = "CorVita_TAH-70_IFU_EN.pdf"
F_IFU_DE = "CorVita_TAH-70_Gebrauchsanweisung_DE.pdf"
F_SSCP = "CorVita_SSCP.md"
F_CEAR = "RMZ-CEAR-25-0093_CorVita.docx"

DOSSIER = {
    "id": "n02_total_artificial_heart",
    "device": "CorVita TAH-70 Total Artificial Heart System (pneumatic, bridge to transplant)",
    "device_class": "III",
    "clean": False,
    "docs": [
        {"file": F_CEP, "role": "CEP", "lang": "en", "text": CEP, "header": "ACS-CEP-007 Issue 3"},
        {"file": F_CER, "role": "CER", "lang": "en", "text": CER, "header": "ACS-CER-007 Rev 4", "font": "Cambria"},
        {"file": F_PMCF, "role": "PMCF-plan", "lang": "en", "text": PMCF},
        {"file": F_IFU_EN, "role": "IFU", "lang": "en", "text": IFU_EN, "header": "ACS-IFU-007-EN Rev. 3"},
        {"file": F_IFU_DE, "role": "IFU", "lang": "de", "text": IFU_DE, "header": "ACS-IFU-007-DE Rev. 3"},
        {"file": F_SSCP, "role": "SSCP", "lang": "en", "text": SSCP},
        {"file": F_CEAR, "role": "CEAR", "lang": "en", "text": CEAR, "font": "Times New Roman"},
    ],
    "labels": [
        {
            "defect": "german_ifu_lowers_minimum_age",
            "category": "language",
            "documents": [F_IFU_EN, F_IFU_DE],
            "quotes": [
                "bridge to heart transplantation in patients aged 18 to 70 years with irreversible biventricular failure",
                "bei Patienten im Alter von 16 bis 70 Jahren mit irreversiblem biventrikulärem Herzversagen",
            ],
            "description": "The German IFU extends the indicated age range down to 16 years, whereas the English IFU, CER, CEP, SSCP and CEAR state 18 to 70 years.",
            "accept": ["population"],
        },
        {
            "defect": "driveline_disconnection_tolerated_for_minutes",
            "category": "safety-instruction",
            "documents": [F_IFU_EN, F_IFU_DE],
            "quotes": [
                "the patient tolerates up to 3 minutes without pneumatic drive, so the reconnection to the backup driver need not be hurried",
                "der Patient toleriert bis zu 3 Minuten ohne pneumatischen Antrieb",
            ],
            "description": "For a total artificial heart the native ventricles are excised; disconnecting the drive means no circulation at all. Instructing users that a 3-minute interruption is tolerated and need not be hurried interrupts life-sustaining therapy.",
            "accept": [],
        },
        {
            "defect": "home_discharge_vs_hospital_only",
            "category": "care-setting",
            "documents": [F_CER, F_IFU_EN, F_CEAR],
            "quotes": [
                "may be discharged home on the AeroDrive P portable driver while awaiting a donor heart",
                "The CorVita system is intended for use in hospital only; patients remain in hospital under the care of the implanting centre",
                "with support provided in the implanting hospital",
            ],
            "description": "The CER describes discharge home on a portable driver (and includes discharged patients in the clinical data), whereas the IFU and the CEAR restrict use to the hospital for the whole period of support.",
            "accept": ["intended-use"],
        },
        {
            "defect": "figure_2_not_present",
            "category": "documentation",
            "documents": [F_CER],
            "quotes": [
                "stratified by pre-implant INTERMACS profile, is presented in Figure 2",
            ],
            "description": "The CER refers to Figure 2 for the survival-to-transplant curve, but the report contains no figures at all.",
            "accept": [],
        },
    ],
}
