from gen.kit import *  # noqa: F401,F403

UDI = "7350112CANHPM3"

Q_MODE_IFU = "either combined with cataract surgery or as a stand-alone procedure, in phakic or pseudophakic eyes"
Q_MODE_CEAR = "ab interno implantation in conjunction with cataract surgery (phacoemulsification)"
Q_LUMEN_IFU = "Inner lumen diameter: 63 µm (± 3 µm)"
Q_LUMEN_CER = "6 mm polyimide tube with a lumen diameter of 45 µm"
Q_IND_EN = "mild to moderate primary open-angle glaucoma (POAG) not controlled on topical medication"
Q_IND_ES = "glaucoma primario de ángulo abierto leve, moderado o avanzado"
Q_REV_CEAR = "Clinical evaluation report LO-CER-014 Rev. C, dated 2024-05-02"
Q_REV_CER = "LO-CER-014 · Revision E · 2025-01-20"

SPEC_EN = [
    ["Material", "Polyimide, inner surface heparin-coated (≤ 0.6 µg heparin per stent)"],
    ["Length", "6.0 mm"],
    ["Outer diameter", "150 µm"],
    ["Lumen", Q_LUMEN_IFU],
    ["Injector", "Pre-loaded, 27 G needle"],
    ["Sterilisation", "Ethylene oxide"],
]

# ------------------------------------------------------------------ CEP (PDF)
CEP = [
    T("Clinical Evaluation Plan – Canalis HP Micro-Stent"),
    P("LO-CEP-014 · Rev. B · Lysekil Ophthalmics AB, Gothenburg, Sweden · Basic UDI-DI " + UDI),
    H1("Scope"),
    UL("Device: Canalis HP heparin-coated glaucoma drainage micro-stent with pre-loaded injector",
       "Class III: Rule 8 (implantable) and Rule 14 (ancillary medicinal substance, heparin)",
       "Annex IX 5.2 consultation on heparin with a medicines authority: completed (opinion 2024-11)"),
    H1("Intended purpose"),
    P("Lowering of intraocular pressure (IOP) in adults with " + Q_IND_EN + ". Implanted ab interno, "
      + Q_MODE_IFU + "."),
    H1("Target group"),
    TAB(["Aspect", "Definition"], [
        ["Age", "18 yrs+"],
        ["Diagnosis", "POAG, incl. pseudoexfoliative and pigmentary, mild to moderate (Hodapp)"],
        ["Excluded", "Angle-closure glaucoma; neovascular glaucoma; prior glaucoma surgery in the same eye"],
    ]),
    H1("Outcome parameters and acceptance criteria"),
    TAB(["ID", "Parameter", "Acceptance"], [
        ["CEP-AC-01", "≥ 20 % IOP reduction from medicated baseline at 12 mo", "≥ 60 % of eyes"],
        ["CEP-AC-02", "Mean number of IOP-lowering medications at 12 mo", "Reduction ≥ 1.0"],
        ["CEP-AC-03", "Hypotony (IOP < 6 mmHg) needing intervention", "≤ 3 %"],
        ["CEP-AC-04", "Endothelial cell loss at 24 mo (vs cataract-only SotA)", "≤ 10 %"],
    ]),
    H1("Evidence plan"),
    UL("CI LO-CIP-03, n = 210 eyes, combined and stand-alone arms, 24 mo FU",
       "Literature: MIGS state of the art (systematic search, PRISMA)", "No equivalence claimed"),
]

