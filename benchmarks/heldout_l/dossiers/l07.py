from lib.common import Doc, label

ID = "l07"
DEVICE = "Palliflo SC portable syringe driver"
DEVICE_CLASS = "IIb"

MFR = "Kinneret Infusion Technologies Ltd., 17 HaYarden Street, Tiberias 1410101, Israel"
AR = "KIT Europa S.L., Avinguda Diagonal 640, 08017 Barcelona, Spain"
NB = "Notified Body 2318 (Iberia Medical Certification S.A.)"
UDI = "72903377PALLIFLOSC4R"

SCOPE = ("Palliflo SC is an active device (battery powered) intended to administer medicinal products. Under Rule 12 such "
         "devices are class IIa unless administration is potentially hazardous; continuous subcutaneous delivery of opioids, "
         "sedatives and antiemetics to frail patients, where over-infusion can cause respiratory depression and death, is "
         "potentially hazardous, so the device is class IIb. As a class IIb active device administering medicinal products, "
         "it falls under Article 54(1)(b): the Notified Body must carry out the CECP.")

CEP = f"""
# Clinical Evaluation Plan: Palliflo SC Syringe Driver

KIT-CEP-005 rev. 2, 10/21/2024

## 1. Device

Palliflo SC is a lightweight, battery-powered syringe driver for continuous subcutaneous infusion (CSCI) of medicines in palliative care. It takes 10, 20 and 30 mL Luer-lock syringes and is programmed in mL per hour, with the infusion time calculated and shown on screen.

## 2. Classification and CECP

{SCOPE}

## 3. Intended purpose

Continuous subcutaneous infusion of analgesics, antiemetics, sedatives and other medicines prescribed for symptom control in adults receiving palliative care.

## 4. Benefits and acceptance criteria

| Benefit | Outcome parameter | Acceptance criterion |
| Reliable symptom-control delivery | Infusions completed without device-related interruption | ≥ 95 % |
| Accurate delivery | Over- or under-infusion incidents (> 10 % deviation) | 0 serious incidents |
| Tolerability | Infusion site reactions needing site change within 24 h | ≤ 15 % of infusion days |

## 5. Data sources

PALLI-01 prospective study; literature on subcutaneous syringe drivers; bench accuracy data per IEC 60601-2-24.
"""

CER = f"""
# Clinical Evaluation Report: Palliflo SC Syringe Driver

KIT-CER-005 rev. 3 | 03/18/2025 | Author: Shira Levin, clinical affairs consultant | Reviewer: Dr. J. Navarro, MD, palliative medicine

## 1. Device description

Palliflo SC weighs 180 g (6.3 oz) with battery. It drives the plunger of a 10, 20 or 30 mL Luer-lock syringe at a programmed rate of 0.1 to 20 mL/h, with a keypad lock, an occlusion alarm, a syringe-dislodgement alarm, an end-of-infusion alert and a 1,000-event log. The mechanism gives a delivery accuracy of ± 2 % (nominal, with recommended syringes). Basic UDI-DI {UDI}. Manufacturer: {MFR}.

## 2. Classification and CECP

{SCOPE}

## 3. Intended purpose and users

Continuous subcutaneous infusion of prescribed medicines (analgesics, antiemetics, sedatives, anticholinergics) for symptom control in adults (18 years and older) receiving palliative care. The device is set up by trained nurses and physicians and is used in hospital wards, hospices and in patients' homes, where community palliative care nurses check it at least once a day.

## 4. State of the art

CSCI with a portable syringe driver is the standard way to give medicines in the last days of life when the oral route fails (NICE NG31, 2015). After fatal errors with older drivers that mixed up mm per hour and mm per 24 hours, the UK National Patient Safety Agency (2010) asked for drivers programmed in mL per hour with lockable keypads and event logs. Published audits of modern drivers report device-related interruptions in 2 to 6 % of infusions and site reactions on 5 to 20 % of infusion days.

## 5. Clinical data

| Source | Design | Population | Key results |
| PALLI-01 (NCT05702211) | Prospective, 6 sites (hospices and home-care services in Israel and Spain) | 90 adults, 2,410 infusion days | 97.8 % of infusions without device-related interruption; no serious over- or under-infusion; site reactions on 8.9 % of infusion days |
| Literature (9 articles) | Audits and cohort studies of CSCI drivers | Adults in palliative care | State of the art and benchmark rates |

All CEP acceptance criteria were met.

## 6. Benefit-risk and residual risks

Residual risks: over-infusion from programming or syringe errors; under-infusion from occlusion or battery failure; infusion-site reactions; infection at the cannula site; delayed detection of alarms at home. They are controlled by mL/h programming, keypad lock, alarms, event log and nurse training. Benefit-risk is positive.

## 7. PMCF

See KIT-PMCF-005 rev. 1.
"""

