"""n07: stented surgical bovine pericardial aortic valve (class III, Rules 8 and 18). Defective."""

MFR = "Drumcondra Heart Valves Ltd"
UDI = "0539200100PERIFLOWAV8"
NB = "Notified Body 2989, Bureau Européen de Certification Médicale SAS"

CEP = f"""
= Clinical Evaluation Plan: PeriFlow Stented Pericardial Aortic Bioprosthesis

DHV-CEP-011, Revision C, 15 July 2024. {MFR}, 4 Richmond Road, Drumcondra, Dublin 3, Ireland. Basic UDI-DI {UDI}.

# 1 Device and classification

1.1 The PeriFlow valve is a trileaflet bioprosthesis of glutaraldehyde-fixed bovine pericardium mounted on a flexible cobalt-chromium stent covered with polyester fabric, with a silicone sewing ring, for supra-annular implantation in the aortic position. It is class III by Annex VIII, Rule 8 (implantable, in direct contact with the heart) and Rule 18 (non-viable tissue of animal origin). The consultation procedure under Article 54(1)(a) applies.

# 2 Intended purpose

2.1 Replacement of a diseased, damaged or malfunctioning native or prosthetic aortic valve in patients aged 18 years and over in whom a bioprosthesis is chosen by the heart team.

# 3 Acceptance criteria

| Outcome | Criterion | Source of benchmark | Notes |
|---|---|---|---|
| Valve-related mortality at 1 year | 2 % or less | ISO 5840-2 objective performance criteria | |
| Thromboembolism, linearised rate | 2.5 %/patient-year or less | ISO 5840-2 OPC | |
| Major paravalvular leak | 1.0 %/patient-year or less | ISO 5840-2 OPC | |
| Mean gradient at 1 year (size 21 mm) | 15 mmHg or less | Published pericardial valves | Haemodynamic performance |
| Freedom from structural valve deterioration | Reported at each available time point | VARC-3 definitions | Long-term via PMCF |

# 4 Clinical development

4.1 Clinical data: the PERIFLOW-EU investigation (own device) and the published data of an equivalent device, subject to demonstration of clinical, technical and biological equivalence in accordance with MDCG 2020-5.
"""

