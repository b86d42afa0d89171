from gen.kit import *  # noqa: F401,F403

UDI = "7350196RCRFCT4H"

SCOPE = ("Class III under Annex VIII Rule 6: surgically invasive device for transient use (< 60 min) intended "
         "specifically for use in direct contact with the central circulatory system (the catheter is advanced through "
         "the descending and abdominal aorta). The catheter is not implantable and does not administer medicinal "
         "products. The Art. 54(1) consultation procedure therefore does not apply (54(1)(a) requires a class III "
         "implantable device; 54(1)(b) a class IIb active device administering or removing medicinal products).")

CONTRA_EN = ["Renal artery stenosis > 50 % or prior renal artery stent or angioplasty", "Fibromuscular dysplasia",
             "Renal artery diameter < 3 mm or > 8 mm at the treatment site", "eGFR < 40 mL/min/1.73 m²", "Pregnancy"]
RISKS_EN = ["Access-site complications (hematoma, pseudoaneurysm) (1.3 %)", "Transient bradycardia or abdominal pain during ablation",
            "Renal artery dissection or perforation (< 0.5 %)", "New renal artery stenosis (none > 70 % at 12 months in RC-HTN-01)",
            "Contrast-induced acute kidney injury"]

# ------------------------------------------------------------------ CEP (PDF)
CEP = [
    T("Clinical Evaluation Plan – RenoCalm RF Renal Denervation Catheter"),
    P("OV-CEP-019 rev. 3 · Öresund Vascular AB, Malmö, Sweden · Basic UDI-DI " + UDI),
    H1("1. Device and classification"),
    P("Single-use 6 F over-the-wire catheter with a self-expanding helical array of four gold RF electrodes, used with "
      "the separately certified RenoCalm G2 generator. " + SCOPE),
    H1("2. Intended purpose"),
    P("Catheter-based radiofrequency denervation of the renal arteries to lower blood pressure in adults with resistant "
      "hypertension."),
    H1("3. Target group"),
    TAB(["Element", "Definition"], [
        ["Age", "18–80 years"],
        ["Indication", "Hypertension uncontrolled on ≥ 3 antihypertensive drugs incl. a diuretic: office SBP ≥ 140 mmHg and 24-h ambulatory SBP ≥ 130 mmHg"],
        ["Anatomy", "Renal artery diameter 3–8 mm"],
        ["Contraindications", "; ".join(CONTRA_EN)],
        ["Users / setting", "Interventional cardiologists or radiologists; hospital catheterisation laboratory"],
    ]),
    H1("4. Clinical benefit and acceptance criteria"),
    TAB(["ID", "Outcome", "Acceptance"], [
        ["CEP-AC-01", "24-h ambulatory SBP change vs sham at 6 mo", "Superiority, difference ≥ 3 mmHg"],
        ["CEP-AC-02", "Major adverse events at 30 days", "≤ 5 %"],
        ["CEP-AC-03", "New renal artery stenosis > 70 % at 12 mo", "≤ 1 %"],
        ["CEP-AC-04", "Durability: office SBP reduction at 36 mo vs 6 mo", "≥ 80 % of 6-month effect retained"],
    ]),
    H1("5. Evidence sources"),
    UL("RC-HTN-01: randomised, sham-controlled CI, n = 150 (2:1), blinded to 6 mo, open-label to 36 mo",
       "Literature: sham-controlled RDN trials, ESH guideline (state of the art); no equivalence"),
]

