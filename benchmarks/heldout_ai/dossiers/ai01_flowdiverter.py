from .common import cep, cer, pmcf, ifu_en, ifu_xx, sscp, cear

DOSSIER = "ai01_flowdiverter"
DEVICE = "NeuroSakura FD intracranial flow-diverter stent, unruptured ICA aneurysms, adults 18–80"
DEVICE_CLASS = "III"

d = dict(
    mfr="Tenma Medical Co., Ltd., 2-4-11 Tenma, Kita-ku, Osaka 530-0043, Japan",
    eu="Tenma Medical Europe GmbH, Königsallee 61, 40215 Düsseldorf, Germany",
    name="NeuroSakura FD Flow Diverter", model="NSF-35 / NSF-40 / NSF-45 / NSF-50 / NSF-55 (lengths 12–35 mm)",
    budi="4589012NSFD7K", cls="Class III, Rule 8 (implantable, in contact with the central circulatory system)")

PURPOSE = ("The said device is a self-expanding braided stent of cobalt-chromium and platinum-tungsten wire. "
           "It is intended to be placed in the parent artery across the neck of an intracranial aneurysm, so that "
           "the blood flow into the aneurysm is diverted and the aneurysm becomes thrombosed and occluded.")
POP = ("Adult patients from 18 to 80 years of age with unruptured saccular or fusiform aneurysm of the internal "
       "carotid artery (petrous segment up to the terminus), parent artery diameter from 2.0 mm to 5.5 mm.")
IND = ["Wide-neck aneurysm (neck 4 mm or more, or dome-to-neck ratio below 2)",
       "Large and giant aneurysm (maximum diameter 10 mm or more)",
       "Fusiform or blister-like aneurysm which is not suitable for coil embolisation or clipping"]
CONTRA = ["Ruptured aneurysm in the acute phase (within 30 days after subarachnoid haemorrhage)",
          "Patient in whom dual antiplatelet therapy is contraindicated",
          "Active bacterial infection",
          "Known hypersensitivity to cobalt-chromium, platinum, tungsten or to contrast agent",
          "Stent already placed in the parent artery which does not allow safe passage of the delivery system"]

CEP = cep(d, dict(
    docno="TNM-CEP-FD-012", rev="2", date="2024/11/08",
    purpose=PURPOSE, population=POP, indications=IND, contra=CONTRA,
    benefits=[["Occlusion of the aneurysm", "Raymond-Roy class 1 on DSA (core laboratory)", "12 months"],
              ["Prevention of rupture / re-growth", "Absence of SAH and of re-treatment", "12 and 36 months"],
              ["Preservation of parent artery", "Parent artery stenosis below 50 %", "12 months"]],
    acceptance=["Complete occlusion at 12 months at least 60 % (state of the art 59–76 %)",
                "Major ipsilateral stroke or neurological death within 12 months not more than 6 %",
                "Delayed aneurysm rupture not more than 1 %",
                "In-stent stenosis more than 50 % not more than 5 %"],
    cdp=["A first-in-human study SAKURA-1 (Japan and Germany, 41 patients) is completed. A pivotal study SAKURA-EU "
         "(150 patients, 12-month primary endpoint, 36-month follow-up) is planned after the CE marking as part of the PMCF.",
         "※ Follow-up until 12 months is considered necessary, because occlusion after flow diversion progresses gradually over the first year."],
    cecp="As the subject device is a class III implantable device, the consultation procedure according to Article 54(1)(a) "
         "is expected to be initiated by the notified body. No exemption of Article 54(2) applies, because it is a new device.",
    author="H. Nakagawa (Clinical Development, Osaka)", approver="M. Becker (Regulatory Affairs, Düsseldorf)"),
    style="chapter")

