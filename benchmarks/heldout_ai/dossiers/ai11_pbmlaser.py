from .common import cep, cer, pmcf, ifu_en, ifu_xx, cear

DOSSIER = "ai11_pbmlaser"
DEVICE = "MucoLight PBM-660 photobiomodulation laser for prevention of oral mucositis, adults and children from 6 years"
DEVICE_CLASS = "IIa"

d = dict(
    mfr="Shinsaibashi Laser Co., Ltd., 1-10-5 Shinsaibashi-suji, Chuo-ku, Osaka 542-0085, Japan",
    eu="Shinsaibashi Laser Europe GmbH, Völklinger Straße 4, 40219 Düsseldorf, Germany",
    name="MucoLight PBM-660", model="Laser unit ML-660, intraoral probe IP-1 (with disposable sheath), extraoral probe EP-2",
    budi="4571880PBM660M", cls="Class IIa, Rule 9 (active therapeutic device; laser class 3B)")

PURPOSE = ("The said device emits red laser light of low power to the oral mucosa for photobiomodulation, for the prevention of oral "
           "mucositis in patients receiving cancer therapy.")
POP = ("Adults and children from 6 years of age who receive high-dose chemotherapy with haematopoietic stem cell transplantation (HSCT), "
       "or radiotherapy (with or without chemotherapy) of the head and neck.")
IND = ["Prevention of oral mucositis in HSCT conditioning", "Prevention of oral mucositis in head and neck radiotherapy"]
CONTRA = ["Please do not irradiate over a known malignant lesion in the oral cavity.", "Please do not irradiate the eyes; protective glasses are mandatory.",
          "Please do not use for patients who cannot keep the mouth open or cooperate for 10 minutes."]
PARAM = "660 nm, 100 mW, spot 1 cm², 40 s per point (4 J/cm²), 9 intraoral points, once daily from day 1 of conditioning or radiotherapy"

CEP = cep(d, dict(
    docno="SL-CEP-660", rev="1", date="2024/06/03", purpose=PURPOSE, population=POP, indications=IND, contra=CONTRA,
    benefits=[["Prevention of severe oral mucositis", "Incidence of WHO grade 3–4 OM", "During treatment, up to day +21 / end of RT"],
              ["Less pain", "Oral pain NRS; opioid use", "Daily"], ["Nutrition", "Need of parenteral/tube feeding", "End of treatment"]],
    acceptance=["Reduction of WHO grade 3–4 OM comparable to the state of the art (RR 0.3–0.6)", "No device-related serious adverse event"],
    cdp=["Clinical data from the MASCC/ISOO guideline, randomised trials in adults and children, and the own study SL-OM-01 (adults and "
         "children from 6 years, HSCT). PMCF: registry.", "Parameters: " + PARAM + "."],
    cecp="Article 54(1) is not applicable for the class IIa subject device.",
    author="Y. Sato (Clinical Affairs, Osaka)", approver="M. Klein (RA, Düsseldorf)"), style="square")

CER = cer(d, dict(
    docno="SL-CER-660", rev="2", date="2024/12/18",
    scope="The report covers the ML-660 unit and both probes. The disposable sheath is included.",
    description=["Diode laser 660 nm ± 10 nm, output 100 mW (0.1 W) at the probe tip, spot area 1 cm². The energy per point is 4 J, "
                 "the fluence 4 J/cm². A timer stops the emission after 40 s. Protocol: " + PARAM + "."],
    purpose=PURPOSE, population=POP, indications=IND, contra=CONTRA,
    users="Physicians, dentists, nurses or dental hygienists trained in PBM, in haematology-oncology wards, transplant units and radiotherapy outpatient departments.",
    sota=["MASCC/ISOO 2020 guideline recommends intraoral PBM for the prevention of OM in adults receiving HSCT and in head and neck "
          "radiotherapy, and suggests it in paediatric patients. Alternatives: oral care protocols, cryotherapy (melphalan), palifermin.",
          "Randomised trials in children (e.g. Gobbo 2018, n = 101, age 4–18) showed reduction of severe OM."],
    literature=["Search 2024/10/08; 27 RCTs and 5 systematic reviews; 6 paediatric RCTs (total 412 children, from 4 years)."],
    ci=["SL-OM-01: randomised, sham-controlled, 3 transplant centres (Osaka, Warsaw, Lisbon), 96 patients (64 adults, 32 children 6–17 y). "
        "WHO grade 3–4 OM: 14.6 % vs 39.6 % (RR 0.37). No device-related adverse event."],
    equivalence="Equivalence is not claimed; the literature with the same wavelength and fluence range is used as supporting data.",
    pms="On the market in Japan since 2022, 210 units; no incident.",
    performance=["Benefit confirmed in adults and in children from 6 years, in line with the guideline."],
    safety=["Residual risks: eye injury (controlled by glasses and interlock), warmth of the mucosa, cross-infection (sheath)."],
    conclusion="Benefit-risk is positive in both indications for adults and children from 6 years.",
    pmcf="PMCF registry SL-REG including children.", cecp="Not applicable (class IIa)."), style="dash")

