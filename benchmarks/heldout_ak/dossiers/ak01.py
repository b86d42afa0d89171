"""ak01 – balloon pulmonary angioplasty (BPA) catheter for CTEPH. Class III (Rule 6/7), not implantable:
CECP not required. Planted: CEAR states CECP applies as 'implantable' (scope); 80 cm usable length cannot
reach the pulmonary arteries from the femoral vein through a guiding catheter (plausibility); coronary PTCA
evidence in CAD transferred (evidence); Latvian IFU adds acute pulmonary embolism (language)."""
import common as C

NAME = "ArteriaLift BPA balloon catheter"
D = dict(
    dossier="ak01_bpacatheter",
    device="ArteriaLift BPA – semi-compliant balloon catheter for balloon pulmonary angioplasty in CTEPH",
    cls_label="III", cls="III", rule="Annex VIII, Rule 6, first indent (central circulatory system)",
    company="Pulmocath NV", addr="Kapeldreef 60, 3001 Leuven, Belgium", srn="BE-MF-000031877",
    name=NAME, model="AL-BPA 2.0-10.0", udi="5410399BPA01AL7K",
    abbr_sentence=("The device is intended for patients with chronic thromboembolic pulmonary hypertension "
                   "(CTEPH) in whom pulmonary endarterectomy (PEA) is not feasible or in whom pulmonary "
                   "hypertension (PH) persists after PEA; balloon pulmonary angioplasty (BPA) is henceforth "
                   "abbreviated as such."),
    cecp_text=("Since the device is a class III device which is not implantable sensu stricto (Article 2(5) "
               "MDR) and which does not fall under Rule 12, the clinical evaluation consultation procedure "
               "(CECP) of Article 54(1) MDR is not applicable; this position is reproduced for the notified "
               "body's information only."),
    purpose=("The ArteriaLift BPA balloon catheter is intended for the dilatation of stenotic, web-like or "
             "occluded segmental and subsegmental pulmonary arteries during BPA in patients with CTEPH."),
    population=("adult patients (≥18 years) with CTEPH, World Health Organization functional class (WHO-FC) II "
                "to IV, judged technically inoperable by a multidisciplinary CTEPH team, or with persistent or "
                "recurrent PH after PEA."),
    indications=["Inoperable CTEPH with segmental or subsegmental lesions accessible to BPA",
                 "Persistent or recurrent PH after PEA with distal residual lesions"],
    contraindications=["Known hypersensitivity to iodinated contrast media which cannot be managed by "
                       "premedication", "Pregnancy", "Uncorrected coagulopathy or active bleeding, "
                       "haemoptysis inter alia", "Active infection or fever of unknown origin",
                       "Lesions of the main or lobar pulmonary arteries amenable to PEA"],
    users=("interventional cardiologists or radiologists with documented BPA training, in a catheterisation "
           "laboratory of an expert CTEPH centre with on-site cardiothoracic surgery and intensive care."),
    description=[
        "The device is a rapid-exchange, semi-compliant balloon catheter made of a polyamide 12 balloon "
        "mounted on a coaxial polyether block amide (PEBA) shaft with a hydrophilic coating on the distal "
        "25 cm; two platinum-iridium radiopaque markers delimit the cylindrical working length of the balloon.",
        "The catheter is advanced over a 0.014\" guidewire through a 6 F or 7 F guiding catheter into the "
        "target pulmonary artery, the balloon being inflated with a 1:1 mixture of contrast medium and "
        "saline, whereby the fibrous webs and bands of organised thrombus are disrupted and the lumen is "
        "enlarged. Sizing is performed a priori on selective pulmonary angiography, an undersized balloon "
        "(diameter-to-vessel ratio 0.6 to 0.8) being used at the first session to reduce the risk of "
        "reperfusion pulmonary injury (RPI)."],
    spec_caption="Table 1. Technical characteristics of the device",
    specs=[["Balloon diameters", "2.0; 2.5; 3.0; 4.0; 5.0; 6.0; 8.0; 10.0 mm"],
           ["Balloon lengths", "15, 20 and 40 mm"],
           ["Nominal pressure / rated burst pressure (RBP)", "6 atm / 14 atm (2.0 to 6.0 mm); 12 atm (8.0 and 10.0 mm)"],
           ["Usable catheter length", "80 cm (single length for all balloon sizes)"],
           ["Guidewire compatibility", "0.014\" (0.36 mm)"],
           ["Guiding catheter compatibility", "6 F (2.0 to 6.0 mm), 7 F (8.0 and 10.0 mm)"],
           ["Sterilisation", "Ethylene oxide, single use"]],
    spec_notes=["1 atm = 101.3 kPa. The RBP is the pressure at which 99.9% of balloons do not burst with 95% confidence."],
    sota=[
        "CTEPH is a rare sequela of acute pulmonary embolism, with a cumulative incidence of 0.1% to 9.1% in "
        "the first two years after a symptomatic event [1]; PEA remains the treatment of choice for operable "
        "patients, whereas riociguat and BPA are recommended for inoperable patients or for patients with "
        "persistent PH after PEA in the 2022 ESC/ERS guidelines [2].",
        "In contemporary series of refined BPA, the mean pulmonary arterial pressure (mPAP) decreased from "
        "about 43 ± 11 mmHg to 24 ± 6 mmHg and the pulmonary vascular resistance (PVR) by 50% to 65%, the "
        "six-minute walk distance (6MWD) increasing by 60 to 100 m [3, 4]; complications per session were "
        "reported in 7% to 12% of sessions, RPI and pulmonary vascular injury predominating, with a "
        "procedure-related mortality of 0.5% to 2.0% [3-5]. These figures constitute the benchmarks against "
        "which the device is appraised (Table 3)."],
    search_date="14 March 2025", search_n=(1142, 903, 11),
    lit=[["[6]", "RCT", "1 086", "Stable CAD, de novo coronary lesions", "12 mo", "Target lesion failure 6.1%"],
         ["[7]", "Registry", "2 412", "Stable CAD and NSTEMI", "12 mo", "Procedural success 97.8%"],
         ["[8]", "Bench/animal", "—", "Porcine coronary arteries", "28 d", "No dissection > type B"],
         ["[9]", "Prospective cohort", "56", "Inoperable CTEPH", "6 mo", "mPAP 41 ± 9 → 27 ± 7 mmHg"],
         ["[3]", "Meta-analysis", "1 714", "CTEPH, BPA (any balloon)", "3-12 mo", "PVR −55% (95% CI 48 to 61%)"],
         ["[10]", "Retrospective", "38", "CTEPH, Japanese centre", "12 mo", "RPI in 9.4% of sessions"]],
    lit_notes=["n, number of patients; mo, months; d, days. †Studies [6] and [7] used the ProDil CX coronary "
               "balloon (Coronamed GmbH), which is claimed to be equivalent (Section 6.3)."],
    clin=["No pre-market clinical investigation was conducted with the device. Data sets [6] and [7], which "
          "were obtained with coronary angioplasty balloons in patients with stable coronary artery disease, "
          "constitute the pivotal clinical evidence, the CTEPH data sets [3, 9, 10] being used as supportive "
          "SOTA evidence only.",
          "In the opinion of the authors, data obtained with coronary angioplasty balloons in patients with "
          "stable coronary artery disease are considered directly transferable to BPA, since the balloon "
          "materials, diameters and pressures overlap."],
    equiv=("Equivalence is claimed to the ProDil CX coronary dilatation catheter of Coronamed GmbH (CE 2013) "
           "with regard to the technical and biological characteristics; with regard to the clinical "
           "characteristics it is acknowledged that the ProDil CX is intended for coronary arteries, the "
           "difference being deemed not clinically significant by the authors. A contract granting access to "
           "the technical documentation of Coronamed GmbH has been concluded."),
    safety=[["RPI requiring non-invasive ventilation", "not available for the device", "3% to 6% of sessions [3]"],
            ["Pulmonary artery perforation / rupture", "not available for the device", "0.5% to 1.5% of sessions [3, 5]"],
            ["Haemoptysis", "not available for the device", "5% to 9% of sessions [4]"],
            ["Balloon rupture below RBP (bench)", "0 of 240 (0%)", "—"]],
    risks=["reperfusion pulmonary injury", "pulmonary vascular injury with haemoptysis", "contrast-induced "
           "nephropathy", "radiation exposure"],
    performance=["The clinical benefits claimed are a reduction of PVR and mPAP and an improvement of exercise "
                 "capacity (6MWD) and WHO-FC, to be demonstrated after a complete series of BPA sessions "
                 "(typically 4 to 6 sessions)."],
    br=("The benefit-risk ratio is considered acceptable when weighed against the natural history of "
        "inoperable CTEPH and against medical therapy alone [2]; the residual risks are mitigated by the "
        "staged approach and by the restriction of use to expert CTEPH centres."),
    conclusion=("It is concluded that conformity with GSPR 1 and 8 is demonstrated for the intended purpose, "
                "the remaining uncertainties being addressed by the PMCF study AL-PMCF-01."),
    pmcf_summary=("A prospective multicentre registry (AL-PMCF-01) in 5 expert CTEPH centres with 120 "
                  "patients followed for 12 months after the last BPA session is foreseen."),
    cer_authors="Prof. dr. J. Vanderhaegen (PhD, pulmonary vascular medicine), dr. ir. K. Claeys (biomedical engineering), L. Peeters (MSc, regulatory affairs)",
    cep_ref="PC-CEP-001 v1.1", pivotal=["[6]", "[7]"],
    benefits=[["Reduction of PVR", "PVR (Wood units) by right heart catheterisation", "Mean reduction ≥ 40% at 6 months after the last session"],
              ["Improved exercise capacity", "6MWD", "Mean increase ≥ 40 m"],
              ["Acceptable safety", "Serious procedure-related complications per session", "≤ 10% (upper limit of 95% CI ≤ 14%)"]],
    devplan=("No pre-market clinical investigation is planned; the clinical evidence shall rest on literature "
             "and equivalence, and shall be complemented by the PMCF registry AL-PMCF-01."),
    pico=("adults with inoperable or residual CTEPH", "BPA with a semi-compliant balloon",
          "riociguat or optimal medical therapy", "PVR, mPAP, 6MWD, complications per session"),
    br_criteria=("The benefit-risk ratio shall be deemed acceptable if the acceptance criteria of Table 1 are "
                 "met and if the procedure-related mortality does not exceed 2% of patients."),
    refs=["[1] Ende-Verhaar YM et al. Eur Respir J 2017;49:1601792.",
          "[2] Humbert M et al. 2022 ESC/ERS Guidelines for pulmonary hypertension. Eur Heart J 2022;43:3618-731.",
          "[3] Kawakami T et al. Meta-analysis of refined BPA. (fictional citation for benchmark purposes)",
          "[4] Brenot P et al. Eur Respir J 2019;53:1802095.",
          "[5] Lang I et al. Eur Respir Rev 2017;26:160119.",
          "[6]-[10] Internal literature database PC-LIT-2025, full texts in Annex 4."],
    pmcf=dict(
        rationale=("Since no clinical investigation has been performed with the device in patients with CTEPH, "
                   "a prospective registry is considered the most appropriate method for the confirmation of "
                   "safety and performance sensu stricto in the intended population."),
        objectives=["To confirm the reduction of PVR at 6 months after the final BPA session",
                    "To estimate the rate of RPI and pulmonary vascular injury per session",
                    "To identify emergent risks related to the 8.0 and 10.0 mm sizes"],
        design="Prospective, single-arm, multicentre registry (AL-PMCF-01) in 5 expert CTEPH centres in Belgium, the Netherlands and Germany.",
        population="adults with inoperable CTEPH or persistent PH after PEA treated with the device.",
        n=("120 patients; with an expected complication rate of 8% per session and approximately 4.5 sessions "
           "per patient, the upper limit of the 95% CI is expected to remain below 10.5%."),
        endpoints=["PVR and mPAP at 6 months after the last session", "6MWD and WHO-FC",
                   "Complications per session adjudicated by an independent clinical events committee"],
        general=["Complaint and vigilance trending", "Annual literature update", "Survey of users in the participating centres"],
        timeline=[["First patient in", "Q3 2025"], ["Interim report (n = 60)", "Q4 2026"], ["Final report", "Q2 2028"]],
        link="Objectives 2 and 3 address the residual risks listed in Section 7 of the CER."),
)

