# Implantable SPG stimulator, active implantable class III, CECP applies. DEFECTIVE.
CEP = """
CLINICAL EVALUATION PLAN
SPHENOVA Implantable SPG Neurostimulation System
Code CEP-SPH-02 – version 1.2 – 02/05/2024
Tecnomédica Levante S.L., Avda. de Catalunya 35, 46020 Valencia, Spain

I. OBJECT

The present document establishes the plan of clinical evaluation for the SPHENOVA system, model SPV-100 neurostimulator with the handheld remote controller RC-10. SPHENOVA is an active implantable device, class III according to Rule 8 of Annex VIII, and therefore the consultation procedure of Article 54 will be initiated by the Notified Body.

II. INTENDED PURPOSE

SPHENOVA is intended for the acute treatment of attacks of chronic cluster headache by on-demand stimulation of the sphenopalatine ganglion (SPG), in patients from 18 to 65 years old with a diagnosis according to ICHD-3 criteria 3.1.2, refractory or intolerant to at least two preventive treatments.

III. CLINICAL BENEFITS AND ACCEPTANCE CRITERIA

| Benefit | Parameter | Acceptance criterion |
| Acute pain relief | Proportion of attacks with pain relief at 15 minutes | ≥ 45 % of treated attacks (sham: 15-20 %) |
| Preventive effect | Reduction of attack frequency ≥ 50 % at 12 months | At least 40 % of patients are responders at 12 months |
| Reduction of acute medication | Use of oxygen and triptans per week at 12 months | Reduction ≥ 30 % from baseline |
| Safety | Serious adverse events related to device or procedure | ≤ 10 % at 12 months |

IV. DATA SOURCES

Own randomized sham-controlled investigation SPH-CH1 (primary endpoint at 6 months, open-label extension to 24 months), literature review, PMS. No equivalence claimed.
"""

CER = """
Clinical Evaluation Report – SPHENOVA Implantable SPG Neurostimulation System
CER-SPH-02, revision 2, 30/09/2024

I. OBJECT AND SCOPE

The present document summarizes the clinical evaluation of SPHENOVA (neurostimulator model SPV-100, remote controller RC-10, implantation tools) by Tecnomédica Levante S.L. (Valencia, Spain), Basic UDI-DI 8435678SPV100ZR. Class III, Rule 8, active implantable device.

II. DEVICE DESCRIPTION

The neurostimulator has no battery; it is realized in a hermetic titanium housing of 33 mm with an integrated lead of 6 platinum-iridium contacts, fixed to the zygomatic process of the maxilla by a fixation plate, and the stimulation lead is placed in the pterygopalatine fossa near the SPG through a trans-oral gingival-buccal incision of 2 cm. The energy is transmitted by induction from the handheld remote controller RC-10 when the patient puts it on the cheek at the beginning of an attack. Parameters: frequency 120 Hz, pulse width 200-400 µs, amplitude 0-3 mA, maximum session 15 minutes.

III. INTENDED PURPOSE

SPHENOVA is indicated for the acute treatment of attacks of chronic cluster headache by on-demand stimulation of the SPG in patients from 18 to 65 years old, with diagnosis according to ICHD-3 and refractory or intolerant to at least two preventive medications. Implantation is realized by a maxillofacial surgeon or neurosurgeon under general anaesthesia; the therapy is used by the patient at home.

IV. STATE OF THE ART

The standard acute treatments are oxygen 100 % at 12-15 L/min and subcutaneous sumatriptan 6 mg, with response at 15 minutes of 70-78 %. Triptans are limited to two doses per day and contraindicated in cardiovascular disease. Non-invasive vagus nerve stimulation and occipital nerve stimulation are the neuromodulation alternatives. The SPG is a parasympathetic ganglion with role in the autonomic symptoms of the attack.

V. CLINICAL DATA

| Study | Design | N | Follow-up | Result |
| SPH-CH1 (own, 2021-2023) | Randomized, sham-controlled, 11 sites | 96 | 6 months | Pain relief at 15 min in 62 % of attacks vs 19 % sham |
| SPH-CH1 open-label phase | Single-arm | 81 | 6 months after crossover | Attack frequency reduction ≥ 50 % in 31 % of patients |
| Schoenen 2013 | Randomized, other SPG system | 32 | 8 weeks | Pain relief 67 % vs 7 % sham |
| Barloese 2016 | Cohort | 33 | 24 months | Sustained use in 65 % |

Performance: in SPH-CH1, 62 % of the attacks treated with full stimulation obtained relief at 15 minutes against 19 % with sham, and the totality of patients could use the remote controller after training. Preventive effect: 31 % of patients reduced the attack frequency by 50 % or more in the open-label phase.

Safety: 81 % of patients had transient sensory disturbances of the maxillary nerve, resolved in 3 months in the majority of cases; serious adverse events related to procedure were 7,3 % (lead migration requiring revision 3, infection 2, haematoma 2).

Based on these results, the therapy with SPHENOVA remains effective for the entire life of the implant, more than 10 years, without loss of benefit.

VI. BENEFIT-RISK

Residual risks: sensory loss of the cheek, pain at the incision, lead migration, infection, haematoma, tooth or gingival pain, need of explantation. The benefit in acute relief is clinically relevant against the risks. The benefit-risk is acceptable.

VII. PMCF

Registry SPH-REG: 150 patients, 5 years.

VIII. REFERENCES

- Tecnomédica Levante. Clinical investigation report SPH-CH1, 6-month analysis, 2023.
- Schoenen J, et al. Stimulation of the sphenopalatine ganglion for cluster headache (Pathway CH-1). Cephalalgia 2013;33:816-830.
- Barloese M, et al. SPG stimulation for cluster headache, long-term results. J Headache Pain 2016;17:67.
- May A, et al. Cluster headache. Nat Rev Dis Primers 2018;4:18006.
"""

