"""e05: lumbar interbody fusion cage (class III implantable, spinal column). Defective."""

from elib import Doc, Dossier
from ecommon import appendices

DOSSIER_ID = "e05_cage"
MFR = "Kestrel Spine Technologies Ltd"
ADDR = "Unit 4, Galway Business Park, Dangan, Galway H91 X2E5, Ireland"
SRN = "IE-MF-000014406"
UDI = "5391528VRTLIFC9D"
NB = "Hibernia Conformity Assessment Ltd (Notified Body 2960)"

H_CER = "Implant heights range from 8 mm to 14 mm in 1 mm increments"
H_IFU = "8–16 mm (1 mm increments)"
APPROACH_OK = "through a posterior (PLIF), transforaminal (TLIF) or lateral retroperitoneal (LLIF) approach"
APPROACH_CEAR = "implanted through a posterior or transforaminal approach"
OVINE_ROW = "Ovine lumbar interbody fusion model, 24 skeletally mature sheep"
OVINE_CLAIM = "The 96% fusion rate reported by Brennan et al. confirms the fusion performance of Vertaline cages in patients."
REV_CEAR = "Clinical Evaluation Report KST-CER-031 Rev. C (November 2023)"
REV_CER = "Document KST-CER-031, Revision E, issued February 12, 2025"

RISKS = ["Non-union (pseudarthrosis)", "Cage subsidence", "Cage migration or expulsion", "Nerve root injury or radiculopathy",
         "Dural tear", "Surgical site infection", "Vascular or visceral injury",
         "Transient thigh numbness or hip flexor weakness (lateral approach)", "Adjacent segment degeneration",
         "Reoperation"]
RISK_RATES = ["11.6%", "5.8%", "1.2%", "2.3%", "3.5%", "2.3%", "0%", "20.0% of LLIF patients (3/15), resolved by 6 months",
              "not observed at 12 months", "2.3%"]


def cep():
    d = Doc("Clinical Evaluation Plan", subtitle="Vertaline Interbody Fusion System",
            meta=[("Document", "KST-CEP-030"), ("Revision", "D"), ("Date", "September 3, 2024")], header="KST-CEP-030 Rev. D")
    d.h("1. Device and classification")
    d.p("Vertaline cages are 3D-printed porous titanium alloy (Ti-6Al-4V ELI) interbody spacers for lumbar fusion, "
        "supplied sterile in PLIF/TLIF and LLIF footprints, lordosis 0°, 6° and 12°. Implantable devices in contact "
        "with the spinal column are class III under Annex VIII Rule 8; the consultation procedure of Article 54(1)(a) "
        "applies.")
    d.h("2. Intended purpose")
    d.p("Vertaline cages are intended for intervertebral body fusion of the lumbar spine from L2 to S1 at one or two "
        "contiguous levels, " + APPROACH_OK + ", packed with autograft and/or allograft bone and used with supplemental "
        "posterior fixation.")
    d.h("3. Target group")
    d.p("Skeletally mature patients with degenerative disc disease, with up to grade I spondylolisthesis, who have "
        "had at least six months of non-operative treatment. Contraindications: active infection, osteoporosis "
        "(T-score below −2.5), known titanium allergy, pregnancy, prior fusion at the index level.")
    d.h("3.1 Outcome parameters and acceptance criteria")
    d.table(["Parameter", "Time point", "Acceptance criterion"], [
        ["Radiographic fusion (CT)", "12 months", "≥ 85%"],
        ["Oswestry Disability Index (ODI) improvement", "12 months", "≥ 15 points"],
        ["Subsidence > 2 mm", "12 months", "≤ 10%"],
        ["New neurological deficit", "12 months", "≤ 3%"],
        ["Reoperation at the index level", "12 months", "≤ 5%"]], widths=(45, 20, 35))
    d.h("4. Evidence strategy")
    d.p("Device data come from a retrospective multicenter review of the first implants (KST-RETRO-01); the state of the "
        "art comes from systematic reviews of titanium and PEEK lumbar cages. No equivalence is claimed.")
    d.h("5. Benefit-risk")
    d.p("The benefit-risk is acceptable if all criteria in 3.1 are met and the adverse-event profile is within the "
        "range reported for lumbar interbody fusion.")
    return d


