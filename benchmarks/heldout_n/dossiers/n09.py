"""n09: doxorubicin-eluting embolisation microspheres (class III, Rules 14 and 8). Defective."""

MFR = "Tolka Interventional Oncology Ltd"
UDI = "0539774300ONCDOX1003F"
NB = "Notified Body 2941, Institut de Certification des Dispositifs Médicaux (ICDM)"

CEP = f"""
= Clinical Evaluation Plan: OncoSphere DOX Drug-Eluting Microspheres

TIO-CEP-002, Revision 1, 12 June 2024. {MFR}, Unit 14, Finglas Business Centre, Dublin 11, Ireland. Basic UDI-DI: {UDI}.

# 1 Description and classification

1.1 OncoSphere DOX consists of calibrated, compressible polyvinyl alcohol hydrogel microspheres of 100 to 300 µm, supplied pre-loaded with doxorubicin hydrochloride (75 mg per vial, in 2 ml of sedimented microspheres), for transarterial chemoembolisation of liver tumours.

1.2 The principal intended action, i.e. the embolisation of the tumour-feeding arteries, is achieved by physical means; doxorubicin, a medicinal substance which if used separately would be a medicinal product, acts in an ancillary manner. The product is therefore regulated as a device under Article 1(8), and the quality, safety and usefulness of the doxorubicin are subject to consultation of a medicines authority under Annex IX, Section 5.2. The device is class III under Rule 14 and, as an implantable device intended to administer a medicinal product, also under Rule 8. The clinical evaluation consultation procedure of Article 54(1)(a) applies.

# 2 Intended purpose

2.1 Chemoembolisation of unresectable hepatocellular carcinoma in adults (18 years and over) with intermediate-stage disease (BCLC stage B), Child-Pugh class A or B7 liver function and ECOG performance status 0 or 1.

# 3 Outcome parameters and acceptance criteria

| Parameter | Criterion | Notes |
|---|---|---|
| Objective response (mRECIST) at 6 months | 55 % or more | Benchmark: DEB-TACE series 52-72 % |
| Post-embolisation syndrome grade 3 or more | 10 % or less | |
| Liver failure or abscess within 30 days | 5 % or less | |
| Systemic doxorubicin-related adverse events (alopecia, myelosuppression) | Lower than conventional TACE | PRECISION V comparison |

# 4 Data sources

4.1 The OSD-HCC-01 prospective study; literature on drug-eluting bead TACE; PMS data from the unloaded OncoSphere microspheres.
"""

