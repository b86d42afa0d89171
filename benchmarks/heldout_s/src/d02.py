# Nitinol venous stent, class III implantable, CECP applies. CLEAN.
CEP = """
# CLINICAL EVALUATION PLAN

VENAFLEX Iliofemoral Venous Stent System. Ref. CEP-VFX-01, edition 3, 09/09/2024. Manufacturer: Lusomed Vascular, Lda., Rua do Campo Alegre 830, 4150-171 Porto, Portugal. Basic UDI-DI 560123400VFXST7C.

# I. SCOPE OF THE PLAN

The present plan covers the VENAFLEX stent in all diameters (12, 14, 16 mm) and lengths (60, 90, 120, 150 mm) with its 9 Fr delivery system. Classification: class III according to Rule 8 of Annex VIII, because the stent is a long-term implant which may be placed in contact with the inferior vena cava at the confluence (central circulatory system). The Notified Body is expected to consult the expert panel under Article 54(1)(a).

# II. INTENDED PURPOSE AND TARGET GROUP

VENAFLEX is intended for the treatment of symptomatic iliofemoral venous outflow obstruction, of non-thrombotic (May-Thurner type compression) or post-thrombotic origin, in adults of 18 years old or more. Contraindications: inability to tolerate anticoagulant or antiplatelet therapy; known allergy to nickel-titanium; uncorrectable bleeding disorder; active systemic infection; acute deep vein thrombosis of less than 14 days not treated.

# III. CLINICAL BENEFITS, OUTCOME PARAMETERS AND ACCEPTANCE CRITERIA

- Primary patency at 12 months assessed by duplex ultrasound or venography: acceptance ≥ 80 % (performance goal from the state of the art, lower limit of 95 % confidence interval ≥ 74 %).
- Freedom from major adverse events (MAE) at 30 days: acceptance ≥ 89 %.
- Improvement of Venous Clinical Severity Score (VCSS) at 12 months: mean reduction ≥ 3 points.

# IV. CLINICAL DEVELOPMENT

The pivotal evidence is the prospective single-arm investigation VFX-PIVOT (NCT-style identifier LUS-2020-07), 170 patients, 36-month follow-up (12-month primary endpoint). A systematic literature review supports the state of the art. Equivalence is not claimed.

# V. PMCF STRATEGY

Continuation of VFX-PIVOT to 5 years and an observational registry.
"""

