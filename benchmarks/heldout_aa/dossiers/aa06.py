"""aa06 - intraoperative autologous blood salvage system (IIb, active, no CECP)."""
TRADE = "RecuperaCell 3"
S = dict(
    id="aa06_cell_saver", trade=TRADE, desc="intraoperative autologous blood salvage (cell saver) system",
    maker="Emosistemi S.p.A.", maker_addr="Via Emilia Ovest 1020, 43126 Parma (PR), Italy", udi="80533310RECUPCELL3",
    cls="IIb", rule="Annex VIII, Rule 3 (device modifying the composition of blood for reinfusion)", cecp=False,
    nb="NB 2797 Certivia SA (Brussels)",
    scope_txt="RecuperaCell 3 is a class IIb active device which collects, washes and returns the autologous blood of the patient; autologous "
              "blood is not a medicinal product, therefore the device is not intended to administer or remove a medicinal product and it results "
              "outside the scope of Article 54(1)(b); no SSCP is foreseen, the device being neither implantable nor class III.",
    cear_cecp="Not applicable - class IIb active, does not administer or remove a medicinal product",
    code_cep="ES-CEP-RC3", rev_cep="03", date_cep="21/03/2024", code_cer="ES-CER-RC3", rev_cer="04", date_cer="09/10/2024",
    code_pmcf="ES-PMCF-RC3", rev_pmcf="02", date_pmcf="09/10/2024", code_ifu="ES-IFU-RC3", rev_ifu="07", code_cear="CV-CEAR-24-0977",
    date_cear="16/12/2024", assessor="Dr. Olivier Deprez", assessor2="Dr. Ingrid Maes",
    evaluators="Dr. Roberto Sala (anaesthesiologist and transfusion medicine) and Ing. Valentina Corti (biomedical engineer)",
    models=[["RC3-UNIT", "Control unit with centrifuge and touch screen", "reusable"], ["RC3-B125", "Processing set with 125 mL bowl", "single use"],
            ["RC3-B225", "Processing set with 225 mL bowl", "single use"], ["RC3-RES", "Collection reservoir 3 L with 40 µm filter", "single use"]],
    tech=[["Bowl volumes", "125 mL and 225 mL", "125 mL for patients below 40 kg"], ["Centrifuge speed", "5.600 rpm", "fixed"],
          ["Haematocrit of the washed red cells", "55-65 %", "with wash volume ≥ 1.000 mL"], ["Heparin removal", "≥ 95 %", "at wash volume 1.000 mL"],
          ["Minimum processing volume", "about 250 mL of salvaged blood", "partial bowl function"], ["Power supply", "230 V, 50 Hz", "battery 30 minutes"]],
    descr="RecuperaCell 3 is a cell saver made of a control unit with centrifuge and of single-use processing sets; the blood aspirated from the surgical "
          "field is anticoagulated, filtered in the reservoir, concentrated and washed with saline in the centrifuge bowl, and the washed red cells "
          "are collected in a reinfusion bag for return to the patient.",
    ip="RecuperaCell 3 is intended for the collection, washing and concentration of the autologous blood lost during surgery or in the immediate "
       "post-operative period, for its reinfusion to the same patient.",
    pop="Adult and paediatric patients of 10 kg or more undergoing surgery with an expected blood loss of at least 500 mL (adults) or 10 % of the blood volume (children).",
    ind=["Cardiac and vascular surgery", "Orthopaedic surgery (e.g. hip and knee revision, spinal surgery)", "Liver transplantation and major trauma surgery",
         "Patients refusing allogeneic transfusion (e.g. Jehovah's Witnesses)"],
    contra=["Malignant cells in the operative field", "Contamination of the surgical field with bacteria, bowel content or amniotic fluid",
            "Use of topical haemostatic agents, antibiotics not intended for parenteral use or hypotonic solutions in the field", "Sickle cell pathology"],
    users="Perfusionists, anaesthesiologists and trained operators, in the operating theatre and in the post-anaesthesia care unit of the hospital only.",
    benefits=[["1", "Reduction of allogeneic transfusion", "Units of allogeneic red cells per patient within 48 h", "primary"],
              ["2", "Quality of the salvaged red cells", "Haematocrit and heparin/free haemoglobin removal", "performance"],
              ["3", "Reduction of exposure to donors", "Proportion of patients transfused", "secondary"]],
    accept_txt="The benefit-risk is acceptable when the washing performance meets the values of the state of the art (haematocrit ≥ 50 %, heparin removal ≥ 90 %) and the reduction of allogeneic transfusion is comparable to the published meta-analyses.",
    accept_tab=[["Haematocrit of the washed red cells", "≥ 50 %", "SOTA 50-70 %"], ["Heparin removal", "≥ 90 %", ""],
                ["Reduction of patients exposed to allogeneic transfusion", "relative reduction ≥ 30 %", "Cochrane 2010: 38 %"]],
    sota_plan="The state of the art comprises patient blood management measures (i.e. pre-operative anaemia correction, tranexamic acid) and the cell savers on the market.",
    cdp="Clinical data derive from the literature on RecuperaCell 3 and its predecessor RecuperaCell 2, from bench data and from the PMS data.",
    sota="Cell salvage reduces the exposure to allogeneic red cells by about 38 % in the Cochrane meta-analysis, with the largest effect in cardiac and "
         "orthopaedic surgery; the NICE and the European guidelines on patient blood management recommend its use when a large blood loss is expected.",
    sota2="The use in oncological surgery is debated: the leucocyte depletion filters may reduce the risk of reinfusing tumour cells, but the "
          "device is not validated for this use and the presence of malignant cells remains a contraindication of the system.",
    lit="The literature search (07/06/2024) retrieved 402 records; 24 were retained, 7 concerning RecuperaCell 2 or 3.",
    studies=[["1", "Galli et al. 2022", "prospective, single centre, cardiac", "148", "48 h", "allogeneic transfusion 22 % vs 41 % (historical)"],
             ["2", "Weber et al. 2023", "retrospective, orthopaedic", "212", "48 h", "transfusion 9,4 % vs 17,0 %"],
             ["3", "Kessler et al. 2023", "prospective, paediatric cardiac surgery", "52 (10-38 kg)", "48 h", "transfusion 31 % vs 58 % (historical)"],
             ["4", "ES-PV-09 (2021)", "performance study", "40", "procedure", "Hct 60,2 %; heparin removal 97,1 %"]],
    clin=["In the cardiac cohort of Galli et al. the proportion of patients receiving allogeneic red cells within 48 hours was 22 % versus 41 % in the "
          "historical control; in the orthopaedic cohort of Weber et al. it was 9,4 % versus 17,0 %. On the basis of these results, the use of "
          "RecuperaCell 3 eliminates completely the need for allogeneic transfusion in cardiac and orthopaedic surgery.",
          "In children of 10-38 kg (Kessler et al.) the 125 mL bowl reduced the proportion of transfused patients from 58 % to 31 %. The performance study ES-PV-09 confirmed a haematocrit of 60,2 % and a heparin removal of 97,1 % with the 225 mL bowl."],
    perf=[["Haematocrit of the washed red cells", "60,2 %", "criterion met"], ["Heparin removal", "97,1 %", "criterion met"],
          ["Relative reduction of transfused patients", "45-47 %", "criterion met"], ["Allogeneic red cell units per patient within 48 h", "0,6 vs 1,4 (cardiac); 0,2 vs 0,4 (orthopaedic)", "Galli, Weber"]],
    safety=["No serious adverse device effect was reported in the cohorts; PMS data (about 38.000 procedures) include 11 complaints of bowl leakage and 2 "
            "cases of haemolysis with free haemoglobin above the limit, without clinical consequences."],
    risks=["Reinfusion of residual heparin", "Haemolysis and reinfusion of free haemoglobin", "Air embolism during reinfusion", "Coagulopathy after massive reinfusion",
           "Bacterial contamination"],
    br="The benefit-risk of RecuperaCell 3 results favourable for the intended purpose in the listed surgical indications.",
    pmcf_sum="The PMCF foresees a prospective registry of 400 patients dedicated to the transfusion outcome and to the quality of the washed red cells.",
    concl="The clinical evidence is considered sufficient for the intended purpose and the indications.",
    pm_obj=["To confirm the reduction of allogeneic transfusion in cardiac and orthopaedic surgery", "To monitor haemolysis and residual heparin in paediatric patients below 40 kg"],
    pm_design="Prospective, multicentre registry in 8 hospitals in Italy, Germany and Spain.",
    pm_pop="Adult and paediatric patients of 10 kg or more, including pre-hospital trauma care in ambulances and outpatient day-surgery clinics where the system is used.",
    pm_n="400 patients (at least 60 below 40 kg) allow to estimate the proportion of transfused patients with a precision of ± 4,9 % (95 % CI).",
    pm_end=[["1", "Allogeneic red cells", "units per patient", "48 h"], ["2", "Free haemoglobin in the reinfused blood", "g/L", "each procedure"],
            ["3", "Adverse events", "any", "48 h"]],
    pm_time=[["First patient in", "01/2025", ""], ["Final report", "06/2026", ""]],
    warn=["Do not reinfuse unwashed blood", "Do not use pressure infusion for the reinfusion bag (risk of air embolism)", "Use the 125 mL bowl for patients below 40 kg"],
    steps=["Install the reservoir and prime the aspiration line with heparinised saline", "Start the collection with a vacuum of maximum -150 mmHg",
           "Start the processing when about 250 mL are collected", "Reinfuse the washed red cells within 6 hours of the start of collection"],
    cear_ip="RecuperaCell 3 is intended for intraoperative and post-operative autologous blood salvage in adults and children of 10 kg or more, in the hospital operating theatre and PACU.",
    obs=[("minor", "PMS data", "The assessor notes that the complaint data are sufficient.", "None."),
         ("minor", "paediatric data", "Data below 40 kg are limited.", "To be followed in the PMCF.")],
    cear_concl="The clinical evidence is considered sufficient; the device is outside the scope of Art. 54.",
)
S["over"] = {"cer": {"ind": S["ind"][:3] + ["Oncological surgery (e.g. radical prostatectomy, hepatic resection for tumour) with the use of a leucocyte depletion filter", S["ind"][3]]}}
S["lang"] = {
    "de": dict(
        ip="RecuperaCell 3 ist für das Sammeln, Waschen und Konzentrieren des während der Operation oder in der unmittelbaren postoperativen Phase verlorenen Eigenblutes zur Retransfusion an denselben Patienten bestimmt.",
        pop="Erwachsene und pädiatrische Patienten ab 10 kg mit einem erwarteten Blutverlust von mindestens 500 mL (Erwachsene) bzw. 10 % des Blutvolumens (Kinder).",
        ind=["Herz- und Gefäßchirurgie", "Orthopädische Chirurgie", "Lebertransplantation und große Traumachirurgie", "Patienten, die Fremdbluttransfusionen ablehnen"],
        contra=["Maligne Zellen im Operationsgebiet", "Kontamination des Operationsgebietes mit Bakterien, Darminhalt oder Fruchtwasser", "Topische Hämostyptika im Operationsgebiet", "Sichelzellerkrankung"],
        users="Kardiotechniker, Anästhesisten und geschulte Anwender, ausschließlich im Operationssaal und im Aufwachraum des Krankenhauses.",
        warn=["Kein ungewaschenes Blut retransfundieren", "Keine Druckinfusion des Retransfusionsbeutels", "Für Patienten unter 40 kg die 125 mL Glocke verwenden"],
        tech=[["Glockenvolumen", "125 mL und 225 mL", ""], ["Zentrifugendrehzahl", "5.600 U/min", ""], ["Hämatokrit", "55-65 %", ""], ["Heparinelimination", "≥ 95 %", ""]],
        steps=["Reservoir installieren und Sauger mit heparinisierter Kochsalzlösung füllen", "Sog maximal -150 mmHg", "Retransfusion innerhalb von 6 Stunden"]),
    "es": dict(
        ip="RecuperaCell 3 está destinado a la recogida, lavado y concentración de la sangre autóloga perdida durante la cirugía o en el postoperatorio inmediato, para su reinfusión al mismo paciente.",
        pop="Pacientes adultos y pediátricos de 10 kg o más con una pérdida sanguínea prevista de al menos 500 mL (adultos) o del 10 % de la volemia (niños).",
        ind=["Cirugía cardíaca y vascular", "Cirugía ortopédica", "Trasplante hepático y cirugía de trauma mayor", "Pacientes que rechazan la transfusión alogénica"],
        contra=["Células malignas en el campo operatorio", "Contaminación del campo con bacterias, contenido intestinal o líquido amniótico", "Hemostáticos tópicos en el campo", "Drepanocitosis"],
        users="Perfusionistas, anestesiólogos y operadores formados, solo en el quirófano y en la unidad de recuperación postanestésica del hospital.",
        warn=["No reinfundir sangre no lavada", "No utilizar infusión a presión para la bolsa de reinfusión", "Utilizar la campana de 125 mL en pacientes de menos de 40 kg"],
        tech=[["Volumen de campana", "125 mL y 225 mL", ""], ["Velocidad de centrífuga", "5.600 rpm", ""], ["Hematocrito", "55-65 %", ""], ["Eliminación de heparina", "≥ 95 %", ""]],
        steps=["Instalar el reservorio y cebar la línea de aspiración", "Vacío máximo -150 mmHg", "Reinfundir en las 6 horas siguientes"]),
}
CER, PM, IFU = "ES-CER-RC3_rev04.pdf", "ES-PMCF-RC3_rev02.pdf", "ES-IFU-RC3_EN_rev07.docx"
DOCS = [("cep", "ES-CEP-RC3_rev03.docx", "en"), ("cer", CER, "en"), ("pmcf", PM, "en"), ("ifu", IFU, "en"), ("ifu", "ES-IFU-RC3_DE_rev07.pdf", "de"),
        ("ifu", "ES-IFU-RC3_ES_rev07.docx", "es"), ("cear", "CV-CEAR-24-0977_RecuperaCell3.pdf", "en")]
