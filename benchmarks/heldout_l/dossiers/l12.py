from lib.common import Doc, label

ID = "l12"
DEVICE = "Brisa TR T-Piece Resuscitator (gas-driven, neonatal)"
DEVICE_CLASS = "IIb"

MFR = "Neolife Respiratory Ltd., 11 Haavoda Street, Petah Tikva 4951711, Israel"
AR = "Neolife Benelux B.V., Stationsplein 45, 3511 ED Utrecht, The Netherlands"
NB = "Notified Body 2955 (Rhône Certification Médicale SAS)"
UDI = "72907703BRISATRNEO2W"

SCOPE = ("Brisa TR runs on compressed medical gas: its operation depends on an energy source other than the human body or "
         "gravity, so it is an active device (Article 2(4)). It administers oxygen and air, which are medicinal products, to "
         "newborns. Under Rule 12, active devices that administer medicinal products are class IIa unless this is potentially "
         "hazardous; positive-pressure inflation and oxygen delivery to preterm lungs (barotrauma, pneumothorax, hyperoxia) is "
         "potentially hazardous, so Brisa TR is class IIb. Being a class IIb active device that administers a medicinal "
         "product, it falls under Article 54(1)(b) and the CECP applies.")

CEP = f"""
# Clinical Evaluation Plan: Brisa TR T-Piece Resuscitator

NLR-CEP-014 rev. 1 | 05/27/2024

## 1. Device

Brisa TR is a gas-driven, manually operated T-piece resuscitator for newborn resuscitation and stabilization. It delivers controlled peak inspiratory pressure (PIP) when the operator occludes the T-piece opening, and positive end-expiratory pressure (PEEP) through an adjustable PEEP cap. It includes a built-in manometer, an adjustable maximum pressure relief valve and a single-use patient circuit; face masks and a 15 mm connector for endotracheal tubes are supplied.

## 2. Classification and CECP

{SCOPE}

## 3. Intended purpose

Manual positive-pressure ventilation and PEEP or CPAP during resuscitation and stabilization of newborns and infants up to 10 kg, including preterm newborns from 500 g, by face mask or endotracheal tube, in hospital delivery rooms, operating rooms and neonatal intensive care units.

## 4. Benefits and acceptance criteria

| Benefit | Parameter | Acceptance |
| Consistent inflation pressures | Delivered PIP within ± 2 cmH2O of set PIP (bench and clinical recordings) | ≥ 95 % of inflations |
| Effective resuscitation | Heart rate above 100/min within 5 minutes of starting ventilation | ≥ 85 % of resuscitations |
| Less need for intubation | Intubation in the delivery room | Not higher than with self-inflating bags (literature) |
| Safety | Air leak (pneumothorax) within 72 hours | ≤ 5 % |

## 5. Data sources

BRISA-DR observational study; literature comparing T-piece resuscitators with self-inflating bags; ERC and ILCOR newborn life support guidelines.
"""