# ------------------------------------------------------------------ CER (PDF, serif)
CER = [
    T("Clinical Evaluation Report"),
    P("RenoCalm RF Renal Denervation Catheter · OV-CER-019 revision 4 · Öresund Vascular AB · Basic UDI-DI " + UDI),
    H1("Classification and consultation procedure"),
    P(SCOPE),
    H1("Device description"),
    TAB(["Characteristic", "Value"], [
        ["Shaft", "6 F, working length 110 cm, 0.014 in guidewire compatible"],
        ["Electrodes", "4 gold electrodes on a helical nitinol array"],
        ["Vessel diameter range", "3–8 mm"],
        ["Energy", "RF, up to 6.5 W per electrode, 60 s per ablation (RenoCalm G2 generator)"],
    ]),
    H1("Indications for use"),
    P("Reduction of blood pressure in adult patients between 18 and 80 years of age whose hypertension remains "
      "uncontrolled despite at least three antihypertensive medications including a diuretic (office systolic BP of 140 "
      "mmHg or higher and 24-hour ambulatory systolic BP of 130 mmHg or higher). Procedures take place in a hospital "
      "catheterisation laboratory and are performed by trained interventional cardiologists or radiologists."),
    H1("State of the art"),
    P("ESH 2023 guidelines allow RDN as an option in resistant hypertension with eGFR > 40 mL/min/1.73 m² [1]. "
      "Sham-controlled trials of second-generation RF and ultrasound systems show 24-h SBP differences of 3.9–6.3 mmHg "
      "at 2–6 months, with MAE rates < 1 % [2, 3]."),
    H1("Clinical data"),
    TAB(["Ref.", "Study", "n", "Follow-up", "Device"], [
        ["[4]", "RC-HTN-01, randomised sham-controlled", "150 (100 RDN / 50 sham)", "6 mo blinded; 36 mo open", "RenoCalm RF"],
        ["[2]", "Sham-controlled RF RDN trial", "331", "3 mo (36 mo FU)", "Other RF catheter (SotA)"],
        ["[3]", "Pooled ultrasound RDN trials", "506", "2 mo", "Ultrasound system (SotA)"],
    ]),
    TAB(["CEP ID", "Result RC-HTN-01", "Met"], [
        ["CEP-AC-01", "−8.1 vs −2.4 mmHg; difference −5.7 mmHg (95 % CI −8.9 to −2.5)", "Yes"],
        ["CEP-AC-02", "MAE 0.7 % (1/150, access-site bleeding)", "Yes"],
        ["CEP-AC-03", "0 % new stenosis > 70 % at 12 mo (duplex/CTA)", "Yes"],
        ["CEP-AC-04", "Office SBP −14.6 mmHg at 36 mo vs −13.1 mmHg at 6 mo (n = 88)", "Yes"],
    ]),
    H1("Residual risks"),
    UL(*RISKS_EN),
    H1("Benefit–risk"),
    P("A sustained 24-hour SBP reduction of about 6 mmHg beyond sham, maintained to 36 months, with a low procedural "
      "risk; favourable for the intended population."),
    H1("PMCF"),
    P("Registry OV-PMCF-019, 500 patients, 5 years."),
    H1("References"),
    OL("European Society of Hypertension guidelines. J Hypertens 2023.",
       "Ishida K, et al. Sham-controlled RF renal denervation. Lancet 2020.",
       "Moreno L, et al. Pooled ultrasound RDN trials. JAMA Cardiol 2022.",
       "Öresund Vascular. RC-HTN-01 clinical investigation report, 36-month update, 2024."),
]

# ------------------------------------------------------------------ PMCF (DOCX)
PMCF = [
    T("Post-Market Clinical Follow-up Plan – RenoCalm RF"),
    P("OV-PMCF-019 v2 · based on CER OV-CER-019 revision 4 and risk file OV-RMF-019 v6"),
    H1("1 Objectives"),
    TAB(["ID", "Objective", "Endpoint", "Link"], [
        ["PO-1", "BP reduction to 5 years", "Office and 24-h SBP change at 1, 3, 5 yrs", "CI data to 36 mo"],
        ["PO-2", "Renal safety", "eGFR change; new stenosis > 70 % (imaging if clinically indicated)", "Residual risk"],
        ["PO-3", "Real-world procedural safety", "30-day MAE", "CEP-AC-02"],
    ]),
    H1("2 Design and population"),
    P("Prospective, open, multicentre registry in 20 hospital catheterisation laboratories; adults 18–80 years with "
      "resistant hypertension treated per IFU."),
    H1("3 Sample size"),
    P("500 patients: 95 % CI ±0.9 mmHg on mean SBP change (SD 10 mmHg) and upper 95 % bound ≤ 1.6 % for 30-day MAE if "
      "the observed rate is 0.7 %."),
    H1("4 Timeline"),
    TAB(["Step", "When"], [["First patient", "Q2 2025"], ["1-year report", "Q3 2026"], ["Final (5 yrs)", "Q4 2030"]]),
]

