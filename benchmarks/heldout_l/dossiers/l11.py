from lib.common import Doc, label

ID = "l11"
DEVICE = "Cortexa rTMS System for major depressive disorder"
DEVICE_CLASS = "IIa"

MFR = "Neuromod Dynamics Ltd., 5 Kiryat Hamada Street, Har Hotzvim, Jerusalem 9777605, Israel"
AR = "Neuromod Dynamics Nordic AB, Sveavägen 44, 111 34 Stockholm, Sweden"
NB = "Notified Body 2409 (Scandinavian Device Assessment AB)"
UDI = "72908812CORTEXARTMS3J"

SCOPE = ("Cortexa is an active therapeutic device that delivers magnetic energy through the skull. Under Rule 9, such devices "
         "are class IIa unless they deliver energy in a potentially hazardous way. Output is limited to the protocols in the "
         "software, with hard limits on intensity (at most 120 % of the resting motor threshold), frequency and pulses per "
         "session, and coil temperature is monitored, so the energy delivered is not considered potentially hazardous: the "
         "device is class IIa. The CECP of Article 54(1) does not apply, because Cortexa is not a class III implantable "
         "device and is not a class IIb active device that administers or removes a medicinal product (Rule 12).")

CEP = f"""
# Clinical Evaluation Plan: Cortexa rTMS System

NMD-CEP-003 v1.1 · 04/15/2024

## Which device?

- Cortexa stimulator unit (software 4.1) with two treatment protocols: 10 Hz rTMS and intermittent theta burst stimulation (iTBS).
- Cortexa F8 figure-of-eight coil, air cooled.
- Treatment chair with head support and coil arm.

## How is it classified?

{SCOPE}

## What is it for?

Treatment of major depressive disorder (MDD) in adults aged 18 to 70 years who did not respond adequately to at least one antidepressant medication at an adequate dose and duration in the current episode.

**Contraindications:** metal or magnetic-sensitive implants in or near the head (within 30 cm of the coil), except standard dental fillings; cochlear implants; deep brain or vagus nerve stimulators; implanted cardiac pacemakers or defibrillators.

## Which benefits, and how will we know?

| Benefit | Measure | Acceptance |
| Antidepressant response | ≥ 50 % reduction in HAM-D17 at week 6 | ≥ 40 % of patients |
| Remission | HAM-D17 ≤ 7 at week 6 | ≥ 20 % of patients |
| Safety | Seizures | ≤ 0.1 % of patients (none expected) |
| Tolerability | Discontinuation due to adverse events | ≤ 5 % |

## Where will the data come from?

The CORTEXA-D multicenter study, and literature on rTMS and iTBS for depression (randomized sham-controlled trials, meta-analyses and guidelines).
"""

