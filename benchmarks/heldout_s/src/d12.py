# Double-balloon cervical ripening catheter. Class IIa (Rule 5, short-term invasive via body orifice). CECP not applicable. DEFECTIVE.
CEP = """
CLINICAL EVALUATION PLAN – MATERIS Double-Balloon Cervical Ripening Catheter
MT-CEP-01, revision 02, 21/02/2024
Obstetrícia Ibérica S.A., Avenida de Burgos 16, 28036 Madrid, Spain

I. OBJECT
The present plan applies to MATERIS, a silicone catheter 18 Fr, 40 cm, with an intrauterine balloon and a vaginal balloon (each up to 80 ml of saline), for mechanical ripening of the cervix. Classification: invasive device via body orifice for short-term use (up to 12 hours), class IIa, Rule 5. Article 54 is not applicable.

II. INTENDED PURPOSE
Mechanical dilation of the cervix before induction of labour at term (≥ 37+0 weeks) in women with singleton pregnancy in cephalic presentation and unfavourable cervix (Bishop score ≤ 6), in the hospital labour ward with fetal monitoring.

Contraindications: placenta praevia or low-lying placenta; previous caesarean section or other uterine scar; ruptured membranes; active genital infection (herpes); fetal malpresentation; any contraindication to vaginal delivery.

III. OUTCOMES
- Change of Bishop score ≥ 3 points at removal.
- Vaginal delivery within 24 hours: at least non-inferior to dinoprostone.
- Uterine hyperstimulation with fetal heart rate changes: ≤ 2 %.
- Maternal and neonatal infection: not major to prostaglandins.
"""

CER = """
MATERIS Double-Balloon Cervical Ripening Catheter
Clinical Evaluation Report MT-CER-01 · Rev. 03 · 10/06/2024
Obstetrícia Ibérica S.A. · Basic UDI-DI 8436611MTRDB18V · Class IIa (Rule 5)

1. Device description
Silicone catheter 18 Fr with two balloons. The intrauterine balloon is inflated with 40 ml of saline, the catheter is pulled until the balloon rests on the internal os, then the vaginal balloon is inflated with 20 ml, and then both are completed in steps of 20 ml to a maximum of 80 ml each. The catheter is left for a maximum of 12 hours.

2. Intended purpose
Cervical ripening before induction of labour in women at term (37 weeks or more) with singleton cephalic pregnancy and Bishop score of 6 or less, in the hospital. MATERIS is also indicated in women with one previous low-transverse caesarean section who attempt a trial of labour, because mechanical methods do not increase the risk of uterine rupture as prostaglandins do.

3. State of the art
NICE NG207 (2021) and the Cochrane review of de Vaan 2019 show that balloon catheters have similar vaginal birth rates to prostaglandins with less hyperstimulation. Mechanical methods are preferred in women with uterine scar when induction is needed.

4. Clinical data
| Study | Design | N | Result |
| MT-RCT-01 (own) | RCT MATERIS vs dinoprostone insert | 320 | Vaginal delivery in 24 h 61 % vs 59 %; hyperstimulation 0,6 % vs 3,8 % |
| de Vaan 2019 | Cochrane review | 112 trials | Balloon vs PGE2: similar caesarean rate |
| Kehl 2019 | Cohort, previous caesarean | 212 | Uterine rupture 1,9 % |

The Bishop score increased by a mean of 3,9 points. Maternal infection 2,5 % vs 3,1 %; neonatal infection 1,3 % vs 1,2 %. Hyperstimulation with FHR changes 0,6 %. The results are shown in Figure 4 and in Table 6.

5. Benefit-risk
Residual risks: discomfort, vaginal bleeding, spontaneous rupture of membranes, infection, displacement of cord presentation, balloon rupture. Favourable benefit-risk.

6. PMCF
Plan MT-PMCF-01.

7. References
1. Obstetrícia Ibérica. MT-RCT-01 clinical investigation report, 2023.
2. de Vaan MD, et al. Mechanical methods for induction of labour. Cochrane Database Syst Rev 2019;10:CD001233.
3. Kehl S, et al. Balloon catheter induction after previous caesarean. Arch Gynecol Obstet 2019;300:1195-1201.
4. NICE guideline NG207. Inducing labour, 2021.
"""