CER = cer(d, dict(
    docno="TNM-CER-FD-012", rev="3", date="2025/02/21",
    scope="This report evaluates the clinical data of the said device for the initial conformity assessment under the MDR. "
          "It covers all five diameters and all lengths of the system, including the delivery wire NSD-27.",
    description=["The device is a 48-wire braid (40 cobalt-chromium and 8 platinum-tungsten wires) with a metal coverage "
                 "of 30–35 % in the nominal diameter. It is delivered through a 0.027 inch microcatheter and can be "
                 "re-sheathed until 80 % of its length is deployed.",
                 "The device is sized to the largest diameter of the parent artery. The sizes are shown below."],
    variants=[["Model", "Labelled diameter", "Recommended vessel", "Lengths"],
              ["NSF-35", "3.5 mm", "3.0 – 3.5 mm", "12, 16, 20 mm"],
              ["NSF-40", "4.0 mm", "3.5 – 4.0 mm", "12, 16, 20, 25 mm"],
              ["NSF-45", "4.5 mm", "4.0 – 4.5 mm", "16, 20, 25, 30 mm"],
              ["NSF-50", "5.0 mm", "4.5 – 5.0 mm", "20, 25, 30, 35 mm"],
              ["NSF-55", "5.5 mm", "5.0 – 5.5 mm", "20, 25, 30, 35 mm"]],
    purpose=PURPOSE, population=POP, indications=IND, contra=CONTRA,
    users="The said device is used only by interventional neuroradiologists or endovascular neurosurgeons who have "
          "completed the training of the manufacturer, in a hospital angiography suite with biplane DSA and with "
          "neurosurgical back-up.",
    sota=["Treatment options for unruptured ICA aneurysms are observation, microsurgical clipping, coil embolisation "
          "with or without balloon or stent assistance, and flow diversion. For large and wide-neck aneurysms of the ICA, "
          "flow diversion became a standard option after PUFS, PREMIER and the meta-analysis of Brinjikji et al.",
          "The state of the art for flow diverters shows complete occlusion of 59–76 % at 12 months and 74–95 % at 3–5 years, "
          "major ipsilateral stroke or neurological death of 4–8 %, delayed rupture of about 1 % and in-stent stenosis "
          "above 50 % of 2–5 %."],
    literature=["The search was performed on 2024/12/02 in PubMed, Embase and Cochrane Library with the PICO given in "
                "Annex 2. 612 hits were screened and 27 articles were appraised. The articles are about flow diverters of "
                "similar design in the ICA and are used for the state of the art only; no article about the subject device exists."],
    ci=["SAKURA-1 is a prospective single-arm first-in-human study in 4 sites (Osaka, Nagoya, Essen, Düsseldorf). "
        "41 patients (mean age 57 years, 34 women) with unruptured ICA aneurysms were treated. Angiographic follow-up "
        "was done at 6 months by an independent core laboratory; the 12-month visit is not yet reached for any patient.",
        "At 6 months, complete occlusion (Raymond-Roy 1) was observed in 24 of 41 patients (58.5 %). One major ipsilateral "
        "stroke (2.4 %) and no delayed rupture occurred. One patient (2.4 %) had in-stent stenosis of more than 50 %."],
    equivalence="Equivalence is not claimed. The clinical evaluation is based on the own clinical investigation of the subject device.",
    pms="The device is not yet placed on the market in any country. No complaint or vigilance data exist.",
    performance=["The occlusion rate of 58.5 % at 6 months is within the range of the state of the art at a similar time point. "
                 "From these results, durable and permanent occlusion of the aneurysm is demonstrated for the subject device, "
                 "and the clinical benefit of prevention of rupture is confirmed for the lifetime of the implant."],
    safety=["The main residual risks are thromboembolic stroke, haemorrhage (including delayed aneurysm rupture), in-stent "
            "stenosis, and complications of the access. Their rates in SAKURA-1 were within the acceptance criteria."],
    risks=[["Residual risk", "SAKURA-1 (n = 41)", "State of the art"],
           ["Major ipsilateral stroke / neurological death", "2.4 %", "4 – 8 %"],
           ["Delayed aneurysm rupture", "0 %", "≈ 1 %"],
           ["In-stent stenosis > 50 %", "2.4 %", "2 – 5 %"],
           ["Access-site haematoma", "4.9 %", "2 – 6 %"]],
    conclusion="The benefit-risk of the subject device is acceptable in comparison with the state of the art for all indications "
               "and for the whole object patient.",
    pmcf="PMCF is necessary to confirm the long-term performance. It is described in the PMCF plan TNM-PMCF-FD-012.",
    cecp="The device is class III implantable. The CECP according to Article 54(1)(a) applies; no exemption is claimed."))

