from common import doc, label

ID = "q01_mrgfus_thalamotomy"
CEP = "CEP_SonoLesa_Focus_rev02.docx"
CER = "CER_SonoLesa_Focus_rev03.pdf"
PMCF = "PMCF_plan_SonoLesa_Focus.md"
IFU_EN = "IFU_SonoLesa_Focus_EN.pdf"
IFU_DE = "Gebrauchsanweisung_SonoLesa_Focus_DE.pdf"
CEAR = "CEAR_BEEM_2874_SonoLesa.docx"

cep = r"""
# Clinical Evaluation Plan – SonoLesa Focus MR-guided focused ultrasound system
Document no. HN-CEP-017, revision 02, date 14.01.2025. Manufacturer: Halsted Neurotech A/S, Diplomvej 381, 2800 Kongens Lyngby, Denmark. SRN DK-MF-000031447.
## 1. Scope of the plan
This plan describes how clinical evaluation of SonoLesa Focus (model SLF-3, Basic UDI-DI 5790001230011SLF3QK) is performed acc. to Regulation (EU) 2017/745, Annex XIV Part A and MEDDEV 2.7/1 rev. 4. Plan covers the treatment console, the 1024-element helmet transducer, the patient cooling unit and the planning software SLF-Plan v4.2.
## 2. Purpose of the product
The medical product is intended for unilateral thalamotomy of the ventral intermediate nucleus (Vim) by transcranial MR-guided focused ultrasound, in patients with medication-refractory essential tremor.
## 3. Patient group
Adult patients 22 y.o. and older with essential tremor diagnosed acc. to the consensus criteria of the International Parkinson and Movement Disorder Society, with postural or intention tremor of the dominant hand that is disabling (CRST Part C score of 2 or more in at least one item) and refractory to at least two adequate trials of medication (propranolol and primidone, or other).
## 4. Contraindications to use
- contraindications for MRI (pacemaker, ferromagnetic implants etc.)
- skull density ratio below 0.40
- prior thalamotomy or deep brain stimulation on either side
- history of intracranial haemorrhage, stroke or brain tumour
- unstable cardiac disease, uncontrolled hypertension, coagulopathy or anticoagulant therapy that cannot be paused
- pregnancy
- significant cognitive impairment or untreated depression
## 5. General safety and performance requirements needing clinical data
GSPR 1, 8 (benefit-risk and side effects), GSPR 14.1 and 17 (software), GSPR 16 (energy delivery to patient) and GSPR 23 (information supplied).
## 6. Declared clinical benefits and outcome parameters
| Benefit | Outcome parameter | Time point |
| Reduction of hand tremor of treated side | CRST Part A+B hand score, change from baseline | 3 mo. and 12 mo. |
| Improvement of daily activities | CRST Part C disability score | 3 mo. and 12 mo. |
| Improvement of quality of life | QUEST total score | 12 mo. |
## 7. Acceptance criteria for benefit-risk
a) mean improvement of CRST hand score of 40 % or more at 3 mo.;
b) rate of serious device- or procedure-related adverse events below 5 %;
c) rate of persistent (more than 12 mo.) gait disturbance or paraesthesia below 15 %, resp. 20 %.
Criteria are derived from the state of the art (see Chapter 5 of CER, systematic reviews of focused ultrasound and DBS of Vim).
## 8. Sources of clinical data
a) pivotal investigation SLF-ET-01 (84 pcs. patients, 12 mo.);
b) systematic literature review on MR-guided focused ultrasound thalamotomy and on alternative treatments (DBS, radiosurgery);
c) post-market surveillance data (no data yet, first CE marking).
No equivalence to other product is claimed.
## 9. Clinical development plan
Feasibility study SLF-FS-00 (15 pcs. patients, 2021) was followed by pivotal study SLF-ET-01 (2022–2024). After CE marking, the PMCF registry SLF-REG described in PMCF plan HN-PMCF-009 follows patients for 5 years.
"""

