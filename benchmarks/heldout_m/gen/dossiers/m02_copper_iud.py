"""m02 - copper intrauterine device (defective)."""
from common import doc, F, L, h, p, ul, ol, t, kv

ID = "m02_cupranna_380"
DEVICE = "CuprAnna 380 copper intrauterine contraceptive device"
CLASS = "III"
CLEAN = False

MFR = "Femina Medical s.r.o., Vídeňská 88, 639 00 Brno, Czech Republic"
SRN = "CZ-MF-000014477"
UDI = "859123400CU380A7"
UDI_WRONG = "859123400CU380B2"
NB = "CertiMed Praha a.s., Notified Body 2971"

Q_UDI_IFU = "Basic UDI-DI: " + UDI + " (both variants)"
Q_UDI_SSCP = "Basic UDI-DI: " + UDI_WRONG + " (CuprAnna 380 Standard and CuprAnna 380 Mini)"
Q_EC_EN = "It is not foreseen for emergency (post-coital) contraception."
Q_EC_PL = "oraz antykoncepcja awaryjna do 5 dni (120 godzin) po stosunku bez zabezpieczenia"
Q_LNG = "Kessler et al. [6] is taken as pivotal evidence for the continuation and expulsion rates of the Mini variant"
Q_LNG_REF = "Five-year continuation and expulsion with the levonorgestrel 52 mg intrauterine system in nulliparous women"
Q_ECT_CER = "an ectopic pregnancy is excluded with CuprAnna 380"
Q_ECT_IFU = "If a pregnancy occurs with the IUD in place, an ectopic pregnancy must be ruled out immediately."

SIDE_EFFECTS = [
    "heavier or prolonged menstrual bleeding, spotting", "dysmenorrhoea and pelvic pain",
    "partial or complete expulsion", "perforation of the uterus or cervix",
    "pelvic inflammatory disease (mainly in the first 20 days after insertion)",
    "pregnancy, incl. ectopic pregnancy", "vasovagal reaction during insertion",
    "iron deficiency anaemia", "embedment in the myometrium, difficult removal",
]


def cep():
    return doc(
        "Clinical Evaluation Plan CEP-CU380-01 (Version 3.0)",
        "Femina Medical s.r.o. – CEP-CU380-01 v3.0 – 03.05.2024",
        [
            h(1, "Chapter 1 – General"),
            ul("Device: CuprAnna 380, copper intrauterine contraceptive device (IUD), variants Standard and Mini",
               "Manufacturer: " + MFR, "Document version 3.0, released 03.05.2024 by Regulatory Affairs (J. Dvořáková)",
               "Applicable requirements: MDR Art. 61, Annex XIV Part A; MDCG 2020-5; MDCG 2020-6"),
            h(1, "Chapter 2 – Classification and scope of the CECP"),
            p("The IUD is totally introduced into the uterine cavity by a clinical intervention and remains there for up "
              "to 10 years, therefore it is an implantable device acc. to Art. 2(5) MDR. The copper wire corrodes in the "
              "uterine fluid and releases copper ions which act locally (spermicidal, inflammatory endometrial reaction); "
              "the device thus undergoes a chemical change in the body and has a local biological effect. Acc. to Annex "
              "VIII Rule 8, 3rd and 4th indent, the device is class III. As a class III implantable device it falls under "
              "Art. 54(1)(a); the predecessor (CuprAnna T, MDD certificate) had a different frame and copper surface, so "
              "the exemption of Art. 54(2)(b) is not claimed."),
            h(1, "Chapter 3 – Intended purpose and target group"),
            ul("Intended purpose: long-term reversible intrauterine contraception (Standard up to 10 years, Mini up to 5 years)",
               "Target group: women of reproductive age from 18 years until menopause, nulliparous and parous; Mini variant for a uterine cavity of 5,5 to 9,0 cm",
               "Not in scope: emergency contraception, treatment of menorrhagia",
               "Users: gynaecologists and trained physicians; insertion in gynaecological practice or outpatient clinic"),
            h(1, "Chapter 4 – Clinical benefit, outcome parameters, acceptance criteria"),
            t([["No.", "Parameter", "Acceptance criterion"],
               ["AC-1", "Pearl Index, year 1 (all users)", "≤ 1,0"],
               ["AC-2", "Cumulative pregnancy rate at 3 years", "≤ 2,5 %"],
               ["AC-3", "Expulsion rate, year 1", "≤ 6 % (Standard), ≤ 8 % (Mini)"],
               ["AC-4", "Perforation rate", "≤ 2 per 1 000 insertions"],
               ["AC-5", "Removal for bleeding or pain, year 1", "≤ 12 %"]], widths=(10, 55, 35)),
            h(1, "Chapter 5 – Data sources"),
            ul("Own clinical investigation CUPRA-01 (multicentre, CZ and PL, 3 years)",
               "Literature on copper IUDs with 380 mm² copper surface (state of the art and similar devices)",
               "PMS data of the predecessor CuprAnna T (supportive only, not equivalent)"),
        ])


