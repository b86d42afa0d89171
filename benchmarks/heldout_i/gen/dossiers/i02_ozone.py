from gen.kit import *  # noqa: F401,F403

UDI = "7090051OZHT2W8"

Q_TPL_CEP = "[Insert reference to literature search protocol and date of search]"
Q_EV_SALMON = "Aeromonas load in Atlantic salmon smolt tanks, recirculating aquaculture system"
Q_EV_VITRO = "P. aeruginosa biofilm on polystyrene coupons (in vitro)"
Q_EV_CLAIM = "References [7] and [8] demonstrate the antimicrobial performance of OzoHeal T2 in chronic wounds"
Q_PMCF_METHOD = "User satisfaction questionnaire (online), sent to customer clinics once a year"
Q_PMCF_N = "Sample size: to be defined after market launch"
Q_IND_EN = "diabetic foot ulcers (Wagner grade 1–2) and venous leg ulcers in adults, as an adjunct to standard wound care"
Q_IND_FR = "ulcères du pied diabétique, ulcères veineux de jambe, escarres (stades 2 à 4) et brûlures du deuxième degré"

# ------------------------------------------------------------------ CEP (Markdown)
CEP = [
    T("OzoHeal T2 – Clinical Evaluation Plan"),
    TAB(["Item", "Detail"], [
        ["Document", "BMT-CEP-007, version 2.0"],
        ["Manufacturer", "Bryggen MedTech AS, Bergen, Norway"],
        ["Basic UDI-DI", UDI],
        ["Classification", "Class IIb, Rule 12"],
        ["Literature search protocol", Q_TPL_CEP],
    ]),
    H1("Intended purpose"),
    P("Topical application of an oxygen–ozone gas mixture to chronic wounds of the lower limb in a sealed single-use "
      "treatment boot, as an adjunct to standard wound care, in hospital outpatient wound clinics."),
    H1("Target group"),
    UL("Adults (18 years and over)",
       "Diabetic foot ulcers (DFU), Wagner grade 1–2; venous leg ulcers (VLU)",
       "Contra-indications: ozone hypersensitivity; untreated osteomyelitis; critical limb ischaemia (ABI < 0.5); pregnancy"),
    H1("Clinical benefits and outcome parameters"),
    TAB(["ID", "Benefit", "Parameter", "Acceptance"], [
        ["CEP-AC-01", "Wound area reduction", "% area reduction at 12 weeks", "≥ 40 % mean reduction"],
        ["CEP-AC-02", "Complete closure", "Proportion healed at 12 weeks", "Not inferior to standard care (−10 % margin)"],
        ["CEP-AC-03", "Safety", "Treatment-related skin irritation", "≤ 5 %"],
    ]),
    H1("Methods"),
    UL("Literature review of clinical data on topical ozone in DFU/VLU, PubMed and Embase",
       "Clinical investigation BMT-CIP-02 (randomised, OzoHeal T2 + SWC vs SWC alone)",
       "Appraisal per MEDDEV 2.7/1 rev 4, Appendix A6"),
]

