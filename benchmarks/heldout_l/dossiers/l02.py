from lib.common import Doc, label

ID = "l02"
DEVICE = "CirQ ECLS System (C1 console with centrifugal pump drive) for veno-arterial ECMO"
DEVICE_CLASS = "IIb"

MFR = "Oxynova Systems Ltd., 5 Andrei Sakharov Street, Matam Park, Haifa 3508409, Israel"
NB = "Norvega Certification AS (Notified Body 2619)"
UDI = "7290021145CIRQC1XB"
CEP_REF, CER_REF, PMCF_REF, IFU_REF = "OXS-CEP-C1 v2.0", "OXS-CER-C1 v3.1", "OXS-PMCF-C1 v1.2", "IFU-C1-EN v4"

CEP = f"""
# Clinical Evaluation Plan (CEP): CirQ ECLS System

{CEP_REF} | 11/18/2024 | Owner: Clinical & Regulatory, Oxynova Systems

## 1 Device and classification

The CirQ ECLS System consists of the CirQ C1 console (control unit, centrifugal pump drive motor, flow and pressure sensing, ultrasonic bubble detector, battery) and the CirQ handcrank for emergency back-up. The single-use CirQ PumpPack (centrifugal pump head, oxygenator, tubing) is covered by its own technical file and CEP.

**Class IIb, Rule 12.** The console is an active device that removes blood from the body and returns it, and delivers oxygen (a medicinal gas) across the oxygenator, in a manner that is potentially hazardous. Because it is a class IIb active device intended to administer a medicinal product and remove body liquids, Article 54(1)(b) applies and the Notified Body must start the CECP.

## 2 Intended purpose

Extracorporeal life support in veno-arterial (VA) configuration for adults and children with a body weight of at least 2.5 kg who have acute, potentially reversible cardiac or cardiorespiratory failure refractory to conventional treatment. Use in intensive care units, cardiac operating rooms and catheterization laboratories, and during intra-hospital transport. Not for use outside the hospital.

## 3 Clinical benefits and outcome parameters

| Benefit | Parameter | Acceptance criterion |
| Survival | Survival to hospital discharge (adults, cardiogenic shock) | ≥ 40 % (ELSO registry benchmark) |
| Reliable circulatory support | Console or drive failure requiring change-out | ≤ 2 % of runs |
| Hemocompatibility | Plasma free hemoglobin > 50 mg/dL on 2 consecutive days | ≤ 10 % of runs |
| Pediatric outcomes | Survival to discharge (children) | [TBD - to be agreed with KOL panel] |

## 4 Safety topics

Bleeding, thrombosis in the circuit, hemolysis, limb ischemia, air embolism, stroke, infection, device and power failure.

## 5 Data sources and method

- Oxynova CIRQ-SHOCK study (adults).
- Retrospective data from pediatric use at Rambam Health Care Campus.
- Systematic literature review of VA-ECMO outcomes (PubMed, Embase; 2010 to 2024) and the ELSO registry reports.
- Bench and animal data for the console are in the design verification file and are not counted as clinical data.
"""

