from common import doc, label

ID = "q05_interatrial_shunt"
CEP = "AV-CEP-03_rev4_Clinical_Evaluation_Plan.pdf"
CER = "AV-CER-03_rev2_Clinical_Evaluation_Report.pdf"
PMCF = "AV-PMCF-03_PMCF_plan.docx"
IFU_EN = "AtriaVent_IFU_EN.docx"
IFU_FR = "AtriaVent_IFU_FR.pdf"
IFU_NL = "AtriaVent_IFU_NL.pdf"
SSCP = "AtriaVent_SSCP.md"
CEAR = "CEAR_2874-25-0177.docx"

SE_EN = [
    "bleeding or haematoma at the femoral access site",
    "cardiac perforation and tamponade",
    "embolisation of the implant",
    "stroke, transient ischaemic attack or other embolism",
    "atrial fibrillation or flutter",
    "thrombus on the implant or occlusion of the shunt",
    "worsening of right ventricular function",
]

INDIC_EN = ("Adults 40 y.o. and older with symptomatic heart failure with preserved ejection fraction "
            "(LVEF 50 % or more), NYHA class II–IV ambulatory, despite guideline-directed medical therapy, "
            "with exercise pulmonary capillary wedge pressure of 25 mmHg or more and wedge–right atrial "
            "pressure gradient of 5 mmHg or more, without latent pulmonary vascular disease (peak exercise "
            "PVR below 1,74 Wood units) and without pacemaker or defibrillator.")

cep = r"""
# Clinical Evaluation Plan – AtriaVent interatrial shunt system
Document AV-CEP-03, revision 4, date 2025-02-11. Nordvig Cardio A/S, Hjallesevej 112, 5230 Odense M, Denmark.
## 1. Product
AtriaVent is permanent implant of nitinol (double disc) with central opening of 8 mm, creating left-to-right shunt in the interatrial septum to decompress left atrium. Delivered transfemorally through the venous system and transseptal puncture, with 16 F delivery system, under TOE or ICE guidance. Class III acc. to Rule 8 (contact with heart). Basic UDI-DI 5790004567890AVIAS8.
## 2. Indications to use and patient group
""" + INDIC_EN + r"""
## 3. Contraindications to use
a) right ventricular dysfunction (TAPSE below 14 mm);
b) pulmonary vascular resistance at rest 3,5 Wood units or more;
c) atrial septal defect, previous septal closure device or septal surgery;
d) intracardiac thrombus;
e) severe valve disease;
f) myocardial infarction or stroke within last 6 mo.;
g) contraindication to antiplatelet or anticoagulant therapy; nickel allergy;
h) femoral vein or inferior vena cava not passable.
## 4. Clinical benefits and outcome parameters
- reduction of exercise PCWP (invasive haemodynamics, 1 mo.);
- improvement of KCCQ overall summary score and NYHA class (6 and 12 mo.);
- reduction of heart failure hospitalisations (12 and 24 mo.).
## 5. Acceptance criteria
- MACCRE (cardiac death, stroke, device-related reintervention) at 6 mo.: max. 5 %;
- shunt patency at 12 mo. (TOE): min. 95 %;
- mean KCCQ improvement at 12 mo.: min. 5 points versus baseline.
## 6. Clinical data sources
Clinical investigation of own product AV-PIVOT (planned 120 pcs. patients) and literature. Equivalence is not intended as main route.
"""

