from common import doc

ID = "q11_hydrogel_rectal_spacer"
CEP = "Spaciva_CEP.md"
CER = "Spaciva_CER_LB-CER-07.pdf"
PMCF = "Spaciva_PMCF_Plan.docx"
IFU_EN = "Spaciva_IFU_EN.docx"
IFU_DE = "Spaciva_Gebrauchsanweisung_DE.pdf"
IFU_PL = "Spaciva_Instrukcja_PL.pdf"
SSCP = "Spaciva_SSCP.pdf"
CEAR = "CEAR_2874-25-0110_Spaciva.docx"

SE_EN = [
    "perineal discomfort or pain",
    "rectal pain or feeling of rectal fullness",
    "urinary retention",
    "injection into the rectal wall with mucosal ulceration",
    "infection or abscess",
    "rectourethral or rectoprostatic fistula (rare)",
    "embolism after intravascular injection (rare)",
    "allergic reaction",
]

cep = r"""
# Clinical evaluation plan (CEP)
Spaciva Hydrogel Spacer – LB-CEP-07 – version 2 – 2024-07-01 – Lindholm Biomaterials A/S, Finlandsgade 25, 8200 Aarhus N, Denmark

## 1. Product
Spaciva is absorbable polyethylene glycol (PEG) hydrogel, formed in situ from two precursor solutions mixed in the applicator during transperineal injection into the space between prostate and rectum. The medical product is delivered as kit: 2 precursor syringes (5 ml each, total 10 ml gel), Y-applicator, 18 G needle, saline syringe for hydrodissection. The gel is absorbed within approx. 6 mo. Basic UDI-DI 5790066677788SPVGEL.
Classification: class III acc. to Rule 8 (implantable product, wholly absorbed). Initial certification; Art. 54(1)(a) consultation procedure is applicable.

## 2. Purpose of the product
Temporary increase of distance between prostate and anterior rectal wall, to reduce radiation dose delivered to the rectum during radiotherapy of prostate cancer.

## 3. Patient group and indications to use
Adult men with localised prostate cancer (clinical stage T1–T2) planned for external beam radiotherapy.

## 4. Contraindications to use
a) clinical stage T3 with posterior extraprostatic extension;
b) active infection of perineum, rectum or urinary tract;
c) inflammatory bowel disease with rectal involvement;
d) previous rectal surgery or radiotherapy of the pelvis;
e) bleeding disorder or anticoagulation that cannot be paused.

## 5. Clinical benefits and outcome parameters
| Benefit | Parameter | Time point |
| Dosimetric | reduction of rectal V70 Gy by 25 % or more | planning CT after insertion |
| Less rectal toxicity | late grade ≥ 1 rectal toxicity (CTCAE) | 15 and 36 mo. |
| Bowel quality of life | EPIC bowel domain, proportion with clinically relevant decline | 36 mo. |

## 6. Acceptance criteria
1. rectal V70 reduction ≥ 25 % in min. 70 % of spacer patients;
2. procedure-related adverse events grade ≥ 2: max. 5 %;
3. late grade ≥ 1 rectal toxicity at 36 mo. lower than in control arm.

## 7. Data
Own randomised investigation SPV-RT-01 (control: radiotherapy without spacer), literature of state of the art. No equivalence.
"""

