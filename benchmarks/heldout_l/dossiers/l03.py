from lib.common import Doc, label

ID = "l03"
DEVICE = "SeptaSeal PFO Occluder"
DEVICE_CLASS = "III"

MFR = "Cardiomesh Technologies Ltd., 3 HaYarden Street, Caesarea 3088900, Israel"
AR = "Cardiomesh EU GmbH, Speditionstraße 21, 40221 Düsseldorf, Germany"
NB = "Notified Body 2911 (Vestra Medical Certification Oy)"
UDI = "72900457SEPTASEALQ2"
SRN = "IL-MF-000048815"

CEP = f"""
# Clinical Evaluation Plan

## SeptaSeal PFO Occluder

Plan number CMT-CEP-004, version 3.0, 10/07/2024.

## What does this plan cover?

This clinical evaluation plan (CEP) covers the SeptaSeal PFO Occluder in its four sizes (18, 25, 30 and 35 mm) together with the SeptaSeal delivery system. It follows Annex XIV Part A of the MDR and MEDDEV 2.7/1 revision 4.

**Classification and CECP.** The occluder is an implantable device in direct contact with the heart, which makes it class III under Rule 8 of Annex VIII. Class III implantable devices are subject to the clinical evaluation consultation procedure of Article 54(1)(a), and since this is an initial certification none of the Article 54(2) exemptions apply.

## What is the device for?

SeptaSeal is intended for percutaneous, transcatheter closure of a patent foramen ovale (PFO) to reduce the risk of recurrent ischemic stroke in patients aged 18 to 60 years who have had an ischemic stroke that a neurologist and a cardiologist have attributed to paradoxical embolism through the PFO after a full work-up excluded other causes.

**Contraindications:** intracardiac thrombus; active endocarditis or other untreated infection; patients who cannot take antiplatelet therapy; vessel anatomy that does not allow a 10 Fr sheath; known hypersensitivity to nickel; an atrial septal aneurysm or septum that does not allow stable device placement.

## Which GSPRs need clinical data?

GSPR 1 (performance and safety), GSPR 8 (side-effects acceptable against benefits), GSPR 10.4 (materials, nickel release) and GSPR 14.1 (use with the delivery system).

## What benefits do we expect and how will we measure them?

- **Prevention of recurrent stroke:** recurrent ischemic stroke rate at 24 months. Acceptance: 1.5 % or less, in line with the device arms of published randomized trials.
- **Effective closure:** no or small residual shunt (fewer than 10 microbubbles on transthoracic bubble study) at 12 months. Acceptance: 90 % or more.
- **Technical success:** device successfully implanted and released. Acceptance: 97 % or more.

## How will we judge safety?

Serious device- or procedure-related adverse events at 30 days (acceptance: 3 % or less), new-onset atrial fibrillation (acceptance: 6 % or less at 24 months), device erosion, device thrombus and embolization (each expected below 1 %). Residual risks are taken from the risk management file CMT-RMF-004.

## Clinical development plan

1. SEAL-FIH feasibility study (completed).
2. SEAL-PFO pivotal study, 250 patients, 24-month follow-up (completed).
3. Post-market: extension of SEAL-PFO to five years and the SEAL registry.

## Benefit-risk acceptance

The benefit-risk balance is acceptable if all acceptance criteria above are met and the safety profile is within the range reported for PFO closure in the state-of-the-art literature.
"""

