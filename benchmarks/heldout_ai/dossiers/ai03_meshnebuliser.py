from .common import cep, cer, pmcf, ifu_en, ifu_xx, cear

DOSSIER = "ai03_meshnebuliser"
DEVICE = "MistAir VM-30 vibrating-mesh nebuliser, home and hospital, adults and children from 1 year"
DEVICE_CLASS = "IIa"

d = dict(
    mfr="Kansai Respira Co., Ltd., 1-8-20 Utsubo-honmachi, Nishi-ku, Osaka 550-0004, Japan",
    eu="Kansai Respira Europe GmbH, Berliner Allee 48, 40212 Düsseldorf, Germany",
    name="MistAir VM-30 Mesh Nebulizer", model="VM-30 (main unit VM-30H, mesh cap MC-30, mouthpiece, adult mask, child mask)",
    budi="4560433VM30NBZ", cls="Class IIa, Rule 12 (active device administering medicinal product, not potentially hazardous)")

PURPOSE = ("The said device is a portable nebulizer with a vibrating mesh. It is intended to aerosolise liquid medicinal "
           "products prescribed by a physician for inhalation into the lower airways, with a mouthpiece or a face mask.")
POP = ("Object patient is adults and children from 1 year of age who are prescribed inhalation therapy. Children under 4 years "
       "use the child mask with the help of a caregiver.")
IND = ["Asthma", "Chronic obstructive pulmonary disease (COPD)", "Cystic fibrosis (inhaled antibiotics and mucolytics)",
       "Other respiratory diseases for which a nebulised medicinal product is prescribed"]
CONTRA = ["Please do not use for medicinal products that are not approved for nebulisation, for example oily or viscous suspensions.",
          "Please do not use in a ventilator circuit or with anaesthetic gas.",
          "Please do not use for patients who cannot breathe spontaneously."]

CEP = cep(d, dict(
    docno="KR-CEP-VM30", rev="1", date="2024/06/12",
    purpose=PURPOSE, population=POP, indications=IND, contra=CONTRA,
    benefits=[["Delivery of prescribed drug to lower airways", "Respirable fraction (< 5 µm) and delivered dose (in vitro, EN 13544-1)", "Bench"],
              ["Shorter treatment time than jet nebulizer", "Treatment time for 2.5 mL (min)", "Usability study"],
              ["Symptom control at home", "ACQ-5 / CAT change, device-related complaints", "PMCF, 12 months"]],
    acceptance=["Output rate 0.4 mL/min or more with saline", "MMAD between 3 and 5 µm for salbutamol, budesonide and tobramycin",
                "No serious adverse event related to the device in the usability study",
                "Device-related complaint rate below 0.5 % per year"],
    cdp=["Clinical data come from the literature on vibrating mesh nebulizers (state of the art and similar devices), the in vitro "
         "aerosol characterisation, and a usability study (summative, 45 users including caregivers of children). A clinical "
         "investigation is not considered necessary for the IIa device, as justified in CER chapter 4-2."],
    cecp="The subject device is class IIa. The consultation procedure of Article 54(1) does not apply, because it is neither a "
         "class III implantable device nor a class IIb active device according to Rule 12.",
    author="K. Fujimoto (Clinical Affairs, Osaka)", approver="A. Schneider (RA, Düsseldorf)"), style="plain", marker="①")