CER = f"""
= Clinical Evaluation Report: PeriFlow Stented Pericardial Aortic Bioprosthesis

Document DHV-CER-011, Revision G, 28 February 2025. {MFR}, Dublin, Ireland. Basic UDI-DI {UDI}. Class III. Prepared by Dr F. Gallagher, Clinical Evaluation Lead.

# 1 Device description

1.1 The PeriFlow valve is a stented trileaflet bioprosthesis constructed from bovine pericardium fixed in glutaraldehyde and treated with an anti-calcification process (ethanol and surfactant), mounted on a cobalt-chromium wireform covered with polyester fabric. The valve is available in sizes 19, 21, 23, 25 and 27 mm (tissue annulus diameter), each with a dedicated sizer and holder.

# 2 Intended purpose

2.1 The PeriFlow valve is intended for the replacement of a diseased, damaged or malfunctioning native or prosthetic aortic valve in patients aged 18 years and over for whom the heart team has selected a biological prosthesis.

# 3 State of the art

3.1 Surgical aortic valve replacement with a stented bioprosthesis remains a standard treatment for aortic valve disease; current ESC/EACTS guidance favours a bioprosthesis in patients over 65 years and transcatheter implantation in older or higher-risk patients (Vahanian et al., 2022). Established bovine pericardial valves have shown freedom from reoperation for structural valve deterioration of about 90 % to 98 % at 15 years and 80 % to 85 % at 20 years in patients over 60 (Bourguignon et al., 2015; Johnston et al., 2015).

# 4 Equivalence

4.1 Equivalence is claimed to the Aurelis Pericardial Aortic Valve manufactured by Helvion Medical AG, Switzerland, which has been marketed since 2009. Clinical equivalence (same indication, population and site), technical equivalence (same leaflet material and fixation, similar stent design and deployment) and biological equivalence (same tissue species and chemical treatment) are considered demonstrated, as summarised below.

| Characteristic | PeriFlow | Aurelis | Notes |
|---|---|---|---|
| Leaflet tissue | Bovine pericardium, glutaraldehyde-fixed | Bovine pericardium, glutaraldehyde-fixed | Same species and fixation |
| Anti-calcification treatment | Ethanol and surfactant | Ethanol and surfactant | Per published description |
| Stent | Cobalt-chromium wireform, fabric covered | Cobalt-chromium wireform, fabric covered | Similar geometry |
| Implant position | Supra-annular aortic | Supra-annular aortic | |
| Population | Adults requiring aortic valve replacement | Adults requiring aortic valve replacement | |

4.2 No contract with Helvion Medical AG exists; the technical comparison relies on published data, the Aurelis SSCP and bench testing of commercially purchased Aurelis samples.

# 5 Clinical data

| Source | Device | Patients | Follow-up | Key results | Notes |
|---|---|---|---|---|---|
| PERIFLOW-EU (CIV-IE-21-02-034118) | PeriFlow | 286 | Mean 2.4 years (maximum 3.1 years) | Valve-related mortality 1.0 % at 1 year; thromboembolism 1.8 %/pt-yr; major PVL 0.4 %/pt-yr; mean gradient 12.1 mmHg (21 mm) | Own device |
| Aurelis 12-year series (Keller et al., 2021) | Aurelis | 1,140 | Up to 12 years | Freedom from SVD 93.5 % at 10 years | Equivalent device |
| Aurelis registry (Morand et al., 2019) | Aurelis | 2,315 | Median 6.8 years | Freedom from reoperation for SVD 96.1 % at 8 years | Equivalent device |

5.1 All ISO 5840-2 objective performance criteria and the haemodynamic criterion of the CEP are met by the PeriFlow data. No structural valve deterioration was observed in PERIFLOW-EU to date.

# 6 Residual risks

Structural valve deterioration requiring reintervention; thromboembolism and valve thrombosis; endocarditis; paravalvular leak; haemolysis; patient-prosthesis mismatch; conduction disturbance requiring pacemaker; bleeding related to anticoagulation.

# 7 Benefit-risk and conclusions

7.1 On the basis of the PERIFLOW-EU data and the equivalent-device data, the benefit-risk ratio is considered favourable. Freedom from structural valve deterioration of at least 95 % at 15 years is thereby demonstrated for the PeriFlow valve, supporting its use in younger patients.

# 8 References

Bourguignon, T., Bouquiaux-Stablo, A.L., Candolfi, P. et al. (2015) 'Very long-term outcomes of the Carpentier-Edwards Perimount valve in aortic position', Annals of Thoracic Surgery, 99(3), pp. 831-837.

Johnston, D.R., Soltesz, E.G., Vakil, N. et al. (2015) 'Long-term durability of bioprosthetic aortic valves: implications from 12,569 implants', Annals of Thoracic Surgery, 99(4), pp. 1239-1247.

Keller, M., Baumann, S. and Frei, C. (2021) 'Twelve-year results of the Aurelis pericardial valve', European Journal of Cardio-Thoracic Surgery, 60(2), pp. 311-318.

Morand, P., Ziegler, A. and Huber, R. (2019) 'The Aurelis Swiss registry', Interactive CardioVascular and Thoracic Surgery, 29(4), pp. 520-526.

Vahanian, A., Beyersdorf, F., Praz, F. et al. (2022) '2021 ESC/EACTS Guidelines for the management of valvular heart disease', European Heart Journal, 43(7), pp. 561-632.
"""

