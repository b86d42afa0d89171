from gen.kit import *  # noqa: F401,F403

UDI = "7090077NFHVP1M"
MFR = "Aurland Infusion AS, Fjordgata 11, 6090 Fosnavåg, Norway"

# ------------------------------------------------------------------ CEP (DOCX)
CEP = [
    T("Clinical Evaluation Plan: NutriFlow Home VP"),
    TAB(["Field", "Value"], [
        ["Document", "AI-CEP-011 rev. C"], ["Manufacturer", MFR],
        ["Device", "NutriFlow Home VP ambulatory volumetric infusion pump with NF-300 administration sets"],
        ["Basic UDI-DI", UDI], ["Class", "IIb – Rule 12 (active device administering medicinal products)"],
    ]),
    H1("1. Abbreviations"),
    P("HPN home parenteral nutrition; PN parenteral nutrition; CVAD central venous access device; CRBSI catheter-related "
      "bloodstream infection; VTBI volume to be infused; FU follow-up; AE adverse event; SAE serious AE; pts patients."),
    H1("2. Intended purpose"),
    P("Controlled intravenous delivery of PN admixtures, lipid emulsions and hydration fluids via a CVAD, including "
      "continuous and cyclic (tapered) regimens, for pts on long-term HPN."),
    H1("3. Target groups"),
    TAB(["Item", "Definition"], [
        ["Pts", "Adults and children aged ≥ 3 y, body weight ≥ 10 kg (22 lb)"],
        ["Indication", "Chronic intestinal failure or other conditions requiring HPN ≥ 3 mo"],
        ["Contraindications", "Epidural, intra-arterial or enteral administration; blood products"],
        ["Users", "Trained pts, lay caregivers, home-care nurses; therapy started by an HPN centre"],
        ["Environment", "Home and daily life (ambulatory, backpack); hospital for initiation and training"],
    ]),
    H1("4. Outcome parameters and acceptance criteria"),
    TAB(["ID", "Parameter", "Criterion", "Basis"], [
        ["CEP-AC-01", "Infusions completed as prescribed (± 5 % volume, ± 30 min)", "≥ 95 %", "SotA pump studies"],
        ["CEP-AC-02", "SAE due to over- or under-infusion", "0 in CI; rate ≤ SotA in PMCF", "Risk file AI-RMF-011"],
        ["CEP-AC-03", "Usability: System Usability Scale (SUS) in lay users", "Mean ≥ 70", "IEC 62366-1 summative"],
        ["CEP-AC-04", "Alarm-related interruptions without clinical cause", "≤ 1 per 10 infusions", "SotA"],
    ]),
    H1("5. Methods"),
    UL("Literature: PubMed, Embase, Cochrane; separate searches for device, similar pumps and SotA of HPN delivery.",
       "Clinical investigation AI-CIP-01 (n = 62 pts, 6 mo, 4 HPN centres, incl. 14 children 3–17 y).",
       "Bench data per IEC 60601-2-24 (flow accuracy, occlusion, bolus)."),
]