CER = cer(d, dict(
    docno="KR-CER-VM30", rev="2", date="2024/12/05", lines=False,
    scope="This report covers the VM-30 main unit, the mesh cap MC-30, the mouthpiece and both masks. The battery charger is out of scope.",
    description=["A stainless-steel mesh with about 4,000 laser-drilled holes is vibrated by a piezo element at 108 kHz. The "
                 "medication cup holds up to 8 mL. The unit is powered by two AA batteries (about 4 hours of operation) or the USB adaptor.",
                 "Weight of the main unit is 88 g including batteries."],
    variants=[["Component", "Code", "Remark"], ["Main unit", "VM-30H", "reusable, 3 years"],
              ["Mesh cap", "MC-30", "replace every 6 months"], ["Child mask", "CM-30S", "for 1–4 years"],
              ["Adult mask", "AM-30L", "adults"]],
    purpose=PURPOSE, population=POP, indications=IND, contra=CONTRA,
    users="Lay users (patients and caregivers) at home, and nurses or respiratory therapists in hospital wards and outpatient clinics.",
    sota=["Nebulised therapy is a standard for patients who cannot use inhalers correctly, for young children, and for drugs "
          "available only as solution (e.g. tobramycin, dornase alfa). Vibrating mesh nebulizers deliver a higher fraction of "
          "the dose and shorter treatment time than jet nebulizers (Ari 2014; Dhand 2019)."],
    literature=["Searches were made on 2024/10/02 in PubMed, Embase and CENTRAL. 22 papers on vibrating mesh nebulizers in adults "
                "and children were appraised, 9 of them paediatric (age 1–17 years)."],
    studies=[["Reference", "Population", "Result"],
             ["Ari 2014 (review)", "adults and children", "mesh > jet in delivered dose"],
             ["Naehrig 2011", "CF, 6–45 y", "shorter treatment time, same FEV1"],
             ["Kesser 2019", "children 1–5 y", "mask mesh nebulizer, tolerated"]],
    ci=["A clinical investigation is not performed. In vitro characterisation according to EN 13544-1 with three representative "
        "drugs gave MMAD 3.9 µm (salbutamol), 4.2 µm (budesonide) and 4.4 µm (tobramycin) and an output rate of 0.45 mL/min. "
        "The summative usability study with 45 users, including 15 caregivers of children aged 1–4 years, showed no use error with harm."],
    equivalence="Equivalence is not claimed. The similar devices in the literature are used only for the state of the art.",
    pms="The VM-30 is sold in Japan since 2021 (about 61,000 units). Complaint rate 0.21 % per year; no serious incident.",
    performance=["The in vitro results and the literature show that the device delivers the prescribed medication to the lower "
                 "airways in a time of about 6 minutes for 2.5 mL."],
    safety=["Residual risks are under-dosing by clogged mesh, infection by insufficient cleaning, bronchospasm caused by the drug, "
            "and mask discomfort. They are controlled by the IFU instructions and the mesh replacement interval."],
    conclusion="The benefit-risk is acceptable for adults and children from 1 year, at home and in hospital.",
    pmcf="A PMCF survey of users is performed (KR-PMCF-VM30), in addition to complaint trend analysis.",
    cecp="Not applicable (class IIa)."))

PMCF = pmcf(d, dict(
    docno="KR-PMCF-VM30", rev="1", date="2024/12/09",
    device=[PURPOSE, POP, "Expected lifetime: main unit 3 years; mesh cap 6 months. Novel product: no."],
    activities=[dict(title="Prospective user survey at home (children and adults)", rows=[
        ("Type", "Specific method: prospective survey with 12-month follow-up"),
        ("Aim", "Confirm treatment time and absence of under-dosing complaints at home; identify off-label use in ventilator circuits"),
        ("Population", "Users of the VM-30 at home: 120 adults and 80 children (1–17 years, of whom at least 30 under 4 years)"),
        ("Sample size", "200 users; with an expected rate of 2 %, the upper limit of the 95 % CI of mesh-clogging events stays below 5 %"),
        ("Endpoints", "Treatment time; clogging or output failure events; ACQ-5 or CAT change; device-related adverse events"),
        ("Timeline", "Start 2025/Q1, 12-month data 2026/Q2")]),
        dict(title="Complaint and literature screening", rows=[("Type", "General method"), ("Frequency", "Every 12 months")])],
    refs="CER KR-CER-VM30 Rev.2 chapter 6; RMF KR-RMF-VM30 Rev.3 (hazards: under-dosing, contamination).",
    schedule="PMCF evaluation report together with the PSUR every two years (class IIa); first report 2026/Q3."),
    style="dash")

