"""n01: mechanical chest compression device (active, class IIb, Rule 9). Clean."""

NAME = "Thoraxis Auto-CPR System"
MFR = "Corrigan Resuscitation Technologies Ltd"
UDI = "0539207851TXCPR3K4"
NB = "Albion Conformity Assessment B.V. (Notified Body 2954)"

CEP = f"""
= Clinical Evaluation Plan: {NAME} (model TX-3)

| Item | Detail |
|---|---|
| Document number | CRT-CEP-0031 |
| Revision | 2 |
| Date | 14 January 2025 |
| Manufacturer | {MFR}, Unit 7 Ballybrit Business Park, Galway H91 X2T4, Ireland |
| Basic UDI-DI | {UDI} |
| Classification | Class IIb, Annex VIII Rule 9 (active therapeutic device exchanging energy with the body in a potentially hazardous way) |

# 1 Purpose and scope of this plan

1.1 This plan sets out the manner in which the clinical evaluation of the Thoraxis Auto-CPR System (hereafter "Thoraxis") is to be conducted and updated in accordance with Article 61 and Annex XIV Part A of Regulation (EU) 2017/745. It covers the TX-3 compression unit, the TX-3 back plate, the single-use suction cup and the rechargeable lithium-ion battery pack, i.e. all components placed on the market under the Basic UDI-DI given above.

1.2 The device is an active device but it neither is implantable nor administers or removes a medicinal product; it is accordingly considered that the clinical evaluation consultation procedure of Article 54(1) does not apply, and this plan does not anticipate a referral to an expert panel.

# 2 Intended purpose and target group

2.1 Thoraxis is intended to deliver external chest compressions to adult patients in cardiac arrest, as an adjunct to cardiopulmonary resuscitation (CPR), where manual compressions cannot be delivered effectively or safely, e.g. during transport, prolonged resuscitation or percutaneous coronary intervention.

2.2 The target group comprises adults aged 18 years and over who have suffered a non-traumatic cardiac arrest, whose chest fits within the compression unit (sternal height from 170 mm to 303 mm and chest width not exceeding 449 mm), and who are attended by trained professional rescuers in the pre-hospital setting (ground and air ambulance) or in hospital (emergency department, catheterisation laboratory, wards).

2.3 Contraindications: (i) traumatic cardiac arrest; (ii) patients whose chest is too small or too large for the device to be positioned correctly; (iii) patients under 18 years of age.

# 3 Clinical benefits and outcome parameters

| Clinical benefit | Outcome parameter | Acceptance criterion | Notes |
|---|---|---|---|
| Sustained high-quality compressions | Proportion of compressions within target depth (50-60 mm) and rate (100-120/min) | At least 95 % of compressions within target | Device log data, THX-PROTECT study |
| Survival not inferior to manual CPR | Return of spontaneous circulation (ROSC) at hospital arrival | Not inferior to the state-of-the-art manual CPR rate, margin 5 percentage points | Benchmarked against pooled RCT data |
| Acceptable injury profile | Serious visceral injury (liver, spleen, great vessels) | No higher than 3 % in patients examined post mortem or by CT | Within range reported for mechanical CPR |
| Limited interruption of CPR | Pause in compressions during deployment | Median deployment pause 20 s or less | Video or defibrillator CPR data |

# 4 Clinical development plan and data sources

4.1 The clinical data shall comprise (a) the pre-market THX-PROTECT investigation (CIV-IE-21-04-035841), (b) the Thoraxis subset of the Nordic Mechanical CPR Registry, (c) a systematic literature search on mechanical chest compression devices and on manual CPR, the protocol of which is to be reproduced as Appendix C of the CER, and (d) post-market surveillance data. Equivalence to another device is not claimed.

4.2 The literature search shall use PubMed, Embase and the Cochrane Library, covering the period January 2005 to the date of search; inclusion and exclusion criteria, appraisal according to MEDDEV 2.7/1 rev 4 Appendix A6 and the weighting of data are detailed therein.

# 5 Benefit-risk acceptability

5.1 The benefit-risk ratio will be judged acceptable where each acceptance criterion in Section 3 is met, where residual risks identified in the risk management file (CRT-RMF-0009) are reflected in the instructions for use, and where the overall profile is at least comparable with the state of the art described in current European Resuscitation Council guidance.
"""

