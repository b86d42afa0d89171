"""n10: MR-conditional intensive care ventilator for adults and children (class IIb, Rule 12). Defective."""

MFR = "Brannock Respiratory Ltd"
UDI = "0539889100HALMRV7K"
UDI_WRONG = "0539889100HALMR2V9"
NB = "Notified Body 2958, Svensk Medicinteknisk Certifiering AB"

CEP = f"""
= Clinical Evaluation Plan: Halcyon MR Ventilator

BRL-CEP-040 · Revision 2 · 16 September 2024 · {MFR}, Mervue Business Park, Galway H91 P2W8, Ireland · Basic UDI-DI {UDI}

## 1 Device and classification

The Halcyon MR Ventilator is a turbine-driven intensive care ventilator with a non-ferromagnetic chassis, intended to continue ventilation during transfer to, and scanning in, magnetic resonance imaging suites. It delivers medical oxygen, a medicinal product, and is therefore class IIb under Annex VIII, Rule 12; as an active device intended to administer a medicinal product, it falls within Article 54(1)(b), and the consultation procedure applies.

## 2 Intended purpose

Invasive ventilation (endotracheal tube or tracheostomy) and non-invasive ventilation (oronasal or full-face mask) of adults and children with a body weight of 10 kg or more who require mechanical ventilatory support, in intensive care units, during intra-hospital transport and in the MRI suite, operated by trained clinical staff.

## 3 Outcome parameters and acceptance criteria

| Parameter | Acceptance criterion | Notes |
|---|---|---|
| Delivered tidal volume accuracy | Within ± (4 ml + 10 %) of set value | ISO 80601-2-12 |
| Unplanned interruption of ventilation during MRI transfer or scan | None attributable to the device | Observational study |
| Gas exchange maintained during MRI | PaO2/FiO2 and PaCO2 within 10 % of pre-transfer values in 90 % or more of patients | |
| Adverse events related to ventilation | Not higher than with the standard MR-conditional transport ventilator | Literature |

## 4 Data sources

Bench testing to ISO 80601-2-12; the HALCYON-MRI observational study; literature on ventilation during MRI; PMS of the predecessor Halcyon ICU (non-MR) ventilator.
"""

