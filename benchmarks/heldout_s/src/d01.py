# Anti-adhesion barrier film (HA/CMC), class III implantable, CECP applies.
N = "ADHEXA"
CEP = """
Clinical Evaluation Plan – ADHEXA Bioresorbable Anti-adhesion Film
Document CEP-ADX-001, Revision 02, date 14/01/2025. Manufacturer: Biomateriales Ibéricos S.L., Carrer de la Marina 212, 08013 Barcelona, Spain. Basic UDI-DI: 84370156ADHXF01QK.

# Chapter 1 – Object and scope
The present document defines the plan for the clinical evaluation of ADHEXA according to Article 61 and Annex XIV Part A of Regulation (EU) 2017/745. ADHEXA is a class III device in base to Rule 8 (implantable device that is wholly absorbed). Being a class III implantable device, it is foreseen that the Notified Body initiates the clinical evaluation consultation procedure of Article 54(1)(a).

# Chapter 2 – Device and intended purpose
ADHEXA is a sterile, translucent film realized in chemically modified sodium hyaluronate and carboxymethylcellulose (HA/CMC, ratio 2:1), thickness approximately 0,05 mm. The film hydrates after placement and forms a viscous gel that separates the traumatized tissue surfaces during the first 7 days of mesothelial repair, and it is resorbed in less than 28 days.

Intended purpose: reduction of the incidence, extent and severity of postoperative adhesions between the abdominal wall and the underlying viscera, and between pelvic organs, in adult patients (age superior to 18 years) undergoing open abdominal or pelvic surgery by laparotomy.

Contraindications: known hypersensitivity to hyaluronate or carboxymethylcellulose; direct wrapping of a fresh intestinal anastomosis; active intra-abdominal infection or peritonitis.

# Chapter 3 – Clinical benefits and outcome parameters
| Clinical benefit | Outcome parameter | Acceptance criterion |
| Reduction of incidence of adhesions at the treated site | Proportion of patients free of adhesions at second-look surgery | Superior to control by at least 20 percentage points |
| Reduction of adhesion severity | Adhesion severity score (0–3) at second look | Mean difference versus control ≥ 0,5 points |
| Safety | Rate of anastomotic leak, abscess and SSI up to 30 days | Not major to published rates for laparotomy without barrier |

# Chapter 4 – Clinical development plan
Sources of data: (a) systematic literature review on HA/CMC films in open abdominal and pelvic surgery; (b) the pivotal randomized investigation ADX-01 performed by the manufacturer (second-look design, 12 sites); (c) post-market data from the CE-marked predecessor under Directive 93/42/EEC. No equivalence with devices of other manufacturers is claimed.

# Chapter 5 – Benefit-risk acceptance
The benefit-risk is acceptable when the benefit criteria of Chapter 3 are met and the safety rates are not major to the state of the art, with the residual risk of abscess and anastomotic leak being monitored in the PMCF.

Prepared by: Núria Soler Vidal, Head of Regulatory Affairs. Approved by: Dr. Jordi Ferrer, Medical Director.
"""

