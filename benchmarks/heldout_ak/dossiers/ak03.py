"""ak03 – solid silicone scleral buckling elements for rhegmatogenous retinal detachment. Class IIb
implantable (Rule 8): CECP not required. CLEAN dossier; near-misses: mm vs cm, age range notation
[18; 85] vs 18-85 vs 18 to 85, decimal commas, contraindications phrased differently."""
import common as C

NAME = "Retinova SB scleral buckling elements"
D = dict(
    dossier="ak03_sclerabuckle",
    device="Retinova SB – solid silicone scleral buckling bands and segments for rhegmatogenous retinal detachment",
    cls_label="IIb", cls="IIb", rule="Annex VIII, Rule 8 (implantable device)",
    company="Oculaire NV", addr="Technologiepark-Zwijnaarde 90, 9052 Ghent, Belgium", srn="BE-MF-000052260",
    name=NAME, model="SB-240 band, SB-276/277/279 segments", udi="5430002SB2400RN9",
    abbr_sentence=("The device is used in the surgical repair of rhegmatogenous retinal detachment (RRD), in "
                   "particular in phakic patients and in detachments associated with retinal dialysis or "
                   "atrophic holes; scleral buckling (SB) and pars plana vitrectomy (PPV) are abbreviated as such."),
    cecp_text=("The device is a class IIb implantable device which is neither class III nor active; Article "
               "54(1) MDR is therefore not applicable and no clinical evaluation consultation procedure (CECP) "
               "is to be expected."),
    purpose=("The Retinova SB elements are intended to be sutured permanently onto the sclera in order to "
             "indent the eye wall beneath one or more retinal breaks, whereby the breaks are closed and the "
             "retina is reattached, in the surgical treatment of RRD."),
    population="adult patients aged [18; 85] years with primary RRD.",
    indications=["Primary RRD with one or more retinal breaks, phakic or pseudophakic eyes",
                 "RRD associated with retinal dialysis",
                 "Supplementary encircling buckle in combination with PPV at the surgeon's discretion"],
    contraindications=["Scleral thinning (scleromalacia) at the intended suture sites such that sutures cannot be anchored",
                       "Active external ocular or periocular infection",
                       "Known hypersensitivity to silicone"],
    users=("vitreoretinal surgeons, in an operating theatre under local or general anaesthesia."),
    description=[
        "The elements are manufactured from implant-grade, peroxide-cured solid silicone elastomer (Shore A "
        "hardness 60 ± 5), without radiopaque filler, and are supplied as encircling bands (SB-240, width "
        "2.5 mm), and as grooved segments (SB-276, SB-277, SB-279; widths 7.0 to 9.0 mm) for radial or "
        "circumferential placement, in combination with the bands through the groove, inter alia.",
        "The buckle height obtained is a function of the element cross-section and of the suture bite; the "
        "resulting indentation is permanent, no absorption or chemical change occurring in the body, which "
        "was confirmed by the biological evaluation according to ISO 10993-1 (implant, permanent contact)."],
    spec_caption="Table 1. Dimensions of the elements",
    specs=[["SB-240 encircling band", "width 2.5 mm†, thickness 0.6 mm, length 125 mm a"],
           ["SB-276 grooved segment", "width 7.0 mm, height 2.5 mm, groove 2.5 mm"],
           ["SB-277 grooved segment", "width 8.0 mm, height 2.75 mm"],
           ["SB-279 grooved segment", "width 9.0 mm, height 3.0 mm"],
           ["Sterilisation", "Steam, SAL 1.0 × 10^-6"]],
    spec_notes=["a All lengths can be trimmed intra-operatively. † Tolerance ±0.1 mm for widths."],
    sota=[
        "RRD has an annual incidence of approximately 1 in 10 000 [1]; the treatment options are SB, PPV, "
        "pneumatic retinopexy and combinations thereof. The randomised SPR study showed a comparable "
        "single-surgery anatomical success of SB and PPV in phakic eyes (63.6% versus 63.8%) and a better "
        "result of SB with respect to visual acuity in phakic patients [2].",
        "Primary single-surgery anatomical success rates of 80% to 92% for SB have been reported in "
        "contemporary series; the principal device-related complications are explant exposure or extrusion "
        "(1% to 5%), explant infection (0.5% to 2%) and strabismus with diplopia (up to 5%) [3, 4], while a "
        "myopic shift of approximately 1.0 to 2.0 dioptres (D) is expected with encircling bands."],
    search_date="20 January 2025", search_n=(892, 641, 12),
    lit=[["[2]", "RCT", "681", "RRD, phakic and pseudophakic", "12 mo", "Single-surgery success 63.6% (SB, phakic)"],
         ["[3]", "Retrospective", "1 012", "Primary RRD, adults", "24 mo", "Success 86.1%; extrusion 2.4%"],
         ["[4]", "Systematic review", "7 450", "RRD, SB (solid silicone)", "≥ 6 mo", "Infection 0.9% (95% CI 0.6 to 1.3)"],
         ["SB-RETRO", "Retrospective, own device", "312", "Primary RRD, 19 to 84 years", "12 mo", "Success 88.1% (95% CI 84.0 to 91.5)"]],
    lit_notes=["mo, months. The SB-RETRO series was obtained in 3 Belgian centres with the device under evaluation (predecessor with identical material and dimensions, CE-marked since 2009)."],
    clin=["The retrospective series SB-RETRO (2017-2022) comprised 312 eyes of 309 patients aged 19 to 84 years "
          "(mean 57.2 ± 12.4 years); primary anatomical success at 12 months was achieved in 275 of 312 eyes "
          "(88.1%). Explant extrusion occurred in 6 eyes (1.9%), explant infection in 2 eyes (0.6%) and "
          "persistent diplopia in 9 patients (2.9%).",
          "In the post-market surveillance (PMS) data for 2019-2024 (approximately 1.8 × 10^4 elements "
          "sold), 11 complaints were recorded, none of which was a serious incident."],
    equiv=("No equivalence is claimed. The predecessor device (same manufacturer, identical material, design "
           "and intended purpose, certified under Directive 93/42/EEC) is regarded as the device itself for "
           "the purpose of the clinical evaluation, the MDR changes being limited to labelling."),
    safety=[["Explant extrusion or exposure", "6 of 312 (1.9%)", "1% to 5% [3, 4]"],
            ["Explant infection", "2 of 312 (0.6%)", "0.5% to 2% [4]"],
            ["Persistent diplopia", "9 of 309 (2.9%)", "≤ 5% [3]"],
            ["Myopic shift (encircling)", "mean 1.4 ± 0.8 D", "1.0 to 2.0 D"]],
    risks=["explant extrusion", "explant infection", "strabismus and diplopia", "myopic shift", "anterior segment ischaemia (encircling bands)"],
    performance=["The clinical benefit is the reattachment of the retina after a single surgery, with "
                 "preservation or improvement of best-corrected visual acuity (BCVA); the benefit is "
                 "demonstrated by the device data (88.1%) and the SOTA (80% to 92%)."],
    br=("The benefit-risk ratio is favourable, untreated RRD leading to blindness of the affected eye, and "
        "the complication rates of the device lying within the SOTA ranges."),
    conclusion=("Conformity with GSPR 1 and 8 is demonstrated for adults aged 18 to 85 years with primary RRD; "
                "the long-term extrusion rate beyond 24 months will be confirmed by PMCF."),
    pmcf_summary="The PMCF registry SB-REG (n = 150 eyes, 24 months) is described in OC-PMCF-003.",
    cer_authors="Prof. dr. H. De Smet (ophthalmologist, PhD), dr. E. Maes (PhD, biostatistics), A. Wouters (MSc, regulatory affairs)",
    cep_ref="OC-CEP-003 v1.0",
    benefits=[["Retinal reattachment", "Single-surgery anatomical success at 6 months", "≥ 80%"],
              ["Visual function", "BCVA change (logMAR) at 6 months", "Non-inferior to SOTA, mean improvement ≥ 0.2 logMAR in macula-off RRD"],
              ["Safety", "Explant extrusion or infection at 24 months", "≤ 5%"]],
    devplan="No clinical investigation is considered necessary; the device data SB-RETRO and PMS data are complemented by the PMCF registry SB-REG.",
    pico=("adults with primary RRD", "SB with solid silicone elements", "PPV, pneumatic retinopexy",
          "anatomical success, BCVA, extrusion, infection"),
    br_criteria="The benefit-risk ratio shall be acceptable if the acceptance criteria of Table 1 are met.",
    refs=["[1] Mitry D et al. Br J Ophthalmol 2010;94:678-84.",
          "[2] Heimann H et al. Ophthalmology 2007;114:2142-54.",
          "[3], [4] Literature database OC-LIT-2025 (full texts in Annex 4)."],
    pmcf=dict(
        rationale=("Residual uncertainty exists with respect to late explant extrusion beyond 24 months and to "
                   "the performance in pseudophakic eyes, which were under-represented (21%) in SB-RETRO."),
        objectives=["To confirm single-surgery anatomical success ≥ 80% at 6 months",
                    "To estimate the cumulative explant extrusion and infection rate at 24 months",
                    "To estimate success separately in pseudophakic eyes"],
        design="Prospective multicentre registry SB-REG in 4 vitreoretinal centres (Ghent, Leuven, Rotterdam, Lille).",
        population="adults aged 18 to 85 years with primary RRD treated with Retinova SB elements, including pseudophakic eyes (target ≥ 40 eyes).",
        n=("150 eyes; with an expected success of 88% the 95% CI half-width is ±5.2%; with an expected "
           "extrusion rate of 2%, 150 eyes give a probability of 95% to observe at least one event if the true rate is 2%."),
        endpoints=["Single-surgery anatomical success at 6 months", "BCVA (logMAR)", "Extrusion, infection, diplopia at 24 months"],
        general=["Complaint trending", "Annual literature review", "Review of vigilance databases"],
        timeline=[["First eye in", "Q2 2025"], ["6-month analysis", "Q3 2026"], ["Final report (24 months)", "Q4 2027"]],
        link="Objectives 2 and 3 correspond to the residual risks of extrusion and infection and to the open question on pseudophakic eyes (CER Section 9).",
        lines=False),
)
EN = dict(name=NAME, title_line="Sterile. For single use. Rx only.",
          purpose=D["purpose"], population="Adults (18-85 years) with primary RRD.",
          indications=D["indications"],
          contraindications=["Sclera too thin to hold sutures at the site of the buckle", "Active infection of the eye or of the eyelids",
                             "Hypersensitivity to silicone elastomer"],
          users="Vitreoretinal surgeons; operating theatre.",
          warnings=["Do not re-sterilise.", "Avoid excessive tightening of encircling bands (risk of anterior segment ischaemia).",
                    "Inform the patient that a myopic shift of about 1 to 2 dioptres may occur."],
          specs=[["SB-240 band", "width 0.25 cm, thickness 0.06 cm, length 12.5 cm"], ["SB-276", "width 0.70 cm"],
                 ["SB-277", "width 0.80 cm"], ["SB-279", "width 0.90 cm"], ["Sterilisation", "steam"]],
          side="Extrusion or exposure of the explant, infection, double vision, change of refraction.")
