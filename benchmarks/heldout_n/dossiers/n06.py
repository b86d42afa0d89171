"""n06: silicone oil retinal tamponade (class IIb, Rule 8; CECP not applicable). Clean."""

MFR = "Lismore Ophthalmic Ltd"
UDI = "0539334500VSIL5000QZ"
NB = "Organismo Notificato 2922, Certificazione Dispositivi Medici S.r.l."

CEP = f"""
= Clinical Evaluation Plan

Vitreosil 5000 purified silicone oil for intraocular tamponade. Document LO-CEP-009, Revision 2, 4 November 2024. Manufacturer: {MFR}, Waterford Business Park, Waterford X91 YK40, Ireland. Basic UDI-DI: {UDI}.

# 1. Regulatory context

1.1 Vitreosil 5000 is a sterile, highly purified polydimethylsiloxane of nominal kinematic viscosity 5,000 mm²/s (5000 centistokes), injected into the vitreous cavity during vitrectomy and left in place for a period of weeks to months before surgical removal. It is considered an implantable device under Article 2(5) and, as it does not meet any of the exceptions of Rule 8 that lead to class III (it is not in contact with the heart, the central circulatory system or the central nervous system as defined in Annex VIII Section 1, is not absorbed, undergoes no chemical change and administers no medicinal product), it is classified as class IIb under Annex VIII, Rule 8.

1.2 Being class IIb and not active, it is outside both limbs of Article 54(1); the clinical evaluation consultation procedure is therefore not applicable.

# 2. Intended purpose and target group

2.1 Vitreosil 5000 is intended for use as a prolonged intraocular tamponade in the surgical treatment of complicated retinal detachment in adults, namely retinal detachment with proliferative vitreoretinopathy (PVR grade C or worse), giant retinal tears, retinal detachment following penetrating trauma, and recurrent detachment after gas tamponade.

2.2 Contraindications: (a) known hypersensitivity to silicone; (b) use in an eye in which removal of the oil will not be possible; (c) aphakic eyes without an inferior peripheral iridectomy.

# 3. Outcome parameters and acceptance criteria

| Parameter | Acceptance criterion | Notes |
|---|---|---|
| Anatomical retinal attachment at 6 months after oil removal | 75 % or more | PVR literature 60-85 % |
| Raised intraocular pressure requiring treatment | 30 % or less | Literature 20-40 % |
| Clinically significant emulsification at removal | 15 % or less | 5000 cSt oils emulsify less than 1000 cSt oils |

# 4. Sources of clinical data

4.1 Literature on Vitreosil 5000; the retrospective LO-SIL-02 series of 188 eyes; state-of-the-art literature on silicone oil tamponade; post-market surveillance since 2016.
"""

