"""h03: large-volume volumetric infusion pump for hospital wards, defective."""

from .base import Doc, Dossier, Label

MFR = "Idrotec Medicale S.p.A."
ADDR = "Via del Lavoro 47, 40127 Bologna, Italy"
UDI = "8033214PERFLV2Q4"

Q_SCOPE_CER = "the clinical evaluation consultation procedure of Article 54 is not applicable to it"
Q_SCOPE_CEAR = "Article 54(1)(b) applies: class IIb active device intended to administer medicinal products"
Q_RATE_CER = "flow rate 1 – 1200 mL/h in steps of 1 mL/h"
Q_RATE_IFU = "0.1 – 999.9 ml/h (increments of 0.1 ml/h)"
Q_VET_TABLE = "Veterinary ICU, dogs and cats receiving IV fluids with the LV pump mechanism"
Q_VET_TEXT = "these data confirm the accuracy and safety of the pump mechanism in clinical use"
Q_TPL_1 = "[insert number once the agreements are signed]"
Q_TPL_2 = "Principal investigator: <Name, hospital>"


def cep():
    return [
        ("title", "Clinical Evaluation Plan\nPerfusa LV 2 large-volume infusion pump"),
        ("meta", [("Code", "IM-CEP-PLV2"), ("Revision", "1"), ("Date", "15/04/2024")]),
        ("h", 1, "1. Scope"),
        ("p", "The present plan is applied to the volumetric infusion pump Perfusa LV 2 with its dedicated "
              "administration sets PS-20 and PS-20B (with burette) and the drug library software DL-Manager, "
              "which are together intended for the controlled intravenous administration of fluids and "
              "medicinal products on hospital wards. Class IIb, Rule 12."),
        ("h", 1, "2. Intended purpose and target group"),
        ("p", "Controlled continuous or intermittent intravenous infusion of solutions, medicinal products, "
              "parenteral nutrition, blood and blood products in adult patients and in children with a body "
              "weight of 10 kg or more, in general and specialist hospital wards including high-dependency "
              "units. Use by nurses and physicians. Not intended for neonates, for epidural administration, "
              "for use in ambulances or at home."),
        ("h", 1, "3. Clinical benefits"),
        ("p", "Accurate delivery of the programmed volume and rate (benefit: therapy delivered as "
              "prescribed); interception of programming errors by the dose error reduction software (DERS); "
              "timely detection of occlusion and air in line."),
        ("h", 1, "4. Outcome parameters and acceptance criteria"),
        ("ul", ["Delivery accuracy in clinical use within ± 5 % of programmed volume in ≥ 95 % of checked infusions.",
                "Proportion of programming attempts exceeding a hard limit that are stopped by DERS: 100 %.",
                "Occlusion alarms reaching the nurse within the time stated in the IFU: ≥ 98 %.",
                "No serious adverse event caused by a device malfunction."]),
        ("h", 1, "5. Methods"),
        ("p", "Literature review (MEDLINE, Embase, CINAHL) on large-volume and smart pumps; clinical "
              "investigation PERFUSA-WARD in three Italian hospitals; analysis of complaints of the "
              "predecessor Perfusa LV 1 for comparison of technical failure modes only (no equivalence is "
              "claimed because the pumping mechanism was redesigned)."),
    ]


