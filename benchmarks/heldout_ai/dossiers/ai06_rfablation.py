from .common import cep, cer, pmcf, ifu_en, ifu_xx, sscp, cear

DOSSIER = "ai06_rfablation"
DEVICE = "ForceSense FS-75 irrigated RF ablation catheter with contact-force sensing, paroxysmal AF"
DEVICE_CLASS = "III"

d = dict(
    mfr="Kinshachi EP Co., Ltd., 2-9-1 Sakae, Naka-ku, Nagoya 460-0008, Japan",
    eu="Kinshachi EP Europe GmbH, Speditionstraße 21, 40221 Düsseldorf, Germany",
    name="ForceSense FS-75 RF Ablation Catheter", model="FS-75D (D-curve) / FS-75F (F-curve), 7.5 F, 3.5 mm irrigated tip",
    budi="4569901FS75RFA", cls="Class III, Rule 6 (transient surgically invasive, in direct contact with the heart)")

PURPOSE_EN = ("The said catheter is used for cardiac electrophysiological mapping and, when connected to the KE-RF3000 generator, for "
              "delivery of radiofrequency energy to create lesions in the left atrium. The fibre-optic sensor in the tip measures the "
              "contact force between the tip and the tissue.")
POP = "Adult patients (18 years or older)."
IND_CER = ["Drug-refractory, recurrent, symptomatic paroxysmal atrial fibrillation (pulmonary vein isolation)"]
IND_IFU = ["Drug-refractory, recurrent, symptomatic paroxysmal atrial fibrillation (pulmonary vein isolation)",
           "Persistent atrial fibrillation (pulmonary vein isolation with additional linear lesions)",
           "Scar-related ventricular tachycardia in patients with ischaemic heart disease"]
CONTRA = ["Recent (within 8 weeks) myocardial infarction or cardiac surgery",
          "Left atrial thrombus or myxoma", "Prosthetic mitral valve (risk of entrapment)",
          "Active systemic infection", "Contraindication to anticoagulation"]

CEP = cep(d, dict(
    docno="KEP-CEP-FS75", rev="1", date="2024/07/02",
    purpose=PURPOSE_EN, population=POP, indications=IND_CER, contra=CONTRA,
    benefits=[["Freedom from AF recurrence", "No AF/AFL/AT > 30 s off antiarrhythmic drugs", "12 months"],
              ["Acute procedural success", "Entrance block of all PVs", "End of procedure"],
              ["Quality of life", "AFEQT score", "12 months"]],
    acc_intro="<to be defined with KOL>",
    acceptance=["Primary safety event rate (7 days) [insert threshold from state of the art]",
                "Freedom from AF recurrence at 12 months [insert threshold]"],
    safety_method="Date of literature search: [insert date]. Safety events are collected from the clinical investigation FS-PAF-01.",
    cdp=["The clinical investigation FS-PAF-01 (paroxysmal AF, 12 months) is completed. No further study is planned before CE marking."],
    cecp="The CECP does not apply. The catheter is class III but not implantable, and it is not a class IIb active device under Rule 12.",
    author="N. Suzuki (Clinical, Nagoya)", approver="C. Meyer (RA, Düsseldorf)"), style="chapter")