# ------------------------------------------------------------------ CER (PDF)
CER = [
    T("Clinical Evaluation Report – Canalis HP Micro-Stent"),
    TAB(["Document", "Reference"], [
        ["Number / revision / date", Q_REV_CER],
        ["Manufacturer", "Lysekil Ophthalmics AB, Gothenburg, Sweden (SRN SE-MF-000052290)"],
        ["Basic UDI-DI", UDI],
    ]),
    H1("1 Device"),
    P("The Canalis HP is a " + Q_LUMEN_CER + ", heparin-coated on the inner surface, placed ab interno "
      "from the anterior chamber into the subconjunctival space to create a new aqueous outflow pathway."),
    H1("2 Intended purpose"),
    P("IOP lowering in adults with " + Q_IND_EN + "; implanted " + Q_MODE_IFU + "."),
    H1("3 Classification and consultation"),
    P("Class III (Rules 8 and 14). Implantable class III device: the CECP under Art. 54(1)(a) MDR applies."),
    H1("4 State of the art"),
    P("Trabeculectomy remains the reference filtering procedure; MIGS devices offer lower IOP reduction but fewer "
      "sight-threatening complications. SotA 12-month success (≥ 20 % IOP reduction) for subconjunctival MIGS: "
      "55–70 %; hypotony requiring intervention 1–4 % [2, 3]."),
    H1("5 Clinical data"),
    TAB(["Ref", "Study", "Eyes", "Arms", "FU"], [
        ["[1]", "LO-CIP-03 multicentre CI", "210", "Combined 124 / stand-alone 86", "24 mo"],
        ["[2]", "Systematic review subconjunctival MIGS", "2,140", "–", "12–36 mo"],
        ["[3]", "Trabeculectomy vs MIGS registry", "3,900", "–", "36 mo"],
    ]),
    TAB(["ID", "Result LO-CIP-03", "Met"], [
        ["CEP-AC-01", "67 % of eyes (141/210)", "Yes"],
        ["CEP-AC-02", "−1.6 medications (2.4 → 0.8)", "Yes"],
        ["CEP-AC-03", "Hypotony needing intervention 1.9 % (4/210)", "Yes"],
        ["CEP-AC-04", "Endothelial cell loss 7.8 % at 24 mo", "Yes"],
    ]),
    H1("6 Benefit–risk"),
    UL("Benefit: IOP −31 % at 12 mo; medication burden reduced",
       "Risks: hypotony, bleb fibrosis needing needling (14 %), stent exposure (0.5 %), endophthalmitis (0 in CI)",
       "Conclusion: favourable vs SotA"),
    H1("7 PMCF"),
    P("Registry LO-PMCF-014, n = 400 eyes, 5 years."),
    H1("References"),
    OL("Lysekil Ophthalmics. LO-CIP-03 clinical investigation report, 2024.",
       "Mendes C, et al. Subconjunctival MIGS: systematic review. Ophthalmology 2022.",
       "Jensen L, et al. Scandinavian glaucoma surgery registry. Acta Ophthalmol 2023."),
]

# ------------------------------------------------------------------ PMCF plan (DOCX)
PMCF = [
    T("PMCF Plan – Canalis HP Micro-Stent"),
    P("LO-PMCF-014 rev. A · linked to LO-CER-014 Rev. E and risk file LO-RMF-014"),
    H1("Objectives"),
    TAB(["No.", "Objective", "Source"], [
        ["1", "Long-term IOP control at 3 and 5 years", "CER: data to 24 mo only"],
        ["2", "Late stent exposure and bleb-related infection", "Residual risk"],
        ["3", "Endothelial cell loss to 5 years", "CEP-AC-04, long term"],
    ]),
    H1("Design and population"),
    P("Prospective registry, 15 European sites; adults with mild to moderate POAG receiving the stent combined with "
      "cataract surgery or stand-alone."),
    H1("Sample size"),
    P("400 eyes: detects a late exposure rate of 1 % with 98 % probability; 95 % CI ±4.6 % on the 5-year success rate."),
    H1("Timeline"),
    TAB(["Milestone", "Date"], [["Start", "Q3 2025"], ["Interim (3 yrs)", "Q4 2028"], ["Final", "Q4 2031"]]),
]

# ------------------------------------------------------------------ IFU EN (DOCX)
IFU_EN = [
    T("Canalis HP Micro-Stent – Instructions for Use"),
    P("Lysekil Ophthalmics AB · LO-IFU-014-EN · Basic UDI-DI " + UDI),
    H1("Indications"),
    P("The Canalis HP Micro-Stent is indicated for the reduction of IOP in adult patients (18 years and over) with "
      + Q_IND_EN + ". It is implanted ab interno, " + Q_MODE_IFU + "."),
    H1("Contraindications"),
    UL("Angle-closure glaucoma", "Neovascular, uveitic or congenital glaucoma", "Known hypersensitivity to heparin",
       "Active ocular infection"),
    H1("Warnings and precautions"),
    UL("Heparin-induced thrombocytopenia history: do not implant.",
       "Monitor IOP on day 1 and week 1; early hypotony may require intervention.",
       "Single use only. Do not resterilise."),
    H1("Potential complications"),
    UL("Hypotony needing intervention (1.9 %)", "Bleb fibrosis needing needling (14 %)", "Stent exposure (0.5 %)",
       "Endothelial cell loss (7.8 % at 24 months)"),
    H1("Technical specifications"),
    TAB(["Characteristic", "Value"], SPEC_EN),
]

