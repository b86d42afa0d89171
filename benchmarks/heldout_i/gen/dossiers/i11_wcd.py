from gen.kit import *  # noqa: F401,F403

UDI = "7350189VGWCD2A9"

SCOPE = ("VestGuard is class III under Rule 22 (active therapeutic device with an integrated diagnostic function that "
         "significantly determines patient management: automatic VT/VF detection and shock). It is active but not "
         "implantable. Art. 54(1)(a) covers class III implantable devices only, and Art. 54(1)(b) covers class IIb active "
         "devices administering or removing medicinal products; neither applies, so the CECP is not required. The SSCP "
         "is provided because the device is class III (Art. 32).")

INDIC = ["Within 40 days after myocardial infarction with LVEF ≤ 35 %",
         "Within 90 days after coronary revascularisation with LVEF ≤ 35 %",
         "Newly diagnosed non-ischaemic cardiomyopathy with LVEF ≤ 35 %",
         "ICD explanted (e.g. infection) and awaiting re-implantation",
         "Listed for heart transplantation"]
RISKS = ["Skin irritation or rash at electrode sites (4.2 %)", "Inappropriate shock (0.6 % of pts over mean 62 days)",
         "No protection while the garment is not worn", "Shock delayed or withheld if a bystander presses the response buttons",
         "Sleep disturbance"]

# ------------------------------------------------------------------ CEP (DOCX)
CEP = [
    T("Clinical Evaluation Plan – VestGuard WCD"),
    TAB(["Field", "Entry"], [
        ["Doc", "KL-CEP-002 v2.1"], ["Manufacturer", "Kalmar LifeTech AB, Kalmar, Sweden"],
        ["Device", "VestGuard wearable cardioverter-defibrillator (garment, electrode belt, monitor, charger)"],
        ["Basic UDI-DI", UDI], ["Class", "III, Rule 22 (active, non-implantable)"],
    ]),
    H1("1 Intended purpose"),
    P("Automatic detection and termination of VT/VF in adults at temporary risk of sudden cardiac arrest (SCA) who are "
      "not, or not yet, candidates for an ICD."),
    H1("2 Target population"),
    TAB(["Criterion", "Specification"], [
        ["Age", "≥ 18 y"], ["Chest circumference", "66–142 cm"], ["Indications", "; ".join(INDIC)],
        ["Contraindications", "Active implanted ICD; skin lesions at electrode sites preventing wear"],
        ["Setting", "Home and daily activities; may also be worn in hospital"],
    ]),
    H1("3 Outcome parameters / acceptance criteria"),
    TAB(["ID", "Parameter", "Criterion"], [
        ["CEP-AC-01", "Conversion of induced VF, first shock (EP lab)", "≥ 95 %"],
        ["CEP-AC-02", "First-shock success, spontaneous VT/VF", "≥ 90 %"],
        ["CEP-AC-03", "Pts with ≥ 1 inappropriate shock over wear period", "≤ 2 %"],
        ["CEP-AC-04", "Median daily wear time", "≥ 20 h/day"],
    ]),
    H1("4 Data sources"),
    UL("VG-CIP-01: EP-lab induced VF substudy (n = 40) + ambulatory cohort (n = 312)",
       "Literature on WCD (RCT, registries) for SotA and benchmarks; no equivalence claimed"),
]

