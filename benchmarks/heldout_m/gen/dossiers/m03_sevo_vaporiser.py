"""m03 - electronic sevoflurane vaporiser (clean)."""
from common import doc, F, h, p, ul, ol, t, kv

ID = "m03_vaporix_s"
DEVICE = "Vaporix S electronic anaesthetic agent vaporiser for sevoflurane"
CLASS = "IIb"
CLEAN = True

MFR = "Anesta Technik GmbH, Wittland 7, 24109 Kiel, Germany"
SRN = "DE-MF-000027719"
UDI = "4260123987VXS2007"
NB = "MedCert Süd GmbH, Notified Body 2917"


def cep():
    return doc(
        "Clinical Evaluation Plan – Vaporix S (CEP-VXS-01, Rev. B)",
        "CEP-VXS-01 Rev. B – 2024-05-06",
        [
            t([["Field", "Content"], ["Document", "CEP-VXS-01, Rev. B, 06.05.2024"], ["Manufacturer", MFR],
               ["Device", "Vaporix S electronic sevoflurane vaporiser, model VX-S200, Basic UDI-DI " + UDI]],
              widths=(25, 75)),
            h(1, "Abbreviations"),
            ul("FGF – fresh gas flow", "Fi/FA – inspired / alveolar (end-tidal) agent fraction",
               "MAC – minimum alveolar concentration", "SmPC – summary of product characteristics"),
            h(1, "1 Zweckbestimmung / Intended purpose"),
            p("Vaporix S is foreseen for the controlled vaporisation of the volatile anaesthetic agent sevoflurane into "
              "the fresh gas of an anaesthesia workstation, for the induction and maintenance of general anaesthesia. "
              "Target group: adults and children aged 1 month and older undergoing general anaesthesia with "
              "sevoflurane. Users: anaesthesiologists and trained anaesthesia staff. Use environment: operating "
              "theatres and induction rooms of hospitals; not for MRI rooms and not for transport."),
            h(1, "2 Classification and consultation procedure"),
            p("The vaporiser is an active device (electrically powered, electronically controlled liquid injection, "
              "Art. 2(4)). It administers a medicinal product (sevoflurane) to the patient via the breathing gas. Because "
              "an over- or underdosage of a potent volatile anaesthetic can lead to cardiovascular depression resp. to "
              "intraoperative awareness, the administration is potentially hazardous: class IIb acc. to Annex VIII "
              "Rule 12. The embedded software follows the class of the device (Rule 11 / section 3.3 of Annex VIII). "
              "Therefore the clinical evaluation consultation procedure acc. to Art. 54(1)(b) applies. An exemption "
              "acc. to Art. 54(2) is not possible because Vaporix S is a new design without predecessor."),
            h(1, "3 Clinical benefit and performance parameters"),
            ul("CB-01: accurate and stable delivery of sevoflurane over the whole FGF range incl. minimal-flow anaesthesia (FGF 0,2 to 0,5 l/min), allowing reduction of agent consumption and emissions",
               "Outcome parameter: deviation of the measured inspired concentration from the set value; agent consumption in ml per MAC-hour"),
            h(1, "4 Acceptance criteria"),
            t([["ID", "Criterion"],
               ["AK-1", "≥ 95 % of paired measurements within ± 20 % of the set concentration (or ± 0,2 vol%, whichever is greater), adults and children separately"],
               ["AK-2", "No device-related serious adverse event (incl. awareness, agent overdose)"],
               ["AK-3", "Delivery-failure alarm rate ≤ 1 per 100 anaesthesia hours"],
               ["AK-4", "Agent consumption at FGF 0,5 l/min ≤ 10 ml per MAC-hour (adults)"]], widths=(12, 88)),
            h(1, "5 Data sources"),
            ul("Bench verification acc. to ISO 80601-2-13 (accuracy, tilt, FGF range)",
               "Clinical investigation VAPO-01 (2 German university hospitals, adults and children)",
               "Literature search on electronic vaporisers, minimal-flow anaesthesia and sevoflurane (state of the art)"),
        ])


