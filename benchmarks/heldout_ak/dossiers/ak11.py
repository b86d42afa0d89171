"""ak11 – acellular porcine collagen tympanic membrane graft. Class III (Rule 18, non-viable animal tissue;
implantable): CECP required. CLEAN; near-misses: '≥ 6 years' / 'from the age of six' / '[6; 80]',
20 × 30 mm / 2 × 3 cm, 'remodelled within 3 to 6 months' vs '12 to 26 weeks'; children covered by data."""
import common as C

NAME = "TympaMatrix collagen tympanic membrane graft"
D = dict(
    dossier="ak11_tympanicgraft",
    device="TympaMatrix – acellular porcine dermal collagen graft for myringoplasty and type I tympanoplasty",
    cls_label="III", cls="III", rule="Annex VIII, Rule 18 (non-viable tissue of animal origin) and Rule 8",
    company="Otobio NV", addr="Corneel Heymanslaan 10, 9000 Ghent, Belgium", srn="BE-MF-000083377",
    name=NAME, model="TM-2030 (20 × 30 mm sheet)", udi="5430004TM2030OBY6",
    abbr_sentence=("The device is intended for the closure of tympanic membrane perforations (TMP) by myringoplasty "
                   "or type I tympanoplasty (TPL I); the air-bone gap (ABG) is referred to as such. The device is "
                   "manufactured from porcine tissue and is subject to Commission Regulation (EU) No 722/2012 "
                   "(TSE risk management)."),
    cecp_text=("The device is a class III implantable device (it remains in the middle ear until it is remodelled "
               "into host tissue); Article 54(1)(a) MDR applies and the clinical evaluation consultation "
               "procedure (CECP) is expected, no exemption of Article 54(2) being claimed."),
    purpose=("The TympaMatrix graft is intended to serve as a scaffold for the regeneration of the tympanic membrane "
             "in the surgical closure of chronic TMP, placed by underlay or over-underlay technique."),
    population="patients aged [6; 80] years with a dry chronic TMP persisting ≥ 3 months, without cholesteatoma.",
    indications=["Chronic dry TMP (central or marginal, ≤ 75% of the pars tensa) by myringoplasty or TPL I"],
    contraindications=["Cholesteatoma or chronic otitis media with active otorrhoea",
                       "Known sensitivity to porcine material or religious or personal objection to porcine products (the patient shall be informed)",
                       "Ossicular chain discontinuity requiring reconstruction in the same session"],
    users="otologists and ENT surgeons, in the operating theatre.",
    description=[
        "The graft is an acellular, non-cross-linked type I collagen matrix obtained from porcine dermis of "
        "animals from controlled herds, decellularised, lyophilised and sterilised by electron-beam "
        "irradiation; thickness 0.3 ± 0.05 mm. It is rehydrated for 2 min in saline and trimmed intra-"
        "operatively.",
        "The matrix is repopulated by host fibroblasts and epithelium and is remodelled into host tissue within "
        "3 to 6 months, according to the animal studies in the chinchilla model [4]."],
    spec_caption="Table 1. Characteristics of the graft",
    specs=[["Dimensions", "20 × 30 mm, thickness 0.3 mm"], ["Material", "Porcine dermal collagen type I, non-cross-linked"],
           ["Sterilisation", "E-beam, SAL 1.0 × 10^-6"], ["Rehydration", "2 min in 0.9% NaCl"], ["Remodelling", "3 to 6 months"]],
    spec_notes=["TSE: source animals and viral inactivation steps documented according to Regulation (EU) No 722/2012 and ISO 22442-1 to -3."],
    sota=[
        "Autologous temporalis fascia and cartilage are the reference grafts for myringoplasty, with closure rates "
        "of 85% to 93% at 6 to 12 months in adults and of 80% to 90% in children [1, 2]; biological and synthetic "
        "grafts avoid donor-site morbidity and shorten the operating time [3].",
        "Hearing outcome is expressed as the post-operative ABG, an ABG ≤ 20 dB being regarded as success; the "
        "recurrence of perforation after 12 months is rare but is higher in children [2]."],
    search_date="12 February 2025", search_n=(544, 398, 12),
    lit=[["[1]", "Meta-analysis", "3 820", "Adults, fascia vs cartilage", "≥ 12 mo", "Closure 88% vs 92%"],
         ["[2]", "Meta-analysis", "2 117", "Children 6 to 17 years", "≥ 12 mo", "Closure 83%"],
         ["OB-01", "RCT, own device vs fascia", "180", "6 to 78 years (children n = 52)", "12 mo", "Closure 90.0% vs 91.1%"]],
    lit_notes=["mo, months. OB-01: non-inferiority margin 10%; children randomised in a pre-specified stratum."],
    clin=["The randomised study OB-01 compared the device with autologous temporalis fascia in 180 patients aged 6 to "
          "78 years (128 adults, 52 children). At 12 months, closure was achieved in 81 of 90 (90.0%) versus 82 "
          "of 90 (91.1%) patients (difference −1.1%, 95% CI −9.8% to 7.6%); in the paediatric stratum 23 of 26 "
          "(88.5%) versus 22 of 26 (84.6%). The mean ABG improved from 21.4 ± 7.9 dB to 10.2 ± 6.1 dB with the device."],
    equiv="No equivalence is claimed.",
    safety=[["Re-perforation at 12 months", "9 of 90 (10.0%)", "7% to 15% [1, 2]"],
            ["Graft lateralisation", "1 of 90 (1.1%)", "≤ 2% [3]"],
            ["Post-operative otitis media", "3 of 90 (3.3%)", "2% to 6% [3]"]],
    risks=["re-perforation", "graft lateralisation", "infection", "theoretical TSE transmission (mitigated per Regulation (EU) No 722/2012)"],
    performance=["The clinical benefits are the closure of the perforation and the improvement of hearing (ABG) "
                 "without harvesting of autologous tissue."],
    br="The benefit-risk ratio is favourable and comparable to autologous fascia, without donor-site morbidity.",
    conclusion="Conformity with GSPR 1, 8 and 13.2 is demonstrated for patients aged 6 to 80 years.",
    pmcf_summary="A prospective registry (OB-PMCF-011) with 24-month follow-up, including ≥ 80 children, is planned.",
    cer_authors="Prof. dr. K. Van de Velde (otologist, PhD), dr. G. Martens (PhD, tissue engineering), V. De Clercq (MSc, regulatory affairs)",
    cep_ref="OB-CEP-011 v1.0",
    benefits=[["Perforation closure", "Closure at 12 months", "Non-inferior to fascia (margin 10%)"],
              ["Hearing", "ABG at 12 months", "Mean ABG ≤ 20 dB"],
              ["Safety", "Re-perforation, lateralisation, infection", "Within SOTA ranges"]],
    devplan="RCT OB-01 (completed) and PMCF registry with 24-month follow-up.",
    pico=("patients 6 to 80 years with chronic dry TMP", "porcine collagen graft", "temporalis fascia, cartilage", "closure, ABG, complications"),
    br_criteria="All criteria of Table 1.",
    refs=["[1] Jalali MM et al. Otolaryngol Head Neck Surg 2017;157:23-31.", "[2] Hardman J et al. Otol Neurotol 2015;36:796-804.",
          "[3] Literature database OB-LIT-2025.", "[4] Pre-clinical report OB-PRE-004 (chinchilla model)."],
    pmcf=dict(
        rationale="Re-perforation beyond 12 months, particularly in children, remains uncertain.",
        objectives=["To estimate the closure rate at 24 months overall and in children", "To monitor late lateralisation and infection"],
        design="Prospective registry in 5 ENT departments (Ghent, Antwerp, Thessaloniki, Zagreb, Kaunas).",
        population="patients aged 6 to 80 years treated with the device, with ≥ 80 children aged 6 to 17 years.",
        n="240 patients (≥ 80 children); expected closure 88% gives a 95% CI half-width of ±7% in children.",
        endpoints=["Closure at 12 and 24 months", "ABG", "Lateralisation, infection"],
        general=["Complaint trending", "TSE-related literature surveillance"],
        timeline=[["Start", "Q3 2025"], ["Final report", "Q4 2028"]],
        link="The objectives address the residual risk of re-perforation (CER Section 7)."),
)
D["ifu"] = {
    "en": dict(name=NAME, title_line="Sterile. Single use. Contains material of porcine origin.", purpose=D["purpose"],
               population="Patients from the age of six up to 80 years with a dry chronic tympanic membrane perforation.",
               indications=["Chronic dry tympanic membrane perforation, closed by myringoplasty or type I tympanoplasty"],
               contraindications=["Cholesteatoma or active ear discharge", "Objection to or known sensitivity to porcine material",
                                  "Ossicular reconstruction needed in the same operation"],
               users="ENT surgeons; operating theatre.",
               warnings=["Rehydrate for 2 minutes before use.", "Inform the patient that the graft is of porcine origin."],
               specs=[["Dimensions", "2 × 3 cm, 0.3 mm"], ["Remodelling", "12 to 26 weeks"]],
               side="Re-perforation, graft lateralisation, middle ear infection."),
    "el": dict(name=NAME, title_line="Αποστειρωμένο. Μίας χρήσης. Περιέχει υλικό χοίρειας προέλευσης.",
               purpose=("Το μόσχευμα TympaMatrix προορίζεται ως ικρίωμα για την αναγέννηση της τυμπανικής μεμβράνης στη χειρουργική "
                        "σύγκλειση χρόνιων διατρήσεων τυμπανικής μεμβράνης."),
               population="Ασθενείς ηλικίας 6 έως 80 ετών με ξηρή χρόνια διάτρηση της τυμπανικής μεμβράνης.",
               indications=["Χρόνια ξηρή διάτρηση τυμπανικής μεμβράνης, με μυριγγοπλαστική ή τυμπανοπλαστική τύπου I"],
               contraindications=["Χολοστεάτωμα ή ενεργός ωτόρροια", "Αντίρρηση ή γνωστή ευαισθησία σε χοίρειο υλικό",
                                  "Ανάγκη ανακατασκευής οσταρίων στην ίδια επέμβαση"],
               users="Χειρουργοί ΩΡΛ· χειρουργείο.",
               warnings=["Ενυδατώστε για 2 λεπτά πριν από τη χρήση.", "Ενημερώστε τον ασθενή για τη χοίρεια προέλευση του μοσχεύματος."],
               specs=[["Διαστάσεις", "20 × 30 mm, 0,3 mm"], ["Αναδιαμόρφωση", "3 έως 6 μήνες"]]),
    "hr": dict(name=NAME, title_line="Sterilno. Za jednokratnu uporabu. Sadrži materijal svinjskog podrijetla.",
               purpose=("Presadak TympaMatrix namijenjen je kao potporna struktura za regeneraciju bubnjića pri kirurškom zatvaranju "
                        "kroničnih perforacija bubnjića."),
               population="Bolesnici u dobi od 6 do 80 godina sa suhom kroničnom perforacijom bubnjića.",
               indications=["Kronična suha perforacija bubnjića, miringoplastikom ili timpanoplastikom tipa I"],
               contraindications=["Kolesteatom ili aktivni iscjedak iz uha", "Prigovor ili poznata osjetljivost na svinjski materijal",
                                  "Potrebna rekonstrukcija slušnih koščica u istom zahvatu"],
               users="Otorinolaringolozi; operacijska sala.",
               warnings=["Prije uporabe rehidrirati 2 minute.", "Obavijestite bolesnika o svinjskom podrijetlu presatka."],
               specs=[["Dimenzije", "20 × 30 mm, 0,3 mm"], ["Remodeliranje", "3 do 6 mjeseci"]], lines=False),
    "lt": dict(name=NAME, title_line="Sterilu. Vienkartinio naudojimo. Sudėtyje yra kiaulių kilmės medžiagos.",
               purpose=("TympaMatrix transplantatas skirtas kaip karkasas būgnelio regeneracijai chirurgiškai uždarant lėtines būgnelio perforacijas."),
               population="Pacientai nuo 6 iki 80 metų, turintys sausą lėtinę būgnelio perforaciją.",
               indications=["Lėtinė sausa būgnelio perforacija, uždaroma miringoplastika arba I tipo timpanoplastika"],
               contraindications=["Cholesteatoma arba aktyvi otorėja", "Prieštaravimas ar žinomas jautrumas kiaulių kilmės medžiagai",
                                  "Būtina klausomųjų kauliukų rekonstrukcija tos pačios operacijos metu"],
               users="Ausų, nosies ir gerklės chirurgai; operacinė.",
               warnings=["Prieš naudojimą rehidratuokite 2 minutes.", "Informuokite pacientą apie kiaulių kilmės transplantatą."],
               specs=[["Matmenys", "20 × 30 mm, 0,3 mm"], ["Remodeliacija", "3–6 mėnesiai"]]),
}
D["sscp"] = dict(
    purpose="A thin sheet of purified pig collagen used to close a hole in the eardrum during ear surgery; the body replaces it with its own tissue within 3 to 6 months.",
    population="Patients aged 6 to 80 years with a dry hole in the eardrum for at least 3 months, without cholesteatoma.",
    contra="Cholesteatoma or running ear; objection to or sensitivity to pig-derived material; need for repair of the hearing bones in the same operation.",
    description="Sheet of 2 × 3 cm, 0.3 mm thick, of non-cross-linked pig skin collagen, sterilised by electron beam.",
    risks="Hole re-opening (about 1 in 10 patients), graft moving outward (about 1 in 100), ear infection (about 3 in 100).",
    clinical="In a randomised study of 180 patients (52 children), the eardrum was closed at 12 months in 90% with the device and 91% with the patient's own tissue. A registry with 24 months follow-up, including at least 80 children, is planned.",
    alternatives="Patient's own temporalis fascia, cartilage or perichondrium; fat plug myringoplasty for small holes.",
    users="ENT surgeons experienced in middle ear surgery.")
