from lib.common import Doc, label

ID = "l01"
DEVICE = "Aortiq SE Transcatheter Aortic Valve System"
DEVICE_CLASS = "III"

MFR = "Corvessa Medical Ltd., 14 HaBarzel Street, Tel Aviv 6971005, Israel"
AR = "Corvessa Europe B.V., Flight Forum 40, 5657 DB Eindhoven, The Netherlands"
NB = "Medicert Prüf- und Zertifizierungs GmbH, Notified Body 2743"
UDI = "729001938AORTIQSE7K"
SRN = "IL-MF-000031872"
CEP_ID, CEP_REV, CEP_DATE = "CVM-CEP-011", "C", "01/13/2025"
CER_ID, CER_REV, CER_DATE = "CVM-CER-011", "D", "04/02/2025"
PMCF_ID, PMCF_REV, PMCF_DATE = "CVM-PMCF-011", "B", "03/27/2025"
IFU_ID, IFU_REV = "LBL-0457", "F"
SSCP_ID, SSCP_REV = "CVM-SSCP-011", "B"

CEP = f"""
# Clinical Evaluation Plan: Aortiq SE Transcatheter Aortic Valve System

Document {CEP_ID}, Revision {CEP_REV}, effective {CEP_DATE}. Prepared by Clinical Affairs, Corvessa Medical Ltd.

## 1. Why this plan exists

This plan sets out how Corvessa will collect and weigh the clinical evidence for the Aortiq SE system under Annex XIV Part A of Regulation (EU) 2017/745 (MDR). The Aortiq SE valve is a class III implantable device (Annex VIII, Rule 8: device in direct contact with the heart). That means the Notified Body has to run the clinical evaluation consultation procedure (CECP) of Article 54(1)(a), and no exemption under Article 54(2) applies because this is a first MDR certification of a new device.

## 2. The device in a nutshell

- **Valve:** a bovine pericardial tri-leaflet valve sewn into a self-expanding nitinol frame, in four sizes (23, 26, 29 and 34 mm).
- **FlexPath delivery catheter:** 14 Fr equivalent, with an in-line sheath and a recapture feature that allows the valve to be resheathed up to two times before full release.
- **Loading system:** a single-use cooling bath and funnel used to crimp the valve.

## 3. Intended purpose and target group

The Aortiq SE system is intended for transcatheter replacement of the native aortic valve in patients with symptomatic severe aortic stenosis who are at high or extreme risk for surgical aortic valve replacement, as judged by the Heart Team. Implantation is through the femoral artery or, if femoral access is not suitable, through the subclavian or axillary artery.

**Contraindications:** active endocarditis or other active infection; inability to tolerate anticoagulation or antiplatelet therapy; a bicuspid aortic valve; an annulus outside the 18 to 30 mm range; a pre-existing prosthetic valve or ring in any position.

## 4. Clinical benefits and outcome parameters

| Benefit | Outcome parameter | Acceptance criterion |
| Survival | All-cause mortality at 30 days | ≤ 5.0 % |
| Survival | All-cause mortality at 12 months | ≤ 18 % |
| Valve performance | Mean gradient at 12 months (echo core lab) | < 20 mmHg |
| Valve performance | Moderate or severe paravalvular leak at 30 days | ≤ 5 % |
| Symptoms | NYHA class improvement of at least one class at 12 months | ≥ 75 % of patients |

## 5. Safety questions and residual risks

We will look at stroke, new permanent pacemaker implantation, major vascular complications, life-threatening bleeding, coronary obstruction, valve embolization and early valve thrombosis, using VARC-3 definitions. Residual risks come from the risk management file RMF-0457.

## 6. Sources of clinical data

1. Corvessa's own investigations: AORTIQ-FIH (feasibility) and AORTIQ-EU (pivotal).
2. A systematic literature search on the state of the art in transcatheter and surgical aortic valve replacement (PubMed, Embase, Cochrane; 2014 onward).
3. Post-market surveillance data, once available.

Equivalence to another device may be considered if it helps fill gaps for sizes with limited enrollment.

## 7. Benefit-risk acceptability

The benefit-risk profile is acceptable if the AORTIQ-EU results meet every acceptance criterion in section 4 and the rates of stroke, pacemaker implantation and vascular complications fall within the range reported for contemporary self-expanding TAVI devices in high-risk patients.
"""

