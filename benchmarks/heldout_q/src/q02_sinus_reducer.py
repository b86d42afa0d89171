from common import doc

ID = "q02_coronary_sinus_reducer"
CEP = "KSR_Clinical_Evaluation_Plan_v2.pdf"
CER = "KSR_Clinical_Evaluation_Report_v4.docx"
PMCF = "KSR_PMCF_Plan_v2.pdf"
IFU_EN = "KSR_IFU_en.pdf"
IFU_FR = "KSR_IFU_fr.pdf"
IFU_IT = "KSR_IFU_it.docx"
SSCP = "KSR_SSCP_rev1.pdf"
CEAR = "CEAR_2874_KSR.pdf"

SIDE_EFFECTS_EN = [
    "vascular access site complications (haematoma, bleeding) at the jugular vein",
    "coronary sinus dissection or perforation",
    "pericardial effusion and cardiac tamponade",
    "migration or embolisation of the implant",
    "atrial arrhythmia during the procedure",
    "chest discomfort during balloon inflation",
    "occlusion of the implant without symptoms",
    "absence of symptom improvement",
]

cep = r"""
# Clinical Evaluation Plan
Korvena Sinus Reducer system – document NC-CEP-044, version 2, 2025-01-20. Nordvig Cardio A/S, Hjallesevej 112, 5230 Odense M, Denmark.
## 1. Product and scope
Korvena Sinus Reducer (model KSR-13, Basic UDI-DI 579000456789KSR13W) is a permanent, balloon-expandable implant of stainless steel 316L in hourglass shape, pre-mounted on a balloon delivery catheter. It is class III implantable medical product (Annex VIII Rule 8, contact with heart and central circulation). Evaluation covers implant and delivery catheter in one size (for coronary sinus diameter 9,5–13,0 mm at implantation site).
## 2. Purpose of the product
Reduction of the lumen of the coronary sinus to create a pressure gradient which redistributes myocardial blood flow from non-ischaemic to ischaemic myocardium, for relief of refractory angina pectoris.
## 3. Target group, indications and contraindications
Adult patients (18 y.o. and older) with refractory angina pectoris of Canadian Cardiovascular Society (CCS) class III or IV despite optimal medical therapy, with objective evidence of reversible myocardial ischaemia, who are not candidates for revascularisation (PCI or CABG) acc. to the heart team.
Contraindications to use:
a) mean right atrial pressure above 15 mmHg;
b) coronary sinus diameter outside 9,5–13,0 mm at the implantation site;
c) pacing or defibrillation lead in the coronary sinus;
d) severe tricuspid regurgitation;
e) acute coronary syndrome or unstable angina in the last 3 mo.;
f) left ventricular ejection fraction below 25 %;
g) known allergy to stainless steel or nickel, or contraindication to dual antiplatelet therapy.
## 4. Clinical benefits and outcome parameters
| Benefit | Parameter | Time |
| Relief of angina | Improvement by 1 or more CCS classes | 6 mo. |
| Quality of life | Seattle Angina Questionnaire (SAQ) angina frequency and QoL domains | 6 and 12 mo. |
| Exercise capacity | Exercise duration on treadmill | 6 mo. |
## 5. Safety parameters and acceptance criteria
- Major adverse cardiac events (MACE: cardiac death, myocardial infarction, coronary sinus perforation requiring intervention) at 30 days: max. 5 %.
- Device success (implantation at intended site, no migration) min. 95 %.
- Proportion of patients with improvement by 1 or more CCS classes at 6 mo.: min. 50 % (sham arm of COSIRA: 42 %; benchmark of state of the art).
## 6. Methods
Systematic literature search in PubMed, Embase and Cochrane Library (search protocol NC-LSP-044); appraisal acc. to MEDDEV 2.7/1 rev. 4 Appendix A6; data from own clinical investigation KSR-RA-01. Equivalence with another product is not claimed.
## 7. Clinical development plan
First-in-human study KSR-FIH (12 pcs., 2020), pivotal study KSR-RA-01 (104 pcs., 12 mo., completed 2024), PMCF registry KORVENA-REG with 3 years follow-up (see PMCF plan NC-PMCF-044 v2).
"""

se_lines_docx = "\n".join("- " + s for s in SIDE_EFFECTS_EN)

