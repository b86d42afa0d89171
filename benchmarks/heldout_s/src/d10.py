# Endoscopic full-thickness suturing system for ESG. Class IIb (Rule 8 implantable suture/anchors). CECP not applicable. DEFECTIVE.
CEP = """
CLINICAL EVALUATION PLAN
GASTRILIX Endoscopic Suturing System – Document GX-CEP-01 – Revision 1 – 07/05/2024
Endoterapia Ibérica S.L., Calle de Gran Vía 66, 28013 Madrid, Spain

I. OBJECT AND DEVICE
The present plan covers the GASTRILIX system: the reusable GASTRILIX needle driver mounted on a double-channel therapeutic gastroscope, the single-use GASTRILIX polypropylene 2-0 suture-anchor cartridges (permanent implant) and the cinching device. The suture-anchor is a long-term implantable device, class IIb according to Rule 8; the needle driver is class IIa (Rule 6). Not class III, not active: Article 54 is not applicable.

II. INTENDED PURPOSE
Endoscopic full-thickness plication of the greater curvature of the stomach (endoscopic sleeve gastroplasty, ESG) for the treatment of obesity in adults of 18 to 65 years old with body mass index (BMI) from 30 to 40 kg/m², who failed a supervised diet and exercise programme of at least 6 months, used with a multidisciplinary lifestyle programme.

III. BENEFITS AND ACCEPTANCE CRITERIA
- Percentage total body weight loss (%TBWL) at 12 months: mean ≥ 15 %, and superiority to lifestyle alone.
- %TBWL maintained at 24 months: ≥ 12 %.
- Serious adverse events (SAE) related to device or procedure: ≤ 3 %.

IV. STRATEGY
Clinical data from the equivalent device OverSuture (Meridian Endotherapy Inc.), which has the same design and intended purpose, complemented by the own feasibility study GX-FS-01 (40 patients, 12 months).
"""

CER = """
GASTRILIX Endoscopic Suturing System
CLINICAL EVALUATION REPORT – GX-CER-01 – Rev. 2 – 10/10/2024
Endoterapia Ibérica S.L., Madrid – Basic UDI-DI 8434455GXSUT77M

Chapter 1 – Device
The GASTRILIX needle driver is fixed on the tip of a double-channel gastroscope and drives a curved needle through the full thickness of the gastric wall; the suture is secured by a polypropylene anchor and a cinch. Six to eight running suture lines create a tubular stomach reducing the volume by approximately 70 %. The sutures and anchors remain permanently.

Chapter 2 – Intended purpose
ESG in patients between 18 and 70 years old with BMI 30-40 kg/m² who failed non-surgical weight-loss programmes, in combination with a lifestyle programme. Performed by trained gastroenterologists in an endoscopy unit under general anaesthesia with hospital stay of 24 hours.

Chapter 3 – State of the art
Lifestyle interventions give 3-5 %TBWL; GLP-1 agonists 10-15 %; sleeve gastrectomy and bypass 25-30 % with higher morbidity. ESG is recognized by the ASGE/ESGE 2022 guideline as an option for BMI 30-40 kg/m².

Chapter 4 – Equivalence
GASTRILIX is declared equivalent to OverSuture of Meridian Endotherapy Inc. (USA): same clinical indication, similar needle-driver design and same polypropylene suture. Data of the OverSuture clinical studies are used as the main clinical data of the present evaluation. Endoterapia Ibérica has no contract with Meridian Endotherapy; the technical comparison was realized with the published information, the FDA summary and the instructions for use of OverSuture.

Chapter 5 – Clinical data
| Study | Device | Design | N | Follow-up | %TBWL |
| Abu Dayyeh 2022 (MERIT) | OverSuture | RCT vs lifestyle | 209 | 104 weeks | 13,6 % at 52 weeks |
| Sharaiha 2021 | OverSuture | Cohort | 1.000 | 12 months | 15,3 % |
| Alqahtani 2019 | OverSuture | Cohort | 1.000 | 18 months | 15,0 % |
| GX-FS-01 (own) | GASTRILIX | Single-arm feasibility | 40 | 12 months | 16,1 % |

In GX-FS-01 the SAE rate was 2,5 % (1 perigastric collection treated with antibiotics). Nausea and abdominal pain were frequent in the first 72 hours.

Chapter 6 – Benefit-risk
The GASTRILIX procedure restores the normal physiological satiety and produces a durable weight loss that is maintained for life. Residual risks: bleeding, perigastric leak or collection, pain, nausea and vomiting, GERD, weight regain, need of revision. Benefit-risk favourable.

Chapter 7 – PMCF
The PMCF activities are described in the PMCF plan GX-PMCF-01 Rev. 2 (registry of 300 patients followed 5 years).

Chapter 8 – References
1. Abu Dayyeh BK, et al. Endoscopic sleeve gastroplasty for treatment of class 1 and 2 obesity (MERIT): a prospective, multicentre, randomised trial. Lancet 2022;400:441-451.
2. Sharaiha RZ, et al. Five-year outcomes of endoscopic sleeve gastroplasty. Clin Gastroenterol Hepatol 2021;19:1051-1057.
3. Alqahtani A, et al. Short-term outcomes of ESG in 1000 consecutive patients. Gastrointest Endosc 2019;89:1132-1138.
4. Endoterapia Ibérica. GX-FS-01 feasibility study report, 2024.
"""