PMCF = f"""
= PMCF Plan: PeriFlow Aortic Bioprosthesis

DHV-PMCF-011, Revision B, 3 March 2025. {MFR}.

# 1 Objectives

1.1 To establish the long-term freedom from structural valve deterioration (VARC-3 stages 2 and 3) and from reintervention at 5, 10 and 15 years.

1.2 To confirm the thromboembolism and endocarditis rates in a broader population.

# 2 Methods

2.1 Continued follow-up of the PERIFLOW-EU cohort to 15 years, together with a prospective registry (PERIFLOW-REG) of 800 patients at 20 European centres with annual echocardiography.

# 3 Sample size

3.1 With 800 patients and an expected freedom from SVD of 95 % at 10 years, the 95 % confidence interval half-width is approximately 2 percentage points after attrition of 30 %.

# 4 Timeline

4.1 Registry enrolment 2025-2027; 5-year report 2030; 10-year report 2035; 15-year report 2040.
"""

IFU_EN = f"""
= PeriFlow Aortic Bioprosthesis: Instructions for Use

{MFR}, Dublin, Ireland. Basic UDI-DI {UDI}. DHV-IFU-011-EN rev. 6.

# Indications

The PeriFlow valve is indicated for the replacement of a diseased, damaged or malfunctioning native or prosthetic aortic valve in patients aged 18 years and over.

# Contraindications

- Known hypersensitivity to bovine tissue or glutaraldehyde.
- Not recommended in patients with disorders of calcium metabolism (e.g. chronic renal failure on dialysis, hyperparathyroidism), in whom accelerated calcification is likely.

# Warnings

- Rinse the valve as described before implantation; glutaraldehyde residues may cause toxicity.
- Do not pass catheters or instruments through the valve.
- Anticoagulation in the first three months and antiplatelet therapy thereafter are at the discretion of the physician.

# Potential adverse events

Structural valve deterioration, thromboembolism, valve thrombosis, endocarditis, paravalvular leak, haemolysis, patient-prosthesis mismatch, conduction disturbance, bleeding.

# Available sizes

The valve is supplied in six sizes, from 19 mm to 29 mm.

| Size (mm) | Sewing ring external diameter (mm) | Profile height (mm) |
|---|---|---|
| 19 | 26 | 14 |
| 21 | 28 | 15 |
| 23 | 30 | 16 |
| 25 | 32 | 17 |
| 27 | 34 | 18 |
| 29 | 36 | 19 |
"""

IFU_FR = f"""
= Bioprothèse aortique PeriFlow : Mode d'emploi

{MFR}, Dublin, Irlande. Basic UDI-DI {UDI}. DHV-IFU-011-FR rév. 6.

# Indications

La valve PeriFlow est indiquée pour le remplacement d'une valve aortique native ou prothétique malade, endommagée ou dysfonctionnelle chez les patients âgés de 18 ans et plus.

# Contre-indications

- Hypersensibilité connue au tissu bovin ou au glutaraldéhyde.
- Déconseillée chez les patients présentant des troubles du métabolisme calcique (p. ex. insuffisance rénale chronique dialysée, hyperparathyroïdie).

# Mises en garde

- Rincer la valve avant l'implantation ; les résidus de glutaraldéhyde peuvent être toxiques.
- Ne pas faire passer de cathéters ou d'instruments à travers la valve.
- L'anticoagulation pendant les trois premiers mois puis le traitement antiplaquettaire sont laissés à l'appréciation du médecin.

# Événements indésirables possibles

Détérioration structurelle de la valve, thromboembolie, thrombose de valve, endocardite, fuite paravalvulaire, hémolyse, inadéquation patient-prothèse, troubles de conduction, saignement.

# Tailles disponibles

19, 21, 23, 25, 27 et 29 mm.
"""

IFU_IT = f"""
= Bioprotesi aortica PeriFlow: Istruzioni per l'uso

{MFR}, Dublino, Irlanda. Basic UDI-DI {UDI}. DHV-IFU-011-IT rev. 6.

# Indicazioni

La valvola PeriFlow è indicata per la sostituzione di una valvola aortica nativa o protesica malata, danneggiata o malfunzionante in pazienti di età pari o superiore a 18 anni.

# Controindicazioni

- Ipersensibilità nota al tessuto bovino o alla glutaraldeide.
- Sconsigliata nei pazienti con disturbi del metabolismo del calcio (ad es. insufficienza renale cronica in dialisi, iperparatiroidismo).

# Avvertenze

- Risciacquare la valvola prima dell'impianto; i residui di glutaraldeide possono essere tossici.
- Non far passare cateteri o strumenti attraverso la valvola.
- La terapia anticoagulante nei primi tre mesi e successivamente antiaggregante è a discrezione del medico.

# Possibili eventi avversi

Deterioramento strutturale della valvola, tromboembolia, trombosi valvolare, endocardite, leak paravalvolare, emolisi, mismatch paziente-protesi, disturbi della conduzione, sanguinamento.

# Misure disponibili

19, 21, 23, 25, 27 e 29 mm.
"""

