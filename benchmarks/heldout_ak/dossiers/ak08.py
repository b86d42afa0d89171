"""ak08 – hysteroscopic mechanical tissue-removal system. Class IIa: CECP not required. Planted: trade name
differs in the CEAR (device-identity); max. intrauterine pressure 150 vs 100 mmHg (specification); PMCF
placeholders (template); continue after 2 500 mL deficit with furosemide (safety-instruction); IFU adds
retained products of conception (intended-use)."""
import common as C

NAME = "HysteRes TR-5 hysteroscopic tissue-removal system"
D = dict(
    dossier="ak08_hysteroscopictrs",
    device="HysteRes TR-5 – hysteroscopic mechanical tissue-removal system with integrated fluid management",
    cls_label="IIa", cls="IIa", rule="Annex VIII, Rule 6 (handpiece) and Rule 9 (control unit)",
    company="Uterix NV", addr="Sint-Pietersnieuwstraat 33, 9000 Ghent, Belgium", srn="BE-MF-000066102",
    name=NAME, model="TR-5 (handpiece TR-H5, control unit TR-C1, blades TR-B29/TR-B40)", udi="5430003TR5UTX01Q",
    abbr_sentence=("The system is used for hysteroscopic tissue removal (HTR) of endometrial polyps and of "
                   "submucous leiomyomas (fibroids) of FIGO types 0 and 1 (International Federation of "
                   "Gynecology and Obstetrics classification); the intrauterine pressure (IUP) and the fluid "
                   "deficit are referred to as such."),
    cecp_text=("As a class IIa system, the device does not fall under Article 54(1) MDR, and the clinical "
               "evaluation consultation procedure (CECP) is not applicable."),
    purpose=("The HysteRes TR-5 system is intended for the hysteroscopic resection and aspiration of "
             "intrauterine tissue, namely endometrial polyps and submucous fibroids of FIGO types 0 and 1, under "
             "direct vision with saline distension, the IUP and the fluid deficit being monitored continuously."),
    population="non-pregnant adult women (≥18 years) with endometrial polyps or FIGO type 0 or 1 submucous fibroids.",
    indications=["Endometrial polyps", "Submucous fibroids FIGO type 0 and type 1 with a diameter ≤ 3 cm"],
    contraindications=["Pregnancy", "Acute pelvic inflammatory disease", "Known or suspected cervical or endometrial malignancy",
                       "Intramural fibroids (FIGO ≥ 2)"],
    users="gynaecologists trained in operative hysteroscopy, in an operating room or an outpatient hysteroscopy unit.",
    description=[
        "The system consists of a reusable motor-driven handpiece with a rotating-reciprocating inner cannula "
        "inside a windowed outer cannula (single-use blades TR-B29 and TR-B40, outer diameters 2.9 mm and 4.0 "
        "mm), of a control unit which drives the blade at up to 2 500 rpm and which integrates a peristaltic "
        "inflow pump and a vacuum outflow with load cells for the continuous calculation of the fluid deficit.",
        "Tissue is aspirated into the window and cut mechanically without electrosurgical energy, the chips "
        "being collected in a tissue trap for histology; isotonic saline (0.9% NaCl) is the only permitted "
        "distension medium."],
    spec_caption="Table 1. Technical characteristics of the TR-5 system",
    specs=[["Blade outer diameter", "2.9 mm (TR-B29) and 4.0 mm (TR-B40)"],
           ["Blade speed", "up to 2 500 rpm"],
           ["IUP setpoint range", "40 to 100 mmHg (limited to 100 mmHg by software)"],
           ["Fluid deficit alarm", "adjustable 500 to 2 500 mL, default 1 000 mL"],
           ["Vacuum", "up to −600 mmHg"]],
    spec_notes=["rpm, revolutions per minute. a The upper IUP limit is set below the mean arterial pressure in order to limit intravasation."],
    sota=[
        "Endometrial polyps and submucous fibroids are frequent causes of abnormal uterine bleeding (AUB) and "
        "subfertility; hysteroscopic resection is the standard of care, performed either with bipolar "
        "resectoscopes or with mechanical tissue-removal devices [1]. Mechanical devices are associated with "
        "shorter operating times for polyps and a shorter learning curve, at similar complete-removal rates [2].",
        "The principal risks of operative hysteroscopy are fluid overload and hyponatraemia, uterine "
        "perforation and infection; the AAGL guideline sets a maximum deficit of 2 500 mL for isotonic media "
        "in healthy women, at which point the procedure shall be terminated [3]."],
    search_date="15 January 2025", search_n=(802, 618, 12),
    lit=[["[2]", "Meta-analysis", "1 064", "Polyps and fibroids", "—", "Operating time −6.7 min vs resectoscope"],
         ["[4]", "RCT", "121", "Polyps, outpatient", "3 mo", "Complete removal 98% vs 95%"],
         ["UT-01", "Prospective, own device", "148", "Polyps (n = 102), FIGO 0/1 (n = 46)", "3 mo", "Complete removal 96.6% (95% CI 92.3 to 98.9)"]],
    lit_notes=["mo, months. Complete removal assessed by second-look hysteroscopy or ultrasound at 3 months."],
    clin=["The prospective study UT-01 included 148 women aged 24 to 71 years with endometrial polyps (n = 102) or "
          "FIGO type 0/1 fibroids (n = 46, mean diameter 1.9 ± 0.6 cm). Complete removal was achieved in 143 "
          "women (96.6%), with a mean fluid deficit of 312 ± 240 mL; no patient exceeded 1 500 mL. One uterine "
          "perforation with the dilator occurred (0.7%)."],
    equiv="No equivalence is claimed.",
    safety=[["Uterine perforation", "1 of 148 (0.7%)", "0.1% to 1.6% [1]"],
            ["Fluid overload", "0 of 148", "0.2% to 2% [3]"],
            ["Infection", "1 of 148 (0.7%)", "≤ 1% [1]"]],
    risks=["fluid overload and hyponatraemia", "uterine perforation", "infection", "incomplete removal requiring re-intervention"],
    performance=["The clinical benefits are the complete removal of polyps and type 0/1 fibroids with relief of "
                 "AUB and provision of tissue for histology."],
    br="The benefit-risk ratio is favourable.",
    conclusion="Conformity with GSPR 1 and 8 is demonstrated for polyps and FIGO type 0 and 1 fibroids.",
    pmcf_summary="A PMCF registry (UX-PMCF-008) is planned.",
    cer_authors="Prof. dr. L. Desmet (gynaecologist, PhD), dr. J. Verstraete (PhD, biomedical engineering), S. Aerts (MSc, regulatory affairs)",
    cep_ref="UX-CEP-008 v1.0",
    benefits=[["Complete removal", "Complete removal at 3 months", "≥ 90%"],
              ["Relief of AUB", "Pictorial blood assessment chart (PBAC) at 6 months", "≥ 50% reduction in ≥ 75% of women"],
              ["Safety", "Fluid overload, perforation", "≤ 2% each"]],
    devplan="UT-01 (completed) and PMCF registry.",
    pico=("women with polyps or FIGO 0/1 fibroids", "mechanical HTR", "bipolar resectoscope", "complete removal, AUB, complications"),
    br_criteria="All acceptance criteria of Table 1.",
    refs=["[1] Vitale SG et al. Int J Gynaecol Obstet 2021;154:383-97.", "[2] Li C et al. J Minim Invasive Gynecol 2020;27:99-107.",
          "[3] AAGL Practice Report: Management of hysteroscopic distending media. J Minim Invasive Gynecol 2013;20:137-48.",
          "[4] Literature database UX-LIT-2025."],
    pmcf=dict(
        rationale="Long-term recurrence and the relief of AUB are to be confirmed.",
        objectives=["To confirm complete removal in routine use", "To assess AUB relief at 6 months", "[insert further objective]"],
        design="Prospective registry in [insert number of sites] European centres.",
        population="women treated with the device.",
        n="XX patients (sample size calculation to be inserted by Biostatistics).",
        endpoints=["Complete removal", "PBAC at 6 months", "Complications"],
        general=["Complaint trending", "Literature update"],
        timeline=[["Start", "Q[X] 202[X]"], ["Final report", "TBD"]],
        link="See CER Section 7."),
)
D["ov"] = {"CEAR": {"name": "HysteroShave TR-5 hysteroscopic morcellation system"}}
D["ifu"] = {
    "en": dict(name=NAME, title_line="Read all instructions before use. Blades: sterile, single use.", purpose=D["purpose"],
               population="Non-pregnant adult women.",
               indications=["Endometrial polyps", "Submucous fibroids FIGO type 0 and 1 up to 3 cm",
                            "Removal of retained products of conception after miscarriage or delivery"],
               contraindications=D["contraindications"],
               users="Gynaecologists trained in operative hysteroscopy; operating room or outpatient hysteroscopy unit.",
               warnings=["Use only isotonic saline as distension medium.",
                         "If the fluid deficit exceeds 2 500 mL of saline, the procedure may be continued after administration of furosemide 20 mg i.v.",
                         "Do not activate the blade without visual control of the window."],
               specs=[["Blade outer diameter", "2.9 mm / 4.0 mm"], ["Blade speed", "≤ 2 500 rpm"],
                      ["IUP setpoint range", "40 to 150 mmHg (user-adjustable)"], ["Fluid deficit alarm", "500 to 2 500 mL"]], lines=False,
               side="Uterine perforation, fluid overload, infection, bleeding, intrauterine adhesions."),
    "it": dict(name=NAME, title_line="Leggere tutte le istruzioni prima dell'uso.",
               purpose=("Il sistema HysteRes TR-5 è destinato alla resezione e aspirazione isteroscopica di tessuto intrauterino, polipi "
                        "endometriali e fibromi sottomucosi FIGO 0 e 1, sotto visione diretta con distensione salina."),
               population="Donne adulte non in gravidanza.",
               indications=["Polipi endometriali", "Fibromi sottomucosi FIGO tipo 0 e 1 fino a 3 cm",
                            "Rimozione di residui del prodotto del concepimento dopo aborto o parto"],
               contraindications=["Gravidanza", "Malattia infiammatoria pelvica acuta", "Tumore maligno cervicale o endometriale noto o sospetto", "Fibromi intramurali (FIGO ≥ 2)"],
               users="Ginecologi esperti in isteroscopia operativa; sala operatoria o ambulatorio di isteroscopia.",
               warnings=["Utilizzare esclusivamente soluzione salina isotonica.", "Interrompere la procedura se il deficit di liquido supera 2 500 ml."],
               specs=[["Diametro lama", "2,9 mm / 4,0 mm"], ["Velocità", "≤ 2 500 giri/min"], ["Pressione intrauterina", "40–150 mmHg"]]),
    "es": dict(name=NAME, title_line="Lea todas las instrucciones antes del uso.",
               purpose=("El sistema HysteRes TR-5 está destinado a la resección y aspiración histeroscópica de tejido intrauterino, pólipos "
                        "endometriales y miomas submucosos FIGO 0 y 1, bajo visión directa con distensión salina."),
               population="Mujeres adultas no embarazadas.",
               indications=["Pólipos endometriales", "Miomas submucosos FIGO tipo 0 y 1 de hasta 3 cm",
                            "Extracción de restos ovulares tras aborto o parto"],
               contraindications=["Embarazo", "Enfermedad inflamatoria pélvica aguda", "Neoplasia maligna cervical o endometrial conocida o sospechada", "Miomas intramurales (FIGO ≥ 2)"],
               users="Ginecólogos con formación en histeroscopia quirúrgica.",
               warnings=["Utilice únicamente suero salino isotónico.", "Detenga el procedimiento si el déficit de líquido supera 2500 ml."],
               specs=[["Diámetro de la cuchilla", "2,9 mm / 4,0 mm"], ["Velocidad", "≤ 2500 rpm"], ["Presión intrauterina", "40-150 mmHg"]]),
    "de": dict(name=NAME, title_line="Vor Gebrauch alle Anweisungen lesen.",
               purpose=("Das HysteRes TR-5-System dient der hysteroskopischen Resektion und Aspiration von intrauterinem Gewebe, Endometriumpolypen "
                        "und submukösen Myomen FIGO 0 und 1, unter direkter Sicht mit Kochsalzdistension."),
               population="Nicht schwangere erwachsene Frauen.",
               indications=["Endometriumpolypen", "Submuköse Myome FIGO Typ 0 und 1 bis 3 cm",
                            "Entfernung von Schwangerschaftsresten nach Fehlgeburt oder Entbindung"],
               contraindications=["Schwangerschaft", "Akute entzündliche Beckenerkrankung", "Bekanntes oder vermutetes Zervix- oder Endometriumkarzinom", "Intramurale Myome (FIGO ≥ 2)"],
               users="In operativer Hysteroskopie ausgebildete Gynäkologen.",
               warnings=["Ausschließlich isotone Kochsalzlösung verwenden.", "Eingriff beenden, wenn das Flüssigkeitsdefizit 2.500 ml überschreitet."],
               specs=[["Klingendurchmesser", "2,9 mm / 4,0 mm"], ["Drehzahl", "≤ 2.500 U/min"], ["Intrauteriner Druck", "40–150 mmHg"]]),
}
D["cear"] = dict(
    type="Initial certification (technical documentation sampling, class IIa)",
    docs="UX-CEP-008 v1.0; UX-CER-008 v1.0; UX-PMCF-008 v0.9; IFU TR-5 (EN, IT, ES, DE) rev. B.",
    reviewers="Dr. Christos Antoniou, MD, gynaecologist (clinical reviewer); Mr. Vasileios Tsakiris, MSc, electrical engineer.",
    description=("The under evaluation device is a motor-driven hysteroscopic morcellation system with single-use blades of 2.9 and "
                 "4.0 mm and integrated fluid management for the removal of polyps and FIGO type 0 and 1 fibroids."),
    purpose=D["purpose"], cecp="Not applicable (class IIa).",
    sota="The SOTA is adequate.", lit="The literature search is adequate.",
    ci="The prospective study UT-01 (n = 148) was assessed.",
    br="The benefit-risk is acceptable.",
    findings=[("Distension media", "It is requested from the Manufacturer to state that only isotonic saline is permitted. Closed.")],
    conclusion="The clinical evidence is considered sufficient.",
)