PMCF = pmcf(d, dict(
    docno="SL-PMCF-660", rev="1", date="2024/12/20",
    device=[PURPOSE, POP, "Expected lifetime: 6 years. Novel product: no."],
    activities=[dict(title="SL-REG registry", rows=[
        ("Type", "Specific: prospective registry in 8 centres (PL, PT, DK, JP)"),
        ("Aim", "Confirm incidence of severe OM in routine use, in HSCT and head and neck RT; adherence to daily protocol; eye safety"),
        ("Population", "Adults and children from 6 years, both indications (at least 80 children)"),
        ("Sample size", "300 patients; incidence of severe OM of 15 % estimated with ±4 % (95 % CI)"),
        ("Timeline", "2025/Q1–2026/Q4")])],
    refs="CER SL-CER-660 Rev.2; RMF SL-RMF-660 Rev.2 (eye exposure H-01, burn H-03).",
    schedule="PMCF evaluation report with PSUR every 2 years."), style="plain")

SPEC_EN = [["Wavelength", "660 nm ± 10 nm"], ["Output power", "100 mW"], ["Spot area", "1 cm²"], ["Time per point", "40 s"],
           ["Fluence", "4 J/cm²"], ["Laser class", "3B (IEC 60825-1)"]]
IFU_EN = ifu_en(d, dict(
    docno="IFU-ML660-EN", date="2025/01/27 Rev.2", purpose=PURPOSE, population=POP, indications=IND, contra=CONTRA,
    users="Healthcare professionals trained in PBM. Usage environment: haematology-oncology ward, transplant unit, radiotherapy outpatient department.",
    warnings=["Laser radiation. Please make the patient, the operator and any person in the room wear the protective glasses OD ≥ 2 at 660 nm."],
    cautions=["Please change the disposable sheath of the intraoral probe for every patient."],
    side="Feeling of warmth, mild discomfort when keeping the mouth open.", spec=SPEC_EN,
    steps=["Please put on protective glasses for all persons.", "Please attach a new sheath to the intraoral probe.",
           "Please irradiate 9 points (buccal mucosa, tongue, floor of mouth, soft palate, lips) for 40 s each.",
           "Please record the treatment in the patient chart."]), lines=True, style="chapter")

IFU_PL = ifu_xx("pl", d, dict(
    docno="IFU-ML660-PL", date="2025/01/27 Rev.2",
    purpose="Wyrób emituje czerwone światło laserowe o małej mocy na błonę śluzową jamy ustnej (fotobiomodulacja) w celu zapobiegania zapaleniu błony śluzowej jamy ustnej u pacjentów leczonych przeciwnowotworowo.",
    population="Dorośli i dzieci od 6. roku życia otrzymujący wysokodawkową chemioterapię z przeszczepieniem krwiotwórczych komórek macierzystych lub radioterapię okolicy głowy i szyi.",
    indications=["Zapobieganie zapaleniu błony śluzowej jamy ustnej przy kondycjonowaniu do przeszczepienia", "Zapobieganie zapaleniu błony śluzowej jamy ustnej przy radioterapii głowy i szyi"],
    contra=["Nie naświetlać znanej zmiany nowotworowej w jamie ustnej.", "Nie naświetlać oczu; okulary ochronne są obowiązkowe.",
            "Nie stosować u pacjentów, którzy nie mogą utrzymać otwartych ust przez 10 minut."],
    users="Przeszkoleni pracownicy ochrony zdrowia; oddziały hematologiczno-onkologiczne, ośrodki przeszczepowe, poradnie radioterapii.",
    warnings=["Promieniowanie laserowe. Wszystkie osoby w pomieszczeniu muszą nosić okulary ochronne OD ≥ 2 dla 660 nm."],
    side="Uczucie ciepła, niewielki dyskomfort przy otwartych ustach.",
    spec=[["Długość fali", "660 nm ± 10 nm"], ["Moc wyjściowa", "0,1 W"], ["Powierzchnia plamki", "1 cm²"], ["Czas na punkt", "40 s"], ["Gęstość energii", "4 J/cm²"]]), lines=False)

