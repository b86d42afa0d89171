"""e08: automated external defibrillator, public access and hospital (class III, Rule 22). Defective."""

from elib import Doc, Dossier
from ecommon import appendices

DOSSIER_ID = "e08_aed"
MFR = "Medilynx Resuscitation B.V."
ADDR = "Stationsplein 9, 5611 AB Eindhoven, the Netherlands"
SRN = "NL-MF-000017302"
UDI = "8719327PULSAR20Y"
NB = "Lowlands Medical Certification B.V., Notified Body 2958"

SCOPE_CER = "The Pulsar AED 200 is not implantable and does not administer medicinal products, so Article 54(1) does not apply."
SCOPE_CEAR = "As a class III device, the Pulsar AED 200 is subject to the consultation procedure of Article 54(1)(a)."
USERS_IFU = ("intended for use by lay rescuers with minimal or no training in public places, workplaces and homes, "
             "and by healthcare professionals in hospitals")
USERS_CEAR = "The device is intended for use by trained healthcare professionals on hospital wards."
PAED_EN = "Children aged 1 to 8 years or weighing up to 25 kg: use the Pulsar Paediatric Pads (50 J)."
INFANT_EN = "The Pulsar AED 200 is not intended for infants younger than 1 year."
PAED_DE = "Säuglinge und Kinder bis 8 Jahre oder bis 25 kg: die Pulsar-Kinderelektroden (50 J) verwenden."
CLAIM = "With the Pulsar AED 200, survival to hospital discharge after out-of-hospital cardiac arrest exceeds 90 %."

RISKS = ["Failure to recognise a shockable rhythm", "Shock advised on a non-shockable rhythm (e.g. motion artefact)",
         "Skin burns or irritation under the pads", "Delayed shock due to discharged battery or expired pads",
         "Electric shock to a rescuer touching the patient", "Damage to or interference with an implanted pacemaker or ICD"]


def cep():
    d = Doc("Clinical Evaluation Plan", subtitle="Pulsar AED 200 automated external defibrillator", meta=[
        ("Document", "MLX-CEP-200"), ("Version", "1.3"), ("Date", "8 July 2024")], header="MLX-CEP-200 v1.3")
    d.h("1. Device and classification")
    d.p("The Pulsar AED 200 is a semi-automatic external defibrillator with voice and visual prompts, impedance-"
        "compensated biphasic waveform and a shock-advisory rhythm analysis algorithm. Class III under Annex VIII "
        "Rule 22 (active therapeutic device with an integrated diagnostic function that significantly determines "
        "patient management).")
    d.h("2. Intended purpose")
    d.p("Treatment of sudden cardiac arrest with ventricular fibrillation or pulseless ventricular tachycardia in "
        "persons who are unresponsive and not breathing normally. Users: lay rescuers and healthcare professionals. "
        "Environments: public places, workplaces, homes and hospitals.")
    d.h("3. Population")
    d.p("Adults and children from 8 years or above 25 kg with adult pads; children aged 1 to 8 years or up to 25 kg "
        "with paediatric pads. Infants under 1 year are excluded.")
    d.h("4. Outcome parameters and acceptance criteria")
    d.table(["Parameter", "Acceptance criterion", "Source of criterion"], [
        ["Sensitivity for coarse VF", "> 90 %", "AHA recommendations for AED algorithms"],
        ["Sensitivity for rapid VT", "> 75 %", "AHA"], ["Specificity for normal sinus rhythm", "> 99 %", "AHA"],
        ["Specificity for asystole", "> 95 %", "AHA"],
        ["VF termination by the first shock", "≥ 85 %", "published biphasic AED data"],
        ["Median time from opening the lid to first shock by untrained users", "≤ 90 s", "usability literature"],
        ["Rescuer shocks / inappropriate shocks in clinical use", "0", "risk management"]], widths=(45, 20, 35))
    d.h("5. Evidence")
    d.p("ECG database testing of the algorithm (adult and paediatric), the PULSAR-OHCA prospective observational study "
        "with three emergency medical services, a lay-user simulation study and a literature review.")
    return d