# ------------------------------------------------------------------ IFU EN (PDF)
IFU_EN = [
    T("RenoCalm RF Renal Denervation Catheter – Instructions for Use"),
    P("Öresund Vascular AB · OV-IFU-019 EN · Basic UDI-DI " + UDI),
    H1("Indications"),
    P("The RenoCalm RF Catheter is indicated for radiofrequency renal denervation to reduce blood pressure in adults "
      "aged 18 to 80 years with hypertension uncontrolled on three or more antihypertensive drugs including a diuretic "
      "(office SBP ≥ 140 mmHg and 24-h ambulatory SBP ≥ 130 mmHg)."),
    H1("Contraindications"),
    UL(*CONTRA_EN),
    H1("Users and setting"),
    P("For use by interventional cardiologists or radiologists trained in renal denervation, in a hospital "
      "catheterisation laboratory."),
    H1("Warnings"),
    UL("Administer IV heparin to an ACT ≥ 250 s before inserting the catheter.",
       "Give analgesia and sedation; ablation causes visceral pain.",
       "Do not ablate in arteries outside 3–8 mm; the generator blocks energy delivery if wall contact is insufficient."),
    H1("Adverse events"),
    UL(*RISKS_EN),
    H1("Technical data"),
    TAB(["Item", "Value"], [
        ["Catheter", "6 F, 110 cm, 0.014 in wire"], ["Vessel size", "3 mm to 8 mm"],
        ["Electrodes", "4, gold, helical array"], ["Generator", "RenoCalm G2 only"],
    ]),
]

# ------------------------------------------------------------------ IFU DE (DOCX)
IFU_DE = [
    T("RenoCalm RF Katheter zur renalen Denervation – Gebrauchsanweisung"),
    P("Öresund Vascular AB · OV-IFU-019 DE · Basis-UDI-DI " + UDI),
    H1("Indikationen"),
    P("Der RenoCalm RF Katheter ist indiziert zur renalen Radiofrequenz-Denervation zur Blutdrucksenkung bei "
      "Erwachsenen zwischen 18 und 80 Jahren mit Hypertonie, die unter drei oder mehr Antihypertensiva einschließlich "
      "eines Diuretikums nicht kontrolliert ist (Praxis-SBD ≥ 140 mmHg und 24-h-ambulanter SBD ≥ 130 mmHg)."),
    H1("Kontraindikationen"),
    UL("Nierenarterienstenose > 50 % oder frühere Stent-Implantation bzw. Angioplastie der Nierenarterie",
       "Fibromuskuläre Dysplasie", "Nierenarteriendurchmesser < 3 mm oder > 8 mm an der Behandlungsstelle",
       "eGFR < 40 mL/min/1,73 m²", "Schwangerschaft"),
    H1("Anwender und Umgebung"),
    P("Zur Anwendung durch in renaler Denervation geschulte interventionelle Kardiologen oder Radiologen in einem "
      "Herzkatheterlabor eines Krankenhauses."),
    H1("Warnhinweise"),
    UL("Vor Einführen des Katheters i.v. Heparin bis zu einer ACT ≥ 250 s verabreichen.",
       "Analgesie und Sedierung geben; die Ablation verursacht viszerale Schmerzen.",
       "Nicht in Arterien außerhalb von 3–8 mm abladieren; der Generator blockiert die Energieabgabe bei unzureichendem Wandkontakt."),
    H1("Unerwünschte Ereignisse"),
    UL("Komplikationen an der Punktionsstelle (Hämatom, Pseudoaneurysma) (1,3 %)",
       "Vorübergehende Bradykardie oder Bauchschmerzen während der Ablation",
       "Dissektion oder Perforation der Nierenarterie (< 0,5 %)",
       "Neue Nierenarterienstenose (keine > 70 % nach 12 Monaten in RC-HTN-01)",
       "Kontrastmittelinduzierte akute Nierenschädigung"),
    H1("Technische Daten"),
    TAB(["Merkmal", "Wert"], [
        ["Katheter", "6 F, 110 cm, 0,014-in-Draht"], ["Gefäßgröße", "3 mm bis 8 mm"],
        ["Elektroden", "4, Gold, helikale Anordnung"], ["Generator", "nur RenoCalm G2"],
    ]),
]

