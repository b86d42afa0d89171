from gen.kit import *  # noqa: F401,F403

UDI = "7350134GL6IGB2"

Q_SET_IFU = "Placement and removal only in a hospital endoscopy unit with anaesthesia support and on-site surgical back-up."
Q_SET_PMCF = "8 office-based endoscopy practices without on-site surgery (SE, NO)"
Q_POP_IFU = "Adults 18–65 years with BMI 30–40 kg/m²"
Q_POP_CER = "adults with BMI ≥ 27 kg/m² and at least one obesity-related comorbidity"
Q_FILL_IFU = "450 mL – 650 mL sterile saline with methylene blue"
Q_FILL_CER = "filled in situ with 500–700 mL of saline"
Q_TPL_1 = "Interim analysis report: Q3 20XX (after last patient 6-month visit)"
Q_TPL_2 = "Number of patients per site: TBD"

CLASS_TXT = ("Class IIb, Annex VIII Rule 5 (invasive device in a body orifice, long-term use, not confined to the oral "
             "cavity). The balloon is placed per-orally into the gastric lumen and is not considered implantable under "
             "Art. 2(5); it is not active. Art. 54(1)(a) and (b) therefore do not apply and no CECP is required.")

# ------------------------------------------------------------------ CEP (DOCX)
CEP = [
    T("Clinical Evaluation Plan – GastroLite 6"),
    TAB(["Field", "Value"], [
        ["Doc", "SE-CEP-006, ver. 1.2"],
        ["Manufacturer", "Saltsjö Endoscopy AB, Nacka, Sweden"],
        ["Device", "GastroLite 6 Intragastric Balloon System (balloon + placement catheter)"],
        ["Basic UDI-DI", UDI],
        ["Classification", "IIb, Rule 5"],
    ]),
    H1("§1 Intended purpose"),
    P("Temporary (≤ 6 months) weight-loss aid in obese adults, used with a supervised diet and behaviour programme."),
    H1("§2 Target group"),
    UL(Q_POP_IFU + ", who failed a supervised weight-loss programme",
       "Contraindications: prior gastric or bariatric surgery; hiatal hernia > 3 cm; IBD; pregnancy; anticoagulants; "
       "chronic NSAID use"),
    H1("§3 Outcome parameters / acceptance"),
    TAB(["ID", "Parameter", "Criterion"], [
        ["CEP-AC-01", "%TBWL at 6 mo (removal)", "≥ 10 %"],
        ["CEP-AC-02", "Early removal for intolerance", "≤ 8 %"],
        ["CEP-AC-03", "Serious AE (perforation, migration with obstruction, pancreatitis)", "≤ 1.5 %"],
        ["CEP-AC-04", "Weight maintained 6 mo after removal", "≥ 50 % of lost weight maintained"],
    ]),
    H1("§4 Data sources"),
    UL("CI SE-CIP-06 (n = 150, 12-month FU: 6 mo indwelling + 6 mo post-removal)",
       "Literature: intragastric balloon meta-analyses, ASGE/ESGE guidance"),
]

