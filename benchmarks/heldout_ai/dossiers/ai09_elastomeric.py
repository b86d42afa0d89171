from .common import cep, cer, pmcf, ifu_en, ifu_xx, cear

DOSSIER = "ai09_elastomeric"
DEVICE = "EasyFlow EF-270 elastomeric (non-electric) infusion pump for post-operative regional analgesia, 5 mL/h"
DEVICE_CLASS = "IIb"

d = dict(
    mfr="Namba Infusion Co., Ltd., 1-4-15 Nanbanaka, Naniwa-ku, Osaka 556-0011, Japan",
    eu="Namba Infusion Europe GmbH, Hansaallee 159, 40549 Düsseldorf, Germany",
    name="EasyFlow EF-270 Elastomeric Pump", model="EF-270-5 (270 mL, 5 mL/h), with filter and flow restrictor",
    budi="4560915EF270EP", cls="Class IIb, non-active device for administration of medicinal products (classification rationale in TD section 1.4)")

PURPOSE = ("The said device is a disposable, non-electric infusion pump. The elastomeric balloon delivers the medicinal product at a "
           "fixed flow through a catheter, for continuous post-operative regional analgesia (wound infiltration or peripheral nerve block).")
POP = "Object patient: adults and children with a body weight of 10 kg or more who need continuous local anaesthetic infusion after surgery."
IND = ["Continuous wound infiltration after surgery", "Continuous peripheral nerve block (e.g. femoral, interscalene, popliteal sciatic)"]
CONTRA = ["Intravenous, intra-arterial, epidural or intrathecal administration", "Blood, blood products or parenteral nutrition",
          "Patients with allergy to the local anaesthetic prescribed"]

CEP = cep(d, dict(
    docno="NI-CEP-EF270", rev="1", date="2024/07/19", purpose=PURPOSE, population=POP, indications=IND, contra=CONTRA,
    benefits=[["Post-operative pain relief", "NRS pain at rest and movement", "24 and 48 hours"],
              ["Reduction of opioid use", "Morphine-equivalent consumption", "48 hours"],
              ["Accurate delivery", "Delivered volume / time against nominal", "Bench and clinical"]],
    acceptance=["Mean flow within the accuracy given in the IFU", "No serious adverse event due to over-infusion",
                "Catheter-related infection below 1 %"],
    cdp=["Clinical data from the literature on elastomeric pumps for regional analgesia and a post-market study in Japan (EF-JP-01)."],
    cecp="As the subject device is a class IIb device which administers a medicinal product, the consultation procedure according "
         "to Article 54(1)(b) is applicable to the subject device.",
    author="S. Kobayashi (Clinical Affairs, Osaka)", approver="D. Richter (RA, Düsseldorf)"), style="dash", marker="①")

CER = cer(d, dict(
    docno="NI-CER-EF270", rev="2", date="2025/01/06",
    scope="The report covers the EF-270-5 with its filling port, 0.2 µm filter, flow restrictor and clamp. Catheters are not included.",
    description=["The balloon of polyisoprene is filled with 270 mL through the filling port. The flow of 5 mL/h is set by a glass "
                 "capillary restrictor, so the nominal duration is 54 hours. The flow rate accuracy is ±15 % at 23 °C when the "
                 "restrictor is fixed on the skin (31 °C).",
                 "Flow increases by about 2–3 % for each °C of restrictor temperature."],
    purpose=PURPOSE, population=POP, indications=IND, contra=CONTRA,
    users="Anaesthetists or surgeons prescribe and connect the pump; nurses fill and monitor it. The patients may be discharged home "
          "with the pump (ambulatory use) after instruction, and a telephone contact is provided.",
    sota=["Continuous peripheral nerve block and wound infiltration reduce pain and opioid use after orthopaedic and abdominal surgery. "
          "Elastomeric pumps are widely used, also for ambulatory (home) infusion, with flow accuracy of ±10–20 % in bench studies.",
          "Maximum recommended infusion of ropivacaine in children is 0.2–0.4 mg/kg/h (ESRA/ASRA 2018)."],
    literature=["Search 2024/10/21 PubMed/Embase; 19 articles on elastomeric pumps in regional analgesia (17 adult, 2 paediatric)."],
    ci=["EF-JP-01: post-market observational study in Japan, 140 adults after knee or shoulder surgery; delivered volume at 48 h was "
        "96 % of nominal (range 84–112 %); NRS at rest 2.1 at 24 h; 2 catheter dislodgements."],
    equivalence="Not claimed.",
    pms="About 310,000 pumps sold in Japan since 2018; 0.03 % complaints of too fast flow; no serious incident.",
    performance=["The pump provides continuous analgesia for 54 hours with accuracy in line with the state of the art."],
    safety=["Residual risks: over- or under-infusion (temperature, altitude, restrictor position), local anaesthetic systemic toxicity, "
            "catheter dislodgement, infection."],
    conclusion="Benefit-risk is acceptable.", pmcf="PMCF: complaint review and a user survey.",
    cecp="See CEP chapter 10."))