cer = r"""
# Clinical Evaluation Report – Korvena Sinus Reducer
Document NC-CER-044, version 4, date 2025-04-07. Prepared acc. to CEP NC-CEP-044 version 2.
## Summary
Clinical evaluation of Korvena (model KSR-13) is based on own investigations KSR-FIH and KSR-RA-01 and on literature of state of the art. In KSR-RA-01 (104 patients, 12 months), 71,2 % of patients improved by at least 1 CCS class at 6 months; MACE at 30 days was 2,9 %. All acceptance criteria of the CEP are met. Benefit-risk is acceptable for the intended purpose.
## Device description
The implant is a laser-cut stainless steel 316L mesh which after balloon expansion has hourglass shape with a central neck of 3 mm. It is delivered through a 9 F guiding catheter by the right internal jugular vein. Nominal inflation pressure is 2–6 atm, depending on coronary sinus diameter. MR conditional at 1,5 T and 3 T.
## Intended purpose and indications to use
The Korvena Sinus Reducer system is intended to narrow the coronary sinus for relief of refractory angina pectoris. Patient group: adults (18 y.o. and older) with angina of CCS class III–IV despite optimal medical therapy, with objective reversible ischaemia, not suitable for revascularisation acc. to the heart team. Contraindications to use are identical with CEP point 3 and IFU chapter 4.
## State of the art
Refractory angina affects an estimated 5–10 % of patients with stable coronary artery disease. Options include optimisation of anti-anginal drugs (ranolazine, ivabradine, long-acting nitrates), enhanced external counterpulsation, spinal cord stimulation and coronary sinus narrowing. The 2019 ESC guidelines on chronic coronary syndromes consider coronary sinus reducer implantation for debilitating angina refractory to medical and revascularisation strategies (class IIb recommendation). In the sham-controlled COSIRA trial with another reducer product, 35 % of patients in the treatment arm vs 15 % in the sham arm improved by 2 or more CCS classes at 6 months; these data are used for benchmarking only.
## Clinical data
| Source | Design | Patients | Follow-up | Key results |
| KSR-FIH | single-arm FIH | 12 | 6 months | implantation success 12/12; CCS improvement 9/12 |
| KSR-RA-01 | prospective, multicentre, single-arm | 104 | 12 months | CCS improvement ≥1 class 71,2 % (6 mo.), 69,0 % (12 mo.); SAQ angina frequency +21 points and QoL +19 points (12 mo.); treadmill exercise duration +62 s (6 mo.) |
| Verheye 2015 [1] | RCT, sham-controlled, other product | 104 | 6 months | benchmark only |
| Konigstein 2014 [2] | review of coronary sinus narrowing | – | – | mechanism of action |
Safety in KSR-RA-01: MACE at 30 days 3 of 104 patients (2,9 %): one coronary sinus perforation treated by pericardiocentesis, two non-Q myocardial infarctions. No migration. Access site haematoma 4,8 %, atrial arrhythmia during procedure 3,8 %, transient chest discomfort during balloon inflation 22 %. Implant occlusion without symptoms was found in 2 patients in CT at 12 months.
## Acceptance criteria of the CEP
| Criterion (CEP point 5) | Target | Result |
| MACE at 30 days | max. 5 % | 2,9 % |
| Device success | min. 95 % | 98,1 % |
| CCS improvement ≥1 class at 6 months | min. 50 % | 71,2 % |
## Benefit-risk, residual risks and side effects
Benefits (relief of angina, better quality of life) outweigh risks for persons with refractory angina who have no other revascularisation option. Residual risks and side effects listed in IFU and SSCP:
""" + se_lines_docx + r"""
Open questions for PMCF: durability of effect after 12 months; rate of late occlusion; use in patients with LVEF 25–35 %.
## PMCF
Registry KORVENA-REG acc. to PMCF plan NC-PMCF-044 version 2 (400 patients, 3 years).
## References
[1] Verheye S, Jolicœur EM, Behan MW, et al. Efficacy of a device to narrow the coronary sinus in refractory angina. N Engl J Med 2015;372:519–527.
[2] Konigstein M, Giannini F, Banai S. The Reducer device in patients with angina pectoris: mechanisms, indications, and perspectives. Eur Heart J 2018;39:925–933.
[3] Knuuti J, Wijns W, Saraste A, et al. 2019 ESC Guidelines for the diagnosis and management of chronic coronary syndromes. Eur Heart J 2020;41:407–477.
[4] Nordvig Cardio. Clinical investigation report KSR-RA-01, v1.0, 2024-10-30.
"""
cer = cer.replace("Konigstein 2014 [2]", "Konigstein 2018 [2]")

