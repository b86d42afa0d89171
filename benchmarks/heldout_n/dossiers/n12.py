"""n12: absorbable femoral vascular closure device (class III, Rule 8). Defective."""

MFR = "Glenmore Vascular Ltd"
UDI = "0539905600SEALARC6FB4"
NB = "Notified Body 2916, Organismo de Certificación Médica Ibérica S.A."

CEP = f"""
= Clinical Evaluation Plan: SealArc 6F Absorbable Vascular Closure Device

GV-CEP-018, Revision 2, 7 October 2024. {MFR}, Glenmore Technology Park, Athlone, Co. Westmeath N37 H2C6, Ireland. Basic UDI-DI: {UDI}.

# 1 Device and classification

1.1 SealArc 6F closes the femoral arteriotomy after catheterisation by means of an intravascular polyglycolic acid footplate and an extravascular polyethylene glycol sealant plug, joined by an absorbable suture; all implanted components are resorbed within 90 days. As an implantable device that is wholly absorbed, it is class III under Annex VIII, Rule 8, and Article 54(1)(a) applies.

# 2 Intended purpose

2.1 Closure of common femoral artery puncture sites after diagnostic or interventional procedures performed through 5 F to 7 F procedural sheaths, in adults aged 18 years and over with a body weight of 50 kg or more, to reduce time to haemostasis and to ambulation compared with manual compression.

# 3 Acceptance criteria

| Endpoint | Criterion | Benchmark | Notes |
|---|---|---|---|
| Time to haemostasis | Mean 5 minutes or less | Manual compression 15-20 min | |
| Major access-site complications at 30 days | 1.5 % or less | Published VCD trials 0.5-1.5 % | VARC-2 definitions |
| Device success | 95 % or more | | |
| Time to ambulation (diagnostic procedures) | 2.5 hours or less | Manual compression 4-6 h | |
"""

CER = f"""
= Clinical Evaluation Report: SealArc 6F Absorbable Vascular Closure Device

GV-CER-018, Revision 3, 22 January 2025. {MFR}, Athlone, Ireland. Basic UDI-DI {UDI}. Class III (Rule 8). Prepared by Dr L. Cassidy, Clinical Scientist.

# 1 Device description

1.1 SealArc 6F comprises a delivery system with sheath adaptor, a polyglycolic acid footplate (7.2 mm × 2.1 mm) deployed inside the artery, and a polyethylene glycol sealant plug deployed on the adventitial surface of the arteriotomy. It is used with 5 F, 6 F and 7 F procedural sheaths.

# 2 Intended purpose

2.1 SealArc 6F is intended for closing common femoral artery puncture sites after diagnostic or interventional catheterisation through 5-7 F sheaths, in adults aged 18 years and over with a body weight of 50 kg or more.

2.2 Contraindications: puncture above the inguinal ligament or at or below the femoral bifurcation; femoral artery diameter below 5 mm; significant peripheral arterial disease of the access vessel; haematoma or bleeding at the access site before closure.

# 3 State of the art

3.1 Manual compression remains the reference treatment for femoral haemostasis; vascular closure devices reduce time to haemostasis and ambulation, with major complication rates similar to manual compression in randomised trials and meta-analyses (Robertson et al., 2016; Schulz-Schüpke et al., 2014).

# 4 Clinical data

| Ref. | Subject | Design | Results | Notes |
|---|---|---|---|---|
| [1] | SEALARC-1, 248 patients, arterial closure | Prospective, single arm, 6 centres | Time to haemostasis 2.4 min; device success 97.2 %; major complications 0.8 % at 30 days; ambulation 2.1 h | Own device |
| [2] | Porcine femoral artery model, 24 animals | GLP animal study | Haemostasis in 24/24; complete absorption at 90 days | Supports performance and absorption |
| [3] | Porcine femoral vein model, 12 animals | Animal study | Haemostasis in 12/12 | Supports venous closure |
| [4] | Robertson et al. (2016) | Meta-analysis | VCD vs manual compression | State of the art |

4.1 Venous closure performance is supported by the porcine femoral vein study (12 animals), the venous access being considered technically similar.

4.2 All CEP acceptance criteria are met in SEALARC-1.

# 5 Residual risks

Haematoma; pseudoaneurysm; arteriovenous fistula; retroperitoneal bleeding; device-related vessel stenosis or occlusion with limb ischaemia; embolisation of the footplate; infection; allergic reaction to the sealant.

# 6 Benefit-risk

6.1 On balance the benefit-risk ratio is considered favourable.

# 7 References

[1] Glenmore Vascular. SEALARC-1 clinical investigation report GV-CIR-018. 2024.

[2] Glenmore Vascular. Preclinical study report GV-PRE-011 (porcine femoral artery). 2021.

[3] Glenmore Vascular. Preclinical study report GV-PRE-014 (porcine femoral vein). 2022.

[4] Robertson L, Andras A, Colgan F, Jackson R. Vascular closure devices for femoral arterial puncture site haemostasis. Cochrane Database Syst Rev. 2016;3:CD009541.

[5] Schulz-Schüpke S, Helde S, Gewalt S, et al. Comparison of vascular closure devices vs manual compression after femoral artery puncture: the ISAR-CLOSURE randomized clinical trial. JAMA. 2014;312(19):1981-7.
"""

