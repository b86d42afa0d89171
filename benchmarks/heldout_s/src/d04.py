# Intravascular temperature management catheter + console. Class III (Rule 7, short-term, central circulation), not implantable, CECP not applicable. DEFECTIVE.
CEP = """
CLINICAL EVALUATION PLAN (CEP)
THERMIQ Intravascular Temperature Management System
CEP-TQ-003 – Revision 1 – 11/03/2024
Medivalent Ibérica S.A., Parc Tecnològic del Vallès, 08290 Cerdanyola del Vallès (Barcelona), Spain

Chapter 1 – Purpose of the present document
This plan describes how the clinical data for the THERMIQ system (console TC-500, catheter THERMIQ CoolLine 9,3 Fr and start-up kit) are collected and appraised according to Annex XIV Part A of Regulation (EU) 2017/745.

Chapter 2 – Regulatory status
The THERMIQ CoolLine catheter is a class III implantable device in base to Rule 8, and consequently the system is subject to the clinical evaluation consultation procedure of Article 54(1)(a). The console is class IIb by Rule 9.

Chapter 3 – Intended purpose
The THERMIQ system is intended to induce, maintain and reverse controlled hypothermia or normothermia (targeted temperature management, 32 °C to 37,5 °C) in adult patients resuscitated after out-of-hospital or in-hospital cardiac arrest who remain comatose, in the intensive care unit. The catheter is inserted in the inferior vena cava by the femoral vein. Contraindications: active bleeding or major coagulopathy; IVC filter; weight minor to 40 Kg; known heparin-induced thrombocytopenia (heparin coating).

Chapter 4 – Outcome parameters and acceptance criteria
a) Time to target temperature 33 °C: median ≤ 3 hours from start.
b) Temperature stability during maintenance: ≥ 90 % of time within ±0,5 °C of target.
c) Catheter-related deep vein thrombosis: ≤ 15 % by ultrasound at removal.
d) Catheter-related bloodstream infection: ≤ 2 per 1.000 catheter-days.

Chapter 5 – Clinical data strategy
Literature on intravascular TTM (same principle, other manufacturers) used for the state of the art; performance and safety from the own investigation TQ-ICU-01 (n = 120) and from 6 years of PMS of the predecessor TC-400 system.
"""

