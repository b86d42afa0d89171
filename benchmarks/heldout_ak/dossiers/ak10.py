"""ak10 – totally implantable port for intraperitoneal (IP) chemotherapy. Class III (Rule 8, implantable,
administers medicinal products): CECP required. Planted: CEAR invokes Art. 54(2)(b) exemption from an IV
port (scope); 2 L in 30 min vs 20 mL/min max flow (plausibility); 30-day follow-up vs six-cycle patency
claim (evidence); Latvian IFU adds intravenous chemotherapy (language); CEAR cites a non-existent CER
version (documentation)."""
import common as C

NAME = "PeriPort IP implantable intraperitoneal port"
D = dict(
    dossier="ak10_ipchemoport",
    device="PeriPort IP – totally implantable titanium port with fenestrated silicone catheter for intraperitoneal chemotherapy",
    cls_label="III", cls="III", rule="Annex VIII, Rule 8, fifth indent (implantable, intended to administer medicinal products)",
    company="Oncoflux B.V.", addr="Yalelaan 62, 3584 CM Utrecht, the Netherlands", srn="NL-MF-000080455",
    name=NAME, model="PP-IP 9.6 F", udi="87194700PPIP96OFX5",
    abbr_sentence=("The device is intended for repeated intraperitoneal (IP) administration of chemotherapy in "
                   "patients with peritoneal metastases (PM) of ovarian or gastric origin; IP chemotherapy is to "
                   "be distinguished from hyperthermic intraperitoneal chemotherapy (HIPEC), which is "
                   "administered intraoperatively and is outside the intended purpose."),
    cecp_text=("The device is a class III implantable device intended to administer medicinal products; hence "
               "Article 54(1)(a) MDR applies and the clinical evaluation consultation procedure (CECP) is "
               "required. The exemption of Article 54(2)(b) cannot be claimed, since the manufacturer's "
               "intravenous port VenaPort has a different intended purpose."),
    purpose=("The PeriPort IP is intended for repeated access to the peritoneal cavity for the normothermic "
             "administration of chemotherapy solutions and for the drainage of ascites in patients with PM."),
    population="adult patients (≥18 years) with PM of ovarian, tubal, primary peritoneal or gastric origin who are scheduled for at least 3 cycles of normothermic IP chemotherapy.",
    indications=["Normothermic IP chemotherapy (e.g. cisplatin, paclitaxel) in PM of ovarian, tubal or primary peritoneal cancer",
                 "Normothermic IP chemotherapy in PM of gastric cancer (e.g. paclitaxel)",
                 "Drainage of malignant ascites"],
    contraindications=["Extensive intra-abdominal adhesions preventing free distribution of the infusate",
                       "Active peritonitis or abdominal wall infection", "Bowel obstruction",
                       "Known allergy to titanium or silicone"],
    users="surgical oncologists and gynaecological oncologists for implantation; oncology nurses for access and infusion in the hospital day unit.",
    description=[
        "The port consists of a titanium chamber (height 12.5 mm, base 32 mm) with a self-sealing silicone "
        "septum, connected to a 9.6 F (3.2 mm) fenestrated silicone catheter of 40 cm with a bevelled tip; the "
        "port is placed in a subcutaneous pocket over the lower costal margin and the catheter enters the "
        "peritoneal cavity laparoscopically or during cytoreductive surgery.",
        "The septum is accessed percutaneously with non-coring (Huber) needles of 19 G or 20 G; the chamber "
        "design limits the flow to avoid septum dislodgement."],
    spec_caption="Table 1. Technical characteristics",
    specs=[["Catheter", "9.6 F (3.2 mm) silicone, 40 cm, 16 side holes"],
           ["Maximum flow rate", "20 mL/min (1.2 L/h) with a 19 G Huber needle"],
           ["Maximum pressure", "25 psi (1.7 bar); not power-injectable"],
           ["Septum", "2 000 punctures with 20 G Huber needle"],
           ["MR status", "MR Conditional, 3 T"]],
    spec_notes=["a Flow measured with saline at 22 °C and a 1 m gravity head; viscous solutions flow more slowly."],
    sota=[
        "IP chemotherapy after cytoreductive surgery improved overall survival in optimally debulked stage III "
        "ovarian cancer in randomised trials, albeit with catheter-related complications leading to early "
        "discontinuation in up to 34% of patients [1, 2]; for PM of gastric cancer, IP paclitaxel is "
        "investigated in phase II-III trials [3].",
        "Catheter-related complications reported with IP ports comprise infection (5% to 10%), catheter "
        "obstruction (5% to 15%), bowel perforation (≤ 2%) and port dislocation; the rate of completion of "
        "6 IP cycles serves as benchmark (58% to 83%) [1, 4]."],
    search_date="6 February 2025", search_n=(611, 455, 11),
    lit=[["[1]", "RCT", "415", "Ovarian cancer stage III", "6 cycles", "Completion of 6 IP cycles 42%"],
         ["[4]", "Retrospective", "301", "Ovarian cancer, IP ports", "6 cycles", "Catheter complications 21%"],
         ["OF-01", "Prospective, own device", "46", "PM ovarian (n = 31), gastric (n = 15)", "30 d", "Successful first access 100%"]],
    lit_notes=["d, days. OF-01 was performed with the device in 2 Dutch centres."],
    clin=["The prospective study OF-01 included 46 adults (mean age 58 ± 10 years). Port function was assessed at "
          "30 days after implantation; the first IP cycle was administered successfully in all patients, one "
          "pocket infection (2.2%) and one catheter obstruction (2.2%) being observed within 30 days."],
    equiv=("No equivalence is claimed. The VenaPort intravenous port of the same manufacturer shares the titanium "
           "chamber and the septum; its bench and biocompatibility data are used for the chamber only."),
    safety=[["Pocket or catheter infection", "1 of 46 (2.2%)", "5% to 10% [4]"],
            ["Catheter obstruction", "1 of 46 (2.2%)", "5% to 15% [4]"],
            ["Bowel perforation", "0 of 46", "≤ 2% [1]"]],
    risks=["infection", "catheter obstruction", "bowel perforation", "port dislocation", "extravasation of chemotherapy into the subcutaneous tissue"],
    performance=["The clinical benefit is the reliable repeated IP administration enabling completion of the planned "
                 "cycles. The port remains patent and functional throughout the full course of six cycles of IP "
                 "chemotherapy, as demonstrated in study OF-01."],
    br="The benefit-risk ratio is favourable.",
    conclusion="Conformity with GSPR 1 and 8 is demonstrated for the intended purpose.",
    pmcf_summary="A prospective registry (OF-PMCF-010, n = 150, 12 months) is planned.",
    cer_authors="Prof. dr. E. Koster (surgical oncologist, PhD), dr. R. Visser (PhD, pharmacology), M. Mulder (MSc, regulatory affairs)",
    cep_ref="OF-CEP-010 v1.0",
    benefits=[["Completion of IP therapy", "Proportion completing ≥ 6 cycles without port failure", "≥ 70%"],
              ["Safety", "Port-related complications requiring removal", "≤ 10%"]],
    devplan="OF-01 (completed) and PMCF registry with 12-month follow-up.",
    pico=("adults with PM", "implantable IP port", "other IP ports, repeated paracentesis", "completion of cycles, complications"),
    br_criteria="All acceptance criteria of Table 1.",
    refs=["[1] Armstrong DK et al. N Engl J Med 2006;354:34-43.", "[2] Walker JL et al. J Clin Oncol 2006;24:988-94.",
          "[3] Ishigami H et al. J Clin Oncol 2018;36:1922-9.", "[4] Literature database OF-LIT-2025."],
    pmcf=dict(
        rationale="The follow-up of OF-01 does not cover a complete course of IP chemotherapy.",
        objectives=["To determine the proportion of patients completing ≥ 6 cycles without port failure", "To estimate infection, obstruction and perforation rates at 12 months"],
        design="Prospective multicentre registry in 6 centres in the Netherlands, Belgium and France.",
        population="adults with PM of ovarian, tubal, peritoneal or gastric origin implanted with the device.",
        n="150 patients; an expected completion rate of 75% gives a 95% CI half-width of ±6.9%.",
        endpoints=["Completion of ≥ 6 cycles", "Port-related complications at 12 months"],
        general=["Complaint trending", "Literature update"],
        timeline=[["Start", "Q3 2025"], ["Final report", "Q1 2028"]],
        link="Both objectives address residual risks of CER Section 7."),
)
EN_WARN = ["Use only non-coring (Huber) needles; do not use standard hypodermic needles.",
           "Infuse the chemotherapy solution (typically 2 L, warmed to 37 °C) within 30 minutes to ensure distribution throughout the peritoneal cavity.",
           "Check the needle position by aspiration of peritoneal fluid or free flow of saline before chemotherapy."]
