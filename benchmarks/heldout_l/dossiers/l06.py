from lib.common import Doc, label

ID = "l06"
DEVICE = "Eregon 3P Inflatable Penile Prosthesis"
DEVICE_CLASS = "IIb"

MFR = "Androtek Medical Ltd., 8 Hamenofim Street, Herzliya 4672561, Israel"
AR = "Androtek Medical France SAS, 12 rue de la Paix, 75002 Paris, France"
NB = "Notified Body 2805 (Alpine Medical Certification AG)"
UDI = "729012340EREGON3PQ5"
SRN = "IL-MF-000061407"

CLASS_TEXT = ("The Eregon 3P prosthesis is an implantable device. Under Rule 8 of Annex VIII, implantable devices are class IIb "
              "unless one of the listed exceptions applies; none does here: the device is not in contact with the heart, central "
              "circulatory system or central nervous system, has no biological effect, is not absorbed, does not administer "
              "medicinal products, is not active and is not a breast implant, mesh, joint or spinal implant. It is therefore "
              "class IIb. The CECP of Article 54(1) covers class III implantable devices and class IIb active devices that "
              "administer or remove medicinal products, so it does not apply to Eregon 3P. Because the device is implantable, "
              "an SSCP (Article 32) and an implant card (Article 18) are still required.")

CEP = f"""
# Eregon 3P Inflatable Penile Prosthesis: Clinical Evaluation Plan

ATM-CEP-02, version 1.3, 08/29/2024

## Scope

This plan covers the complete Eregon 3P system: the two cylinders (lengths 12 to 22 cm in 2 cm steps, with rear tip extenders of 1, 2 and 3 cm), the scrotal pump with one-touch release valve, the reservoir (65 mL or 100 mL) and the connectors and accessories supplied in the kit.

## Classification and consultation procedure

{CLASS_TEXT}

## Intended purpose and target population

Eregon 3P is intended for the treatment of erectile dysfunction of organic origin in adult men who have not responded to, cannot tolerate, or do not want less invasive treatments (oral PDE5 inhibitors, intracavernosal injections, vacuum erection devices).

Contraindications: active urinary tract, skin or systemic infection; poorly controlled diabetes (HbA1c above 8.5 %); known allergy to silicone; physical or mental inability to operate the pump.

## Benefits and how we will measure them

- **Restored ability to have intercourse:** proportion of men reporting successful intercourse at 12 months (acceptance ≥ 85 %).
- **Patient satisfaction:** EDITS patient score at 12 months (acceptance: mean ≥ 70).
- **Device reliability:** freedom from mechanical revision at 3 years (acceptance ≥ 93 %).
- **Safety:** device infection within 12 months (acceptance ≤ 3 %); erosion (≤ 1 %).

## Evidence plan

The EREGON-1 prospective study (three-year follow-up) is the main source, supported by a systematic literature review of three-piece inflatable prostheses for the state of the art. No equivalence is claimed.
"""