CER = """
CLINICAL EVALUATION REPORT
THERMIQ Intravascular Temperature Management System
CER-TQ-003 Rev. 2 – 22/07/2024 – Medivalent Ibérica S.A.
Basic UDI-DI (catheter): 8436045TQCL93FX. Basic UDI-DI (console): 8436045TQTC500K.

I. SCOPE AND CLASSIFICATION
The catheter THERMIQ CoolLine is in direct contact with the central circulatory system (inferior vena cava) for a maximum of 7 days, so it is a short-term surgically invasive device of class III according to Rule 7; it is not an implantable device. The console TC-500 exchanges thermal energy with the patient and is class IIb according to Rule 9. The system does not administer medicinal products (the saline circulates in a closed circuit inside the balloons). Therefore the consultation procedure of Article 54 is not applicable.

II. DEVICE DESCRIPTION
The catheter has three balloons in which sterile saline cooled or warmed by the console circulates in closed loop; a central lumen allows infusion and a temperature sensor at the tip is not used for control (control is by oesophageal or bladder probe). Catheter: 9,3 Fr, 38 cm, heparin-coated. Console: cooling capacity up to 2,5 °C/h in a 75 kg adult, target range 32,0-37,5 °C, controlled rewarming 0,05-0,5 °C/h.

III. INTENDED PURPOSE
Induction, maintenance and reversal of targeted temperature management (32 °C to 37,5 °C) in comatose adult patients after resuscitation from cardiac arrest, in the ICU, by trained intensive care personnel. Body weight 40 kg or more.

IV. STATE OF THE ART
After the TTM2 trial (2021) and the ERC-ESICM 2021/2022 guidelines, the recommendation is to actively prevent fever (> 37,7 °C) during at least 72 hours; hypothermia 32-36 °C remains a possible option in some centres. Intravascular devices obtain faster induction and better stability than surface pads, with a higher risk of catheter thrombosis and infection.

V. CLINICAL DATA
| Reference | Design | N | Population | Result |
| TQ-ICU-01 (own) | Prospective single-arm | 120 | Adults, comatose after cardiac arrest | Median time to 33 °C 2,4 h; 94 % time in ±0,5 °C |
| Glover 2016 | RCT intravascular vs surface | 45 | Adults after cardiac arrest | Better stability with intravascular |
| Deye 2015 | RCT intravascular vs standard | 400 | Adults after cardiac arrest | No difference in survival, fewer nursing interventions |
| PMS TC-400 2018-2023 | Complaint and vigilance data | 3.950 catheters | – | 5 balloon leaks, 0 deaths |

Safety in TQ-ICU-01: catheter-related DVT at removal 11,7 % (14/120), bloodstream infection 1,4 per 1.000 catheter-days, shivering treated with medication in 38 %, bradycardia under 40/min in 9 %. All the acceptance criteria of CEP-TQ-003 were reached.

VI. BENEFIT-RISK AND RESIDUAL RISKS
Residual risks: DVT, infection, bleeding at the insertion site, balloon leak, overcooling, arrhythmia, electrolyte shifts, shivering. The benefit of precise temperature control overweighs the risks.

VII. PMCF
PMCF plan PMCF-TQ-003: registry of 250 patients in 8 ICUs.

VIII. REFERENCES
- Medivalent Ibérica. TQ-ICU-01 clinical investigation report, 2023.
- Glover GW, et al. Intravascular versus surface cooling for targeted temperature management after out-of-hospital cardiac arrest. Crit Care 2016;20:381.
- Deye N, et al. Endovascular versus external targeted temperature management (ICEREA). Circulation 2015;132:182-193.
- Dankiewicz J, et al. Hypothermia versus normothermia after out-of-hospital cardiac arrest (TTM2). N Engl J Med 2021;384:2283-2294.
"""

PMCF = """
# PMCF PLAN – THERMIQ System

Ref. PMCF-TQ-003, rev. 1, 29/07/2024.

## 1. Specific objectives
- Rate of catheter-related DVT and infection in routine use (residual risks of the CER).
- Incidence of balloon leak and overcooling below 31,5 °C.
- Temperature stability with normothermia targets (36-37,5 °C), less represented in TQ-ICU-01.

## 2. Method
Prospective registry in 8 ICUs (Spain, France, Italy). Adults resuscitated from cardiac arrest, comatose, body weight 40 kg or more, treated with THERMIQ. Ultrasound of the femoral and iliac veins at catheter removal.

## 3. Sample size
250 patients: for an expected DVT rate of 12 %, precision ±4 % (95 % CI), 10 % non-evaluable.

## 4. Timeline
Enrolment Q4/2024 to Q3/2026; report Q1/2027.
"""

IFU_EN = """
THERMIQ Intravascular Temperature Management System – Instructions for Use (EN), IFU-TQ-EN rev. 5

1. Intended use
The THERMIQ system is intended to induce, maintain and reverse targeted temperature management (32 °C to 37,5 °C) in comatose adult patients after cardiac arrest, in the intensive care unit.

2. Contraindications
- Active bleeding or uncorrectable coagulopathy.
- Inferior vena cava filter in place.
- Body weight below 40 kg.
- Heparin-induced thrombocytopenia.

3. Warnings
- Maximum catheter dwell time: 7 days.
- Monitor core temperature continuously with an oesophageal or bladder probe connected to the console.
- Treat shivering promptly; it increases oxygen consumption.

4. Alarms
The console gives alarms for high and low patient temperature, probe disconnection, low saline level and air in the line. If the "Patient temperature high" alarm sounds repeatedly during rewarming, it can be deactivated in the Settings menu for the remainder of the therapy. The low patient temperature alarm is fixed at 31,5 °C.

5. Technical data
| Parameter | Value |
| Catheter size | 9,3 Fr, 38 cm |
| Target range | 32,0–37,5 °C |
| Rewarming rate | 0,05–0,5 °C/h |
| Maximum dwell time | 7 days |

6. Patient population
Adults of 40 kg or more.

Medivalent Ibérica S.A., Cerdanyola del Vallès, Spain – CE 3390
"""