# ------------------------------------------------------------------ IFU IT (PDF)
IFU_IT = [
    T("Canalis HP Micro-Stent – Istruzioni per l'uso"),
    P("Lysekil Ophthalmics AB · LO-IFU-014-IT · UDI-DI di base " + UDI),
    H1("Indicazioni"),
    P("Canalis HP Micro-Stent è indicato per la riduzione della pressione intraoculare in pazienti adulti (dai 18 anni) "
      "con glaucoma primario ad angolo aperto (POAG) da lieve a moderato non controllato con terapia topica. Si impianta "
      "ab interno, in combinazione con la chirurgia della cataratta oppure come procedura isolata, in occhi fachici o "
      "pseudofachici."),
    H1("Controindicazioni"),
    UL("Glaucoma ad angolo chiuso", "Glaucoma neovascolare, uveitico o congenito", "Ipersensibilità nota all'eparina",
       "Infezione oculare in atto"),
    H1("Avvertenze e precauzioni"),
    UL("Anamnesi di trombocitopenia indotta da eparina: non impiantare.",
       "Controllare la IOP al giorno 1 e alla settimana 1; l'ipotonia precoce può richiedere un intervento.",
       "Monouso. Non risterilizzare."),
    H1("Possibili complicanze"),
    UL("Ipotonia che richiede intervento (1,9 %)", "Fibrosi della bozza filtrante che richiede needling (14 %)",
       "Esposizione dello stent (0,5 %)", "Perdita di cellule endoteliali (7,8 % a 24 mesi)"),
    H1("Specifiche tecniche"),
    TAB(["Caratteristica", "Valore"], [
        ["Materiale", "Poliimmide, superficie interna rivestita di eparina (≤ 0,6 µg di eparina per stent)"],
        ["Lunghezza", "6,0 mm"], ["Diametro esterno", "150 µm"], ["Lume", "Diametro interno del lume: 63 µm (± 3 µm)"],
        ["Iniettore", "Precaricato, ago 27 G"], ["Sterilizzazione", "Ossido di etilene"],
    ]),
]

# ------------------------------------------------------------------ IFU ES (PDF)
IFU_ES = [
    T("Canalis HP Micro-Stent – Instrucciones de uso"),
    P("Lysekil Ophthalmics AB · LO-IFU-014-ES · UDI-DI básico " + UDI),
    H1("Indicaciones"),
    P("Canalis HP Micro-Stent está indicado para reducir la presión intraocular en pacientes adultos (a partir de 18 "
      "años) con " + Q_IND_ES + " no controlado con medicación tópica. Se implanta ab interno, combinado con cirugía de "
      "cataratas o como procedimiento independiente, en ojos fáquicos o pseudofáquicos."),
    H1("Contraindicaciones"),
    UL("Glaucoma de ángulo cerrado", "Glaucoma neovascular, uveítico o congénito", "Hipersensibilidad conocida a la heparina",
       "Infección ocular activa"),
    H1("Advertencias y precauciones"),
    UL("Antecedentes de trombocitopenia inducida por heparina: no implantar.",
       "Controlar la PIO el día 1 y la semana 1; la hipotonía precoz puede requerir intervención.",
       "Un solo uso. No reesterilizar."),
    H1("Posibles complicaciones"),
    UL("Hipotonía que requiere intervención (1,9 %)", "Fibrosis de la ampolla que requiere needling (14 %)",
       "Exposición del stent (0,5 %)", "Pérdida de células endoteliales (7,8 % a los 24 meses)"),
    H1("Especificaciones técnicas"),
    TAB(["Característica", "Valor"], [
        ["Material", "Poliimida, superficie interna recubierta de heparina (≤ 0,6 µg de heparina por stent)"],
        ["Longitud", "6,0 mm"], ["Diámetro exterior", "150 µm"], ["Luz", "Diámetro interno de la luz: 63 µm (± 3 µm)"],
        ["Inyector", "Precargado, aguja de 27 G"], ["Esterilización", "Óxido de etileno"],
    ]),
]

# ------------------------------------------------------------------ SSCP (PDF)
SSCP = [
    T("SSCP – Canalis HP Micro-Stent"),
    P("LO-SSCP-014 rev. A · Basic UDI-DI " + UDI + " · Lysekil Ophthalmics AB · NB 2871"),
    H1("Intended purpose and indications"),
    P("IOP reduction in adults (18 years and over) with " + Q_IND_EN + "; ab interno, " + Q_MODE_IFU + "."),
    H1("Contraindications"),
    UL("Angle-closure glaucoma", "Neovascular, uveitic or congenital glaucoma", "Known hypersensitivity to heparin",
       "Active ocular infection"),
    H1("Clinical performance"),
    P("LO-CIP-03 (210 eyes): 67 % of eyes achieved ≥ 20 % IOP reduction at 12 months; medications reduced from 2.4 to 0.8."),
    H1("Residual risks and side-effects"),
    UL("Hypotony needing intervention (1.9 %)", "Bleb fibrosis needing needling (14 %)", "Stent exposure (0.5 %)",
       "Endothelial cell loss (7.8 % at 24 months)"),
    H1("PMCF"),
    P("400-eye registry, 5 years."),
]

