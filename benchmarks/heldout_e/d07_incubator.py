"""e07: neonatal incubator with servo-controlled oxygen (class IIb, Rules 9 and 12). Defective."""

from elib import Doc, Dossier
from ecommon import appendices

DOSSIER_ID = "e07_incubator"
MFR = "Brightwell Perinatal GmbH"
ADDR = "Hafenstraße 17, 23568 Lübeck, Germany"
SRN = "DE-MF-000028811"
UDI = "4049871NEONEST3K"
NB = "Hanse Prüf- und Zertifizierungsstelle Medizin GmbH (NB 2933)"

POP_CER = "preterm and term neonates with a body weight of 500 g to 5 kg"
POP_IFU = "neonates weighing from 500 g up to 5,000 g"
AIRT = "Air temperature control range: 25.0 °C to 34.0 °C"
SOTA_T = ("Infants below 1,000 g need incubator air temperatures of about 35 to 37 °C in the first days of life to "
          "stay in a neutral thermal environment")
NO_TRANSPORT = "The NeoNest 3 is not intended for use during transport."
PMCF_SITES = ("two regional neonatal transport services that use the NeoNest 3 on ambulance stretchers for "
              "inter-hospital transfers")
UNSAFE_EN = ("If the high air-temperature alarm sounds repeatedly during phototherapy, deactivate it in the service "
             "menu and continue phototherapy.")
UNSAFE_FR = ("Si l’alarme de température d’air haute se déclenche de façon répétée pendant la photothérapie, la "
             "désactiver dans le menu de service et poursuivre la photothérapie.")
UNSAFE_NL = ("Als het alarm voor hoge luchttemperatuur tijdens fototherapie herhaaldelijk afgaat, schakel het dan uit "
             "in het servicemenu en zet de fototherapie voort.")
T1 = "Date of literature search: <DD.MM.YYYY>"
T2 = "Responsible clinical evaluator: [name, qualification]"

RISKS = ["Hyperthermia", "Hypothermia", "Hyperoxia (risk of retinopathy of prematurity)", "Hypoxaemia",
         "Infection from contaminated humidifier water", "Noise exposure", "Skin injury under the temperature probe",
         "Fall or entrapment through open portholes"]


def cep():
    d = Doc("Clinical Evaluation Plan – NeoNest 3 Infant Incubator", meta=[
        ("Document", "BWP-CEP-N3"), ("Revision", "02"), ("Manufacturer", f"{MFR}, {ADDR}")])
    d.h("1 Scope")
    d.p("Clinical evaluation of the NeoNest 3 infant incubator with air and skin servo control, servo humidification, "
        "servo-controlled oxygen and integrated scale (software 1.4).")
    d.p(T2)
    d.h("2 Classification")
    d.p("Class IIb: Rule 9 (active therapeutic device exchanging heat with a neonate in a potentially hazardous way) "
        "and Rule 12 (active administration of oxygen, a medicinal product, in a potentially hazardous manner for "
        "preterm infants). The consultation procedure of Article 54(1)(b) applies.")
    d.h("3 Intended purpose and population")
    d.p("Provide a controlled thermal, humidified and oxygen-enriched environment for " + POP_CER + " who cannot "
        "maintain their body temperature, in neonatal intensive care and special care units.")
    d.p("Contraindications: infants above 5 kg; use in the presence of flammable anaesthetic agents.")
    d.h("4 Outcome parameters and acceptance criteria")
    d.table(["Outcome", "Acceptance criterion"], [
        ["Proportion of monitored time with core temperature 36.5–37.5 °C", "≥ 85 %"],
        ["Oxygen concentration within ±3 % of the set value", "≥ 95 % of monitored time"],
        ["Thermal injury", "0 cases"], ["Device-related serious adverse events", "0 cases"]], widths=(65, 35))
    d.h("5 Literature")
    d.p(T1 + ". Databases: PubMed, Embase, Cochrane Neonatal. Search terms cover incubators, thermoregulation of "
        "preterm infants and oxygen targeting.")
    d.h("6 Clinical investigation")
    d.p("NEST-3 prospective investigation in two German NICUs (see CER).")
    return d