def cer():
    return doc(
        "Clinical Evaluation Report – Vaporix S Electronic Sevoflurane Vaporiser",
        "CER-VXS-01 Rev. C | 2025-01-31 | Anesta Technik GmbH",
        [
            p("Document number CER-VXS-01, revision C, dated 31.01.2025; based on CEP-VXS-01 Rev. B. Authors: "
              "Prof. Dr. med. H. Lindqvist (anaesthesiology, external), Dipl.-Ing. M. Brandt (regulatory affairs)."),
            h(1, "Abbreviations"),
            p("FGF fresh gas flow; FA end-tidal agent fraction; Fi inspired agent fraction; MAC minimum alveolar "
              "concentration; SAE serious adverse event; SOTA state of the art."),
            h(1, "Scope of application"),
            p("This report evaluates the Vaporix S vaporiser (model VX-S200), which is used on anaesthesia workstations "
              "with an interlock mounting bar and a digital interface to the workstation (compatible workstations acc. "
              "to IFU Annex A). The device vaporises sevoflurane into the fresh gas and is foreseen for the induction "
              "and maintenance of general anaesthesia in adults and children from an age of 1 month, by "
              "anaesthesiologists resp. trained anaesthesia personnel in operating theatres and induction rooms. It is "
              "not foreseen for use in the MRI environment or during transport. Classification: class IIb acc. to Rule 12 "
              "(active device administering a medicinal product in a potentially hazardous manner); the consultation "
              "procedure acc. to Art. 54(1)(b) MDR therefore applies, an exemption acc. to Art. 54(2) is not given."),
            h(1, "Device description"),
            p("Vaporix S is an electronically controlled injection vaporiser. Liquid sevoflurane from the 250 ml tank is "
              "injected by a micro-dosing valve into a heated vaporising chamber and mixed with the fresh gas; the "
              "dosing is controlled by a flow sensor in the fresh gas path and by the concentration set on the dial. "
              "The adjustable concentration is 0,2 to 8 vol% at a fresh gas flow from 200 ml/min up to 15 l/min. The "
              "stated accuracy is ± 0,15 vol% or ± 10 % of setting, whichever is greater. Alarms: low liquid level, "
              "delivery failure, tilt, power failure (internal buffer for 30 minutes of operation). Filling is only "
              "possible via the agent-specific filler (sevoflurane key filling system)."),
            h(1, "State of the art"),
            p("Sevoflurane is one of the most used volatile anaesthetics in adults and the standard agent for inhalational "
              "induction in children. Vaporisers are either variable-bypass (mechanical, temperature-compensated) or "
              "electronic injection/cassette designs; all must comply with ISO 80601-2-13. Minimal-flow anaesthesia "
              "(FGF ≤ 0,5 l/min) is recommended by the European and German societies of anaesthesiology for reasons of "
              "cost and environmental impact, provided that agent monitoring is used [1, 2]. Variable-bypass vaporisers "
              "are less accurate at very low flows; published bench data show deviations of up to 20 % at 0,2 l/min [3]. "
              "Published clinical studies of electronic vaporisers report inspired concentrations within ± 15 % of the "
              "setting [4]."),
            h(1, "Clinical data"),
            p("Equivalence to another device is not claimed. Clinical data come from the own clinical investigation "
              "VAPO-01 and from the literature on the SOTA (search 2024-11-12, PubMed and Embase, 2005 onwards; 412 hits, "
              "17 included; protocol LSP-VXS-01)."),
            t([["Source", "Design", "Population", "n", "Relevance"],
               ["VAPO-01 (DRKS00031177)", "prospective, single-arm, 2 sites", "ASA I–III, elective surgery; 120 adults, 40 children 1 month – 12 years", "160", "device data, pivotal"],
               ["[1] Hönemann 2013", "review", "minimal-flow anaesthesia", "–", "SOTA"],
               ["[3] Carter 2019", "bench", "variable-bypass vaporisers", "–", "SOTA, benchmark"],
               ["[4] Kennedy 2016", "prospective", "adults, electronic cassette vaporiser", "60", "SOTA, benchmark"]],
              widths=(22, 20, 35, 6, 17), caption="Table 1 – Clinical data"),
            h(2, "Results of VAPO-01"),
            p("In VAPO-01, 160 patients (120 adults, 40 children aged 1 month to 12 years, of which 9 infants below "
              "1 year) were anaesthetised with Vaporix S; 3 214 paired measurements of set vs. inspired concentration were "
              "recorded, 38 % at FGF ≤ 0,5 l/min. Results against the acceptance criteria of the CEP:"),
            t([["CEP criterion", "Result", "Fulfilled"],
               ["AK-1 accuracy, adults", "97,8 % within ± 20 % / ± 0,2 vol%", "yes"],
               ["AK-1 accuracy, children", "96,4 % within ± 20 % / ± 0,2 vol%", "yes"],
               ["AK-2 device-related SAE", "none (0/160); no awareness (modified Brice interview)", "yes"],
               ["AK-3 delivery-failure alarms", "0,4 per 100 anaesthesia hours", "yes"],
               ["AK-4 consumption at FGF 0,5 l/min", "7,9 ml per MAC-hour (adults)", "yes"]],
              widths=(35, 50, 15), caption="Table 2 – Results vs. acceptance criteria"),
            p("Adverse events were those expected from general anaesthesia (hypotension requiring vasopressor 21 %, "
              "postoperative nausea and vomiting 14 %, emergence agitation in children 10 %); none was assessed as "
              "device-related by the investigators."),
            h(1, "Benefit-risk and residual risks acc. to ISO 14971"),
            p("Residual risks after risk control (RMF-VXS-01 Rev. D): overdose of sevoflurane due to dosing valve failure "
              "(mitigated by independent agent monitoring of the workstation and the delivery-failure alarm); underdosage "
              "with risk of awareness (mitigated by alarm and FA monitoring); filling with wrong agent (mitigated by key "
              "filling system); leakage of agent into the room; interruption of delivery on power failure beyond the 30-min "
              "buffer. The benefit (accurate delivery incl. minimal flow, lower agent consumption) outweighs these risks. "
              "Clinical performance in infants below 1 year rests on 9 patients plus bench tests; this is an open "
              "question for the PMCF."),
            h(1, "PMCF"),
            p("PMCF plan PMCF-VXS-01 Rev. A: prospective multicentre observational study (n = 400 anaesthesias, of which "
              "≥ 120 paediatric with ≥ 40 infants below 1 year) plus systematic evaluation of technical complaints."),
            h(1, "Conclusion"),
            p("Conformity with the relevant GSPR is demonstrated for the intended purpose as described above."),
            h(1, "Literature"),
            ol("Hönemann C, Hagemann O, Doll D. Inhalational anaesthesia with low fresh gas flow. Indian J Anaesth 2013;57:345-350.",
               "DGAI. Empfehlung zur Reduktion der Umweltbelastung durch volatile Anästhetika, 2020.",
               "Carter LA, Oyewole M, Bates E, Sherratt K. Vaporiser performance at low fresh gas flows: a bench study. Anaesthesia 2019;74:e21-e29.",
               "Kennedy RR, French RA. Accuracy of an electronic cassette vaporiser in clinical use. Anaesth Intensive Care 2016;44:231-236."),
        ])


