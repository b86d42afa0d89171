from .common import cep, cer, pmcf, ifu_en, ifu_xx, cear

DOSSIER = "ai12_insulinsoftware"
DEVICE = "DoseNavi AID insulin-dosing software (automated insulin delivery algorithm) driving a connected insulin pump"
DEVICE_CLASS = "IIb (software, Rule 11 / Rule 12)"

d = dict(
    mfr="Nagoya Digital Health Inc., 4-6-23 Meieki, Nakamura-ku, Nagoya 450-0002, Japan",
    eu="Nagoya Digital Health Europe GmbH, Toulouser Allee 3, 40211 Düsseldorf, Germany",
    name="DoseNavi AID software, version 2.1", model="Smartphone app DN-AID (iOS/Android), version 2.1; compatible pump KuraPump P-5, CGM GlucoSense G4",
    budi="4584402DNAID21", cls="Class IIb, Rule 11 and Rule 12 (software driving an active device administering insulin)")

PURPOSE = ("The said software calculates the insulin dose every 5 minutes from the CGM glucose value and commands the connected insulin "
           "pump to adjust the basal insulin delivery automatically (automated insulin delivery, hybrid closed loop). Meal boluses "
           "are calculated by the software and confirmed by the user.")
IND = ["Type 1 diabetes mellitus treated with continuous subcutaneous insulin infusion"]
CONTRA = ["Patients who need less than 20 units or more than 200 units of insulin per day",
          "Pregnancy", "Patients who cannot use a smartphone or do not have the compatible pump and CGM",
          "Severe hypoglycaemia unawareness without a caregiver"]

CEP = cep(d, dict(
    docno="NDH-CEP-AID", rev="2", date="2024/08/05", purpose=PURPOSE,
    population="Object patient: adults (18 years or older) with type 1 diabetes using the compatible pump and CGM.",
    indications=IND, contra=CONTRA,
    benefits=[["Better glycaemic control", "Time in range 70–180 mg/dL (TIR)", "3 and 12 months"],
              ["Long-term control", "HbA1c change", "6 and 12 months"],
              ["Less hypoglycaemia", "Time below 54 mg/dL, severe hypoglycaemia events", "12 months"]],
    acceptance=["TIR improvement of at least 10 percentage points", "Time below 54 mg/dL not more than 1 %", "No DKA caused by the algorithm"],
    cdp=["In-clinic feasibility study DN-01 (24 adults, 72 hours) is completed. A 6-month randomised study DN-02 is planned as PMCF."],
    cecp="The software drives an insulin pump (class IIb, Rule 12), so the software is also class IIb under Rule 11 and Annex VIII 3.3. "
         "As an active device intended to administer a medicinal product, the CECP of Article 54(1)(b) applies.",
    author="A. Hayashi (Medical Affairs, Nagoya)", approver="F. Wolf (RA, Düsseldorf)"), style="dash", marker="①")

CER = cer(d, dict(
    docno="NDH-CER-AID", rev="2", date="2025/01/30",
    scope="This CER is for the DoseNavi AID software, version 2.1, including the bolus calculator and the algorithm. The pump and CGM have their own CE marking.",
    description=["Model predictive control algorithm with target glucose 110 mg/dL (adjustable 100–130 mg/dL). Insulin feedback and "
                 "insulin-on-board (duration 2–8 h) are used. Settings: total daily insulin dose (TDD) 20 to 200 units; basal rate "
                 "0.05–5.0 U/h; maximum automatic correction 3 U/h.",
                 "When the CGM signal is lost for 20 minutes, the pump goes back to the programmed basal rate."],
    purpose=PURPOSE,
    population="The object patient is adults aged 18 years or older with type 1 diabetes. Children and type 2 diabetes are out of scope.",
    indications=IND, contra=CONTRA,
    users="Lay users (the patient) at home and in daily life; initial setting by the diabetes team.",
    sota=["Hybrid closed-loop systems improve TIR by 10–15 percentage points and reduce HbA1c by 0.3–0.5 % against sensor-augmented "
          "pump therapy in randomised trials of 3–6 months (e.g. Brown 2019, Breton 2020). Follow-up of at least 3 months is needed "
          "to measure HbA1c because it reflects glycaemia of about 8–12 weeks."],
    literature=["Search 2024/11/20; 21 RCTs and 4 meta-analyses of hybrid closed-loop systems. No data on the subject software."],
    ci=["DN-01: in-clinic feasibility study, 24 adults with type 1 diabetes, 72 hours of closed loop under supervision in a clinical "
        "research centre. TIR 79 % (open loop run-in 61 %). No severe hypoglycaemia, no DKA."],
    equivalence="Equivalence is not claimed.",
    pms="Not yet on the market.",
    performance=["Based on DN-01, the software gives an HbA1c reduction of 0.8 % and the TIR improvement of 18 percentage points in all users."],
    safety=["Residual risks: hypoglycaemia by over-delivery, hyperglycaemia / DKA by occlusion or CGM error, cybersecurity, "
            "wrong bolus by carbohydrate entry error, smartphone failure."],
    conclusion="Benefit-risk acceptable for adults with type 1 diabetes.",
    pmcf="Randomised PMCF study DN-02 (6 months) is planned.",
    cecp="The CECP applies (Article 54(1)(b)); see CEP chapter 10."))