pmcf = r"""
# Post-market clinical follow-up plan – Korvena Sinus Reducer
Plan NC-PMCF-044, version 2, 2025-03-18. Manufacturer Nordvig Cardio A/S, Odense, Denmark. Product Korvena Sinus Reducer, model KSR-13, class III, Rule 8. Related documents: CER NC-CER-044 version 4; risk management report NC-RMR-044 version 3.
## 1. Objectives
a) confirm long-term clinical performance (CCS class, SAQ) up to 36 months;
b) estimate rate of late implant occlusion and migration (residual risk in CER);
c) collect data in patients with LVEF 25–35 %, under-represented in KSR-RA-01;
d) identify unknown side effects and off-label use.
## 2. Method
Prospective, multicentre, single-arm registry KORVENA-REG in 15–20 centres in EU. All consecutive patients implanted in participating centres are enrolled after informed consent. Visits: baseline, 30 days, 6, 12, 24 and 36 months. Endpoints: CCS class, SAQ, MACE, device occlusion (CT or angiography when clinically indicated), hospitalisation for angina.
## 3. Sample size
400 patients. Assuming late occlusion rate of 3 %, 400 patients give 95 % CI of ±1,7 %. The subgroup with LVEF 25–35 % (expected approx. 80 patients) allows estimating CCS response of 65 % with ±10,5 %. Loss to follow-up of 15 % at 36 months considered.
## 4. Population and setting
Patients implanted acc. to IFU (adults 18 y.o. and older, refractory angina CCS III–IV) in hospital catheterisation laboratories by interventional cardiologists.
## 5. Other activities
Yearly systematic literature screening; review of complaints and vigilance data; PSUR yearly.
## 6. Timeline
| Milestone | Date |
| First patient in | Q2 2025 |
| 200 patients with 12 months follow-up | Q4 2026 |
| End of enrolment | Q2 2027 |
| Final report (36 months) | Q3 2030 |
Interim PMCF evaluation reports are prepared yearly and feed into CER update and SSCP.
"""

ifu_en = r"""
# Korvena Sinus Reducer – Instructions for use
Model KSR-13. Read all instructions before use. Nordvig Cardio A/S, Hjallesevej 112, 5230 Odense M, Denmark. CE 2874. STERILE EO. Single use.
## 1. Description
Korvena is a balloon-expandable, hourglass-shaped implant of stainless steel 316L, pre-mounted on a balloon delivery catheter. It is left permanently in the coronary sinus.
## 2. Intended purpose
Narrowing of the coronary sinus for relief of refractory angina pectoris.
## 3. Indications to use and patient group
Adults (18 y.o. and older) with refractory angina pectoris of CCS class III or IV despite optimal medical therapy, with objective evidence of reversible myocardial ischaemia, who are not candidates for revascularisation acc. to the heart team.
## 4. Contraindications to use
- mean right atrial pressure above 15 mmHg
- coronary sinus diameter outside 9.5–13.0 mm at implantation site
- pacing or defibrillation lead in the coronary sinus
- severe tricuspid regurgitation
- acute coronary syndrome or unstable angina in the last 3 months
- left ventricular ejection fraction below 25 %
- known allergy to stainless steel or nickel; contraindication to dual antiplatelet therapy
## 5. Warnings and precautions
- Implantation only by interventional cardiologists trained by the manufacturer, in a catheterisation laboratory with cardiac surgery back-up.
- Do not exceed 6 atm inflation pressure.
- Dual antiplatelet therapy is recommended for 6 months after implantation.
- The implant is MR conditional (1.5 T and 3 T); see implant card.
## 6. Side effects and residual risk
""" + "\n".join("- " + s for s in SIDE_EFFECTS_EN) + r"""
## 7. Technical data
| Parameter | Value |
| Implant material | Stainless steel 316L |
| Coronary sinus diameter at implantation site | 9.5–13.0 mm |
| Neck diameter after expansion | 3 mm |
| Implant length | 15 mm |
| Guiding catheter | 9 F |
| Inflation pressure | 2–6 atm |
| Access | right internal jugular vein |
The Summary of Safety and Clinical Performance is available in EUDAMED (Basic UDI-DI 579000456789KSR13W).
"""

