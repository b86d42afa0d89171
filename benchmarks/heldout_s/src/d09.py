# Electrical stimulation for chronic wound healing. Active, class IIa Rule 9. CECP not applicable. CLEAN.
CEP = """
CLINICAL EVALUATION PLAN – CICATRON Wound Electrostimulation System
CIC-CEP-01 / edition 2 / 03/04/2024
Electromedicina Mediterránea S.L., Carrer de Llull 321, 08019 Barcelona, Spain

I. OBJECT
Plan of clinical evaluation of CICATRON, composed by the battery-powered stimulator CICATRON S2 and the single-use hydrogel electrodes CIC-E (wound electrode and dispersive electrode).

II. CLASSIFICATION
Active therapeutic device that administers electrical energy to the human body in a way that is not potentially hazardous (low-intensity pulsed current, max. 35 mA): class IIa, Rule 9. The device is not implantable and does not administer medicinal products; Article 54 is not applicable.

III. INTENDED PURPOSE
CICATRON is intended as adjunct to standard wound care to promote healing of:
a) diabetic foot ulcers Wagner grade 1-2;
b) venous leg ulcers;
c) pressure ulcers category 2-3;
that did not reduce their area by 40 % or more after 4 weeks of standard care, in adults of 18 years old or more. Users: physicians, wound-care nurses, and patients or carers trained by a nurse. Settings: hospital, outpatient wound clinics and home care.

Contraindications: electrodes over the heart, carotid sinus or anterior neck; implanted pacemaker or defibrillator; wound with malignancy or osteomyelitis not treated; pregnancy (electrodes on abdomen or pelvis).

IV. CLINICAL BENEFITS AND ACCEPTANCE CRITERIA
| Benefit | Parameter | Criterion |
| Faster healing | Percentage area reduction (PAR) at 8 weeks | Mean difference ≥ 15 percentage points vs standard care |
| Healing | Complete closure at 12 weeks | Higher than standard care (RR > 1, 95 % CI lower limit ≥ 1,0) |
| Safety | Skin irritation under electrodes | ≤ 10 % of patients, none serious |

V. DATA
Randomized investigation CIC-RCT-02, literature on electrical stimulation (high-voltage pulsed current) in chronic wounds.
"""

CER = """
CICATRON Wound Electrostimulation System
Clinical Evaluation Report CIC-CER-01, Revision 3, 22/08/2024
Electromedicina Mediterránea S.L. – Basic UDI-DI 8437771CICS2WQ

1. Description
The CICATRON S2 stimulator generates monophasic twin-peak high-voltage pulsed current (HVPC): pulses of 50-100 µs, 100 Hz, peak voltage up to 150 V, mean current below 1,5 mA and peak current limited at 35 mA, in sessions of 45 minutes, once daily. Power: 2 AA batteries. The wound electrode (hydrogel on carbon, 5 × 5 cm or 8 × 10 cm) is placed on a saline-moistened gauze over the wound, and the dispersive electrode on intact skin at 15-20 cm.

2. Intended purpose
Adjunct to standard care for diabetic foot ulcers (Wagner 1-2), venous leg ulcers and category 2-3 pressure ulcers that did not reduce area by at least 40 % in 4 weeks of standard care, in patients 18 years and older. It may be used in hospital, in outpatient wound clinics and at home, by health professionals or by patients and carers after training.

3. State of the art
Standard care is debridement, moisture balance, offloading for DFU, compression for VLU and pressure redistribution for PU. The EPUAP/NPIAP guideline 2019 recommends considering electrical stimulation for recalcitrant category 2 and category 3-4 pressure injuries (strength of evidence B1), and the Cochrane review of Arora 2020 reports moderate-certainty evidence of faster healing in pressure ulcers. Meta-analyses in DFU and VLU show improvement in area reduction with heterogeneous data.

4. Clinical data
| Study | Design | N | Indication | Result |
| CIC-RCT-02 (own) | RCT, CICATRON + standard vs standard | 186 | DFU 64, VLU 70, PU 52 | PAR at 8 weeks 68 % vs 44 % |
| Arora 2020 | Cochrane review | 20 RCTs | Pressure ulcers | Faster healing |
| Khouri 2017 | Meta-analysis | 21 RCTs | Chronic wounds | Area reduction +20 % |
| Houghton 2003 | RCT, HVPC | 27 | Leg ulcers | Reduction 44 % vs 16 % |

CIC-RCT-02 results:
- PAR at 8 weeks 68 % vs 44 % (difference 24 points, criterion ≥ 15: met); consistent in the three wound types (DFU 21, VLU 26, PU 25 points).
- Complete closure at 12 weeks 41 % vs 27 % (RR 1,52; 95 % CI 1,04-2,21; criterion met).
- Skin irritation under the dispersive electrode 6,5 %, all mild; no serious device-related event.

5. Residual risks and benefit-risk
Residual risks: skin irritation or burn under electrodes, discomfort, maceration of the periwound, interference with other electronic devices. Benefit-risk is favourable as adjunct.

6. PMCF
Plan CIC-PMCF-01: prospective registry in home care and wound clinics.

7. References
1. Electromedicina Mediterránea. CIC-RCT-02 clinical investigation report, 2023.
2. Arora M, et al. Electrical stimulation for treating pressure ulcers. Cochrane Database Syst Rev 2020;1:CD012196.
3. Khouri C, et al. Electrical stimulation for chronic wound healing: meta-analysis. Wound Repair Regen 2017;25:883-891.
4. Houghton PE, et al. Effect of electrical stimulation on chronic leg ulcer size and appearance. Phys Ther 2003;83:17-28.
5. EPUAP/NPIAP/PPPIA. Prevention and treatment of pressure ulcers/injuries: clinical practice guideline, 2019.
"""

