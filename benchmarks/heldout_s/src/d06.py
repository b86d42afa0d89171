# Resorbable PLLA/PGA craniofacial fixation, class III (Rule 8, absorbed), CECP applies. CLEAN.
CEP = """
# CLINICAL EVALUATION PLAN – CRANIOSORB Paediatric Resorbable Fixation System

Document CS-CEP-2024 · revision 2 · 12/02/2024
Manufacturer: Osteomédica Atlântica, S.A., Avenida da República 1910, 4430-195 Vila Nova de Gaia, Portugal
Basic UDI-DI: 5601234CSORBPX9

## 1. Scope
CRANIOSORB plates (straight, L, T, X, mesh 0,6 mm and 1,0 mm) and screws (Ø 1,5 mm and 2,0 mm, lengths 3 to 6 mm) realized in a copolymer of poly-L-lactic acid and polyglycolic acid (PLLA/PGA 82:18), with taps, drills and the heat-bending bath. Class III, Rule 8 (implantable and wholly absorbed). Article 54(1)(a) applies and the consultation procedure is foreseen.

## 2. Intended purpose
Fixation of bone segments in cranial vault remodelling and fronto-orbital advancement for craniosynostosis in children aged 3 months to 10 years.
Contraindications: active infection at the site; load-bearing use; known sensitivity to polylactide or polyglycolide; patients in whom compliance with postoperative head protection is not possible.

## 3. Benefits, outcome parameters and criteria
| # | Parameter | Acceptance criterion |
| 1 | Stable bony union at 12 months (clinical and CT/radiographic) | ≥ 95 % of patients |
| 2 | Reoperation for implant-related cause up to 24 months | ≤ 3 % |
| 3 | Palpable or visible foreign-body reaction / sterile swelling | ≤ 5 % |
| 4 | Surgical site infection within 90 days | ≤ 3 % |

## 4. Data
Prospective multicentre investigation CS-PED-01 (2019-2023, 24-month follow-up) and literature on PLLA/PGA in paediatric craniofacial surgery. No equivalence claim.
"""

CER = """
CRANIOSORB Paediatric Resorbable Fixation System
Clinical Evaluation Report – CS-CER-2024 rev. 3 – 27/06/2024
Osteomédica Atlântica, S.A. – Vila Nova de Gaia – Basic UDI-DI 5601234CSORBPX9 – Class III

I. EXECUTIVE SUMMARY
The clinical data of 214 children of the investigation CS-PED-01 with 24 months of follow-up and 9 literature publications (1.580 patients) demonstrate that CRANIOSORB reaches the performance and safety acceptance criteria of the CEP.

II. DEVICE DESCRIPTION
Plates and screws of PLLA/PGA 82:18, thickness 0,6 mm or 1,0 mm, heat-formable at 55-60 °C in the water bath. The copolymer keeps about 70 % of its strength at 8 weeks, which is the period of bone healing in the infant skull, and is resorbed by hydrolysis in 12 to 18 months into lactic and glycolic acid that are metabolized to CO2 and water. Absence of metal avoids the transcranial migration described with titanium plates in the growing skull and does not produce artefacts in CT or MRI.

III. INTENDED PURPOSE
CRANIOSORB is used for fixation in cranial vault remodelling and fronto-orbital advancement in patients with craniosynostosis between 3 months and 10 years of age, by paediatric neurosurgeons and craniofacial surgeons in the operating room. Not intended for load-bearing areas.

IV. STATE OF THE ART
Surgical correction of craniosynostosis is the standard to prevent raised intracranial pressure and to correct the deformity; open vault remodelling is performed between 6 and 12 months in most centres and endoscopic strip craniectomy with helmet earlier. Titanium fixation was abandoned in infants due to translocation and need of removal. Resorbable fixation of PLLA/PGA or poly-D,L-lactide is the standard of care, with a reported sterile swelling rate of 0,5 to 4 % and reoperation of 0 to 2 %.

V. CLINICAL DATA
CS-PED-01 enrolled 214 children (median age 9 months, range 3 months to 10 years) in 7 centres in Portugal, Spain and France; the totality of patients completed 12 months and 201 completed 24 months.

Results against the CEP criteria:
- Bony union at 12 months: 98,6 % (211/214) – criterion ≥ 95 %: met.
- Reoperation for implant-related cause at 24 months: 1,0 % (2/201) – criterion ≤ 3 %: met.
- Sterile swelling or foreign-body reaction: 2,8 % (6/214) – criterion ≤ 5 %: met.
- Surgical site infection at 90 days: 1,4 % (3/214) – criterion ≤ 3 %: met.

Literature (9 publications, same copolymer family, paediatric craniofacial): Eppley 2004 (1.883 infants, sterile swelling 0,3 %), Wood 2012 (review), Arnaud 2016 (resorbable vs titanium), and 6 case series. Data of other manufacturers are used for the state of the art only.

VI. BENEFIT-RISK
Residual risks: sterile swelling during resorption, infection, plate palpability, screw breakage at insertion, instability requiring reoperation, dural tear related to drilling. Punctual adverse events of transient swelling resolved without intervention. The benefit-risk is favourable.

VII. PMCF
Plan CS-PMCF-2024: long-term registry to 5 years focused on skull growth and late swelling.

VIII. REFERENCES
1. Osteomédica Atlântica. CS-PED-01 final clinical investigation report, 2023.
2. Eppley BL, et al. Resorbable PLLA-PGA plate and screw fixation in pediatric craniofacial surgery: clinical experience in 1883 patients. Plast Reconstr Surg 2004;114:850-856.
3. Wood RJ, et al. Resorbable fixation in pediatric craniofacial surgery: a review. J Craniofac Surg 2012;23:1124-1129.
4. Arnaud E, et al. Resorbable versus titanium fixation in craniosynostosis. Childs Nerv Syst 2016;32:1101-1108.
"""