CER = cer(d, dict(
    docno="KEP-CER-FS75", rev="2", date="2025/01/09",
    scope="The report covers both curve types of the FS-75 and the cable FS-C3. The KE-RF3000 generator and the irrigation pump are evaluated in separate reports.",
    description=["7.5 F bidirectional catheter with 3.5 mm platinum-iridium irrigated tip (6 holes), three ring electrodes and a fibre-optic "
                 "force sensor. Contact force is measured from 0 to 100 g with an accuracy of ±2 g and displayed at 20 Hz.",
                 "RF power 20 to 50 W in power-control mode; irrigation 2 mL/min at idle, 17 mL/min at 30 W or less and 30 mL/min above 30 W."],
    purpose=PURPOSE_EN, population=POP, indications=IND_CER, contra=CONTRA,
    users="Electrophysiologists trained by the manufacturer, in an electrophysiology laboratory with fluoroscopy, 3D mapping and cardiac surgery back-up.",
    sota=["Catheter ablation with pulmonary vein isolation (PVI) is recommended for symptomatic paroxysmal AF after failure of "
          "antiarrhythmic drugs (ESC 2024). Contact-force sensing improves lesion durability; a target of 10–40 g is common. "
          "Pulsed field ablation and cryoballoon are alternatives.",
          "Benchmark (TOCCASTAR, SMART-AF, meta-analyses): freedom from AF at 12 months 65–80 %; primary safety events 2–5 % "
          "(tamponade 0.5–1.5 %, stroke 0.2–0.5 %, atrio-oesophageal fistula < 0.1 %)."],
    literature=["Search in PubMed/Embase; 29 papers on contact-force RF catheters in paroxysmal AF were appraised for the state of the art."],
    ci=["FS-PAF-01: prospective single-arm study at 8 sites (JP, SK, LT, EE), 176 patients with paroxysmal AF. Acute PVI 99.4 %. "
        "Freedom from AF at 12 months 78.4 %. Primary safety events 3.4 % (tamponade 1.1 %, vascular 1.7 %, stroke 0.6 %).",
        "Patients with persistent AF or ventricular tachycardia were excluded from the study."],
    equivalence="Equivalence is not claimed.",
    pms="Sold in Japan since 2023 (about 9,800 catheters). 4 tamponade reports and 2 steam pop reports.",
    performance=["Freedom from AF at 12 months (78.4 %) is at the upper end of the benchmark for paroxysmal AF."],
    safety=["Residual risks: cardiac tamponade, steam pop, thromboembolism, PV stenosis, phrenic nerve injury, oesophageal injury, "
            "vascular complications, force sensor drift (zeroing is required)."],
    conclusion="The benefit-risk is acceptable for the indication paroxysmal AF in adults.",
    pmcf="PMCF registry FS-REG in 300 patients with paroxysmal AF, 12 months.",
    cecp="Not applicable (class III, not implantable; Article 54(1)(a) covers only implantable devices)."))

PMCF = pmcf(d, dict(
    docno="KEP-PMCF-FS75", rev="1", date="2025/01/13",
    device=[PURPOSE_EN, "Object patient: adults with paroxysmal AF. Expected lifetime: single use. Novel product: no."],
    activities=[dict(title="FS-REG registry", rows=[
        ("Type", "Specific: prospective registry in 10 EU centres"),
        ("Aim", "Confirm freedom from AF and the rate of tamponade and steam pop in routine use"),
        ("Population", "Adults with paroxysmal AF undergoing first PVI"),
        ("Sample size", "300 patients; tamponade rate of 1 % estimated with upper 95 % CI limit below 2.5 %"),
        ("Endpoints", "Freedom from AF at 12 months; primary safety events at 7 and 30 days"),
        ("Timeline", "2025/Q2 to 2027/Q2")])],
    refs="CER KEP-CER-FS75 Rev.2, chapter 6; RMF KEP-RMF-FS75 Rev.3.",
    schedule="Annual PMCF evaluation report; the SSCP is updated yearly."), style="square")