CER = f"""
# Clinical Evaluation Report: CirQ ECLS System (console C1)

{CER_REF}, released 03/03/2025. Prepared by Dana Weiss, clinical writer; approved by Dr. Ron Levi, cardiac anesthesiologist.

## 1 Summary

The CirQ C1 console drives a single-use centrifugal pump for veno-arterial ECMO in adults and children. Clinical data from a prospective adult study and a pediatric case series show survival in line with the ELSO registry, with no console failures. Benefit-risk is favorable. The CECP applies (Article 54(1)(b), class IIb, Rule 12).

## 2 Device description

- **Console:** touchscreen control unit, brushless drive motor with magnetic coupling, clamp-on ultrasonic flow sensor, two pressure inputs, ultrasonic bubble detector that stops the pump when air is detected, internal battery for 90 minutes.
- **Pump performance:** flow 1.0 to 8.0 L/min, speed 1,000 to 5,000 rpm.
- **Handcrank:** mechanical back-up drive for power or console failure.

Basic UDI-DI {UDI}. Manufacturer: {MFR}.

## 3 Intended purpose

VA-ECMO support in adults and pediatric patients weighing two and a half kilograms or more with acute, potentially reversible cardiac or cardiorespiratory failure that does not respond to conventional therapy; for use in hospital (ICU, operating room, cath lab, intra-hospital transport).

Contraindications: irreversible cardiac failure when no transplant or VAD is planned; unrecoverable neurological injury; uncontrolled bleeding; severe aortic regurgitation; aortic dissection.

## 4 State of the art

VA-ECMO is standard rescue therapy for refractory cardiogenic shock and cardiac arrest when conventional resuscitation fails. The ELSO registry reports survival to discharge of about 40 to 45 % in adult cardiac ECMO and 40 to 50 % in pediatric cardiac ECMO. Modern centrifugal pumps have replaced roller pumps. Typical support flows are 50 to 80 mL/kg/min in adults and 100 to 150 mL/kg/min in neonates and infants.

## 5 Clinical data

| Source | Type | N | Population | Main outcomes |
| CIRQ-SHOCK (NCT05511234) | Prospective, 4 centers (IL, DE) | 64 | Adults, cardiogenic shock, mean 58 years | Survival to discharge 45.3 %; no console failure |
| Rambam pediatric series | Retrospective, single center | 18 | Children, median weight 14 kg | Survival to discharge 50 %; 1 pump head change |
| Literature (12 articles) | Systematic review | 3,920 | Adult VA-ECMO with centrifugal pumps | Used as state-of-the-art benchmark |

Hemolysis (plasma free hemoglobin above 50 mg/dL on two consecutive days) occurred in 4 of 64 adult runs (6.3 %). Circuit thrombosis requiring PumpPack change: 3 of 64 (4.7 %). Limb ischemia: 9.4 %. Major bleeding: 31 %.

## 6 Benefit-risk and residual risks

The main residual risks are bleeding, circuit thrombosis, hemolysis, limb ischemia, air embolism and loss of support from power failure. They are reduced by the bubble detector with automatic pump stop, battery back-up, the handcrank and by training. Benefit-risk is acceptable in adults and children.

## 7 PMCF

See {PMCF_REF}.
"""

PMCF = f"""
# Post-Market Clinical Follow-up Plan: CirQ ECLS System

{PMCF_REF} | 02/24/2025

## A. Manufacturer

{MFR}.

## B. Device

CirQ C1 ECLS console with centrifugal pump drive, class IIb (Rule 12). Intended for VA-ECMO in adults and children (2.5 kg and up) in hospital.

## C. PMCF activities

### C.1 User satisfaction survey

Online questionnaire to perfusionists and ICU nurses at customer sites about ease of use, alarm handling and overall satisfaction with the console.

- **Sample size:** to be defined once the first sites are activated.
- **Endpoints:** satisfaction score (1 to 5).
- **Timeline:** to be confirmed.

### C.2 Complaint review

Review of complaints and vigilance reports, as part of routine post-market surveillance.

## D. Objective

Confirm the safety and performance of the CirQ C1 console.

## E. Reporting

PMCF results will be summarized in the PSUR.
"""