CER = f"""
# Clinical Evaluation Report: Cortexa rTMS System

NMD-CER-003 v2.0 · 01/22/2025 · Author: Ayelet Cohen, MSc · Medical reviewer: Dr. E. Lindgren, MD, psychiatrist

## Device

Cortexa is a repetitive transcranial magnetic stimulation (rTMS) system. A stimulator unit charges capacitors and discharges them through a figure-of-eight coil placed on the scalp, producing brief magnetic pulses (biphasic, 280 µs) that induce currents in the cortex under the coil. The coil is positioned over the left dorsolateral prefrontal cortex (DLPFC). Two protocols are available:

- **10 Hz rTMS:** 3,000 pulses per session in 4-second trains with 26-second pauses, 37.5 minutes.
- **iTBS:** 600 pulses per session (bursts of three pulses at 50 Hz repeated at 5 Hz), about 3 minutes.

Both protocols run at 120 % of the resting motor threshold, five sessions a week for four to six weeks. Basic UDI-DI {UDI}. Manufacturer: {MFR}.

## Classification

{SCOPE}

## Intended purpose

Treatment of MDD in adults 18 to 70 years of age who have not improved enough with at least one antidepressant given at an adequate dose and for an adequate time in the current episode. Use in outpatient psychiatric clinics and hospitals, under the supervision of a psychiatrist; not for home use.

Contraindications: metallic or magnetic-sensitive implants in or close to the head (within 30 cm of the coil), except standard dental fillings; cochlear implants; deep brain or vagus nerve stimulators; implanted pacemakers or defibrillators.

## State of the art

About a third of patients with MDD do not respond to two or more antidepressants. Options after one or more failed medications are switching or augmenting medication, psychotherapy, rTMS and electroconvulsive therapy (ECT). rTMS over the left DLPFC is recommended in guidelines such as CANMAT (2016) and the NICE interventional procedures guidance IPG542 (2015). In a sham-controlled trial of 301 patients (O'Reardon et al., 2007), 10 Hz rTMS was better than sham on several depression scales at week 6. The THREE-D trial (Blumberger et al., 2018) found iTBS non-inferior to 10 Hz rTMS in 414 patients: response 49 % vs 47 % and remission 32 % vs 27 %. Seizures are rare, roughly 1 in 30,000 sessions, and the most frequent side effects are headache and scalp discomfort.

## Clinical data on Cortexa

CORTEXA-D (NCT05390051) was an open-label, randomized, two-arm study at six sites in Sweden and Israel comparing the two Cortexa protocols. It enrolled one hundred twenty adults aged 19 to 68 years with MDD (HAM-D17 of 20 or more) after one to three failed antidepressants. Patients received 30 sessions over six weeks and were followed for twelve weeks after the last session.

| Outcome at week 6 | 10 Hz (n = 60) | iTBS (n = 60) | Both | Acceptance |
| Response (HAM-D17 reduction ≥ 50 %) | 46.7 % | 48.3 % | 47.5 % | ≥ 40 % |
| Remission (HAM-D17 ≤ 7) | 26.7 % | 28.3 % | 27.5 % | ≥ 20 % |
| Discontinuation due to adverse events | 3.3 % | 1.7 % | 2.5 % | ≤ 5 % |
| Seizures | 0 | 0 | 0 | ≤ 0.1 % |

Twelve weeks after treatment, 71 % of responders were still responding. Adverse events: headache 31 %, scalp pain or discomfort at the site 22 %, facial twitching 9 %, dizziness 4 %, transient tinnitus 2 % (all with earplugs), and one syncope (0.8 %).

There is no sham arm, so the study does not show efficacy against placebo on its own; efficacy against sham is established by the randomized trials above, and CORTEXA-D shows that Cortexa delivers the same protocols with comparable response and remission.

## Benefit-risk

Cortexa met all CEP acceptance criteria. Response and remission rates match the state of the art, and side effects were mild and short-lived. Benefit-risk is positive. Durability beyond twelve weeks after treatment and use in routine practice are followed in PMCF.

## Residual risks

Seizure; syncope; headache; scalp pain; facial twitching; hearing changes or tinnitus if ear protection is not used; dizziness; switch to hypomania or mania in patients with bipolar disorder; worsening depression or suicidal thoughts.

## PMCF

NMD-PMCF-003 v1.0.

## References

1. O'Reardon JP, et al. Efficacy and safety of transcranial magnetic stimulation in the acute treatment of major depression. Biol Psychiatry. 2007;62:1208-1216.
2. Blumberger DM, et al. Effectiveness of theta burst versus high-frequency rTMS in depression (THREE-D). Lancet. 2018;391:1683-1692.
3. Milev RV, et al. CANMAT 2016 clinical guidelines, section 4: neurostimulation treatments. Can J Psychiatry. 2016;61:561-575.
4. Rossi S, et al. Safety and recommendations for TMS use in healthy subjects and patient populations. Clin Neurophysiol. 2021;132:269-306.
5. Neuromod Dynamics. CORTEXA-D clinical investigation report, 2024.
"""

