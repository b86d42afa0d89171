"""h07: two-piece titanium dental implant system, defective."""

from .base import Doc, Dossier, Label

MFR = "Odontec Implantologia S.r.l."
MFR_CEAR = "Odontec Dental Systems S.p.A."
ADDR = "Via Venezia 59, 35131 Padova, Italy"
UDI = "8056723RADIX2IMP7"

Q_MFR_CER = f"Manufacturer: {MFR}, Via Venezia 59"
Q_MFR_CEAR = f"Manufacturer: {MFR_CEAR}, Via Venezia 59"
Q_LOAD_CER = "immediate placement in fresh extraction sockets and immediate loading of splinted implants"
Q_LOAD_IFU = "immediate loading is not recommended"
Q_DIAM_IFU = "Ø 3.3 mm, Ø 4.1 mm and Ø 4.8 mm"
Q_DIAM_SSCP = "diameters 3,5 mm, 4,1 mm and 5,0 mm"
Q_DOG_1 = "histomorphometric study in beagle dogs (n = 12) with 12 weeks of healing"
Q_DOG_2 = "confirm a 5-year implant survival above 98 % in patients"


def cep():
    return [
        ("title", "CLINICAL EVALUATION PLAN\nRadix2 two-piece dental implant system"),
        ("p", "Doc. OI-CEP-R2, rev. B – 12.03.2024"),
        ("h", 1, "1. Object"),
        ("p", "Radix2 endosseous two-piece implants in commercially pure titanium grade 4, with sand-blasted and "
              "acid-etched surface and internal conical connection, together with the cover screws, healing "
              "abutments and prosthetic abutments of the system. Class IIb according to Rule 8 (implantable "
              "device, long-term, not placed in the teeth); the device is neither class III nor active, "
              "therefore the consultation procedure of Article 54 does not apply."),
        ("h", 1, "2. Intended purpose"),
        ("p", "Surgical placement in the maxillary or mandibular bone of partially or totally edentulous adult "
              "patients, whose jaw growth is completed, to support single crowns, bridges and overdentures. "
              "Contraindications: uncontrolled diabetes; intravenous bisphosphonate therapy; radiotherapy of "
              "the jaw in the last 12 months; insufficient bone volume not correctable by augmentation; acute "
              "infections of the oral cavity; patients under 18 years."),
        ("h", 1, "3. Outcome parameters and acceptance criteria"),
        ("ul", ["Implant survival at 1 year ≥ 95 % (state of the art 96–99 %).",
                "Mean marginal bone loss at 1 year after loading ≤ 1.5 mm.",
                "Prosthetic success (no fracture of implant or abutment screw) at 1 year ≥ 95 %."]),
        ("h", 1, "4. Data"),
        ("p", "Retrospective clinical study RADIX-RETRO in four Italian clinics, literature on two-piece "
              "titanium implants, prospective PMCF study."),
    ]