CER = f"""
# Clinical Evaluation Report

## Aortiq SE Transcatheter Aortic Valve System

Document {CER_ID} | Revision {CER_REV} | {CER_DATE} | Author: J. Mendel, MSc, Clinical Affairs | Reviewed: Dr. A. Katz, MD, interventional cardiologist

## 1. Scope and device

This report covers the Aortiq SE valve (sizes 23, 26, 29 and 34 mm), the FlexPath delivery catheter and the Aortiq loading system. Basic UDI-DI {UDI}. Manufacturer: {MFR}. Classification: class III, Rule 8, implantable device in direct contact with the heart. The CECP under Article 54(1)(a) applies.

The valve has three bovine pericardial leaflets in a self-expanding nitinol frame with a supra-annular leaflet position. The frame is 45 to 55 mm tall, depending on size, and sits in the annulus and the ascending aorta.

## 2. Intended purpose

The Aortiq SE system is intended for transcatheter replacement of the native aortic valve in patients with symptomatic severe aortic stenosis who are at high or extreme risk for surgical aortic valve replacement, as judged by the Heart Team. Access routes: transfemoral, or subclavian/axillary when the iliofemoral vessels are unsuitable.

Severe aortic stenosis here means an aortic valve area of 1.0 cm² or less (or indexed 0.6 cm²/m² or less), a mean gradient of 40 mmHg or more, or a peak velocity of 4.0 m/s or more.

## 3. State of the art

Surgical aortic valve replacement (SAVR) was the only effective treatment until TAVI became available. Large randomized trials and registries now support TAVI for patients at high and extreme surgical risk, and the 2021 ESC/EACTS guidelines recommend TAVI for older patients (75 years or more) or those at high surgical risk. For self-expanding valves in high-risk patients, published series report 30-day mortality of 2 to 5 %, 1-year mortality of 12 to 19 %, disabling stroke of 1 to 4 %, and new pacemaker rates of 15 to 26 %. Medical therapy and balloon valvuloplasty alone do not change the prognosis.

## 4. Clinical data

### 4.1 Our own clinical investigations

| Study | Design | Patients | Follow-up | Key results |
| AORTIQ-FIH (CIV-IL-19-0312) | Single-arm feasibility, 3 sites, Israel | 32 | 12 months | Device success 93.8 %; no device embolization |
| AORTIQ-EU (CIV-21-03-0418) | Prospective single-arm pivotal, 14 sites in 5 EU countries | 212 | 12 months (2-year visits ongoing) | See Table 2 |
| ^ | ^ | 6 of 212 via subclavian/axillary access | ^ | Device success 100 % in this subgroup |

The AORTIQ-EU cohort had a mean age of 82.6 years and a mean STS-PROM of 7.9 %. The longest follow-up available for any AORTIQ-EU patient is 24 months; the primary endpoint was assessed at 12 months.

**Table 2. AORTIQ-EU results against the CEP acceptance criteria**

| Outcome | Result | Criterion | Met? |
| All-cause mortality, 30 days | 2.8 % (6/212) | ≤ 5.0 % | Yes |
| All-cause mortality, 12 months | 13.7 % | ≤ 18 % | Yes |
| Mean gradient, 12 months | 8.4 ± 3.1 mmHg | < 20 mmHg | Yes |
| Moderate/severe PVL, 30 days | 3.3 % | ≤ 5 % | Yes |
| NYHA improvement ≥ 1 class, 12 months | 86 % | ≥ 75 % | Yes |
| Disabling stroke, 30 days | 1.9 % | within SOTA range | Yes |
| New permanent pacemaker, 30 days | 17.5 % | within SOTA range | Yes |
| Major vascular complication, 30 days | 5.2 % | within SOTA range | Yes |

### 4.2 Equivalence to the Helix Evolva XT valve

To support the 34 mm size, where AORTIQ-EU enrolled only 19 patients, we claim equivalence to the Evolva XT self-expanding valve made by Helix Cardio GmbH. Both devices have a nitinol frame, pericardial leaflets and a supra-annular design, and both are used in the same population. Corvessa does not have a contract with Helix Cardio giving access to its technical documentation; the equivalence relies on published literature and the Evolva XT SSCP. Data from 1,870 Evolva XT patients in four publications (references 6 to 9) were therefore pooled with our own data for the 34 mm size.

### 4.3 Literature

A systematic search (PubMed, Embase, Cochrane Library; 01/2014 to 12/2024) found 1,146 records; 38 were appraised in full text and 17 were kept. The search protocol and PRISMA chart are in Attachment B. The literature describes the state of the art in section 3 and supports the safety profile of self-expanding TAVI in high-risk patients.

## 5. Benefit-risk

Patients treated with Aortiq SE had large and durable relief of obstruction (mean gradient from 47.9 to 8.4 mmHg) and better symptoms. Safety results were within the state-of-the-art ranges for high-risk patients. The main residual risks are:

- **Conduction disturbances:** new pacemaker in 17.5 % of patients at 30 days.
- **Stroke:** disabling stroke in 1.9 %.
- **Vascular injury:** major vascular complication in 5.2 %.
- **Paravalvular leak:** moderate or severe in 3.3 %.
- **Valve thrombosis, embolization and coronary obstruction:** rare, each below 1 %.

We conclude that the benefits outweigh the risks for the intended population.

## 6. Long-term durability

Structural valve deterioration could not be assessed beyond 24 months. Durability is an open question handed over to PMCF.

## 7. PMCF

See {PMCF_ID} Revision {PMCF_REV}: the AORTIQ-PMCF registry (five-year follow-up, 500 patients) addresses durability, pacemaker rates and the 34 mm size.

## References

1. Vahanian A, et al. 2021 ESC/EACTS Guidelines for the management of valvular heart disease. Eur Heart J. 2022;43:561-632.
2. VARC-3 Writing Committee. Valve Academic Research Consortium 3. Eur Heart J. 2021;42:1825-1857.
3. Corvessa Medical. AORTIQ-FIH clinical investigation report CIR-0312, 2021.
4. Corvessa Medical. AORTIQ-EU 12-month clinical investigation report CIR-0418, 2024.
5. Adams DH, et al. Transcatheter aortic-valve replacement with a self-expanding prosthesis. N Engl J Med. 2014;370:1790-1798.
6. to 9. Evolva XT publications, listed in Attachment C.
"""