PMCF = """
PMCF PLAN – GASTRILIX Endoscopic Suturing System
GX-PMCF-01, Revision 1, 12/10/2024

1. Objectives
- %TBWL at 12, 24, 36 and 60 months with GASTRILIX (own device data beyond 12 months are missing).
- SAE rate, in particular leak, bleeding and perigastric collection.
- Rate of revision procedures and conversion to surgery.

2. Design
Prospective multicentre registry GX-REG in 12 centres (Spain, Portugal, Italy, Germany). Adults 18-65 years old, BMI 30-40 kg/m², treated with GASTRILIX.

3. Sample size
300 patients: precision ±1,5 % on mean %TBWL at 24 months (SD 9 %) with 30 % loss at 5 years; SAE rate of 2 % estimated with upper 95 % confidence limit ≤ 3,6 %.

4. Timeline
Enrolment 2025-2026; 5-year follow-up to 2031; annual PMCF evaluation report.
"""

IFU_EN = """
GASTRILIX Endoscopic Suturing System – Instructions for Use – GX-IFU-EN rev. 3

Indications
The GASTRILIX system is indicated for endoscopic sleeve gastroplasty in adults aged 18 to 65 years with a BMI of 30 to 40 kg/m² who have not achieved weight loss with a supervised non-surgical programme, in combination with lifestyle changes.

Contraindications
- Hiatal hernia larger than 3 cm.
- Previous gastric surgery.
- Active gastric ulcer, gastric varices or coagulopathy.
- Pregnancy or intention of pregnancy in the next 12 months.
- Untreated psychiatric disorder or substance abuse.

Warnings
- Only for physicians trained by Endoterapia Ibérica.
- Use only with compatible double-channel gastroscopes (list in annex).
- Administer antiemetics and proton pump inhibitor after the procedure.

Specifications
| Item | Specification |
| Suture | Polypropylene 2-0, non-absorbable |
| Anchor | Polypropylene, 4 mm |
| Needle driver | reusable, 200 cycles |
| Compatible channel | 2,8 mm and 3,7 mm |

Endoterapia Ibérica S.L., Madrid · CE 3934
"""

IFU_ES = """
Sistema de sutura endoscópica GASTRILIX – Instrucciones de uso – GX-IFU-ES rev. 3

Indicaciones
El sistema GASTRILIX está indicado para la gastroplastia endoscópica en manga en adultos de 18 a 65 años con un IMC de 30 a 40 kg/m² que no han logrado perder peso con un programa no quirúrgico supervisado, en combinación con cambios en el estilo de vida.

Contraindicaciones
- Hernia de hiato mayor de 3 cm.
- Cirugía gástrica previa.
- Úlcera gástrica activa, varices gástricas o coagulopatía.
- Embarazo o intención de embarazo en los próximos 12 meses.
- Trastorno psiquiátrico no tratado o abuso de sustancias.

Advertencias
- Solo para médicos formados por Endoterapia Ibérica.
- Usar solo con gastroscopios de doble canal compatibles.
- Administrar antieméticos e inhibidor de la bomba de protones tras el procedimiento.

Especificaciones
| Elemento | Especificación |
| Sutura | Polipropileno 2-0, no reabsorbible |
| Anclaje | Polipropileno, 4 mm |
| Portaagujas | reutilizable, 200 ciclos |
| Canal compatible | 2,8 mm y 3,7 mm |
"""

