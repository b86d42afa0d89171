from .common import cep, cer, pmcf, ifu_en, ifu_xx, cear

DOSSIER = "ai07_nervemonitor"
DEVICE = "NerveGuard NIM-J5 intraoperative nerve monitoring system for thyroid, parathyroid and parotid surgery"
DEVICE_CLASS = "IIa"

d = dict(
    mfr="Umeda Neuromonitor Co., Ltd., 3-3-20 Umeda, Kita-ku, Osaka 530-0001, Japan",
    eu="Umeda Neuromonitor Europe GmbH, Immermannstraße 33, 40210 Düsseldorf, Germany",
    name="NerveGuard NIM-J5 Intraoperative Nerve Monitoring System",
    model="Console NJ-500, EMG tube electrode ET-J (6.0–8.0 mm), stimulation probe SP-1, APS electrode AP-J",
    budi="4573300NIMJ5X", cls="Class IIa, Rule 10 (active device for diagnosis and monitoring)")

PURPOSE = ("The said system is used during surgery to identify motor nerves and to monitor their function by electrical "
           "stimulation and recording of the evoked electromyography (EMG) of the innervated muscles.")
POP = "Adult patients (18 years or older) undergoing thyroid, parathyroid or parotid surgery under general anaesthesia with endotracheal intubation."
IND = ["Identification and monitoring of the recurrent laryngeal nerve and the vagus nerve in thyroid and parathyroid surgery",
       "Identification of the external branch of the superior laryngeal nerve",
       "Identification and monitoring of the facial nerve in parotid surgery"]
CONTRA = ["Please do not use with long-acting neuromuscular blocking agents after intubation (EMG cannot be recorded).",
          "Please do not use the EMG tube electrode for patients in whom the tube size 6.0 mm cannot be inserted."]

CEP = cep(d, dict(
    docno="UN-CEP-J5", rev="2", date="2024/08/26",
    purpose=PURPOSE, population=POP, indications=IND, contra=CONTRA,
    benefits=[["Nerve identification", "Rate of nerves identified by stimulation", "Intraoperative"],
              ["Prediction of postoperative nerve function", "NPV and PPV of loss of signal (LOS) for vocal cord palsy", "Day 1–2 laryngoscopy"],
              ["Staged surgery after LOS", "Rate of bilateral palsy", "Postoperative"]],
    acceptance=["NPV of LOS at least 97 %", "No device-related injury (burn, mucosal damage) above 0.5 %"],
    cdp=["Clinical data: literature on intermittent IONM and the clinical investigation UN-J5-01 (intermittent monitoring, 214 patients)."],
    cecp="As the subject device is class IIa, Article 54 is not applicable.",
    author="M. Okada (Clinical Affairs, Osaka)", approver="T. Braun (RA, Düsseldorf)"), style="dash", marker="①")

