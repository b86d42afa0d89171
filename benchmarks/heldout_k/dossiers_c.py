# -*- coding: utf-8 -*-
"""Dossiers k05-k12."""
from dossiers_a import base
from dossiers_b import I, common

def Q(**kw):
    d = base(**kw)
    d.setdefault("cear_purpose", d["purpose"])
    return common(d, kw.get("cear_evidence", "The clinical data are considered sufficient for the intended purpose."),
                  kw.get("cear_pmcf", "The PMCF plan is considered appropriate."))

def DOC(p, ext):
    return {"docno": {k: f"{p}-{k}-01" for k in ("CEP", "CER", "PMCF", "SSCP", "CEAR")},
            "rev": {"CEP": "02", "CER": "02", "PMCF": "01", "SSCP": "01", "CEAR": "1"}}

# k05 bone-conduction implant (defective)
K05 = Q(id="k05_bone_conduction", prefix="AURALINK", name="AuraLink T2", manufacturer="Hörwerk Implantate GmbH", address="Ohmstraße 9, 90429 Nürnberg, Germany",
 udi="4062222AURT2HX", cls="III", cls_short="Class III, Rule 8 (active implantable)", nb="Frankonia Cert Medical, NB 2972", hstyle="num",
 **DOC("AL", None), fmt={"CEP": "pdf", "CER": "docx", "PMCF-plan": "pdf", "SSCP": "pdf", "CEAR": "docx", "IFU-en": "pdf", "IFU-fr": "pdf"}, langs=["en", "fr"],
 defs=[("conductive hearing loss", "a hearing loss with an air-bone gap ≥ 30 dB and bone-conduction thresholds ≤ 45 dB HL (0,5 – 4 kHz).")],
 descr="The AuraLink T2 is an active transcutaneous bone-conduction hearing implant comprising the implantable bone-conduction floating mass transducer with receiver coil, fixed in the mastoid by two cortical screws, and the external audio processor.",
 classif="Classification: class III acc. to Rule 8 (active implantable device); CECP acc. to Art. 54(1)(a) MDR applicable.",
 purpose="The AuraLink T2 is intended to improve hearing in patients with conductive or mixed hearing loss or single-sided deafness who cannot benefit from conventional hearing aids.",
 population="Population: patients aged 5 years and older.", setting="Implantation in ENT departments; daily use in all everyday environments.",
 indications=["conductive or mixed hearing loss (bone conduction ≤ 45 dB HL)", "single-sided deafness"], contra=["retrocochlear or central hearing loss", "insufficient bone thickness (< 4 mm) at the implant site"],
 specs=[("Frequency range", "250 – 8000 Hz"), ("Max. bone thickness required", "4 mm"), ("MRI", "MR conditional at 1,5 T")],
 sota="Passive percutaneous bone-anchored hearing systems are associated with skin complications in up to 30 %; active transcutaneous systems avoid a skin penetration and achieve comparable functional gain.",
 data_intro="Clinical data: pivotal investigation AL-01 and a published multicentre series with the AuraLink T2.",
 studies=[("[1]", "prospective, single-arm (AL-01)", "58", "patients ≥ 5 years with conductive/mixed loss or SSD", "12 months", "functional gain 32 dB"), ("[2]", "retrospective multicentre", "94", "adults and children ≥ 5 years", "24 months", "no device failure")],
 endpoints=[("Functional gain at 12 months", "≥ 20 dB", "32 dB"), ("Serious device-related adverse events", "≤ 5 %", "1,7 %")],
 benefit="The improvement in speech understanding clearly outweighs the residual risks (skin irritation, headache, device explantation); benefit-risk acceptable. The audiometric results are shown in Figure 3.",
 risks=[("Skin irritation over the implant", "5,2 %"), ("Headache", "3,4 %"), ("Revision surgery", "1,7 %")],
 open_q=["long-term stability beyond 24 months", "outcome in children 5 – 11 years"],
 refs=["[1] Hörwerk Implantate. Clinical investigation report AL-01, 2022.", "[2] Weiss R, et al. Active transcutaneous bone conduction implant: multicentre outcomes. Otol Neurotol 2023;44:210-7."],
 cep_rev_cited="04",
 pmcf_obj=["to confirm functional gain over 5 years", "to confirm safety in children aged 5 – 11 years"], pmcf_methods="Prospective registry in 10 ENT centres.", pmcf_pop="Population: patients aged 5 years and older implanted within the indications.",
 pmcf_endpoints="Primary: functional gain; secondary: adverse events, APHAB questionnaire.", pmcf_n="Sample size: 120 patients including ≥ 30 children; precision ± 4 dB.",
 pmcf_time=[("First patient in", "01/2024"), ("Final report", "12/2029")],
 sscp_summary="58 patients showed a functional gain of 32 dB at 12 months.",
 cecp="Class III active implantable device; the CECP acc. to Art. 54(1)(a) was conducted.", ifu_rev="Rev. 07.",
 ifu={"en": I("The AuraLink T2 improves hearing in patients with conductive or mixed hearing loss or single-sided deafness.", ["Conductive or mixed hearing loss", "Single-sided deafness"],
              "Patients aged 5 years and older.", ["Retrocochlear or central hearing loss", "Bone thickness below 4 mm"], ["MRI only under the conditions stated in section 11.", "Remove the audio processor before MRI."],
              [("Frequency range", "250 – 8000 Hz"), ("MRI", "MR conditional 1.5 T")], "ENT surgeons and audiologists; everyday environments."),
      "fr": I("L'AuraLink T2 améliore l'audition des patients atteints de surdité de transmission, mixte ou unilatérale.", ["Surdité de transmission ou mixte", "Surdité unilatérale", "Surdité neurosensorielle bilatérale légère à sévère"],
              "Patients à partir de 3 ans.", ["Surdité rétrocochléaire ou centrale", "Épaisseur osseuse inférieure à 4 mm"], ["IRM uniquement dans les conditions indiquées à la section 11.", "Retirer le processeur audio avant l'IRM."],
              [("Plage de fréquences", "250 – 8000 Hz"), ("IRM", "compatible IRM sous conditions 1,5 T")], "Chirurgiens ORL et audioprothésistes ; environnements quotidiens.")})