def cer():
    rows = [
        ["[1] PERFUSA-WARD, 2024", "Prospective, 3 hospitals (Bologna, Modena, Ferrara); adults and children ≥ 10 kg on medical and surgical wards", "220 patients / 2470 infusions",
         "Accuracy within ± 5 % in 97.2 % of 500 gravimetric checks; DERS stopped 100 % of hard-limit violations; no SAE due to malfunction"],
        ["[2] Martelli 2021", Q_VET_TABLE, "86 animals",
         "Rate deviation within ± 5 %; no air embolism; 3 occlusions correctly alarmed"],
        ["[3] Ohashi 2014", "Systematic review, smart infusion pumps and medication errors", "22 studies",
         "DERS reduces programming errors, effect on harm uncertain"],
        ["[4] Schnock 2017", "Observational, 10 US hospitals, IV medication administration errors", "1164 patients",
         "Errors in 60 % of infusions, mostly not prevented by pump technology"],
    ]
    return [
        ("title", "Clinical Evaluation Report – Perfusa LV 2"),
        ("meta", [("Code", "IM-CER-PLV2"), ("Revision", "2"), ("Date", "20/12/2024"), ("Basic UDI-DI", UDI)]),
        ("h", 1, "1. General information"),
        ("h", 2, "1.1 Manufacturer"),
        ("p", f"{MFR}, {ADDR}, SRN IT-MF-000027734."),
        ("h", 2, "1.2 Device"),
        ("p", "The Perfusa LV 2 is a volumetric pump with linear peristaltic mechanism which is used with the "
              "administration sets PS-20 and PS-20B; technical characteristics relevant for the clinical "
              f"evaluation are: {Q_RATE_CER}, volume to be infused 0.1–9999 mL, accuracy ± 5 %, occlusion "
              "pressure selectable at three levels (300, 600, 900 mmHg), air-in-line detection of single "
              "bubbles ≥ 50 µL, internal battery for 8 hours at 25 mL/h, and the drug library with soft and "
              "hard limits."),
        ("h", 2, "1.3 Regulatory status"),
        ("p", "The Perfusa LV 2 is class IIb by Rule 12 of Annex VIII as an active device administering "
              "medicinal products in a potentially hazardous way. Because the pump is neither implantable "
              f"nor classified in class III, {Q_SCOPE_CER}."),
        ("h", 1, "2. Intended purpose"),
        ("p", "Controlled intravenous infusion of solutions, medicinal products, parenteral nutrition, blood "
              "and blood products, continuously or intermittently, for adults and for children from 10 kg "
              "body weight, on general and specialist hospital wards including high-dependency units, "
              "operated by nurses and physicians. The pump is not intended for neonates, epidural "
              "administration, ambulance or home use."),
        ("h", 1, "3. State of the art"),
        ("p", "Large-volume pumps with dose error reduction software are today standard of care on hospital "
              "wards; the literature shows that DERS reduces programming errors [3] but that many "
              "administration errors occur outside the pump programming [4]. Alternatives are gravity "
              "infusion with drip counting and syringe pumps for small volumes."),
        ("h", 1, "4. Clinical data"),
        ("p", "The literature search (MEDLINE, Embase, CINAHL; 2014–2024) found 318 records; 19 were "
              "retained. The data sets mainly relevant are summarised below."),
        ("table", "Table 1. Clinical data", ["Ref.", "Population / setting", "N", "Results"], rows),
        ("p", "The veterinary study [2] was carried out with the same peristaltic mechanism in a university "
              "small-animal intensive care unit; although performed in animals, "
              f"{Q_VET_TEXT}, in particular for low rates and for the occlusion detection. In PERFUSA-WARD "
              "all four acceptance criteria of the CEP were met: accuracy 97.2 % of checks (criterion ≥ 95 %), "
              "DERS interception 100 %, occlusion alarms in time 99.1 % (≥ 98 %), no serious adverse event "
              "due to malfunction."),
        ("h", 1, "5. Benefit-risk"),
        ("p", "Residual risks are over- or under-infusion by wrong programming (mitigated by DERS), free flow "
              "when a set is removed incorrectly (anti-free-flow clamp), air embolism (air detector), "
              "delayed occlusion detection at low rates, and battery depletion during patient transfer on "
              "the ward. The benefit-risk is positive."),
        ("h", 1, "6. PMCF"),
        ("p", "PMCF is performed according to IM-PMCF-PLV2 (registry of infusion events and medication "
              "errors in 500 patients)."),
        ("h", 1, "7. References"),
        ("ol", ["Idrotec Medicale. PERFUSA-WARD clinical investigation report IM-CIR-07, 2024.",
                "Martelli G, et al. Performance of a linear peristaltic infusion pump in canine and feline critical care patients. Vet Anaesth Analg 2021;48:712-719.",
                "Ohashi K, et al. Benefits and risks of using smart pumps to reduce medication error rates: a systematic review. Drug Saf 2014;37:1011-1020.",
                "Schnock KO, et al. The frequency of intravenous medication administration errors related to smart infusion pumps: a multihospital observational study. BMJ Qual Saf 2017;26:131-140."]),
    ]