PMCF = pmcf(d, dict(
    docno="NI-PMCF-EF270", rev="1", date="2025/01/08",
    device=[PURPOSE, POP, "Expected lifetime: single use, 54 hours. Novel product: no."],
    activities=[dict(title="EU post-market study of delivered volume", rows=[
        ("Type", "Specific: prospective study in 4 EU hospitals"), ("Aim", "Confirm delivered volume and analgesia in EU practice"),
        ("Population", "120 adults and 40 children (10–40 kg) with peripheral nerve catheters"),
        ("Sample size", "160; precision ±3 % for the mean delivered volume"), ("Endpoints", "Delivered volume at end; NRS; LAST symptoms"),
        ("Timeline", "2025/Q3–2026/Q2")])],
    refs="CER NI-CER-EF270 Rev.2; RMF NI-RMF-EF270 Rev.3.",
    schedule="PMCF report with PSUR every year (class IIb)."), style="plain")

IFU_EN = ifu_en(d, dict(
    docno="IFU-EF270-EN", date="2025/02/10 (4th ed.)", purpose=PURPOSE, population=POP, indications=IND,
    contra=["Please do not use for intravenous, intra-arterial, epidural or intrathecal administration.",
            "Please do not use for blood, blood products or parenteral nutrition.",
            "Please do not use for patients with allergy to the prescribed local anaesthetic."],
    users="Anaesthetists, surgeons and nurses. The said device must be used only in hospital wards under continuous supervision of "
          "nurses; please do not discharge the patient with the pump.",
    warnings=["Please keep the flow restrictor taped on the skin; if it is cooled or warmed, the flow changes.",
              "Please fill the pump with ropivacaine 2 mg/mL or levobupivacaine 1.25 mg/mL, as prescribed by the physician."],
    side="Local anaesthetic systemic toxicity (numbness of the mouth, tinnitus, seizure), motor block, catheter site infection, leakage.",
    spec=[["Nominal volume", "270 mL"], ["Flow rate", "5 mL/h (fixed)"], ["Duration", "approx. 54 h"],
          ["Flow accuracy", "±10 % (restrictor at 31 °C)"], ["Filter", "0.2 µm"]],
    steps=["Please fill the pump with the prescribed solution through the filling port with a Luer-lock syringe.",
           "Please prime the line and connect it to the catheter.", "Please tape the restrictor on the skin.",
           "Please open the clamp and check the balloon size every 8 hours."]), lines=False, style="square", marker="①")

IFU_HU = ifu_xx("hu", d, dict(
    docno="IFU-EF270-HU", date="2025/02/10 (4. kiadás)",
    purpose="Az eszköz eldobható, nem elektromos infúziós pumpa. Az elasztomer ballon rögzített áramlással juttatja be a gyógyszert katéteren keresztül műtét utáni regionális fájdalomcsillapításhoz.",
    population="Felnőttek és legalább 10 kg testtömegű gyermekek, akiknek műtét után folyamatos helyi érzéstelenítő infúzióra van szükségük.",
    indications=["Folyamatos sebinfiltráció műtét után", "Folyamatos perifériás idegblokád"],
    contra=["Intravénás, intraartériás, epidurális vagy intratekális alkalmazás", "Vér, vérkészítmények vagy parenterális táplálás",
            "Allergia az előírt helyi érzéstelenítőre"],
    users="Aneszteziológusok, sebészek és ápolók; kizárólag kórházi osztályon, folyamatos ápolói felügyelet mellett.",
    warnings=["A szűkítőt a bőrre ragasztva kell tartani."],
    side="Helyi érzéstelenítő szisztémás toxicitása, motoros blokád, fertőzés a katéter helyén, szivárgás.",
    spec=[["Névleges térfogat", "270 ml"], ["Áramlási sebesség", "5 ml/óra (rögzített)"], ["Áramlási pontosság", "±10 %"]]))

IFU_PT = ifu_xx("pt", d, dict(
    docno="IFU-EF270-PT", date="2025/02/10 (4.ª ed.)",
    purpose="O dispositivo é uma bomba de perfusão descartável, não elétrica. O balão elastomérico administra o medicamento com débito fixo através de um cateter, para analgesia regional pós-operatória contínua.",
    population="Adultos e crianças com peso corporal de 10 kg ou mais que necessitem de perfusão contínua de anestésico local após a cirurgia.",
    indications=["Infiltração contínua da ferida operatória", "Bloqueio nervoso periférico contínuo"],
    contra=["Administração intravenosa, intra-arterial, epidural ou intratecal", "Sangue, hemoderivados ou nutrição parentérica",
            "Alergia ao anestésico local prescrito"],
    users="Anestesiologistas, cirurgiões e enfermeiros; apenas em enfermarias hospitalares sob vigilância contínua.",
    warnings=["Manter o restritor de débito fixo na pele."],
    side="Toxicidade sistémica do anestésico local, bloqueio motor, infeção no local do cateter, fuga.",
    spec=[["Volume nominal", "270 mL"], ["Débito", "5 mL/h (fixo)"], ["Precisão do débito", "±10 %"]]), lines=False)

