# Closed-loop FiO2 controller for neonatal ventilators / nCPAP. Class IIb Rule 12 (oxygen = medicinal product), CECP applies. DEFECTIVE.
CEP = """
Clinical Evaluation Plan – OXIGUARD Automated FiO2 Control Module
Ref. OXG-CEP-01, revision 03, 08/01/2025
Neonatec Ibérica S.L., Carrer de Pujades 100, 08005 Barcelona, Spain

I. OBJECT
The present document defines the clinical evaluation of OXIGUARD, a software-controlled module with oxygen blender valve that adjusts the fraction of inspired oxygen (FiO2) automatically in base to the SpO2 measured by pulse oximetry. Classification: class IIb according to Rule 12, because the module controls the administration of medical oxygen (medicinal product) in a potentially hazardous manner, and also Rule 11 for the software. It is foreseen that the Notified Body applies the consultation procedure of Article 54(1)(b).

II. INTENDED PURPOSE
OXIGUARD is intended to keep the SpO2 of preterm infants (gestational age at birth 24+0 to 36+6 weeks, body weight from 400 g) within a target range chosen by the clinician, during invasive ventilation, nasal CPAP and nasal intermittent positive pressure ventilation (NIPPV), in the neonatal intensive care unit only.

III. OUTCOME PARAMETERS
- Percentage of time in the SpO2 target range: increase of at least 15 percentage points versus manual control.
- Time with SpO2 below 80 %: reduction ≥ 30 % versus manual control.
- Time with SpO2 above 98 % when on supplemental oxygen: reduction versus manual control.
- Number of manual FiO2 adjustments per 24 h: reduction.

IV. SOURCES
Randomized crossover investigation OXG-XO-01 (own), literature on automated oxygen control in preterm infants, usability data.
"""

CER = """
OXIGUARD Automated FiO2 Control Module – Clinical Evaluation Report
OXG-CER-01 · Rev. 02 · 24/01/2025 · Neonatec Ibérica S.L. · Basic UDI-DI 8437009OXGMOD4T

# I. DEVICE DESCRIPTION
OXIGUARD is a module that is connected between the air/oxygen supply and the ventilator or the nCPAP driver, with its own blender valve, a Masimo-compatible pulse oximetry input and a closed-loop algorithm (PID with adaptive gain) that recalculates the FiO2 every second. FiO2 range 0,21 to 1,00. The clinician sets the SpO2 target range and the backup FiO2 used if the SpO2 signal is lost. Default SpO2 target range: 97–100 %. Compatible with the ventilators NeoVent 3 and NeoVent 5 and the nCPAP driver BubbleFlow 2.

# II. INTENDED PURPOSE
Automated adjustment of FiO2 in preterm infants (24+0 to 36+6 weeks of gestation at birth, from 400 g) during invasive mechanical ventilation, nCPAP or NIPPV, in the NICU.

# III. STATE OF THE ART
Oxygen saturation targeting in preterm infants is a balance: the NeOProM meta-analysis showed higher mortality with a target of 85-89 % and more retinopathy of prematurity with 91-95 %; the European Consensus Guidelines on RDS (2022) recommend a target of 90-94 % with alarm limits at 89 % and 95 %. Manual control reaches the target only 30-50 % of the time. Automated control systems increase the time in range by 10-20 percentage points.

# IV. CLINICAL DATA
| Study | Design | Population | N | Result |
| OXG-XO-01 (own, 2022-2023) | Randomized crossover 2 × 24 h | Preterm 24-32 weeks, invasive ventilation or nCPAP | 58 | Time in range 71 % vs 52 % manual |
| Plottier 2017 | Crossover, other system | Preterm on nCPAP | 20 | Time in range +17 % |
| Dijkman 2021 | Crossover, other system | Preterm on NIPPV | 30 | Fewer desaturations |
| Salverda 2022 | Meta-analysis | Preterm infants | 13 studies | Time in range +13 % |

Results of OXG-XO-01: time in target range 71 % versus 52 %; time with SpO2 under 80 % reduced by 41 %; manual adjustments reduced from 22 to 3 per 24 h. No device-related serious adverse event; 2 punctual events of prolonged hyperoxia when the oximeter probe was displaced.

# V. BENEFIT-RISK AND RESIDUAL RISKS
Residual risks: hyperoxia with risk of ROP and bronchopulmonary dysplasia; hypoxaemia by algorithm or sensor error; inappropriate response to motion artefact or low perfusion; delay in recognition of clinical deterioration (masking). Benefit-risk favourable for NICU use with continuous nurse surveillance.

# VI. PMCF
Plan OXG-PMCF-01.

# VII. REFERENCES
1. Neonatec Ibérica. Clinical investigation report OXG-XO-01, 2023.
2. Plottier GK, et al. Clinical evaluation of a novel adaptive algorithm for automated control of oxygen therapy in preterm infants on non-invasive respiratory support. Arch Dis Child Fetal Neonatal Ed 2017;102:F37-F43.
3. Dijkman KP, et al. Closed-loop FiO2 control in preterm infants on NIPPV. Neonatology 2021;118:1-8.
4. Salverda HH, et al. Automated oxygen control in preterm infants: systematic review and meta-analysis. Arch Dis Child Fetal Neonatal Ed 2022;107:F20-F25.
5. Sweet DG, et al. European Consensus Guidelines on the Management of RDS: 2022 update. Neonatology 2023;120:3-23.
"""