K05["ov"] = {("CEAR", "name"): "AuraLink T3", ("CEAR", "udi"): "4062222AURT3HX"}
K05["labels"] = [
 {"defect": "french_ifu_widens_population_and_indications", "category": "language", "docs": ["IFU-en", "IFU-fr"],
  "quotes": ["Patients aged 5 years and older.", "Patients à partir de 3 ans.", "Surdité neurosensorielle bilatérale légère à sévère"],
  "description": "The French IFU lowers the age limit to 3 years and adds bilateral sensorineural hearing loss, not present in the English IFU or CER.", "accept": ["population", "intended-use"]},
 {"defect": "cear_names_other_model_and_udi", "category": "device-identity", "docs": ["CEAR", "CER"],
  "quotes": ["AuraLink T3", "4062222AURT3HX", "4062222AURT2HX"],
  "description": "The CEAR assesses 'AuraLink T3' with a different Basic UDI-DI than the dossier (AuraLink T2).", "accept": []},
 {"defect": "cep_revision_and_missing_figure", "category": "documentation", "docs": ["CER"],
  "quotes": ["This report has been prepared on the basis of the Clinical Evaluation Plan AL-CEP-01, revision 04.", "The audiometric results are shown in Figure 3."],
  "description": "The CER cites CEP revision 04 whereas the supplied CEP is revision 02, and refers to a Figure 3 that does not exist.", "accept": []},
]
for l in K05["labels"]:
    if l["defect"] == "cear_names_other_model_and_udi":
        l["quotes"] = ["Clinical Evaluation Assessment Report – AuraLink T3", "Basic UDI-DI 4062222AURT3HX", "Basic UDI-DI 4062222AURT2HX"]

# k06 TMJ replacement (clean)
K06 = Q(id="k06_tmj_total", prefix="MANDIBLA", name="Mandibla TMJ Total Joint", manufacturer="Tuttlinger Kieferimplantate GmbH", address="Gänsäcker 11, 78532 Tuttlingen, Germany",
 udi="4068888MANTMJ3C", cls="III", cls_short="Class III, Rule 8 (joint replacement)", nb="Baden Notified Body for Implants, NB 2988", hstyle="sect",
 **DOC("MT", None), fmt={"CEP": "md", "CER": "pdf", "PMCF-plan": "docx", "SSCP": "pdf", "CEAR": "md", "IFU-en": "docx", "IFU-it": "pdf", "IFU-es": "docx"}, langs=["en", "it", "es"],
 defs=[("skeletally mature", "closed growth plates as confirmed radiologically, in general from 18 years of age.")],
 descr="The Mandibla TMJ Total Joint is a total alloplastic temporomandibular joint replacement consisting of a patient-specific CoCrMo mandibular component and a UHMWPE fossa component, fixed with titanium screws.",
 classif="Classification: class III acc. to Rule 8 of Annex VIII MDR (total joint replacement). As a class III implantable device, the CECP acc. to Art. 54(1)(a) MDR applies; the Art. 54(2)(b) exemption does not apply since no common specification covers TMJ implants.",
 purpose="Total replacement of the temporomandibular joint in skeletally mature patients with end-stage TMJ disease.", population="Population: skeletally mature adults aged 18 years and older.",
 setting="Implantation in maxillofacial surgery departments.", indications=["end-stage degenerative joint disease or ankylosis of the TMJ", "failed previous alloplastic TMJ reconstruction"],
 contra=["active infection", "known allergy to CoCrMo or UHMWPE", "skeletal immaturity"], specs=[("Materials", "CoCrMo, UHMWPE, Ti6Al4V screws"), ("Fixation", "≥ 3 screws per component")],
 sota="Stock and patient-specific TMJ prostheses achieve mean interincisal opening of 30 – 35 mm and pain reduction of approx. 70 % at 3 – 10 years (systematic reviews 2019 – 2022).",
 data_intro="Clinical data: prospective multicentre study MT-01 (5-year follow-up) and long-term literature on patient-specific TMJ prostheses.",
 studies=[("[1]", "prospective multicentre (MT-01)", "74", "adults, end-stage TMJ disease", "5 years", "MIO 31,8 mm, pain VAS −6,1"), ("[2]", "systematic review", "23 studies", "total TMJ replacement in adults", "mean 6,4 years", "survival 95 %")],
 endpoints=[("Maximal interincisal opening at 5 years", "≥ 30 mm", "31,8 mm"), ("Implant survival at 5 years", "≥ 95 %", "97,3 %")],
 benefit="Functional gain and pain reduction outweigh residual risks (infection, facial nerve weakness, heterotopic bone); benefit-risk acceptable.",
 risks=[("Infection", "2,7 %"), ("Transient facial nerve weakness", "8,1 %"), ("Heterotopic bone formation", "4,1 %")],
 open_q=["survival beyond 10 years", "wear of the fossa component"],
 refs=["[1] Tuttlinger Kieferimplantate. Study report MT-01, 5-year follow-up, 2023.", "[2] Zou L, et al. Total TMJ replacement: systematic review. J Craniomaxillofac Surg 2022;50:1-9."],
 pmcf_obj=["to confirm implant survival up to 10 years", "to assess fossa wear and heterotopic bone"], pmcf_methods="Prospective extension of MT-01 plus registry.", pmcf_pop="Population: skeletally mature adults (18 years and older) implanted within the indications.",
 pmcf_endpoints="Primary: implant survival; secondary: MIO, pain VAS.", pmcf_n="Sample size: 150 implants; survival precision ± 3,5 pp at 10 years.", pmcf_time=[("Start", "06/2024"), ("10-year report", "2033")],
 sscp_summary="74 patients showed a mouth opening of 31,8 mm and 97,3 % implant survival at 5 years.",
 cecp="Class III implantable; the CECP acc. to Art. 54(1)(a) MDR was carried out; no scientific opinion was provided.", ifu_rev="IFU MT-IFU rev. 3.", ifu_name={"en": "Mandibla TMJ"},
 ifu={"en": I("The Mandibla TMJ replaces the temporomandibular joint in skeletally mature patients with end-stage TMJ disease.", ["End-stage degenerative TMJ disease or ankylosis", "Failed previous TMJ prosthesis"], "Adults aged 18 years or older (skeletally mature).",
              ["Active infection", "Allergy to CoCrMo or UHMWPE", "Skeletal immaturity"], ["Use only patient-specific components designed for the patient."], [("Materials", "CoCrMo / UHMWPE / Ti6Al4V"), ("Screws per component", "at least 3")], "Maxillofacial surgeons; hospital operating theatre."),
      "it": I("Mandibla TMJ sostituisce l'articolazione temporo-mandibolare in pazienti scheletricamente maturi con patologia articolare terminale.", ["Patologia degenerativa terminale o anchilosi dell'ATM", "Fallimento di una precedente protesi ATM"], "Adulti di età pari o superiore a 18 anni (scheletricamente maturi).",
              ["Infezione attiva", "Allergia a CoCrMo o UHMWPE", "Immaturità scheletrica"], ["Utilizzare solo componenti specifici progettati per il paziente."], [("Materiali", "CoCrMo / UHMWPE / Ti6Al4V"), ("Viti per componente", "almeno 3")], "Chirurghi maxillo-facciali; sala operatoria."),
      "es": I("Mandibla TMJ sustituye la articulación temporomandibular en pacientes esqueléticamente maduros con enfermedad articular terminal.", ["Enfermedad degenerativa terminal o anquilosis de la ATM", "Fracaso de una prótesis de ATM previa"], "Adultos de 18 años o más (esqueléticamente maduros).",
              ["Infección activa", "Alergia a CoCrMo o UHMWPE", "Inmadurez esquelética"], ["Utilizar solo componentes específicos diseñados para el paciente."], [("Materiales", "CoCrMo / UHMWPE / Ti6Al4V"), ("Tornillos por componente", "al menos 3")], "Cirujanos maxilofaciales; quirófano.")})

