from .common import cep, cer, pmcf, ifu_en, ifu_xx, sscp, cear

DOSSIER = "ai10_pericardialpatch"
DEVICE = "CorPatch BP glutaraldehyde-fixed bovine pericardial patch for cardiac and vascular repair, adults and children"
DEVICE_CLASS = "III (animal tissue)"

d = dict(
    mfr="Higashiyama Biomaterials Co., Ltd., 2-27 Kakuozan-dori, Chikusa-ku, Nagoya 464-0841, Japan",
    eu="Higashiyama Biomaterials Europe GmbH, Heerdter Lohweg 35, 40549 Düsseldorf, Germany",
    name="CorPatch BP Bovine Pericardial Patch",
    model="BP-0408 (4 × 8 cm), BP-0610 (6 × 10 cm), BP-1015 (10 × 15 cm), BP-0114 (1 × 14 cm strip)",
    budi="4583126CORPBPX", cls="Class III, Rule 8 (implantable, in contact with heart and central circulatory system) and Rule 18 (non-viable animal tissue)")

PURPOSE = ("The said patch is a glutaraldehyde-fixed bovine pericardium which is sutured as a permanent implant for the repair and "
           "reconstruction of cardiac and vascular structures.")
POP = "Adult and paediatric patients (including neonates) who need surgical repair of the heart, great vessels or peripheral vessels."
IND = ["Closure of intracardiac defects (atrial and ventricular septal defect)", "Reconstruction of the great vessels and pulmonary arteries",
       "Patch angioplasty of the carotid, iliac and femoral arteries", "Closure of the pericardium after cardiac surgery"]
CONTRA = ["Please do not use for the replacement or reconstruction of heart valve leaflets.",
          "Please do not use for patients with known sensitivity to bovine material or glutaraldehyde."]

CEP = cep(d, dict(
    docno="HB-CEP-BP", rev="2", date="2024/03/11", purpose=PURPOSE, population=POP, indications=IND, contra=CONTRA,
    benefits=[["Durable repair", "Freedom from patch-related re-intervention", "1, 5 and 10 years"],
              ["Haemostasis", "Suture-line bleeding requiring re-operation", "Perioperative"],
              ["Carotid patch: stroke prevention", "Ipsilateral stroke and restenosis > 50 %", "30 days, 1 and 5 years"]],
    acceptance=["Freedom from patch-related re-intervention at 5 years ≥ 95 % (adults) and ≥ 90 % (children)",
                "Patch infection ≤ 1 %", "Restenosis > 50 % after carotid patch ≤ 5 % at 1 year"],
    component="The patch is made of bovine pericardium from animals of Australian origin (negligible BSE risk). The requirements of "
              "Regulation (EU) No 722/2012 and EN ISO 22442-1/-2/-3 are applied; the benefit-risk of the animal tissue (calcification, "
              "immune response, TSE) is addressed in CER chapter 6.",
    cdp=["The device is on the market in Japan since 2010 and in the EU under MDD since 2014. Clinical data: literature including "
         "paediatric congenital series, the registry HB-REG (adults and children), and PMS data. PMCF continues the registry."],
    cecp="The subject device is class III implantable. The CECP of Article 54(1)(a) applies. Article 54(2)(b) is not claimed, because "
         "the new 1 × 14 cm strip and the new anticalcification treatment are changes beyond MDR adaptation.",
    author="E. Takahashi (Clinical Affairs, Nagoya)", approver="P. Schulz (RA, Düsseldorf)"), style="chapter", marker="(1)")