CER = cer(d, dict(
    docno="UN-CER-J5", rev="3", date="2025/01/22",
    scope="This CER covers the console NJ-500, the EMG tube electrode ET-J, the stimulation probe SP-1 and the APS electrode AP-J.",
    description=["The console has 4 recording channels and 2 stimulation outputs (0.1–3.0 mA, 100 µs, 4 Hz). An alarm sounds when "
                 "the amplitude falls below 50 % of the baseline or 100 µV (loss of signal, LOS).",
                 "The APS electrode AP-J is an accessory in the product list."],
    purpose=PURPOSE, population=POP, indications=IND, contra=CONTRA,
    users="Head and neck or endocrine surgeons, with anaesthetists; the system is used exclusively in the operating room during surgery.",
    sota=["IONM is recommended as an adjunct to visual identification in thyroid surgery (International Neural Monitoring Study "
          "Group 2011, 2018). Meta-analyses found no significant reduction of permanent recurrent laryngeal nerve palsy with IONM "
          "against visual identification alone; the main benefit is the prediction of nerve function and the staging of surgery after LOS.",
          "Continuous IONM with vagal APS electrodes can detect impending injury earlier, but data are limited to cohort studies."],
    literature=["The search (2024/11/04; PubMed, Embase) selected 26 publications on intermittent IONM in thyroid surgery."],
    ci=["UN-J5-01: prospective study in 3 sites (Osaka, Copenhagen, Gdańsk), 214 patients, 371 nerves at risk. Only intermittent "
        "monitoring with the hand-held stimulation probe was used; the APS electrode was not used in the study.",
        "As shown in Figure 2, LOS was correctly predicted in 46 of 52 cases, and the NPV was 99.1 %.",
        ("table", [["Figure 2", "Loss of signal (LOS) events: true positive 41, false positive 17, total 58"]], {"lines": True}),
        "Temporary vocal cord palsy 4.6 % of nerves at risk; permanent 0.5 %."],
    equivalence="Equivalence is not claimed.",
    pms="Sold in Japan since 2020 (1,150 consoles). No serious incident; 12 complaints of tube electrode displacement.",
    performance=["The NPV of 99.1 % meets the acceptance criterion. The system helps the surgeon to identify the nerves and to decide on staged surgery."],
    safety=["Residual risks: false-negative signal due to tube displacement or neuromuscular block, mucosal injury by the tube, "
            "thermal injury of the nerve by instruments misinterpreted as safe."],
    conclusion="Benefit-risk is acceptable for the indications in adults.",
    pmcf="PMCF: survey of users (UN-PMCF-J5).",
    cecp="Not applicable (class IIa)."), style="plain")

PMCF = pmcf(d, dict(
    docno="UN-PMCF-J5", rev="1", date="2025/01/24",
    device=[PURPOSE, POP, "Expected lifetime: console 7 years; electrodes single use. Novel product: no."],
    activities=[dict(title="Customer satisfaction questionnaire", rows=[
        ("Type", "General: questionnaire to surgeons"),
        ("Aim", "To collect the satisfaction of the users with the system"),
        ("Population", "Surgeons who purchased the system"),
        ("Sample size", "Will be defined later according to the result of the first survey"),
        ("Endpoints", "Satisfaction score (5-point scale)"),
        ("Timeline", "To be defined later")])],
    refs="CER UN-CER-J5 Rev.3; RMF UN-RMF-J5 Rev.2.",
    schedule="The PMCF evaluation report is made together with the PSUR."), style="plain")

IFU_EN = ifu_en(d, dict(
    docno="IFU-NIMJ5-EN", date="Rev. 5  2025/02/18",
    preface=["Please read this manual before use. ※ The use of the said system completely eliminates the risk of permanent "
             "recurrent laryngeal nerve palsy in thyroid surgery."],
    purpose=PURPOSE, population=POP, indications=IND, contra=CONTRA,
    users="Surgeons and anaesthetists trained in IONM. Usage environment: operating theatre, and also the intensive care unit for "
          "continuous post-operative monitoring of the vocal cord function up to 72 hours.",
    warnings=["Please confirm the correct position of the EMG tube electrode after positioning of the patient's head.",
              "Please inform the anaesthetist that only short-acting neuromuscular blocking agent may be used for intubation."],
    cautions=["Please do not use electrosurgical instruments within 5 mm of the identified nerve."],
    side="Sore throat, mucosal injury, minor bleeding of the vocal cord, skin irritation at the electrode site.",
    spec=[["Recording channels", "4"], ["Stimulation current", "0.1 – 3.0 mA"], ["Pulse width / rate", "100 µs / 4 Hz"],
          ["LOS alarm", "amplitude < 50 % of baseline or < 100 µV"]],
    steps=["Please intubate with the ET-J electrode tube and check the impedance (below 5 kΩ).",
           "Please record the baseline: vagus nerve (V1) and recurrent laryngeal nerve (R1).",
           "Intermittent mode: please stimulate with the probe SP-1 at 1–2 mA.",
           "Continuous mode (C-IONM): the APS electrode is placed around the vagus nerve and stimulates it every 1 second; the console trends amplitude and latency."]),
    lines=False, style="chapter")