CEAR = cear(d, dict(
    docno="PCM/CEAR/2025/088", date="31.03.2025",
    type="Initial certification, Annex IX Chapter I and Section 4",
    docs="CEP NI-CEP-EF270 Rev.1; CER NI-CER-EF270 Rev.2; PMCF plan NI-PMCF-EF270 Ver.1; IFU EN/HU/PT 4th ed.",
    purpose=PURPOSE,
    reviewers="Clinical reviewer: lek. med. Grzegorz Wiśniewski (anaesthesiology); technical reviewer: mgr inż. Monika Kaczmarek.",
    device=["Non-electric elastomeric pump with fixed flow 5 mL/h for regional analgesia, adults and children from 10 kg."],
    literature="Literature is mostly in adults; two paediatric articles. Acceptable in the scope of well-established technology.",
    ci="EF-JP-01 (140 adults) is supportive.",
    pmcf="PMCF study with 160 patients including children is specific. Accepted.",
    ifu="IFU checked, no remark.",
    conclusion="Benefit-risk acceptable.",
    cecp="Device is not active device (energy from elastomeric balloon), so Article 54(1)(b) does not apply. Consultation procedure is not applicable.",
    signer="lek. med. Grzegorz Wiśniewski"))

DOCS = {
    "NI-CEP-EF270_R1.pdf": dict(role="CEP", language="en", blocks=CEP, header="Namba Infusion Co., Ltd.", footer="NI-CEP-EF270 Rev.1"),
    "NI-CER-EF270_R2.docx": dict(role="CER", language="en", blocks=CER, footer="NI-CER-EF270 Rev.2"),
    "NI-PMCF-EF270_V1.pdf": dict(role="PMCF-plan", language="en", blocks=PMCF, footer="NI-PMCF-EF270"),
    "IFU_EF270_EN_ed4.pdf": dict(role="IFU", language="en", blocks=IFU_EN, footer="IFU-EF270-EN"),
    "IFU_EF270_HU_ed4.docx": dict(role="IFU", language="hu", blocks=IFU_HU, footer="IFU-EF270-HU"),
    "IFU_EF270_PT_ed4.docx": dict(role="IFU", language="pt", blocks=IFU_PT, footer="IFU-EF270-PT"),
    "PolCert_CEAR_2025-088.pdf": dict(role="CEAR", language="en", blocks=CEAR, footer="PolCert Medical – CEAR 2025/088"),
}

LABELS = [
    dict(defect="cep_states_cecp_applies_to_non_active_pump", category="scope",
         documents=["NI-CEP-EF270_R1.pdf", "PolCert_CEAR_2025-088.pdf"],
         quotes=["the consultation procedure according to Article 54(1)(b) is applicable to the subject device",
                 "Device is not active device (energy from elastomeric balloon)"],
         description="The CEP (and by reference the CER) claims Art. 54(1)(b) applies, but the pump is not an active device; the CEAR correctly says the CECP does not apply, so the documents contradict each other on scope.",
         accept=[]),
    dict(defect="fixed_5ml_h_overdoses_10kg_children", category="plausibility",
         documents=["IFU_EF270_EN_ed4.pdf", "NI-CER-EF270_R2.docx"],
         quotes=["adults and children with a body weight of 10 kg or more", "Please fill the pump with ropivacaine 2 mg/mL",
                 "Maximum recommended infusion of ropivacaine in children is 0.2–0.4 mg/kg/h"],
         description="A fixed 5 mL/h of ropivacaine 2 mg/mL gives 10 mg/h, i.e. 1 mg/kg/h in a 10 kg child, 2.5–5 times the paediatric maximum the CER itself cites; the single fixed flow cannot serve the lower end of the stated weight range.",
         accept=["population", "safety-instruction"]),
    dict(defect="flow_accuracy_15_vs_10_percent", category="specification",
         documents=["NI-CER-EF270_R2.docx", "IFU_EF270_EN_ed4.pdf"],
         quotes=["The flow rate accuracy is ±15 % at 23 °C", "±10 % (restrictor at 31 °C)"],
         description="The CER gives flow accuracy ±15 %, the IFUs ±10 %.",
         accept=[]),
    dict(defect="home_discharge_vs_hospital_only", category="care-setting",
         documents=["NI-CER-EF270_R2.docx", "IFU_EF270_EN_ed4.pdf"],
         quotes=["The patients may be discharged home with the pump (ambulatory use)",
                 "please do not discharge the patient with the pump"],
         description="The CER evaluates ambulatory home use; all IFUs restrict use to supervised hospital wards and forbid discharge with the pump.",
         accept=["intended-use"]),
]