def cer():
    return [
        ("title", "CLINICAL EVALUATION REPORT\nRadix2 Implant System"),
        ("p", f"Doc. OI-CER-R2, rev. C, 30.10.2024. {Q_MFR_CER}, 35131 Padova, Italy. Basic UDI-DI {UDI}."),
        ("h", 1, "1. Device description"),
        ("p", "The Radix2 implants are two-piece, tapered, self-tapping screw implants of cp titanium grade 4, "
              f"with an SLA-type surface and an 11° internal conical connection. They are available in {Q_DIAM_IFU} "
              "and in lengths of 8, 10, 12 and 14 mm; the Ø 3.3 mm implant is reserved to upper lateral incisors "
              "and lower incisors. Class IIb, Rule 8; Article 54 consultation not applicable (not class III, not "
              "active)."),
        ("h", 1, "2. Intended purpose and indications"),
        ("p", "The Radix2 implants are intended for the replacement of missing teeth in the maxilla and mandible "
              "of partially or fully edentulous adults with completed jaw growth, with single crowns, bridges or "
              f"overdentures. They are indicated for delayed placement in healed ridges and also for {Q_LOAD_CER} "
              "in the edentulous mandible."),
        ("h", 1, "3. State of the art"),
        ("p", "Titanium root-form implants are the established treatment of tooth loss with 10-year survival of "
              "about 95 % in systematic reviews; alternatives are conventional fixed bridges and removable "
              "dentures. Immediate loading protocols are accepted in selected cases with high primary "
              "stability."),
        ("h", 1, "4. Clinical data"),
        ("table", "Table 1 – Data", ["Source", "Type", "N", "Follow-up", "Outcome"], [
            ["RADIX-RETRO (own)", "Retrospective, 4 private clinics, delayed loading", "96 patients / 184 implants", "up to 3 years",
             "Survival 99.5 % at 1 y, 97.8 % at 3 y; bone loss 0.62 mm at 1 y; 2 abutment screw loosenings"],
            ["Ferraro 2019", Q_DOG_1, "48 implants", "12 weeks", "Bone-to-implant contact 71 %"],
            ["Pieralli 2017", "Systematic review, zirconia one-piece implants (other manufacturers)", "1147 implants", "1–5 years", "Survival 98.3 % at 1 y"],
            ["Howe 2019", "Systematic review, titanium implants", "> 10 000 implants", "10 years", "Survival 94.9 %"],
        ]),
        ("p", "The RADIX-RETRO data meet the three acceptance criteria of the CEP (survival 99.5 % at 1 year, "
              "marginal bone loss 0.62 mm, prosthetic success 98.9 %). The good osseointegration found in the "
              f"animal study and the results of the zirconia review {Q_DOG_2}, a figure which is used in the "
              "promotional material of the system."),
        ("h", 1, "5. Residual risks"),
        ("p", "Failure of osseointegration, peri-implantitis, marginal bone loss, nerve injury (inferior alveolar "
              "nerve), sinus perforation, fracture of implant or abutment screw, aesthetic complications."),
        ("h", 1, "6. Conclusion and PMCF"),
        ("p", "Benefit-risk acceptable. PMCF according to OI-PMCF-R2 (prospective study, 150 implants, 5 years)."),
        ("h", 1, "7. References"),
        ("ol", ["Odontec. RADIX-RETRO study report OI-SR-04, 2024.",
                "Ferraro L, et al. Osseointegration of a new tapered implant in the canine mandible. Clin Oral Implants Res 2019;30:suppl. abstract.",
                "Pieralli S, et al. Clinical outcomes of zirconia dental implants: a systematic review. J Dent Res 2017;96:38-46.",
                "Howe MS, et al. Long-term (10-year) dental implant survival: a systematic review and sensitivity meta-analysis. J Dent 2019;84:9-21."]),
    ]


def pmcf():
    return [
        ("title", "PMCF Plan – Radix2 Implant System"),
        ("meta", [("Doc.", "OI-PMCF-R2"), ("Rev.", "A"), ("CER", "OI-CER-R2 rev. C")]),
        ("h", 1, "Objectives"),
        ("p", "To confirm implant survival and marginal bone stability up to 5 years, to monitor peri-implantitis "
              "and prosthetic complications (abutment screw loosening), and to detect off-label use, e.g. in "
              "patients under 18 years."),
        ("h", 1, "Design"),
        ("p", "Prospective, multicentre (6 Italian and 2 Spanish clinics) post-market clinical study; radiographs "
              "at loading, 1, 3 and 5 years."),
        ("h", 1, "Sample size"),
        ("p", "150 implants in about 80 patients: with an expected 5-year survival of 96 %, the 95 % confidence "
              "interval half-width is about ± 3.2 %, which allows comparison with the benchmark of the CER."),
        ("h", 1, "Timeline"),
        ("p", "First patient Q1 2025, last patient Q4 2025, reports yearly, final report Q1 2031."),
    ]


def ifu_en():
    return [
        ("title", "Radix2 Implant System – Instructions for use"),
        ("p", f"{MFR}, {ADDR} – Basic UDI-DI {UDI} – CE 2919"),
        ("h", 1, "Indications"),
        ("p", "Radix2 implants are indicated for the replacement of missing teeth in the upper and lower jaw of "
              "partially or totally edentulous adult patients whose jaw growth is completed, to support single "
              "crowns, bridges and overdentures."),
        ("h", 1, "Loading protocol"),
        ("p", "The implants must remain unloaded for a healing period of 8 weeks in the mandible and 12 weeks in "
              f"the maxilla; {Q_LOAD_IFU} and is outside the intended use of the Radix2 system."),
        ("h", 1, "Contraindications"),
        ("ul", ["Uncontrolled diabetes.", "Intravenous bisphosphonate therapy.",
                "Radiotherapy of the jaws in the last 12 months.",
                "Insufficient bone volume that cannot be augmented.", "Acute infection of the oral cavity.",
                "Patients under 18 years."]),
        ("h", 1, "Warnings"),
        ("ul", ["Ø 3.3 mm implants only for upper lateral and lower incisors.",
                "Do not exceed an insertion torque of 45 Ncm.",
                "Verify the position of the inferior alveolar nerve on CBCT before drilling."]),
        ("h", 1, "Technical data"),
        ("table", None, ["Item", "Specification"], [
            ["Material", "cp titanium grade 4 (ISO 5832-2)"],
            ["Diameters", Q_DIAM_IFU],
            ["Lengths", "8, 10, 12, 14 mm"],
            ["Connection", "internal conical 11°"]]),
        ("h", 1, "Side effects"),
        ("p", "Pain, swelling, failed osseointegration, peri-implantitis, bone loss, paraesthesia, sinus "
              "perforation, fracture of components."),
    ]


