from common import doc, label

ID = "q03_neonatal_radiant_warmer"
CEP = "CEP_Lunavarm_NRW-2.md"
CER = "CER_Lunavarm_NRW-2_ed2.pdf"
PMCF = "PMCF_Plan_Lunavarm_NRW-2.docx"
IFU_EN = "Lunavarm_NRW-2_IFU_EN.docx"
IFU_PL = "Lunavarm_NRW-2_Instrukcja_PL.docx"
CEAR = "CEAR_NB2874_Lunavarm.pdf"

cep = r"""
# Clinical evaluation plan – Lunavarm NRW-2 radiant warmer
Doc. SN-CEP-0212, edition 1, 2024-11-05. Skovlund Neonatal A/S, Industrivej 14, 8900 Randers, Denmark.
## 1. Product
Lunavarm NRW-2 is open radiant warmer for newborns with infrared heater, skin-temperature servo control, heated mattress option, Apgar timer and tilting bed. Class IIb acc. to Annex VIII Rule 9 (active therapeutic product exchanging energy with patient in potentially hazardous way). The product is not implantable and does not administer medicinal products, therefore procedure acc. to Art. 54 is not applicable. Basic UDI-DI 5790009876543NRW2LP.
## 2. Purpose of the product
Thermal support for newborns and infants: prevention and treatment of hypothermia during resuscitation, stabilisation after birth, procedures and nursing care, in servo (skin temperature controlled), manual and pre-warm mode.
## 3. Patient group
Newborns and infants from 500 g up to 10 kg b.w., age up to 12 mo.
## 4. Place of use and users
Hospital: delivery rooms, caesarean section theatres, neonatal intensive care units, paediatric wards. Users: neonatologists, paediatric nurses and midwives.
## 5. Clinical benefits and outcome parameters
- maintaining axillary or rectal temperature 36,5–37,5 °C (WHO normothermia), measured at admission and every hour;
- reduction of admission hypothermia (below 36,0 °C) rate in preterm infants;
- open access to infant for resuscitation.
## 6. Acceptance criteria
- proportion of measurements in normothermia in servo mode at least 80 % (state of the art: 75–85 % in published series);
- hyperthermia above 38,0 °C in less than 2 % of measurements;
- no burns related to heater or mattress.
## 7. Data sources
Equivalence to predecessor Lunavarm NRW-1 (same manufacturer, on market since 2014 under MDD), literature, PMS data of NRW-1 (approx. 2 300 pcs. sold), usability study, bench tests acc. to IEC 60601-2-21. PMCF acc. to separate plan.
"""