CER_CTX = {'name': 'Pulsar AED 200',
 'databases': 'PubMed, Embase and the Cochrane Library',
 'period': '2010 to 2024',
 'records': '877',
 'retained': '15',
 'gspr': [('GSPR 1 and 8', 'Algorithm testing and PULSAR-OHCA: all acceptance criteria met'),
          ('GSPR 17', 'Rhythm analysis algorithm verified on adult and paediatric databases'),
          ('GSPR 22', 'Usability with untrained lay users: median time to first shock 62 s')],
 'evaluators': ['Dr. Pieter de Wit, emergency physician', 'Sanne Verhoeven, MSc, clinical evaluation specialist'],
 'update': 'The report is updated every year.'}


def cer():
    d = Doc("Clinical Evaluation Report", subtitle="Pulsar AED 200", meta=[
        ("Document", "MLX-CER-200"), ("Version", "2.0"), ("Date", "20 January 2025"), ("Manufacturer", f"{MFR}, {ADDR}"),
        ("SRN", SRN), ("Basic UDI-DI", UDI)], header="MLX-CER-200 v2.0")
    d.h("1 Summary")
    d.p("All acceptance criteria of MLX-CEP-200 v1.3 were met. " + SCOPE_CER)
    d.h("2 Description")
    d.p("Semi-automatic external defibrillator, class III under Annex VIII Rule 22.")
    d.table(["Feature", "Specification"], [
        ["Waveform", "Biphasic truncated exponential, impedance-compensated"],
        ["Adult energy", "150 J, 200 J, 200 J (escalating)"], ["Paediatric energy", "50 J with Pulsar Paediatric Pads"],
        ["Charge time", "< 8 s to 200 J"], ["Battery", "5 years standby or 200 shocks"], ["Protection", "IP55"],
        ["Mass", "1.9 kg"]], widths=(35, 65))
    d.h("3 Intended purpose and users")
    d.p("The Pulsar AED 200 treats sudden cardiac arrest caused by ventricular fibrillation or pulseless ventricular "
        "tachycardia in persons who are unresponsive and not breathing normally. It is " + USERS_IFU + ". Adults and "
        "children from 8 years or above 25 kg are treated with adult pads; children aged 1 to 8 years or up to 25 kg "
        "with paediatric pads.")
    d.h("4 State of the art")
    d.p("Survival after out-of-hospital cardiac arrest in Europe is about 8 % (range 0–18 %) [1]. Bystander "
        "defibrillation within minutes is the strongest modifiable predictor of survival; public-access programmes "
        "report survival to discharge of 40–60 % for witnessed arrests with a shockable rhythm [2, 3]. Biphasic AEDs "
        "terminate VF with the first shock in 85–95 % of cases [3].")
    d.h("5 Clinical data")
    d.table(["Source", "Design / population", "n", "Result"], [
        ["Algorithm testing [4]", "ECG database, adults", "3,412 segments", "VF sensitivity 97.8 %, VT 88.2 %, NSR specificity 99.7 %, asystole specificity 99.1 %"],
        ["Algorithm testing [4]", "ECG database, children 1–8 years", "1,186 segments", "VF sensitivity 96.1 %, NSR specificity 99.5 %"],
        ["PULSAR-OHCA [5]", "Prospective observational, 3 EMS regions (NL, BE)", "164 uses, 71 shockable", "First-shock VF termination 94.4 % (67/71)"],
        ["Usability study [6]", "Simulation, untrained adults", "60", "Median time to first shock 62 s"],
        ["Atkinson 2020 [7]", "Registry of attenuated AED shocks in children", "96", "State of the art for paediatric use"]],
        widths=(20, 32, 18, 30))
    d.p("In PULSAR-OHCA, 38 of the 71 patients with a shockable rhythm survived to hospital discharge (53.5 %). No "
        "rescuer shock and no inappropriate shock occurred.")
    d.h("6 Results against acceptance criteria")
    d.table(["Criterion", "Target", "Result", "Met"], [
        ["VF sensitivity", "> 90 %", "97.8 %", "yes"], ["VT sensitivity", "> 75 %", "88.2 %", "yes"],
        ["NSR specificity", "> 99 %", "99.7 %", "yes"], ["Asystole specificity", "> 95 %", "99.1 %", "yes"],
        ["First-shock VF termination", "≥ 85 %", "94.4 %", "yes"], ["Time to first shock (lay users)", "≤ 90 s", "62 s", "yes"],
        ["Rescuer or inappropriate shocks", "0", "0", "yes"]], widths=(40, 20, 25, 15))
    d.h("7 Benefit-risk")
    d.p(CLAIM + " Residual risks are low and controlled by voice prompts and labelling.")
    d.h("8 Residual risks")
    d.ul(RISKS)
    d.h("9 PMCF")
    d.p("PMCF plan MLX-PMCF-200 v1.1: PULSAR-REG registry of device downloads.")
    d.h("References")
    d.ol(["Gräsner JT et al. Survival after out-of-hospital cardiac arrest in Europe – EuReCa TWO. Resuscitation. 2020;148:218-26.",
          "Kiguchi T et al. Out-of-hospital cardiac arrest across the world. Resuscitation. 2020;152:39-49.",
          "Perkins GD et al. European Resuscitation Council Guidelines 2021: executive summary. Resuscitation. 2021;161:1-60.",
          "Medilynx. Rhythm analysis algorithm verification report MLX-VER-118, 2023.",
          "Medilynx. PULSAR-OHCA observational study report MLX-CIR-021, 2024.",
          "Medilynx. Summative usability evaluation MLX-HF-044, 2023.",
          "Atkinson E et al. Attenuated AED shocks in children with cardiac arrest. Resuscitation. 2020;155:104-10."])
    appendices(d, CER_CTX, 1)
    return d