def ifu_it():
    return [
        ("title", "Sistema implantare Radix2 – Istruzioni per l'uso"),
        ("p", f"{MFR}, {ADDR} – UDI-DI di base {UDI} – CE 2919"),
        ("h", 1, "Indicazioni"),
        ("p", "Gli impianti Radix2 sono indicati per la sostituzione di denti mancanti nel mascellare superiore e "
              "inferiore di pazienti adulti parzialmente o totalmente edentuli, con crescita ossea mascellare "
              "completata, a supporto di corone singole, ponti e overdenture."),
        ("h", 1, "Protocollo di carico"),
        ("p", "Gli impianti devono rimanere non caricati per un periodo di guarigione di 8 settimane nella "
              "mandibola e di 12 settimane nel mascellare; il carico immediato non è raccomandato ed è al di "
              "fuori della destinazione d'uso del sistema Radix2."),
        ("h", 1, "Controindicazioni"),
        ("ul", ["Diabete non controllato.", "Terapia endovenosa con bifosfonati.",
                "Radioterapia dei mascellari negli ultimi 12 mesi.",
                "Volume osseo insufficiente non aumentabile.", "Infezione acuta del cavo orale.",
                "Pazienti di età inferiore a 18 anni."]),
        ("h", 1, "Avvertenze"),
        ("ul", ["Impianti Ø 3,3 mm solo per incisivi laterali superiori e incisivi inferiori.",
                "Non superare un torque di inserimento di 45 Ncm.",
                "Verificare la posizione del nervo alveolare inferiore con CBCT prima della preparazione."]),
        ("h", 1, "Dati tecnici"),
        ("table", None, ["Voce", "Specifica"], [
            ["Materiale", "titanio commercialmente puro grado 4 (ISO 5832-2)"],
            ["Diametri", "Ø 3,3 mm, Ø 4,1 mm e Ø 4,8 mm"],
            ["Lunghezze", "8, 10, 12, 14 mm"],
            ["Connessione", "conica interna 11°"]]),
        ("h", 1, "Effetti collaterali"),
        ("p", "Dolore, gonfiore, mancata osteointegrazione, perimplantite, perdita ossea, parestesia, "
              "perforazione del seno, frattura dei componenti."),
    ]


def sscp():
    return [
        ("title", "Summary of Safety and Clinical Performance\nRadix2 Implant System"),
        ("meta", [("SSCP", "OI-SSCP-R2 rev. 1"), ("Date", "November 2024")]),
        ("h", 1, "1 Identification"),
        ("p", f"Radix2 Implant System; {MFR}, SRN IT-MF-000051193; Basic UDI-DI {UDI}; class IIb; NB 2919."),
        ("h", 1, "2 Intended use"),
        ("p", "Replacement of missing teeth in both jaws of partially or fully edentulous adults with completed "
              "jaw growth (single crowns, bridges, overdentures); delayed loading after 8 weeks (mandible) or 12 "
              "weeks (maxilla). Contraindications: uncontrolled diabetes, IV bisphosphonates, jaw radiotherapy "
              "within 12 months, non-augmentable bone deficiency, acute oral infection, age under 18."),
        ("h", 1, "3 Device description"),
        ("p", f"Two-piece tapered titanium implants, {Q_DIAM_SSCP}, lengths 8 to 14 mm, internal conical "
              "connection, with cover screws, healing and prosthetic abutments."),
        ("h", 1, "4 Risks"),
        ("p", "In RADIX-RETRO (184 implants, up to 3 years): implant loss 2.2 % at 3 years, abutment screw "
              "loosening 1.1 %; pain, swelling, peri-implantitis, bone loss, paraesthesia, sinus perforation and "
              "component fracture are possible."),
        ("h", 1, "5 Clinical performance"),
        ("p", "Survival 99.5 % at 1 year and 97.8 % at 3 years; marginal bone loss 0.62 mm at 1 year."),
        ("h", 1, "6 Alternatives"),
        ("p", "Tooth-supported fixed bridges; removable partial or complete dentures."),
    ]