CER = """
CLINICAL EVALUATION REPORT
ADHEXA Bioresorbable Anti-adhesion Film – CER-ADX-001 Rev. 03 – 03/02/2025
Biomateriales Ibéricos S.L., Barcelona (Spain). Basic UDI-DI 84370156ADHXF01QK. Notified Body 2961.

# I. OBJECT
The present document reports the clinical evaluation of ADHEXA performed according to the CEP-ADX-001 Rev. 02, MEDDEV 2.7/1 rev. 4 and Annex XIV of the MDR. Classification: class III, Rule 8 (implantable, wholly absorbed).

# II. DEVICE DESCRIPTION
ADHEXA is a sterile bioresorbable film of HA/CMC supplied in two sizes (12,7 × 15,2 cm and 7,6 × 12,7 cm), packed in a double foil pouch and sterilized by ethylene oxide. After placement the film adheres to moist tissue, hydrates in 24-48 hours to a gel and is eliminated from the peritoneal cavity in less than 28 days. There are no medicinal substances, no tissues of animal origin (hyaluronate is obtained by bacterial fermentation) and no nanomaterials.

# III. INTENDED PURPOSE
ADHEXA is intended for adult patients (age superior to 18 years) undergoing open abdominal or pelvic surgery by laparotomy, as an adjunct to reduce the incidence, extent and severity of postoperative adhesions at the site of placement. Users are general, colorectal and gynaecological surgeons in the operating theatre.

# IV. STATE OF THE ART
Postoperative adhesions appear in 60 to 90 % of patients after laparotomy and are the first cause of small bowel obstruction, chronic pelvic pain and secondary infertility. Good surgical technique is the base of prevention, and barrier films of HA/CMC, oxidized regenerated cellulose and icodextrin solutions are the alternatives described in the guidelines of the European Society of Gynaecological Endoscopy and the World Society of Emergency Surgery. The benchmark from the literature is a reduction of the incidence of adhesions at the treated site from about 90 % to 50-60 %, with a slight increase of abscess when the film is wrapped around anastomosis.

# V. CLINICAL DATA
The literature search was performed in PubMed and Embase on 10/12/2024, with 214 hits, 19 full-text papers and 6 retained after appraisal. Data of the own investigation ADX-01 and of post-market surveillance were added.

| Ref. | Design | Population / model | N | Follow-up | Main result |
| [1] ADX-01 (own, 2021-2023) | RCT, second-look | Adults, laparotomy with planned ileostomy closure | 184 | 8-12 weeks | Adhesion-free 49 % vs 11 % control |
| [2] Moreau 2014 | RCT | Adults, myomectomy by laparotomy | 127 | 6 weeks | Adhesion score 1,1 vs 2,0 |
| [3] Lindqvist 2017 | Prospective cohort | Adults, colorectal laparotomy | 1.701 | 30 days | Abscess 4,1 %, leak 3,0 % |
| [4] Kovacs 2019 | Experimental study | Rabbit uterine horn abrasion model | 40 | 14 days | Adhesion area reduced by 78 % |
| [5] Ortega 2020 | Registry | Adults, open gynaecological surgery | 412 | 12 months | Readmission for obstruction 0,7 % |
| [6] PMS predecessor | PMS data 2016-2024 | Sold units 61.300 | — | — | 14 complaints, 2 serious incidents |

In base to reference [4] and reference [5], these evidences confirm the clinical performance of ADHEXA in pelvic gynaecological surgery, and the extrapolation to humans is considered valid by the evaluator.

Summary of performance: in ADX-01 the proportion of patients without adhesions at the treated site was 49 % with ADHEXA against 11 % in the control, and the mean severity score was 0,9 against 1,8. With ADHEXA the formation of postoperative adhesions is eliminated and the patient has no complications related to adhesions.

Summary of safety: in ADX-01 the rate of intra-abdominal abscess was 3,3 % (3/92) against 2,2 % (2/92) in the control, anastomotic leak 2,2 % against 3,3 %. Punctual adverse events of transient fever were reported. No device-related death.

# VI. BENEFIT-RISK AND RESIDUAL RISKS
The residual risks identified in the risk management file RMF-ADX-001 are: intra-abdominal abscess, anastomotic leak when the film is placed over a fresh anastomosis, foreign body reaction and hypersensitivity. The benefit-risk is considered favourable and the acceptance criteria of the CEP are met.

# VII. POST-MARKET CLINICAL FOLLOW-UP
The PMCF plan PMCF-ADX-001 foresees a prospective registry in 6 European hospitals with 300 patients followed 24 months, focused on abscess rate and readmission for adhesive small bowel obstruction.

# VIII. CONCLUSION
The clinical evaluation demonstrates conformity with GSPR 1, 6 and 8. Evaluator: Dr. Jordi Ferrer, MD, general surgeon (CV in annex). Date 03/02/2025.

# IX. REFERENCES
- [1] Biomateriales Ibéricos. Clinical investigation report ADX-01, version 1.0, 2023.
- [2] Moreau P, Dubois A, et al. HA/CMC film after abdominal myomectomy: a randomized trial. Eur J Obstet Gynecol 2014;180:44-49.
- [3] Lindqvist E, et al. Safety of HA/CMC in colorectal surgery. Colorectal Dis 2017;19:512-519.
- [4] Kovacs B, et al. Prevention of uterine horn adhesions in the rabbit. J Surg Res 2019;236:88-94.
- [5] Ortega L, et al. Adhesion barriers in open gynaecology: a Spanish registry. Prog Obstet Ginecol 2020;63:201-208.
"""

