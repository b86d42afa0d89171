"""n08: cross-linked hyaluronic acid single intra-articular knee injection (class III, Rule 8). Clean."""

MFR = "Ardmore Biomaterials Ltd"
UDI = "0539552800ARTHAXL60M"
NB = "Notified Body 2975, LusoCert Dispositivos Médicos, Lda."

CEP = f"""
= Clinical Evaluation Plan: Articura HA-XL

ABM-CEP-006, Revision 2, 30 May 2024. {MFR}, Ardmore Industrial Estate, Dungarvan, Co. Waterford X35 F682, Ireland. Basic UDI-DI: {UDI}.

# 1. Device and classification

1.1 Articura HA-XL is a sterile, non-pyrogenic gel of cross-linked sodium hyaluronate of non-animal (bacterial fermentation) origin, 20 mg/ml, supplied as 3 ml (60 mg) in a pre-filled glass syringe for a single intra-articular injection into the knee. It acts by restoring the viscoelastic properties of the synovial fluid and is resorbed from the joint over several weeks.

1.2 The device is injected into the joint by clinical intervention and remains after the procedure, and is therefore an implantable device; since it is wholly absorbed it is class III under Annex VIII, Rule 8. The principal mode of action is physical (viscosupplementation), not pharmacological. Article 54(1)(a) applies; no exemption under Article 54(2) is claimed, the cross-linked formulation being new to the manufacturer.

# 2. Intended purpose and target group

2.1 Articura HA-XL is intended for the symptomatic treatment of pain in osteoarthritis of the knee in adults aged 40 years and over with radiographic Kellgren-Lawrence grade II or III disease who have not obtained adequate relief from non-pharmacological therapy and simple analgesics.

2.2 Contraindications: (i) known hypersensitivity to hyaluronate preparations; (ii) infection or skin disease at or near the injection site; (iii) infection of the knee joint; (iv) severe inflammation or large effusion of the joint at the time of injection.

# 3. Clinical benefits, outcome parameters and acceptance criteria

| Benefit | Outcome parameter | Acceptance criterion | Notes |
|---|---|---|---|
| Reduction of knee pain | Change in WOMAC pain (0-100) at 26 weeks versus saline | Difference of 8 points or more, lower 95 % CI above 0 | Minimal clinically important difference about 8-10 |
| Responder rate | OMERACT-OARSI responders at 26 weeks | Superior to saline | |
| Safety | Target-knee adverse events (pain, effusion) | 15 % or less | Literature 5-20 % |
| Safety | Septic arthritis | 0.1 % or less | Literature about 0.01-0.05 % |

# 4. Clinical development plan

4.1 The randomised, saline-controlled, double-blind ARTICURA-1 investigation with 26-week primary endpoint and an open-label extension to 52 weeks; a systematic review of the state of the art (intra-articular corticosteroids, other hyaluronic acid products); and PMCF.
"""