# ------------------------------------------------------------------ CER (PDF, slide-deck style)
CER = [
    T("Clinical Evaluation Report – VestGuard WCD"),
    P("KL-CER-002 · rev. 3 · Kalmar LifeTech AB · Basic UDI-DI " + UDI),
    H1("1 Bottom line"),
    UL("All 4 CEP acceptance criteria met (Table 2)", "Benefit-risk favourable vs no protection / early ICD",
       "PMCF: 1,000-pt registry"),
    H1("2 Regulatory"),
    P(SCOPE),
    H1("3 Device"),
    UL("Garment with 4 dry ECG electrodes + 3 self-gelling defibrillation pads",
       "Monitor 0.8 kg (1.8 lb), 2 rechargeable batteries, 24 h each",
       "Shock: biphasic, 75–150 J, up to 5 per episode", "VF zone 200 bpm (adjustable 120–250 bpm); VT zone 150 bpm",
       "Response buttons allow a conscious pt to withhold shock"),
    H1("4 Indications / population"),
    UL("Adults, 18 years and older, chest circumference 66–142 cm", *INDIC),
    H1("5 Use environment"),
    UL("Home and daily activities; may also be worn in hospital", "Fitted by trained staff; worn 24 h/day except showering"),
    H1("6 State of the art"),
    UL("ICD = definitive therapy; WCD = bridge when ICD not indicated yet or not possible",
       "RCT (n = 2,302) post-MI: no significant reduction of arrhythmic death in ITT; significant in per-protocol (wearers) [2]",
       "Registries: first-shock success 95–100 %, inappropriate shocks 0.5–1.5 % of pts [3, 4]"),
    H1("7 Clinical data"),
    TAB(["Ref", "Study", "n", "Exposure", "Device"], [
        ["[1]", "VG-CIP-01, induced VF substudy", "40", "EP lab", "VestGuard"],
        ["[1]", "VG-CIP-01, ambulatory cohort", "312", "Mean 62 days", "VestGuard"],
        ["[2]", "RCT post-MI", "2,302", "90 days", "Other WCD (SotA)"],
        ["[3]", "National WCD registry", "6,043", "Median 59 days", "Other WCD (SotA)"],
    ]),
    NOTE("Table 1 – Clinical data"),
    TAB(["ID", "Result", "Met"], [
        ["CEP-AC-01", "40/40 induced VF converted with first shock (100 %)", "Yes"],
        ["CEP-AC-02", "11/11 spontaneous VT/VF episodes, first shock (100 %; 95 % CI 72–100 %)", "Yes"],
        ["CEP-AC-03", "2/312 pts (0.6 %) ≥ 1 inappropriate shock", "Yes"],
        ["CEP-AC-04", "Median wear 22.6 h/day", "Yes"],
    ]),
    NOTE("Table 2 – Acceptance criteria"),
    H1("8 Residual risks"),
    UL(*RISKS),
    H1("9 PMCF"),
    UL("Registry KL-PMCF-002, 1,000 pts, to refine CEP-AC-02 precision (small n of spontaneous episodes)"),
    H1("References"),
    OL("Kalmar LifeTech. VG-CIP-01 clinical investigation report, 2024.",
       "Romero A, et al. Wearable defibrillator after myocardial infarction: RCT. N Engl J Med 2018.",
       "Keller F, et al. National WCD registry. Europace 2021.",
       "Sato Y, et al. Inappropriate shocks with WCDs: meta-analysis. Heart Rhythm 2022."),
]

# ------------------------------------------------------------------ PMCF (PDF)
PMCF = [
    T("PMCF Plan – VestGuard WCD"),
    P("KL-PMCF-002 v1.0 · CER KL-CER-002 rev. 3 · RMF KL-RMF-002 v5"),
    H1("Objectives"),
    TAB(["ID", "Objective", "Endpoint"], [
        ["P-01", "First-shock success, spontaneous VT/VF (precision)", "% with 95 % CI"],
        ["P-02", "Inappropriate shocks", "% pts, per month of wear"],
        ["P-03", "Wear compliance", "Median h/day; % pts < 20 h/day"],
        ["P-04", "Skin AE", "Incidence, severity"],
    ]),
    H1("Design"),
    P("Prospective, multicentre registry (25 sites in SE, DE, ES, NL). Adults prescribed VestGuard per IFU; device data "
      "uploaded automatically from home."),
    H1("Sample size"),
    P("1,000 pts: about 35 spontaneous VT/VF episodes expected (3.5 %); lower 95 % CI bound > 90 % if success ≥ 97 %. "
      "Inappropriate shock rate of 1 % estimated ±0.6 %."),
    H1("Timeline"),
    UL("Start Q3 2025", "Interim after 500 pts (Q4 2026)", "Final Q2 2028"),
]