PMCF = """
OXIGUARD – Post-Market Clinical Follow-up Plan
OXG-PMCF-01 – revision 01 – 30/01/2025

1. Objectives
- Confirm time in SpO2 target range in routine use, with all compatible ventilators.
- Quantify episodes of hyperoxia and hypoxaemia related to sensor displacement.
- Collect data on ROP grade ≥ 3 and BPD at 36 weeks corrected age.

2. Design
Prospective multicentre observational study OXG-OBS, 6 centres. Population: infants born preterm (24+0 to 36+6 weeks) receiving supplemental oxygen with OXIGUARD, including infants discharged with home oxygen therapy followed by the paediatric home-care teams during the first 3 months at home.

3. Sample size
240 infants: detection of a difference of 8 percentage points in time in range with power 80 % and alpha 0,05 against historical controls.

4. Timeline
First inclusion 04/2025; last inclusion 03/2027; final report 12/2027.
"""

IFU_EN = """
OXIGUARD Automated FiO2 Control Module – Instructions for Use, OXG-IFU-EN v4

1. Intended use
OXIGUARD automatically adjusts the FiO2 delivered by a compatible ventilator or nCPAP driver to keep the SpO2 of preterm infants within the target range set by the clinician, during invasive ventilation, nCPAP or NIPPV. For use in the neonatal intensive care unit only.

2. Patients
Preterm infants born at 24+0 to 36+6 weeks of gestation, weight 400 g or more.

3. Contraindications
- Infants with cyanotic congenital heart disease.
- Pulmonary hypertension treated with inhaled nitric oxide (SpO2 targets individualized).

4. Warnings
- Automatic control does not replace continuous clinical observation.
- If the SpO2 signal is lost for more than 30 seconds, reduce the FiO2 to 0,21 (room air) until the signal is recovered, to avoid hyperoxia.
- Check the position of the oximeter sensor every 3 hours.

5. Technical data
| Parameter | Value |
| FiO2 range | 0,21–1,00 |
| Update interval | 1 s |
| Default SpO2 target range | 97–100 % |
| Adjustable target range | 85–100 % |
| Compatible devices | NeoVent 3, NeoVent 5, BubbleFlow 2 |

Neonatec Ibérica S.L., Barcelona. CE 3611.
"""

IFU_DE = """
OXIGUARD Modul zur automatischen FiO2-Regelung – Gebrauchsanweisung, OXG-IFU-DE v4

1. Zweckbestimmung
OXIGUARD passt die von einem kompatiblen Beatmungsgerät oder nCPAP-Gerät abgegebene FiO2 automatisch an, um die SpO2 von Frühgeborenen im vom Arzt eingestellten Zielbereich zu halten, bei invasiver Beatmung, nCPAP oder NIPPV. Nur zur Anwendung auf der neonatologischen Intensivstation.

2. Patienten
Frühgeborene mit einem Gestationsalter bei Geburt von 24+0 bis 36+6 Wochen, Gewicht ab 400 g.

3. Kontraindikationen
- Säuglinge mit zyanotischem angeborenem Herzfehler.
- Pulmonale Hypertonie unter inhalativem Stickstoffmonoxid.

4. Warnhinweise
- Die automatische Regelung ersetzt nicht die kontinuierliche klinische Beobachtung.
- Bei Verlust des SpO2-Signals für mehr als 30 Sekunden die FiO2 bis zur Wiederherstellung des Signals auf 0,21 (Raumluft) reduzieren, um eine Hyperoxie zu vermeiden.
- Die Position des Oximetriesensors alle 3 Stunden überprüfen.

5. Technische Daten
| Parameter | Wert |
| FiO2-Bereich | 0,21–1,00 |
| Aktualisierungsintervall | 1 s |
| Standard-SpO2-Zielbereich | 97–100 % |
| Einstellbarer Zielbereich | 85–100 % |
| Kompatible Geräte | NeoVent 3, NeoVent 5, BubbleFlow 2 |
"""

IFU_FR = """
Module de régulation automatique de la FiO2 OXIGUARD – Notice d'utilisation, OXG-IFU-FR v4

1. Utilisation prévue
OXIGUARD ajuste automatiquement la FiO2 délivrée par un ventilateur ou un générateur de nCPAP compatible afin de maintenir la SpO2 des nouveau-nés prématurés dans la plage cible définie par le clinicien, en ventilation invasive, nCPAP ou NIPPV. Usage exclusif en unité de soins intensifs néonatals.

2. Patients
Nouveau-nés prématurés nés entre 24+0 et 36+6 semaines d'aménorrhée, poids à partir de 400 g.

3. Contre-indications
- Cardiopathie congénitale cyanogène.
- Hypertension pulmonaire traitée par monoxyde d'azote inhalé.

4. Avertissements
- La régulation automatique ne remplace pas la surveillance clinique continue.
- En cas de perte du signal de SpO2 pendant plus de 30 secondes, réduire la FiO2 à 0,21 (air ambiant) jusqu'au retour du signal, afin d'éviter l'hyperoxie.
- Vérifier la position du capteur d'oxymétrie toutes les 3 heures.

5. Caractéristiques techniques
| Paramètre | Valeur |
| Plage de FiO2 | 0,21–1,00 |
| Intervalle de mise à jour | 1 s |
| Plage cible de SpO2 par défaut | 97–100 % |
| Plage cible réglable | 85–100 % |
| Appareils compatibles | NeoVent 3, NeoVent 5, BubbleFlow 2 |
"""

