"""n03: patient-specific PEEK cranial implant. Defective."""

NAME = "CraniaForm PSI"
MFR = "Halloran Patient-Specific Implants Ltd"
UDI = "0539481200CFPSI01H7"
NB = "Certimed Iberia S.L., Notified Body 2913"

CEP = f"""
= Clinical Evaluation Plan: CraniaForm PSI Patient-Specific PEEK Cranial Implant

HPSI-CEP-004, Version 2.0, 21 October 2024. {MFR}, Sandyford Business Park, Dublin 18, Ireland. Basic UDI-DI {UDI}.

# 1 Scope

The plan covers CraniaForm PSI implants designed from the patient's computed tomography data within the validated design envelope (maximum dimension 180 mm × 150 mm, thickness 3 to 6 mm, with or without suture holes and fixation tabs), together with the titanium fixation plates and screws supplied with the implant. Such patient-matched implants are manufactured by an industrial process under a specified design envelope and are not custom-made devices within the meaning of Article 2(3).

# 2 Intended purpose

CraniaForm PSI is intended for the reconstruction of defects of the cranial vault (neurocranium) following decompressive craniectomy, trauma, tumour resection or infection, in adults aged 18 years and over in whom cranial growth is complete.

# 3 Benefits and outcome parameters

| Benefit | Parameter | Acceptance criterion | Notes |
|---|---|---|---|
| Protection of the brain and restoration of contour | Implant retained without revision at 24 months | 90 % or more | Literature range for PEEK 85-95 % |
| Low infection rate | Surgical site infection requiring explantation | 8 % or less | Autologous bone flap 10-20 % |
| Cosmetic satisfaction | Patient-rated cosmetic outcome, good or excellent | 80 % or more | Validated questionnaire |

# 4 Data sources

Post-market data of the CraniaForm PSI under the Directive (since 2017), the retrospective HPSI-CRAN-01 series and a systematic literature review of PEEK cranioplasty.
"""

CER = f"""
= Clinical Evaluation Report: CraniaForm PSI

Report HPSI-CER-004, Version 3.1, 12 February 2025. Prepared for {MFR}, Dublin, Ireland, by Dr E. Whitcombe, Clinical Evaluation Consultant. Basic UDI-DI {UDI}.

# 1 Device description and classification

1.1 CraniaForm PSI is a patient-specific cranial implant machined from implant-grade polyether ether ketone (PEEK-OPTIMA or equivalent) to the geometry of the patient's skull defect, reconstructed from CT data of slice thickness 1 mm or less. The implant is fixed to the surrounding bone with titanium low-profile plates and screws and lies on the dura mater.

1.2 The device is classified as Class IIb under Annex VIII, Rule 8 (long-term implantable device). Since it is neither a class III implantable device nor an active device administering a medicinal product, the consultation procedure of Article 54 does not apply.

# 2 Intended purpose

2.1 CraniaForm PSI is intended for the reconstruction of cranial vault defects after decompressive craniectomy, trauma, tumour resection or infection, in adults aged 18 years and over in whom cranial growth is complete. It is not intended for the facial skeleton, the orbit or the skull base, nor for load-bearing applications.

2.2 Contraindications are: (i) active or suspected infection at the implantation site; (ii) patients in whom cranial growth is incomplete; (iii) insufficient soft-tissue coverage; (iv) known sensitivity to PEEK or titanium.

# 3 State of the art

3.1 Cranioplasty options are autologous bone flap replacement, titanium mesh or patient-specific titanium plates, polymethyl methacrylate (moulded intra-operatively or prefabricated), hydroxyapatite and PEEK. Systematic reviews (Punchak et al., 2017; van de Vijfeijken et al., 2018) suggest lower complication rates for PEEK and titanium than for autologous bone, mainly through the avoidance of bone flap resorption, with infection rates of 5 % to 10 % for PEEK.

# 4 Clinical data

| Source | Design | Patients | Follow-up | Results | Notes |
|---|---|---|---|---|---|
| HPSI-CRAN-01 | Retrospective, 4 centres | 132 adults | Median 31 months | Retention without revision at 24 months 93.2 %; explantation for infection 6.1 % | Own device |
| PMS 2017-2024 | Complaints and vigilance | About 2,400 implants sold | Not applicable | 14 explantations reported, 11 for infection | Under-reporting probable |
| Punchak et al. (2017) | Systematic review | 1,014 | Varies | Complication rates by material | State of the art |

Cosmetic outcome was rated good or excellent by 86 % of 104 respondents in HPSI-CRAN-01.

# 5 Residual risks

Surgical site infection and explantation; wound dehiscence and implant exposure; seroma or epidural collection; implant displacement; poor fit requiring intra-operative adjustment; aesthetic dissatisfaction.

# 6 Conclusions

It is considered that the acceptance criteria of plan HPSI-CEP-004 are met and that, on balance, the benefit-risk ratio is favourable. PMCF is to be continued per HPSI-PMCF-004.

# 7 References

Punchak, M., Chung, L.K., Lagman, C. et al. (2017) 'Outcomes following polyetheretherketone (PEEK) cranioplasty: systematic review and meta-analysis', Journal of Clinical Neuroscience, 41, pp. 30-35.

van de Vijfeijken, S.E.C.M., Münker, T.J.A.G., Spijker, R. et al. (2018) 'Autologous bone is inferior to alloplastic cranioplasties: safety of autograft and allograft materials for cranioplasties, a systematic review', World Neurosurgery, 117, pp. 443-452.
"""