def pmcf():
    return doc(
        "PMCF Plan PMCF-VXS-01 – Vaporix S",
        "PMCF-VXS-01 Rev. A – 31.01.2025",
        [
            kv(("Device", "Vaporix S (VX-S200), Basic UDI-DI " + UDI), ("Class", "IIb, Rule 12"),
               ("CER reference", "CER-VXS-01 Rev. C"), ("Risk management", "RMF-VXS-01 Rev. D"),
               ("Revision / date", "Rev. A, 2025-01-31")),
            h(1, "1 Objectives"),
            t([["ID", "Objective", "Link"],
               ["REQ-PMCF-01", "Confirm delivery accuracy in infants below 1 year (only 9 patients in VAPO-01)", "CER open question"],
               ["REQ-PMCF-02", "Monitor frequency of delivery-failure alarms and related interruptions of anaesthesia", "RMF hazard HZ-12"],
               ["REQ-PMCF-03", "Detect under-/overdosage events incl. awareness", "RMF hazards HZ-03, HZ-04"],
               ["REQ-PMCF-04", "Detect off-label use (other agents, MRI, transport)", "Annex XIV Part B 6.1(e)"]],
              widths=(18, 60, 22)),
            h(1, "2 Methods"),
            p("Prospective observational study at 6 hospitals (DE, AT, DK) in operating theatres and induction rooms: "
              "n = 400 anaesthesias (≥ 120 paediatric, ≥ 40 infants from 1 month to below 1 year). Data: set concentration, "
              "inspired and end-tidal concentration from the workstation monitor every 5 minutes, FGF, alarms, adverse "
              "events. In addition: evaluation of all complaints and service reports, annual literature screening."),
            h(1, "3 Sample size rationale"),
            p("For the infant subgroup, with an expected 96 % of measurements within the limits and at least 40 patients "
              "with on average 20 measurements each (intraclass correlation 0,3), the 95 % CI lower limit stays above "
              "90 %. 400 anaesthesias in total allow detection of a delivery-failure alarm rate of 1 per 100 hours with "
              "± 0,5 precision."),
            h(1, "4 Timeline"),
            ul("Q2/2025 study start", "Q2/2026 interim analysis (first 200 cases)", "Q1/2027 final report, input to CER update"),
        ], font="serif")