def cer():
    return doc(
        "Clinical Evaluation Report – CuprAnna 380",
        "CER-CU380-01 v4.0 (2025-01-20) – Femina Medical s.r.o.",
        [
            kv(("Document", "CER-CU380-01"), ("Version", "4.0"), ("Date", "2025-01-20"),
               ("Evaluators", "MUDr. P. Horák (gynaecologist), Ing. J. Dvořáková (RA)"),
               ("CEP", "CEP-CU380-01 v3.0")),
            h(1, "List of abbreviations"),
            t([["Abbr.", "Meaning"], ["IUD", "intrauterine device"], ["LNG-IUS", "levonorgestrel intrauterine system"],
               ["PI", "Pearl Index (pregnancies per 100 woman-years)"], ["PID", "pelvic inflammatory disease"],
               ["TCu380A", "T-shaped copper IUD with 380 mm² copper surface (WHO reference design)"]], widths=(20, 80)),
            h(1, "1 Device description"),
            p("CuprAnna 380 is a T-shaped IUD made of polyethylene with barium sulphate (radiopaque), with a copper wire "
              "on the vertical stem and copper sleeves on both arms, total copper surface 380 mm². Two variants are "
              "available: Standard (frame 32 × 36 mm, duration of use up to 10 years) and Mini (frame 24 × 30 mm, "
              "duration up to 5 years). The device is supplied sterile (ethylene oxide) and pre-loaded in an insertion "
              "tube of 4,4 mm outer diameter."),
            h(1, "2 Intended purpose"),
            p("The device is foreseen for long-term reversible contraception in women of reproductive age from 18 years "
              "until menopause, nulliparous and parous. The Mini variant is foreseen for women with a uterine cavity "
              "sounding of 5,5 to 9,0 cm, the Standard variant for 6,0 to 9,0 cm. Emergency contraception is not part of "
              "the intended purpose. Contraindications are listed in the IFU section 4 and were reviewed against WHO "
              "Medical Eligibility Criteria (5th ed.)."),
            h(1, "3 Classification"),
            p("Class III acc. to Annex VIII Rule 8 (implantable, chemical change in the body and local biological effect "
              "of the copper ions). CECP acc. to Art. 54(1)(a) applies."),
            h(1, "4 State of the art"),
            p("Copper IUDs belong to the long-acting reversible contraceptives (LARC) with the highest effectiveness "
              "together with LNG-IUS and implants. For TCu380A-type devices the first-year pregnancy rate in typical use "
              "is 0,6 to 0,8 %, the expulsion rate 3 to 6 % in the first year and the perforation rate approx. 1 per "
              "1 000 insertions [1, 2, 3]. Main reasons for removal are increased bleeding and pain (5 to 15 % in year 1)."),
            h(1, "5 Clinical data"),
            h(2, "5.1 Overview"),
            t([["Ref.", "Source", "Device", "Population", "n", "Follow-up"],
               ["[4]", "CUPRA-01 clinical investigation report v2.0", "CuprAnna 380 Standard and Mini", "women 18-45 y, CZ/PL", "820", "3 years"],
               ["[1]", "WHO multicentre TCu380A study", "TCu380A (similar device)", "parous women", "1 396", "12 years"],
               ["[3]", "EURAS-IUD cohort", "copper IUDs and LNG-IUS", "women in 6 EU countries", "61 448", "12 months"],
               ["[6]", "Kessler et al. 2019", "LNG-IUS 52 mg", "nulliparous women", "1 751", "5 years"]],
              widths=(7, 28, 20, 20, 10, 15), caption="Table 1: Clinical data used in this CER"),
            h(2, "5.2 Own investigation CUPRA-01"),
            p("CUPRA-01 (SIN CIV-CZ-19-08-029341) enrolled 820 women (Standard 562, Mini 258; 31 % nulliparous; mean age "
              "29,6 years) at 11 sites. Loss to follow-up at 3 years was 14,8 %."),
            t([["Parameter", "Criterion (CEP)", "Result CUPRA-01", "Met"],
               ["AC-1 PI year 1", "≤ 1,0", "0,62 (95 % CI 0,23–1,35)", "yes"],
               ["AC-2 pregnancy rate 3 years", "≤ 2,5 %", "1,7 %", "yes"],
               ["AC-3 expulsion year 1", "≤ 6 % / ≤ 8 %", "4,1 % Standard / 6,6 % Mini", "yes"],
               ["AC-4 perforation", "≤ 2 / 1 000", "1 / 820 (1,2 / 1 000)", "yes"],
               ["AC-5 removal for bleeding or pain, year 1", "≤ 12 %", "9,8 %", "yes"]],
              widths=(35, 20, 35, 10), caption="Table 2: Results vs. acceptance criteria"),
            h(2, "5.3 Nulliparous women and Mini variant"),
            p("In CUPRA-01 only 258 women received the Mini variant, of which 187 were nulliparous, with 3-year data for "
              "151. To complement this limited own data, the study of Kessler et al. [6] is taken as pivotal evidence for "
              "the continuation and expulsion rates of the Mini variant in nulliparous women (5-year continuation 71 %, "
              "expulsion 3,2 % over 5 years)."),
            h(1, "6 Clinical benefits"),
            p("The clinical benefit is highly effective, hormone-free and reversible contraception for up to 10 years "
              "(Standard) resp. 5 years (Mini), with return of fertility after removal. Because fertilisation is "
              "prevented by the copper ions already in the uterine cavity and tubes, an ectopic pregnancy is excluded with "
              "CuprAnna 380, which is an additional benefit compared to other methods."),
            h(1, "7 Residual risks acc. to ISO 14971 and benefit-risk"),
            p("Residual risks (RMF-CU380 rev. F): " + "; ".join(SIDE_EFFECTS) + ". The rates observed in CUPRA-01 are in "
              "line with the state of the art. The benefit-risk ratio is positive for the intended population."),
            h(1, "8 PMCF"),
            p("See PMCF plan PMCF-CU380-01 v2.0: prospective cohort of 600 new users of the Mini variant, 5 years."),
            h(1, "9 References"),
            ol("WHO Special Programme of Research in Human Reproduction. Long-term reversible contraception: twelve years of experience with the TCu380A and TCu220C. Contraception 1997;56:341-352.",
               "Trussell J. Contraceptive failure in the United States. Contraception 2011;83:397-404.",
               "Heinemann K, Reed S, Moehner S, Minh TD. Risk of uterine perforation with levonorgestrel-releasing and copper intrauterine devices in the EURAS-IUD study. Contraception 2015;91:274-279.",
               "Femina Medical. CUPRA-01 clinical investigation report, version 2.0, 2024-09-30 (on file).",
               "WHO. Medical eligibility criteria for contraceptive use, 5th ed., Geneva 2015.",
               "Kessler M, Varga A, Nowak E, et al. Five-year continuation and expulsion with the levonorgestrel 52 mg intrauterine system in nulliparous women. Contraception 2019;100:112-118."),
        ], font="serif")