CER = """
VENAFLEX Iliofemoral Venous Stent System
Clinical Evaluation Report CER-VFX-01, revision D, 21/11/2024
Lusomed Vascular, Lda. – Porto, Portugal – Basic UDI-DI 560123400VFXST7C

# Chapter 1 – Summary
VENAFLEX met all acceptance criteria of the CEP-VFX-01 with 12-month data of 170 patients and 24-month data of 142 patients of the VFX-PIVOT investigation. The benefit-risk is favourable.

# Chapter 2 – Device description
The stent is a self-expanding, laser-cut nickel-titanium (nitinol) tube with closed cells at the ends and open cells in the body, with tantalum radiopaque markers, realized in nominal diameters of 12 to 16 mm and lengths of 60 to 150 mm. The delivery system is 9 Fr, over-the-wire on 0,035 inch guidewire, working length 90 cm. The implant is MR conditional at 1,5 T and 3 T.

# Chapter 3 – Intended purpose
VENAFLEX is indicated in adult patients (18 years old and older) with symptomatic iliofemoral venous outflow obstruction, both non-thrombotic iliac vein lesions and post-thrombotic syndrome. It is used in the interventional radiology or vascular surgery suite by physicians trained in venous interventions.

# Chapter 4 – State of the art and alternatives
Conservative treatment includes compression and anticoagulation. Venous stenting replaced open surgical bypass as the first option in the ESVS 2021 guideline on chronic venous disease. Published primary patency at 12 months with dedicated venous stents is 79 % to 96 %, lower in post-thrombotic lesions. The performance goal of 80 % comes from a meta-analysis of dedicated venous stents.

# Chapter 5 – Clinical data

| Source | Design | Patients | Follow-up | Key result |
| VFX-PIVOT (own investigation) | Prospective, single-arm, 14 EU sites | 170 (62 NIVL, 108 PTS) | 12 months (all), 24 months (142) | Primary patency 88,2 % (95 % CI 82,4-92,6) at 12 months |
| Almeida 2022 | Meta-analysis, dedicated venous stents | 2.869 | 12 months | Pooled patency 85 % |
| Hartmann 2021 | Retrospective cohort, other nitinol venous stent | 311 | 24 months | Patency 83 %, used only for state of the art |
| PMS VENAFLEX (Portugal, Spain, 2022-2024, under limited release) | Complaint data | 640 implants | – | 1 stent fracture, 2 migrations |

## 5.1 Performance
Primary patency at 12 months was 88,2 % (lower limit of the 95 % CI 82,4 %), above the acceptance of 80 %. Mean VCSS decreased from 9,1 to 4,6 (reduction 4,5 points). The subgroup NIVL had a patency of 96,8 % and PTS of 83,3 %.

## 5.2 Safety
Freedom from MAE at 30 days was 95,3 % (8 events: 3 access site haematoma requiring treatment, 2 early stent thrombosis, 1 major bleeding, 1 pulmonary embolism, 1 contralateral DVT). Stent fracture 0,7 % at 24 months. No stent migration in the investigation.

# Chapter 6 – Benefit-risk
The risks of stent thrombosis, bleeding linked to anticoagulation, migration and fracture are acceptable against the benefit on symptoms and patency. Long-term durability beyond 24 months is not yet demonstrated and is an open question for the PMCF.

# Chapter 7 – PMCF
Plan PMCF-VFX-01 Rev. B: 5-year follow-up of VFX-PIVOT and a registry of 400 patients.

# Chapter 8 – References
- Lusomed Vascular. VFX-PIVOT 24-month interim clinical investigation report, 2024.
- Almeida R, et al. Dedicated venous stents for iliofemoral obstruction: meta-analysis. J Vasc Surg Venous Lymphat Disord 2022;10:712-722.
- Hartmann K, et al. Two-year outcome of venous stenting. CardioVasc Interv Radiol 2021;44:1401-1409.
- De Maeseneer MG, et al. ESVS 2022 clinical practice guidelines on chronic venous disease. Eur J Vasc Endovasc Surg 2022;63:184-267.
"""

PMCF = """
# Post-Market Clinical Follow-up Plan

VENAFLEX Iliofemoral Venous Stent System – PMCF-VFX-01 Rev. B – 25/11/2024

## Objectives
1. Confirm long-term primary patency and freedom from reintervention up to 5 years (open question of the CER).
2. Quantify stent fracture and migration, residual risks of the risk management file.
3. Confirm the performance in post-thrombotic lesions, the subgroup with lower patency.

## Activities
- Activity A: extension of VFX-PIVOT, 170 patients, annual duplex ultrasound to 5 years.
- Activity B: prospective registry VFX-REG in 15 European centres, 400 adults (18 years or more) with symptomatic iliofemoral obstruction, at least 200 post-thrombotic.

## Sample size
For Activity B, 400 patients permit to estimate a fracture rate of 1 % with a 95 % confidence interval of ±1 % and a 36-month patency with precision of ±4,5 %, with 15 % loss to follow-up.

## Endpoints
Primary patency, freedom from target lesion reintervention, stent fracture, migration, VCSS, VEINES-QOL.

## Timeline
Registry enrolment 2025-2027; last follow-up 2030; PMCF evaluation report every year together with PSUR.
"""