# ------------------------------------------------------------------ CER (PDF)
CER = [
    T("Clinical Evaluation Report – GastroLite 6 Intragastric Balloon System"),
    P("SE-CER-006 · ver. 2.0 · Saltsjö Endoscopy AB · Basic UDI-DI " + UDI),
    H1("1. Device"),
    P("Silicone spherical balloon placed endoscopically and " + Q_FILL_CER + " tinted with methylene blue. "
      "Removed endoscopically after 6 months by puncture and aspiration."),
    H1("2. Regulatory scope"),
    P(CLASS_TXT),
    H1("3. Intended purpose and population"),
    P("Short-term weight-loss aid for " + Q_POP_CER + ", as an adjunct to diet and behavioural therapy. Placement "
      "and removal by trained gastroenterologists."),
    H1("4. State of the art"),
    P("Lifestyle therapy, pharmacotherapy (GLP-1 agonists), endoscopic sleeve gastroplasty, bariatric surgery. Pooled "
      "%TBWL at 6 months for fluid-filled balloons: 11–13 %; early removal 7–9 %; serious AE 0.5–1.5 % [2, 3]."),
    H1("5. Clinical data"),
    TAB(["Ref.", "Study", "n", "FU", "Key result"], [
        ["[1]", "SE-CIP-06, prospective multicentre", "150", "12 mo", "%TBWL 12.4 % at 6 mo"],
        ["[2]", "Meta-analysis, fluid-filled IGB", "6,101", "6–12 mo", "%TBWL 12.1 %"],
        ["[3]", "ESGE position statement", "–", "–", "SotA"],
    ]),
    TAB(["ID", "Result", "Met"], [
        ["CEP-AC-01", "%TBWL 12.4 % at 6 mo", "Yes"],
        ["CEP-AC-02", "Early removal 6.0 % (9/150)", "Yes"],
        ["CEP-AC-03", "Serious AE 1.3 % (2/150: 1 migration, 1 pancreatitis)", "Yes"],
        ["CEP-AC-04", "61 % of lost weight maintained at 12 mo", "Yes"],
    ]),
    H1("6. Benefit-risk"),
    P("Benefit: clinically relevant short-term weight loss. Risks: nausea/vomiting (first week, ~80 %), abdominal pain, "
      "early removal, rare perforation, migration and pancreatitis. Acceptable."),
    H1("7. PMCF"),
    P("Prospective registry SE-PMCF-006, 300 pts."),
    H1("References"),
    OL("Saltsjö Endoscopy. SE-CIP-06 clinical investigation report, 2024.",
       "Rahman S, et al. Fluid-filled intragastric balloons: meta-analysis. Obes Surg 2022.",
       "ESGE. Endoscopic bariatric therapies: position statement. Endoscopy 2021."),
]

# ------------------------------------------------------------------ PMCF (Markdown)
PMCF = [
    T("PMCF plan – GastroLite 6"),
    P("SE-PMCF-006 v1.0 · Saltsjö Endoscopy AB · refers to CER SE-CER-006 ver. 2.0"),
    H1("Objectives"),
    OL("Confirm %TBWL ≥ 10 % at 6 months in routine practice (CEP-AC-01)",
       "Estimate serious AE rate with precision (residual risks: migration, perforation, pancreatitis)",
       "Identify off-label use (BMI outside label, repeat balloons)"),
    H1("Design"),
    UL("Prospective, single-arm registry, consecutive patients",
       "Sites: " + Q_SET_PMCF,
       Q_TPL_2,
       "FU: placement, 1, 3, 6 (removal), 12 months"),
    H1("Sample size"),
    P("300 patients: 95 % CI upper bound for serious AE ≤ 2.5 % if observed rate is 1 %."),
    H1("Timeline"),
    UL("First patient: Q1 2026", Q_TPL_1, "Final report: Q4 2027"),
]

# ------------------------------------------------------------------ IFU EN (PDF)
IFU_EN = [
    T("GastroLite 6 – Instructions for Use"),
    P("Saltsjö Endoscopy AB, Nacka, Sweden · IFU SE-IFU-006 EN · Basic UDI-DI " + UDI),
    H1("Indications"),
    P("Temporary weight-loss aid for " + Q_POP_IFU + " who have not achieved lasting weight loss with a supervised "
      "programme. Use together with diet and behaviour modification."),
    H1("Contraindications"),
    UL("Previous gastric or bariatric surgery", "Hiatal hernia > 3 cm", "Inflammatory bowel disease", "Pregnancy or breastfeeding",
       "Anticoagulant therapy or chronic NSAID use"),
    H1("Warnings"),
    UL("Balloon must be removed no later than 6 months after placement.",
       "Blue/green urine indicates a leaking balloon: contact the treating centre the same day.",
       "Prescribe a proton-pump inhibitor for the full indwelling period."),
    H1("Side-effects"),
    UL("Nausea and vomiting in the first week (most patients)", "Abdominal pain, reflux", "Early removal for intolerance",
       "Rare: gastric ulcer, perforation, migration with bowel obstruction, acute pancreatitis"),
    H1("Use environment"),
    P(Q_SET_IFU),
    H1("Specifications"),
    TAB(["Item", "Value"], [
        ["Balloon material", "Silicone elastomer"],
        ["Fill volume", Q_FILL_IFU],
        ["Placement catheter OD", "6.5 mm"],
        ["Max. indwelling time", "6 months"],
    ]),
]