ifu_fr = r"""
# Korvena Sinus Reducer – Notice d'utilisation
Modèle KSR-13. Lire toutes les instructions avant utilisation. Nordvig Cardio A/S, Hjallesevej 112, 5230 Odense M, Danemark. CE 2874. STÉRILE EO. Usage unique.
## 1. Description
Korvena est un implant en acier inoxydable 316L en forme de sablier, expansible par ballonnet, pré-monté sur un cathéter de pose à ballonnet. Il reste de façon permanente dans le sinus coronaire.
## 2. Destination
Rétrécissement du sinus coronaire pour le soulagement de l'angor réfractaire.
## 3. Indications et population de patients
Adultes (18 ans et plus) présentant un angor réfractaire de classe CCS III ou IV malgré un traitement médical optimal, avec une preuve objective d'ischémie myocardique réversible, non candidats à une revascularisation selon l'équipe cardiologique (heart team).
## 4. Contre-indications
- pression auriculaire droite moyenne supérieure à 15 mmHg
- diamètre du sinus coronaire en dehors de 9,5–13,0 mm au site d'implantation
- sonde de stimulation ou de défibrillation dans le sinus coronaire
- insuffisance tricuspide sévère
- syndrome coronarien aigu ou angor instable au cours des 3 derniers mois
- fraction d'éjection ventriculaire gauche inférieure à 25 %
- allergie connue à l'acier inoxydable ou au nickel ; contre-indication à la double anti-agrégation plaquettaire
## 5. Mises en garde et précautions
- Implantation uniquement par des cardiologues interventionnels formés par le fabricant, en salle de cathétérisme avec recours possible à la chirurgie cardiaque.
- Ne pas dépasser une pression de gonflage de 6 atm.
- Une double anti-agrégation plaquettaire est recommandée pendant 6 mois après l'implantation.
- L'implant est compatible IRM sous conditions (1,5 T et 3 T) ; voir la carte d'implant.
## 6. Effets indésirables et risques résiduels
- complications au site d'accès vasculaire (hématome, saignement) au niveau de la veine jugulaire
- dissection ou perforation du sinus coronaire
- épanchement péricardique et tamponnade cardiaque
- migration ou embolisation de l'implant
- arythmie auriculaire pendant la procédure
- gêne thoracique pendant le gonflage du ballonnet
- occlusion asymptomatique de l'implant
- absence d'amélioration des symptômes
## 7. Caractéristiques techniques
| Paramètre | Valeur |
| Matériau de l'implant | Acier inoxydable 316L |
| Diamètre du sinus coronaire au site d'implantation | 9,5–13,0 mm |
| Diamètre du col après expansion | 3 mm |
| Longueur de l'implant | 15 mm |
| Cathéter guide | 9 F |
| Pression de gonflage | 2–6 atm |
| Voie d'accès | veine jugulaire interne droite |
Le résumé des caractéristiques de sécurité et des performances cliniques est disponible dans EUDAMED (IUD-ID de base 579000456789KSR13W).
"""