PMCF = f"""
= PMCF Plan: CraniaForm PSI

HPSI-PMCF-004, Version 1.2, 30 January 2025. {MFR}.

# 1 Objectives

1.1 To confirm the rate of implant retention without revision at 24 months and the rate of explantation for infection in a prospective cohort.

1.2 To estimate the rate of late implant exposure (beyond 12 months), a residual risk for which the retrospective data are incomplete.

# 2 Design

2.1 Prospective, multicentre observational study (CRANIA-PROSPECT) at 6 neurosurgical centres in Ireland, Spain and Portugal, enrolling consecutive adults receiving CraniaForm PSI; follow-up at 3, 12 and 24 months.

# 3 Sample size

3.1 [Insert sample size justification from Biostatistics, based on the expected explantation rate - see ref. XX]

# 4 Timeline

4.1 First patient Q2 2025; interim report with the CER update in 2026; final report Q4 2028.
"""

IFU_EN = f"""
= CraniaForm PSI: Instructions for Use

{MFR}, Dublin, Ireland. Basic UDI-DI {UDI}. HPSI-IFU-004 Rev. E.

# Indications

CraniaForm PSI is indicated for the reconstruction of defects of the cranial vault following decompressive craniectomy, trauma, tumour resection or infection.

# Patient population

Patients from 14 years of age whose skull growth is complete, as confirmed by the treating neurosurgeon from imaging.

# Contraindications

- Active or suspected infection at the implantation site.
- Incomplete cranial growth.
- Insufficient soft-tissue coverage of the implant.
- Known sensitivity to PEEK or titanium.

# Warnings

- The implant is not intended for load-bearing applications or for the facial skeleton, orbit or skull base.
- Do not reshape the implant by more than 2 mm at the margin; larger adjustments may compromise fit and fixation.
- The implant is supplied non-sterile and must be steam-sterilised before use (pre-vacuum cycle, 134 °C, 3 minutes).

# Adverse effects

Infection, wound dehiscence, implant exposure, seroma or epidural collection, displacement, poor fit, aesthetic dissatisfaction.

# Specifications

| Property | Value |
|---|---|
| Material | Implant-grade PEEK |
| Thickness | 3-6 mm |
| Maximum dimensions | 180 mm × 150 mm |
| Fixation | Titanium plates and self-drilling screws, 1.5 mm |
| MRI | Non-metallic implant; titanium fixation MR Conditional |
"""

IFU_ES = f"""
= CraniaForm PSI: Instrucciones de uso

{MFR}, Dublín, Irlanda. Basic UDI-DI {UDI}. HPSI-IFU-004 Rev. E.

# Indicaciones

CraniaForm PSI está indicado para la reconstrucción de defectos de la bóveda craneal tras craniectomía descompresiva, traumatismo, resección tumoral o infección, así como para la reconstrucción de defectos óseos faciales y orbitarios.

# Población de pacientes

Pacientes a partir de 14 años cuyo crecimiento craneal haya finalizado, confirmado por el neurocirujano mediante pruebas de imagen.

# Contraindicaciones

- Infección activa o sospechada en el lugar de implantación.
- Crecimiento craneal incompleto.
- Cobertura insuficiente de tejidos blandos.
- Sensibilidad conocida al PEEK o al titanio.

# Advertencias

- El implante no está destinado a aplicaciones de carga.
- No modifique el borde del implante en más de 2 mm.
- El implante se suministra no estéril y debe esterilizarse con vapor antes de su uso.

# Efectos adversos

Infección, dehiscencia de la herida, exposición del implante, seroma o colección epidural, desplazamiento, mal ajuste, insatisfacción estética.
"""