D["ifu"] = {
    "en": dict(name=NAME, title_line="For single use only. Rx only. Read these instructions before use.",
               purpose=D["purpose"], population=D["population"][0].upper() + D["population"][1:],
               indications=D["indications"], contraindications=D["contraindications"], users=D["users"][0].upper() + D["users"][1:],
               warnings=["Do not exceed the rated burst pressure (RBP).",
                         "Use an undersized balloon at the first session in each segment to reduce the risk of reperfusion pulmonary injury.",
                         "Introduce the catheter via the right common femoral vein through a 6 F or 7 F guiding catheter only.",
                         "Do not advance the catheter against resistance; the pulmonary arteries are thin-walled."],
               specs=D["specs"], spec_notes=D["spec_notes"],
               side="Reperfusion pulmonary injury, haemoptysis, pulmonary artery dissection or perforation, contrast reaction, access-site haematoma."),
    "lv": dict(name=NAME, title_line="Tikai vienreizējai lietošanai. Pirms lietošanas izlasiet šo instrukciju.",
               purpose=("ArteriaLift BPA balona katetrs ir paredzēts stenotisku, membrānveida vai oklūzētu segmentāro "
                        "un subsegmentāro plaušu artēriju dilatācijai balona plaušu angioplastijas (BPA) laikā pacientiem ar HTEPH."),
               population=("Pieauguši pacienti (≥18 gadi) ar hronisku trombembolisku plaušu hipertensiju (HTEPH), PVO funkcionālā "
                           "klase II–IV, kuri multidisciplinārās komandas vērtējumā nav operējami, vai ar persistējošu plaušu hipertensiju pēc PEA."),
               indications=["Neoperējama HTEPH ar BPA pieejamiem segmentāriem vai subsegmentāriem bojājumiem",
                            "Persistējoša vai recidivējoša plaušu hipertensija pēc PEA ar distāliem atlikušiem bojājumiem",
                            "Akūta plaušu artēriju embolija ar hemodinamisku nestabilitāti, ja trombolīze nav iespējama"],
               contraindications=["Paaugstināta jutība pret joda kontrastvielām, ko nevar novērst ar premedikāciju",
                                  "Grūtniecība", "Nekoriģēta koagulopātija vai aktīva asiņošana, tostarp hemoptīze",
                                  "Aktīva infekcija", "Galveno vai lobāro plaušu artēriju bojājumi, kas piemēroti PEA"],
               users="Intervences kardiologi vai radiologi ar dokumentētu BPA apmācību, HTEPH ekspertu centra katetrizācijas laboratorijā.",
               warnings=["Nepārsniedziet nominālo plīšanas spiedienu (RBP).",
                         "Pirmajā sesijā izmantojiet mazāka izmēra balonu, lai samazinātu reperfūzijas plaušu bojājuma risku.",
                         "Neievirziet katetru, ja jūtama pretestība."],
               specs=[["Balona diametri", "2,0; 2,5; 3,0; 4,0; 5,0; 6,0; 8,0; 10,0 mm"], ["Balona garumi", "15, 20 un 40 mm"],
                      ["Izmantojamais katetra garums", "80 cm"], ["Vadītājstīgas saderība", "0,014\" (0,36 mm)"],
                      ["Nominālais / plīšanas spiediens", "6 atm / 14 atm (8,0 un 10,0 mm: 12 atm)"]],
               lines=False),
    "nl": dict(name=NAME, title_line="Uitsluitend voor eenmalig gebruik. Lees deze gebruiksaanwijzing vóór gebruik.",
               purpose=("De ArteriaLift BPA-ballonkatheter is bestemd voor de dilatatie van stenotische, webachtige of "
                        "geoccludeerde segmentale en subsegmentale longarteriën tijdens ballon-pulmonale angioplastiek (BPA) bij patiënten met CTEPH."),
               population=("Volwassen patiënten (≥18 jaar) met chronische trombo-embolische pulmonale hypertensie (CTEPH), WHO-functionele "
                           "klasse II tot IV, die door een multidisciplinair CTEPH-team als inoperabel worden beschouwd, of met persisterende "
                           "of recidiverende pulmonale hypertensie na pulmonale endarteriëctomie (PEA)."),
               indications=["Inoperabele CTEPH met segmentale of subsegmentale laesies die voor BPA toegankelijk zijn",
                            "Persisterende of recidiverende pulmonale hypertensie na PEA met distale restlaesies"],
               contraindications=["Overgevoeligheid voor jodiumhoudende contrastmiddelen die niet met premedicatie te beheersen is",
                                  "Zwangerschap", "Niet-gecorrigeerde stollingsstoornis of actieve bloeding, waaronder hemoptoë",
                                  "Actieve infectie", "Laesies van de hoofd- of lobaire longarteriën die voor PEA in aanmerking komen"],
               users="Interventiecardiologen of -radiologen met gedocumenteerde BPA-training, in het katheterisatielaboratorium van een CTEPH-expertisecentrum.",
               warnings=["Overschrijd de nominale barstdruk (RBP) niet.",
                         "Gebruik bij de eerste sessie een ondermaatse ballon om het risico op reperfusieletsel van de long te beperken.",
                         "Voer de katheter niet op tegen weerstand in."],
               specs=[["Ballondiameters", "2,0; 2,5; 3,0; 4,0; 5,0; 6,0; 8,0; 10,0 mm"], ["Ballonlengtes", "15, 20 en 40 mm"],
                      ["Bruikbare katheterlengte", "80 cm"], ["Voerdraadcompatibiliteit", "0,014\" (0,36 mm)"],
                      ["Nominale druk / barstdruk", "6 atm / 14 atm (8,0 en 10,0 mm: 12 atm)"]]),
    "el": dict(name=NAME, title_line="Μόνο για μία χρήση. Διαβάστε τις οδηγίες πριν από τη χρήση.",
               purpose=("Ο καθετήρας με μπαλόνι ArteriaLift BPA προορίζεται για τη διαστολή στενωτικών ή αποφραγμένων τμηματικών "
                        "και υποτμηματικών πνευμονικών αρτηριών κατά την αγγειοπλαστική πνευμονικών αρτηριών με μπαλόνι (BPA) σε ασθενείς με CTEPH."),
               population=("Ενήλικες ασθενείς (≥18 ετών) με χρόνια θρομβοεμβολική πνευμονική υπέρταση (CTEPH), λειτουργική τάξη ΠΟΥ II έως IV, "
                           "μη χειρουργήσιμοι κατά την κρίση πολυεπιστημονικής ομάδας, ή με επίμονη πνευμονική υπέρταση μετά από PEA."),
               indications=["Μη χειρουργήσιμη CTEPH με τμηματικές ή υποτμηματικές βλάβες προσβάσιμες σε BPA",
                            "Επίμονη ή υποτροπιάζουσα πνευμονική υπέρταση μετά από PEA με περιφερικές υπολειμματικές βλάβες"],
               contraindications=["Υπερευαισθησία στα ιωδιούχα σκιαγραφικά που δεν ελέγχεται με προφαρμακευτική αγωγή", "Κύηση",
                                  "Μη διορθωμένη διαταραχή πήξης ή ενεργός αιμορραγία, συμπεριλαμβανομένης της αιμόπτυσης",
                                  "Ενεργός λοίμωξη", "Βλάβες της κύριας ή λοβιαίας πνευμονικής αρτηρίας κατάλληλες για PEA"],
               users="Επεμβατικοί καρδιολόγοι ή ακτινολόγοι με τεκμηριωμένη εκπαίδευση στην BPA, σε αιμοδυναμικό εργαστήριο κέντρου αναφοράς CTEPH.",
               warnings=["Μην υπερβαίνετε την ονομαστική πίεση ρήξης (RBP).",
                         "Στην πρώτη συνεδρία χρησιμοποιήστε μικρότερο μπαλόνι για τη μείωση του κινδύνου πνευμονικής βλάβης επαναιμάτωσης."],
               specs=[["Διάμετροι μπαλονιού", "2,0 έως 10,0 mm"], ["Μήκη μπαλονιού", "15, 20 και 40 mm"],
                      ["Ωφέλιμο μήκος καθετήρα", "80 cm"], ["Συμβατότητα οδηγού σύρματος", "0,014\" (0,36 mm)"]]),
}