PMCF = pmcf(d, dict(
    docno="TNM-PMCF-FD-012", rev="1", date="2025/02/24",
    device=[PURPOSE, POP, "Expected lifetime: permanent implant (lifetime of the patient). Novel product: no (flow diverter is an "
            "established device group). Novel related clinical procedure: no."],
    activities=[
        dict(title="SAKURA-EU post-market registry", rows=[
            ("Type", "Specific method: prospective multicentre registry (12 sites in DE, PL, PT, GR)"),
            ("Aim", "Confirm occlusion, safety and durability of occlusion; detect delayed rupture and in-stent stenosis"),
            ("Population", "Patients aged 18 to 65 years with unruptured ICA aneurysm with maximum diameter below 10 mm"),
            ("Sample size", "150 patients; 80 % power to show that complete occlusion at 12 months is not below 60 % (one-sided alpha 0.05, expected 70 %)"),
            ("Endpoints", "Raymond-Roy 1 at 12 months (core laboratory); major ipsilateral stroke or neurological death at 12 months"),
            ("Follow-up", "DSA at 12 months, MRA at 36 months")]),
        dict(title="Literature and vigilance screening", rows=[
            ("Type", "General method"),
            ("Aim", "Identify new risks of flow diverters in the state of the art"),
            ("Frequency", "Every 6 months")])],
    refs="CER TNM-CER-FD-012 Rev.3 chapter 6; risk management file TNM-RMF-FD-012 Rev.4, residual risks R-03, R-07, R-11.",
    schedule="First patient in 2025/Q3, last patient in 2027/Q2, 12-month report 2028/Q2, final 36-month report 2030/Q2. "
             "The PMCF evaluation report is updated every year."))

IFU_EN = ifu_en(d, dict(
    docno="IFU-NSF-EN", date="Rev. 4, 2025/03/03",
    purpose=PURPOSE, population=POP, indications=IND, contra=CONTRA,
    users="The said device must be used only by physicians trained in neuro-endovascular treatment, in a hospital with "
          "biplane angiography and neurosurgical back-up.",
    warnings=["Please start dual antiplatelet therapy (for example aspirin 100 mg and clopidogrel 75 mg) at least 5 days before "
              "the procedure and confirm the platelet response. Please continue it for at least 6 months.",
              "Please do not deploy the device by pushing the microcatheter forward; it can cause elongation of the braid and "
              "injury of the vessel."],
    cautions=["The device is MR Conditional. MRI of the head may show artefact near the device."],
    side="Thromboembolic stroke, transient ischaemic attack, intracranial haemorrhage, delayed aneurysm rupture, in-stent "
         "stenosis or occlusion, headache, vessel dissection, access-site haematoma, allergic reaction to contrast agent.",
    spec=[["Material", "Cobalt-chromium alloy, platinum-tungsten"],
          ["Number of wires", "48"],
          ["Diameters", "3.5 / 4.0 / 4.5 / 5.0 / 5.5 mm"],
          ["Lengths", "12 to 35 mm"],
          ["Compatible microcatheter", "0.027 inch inner diameter"],
          ["MRI", "MR Conditional, 1.5 T and 3 T"]],
    spec_note="Size selection: The device diameter shall be equal to the largest parent vessel diameter or up to 0.5 mm "
              "larger. The smallest size NSF-35 is recommended for a parent vessel of 3.0 mm to 3.5 mm.",
    steps=["Please measure the parent vessel diameter proximal and distal to the aneurysm by 3D rotational angiography.",
           "Please place the microcatheter distal to the aneurysm neck.",
           "Please advance the device with the delivery wire and unsheath it by withdrawing the microcatheter.",
           "Please confirm wall apposition with cone-beam CT before detachment."]), lines=True)

