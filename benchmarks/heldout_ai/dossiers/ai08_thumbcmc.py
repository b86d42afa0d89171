from .common import cep, cer, pmcf, ifu_en, ifu_xx, sscp, cear

DOSSIER = "ai08_thumbcmc"
DEVICE = "OYAYUBI TMC-2 dual-mobility trapeziometacarpal joint prosthesis, adults with thumb base osteoarthritis"
DEVICE_CLASS = "III"

d = dict(
    mfr="Sakae Orthopaedics Co., Ltd., 5-16-7 Nishiki, Naka-ku, Nagoya 460-0003, Japan",
    eu="Sakae Orthopaedics Europe GmbH, Ronsdorfer Straße 77, 40233 Düsseldorf, Germany",
    name="OYAYUBI TMC-2 Thumb Joint Prosthesis",
    model="Cup TC-9 / TC-10 (Ø 9 / 10 mm), stem TS-1 to TS-5, neck TN-S/M/L (straight, offset), PE liner TL-9 / TL-10",
    budi="4587740TMC2OYA", cls="Class III, Rule 8 (partial joint replacement)")

PURPOSE = ("The said prosthesis is intended to replace the trapeziometacarpal joint of the thumb, for the relief of pain and the "
           "restoration of function. It is a dual-mobility design: a press-fit cup in the trapezium, a polyethylene liner, a "
           "modular neck and a press-fit stem in the first metacarpal.")
POP = "Adult patients 18 years of age or older with trapeziometacarpal osteoarthritis (Eaton-Littler stage II or III) and a trapezium height of 8 mm or more."
IND = ["Painful primary trapeziometacarpal osteoarthritis, Eaton-Littler stage II–III, after failure of conservative treatment for at least 6 months",
       "Post-traumatic trapeziometacarpal osteoarthritis with preserved trapezium"]
CONTRA = ["Eaton-Littler stage IV (scaphotrapeziotrapezoid osteoarthritis)", "Trapezium height less than 8 mm or poor bone stock",
          "Active or previous infection of the hand", "Rheumatoid arthritis with ligament laxity",
          "Heavy manual labour which cannot be changed after the operation", "Known allergy to titanium, cobalt-chromium or polyethylene"]

CEP = cep(d, dict(
    docno="SO-CEP-TMC2", rev="2", date="2024/04/15", purpose=PURPOSE, population=POP, indications=IND, contra=CONTRA,
    benefits=[["Pain relief", "VAS pain (0–10) at rest and in activity", "1, 2, 5, 10 years"],
              ["Function", "QuickDASH, key-pinch strength (kg)", "1, 2, 5 years"],
              ["Implant survival", "Revision for any reason (Kaplan-Meier)", "5 and 10 years"]],
    acceptance=["Implant survival at 5 years of 93 % or more", "Dislocation rate not more than 3 %", "QuickDASH improvement of 20 points or more at 2 years"],
    cdp=["The TMC-2 is the modified successor of the TMC-1 (on the Japanese and EU market since 2013) with a new offset neck and a "
         "HA coating of the cup. A prospective clinical investigation TMC2-CI-01 (2-year primary endpoint, 5-year follow-up) was completed "
         "to 2 years; the 5-year and 10-year data are collected by the PMCF registry."],
    cecp="The subject device is a class III implantable device (partial joint replacement). The CECP of Article 54(1)(a) applies. "
         "The exemption of Article 54(2)(b) is not claimed, because the neck and the coating are changed.",
    author="H. Yamada (Clinical Research, Nagoya)", approver="K. Hoffmann (RA, Düsseldorf)"), style="chapter")