IFU_PT = f"""
= CraniaForm PSI: Instruções de utilização

{MFR}, Dublin, Irlanda. Basic UDI-DI {UDI}. HPSI-IFU-004 Rev. E.

# Indicações

O CraniaForm PSI está indicado para a reconstrução de defeitos da abóbada craniana após craniectomia descompressiva, traumatismo, ressecção tumoral ou infeção.

# População de doentes

Doentes a partir dos 14 anos cujo crescimento craniano esteja concluído, confirmado pelo neurocirurgião através de imagiologia.

# Contraindicações

- Infeção ativa ou suspeita no local de implantação.
- Crescimento craniano incompleto.
- Cobertura insuficiente de tecidos moles.
- Sensibilidade conhecida ao PEEK ou ao titânio.

# Advertências

- O implante não se destina a aplicações de carga nem ao esqueleto facial, à órbita ou à base do crânio.
- Não modifique o bordo do implante em mais de 2 mm.
- O implante é fornecido não estéril e deve ser esterilizado a vapor antes da utilização.

# Efeitos adversos

Infeção, deiscência da ferida, exposição do implante, seroma ou coleção epidural, deslocamento, mau ajuste, insatisfação estética.
"""

SSCP = f"""
= Summary of Safety and Clinical Performance: CraniaForm PSI

HPSI-SSCP-004, Revision 2, February 2025.

# 1 Identification

Trade name: CraniaForm PSI. Manufacturer: {MFR}, Dublin, Ireland. Basic UDI-DI: {UDI}. Notified Body: {NB}.

# 2 Intended purpose and population

Reconstruction of cranial vault defects following decompressive craniectomy, trauma, tumour resection or infection in adults aged 18 years and over in whom cranial growth is complete.

# 3 Residual risks and undesirable effects

| Risk | Frequency | Source |
|---|---|---|
| Explantation for infection | 6.1 % at median 31 months | HPSI-CRAN-01, 132 patients |
| Revision for any cause by 24 months | 6.8 % | HPSI-CRAN-01 |
| Wound dehiscence or implant exposure | 3.0 % | HPSI-CRAN-01 |
| Seroma or epidural collection | 4.5 % | HPSI-CRAN-01 |
| Displacement or poor fit | 1.5 % | HPSI-CRAN-01 |
| Aesthetic dissatisfaction | 14 % of respondents | Questionnaire, 104 patients |

# 4 Clinical performance

Retention without revision at 24 months: 93.2 % (HPSI-CRAN-01).
"""

CEAR = f"""
= Clinical Evaluation Assessment Report: CraniaForm PSI

{NB}, Calle de Serrano 112, 28006 Madrid, Spain. Reference CI-CEAR-2025-211, 14 April 2025.

To: {MFR}, Sandyford Business Park, Dublin 18, Ireland.

# Section A: Administrative particulars

Device: CraniaForm PSI patient-specific PEEK cranial implant, Basic UDI-DI {UDI}. Type of assessment: MDR initial certification of a device previously certified under Directive 93/42/EEC. Documents: CEP HPSI-CEP-004 v2.0; CER HPSI-CER-004 v3.1; PMCF plan HPSI-PMCF-004 v1.2; IFU (EN, ES, PT) Rev. E; SSCP HPSI-SSCP-004 Rev. 2.

# Section C: Device, classification and intended purpose

The intended purpose is the reconstruction of cranial vault defects after decompressive craniectomy, trauma, tumour resection or infection in adults aged 18 years and above with complete cranial growth.

Classification: class III under Annex VIII, Rule 8, as the implant lies directly on the dura mater and is therefore in direct contact with the central nervous system (meninges). As a class III implantable device, the consultation procedure of Article 54(1)(a) applies; the exemption under Article 54(2)(b) has not been claimed.

# Findings

Finding 1: The retrospective series HPSI-CRAN-01 meets the acceptance criteria of the CEP for retention and infection; cosmetic satisfaction is reported.

Finding 2: The PMCF plan describes a prospective study with defined follow-up visits and a timeline.

Finding 3: The residual risks in the SSCP correspond to those of the IFU.

# Conclusion

The Notified Body concludes that the clinical evidence supports the intended purpose stated above, and the file is forwarded for the consultation procedure.

> Dra. Lucía Ferrer Campos, Clinical Reviewer (Neurosurgery)
"""