CER = cer(d, dict(
    docno="HB-CER-BP", rev="4", date="2025/01/14",
    scope="All sizes of the CorPatch BP are covered.",
    description=["Bovine pericardium, fixed in 0.6 % glutaraldehyde, treated with an ethanol anticalcification process (since 2023), "
                 "sterilised chemically and stored in a formaldehyde-free solution. Thickness 0.4 mm ± 0.1 mm. It must be rinsed "
                 "2 × 2 minutes in saline before use."],
    variants=[["Model", "Size", "Use"], ["BP-0408", "4 × 8 cm", "cardiac, paediatric"], ["BP-0610", "6 × 10 cm", "cardiac, vascular"],
              ["BP-1015", "10 × 15 cm", "great vessels, pericardium"], ["BP-0114", "1 × 14 cm", "carotid / femoral patch angioplasty"]],
    purpose=PURPOSE, population=POP, indications=IND, contra=CONTRA,
    users="Cardiac surgeons, paediatric cardiac surgeons and vascular surgeons, in hospital operating rooms.",
    sota=["Materials for cardiovascular patches are autologous pericardium, bovine pericardium, PTFE and Dacron. Bovine pericardium is "
          "easy to handle and has low suture-line bleeding; its main long-term risk is calcification, which is higher in young children.",
          "Benchmark: freedom from patch-related re-intervention 93–98 % at 5 years in adults and 85–95 % in children; carotid restenosis "
          "1–4 % at 1 year with bovine pericardium (meta-analysis Texakalidis 2018)."],
    literature=["Search 2024/09/30 (PubMed, Embase, Cochrane). 41 publications: 23 adult (cardiac and carotid), 18 paediatric congenital "
                "(n = 2,130 children, 612 neonates); 7 publications concern the CorPatch BP."],
    ci=["No premarket clinical investigation was performed for the MDD device. The registry HB-REG (since 2015, 14 centres in JP, BG, EE, DE) "
        "includes 1,246 patients (812 adults, 434 children of whom 118 neonates), median follow-up 5.8 years.",
        "HB-REG results: freedom from patch-related re-intervention at 5 years 97.1 % (adults) and 92.4 % (children); patch infection 0.4 %; "
        "carotid restenosis > 50 % at 1 year 2.2 % (n = 268)."],
    equivalence="Equivalence is not claimed; the data are from the subject device.",
    pms="Since 2010 about 96,000 patches sold. Vigilance: 0.02 % reports of calcification requiring re-operation (under-reporting possible).",
    performance=["The results of HB-REG meet all acceptance criteria for adults and children."],
    safety=["Residual risks: calcification (mainly in children), aneurysmal dilatation, infection, thrombus, suture-line bleeding, "
            "immune reaction to bovine tissue. TSE risk is negligible according to Regulation (EU) No 722/2012."],
    conclusion="Benefit-risk is positive for adults and children, for all indications.",
    pmcf="HB-REG continues with 10-year follow-up; a specific cohort of children after the new anticalcification treatment is added.",
    cecp="Class III implantable; CECP applies (Article 54(1)(a))."))

PMCF = pmcf(d, dict(
    docno="HB-PMCF-BP", rev="2", date="2025/01/16",
    device=[PURPOSE, POP, "Expected lifetime: permanent. Novel features: ethanol anticalcification (2023), strip 1 × 14 cm."],
    activities=[dict(title="HB-REG continuation", rows=[
        ("Type", "Specific: prospective registry, 14 centres"), ("Aim", "Long-term freedom from re-intervention and calcification, 10 years"),
        ("Population", "Adults and children including neonates, all indications"),
        ("Sample size", "Additional 600 patients (at least 200 children, 60 neonates) to detect calcification-related re-intervention ≥ 3 % at 5 years with 80 % power"),
        ("Timeline", "Enrolment to 2027; yearly follow-up")]),
        dict(title="Carotid strip cohort", rows=[("Type", "Specific: prospective cohort in 5 vascular centres"),
        ("Aim", "Restenosis and stroke with the new 1 × 14 cm strip"), ("Sample size", "250 patients; restenosis rate 2 % ± 1.8 % (95 % CI)"),
        ("Timeline", "2025/Q2–2027/Q4, duplex at 1 and 12 months")])],
    refs="CER HB-CER-BP Rev.4 ch. 6; RMF HB-RMF-BP Rev.7 (calcification R-02, infection R-05, TSE R-09).",
    schedule="Yearly PMCF evaluation report and SSCP update."), style="plain")