D["cear"] = dict(
    docs="OB-CEP-011 v1.0; OB-CER-011 v1.2; OB-PMCF-011 v1.0; IFU TympaMatrix (EN, EL, HR, LT) rev. 1; SSCP-TM rev. 0; Regulation (EU) 722/2012 dossier.",
    reviewers="Dr. Spyridon Koutsoukos, MD, otorhinolaryngologist (clinical reviewer); Dr. Vasiliki Raptis, PhD, biologist (tissues of animal origin).",
    description=("The under evaluation device is an acellular porcine dermal collagen sheet for myringoplasty and type I tympanoplasty in "
                 "patients aged 6 to 80 years."),
    purpose=D["purpose"],
    cecp="Applicable according to Article 54(1)(a) MDR (class III implantable device). The CEAR is forwarded to the Commission.",
    sota="The SOTA with autologous fascia and cartilage as benchmarks is adequate.", lit="The literature search is adequate.",
    ci="The RCT OB-01 (n = 180, 52 children) was assessed; the paediatric stratum supports the inclusion of children from 6 years.",
    br="The benefit-risk is acceptable; the PMCF registry is specific to late re-perforation in children.",
    findings=[("Porcine origin information", "It is requested from the Manufacturer to inform the patient about the porcine origin in all language versions. Closed.")],
    conclusion="The clinical evidence is considered sufficient, subject to the outcome of the CECP.",
)