DOCS = [
    ("UX-CEP-008_v1.0.docx", "CEP", "en", lambda d: C.cep(d, "UX-CEP-008", "1.0", "2024-12-09")),
    ("UX-CER-008_TR5_v1.0.pdf", "CER", "en", lambda d: C.cer(d, "UX-CER-008", "1.0", "2025-03-20")),
    ("UX-PMCF-008_v0.9.docx", "PMCF-plan", "en", lambda d: C.pmcf(d, "UX-PMCF-008", "0.9", "2025-03-20")),
    ("IFU_TR5_EN_revB.pdf", "IFU", "en", lambda d: C.ifu(d, "en", "IFU TR-5 EN rev. B")),
    ("IFU_TR5_IT_revB.docx", "IFU", "it", lambda d: C.ifu(d, "it", "IFU TR-5 IT rev. B")),
    ("IFU_TR5_ES_revB.pdf", "IFU", "es", lambda d: C.ifu(d, "es", "IFU TR-5 ES rev. B")),
    ("IFU_TR5_DE_revB.docx", "IFU", "de", lambda d: C.ifu(d, "de", "IFU TR-5 DE rev. B")),
    ("HIMDC_CEAR_2025-233.docx", "CEAR", "en", lambda d: C.cear(d, "CEAR 2025-233", "2025-07-08")),
]

