"""n04: semi-rigid mitral annuloplasty ring (class III, Rule 8). Clean."""

MFR = "Kilbride Cardiovascular Ltd"
UDI = "0539117700MERIDRNG5T"
NB = "Notified Body 2931, Nordcert Medical AB"

CEP = f"""
= Clinical Evaluation Plan: Meridian Semi-Rigid Mitral Annuloplasty Ring

KCV-CEP-015, revision 1, 5 August 2024. Manufacturer: {MFR}, Raheen Business Park, Limerick V94 E7P2, Ireland. Basic UDI-DI: {UDI}.

## Classification and consultation procedure

The Meridian ring is an implantable device in direct contact with the heart and is class III by Annex VIII, Rule 8. Article 54(1)(a) of the MDR applies, and the clinical evaluation consultation procedure is anticipated.

## Intended purpose and target group

The Meridian ring is intended for the surgical repair of the mitral valve, by remodelling and stabilising the mitral annulus, in adults (18 years and over) with mitral regurgitation of degenerative or functional aetiology who are undergoing mitral valve repair. Contraindications are active endocarditis, a heavily calcified mitral annulus that prevents secure suture placement, and patients in whom valve replacement rather than repair is indicated.

## Clinical benefits, outcome parameters and acceptance criteria

| Benefit | Outcome parameter | Acceptance criterion | Notes |
|---|---|---|---|
| Durable reduction of mitral regurgitation | Freedom from MR of grade 2+ or more at 3 years (echocardiography) | 85 % or more (degenerative); 70 % or more (functional) | Benchmarks from published ring series |
| Freedom from reoperation | Freedom from mitral reoperation at 3 years | 93 % or more | |
| Acceptable early safety | 30-day mortality | 3 % or less | STS isolated mitral repair benchmark |
| Low rate of LVOT obstruction | Systolic anterior motion with LVOT gradient of 30 mmHg or more | 3 % or less | |

## Clinical development plan

(a) The MERIDIAN-MR prospective study (own device, 3-year follow-up); (b) literature review of annuloplasty rings and mitral repair; (c) PMS data since 2019 under the Directive; (d) PMCF registry. Equivalence is not relied upon.

## Benefit-risk acceptability

The benefit-risk ratio will be considered acceptable where the acceptance criteria above are met and residual risks are no greater than those reported for established semi-rigid rings.
"""

CER = f"""
= Clinical Evaluation Report: Meridian Semi-Rigid Mitral Annuloplasty Ring

Document KCV-CER-015, Revision 2, dated 11 December 2024. Manufacturer {MFR}, Limerick, Ireland. Basic UDI-DI {UDI}. Classification: class III (Annex VIII, Rule 8). Written by M. O'Dwyer, MSc, Clinical Scientist; clinical review by Mr P. Hanrahan, FRCS (C-Th).

# 1 Device description

1.1 The Meridian ring is a complete, saddle-shaped, semi-rigid ring composed of a cobalt-chromium core with a silicone sheath and a knitted polyester sewing cuff. It is offered in eight sizes (26 mm to 40 mm in 2 mm increments), sized to the intertrigonal distance and the anterior leaflet area with the dedicated sizers, and is implanted with interrupted horizontal mattress sutures.

# 2 Intended purpose

2.1 The Meridian ring is intended for use in surgical mitral valve repair to remodel and stabilise the mitral annulus in patients aged 18 years or older with degenerative or functional mitral regurgitation. It is contraindicated in active endocarditis, where heavy annular calcification prevents secure suture placement, and where mitral valve replacement is indicated in preference to repair.

# 3 State of the art

3.1 Mitral valve repair with annuloplasty is the treatment of choice for severe degenerative mitral regurgitation in suitable patients, with freedom from reoperation of about 90 % to 95 % at ten years in experienced centres (Vahanian et al., 2022). In functional regurgitation the role of repair is less settled: the randomised comparison of repair and chordal-sparing replacement reported more recurrent regurgitation after repair at two years, without a difference in survival (Goldstein et al., 2016). Transcatheter edge-to-edge repair is an alternative in patients at high surgical risk. On balance it is considered that a contemporary ring should achieve freedom from MR of grade 2+ or more of at least 85 % at three years in degenerative disease, and at least 70 % in functional disease.

# 4 Clinical data

4.1 The MERIDIAN-MR study was a prospective, multicentre, single-arm investigation in which 214 patients (152 degenerative, 62 functional) underwent mitral repair with the Meridian ring at seven centres in Ireland, Sweden and Germany between 2019 and 2021; echocardiography was core-laboratory adjudicated, and follow-up at three years was 94 % complete.

| Outcome | Result at 3 years | CEP criterion | Notes |
|---|---|---|---|
| Freedom from MR grade 2+ or more (degenerative) | 91.4 % | 85 % or more | Kaplan-Meier |
| Freedom from MR grade 2+ or more (functional) | 76.2 % | 70 % or more | Kaplan-Meier |
| Freedom from mitral reoperation | 95.8 % | 93 % or more | All patients |
| 30-day mortality | 1.4 % (3/214) | 3 % or less | None device related |
| SAM with LVOT gradient of 30 mmHg or more | 1.9 % (4/214) | 3 % or less | Resolved medically in 3 |

4.2 Post-market surveillance from 2019 to 2024 (approximately 3,900 rings sold) recorded 12 complaints, of which five were ring dehiscence requiring reoperation; no trend was identified.

# 5 Residual risks and side-effects

5.1 The residual risks are: (i) recurrent or residual mitral regurgitation; (ii) systolic anterior motion of the anterior leaflet with left ventricular outflow tract obstruction; (iii) ring dehiscence; (iv) thromboembolism; (v) endocarditis; (vi) haemolysis; (vii) functional mitral stenosis with an undersized ring; (viii) injury to the circumflex artery or the conduction system during suture placement.

# 6 Benefit-risk determination

6.1 The evidence from MERIDIAN-MR meets each acceptance criterion of plan KCV-CEP-015, and the rates of adverse events are within the range reported for established semi-rigid rings. The benefit-risk ratio is judged favourable. Three-year data are considered sufficient for certification, with longer-term durability to be confirmed through PMCF, viz. the MERIDIAN registry with follow-up to ten years.

# 7 References

Goldstein, D., Moskowitz, A.J., Gelijns, A.C. et al. (2016) 'Two-year outcomes of surgical treatment of severe ischemic mitral regurgitation', New England Journal of Medicine, 374(4), pp. 344-353.

Vahanian, A., Beyersdorf, F., Praz, F. et al. (2022) '2021 ESC/EACTS Guidelines for the management of valvular heart disease', European Heart Journal, 43(7), pp. 561-632.
"""