D["ifu"] = {
    "en": dict(name=NAME, title_line="Sterile. Single use. Rx only. Patient implant card enclosed.", purpose=D["purpose"],
               population="Adults with peritoneal metastases of ovarian, tubal, primary peritoneal or gastric cancer scheduled for IP chemotherapy.",
               indications=["Normothermic IP chemotherapy in PM of ovarian, tubal, primary peritoneal or gastric cancer", "Drainage of malignant ascites"],
               contraindications=D["contraindications"],
               users="Implantation by surgical or gynaecological oncologists; access by trained oncology nurses in the hospital day unit.",
               warnings=EN_WARN,
               specs=[["Catheter", "9.6 F, 40 cm"], ["Maximum flow rate", "20 mL/min"], ["Maximum pressure", "25 psi, not power-injectable"],
                      ["Huber needle", "19 G or 20 G"]],
               side="Infection, catheter obstruction, bowel perforation, port dislocation, abdominal pain."),
    "lv": dict(name=NAME, title_line="Sterils. Vienreizējai lietošanai.",
               purpose=("PeriPort IP ir paredzēts atkārtotai piekļuvei vēderplēves dobumam normotermiskas ķīmijterapijas šķīdumu ievadīšanai "
                        "un ascīta drenāžai pacientiem ar peritoneālām metastāzēm, kā arī intravenozai ķīmijterapijai, ja perifērā venozā piekļuve nav iespējama."),
               population="Pieauguši pacienti ar olnīcu, olvadu, primāra peritoneāla vai kuņģa vēža peritoneālām metastāzēm.",
               indications=["Normotermiska intraperitoneāla ķīmijterapija", "Ļaundabīga ascīta drenāža",
                            "Intravenoza ķīmijterapija pacientiem ar sliktu perifēro venozo piekļuvi"],
               contraindications=["Plašas intraabdominālas saaugumi", "Aktīvs peritonīts vai vēdera sienas infekcija", "Zarnu nosprostojums", "Alerģija pret titānu vai silikonu"],
               users="Implantē ķirurgi onkologi; piekļuvi nodrošina apmācītas onkoloģijas māsas.",
               warnings=["Izmantojiet tikai Hūbera adatas.", "Pirms ķīmijterapijas pārbaudiet adatas stāvokli."],
               specs=[["Katetrs", "9,6 F, 40 cm"], ["Maksimālā plūsma", "20 ml/min"], ["Maksimālais spiediens", "25 psi"]], lines=False),
    "fr": dict(name=NAME, title_line="Stérile. Usage unique.",
               purpose=("Le PeriPort IP est destiné à l'accès répété à la cavité péritonéale pour l'administration normothermique de "
                        "chimiothérapie et le drainage de l'ascite chez les patients atteints de métastases péritonéales."),
               population="Patients adultes atteints de métastases péritonéales d'origine ovarienne, tubaire, péritonéale primitive ou gastrique.",
               indications=["Chimiothérapie IP normothermique", "Drainage de l'ascite maligne"],
               contraindications=["Adhérences intra-abdominales étendues", "Péritonite active ou infection de la paroi abdominale",
                                  "Occlusion intestinale", "Allergie au titane ou au silicone"],
               users="Implantation par des chirurgiens oncologues ; accès par des infirmiers d'oncologie formés.",
               warnings=["Utiliser uniquement des aiguilles de Huber.", "Perfuser la solution de chimiothérapie (2 L) en 30 minutes."],
               specs=[["Cathéter", "9,6 F, 40 cm"], ["Débit maximal", "20 ml/min"], ["Pression maximale", "25 psi"]]),
    "de": dict(name=NAME, title_line="Steril. Einmalgebrauch.",
               purpose=("Der PeriPort IP dient dem wiederholten Zugang zur Peritonealhöhle für die normotherme Gabe von Chemotherapie "
                        "und die Aszitesdrainage bei Patienten mit Peritonealmetastasen."),
               population="Erwachsene mit Peritonealmetastasen eines Ovarial-, Tuben-, primären Peritoneal- oder Magenkarzinoms.",
               indications=["Normotherme IP-Chemotherapie", "Drainage von malignem Aszites"],
               contraindications=["Ausgedehnte intraabdominelle Adhäsionen", "Aktive Peritonitis oder Bauchwandinfektion", "Darmverschluss", "Allergie gegen Titan oder Silikon"],
               users="Implantation durch chirurgische Onkologen; Anstechen durch geschulte Onkologie-Pflegekräfte.",
               warnings=["Nur Huber-Nadeln verwenden.", "Die Chemotherapielösung (2 l) innerhalb von 30 Minuten infundieren."],
               specs=[["Katheter", "9,6 F, 40 cm"], ["Maximale Flussrate", "20 ml/min"], ["Maximaler Druck", "25 psi"]]),
}
D["sscp"] = dict(
    purpose="A port placed under the skin with a tube into the abdominal cavity, for repeated chemotherapy into the abdomen and drainage of fluid.",
    population="Adults with peritoneal metastases of ovarian, tubal, primary peritoneal or gastric cancer who will receive at least 3 cycles of chemotherapy into the abdomen.",
    contra="Extensive adhesions, active peritonitis or abdominal wall infection, bowel obstruction, allergy to titanium or silicone.",
    description="Titanium port with silicone septum and a 40 cm silicone catheter of 9.6 F with side holes.",
    risks="Infection, blockage of the catheter, bowel perforation, dislocation of the port, leakage of chemotherapy under the skin.",
    clinical="46 patients were followed for 30 days; a registry of 150 patients with 12 months follow-up is planned.",
    alternatives="Repeated paracentesis, temporary intraperitoneal catheters, intravenous chemotherapy.",
    users="Surgical oncologists; oncology nurses.")