cer = r"""
# CLINICAL EVALUATION REPORT – Spaciva Hydrogel Spacer
LB-CER-07, version 3, 2025-03-17 (CEP LB-CEP-07 version 2). Lindholm Biomaterials A/S, Aarhus, Denmark.
## 1. Product description
PEG hydrogel formed in situ from two precursors (total volume 10 ml), injected transperineally under transrectal ultrasound guidance after hydrodissection with saline. It creates separation of approx. 10–13 mm between prostate and rectum, stable for the duration of radiotherapy (approx. 3 mo.), and is absorbed within approx. 6 mo. by hydrolysis, excreted in urine. Class III, Rule 8; CECP acc. to Art. 54(1)(a).
## 2. Intended purpose
Temporary increase of the distance between prostate and anterior rectal wall to reduce rectal radiation dose in radiotherapy of prostate cancer. Patient group: adult men with localised prostate cancer, stage T1–T2, planned for external beam radiotherapy.
## 3. State of the art
Late rectal toxicity (bleeding, urgency, proctitis) after prostate radiotherapy occurs in 5–20 % of patients depending on dose and technique. Image-guided IMRT reduced it, but the anterior rectal wall stays close to the target. Rectal spacers (hydrogel, hyaluronic acid, biodegradable balloon) are recommended as option by EAU guidelines to reduce rectal dose. In the pivotal trial of another PEG hydrogel, late grade ≥ 1 rectal toxicity at 3 years was 2 % with spacer vs 9 % in control.
## 4. Clinical data
| Study | Design | N | Follow-up | Key results |
| SPV-FIH | single arm | 20 | 12 mo. | mean separation 11,6 mm; no grade ≥ 2 procedure event |
| SPV-RT-01 | randomised 2:1, single blind, 9 sites (DK, DE, PL, NL) | 240 (160 spacer / 80 control) | 36 mo. (91 % complete) | V70 reduction ≥ 25 % in 93,1 %; late grade ≥ 1 rectal toxicity at 15 mo. 1,3 % vs 5,3 % and at 36 mo. 2,7 % vs 10,5 %; EPIC bowel decline 6,2 % vs 19,7 % |
| Mariados 2015 [1] | RCT, other PEG spacer | 222 | 15 mo. | benchmark |
| Hamstra 2017 [2] | 3-year follow-up of [1] | 140 | 37 mo. | benchmark |
## 5. Safety
Procedure-related adverse events in SPV-RT-01 (160 spacer patients): perineal discomfort 11,3 %, rectal pain or fullness 6,9 %, urinary retention 2,5 %, injection into rectal wall 1,9 % (ulceration 0,6 %), infection 0,6 %, no fistula, no embolism, no allergic reaction. Grade ≥ 2 procedure-related events: 1,9 %.
## 6. Acceptance criteria (CEP point 6)
1) V70 reduction ≥ 25 % in 93,1 % (criterion min. 70 %) – met; 2) grade ≥ 2 procedure events 1,9 % (max. 5 %) – met; 3) late grade ≥ 1 rectal toxicity 2,7 % vs 10,5 % in control – met.
## 7. Side effects and residual risk
""" + "\n".join("- " + s for s in SE_EN) + r"""
## 8. Benefit-risk
The reduction of late rectal toxicity and bowel quality-of-life decline at 36 months outweighs the low rate of procedure-related events. Rare serious events (fistula, embolism) reported in literature for other spacers are addressed in IFU and PMCF.
## 9. PMCF
Registry SPACIVA-REG acc. to LB-PMCF-07 version 1.
## 10. References
[1] Mariados N, Sylvester J, Shah D, et al. Hydrogel spacer prospective multicenter randomized controlled pivotal trial: dosimetric and clinical effects of perirectal spacer application in men undergoing prostate image guided intensity modulated radiation therapy. Int J Radiat Oncol Biol Phys 2015;92:971–977.
[2] Hamstra DA, Mariados N, Sylvester J, et al. Continued benefit to rectal separation for prostate radiation therapy: final results of a phase III trial. Int J Radiat Oncol Biol Phys 2017;97:976–985.
[3] Lindholm Biomaterials. Clinical investigation report SPV-RT-01, 36-month final report, 2024-12-18.
"""

pmcf = r"""
# PMCF Plan – Spaciva Hydrogel Spacer
LB-PMCF-07, version 1, 2025-02-24. Related: CER LB-CER-07 v3, RMF LB-RMF-07 v4.
## 1. Objectives
1. estimate rates of rare serious events (rectal wall injection with ulceration, fistula, abscess, embolism) in routine use by users outside investigation sites;
2. confirm late rectal toxicity rate at 36 mo. in routine practice, including hypofractionated schedules;
3. monitor off-label use (T3 tumours, brachytherapy, re-irradiation).
## 2. Design
Prospective multicentre registry SPACIVA-REG, 20 radiotherapy centres in EU. Consecutive men treated acc. to IFU. Data at insertion, end of radiotherapy, 3, 12, 24 and 36 months: adverse events, CTCAE rectal toxicity, EPIC-26 bowel domain.
## 3. Sample size
1 000 patients. If the true rate of fistula or abscess is 0,3 %, the probability to observe at least one event is 95 %; the rate of rectal wall injection of 2 % is estimated with 95 % CI ±0,9 %.
## 4. Population and setting
Adult men with localised prostate cancer T1–T2 planned for external beam radiotherapy; injection in hospital urology or radiotherapy departments.
## 5. Timeline
Q2 2025 first patient; Q4 2027 end of enrolment; yearly reports; final report Q4 2030.
"""