CER = f"""
# Clinical Evaluation Report

## Brisa TR T-Piece Resuscitator

NLR-CER-014, Revision 2, 02/05/2025. Author: Yonatan Peretz, clinical affairs. Reviewer: Dr. H. Vermeulen, MD, neonatologist.

## 1. Device description

The Brisa TR T-Piece Resuscitator is connected to a medical gas supply (air/oxygen blender or cylinder, 50 psi / 3.5 bar) and runs at a gas flow of 5 to 15 L/min, with 8 to 10 L/min recommended. PIP is set with a control knob, PEEP with the PEEP cap on the T-piece, and a maximum pressure relief valve (factory set at 40 cmH2O, adjustable 20 to 70 cmH2O) protects against excessive pressure. A manometer shows airway pressure from 0 to 80 cmH2O.

Basic UDI-DI {UDI}. Manufacturer: {MFR}.

## 2. Classification

{SCOPE}

## 3. Intended purpose

Manual positive-pressure ventilation and PEEP/CPAP for resuscitation and stabilization of newborns and infants up to 10 kg (22 lb), including preterm newborns from 500 g (1.1 lb), via face mask or endotracheal tube. For use by trained healthcare professionals in hospital delivery rooms, operating rooms and NICUs.

## 4. State of the art

About 5 % of newborns need positive-pressure ventilation at birth, and the proportion is much higher in very preterm babies. ERC 2021 guidelines recommend starting inflation pressures of 30 cmH2O for term and 25 cmH2O for preterm babies and a PEEP of about 5 to 6 cmH2O for preterm babies. Self-inflating bags, flow-inflating bags and T-piece resuscitators are in use; T-pieces give more consistent pressures and allow PEEP. In a quasi-randomized study of 1,027 newborns of 26 weeks or more (Szyld et al., 2014), T-piece resuscitation was associated with less delivery-room intubation than a self-inflating bag. A randomized trial in term and late-preterm babies (Guinsburg et al., 2018) found no difference in time to heart rate above 100/min.

## 5. Clinical data

| Source | Design | Population | Results |
| BRISA-DR | Prospective observational, 2 Israeli delivery rooms, 2023 to 2024 | 163 newborns needing PPV (gestational age 24 to 41 weeks; 38 below 1,500 g) | Delivered PIP within ± 2 cmH2O of set PIP in 97.1 % of inflations; heart rate above 100/min within 5 minutes in 91.4 %; pneumothorax 2.5 %; delivery-room intubation 17.2 % |
| Szyld 2014, Guinsburg 2018 and 11 other articles | Literature (other T-piece devices and bags) | Newborns in delivery rooms | State of the art; comparators for intubation rate |

All CEP acceptance criteria were met. The intubation rate (17.2 %) is within the range reported for T-piece devices (15 to 25 %) and lower than for self-inflating bags in comparable populations.

## 6. Benefit-risk and residual risks

Residual risks: excessive pressure (pneumothorax, lung injury); insufficient ventilation from mask leak or obstruction; inadvertent high PEEP at high flows; hyperoxia or hypoxia from wrong oxygen setting; loss of gas supply. Controls: pressure relief valve, manometer, flow recommendations and training. Benefit-risk is positive.

## 7. PMCF

NLR-PMCF-014 rev. 1.
"""

PMCF = f"""
# PMCF Plan: Brisa TR T-Piece Resuscitator

NLR-PMCF-014 rev. 1, 01/27/2025

## A. Manufacturer

{MFR}. Authorized representative: {AR}.

## B. Device

Brisa TR T-Piece Resuscitator, class IIb (Rule 12), Basic UDI-DI {UDI}. Newborns and infants up to 10 kg, including preterm newborns from 500 g.

## C. Objectives

1. Pneumothorax rate in babies below 1,000 g, who were few in BRISA-DR.
2. Frequency of inadvertent high PEEP when flows above 10 L/min are used.
3. Time to heart rate above 100/min in routine use.

## D. Method

BRISA-REG, prospective registry of resuscitations with Brisa TR.

- **Sites:** 10 hospital delivery units and 4 community midwifery services attending planned home births in the Netherlands and Belgium.
- **Sample size:** 400 resuscitations, including at least 60 babies below 1,000 g; this estimates a pneumothorax rate of 5 % in that group within ± 5.5 % (95 % CI).
- **Data:** pressure recordings from the manometer data port, heart rate, intubation, air leak.
- **Follow-up:** until NICU discharge or 28 days.

## E. Timeline

Start Q2 2025; interim report Q2 2026; final report Q4 2026.
"""