def pmcf():
    return doc(
        "Post-Market Clinical Follow-up Plan PMCF-CU380-01",
        "PMCF-CU380-01 v2.0 – 2025-01-20",
        [
            kv(("Device", "CuprAnna 380 (Standard, Mini)"), ("Class / rule", "III / Rule 8"),
               ("Related CER", "CER-CU380-01 v4.0"), ("Version / date", "2.0 / 20.01.2025")),
            h(1, "1. Rationale"),
            p("The CER identifies as open question the limited own data for the Mini variant in nulliparous women and the "
              "10-year effectiveness of the Standard variant (own data 3 years). Residual risks to be monitored: "
              "expulsion, perforation, removal for bleeding/pain."),
            h(1, "2. Activities"),
            t([["ID", "Activity", "Objective", "Timeline"],
               ["REQ-PMCF-01", "Prospective cohort CUPRA-M, 600 new users of Mini (≥ 70 % nulliparous), 25 sites CZ/PL/SK", "Expulsion and continuation at 1, 3 and 5 years", "FPI Q2/2025, 1-year report Q3/2026, final Q3/2030"],
               ["REQ-PMCF-02", "Extension of CUPRA-01 Standard cohort to 10 years (n = 562 enrolled)", "Cumulative pregnancy rate and removals at 5 and 10 years", "annual; final report 2030"],
               ["REQ-PMCF-03", "Literature screening every 12 months", "New risks, SOTA changes", "annually with PMCF report"]],
              widths=(15, 40, 25, 20)),
            h(1, "3. Sample size"),
            p("CUPRA-M: expected 1-year expulsion 6,6 % (CUPRA-01 Mini); n = 500 evaluable gives a 95 % CI half-width of "
              "± 2,2 %; with 15 % loss to follow-up 600 women are enrolled."),
            h(1, "4. Setting"),
            p("Gynaecological practices and outpatient clinics, i.e. the same setting as foreseen in the IFU."),
        ])