D["cear"] = dict(
    docs="OF-CEP-010 v1.0; OF-CER-010 v3.1; OF-PMCF-010 v1.0; IFU PeriPort IP (EN, LV, FR, DE) rev. 1; SSCP-PPIP rev. 0.",
    reviewers="Dr. Andreas Christodoulou, MD, surgical oncologist (clinical reviewer); Ms. Chrysoula Anagnostou, MSc, biomedical engineer.",
    description=("The under evaluation device is a titanium implantable port with a 9.6 F fenestrated silicone catheter for the "
                 "repeated normothermic intraperitoneal administration of chemotherapy and the drainage of ascites."),
    purpose=D["purpose"],
    cecp=("Not applicable. The under evaluation device has been designed by modification of the VenaPort port of the same "
          "Manufacturer, already marketed, and the exemption of Article 54(2)(b) MDR is accepted by the Notified Body, the "
          "modifications not affecting adversely the benefit-risk ratio."),
    sota="The SOTA with the randomised IP chemotherapy trials is considered adequate.",
    lit="The literature search is adequate.",
    ci="The prospective study OF-01 (n = 46) was assessed.",
    br="The benefit-risk ratio is acceptable. The PMCF plan is adequate.",
    findings=[("Extravasation", "It is requested from the Manufacturer to add a warning about extravasation of chemotherapy. Closed.")],
    conclusion="The clinical evidence is sufficient; since the exemption applies, the certification procedure may proceed without consultation of the expert panel.",
)

