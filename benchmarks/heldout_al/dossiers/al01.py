UDI = "880958702IVLCOR7K"
D = dict(
 id="al01_ivlcath", cls_label="III",
 device="SONOBREAK IVL coronary intravascular lithotripsy catheter SBC series (with SB-G1 generator)",
 company="Hanbit Cardiotech Co., Ltd.", addr="3F, 27 Digital-ro 33-gil, Guro-gu, Seoul 08377, Republic of Korea",
 srn="KR-MF-000471203", date="2025.03.14", cear_date="02/06/2025", author="Kim Ji-hoon", reviewer_mfr="Park Soo-min",
 approver="Lee Dong-wook", nb="Ente Certificazione Dispositivi Medici S.p.A. (NB 2961)",
 nb_reviewer="Ing. Marco Bellandi", nb_clinician="Dott. Paolo Sacchetti (interventional cardiologist)",
 cep_code="HC-CEP-SBC-01 Rev.01", pmcf_code="HC-PMCF-SBC-01 Rev.01",
 assessed=["CEP HC-CEP-SBC-01 Rev.01", "CER HC-CER-SBC-01 Rev.02", "PMCF plan HC-PMCF-SBC-01 Rev.01", "IFU EN/IT/RO/PL Rev.02"],
 name="SONOBREAK IVL Coronary Catheter", model="SBC-2512, SBC-3012, SBC-3512, SBC-4012", udi=UDI,
 cls="Class III", rule="Rule 6 (transient, central circulatory system)",
 purpose="The SONOBREAK IVL Coronary Catheter is used with the SB-G1 generator for delivering of sonic pressure waves "
         "(intravascular lithotripsy) to modify calcified plaque of de novo coronary artery before stent implantation.",
 indications=["De novo calcified stenosis of native coronary artery (reference diameter 2.5~4.0 mm, lesion length 32 mm under)",
              "Calcium confirmed by angiography (moderate or severe) or by intravascular imaging"],
 contra=["Patient which guidewire cannot cross the lesion", "In-stent restenosis lesion",
         "Coronary artery bypass graft (saphenous vein or arterial graft)",
         "Patient cannot take antiplatelet or anticoagulant therapy"],
 population="Adult patient (Min. 18 years old) with calcified coronary artery disease who is candidate of percutaneous coronary intervention (PCI).",
 users="Interventional cardiologist trained in PCI, in hospital catheterization laboratory with cardiac surgery back-up or according to national rule.",
 tech=[("Balloon diameter", "2.5 / 3.0 / 3.5 / 4.0 mm"), ("Balloon working length", "12 mm"),
       ("Emitters", "2 emitters per catheter"), ("Catheter working length", "138 cm"),
       ("Guidewire compatibility", "0.014 inch"), ("Guide catheter compatibility", "Min. 6F"),
       ("Lithotripsy inflation pressure", "4 atm"), ("Rated burst pressure (RBP)", "10 atm"),
       ("Pulse frequency", "1 pulse/second"), ("Pulses per catheter", "Max. 80 pulses per catheter (8 cycles of 10 pulses)")],
 principle="The catheter is rapid-exchange balloon catheter with two lithotripsy emitters inside balloon. The SB-G1 generator "
           "(separate accessory, reusable) give high voltage pulse and the emitters make vapour bubble and sonic pressure wave. "
           "The wave pass through the soft tissue and make fracture of superficial and deep calcium. The balloon is inflated "
           "with 50:50 saline/contrast mixture at 4 atm during the pulse.",
 reg_status="The device is new product of Hanbit Cardiotech. It is not marketed in EU before. Class III by Rule 6, non-implantable, "
            "single use, EO sterilized. The SB-G1 generator is accessory of class IIa.",
 cecp_mfr="The consultation procedure of Article 54(1) is not applicable because the catheter is class III but not implantable, "
          "and it is not class IIb active device for administration of medicinal product.",
 sota=["Calcified coronary lesion is present in about 20~30% of PCI patients and it cause stent under-expansion, "
       "which is strong predictor of stent thrombosis and restenosis. Current options are non-compliant and cutting/scoring "
       "balloon, rotational and orbital atherectomy, excimer laser and intravascular lithotripsy (IVL).",
       "The ESC 2024 chronic coronary syndrome guideline and EAPCI consensus describe IVL as option for calcified lesion "
       "(class IIb recommendation, level of evidence C/B). Benchmark of the state of the art (Disrupt CAD III): procedural "
       "success 92,4% is expressed in literature, MACE at 30 days 7.8%, perforation 0.3%, no-reflow 0%."],
 search="\"intravascular lithotripsy\" AND (coronary OR calcified) ; \"shockwave\" AND coronary ; atherectomy AND calcified coronary",
 lit="312 hits, 41 full text reviewed, 17 articles included (11 pivotal for state of the art, 6 for safety).",
 studies=[("SB-FIH-01 (Seoul)", "Single arm, first-in-human", "30", "30 days", "Device success 96.7%, no perforation"),
          ("SB-PAD (Daegu)", "Single arm, femoropopliteal", "82", "6 months", "Residual stenosis 21%, dissection grade D 0%")],
 data_text=["The main clinical data of SONOBREAK is from the SB-PAD study: 82 patients with calcified femoropopliteal lesions "
            "treated with the peripheral version SONOBREAK-P (balloon 5.0~7.0 mm, 6 emitters).",
            "The results of SB-PAD are considered directly applicable to coronary arteries because the lithotripsy mechanism is same. "
            "Only 30 coronary patients were treated in SB-FIH-01, all in one centre."],
 benefits=[("Facilitate stent expansion in calcified lesion", "Minimal stent area and stent expansion (%) by IVUS/OCT"),
           ("Procedural success", "Residual stenosis <30% without in-hospital MACE")],
 acceptance=["Procedural success ≥ 85% (state of the art 92.4%)", "30-day MACE ≤ 10%", "Type D~F dissection and perforation ≤ 1%"],
 benefit_results=[("Facilitate stent expansion", "Stent expansion by OCT", "Mean 102% (n=12 with OCT, SB-FIH-01)"),
                  ("Procedural success", "Residual stenosis <30%, no MACE", "29/30 (96.7%)")],
 cdp="Pre-market: SB-FIH-01 (n=30) completed. Post-market: PMCF registry SB-REG (n=250, 15 EU sites) to confirm MACE and "
     "perforation rate against the Disrupt CAD III benchmark.",
 safety="In SB-FIH-01 one patient had peri-procedural myocardial infarction (3.3%), no perforation, no death at 30 days. "
        "Transient asynchronous ventricular capture (shocktopics) was observed in 7 patients (23%) without consequence.",
 residual=["Coronary dissection and perforation", "Balloon rupture with contrast leak", "Ventricular capture / arrhythmia during pulse",
           "Slow flow or no-reflow"],
 pmcf_summary="PMCF registry SB-REG: 250 patients, 15 EU sites, 12-month follow-up of MACE, perforation and stent expansion.",
 pmcf=dict(objectives=["Confirm 30-day and 12-month MACE rate against the acceptance criteria (residual risk: dissection, perforation)",
                       "Estimate rate of ventricular capture causing haemodynamic instability",
                       "Confirm stent expansion with OCT/IVUS in a sub-cohort of 60 patients"],
           design="Prospective, multicentre, single-arm registry SB-REG under MDR Article 74(1). Consecutive enrolment to avoid selection bias.",
           population="Adult patients (Min. 18 years old) with calcified de novo native coronary lesion treated by PCI with SONOBREAK.",
           incl=["Age 18 years old over", "Moderate or severe calcification", "Reference diameter 2.5~4.0 mm"],
           excl=["In-stent restenosis", "Bypass graft lesion", "STEMI within 48 hours"],
           sample="250 patients: with expected 30-day MACE 7.8% and acceptance limit 12%, one-sided alpha 0.05 and power 80%, "
                  "231 evaluable patients are needed; 8% loss to follow-up is added.",
           endpoints=["30-day MACE (cardiac death, MI, TVR)", "Perforation and type D~F dissection", "12-month TLF", "Stent expansion by OCT (sub-cohort)"],
           sites="15 hospital catheterization laboratories in Italy, Romania, Poland and the Netherlands.",
           timeline="First patient 2025.09; last patient 2027.03; 12-month follow-up complete 2028.03; interim report every year."),
 conclusion="The clinical data show that SONOBREAK is safe and performs as intended for the calcified coronary lesion. "
            "The benefit-risk is acceptable when compared with state of the art.",
 performance=["Fracture of intimal and medial calcium by sonic pressure wave before stent implantation",
              "The lithotripsy restores the natural vasomotion of the coronary artery and prevents restenosis for lifetime."],
 method=["1) Preparation", "(1) Check the package and expiry date. Do not use if the sterile barrier is damaged.",
         "(2) Prepare the balloon with 50:50 saline/contrast mixture and remove the air 3 times.",
         "2) Procedure", "(1) Advance the catheter over 0.014 inch guidewire to the lesion.",
         "(2) Inflate to 4 atm and give 10 pulses (1 cycle). Then inflate to 6 atm for 10 seconds to maximise the lumen.",
         "(3) Deflate, wait for reperfusion min. 10 seconds, and repeat. (a) Move the balloon to overlap the next segment. "
         "(b) Do not exceed the maximum pulses per catheter."],
 warnings=["Do not exceed the rated burst pressure 10 atm.", "Do not use in in-stent restenosis or bypass graft.",
           "Use only with the SB-G1 generator."],
 cautions=["Ventricular capture may occur during the pulse; monitor ECG continuously."],
 general=["The device is single use. Do not resterilize or reuse."],
 storage="Store at room temperature 10~30°C, avoid direct sunlight and humidity. Shelf life 2 years.",
 adverse=["Dissection, perforation, cardiac tamponade", "Myocardial infarction, arrhythmia", "Allergic reaction to contrast"],
 sscp_evidence=["SB-FIH-01: 30 patients, 30 days: device success 96.7%, one peri-procedural MI (3.3%), no perforation, no death."],
 sscp_patient="The catheter is used only during your heart procedure and is removed; nothing stays in your body except the stent.",
 cear_b="The Manufacturer describes a rapid-exchange IVL balloon catheter (sizes 2,5 ~ 4,0 mm) to be used with the SB-G1 "
        "generator for calcified de novo coronary lesions in adults before stenting. The intended purpose is clearly stated in CER and CEP.",
 cear_c="IVL is not novel; similar devices are in the market since 2018. The device is however first device of the Manufacturer in the coronary field.",
 cear_d="The CEP is compliant with Annex XIV Part A 1(a); acceptance criteria are derived from Disrupt CAD III (MACE 7,8 %).",
 cear_e="The clinical data consist of the FIH study SB-FIH-01 (n=30, 30 days) and the SB-PAD study, and of literature on a "
        "similar device. The reviewer accepts the data as sufficient for the initial certification in combination with the PMCF registry.",
 cear_f="The PMCF plan HC-PMCF-SBC-01 has a justified sample size (250 patients) and endpoints linked to residual risks. Acceptable.",
 cear_g="Benefit-risk is considered favourable. The Manufacturer has to update the CER with the first registry data within 12 months.",
 ncs=["Non-conformity n. 1 (minor): it is not clear which is the number of OCT-evaluated patients; closed with CER Rev.02.",
      "Non-conformity n. 2 (minor): the literature search period was not stated; closed."],
 cecp_nb="The device is class III, not implantable; Art. 54(1)(a) and (b) are not applicable. The consultation procedure is not carried out.",
 cear_decision="certification for 5 years with annual review of PMCF data.",
 langs={
  "it": dict(purpose="Il catetere SONOBREAK IVL è usato con il generatore SB-G1 per erogare onde di pressione sonica (litotrissia intravascolare) "
                     "per modificare la placca calcifica delle arterie coronarie de novo prima dell'impianto di stent.",
             indications=["Stenosi calcifica de novo di arteria coronaria nativa (diametro di riferimento 2,5~4,0 mm, lunghezza lesione inferiore a 32 mm)", "Calcio confermato da angiografia (moderato o severo) o da imaging intravascolare"],
             contra=["Lesione non attraversabile dalla guida", "Restenosi intra-stent", "Bypass aorto-coronarico (vena safena o graft arterioso)",
                     "Paziente che non può assumere terapia antiaggregante o anticoagulante"],
             population="Pazienti adulti (minimo 18 anni) con coronaropatia calcifica candidati a PCI.",
             users="Cardiologo interventista esperto in PCI, in laboratorio di emodinamica ospedaliero.",
             method=["1) Preparare il palloncino con miscela 50:50 soluzione salina/contrasto.", "2) Gonfiare a 4 atm ed erogare 10 impulsi per ciclo."],
             warnings=["Non superare la pressione di rottura nominale di 10 atm.", "Utilizzare solo con il generatore SB-G1."],
             storage="Conservare a 10~30°C, al riparo dalla luce solare e dall'umidità.",
             adverse=["Dissezione, perforazione, tamponamento cardiaco", "Infarto miocardico, aritmia"]),
  "ro": dict(purpose="Cateterul SONOBREAK IVL se utilizează cu generatorul SB-G1 pentru litotripsie intravasculară a plăcii calcificate "
                     "din arterele coronare de novo înainte de implantarea stentului.",
             indications=["Stenoză calcificată de novo a arterei coronare native (diametru de referință 2,5~4,0 mm, lungimea leziunii sub 32 mm)", "Calciu confirmat angiografic (moderat sau sever) sau prin imagistică intravasculară"],
             contra=["Leziune care nu poate fi traversată de ghid", "Restenoză intra-stent", "Grefă de bypass coronarian",
                     "Pacient care nu poate primi tratament antiagregant sau anticoagulant"],
             population="Pacienți adulți (minimum 18 ani) cu boală coronariană calcificată, candidați pentru PCI.",
             users="Cardiolog intervenționist instruit în PCI, în laboratorul de cateterism al spitalului.",
             method=["1) Pregătiți balonul cu amestec 50:50 ser fiziologic/substanță de contrast.", "2) Umflați la 4 atm și aplicați 10 impulsuri pe ciclu."],
             warnings=["Nu depășiți presiunea nominală de rupere de 10 atm.", "Utilizați numai cu generatorul SB-G1."],
             storage="A se păstra la 10~30°C, ferit de lumina solară și umiditate.",
             adverse=["Disecție, perforație, tamponadă cardiacă", "Infarct miocardic, aritmie"]),
  "pl": dict(purpose="Cewnik SONOBREAK IVL jest używany z generatorem SB-G1 do litotrypsji wewnątrznaczyniowej zwapniałej blaszki "
                     "w tętnicach wieńcowych de novo przed implantacją stentu.",
             indications=["Zwapniałe zwężenie de novo natywnej tętnicy wieńcowej (średnica referencyjna 2,5~4,0 mm, długość zmiany poniżej 32 mm)", "Zwapnienie potwierdzone angiograficznie (umiarkowane lub ciężkie) lub obrazowaniem wewnątrznaczyniowym"],
             contra=["Zmiana, której nie można przekroczyć prowadnikiem", "Restenoza w stencie", "Pomost aortalno-wieńcowy",
                     "Pacjent, który nie może przyjmować leczenia przeciwpłytkowego lub przeciwkrzepliwego"],
             population="Dorośli pacjenci (min. 18 lat) ze zwapniałą chorobą wieńcową, kandydaci do PCI.",
             users="Kardiolog interwencyjny przeszkolony w PCI, w pracowni hemodynamiki szpitala.",
             method=["1) Przygotować balon mieszaniną 50:50 sól fizjologiczna/kontrast.", "2) Napełnić do 4 atm i podać 10 impulsów na cykl."],
             warnings=["Nie przekraczać nominalnego ciśnienia rozerwania 10 atm.", "Używać wyłącznie z generatorem SB-G1."],
             storage="Przechowywać w temperaturze 10~30°C, chronić przed światłem słonecznym i wilgocią.",
             adverse=["Rozwarstwienie, perforacja, tamponada serca", "Zawał serca, arytmia"]),
 },
 ov={"CEAR": {"udi": "880958702IVLCOR9M"},
     "IFU": {"tech": None}},
 extra={("CER", 1): [f"All four catheter sizes share one Basic UDI-DI {UDI}."],
        ("CEAR", "B"): ["The Basic UDI-DI declared by the Manufacturer is 880958702IVLCOR9M for all the catheter sizes."]},
 docs=[("HC-CEP-SBC-01_Rev01.pdf", "CEP", "en"), ("HC-CER-SBC-01_Rev02.docx", "CER", "en"),
       ("HC-PMCF-SBC-01_Rev01.pdf", "PMCF", "en"), ("IFU_SBC_EN_Rev02.pdf", "IFU", "en"),
       ("IFU_SBC_IT_Rev02.docx", "IFU", "it"), ("IFU_SBC_RO_Rev02.pdf", "IFU", "ro"), ("IFU_SBC_PL_Rev02.docx", "IFU", "pl"),
       ("HC-SSCP-SBC-01_Rev01.pdf", "SSCP", "en"), ("ECDM-CEAR-2025-118.docx", "CEAR", "en")],
)
_ifu_tech = [t if t[0] != "Pulses per catheter" else ("Pulses per catheter", "Max. 120 pulses per catheter (12 cycles of 10 pulses)") for t in D["tech"]]
D["ov"]["IFU"]["tech"] = _ifu_tech
for _l in D["langs"].values():
    _l["tech"] = _ifu_tech

