from lib.common import Doc, label

ID = "l09"
DEVICE = "Uterra RF Endometrial Ablation System"
DEVICE_CLASS = "IIb"

MFR = "Gynexa Medical Inc., 6500 River Place Blvd, Austin, TX 78730, USA"
AR = "Gynexa Medical Europe Lda., Avenida da Liberdade 110, 1250-146 Lisboa, Portugal"
NB = "Notified Body 2690 (Lusitana Certificação de Dispositivos Médicos, S.A.)"
UDI = "0860012456UTERRARF8M"

SCOPE = ("The Uterra system is an active therapeutic device that delivers radiofrequency energy to the endometrium. Because "
         "the energy is delivered in a potentially hazardous way (thermal injury to the uterus and nearby bowel or bladder), it "
         "is class IIb under Rule 9. The single-use handpiece is a transient surgically invasive device (Rule 6) used with the "
         "controller, and the system takes the higher class. The CECP of Article 54(1) does not apply: the device is not "
         "implantable and does not administer or remove medicinal products. No SSCP is required, since the device is neither "
         "implantable nor class III.")

CEP = f"""
# Uterra RF Endometrial Ablation System
# Clinical Evaluation Plan

GYX-CEP-021, Rev. 1.0, 05/13/2024

## 1. Scope

Uterra RF controller (software 2.3) and the single-use Uterra handpiece with expandable bipolar mesh electrode.

## 2. Classification

{SCOPE}

## 3. Intended purpose

Ablation of the endometrial lining of the uterus in premenopausal women with heavy menstrual bleeding from benign causes, for whom childbearing is complete.

**Contraindications:** pregnancy or wish for a future pregnancy; known or suspected endometrial hyperplasia or cancer; active genital or urinary tract infection; an intrauterine device in place; previous classical cesarean section or transmural myomectomy; uterine cavity length (sound) below 6 cm.

## 4. Clinical benefits and acceptance criteria

- **Less bleeding:** share of women with a PBAC score of 75 or less at 12 months. Acceptance: 80 % or more.
- **Amenorrhea:** share of women with no bleeding at 12 months. Acceptance: 30 % or more (lower bound of the range for second-generation devices).
- **Satisfaction:** share of women satisfied or very satisfied at 12 months. Acceptance: 85 % or more.
- **Safety:** serious procedure-related adverse events (perforation, thermal bowel or bladder injury, serious infection). Acceptance: 1 % or less.

## 5. Data

UTERRA-1 prospective multicenter study; literature on second-generation endometrial ablation and on hysterectomy and the levonorgestrel intrauterine system as alternatives.
"""