SSCP = f"""
= Summary of Safety and Clinical Performance: PeriFlow Aortic Bioprosthesis

DHV-SSCP-011, Revision 2, March 2025.

# 1 Device identification

PeriFlow Stented Pericardial Aortic Bioprosthesis; {MFR}, Dublin (SRN IE-MF-000030442); Basic UDI-DI {UDI}; class III; {NB}.

# 2 Intended purpose

Replacement of a diseased, damaged or malfunctioning native or prosthetic aortic valve in patients aged 18 years and over.

# 3 Device description

Bovine pericardial trileaflet valve on a fabric-covered cobalt-chromium stent, sizes 19 mm to 27 mm in 2 mm steps.

# 4 Residual risks and undesirable effects

| Event | PERIFLOW-EU rate | Notes |
|---|---|---|
| Structural valve deterioration | None observed to 3.1 years | Follow-up limited |
| Thromboembolism | 1.8 % per patient-year | |
| Valve thrombosis | 0.3 % per patient-year | |
| Endocarditis | 0.7 % per patient-year | |
| Major paravalvular leak | 0.4 % per patient-year | |
| Haemolysis | 0.3 % | |
| Severe patient-prosthesis mismatch | 4.2 % | |
| Permanent pacemaker | 3.5 % | |
| Major bleeding | 1.4 % per patient-year | |

# 5 Clinical performance

Equivalence to the Aurelis valve (Helvion Medical AG) is claimed; freedom from structural valve deterioration of 93.5 % at 10 years has been reported for that device.
"""

CEAR = f"""
= Clinical Evaluation Assessment Report

{NB}, 21 rue de la Chaussée d'Antin, 75009 Paris, France

N/Réf. BECM-CEAR-2025-077. Date: 9 April 2025.

To: The Regulatory Affairs Director, {MFR}, Dublin 3, Ireland

Subject: PeriFlow Stented Pericardial Aortic Bioprosthesis, Basic UDI-DI {UDI}; initial certification, Annex IX.

# A. Documents

The assessment was based on the clinical evaluation plan DHV-CEP-011 Revision C, the clinical evaluation report DHV-CER-011 Revision F dated 10 January 2025, the PMCF plan DHV-PMCF-011 Revision B, the IFU revision 6 (English, French, Italian) and the SSCP DHV-SSCP-011 Revision 2.

# B. Intended purpose

Replacement of a diseased, damaged or malfunctioning native or prosthetic aortic valve in patients aged 18 years and over selected for a biological prosthesis.

# C. Classification

Class III, Rules 8 and 18. Article 54(1)(a) applies.

# D. Findings

Finding 1: PERIFLOW-EU (286 patients) meets the ISO 5840-2 objective performance criteria at one year.

Finding 2: Long-term performance is supported by the data of the equivalent Aurelis valve.

Finding 3: The PMCF plan provides for follow-up to 15 years.

# E. Conclusion

The Notified Body considers the clinical evidence sufficient, subject to the opinion of the expert panel on heart valves.

> Dr Hélène Marchand, Évaluatrice clinique (chirurgie cardiaque)
"""

F_CEP = "DHV-CEP-011_PeriFlow_CEP_RevC.pdf"
F_CER = "DHV-CER-011_PeriFlow_CER_RevG.pdf"
F_PMCF = "DHV-PMCF-011_PeriFlow_PMCF_RevB.docx"
F_IFU_EN = "PeriFlow_IFU_EN.docx"
F_IFU_FR = "PeriFlow_IFU_FR.docx"
F_IFU_IT = "PeriFlow_IFU_IT.pdf"
F_SSCP = "DHV-SSCP-011_PeriFlow_SSCP.docx"
F_CEAR = "BECM-CEAR-2025-077_PeriFlow.pdf"

