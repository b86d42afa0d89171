"""h11: synthetic absorbable dural sealant, defective."""

from .base import Doc, Dossier, Label

MFR = "Polymeris Surgical NV"
ADDR = "Technologiepark-Zwijnaarde 82, 9052 Gent, Belgium"
UDI = "5415999VELLUMDS3Q"

Q_NOCI_IFU = "There are no known contraindications to the use of Vellum."
Q_NOCI_DE = "Es sind keine Kontraindikationen für die Anwendung von Vellum bekannt."
Q_NOCI_SSCP = "Contraindications and limitations: none known"
Q_CI_CER = "must not be used in patients with known hypersensitivity to polyethylene glycol"
Q_POP_IFU = "adults and children aged 2 years and older undergoing cranial surgery"
Q_POP_DE = "Erwachsenen und Kindern ab 2 Jahren, bei denen eine Schädeloperation"
Q_POP_CER = "adult patients (≥ 18 years) undergoing elective cranial procedures"
Q_TAB5 = "the swelling of the hydrogel during the first 72 hours is given in Table 5"
Q_TPL_1 = "EMDN code: [insert EMDN code]"
Q_TPL_2 = "Certificate number: XXXX-XXXX"


def cep():
    return [
        ("title", "Clinical Evaluation Plan – Vellum Dural Sealant"),
        ("meta", [("Document", "PS-CEP-VL-01"), ("Version", "3"), ("Date", "13 February 2024")]),
        ("h", 1, "1. Device"),
        ("p", "Vellum is a synthetic, absorbable, two-component hydrogel sealant (polyethylene glycol ester and "
              "trilysine amine) applied by spray on the sutured dura, where it polymerises within seconds and is "
              "absorbed in 4 to 8 weeks. Class III (Rule 8: in contact with the central nervous system and "
              "wholly absorbed); Article 54(1)(a) applies."),
        ("h", 1, "2. Intended purpose"),
        ("p", "Adjunct to sutured dural repair during elective cranial procedures, to provide watertight closure, "
              "in adults (18 years or older). Contraindications: hypersensitivity to polyethylene glycol; "
              "infected surgical field; use as substitute for sutured dural closure; dural gaps larger than 2 "
              "mm after suturing."),
        ("h", 1, "3. Acceptance criteria"),
        ("ul", ["Intraoperative watertight closure at Valsalva to 20 cmH2O: superior to standard of care.",
                "CSF leak (incisional or pseudomeningocele requiring intervention) within 90 days: ≤ 10 %.",
                "Surgical site infection within 90 days: ≤ 5 %."]),
        ("h", 1, "4. Evidence plan"),
        ("p", "Randomised investigation VELLUM-CR, literature review, PMCF study."),
    ]