IFU_EN = f"""
# CirQ ECLS System: Instructions for Use (console C1)

{IFU_REF}. Read all of these instructions before using the system. Rx only.

## What is it for?

The CirQ ECLS System provides veno-arterial extracorporeal life support (VA-ECMO) for adults and children with a body weight of at least 2.5 kg (5.5 lb) with acute, potentially reversible heart or heart-lung failure that does not respond to conventional treatment.

**Where:** intensive care units, cardiac operating rooms, catheterization laboratories and during transport inside the hospital. Do not use outside the hospital (for example in ambulances or helicopters).

**Who operates it:** perfusionists, ECMO specialists and physicians trained by Oxynova.

## When should it not be used?

- Irreversible heart failure when neither transplant nor a ventricular assist device is planned.
- Unrecoverable brain injury.
- Uncontrolled bleeding, or patients who cannot receive anticoagulation.
- Severe aortic regurgitation or aortic dissection.

## Warnings

> WARNING: Never run the pump below the minimum flow set by the physician. Retrograde flow can occur when pump speed is too low.

- Keep the handcrank mounted on the cart at all times.
- Check the battery status before every transport.
- Air in the circuit can cause fatal air embolism.

## Technical specifications

| Parameter | Value |
| Flow range | 1.0 to 8.0 L/min (adult and pediatric pump heads) |
| Pump speed | 1,000 to 5,000 rpm |
| Battery run time | 90 minutes at 4 L/min |
| Bubble detection | Air bubbles of 0.3 mL or more; pump stops automatically |
| Weight of console | 11 kg (24 lb) |

## Transport inside the hospital

1. Switch the console to battery and confirm the battery symbol shows at least 75 %.
2. Secure the console and PumpPack on the transport cart.
3. To avoid nuisance pump stops in elevators, switch the bubble detector to OFF for the whole transport and switch it back on once you are back in the ICU.
4. Keep the handcrank within reach.

## Possible adverse effects

Bleeding, thrombosis, hemolysis, limb ischemia, stroke, air embolism, infection and organ failure.

Manufacturer: {MFR}. Basic UDI-DI {UDI}.
"""

IFU_DE = f"""
# CirQ ECLS System: Gebrauchsanweisung (Konsole C1)

IFU-C1-DE v4. Vor Gebrauch vollständig lesen.

## Zweckbestimmung

Das CirQ ECLS System dient der veno-arteriellen extrakorporalen Lebensunterstützung (VA-ECMO) bei Erwachsenen und Kindern ab 2,5 kg Körpergewicht mit akutem, potenziell reversiblem Herz- oder Herz-Lungen-Versagen, das auf konventionelle Therapie nicht anspricht.

**Einsatzort:** Intensivstation, Herz-OP, Herzkatheterlabor und innerklinischer Transport. Nicht außerhalb des Krankenhauses verwenden.

## Kontraindikationen

- Irreversibles Herzversagen ohne geplante Transplantation oder Herzunterstützungssystem.
- Nicht behebbare Hirnschädigung.
- Unkontrollierte Blutung oder Kontraindikation gegen Antikoagulation.
- Schwere Aorteninsuffizienz oder Aortendissektion.

## Warnhinweise

> WARNUNG: Die Pumpe nie unterhalb des vom Arzt festgelegten Mindestflusses betreiben. Bei zu niedriger Drehzahl kann Rückfluss auftreten.

- Die Handkurbel immer am Wagen montiert lassen.
- Vor jedem Transport den Akkustand prüfen.
- Luft im System kann eine tödliche Luftembolie verursachen.

## Technische Daten

| Parameter | Wert |
| Flussbereich | 1,0 bis 8,0 l/min (Pumpenköpfe für Erwachsene und Kinder) |
| Drehzahl | 1.000 bis 5.000 U/min |
| Akkulaufzeit | 90 Minuten bei 4 l/min |
| Blasenerkennung | Luftblasen ab 0,3 ml; Pumpe stoppt automatisch |

## Innerklinischer Transport

1. Konsole auf Akkubetrieb umschalten; Akkustand mindestens 75 %.
2. Konsole und PumpPack auf dem Transportwagen sichern.
3. Um Fehlalarme im Aufzug zu vermeiden, den Blasendetektor für den gesamten Transport auf AUS stellen und erst auf der Intensivstation wieder einschalten.
4. Handkurbel griffbereit halten.

Hersteller: {MFR}. Basis-UDI-DI {UDI}.
"""