D["cear"] = dict(
    docs="PC-CEP-001 v1.1; PC-CER-001 v2.0; PC-PMCF-001 v1.0; IFU AL-BPA (EN, LV, NL, EL) rev. A; risk management file PC-RMF-001 v3.",
    reviewers=("Dr. Konstantinos Theodorou, MD, cardiologist (clinical reviewer, 14 years of experience in "
               "interventional cardiology); Ms. Eirini Papanikolaou, MSc, biomedical engineer (product reviewer)."),
    description=("The under evaluation device is a rapid-exchange semi-compliant balloon catheter, in balloon "
                 "diameters from 2.0 mm to 10.0 mm, for the performance of balloon pulmonary angioplasty in "
                 "adult patients with CTEPH who are not candidates for PEA or who have residual PH after PEA."),
    purpose=D["purpose"],
    cecp=("The consultation procedure of Article 54(1)(a) MDR is applicable, since the under evaluation device "
          "is a class III implantable device; the CEAR is therefore forwarded to the Commission for the "
          "expert panel on the circulatory system."),
    sota=("The description of the state of the art, with the 2022 ESC/ERS guidelines and the meta-analysis of "
          "refined BPA as benchmarks, is considered by the Notified Body as adequate and current."),
    lit=("The literature search is documented with PRISMA flow diagram and full-text appraisal; the Notified "
         "Body has verified the search strings and the reasons of exclusion for a sample of 40 records."),
    ci=("No clinical investigation was performed. The clinical evidence is based on the equivalence with the "
        "ProDil CX catheter and on the published BPA literature."),
    br=("The benefit-risk determination of the Manufacturer is accepted. The PMCF plan with registry of 120 "
        "patients is considered adequate for the residual risks of RPI and vascular injury."),
    findings=[("Update of the literature search",
               "It is requested from the Manufacturer to extend the search period until the date of the CER "
               "signature. The Manufacturer has provided the update; the finding is closed."),
              ("Radiation exposure in the IFU",
               "It is requested from the Manufacturer to add a precaution on cumulative radiation dose over "
               "repeated sessions. Finding closed with IFU revision A.")],
    conclusion=("The Notified Body concludes that the clinical evidence is sufficient for the demonstration of "
                "conformity with the relevant GSPRs, subject to the PMCF registry AL-PMCF-01."),
)