CER = f"""
# Clinical Evaluation Report: SeptaSeal PFO Occluder

Report CMT-CER-004, revision 2, dated 02/19/2025. Written by Noa Ben-David, clinical evaluation specialist. Clinical reviewer: Prof. M. Aviram, MD, interventional cardiology.

## 1. Device description

The SeptaSeal occluder is a self-expanding double-disc device made of braided nitinol wire with sewn-in polyester (PET) patches. The two discs are joined by a short, flexible waist that sits in the PFO tunnel. It is delivered through a 9 Fr or 10 Fr sheath from the femoral vein and can be recaptured and repositioned before release.

| Size | Right atrial disc | Left atrial disc | Sheath |
| 18 mm | 18 mm | 18 mm | 9 Fr |
| 25 mm | 25 mm | 18 mm | 9 Fr |
| 30 mm | 30 mm | 25 mm | 10 Fr |
| 35 mm | 35 mm | 25 mm | 10 Fr |

Basic UDI-DI: {UDI}. Manufacturer: {MFR}. Class III (Rule 8). Because SeptaSeal is a class III implantable device, the CECP under Article 54(1)(a) applies.

## 2. Intended purpose and population

The SeptaSeal PFO Occluder is intended for percutaneous transcatheter closure of a PFO to reduce the risk of recurrent ischemic stroke in patients aged 18 to 60 years whose ischemic stroke was attributed by a neurologist and a cardiologist to paradoxical embolism through the PFO after exclusion of other causes.

Contraindications are intracardiac thrombus, active endocarditis or untreated infection, inability to take antiplatelet therapy, vessels that cannot accept a 10 Fr sheath, nickel hypersensitivity, and septal anatomy that does not allow stable placement.

## 3. State of the art

Until 2017, most patients with a PFO-associated stroke received antiplatelet or anticoagulant medication alone. Four randomized trials changed this. In the CLOSE trial (Mas et al., 2017), patients aged 16 to 60 with a PFO and an atrial septal aneurysm or large shunt had no recurrent stroke over a mean of 5.3 years after closure plus antiplatelet therapy, compared with 14 strokes in the antiplatelet-only group. The RESPECT long-term results (Saver et al., 2017) showed a 45 % relative reduction in recurrent ischemic stroke with closure, and REDUCE (Søndergaard et al., 2017) found a 77 % relative reduction over a median of 3.2 years. DEFENSE-PFO (Lee et al., 2018) confirmed the benefit in high-risk PFO anatomy.

These trials used other occluders; they are cited here to describe the state of the art and to set acceptance criteria, not as clinical data on SeptaSeal. Across the device arms, recurrent ischemic stroke occurred in about 0.3 to 0.6 per 100 patient-years, and new-onset atrial fibrillation in 2 to 7 %, mostly within the first 45 days. European position papers (Pristipino et al., 2019) recommend closure in carefully selected patients aged 18 to 65 with a high probability that the PFO caused the stroke.

## 4. Clinical data on SeptaSeal

### 4.1 SEAL-FIH

Thirty patients at two Israeli centers, followed for twelve months. Technical success was 100 % and there were no serious device-related events.

### 4.2 SEAL-PFO pivotal study

SEAL-PFO (CIV-20-07-0331) enrolled two hundred fifty patients aged 18 to 60 years (mean 45.1 years, 44 % women) at 16 sites in Germany, Italy, Sweden and Israel. All patients had a cryptogenic ischemic stroke attributed to the PFO. Follow-up was 24 months, with 96.4 % of patients completing the 24-month visit.

| Domain | Endpoint | Result | CEP acceptance | Met? |
| Performance | Technical success | 99.2 % (248/250) | ≥ 97 % | Yes |
| ^ | Effective closure at 12 months | 95.6 % | ≥ 90 % | Yes |
| ^ | Recurrent ischemic stroke at 24 months | 0.8 % (2/250) | ≤ 1.5 % | Yes |
| Safety | Serious device/procedure events, 30 days | 1.6 % | ≤ 3 % | Yes |
| ^ | New-onset atrial fibrillation, 24 months | 4.4 % (11/250), 9 of 11 within 45 days | ≤ 6 % | Yes |
| ^ | Device erosion | 0 % | < 1 % | Yes |
| ^ | Device thrombus | 0.4 % (1/250) | < 1 % | Yes |
| ^ | Device embolization | 0.4 % (1/250, retrieved percutaneously) | < 1 % | Yes |
| Follow-up | 96.4 % of patients completed the 24-month visit | < | < | < |

### 4.3 Literature on SeptaSeal

A systematic search (PubMed, Embase; 01/2015 to 12/2024, search strings in Attachment A) found no independent publications on SeptaSeal other than the SEAL-FIH report (Kaplan et al., EuroIntervention 2022).

## 5. Benefit-risk determination

SeptaSeal met every acceptance criterion of the CEP. The recurrent stroke rate in SEAL-PFO (0.8 % at two years) matches the device arms of the randomized trials. Atrial fibrillation was the most common adverse event and was mostly transient. We conclude that the benefits outweigh the risks for the intended population. Data beyond 24 months are not yet available; late erosion and long-term device integrity are handed over to PMCF.

## 6. Residual risks

Atrial fibrillation or other arrhythmia; device embolization; device erosion; device thrombus; residual shunt; pericardial effusion or tamponade; access-site complications (hematoma, pseudoaneurysm, arteriovenous fistula); nickel allergy; stroke or transient ischemic attack; endocarditis; death.

## 7. PMCF

Post-market activities are described in CMT-PMCF-004 version 2.0 (SEAL-PFO extension to five years and the SEAL registry).

## References

1. Mas JL, et al. Patent foramen ovale closure or anticoagulation vs. antiplatelets after stroke. N Engl J Med. 2017;377:1011-1021.
2. Saver JL, et al. Long-term outcomes of patent foramen ovale closure or medical therapy after stroke. N Engl J Med. 2017;377:1022-1032.
3. Søndergaard L, et al. Patent foramen ovale closure or antiplatelet therapy for cryptogenic stroke. N Engl J Med. 2017;377:1033-1042.
4. Lee PH, et al. Cryptogenic stroke and high-risk patent foramen ovale: the DEFENSE-PFO trial. J Am Coll Cardiol. 2018;71:2335-2342.
5. Pristipino C, et al. European position paper on the management of patients with patent foramen ovale. EuroIntervention. 2019;14:1389-1402.
6. Kaplan R, et al. First-in-human experience with a novel double-disc PFO occluder. EuroIntervention. 2022 (SEAL-FIH).
7. Cardiomesh Technologies. SEAL-PFO 24-month clinical investigation report CIR-0331, 2024.
"""