PMCF = f"""
# PMCF Plan: Palliflo SC Syringe Driver

KIT-PMCF-005 rev. 1, 03/04/2025

## A. Manufacturer

{MFR}.

## B. Device

Palliflo SC syringe driver, Basic UDI-DI {UDI}, class IIb (Rule 12). Intended for continuous subcutaneous infusion of prescribed medicines in adults in palliative care, in hospital, hospice and home settings.

## C. Objectives

- **Alarm handling at home:** measure the time from alarm to nurse response in home care, a residual risk named in the CER.
- **Programming errors:** measure the rate of programming errors found in event logs.
- **Site reactions:** confirm the rate of site reactions in routine use.

## D. Method

PALLI-REG: prospective registry at 12 hospices and home-care services in Spain, Portugal and Israel. Sample size: 300 patients (about 6,000 infusion days), enough to estimate a 9 % site-reaction rate within ± 0.8 % (95 % CI) and to detect programming errors at a rate of 1 per 1,000 infusion days with 99 % probability of at least one event.

## E. Timeline

First patient Q3 2025; interim report Q3 2026; final report Q2 2027.
"""

IFU_EN = f"""
# Palliflo SC Syringe Driver: Instructions for Use

IFU-PF-EN version 5. Rx only.

## Why Palliflo?

Palliflo eliminates breakthrough pain around the clock, so your patients stay comfortable until the end. It is small enough to fit in a pocket and simple to set up.

## What is it for?

Palliflo SC delivers prescribed medicines (for example pain relievers, anti-sickness medicines and sedatives) as a continuous infusion under the skin in adults (18 years and older) receiving palliative care.

## Where can it be used?

On hospital wards, in hospices and in the patient's home. At home, a community palliative care nurse sets up the driver and checks it at least once a day.

## Who should not use it?

- Patients who need intravenous, epidural or intrathecal infusion: Palliflo SC is for subcutaneous use only.
- Patients who need a bolus function: the device has none.

## Warnings

> WARNING: Always program the rate in mL per hour and check it against the prescription. A programming error can cause a fatal overdose.

- Use only the syringe brands listed in Attachment 1.
- Lock the keypad after starting the infusion.
- Check the infusion site and the remaining volume at every visit.
- Do not expose the driver to water; it is IP22.

## Setting up an infusion

1. Fill the syringe and prime the extension line.
2. Insert the subcutaneous cannula (chest, abdomen, upper arm or thigh).
3. Place the syringe in the driver and close the cover.
4. Enter the volume to be infused and the rate in mL/h; check the calculated duration on screen.
5. Press START and lock the keypad.

## Technical specifications

| Feature | Specification |
| Syringe sizes | 10, 20, 30 mL Luer-lock |
| Rate range | 0.1 to 20 mL/h in 0.1 mL/h steps |
| Delivery accuracy | ± 5 % (with recommended syringes) |
| Occlusion alarm | 800 mmHg ± 200 mmHg |
| Battery | one 9 V alkaline, about 5 days at 1 mL/h |
| Weight | 180 g (6.3 oz) with battery |
| Protection | IP22, internally powered, type CF |

Manufacturer: {MFR}. EU REP: {AR}. Basic UDI-DI {UDI}.
"""

IFU_ES = f"""
# Jeringa de infusión Palliflo SC: instrucciones de uso

IFU-PF-ES versión 5.

## ¿Por qué Palliflo?

Palliflo elimina el dolor irruptivo las 24 horas, para que sus pacientes estén cómodos hasta el final.

## ¿Para qué sirve?

Palliflo SC administra medicamentos prescritos (por ejemplo analgésicos, antieméticos y sedantes) en infusión subcutánea continua en adultos y adolescentes a partir de 12 años que reciben cuidados paliativos.

## ¿Dónde se puede usar?

En planta de hospital, en centros de cuidados paliativos y en el domicilio del paciente. En el domicilio, una enfermera de cuidados paliativos domiciliarios prepara el dispositivo y lo revisa al menos una vez al día.

## ¿Quién no debe usarlo?

- Pacientes que necesitan infusión intravenosa, epidural o intratecal: Palliflo SC es solo para uso subcutáneo.
- Pacientes que necesitan función de bolo: el dispositivo no la tiene.

## Advertencias

> ADVERTENCIA: programe siempre la velocidad en ml por hora y compruébela con la prescripción. Un error de programación puede causar una sobredosis mortal.

- Utilice solo las marcas de jeringa indicadas en el Anexo 1.
- Bloquee el teclado después de iniciar la infusión.
- Compruebe el punto de infusión y el volumen restante en cada visita.

## Especificaciones técnicas

| Característica | Especificación |
| Jeringas | 10, 20, 30 ml Luer-lock |
| Velocidad | 0,1 a 20 ml/h en pasos de 0,1 ml/h |
| Precisión de administración | ± 5 % (con jeringas recomendadas) |
| Batería | una pila alcalina de 9 V |

Fabricante: {MFR}. Representante autorizado: {AR}. UDI-DI básico {UDI}.
"""