CER = f"""
= Clinical Evaluation Report: {NAME}

Document CRT-CER-0031, Revision 3, 02/04/2025. Prepared by Dr H. Marwood, Clinical Scientist (Medical Physics), on behalf of {MFR}. Basic UDI-DI {UDI}. Classification: Class IIb, Annex VIII Rule 9.

# 1. Scope of the evaluation

1.1 This report presents the clinical evaluation of the Thoraxis Auto-CPR System, model TX-3, conducted in accordance with plan CRT-CEP-0031 Revision 2. The evaluation covers the compression unit, back plate, suction cup and battery pack. As the device is neither implantable nor intended to administer a medicinal product, the consultation procedure of Article 54 of the MDR is not considered applicable.

# 2. Device description

2.1 Thoraxis is a battery-powered, electrically driven piston device which delivers compressions to the lower half of the sternum through a single-use silicone suction cup, the patient lying on a rigid back plate to which the compression unit is clipped. The suction cup provides active decompression of approximately 1.5 kPa below ambient pressure during the upstroke.

| Parameter | Value | Notes |
|---|---|---|
| Compression depth | 53 ± 2 mm | Fixed, not user adjustable |
| Compression rate | 102 ± 2 compressions per minute | Fixed |
| Duty cycle | 50 ± 5 % | |
| Operating modes | Continuous; 30:2 with ventilation pauses | Selected by the user at start-up |
| Sternal height range | 170 to 303 mm | Automatic start-position detection |
| Maximum chest width | 449 mm | |
| Battery run time | 45 minutes typical | Hot-swappable battery |
| Weight (with battery) | 8.1 kg | |

# 3. Intended purpose

3.1 The Thoraxis system is intended to provide external chest compressions to adult patients, aged 18 years and over, who are in non-traumatic cardiac arrest and whose chest dimensions allow correct positioning, as an adjunct to CPR performed by trained professional rescuers, in ambulances (road and helicopter) and within hospitals, including the emergency department and the catheterisation laboratory. Use in traumatic cardiac arrest and in patients younger than 18 years is contraindicated.

# 4. State of the art

4.1 Current European Resuscitation Council guidance (Soar et al., 2021) recommends that mechanical chest compression devices are not used routinely to replace manual compressions, but states that they are a reasonable alternative where high-quality manual compressions are impractical or dangerous for the rescuer, e.g. in a moving ambulance, during prolonged resuscitation, or during coronary angiography. Three large randomised trials of mechanical devices (Rubertsson et al., 2014; Wik et al., 2014; Perkins et al., 2015) and subsequent meta-analyses (Wang and Brooks, 2018) have shown neither superiority nor clinically relevant inferiority for survival; ROSC rates between roughly 23 % and 35 % were reported in both arms, depending on the system of care. It is on balance considered that the benchmark for a new device is therefore non-inferiority to manual CPR for ROSC, with a consistent compression quality and an injury profile within that reported for established devices.

4.2 Injuries associated with any form of CPR include rib and sternal fractures, skin abrasions and, less commonly, visceral injuries; post-mortem series suggest a somewhat higher rate of some injuries with mechanical devices, although these data are confounded by longer resuscitation duration (Koster et al., 2017).

# 5. Clinical data

5.1 Literature on the device. The search performed on 3 February 2025 (Appendix C) identified 214 records, of which two publications concerned the Thoraxis system and were retained; both report the THX-PROTECT study and are appraised together below.

5.2 Clinical investigation. THX-PROTECT (CIV-IE-21-04-035841) was a prospective, multicentre, single-arm investigation conducted in Ireland, Sweden and the Netherlands between 2021 and 2023, in which 412 adult out-of-hospital cardiac arrest patients received compressions from the Thoraxis system after an initial period of manual CPR.

5.3 Registry data. The Nordic Mechanical CPR Registry contributed 1,106 consecutive Thoraxis uses (2022-2024), with device-log data and hospital outcomes.

| Source | Design | Patients | Follow-up | Principal results | Notes |
|---|---|---|---|---|---|
| THX-PROTECT (Kavanagh et al., 2024) | Prospective multicentre, single arm | 412 adults | To hospital discharge | ROSC at arrival 29.6 %; 96.8 % of compressions within target depth and rate | Pre-market investigation |
| Nordic registry subset (Lindqvist et al., 2025) | Registry, consecutive | 1,106 adults | To 30 days | ROSC at arrival 27.9 %; median deployment pause 17 s | Real-world, mixed settings |
| Post-mortem/CT substudy (Kavanagh et al., 2024) | Prospective, nested | 151 non-survivors | Not applicable | Serious visceral injury 2.0 % (95 % CI 0.4-5.7 %) | Injury profile |

5.4 Against the acceptance criteria of plan CRT-CEP-0031: (a) 96.8 % of compressions were within target, meeting the criterion of at least 95 %; (b) the ROSC rate of 29.6 % lies within the range reported for manual CPR in the randomised trials, and the lower confidence bound of the difference against the pooled manual rate (28.1 %) did not cross the 5 percentage-point margin; (c) serious visceral injury occurred in 2.0 % of examined non-survivors, below the 3 % threshold; (d) the median deployment pause was 17 s in the registry, meeting the 20 s criterion.

# 6. Safety, residual risks and side-effects

6.1 The following residual risks are considered to be acceptable when weighed against the benefit and are disclosed in the instructions for use: (i) rib and sternal fractures; (ii) skin abrasion, bruising and blistering at the suction cup site; (iii) rarely, injury to the liver, spleen or great vessels; (iv) ineffective compressions if the device migrates from the correct position; (v) interruption of compressions during deployment or in the event of device failure. No serious incidents were reported to competent authorities during the review period (2023-2024).

# 7. Benefit-risk determination

7.1 It is considered that Thoraxis delivers compressions of consistent quality in circumstances in which manual compressions are known to deteriorate, with survival outcomes comparable with those of manual CPR and an injury profile within the range reported for established mechanical devices. On balance, the benefit-risk ratio is judged to be favourable for the intended purpose stated in Section 3, and the evidence is judged sufficient to demonstrate conformity with GSPR 1 and 8.

# 8. Post-market clinical follow-up

8.1 PMCF is considered necessary to refine the estimate of serious visceral injury and to confirm ROSC and compression quality in the hospital setting, which is less well represented in the pre-market data. The PMCF plan CRT-PMCF-0012 Revision 1 describes a registry-based study enrolling 750 patients, of whom 600 are expected to have an injury assessment, over three years.

# 9. References

Kavanagh, S., Ó Briain, D., Nilsson, E. et al. (2024) 'Mechanical chest compression with a new piston device in out-of-hospital cardiac arrest: the THX-PROTECT study', Resuscitation Plus, 18, 100612.

Koster, R.W., Beenen, L.F., van der Boom, E.B. et al. (2017) 'Safety of mechanical chest compression devices AutoPulse and LUCAS in cardiac arrest: a randomized clinical trial for non-inferiority', European Heart Journal, 38(40), pp. 3006-3013.

Lindqvist, J., Aalto, M. and de Groot, P. (2025) 'Deployment pauses and outcomes with the Thoraxis device: a Nordic registry analysis', Scandinavian Journal of Trauma, Resuscitation and Emergency Medicine, 33, 41.

Perkins, G.D., Lall, R., Quinn, T. et al. (2015) 'Mechanical versus manual chest compression for out-of-hospital cardiac arrest (PARAMEDIC)', The Lancet, 385(9972), pp. 947-955.

Rubertsson, S., Lindgren, E., Smekal, D. et al. (2014) 'Mechanical chest compressions and simultaneous defibrillation vs conventional cardiopulmonary resuscitation in out-of-hospital cardiac arrest: the LINC randomized trial', JAMA, 311(1), pp. 53-61.

Soar, J., Böttiger, B.W., Carli, P. et al. (2021) 'European Resuscitation Council Guidelines 2021: Adult advanced life support', Resuscitation, 161, pp. 115-151.

Wang, P.L. and Brooks, S.C. (2018) 'Mechanical versus manual chest compressions for cardiac arrest', Cochrane Database of Systematic Reviews, 8, CD007260.

Wik, L., Olsen, J.A., Persse, D. et al. (2014) 'Manual vs. integrated automatic load-distributing band CPR with equal survival after out of hospital cardiac arrest (CIRC)', Resuscitation, 85(6), pp. 741-748.

# Appendix C: Literature search protocol (summary)

| Element | Content | Notes |
|---|---|---|
| Databases | PubMed, Embase, Cochrane Library | Searched 3 February 2025 |
| Period | January 2005 to date of search | |
| Device search | "Thoraxis" OR "TX-3" AND compression | 2 records retained |
| State-of-the-art search | (mechanical OR automated) AND (chest compression OR CPR) AND cardiac arrest | 212 records screened, 31 retained |
| Inclusion | Human adults in cardiac arrest; English, German, Dutch or Scandinavian language | |
| Exclusion | Case reports of fewer than 5 patients; manikin and animal studies; paediatric arrest | Manikin data used only for bench comparison |
| Appraisal | MEDDEV 2.7/1 rev 4, Appendix A6, suitability and contribution criteria | Favourable and unfavourable data retained |
"""