# k07 EVAS (defective)
K07 = Q(id="k07_evas", prefix="SACSEAL", name="SacSeal EVAS System", manufacturer="Elbtal Vaskulär GmbH", address="Pillnitzer Weg 40, 01326 Dresden, Germany",
 udi="4065555SACSEAL8W", cls="III", cls_short="Class III, Rule 7/8 (central circulation)", nb="Sachsen Medical Certification, NB 2994", hstyle="num",
 **DOC("SS", None), fmt={"CEP": "docx", "CER": "pdf", "PMCF-plan": "md", "SSCP": "docx", "CEAR": "pdf", "IFU-en": "docx", "IFU-nl": "docx"}, langs=["en", "nl"],
 defs=[("AAA", "infrarenal abdominal aortic aneurysm with a maximum diameter ≥ 5,5 cm (men) or ≥ 5,0 cm (women).")],
 descr="The SacSeal EVAS System consists of two balloon-expandable stent frames surrounded by polymer-filled endobags which seal the aneurysm sac, and a delivery catheter (17 F).",
 classif="Class III implantable device in contact with the central circulatory system (Rule 8); CECP acc. to Art. 54(1)(a) MDR applies.",
 purpose="Endovascular sealing of infrarenal AAA in adults with suitable anatomy.", population="Population: adults aged 18 years and older.", setting="Hospital, vascular surgery with angiography suite.",
 indications=["infrarenal AAA with neck length ≥ 10 mm and neck diameter 18 – 32 mm"], contra=["ruptured aneurysm", "known allergy to polyethylene glycol polymer"],
 specs=[("Delivery profile", "17 F"), ("Aortic neck diameter", "18 – 32 mm"), ("Minimum neck length", "10 mm")],
 sota="Standard EVAR achieves freedom from aneurysm-related mortality > 97 % at 5 years with type I endoleak rates of 2 – 5 %; earlier EVAS devices showed late migration and type Ia endoleak.",
 data_intro="Clinical data: first-in-human study SS-FIH (6 months) and data of the equivalent device.",
 studies=[("[1]", "prospective, single-arm (SS-FIH)", "38", "adults with infrarenal AAA", "6 months", "technical success 100 %"), ("[2]", "registry, equivalent device EndoSac (Vantara Medical)", "310", "adults with AAA", "3 years", "type Ia endoleak 6,1 %")],
 endpoints=[("Technical success", "≥ 95 %", "100 %"), ("Aneurysm-related mortality at 30 days", "≤ 2 %", "0 %")],
 cep_only_endpoints=[("Freedom from type Ia endoleak and stent migration > 10 mm at 12 months", "≥ 95 %")],
 benefit="The data demonstrate durable, lifelong sac sealing without the need for reintervention, which clearly outweighs the residual risks.",
 risks=[("Type Ia endoleak", "n/a at 6 months"), ("Access-site complication", "5,3 %"), ("Limb occlusion", "2,6 %")], open_q=["migration and endoleak at 5 years"],
 refs=["[1] Elbtal Vaskulär. Report SS-FIH, 2023.", "[2] Van den Ham LH, et al. EndoSac registry: 3-year outcomes. J Endovasc Ther 2021;28:90-8."],
 pmcf_obj=["to determine freedom from type Ia endoleak and migration at 1 and 5 years", "to record reinterventions"], pmcf_methods="Prospective multicentre study with annual CT angiography.", pmcf_pop="Population: adults with infrarenal AAA within the IFU anatomical criteria.",
 pmcf_endpoints="Primary: freedom from type Ia endoleak, migration and reintervention at 5 years.", pmcf_n="Sample size: 250 patients (precision ± 3 pp).", pmcf_time=[("Start", "Q2/2024"), ("5-year report", "Q2/2030")],
 sscp_summary="38 patients treated with 100 % technical success; 5-year follow-up in the PMCF study.",
 cecp="Class III implantable device; CECP acc. to Art. 54(1)(a) performed.", ifu_rev="Rev. 02.",
 ifu={"en": I("The SacSeal EVAS System seals infrarenal abdominal aortic aneurysms from within the vessel.", ["Infrarenal AAA, neck length ≥ 10 mm, neck diameter 18 – 32 mm"], "Adults 18 years and older.", ["Ruptured aneurysm", "Allergy to PEG polymer"], ["Lifelong annual CT surveillance is required."], [("Profile", "17 F"), ("Neck diameter", "18 – 32 mm")], "Vascular surgeons and interventional radiologists; hospital."),
      "nl": I("Het SacSeal EVAS-systeem dicht infrarenale abdominale aorta-aneurysma's van binnenuit af.", ["Infrarenaal AAA, halslengte ≥ 10 mm, halsdiameter 18 – 32 mm"], "Volwassenen van 18 jaar en ouder.", ["Geruptureerd aneurysma", "Allergie voor PEG-polymeer"], ["Levenslange jaarlijkse CT-controle is vereist."], [("Profiel", "17 F"), ("Halsdiameter", "18 – 32 mm")], "Vaatchirurgen en interventieradiologen; ziekenhuis.")})