DOCS = [
    ("OF-CEP-010_v1.0.pdf", "CEP", "en", lambda d: C.cep(d, "OF-CEP-010", "1.0", "2024-11-25")),
    ("OF-CER-010_PeriPort_v2.0.docx", "CER", "en", lambda d: C.cer(d, "OF-CER-010", "2.0", "2025-03-27")),
    ("OF-PMCF-010_v1.0.pdf", "PMCF-plan", "en", lambda d: C.pmcf(d, "OF-PMCF-010", "1.0", "2025-03-27")),
    ("IFU_PeriPort_EN_r1.docx", "IFU", "en", lambda d: C.ifu(d, "en", "IFU PeriPort IP EN r1")),
    ("IFU_PeriPort_LV_r1.pdf", "IFU", "lv", lambda d: C.ifu(d, "lv", "IFU PeriPort IP LV r1")),
    ("IFU_PeriPort_FR_r1.docx", "IFU", "fr", lambda d: C.ifu(d, "fr", "IFU PeriPort IP FR r1")),
    ("IFU_PeriPort_DE_r1.pdf", "IFU", "de", lambda d: C.ifu(d, "de", "IFU PeriPort IP DE r1")),
    ("SSCP-PPIP_rev0.md", "SSCP", "en", lambda d: C.sscp(d, "SSCP-PPIP", "0")),
    ("HIMDC_CEAR_2025-251.docx", "CEAR", "en", lambda d: C.cear(d, "CEAR 2025-251", "2025-07-22")),
]

