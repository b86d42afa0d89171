"""ak07 – osmotic (hygroscopic) cervical dilator rods for cervical ripening before induction of labour.
Class IIa (Rule 5, short-term in a body orifice): CECP not required. CLEAN; near-misses: 12 h / 720 min,
4 mm / 0.4 cm, 'Bishop score < 6' / 'Bishop score of 5 or less', infection contraindication phrased
differently, 37+0 / 37 0/7 weeks."""
import common as C

NAME = "Dilacerv osmotic cervical dilator"
D = dict(
    dossier="ak07_cervicaldilator",
    device="Dilacerv – synthetic hydrogel osmotic cervical dilator rods for cervical ripening at term",
    cls_label="IIa", cls="IIa", rule="Annex VIII, Rule 5 (invasive via body orifice, short-term)",
    company="Gyneos B.V.", addr="Uppsalalaan 17, 3584 CT Utrecht, the Netherlands", srn="NL-MF-000073391",
    name=NAME, model="DC-4 (4 × 65 mm)", udi="87194500DC4OSMG8",
    abbr_sentence=("The device is intended for cervical ripening prior to induction of labour (IOL) in women with "
                   "an unfavourable cervix, i.e. a Bishop score < 6; prostaglandin E2 (PGE2, dinoprostone) and "
                   "the transcervical balloon catheter (TBC) are referred to as such."),
    cecp_text=("The device, being a class IIa non-active device for short-term use, lies outside the scope of "
               "Article 54(1) MDR; consequently no clinical evaluation consultation procedure (CECP) is required."),
    purpose=("The Dilacerv rods are intended to be inserted into the cervical canal, where they absorb fluid and "
             "expand radially, whereby the cervix is mechanically dilated and ripened before IOL."),
    population="pregnant women aged 18 years or older with a singleton pregnancy in cephalic presentation at ≥ 37+0 weeks of gestation and a Bishop score < 6.",
    indications=["Cervical ripening before IOL at term in women with an unfavourable cervix (Bishop score < 6)"],
    contraindications=["Clinical signs of intrauterine infection (chorioamnionitis) or ruptured membranes for more than 24 h",
                       "Placenta praevia or vasa praevia", "Malpresentation or any contraindication to vaginal birth",
                       "Active genital herpes infection"],
    users="obstetricians and midwives, in the delivery ward of a hospital.",
    description=[
        "Each rod consists of a synthetic hydrogel based on a polyacrylonitrile copolymer of 4 mm diameter and "
        "65 mm length, with a polypropylene handle and a retrieval string; after insertion the rod absorbs "
        "cervical fluid and expands to a diameter of 10 to 12 mm within 4 to 6 h, a radial force being exerted "
        "on the cervical canal which induces release of endogenous prostaglandins.",
        "Up to five rods may be inserted at the same time, depending on cervical patency; the rods are removed "
        "after 12 h at the latest."],
    spec_caption="Table 1. Technical data",
    specs=[["Rod dimensions (dry)", "4 mm × 65 mm"],
           ["Final diameter", "10 to 12 mm (after 4 to 6 h)"],
           ["Maximum number of rods", "5"],
           ["Maximum indwelling time", "12 h"],
           ["Sterilisation", "Gamma irradiation, SAL 1.0 × 10^-6"]],
    spec_notes=["Expansion measured in vitro in saline at 37 °C."],
    sota=[
        "IOL is performed in 20% to 30% of births in Europe; for women with an unfavourable cervix, NICE and "
        "national guidelines recommend pharmacological (PGE2, misoprostol) or mechanical methods (TBC, "
        "osmotic dilators) [1]. Mechanical methods are associated with less uterine hyperstimulation than "
        "prostaglandins at similar vaginal delivery rates [2].",
        "In the randomised SOLVE trial, osmotic dilators were non-inferior to dinoprostone with regard to "
        "vaginal delivery within 36 h (55.0% versus 54.2%), with fewer adverse events [3]."],
    search_date="8 January 2025", search_n=(733, 560, 13),
    lit=[["[2]", "Cochrane review", "> 9 000", "IOL, mechanical methods", "to birth", "Hyperstimulation RR 0.16 vs PGE2"],
         ["[3]", "RCT", "674", "IOL at term, Bishop < 6", "to birth", "Vaginal delivery within 36 h 55.0%"],
         ["GY-01", "Prospective, own device", "212", "IOL at term, 18 to 43 years", "to discharge", "Vaginal delivery 74.5% overall"]],
    lit_notes=["RR, risk ratio. GY-01 was conducted in 3 Dutch hospitals with the device under evaluation."],
    clin=["The prospective study GY-01 included 212 women (mean age 31.4 ± 4.9 years, range 18 to 43) at 37+0 "
          "to 41+6 weeks; the Bishop score increased from 2.8 ± 1.2 to 6.1 ± 1.9 after 12 h, and 158 women "
          "(74.5%) gave birth vaginally. Uterine hyperstimulation with fetal heart rate changes occurred in 2 "
          "women (0.9%), maternal infection in 4 (1.9%), neonatal infection in 2 (0.9%)."],
    equiv="No equivalence is claimed.",
    safety=[["Hyperstimulation with FHR changes", "2 of 212 (0.9%)", "≤ 1% for mechanical methods [2]"],
            ["Maternal infection", "4 of 212 (1.9%)", "1% to 4% [2]"],
            ["Neonatal infection", "2 of 212 (0.9%)", "≤ 2% [2]"],
            ["Rod retention or fragmentation", "0 of 212", "rare [3]"]],
    risks=["maternal and neonatal infection", "discomfort at insertion", "rupture of membranes", "rod retention"],
    performance=["The clinical benefit is an increase of the Bishop score permitting amniotomy and oxytocin, "
                 "with a vaginal delivery rate comparable to PGE2 and a lower rate of uterine hyperstimulation."],
    br="The benefit-risk ratio is favourable.",
    conclusion="Conformity with GSPR 1 and 8 is demonstrated for the intended population.",
    pmcf_summary="A prospective registry (GY-PMCF-007, n = 400) with maternal and neonatal endpoints is planned.",
    cer_authors="Prof. dr. A. Vermeulen (obstetrician, PhD), dr. I. Smits (PhD, epidemiology), K. de Vries (MSc, regulatory affairs)",
    cep_ref="GY-CEP-007 v1.0",
    benefits=[["Cervical ripening", "Change in Bishop score at 12 h", "Mean increase ≥ 2 points"],
              ["Vaginal birth", "Vaginal delivery rate", "Non-inferior to PGE2 (margin 10%)"],
              ["Safety", "Hyperstimulation with FHR changes", "≤ 2%"]],
    devplan="GY-01 (completed) and PMCF registry.",
    pico=("women at term with Bishop < 6", "osmotic dilator", "PGE2, misoprostol, TBC", "vaginal delivery, hyperstimulation, infection"),
    br_criteria="All criteria of Table 1.",
    refs=["[1] NICE guideline NG207, Inducing labour, 2021.", "[2] de Vaan MD et al. Cochrane Database Syst Rev 2023;3:CD001233.",
          "[3] Saad AF et al. Obstet Gynecol 2019;133:1134-42."],
    pmcf=dict(
        rationale="Neonatal infection is a rare residual risk whose rate cannot be estimated with 212 women.",
        objectives=["To estimate the rate of maternal and neonatal infection", "To confirm the vaginal delivery rate"],
        design="Prospective registry in 6 Dutch and Belgian delivery wards.",
        population="pregnant women aged 18 years or older at term with a Bishop score < 6 ripened with the device.",
        n="400 women; with an expected neonatal infection rate of 1%, the upper limit of the 95% CI is about 2.5%.",
        endpoints=["Maternal infection", "Neonatal infection and NICU admission", "Vaginal delivery rate"],
        general=["Complaint trending", "Literature review"],
        timeline=[["Start", "Q3 2025"], ["Final report", "Q3 2027"]],
        link="Objective 1 is directly derived from the residual risk of infection (CER Section 7)."),
)
D["ifu"] = {
    "en": dict(name=NAME, title_line="Sterile. Single use.", purpose=D["purpose"],
               population="Adult pregnant women with a singleton cephalic pregnancy at term (37 0/7 weeks or more) and an unfavourable cervix.",
               indications=["Cervical ripening before induction of labour at term when the Bishop score is 5 or less"],
               contraindications=["Chorioamnionitis or rupture of membranes more than 24 hours ago", "Placenta praevia, vasa praevia",
                                  "Any contraindication to vaginal delivery", "Active genital herpes"],
               users="Obstetricians and midwives in the hospital delivery ward.",
               warnings=["Monitor the fetal heart rate before insertion and after insertion.",
                         "Remove all rods within 720 minutes of insertion.", "Count the rods at insertion and at removal."],
               specs=[["Diameter (dry)", "0.4 cm"], ["Length", "6.5 cm"], ["Maximum number of rods", "five"], ["Maximum time in place", "720 min"]]),
    "fr": dict(name=NAME, title_line="Stérile. À usage unique.",
               purpose=("Les bâtonnets Dilacerv sont destinés à être insérés dans le canal cervical, où ils absorbent les liquides et se "
                        "dilatent, assurant la maturation cervicale mécanique avant le déclenchement du travail."),
               population="Femmes enceintes adultes, grossesse unique en présentation céphalique, à terme (≥ 37 SA), col défavorable.",
               indications=["Maturation cervicale avant déclenchement du travail à terme lorsque le score de Bishop est inférieur à 6"],
               contraindications=["Chorioamniotite ou rupture des membranes depuis plus de 24 heures", "Placenta praevia, vasa praevia",
                                  "Contre-indication à l'accouchement par voie basse", "Herpès génital évolutif"],
               users="Obstétriciens et sages-femmes en salle de naissance.",
               warnings=["Retirer tous les bâtonnets au plus tard 12 h après l'insertion.", "Compter les bâtonnets à l'insertion et au retrait."],
               specs=[["Diamètre (sec)", "4 mm"], ["Longueur", "65 mm"], ["Nombre maximal", "5"], ["Durée maximale", "12 h"]], lines=False),
    "lv": dict(name=NAME, title_line="Sterils. Vienreizējai lietošanai.",
               purpose=("Dilacerv stienīši ir paredzēti ievietošanai dzemdes kakla kanālā, kur tie absorbē šķidrumu un izplešas, "
                        "mehāniski paplašinot un nobriedinot dzemdes kaklu pirms dzemdību indukcijas."),
               population="Pieaugušas grūtnieces ar vienaugļa grūtniecību galvas guļā, iznēsātā grūtniecībā (≥ 37+0 nedēļas), ar nenobriedušu dzemdes kaklu.",
               indications=["Dzemdes kakla nobriedināšana pirms dzemdību indukcijas, ja Bišopa skaitlis ir mazāks par 6"],
               contraindications=["Horioamnionīts vai augļa apvalku plīsums pirms vairāk nekā 24 stundām", "Placenta praevia, vasa praevia",
                                  "Kontrindikācijas dzemdībām caur dabiskajiem dzemdību ceļiem", "Aktīva dzimumorgānu herpes infekcija"],
               users="Dzemdību speciālisti un vecmātes slimnīcas dzemdību nodaļā.",
               warnings=["Izņemiet visus stienīšus ne vēlāk kā 12 stundas pēc ievietošanas.", "Saskaitiet stienīšus ievietošanas un izņemšanas laikā."],
               specs=[["Diametrs (sauss)", "4 mm"], ["Garums", "65 mm"], ["Maksimālais skaits", "5"], ["Maksimālais laiks", "12 h"]]),
    "el": dict(name=NAME, title_line="Αποστειρωμένο. Μίας χρήσης.",
               purpose=("Οι ράβδοι Dilacerv εισάγονται στον τραχηλικό σωλήνα, όπου απορροφούν υγρά και διογκώνονται, "
                        "προκαλώντας μηχανική διαστολή και ωρίμανση του τραχήλου πριν από την πρόκληση τοκετού."),
               population="Ενήλικες έγκυες με μονήρη κύηση σε κεφαλική προβολή, τελειόμηνη (≥ 37+0 εβδομάδες), με μη ευνοϊκό τράχηλο.",
               indications=["Ωρίμανση τραχήλου πριν από πρόκληση τοκετού όταν η βαθμολογία Bishop είναι μικρότερη από 6"],
               contraindications=["Χοριοαμνιονίτιδα ή ρήξη υμένων πριν από περισσότερες από 24 ώρες", "Προδρομικός πλακούντας ή προδρομικά αγγεία",
                                  "Αντένδειξη για κολπικό τοκετό", "Ενεργός έρπης των γεννητικών οργάνων"],
               users="Μαιευτήρες και μαίες στην αίθουσα τοκετών νοσοκομείου.",
               warnings=["Αφαιρέστε όλες τις ράβδους το αργότερο 12 ώρες μετά την εισαγωγή."],
               specs=[["Διάμετρος (ξηρή)", "4 mm"], ["Μήκος", "65 mm"], ["Μέγιστος αριθμός", "5"], ["Μέγιστος χρόνος", "12 ώρες"]]),
}
D["cear"] = dict(
    type="Initial certification (technical documentation sampling, class IIa)",
    docs="GY-CEP-007 v1.0; GY-CER-007 v1.0; GY-PMCF-007 v1.0; IFU Dilacerv (EN, FR, LV, EL) v1.",
    reviewers="Dr. Ioannis Vasileiou, MD, obstetrician-gynaecologist (clinical reviewer); Ms. Despoina Markou, MSc, chemical engineer.",
    description="The under evaluation device consists of synthetic hydrogel osmotic rods for mechanical cervical ripening before IOL at term.",
    purpose=D["purpose"], cecp="Not applicable (class IIa, non-implantable, non-active).",
    sota="The SOTA with the Cochrane review and the SOLVE trial is considered adequate.",
    lit="The literature search is adequate.", ci="The prospective study GY-01 (n = 212) was assessed.",
    br="The benefit-risk is acceptable; the PMCF registry is adequately powered for infection.",
    findings=[("Counting of rods", "It is requested from the Manufacturer to add the counting of rods in all language versions. Closed.")],
    conclusion="The clinical evidence is sufficient.",
)