def pmcf():
    d = Doc("Post-Market Clinical Follow-up Plan – Pulsar AED 200", meta=[
        ("Document", "MLX-PMCF-200"), ("Version", "1.1"), ("Date", "22 January 2025"), ("CER", "MLX-CER-200 v2.0")],
        header="MLX-PMCF-200 v1.1")
    d.h("Objectives")
    d.ol(["Confirm rhythm-analysis accuracy in real use, in adults and children (residual risks: missed or inappropriate shock advice).",
          "Confirm first-shock VF termination in real use.",
          "Monitor skin burns and pad-related problems.", "Record time to first shock by lay rescuers in public settings."])
    d.h("Method")
    d.p("PULSAR-REG: prospective registry of device event downloads linked to EMS and hospital outcome data, covering "
        "public-access, workplace, home and in-hospital uses in the Netherlands, Belgium and Germany. Each ECG is "
        "reviewed by two blinded cardiologists.")
    d.h("Sample size")
    d.p("500 device uses, with at least 200 shockable rhythms and 40 paediatric uses. 200 shockable rhythms estimate an "
        "expected first-shock termination of 90 % with a 95 % CI half-width of ±4.2 %.")
    d.h("General methods")
    d.p("Complaint and vigilance trending, literature review every 6 months (resuscitation science, AED algorithms).")
    d.h("Timeline")
    d.p("Start Q2 2025; interim analysis every 12 months; final report Q4 2028.")
    return d