LABELS = [
    dict(defect="cear_accepts_invalid_54_2_b_exemption", category="scope",
         documents=["HIMDC_CEAR_2025-251.docx", "OF-CER-010_PeriPort_v2.0.docx"],
         quotes=["the exemption of Article 54(2)(b) MDR is accepted by the Notified Body",
                 "since the manufacturer's intravenous port VenaPort has a different intended purpose"],
         description="The IP port is a new class III implantable device with an intended purpose (intraperitoneal) different from "
                     "the IV VenaPort; Art. 54(2)(b) requires the same intended purpose, so the CECP is required, as the CER says.",
         accept=[]),
    dict(defect="two_litres_in_30_min_exceeds_20ml_min", category="plausibility",
         documents=["IFU_PeriPort_EN_r1.docx", "OF-CER-010_PeriPort_v2.0.docx"],
         quotes=["Infuse the chemotherapy solution (typically 2 L, warmed to 37 °C) within 30 minutes",
                 "20 mL/min (1.2 L/h) with a 19 G Huber needle"],
         description="Infusing 2 L in 30 min needs about 67 mL/min, more than three times the port's maximum flow rate of "
                     "20 mL/min; the instruction (also in the French and German IFUs) cannot be followed with the device.",
         accept=["specification", "safety-instruction"]),
    dict(defect="thirty_day_follow_up_for_six_cycle_claim", category="evidence",
         documents=["OF-CER-010_PeriPort_v2.0.docx"],
         quotes=["Port function was assessed at 30 days after implantation",
                 "The port remains patent and functional throughout the full course of six cycles of IP chemotherapy"],
         description="Six cycles take about 18 weeks; a 30-day follow-up covering only the first cycle cannot demonstrate patency "
                     "over the full course, and the benchmark of concern (early discontinuation) is not addressed.",
         accept=["claim"]),
    dict(defect="latvian_ifu_adds_intravenous_route", category="language",
         documents=["IFU_PeriPort_LV_r1.pdf", "IFU_PeriPort_EN_r1.docx"],
         quotes=["Intravenoza ķīmijterapija pacientiem ar sliktu perifēro venozo piekļuvi",
                 "Normothermic IP chemotherapy in PM of ovarian, tubal, primary peritoneal or gastric cancer"],
         description="The Latvian IFU adds intravenous chemotherapy as a use (and in the intended purpose), a route absent from "
                     "all other documents and physically impossible with an intraperitoneal catheter.",
         accept=["intended-use"]),
    dict(defect="cear_cites_nonexistent_cer_version", category="documentation",
         documents=["HIMDC_CEAR_2025-251.docx", "OF-CER-010_PeriPort_v2.0.docx"],
         quotes=["OF-CEP-010 v1.0; OF-CER-010 v3.1", "OF-CER-010, version 2.0, 2025-03-27"],
         description="The CEAR lists the assessed CER as OF-CER-010 v3.1, whereas the dossier's CER is version 2.0.",
         accept=[]),
]
