"""n11: active middle ear implant (class III, Rule 8, active implantable). Clean."""

MFR = "Ossian Hearing Implants Ltd"
UDI = "0539640200AURALNKVC2M"
NB = "Notified Body 2937, Hanseatische Prüfstelle für Medizinprodukte GmbH"

CEP = f"""
= Clinical Evaluation Plan: AuraLink VC Implantable Hearing System

OHI-CEP-003, Revision 1, 18 March 2024. {MFR}, IDA Business Park, Oranmore, Co. Galway H91 D8K3, Ireland. Basic UDI-DI {UDI}.

# 1 System and classification

1.1 The AuraLink VC system consists of the implanted VC-2 receiver-stimulator with its vibrating coupler, which is attached to the long process of the incus, and the externally worn AP-8 audio processor, held over the implant by a magnet. The implant is an active implantable device and is class III under Annex VIII, Rule 8; Article 54(1)(a) applies.

# 2 Intended purpose

2.1 The AuraLink VC is intended to treat moderate to severe sensorineural hearing loss in adults aged 18 years and over who cannot obtain adequate benefit from, or cannot tolerate, conventional acoustic hearing aids, e.g. because of chronic otitis externa or occlusion effects.

2.2 Candidacy: bone-conduction thresholds within the fitting range, i.e. 30 to 65 dB HL at 500 Hz, 40 to 75 dB HL at 1 kHz and 2 kHz, and 45 to 80 dB HL at 4 kHz; normal middle ear function; word recognition of 50 % or more in quiet at the most comfortable level; stable hearing for two years.

2.3 Contraindications: retrocochlear or central hearing loss; active middle ear infection or tympanic membrane perforation; middle ear anatomy that prevents coupler placement; recurrent middle ear infection.

# 3 Outcome parameters and acceptance criteria

| Outcome | Criterion | Notes |
|---|---|---|
| Functional gain at 6 months (0.5-4 kHz mean) | Not inferior to the patient's optimally fitted hearing aid | Within-subject comparison |
| Word recognition in noise at 6 months | Improvement of 10 percentage points or more over unaided | |
| Change in unaided bone-conduction thresholds | Mean deterioration of 5 dB or less at 6 and 12 months | Surgical safety |
| Device failure requiring explantation | 2 % or less at 12 months | |

# 4 Development plan

4.1 The AURALINK-1 prospective, within-subject investigation (12-month follow-up), a literature review of active middle ear implants and state of the art, and PMCF.
"""