K07["extra"] = {("CER", "data_mid"): [("p", "Equivalence with the EndoSac (Vantara Medical) has been demonstrated on the basis of published literature and the competitor's IFU; a contract granting access to its technical documentation does not exist.")]}
K07["labels"] = [
 {"defect": "equivalence_without_contract", "category": "evidence", "docs": ["CER"], "quotes": ["a contract granting access to its technical documentation does not exist"],
  "description": "Equivalence to another manufacturer's class III implant without a contract (Art. 61(5) MDR).", "accept": []},
 {"defect": "lifelong_claim_on_6_months", "category": "claim", "docs": ["CER"], "quotes": ["The data demonstrate durable, lifelong sac sealing without the need for reintervention"],
  "description": "Lifelong durability claimed on 6-month first-in-human data.", "accept": ["evidence"]},
 {"defect": "cep_criterion_not_reported", "category": "evidence", "docs": ["CEP"], "quotes": ["Freedom from type Ia endoleak and stent migration > 10 mm at 12 months"],
  "description": "The CEP acceptance criterion on endoleak/migration at 12 months is not reported in the CER.", "accept": []},
]

def STD(name, en, **kw):
    """Compact standard dossier body."""
    return kw

# k08 anti-adhesion barrier (clean)
K08 = Q(id="k08_adhesion_barrier", prefix="ADHESAFE", name="AdheSafe Film", manufacturer="Westfalen Biomaterial GmbH", address="Kanalstraße 5, 48147 Münster, Germany",
 udi="4063333ADHFILM4", cls="III", cls_short="Class III, Rule 8 (absorbable implant)", nb="NRW Medizinprodukte-Zertifizierung, NB 2958", hstyle="none",
 **DOC("AS", None), fmt={"CEP": "pdf", "CER": "pdf", "PMCF-plan": "pdf", "SSCP": "docx", "CEAR": "docx", "IFU-en": "md", "IFU-de": "pdf", "IFU-fr": "docx"}, langs=["en", "de", "fr"],
 defs=[("adhesion", "a fibrous band between peritoneal surfaces classified acc. to the modified Zühlke score.")],
 descr="AdheSafe Film is a sterile, fully absorbable film (hyaluronate/carboxymethylcellulose, 12,5 × 15 cm) placed on peritoneal surfaces at the end of open or laparoscopic abdominal surgery; it is absorbed within approx. 28 days.",
 classif="Class III acc. to Rule 8 (implantable device wholly absorbed). Being a class III implantable device, the CECP acc. to Art. 54(1)(a) MDR applies.",
 purpose="Reduction of the incidence, extent and severity of postoperative intra-abdominal adhesions in adults undergoing abdominal or pelvic surgery.", population="Population: adults from 18 years of age.",
 setting="Operating theatre; hospital.", indications=["open or laparoscopic abdominal or pelvic surgery"], contra=["intra-abdominal infection or peritonitis", "placement directly on a fresh bowel anastomosis"],
 specs=[("Dimensions", "12,5 × 15 cm"), ("Absorption", "approx. 28 days")],
 sota="Hyaluronate/CMC barriers reduce adhesion incidence by approx. 50 % (Cochrane 2020), with a possible increase of anastomotic leak when wrapped around anastomoses.",
 data_intro="Clinical data: RCT AS-01 with second-look evaluation and a meta-analysis.",
 studies=[("[1]", "RCT, film vs. no barrier (AS-01)", "180", "adults, elective colorectal surgery with planned stoma closure", "8 – 12 weeks", "adhesion-free 47 % vs 19 %"), ("[2]", "meta-analysis", "28 RCTs", "adults, abdominal surgery", "n/a", "RR adhesions 0,52")],
 endpoints=[("Adhesion-free midline at second look", "superior to control", "47 % vs 19 %"), ("Anastomotic leak", "not higher than control", "3,3 % vs 3,4 %")],
 benefit="The reduction of adhesions outweighs the residual risks of abscess and leak if placed on anastomoses; benefit-risk acceptable.",
 risks=[("Intra-abdominal abscess", "2,2 %"), ("Anastomotic leak (if placed on anastomosis)", "3,3 %")], open_q=["small-bowel obstruction at 5 years"],
 refs=["[1] Westfalen Biomaterial. RCT AS-01 report, 2022.", "[2] Ahmad G, et al. Barrier agents for adhesion prevention. Cochrane Database Syst Rev 2020;CD000475."],
 pmcf_obj=["to determine adhesion-related small-bowel obstruction at 5 years", "to monitor abscess and leak rates"], pmcf_methods="Prospective registry with linkage to hospital readmission data.", pmcf_pop="Population: adults ≥ 18 years undergoing abdominal or pelvic surgery with use of the film.",
 pmcf_endpoints="Primary: readmission for adhesive small-bowel obstruction at 5 years.", pmcf_n="Sample size: 1.200 patients (precision ± 1,2 pp for an expected rate of 4 %).", pmcf_time=[("Start", "05/2024"), ("5-year report", "2030")],
 sscp_summary="In 180 randomised patients 47 % vs 19 % were adhesion-free at second look.", cecp="Class III implantable device; CECP acc. to Art. 54(1)(a) MDR conducted.", ifu_rev="Version 5.",
 ifu={"en": I("AdheSafe reduces postoperative adhesions after abdominal and pelvic surgery in adults.", ["Open or laparoscopic abdominal or pelvic surgery"], "Adults aged 18 years or older.", ["Peritonitis or intra-abdominal infection", "Direct placement on a fresh bowel anastomosis"], ["Do not wrap the film around an anastomosis."], [("Size", "12.5 × 15 cm"), ("Absorption", "approx. 4 weeks")], "Surgeons; operating theatre."),
      "de": I("AdheSafe reduziert postoperative Adhäsionen nach abdominellen und Beckeneingriffen bei Erwachsenen.", ["Offene oder laparoskopische Abdominal- oder Beckenchirurgie"], "Erwachsene ab 18 Jahren.", ["Peritonitis oder intraabdominelle Infektion", "Direkte Platzierung auf einer frischen Darmanastomose"], ["Die Folie nicht um eine Anastomose wickeln."], [("Größe", "12,5 × 15 cm"), ("Resorption", "ca. 28 Tage")], "Chirurgen; Operationssaal."),
      "fr": I("AdheSafe réduit les adhérences postopératoires après chirurgie abdominale et pelvienne chez l'adulte.", ["Chirurgie abdominale ou pelvienne ouverte ou laparoscopique"], "Adultes à partir de 18 ans.", ["Péritonite ou infection intra-abdominale", "Placement direct sur une anastomose intestinale récente"], ["Ne pas enrouler le film autour d'une anastomose."], [("Taille", "12,5 × 15 cm"), ("Résorption", "env. 28 jours")], "Chirurgiens ; bloc opératoire.")})