DOCS = [
    ("PC-CEP-001_ClinicalEvaluationPlan_v1.1.pdf", "CEP", "en", lambda d: C.cep(d, "PC-CEP-001", "1.1", "2025-02-10")),
    ("PC-CER-001_ArteriaLift_v2.0.docx", "CER", "en", lambda d: C.cer(d, "PC-CER-001", "2.0", "2025-04-28")),
    ("PC-PMCF-001_v1.0.pdf", "PMCF-plan", "en", lambda d: C.pmcf(d, "PC-PMCF-001", "1.0", "2025-04-28")),
    ("IFU_AL-BPA_EN_revA.pdf", "IFU", "en", lambda d: C.ifu(d, "en", "IFU AL-BPA EN rev. A")),
    ("IFU_AL-BPA_LV_revA.docx", "IFU", "lv", lambda d: C.ifu(d, "lv", "IFU AL-BPA LV rev. A")),
    ("IFU_AL-BPA_NL_revA.pdf", "IFU", "nl", lambda d: C.ifu(d, "nl", "IFU AL-BPA NL rev. A")),
    ("IFU_AL-BPA_EL_revA.docx", "IFU", "el", lambda d: C.ifu(d, "el", "IFU AL-BPA EL rev. A")),
    ("HIMDC_CEAR_2025-117.docx", "CEAR", "en", lambda d: C.cear(d, "CEAR 2025-117", "2025-07-03")),
]

