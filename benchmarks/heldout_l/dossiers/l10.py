from lib.common import Doc, label

ID = "l10"
DEVICE = "Glucaro 90 Implantable Continuous Glucose Monitoring System"
DEVICE_CLASS = "III"

MFR = "Sensyra Health Ltd., 9 Hamanofim Street, Herzliya 4672560, Israel"
AR = "Sensyra Health Italia S.r.l., Via Tortona 37, 20144 Milano, Italy"
NB = "Notified Body 2877 (Certimed Lombardia S.p.A.)"
UDI = "72904410GLUCARO90CGM6"
SRN = "IL-MF-000058834"

SCOPE = ("The Glucaro 90 sensor is an active implantable device: it is fully implanted under the skin and is powered through "
         "the on-body smart transmitter. Active implantable devices are class III under Rule 8. The sensor also carries a "
         "silicone collar that elutes dexamethasone acetate, a medicinal substance with an ancillary action (Rule 14, "
         "class III). The system is therefore class III implantable and the CECP of Article 54(1)(a) applies; a medicines "
         "authority is consulted on the dexamethasone component (Annex IX, section 5.2).")

CEP = f"""
# Clinical Evaluation Plan: Glucaro 90 Implantable CGM System

SNH-CEP-090 v2 | 07/08/2024

## 1. Device

- **Glucaro 90 sensor:** fluorescence-based glucose sensor, 3.5 mm x 18 mm, implanted subcutaneously in the upper arm for up to 90 days, with a dexamethasone acetate-eluting silicone collar.
- **Glucaro smart transmitter:** rechargeable, worn on the skin over the sensor with a daily adhesive; powers the sensor, calculates glucose every 5 minutes and vibrates for alerts.
- **Glucaro app:** displays readings, trends and alerts on a smartphone.
- **Insertion tools:** single-use incision and insertion kit.

## 2. Classification and CECP

{SCOPE}

## 3. Intended purpose

Continuous measurement of interstitial glucose in adults (18 years and older) with type 1 or type 2 diabetes, to help manage diabetes, for up to 90 days per sensor.

## 4. Clinical benefits and acceptance criteria

| Parameter | Acceptance criterion |
| MARD vs laboratory reference (YSI) over 90 days | ≤ 10 % |
| Readings within 15 mg/dL or 15 % of reference | ≥ 85 % |
| Sensor survival to day 90 | ≥ 85 % |
| Serious adverse events related to insertion or removal | ≤ 1 % |

## 5. Data

GLUC-90 pivotal study, GLUC-FIH, and literature on implantable and transcutaneous CGM.
"""

CER = f"""
# Clinical Evaluation Report: Glucaro 90 Implantable CGM System

SNH-CER-090 v3 | 02/12/2025

Author: Michal Stern, PhD, clinical affairs. Clinical review: Prof. D. Rossi, MD, endocrinology.

## 1. What is Glucaro 90?

Glucaro 90 is a continuous glucose monitoring (CGM) system with a sensor that is implanted under the skin of the upper arm and stays in place for up to ninety days. A smart transmitter worn on the skin over the sensor powers it, reads the fluorescence signal, calculates glucose every five minutes and sends the values to the Glucaro app. Calibration with a fingerstick is needed twice a day for the first twenty-one days and once a day afterwards.

Basic UDI-DI {UDI}. Manufacturer: {MFR}.

## 2. Classification

{SCOPE}

## 3. Intended purpose

Continuous measurement of interstitial glucose in adults (18 years and older) with type 1 or type 2 diabetes, as an aid to diabetes management, for up to 90 days per sensor. Contraindications: known allergy to dexamethasone or dexamethasone acetate; MRI while the sensor is implanted; intravenous mannitol or sorbitol.

## 4. State of the art

Transcutaneous CGM systems worn for 10 to 15 days are standard of care for type 1 diabetes and increasingly for insulin-treated type 2 diabetes. They report MARD values of 8 to 10 %. Implantable long-term sensors reduce the number of insertions; the PRECISE II study (Christiansen et al., 2018) of another implantable sensor reported a MARD of 8.8 % over 90 days. Glucose in interstitial fluid normally trails blood glucose by about five to ten minutes.

## 5. Clinical data

### 5.1 GLUC-90 pivotal study

| Item | Detail |
| Design | Prospective, single-arm, 8 sites (Italy, Israel, Germany) |
| Population | 180 adults (140 type 1, 40 type 2), 19 to 74 years |
| Follow-up | 90 days plus 30 days after removal |
| MARD vs YSI | 8.9 % |
| Within 15/15 % | 90.7 % |
| Sensor survival to day 90 | 91.1 % |
| Serious device-related adverse events | 0.6 % (1 sensor fracture at removal requiring surgical extraction) |

Other events: insertion-site infection 1.1 %, transmitter adhesive skin irritation 7.2 %, bruising 3.9 %, scarring at the insertion site 1.7 %.

### 5.2 What do the data mean?

Glucaro 90 met every acceptance criterion. Because Glucaro measures in the interstitial fluid right under the skin, its readings show zero lag against blood glucose, even when glucose is changing fast.

## 6. Benefit-risk

Fewer insertions (four per year instead of twenty-four or more) and accuracy within the state of the art. Residual risks: infection, sensor fracture or migration, scarring, skin irritation, inaccurate readings leading to wrong treatment decisions, and hypersensitivity to dexamethasone. Benefit-risk is positive.

## 7. PMCF

SNH-PMCF-090 v1.

## References

1. Christiansen MP, et al. A prospective multicenter evaluation of the accuracy of a novel implanted CGM sensor: PRECISE II. Diabetes Technol Ther. 2018;20:197-206.
2. Battelino T, et al. International consensus on time in range. Diabetes Care. 2019;42:1593-1603.
3. Sensyra Health. GLUC-90 clinical investigation report, 2024.
"""