# ------------------------------------------------------------------ IFU NL (DOCX)
IFU_NL = [
    T("GastroLite 6 – Gebruiksaanwijzing"),
    P("Saltsjö Endoscopy AB, Nacka, Zweden · SE-IFU-006 NL · Basis-UDI-DI " + UDI),
    H1("Indicaties"),
    P("Tijdelijk hulpmiddel bij gewichtsverlies voor volwassenen van 18–65 jaar met een BMI van 30–40 kg/m² bij wie een "
      "begeleid programma geen blijvend gewichtsverlies heeft opgeleverd. Te gebruiken in combinatie met dieet en "
      "gedragsverandering."),
    H1("Contra-indicaties"),
    UL("Eerdere maag- of bariatrische chirurgie", "Hiatushernia > 3 cm", "Inflammatoire darmziekte",
       "Zwangerschap of borstvoeding", "Behandeling met anticoagulantia of chronisch NSAID-gebruik"),
    H1("Waarschuwingen"),
    UL("De ballon moet uiterlijk 6 maanden na plaatsing worden verwijderd.",
       "Blauwe/groene urine wijst op een lekkende ballon: neem dezelfde dag contact op met het behandelcentrum.",
       "Schrijf gedurende de volledige verblijfsduur een protonpompremmer voor."),
    H1("Bijwerkingen"),
    UL("Misselijkheid en braken in de eerste week (de meeste patiënten)", "Buikpijn, reflux",
       "Vroegtijdige verwijdering wegens intolerantie",
       "Zelden: maagzweer, perforatie, migratie met darmobstructie, acute pancreatitis"),
    H1("Gebruiksomgeving"),
    P("Plaatsing en verwijdering uitsluitend op een endoscopieafdeling van een ziekenhuis met anesthesieondersteuning "
      "en chirurgische achterwacht ter plaatse."),
    H1("Specificaties"),
    TAB(["Onderdeel", "Waarde"], [
        ["Materiaal ballon", "Siliconenelastomeer"], ["Vulvolume", "450 mL – 650 mL steriele fysiologische zoutoplossing met methyleenblauw"],
        ["Buitendiameter plaatsingskatheter", "6,5 mm"], ["Max. verblijfsduur", "6 maanden"],
    ]),
]

# ------------------------------------------------------------------ IFU DE (PDF)
IFU_DE = [
    T("GastroLite 6 – Gebrauchsanweisung"),
    P("Saltsjö Endoscopy AB, Nacka, Schweden · SE-IFU-006 DE · Basis-UDI-DI " + UDI),
    H1("Indikationen"),
    P("Vorübergehendes Hilfsmittel zur Gewichtsabnahme für Erwachsene von 18–65 Jahren mit einem BMI von 30–40 kg/m², "
      "die mit einem betreuten Programm keine dauerhafte Gewichtsabnahme erreicht haben. Zusammen mit Diät und "
      "Verhaltensänderung anwenden."),
    H1("Kontraindikationen"),
    UL("Frühere Magen- oder bariatrische Operation", "Hiatushernie > 3 cm", "Chronisch-entzündliche Darmerkrankung",
       "Schwangerschaft oder Stillzeit", "Antikoagulanzientherapie oder dauerhafte NSAR-Einnahme"),
    H1("Warnhinweise"),
    UL("Der Ballon muss spätestens 6 Monate nach der Platzierung entfernt werden.",
       "Blau-grüner Urin weist auf einen undichten Ballon hin: am selben Tag das behandelnde Zentrum kontaktieren.",
       "Für die gesamte Verweildauer einen Protonenpumpenhemmer verordnen."),
    H1("Nebenwirkungen"),
    UL("Übelkeit und Erbrechen in der ersten Woche (bei den meisten Patienten)", "Bauchschmerzen, Reflux",
       "Vorzeitige Entfernung wegen Unverträglichkeit",
       "Selten: Magengeschwür, Perforation, Migration mit Darmverschluss, akute Pankreatitis"),
    H1("Einsatzumgebung"),
    P("Platzierung und Entfernung nur in einer Endoskopieabteilung eines Krankenhauses mit Anästhesieunterstützung und "
      "chirurgischer Rufbereitschaft vor Ort."),
    H1("Spezifikationen"),
    TAB(["Merkmal", "Wert"], [
        ["Ballonmaterial", "Silikonelastomer"], ["Füllvolumen", "450 mL – 650 mL sterile Kochsalzlösung mit Methylenblau"],
        ["Außendurchmesser Platzierungskatheter", "6,5 mm"], ["Max. Verweildauer", "6 Monate"],
    ]),
]