def cer():
    return [
        ("title", "CLINICAL EVALUATION REPORT – VELLUM DURAL SEALANT"),
        ("meta", [("Document", "PS-CER-VL-02"), ("Version", "4"), ("Date", "29 November 2024"), ("Basic UDI-DI", UDI)]),
        ("h", 1, "1. Summary"),
        ("p", "On the basis of the randomised investigation VELLUM-CR and of the literature on PEG-based dural "
              "sealants, the Vellum sealant achieves intraoperative watertight dural closure more often than "
              "standard closure and has an acceptable safety profile."),
        ("h", 1, "2. Device description"),
        ("p", "Two precursor powders and diluents are mixed in the dual-syringe applicator with air-assisted "
              "spray tip; the resulting hydrogel forms a layer of 1 to 2 mm, polymerises in about 2 seconds, is "
              "coloured blue for visibility and is absorbed by hydrolysis within 4 to 8 weeks. Kits of 5 ml and "
              f"10 ml. In vitro, {Q_TAB5}; this swelling must be considered near the optic nerve and in "
              "confined spaces."),
        ("h", 1, "3. Intended purpose"),
        ("p", "Vellum is intended as an adjunct to sutured dural repair, to obtain watertight closure, in "
              f"{Q_POP_CER}. It {Q_CI_CER}, on an infected surgical field, or as a substitute for sutured dural "
              "closure, nor on dural gaps exceeding 2 mm."),
        ("h", 1, "4. State of the art"),
        ("p", "Postoperative CSF leak after cranial surgery occurs in 2 to 10 % of cases; adjuncts such as fibrin "
              "glue, collagen patches and PEG hydrogels are widely used although the reduction of clinical leaks "
              "has been shown less consistently than the intraoperative watertightness."),
        ("h", 1, "5. Clinical data"),
        ("table", "Table 1 – Clinical investigation of the device", ["Study", "Design", "N", "Follow-up", "Results"], [
            ["VELLUM-CR", "RCT, Vellum vs standard of care, 14 sites BE/NL/FR/DE, adults", "230", "90 days",
             "Watertight closure 96.5 % vs 63.1 %; CSF leak 3.5 % vs 5.2 %; SSI 2.6 % vs 3.5 %"]]),
        ("table", "Table 2 – Literature on comparable sealants (state of the art)", ["Reference", "Device", "N", "Results"], [
            ["Osbun 2012", "PEG hydrogel, RCT", "237", "Watertight 100 % vs 64 %; CSF leak similar"],
            ["Strong 2017", "PEG/PEI sealant, RCT", "250", "Watertight 90 % vs 30 %"],
            ["Kinaci 2018", "Systematic review of dural sealants", "—", "No consistent reduction in clinical CSF leak"]]),
        ("table", "Table 3 – Acceptance criteria of PS-CEP-VL-01", ["Criterion", "Result", "Met"], [
            ["Intraoperative watertight closure superior to SoC", "96.5 % vs 63.1 %, p < 0.001", "yes"],
            ["CSF leak within 90 days ≤ 10 %", "3.5 %", "yes"], ["SSI within 90 days ≤ 5 %", "2.6 %", "yes"]]),
        ("h", 1, "6. Residual risks"),
        ("p", "CSF leak, pseudomeningocele, surgical site infection, meningitis, compression of neural structures "
              "by hydrogel swelling, hypersensitivity reaction, delayed wound healing."),
        ("h", 1, "7. PMCF"),
        ("p", "Prospective post-market study, PS-PMCF-VL-03."),
        ("h", 1, "8. References"),
        ("ol", ["Polymeris Surgical. VELLUM-CR clinical investigation report, 2024.",
                "Osbun JW, et al. A multicenter, single-blind, prospective randomized trial to evaluate the safety of a polyethylene glycol hydrogel (DuraSeal Dural Sealant System) as a dural sealant in cranial surgery. World Neurosurg 2012;78:498-504.",
                "Strong MJ, et al. A randomized controlled trial to evaluate the safety and effectiveness of a synthetic dural sealant in cranial surgery. J Neurosurg 2017;127:132-138.",
                "Kinaci A, et al. Effectiveness of dural sealants in prevention of cerebrospinal fluid leakage after craniotomy: a systematic review. World Neurosurg 2018;118:368-376."]),
    ]


def pmcf():
    return [
        ("title", "Post-Market Clinical Follow-up Plan – Vellum Dural Sealant"),
        ("meta", [("Document", "PS-PMCF-VL-03"), ("Version", "1"), ("Related CER", "PS-CER-VL-02 version 4")]),
        ("h", 1, "1. Device"),
        ("p", f"Vellum Dural Sealant, kits of 5 ml and 10 ml; Basic UDI-DI {UDI}; class III."),
        ("ul", [Q_TPL_1, Q_TPL_2, "Expected lifetime: absorbed within 4–8 weeks; shelf life 24 months."]),
        ("h", 1, "2. Objectives"),
        ("p", "To confirm the CSF leak rate and the surgical site infection rate at 90 days in routine cranial "
              "surgery, and to detect compressive complications due to swelling of the hydrogel."),
        ("h", 1, "3. Design and sample size"),
        ("p", "Prospective, single-arm, multicentre post-market study in 12 European neurosurgical centres. 400 "
              "patients: with an expected CSF leak rate of 4 %, the upper bound of the 95 % confidence interval "
              "stays below 6.5 %."),
        ("h", 1, "4. Timeline"),
        ("p", "First inclusion Q2 2025, end of inclusion Q2 2026, last follow-up Q3 2026, yearly PMCF reports."),
    ]