PMCF = """
PMCF Plan MT-PMCF-01 – MATERIS Double-Balloon Cervical Ripening Catheter – rev. 01 – 12/06/2024

Objectives
1) Rate of vaginal delivery within 24 h in routine use.
2) Maternal and neonatal infection.
3) Satisfaction and pain of women.

Population and setting
Women at term (≥ 37 weeks) with singleton cephalic pregnancy and Bishop ≤ 6. To reflect the current practice of outpatient induction, the catheter will be inserted in the hospital and the women will be discharged home with the catheter in place overnight, returning to the labour ward the next morning.

Sample size
400 women: precision ±5 % on vaginal delivery rate and infection upper confidence limit ≤ 4,5 %.

Timeline
2024-2026, report in Q2/2027.
"""

IFU_EN = """
MATERIS Double-Balloon Cervical Ripening Catheter
Instructions for Use – MT-IFU-EN rev. 4

1. Indications
Mechanical ripening of the cervix before induction of labour in women with a singleton pregnancy in cephalic presentation at 37 weeks of gestation or more, with an unfavourable cervix (Bishop score 6 or less).

2. Contraindications
- Placenta praevia, vasa praevia or low-lying placenta.
- Previous caesarean section or any other uterine scar.
- Ruptured membranes.
- Active genital herpes or other genital infection.
- Non-cephalic presentation or any contraindication to vaginal birth.

3. Warnings
- Only for use in hospital with continuous fetal heart rate monitoring after insertion.
- Do not leave the catheter more than 12 hours.
- Do not inflate each balloon with more than 80 ml.
- Insertion technique: see Figure 3.

5. Technical data
| Item | Value |
| Size | 18 Fr, 40 cm |
| Balloon volume | max. 80 ml each (saline) |
| Material | silicone, latex-free |
| Maximum dwell time | 12 h |

Obstetrícia Ibérica S.A., Madrid · CE 4113
"""

IFU_FR = """
Cathéter à double ballonnet de maturation cervicale MATERIS
Notice d'utilisation – MT-IFU-FR rév. 4

1. Indications
Maturation mécanique du col de l'utérus avant le déclenchement du travail chez les femmes enceintes d'un fœtus unique en présentation céphalique à partir de 37 semaines d'aménorrhée, avec un col défavorable (score de Bishop ≤ 6).

2. Contre-indications
- Placenta praevia, vasa praevia ou placenta bas inséré.
- Antécédent de césarienne ou toute autre cicatrice utérine.
- Rupture des membranes.
- Herpès génital actif ou autre infection génitale.
- Présentation non céphalique ou contre-indication à l'accouchement par voie basse.

3. Avertissements
- Usage exclusivement hospitalier avec surveillance continue du rythme cardiaque fœtal.
- Ne pas laisser le cathéter plus de 12 heures.
- Ne pas gonfler chaque ballonnet avec plus de 80 ml.

4. Caractéristiques techniques
| Élément | Valeur |
| Taille | 18 Fr, 40 cm |
| Volume du ballonnet | max. 80 ml chacun (sérum physiologique) |
| Matériau | silicone, sans latex |
| Durée maximale | 12 h |
"""

IFU_NL = """
MATERIS dubbelballonkatheter voor cervixrijping
Gebruiksaanwijzing – MT-IFU-NL rev. 4

1. Indicaties
Mechanische rijping van de cervix vóór inleiding van de baring bij vrouwen met een eenlingzwangerschap in hoofdligging vanaf 34 weken zwangerschapsduur, met een onrijpe cervix (Bishop-score 6 of lager).

2. Contra-indicaties
- Placenta praevia, vasa praevia of laagliggende placenta.
- Eerdere keizersnede of ander litteken in de baarmoeder.
- Gebroken vliezen.
- Actieve genitale herpes of andere genitale infectie.
- Geen hoofdligging of contra-indicatie voor vaginale baring.

3. Waarschuwingen
- Uitsluitend voor gebruik in het ziekenhuis met continue bewaking van de foetale hartfrequentie.
- De katheter niet langer dan 12 uur laten zitten.
- Elke ballon met niet meer dan 80 ml vullen.

4. Technische gegevens
| Onderdeel | Waarde |
| Maat | 18 Fr, 40 cm |
| Ballonvolume | max. 80 ml per ballon (fysiologisch zout) |
| Materiaal | siliconen, latexvrij |
| Maximale verblijfsduur | 12 uur |
"""