PMCF = f"""
= Post-Market Clinical Follow-up Plan: Meridian Mitral Annuloplasty Ring

KCV-PMCF-015, revision 1, 20 December 2024. {MFR}. Basic UDI-DI {UDI}.

# 1 Open questions from the clinical evaluation

The CER (KCV-CER-015) identified the following matters for PMCF: durability of repair beyond three years; the rate of ring dehiscence, observed in PMS but too rare to estimate in the investigation; and outcomes in functional regurgitation, where the investigation enrolled only 62 patients.

# 2 Objectives and endpoints

| Objective | Endpoint | Time point | Notes |
|---|---|---|---|
| Long-term durability | Freedom from MR grade 2+ or more and from reoperation | 5 and 10 years | Extension of MERIDIAN-MR cohort plus registry |
| Ring dehiscence | Incidence of dehiscence requiring intervention | Annually | Target precision below |
| Functional MR subgroup | Freedom from MR grade 2+ or more | 3 and 5 years | At least 150 functional patients |

# 3 Methods

A prospective registry at no fewer than twelve European centres, enrolling consecutive adults undergoing mitral repair with the Meridian ring; echocardiography at discharge, 1, 3, 5 and 10 years; the original MERIDIAN-MR patients continue follow-up to ten years.

# 4 Sample size

For dehiscence, with an expected rate of 1.5 % at five years, 500 patients give a 95 % confidence interval of approximately 0.6 % to 3.1 %. A minimum of 150 patients with functional regurgitation provides a half-width of about 7 percentage points around the expected freedom from recurrence.

# 5 Timeline

Enrolment 2025-2027; five-year analysis 2032; ten-year analysis 2037; annual reporting in the PMCF evaluation report and the SSCP update.
"""

IFU_EN = f"""
= Meridian Mitral Annuloplasty Ring: Instructions for Use

{MFR}, Limerick, Ireland. Basic UDI-DI {UDI}. KCV-IFU-015 rev. C.

# Indications

The Meridian ring is indicated for patients of 18 years or over with degenerative or functional mitral regurgitation undergoing surgical mitral valve repair, to remodel and stabilise the mitral annulus.

# Contraindications

- Active endocarditis.
- Heavily calcified mitral annulus that does not permit secure placement of sutures.
- Patients in whom mitral valve replacement is indicated rather than repair.

# Warnings and precautions

- Use only the Meridian sizers to select the ring size; an undersized ring may cause functional mitral stenosis, and an oversized ring may leave residual regurgitation or predispose to systolic anterior motion.
- Avoid deep suture bites in the region of the circumflex artery and the conduction tissue.
- Assess repair by transoesophageal echocardiography before closure.

# Possible complications

Residual or recurrent mitral regurgitation; systolic anterior motion with outflow tract obstruction; ring dehiscence; thromboembolism; endocarditis; haemolysis; mitral stenosis; injury to the circumflex artery or conduction system.

# Specifications

| Property | Detail |
|---|---|
| Sizes | 26, 28, 30, 32, 34, 36, 38, 40 mm |
| Core | Cobalt-chromium alloy |
| Covering | Silicone sheath, polyester sewing cuff |
| MRI | MR Conditional, 1.5 T and 3 T |
| Sterilisation | Ethylene oxide; single use |
"""