# ------------------------------------------------------------------ CER (PDF)
CER = [
    T("CER – NutriFlow Home VP Volumetric Infusion Pump"),
    P("Document AI-CER-011, revision D · " + MFR + " · Basic UDI-DI " + UDI),
    H1("1 Summary"),
    P("The NutriFlow Home VP (the NutriFlow pump) is a battery-powered linear-peristaltic volumetric pump used with "
      "dedicated NF-300 sets to deliver PN at home. Clinical data from AI-CIP-01 and the literature show that it meets "
      "all CEP acceptance criteria; the benefit-risk is favourable."),
    H1("2 Classification and Art. 54"),
    P("Class IIb according to Rule 12, because the pump administers medicinal products (PN admixtures, lipid emulsions) "
      "in a potentially hazardous manner. As a class IIb active device intended to administer medicinal products, it falls "
      "under Article 54(1)(b) MDR; this is an initial certification and no Art. 54(2) exemption is claimed."),
    H1("3 Device description"),
    TAB(["Characteristic", "Value"], [
        ["Flow rate", "0.1 – 999 mL/h (0.1 mL/h steps below 100 mL/h)"],
        ["Flow accuracy", "± 5 % (IEC 60601-2-24, NF-300 set)"],
        ["VTBI", "0.1 – 9999 mL"],
        ["Programs", "Continuous; cyclic with ramp-up/ramp-down (taper) 0 – 120 min"],
        ["Occlusion alarm", "Downstream, 3 levels: 300 / 600 / 900 mmHg"],
        ["Air-in-line", "Single bubble ≥ 50 µL; cumulative 1 mL in 15 min"],
        ["Battery", "24 h at 125 mL/h"],
        ["Mass", "1.4 kg (3.1 lb) with battery"],
    ]),
    H1("3.1 Intended purpose"),
    P("Intravenous infusion of PN admixtures, lipids and hydration fluids through a central venous access device in "
      "adults and children of 3 years or older who weigh at least 10 kg, on long-term HPN (continuous or cyclic). Used "
      "at home and during daily activities by trained patients and lay caregivers; therapy is initiated and users are "
      "trained in hospital by the HPN team."),
    H1("4 State of the art"),
    P("HPN is standard therapy for chronic intestinal failure (ESPEN guideline [1]). Ambulatory volumetric pumps with "
      "cyclic programs are the SotA; main clinical risks are CRBSI (0.4–1.5 per 1,000 catheter days, mostly "
      "catheter-care related [2]), metabolic complications from rate errors and free-flow. Reported completion of "
      "prescribed infusions with current pumps: 93–97 % [3]."),
    H1("5 Clinical data"),
    TAB(["Ref.", "Study", "n", "Pts", "FU", "Device"], [
        ["[4]", "AI-CIP-01, prospective, multicentre", "62", "48 adults, 14 children 3–17 y", "6 mo", "NutriFlow Home VP"],
        ["[3]", "Observational, home PN pumps", "211", "Adults", "12 mo", "Similar pumps (SotA)"],
        ["[5]", "Paediatric HPN cohort", "96", "Children 3–17 y", "24 mo", "Similar pumps (SotA)"],
    ]),
    NOTE("Equivalence is not claimed. Refs [3] and [5] are used for SotA benchmarks only."),
    H2("5.1 Acceptance criteria"),
    TAB(["CEP ID", "Result AI-CIP-01", "Met"], [
        ["CEP-AC-01", "97.8 % of 9,420 infusions completed as prescribed", "Yes"],
        ["CEP-AC-02", "0 SAE due to over- or under-infusion", "Yes"],
        ["CEP-AC-03", "SUS mean 81 (adults 82, caregivers of children 78)", "Yes"],
        ["CEP-AC-04", "0.6 non-clinical alarm interruptions per 10 infusions", "Yes"],
    ]),
    H1("6 Safety"),
    UL("AE possibly device-related: 7 (occlusion alarms at night disturbing sleep 5; set leak 2); no SAE device-related.",
       "CRBSI 0.9 per 1,000 catheter days, within SotA; none attributed to the pump.",
       "No free-flow event (anti-free-flow clamp on NF-300 set)."),
    H1("7 Residual risks"),
    TAB(["ID", "Residual risk", "Mitigation"], [
        ["RR-1", "Wrong programming by lay user (rate/VTBI)", "Locked prescription profiles, training, IFU §5"],
        ["RR-2", "Undetected upstream occlusion (bag clamp closed)", "Upstream sensor, alarm"],
        ["RR-3", "Sleep disturbance from nocturnal alarms", "Alarm volume setting, PMCF objective"],
    ]),
    H1("8 Benefit-risk"),
    P("Benefit: reliable delivery of PN at home, ambulation during cyclic infusion, high usability for lay users. "
      "Risks are low and controlled. The benefit-risk ratio is favourable and the claims in the IFU are supported."),
    H1("9 PMCF"),
    P("Registry AI-PMCF-011 (250 pts, 24 mo) addressing RR-1 to RR-3 and long-term use in children."),
    H1("References"),
    OL("ESPEN guideline on home parenteral nutrition. Clin Nutr 2020.",
       "Dahl M, et al. CRBSI in adult HPN: cohort study. Clin Nutr ESPEN 2021.",
       "Kirkeby J, et al. Ambulatory pumps in home PN: observational study. JPEN 2019.",
       "Aurland Infusion. AI-CIP-01 clinical investigation report, rev. B, 2024.",
       "Van Dijk S, et al. Paediatric HPN outcomes. J Pediatr Gastroenterol Nutr 2022."),
]