CEAR = f"""
# Clinical Evaluation Assessment Report

{NB}. IMC-CEAR-2025-033, 04/24/2025.

## A. Administrative particulars

- Device: Palliflo SC portable syringe driver.
- Manufacturer: Kinneret Infusion Technologies Ltd., Tiberias, Israel.
- Class: IIb, Rule 12. Initial certification.
- Documents: CEP KIT-CEP-005 rev. 2; CER KIT-CER-005 rev. 3; PMCF plan KIT-PMCF-005 rev. 1; IFU-PF version 5 (EN, ES).

**Intended purpose and environment:** continuous subcutaneous infusion of prescribed medicines in adults receiving palliative care, for use by trained nursing staff in hospital inpatient palliative care units.

## C. Evaluation basis

The state of the art is well described (NICE, NPSA). PALLI-01 provides device-specific data on 90 adults.

## F. PMCF

A 300-patient registry with a sample-size rationale. Adequate.

## I. CECP

Class IIb active device administering medicinal products (Rule 12): Article 54(1)(b) applies. Proposed panel: general hospital devices / anaesthesiology.

## Conclusion

Benefit-risk acceptable. Reviewer: Dr. C. Ruiz, MD (anaesthesiology and palliative care).
"""

F = dict(CEP="KIT-CEP-005_Palliflo.docx", CER="KIT-CER-005_Palliflo_rev3.docx", PMCF="KIT-PMCF-005_Palliflo.pdf",
         IFU="Palliflo_IFU_EN_v5.pdf", ES="Palliflo_IFU_ES_v5.pdf", CEAR="IMC-CEAR-2025-033.pdf")
H = "Kinneret Infusion Technologies"
DOCS = [
    Doc(F["CEP"], "CEP", "en", CEP, H, "KIT-CEP-005 rev. 2"),
    Doc(F["CER"], "CER", "en", CER, H, "KIT-CER-005 rev. 3"),
    Doc(F["PMCF"], "PMCF-plan", "en", PMCF, H, "KIT-PMCF-005 rev. 1"),
    Doc(F["IFU"], "IFU", "en", IFU_EN, "Palliflo SC", "IFU-PF-EN v5"),
    Doc(F["ES"], "IFU", "es", IFU_ES, "Palliflo SC", "IFU-PF-ES v5"),
    Doc(F["CEAR"], "CEAR", "en", CEAR, "Iberia Medical Certification S.A. (NB 2318)", "IMC-CEAR-2025-033", serif=True),
]

LABELS = [
    label("cear_hospital_only_vs_home_use", "care-setting", [F["CEAR"], F["IFU"], F["CER"]],
          ["for use by trained nursing staff in hospital inpatient palliative care units",
           "On hospital wards, in hospices and in the patient's home.",
           "is used in hospital wards, hospices and in patients' homes"],
          "The CEAR assesses the driver for hospital inpatient units only; the IFU, CER and PMCF plan cover hospices and "
          "home use (where the clinical data were collected).",
          ["intended-use"]),
    label("delivery_accuracy_differs", "specification", [F["CER"], F["IFU"], F["ES"]],
          ["The mechanism gives a delivery accuracy of ± 2 % (nominal, with recommended syringes).",
           "± 5 % (with recommended syringes)",
           "± 5 % (con jeringas recomendadas)"],
          "Delivery accuracy is ± 2 % in the CER but ± 5 % in the IFU technical specifications (EN and ES).",
          []),
    label("spanish_ifu_adds_adolescents", "language", [F["ES"], F["IFU"]],
          ["en adultos y adolescentes a partir de 12 años que reciben cuidados paliativos",
           "as a continuous infusion under the skin in adults (18 years and older) receiving palliative care"],
          "The Spanish IFU extends the population to adolescents from 12 years; English IFU, CEP, CER and CEAR "
          "cover adults 18 years and older.",
          ["population"]),
    label("eliminates_breakthrough_pain", "claim", [F["IFU"], F["ES"]],
          ["Palliflo eliminates breakthrough pain around the clock, so your patients stay comfortable until the end.",
           "Palliflo elimina el dolor irruptivo las 24 horas"],
          "Absolute efficacy claim for an infusion device (it delivers whatever is prescribed); breakthrough pain "
          "is not an endpoint of PALLI-01 and the claim has no support in the CER.",
          []),
]