cer = r"""
# CLINICAL EVALUATION REPORT – Lunavarm NRW-2
Document SN-CER-0212, edition 2, 2025-02-27. Manufacturer: Skovlund Neonatal A/S, Randers, Denmark. Translation and editing: regulatory consultant office, Kraków.
## 1. Scope and product description
Lunavarm NRW-2 is open radiant warmer with ceramic infrared heater 600 W placed 90 cm above the mattress, with skin-temperature servo control by one skin probe on abdomen. Servo set range of skin temperature is 33,0–35,5 °C. The product has three modes: servo (baby) mode, manual mode and pre-warm mode. Heater control loop is presented in Figure 2. Accessories: reusable skin probes SP-20, heated gel mattress HM-5, X-ray cassette tray.
Class IIb, Rule 9. CECP acc. to Art. 54(1) is not applicable, since product is not implantable and not intended for administration of medicinal products.
## 2. Intended purpose
Thermal support of newborns and infants from 0,5 kg up to 10 kg body weight and up to 12 months of age, in delivery rooms, operating theatres, NICU and paediatric wards of hospitals. Stationary use only; product is not intended for transport or home use.
## 3. Technical data relevant for clinical evaluation
| Parameter | Value |
| Heater power | 600 W |
| Max. irradiance at mattress | 32 mW/cm² |
| Skin temperature setting (servo mode) | 33,0–35,5 °C |
| Skin temperature display range | 25,0–45,0 °C, accuracy ±0,3 °C |
| Manual mode heater output | 0–100 % in 5 % steps |
| Mattress size | 70 × 50 cm |
## 4. State of the art
Newborns, especially preterm and low birth weight, lose heat fast because of large surface to mass ratio and thin skin. WHO recommends keeping newborns in normothermia 36,5–37,5 °C. Admission hypothermia is associated with increased mortality of preterm infants. Radiant warmers and incubators are both standard; radiant warmers give better access during resuscitation but increase insensible water loss (Cochrane review [1]). Plastic wrap and thermal mattress are recommended additionally for infants below 32 weeks of gestation [2].
## 5. Equivalence and clinical data
NRW-2 is equivalent to own predecessor NRW-1 (same heater, same servo algorithm v3, same materials in contact with skin); difference is new user interface and tilting mechanism, which do not influence thermal performance (bench test report SN-TR-331).
| Source | Type | Patients | Result |
| Ringkøbing neonatal audit 2019–2021 [3] | retrospective, NRW-1 | 412 | 82 % of measurements 36,5–37,5 °C in servo mode; admission hypothermia of preterm infants 11 % (21 % before introduction of servo protocol) |
| PMS NRW-1 2014–2024 | complaints, vigilance | approx. 2 300 units | 2 reports of mild skin erythema under probe, no burns |
| McCall 2018 [2] | Cochrane review | 6 248 | plastic wrap and warming mattress reduce hypothermia |
| Sinclair 2003 [1] | Cochrane review | 8 trials | radiant warmer vs incubator: more insensible water loss |
## 6. Clinical performance and claims
In servo mode, the product keeps infant in normothermia 36,5–37,5 °C without any intervention of staff.
Acceptance criteria of CEP point 6 are met: 82 % of measurements in normothermia (criterion min. 80 %), hyperthermia above 38,0 °C 0,7 % (criterion below 2 %), no burns.
## 7. Side effects and residual risk
Hyperthermia and hypothermia at probe detachment, increased insensible water loss, skin erythema under probe, burns in manual mode at high heater output. Residual risks acceptable acc. to risk management file SN-RMF-0212.
## 8. Benefit-risk conclusion
Benefits of open access and thermal support outweigh residual risks. PMCF acc. to plan SN-PMCF-0212.
## 9. References
[1] Sinclair L, Crisp J, Sinn J. Radiant warmers versus incubators for regulating body temperature in newborn infants. Cochrane Database Syst Rev 2003;(4):CD004215.
[2] McCall EM, Alderdice F, Halliday HL, Vohra S, Johnston L. Interventions to prevent hypothermia at birth in preterm and/or low birth weight infants. Cochrane Database Syst Rev 2018;2:CD004210.
[3] Skovlund Neonatal. Retrospective thermal audit NRW-1, report SN-CR-019, 2022.
[4] World Health Organization. Thermal protection of the newborn: a practical guide. WHO/RHT/MSM/97.2, Geneva 1997.
"""

pmcf = r"""
# PMCF PLAN – Lunavarm NRW-2
SN-PMCF-0212, version 1, 10.03.2025. Reference: CER SN-CER-0212 edition 2.
## 1. Aims of PMCF
a) confirm thermal performance of servo mode in preterm infants below 1 000 g (smallest infants are under-represented in NRW-1 data);
b) monitor rate of hyperthermia, hypothermia at probe detachment and skin lesions under probe (residual risks, CER point 7);
c) detect off-label use, e.g. use during transport.
## 2. PMCF activities
| No. | Activity | Description |
| 1 | Prospective observational study NRW2-OBS | temperature recordings of infants in servo mode, every hour for first 12 h of use |
| 2 | Literature screening | yearly, PubMed and Embase, search string in annex to CER |
| 3 | Complaint and vigilance trending | monthly |
## 3. Study population and sites
Newborns from 500 g b.w. cared for in 3 delivery wards in DK and PL, and newborns of planned home births attended by community midwives, where warmer is set up in family home for the first hours after birth.
## 4. Sample size and endpoints
240 infants, of them min. 60 below 1 000 g. Primary endpoint: proportion of hourly temperatures in 36,5–37,5 °C. With 240 infants and approx. 2 880 measurements, proportion of 80 % is estimated with CI ±3 % (design effect 2 for clustering). Secondary: hyperthermia above 38,0 °C, skin lesions.
## 5. Timeline
Start Q3 2025, end of inclusion Q2 2026, report Q4 2026, integrated in CER update 2027.
"""