PMCF = f"""
= PMCF Plan: SealArc 6F

GV-PMCF-018, Revision 1, 5 February 2025. {MFR}.

# 1 Objective

1.1 To confirm the continued safety and performance of SealArc 6F and the satisfaction of users.

# 2 Method

2.1 An online questionnaire will be sent annually to interventional cardiologists and radiologists who have purchased SealArc 6F, asking about ease of use, time to haemostasis and any complications they recall.

# 3 Sample size

3.1 The sample size will be defined once the first year of sales data is available.

# 4 Timeline

4.1 First survey twelve months after CE marking.
"""

IFU_EN = f"""
= SealArc 6F Absorbable Vascular Closure Device: Instructions for Use

{MFR}, Athlone, Ireland. Basic UDI-DI {UDI}. GV-IFU-018-EN, revision D.

# Intended use

SealArc 6F is intended for closure of femoral arterial and femoral venous access sites after diagnostic or interventional procedures using 5 F to 7 F procedural sheaths.

# Patient selection

For use in adult patients (18 years and over) weighing 6 st 4 lb (40 kg) or more.

# Contraindications

- Puncture above the inguinal ligament, or at or below the femoral bifurcation.
- Femoral artery diameter less than 5 mm.
- Significant peripheral arterial disease of the access vessel.
- Haematoma or bleeding at the access site before closure.

# Warnings

- Confirm the puncture site by femoral angiography before use.
- Do not re-access the same site within 90 days.
- Do not use if the package is damaged.

# Possible complications

Haematoma, pseudoaneurysm, arteriovenous fistula, retroperitoneal bleeding, vessel stenosis or occlusion, limb ischaemia, embolisation of the footplate, infection, allergic reaction.

# Specifications

| Item | Value |
|---|---|
| Compatible sheaths | 5 F, 6 F, 7 F |
| Footplate | Polyglycolic acid, 7.2 × 2.1 mm |
| Sealant | Polyethylene glycol |
| Absorption | Within 90 days |
"""

IFU_ES = f"""
= SealArc 6F dispositivo de cierre vascular reabsorbible: Instrucciones de uso

{MFR}, Athlone, Irlanda. Basic UDI-DI {UDI}. GV-IFU-018-ES, revisión D.

# Uso previsto

SealArc 6F está destinado al cierre de los accesos arteriales femorales y venosos femorales tras procedimientos diagnósticos o intervencionistas con introductores de 5 F a 7 F.

# Selección de pacientes

Para uso en pacientes adultos (18 años o más) con un peso de 40 kg o más.

# Contraindicaciones

- Punción por encima del ligamento inguinal, o en la bifurcación femoral o por debajo de ella.
- Diámetro de la arteria femoral inferior a 5 mm.
- Enfermedad arterial periférica significativa del vaso de acceso.
- Hematoma o sangrado en el lugar de acceso antes del cierre.

# Advertencias

- Confirmar el lugar de punción mediante angiografía femoral antes del uso.
- No volver a puncionar el mismo lugar en 90 días.
- No utilizar si el envase está dañado.

# Posibles complicaciones

Hematoma, pseudoaneurisma, fístula arteriovenosa, hemorragia retroperitoneal, estenosis u oclusión del vaso, isquemia de la extremidad, embolización de la placa, infección, reacción alérgica.
"""

SSCP = f"""
= Summary of Safety and Clinical Performance: SealArc 6F

GV-SSCP-018, Revision 1, February 2025.

# 1 Identification

SealArc 6F Absorbable Vascular Closure Device; {MFR}, Athlone, Ireland (SRN IE-MF-000034019); Basic UDI-DI {UDI}; class III; {NB}.

# 2 Intended purpose and population

Closure of common femoral artery puncture sites after catheterisation through 5-7 F sheaths, in adults aged 18 years and over with a body weight of 50 kg or more.

# 3 Residual risks and undesirable effects

| Event | Frequency at 30 days (SEALARC-1, 248 patients) |
|---|---|
| Haematoma 6 cm or more | 2.4 % |
| Pseudoaneurysm | 0.4 % |
| Arteriovenous fistula | None observed |
| Retroperitoneal bleeding | None observed |
| Vessel stenosis or occlusion, limb ischaemia | 0.4 % |
| Footplate embolisation | None observed |
| Infection | None observed |
| Allergic reaction | None observed |

# 4 Clinical performance

Mean time to haemostasis 2.4 minutes; device success 97.2 %; time to ambulation 2.1 hours.
"""