def ifu_en():
    d = Doc("Pulsar AED 200 – Instructions for Use", meta=[
        ("Document", "MLX-IFU-200 rev. 3"), ("Manufacturer", f"{MFR}, {ADDR}"), ("Basic UDI-DI", UDI)],
        header="MLX-IFU-200 rev. 3 – EN")
    d.h("Intended use")
    d.p("The Pulsar AED 200 treats sudden cardiac arrest in people who are unresponsive and not breathing normally. It is "
        + USERS_IFU + ".")
    d.h("Who can be treated")
    d.ul(["Adults and children from 8 years or above 25 kg: use the adult pads.", PAED_EN, INFANT_EN])
    d.h("Contraindications")
    d.p("Do not use on a person who is responsive or breathing normally.")
    d.h("Warnings")
    d.ul(["Do not touch the patient during analysis or shock delivery.",
          "Do not use near flammable gases or in oxygen-enriched atmospheres.",
          "Place pads at least 8 cm away from an implanted pacemaker or ICD.",
          "Remove medication patches and dry the chest before applying the pads."])
    d.h("Possible side-effects")
    d.p("Skin redness or burns under the pads; missed or unnecessary shock advice in rare cases.")
    d.h("Technical data")
    d.table(["Item", "Value"], [
        ["Energy, adult", "150 J / 200 J / 200 J"], ["Energy, paediatric pads", "50 J"], ["Charge time", "under 8 s"],
        ["Battery", "5 years standby or 200 shocks"], ["Protection class", "IP55"], ["Weight", "1.9 kg"]], widths=(40, 60))
    return d


def ifu_de():
    d = Doc("Pulsar AED 200 – Gebrauchsanweisung", meta=[
        ("Dokument", "MLX-IFU-200 Rev. 3"), ("Hersteller", f"{MFR}, {ADDR}"), ("Basis-UDI-DI", UDI)],
        header="MLX-IFU-200 Rev. 3 – DE")
    d.h("Zweckbestimmung")
    d.p("Der Pulsar AED 200 dient der Behandlung des plötzlichen Herzstillstands bei Personen, die nicht ansprechbar "
        "sind und nicht normal atmen. Er ist für die Anwendung durch Laienhelfer mit geringer oder keiner Schulung an "
        "öffentlichen Orten, am Arbeitsplatz und zu Hause sowie durch medizinisches Fachpersonal im Krankenhaus bestimmt.")
    d.h("Wer behandelt werden kann")
    d.ul(["Erwachsene und Kinder ab 8 Jahren oder über 25 kg: die Erwachsenenelektroden verwenden.", PAED_DE])
    d.h("Kontraindikationen")
    d.p("Nicht bei Personen anwenden, die ansprechbar sind oder normal atmen.")
    d.h("Warnhinweise")
    d.ul(["Den Patienten während der Analyse und der Schockabgabe nicht berühren.",
          "Nicht in der Nähe entzündlicher Gase oder in sauerstoffangereicherter Atmosphäre verwenden.",
          "Elektroden mindestens 8 cm von einem implantierten Herzschrittmacher oder ICD entfernt aufkleben.",
          "Medikamentenpflaster entfernen und die Brust vor dem Aufkleben der Elektroden abtrocknen."])
    d.h("Mögliche Nebenwirkungen")
    d.p("Hautrötungen oder Verbrennungen unter den Elektroden; in seltenen Fällen verpasste oder unnötige Schockempfehlung.")
    d.h("Technische Daten")
    d.table(["Merkmal", "Wert"], [
        ["Energie, Erwachsene", "150 J / 200 J / 200 J"], ["Energie, Kinderelektroden", "50 J"], ["Ladezeit", "unter 8 s"],
        ["Batterie", "5 Jahre Bereitschaft oder 200 Schocks"], ["Schutzart", "IP55"], ["Gewicht", "1,9 kg"]], widths=(40, 60))
    return d