cer = r"""
# Clinical Evaluation Report – AtriaVent interatrial shunt system
AV-CER-03, revision 2, 2025-04-15. Evaluation acc. to CEP AV-CEP-03 revision 2 of 2024-10-01.
## 1. Product description
The AtriaVent implant is a nitinol double-disc frame with 8 mm central lumen, implanted in the interatrial septum by transfemoral venous access and transseptal puncture (16 F system). The left-to-right flow lowers left atrial pressure at rest and during exercise. Class III, Rule 8; the consultation procedure acc. to Art. 54(1)(a) applies.
## 2. Intended purpose and population
""" + INDIC_EN + r"""
Contraindications to use are listed in IFU chapter 4.
## 3. State of the art
HFpEF represents approx. half of heart failure cases. Medical therapy with SGLT2 inhibitors reduces HF hospitalisations; diuretics for congestion. Elevated left atrial pressure during exercise is main driver of dyspnoea. Interatrial shunting was studied in REDUCE LAP-HF II: no benefit in the overall population, but a responder profile (no latent pulmonary vascular disease, no pacemaker) was identified.
## 4. Equivalence
AtriaVent is declared equivalent to the Corvia Interatrial Shunt Device (IASD System II) of Corvia Medical Inc., which has the same nitinol double-disc design and 8 mm opening, same transseptal implantation and same population.
Technical and biological characteristics of the equivalent device were taken from publications and the publicly available FDA summary; no contract with its manufacturer exists.
Therefore clinical data of REDUCE LAP-HF I and II are used as clinical data of AtriaVent.
## 5. Clinical data
| Study | Product | N | Follow-up | Result |
| Feldman 2018 (REDUCE LAP-HF I) [1] | IASD (equivalent) | 44 | 1 mo. | exercise PCWP reduced vs sham |
| Shah 2022 (REDUCE LAP-HF II) [2] | IASD (equivalent) | 626 | 24 mo. | neutral overall; benefit in responder profile |
| Borlaug 2022 [3] | IASD (equivalent) | 626 | 24 mo. | responder analysis |
| AV-FIH | AtriaVent | 10 | 6 mo. | implantation success 10/10, all shunts patent |
## 6. Safety
In REDUCE LAP-HF II, MACCRE at 12 mo. were 4,4 % (no difference to sham). In AV-FIH no device-related serious event. In the responder profile of REDUCE LAP-HF II, KCCQ improved by 5,6 points more than sham and HF events were fewer; in AV-FIH, NYHA class improved by 1 class in 6 of 10 patients.
## 7. Acceptance criteria
Acceptance criteria are met based on the equivalent device data (MACCRE 4,4 %, patency 100 % in AV-FIH, KCCQ responder benefit).
## 8. Residual risks and side effects
""" + "\n".join("- " + s for s in SE_EN) + r"""
## 9. Conclusion
Benefit-risk is positive for the responder population. PMCF acc. to AV-PMCF-03.
## References
[1] Feldman T, Mauri L, Kahwash R, et al. Transcatheter interatrial shunt device for the treatment of heart failure with preserved ejection fraction (REDUCE LAP-HF I). Circulation 2018;137:364–375.
[2] Shah SJ, Borlaug BA, Chung ES, et al. Atrial shunt device for heart failure with preserved and mildly reduced ejection fraction (REDUCE LAP-HF II). Lancet 2022;399:1130–1140.
[3] Borlaug BA, Blair J, Bergmann MW, et al. Latent pulmonary vascular disease may alter the response to therapeutic atrial shunt device in heart failure. Circulation 2022;145:1592–1604.
"""

pmcf = r"""
# PMCF Plan – AtriaPass interatrial shunt
AV-PMCF-03, version 1, 2025-04-20. Manufacturer Nordvig Cardio A/S. Related CER AV-CER-03 revision 2.
## 1. General objective
Confirm safety and performance of the product during its lifetime.
## 2. PMCF activities
a) Yearly online questionnaire to implanting cardiologists about satisfaction with the product and observed complications.
b) Review of complaints and vigilance reports.
c) Literature search once per year.
## 3. Sample size
Sample size: not applicable for survey; all answers received will be analysed.
## 4. Timeline
Questionnaire is sent in January every year. Results are summarised in PSUR.
"""

ifu_en = r"""
# AtriaVent interatrial shunt – Instructions for Use
IFU-AV-EN, revision D, 2025-03. Nordvig Cardio A/S, Hjallesevej 112, 5230 Odense M, Denmark. CE 2874. Single use, sterile (EO). Basic UDI-DI 5790004567890AVIAS8.
## 1. Description
Nitinol double-disc implant with 8 mm central opening, pre-loaded on 16 F delivery system.
## 2. Intended purpose
Creation of a permanent interatrial left-to-right shunt to reduce left atrial pressure in heart failure.
## 3. Indications to use and patient group
""" + INDIC_EN.replace("1,74", "1.74") + r"""
## 4. Contraindications to use
- right ventricular dysfunction (TAPSE below 14 mm)
- pulmonary vascular resistance at rest 3.5 Wood units or more
- atrial septal defect, previous septal closure device or septal surgery
- intracardiac thrombus
- severe valve disease
- myocardial infarction or stroke within the last 6 months
- contraindication to antiplatelet or anticoagulant therapy; nickel allergy
- femoral vein or inferior vena cava not passable
## 5. Warnings
- Implantation only in hospitals with cardiac surgery on site, by interventional cardiologists trained by the manufacturer.
- Antiplatelet therapy (aspirin and clopidogrel) for 6 months, aspirin lifelong, unless anticoagulation is indicated.
- MR conditional (1.5 T and 3 T).
## 6. Side effects and residual risk
""" + "\n".join("- " + s for s in SE_EN) + r"""
## 7. Technical data
| Parameter | Value |
| Implant material | Nitinol |
| Central opening | 8 mm |
| Disc diameter left / right | 19 mm / 19 mm |
| Delivery system | 16 F, 90 cm |
| Septal thickness suitable | up to 10 mm |
"""