cer = r"""
# Clinical Evaluation Report – SonoLesa Focus
Document no. HN-CER-017, revision 03, date 02.05.2025. Evaluation acc. to CEP HN-CEP-017 rev. 02.
## 1. Summary
SonoLesa Focus is MR-guided focused ultrasound system for unilateral Vim thalamotomy in medication-refractory essential tremor. Data of pivotal study SLF-ET-01 with 84 pcs. patients show mean improvement of CRST hand score of 55,8 % at 3 mo. and 51,2 % at 12 mo. Benefit-risk is assessed as acceptable.
## 2. Device description
The product consists of:
a) treatment console with 1024-element hemispherical phased-array transducer (operating frequency 670 kHz) mounted on the MR table;
b) patient cooling unit circulating degassed water at 15–20 °C between the scalp and the transducer membrane;
c) planning and treatment software SLF-Plan v4.2 with MR thermometry;
d) single-use stereotactic frame kit and membranes.
The product is compatible with 1,5 T and 3 T MR scanners listed in the IFU.
## 3. Classification and regulatory route
The product is classified as Class III acc. to Annex VIII Rule 8, because it is in contact with central nervous system by focused energy. Therefore the clinical evaluation consultation procedure acc. to Art. 54(1)(a) is applicable to this product.
## 4. Intended purpose and population
Product is intended for unilateral thalamotomy of the Vim nucleus by transcranial MR-guided focused ultrasound in adult patients 22 y.o. and older with disabling, medication-refractory essential tremor. Contraindications acc. to IFU, Chapter 5.
## 5. State of the art
Essential tremor is the most frequent movement disorder (prevalence approx. 0,9 % overall and 4,6 % above 65 y.o.). First line treatment is medication (propranolol, primidone), which is insufficient in approx. 30–50 % of persons. Surgical options are deep brain stimulation (DBS) of Vim, radiofrequency thalamotomy and gamma-knife radiosurgery. Focused ultrasound thalamotomy is included in recent guidelines as option for unilateral treatment. In the sham-controlled trial of Elias et al. (2016) with another MRgFUS system, hand tremor improved by 47 % at 3 mo. versus 0,1 % with sham.
## 6. Clinical data
### 6.1 Pivotal investigation SLF-ET-01
Prospective, single-arm, multicentre (5 sites in DK, DE, PL), 84 pcs. patients, mean age 71,4 years (range 52–86), follow-up 12 mo. Maximum follow-up in pivotal study was 12 mo. CRST Part C disability score improved by 62 % at 3 mo. and 58 % at 12 mo.; QUEST total score improved by 46 % at 12 mo.
| Study | Design | N | Follow-up | Main result |
| SLF-FS-00 (feasibility) | single arm, 2 sites | 15 | 6 mo. | CRST hand score −52 % at 6 mo. |
| SLF-ET-01 (pivotal) | single arm, 5 sites | 84 | 12 mo. | CRST hand score −55,8 % (3 mo.), −51,2 % (12 mo.) |
| Elias 2016 [1] | RCT, sham controlled, other system | 76 | 12 mo. | −47 % at 3 mo., −40 % at 12 mo. |
| Halpern 2019 [2] | extension, other system | 52 | 36 mo. | −50 % at 36 mo. |
### 6.2 Safety
No serious device-related adverse event occurred in SLF-ET-01. Procedure-related adverse events: headache during sonication 42 %, dizziness or nausea 28 %, pin-site pain 15 %, gait disturbance 19 % (persistent at 12 mo. 4,8 %), paraesthesia of fingers or lips 23 % (persistent at 12 mo. 8,3 %), dysarthria 3,6 %, scalp burn none.
### 6.3 Acceptance criteria
All acceptance criteria of CEP point 7 were met: CRST improvement 55,8 % (criterion 40 % or more), serious adverse events 0 % (criterion below 5 %), persistent gait disturbance 4,8 % and persistent paraesthesia 8,3 % (criteria below 15 % resp. 20 %).
## 7. Benefit-risk and residual risks
The benefits exceed the risks for the intended population. Residual risks: permanent paraesthesia, gait imbalance, dysarthria, insufficient tremor control needing repeated treatment, skin burn of scalp, discomfort during procedure. Long-term durability above 12 mo. of own data is an open question, addressed in PMCF.
## 8. PMCF
PMCF registry SLF-REG acc. to PMCF plan HN-PMCF-009 rev. 01, 150 pcs. patients, 5 years follow-up.
## 9. References
[1] Elias WJ, Lipsman N, Ondo WG, et al. A randomized trial of focused ultrasound thalamotomy for essential tremor. N Engl J Med 2016;375:730–739.
[2] Halpern CH, Santini V, Lipsman N, et al. Three-year follow-up of prospective trial of focused ultrasound thalamotomy for essential tremor. Neurology 2019;93:e2284–e2293.
[3] Halsted Neurotech. Clinical investigation report SLF-ET-01, version 1.0, 2024-11-20.
[4] Haubenberger D, Hallett M. Essential tremor. N Engl J Med 2018;378:1802–1810.
Author: mgr inż. K. Wrona, regulatory consultant, Kraków; clinical reviewer: dr n. med. P. Sowa, neurologist.
"""

