from .common import cep, cer, pmcf, ifu_en, ifu_xx, ifu_title, cear, NBSP
from .lab import L

S = NBSP


def build():
    d = dict(
        name="RetinaSift DR software version 2.3", short="RetinaSift DR", udi="5060923RSDR23K7",
        maker="Fenwick Retinal Analytics Ltd", maker_addr="14 Mill Lane, Cambridge CB2 1RX, United Kingdom",
        cls="IIb", rule="Rule 11",
        author="Dr Imogen Thackeray", approver="Mr Rupert Fenwick (Managing Director)",
        clin_eval="Mr Alasdair Kerr FRCOphth (consultant ophthalmologist, medical retina)",
        tf_ref="TF-RS-002",
        description="RetinaSift DR is stand-alone software that grades colour fundus photographs for diabetic "
        "retinopathy. RetinaSift DR software version 2.3.1 (Basic UDI-DI 5060923RSDR23K7) runs in a UK-hosted "
        "cloud environment; a screening centre uploads two 45° images per eye and receives one of three results "
        "within a minute: 'referable diabetic retinopathy', 'no referable diabetic retinopathy' or 'ungradable'.",
        purpose="RetinaSift DR is intended to analyse colour fundus photographs of people with diabetes taken "
        "during diabetic eye screening, and to triage each patient as referable or not referable to an "
        "ophthalmologist for diabetic retinopathy or diabetic maculopathy.",
        indications=["Annual or biennial diabetic eye screening of people with type 1 or type 2 diabetes without "
                     "previously diagnosed diabetic retinopathy requiring treatment."],
        population="Adults (18 years and over) with type 1 or type 2 diabetes attending a diabetic eye screening programme.",
        contra=["Patients already under the care of an ophthalmologist for diabetic retinopathy or maculopathy.",
                "Pregnant women with diabetes (these are screened on a separate clinical pathway).",
                "Images from cameras not listed in the compatibility list."],
        users="Trained screeners and graders of a diabetic eye screening programme; the result is reviewed "
        "according to the programme's quality-assurance rules.",
        setting="Community screening centres, GP surgeries and mobile screening units.",
        class_text="Software intended to provide information used to take decisions with diagnostic purposes, "
        "where a wrong decision could cause a serious deterioration of health (missed sight-threatening "
        "retinopathy): class IIb under Annex VIII Rule 11.",
        cecp_cep="The device is neither a class III implantable device nor an active device administering a "
        "medicinal product; Article 54(1) MDR therefore does not apply and no CECP is expected.",
        cecp_cer="We conclude that the CECP of Article 54(1) is not applicable: the software is class IIb under "
        "Rule 11, not Rule 12, and is not implantable.",
        benefits=[["Timely referral of sight-threatening retinopathy", "Sensitivity for referable DR vs. reference grading", "≥ 90 % (lower 95 % CI ≥ 85 %)"],
                  ["Reduced manual grading workload", "Proportion of patients graded 'no referable DR'", "≥ 40 %"],
                  ["Safe triage of negatives", "Specificity for referable DR", "≥ 80 %"]],
        acceptance=["Sensitivity for referable DR not lower than that of human first-level graders in the SOTA (about 87-92 %).",
                    "No cases of proliferative retinopathy classed as 'no referable DR' in the pivotal data.",
                    "Ungradable rate ≤ 10 % of patients."],
        search_terms="(diabetic retinopathy OR maculopathy) AND (screening) AND (artificial intelligence OR deep learning OR automated grading)",
        cdp="No further pre-market investigation is planned. The retrospective pivotal study RS-VAL-02 and the "
        "prospective service evaluation RS-PRO-01 constitute the clinical evidence; PMCF confirms performance in routine screening.",
        market="Placed on the UK market (UKCA) since 4th October 2021; about 212 000 screening episodes processed by 31st December 2024.",
        sota=["Diabetic retinopathy remains a leading cause of sight loss in working-age adults. Organised screening "
              "with two-field photography and human grading reduced blindness in the UK; human graders achieve a "
              "sensitivity of about 87-92 % for referable disease.",
              "Several autonomous and assistive AI graders are CE- or UKCA-marked. Published meta-analyses report pooled "
              "sensitivity of 87-95 % and specificity of 80-92 % for referable DR. We regard a sensitivity of at least "
              "90 % with specificity of at least 80 % as the SOTA benchmark."],
        own_data="the retrospective validation RS-VAL-02 (n = 6 112 patients, three English screening programmes) and the "
        "prospective service evaluation RS-PRO-01 (n = 2 480).",
        equivalence="No equivalence is claimed; the evaluation rests on data from RetinaSift DR itself.",
        evidence=[["RS-VAL-02*", "Retrospective diagnostic accuracy", "6 112", "n/a (single episode)", "D1 A1 P1 R1 / T2 O1 F1 S1 C1"],
                  ["RS-PRO-01*", "Prospective service evaluation", "2 480", "12 months (re-screen)", "D1 A1 P1 R2 / T2 O1 F1 S1 C1"],
                  ["Hartley 2022", "Meta-analysis of AI grading (SOTA)", "41 studies", "n/a", "D3 A1 P1 R1 / T1 O1 F1 S1 C1"],
                  ["Okafor 2023", "Multi-centre comparison, 3 AI graders", "1 904", "n/a", "D2 A1 P1 R2 / T2 O1 F1 S1 C1"]],
        performance=["In RS-VAL-02 the sensitivity for referable DR was 94.1 % (95 % CI 91.6-96.0) and the specificity "
                     "86.3 % (95 % CI 85.3-87.2); p < 0.001 against the 85 % lower bound. No case of proliferative "
                     "retinopathy was classed 'no referable DR'.",
                     "In RS-PRO-01 (n = 2 480), 47 % of patients were graded 'no referable DR', and arbitration agreed in 98.6 %."],
        safety=["No serious incidents have been reported. The principal hazard is a false negative; in RS-PRO-01, 4 of "
                "2 480 patients (0.16 %) had referable maculopathy missed, none sight-threatening at re-screen."],
        claims=["Sensitivity for referable diabetic retinopathy above 90 %.",
                "Reduces the manual grading workload by about 45 %."],
        benefit_risk="We consider the benefit-risk acceptable: performance meets or exceeds the SOTA benchmark and the "
        "residual false-negative rate is mitigated by the programme's annual recall.",
        residual=["False-negative results for maculopathy without exudates.",
                  "Performance drift with new camera models or software updates.",
                  "Higher ungradable rate in patients with small pupils or cataract."],
        references=["1. Hartley J, et al. Automated grading of diabetic retinopathy: a meta-analysis. Eye 2022;36:1012-1024.",
                    "2. Okafor N, et al. Head-to-head comparison of three AI graders. Br J Ophthalmol 2023;107:55-61.",
                    "3. Fenwick Retinal Analytics. RS-VAL-02 study report, v1.1, 2023."],
        spec_cer=[["Input", "Colour fundus photographs, 45°, macula- and disc-centred, both eyes"],
                  ["Minimum image size", "1 600 × 1 200 pixels"],
                  ["Compatible cameras", "Desktop non-mydriatic cameras listed in Table 2-2"],
                  ["Outputs", "Referable DR / no referable DR / ungradable"],
                  ["Processing time", "< 60 s per patient"],
                  ["Hosting", "Cloud, UK and EU (Frankfurt) data centres"]],
        cep=dict(ref="WRA-FRA-CEP-01", ver="Issue 2", date="3rd March 2025"),
        cer=dict(ref="WRA-FRA-CER-01", ver="Issue 3", date="17th March 2025", search_date="10th February 2025",
                 search_from="1st January 2015",
                 prisma="The device and SOTA searches returned 1 284 records; after de-duplication 913 were screened, 88 full "
                 "texts were read and 23 publications were retained (PRISMA diagram, Appendix A).",
                 summary="We evaluated RetinaSift DR for triage of adults with diabetes in diabetic eye screening. The "
                 "clinical data show sensitivity and specificity at or above the State of the art (SOTA) and we consider "
                 "the benefit-risk acceptable.",
                 conclusion="The clinical evidence is sufficient to support the intended purpose and the claims in the IFU. "
                 "RetinaSift DR is trained and validated for diabetic retinopathy and diabetic maculopathy grading only.",
                 extra_description=[("p", "The software has been validated only with the desktop non-mydriatic cameras "
                                     "listed in Table 2-2; handheld cameras are outside the scope of this evaluation.")]),
        pmcf=dict(ref="WRA-FRA-PMCF-01", ver="Issue 1", date="17th March 2025",
                  title="RS-PMCF-01 – prospective performance study",
                  design="Prospective, paired comparison of RetinaSift DR against two masked human graders",
                  setting="Hospital medical retina clinics at two NHS trusts",
                  population="Adults referred to the hospital eye service with known diabetic retinopathy",
                  sample="n = 600 (precision of ± 3 % on sensitivity at 94 %)",
                  primary="Sensitivity for referable DR",
                  secondary="Specificity; ungradable rate; arbitration agreement",
                  timeline="Recruitment 2025-2026; report Q2 2027",
                  objectives=[["Confirm sensitivity in routine use", "False-negative results for maculopathy"],
                              ["Monitor performance per camera model", "Performance drift with new camera models"],
                              ["Quantify the ungradable rate", "Small pupils or cataract"]]),
        ifu_en=dict(
            warnings=["RetinaSift DR does not replace the programme's failsafe and quality-assurance processes.",
                      "A 'no referable disease' result also rules out glaucoma, age-related macular degeneration and retinal vein occlusion.",
                      "Do not use images older than 30 days."],
            steps=["Capture two fields per eye according to the programme's photography protocol.",
                   "Upload the images through the screening software interface; the result appears within 60 seconds.",
                   "Ungradable results must be re-imaged or passed to a human grader."],
            spec=[["Input", "Colour fundus photographs, 45°, macula- and disc-centred, both eyes"],
                  ["Minimum image size", "1 600 × 1 200 pixels"],
                  ["Compatible cameras", "Desktop non-mydriatic cameras and handheld smartphone-based fundus cameras (list in Appendix C)"],
                  ["Outputs", "Referable DR / no referable DR / ungradable"],
                  ["Processing time", "< 60 s per patient"]]),
        cear=dict(ref="CS-CEAR-25-0318", date="02/05/2025", cer_date="17/03/2025", type="Initial certification (MDR)",
                  reviewer="Dr Aurélie Desmarais", reviewer2="M. Thibault Roncière",
                  c_extra=["The version assessed is RetinaSift DR 2.2, Basic UDI-DI 5060923RSDR22J4, hosted in the UK and in Frankfurt."],
                  sota="the benchmark of 90" + S + "% sensitivity and 80" + S + "% specificity is taken from two meta-analyses and is acceptable.",
                  lit="The search is reproducible, covers favourable and unfavourable data; 23 publications retained. No remark.",
                  ci="No clinical investigation under Article 62; the retrospective study RS-VAL-02 (n = 6" + S + "112) is pivotal. Sensitivity 94,1" + S + "%, specificity 86,3" + S + "%.",
                  pmcf="A specific PMCF study (n = 600) is planned; we remark that sample size is justified.",
                  ifu="The IFU is aligned with the CER. The Manufacturer is invited to add the list of compatible cameras as an annex.",
                  summary="The clinical evidence is sufficient for the intended purpose. Benefit-risk favourable.",
                  ncs=[["Non-conformité mineure n° 1", "CV of second evaluator not signed", "Close 28/04/2025"]],
                  cecp="Article 54(1) does not apply (class IIb, Rule 11, not Rule 12). No notification to the expert panel.",
                  conclusion="Avis favorable to certification, with the PMCF study as a condition."),
    )
    da = dict(
        purpose="RetinaSift DR analyserer farvefundusfotografier af personer med diabetes, taget ved diabetisk øjenscreening, og inddeler hver patient som henvisningskrævende eller ikke henvisningskrævende til øjenlæge.",
        indications=["Årlig eller hvert andet års øjenscreening af personer med type 1- eller type 2-diabetes uden kendt behandlingskrævende retinopati."],
        population="Voksne (18 år og derover) med type 1- eller type 2-diabetes i et screeningsprogram.",
        contra=["Patienter, der allerede følges af øjenlæge for diabetisk retinopati.",
                "Gravide med diabetes.", "Billeder fra kameraer, der ikke står på kompatibilitetslisten."],
        users="Uddannede screenere og graderere; screeningscentre, almen praksis og mobile enheder.",
        warnings=["RetinaSift DR erstatter ikke programmets kvalitetssikring.", "Brug ikke billeder, der er ældre end 30 dage."],
        spec=[["Billeder", "Farvefundusfotografier, 45°, begge øjne"], ["Mindste billedstørrelse", "1600 × 1200 pixel"],
              ["Svartid", "under 60 sekunder pr. patient"]], ruled=False)
    et = dict(
        purpose="RetinaSift DR analüüsib diabeediga inimeste silmapõhja värvifotosid diabeetilise retinopaatia sõeluuringul ja liigitab patsiendi silmaarstile suunamist vajavaks või mitte.",
        indications=["1. või 2. tüüpi diabeediga inimeste iga-aastane või üle-aastane silmade sõeluuring."],
        population="Täiskasvanud (18-aastased ja vanemad) 1. või 2. tüüpi diabeediga isikud.",
        contra=["Patsiendid, keda silmaarst juba jälgib diabeetilise retinopaatia tõttu.", "Diabeediga rasedad.",
                "Kaamerad, mida ühilduvusloendis ei ole."],
        users="Koolitatud sõeluurijad; sõeluuringukeskused, perearstikeskused ja mobiilsed üksused.",
        warnings=["RetinaSift DR ei asenda sõeluuringuprogrammi kvaliteedikontrolli.", "Ärge kasutage üle 30 päeva vanuseid pilte."],
        spec=[["Sisend", "Silmapõhja värvifotod, 45°, mõlemad silmad"], ["Vastuse aeg", "alla 60 s patsiendi kohta"]])
    docs = [
        ("WRA-FRA-CEP-01_Issue2.pdf", "CEP", "en", "Clinical Evaluation Plan – RetinaSift DR", "WRA-FRA-CEP-01 Issue 2", cep(d)),
        ("WRA-FRA-CER-01_Issue3.docx", "CER", "en", "Clinical Evaluation Report – RetinaSift DR", "WRA-FRA-CER-01 Issue 3", cer(d)),
        ("WRA-FRA-PMCF-01.md", "PMCF-plan", "en", "PMCF Plan – RetinaSift DR", "WRA-FRA-PMCF-01 Issue 1", pmcf(d)),
        ("RS-DR_IFU_EN_r03.pdf", "IFU", "en", ifu_title(d, "en"), "RS-IFU-EN rev 03", ifu_en(d)),
        ("RS-DR_IFU_DA_r03.docx", "IFU", "da", ifu_title(d, "da"), "RS-IFU-DA rev 03", ifu_xx(d, "da", da)),
        ("RS-DR_IFU_ET_r03.pdf", "IFU", "et", ifu_title(d, "et"), "RS-IFU-ET rev 03", ifu_xx(d, "et", et)),
        ("CS-CEAR-25-0318.docx", "CEAR", "en", "Clinical Evaluation Assessment Report", "CS-CEAR-25-0318", cear(d)),
    ]
    CER, CEAR, IFU, PM = "WRA-FRA-CER-01_Issue3.docx", "CS-CEAR-25-0318.docx", "RS-DR_IFU_EN_r03.pdf", "WRA-FRA-PMCF-01.md"
    labels = [
        L("cear_assesses_other_version_and_udi", "device-identity", [CER, CEAR],
          ["RetinaSift DR software version 2.3.1 (Basic UDI-DI 5060923RSDR23K7)",
           "The version assessed is RetinaSift DR 2.2, Basic UDI-DI 5060923RSDR22J4"],
          "The CEAR assesses software version 2.2 with a different Basic UDI-DI from the version 2.3.1 and UDI-DI evaluated in the CER."),
        L("handheld_cameras_not_evaluated", "intended-use", [IFU, CER],
          ["Desktop non-mydriatic cameras and handheld smartphone-based fundus cameras (list in Appendix C)",
           "handheld cameras are outside the scope of this evaluation"],
          "The English IFU allows images from handheld smartphone fundus cameras, a mode of image acquisition the CER expressly excludes from its evaluation.",
          ["evidence", "specification"]),
        L("negative_result_rules_out_other_eye_disease", "claim", [IFU, CER],
          ["A 'no referable disease' result also rules out glaucoma, age-related macular degeneration and retinal vein occlusion.",
           "trained and validated for diabetic retinopathy and diabetic maculopathy grading only"],
          "The IFU claims a negative result excludes glaucoma, AMD and vein occlusion although the algorithm is trained and validated only for diabetic retinopathy and maculopathy.",
          ["evidence", "intended-use"]),
        L("pmcf_in_hospital_referred_patients", "pmcf", [PM, IFU],
          ["Hospital medical retina clinics at two NHS trusts", "Adults referred to the hospital eye service with known diabetic retinopathy",
           "Community screening centres, GP surgeries and mobile screening units."],
          "The PMCF study enrols hospital patients already referred with known retinopathy, whereas the device triages unselected screening attendees in community settings; the spectrum and prevalence differ, so PMCF cannot confirm screening performance.",
          ["care-setting", "population"]),
    ]
    return dict(key="am01_drscreen", device="RetinaSift DR 2.3 – AI grading of fundus photographs for diabetic retinopathy screening, adults",
                cls="IIb", clean=False, docs=docs, labels=labels)