CER = f"""
= Clinical Evaluation Report: AuraLink VC Implantable Hearing System

OHI-CER-003, Revision 2, 9 December 2024. {MFR}, Oranmore, Ireland. Basic UDI-DI {UDI}. Class III. Author: Dr B. Kilgallon, Clinical Scientist (Audiology).

# 1. Scope

1.1 This report covers the VC-2 implant and the AP-8 audio processor, the latter being a non-implanted accessory whose performance determines the clinical outcome and is therefore evaluated together with the implant.

# 2. Description

2.1 The VC-2 consists of a receiver-stimulator coil and demodulator in a titanium housing, a lead and an electromagnetic vibrating coupler of 2.3 mm diameter, crimped to the long process of the incus through a mastoidectomy and posterior tympanotomy. The AP-8 processor picks up sound with two microphones, processes it in 16 channels and transmits it transcutaneously to the implant.

| Item | Specification | Notes |
|---|---|---|
| Implant housing | Titanium, 1.9 mm thick | Hermetic |
| Coupler | 2.3 mm × 1.8 mm, 25 mg | Incus attachment |
| Frequency range | 250 Hz to 8 kHz | |
| Maximum output | 110 dB SPL equivalent | At 1 kHz |
| MRI | MR Conditional at 1.5 T | Processor removed |

# 3. Intended purpose

3.1 Treatment of moderate to severe sensorineural hearing loss in adults (18 years or older) for whom conventional hearing aids do not give adequate benefit or are not tolerated, with bone-conduction thresholds within the fitting range of 30-65 dB HL (500 Hz), 40-75 dB HL (1 and 2 kHz) and 45-80 dB HL (4 kHz), normal middle ear function and word recognition of at least 50 %. The system is contraindicated in retrocochlear or central hearing loss, active middle ear infection or perforation, recurrent middle ear infection, and anatomy that does not allow placement of the coupler.

# 4. State of the art

4.1 Patients with sensorineural loss who cannot wear acoustic hearing aids may be offered bone-conduction devices (of limited benefit in pure sensorineural loss), active middle ear implants, or, for severe to profound loss with poor speech recognition, cochlear implants. Published series of active middle ear implants report functional gains comparable with or greater than hearing aids, with improved sound quality and the absence of occlusion (Butler et al., 2013; Kludt et al., 2016). Bone-conduction threshold changes of more than 10 dB are reported in fewer than 3 % of cases.

# 5. Clinical data

5.1 AURALINK-1 was a prospective, multicentre, within-subject investigation at five centres in Ireland and Germany (CIV-IE-21-09-037265) in 58 adults, each serving as his or her own control with an optimally fitted hearing aid.

| Outcome | Result | CEP criterion | Notes |
|---|---|---|---|
| Functional gain, 6 months | 31.2 dB vs 27.8 dB with hearing aid | Not inferior | Met; difference +3.4 dB (95 % CI 1.1-5.7) |
| Word recognition in noise, 6 months | +26 percentage points over unaided | 10 points or more | Met |
| Bone-conduction change | Mean 1.8 dB at 6 months, 2.1 dB at 12 months | 5 dB or less | Met; one patient deteriorated by 12 dB |
| Explantation for device failure | 0/58 at 12 months | 2 % or less | Met |

5.2 The sample of 58 patients is small; the upper 95 % confidence bound for device failure with zero events is 6.2 %, which is why PMCF is required to confirm the failure rate.

# 6. Residual risks and side-effects

(i) Deterioration of residual hearing; (ii) facial nerve injury; (iii) taste disturbance (chorda tympani); (iv) tinnitus; (v) vertigo; (vi) skin irritation or flap breakdown over the implant; (vii) coupler displacement with loss of benefit; (viii) device failure requiring revision.

# 7. Benefit-risk

7.1 It is considered, on balance, that the AuraLink VC offers a hearing benefit at least equal to that of the best-fitted acoustic aid in patients who cannot use such aids, at the cost of a surgical procedure with a low rate of serious complications. The benefit-risk ratio is judged favourable, and the evidence is judged sufficient for the intended purpose.

# 8. PMCF

8.1 PMCF is defined in OHI-PMCF-003: a registry of 250 implanted adults with five-year follow-up.

# 9. References

Butler, C.L., Thavaneswaran, P. and Lee, I.H. (2013) 'Efficacy of the active middle-ear implant in patients with sensorineural hearing loss', Journal of Laryngology and Otology, 127(S2), pp. S8-S16.

Kludt, E., D'hondt, C., Lenarz, T. et al. (2016) 'Decision-making in patients with moderate to severe sensorineural hearing loss', European Archives of Oto-Rhino-Laryngology, 273, pp. 3947-3955.
"""

PMCF = f"""
= PMCF Plan: AuraLink VC Implantable Hearing System

OHI-PMCF-003, Revision 1, 16 December 2024. {MFR}. Basic UDI-DI {UDI}.

# Objectives

(a) To estimate the cumulative rate of device failure and of revision surgery at 1, 3 and 5 years, with greater precision than the pre-market data allow.

(b) To confirm long-term stability of bone-conduction thresholds (residual hearing) and of functional gain.

(c) To characterise infrequent surgical complications (facial nerve injury, taste disturbance, flap breakdown).

# Design

A prospective, multicentre registry at up to 15 ENT centres in Ireland, the United Kingdom, Germany and Austria, enrolling consecutive adults implanted according to the IFU, with audiometry at activation, 6 months, and 1, 3 and 5 years.

# Sample size

With 250 patients and an expected cumulative failure rate of 2 % at five years, the 95 % confidence interval is approximately 0.7 % to 4.6 %; the sample allows complications of 1.2 % incidence to be observed at least once with 95 % probability.

# Timeline

Enrolment January 2025 to December 2027; five-year follow-up complete December 2032; annual PMCF evaluation reports and SSCP updates.
"""

