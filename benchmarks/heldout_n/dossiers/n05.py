"""n05: target-controlled infusion pump for propofol and remifentanil (class IIb, Rule 12). Defective."""

MFR = "Fennick Anaesthesia Systems Ltd"
UDI = "0539660400SOMSP7TCIW"
NB = "Notified Body 2947, Medizert Süd GmbH"

CEP = f"""
= Clinical Evaluation Plan: Somnara SP-7 TCI Syringe Pump

FAS-CEP-021, Version 1.0, 2 September 2024. {MFR}, Smithstown Industrial Estate, Shannon, Co. Clare V14 H972, Ireland. Basic UDI-DI: {UDI}.

# 1. Device

1.1 The Somnara SP-7 is a mains- and battery-powered syringe pump with target-controlled infusion (TCI) software, intended to deliver propofol and remifentanil for general anaesthesia and sedation. The pump computes infusion rates from population pharmacokinetic models to reach and maintain a plasma or effect-site concentration set by the anaesthetist.

1.2 Classification: class IIb, Annex VIII Rule 12, active device administering medicinal products in a potentially hazardous manner.

# 2. Intended purpose and population

2.1 The SP-7 is intended for the intravenous administration of propofol and remifentanil by target-controlled or manual infusion, for induction and maintenance of general anaesthesia and for procedural sedation, in adults and in children aged 1 year and above with a body weight of 10 kg or more, operated by anaesthetists or by appropriately trained staff under their supervision, in operating theatres, anaesthetic rooms and critical care units.

# 3. Outcome parameters

| Parameter | Acceptance criterion | Notes |
|---|---|---|
| Delivery accuracy at 1-1200 ml/h | ± 2 % by volume | Bench, IEC 60601-2-24 |
| Median performance error (measured vs predicted propofol concentration) | Within ± 20 % | Literature benchmark for Marsh/Schnider |
| Median absolute performance error | 30 % or less | As above |
| Serious adverse events related to infusion errors | No higher than manual infusion | PMS and literature |

# 4. Data sources

Bench verification, published clinical performance of the Marsh, Schnider and Minto models, usability validation and post-market data of the predecessor SP-5 pump.
"""