PMCF = f"""
# PMCF Plan: Aortiq SE Transcatheter Aortic Valve System

{PMCF_ID} Revision {PMCF_REV}, {PMCF_DATE}

## A. Manufacturer

{MFR}. SRN {SRN}. PRRC: Dr. Yael Sharon. EU authorized representative: {AR}.

## B. Device

Aortiq SE valve (23, 26, 29, 34 mm) with FlexPath delivery catheter and loading system. Basic UDI-DI {UDI}. Class III, Rule 8. Expected valve lifetime: not yet established; design target of at least ten years under ISO 5840-3 bench testing. Intended for patients with symptomatic severe aortic stenosis at high or extreme surgical risk, implanted by the transfemoral or subclavian/axillary route.

## C. What questions are still open?

The CER ({CER_ID} Rev. {CER_REV}) leaves four questions:

- **Durability:** no data beyond 24 months on structural valve deterioration.
- **Pacemaker rate:** 17.5 % at 30 days; we want to know whether the updated implantation depth guidance lowers it.
- **34 mm size:** only 19 patients in the pivotal study.
- **Alternative access:** only 6 subclavian/axillary patients.

## D. Activities

### D.1 AORTIQ-PMCF registry (specific method)

- **Design:** prospective, multicenter, single-arm registry in 25 EU sites.
- **Population:** consecutive patients treated with Aortiq SE within the intended purpose.
- **Sample size:** 500 patients. With 500 patients the two-sided 95 % confidence interval for a 17.5 % pacemaker rate is ± 3.3 %; at least 120 patients with 34 mm valves and 40 with alternative access will be enrolled (enrollment caps per size).
- **Endpoints:** VARC-3 endpoints at 30 days and 1 year, then yearly to 5 years; structural valve deterioration and bioprosthetic valve failure by echo core lab.
- **Timeline:** first patient Q3 2025; enrollment complete Q4 2027; yearly interim reports; final report Q1 2033.

### D.2 Literature and complaint review (general method)

Twice-yearly literature screening and complaint trending, feeding the PMCF evaluation report.

## E. Reporting

The PMCF evaluation report and the SSCP are updated every year.
"""