PMCF = """
PMCF Plan CS-PMCF-2024 rev. 1 (01/07/2024) – CRANIOSORB Paediatric Resorbable Fixation System

Objectives
a) Confirm the absence of late sterile swelling after 24 months (complete resorption at 12-18 months; follow-up of CS-PED-01 only to 24 months).
b) Evaluate the effect on skull growth (cephalic index, head circumference percentiles) up to 5 years.
c) Confirm reoperation rate in routine use.

Method
Prospective registry CRANIO-REG in 10 European centres, children aged 3 months to 10 years operated for craniosynostosis with CRANIOSORB. Visits at 6 weeks, 12 months, 24 months and 5 years.

Sample size
300 children: to estimate a sterile swelling rate of 3 % with 95 % confidence interval ±1,9 % with 15 % loss.

Timeline
2025-2027 enrolment; last 5-year visit 2032; interim PMCF evaluation report each year.
"""

IFU_EN = """
CRANIOSORB Paediatric Resorbable Fixation System – Instructions for use (English) – CS-IFU rev. 6

Indications
Fixation of bone segments during cranial vault remodelling and fronto-orbital advancement for the treatment of craniosynostosis in children from 3 months up to 10 years of age.

Contraindications
a) Active or suspected infection at the implant site.
b) Load-bearing applications.
c) Known sensitivity to polylactide or polyglycolide.
d) Patients or carers unable to follow postoperative instructions for head protection.

Warnings
- Heat the plates only in the CRANIOSORB water bath at 55-60 °C; overheating reduces strength.
- Always tap before screw insertion; do not use power screwdrivers.
- Transient swelling can appear during resorption (12-18 months).

Technical data
| Item | Specification |
| Material | PLLA/PGA 82:18 |
| Plate thickness | 0,6 mm and 1,0 mm |
| Screw diameter | 1,5 mm and 2,0 mm |
| Screw length | 3–6 mm |
| Resorption | 12–18 months |
| Sterilization | Ethylene oxide, single use |

Osteomédica Atlântica, S.A., Vila Nova de Gaia, Portugal · CE 3502
"""