DOSSIER = {
    "id": "n07_aortic_bioprosthesis",
    "device": "PeriFlow stented surgical bovine pericardial aortic valve",
    "device_class": "III",
    "clean": False,
    "docs": [
        {"file": F_CEP, "role": "CEP", "lang": "en", "text": CEP, "header": "DHV-CEP-011 Rev. C"},
        {"file": F_CER, "role": "CER", "lang": "en", "text": CER, "header": "DHV-CER-011 Revision G, 28/02/2025"},
        {"file": F_PMCF, "role": "PMCF-plan", "lang": "en", "text": PMCF},
        {"file": F_IFU_EN, "role": "IFU", "lang": "en", "text": IFU_EN},
        {"file": F_IFU_FR, "role": "IFU", "lang": "fr", "text": IFU_FR},
        {"file": F_IFU_IT, "role": "IFU", "lang": "it", "text": IFU_IT},
        {"file": F_SSCP, "role": "SSCP", "lang": "en", "text": SSCP},
        {"file": F_CEAR, "role": "CEAR", "lang": "en", "text": CEAR, "serif": True},
    ],
    "labels": [
        {
            "defect": "fifteen_year_durability_claimed_on_three_year_data",
            "category": "claim",
            "documents": [F_CER],
            "quotes": [
                "Freedom from structural valve deterioration of at least 95 % at 15 years is thereby demonstrated for the PeriFlow valve",
                "Mean 2.4 years (maximum 3.1 years)",
            ],
            "description": "The CER concludes a 15-year durability for the PeriFlow valve (and younger patients) although its own investigation follows patients for at most 3.1 years; the long-term figures belong to another device.",
            "accept": ["evidence"],
        },
        {
            "defect": "equivalence_to_competitor_without_contract",
            "category": "evidence",
            "documents": [F_CER, F_SSCP, F_CEAR],
            "quotes": [
                "Equivalence to the Aurelis valve (Helvion Medical AG) is claimed",
                "Long-term performance is supported by the data of the equivalent Aurelis valve.",
                "Equivalence is claimed to the Aurelis Pericardial Aortic Valve manufactured by Helvion Medical AG, Switzerland",
                "No contract with Helvion Medical AG exists; the technical comparison relies on published data",
            ],
            "description": "For a class III implant, equivalence to another manufacturer's device requires a contract giving ongoing access to its technical documentation (Art. 61(5)); none exists, yet the long-term evidence rests on that device and the CEAR accepts it.",
            "accept": [],
        },
        {
            "defect": "size_29_only_in_ifu",
            "category": "specification",
            "documents": [F_IFU_EN, F_IFU_FR, F_CER, F_SSCP],
            "quotes": [
                "The valve is available in sizes 19, 21, 23, 25 and 27 mm (tissue annulus diameter)",
                "sizes 19 mm to 27 mm in 2 mm steps",
                "The valve is supplied in six sizes, from 19 mm to 29 mm.",
                "19, 21, 23, 25, 27 et 29 mm.",
            ],
            "description": "The IFU (all languages) lists a 29 mm size that the CER and SSCP do not include; the size range differs between documents and the 29 mm valve is not covered by the evaluation.",
            "accept": ["device-identity"],
        },
        {
            "defect": "cear_cites_superseded_cer_revision",
            "category": "documentation",
            "documents": [F_CEAR, F_CER],
            "quotes": [
                "the clinical evaluation report DHV-CER-011 Revision F dated 10 January 2025",
                "Document DHV-CER-011, Revision G, 28 February 2025.",
            ],
            "description": "The CEAR states it assessed CER Revision F of 10 January 2025, whereas the CER supplied is Revision G of 28 February 2025.",
            "accept": [],
        },
    ],
}