LABELS = [
    dict(defect="cear_declares_cecp_for_non_implantable_catheter", category="scope",
         documents=["HIMDC_CEAR_2025-117.docx", "PC-CER-001_ArteriaLift_v2.0.docx"],
         quotes=["since the under evaluation device is a class III implantable device",
                 "the clinical evaluation consultation procedure (CECP) of Article 54(1) MDR is not applicable"],
         description="The balloon catheter is withdrawn after the procedure and is not implantable; the CEAR nevertheless "
                     "invokes Art. 54(1)(a) as for a class III implantable device, contradicting the CER's (correct) position.",
         accept=["device-identity"]),
    dict(defect="usable_length_80cm_cannot_reach_pulmonary_arteries", category="plausibility",
         documents=["IFU_AL-BPA_EN_revA.pdf", "PC-CER-001_ArteriaLift_v2.0.docx"],
         quotes=["80 cm (single length for all balloon sizes)",
                 "Introduce the catheter via the right common femoral vein through a 6 F or 7 F guiding catheter only."],
         description="From the femoral vein through the right heart to segmental/subsegmental pulmonary arteries, inside a "
                     "guiding catheter of ~90-100 cm, an 80 cm rapid-exchange catheter cannot reach the target lesions "
                     "(BPA balloons are typically 135-150 cm long) for any adult patient.",
         accept=["specification"]),
    dict(defect="pivotal_evidence_from_coronary_balloons_in_cad", category="evidence",
         documents=["PC-CER-001_ArteriaLift_v2.0.docx"],
         quotes=["were obtained with coronary angioplasty balloons in patients with stable coronary artery disease",
                 "are considered directly transferable to BPA, since the balloon materials, diameters and pressures overlap"],
         description="The pivotal clinical data come from coronary angioplasty in stable CAD (different vascular bed, disease "
                     "and complications), with equivalence to a coronary balloon whose clinical characteristics differ; "
                     "no CTEPH data with the device exist and the CEAR accepts this.",
         accept=["intended-use"]),
    dict(defect="latvian_ifu_adds_acute_pulmonary_embolism", category="language",
         documents=["IFU_AL-BPA_LV_revA.docx", "IFU_AL-BPA_EN_revA.pdf"],
         quotes=["Akūta plaušu artēriju embolija ar hemodinamisku nestabilitāti, ja trombolīze nav iespējama",
                 "Persistent or recurrent PH after PEA with distal residual lesions"],
         description="The Latvian IFU lists acute pulmonary embolism with haemodynamic instability as an indication, which is "
                     "absent from the English IFU, the CER and the CEP (chronic CTEPH only).",
         accept=["intended-use"]),
]