PMCF = """
PMCF Plan – ADHEXA
Document PMCF-ADX-001, Revision 01, 20/01/2025. Manufacturer: Biomateriales Ibéricos S.L.

# 1. Identification
Device: ADHEXA Bioresorbable Anti-adhesion Film, class III, Basic UDI-DI 84370156ADHXF01QK. Related documents: CER-ADX-001, RMF-ADX-001.

# 2. Objectives
- To confirm the rate of intra-abdominal abscess and anastomotic leak in routine use.
- To estimate the rate of readmission for adhesive small bowel obstruction up to 24 months.
- To detect emerging risks like late foreign body reaction.

# 3. Method
Prospective, multicentre registry in 6 hospitals in Spain, Portugal and France. Adult patients (age superior to 18 years) undergoing open abdominal or pelvic surgery with placement of ADHEXA. Visits at discharge, 30 days, 12 and 24 months.

# 4. Sample size
Sample size: [Insert sample size and statistical justification]. The number of patients will be approximately 300.

# 5. Endpoints
Primary: abscess or anastomotic leak at 30 days. Secondary: readmission for small bowel obstruction at 24 months, reoperation, hypersensitivity.

# 6. Timeline
First patient in Q2/2025, last patient in Q4/2026, final report Q1/2029. Annual PMCF evaluation reports to feed the PSUR.
"""

IFU_EN = """
ADHEXA – Bioresorbable Anti-adhesion Film
Instructions for Use – English. IFU-ADX-EN Rev. 04

## Description
ADHEXA is a sterile, bioresorbable, translucent film made of sodium hyaluronate and carboxymethylcellulose. It turns into a hydrated gel within 24-48 hours and it is resorbed within 28 days.

## Indications
ADHEXA is indicated as an adjunct in adult patients undergoing open abdominal or pelvic surgery (laparotomy) to reduce the incidence, extent and severity of postoperative adhesions at the site of placement.

## Contraindications
- Known hypersensitivity to hyaluronate or carboxymethylcellulose.
- Do not wrap ADHEXA directly around a fresh intestinal anastomosis.
- Active intra-abdominal infection or peritonitis.

## Warnings and precautions
- Single use. Do not resterilize. Do not use if the pouch is damaged.
- Handle the film with dry gloves and dry instruments; the film adheres at contact with moist tissue.
- Safety and effectiveness have not been established in pregnant women, in children or in laparoscopic procedures.
- A slight increase of intra-abdominal abscess has been observed when the film is used over anastomosis.

## Technical data
| Parameter | Value |
| Composition | HA/CMC, ratio 2:1 |
| Sizes | 12,7 × 15,2 cm; 7,6 × 12,7 cm |
| Thickness | approx. 0,05 mm |
| Resorption | < 28 days |
| Sterilization | Ethylene oxide |
| Storage | 2-30 °C |

## Patient population
Adults (18 years old or more) undergoing laparotomy.

## Residual risks and side effects
Abscess, anastomotic leak, foreign body reaction, hypersensitivity, transient fever.

Biomateriales Ibéricos S.L., Carrer de la Marina 212, 08013 Barcelona, Spain. CE 2961.
"""

IFU_FR = """
ADHEXA – Film anti-adhérence résorbable
Notice d'utilisation – Français. IFU-ADX-FR Rév. 04

## Description
ADHEXA est un film stérile, résorbable et translucide composé de hyaluronate de sodium et de carboxyméthylcellulose. Il se transforme en gel hydraté en 24 à 48 heures et il est résorbé en 28 jours.

## Indications
ADHEXA est indiqué chez les patients adultes opérés en chirurgie abdominale ou pelvienne ouverte (laparotomie) ou par cœlioscopie, ainsi qu'en chirurgie cardiaque et thoracique, pour réduire l'incidence, l'étendue et la sévérité des adhérences postopératoires.

## Contre-indications
- Hypersensibilité connue au hyaluronate ou à la carboxyméthylcellulose.
- Ne pas envelopper directement une anastomose intestinale récente.
- Infection intra-abdominale active ou péritonite.

## Avertissements et précautions
- Usage unique. Ne pas restériliser. Ne pas utiliser si le sachet est endommagé.
- Manipuler le film avec des gants et des instruments secs ; le film adhère au contact des tissus humides.
- La sécurité et l'efficacité n'ont pas été établies chez la femme enceinte et chez l'enfant.
- Une légère augmentation des abcès intra-abdominaux a été observée lors de l'utilisation sur une anastomose.

## Caractéristiques techniques
| Paramètre | Valeur |
| Composition | HA/CMC, rapport 2:1 |
| Dimensions | 12,7 × 15,2 cm ; 7,6 × 12,7 cm |
| Épaisseur | env. 0,05 mm |
| Résorption | < 28 jours |
| Stérilisation | Oxyde d'éthylène |
| Conservation | 2-30 °C |

## Population de patients
Adultes (18 ans ou plus).

Biomateriales Ibéricos S.L., Barcelone, Espagne. CE 2961.
"""

