from lib.common import Doc, label

ID = "l05"
DEVICE = "VertaLift Balloon Kyphoplasty System (with VertaLift HV bone cement)"
DEVICE_CLASS = "III"

MFR = "Osteon Axis Inc., 200 Clarendon Street, Boston, MA 02116, USA"
AR = "Osteon Axis B.V., Herengracht 282, 1016 BX Amsterdam, The Netherlands"
NB = "Notified Body 2476, Dutch Medical Conformity B.V."
UDI = "0860004517VLIFTBKPZ9"

CEP = f"""
# Clinical Evaluation Plan: VertaLift Balloon Kyphoplasty System

Document OAX-CEP-003, Revision B, 07/22/2024

## Section 1: Device

The VertaLift system is a kit for balloon kyphoplasty. It contains bone access tools (access needle, 10 G cannula, drill), two VertaLift inflatable bone tamps (balloon lengths 10, 15 or 20 mm), an inflation syringe with digital manometer, VertaLift HV bone cement (PMMA, 20 g powder and 9 mL liquid) and two cement delivery cannulas.

## Section 2: Intended purpose

Reduction and stabilization of painful vertebral compression fractures (T5 to L5) caused by osteoporosis in adults, when pain persists despite at least two weeks of conservative care.

## Section 3: Benefits and outcome parameters

| Benefit | Parameter | Acceptance |
| Pain relief | Back pain VAS reduction at 1 month | ≥ 3 points (0 to 10 scale) |
| Restoration of vertebral height | Anterior height restoration | ≥ 50 % of lost height |
| Safety | Symptomatic cement leakage | ≤ 1 % |
| Safety | Any cement leakage on imaging | ≤ 20 % |

## Section 4: Data sources

Non-clinical data (cadaver and animal studies), literature on balloon kyphoplasty with other systems, and post-market data.
"""

CER = f"""
# Clinical Evaluation Report: VertaLift Balloon Kyphoplasty System

Document OAX-CER-003, Revision D, 04/22/2025. Author: M. Goldfarb, regulatory consultant.

## Section 1: Scope and classification

The VertaLift system is class IIa (Annex VIII, Rule 6): all components are transient surgically invasive devices that are removed at the end of the procedure. The CECP of Article 54 therefore does not apply.

Basic UDI-DI: {UDI}. Manufacturer: {MFR}.

## Section 2: Device description

- **Access tools:** access needle with bevel and diamond tips, 10 G working cannula, hand drill.
- **VertaLift bone tamps:** two per kit, balloon lengths 10, 15 or 20 mm, maximum inflation pressure 400 psi (27.6 bar), maximum volume 4, 5 or 6 mL.
- **Inflation syringe:** 20 mL with digital manometer.
- **VertaLift HV bone cement:** high-viscosity PMMA with barium sulfate, 20 g powder and 9 mL liquid.
- **Cement delivery cannulas:** two, 1.5 mL each.

## Section 3: Intended purpose

Reduction and stabilization of painful osteoporotic vertebral compression fractures from T5 to L5 in adults whose pain persists after two weeks or more of conservative treatment.

## Section 4: State of the art

Options for painful osteoporotic vertebral compression fractures are conservative care (analgesics, bracing, rest), vertebroplasty and balloon kyphoplasty. The FREE trial (Wardlaw et al., 2009) randomized 300 patients to kyphoplasty with another manufacturer's system or to non-surgical care and found a 5.2-point improvement in the SF-36 physical component score at one month. Cement leakage on imaging is reported in 8 to 30 % of kyphoplasty levels, and symptomatic leakage in less than 1 %.

## Section 5: Clinical performance and safety of VertaLift

No clinical investigation has been carried out with VertaLift. The benefits are shown as follows:

| Parameter | Source | Result | Criterion met? |
| Pain relief | Hartmann et al. 2021, ovine lumbar fracture model (12 sheep) | Pain behavior scores reduced by 64 % at 4 weeks | Yes |
| Height restoration | Sato et al. 2020, 24 cadaveric osteoporotic vertebrae | 62 % of lost height restored | Yes |
| Cement leakage | Same cadaveric study | Leakage in 2 of 24 levels (8 %), none into the canal | Yes |

Pain relief and vertebral height restoration with VertaLift are supported by the ovine fracture model and the cadaveric study. The FREE trial and other literature on balloon kyphoplasty support the general safety of the procedure.

## Section 6: Benefit-risk

Residual risks: cement leakage (into veins, disc or spinal canal), pulmonary cement embolism, new adjacent fractures, infection, nerve injury, balloon rupture and allergic reaction to cement. The benefit-risk balance is favorable.

## Section 7: PMCF

Described in OAX-PMCF-003 Revision A.

## References

1. Wardlaw D, et al. Efficacy and safety of balloon kyphoplasty compared with non-surgical care for vertebral compression fracture (FREE). Lancet. 2009;373:1016-1024.
2. Hartmann F, et al. Balloon kyphoplasty in an ovine model of lumbar compression fracture. Spine J (preclinical). 2021.
3. Sato K, et al. Height restoration with balloon tamps in osteoporotic cadaver vertebrae. Clin Biomech. 2020.
"""