# ------------------------------------------------------------------ PMCF (DOCX)
PMCF = [
    T("PMCF Plan – NutriFlow Home VP"),
    P("AI-PMCF-011 rev. A · refers to CER AI-CER-011 rev. D and risk management file AI-RMF-011 rev. 6"),
    H1("A. Device"),
    P("NutriFlow Home VP volumetric infusion pump, class IIb, Basic UDI-DI " + UDI + ". Intended for HPN at home in "
      "adults and children aged 3 years and over weighing ≥ 10 kg."),
    H1("B. Specific objectives"),
    TAB(["ID", "Objective", "Endpoint", "Source"], [
        ["PMCF-01", "Programming errors by lay users", "Events per 1,000 infusions", "RR-1"],
        ["PMCF-02", "Undetected upstream occlusion", "Events with missed dose > 20 %", "RR-2"],
        ["PMCF-03", "Nocturnal alarm burden", "Alarms/night; sleep item of HPN-QOL", "RR-3"],
        ["PMCF-04", "Long-term use in children 3–17 y", "Completion rate, AE", "CER §5: 14 children, 6 mo"],
    ]),
    H1("C. Methods"),
    UL("Prospective registry in 6 HPN centres (NO, SE, DK, NL); patients use the pump at home.",
       "Pump event logs downloaded at routine visits (every 3 mo) + eCRF.",
       "General PMCF: literature screening every 12 mo, complaint trending."),
    H1("D. Sample size"),
    P("250 pts (≥ 50 children) give ≥ 150,000 infusions; a programming-error rate of 0.5 per 1,000 infusions is "
      "estimated with a 95 % CI of ±0.11. 50 children allow detection of an AE with 3 % incidence with 78 % probability."),
    H1("E. Timeline"),
    TAB(["Activity", "Q/Y"], [["Start", "Q2 2025"], ["Interim report", "Q2 2026"], ["Final report, CER update", "Q3 2027"]]),
]

# ------------------------------------------------------------------ IFU EN (PDF)
IFU_EN = [
    T("NutriFlow Home VP – Instructions for Use"),
    P("Aurland Infusion AS · AI-IFU-011 EN, version 3 · Basic UDI-DI " + UDI),
    H1("1 Intended use"),
    P("The NutriFlow Home VP is a volumetric infusion pump for intravenous delivery of parenteral nutrition (PN), lipid "
      "emulsions and hydration fluids through a central venous access device, as continuous or cyclic infusion."),
    H1("2 Patients"),
    UL("Adults and children 3 years and older", "Body weight at least 10 kg (22 lb)",
       "Patients needing long-term home parenteral nutrition"),
    H1("3 Contraindications"),
    UL("Epidural, intra-arterial or enteral administration", "Transfusion of blood or blood products"),
    H1("4 Users and environment"),
    P("Patients, lay caregivers and home-care nurses who have completed the training given by the HPN centre. The pump "
      "is used at home and on the move (carry bag or backpack); therapy is started in hospital."),
    H1("5 Warnings"),
    UL("Use only NF-300 administration sets; other sets may cause free-flow or inaccurate delivery.",
       "Never change the prescribed rate or volume unless instructed by your HPN team.",
       "If an occlusion alarm recurs, check clamps and the catheter, then call your HPN team. Do not silence repeated "
       "alarms without finding the cause."),
    H1("6 Residual risks and side-effects"),
    UL("Programming error leading to over- or under-infusion (hyper- or hypoglycaemia, fluid overload)",
       "Missed or incomplete infusion after an unresolved occlusion", "Sleep disturbance from night-time alarms"),
    H1("7 Technical specifications"),
    TAB(["Parameter", "Specification"], [
        ["Flow rate", "0.1 – 999 mL/h"], ["Accuracy", "± 5 %"], ["VTBI", "0.1 – 9999 mL"],
        ["Taper", "Ramp up/down 0 – 120 min"], ["Occlusion pressure", "300, 600 or 900 mmHg"],
        ["Air detection", "≥ 50 µL bubble"], ["Battery", "24 h at 125 mL/h"], ["Weight", "1.4 kg"],
    ]),
]