def ifu_en():
    return doc(
        "CuprAnna 380 – Instructions for Use",
        "IFU-CU380-EN rev. 05 / 2025-01",
        [
            p("Copper intrauterine contraceptive device, sterile, single use. Manufacturer: " + MFR + ". " + Q_UDI_IFU + ". CE 2971."),
            h(1, "1. Description"),
            p("T-shaped frame of polyethylene with barium sulphate, copper wire and sleeves, copper surface 380 mm², "
              "two polyethylene removal threads, pre-loaded in the insertion tube."),
            h(1, "2. Indication"),
            p("CuprAnna 380 is foreseen for long-term reversible intrauterine contraception (Standard: up to 10 years, "
              "Mini: up to 5 years) in women of reproductive age from 18 years. " + Q_EC_EN),
            h(1, "3. Users"),
            p("Insertion and removal only by gynaecologists or physicians trained in IUD insertion."),
            h(1, "4. Contraindications"),
            ul("Known or suspected pregnancy", "Current pelvic inflammatory disease or PID within the last 3 months",
               "Postpartum or post-abortion endometritis within the last 3 months", "Current sexually transmitted infection, purulent cervicitis",
               "Unexplained vaginal bleeding", "Cervical or endometrial cancer",
               "Uterine anomalies or fibroids distorting the cavity", "Wilson's disease or copper allergy",
               "Uterine cavity sounding below 6,0 cm (Standard) resp. below 5,5 cm (Mini)"),
            h(1, "5. Warnings"),
            ul(Q_ECT_IFU,
               "The risk of PID is increased mainly in the first 20 days after insertion; screen for STI before insertion where indicated.",
               "Perforation risk is increased in breastfeeding women and up to 36 weeks postpartum."),
            h(1, "6. Side effects"),
            ul(*[s[0].upper() + s[1:] for s in SIDE_EFFECTS]),
            h(1, "7. Technical data"),
            t([["", "Standard", "Mini"], ["Frame (width × length)", "32 × 36 mm", "24 × 30 mm"],
               ["Copper surface", "380 mm²", "380 mm²"], ["Duration of use", "up to 10 years", "up to 5 years"],
               ["Uterine sounding", "6,0 – 9,0 cm", "5,5 – 9,0 cm"], ["Insertion tube outer diameter", "4,4 mm", "4,4 mm"],
               ["MRI", "MR conditional up to 3 T", "MR conditional up to 3 T"]], widths=(40, 30, 30)),
        ])