PMCF = """
Post-Market Clinical Follow-up Plan – SPHENOVA
PMCF-SPH-02 version 1.0 – 05/10/2024

1. Objectives
- Long-term performance: proportion of attacks with relief at 15 minutes at 1, 3 and 5 years.
- Long-term safety: lead migration, explantation, persistent sensory loss.
- Preventive effect: attack frequency reduction at 12 and 24 months.

2. Design
Prospective multicentre registry SPH-REG in 10 headache centres (Spain, France, Germany, Denmark). Inclusion: chronic cluster headache (ICHD-3), age 18 to 65 years old, refractory to at least two preventive medications, implanted with SPHENOVA.

3. Sample size
150 patients: with expected explantation rate of 8 %, the 95 % confidence interval half-width is ±4,4 %; 20 % loss to follow-up assumed.

4. Timeline
Inclusion 01/2025 – 12/2026; follow-up 5 years; yearly PMCF evaluation report.
"""

IFU_EN = """
SPHENOVA Implantable SPG Neurostimulation System
Instructions for use – physician and patient manual – IFU-SPH-EN rev. C

Indications
SPHENOVA is indicated for the acute treatment of chronic cluster headache attacks by on-demand stimulation of the sphenopalatine ganglion in patients aged 18 years and older who are refractory or intolerant to at least two preventive medications.

Contraindications
- Other implanted active devices in the head (cochlear implant, deep brain stimulator).
- Facial trauma or malignancy in the pterygopalatine region.
- Need of MRI of the head with field major to 1,5 T.
- Coagulopathy that cannot be corrected.

Warnings
- Do not use the remote controller more than 15 minutes per attack and more than 8 sessions per day.
- Diathermy is forbidden.
- Sensory changes of the cheek, gum or palate are frequent after implantation.

Technical data
| Parameter | Value |
| Frequency | 120 Hz |
| Pulse width | 200–400 µs |
| Amplitude | 0–3 mA |
| Session duration | max. 15 min |
| Housing | Titanium, 33 mm |

Patient population
Adults from 18 years of age with chronic cluster headache.

Tecnomédica Levante S.L., Valencia, Spain – CE 3256
"""

IFU_DE = """
SPHENOVA Implantierbares SPG-Neurostimulationssystem
Gebrauchsanweisung – IFU-SPH-DE Rev. C

Indikationen
SPHENOVA ist indiziert zur Akutbehandlung von Attacken des chronischen Clusterkopfschmerzes durch bedarfsgesteuerte Stimulation des Ganglion pterygopalatinum bei Patienten ab 18 Jahren, die auf mindestens zwei prophylaktische Medikamente nicht ansprechen oder diese nicht vertragen.

Kontraindikationen
- Andere aktive Implantate im Kopfbereich (Cochlea-Implantat, Tiefenhirnstimulator).
- Gesichtstrauma oder Malignom in der Region der Fossa pterygopalatina.
- Notwendigkeit einer MRT des Kopfes mit mehr als 1,5 T.
- Nicht korrigierbare Koagulopathie.

Warnhinweise
- Die Fernbedienung nicht länger als 15 Minuten pro Attacke und nicht öfter als 8-mal täglich verwenden.
- Diathermie ist verboten.
- Sensibilitätsstörungen an Wange, Zahnfleisch oder Gaumen sind nach der Implantation häufig.

Technische Daten
| Parameter | Wert |
| Frequenz | 120 Hz |
| Impulsbreite | 200–400 µs |
| Amplitude | 0–3 mA |
| Sitzungsdauer | max. 15 min |
| Gehäuse | Titan, 33 mm |

Patientenpopulation
Erwachsene ab 18 Jahren mit chronischem Clusterkopfschmerz.
"""