def ifu_en():
    return doc(
        "Vaporix S – Instructions for Use",
        "IFU VXS-EN Ed. 3 – 2025-01",
        [
            p("Electronic vaporiser for sevoflurane, model VX-S200. Manufacturer " + MFR + ". UDI-DI on label; Basic UDI-DI "
              + UDI + ". CE 2917."),
            h(1, "1 Intended purpose"),
            p("Vaporix S is intended to vaporise sevoflurane into the fresh gas of a compatible anaesthesia workstation "
              "for the induction and maintenance of general anaesthesia."),
            h(1, "2 Patient population"),
            p("Adults and children, minimum age 1 month."),
            h(1, "3 Users and environment of use"),
            p("Anaesthesiologists and trained anaesthesia personnel. Operating theatres and induction rooms in hospitals. "
              "Not for use in MRI environment. Not for use during patient transport."),
            h(1, "4 Contraindications"),
            p("The contraindications of sevoflurane acc. to its SmPC apply (e.g. known or suspected susceptibility to "
              "malignant hyperthermia). The vaporiser is not allowed to be used with other anaesthetic agents."),
            h(1, "5 Warnings"),
            ul("Always use the anaesthetic agent monitoring of the workstation with alarm limits for inspired and end-tidal sevoflurane.",
               "Fill only with sevoflurane using the agent-specific key filler.",
               "In case of a delivery-failure alarm, continue anaesthesia with an alternative method (e.g. intravenous) and replace the vaporiser.",
               "Do not tilt the vaporiser more than 45° when filled."),
            h(1, "6 Residual risks"),
            ul("Overdose of sevoflurane", "Underdosage with risk of intraoperative awareness", "Filling with a wrong agent",
               "Leakage of anaesthetic agent into the room", "Interruption of agent delivery after power failure"),
            h(1, "7 Technical data"),
            t([["Parameter", "Value"], ["Concentration range", "0.2 – 8.0 vol% sevoflurane (plus OFF)"],
               ["Fresh gas flow range", "0.2 – 15 l/min"], ["Accuracy", "± 0.15 vol% or ± 10 % of setting, whichever is greater"],
               ["Tank capacity", "250 ml"], ["Power supply", "24 V DC from workstation; internal buffer 30 min"],
               ["Operating temperature", "15 – 35 °C"], ["Alarms", "low level, delivery failure, tilt, power failure"]],
              widths=(35, 65)),
            h(1, "Annex A – Compatible anaesthesia workstations"),
            t([["Workstation", "Software version", "Mounting"], ["Anesta AW 600", "≥ 3.2", "interlock bar, 2 positions"],
               ["Anesta AW 800", "≥ 1.4", "interlock bar, 3 positions"]], widths=(40, 30, 30)),
        ])