IFU_EN = ifu_en(d, dict(
    docno="IFU-FS75-EN", date="2025/02/05 (Rev. C)",
    purpose=PURPOSE_EN, population=POP, indications=IND_IFU, contra=CONTRA,
    users="Electrophysiologists trained in catheter ablation, in a hospital electrophysiology laboratory with cardiac surgery back-up.",
    warnings=["Please zero the force sensor when the tip is free in the blood pool before the first application and every 30 minutes.",
              "Please do not exceed a contact force of 40 g during RF application; high force increases the risk of perforation."],
    cautions=["Please keep the activated clotting time between 300 and 350 seconds during left atrial ablation."],
    side="Cardiac tamponade, stroke or TIA, pulmonary vein stenosis, phrenic nerve palsy, oesophageal injury, atrio-oesophageal fistula, vascular complications.",
    spec=[["Catheter size", "7.5 F, usable length 115 cm"], ["Tip electrode", "3.5 mm, irrigated (6 holes)"],
          ["Contact force", "0 – 60 g (accuracy ±5 g)"], ["RF power", "20 – 50 W"], ["Irrigation flow", "2 / 17 / 30 mL/min"]],
    steps=["Please flush the catheter and confirm irrigation before insertion.",
           "Please zero the force sensor in the blood pool.",
           "Please start RF application at 30–40 W with contact force 10–30 g.",
           "Please monitor impedance and temperature during the application."],
    after_steps=["If the impedance rises by more than 20 Ω during application, please continue the RF delivery and increase the power "
                 "to 50 W so that the lesion is completed."]), style="dash", marker="(1)")

IFU_SK = ifu_xx("sk", d, dict(
    docno="IFU-FS75-SK", date="2025/02/05 (Rev. C)",
    purpose="Katéter sa používa na elektrofyziologické mapovanie srdca a po pripojení ku generátoru KE-RF3000 na aplikáciu "
            "rádiofrekvenčnej energie v ľavej predsieni. Optický snímač v hrote meria prítlačnú silu.",
    population="Dospelí pacienti (18 rokov alebo starší).",
    indications=["Paroxyzmálna fibrilácia predsiení rezistentná na lieky", "Perzistentná fibrilácia predsiení",
                 "Komorová tachykardia pri ischemickej chorobe srdca"],
    contra=["Nedávny (do 8 týždňov) infarkt myokardu alebo operácia srdca", "Trombus alebo myxóm ľavej predsiene",
            "Umelá mitrálna chlopňa", "Aktívna systémová infekcia", "Kontraindikácia antikoagulácie"],
    users="Elektrofyziológovia vyškolení v katétrovej ablácii, v elektrofyziologickom laboratóriu nemocnice.",
    warnings=["Počas aplikácie RF neprekračujte prítlačnú silu 40 g."],
    side="Tamponáda srdca, cievna mozgová príhoda, stenóza pľúcnych žíl, obrna bránicového nervu, poranenie pažeráka.",
    spec=[["Veľkosť katétra", "7,5 F, 115 cm"], ["Prítlačná sila", "0 – 60 g (presnosť ±5 g)"], ["Výkon RF", "20 – 50 W"]]), lines=False)

IFU_LT = ifu_xx("lt", d, dict(
    docno="IFU-FS75-LT", date="2025/02/05 (Rev. C)",
    purpose="Kateteris naudojamas širdies elektrofiziologiniam kartografavimui ir, prijungtas prie KE-RF3000 generatoriaus, "
            "radijo dažnio energijai tiekti kairiajame prieširdyje. Šviesolaidinis jutiklis matuoja kontakto jėgą.",
    population="Suaugę pacientai (18 metų ir vyresni) ir vaikai nuo 12 metų, sveriantys daugiau kaip 40 kg.",
    indications=["Vaistams atsparus paroksizminis prieširdžių virpėjimas", "Persistuojantis prieširdžių virpėjimas",
                 "Skilvelinė tachikardija sergant išemine širdies liga"],
    contra=["Neseniai (per 8 savaites) patirtas miokardo infarktas arba širdies operacija", "Kairiojo prieširdžio trombas arba miksoma",
            "Dirbtinis mitralinis vožtuvas", "Aktyvi sisteminė infekcija", "Antikoaguliacijos kontraindikacija"],
    users="Kateterinės abliacijos srityje apmokyti elektrofiziologai ligoninės elektrofiziologijos laboratorijoje.",
    warnings=["RF tiekimo metu neviršykite 40 g kontakto jėgos."],
    side="Širdies tamponada, insultas, plaučių venų stenozė, diafragminio nervo paralyžius, stemplės pažeidimas.",
    spec=[["Kateterio dydis", "7,5 F, 115 cm"], ["Kontakto jėga", "0 – 60 g (tikslumas ±5 g)"], ["RF galia", "20 – 50 W"]]))

