"""ak04 – silicone intranasal septal splint. Class I (Rule 5, short-term in the nasal cavity): CECP not
applicable and no notified body involvement (no CEAR). Planted: CER states that the CECP applies
(scope); IFU lets patients remove the splints at home (care-setting); IFU adds epistaxis packing
(intended-use); maximum indwelling time 14 vs 7 days (specification)."""
import common as C

NAME = "SeptaFix silicone septal splint"
D = dict(
    dossier="ak04_septalsplint",
    device="SeptaFix – silicone intranasal septal splint with integrated airway, after septoplasty",
    cls_label="I", cls="I", rule="Annex VIII, Rule 5 (short-term use in the nasal cavity)",
    company="Rhinologic B.V.", addr="Padualaan 8, 3584 CH Utrecht, the Netherlands", srn="NL-MF-000061342",
    name=NAME, model="SF-02 (pair, with airway tube)", udi="87194112SF02SPLNT6",
    abbr_sentence=("The device is intended for use after septoplasty and septorhinoplasty, hereinafter "
                   "collectively referred to as nasal septal surgery (NSS); intranasal synechiae (adhesions) "
                   "and septal haematoma are referred to as such."),
    cecp_text=("Although the device is placed in class I, the splints remain in situ after the surgical "
               "procedure and are therefore regarded by the authors as implantable; accordingly, the clinical "
               "evaluation consultation procedure (CECP) of Article 54(1) MDR is considered applicable and "
               "shall be initiated by the notified body."),
    purpose=("The SeptaFix splints are intended to be placed on both sides of the nasal septum at the end of "
             "NSS and fixed with a transseptal suture, in order to stabilise the septum, to prevent septal "
             "haematoma and to prevent synechiae between septum and lateral nasal wall during healing."),
    population="patients aged 12 years and older undergoing NSS.",
    indications=["Stabilisation of the septum after septoplasty or septorhinoplasty",
                 "Prevention of synechiae after concomitant inferior turbinate surgery"],
    contraindications=["Known allergy to silicone", "Septal perforation larger than 1 cm in which the splint could migrate into the contralateral nasal cavity",
                       "Toxic shock syndrome in the patient's history"],
    users=("ENT surgeons place the splints in the operating theatre; removal by the ENT surgeon at the outpatient follow-up visit."),
    description=[
        "The splints are die-cut sheets of medical-grade silicone (thickness 0.5 mm, Shore A 50) of 55 × 35 "
        "mm with an integrated airway tube (internal diameter 3.5 mm) along the caudal border; they may be "
        "trimmed with scissors to the individual anatomy before insertion.",
        "Both splints are fixed with a single transseptal non-absorbable suture (e.g. 3-0 polypropylene), the "
        "airway tube permitting nasal breathing during the indwelling period."],
    spec_caption="Table 1. Technical characteristics",
    specs=[["Material", "Medical-grade silicone, ISO 10993-1 tested"],
           ["Dimensions", "55 × 35 mm, thickness 0.5 mm"],
           ["Airway tube", "internal diameter 3.5 mm"],
           ["Maximum indwelling time", "7 days (removal no later than day 7)"],
           ["Sterilisation", "Ethylene oxide, single use"]],
    spec_notes=["Dimensions prior to trimming."],
    sota=[
        "Nasal septal splints have been used since the 1970s after NSS; the literature yields conflicting "
        "results on their effect on synechiae, a meta-analysis showing a reduced rate of adhesions with "
        "splints (risk ratio 0.42, 95% CI 0.23 to 0.77) but more pain at removal [1, 2].",
        "Alternative options are transseptal quilting sutures, absorbable packing, non-absorbable packing "
        "(merocel) and no packing at all; the choice depends on concomitant turbinate surgery and on the "
        "surgeon's preference [3]."],
    search_date="2 December 2024", search_n=(418, 302, 9),
    lit=[["[1]", "Meta-analysis", "1 180", "NSS, adults", "≤ 3 mo", "Synechiae RR 0.42 (0.23 to 0.77)"],
         ["[2]", "RCT", "90", "Septoplasty ± turbinates", "1 mo", "Pain at removal VAS 3.1 ± 1.9"],
         ["[4]", "Prospective cohort", "124", "NSS, 14 to 71 years", "3 mo", "Synechiae 2.4%"],
         ["SF-PMS", "PMS, own device", "~2.6 × 10^4", "NSS", "—", "0.02% complaints"]],
    lit_notes=["mo, months; RR, risk ratio; VAS, visual analogue scale 0 to 10."],
    clin=["No clinical investigation was performed. The PMS data 2018-2024 for the device (approximately "
          "2.6 × 10^4 pairs sold) comprised 5 complaints (splint tearing at removal in 3 cases, 2 cases of "
          "crusting with obstruction of the airway tube), and no serious incident."],
    equiv="No equivalence is claimed.",
    safety=[["Synechiae", "not collected in PMS", "2% to 6% [1, 4]"],
            ["Infection / toxic shock", "0 reports", "rare (case reports) [3]"],
            ["Pain at removal", "not collected", "VAS 2 to 4 [2]"]],
    risks=["pain at removal", "crusting and obstruction of the airway tube", "local infection", "very rarely toxic shock syndrome"],
    performance=["The clinical benefits are a reduced rate of synechiae and of septal haematoma and the "
                 "maintenance of nasal breathing through the airway tube during the indwelling period."],
    br=("The benefit-risk ratio is acceptable; the device is a well-established, low-risk device, and the "
        "residual risks are disclosed in the IFU."),
    conclusion="Conformity with GSPR 1 and 8 is demonstrated.",
    pmcf_summary="A retrospective chart review of 200 patients at two Dutch centres is planned (RL-PMCF-004).",
    cer_authors="dr. P. van Dijk (ENT surgeon, PhD), ir. N. Jansen (MSc, biomedical engineering)",
    cep_ref="RL-CEP-004 v1.0",
    benefits=[["Prevention of synechiae", "Synechiae at 3 months (endoscopy)", "≤ 6%"],
              ["Airway patency", "Patient-reported nasal breathing during indwelling (NOSE score)", "Not worse than SOTA for splints"],
              ["Safety", "Complications requiring intervention", "≤ 2%"]],
    devplan="No clinical investigation; PMS and literature supplemented by a retrospective PMCF review.",
    pico=("patients ≥ 12 years undergoing NSS", "intranasal silicone splints", "no splint, packing, quilting sutures", "synechiae, pain, infection"),
    br_criteria="Acceptance criteria of Table 1; the benefit-risk ratio shall not be inferior to packing.",
    refs=["[1] Wang TC et al. Meta-analysis of septal splints. (fictional for illustration)",
          "[2] Cook JA et al. Clin Otolaryngol 1992;17:24-7.",
          "[3] Dąbrowska-Bień J et al. Eur Arch Otorhinolaryngol 2018;275:1849-58.",
          "[4] Internal literature database RL-LIT-2024."],
    pmcf=dict(
        rationale="The rates of synechiae and of airway-tube obstruction have not been recorded systematically for the device.",
        objectives=["To determine the rate of synechiae at 3 months", "To determine the rate of airway-tube obstruction requiring intervention"],
        design="Retrospective chart review at two Dutch ENT departments (Utrecht, Nijmegen).",
        population="patients aged 12 years and older who received the device after NSS in 2023-2024.",
        n="200 patients; with an expected synechiae rate of 4%, the 95% CI half-width is ±2.7%.",
        endpoints=["Synechiae at endoscopy at 3 months", "Obstruction of the airway tube", "Infection"],
        general=["Complaint trending", "Literature review every 2 years"],
        timeline=[["Data extraction", "Q3 2025"], ["Report", "Q1 2026"]],
        link="Both objectives correspond to residual risks in CER Section 7."),
)
D["ifu"] = {
    "en": dict(name=NAME, title_line="Sterile. Single use. For use by ENT surgeons.",
               purpose=D["purpose"], population="Patients aged 12 years and older undergoing nasal septal surgery.",
               indications=D["indications"] + ["Anterior nasal packing in patients with recurrent anterior epistaxis"],
               contraindications=D["contraindications"],
               users="Placement by ENT surgeons in the operating theatre.",
               warnings=["Instruct the patient to rinse the nose with saline twice daily to keep the airway tubes open.",
                         "The patient may remove the splints at home on day 7 by cutting the transseptal suture and pulling the splints out gently.",
                         "Seek medical advice in case of fever, rash or hypotension (toxic shock syndrome)."],
               specs=[["Material", "Medical-grade silicone"], ["Dimensions", "55 × 35 mm, 0.5 mm"],
                      ["Airway tube", "Ø 3.5 mm"], ["Maximum indwelling time", "14 days (remove no later than day 14)"]],
               side="Pain or discomfort at removal, crusting, nasal obstruction, local infection."),
    "nl": dict(name=NAME, title_line="Steriel. Voor eenmalig gebruik.",
               purpose=("De SeptaFix-spalken worden aan het einde van septumchirurgie aan beide zijden van het neustussenschot geplaatst en "
                        "met een transseptale hechting gefixeerd, om het septum te stabiliseren en synechieën en een septumhematoom te voorkomen."),
               population="Patiënten van 12 jaar en ouder die septumchirurgie ondergaan.",
               indications=["Stabilisatie van het septum na septoplastiek of septorinoplastiek", "Preventie van synechieën na gelijktijdige conchachirurgie",
                            "Anterieure neustamponnade bij patiënten met recidiverende anterieure epistaxis"],
               contraindications=["Bekende allergie voor siliconen", "Septumperforatie groter dan 1 cm", "Toxischeshocksyndroom in de voorgeschiedenis"],
               users="Plaatsing door KNO-artsen in de operatiekamer.",
               warnings=["De patiënt mag de spalken op dag 7 thuis verwijderen door de hechting door te knippen en de spalken voorzichtig uit te trekken.",
                         "Raadpleeg een arts bij koorts, huiduitslag of lage bloeddruk."],
               specs=[["Materiaal", "Medische siliconen"], ["Afmetingen", "55 × 35 mm, 0,5 mm"], ["Maximale verblijfsduur", "14 dagen"]],
               lines=False),
    "hr": dict(name=NAME, title_line="Sterilno. Za jednokratnu uporabu.",
               purpose=("SeptaFix udlage postavljaju se na kraju operacije nosne pregrade s obje strane septuma i fiksiraju transseptalnim šavom, "
                        "radi stabilizacije septuma te sprječavanja hematoma i sinehija."),
               population="Bolesnici u dobi od 12 godina i stariji koji se podvrgavaju operaciji nosne pregrade.",
               indications=["Stabilizacija septuma nakon septoplastike ili septorinoplastike", "Sprječavanje sinehija nakon istodobne operacije nosnih školjki",
                            "Prednja tamponada nosa kod bolesnika s ponavljajućom prednjom epistaksom"],
               contraindications=["Poznata alergija na silikon", "Perforacija septuma veća od 1 cm", "Sindrom toksičnog šoka u anamnezi"],
               users="Postavljanje obavljaju otorinolaringolozi u operacijskoj sali.",
               warnings=["Bolesnik smije sam ukloniti udlage kod kuće 7. dana tako da prereže šav i nježno izvuče udlage.",
                         "Potražite liječničku pomoć u slučaju vrućice, osipa ili niskog krvnog tlaka."],
               specs=[["Materijal", "Medicinski silikon"], ["Dimenzije", "55 × 35 mm, 0,5 mm"], ["Najdulje vrijeme zadržavanja", "14 dana"]]),
}