IFU_FR = f"""
= Anneau d'annuloplastie mitrale Meridian : Mode d'emploi

{MFR}, Limerick, Irlande. Basic UDI-DI {UDI}. KCV-IFU-015 rév. C.

# Indications

L'anneau Meridian est indiqué chez les patients âgés de 18 ans ou plus présentant une insuffisance mitrale dégénérative ou fonctionnelle et bénéficiant d'une réparation chirurgicale de la valve mitrale, afin de remodeler et de stabiliser l'anneau mitral.

# Contre-indications

- Endocardite active.
- Anneau mitral fortement calcifié ne permettant pas la mise en place sûre des sutures.
- Patients chez qui un remplacement valvulaire mitral est indiqué plutôt qu'une réparation.

# Mises en garde et précautions

- Utiliser uniquement les calibreurs Meridian pour choisir la taille de l'anneau ; un anneau sous-dimensionné peut entraîner une sténose mitrale fonctionnelle, un anneau surdimensionné une fuite résiduelle ou un mouvement systolique antérieur.
- Éviter les points profonds à proximité de l'artère circonflexe et du tissu de conduction.
- Évaluer la réparation par échocardiographie transœsophagienne avant la fermeture.

# Complications possibles

Insuffisance mitrale résiduelle ou récidivante ; mouvement systolique antérieur avec obstruction de la chambre de chasse ; désinsertion de l'anneau ; thromboembolie ; endocardite ; hémolyse ; sténose mitrale ; lésion de l'artère circonflexe ou du tissu de conduction.

# Caractéristiques

| Propriété | Détail |
|---|---|
| Tailles | 26 à 40 mm (par pas de 2 mm) |
| Armature | Alliage cobalt-chrome |
| IRM | Compatible IRM sous conditions, 1,5 T et 3 T |
| Stérilisation | Oxyde d'éthylène ; à usage unique |
"""

IFU_DE = f"""
= Meridian Mitralanuloplastiering: Gebrauchsanweisung

{MFR}, Limerick, Irland. Basic UDI-DI {UDI}. KCV-IFU-015 Rev. C.

# Indikationen

Der Meridian-Ring ist bei Patienten ab 18 Jahren mit degenerativer oder funktioneller Mitralinsuffizienz indiziert, bei denen eine chirurgische Mitralklappenrekonstruktion durchgeführt wird, um den Mitralanulus zu remodellieren und zu stabilisieren.

# Kontraindikationen

- Aktive Endokarditis.
- Stark verkalkter Mitralanulus, der keine sichere Nahtplatzierung erlaubt.
- Patienten, bei denen ein Mitralklappenersatz anstelle einer Rekonstruktion indiziert ist.

# Warnhinweise und Vorsichtsmaßnahmen

- Die Ringgröße nur mit den Meridian-Sizern bestimmen; ein zu kleiner Ring kann eine funktionelle Mitralstenose verursachen, ein zu großer Ring eine Restinsuffizienz oder eine systolische Vorwärtsbewegung begünstigen.
- Tiefe Nahtstiche im Bereich der Arteria circumflexa und des Reizleitungssystems vermeiden.
- Das Rekonstruktionsergebnis vor dem Verschluss mittels transösophagealer Echokardiographie beurteilen.

# Mögliche Komplikationen

Residuelle oder rezidivierende Mitralinsuffizienz; systolische Vorwärtsbewegung mit Ausflusstraktobstruktion; Ringdehiszenz; Thromboembolie; Endokarditis; Hämolyse; Mitralstenose; Verletzung der Arteria circumflexa oder des Reizleitungssystems.

# Technische Angaben

| Merkmal | Angabe |
|---|---|
| Größen | 26-40 mm in Schritten von 2 mm |
| Kern | Kobalt-Chrom-Legierung |
| MRT | Bedingt MR-sicher, 1,5 T und 3 T |
| Sterilisation | Ethylenoxid; Einmalprodukt |
"""

