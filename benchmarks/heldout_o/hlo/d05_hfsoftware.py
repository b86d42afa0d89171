"""o05: heart-failure remote monitoring software recommending diuretic dose changes. Clean, IIb Rule 11, no CECP."""

F = dict(
    id="o05-hfsoftware-diurassist",
    trade="DiurAssist",
    full="DiurAssist HF",
    generic="heart-failure remote monitoring software with loop-diuretic dose recommendations (software as a medical device)",
    manufacturer="Kardiologic Software sp. z o.o.",
    address="ul. Półwiejska 32, 61-888 Poznań, Poland",
    srn="PL-MF-000008812",
    nb="Certyfikacja Wyrobów Medycznych CWM S.A.",
    nb_no="2979",
    udi="590123DIURHF02M",
    dev_class="IIb",
    rule="Annex VIII Rule 11, software providing information used to take therapeutic decisions",
    author="M. Delvaux, PharmD",
    scope=("Classification: according to Rule 11 and MDCG 2019-11, the software drives the clinical management of a "
           "serious to critical condition (chronic heart failure); an erroneous recommendation may cause a serious "
           "deterioration of health (dehydration, acute kidney injury or decompensation), hence class IIb. Death or "
           "irreversible deterioration is not a foreseeable direct consequence because every recommendation is "
           "bounded by the cardiologist and validated by a professional before reaching the patient. The CECP of "
           "Article 54 MDR does not apply: the software is not implantable and does not administer any medicinal "
           "product; the patient takes his oral diuretic himself."),
    scope_cear=("Not applicable: class IIb software (Rule 11), neither implantable nor intended to administer or remove "
                "medicinal products (Rule 12 not applicable). Article 54(1) MDR is not met."),
    models=[("DiurAssist Clinic 2.3", "Web dashboard for healthcare professionals"),
            ("DiurAssist Patient 2.3", "Patient application (iOS 16 or later, Android 12 or later)"),
            ("KS-200 (accessory)", "Bluetooth body-weight scale, class I, accuracy ± 0.1 kg")],
    abbr=[["AKI", "acute kidney injury"], ["HF", "heart failure"], ["HFH", "heart-failure hospitalisation"],
          ["NYHA", "New York Heart Association class"], ["SaMD", "software as a medical device"]],
    summary=["The present CER covers DiurAssist HF version 2.3, a software as a medical device (SaMD) used for the remote "
             "follow-up of chronic heart failure (HF) and proposing adjustments of the oral loop diuretic. The clinical "
             "evidence consists of the randomised trial TITRA-HF (412 patients, 12 months), the clinical validation "
             "of the algorithm on 1 150 retrospective patient records, and the literature.",
             "The software met all CEP criteria; the benefit-risk is favourable when used as intended, i.e. always "
             "with validation by a professional."],
    description=["Every morning the patient weighs himself on the KS-200 scale and answers five questions in the app "
                 "(breathlessness, orthopnoea, ankle swelling, fatigue, dizziness); blood pressure and heart rate are "
                 "entered or transmitted. The data are sent to the DiurAssist Clinic dashboard.",
                 "When the weight trend or the symptoms exceed the configured thresholds, the algorithm proposes a "
                 "change of the daily loop diuretic dose within the window fixed for each patient by the cardiologist. "
                 "The heart-failure nurse or the cardiologist validates, modifies or rejects the proposal; only a "
                 "validated proposal is sent to the patient."],
    principle=("Rule-based algorithm (no machine learning) combining the 3-day and 7-day weight change, the symptom "
               "score, blood pressure and the last potassium and creatinine values. Dose increases are blocked when "
               "potassium is below 3.5 mmol/l or creatinine has risen by more than 30 %."),
    cer_specs_prose=None,
    purpose=("DiurAssist HF is intended to support heart-failure professionals in the remote follow-up of patients with "
             "chronic heart failure, by analysing the weight, symptoms and vital signs transmitted from home and by "
             "proposing adjustments of the oral loop diuretic dose within limits set by the treating cardiologist; "
             "each proposal is validated by a healthcare professional before it is communicated to the patient."),
    indications=["Chronic HF (reduced, mildly reduced or preserved ejection fraction), NYHA class II or III, treated "
                 "with an oral loop diuretic",
                 "At least one HF hospitalisation or urgent HF visit in the previous 12 months"],
    contraindications=["Dialysis or eGFR below 20 ml/min/1.73 m²",
                       "NYHA class IV, inotrope therapy, left ventricular assist device or listing for transplantation",
                       "Inability to weigh daily and to use the application, in the absence of a caregiver",
                       "Pregnancy"],
    population="Adult patients (≥ 18 years) with chronic HF.",
    users=("Professional users: HF nurses and cardiologists trained on the dashboard (2-hour training). Lay users: "
           "patients and caregivers, after instruction at enrolment."),
    setting=("Patients use the application and the scale at home; professionals use the dashboard in HF clinics "
             "(hospital outpatient clinics or cardiology practices)."),
    warnings=["DiurAssist HF does not replace clinical judgement; a proposal is never sent without validation by a "
              "healthcare professional.",
              "The software is not intended for acute decompensation: patients with severe breathlessness at rest or "
              "chest pain must call the emergency number 112.",
              "Proposals assume a correct daily weighing: in the morning, after voiding, before breakfast, on the KS-200 scale.",
              "Laboratory values older than 14 days are flagged; dose increases are blocked if potassium is below 3.5 mmol/l.",
              "The clinic is alerted when no data have been received for 48 hours."],
    adverse=[("Acute kidney injury (KDIGO stage ≥ 1)", "7.8 % (usual care 7.1 %)"),
             ("Hypokalaemia < 3.5 mmol/l", "6.3 % (usual care 5.9 %)"),
             ("Symptomatic hypotension", "2.9 % (usual care 2.5 %)"),
             ("Hospitalisation for dehydration", "0.5 % (usual care 0.5 %)")],
    adverse_notes=["TITRA-HF, 12 months, 206 patients per arm."],
    residual=["Inappropriate dose increase leading to dehydration or AKI", "Delayed dose increase leading to congestion",
              "Wrong weight data (other person, clothes, other scale)", "Loss of data transmission",
              "Automation bias of professionals validating proposals without review"],
    sota=["HF affects about 15 million people in Europe; congestion is the main cause of hospitalisation. The ESC "
          "guidelines [4] recommend adapting the loop diuretic dose to the congestion status and consider "
          "non-invasive remote monitoring for patients after a recent HF event.",
          "Meta-analyses of non-invasive telemonitoring [3] show a reduction of HF hospitalisations by about 20 %, "
          "with heterogeneous results; weight-based diuretic titration protocols led by nurses are considered good "
          "practice in specialised HF clinics."],
    alternatives=["Usual care with periodic clinic visits", "Structured telephone support",
                  "Invasive haemodynamic monitoring (implantable pulmonary artery sensor)"],
    search=dict(db="PubMed, Embase, Cochrane Library", period="01.01.2012 to 31.12.2024",
                result="1 037 records, 52 full texts, 13 retained; no publication on DiurAssist HF outside the manufacturer data.",
                pico=[["Population", "Adults with chronic HF"], ["Intervention", "Remote monitoring with diuretic titration support"],
                      ["Comparison", "Usual care"], ["Outcomes", "HFH, urgent visits, mortality, AKI, hypokalaemia"]]),
    studies=[["[1]", "TITRA-HF, randomised, open, blinded adjudication, 11 sites", "412", "Adults, chronic HF NYHA II-III, HF event < 12 months",
              "12 months", "HFH or urgent HF visit 22.8 % vs 31.6 % (HR 0.69; 95 % CI 0.49-0.97)"],
             ["[2]", "Clinical validation of the algorithm, retrospective records", "1 150", "Adults, chronic HF",
              "n/a", "Agreement with expert panel 91 % (κ 0.82)"],
             ["[3]", "Meta-analysis, non-invasive telemonitoring (other systems)", "12 870", "Adults with HF",
              "6-24 months", "HFH RR 0.80"],
             ["[4]", "ESC guidelines for heart failure", "n/a", "Adults with HF", "n/a", "Recommendations (state of the art)"]],
    appraisal=["TITRA-HF used the same software version (2.3) as the one to be certified. Adjudication of events was "
               "blinded. 97.1 % of patients completed the 12-month follow-up. Mean age was 71 years; 38 % women.",
               "The proposals were validated without modification in 84 % of cases, modified in 11 % and rejected in 5 %."],
    claims=[("Reduces the combined rate of HF hospitalisation or urgent HF visit compared with usual care.",
             "TITRA-HF [1]."),
            ("Dose proposals agree with expert cardiologists in the large majority of cases.",
             "Clinical validation [2]: 91 %.")],
    benefits=[("Reduction of HF events", "HFH or urgent HF visit at 12 months versus usual care",
               "upper limit of the 95 % CI of the HR < 1.0", "HR 0.69 (0.49-0.97)"),
              ("Valid therapeutic proposals", "Agreement with expert panel", "≥ 85 %", "91 %")],
    safety=[("AKI, difference versus usual care", "≤ 3 points", "+0.7 points"),
            ("Hypokalaemia, difference versus usual care", "≤ 3 points", "+0.4 points"),
            ("Serious harm attributed to an erroneous proposal", "0", "0")],
    br=["The reduction of HF events is clinically meaningful for patients with recent decompensation; the renal and "
        "electrolyte risks are similar to usual care. Benefit-risk is favourable."],
    cer_pmcf="PMCF plan {no} revision {rev}: prospective cohort DIUR-PMCF, 600 patients, 12 months.",
    conclusion=["The clinical evidence supports the intended purpose, the claims and the classification. The IFU (EN, PL) "
                "reflects the warnings of the present CER."],
    refs=["Kardiologic Software. TITRA-HF clinical investigation report, 12-month final, v1.0, 30.08.2024.",
          "Kardiologic Software. Clinical validation report of the DiurAssist algorithm v2.3, 14.02.2024.",
          "Nowicka A, Brandt J, et al. Non-invasive telemonitoring in heart failure: updated meta-analysis. ESC Heart Fail 2023;10:1450-1463.",
          "McDonagh TA, Metra M, et al. 2021 ESC Guidelines for the diagnosis and treatment of acute and chronic heart "
          "failure. Eur Heart J 2021;42:3599-3726."],
    cdp=["Software verification and validation (IEC 62304, IEC 82304-1), usability (IEC 62366-1).",
         "Clinical validation of the algorithm on retrospective records (MDCG 2020-1).",
         "Randomised trial TITRA-HF (completed). PMCF cohort DIUR-PMCF."],
    pmcf=dict(
        objectives=["→ HF event rate in routine use (confirmation of the benefit outside the trial)",
                    "→ AKI and hypokalaemia rates (residual risk: inappropriate dose increase)",
                    "→ Proportion of proposals validated without review time < 30 s (residual risk: automation bias)",
                    "→ Data transmission losses > 48 h (residual risk: loss of transmission)"],
        design="Prospective multicentre observational cohort DIUR-PMCF.",
        population="Adult patients (≥ 18 years) with chronic HF followed with DiurAssist HF according to the IFU.",
        inclusion=["Indication as per IFU", "Age ≥ 18 years", "Informed consent"],
        exclusion=["Contraindication listed in the IFU"],
        setting=("8 HF clinics in Poland, Czechia and Germany; patients are followed at home with the application, "
                 "as in routine use."),
        endpoints=["Primary: HFH or urgent HF visit at 12 months",
                   "Secondary: AKI, hypokalaemia, proposal review times, transmission gaps, patient adherence"],
        sample=("600 patients: an event rate of 25 % is estimated with a 95 % CI half-width of ± 3.5 %, and an AKI "
                "rate of 8 % with ± 2.2 %."),
        timeline=[["First patient", "01.09.2025"], ["Last patient", "31.08.2026"], ["Last follow-up", "31.08.2027"],
                  ["PMCF evaluation report", "31.12.2027"]]),
    ifu_desc=["DiurAssist HF is a software made of a patient application and a web dashboard for the HF clinic. It "
              "receives the daily weight, symptoms, blood pressure and heart rate, and proposes to the professional "
              "an adjustment of the loop diuretic dose."],
    ifu_adverse=["Kidney function worsening", "Low potassium", "Low blood pressure with dizziness", "Dehydration"],
    specs=[("Software version", "2.3"), ("Patient app", "iOS 16 or later, Android 12 or later"),
           ("Weight resolution", "0.1 kg (KS-200 scale, up to 150 kg)"),
           ("Diuretic dose range managed", "20–250 mg/day furosemide-equivalent"),
           ("Maximum change per proposal", "± 40 mg/day furosemide-equivalent"),
           ("Default alert thresholds", "+2 kg in 3 days or +3 kg in 7 days (configurable)"),
           ("Data hosting", "European Union, ISO/IEC 27001 certified")],
    steps=["The cardiologist enrols the patient, enters the diuretic, the dose window and the last laboratory values.",
           "The patient installs the app, pairs the KS-200 scale and performs a first weighing with the nurse.",
           "The patient weighs every morning and answers the questionnaire.",
           "The professional reviews the alerts and proposals on the dashboard at least once per working day.",
           "Validated proposals are displayed in the app; the patient confirms reading."],
    storage="Not applicable (software). The KS-200 scale: see its own instructions.",
    sscp_note=None,
    reviewers="Clinical reviewer: cardiologist (heart failure), code PL-K-02. Software reviewer: IEC 62304 expert, code PL-S-05.",
    cear_purpose=("Software supporting HF professionals in the remote follow-up of adults with chronic HF (NYHA II-III, "
                  "recent HF event): analysis of home data and proposals of oral loop diuretic dose changes, always "
                  "validated by a professional. Patients at home, professionals in HF clinics."),
    cear_rows=[
        ["C — Device, novelty", "Rule-based SaMD; remote monitoring is established, dose proposal function is novel in "
         "combination but supported by randomised data.", "Closed"],
        ["C — Classification", "IIb, Rule 11; MDCG 2019-11 reasoning accepted.", "Closed"],
        ["C — CEP", "Compliant with Annex XIV Part A 1(a).", "Closed"],
        ["C — Clinical validation (MDCG 2020-1)", "Valid clinical association, technical and clinical performance "
         "documented.", "Closed"],
        ["D — Literature", "Adequate, includes unfavourable telemonitoring trials.", "Closed"],
        ["E — Clinical investigation", "TITRA-HF with same software version; primary endpoint met.", "Closed"],
        ["F — PMCF", "Cohort of 600 patients with objectives tied to residual risks including automation bias.", "Closed"],
        ["G — IFU", "EN and PL versions consistent with the CER.", "Closed"],
        ["H — Benefit-risk", "Favourable.", "Closed"]],
    cear_conclusion=["The clinical evidence is sufficient; certification is recommended. CECP not applicable."],
    docs=dict(
        CEP=dict(file="DiurAssist_CEP.docx", no="KS-CE-001", rev="1.0", date="12.02.2024"),
        CER=dict(file="DiurAssist_CER.md", no="KS-CE-002", rev="2.1", date="07.11.2024"),
        PMCF=dict(file="DiurAssist_PMCF_plan.docx", no="KS-CE-003", rev="1.0", date="07.11.2024"),
        IFU={"en": dict(file="DiurAssist_IFU_EN.pdf", no="KS-IFU-23", rev="2.3-1", date="11.2024"),
             "pl": dict(file="DiurAssist_IFU_PL.pdf", no="KS-IFU-23-PL", rev="2.3-1", date="11.2024")},
        CEAR=dict(file="CEAR_2979_DiurAssist.docx", no="CWM/CEAR/2025/07", rev="1", date="20.01.2025")),
    style=dict(num="dot", cer_layout="A", bullet="-", ifu_bullet="-", num_ifu="plain"),
    tr={"pl": dict(
        ifu_sub="Oprogramowanie do zdalnego monitorowania niewydolności serca",
        ifu_desc=["DiurAssist HF to oprogramowanie składające się z aplikacji dla pacjenta i panelu internetowego dla "
                  "poradni niewydolności serca. Odbiera codzienną masę ciała, objawy, ciśnienie tętnicze i tętno oraz "
                  "proponuje profesjonaliście zmianę dawki diuretyku pętlowego."],
        purpose=("DiurAssist HF jest przeznaczony do wspierania personelu medycznego zajmującego się niewydolnością serca "
                 "w zdalnej opiece nad pacjentami z przewlekłą niewydolnością serca, poprzez analizę przesyłanych z domu "
                 "danych o masie ciała, objawach i parametrach życiowych oraz proponowanie zmian dawki doustnego "
                 "diuretyku pętlowego w granicach ustalonych przez kardiologa prowadzącego; każda propozycja jest "
                 "zatwierdzana przez pracownika ochrony zdrowia przed przekazaniem pacjentowi."),
        indications=["Przewlekła niewydolność serca (z obniżoną, łagodnie obniżoną lub zachowaną frakcją wyrzutową), "
                     "klasa II lub III wg NYHA, leczona doustnym diuretykiem pętlowym",
                     "Co najmniej jedna hospitalizacja lub pilna wizyta z powodu niewydolności serca w ciągu ostatnich 12 miesięcy"],
        contraindications=["Dializoterapia lub eGFR poniżej 20 ml/min/1,73 m²",
                           "Klasa IV wg NYHA, leczenie inotropowe, urządzenie wspomagające lewą komorę lub kwalifikacja do przeszczepienia",
                           "Niemożność codziennego ważenia się i korzystania z aplikacji przy braku opiekuna",
                           "Ciąża"],
        population="Dorośli pacjenci (≥ 18 lat) z przewlekłą niewydolnością serca.",
        users=("Użytkownicy profesjonalni: pielęgniarki i kardiolodzy przeszkoleni w obsłudze panelu (szkolenie 2-godzinne). "
               "Użytkownicy nieprofesjonalni: pacjenci i opiekunowie, po instruktażu przy włączeniu."),
        setting=("Pacjenci korzystają z aplikacji i wagi w domu; profesjonaliści korzystają z panelu w poradniach "
                 "niewydolności serca (przyszpitalnych lub gabinetach kardiologicznych)."),
        warnings=["DiurAssist HF nie zastępuje oceny klinicznej; propozycja nigdy nie jest wysyłana bez zatwierdzenia przez "
                  "pracownika ochrony zdrowia.",
                  "Oprogramowanie nie jest przeznaczone do ostrej dekompensacji: pacjenci z ciężką dusznością spoczynkową "
                  "lub bólem w klatce piersiowej muszą zadzwonić pod numer alarmowy 112.",
                  "Propozycje zakładają prawidłowe codzienne ważenie: rano, po oddaniu moczu, przed śniadaniem, na wadze KS-200.",
                  "Wyniki laboratoryjne starsze niż 14 dni są oznaczane; zwiększenie dawki jest blokowane, gdy stężenie "
                  "potasu jest niższe niż 3,5 mmol/l.",
                  "Poradnia otrzymuje alert, gdy przez 48 godzin nie otrzymano żadnych danych."],
        ifu_adverse=["Pogorszenie czynności nerek", "Niskie stężenie potasu", "Niskie ciśnienie tętnicze z zawrotami głowy",
                     "Odwodnienie"],
        specs=[("Wersja oprogramowania", "2.3"), ("Aplikacja pacjenta", "iOS 16 lub nowszy, Android 12 lub nowszy"),
               ("Rozdzielczość masy ciała", "0,1 kg (waga KS-200, do 150 kg)"),
               ("Zakres dawek diuretyku", "20–250 mg/dobę w przeliczeniu na furosemid"),
               ("Maksymalna zmiana na propozycję", "± 40 mg/dobę w przeliczeniu na furosemid"),
               ("Domyślne progi alertu", "+2 kg w 3 dni lub +3 kg w 7 dni (konfigurowalne)"),
               ("Przechowywanie danych", "Unia Europejska, certyfikat ISO/IEC 27001")],
        steps=["Kardiolog włącza pacjenta, wprowadza diuretyk, zakres dawek i ostatnie wyniki laboratoryjne.",
               "Pacjent instaluje aplikację, paruje wagę KS-200 i wykonuje pierwsze ważenie z pielęgniarką.",
               "Pacjent waży się każdego ranka i odpowiada na kwestionariusz.",
               "Profesjonalista przegląda alerty i propozycje w panelu co najmniej raz w każdym dniu roboczym.",
               "Zatwierdzone propozycje są wyświetlane w aplikacji; pacjent potwierdza ich przeczytanie."],
        storage="Nie dotyczy (oprogramowanie). Waga KS-200: patrz jej instrukcja.")},
)

LABELS = []