CER = f"""
= Clinical Evaluation Report: OncoSphere DOX

TIO-CER-002, Revision 2, 6 February 2025. {MFR}, Dublin, Ireland. Basic UDI-DI {UDI}. Class III (Rules 14 and 8). Compiled by Dr N. Brereton, Clinical Scientist.

# 1 Device description

1.1 OncoSphere DOX comprises sulfonated polyvinyl alcohol hydrogel microspheres of 100-300 µm, pre-loaded with 75 mg of doxorubicin hydrochloride per vial. The microspheres are mixed with non-ionic contrast medium and delivered through a microcatheter of 0.021 inch or larger inner diameter into the segmental or subsegmental arteries feeding the tumour, where they occlude flow and release doxorubicin locally over about 14 days.

# 2 Intended purpose

2.1 Transarterial chemoembolisation of unresectable hepatocellular carcinoma in adults aged 18 years and over with BCLC stage B disease, Child-Pugh A or B7 and ECOG 0-1.

# 3 State of the art

3.1 TACE is the recommended treatment for intermediate-stage HCC (EASL, 2018). Conventional TACE (doxorubicin emulsified in Lipiodol followed by particles) and TACE with drug-eluting beads give similar survival, with less systemic doxorubicin exposure and fewer doxorubicin-related side-effects with beads (Lammer et al., 2010). Objective response rates by mRECIST of 52 % to 72 % and median survival of 19 to 30 months are reported in BCLC stage B.

# 4 Clinical data

| Ref. | Study | Subject | Results | Use in this evaluation |
|---|---|---|---|---|
| [1] | OSD-HCC-01 (own device), prospective, 2021-2023 | 96 adults with BCLC B HCC | 12-month survival 83.3 %; PES grade 3 or more 7.3 %; liver abscess 2.1 % | Primary data |
| [2] | Lewis et al. (2006) | Rabbit VX2 liver tumour model | Tumour necrosis after doxorubicin bead embolisation; low plasma doxorubicin | Supports performance (tumour necrosis, local retention) |
| [3] | Fiorentini et al. (2012) | 74 patients with colorectal liver metastases, irinotecan-loaded beads | Survival benefit over systemic FOLFIRI | Supports clinical benefit of drug-eluting embolisation |
| [4] | Lammer et al. (2010), PRECISION V | 212 HCC patients, other manufacturer's doxorubicin beads vs cTACE | Fewer doxorubicin-related AEs with beads | State of the art |

4.1 The principal efficacy outcome evaluated in this report is overall survival at 12 months, which at 83.3 % in OSD-HCC-01 compares favourably with published DEB-TACE series. Post-embolisation syndrome of grade 3 or more (7.3 %) and liver failure or abscess within 30 days (3.1 %) are within the CEP thresholds.

# 5 Residual risks

Post-embolisation syndrome (pain, fever, nausea); hepatic decompensation or failure; liver abscess or biloma; non-target embolisation (e.g. gallbladder, stomach, lung through arteriovenous shunts); systemic doxorubicin effects including alopecia, myelosuppression and, at cumulative doses, cardiotoxicity, at lower frequency than conventional TACE.

# 6 Benefit-risk

6.1 On balance, and having regard to the state of the art, the benefit-risk ratio is considered favourable for the intended purpose.

# 7 PMCF

7.1 See TIO-PMCF-002: prospective registry of 250 patients.

# 8 References

[1] Tolka Interventional Oncology. OSD-HCC-01 clinical investigation report. 2024.

[2] Lewis AL, Taylor RR, Hall B, et al. Pharmacokinetic and safety study of doxorubicin-eluting beads in a porcine model of hepatic arterial embolization. J Vasc Interv Radiol. 2006;17(8):1335-43.

[3] Fiorentini G, Aliberti C, Tilli M, et al. Intra-arterial infusion of irinotecan-loaded drug-eluting beads (DEBIRI) versus intravenous therapy (FOLFIRI) for hepatic metastases from colorectal cancer. Anticancer Res. 2012;32(4):1387-95.

[4] Lammer J, Malagari K, Vogl T, et al. Prospective randomized study of doxorubicin-eluting-bead embolization in the treatment of hepatocellular carcinoma: results of the PRECISION V study. Cardiovasc Intervent Radiol. 2010;33(1):41-52.

[5] European Association for the Study of the Liver. EASL Clinical Practice Guidelines: management of hepatocellular carcinoma. J Hepatol. 2018;69(1):182-236.
"""

PMCF = f"""
= PMCF Plan: OncoSphere DOX

TIO-PMCF-002, Revision 1, 14 February 2025. {MFR}.

# 1 Objectives

(a) To estimate objective response (mRECIST) at 3 and 6 months and overall survival at 12 and 24 months in routine practice.

(b) To estimate the rates of liver abscess, biloma and non-target embolisation.

(c) To quantify systemic doxorubicin-related adverse events (alopecia, neutropenia, cardiac events).

# 2 Design

2.1 Prospective, multicentre registry (OSD-REG) at 15 interventional radiology centres in Ireland, France and Belgium enrolling consecutive adults with BCLC B HCC treated with OncoSphere DOX.

# 3 Sample size

3.1 250 patients give a 95 % confidence interval half-width of about 6 percentage points for a response rate of 60 %, and allow adverse events with an incidence of 1.2 % to be observed at least once with 95 % probability.

# 4 Timeline

4.1 Enrolment Q2 2025 to Q1 2027; 24-month follow-up complete Q1 2029; annual reports.
"""

IFU_EN = f"""
= OncoSphere DOX 100-300 µm: Instructions for Use

{MFR}, Dublin, Ireland. Basic UDI-DI {UDI}. TIO-IFU-002-EN, version 4.

# Indication

OncoSphere DOX is indicated for transarterial chemoembolisation of unresectable hepatocellular carcinoma (BCLC stage B) in adults with Child-Pugh A or B7 liver function and ECOG performance status 0-1.

# Contraindications

- Main portal vein thrombosis or hepatofugal portal flow.
- Decompensated cirrhosis (Child-Pugh B8 or worse) or bilirubin above 3 mg/dl.
- Arteriovenous shunting that cannot be corrected.
- Contraindications to doxorubicin, including left ventricular ejection fraction below 50 % and prior cumulative anthracycline exposure.
- Pregnancy and breast-feeding.

# Benefits

Because doxorubicin is held within the microspheres, OncoSphere DOX eliminates the systemic toxicity of doxorubicin; no cardiotoxicity, hair loss or bone-marrow suppression occurs with its use.

# Warnings

- Do not exceed 150 mg doxorubicin (two vials) per procedure.
- Perform angiography to identify extrahepatic collaterals and shunts before injection.
- Handle as a cytotoxic product; wear protective equipment.

# Adverse events

Post-embolisation syndrome, liver decompensation, liver abscess, biloma, non-target embolisation.

# Technical data

| Parameter | Value |
|---|---|
| Microsphere size | 100-300 µm |
| Doxorubicin hydrochloride | 75 mg per vial |
| Minimum microcatheter inner diameter | 0.021 in (0.53 mm) |
| Storage | 2-8 °C, protected from light |
"""