CER_CTX = {'name': 'Vertaline Interbody Fusion System',
 'databases': 'PubMed, Embase and Cochrane',
 'period': 'January 2010 to December 2024',
 'records': '742',
 'retained': '11',
 'gspr': [('GSPR 1 and 8', 'KST-RETRO-01: fusion 88.4%, ODI improvement 21.6 points'),
          ('GSPR 10', 'No material-related adverse event in 86 patients'),
          ('GSPR 23', 'IFU and SSCP reviewed against this report')],
 'evaluators': ['Dr. Ciarán Doyle, FRCS, consultant spinal surgeon',
                'Niamh Kelleher, MSc, clinical evaluation specialist'],
 'update': 'The report is updated every year.'}


def cer():
    d = Doc("Clinical Evaluation Report – Vertaline Interbody Fusion System", subtitle=REV_CER,
            meta=[("Manufacturer", f"{MFR}, {ADDR}"), ("SRN", SRN), ("Basic UDI-DI", UDI),
                  ("Plan", "KST-CEP-030 Rev. D")], header="KST-CER-031 Rev. E")
    d.h("1. Executive summary")
    d.p("Clinical data from 86 patients treated with Vertaline cages, supported by literature, show that the system "
        "meets the acceptance criteria of KST-CEP-030 Rev. D.")
    d.h("2. Device description")
    d.p("The cages are additively manufactured from Ti-6Al-4V ELI with a 65% porous lattice and a solid rim. " + H_CER +
        ", in lordotic angles of 0°, 6° and 12°. PLIF/TLIF footprints measure 10 × 26 mm and 10 × 30 mm; LLIF "
        "footprints measure 18 mm wide and 45 to 60 mm long. Class III (Rule 8, implantable device in contact with the spinal column).")
    d.h("3. Intended purpose and indications")
    d.p("Lumbar intervertebral body fusion (L2–S1), one or two contiguous levels, " + APPROACH_OK + ", in skeletally "
        "mature patients with degenerative disc disease (with up to grade I spondylolisthesis) after at least six months "
        "of non-operative care. The cages are filled with autograft and/or allograft and used with supplemental "
        "posterior fixation.")
    d.h("4. State of the art")
    d.p("Lumbar interbody fusion is an established treatment for symptomatic degenerative disc disease that fails "
        "conservative care. Systematic reviews report 12-month fusion rates of 85–95% for titanium and PEEK cages, "
        "ODI improvements of 15–30 points and subsidence rates of 5–15% [1–3]. Porous titanium is associated with "
        "earlier fusion than PEEK in some comparative studies [2].")
    d.h("5. Clinical data")
    d.table(["Reference", "Population / model", "n", "Follow-up", "Outcome"], [
        ["KST-RETRO-01 [4]", "Retrospective review, 5 US and EU centers, DDD L2–S1 (PLIF 31, TLIF 40, LLIF 15)", "86", "12 months", "Fusion 88.4%"],
        ["Brennan 2019 [5]", OVINE_ROW, "24", "12 weeks", "Radiographic fusion 96%"],
        ["Makino 2021 [2]", "Meta-analysis, titanium vs PEEK lumbar cages", "1,318", "12–24 months", "State of the art"],
        ["Tan 2020 [3]", "Systematic review of subsidence after TLIF", "2,045", "≥ 12 months", "State of the art"]],
        widths=(18, 38, 8, 14, 22))
    d.p(OVINE_CLAIM + " The retrospective series confirms clinical benefit in the intended population.")
    d.h("6. Results against acceptance criteria")
    d.table(["Parameter", "Criterion", "KST-RETRO-01", "Met"], [
        ["Fusion (CT), 12 months", "≥ 85%", "88.4%", "Yes"], ["ODI improvement", "≥ 15 points", "21.6 points", "Yes"],
        ["Subsidence > 2 mm", "≤ 10%", "5.8%", "Yes"], ["New neurological deficit", "≤ 3%", "2.3%", "Yes"],
        ["Reoperation at the index level", "≤ 5%", "2.3%", "Yes"]], widths=(40, 20, 25, 15))
    d.h("7. Safety")
    d.table(["Adverse event", "Rate (n = 86, 12 months)"], list(zip(RISKS, RISK_RATES)), widths=(60, 40))
    d.h("8. Benefit-risk")
    d.p("Pain and disability improve markedly; adverse events are in the range reported for interbody fusion. The "
        "benefit-risk is favorable.")
    d.h("9. PMCF")
    d.p("A prospective PMCF study (KST-PMCF-032) will collect 24-month fusion and safety data in 200 patients.")
    d.h("10. Conclusions")
    d.p("The Vertaline Interbody Fusion System conforms to GSPR 1, 8 and 10 for the intended purpose.")
    d.h("References")
    d.ol(["Lee CS et al. Lumbar interbody fusion outcomes: a systematic review. Spine J. 2019;19:1020-33.",
          "Makino T et al. Titanium versus PEEK cages in lumbar interbody fusion: meta-analysis. Eur Spine J. 2021;30:2451-62.",
          "Tan JH et al. Subsidence after transforaminal lumbar interbody fusion. Global Spine J. 2020;10:625-34.",
          "Kestrel Spine Technologies. KST-RETRO-01 retrospective clinical data report, 2024.",
          "Brennan MA et al. Osseointegration of porous titanium interbody cages in an ovine model. J Orthop Res. 2019;37:1421-30."])
    appendices(d, CER_CTX, 1)
    return d