IFU_EN = f"""
# Aortiq SE Transcatheter Aortic Valve System: Instructions for Use

{IFU_ID} Rev. {IFU_REV}. Rx only. For single use.

## What is the Aortiq SE system?

The Aortiq SE system replaces a diseased aortic valve without open-heart surgery. The system has three parts:

- **Aortiq SE valve:** bovine pericardial leaflets in a self-expanding nitinol frame.
- **FlexPath delivery catheter:** brings the valve to the heart and releases it.
- **Loading system:** lets you crimp the valve onto the catheter in a cold saline bath.

## Who is it for?

The Aortiq SE system is for patients with symptomatic severe aortic stenosis at any level of surgical risk (low, intermediate, high or extreme), as judged by the Heart Team. The valve is implanted by transfemoral access or, when the femoral route is not suitable, by subclavian or axillary access.

## When should it not be used?

- Active endocarditis or other active infection.
- Patients who cannot take anticoagulant or antiplatelet medicines.
- Bicuspid aortic valve.
- Aortic annulus smaller than 18 mm or larger than 30 mm.
- Any existing prosthetic heart valve or ring.

## Warnings

> CAUTION: Only physicians trained by Corvessa and working in a center with on-site cardiac surgery should implant the Aortiq SE valve.

- Conduction disturbances are common after TAVI. Monitor the ECG for at least forty-eight hours after the procedure.
- Do not resheath the valve more than two times.
- Check coronary ostia height on CT before the procedure; low coronary height increases the risk of obstruction.

## What are the possible side effects?

Death, stroke, heart block needing a permanent pacemaker, vascular injury, bleeding, paravalvular leak, valve thrombosis, valve embolization, coronary obstruction, kidney injury and infection.

## How long will the valve last?

In the pivotal program the Aortiq SE valve showed durability comparable to surgical bioprostheses over ten years. Patients should have a yearly echocardiogram.

## Technical specifications

| Valve size | Annulus diameter | Perimeter | Frame height | Sheath |
| 23 mm | 18 to 20 mm | 56.5 to 62.8 mm | 45 mm | 14 Fr equivalent |
| 26 mm | 20 to 23 mm | 62.8 to 72.3 mm | 46 mm | 14 Fr equivalent |
| 29 mm | 23 to 26 mm | 72.3 to 81.7 mm | 48 mm | 14 Fr equivalent |
| 34 mm | 26 to 30 mm | 81.7 to 94.2 mm | 55 mm | 16 Fr equivalent |

Minimum vessel diameter: 5.0 mm (14 Fr) or 5.5 mm (16 Fr). Store at 15 to 25 °C (59 to 77 °F).

## Implantation steps (summary)

1. Rinse the valve three times in sterile saline, two minutes each rinse.
2. Crimp the valve in the ice-cold saline bath of the loading system.
3. Advance the catheter over a stiff wire and cross the native valve.
4. Release the valve slowly under rapid pacing at 100 to 120 beats per minute if needed; aim for an implant depth of 3 to 5 mm below the annulus.
5. Assess position and leak by angiography and echocardiography before full release.

Manufacturer: {MFR}. EU REP: {AR}. Basic UDI-DI {UDI}. The SSCP is available in EUDAMED.
"""

IFU_FR = f"""
# Système de valve aortique transcathéter Aortiq SE : notice d'utilisation

{IFU_ID}-FR Rév. {IFU_REV}. Dispositif à usage unique.

## Description

Le système Aortiq SE remplace une valve aortique malade sans chirurgie à cœur ouvert. Il comprend la valve Aortiq SE (feuillets en péricarde bovin, armature auto-expansible en nitinol), le cathéter de pose FlexPath et le système de chargement.

## Indications

Le système Aortiq SE est destiné aux patients atteints de sténose aortique sévère symptomatique, quel que soit le niveau de risque chirurgical (faible, intermédiaire, élevé ou extrême), selon l'évaluation de la Heart Team. La valve est implantée par voie transfémorale ou, si la voie fémorale ne convient pas, par voie sous-clavière ou axillaire.

## Contre-indications

- Endocardite active ou autre infection active.
- Impossibilité de prendre un traitement anticoagulant ou antiplaquettaire.
- Valve aortique bicuspide.
- Anneau aortique inférieur à 18 mm ou supérieur à 30 mm.
- Toute prothèse valvulaire ou anneau déjà en place.

## Avertissements

> ATTENTION : seuls des médecins formés par Corvessa, dans un centre disposant d'une chirurgie cardiaque sur place, doivent implanter la valve Aortiq SE.

- Les troubles de la conduction sont fréquents après un TAVI. Surveiller l'ECG pendant au moins quarante-huit heures après l'intervention.
- Ne pas rengainer la valve plus de deux fois.
- Vérifier la hauteur des ostia coronaires au scanner avant l'intervention.

## Effets indésirables possibles

Décès, accident vasculaire cérébral, bloc de conduction nécessitant un stimulateur cardiaque, lésion vasculaire, saignement, fuite paravalvulaire, thrombose ou embolisation de la valve, obstruction coronaire, insuffisance rénale et infection.

## Durabilité

Dans le programme pivot, la valve Aortiq SE a montré une durabilité comparable à celle des bioprothèses chirurgicales sur dix ans. Une échocardiographie annuelle est recommandée.

## Caractéristiques techniques

| Taille | Diamètre de l'anneau | Hauteur de l'armature | Introducteur |
| 23 mm | 18 à 20 mm | 45 mm | équivalent 14 Fr |
| 26 mm | 20 à 23 mm | 46 mm | équivalent 14 Fr |
| 29 mm | 23 à 26 mm | 48 mm | équivalent 14 Fr |
| 34 mm | 26 à 30 mm | 55 mm | équivalent 16 Fr |

Fabricant : {MFR}. Mandataire UE : {AR}. IUD-ID de base {UDI}.
"""

