"""ag06 – dual-mobility acetabular cup (III implantable, Rule 8, CECP applies). DEFECTIVE."""
CER_F = "SMPL-ORT-CER-DM_Rev03.docx"
CEAR_F = "NCM-CEAR-2893-25-0455_DM.docx"
IFU_EN = "AnchorMove-DM_IFU_EN_R05.docx"
SSCP_F = "SSCP_AnchorMove-DM_R01.pdf"
F = dict(
    id="ag06_dualmobility", device_label="AnchorMove DM Acetabular System – dual-mobility acetabular cup system for total hip arthroplasty",
    trade="AnchorMove DM Acetabular System", generic="dual-mobility acetabular cup system for total hip arthroplasty",
    mfr="Sahyadri Meditech Pvt. Ltd.", mfr_addr="Gat No. 212, Chakan Industrial Area Phase II, Pune 410501, Maharashtra, India",
    site="the Chakan (Pune) implant plant", srn="IN-MF-000027915", udi="8906011AMDM01V4",
    ear="Medrep Europa B.V., Stationsweg 14, 2312 AV Leiden, The Netherlands", nb="NordCert Medical A/S", nb_no="2893",
    nb_reviewer="Rasmus Thygesen", author="Dr. Abhijit Kulkarni, MS (Orthopaedics)", reviewer_mfr="Dr. Farhan Qureshi, DNB (Orthopaedics), Fellowship Arthroplasty",
    author_cv="arthroplasty surgeon with 15 years of practice and about 3,000 hip replacements", first_ce="2026 (MDR)",
    models=[("AMDM-S 44-68", "Cementless CoCrMo shell with titanium plasma spray and HA coating, outer diameter 44 to 68 mm in 2 mm steps"),
            ("AMDM-C 44-68", "Cemented CoCrMo shell, outer diameter 44 to 68 mm"),
            ("AMDM-PE", "Mobile insert of vitamin E highly cross-linked polyethylene for 22.2 mm and 28 mm heads"),
            ("AMDM-H", "CoCrMo and ceramic femoral heads 22.2 mm and 28 mm")],
    cls="III", rule="Rule 8 (total hip joint replacement component)", cecp=True,
    cecp_why="The Device is an implantable device and a component of a total joint replacement, i.e. a class III implantable device as per Article 54(1)(a).",
    eval_type="initial clinical evaluation for CE marking under the MDR",
    purpose=("The AnchorMove DM Acetabular System is intended for replacement of the acetabular articulating surface in "
             "total hip arthroplasty, with a dual-mobility articulation, to relieve pain and restore function and to reduce "
             "the risk of dislocation."),
    population="Skeletally mature adults aged 18 years and above requiring total hip arthroplasty.",
    indications=["Primary total hip arthroplasty for osteoarthritis, avascular necrosis, rheumatoid arthritis or post-traumatic arthritis",
                 "Displaced femoral neck fracture in Pts. suitable for total hip arthroplasty",
                 "Primary total hip arthroplasty in Pts. at high risk of dislocation (e.g. neuromuscular disease, cognitive impairment)",
                 "Revision total hip arthroplasty for recurrent dislocation or instability of a previous hip replacement"],
    contraindications=["Active or suspected local or systemic infection", "Insufficient acetabular bone stock to support the shell",
                       "Skeletal immaturity", "Known allergy to cobalt, chromium or molybdenum",
                       "Severe neuromuscular or vascular disease compromising the affected limb, where the surgeon considers the implant unsuitable"],
    users="Orthopaedic surgeons trained in total hip arthroplasty, in hospital operating theatres.",
    description=[
        "The AnchorMove DM Acetabular System consists of a hemispherical CoCrMo shell (cementless, with titanium plasma "
        "spray and hydroxyapatite coating, or cemented), a mobile insert of vitamin E stabilised highly cross-linked "
        "polyethylene, which articulates both with the polished inner surface of the shell and with the femoral head, "
        "and femoral heads of 22.2 mm or 28 mm. The large effective head diameter increases the jump distance and so "
        "reduces the risk of dislocation.",
        "The shells are available in outer diameters of 44 to 68 mm; the system is compatible with the Sahyadri "
        "SM-Taper femoral stems (12/14 taper)."],
    sota=[
        "Total hip arthroplasty is among the most successful procedures in orthopaedics, with 10-year cumulative revision "
        "rates of about 4-6 % in national registries (NJR, AOANJRR). Dislocation remains one of the most common causes of "
        "early revision. Dual-mobility cups show lower dislocation rates than conventional cups in primary THA for "
        "femoral neck fracture and in revision THA, with intraprosthetic dislocation as a specific complication of older "
        "designs. Alternatives are conventional cups with large heads, constrained liners and hemiarthroplasty."],
    benefits=[("Relief of pain and restoration of function", "Oxford Hip Score (OHS) improvement at 2 years", "OHS from 14.2 to 41.6"),
              ("Low risk of dislocation", "Dislocation rate at 2 years", "0.5 % (1/214)"),
              ("Implant survival", "Revision for any reason at 2 years (Kaplan-Meier)", "Survival 98.6 % at 2 years")],
    acceptance=["OHS improvement of at least 15 points at 2 years", "Dislocation at 2 years not higher than 2 %",
                "Cumulative revision rate comparable to the NJR benchmark for the follow-up period (ODEP 3A at 3 years)"],
    dev_plan=("Clinical data from the prospective cohort AM-DM-01 (2 years follow-up) are available; the same shall be "
              "extended to 10 years through the PMCF study and the national registries."),
    summary=("Clinical data from 214 hips with 2 years follow-up show good functional results, a low dislocation rate and "
             "survival comparable to the benchmarks; longer-term survival shall be confirmed through PMCF."),
    search_date="03-06-2025",
    search_stats="A total of 2,904 records were screened, 118 full texts were assessed and 37 articles were included.",
    studies=[dict(ref="Ref. 1 AM-DM-01", design="Prospective, 3-centre cohort", n="214 hips", pop="Adults 41-88 years, primary THA (incl. 61 fractures)",
                  fu="2 years", out="OHS 14.2 → 41.6; dislocation 0.5 %; revision 1.4 %"),
             dict(ref="Ref. 2 AM-DM-02", design="Retrospective series", n="38 hips", pop="Adults, revision THA for instability",
                  fu="Mean 19 months", out="Re-dislocation 2.6 %; re-revision 5.3 %")],
    clinical_prose=[
        "AM-DM-01 enrolled 214 hips at Pune, Nagpur and Ahmedabad; 203 were followed to 2 years. One dislocation (0.5 %) "
        "and no intraprosthetic dislocation occurred. Three revisions were done (two periprosthetic infections, one "
        "periprosthetic fracture).",
        "AM-DM-02 is a retrospective series of 38 revision THA for recurrent instability, with one re-dislocation and two "
        "re-revisions at a mean follow-up of 19 months."],
    pms="The Device is not yet marketed in the EU; in India 4,300 shells have been implanted since 2021 with 9 complaints and no field safety corrective action.",
    side_effects=["Dislocation of the hip joint", "Intraprosthetic dislocation (IPD), i.e. dissociation of the femoral head from the mobile insert",
                  "Aseptic loosening of the acetabular shell", "Periprosthetic infection", "Periprosthetic fracture",
                  "Wear of polyethylene and osteolysis", "Adverse local tissue reaction to metal debris and elevated metal ion levels",
                  "Leg length discrepancy, nerve or vessel injury, venous thromboembolism"],
    benefit_risk=("The Device relieves pain and restores function and shows a low dislocation rate; residual risks are those of "
                  "THA in general and of dual-mobility designs. The benefit-risk is positive."),
    conclusion="The clinical evidence is sufficient for CE marking. PMCF shall confirm 10-year survival.",
    references=["Ref. 1: AM-DM-01 interim report at 2 years, Rev. 01, 20-03-2025.", "Ref. 2: AM-DM-02 retrospective report, 02-2025.",
                "Ref. 3: National Joint Registry for England, Wales, Northern Ireland, the Isle of Man and Guernsey, 21st Annual Report, 2024.",
                "Ref. 4: Darrith B et al. Outcomes of dual mobility components in total hip arthroplasty: a systematic review. Bone Joint J 2018;100-B:11-19."],
    warnings=["Use only with the femoral heads and stems specified in this IFU; do not combine with other manufacturers' heads.",
              "Check the assembly of head and mobile insert before reduction; do not use the mobile insert if it has been dropped or scratched.",
              "Avoid impingement of the femoral neck on the shell rim; impingement may lead to wear and intraprosthetic dislocation.",
              "The Device has not been evaluated for safety and compatibility in the MR environment."],
    tech=[("Shell outer diameter", "44 to 68 mm, 2 mm steps"), ("Head diameter", "22.2 mm (shells 44-50 mm), 28 mm (shells 52-68 mm)"),
          ("Shell material", "CoCrMo (ISO 5832-12), Ti plasma spray and HA coating"), ("Mobile insert material", "Vitamin E stabilised highly cross-linked UHMWPE"),
          ("Sterilisation", "Gamma (shell, heads); ethylene oxide (mobile insert)")],
    steps=["Ream the acetabulum to the planned size and trial with the AMDM trial shells.",
           "Impact the definitive shell at 40-45° inclination and 15-25° anteversion; check seating through the apical hole.",
           "Press the femoral head into the mobile insert with the assembly press and check the mobility.",
           "Reduce the joint and check range of motion and stability."],
    pmcf=dict(
        objectives=[("Confirm implant survival at 5 and 10 years", "Open question: long-term survival"),
                    ("Confirm the rate of dislocation and intraprosthetic dislocation", "Residual risks: dislocation, IPD"),
                    ("Monitor metal ion levels and adverse local tissue reactions in a sub-cohort", "Residual risk: metal debris")],
        design="Prospective multicentre PMCF study (AM-DM-PMCF) and annual analysis of NJR and Indian registry data.",
        population="Adults undergoing primary or revision THA with the Device, in hospitals in India and the EU.",
        sample=("400 hips shall be enrolled; assuming 5 % revision at 10 years and 25 % loss to follow-up, the same gives a 95 % "
                "confidence interval of ± 2.5 % for survival; 60 Pts. shall have metal ion measurements."),
        endpoints=["Revision for any reason (Kaplan-Meier)", "Dislocation and IPD", "OHS", "Metal ion levels (Co, Cr) at 1, 5 and 10 years"],
        timeline=[("First Pt. in", "Mar 2026"), ("5-year report", "Jun 2032"), ("10-year report", "Jun 2037")]),
    cear=dict(reviewer_field="orthopaedic surgery", clinician="Dr. Peter Skov (orthopaedic surgeon)",
              scope_why="It is a class III implantable device (total hip replacement component).",
              device="Dual-mobility cup with CoCrMo shell and VE-HXLPE mobile insert. Dual mobility is not novel.",
              sota="SOTA based on NJR and systematic reviews. Adequate.",
              data="One prospective cohort with 214 hips and 2 years follow-up. One retrospective revision series.",
              br="Benefit-risk is positive at 2 years. Long-term survival to be confirmed by PMCF.",
              findings=[("OBS-1", "CER Sec. 6", "Annex XIV Part A 1", "AM-DM-01", "Follow-up is 2 years. PMCF to 10 years. Accepted."),
                        ("NC-01 (minor)", "IFU Sec. 6", "Annex I 23.4", "IFU Rev. 04", "MR safety statement missing. Closed in Rev. 05.")],
              conclusion="The clinical evidence is sufficient. The CEAR is sent to the Commission for the CECP.",
              purpose=("The AnchorMove DM Acetabular System is used for the acetabular side of primary total hip arthroplasty "
                       "in adults, with a dual-mobility articulation. Revision use is not part of this assessment.")),
    docs={"CEP": dict(file="SMPL-ORT-CEP-DM_Rev02.pdf", code="SMPL/ORT/CEP/022", rev="02", date="11-02-2025"),
          "CER": dict(file=CER_F, code="SMPL/ORT/CER/022", rev="03", date="18-07-2025"),
          "PMCF": dict(file="SMPL-ORT-PMCF-DM_Rev01.pdf", code="SMPL/ORT/PMCF/022", rev="01", date="18-07-2025"),
          "SSCP": dict(file=SSCP_F, code="SMPL/ORT/SSCP/022", rev="01", date="18-07-2025"),
          "IFU-en": dict(file=IFU_EN, code="AMDM-IFU-EN", rev="05", date="07-2025"),
          "IFU-it": dict(file="AnchorMove-DM_IFU_IT_R05.pdf", code="AMDM-IFU-IT", rev="05", date="07-2025"),
          "IFU-pt": dict(file="AnchorMove-DM_IFU_PT_R05.md", code="AMDM-IFU-PT", rev="05", date="07-2025"),
          "CEAR": dict(file=CEAR_F, code="NCM-2893-25-0455", rev="1", date="6 November 2025")},
    tr={"it": dict(
            purpose=("Il sistema acetabolare AnchorMove DM è destinato alla sostituzione della superficie articolare acetabolare "
                     "nell'artroplastica totale d'anca, con articolazione a doppia mobilità, per alleviare il dolore, ripristinare "
                     "la funzione e ridurre il rischio di lussazione."),
            ind=["Artroplastica totale d'anca primaria per artrosi, necrosi avascolare, artrite reumatoide o artrite post-traumatica",
                 "Frattura scomposta del collo femorale in pazienti idonei all'artroplastica totale",
                 "Artroplastica primaria in pazienti ad alto rischio di lussazione",
                 "Revisione di artroplastica totale d'anca per lussazione recidivante o instabilità"],
            contra=["Infezione locale o sistemica attiva o sospetta", "Bone stock acetabolare insufficiente", "Immaturità scheletrica",
                    "Allergia nota a cobalto, cromo o molibdeno", "Grave malattia neuromuscolare o vascolare dell'arto interessato"],
            pop="Adulti scheletricamente maturi di età pari o superiore a 18 anni che necessitano di artroplastica totale d'anca.",
            users="Chirurghi ortopedici formati nell'artroplastica totale d'anca, in sale operatorie ospedaliere.",
            warn=["Utilizzare solo con le teste e gli steli specificati.", "Controllare l'assemblaggio testa-inserto prima della riduzione.",
                  "Evitare il conflitto del collo femorale con il bordo della coppa.", "Sicurezza in ambiente RM non valutata."],
            side=["Lussazione dell'anca", "Lussazione intraprotesica (IPD)", "Mobilizzazione asettica della coppa", "Infezione periprotesica",
                  "Frattura periprotesica", "Usura del polietilene e osteolisi", "Reazione tissutale locale a detriti metallici e aumento degli ioni metallici",
                  "Dismetria degli arti, lesioni nervose o vascolari, tromboembolia venosa"],
            tech=[("Diametro esterno coppa", "44 - 68 mm, passi di 2 mm"), ("Diametro testa", "22,2 mm (44-50 mm), 28 mm (52-68 mm)"),
                  ("Materiale coppa", "CoCrMo, Ti plasma spray e HA"), ("Inserto mobile", "UHMWPE altamente reticolato con vitamina E"),
                  ("Sterilizzazione", "Raggi gamma; ossido di etilene (inserto)")],
            steps=["Fresare l'acetabolo e provare con le coppe di prova.", "Impattare la coppa definitiva a 40-45° di inclinazione e 15-25° di antiversione.",
                   "Inserire la testa nell'inserto mobile con la pressa.", "Ridurre e verificare stabilità e articolarità."]),
        "pt": dict(
            purpose=("O sistema acetabular AnchorMove DM destina-se à substituição da superfície articular acetabular na artroplastia "
                     "total da anca, com articulação de dupla mobilidade, para alívio da dor, recuperação da função e redução do "
                     "risco de luxação."),
            ind=["Artroplastia total da anca primária por artrose, necrose avascular, artrite reumatoide ou artrite pós-traumática",
                 "Fratura desviada do colo do fémur em doentes adequados para artroplastia total",
                 "Artroplastia primária em doentes com risco elevado de luxação",
                 "Revisão de artroplastia total da anca por luxação recorrente ou instabilidade"],
            contra=["Infeção local ou sistémica ativa ou suspeita", "Stock ósseo acetabular insuficiente", "Imaturidade esquelética",
                    "Alergia conhecida ao cobalto, crómio ou molibdénio", "Doença neuromuscular ou vascular grave do membro afetado"],
            pop="Adultos esqueleticamente maduros com 18 anos ou mais que necessitam de artroplastia total da anca.",
            users="Cirurgiões ortopédicos com formação em artroplastia total da anca, em blocos operatórios hospitalares.",
            warn=["Utilizar apenas com as cabeças e hastes especificadas.", "Verificar a montagem cabeça-inserto antes da redução.",
                  "Evitar o conflito do colo femoral com o rebordo do cotilo.", "Segurança em ambiente de RM não avaliada."],
            side=["Luxação da anca", "Luxação intraprotésica (IPD)", "Descolamento asséptico do cotilo", "Infeção periprotésica",
                  "Fratura periprotésica", "Desgaste do polietileno e osteólise", "Reação tecidular local a detritos metálicos e aumento de iões metálicos",
                  "Dismetria, lesão nervosa ou vascular, tromboembolismo venoso"],
            tech=[("Diâmetro externo do cotilo", "44 a 68 mm, passos de 2 mm"), ("Diâmetro da cabeça", "22,2 mm (44-50 mm), 28 mm (52-68 mm)"),
                  ("Material do cotilo", "CoCrMo, Ti plasma spray e HA"), ("Inserto móvel", "UHMWPE altamente reticulado com vitamina E"),
                  ("Esterilização", "Raios gama; óxido de etileno (inserto)")],
            steps=["Fresar o acetábulo e testar com os cotilos de prova.", "Impactar o cotilo definitivo a 40-45° de inclinação e 15-25° de anteversão.",
                   "Montar a cabeça no inserto móvel com a prensa.", "Reduzir e verificar estabilidade e amplitude de movimento."])},
    over={"SSCP": {"side_effects": ["Dislocation of the hip joint", "Aseptic loosening of the acetabular shell", "Periprosthetic infection",
                                    "Periprosthetic fracture", "Leg length discrepancy, nerve or vessel injury, venous thromboembolism"]}},
    extra={"CER": [
        ("sota", "Kindly refer Table-7 for the cumulative revision rates of dual-mobility cups as per the NJR, AOANJRR and the French "
                 "SOFCOT registry, which have been used as benchmarks for CB-3."),
        ("clinical", "In addition, clinical equivalence has been established with the Stabilis DM cup of Orthomed GmbH (Germany), on the "
                     "basis of published literature, the competitor's IFU and published drawings; a contract for access to the technical "
                     "documentation of the same is not available, however the design similarity is evident and the 12-year "
                     "survivorship data of the Stabilis DM cup are therefore applicable to the Device."),
        ("benefitrisk", "Based on the above, it is concluded that the Device shall provide a survivorship of 99.5 % at 15 years and "
                        "a lifetime free of dislocation for the Patient.")]},
)
F["labels"] = [
    dict(defect="equivalence_to_competitor_without_contract", category="evidence", documents=[CER_F],
         quotes=["a contract for access to the technical documentation of the same is not available",
                 "clinical equivalence has been established with the Stabilis DM cup of Orthomed GmbH (Germany)"],
         description="Equivalence for a class III implant is claimed to a competitor's cup without a contract giving access to its technical documentation (Art. 61(5)).",
         accept=[]),
    dict(defect="15_year_survivorship_from_2_year_data", category="claim", documents=[CER_F],
         quotes=["shall provide a survivorship of 99.5 % at 15 years and a lifetime free of dislocation"],
         description="The CER claims 15-year survivorship and lifelong freedom from dislocation although the device's own data reach only 2 years.",
         accept=["evidence"]),
    dict(defect="sscp_omits_ipd_and_metal_debris_risks", category="documentation", documents=[SSCP_F, IFU_EN],
         quotes=["Intraprosthetic dislocation (IPD), i.e. dissociation of the femoral head from the mobile insert",
                 "Adverse local tissue reaction to metal debris and elevated metal ion levels"],
         description="The SSCP's list of residual risks omits intraprosthetic dislocation, polyethylene wear/osteolysis and metal-debris reactions which the IFU and CER list.",
         accept=["safety-instruction", "claim"]),
    dict(defect="cear_intended_purpose_excludes_revision", category="intended-use", documents=[CEAR_F, CER_F],
         quotes=["Revision use is not part of this assessment.",
                 "Revision total hip arthroplasty for recurrent dislocation or instability of a previous hip replacement"],
         description="The CEAR assesses primary THA only, while the CER, CEP, IFU and SSCP include revision THA for instability.",
         accept=["population"]),
    dict(defect="reference_to_missing_table_7", category="documentation", documents=[CER_F],
         quotes=["Kindly refer Table-7 for the cumulative revision rates of dual-mobility cups"],
         description="The CER refers to a Table-7 with registry benchmarks that does not exist (the CER's tables end at Table-6).",
         accept=[]),
]