CEAR = """
CEAR – MATERIS Double-Balloon Cervical Ripening Catheter
Notified Body 4113 – Friesland Notified Body B.V., Leeuwarden – ref. FNB-24-0250 – 15/07/2024 – reviewer: drs. E. de Jong

Classification: class IIa, Rule 5, short-term, body orifice. Art. 54: not applicable.

NB summary of intended purpose: cervical ripening before induction of labour at ≥ 37 weeks, singleton, cephalic, Bishop ≤ 6. Hospital only, with CTG. Contraindicated after previous caesarean section.

Finding 1: RCT MT-RCT-01 vs dinoprostone. Non-inferiority shown. Closed.
Finding 2: hyperstimulation lower than PGE2. Closed.
Finding 3: language versions EN, FR, NL checked for indications. No remarks. Closed.

NB conclusion: benefit-risk acceptable.
"""

DOSSIER = {
    "id": "d12",
    "device": "MATERIS Double-Balloon Cervical Ripening Catheter (induction of labour)",
    "device_class": "IIa",
    "docs": [
        ("MT-CEP-01_rev02.docx", "CEP", "en", CEP),
        ("MT-CER-01_rev03.pdf", "CER", "en", CER),
        ("MT-PMCF-01.md", "PMCF-plan", "en", PMCF),
        ("MATERIS_IFU_EN.pdf", "IFU", "en", IFU_EN),
        ("MATERIS_IFU_FR.pdf", "IFU", "fr", IFU_FR),
        ("MATERIS_IFU_NL.docx", "IFU", "nl", IFU_NL),
        ("CEAR_FNB-24-0250.pdf", "CEAR", "en", CEAR),
    ],
    "labels": [
        {"defect": "previous_caesarean_indicated_vs_contraindicated", "category": "intended-use",
         "documents": ["MT-CER-01_rev03.pdf", "MATERIS_IFU_EN.pdf", "MT-CEP-01_rev02.docx"],
         "quotes": ["MATERIS is also indicated in women with one previous low-transverse caesarean section who attempt a trial of labour",
                    "Previous caesarean section or any other uterine scar.",
                    "previous caesarean section or other uterine scar"],
         "description": "The CER indicates the catheter for women with a previous caesarean (trial of labour); CEP, IFUs and CEAR list previous caesarean / uterine scar as a contraindication.",
         "accept": ["population"]},
        {"defect": "pmcf_outpatient_home_overnight", "category": "care-setting",
         "documents": ["MT-PMCF-01.md", "MATERIS_IFU_EN.pdf"],
         "quotes": ["the women will be discharged home with the catheter in place overnight",
                    "Only for use in hospital with continuous fetal heart rate monitoring after insertion."],
         "description": "The PMCF plan sends women home with the catheter in place, while IFU and CEAR restrict use to hospital with continuous fetal monitoring.",
         "accept": ["pmcf"]},
        {"defect": "missing_figures_tables_and_section", "category": "documentation",
         "documents": ["MATERIS_IFU_EN.pdf", "MT-CER-01_rev03.pdf"],
         "quotes": ["Insertion technique: see Figure 3.",
                    "The results are shown in Figure 4 and in Table 6."],
         "description": "The IFU refers to Figure 3 and the CER to Figure 4 and Table 6, none of which exist; the English IFU numbering jumps from section 3 to section 5.",
         "accept": []},
        {"defect": "dutch_ifu_lowers_gestational_age", "category": "language",
         "documents": ["MATERIS_IFU_NL.docx", "MATERIS_IFU_EN.pdf"],
         "quotes": ["in hoofdligging vanaf 34 weken zwangerschapsduur",
                    "in cephalic presentation at 37 weeks of gestation or more"],
         "description": "The Dutch IFU allows use from 34 weeks of gestation (preterm induction); all other documents state term, 37 weeks or more.",
         "accept": ["population"]},
    ],
}