IFU_DE = f"""
# Aortiq SE Transkatheter-Aortenklappensystem: Gebrauchsanweisung

{IFU_ID}-DE Rev. {IFU_REV}. Zum Einmalgebrauch.

## Beschreibung

Das Aortiq SE System ersetzt eine erkrankte Aortenklappe ohne Operation am offenen Herzen. Es besteht aus der Aortiq SE Klappe (Segel aus bovinem Perikard, selbstexpandierender Nitinolrahmen), dem FlexPath Einführkatheter und dem Ladesystem.

## Indikationen

Das Aortiq SE System ist für Patienten mit symptomatischer schwerer Aortenstenose bei jedem chirurgischen Risiko (niedrig, intermediär, hoch oder extrem) bestimmt, nach Beurteilung durch das Heart Team. Die Klappe wird transfemoral oder, wenn der femorale Zugang ungeeignet ist, über die A. subclavia oder A. axillaris implantiert.

## Kontraindikationen

- Aktive Endokarditis oder andere aktive Infektion.
- Unverträglichkeit von Antikoagulanzien oder Thrombozytenaggregationshemmern.
- Bikuspide Aortenklappe.
- Aortenanulus kleiner als 18 mm oder größer als 30 mm.
- Bereits vorhandene Herzklappenprothese oder Anuloplastiering.

## Warnhinweise

> VORSICHT: Die Aortiq SE Klappe darf nur von Ärzten implantiert werden, die von Corvessa geschult wurden und in einem Zentrum mit Herzchirurgie vor Ort arbeiten.

- Erregungsleitungsstörungen sind nach TAVI häufig. Das EKG mindestens achtundvierzig Stunden nach dem Eingriff überwachen.
- Die Klappe nicht mehr als zweimal zurückziehen (Resheathing).
- Die Höhe der Koronarostien vor dem Eingriff im CT prüfen.

## Mögliche Nebenwirkungen

Tod, Schlaganfall, AV-Block mit Schrittmacherpflicht, Gefäßverletzung, Blutung, paravalvuläres Leck, Klappenthrombose, Klappenembolisation, Koronarobstruktion, Nierenschädigung und Infektion.

## Haltbarkeit

Im Zulassungsprogramm zeigte die Aortiq SE Klappe eine Haltbarkeit vergleichbar mit chirurgischen Bioprothesen über zehn Jahre. Eine jährliche Echokardiographie wird empfohlen.

## Technische Daten

| Größe | Anulusdurchmesser | Rahmenhöhe | Schleuse |
| 23 mm | 18 bis 20 mm | 45 mm | 14 Fr äquivalent |
| 26 mm | 20 bis 23 mm | 46 mm | 14 Fr äquivalent |
| 29 mm | 23 bis 26 mm | 48 mm | 14 Fr äquivalent |
| 34 mm | 26 bis 30 mm | 55 mm | 16 Fr äquivalent |

Hersteller: {MFR}. EU-Bevollmächtigter: {AR}. Basis-UDI-DI {UDI}.
"""