IFU_PT = ifu_xx("pt", d, dict(
    docno="IFU-ML660-PT", date="2025/01/27 Rev.2",
    purpose="O dispositivo emite luz laser vermelha de baixa potência sobre a mucosa oral (fotobiomodulação) para prevenção da mucosite oral em doentes submetidos a terapêutica oncológica.",
    population="Adultos e crianças a partir dos 6 anos submetidos a quimioterapia de alta dose com transplante de células estaminais hematopoiéticas ou a radioterapia da cabeça e pescoço.",
    indications=["Prevenção da mucosite oral no condicionamento para transplante", "Prevenção da mucosite oral na radioterapia da cabeça e pescoço"],
    contra=["Não irradiar sobre lesão maligna conhecida da cavidade oral.", "Não irradiar os olhos; os óculos de proteção são obrigatórios.",
            "Não utilizar em doentes que não consigam manter a boca aberta durante 10 minutos."],
    users="Profissionais de saúde com formação em fotobiomodulação; serviços de hemato-oncologia, unidades de transplante, radioterapia.",
    warnings=["Radiação laser. Todas as pessoas na sala devem usar óculos de proteção OD ≥ 2 a 660 nm."],
    side="Sensação de calor, ligeiro desconforto por manter a boca aberta.",
    spec=[["Comprimento de onda", "660 nm ± 10 nm"], ["Potência", "100 mW"], ["Área do feixe", "1 cm²"], ["Tempo por ponto", "40 s"], ["Fluência", "4 J/cm²"]]))

IFU_DA = ifu_xx("da", d, dict(
    docno="IFU-ML660-DA", date="2025/01/27 Rev.2",
    purpose="Enheden udsender rødt laserlys med lav effekt på mundslimhinden (fotobiomodulation) til forebyggelse af oral mucositis hos patienter i kræftbehandling.",
    population="Voksne og børn fra 6 år, som får højdosis kemoterapi med hæmatopoietisk stamcelletransplantation eller strålebehandling af hoved og hals.",
    indications=["Forebyggelse af oral mucositis ved konditionering før transplantation", "Forebyggelse af oral mucositis ved strålebehandling af hoved og hals"],
    contra=["Bestrål ikke en kendt ondartet læsion i mundhulen.", "Bestrål ikke øjnene; beskyttelsesbriller er obligatoriske.",
            "Må ikke anvendes til patienter, der ikke kan holde munden åben i 10 minutter."],
    users="Sundhedspersonale uddannet i fotobiomodulation; hæmatologisk-onkologiske afdelinger, transplantationsenheder, stråleterapi.",
    warnings=["Laserstråling. Alle personer i rummet skal bære beskyttelsesbriller OD ≥ 2 ved 660 nm."],
    side="Varmefornemmelse, let ubehag ved at holde munden åben.",
    spec=[["Bølgelængde", "660 nm ± 10 nm"], ["Udgangseffekt", "100 mW"], ["Pletareal", "100 mm²"], ["Tid pr. punkt", "40 s"], ["Energitæthed", "4 J/cm²"]]), numbered=False)

CEAR = cear(d, dict(
    docno="PCM/CEAR/2025/045", date="19.02.2025",
    type="Initial certification, Annex IX Chapter I and Section 4",
    docs="CEP SL-CEP-660 Rev.1; CER SL-CER-660 Rev.2; PMCF plan SL-PMCF-660 Ver.1; IFU EN/PL/PT/DA Rev.2",
    purpose=PURPOSE,
    reviewers="Clinical reviewer: dr n. med. Ewelina Kamińska (haematology, supportive care in oncology); technical reviewer: mgr inż. Łukasz Zając.",
    device=["PBM laser 660 nm, 100 mW (Polish IFU: 0,1 W; Danish IFU spot area 100 mm² = 1 cm²), fluence 4 J/cm². Values are consistent."],
    literature="Literature includes adult and paediatric RCTs; supports both indications and population from 6 years.",
    ci="SL-OM-01 (96 patients incl. 32 children) supports efficacy in HSCT. Head and neck RT supported by guideline-level evidence.",
    pmcf="SL-REG is specific, covers both indications and children. Accepted.",
    ifu="IFU in four languages aligned.", conclusion="Clinical evidence sufficient. Benefit-risk positive.",
    cecp="Not applicable (class IIa).", signer="dr n. med. Ewelina Kamińska"))

DOCS = {
    "SL-CEP-660_R1.pdf": dict(role="CEP", language="en", blocks=CEP, header="Shinsaibashi Laser Co., Ltd.", footer="SL-CEP-660 Rev.1"),
    "SL-CER-660_R2.docx": dict(role="CER", language="en", blocks=CER, footer="SL-CER-660 Rev.2"),
    "SL-PMCF-660_V1.docx": dict(role="PMCF-plan", language="en", blocks=PMCF, footer="SL-PMCF-660"),
    "IFU_ML660_EN.pdf": dict(role="IFU", language="en", blocks=IFU_EN, footer="IFU-ML660-EN"),
    "IFU_ML660_PL.docx": dict(role="IFU", language="pl", blocks=IFU_PL, footer="IFU-ML660-PL"),
    "IFU_ML660_PT.pdf": dict(role="IFU", language="pt", blocks=IFU_PT, footer="IFU-ML660-PT"),
    "IFU_ML660_DA.md": dict(role="IFU", language="da", blocks=IFU_DA),
    "PolCert_CEAR_2025-045.pdf": dict(role="CEAR", language="en", blocks=CEAR, footer="PolCert Medical – CEAR 2025/045"),
}

LABELS = []