def ifu_en():
    return [
        ("title", "Vellum™ Dural Sealant\nInstructions for Use"),
        ("p", f"{MFR}, {ADDR} – Basic UDI-DI {UDI} – CE 2930"),
        ("h", 1, "Indications"),
        ("p", f"Vellum is indicated as an adjunct to sutured dural repair in {Q_POP_IFU}, to provide watertight "
              "closure of the dura."),
        ("h", 1, "Contraindications"),
        ("p", Q_NOCI_IFU),
        ("h", 1, "Warnings"),
        ("ul", ["Vellum is not a substitute for sutured dural closure.",
                "The hydrogel swells after application; apply a thin layer only (maximum 2 mm) near the optic nerve and in confined spaces.",
                "Do not apply on an infected surgical field."]),
        ("h", 1, "Adverse effects"),
        ("p", "CSF leak, pseudomeningocele, wound infection, meningitis, neural compression, hypersensitivity, "
              "delayed wound healing."),
        ("h", 1, "Technical data"),
        ("table", None, ["Property", "Value"], [
            ["Composition", "PEG ester / trilysine amine"], ["Gel time", "about 2 s"],
            ["Absorption", "4–8 weeks"], ["Kit volumes", "5 ml, 10 ml"]]),
    ]


def ifu_de():
    return [
        ("title", "Vellum™ Dura-Versiegler\nGebrauchsanweisung"),
        ("p", f"{MFR}, Technologiepark-Zwijnaarde 82, 9052 Gent, Belgien – Basis-UDI-DI {UDI} – CE 2930"),
        ("h", 1, "Indikationen"),
        ("p", f"Vellum ist indiziert als Ergänzung zum genähten Duraverschluss bei {Q_POP_DE} durchgeführt wird, "
              "um einen wasserdichten Verschluss der Dura zu erreichen."),
        ("h", 1, "Kontraindikationen"),
        ("p", Q_NOCI_DE),
        ("h", 1, "Warnhinweise"),
        ("ul", ["Vellum ist kein Ersatz für den genähten Duraverschluss.",
                "Das Hydrogel quillt nach dem Auftragen; in der Nähe des Sehnervs und in engen Räumen nur eine dünne Schicht (maximal 2 mm) auftragen.",
                "Nicht auf ein infiziertes Operationsgebiet auftragen."]),
        ("h", 1, "Unerwünschte Wirkungen"),
        ("p", "Liquorleck, Pseudomeningozele, Wundinfektion, Meningitis, Kompression neuraler Strukturen, "
              "Überempfindlichkeit, verzögerte Wundheilung."),
        ("h", 1, "Technische Daten"),
        ("table", None, ["Eigenschaft", "Wert"], [
            ["Zusammensetzung", "PEG-Ester / Trilysinamin"], ["Gelierzeit", "etwa 2 s"],
            ["Resorption", "4–8 Wochen"], ["Kitvolumen", "5 ml, 10 ml"]]),
    ]


def sscp():
    return [
        ("title", "Summary of Safety and Clinical Performance – Vellum Dural Sealant"),
        ("meta", [("Reference", "PS-SSCP-VL-04"), ("Revision", "1"), ("Date", "December 2024")]),
        ("h", 1, "1. Device identification"),
        ("p", f"Vellum Dural Sealant; {MFR}; SRN BE-MF-000020477; Basic UDI-DI {UDI}; class III; Notified Body 2930."),
        ("h", 1, "2. Intended use"),
        ("p", "Adjunct to sutured dural repair to provide watertight closure in cranial surgery (adults and "
              f"children aged 2 years and older). {Q_NOCI_SSCP}."),
        ("h", 1, "3. Residual risks and side-effects"),
        ("p", "VELLUM-CR (115 treated adults, 90 days): CSF leak 3.5 %, surgical site infection 2.6 %; "
              "pseudomeningocele, meningitis, neural compression, hypersensitivity and delayed wound healing "
              "are possible."),
        ("h", 1, "4. Clinical performance"),
        ("p", "Intraoperative watertight closure 96.5 % versus 63.1 % with standard closure. PMCF: 400-patient "
              "post-market study."),
    ]