IFU_PL = ifu_xx("pl", d, dict(
    docno="IFU-NSF-PL", date="Wersja 4, 2025/03/03",
    purpose="Wyrób jest samorozprężalnym plecionym stentem ze stopu kobaltowo-chromowego i platynowo-wolframowego, "
            "umieszczanym w tętnicy macierzystej na wysokości szyi tętniaka wewnątrzczaszkowego w celu przekierowania przepływu krwi.",
    population="Dorośli pacjenci w wieku od 18 do 80 lat z niepękniętym tętniakiem workowatym lub wrzecionowatym tętnicy "
               "szyjnej wewnętrznej, średnica tętnicy macierzystej od 2,0 mm do 5,5 mm.",
    indications=["Tętniak o szerokiej szyi (szyja 4 mm lub więcej albo stosunek kopuły do szyi poniżej 2)",
                 "Tętniak duży i olbrzymi (średnica maksymalna 10 mm lub więcej)",
                 "Tętniak wrzecionowaty lub pęcherzykowaty nienadający się do embolizacji lub klipsowania"],
    contra=["Pęknięty tętniak w fazie ostrej (do 30 dni od krwotoku podpajęczynówkowego)",
            "Przeciwwskazanie do podwójnej terapii przeciwpłytkowej",
            "Czynne zakażenie bakteryjne",
            "Nadwrażliwość na stop kobaltowo-chromowy, platynę, wolfram lub środek kontrastowy",
            "Stent w tętnicy macierzystej uniemożliwiający bezpieczne przejście systemu wprowadzającego"],
    users="Wyłącznie lekarze przeszkoleni w leczeniu wewnątrznaczyniowym, w szpitalu z angiografią dwupłaszczyznową i zapleczem neurochirurgicznym.",
    warnings=["Podwójną terapię przeciwpłytkową należy rozpocząć co najmniej 5 dni przed zabiegiem i kontynuować co najmniej 6 miesięcy."],
    side="Udar zatorowy, TIA, krwotok wewnątrzczaszkowy, opóźnione pęknięcie tętniaka, zwężenie w stencie, ból głowy, rozwarstwienie naczynia, krwiak w miejscu dostępu.",
    spec=[["Materiał", "Stop kobaltowo-chromowy, platyna-wolfram"], ["Liczba drutów", "48"],
          ["Średnice", "3,5 / 4,0 / 4,5 / 5,0 / 5,5 mm"], ["Długości", "12–35 mm"],
          ["Mikrocewnik", "0,027 cala"], ["MRI", "Warunkowo bezpieczny w MR, 1,5 T i 3 T"]]), lines=False)

IFU_EL = ifu_xx("el", d, dict(
    docno="IFU-NSF-EL", date="Αναθ. 4, 2025/03/03",
    purpose="Το προϊόν είναι αυτοεκπτυσσόμενη πλεκτή ενδοπρόθεση από κράμα κοβαλτίου-χρωμίου και πλατίνας-βολφραμίου, "
            "που τοποθετείται στη μητρική αρτηρία στο ύψος του αυχένα ενδοκρανιακού ανευρύσματος για την εκτροπή της ροής του αίματος.",
    population="Ενήλικες ασθενείς ηλικίας 18 έως 80 ετών με ανεύρυσμα της έσω καρωτίδας αρτηρίας, διάμετρος μητρικής "
               "αρτηρίας από 2,0 mm έως 5,5 mm.",
    indications=["Ανεύρυσμα με ευρύ αυχένα (αυχένας 4 mm ή περισσότερο)",
                 "Μεγάλο και γιγαντιαίο ανεύρυσμα (μέγιστη διάμετρος 10 mm ή περισσότερο)",
                 "Ατρακτοειδές ανεύρυσμα που δεν είναι κατάλληλο για εμβολισμό ή απολίνωση",
                 "Ραγέντα ανευρύσματα της έσω καρωτίδας, και κατά την οξεία φάση μετά από υπαραχνοειδή αιμορραγία"],
    contra=["Ασθενής στον οποίο αντενδείκνυται η διπλή αντιαιμοπεταλιακή αγωγή",
            "Ενεργός βακτηριακή λοίμωξη",
            "Υπερευαισθησία σε κοβάλτιο-χρώμιο, πλατίνα, βολφράμιο ή σκιαγραφικό μέσο",
            "Ενδοπρόθεση στη μητρική αρτηρία που δεν επιτρέπει την ασφαλή διέλευση του συστήματος"],
    users="Μόνο ιατροί εκπαιδευμένοι στην ενδαγγειακή θεραπεία, σε νοσοκομείο με αγγειογράφο δύο επιπέδων και νευροχειρουργική υποστήριξη.",
    warnings=["Η διπλή αντιαιμοπεταλιακή αγωγή πρέπει να ξεκινά τουλάχιστον 5 ημέρες πριν από την επέμβαση και να συνεχίζεται τουλάχιστον 6 μήνες."],
    side="Θρομβοεμβολικό εγκεφαλικό επεισόδιο, ενδοκρανιακή αιμορραγία, καθυστερημένη ρήξη ανευρύσματος, στένωση εντός της ενδοπρόθεσης, κεφαλαλγία.",
    spec=[["Υλικό", "Κράμα κοβαλτίου-χρωμίου, πλατίνα-βολφράμιο"], ["Αριθμός συρμάτων", "48"],
          ["Διάμετροι", "3,5 / 4,0 / 4,5 / 5,0 / 5,5 mm"], ["Μήκη", "12–35 mm"],
          ["Μικροκαθετήρας", "0,027 ίντσες"], ["MRI", "Ασφαλές υπό προϋποθέσεις, 1,5 T και 3 T"]]))