CER = cer(d, dict(
    docno="SO-CER-TMC2", rev="2", date="2024/12/12",
    scope="All components of the TMC-2 and the instruments set TI-2 (reusable) are covered.",
    description=["The cup (titanium alloy, HA-coated, Ø 9 mm or 10 mm) is press-fit in the trapezium. The liner (UHMWPE) rotates in the cup, "
                 "and the cobalt-chromium neck head rotates in the liner (dual mobility). The stem (titanium, 5 sizes) is press-fit in "
                 "the first metacarpal. The cup requires a trapezium height of at least 8 mm."],
    variants=[["Component", "Sizes", "Material"], ["Cup TC", "Ø 9 mm, Ø 10 mm", "Ti-6Al-4V, HA"], ["Liner TL", "for cup 9 / 10", "UHMWPE"],
              ["Neck TN", "S / M / L, straight or 15° offset", "CoCrMo"], ["Stem TS", "1 – 5", "Ti-6Al-4V"]],
    purpose=PURPOSE, population="The object patient is adults (≥ 18 years) with trapeziometacarpal osteoarthritis, Eaton-Littler stage II–III, trapezium height ≥ 8 mm.",
    indications=IND, contra=CONTRA,
    users="Hand surgeons (orthopaedic or plastic) trained for the TMC-2, in hospital operating rooms or ambulatory surgery centres.",
    sota=["Treatments: splint, injection, trapeziectomy with or without ligament reconstruction (LRTI), arthrodesis and total joint "
          "arthroplasty. Dual-mobility prostheses show faster recovery of pinch strength than trapeziectomy, and survival of 93–97 % "
          "at 5 years and 85–93 % at 10 years in recent series (e.g. Dumartinet-Gibaud 2020, Tchurukdichian 2020)."],
    literature=["Search 2024/09/18 in PubMed, Embase and Cochrane; 34 articles on TMC arthroplasty (dual mobility and others) and 6 on the TMC-1."],
    studies=[["Source", "Device", "n", "Follow-up", "Survival"], ["Ito 2019", "TMC-1", "212", "6.1 y", "95.3 %"],
             ["Nielsen 2021 (Danish register)", "TMC-1", "388", "5 y", "94.0 %"], ["TMC2-CI-01 (own)", "TMC-2", "132", "2 y", "98.5 %"]],
    ci=["TMC2-CI-01: prospective, 5 sites (JP, DK, LT, RO), 132 patients (mean age 61, 78 % women). At 2 years: VAS pain 1.2 (from 7.1), "
        "QuickDASH 19 (from 52), key pinch 6.4 kg (from 4.1 kg). 2 revisions (1.5 %): 1 dislocation, 1 cup loosening."],
    equivalence=["Equivalence to the TMC-1 of the same manufacturer is claimed for the stem, liner and straight neck (identical design, "
                 "material, manufacturing). For the HA-coated cup and offset neck, the data of TMC2-CI-01 are used. Annex 4 gives the "
                 "technical, biological and clinical comparison."],
    pms="TMC-1: 14,700 implants sold since 2013; revision rate from complaint data 0.9 % per year; dislocation 1.8 %.",
    performance=["Pain relief and function at 2 years meet the criteria. With TMC-1 data, survival at 5 years is 94–95 %."],
    safety=["Residual risks: dislocation, cup loosening, trapezium fracture, de Quervain tendinopathy, CRPS, metallosis (not observed)."],
    risks=[["Risk", "TMC2-CI-01 (2 y)", "TMC-1 (5–6 y)", "State of the art"], ["Dislocation", "0.8 %", "1.8 %", "1 – 5 %"],
           ["Cup loosening", "0.8 %", "2.1 %", "1 – 6 %"], ["Revision", "1.5 %", "4.7 – 6.0 %", "3 – 10 % at 5 y"]],
    conclusion="Benefit-risk is positive for adults with stage II–III TMC osteoarthritis.",
    pmcf="5- and 10-year survival of the TMC-2 (HA cup, offset neck) shall be confirmed in PMCF.",
    cecp="The CECP applies (class III implantable, Article 54(1)(a))."))