IFU_DA = ifu_xx("da", d, dict(
    docno="IFU-NIMJ5-DA", date="Rev. 5  2025/02/18",
    purpose="Systemet bruges under kirurgi til at identificere motoriske nerver og overvåge deres funktion ved elektrisk stimulation og registrering af EMG.",
    population="Voksne patienter (18 år eller ældre), der gennemgår skjoldbruskkirtel-, biskjoldbruskkirtel- eller ørespytkirtelkirurgi i generel anæstesi med intubation.",
    indications=["Identifikation og overvågning af n. laryngeus recurrens og n. vagus", "Identifikation af den ydre gren af n. laryngeus superior",
                 "Identifikation og overvågning af n. facialis ved ørespytkirtelkirurgi"],
    contra=["Må ikke anvendes med langtidsvirkende muskelrelaksantia efter intubation.", "EMG-tuben må ikke anvendes, hvis tubestørrelse 6,0 mm ikke kan indføres."],
    users="Kirurger og anæstesiologer uddannet i IONM; operationsstue og intensivafdeling (postoperativ overvågning op til 72 timer).",
    warnings=["Kontrollér EMG-tubens position efter lejring af patientens hoved."],
    side="Ondt i halsen, slimhindeskade, mindre blødning fra stemmebåndet, hudirritation.",
    spec=[["Registreringskanaler", "4"], ["Stimulationsstrøm", "0,1 – 3,0 mA"], ["LOS-alarm", "amplitude < 50 % af baseline eller < 100 µV"]]))

IFU_PL = ifu_xx("pl", d, dict(
    docno="IFU-NIMJ5-PL", date="Wersja 5  2025/02/18",
    purpose="System służy do identyfikacji nerwów ruchowych i monitorowania ich funkcji podczas zabiegu poprzez stymulację elektryczną i rejestrację EMG.",
    population="Dorośli pacjenci (18 lat lub więcej) poddawani operacji tarczycy, przytarczyc lub ślinianki przyusznej w znieczuleniu ogólnym z intubacją.",
    indications=["Identyfikacja i monitorowanie nerwu krtaniowego wstecznego i nerwu błędnego", "Identyfikacja gałęzi zewnętrznej nerwu krtaniowego górnego",
                 "Identyfikacja i monitorowanie nerwu twarzowego w operacjach ślinianki przyusznej"],
    contra=["Nie stosować z długo działającymi środkami zwiotczającymi po intubacji.", "Nie stosować rurki EMG, jeśli nie można wprowadzić rurki 6,0 mm."],
    users="Chirurdzy i anestezjolodzy przeszkoleni w IONM; sala operacyjna oraz oddział intensywnej terapii (monitorowanie pooperacyjne do 72 godzin).",
    warnings=["Sprawdzić położenie rurki EMG po ułożeniu głowy pacjenta."],
    side="Ból gardła, uraz błony śluzowej, niewielkie krwawienie z fałdu głosowego, podrażnienie skóry.",
    spec=[["Kanały rejestracji", "4"], ["Prąd stymulacji", "0,1 – 3,0 mA"], ["Alarm LOS", "amplituda < 50 % wartości wyjściowej lub < 100 µV"]]), lines=False)

CEAR = cear(d, dict(
    docno="PCM/CEAR/2025/077", date="20.03.2025",
    type="Initial certification, Annex IX Chapter I and Section 4",
    docs="CEP UN-CEP-J5 Rev.2; CER UN-CER-J5 Rev.3; PMCF plan UN-PMCF-J5 Ver.1; IFU EN/DA/PL Rev.5",
    purpose=PURPOSE,
    reviewers="Clinical reviewer: dr n. med. Jolanta Mazur (otorhinolaryngology, endocrine surgery); technical reviewer: inż. Rafał Krawczyk.",
    device=["IONM system with console, tube electrode, probe and APS electrode. Use in operating room during surgery."],
    literature="Literature on intermittent IONM is relevant. Acceptable.",
    ci="UN-J5-01 with 214 patients supports NPV of LOS. Acceptable.",
    pmcf="PMCF is survey of users. In the scope of class IIa and well-known technology it is considered sufficient.",
    ifu="IFU reviewed; no remarks.",
    conclusion="Clinical evidence sufficient. Benefit-risk positive.",
    cecp="Not applicable (class IIa).",
    signer="dr n. med. Jolanta Mazur"))