DOCS = [
    ("RL-CEP-004_SeptaFix_v1.0.docx", "CEP", "en", lambda d: C.cep(d, "RL-CEP-004", "1.0", "2024-09-30")),
    ("RL-CER-004_SeptaFix_v1.1.pdf", "CER", "en", lambda d: C.cer(d, "RL-CER-004", "1.1", "2025-01-15")),
    ("RL-PMCF-004_v1.0.docx", "PMCF-plan", "en", lambda d: C.pmcf(d, "RL-PMCF-004", "1.0", "2025-01-15")),
    ("IFU_SeptaFix_EN_v3.pdf", "IFU", "en", lambda d: C.ifu(d, "en", "IFU SeptaFix EN v3")),
    ("IFU_SeptaFix_NL_v3.docx", "IFU", "nl", lambda d: C.ifu(d, "nl", "IFU SeptaFix NL v3")),
    ("IFU_SeptaFix_HR_v3.pdf", "IFU", "hr", lambda d: C.ifu(d, "hr", "IFU SeptaFix HR v3")),
]

LABELS = [
    dict(defect="cecp_claimed_for_class_i_splint", category="scope",
         documents=["RL-CER-004_SeptaFix_v1.1.pdf", "RL-CEP-004_SeptaFix_v1.0.docx"],
         quotes=["are therefore regarded by the authors as implantable",
                 "is considered applicable and shall be initiated by the notified body"],
         description="A class I splint left in the nose for days is neither implantable (not totally introduced, < 30 days) "
                     "nor class III/IIb Rule 12; the CECP cannot apply and no notified body assesses the clinical evaluation.",
         accept=[]),
    dict(defect="patient_removes_splints_at_home", category="care-setting",
         documents=["IFU_SeptaFix_EN_v3.pdf", "RL-CER-004_SeptaFix_v1.1.pdf"],
         quotes=["The patient may remove the splints at home on day 7 by cutting the transseptal suture",
                 "removal by the ENT surgeon at the outpatient follow-up visit"],
         description="The IFUs let the patient cut the transseptal suture and remove the splints at home, whereas the CER "
                     "evaluates removal by the ENT surgeon in the outpatient clinic.",
         accept=["safety-instruction"]),
    dict(defect="epistaxis_packing_indication_not_evaluated", category="intended-use",
         documents=["IFU_SeptaFix_EN_v3.pdf", "RL-CER-004_SeptaFix_v1.1.pdf"],
         quotes=["Anterior nasal packing in patients with recurrent anterior epistaxis",
                 "Prevention of synechiae after concomitant inferior turbinate surgery"],
         description="The IFUs add anterior nasal packing for recurrent epistaxis, an indication absent from CEP and CER and "
                     "not covered by any clinical data.",
         accept=["evidence"]),
    dict(defect="indwelling_time_14_vs_7_days", category="specification",
         documents=["IFU_SeptaFix_EN_v3.pdf", "RL-CER-004_SeptaFix_v1.1.pdf"],
         quotes=["14 days (remove no later than day 14)", "7 days (removal no later than day 7)"],
         description="The maximum indwelling time is 14 days in the IFUs but 7 days in the CER specification.",
         accept=["safety-instruction"]),
]