PMCF = f"""
# PMCF Plan: VertaLift Balloon Kyphoplasty System

OAX-PMCF-003 Revision A, 04/30/2025

## 1. Manufacturer and device

{MFR}. VertaLift Balloon Kyphoplasty System, Basic UDI-DI {UDI}. Linked CER: OAX-CER-003 Revision D.

## 2. Objectives

1. Confirm pain relief (VAS) at 1, 6 and 12 months in routine use.
2. Measure the rate of cement leakage, symptomatic leakage and pulmonary cement embolism.
3. Measure the rate of new adjacent vertebral fractures at 12 months.

## 3. Method

Prospective, multicenter post-market study (VERTA-PMCF) at 8 spine centers in the Netherlands, Portugal and Germany.

- **Population:** adults with painful osteoporotic vertebral compression fractures, T5 to L5, treated within the intended purpose.
- **Sample size:** 150 patients. With 150 patients, a mean VAS reduction of 3 points (SD 2.5) is estimated with a 95 % confidence interval of ± 0.4 points, and a symptomatic leakage rate of 1 % has an upper 95 % confidence limit of 3.6 %.
- **Follow-up:** discharge, 1, 6 and 12 months.

## 4. Timeline

| Milestone | Date |
| First patient | 09/2025 |
| Last patient enrolled | 06/2026 |
| 12-month report | 09/2027 |
"""

IFU_EN = f"""
# VertaLift Balloon Kyphoplasty System

Instructions for Use, IFU-VL-EN version 2. Sterile. Single use. Rx only.

## What is in the kit?

- One access needle and one 10 G working cannula
- One hand drill
- Two VertaLift inflatable bone tamps (10, 15 or 20 mm balloon)
- One 20 mL inflation syringe with digital manometer
- VertaLift HV bone cement (one unit: 20 g powder and 9 mL liquid), which remains in the vertebral body
- Two cement delivery cannulas

## What is it for?

The VertaLift system is used to reduce and stabilize painful vertebral compression fractures (T5 to L5) caused by osteoporosis in adults whose pain has not improved after at least two weeks of conservative care.

## When should it not be used?

- Fractures that are stable and pain-free, or that are healing with conservative care.
- Pathological fractures from tumors (metastases or multiple myeloma).
- Fractures with retropulsed fragments or a damaged posterior vertebral wall.
- Active infection, local or systemic.
- Bleeding disorders that cannot be corrected.
- Allergy to PMMA, barium sulfate or any cement component.

## Warnings

> CAUTION: Never inflate a bone tamp above 400 psi (27.6 bar). Watch the manometer at all times.

- Inject cement only under continuous lateral fluoroscopy. Stop at once if cement reaches the posterior wall or enters a vein.
- Cement leakage can cause pulmonary embolism or spinal cord compression.
- New fractures may occur in adjacent vertebrae.

## Procedure in short

1. Place the access needle into the pedicle under biplane fluoroscopy, and exchange it for the working cannula.
2. Drill a channel into the anterior third of the vertebral body.
3. Insert the bone tamp and inflate slowly, in steps of 0.5 mL, watching height and pressure.
4. Deflate and remove the tamp.
5. Fill the cavity with VertaLift HV cement using the delivery cannulas.

## Specifications

| Item | Specification |
| Working cannula | 10 G, 118 mm |
| Balloon lengths | 10, 15, 20 mm |
| Maximum inflation pressure | 400 psi (27.6 bar) |
| Maximum balloon volume | 4 mL (10 mm), 5 mL (15 mm), 6 mL (20 mm) |
| Cement | High-viscosity PMMA, barium sulfate radiopacifier |

Manufacturer: {MFR}. EU REP: {AR}. Basic UDI-DI {UDI}.
"""