def ifu_nl():
    d = Doc("Pulsar AED 200 – Gebruiksaanwijzing", meta=[
        ("Document", "MLX-IFU-200 rev. 3"), ("Fabrikant", f"{MFR}, {ADDR}"), ("Basis-UDI-DI", UDI)],
        header="MLX-IFU-200 rev. 3 – NL")
    d.h("Beoogd gebruik")
    d.p("De Pulsar AED 200 behandelt een plotselinge hartstilstand bij personen die niet reageren en niet normaal "
        "ademen. Het apparaat is bedoeld voor gebruik door leken met weinig of geen training op openbare plaatsen, op "
        "het werk en thuis, en door zorgprofessionals in ziekenhuizen.")
    d.h("Wie kan worden behandeld")
    d.ul(["Volwassenen en kinderen vanaf 8 jaar of zwaarder dan 25 kg: gebruik de elektroden voor volwassenen.",
          "Kinderen van 1 tot 8 jaar of tot 25 kg: gebruik de Pulsar-kinderelektroden (50 J).",
          "De Pulsar AED 200 is niet bedoeld voor zuigelingen jonger dan 1 jaar."])
    d.h("Contra-indicaties")
    d.p("Niet gebruiken bij een persoon die reageert of normaal ademt.")
    d.h("Waarschuwingen")
    d.ul(["Raak de patiënt niet aan tijdens de analyse of de schok.",
          "Niet gebruiken in de buurt van ontvlambare gassen of in een met zuurstof verrijkte omgeving.",
          "Plaats de elektroden ten minste 8 cm van een geïmplanteerde pacemaker of ICD.",
          "Verwijder medicijnpleisters en droog de borst af voordat u de elektroden aanbrengt."])
    d.h("Mogelijke bijwerkingen")
    d.p("Roodheid of brandwonden van de huid onder de elektroden; in zeldzame gevallen een gemist of onnodig schokadvies.")
    d.h("Technische gegevens")
    d.table(["Onderdeel", "Waarde"], [
        ["Energie, volwassenen", "150 J / 200 J / 200 J"], ["Energie, kinderelektroden", "50 J"], ["Laadtijd", "minder dan 8 s"],
        ["Batterij", "5 jaar stand-by of 200 schokken"], ["Beschermingsklasse", "IP55"], ["Gewicht", "1,9 kg"]], widths=(40, 60))
    return d


def sscp():
    d = Doc("Summary of Safety and Clinical Performance", subtitle="Pulsar AED 200", meta=[
        ("Document", "MLX-SSCP-200"), ("Revision", "1"), ("Date", "February 2025")], header="MLX-SSCP-200 rev. 1")
    d.h("Device identification")
    d.kv([("Trade name", "Pulsar AED 200"), ("Manufacturer", f"{MFR}, {ADDR}"), ("SRN", SRN), ("Basic UDI-DI", UDI),
          ("Class", "III (Rule 22)"), ("Notified Body", NB)])
    d.h("Intended use")
    d.p("Treatment of sudden cardiac arrest (VF or pulseless VT) in persons who are unresponsive and not breathing "
        "normally, by lay rescuers in public places, workplaces and homes and by healthcare professionals in hospitals. "
        "Adults and children from 8 years or above 25 kg with adult pads; children aged 1 to 8 years or up to 25 kg with "
        "paediatric pads; not for infants under 1 year.")
    d.h("Residual risks and side-effects")
    d.table(["Risk", "Observed frequency"], [
        [RISKS[0], "VF sensitivity 97.8 % (database)"], [RISKS[1], "NSR specificity 99.7 % (database); 0 in PULSAR-OHCA"],
        [RISKS[2], "3 of 164 uses (1.8 %)"], [RISKS[3], "0 in PULSAR-OHCA"], [RISKS[4], "0 in PULSAR-OHCA"],
        [RISKS[5], "0 in PULSAR-OHCA"]], widths=(55, 45))
    d.h("Clinical evidence and PMCF")
    d.p("PULSAR-OHCA: first-shock VF termination 94.4 %; survival to discharge 53.5 % in patients with a shockable "
        "rhythm. PMCF: PULSAR-REG registry, 500 uses.")
    d.h("Alternatives")
    d.p("Manual defibrillators operated by professionals; cardiopulmonary resuscitation alone until EMS arrival.")
    d.h("Users and training")
    d.p("No training required for lay rescuers; voice prompts guide each step. Training courses are recommended.")
    return d


