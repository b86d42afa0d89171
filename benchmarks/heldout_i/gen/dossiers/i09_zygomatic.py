from gen.kit import *  # noqa: F401,F403

UDI = "7350165ZYGOFX8T"

SCOPE = ("ZygoFix implants are long-term surgically invasive implantable devices anchored in the zygomatic bone, not in "
         "the teeth: class IIb under Annex VIII Rule 8. They are neither class III nor active, so the clinical evaluation "
         "consultation procedure of Art. 54(1) MDR does not apply. As implantable devices they require an SSCP (Art. 32).")

RISKS_EN = ["Maxillary sinusitis (7.4 % in published series)", "Peri-implant soft-tissue inflammation or infection",
            "Oro-antral communication", "Temporary paraesthesia of the infraorbital nerve",
            "Orbital or infratemporal penetration (rare, < 0.5 %)", "Implant loss"]

# ------------------------------------------------------------------ CEP (Markdown, slide-like)
CEP = [
    T("ZygoFix – Clinical Evaluation Plan"),
    P("TD-CEP-008 · issue 2 · Tandvik Dental AB, Jönköping, Sweden · Basic UDI-DI " + UDI),
    H1("Device"),
    UL("ZygoFix zygomatic implant system: implants, multi-unit abutments, drills",
       "CP titanium Grade 4, moderately rough apical surface, machined coronal body", "Class IIb (Rule 8)"),
    H1("Intended purpose"),
    UL("Anchorage of a fixed full-arch prosthesis in the severely atrophic edentulous maxilla",
       "Used alone (quad zygoma) or with conventional anterior implants"),
    H1("Population"),
    UL("Adults ≥ 18 y", "Edentulous or terminal dentition maxilla, Cawood–Howell class V–VI",
       "Insufficient bone for conventional implants without grafting"),
    H1("Contraindications"),
    UL("Acute or chronic untreated maxillary sinusitis", "Uncontrolled diabetes (HbA1c > 8 %)",
       "IV bisphosphonate therapy or head-and-neck radiotherapy > 50 Gy in the zygoma region",
       "Incomplete craniofacial growth"),
    H1("Outcome parameters"),
    TAB(["ID", "Parameter", "Acceptance"], [
        ["CEP-AC-01", "Implant survival at 3 y", "≥ 95 %"],
        ["CEP-AC-02", "Prosthesis survival at 3 y", "≥ 95 %"],
        ["CEP-AC-03", "Sinusitis needing treatment", "≤ 15 %"],
        ["CEP-AC-04", "OHIP-14 improvement at 1 y", "≥ 10 points"],
    ]),
    H1("Evidence"),
    UL("Prospective CI TD-CIP-04 (48 pts, 162 implants, 36 mo)", "Systematic literature review (state of the art)",
       "No equivalence claimed"),
]