def ifu_de():
    return doc(
        "Vaporix S – Gebrauchsanweisung",
        "IFU VXS-DE Ausg. 3 – 2025-01",
        [
            p("Elektronischer Verdampfer für Sevofluran, Modell VX-S200. Hersteller " + MFR + ". Basis-UDI-DI " + UDI + ". CE 2917."),
            h(1, "1 Zweckbestimmung"),
            p("Vaporix S ist dazu bestimmt, Sevofluran in das Frischgas eines kompatiblen Anästhesiearbeitsplatzes zu "
              "verdampfen, zur Einleitung und Aufrechterhaltung einer Allgemeinanästhesie."),
            h(1, "2 Patientenpopulation"),
            p("Erwachsene und Kinder ab einem Alter von 1 Monat."),
            h(1, "3 Anwender und Einsatzumgebung"),
            p("Anästhesisten und geschultes Anästhesiepersonal. Operationssäle und Einleitungsräume in Krankenhäusern. "
              "Nicht zur Anwendung in MRT-Umgebung. Nicht zur Anwendung während des Patiententransports."),
            h(1, "4 Kontraindikationen"),
            p("Es gelten die Gegenanzeigen von Sevofluran gemäß Fachinformation (z. B. bekannte oder vermutete "
              "Veranlagung zu maligner Hyperthermie). Der Verdampfer darf nicht mit anderen Anästhetika verwendet werden."),
            h(1, "5 Warnhinweise"),
            ul("Immer das Narkosegasmonitoring des Arbeitsplatzes mit Alarmgrenzen für in- und exspiratorisches Sevofluran verwenden.",
               "Nur mit Sevofluran über den agensspezifischen Füllschlüssel befüllen.",
               "Bei Alarm „Dosierfehler“ die Narkose mit einem alternativen Verfahren (z. B. intravenös) fortführen und den Verdampfer austauschen.",
               "Den befüllten Verdampfer nicht mehr als 45° kippen."),
            h(1, "6 Restrisiken"),
            ul("Überdosierung von Sevofluran", "Unterdosierung mit Risiko einer intraoperativen Wachheit",
               "Befüllung mit falschem Anästhetikum", "Austritt von Narkosemittel in den Raum",
               "Unterbrechung der Narkosemittelabgabe nach Stromausfall"),
            h(1, "7 Technische Daten"),
            t([["Parameter", "Wert"], ["Konzentrationsbereich", "0,2 – 8,0 Vol.-% Sevofluran (plus AUS)"],
               ["Frischgasflussbereich", "0,2 – 15 l/min"], ["Genauigkeit", "± 0,15 Vol.-% oder ± 10 % des Einstellwerts, der größere Wert gilt"],
               ["Tankvolumen", "250 ml"], ["Stromversorgung", "24 V DC vom Arbeitsplatz; interner Puffer 30 min"],
               ["Betriebstemperatur", "15 – 35 °C"], ["Alarme", "niedriger Füllstand, Dosierfehler, Kippen, Stromausfall"]],
              widths=(35, 65)),
            h(1, "Anhang A – Kompatible Anästhesiearbeitsplätze"),
            t([["Arbeitsplatz", "Softwareversion", "Halterung"], ["Anesta AW 600", "≥ 3.2", "Interlock-Schiene, 2 Plätze"],
               ["Anesta AW 800", "≥ 1.4", "Interlock-Schiene, 3 Plätze"]], widths=(40, 30, 30)),
        ])


def cear():
    return doc(
        "Clinical Evaluation Assessment Report – Vaporix S",
        "NB 2917 – CEAR 24-1187 – 2025-03-10",
        [
            h(1, "Section A – Administrative data"),
            kv(("Device", "Vaporix S electronic sevoflurane vaporiser, VX-S200"), ("Basic UDI-DI", UDI),
               ("Manufacturer", "Anesta Technik GmbH, Kiel (" + SRN + ")"), ("Class", "IIb, Rule 12"),
               ("Assessment type", "Initial MDR certification"),
               ("Documents", "CEP-VXS-01 Rev. B; CER-VXS-01 Rev. C; PMCF-VXS-01 Rev. A; IFU VXS-EN/DE Ed. 3")),
            h(1, "Section C – Intended purpose (NB summary)"),
            p("Vaporisation of sevoflurane into the fresh gas of compatible anaesthesia workstations for induction and "
              "maintenance of general anaesthesia in adults and children aged 1 month and older; hospital operating "
              "theatres and induction rooms only."),
            h(1, "Sections D/E – Clinical data"),
            p("VAPO-01, n = 160 (40 children). CEP criteria AK-1 to AK-4 reported and met. Limited infant data (n = 9) "
              "acknowledged; addressed by REQ-PMCF-01."),
            h(1, "Section F – PMCF"),
            p("Prospective study n = 400 with paediatric subgroup; sample size justified; timeline defined. Accepted."),
            h(1, "Section H – Conclusion"),
            p("Benefit-risk acceptable. IFU consistent with CER."),
            h(1, "Section I – Art. 54"),
            p("Class IIb active device administering a medicinal product (Rule 12): Art. 54(1)(b) applies, no exemption. "
              "Panel: respiratory, anaesthesiology, intensive care."),
        ])


def files():
    return [
        F("CEP-VXS-01_RevB.md", "CEP", "en", cep()),
        F("CER-VXS-01_RevC.docx", "CER", "en", cer()),
        F("PMCF-VXS-01_RevA.pdf", "PMCF-plan", "en", pmcf()),
        F("IFU_VaporixS_EN_Ed3.pdf", "IFU", "en", ifu_en()),
        F("IFU_VaporixS_DE_Ed3.docx", "IFU", "de", ifu_de()),
        F("CEAR_24-1187_VaporixS.pdf", "CEAR", "en", cear()),
    ]


LABELS = []