CEAR = """
CEAR – OXIGUARD Automated FiO2 Control Module
Notified Body 3611 – Lowlands MedCert B.V., Groningen – file LMC-25-0031 – reviewer ir. K. Mulder – 14/02/2025

Scope. Class IIb, Rule 12: controls delivery of medical oxygen. Art. 54(1)(b) applies. No exemption. CECP started.

Intended purpose (NB). Automated FiO2 adjustment in preterm infants 24+0–36+6 weeks, from 400 g, during invasive mechanical ventilation via endotracheal tube. NICU only.

Finding 1: crossover OXG-XO-01, 58 infants. Primary endpoint met. Closed.
Finding 2: no outcome data (ROP, BPD). PMCF objective 3. Acceptable. Closed.
Finding 3: only two compatible ventilators tested in OXG-XO-01. Manufacturer to justify NeoVent 5. Open.
Finding 4: algorithm verification per IEC 60601-1-10. Reviewed by technical assessor. Closed.

NB conclusion. Benefit-risk acceptable for the intended purpose above. Finding 3 to be closed before certification.
"""

DOSSIER = {
    "id": "d07",
    "device": "OXIGUARD Automated FiO2 Control Module (closed-loop FiO2 controller for neonatal ventilators and nCPAP)",
    "device_class": "IIb",
    "docs": [
        ("OXG-CEP-01_rev03.docx", "CEP", "en", CEP),
        ("OXG-CER-01_rev02.pdf", "CER", "en", CER),
        ("OXG-PMCF-01.docx", "PMCF-plan", "en", PMCF),
        ("OXIGUARD_IFU_EN.pdf", "IFU", "en", IFU_EN),
        ("OXIGUARD_IFU_DE.pdf", "IFU", "de", IFU_DE),
        ("OXIGUARD_IFU_FR.docx", "IFU", "fr", IFU_FR),
        ("CEAR_LMC-25-0031.md", "CEAR", "en", CEAR),
    ],
    "labels": [
        {"defect": "default_spo2_target_hyperoxic", "category": "plausibility",
         "documents": ["OXG-CER-01_rev02.pdf", "OXIGUARD_IFU_EN.pdf"],
         "quotes": ["Default SpO2 target range: 97–100 %.",
                    "recommend a target of 90-94 % with alarm limits at 89 % and 95 %",
                    "Default SpO2 target range"],
         "description": "A default SpO2 target of 97-100 % exposes preterm infants to hyperoxia (ROP, BPD); the CER's own state of the art recommends 90-94 %.",
         "accept": ["claim", "specification"]},
        {"defect": "pmcf_recruits_home_oxygen", "category": "care-setting",
         "documents": ["OXG-PMCF-01.docx", "OXIGUARD_IFU_EN.pdf"],
         "quotes": ["including infants discharged with home oxygen therapy followed by the paediatric home-care teams during the first 3 months at home",
                    "For use in the neonatal intensive care unit only."],
         "description": "The PMCF plan includes infants at home after discharge, while the device is for NICU use only.",
         "accept": ["pmcf"]},
        {"defect": "room_air_on_signal_loss", "category": "safety-instruction",
         "documents": ["OXIGUARD_IFU_EN.pdf", "OXIGUARD_IFU_DE.pdf", "OXIGUARD_IFU_FR.docx"],
         "quotes": ["If the SpO2 signal is lost for more than 30 seconds, reduce the FiO2 to 0,21 (room air) until the signal is recovered",
                    "die FiO2 bis zur Wiederherstellung des Signals auf 0,21 (Raumluft) reduzieren",
                    "réduire la FiO2 à 0,21 (air ambiant) jusqu'au retour du signal"],
         "description": "Instruction to drop oxygen to room air on signal loss interrupts oxygen therapy of a ventilated preterm infant and contradicts the CER's clinician-set backup FiO2.",
         "accept": []},
        {"defect": "cear_omits_noninvasive_modes", "category": "intended-use",
         "documents": ["CEAR_LMC-25-0031.md", "OXIGUARD_IFU_EN.pdf"],
         "quotes": ["during invasive mechanical ventilation via endotracheal tube. NICU only.",
                    "during invasive ventilation, nCPAP or NIPPV"],
         "description": "The CEAR's intended purpose covers only invasive ventilation via endotracheal tube; CEP, CER and IFUs include nCPAP and NIPPV.",
         "accept": []},
    ],
}