SSCP = """
SSCP – SPHENOVA Implantable SPG Neurostimulation System
SSCP-SPH-02 rev. 1 – 08/10/2024

Device identification: SPHENOVA, neurostimulator SPV-100 and remote controller RC-10. Manufacturer Tecnomédica Levante S.L. Basic UDI-DI 8435678SPV100ZR. Class III active implantable. NB 3256.

Intended purpose: acute treatment of chronic cluster headache attacks by on-demand SPG stimulation, patients 18 to 65 years old refractory to at least two preventive medications.

Residual risks and side effects: sensory disturbance of cheek/gum/palate (81 %, mostly transient), incision pain, lead migration, infection, haematoma, explantation.

Clinical performance: SPH-CH1 randomized investigation, 96 patients: relief at 15 min in 62 % of attacks vs 19 % with sham.

PMCF: registry SPH-REG, 150 patients, 5 years.
"""

CEAR = """
# Clinical Evaluation Assessment Report

**Notified Body 3256 – Rijnland Medical Certification B.V., Leiden**
Project RMC-24-1192 · Reviewer: drs. H. Visser · 28/10/2024

## 1. Device
SPHENOVA II implantable SPG stimulator, model SPV-200, with remote controller RC-10. Manufacturer: Tecnomédica Levante S.L., Valencia. Class III (Rule 8, active implantable). Art. 54(1)(a): applicable. No exemption.

## 2. Intended purpose (NB)
Acute treatment of chronic cluster headache attacks. Adults 18-65 years, refractory to two preventive drugs. On-demand use by patient at home.

## 3. Review
Finding 1: randomized sham-controlled data SPH-CH1. Primary endpoint met. Closed.

Finding 2: sensory disturbance in 81 %. High. Adequately disclosed in IFU. Closed.

Finding 3: Schoenen 2013 is another manufacturer's SPG system. Used as supportive only. Acceptable. Closed.

Finding 4: preventive effect is a secondary observation. No preventive claim in IFU. Closed.

## 4. NB conclusion
Acute-treatment claim supported. Benefit-risk acceptable. Dossier sent to the expert panel.
"""

DOSSIER = {
    "id": "d03",
    "device": "SPHENOVA Implantable SPG Neurostimulation System (sphenopalatine ganglion stimulator for chronic cluster headache)",
    "device_class": "III",
    "docs": [
        ("CEP-SPH-02.pdf", "CEP", "en", CEP),
        ("CER-SPH-02_rev2.docx", "CER", "en", CER),
        ("PMCF-SPH-02.pdf", "PMCF-plan", "en", PMCF),
        ("SPHENOVA_IFU_EN.pdf", "IFU", "en", IFU_EN),
        ("SPHENOVA_IFU_DE.docx", "IFU", "de", IFU_DE),
        ("SSCP-SPH-02.pdf", "SSCP", "en", SSCP),
        ("CEAR_RMC-24-1192.md", "CEAR", "en", CEAR),
    ],
    "labels": [
        {"defect": "cear_names_other_model", "category": "device-identity",
         "documents": ["CEAR_RMC-24-1192.md", "CER-SPH-02_rev2.docx"],
         "quotes": ["SPHENOVA II implantable SPG stimulator, model SPV-200, with remote controller RC-10.",
                    "The present document summarizes the clinical evaluation of SPHENOVA (neurostimulator model SPV-100"],
         "description": "The CEAR assesses 'SPHENOVA II', model SPV-200, while CEP, CER, IFU and SSCP describe SPHENOVA model SPV-100.",
         "accept": []},
        {"defect": "ifu_population_no_upper_age", "category": "population",
         "documents": ["SPHENOVA_IFU_EN.pdf", "CER-SPH-02_rev2.docx", "SPHENOVA_IFU_DE.docx"],
         "quotes": ["in patients aged 18 years and older who are refractory or intolerant to at least two preventive medications",
                    "Adults from 18 years of age with chronic cluster headache.",
                    "stimulation of the SPG in patients from 18 to 65 years old",
                    "Erwachsene ab 18 Jahren mit chronischem Clusterkopfschmerz."],
         "description": "IFUs (EN, DE) open the population to all adults from 18 years with no upper limit; CEP, CER, SSCP, PMCF and CEAR restrict it to 18-65 years.",
         "accept": ["intended-use"]},
        {"defect": "lifetime_claim_on_6_month_data", "category": "claim",
         "documents": ["CER-SPH-02_rev2.docx"],
         "quotes": ["the therapy with SPHENOVA remains effective for the entire life of the implant, more than 10 years, without loss of benefit"],
         "description": "Claim of sustained effect over more than 10 years rests on 6-month investigation data (and a 24-month cohort of another device).",
         "accept": ["evidence"]},
        {"defect": "cep_criteria_not_reported", "category": "evidence",
         "documents": ["CEP-SPH-02.pdf", "CER-SPH-02_rev2.docx"],
         "quotes": ["At least 40 % of patients are responders at 12 months",
                    "Reduction ≥ 30 % from baseline",
                    "Attack frequency reduction ≥ 50 % in 31 % of patients"],
         "description": "CEP acceptance criteria for 12-month responder rate and reduction of acute medication are never reported against in the CER; the only preventive figure (31 % at 6 months) is below the 40 % criterion, yet the CER concludes benefit-risk acceptable.",
         "accept": []},
    ],
}