PMCF = pmcf(d, dict(
    docno="SO-PMCF-TMC2", rev="1", date="2024/12/16",
    device=[PURPOSE, POP, "Expected lifetime: 10 years or more. Novel product: no; novel features: HA cup, offset neck."],
    activities=[dict(title="Follow-up of TMC2-CI-01 to 10 years", rows=[
        ("Type", "Specific: extension of the clinical investigation"), ("Aim", "Implant survival, dislocation, cup loosening at 5 and 10 years"),
        ("Population", "132 patients of TMC2-CI-01"), ("Endpoints", "Revision (KM), QuickDASH, VAS, radiographic loosening"),
        ("Timeline", "5-year visit 2027, 10-year visit 2032")]),
        dict(title="TMC2-REG multicentre registry", rows=[
        ("Type", "Specific: prospective registry, 15 hand surgery centres in DK, LT, RO, DE, JP"),
        ("Aim", "Survival of offset-neck and HA-cup combinations; rare events (trapezium fracture, metallosis)"),
        ("Population", "All adults implanted with TMC-2 at the sites, stage II–III"),
        ("Sample size", "500 patients: a 5-year survival of 94 % is estimated with 95 % CI half-width ±2.3 %; at least 150 with offset neck"),
        ("Timeline", "Enrolment 2025–2027; yearly follow-up to 10 years")]),
        dict(title="National arthroplasty registers", rows=[("Type", "Specific: annual analysis of Danish and Lithuanian register data"),
        ("Aim", "Independent survival data")])],
    refs="CER SO-CER-TMC2 Rev.2 ch. 5–6; RMF SO-RMF-TMC2 Rev.3 (R-01 dislocation, R-04 loosening, R-09 fracture).",
    schedule="PMCF evaluation report and SSCP update every year (Article 61(11)); 5-year report 2028/Q1."), style="dash")

IFU_EN = ifu_en(d, dict(
    docno="IFU-TMC2-EN", date="Rev. 3, 2025/01/20", purpose=PURPOSE, population=POP, indications=IND,
    contra=["Please do not use for Eaton-Littler stage IV (scaphotrapeziotrapezoid osteoarthritis).",
            "Please do not use when the trapezium height is less than 8 mm or the bone stock is poor.",
            "Please do not use in case of active or previous infection of the hand.",
            "Please do not use for rheumatoid arthritis with ligament laxity.",
            "Please do not use for patients with heavy manual labour which cannot be changed after the operation.",
            "Please do not use for patients with allergy to titanium, cobalt-chromium or polyethylene."],
    users="Hand surgeons trained for the TMC-2. Usage environment: operating room of a hospital or an ambulatory surgery centre.",
    warnings=["Please check the trapezium height on the preoperative radiograph. The Ø 9 mm cup needs at least 0.8 cm of trapezium height.",
              "Please immobilise the thumb in a splint for 2 weeks and avoid forceful pinch for 6 weeks."],
    side="Dislocation, loosening of cup or stem, trapezium or metacarpal fracture, tendinopathy, CRPS, infection, wear.",
    spec=[["Cup diameter", "9 mm / 10 mm"], ["Stem sizes", "1 – 5"], ["Neck", "S / M / L, straight or 15° offset"],
          ["Materials", "Ti-6Al-4V with HA; CoCrMo; UHMWPE"], ["MRI", "MR Conditional, 1.5 T and 3 T"]],
    steps=["Please approach the joint by a dorsal or lateral incision and resect the base of the first metacarpal.",
           "Please ream the trapezium to the cup size and impact the cup.", "Please broach the metacarpal and insert the stem.",
           "Please test with trial necks and choose the neck that gives stability without impingement."]), lines=True, marker="(1)")

IFU_DA = ifu_xx("da", d, dict(
    docno="IFU-TMC2-DA", date="Rev. 3, 2025/01/20",
    purpose="Protesen erstatter tommelfingerens trapeziometakarpale led for at lindre smerter og genoprette funktion (dobbelt mobilitet).",
    population="Voksne patienter fra 18 år med trapeziometakarpal artrose (Eaton-Littler stadium II eller III) og en trapeziumhøjde på mindst 8 mm.",
    indications=["Smertefuld primær artrose, stadium II–III, efter mindst 6 måneders mislykket konservativ behandling", "Posttraumatisk artrose med bevaret trapezium"],
    contra=["Eaton-Littler stadium IV", "Trapeziumhøjde under 8 mm eller dårlig knoglekvalitet", "Aktiv eller tidligere infektion i hånden",
            "Reumatoid artritis med ligamentær slaphed", "Tungt manuelt arbejde, som ikke kan ændres", "Allergi over for titan, kobolt-krom eller polyethylen"],
    users="Håndkirurger uddannet i TMC-2; operationsstue på hospital eller ambulant kirurgisk center.",
    warnings=["Kontrollér trapeziumhøjden på røntgenbilledet før operationen."],
    side="Luksation, løsning af kop eller skaft, fraktur, tendinopati, CRPS, infektion, slid.",
    spec=[["Kopdiameter", "9 mm / 10 mm"], ["Skaftstørrelser", "1 – 5"], ["Hals", "S / M / L, lige eller 15° offset"]]), lines=False)