SSCP = f"""
= Summary of Safety and Clinical Performance: Meridian Ring

KCV-SSCP-015 revision 1, January 2025.

# 1 Device identification

Trade name: Meridian Semi-Rigid Mitral Annuloplasty Ring. Manufacturer: {MFR}, Limerick, Ireland; SRN IE-MF-000029915. Basic UDI-DI: {UDI}. Class III. Notified Body: {NB}.

# 2 Intended purpose, indications and population

Surgical mitral valve repair in adults (18 years and over) with degenerative or functional mitral regurgitation. Contraindications: active endocarditis; heavy annular calcification preventing secure suturing; patients requiring valve replacement.

# 3 Residual risks and undesirable effects

| Risk | Frequency | Notes |
|---|---|---|
| Recurrent or residual MR grade 2+ or more | 8.6 % (degenerative) and 23.8 % (functional) at 3 years | MERIDIAN-MR |
| Systolic anterior motion with LVOT obstruction | 1.9 % | Early postoperative |
| Mitral reoperation (all causes) | 4.2 % at 3 years | Includes dehiscence |
| Ring dehiscence | 0.9 % at 3 years | PMS also monitors |
| Thromboembolism | 1.4 % per patient-year | |
| Endocarditis | 0.5 % per patient-year | |
| Haemolysis | 0.5 % | |
| Functional mitral stenosis | 0.9 % | Mean gradient above 8 mmHg |
| Circumflex artery or conduction system injury | 0.5 % | |

# 4 Clinical evaluation summary

In MERIDIAN-MR (214 patients, three-year follow-up 94 % complete), freedom from MR grade 2+ or more was 91.4 % in degenerative and 76.2 % in functional regurgitation; freedom from reoperation was 95.8 %.

# 5 PMCF

A registry of at least 500 patients, with follow-up to ten years, will address long-term durability, ring dehiscence and the functional regurgitation subgroup.
"""

CEAR = f"""
= Clinical Evaluation Assessment Report

{NB}, Sankt Eriksgatan 60, 112 34 Stockholm, Sweden

Our ref.: NCM/CEAR/2025/0036. Date: 18 February 2025.

To: {MFR}, Raheen Business Park, Limerick, Ireland

Subject: Meridian Semi-Rigid Mitral Annuloplasty Ring, Basic UDI-DI {UDI}; MDR certification, Annex IX.

# 1. Intended purpose

The Notified Body understands the intended purpose to be the surgical repair of the mitral valve, by annular remodelling and stabilisation, in adults aged 18 years and older with mitral regurgitation of degenerative or functional origin.

# 2. Documents assessed

CEP KCV-CEP-015 rev. 1; CER KCV-CER-015 Revision 2 (11 December 2024); PMCF plan KCV-PMCF-015 rev. 1; IFU rev. C (English, French, German); SSCP KCV-SSCP-015 rev. 1.

# 3. Findings

Finding 1: The device was placed on the market under Directive 93/42/EEC in 2019. The manufacturer has not claimed the Article 54(2)(b) exemption, and the file is subject to the consultation procedure as a class III implantable device (Rule 8).

Finding 2: The CER reports each acceptance criterion of the CEP, with results from a prospective investigation of the device itself; all criteria are met.

Finding 3: Follow-up in the investigation is three years. The manufacturer does not claim durability beyond that period, and long-term durability is an objective of the PMCF plan, which is considered appropriate.

Finding 4: The residual risks of the IFU (all three languages) are reflected, with frequencies, in the SSCP.

# 4. Conclusion

The Notified Body concludes that the clinical evidence is sufficient and that the benefit-risk ratio is acceptable for the intended purpose. The documentation will be forwarded to the expert panel (circulatory system: heart valves and valve repair) under Article 54(1).

Yours faithfully,

> Dr Ingrid Sandberg, Clinical Evaluator (Cardiothoracic Surgery)
"""

DOSSIER = {
    "id": "n04_mitral_annuloplasty_ring",
    "device": "Meridian Semi-Rigid Mitral Annuloplasty Ring",
    "device_class": "III",
    "clean": True,
    "docs": [
        {"file": "KCV-CEP-015_Meridian_CEP.md", "role": "CEP", "lang": "en", "text": CEP},
        {"file": "KCV-CER-015_Meridian_CER_rev2.pdf", "role": "CER", "lang": "en", "text": CER,
         "header": "KCV-CER-015 Revision 2", "serif": True},
        {"file": "KCV-PMCF-015_Meridian_PMCF.pdf", "role": "PMCF-plan", "lang": "en", "text": PMCF},
        {"file": "Meridian_IFU_EN.docx", "role": "IFU", "lang": "en", "text": IFU_EN},
        {"file": "Meridian_IFU_FR.pdf", "role": "IFU", "lang": "fr", "text": IFU_FR},
        {"file": "Meridian_IFU_DE.docx", "role": "IFU", "lang": "de", "text": IFU_DE},
        {"file": "KCV-SSCP-015_Meridian_SSCP.pdf", "role": "SSCP", "lang": "en", "text": SSCP},
        {"file": "NCM-CEAR-2025-0036.pdf", "role": "CEAR", "lang": "en", "text": CEAR, "serif": True},
    ],
    "labels": [],
}