IFU_EN = f"""
= AuraLink VC Implantable Hearing System: Instructions for Use (Surgeon and Audiologist)

{MFR}, Oranmore, Co. Galway, Ireland. Basic UDI-DI {UDI}. OHI-IFU-003 EN, issue 4.

# Indications

The AuraLink VC is indicated for adults of 18 years or older with moderate to severe sensorineural hearing loss who do not obtain adequate benefit from, or cannot wear, conventional hearing aids.

# Candidate selection

- Bone-conduction thresholds within the fitting range: 30-65 dB HL at 500 Hz, 40-75 dB HL at 1000 and 2000 Hz, 45-80 dB HL at 4000 Hz.
- Normal middle ear function.
- Word recognition score of at least 50 % in quiet at the most comfortable level.
- Hearing loss stable for two years.

# Contraindications

- Retrocochlear or central hearing loss.
- Active middle ear infection or perforation of the tympanic membrane.
- History of recurrent middle ear infections.
- Middle ear anatomy that does not permit placement of the coupler.

# Warnings

- MRI: the implant is MR Conditional at 1.5 T; remove the audio processor before entering the scanner room and follow the scanning conditions in the MRI guideline.
- Avoid monopolar electrosurgery within 5 cm of the implant.
- Do not apply therapeutic ionising radiation directly over the implant.

# Possible complications

Loss of residual hearing; facial nerve injury; altered taste; tinnitus; vertigo; skin irritation or breakdown of the skin flap; displacement of the coupler; device failure requiring revision surgery.

# Specifications

| Item | Value |
|---|---|
| Implant | VC-2, titanium housing |
| Coupler mass | 25 mg |
| Audio processor | AP-8, 16 channels |
| Frequency range | 250-8000 Hz |
| MRI | MR Conditional, 1.5 T |
"""

IFU_DE = f"""
= AuraLink VC implantierbares Hörsystem: Gebrauchsanweisung (Chirurg und Audiologe)

{MFR}, Oranmore, Co. Galway, Irland. Basic UDI-DI {UDI}. OHI-IFU-003 DE, Ausgabe 4.

# Indikationen

Das AuraLink VC ist indiziert für Erwachsene ab 18 Jahren mit mittel- bis hochgradiger Schallempfindungsschwerhörigkeit, die mit konventionellen Hörgeräten keinen ausreichenden Nutzen erzielen oder diese nicht tragen können.

# Patientenauswahl

- Knochenleitungsschwellen im Anpassbereich: 30-65 dB HL bei 500 Hz, 40-75 dB HL bei 1000 und 2000 Hz, 45-80 dB HL bei 4000 Hz.
- Normale Mittelohrfunktion.
- Einsilberverstehen von mindestens 50 % in Ruhe bei angenehmem Pegel.
- Seit zwei Jahren stabiler Hörverlust.

# Kontraindikationen

- Retrocochleäre oder zentrale Hörstörung.
- Aktive Mittelohrentzündung oder Trommelfellperforation.
- Rezidivierende Mittelohrentzündungen in der Vorgeschichte.
- Mittelohranatomie, die keine Platzierung des Kopplers erlaubt.

# Warnhinweise

- MRT: Das Implantat ist bedingt MR-sicher bei 1,5 T; den Audioprozessor vor Betreten des Scannerraums abnehmen und die Bedingungen der MRT-Richtlinie einhalten.
- Keine monopolare Elektrochirurgie im Umkreis von 5 cm um das Implantat.
- Keine therapeutische ionisierende Strahlung direkt über dem Implantat.

# Mögliche Komplikationen

Verlust des Restgehörs; Verletzung des Nervus facialis; Geschmacksstörung; Tinnitus; Schwindel; Hautreizung oder Lappennekrose; Dislokation des Kopplers; Geräteausfall mit Revisionsoperation.

# Technische Daten

| Merkmal | Wert |
|---|---|
| Implantat | VC-2, Titangehäuse |
| Koppler | 25 mg |
| Audioprozessor | AP-8, 16 Kanäle |
| Frequenzbereich | 250-8000 Hz |
| MRT | Bedingt MR-sicher, 1,5 T |
"""