D["ifu"] = {
    "en": EN,
    "fr": dict(name=NAME, title_line="Stérile. À usage unique.",
               purpose=("Les éléments Retinova SB sont destinés à être suturés de façon permanente sur la sclère afin d'indenter la paroi "
                        "oculaire sous les déchirures rétiniennes, dans le traitement chirurgical du décollement de rétine rhegmatogène (DRR)."),
               population="Adultes de 18 à 85 ans atteints d'un DRR primaire.",
               indications=["DRR primaire avec une ou plusieurs déchirures, œil phaque ou pseudophaque", "DRR associé à une désinsertion rétinienne",
                            "Cerclage complémentaire associé à une vitrectomie, à l'appréciation du chirurgien"],
               contraindications=["Sclère amincie ne permettant pas l'ancrage des sutures", "Infection oculaire ou périoculaire active",
                                  "Hypersensibilité connue au silicone"],
               users="Chirurgiens vitréo-rétiniens, au bloc opératoire.",
               warnings=["Ne pas restériliser.", "Éviter un serrage excessif du cerclage (risque d'ischémie du segment antérieur)."],
               specs=[["Bande SB-240", "largeur 2,5 mm, épaisseur 0,6 mm"], ["SB-276", "largeur 7,0 mm"], ["SB-277", "largeur 8,0 mm"],
                      ["SB-279", "largeur 9,0 mm"]]),
    "it": dict(name=NAME, title_line="Sterile. Monouso.",
               purpose=("Gli elementi Retinova SB sono destinati ad essere suturati in modo permanente sulla sclera per indentare la parete "
                        "oculare in corrispondenza delle rotture retiniche, nel trattamento chirurgico del distacco di retina regmatogeno (DRR)."),
               population="Pazienti adulti da 18 a 85 anni con DRR primario.",
               indications=["DRR primario con una o più rotture, occhio fachico o pseudofachico", "DRR associato a dialisi retinica",
                            "Cerchiaggio supplementare in combinazione con vitrectomia"],
               contraindications=["Assottigliamento sclerale che impedisce l'ancoraggio delle suture", "Infezione oculare o perioculare in atto",
                                  "Ipersensibilità nota al silicone"],
               users="Chirurghi vitreoretinici, in sala operatoria.",
               warnings=["Non risterilizzare.", "Evitare un serraggio eccessivo della banda (rischio di ischemia del segmento anteriore)."],
               specs=[["Banda SB-240", "larghezza 2,5 mm"], ["SB-276", "larghezza 7,0 mm"], ["SB-277", "larghezza 8,0 mm"], ["SB-279", "larghezza 9,0 mm"]],
               lines=False),
    "lt": dict(name=NAME, title_line="Sterilu. Vienkartinio naudojimo.",
               purpose=("Retinova SB elementai skirti visam laikui prisiūti prie skleros, kad būtų įspausta akies sienelė po tinklainės "
                        "plyšiais, chirurginiam regmatogeninės tinklainės atšokos (RTA) gydymui."),
               population="Suaugę pacientai nuo 18 iki 85 metų, sergantys pirmine RTA.",
               indications=["Pirminė RTA su vienu ar keliais plyšiais, fakinė ar pseudofakinė akis", "RTA, susijusi su tinklainės dialize",
                            "Papildoma juostinė plomba kartu su vitrektomija"],
               contraindications=["Suplonėjusi sklera, kurioje negalima įtvirtinti siūlų", "Aktyvi akies ar vokų infekcija",
                                  "Padidėjęs jautrumas silikonui"],
               users="Vitreoretinalinės chirurgijos specialistai, operacinėje.",
               warnings=["Pakartotinai nesterilizuoti.", "Per stipriai neveržkite juostos (priekinio segmento išemijos rizika)."],
               specs=[["SB-240 juosta", "plotis 2,5 mm"], ["SB-276", "plotis 7,0 mm"], ["SB-277", "plotis 8,0 mm"], ["SB-279", "plotis 9,0 mm"]]),
}
D["sscp"] = dict(
    purpose="Permanent silicone elements sutured onto the outer wall of the eye (sclera) to close retinal breaks in rhegmatogenous retinal detachment.",
    population="Adults 18 to 85 years with primary rhegmatogenous retinal detachment, with or without a previous cataract operation.",
    contra="Thin sclera which cannot hold sutures; active infection of the eye or eyelids; allergy to silicone.",
    description="Encircling band 0.25 cm wide and grooved segments 0.7 to 0.9 cm wide made of solid silicone; they are not absorbed.",
    risks="Extrusion of the element (about 2 in 100 eyes), infection (less than 1 in 100), double vision (about 3 in 100), change of spectacle correction.",
    clinical="In 312 eyes treated with the device the retina was reattached after one operation in 88 of 100 eyes. A registry of 150 eyes with 24 months follow-up is ongoing.",
    alternatives="Vitrectomy with gas or silicone oil tamponade; pneumatic retinopexy; laser retinopexy for breaks without detachment.",
    users="Vitreoretinal surgeons.")