IFU_FR = f"""
= OncoSphere DOX 100-300 µm : Notice d'utilisation

{MFR}, Dublin, Irlande. Basic UDI-DI {UDI}. TIO-IFU-002-FR, version 4.

# Indication

OncoSphere DOX est indiqué pour la chimioembolisation transartérielle du carcinome hépatocellulaire non résécable (stade BCLC B) et des métastases hépatiques d'origine colorectale, chez l'adulte présentant une fonction hépatique Child-Pugh A ou B7 et un indice de performance ECOG de 0 à 1.

# Contre-indications

- Thrombose du tronc porte ou flux portal hépatofuge.
- Cirrhose décompensée (Child-Pugh B8 ou plus) ou bilirubine supérieure à 3 mg/dl.
- Shunt artérioveineux non corrigeable.
- Contre-indications à la doxorubicine, notamment fraction d'éjection ventriculaire gauche inférieure à 50 % et exposition antérieure aux anthracyclines.
- Grossesse et allaitement.

# Bénéfices

La doxorubicine étant retenue dans les microsphères, OncoSphere DOX élimine la toxicité systémique de la doxorubicine ; aucune cardiotoxicité, alopécie ou myélosuppression ne survient.

# Mises en garde

- Ne pas dépasser 150 mg de doxorubicine (deux flacons) par procédure.
- Réaliser une angiographie pour identifier les collatérales extrahépatiques et les shunts avant l'injection.
- Manipuler comme un produit cytotoxique ; porter un équipement de protection.

# Événements indésirables

Syndrome post-embolisation, décompensation hépatique, abcès hépatique, biliome, embolisation non ciblée.
"""

SSCP = f"""
= Summary of Safety and Clinical Performance: OncoSphere DOX

TIO-SSCP-002, Revision 1, February 2025.

# 1 Identification

OncoSphere DOX 100-300 µm; {MFR}, Dublin (SRN IE-MF-000033561); Basic UDI-DI {UDI}; class III; {NB}. Medicinal substance: doxorubicin hydrochloride, 75 mg per vial (ancillary action).

# 2 Intended purpose

Transarterial chemoembolisation of unresectable hepatocellular carcinoma, BCLC stage B, in adults with Child-Pugh A or B7 liver function and ECOG 0-1.

# 3 Residual risks and undesirable effects

| Event | Frequency (OSD-HCC-01, 96 patients, 12 months) |
|---|---|
| Post-embolisation syndrome grade 3 or more | 7.3 % |
| Liver failure or abscess within 30 days | 3.1 % |
| Biloma | 2.1 % |
| Non-target embolisation | 1.0 % |
| Alopecia | 4.2 % |

# 4 Clinical performance

Overall survival at 12 months was 83.3 %.
"""

CEAR = f"""
= Clinical Evaluation Assessment Report

{NB}, 14 avenue Tony Garnier, 69007 Lyon, France

Reference: ICDM/CEAR/25/0261. Date: 24 March 2025.

To: {MFR}, Finglas Business Centre, Dublin 11, Ireland

Object: OncoSphere DOX drug-eluting microspheres, Basic UDI-DI {UDI}.

# A. Documents assessed

CEP TIO-CEP-002 Rev. 1; CER TIO-CER-002 Rev. 2; PMCF plan TIO-PMCF-002 Rev. 1; IFU version 4 (English and French); SSCP TIO-SSCP-002 Rev. 1.

# B. Intended purpose

Transarterial chemoembolisation of unresectable hepatocellular carcinoma (BCLC B) in adults with Child-Pugh A or B7 and ECOG 0-1.

# C. Classification and procedures

Class III, Rules 14 and 8. The medicinal substance consultation under Annex IX Section 5.2 has been initiated with the competent medicines authority. As a class III implantable device, the device is subject to Article 54(1)(a).

# D. Findings

Finding 1: OSD-HCC-01 provides 12-month survival and safety data on 96 patients.

Finding 2: The PMCF plan addresses tumour response, survival and safety with a justified sample size.

# E. Conclusion

The Notified Body considers the clinical evidence sufficient for the stated intended purpose.

> Dr Julien Moreau, Clinical Reviewer (Interventional Radiology)
"""