PMCF = pmcf(d, dict(
    docno="NDH-PMCF-AID", rev="1", date="2025/02/03",
    device=[PURPOSE, "Object patient: adults with type 1 diabetes. Expected lifetime: supported version for 3 years. Novel product: yes (new algorithm)."],
    activities=[dict(title="DN-02 randomised study", rows=[
        ("Type", "Specific: randomised controlled trial against sensor-augmented pump, 8 sites in EE, BG, GR, DE"),
        ("Aim", "Confirm TIR and HbA1c benefit and hypoglycaemia safety over 6 months in home use"),
        ("Population", "Adults 18–75 years with type 1 diabetes"),
        ("Sample size", "160 (80 per arm); 90 % power to detect 8 percentage points TIR difference (SD 13), alpha 0.05"),
        ("Endpoints", "TIR at 6 months; HbA1c; time < 54 mg/dL; severe hypoglycaemia; DKA"), ("Timeline", "2025/Q3–2027/Q1")]),
        dict(title="Real-world data from app telemetry", rows=[("Type", "Specific: anonymised CGM/insulin data of consenting users"),
        ("Aim", "TIR, hypoglycaemia and algorithm fallback events in routine use"), ("Timeline", "Continuous; yearly analysis")])],
    refs="CER NDH-CER-AID Rev.2; RMF NDH-RMF-AID Rev.5 (H-01 over-delivery, H-04 CGM loss, H-11 cybersecurity).",
    schedule="Yearly PMCF evaluation report with PSUR."), style="plain")

d_ifu = dict(d, name="DoseNavi Loop", model="App DN-L (iOS/Android), software version 3.0; KuraPump P-5, GlucoSense G4")

IFU_EN = ifu_en(d_ifu, dict(
    docno="IFU-DNL-EN", date="2025/02/12",
    title="User Manual – DoseNavi Loop, software version 3.0",
    purpose=PURPOSE,
    population="Persons with type 1 or type 2 diabetes from 2 years of age who use the compatible pump and CGM. Children must use the app with a parent.",
    indications=["Type 1 diabetes mellitus", "Type 2 diabetes mellitus treated with insulin pump"], contra=CONTRA[1:],
    users="Patients, parents of children, and the diabetes team (initial settings). Usage environment: home and daily life.",
    warnings=["Please always carry rapid-acting carbohydrate and a back-up insulin pen.",
              "Please do not use the app when the CGM shows 'Sensor warm-up' or 'Calibration error'; the app goes to manual mode."],
    cautions=["Please keep the smartphone within 6 m of the pump."],
    side="Hypoglycaemia, hyperglycaemia, diabetic ketoacidosis, skin reaction at the infusion or sensor site (caused by pump/CGM).",
    spec=[["Algorithm", "Model predictive control, every 5 min"], ["Target glucose", "100–130 mg/dL (5.6–7.2 mmol/L)"],
          ["Total daily insulin dose (TDD) setting range", "20 – 200 units"], ["Basal rate", "0.05 – 5.0 U/h"],
          ["Compatible devices", "KuraPump P-5; GlucoSense G4"]],
    steps=["Please install the app and pair the pump and the CGM.", "Please enter the settings given by your diabetes team (TDD, insulin-to-carb ratio, target).",
           "Please switch on 'Auto mode'.", "Before each meal, please enter the carbohydrate amount and confirm the bolus."]), lines=False, style="square")