# ------------------------------------------------------------------ IFU NL (PDF)
IFU_NL = [
    T("RenoCalm RF-katheter voor renale denervatie – Gebruiksaanwijzing"),
    P("Öresund Vascular AB · OV-IFU-019 NL · Basis-UDI-DI " + UDI),
    H1("Indicaties"),
    P("De RenoCalm RF-katheter is geïndiceerd voor renale radiofrequente denervatie om de bloeddruk te verlagen bij "
      "volwassenen van 18 tot 80 jaar met hypertensie die ongecontroleerd blijft ondanks drie of meer antihypertensiva, "
      "waaronder een diureticum (praktijk-SBD ≥ 140 mmHg en 24-uurs ambulante SBD ≥ 130 mmHg)."),
    H1("Contra-indicaties"),
    UL("Nierarteriestenose > 50 % of eerdere stent of angioplastiek van de nierarterie", "Fibromusculaire dysplasie",
       "Diameter van de nierarterie < 3 mm of > 8 mm op de behandelplaats", "eGFR < 40 mL/min/1,73 m²", "Zwangerschap"),
    H1("Gebruikers en omgeving"),
    P("Voor gebruik door in renale denervatie getrainde interventiecardiologen of -radiologen, in een "
      "hartkatheterisatiekamer van een ziekenhuis."),
    H1("Waarschuwingen"),
    UL("Dien vóór het inbrengen van de katheter i.v. heparine toe tot een ACT ≥ 250 s.",
       "Geef analgesie en sedatie; ablatie veroorzaakt viscerale pijn.",
       "Niet ableren in arteriën buiten 3–8 mm; de generator blokkeert de energieafgifte bij onvoldoende wandcontact."),
    H1("Ongewenste voorvallen"),
    UL("Complicaties op de punctieplaats (hematoom, pseudoaneurysma) (1,3 %)",
       "Voorbijgaande bradycardie of buikpijn tijdens ablatie", "Dissectie of perforatie van de nierarterie (< 0,5 %)",
       "Nieuwe nierarteriestenose (geen > 70 % na 12 maanden in RC-HTN-01)",
       "Door contrastmiddel geïnduceerde acute nierschade"),
    H1("Technische gegevens"),
    TAB(["Onderdeel", "Waarde"], [
        ["Katheter", "6 F, 110 cm, 0,014 inch voerdraad"], ["Vaatdiameter", "3 mm tot 8 mm"],
        ["Elektroden", "4, goud, helixvormig"], ["Generator", "alleen RenoCalm G2"],
    ]),
]