CER_CTX = {'name': 'NeoNest 3',
 'databases': 'PubMed, Embase and Cochrane Neonatal',
 'period': '2010 to 2024',
 'records': '264',
 'retained': '17',
 'gspr': [('GSPR 1 and 8', 'NEST-3: temperature and oxygen criteria met'),
          ('GSPR 14.2 and 18', 'Alarm conditions verified; no alarm-related adverse event'),
          ('GSPR 22', 'Use by trained nursing and medical staff')],
 'evaluators': ['Dr. med. Jana Petersen, neonatologist',
                'Dipl.-Ing. Felix Brandt, clinical evaluation specialist'],
 'update': 'The report is updated every year.'}


def cer():
    d = Doc("Clinical Evaluation Report", subtitle="NeoNest 3 Infant Incubator", meta=[
        ("Document", "BWP-CER-N3"), ("Revision", "03"), ("Date", "10.01.2025"), ("Manufacturer", f"{MFR}, {ADDR}"),
        ("SRN", SRN), ("Basic UDI-DI", UDI)], header="BWP-CER-N3 Rev. 03")
    d.h("Summary", 1)
    d.p("The NeoNest 3 met the acceptance criteria of plan BWP-CEP-N3 Rev. 02 in the NEST-3 investigation (120 infants).")
    d.h("Device description", 1)
    d.p("Double-walled canopy incubator with five portholes, mattress tilt of ±12°, air and skin servo temperature "
        "control, servo humidification, servo-controlled oxygen from the wall supply and an integrated scale. "
        "Class IIb under Rules 9 and 12.")
    d.table(["Parameter", "Value"], [
        ["Air temperature control range", "25.0–34.0 °C"], ["Skin temperature set range", "34.0–38.0 °C"],
        ["Relative humidity", "30–95 %"], ["Oxygen concentration", "21–65 %"], ["Noise inside canopy", "< 47 dB(A)"],
        ["Scale", "0–10 kg, resolution 5 g"]], widths=(45, 55))
    d.h("Intended purpose", 1)
    d.p("Controlled thermal, humidified and oxygen-enriched environment for " + POP_CER + ", used by nurses and "
        "neonatologists in neonatal intensive care units and special care baby units.")
    d.h("State of the art", 1)
    d.p(SOTA_T + " [1]. High humidity (60–80 %) reduces insensible water loss in extremely preterm infants [2]. "
        "Oxygen saturation targets of 91–95 % reduce mortality compared with lower targets, at the cost of more "
        "retinopathy of prematurity [3]. Servo-controlled incubators are the standard of care in European NICUs.")
    d.h("Clinical data", 1)
    d.p("Literature search in PubMed, Embase and Cochrane Neonatal (2010–2024): 264 records, 17 appraised.")
    d.table(["Study", "Design", "Population", "Duration", "Results"], [
        ["NEST-3 [4]", "Prospective, 2 NICUs, Germany", "120 infants, birth weight 1,020–4,210 g, gestational age 28–41 weeks", "median 6 days per infant", "Core temperature in range 91.4 % of time"],
        ["Sinclair 2009 [1]", "Cochrane review, thermal environment", "preterm infants", "–", "State of the art"],
        ["Sherman 2006 [2]", "Review, humidity for preterm infants", "preterm infants", "–", "State of the art"],
        ["NeOProM 2018 [3]", "Meta-analysis, oxygen saturation targets", "4,965 infants < 28 weeks", "to 2 years", "State of the art"]],
        widths=(16, 22, 32, 14, 16))
    d.h("Performance and safety results", 1)
    d.table(["Outcome (BWP-CEP-N3)", "Criterion", "NEST-3", "Met"], [
        ["Time with core temperature 36.5–37.5 °C", "≥ 85 %", "91.4 %", "yes"],
        ["Oxygen within ±3 % of set value", "≥ 95 %", "98.2 %", "yes"],
        ["Thermal injury", "0", "0", "yes"], ["Device-related serious adverse events", "0", "0", "yes"]],
        widths=(45, 18, 22, 15))
    d.p("Adverse events: two episodes of hyperthermia above 38.0 °C (1.7 %) and four of hypothermia below 36.0 °C "
        "(3.3 %), all resolved without sequelae; one probe-related skin mark (0.8 %).")
    d.h("Benefit-risk", 1)
    d.p("The incubator maintains thermal stability and accurate oxygen delivery; residual risks are controlled by "
        "alarms and user training. Benefit-risk is acceptable.")
    d.h("Residual risks", 1)
    d.ul(RISKS)
    d.h("PMCF", 1)
    d.p("The PMCF plan BWP-PMCF-N3 Rev. 01 collects data on thermal stability, oxygen control and alarm performance.")
    d.h("References", 1)
    d.ol(["Sinclair L et al. Cochrane Database Syst Rev. 2009;CD004214 (thermal environment of low birth weight infants).",
          "Sherman TI et al. Optimizing the neonatal thermal environment. Neonatal Netw. 2006;25:251-60.",
          "Askie LM et al. Association between oxygen saturation targeting and death or disability in extremely preterm infants. JAMA. 2018;319:2190-2201.",
          "Brightwell Perinatal. NEST-3 clinical investigation report BWP-CIR-N3-01, 2024."])
    appendices(d, CER_CTX, 0)
    return d