IFU_ET = ifu_xx("et", d, dict(
    docno="IFU-FS75-ET", date="2025/02/05 (Rev. C)",
    purpose="Kateetrit kasutatakse südame elektrofüsioloogiliseks kaardistamiseks ja KE-RF3000 generaatoriga ühendatuna "
            "raadiosagedusenergia andmiseks vasakus kojas. Otsas olev kiudoptiline andur mõõdab kontaktjõudu.",
    population="Täiskasvanud patsiendid (18-aastased ja vanemad).",
    indications=["Ravimitele allumatu paroksüsmaalne kodade virvendus", "Püsiv kodade virvendus",
                 "Ventrikulaarne tahhükardia isheemilise südamehaiguse korral"],
    contra=["Hiljutine (8 nädala jooksul) müokardiinfarkt või südameoperatsioon", "Vasaku koja tromb või müksoom",
            "Mitraalklapi protees", "Aktiivne süsteemne infektsioon", "Antikoagulatsiooni vastunäidustus"],
    users="Kateeterablatsiooni koolitusega elektrofüsioloogid haigla elektrofüsioloogia laboris.",
    warnings=["Ärge ületage raadiosagedusenergia andmise ajal kontaktjõudu 40 g."],
    side="Südame tamponaad, insult, kopsuveenide stenoos, freenikusnärvi halvatus, söögitoru kahjustus.",
    spec=[["Kateetri suurus", "7,5 F, 115 cm"], ["Kontaktjõud", "0 – 60 g (täpsus ±5 g)"], ["RF võimsus", "20 – 50 W"]]), numbered=False)

SSCP = sscp(d, dict(
    docno="KEP-SSCP-FS75", rev="1", date="2025/02/12",
    purpose=PURPOSE_EN, population=POP, indications=IND_IFU, contra=CONTRA,
    description="7.5 F bidirectional irrigated RF catheter with fibre-optic contact-force sensor, used with the KE-RF3000 generator.",
    risks="Primary safety events within 7 days 3.4 % (FS-PAF-01, 176 patients): tamponade 1.1 %, vascular complication 1.7 %, stroke 0.6 %.",
    clinical="FS-PAF-01: freedom from AF 78.4 % at 12 months in paroxysmal AF. PMCF registry FS-REG (300 patients).",
    alternatives="Antiarrhythmic drugs, cryoballoon ablation, pulsed field ablation, surgical ablation.",
    users="Electrophysiologists with manufacturer training.",
    patient="The catheter is a thin tube that the doctor guides through a vein to the heart. Heat at its tip makes small scars "
            "which block the abnormal signals causing atrial fibrillation."))

CEAR = cear(d, dict(
    docno="PCM/CEAR/2025/101", date="11.04.2025",
    type="Initial certification (Annex IX Chapter I and III)",
    docs="CEP KEP-CEP-FS75 Rev.1; CER KEP-CER-FS75 Rev.2; PMCF plan KEP-PMCF-FS75 Ver.1; IFU EN/SK/LT/ET Rev.C; SSCP Rev.1",
    purpose=PURPOSE_EN,
    reviewers="Clinical reviewer: dr n. med. Michał Grabowski (electrophysiology); product reviewer: mgr inż. Anna Pietrzak.",
    device=["Irrigated contact-force RF catheter. Indication in CER is paroxysmal AF in adults. Contact force sensor is established technology."],
    literature="Literature review in the scope of state of the art is adequate.",
    ci="FS-PAF-01 (176 patients, paroxysmal AF, 12 months) fulfils benchmark for effectiveness and safety.",
    pmcf="FS-REG registry is acceptable.",
    ifu="IFU reviewed. It is stated that warnings on contact force and zeroing are present.",
    conclusion="Clinical evidence is sufficient for paroxysmal AF in adults. Benefit-risk is positive.",
    cecp="Not applicable: class III device which is not implantable; not IIb Rule 12.",
    remarks=["CEP section on acceptance criteria shall be updated in next revision."],
    signer="dr n. med. Michał Grabowski"))