DOCS = [
    ("OB-CEP-011_v1.0.pdf", "CEP", "en", lambda d: C.cep(d, "OB-CEP-011", "1.0", "2024-12-16")),
    ("OB-CER-011_TympaMatrix_v1.2.pdf", "CER", "en", lambda d: C.cer(d, "OB-CER-011", "1.2", "2025-04-10")),
    ("OB-PMCF-011_v1.0.docx", "PMCF-plan", "en", lambda d: C.pmcf(d, "OB-PMCF-011", "1.0", "2025-04-10")),
    ("IFU_TympaMatrix_EN_r1.pdf", "IFU", "en", lambda d: C.ifu(d, "en", "IFU TympaMatrix EN r1")),
    ("IFU_TympaMatrix_EL_r1.docx", "IFU", "el", lambda d: C.ifu(d, "el", "IFU TympaMatrix EL r1")),
    ("IFU_TympaMatrix_HR_r1.pdf", "IFU", "hr", lambda d: C.ifu(d, "hr", "IFU TympaMatrix HR r1")),
    ("IFU_TympaMatrix_LT_r1.docx", "IFU", "lt", lambda d: C.ifu(d, "lt", "IFU TympaMatrix LT r1")),
    ("SSCP-TM_rev0.docx", "SSCP", "en", lambda d: C.sscp(d, "SSCP-TM", "0")),
    ("HIMDC_CEAR_2025-262.docx", "CEAR", "en", lambda d: C.cear(d, "CEAR 2025-262", "2025-07-29")),
]
LABELS = []
