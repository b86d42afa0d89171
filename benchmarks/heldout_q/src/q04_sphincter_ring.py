from common import doc

ID = "q04_magnetic_sphincter_ring"
CEP = "Ferrolux_CEP_AS-CEP-08_v3.docx"
CER = "Ferrolux_CER_AS-CER-08_v3.pdf"
PMCF = "Ferrolux_PMCF-plan_AS-PMCF-08.pdf"
IFU_EN = "Ferrolux_IFU_EN.pdf"
IFU_DA = "Ferrolux_Brugsanvisning_DA.docx"
SSCP = "Ferrolux_SSCP.docx"
CEAR = "CEAR_BEEM_Ferrolux.docx"

SE = [
    "difficulty in swallowing (dysphagia), mostly in the first 3 months",
    "pain on swallowing, chest or epigastric pain",
    "bloating and inability to belch or vomit",
    "nausea",
    "need for endoscopic dilation",
    "erosion of the ring into the oesophagus",
    "migration of the ring",
    "removal of the ring",
    "persistence or recurrence of reflux symptoms",
]

cep = r"""
# Clinical Evaluation Plan – Ferrolux MSA Ring
AS-CEP-08, version 3, date 09.12.2024. Aagaard Surgical ApS, Skovvangen 7, 6000 Kolding, Denmark.
## 1. Product
Ferrolux MSA Ring is implantable ring of titanium beads with magnetic core (neodymium-iron-boron), linked with independent titanium wires, placed laparoscopically around oesophagus at level of the lower oesophageal sphincter. Sizes: 13, 14, 15, 16 and 17 beads (models FX-13 to FX-17), chosen with sizing tool FX-ST. Basic UDI-DI 5790011122233FXMSA7.
Classification: class IIb, Annex VIII Rule 8 (implantable product, none of the special indents applies). Consultation procedure acc. to Art. 54(1)(a) is therefore not required; SSCP is prepared acc. to Art. 32 because product is implantable.
## 2. Purpose of the product
Augmentation of the lower oesophageal sphincter barrier in treatment of gastro-oesophageal reflux disease (GERD).
## 3. Indications to use
Adult patients, 18 y.o. and older, with GERD confirmed by abnormal oesophageal acid exposure in 24 h or 96 h pH monitoring, who have persistent typical symptoms (heartburn, regurgitation) despite max. dose of proton pump inhibitors (PPI) or who do not want long-term PPI therapy.
## 4. Contraindications to use
a) hiatal hernia larger than 3 cm which is not repaired in the same procedure;
b) oesophagitis LA grade C or D, Barrett's oesophagus with dysplasia;
c) oesophageal motility disorder (achalasia, ineffective motility below 70 % effective swallows);
d) previous oesophageal or gastric surgery, including fundoplication;
e) known allergy to titanium, stainless steel, nickel or ferrous materials;
f) body mass index above 35 kg/m²;
g) expected need for MRI above 1,5 T.
## 5. Clinical benefits and outcome parameters
| Benefit | Outcome parameter | Time point |
| Control of reflux | Normalisation or ≥ 50 % reduction of total oesophageal acid exposure (pH < 4) | 12 mo. |
| Symptom relief | GERD-HRQL total score improvement ≥ 50 % | 12, 24, 36 mo. |
| Freedom from PPI | Proportion with no daily PPI use | 12, 24, 36 mo. |
## 6. Safety and acceptance criteria
- serious adverse events related to product or procedure: max. 10 % at 12 mo.;
- erosion: max. 0,5 %;
- removal of product: max. 7 % at 36 mo.;
- GERD-HRQL improvement ≥ 50 % in min. 75 % of patients at 12 mo. (benchmark: 92 % in Ganz 2013; laparoscopic fundoplication 80–90 %).
## 7. Data and development plan
Own prospective multicentre investigation FX-GERD-01 (120 pcs. patients, 36 mo.), systematic literature review of magnetic sphincter augmentation and fundoplication. No equivalence claimed. PMCF: registry acc. to AS-PMCF-08.
"""