SSCP = f"""
# Summary of Safety and Clinical Performance (SSCP)

## Aortiq SE Transcatheter Aortic Valve System

{SSCP_ID} Revision {SSCP_REV}. This summary is meant for healthcare professionals. A patient section follows at the end.

## 1. Device identification

| Item | Details |
| Trade name | Aortiq SE Transcatheter Aortic Valve System |
| Manufacturer | Corvessa Medical Ltd., Tel Aviv, Israel |
| SRN | {SRN} |
| Basic UDI-DI | {UDI} |
| Class | III (Rule 8) |
| Notified Body | {NB} |

## 2. Intended use

Transcatheter replacement of the native aortic valve in patients with symptomatic severe aortic stenosis at high or extreme surgical risk, as judged by the Heart Team. Transfemoral access, or subclavian/axillary access when femoral access is not suitable.

Contraindications: active endocarditis or infection; intolerance of anticoagulation or antiplatelet therapy; bicuspid valve; annulus outside 18 to 30 mm; existing prosthetic valve or ring.

## 3. Residual risks and undesirable effects

From AORTIQ-EU (212 patients, prospective study, 30-day rates): disabling stroke 1.9 %, new permanent pacemaker 17.5 %, major vascular complication 5.2 %, moderate or severe paravalvular leak 3.3 %, all-cause death 2.8 %. All-cause death at 12 months: 13.7 %. Valve thrombosis, embolization and coronary obstruction each occurred in fewer than 1 % of patients within 12 months. Other possible effects: bleeding, kidney injury, infection.

## 4. Summary of clinical evidence

The evidence comes from two Corvessa investigations (AORTIQ-FIH, 32 patients; AORTIQ-EU, 212 patients, 12-month primary endpoint) and, for the 34 mm size, from published data on another manufacturer's self-expanding valve. All AORTIQ-EU acceptance criteria were met. Valve hemodynamics stayed stable to 24 months, the longest follow-up available so far.

## 5. Ongoing PMCF

AORTIQ-PMCF registry: 500 patients, follow-up to five years, focused on durability, pacemaker rates, the 34 mm size and alternative access.

## 6. Alternatives

Surgical aortic valve replacement, other TAVI valves (balloon-expandable or self-expanding), balloon valvuloplasty as a bridge, and medical therapy.

## 7. Patient section: what should I know?

The Aortiq SE valve is a new heart valve placed through a blood vessel. Most patients feel less short of breath afterwards. About one patient in six needs a pacemaker after the procedure. Your doctor will check your valve with an ultrasound every year.
"""

CEAR = f"""
# Clinical Evaluation Assessment Report (CEAR)

Notified Body: {NB}. Project NB-2743-CE-25-0119. Template: MDCG 2020-13.

## Section A: Administrative particulars

| Field | Entry |
| Device | Aortiq SE Transcatheter Aortic Valve System (valve 23/26/29/34 mm, FlexPath delivery catheter, loading system) |
| Manufacturer | Corvessa Medical Ltd., SRN {SRN} |
| Authorised representative | Corvessa Europe B.V. |
| Risk class | III, Rule 8 |
| Type of assessment | Initial certification |
| Documents assessed | CEP {CEP_ID} Rev. {CEP_REV}; CER {CER_ID} Rev. {CER_REV}; PMCF plan {PMCF_ID} Rev. {PMCF_REV}; IFU {IFU_ID} Rev. {IFU_REV}; SSCP {SSCP_ID} Rev. {SSCP_REV} |

**Intended purpose as assessed:** transcatheter replacement of the native aortic valve via transfemoral access in patients with symptomatic severe aortic stenosis at high or extreme surgical risk.

## Section C: Device and evaluation basis

The device is a self-expanding TAVI system with a supra-annular valve. Novel features: a recapture function allowing up to two resheaths. Equivalence to a third-party valve is claimed for the 34 mm size only.

## Section E: Clinical investigations

AORTIQ-EU (212 patients) met all CEP acceptance criteria at 12 months. The reviewers consider the study design and size adequate for sizes 23 to 29 mm.

## Section F: PMCF

The PMCF plan includes a 500-patient registry with five-year follow-up and sample-size reasoning. This is considered adequate.

## Section H: Conclusions

Benefit-risk is positive for the intended population. The NB confirms that the CECP under Article 54(1)(a) applies to this class III implantable device and forwards this CEAR, the CEP, the CER and the PMCF plan to the circulatory system expert panel.

Reviewer: Dr. med. H. Brandt (interventional cardiology). Date: 05/12/2025.
"""