ifu_fr = r"""
# Shunt interauriculaire AtriaVent – Notice d'utilisation
IFU-AV-FR, révision D, 2025-03. Nordvig Cardio A/S, Hjallesevej 112, 5230 Odense M, Danemark. CE 2874. Usage unique, stérile (OE).
## 1. Description
Implant en nitinol à double disque avec une ouverture centrale de 8 mm, pré-chargé sur un système de pose 16 F.
## 2. Destination
Création d'un shunt interauriculaire gauche-droite permanent pour réduire la pression auriculaire gauche dans l'insuffisance cardiaque.
## 3. Indications et population de patients
Adultes de 40 ans et plus atteints d'insuffisance cardiaque symptomatique à fraction d'éjection préservée (FEVG de 50 % ou plus), classe NYHA II–IV ambulatoire, malgré un traitement médical optimal, avec une pression capillaire pulmonaire d'effort de 25 mmHg ou plus et un gradient pression capillaire – pression auriculaire droite de 5 mmHg ou plus, sans maladie vasculaire pulmonaire latente (RVP d'effort maximale inférieure à 1,74 unités Wood) et sans stimulateur ou défibrillateur.
## 4. Contre-indications
- dysfonction ventriculaire droite (TAPSE inférieur à 14 mm)
- résistance vasculaire pulmonaire au repos de 3,5 unités Wood ou plus
- communication interauriculaire, dispositif de fermeture septale ou chirurgie septale antérieurs
- thrombus intracardiaque
- valvulopathie sévère
- infarctus du myocarde ou accident vasculaire cérébral au cours des 6 derniers mois
- contre-indication au traitement antiplaquettaire ou anticoagulant ; allergie au nickel
- veine fémorale ou veine cave inférieure non franchissable
## 5. Mises en garde
- Implantation uniquement dans des établissements disposant d'une chirurgie cardiaque sur place, par des cardiologues interventionnels formés par le fabricant.
- Traitement antiplaquettaire (aspirine et clopidogrel) pendant 6 mois, aspirine à vie, sauf indication d'anticoagulation.
- Compatible IRM sous conditions (1,5 T et 3 T).
## 6. Effets indésirables et risques résiduels
- saignement ou hématome au site d'accès fémoral
- perforation cardiaque et tamponnade
- embolisation de l'implant
- accident vasculaire cérébral, accident ischémique transitoire ou autre embolie
- fibrillation ou flutter auriculaire
- thrombus sur l'implant ou occlusion du shunt
- aggravation de la fonction ventriculaire droite
## 7. Caractéristiques techniques
| Paramètre | Valeur |
| Matériau de l'implant | Nitinol |
| Ouverture centrale | 8 mm |
| Diamètre des disques gauche / droit | 19 mm / 19 mm |
| Système de pose | 16 F, 90 cm |
| Épaisseur septale admise | jusqu'à 10 mm |
"""