PMCF = f"""
# PMCF Plan: SeptaSeal PFO Occluder

CMT-PMCF-004 version 2.0, 01/30/2025

## A. Manufacturer

{MFR}. SRN {SRN}. Authorized representative: {AR}.

## B. Device

SeptaSeal PFO Occluder, sizes 18, 25, 30 and 35 mm, with delivery system. Basic UDI-DI {UDI}. Class III, Rule 8. Expected lifetime: permanent implant (lifetime of the patient). Indicated for transcatheter PFO closure to reduce the risk of recurrent ischemic stroke in patients 18 to 60 years old with a PFO-attributed ischemic stroke. Novel product: no (double-disc PFO occluders are established); novel procedure: no.

## C. Open questions from the CER (CMT-CER-004 revision 2)

- Safety and performance beyond 24 months, including late device erosion and frame integrity.
- Atrial fibrillation after closure (4.4 % in SEAL-PFO).
- Performance in routine practice outside a trial setting.

## D. Activities

### D.1 SEAL-PFO extension (specific method)

All SEAL-PFO patients who agree will be followed yearly to five years. Endpoints: recurrent ischemic stroke, device erosion, device thrombus, frame fracture (fluoroscopy at year 5) and atrial fibrillation. With about 230 patients expected at five years, an erosion rate of 0.5 % could be estimated with an upper 95 % confidence limit of about 2 %.

### D.2 SEAL registry (specific method)

- **Design:** prospective, multicenter, observational registry at 20 European sites.
- **Population:** consecutive patients treated with SeptaSeal within the intended purpose.
- **Sample size:** 600 patients. This allows the new-onset atrial fibrillation rate (expected 4 to 5 %) to be estimated within ± 1.8 % (95 % confidence) and gives an 80 % chance of observing at least one event with a true rate of 0.27 %.
- **Endpoints:** recurrent stroke or TIA, atrial fibrillation, device-related serious adverse events, residual shunt at 12 months.
- **Follow-up:** 30 days, 12 months, then yearly to three years.

### D.3 Literature and vigilance screening (general method)

Every six months, covering SeptaSeal and other PFO occluders.

## E. Timeline

| Activity | Start | Milestones |
| SEAL-PFO extension | Q1 2025 | Yearly reports; 5-year report Q4 2027 |
| SEAL registry | Q3 2025 | Enrollment complete Q2 2027; final report Q3 2030 |
| Literature screening | ongoing | Every six months |

The PMCF evaluation report and SSCP are updated at least once a year.
"""