pmcf = r"""
# PMCF plan – SonoLesa Focus (HN-PMCF-009, rev. 01, 2025-04-22)
Manufacturer: Halsted Neurotech A/S, Kongens Lyngby, Denmark. Product: SonoLesa Focus, model SLF-3, Basic UDI-DI 5790001230011SLF3QK.
## A. Reference documents
CER HN-CER-017 rev. 03; risk management file HN-RMF-017 rev. 04; CEP HN-CEP-017 rev. 02.
## B. Objectives
1) confirm durability of tremor reduction up to 5 years after unilateral Vim thalamotomy (open question of CER point 7);
2) estimate rate of persistent paraesthesia and gait disturbance at 24 and 60 mo. (residual risks of CER point 7);
3) detect unknown side effects and off-label bilateral use.
## C. Method
Prospective multicentre registry SLF-REG in min. 8 treatment centres in EU. All consecutive patients treated with the product are invited. Assessments: CRST Part A, B, C and QUEST at baseline, 3, 12, 24, 36 and 60 mo.; adverse events at every visit.
## D. Sample size
150 pcs. patients. With 150 patients, an adverse event with true rate 2 % is observed at least once with probability 95 %, and 24-mo. rate of persistent paraesthesia of 8 % can be estimated with 95 % CI half-width of ±4,6 %. Expected loss to follow-up 20 % at 5 years is included.
## E. Population
Patients treated in routine clinical practice acc. to IFU: adults 22 y.o. and older with medication-refractory essential tremor, treated in hospital neurosurgical centres.
## F. Timeline
First patient Q3 2025; end of enrolment Q4 2026; interim reports yearly with PSUR; final report Q1 2032.
## G. Limitations
Single arm registry without control group; comparison with literature benchmarks of CER Chapter 5.
"""

ifu_en = r"""
# SonoLesa Focus – Instructions for use (English)
IFU-SLF-EN, version 3.1, 2025-03. Halsted Neurotech A/S, Diplomvej 381, 2800 Kongens Lyngby, Denmark. CE 2874.
## 1. Purpose of the product
The SonoLesa Focus system is used for unilateral thalamotomy of the ventral intermediate nucleus (Vim) of the thalamus by MR-guided focused ultrasound.
## 2. Indications to use
Treatment of disabling essential tremor of the hand, refractory to medication, on the side of the dominant hand or on the most affected side.
## 3. Patient group
Adults from 18 y.o. with medication-refractory essential tremor.
## 4. Declared clinical benefits
The thalamotomy eliminates tremor in the treated hand permanently, with one session only.
Improvement of daily activities like writing, eating and drinking.
## 5. Contraindications to use
- MRI contraindication
- skull density ratio below 0.40
- prior thalamotomy or deep brain stimulation
- intracranial haemorrhage, stroke or brain tumour in history
- unstable heart disease, uncontrolled hypertension, bleeding disorder or anticoagulation which cannot be paused
- pregnancy
- significant cognitive impairment, untreated depression
## 6. Warnings
- Only unilateral treatment is allowed; bilateral (staged) thalamotomy is not indicated.
- Stop sonication immediately when patient reports new numbness, weakness or speech problem.
- Control temperature of cooling water continuously; the scalp must be completely shaved.
## 7. Users and place of use
Treatment is performed by neurosurgeon or neurologist trained by the manufacturer, together with MR radiographer, in hospital with compatible MR scanner (1.5 T or 3 T; list of validated scanner models is delivered with the system).
## 8. Side effects and residual risk
Headache and dizziness during sonication, nausea, pin-site pain, numbness or tingling of fingers or lips, gait imbalance, speech difficulty, skin burn of scalp. Some effects can be permanent.
## 9. Technical data
| Parameter | Value |
| Transducer | 1024 elements, hemispherical |
| Operating frequency | 670 kHz |
| Sonication duration | 10–35 s |
| Target temperature for lesion | 54–60 °C |
| Cooling water temperature | 15–20 °C |
| MR field strength | 1.5 T or 3 T |
"""