def pmcf():
    d = Doc("PMCF Plan – NeoNest 3", meta=[("Document", "BWP-PMCF-N3"), ("Revision", "01"), ("Date", "15.01.2025"),
                                         ("CER", "BWP-CER-N3 Rev. 03")], header="BWP-PMCF-N3 Rev. 01")
    d.h("1. Objectives")
    d.ol(["Confirm thermal stability in infants below 1,500 g (residual risks hyperthermia and hypothermia).",
          "Confirm accuracy of servo-controlled oxygen and the incidence of hyperoxia alarms.",
          "Record alarm frequency and response times.", "Identify off-label use."])
    d.h("2. Design and sites")
    d.p("Prospective observational PMCF study. Sites: three level III NICUs in Germany and the Netherlands and "
        + PMCF_SITES + ".")
    d.h("3. Sample size")
    d.p("150 infants, including at least 50 below 1,500 g: an expected 90 % of time in the target temperature range "
        "can be estimated with a 95 % CI half-width of ±3 % given the repeated measurements per infant.")
    d.h("4. Endpoints")
    d.p("Proportion of time with core temperature 36.5–37.5 °C; oxygen deviation from set value; hyperthermia and "
        "hypothermia episodes; alarms per 24 h.")
    d.h("5. Timeline")
    d.p("Start Q2 2025, enrolment over 18 months, yearly PMCF evaluation report, final report Q2 2027.")
    return d


def ifu_en():
    d = Doc("NeoNest 3 Infant Incubator", subtitle="Instructions for Use", meta=[
        ("Document", "BWP-IFU-N3 v2.1"), ("Manufacturer", f"{MFR}, {ADDR}"), ("Basic UDI-DI", UDI)],
        header="BWP-IFU-N3 v2.1 · EN")
    d.h("1. Intended use")
    d.p("The NeoNest 3 provides a controlled thermal, humidified and oxygen-enriched environment for " + POP_IFU +
        " who cannot maintain their body temperature. It is intended for use by trained nursing and medical staff in "
        "neonatal intensive care units and special care baby units of hospitals. " + NO_TRANSPORT)
    d.h("2. Contraindications")
    d.p("Do not use for infants heavier than 5 kg or in the presence of flammable anaesthetic agents.")
    d.h("3. Warnings")
    d.ul(["Never leave the infant unattended with a porthole or the front panel open.",
          "Oxygen can cause retinopathy of prematurity: set the oxygen concentration according to pulse oximetry.",
          "Use only sterile water in the humidifier and replace it every 24 hours.",
          "Direct sunlight or phototherapy lamps can raise the canopy temperature."])
    d.h("4. Alarms")
    d.ul(["Air temperature deviation of more than 1.5 °C from the set value.",
          "Skin temperature deviation of more than 0.5 °C from the set value.",
          "Oxygen concentration deviation of more than 3 %.", UNSAFE_EN])
    d.h("5. Side-effects")
    d.p("Hyperthermia, hypothermia, hyperoxia, hypoxaemia, infection from humidifier water, noise exposure, skin "
        "injury under the probe, fall through an open porthole.")
    d.h("6. Technical data")
    d.ul([AIRT, "Skin temperature set range: 34.0 °C to 38.0 °C", "Relative humidity: 30 % to 95 %",
          "Oxygen: 21 % to 65 %", "Noise level in the canopy: below 47 dB(A)", "Scale: 0–10 kg, resolution 5 g"])
    return d