IFU_FR = """
Système de gestion de la température intravasculaire THERMIQ – Notice d'utilisation (FR), IFU-TQ-FR rév. 5

1. Utilisation prévue
Le système THERMIQ est destiné à induire, maintenir et inverser une gestion ciblée de la température (32 °C à 37,5 °C) chez les patients adultes comateux après un arrêt cardiaque, en unité de soins intensifs.

2. Contre-indications
- Saignement actif ou coagulopathie non corrigeable.
- Filtre cave inférieur en place.
- Poids inférieur à 40 kg.
- Thrombopénie induite par l'héparine.

3. Avertissements
- Durée maximale de mise en place du cathéter : 7 jours.
- Surveiller en continu la température centrale par une sonde œsophagienne ou vésicale reliée à la console.
- Traiter rapidement les frissons ; ils augmentent la consommation d'oxygène.

4. Alarmes
La console émet des alarmes de température haute et basse du patient, de déconnexion de sonde, de niveau de sérum bas et d'air dans la ligne. L'alarme de température basse est fixée à 31,5 °C. Aucune alarme ne doit être désactivée pendant le traitement.

5. Caractéristiques techniques
| Paramètre | Valeur |
| Cathéter | 9,3 Fr, 38 cm |
| Plage cible | 32,0–37,5 °C |
| Vitesse de réchauffement | 0,05–0,5 °C/h |
| Durée maximale | 7 jours |

6. Population de patients
Adultes de 40 kg ou plus.
"""

IFU_IT = """
Sistema di gestione intravascolare della temperatura THERMIQ – Istruzioni per l'uso (IT), IFU-TQ-IT rev. 5

1. Destinazione d'uso
Il sistema THERMIQ è destinato a indurre, mantenere e invertire la gestione mirata della temperatura (da 32 °C a 37,5 °C) in pazienti adulti in coma dopo arresto cardiaco, in terapia intensiva.

2. Controindicazioni
- Sanguinamento attivo o coagulopatia non correggibile.
- Filtro cavale inferiore presente.
- Peso corporeo inferiore a 40 kg.
- Trombocitopenia indotta da eparina.

3. Avvertenze
- Durata massima di permanenza del catetere: 7 giorni.
- Monitorare in continuo la temperatura centrale con sonda esofagea o vescicale collegata alla console.
- Trattare tempestivamente i brividi; aumentano il consumo di ossigeno.

4. Allarmi
La console emette allarmi di temperatura alta e bassa, disconnessione della sonda, livello basso di soluzione salina e aria nella linea. L'allarme di temperatura bassa è fisso a 31,5 °C. Non disattivare gli allarmi durante la terapia.

5. Dati tecnici
| Parametro | Valore |
| Catetere | 9,3 Fr, 38 cm |
| Intervallo target | 32,0–37,5 °C |
| Velocità di riscaldamento | 0,05–0,5 °C/h |
| Durata massima | 7 giorni |

6. Popolazione di pazienti
Adulti di 40 kg o più.
"""

SSCP = """
Summary of Safety and Clinical Performance – THERMIQ Intravascular Temperature Management System
SSCP-TQ-003 rev. 1 – 30/07/2024

1. Identification
Manufacturer: Medivalent Ibérica S.A. (SRN ES-MF-000052107). Catheter THERMIQ CoolLine 9,3 Fr, Basic UDI-DI 8436045TQCL39FX. Console TC-500, Basic UDI-DI 8436045TQTC500K. Class III (system). NB 3390.

2. Intended purpose
Targeted temperature management 32-37,5 °C in comatose adults after cardiac arrest, in the ICU. Contraindications: active bleeding, IVC filter, weight below 40 kg, HIT.

3. Residual risks
DVT (11,7 % in TQ-ICU-01), catheter infection, bleeding, balloon leak, overcooling, arrhythmia, shivering.

4. Clinical performance
Median time to 33 °C of 2,4 h; 94 % of maintenance time within ±0,5 °C (TQ-ICU-01, 120 patients).

5. PMCF
Registry of 250 patients in 8 ICUs.
"""