CER = f"""
= Clinical Evaluation Report: Halcyon MR Ventilator

BRL-CER-040, Revision 3, 30 January 2025. Manufacturer: {MFR}, Galway, Ireland. Basic UDI-DI {UDI}. Class IIb (Rule 12). Author: Dr T. Haughey, Clinical Scientist (Medical Physics).

# 1 Device description

1.1 The Halcyon MR is a turbine-driven ventilator housed in an aluminium and polymer chassis, with a non-magnetic battery pack giving 4 hours of operation, a 12-inch touch screen, and volume-controlled, pressure-controlled, pressure-support, SIMV, CPAP and non-invasive modes, together with an adaptive PEEP mode.

| Parameter | Range | Notes |
|---|---|---|
| Tidal volume | 200-2000 ml | Volume-controlled and adaptive modes |
| Respiratory rate | 4-60 /min | |
| PEEP | 0-35 cmH2O | |
| FiO2 | 21-100 % | High-pressure oxygen supply |
| MR environment | MR Conditional at 1.5 T only, in a spatial field gradient not exceeding 10 T/m | To be positioned outside the 10 mT line |

# 2 Intended purpose

2.1 The Halcyon MR is intended for invasive ventilation via endotracheal tube or tracheostomy and for non-invasive ventilation via mask, in adults and children weighing 10 kg and above who require ventilatory support, in the intensive care unit, during intra-hospital transport, and during MRI examinations.

# 3 State of the art

3.1 Critically ill patients requiring MRI have historically been ventilated with pneumatic MR-conditional transport ventilators with limited modes, or by manual bagging, both associated with deterioration of gas exchange and adverse events during transfer (Beckmann et al., 2001). A ventilator that remains with the patient from the ICU to the scanner avoids a change of ventilator and circuit, a recognised source of derecruitment.

3.2 The adaptive PEEP mode titrates PEEP to the best respiratory system compliance. Increasing PEEP in this mode improves venous return and thus raises cardiac output, which is of particular benefit in haemodynamically unstable patients.

# 4 Clinical data

| Source | Design | Patients | Results | Notes |
|---|---|---|---|---|
| HALCYON-MRI (Flanagan et al., 2024) | Prospective observational, 3 centres | 118 (104 adults, 14 children of 10-35 kg) | No device-related interruption of ventilation; gas exchange within 10 % in 94 % | Own device |
| Halcyon ICU PMS 2019-2024 | Complaints and vigilance | About 2,300 ventilators | 2 serious incidents (battery) | Predecessor; same ventilation engine |
| Bench verification BRL-VER-040 | ISO 80601-2-12 | Not applicable | Tidal volume accuracy within ± (4 ml + 10 %) | |

4.1 The acceptance criteria of plan BRL-CEP-040 for accuracy, interruptions and gas exchange are met. The comparison of ventilation-related adverse events with standard transport ventilators relies on the literature (adverse events in 16 % to 22 % of MRI transfers); 9.3 % of HALCYON-MRI transfers had an adverse event, none device-related.

# 5 Residual risks

Hypoventilation or hyperventilation; barotrauma and volutrauma; haemodynamic compromise from positive pressure; disconnection or accidental extubation during transfer; device malfunction in the magnetic field if positioned beyond the permitted field gradient; aspiration with non-invasive ventilation.

# 6 Benefit-risk and PMCF

6.1 The benefit-risk ratio is considered favourable. PMCF (BRL-PMCF-040) will collect further data in children and in non-invasive ventilation during MRI.

# 7 References

Beckmann, U., Gillies, D.M., Berenholtz, S.M. et al. (2001) 'Incidents relating to the intra-hospital transfer of critically ill patients', Intensive Care Medicine, 27(8), pp. 1241-1248.

Flanagan, R., Ó Cinnéide, P. and Sjöberg, L. (2024) 'Continuous ICU-grade ventilation during MRI: a prospective multicentre study', Acta Anaesthesiologica Scandinavica, 68(9), pp. 1190-1198.
"""

PMCF = f"""
= PMCF Plan: Halcyon MR Ventilator

BRL-PMCF-040, Revision 1, 10 February 2025. {MFR}. Basic UDI-DI {UDI}.

# 1 Objectives

1.1 To confirm the absence of device-related interruptions of ventilation and the maintenance of gas exchange during MRI in children (10 to 40 kg) and in patients on non-invasive ventilation, subgroups under-represented in HALCYON-MRI.

1.2 To monitor adverse events during transfer and malfunctions in the MR environment.

# 2 Design and population

2.1 Prospective multicentre study at eight adult and paediatric intensive care units in Ireland and Sweden, enrolling patients ventilated invasively or non-invasively with the Halcyon MR who undergo MRI.

# 3 Sample size

3.1 With 200 transfers (including at least 80 in children and 50 on non-invasive ventilation), an event with an incidence of 1.5 % would be observed at least once with 95 % probability, and gas-exchange maintenance can be estimated within ± 5 percentage points.

# 4 Timeline

4.1 Q2 2025 to Q2 2027; final report Q4 2027.
"""

IFU_EN = f"""
= Halcyon MR Ventilator: Instructions for Use

{MFR}, Galway, Ireland. Basic UDI-DI {UDI}. BRL-IFU-040-EN, edition 2.

# Intended use

The Halcyon MR Ventilator is intended to provide invasive ventilation (endotracheal tube, tracheostomy tube) and non-invasive ventilation (oronasal or full-face mask) for patients requiring mechanical ventilatory support, in intensive care units, during transport within the hospital and in the MRI suite.

# Patient population

Adults and children with a body weight of 10 kg (1 st 8 lb) or more.

# Users

Physicians, nurses, respiratory therapists and other staff trained in mechanical ventilation and in working in the MR environment.

# Contraindications

Non-invasive ventilation must not be used in patients who cannot protect their airway or in whom facial injury prevents a mask seal.

# Warnings

- Position the ventilator outside the field-gradient limit marked on the scanner room floor; the ventilator displays a warning if the magnetic field at its position is excessive.
- Always have a manual resuscitator with an MR-conditional oxygen supply available.
- Use only MR-conditional accessories in the MR environment.

# Technical data

The ventilator delivers set tidal volumes from 200 ml to 2000 ml in the volume-controlled and adaptive modes.

| Parameter | Setting range |
|---|---|
| Tidal volume | 200 – 2000 ml |
| Respiratory rate | 4 – 60 breaths/min |
| PEEP/CPAP | 0 – 35 cmH2O |
| FiO2 | 21 – 100 % |
| Battery | 4 h |
| MR conditions | MR Conditional at 1.5 T and 3 T; maximum spatial field gradient 20 T/m (2,000 gauss/cm) |
"""