ifu_en = r"""
# Spaciva Hydrogel Spacer – Instructions for use
IFU LB-SPV-EN, revision 4, 2025-02. Lindholm Biomaterials A/S, Finlandsgade 25, 8200 Aarhus N, Denmark. CE 2874. Sterile. Single use.
## Purpose of the product
Spaciva temporarily increases the distance between the prostate and the anterior rectal wall, to reduce the radiation dose to the rectum during radiotherapy for prostate cancer.
## Indications to use
Adult male patients with localised prostate cancer, clinical stage T1–T2, planned for external beam radiotherapy.
## Contraindications to use
- stage T3 with posterior extraprostatic extension
- active infection of perineum, rectum or urinary tract
- inflammatory bowel disease involving the rectum
- previous rectal surgery or pelvic radiotherapy
- bleeding disorder, or anticoagulants that cannot be paused
## Users and place of use
Urologists or radiation oncologists trained in transperineal TRUS-guided procedures and in the use of Spaciva; hospital procedure room or operating room.
## Warnings
- Confirm needle position in the perirectal space by saline hydrodissection before injecting the gel.
- Do not inject into the rectal wall, prostate, or blood vessels; aspirate before injection.
- Do not use more than one kit per patient.
## Side effects and residual risk
""" + "\n".join("- " + s for s in SE_EN) + r"""
## Technical data
| Item | Value |
| Material | polyethylene glycol hydrogel (absorbable) |
| Gel volume | 10 mL |
| Gelation time | approx. 10 s |
| Typical separation | 10–13 mm |
| Absorption | about 6 months |
| Needle | 18 G, 15 cm |
The SSCP is available in EUDAMED (Basic UDI-DI 5790066677788SPVGEL).
"""

ifu_de = r"""
# Spaciva Hydrogel-Spacer – Gebrauchsanweisung
LB-SPV-DE, Revision 4, 2025-02. Lindholm Biomaterials A/S, Finlandsgade 25, 8200 Aarhus N, Dänemark. CE 2874. Steril. Zum Einmalgebrauch.
## Zweckbestimmung
Spaciva vergrößert vorübergehend den Abstand zwischen Prostata und vorderer Rektumwand, um die Strahlendosis am Rektum bei der Strahlentherapie des Prostatakarzinoms zu verringern.
## Indikationen
Erwachsene männliche Patienten mit lokalisiertem Prostatakarzinom, klinisches Stadium T1–T2, bei geplanter perkutaner Strahlentherapie.
## Kontraindikationen
- Stadium T3 mit posteriorer extraprostatischer Ausdehnung
- aktive Infektion von Damm, Rektum oder Harnwegen
- chronisch-entzündliche Darmerkrankung mit Rektumbeteiligung
- frühere Rektumoperation oder Strahlentherapie des Beckens
- Gerinnungsstörung oder nicht pausierbare Antikoagulation
## Anwender und Einsatzort
Urologen oder Strahlentherapeuten, die in transperinealen TRUS-gesteuerten Eingriffen und in der Anwendung von Spaciva geschult sind; Eingriffsraum oder Operationssaal im Krankenhaus.
## Warnhinweise
- Nadelposition im perirektalen Raum vor der Gelinjektion durch Hydrodissektion mit Kochsalzlösung bestätigen.
- Nicht in die Rektumwand, die Prostata oder Blutgefäße injizieren; vor der Injektion aspirieren.
- Nicht mehr als ein Kit pro Patient verwenden.
## Nebenwirkungen und Restrisiken
- Beschwerden oder Schmerzen im Dammbereich
- rektale Schmerzen oder rektales Völlegefühl
- Harnverhalt
- Injektion in die Rektumwand mit Schleimhautulzeration
- Infektion oder Abszess
- rektourethrale oder rektoprostatische Fistel (selten)
- Embolie nach intravasaler Injektion (selten)
- allergische Reaktion
## Technische Daten
| Merkmal | Wert |
| Material | Polyethylenglykol-Hydrogel (resorbierbar) |
| Gelvolumen | 10 ml |
| Gelierzeit | ca. 10 s |
| Typischer Abstand | 10–13 mm |
| Resorption | etwa 6 Monate |
| Nadel | 18 G, 15 cm |
"""