CER = f"""
# Clinical Evaluation Report: Uterra RF Endometrial Ablation System

GYX-CER-021 · revision 2.0 · 01/08/2025

Prepared by R. Amir, clinical research manager, with Dr. C. Pires, MD, gynecologist.

## Device description

The Uterra system has two parts. The **Uterra RF controller** is a bipolar radiofrequency generator (500 kHz) that calculates power from the measured cavity size (up to 180 W) and stops automatically when tissue impedance reaches 50 ohms or after 120 seconds. Before ablation, it runs a cavity integrity test with carbon dioxide at low pressure to detect a perforation. The **single-use Uterra handpiece** is inserted through the cervix (outer diameter 7.2 mm) and opens a triangular bipolar mesh electrode that adapts to the uterine cavity.

Basic UDI-DI {UDI}. Manufacturer: {MFR}.

## Classification and CECP

{SCOPE}

## Intended purpose

The Uterra system is used to ablate the endometrial lining in premenopausal women with heavy menstrual bleeding due to benign causes who do not want future pregnancies. It is suitable for uterine cavities with a sounding length of 6 to 10 cm and a cornual width of at least 2.5 cm. Contraindications are pregnancy or a wish for future pregnancy, known or suspected endometrial hyperplasia or cancer, active genital or urinary infection, an IUD in place, a previous classical cesarean section or transmural myomectomy, and a sounding length below 6 cm.

## State of the art

Heavy menstrual bleeding affects about one in four women of reproductive age. First-line treatment is medical (levonorgestrel intrauterine system, tranexamic acid, hormones). When this fails or is not wanted, options are endometrial ablation or hysterectomy. A Cochrane review (Bofill Rodriguez et al., 2021) found that hysterectomy gives more certain relief but with longer recovery and more complications, while second-generation ablation devices are quicker, done as day cases, and give high satisfaction. In a randomized trial of a bipolar mesh device (Cooper et al., 2002) amenorrhea was 36 % at 12 months, and other second-generation devices report 30 to 55 %. About 10 to 20 % of women go on to hysterectomy within five years.

## Clinical data

UTERRA-1 (CIV-PT-21-02-0077) was a prospective, single-arm study at five sites in Portugal and Italy. It enrolled one hundred fifty women aged 32 to 52 years (mean 43.8), all premenopausal with heavy menstrual bleeding (PBAC above 150) and failed or declined medical therapy. 144 women (96 %) completed the 12-month visit.

| Endpoint at 12 months | Result | Acceptance | Met? |
| PBAC ≤ 75 | 90.3 % (130/144) | ≥ 80 % | Yes |
| Amenorrhea | 45.8 % (66/144) | ≥ 30 % | Yes |
| Satisfied or very satisfied | 92.4 % | ≥ 85 % | Yes |
| Serious procedure-related adverse events | 0 % (0/150) | ≤ 1 % | Yes |

Non-serious events: post-procedure cramping needing analgesics beyond 24 hours (6.0 %), endometritis treated with oral antibiotics (1.3 %), hematometra (0.7 %) and vaginal discharge lasting more than two weeks (4.0 %). Mean treatment time was 94 seconds, and 97 % of procedures were done as day cases. No perforations occurred; the cavity integrity test stopped three procedures, all of which were completed after repositioning.

The device literature search (PubMed, Embase, 01/2018 to 11/2024) found only the UTERRA-1 conference abstract. The state-of-the-art search found 388 records, 21 of which were used (search report in Exhibit 3).

## Benefit-risk

Uterra met every CEP acceptance criterion, with results in the upper range of second-generation ablation devices and no serious adverse events. Benefit-risk is positive. Follow-up is limited to 12 months; later hysterectomy and re-treatment rates are open questions for PMCF.

## Residual risks

Uterine perforation; thermal injury to bowel or bladder; infection (endometritis, pelvic inflammatory disease); hematometra; post-ablation pain; vaginal discharge; pregnancy after ablation, which carries serious risks for mother and fetus; delayed diagnosis of endometrial cancer.

## PMCF

GYX-PMCF-021 rev. 1.0.

## References

1. Bofill Rodriguez M, et al. Endometrial resection and ablation versus hysterectomy for heavy menstrual bleeding. Cochrane Database Syst Rev. 2021.
2. Cooper J, et al. A randomized, multicenter trial of safety and efficacy of the NovaSure system. J Am Assoc Gynecol Laparosc. 2002;9:418-428.
3. NICE guideline NG88. Heavy menstrual bleeding: assessment and management. 2018, updated 2021.
4. Gynexa Medical. UTERRA-1 12-month clinical investigation report, 2024.
"""

PMCF = f"""
# PMCF Plan: Uterra RF Endometrial Ablation System

GYX-PMCF-021 rev. 1.0 - 12/16/2024

## Manufacturer and device

{MFR}. Uterra RF controller and single-use handpiece, Basic UDI-DI {UDI}, class IIb (Rule 9). For endometrial ablation in premenopausal women with heavy menstrual bleeding of benign cause who have completed childbearing.

## What do we still need to learn?

The CER (GYX-CER-021 revision 2.0) has 12-month data only. Open questions:

- **Durability of effect:** hysterectomy and re-treatment rates up to five years.
- **Pregnancy after ablation:** how often it happens and with what outcome.
- **Rare serious events:** perforation and thermal injury in routine use.

## Activities

| # | Activity | Type | Details |
| 1 | UTERRA-1 long-term follow-up | Specific | Phone and clinic follow-up at 2, 3 and 5 years of the 150 UTERRA-1 women; endpoints: hysterectomy, re-ablation, bleeding status, satisfaction |
| 2 | UTERRA-REG registry | Specific | 400 women at 15 sites; 12 and 36 months; endpoints: PBAC, amenorrhea, serious adverse events, hysterectomy |
| 3 | Literature and complaint review | General | Every six months |

**Sample size, registry:** 400 women give a 95 % confidence interval of ± 3.5 % around an expected 3-year hysterectomy rate of 12 %, and an 87 % chance of seeing at least one event if the true rate of serious thermal injury is 0.5 %.

## Timeline

- Registry first patient: Q2 2025
- Registry enrollment complete: Q2 2026
- UTERRA-1 5-year report: Q4 2027
- Registry 36-month report: Q3 2029
- PMCF evaluation report: yearly
"""