IFU_ET = ifu_xx("et", d_ifu, dict(
    docno="IFU-DNL-ET", date="2025/02/12",
    purpose="Tarkvara arvutab iga 5 minuti järel CGM-i glükoosiväärtuse põhjal insuliiniannuse ja juhib ühendatud insuliinipumpa basaalinsuliini automaatseks kohandamiseks.",
    population="1. või 2. tüüpi diabeediga isikud alates 2. eluaastast, kes kasutavad ühilduvat pumpa ja CGM-i.",
    indications=["1. tüüpi diabeet", "Insuliinipumbaga ravitav 2. tüüpi diabeet"],
    contra=["Rasedus", "Patsiendid, kes ei saa nutitelefoni kasutada või kellel puudub ühilduv pump ja CGM", "Raske hüpoglükeemia tajumatus ilma hooldajata"],
    users="Patsiendid, laste vanemad ja diabeedimeeskond; kodus ja igapäevaelus.",
    warnings=["Kandke alati kaasas kiiresti imenduvaid süsivesikuid ja varuinsuliini pliiatsit."],
    side="Hüpoglükeemia, hüperglükeemia, diabeetiline ketoatsidoos.",
    spec=[["Algoritm", "Mudelipõhine ennustav juhtimine, iga 5 min"], ["Ööpäevase insuliiniannuse vahemik", "20 – 200 ühikut"], ["Basaalkiirus", "0,05 – 5,0 U/h"]]))

IFU_BG = ifu_xx("bg", d_ifu, dict(
    docno="IFU-DNL-BG", date="2025/02/12",
    purpose="Софтуерът изчислява на всеки 5 минути дозата инсулин от стойността на глюкозата от CGM и управлява свързаната инсулинова помпа за автоматично регулиране на базалния инсулин.",
    population="Лица с диабет тип 1 или тип 2 на възраст от 2 години, които използват съвместимата помпа и CGM.",
    indications=["Захарен диабет тип 1", "Захарен диабет тип 2, лекуван с инсулинова помпа"],
    contra=["Бременност", "Пациенти, които не могат да използват смартфон или нямат съвместима помпа и CGM", "Тежка неразпознаваема хипогликемия без придружител"],
    users="Пациенти, родители на деца и диабетният екип; у дома и в ежедневието.",
    warnings=["Винаги носете бързодействащи въглехидрати и резервна инсулинова писалка."],
    side="Хипогликемия, хипергликемия, диабетна кетоацидоза.",
    spec=[["Алгоритъм", "Моделно предсказващо управление, на всеки 5 min"], ["Обхват на дневната доза инсулин", "20 – 200 единици"], ["Базална скорост", "0,05 – 5,0 U/h"]]), lines=False)

IFU_EL = ifu_xx("el", d_ifu, dict(
    docno="IFU-DNL-EL", date="2025/02/12",
    purpose="Το λογισμικό υπολογίζει κάθε 5 λεπτά τη δόση ινσουλίνης από την τιμή γλυκόζης του CGM και ελέγχει τη συνδεδεμένη αντλία ινσουλίνης για την αυτόματη ρύθμιση της βασικής ινσουλίνης.",
    population="Άτομα με διαβήτη τύπου 1 ή τύπου 2 από 2 ετών, που χρησιμοποιούν τη συμβατή αντλία και CGM.",
    indications=["Σακχαρώδης διαβήτης τύπου 1", "Σακχαρώδης διαβήτης τύπου 2 που αντιμετωπίζεται με αντλία ινσουλίνης"],
    contra=["Εγκυμοσύνη", "Ασθενείς που δεν μπορούν να χρησιμοποιήσουν smartphone ή δεν έχουν συμβατή αντλία και CGM", "Σοβαρή μη αναγνώριση υπογλυκαιμίας χωρίς φροντιστή"],
    users="Ασθενείς, γονείς παιδιών και η διαβητολογική ομάδα· στο σπίτι και στην καθημερινή ζωή.",
    warnings=["Να έχετε πάντα μαζί σας υδατάνθρακες ταχείας απορρόφησης και εφεδρική πένα ινσουλίνης."],
    side="Υπογλυκαιμία, υπεργλυκαιμία, διαβητική κετοξέωση.",
    spec=[["Αλγόριθμος", "Προβλεπτικός έλεγχος βάσει μοντέλου, κάθε 5 λεπτά"], ["Εύρος ημερήσιας δόσης ινσουλίνης", "20 – 200 μονάδες"], ["Βασικός ρυθμός", "0,05 – 5,0 U/h"]]))