PMCF = f"""
= Post-Market Clinical Follow-up Plan: Thoraxis Auto-CPR System

Document CRT-PMCF-0012, Revision 1, 20 March 2025. Manufacturer: {MFR}. Basic UDI-DI: {UDI}. Class IIb (Rule 9).

## 1. Rationale

The clinical evaluation report CRT-CER-0031 identifies two matters on which the evidence, although judged sufficient for certification, would benefit from further data: the rate of serious visceral injury, which was estimated from 151 examined non-survivors with a wide confidence interval, and the performance of the device in the hospital setting (emergency department and catheterisation laboratory), which accounted for only 9 % of uses in the pre-market data.

## 2. Objectives

- Objective 1: to estimate the incidence of serious visceral injury (liver, spleen or great-vessel injury) in adult patients treated with Thoraxis, with a 95 % confidence interval half-width of no more than 1.2 percentage points.
- Objective 2: to confirm that at least 95 % of delivered compressions lie within the target depth and rate in hospital use.
- Objective 3: to monitor ROSC at hospital arrival (pre-hospital use) or at 20 minutes (in-hospital use), as a measure of continued clinical performance against the state of the art.
- Objective 4: to detect previously unknown side-effects or device malfunctions.

## 3. Design and methods

A prospective, multicentre registry study (THX-REG) will enrol consecutive adult patients aged 18 years and over treated with Thoraxis by participating ambulance services and hospitals in Ireland, Sweden and the Netherlands. Patients with traumatic arrest are excluded, consistent with the contraindications. Device log data will be downloaded for every use; injuries will be assessed by post-mortem examination or, in survivors, by CT performed for clinical reasons.

## 4. Sample size

Assuming a serious visceral injury rate of 2 %, a sample of 600 patients with injury assessment yields a 95 % confidence interval of approximately 1.0 % to 3.4 % (half-width about 1.1 percentage points), meeting Objective 1. Allowing for 20 % of patients without an injury assessment, 750 patients will be enrolled, of whom at least 200 are to be treated in hospital.

## 5. Endpoints and analysis

Primary endpoint: serious visceral injury. Secondary endpoints: proportion of compressions within target; ROSC; deployment pause; device deficiencies. Results will be analysed descriptively with exact binomial confidence intervals and compared with the acceptance criteria of the CEP.

## 6. Timeline

Enrolment from Q3 2025 to Q2 2028; interim analysis after 300 patients; PMCF evaluation report with the annual CER update, the final report in Q4 2028.
"""