IFU_EN = ifu_en(d, dict(
    docno="IFU-CBP-EN", date="Rev. 6 – 2025/02/01", purpose=PURPOSE, population=POP, indications=IND, contra=CONTRA,
    users="Cardiac, paediatric cardiac and vascular surgeons. Usage environment: hospital operating room.",
    warnings=["Please rinse the patch in sterile saline 2 × 2 minutes before implantation. Please do not let the patch dry out.",
              "Calcification can occur, especially in young children. Please follow up the patient with echocardiography."],
    side="Calcification, aneurysmal dilatation, infection, thrombus formation, bleeding at suture line, immune reaction.",
    spec=[["Material", "Bovine pericardium, glutaraldehyde-fixed"], ["Thickness", "400 µm ± 100 µm"],
          ["Sizes", "40 × 80 mm / 60 × 100 mm / 100 × 150 mm / 10 × 140 mm"], ["Sterilisation", "Chemical (liquid), single use"],
          ["Origin of tissue", "Australia (negligible BSE risk)"]],
    steps=["Please check the expiry date and the integrity of the container.", "Please rinse the patch 2 × 2 minutes in saline.",
           "Please trim the patch to the required size and suture with polypropylene suture."]), lines=False, style="dash", marker="①")

IFU_BG = ifu_xx("bg", d, dict(
    docno="IFU-CBP-BG", date="Rev. 6 – 2025/02/01",
    purpose="Пластирът е фиксиран с глутаралдехид говежди перикард, който се зашива като постоянен имплант за възстановяване и реконструкция на сърдечни и съдови структури.",
    population="Възрастни и педиатрични пациенти (включително новородени), които се нуждаят от хирургично възстановяване на сърцето, големите съдове или периферните съдове.",
    indications=["Затваряне на вътресърдечни дефекти (междупредсърден и междукамерен дефект)", "Реконструкция на големите съдове и белодробните артерии",
                 "Пластика с пластир на каротидната, илиачната и феморалната артерия", "Затваряне на перикарда след сърдечна операция"],
    contra=["Не използвайте за подмяна или реконструкция на платна на сърдечни клапи.",
            "Не използвайте при пациенти с известна чувствителност към говежди материал или глутаралдехид."],
    users="Сърдечни, детски сърдечни и съдови хирурзи; болнична операционна зала.",
    warnings=["Изплакнете пластира в стерилен физиологичен разтвор 2 × 2 минути преди имплантиране."],
    side="Калцификация, аневризмално разширение, инфекция, тромбоза, кървене по шевната линия, имунна реакция.",
    spec=[["Материал", "Говежди перикард, фиксиран с глутаралдехид"], ["Дебелина", "0,4 mm ± 0,1 mm"],
          ["Размери", "4 × 8 cm / 6 × 10 cm / 10 × 15 cm / 1 × 14 cm"]]))

IFU_ET = ifu_xx("et", d, dict(
    docno="IFU-CBP-ET", date="Rev. 6 – 2025/02/01",
    purpose="Plaaster on glutaaraldehüüdiga fikseeritud veise perikard, mis õmmeldakse püsiimplantaadina südame ja veresoonte struktuuride parandamiseks ja rekonstrueerimiseks.",
    population="Täiskasvanud ja lapsed (sh vastsündinud), kes vajavad südame, suurte veresoonte või perifeersete veresoonte kirurgilist parandamist.",
    indications=["Südamesiseste defektide sulgemine (kodade ja vatsakeste vaheseina defekt)", "Suurte veresoonte ja kopsuarterite rekonstrueerimine",
                 "Une-, niude- ja reiearteri plaastriga angioplastika", "Perikardi sulgemine pärast südameoperatsiooni"],
    contra=["Ärge kasutage südameklapi hõlmade asendamiseks ega rekonstrueerimiseks.",
            "Ärge kasutage patsientidel, kellel on teadaolev tundlikkus veise materjali või glutaaraldehüüdi suhtes."],
    users="Südame-, lastesüdame- ja veresoontekirurgid; haigla operatsioonituba.",
    warnings=["Loputage plaastrit enne implanteerimist steriilses füsioloogilises lahuses 2 × 2 minutit."],
    side="Lupjumine, aneurüsmaatiline laienemine, infektsioon, trombi teke, verejooks õmblusjoonel, immuunreaktsioon.",
    spec=[["Materjal", "Glutaaraldehüüdiga fikseeritud veise perikard"], ["Paksus", "0,4 mm ± 0,1 mm"],
          ["Suurused", "4 × 8 cm / 6 × 10 cm / 10 × 15 cm / 1 × 14 cm"]]), lines=False, numbered=False)