LABELS = [
    dict(defect="trade_name_differs_in_cear", category="device-identity",
         documents=["HIMDC_CEAR_2025-233.docx", "UX-CER-008_TR5_v1.0.pdf"],
         quotes=["HysteroShave TR-5 hysteroscopic morcellation system", "HysteRes TR-5 hysteroscopic tissue-removal system"],
         description="The CEAR assesses a 'HysteroShave TR-5 hysteroscopic morcellation system'; all manufacturer documents name "
                     "the device 'HysteRes TR-5 hysteroscopic tissue-removal system'.",
         accept=[]),
    dict(defect="iup_setpoint_150_vs_100_mmhg", category="specification",
         documents=["IFU_TR5_EN_revB.pdf", "UX-CER-008_TR5_v1.0.pdf"],
         quotes=["40 to 150 mmHg (user-adjustable)", "40 to 100 mmHg (limited to 100 mmHg by software)"],
         description="The IFUs allow an intrauterine pressure setpoint up to 150 mmHg; the CER specifies a software limit of "
                     "100 mmHg justified by intravasation risk.",
         accept=["safety-instruction"]),
    dict(defect="pmcf_plan_placeholders", category="template",
         documents=["UX-PMCF-008_v0.9.docx"],
         quotes=["Prospective registry in [insert number of sites] European centres.",
                 "XX patients (sample size calculation to be inserted by Biostatistics)."],
         description="The PMCF plan still contains template placeholders for sites, objectives, sample size and timeline; the "
                     "CEAR does not object.",
         accept=["pmcf"]),
    dict(defect="continue_after_2500ml_deficit_with_diuretic", category="safety-instruction",
         documents=["IFU_TR5_EN_revB.pdf", "UX-CER-008_TR5_v1.0.pdf"],
         quotes=["If the fluid deficit exceeds 2 500 mL of saline, the procedure may be continued after administration of furosemide",
                 "at which point the procedure shall be terminated"],
         description="The English IFU allows continuing beyond a 2 500 mL saline deficit with a diuretic, contrary to the AAGL "
                     "limit cited in the CER and to the other language versions (stop the procedure).",
         accept=["language"]),
    dict(defect="retained_products_of_conception_added", category="intended-use",
         documents=["IFU_TR5_EN_revB.pdf", "UX-CER-008_TR5_v1.0.pdf"],
         quotes=["Removal of retained products of conception after miscarriage or delivery",
                 "Submucous fibroids FIGO type 0 and type 1 with a diameter ≤ 3 cm"],
         description="All IFUs add removal of retained products of conception (a post-pregnancy indication with different risks), "
                     "which is not in the CER/CEP indications and has no clinical data; pregnancy is even a contraindication.",
         accept=["evidence", "population"]),
]