IFU_EN = f"""
= Thoraxis Auto-CPR System (model TX-3): Instructions for Use

{MFR}, Galway, Ireland. Basic UDI-DI {UDI}. Revision 4, 03/2025.

# Intended purpose

The Thoraxis Auto-CPR System is intended for external chest compressions in adult patients (18 years and over) in cardiac arrest, as an adjunct to cardiopulmonary resuscitation, where effective manual chest compressions are difficult to sustain, for example during transport or in the catheterisation laboratory.

# Patient population

The device is intended for adults of 18 years or older who are in non-traumatic cardiac arrest and whose chest, when measured with the compression unit in place, has a sternal height of 170 mm to 303 mm and a width of no more than 449 mm; there is no separate body-weight limit.

# Intended users and environment

Trained professional rescuers (paramedics, physicians, nurses) in road and air ambulances and in hospital.

# Contraindications

Do not use Thoraxis:
- in traumatic cardiac arrest;
- in patients younger than 18 years;
- where the device cannot be positioned correctly because the chest is too small or too large.

# Warnings

- Start manual chest compressions immediately and continue them while the device is being prepared; keep any pause in compressions for application of the back plate and compression unit as short as possible.
- If the device stops, alarms or cannot be positioned correctly, remove it and resume manual chest compressions without delay.
- Check the position of the suction cup after every patient movement; a displaced cup may result in ineffective compressions or injury.
- Do not use in an oxygen-enriched atmosphere close to open oxygen sources other than the patient's ventilation circuit.

# Side-effects

Rib and sternal fractures; skin abrasions, bruising or blistering under the suction cup; rarely, injury to the liver, spleen or great vessels.

# Technical specifications

| Parameter | Specification |
|---|---|
| Compression depth | 5.3 cm (± 0.2 cm) |
| Compression rate | 100-104 per minute |
| Modes | Continuous compressions, or 30:2 with pauses for ventilation |
| Patient chest size | Sternal height 170-303 mm; width up to 449 mm |
| Battery operating time | approx. 45 min |
| Weight | 8.1 kg including battery |
| Classification | Class IIb medical device |
"""