ifu_de = r"""
# SonoLesa Focus – Gebrauchsanweisung (Deutsch)
IFU-SLF-DE, Version 3.1, 2025-03. Halsted Neurotech A/S, Diplomvej 381, 2800 Kongens Lyngby, Dänemark. CE 2874.
## 1. Zweckbestimmung
Das System SonoLesa Focus dient der einseitigen Thalamotomie des Nucleus ventralis intermedius (Vim) des Thalamus mittels MR-gesteuertem fokussiertem Ultraschall.
## 2. Indikationen
Behandlung eines behindernden, medikamentös therapierefraktären essentiellen Tremors der Hand, auf der Seite der dominanten Hand oder der am stärksten betroffenen Seite.
## 3. Patientengruppe
Erwachsene ab 18 Jahren mit medikamentös therapierefraktärem essentiellem Tremor.
## 4. Klinischer Nutzen
Die Thalamotomie beseitigt den Tremor der behandelten Hand dauerhaft in nur einer Sitzung.
Verbesserung der Aktivitäten des täglichen Lebens wie Schreiben, Essen und Trinken.
## 5. Kontraindikationen
- MRT-Kontraindikation
- Schädeldichteverhältnis (SDR) unter 0,40
- frühere Thalamotomie oder tiefe Hirnstimulation
- intrakranielle Blutung, Schlaganfall oder Hirntumor in der Vorgeschichte
- instabile Herzerkrankung, unkontrollierter Bluthochdruck, Blutgerinnungsstörung oder nicht pausierbare Antikoagulation
- Schwangerschaft
- erhebliche kognitive Beeinträchtigung, unbehandelte Depression
## 6. Warnhinweise
- Eine Behandlung der Gegenseite ist in einer zweiten Sitzung frühestens 9 Monate nach der ersten Behandlung möglich.
- Beschallung sofort abbrechen, wenn der Patient neue Taubheit, Schwäche oder Sprachstörung meldet.
- Temperatur des Kühlwassers ständig überwachen; die Kopfhaut muss vollständig rasiert sein.
## 7. Anwender und Einsatzort
Die Behandlung erfolgt durch einen vom Hersteller geschulten Neurochirurgen oder Neurologen zusammen mit einer MTRA im Krankenhaus mit einem kompatiblen MR-Tomographen (1,5 T oder 3 T; die Liste der validierten Modelle wird mit dem System geliefert).
## 8. Nebenwirkungen und Restrisiken
Kopfschmerzen und Schwindel während der Beschallung, Übelkeit, Schmerzen an den Pin-Stellen, Taubheit oder Kribbeln an Fingern oder Lippen, Gangunsicherheit, Sprechstörung, Verbrennung der Kopfhaut. Einige Wirkungen können dauerhaft sein.
## 9. Technische Daten
| Parameter | Wert |
| Wandler | 1024 Elemente, halbkugelförmig |
| Betriebsfrequenz | 670 kHz |
| Beschallungsdauer | 10–35 s |
| Zieltemperatur der Läsion | 54–60 °C |
| Kühlwassertemperatur | 15–20 °C |
| MR-Feldstärke | 1,5 T oder 3 T |
"""

cear = r"""
# Clinical Evaluation Assessment Report
Notified Body: BEEM – Bureau Européen d'Évaluation Médicale, 41 rue de Lyon, 75012 Paris, France, NB 2874. Report CEAR-2874-25-0193, version 1, 23.06.2025.
## A. Administrative particulars
| Item | Content |
| Device | SonoLesa Focus, model SLF-3 |
| Manufacturer | Halsted Neurotech A/S, Denmark (SRN DK-MF-000031447) |
| Basic UDI-DI | 5790001230011SLF3QK |
| Type of assessment | Initial certification (Annex IX, Chapters I and III) |
| Documents assessed | CEP HN-CEP-017 rev. 02; CER HN-CER-017 rev. 03; PMCF plan HN-PMCF-009 rev. 01; IFU-SLF-EN v3.1 and IFU-SLF-DE v3.1 |
## B. Risk class and consultation procedure
The device is an active therapeutic device delivering ultrasound energy; it does not penetrate the body. The Notified Body retains Class IIb according to Annex VIII, Rule 9, the delivery of energy being potentially hazardous. The device is neither implantable nor intended to administer a medicinal product; it does not fall under Article 54(1) and the CECP is not required.
## C. Intended purpose as summarised by the Notified Body
Unilateral thalamotomy of the Vim by transcranial MR-guided focused ultrasound, in adult patients aged 22 years and older with disabling, medication-refractory essential tremor. The treatment is performed in a hospital equipped with a compatible MR scanner, by trained neurosurgeons or neurologists.
## D. Assessment of clinical data
The clinical evidence rests on the feasibility study SLF-FS-00 and on the pivotal investigation SLF-ET-01 (84 subjects, 12 months). No equivalence is claimed. The Notified Body considers that the literature on other MRgFUS systems is used appropriately as state of the art only.
Observation n°1: the CER should discuss the representativeness of the investigation sites for the skull density ratio distribution. Response received 10.06.2025 – Closed.
Observation n°2: the safety data should be presented per 100 patient-years. Response received 10.06.2025 – Closed.
## E. PMCF
The registry SLF-REG (150 patients, 5 years) addresses the durability of the effect and the persistent adverse events. The Notified Body considers the sample size rationale acceptable.
## F. Conclusion
In the frame of this assessment, the Notified Body considers that the clinical evidence is sufficient to demonstrate conformity with the relevant GSPR for the intended purpose stated in section C, and that the benefit-risk ratio is acceptable. Certificate validity proposed: 5 years, with annual review of PMCF results.
Reviewers: Dr. A. Marchand (neurosurgeon, internal clinical expert), Mme C. Dufour (product reviewer).
"""