# ------------------------------------------------------------------ IFU FR (PDF)
IFU_FR = [
    T("NutriFlow Home VP – Notice d'utilisation"),
    P("Aurland Infusion AS · AI-IFU-011 FR, version 3 · IUD-ID de base " + UDI),
    H1("1 Utilisation prévue"),
    P("La pompe NutriFlow Home VP est une pompe à perfusion volumétrique destinée à l'administration intraveineuse de "
      "nutrition parentérale (NP), d'émulsions lipidiques et de solutés d'hydratation par un dispositif d'accès veineux "
      "central, en perfusion continue ou cyclique."),
    H1("2 Patients"),
    UL("Adultes et enfants à partir de 3 ans", "Poids corporel d'au moins 10 kg (22 lb)",
       "Patients nécessitant une nutrition parentérale à domicile au long cours"),
    H1("3 Contre-indications"),
    UL("Administration péridurale, intra-artérielle ou entérale", "Transfusion de sang ou de produits sanguins"),
    H1("4 Utilisateurs et environnement"),
    P("Patients, aidants non professionnels et infirmiers à domicile ayant suivi la formation dispensée par le centre de "
      "NPAD. La pompe s'utilise à domicile et en déplacement (sacoche ou sac à dos) ; le traitement est instauré à "
      "l'hôpital."),
    H1("5 Avertissements"),
    UL("Utiliser uniquement les tubulures NF-300 ; d'autres tubulures peuvent provoquer un écoulement libre ou une "
       "administration inexacte.",
       "Ne jamais modifier le débit ou le volume prescrit sans instruction de votre équipe de NPAD.",
       "Si une alarme d'occlusion se répète, vérifier les clamps et le cathéter, puis appeler votre équipe de NPAD. Ne pas "
       "mettre en sourdine des alarmes répétées sans en avoir trouvé la cause."),
    H1("6 Risques résiduels et effets secondaires"),
    UL("Erreur de programmation entraînant une sur- ou sous-perfusion (hyper- ou hypoglycémie, surcharge hydrique)",
       "Perfusion manquée ou incomplète après une occlusion non résolue", "Troubles du sommeil dus aux alarmes nocturnes"),
    H1("7 Caractéristiques techniques"),
    TAB(["Paramètre", "Spécification"], [
        ["Débit", "0,1 – 999 mL/h"], ["Précision", "± 5 %"], ["Volume à perfuser", "0,1 – 9999 mL"],
        ["Paliers", "Montée/descente 0 – 120 min"], ["Pression d'occlusion", "300, 600 ou 900 mmHg"],
        ["Détection d'air", "Bulle ≥ 50 µL"], ["Batterie", "24 h à 125 mL/h"], ["Poids", "1,4 kg"],
    ]),
]

# ------------------------------------------------------------------ IFU IT (DOCX)
IFU_IT = [
    T("NutriFlow Home VP – Istruzioni per l'uso"),
    P("Aurland Infusion AS · AI-IFU-011 IT, versione 3 · UDI-DI di base " + UDI),
    H1("1 Destinazione d'uso"),
    P("NutriFlow Home VP è una pompa per infusione volumetrica per la somministrazione endovenosa di nutrizione "
      "parenterale (NP), emulsioni lipidiche e soluzioni di idratazione tramite un accesso venoso centrale, in infusione "
      "continua o ciclica."),
    H1("2 Pazienti"),
    UL("Adulti e bambini dai 3 anni in su", "Peso corporeo di almeno 10 kg (22 lb)",
       "Pazienti che necessitano di nutrizione parenterale domiciliare a lungo termine"),
    H1("3 Controindicazioni"),
    UL("Somministrazione epidurale, intra-arteriosa o enterale", "Trasfusione di sangue o emoderivati"),
    H1("4 Utilizzatori e ambiente"),
    P("Pazienti, caregiver non professionali e infermieri domiciliari che hanno completato la formazione del centro NPD. "
      "La pompa si usa a domicilio e in movimento (borsa o zaino); la terapia viene avviata in ospedale."),
    H1("5 Avvertenze"),
    UL("Usare solo set di somministrazione NF-300; altri set possono causare flusso libero o erogazione imprecisa.",
       "Non modificare mai la velocità o il volume prescritti senza indicazione del team NPD.",
       "Se un allarme di occlusione si ripete, controllare i morsetti e il catetere, quindi chiamare il team NPD. Non "
       "silenziare allarmi ripetuti senza averne trovato la causa."),
    H1("6 Rischi residui ed effetti collaterali"),
    UL("Errore di programmazione con sovra- o sottoinfusione (iper- o ipoglicemia, sovraccarico di liquidi)",
       "Infusione mancata o incompleta dopo un'occlusione non risolta", "Disturbi del sonno dovuti agli allarmi notturni"),
    H1("7 Specifiche tecniche"),
    TAB(["Parametro", "Specifica"], [
        ["Velocità di flusso", "0,1 – 999 mL/h"], ["Accuratezza", "± 5 %"], ["Volume da infondere", "0,1 – 9999 mL"],
        ["Rampa", "Salita/discesa 0 – 120 min"], ["Pressione di occlusione", "300, 600 o 900 mmHg"],
        ["Rilevamento aria", "Bolla ≥ 50 µL"], ["Batteria", "24 h a 125 mL/h"], ["Peso", "1,4 kg"],
    ]),
]