IFU_LT = ifu_xx("lt", d, dict(
    docno="IFU-TMC2-LT", date="Rev. 3, 2025/01/20",
    purpose="Protezas skirtas nykščio delnakaulio-trapecinio sąnario pakeitimui, siekiant sumažinti skausmą ir atkurti funkciją (dvigubo judrumo konstrukcija).",
    population="Suaugę pacientai nuo 18 metų, sergantys delnakaulio-trapecinio sąnario artroze (Eaton-Littler II arba III stadija), kai trapecinio kaulo aukštis yra ne mažesnis kaip 8 mm.",
    indications=["Skausminga pirminė artrozė, II–III stadija, kai bent 6 mėnesių konservatyvus gydymas neveiksmingas", "Potrauminė artrozė su išlikusiu trapeciniu kaulu"],
    contra=["Eaton-Littler IV stadija", "Trapecinio kaulo aukštis mažesnis nei 8 mm arba prasta kaulo kokybė", "Aktyvi ar buvusi rankos infekcija",
            "Reumatoidinis artritas su raiščių laisvumu", "Sunkus fizinis darbas, kurio negalima pakeisti", "Alergija titanui, kobalto-chromo lydiniui ar polietilenui"],
    users="TMC-2 apmokyti rankų chirurgai; ligoninės operacinė arba ambulatorinės chirurgijos centras.",
    warnings=["Prieš operaciją rentgenogramoje patikrinkite trapecinio kaulo aukštį."],
    side="Išnirimas, taurės ar kojelės atsilaisvinimas, lūžis, tendinopatija, CRPS, infekcija, dilimas.",
    spec=[["Taurės skersmuo", "9 mm / 10 mm"], ["Kojelės dydžiai", "1 – 5"], ["Kaklelis", "S / M / L, tiesus arba 15° poslinkio"]]))

IFU_RO = ifu_xx("ro", d, dict(
    docno="IFU-TMC2-RO", date="Rev. 3, 2025/01/20",
    purpose="Proteza înlocuiește articulația trapezometacarpiană a policelui pentru ameliorarea durerii și restabilirea funcției (dublă mobilitate).",
    population="Pacienți adulți cu vârsta de 18 ani sau peste, cu artroză trapezometacarpiană (stadiul Eaton-Littler II sau III) și o înălțime a trapezului de cel puțin 8 mm.",
    indications=["Artroză primară dureroasă, stadiul II–III, după eșecul tratamentului conservator de cel puțin 6 luni", "Artroză posttraumatică cu trapez păstrat"],
    contra=["Stadiul Eaton-Littler IV", "Înălțimea trapezului sub 8 mm sau calitate osoasă slabă", "Infecție activă sau anterioară a mâinii",
            "Poliartrită reumatoidă cu laxitate ligamentară", "Muncă manuală grea care nu poate fi schimbată", "Alergie la titan, cobalt-crom sau polietilenă"],
    users="Chirurgi ai mâinii instruiți pentru TMC-2; sală de operație în spital sau centru de chirurgie ambulatorie.",
    warnings=["Verificați înălțimea trapezului pe radiografia preoperatorie."],
    side="Luxație, decimentare a cupei sau a tijei, fractură, tendinopatie, SDRC, infecție, uzură.",
    spec=[["Diametrul cupei", "9 mm / 10 mm"], ["Mărimi tijă", "1 – 5"], ["Gât", "S / M / L, drept sau offset 15°"]]), numbered=False)