def pmcf():
    d = Doc("PMCF Plan – Vertaline Interbody Fusion System", meta=[
        ("Document", "KST-PMCF-032"), ("Revision", "B"), ("Date", "February 20, 2025"), ("CER", "KST-CER-031 Rev. E")],
        header="KST-PMCF-032 Rev. B")
    d.h("Objectives")
    d.ul(["Confirm fusion at 12 and 24 months in a prospective cohort (CER open question: only retrospective device data).",
          "Quantify subsidence and migration by footprint and approach (residual risks RR-02, RR-03).",
          "Monitor lumbar plexus symptoms after lateral implantation (RR-08).",
          "Detect off-label use (cervical or thoracic implantation, stand-alone use)."])
    d.h("Design")
    d.p("Prospective, multicenter, single-arm post-market study at 8 European sites. Consecutive eligible patients "
        "treated by PLIF, TLIF or LLIF within the labeled indications are enrolled. CT at 12 months; radiographs and "
        "ODI/VAS at 6 weeks, 3, 12 and 24 months.")
    d.h("Sample size")
    d.p("200 patients: for an expected fusion rate of 90%, 170 evaluable patients give a 95% confidence interval "
        "half-width of ±4.5%; 15% loss to follow-up is anticipated. At least 40 LLIF patients are enrolled for the "
        "lateral-approach objective.")
    d.h("Further activities")
    d.p("Spine Tango registry data review yearly; literature search every 6 months; complaint trending.")
    d.h("Timeline")
    d.table(["Milestone", "Date"], [["First patient in", "Q2 2025"], ["Last patient in", "Q2 2026"],
                                    ["12-month interim report", "Q3 2027"], ["Final 24-month report", "Q3 2028"]], widths=(50, 50))
    return d