# ------------------------------------------------------------------ CEAR (DOCX)
CEAR = [
    T("Clinical Evaluation Assessment Report – Canalis HP"),
    H1("Section A – Administrative"),
    TAB(["Item", "Entry"], [
        ["NB", "Baltic Notified Body SIA, NB 2871"],
        ["Device", "Canalis HP Micro-Stent (heparin-coated), Basic UDI-DI " + UDI],
        ["Class", "III (Rules 8, 14)"],
        ["Documents assessed", Q_REV_CEAR + "; CEP LO-CEP-014 Rev. B; PMCF plan LO-PMCF-014 rev. A"],
    ]),
    H1("Section C – Intended purpose as assessed"),
    P("IOP lowering in adults with mild to moderate POAG not controlled on topical medication, by "
      + Q_MODE_CEAR + "."),
    H1("Sections D/E – Clinical data"),
    P("LO-CIP-03, 210 eyes, 24 months. All four CEP acceptance criteria met. Heparin consultation (Annex IX 5.2) favourable."),
    H1("Section F – PMCF"),
    P("Registry of 400 eyes with 5-year follow-up; objectives linked to long-term IOP control and late exposure. Adequate."),
    H1("Section I – Art. 54"),
    P("Class III implantable: consultation under Art. 54(1)(a) applies. Panel: ophthalmology."),
    H1("Conclusion"),
    P("Benefit–risk positive for the intended purpose as assessed above."),
]

DOSSIER = {
    "id": "i04-glaucoma-microstent",
    "device": "Canalis HP heparin-coated glaucoma drainage micro-stent",
    "device_class": "III",
    "clean": False,
    "docs": [
        doc("LO-CEP-014_RevB.pdf", "CEP", "en", CEP, "Lysekil Ophthalmics – LO-CEP-014"),
        doc("LO-CER-014_RevE.pdf", "CER", "en", CER, "Lysekil Ophthalmics – LO-CER-014 Rev. E"),
        doc("LO-PMCF-014_revA.docx", "PMCF-plan", "en", PMCF),
        doc("Canalis_HP_IFU_EN.docx", "IFU", "en", IFU_EN),
        doc("Canalis_HP_IFU_IT.pdf", "IFU", "it", IFU_IT),
        doc("Canalis_HP_IFU_ES.pdf", "IFU", "es", IFU_ES),
        doc("LO-SSCP-014_revA.pdf", "SSCP", "en", SSCP),
        doc("CEAR_2871_Canalis_HP.docx", "CEAR", "en", CEAR, "Baltic Notified Body SIA – CEAR"),
    ],
    "labels": [
        label("standalone_mode_missing_in_cear", "intended-use",
              ["CEAR_2871_Canalis_HP.docx", "Canalis_HP_IFU_EN.docx", "LO-CER-014_RevE.pdf"],
              [Q_MODE_CEAR, Q_MODE_IFU],
              "The CEAR assesses implantation only combined with cataract surgery; IFU, CER, CEP and SSCP also cover "
              "the stand-alone procedure in phakic and pseudophakic eyes.",
              []),
        label("lumen_diameter_differs", "specification",
              ["Canalis_HP_IFU_EN.docx", "LO-CER-014_RevE.pdf"], [Q_LUMEN_IFU, Q_LUMEN_CER],
              "The IFU states a 63 µm lumen, the CER a 45 µm lumen; outflow resistance depends directly on it.",
              []),
        label("spanish_ifu_adds_advanced_glaucoma", "language",
              ["Canalis_HP_IFU_EN.docx", "Canalis_HP_IFU_ES.pdf"], [Q_IND_EN, Q_IND_ES],
              "The Spanish IFU extends the indication to advanced POAG; the English master is limited to mild to moderate.",
              ["intended-use"]),
        label("cear_cites_outdated_cer_revision", "documentation",
              ["CEAR_2871_Canalis_HP.docx", "LO-CER-014_RevE.pdf"], [Q_REV_CEAR, Q_REV_CER],
              "The CEAR lists CER Rev. C as assessed, but the dossier contains CER Rev. E.",
              []),
    ],
}