SSCP = sscp(d, dict(
    docno="HB-SSCP-BP", rev="2", date="2025/02/05", purpose=PURPOSE, population=POP, indications=IND, contra=CONTRA,
    description="Glutaraldehyde-fixed bovine pericardium, 0.4 mm thick, four sizes; animal tissue from Australia handled under Regulation (EU) No 722/2012.",
    risks="HB-REG (1,246 patients, median 5.8 years): patch-related re-intervention within 5 years 2.9 % in adults and 7.6 % in children; "
          "infection 0.4 %; carotid restenosis 2.2 % at 1 year. Data from a prospective registry.",
    clinical="Literature of 41 publications (18 paediatric) and HB-REG. PMCF: registry continuation to 10 years and carotid strip cohort.",
    alternatives="Autologous pericardium, PTFE or Dacron patches, direct suture.",
    users="Cardiac, paediatric cardiac and vascular surgeons.",
    patient="The patch is a thin piece of treated tissue from cattle. The surgeon sews it into your heart or blood vessel to close a "
            "hole or to widen a vessel. In children, the patch can become hard (calcified) with time, so regular check-ups are needed."))

CEAR = cear(d, dict(
    docno="PCM/CEAR/2025/036", date="13.02.2025",
    type="Initial MDR certification (device previously certified under MDD)",
    docs="CEP HB-CEP-BP Rev.2; CER HB-CER-BP Rev.4; PMCF plan HB-PMCF-BP Ver.2; IFU EN/BG/ET Rev.6; SSCP Rev.2",
    purpose=PURPOSE,
    reviewers="Clinical reviewers: dr hab. n. med. Marcin Wojciechowski (cardiac surgery), dr n. med. Alicja Czarnecka (paediatric cardiac surgery); "
              "animal tissue specialist: dr inż. Paweł Sobczak.",
    device=["Bovine pericardial patch, four sizes (in IFU EN dimensions given in mm, in CER and other languages in cm; consistent). "
            "New anticalcification treatment and new strip are changes since MDD certificate."],
    literature="Literature covers adults and children including neonates; appraisal adequate.",
    ci="Registry HB-REG with 1,246 patients and 5.8 years median follow-up gives data on subject device in both populations.",
    pmcf="PMCF is specific, includes children and neonates, new strip cohort; sample-size rationale present. Accepted.",
    ifu="IFU and SSCP aligned; residual risks quantified with time reference. Regulation (EU) 722/2012 requirements checked in the scope of animal tissue.",
    conclusion="Clinical evidence sufficient. Benefit-risk positive.",
    cecp="Class III implantable, Article 54(1)(a) applies; Article 54(2)(b) not applicable. Documents forwarded to expert panel for circulatory system.",
    remarks=["Annual SSCP update according to Article 61(11).", "First report of carotid strip cohort shall be submitted in 2026."],
    signer="dr hab. n. med. Marcin Wojciechowski"))

DOCS = {
    "HB-CEP-BP_Rev2.docx": dict(role="CEP", language="en", blocks=CEP, footer="HB-CEP-BP Rev.2"),
    "HB-CER-BP_Rev4.pdf": dict(role="CER", language="en", blocks=CER, header="Higashiyama Biomaterials Co., Ltd.", footer="HB-CER-BP Rev.4"),
    "HB-PMCF-BP_V2.pdf": dict(role="PMCF-plan", language="en", blocks=PMCF, footer="HB-PMCF-BP Ver.2"),
    "IFU_CorPatch_EN_R6.docx": dict(role="IFU", language="en", blocks=IFU_EN, footer="IFU-CBP-EN"),
    "IFU_CorPatch_BG_R6.pdf": dict(role="IFU", language="bg", blocks=IFU_BG, footer="IFU-CBP-BG"),
    "IFU_CorPatch_ET_R6.docx": dict(role="IFU", language="et", blocks=IFU_ET, footer="IFU-CBP-ET"),
    "HB-SSCP-BP_Rev2.pdf": dict(role="SSCP", language="en", blocks=SSCP, footer="HB-SSCP-BP Rev.2"),
    "PolCert-CEAR-2025-036.docx": dict(role="CEAR", language="en", blocks=CEAR, footer="PolCert Medical – CEAR 2025/036"),
}

LABELS = []