IFU_EN = f"""
# SeptaSeal PFO Occluder

Instructions for Use, IFU-SS-01 revision E. Rx only. Sterile. Single use.

## What is the SeptaSeal occluder?

SeptaSeal is a self-expanding double-disc occluder made of nitinol wire mesh with polyester fabric. It is placed across a patent foramen ovale (PFO) through a catheter from a vein in the leg. The discs close the opening between the right and left atria.

## Who is it for?

SeptaSeal is for patients eighteen to sixty years of age who have had an ischemic stroke that a neurologist and a cardiologist believe was caused by a clot passing through the PFO, after other causes were ruled out. Closing the PFO is intended to lower the risk of another ischemic stroke.

## When should it not be used?

- A blood clot inside the heart.
- Active endocarditis or another infection that is not treated.
- Patients who cannot take antiplatelet medicines.
- Veins too small for a 10 Fr sheath.
- Known allergy to nickel.
- A septum or atrial septal aneurysm that does not allow the device to sit securely.

## Warnings and precautions

> IMPORTANT: Implant SeptaSeal only in hospitals with on-site cardiac surgery and imaging (TEE or ICE).

- **Antiplatelet therapy:** give aspirin 75 to 100 mg daily for at least six months and clopidogrel 75 mg daily for one to three months after the procedure, unless the treating physician decides otherwise.
- **Atrial fibrillation:** tell patients about palpitations; most episodes occur in the first forty-five days.
- **MRI:** SeptaSeal is MR Conditional at 1.5 T and 3 T.
- **Endocarditis:** use antibiotic prophylaxis for dental and other procedures for six months after implantation.

## Possible side effects

Atrial fibrillation or other arrhythmia, device embolization, device erosion, device thrombus, residual shunt, pericardial effusion or tamponade, access-site complications, nickel allergy, stroke or TIA, endocarditis, and death.

## Sizes

Choose the size from the PFO anatomy on TEE. The 18 mm and 25 mm sizes go through a 9 Fr sheath; the 30 mm and 35 mm sizes need a 10 Fr sheath. The 18 mm device has two equal discs; on the larger sizes the right atrial disc is larger than the left.

| Item | Specification |
| Frame | Nitinol (nickel-titanium) wire, 0.1 mm |
| Fabric | Polyester (PET) |
| Sizes (right disc) | 18, 25, 30, 35 mm |
| Delivery cable | 105 cm working length |
| MRI | MR Conditional, 1.5 T and 3 T |

## Implantation in brief

1. Perform a right heart catheterization through the femoral vein and cross the PFO.
2. Place the delivery sheath in the left atrium.
3. Open the left disc, pull it back against the septum, then open the right disc.
4. Check position with TEE or ICE (push-pull test).
5. Release the device only when the position is stable.

Manufacturer: {MFR}. EU authorized representative: {AR}. Basic UDI-DI {UDI}. The SSCP is available in EUDAMED.
"""

IFU_IT = f"""
# Occlusore PFO SeptaSeal: istruzioni per l'uso

IFU-SS-01-IT revisione E. Sterile. Monouso.

## Che cos'è?

SeptaSeal è un occlusore autoespandibile a doppio disco in rete di nitinol con tessuto di poliestere, impiantato attraverso un catetere da una vena della gamba per chiudere il forame ovale pervio (PFO).

## A chi è destinato?

SeptaSeal è destinato a pazienti da 18 a 60 anni che hanno avuto un ictus ischemico attribuito da un neurologo e da un cardiologo a un'embolia paradossa attraverso il PFO, dopo l'esclusione di altre cause. La chiusura del PFO ha lo scopo di ridurre il rischio di un nuovo ictus ischemico.

## Controindicazioni

- Trombo intracardiaco.
- Endocardite attiva o altra infezione non trattata.
- Impossibilità di assumere una terapia antiaggregante.
- Vene troppo piccole per un introduttore da 10 Fr.
- Allergia nota al nichel.
- Setto o aneurisma del setto interatriale che non consente un posizionamento stabile.

## Avvertenze

> IMPORTANTE: impiantare SeptaSeal solo in ospedali con cardiochirurgia e imaging (ETE o ICE) disponibili.

- Terapia antiaggregante: aspirina 75-100 mg al giorno per almeno sei mesi e clopidogrel 75 mg al giorno per uno-tre mesi, salvo diversa decisione del medico.
- Fibrillazione atriale: informare i pazienti sulle palpitazioni; la maggior parte degli episodi si verifica nei primi 45 giorni.
- RM: SeptaSeal è a compatibilità RM condizionata a 1,5 T e 3 T.
- Endocardite: profilassi antibiotica per sei mesi dopo l'impianto.

## Possibili effetti indesiderati

Fibrillazione atriale o altre aritmie, embolizzazione, erosione o trombosi del dispositivo, shunt residuo, versamento pericardico o tamponamento, complicanze nel sito di accesso, allergia al nichel, ictus o TIA, endocardite, morte.

## Dati tecnici

| Voce | Specifica |
| Struttura | Filo di nitinol (nichel-titanio), 0,1 mm |
| Tessuto | Poliestere (PET) |
| Misure (disco destro) | 18, 25, 30, 35 mm |
| Introduttore | 9 Fr (18 e 25 mm), 10 Fr (30 e 35 mm) |

Fabbricante: {MFR}. Mandatario UE: {AR}. UDI-DI di base {UDI}.
"""

