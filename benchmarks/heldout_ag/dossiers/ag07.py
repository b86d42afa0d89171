"""ag07 – transanal irrigation system (IIa, Rule 12, no CECP). CLEAN."""
POP = ("Children from 3 years of age and adults with neurogenic bowel dysfunction, e.g. due to spina bifida, spinal cord "
       "injury, multiple sclerosis or cauda equina syndrome.")
F = dict(
    id="ag07_transanal", device_label="SukhFlow TAI System – transanal irrigation system for neurogenic bowel dysfunction in children from 3 years and adults",
    trade="SukhFlow TAI System", generic="electronic transanal irrigation system with rectal balloon catheters",
    mfr="Sahyadri Meditech Pvt. Ltd.", mfr_addr="Gat No. 212, Chakan Industrial Area Phase II, Pune 410501, Maharashtra, India",
    site="the Chakan (Pune) plant", srn="IN-MF-000027915", udi="8906011SFTAI02M",
    ear="Medrep Europa B.V., Stationsweg 14, 2312 AV Leiden, The Netherlands", nb="NordCert Medical A/S", nb_no="2893",
    nb_reviewer="Camilla Brandt Sørensen", author="Dr. Vandana Joshi, MS, MCh (Paediatric Surgery)", reviewer_mfr="Dr. Arvind Sathe, MD (Physical Medicine and Rehabilitation)",
    author_cv="paediatric surgeon running a bowel management clinic for 10 years", first_ce="2026 (MDR)",
    models=[("SF-CU", "Electronic control unit with rechargeable battery, water pump and pressure sensor"),
            ("SF-WB", "Water container 1.5 L with thermometer and tubing"),
            ("SF-RC-P", "Rectal balloon catheter, paediatric, single use"),
            ("SF-RC-A", "Rectal balloon catheter, adult, single use")],
    cls="IIa", rule="Rule 12", cecp=False,
    cecp_why=("The Device is an active device which administers water to the body; it is class IIa and does not administer "
              "medicinal products."),
    eval_type="initial clinical evaluation for CE marking under the MDR",
    purpose=("The SukhFlow TAI System is intended for transanal irrigation of the rectum and colon with tap water, to "
             "empty the bowel, for the management of faecal incontinence and chronic constipation due to neurogenic bowel "
             "dysfunction, for use at home by the Patient or a caregiver after training by a healthcare professional."),
    population=POP,
    indications=["Faecal incontinence due to neurogenic bowel dysfunction", "Chronic constipation due to neurogenic bowel dysfunction",
                 "Neurogenic bowel dysfunction with time-consuming bowel management not sufficiently controlled by conservative measures"],
    contraindications=["Anal or colorectal stenosis", "Colorectal cancer or pelvic malignancy",
                       "Active inflammatory bowel disease, acute diverticulitis or ischaemic colitis",
                       "Within 3 months of anal or colorectal surgery", "Children below 3 years of age"],
    users=("Pts. and caregivers at home, after training by a physician or continence nurse; first irrigation under "
           "supervision of a healthcare professional in the clinic."),
    description=[
        "The SukhFlow TAI System comprises an electronic control unit (SF-CU) which pumps tap water at 36-38 °C from the "
        "water container into the rectum through a single-use rectal balloon catheter, and inflates the catheter balloon "
        "with air to hold the catheter in place. The control unit limits the irrigation pressure and the balloon volume "
        "as per the settings locked by the clinician.",
        "The paediatric catheter SF-RC-P has a smaller tip and balloon (balloon fill 10 to 25 mL) and is intended for "
        "children from 3 years; the adult catheter SF-RC-A has a balloon fill of 20 to 60 mL."],
    sota=[
        "Transanal irrigation is recommended after failure of conservative bowel management in neurogenic bowel "
        "dysfunction in adults and children (ESPGHAN/NASPGHAN and international consensus 2013/2021). Randomised data in "
        "spinal cord injury show improved continence and quality of life versus conservative bowel care; paediatric "
        "series in spina bifida report continence in 60-80 % of children. Alternatives are conservative bowel care "
        "(diet, laxatives, digital stimulation), antegrade continence enema and colostomy.",
        "Bowel perforation is the most serious risk, with an estimated rate of about 1 in 50,000 irrigations in adults."],
    benefits=[("Improvement of bowel function", "Change in NBD score from baseline to 12 weeks", "Mean −6.8 (adults), −5.9 (children)"),
              ("Improvement of faecal continence", "Proportion of Pts. with at most one incontinence episode per month at 12 weeks",
               "68 % (adults), 71 % (children)"),
              ("Safety", "Incidence of bowel perforation and of serious adverse events", "No perforation; 1 SAE (autonomic dysreflexia) in 121 Pts.")],
    acceptance=["Mean NBD score reduction of at least 4 points", "No bowel perforation in the clinical investigation; perforation rate in PMS below 1 per 50,000 irrigations",
                "Continence at 12 weeks in at least 50 % of Pts."],
    dev_plan=("The clinical investigation SF-CI-01 with adults and children has been completed; further data shall be "
              "collected in the PMCF registry."),
    summary=("The clinical investigation SF-CI-01 with 87 adults and 34 children from 3 years shows an improvement of bowel "
             "function and continence in line with the state of the art, without bowel perforation."),
    search_date="22-04-2025",
    search_stats="A total of 743 records were screened, 49 full texts were assessed and 18 articles were included.",
    studies=[dict(ref="SF-CI-01 (adults)", design="Prospective, multicentre, single-arm CI", n="87", pop="Adults 19-71 years, SCI, MS, spina bifida",
                  fu="12 weeks", out="NBD −6.8; continence 68 %; no perforation"),
             dict(ref="SF-CI-01 (children)", design="Same CI, paediatric cohort", n="34", pop="Children 3-17 years (11 aged 3-6), spina bifida",
                  fu="12 weeks", out="NBD −5.9; continence 71 %; no perforation")],
    clinical_prose=[
        "SF-CI-01 was done at five centres (Pune, Bengaluru, Vellore, Rotterdam and Cologne). 121 Pts. were treated; 113 "
        "completed 12 weeks. NBD scores improved in adults and in children, and 11 children aged 3 to 6 years used the "
        "paediatric catheter without balloon-related complications.",
        "One adult with a cervical spinal cord injury had an episode of autonomic dysreflexia during irrigation which "
        "resolved on stopping; abdominal cramps and minor rectal bleeding were reported by 14 % and 3 % of Pts."],
    pms="Not yet marketed.",
    side_effects=["Bowel perforation (rare, serious)", "Abdominal pain or cramps", "Autonomic dysreflexia in Pts. with spinal cord injury at T6 or above",
                  "Minor rectal bleeding", "Leakage of irrigation water", "Electrolyte disturbance in small children in case of excessive water volume"],
    benefit_risk=("The Device improves bowel function and continence in neurogenic bowel dysfunction with risks comparable to the "
                  "state of the art; the benefit-risk is positive in adults and in children from 3 years."),
    conclusion="Conformity with GSPR 1, 6 and 8 is demonstrated for the intended purpose, including home use after training.",
    references=["Christensen P et al. A randomized, controlled trial of transanal irrigation versus conservative bowel management in spinal cord-injured patients. Gastroenterology 2006;131:738-747.",
                "Emmanuel AV et al. Consensus review of best practice of transanal irrigation in adults. Spinal Cord 2013;51:732-738.",
                "Mosiello G et al. Consensus review of best practice of transanal irrigation in children. J Pediatr Gastroenterol Nutr 2017;64:343-352.",
                "SF-CI-01 Clinical Investigation Report, Rev. 01, 03-03-2025."],
    warnings=["The first irrigation shall be done under supervision of a trained healthcare professional.",
              "For children, use only the SF-RC-P catheter and the water volume prescribed by the physician (usually 10 to 20 mL/kg).",
              "Stop irrigation and seek medical help in case of severe or persistent abdominal pain, back pain or bleeding.",
              "Pts. with spinal cord injury at T6 or above shall be watched for signs of autonomic dysreflexia."],
    tech=[("Water flow rate", "Upto 300 mL/min, limited by pressure control"), ("Balloon fill SF-RC-P", "10 to 25 mL air"),
          ("Balloon fill SF-RC-A", "20 to 60 mL air"), ("Water volume per irrigation", "Children 10 to 20 mL/kg; adults 300 to 1,000 mL"),
          ("Water temperature", "36 to 38 °C"), ("Battery", "Li-ion, about 30 irrigations per charge")],
    steps=["Fill the water container with tap water at 36-38 °C and connect the tubing to the control unit.",
           "Lubricate and insert the catheter, and inflate the balloon to the prescribed volume.",
           "Start the irrigation at the prescribed volume; stop in case of pain.", "Deflate the balloon, remove the catheter and empty the bowel on the toilet."],
    pmcf=dict(
        objectives=[("Confirm the rate of bowel perforation in routine home use", "Residual risk: bowel perforation"),
                    ("Confirm long-term (2 years) efficacy and adherence in children and adults", "Open question: 12-week data only"),
                    ("Monitor autonomic dysreflexia and electrolyte disturbances", "Residual risks")],
        design="Prospective PMCF registry at 8 bowel management centres with follow-up of Pts. using the Device at home.",
        population="Children from 3 years and adults with neurogenic bowel dysfunction using the Device at home after training.",
        sample=("250 Pts. (at least 80 children) shall be enrolled; with about 1,00,000 irrigations expected over 2 years, the "
                "registry can detect perforation rates of 1 in 33,000 irrigations with 95 % probability."),
        endpoints=["Bowel perforation", "NBD score at 1 and 2 years", "Continence and adherence", "Serious adverse events"],
        timeline=[("First Pt. in", "May 2026"), ("Interim report", "May 2027"), ("Final report", "Nov 2028")]),
    cear=dict(reviewer_field="gastroenterology", clinician="Dr. Mikkel Juhl (paediatric surgeon)",
              scope_why="It is an active device administering water (Rule 12), class IIa.",
              device="Electronic TAI system with balloon catheters for adults and children. Not novel.",
              sota="SOTA based on RCT in SCI and consensus papers for adults and children. Adequate.",
              data="One CI with 87 adults and 34 children (11 aged 3-6). 12 weeks follow-up. No perforation.",
              br="Benefit-risk is positive. Home use after training is supported by the CI.",
              findings=[("OBS-1", "CER Sec. 6", "Annex XIV", "SF-CI-01", "Follow-up 12 weeks. PMCF to 2 years. Accepted.")],
              conclusion="The clinical evidence is sufficient. Certification is recommended."),
    docs={"CEP": dict(file="SMPL-GI-CEP-TAI_R01.md", code="SMPL/GI/CEP/031", rev="01", date="08-01-2025"),
          "CER": dict(file="SMPL-GI-CER-TAI_R02.pdf", code="SMPL/GI/CER/031", rev="02", date="16-05-2025"),
          "PMCF": dict(file="SMPL-GI-PMCF-TAI_R01.docx", code="SMPL/GI/PMCF/031", rev="01", date="16-05-2025"),
          "IFU-en": dict(file="SukhFlow_IFU_EN_R03.pdf", code="SF-IFU-EN", rev="03", date="05-2025"),
          "IFU-nl": dict(file="SukhFlow_IFU_NL_R03.pdf", code="SF-IFU-NL", rev="03", date="05-2025"),
          "IFU-de": dict(file="SukhFlow_IFU_DE_R03.docx", code="SF-IFU-DE", rev="03", date="05-2025"),
          "CEAR": dict(file="NCM-CEAR-2893-25-0350.pdf", code="NCM-2893-25-0350", rev="1", date="2 October 2025")},
    tr={"nl": dict(
            purpose=("Het SukhFlow TAI-systeem is bedoeld voor transanale irrigatie van rectum en colon met kraanwater om de darm "
                     "te legen, voor de behandeling van fecale incontinentie en chronische obstipatie door neurogene darmdisfunctie, "
                     "voor gebruik thuis door de patiënt of een verzorger na training door een zorgverlener."),
            ind=["Fecale incontinentie door neurogene darmdisfunctie", "Chronische obstipatie door neurogene darmdisfunctie",
                 "Neurogene darmdisfunctie met tijdrovend darmmanagement dat onvoldoende reageert op conservatieve maatregelen"],
            contra=["Anale of colorectale stenose", "Colorectale kanker of maligniteit in het bekken",
                    "Actieve inflammatoire darmziekte, acute diverticulitis of ischemische colitis",
                    "Binnen 3 maanden na anale of colorectale chirurgie", "Kinderen jonger dan 3 jaar"],
            pop=("Kinderen vanaf 3 jaar en volwassenen met neurogene darmdisfunctie, bijvoorbeeld door spina bifida, "
                 "dwarslaesie, multiple sclerose of caudasyndroom."),
            users=("Patiënten en verzorgers thuis, na training door een arts of continentieverpleegkundige; de eerste irrigatie "
                   "onder toezicht van een zorgverlener in de kliniek."),
            warn=["De eerste irrigatie moet onder toezicht van een getrainde zorgverlener plaatsvinden.",
                  "Gebruik bij kinderen alleen de SF-RC-P-katheter en het door de arts voorgeschreven watervolume (meestal 10 tot 20 mL/kg).",
                  "Stop de irrigatie en zoek medische hulp bij ernstige of aanhoudende buikpijn, rugpijn of bloeding.",
                  "Let bij patiënten met een dwarslaesie op T6 of hoger op tekenen van autonome dysreflexie."],
            side=["Darmperforatie (zeldzaam, ernstig)", "Buikpijn of krampen", "Autonome dysreflexie bij dwarslaesie op T6 of hoger",
                  "Licht rectaal bloedverlies", "Lekkage van irrigatiewater", "Elektrolytstoornis bij kleine kinderen bij te veel water"],
            tech=[("Waterflow", "Tot 300 mL/min, begrensd door drukregeling"), ("Ballonvulling SF-RC-P", "10 tot 25 mL lucht"),
                  ("Ballonvulling SF-RC-A", "20 tot 60 mL lucht"), ("Watervolume per irrigatie", "Kinderen 10 tot 20 mL/kg; volwassenen 300 tot 1.000 mL"),
                  ("Watertemperatuur", "36 tot 38 °C"), ("Accu", "Li-ion, ongeveer 30 irrigaties per lading")],
            steps=["Vul het waterreservoir met kraanwater van 36-38 °C en sluit de slang aan op de bedieningseenheid.",
                   "Breng de katheter met glijmiddel in en vul de ballon tot het voorgeschreven volume.",
                   "Start de irrigatie met het voorgeschreven volume; stop bij pijn.", "Laat de ballon leeglopen, verwijder de katheter en ledig de darm op het toilet."]),
        "de": dict(
            purpose=("Das SukhFlow TAI-System ist für die transanale Irrigation von Rektum und Kolon mit Leitungswasser zur "
                     "Darmentleerung bestimmt, zur Behandlung von Stuhlinkontinenz und chronischer Obstipation infolge neurogener "
                     "Darmfunktionsstörung, zur Anwendung zu Hause durch den Patienten oder eine Betreuungsperson nach Schulung "
                     "durch medizinisches Fachpersonal."),
            ind=["Stuhlinkontinenz infolge neurogener Darmfunktionsstörung", "Chronische Obstipation infolge neurogener Darmfunktionsstörung",
                 "Neurogene Darmfunktionsstörung mit zeitaufwendigem Darmmanagement, das durch konservative Maßnahmen nicht ausreichend kontrolliert ist"],
            contra=["Anale oder kolorektale Stenose", "Kolorektales Karzinom oder Malignom im Becken",
                    "Aktive chronisch-entzündliche Darmerkrankung, akute Divertikulitis oder ischämische Kolitis",
                    "Innerhalb von 3 Monaten nach analer oder kolorektaler Operation", "Kinder unter 3 Jahren"],
            pop=("Kinder ab 3 Jahren und Erwachsene mit neurogener Darmfunktionsstörung, z. B. infolge Spina bifida, "
                 "Querschnittlähmung, Multipler Sklerose oder Kauda-Syndrom."),
            users=("Patienten und Betreuungspersonen zu Hause nach Schulung durch einen Arzt oder eine Kontinenzpflegekraft; die "
                   "erste Irrigation unter Aufsicht von Fachpersonal in der Klinik."),
            warn=["Die erste Irrigation muss unter Aufsicht von geschultem Fachpersonal erfolgen.",
                  "Bei Kindern nur den Katheter SF-RC-P und das ärztlich verordnete Wasservolumen (meist 10 bis 20 mL/kg) verwenden.",
                  "Irrigation abbrechen und ärztliche Hilfe suchen bei starken oder anhaltenden Bauchschmerzen, Rückenschmerzen oder Blutung.",
                  "Patienten mit Querschnittlähmung ab T6 auf Zeichen einer autonomen Dysreflexie überwachen."],
            side=["Darmperforation (selten, schwerwiegend)", "Bauchschmerzen oder Krämpfe", "Autonome Dysreflexie bei Querschnittlähmung ab T6",
                  "Leichte rektale Blutung", "Austreten von Spülwasser", "Elektrolytstörung bei kleinen Kindern bei zu großem Wasservolumen"],
            tech=[("Wasserfluss", "Bis 300 mL/min, durch Druckregelung begrenzt"), ("Ballonfüllung SF-RC-P", "10 bis 25 mL Luft"),
                  ("Ballonfüllung SF-RC-A", "20 bis 60 mL Luft"), ("Wasservolumen pro Irrigation", "Kinder 10 bis 20 mL/kg; Erwachsene 300 bis 1.000 mL"),
                  ("Wassertemperatur", "36 bis 38 °C"), ("Akku", "Li-Ion, etwa 30 Irrigationen pro Ladung")],
            steps=["Wasserbehälter mit Leitungswasser von 36-38 °C füllen und Schlauch an die Steuereinheit anschließen.",
                   "Katheter mit Gleitmittel einführen und Ballon auf das verordnete Volumen füllen.",
                   "Irrigation mit dem verordneten Volumen starten; bei Schmerzen abbrechen.", "Ballon entleeren, Katheter entfernen und Darm auf der Toilette entleeren."])},
    over={}, extra={},
)
F["labels"] = []