ifu_pl = r"""
# Spaciva – spacer hydrożelowy – Instrukcja używania
LB-SPV-PL, wydanie 4, 2025-02. Lindholm Biomaterials A/S, Finlandsgade 25, 8200 Aarhus N, Dania. CE 2874. Sterylny. Do jednorazowego użytku.
## Przeznaczenie
Spaciva czasowo zwiększa odległość między gruczołem krokowym a przednią ścianą odbytnicy, aby zmniejszyć dawkę promieniowania w odbytnicy podczas radioterapii raka gruczołu krokowego.
## Wskazania
Dorośli mężczyźni z miejscowym rakiem gruczołu krokowego w stopniu klinicznym T1–T2, zakwalifikowani do radioterapii wiązkami zewnętrznymi.
## Przeciwwskazania
- stopień T3 z naciekiem pozagruczołowym w kierunku tylnym
- czynne zakażenie krocza, odbytnicy lub dróg moczowych
- nieswoista choroba zapalna jelit z zajęciem odbytnicy
- przebyta operacja odbytnicy lub radioterapia miednicy
- zaburzenia krzepnięcia lub leczenie przeciwkrzepliwe, którego nie można przerwać
## Użytkownicy i miejsce używania
Urolodzy lub radioterapeuci przeszkoleni w zabiegach przezkroczowych pod kontrolą TRUS i w stosowaniu wyrobu Spaciva; sala zabiegowa lub operacyjna szpitala.
## Ostrzeżenia
- Przed wstrzyknięciem żelu potwierdzić położenie igły w przestrzeni okołoodbytniczej przez hydrodysekcję solą fizjologiczną.
- Nie wstrzykiwać do ściany odbytnicy, gruczołu krokowego ani naczyń krwionośnych; przed wstrzyknięciem aspirować.
- Nie używać więcej niż jednego zestawu u jednego pacjenta.
## Działania niepożądane i ryzyko resztkowe
- dyskomfort lub ból krocza
- ból odbytnicy lub uczucie pełności w odbytnicy
- zatrzymanie moczu
- wstrzyknięcie w ścianę odbytnicy z owrzodzeniem błony śluzowej
- zakażenie lub ropień
- przetoka odbytniczo-cewkowa lub odbytniczo-sterczowa (rzadko)
- zator po wstrzyknięciu donaczyniowym (rzadko)
- reakcja alergiczna
## Dane techniczne
| Cecha | Wartość |
| Materiał | hydrożel glikolu polietylenowego (wchłanialny) |
| Objętość żelu | 10 ml |
| Czas żelowania | ok. 10 s |
| Typowy odstęp | 10–13 mm |
| Wchłanianie | około 6 miesięcy |
| Igła | 18 G, 15 cm |
"""