ifu_it = r"""
# Korvena Sinus Reducer – Istruzioni per l'uso
Modello KSR-13. Leggere tutte le istruzioni prima dell'uso. Nordvig Cardio A/S, Hjallesevej 112, 5230 Odense M, Danimarca. CE 2874. STERILE EO. Monouso.
## Descrizione
Korvena è un impianto in acciaio inossidabile 316L a forma di clessidra, espandibile con palloncino, premontato su un catetere di rilascio a palloncino. Rimane in modo permanente nel seno coronarico.
## Destinazione d'uso
Restringimento del seno coronarico per il sollievo dell'angina pectoris refrattaria.
## Indicazioni e popolazione di pazienti
Adulti (di età pari o superiore a 18 anni) con angina pectoris refrattaria di classe CCS III o IV nonostante una terapia medica ottimale, con evidenza obiettiva di ischemia miocardica reversibile, non candidati a rivascolarizzazione secondo l'heart team.
## Controindicazioni
- pressione atriale destra media superiore a 15 mmHg
- diametro del seno coronarico al di fuori di 9,5–13,0 mm nel sito di impianto
- elettrocatetere di stimolazione o defibrillazione nel seno coronarico
- insufficienza tricuspidale grave
- sindrome coronarica acuta o angina instabile negli ultimi 3 mesi
- frazione di eiezione ventricolare sinistra inferiore al 25 %
- allergia nota all'acciaio inossidabile o al nichel; controindicazione alla doppia terapia antiaggregante
## Avvertenze e precauzioni
- Impianto solo da parte di cardiologi interventisti formati dal fabbricante, in laboratorio di emodinamica con supporto cardiochirurgico.
- Non superare la pressione di gonfiaggio di 6 atm.
- Si raccomanda la doppia terapia antiaggregante per 6 mesi dopo l'impianto.
- L'impianto è a compatibilità RM condizionata (1,5 T e 3 T); vedere la tessera dell'impianto.
## Effetti collaterali e rischi residui
- complicanze nel sito di accesso vascolare (ematoma, sanguinamento) a livello della vena giugulare
- dissezione o perforazione del seno coronarico
- versamento pericardico e tamponamento cardiaco
- migrazione o embolizzazione dell'impianto
- aritmia atriale durante la procedura
- fastidio toracico durante il gonfiaggio del palloncino
- occlusione asintomatica dell'impianto
- mancato miglioramento dei sintomi
## Dati tecnici
| Parametro | Valore |
| Materiale dell'impianto | Acciaio inossidabile 316L |
| Diametro del seno coronarico nel sito di impianto | 9,5–13,0 mm |
| Diametro del collo dopo l'espansione | 3 mm |
| Lunghezza dell'impianto | 15 mm |
| Catetere guida | 9 F |
| Pressione di gonfiaggio | 2–6 atm |
| Accesso | vena giugulare interna destra |
Il riassunto della sicurezza e della prestazione clinica è disponibile in EUDAMED (UDI-DI di base 579000456789KSR13W).
"""

sscp = r"""
# Summary of Safety and Clinical Performance – Korvena Sinus Reducer
SSCP NC-SSCP-044, revision 1, 2025-04-10. This summary is intended for healthcare professionals. It is not intended to replace the IFU.
## 1. Device identification
| Item | Content |
| Trade name | Korvena Sinus Reducer |
| Manufacturer | Nordvig Cardio A/S, Hjallesevej 112, 5230 Odense M, Denmark |
| SRN | DK-MF-000027718 |
| Basic UDI-DI | 579000456789KSR13W |
| Class | III (Annex VIII Rule 8) |
| Notified Body | BEEM, NB 2874 |
## 2. Intended use
Intended purpose: narrowing of the coronary sinus for relief of refractory angina pectoris.
Indications and target population: adults 18 years and older with refractory angina of CCS class III–IV despite optimal medical therapy, with objective reversible ischaemia and not candidates for revascularisation.
Contraindications: mean right atrial pressure above 15 mmHg; coronary sinus diameter outside 9.5–13.0 mm; lead in the coronary sinus; severe tricuspid regurgitation; acute coronary syndrome or unstable angina within 3 months; LVEF below 25 %; allergy to stainless steel or nickel; contraindication to dual antiplatelet therapy.
## 3. Device description
Balloon-expandable stainless steel 316L implant (hourglass shape, neck 3 mm, length 15 mm) on a balloon delivery catheter, implanted through the right internal jugular vein with a 9 F guiding catheter. No previous generation.
## 4. Risks and warnings
Residual risks and undesirable effects (frequency in KSR-RA-01, 104 patients, 12 months):
| Effect | Frequency |
| Vascular access site complications (haematoma, bleeding) at the jugular vein | 4.8 % |
| Coronary sinus dissection or perforation | 1.0 % |
| Pericardial effusion and cardiac tamponade | 1.0 % |
| Migration or embolisation of the implant | 0 % |
| Atrial arrhythmia during the procedure | 3.8 % |
| Chest discomfort during balloon inflation | 22 % |
| Occlusion of the implant without symptoms | 1.9 % (CT at 12 months) |
| Absence of symptom improvement | 28.8 % at 6 months |
Warnings: implantation only by trained interventional cardiologists with cardiac surgery back-up; max. inflation pressure 6 atm; dual antiplatelet therapy for 6 months; MR conditional. No field safety corrective action to date.
## 5. Summary of clinical evaluation and PMCF
Pivotal investigation KSR-RA-01 (prospective, single-arm, 9 EU centres, 104 patients, 74 % male, mean age 67 years, follow-up 12 months, 96 % completeness): improvement by at least 1 CCS class in 71.2 % at 6 months and 69.0 % at 12 months; MACE at 30 days 2.9 %. No equivalence is claimed. PMCF: registry KORVENA-REG with 400 patients and 36 months follow-up, to confirm durability and late occlusion rate.
## 6. Alternatives
Optimised anti-anginal drugs, enhanced external counterpulsation, spinal cord stimulation; revascularisation when feasible (ESC 2019 guidelines).
## 7. User profile and training
Interventional cardiologists with mandatory training by the manufacturer.
## 8. Standards
EN ISO 14630:2012, EN ISO 25539-2:2020 (in part), EN ISO 14155:2020, EN ISO 10993-1:2020.
## 9. Revision history
| Revision | Date | Change | Validated by NB |
| 1 | 2025-04-10 | First issue | Yes (English) |
"""