d_sscp = dict(d, budi="4589012NSFD7M")
SSCP = sscp(d_sscp, dict(
    docno="TNM-SSCP-FD-012", rev="1", date="2025/03/10",
    purpose=PURPOSE, population=POP, indications=IND, contra=CONTRA,
    description="Self-expanding braid of 48 wires, five diameters (3.5–5.5 mm), lengths 12–35 mm, delivered through a 0.027 inch microcatheter.",
    risks="Major ipsilateral stroke or neurological death 2.4 % (1/41) at 6 months in SAKURA-1; in-stent stenosis above 50 % 2.4 %; "
          "delayed rupture 0 %. The numbers come from a proactive clinical investigation and are limited by its size.",
    clinical="SAKURA-1, 41 patients, complete occlusion 58.5 % at 6 months. The PMCF registry SAKURA-EU (150 patients) will give 12- and 36-month data.",
    alternatives="Observation, surgical clipping, coil embolisation with or without stent or balloon assistance, other flow diverters.",
    users="Interventional neuroradiologists or endovascular neurosurgeons with manufacturer training.",
    patient="The device is a small tube of metal mesh that is placed in the artery of the brain. It reduces the blood flow into the "
            "aneurysm so that the aneurysm closes with time. You must take the blood-thinning medicines as your doctor said."))

CEAR = cear(d, dict(
    docno="PCM/CEAR/2025/118", date="28.04.2025", budi="4589012NSFD7M",
    type="Initial certification (Annex IX Chapter I and III)",
    docs="CEP TNM-CEP-FD-012 Rev.2; CER TNM-CER-FD-012 Rev.3; PMCF plan TNM-PMCF-FD-012 Ver.1; IFU EN/PL/EL Rev.4; SSCP Rev.1",
    purpose=PURPOSE,
    reviewers="Clinical reviewer: dr n. med. Katarzyna Wróblewska (interventional neuroradiology); product reviewer: mgr inż. Tomasz Zieliński.",
    device=["Device is braided flow diverter of 48 wires, five diameters. It is stated that device is sized to largest parent vessel diameter. "
            "Target population is adults 18–80 years with unruptured ICA aneurysm. Novelty is low; device belongs to established group."],
    literature="Literature search is adequate in the scope of state of the art. No data on subject device are in literature; this is accepted, because device is new.",
    ci="SAKURA-1 (41 patients, 6 months) was reviewed. Design and monitoring in the scope of ISO 14155 are acceptable. Results are "
       "within state of the art at 6 months.",
    pmcf="PMCF registry SAKURA-EU with 150 patients and sample-size justification is considered adequate. Annual PMCF reporting is planned.",
    ifu="IFU in English, Polish and Greek were checked. IFU and SSCP are consistent with CER.",
    conclusion="Clinical evidence is sufficient for initial certification with condition that 12-month results of SAKURA-1 are submitted within 9 months.",
    cecp="Device is class III implantable (Article 54(1)(a)). No exemption applies. Documents are forwarded to expert panel in field of neurology.",
    remarks=["12-month angiographic results of SAKURA-1 shall be submitted as soon as available.",
             "Manufacturer is asked to add Greek and Polish SSCP translation."],
    signer="dr n. med. Katarzyna Wróblewska"))