CEAR = cear(d, dict(
    docno="PCM/CEAR/2025/109", date="16.04.2025", name="Dose-Navi AID", model="Software DN-AID, version 2.0",
    type="Initial certification (Annex IX Chapter I and III)",
    docs="CEP NDH-CEP-AID Rev.2; CER NDH-CER-AID Rev.2; PMCF plan NDH-PMCF-AID Ver.1; IFU EN/ET/BG/EL (12.02.2025)",
    purpose=PURPOSE,
    reviewers="Clinical reviewer: dr n. med. Joanna Wasilewska (diabetology); software reviewer: mgr inż. Adam Borkowski.",
    device=["Hybrid closed-loop algorithm in smartphone app, commanding compatible pump. It is stated that target population is adults with type 1 diabetes. Novelty: new algorithm."],
    literature="Literature is relevant for state of the art of hybrid closed loop in adults.",
    ci="DN-01 (24 adults, 72 h in-clinic) is feasibility data. Pivotal DN-02 is planned as PMCF; this is accepted with condition.",
    pmcf="DN-02 RCT with sample-size justification, home setting, 6 months. Accepted.",
    ifu="IFU reviewed in the scope of warnings on hypoglycaemia and CGM loss.",
    conclusion="Benefit-risk is acceptable with condition that DN-02 results are submitted in 2027.",
    cecp="Software drives insulin pump and is class IIb active device under Rule 12 via Rule 11; Article 54(1)(b) applies. Proposed panel: endocrinology and diabetes.",
    remarks=["DN-02 results shall be submitted by 2027/Q2.", "Cybersecurity testing report shall be updated for each major version."],
    signer="dr n. med. Joanna Wasilewska"))

DOCS = {
    "NDH-CEP-AID_Rev2.docx": dict(role="CEP", language="en", blocks=CEP, footer="NDH-CEP-AID Rev.2"),
    "NDH-CER-AID_Rev2.pdf": dict(role="CER", language="en", blocks=CER, header="Nagoya Digital Health Inc.", footer="NDH-CER-AID Rev.2"),
    "NDH-PMCF-AID_V1.docx": dict(role="PMCF-plan", language="en", blocks=PMCF, footer="NDH-PMCF-AID"),
    "IFU_DoseNavi_EN.pdf": dict(role="IFU", language="en", blocks=IFU_EN, footer="IFU-DNL-EN"),
    "IFU_DoseNavi_ET.docx": dict(role="IFU", language="et", blocks=IFU_ET, footer="IFU-DNL-ET"),
    "IFU_DoseNavi_BG.pdf": dict(role="IFU", language="bg", blocks=IFU_BG, footer="IFU-DNL-BG"),
    "IFU_DoseNavi_EL.docx": dict(role="IFU", language="el", blocks=IFU_EL, footer="IFU-DNL-EL"),
    "PolCert_CEAR_2025-109.pdf": dict(role="CEAR", language="en", blocks=CEAR, footer="PolCert Medical – CEAR 2025/109"),
}

LABELS = [
    dict(defect="software_name_and_version_differ", category="device-identity",
         documents=["NDH-CER-AID_Rev2.pdf", "IFU_DoseNavi_EN.pdf", "PolCert_CEAR_2025-109.pdf"],
         quotes=["DoseNavi AID software, version 2.1", "User Manual – DoseNavi Loop, software version 3.0", "Software DN-AID, version 2.0"],
         description="The CEP/CER evaluate 'DoseNavi AID' version 2.1, the IFUs (all languages) are for 'DoseNavi Loop' version 3.0, and the CEAR assesses 'Dose-Navi AID' version 2.0.",
         accept=["documentation"]),
    dict(defect="ifu_children_from_2_and_type_2", category="population",
         documents=["IFU_DoseNavi_EN.pdf", "NDH-CER-AID_Rev2.pdf"],
         quotes=["Persons with type 1 or type 2 diabetes from 2 years of age",
                 "Children and type 2 diabetes are out of scope."],
         description="All IFUs extend use to children from 2 years and to type 2 diabetes, while CEP, CER, PMCF and CEAR cover adults with type 1 diabetes only.",
         accept=["intended-use", "evidence"]),
    dict(defect="tdd_range_20u_minimum_excludes_small_children", category="plausibility",
         documents=["IFU_DoseNavi_EN.pdf"],
         quotes=["Total daily insulin dose (TDD) setting range 20 – 200 units", "type 2 diabetes from 2 years of age"],
         description="The software cannot be set below 20 U/day (and the CER contraindicates <20 U), yet a 2-year-old of about 12 kg needs roughly 6–12 U/day; the stated young children cannot be served (the IFUs also drop the CER's '<20 U/day' contraindication).",
         accept=["population", "specification", "intended-use"]),
    dict(defect="hba1c_claim_from_72h_study", category="evidence",
         documents=["NDH-CER-AID_Rev2.pdf"],
         quotes=["24 adults with type 1 diabetes, 72 hours of closed loop under supervision",
                 "the software gives an HbA1c reduction of 0.8 % and the TIR improvement of 18 percentage points in all users"],
         description="An HbA1c reduction is claimed from a 72-hour supervised in-clinic study, although HbA1c needs about 3 months of follow-up (as the CER's own state of the art says) and the home setting was not studied.",
         accept=["claim"]),
]