def pmcf():
    return [
        ("title", "PMCF Plan Perfusa LV 2"),
        ("meta", [("Code", "IM-PMCF-PLV2"), ("Revision", "0"), ("CER", "IM-CER-PLV2 rev. 2")]),
        ("h", 1, "Device"),
        ("p", "Perfusa LV 2 volumetric infusion pump with sets PS-20/PS-20B, class IIb, Basic UDI-DI "
              f"{UDI}, service life 8 years; intended for adults and children ≥ 10 kg on hospital wards."),
        ("h", 1, "Objectives"),
        ("p", "The PMCF registry will confirm in routine use the rate of over- and under-infusion events, "
              "the frequency of occlusion alarms at low rates and of air alarms, and the rate of "
              "medication errors intercepted by the drug library, which correspond to the residual risks of "
              "the CER section 5."),
        ("h", 1, "Design"),
        ("p", "Prospective registry in hospital wards; every infusion event documented by the pump log "
              "and by the ward nurse in the electronic case report form."),
        ("table", None, ["Item", "Content"], [
            ["Number of participating hospitals", Q_TPL_1],
            ["Patients", "500 (adults and children ≥ 10 kg)"],
            ["Sample size rationale", "With 500 patients (about 5000 infusions) an event rate of 1 per 1000 infusions is estimated with a 95 % CI of 0.3–2.3 per 1000"],
            ["Coordinating site", Q_TPL_2],
            ["Duration", "24 months enrolment, report every 12 months"],
        ]),
        ("h", 1, "General methods"),
        ("p", "Literature screening every 12 months; trend analysis of complaints and of pump event logs "
              "downloaded during service."),
    ]


def ifu_en():
    return [
        ("title", "Perfusa LV 2 – Instructions for Use"),
        ("p", f"{MFR} – {ADDR} – Basic UDI-DI {UDI} – CE 2904"),
        ("h", 1, "Intended use"),
        ("p", "The Perfusa LV 2 is a volumetric infusion pump for the controlled continuous or intermittent "
              "intravenous infusion of solutions, medicinal products, parenteral nutrition, blood and blood "
              "products in adults and in children with a body weight of 10 kg or more. It is intended for "
              "use on general and specialist hospital wards, including high-dependency units, by nurses "
              "and physicians trained in its use."),
        ("h", 1, "Contraindications"),
        ("ul", ["Epidural or intrathecal administration.",
                "Neonates and children below 10 kg body weight.",
                "Use in ambulances, aircraft or at home."]),
        ("h", 1, "Warnings"),
        ("ul", ["Use only PS-20 and PS-20B administration sets; other sets may cause free flow or wrong rates.",
                "Close the roller clamp before opening the pump door.",
                "Keep the drug library up to date; a soft limit can be overridden only after confirmation.",
                "At rates below 1 ml/h the time to occlusion alarm can exceed 30 minutes; use a syringe pump for critical low-rate medicines."]),
        ("h", 1, "Technical specifications"),
        ("table", None, ["Characteristic", "Value"], [
            ["Flow rate", Q_RATE_IFU],
            ["Volume to be infused", "0.1 – 9999 ml"],
            ["Accuracy", "± 5 %"],
            ["Occlusion pressure", "300 / 600 / 900 mmHg (3 levels)"],
            ["Air-in-line detection", "single bubble ≥ 50 µl"],
            ["Battery", "8 h at 25 ml/h"],
        ]),
        ("h", 1, "Possible side effects"),
        ("p", "Over- or under-infusion, air embolism, infiltration and extravasation at the cannula site, "
              "delayed therapy after occlusion."),
    ]