# ------------------------------------------------------------------ CER (DOCX)
CER = [
    T("Clinical Evaluation Report – OzoHeal T2 Topical Ozone Therapy System"),
    P("BMT-CER-007 revision 3, prepared for Bryggen MedTech AS. Basic UDI-DI " + UDI + "."),
    H1("Summary"),
    P("OzoHeal T2 generates an oxygen–ozone mixture (20–80 µg/mL O3) from medical oxygen and applies it to lower-limb "
      "wounds inside a sealed, single-use boot under slight negative pressure. This report concludes that clinical "
      "performance and safety are demonstrated for the intended purpose."),
    H1("Regulatory status"),
    P("Class IIb under Rule 12: an active device administering a gas mixture produced from medical oxygen, a medicinal "
      "product, in a potentially hazardous manner. Article 54(1)(b) MDR applies, so the clinical evaluation consultation "
      "procedure is expected."),
    H1("Device description"),
    TAB(["Parameter", "Value"], [
        ["O3 concentration", "20–80 µg/mL (selectable in 10 µg/mL steps)"],
        ["Gas flow", "0.5–1.0 L/min"],
        ["Boot pressure", "−5 to −15 mbar relative to ambient"],
        ["Session length", "20–30 min"],
        ["Ozone destructor", "Catalytic, residual O3 < 0.05 ppm at exhaust"],
    ]),
    H1("Intended purpose"),
    P("Adjunctive topical treatment of " + Q_IND_EN + " (18 years and over). For use in hospital outpatient wound clinics "
      "by trained healthcare professionals."),
    H1("State of the art"),
    P("Standard care for DFU is offloading, debridement, infection control and moist dressings; for VLU, compression. "
      "Adjunctive options include negative pressure wound therapy, topical oxygen and hyperbaric oxygen. Pooled 12-week "
      "healing rates with standard care are 24–35 % for DFU and 40–50 % for VLU [1, 2]."),
    H1("Clinical data"),
    TAB(["Ref.", "Title / subject", "Design", "n", "Relevance"], [
        ["[3] BMT-CIP-02", "OzoHeal T2 + SWC vs SWC in DFU (n = 52) and VLU (n = 36)", "RCT, 12 wk", "88", "Pivotal – device"],
        ["[4]", "Topical ozone in venous leg ulcers", "Case series, 8 wk", "32", "Supportive – similar device"],
        ["[5]", "Ozone–oxygen bagging in DFU", "RCT, 24 wk", "61", "Supportive – similar device"],
        ["[6]", "Adjunctive therapies for DFU", "Systematic review", "–", "State of the art"],
        ["[7]", Q_EV_SALMON, "Field study", "n/a", "Antimicrobial performance"],
        ["[8]", Q_EV_VITRO, "Laboratory", "n/a", "Antimicrobial performance"],
    ]),
    P(Q_EV_CLAIM + " and are weighted as pivotal evidence for the claim of bacterial load reduction."),
    H2("Acceptance criteria (from CEP BMT-CEP-007)"),
    TAB(["ID", "Result", "Met?"], [
        ["CEP-AC-01", "Mean area reduction 52 % at 12 weeks (BMT-CIP-02)", "Yes"],
        ["CEP-AC-02", "Healed: 38.6 % vs 29.5 % (difference +9.1 %)", "Yes"],
        ["CEP-AC-03", "Skin irritation 2.3 % (1/44)", "Yes"],
    ]),
    H1("Benefit–risk"),
    P("Benefits: faster wound area reduction and a higher proportion healed at 12 weeks. Risks: local skin irritation, "
      "inhalation exposure to ozone if the boot leaks (mitigated by leak detection and the destructor). The benefit–risk "
      "profile is acceptable."),
    H1("Residual risks"),
    UL("RR-1 Ozone inhalation by patient or staff after boot leak", "RR-2 Periwound skin irritation or maceration",
       "RR-3 Delay of revascularisation in patients with undiagnosed ischaemia"),
    H1("PMCF"),
    P("See PMCF plan BMT-PMCF-007."),
    H1("References"),
    OL("Lindqvist A, et al. Healing rates of diabetic foot ulcers under standard care. Diabet Med 2019.",
       "Haugen T, et al. Compression therapy outcomes in venous leg ulcers. Phlebology 2020.",
       "Bryggen MedTech. BMT-CIP-02 clinical investigation report, 2024.",
       "Ferraro G, et al. Topical ozone for venous ulcers. J Wound Care 2018.",
       "Okafor N, et al. Ozone-oxygen limb bagging in diabetic foot ulcers. Int Wound J 2021.",
       "Schaper N, et al. Adjunctive therapies for DFU, systematic review. Diabetes Metab Res Rev 2023.",
       "Brekke O, et al. Ozonation in recirculating aquaculture systems. Aquacult Eng 2019.",
       "Nguyen P, et al. Gaseous ozone against Pseudomonas biofilms. J Appl Microbiol 2017."),
]

# ------------------------------------------------------------------ PMCF (PDF, slide-deck style)
PMCF = [
    T("PMCF Plan – OzoHeal T2"),
    P("BMT-PMCF-007 · v1.0 · linked to CER BMT-CER-007 rev 3"),
    H1("Why PMCF"),
    UL("Confirm safety and performance in routine use", "Residual risks RR-1 to RR-3 (CER)"),
    H1("Population"),
    UL("Adults with DFU or VLU treated in hospital outpatient wound clinics"),
    H1("Method"),
    UL(Q_PMCF_METHOD, "Literature screening every 12 months", "Complaint and vigilance review"),
    H1("Sample size"),
    UL(Q_PMCF_N),
    H1("Endpoints"),
    UL("Overall user satisfaction (5-point scale)", "Reported skin irritation"),
    H1("Timeline"),
    UL("Questionnaire: yearly from launch", "PMCF evaluation report: yearly, with CER update"),
]