ifu_nl = r"""
# AtriaVent interatriale shunt – Gebruiksaanwijzing
IFU-AV-NL, revisie D, 2025-03. Nordvig Cardio A/S, Hjallesevej 112, 5230 Odense M, Denemarken. CE 2874. Voor eenmalig gebruik, steriel (EO).
## 1. Beschrijving
Nitinol implantaat met dubbele schijf en een centrale opening van 8 mm, voorgeladen op een 16 F plaatsingssysteem.
## 2. Beoogd doel
Aanleggen van een permanente interatriale links-rechts shunt om de linkerboezemdruk bij hartfalen te verlagen.
## 3. Indicaties en patiëntengroep
Volwassenen van 40 jaar en ouder met symptomatisch hartfalen met behouden ejectiefractie (LVEF 50 % of meer), NYHA-klasse II–IV ambulant, ondanks richtlijnconforme medicamenteuze therapie, met een wiggedruk bij inspanning van 25 mmHg of meer en een gradiënt wiggedruk–rechterboezemdruk van 5 mmHg of meer, zonder latente pulmonale vaatziekte (PVR bij maximale inspanning lager dan 1,74 Wood-eenheden) en zonder pacemaker of defibrillator.
## 4. Contra-indicaties
- rechterventrikeldisfunctie (TAPSE lager dan 14 mm)
- pulmonale vaatweerstand in rust van 3,5 Wood-eenheden of meer
- atriumseptumdefect, eerder septumsluitend implantaat of septumchirurgie
- intracardiale trombus
- ernstige klepaandoening
- myocardinfarct of beroerte in de afgelopen 6 maanden
- contra-indicatie voor plaatjesremmers of antistolling; nikkelallergie
- vena femoralis of vena cava inferior niet passeerbaar
## 5. Waarschuwingen
- Implantatie alleen in ziekenhuizen met hartchirurgie ter plaatse, door interventiecardiologen die door de fabrikant zijn opgeleid.
- Plaatjesremmers (aspirine en clopidogrel) gedurende 6 maanden, aspirine levenslang, tenzij antistolling is geïndiceerd.
- MR-conditioneel (1,5 T en 3 T).
## 6. Bijwerkingen en restrisico's
- bloeding of hematoom op de femorale punctieplaats
- hartperforatie en tamponnade
- embolisatie van het implantaat
- beroerte, TIA of andere embolie
- atriumfibrilleren of atriumflutter
- trombus op het implantaat of afsluiting van de shunt
- verslechtering van de rechterventrikelfunctie
## 7. Technische gegevens
| Parameter | Waarde |
| Materiaal implantaat | Nitinol |
| Centrale opening | 8 mm |
| Schijfdiameter links / rechts | 19 mm / 19 mm |
| Plaatsingssysteem | 16 F, 90 cm |
| Geschikte septumdikte | tot 10 mm |
"""

sscp = r"""
# Summary of Safety and Clinical Performance – AtriaVent interatrial shunt
AV-SSCP-03, revision 1, 2025-04-22
## 1. Device identification
| Item | Content |
| Trade name | AtriaVent interatrial shunt system |
| Manufacturer | Nordvig Cardio A/S, Odense, Denmark (SRN DK-MF-000027718) |
| Basic UDI-DI | 5790004567890AVIAS8 |
| Class | III, Rule 8 |
| Notified Body | BEEM, 2874 |
## 2. Intended use and indications
Permanent interatrial left-to-right shunt to reduce left atrial pressure. Target population: adults aged 40 years and older with HFpEF (LVEF ≥ 50 %), NYHA II–IV ambulatory, exercise PCWP ≥ 25 mmHg, gradient PCWP–RAP ≥ 5 mmHg, peak exercise PVR < 1.74 WU, without pacemaker or defibrillator.
## 3. Risks
| Undesirable effect | Frequency (source) |
| Bleeding or haematoma at the femoral access site | 2.1 % (REDUCE LAP-HF II) |
| Cardiac perforation and tamponade | 0.3 % (REDUCE LAP-HF II) |
| Embolisation of the implant | 0 % |
| Stroke, transient ischaemic attack or other embolism | 1.0 % at 12 months |
| Atrial fibrillation or flutter | 5.8 % |
| Thrombus on the implant or occlusion of the shunt | 0 % in AV-FIH (10 patients) |
| Worsening of right ventricular function | reported in subgroup with pulmonary vascular disease |
## 4. Clinical evidence
Based on equivalence with IASD System II (Corvia Medical) and own first-in-human study AV-FIH (10 patients, 6 months).
## 5. PMCF
Yearly survey of implanting physicians, complaint review, literature search.
"""