cear = r"""
# Clinical Evaluation Assessment Report (MDCG 2020-13)
BEEM – Bureau Européen d'Évaluation Médicale, Notified Body 2874, Paris. CEAR reference CEAR-2874-25-0088, issue 1, dated 16.05.2025.
## Section A – Administrative particulars
Device: Korvena Sinus Reducer, model KSR-13 (Basic UDI-DI 579000456789KSR13W). Manufacturer: Nordvig Cardio A/S, Odense, Denmark, SRN DK-MF-000027718. Type of assessment: initial certification under Annex IX. Documents reviewed: CEP NC-CEP-044 version 2 (2025-01-20); CER NC-CER-044 version 4 (2025-04-07); PMCF plan NC-PMCF-044 version 2 (2025-03-18); SSCP NC-SSCP-044 revision 1; IFU in English, French and Italian.
## Section B – Reviewers
Clinical expert: Pr. J.-L. Garnier, interventional cardiologist (external). Product reviewer: M. T. Roussel.
## Section C – Device, classification and intended purpose
The device is a permanent implant in direct contact with the heart and the central circulatory system; the Notified Body confirms class III per Annex VIII, Rule 8. Summary of the intended purpose: narrowing of the coronary sinus for relief of refractory angina pectoris in adults of 18 years and above, CCS class III–IV despite optimal medical therapy, with objective reversible ischaemia and without revascularisation option. The contraindications of the IFU are consistent with the CEP.
## Section D/E – Clinical data
The manufacturer relies on its own investigations KSR-FIH and KSR-RA-01; no equivalence is claimed. The sham-controlled COSIRA study with another device is used as benchmark only, which the Notified Body considers appropriate.
Observation n°1: the CER shall present the completeness of follow-up at 12 months – addressed in CER version 4 (96 %). Closed.
Observation n°2: the SSCP shall give frequencies of each undesirable effect – addressed in SSCP revision 1. Closed.
## Section F – PMCF
The registry KORVENA-REG (400 patients, 36 months) addresses the durability of the effect, late occlusion and the subgroup with LVEF 25–35 %. Sample size justification and timeline are acceptable.
## Section I – Clinical evaluation consultation procedure
The device is a class III implantable device and this is an initial certification; no exemption of Article 54(2) applies. In the frame of Article 54(1)(a) and Annex IX section 5.1, the present CEAR and the manufacturer's clinical evaluation documentation are transmitted to the expert panel through the Commission.
## Conclusion
The Notified Body considers that the clinical evidence is sufficient for the intended purpose, that the benefit-risk ratio is acceptable in comparison with the state of the art, and that the PMCF plan is adequate, subject to the opinion of the expert panel.
"""

DOSSIER = {
    "id": ID,
    "device": "Korvena Sinus Reducer, balloon-expandable coronary sinus reducer for refractory angina",
    "device_class": "III",
    "docs": {
        CEP: doc("CEP", "en", "NC-CEP-044 v2 – Nordvig Cardio A/S", cep),
        CER: doc("CER", "en", "NC-CER-044 v4", cer),
        PMCF: doc("PMCF-plan", "en", "NC-PMCF-044 v2", pmcf),
        IFU_EN: doc("IFU", "en", "IFU KSR-13 EN rev. C", ifu_en),
        IFU_FR: doc("IFU", "fr", "IFU KSR-13 FR rev. C", ifu_fr),
        IFU_IT: doc("IFU", "it", "IFU KSR-13 IT rev. C", ifu_it),
        SSCP: doc("SSCP", "en", "NC-SSCP-044 rev. 1", sscp),
        CEAR: doc("CEAR", "en", "BEEM NB 2874 – CEAR-2874-25-0088", cear),
    },
    "labels": [],
}