CER = f"""
= Clinical Evaluation Report: Articura HA-XL (cross-linked sodium hyaluronate, 60 mg/3 ml)

Report ABM-CER-006, Revision 3, 18 November 2024. {MFR}, Dungarvan, Ireland. Basic UDI-DI {UDI}. Class III (Rule 8). Authors: Dr C. Lyster (Clinical Scientist) and Prof. D. Keane (Consultant Rheumatologist).

# 1 Purpose and scope

This report evaluates the clinical data for Articura HA-XL in accordance with the clinical evaluation plan ABM-CEP-006 Revision 2, for the purposes of initial certification under Regulation (EU) 2017/745. As a class III implantable device, Articura HA-XL is subject to the consultation procedure of Article 54(1)(a).

# 2 Device description

Articura HA-XL is a single-injection viscosupplement: 3 ml of cross-linked sodium hyaluronate gel at 20 mg/ml (60 mg in total), produced by bacterial fermentation and cross-linked with 1,4-butanediol diglycidyl ether (BDDE), with residual BDDE below 2 ppm. The gel is supplied in a pre-filled 5 ml glass syringe with a Luer-lock tip, for use with an 18 G to 21 G needle.

# 3 Clinical indications

Symptomatic relief of knee pain due to osteoarthritis in patients of 40 years of age or older with Kellgren-Lawrence grade II to III disease, who have had an inadequate response to conservative non-pharmacological measures and to simple analgesics. Contraindications: hypersensitivity to hyaluronate; infection or skin disease in the area of the injection site; joint infection; marked inflammation or a large effusion of the knee at the time of injection.

# 4 State of the art

Current guidance is divided on intra-articular hyaluronic acid: the ESCEO algorithm considers it a reasonable step for patients who remain symptomatic after first-line treatment (Bruyère et al., 2019), whereas other guidelines give a conditional recommendation against its routine use (Kolasinski et al., 2020). Meta-analyses report small to moderate effects on pain over saline, with substantial heterogeneity between products (Bannuru et al., 2015). Intra-articular corticosteroids give greater relief at 2 to 4 weeks but a shorter duration of effect. It is therefore considered that a hyaluronic acid product should demonstrate, in a blinded saline-controlled trial, a difference reaching the minimal clinically important difference over a period of about six months.

# 5 Clinical data

5.1 ARTICURA-1 (CIV-IE-20-06-030921) randomised 300 patients (150 per arm) at 14 centres in Ireland, Portugal and Spain to a single injection of Articura HA-XL or phosphate-buffered saline, with blinded assessment to 26 weeks; 241 patients entered a 52-week open-label safety extension.

| Outcome | Articura HA-XL | Saline | Difference (95 % CI) | Notes |
|---|---|---|---|---|
| WOMAC pain change at 26 weeks | -31.8 | -21.4 | -10.4 (-15.6 to -5.2) | Primary endpoint; met |
| OMERACT-OARSI responders at 26 weeks | 68.7 % | 52.0 % | 16.7 % (5.6 to 27.3) | Met |
| Target-knee adverse events | 11.3 % | 8.7 % | Not applicable | Mostly pain or effusion, resolved within 7 days |
| Septic arthritis | 0 | 0 | Not applicable | |
| Pseudoseptic reaction | 0.7 % (1/150) | 0 | Not applicable | Resolved after aspiration |

5.2 During the open-label extension to 52 weeks no new safety signal was identified. Efficacy was not assessed beyond 26 weeks under blinded conditions, and no claim of pain relief beyond six months is made.

5.3 Literature on the device: none retained (new device). The state-of-the-art search strategy is given in Schedule 2.

# 6 Benefit-risk

The benefit, i.e. a reduction of knee pain exceeding the minimal clinically important difference for up to 26 weeks after a single injection, is judged to outweigh the risks, which are predominantly transient local reactions. On balance the benefit-risk ratio is considered favourable.

# 7 Residual risks

Transient injection-site pain, swelling, warmth or effusion; pseudoseptic (acute inflammatory) reaction; hypersensitivity; septic arthritis following injection.

# 8 PMCF

PMCF plan ABM-PMCF-006 describes a prospective cohort study of 400 patients, chiefly to estimate the rate of pseudoseptic reactions, including after repeat injection.

# 9 References

Bannuru, R.R., Schmid, C.H., Kent, D.M. et al. (2015) 'Comparative effectiveness of pharmacologic interventions for knee osteoarthritis', Annals of Internal Medicine, 162(1), pp. 46-54.

Bruyère, O., Honvo, G., Veronese, N. et al. (2019) 'An updated algorithm recommendation for the management of knee osteoarthritis from ESCEO', Seminars in Arthritis and Rheumatism, 49(3), pp. 337-350.

Kolasinski, S.L., Neogi, T., Hochberg, M.C. et al. (2020) '2019 American College of Rheumatology/Arthritis Foundation guideline for the management of osteoarthritis of the hand, hip, and knee', Arthritis Care & Research, 72(2), pp. 149-162.

# Schedule 2: Literature search strategy

| Database | Search string | Date | Notes |
|---|---|---|---|
| PubMed | (hyaluron* OR viscosupplement*) AND knee AND osteoarthritis AND (randomi* OR meta-analys*) | 2 September 2024 | 412 records |
| Embase | Same concepts, Emtree terms | 2 September 2024 | 538 records |
| Cochrane Library | hyaluronic acid AND knee osteoarthritis | 2 September 2024 | 37 records |
"""

PMCF = f"""
= PMCF Plan: Articura HA-XL

ABM-PMCF-006, Revision 1, 2 December 2024. {MFR}. Basic UDI-DI {UDI}.

## 1 Questions arising from the CER

(i) The rate of pseudoseptic reactions, observed once in 150 treated patients in ARTICURA-1, cannot be estimated with useful precision from the investigation.

(ii) Repeat injection after six months is common in practice; its safety has not been studied.

(iii) Duration of benefit in routine practice, in patients comparable with those of the investigation.

## 2 Objectives and endpoints

- Primary: incidence of pseudoseptic reaction within 7 days of injection, after first and after repeat injection.
- Secondary: WOMAC pain at 3 and 6 months; other target-knee adverse events; septic arthritis.

## 3 Design and population

Prospective, multicentre cohort at 12 rheumatology and orthopaedic outpatient clinics in Ireland, Portugal and Spain, enrolling adults aged 40 years and above with symptomatic Kellgren-Lawrence grade II-III knee osteoarthritis treated with Articura HA-XL according to the IFU; a repeat injection at 6 months or later is permitted at the physician's discretion.

## 4 Sample size

With 400 patients and an expected rate of pseudoseptic reaction of 1 %, the upper limit of the 95 % confidence interval would be about 2.5 %; at least 200 patients are expected to receive a repeat injection, which allows a reaction rate of 1.5 % or more after repeat injection to be detected with 95 % probability.

## 5 Timeline

First patient Q1 2025; enrolment complete Q4 2026; last follow-up Q2 2027; final report Q4 2027; interim data in each annual SSCP update.
"""