# ------------------------------------------------------------------ IFU EN (DOCX)
IFU_EN = [
    T("VestGuard Wearable Cardioverter-Defibrillator – Instructions for Use"),
    P("Kalmar LifeTech AB · KL-IFU-002 EN · Basic UDI-DI " + UDI),
    H1("Intended use"),
    P("VestGuard detects ventricular tachycardia (VT) and ventricular fibrillation (VF) and delivers a defibrillation "
      "shock automatically. It is intended for adults at temporary risk of sudden cardiac arrest who are not candidates "
      "for, or have refused, an implantable defibrillator."),
    H1("Who can use VestGuard"),
    UL("Adults 18 years or older", "Chest circumference 26 in to 56 in (66 cm to 142 cm)"),
    H1("Indications"),
    UL(*INDIC),
    H1("Contraindications"),
    UL("Patients with an active implanted ICD", "Skin lesions at the electrode sites that prevent wearing the garment"),
    H1("Where it is used"),
    P("At home and during daily activities; the device may also be worn in hospital. Fitting and training by trained "
      "staff."),
    H1("Warnings"),
    UL("Wear the garment 24 hours a day; remove it only to shower. You are not protected while it is off.",
       "Only the patient may press the response buttons. Bystanders must never press them.",
       "Do not touch the patient during a shock."),
    H1("Side-effects and residual risks"),
    UL(*RISKS),
    H1("Specifications"),
    TAB(["Parameter", "Value"], [
        ["Shock", "Biphasic, 75–150 J, up to 5 shocks per episode"], ["VF detection", "200 bpm (adjustable 120–250 bpm)"],
        ["VT detection", "150 bpm (adjustable 120–250 bpm)"], ["Battery", "24 h, 2 batteries"],
        ["Monitor weight", "0.8 kg (1.8 lb)"],
    ]),
]

# ------------------------------------------------------------------ IFU ES (PDF)
IFU_ES = [
    T("Cardioversor-desfibrilador portátil VestGuard – Instrucciones de uso"),
    P("Kalmar LifeTech AB · KL-IFU-002 ES · UDI-DI básico " + UDI),
    H1("Uso previsto"),
    P("VestGuard detecta la taquicardia ventricular (TV) y la fibrilación ventricular (FV) y administra automáticamente "
      "una descarga de desfibrilación. Está destinado a adultos con riesgo temporal de parada cardíaca súbita que no son "
      "candidatos a un desfibrilador implantable o que lo han rechazado."),
    H1("Quién puede usar VestGuard"),
    UL("Adultos de 18 años o más", "Perímetro torácico de 66 cm a 142 cm (26 in a 56 in)"),
    H1("Indicaciones"),
    UL("En los 40 días posteriores a un infarto de miocardio con FEVI ≤ 35 %",
       "En los 90 días posteriores a una revascularización coronaria con FEVI ≤ 35 %",
       "Miocardiopatía no isquémica de nuevo diagnóstico con FEVI ≤ 35 %",
       "DAI explantado (p. ej., por infección) en espera de reimplante",
       "En lista de espera para trasplante cardíaco"),
    H1("Contraindicaciones"),
    UL("Pacientes con un DAI implantado activo", "Lesiones cutáneas en las zonas de los electrodos que impidan llevar la prenda"),
    H1("Dónde se utiliza"),
    P("En el domicilio y durante las actividades diarias; también puede llevarse en el hospital. Ajuste y formación por "
      "personal capacitado."),
    H1("Advertencias"),
    UL("Lleve la prenda las 24 horas del día; quítesela solo para ducharse. Sin ella no está protegido.",
       "Solo el paciente puede pulsar los botones de respuesta. Las demás personas nunca deben pulsarlos.",
       "No toque al paciente durante una descarga."),
    H1("Efectos secundarios y riesgos residuales"),
    UL("Irritación o erupción cutánea en las zonas de los electrodos (4,2 %)",
       "Descarga inapropiada (0,6 % de los pacientes en una media de 62 días)",
       "Sin protección mientras no se lleva la prenda",
       "Descarga retrasada o suprimida si otra persona pulsa los botones de respuesta", "Alteración del sueño"),
    H1("Especificaciones"),
    TAB(["Parámetro", "Valor"], [
        ["Descarga", "Bifásica, 75–150 J, hasta 5 descargas por episodio"], ["Detección de FV", "200 lpm (ajustable 120–250 lpm)"],
        ["Detección de TV", "150 lpm (ajustable 120–250 lpm)"], ["Batería", "24 h, 2 baterías"],
        ["Peso del monitor", "0,8 kg (1,8 lb)"],
    ]),
]