LABELS = [
 dict(defect="basic_udi_di_differs_in_cear", category="device-identity", rule=None,
      documents=["HC-CER-SBC-01_Rev02.docx", "ECDM-CEAR-2025-118.docx"],
      quotes=[f"All four catheter sizes share one Basic UDI-DI {UDI}.",
              "The Basic UDI-DI declared by the Manufacturer is 880958702IVLCOR9M"],
      description="The CER (and IFUs) give Basic UDI-DI 880958702IVLCOR7K; the notified body's CEAR assesses 880958702IVLCOR9M.",
      accept=["documentation"]),
 dict(defect="max_pulses_per_catheter_differs", category="specification", rule=None,
      documents=["HC-CER-SBC-01_Rev02.docx", "IFU_SBC_EN_Rev02.pdf"],
      quotes=["Max. 80 pulses per catheter (8 cycles of 10 pulses)", "Max. 120 pulses per catheter (12 cycles of 10 pulses)"],
      description="The CER evaluates a limit of 80 lithotripsy pulses per catheter; all IFUs allow 120, beyond the evaluated emitter life.",
      accept=["safety-instruction"]),
 dict(defect="vasomotion_and_lifetime_restenosis_claim", category="claim", rule=None,
      documents=["IFU_SBC_EN_Rev02.pdf"],
      quotes=["The lithotripsy restores the natural vasomotion of the coronary artery and prevents restenosis for lifetime."],
      description="The IFU claims restored vasomotion and lifelong prevention of restenosis; IVL is followed by stenting and the "
                  "evidence covers 30 days in 30 patients, so the claim is unsupported and implausible.",
      accept=["evidence"]),
 dict(defect="peripheral_data_used_for_coronary_indication", category="evidence", rule=None,
      documents=["HC-CER-SBC-01_Rev02.docx"],
      quotes=["82 patients with calcified femoropopliteal lesions",
              "The results of SB-PAD are considered directly applicable to coronary arteries"],
      description="The main clinical data come from a different (peripheral, 5-7 mm, 6-emitter) device in femoropopliteal arteries; "
                  "only 30 coronary patients support the coronary indication, without any equivalence demonstration.",
      accept=["population"]),
]