# k09 larval debridement (defective)
K09 = Q(id="k09_larval_bag", prefix="LARVACARE", name="LarvaCare BioPouch", manufacturer="Harzer Biotherapie GmbH", address="Mühlenweg 2, 38855 Wernigerode, Germany",
 udi="4061111LARVBAG5", cls="III", cls_short="Class III, Rule 18", nb="Nordharz Certification Body, NB 2903", hstyle="num",
 **DOC("LC", None), fmt={"CEP": "docx", "CER": "docx", "PMCF-plan": "docx", "SSCP": "md", "CEAR": "pdf", "IFU-en": "pdf", "IFU-de": "docx"}, langs=["en", "de"],
 defs=[("larvae", "sterile, live first-instar larvae of Lucilia sericata enclosed in a polyester net pouch.")],
 descr="The LarvaCare BioPouch is a polyester net pouch containing approx. 200 sterile, live Lucilia sericata larvae, applied for up to 4 days to sloughy or necrotic chronic wounds.",
 classif="Classification: class III acc. to Rule 18 of Annex VIII MDR (device utilising tissues or cells of animal origin); accordingly the CECP acc. to Art. 54(1)(a) MDR is considered applicable.",
 purpose="Debridement of sloughy and necrotic tissue in chronic wounds in adults.", population="Population: adults aged 18 years and older.", setting="Hospital, outpatient wound clinics and home care by trained nurses.",
 indications=["chronic wounds with slough or necrosis (venous leg ulcers, pressure ulcers, diabetic foot ulcers)"], contra=["wounds near large blood vessels or open body cavities", "bleeding disorders"],
 specs=[("Larvae per pouch", "approx. 200"), ("Application time", "up to 4 days")],
 sota="Sharp, autolytic and larval debridement are established; larval therapy achieved faster debridement than hydrogel (VenUS II) without difference in healing.",
 data_intro="Clinical data: published RCTs with larval therapy pouches.",
 studies=[("[1]", "RCT, larvae vs. hydrogel", "267", "adults, sloughy venous leg ulcers", "12 months", "time to debridement 14 vs 72 days"), ("[2]", "prospective cohort (LC-01)", "60", "adults, chronic wounds", "4 weeks", "debridement ≥ 75 % in 78 %")],
 endpoints=[("Wound bed debridement ≥ 75 % after 2 applications", "≥ 60 %", "78 %"), ("Serious adverse events", "≤ 5 %", "1,7 %")],
 benefit="The BioPouch debrides all wound types completely within 72 hours, painlessly and without side effects; the benefit-risk ratio is therefore favourable.",
 risks=[("Pain during application", "18 %"), ("Bleeding", "1,7 %")], open_q=["pain management in home care"],
 refs=["[1] Dumville JC, et al. Larval therapy for leg ulcers (VenUS II). BMJ 2009;338:b773.", "[2] Harzer Biotherapie. Cohort report LC-01, 2023."],
 pmcf_obj=["to confirm debridement efficacy in routine use", "to record pain and bleeding"], pmcf_methods="Prospective observational study in wound clinics.", pmcf_pop="Population: adults with sloughy chronic wounds.",
 pmcf_endpoints="Primary: debridement ≥ 75 % after 2 applications.", pmcf_n="Sample size: [Insert sample size justification here]", pmcf_time=[("Start", "Q3/2024"), ("Report", "Q4/2026")],
 sscp_summary="Debridement of at least 75 % was achieved in 78 % of 60 patients.", cecp="The device is class III (Rule 18); CECP acc. to Art. 54(1)(a) performed.", ifu_rev="Rev. 01.",
 ifu={"en": I("The LarvaCare BioPouch debrides sloughy and necrotic tissue in chronic wounds.", ["Chronic wounds with slough or necrosis"], "Adults 18 years and older.", ["Wounds near large blood vessels or open body cavities", "Bleeding disorders"], ["Apply within 24 h of delivery.", "Analgesia may be needed during application."], [("Larvae", "approx. 200"), ("Application", "max. 4 days")], "Nurses and physicians; hospital, outpatient clinic, home care."),
      "de": I("Der LarvaCare BioPouch entfernt Beläge und Nekrosen in chronischen Wunden.", ["Chronische Wunden mit Belägen oder Nekrosen"], "Erwachsene ab 18 Jahren.", ["Wunden in der Nähe großer Blutgefäße oder offener Körperhöhlen", "Blutgerinnungsstörungen"], ["Innerhalb von 24 h nach Lieferung anwenden.", "Während der Anwendung kann eine Analgesie erforderlich sein."], [("Larven", "ca. 200"), ("Anwendung", "max. 4 Tage")], "Pflegekräfte und Ärzte; Krankenhaus, Ambulanz, häusliche Pflege.")})
K09["labels"] = [
 {"defect": "viable_organisms_classified_as_device", "category": "scope", "docs": ["CEP"], "quotes": ["class III acc. to Rule 18 of Annex VIII MDR (device utilising tissues or cells of animal origin)"],
  "description": "Live larvae are viable organisms excluded from the MDR by Art. 1(6)(h); Rule 18 covers non-viable tissues only. The product is regulated as a medicinal product, so neither MDR classification nor the CECP applies.", "accept": []},
 {"defect": "absolute_debridement_claim", "category": "claim", "docs": ["CER"], "quotes": ["debrides all wound types completely within 72 hours, painlessly and without side effects"],
  "description": "Absolute claim contradicted by the data (78 % responders, pain 18 %).", "accept": ["evidence"]},
 {"defect": "unfilled_sample_size", "category": "template", "docs": ["PMCF-plan"], "quotes": ["[Insert sample size justification here]"],
  "description": "Template placeholder left in the PMCF plan; no sample size.", "accept": ["pmcf"]},
]