# ------------------------------------------------------------------ IFU EN (DOCX)
IFU_EN = [
    T("OzoHeal T2 Instructions for Use"),
    P("BMT-IFU-007-EN, revision C. Bryggen MedTech AS, Bontelabo 2, 5003 Bergen, Norway."),
    H1("Intended purpose"),
    P("OzoHeal T2 applies an oxygen–ozone mixture topically, in a sealed single-use boot, for the treatment of "
      + Q_IND_EN + "."),
    H1("Patient population"),
    P("Adults aged 18 years or older."),
    H1("Contraindications"),
    UL("Known hypersensitivity to ozone", "Untreated osteomyelitis", "Critical limb ischaemia (ABI below 0.5)", "Pregnancy"),
    H1("Warnings"),
    UL("Never open the boot during a session; ozone is toxic when inhaled.",
       "Check arterial perfusion before the first session; refer ischaemic limbs for vascular assessment.",
       "Do not use in oxygen-enriched rooms or near open flames."),
    H1("Users and environment"),
    P("Trained healthcare professionals in hospital outpatient wound clinics. Not for home use."),
    H1("Technical data"),
    TAB(["Parameter", "Value"], [
        ["Ozone concentration", "20–80 µg/mL"], ["Gas flow", "0.5–1.0 L/min"],
        ["Boot pressure", "−5 to −15 mbar"], ["Session", "20–30 min, 3 per week, up to 12 weeks"],
        ["Supply", "Medical oxygen, 2.8–6 bar"],
    ]),
]

# ------------------------------------------------------------------ IFU FR (PDF)
IFU_FR = [
    T("OzoHeal T2 – Notice d'utilisation"),
    P("BMT-IFU-007-FR, révision C. Bryggen MedTech AS, Bergen, Norvège."),
    H1("Destination"),
    P("OzoHeal T2 applique localement un mélange oxygène–ozone, dans une botte étanche à usage unique, pour le traitement "
      "des " + Q_IND_FR + ", chez l'adulte, en complément des soins standard."),
    H1("Population de patients"),
    P("Adultes âgés de 18 ans ou plus."),
    H1("Contre-indications"),
    UL("Hypersensibilité connue à l'ozone", "Ostéomyélite non traitée", "Ischémie critique de membre (IPS inférieur à 0,5)",
       "Grossesse"),
    H1("Avertissements"),
    UL("Ne jamais ouvrir la botte pendant une séance ; l'ozone est toxique par inhalation.",
       "Vérifier la perfusion artérielle avant la première séance ; adresser les membres ischémiques pour bilan vasculaire.",
       "Ne pas utiliser dans une pièce enrichie en oxygène ni près d'une flamme nue."),
    H1("Utilisateurs et environnement"),
    P("Professionnels de santé formés, en consultation externe hospitalière de plaies et cicatrisation. Ne convient pas "
      "à l'usage à domicile."),
    H1("Caractéristiques techniques"),
    TAB(["Paramètre", "Valeur"], [
        ["Concentration d'ozone", "20–80 µg/mL"], ["Débit de gaz", "0,5–1,0 L/min"],
        ["Pression dans la botte", "−5 à −15 mbar"], ["Séance", "20–30 min, 3 par semaine, jusqu'à 12 semaines"],
        ["Alimentation", "Oxygène médical, 2,8–6 bar"],
    ]),
]

# ------------------------------------------------------------------ IFU DE (PDF)
IFU_DE = [
    T("OzoHeal T2 – Gebrauchsanweisung"),
    P("BMT-IFU-007-DE, Revision C. Bryggen MedTech AS, Bergen, Norwegen."),
    H1("Zweckbestimmung"),
    P("OzoHeal T2 bringt ein Sauerstoff-Ozon-Gemisch in einem dichten Einmal-Behandlungsstiefel topisch auf zur "
      "Behandlung von diabetischen Fußulzera (Wagner-Grad 1–2) und venösen Beinulzera bei Erwachsenen, ergänzend zur "
      "Standard-Wundversorgung."),
    H1("Patientengruppe"),
    P("Erwachsene ab 18 Jahren."),
    H1("Kontraindikationen"),
    UL("Bekannte Überempfindlichkeit gegen Ozon", "Unbehandelte Osteomyelitis", "Kritische Extremitätenischämie (ABI unter 0,5)",
       "Schwangerschaft"),
    H1("Warnhinweise"),
    UL("Den Stiefel während einer Sitzung nie öffnen; Ozon ist beim Einatmen giftig.",
       "Vor der ersten Sitzung die arterielle Durchblutung prüfen; ischämische Extremitäten zur Gefäßabklärung überweisen.",
       "Nicht in sauerstoffangereicherten Räumen oder in der Nähe offener Flammen verwenden."),
    H1("Anwender und Umgebung"),
    P("Geschultes Fachpersonal in Wundambulanzen von Krankenhäusern. Nicht für die Heimanwendung."),
    H1("Technische Daten"),
    TAB(["Parameter", "Wert"], [
        ["Ozonkonzentration", "20–80 µg/mL"], ["Gasfluss", "0,5–1,0 L/min"],
        ["Druck im Stiefel", "−5 bis −15 mbar"], ["Sitzung", "20–30 min, 3-mal pro Woche, bis zu 12 Wochen"],
        ["Versorgung", "Medizinischer Sauerstoff, 2,8–6 bar"],
    ]),
]