D["cear"] = dict(
    type="Initial certification under the MDR (device previously certified under Directive 93/42/EEC)",
    docs="OC-CEP-003 v1.0; OC-CER-003 v1.2; OC-PMCF-003 v1.0; IFU SB (EN, FR, IT, LT) rev. 5; SSCP-SB rev. 0.",
    reviewers="Dr. Athanasios Karagiannis, MD, ophthalmologist (vitreoretinal surgery), clinical reviewer; Ms. Sofia Dimitriou, MSc, materials engineer.",
    description=("The under evaluation device consists of solid silicone encircling bands and grooved segments for "
                 "permanent scleral buckling in primary RRD of adult patients aged 18 to 85 years."),
    purpose=D["purpose"],
    cecp="Not applicable; the under evaluation device is class IIb implantable and does not fall under Article 54(1)(a) or (b) MDR.",
    sota="The SOTA, with the SPR randomised study and the contemporary series as benchmarks, is considered adequate.",
    lit="The literature search is considered appropriate and reproducible.",
    ci="No clinical investigation was performed; the data of the device under the Directive (SB-RETRO, PMS) are considered sufficient for the demonstration of conformity for a well-established technology.",
    br="The benefit-risk is acceptable. The PMCF registry SB-REG is specific to the residual risks and includes pseudophakic eyes.",
    findings=[("Anterior segment ischaemia",
               "It is requested from the Manufacturer to add a warning regarding excessive tightening of encircling bands. The IFU was revised; closed.")],
    conclusion="The clinical evidence is sufficient for the demonstration of conformity with the relevant GSPRs.",
)