DOCS = {
    "UN-CEP-J5_Rev2.docx": dict(role="CEP", language="en", blocks=CEP, footer="UN-CEP-J5 Rev.2"),
    "UN-CER-J5_Rev3.pdf": dict(role="CER", language="en", blocks=CER, header="Umeda Neuromonitor Co., Ltd.", footer="UN-CER-J5 Rev.3"),
    "UN-PMCF-J5_V1.md": dict(role="PMCF-plan", language="en", blocks=PMCF),
    "IFU_NIM-J5_EN_R5.docx": dict(role="IFU", language="en", blocks=IFU_EN, footer="IFU-NIMJ5-EN"),
    "IFU_NIM-J5_DA_R5.pdf": dict(role="IFU", language="da", blocks=IFU_DA, footer="IFU-NIMJ5-DA"),
    "IFU_NIM-J5_PL_R5.pdf": dict(role="IFU", language="pl", blocks=IFU_PL, footer="IFU-NIMJ5-PL"),
    "PolCert-CEAR-2025-077.docx": dict(role="CEAR", language="en", blocks=CEAR, footer="PolCert Medical – CEAR 2025/077"),
}

LABELS = [
    dict(defect="icu_postoperative_monitoring_not_in_cer", category="care-setting",
         documents=["IFU_NIM-J5_EN_R5.docx", "UN-CER-J5_Rev3.pdf"],
         quotes=["also the intensive care unit for continuous post-operative monitoring of the vocal cord function up to 72 hours",
                 "the system is used exclusively in the operating room during surgery"],
         description="The IFUs (EN, DA, PL) extend use to 72-hour post-operative monitoring in the ICU; the CER and CEAR limit use to the operating room during surgery.",
         accept=["intended-use"]),
    dict(defect="claim_eliminates_permanent_rln_palsy", category="claim",
         documents=["IFU_NIM-J5_EN_R5.docx", "UN-CER-J5_Rev3.pdf"],
         quotes=["completely eliminates the risk of permanent recurrent laryngeal nerve palsy",
                 "Meta-analyses found no significant reduction of permanent recurrent laryngeal nerve palsy with IONM"],
         description="The IFU claims IONM completely eliminates permanent RLN palsy; the CER's state of the art shows no significant reduction and the own study had 0.5 % permanent palsy.",
         accept=["evidence"]),
    dict(defect="pmcf_satisfaction_survey_defined_later", category="pmcf",
         documents=["UN-PMCF-J5_V1.md"],
         quotes=["Will be defined later according to the result of the first survey",
                 "To collect the satisfaction of the users with the system"],
         description="The PMCF plan is only a surgeon satisfaction survey with no link to residual risks (false-negative signal), no sample size and no timeline; the CEAR accepts it.",
         accept=["template"]),
    dict(defect="figure_2_numbers_contradict_text", category="documentation",
         documents=["UN-CER-J5_Rev3.pdf"],
         quotes=["As shown in Figure 2, LOS was correctly predicted in 46 of 52 cases",
                 "true positive 41, false positive 17, total 58"],
         description="The text and Figure 2 of the CER give different LOS counts (46/52 versus 41 true positives of 58).",
         accept=["evidence"]),
    dict(defect="continuous_aps_mode_not_evaluated", category="intended-use",
         documents=["IFU_NIM-J5_EN_R5.docx", "UN-CER-J5_Rev3.pdf"],
         quotes=["the APS electrode is placed around the vagus nerve and stimulates it every 1 second",
                 "the APS electrode was not used in the study"],
         description="The IFU describes a continuous vagal-stimulation mode with an electrode placed around the vagus nerve; the CER's clinical data cover intermittent monitoring only and the CEP/CER do not address this mode.",
         accept=["evidence"]),
]