# ------------------------------------------------------------------ SSCP (DOCX)
SSCP = [
    T("Summary of Safety and Clinical Performance"),
    P("RenoCalm RF Renal Denervation Catheter · OV-SSCP-019 rev. 1 · Öresund Vascular AB · Basic UDI-DI " + UDI +
      " · Notified Body 2967"),
    H1("Intended purpose"),
    P("Radiofrequency renal denervation to lower blood pressure in adults aged 18–80 years whose hypertension is "
      "uncontrolled on ≥ 3 antihypertensive drugs including a diuretic (office SBP ≥ 140 mmHg, 24-h ambulatory SBP "
      "≥ 130 mmHg). Hospital catheterisation laboratory; trained interventional cardiologists or radiologists."),
    H1("Contraindications"),
    UL(*CONTRA_EN),
    H1("Clinical performance"),
    P("In RC-HTN-01 (150 patients), 24-hour systolic BP fell by 8.1 mmHg after denervation vs 2.4 mmHg after sham at "
      "6 months; the office BP reduction was maintained at 36 months."),
    H1("Residual risks and side-effects"),
    UL(*RISKS_EN),
    H1("Alternatives"),
    P("Lifestyle measures, additional antihypertensive drugs (e.g. spironolactone), other RDN technologies."),
    H1("PMCF"),
    P("500-patient registry with 5-year follow-up."),
]

# ------------------------------------------------------------------ CEAR (Markdown)
CEAR = [
    T("CEAR – RenoCalm RF Renal Denervation Catheter"),
    P("Notified Body: VascuCert Europe AB (NB 2967) · report VCE-25-0334"),
    H1("A. Administrative particulars"),
    TAB(["Item", "Entry"], [
        ["Device", "RenoCalm RF Renal Denervation Catheter (used with RenoCalm G2 generator)"], ["Basic UDI-DI", UDI],
        ["Manufacturer", "Öresund Vascular AB, Malmö, Sweden"], ["Class", "III, Rule 6"],
        ["Documents", "CEP OV-CEP-019 rev. 3; CER OV-CER-019 revision 4; PMCF OV-PMCF-019 v2; SSCP OV-SSCP-019 rev. 1"],
    ]),
    H1("C. Intended purpose"),
    P("RF renal denervation for adults 18–80 years with resistant hypertension (≥ 3 drugs incl. diuretic; office SBP ≥ "
      "140 mmHg, ambulatory SBP ≥ 130 mmHg), renal arteries 3–8 mm, in hospital catheterisation laboratories."),
    H1("D/E. Clinical data"),
    P("RC-HTN-01 (sham-controlled, n = 150): CEP-AC-01 to CEP-AC-04 met, durability shown to 36 months."),
    H1("F. PMCF"),
    P("Registry of 500 patients over 5 years with sample-size justification. Adequate."),
    H1("I. Art. 54"),
    P("Not applicable: class III but non-implantable; not a class IIb device administering medicinal products."),
    H1("Conclusion"),
    P("Benefit–risk acceptable."),
]

DOSSIER = {
    "id": "i12-renal-denervation",
    "device": "RenoCalm RF renal denervation catheter for resistant hypertension",
    "device_class": "III",
    "clean": True,
    "docs": [
        doc("OV-CEP-019_rev3.pdf", "CEP", "en", CEP, "Öresund Vascular AB – OV-CEP-019"),
        {**doc("OV-CER-019_rev4.pdf", "CER", "en", CER, "Öresund Vascular AB – OV-CER-019 revision 4"), "serif": True},
        doc("OV-PMCF-019_v2.docx", "PMCF-plan", "en", PMCF),
        doc("RenoCalm_RF_IFU_EN.pdf", "IFU", "en", IFU_EN, "RenoCalm RF – IFU"),
        doc("RenoCalm_RF_Gebrauchsanweisung_DE.docx", "IFU", "de", IFU_DE),
        doc("RenoCalm_RF_Gebruiksaanwijzing_NL.pdf", "IFU", "nl", IFU_NL, "RenoCalm RF – Gebruiksaanwijzing"),
        doc("OV-SSCP-019_rev1.docx", "SSCP", "en", SSCP),
        doc("CEAR_VCE-25-0334.md", "CEAR", "en", CEAR),
    ],
    "labels": [],
}
