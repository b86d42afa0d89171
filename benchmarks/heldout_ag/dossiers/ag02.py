"""ag02 – haemodialysis machine with online HDF (IIb, Rule 12, heparin pump, CECP applies). CLEAN."""
POP = ("Adults and children with a body weight above 20 kg who require haemodialysis or haemodiafiltration; "
       "Pts. between 20 kg and 40 kg shall be treated only with the paediatric bloodline set BL-P.")
F = dict(
    id="ag02_haemodiafiltration", device_label="Nephrix HDx 7 – haemodialysis machine with online haemodiafiltration",
    trade="Nephrix HDx 7", generic="haemodialysis machine with online haemodiafiltration and integrated heparin pump",
    mfr="Sahyadri Meditech Pvt. Ltd.", mfr_addr="Gat No. 212, Chakan Industrial Area Phase II, Pune 410501, Maharashtra, India",
    site="the Chakan (Pune) plant", srn="IN-MF-000027915", udi="8906011HDX7000AW",
    ear="Medrep Europa B.V., Stationsweg 14, 2312 AV Leiden, The Netherlands", nb="NordCert Medical A/S", nb_no="2893",
    nb_reviewer="Mette Kjærgaard Holm", author="Dr. Rohit Deshpande, DM (Nephrology)", reviewer_mfr="Dr. Sunita Karve, MD (Paediatrics), Fellowship Paediatric Nephrology",
    author_cv="nephrologist with 14 years of dialysis practice, 5 years in clinical evaluation of dialysis equipment", first_ce="2026 (MDR)",
    models=[("HDx7-S", "Haemodialysis machine, HD and HDF post-dilution, with heparin syringe pump"),
            ("HDx7-O", "As HDx7-S with online pre- and post-dilution HDF and ultrafilters UF-2"),
            ("BL-A", "Adult bloodline set, priming volume 182 mL, single use"),
            ("BL-P", "Paediatric bloodline set, priming volume 96 mL, single use")],
    cls="IIb", rule="Rule 12", cecp=True,
    cecp_why=("The Device is an active device which removes blood and body liquids and administers heparin, a medicinal "
              "product, through the integrated syringe pump, besides the online substitution fluid."),
    eval_type="initial clinical evaluation for CE marking under the MDR",
    purpose=("The Nephrix HDx 7 is intended for intermittent haemodialysis, haemofiltration and online haemodiafiltration "
             "(pre- and post-dilution) with anticoagulation by heparin, for the treatment of Pts. with kidney failure, "
             "in hospital and limited-care dialysis centres under the supervision of a nephrologist."),
    population=POP,
    indications=["End-stage kidney disease (CKD stage 5) requiring maintenance haemodialysis or haemodiafiltration",
                 "Acute kidney injury requiring intermittent kidney replacement therapy in haemodynamically stable Pts.",
                 "Fluid overload refractory to diuretics, requiring isolated ultrafiltration"],
    contraindications=["Body weight of 20 kg or less",
                       "Haemodynamic instability which does not permit intermittent extracorporeal therapy",
                       "Online HDF when ultrapure dialysis water as per ISO 23500-3 cannot be assured",
                       "Heparin anticoagulation in Pts. with heparin-induced thrombocytopenia (heparin-free mode shall be used)"],
    users=("Trained dialysis nurses and technicians under the supervision of a nephrologist, in hospital dialysis units "
           "and limited-care dialysis centres. The Device is not intended for home dialysis."),
    description=[
        "The Nephrix HDx 7 is a volumetric haemodialysis machine with a blood pump, dialysate preparation from "
        "bicarbonate and acid concentrates, balancing chambers for ultrafiltration control, two ultrafilters for "
        "online preparation of substitution fluid (model HDx7-O), a heparin syringe pump, an air detector with "
        "venous clamp, a blood leak detector and online clearance monitoring (Kt/V).",
        "The paediatric bloodline set BL-P has a priming volume of 96 mL, i.e. less than 10 % of the blood volume of "
        "a 20 kg child (about 1,600 mL), and the blood pump speed can be set from 30 mL/min. Kindly refer Table-2 "
        "for the models and accessories."],
    sota=[
        "Maintenance haemodialysis is the most common kidney replacement therapy in Europe; high-volume online "
        "post-dilution HDF (convection volume of 23 L or more per session) has been associated with lower all-cause "
        "mortality than high-flux HD in the CONVINCE trial (2023) and in earlier individual-participant meta-analyses. "
        "Alternatives are high-flux HD, peritoneal dialysis and kidney transplantation.",
        "In children, HDF is increasingly used in European centres (3H study); the same requires bloodlines with low "
        "priming volume and blood flow settings adapted to body weight."],
    benefits=[("Adequate removal of small solutes", "Single-pool Kt/V per session", "Mean spKt/V 1.52 (adults), 1.61 (children)"),
              ("Removal of middle molecules by convection", "Achieved convection volume per session in HDF mode",
               "Mean 24.6 L (adults) and 13.8 L/m2 BSA (children)"),
              ("Safe extracorporeal therapy", "Intradialytic hypotension requiring intervention, per session",
               "8.9 % of sessions (adults), 6.2 % (children)")],
    acceptance=["Mean spKt/V of at least 1.4 per session", "Convection volume of at least 21 L per session in adults in post-dilution HDF",
                "Intradialytic hypotension requiring intervention in not more than 15 % of sessions",
                "No device-related serious adverse event due to air embolism or blood loss"],
    dev_plan=("A pre-market clinical investigation (NHX-CI-01) in adults and a paediatric cohort (NHX-CI-02) have been completed; "
              "further data shall be collected through the PMCF registry as per the PMCF plan."),
    summary=("The clinical evaluation based on two clinical investigations with the Device, in 86 adults and 24 children above "
             "20 kg, and on the literature demonstrates that the Nephrix HDx 7 achieves adequate dialysis dose and "
             "convection volumes with a safety profile comparable to the state of the art."),
    search_date="02-06-2025",
    search_stats=("A total of 2,417 records were screened, 94 full texts were assessed and 31 articles were included "
                  "(29 on the state of the art and similar devices, 2 on the Device)."),
    studies=[dict(ref="NHX-CI-01", design="Prospective, multicentre, single-arm CI", n="86", pop="Adults on maintenance HD, 18-79 years",
                  fu="12 weeks (36 sessions)", out="spKt/V 1.52; convection volume 24.6 L; IDH 8.9 % of sessions"),
             dict(ref="NHX-CI-02", design="Prospective, single-arm CI", n="24", pop="Children 6-17 years, 21-52 kg",
                  fu="8 weeks (24 sessions)", out="spKt/V 1.61; convection 13.8 L/m2; IDH 6.2 %")],
    clinical_prose=[
        "NHX-CI-01 was carried out at four centres (Pune, Mumbai, Lyon and Kraków) and enrolled 86 adults; 84 completed "
        "the 12-week period. The primary endpoint, i.e. mean spKt/V of at least 1.4, was met in all visits. No air "
        "embolism, blood leak or haemolysis was observed; two access-related bleeding events were not device related.",
        "NHX-CI-02 enrolled 24 children with a body weight between 21 kg and 52 kg; the 11 children below 40 kg were "
        "treated with the BL-P set. Mean spKt/V was 1.61 and intradialytic hypotension requiring intervention occurred "
        "in 6.2 % of sessions, which is in line with the paediatric literature (5-12 %)."],
    pms=("The predecessor Nephrix HD 5 has been marketed in India and South-East Asia since 2017, with 1,740 machines "
         "installed and about 21,60,000 treatments upto 31-03-2025; 3 serious incidents (two blood leaks due to "
         "dialyser rupture, one venous needle dislodgement not detected) were analysed and the venous pressure "
         "alarm window was narrowed in the Nephrix HDx 7."),
    side_effects=["Intradialytic hypotension, cramps, nausea", "Blood loss due to line separation or needle dislodgement",
                  "Air embolism (mitigated by air detector)", "Haemolysis", "Pyrogenic reaction in case of contaminated dialysis water",
                  "Bleeding due to heparin anticoagulation"],
    benefit_risk=("The Device provides life-sustaining kidney replacement therapy; the residual risks are those inherent to "
                  "extracorporeal therapy and heparin anticoagulation, are mitigated as per ISO 60601-2-16, and are "
                  "acceptable in view of the benefit. The benefit-risk is positive for adults and for children above 20 kg."),
    conclusion=("Conformity with GSPR 1, 6 and 8 is demonstrated for the intended purpose, users and population. PMCF "
                "shall confirm long-term safety and convection volumes, especially in children."),
    references=["Blankestijn PJ et al. Effect of hemodiafiltration or hemodialysis on mortality in kidney failure (CONVINCE). N Engl J Med 2023;389:700-709.",
                "Shroff R et al. Effects of hemodiafiltration versus conventional hemodialysis in children (3H). J Am Soc Nephrol 2019;30:678-691.",
                "NHX-CI-01 Clinical Investigation Report, Rev. 01, 17-02-2025.", "NHX-CI-02 Clinical Investigation Report, Rev. 01, 21-04-2025."],
    warnings=["Use only dialysis water and fluids which comply with ISO 23500; online HDF requires ultrapure water.",
              "For Pts. between 20 kg and 40 kg, use only the paediatric bloodline set BL-P and start with a blood flow of 3-5 mL/kg/min.",
              "Never disable the air detector or the venous clamp during treatment.",
              "Keep the vascular access and needles visible throughout the treatment.",
              "Set the heparin dose as prescribed by the physician; stop the heparin pump as per prescription before end of treatment."],
    tech=[("Blood flow", "30 to 600 mL/min"), ("Dialysate flow", "300 to 800 mL/min"),
          ("Substitution flow (HDx7-O)", "Upto 400 mL/min"), ("Ultrafiltration rate", "0 to 4,000 mL/h"),
          ("Heparin pump", "0.1 to 10 mL/h, syringes 10, 20 and 30 mL"),
          ("Priming volume of bloodline sets", "BL-A 182 mL; BL-P 96 mL"), ("Minimum body weight", "Above 20 kg")],
    steps=["Perform the automatic self-test and prime the extracorporeal circuit with saline.",
           "Enter the prescription: treatment time, UF volume, blood flow, mode and heparin dose.",
           "Connect the Patient, start the blood pump at low flow and increase gradually.",
           "At the end of treatment, return the blood with saline and disconnect the Patient."],
    pmcf=dict(
        objectives=[("Confirm the rate of intradialytic hypotension and access complications over 24 months in routine use", "Residual risk: hypotension, blood loss"),
                    ("Confirm achieved convection volumes and spKt/V in children above 20 kg", "Open question: limited paediatric data (24 children)"),
                    ("Identify rare device-related serious incidents such as air embolism or haemolysis", "Residual risks: air embolism, haemolysis")],
        design="Prospective, multicentre PMCF registry with the Device in routine use at 8 dialysis centres in India and the EU.",
        population="Adults and children with a body weight above 20 kg on maintenance HD/HDF in hospital and limited-care dialysis centres.",
        sample=("300 adults and 40 children shall be enrolled. For adults, 300 Pts. give a 95 % confidence interval of ± 3.2 % around "
                "an expected IDH rate of 9 %; for children, 40 Pts. (about 3,000 sessions) allow detection of events with a "
                "frequency of 0.1 % per session with 95 % probability."),
        endpoints=["Intradialytic hypotension requiring intervention, per session", "spKt/V and convection volume",
                   "Device-related serious adverse events", "Vascular access complications"],
        timeline=[("First Pt. in", "Apr 2026"), ("Interim report", "Apr 2027"), ("Final report", "Oct 2028")]),
    cear=dict(reviewer_field="nephrology", clinician="Dr. Anders Bech (nephrologist)",
              scope_why="It is active and administers heparin through an integrated syringe pump and removes blood (Rule 12).",
              device="Volumetric HD/HDF machine with online substitution fluid and heparin pump. Not novel. Predecessor Nephrix HD 5 on the market since 2017.",
              sota="SOTA covers HD, HDF (CONVINCE) and paediatric HDF (3H). Adequate.",
              data="Two CIs with the device: 86 adults and 24 children of 21-52 kg. Endpoints met. Literature supports the SOTA.",
              br="Benefit-risk is positive for adults and children above 20 kg. The PMCF registry has a sample size rationale for both groups.",
              findings=[("OBS-1", "CER Sec. 6.2", "Annex XIV Part A 1", "NHX-CI-02", "Paediatric data are limited to 24 children. PMCF OBJ-2 covers this. Accepted."),
                        ("NC-01 (minor)", "PMCF plan Sec. 4.2", "MDCG 2020-7", "PMCF plan Rev. 00", "No sample size for children. Closed in Rev. 01.")],
              conclusion="The clinical evidence is sufficient. The CEAR and documentation are sent to the Commission for the CECP."),
    docs={"CEP": dict(file="SMPL-CEP-HDX7_R01.pdf", code="SMPL-RA-CEP-041", rev="01", date="15-01-2025"),
          "CER": dict(file="SMPL-CER-HDX7_R02.docx", code="SMPL-RA-CER-041", rev="02", date="30-06-2025"),
          "PMCF": dict(file="SMPL-PMCF-HDX7_R01.pdf", code="SMPL-RA-PMCF-041", rev="01", date="30-06-2025"),
          "IFU-en": dict(file="HDx7_IFU_EN_v3.docx", code="HDX7-IFU-EN", rev="3", date="07-2025"),
          "IFU-de": dict(file="HDx7_IFU_DE_v3.docx", code="HDX7-IFU-DE", rev="3", date="07-2025"),
          "IFU-pl": dict(file="HDx7_IFU_PL_v3.pdf", code="HDX7-IFU-PL", rev="3", date="07-2025"),
          "CEAR": dict(file="NCM_CEAR_2893-25-0377.docx", code="NCM-2893-25-0377", rev="1", date="22 October 2025")},
    tr={"de": dict(
            purpose=("Das Nephrix HDx 7 ist für die intermittierende Hämodialyse, Hämofiltration und Online-Hämodiafiltration "
                     "(Prä- und Postdilution) mit Heparin-Antikoagulation zur Behandlung von Patienten mit Nierenversagen "
                     "bestimmt, in Krankenhäusern und Limited-Care-Dialysezentren unter Aufsicht eines Nephrologen."),
            ind=["Terminale Niereninsuffizienz (CKD Stadium 5) mit Bedarf an Erhaltungshämodialyse oder Hämodiafiltration",
                 "Akutes Nierenversagen mit Bedarf an intermittierender Nierenersatztherapie bei hämodynamisch stabilen Patienten",
                 "Diuretikarefraktäre Überwässerung mit Bedarf an isolierter Ultrafiltration"],
            contra=["Körpergewicht von 20 kg oder weniger",
                    "Hämodynamische Instabilität, die keine intermittierende extrakorporale Therapie erlaubt",
                    "Online-HDF, wenn ultrareines Dialysewasser nach ISO 23500-3 nicht sichergestellt ist",
                    "Heparin-Antikoagulation bei heparininduzierter Thrombozytopenie (heparinfreien Modus verwenden)"],
            pop=("Erwachsene und Kinder mit einem Körpergewicht über 20 kg, die eine Hämodialyse oder Hämodiafiltration "
                 "benötigen; Patienten zwischen 20 kg und 40 kg dürfen nur mit dem pädiatrischen Schlauchsystem BL-P behandelt werden."),
            users=("Geschulte Dialysepflegekräfte und -techniker unter Aufsicht eines Nephrologen, in Dialyseabteilungen von "
                   "Krankenhäusern und Limited-Care-Zentren. Nicht für die Heimdialyse bestimmt."),
            warn=["Nur Dialysewasser und Flüssigkeiten nach ISO 23500 verwenden; Online-HDF erfordert ultrareines Wasser.",
                  "Bei Patienten zwischen 20 kg und 40 kg nur das Schlauchsystem BL-P verwenden und mit 3-5 mL/kg/min Blutfluss beginnen.",
                  "Luftdetektor und venöse Klemme während der Behandlung niemals deaktivieren.",
                  "Gefäßzugang und Kanülen während der gesamten Behandlung sichtbar halten.",
                  "Heparindosis gemäß ärztlicher Verordnung einstellen."],
            side=["Intradialytische Hypotonie, Krämpfe, Übelkeit", "Blutverlust durch Diskonnektion oder Nadeldislokation",
                  "Luftembolie (durch Luftdetektor vermindert)", "Hämolyse", "Pyrogene Reaktion bei kontaminiertem Dialysewasser",
                  "Blutung durch Heparin-Antikoagulation"],
            tech=[("Blutfluss", "30 bis 600 mL/min"), ("Dialysatfluss", "300 bis 800 mL/min"), ("Substituatfluss (HDx7-O)", "Bis 400 mL/min"),
                  ("Ultrafiltrationsrate", "0 bis 4.000 mL/h"), ("Heparinpumpe", "0,1 bis 10 mL/h, Spritzen 10, 20 und 30 mL"),
                  ("Füllvolumen Schlauchsysteme", "BL-A 182 mL; BL-P 96 mL"), ("Mindestkörpergewicht", "Über 20 kg")],
            steps=["Automatischen Selbsttest durchführen und den extrakorporalen Kreislauf mit Kochsalzlösung füllen.",
                   "Verordnung eingeben: Behandlungszeit, UF-Volumen, Blutfluss, Modus und Heparindosis.",
                   "Patienten anschließen, Blutpumpe mit niedrigem Fluss starten und langsam steigern.",
                   "Am Behandlungsende Blut mit Kochsalzlösung zurückgeben und Patienten abschließen."]),
        "pl": dict(
            purpose=("Nephrix HDx 7 jest przeznaczony do przerywanej hemodializy, hemofiltracji i hemodiafiltracji online "
                     "(predylucja i postdylucja) z antykoagulacją heparyną, w leczeniu pacjentów z niewydolnością nerek, w "
                     "szpitalach i ośrodkach dializ o ograniczonej opiece, pod nadzorem nefrologa."),
            ind=["Schyłkowa niewydolność nerek (PChN stadium 5) wymagająca przewlekłej hemodializy lub hemodiafiltracji",
                 "Ostre uszkodzenie nerek wymagające przerywanej terapii nerkozastępczej u pacjentów stabilnych hemodynamicznie",
                 "Przewodnienie oporne na diuretyki wymagające izolowanej ultrafiltracji"],
            contra=["Masa ciała 20 kg lub mniej", "Niestabilność hemodynamiczna uniemożliwiająca przerywaną terapię pozaustrojową",
                    "HDF online, jeśli nie można zapewnić ultraczystej wody do dializ zgodnie z ISO 23500-3",
                    "Antykoagulacja heparyną u pacjentów z małopłytkowością indukowaną heparyną (stosować tryb bez heparyny)"],
            pop=("Dorośli i dzieci o masie ciała powyżej 20 kg wymagający hemodializy lub hemodiafiltracji; pacjenci o masie "
                 "od 20 kg do 40 kg mogą być leczeni wyłącznie z zestawem drenów pediatrycznych BL-P."),
            users=("Przeszkolone pielęgniarki i technicy dializ pod nadzorem nefrologa, w stacjach dializ szpitali i ośrodków o "
                   "ograniczonej opiece. Wyrób nie jest przeznaczony do dializy domowej."),
            warn=["Stosować wyłącznie wodę i płyny zgodne z ISO 23500; HDF online wymaga wody ultraczystej.",
                  "U pacjentów o masie od 20 kg do 40 kg stosować wyłącznie zestaw BL-P i rozpoczynać od przepływu krwi 3-5 mL/kg/min.",
                  "Nigdy nie wyłączać detektora powietrza ani zacisku żylnego podczas zabiegu.",
                  "Dostęp naczyniowy i igły muszą być widoczne przez cały zabieg.", "Dawkę heparyny ustawiać zgodnie ze zleceniem lekarza."],
            side=["Hipotonia śróddializacyjna, kurcze, nudności", "Utrata krwi z powodu rozłączenia drenów lub wysunięcia igły",
                  "Zator powietrzny (ograniczany przez detektor powietrza)", "Hemoliza", "Reakcja pirogenna przy skażonej wodzie do dializ",
                  "Krwawienie związane z heparyną"],
            tech=[("Przepływ krwi", "30 do 600 mL/min"), ("Przepływ dializatu", "300 do 800 mL/min"), ("Przepływ substytutu (HDx7-O)", "Do 400 mL/min"),
                  ("Szybkość ultrafiltracji", "0 do 4 000 mL/h"), ("Pompa heparynowa", "0,1 do 10 mL/h, strzykawki 10, 20 i 30 mL"),
                  ("Objętość wypełnienia drenów", "BL-A 182 mL; BL-P 96 mL"), ("Minimalna masa ciała", "Powyżej 20 kg")],
            steps=["Wykonać automatyczny autotest i wypełnić krążenie pozaustrojowe solą fizjologiczną.",
                   "Wprowadzić zlecenie: czas zabiegu, objętość UF, przepływ krwi, tryb i dawkę heparyny.",
                   "Podłączyć pacjenta, uruchomić pompę krwi z niskim przepływem i stopniowo zwiększać.",
                   "Po zakończeniu zwrócić krew solą fizjologiczną i odłączyć pacjenta."])},
    over={}, extra={},
)
F["labels"] = []