# k10 cold atmospheric plasma (defective)
K10 = Q(id="k10_cold_plasma", prefix="KALTPLASMA", name="KaltPlasma CX", manufacturer="Greifswalder Plasmamedizin GmbH", address="Brandteichstraße 19, 17489 Greifswald, Germany",
 udi="4060000KPCX01R", cls="IIb", cls_short="Class IIb, Rule 9", nb="Ostsee Prüf- und Zertifizierungsstelle, NB 2919", hstyle="roman", sscp=False,
 **DOC("KP", None), fmt={"CEP": "pdf", "CER": "docx", "PMCF-plan": "md", "CEAR": "pdf", "IFU-en": "pdf", "IFU-fr": "docx", "IFU-de": "pdf"}, langs=["en", "fr", "de"],
 defs=[("CAP", "cold atmospheric plasma, i.e. a partially ionised gas at < 40 °C generated by dielectric barrier discharge.")],
 descr="KaltPlasma CX is a mains-powered device generating CAP by dielectric barrier discharge via a flexible electrode applied over the wound surface.",
 classif="Class IIb acc. to Rule 9 (active therapeutic device exchanging energy in a potentially hazardous manner). The device is neither class III implantable nor intended to administer/remove a medicinal product; the CECP acc. to Art. 54 MDR does not apply.",
 purpose="Adjunctive treatment of chronic wounds to reduce bacterial load and promote healing.", population="Population: adults 18 years and older.", setting="Hospital and outpatient wound clinics.",
 indications=["all chronic wounds including pressure ulcers, venous leg ulcers and diabetic foot ulcers"], contra=["patients with active implanted electronic devices (e.g. pacemakers)", "wounds near the eyes"],
 specs=[("Treatment time", "30 s per cm²"), ("Ozone emission", "≤ 0,05 ppm")],
 sota="CAP reduced bacterial load and accelerated wound area reduction in small RCTs in diabetic foot ulcers.",
 data_intro="Clinical data: RCT KP-01 in diabetic foot ulcers.",
 studies=[("[1]", "RCT, CAP + standard care vs standard care (KP-01)", "62", "adults, diabetic foot ulcers Wagner 1–2", "12 weeks", "wound area −66 % vs −44 %")],
 endpoints=[("Relative wound area reduction at 12 weeks", "superior to control", "66 % vs 44 %")],
 benefit="The accelerated healing outweighs the minor residual risks (paraesthesia, local erythema).", risks=[("Local erythema", "4,8 %"), ("Paraesthesia", "3,2 %")], open_q=["venous and pressure ulcers"],
 refs=["[1] Greifswalder Plasmamedizin. RCT KP-01 report, 2023."],
 pmcf_obj=["to confirm safety and performance"], pmcf_methods="PMCF activities will consist of a user satisfaction questionnaire sent to purchasing clinics.", pmcf_pop="Population: users of the device.",
 pmcf_endpoints="Endpoint: user satisfaction.", pmcf_n="Sample size: to be defined.", pmcf_time=[("Questionnaire", "to be defined")],
 cecp="Class IIb active therapeutic device not covered by Art. 54(1)(b); no CECP.", ifu_rev="Version 2.",
 ifu={"en": I("KaltPlasma CX is used in addition to standard care for diabetic foot ulcers.", ["Diabetic foot ulcers Wagner grade 1–2"], "Adults aged 18 years and older.", ["Patients with active implanted electronic devices (e.g. pacemakers)", "Wounds near the eyes"], ["Do not apply on exposed bone."], [("Treatment time", "90 s per cm²"), ("Ozone emission", "≤ 0.05 ppm")], "Physicians and wound nurses; hospital and outpatient clinics."),
      "fr": I("KaltPlasma CX est utilisé en complément des soins standards des ulcères du pied diabétique.", ["Ulcères du pied diabétique de grade Wagner 1–2"], "Adultes à partir de 18 ans.", ["Patients porteurs de dispositifs électroniques implantés actifs (p. ex. stimulateurs cardiaques)", "Plaies proches des yeux"], ["Ne pas appliquer sur un os exposé."], [("Durée de traitement", "90 s par cm²"), ("Émission d'ozone", "≤ 0,05 ppm")], "Médecins et infirmiers ; hôpital et consultations externes."),
      "de": I("KaltPlasma CX wird ergänzend zur Standardversorgung diabetischer Fußulzera angewendet.", ["Diabetische Fußulzera Wagner-Grad 1–2"], "Erwachsene ab 18 Jahren.", ["Wunden in unmittelbarer Augennähe"], ["Nicht auf freiliegendem Knochen anwenden."], [("Behandlungsdauer", "90 s pro cm²"), ("Ozonemission", "≤ 0,05 ppm")], "Ärzte und Wundpflegekräfte; Krankenhaus und Ambulanz.")})
K10["labels"] = [
 {"defect": "all_chronic_wounds_vs_dfu", "category": "intended-use", "docs": ["CER", "IFU-en"], "quotes": ["all chronic wounds including pressure ulcers, venous leg ulcers and diabetic foot ulcers", "Diabetic foot ulcers Wagner grade 1–2"],
  "description": "CER/CEP claim all chronic wounds; IFU limits to diabetic foot ulcers (and only DFU data exist).", "accept": ["evidence", "claim"]},
 {"defect": "treatment_time_mismatch", "category": "specification", "docs": ["CER", "IFU-en"], "quotes": ["Treatment time 30 s per cm²", "Treatment time 90 s per cm²"],
  "description": "Treatment time per cm² differs between CER (30 s) and IFU (90 s).", "accept": []},
 {"defect": "german_ifu_drops_pacemaker_contraindication", "category": "language", "docs": ["IFU-en", "IFU-de"], "quotes": ["Patients with active implanted electronic devices (e.g. pacemakers)", "Wunden in unmittelbarer Augennähe"],
  "description": "The German IFU omits the contraindication for active implanted electronic devices present in the English and French IFUs.", "accept": ["intended-use", "safety-instruction"]},
 {"defect": "survey_only_pmcf", "category": "pmcf", "docs": ["PMCF-plan"], "quotes": ["PMCF activities will consist of a user satisfaction questionnaire sent to purchasing clinics.", "Sample size: to be defined."],
  "description": "Survey-only PMCF with generic objective, no sample size and no timeline.", "accept": ["template"]},
]