IFU_EN = ifu_en(d, dict(
    docno="IFU-VM30-EN", date="Ver. 3 / 2025/01/15",
    purpose=PURPOSE, population=POP, indications=IND, contra=CONTRA,
    users="Patients, caregivers and healthcare professionals. Usage environment: home, hospital ward and outpatient clinic. "
          "The said device is not for use in a moving vehicle or in an oxygen-rich environment above 25 % oxygen.",
    warnings=["Please use only the medication which your physician prescribed. Please do not mix medications in the cup unless the physician says so.",
              "Please do not leave a child alone with the device and the mask."],
    cautions=["Please clean the mesh cap after each use and disinfect it once a day (see chapter 8)."],
    side="Cough, throat irritation, bronchospasm caused by the medication, skin irritation by the mask.",
    spec=[["Nebulization method", "Vibrating mesh, 108 kHz"], ["Output rate (saline)", "24 mL/h or more"],
          ["MMAD (salbutamol)", "approx. 3.9 µm"], ["Cup capacity", "8 mL max."], ["Residual volume", "0.1 mL or less"],
          ["Power supply", "2 × AA battery or USB adaptor 5 V"], ["Mass", "0.088 kg (with batteries)"]],
    steps=["Please wash your hands and assemble the mesh cap onto the main unit.",
           "Please pour the prescribed medication into the cup and close the lid.",
           "Please sit upright and breathe slowly through the mouthpiece or mask.",
           "After the treatment, please clean the mesh cap with warm water."]), lines=False)

IFU_RO = ifu_xx("ro", d, dict(
    docno="IFU-VM30-RO", date="Ver. 3 / 2025/01/15",
    purpose="Dispozitivul este un nebulizator portabil cu membrană vibrantă, destinat aerosolizării medicamentelor lichide "
            "prescrise de medic, pentru inhalare în căile respiratorii inferioare, cu piesă bucală sau mască facială.",
    population="Adulți și copii cu vârsta de la 1 an cărora li s-a prescris terapie inhalatorie. Copiii sub 4 ani folosesc masca pentru copii cu ajutorul unui îngrijitor.",
    indications=["Astm", "Bronhopneumopatie obstructivă cronică (BPOC)", "Fibroză chistică (antibiotice și mucolitice inhalate)",
                 "Alte boli respiratorii pentru care medicul prescrie un medicament nebulizat"],
    contra=["Nu utilizați pentru medicamente care nu sunt aprobate pentru nebulizare, de exemplu suspensii uleioase sau vâscoase.",
            "Nu utilizați într-un circuit de ventilator sau cu gaz anestezic.",
            "Nu utilizați la pacienți care nu pot respira spontan."],
    users="Pacienți, îngrijitori și profesioniști din domeniul sănătății; la domiciliu, în secții de spital și în ambulatoriu.",
    warnings=["Utilizați numai medicamentul prescris de medic.", "Nu lăsați copilul nesupravegheat cu dispozitivul și masca."],
    side="Tuse, iritație a gâtului, bronhospasm cauzat de medicament, iritație a pielii de la mască.",
    spec=[["Metodă", "Membrană vibrantă, 108 kHz"], ["Debit (ser fiziologic)", "≥ 0,4 mL/min"], ["MMAD (salbutamol)", "aprox. 3,9 µm"],
          ["Volum rezidual", "≤ 0,1 mL"], ["Masă", "88 g (cu baterii)"]]))

