"""ag09 – fractional CO2 laser for dermatology (IIb, Rule 9, no CECP). CLEAN."""
POP = "Adults aged 18 years and above with Fitzpatrick skin types I to IV."
F = dict(
    id="ag09_co2laser", device_label="DermaNova FX-30 – fractional CO2 laser for dermatology (scars, photo-ageing)",
    trade="DermaNova FX-30", generic="fractional carbon dioxide (CO2) laser system for dermatology",
    mfr="Kaveri Biomedical Systems Pvt. Ltd.", mfr_addr="Plot 41-B, KIADB Industrial Area, Bommasandra, Bengaluru 560099, India",
    site="the Electronic City (Bengaluru) laser unit", srn="IN-MF-000031742", udi="8904217DNFX30LQ",
    ear="Medrep Europa B.V., Stationsweg 14, 2312 AV Leiden, The Netherlands", nb="NordCert Medical A/S", nb_no="2893",
    nb_reviewer="Frederik Holst", author="Dr. Kavitha Subramanian, MD (Dermatology)", reviewer_mfr="Dr. Rahul Mahajan, MCh (Plastic Surgery)",
    author_cv="dermatologist and laser specialist with 10 years of practice", first_ce="2026 (MDR)",
    models=[("FX-30", "Fractional CO2 laser console, 30 W, with articulated arm"),
            ("FX-SC20", "Scanner handpiece, scan area upto 20 x 20 mm, spot 120 µm"),
            ("FX-EP", "Patient and operator eye protection set (OD 6+ at 10,600 nm)")],
    cls="IIb", rule="Rule 9", cecp=False,
    cecp_why="The Device is an active therapeutic device delivering laser energy to the skin; it does not administer or remove medicinal products and is not implantable.",
    eval_type="initial clinical evaluation for CE marking under the MDR",
    purpose=("The DermaNova FX-30 is intended for fractional ablative resurfacing of the skin with CO2 laser energy, for "
             "the treatment of atrophic and surgical scars and of signs of photo-ageing, in dermatology and plastic "
             "surgery clinics and hospitals."),
    population=POP,
    indications=["Atrophic acne scars", "Mature surgical and traumatic scars (at least 6 months old)",
                 "Photo-ageing of the face, neck and hands: fine and moderate wrinkles, rough texture and dyschromia"],
    contraindications=["Oral isotretinoin within the last 6 months", "Active infection, including herpes simplex, in the treatment area",
                       "Pregnancy", "History of keloid formation", "Fitzpatrick skin types V and VI",
                       "Use of photosensitising medication or immunosuppression"],
    users="Dermatologists and plastic surgeons trained in laser resurfacing, in clinics and hospitals with a laser-controlled area.",
    description=[
        "The DermaNova FX-30 is a sealed RF-excited CO2 laser (10,600 nm) with a maximum output of 30 W, delivered "
        "through an articulated arm to a scanner handpiece which places microscopic ablation columns of 120 µm diameter "
        "in a pattern of adjustable density (5 to 25 % coverage) and depth (pulse energy 2.5 to 60 mJ). The untreated "
        "skin between the columns allows rapid re-epithelialisation.",
        "The Device has a 650 nm aiming beam, a footswitch, an emergency stop and a key switch; it is a class 4 laser "
        "as per IEC 60825-1."],
    sota=[
        "Ablative fractional CO2 laser resurfacing is an established treatment for atrophic acne scars and photo-ageing, "
        "with improvement of 25-75 % in scar grading after 1-3 sessions in systematic reviews, and a lower complication "
        "rate than fully ablative CO2 resurfacing. Post-inflammatory hyperpigmentation is more frequent in darker skin "
        "types. Alternatives are non-ablative fractional lasers, microneedling, chemical peels, dermal fillers and subcision."],
    benefits=[("Improvement of atrophic scars", "Improvement of at least one grade on the Goodman-Baron qualitative scale at 6 months", "78 % of Pts. (28/36)"),
              ("Improvement of photo-ageing", "Improvement of at least one class on the Fitzpatrick wrinkle scale at 6 months", "72 % of Pts. (23/32)"),
              ("Safety", "Incidence of scarring, infection and persistent PIH beyond 3 months", "Persistent PIH 2.9 %; no scarring or infection")],
    acceptance=["At least 60 % of Pts. improved by one grade/class", "Persistent PIH beyond 3 months in not more than 10 %", "No hypertrophic scarring attributable to the Device"],
    dev_plan="The clinical investigation DN-CI-01 has been completed; PMCF shall follow in routine use.",
    summary=("The clinical investigation DN-CI-01 with 68 adults shows improvement of atrophic scars and photo-ageing in "
             "line with the state of the art, with transient side-effects and no scarring."),
    search_date="07-03-2025",
    search_stats="A total of 1,033 records were screened, 52 full texts were assessed and 21 articles were included.",
    studies=[dict(ref="DN-CI-01 (scars)", design="Prospective, 2-centre, blinded photo assessment", n="36", pop="Adults 19-44 years, skin types III-IV, acne (24) and surgical (12) scars",
                  fu="6 months", out="≥1 grade: 78 %; persistent PIH 2.8 %"),
             dict(ref="DN-CI-01 (photo-ageing)", design="Same CI", n="32", pop="Adults 38-67 years, skin types I-IV",
                  fu="6 months", out="≥1 class: 72 %; persistent PIH 3.1 %")],
    clinical_prose=[
        "DN-CI-01 enrolled 68 adults at Bengaluru and Barcelona; each Pt. received 3 sessions at 6-week intervals. Blinded "
        "assessment of standardised photographs showed improvement of at least one grade in 78 % of the scar cohort and "
        "one wrinkle class in 72 % of the photo-ageing cohort.",
        "Erythema lasted a median of 5 days; PIH occurred in 13 % of Pts. and persisted beyond 3 months in 2 Pts. (2.9 %); "
        "one herpes simplex reactivation occurred despite prophylaxis. No infection and no scarring were observed."],
    pms="The Device has been sold in India and the Middle East since 2021 (310 units); 12 complaints, no serious incident.",
    side_effects=["Erythema and oedema (transient)", "Post-inflammatory hyperpigmentation", "Herpes simplex reactivation",
                  "Bacterial infection", "Acneiform eruption or milia", "Hypopigmentation or scarring (rare)"],
    benefit_risk=("The Device improves scars and signs of photo-ageing with mostly transient side-effects; the benefit-risk "
                  "is positive for adults with skin types I to IV."),
    conclusion="Conformity with GSPR 1, 6 and 8 is demonstrated for the stated indications and population.",
    references=["Magnani LR, Schweiger ES. Fractional CO2 lasers for the treatment of atrophic acne scars: a review of the literature. J Cosmet Laser Ther 2014;16:48-56.",
                "Tierney EP, Hanke CW. Review of the literature: treatment of dyspigmentation with fractionated resurfacing. Dermatol Surg 2010;36:1499-1508.",
                "DN-CI-01 Clinical Investigation Report, Rev. 01, 20-01-2025."],
    warnings=["The Pt. and all persons in the room shall wear eye protection for 10,600 nm (OD 6 or higher).",
              "Do not use in the presence of flammable anaesthetics, alcohol-based skin preparations or oxygen.",
              "Give antiviral prophylaxis to Pts. with a history of herpes simplex when treating the face.",
              "Perform a test spot in skin type IV and start with low density."],
    tech=[("Wavelength", "10,600 nm"), ("Maximum output", "30 W"), ("Pulse energy", "2.5 to 60 mJ per microbeam"),
          ("Spot size", "120 µm"), ("Density", "5 to 25 % coverage"), ("Aiming beam", "650 nm, below 1 mW"), ("Laser class", "4 (IEC 60825-1)")],
    steps=["Cleanse the skin, apply topical anaesthetic for 45-60 minutes and remove the same completely.",
           "Select the indication preset and adjust energy and density to the skin type and area.",
           "Treat with single passes without overlapping more than 10 %.", "Apply cooling and an emollient; advise strict sun protection."],
    pmcf=dict(
        objectives=[("Confirm the rate of persistent PIH in routine use in skin types III and IV", "Residual risk: PIH"),
                    ("Confirm durability of scar improvement at 12 months", "Open question: 6-month data only"),
                    ("Detect rare events such as scarring or infection", "Residual risks: scarring, infection")],
        design="Prospective, multicentre PMCF study at 6 dermatology clinics in the EU and India.",
        population="Adults with skin types I to IV treated for atrophic scars or photo-ageing in dermatology and plastic surgery clinics.",
        sample=("200 Pts. shall be enrolled; with an expected persistent PIH rate of 3 %, the 95 % confidence interval is ± 2.4 %, "
                "and rare events of 1.5 % can be observed at least once with 95 % probability."),
        endpoints=["Persistent PIH at 3 months", "Goodman-Baron grade / Fitzpatrick wrinkle class at 12 months", "Scarring and infection"],
        timeline=[("First Pt. in", "Mar 2026"), ("Last Pt. in", "Mar 2027"), ("Final report", "Jun 2028")]),
    cear=dict(reviewer_field="dermatology", clinician="Dr. Signe Winther (dermatologist)",
              scope_why="It is an active therapeutic device (Rule 9). It does not administer medicinal products.",
              device="Fractional CO2 laser with scanner. Not novel.",
              sota="SOTA based on reviews of fractional CO2 resurfacing. Adequate.",
              data="One CI, 68 adults, 6 months follow-up, both indications covered. Skin types V-VI excluded, consistent with the contraindication.",
              br="Benefit-risk is positive for skin types I to IV.",
              findings=[("OBS-1", "CER Sec. 6", "Annex XIV", "DN-CI-01", "Follow-up 6 months. PMCF to 12 months. Accepted.")],
              conclusion="The clinical evidence is sufficient. Certification is recommended."),
    docs={"CEP": dict(file="KBS-DRM-CEP-FX30_R01.pdf", code="KBS/DRM/CEP/052", rev="01", date="03-02-2025"),
          "CER": dict(file="KBS-DRM-CER-FX30_R01.docx", code="KBS/DRM/CER/052", rev="01", date="14-04-2025"),
          "PMCF": dict(file="KBS-DRM-PMCF-FX30_R01.docx", code="KBS/DRM/PMCF/052", rev="01", date="14-04-2025"),
          "IFU-en": dict(file="FX30_Operator-Manual_EN_R02.docx", code="FX30-IFU-EN", rev="02", date="04-2025"),
          "IFU-es": dict(file="FX30_Manual_ES_R02.pdf", code="FX30-IFU-ES", rev="02", date="04-2025"),
          "CEAR": dict(file="NCM-CEAR-2893-25-0266.docx", code="NCM-2893-25-0266", rev="1", date="1 August 2025")},
    ifu_unruled=True,
    tr={"es": dict(
            purpose=("El DermaNova FX-30 está destinado al rejuvenecimiento ablativo fraccionado de la piel con energía láser de "
                     "CO2, para el tratamiento de cicatrices atróficas y quirúrgicas y de signos de fotoenvejecimiento, en "
                     "clínicas y hospitales de dermatología y cirugía plástica."),
            ind=["Cicatrices atróficas de acné", "Cicatrices quirúrgicas y traumáticas maduras (de al menos 6 meses)",
                 "Fotoenvejecimiento de cara, cuello y manos: arrugas finas y moderadas, textura áspera y discromía"],
            contra=["Isotretinoína oral en los últimos 6 meses", "Infección activa, incluido herpes simple, en la zona de tratamiento",
                    "Embarazo", "Antecedentes de queloides", "Fototipos de Fitzpatrick V y VI",
                    "Uso de medicación fotosensibilizante o inmunosupresión"],
            pop="Adultos de 18 años o más con fototipos de Fitzpatrick I a IV.",
            users="Dermatólogos y cirujanos plásticos formados en rejuvenecimiento láser, en clínicas y hospitales con zona láser controlada.",
            warn=["El paciente y todas las personas de la sala deben llevar protección ocular para 10.600 nm (DO 6 o superior).",
                  "No utilizar en presencia de anestésicos inflamables, preparaciones alcohólicas u oxígeno.",
                  "Administrar profilaxis antiviral a pacientes con antecedentes de herpes simple al tratar la cara.",
                  "Realizar una prueba en fototipo IV y empezar con baja densidad."],
            side=["Eritema y edema (transitorios)", "Hiperpigmentación postinflamatoria", "Reactivación de herpes simple",
                  "Infección bacteriana", "Erupción acneiforme o milia", "Hipopigmentación o cicatrices (raras)"],
            tech=[("Longitud de onda", "10.600 nm"), ("Potencia máxima", "30 W"), ("Energía por pulso", "2,5 a 60 mJ por microhaz"),
                  ("Tamaño del punto", "120 µm"), ("Densidad", "5 a 25 % de cobertura"), ("Haz guía", "650 nm, menos de 1 mW"), ("Clase láser", "4 (IEC 60825-1)")],
            steps=["Limpiar la piel, aplicar anestésico tópico 45-60 minutos y retirarlo por completo.",
                   "Seleccionar el programa de la indicación y ajustar energía y densidad al fototipo y la zona.",
                   "Tratar con pasadas únicas sin solapar más del 10 %.", "Aplicar frío y un emoliente; indicar fotoprotección estricta."])},
    over={}, extra={},
)
F["labels"] = []