IFU_DE = """
ADHEXA – Resorbierbare Antiadhäsionsfolie
Gebrauchsanweisung – Deutsch. IFU-ADX-DE Rev. 04

## Beschreibung
ADHEXA ist eine sterile, resorbierbare, transparente Folie aus Natriumhyaluronat und Carboxymethylcellulose. Sie bildet innerhalb von 24-48 Stunden ein Gel und wird innerhalb von 28 Tagen resorbiert.

## Indikationen
ADHEXA ist als Zusatzmaßnahme bei erwachsenen Patienten indiziert, die sich einer offenen abdominalen oder pelvinen Operation (Laparotomie) unterziehen, um Inzidenz, Ausmaß und Schweregrad postoperativer Adhäsionen an der Applikationsstelle zu verringern.

## Kontraindikationen
- Bekannte Überempfindlichkeit gegen Hyaluronat oder Carboxymethylcellulose.
- ADHEXA nicht direkt um eine frische Darmanastomose legen.
- Aktive intraabdominelle Infektion oder Peritonitis.

## Warnhinweise und Vorsichtsmaßnahmen
- Nur zum Einmalgebrauch. Nicht resterilisieren. Nicht verwenden, wenn der Beutel beschädigt ist.
- Folie nur mit trockenen Handschuhen und Instrumenten handhaben; sie haftet bei Kontakt mit feuchtem Gewebe.
- Sicherheit und Wirksamkeit bei Schwangeren, Kindern und laparoskopischen Eingriffen sind nicht belegt.
- Bei Anwendung über einer Anastomose wurde eine leichte Zunahme intraabdomineller Abszesse beobachtet.

## Technische Daten
| Parameter | Wert |
| Zusammensetzung | HA/CMC, Verhältnis 2:1 |
| Größen | 12,7 × 15,2 cm; 7,6 × 12,7 cm |
| Dicke | ca. 0,05 mm |
| Resorption | < 28 Tage |
| Sterilisation | Ethylenoxid |
| Lagerung | 2-30 °C |

## Patientenpopulation
Erwachsene ab 18 Jahren.

Biomateriales Ibéricos S.L., Barcelona, Spanien. CE 2961.
"""

SSCP = """
Summary of Safety and Clinical Performance (SSCP) – ADHEXA
SSCP-ADX-001 Rev. 01, 05/02/2025. Validated by Notified Body 2961.

# Part A – For healthcare professionals
## 1. Device identification
Trade name: ADHEXA Bioresorbable Anti-adhesion Film. Manufacturer: Biomateriales Ibéricos S.L., Barcelona, SRN ES-MF-000041233. Basic UDI-DI: 84370156ADHXF01QK. Class III. First CE certificate under the MDR expected in 2025.

## 2. Intended purpose
Adjunct in adult patients undergoing open abdominal or pelvic surgery (laparotomy) to reduce the incidence, extent and severity of postoperative adhesions. Contraindications: hypersensitivity to HA or CMC; wrapping of a fresh anastomosis; active intra-abdominal infection.

## 3. Residual risks and undesirable side-effects
Abscess (3,3 % in ADX-01), anastomotic leak (2,2 %), foreign body reaction, hypersensitivity, transient fever.

## 4. Summary of clinical evaluation
Randomized investigation ADX-01 (184 patients): adhesion-free treated site in 49 % versus 11 % control. Supporting literature and 8 years of post-market experience with the predecessor.

## 5. PMCF
Prospective registry of about 300 patients followed 24 months.

## 6. Alternatives
Meticulous surgical technique; oxidized regenerated cellulose barrier; icodextrin solution.
"""