CEAR = """
CEAR – THERMIQ Intravascular Temperature Management System
Notified Body 3390 – Delta Keur Medical B.V., Rotterdam. File DKM-2024-0455. Reviewer: ing. R. de Groot. 09/09/2024.

A. Classification and Art. 54
Catheter: class III, Rule 7 (short-term, central circulatory system). Console: class IIb, Rule 9. Not implantable. No administration of medicinal product. Art. 54(1): not applicable. No CECP.

B. Intended purpose (NB)
TTM 32-37,5 °C, comatose adults after cardiac arrest, ICU, weight 40 kg or more.

C. Findings
Finding 1: CEP acceptance criteria a) to d) reported in CER section V. Closed.
Finding 2: Deye 2015 and Glover 2016 use other manufacturers' devices. State of the art only. Closed.
Finding 3: normothermia use underrepresented in own data. Covered by PMCF objective 3. Closed.
Finding 4: alarm section of IFU checked against IEC 60601-1-8. No remarks. Closed.

D. NB conclusion
Clinical evidence sufficient. Benefit-risk acceptable. Certificate can be issued after PMCF plan approval.
"""

DOSSIER = {
    "id": "d04",
    "device": "THERMIQ Intravascular Temperature Management System (catheter CoolLine 9,3 Fr + console TC-500)",
    "device_class": "III",
    "docs": [
        ("CEP-TQ-003.docx", "CEP", "en", CEP),
        ("CER-TQ-003_rev2.pdf", "CER", "en", CER),
        ("PMCF-TQ-003.md", "PMCF-plan", "en", PMCF),
        ("THERMIQ_IFU_EN.docx", "IFU", "en", IFU_EN),
        ("THERMIQ_IFU_FR.pdf", "IFU", "fr", IFU_FR),
        ("THERMIQ_IFU_IT.pdf", "IFU", "it", IFU_IT),
        ("SSCP-TQ-003.docx", "SSCP", "en", SSCP),
        ("CEAR_DKM-2024-0455.pdf", "CEAR", "en", CEAR),
    ],
    "labels": [
        {"defect": "disable_temperature_alarm", "category": "safety-instruction",
         "documents": ["THERMIQ_IFU_EN.docx", "THERMIQ_IFU_FR.pdf"],
         "quotes": ["it can be deactivated in the Settings menu for the remainder of the therapy",
                    "Aucune alarme ne doit être désactivée pendant le traitement."],
         "description": "English IFU instructs to deactivate the high patient temperature alarm for the rest of the therapy, removing protection against rebound hyperthermia; the French and Italian IFUs forbid disabling alarms.",
         "accept": ["language"]},
        {"defect": "cep_wrong_scope_implantable", "category": "scope",
         "documents": ["CEP-TQ-003.docx", "CER-TQ-003_rev2.pdf"],
         "quotes": ["The THERMIQ CoolLine catheter is a class III implantable device in base to Rule 8",
                    "it is not an implantable device",
                    "Therefore the consultation procedure of Article 54 is not applicable."],
         "description": "The CEP classifies the 7-day catheter as a class III implantable device (Rule 8) subject to the CECP; the CER and CEAR classify it as short-term Rule 7, not implantable, CECP not applicable.",
         "accept": ["device-identity"]},
        {"defect": "basic_udi_di_mismatch_sscp", "category": "device-identity",
         "documents": ["SSCP-TQ-003.docx", "CER-TQ-003_rev2.pdf"],
         "quotes": ["Basic UDI-DI 8436045TQCL39FX",
                    "Basic UDI-DI (catheter): 8436045TQCL93FX."],
         "description": "The catheter's Basic UDI-DI in the SSCP (…TQCL39FX) differs from the one in the CER (…TQCL93FX).",
         "accept": ["documentation"]},
    ],
}