# ------------------------------------------------------------------ CEAR (Markdown)
CEAR = [
    T("Clinical Evaluation Assessment Report – NutriFlow Home VP"),
    P("Notified Body: NorDiag Certification AS, NB 2906 · CEAR ND-25-0207"),
    H1("Section A – Administrative particulars"),
    TAB(["Item", "Entry"], [
        ["Device", "NutriFlow Home VP volumetric infusion pump with NF-300 sets"],
        ["Basic UDI-DI", UDI], ["Manufacturer", "Aurland Infusion AS, Fosnavåg, Norway"],
        ["Class / rule", "IIb / Rule 12"], ["Assessment", "Initial MDR certification"],
        ["Documents", "CEP AI-CEP-011 rev. C; CER AI-CER-011 rev. D; PMCF plan AI-PMCF-011 rev. A; IFU AI-IFU-011 v3"],
    ]),
    H1("Section C – Device and intended purpose"),
    P("Volumetric pump for intravenous PN, lipids and hydration fluids via central venous access, continuous or cyclic, "
      "for adults and children aged 3 years and older with a body weight of 10 kg or more on long-term HPN; use at home "
      "by trained patients and lay caregivers after initiation in hospital."),
    H1("Sections D/E – Clinical data"),
    P("AI-CIP-01 (62 patients including 14 children, 6 months) met CEP-AC-01 to CEP-AC-04. Literature used for SotA "
      "benchmarks only; no equivalence."),
    H1("Section F – PMCF"),
    P("Registry of 250 patients over 24 months with objectives tied to RR-1 to RR-3 and paediatric long-term use; "
      "sample size justified. Adequate."),
    H1("Section G – IFU"),
    P("Indications, population, users and warnings in the EN, FR and IT IFUs are aligned with the CER."),
    H1("Section I – Art. 54"),
    P("Class IIb active device administering medicinal products: the consultation under Art. 54(1)(b) applies. No "
      "exemption. Proposed expert panel: gastroenterology and hepatology."),
    H1("Conclusion"),
    P("Clinical evidence sufficient; benefit-risk acceptable."),
]

DOSSIER = {
    "id": "i08-hpn-infusion-pump",
    "device": "NutriFlow Home VP volumetric infusion pump for home parenteral nutrition",
    "device_class": "IIb",
    "clean": True,
    "docs": [
        doc("AI-CEP-011_revC.docx", "CEP", "en", CEP),
        doc("AI-CER-011_revD.pdf", "CER", "en", CER, "Aurland Infusion AS – CER AI-CER-011 rev. D"),
        doc("AI-PMCF-011_revA.docx", "PMCF-plan", "en", PMCF),
        doc("NutriFlow_IFU_EN.pdf", "IFU", "en", IFU_EN, "NutriFlow Home VP – IFU"),
        doc("NutriFlow_Notice_FR.pdf", "IFU", "fr", IFU_FR, "NutriFlow Home VP – Notice"),
        doc("NutriFlow_Istruzioni_IT.docx", "IFU", "it", IFU_IT),
        doc("CEAR_ND-25-0207.md", "CEAR", "en", CEAR),
    ],
    "labels": [],
}
