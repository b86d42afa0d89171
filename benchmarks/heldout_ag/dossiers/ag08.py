"""ag08 – copper IUD (III implantable, Rule 15, CECP applies; CEAR says otherwise). DEFECTIVE."""
CER_F = "KBS-WH-CER-IUD380_R02.pdf"
CEAR_F = "NordCert-CEAR-25-0498-Cu380.pdf"
PMCF_F = "KBS-WH-PMCFP-IUD380_R01.md"
IFU_EN = "VeeCare-Cu380_IFU_EN_R07.pdf"
IFU_FR = "VeeCare-Cu380_IFU_FR_R07.docx"
POP = "Women aged 18 years and above, nulliparous or parous, upto the menopause, who wish to use long-acting reversible contraception."
F = dict(
    id="ag08_copperiud", device_label="VeeCare Cu380 – copper intrauterine contraceptive device",
    trade="VeeCare Cu380", generic="copper-bearing intrauterine contraceptive device (T-shaped, 380 mm² copper)",
    mfr="Kaveri Biomedical Systems Pvt. Ltd.", mfr_addr="Plot 41-B, KIADB Industrial Area, Bommasandra, Bengaluru 560099, India",
    site="the Bommasandra (Bengaluru) facility", srn="IN-MF-000031742", udi="8904217VC380ST",
    ear="Medrep Europa B.V., Stationsweg 14, 2312 AV Leiden, The Netherlands", nb="NordCert Medical A/S", nb_no="2893",
    nb_reviewer="Karin Lauridsen", author="Dr. Smita Bhandarkar, MD, DGO (Obstetrics and Gynaecology)", reviewer_mfr="Dr. Rekha Naidu, MD (Community Medicine)",
    author_cv="gynaecologist with 16 years of family planning practice", first_ce="2026 (MDR)",
    models=[("VC380-S", "Standard: polyethylene frame 32 x 36 mm with barium sulphate, copper wire on stem and two copper sleeves, total 380 mm², pre-loaded inserter"),
            ("VC380-SH", "Short: frame 24 x 30 mm, copper 380 mm², for uterine cavity 5.5 to 6.5 cm, pre-loaded inserter")],
    cls="III", rule="Rule 15 (implantable contraceptive device)", cecp=True,
    cecp_why="The Device is an implantable device used for contraception, which remains in the uterus for upto 10 years, i.e. a class III implantable device as per Article 54(1)(a).",
    eval_type="initial clinical evaluation for CE marking under the MDR",
    purpose=("VeeCare Cu380 is intended for the prevention of pregnancy by intrauterine placement for a period of upto 10 "
             "years, and for emergency contraception within 5 days of unprotected intercourse. The same shall be inserted "
             "and removed by trained healthcare professionals."),
    population=POP,
    indications=["Long-acting reversible contraception for upto 10 years", "Emergency contraception within 5 days (120 hours) of unprotected intercourse"],
    contraindications=["Known or suspected pregnancy", "Current pelvic inflammatory disease, cervicitis or sexually transmitted infection",
                       "Post-partum endometritis or septic abortion within the last 3 months",
                       "Congenital or acquired uterine anomaly distorting the uterine cavity, including fibroids",
                       "Unexplained vaginal bleeding; cervical or endometrial cancer", "Wilson's disease or known allergy to copper"],
    users="Gynaecologists, general practitioners and trained midwives, in clinics and hospitals.",
    description=[
        "VeeCare Cu380 consists of a T-shaped frame of polyethylene containing barium sulphate for X-ray visibility, "
        "a copper wire of 314 mm² on the vertical stem and two copper sleeves of 33 mm² each on the horizontal arms, "
        "and a monofilament removal thread. The Device is supplied sterile (ethylene oxide), pre-loaded in an inserter "
        "tube with a flange for depth setting.",
        "The contraceptive effect is due to the release of copper ions, which are toxic to sperm and cause a sterile "
        "inflammatory reaction of the endometrium which prevents fertilisation."],
    sota=[
        "Copper IUDs of the TCu380A type are among the most effective reversible methods, with first-year pregnancy rates "
        "of about 0.6-0.8 per 100 women and cumulative 10-year rates of about 2 % (WHO trials). They are recommended by "
        "WHO MEC and FSRH guidance for nulliparous and parous women. Alternatives are levonorgestrel IUS, implants, "
        "injectables, combined hormonal methods and sterilisation.",
        "Known risks are heavier menstrual bleeding, expulsion (2-10 % in the first year), uterine perforation (about 1 "
        "per 1,000 insertions) and pelvic infection in the first 3 weeks after insertion."],
    benefits=[("Prevention of pregnancy", "Pearl Index in year 1 and cumulative pregnancy rate at 10 years", "PI 0.58 (year 1); cumulative 1.9 % at 10 years"),
              ("Reversibility", "Return of fertility: conception within 12 months after removal in women planning pregnancy", "86 %"),
              ("Safe insertion", "Uterine perforation rate per 1,000 insertions", "0.8 per 1,000")],
    acceptance=["Pearl Index in year 1 not higher than 1.0", "Cumulative 10-year pregnancy rate not higher than 3 %",
                "Expulsion in year 1 not higher than 10 %", "Perforation not higher than 2 per 1,000 insertions"],
    dev_plan=("Long-term data from the VC-LT-01 study (10 years) and the VC-380-01 study (3 years) with the Device are available; "
              "PMCF shall be carried out in the EU for 10 years."),
    summary=("Clinical data with the Device from 1,860 women, including 620 women followed upto 10 years, show contraceptive "
             "efficacy, expulsion and perforation rates within the state of the art."),
    search_date="12-05-2025",
    search_stats="A total of 1,512 records were screened, 66 full texts were assessed and 27 articles were included.",
    studies=[dict(ref="VC-380-01", design="Prospective, multicentre", n="1,240", pop="Women 18-44 years, 31 % nulliparous",
                  fu="3 years", out="PI 0.58; expulsion 4.9 %; perforation 0.8/1,000"),
             dict(ref="VC-LT-01", design="Prospective cohort (national programme sites)", n="620", pop="Parous women 20-40 years",
                  fu="10 years", out="Cumulative pregnancy 1.9 %; continuation 41 %")],
    clinical_prose=[
        "VC-380-01 enrolled 1,240 women at 12 centres in India and 2 in Portugal; 1,021 completed 3 years. The year-1 Pearl "
        "Index was 0.58 (95 % CI 0.25-1.14); expulsion occurred in 4.9 % in year 1, more in nulliparous women (6.3 %). "
        "Removal for bleeding or pain was 7.2 % at 3 years.",
        "VC-LT-01 followed 620 women upto 10 years; the cumulative pregnancy rate was 1.9 %, comparable to the WHO data for "
        "TCu380A. Three perforations were recorded in total, none with bowel injury."],
    pms=("The Device has been supplied to the national family planning programme of India since 2011, with about 48,50,000 "
         "units; 212 complaints (mainly inserter problems) and 14 reports of perforation were received."),
    side_effects=["Heavier, longer or more painful menstrual bleeding", "Expulsion of the Device", "Uterine perforation at insertion",
                  "Pelvic inflammatory disease, mostly within 20 days of insertion", "Ectopic pregnancy in case of failure",
                  "Vasovagal reaction or pain at insertion"],
    benefit_risk=("The Device offers highly effective, reversible, hormone-free contraception for upto 10 years; the residual "
                  "risks are known and infrequent. The benefit-risk is positive for the intended population."),
    conclusion="Conformity with GSPR 1, 6 and 8 is demonstrated for upto 10 years of use and for emergency contraception.",
    references=["WHO Medical eligibility criteria for contraceptive use, 5th ed., 2015.", "FSRH Clinical Guideline: Intrauterine Contraception, 2023.",
                "UNDP/UNFPA/WHO/World Bank. Long-term reversible contraception: twelve years of experience with the TCu380A and TCu220C. Contraception 1997;56:341-352.",
                "VC-380-01 Clinical Study Report, Rev. 02, 2024.", "VC-LT-01 10-year report, 2023."],
    warnings=["Exclude pregnancy before insertion.", "Measure the uterine cavity by sounding; use VC380-SH for a cavity of 5.5 to 6.5 cm.",
              "Check the threads after each menstruation; consult if the threads cannot be felt.",
              "The Device does not protect against HIV or other sexually transmitted infections.",
              "The Device is MR Conditional at 1.5 T and 3 T."],
    tech=[("Frame", "Polyethylene with barium sulphate; VC380-S 32 x 36 mm, VC380-SH 24 x 30 mm"), ("Copper surface", "380 mm² ± 23 mm²"),
          ("Duration of use", "Upto 10 years"), ("Sterilisation", "Ethylene oxide"), ("MR safety", "MR Conditional, 1.5 T and 3 T")],
    steps=["Perform bimanual examination and sound the uterus; set the flange to the sounded depth.",
           "Load the arms into the inserter tube without touching the Device.",
           "Insert upto the fundus, release the arms by withdrawing the tube, and cut the threads at about 3 cm.",
           "Schedule a follow-up visit after the first menstruation (3-6 weeks)."],
    pmcf=dict(
        objectives=[("Collect data on the Device in routine use in the EU", "General"),
                    ("Monitor expulsion and perforation", "Residual risks: expulsion, perforation")],
        design="Prospective observational study at 4 EU family-planning clinics.",
        population="Women aged 18 years and above receiving the Device for contraception.",
        sample="Approximately 100 women shall be enrolled.",
        endpoints=["Pregnancy", "Expulsion", "Perforation", "Discontinuation for bleeding or pain"],
        timeline=[("First Pt. in", "Jan 2026"), ("Last visit (12 months after insertion)", "Jun 2027"), ("Final report", "Dec 2027")]),
    cear=dict(reviewer_field="gynaecology", clinician="Dr. Birgitte Als (gynaecologist)",
              scope_why="",
              scope=("The device is class III under Rule 15. It is a long-term invasive device placed through a natural body "
                     "orifice and not an implantable device. It is not active. Article 54(1) therefore does not apply and no "
                     "CECP is needed."),
              device="T-shaped copper IUD, 380 mm² copper. Not novel.",
              sota="SOTA based on WHO MEC, FSRH guideline and WHO long-term trials. Adequate.",
              data="Two studies with the device: 1,240 women (3 years) and 620 women (10 years).",
              br="Benefit-risk is positive.",
              findings=[("OBS-1", "SSCP Sec. 4", "MDCG 2019-9", "SSCP Rev. 01", "Wording for lay persons to be improved at next update."),
                        ("NC-01 (minor)", "IFU Sec. 6", "Annex I 23.4", "IFU Rev. 06", "MR conditions missing. Closed in Rev. 07.")],
              conclusion="The clinical evidence is sufficient. Certification is recommended."),
    docs={"CEP": dict(file="KBS-WH-CEP-IUD380_R01.docx", code="KBS/WH/CEP/044", rev="01", date="22-01-2025"),
          "CER": dict(file=CER_F, code="KBS/WH/CER/044", rev="02", date="27-06-2025"),
          "PMCF": dict(file=PMCF_F, code="KBS/WH/PMCFP/044", rev="01", date="27-06-2025"),
          "SSCP": dict(file="KBS-WH-SSCP-IUD380_R01.docx", code="KBS/WH/SSCP/044", rev="01", date="27-06-2025"),
          "IFU-en": dict(file=IFU_EN, code="VC380-IFU-EN", rev="07", date="06-2025"),
          "IFU-fr": dict(file=IFU_FR, code="VC380-IFU-FR", rev="07", date="06-2025"),
          "IFU-es": dict(file="VeeCare-Cu380_IFU_ES_R07.pdf", code="VC380-IFU-ES", rev="07", date="06-2025"),
          "CEAR": dict(file=CEAR_F, code="NCM-2893-25-0498", rev="1", date="12 November 2025")},
    tr={"fr": dict(
            purpose=("VeeCare Cu380 est destiné à la prévention de la grossesse par mise en place intra-utérine pour une durée "
                     "allant jusqu'à 5 ans, ainsi qu'à la contraception d'urgence dans les 5 jours suivant un rapport non protégé. "
                     "La pose et le retrait doivent être effectués par des professionnels de santé formés."),
            ind=["Contraception réversible de longue durée jusqu'à 5 ans", "Contraception d'urgence dans les 5 jours (120 heures) suivant un rapport non protégé"],
            contra=["Grossesse connue ou suspectée", "Maladie inflammatoire pelvienne, cervicite ou infection sexuellement transmissible en cours",
                    "Endométrite du post-partum ou avortement septique dans les 3 derniers mois",
                    "Anomalie utérine congénitale ou acquise déformant la cavité, y compris fibromes",
                    "Saignement vaginal inexpliqué ; cancer du col ou de l'endomètre", "Maladie de Wilson ou allergie connue au cuivre"],
            pop="Femmes âgées de 18 ans et plus, nullipares ou multipares, jusqu'à la ménopause, souhaitant une contraception réversible de longue durée.",
            users="Gynécologues, médecins généralistes et sages-femmes formés, en cabinet et à l'hôpital.",
            warn=["Exclure une grossesse avant la pose.", "Mesurer la cavité utérine par hystérométrie ; utiliser VC380-SH pour une cavité de 5,5 à 6,5 cm.",
                  "Vérifier les fils après chaque menstruation.", "Le dispositif ne protège pas contre le VIH ni les autres IST.",
                  "Le dispositif est compatible IRM sous conditions à 1,5 T et 3 T."],
            side=["Règles plus abondantes, plus longues ou plus douloureuses", "Expulsion du dispositif", "Perforation utérine lors de la pose",
                  "Maladie inflammatoire pelvienne, surtout dans les 20 jours suivant la pose", "Grossesse extra-utérine en cas d'échec",
                  "Malaise vagal ou douleur lors de la pose"],
            tech=[("Armature", "Polyéthylène avec sulfate de baryum ; VC380-S 32 x 36 mm, VC380-SH 24 x 30 mm"), ("Surface de cuivre", "380 mm² ± 23 mm²"),
                  ("Durée d'utilisation", "Jusqu'à 5 ans"), ("Stérilisation", "Oxyde d'éthylène"), ("IRM", "Compatible sous conditions, 1,5 T et 3 T")],
            steps=["Effectuer un examen bimanuel et une hystérométrie ; régler la bague à la profondeur mesurée.",
                   "Charger les bras dans le tube inserteur sans toucher le dispositif.",
                   "Insérer jusqu'au fond utérin, libérer les bras en retirant le tube et couper les fils à environ 3 cm.",
                   "Prévoir une visite de contrôle après les premières règles (3 à 6 semaines)."]),
        "es": dict(
            purpose=("VeeCare Cu380 está destinado a la prevención del embarazo mediante colocación intrauterina durante un "
                     "periodo de hasta 10 años, y a la anticoncepción de urgencia en los 5 días siguientes a una relación sin "
                     "protección. La inserción y la extracción deben realizarlas profesionales sanitarios formados."),
            ind=["Anticoncepción reversible de larga duración hasta 10 años", "Anticoncepción de urgencia en los 5 días (120 horas) siguientes a una relación sin protección"],
            contra=["Embarazo conocido o sospechado", "Enfermedad inflamatoria pélvica, cervicitis o infección de transmisión sexual activa",
                    "Endometritis puerperal o aborto séptico en los últimos 3 meses",
                    "Anomalía uterina congénita o adquirida que deforme la cavidad, incluidos miomas",
                    "Sangrado vaginal inexplicado; cáncer de cuello uterino o de endometrio", "Enfermedad de Wilson o alergia conocida al cobre"],
            pop="Mujeres de 18 años o más, nulíparas o multíparas, hasta la menopausia, que deseen anticoncepción reversible de larga duración.",
            users="Ginecólogos, médicos de familia y matronas formados, en consultas y hospitales.",
            warn=["Descartar embarazo antes de la inserción.", "Medir la cavidad uterina con histerómetro; usar VC380-SH para una cavidad de 5,5 a 6,5 cm.",
                  "Comprobar los hilos después de cada menstruación.", "El dispositivo no protege frente al VIH ni otras ITS.",
                  "El dispositivo es compatible con RM en condiciones específicas a 1,5 T y 3 T."],
            side=["Menstruaciones más abundantes, largas o dolorosas", "Expulsión del dispositivo", "Perforación uterina durante la inserción",
                  "Enfermedad inflamatoria pélvica, sobre todo en los 20 días siguientes a la inserción", "Embarazo ectópico en caso de fallo",
                  "Reacción vasovagal o dolor durante la inserción"],
            tech=[("Armazón", "Polietileno con sulfato de bario; VC380-S 32 x 36 mm, VC380-SH 24 x 30 mm"), ("Superficie de cobre", "380 mm² ± 23 mm²"),
                  ("Duración de uso", "Hasta 10 años"), ("Esterilización", "Óxido de etileno"), ("RM", "Compatible en condiciones específicas, 1,5 T y 3 T")],
            steps=["Realizar exploración bimanual e histerometría; ajustar el tope a la profundidad medida.",
                   "Cargar los brazos en el tubo de inserción sin tocar el dispositivo.",
                   "Insertar hasta el fondo, liberar los brazos retirando el tubo y cortar los hilos a unos 3 cm.",
                   "Programar una revisión tras la primera menstruación (3-6 semanas)."])},
    over={"CER": {"population": ("Women of reproductive age from menarche onwards, including adolescents, nulliparous or parous, "
                                 "upto the menopause, who wish to use long-acting reversible contraception.")}},
    extra={},
)
F["labels"] = [
    dict(defect="cear_denies_cecp_for_class_iii_implant", category="scope", documents=[CEAR_F, CER_F],
         quotes=["It is a long-term invasive device placed through a natural body orifice and not an implantable device.",
                 "Article 54(1) therefore does not apply and no CECP is needed."],
         description="The CEAR excludes the class III copper IUD from the CECP, contrary to the CER which treats it as a class III implantable device under Art. 54(1)(a).",
         accept=["documentation"]),
    dict(defect="cer_population_includes_adolescents", category="population", documents=[CER_F, IFU_EN],
         quotes=["Women of reproductive age from menarche onwards, including adolescents",
                 "Women aged 18 years and above, nulliparous or parous, upto the menopause"],
         description="The CER population starts at menarche and includes adolescents, whereas the CEP, IFU, SSCP and CEAR are limited to women aged 18 and above.",
         accept=["evidence"]),
    dict(defect="pmcf_12_months_no_sample_size_rationale", category="pmcf", documents=[PMCF_F],
         quotes=["Approximately 100 women shall be enrolled.", "Last visit (12 months after insertion)"],
         description="For a device used up to 10 years the PMCF study follows women for only 12 months and gives a sample size of about 100 without rationale; objectives are generic.",
         accept=["evidence"]),
    dict(defect="french_ifu_duration_5_years", category="language", documents=[IFU_FR, IFU_EN],
         quotes=["Contraception réversible de longue durée jusqu'à 5 ans", "Long-acting reversible contraception for upto 10 years"],
         description="The French IFU limits the duration of use to 5 years (purpose, indication, technical data) whereas the English and Spanish IFUs state up to 10 years.",
         accept=["specification", "intended-use"]),
]