# ------------------------------------------------------------------ CEAR (PDF)
CEAR = [
    T("CEAR – OzoHeal T2"),
    TAB(["Section A", "Particulars"], [
        ["Notified Body", "MedCert Nordic AS, NB 2933"],
        ["Manufacturer", "Bryggen MedTech AS, Bergen (SRN NO-MF-000018842)"],
        ["Device / Basic UDI-DI", "OzoHeal T2 topical ozone therapy system / " + UDI],
        ["Class", "IIb (Rule 12)"],
        ["Type of assessment", "Initial certification"],
    ]),
    H1("Section C – Device and intended purpose"),
    P("Adjunctive topical oxygen–ozone therapy of DFU (Wagner 1–2) and VLU in adults, in hospital outpatient wound clinics. "
      "The NB notes that topical ozone has a limited but growing clinical literature."),
    H1("Section D/E – Clinical data"),
    P("Pivotal: BMT-CIP-02 RCT (n = 88, 12 weeks). Supportive literature on similar ozone devices. CEP acceptance "
      "criteria CEP-AC-01 to CEP-AC-03 reported as met."),
    H1("Section F – PMCF"),
    P("Plan BMT-PMCF-007 reviewed; activities comprise a questionnaire, literature screening and complaint review."),
    H1("Section I – Consultation procedure"),
    P("Class IIb active device administering a medicinal product (Rule 12): the CECP under Art. 54(1)(b) applies; no "
      "exemption."),
    H1("Overall conclusion"),
    P("Benefit–risk acceptable for the stated intended purpose."),
]

DOSSIER = {
    "id": "i02-ozone-wound",
    "device": "OzoHeal T2 topical ozone gas therapy device for chronic wounds",
    "device_class": "IIb",
    "clean": False,
    "docs": [
        doc("BMT-CEP-007_OzoHeal_T2.md", "CEP", "en", CEP),
        doc("BMT-CER-007_OzoHeal_T2_rev3.docx", "CER", "en", CER, "Bryggen MedTech AS – BMT-CER-007 rev 3"),
        doc("BMT-PMCF-007_OzoHeal_T2.pdf", "PMCF-plan", "en", PMCF, "Bryggen MedTech AS – PMCF plan"),
        doc("OzoHeal_T2_IFU_EN.docx", "IFU", "en", IFU_EN, "OzoHeal T2 – IFU (EN)"),
        doc("OzoHeal_T2_Notice_FR.pdf", "IFU", "fr", IFU_FR, "OzoHeal T2 – Notice (FR)"),
        doc("OzoHeal_T2_Gebrauchsanweisung_DE.pdf", "IFU", "de", IFU_DE, "OzoHeal T2 – Gebrauchsanweisung (DE)"),
        doc("CEAR_2933_OzoHeal_T2.pdf", "CEAR", "en", CEAR, "MedCert Nordic AS – CEAR 2933-25-118"),
    ],
    "labels": [
        label("unfilled_search_protocol_reference", "template",
              ["BMT-CEP-007_OzoHeal_T2.md"], [Q_TPL_CEP],
              "The CEP still carries the template placeholder instead of the literature search protocol reference.",
              ["documentation"]),
        label("aquaculture_and_in_vitro_evidence", "evidence",
              ["BMT-CER-007_OzoHeal_T2_rev3.docx"], [Q_EV_SALMON, Q_EV_VITRO, Q_EV_CLAIM],
              "Fish-farm water treatment and an in-vitro biofilm study are used as pivotal clinical evidence for "
              "antimicrobial performance in human chronic wounds.",
              ["claim"]),
        label("survey_only_pmcf_without_sample_size", "pmcf",
              ["BMT-PMCF-007_OzoHeal_T2.pdf"], [Q_PMCF_METHOD, Q_PMCF_N],
              "PMCF consists of a yearly satisfaction questionnaire with no clinical endpoints and a sample size left "
              "to be defined.",
              ["template"]),
        label("french_ifu_widens_indications", "language",
              ["OzoHeal_T2_IFU_EN.docx", "OzoHeal_T2_Notice_FR.pdf"], [Q_IND_EN, Q_IND_FR],
              "The French IFU adds pressure ulcers and second-degree burns to the indications, and drops the Wagner "
              "grade limit, compared with the English master.",
              ["intended-use"]),
    ],
}