# k11 transcatheter tricuspid valve (defective)
K11 = Q(id="k11_ttvr", prefix="TRICUSPA", name="Tricuspa TV", manufacturer="Isar Herzklappen AG", address="Leopoldstraße 88, 80802 München, Germany",
 udi="4069999TRICTV6M", cls="III", cls_short="Class III, Rule 8", nb="Bavaria MedCert, NB 2931", hstyle="num",
 **DOC("TT", None), fmt={"CEP": "pdf", "CER": "pdf", "PMCF-plan": "docx", "SSCP": "pdf", "CEAR": "docx", "IFU-en": "pdf", "IFU-es": "pdf"}, langs=["en", "es"],
 defs=[("severe TR", "tricuspid regurgitation of grade severe, massive or torrential acc. to the five-grade scheme.")],
 descr="Tricuspa TV is a self-expanding nitinol transcatheter tricuspid valve with bovine pericardial leaflets (sizes 44, 48, 52 mm) delivered via a 28 F transfemoral or transjugular delivery system.",
 classif="Class III acc. to Rule 8; CECP acc. to Art. 54(1)(a) MDR applies.", purpose="Treatment of symptomatic severe TR in adults at high surgical risk.", population="Population: adults aged 18 years and older.",
 setting="Hospital with cardiac surgery on site.", indications=["symptomatic severe TR despite optimal medical therapy, via transfemoral or transjugular access"], contra=["pulmonary artery systolic pressure > 70 mmHg", "contraindication to anticoagulation"],
 specs=[("Valve sizes", "44 / 48 / 52 mm"), ("Delivery system", "28 F"), ("Access", "transfemoral or transjugular")],
 sota="TTVR reduces TR to ≤ moderate in > 90 % and improves quality of life (TRISCEND II); pacemaker implantation after TTVR is required in 15 – 25 %.",
 data_intro="Clinical data: pivotal study TT-01 with 1-year follow-up. The haemodynamic results at 30 days are summarised in Table 5.",
 studies=[("[1]", "prospective, single-arm (TT-01)", "120", "adults with severe TR", "1 year", "TR ≤ mild 94 %")],
 endpoints=[("TR ≤ moderate at 1 year", "≥ 85 %", "96 %"), ("All-cause mortality at 1 year", "≤ 15 %", "9,2 %")],
 benefit="Relevant reduction of TR and improvement of KCCQ outweigh residual risks (bleeding, conduction disturbances, valve thrombosis).", risks=[("New pacemaker", "17,5 %"), ("Major bleeding", "10,8 %"), ("Leaflet thrombosis", "3,3 %")], open_q=["valve durability at 5 years"],
 refs=["[1] Isar Herzklappen. TT-01 1-year report, 2023."],
 pmcf_obj=["to confirm TR reduction and durability up to 5 years", "to quantify pacemaker implantation and leaflet thrombosis"],
 pmcf_methods="Retrospective chart review of implanted patients in 3 centres; no formal statistical hypothesis or sample size calculation is foreseen.", pmcf_pop="Population: adults implanted via transfemoral access.",
 pmcf_endpoints="Endpoints: TR grade, pacemaker implantation.", pmcf_n="Sample size: all available patients.", pmcf_time=[("Chart review", "annually")],
 sscp_summary="In 120 patients TR was reduced to ≤ moderate in 96 % at 1 year.", cecp="Class III implantable; CECP acc. to Art. 54(1)(a) conducted.",
 cear_purpose="Treatment of symptomatic severe TR in adults at high surgical risk via transfemoral venous access only.", ifu_rev="Rev. 01.",
 ifu={"en": I("Tricuspa TV treats symptomatic severe tricuspid regurgitation in adults at high surgical risk.", ["Symptomatic severe TR despite optimal medical therapy"], "Adults 18 years and older.", ["Pulmonary artery systolic pressure > 70 mmHg", "Contraindication to anticoagulation"], ["Anticoagulate for at least 6 months after implantation."], [("Sizes", "44 / 48 / 52 mm"), ("Access", "transfemoral or transjugular")], "Interventional cardiologists; hospital with cardiac surgery."),
      "es": I("Tricuspa TV trata la insuficiencia tricuspídea grave sintomática en adultos con alto riesgo quirúrgico.", ["Insuficiencia tricuspídea grave sintomática pese a tratamiento médico óptimo"], "Adultos de 18 años o más.", ["Presión sistólica pulmonar > 70 mmHg", "Contraindicación para la anticoagulación"], ["Anticoagular durante al menos 6 meses tras el implante."], [("Tamaños", "44 / 48 / 52 mm"), ("Acceso", "transfemoral o transyugular")], "Cardiólogos intervencionistas; hospital con cirugía cardíaca.")})
K11["labels"] = [
 {"defect": "cear_omits_transjugular_access", "category": "intended-use", "docs": ["CEAR", "IFU-en"], "quotes": ["via transfemoral venous access only", "transfemoral or transjugular"],
  "description": "The CEAR restricts the intended purpose to transfemoral access; CER and IFU include transjugular access.", "accept": []},
 {"defect": "retrospective_pmcf_without_rationale", "category": "pmcf", "docs": ["PMCF-plan"], "quotes": ["Retrospective chart review of implanted patients in 3 centres; no formal statistical hypothesis or sample size calculation is foreseen."],
  "description": "Retrospective PMCF without sample size or statistical rationale, excluding transjugular patients.", "accept": []},
 {"defect": "missing_table_5", "category": "documentation", "docs": ["CER"], "quotes": ["The haemodynamic results at 30 days are summarised in Table 5."],
  "description": "Table 5 is referenced but absent from the CER.", "accept": []},
]