CER = f"""
= Clinical Evaluation Report: Vitreosil 5000

LO-CER-009, Revision 3, 20 January 2025. {MFR}, Waterford, Ireland. Basic UDI-DI {UDI}. Classification: IIb, Rule 8. Prepared by S. Ní Bhriain, Clinical Scientist, with clinical input from Mr J. Carberry, FRCOphth.

# Section 1: Device description

Vitreosil 5000 is supplied as a sterile, single-use, pre-filled 10 ml glass syringe of purified polydimethylsiloxane with low-molecular-weight components reduced to below 500 ppm. Its density (0.97 g/cm³) is slightly below that of water, so that it tamponades the superior retina preferentially. Its refractive index of 1.404 produces a hyperopic shift in the phakic eye.

| Property | Value | Notes |
|---|---|---|
| Kinematic viscosity | 5000 cSt at 25 °C | Equivalent to about 4850 mPa·s |
| Specific gravity | 0.97 | Lighter than water |
| Refractive index | 1.404 | |
| Low-molecular-weight fraction | Below 500 ppm | GC-MS release test |
| Fill volume | 10 ml | Single use |

# Section 2: Intended purpose

The device is intended as a prolonged intraocular tamponade for complicated retinal detachment in adult patients (18 years and over): detachment with PVR grade C or worse, giant retinal tears, detachment after penetrating ocular trauma and recurrent detachment following gas tamponade. The oil is to be removed once the retina is judged stable, usually between 3 and 6 months. The consultation procedure of Article 54 does not apply to this class IIb, non-active device.

# Section 3: State of the art

Silicone oils of 1000 and 5000 cSt, and heavier-than-water tamponades, are the established alternatives to long-acting gases (SF6, C3F8) for complicated detachment; the Silicone Study showed silicone oil to be superior to SF6 and comparable with C3F8 in PVR (Silicone Study Group, 1992). Higher-viscosity oils are associated with less emulsification (Scott et al., 2005). Reported anatomical success after oil removal ranges from 60 % to 85 % in PVR, and raised intraocular pressure occurs in 20 % to 40 % of eyes.

# Section 4: Clinical data

| Source | Design | Eyes | Follow-up | Key results | Notes |
|---|---|---|---|---|---|
| LO-SIL-02 (Daly et al., 2023) | Retrospective, 3 UK and Irish centres | 188 | 6 months after removal | Attachment 81.4 %; IOP treatment 24.5 %; emulsification 8.0 % | Own device |
| Moreno et al. (2021) | Prospective, single centre | 64 | 12 months | Attachment 79.7 % | Own device, Spain |
| PMS 2016-2024 | Complaints, vigilance | About 41,000 units | Not applicable | No serious incidents related to purity | |

All three acceptance criteria of plan LO-CEP-009 are met: attachment 81.4 % (criterion 75 % or more), raised IOP requiring treatment 24.5 % (30 % or less) and emulsification 8.0 % (15 % or less).

# Section 5: Residual risks and undesirable effects

Raised intraocular pressure and secondary glaucoma; cataract in phakic eyes; emulsification and migration of oil droplets into the anterior chamber; band keratopathy and corneal decompensation; recurrent retinal detachment after removal; unexplained visual loss during tamponade; subretinal oil migration.

# Section 6: Benefit-risk and conclusion

It is considered, on balance, that the benefit of retinal reattachment in eyes otherwise at risk of blindness outweighs the residual risks, which are consistent with those of other silicone oils of similar viscosity. The evidence is judged sufficient.

# Section 7: PMCF

The PMCF plan LO-PMCF-009 provides a prospective registry of 300 eyes focusing on emulsification and unexplained visual loss.

# References

Daly, C., Roche, M. and Hegarty, B. (2023) 'Outcomes of 5000 cSt silicone oil tamponade in complex retinal detachment', Eye, 37, pp. 2114-2120.

Moreno, L., Serrano, P. and Gil, J. (2021) 'Tamponamiento con aceite de silicona de 5000 cSt', Archivos de la Sociedad Española de Oftalmología, 96(5), pp. 240-246.

Scott, I.U., Flynn, H.W., Murray, T.G. et al. (2005) 'Outcomes of complex retinal detachment repair using 1000- vs 5000-centistoke silicone oil', Archives of Ophthalmology, 123(4), pp. 473-478.

Silicone Study Group (1992) 'Vitrectomy with silicone oil or perfluoropropane gas in eyes with severe proliferative vitreoretinopathy: results of a randomized clinical trial. Silicone Study Report 2', Archives of Ophthalmology, 110(6), pp. 780-792.
"""

PMCF = f"""
= Post-Market Clinical Follow-up Plan: Vitreosil 5000

LO-PMCF-009, Revision 1, 27 January 2025. {MFR}.

# 1 Residual risks and open questions addressed

1.1 The CER LO-CER-009 identifies two matters on which the available data are limited: (i) the rate of clinically significant emulsification when tamponade exceeds six months, and (ii) unexplained visual loss during tamponade, which is reported in the literature but was not systematically sought in LO-SIL-02.

# 2 Objectives

2.1 Primary: to estimate the incidence of clinically significant emulsification at oil removal, stratified by duration of tamponade (up to 6 months and more than 6 months).

2.2 Secondary: to estimate the incidence of unexplained visual loss (loss of 3 or more lines without a structural cause) and to confirm anatomical success and the rate of raised intraocular pressure.

# 3 Design, population and setting

3.1 Prospective registry of consecutive adults undergoing vitrectomy with Vitreosil 5000 tamponade for complicated retinal detachment at eight vitreoretinal units in Ireland, the United Kingdom and Italy, with visits at 1 week, 1 and 3 months, at oil removal, and at 6 months after removal.

# 4 Sample size

4.1 Assuming an emulsification rate of 8 %, 300 eyes give a 95 % confidence interval of about 5.2 % to 11.6 %; at least 100 eyes with tamponade beyond six months are expected, allowing an estimate within about ± 6 percentage points in that stratum.

# 5 Timeline

5.1 Enrolment March 2025 to February 2027; final analysis after the last six-month post-removal visit, expected Q1 2028; interim results in each annual CER and SSCP update.
"""