# ------------------------------------------------------------------ CER (DOCX, prose)
CER = [
    T("Clinical Evaluation Report – ZygoFix Zygomatic Implant System"),
    P("Document TD-CER-008, issue 3. Tandvik Dental AB, Jönköping, Sweden. Basic UDI-DI " + UDI + "."),
    H1("Scope and classification"),
    P(SCOPE),
    H1("Device description"),
    P("The ZygoFix implants are tapered, self-tapping screws of commercially pure titanium (Grade 4), available in lengths "
      "from 30 mm to 52.5 mm in 2.5 mm increments, with an apical diameter of 4.0 mm and a coronal diameter of 4.5 mm. The "
      "implant head is angulated 55° and receives straight or 17° multi-unit abutments."),
    H1("Intended purpose"),
    P("The system provides anchorage for a fixed full-arch prosthesis in adults aged 18 and over whose edentulous maxilla "
      "is severely resorbed (Cawood and Howell class V–VI), either as four zygomatic implants or as two zygomatic implants "
      "combined with conventional implants in the anterior maxilla. It is placed by oral and maxillofacial surgeons "
      "trained in zygomatic surgery, in hospital or specialist clinic operating theatres."),
    H1("State of the art"),
    P("Alternatives are bone grafting followed by conventional implants, tilted implants, pterygoid implants and "
      "removable dentures. Systematic reviews report zygomatic implant survival of 95.2–98.5 % at 3–5 years and "
      "sinusitis in 2.4–14 % of patients [1, 2]."),
    H1("Clinical data"),
    TAB(["Source", "Type", "Patients / implants", "Follow-up", "Device"], [
        ["TD-CIP-04 [3]", "Prospective multicentre CI", "48 / 162", "36 months", "ZygoFix"],
        ["[1]", "Systematic review", "2,161 / 4,556", "1–12 years", "Various zygomatic implants"],
        ["[2]", "Systematic review, quad zygoma", "896 / 3,210", "≥ 3 years", "Various zygomatic implants"],
    ]),
    P("In TD-CIP-04, 46 of 48 patients received a fixed provisional prosthesis within 48 hours of surgery. Results against the CEP acceptance criteria:"),
    TAB(["ID", "Result", "Met"], [
        ["CEP-AC-01", "Implant survival 97.5 % (158/162) at 36 months", "Yes"],
        ["CEP-AC-02", "Prosthesis survival 100 %", "Yes"],
        ["CEP-AC-03", "Sinusitis needing treatment 8.3 % (4/48)", "Yes"],
        ["CEP-AC-04", "OHIP-14 improved by 21 points at 12 months", "Yes"],
    ]),
    H1("Benefit–risk"),
    P("Patients obtain a fixed prosthesis, usually within 48 hours and without grafting. The principal risks are "
      "sinusitis, soft-tissue complications and, rarely, orbital penetration; their rates are within the state of the art. "
      "The benefit–risk ratio is favourable."),
    H1("Residual risks"),
    UL(*RISKS_EN),
    H1("Post-market clinical follow-up"),
    P("A prospective 5-year study (TD-PMCF-008, 120 patients) will address implant survival beyond 3 years and late "
      "sinus complications."),
    H1("References"),
    OL("Varga E, et al. Zygomatic implant survival: systematic review. Int J Oral Maxillofac Implants 2021.",
       "Lindahl C, et al. Quad zygoma outcomes: systematic review. Clin Oral Implants Res 2022.",
       "Tandvik Dental. TD-CIP-04 clinical investigation report, 2024."),
]

# ------------------------------------------------------------------ PMCF (PDF)
PMCF = [
    T("Post-Market Clinical Follow-up Plan – ZygoFix"),
    P("TD-PMCF-008 · issue 1 · linked to TD-CER-008 issue 3 and TD-RMF-008 issue 4"),
    H1("Objectives"),
    TAB(["No.", "Objective", "Endpoint", "Rationale"], [
        ["O1", "Implant survival to 5 years", "Kaplan–Meier survival", "CI data end at 36 months"],
        ["O2", "Late sinus complications", "Sinusitis needing treatment, years 3–5", "Residual risk"],
        ["O3", "Neurosensory disturbance", "Infraorbital paraesthesia at 12 months", "Residual risk"],
    ]),
    H1("Design"),
    P("Prospective, multicentre post-market study in 6 maxillofacial centres (SE, DE, NL); adults aged 18 and over "
      "with a Cawood–Howell class V–VI maxilla, treated per IFU."),
    H1("Sample size"),
    P("120 patients (about 400 implants): 95 % CI of ±2.0 % for an expected 5-year implant survival of 96 %, allowing "
      "for 15 % loss to follow-up."),
    H1("Timeline"),
    UL("Enrolment Q2 2025 – Q1 2026", "Annual PMCF reports", "Final report Q2 2031"),
]