cear = r"""
# Clinical Evaluation Assessment Report
BEEM – Notified Body 2874, Paris. CEAR-2874-25-0177, version 1, 30.05.2025.
## Section A – Administrative particulars
| Item | Content |
| Device name | AtriaPass interatrial shunt, 8 mm |
| Manufacturer | Nordvig Cardio A/S, DK-MF-000027718 |
| Risk class | III, Rule 8, implantable |
| Type of assessment | Initial certification |
| CER | AV-CER-03 revision 2 of 2025-04-15 |
| CEP | AV-CEP-03 revision 4 of 2025-02-11 |
## Section C – Intended purpose
Creation of a permanent interatrial shunt to reduce left atrial pressure, in adults aged 40 years and above with HFpEF, NYHA II–IV ambulatory, with elevated exercise wedge pressure, without latent pulmonary vascular disease and without pacemaker or defibrillator.
## Section C – Equivalence
The manufacturer claims equivalence with a device of another manufacturer. The Notified Body notes the design similarity.
Observation n°1: the manufacturer is invited to detail the sizing of the 8 mm opening in the CER. Closed.
## Section F – PMCF
The PMCF plan AV-PMCF-03 is noted.
## Section I – CECP
The device is a class III implantable device; the consultation procedure applies in the frame of Article 54(1)(a). The present report is transmitted to the expert panel.
## Conclusion
The Notified Body considers the clinical evidence sufficient, subject to the expert panel opinion.
"""

DOSSIER = {
    "id": ID,
    "device": "AtriaVent interatrial shunt implant for HFpEF",
    "device_class": "III",
    "docs": {
        CEP: doc("CEP", "en", "AV-CEP-03 rev. 4", cep),
        CER: doc("CER", "en", "AV-CER-03 rev. 2 – Nordvig Cardio A/S", cer),
        PMCF: doc("PMCF-plan", "en", "AV-PMCF-03 v1", pmcf),
        IFU_EN: doc("IFU", "en", "IFU-AV-EN rev. D", ifu_en),
        IFU_FR: doc("IFU", "fr", "IFU-AV-FR rév. D", ifu_fr),
        IFU_NL: doc("IFU", "nl", "IFU-AV-NL rev. D", ifu_nl),
        SSCP: doc("SSCP", "en", "AV-SSCP-03 rev. 1", sscp),
        CEAR: doc("CEAR", "en", "BEEM 2874 – CEAR-2874-25-0177", cear),
    },
    "labels": [
        label("trade_name_differs_pmcf_cear", "device-identity", [CEAR, PMCF, CER],
              ["AtriaPass interatrial shunt, 8 mm",
               "PMCF Plan – AtriaPass interatrial shunt",
               "Clinical Evaluation Report – AtriaVent interatrial shunt system"],
              "The CEAR and the PMCF plan name the device 'AtriaPass'; the CEP, CER, IFUs and SSCP call it 'AtriaVent'. No alias is declared."),
        label("equivalence_competitor_no_contract", "evidence", [CER, CEAR],
              ["AtriaVent is declared equivalent to the Corvia Interatrial Shunt Device (IASD System II) of Corvia Medical Inc.",
               "no contract with its manufacturer exists",
               "The manufacturer claims equivalence with a device of another manufacturer."],
              "For a class III implant, the CER rests its clinical evidence on equivalence to a competitor's device using only public information, with no contract granting access to the technical documentation (MDR Art. 61(5)); the planned own pivotal study is not reported and the CEAR does not challenge this."),
        label("pmcf_survey_only_no_sample_size", "pmcf", [PMCF],
              ["Yearly online questionnaire to implanting cardiologists about satisfaction with the product and observed complications.",
               "Sample size: not applicable for survey; all answers received will be analysed.",
               "Confirm safety and performance of the product during its lifetime."],
              "PMCF for a novel class III implant relies on a physician satisfaction survey with a generic objective, no sample size, no endpoints and no link to residual risks or open questions (e.g. shunt patency, RV function)."),
        label("cep_revision_mismatch", "documentation", [CER, CEP],
              ["Evaluation acc. to CEP AV-CEP-03 revision 2 of 2024-10-01.",
               "Document AV-CEP-03, revision 4, date 2025-02-11."],
              "The CER states it follows CEP revision 2 of 2024-10-01, but the CEP supplied (and listed in the CEAR) is revision 4 of 2025-02-11."),
    ],
}