IFU_EN = f"""
# Brisa TR T-Piece Resuscitator: Instructions for Use

IFU-BTR-EN rev. 3. For use by healthcare professionals trained in newborn resuscitation.

## What is it for?

Brisa TR is for manual ventilation and PEEP or CPAP when resuscitating or stabilizing newborns and infants up to 10 kg (22 lb), including preterm newborns from 500 g (1.1 lb). Use it with a face mask or an endotracheal tube.

**Where:** hospital delivery rooms, operating rooms and neonatal intensive care units only. Not for use during transport or outside the hospital.

## When should it not be used?

- When the baby needs a ventilator for ongoing ventilation.
- Without a gas supply: Brisa TR does not work without gas flow.

## Warnings

> WARNING: Always watch the manometer. Pressures above 40 cmH2O can cause pneumothorax, especially in preterm babies.

- Use the lowest oxygen concentration that keeps saturation in the target range.
- Flows above 10 L/min can raise PEEP without the PEEP cap being changed.
- Check the pressure relief valve setting before each use.

## Setting up and using Brisa TR

1. Connect the gas supply and set the flow to 8 to 10 L/min.
2. Occlude the patient port with a test lung and set the maximum pressure relief valve (normally 40 cmH2O).
3. Set the PIP: 30 cmH2O for term babies and 25 cmH2O for preterm babies.
4. For preterm babies, start with a PEEP of five to six cmH2O, as recommended by current resuscitation guidelines.
5. Give inflations by covering the T-piece opening with your thumb, about 30 times per minute.
6. If the chest does not rise after five inflations, turn the maximum pressure relief valve fully clockwise (closed) so the PIP you set is never cut off, and keep ventilating.

## Technical specifications

| Parameter | Specification |
| Gas supply | Air/oxygen, 50 psi (3.5 bar) |
| Flow range | 5 to 15 L/min (8 to 10 L/min recommended) |
| PIP range | 10 to 60 cmH2O |
| PEEP range | 8 to 20 cmH2O (set with the PEEP cap) |
| Maximum pressure relief | 20 to 70 cmH2O, factory set at 40 cmH2O |
| Manometer | 0 to 80 cmH2O |
| Patient connection | 15 mm / 22 mm |

Manufacturer: {MFR}. EU REP: {AR}. Basic UDI-DI {UDI}.
"""

IFU_FR = f"""
# Réanimateur à pièce en T Brisa TR : notice d'utilisation

IFU-BTR-FR rév. 3. Réservé aux professionnels de santé formés à la réanimation néonatale.

## Indications

Brisa TR permet la ventilation manuelle et la PEP ou la PPC lors de la réanimation ou de la stabilisation des nouveau-nés et des nourrissons jusqu'à 10 kg, y compris les prématurés à partir de 500 g, au masque facial ou par sonde d'intubation.

**Lieux d'utilisation :** salles de naissance, blocs opératoires et unités de réanimation néonatale uniquement. Ne pas utiliser pendant le transport ni en dehors de l'hôpital.

## Contre-indications

- Nouveau-né nécessitant une ventilation prolongée par ventilateur.
- Absence d'alimentation en gaz : Brisa TR ne fonctionne pas sans débit de gaz.

## Avertissements

> AVERTISSEMENT : surveiller en permanence le manomètre. Des pressions supérieures à 40 cmH2O peuvent provoquer un pneumothorax, surtout chez le prématuré.

- Utiliser la plus faible concentration en oxygène permettant de maintenir la saturation dans la cible.
- Un débit supérieur à 10 l/min peut augmenter la PEP sans modification du bouchon de PEP.
- Vérifier le réglage de la valve de surpression avant chaque utilisation.

## Utilisation

1. Raccorder l'alimentation en gaz et régler le débit entre 8 et 10 l/min.
2. Obturer le port patient avec un poumon test et régler la valve de surpression (normalement 40 cmH2O).
3. Régler la PIP : 30 cmH2O chez le nouveau-né à terme, 25 cmH2O chez le prématuré.
4. Chez le prématuré, commencer avec une PEP de cinq à six cmH2O, comme le recommandent les recommandations actuelles.
5. Insuffler en obturant l'orifice de la pièce en T avec le pouce, environ 30 fois par minute.
6. Si le thorax ne se soulève pas après cinq insufflations, tourner la valve de surpression à fond dans le sens horaire (fermée) pour que la PIP réglée ne soit jamais limitée, et poursuivre la ventilation.

## Caractéristiques techniques

| Paramètre | Spécification |
| Alimentation en gaz | Air/oxygène, 3,5 bar |
| Débit | 5 à 15 l/min (8 à 10 l/min recommandés) |
| Plage de PIP | 10 à 60 cmH2O |
| Plage de PEP | 8 à 20 cmH2O (réglée avec le bouchon de PEP) |
| Valve de surpression | 20 à 70 cmH2O, réglée en usine à 40 cmH2O |

Fabricant : {MFR}. Mandataire : {AR}. IUD-ID de base {UDI}.
"""