IFU_NL = f"""
# VertaLift ballonkyfoplastiesysteem: gebruiksaanwijzing

IFU-VL-NL versie 2. Steriel. Voor eenmalig gebruik.

## Inhoud van de set

Toegangsnaald en 10 G werkcanule, handboor, twee VertaLift opblaasbare bottampons (ballon 10, 15 of 20 mm), vulspuit van 20 ml met digitale manometer, VertaLift HV botcement (20 g poeder en 9 ml vloeistof; blijft in het wervellichaam) en twee cementcanules.

## Indicaties

Repositie en stabilisatie van pijnlijke wervelcompressiefracturen (T5 tot en met L5) bij volwassenen door osteoporose, multipel myeloom of osteolytische metastasen, wanneer de pijn na ten minste twee weken conservatieve behandeling niet verbetert.

## Contra-indicaties

- Stabiele, pijnvrije of genezende fracturen.
- Fracturen met teruggedrongen fragmenten of een beschadigde achterwand van de wervel.
- Actieve lokale of systemische infectie.
- Niet te corrigeren stollingsstoornissen.
- Allergie voor PMMA, bariumsulfaat of een ander bestanddeel van het cement.

## Waarschuwingen

> LET OP: Blaas een bottampon nooit op boven 400 psi (27,6 bar). Houd de manometer altijd in de gaten.

- Spuit cement alleen in onder continue laterale doorlichting. Stop direct als cement de achterwand bereikt of in een ader terechtkomt.
- Cementlekkage kan longembolie of compressie van het ruggenmerg veroorzaken.
- Er kunnen nieuwe fracturen in aangrenzende wervels optreden.

## Specificaties

| Onderdeel | Specificatie |
| Werkcanule | 10 G, 118 mm |
| Ballonlengtes | 10, 15, 20 mm |
| Maximale druk | 400 psi (27,6 bar) |
| Cement | Hoogvisceus PMMA met bariumsulfaat |

Fabrikant: {MFR}. EU-vertegenwoordiger: {AR}. Basis-UDI-DI {UDI}.
"""

IFU_PT = f"""
# Sistema de cifoplastia com balão VertaLift: instruções de utilização

IFU-VL-PT versão 2. Estéril. Utilização única.

## Conteúdo do kit

Agulha de acesso e cânula de trabalho de 10 G, broca manual, dois tampões ósseos insufláveis VertaLift (balão de 10, 15 ou 20 mm), seringa de insuflação de 20 ml com manómetro digital, cimento ósseo VertaLift HV (20 g de pó e 9 ml de líquido; permanece no corpo vertebral) e duas cânulas de cimento.

## Indicações

Redução e estabilização de fraturas vertebrais por compressão dolorosas (T5 a L5) causadas por osteoporose em adultos cuja dor não melhorou após pelo menos duas semanas de tratamento conservador.

## Contraindicações

- Fraturas estáveis, indolores ou em consolidação.
- Fraturas patológicas de origem tumoral (metástases ou mieloma múltiplo).
- Fraturas com fragmentos retropulsados ou parede posterior lesada.
- Infeção ativa, local ou sistémica.
- Distúrbios hemorrágicos não corrigíveis.
- Alergia ao PMMA, ao sulfato de bário ou a qualquer componente do cimento.

## Advertências

> ATENÇÃO: nunca insuflar um tampão ósseo acima de 400 psi (27,6 bar).

- Injetar o cimento apenas sob fluoroscopia lateral contínua.
- A fuga de cimento pode causar embolia pulmonar ou compressão medular.
- Podem ocorrer novas fraturas nas vértebras adjacentes.

## Especificações

| Elemento | Especificação |
| Cânula de trabalho | 10 G, 118 mm |
| Comprimentos do balão | 10, 15, 20 mm |
| Pressão máxima | 400 psi (27,6 bar) |
| Cimento | PMMA de alta viscosidade com sulfato de bário |

Fabricante: {MFR}. Mandatário na UE: {AR}. UDI-DI básico {UDI}.
"""