IFU_EN = f"""
= Articura HA-XL 60 mg/3 ml: Instructions for Use

{MFR}, Dungarvan, Ireland. Basic UDI-DI {UDI}. ABM-IFU-006 EN, rev. 2.

# Description

Sterile gel of cross-linked sodium hyaluronate, 20 mg/ml, of non-animal origin, in a 3 ml pre-filled syringe for single use.

# Indication

Relief of pain in osteoarthritis of the knee in adults aged 40 and over with Kellgren-Lawrence grade II-III osteoarthritis who have not responded adequately to non-drug treatment and simple painkillers.

# Contraindications

- Known hypersensitivity to hyaluronate products.
- Infection or skin disease at or near the injection site.
- Infection of the knee joint.
- Severe inflammation or a large effusion of the knee at the time of injection.

# Warnings and precautions

- Use strict aseptic technique; septic arthritis is a rare but serious complication.
- Aspirate any effusion before injecting.
- Do not inject intravascularly or outside the joint space.
- Safety has not been established in pregnancy, during breast-feeding, or in children.
- Patients should avoid strenuous activity for 48 hours after the injection.
- A repeat treatment may be given no sooner than 6 months after the previous injection.

# Undesirable effects

Transient pain, swelling, warmth or effusion of the injected knee; acute inflammatory (pseudoseptic) reaction; hypersensitivity reactions; septic arthritis.

# Technical data

| Characteristic | Value |
|---|---|
| Sodium hyaluronate | 60 mg in 3 ml (20 mg/ml) |
| Origin | Bacterial fermentation, cross-linked (BDDE) |
| Needle | 18-21 G |
| Storage | 2 °C to 25 °C; do not freeze |
"""

IFU_PT = f"""
= Articura HA-XL 60 mg/3 ml: Instruções de utilização

{MFR}, Dungarvan, Irlanda. Basic UDI-DI {UDI}. ABM-IFU-006 PT, rev. 2.

# Descrição

Gel estéril de hialuronato de sódio reticulado, 20 mg/ml, de origem não animal, em seringa pré-cheia de 3 ml para utilização única.

# Indicação

Alívio da dor na osteoartrose do joelho em adultos com 40 ou mais anos de idade, com osteoartrose de grau II-III de Kellgren-Lawrence, que não responderam adequadamente ao tratamento não farmacológico e aos analgésicos simples.

# Contraindicações

- Hipersensibilidade conhecida a produtos de hialuronato.
- Infeção ou doença cutânea no local de injeção ou na sua proximidade.
- Infeção da articulação do joelho.
- Inflamação grave ou derrame volumoso do joelho no momento da injeção.

# Advertências e precauções

- Utilizar técnica assética rigorosa; a artrite séptica é uma complicação rara mas grave.
- Aspirar qualquer derrame antes da injeção.
- Não injetar por via intravascular nem fora do espaço articular.
- A segurança não foi estabelecida na gravidez, durante a amamentação ou em crianças.
- O doente deve evitar atividade intensa durante 48 horas após a injeção.
- Um novo tratamento pode ser administrado, no mínimo, 6 meses após a injeção anterior.

# Efeitos indesejáveis

Dor, inchaço, calor ou derrame transitórios do joelho injetado; reação inflamatória aguda (pseudossética); reações de hipersensibilidade; artrite séptica.

# Dados técnicos

| Característica | Valor |
|---|---|
| Hialuronato de sódio | 60 mg em 3 ml (20 mg/ml) |
| Agulha | 18-21 G |
| Conservação | 2 °C a 25 °C; não congelar |
"""