IFU_SV = f"""
= Thoraxis Auto-CPR System (modell TX-3): Bruksanvisning

{MFR}, Galway, Irland. Basic UDI-DI {UDI}. Revision 4, 03/2025.

# Avsett ändamål

Thoraxis Auto-CPR System är avsett för externa bröstkompressioner hos vuxna patienter (18 år och äldre) med hjärtstopp, som komplement till hjärt-lungräddning, när effektiva manuella bröstkompressioner är svåra att upprätthålla, till exempel under transport eller på angiografilaboratoriet.

# Patientpopulation

Vuxna, 18 år eller äldre, med icke-traumatiskt hjärtstopp, vars bröstkorg har en sternumhöjd på 170-303 mm och en bredd på högst 449 mm; det finns ingen separat viktgräns.

# Användare och miljö

Utbildad professionell räddningspersonal (ambulanssjukvårdare, läkare, sjuksköterskor) i ambulans, ambulanshelikopter och på sjukhus.

# Kontraindikationer

Använd inte Thoraxis:
- vid traumatiskt hjärtstopp;
- till patienter yngre än 18 år;
- om enheten inte kan placeras korrekt eftersom bröstkorgen är för liten eller för stor.

# Varningar

- Påbörja manuella bröstkompressioner omedelbart och fortsätt under förberedelsen; håll pauserna vid applicering av ryggplattan och kompressionsenheten så korta som möjligt.
- Om enheten stannar, larmar eller inte kan placeras korrekt: ta bort den och återuppta manuella bröstkompressioner utan dröjsmål.
- Kontrollera sugkoppens läge efter varje förflyttning av patienten; en felplacerad sugkopp kan ge ineffektiva kompressioner eller skada.
- Använd inte i syreberikad miljö nära öppna syrekällor utöver patientens ventilationskrets.

# Biverkningar

Revbens- och sternumfrakturer; hudavskrapning, blåmärken eller blåsor under sugkoppen; i sällsynta fall skada på lever, mjälte eller stora kärl.

# Tekniska data

| Parameter | Specifikation |
|---|---|
| Kompressionsdjup | 53 mm (± 2 mm) |
| Kompressionsfrekvens | 100-104 per minut |
| Lägen | Kontinuerliga kompressioner, eller 30:2 med ventilationspauser |
| Bröstkorgsstorlek | Sternumhöjd 170-303 mm; bredd högst 449 mm |
| Batteritid | cirka 45 min |
| Vikt | 8,1 kg inklusive batteri |
"""