DOSSIER = {
    "id": ID,
    "device": "SonoLesa Focus MR-guided focused ultrasound system for Vim thalamotomy",
    "device_class": "IIb",
    "docs": {
        CEP: doc("CEP", "en", "HN-CEP-017 rev. 02 – Halsted Neurotech A/S", cep),
        CER: doc("CER", "en", "HN-CER-017 rev. 03 – Clinical Evaluation Report SonoLesa Focus", cer),
        PMCF: doc("PMCF-plan", "en", "HN-PMCF-009 rev. 01", pmcf),
        IFU_EN: doc("IFU", "en", "IFU-SLF-EN v3.1", ifu_en),
        IFU_DE: doc("IFU", "de", "IFU-SLF-DE v3.1", ifu_de),
        CEAR: doc("CEAR", "en", "BEEM NB 2874 – CEAR-2874-25-0193 – confidential", cear),
    },
    "labels": [
        label("class_and_cecp_contradiction", "scope", [CER, CEAR],
              ["The product is classified as Class III acc. to Annex VIII Rule 8, because it is in contact with central nervous system by focused energy.",
               "the clinical evaluation consultation procedure acc. to Art. 54(1)(a) is applicable to this product",
               "The Notified Body retains Class IIb according to Annex VIII, Rule 9"],
              "The CER classifies a non-invasive, non-implantable energy-delivering device as class III under Rule 8 and declares the CECP applicable under Art. 54(1)(a); the CEAR retains class IIb (Rule 9) with no CECP. Rule 8 concerns implantable devices, so the CER's scope reasoning is wrong and contradicts the NB."),
        label("ifu_age_lower_than_cer", "population", [IFU_EN, IFU_DE, CER, CEAR],
              ["Adults from 18 y.o. with medication-refractory essential tremor.",
               "Erwachsene ab 18 Jahren mit medikamentös therapierefraktärem essentiellem Tremor.",
               "in adult patients 22 y.o. and older with disabling, medication-refractory essential tremor",
               "in adult patients aged 22 years and older with disabling, medication-refractory essential tremor"],
              "IFU (both languages) admits patients from 18 years, while CEP, CER, PMCF plan and CEAR define the population as 22 years and older (as in the pivotal study)."),
        label("permanent_elimination_claim", "claim", [IFU_EN, IFU_DE, CER],
              ["The thalamotomy eliminates tremor in the treated hand permanently, with one session only.",
               "Die Thalamotomie beseitigt den Tremor der behandelten Hand dauerhaft in nur einer Sitzung.",
               "Maximum follow-up in pivotal study was 12 mo."],
              "Absolute, permanent-elimination claim in the IFU; the device's own data show ~51 % mean reduction at 12 months (maximum follow-up) and the CER itself lists durability as an open question.",
              accept=["evidence"]),
        label("de_ifu_allows_bilateral_treatment", "language", [IFU_EN, IFU_DE],
              ["Only unilateral treatment is allowed; bilateral (staged) thalamotomy is not indicated.",
               "Eine Behandlung der Gegenseite ist in einer zweiten Sitzung frühestens 9 Monate nach der ersten Behandlung möglich."],
              "The German IFU replaces the English warning restricting use to unilateral treatment with an instruction permitting staged treatment of the opposite side, widening the intended use in that language.",
              accept=["intended-use", "safety-instruction"]),
    ],
}