def ifu_it():
    return [
        ("title", "Perfusa LV 2 – Istruzioni per l'uso"),
        ("p", f"{MFR} – {ADDR} – UDI-DI di base {UDI} – CE 2904"),
        ("h", 1, "Destinazione d'uso"),
        ("p", "La Perfusa LV 2 è una pompa per infusione volumetrica destinata all'infusione endovenosa "
              "controllata, continua o intermittente, di soluzioni, medicinali, nutrizione parenterale, "
              "sangue ed emoderivati in pazienti adulti e in bambini con peso corporeo pari o superiore a "
              "10 kg. È destinata all'uso nei reparti ospedalieri generali e specialistici, comprese le "
              "unità di terapia subintensiva, da parte di infermieri e medici addestrati."),
        ("h", 1, "Controindicazioni"),
        ("ul", ["Somministrazione epidurale o intratecale.",
                "Neonati e bambini con peso inferiore a 10 kg.",
                "Uso in ambulanza, in aereo o a domicilio."]),
        ("h", 1, "Avvertenze"),
        ("ul", ["Utilizzare esclusivamente i set di somministrazione PS-20 e PS-20B; altri set possono causare flusso libero o velocità errate.",
                "Chiudere il morsetto a rullo prima di aprire lo sportello della pompa.",
                "Mantenere aggiornata la libreria dei farmaci; un limite soft può essere superato solo dopo conferma.",
                "A velocità inferiori a 1 ml/h il tempo di allarme di occlusione può superare 30 minuti; per farmaci critici a bassa velocità utilizzare una pompa a siringa."]),
        ("h", 1, "Specifiche tecniche"),
        ("table", None, ["Caratteristica", "Valore"], [
            ["Velocità di flusso", "0,1 – 999,9 ml/h (incrementi di 0,1 ml/h)"],
            ["Volume da infondere", "0,1 – 9999 ml"],
            ["Precisione", "± 5 %"],
            ["Pressione di occlusione", "300 / 600 / 900 mmHg (3 livelli)"],
            ["Rilevamento aria in linea", "bolla singola ≥ 50 µl"],
            ["Batteria", "8 h a 25 ml/h"],
        ]),
        ("h", 1, "Possibili effetti collaterali"),
        ("p", "Sovra- o sottoinfusione, embolia gassosa, infiltrazione e stravaso nel sito della cannula, "
              "ritardo della terapia dopo un'occlusione."),
    ]


def ifu_es():
    return [
        ("title", "Perfusa LV 2 – Instrucciones de uso"),
        ("p", f"{MFR} – {ADDR} – UDI-DI básico {UDI} – CE 2904"),
        ("h", 1, "Finalidad prevista"),
        ("p", "La Perfusa LV 2 es una bomba de infusión volumétrica para la infusión intravenosa controlada, "
              "continua o intermitente, de soluciones, medicamentos, nutrición parenteral, sangre y "
              "hemoderivados en adultos y en niños con un peso corporal de 10 kg o más. Está destinada al "
              "uso en las plantas de hospitalización generales y especializadas, incluidas las unidades de "
              "cuidados intermedios, por enfermeros y médicos formados."),
        ("h", 1, "Contraindicaciones"),
        ("ul", ["Administración epidural o intratecal.",
                "Neonatos y niños de menos de 10 kg de peso corporal.",
                "Uso en ambulancias, aeronaves o en el domicilio."]),
        ("h", 1, "Advertencias"),
        ("ul", ["Utilice solo los equipos de administración PS-20 y PS-20B; otros equipos pueden provocar flujo libre o velocidades erróneas.",
                "Cierre la pinza de rodillo antes de abrir la puerta de la bomba.",
                "Mantenga actualizada la biblioteca de fármacos; un límite blando solo puede superarse tras confirmación.",
                "Con velocidades inferiores a 1 ml/h el tiempo hasta la alarma de oclusión puede superar 30 minutos; para fármacos críticos a baja velocidad utilice una bomba de jeringa."]),
        ("h", 1, "Especificaciones técnicas"),
        ("table", None, ["Característica", "Valor"], [
            ["Velocidad de flujo", "0,1 – 999,9 ml/h (incrementos de 0,1 ml/h)"],
            ["Volumen a infundir", "0,1 – 9999 ml"],
            ["Precisión", "± 5 %"],
            ["Presión de oclusión", "300 / 600 / 900 mmHg (3 niveles)"],
            ["Detección de aire en línea", "burbuja única ≥ 50 µl"],
            ["Batería", "8 h a 25 ml/h"],
        ]),
        ("h", 1, "Posibles efectos secundarios"),
        ("p", "Sobre- o infrainfusión, embolia gaseosa, infiltración y extravasación en el lugar de la cánula, "
              "retraso del tratamiento tras una oclusión."),
    ]