DOCS = {
    "KEP-CEP-FS75_R1.pdf": dict(role="CEP", language="en", blocks=CEP, header="Kinshachi EP Co., Ltd.", footer="KEP-CEP-FS75 Rev.1"),
    "KEP-CER-FS75_R2.docx": dict(role="CER", language="en", blocks=CER, footer="KEP-CER-FS75 Rev.2"),
    "KEP-PMCF-FS75_V1.docx": dict(role="PMCF-plan", language="en", blocks=PMCF, footer="KEP-PMCF-FS75"),
    "IFU-FS75-EN_RevC.pdf": dict(role="IFU", language="en", blocks=IFU_EN, footer="IFU-FS75-EN Rev.C"),
    "IFU-FS75-SK_RevC.docx": dict(role="IFU", language="sk", blocks=IFU_SK, footer="IFU-FS75-SK"),
    "IFU-FS75-LT_RevC.pdf": dict(role="IFU", language="lt", blocks=IFU_LT, footer="IFU-FS75-LT"),
    "IFU-FS75-ET_RevC.docx": dict(role="IFU", language="et", blocks=IFU_ET, footer="IFU-FS75-ET"),
    "SSCP-FS75_Rev1.md": dict(role="SSCP", language="en", blocks=SSCP),
    "PCM_CEAR_2025-101.pdf": dict(role="CEAR", language="en", blocks=CEAR, footer="PolCert Medical – CEAR 2025/101"),
}

LABELS = [
    dict(defect="contact_force_range_and_accuracy_differ", category="specification",
         documents=["KEP-CER-FS75_R2.docx", "IFU-FS75-EN_RevC.pdf"],
         quotes=["Contact force is measured from 0 to 100 g with an accuracy of ±2 g", "0 – 60 g (accuracy ±5 g)"],
         description="The CER gives a force range of 0–100 g with ±2 g accuracy; the IFUs give 0–60 g with ±5 g.",
         accept=[]),
    dict(defect="ifu_adds_persistent_af_and_vt", category="intended-use",
         documents=["IFU-FS75-EN_RevC.pdf", "KEP-CER-FS75_R2.docx", "SSCP-FS75_Rev1.md"],
         quotes=["Scar-related ventricular tachycardia in patients with ischaemic heart disease",
                 "Patients with persistent AF or ventricular tachycardia were excluded from the study."],
         description="The IFUs and SSCP add persistent AF and ischaemic VT, which the CEP/CER do not list and the only clinical investigation excluded; the CEAR evaluates paroxysmal AF only.",
         accept=["evidence"]),
    dict(defect="continue_rf_at_50w_after_impedance_rise", category="safety-instruction",
         documents=["IFU-FS75-EN_RevC.pdf"],
         quotes=["If the impedance rises by more than 20 Ω during application, please continue the RF delivery and increase the power"],
         description="A sudden impedance rise indicates coagulum or imminent steam pop; the IFU tells the user to continue and raise power to 50 W instead of stopping the application.",
         accept=[]),
    dict(defect="lithuanian_ifu_adds_children_from_12", category="language",
         documents=["IFU-FS75-LT_RevC.pdf", "IFU-FS75-EN_RevC.pdf"],
         quotes=["ir vaikai nuo 12 metų, sveriantys daugiau kaip 40 kg", "Adult patients (18 years or older)."],
         description="The Lithuanian IFU adds children from 12 years over 40 kg to the adult-only population of the English IFU and CER.",
         accept=["population"]),
    dict(defect="cep_placeholders_for_acceptance_criteria", category="template",
         documents=["KEP-CEP-FS75_R1.pdf"],
         quotes=["<to be defined with KOL>", "Primary safety event rate (7 days) [insert threshold from state of the art]",
                 "Date of literature search: [insert date]."],
         description="The CEP leaves the benefit-risk acceptance criteria and the literature search date as unfilled placeholders.",
         accept=[]),
]