F_CEP = "TIO-CEP-002_OncoSphereDOX_CEP.docx"
F_CER = "TIO-CER-002_OncoSphereDOX_CER.pdf"
F_PMCF = "TIO-PMCF-002_OncoSphereDOX_PMCF.pdf"
F_IFU_EN = "OncoSphereDOX_IFU_EN.pdf"
F_IFU_FR = "OncoSphereDOX_Notice_FR.docx"
F_SSCP = "TIO-SSCP-002_OncoSphereDOX_SSCP.pdf"
F_CEAR = "ICDM-CEAR-25-0261.docx"

DOSSIER = {
    "id": "n09_doxorubicin_microspheres",
    "device": "OncoSphere DOX doxorubicin-eluting embolisation microspheres",
    "device_class": "III",
    "clean": False,
    "docs": [
        {"file": F_CEP, "role": "CEP", "lang": "en", "text": CEP},
        {"file": F_CER, "role": "CER", "lang": "en", "text": CER, "header": "TIO-CER-002 Revision 2"},
        {"file": F_PMCF, "role": "PMCF-plan", "lang": "en", "text": PMCF, "serif": True},
        {"file": F_IFU_EN, "role": "IFU", "lang": "en", "text": IFU_EN},
        {"file": F_IFU_FR, "role": "IFU", "lang": "fr", "text": IFU_FR},
        {"file": F_SSCP, "role": "SSCP", "lang": "en", "text": SSCP},
        {"file": F_CEAR, "role": "CEAR", "lang": "en", "text": CEAR, "font": "Times New Roman"},
    ],
    "labels": [
        {
            "defect": "eliminates_systemic_doxorubicin_toxicity",
            "category": "claim",
            "documents": [F_IFU_EN, F_IFU_FR, F_CER],
            "quotes": [
                "OncoSphere DOX eliminates the systemic toxicity of doxorubicin; no cardiotoxicity, hair loss or bone-marrow suppression occurs",
                "élimine la toxicité systémique de la doxorubicine",
                "systemic doxorubicin effects including alopecia, myelosuppression and, at cumulative doses, cardiotoxicity",
            ],
            "description": "The IFU claims that systemic doxorubicin toxicity is eliminated and that no cardiotoxicity, alopecia or myelosuppression occurs, whereas the CER lists these as residual risks and the SSCP reports alopecia in 4.2 %; the literature shows reduction, not elimination.",
            "accept": ["safety-instruction"],
        },
        {
            "defect": "animal_and_other_device_indication_studies_as_clinical_evidence",
            "category": "evidence",
            "documents": [F_CER],
            "quotes": [
                "Rabbit VX2 liver tumour model",
                "74 patients with colorectal liver metastases, irinotecan-loaded beads",
                "Supports clinical benefit of drug-eluting embolisation",
            ],
            "description": "The CER uses an animal model (and a reference that is in fact a porcine study) and a study of another manufacturer's irinotecan-loaded beads in colorectal metastases to support performance and clinical benefit of doxorubicin microspheres in HCC.",
            "accept": [],
        },
        {
            "defect": "cep_response_criterion_not_reported",
            "category": "evidence",
            "documents": [F_CEP, F_CER],
            "quotes": [
                "Objective response (mRECIST) at 6 months",
                "The principal efficacy outcome evaluated in this report is overall survival at 12 months",
            ],
            "description": "The CEP sets objective response by mRECIST at 6 months (55 % or more) as an acceptance criterion; the CER never reports tumour response and substitutes 12-month survival, and does not assess the systemic-AE comparison with conventional TACE against its own data.",
            "accept": [],
        },
        {
            "defect": "french_ifu_adds_colorectal_metastases",
            "category": "language",
            "documents": [F_IFU_FR, F_IFU_EN],
            "quotes": [
                "et des métastases hépatiques d'origine colorectale",
                "OncoSphere DOX is indicated for transarterial chemoembolisation of unresectable hepatocellular carcinoma (BCLC stage B)",
            ],
            "description": "The French IFU adds colorectal liver metastases to the indication; the English IFU, CEP, CER, SSCP and CEAR are limited to hepatocellular carcinoma.",
            "accept": ["intended-use"],
        },
    ],
}