cer = r"""
# Clinical Evaluation Report – Ferrolux MSA Ring
AS-CER-08, version 3, 2025-03-31. Plan: AS-CEP-08 version 3.
## 1. Summary
Ferrolux MSA Ring is implanted laparoscopically around the lower oesophagus to augment the sphincter in GERD. Own investigation FX-GERD-01 (120 patients, 36 months) shows GERD-HRQL improvement ≥ 50 % in 86,7 % of patients at 12 months and 83,3 % at 36 months; freedom from daily PPI in 81,0 % at 36 months. Removal rate 4,2 %, no erosion. All CEP acceptance criteria met.
## 2. Product description and classification
Ring of 13–17 titanium beads with magnetic core, linked by titanium wires, in 5 sizes (FX-13, FX-14, FX-15, FX-16, FX-17). The magnetic attraction keeps the sphincter closed at rest; swallowing pressure separates the beads and the food passes. MR conditional up to 1,5 T. Class IIb, Annex VIII Rule 8. The product is implantable but not class III; consultation procedure of Art. 54(1) is not applicable.
## 3. Intended purpose, indications and contraindications
Augmentation of the lower oesophageal sphincter in treatment of GERD. Patient group: adults, 18 y.o. and older, with GERD proven by pH monitoring and typical symptoms persisting despite max. dose PPI, or not wishing long-term PPI. Contraindications to use: hiatal hernia above 3 cm not repaired in the same operation; oesophagitis LA C or D, Barrett's oesophagus with dysplasia; motility disorder; prior oesophageal or gastric surgery; allergy to titanium, stainless steel, nickel or ferrous materials; BMI above 35 kg/m²; expected need for MRI above 1,5 T.
## 4. State of the art
GERD affects 10–20 % of adults in Western Europe. PPI therapy is first line; approx. 30 % of patients have persistent symptoms. Laparoscopic Nissen or Toupet fundoplication is the surgical standard, with good reflux control but gas-bloat and dysphagia in 10–20 %. Magnetic sphincter augmentation (MSA) of another manufacturer showed normalisation or ≥ 50 % reduction of acid exposure in 64 % and GERD-HRQL improvement ≥ 50 % in 92 % at 3 years (Ganz 2013) and durable results at 5 years (Ganz 2016). These studies are used as benchmark only, not as clinical data of Ferrolux.
## 5. Clinical data of the product
| Study | Design | N | Follow-up | Main results |
| FX-FIH | first in human, single centre | 14 | 12 mo. | all implanted; GERD-HRQL −78 % |
| FX-GERD-01 | prospective, single arm, 7 EU centres | 120 | 36 mo. (93 % complete) | acid exposure normalised or ≥ 50 % reduced in 71,7 % at 12 mo.; GERD-HRQL ≥ 50 % improvement 86,7 % (12 mo.), 83,3 % (36 mo.); no daily PPI 81,0 % (36 mo.) |
Safety FX-GERD-01 (36 months): dysphagia 58 % (ongoing at 12 mo. 6,7 %), endoscopic dilation 8,3 %, pain on swallowing 12 %, bloating and inability to belch or vomit 9 %, nausea 6 %, removal 4,2 % (5 patients; 3 for dysphagia, 2 for recurrent reflux), erosion 0, migration 0. Serious adverse events related 5,8 % at 12 months.
## 6. Acceptance criteria (CEP point 6)
| Criterion | Target | Result |
| Related SAE at 12 mo. | max. 10 % | 5,8 % |
| Erosion | max. 0,5 % | 0 % (0/120) |
| Removal at 36 mo. | max. 7 % | 4,2 % |
| GERD-HRQL ≥ 50 % improvement at 12 mo. | min. 75 % | 86,7 % |
With 120 patients, zero erosions means upper 95 % confidence limit of 2,5 %; erosion is therefore followed in PMCF.
## 7. Residual risks and side effects
""" + "\n".join("- " + s for s in SE) + r"""
## 8. Benefit-risk
For the indicated population, benefit (symptom control, independence from PPI, preserved ability to belch in most patients) outweighs risks. Results beyond 36 months are not available for Ferrolux and no claim above 36 months is made.
## 9. PMCF
Registry FX-REG acc. to AS-PMCF-08 version 2 (500 patients, 5 years).
## 10. References
[1] Ganz RA, Peters JH, Horgan S, et al. Esophageal sphincter device for gastroesophageal reflux disease. N Engl J Med 2013;368:719–727.
[2] Ganz RA, Edmundowicz SA, Taiganides PA, et al. Long-term outcomes of patients receiving a magnetic sphincter augmentation device for gastroesophageal reflux. Clin Gastroenterol Hepatol 2016;14:671–677.
[3] Katz PO, Dunbar KB, Schnoll-Sussman FH, et al. ACG clinical guideline for the diagnosis and management of gastroesophageal reflux disease. Am J Gastroenterol 2022;117:27–56.
[4] Aagaard Surgical. Clinical investigation report FX-GERD-01, 36-month final, 2024-09-12.
"""