CER = f"""
= Clinical Evaluation Report: Somnara SP-7 TCI Syringe Pump

FAS-CER-021, Revision 2, 14 January 2025. Manufacturer: {MFR}, Shannon, Ireland. Basic UDI-DI {UDI}. Author: Dr A. Pemberton, Clinical Scientist.

# 1 Regulatory status

1.1 The SP-7 is a class IIb active device under Rule 12 of Annex VIII. As the device does not itself contain a medicinal product and is neither implantable nor class III, the consultation procedure of Article 54 is not considered to apply, and the certification is expected to proceed under Annex IX without referral to an expert panel.

# 2 Description and intended purpose

2.1 The Somnara SP-7 accepts 50 ml and 60 ml Luer-lock syringes of validated brands and delivers rates from 0.1 to 1200 ml/h in 0.1 ml/h steps. Target-controlled infusion is available with the following pharmacokinetic models: Marsh and Schnider for propofol, and Minto for remifentanil. Manual infusion in ml/h or in mg/kg/h (propofol) and µg/kg/min (remifentanil) is also available.

2.2 The intended purpose is the intravenous administration of propofol and remifentanil by TCI or manual infusion for general anaesthesia and procedural sedation in adults and children from 1 year of age weighing 10 kg or more, by anaesthetists or trained staff under their supervision, in operating theatres, anaesthetic rooms and critical care units.

# 3 State of the art

3.1 TCI of propofol has been in clinical use in Europe since the 1990s and is recommended in current national guidance for total intravenous anaesthesia (Nimmo et al., 2019). Pharmacokinetic model performance is expressed by the median performance error (MDPE) and median absolute performance error (MDAPE); values of MDPE within ± 20 % and MDAPE of 30 % or less are generally considered clinically acceptable (Varvel et al., 1992). The Marsh and Schnider models were derived in adults, the Schnider model in volunteers aged 25 to 81 years, and the Minto model for remifentanil in adults aged 20 to 85 years (Minto et al., 1997); paediatric models (e.g. Kataria, Paedfusor, Eleveld) have been developed separately for children.

# 4 Clinical data

| Ref. | Study | Population | Result | Notes |
|---|---|---|---|---|
| [1] | Predecessor SP-5 PMS 2018-2024 | About 1.9 million infusions | 3 serious incidents (syringe misloading) | Same pumping mechanism |
| [2] | Masui et al. (2010), Marsh vs Schnider | 60 adults | MDPE -7 % to +18 %; MDAPE 21-29 % | Model performance |
| [3] | Minto et al. (1997) | 65 adults | Remifentanil model derivation | Model performance |
| [4] | Usability validation FAS-UV-021 | 18 anaesthetists, 12 ODPs | No critical use errors | IEC 62366-1 |

4.1 The evidence is judged sufficient to show that the SP-7 delivers the computed infusion accurately and that the implemented models perform within accepted limits.

# 5 Residual risks

Over-infusion or under-infusion due to syringe misloading, incorrect drug or concentration entry, or siphoning; awareness from under-dosing; haemodynamic instability or respiratory depression from over-dosing; occlusion with bolus release on its resolution; pharmacokinetic model error in individual patients.

# 6 PMCF

PMCF per plan FAS-PMCF-021.

# 7 References

[1] Fennick Anaesthesia Systems. SP-5 post-market surveillance report PSR-SP5-2024. 2024.

[2] Masui K, Upton RN, Doufas AG, et al. The performance of compartmental and physiologically based recirculatory pharmacokinetic models for propofol. Anesth Analg. 2010;111(2):368-79.

[3] Minto CF, Schnider TW, Egan TD, et al. Influence of age and gender on the pharmacokinetics and pharmacodynamics of remifentanil. Anesthesiology. 1997;86(1):10-23.

[4] Fennick Anaesthesia Systems. Usability validation report FAS-UV-021. 2024.

[5] Nimmo AF, Absalom AR, Bagshaw O, et al. Guidelines for the safe practice of total intravenous anaesthesia (TIVA). Anaesthesia. 2019;74(2):211-24.

[6] Varvel JR, Donoho DL, Shafer SL. Measuring the predictive performance of computer-controlled infusion pumps. J Pharmacokinet Biopharm. 1992;20(1):63-94.
"""

PMCF = f"""
= PMCF Plan: Somnara SP-7

FAS-PMCF-021, Version 1.1, 20 January 2025. {MFR}.

# 1 Objectives

1.1 To confirm, in routine use, the absence of unexpected infusion-related adverse events, and to collect user feedback on the TCI workflow.

# 2 Study population and setting

2.1 Patients receiving propofol and/or remifentanil via the SP-7 will be enrolled at six community dental sedation clinics and two home-based palliative care services, where the pump will be used for conscious sedation and end-of-life symptom control.

# 3 Methods and sample size

3.1 A prospective observational study of 400 infusions, recording predicted concentrations, sedation scores (Ramsay), adverse events and device alarms. A sample of 400 infusions allows an adverse event with a true incidence of 0.75 % to be observed at least once with 95 % probability.

# 4 Timeline

4.1 Q2 2025 to Q4 2026, with the PMCF evaluation report in Q1 2027.
"""