IFU_SV = f"""
# SeptaSeal PFO-ocklusionsanordning: bruksanvisning

IFU-SS-01-SV revision E. Steril. Engångsbruk.

## Vad är SeptaSeal?

SeptaSeal är en självexpanderande dubbelskiva av nitinolnät med polyestertyg. Den förs in via en kateter från en ven i ljumsken och stänger ett öppetstående foramen ovale (PFO).

## Vem är den avsedd för?

Patienter 18–60 år som har haft en ischemisk stroke som en neurolog och en kardiolog bedömt vara orsakad av en paradoxal emboli genom PFO, efter att andra orsaker uteslutits. Stängningen av PFO syftar till att minska risken för ny ischemisk stroke.

## Kontraindikationer

- Tromb i hjärtat.
- Aktiv endokardit eller annan obehandlad infektion.
- Patienter som inte kan ta trombocythämmande läkemedel.
- Vener som är för små för en 10 Fr-hylsa.
- Känd nickelallergi.
- Septum eller förmaksseptumaneurysm som inte tillåter stabil placering.

## Varningar

> VIKTIGT: SeptaSeal får endast implanteras på sjukhus med hjärtkirurgi och bildgivning (TEE eller ICE) på plats.

- Trombocythämmande behandling: acetylsalicylsyra 75–100 mg dagligen i minst sex månader och klopidogrel 75 mg dagligen i en till tre månader, om inte läkaren beslutar annat.
- Förmaksflimmer: informera patienten om hjärtklappning; de flesta episoder inträffar under de första 45 dagarna.
- MR: SeptaSeal är MR-villkorad vid 1,5 T och 3 T.
- Endokardit: antibiotikaprofylax i sex månader efter implantationen.

## Möjliga biverkningar

Förmaksflimmer eller annan arytmi, embolisering, erosion eller tromb på anordningen, kvarstående shunt, perikardvätska eller tamponad, komplikationer vid instickstället, nickelallergi, stroke eller TIA, endokardit, död.

## Tekniska data

| Egenskap | Specifikation |
| Stomme | Nitinoltråd (nickel-titan), 0,1 mm |
| Tyg | Polyester (PET) |
| Storlekar (höger skiva) | 18, 25, 30, 35 mm |
| Hylsa | 9 Fr (18 och 25 mm), 10 Fr (30 och 35 mm) |

Tillverkare: {MFR}. EU-representant: {AR}. Grundläggande UDI-DI {UDI}.
"""

SSCP = f"""
# Summary of Safety and Clinical Performance: SeptaSeal PFO Occluder

CMT-SSCP-004 revision 2. Validated by {NB}. Language of validation: English.

## 1. Device identification

- **Trade name:** SeptaSeal PFO Occluder
- **Manufacturer and SRN:** Cardiomesh Technologies Ltd., Caesarea, Israel; {SRN}
- **Basic UDI-DI:** {UDI}
- **EMDN:** P070499 (cardiac septal occluders, other)
- **Class:** III
- **Notified Body:** {NB}

## 2. Intended use

The device closes a patent foramen ovale through a catheter to reduce the risk of recurrent ischemic stroke in adults between 18 and 60 years old whose ischemic stroke was attributed to paradoxical embolism through the PFO by a neurologist and a cardiologist, after other causes were excluded.

**Contraindications:** intracardiac thrombus; active endocarditis or untreated infection; inability to take antiplatelet drugs; vessels too small for a 10 Fr sheath; nickel allergy; septal anatomy not allowing stable placement.

## 3. Device description

Double-disc nitinol mesh occluder with PET fabric, four sizes (18 to 35 mm), delivered through a 9 or 10 Fr sheath. No previous generations.

## 4. Residual risks and undesirable effects

Rates from the SEAL-PFO study (250 patients, prospective, 24 months):

| Event | Rate at 24 months |
| New-onset atrial fibrillation | 4.4 % |
| Device embolization | 0.4 % |
| Device thrombus | 0.4 % |
| Device erosion | 0 % |
| Recurrent ischemic stroke | 0.8 % |
| Serious device/procedure events within 30 days (including pericardial effusion and access-site complications) | 1.6 % |

Other possible effects named in the IFU: other arrhythmias, residual shunt, tamponade, nickel allergy, TIA, endocarditis and death.

## 5. Clinical evidence

SEAL-FIH (30 patients, 12 months) and SEAL-PFO (250 patients, 24 months) met every acceptance criterion set before the studies. Effective closure at 12 months was 95.6 %. The general benefit of PFO closure comes from randomized trials with other devices (CLOSE, RESPECT, REDUCE). No data are yet available beyond two years.

## 6. Ongoing PMCF

SEAL-PFO extension to five years and the SEAL registry (600 patients).

## 7. Alternatives

Antiplatelet therapy alone, oral anticoagulation, and other PFO occluders.

## 8. User profile

Interventional cardiologists experienced in structural heart procedures, after Cardiomesh training.
"""