# ------------------------------------------------------------------ IFU EN (DOCX)
IFU_EN = [
    T("ZygoFix Zygomatic Implants – Instructions for Use"),
    P("Tandvik Dental AB · TD-IFU-008 EN · Basic UDI-DI " + UDI),
    H1("Indications for use"),
    P("ZygoFix implants are indicated for anchorage of a fixed full-arch prosthesis in adults aged 18 years and over "
      "with an edentulous, severely resorbed maxilla (Cawood and Howell class V–VI). They may be used as four zygomatic "
      "implants or as two zygomatic implants together with conventional implants in the anterior maxilla."),
    H1("Contraindications"),
    UL("Acute or chronic untreated maxillary sinusitis", "Uncontrolled diabetes (HbA1c above 8 %)",
       "Intravenous bisphosphonate therapy, or radiotherapy of more than 50 Gy to the zygoma region",
       "Patients whose craniofacial growth is not complete"),
    H1("Warnings"),
    UL("Only surgeons trained in zygomatic implant surgery may place ZygoFix implants.",
       "Place implants in a hospital or specialist-clinic operating theatre.",
       "Obtain a CBCT scan of the maxilla, sinuses and zygoma before surgery.",
       "Check the drill path continuously to avoid penetration of the orbit or infratemporal fossa."),
    H1("Possible side-effects"),
    UL(*RISKS_EN),
    H1("Specifications"),
    TAB(["Feature", "Value"], [
        ["Material", "Commercially pure titanium, Grade 4"], ["Lengths", "30.0 mm to 52.5 mm (2.5 mm steps)"],
        ["Diameter", "4.0 mm apical / 4.5 mm coronal"], ["Head angulation", "55°"],
        ["Insertion torque", "max. 50 Ncm"],
    ]),
]

# ------------------------------------------------------------------ IFU DE (PDF)
IFU_DE = [
    T("ZygoFix Zygomatikum-Implantate – Gebrauchsanweisung"),
    P("Tandvik Dental AB · TD-IFU-008 DE · Basis-UDI-DI " + UDI),
    H1("Indikationen"),
    P("ZygoFix-Implantate sind zur Verankerung einer festsitzenden Ganzkieferprothese bei Erwachsenen ab 18 Jahren mit "
      "zahnlosem, stark atrophiertem Oberkiefer (Cawood und Howell Klasse V–VI) indiziert. Sie können als vier "
      "Zygomatikum-Implantate oder als zwei Zygomatikum-Implantate zusammen mit konventionellen Implantaten im anterioren "
      "Oberkiefer verwendet werden."),
    H1("Kontraindikationen"),
    UL("Akute oder chronische unbehandelte Sinusitis maxillaris", "Nicht eingestellter Diabetes (HbA1c über 8 %)",
       "Intravenöse Bisphosphonattherapie oder Strahlentherapie von mehr als 50 Gy im Bereich des Jochbeins",
       "Patienten mit nicht abgeschlossenem kraniofazialem Wachstum"),
    H1("Warnhinweise"),
    UL("Nur in der Zygomatikum-Implantologie geschulte Chirurgen dürfen ZygoFix-Implantate setzen.",
       "Implantate in einem Operationssaal eines Krankenhauses oder einer Fachklinik setzen.",
       "Vor der Operation eine DVT-Aufnahme von Oberkiefer, Nasennebenhöhlen und Jochbein anfertigen.",
       "Den Bohrverlauf laufend kontrollieren, um eine Perforation der Orbita oder der Fossa infratemporalis zu vermeiden."),
    H1("Mögliche Nebenwirkungen"),
    UL("Sinusitis maxillaris (7,4 % in publizierten Serien)", "Periimplantäre Weichgewebsentzündung oder -infektion",
       "Mund-Antrum-Verbindung", "Vorübergehende Parästhesie des N. infraorbitalis",
       "Perforation der Orbita oder Fossa infratemporalis (selten, < 0,5 %)", "Implantatverlust"),
    H1("Technische Daten"),
    TAB(["Merkmal", "Wert"], [
        ["Material", "Reintitan, Grad 4"], ["Längen", "30,0 mm bis 52,5 mm (2,5-mm-Schritte)"],
        ["Durchmesser", "4,0 mm apikal / 4,5 mm koronal"], ["Kopfangulation", "55°"],
        ["Eindrehmoment", "max. 50 Ncm"],
    ]),
]