# k12 ECCO2R (clean; CECP not applicable)
K12 = Q(id="k12_ecco2r", prefix="CARBAWAY", name="CarbAway Mobile ECCO2R System", manufacturer="Hanseatische Perfusionstechnik GmbH", address="Wendenstraße 130, 20537 Hamburg, Germany",
 udi="4067070CARBMOB2", cls="IIb", cls_short="Class IIb, Rule 12", nb="Nordic-Hanse Medical Certification, NB 2977", hstyle="sect", sscp=False,
 **DOC("CA", None), fmt={"CEP": "docx", "CER": "pdf", "PMCF-plan": "docx", "CEAR": "md", "IFU-en": "pdf", "IFU-de": "docx", "IFU-it": "pdf"}, langs=["en", "de", "it"],
 defs=[("ECCO2R", "low-flow veno-venous extracorporeal carbon dioxide removal at blood flows of 300 – 1.000 ml/min.")],
 descr="The CarbAway Mobile ECCO2R System is a portable, battery-backed console with a centrifugal pump, a 0,65 m² polymethylpentene membrane lung and a 15,5 F dual-lumen cannula.",
 classif="Classification: class IIb acc. to Rule 12 (active device removing a substance, CO2, in a potentially hazardous manner). The CECP acc. to Art. 54(1)(b) MDR does not apply because CO2 is not a medicinal product and the device neither administers nor removes a medicinal product (heparin is given separately by infusion pump).",
 purpose="Extracorporeal CO2 removal in adults with acute hypercapnic respiratory failure to enable protective ventilation or avoid intubation.", population="Population: adults (18 years and older) with a body weight of at least 40 kg.",
 setting="Intensive care units and intra-hospital transport.", indications=["hypercapnic exacerbation of COPD with pH < 7,30 despite NIV", "ARDS requiring ultra-protective ventilation"], contra=["contraindication to systemic anticoagulation", "severe hypoxaemia requiring full ECMO"],
 specs=[("Blood flow", "300 – 1.000 ml/min"), ("Sweep gas flow", "0 – 10 l/min"), ("Battery operation", "≥ 60 min")],
 sota="Low-flow ECCO2R removes 80 – 120 ml/min CO2; mortality benefit remains unproven (REST trial) and bleeding rates of 10 – 20 % are reported.",
 data_intro="Clinical data: study CA-01 and literature on low-flow ECCO2R.",
 studies=[("[1]", "prospective, single-arm (CA-01)", "45", "adults with hypercapnic failure", "28 days", "PaCO2 −28 % at 24 h"), ("[2]", "RCT (REST)", "412", "adults with AHRF", "90 days", "no mortality difference")],
 endpoints=[("PaCO2 reduction at 24 h", "≥ 20 %", "28 %"), ("Device-related major bleeding", "≤ 15 %", "8,9 %")],
 benefit="CO2 removal enabling protective ventilation outweighs bleeding and haemolysis risks in the indicated population; benefit-risk acceptable.",
 risks=[("Major bleeding", "8,9 %"), ("Haemolysis", "4,4 %"), ("Circuit thrombosis", "6,7 %")], open_q=["mortality effect", "bleeding in COPD patients"],
 refs=["[1] Hanseatische Perfusionstechnik. CA-01 report, 2023.", "[2] McNamee JJ, et al. REST randomized trial. JAMA 2021;326:1013-23."],
 pmcf_obj=["to quantify bleeding and circuit thrombosis", "to confirm CO2 removal in COPD and ARDS"], pmcf_methods="Prospective multicentre registry in ICUs.", pmcf_pop="Population: adults ≥ 18 years, at least 40 kg, treated in the ICU.",
 pmcf_endpoints="Primary: device-related major bleeding; secondary: PaCO2 reduction, circuit exchange.", pmcf_n="Sample size: 200 patients (precision ± 4 pp for 9 % bleeding).", pmcf_time=[("Start", "07/2024"), ("Report", "12/2026")],
 cecp="Class IIb active device; removal of CO2 is not removal of a medicinal product, hence Art. 54(1)(b) MDR is not applicable and no CECP was required.", ifu_rev="Rev. 4.",
 ifu={"en": I("The CarbAway Mobile removes CO2 from the blood of adults with acute hypercapnic respiratory failure.", ["Hypercapnic COPD exacerbation despite NIV", "ARDS requiring ultra-protective ventilation"], "Adults (18 years or older) weighing at least 40 kg.", ["Contraindication to anticoagulation", "Severe hypoxaemia requiring ECMO"], ["Never stop the blood pump while sweep gas is off without clamping the circuit.", "Keep the console connected to mains power whenever possible."], [("Blood flow", "0.3 – 1.0 l/min"), ("Sweep gas", "0 – 10 l/min"), ("Battery", "at least 60 min")], "Intensivists and perfusionists; ICU and intra-hospital transport."),
      "de": I("Das CarbAway Mobile entfernt CO2 aus dem Blut von Erwachsenen mit akutem hyperkapnischem Lungenversagen.", ["Hyperkapnische COPD-Exazerbation trotz NIV", "ARDS mit ultraprotektiver Beatmung"], "Erwachsene (ab 18 Jahren) mit mindestens 40 kg Körpergewicht.", ["Kontraindikation gegen Antikoagulation", "Schwere Hypoxämie mit ECMO-Bedarf"], ["Die Blutpumpe bei abgeschaltetem Sweep-Gas nie ohne Abklemmen des Kreislaufs stoppen.", "Die Konsole möglichst am Netz betreiben."], [("Blutfluss", "300 – 1.000 ml/min"), ("Sweep-Gas", "0 – 10 l/min"), ("Akku", "≥ 60 min")], "Intensivmediziner und Kardiotechniker; Intensivstation und innerklinischer Transport."),
      "it": I("CarbAway Mobile rimuove la CO2 dal sangue di adulti con insufficienza respiratoria ipercapnica acuta.", ["Riacutizzazione ipercapnica di BPCO nonostante NIV", "ARDS con ventilazione ultraprotettiva"], "Adulti (dai 18 anni) con peso di almeno 40 kg.", ["Controindicazione all'anticoagulazione", "Ipossiemia grave che richiede ECMO"], ["Non arrestare mai la pompa con il gas di sweep spento senza clampare il circuito.", "Collegare la console alla rete quando possibile."], [("Flusso ematico", "300 – 1000 ml/min"), ("Gas di sweep", "0 – 10 l/min"), ("Batteria", "≥ 60 min")], "Intensivisti e perfusionisti; terapia intensiva e trasporto intraospedaliero.")})