pmcf = r"""
# PMCF plan – Ferrolux MSA Ring
AS-PMCF-08, version 2, 2025-02-14. Linked documents: CER AS-CER-08 version 3; RMF AS-RMF-08 version 5.
## Device
Ferrolux MSA Ring, models FX-13 to FX-17, class IIb (Rule 8), implantable. Basic UDI-DI 5790011122233FXMSA7.
## Objectives, linked to CER
1) estimate rate of erosion and migration with better precision (0 of 120 in FX-GERD-01, upper 95 % limit 2,5 %);
2) confirm durability of symptom control and PPI independence up to 5 years (no own data above 36 months);
3) estimate removal rate and reasons;
4) monitor MRI-related events and off-label use (e.g. after fundoplication).
## Methods
Prospective registry FX-REG in min. 12 centres in EU. Consecutive patients implanted acc. to IFU. Data: GERD-HRQL, PPI use, dysphagia score, adverse events, reoperations at 6 weeks, 12, 24, 36 and 60 months. Yearly literature screening and complaint trending.
## Sample size
500 patients: if the true erosion rate is 0,3 %, probability to observe at least one case is 78 %; with 0 cases, upper 95 % limit would be 0,6 %. For removal rate 5 %, 95 % CI ±1,9 %.
## Population and setting
Adults 18 y.o. and older with pH-proven GERD, implanted in hospital surgical departments by surgeons trained in laparoscopic anti-reflux surgery.
## Timeline
Start 06.2025, enrolment complete 12.2027, yearly reports, final 5-year report 2033.
"""

ifu_en = r"""
# Ferrolux MSA Ring – Instructions for Use
English translation of the Danish original. Aagaard Surgical ApS, Skovvangen 7, 6000 Kolding, Denmark. CE 2874. Sterile (EO). Models FX-13, FX-14, FX-15, FX-16, FX-17.
## Description
Ring of titanium beads with magnetic core, connected with titanium wires. Number of beads 13 to 17 depending on size. Size is selected with the sizing tool FX-ST during operation.
## Purpose of the product
To augment the lower oesophageal sphincter in treatment of gastro-oesophageal reflux disease (GERD).
## Indications to use
Adults (18 y.o. and older) with GERD confirmed by pH monitoring with typical symptoms despite max. dose PPI, or who do not wish long-term PPI therapy.
## Contraindications to use
- hiatal hernia larger than 3 cm not repaired at the same operation
- oesophagitis LA grade C or D; Barrett's oesophagus with dysplasia
- oesophageal motility disorder
- previous oesophageal or gastric surgery, including fundoplication
- allergy to titanium, stainless steel, nickel or ferrous materials
- body mass index above 35 kg/m²
- expected need for MRI examination above 1.5 T
## Users and place of use
Surgeons experienced in laparoscopic anti-reflux surgery, trained by the manufacturer. Implantation in hospital operating room.
## Warnings
- MR conditional up to 1.5 T only. Patient must carry implant card.
- Patient should eat small portions frequently in the first weeks to reduce dysphagia.
- In case of persistent dysphagia, vomiting problems or pain, endoscopy is necessary.
## Side effects and residual risk
""" + "\n".join("- " + s for s in SE) + r"""
## Technical data
| Model | Beads | Inner diameter open (mm) |
| FX-13 | 13 | 13.3 |
| FX-14 | 14 | 14.3 |
| FX-15 | 15 | 15.4 |
| FX-16 | 16 | 16.4 |
| FX-17 | 17 | 17.5 |
Material: titanium (beads and wires), magnetic core NdFeB sealed in titanium. The SSCP is available in EUDAMED under the Basic UDI-DI 5790011122233FXMSA7.
"""