IFU_NL = f"""
# Brisa TR T-stuk-reanimator: gebruiksaanwijzing

IFU-BTR-NL rev. 3. Voor zorgverleners die getraind zijn in neonatale reanimatie.

## Waarvoor is het bedoeld?

Brisa TR is bedoeld voor handmatige beademing en PEEP of CPAP bij de reanimatie of stabilisatie van pasgeborenen en zuigelingen tot 10 kg, inclusief premature pasgeborenen vanaf 500 g, via een gezichtsmasker of endotracheale tube.

**Waar:** uitsluitend verloskamers, operatiekamers en neonatale intensive care units in het ziekenhuis. Niet gebruiken tijdens transport of buiten het ziekenhuis.

## Contra-indicaties

- Als de baby langdurige beademing met een beademingsapparaat nodig heeft.
- Zonder gastoevoer: Brisa TR werkt niet zonder gasflow.

## Waarschuwingen

> WAARSCHUWING: Houd de manometer altijd in de gaten. Drukken boven 40 cmH2O kunnen een pneumothorax veroorzaken, vooral bij premature baby's.

- Gebruik de laagste zuurstofconcentratie waarmee de saturatie binnen het streefbereik blijft.
- Een flow boven 10 l/min kan de PEEP verhogen zonder dat de PEEP-dop wordt versteld.
- Controleer de instelling van het overdrukventiel voor elk gebruik.

## Gebruik

1. Sluit de gastoevoer aan en stel de flow in op 8 tot 10 l/min.
2. Sluit de patiëntpoort af met een testlong en stel het maximale overdrukventiel in (normaal 40 cmH2O).
3. Stel de PIP in: 30 cmH2O bij voldragen en 25 cmH2O bij premature baby's.
4. Begin bij premature baby's met een PEEP van vijf tot zes cmH2O, zoals aanbevolen in de huidige reanimatierichtlijnen.
5. Geef beademingen door de opening van het T-stuk met uw duim af te sluiten, ongeveer 30 keer per minuut.
6. Als de borstkas na vijf beademingen niet omhoog komt, draai het maximale overdrukventiel volledig rechtsom (dicht) zodat de ingestelde PIP nooit wordt begrensd, en ga door met beademen.

## Technische gegevens

| Parameter | Specificatie |
| Gastoevoer | Lucht/zuurstof, 3,5 bar |
| Flowbereik | 5 tot 15 l/min (8 tot 10 l/min aanbevolen) |
| PIP-bereik | 10 tot 60 cmH2O |
| PEEP-bereik | 8 tot 20 cmH2O (ingesteld met de PEEP-dop) |
| Overdrukventiel | 20 tot 70 cmH2O, af fabriek 40 cmH2O |

Fabrikant: {MFR}. EU-vertegenwoordiger: {AR}. Basis-UDI-DI {UDI}.
"""

CEAR = f"""
# Clinical Evaluation Assessment Report: Brisa TR Plus Neonatal Resuscitator

{NB}. RCM-CEAR-25-0174, 04/16/2025.

## A. Administrative particulars

| Item | Entry |
| Device | Brisa TR Plus Neonatal Resuscitator with single-use patient circuit |
| Manufacturer | Neolife Respiratory Ltd., Petah Tikva, Israel |
| Class | IIb, Rule 12 |
| Assessment | Initial certification |
| Documents | CEP NLR-CEP-014 rev. 1; CER NLR-CER-014 Revision 2; PMCF plan NLR-PMCF-014 rev. 1; IFU-BTR rev. 3 (EN, FR, NL) |

**Intended purpose:** manual positive-pressure ventilation and PEEP/CPAP for resuscitation and stabilization of newborns and infants up to 10 kg, including preterm newborns from 500 g, by face mask or endotracheal tube, in hospital delivery rooms, operating rooms and NICUs.

## C. Evaluation basis

The BRISA-DR observational study (163 newborns) and literature on T-piece resuscitators form the clinical evidence. No equivalence claim.

## F. PMCF

A 400-resuscitation registry with a focus on babies below 1,000 g. Adequate.

## I. CECP

Active (gas-driven) class IIb device administering medicinal gases (Rule 12): Article 54(1)(b) applies. Proposed panel: respiratory, anaesthesiology and intensive care.

## Conclusion

Benefit-risk positive. Reviewer: Dr. N. Girard, MD (neonatology).
"""