def ifu_fr():
    d = Doc("Incubateur néonatal NeoNest 3", subtitle="Notice d’utilisation", meta=[
        ("Document", "BWP-IFU-N3 v2.1"), ("Fabricant", f"{MFR}, {ADDR}"), ("IUD-ID de base", UDI)],
        header="BWP-IFU-N3 v2.1 · FR")
    d.h("1. Utilisation prévue")
    d.p("Le NeoNest 3 offre un environnement thermique contrôlé, humidifié et enrichi en oxygène aux nouveau-nés pesant "
        "de 500 g à 5 000 g qui ne peuvent pas maintenir leur température corporelle. Il est destiné à être utilisé par "
        "du personnel infirmier et médical formé dans les unités de soins intensifs néonatals et les unités de soins "
        "spécialisés des hôpitaux. Le NeoNest 3 n’est pas destiné à être utilisé pendant le transport.")
    d.h("2. Contre-indications")
    d.p("Ne pas utiliser pour des nourrissons de plus de 5 kg ni en présence d’agents anesthésiques inflammables.")
    d.h("3. Avertissements")
    d.ul(["Ne jamais laisser le nourrisson sans surveillance lorsqu’un hublot ou le panneau avant est ouvert.",
          "L’oxygène peut provoquer une rétinopathie du prématuré : régler la concentration en oxygène selon l’oxymétrie de pouls.",
          "Utiliser uniquement de l’eau stérile dans l’humidificateur et la remplacer toutes les 24 heures.",
          "La lumière directe du soleil ou les lampes de photothérapie peuvent augmenter la température de l’habitacle."])
    d.h("4. Alarmes")
    d.ul(["Écart de la température de l’air de plus de 1,5 °C par rapport à la consigne.",
          "Écart de la température cutanée de plus de 0,5 °C par rapport à la consigne.",
          "Écart de la concentration en oxygène de plus de 3 %.", UNSAFE_FR])
    d.h("5. Effets indésirables")
    d.p("Hyperthermie, hypothermie, hyperoxie, hypoxémie, infection due à l’eau de l’humidificateur, exposition au "
        "bruit, lésion cutanée sous la sonde, chute par un hublot ouvert.")
    d.h("6. Caractéristiques techniques")
    d.ul(["Plage de régulation de la température de l’air : 25,0 °C à 34,0 °C",
          "Plage de consigne de la température cutanée : 34,0 °C à 38,0 °C", "Humidité relative : 30 % à 95 %",
          "Oxygène : 21 % à 65 %", "Niveau sonore dans l’habitacle : inférieur à 47 dB(A)", "Balance : 0–10 kg, résolution 5 g"])
    return d


def ifu_nl():
    d = Doc("NeoNest 3 couveuse", subtitle="Gebruiksaanwijzing", meta=[
        ("Document", "BWP-IFU-N3 v2.1"), ("Fabrikant", f"{MFR}, {ADDR}"), ("Basis-UDI-DI", UDI)],
        header="BWP-IFU-N3 v2.1 · NL")
    d.h("1. Beoogd gebruik")
    d.p("De NeoNest 3 biedt een gecontroleerde thermische, bevochtigde en met zuurstof verrijkte omgeving voor "
        "pasgeborenen met een gewicht van 500 g tot 5.000 g die hun lichaamstemperatuur niet zelf kunnen handhaven. Het "
        "apparaat is bedoeld voor gebruik door opgeleid verpleegkundig en medisch personeel op neonatale intensive-care-"
        "afdelingen en high-care-afdelingen voor pasgeborenen in ziekenhuizen. De NeoNest 3 is niet bedoeld voor "
        "gebruik tijdens transport.")
    d.h("2. Contra-indicaties")
    d.p("Niet gebruiken voor zuigelingen zwaarder dan 5 kg of in aanwezigheid van ontvlambare anesthetica.")
    d.h("3. Waarschuwingen")
    d.ul(["Laat de zuigeling nooit onbewaakt achter met een geopende patrijspoort of voorklep.",
          "Zuurstof kan prematurenretinopathie veroorzaken: stel de zuurstofconcentratie in op geleide van pulsoximetrie.",
          "Gebruik alleen steriel water in de bevochtiger en vervang het elke 24 uur.",
          "Direct zonlicht of fototherapielampen kunnen de temperatuur in de kap verhogen."])
    d.h("4. Alarmen")
    d.ul(["Afwijking van de luchttemperatuur van meer dan 1,5 °C ten opzichte van de ingestelde waarde.",
          "Afwijking van de huidtemperatuur van meer dan 0,5 °C ten opzichte van de ingestelde waarde.",
          "Afwijking van de zuurstofconcentratie van meer dan 3 %.", UNSAFE_NL])
    d.h("5. Bijwerkingen")
    d.p("Hyperthermie, hypothermie, hyperoxie, hypoxemie, infectie door water uit de bevochtiger, blootstelling aan "
        "geluid, huidletsel onder de sensor, val door een open patrijspoort.")
    d.h("6. Technische gegevens")
    d.ul(["Regelbereik luchttemperatuur: 25,0 °C tot 34,0 °C", "Instelbereik huidtemperatuur: 34,0 °C tot 38,0 °C",
          "Relatieve vochtigheid: 30 % tot 95 %", "Zuurstof: 21 % tot 65 %", "Geluidsniveau in de kap: lager dan 47 dB(A)",
          "Weegschaal: 0–10 kg, resolutie 5 g"])
    return d