F_CEP = "CEP_AortiqSE_RevC.docx"
F_CER = "CER_AortiqSE_RevD.pdf"
F_PMCF = "PMCF-Plan_AortiqSE.docx"
F_IFU = "IFU_AortiqSE_EN.pdf"
F_FR = "IFU_AortiqSE_FR.pdf"
F_DE = "IFU_AortiqSE_DE.pdf"
F_SSCP = "SSCP_AortiqSE.pdf"
F_CEAR = "CEAR_NB2743_AortiqSE.docx"

H = "Corvessa Medical Ltd."
DOCS = [
    Doc(F_CEP, "CEP", "en", CEP, H, f"{CEP_ID} Rev. {CEP_REV}"),
    Doc(F_CER, "CER", "en", CER, H, f"{CER_ID} Rev. {CER_REV}"),
    Doc(F_PMCF, "PMCF-plan", "en", PMCF, H, f"{PMCF_ID} Rev. {PMCF_REV}"),
    Doc(F_IFU, "IFU", "en", IFU_EN, "Aortiq SE", f"{IFU_ID} Rev. {IFU_REV}"),
    Doc(F_FR, "IFU", "fr", IFU_FR, "Aortiq SE", f"{IFU_ID}-FR Rév. {IFU_REV}"),
    Doc(F_DE, "IFU", "de", IFU_DE, "Aortiq SE", f"{IFU_ID}-DE Rev. {IFU_REV}"),
    Doc(F_SSCP, "SSCP", "en", SSCP, H, f"{SSCP_ID} Rev. {SSCP_REV}"),
    Doc(F_CEAR, "CEAR", "en", CEAR, "Medicert GmbH (NB 2743)", "CEAR NB-2743-CE-25-0119", serif=True),
]

LABELS = [
    label("equivalence_competitor_without_contract", "evidence", [F_CER],
          ["Corvessa does not have a contract with Helix Cardio giving access to its technical documentation",
           "we claim equivalence to the Evolva XT self-expanding valve made by Helix Cardio GmbH"],
          "Class III implant: equivalence to another manufacturer's valve is claimed and its data pooled, "
          "but there is no contract giving ongoing access to the technical documentation (Art. 61(5)).",
          []),
    label("ten_year_durability_on_24_month_data", "claim", [F_IFU, F_CER, F_FR, F_DE],
          ["In the pivotal program the Aortiq SE valve showed durability comparable to surgical bioprostheses over ten years.",
           "Structural valve deterioration could not be assessed beyond 24 months.",
           "la valve Aortiq SE a montré une durabilité comparable à celle des bioprothèses chirurgicales sur dix ans",
           "zeigte die Aortiq SE Klappe eine Haltbarkeit vergleichbar mit chirurgischen Bioprothesen über zehn Jahre"],
          "The IFU (all languages) claims ten-year durability comparable to surgical valves, but the pivotal "
          "study has a 12-month primary endpoint and at most 24 months of follow-up.",
          ["evidence"]),
    label("population_surgical_risk_widened_in_ifu", "population", [F_IFU, F_CER, F_CEAR, F_DE],
          ["symptomatic severe aortic stenosis at any level of surgical risk (low, intermediate, high or extreme)",
           "patients with symptomatic severe aortic stenosis who are at high or extreme risk for surgical aortic valve replacement",
           "in patients with symptomatic severe aortic stenosis at high or extreme surgical risk",
           "Aortenstenose bei jedem chirurgischen Risiko (niedrig, intermediär, hoch oder extrem)"],
          "The IFU (and its translations) opens the device to low and intermediate surgical risk patients; "
          "the CEP, CER, SSCP and CEAR, and the clinical data (mean STS-PROM 7.9 %), cover high or extreme risk only.",
          ["intended-use"]),
    label("access_route_missing_in_cear", "intended-use", [F_CEAR, F_CER, F_IFU],
          ["transcatheter replacement of the native aortic valve via transfemoral access in patients",
           "Access routes: transfemoral, or subclavian/axillary when the iliofemoral vessels are unsuitable.",
           "by transfemoral access or, when the femoral route is not suitable, by subclavian or axillary access"],
          "The CEAR's intended purpose names transfemoral access only; the CEP, CER, IFU, SSCP and PMCF plan "
          "also cover subclavian/axillary access (6 patients in AORTIQ-EU).",
          []),
]
