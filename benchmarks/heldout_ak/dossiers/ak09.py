"""ak09 – absorbable PEG hydrogel sealant for intraoperative pulmonary air leaks. Class III (Rule 8, wholly
absorbed implantable): CECP required (Art. 54(1)(a)). CLEAN; near-misses: 4-8 weeks / 28-56 days,
5 mL / 5 cm³, Macchiarini grade notation, contraindication phrased as 'not to be applied'."""
import common as C

NAME = "PneumoSeal absorbable lung sealant"
D = dict(
    dossier="ak09_lungsealant",
    device="PneumoSeal – absorbable polyethylene glycol hydrogel sealant for intraoperative air leaks after lung resection",
    cls_label="III", cls="III", rule="Annex VIII, Rule 8, second indent (wholly or mainly absorbed)",
    company="Thoracis NV", addr="Herestraat 49 box 7003, 3000 Leuven, Belgium", srn="BE-MF-000070028",
    name=NAME, model="PS-5 (5 mL kit with spray applicator)", udi="5410399PS5THX02W",
    abbr_sentence=("The device is intended for use in pulmonary resection by thoracotomy or video-assisted "
                   "thoracoscopic surgery (VATS), to seal intraoperative alveolar air leaks (AAL) and thereby to "
                   "reduce prolonged air leak (PAL), defined as an air leak persisting beyond postoperative day 5."),
    cecp_text=("The device is a class III implantable device, since it remains on the visceral pleura after "
               "the procedure until it is absorbed; Article 54(1)(a) MDR therefore applies and the clinical "
               "evaluation consultation procedure (CECP) is expected to be conducted by the notified body, no "
               "exemption of Article 54(2) being applicable for a device which has never been certified."),
    purpose=("PneumoSeal is intended as an adjunct to standard closure techniques (sutures, staples) for the "
             "sealing of visible alveolar air leaks on the visceral pleura during elective pulmonary resection."),
    population="adults (≥18 years) undergoing elective lobectomy, segmentectomy or wedge resection by thoracotomy or VATS with an intraoperative AAL of grade 1 or 2 (Macchiarini).",
    indications=["Intraoperative AAL of grade 1 or 2 after elective pulmonary resection, as adjunct to sutures or staples"],
    contraindications=["Not to be applied to patients with known hypersensitivity to polyethylene glycol (PEG) or trilysine",
                       "Not to be applied to air leaks of grade 3 (bronchial stump or major airway defects), which require surgical repair",
                       "Not to be applied in the presence of active intrathoracic infection (empyema)"],
    users="thoracic surgeons, in the operating theatre.",
    description=[
        "The kit consists of two precursor solutions, a four-arm PEG-N-hydroxysuccinimide ester and a trilysine "
        "amine buffer, which are mixed upon spraying with a gas-assisted applicator and cross-link within 2 s "
        "into a flexible hydrogel of 1 to 2 mm thickness adhering to the visceral pleura.",
        "The hydrogel swells by at most 20% and is absorbed by hydrolysis within 4 to 8 weeks; the degradation "
        "products are excreted renally. The biological evaluation (ISO 10993 series), including degradation "
        "studies (ISO 10993-13), was completed for the category implant, long-term contact."],
    spec_caption="Table 1. Characteristics of the sealant",
    specs=[["Volume per kit", "5 mL (covers approximately 50 cm² at 1 mm)"],
           ["Gelation time", "< 2 s"], ["Burst pressure (ex vivo lung model)", "≥ 60 cmH2O"],
           ["Swelling", "≤ 20% by volume"], ["Absorption", "4 to 8 weeks"]],
    spec_notes=["a Ex vivo porcine lung model, inflation to rupture of the sealant; n = 30, mean 78 ± 11 cmH2O."],
    sota=[
        "PAL complicates 8% to 15% of pulmonary resections, prolonging chest-tube duration and hospital stay "
        "and increasing the risk of empyema [1]. Surgical sealants of various compositions (fibrin, albumin-"
        "glutaraldehyde, PEG) have been investigated; a Cochrane review found a reduction of postoperative air "
        "leak and of chest-drain duration, with low-certainty evidence for length of stay [2].",
        "The benchmarks for PAL are 8% to 15% with standard closure and 4% to 9% with sealants, the rates of "
        "empyema being 1% to 3% in both groups [1, 2]."],
    search_date="30 January 2025", search_n=(958, 706, 14),
    lit=[["[2]", "Cochrane review", "1 521", "Pulmonary resection", "≤ 30 d", "Air leak RR 0.61 (0.45 to 0.82)"],
         ["[3]", "RCT (PEG sealant)", "161", "Lobectomy, grade 1-2 AAL", "30 d", "Air-leak-free at discharge 35% vs 14%"],
         ["TS-01", "RCT, own device", "220", "Resection, grade 1-2 AAL, 21 to 79 years", "3 mo", "PAL 5.5% vs 13.6%"]],
    lit_notes=["d, days; mo, months; RR, risk ratio. † TS-01: randomised 1:1 device plus standard closure versus standard closure alone, 6 centres in Belgium and the Netherlands."],
    clin=["In the randomised study TS-01, 220 adults (mean age 64.8 ± 9.1 years) with grade 1 or 2 AAL were "
          "allocated to the device (n = 110) or to standard closure (n = 110). PAL occurred in 6 patients "
          "(5.5%) with the device and in 15 (13.6%) with standard closure (difference −8.1%, 95% CI −15.9% to "
          "−0.4%); the median chest-tube duration was 2 versus 3 days. Empyema occurred in 1 versus 2 patients; "
          "no device-related serious adverse event was recorded up to the 3-month visit, by which time the "
          "sealant is expected to be fully absorbed."],
    equiv="No equivalence is claimed.",
    safety=[["Empyema", "1 of 110 (0.9%)", "1% to 3% [1]"],
            ["Pneumonia", "4 of 110 (3.6%)", "3% to 6% [1]"],
            ["Hypersensitivity reaction", "0 of 110", "rare [2]"]],
    risks=["empyema", "hypersensitivity", "mechanical compression by swelling in confined spaces"],
    performance=["The clinical benefit is a reduction of PAL and of chest-tube duration, demonstrated in TS-01 "
                 "against standard closure."],
    br="The benefit-risk ratio is favourable.",
    conclusion="Conformity with GSPR 1 and 8 is demonstrated for adults with grade 1 or 2 AAL; confirmation in routine use will be obtained through PMCF.",
    pmcf_summary="A prospective registry TH-PMCF-009 (n = 300, 3 months) is planned.",
    cer_authors="Prof. dr. D. Vermeersch (thoracic surgeon, PhD), dr. M. Lenaerts (PhD, polymer chemistry), T. Willems (MSc, regulatory affairs)",
    cep_ref="TH-CEP-009 v1.0",
    benefits=[["Reduction of PAL", "Air leak beyond postoperative day 5", "Superior to standard closure (RCT)"],
              ["Shorter drainage", "Chest-tube duration", "Median reduction ≥ 1 day"],
              ["Safety", "Empyema within 30 days", "≤ 3%"]],
    devplan="Pivotal RCT TS-01 (completed, 3-month follow-up) and PMCF registry.",
    pico=("adults with grade 1-2 AAL after lung resection", "PEG hydrogel sealant", "standard closure, other sealants", "PAL, chest-tube duration, empyema"),
    br_criteria="All acceptance criteria of Table 1.",
    refs=["[1] Brunelli A et al. Eur J Cardiothorac Surg 2010;37:56-60.", "[2] Malapert G et al. Cochrane Database Syst Rev 2010 (update 2022).",
          "[3] Literature database TH-LIT-2025."],
    pmcf=dict(
        rationale="The performance in routine VATS practice and the rate of rare adverse events (hypersensitivity, empyema) need confirmation.",
        objectives=["To confirm a PAL rate ≤ 9% in routine use", "To estimate the rate of empyema and hypersensitivity within 3 months"],
        design="Prospective multicentre registry in 8 thoracic surgery units (Belgium, the Netherlands, Slovenia).",
        population="adults undergoing elective lobectomy, segmentectomy or wedge resection with grade 1 or 2 AAL treated with the device.",
        n="300 patients; expected PAL 6% gives a 95% CI half-width of ±2.7%; an empyema rate of 1% is detected with 95% probability.",
        endpoints=["PAL (air leak beyond day 5)", "Chest-tube duration", "Empyema and hypersensitivity within 3 months"],
        general=["Complaint trending", "Literature update"],
        timeline=[["First patient", "Q4 2025"], ["Final report", "Q4 2027"]],
        link="Objective 2 addresses the residual risks of empyema and hypersensitivity (CER Section 7)."),
)
D["ifu"] = {
    "en": dict(name=NAME, title_line="Sterile. Single use. For use by thoracic surgeons only.", purpose=D["purpose"],
               population="Adults (18 years and older) undergoing elective lung resection with a grade 1-2 alveolar air leak.",
               indications=D["indications"],
               contraindications=["Allergy to polyethylene glycol or trilysine", "Bronchial stump leaks or major airway defects (grade 3)",
                                  "Active intrathoracic infection"],
               users="Thoracic surgeons; operating theatre.",
               warnings=["Apply to a dry pleural surface with the lung partially deflated.", "Do not apply in confined spaces near nerves (swelling up to 20%)."],
               specs=[["Volume", "5 cm³"], ["Gelation", "< 2 s"], ["Absorption", "28 to 56 days"]], lines=False,
               side="Empyema, pneumonia, allergic reaction."),
    "nl": dict(name=NAME, title_line="Steriel. Voor eenmalig gebruik.",
               purpose=("PneumoSeal is bestemd als aanvulling op standaard sluittechnieken (hechtingen, staplers) voor het afdichten van "
                        "zichtbare alveolaire luchtlekkages op de viscerale pleura tijdens electieve longresectie."),
               population="Volwassenen (≥18 jaar) die een electieve longresectie ondergaan met een alveolair luchtlek graad 1-2.",
               indications=["Intraoperatief alveolair luchtlek graad 1 of 2 na electieve longresectie, aanvullend op hechtingen of staplers"],
               contraindications=["Allergie voor polyethyleenglycol of trilysine", "Lekkage van de bronchusstomp of grote luchtwegdefecten (graad 3)",
                                  "Actieve intrathoracale infectie"],
               users="Thoraxchirurgen; operatiekamer.",
               warnings=["Aanbrengen op een droog pleuraoppervlak.", "Niet aanbrengen in nauwe ruimten nabij zenuwen (zwelling tot 20%)."],
               specs=[["Volume", "5 ml"], ["Geleringstijd", "< 2 s"], ["Resorptie", "4 tot 8 weken"]]),
    "sl": dict(name=NAME, title_line="Sterilno. Za enkratno uporabo.",
               purpose=("PneumoSeal je namenjen kot dodatek k standardnim tehnikam zapiranja (šivi, spenjalniki) za zatesnitev vidnih "
                        "alveolarnih uhajanj zraka na visceralni plevri med elektivno resekcijo pljuč."),
               population="Odrasli (≥18 let), pri katerih se izvaja elektivna resekcija pljuč z alveolarnim uhajanjem zraka 1. ali 2. stopnje.",
               indications=["Intraoperativno alveolarno uhajanje zraka 1. ali 2. stopnje po elektivni resekciji pljuč, kot dodatek k šivom ali spenjalnikom"],
               contraindications=["Preobčutljivost za polietilenglikol ali trilizin", "Uhajanje iz bronhialnega krna ali večje okvare dihalnih poti (3. stopnja)",
                                  "Aktivna okužba v prsnem košu"],
               users="Torakalni kirurgi; operacijska dvorana.",
               warnings=["Nanesite na suho površino plevre.", "Ne nanašajte v ozke prostore blizu živcev (nabrekanje do 20 %)."],
               specs=[["Prostornina", "5 ml"], ["Čas geliranja", "< 2 s"], ["Absorpcija", "4 do 8 tednov"]]),
}
D["sscp"] = dict(
    purpose="A sprayable gel which seals small air leaks on the surface of the lung during planned lung operations; it dissolves within 28 to 56 days.",
    population="Adults aged 18 years or older having a planned lung resection (lobe, segment or wedge) in whom small air leaks (grade 1 or 2) are seen during surgery.",
    contra="Allergy to polyethylene glycol or trilysine; leaks from the bronchial stump or large airways; active infection in the chest.",
    description="Two liquids mixed by a spray applicator form a thin gel (1 to 2 mm) within 2 seconds; 5 mL per kit.",
    risks="Empyema (1 in 110 patients in the study), pneumonia, allergic reaction; the gel swells by up to 20%.",
    clinical="In a randomised study of 220 patients, prolonged air leak occurred in 5.5% with the device and 13.6% without. A registry of 300 patients will follow.",
    alternatives="Sutures and staples alone, fibrin sealants, albumin-glutaraldehyde sealants, pleural tents.",
    users="Thoracic surgeons.")