CEAR = f"""
= Clinical Evaluation Assessment Report

{NB}, Stationsplein 41, 3511 ED Utrecht, the Netherlands

Our reference: ACA/CEAR/2025/0417. Date: 12 May 2025.

To: Regulatory Affairs, {MFR}, Galway, Ireland

Subject: Initial conformity assessment (Annex IX), {NAME}, model TX-3, Basic UDI-DI {UDI}

Dear Sir or Madam,

# A. Administrative particulars and documents assessed

We have assessed the clinical evaluation plan CRT-CEP-0031 Revision 2, the clinical evaluation report CRT-CER-0031 Revision 3 of 02/04/2025, the PMCF plan CRT-PMCF-0012 Revision 1 and the instructions for use (English and Swedish, Revision 4). The device is a class IIb active device under Annex VIII, Rule 9.

# B. Summary of the intended purpose

The Thoraxis system is intended to deliver external chest compressions to adults aged 18 years and above in non-traumatic cardiac arrest, whose chest size fits the device, as an adjunct to CPR by trained professional rescuers in road and air ambulances and in hospital.

# C. Findings

Finding 1: The clinical data derive from the manufacturer's own investigation (THX-PROTECT, 412 patients) and a registry subset (1,106 uses); no equivalence is claimed. The data are considered relevant to the intended purpose and population.

Finding 2: Each acceptance criterion of the CEP (compression quality, ROSC non-inferiority, serious visceral injury, deployment pause) is reported in Section 5.4 of the CER and is met.

Finding 3: The residual risks in Section 6 of the CER correspond to the side-effects and warnings of the instructions for use in both language versions reviewed.

Finding 4: The PMCF plan addresses the two open questions identified in the CER with a registry of 750 enrolled patients, a justified sample size and a timeline to Q4 2028. It is judged adequate.

# D. Clinical evaluation consultation procedure

The device is neither a class III implantable device nor a class IIb active device intended to administer or remove a medicinal product; Article 54(1) of Regulation (EU) 2017/745 therefore does not apply.

# E. Conclusion

The Notified Body concludes that the clinical evidence is sufficient to demonstrate conformity with the relevant general safety and performance requirements and that the benefit-risk ratio is acceptable for the intended purpose. The CER is to be updated annually.

Yours faithfully,

> Dr Annelies Verbeek, Clinical Reviewer (Emergency Medicine)
> Ir. Joost Hendriks, Product Reviewer (Active Devices)
"""

DOSSIER = {
    "id": "n01_chest_compression",
    "device": "Thoraxis Auto-CPR System (mechanical chest compression device)",
    "device_class": "IIb",
    "clean": True,
    "docs": [
        {"file": "CRT-CEP-0031_Thoraxis_CEP_rev2.docx", "role": "CEP", "lang": "en", "text": CEP,
         "header": "CRT-CEP-0031 Rev. 2"},
        {"file": "CRT-CER-0031_Thoraxis_CER_rev3.pdf", "role": "CER", "lang": "en", "text": CER,
         "header": "CRT-CER-0031 Rev. 3 | Corrigan Resuscitation Technologies"},
        {"file": "CRT-PMCF-0012_PMCF_plan.md", "role": "PMCF-plan", "lang": "en", "text": PMCF},
        {"file": "Thoraxis_IFU_EN.pdf", "role": "IFU", "lang": "en", "text": IFU_EN, "header": "IFU TX-3 EN Rev. 4"},
        {"file": "Thoraxis_IFU_SV.docx", "role": "IFU", "lang": "sv", "text": IFU_SV},
        {"file": "ACA_CEAR_2025_0417.pdf", "role": "CEAR", "lang": "en", "text": CEAR, "serif": True},
    ],
    "labels": [],
}