F_CEP = "HPSI-CEP-004_CraniaForm_CEP.docx"
F_CER = "HPSI-CER-004_CraniaForm_CER_v3.1.pdf"
F_PMCF = "HPSI-PMCF-004_PMCF_plan.pdf"
F_IFU_EN = "CraniaForm_IFU_EN.docx"
F_IFU_ES = "CraniaForm_IFU_ES.pdf"
F_IFU_PT = "CraniaForm_IFU_PT.pdf"
F_SSCP = "CraniaForm_SSCP.pdf"
F_CEAR = "CI-CEAR-2025-211.pdf"

DOSSIER = {
    "id": "n03_peek_cranial_implant",
    "device": "CraniaForm PSI patient-specific PEEK cranial implant",
    "device_class": "III",
    "clean": False,
    "docs": [
        {"file": F_CEP, "role": "CEP", "lang": "en", "text": CEP},
        {"file": F_CER, "role": "CER", "lang": "en", "text": CER, "header": "HPSI-CER-004 v3.1", "serif": True},
        {"file": F_PMCF, "role": "PMCF-plan", "lang": "en", "text": PMCF, "header": "HPSI-PMCF-004 v1.2"},
        {"file": F_IFU_EN, "role": "IFU", "lang": "en", "text": IFU_EN},
        {"file": F_IFU_ES, "role": "IFU", "lang": "es", "text": IFU_ES},
        {"file": F_IFU_PT, "role": "IFU", "lang": "pt", "text": IFU_PT},
        {"file": F_SSCP, "role": "SSCP", "lang": "en", "text": SSCP},
        {"file": F_CEAR, "role": "CEAR", "lang": "en", "text": CEAR, "serif": True},
    ],
    "labels": [
        {
            "defect": "class_iib_and_no_cecp_vs_class_iii",
            "category": "scope",
            "documents": [F_CER, F_CEAR],
            "quotes": [
                "The device is classified as Class IIb under Annex VIII, Rule 8 (long-term implantable device).",
                "the consultation procedure of Article 54 does not apply",
                "class III under Annex VIII, Rule 8, as the implant lies directly on the dura mater",
            ],
            "description": "The CER classifies the implant as class IIb and excludes the consultation procedure, although it states that the implant lies on the dura mater; the CEAR classifies it as class III (contact with the CNS) and applies Article 54(1)(a).",
            "accept": ["documentation"],
        },
        {
            "defect": "ifu_population_from_14_years",
            "category": "population",
            "documents": [F_IFU_EN, F_IFU_ES, F_IFU_PT, F_CER, F_CEAR],
            "quotes": [
                "Patients from 14 years of age whose skull growth is complete",
                "Pacientes a partir de 14 años cuyo crecimiento craneal haya finalizado",
                "Doentes a partir dos 14 anos cujo crescimento craniano esteja concluído",
                "in adults aged 18 years and over in whom cranial growth is complete",
                "in adults aged 18 years and above with complete cranial growth",
            ],
            "description": "The IFU (all languages) admits patients from 14 years, whereas the CEP, CER, SSCP and CEAR limit the population to adults of 18 years and over; adolescents are not covered by the clinical data.",
            "accept": ["evidence"],
        },
        {
            "defect": "pmcf_sample_size_placeholder",
            "category": "template",
            "documents": [F_PMCF],
            "quotes": [
                "[Insert sample size justification from Biostatistics, based on the expected explantation rate - see ref. XX]",
            ],
            "description": "The PMCF plan's sample-size section is an unfilled placeholder; no sample size or rationale is given.",
            "accept": ["pmcf"],
        },
        {
            "defect": "spanish_ifu_adds_facial_orbital_indication",
            "category": "language",
            "documents": [F_IFU_ES, F_IFU_EN],
            "quotes": [
                "así como para la reconstrucción de defectos óseos faciales y orbitarios",
                "The implant is not intended for load-bearing applications or for the facial skeleton, orbit or skull base.",
            ],
            "description": "The Spanish IFU widens the indication to facial and orbital bone defects and drops the warning that the implant is not intended for the facial skeleton, orbit or skull base; the English and Portuguese versions exclude these sites.",
            "accept": ["intended-use"],
        },
    ],
}