IFU_EN = f"""
= Vitreosil 5000 Silicone Oil: Instructions for Use

{MFR}, Waterford, Ireland. Basic UDI-DI {UDI}. LO-IFU-009 EN, version 5.

# Intended purpose

Vitreosil 5000 is a purified silicone oil (polydimethylsiloxane, 5000 cSt) for prolonged intraocular tamponade in the surgical treatment of complicated retinal detachment.

# Clinical indications

Use in adults (aged 18 and over) with: retinal detachment with proliferative vitreoretinopathy grade C or worse; giant retinal tears; retinal detachment following penetrating trauma; recurrent retinal detachment after gas tamponade.

# Contraindications

- Known hypersensitivity to silicone.
- Eyes in which removal of the oil will not be possible.
- Aphakic eyes without an inferior peripheral iridectomy.

# Warnings and cautions

- Remove the oil when the retina is stable, normally after 3 to 6 months; prolonged tamponade increases the risk of emulsification, keratopathy and raised intraocular pressure.
- Monitor intraocular pressure at every follow-up visit.
- Silicone oil alone does not expand at altitude; where a gas bubble is also present, the patient must not travel by air until advised by the surgeon.
- The oil produces a refractive shift; warn the patient of reduced vision during tamponade.

# Undesirable effects

Raised intraocular pressure and glaucoma; cataract; emulsification with oil droplets in the anterior chamber; band keratopathy or corneal decompensation; recurrent detachment after removal; unexplained loss of vision during tamponade; subretinal migration of oil.

# Specification

| Property | Value |
|---|---|
| Viscosity | 5000 cSt (25 °C) |
| Specific gravity | 0.97 g/cm³ |
| Refractive index | 1.404 |
| Presentation | 10 ml pre-filled syringe, sterile, single use |
"""

IFU_IT = f"""
= Vitreosil 5000 olio di silicone: Istruzioni per l'uso

{MFR}, Waterford, Irlanda. Basic UDI-DI {UDI}. LO-IFU-009 IT, versione 5.

# Destinazione d'uso

Vitreosil 5000 è un olio di silicone purificato (polidimetilsilossano, 5000 cSt) per il tamponamento intraoculare prolungato nel trattamento chirurgico del distacco di retina complicato.

# Indicazioni cliniche

Uso in pazienti adulti (a partire dai 18 anni) con: distacco di retina con vitreoretinopatia proliferante di grado C o superiore; rotture retiniche giganti; distacco di retina conseguente a trauma perforante; distacco di retina recidivante dopo tamponamento con gas.

# Controindicazioni

- Ipersensibilità nota al silicone.
- Occhi nei quali non sarà possibile rimuovere l'olio.
- Occhi afachici senza iridectomia periferica inferiore.

# Avvertenze e precauzioni

- Rimuovere l'olio quando la retina è stabile, di norma dopo 3-6 mesi; un tamponamento prolungato aumenta il rischio di emulsificazione, cheratopatia e aumento della pressione intraoculare.
- Controllare la pressione intraoculare a ogni visita.
- L'olio di silicone da solo non si espande; consultare il chirurgo prima di viaggi aerei se è presente anche una bolla di gas.
- L'olio provoca una variazione refrattiva; avvertire il paziente della riduzione della vista durante il tamponamento.

# Effetti indesiderati

Aumento della pressione intraoculare e glaucoma; cataratta; emulsificazione con goccioline d'olio in camera anteriore; cheratopatia a bandelletta o scompenso corneale; recidiva del distacco dopo la rimozione; perdita visiva inspiegata durante il tamponamento; migrazione sottoretinica dell'olio.

# Specifiche

| Proprietà | Valore |
|---|---|
| Viscosità | 5000 cSt (25 °C) |
| Peso specifico | 0,97 g/cm³ |
| Indice di rifrazione | 1,404 |
| Confezione | Siringa preriempita da 10 ml, sterile, monouso |
"""