def ifu_pl():
    return doc(
        "CuprAnna 380 – Instrukcja używania",
        "IFU-CU380-PL wer. 05 / 2025-01",
        [
            p("Miedziana wkładka wewnątrzmaciczna, jałowa, do jednorazowego użytku. Producent: Femina Medical s.r.o., Brno, "
              "Czechy. Podstawowy UDI-DI: " + UDI + ". CE 2971."),
            h(1, "1. Opis"),
            p("Rama w kształcie litery T z polietylenu z siarczanem baru, drut i tulejki miedziane, powierzchnia miedzi "
              "380 mm², dwie nitki do usuwania, wkładka fabrycznie umieszczona w rurce do zakładania."),
            h(1, "2. Wskazania"),
            p("Długoterminowa, odwracalna antykoncepcja wewnątrzmaciczna (Standard: do 10 lat, Mini: do 5 lat) u kobiet "
              "w wieku rozrodczym od 18 roku życia " + Q_EC_PL + "."),
            h(1, "3. Użytkownicy"),
            p("Zakładanie i usuwanie wyłącznie przez ginekologów lub lekarzy przeszkolonych w zakładaniu wkładek."),
            h(1, "4. Przeciwwskazania"),
            ul("Ciąża lub podejrzenie ciąży", "Czynne zapalenie narządów miednicy mniejszej lub w ciągu ostatnich 3 miesięcy",
               "Zapalenie błony śluzowej macicy po porodzie lub poronieniu w ciągu ostatnich 3 miesięcy",
               "Czynna infekcja przenoszona drogą płciową, ropne zapalenie szyjki macicy",
               "Niewyjaśnione krwawienia z pochwy", "Rak szyjki macicy lub rak endometrium",
               "Wady macicy lub mięśniaki zniekształcające jamę macicy", "Choroba Wilsona lub uczulenie na miedź",
               "Długość jamy macicy poniżej 6,0 cm (Standard) lub poniżej 5,5 cm (Mini)"),
            h(1, "5. Ostrzeżenia"),
            ul("W przypadku zajścia w ciążę z założoną wkładką należy niezwłocznie wykluczyć ciążę pozamaciczną.",
               "Ryzyko zapalenia narządów miednicy jest zwiększone głównie w ciągu pierwszych 20 dni po założeniu.",
               "Ryzyko perforacji jest większe u kobiet karmiących piersią i do 36 tygodni po porodzie."),
            h(1, "6. Działania niepożądane"),
            ul("Obfitsze lub przedłużone krwawienia miesiączkowe, plamienia", "Bolesne miesiączkowanie i ból w podbrzuszu",
               "Częściowe lub całkowite wydalenie wkładki", "Perforacja macicy lub szyjki macicy",
               "Zapalenie narządów miednicy mniejszej (głównie w pierwszych 20 dniach)", "Ciąża, w tym ciąża pozamaciczna",
               "Reakcja wazowagalna podczas zakładania", "Niedokrwistość z niedoboru żelaza",
               "Wrośnięcie w mięsień macicy, utrudnione usunięcie"),
            h(1, "7. Dane techniczne"),
            t([["", "Standard", "Mini"], ["Rama (szer. × dł.)", "32 × 36 mm", "24 × 30 mm"],
               ["Powierzchnia miedzi", "380 mm²", "380 mm²"], ["Okres stosowania", "do 10 lat", "do 5 lat"],
               ["Długość jamy macicy", "6,0 – 9,0 cm", "5,5 – 9,0 cm"]], widths=(40, 30, 30)),
        ])