CER = f"""
# Clinical Evaluation Report
# Eregon 3P Inflatable Penile Prosthesis

ATM-CER-02 | edition 2 | 01/27/2025

Author: Tamar Oz, MSc, medical writer. Clinical reviewer: Dr. S. Friedman, MD, urologist (prosthetic urology).

## About the device

Eregon 3P is a three-piece hydraulic implant. Two cylinders of layered silicone and polyurethane are placed in the corpora cavernosa. A fluid-filled reservoir is placed in the space of Retzius or in a submuscular (ectopic) position, and a pump sits in the scrotum. Squeezing the pump moves saline from the reservoir into the cylinders to produce an erection; pressing the release valve returns the fluid. The kit offers cylinders from 12 to 22 cm, rear tip extenders of 1 to 3 cm and two reservoir sizes (65 and 100 mL). Basic UDI-DI {UDI}.

{CLASS_TEXT}

## What it is for

The device treats erectile dysfunction of organic origin in men 18 years of age and older when less invasive options (PDE5 inhibitors, injections, vacuum devices) have failed, are not tolerated or are refused. It is contraindicated with active urinary, skin or systemic infection, poorly controlled diabetes (HbA1c above 8.5 %), silicone allergy, and when the man cannot operate the pump.

## State of the art

Penile prostheses have been the third-line treatment of erectile dysfunction for five decades, and guidelines from the European Association of Urology (EAU, 2024) and the American Urological Association (AUA, 2018) list inflatable prostheses as an option for men who fail or decline medical therapy. Published series of contemporary three-piece devices report satisfaction rates of 85 to 95 %, mechanical survival of about 93 to 97 % at three years and 80 to 90 % at ten years, and infection rates of 1 to 3 % for primary implants in high-volume centers. Wilson and colleagues (1999) and Carson and colleagues (2000) described long-term mechanical reliability of earlier three-piece devices, and more recent series from Europe and the United States confirm these numbers with modern antibiotic-coated and hydrophilic-coated devices. Erosion, mostly distal, is reported in fewer than 1 % of men.

## Clinical data on Eregon 3P

EREGON-1 (CIV-IL-20-11-0522) was a prospective, single-arm, multicenter study at seven sites in Israel, France and Spain. One hundred sixty men were implanted between 2020 and 2021 (mean age 61 years; 38 % with diabetes, 29 % after radical prostatectomy). Follow-up visits were at 6 weeks and at 6, 12, 24 and 36 months, and 92.5 % of men completed the three-year visit.

At twelve months, 91.3 % of men reported successful intercourse and the mean EDITS score was 81. Freedom from mechanical revision was 97.5 % at one year and 95.6 % at three years. Device infection occurred in 3 men (1.9 %), all within the first three months, and each needed explantation. Distal erosion occurred in one man (0.6 %). Other events were scrotal hematoma (3.1 %), transient pain beyond six weeks (5.0 %), auto-inflation (1.3 %) and reservoir herniation (0.6 %).

| CEP parameter | Acceptance | EREGON-1 result |
| Successful intercourse at 12 months | ≥ 85 % | 91.3 % |
| Mean EDITS score at 12 months | ≥ 70 | 81 |
| Freedom from mechanical revision at 3 years | ≥ 93 % | 95.6 % |
| Device infection within 12 months | ≤ 3 % | 1.9 % |
| Erosion | ≤ 1 % | 0.6 % |

The literature search (PubMed, Embase; 01/2000 to 11/2024; search report in Attachment C) found no publications on Eregon 3P beyond the EREGON-1 abstract presented at the EAU congress in 2023.

## Benefit-risk

All CEP acceptance criteria were met and the results fit the state of the art. The benefits (restored erections and high satisfaction) outweigh the risks for men who have failed or declined less invasive treatment. Data beyond three years are not yet available, so long-term mechanical survival is followed in PMCF.

## Residual risks

Infection needing removal of the device; erosion of a cylinder; mechanical failure (fluid leak, pump or cylinder malfunction); auto-inflation; reservoir herniation; scrotal hematoma; persistent pain; change in penile length perception; device migration.

## PMCF

Plan ATM-PMCF-02 version 1.1: extension of EREGON-1 to ten years, and the EREGON-R registry of 500 men.

## References

1. Salonia A, et al. EAU Guidelines on Sexual and Reproductive Health. 2024.
2. Burnett AL, et al. Erectile dysfunction: AUA guideline. J Urol. 2018;200:633-641.
3. Wilson SK, et al. Long-term survival of inflatable penile prostheses. J Urol. 1999;162:715-718.
4. Carson CC, et al. Efficacy, safety and patient satisfaction outcomes of the AMS 700CX inflatable penile prosthesis. J Urol. 2000;164:376-380.
5. Androtek Medical. EREGON-1 three-year clinical investigation report, 2024.
"""

PMCF = f"""
# PMCF Plan: Eregon 3P Inflatable Penile Prosthesis

ATM-PMCF-02, version 1.1, 01/20/2025

## Manufacturer

{MFR}. SRN {SRN}. EU authorized representative: {AR}.

## Device

Eregon 3P Inflatable Penile Prosthesis (cylinders, pump, reservoir). Basic UDI-DI {UDI}. Class IIb, Rule 8. Expected lifetime: ten years or more. Intended for adult men with organic erectile dysfunction after failed, not tolerated or refused less invasive treatment.

## Open questions carried over from the CER (ATM-CER-02 edition 2)

- Mechanical survival beyond three years.
- Infection and erosion rates in routine practice, including lower-volume centers.
- Outcomes in men with diabetes and after prostatectomy, who were 38 % and 29 % of EREGON-1.

## Activities

**EREGON-1 extension.** All consenting EREGON-1 participants are followed yearly to ten years. Endpoint: freedom from mechanical revision (Kaplan-Meier).

**EREGON-R registry.** Prospective registry at 25 European centers, 500 men treated within the intended purpose. Five hundred men give a 95 % confidence interval of about ± 1.3 % around an expected infection rate of 2 %, and at least 150 men with diabetes are expected, enough to estimate their infection rate within ± 2.6 %. Endpoints: infection, erosion, mechanical revision, EDITS score. Follow-up at 12 months and then yearly to five years.

**Literature and complaints.** Review every six months.

## Timeline

| Activity | Milestones |
| EREGON-1 extension | yearly reports; 5-year report Q1 2027; 10-year report Q1 2032 |
| EREGON-R | first patient Q2 2025; enrollment complete Q4 2027; final report Q4 2032 |
| Literature/complaints | every six months |

The PMCF evaluation report and SSCP are updated every year.
"""