DOCS = [
    ("GY-CEP-007_v1.0.pdf", "CEP", "en", lambda d: C.cep(d, "GY-CEP-007", "1.0", "2024-11-18")),
    ("GY-CER-007_Dilacerv_v1.0.docx", "CER", "en", lambda d: C.cer(d, "GY-CER-007", "1.0", "2025-03-03")),
    ("GY-PMCF-007_v1.0.md", "PMCF-plan", "en", lambda d: C.pmcf(d, "GY-PMCF-007", "1.0", "2025-03-03")),
    ("IFU_Dilacerv_EN_v1.pdf", "IFU", "en", lambda d: C.ifu(d, "en", "IFU Dilacerv EN v1")),
    ("IFU_Dilacerv_FR_v1.docx", "IFU", "fr", lambda d: C.ifu(d, "fr", "IFU Dilacerv FR v1")),
    ("IFU_Dilacerv_LV_v1.pdf", "IFU", "lv", lambda d: C.ifu(d, "lv", "IFU Dilacerv LV v1")),
    ("IFU_Dilacerv_EL_v1.docx", "IFU", "el", lambda d: C.ifu(d, "el", "IFU Dilacerv EL v1")),
    ("HIMDC_CEAR_2025-189.pdf", "CEAR", "en", lambda d: C.cear(d, "CEAR 2025-189", "2025-06-11")),
]
LABELS = []