DOCS = [
    ("OC-CEP-003_RetinovaSB_v1.0.pdf", "CEP", "en", lambda d: C.cep(d, "OC-CEP-003", "1.0", "2024-11-04")),
    ("OC-CER-003_RetinovaSB_v1.2.pdf", "CER", "en", lambda d: C.cer(d, "OC-CER-003", "1.2", "2025-02-27")),
    ("OC-PMCF-003_v1.0.docx", "PMCF-plan", "en", lambda d: C.pmcf(d, "OC-PMCF-003", "1.0", "2025-02-27")),
    ("IFU_SB_EN_rev5.docx", "IFU", "en", lambda d: C.ifu(d, "en", "IFU Retinova SB EN rev. 5")),
    ("IFU_SB_FR_rev5.pdf", "IFU", "fr", lambda d: C.ifu(d, "fr", "IFU Retinova SB FR rev. 5")),
    ("IFU_SB_IT_rev5.docx", "IFU", "it", lambda d: C.ifu(d, "it", "IFU Retinova SB IT rev. 5")),
    ("IFU_SB_LT_rev5.pdf", "IFU", "lt", lambda d: C.ifu(d, "lt", "IFU Retinova SB LT rev. 5")),
    ("SSCP-SB_rev0.md", "SSCP", "en", lambda d: C.sscp(d, "SSCP-SB", "0")),
    ("HIMDC_CEAR_2025-064.docx", "CEAR", "en", lambda d: C.cear(d, "CEAR 2025-064", "2025-05-12")),
]
LABELS = []