def cear():
    return [
        ("title", "Clinical Evaluation Assessment Report – Vellum Dural Sealant"),
        ("meta", [("Notified Body", "Flanders Medical Certification (NB 2930)"), ("Reference", "FMC-24-5521"), ("Date", "18 February 2025")]),
        ("h", 1, "A. Administrative particulars"),
        ("p", f"{MFR}; Vellum Dural Sealant; Basic UDI-DI {UDI}; class III, Rule 8. Documents: PS-CEP-VL-01 "
              "version 3, PS-CER-VL-02 version 4, PS-PMCF-VL-03 version 1, PS-SSCP-VL-04 revision 1, IFU EN/DE."),
        ("h", 1, "C. Intended purpose"),
        ("p", "Adjunct to sutured dural repair in cranial surgery to obtain watertight closure."),
        ("h", 1, "E. Clinical investigation"),
        ("p", "VELLUM-CR, randomised, 230 adults, 90 days; acceptance criteria reported and met."),
        ("h", 1, "I. Article 54"),
        ("p", "Applies under Article 54(1)(a): class III implantable (absorbable) device. Panel: neurology."),
    ]


def build():
    docs = [
        Doc("PS-CEP-VL-01_v3.docx", "CEP", "en", cep(), "Polymeris Surgical"),
        Doc("PS-CER-VL-02_v4.pdf", "CER", "en", cer(), "Polymeris Surgical – PS-CER-VL-02 v4"),
        Doc("PS-PMCF-VL-03.pdf", "PMCF-plan", "en", pmcf(), "Polymeris Surgical – PMCF"),
        Doc("Vellum_IFU_EN.pdf", "IFU", "en", ifu_en(), "Vellum IFU EN"),
        Doc("Vellum_GA_DE.pdf", "IFU", "de", ifu_de(), "Vellum GA DE"),
        Doc("PS-SSCP-VL-04.docx", "SSCP", "en", sscp(), "PS-SSCP-VL-04"),
        Doc("FMC-24-5521_CEAR.docx", "CEAR", "en", cear(), "FMC – CEAR"),
    ]
    cer_n, pmcf_n, en_n, de_n, sscp_n = docs[1].name, docs[2].name, docs[3].name, docs[4].name, docs[5].name
    labels = [
        Label("no_contraindications_for_class_iii_sealant", "safety-instruction", [en_n, de_n, sscp_n, cer_n],
              [Q_NOCI_IFU, Q_NOCI_DE, Q_NOCI_SSCP, Q_CI_CER],
              "The IFU (EN, DE) and SSCP state there are no contraindications for a class III CNS implant, while "
              "the CER and CEP list PEG hypersensitivity, infected field, use instead of sutures and gaps > 2 mm.",
              ["intended-use"]),
        Label("ifu_includes_children_cer_adults_only", "population", [en_n, de_n, cer_n],
              [Q_POP_IFU, Q_POP_DE, Q_POP_CER],
              "The IFU and SSCP extend use to children from 2 years; the CER and CEP are limited to adults and "
              "VELLUM-CR enrolled adults only.", ["evidence"]),
        Label("cer_refers_to_missing_table_5", "documentation", [cer_n], [Q_TAB5],
              "The CER refers to Table 5 for the swelling data; the report contains Tables 1 to 3 only.", []),
        Label("pmcf_plan_placeholders", "template", [pmcf_n], [Q_TPL_1, Q_TPL_2],
              "Unfilled placeholders for the EMDN code and certificate number remain in the PMCF plan.", []),
    ]
    return Dossier("h11_dural_sealant", "Vellum synthetic absorbable dural sealant", "III", False, docs, labels)