def ifu_cs():
    return doc(
        "CuprAnna 380 – Návod k použití",
        "IFU-CU380-CS rev. 05 / 2025-01",
        [
            p("Měděné nitroděložní tělísko, sterilní, k jednorázovému použití. Výrobce: Femina Medical s.r.o., Brno. "
              "Základní UDI-DI: " + UDI + ". CE 2971."),
            h(1, "1. Popis"),
            p("Rámeček ve tvaru T z polyethylenu se síranem barnatým, měděný drátek a objímky, plocha mědi 380 mm², "
              "dvě vlákna pro vyjmutí, tělísko je předem vloženo do zaváděcí trubičky."),
            h(1, "2. Indikace"),
            p("Dlouhodobá reverzibilní nitroděložní antikoncepce (Standard: až 10 let, Mini: až 5 let) u žen ve "
              "fertilním věku od 18 let. Tělísko není určeno k postkoitální (nouzové) antikoncepci."),
            h(1, "3. Uživatelé"),
            p("Zavedení a vyjmutí pouze gynekologem nebo lékařem vyškoleným v zavádění nitroděložních tělísek."),
            h(1, "4. Kontraindikace"),
            ul("Známé nebo suspektní těhotenství", "Aktivní zánět pánevních orgánů nebo v posledních 3 měsících",
               "Poporodní nebo potratová endometritida v posledních 3 měsících", "Aktivní sexuálně přenosná infekce, hnisavá cervicitida",
               "Nevysvětlené krvácení z pochvy", "Karcinom děložního hrdla nebo endometria",
               "Vrozené vady dělohy nebo myomy deformující dutinu", "Wilsonova choroba nebo alergie na měď",
               "Sondáž děložní dutiny pod 6,0 cm (Standard) resp. pod 5,5 cm (Mini)"),
            h(1, "5. Varování"),
            ul("Dojde-li k otěhotnění se zavedeným tělískem, je nutné ihned vyloučit mimoděložní těhotenství.",
               "Riziko zánětu pánevních orgánů je zvýšené hlavně v prvních 20 dnech po zavedení.",
               "Riziko perforace je vyšší u kojících žen a do 36 týdnů po porodu."),
            h(1, "6. Nežádoucí účinky"),
            ul("Silnější nebo delší menstruační krvácení, špinění", "Bolestivá menstruace a pánevní bolest",
               "Částečné nebo úplné vypuzení", "Perforace dělohy nebo děložního hrdla",
               "Zánět pánevních orgánů (hlavně v prvních 20 dnech)", "Těhotenství, včetně mimoděložního",
               "Vazovagální reakce při zavádění", "Anémie z nedostatku železa", "Zarůstání do myometria, obtížné vyjmutí"),
            h(1, "7. Technické údaje"),
            t([["", "Standard", "Mini"], ["Rámeček (š × d)", "32 × 36 mm", "24 × 30 mm"],
               ["Plocha mědi", "380 mm²", "380 mm²"], ["Doba použití", "až 10 let", "až 5 let"],
               ["Sondáž dělohy", "6,0 – 9,0 cm", "5,5 – 9,0 cm"]], widths=(40, 30, 30)),
        ])


def sscp():
    return doc(
        "Summary of Safety and Clinical Performance (SSCP) – CuprAnna 380",
        "SSCP-CU380 rev. 02 – 2025-01-20",
        [
            h(1, "1 Device identification"),
            p("Trade name: CuprAnna 380 (variants Standard and Mini). Manufacturer: " + MFR + ", SRN " + SRN + ". "
              + Q_UDI_SSCP + ". Class III. Notified Body: " + NB + "."),
            h(1, "2 Intended use"),
            p("Long-term reversible intrauterine contraception in women of reproductive age from 18 years, Standard up to "
              "10 years, Mini up to 5 years. Not for emergency contraception."),
            p("Contraindications: pregnancy; PID, endometritis or STI (current or within 3 months); unexplained vaginal "
              "bleeding; cervical or endometrial cancer; cavity-distorting anomalies or fibroids; Wilson's disease or "
              "copper allergy; cavity sounding below 6,0 cm (Standard) or 5,5 cm (Mini)."),
            h(1, "3 Risks and warnings"),
            p("Undesirable effects: " + "; ".join(SIDE_EFFECTS) + ". In CUPRA-01 (n = 820, 3 years) expulsion occurred "
              "in 4,1 % (Standard) and 6,6 % (Mini) in year 1, perforation in 1 of 820 insertions."),
            h(1, "4 Clinical evaluation summary"),
            p("CUPRA-01: Pearl Index 0,62 in year 1, cumulative pregnancy rate 1,7 % at 3 years. PMCF: cohort CUPRA-M "
              "(600 Mini users, 5 years) and extension of CUPRA-01 to 10 years."),
            h(1, "5 Alternatives"),
            p("LNG-IUS, contraceptive implant, combined hormonal methods, barrier methods, sterilisation."),
        ])