ifu_da = r"""
# Ferrolux MSA Ring – Brugsanvisning
Original version. Aagaard Surgical ApS, Skovvangen 7, 6000 Kolding, Danmark. CE 2874. Steril (EO). Modeller FX-13, FX-14, FX-15, FX-16, FX-17.
## Beskrivelse
Ring af titaniumperler med magnetisk kerne, forbundet med titaniumtråde. Antal perler 13 til 17 afhængigt af størrelse. Størrelsen vælges med måleværktøjet FX-ST under operationen.
## Formål
At forstærke den nedre øsofageale sfinkter ved behandling af gastroøsofageal reflukssygdom (GERD).
## Indikationer
Voksne (18 år og ældre) med GERD bekræftet ved pH-måling og med typiske symptomer trods maksimal dosis protonpumpehæmmer (PPI), eller som ikke ønsker langvarig PPI-behandling.
## Kontraindikationer
- hiatushernie større end 3 cm, som ikke repareres ved samme operation
- øsofagitis LA grad C eller D; Barretts øsofagus med dysplasi
- motilitetsforstyrrelse i spiserøret
- tidligere operation på spiserør eller mavesæk, herunder fundoplikation
- allergi over for titanium, rustfrit stål, nikkel eller jernholdige materialer
- body mass index over 35 kg/m²
- forventet behov for MR-scanning over 1,5 T
## Brugere og anvendelsessted
Kirurger med erfaring i laparoskopisk antirefluks-kirurgi, uddannet af fabrikanten. Implantation på hospitalets operationsstue.
## Advarsler
- MR-betinget op til 1,5 T. Patienten skal bære implantatkort.
- Patienten bør spise små portioner hyppigt i de første uger for at mindske synkebesvær.
- Ved vedvarende synkebesvær, problemer med at kaste op eller smerter er endoskopi nødvendig.
## Bivirkninger og restrisici
- synkebesvær (dysfagi), mest i de første 3 måneder
- smerter ved synkning, smerter i brystet eller øverst i maven
- oppustethed og manglende evne til at bøvse eller kaste op
- kvalme
- behov for endoskopisk dilatation
- erosion af ringen ind i spiserøret
- migration af ringen
- fjernelse af ringen
- vedvarende eller tilbagevendende reflukssymptomer
## Tekniske data
| Model | Perler | Indre diameter åben (mm) |
| FX-13 | 13 | 13,3 |
| FX-14 | 14 | 14,3 |
| FX-15 | 15 | 15,4 |
| FX-16 | 16 | 16,4 |
| FX-17 | 17 | 17,5 |
Materiale: titanium (perler og tråde), magnetisk kerne NdFeB forseglet i titanium. SSCP findes i EUDAMED under Basic UDI-DI 5790011122233FXMSA7.
"""

sscp = r"""
# Summary of safety and clinical performance (SSCP) – Ferrolux MSA Ring
AS-SSCP-08, revision 1, 2025-04-02. Part for healthcare professionals.
## 1. Identification
| Item | Content |
| Trade name | Ferrolux MSA Ring (models FX-13 to FX-17) |
| Manufacturer | Aagaard Surgical ApS, Skovvangen 7, 6000 Kolding, Denmark; SRN DK-MF-000040125 |
| Basic UDI-DI | 5790011122233FXMSA7 |
| Class | IIb, implantable (Annex VIII Rule 8) |
| Notified Body | BEEM, 2874 |
## 2. Intended use
Purpose: augmentation of the lower oesophageal sphincter in treatment of GERD. Indications and target population: adults 18 years or older with pH-confirmed GERD and typical symptoms despite maximal PPI dose, or not wishing long-term PPI. Contraindications: unrepaired hiatal hernia above 3 cm; oesophagitis LA C/D or Barrett's oesophagus with dysplasia; motility disorder; previous oesophageal or gastric surgery; allergy to titanium, stainless steel, nickel or ferrous materials; BMI above 35 kg/m²; expected MRI above 1.5 T.
## 3. Residual risks and undesirable effects (FX-GERD-01, 120 patients, 36 months, 93 % follow-up)
| Effect | Frequency |
| Difficulty in swallowing (dysphagia), mostly in the first 3 months | 58 % (ongoing at 12 months 6.7 %) |
| Pain on swallowing, chest or epigastric pain | 12 % |
| Bloating and inability to belch or vomit | 9 % |
| Nausea | 6 % |
| Need for endoscopic dilation | 8.3 % |
| Erosion of the ring into the oesophagus | 0 % (upper 95 % limit 2.5 %) |
| Migration of the ring | 0 % |
| Removal of the ring | 4.2 % at 36 months |
| Persistence or recurrence of reflux symptoms | 16.7 % at 36 months |
## 4. Summary of clinical data
FX-GERD-01: 120 patients (56 % female, mean age 48 years); GERD-HRQL improvement of at least 50 % in 86.7 % at 12 months and 83.3 % at 36 months; acid exposure normalised or reduced by at least 50 % in 71.7 % at 12 months; no daily PPI in 81.0 % at 36 months. No equivalence claimed. PMCF: registry FX-REG, 500 patients, 5 years.
## 5. Alternatives
PPI therapy (first line); laparoscopic fundoplication (Nissen, Toupet); endoscopic therapies in selected patients (ACG guideline 2022).
## 6. Users and training
Surgeons experienced in laparoscopic anti-reflux surgery; training by the manufacturer is mandatory.
## 7. Standards
EN ISO 14630:2012; EN ISO 10993-1:2020; ASTM F2503-20 (MR marking); EN ISO 14155:2020.
"""