IFU_EN = f"""
= Somnara SP-7 TCI Syringe Pump: Instructions for Use

{MFR}, Shannon, Ireland. Basic UDI-DI {UDI}. FAS-IFU-021-EN issue 3.

# 1 Intended use

The SP-7 is intended for intravenous infusion of propofol and remifentanil by target-controlled or manual infusion for general anaesthesia and procedural sedation.

# 2 Patient population

Adults, and children from 1 year of age whose body weight is 10 kg (1 st 8 lb) or more.

# 3 Users and environment

Anaesthetists, or trained staff under the direct supervision of an anaesthetist, in operating theatres, anaesthetic rooms and critical care units.

# 4 Contraindications

- Use of the TCI models with drugs or concentrations other than those listed in Section 9.
- Infusion of any drug other than propofol or remifentanil in TCI mode.

# 5 Warnings

- Confirm the drug, concentration and patient data before starting TCI; an error in weight or age directly changes the delivered dose.
- Use only validated syringe brands and a dedicated cannula or a line with an anti-reflux valve.
- Keep the pump at the level of the patient's heart to avoid siphoning.

# 6 Occlusion alarms

6.1 Where repeated downstream occlusion alarms interrupt induction, the occlusion alarm may be switched off in the Options menu for the remainder of the case, so that the infusion continues without further interruption.

# 7 Side-effects of the administered drugs

Hypotension, bradycardia, respiratory depression and apnoea, awareness with under-dosing, pain on injection (propofol), muscle rigidity (remifentanil).

# 8 Technical data

| Parameter | Value |
|---|---|
| Syringes | 50 ml and 60 ml, validated brands |
| Flow rate | 0.1-1200 ml/h, steps 0.1 ml/h |
| Accuracy | ± 2 % |
| TCI models | Marsh, Schnider (propofol); Minto (remifentanil) |
| Propofol target range | 0.5-15 µg/ml |
| Remifentanil target range | 0.5-20 ng/ml |
| Battery | 8 h at 5 ml/h |

# 9 Drugs and concentrations

Propofol 10 mg/ml or 20 mg/ml; remifentanil 20 µg/ml or 50 µg/ml.
"""

IFU_DE = f"""
= Somnara SP-7 TCI-Spritzenpumpe: Gebrauchsanweisung

{MFR}, Shannon, Irland. Basic UDI-DI {UDI}. FAS-IFU-021-DE Ausgabe 3.

# 1 Zweckbestimmung

Die SP-7 ist für die intravenöse Infusion von Propofol und Remifentanil als zielgesteuerte (TCI) oder manuelle Infusion zur Allgemeinanästhesie und Analgosedierung bestimmt.

# 2 Patientenpopulation

Erwachsene sowie Kinder ab 1 Jahr mit einem Körpergewicht von mindestens 10 kg.

# 3 Anwender und Umgebung

Anästhesisten oder geschultes Personal unter direkter Aufsicht eines Anästhesisten, im Operationssaal, im Einleitungsraum und auf der Intensivstation.

# 4 Kontraindikationen

- Anwendung der TCI-Modelle mit anderen als den in Abschnitt 9 aufgeführten Arzneimitteln oder Konzentrationen.
- Infusion anderer Arzneimittel als Propofol oder Remifentanil im TCI-Modus.

# 5 Warnhinweise

- Arzneimittel, Konzentration und Patientendaten vor Beginn der TCI bestätigen; ein Fehler bei Gewicht oder Alter verändert direkt die abgegebene Dosis.
- Nur validierte Spritzenmarken und einen separaten Zugang oder eine Leitung mit Rückschlagventil verwenden.
- Die Pumpe auf Herzhöhe des Patienten halten, um Siphoneffekte zu vermeiden.

# 6 Okklusionsalarme

Wenn wiederholte Okklusionsalarme die Einleitung unterbrechen, kann der Okklusionsalarm im Menü Optionen für den Rest des Eingriffs ausgeschaltet werden.

# 7 Nebenwirkungen der verabreichten Arzneimittel

Hypotonie, Bradykardie, Atemdepression und Apnoe, Awareness bei Unterdosierung, Injektionsschmerz (Propofol), Muskelrigidität (Remifentanil).

# 8 Technische Daten

| Parameter | Wert |
|---|---|
| Förderrate | 0,1-1200 ml/h |
| TCI-Modelle | Marsh, Schnider (Propofol); Minto (Remifentanil) |
| Genauigkeit | ± 2 % |

# 9 Arzneimittel und Konzentrationen

Propofol 10 mg/ml oder 20 mg/ml; Remifentanil 20 µg/ml oder 50 µg/ml.
"""