IFU_EN = """
# VENAFLEX Iliofemoral Venous Stent System – Instructions for Use

## Device description
Self-expanding nitinol stent pre-mounted on a 9 Fr over-the-wire delivery system.

## Indications
The VENAFLEX stent is indicated for the treatment of symptomatic iliofemoral venous outflow obstruction (non-thrombotic iliac vein lesions and post-thrombotic obstruction) in adult patients.

## Contraindications
- Patients who cannot receive anticoagulant or antiplatelet therapy.
- Known hypersensitivity to nickel-titanium.
- Uncorrectable bleeding disorders.
- Active systemic infection.
- Untreated acute deep vein thrombosis (< 14 days).

## Warnings
- Do not reposition the stent once more than 50 % is deployed.
- Do not overlap more than two stents; the overlap must be at least 2 cm.
- Anticoagulation after the procedure according to the physician, minimum 3 months.

## Specifications
| Item | Value |
| Stent diameters | 12, 14, 16 mm |
| Stent lengths | 60, 90, 120, 150 mm |
| Delivery system | 9 Fr, 90 cm, 0.035" guidewire |
| MRI | MR conditional, 1.5 T and 3 T |

## Patient population
Adults, 18 years and older.

## Residual risks and possible complications
Stent thrombosis, restenosis, bleeding, haematoma, pulmonary embolism, stent fracture, stent migration, vessel perforation, infection.

Lusomed Vascular, Lda., Porto, Portugal. CE 3127.
"""

IFU_DE = """
# VENAFLEX Iliofemorales Venenstent-System – Gebrauchsanweisung

## Beschreibung
Selbstexpandierender Nitinol-Stent, vormontiert auf einem 9-Fr-Over-the-wire-Einführsystem.

## Indikationen
Der VENAFLEX-Stent ist indiziert zur Behandlung der symptomatischen iliofemoralen venösen Abflussobstruktion (nicht-thrombotische Beckenvenenläsionen und postthrombotische Obstruktion) bei erwachsenen Patienten.

## Kontraindikationen
- Patienten, die keine Antikoagulation oder Thrombozytenaggregationshemmung erhalten können.
- Bekannte Überempfindlichkeit gegen Nickel-Titan.
- Nicht korrigierbare Blutgerinnungsstörungen.
- Aktive systemische Infektion.
- Unbehandelte akute tiefe Venenthrombose (< 14 Tage).

## Warnhinweise
- Stent nicht mehr repositionieren, wenn mehr als 50 % freigesetzt sind.
- Nicht mehr als zwei Stents überlappen; Überlappung mindestens 2 cm.
- Antikoagulation nach dem Eingriff gemäß ärztlicher Entscheidung, mindestens 3 Monate.

## Technische Daten
| Merkmal | Wert |
| Stentdurchmesser | 12, 14, 16 mm |
| Stentlängen | 60, 90, 120, 150 mm |
| Einführsystem | 9 Fr, 90 cm, Führungsdraht 0,035" |
| MRT | bedingt MR-sicher, 1,5 T und 3 T |

## Patientenpopulation
Erwachsene ab 18 Jahren.

## Restrisiken
Stentthrombose, Restenose, Blutung, Hämatom, Lungenembolie, Stentbruch, Stentmigration, Gefäßperforation, Infektion.
"""

IFU_NL = """
# VENAFLEX iliofemoraal veneus stentsysteem – Gebruiksaanwijzing

## Beschrijving
Zelfexpanderende nitinol stent, voorgemonteerd op een 9 Fr over-the-wire inbrengsysteem.

## Indicaties
De VENAFLEX-stent is geïndiceerd voor de behandeling van symptomatische iliofemorale veneuze uitstroomobstructie (niet-trombotische bekkenvenelaesies en posttrombotische obstructie) bij volwassen patiënten.

## Contra-indicaties
- Patiënten die geen antistolling of plaatjesremmers kunnen krijgen.
- Bekende overgevoeligheid voor nikkel-titanium.
- Niet te corrigeren stollingsstoornissen.
- Actieve systemische infectie.
- Onbehandelde acute diepe veneuze trombose (< 14 dagen).

## Waarschuwingen
- Stent niet herpositioneren als meer dan 50 % is ontplooid.
- Niet meer dan twee stents laten overlappen; overlap minimaal 2 cm.
- Antistolling na de ingreep volgens de arts, minimaal 3 maanden.

## Specificaties
| Onderdeel | Waarde |
| Stentdiameters | 12, 14, 16 mm |
| Stentlengtes | 60, 90, 120, 150 mm |
| Inbrengsysteem | 9 Fr, 90 cm, voerdraad 0,035" |
| MRI | MR-conditioneel, 1,5 T en 3 T |

## Patiëntenpopulatie
Volwassenen vanaf 18 jaar.

## Restrisico's
Stenttrombose, restenose, bloeding, hematoom, longembolie, stentbreuk, stentmigratie, vaatperforatie, infectie.
"""