CEAR = f"""
# Clinical Evaluation Assessment Report

{NB}. File NC-2619-25-0871. Prepared according to MDCG 2020-13.

## A. Administrative particulars

- Device: CirQ ECLS System, C1 console with centrifugal pump drive and handcrank.
- Manufacturer: Oxynova Systems Ltd., Haifa, Israel.
- Class: IIb, Rule 12. Initial MDR certification.
- Documents reviewed: {CEP_REF}; {CER_REF}; {PMCF_REF}; {IFU_REF}.

## C. Intended purpose (as submitted)

VA-ECMO support of adults and children of at least 2.5 kg body weight with acute, potentially reversible cardiac or cardiorespiratory failure refractory to conventional therapy, in hospital only.

## D/E. Clinical data

The CIRQ-SHOCK study (64 adults) supports safety and performance in adults. Pediatric evidence is a retrospective single-center series of 18 children. The reviewer notes the small pediatric data set.

## F. PMCF

A PMCF plan was submitted. The reviewer asks the manufacturer to consider a registry.

## H. Conclusions

The NB considers the benefit-risk acceptable. Because the console is a class IIb active device administering a medicinal gas and removing blood (Rule 12), the CECP under Article 54(1)(b) applies; the CEAR is forwarded to the expert panel for circulatory system devices.

Reviewer: Dr. K. Solberg, MD (anesthesiology and intensive care). 04/28/2025.
"""

F_CEP, F_CER, F_PMCF = "CEP_CirQ-C1.md", "CER_CirQ-C1_v3.1.docx", "PMCF_plan_CirQ-C1.md"
F_IFU, F_DE, F_CEAR = "IFU_CirQ_C1_EN.pdf", "Gebrauchsanweisung_CirQ_C1_DE.pdf", "CEAR_2619_CirQ.pdf"

DOCS = [
    Doc(F_CEP, "CEP", "en", CEP, "Oxynova Systems", CEP_REF),
    Doc(F_CER, "CER", "en", CER, "Oxynova Systems", CER_REF),
    Doc(F_PMCF, "PMCF-plan", "en", PMCF, "Oxynova Systems", PMCF_REF),
    Doc(F_IFU, "IFU", "en", IFU_EN, "CirQ ECLS System", IFU_REF),
    Doc(F_DE, "IFU", "de", IFU_DE, "CirQ ECLS System", "IFU-C1-DE v4"),
    Doc(F_CEAR, "CEAR", "en", CEAR, "Norvega Certification AS", "NC-2619-25-0871", serif=True),
]

LABELS = [
    label("minimum_pump_flow_too_high_for_smallest_children", "plausibility", [F_IFU, F_CER, F_DE],
          ["adults and children with a body weight of at least 2.5 kg (5.5 lb)",
           "1.0 to 8.0 L/min (adult and pediatric pump heads)",
           "Typical support flows are 50 to 80 mL/kg/min in adults and 100 to 150 mL/kg/min in neonates and infants.",
           "bei Erwachsenen und Kindern ab 2,5 kg Körpergewicht"],
          "The lowest pump flow (1.0 L/min) is about 400 mL/kg/min for a 2.5 kg child, well above the 100 to "
          "150 mL/kg/min the CER itself gives for neonates and infants; the console cannot serve the lower end "
          "of the stated population (pediatric data median 14 kg).",
          ["specification", "population"]),
    label("bubble_detector_switched_off_during_transport", "safety-instruction", [F_IFU, F_DE],
          ["switch the bubble detector to OFF for the whole transport and switch it back on once you are back in the ICU",
           "den Blasendetektor für den gesamten Transport auf AUS stellen"],
          "The IFU tells users to disable the air detector (the automatic pump stop against air embolism) "
          "during transport, contradicting the warning on fatal air embolism.",
          []),
    label("pmcf_survey_only_without_sample_size", "pmcf", [F_PMCF],
          ["Online questionnaire to perfusionists and ICU nurses at customer sites about ease of use",
           "to be defined once the first sites are activated.",
           "Confirm the safety and performance of the CirQ C1 console."],
          "The PMCF plan is a satisfaction survey with no sample size, no timeline and a generic objective; "
          "it does not address the open pediatric question or the residual risks.",
          ["template"]),
    label("tbd_pediatric_acceptance_criterion", "template", [F_CEP],
          ["[TBD - to be agreed with KOL panel]"],
          "The CEP's pediatric survival acceptance criterion was left as placeholder text.",
          ["evidence"]),
]