IFU_EN = f"""
# Eregon 3P Inflatable Penile Prosthesis: Instructions for Use

IFU-ER3P-EN rev. C. For surgeons. Sterile. Single use.

## What is it?

A three-piece inflatable penile prosthesis: two cylinders, a scrotal pump and a reservoir, pre-filled with sterile saline at implantation.

## What is it for?

Eregon 3P is for adult men with erectile dysfunction of organic origin whose condition has not improved with less invasive treatments (oral medicines, injections, vacuum devices), who cannot tolerate them, or who do not want them.

## Who should not receive it?

- Men with an active urinary tract, skin or systemic infection.
- Men whose diabetes is poorly controlled (HbA1c above 8.5 %).
- Men allergic to silicone.
- Men who are physically or mentally unable to operate the pump.

## Warnings

> IMPORTANT: Implantation makes natural erections unlikely afterwards. Discuss this with the patient before surgery.

- **Infection:** use perioperative antibiotics and a no-touch technique. Infection usually requires removal of all components.
- **Erosion:** do not choose cylinders that are too long; measure the corpora carefully.
- **Auto-inflation:** if it occurs, check reservoir position.
- **MRI:** the device is MR Conditional.

## Possible side effects

Infection, erosion, mechanical failure, auto-inflation, reservoir herniation, scrotal hematoma, persistent pain, perceived shortening of the penis, and device migration.

## Sizes and specifications

| Component | Options |
| Cylinders | 12, 14, 16, 18, 20, 22 cm |
| Rear tip extenders | 1, 2, 3 cm |
| Reservoir | 65 mL or 100 mL (2.2 or 3.4 fl oz) |
| Pump | Scrotal pump with one-touch release valve |
| Materials | Silicone elastomer, polyurethane, polyester fabric layer |

## Patient activation

1. Leave the device half inflated for four to six weeks after surgery.
2. Teach the patient to inflate by squeezing the pump bulb and to deflate by pressing the release valve.
3. Give the patient the implant card and explain where to find the SSCP.

Manufacturer: {MFR}. EU REP: {AR}. Basic UDI-DI {UDI}.
"""

IFU_FR = f"""
# Prothèse pénienne gonflable Eregon 3P : notice d'utilisation

IFU-ER3P-FR rév. C. Pour les chirurgiens. Stérile. Usage unique.

## Description

Prothèse pénienne gonflable en trois parties : deux cylindres, une pompe scrotale et un réservoir, remplis de sérum physiologique stérile lors de l'implantation.

## Indications

Eregon 3P est destinée aux hommes adultes (18 ans et plus) atteints de dysfonction érectile d'origine organique, lorsque les traitements moins invasifs (médicaments oraux, injections, dispositifs à vide) ont échoué, ne sont pas tolérés ou sont refusés.

## Contre-indications

- Infection urinaire, cutanée ou systémique active.
- Diabète mal équilibré (HbA1c supérieure à 8,5 %).
- Allergie au silicone.
- Incapacité physique ou mentale à utiliser la pompe.

## Avertissements

> IMPORTANT : après l'implantation, des érections naturelles sont peu probables. En parler avec le patient avant l'intervention.

- Infection : antibioprophylaxie et technique « no-touch ». Une infection impose en général le retrait de tous les composants.
- Érosion : ne pas choisir des cylindres trop longs ; mesurer soigneusement les corps caverneux.
- Auto-gonflement : vérifier la position du réservoir.
- IRM : le dispositif est compatible IRM sous conditions.

## Effets indésirables possibles

Infection, érosion, défaillance mécanique, auto-gonflement, hernie du réservoir, hématome scrotal, douleur persistante, impression de raccourcissement de la verge, migration du dispositif.

## Caractéristiques

| Composant | Options |
| Cylindres | 12, 14, 16, 18, 20, 22 cm |
| Embouts d'extension | 1, 2, 3 cm |
| Réservoir | 65 ml ou 100 ml |
| Pompe | Pompe scrotale avec valve de dégonflage à une touche |

Fabricant : {MFR}. Mandataire UE : {AR}. IUD-ID de base {UDI}.
"""