CEAR = """
Clinical Evaluation Assessment Report
Notified Body 2961 – Certa Medical Certification B.V., Utrecht (NL)
File: CA-2961-24-0877. Device: ADHEXA Bioresorbable Anti-adhesion Film. Manufacturer: Biomateriales Ibéricos S.L. Reviewer: ir. M. van der Berg. Date: 17/02/2025.

## A. Scope
Class III, Rule 8, wholly absorbed implant. Art. 54(1)(a) applies. No exemption under Art. 54(2). CECP initiated by the NB.

## B. Intended purpose as understood by NB
Adjunct to reduce postoperative adhesions in adults having open abdominal or pelvic surgery (laparotomy). Laparoscopic use not claimed. Children and pregnant women not covered.

## C. Documents reviewed
CEP-ADX-001 Rev. 02; CER-ADX-001 Rev. 03; PMCF-ADX-001 Rev. 01; IFU-ADX Rev. 04 (EN, FR, DE); SSCP-ADX-001 Rev. 01.

## D. Findings
Finding 1: literature search protocol. Acceptable. Closed.

Finding 2: pivotal investigation ADX-01. Randomized, second-look, blinded assessor. Sufficient for incidence endpoint. Closed.

Finding 3: abscess rate numerically higher than control. Manufacturer to address in PMCF. Closed with PMCF commitment.

Finding 4: long-term obstruction data limited to registry [5]. Open. To be covered by PMCF 24-month endpoint.

## E. NB conclusion
Clinical evidence sufficient for the intended purpose stated in section B. Benefit-risk acceptable. Opinion of the expert panel requested before certification.
"""

DOSSIER = {
    "id": "d01",
    "device": "ADHEXA Bioresorbable Anti-adhesion Film (HA/CMC barrier for abdominal and pelvic surgery)",
    "device_class": "III",
    "docs": [
        ("CEP-ADX-001_rev02.docx", "CEP", "en", CEP),
        ("CER-ADX-001_rev03.pdf", "CER", "en", CER),
        ("PMCF-ADX-001_plan.docx", "PMCF-plan", "en", PMCF),
        ("IFU_ADHEXA_EN.pdf", "IFU", "en", IFU_EN),
        ("IFU_ADHEXA_FR.pdf", "IFU", "fr", IFU_FR),
        ("IFU_ADHEXA_DE.pdf", "IFU", "de", IFU_DE),
        ("SSCP_ADHEXA.pdf", "SSCP", "en", SSCP),
        ("CEAR_NB2961_ADHEXA.docx", "CEAR", "en", CEAR),
    ],
    "labels": [
        {"defect": "translation_widens_indications", "category": "language",
         "documents": ["IFU_ADHEXA_FR.pdf", "IFU_ADHEXA_EN.pdf"],
         "quotes": ["ouverte (laparotomie) ou par cœlioscopie, ainsi qu'en chirurgie cardiaque et thoracique",
                    "ADHEXA is indicated as an adjunct in adult patients undergoing open abdominal or pelvic surgery (laparotomy)",
                    "La sécurité et l'efficacité n'ont pas été établies chez la femme enceinte et chez l'enfant."],
         "description": "The French IFU adds laparoscopic, cardiac and thoracic surgery to the indications; the English IFU, CER and CEAR cover only open abdominal or pelvic surgery (laparotomy); the French warning also drops 'laparoscopic procedures' from the not-established list.",
         "accept": ["intended-use"]},
        {"defect": "absolute_claim_eliminates_adhesions", "category": "claim",
         "documents": ["CER-ADX-001_rev03.pdf"],
         "quotes": ["With ADHEXA the formation of postoperative adhesions is eliminated and the patient has no complications related to adhesions."],
         "description": "Absolute claim (adhesions eliminated, no complications) contradicted by the CER's own data: only 49 % adhesion-free and abscess/leak reported.",
         "accept": []},
        {"defect": "animal_study_as_clinical_evidence", "category": "evidence",
         "documents": ["CER-ADX-001_rev03.pdf"],
         "quotes": ["Rabbit uterine horn abrasion model",
                    "these evidences confirm the clinical performance of ADHEXA in pelvic gynaecological surgery"],
         "description": "A rabbit model study is used as clinical evidence of performance in human pelvic gynaecological surgery.",
         "accept": []},
        {"defect": "unfilled_sample_size_placeholder", "category": "template",
         "documents": ["PMCF-ADX-001_plan.docx"],
         "quotes": ["Sample size: [Insert sample size and statistical justification]."],
         "description": "PMCF plan leaves the template placeholder for sample size and its statistical justification unfilled.",
         "accept": ["pmcf"]},
    ],
}