# ------------------------------------------------------------------ SSCP (Markdown)
SSCP = [
    T("Summary of Safety and Clinical Performance – VestGuard WCD"),
    P("KL-SSCP-002 rev. A · Kalmar LifeTech AB · Basic UDI-DI " + UDI + " · NB 2940"),
    H1("1. Intended purpose and population"),
    P("Automatic detection and shock treatment of VT/VF in adults (18 years or older, chest circumference 66–142 cm) at "
      "temporary risk of sudden cardiac arrest who are not candidates for, or have refused, an ICD. Worn at home and "
      "during daily activities; may also be worn in hospital."),
    H1("2. Indications"),
    UL(*INDIC),
    H1("3. Contraindications"),
    UL("Active implanted ICD", "Skin lesions at electrode sites preventing wear"),
    H1("4. Clinical performance"),
    P("Induced VF was converted by the first shock in 40/40 patients; all 11 spontaneous VT/VF episodes in 312 ambulatory "
      "patients were terminated by the first shock. Median wear time was 22.6 hours per day."),
    H1("5. Residual risks and side-effects"),
    UL(*RISKS),
    H1("6. Classification and consultation"),
    P("Class III (Rule 22), active, non-implantable; the Art. 54 consultation procedure does not apply."),
    H1("7. PMCF"),
    P("Registry of 1,000 patients."),
]

# ------------------------------------------------------------------ CEAR (DOCX)
CEAR = [
    T("Clinical Evaluation Assessment Report – VestGuard"),
    P("Notified Body: CardioCert Nordic AB (NB 2940) · CEAR CCN-25-012"),
    H1("A. Administrative"),
    TAB(["Item", "Entry"], [
        ["Device", "VestGuard wearable cardioverter-defibrillator"], ["Basic UDI-DI", UDI],
        ["Manufacturer", "Kalmar LifeTech AB, Kalmar, Sweden"], ["Class", "III (Rule 22), active, not implantable"],
        ["Documents", "CEP KL-CEP-002 v2.1; CER KL-CER-002 rev. 3; PMCF plan KL-PMCF-002 v1.0; SSCP KL-SSCP-002 rev. A"],
    ]),
    H1("C. Intended purpose"),
    P("Automatic VT/VF detection and defibrillation for adults ≥ 18 years (chest circumference 66–142 cm) at temporary "
      "SCA risk who are not ICD candidates or have refused an ICD: early post-MI or post-revascularisation with "
      "LVEF ≤ 35 %, new non-ischaemic cardiomyopathy with LVEF ≤ 35 %, ICD explant awaiting re-implant, heart transplant "
      "listing. Use at home and in daily life; may also be worn in hospital."),
    H1("E. Clinical data"),
    P("VG-CIP-01 (induced VF n = 40; ambulatory n = 312): CEP-AC-01 to CEP-AC-04 met. The small number of spontaneous "
      "episodes is acknowledged and addressed by PMCF objective P-01."),
    H1("F. PMCF"),
    P("1,000-patient registry with sample-size rationale; adequate."),
    H1("I. Art. 54"),
    P("Not applicable. The device is class III but not implantable (Art. 54(1)(a) not met) and is not a class IIb device "
      "administering medicinal products (Art. 54(1)(b) not met)."),
    H1("Conclusion"),
    P("Benefit-risk acceptable; certification recommended."),
]

DOSSIER = {
    "id": "i11-wearable-defibrillator",
    "device": "VestGuard wearable cardioverter-defibrillator vest",
    "device_class": "III",
    "clean": True,
    "docs": [
        doc("KL-CEP-002_v2.1.docx", "CEP", "en", CEP),
        doc("KL-CER-002_rev3.pdf", "CER", "en", CER, "Kalmar LifeTech AB – CER"),
        doc("KL-PMCF-002_v1.0.pdf", "PMCF-plan", "en", PMCF, "Kalmar LifeTech AB – PMCF"),
        doc("VestGuard_IFU_EN.docx", "IFU", "en", IFU_EN),
        doc("VestGuard_IFU_ES.pdf", "IFU", "es", IFU_ES, "VestGuard – Instrucciones de uso"),
        doc("KL-SSCP-002_revA.md", "SSCP", "en", SSCP),
        doc("CEAR_CCN-25-012.docx", "CEAR", "en", CEAR),
    ],
    "labels": [],
}