IFU_LT = ifu_xx("lt", d, dict(
    docno="IFU-VM30-LT", date="Ver. 3 / 2025/01/15",
    purpose="Prietaisas yra nešiojamas purkštuvas su vibruojančia membrana, skirtas gydytojo paskirtiems skystiems vaistams "
            "paversti aerozoliu ir įkvėpti į apatinius kvėpavimo takus per kandiklį arba kaukę.",
    population="Suaugusieji ir vaikai nuo 1 metų, kuriems paskirtas inhaliacinis gydymas. Jaunesni nei 4 metų vaikai naudoja vaikišką kaukę padedami globėjo.",
    indications=["Astma", "Lėtinė obstrukcinė plaučių liga (LOPL)", "Cistinė fibrozė (inhaliuojami antibiotikai ir mukolitikai)",
                 "Kitos kvėpavimo takų ligos, kurioms paskirtas purškiamas vaistas"],
    contra=["Nenaudokite vaistams, kurie nepatvirtinti purškimui, pvz., aliejinėms ar klampioms suspensijoms.",
            "Nenaudokite dirbtinės plaučių ventiliacijos kontūre arba su anestezinėmis dujomis.",
            "Nenaudokite pacientams, kurie negali kvėpuoti savarankiškai."],
    users="Pacientai, globėjai ir sveikatos priežiūros specialistai; namuose, ligoninės skyriuose ir ambulatoriškai.",
    warnings=["Naudokite tik gydytojo paskirtą vaistą.", "Nepalikite vaiko vieno su prietaisu ir kauke."],
    side="Kosulys, gerklės dirginimas, vaisto sukeltas bronchų spazmas, odos dirginimas nuo kaukės.",
    spec=[["Metodas", "Vibruojanti membrana, 108 kHz"], ["Našumas (fiziologinis tirpalas)", "≥ 0,4 ml/min"],
          ["MMAD (salbutamolis)", "apie 3,9 µm"], ["Liekamasis tūris", "≤ 0,1 ml"], ["Masė", "88 g (su baterijomis)"]]), lines=False, numbered=False)

CEAR = cear(d, dict(
    docno="PCM/CEAR/2025/031", date="07.02.2025",
    type="Initial certification, Annex IX Chapter I and Section 4 (technical documentation sampled for class IIa)",
    docs="CEP KR-CEP-VM30 Rev.1; CER KR-CER-VM30 Rev.2; PMCF plan KR-PMCF-VM30 Ver.1; IFU EN/RO/LT Ver.3",
    purpose=PURPOSE,
    reviewers="Clinical reviewer: lek. med. Magdalena Sikora (pulmonology); technical reviewer: mgr inż. Marek Wójcik.",
    device=["Portable vibrating mesh nebulizer for adults and children from 1 year, home and hospital. No novel feature is identified. "
            "Output rate is given as 0.45 mL/min in CER and as 24 mL/h or more in IFU; these values are consistent."],
    literature="Literature is relevant for adults and children, including 9 paediatric papers. Appraisal is adequate.",
    ci="No clinical investigation; justification according to Article 61(10) is not needed as clinical data from literature and "
       "usability data are available. Accepted in the scope of class IIa.",
    pmcf="PMCF survey is specific, has sample-size rationale, includes children under 4 years. Accepted.",
    ifu="IFU EN, RO, LT are aligned regarding population, indications and contraindications.",
    conclusion="Clinical evidence is sufficient. No open non-compliance.",
    cecp="Not applicable: device is class IIa (Article 54(1) covers class III implantable and class IIb active devices under Rule 12).",
    signer="lek. med. Magdalena Sikora"))

DOCS = {
    "KR-CEP-VM30_Rev1.pdf": dict(role="CEP", language="en", blocks=CEP, header="Kansai Respira Co., Ltd.", footer="KR-CEP-VM30 Rev.1"),
    "KR-CER-VM30_Rev2.pdf": dict(role="CER", language="en", blocks=CER, header="Kansai Respira Co., Ltd.", footer="KR-CER-VM30 Rev.2"),
    "KR-PMCF-VM30_Ver1.docx": dict(role="PMCF-plan", language="en", blocks=PMCF, footer="KR-PMCF-VM30"),
    "IFU_VM30_EN_v3.docx": dict(role="IFU", language="en", blocks=IFU_EN, footer="IFU-VM30-EN"),
    "IFU_VM30_RO_v3.pdf": dict(role="IFU", language="ro", blocks=IFU_RO, footer="IFU-VM30-RO"),
    "IFU_VM30_LT_v3.docx": dict(role="IFU", language="lt", blocks=IFU_LT, footer="IFU-VM30-LT"),
    "PCM_CEAR_2025-031.pdf": dict(role="CEAR", language="en", blocks=CEAR, footer="PolCert Medical – CEAR 2025/031"),
}

LABELS = []