sscp = r"""
# Summary of Safety and Clinical Performance – Spaciva Hydrogel Spacer
LB-SSCP-07, revision 1, 2025-03-20 – healthcare professional part
## 1. Identification
| Item | Content |
| Trade name | Spaciva Hydrogel Spacer |
| Manufacturer | Lindholm Biomaterials A/S, Finlandsgade 25, 8200 Aarhus N, Denmark; SRN DK-MF-000070311 |
| Basic UDI-DI | 5790066677788SPVGEL |
| Class | III, Rule 8 (absorbable implant) |
| Notified Body | BEEM, 2874 |
## 2. Intended use
Temporary increase of the prostate–rectum distance to reduce rectal radiation dose during prostate cancer radiotherapy. Target population: adult men with localised prostate cancer stage T1–T2 planned for external beam radiotherapy. Contraindications: T3 with posterior extraprostatic extension; active perineal, rectal or urinary infection; inflammatory bowel disease involving the rectum; prior rectal surgery or pelvic radiotherapy; bleeding disorder or anticoagulation that cannot be paused.
## 3. Device description
Two PEG precursor solutions mixed at injection form 10 ml of hydrogel, which is absorbed within approximately 26 weeks.
## 4. Residual risks and undesirable effects (SPV-RT-01, 160 spacer patients, 36 months)
| Effect | Frequency |
| Perineal discomfort or pain | 11.3 % |
| Rectal pain or feeling of rectal fullness | 6.9 % |
| Urinary retention | 2.5 % |
| Injection into the rectal wall with mucosal ulceration | 1.9 % (ulceration 0.6 %) |
| Infection or abscess | 0.6 % |
| Rectourethral or rectoprostatic fistula (rare) | 0 % (rare reports in literature for other spacers) |
| Embolism after intravascular injection (rare) | 0 % (rare reports in literature for other spacers) |
| Allergic reaction | 0 % |
## 5. Clinical evidence
SPV-RT-01 (randomised 2:1, 240 men, 36 months, 91 % follow-up): rectal V70 reduced by ≥ 25 % in 93.1 %; late grade ≥ 1 rectal toxicity 2.7 % vs 10.5 %; EPIC bowel decline 6.2 % vs 19.7 %. PMCF registry SPACIVA-REG with 1 000 patients.
## 6. Alternatives
Radiotherapy without spacer (IMRT/IGRT); other spacers (hyaluronic acid, biodegradable balloon).
## 7. Standards
EN ISO 10993 series; EN ISO 14155:2020; EN ISO 11135:2014.
"""

cear = r"""
# CLINICAL EVALUATION ASSESSMENT REPORT
BEEM (Notified Body 2874), Paris. Report CEAR-2874-25-0110, version 1, 02.05.2025.
## A. Particulars
Spaciva Hydrogel Spacer, Lindholm Biomaterials A/S (SRN DK-MF-000070311), Basic UDI-DI 5790066677788SPVGEL, class III (Rule 8, wholly absorbed implantable device). Initial certification. Documents: CEP LB-CEP-07 v2; CER LB-CER-07 v3; PMCF plan LB-PMCF-07 v1; SSCP LB-SSCP-07 rev. 1; IFU in English, German and Polish, revision 4.
## C. Intended purpose (NB summary)
Temporary separation of the prostate and the anterior rectal wall to reduce the rectal radiation dose, in adult men with localised prostate cancer of stage T1–T2 planned for external beam radiotherapy. Contraindications of the IFU are consistent with the CEP.
## D/E. Clinical data
The randomised investigation SPV-RT-01 with 36-month follow-up is the main evidence; all CEP acceptance criteria are reported in the CER and met. Literature on another PEG spacer is used as benchmark.
Observation n°1: provide the blinding method of toxicity assessment. Closed.
## F. PMCF
Registry SPACIVA-REG (1 000 patients, 36 months) targets rare serious events and hypofractionated schedules. Acceptable.
## I. Article 54
The device is a class III implantable device under initial certification; no exemption applies. The Notified Body transmits this CEAR through the Commission to the expert panel in the frame of Article 54(1)(a).
## Conclusion
The Notified Body considers that the clinical evidence supports the intended purpose and that the benefit-risk ratio is favourable.
"""

DOSSIER = {
    "id": ID,
    "device": "Spaciva absorbable PEG hydrogel rectal spacer for prostate radiotherapy",
    "device_class": "III",
    "docs": {
        CEP: doc("CEP", "en", "LB-CEP-07 v2 – Lindholm Biomaterials A/S", cep),
        CER: doc("CER", "en", "LB-CER-07 v3", cer),
        PMCF: doc("PMCF-plan", "en", "LB-PMCF-07 v1", pmcf),
        IFU_EN: doc("IFU", "en", "LB-SPV-EN rev. 4", ifu_en),
        IFU_DE: doc("IFU", "de", "LB-SPV-DE Rev. 4", ifu_de),
        IFU_PL: doc("IFU", "pl", "LB-SPV-PL wyd. 4", ifu_pl),
        SSCP: doc("SSCP", "en", "LB-SSCP-07 rev. 1", sscp),
        CEAR: doc("CEAR", "en", "BEEM 2874 – CEAR-2874-25-0110", cear),
    },
    "labels": [],
}