cear = r"""
# Clinical Evaluation Assessment Report – Ferrolux MSA Ring
Notified Body BEEM (2874), Paris. Reference CEAR-2874-25-0102, version 1, 05.05.2025.
## A. Administrative data
Manufacturer: Aagaard Surgical ApS, Kolding (DK), SRN DK-MF-000040125. Device: Ferrolux MSA Ring, models FX-13 to FX-17, Basic UDI-DI 5790011122233FXMSA7. Assessment: initial certification. Documents: CEP AS-CEP-08 v3, CER AS-CER-08 v3, PMCF plan AS-PMCF-08 v2, SSCP AS-SSCP-08 rev. 1, IFU English and Danish.
## C. Device description and classification
Ring of magnetic titanium beads implanted laparoscopically around the distal oesophagus. The Notified Body confirms class IIb, Annex VIII Rule 8, first indent: the device is implantable, it is not in contact with the heart, the central circulatory system or the central nervous system, it is not absorbed, and it is not a surgical mesh.
## Intended purpose summarised by the Notified Body
Augmentation of the lower oesophageal sphincter in adults of 18 years and more with pH-confirmed GERD and typical symptoms despite maximal PPI dose, or not wishing long-term PPI therapy. The contraindications listed in the IFU correspond to those of the CEP.
## D–E. Clinical data
The evidence relies on the manufacturer's own investigations FX-FIH and FX-GERD-01 (120 patients, 36 months, 93 % follow-up). Literature on another MSA device serves as benchmark only. The Notified Body considers the claims of the IFU and SSCP limited to 36 months, in line with the data.
Observation n°1: precision of the erosion rate with 120 patients is limited. The PMCF registry of 500 patients addresses it. Closed.
## F. PMCF
Registry FX-REG with 500 patients over 5 years, objectives linked to residual risks, sample-size justification provided. Acceptable.
## I. Article 54
The device is class IIb implantable. Article 54(1)(a) concerns class III implantable devices and Article 54(1)(b) active devices; the consultation procedure is therefore not applicable.
## Conclusion
The Notified Body considers that the clinical evaluation is adequate and that the benefit-risk ratio is acceptable for the intended purpose.
"""

DOSSIER = {
    "id": ID,
    "device": "Ferrolux MSA Ring, magnetic sphincter augmentation device for GERD",
    "device_class": "IIb",
    "docs": {
        CEP: doc("CEP", "en", "AS-CEP-08 v3 – Aagaard Surgical ApS", cep),
        CER: doc("CER", "en", "AS-CER-08 v3", cer),
        PMCF: doc("PMCF-plan", "en", "AS-PMCF-08 v2", pmcf),
        IFU_EN: doc("IFU", "en", "Ferrolux IFU EN rev. 4", ifu_en),
        IFU_DA: doc("IFU", "da", "Ferrolux brugsanvisning DA rev. 4", ifu_da),
        SSCP: doc("SSCP", "en", "AS-SSCP-08 rev. 1", sscp),
        CEAR: doc("CEAR", "en", "BEEM 2874 – CEAR-2874-25-0102", cear),
    },
    "labels": [],
}