def cear():
    d = Doc("Clinical Evaluation Assessment Report", subtitle=NB, meta=[
        ("Report", "LMC-CEAR-2025-031"), ("Device", "Pulsar AED 200"), ("Date", "5 March 2025")],
        header="LMC-CEAR-2025-031")
    d.h("A. Administrative particulars")
    d.kv([("Manufacturer", f"{MFR} – SRN {SRN}"), ("Basic UDI-DI", UDI), ("Class", "III, Rule 22"),
          ("Documents", "MLX-CEP-200 v1.3; MLX-CER-200 v2.0; MLX-PMCF-200 v1.1; MLX-IFU-200 rev. 3 (EN, DE, NL); MLX-SSCP-200 rev. 1")])
    d.h("C. Device and intended purpose")
    d.p("Semi-automatic external defibrillator for the treatment of sudden cardiac arrest with VF or pulseless VT. "
        + USERS_CEAR + " Adult and paediatric pads (children aged 1 to 8 years).")
    d.h("E. Clinical data")
    d.p("Algorithm testing and PULSAR-OHCA met the acceptance criteria of the CEP.")
    d.h("F. PMCF")
    d.p("PULSAR-REG registry of 500 uses with sample-size rationale.")
    d.h("H. Conclusions")
    d.p("Benefit-risk acceptable.")
    d.h("I. Consultation procedure")
    d.p(SCOPE_CEAR + " The expert panel on the circulatory system will be consulted.")
    return d


def build(root):
    x = Dossier(DOSSIER_ID, "automated external defibrillator (public access and hospital)", "III", root)
    x.add("MLX-CEP-200_v1.3.pdf", "CEP", cep())
    x.add("MLX-CER-200_v2.0.pdf", "CER", cer(), serif=True)
    x.add("MLX-PMCF-200_v1.1.pdf", "PMCF-plan", pmcf())
    x.add("PulsarAED200_IFU_EN.pdf", "IFU", ifu_en())
    x.add("PulsarAED200_IFU_DE.docx", "IFU", ifu_de(), lang="de")
    x.add("PulsarAED200_IFU_NL.pdf", "IFU", ifu_nl(), lang="nl")
    x.add("PulsarAED200_SSCP.pdf", "SSCP", sscp())
    x.add("LMC-CEAR-2025-031.docx", "CEAR", cear())
    cer_f, cear_f, ifu = "MLX-CER-200_v2.0.pdf", "LMC-CEAR-2025-031.docx", "PulsarAED200_IFU_EN.pdf"
    x.label("cear_applies_54_1_a_to_non_implantable", "scope", [cear_f, cer_f], [SCOPE_CEAR, SCOPE_CER],
            "The CEAR triggers Art. 54(1)(a) for a non-implantable class III AED (Rule 22); the CER states correctly "
            "that Art. 54(1) does not apply.")
    x.label("cear_restricts_users_to_hospital", "care-setting", [cear_f, ifu, cer_f], [USERS_CEAR, USERS_IFU],
            "The CEAR describes a device for trained professionals on hospital wards; the IFU, CER and SSCP cover lay "
            "rescuers in public places, workplaces and homes.", ["intended-use"])
    x.label("de_ifu_includes_infants", "language", ["PulsarAED200_IFU_DE.docx", ifu], [PAED_DE, PAED_EN, INFANT_EN],
            "The German IFU extends paediatric pad use to infants (Säuglinge) and drops the exclusion of infants under "
            "1 year that the English and Dutch versions state.", ["population"])
    x.label("survival_above_90_percent", "claim", [cer_f],
            [CLAIM, "38 of the 71 patients with a shockable rhythm survived to hospital discharge (53.5 %)"],
            "The CER claims survival to discharge above 90 %, contradicting its own data (53.5 %) and the state of the "
            "art (about 8 % overall, 40–60 % in the best public-access programmes).")
    return x