PMCF = """
# PMCF Plan – CICATRON

CIC-PMCF-01 · Rev. A · 28/08/2024

## Objectives
1. Confirm healing performance when the device is used at home by trained patients or carers (in CIC-RCT-02, sessions were applied by nurses).
2. Rate of skin irritation and burns in long use (more than 12 weeks).
3. Adherence to daily sessions.

## Design
Prospective registry in 10 outpatient wound clinics and their home-care services (Spain, France, Belgium). Adults (≥ 18 years) with DFU, VLU or PU meeting the intended purpose.

## Sample size
270 patients (90 per wound type): permits to estimate closure at 12 weeks with precision ±10 % in each wound type and the rate of burns below 1 % with upper confidence limit ≤ 2 %.

## Timeline
Enrolment 01/2025 – 06/2026; follow-up 16 weeks; final report 12/2026.
"""

IFU_EN = """
CICATRON Wound Electrostimulation System – Instructions for Use (EN) – CIC-IFU rev. 4

Intended use
CICATRON delivers high-voltage pulsed current as adjunct to standard care of chronic wounds. It is indicated for diabetic foot ulcers (Wagner 1-2), venous leg ulcers and pressure ulcers category 2-3 in adult patients (18 years old and over), when the wound has not decreased by 40 % in area after 4 weeks of standard care. For use in hospital, outpatient wound clinics and at home.

Contraindications
- Do not place electrodes over the chest, carotid sinus or front of the neck.
- Implanted pacemaker or defibrillator.
- Malignancy in the wound or untreated osteomyelitis.
- Pregnancy, if electrodes are on abdomen, pelvis or lumbar area.

Warnings
- Inspect the skin under the electrodes after each session.
- Do not use during sleep or while driving.
- Stop use and consult if redness persists more than 1 hour.

Technical data
| Parameter | Value |
| Waveform | monophasic twin-peak HVPC |
| Frequency | 100 Hz |
| Pulse duration | 50–100 µs |
| Peak current | ≤ 35 mA |
| Session | 45 min, once daily |
| Power supply | 2 × AA batteries |
"""

IFU_FR = """
Système d'électrostimulation des plaies CICATRON – Notice d'utilisation (FR) – CIC-IFU rév. 4

Utilisation prévue
CICATRON délivre un courant pulsé de haut voltage en complément des soins standard des plaies chroniques. Il est indiqué pour les ulcères du pied diabétique (Wagner 1-2), les ulcères veineux de jambe et les escarres de catégorie 2-3 chez les patients adultes (18 ans et plus), lorsque la surface de la plaie n'a pas diminué de 40 % après 4 semaines de soins standard. Utilisation à l'hôpital, en consultation de plaies et à domicile.

Contre-indications
- Ne pas placer les électrodes sur le thorax, le sinus carotidien ou la face antérieure du cou.
- Stimulateur cardiaque ou défibrillateur implanté.
- Tumeur maligne dans la plaie ou ostéomyélite non traitée.
- Grossesse, si les électrodes sont sur l'abdomen, le bassin ou la région lombaire.

Avertissements
- Inspecter la peau sous les électrodes après chaque séance.
- Ne pas utiliser pendant le sommeil ou la conduite.
- Arrêter et consulter si la rougeur persiste plus d'une heure.

Caractéristiques techniques
| Paramètre | Valeur |
| Forme d'onde | HVPC monophasique à double pic |
| Fréquence | 100 Hz |
| Durée d'impulsion | 50–100 µs |
| Courant de crête | ≤ 35 mA |
| Séance | 45 min, une fois par jour |
| Alimentation | 2 piles AA |
"""

CEAR = """
Clinical Evaluation Assessment Report – CICATRON Wound Electrostimulation System
NB 3822 · Kempen Medical Notified Body B.V., Tilburg · dossier KMN-2024-1410 · 16/10/2024 · reviewer: dr. L. Peeters

Device: CICATRON S2 stimulator + CIC-E electrodes. Manufacturer: Electromedicina Mediterránea S.L. Class IIa, Rule 9. Art. 54: not applicable (not class III implantable, not Rule 12).

NB summary of intended purpose: adjunct to standard care for DFU Wagner 1-2, VLU and PU category 2-3 failing 4 weeks of standard care. Adults ≥ 18 years. Hospital, outpatient clinic, home.

Finding 1: each claimed wound type has randomized data (CIC-RCT-02 subgroups) plus literature. Acceptable. Closed.
Finding 2: CEP criteria PAR, closure, irritation all reported. Closed.
Finding 3: home use by lay users not studied in RCT. PMCF objective 1 addresses this. Closed.

NB conclusion: clinical evidence sufficient. Benefit-risk acceptable.
"""

DOSSIER = {
    "id": "d09",
    "device": "CICATRON Wound Electrostimulation System (electrical stimulation for chronic wound healing)",
    "device_class": "IIa",
    "docs": [
        ("CIC-CEP-01.docx", "CEP", "en", CEP),
        ("CIC-CER-01_rev3.pdf", "CER", "en", CER),
        ("CIC-PMCF-01.md", "PMCF-plan", "en", PMCF),
        ("CICATRON_IFU_EN.pdf", "IFU", "en", IFU_EN),
        ("CICATRON_IFU_FR.pdf", "IFU", "fr", IFU_FR),
        ("CEAR_KMN-2024-1410.docx", "CEAR", "en", CEAR),
    ],
    "labels": [],
}
