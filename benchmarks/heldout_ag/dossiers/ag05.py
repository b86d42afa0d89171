"""ag05 – deep regional hyperthermia system with chemotherapy for STS (IIb, Rule 9, no CECP). CLEAN."""
POP = ("Adults aged 18 years and above with localised high-risk soft-tissue sarcoma (deep, larger than 5 cm, grade 2 or 3) "
       "of the extremities, trunk wall, retroperitoneum, abdomen or pelvis, who receive neoadjuvant or adjuvant chemotherapy.")
F = dict(
    id="ag05_hyperthermia", device_label="ThermoVeda RHT-100 – deep regional hyperthermia system used with chemotherapy for soft-tissue sarcoma",
    trade="ThermoVeda RHT-100", generic="deep regional radiofrequency hyperthermia system with annular phased-array applicators",
    mfr="Kaveri Biomedical Systems Pvt. Ltd.", mfr_addr="Plot 41-B, KIADB Industrial Area, Bommasandra, Bengaluru 560099, India",
    site="the Electronic City (Bengaluru) RF unit", srn="IN-MF-000031742", udi="8904217RHT100PZ",
    ear="Medrep Europa B.V., Stationsweg 14, 2312 AV Leiden, The Netherlands", nb="NordCert Medical A/S", nb_no="2893",
    nb_reviewer="Jens Kristian Mølgaard", author="Dr. Shalini Menon, MD, DM (Medical Oncology)", reviewer_mfr="Dr. Vivek Rao, MD (Radiation Oncology)",
    author_cv="medical oncologist with 12 years of sarcoma practice and 3 years in clinical evaluation", first_ce="2026 (MDR)",
    models=[("RHT-100 Generator", "100 MHz, 8-channel RF generator with phase and amplitude control and planning software"),
            ("RHT-AP60 / AP75", "Annular phased-array applicators, 60 cm and 75 cm aperture, with water bolus"),
            ("RHT-TP", "Fibre-optic thermometry probes (single use) and catheters")],
    cls="IIb", rule="Rule 9", cecp=False,
    cecp_why=("The Device is an active therapeutic device which administers electromagnetic energy in a potentially hazardous "
              "manner; it does not itself administer or remove any medicinal product, the chemotherapy being given separately "
              "by infusion."),
    eval_type="initial clinical evaluation for CE marking under the MDR",
    purpose=("The ThermoVeda RHT-100 is intended to heat deep-seated tumours and the surrounding region to 40-43 °C by "
             "radiofrequency energy, in combination with systemic chemotherapy, for the treatment of localised high-risk "
             "soft-tissue sarcoma, in hospital oncology departments with hyperthermia expertise."),
    population=POP,
    indications=["Localised high-risk soft-tissue sarcoma treated with neoadjuvant chemotherapy (e.g. etoposide, ifosfamide, doxorubicin) before surgery",
                 "Localised high-risk soft-tissue sarcoma treated with adjuvant chemotherapy after incomplete or marginal resection"],
    contraindications=["Pacemaker, implantable defibrillator or other active implant", "Metallic implants in or near the treatment field",
                       "Pregnancy", "Cardiac insufficiency NYHA class III-IV or uncontrolled arrhythmia",
                       "Inability of the Patient to report heat or pain during treatment"],
    users=("Radiation oncologists or medical oncologists with hyperthermia training, with medical physicists and trained nurses, "
           "in hospital oncology departments. Use outside hospitals is not intended."),
    description=[
        "The ThermoVeda RHT-100 consists of a 100 MHz generator with eight independent channels, an annular phased-array "
        "applicator (four antenna pairs) surrounding the Patient's pelvis, abdomen or limb, a temperature-controlled water "
        "bolus and fibre-optic thermometry. Phase and amplitude steering, guided by the planning software, focuses the "
        "power on the tumour region.",
        "A treatment session lasts 60 minutes after reaching the target temperature and is given on day 1 and day 4 of each "
        "chemotherapy cycle, in line with the regimen of the EORTC 62961 trial."],
    sota=[
        "The EORTC 62961/ESHO RHT-95 randomised trial (n = 341) showed that adding regional hyperthermia to neoadjuvant "
        "chemotherapy improved local progression-free survival (HR 0.65) and, at long-term follow-up, overall survival "
        "(10-year OS 52.6 % vs 42.7 %) in localised high-risk soft-tissue sarcoma; ESMO-EURACAN guidelines mention "
        "regional hyperthermia with chemotherapy as an option. Alternatives are chemotherapy without hyperthermia, "
        "radiotherapy and surgery alone.",
        "These results were obtained with other regional hyperthermia systems; they are used in this CER as state-of-the-art "
        "data to define the benchmarks, and not as clinical data on the Device."],
    benefits=[("Adequate tumour heating", "Proportion of sessions with T90 of at least 40.0 °C in the tumour region", "86 % of sessions (TV-RHT-01)"),
              ("Acceptable safety of the heating", "Incidence of grade 2 or higher thermal skin or subcutaneous injury per Pt.", "4.2 % of Pts. (2/48)"),
              ("Local control in combination with chemotherapy", "Local progression-free survival at 24 months", "74 % (95 % CI 59-85 %)")],
    acceptance=["T90 of at least 40.0 °C in at least 75 % of sessions", "Grade 2 or higher thermal injury in not more than 10 % of Pts.",
                "Local progression-free survival at 24 months not lower than 60 %, the lower bound of the SOTA range"],
    dev_plan=("The clinical investigation TV-RHT-01 has been completed with 24 months follow-up; long-term survival shall "
              "be followed up in the PMCF registry."),
    summary=("The clinical investigation TV-RHT-01 with 48 adults with high-risk soft-tissue sarcoma shows that the Device "
             "reaches therapeutic temperatures in most sessions with a low rate of thermal injury, and a 24-month local "
             "progression-free survival consistent with the state of the art."),
    search_date="28-03-2025",
    search_stats=("A total of 1,148 records were screened, 58 full texts were assessed and 22 articles were included (all "
                  "state-of-the-art and safety data; no literature on the Device itself)."),
    studies=[dict(ref="TV-RHT-01", design="Prospective, single-arm CI, 3 centres", n="48", pop="Adults 21-74 years, high-risk STS, neoadjuvant EIA",
                  fu="24 months", out="T90 ≥40 °C in 86 % of sessions; grade ≥2 injury 4.2 %; LPFS 24 m 74 %")],
    clinical_prose=[
        "TV-RHT-01 enrolled 48 adults at Bengaluru, Mumbai and Munich; 401 sessions were delivered. The index temperature "
        "T90 reached 40.0 °C or more in 86 % of sessions. Two Pts. (4.2 %) had grade 2 subcutaneous fat necrosis which "
        "healed conservatively; no grade 3 injury occurred.",
        "Local progression-free survival at 24 months was 74 % (95 % CI 59-85 %), which lies within the range reported in "
        "the hyperthermia arm of the EORTC 62961 trial; the single-arm design does not allow a comparison with "
        "chemotherapy alone, and overall survival shall be collected in the PMCF registry."],
    pms="Not yet marketed.",
    side_effects=["Thermal injury of the skin or subcutaneous fat (burns, fat necrosis)", "Pain or discomfort due to heat or the bolus",
                  "Systemic heat stress: tachycardia, hypotension, raised body temperature",
                  "Peripheral neuropathy in the heated region (rare)", "Local oedema"],
    benefit_risk=("Regional hyperthermia added to chemotherapy improves local control as per the state of the art; the Device "
                  "achieves the required heating with thermal injury rates within the SOTA (2-10 %). The benefit-risk is "
                  "positive for the intended population."),
    conclusion=("Conformity with GSPR 1, 6 and 8 is demonstrated for the stated indications in adults. Long-term overall "
                "survival is not claimed and shall be collected through PMCF."),
    references=["Issels RD et al. Neo-adjuvant chemotherapy alone or with regional hyperthermia for localised high-risk soft-tissue sarcoma. Lancet Oncol 2010;11:561-570.",
                "Issels RD et al. Effect of neoadjuvant chemotherapy plus regional hyperthermia on long-term outcomes. JAMA Oncol 2018;4:483-492.",
                "Gronchi A et al. Soft tissue and visceral sarcomas: ESMO-EURACAN-GENTURIS Clinical Practice Guidelines. Ann Oncol 2021;32:1348-1365.",
                "TV-RHT-01 Clinical Investigation Report, Rev. 02, 10-02-2025."],
    warnings=["Remove all metallic objects and check for implants before each session.",
              "Monitor the Patient's temperature, heart rate and blood pressure continuously; stop heating if the Patient reports pain.",
              "Check the water bolus for air bubbles and folds; these cause hot spots.",
              "Do not exceed 43 °C measured in normal tissue."],
    tech=[("Frequency", "100 MHz ± 0.5 MHz"), ("Channels", "8 (4 antenna pairs), phase and amplitude controlled"),
          ("Maximum RF output", "1,200 W total"), ("Water bolus temperature", "15 to 35 °C"),
          ("Thermometry", "Fibre-optic, up to 12 probes, accuracy ± 0.2 °C"), ("Session duration", "60 minutes after reaching target temperature")],
    steps=["Verify indications, contraindications and the chemotherapy schedule with the oncologist.",
           "Place thermometry catheters as per the treatment plan and position the Patient in the applicator.",
           "Fill the bolus, start the power stepwise and steer the focus as per the measured temperatures.",
           "Document temperatures, power and Patient tolerance for every session."],
    pmcf=dict(
        objectives=[("Confirm local progression-free and overall survival at 5 years in routine use", "Open question: long-term outcome"),
                    ("Confirm the rate of grade 2 or higher thermal injury", "Residual risk: thermal injury"),
                    ("Monitor systemic heat stress events", "Residual risk: systemic heat stress")],
        design="Prospective multicentre PMCF registry at 6 hyperthermia centres in the EU and India.",
        population="Adults with localised high-risk soft-tissue sarcoma treated with the Device and neoadjuvant or adjuvant chemotherapy in hospital oncology departments.",
        sample=("150 Pts. shall be enrolled over 3 years; with an expected thermal injury rate of 5 %, the 95 % confidence interval "
                "is ± 3.5 %, and 150 Pts. allow an estimate of 5-year overall survival with a precision of about ± 8 %."),
        endpoints=["Local progression-free survival (2 and 5 years)", "Overall survival at 5 years", "Grade 2 or higher thermal injury", "Systemic heat stress events"],
        timeline=[("First Pt. in", "Jun 2026"), ("Last Pt. in", "Jun 2029"), ("5-year follow-up report", "Dec 2034")]),
    cear=dict(reviewer_field="oncology", clinician="Dr. Ida Friis (radiation oncologist)",
              scope_why="It is an active therapeutic device (Rule 9). It does not administer the chemotherapy.",
              device="100 MHz phased-array regional hyperthermia system. Not novel as a principle.",
              sota="SOTA based on EORTC 62961 and ESMO guideline. These data are used as benchmarks only. Adequate.",
              data="One CI with the device, 48 adults, 24 months follow-up. Endpoints met.",
              br="Benefit-risk is positive. Survival is not claimed beyond the data. PMCF registry with 5-year follow-up.",
              findings=[("OBS-1", "CER Sec. 6", "Annex XIV Part A 1", "TV-RHT-01", "Single-arm design. PMCF covers survival. Accepted."),
                        ("NC-01 (minor)", "CER Sec. 5", "MDCG 2020-13 C", "CER Rev. 00", "EORTC data presented as device data. Corrected in Rev. 01. Closed.")],
              conclusion="The clinical evidence is sufficient. Certification is recommended."),
    docs={"CEP": dict(file="KBS-RHT-CEP-009_R01.docx", code="KBS/RHT/CEP/009", rev="01", date="17-01-2025"),
          "CER": dict(file="KBS-RHT-CER-009_R01.pdf", code="KBS/RHT/CER/009", rev="01", date="30-04-2025"),
          "PMCF": dict(file="KBS-RHT-PMCF-009_R01.pdf", code="KBS/RHT/PMCF/009", rev="01", date="30-04-2025"),
          "IFU-en": dict(file="RHT100_IFU_en_Rev02.pdf", code="RHT100-IFU-EN", rev="02", date="04-2025"),
          "IFU-de": dict(file="RHT100_IFU_de_Rev02.docx", code="RHT100-IFU-DE", rev="02", date="04-2025"),
          "CEAR": dict(file="NCM_CEAR_2893-25-0301.pdf", code="NCM-2893-25-0301", rev="1", date="16 September 2025")},
    tr={"de": dict(
            purpose=("Das ThermoVeda RHT-100 ist dazu bestimmt, tief liegende Tumoren und die umgebende Region mittels "
                     "Hochfrequenzenergie auf 40-43 °C zu erwärmen, in Kombination mit systemischer Chemotherapie, zur Behandlung "
                     "lokalisierter Hochrisiko-Weichteilsarkome, in onkologischen Krankenhausabteilungen mit Hyperthermie-Erfahrung."),
            ind=["Lokalisiertes Hochrisiko-Weichteilsarkom mit neoadjuvanter Chemotherapie (z. B. Etoposid, Ifosfamid, Doxorubicin) vor der Operation",
                 "Lokalisiertes Hochrisiko-Weichteilsarkom mit adjuvanter Chemotherapie nach unvollständiger oder marginaler Resektion"],
            contra=["Herzschrittmacher, implantierbarer Defibrillator oder anderes aktives Implantat", "Metallische Implantate im oder nahe dem Behandlungsfeld",
                    "Schwangerschaft", "Herzinsuffizienz NYHA III-IV oder unkontrollierte Arrhythmie",
                    "Unfähigkeit des Patienten, Hitze oder Schmerz während der Behandlung mitzuteilen"],
            pop=("Erwachsene ab 18 Jahren mit lokalisiertem Hochrisiko-Weichteilsarkom (tief, größer als 5 cm, Grad 2 oder 3) der "
                 "Extremitäten, der Rumpfwand, des Retroperitoneums, des Abdomens oder des Beckens, die eine neoadjuvante oder "
                 "adjuvante Chemotherapie erhalten."),
            users=("Strahlentherapeuten oder internistische Onkologen mit Hyperthermie-Ausbildung, mit Medizinphysikern und geschultem "
                   "Pflegepersonal, in onkologischen Krankenhausabteilungen. Eine Anwendung außerhalb von Krankenhäusern ist nicht vorgesehen."),
            warn=["Vor jeder Sitzung alle Metallgegenstände entfernen und auf Implantate prüfen.",
                  "Temperatur, Herzfrequenz und Blutdruck kontinuierlich überwachen; Erwärmung stoppen, wenn der Patient Schmerzen angibt.",
                  "Wasserbolus auf Luftblasen und Falten prüfen; diese verursachen Hot Spots.", "43 °C im Normalgewebe nicht überschreiten."],
            side=["Thermische Schäden der Haut oder des Unterhautfettgewebes (Verbrennungen, Fettnekrose)", "Schmerzen oder Unbehagen durch Wärme oder Bolus",
                  "Systemischer Hitzestress: Tachykardie, Hypotonie, erhöhte Körpertemperatur", "Periphere Neuropathie in der erwärmten Region (selten)",
                  "Lokales Ödem"],
            tech=[("Frequenz", "100 MHz ± 0,5 MHz"), ("Kanäle", "8 (4 Antennenpaare), phasen- und amplitudengesteuert"),
                  ("Maximale HF-Leistung", "1.200 W gesamt"), ("Temperatur Wasserbolus", "15 bis 35 °C"),
                  ("Thermometrie", "Faseroptisch, bis zu 12 Sonden, Genauigkeit ± 0,2 °C"), ("Sitzungsdauer", "60 Minuten nach Erreichen der Zieltemperatur")],
            steps=["Indikationen, Kontraindikationen und Chemotherapieplan mit dem Onkologen prüfen.",
                   "Thermometriekatheter gemäß Behandlungsplan platzieren und Patienten im Applikator lagern.",
                   "Bolus füllen, Leistung schrittweise erhöhen und Fokus nach den gemessenen Temperaturen steuern.",
                   "Temperaturen, Leistung und Verträglichkeit für jede Sitzung dokumentieren."])},
    over={}, extra={},
)
F["labels"] = []