D["cear"] = dict(
    docs="TH-CEP-009 v1.0; TH-CER-009 v1.1; TH-PMCF-009 v1.0; IFU PneumoSeal (EN, NL, SL) rev. 1; SSCP-PS rev. 0.",
    reviewers="Dr. Michail Zervas, MD, thoracic surgeon (clinical reviewer); Dr. Aikaterini Lampropoulou, PhD, chemist (biomaterials).",
    description=("The under evaluation device is an absorbable PEG hydrogel sealant, applied by spray, for grade 1-2 alveolar air "
                 "leaks in elective lung resection of adult patients."),
    purpose=D["purpose"],
    cecp="Applicable according to Article 54(1)(a) MDR (class III implantable, absorbable). The CEAR is forwarded to the Commission for the expert panel on the respiratory system, anaesthesiology and intensive care.",
    sota="The SOTA with the Cochrane review is adequate.", lit="The literature search is adequate.",
    ci="The RCT TS-01 (n = 220, 3 months) was assessed; it is registered and consistent with its publication.",
    br="The benefit-risk is acceptable; the PMCF registry of 300 patients addresses empyema and hypersensitivity.",
    findings=[("Swelling near nerves", "It is requested from the Manufacturer to add a warning about swelling in confined spaces. Closed.")],
    conclusion="The clinical evidence is considered sufficient, subject to the outcome of the CECP.",
)