PMCF = f"""
# PMCF Plan: Cortexa rTMS System

NMD-PMCF-003 v1.0 · 01/10/2025

## Manufacturer and device

{MFR}. Cortexa rTMS System, Basic UDI-DI {UDI}, class IIa (Rule 9). Intended for adults aged 18 to 70 with MDD and inadequate response to at least one antidepressant in the current episode, treated in outpatient psychiatric clinics and hospitals.

## What remains open after the CER (NMD-CER-003 v2.0)?

- How long the response lasts beyond twelve weeks after treatment, and how often patients need a second course.
- Seizure and syncope rates in routine use (none and 0.8 % in CORTEXA-D; rare events need larger numbers).
- Outcomes in patients aged 60 to 70 years, who were only 11 % of CORTEXA-D.

## Activities

- **CORTEXA-REG (specific):** prospective registry at 15 clinics in Sweden, Denmark, Germany and Israel; 800 patients treated within the intended purpose; HAM-D17 or MADRS at baseline, end of course, 3, 6 and 12 months; all adverse events. Eight hundred patients (about 24,000 sessions) give a 95 % chance of seeing at least one seizure if the true rate is 1 in 8,000 sessions, and at least 120 patients aged 60 to 70 are targeted to estimate their response rate within ± 9 %.
- **Literature and vigilance review (general):** every six months.

## Timeline

| Milestone | Date |
| First patient | 06/2025 |
| Enrollment complete | 12/2026 |
| Interim reports | yearly |
| Final report | 03/2028 |
"""

IFU_EN = f"""
# Cortexa rTMS System: Instructions for Use

IFU-CTX-EN rev. 6. For use by trained operators under the supervision of a psychiatrist.

## What is it for?

Cortexa treats major depressive disorder in adults aged eighteen to seventy who have not improved enough with at least one antidepressant medicine at an adequate dose and duration in the current episode.

**Where:** outpatient psychiatric clinics and hospitals. Not for home use.

## Who should not be treated?

- Anyone with metal or magnetic-sensitive implants in or near the head (within 30 cm / 12 inches of the coil), except standard dental fillings.
- Patients with a cochlear implant, deep brain stimulator or vagus nerve stimulator.
- Patients with an implanted pacemaker or defibrillator.

## Warnings

> CAUTION: Seizures can occur. Keep a seizure management plan and emergency equipment in the treatment room, and never exceed 120 % of the motor threshold.

- Patient and operator must wear earplugs (at least 30 dB attenuation) during every session.
- Take extra care in patients with a history of seizures, recent head injury, or drugs that lower the seizure threshold.
- Watch for worsening depression, suicidal thoughts and signs of mania.
- Re-measure the motor threshold weekly and after any medication change.

## Possible side effects

Headache, scalp pain, facial twitching, dizziness, fainting, hearing changes or tinnitus without ear protection, seizure, and switch to mania or hypomania.

## Giving a treatment

1. Check the patient for implants and fill in the screening checklist.
2. Find the resting motor threshold over the motor cortex.
3. Move the coil to the left DLPFC (5.5 cm anterior or by neuronavigation).
4. Select the prescribed protocol (10 Hz or iTBS); the software sets intensity to 120 % of motor threshold.
5. Start the session and stay with the patient until it ends.

## Technical data

| Item | Value |
| Pulse waveform | Biphasic, 280 µs |
| Repetition rate | 1 to 30 Hz; iTBS bursts at 50 Hz |
| Maximum field at coil surface | 2.2 T |
| Protocols | 10 Hz: 3,000 pulses, 37.5 min; iTBS: 600 pulses, about 3 min |
| Coil | Figure-of-eight, air cooled, stops at 41 °C (106 °F) |
| Mains supply | 230 V, 50 Hz, 16 A |

Manufacturer: {MFR}. EU REP: {AR}. Basic UDI-DI {UDI}.
"""