def ifu_en():
    d = Doc("Vertaline™ Interbody Fusion System", subtitle="Instructions for Use",
            meta=[("IFU", "KST-IFU-033 Rev. F"), ("Manufacturer", f"{MFR}, {ADDR}"), ("Basic UDI-DI", UDI)],
            header="KST-IFU-033 Rev. F – English")
    d.h("Indications")
    d.p("Vertaline cages are indicated for intervertebral body fusion at one or two contiguous levels from L2 to S1 in "
        "skeletally mature patients with degenerative disc disease, with up to grade I spondylolisthesis, after at least "
        "six months of non-operative treatment. The cages are implanted " + APPROACH_OK + ", filled with autograft "
        "and/or allograft bone, and must be used with supplemental posterior fixation.")
    d.h("Contraindications")
    d.ul(["Active systemic or local infection", "Osteoporosis (T-score below −2.5)", "Known allergy to titanium",
          "Pregnancy", "Prior fusion at the level to be treated"])
    d.h("Warnings")
    d.ul(["Do not use the cage without supplemental posterior fixation.",
          "During lateral implantation use neuromonitoring to protect the lumbar plexus.",
          "Do not reuse or resterilize implants."])
    d.h("Possible adverse effects")
    d.p("Non-union, subsidence, migration or expulsion, nerve root injury, dural tear, infection, vascular or visceral "
        "injury, thigh numbness or hip flexor weakness after lateral approach, adjacent segment degeneration, reoperation.")
    d.h("Technical specifications")
    d.table(["Feature", "PLIF/TLIF", "LLIF"], [
        ["Material", "Ti-6Al-4V ELI, porous", "Ti-6Al-4V ELI, porous"], ["Footprint", "10 × 26 mm, 10 × 30 mm", "18 × 45–60 mm"],
        ["Height", H_IFU, H_IFU], ["Lordosis", "0°, 6°, 12°", "0°, 6°, 12°"]], widths=(30, 35, 35))
    return d


def ifu_es():
    d = Doc("Vertaline™ Sistema de fusión intersomática", subtitle="Instrucciones de uso",
            meta=[("IFU", "KST-IFU-033 Rev. F"), ("Fabricante", f"{MFR}, {ADDR}"), ("UDI-DI básico", UDI)],
            header="KST-IFU-033 Rev. F – Español")
    d.h("Indicaciones")
    d.p("Las cajas Vertaline están indicadas para la fusión intersomática en uno o dos niveles contiguos de L2 a S1 en "
        "pacientes esqueléticamente maduros con enfermedad discal degenerativa, con espondilolistesis de hasta grado I, "
        "tras al menos seis meses de tratamiento no quirúrgico. Las cajas se implantan por vía posterior (PLIF), "
        "transforaminal (TLIF) o lateral retroperitoneal (LLIF), rellenas de autoinjerto y/o aloinjerto óseo, y deben "
        "utilizarse con fijación posterior suplementaria.")
    d.h("Contraindicaciones")
    d.ul(["Infección sistémica o local activa", "Osteoporosis (puntuación T inferior a −2,5)", "Alergia conocida al titanio",
          "Embarazo", "Fusión previa en el nivel que se va a tratar"])
    d.h("Advertencias")
    d.ul(["No utilice la caja sin fijación posterior suplementaria.",
          "Durante la implantación lateral utilice neuromonitorización para proteger el plexo lumbar.",
          "No reutilice ni reesterilice los implantes."])
    d.h("Posibles efectos adversos")
    d.p("Falta de fusión, hundimiento, migración o expulsión, lesión de raíz nerviosa, desgarro dural, infección, lesión "
        "vascular o visceral, entumecimiento del muslo o debilidad del psoas tras el abordaje lateral, degeneración del "
        "segmento adyacente, reintervención.")
    d.h("Especificaciones técnicas")
    d.table(["Característica", "PLIF/TLIF", "LLIF"], [
        ["Material", "Ti-6Al-4V ELI, poroso", "Ti-6Al-4V ELI, poroso"], ["Huella", "10 × 26 mm, 10 × 30 mm", "18 × 45–60 mm"],
        ["Altura", "8–16 mm (incrementos de 1 mm)", "8–16 mm (incrementos de 1 mm)"], ["Lordosis", "0°, 6°, 12°", "0°, 6°, 12°"]],
        widths=(30, 35, 35))
    return d