IFU_EN = f"""
# Uterra RF Endometrial Ablation System: Instructions for Use

IFU-UT-EN rev. D. For use by gynecologists trained in endometrial ablation. Rx only.

## What the system does

The Uterra system destroys the lining of the uterus (endometrium) with radiofrequency energy delivered through a mesh electrode. The controller checks the cavity for perforation before treatment and stops automatically at the end point.

## Who is it for?

Women before menopause with heavy menstrual bleeding from benign causes who have finished having children. The uterine cavity must have a sounding length of 6 to 10 cm (about 2.4 to 3.9 inches) and a cornual width of at least 2.5 cm (1 inch).

## When should it not be used?

- Pregnancy, or a wish to become pregnant in the future.
- Known or suspected endometrial hyperplasia or cancer.
- Active infection of the genital or urinary tract.
- An intrauterine device (IUD) in place.
- A previous classical cesarean section or transmural myomectomy.
- A uterine sounding length below 6 cm.

## Warnings

> WARNING: Ablation does not sterilize. A pregnancy after ablation can be dangerous for mother and baby. Patients need reliable contraception until menopause.

- Rule out endometrial cancer (biopsy) before treatment.
- Never override a failed cavity integrity test; a failed test can mean a perforation.
- Stop if the patient reports sudden severe pain.

## Possible side effects

Uterine perforation, burns to bowel or bladder, infection, hematometra, pain or cramping, vaginal discharge, pregnancy after ablation, and delayed diagnosis of endometrial cancer.

## Step by step

1. Measure the uterine length with a sound and the cervical length.
2. Enter the cavity length into the controller.
3. Insert the handpiece and open the electrode; read the cavity width on the handpiece.
4. Run the cavity integrity test.
5. Start ablation; the controller stops automatically (typically within 90 seconds, always within 120 seconds).
6. Close and remove the handpiece.

## Specifications

| Parameter | Value |
| Output | Bipolar RF, 500 kHz, up to 180 W |
| End point | Tissue impedance 50 ohms or 120 seconds maximum |
| Handpiece outer diameter | 7.2 mm |
| Cavity length | 6 to 10 cm |
| Cavity width | at least 2.5 cm |

Manufacturer: {MFR}. EU REP: {AR}. Basic UDI-DI {UDI}.
"""

IFU_PT = f"""
# Sistema de ablação endometrial por RF Uterra: instruções de utilização

IFU-UT-PT rev. D. Para ginecologistas com formação em ablação endometrial.

## Para quem se destina?

Mulheres na pré-menopausa com hemorragia menstrual abundante de causa benigna que já não desejam engravidar. A cavidade uterina deve ter um comprimento por histerometria de 6 a 10 cm e uma largura entre os cornos de pelo menos 2,5 cm.

## Contraindicações

- Gravidez ou desejo de gravidez futura.
- Hiperplasia ou cancro do endométrio conhecido ou suspeito.
- Infeção ativa do trato genital ou urinário.
- Dispositivo intrauterino (DIU) colocado.
- Cesariana clássica ou miomectomia transmural anterior.
- Histerometria inferior a 6 cm.

## Advertências

> ADVERTÊNCIA: a ablação não esteriliza. Uma gravidez após a ablação pode ser perigosa para a mãe e para o bebé. As doentes precisam de contraceção fiável até à menopausa.

- Excluir cancro do endométrio (biópsia) antes do tratamento.
- Nunca ignorar um teste de integridade da cavidade falhado.
- Parar se a doente referir dor intensa súbita.

## Efeitos secundários possíveis

Perfuração uterina, queimadura do intestino ou da bexiga, infeção, hematómetra, dor ou cólicas, corrimento vaginal, gravidez após ablação e atraso no diagnóstico de cancro do endométrio.

## Especificações

| Parâmetro | Valor |
| Saída | RF bipolar, 500 kHz, até 180 W |
| Fim do tratamento | Impedância de 50 ohms ou 120 segundos no máximo |
| Diâmetro da peça de mão | 7,2 mm |

Fabricante: {MFR}. Mandatário: {AR}. UDI-DI básico {UDI}.
"""