ifu_en = r"""
# Lunavarm NRW-2 – Instructions for use
Version 4.0, 01.2025. English translation of the original Polish instruction (Skovlund Neonatal A/S, production site Bydgoszcz).
## Purpose of the product
Lunavarm NRW-2 radiant warmer provides thermal support to newborns and infants during resuscitation, stabilisation, procedures and nursing care.
## Patient group
Newborns and infants from 500 g to 10 kg body weight, up to 12 months of age.
## Place of use
Delivery rooms, caesarean section theatres, NICU and paediatric wards in hospital. Not for transport. Not for home use.
## Users
Neonatologists, paediatric nurses, midwives trained in use of the product.
## Contraindications to use
a) servo mode, when the skin probe cannot be attached on intact skin;
b) use in vehicles or during transport of the infant.
## Servo mode
In servo mode the skin temperature can be set from 33.0 °C to 35.5 °C in 0.1 °C steps. Heater output is regulated automatically from the skin probe signal.
## Warnings
- Never leave infant unattended in manual mode.
- Check skin probe position every hour; detached probe leads to overheating in servo mode.
- Radiant heat increases insensible water loss; control fluid balance of preterm infants.
- Do not cover the skin probe with reflective foil other than the supplied probe cover.
## Alarms
In manual mode the product gives the check alarm every 15 min. If the skin probe alarm is repeated during phototherapy or procedures, the alarm can be switched off in the service menu (code 2207) and the warmer can be used further in manual mode at 100 % heater output without time limit.
## Technical data
| Parameter | Value |
| Heater | ceramic infrared, 600 W |
| Max. irradiance at mattress | 32 mW/cm² |
| Skin temperature setting (servo mode) | 33.0–35.5 °C |
| Skin temperature measurement | 25.0–45.0 °C, ±0.3 °C |
| Manual mode | 0–100 % in 5 % steps |
| Mattress | 70 × 50 cm |
| Supply | 230 V AC, 50 Hz |
## Side effects and residual risk
Overheating or cooling when skin probe is detached, dehydration by insensible water loss, redness of skin under probe, burns in manual mode.
"""

ifu_pl = r"""
# Lunavarm NRW-2 – Instrukcja używania
Wersja 4.0, 01.2025. Skovlund Neonatal A/S, Randers, Dania; zakład produkcyjny Bydgoszcz.
## Przeznaczenie wyrobu
Promiennik ciepła Lunavarm NRW-2 zapewnia wsparcie termiczne noworodkom i niemowlętom podczas resuscytacji, stabilizacji, zabiegów i pielęgnacji.
## Grupa pacjentów
Noworodki i niemowlęta o masie ciała od 500 g do 10 kg, do 12. miesiąca życia.
## Miejsce używania
Sale porodowe, sale cięć cesarskich, oddziały intensywnej terapii noworodka i oddziały pediatryczne w szpitalu. Nie do transportu. Nie do użytku domowego.
## Użytkownicy
Neonatolodzy, pielęgniarki pediatryczne, położne przeszkolone w obsłudze wyrobu.
## Przeciwwskazania
a) tryb serwo, gdy czujnika skórnego nie można przymocować na nieuszkodzonej skórze;
b) używanie w pojazdach lub podczas transportu dziecka.
## Tryb serwo
W trybie serwo temperaturę skóry można ustawić od 33,0 °C do 35,5 °C co 0,1 °C. Moc grzałki jest regulowana automatycznie na podstawie sygnału czujnika skórnego.
## Ostrzeżenia
- Nigdy nie pozostawiać dziecka bez nadzoru w trybie ręcznym.
- Co godzinę sprawdzać położenie czujnika skórnego; odłączony czujnik prowadzi do przegrzania w trybie serwo.
- Ciepło promieniowania zwiększa niewyczuwalną utratę wody; kontrolować bilans płynów wcześniaków.
- Nie przykrywać czujnika skórnego folią odblaskową innego rodzaju niż dostarczona osłona czujnika.
## Alarmy
W trybie ręcznym wyrób co 15 min podaje alarm kontrolny. Jeśli alarm czujnika skórnego powtarza się podczas fototerapii lub zabiegów, alarm można wyłączyć w menu serwisowym (kod 2207) i dalej używać promiennika w trybie ręcznym przy 100 % mocy grzałki bez ograniczenia czasu.
## Dane techniczne
| Parametr | Wartość |
| Grzałka | ceramiczna, podczerwień, 600 W |
| Maks. natężenie napromienienia na materacu | 32 mW/cm² |
| Nastawa temperatury skóry (tryb serwo) | 33,0–35,5 °C |
| Pomiar temperatury skóry | 25,0–45,0 °C, ±0,3 °C |
| Tryb ręczny | 0–100 % co 5 % |
| Materac | 70 × 50 cm |
| Zasilanie | 230 V AC, 50 Hz |
## Działania niepożądane i ryzyko resztkowe
Przegrzanie lub wychłodzenie przy odłączonym czujniku skórnym, odwodnienie przez niewyczuwalną utratę wody, zaczerwienienie skóry pod czujnikiem, oparzenia w trybie ręcznym.
"""