def ifu_nl():
    d = Doc("Vertaline™ Intercorporeel fusiesysteem", subtitle="Gebruiksaanwijzing",
            meta=[("IFU", "KST-IFU-033 Rev. F"), ("Fabrikant", f"{MFR}, {ADDR}"), ("Basis-UDI-DI", UDI)],
            header="KST-IFU-033 Rev. F – Nederlands")
    d.h("Indicaties")
    d.p("Vertaline-cages zijn geïndiceerd voor intercorporele fusie op één of twee aangrenzende niveaus van L2 tot S1 "
        "bij skeletaal volgroeide patiënten met degeneratieve discusziekte, met spondylolisthesis tot graad I, na ten "
        "minste zes maanden niet-operatieve behandeling. De cages worden geplaatst via een posterieure (PLIF), "
        "transforaminale (TLIF) of laterale retroperitoneale (LLIF) benadering, gevuld met autoloog en/of allogeen bot, "
        "en moeten samen met aanvullende posterieure fixatie worden gebruikt.")
    d.h("Contra-indicaties")
    d.ul(["Actieve systemische of lokale infectie", "Osteoporose (T-score lager dan −2,5)", "Bekende allergie voor titanium",
          "Zwangerschap", "Eerdere fusie op het te behandelen niveau"])
    d.h("Waarschuwingen")
    d.ul(["Gebruik de cage niet zonder aanvullende posterieure fixatie.",
          "Gebruik bij laterale plaatsing neuromonitoring om de plexus lumbalis te beschermen.",
          "Implantaten niet hergebruiken of opnieuw steriliseren."])
    d.h("Mogelijke bijwerkingen")
    d.p("Uitblijven van fusie, inzakking, migratie of expulsie, zenuwwortelletsel, durascheur, infectie, vasculair of "
        "visceraal letsel, gevoelloosheid van de dij of zwakte van de heupbuigers na laterale benadering, degeneratie van "
        "het aangrenzende segment, heroperatie.")
    d.h("Technische specificaties")
    d.table(["Kenmerk", "PLIF/TLIF", "LLIF"], [
        ["Materiaal", "Ti-6Al-4V ELI, poreus", "Ti-6Al-4V ELI, poreus"], ["Voetafdruk", "10 × 26 mm, 10 × 30 mm", "18 × 45–60 mm"],
        ["Hoogte", "8–16 mm (stappen van 1 mm)", "8–16 mm (stappen van 1 mm)"], ["Lordose", "0°, 6°, 12°", "0°, 6°, 12°"]],
        widths=(30, 35, 35))
    return d


def sscp():
    d = Doc("Summary of Safety and Clinical Performance", subtitle="Vertaline Interbody Fusion System",
            meta=[("Document", "KST-SSCP-034"), ("Revision", "A"), ("Date", "February 2025")], header="KST-SSCP-034 Rev. A")
    d.h("1 Identification")
    d.kv([("Trade name", "Vertaline Interbody Fusion System"), ("Manufacturer", f"{MFR}, {ADDR}"), ("SRN", SRN),
          ("Basic UDI-DI", UDI), ("Class", "III"), ("Notified Body", NB)])
    d.h("2 Intended use")
    d.p("Lumbar interbody fusion L2–S1, one or two contiguous levels, " + APPROACH_OK + ", with bone graft and "
        "supplemental posterior fixation, in skeletally mature patients with degenerative disc disease (up to grade I "
        "spondylolisthesis) after six months of non-operative treatment.")
    d.h("3 Description")
    d.p("Porous titanium cages, heights 8–16 mm, lordosis 0°, 6° and 12°, PLIF/TLIF and LLIF footprints.")
    d.h("4 Residual risks and undesirable effects")
    d.table(["Risk", "Rate at 12 months (retrospective series, 86 patients)"], list(zip(RISKS, RISK_RATES)), widths=(55, 45))
    d.p("Rates come from a retrospective review and may under-report events.")
    d.h("5 Clinical evidence and PMCF")
    d.p("KST-RETRO-01: fusion 88.4% and ODI improvement of 21.6 points at 12 months. PMCF: prospective study of 200 "
        "patients over 24 months.")
    d.h("6 Alternatives")
    d.p("Continued conservative care, posterolateral fusion without interbody cage, PEEK cages, disc arthroplasty in "
        "selected patients.")
    return d