SSCP = f"""
# Summary of Safety and Clinical Performance

Eregon 3P Inflatable Penile Prosthesis. ATM-SSCP-02, revision 1, validated by {NB}.

## Device identification

| Item | Entry |
| Trade name | Eregon 3P Inflatable Penile Prosthesis |
| Manufacturer | Androtek Medical Ltd., Herzliya, Israel; SRN {SRN} |
| Basic UDI-DI | {UDI} |
| Class | IIb (Rule 8, implantable) |
| Notified Body | {NB} |

## Intended purpose

Treatment of organic erectile dysfunction in adult men in whom less invasive treatments have failed, are not tolerated or are refused.

Contraindications: active urinary, skin or systemic infection; poorly controlled diabetes (HbA1c above 8.5 %); silicone allergy; inability to operate the pump.

## Residual risks and undesirable effects

Rates from EREGON-1 (160 men, prospective study, 36 months):

| Event | Rate |
| Device infection (within 3 months) | 1.9 % |
| Mechanical revision by 3 years | 4.4 % |
| Distal erosion | 0.6 % |
| Scrotal hematoma | 3.1 % |
| Pain beyond six weeks | 5.0 % |
| Auto-inflation | 1.3 % |
| Reservoir herniation | 0.6 % |

Perceived shortening of the penis and device migration are also possible, as stated in the IFU.

## Clinical evidence

EREGON-1 met all predefined acceptance criteria: 91.3 % successful intercourse and a mean EDITS score of 81 at 12 months; 95.6 % freedom from mechanical revision at three years. Data beyond three years will come from PMCF.

## PMCF

EREGON-1 extension to ten years; EREGON-R registry of 500 men.

## Alternatives

PDE5 inhibitors, intracavernosal or intraurethral alprostadil, vacuum erection devices, malleable penile prostheses.

## User profile

Urologists trained in prosthetic surgery; Androtek provides proctoring for the first three cases.
"""

CEAR = f"""
# Clinical Evaluation Assessment Report

{NB}, project AMC-25-0462, 04/03/2025.

## A. Administrative particulars

- Device: Eregon 3P Inflatable Penile Prosthesis (cylinders 12 to 22 cm, pump, 65/100 mL reservoir).
- Manufacturer: Androtek Medical Ltd. ({SRN}).
- Class: IIb, Rule 8 (implantable). Initial MDR certification.
- Documents: CEP ATM-CEP-02 v1.3; CER ATM-CER-02 edition 2; PMCF plan ATM-PMCF-02 v1.1; IFU-ER3P rev. C (EN, FR); SSCP ATM-SSCP-02 rev. 1.

**Intended purpose:** treatment of organic erectile dysfunction in adult men after failure, intolerance or refusal of less invasive therapy.

## C. Evaluation basis

Own prospective study, no equivalence. State of the art based on EAU/AUA guidelines and long-term series of three-piece prostheses.

## E. Clinical investigation

EREGON-1: 160 men, 36-month follow-up (92.5 % complete). All CEP criteria met.

## F. PMCF

Ten-year extension and 500-patient registry with sample-size reasoning. Adequate.

## G. IFU and SSCP

Consistent with the CER. Implant card provided.

## I. CECP

Not applicable. The device is class IIb implantable (Rule 8); Article 54(1)(a) concerns class III implantable devices and Article 54(1)(b) class IIb active devices administering or removing medicinal products.

## Conclusion

Benefit-risk positive. Reviewer: Dr. L. Moreau, MD (urology).
"""

F = dict(CEP="Eregon3P_CEP.md", CER="Eregon3P_CER_ed2.pdf", PMCF="Eregon3P_PMCF_plan.pdf",
         IFU="Eregon3P_IFU_EN.pdf", FR="Eregon3P_notice_FR.pdf", SSCP="Eregon3P_SSCP.docx",
         CEAR="Eregon3P_CEAR_AMC-25-0462.docx")
H = "Androtek Medical Ltd."
DOCS = [
    Doc(F["CEP"], "CEP", "en", CEP, H, "ATM-CEP-02 v1.3"),
    Doc(F["CER"], "CER", "en", CER, H, "ATM-CER-02 ed. 2"),
    Doc(F["PMCF"], "PMCF-plan", "en", PMCF, H, "ATM-PMCF-02 v1.1"),
    Doc(F["IFU"], "IFU", "en", IFU_EN, "Eregon 3P", "IFU-ER3P-EN rev. C"),
    Doc(F["FR"], "IFU", "fr", IFU_FR, "Eregon 3P", "IFU-ER3P-FR rév. C"),
    Doc(F["SSCP"], "SSCP", "en", SSCP, H, "ATM-SSCP-02 rev. 1"),
    Doc(F["CEAR"], "CEAR", "en", CEAR, "Alpine Medical Certification AG (NB 2805)", "AMC-25-0462"),
]
LABELS = []