DOCS = {
    "TNM-CEP-FD-012_Rev2.pdf": dict(role="CEP", language="en", blocks=CEP, header="Tenma Medical Europe GmbH – CONFIDENTIAL", footer="TNM-CEP-FD-012 Rev.2"),
    "TNM-CER-FD-012_Rev3.docx": dict(role="CER", language="en", blocks=CER, header="Tenma Medical Co., Ltd.", footer="TNM-CER-FD-012 Rev.3"),
    "TNM-PMCF-FD-012_V1.pdf": dict(role="PMCF-plan", language="en", blocks=PMCF, header="Tenma Medical Europe GmbH", footer="TNM-PMCF-FD-012"),
    "IFU_NSF_EN_Rev4.pdf": dict(role="IFU", language="en", blocks=IFU_EN, footer="IFU-NSF-EN"),
    "IFU_NSF_PL_Rev4.docx": dict(role="IFU", language="pl", blocks=IFU_PL, footer="IFU-NSF-PL"),
    "IFU_NSF_EL_Rev4.pdf": dict(role="IFU", language="el", blocks=IFU_EL, footer="IFU-NSF-EL"),
    "SSCP_NeuroSakura_Rev1.md": dict(role="SSCP", language="en", blocks=SSCP),
    "PCM-CEAR-2025-118.docx": dict(role="CEAR", language="en", blocks=CEAR, footer="PolCert Medical – CEAR 2025/118"),
}

LABELS = [
    dict(defect="basic_udi_di_differs_sscp_cear", category="device-identity",
         documents=["TNM-CER-FD-012_Rev3.docx", "SSCP_NeuroSakura_Rev1.md", "PCM-CEAR-2025-118.docx"],
         quotes=["Basic UDI-DI 4589012NSFD7K", "Basic UDI-DI 4589012NSFD7M"],
         description="The CEP, CER, PMCF plan and IFUs give Basic UDI-DI 4589012NSFD7K; the SSCP and the CEAR give 4589012NSFD7M.",
         accept=["documentation"]),
    dict(defect="smallest_size_cannot_treat_2mm_vessels", category="plausibility",
         documents=["IFU_NSF_EN_Rev4.pdf", "TNM-CER-FD-012_Rev3.docx"],
         quotes=["parent artery diameter from 2.0 mm to 5.5 mm",
                 "The smallest size NSF-35 is recommended for a parent vessel of 3.0 mm to 3.5 mm."],
         description="The stated population includes parent arteries from 2.0 mm, but the smallest device is only sized for vessels of 3.0–3.5 mm; vessels of 2.0–3.0 mm cannot be served by the size range.",
         accept=["population", "specification"]),
    dict(defect="greek_ifu_adds_acute_ruptured_aneurysms", category="language",
         documents=["IFU_NSF_EL_Rev4.pdf", "IFU_NSF_EN_Rev4.pdf"],
         quotes=["Ραγέντα ανευρύσματα της έσω καρωτίδας, και κατά την οξεία φάση μετά από υπαραχνοειδή αιμορραγία",
                 "Ruptured aneurysm in the acute phase (within 30 days after subarachnoid haemorrhage)"],
         description="The Greek IFU lists ruptured ICA aneurysms, including the acute phase after SAH, as an indication (and drops the contraindication), while the English IFU and CER contraindicate acute ruptured aneurysms.",
         accept=["intended-use"]),
    dict(defect="permanent_occlusion_claimed_from_6_month_data", category="evidence",
         documents=["TNM-CER-FD-012_Rev3.docx"],
         quotes=["the 12-month visit is not yet reached for any patient",
                 "durable and permanent occlusion of the aneurysm is demonstrated for the subject device"],
         description="Only 6-month angiographic data of 41 patients exist (the CEP itself says 12 months are necessary), yet the CER concludes durable, permanent occlusion and lifetime rupture prevention.",
         accept=["claim"]),
    dict(defect="pmcf_excludes_large_aneurysms_and_older_patients", category="pmcf",
         documents=["TNM-PMCF-FD-012_V1.pdf", "TNM-CER-FD-012_Rev3.docx"],
         quotes=["Patients aged 18 to 65 years with unruptured ICA aneurysm with maximum diameter below 10 mm",
                 "Large and giant aneurysm (maximum diameter 10 mm or more)"],
         description="The PMCF registry excludes large and giant aneurysms (a main indication) and patients aged 66–80 who are in the intended population.",
         accept=["population"]),
]