def cear():
    d = Doc("Clinical Evaluation Assessment Report", subtitle="Hibernia Conformity Assessment Ltd – NB 2960", meta=[
        ("CEAR", "HCA-CEAR-0457"), ("Device", "Vertaline Interbody Fusion System"), ("Date", "March 18, 2025")],
        header="HCA-CEAR-0457")
    d.h("A. Administrative particulars")
    d.p(f"Manufacturer: {MFR}, SRN {SRN}. Basic UDI-DI {UDI}. Class III, Rule 8 (implantable in contact with the "
        "spinal column).")
    d.p("Documents assessed: Clinical Evaluation Plan KST-CEP-030 Rev. D; " + REV_CEAR + "; PMCF plan KST-PMCF-032 "
        "Rev. B; IFU KST-IFU-033 Rev. F; SSCP KST-SSCP-034 Rev. A.")
    d.h("C. Device description and intended purpose")
    d.p("Porous titanium interbody cages " + APPROACH_CEAR + " for lumbar fusion at one or two contiguous levels "
        "(L2–S1) in skeletally mature patients with degenerative disc disease and up to grade I spondylolisthesis, with "
        "bone graft and supplemental posterior fixation.")
    d.h("D/E. Clinical data")
    d.p("Device data come from a retrospective series of 86 patients with 12-month follow-up; acceptance criteria of "
        "the CEP were met.")
    d.h("F. PMCF")
    d.p("Prospective study, 200 patients, 24 months, sample size justified.")
    d.h("H. Conclusions")
    d.p("Benefit-risk acceptable; certificate recommended with yearly PMCF review.")
    d.h("I. Article 54")
    d.p("Class III implantable: Article 54(1)(a) applies. Proposed panel: orthopaedics, traumatology, rehabilitation, "
        "rheumatology (spinal devices).")
    return d


def build(root):
    x = Dossier(DOSSIER_ID, "lumbar interbody fusion cage", "III", root)
    x.add("KST-CEP-030_RevD.docx", "CEP", cep())
    x.add("KST-CER-031_RevE.docx", "CER", cer(), font="Arial")
    x.add("KST-PMCF-032_RevB.docx", "PMCF-plan", pmcf())
    x.add("Vertaline_IFU_EN.docx", "IFU", ifu_en())
    x.add("Vertaline_IFU_ES.docx", "IFU", ifu_es(), lang="es")
    x.add("Vertaline_IFU_NL.pdf", "IFU", ifu_nl(), lang="nl")
    x.add("Vertaline_SSCP.pdf", "SSCP", sscp())
    x.add("HCA-CEAR-0457.pdf", "CEAR", cear(), serif=True)
    cer_f, ifu, cear_f = "KST-CER-031_RevE.docx", "Vertaline_IFU_EN.docx", "HCA-CEAR-0457.pdf"
    x.label("cage_height_range_differs", "specification", [cer_f, ifu], [H_CER, H_IFU],
            "The CER describes heights of 8–14 mm; the IFU (all languages) and SSCP offer 8–16 mm, so the 15 and 16 mm "
            "implants are outside the evaluated device description.")
    x.label("lateral_approach_missing_in_cear", "intended-use", [cear_f, cer_f, ifu], [APPROACH_CEAR, APPROACH_OK],
            "The CEAR's intended purpose covers only posterior and transforaminal implantation; the CER, IFU and SSCP "
            "also include the lateral retroperitoneal (LLIF) approach.")
    x.label("ovine_study_used_as_clinical_evidence", "evidence", [cer_f], [OVINE_ROW, OVINE_CLAIM],
            "A sheep model is presented in the clinical data table and used to confirm fusion performance in patients.",
            ["claim"])
    x.label("cear_cites_superseded_cer_revision", "documentation", [cear_f, cer_f], [REV_CEAR, REV_CER],
            "The CEAR lists CER revision C as assessed, while the dossier contains CER revision E.")
    return x