SSCP = f"""
= Summary of Safety and Clinical Performance: Articura HA-XL

ABM-SSCP-006, Revision 1, December 2024.

# 1 Identification

Articura HA-XL 60 mg/3 ml; manufacturer {MFR}, Dungarvan, Ireland (SRN IE-MF-000032205); Basic UDI-DI {UDI}; class III; {NB}.

# 2 Intended purpose and population

Symptomatic treatment of knee pain in osteoarthritis, in adults of 40 years and above with Kellgren-Lawrence grade II or III disease after inadequate response to non-pharmacological measures and simple analgesics. Contraindications: hypersensitivity to hyaluronate; infection or skin disease near the injection site; knee joint infection; severe inflammation or large effusion at injection.

# 3 Residual risks and undesirable effects

| Effect | Frequency (ARTICURA-1, 150 treated patients, 26 weeks) | Notes |
|---|---|---|
| Transient pain, swelling, warmth or effusion | 11.3 % | Resolved within 7 days |
| Pseudoseptic reaction | 0.7 % | Subject of PMCF |
| Hypersensitivity | None observed | Reported with other hyaluronates |
| Septic arthritis | None observed | Literature about 1 in 10,000 injections |

# 4 Clinical performance

WOMAC pain improved by 10.4 points more than with saline at 26 weeks (95 % CI 5.2 to 15.6); responder rate 68.7 % versus 52.0 %. Benefit beyond 26 weeks has not been established in a controlled study.

# 5 PMCF

Prospective cohort of 400 patients (2025-2027) on pseudoseptic reactions, including after repeat injection.
"""

CEAR = f"""
= Clinical Evaluation Assessment Report: Articura HA-XL

{NB}, Avenida da República 50, 1069-211 Lisboa, Portugal. Reference LC-CEAR-2025-014. 21 January 2025.

Addressee: Head of Regulatory Affairs, {MFR}, Dungarvan, Co. Waterford, Ireland

# Section A: Administrative particulars

Articura HA-XL cross-linked sodium hyaluronate 60 mg/3 ml, Basic UDI-DI {UDI}; initial certification under Annex IX. Documents assessed: CEP ABM-CEP-006 Rev. 2; CER ABM-CER-006 Rev. 3 (18 November 2024); PMCF plan ABM-PMCF-006 Rev. 1; IFU rev. 2 (English and Portuguese); SSCP ABM-SSCP-006 Rev. 1.

# Section C: Intended purpose and classification

The intended purpose is the symptomatic treatment of knee osteoarthritis pain in adults aged 40 years or more with Kellgren-Lawrence grade II-III disease after failure of first-line conservative treatment. Classification: class III, Rule 8 (implantable, wholly absorbed); the Notified Body agrees that the principal mode of action is physical.

# Findings

Finding 1: ARTICURA-1 is a randomised, double-blind, saline-controlled investigation of adequate size; the primary endpoint and all acceptance criteria of the CEP are met and reported.

Finding 2: The claims in the IFU and SSCP are limited to 26 weeks, consistent with the controlled data.

Finding 3: The SSCP lists all undesirable effects of the IFU, with frequencies.

Finding 4: The PMCF plan addresses the open questions of the CER (pseudoseptic reactions, repeat injection) with a justified sample size and timeline.

# Section I: Consultation procedure

Article 54(1)(a) applies; no exemption is applicable. Proposed panel: orthopaedics, traumatology, rehabilitation and rheumatology.

# Conclusion

The Notified Body considers the clinical evidence sufficient and the benefit-risk ratio acceptable for the intended purpose, subject to the consultation procedure.

> Dr. Tiago Fonseca, Clinical Assessor (Rheumatology)
"""

DOSSIER = {
    "id": "n08_hyaluronic_acid_knee",
    "device": "Articura HA-XL cross-linked hyaluronic acid intra-articular knee injection",
    "device_class": "III",
    "clean": True,
    "docs": [
        {"file": "ABM-CEP-006_Articura_CEP.pdf", "role": "CEP", "lang": "en", "text": CEP, "header": "ABM-CEP-006 Rev. 2"},
        {"file": "ABM-CER-006_Articura_CER.docx", "role": "CER", "lang": "en", "text": CER},
        {"file": "ABM-PMCF-006_Articura_PMCF.md", "role": "PMCF-plan", "lang": "en", "text": PMCF},
        {"file": "Articura_IFU_EN.pdf", "role": "IFU", "lang": "en", "text": IFU_EN},
        {"file": "Articura_IFU_PT.pdf", "role": "IFU", "lang": "pt", "text": IFU_PT},
        {"file": "ABM-SSCP-006_Articura_SSCP.docx", "role": "SSCP", "lang": "en", "text": SSCP},
        {"file": "LC-CEAR-2025-014_Articura.pdf", "role": "CEAR", "lang": "en", "text": CEAR, "serif": True},
    ],
    "labels": [],
}