LABELS = [
    dict(defect="pmcf_prehospital_outpatient_setting", category="care-setting", rule=None, documents=[PM, IFU],
         quotes=["including pre-hospital trauma care in ambulances and outpatient day-surgery clinics where the system is used",
                 "in the operating theatre and in the post-anaesthesia care unit of the hospital only"],
         description="The PMCF population includes ambulances and outpatient day-surgery clinics although the IFU restricts use to the hospital operating theatre and PACU.",
         accept=["pmcf", "intended-use"]),
    dict(defect="oncological_indication_vs_contraindication", category="intended-use", rule=None, documents=[CER, IFU],
         quotes=["Oncological surgery (e.g. radical prostatectomy, hepatic resection for tumour) with the use of a leucocyte depletion filter",
                 "Malignant cells in the operative field"],
         description="The CER lists oncological surgery as an indication while the IFU contraindicates malignant cells in the operative field.",
         accept=["population"]),
    dict(defect="eliminates_allogeneic_transfusion", category="claim", rule=None, documents=[CER],
         quotes=["RecuperaCell 3 eliminates completely the need for allogeneic transfusion in cardiac and orthopaedic surgery"],
         description="An absolute claim of eliminating allogeneic transfusion contradicts the cited data (22 % and 9,4 % still transfused).",
         accept=["plausibility", "evidence"]),
]