IFU_IT = f"""
# Sistema di ablazione endometriale a RF Uterra: istruzioni per l'uso

IFU-UT-IT rev. D. Per ginecologi formati all'ablazione endometriale.

## A chi è destinato?

Donne in premenopausa con sanguinamento mestruale abbondante di origine benigna che non desiderano altre gravidanze. La cavità uterina deve avere una lunghezza all'isterometria da 6 a 10 cm e una larghezza intercornuale di almeno 2,5 cm.

## Controindicazioni

- Gravidanza o desiderio di gravidanze future.
- Iperplasia o carcinoma endometriale noto o sospetto.
- Infezione attiva del tratto genitale o urinario.
- Dispositivo intrauterino (IUD) in sede.
- Pregresso taglio cesareo classico o miomectomia transmurale.
- Isterometria inferiore a 6 cm.

## Avvertenze

> AVVERTENZA: l'ablazione non sterilizza. Una gravidanza dopo l'ablazione può essere pericolosa per la madre e il feto. Le pazienti devono usare una contraccezione affidabile fino alla menopausa.

- Escludere un carcinoma endometriale (biopsia) prima del trattamento.
- Non ignorare mai un test di integrità della cavità fallito.
- Interrompere se la paziente riferisce dolore improvviso e intenso.

## Possibili effetti collaterali

Perforazione uterina, ustioni dell'intestino o della vescica, infezione, ematometra, dolore o crampi, perdite vaginali, gravidanza dopo l'ablazione e ritardo nella diagnosi di carcinoma endometriale.

## Specifiche

| Parametro | Valore |
| Uscita | RF bipolare, 500 kHz, fino a 180 W |
| Punto finale | Impedenza di 50 ohm o massimo 120 secondi |
| Diametro esterno del manipolo | 7,2 mm |

Fabbricante: {MFR}. Mandatario UE: {AR}. UDI-DI di base {UDI}.
"""

CEAR = f"""
# Clinical Evaluation Assessment Report

{NB}. LCDM-CEAR-0931, 03/31/2025.

## A. Administrative particulars

| Item | Entry |
| Device | Uterra RF Endometrial Ablation System (RF controller, single-use handpiece) |
| Manufacturer | Gynexa Medical Inc., Austin, USA |
| Class | IIb, Rule 9 |
| Type | Initial MDR certification |
| Documents | CEP GYX-CEP-021 Rev. 1.0; CER GYX-CER-021 revision 2.0; PMCF plan GYX-PMCF-021 rev. 1.0; IFU-UT rev. D (EN, PT, IT) |

**Intended purpose:** endometrial ablation in premenopausal women with heavy menstrual bleeding of benign origin who have completed childbearing.

## C. Evaluation basis

No equivalence claimed; own study UTERRA-1 plus state-of-the-art literature (Cochrane review, randomized trials of second-generation devices).

## E. Clinical investigation

UTERRA-1: 150 women, 12 months, 96 % follow-up; all CEP criteria met; no serious adverse events.

## F. PMCF

Five-year follow-up of the UTERRA-1 cohort and a 400-patient registry with sample-size reasoning. Adequate.

## G. IFU

Contraindications, warnings (contraception, cancer exclusion, integrity test) and side effects agree with the CER in all three languages.

## I. CECP

Not applicable: class IIb active therapeutic device that is not implantable and does not administer medicinal products.

## Conclusion

Benefit-risk positive. Reviewer: Dr. A. Sousa, MD (obstetrics and gynecology).
"""

F = dict(CEP="Uterra_CEP_Rev1.0.docx", CER="Uterra_CER_rev2.0.pdf", PMCF="Uterra_PMCF_plan.md",
         IFU="Uterra_IFU_EN.docx", PT="Uterra_IFU_PT.docx", IT="Uterra_IFU_IT.pdf", CEAR="LCDM-CEAR-0931_Uterra.pdf")
H = "Gynexa Medical Inc."
DOCS = [
    Doc(F["CEP"], "CEP", "en", CEP, H, "GYX-CEP-021 Rev. 1.0"),
    Doc(F["CER"], "CER", "en", CER, H, "GYX-CER-021 rev. 2.0"),
    Doc(F["PMCF"], "PMCF-plan", "en", PMCF, H, "GYX-PMCF-021 rev. 1.0"),
    Doc(F["IFU"], "IFU", "en", IFU_EN, "Uterra", "IFU-UT-EN rev. D"),
    Doc(F["PT"], "IFU", "pt", IFU_PT, "Uterra", "IFU-UT-PT rev. D"),
    Doc(F["IT"], "IFU", "it", IFU_IT, "Uterra", "IFU-UT-IT rev. D"),
    Doc(F["CEAR"], "CEAR", "en", CEAR, "Lusitana Certificação (NB 2690)", "LCDM-CEAR-0931", serif=True),
]
LABELS = []