PMCF = f"""
# PMCF Plan: Glucaro 90 Implantable CGM System

SNH-PMCF-090 v1, 01/29/2025

## A. Manufacturer

{MFR}. SRN {SRN}.

## B. Device

Glucaro 90 sensor, smart transmitter and app. Basic UDI-DI {UDI}. Class III. Intended for adults with type 1 or type 2 diabetes.

## C. Objectives

1. Confirm accuracy (MARD against fingerstick reference) in routine use.
2. Measure rates of insertion-site infection, sensor fracture at removal and scarring after repeated insertions.
3. Follow tissue response after four or more consecutive sensors.

## D. Method: GLUC-REAL registry

- **Design:** prospective registry at 20 diabetes clinics in Italy, Germany and Israel.
- **Population:** adults aged 18 to 65 years with type 1 diabetes.
- **Exclusion:** type 2 diabetes; pregnancy; dialysis.
- **Sample size:** 500 users; this estimates a sensor fracture rate of 0.6 % with an upper 95 % confidence limit of 1.6 % and gives 1,500 or more sensor cycles for scarring.
- **Follow-up:** two years (about eight sensor cycles per user).

## E. Timeline

| Milestone | Date |
| First user | Q3 2025 |
| Enrollment complete | Q2 2026 |
| Interim report | Q3 2026 and yearly |
| Final report | Q4 2028 |
"""

IFU_EN = f"""
# Glucaro 90 Implantable CGM System: User Guide and Instructions for Use

IFU-GL90-EN rev. 4

## What is Glucaro 90?

Glucaro 90 measures your glucose all day and night with a small sensor placed under the skin of your upper arm by your doctor. The smart transmitter you wear over the sensor sends readings to your phone every five minutes.

## Who is it for?

Adults (18 years and older) with type 1 or type 2 diabetes. One sensor lasts up to 90 days.

## Why Glucaro?

Because Glucaro measures in the fluid right under your skin, readings show zero lag against blood glucose, so you can act on them instantly.

## When should it not be used?

- Do not implant the sensor in anyone with a known allergy to dexamethasone or dexamethasone acetate.
- Do not have an MRI while the sensor is in your arm.
- Do not use if you receive mannitol or sorbitol through a vein; readings may be falsely high.

## Warnings

> IMPORTANT: If your symptoms do not match your readings, check with a fingerstick before you treat.

- Calibrate twice a day for the first 21 days, then once a day.
- Remove the transmitter before X-ray, CT or diathermy.
- Only a trained healthcare professional may insert or remove the sensor.

## Possible side effects

Infection, bruising or scarring at the insertion site, skin irritation from the adhesive, sensor breakage or movement during removal, and allergic reaction.

## Specifications

| Item | Value |
| Sensor life | up to 90 days |
| Glucose range | 40 to 400 mg/dL (2.2 to 22.2 mmol/L) |
| Reading interval | every 5 minutes |
| Sensor size | 3.5 mm x 18 mm |
| Transmitter battery | rechargeable, about 36 hours per charge |
| Transmitter water resistance | IP67 (1 m, 30 minutes) |

Manufacturer: {MFR}. EU REP: {AR}. Basic UDI-DI {UDI}.
"""