def cear():
    return [
        ("title", "CLINICAL EVALUATION ASSESSMENT REPORT"),
        ("meta", [("Notified Body", "CDM Veneto – NB 2919"), ("Ref.", "CDMV-24-0712"), ("Date", "10.02.2025")]),
        ("h", 1, "A. Administrative particulars"),
        ("p", f"{Q_MFR_CEAR}, Padova (IT). Device: Radix2 Implant System, Basic UDI-DI {UDI}; class IIb, Rule 8; "
              "initial certification. Documents: OI-CEP-R2 rev. B, OI-CER-R2 rev. C, OI-PMCF-R2 rev. A, "
              "OI-SSCP-R2 rev. 1, IFU EN/IT."),
        ("h", 1, "C. Intended purpose"),
        ("p", "Endosseous implants for the replacement of missing teeth in adults with completed jaw growth; "
              "single crowns, bridges, overdentures."),
        ("h", 1, "E/H. Clinical data and conclusion"),
        ("p", "The retrospective study RADIX-RETRO meets the acceptance criteria at 1 year. Benefit-risk "
              "acceptable with PMCF."),
        ("h", 1, "I. Article 54"),
        ("p", "Not applicable: class IIb implantable, non-active device (Article 54(1) covers class III "
              "implantable and class IIb active devices administering or removing medicinal products)."),
    ]


def build():
    docs = [
        Doc("OI-CEP-R2_revB.pdf", "CEP", "en", cep(), "Odontec – OI-CEP-R2"),
        Doc("OI-CER-R2_revC.pdf", "CER", "en", cer(), "Odontec – OI-CER-R2 rev. C"),
        Doc("OI-PMCF-R2.docx", "PMCF-plan", "en", pmcf(), "Odontec – PMCF"),
        Doc("Radix2_IFU_EN.pdf", "IFU", "en", ifu_en(), "Radix2 IFU EN", "condensed"),
        Doc("Radix2_IFU_IT.pdf", "IFU", "it", ifu_it(), "Radix2 IFU IT", "condensed"),
        Doc("OI-SSCP-R2.docx", "SSCP", "en", sscp(), "OI-SSCP-R2"),
        Doc("CEAR_CDMV-24-0712.pdf", "CEAR", "en", cear(), "CDM Veneto – CEAR", "serif"),
    ]
    cer_n, ifu_n, sscp_n, cear_n = docs[1].name, docs[3].name, docs[5].name, docs[6].name
    labels = [
        Label("manufacturer_name_differs_in_cear", "device-identity", [cer_n, cear_n], [Q_MFR_CER, Q_MFR_CEAR],
              "The CEAR names the manufacturer Odontec Dental Systems S.p.A.; CER, IFU and SSCP name Odontec "
              "Implantologia S.r.l.", []),
        Label("immediate_loading_in_cer_excluded_in_ifu", "intended-use", [cer_n, ifu_n], [Q_LOAD_CER, Q_LOAD_IFU],
              "The CER indicates immediate placement and immediate loading; the IFU (and SSCP) restrict to "
              "delayed loading and place immediate loading outside the intended use.", []),
        Label("implant_diameters_differ_in_sscp", "specification", [ifu_n, sscp_n], [Q_DIAM_IFU, Q_DIAM_SSCP],
              "The SSCP lists diameters 3.5/4.1/5.0 mm, the IFU and CER 3.3/4.1/4.8 mm.", []),
        Label("animal_and_other_device_data_for_5_year_survival", "evidence", [cer_n], [Q_DOG_1, Q_DOG_2],
              "A 12-week beagle-dog study and a review of other manufacturers' zirconia implants are used to "
              "claim 5-year survival in patients, while own human data reach 3 years.", ["claim"]),
    ]
    return Dossier("h07_dental_implant_system", "Radix2 two-piece titanium dental implant system", "IIb", False,
                   docs, labels)