IFU_SV = f"""
= Halcyon MR Ventilator: Bruksanvisning

{MFR}, Galway, Irland. Basic UDI-DI {UDI}. BRL-IFU-040-SV, utgåva 2.

# Avsedd användning

Halcyon MR Ventilator är avsedd för invasiv ventilation (endotrakealtub, trakeostomikanyl) och icke-invasiv ventilation (oronasal mask eller helmask) av patienter som behöver mekaniskt andningsstöd, på intensivvårdsavdelningar, vid transport inom sjukhuset och på MR-avdelningen.

# Patientpopulation

Vuxna och barn med en kroppsvikt på 10 kg eller mer.

# Användare

Läkare, sjuksköterskor, andningsterapeuter och annan personal utbildad i mekanisk ventilation och i arbete i MR-miljö.

# Kontraindikationer

Icke-invasiv ventilation får inte användas hos patienter som inte kan skydda sina luftvägar eller där ansiktsskada förhindrar att masken sluter tätt.

# Varningar

- Placera ventilatorn utanför den gräns för fältgradient som är markerad på golvet i magnetkamerarummet.
- Ha alltid en manuell andningsblåsa med MR-villkorad syrgasförsörjning tillgänglig.
- Använd endast MR-villkorade tillbehör i MR-miljön.

# Tekniska data

| Parameter | Inställningsområde |
|---|---|
| Tidalvolym | 200 – 2000 ml |
| Andningsfrekvens | 4 – 60 andetag/min |
| PEEP/CPAP | 0 – 35 cmH2O |
| FiO2 | 21 – 100 % |
| MR-villkor | MR-villkorad vid 1,5 T och 3 T; maximal spatial fältgradient 20 T/m |
"""

CEAR = f"""
= Clinical Evaluation Assessment Report

{NB}, Drottninggatan 88, 111 36 Stockholm, Sweden

Reference SMC-CEAR-2025-0059, 2 April 2025

To: {MFR}, Mervue Business Park, Galway, Ireland

Subject: Halcyon MR2 Ventilator, Basic UDI-DI {UDI_WRONG}; initial MDR certification.

# 1 Documents reviewed

CEP BRL-CEP-040 Rev. 2; CER BRL-CER-040 Rev. 3; PMCF plan BRL-PMCF-040 Rev. 1; IFU edition 2 (English and Swedish).

# 2 Intended purpose

The Halcyon MR2 Ventilator is intended for invasive and non-invasive ventilation of adults and children of 10 kg and above in intensive care, during intra-hospital transport and in the MRI suite.

# 3 Classification and Article 54

Class IIb, Rule 12 (administration of medical oxygen). Article 54(1)(b) applies; no exemption applies. Proposed panel: respiratory, anaesthesiology and intensive care.

# 4 Findings

Finding 1: HALCYON-MRI (118 patients) meets the acceptance criteria of the CEP for interruptions and gas exchange; only 14 children were included.

Finding 2: The PMCF plan targets children and non-invasive ventilation during MRI with a justified sample size.

# 5 Conclusion

The clinical evidence is considered sufficient, subject to the consultation procedure.

> Dr Karin Lindahl, Clinical Expert (Intensive Care)
"""