SSCP = """
SSCP – GASTRILIX Endoscopic Suturing System – GX-SSCP-01 rev. 1 – 14/10/2024

Device: GASTRILIX, Endoterapia Ibérica S.L., Basic UDI-DI 8434455GXSUT77M, class IIb (implantable suture-anchor), NB 3934.

Intended purpose: endoscopic sleeve gastroplasty for adults 18 to 65 years with BMI 30-40 kg/m² after failure of supervised non-surgical programmes. Contraindications: hiatal hernia > 3 cm, previous gastric surgery, active ulcer/varices/coagulopathy, pregnancy, untreated psychiatric disorder.

Residual risks and side effects: nausea, vomiting, abdominal pain, bleeding, perigastric leak or collection, GERD, weight regain, revision.

Clinical performance: %TBWL 16,1 % at 12 months in 40 patients (GX-FS-01); literature on ESG with comparable device.

PMCF: registry of 300 patients, 5 years.
"""

CEAR = """
Clinical Evaluation Assessment Report
NB 3934 – Veluwe Medical Certification B.V., Apeldoorn – project VMC-24-3301 – reviewer: ir. S. Dekker – 05/11/2024

Device: GASTRILIX Endoscopic Suturing System. Class IIb (Rule 8 implant). Art. 54: not applicable.

Intended purpose (NB): ESG, adults 18-65 years, BMI 30-40 kg/m², after failed non-surgical programme.

Finding 1: own clinical data 40 patients, 12 months. Limited. Noted.
Finding 2: clinical evidence rests on OverSuture data. Equivalence claimed. Review of access to technical documentation pending. Open.
Finding 3: SAE rate within CEP criterion. Closed.

NB conclusion: pending finding 2.
"""

DOSSIER = {
    "id": "d10",
    "device": "GASTRILIX Endoscopic Suturing System (endoscopic full-thickness suturing for endoscopic sleeve gastroplasty)",
    "device_class": "IIb",
    "docs": [
        ("GX-CEP-01_rev1.md", "CEP", "en", CEP),
        ("GX-CER-01_rev2.pdf", "CER", "en", CER),
        ("GX-PMCF-01_rev1.docx", "PMCF-plan", "en", PMCF),
        ("GASTRILIX_IFU_EN.pdf", "IFU", "en", IFU_EN),
        ("GASTRILIX_IFU_ES.docx", "IFU", "es", IFU_ES),
        ("GX-SSCP-01.pdf", "SSCP", "en", SSCP),
        ("CEAR_VMC-24-3301.docx", "CEAR", "en", CEAR),
    ],
    "labels": [
        {"defect": "equivalence_competitor_no_contract", "category": "evidence",
         "documents": ["GX-CER-01_rev2.pdf", "GX-CEP-01_rev1.md"],
         "quotes": ["Endoterapia Ibérica has no contract with Meridian Endotherapy",
                    "GASTRILIX is declared equivalent to OverSuture of Meridian Endotherapy Inc. (USA)",
                    "Clinical data from the equivalent device OverSuture (Meridian Endotherapy Inc.)"],
         "description": "Implantable device relies on equivalence to a competitor's device without a contract giving full access to its technical documentation (Art. 61(5)); own data are 40 patients only.",
         "accept": []},
        {"defect": "cer_age_range_wider", "category": "population",
         "documents": ["GX-CER-01_rev2.pdf", "GASTRILIX_IFU_EN.pdf"],
         "quotes": ["ESG in patients between 18 and 70 years old with BMI 30-40 kg/m²",
                    "endoscopic sleeve gastroplasty in adults aged 18 to 65 years"],
         "description": "The CER's intended purpose covers 18-70 years; CEP, IFUs, SSCP, PMCF plan and CEAR state 18-65 years.",
         "accept": ["intended-use"]},
        {"defect": "lifelong_satiety_claim", "category": "claim",
         "documents": ["GX-CER-01_rev2.pdf"],
         "quotes": ["The GASTRILIX procedure restores the normal physiological satiety and produces a durable weight loss that is maintained for life."],
         "description": "Claim of restored normal physiology and lifelong weight loss, while own data reach 12 months and the PMCF plan states data beyond 12 months are missing.",
         "accept": ["evidence"]},
        {"defect": "pmcf_revision_mismatch", "category": "documentation",
         "documents": ["GX-CER-01_rev2.pdf", "GX-PMCF-01_rev1.docx"],
         "quotes": ["described in the PMCF plan GX-PMCF-01 Rev. 2",
                    "GX-PMCF-01, Revision 1, 12/10/2024"],
         "description": "The CER refers to PMCF plan GX-PMCF-01 Rev. 2; the supplied plan is Revision 1.",
         "accept": []},
    ],
}