def cear():
    d = Doc("Clinical Evaluation Assessment Report", subtitle=NB, meta=[
        ("Report", "HPZ-CEAR-25-0072"), ("Device", "NeoNest 3 Infant Incubator"), ("Date", "04.03.2025")],
        header="HPZ-CEAR-25-0072")
    d.h("A Administrative particulars")
    d.kv([("Manufacturer", f"{MFR}, SRN {SRN}"), ("Basic UDI-DI", UDI), ("Class", "IIb (Rules 9 and 12)"),
          ("Documents", "BWP-CEP-N3 Rev. 02; BWP-CER-N3 Rev. 03; BWP-PMCF-N3 Rev. 01; BWP-IFU-N3 v2.1 (EN, FR, NL)")])
    d.h("C Device and intended purpose")
    d.p("Servo-controlled incubator with humidification and oxygen control for neonates from 500 g to 5 kg in NICUs "
        "and special care baby units; not for transport.")
    d.h("E Clinical investigation")
    d.p("NEST-3, 120 infants, met all acceptance criteria of the CEP.")
    d.h("F PMCF")
    d.p("Prospective study of 150 infants with a sample-size rationale.")
    d.h("H Conclusions")
    d.p("Benefit-risk acceptable.")
    d.h("I Article 54")
    d.p("Class IIb active device administering oxygen (Rule 12): Article 54(1)(b) applies. Panel: respiratory, "
        "anaesthesiology and intensive care.")
    return d


def build(root):
    x = Dossier(DOSSIER_ID, "neonatal incubator", "IIb", root)
    x.add("BWP-CEP-N3_Rev02.md", "CEP", cep())
    x.add("BWP-CER-N3_Rev03.docx", "CER", cer())
    x.add("BWP-PMCF-N3_Rev01.docx", "PMCF-plan", pmcf())
    x.add("NeoNest3_IFU_en.pdf", "IFU", ifu_en())
    x.add("NeoNest3_IFU_fr.pdf", "IFU", ifu_fr(), lang="fr")
    x.add("NeoNest3_IFU_nl.docx", "IFU", ifu_nl(), lang="nl")
    x.add("HPZ-CEAR-25-0072.pdf", "CEAR", cear(), accent=(60, 60, 60))
    cer_f, ifu = "BWP-CER-N3_Rev03.docx", "NeoNest3_IFU_en.pdf"
    x.label("air_temperature_ceiling_vs_500g", "plausibility", [cer_f, ifu],
            [POP_CER, POP_IFU, AIRT, "Air temperature control range", SOTA_T,
             "120 infants, birth weight 1,020–4,210 g, gestational age 28–41 weeks"],
            "The incubator's air temperature tops out at 34 °C, while infants from 500 g are included and the CER's "
            "own state of the art says infants below 1,000 g need 35–37 °C; no infant below 1,020 g was studied.",
            ["evidence", "population", "specification"])
    x.label("pmcf_recruits_in_transport", "care-setting", ["BWP-PMCF-N3_Rev01.docx", ifu],
            [PMCF_SITES, NO_TRANSPORT],
            "The IFU excludes use during transport, but the PMCF plan recruits through ambulance transport services.",
            ["pmcf"])
    x.label("disable_high_temperature_alarm", "safety-instruction", [ifu, "NeoNest3_IFU_fr.pdf", "NeoNest3_IFU_nl.docx"],
            ["deactivate it in the service menu and continue phototherapy",
             "la désactiver dans le menu de service et poursuivre la photothérapie",
             "schakel het dan uit in het servicemenu en zet de fototherapie voort"],
            "The IFU tells users to deactivate the high air-temperature alarm and continue phototherapy, exposing the "
            "neonate to undetected hyperthermia.")
    x.label("cep_placeholders", "template", ["BWP-CEP-N3_Rev02.md"], [T1, T2],
            "The CEP still contains unfilled fields for the literature search date and the responsible evaluator.")
    return x