F_CEP = "BRL-CEP-040_HalcyonMR_CEP.md"
F_CER = "BRL-CER-040_HalcyonMR_CER_rev3.docx"
F_PMCF = "BRL-PMCF-040_HalcyonMR_PMCF.docx"
F_IFU_EN = "HalcyonMR_IFU_EN.pdf"
F_IFU_SV = "HalcyonMR_Bruksanvisning_SV.pdf"
F_CEAR = "SMC-CEAR-2025-0059.pdf"

DOSSIER = {
    "id": "n10_mr_icu_ventilator",
    "device": "Halcyon MR intensive care ventilator (MR-conditional, adults and children)",
    "device_class": "IIb",
    "clean": False,
    "docs": [
        {"file": F_CEP, "role": "CEP", "lang": "en", "text": CEP},
        {"file": F_CER, "role": "CER", "lang": "en", "text": CER},
        {"file": F_PMCF, "role": "PMCF-plan", "lang": "en", "text": PMCF},
        {"file": F_IFU_EN, "role": "IFU", "lang": "en", "text": IFU_EN, "header": "BRL-IFU-040-EN ed. 2"},
        {"file": F_IFU_SV, "role": "IFU", "lang": "sv", "text": IFU_SV},
        {"file": F_CEAR, "role": "CEAR", "lang": "en", "text": CEAR, "serif": True},
    ],
    "labels": [
        {
            "defect": "minimum_tidal_volume_too_large_for_10kg",
            "category": "plausibility",
            "documents": [F_IFU_EN, F_IFU_SV, F_CER, F_CEP],
            "quotes": [
                "Adults and children with a body weight of 10 kg (1 st 8 lb) or more.",
                "Vuxna och barn med en kroppsvikt på 10 kg eller mer.",
                "adults and children with a body weight of 10 kg or more who require mechanical ventilatory support",
                "The ventilator delivers set tidal volumes from 200 ml to 2000 ml",
                "in adults and children weighing 10 kg and above who require ventilatory support",
                "Volume-controlled and adaptive modes",
            ],
            "description": "The minimum settable tidal volume of 200 ml corresponds to 20 ml/kg for a 10 kg child (4-8 ml/kg is lung-protective); the ventilator cannot ventilate the smallest children of the stated population in volume modes.",
            "accept": ["population", "specification"],
        },
        {
            "defect": "cear_names_mr2_with_other_udi",
            "category": "device-identity",
            "documents": [F_CEAR, F_IFU_EN],
            "quotes": [
                "Subject: Halcyon MR2 Ventilator, Basic UDI-DI 0539889100HALMR2V9",
                "The Halcyon MR2 Ventilator is intended for invasive and non-invasive ventilation",
                "Basic UDI-DI 0539889100HALMRV7K",
            ],
            "description": "The CEAR assesses a 'Halcyon MR2 Ventilator' with Basic UDI-DI 0539889100HALMR2V9, whereas all manufacturer documents concern the 'Halcyon MR Ventilator' with Basic UDI-DI 0539889100HALMRV7K.",
            "accept": [],
        },
        {
            "defect": "mr_conditions_differ",
            "category": "specification",
            "documents": [F_CER, F_IFU_EN, F_IFU_SV],
            "quotes": [
                "MR Conditional at 1.5 T only, in a spatial field gradient not exceeding 10 T/m",
                "MR Conditional at 1.5 T and 3 T; maximum spatial field gradient 20 T/m (2,000 gauss/cm)",
                "MR-villkorad vid 1,5 T och 3 T; maximal spatial fältgradient 20 T/m",
            ],
            "description": "The CER limits MR use to 1.5 T and 10 T/m; the IFU (English and Swedish) permits 3 T and 20 T/m.",
            "accept": ["safety-instruction"],
        },
        {
            "defect": "peep_raises_cardiac_output",
            "category": "claim",
            "documents": [F_CER],
            "quotes": [
                "Increasing PEEP in this mode improves venous return and thus raises cardiac output",
            ],
            "description": "Positive end-expiratory pressure raises intrathoracic pressure and tends to reduce venous return and cardiac output; the claim is contrary to established physiology and unsupported by data (the CER itself lists haemodynamic compromise as a residual risk).",
            "accept": [],
        },
    ],
}