SSCP = """
# Summary of Safety and Clinical Performance – VENAFLEX

SSCP-VFX-01 revision 1, 28/11/2024.

## Device identification
VENAFLEX Iliofemoral Venous Stent System; Lusomed Vascular, Lda. (SRN PT-MF-000018820); Basic UDI-DI 560123400VFXST7C; class III; Notified Body 3127.

## Intended purpose
Treatment of symptomatic iliofemoral venous outflow obstruction, non-thrombotic or post-thrombotic, in adults (≥ 18 years). Contraindications: no possibility of anticoagulant/antiplatelet therapy, nitinol allergy, uncorrectable bleeding disorder, active systemic infection, untreated acute DVT below 14 days.

## Residual risks and side-effects
Stent thrombosis (1,2 % at 30 days), restenosis, bleeding, haematoma, pulmonary embolism, stent fracture (0,7 % at 24 months), migration, vessel perforation, infection.

## Clinical evidence
VFX-PIVOT, 170 patients: primary patency 88,2 % at 12 months; freedom from MAE at 30 days 95,3 %.

## PMCF
5-year follow-up of VFX-PIVOT and registry of 400 patients.
"""

CEAR = """
# CEAR – Clinical Evaluation Assessment Report (MDCG 2020-13)

NB 3127, Noordzee Certification B.V., Eindhoven. Project NZC-2024-3318. Reviewer: dr. ir. P. Jansen. 10/12/2024.

Device: VENAFLEX Iliofemoral Venous Stent System (Lusomed Vascular, Lda.). Class III, Rule 8. Art. 54(1)(a) applicable; no exemption. CECP initiated.

## Intended purpose (NB summary)
Symptomatic iliofemoral venous outflow obstruction, non-thrombotic and post-thrombotic, adults 18 years and over.

## Assessment
Finding 1: acceptance criteria of CEP traced to CER. All three reported. Closed.
Finding 2: post-thrombotic subgroup patency 83,3 %. Above goal. PMCF objective 3 covers it. Closed.
Finding 3: durability after 24 months not shown. Acceptable with 5-year PMCF. Closed.
Finding 4: Hartmann 2021 concerns another manufacturer's stent. Used for state of the art only, not for equivalence. Acceptable. Closed.

## NB conclusion
Sufficient clinical evidence. Benefit-risk acceptable. PMCF plan adequate. Forward to expert panel.
"""

DOSSIER = {
    "id": "d02",
    "device": "VENAFLEX Iliofemoral Venous Stent System (self-expanding nitinol venous stent)",
    "device_class": "III",
    "docs": [
        ("CEP-VFX-01.md", "CEP", "en", CEP),
        ("CER-VFX-01_revD.docx", "CER", "en", CER),
        ("PMCF-VFX-01_revB.md", "PMCF-plan", "en", PMCF),
        ("IFU_VENAFLEX_en.pdf", "IFU", "en", IFU_EN),
        ("IFU_VENAFLEX_de.pdf", "IFU", "de", IFU_DE),
        ("IFU_VENAFLEX_nl.pdf", "IFU", "nl", IFU_NL),
        ("SSCP-VFX-01.docx", "SSCP", "en", SSCP),
        ("CEAR_NZC-2024-3318.pdf", "CEAR", "en", CEAR),
    ],
    "labels": [],
}