SSCP = f"""
= Summary of Safety and Clinical Performance: AuraLink VC

OHI-SSCP-003, Revision 1, January 2025.

## 1. Identification

AuraLink VC Implantable Hearing System (VC-2 implant, AP-8 audio processor); {MFR}, Oranmore, Ireland (SRN IE-MF-000028874); Basic UDI-DI {UDI}; class III; {NB}.

## 2. Intended purpose and population

Treatment of moderate to severe sensorineural hearing loss in adults aged 18 years and over who cannot benefit from or cannot tolerate conventional hearing aids. Contraindications: retrocochlear or central hearing loss; active middle ear infection or tympanic membrane perforation; recurrent middle ear infection; unsuitable middle ear anatomy.

## 3. Residual risks and undesirable effects

| Effect | Frequency in AURALINK-1 (58 adults, 12 months) | Notes |
|---|---|---|
| Loss of residual hearing (more than 10 dB) | 1.7 % (1/58) | |
| Facial nerve injury | None | Literature below 1 % |
| Taste disturbance | 6.9 % (4/58) | Resolved in 3 |
| Tinnitus (new or worse) | 3.4 % | |
| Vertigo | 5.2 % | Transient |
| Skin irritation or flap breakdown | 1.7 % | |
| Coupler displacement | None | |
| Device failure requiring revision | None | Upper 95 % bound 6.2 % |

## 4. Clinical performance

At six months, functional gain was 31.2 dB with the AuraLink VC and 27.8 dB with the best-fitted hearing aid; word recognition in noise improved by 26 percentage points over unaided listening.

## 5. PMCF

Registry of 250 adults with follow-up to five years (2025-2032) on device failure, residual hearing and surgical complications.
"""

CEAR = f"""
= Clinical Evaluation Assessment Report

{NB}, Spaldingstraße 74, 20097 Hamburg, Germany

Unser Zeichen / Our reference: HPM-CEAR-2025-031. Hamburg, 3 February 2025.

To: {MFR}, IDA Business Park, Oranmore, Co. Galway, Ireland

Re: AuraLink VC Implantable Hearing System, Basic UDI-DI {UDI}; initial certification under Annex IX.

# 1. Documentation

CEP OHI-CEP-003 Rev. 1; CER OHI-CER-003 Rev. 2 of 9 December 2024; PMCF plan OHI-PMCF-003 Rev. 1; IFU issue 4 (English and German); SSCP OHI-SSCP-003 Rev. 1.

# 2. Intended purpose

Treatment of moderate to severe sensorineural hearing loss in adults of 18 years and above who cannot use or do not benefit from conventional hearing aids, within the stated audiological fitting range.

# 3. Findings

Finding 1: The clinical data come from a prospective investigation of the device itself (58 adults, 12 months); no equivalence is claimed.

Finding 2: All four acceptance criteria of the CEP are reported in the CER and met. The Notified Body notes the limited sample size, which the manufacturer acknowledges in Section 5.2 of the CER.

Finding 3: The undesirable effects of the IFU in both languages are listed, with frequencies, in the SSCP.

Finding 4: The PMCF registry addresses the device failure rate and long-term residual hearing with a justified sample size and timeline.

# 4. Article 54

Class III active implantable device (Rule 8); Article 54(1)(a) applies. Proposed panel: neurology (hearing implants).

# 5. Conclusion

The Notified Body concludes that the clinical evidence is sufficient and the benefit-risk ratio acceptable for the intended purpose, subject to the consultation procedure.

Mit freundlichen Grüßen / Yours faithfully,

> Dr. med. Johanna Petersen, Clinical Expert (Otorhinolaryngology)
"""

DOSSIER = {
    "id": "n11_active_middle_ear_implant",
    "device": "AuraLink VC implantable hearing system (active middle ear implant)",
    "device_class": "III",
    "clean": True,
    "docs": [
        {"file": "OHI-CEP-003_AuraLink_CEP.pdf", "role": "CEP", "lang": "en", "text": CEP, "serif": True},
        {"file": "OHI-CER-003_AuraLink_CER_rev2.pdf", "role": "CER", "lang": "en", "text": CER,
         "header": "OHI-CER-003 Revision 2"},
        {"file": "OHI-PMCF-003_AuraLink_PMCF.docx", "role": "PMCF-plan", "lang": "en", "text": PMCF},
        {"file": "AuraLink_IFU_EN.docx", "role": "IFU", "lang": "en", "text": IFU_EN},
        {"file": "AuraLink_Gebrauchsanweisung_DE.pdf", "role": "IFU", "lang": "de", "text": IFU_DE},
        {"file": "OHI-SSCP-003_AuraLink_SSCP.md", "role": "SSCP", "lang": "en", "text": SSCP},
        {"file": "HPM-CEAR-2025-031_AuraLink.pdf", "role": "CEAR", "lang": "en", "text": CEAR, "serif": True},
    ],
    "labels": [],
}