IFU_IT = f"""
# Sistema CGM impiantabile Glucaro 90: guida per l'utente e istruzioni per l'uso

IFU-GL90-IT rev. 4

## Che cos'è Glucaro 90?

Glucaro 90 misura il glucosio giorno e notte con un piccolo sensore inserito dal medico sotto la pelle del braccio. Il trasmettitore indossato sopra il sensore invia le letture al telefono ogni cinque minuti.

## A chi è destinato?

Adulti (dai 18 anni in su) con diabete di tipo 1 o di tipo 2. Un sensore dura fino a 90 giorni.

## Perché Glucaro?

Poiché Glucaro misura nel liquido appena sotto la pelle, le letture non hanno alcun ritardo rispetto alla glicemia, così può agire subito.

## Controindicazioni

- Il sistema è controindicato in persone che devono sottoporsi a risonanza magnetica (RM) con il sensore impiantato.
- Non usare in caso di somministrazione endovenosa di mannitolo o sorbitolo; le letture possono risultare falsamente elevate.

## Avvertenze

> IMPORTANTE: se i sintomi non corrispondono alle letture, verificare con un test capillare prima di intervenire.

- Calibrare due volte al giorno per i primi 21 giorni, poi una volta al giorno.
- Rimuovere il trasmettitore prima di radiografie, TC o diatermia.
- Solo un operatore sanitario formato può inserire o rimuovere il sensore.

## Possibili effetti indesiderati

Infezione, ematoma o cicatrice nel sito di inserimento, irritazione cutanea da adesivo, rottura o spostamento del sensore durante la rimozione, reazione allergica.

## Specifiche

| Voce | Valore |
| Durata del sensore | fino a 90 giorni |
| Intervallo di glucosio | 40-400 mg/dL (2,2-22,2 mmol/L) |
| Intervallo di lettura | ogni 5 minuti |

Fabbricante: {MFR}. Mandatario UE: {AR}. UDI-DI di base {UDI}.
"""

SSCP = f"""
# Summary of Safety and Clinical Performance (SSCP)

Glucaro 90 Implantable CGM System. SNH-SSCP-090 rev. 1.

## 1. Device identification

- Trade name: Glucaro 90 Implantable CGM System
- Manufacturer: Sensyra Health Ltd., Herzliya, Israel; SRN {SRN}
- Basic UDI-DI: {UDI}
- Class: III (Rule 8, active implantable; Rule 14, dexamethasone)
- Notified Body: {NB}

## 2. Intended purpose

Glucaro 90 is for people with diabetes aged 14 years and older (type 1 or type 2). It measures glucose in the fluid under the skin continuously for up to 90 days per sensor.

Contraindications: allergy to dexamethasone or dexamethasone acetate; MRI with the sensor in place; intravenous mannitol or sorbitol.

## 3. Residual risks and undesirable effects

From GLUC-90 (180 adults, prospective, 90 days): insertion-site infection 1.1 %; skin irritation from the transmitter adhesive 7.2 %; bruising 3.9 %; scarring 1.7 %; sensor fracture at removal needing surgical extraction 0.6 %. Allergic reaction and sensor movement are also possible.

## 4. Clinical evidence

GLUC-90 met every acceptance criterion: MARD 8.9 % against the laboratory reference; 90.7 % of readings within 15 mg/dL or 15 %; 91.1 % of sensors lasted to day 90.

## 5. PMCF

GLUC-REAL registry of 500 users, two years.

## 6. Alternatives

Fingerstick blood glucose monitoring; transcutaneous CGM systems worn for 10 to 15 days.
"""