IFU_NL = f"""
= Somnara SP-7 TCI-spuitpomp: Gebruiksaanwijzing

{MFR}, Shannon, Ierland. Basic UDI-DI {UDI}. FAS-IFU-021-NL uitgave 3.

# 1 Beoogd gebruik

De SP-7 is bestemd voor intraveneuze infusie van propofol en remifentanil via doelgestuurde (TCI) of handmatige infusie voor algehele anesthesie en procedurele sedatie.

# 2 Patiëntenpopulatie

Volwassenen en kinderen vanaf 1 jaar met een lichaamsgewicht van 10 kg of meer.

# 3 Gebruikers en omgeving

Anesthesiologen, of getraind personeel onder direct toezicht van een anesthesioloog, op de operatiekamer, de inleidingsruimte en de intensive care.

# 4 Contra-indicaties

- Gebruik van de TCI-modellen met andere geneesmiddelen of concentraties dan vermeld in paragraaf 9.
- Infusie van andere geneesmiddelen dan propofol of remifentanil in TCI-modus.

# 5 Waarschuwingen

- Controleer geneesmiddel, concentratie en patiëntgegevens vóór de start van TCI; een fout in gewicht of leeftijd verandert direct de toegediende dosis.
- Gebruik alleen gevalideerde spuitmerken en een aparte infuuslijn of een lijn met terugslagklep.
- Houd de pomp op hartniveau van de patiënt om hevelwerking te voorkomen.

# 6 Occlusiealarmen

Bij herhaalde occlusiealarmen tijdens de inleiding kan het occlusiealarm in het menu Opties worden uitgeschakeld voor de rest van de ingreep.

# 7 Bijwerkingen van de toegediende geneesmiddelen

Hypotensie, bradycardie, ademhalingsdepressie en apneu, awareness bij onderdosering, injectiepijn (propofol), spierrigiditeit (remifentanil).

# 8 Technische gegevens

| Parameter | Waarde |
|---|---|
| Stroomsnelheid | 0,1-1200 ml/h |
| TCI-modellen | Marsh, Schnider (propofol); Minto (remifentanil) |
| Nauwkeurigheid | ± 2 % |

# 9 Geneesmiddelen en concentraties

Propofol 10 mg/ml of 20 mg/ml; remifentanil 20 µg/ml of 50 µg/ml.
"""

CEAR = f"""
= Clinical Evaluation Assessment Report: Somnara SP-7 TCI Syringe Pump

{NB}, Ridlerstraße 65, 80339 München, Germany. Reference MZS-CEAR-0412, 3 March 2025.

To: Quality and Regulatory Affairs, {MFR}, Shannon, Co. Clare, Ireland

# A. Device and assessment

Somnara SP-7 TCI syringe pump, Basic UDI-DI {UDI}; initial MDR certification under Annex IX. Documents: CEP FAS-CEP-021 v1.0; CER FAS-CER-021 Rev. 2; PMCF plan FAS-PMCF-021 v1.1; IFU issue 3 (EN, DE, NL).

# B. Intended purpose

Intravenous administration of propofol and remifentanil by TCI or manual infusion for general anaesthesia and procedural sedation in adults and children from 1 year (10 kg), in operating theatres, anaesthetic rooms and critical care units.

# C. Classification and consultation procedure

Class IIb, Rule 12. The device is an active device intended to administer medicinal products and falls under Article 54(1)(b); the consultation procedure therefore applies. The manufacturer's statement in Section 1.1 of the CER that it does not apply is not accepted.

# D. Findings

Finding 1: Bench data demonstrate delivery accuracy within ± 2 %.

Finding 2: The clinical performance of the pharmacokinetic models is taken from the literature, which is acceptable for established models.

Finding 3: The PMCF plan is noted.

# E. Conclusion

Subject to the outcome of the consultation procedure, the Notified Body considers the clinical evidence sufficient for the intended purpose.

> Prof. Dr. med. Stefan Lindner, Clinical Expert (Anaesthesiology)
"""