CEAR = f"""
# CEAR: SeptaSeal PFO Occluder

{NB}. Assessment VMC-CE-2025-0044. MDCG 2020-13 structure.

## Section A: Administrative particulars

| Item | Entry |
| Device | SeptaSeal PFO Occluder, 18/25/30/35 mm, with delivery system |
| Manufacturer | Cardiomesh Technologies Ltd. ({SRN}) |
| Class and rule | III, Rule 8 |
| Assessment type | Initial (MDR) |
| CEP | CMT-CEP-004 version 3.0 |
| CER | CMT-CER-004 revision 2, 02/19/2025 |
| PMCF plan | CMT-PMCF-004 version 2.0 |
| IFU | IFU-SS-01 revision E (EN, IT, SV) |
| SSCP | CMT-SSCP-004 revision 2 |

**Intended purpose:** transcatheter closure of a PFO to reduce the risk of recurrent ischemic stroke in patients aged 18 to 60 with an ischemic stroke attributed to paradoxical embolism through the PFO.

## Section C: Device and evaluation basis

No equivalence is claimed. The state of the art is described from randomized trials and position papers; the manufacturer correctly does not count trials with other occluders as device data. The acceptance criteria in the CEP are derived from these trials.

## Section E: Clinical investigations

SEAL-PFO (250 patients, 24 months, 96.4 % complete follow-up) met all CEP criteria. Design, size and endpoints are adequate for the intended purpose.

## Section F: PMCF

Five-year extension and a 600-patient registry with stated sample-size reasoning address late erosion, frame integrity and atrial fibrillation. Adequate.

## Section G: IFU and SSCP

Indications, contraindications and residual risks are consistent between the IFU (all three languages), the SSCP and the CER.

## Section I: CECP

Article 54(1)(a) applies: class III implantable device. Proposed panel: circulatory system (structural heart devices).

## Conclusion

The clinical evidence supports the intended purpose; benefit-risk is positive. Reviewer: Dr. P. Lindqvist, MD, cardiology. 04/10/2025.
"""

F = dict(CEP="CEP_SeptaSeal_v3.pdf", CER="CER_SeptaSeal_rev2.docx", PMCF="PMCF_SeptaSeal_v2.pdf",
         IFU="IFU_SeptaSeal_EN.docx", IT="IFU_SeptaSeal_IT.docx", SV="Bruksanvisning_SeptaSeal_SV.pdf",
         SSCP="SSCP_SeptaSeal.pdf", CEAR="CEAR_VMC-2025-0044.pdf")
H = "Cardiomesh Technologies"
DOCS = [
    Doc(F["CEP"], "CEP", "en", CEP, H, "CMT-CEP-004 v3.0"),
    Doc(F["CER"], "CER", "en", CER, H, "CMT-CER-004 rev. 2"),
    Doc(F["PMCF"], "PMCF-plan", "en", PMCF, H, "CMT-PMCF-004 v2.0"),
    Doc(F["IFU"], "IFU", "en", IFU_EN, "SeptaSeal", "IFU-SS-01 rev. E"),
    Doc(F["IT"], "IFU", "it", IFU_IT, "SeptaSeal", "IFU-SS-01-IT rev. E"),
    Doc(F["SV"], "IFU", "sv", IFU_SV, "SeptaSeal", "IFU-SS-01-SV rev. E"),
    Doc(F["SSCP"], "SSCP", "en", SSCP, H, "CMT-SSCP-004 rev. 2"),
    Doc(F["CEAR"], "CEAR", "en", CEAR, "Vestra Medical Certification Oy, NB 2911", "VMC-CE-2025-0044", serif=True),
]
LABELS = []