IFU_SV = f"""
# Cortexa rTMS-system: bruksanvisning

IFU-CTX-SV rev. 6. För utbildade operatörer under ledning av en psykiater.

## Vad används systemet till?

Cortexa används för behandling av egentlig depression hos vuxna 18–70 år som inte har förbättrats tillräckligt av minst ett antidepressivt läkemedel i adekvat dos och under adekvat tid under den pågående episoden.

**Var:** psykiatriska öppenvårdsmottagningar och sjukhus. Inte för hemmabruk.

## Vem får inte behandlas?

- Personer med metall eller magnetkänsliga implantat i eller nära huvudet (inom 30 cm från spolen), utom vanliga tandfyllningar.
- Patienter med cochleaimplantat, djup hjärnstimulator eller vagusnervstimulator.
- Patienter med inopererad pacemaker eller defibrillator.

## Varningar

> VARNING: Krampanfall kan förekomma. Ha en handlingsplan och akututrustning i behandlingsrummet och överskrid aldrig 120 % av motortröskeln.

- Patient och operatör ska bära öronproppar (minst 30 dB dämpning) vid varje behandling.
- Var särskilt försiktig vid tidigare krampanfall, nyligen genomgången skallskada eller läkemedel som sänker kramptröskeln.
- Var uppmärksam på försämrad depression, suicidtankar och tecken på mani.
- Mät motortröskeln varje vecka och efter varje läkemedelsändring.

## Möjliga biverkningar

Huvudvärk, smärta i hårbotten, ryckningar i ansiktet, yrsel, svimning, hörselpåverkan eller tinnitus utan hörselskydd, krampanfall samt omslag till mani eller hypomani.

## Tekniska data

| Egenskap | Värde |
| Pulsform | Bifasisk, 280 µs |
| Repetitionsfrekvens | 1–30 Hz; iTBS-skurar med 50 Hz |
| Protokoll | 10 Hz: 3 000 pulser, 37,5 min; iTBS: 600 pulser, cirka 3 min |
| Spole | Åttaformad, luftkyld, stannar vid 41 °C |

Tillverkare: {MFR}. EU-representant: {AR}. Grundläggande UDI-DI {UDI}.
"""

CEAR = f"""
# Clinical Evaluation Assessment Report

{NB}. SDA-CEAR-2025-058, 03/19/2025. Assessed within the technical documentation review for a class IIa device.

## A. Administrative particulars

- Device: Cortexa rTMS System (stimulator, F8 coil, treatment chair; protocols 10 Hz and iTBS).
- Manufacturer: Neuromod Dynamics Ltd., Jerusalem, Israel.
- Class: IIa, Rule 9. Initial certification.
- Documents: CEP NMD-CEP-003 v1.1; CER NMD-CER-003 v2.0; PMCF plan NMD-PMCF-003 v1.0; IFU-CTX rev. 6 (EN, SV).

**Intended purpose:** treatment of major depressive disorder in adults 18 to 70 years with inadequate response to at least one antidepressant in the current episode, in outpatient psychiatric clinics and hospitals.

## C. Evaluation basis

Efficacy against sham rests on published randomized trials of the same stimulation protocols; CORTEXA-D provides device-specific performance and safety data. The NB agrees that the protocols are the same and that the open-label design is acceptable for this purpose.

## E. Clinical investigation

CORTEXA-D (120 patients) met all CEP acceptance criteria.

## F. PMCF

800-patient registry with sample-size reasoning for seizures and older adults. Adequate.

## I. CECP

Not applicable: class IIa device; neither class III implantable nor class IIb active administering a medicinal product.

## Conclusion

Benefit-risk positive. Reviewer: Dr. M. Holm, MD (psychiatry).
"""

F = dict(CEP="Cortexa_CEP.md", CER="Cortexa_CER_v2.md", PMCF="Cortexa_PMCF_plan.md",
         IFU="Cortexa_IFU_EN.pdf", SV="Cortexa_bruksanvisning_SV.pdf", CEAR="SDA-CEAR-2025-058_Cortexa.docx")
H = "Neuromod Dynamics Ltd."
DOCS = [
    Doc(F["CEP"], "CEP", "en", CEP, H, "NMD-CEP-003 v1.1"),
    Doc(F["CER"], "CER", "en", CER, H, "NMD-CER-003 v2.0"),
    Doc(F["PMCF"], "PMCF-plan", "en", PMCF, H, "NMD-PMCF-003 v1.0"),
    Doc(F["IFU"], "IFU", "en", IFU_EN, "Cortexa rTMS", "IFU-CTX-EN rev. 6"),
    Doc(F["SV"], "IFU", "sv", IFU_SV, "Cortexa rTMS", "IFU-CTX-SV rev. 6"),
    Doc(F["CEAR"], "CEAR", "en", CEAR, "Scandinavian Device Assessment AB (NB 2409)", "SDA-CEAR-2025-058"),
]
LABELS = []