# ------------------------------------------------------------------ SSCP (PDF)
SSCP = [
    T("Summary of Safety and Clinical Performance – ZygoFix"),
    P("TD-SSCP-008 rev. 1 · Tandvik Dental AB · Basic UDI-DI " + UDI + " · Notified Body 2876"),
    H1("1 Device and intended purpose"),
    P("Zygomatic implants anchoring a fixed full-arch prosthesis in adults (18 years and over) with an edentulous, "
      "severely resorbed maxilla (Cawood–Howell V–VI); four zygomatic implants, or two with anterior conventional implants. "
      "Class IIb, Rule 8."),
    H1("2 Contraindications"),
    UL("Acute or chronic untreated maxillary sinusitis", "Uncontrolled diabetes (HbA1c above 8 %)",
       "Intravenous bisphosphonate therapy, or radiotherapy of more than 50 Gy to the zygoma region",
       "Incomplete craniofacial growth"),
    H1("3 Clinical performance"),
    P("In TD-CIP-04 (48 patients, 162 implants), 97.5 % of implants and all prostheses survived at 36 months; oral "
      "health-related quality of life (OHIP-14) improved by 21 points."),
    H1("4 Residual risks and side-effects"),
    UL(*RISKS_EN),
    H1("5 Alternatives"),
    P("Bone grafting with conventional implants, tilted or pterygoid implants, removable dentures."),
    H1("6 PMCF"),
    P("5-year prospective study in 120 patients."),
]

# ------------------------------------------------------------------ CEAR (PDF)
CEAR = [
    T("CEAR – ZygoFix Zygomatic Implant System"),
    P("Notified Body: DentCert Europe BV (NB 2876) · Report DCE-CEAR-25-061"),
    H1("A. Administrative"),
    TAB(["Item", "Entry"], [
        ["Device", "ZygoFix zygomatic implant system"], ["Basic UDI-DI", UDI],
        ["Manufacturer", "Tandvik Dental AB, Jönköping, Sweden"], ["Class", "IIb (Rule 8), implantable"],
        ["Documents", "CEP TD-CEP-008 issue 2; CER TD-CER-008 issue 3; PMCF plan TD-PMCF-008 issue 1; SSCP TD-SSCP-008 rev. 1"],
    ]),
    H1("C. Intended purpose"),
    P("Anchorage of a fixed full-arch prosthesis in adults ≥ 18 years with a severely resorbed edentulous maxilla "
      "(Cawood–Howell V–VI), as quad zygoma or combined with anterior conventional implants."),
    H1("E. Clinical data"),
    P("TD-CIP-04: 48 patients, 36 months; all four CEP acceptance criteria met."),
    H1("F. PMCF"),
    P("5-year prospective study (n = 120) with justified sample size; adequate."),
    H1("I. Art. 54"),
    P("Not applicable: class IIb implantable device, not active; neither Art. 54(1)(a) nor (b) is met."),
    H1("Conclusion"),
    P("Sufficient clinical evidence; benefit–risk acceptable."),
]

DOSSIER = {
    "id": "i09-zygomatic-implants",
    "device": "ZygoFix zygomatic dental implant system",
    "device_class": "IIb",
    "clean": True,
    "docs": [
        doc("TD-CEP-008_ZygoFix.md", "CEP", "en", CEP),
        doc("TD-CER-008_ZygoFix_issue3.docx", "CER", "en", CER),
        doc("TD-PMCF-008_ZygoFix.pdf", "PMCF-plan", "en", PMCF, "Tandvik Dental AB"),
        doc("ZygoFix_IFU_EN.docx", "IFU", "en", IFU_EN),
        doc("ZygoFix_Gebrauchsanweisung_DE.pdf", "IFU", "de", IFU_DE, "Tandvik Dental AB"),
        doc("TD-SSCP-008_ZygoFix.pdf", "SSCP", "en", SSCP, "Tandvik Dental AB"),
        doc("CEAR_DCE-25-061.pdf", "CEAR", "en", CEAR, "DentCert Europe BV"),
    ],
    "labels": [],
}