SSCP = f"""
= Summary of Safety and Clinical Performance: Vitreosil 5000

LO-SSCP-009, Revision 2, February 2025.

# 1. Device identification

Vitreosil 5000 purified silicone oil; {MFR}, Waterford, Ireland (SRN IE-MF-000027140); Basic UDI-DI {UDI}; class IIb; Notified Body {NB}; first CE certificate 2016 (Directive 93/42/EEC).

# 2. Intended purpose, indications and population

Prolonged intraocular tamponade in adults (18 years and over) with complicated retinal detachment: PVR grade C or worse, giant retinal tears, detachment after penetrating trauma and recurrent detachment after gas. Contraindications: hypersensitivity to silicone; eyes in which oil removal will not be possible; aphakic eyes without inferior iridectomy.

# 3. Residual risks and undesirable effects

| Effect | Frequency | Notes |
|---|---|---|
| Raised intraocular pressure requiring treatment | 24.5 % | LO-SIL-02, 188 eyes, to 6 months after removal |
| Cataract (phakic eyes) | 71 % | Expected with prolonged tamponade |
| Emulsification at removal | 8.0 % | LO-SIL-02 |
| Band keratopathy or corneal decompensation | 3.2 % | |
| Recurrent detachment after removal | 18.6 % | |
| Unexplained visual loss | 2.1 % | Not systematically sought; PMCF objective |
| Subretinal oil migration | 1.1 % | |

# 4. Clinical performance

Retinal attachment 6 months after oil removal: 81.4 % (LO-SIL-02) and 79.7 % at 12 months (Moreno et al., 2021).

# 5. PMCF

Prospective registry of 300 eyes (2025-2028) on emulsification and unexplained visual loss.
"""

CEAR = f"""
= Clinical Evaluation Assessment Report

{NB}, Via Cristoforo Colombo 149, 00147 Roma, Italia

Ref.: CDM-CEAR-25-118. Date: 10 March 2025.

To: {MFR}, Waterford Business Park, Waterford, Ireland

Re: Vitreosil 5000 silicone oil for intraocular tamponade, Basic UDI-DI {UDI}; MDR certification (transition from Directive 93/42/EEC).

# 1 Scope of the assessment

We have reviewed the CEP LO-CEP-009 Rev. 2, the CER LO-CER-009 Rev. 3, the PMCF plan LO-PMCF-009 Rev. 1, the IFU in English and Italian (version 5) and the SSCP LO-SSCP-009 Rev. 2.

# 2 Intended purpose

Prolonged intraocular tamponade in adults with complicated retinal detachment (PVR grade C or worse, giant retinal tears, post-traumatic detachment, recurrent detachment after gas tamponade).

# 3 Classification and consultation procedure

We agree with the classification as class IIb under Rule 8: the device is implantable, but it is not in contact with the heart, central circulatory system or central nervous system, is not absorbed and administers no medicinal product. Article 54(1) therefore does not apply.

# 4 Findings

Finding 1: Clinical data are from the device itself (188 and 64 eyes); no equivalence is claimed.

Finding 2: The acceptance criteria of the CEP are reported in the CER and met.

Finding 3: The SSCP lists the undesirable effects of the IFU with frequencies.

Finding 4: The PMCF plan targets the two open questions of the CER with a justified sample size and a timeline.

# 5 Conclusion

The clinical evidence is sufficient and the benefit-risk ratio is acceptable. Certificate recommended, with annual SSCP update.

> Dott.ssa Chiara Benedetti, Clinical Assessor (Ophthalmology)
"""

DOSSIER = {
    "id": "n06_silicone_oil_tamponade",
    "device": "Vitreosil 5000 silicone oil retinal tamponade",
    "device_class": "IIb",
    "clean": True,
    "docs": [
        {"file": "LO-CEP-009_Vitreosil_CEP.docx", "role": "CEP", "lang": "en", "text": CEP},
        {"file": "LO-CER-009_Vitreosil_CER_rev3.docx", "role": "CER", "lang": "en", "text": CER, "font": "Georgia"},
        {"file": "LO-PMCF-009_Vitreosil_PMCF.pdf", "role": "PMCF-plan", "lang": "en", "text": PMCF},
        {"file": "Vitreosil5000_IFU_EN.pdf", "role": "IFU", "lang": "en", "text": IFU_EN, "header": "LO-IFU-009 EN v5"},
        {"file": "Vitreosil5000_IFU_IT.docx", "role": "IFU", "lang": "it", "text": IFU_IT},
        {"file": "LO-SSCP-009_Vitreosil_SSCP.pdf", "role": "SSCP", "lang": "en", "text": SSCP},
        {"file": "CDM-CEAR-25-118_Vitreosil.docx", "role": "CEAR", "lang": "en", "text": CEAR, "font": "Times New Roman"},
    ],
    "labels": [],
}