F_CEP = "FAS-CEP-021_SP-7_CEP.pdf"
F_CER = "FAS-CER-021_SP-7_CER_rev2.docx"
F_PMCF = "FAS-PMCF-021_SP-7_PMCF.pdf"
F_IFU_EN = "SP-7_IFU_EN.pdf"
F_IFU_DE = "SP-7_Gebrauchsanweisung_DE.docx"
F_IFU_NL = "SP-7_Gebruiksaanwijzing_NL.pdf"
F_CEAR = "MZS-CEAR-0412_SP-7.docx"

DOSSIER = {
    "id": "n05_tci_infusion_pump",
    "device": "Somnara SP-7 target-controlled infusion pump (propofol, remifentanil)",
    "device_class": "IIb",
    "clean": False,
    "docs": [
        {"file": F_CEP, "role": "CEP", "lang": "en", "text": CEP, "header": "FAS-CEP-021 v1.0"},
        {"file": F_CER, "role": "CER", "lang": "en", "text": CER},
        {"file": F_PMCF, "role": "PMCF-plan", "lang": "en", "text": PMCF, "header": "FAS-PMCF-021 v1.1"},
        {"file": F_IFU_EN, "role": "IFU", "lang": "en", "text": IFU_EN},
        {"file": F_IFU_DE, "role": "IFU", "lang": "de", "text": IFU_DE},
        {"file": F_IFU_NL, "role": "IFU", "lang": "nl", "text": IFU_NL},
        {"file": F_CEAR, "role": "CEAR", "lang": "en", "text": CEAR, "font": "Arial"},
    ],
    "labels": [
        {
            "defect": "cecp_wrongly_excluded_for_rule12_pump",
            "category": "scope",
            "documents": [F_CER, F_CEAR],
            "quotes": [
                "the consultation procedure of Article 54 is not considered to apply",
                "falls under Article 54(1)(b); the consultation procedure therefore applies",
            ],
            "description": "The CER excludes the consultation procedure on the ground that the pump contains no medicinal product; a class IIb active device administering medicinal products under Rule 12 is within Article 54(1)(b), as the CEAR states.",
            "accept": [],
        },
        {
            "defect": "adult_pk_models_for_children_from_1_year",
            "category": "plausibility",
            "documents": [F_IFU_EN, F_CER, F_CEP],
            "quotes": [
                "Adults, and children from 1 year of age whose body weight is 10 kg (1 st 8 lb) or more.",
                "in adults and in children aged 1 year and above with a body weight of 10 kg or more",
                "Marsh, Schnider (propofol); Minto (remifentanil)",
                "Marsh and Schnider for propofol, and Minto for remifentanil",
            ],
            "description": "The pump offers TCI only with adult-derived pharmacokinetic models (Schnider in volunteers 25-81 years, Minto 20-85 years, as the CER itself notes) yet is indicated for children from 1 year / 10 kg; no paediatric model is implemented and no paediatric clinical data are cited.",
            "accept": ["population", "evidence"],
        },
        {
            "defect": "occlusion_alarm_switched_off",
            "category": "safety-instruction",
            "documents": [F_IFU_EN, F_IFU_DE, F_IFU_NL],
            "quotes": [
                "the occlusion alarm may be switched off in the Options menu for the remainder of the case",
                "kann der Okklusionsalarm im Menü Optionen für den Rest des Eingriffs ausgeschaltet werden",
                "kan het occlusiealarm in het menu Opties worden uitgeschakeld voor de rest van de ingreep",
            ],
            "description": "The IFU instructs users to disable the downstream occlusion alarm for the rest of the case, removing protection against undetected non-delivery (awareness) and bolus release, a residual risk named in the CER.",
            "accept": [],
        },
        {
            "defect": "pmcf_in_dental_clinics_and_home_palliative_care",
            "category": "pmcf",
            "documents": [F_PMCF, F_IFU_EN],
            "quotes": [
                "enrolled at six community dental sedation clinics and two home-based palliative care services",
                "in operating theatres, anaesthetic rooms and critical care units",
            ],
            "description": "The PMCF study recruits in community dental clinics and patients' homes, settings outside the intended environment (theatres, anaesthetic rooms, critical care under an anaesthetist); the objective is generic and not tied to the residual risks.",
            "accept": ["care-setting"],
        },
    ],
}