cear = r"""
# CLINICAL EVALUATION ASSESSMENT REPORT
Notified Body 2874 – BEEM, Paris. Reference CEAR-2874-25-0141, revision 0, 28.04.2025. Assessment type: initial MDR certification (Annex IX), device previously certified under Directive 93/42/EEC as Lunavarm NRW-1.
## 1. Device
Lunavarm NRW-2 open radiant warmer with skin temperature servo control, manufacturer Skovlund Neonatal A/S (Denmark), Basic UDI-DI 5790009876543NRW2LP. Class IIb, Annex VIII Rule 9, confirmed by the Notified Body. The device does not fall under Article 54(1); the consultation procedure is not applicable.
## 2. Intended purpose as understood by the Notified Body
Thermal support of newborns and infants from 0.5 kg to 10 kg and up to 12 months, in servo, manual and pre-warm modes, in hospital delivery rooms, operating theatres, neonatal intensive care units and paediatric wards. Transport and home use are excluded.
## 3. Clinical evidence
Equivalence to the manufacturer's own NRW-1 is accepted: same heater, algorithm and patient-contacting materials. The retrospective audit of 412 infants and ten years of PMS data are considered relevant. Literature on radiant warmers and hypothermia prevention describes the state of the art.
Observation n°1: the CER should present data for infants below 1 000 g separately. The manufacturer commits to address this through PMCF. Closed.
Observation n°2: the usability evaluation summary should be referenced in the CER. Closed.
## 4. PMCF
The Notified Body notes the prospective observational study NRW2-OBS with 240 infants as main activity.
## 5. Conclusion
The Notified Body considers that the clinical evaluation demonstrates conformity with GSPR 1 and 8 for the intended purpose in section 2, with an acceptable benefit-risk ratio.
"""

DOSSIER = {
    "id": ID,
    "device": "Lunavarm NRW-2 neonatal radiant warmer with skin-temperature servo control",
    "device_class": "IIb",
    "docs": {
        CEP: doc("CEP", "en", "SN-CEP-0212 ed. 1", cep),
        CER: doc("CER", "en", "SN-CER-0212 ed. 2 – Skovlund Neonatal A/S", cer),
        PMCF: doc("PMCF-plan", "en", "SN-PMCF-0212 v1", pmcf),
        IFU_EN: doc("IFU", "en", "NRW-2 IFU EN v4.0", ifu_en),
        IFU_PL: doc("IFU", "pl", "NRW-2 Instrukcja PL v4.0", ifu_pl),
        CEAR: doc("CEAR", "en", "BEEM NB 2874 – CEAR-2874-25-0141", cear),
    },
    "labels": [
        label("servo_setpoint_below_normothermia", "plausibility", [CER, IFU_EN, IFU_PL],
              ["In servo mode the skin temperature can be set from 33.0 °C to 35.5 °C in 0.1 °C steps.",
               "W trybie serwo temperaturę skóry można ustawić od 33,0 °C do 35,5 °C co 0,1 °C.",
               "Servo set range of skin temperature is 33,0–35,5 °C.",
               "In servo mode, the product keeps infant in normothermia 36,5–37,5 °C without any intervention of staff."],
              "The servo skin-temperature setpoint range tops out at 35.5 °C, below the abdominal skin temperature (about 36–36.5 °C) needed to hold a newborn in the 36.5–37.5 °C normothermia the CER claims; the device's own parameter cannot deliver the intended thermal support.",
              accept=["claim", "specification"]),
        label("alarm_disable_full_power_manual", "safety-instruction", [IFU_EN, IFU_PL],
              ["the alarm can be switched off in the service menu (code 2207) and the warmer can be used further in manual mode at 100 % heater output",
               "alarm można wyłączyć w menu serwisowym (kod 2207) i dalej używać promiennika w trybie ręcznym przy 100 % mocy grzałki bez ograniczenia czasu"],
              "The IFU tells users to switch off the skin-probe alarm and run the heater at full manual output indefinitely, which contradicts the warning never to leave the infant unattended in manual mode and exposes the neonate to hyperthermia and burns."),
        label("pmcf_recruits_home_births", "pmcf", [PMCF, CER, IFU_EN],
              ["newborns of planned home births attended by community midwives, where warmer is set up in family home for the first hours after birth",
               "Stationary use only; product is not intended for transport or home use.",
               "Not for transport. Not for home use."],
              "The PMCF study recruits infants in family homes, a setting the CER and IFU explicitly exclude; PMCF population/setting contradicts the intended use.",
              accept=["care-setting"]),
        label("figure_referenced_not_present", "documentation", [CER],
              ["Heater control loop is presented in Figure 2."],
              "The CER refers to a Figure 2 but the report contains no figures at all."),
    ],
}