CEAR = f"""
# Clinical Evaluation Assessment Report (MDCG 2020-13)

{NB}. CLS-CEAR-25-0390, 05/02/2025.

## A. Administrative particulars

- Device: Glucaro 90 Implantable CGM System (sensor, smart transmitter, app, insertion kit).
- Manufacturer: Sensyra Health Ltd. ({SRN}).
- Class: III. Initial certification. Consultation on dexamethasone acetate under Annex IX 5.2: completed, favorable.
- Documents: CEP SNH-CEP-090 v2; CER SNH-CER-090 v3; PMCF SNH-PMCF-090 v1; IFU-GL90 rev. 4 (EN, IT); SSCP SNH-SSCP-090 rev. 1.

**Intended purpose:** continuous interstitial glucose measurement in adults (18 years and older) with type 1 or type 2 diabetes for up to 90 days per sensor.

## E. Clinical investigation

GLUC-90 (180 adults) met the CEP acceptance criteria for accuracy, sensor survival and safety.

## F. PMCF

GLUC-REAL registry, 500 users, two years.

## I. CECP

Class III active implantable device: Article 54(1)(a) applies. Proposed panel: endocrinology and diabetes.

## Conclusion

Benefit-risk positive. Reviewer: Dr. S. Colombo, MD (diabetology).
"""

F = dict(CEP="SNH-CEP-090_Glucaro90.pdf", CER="SNH-CER-090_Glucaro90_v3.docx", PMCF="SNH-PMCF-090_Glucaro90.docx",
         IFU="Glucaro90_IFU_EN.pdf", IT="Glucaro90_IFU_IT.pdf", SSCP="Glucaro90_SSCP.pdf", CEAR="CLS-CEAR-25-0390.pdf")
H = "Sensyra Health Ltd."
DOCS = [
    Doc(F["CEP"], "CEP", "en", CEP, H, "SNH-CEP-090 v2"),
    Doc(F["CER"], "CER", "en", CER, H, "SNH-CER-090 v3"),
    Doc(F["PMCF"], "PMCF-plan", "en", PMCF, H, "SNH-PMCF-090 v1"),
    Doc(F["IFU"], "IFU", "en", IFU_EN, "Glucaro 90", "IFU-GL90-EN rev. 4"),
    Doc(F["IT"], "IFU", "it", IFU_IT, "Glucaro 90", "IFU-GL90-IT rev. 4"),
    Doc(F["SSCP"], "SSCP", "en", SSCP, H, "SNH-SSCP-090 rev. 1"),
    Doc(F["CEAR"], "CEAR", "en", CEAR, "Certimed Lombardia S.p.A. (NB 2877)", "CLS-CEAR-25-0390", serif=True),
]

LABELS = [
    label("sscp_lowers_age_to_14", "population", [F["SSCP"], F["IFU"], F["CER"]],
          ["Glucaro 90 is for people with diabetes aged 14 years and older (type 1 or type 2).",
           "Adults (18 years and older) with type 1 or type 2 diabetes.",
           "Continuous measurement of interstitial glucose in adults (18 years and older) with type 1 or type 2 diabetes"],
          "The SSCP opens the device to adolescents from 14 years; the IFU, CEP, CER and CEAR (and GLUC-90, 19 to 74 "
          "years) cover adults 18 and older.",
          ["intended-use"]),
    label("italian_ifu_drops_dexamethasone_contraindication", "language", [F["IT"], F["IFU"]],
          ["Il sistema è controindicato in persone che devono sottoporsi a risonanza magnetica (RM) con il sensore impiantato.",
           "Do not implant the sensor in anyone with a known allergy to dexamethasone or dexamethasone acetate."],
          "The Italian IFU lists only the MRI and mannitol/sorbitol contraindications; the dexamethasone allergy "
          "contraindication of the English IFU, CER and SSCP is missing.",
          ["intended-use"]),
    label("zero_lag_claim", "claim", [F["IFU"], F["CER"], F["IT"]],
          ["readings show zero lag against blood glucose, so you can act on them instantly",
           "its readings show zero lag against blood glucose, even when glucose is changing fast",
           "Glucose in interstitial fluid normally trails blood glucose by about five to ten minutes.",
           "le letture non hanno alcun ritardo rispetto alla glicemia"],
          "Interstitial glucose physiologically lags blood glucose by several minutes (the CER says so itself); a "
          "'zero lag' claim is implausible and is not supported by the GLUC-90 data (accuracy only).",
          ["plausibility", "evidence"]),
    label("pmcf_excludes_type2_and_older_adults", "pmcf", [F["PMCF"], F["IFU"]],
          ["adults aged 18 to 65 years with type 1 diabetes.",
           "type 2 diabetes; pregnancy; dialysis.",
           "Adults (18 years and older) with type 1 or type 2 diabetes."],
          "The PMCF registry recruits only type 1 diabetes and adults up to 65, excluding type 2 diabetes and older "
          "adults who are within the intended purpose (and least represented in GLUC-90: 40 type 2 patients).",
          ["population", "intended-use"]),
]