CEAR = f"""
= Clinical Evaluation Assessment Report: SealArc 6F

{NB}, Paseo de la Castellana 95, 28046 Madrid, España. Ref. OCMI-CEAR-25-044. 19 March 2025.

To: {MFR}, Glenmore Technology Park, Athlone, Ireland.

# A. Documents

CEP GV-CEP-018 Rev. 2; CER GV-CER-018 Rev. 3; PMCF plan GV-PMCF-018 Rev. 1; IFU revision D (English, Spanish); SSCP GV-SSCP-018 Rev. 1.

# B. Intended purpose

Closure of common femoral artery puncture sites following diagnostic or interventional catheterisation through 5 F to 7 F sheaths, in adults of 18 years and above with a body weight of 50 kg or more.

# C. Classification

Class III, Rule 8 (wholly absorbed implant). Article 54(1)(a) applies.

# D. Findings

Finding 1: SEALARC-1 (248 patients) meets the CEP acceptance criteria for time to haemostasis, device success, major complications and ambulation.

Finding 2: Pre-clinical porcine data support absorption of the implant within 90 days.

Finding 3: The PMCF plan is based on a user survey; the Notified Body requests that the manufacturer consider a clinical registry at the next CER update.

# E. Conclusion

The clinical evidence is considered sufficient for the intended purpose stated in Section B, subject to the consultation procedure.

> Dr. Álvaro Ruiz Medina, Clinical Reviewer (Interventional Cardiology)
"""

F_CEP = "GV-CEP-018_SealArc_CEP.docx"
F_CER = "GV-CER-018_SealArc_CER.pdf"
F_PMCF = "GV-PMCF-018_SealArc_PMCF.docx"
F_IFU_EN = "SealArc6F_IFU_EN.pdf"
F_IFU_ES = "SealArc6F_IFU_ES.pdf"
F_SSCP = "GV-SSCP-018_SealArc_SSCP.docx"
F_CEAR = "OCMI-CEAR-25-044_SealArc.pdf"

DOSSIER = {
    "id": "n12_femoral_closure_device",
    "device": "SealArc 6F absorbable femoral vascular closure device",
    "device_class": "III",
    "clean": False,
    "docs": [
        {"file": F_CEP, "role": "CEP", "lang": "en", "text": CEP},
        {"file": F_CER, "role": "CER", "lang": "en", "text": CER, "header": "GV-CER-018 Rev. 3"},
        {"file": F_PMCF, "role": "PMCF-plan", "lang": "en", "text": PMCF},
        {"file": F_IFU_EN, "role": "IFU", "lang": "en", "text": IFU_EN},
        {"file": F_IFU_ES, "role": "IFU", "lang": "es", "text": IFU_ES},
        {"file": F_SSCP, "role": "SSCP", "lang": "en", "text": SSCP},
        {"file": F_CEAR, "role": "CEAR", "lang": "en", "text": CEAR, "serif": True},
    ],
    "labels": [
        {
            "defect": "venous_access_only_in_ifu",
            "category": "intended-use",
            "documents": [F_IFU_EN, F_IFU_ES, F_CER, F_CEAR],
            "quotes": [
                "SealArc 6F is intended for closure of femoral arterial and femoral venous access sites",
                "al cierre de los accesos arteriales femorales y venosos femorales",
                "SealArc 6F is intended for closing common femoral artery puncture sites",
                "Closure of common femoral artery puncture sites following diagnostic or interventional catheterisation",
            ],
            "description": "The IFU (English and Spanish) extends use to femoral venous access sites; the CEP, CER, SSCP and CEAR state arterial closure only.",
            "accept": [],
        },
        {
            "defect": "venous_closure_supported_only_by_animal_data",
            "category": "evidence",
            "documents": [F_CER],
            "quotes": [
                "Venous closure performance is supported by the porcine femoral vein study (12 animals)",
                "Porcine femoral vein model, 12 animals",
            ],
            "description": "Clinical performance for venous closure rests solely on an animal study; no clinical data in humans support the venous indication.",
            "accept": ["intended-use"],
        },
        {
            "defect": "pmcf_survey_only_no_sample_size",
            "category": "pmcf",
            "documents": [F_PMCF],
            "quotes": [
                "An online questionnaire will be sent annually to interventional cardiologists and radiologists",
                "The sample size will be defined once the first year of sales data is available.",
                "To confirm the continued safety and performance of SealArc 6F and the satisfaction of users.",
            ],
            "description": "The PMCF plan for a class III absorbable implant consists of a user satisfaction survey with a generic objective, no link to residual risks, no endpoints and a sample size deferred to a later date.",
            "accept": [],
        },
        {
            "defect": "ifu_weight_40kg_vs_50kg",
            "category": "population",
            "documents": [F_IFU_EN, F_CER],
            "quotes": [
                "For use in adult patients (18 years and over) weighing 6 st 4 lb (40 kg) or more.",
                "in adults aged 18 years and over with a body weight of 50 kg or more",
            ],
            "description": "The IFU admits patients from 40 kg (6 st 4 lb), the CEP, CER, SSCP and CEAR from 50 kg.",
            "accept": [],
        },
    ],
}