# ------------------------------------------------------------------ CEAR (PDF)
CEAR = [
    T("Clinical Evaluation Assessment Report"),
    P("Notified Body Certo Medica s.r.o. (NB 3072) · report CM-CEAR-25-031"),
    H1("A. Particulars"),
    TAB(["Item", "Entry"], [
        ["Device", "GastroLite 6 Intragastric Balloon System, Basic UDI-DI " + UDI],
        ["Manufacturer", "Saltsjö Endoscopy AB, Nacka, Sweden"],
        ["Class", "IIb, Rule 5"],
        ["Assessment", "Initial"],
        ["Documents", "CEP SE-CEP-006 ver. 1.2; CER SE-CER-006 ver. 2.0; PMCF plan SE-PMCF-006 v1.0"],
    ]),
    H1("C. Intended purpose"),
    P("Temporary weight-loss aid (≤ 6 months) for adults 18–65 years with BMI 30–40 kg/m², with diet and behavioural "
      "therapy; placement and removal in hospital endoscopy units."),
    H1("D/E. Clinical evidence"),
    P("SE-CIP-06 (n = 150) meets CEP-AC-01 to CEP-AC-04. Literature consistent with SotA for fluid-filled balloons."),
    H1("I. Art. 54"),
    P("Not applicable: class IIb, non-implantable, non-active device."),
    H1("Conclusion"),
    P("Clinical evidence sufficient; certificate recommended."),
]

DOSSIER = {
    "id": "i05-intragastric-balloon",
    "device": "GastroLite 6 intragastric balloon system for obesity",
    "device_class": "IIb",
    "clean": False,
    "docs": [
        doc("SE-CEP-006_GastroLite6.docx", "CEP", "en", CEP),
        doc("SE-CER-006_GastroLite6.pdf", "CER", "en", CER, "Saltsjö Endoscopy AB · SE-CER-006 ver. 2.0"),
        doc("SE-PMCF-006_GastroLite6.md", "PMCF-plan", "en", PMCF),
        doc("GastroLite6_IFU_EN.pdf", "IFU", "en", IFU_EN, "GastroLite 6 · IFU · EN"),
        doc("GastroLite6_Gebruiksaanwijzing_NL.docx", "IFU", "nl", IFU_NL),
        doc("GastroLite6_Gebrauchsanweisung_DE.pdf", "IFU", "de", IFU_DE, "GastroLite 6 · Gebrauchsanweisung · DE"),
        doc("CEAR_3072_GastroLite6.pdf", "CEAR", "en", CEAR, "Certo Medica s.r.o. · NB 3072"),
    ],
    "labels": [
        label("pmcf_sites_without_surgical_backup", "care-setting",
              ["GastroLite6_IFU_EN.pdf", "SE-PMCF-006_GastroLite6.md"], [Q_SET_IFU, Q_SET_PMCF],
              "The IFU restricts placement and removal to hospital endoscopy units with surgical back-up; the PMCF "
              "registry recruits in office-based practices without on-site surgery.",
              ["pmcf"]),
        label("bmi_range_differs", "population",
              ["GastroLite6_IFU_EN.pdf", "SE-CER-006_GastroLite6.pdf"], [Q_POP_IFU, Q_POP_CER],
              "The CER admits BMI ≥ 27 kg/m² with comorbidity and no upper BMI or age limit; IFU, CEP and CEAR "
              "state adults 18–65 years with BMI 30–40 kg/m².",
              []),
        label("fill_volume_differs", "specification",
              ["GastroLite6_IFU_EN.pdf", "SE-CER-006_GastroLite6.pdf"], [Q_FILL_IFU, Q_FILL_CER],
              "Balloon fill volume is 450–650 mL in the IFU but 500–700 mL in the CER.",
              []),
        label("pmcf_placeholders", "template",
              ["SE-PMCF-006_GastroLite6.md"], [Q_TPL_1, Q_TPL_2],
              "The PMCF plan contains unfilled placeholders (year '20XX', sites 'TBD').",
              ["pmcf"]),
    ],
}