def cear():
    return doc(
        "CEAR – CuprAnna 380",
        "CertiMed Praha a.s. (NB 2971) – CEAR-2971-0093 – 12.03.2025",
        [
            t([["Item", "NB assessment"],
               ["Device", "CuprAnna 380 copper IUD, Standard and Mini; Basic UDI-DI " + UDI],
               ["Manufacturer", "Femina Medical s.r.o., Brno (" + SRN + ")"],
               ["Class / rule", "III / Rule 8 (implantable; chemical change, local biological effect of copper)"],
               ["Intended purpose", "Long-term reversible intrauterine contraception in women from 18 years; Standard 10 years, Mini 5 years"],
               ["Documents", "CEP-CU380-01 v3.0; CER-CU380-01 v4.0; PMCF-CU380-01 v2.0; IFU-CU380 rev. 05 (EN, PL, CS); SSCP-CU380 rev. 02"],
               ["Clinical data", "CUPRA-01 (n = 820, 3 years); literature TCu380A; all CEP acceptance criteria met"],
               ["PMCF", "Cohort CUPRA-M (n = 600, 5 years) and 10-year extension; sample size justified"],
               ["Art. 54", "Applicable, Art. 54(1)(a); exemption (b) not claimed, predecessor differs in design"],
               ["Conclusion", "Benefit-risk positive; certificate proposed for 5 years with annual PMCF report"]],
              widths=(25, 75)),
        ])


def files():
    return [
        F("CEP-CU380-01_v3.0.pdf", "CEP", "en", cep()),
        F("CER-CU380-01_v4.0.docx", "CER", "en", cer()),
        F("PMCF-CU380-01_v2.0.pdf", "PMCF-plan", "en", pmcf()),
        F("IFU-CU380-EN_rev05.pdf", "IFU", "en", ifu_en()),
        F("IFU-CU380-PL_rev05.docx", "IFU", "pl", ifu_pl()),
        F("IFU-CU380-CS_rev05.pdf", "IFU", "cs", ifu_cs()),
        F("SSCP-CU380_rev02.md", "SSCP", "en", sscp()),
        F("CEAR-2971-0093.pdf", "CEAR", "en", cear()),
    ]


LABELS = [
    L("basic_udi_di_mismatch_sscp", "device-identity", ["SSCP-CU380_rev02.md", "IFU-CU380-EN_rev05.pdf"],
      [Q_UDI_SSCP, Q_UDI_IFU],
      "The SSCP gives a Basic UDI-DI (…B2) that differs from the one in the IFU, CER/CEAR and translations (…A7)."),
    L("polish_ifu_adds_emergency_contraception", "language", ["IFU-CU380-PL_rev05.docx", "IFU-CU380-EN_rev05.pdf"],
      [Q_EC_PL, Q_EC_EN],
      "The Polish IFU adds emergency contraception up to 5 days after unprotected intercourse as an indication; the "
      "English and Czech IFU, CEP, CER and SSCP exclude emergency contraception.", accept=["intended-use"]),
    L("lng_ius_study_as_pivotal_evidence", "evidence", ["CER-CU380-01_v4.0.docx"],
      [Q_LNG, Q_LNG_REF],
      "A study on a hormonal levonorgestrel intrauterine system (another device, other mode of action) is used as "
      "pivotal evidence for expulsion and continuation of the copper IUD Mini variant in nulliparous women."),
    L("ectopic_pregnancy_excluded_claim", "claim", ["CER-CU380-01_v4.0.docx", "IFU-CU380-EN_rev05.pdf"],
      [Q_ECT_CER, Q_ECT_IFU],
      "The CER claims an ectopic pregnancy is excluded with the device; copper IUDs lower but do not remove the risk, "
      "a pregnancy with an IUD in situ is comparatively often ectopic, and the IFU itself lists ectopic pregnancy.",
      accept=["plausibility"]),
]