F = dict(CEP="BrisaTR_CEP_rev1.docx", CER="BrisaTR_CER_rev2.pdf", PMCF="BrisaTR_PMCF_plan.docx",
         IFU="BrisaTR_IFU_EN.pdf", FR="BrisaTR_notice_FR.pdf", NL="BrisaTR_gebruiksaanwijzing_NL.pdf",
         CEAR="RCM-CEAR-25-0174.pdf")
H = "Neolife Respiratory Ltd."
DOCS = [
    Doc(F["CEP"], "CEP", "en", CEP, H, "NLR-CEP-014 rev. 1"),
    Doc(F["CER"], "CER", "en", CER, H, "NLR-CER-014 Rev. 2"),
    Doc(F["PMCF"], "PMCF-plan", "en", PMCF, H, "NLR-PMCF-014 rev. 1"),
    Doc(F["IFU"], "IFU", "en", IFU_EN, "Brisa TR", "IFU-BTR-EN rev. 3"),
    Doc(F["FR"], "IFU", "fr", IFU_FR, "Brisa TR", "IFU-BTR-FR rév. 3"),
    Doc(F["NL"], "IFU", "nl", IFU_NL, "Brisa TR", "IFU-BTR-NL rev. 3"),
    Doc(F["CEAR"], "CEAR", "en", CEAR, "Rhône Certification Médicale SAS (NB 2955)", "RCM-CEAR-25-0174", serif=True),
]

LABELS = [
    label("cear_names_brisa_tr_plus", "device-identity", [F["CEAR"], F["CER"]],
          ["Brisa TR Plus Neonatal Resuscitator with single-use patient circuit",
           "The Brisa TR T-Piece Resuscitator is connected to a medical gas supply"],
          "The CEAR assesses a 'Brisa TR Plus Neonatal Resuscitator'; every manufacturer document describes the "
          "Brisa TR T-Piece Resuscitator, with no alias declared.",
          ["documentation"]),
    label("pressure_relief_valve_closed_fully", "safety-instruction", [F["IFU"], F["FR"], F["NL"]],
          ["turn the maximum pressure relief valve fully clockwise (closed) so the PIP you set is never cut off",
           "tourner la valve de surpression à fond dans le sens horaire (fermée)",
           "draai het maximale overdrukventiel volledig rechtsom (dicht)"],
          "The IFU tells users to disable the over-pressure protection when the chest does not rise, contradicting "
          "its own pneumothorax warning; guidelines call for mask/airway correction, not removing the pressure limit.",
          []),
    label("pmcf_recruits_home_births", "care-setting", [F["PMCF"], F["IFU"]],
          ["4 community midwifery services attending planned home births in the Netherlands and Belgium",
           "hospital delivery rooms, operating rooms and neonatal intensive care units only"],
          "The PMCF registry collects data at planned home births, a setting the IFU excludes (hospital only, "
          "not outside the hospital).",
          ["pmcf"]),
    label("minimum_peep_above_preterm_target", "plausibility", [F["IFU"], F["CER"], F["FR"], F["NL"]],
          ["8 to 20 cmH2O (set with the PEEP cap)",
           "For preterm babies, start with a PEEP of five to six cmH2O, as recommended by current resuscitation guidelines.",
           "a PEEP of about 5 to 6 cmH2O for preterm babies",
           "8 à 20 cmH2O (réglée avec le bouchon de PEP)",
           "8 tot 20 cmH2O (ingesteld met de PEEP-dop)"],
          "The lowest PEEP the device can set (8 cmH2O) is above the 5 to 6 cmH2O that the IFU and CER themselves "
          "recommend for preterm babies from 500 g, so the device cannot deliver the recommended setting to part of "
          "its intended population.",
          ["specification"]),
]