def cear():
    return [
        ("title", "CEAR – Clinical Evaluation Assessment Report"),
        ("meta", [("Notified Body", "Istituto Europeo di Certificazione Medicale (NB 2904)"), ("Dossier", "IECM-2024-0457"),
                  ("Date", "05/03/2025")]),
        ("h", 1, "A. Administrative particulars"),
        ("p", f"Manufacturer: {MFR} (SRN IT-MF-000027734). Device: Perfusa LV 2 volumetric infusion pump with "
              f"administration sets PS-20/PS-20B, Basic UDI-DI {UDI}; class IIb, Rule 12. Initial "
              "certification. Documents reviewed: IM-CEP-PLV2 rev. 1, IM-CER-PLV2 rev. 2, IM-PMCF-PLV2 rev. 0, "
              "IFU (EN, IT, ES)."),
        ("h", 1, "C. Intended purpose"),
        ("p", "Controlled IV infusion of solutions, medicinal products, parenteral nutrition and blood "
              "products in adults and children of 10 kg or more, on hospital wards including high-dependency "
              "units."),
        ("h", 1, "E. Clinical investigation"),
        ("p", "PERFUSA-WARD, 220 patients; acceptance criteria of the CEP reported and met."),
        ("h", 1, "H. Conclusion"),
        ("p", "Clinical evidence sufficient; benefit-risk acceptable."),
        ("h", 1, "I. Article 54"),
        ("p", f"{Q_SCOPE_CEAR} (Annex VIII, Rule 12). No exemption according to Article 54(2) applies. "
              "Proposed panel: respiratory, anaesthesiology and intensive care."),
    ]


def build():
    docs = [
        Doc("IM-CEP-PLV2_rev1.pdf", "CEP", "en", cep(), "Idrotec Medicale – IM-CEP-PLV2"),
        Doc("IM-CER-PLV2_rev2.pdf", "CER", "en", cer(), "Idrotec Medicale – IM-CER-PLV2 rev. 2"),
        Doc("IM-PMCF-PLV2.docx", "PMCF-plan", "en", pmcf(), "IM-PMCF-PLV2"),
        Doc("Perfusa_LV2_IFU_EN.docx", "IFU", "en", ifu_en(), "Perfusa LV 2 IFU"),
        Doc("Perfusa_LV2_IFU_IT.docx", "IFU", "it", ifu_it(), "Perfusa LV 2 IPU"),
        Doc("Perfusa_LV2_IFU_ES.pdf", "IFU", "es", ifu_es(), "Perfusa LV 2 IDU"),
        Doc("CEAR_IECM-2024-0457.docx", "CEAR", "en", cear(), "IECM – CEAR"),
    ]
    cep_n, cer_n, pmcf_n, ifu_n, cear_n = (docs[0].name, docs[1].name, docs[2].name, docs[3].name,
                                             docs[6].name)
    labels = [
        Label("cer_denies_cecp_for_rule12_pump", "scope", [cer_n, cear_n], [Q_SCOPE_CER, Q_SCOPE_CEAR],
              "The CER states the Article 54 consultation does not apply because the pump is not implantable "
              "or class III, although it is a class IIb active device administering medicinal products "
              "(Art. 54(1)(b)); the CEAR says the procedure applies.", ["documentation"]),
        Label("flow_rate_range_differs", "specification", [cer_n, ifu_n], [Q_RATE_CER, Q_RATE_IFU],
              "The CER gives a flow-rate range of 1-1200 mL/h, the IFU 0.1-999.9 ml/h.", []),
        Label("veterinary_study_used_as_clinical_evidence", "evidence", [cer_n], [Q_VET_TABLE, Q_VET_TEXT],
              "A study in dogs and cats is used to confirm clinical accuracy and safety in human patients.",
              []),
        Label("pmcf_plan_unfilled_placeholders", "template", [pmcf_n], [Q_TPL_1, Q_TPL_2],
              "The PMCF plan still contains unfilled placeholders for the number of hospitals and the "
              "principal investigator.", ["pmcf"]),
    ]
    _ = cep_n
    return Dossier("h03_volumetric_infusion_pump", "Perfusa LV 2 large-volume volumetric infusion pump", "IIb",
                   False, docs, labels)