CEAR = f"""
# Clinical Evaluation Assessment Report

{NB}. Report DMC-CEAR-25-117, 05/20/2025.

## A. Administrative data

| Item | Entry |
| Device | VertaLift Balloon Kyphoplasty System |
| Manufacturer | Osteon Axis Inc., Boston, USA |
| Class | IIa, Rule 6 |
| Documents reviewed | CEP OAX-CEP-003 Rev. B; CER OAX-CER-003 Rev. B dated 11/04/2024; PMCF plan OAX-PMCF-003 Rev. A; IFU IFU-VL version 2 (EN, NL, PT) |

**Intended purpose:** reduction and stabilization of painful osteoporotic vertebral compression fractures (T5 to L5) in adults after failed conservative care.

## C. Evaluation basis

The manufacturer relies on pre-clinical studies and published literature on balloon kyphoplasty. The NB accepts the approach for this class IIa device.

## F. PMCF

A 150-patient prospective PMCF study is planned. Adequate.

## I. CECP

Not applicable: the device is class IIa and is neither class III implantable nor a class IIb active device administering a medicinal product.

## Conclusion

Benefit-risk acceptable. Reviewer: Dr. W. de Jong, orthopedic spine surgeon.
"""

F = dict(CEP="VertaLift_CEP_RevB.pdf", CER="VertaLift_CER_RevD.pdf", PMCF="VertaLift_PMCF_plan_RevA.docx",
         IFU="VertaLift_IFU_EN.docx", NL="VertaLift_gebruiksaanwijzing_NL.docx", PT="VertaLift_IFU_PT.pdf",
         CEAR="DMC-CEAR-25-117_VertaLift.pdf")
H = "Osteon Axis Inc."
DOCS = [
    Doc(F["CEP"], "CEP", "en", CEP, H, "OAX-CEP-003 Rev. B"),
    Doc(F["CER"], "CER", "en", CER, H, "OAX-CER-003 Rev. D"),
    Doc(F["PMCF"], "PMCF-plan", "en", PMCF, H, "OAX-PMCF-003 Rev. A"),
    Doc(F["IFU"], "IFU", "en", IFU_EN, "VertaLift", "IFU-VL-EN v2"),
    Doc(F["NL"], "IFU", "nl", IFU_NL, "VertaLift", "IFU-VL-NL v2"),
    Doc(F["PT"], "IFU", "pt", IFU_PT, "VertaLift", "IFU-VL-PT v2"),
    Doc(F["CEAR"], "CEAR", "en", CEAR, "Dutch Medical Conformity B.V. (NB 2476)", "DMC-CEAR-25-117", serif=True),
]

LABELS = [
    label("implanted_cement_ignored_in_classification", "scope", [F["CER"], F["CEAR"], F["IFU"]],
          ["The VertaLift system is class IIa (Annex VIII, Rule 6): all components are transient surgically invasive devices",
           "The CECP of Article 54 therefore does not apply.",
           "VertaLift HV bone cement (one unit: 20 g powder and 9 mL liquid), which remains in the vertebral body",
           "Not applicable: the device is class IIa and is neither class III implantable"],
          "The kit includes PMMA cement that stays in the vertebral body: an implantable device in contact with the "
          "spinal column (Rule 8, class III). The system is class III implantable, so the CECP (Art. 54(1)(a)) and an "
          "SSCP are required; the CER and CEAR classify it as IIa and skip both.",
          ["device-identity"]),
    label("benefits_shown_on_sheep_and_cadavers", "evidence", [F["CER"]],
          ["Hartmann et al. 2021, ovine lumbar fracture model (12 sheep)",
           "Pain relief and vertebral height restoration with VertaLift are supported by the ovine fracture model and the cadaveric study.",
           "No clinical investigation has been carried out with VertaLift."],
          "Clinical benefits (pain relief, height restoration) and the CEP acceptance criteria are 'met' using an "
          "animal model and cadaver vertebrae; the only clinical literature concerns another manufacturer's system.",
          ["claim"]),
    label("cear_cites_superseded_cer_revision", "documentation", [F["CEAR"], F["CER"]],
          ["CER OAX-CER-003 Rev. B dated 11/04/2024",
           "Document OAX-CER-003, Revision D, 04/22/2025"],
          "The CEAR lists CER revision B of 11/04/2024; the CER supplied (and referenced by the PMCF plan) is revision D of 04/22/2025.",
          []),
    label("dutch_ifu_adds_tumour_fractures", "language", [F["NL"], F["IFU"]],
          ["bij volwassenen door osteoporose, multipel myeloom of osteolytische metastasen",
           "painful vertebral compression fractures (T5 to L5) caused by osteoporosis in adults",
           "Pathological fractures from tumors (metastases or multiple myeloma)."],
          "The Dutch IFU extends the indication to fractures from multiple myeloma and osteolytic metastases and drops "
          "the corresponding contraindication; the English and Portuguese IFUs restrict use to osteoporotic fractures.",
          ["intended-use"]),
]