SSCP = sscp(d, dict(
    docno="SO-SSCP-TMC2", rev="1", date="2025/01/27", purpose=PURPOSE, population=POP, indications=IND, contra=CONTRA,
    description="Dual-mobility prosthesis: HA-coated titanium cup (9 or 10 mm), UHMWPE liner, CoCrMo neck (3 lengths, straight or offset), titanium stem (5 sizes).",
    risks="TMC2-CI-01 (132 patients, 2 years): dislocation 0.8 %, cup loosening 0.8 %, revision 1.5 %. TMC-1 (predecessor, 5–6 years): revision 4.7–6.0 %, "
          "i.e. about 1 per 100 patient-years. Data come from a clinical investigation and from published series and a national register.",
    clinical="At 2 years VAS pain fell from 7.1 to 1.2 and QuickDASH from 52 to 19. PMCF: 10-year follow-up of TMC2-CI-01 and registry TMC2-REG (500 patients).",
    alternatives="Splint, steroid injection, trapeziectomy with or without LRTI, arthrodesis.",
    users="Hand surgeons with product training.",
    patient="The prosthesis replaces the worn joint at the base of your thumb. Most patients have much less pain after 3 months. "
            "About 1 to 2 in 100 patients need another operation within 2 years, for example because the joint dislocates."))

CEAR = cear(d, dict(
    docno="PCM/CEAR/2025/052", date="27.02.2025",
    type="Initial certification under MDR (TMC-1 certified under MDD; TMC-2 is modified device)",
    docs="CEP SO-CEP-TMC2 Rev.2; CER SO-CER-TMC2 Rev.2; PMCF plan SO-PMCF-TMC2 Ver.1; IFU EN/DA/LT/RO Rev.3; SSCP Rev.1",
    purpose=PURPOSE,
    reviewers="Clinical reviewer: prof. dr hab. n. med. Jan Lewandowski (hand surgery); product reviewer: mgr inż. Natalia Olszewska.",
    device=["Dual-mobility TMC prosthesis. Novel features in comparison with TMC-1: HA-coated cup and 15° offset neck. Trapezium height "
            "of at least 8 mm is required for all cup sizes (in English IFU warning written as 0.8 cm); this is consistent."],
    literature="Search is adequate, covers TMC-1, dual-mobility and alternative treatments.",
    ci="TMC2-CI-01 (132 patients, 2 years) is adequate for pain and function. Long-term survival is supported by TMC-1 data for unchanged components; "
       "for new components PMCF extension to 10 years is required.",
    pmcf="Three specific PMCF activities with sample-size rationale and link to residual risks. Accepted.",
    ifu="IFU in four languages are aligned in population, indications and contraindications. SSCP quantifies risks with time reference.",
    conclusion="Clinical evidence sufficient; benefit-risk positive. Certificate with condition of annual PMCF report.",
    cecp="Class III implantable, Article 54(1)(a) applies; exemption 54(2)(b) not applicable as modifications affect design. "
         "Documents forwarded to expert panel for orthopaedics, traumatology, rehabilitation and rheumatology.",
    remarks=["Annual PMCF evaluation report and SSCP update shall be submitted.", "5-year results of TMC2-CI-01 shall be submitted in 2028."],
    signer="prof. dr hab. n. med. Jan Lewandowski"))

DOCS = {
    "SO-CEP-TMC2_Rev2.pdf": dict(role="CEP", language="en", blocks=CEP, header="Sakae Orthopaedics Co., Ltd.", footer="SO-CEP-TMC2 Rev.2"),
    "SO-CER-TMC2_Rev2.pdf": dict(role="CER", language="en", blocks=CER, header="Sakae Orthopaedics Co., Ltd.", footer="SO-CER-TMC2 Rev.2"),
    "SO-PMCF-TMC2_Ver1.docx": dict(role="PMCF-plan", language="en", blocks=PMCF, footer="SO-PMCF-TMC2"),
    "IFU_TMC2_EN_R3.pdf": dict(role="IFU", language="en", blocks=IFU_EN, footer="IFU-TMC2-EN"),
    "IFU_TMC2_DA_R3.docx": dict(role="IFU", language="da", blocks=IFU_DA, footer="IFU-TMC2-DA"),
    "IFU_TMC2_LT_R3.pdf": dict(role="IFU", language="lt", blocks=IFU_LT, footer="IFU-TMC2-LT"),
    "IFU_TMC2_RO_R3.docx": dict(role="IFU", language="ro", blocks=IFU_RO, footer="IFU-TMC2-RO"),
    "SO-SSCP-TMC2_Rev1.docx": dict(role="SSCP", language="en", blocks=SSCP, footer="SO-SSCP-TMC2"),
    "PolCert_CEAR_2025-052.pdf": dict(role="CEAR", language="en", blocks=CEAR, footer="PolCert Medical – CEAR 2025/052"),
}

LABELS = []