IFU_FR = """
Système de fixation résorbable pédiatrique CRANIOSORB – Notice d'utilisation (français) – CS-IFU rév. 6

Indications
Fixation des segments osseux lors du remodelage de la voûte crânienne et de l'avancement fronto-orbitaire pour le traitement des craniosténoses chez l'enfant âgé de 3 mois à 10 ans.

Contre-indications
a) Infection active ou suspectée au site d'implantation.
b) Applications soumises à une mise en charge.
c) Sensibilité connue au polylactide ou au polyglycolide.
d) Patients ou aidants incapables de suivre les consignes postopératoires de protection de la tête.

Avertissements
- Chauffer les plaques uniquement dans le bain CRANIOSORB à 55-60 °C ; une surchauffe réduit la résistance.
- Toujours tarauder avant l'insertion de la vis ; ne pas utiliser de tournevis motorisé.
- Un gonflement transitoire peut apparaître pendant la résorption (12 à 18 mois).

Caractéristiques techniques
| Élément | Spécification |
| Matériau | PLLA/PGA 82:18 |
| Épaisseur de plaque | 0,6 mm et 1,0 mm |
| Diamètre de vis | 1,5 mm et 2,0 mm |
| Longueur de vis | 3–6 mm |
| Résorption | 12 à 18 mois |
| Stérilisation | Oxyde d'éthylène, usage unique |
"""

SSCP = """
Summary of Safety and Clinical Performance – CRANIOSORB
SSCP CS-SSCP-2024 rev. 1 – 03/07/2024

Device: CRANIOSORB Paediatric Resorbable Fixation System, Osteomédica Atlântica, S.A. (SRN PT-MF-000009931), Basic UDI-DI 5601234CSORBPX9, class III, NB 3502.

Intended purpose: fixation in cranial vault remodelling and fronto-orbital advancement for craniosynostosis, children 3 months to 10 years. Contraindications: infection, load-bearing use, sensitivity to polylactide/polyglycolide, inability to follow head-protection instructions.

Residual risks and side effects: transient sterile swelling (2,8 %), infection (1,4 %), plate palpability, screw breakage, reoperation (1,0 %), dural tear.

Clinical performance: bony union at 12 months in 98,6 % of 214 children (CS-PED-01).

PMCF: registry of 300 children to 5 years.
"""

CEAR = """
CLINICAL EVALUATION ASSESSMENT REPORT
Notified Body 3502 – Holland Implant Certification B.V., Nijmegen. Dossier HIC-2024-061. Reviewer: dr. A. Smit. 26/08/2024.

Device: CRANIOSORB Paediatric Resorbable Fixation System. Class III, Rule 8, fully resorbable implant. Art. 54(1)(a): yes. Exemptions: none.

Intended purpose per NB: fixation in cranial vault remodelling / fronto-orbital advancement, craniosynostosis, children 3 months–10 years. Not load-bearing.

Finding 1: four CEP criteria, all reported in CER section V with numerators. Closed.
Finding 2: 24-month follow-up shorter than the time to detect late growth effects. PMCF objective b) to 5 years. Closed.
Finding 3: SSCP residual risks compared with IFU and CER. Consistent. Closed.

NB conclusion: sufficient clinical evidence; benefit-risk acceptable; refer to expert panel.
"""

DOSSIER = {
    "id": "d06",
    "device": "CRANIOSORB Paediatric Resorbable Fixation System (PLLA/PGA plates and screws for craniosynostosis)",
    "device_class": "III",
    "docs": [
        ("CS-CEP-2024.md", "CEP", "en", CEP),
        ("CS-CER-2024_rev3.pdf", "CER", "en", CER),
        ("CS-PMCF-2024.docx", "PMCF-plan", "en", PMCF),
        ("CRANIOSORB_IFU_en.pdf", "IFU", "en", IFU_EN),
        ("CRANIOSORB_IFU_fr.docx", "IFU", "fr", IFU_FR),
        ("CS-SSCP-2024.pdf", "SSCP", "en", SSCP),
        ("CEAR_HIC-2024-061.docx", "CEAR", "en", CEAR),
    ],
    "labels": [],
}