DOCS = [
    ("TH-CEP-009_PneumoSeal_v1.0.docx", "CEP", "en", lambda d: C.cep(d, "TH-CEP-009", "1.0", "2024-10-21")),
    ("TH-CER-009_PneumoSeal_v1.1.docx", "CER", "en", lambda d: C.cer(d, "TH-CER-009", "1.1", "2025-04-02")),
    ("TH-PMCF-009_v1.0.pdf", "PMCF-plan", "en", lambda d: C.pmcf(d, "TH-PMCF-009", "1.0", "2025-04-02")),
    ("IFU_PneumoSeal_EN_r1.pdf", "IFU", "en", lambda d: C.ifu(d, "en", "IFU PneumoSeal EN r1")),
    ("IFU_PneumoSeal_NL_r1.docx", "IFU", "nl", lambda d: C.ifu(d, "nl", "IFU PneumoSeal NL r1")),
    ("IFU_PneumoSeal_SL_r1.pdf", "IFU", "sl", lambda d: C.ifu(d, "sl", "IFU PneumoSeal SL r1")),
    ("SSCP-PS_rev0.pdf", "SSCP", "en", lambda d: C.sscp(d, "SSCP-PS", "0")),
    ("HIMDC_CEAR_2025-244.pdf", "CEAR", "en", lambda d: C.cear(d, "CEAR 2025-244", "2025-07-15")),
]
LABELS = []
