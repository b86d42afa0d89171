"""e04: posterior-chamber intraocular lens (class IIb implantable; CECP not applicable). Clean."""

from elib import Doc, Dossier
from ecommon import appendices

DOSSIER_ID = "e04_iol"
MFR = "Optivane Médical SAS"
ADDR = "23 avenue des Sciences, 33600 Pessac, France"
SRN = "FR-MF-000019822"
UDI = "3760245LSA1IOLR8"
NB = "Veritem Santé, Notified Body 2903"

RISKS = [("Posterior capsule opacification requiring Nd:YAG capsulotomy", "2.6 %"),
         ("Cystoid macular oedema", "1.3 %"), ("Raised intraocular pressure requiring treatment", "2.0 %"),
         ("Glare, halos or other dysphotopsia", "3.3 %"), ("IOL decentration or tilt", "0.7 %"),
         ("Secondary surgical intervention", "0.7 %"), ("Retinal detachment", "0 %"), ("Endophthalmitis", "0 %"),
         ("Refractive surprise (> 1.00 D from target)", "2.0 %")]


def cep():
    d = Doc("Clinical Evaluation Plan — LumaSight ASPH", meta=[
        ("Reference", "OVM-CEP-LSA1"), ("Issue", "B"), ("Date", "2 May 2024"), ("Manufacturer", f"{MFR}, {ADDR}")],
        header="OVM-CEP-LSA1 issue B")
    d.h("1. Object of the plan")
    d.p("The LumaSight ASPH (model LS-A1) is a one-piece, aspheric, hydrophobic acrylic posterior-chamber intraocular "
        "lens with a UV-absorbing chromophore, delivered preloaded in the LS-Inject system for incisions of 2.2 mm.")
    d.h("2. Classification and consultation procedure")
    d.p("The lens is a long-term implantable device that is not in contact with the heart, the central circulatory "
        "system or the central nervous system, is not absorbed and has no biological effect: class IIb under Annex VIII "
        "Rule 8. Article 54(1) covers class III implantable devices and class IIb devices under Rule 12, so the clinical "
        "evaluation consultation procedure does not apply to this lens.")
    d.h("3. Intended purpose")
    d.p("Primary implantation in the capsular bag to replace the natural crystalline lens after cataract extraction by "
        "phacoemulsification, for the visual correction of aphakia in adults.")
    d.h("4. Target group")
    d.p("Patients aged 18 years or older with age-related or other cataract. Contraindications: microphthalmia, active "
        "or chronic uveitis, proliferative diabetic retinopathy, insufficient capsular or zonular support for in-the-bag "
        "fixation.")
    d.h("5. Clinical benefits and acceptance criteria")
    d.table(["Benefit", "Parameter", "Criterion"], [
        ["Restored visual acuity", "Best-corrected distance visual acuity (BCDVA) 0.3 logMAR or better at 12 months", "≥ ISO 11979-7 safety and performance endpoint (SPE): 92.5 % overall, 96.7 % best case"],
        ["Predictable refraction", "Spherical equivalent within ±1.00 D of target", "≥ 90 % of eyes"],
        ["Safety", "Cumulative and persistent adverse events", "≤ ISO 11979-7 SPE rates"],
    ], widths=(22, 40, 38))
    d.h("6. Method")
    d.p("The evidence rests on the LUMA-01 clinical investigation of the device and a literature review of monofocal "
        "hydrophobic acrylic IOLs. No equivalence is claimed.")
    d.h("7. Benefit-risk")
    d.p("Benefit-risk is acceptable if all criteria of section 5 are met.")
    return d


CER_CTX = {'name': 'LumaSight ASPH',
 'databases': 'PubMed and Embase',
 'period': '2014 to 2024',
 'records': '312',
 'retained': '19',
 'gspr': [('GSPR 1 and 8', 'LUMA-01: visual acuity and adverse events within ISO 11979-7 SPE'),
          ('GSPR 10.4', 'No substance of concern; UV absorber covalently bound'),
          ('GSPR 23', 'IFU and SSCP checked against this report')],
 'evaluators': ['Dr Claire Moreau, ophthalmic surgeon', 'Julien Baptiste, PharmD, clinical evaluation specialist'],
 'update': 'The report is updated every year.'}


def cer():
    d = Doc("Clinical Evaluation Report", subtitle="LumaSight ASPH posterior-chamber intraocular lens (model LS-A1)",
            meta=[("Reference", "OVM-CER-LSA1"), ("Issue", "D"), ("Date", "17 December 2024"), ("Manufacturer", f"{MFR}, {ADDR}"),
                  ("SRN", SRN), ("Basic UDI-DI", UDI)], header="OVM-CER-LSA1 issue D")
    d.h("1 Summary")
    d.p("All acceptance criteria of plan OVM-CEP-LSA1 issue B were met in the 12-month LUMA-01 investigation "
        "(152 eyes). The lens is class IIb (Rule 8); the consultation procedure of Article 54 does not apply.")
    d.h("2 Description")
    d.p("Single-piece hydrophobic acrylic IOL with modified-C haptics and a square posterior optic edge. The lens is "
        "supplied in powers from 6.0 to 30.0 dioptres in half-dioptre increments.")
    d.table(["Property", "Value"], [
        ["Optic diameter", "6.0 mm"], ["Overall length", "13.0 mm"], ["Power range", "+6.0 D to +30.0 D (0.5 D steps)"],
        ["Asphericity", "−0.20 µm spherical aberration"], ["Refractive index", "1.54"],
        ["Estimated A-constant (SRK/T)", "118.9"], ["Incision", "2.2 mm with LS-Inject"]], widths=(45, 55))
    d.h("3 Intended purpose, users and population")
    d.p("The lens is implanted in the capsular bag by ophthalmic surgeons to replace the crystalline lens after "
        "phacoemulsification, correcting aphakia in adults (18 years and older). Contraindications are microphthalmia, "
        "active or chronic uveitis, proliferative diabetic retinopathy and insufficient capsular or zonular support.")
    d.h("4 State of the art")
    d.p("Cataract surgery with in-the-bag implantation of a monofocal IOL is the standard of care. Hydrophobic acrylic "
        "lenses with a sharp posterior edge have lower rates of posterior capsule opacification than PMMA or silicone "
        "designs. ISO 11979-7:2018 gives safety and performance endpoints (SPE) for posterior-chamber IOLs, which serve "
        "as the benchmark [1–3].")
    d.h("5 Clinical data")
    d.p("Literature: PubMed and Embase, 2014–2024, 312 records screened, 19 retained for the state of the art. The device "
        "has no published data yet; the device-specific evidence is the LUMA-01 investigation.")
    d.table(["Source", "Design", "Eyes", "Follow-up", "Main outcome"], [
        ["LUMA-01 [4]", "Prospective, multicentre, single-arm, France and Italy", "152 (152 subjects aged 54–86)", "12 months",
         "BCDVA 0.3 logMAR or better: 98.7 % overall, 99.3 % best case"],
        ["ISO 11979-7 SPE [3]", "Historical control grid", "–", "–", "Benchmark rates"],
        ["Nanavaty 2019 [2]", "Meta-analysis of PCO by IOL material", "7,845", "1–5 years", "State of the art"],
    ], widths=(18, 28, 20, 13, 21))
    d.h("6 Results compared with acceptance criteria")
    d.table(["Parameter", "Criterion", "LUMA-01", "Met"], [
        ["BCDVA ≤ 0.3 logMAR, overall", "≥ 92.5 %", "98.7 %", "yes"],
        ["BCDVA ≤ 0.3 logMAR, best case", "≥ 96.7 %", "99.3 %", "yes"],
        ["SE within ±1.00 D of target", "≥ 90 %", "98.0 %", "yes"],
        ["Cystoid macular oedema", "≤ 3.0 %", "1.3 %", "yes"],
        ["Secondary surgical intervention", "≤ 0.8 %", "0.7 %", "yes"],
        ["Endophthalmitis", "≤ 0.1 %", "0 %", "yes"],
        ["Retinal detachment", "≤ 0.3 %", "0 %", "yes"]], widths=(40, 20, 25, 15))
    d.h("7 Safety")
    d.table(["Adverse event / side-effect (12 months)", "Eyes"], [list(r) for r in RISKS], widths=(70, 30))
    d.h("8 Benefit-risk")
    d.p("The lens restores useful distance vision in almost all eyes with adverse-event rates below the ISO benchmarks. "
        "The benefit-risk ratio is favourable.")
    d.h("9 Residual risks and open questions")
    d.p("Posterior capsule opacification and glistenings develop over years; the 12-month data cannot describe them. "
        "They are the main objectives of the PMCF plan OVM-PMCF-LSA1 issue A.")
    d.h("10 Conclusion")
    d.p("The clinical evidence supports the intended purpose for adults undergoing phacoemulsification. GSPR 1, 8, 10.4 "
        "and 23 are met.")
    d.h("References")
    d.ol(["Lundström M et al. EUREQUO: European registry of quality outcomes for cataract surgery. J Cataract Refract Surg. 2015;41:2705-14.",
          "Nanavaty MA et al. Posterior capsule opacification by IOL material. Ophthalmology. 2019;126:1230-9.",
          "ISO 11979-7:2018 Ophthalmic implants – Intraocular lenses – Part 7: Clinical investigations of intraocular lenses for the correction of aphakia.",
          "Optivane Médical. LUMA-01 clinical investigation report OVM-CIR-011, 2024."])
    appendices(d, CER_CTX, 0)
    return d


def pmcf():
    d = Doc("Post-Market Clinical Follow-up Plan", subtitle="LumaSight ASPH (LS-A1)",
            meta=[("Reference", "OVM-PMCF-LSA1"), ("Issue", "A"), ("Date", "20 December 2024"),
                  ("CER", "OVM-CER-LSA1 issue D"), ("Risk file", "OVM-RM-LSA1 issue F")], header="OVM-PMCF-LSA1 issue A")
    d.h("Device")
    d.p("LumaSight ASPH, class IIb (Rule 8), Basic UDI-DI " + UDI + ", for in-the-bag implantation after "
        "phacoemulsification in adults (18 years and older). Expected lifetime: lifetime of the patient.")
    d.h("Objectives")
    d.ol(["Measure the Nd:YAG capsulotomy rate at 1, 2 and 3 years (residual risk: posterior capsule opacification).",
          "Grade glistenings and their effect on contrast sensitivity at 3 years.",
          "Confirm long-term refractive stability and centration.",
          "Identify unknown side-effects and off-label use (e.g. sulcus implantation)."], style="a)")
    d.h("Activities")
    d.table(["Activity", "Design", "Rationale and size", "Schedule"], [
        ["LUMA-03 PMCF study", "Prospective, multicentre, 8 sites", "300 eyes: an expected 3-year Nd:YAG rate of 10 % is estimated with a 95 % CI half-width of ±3.5 %", "First patient Q1 2025; 3-year follow-up; yearly interim"],
        ["EUREQUO registry extraction", "Registry analysis", "Visual and refractive outcomes in routine use", "Yearly"],
        ["Literature and complaint review", "General", "Emerging risks of hydrophobic acrylic IOLs", "Every 6 months"]],
        widths=(22, 22, 36, 20))
    d.h("Endpoints")
    d.p("Nd:YAG capsulotomy rate; Miyata glistening grade; contrast sensitivity; BCDVA; spherical equivalent stability; "
        "decentration above 0.5 mm; adverse events per ISO 11979-7.")
    d.h("Reporting")
    d.p("Yearly PMCF evaluation report feeding the CER, the risk file and the SSCP.")
    return d


def ifu_en():
    d = Doc("LumaSight ASPH — Instructions for Use", subtitle="Posterior-chamber intraocular lens, model LS-A1, preloaded",
            meta=[("Leaflet", "OVM-IFU-LSA1 v5"), ("Manufacturer", f"{MFR}, {ADDR}"), ("Basic UDI-DI", UDI)],
            header="OVM-IFU-LSA1 v5 EN")
    d.h("Indications")
    d.p("The LumaSight ASPH lens is indicated for primary implantation in the capsular bag of the eye to replace the "
        "natural crystalline lens following phacoemulsification, for the visual correction of aphakia in adult patients "
        "(18 years and over) with cataract.")
    d.h("Contraindications")
    d.ul(["Microphthalmia", "Active or chronic uveitis", "Proliferative diabetic retinopathy",
          "Insufficient capsular or zonular support for capsular bag fixation"])
    d.h("Warnings")
    d.ul(["Do not resterilise or reuse the lens.", "Do not implant in the ciliary sulcus or the anterior chamber.",
          "Use only with the preloaded LS-Inject system and an approved ophthalmic viscoelastic device.",
          "Patients with glaucoma or prior retinal disease need careful postoperative follow-up."])
    d.h("Possible complications")
    d.p("Posterior capsule opacification, cystoid macular oedema, raised intraocular pressure, glare or halos, "
        "decentration or tilt, secondary surgical intervention, retinal detachment, endophthalmitis, refractive surprise.")
    d.h("Specifications")
    d.table(["Characteristic", "Value"], [
        ["Material", "Hydrophobic acrylic with UV absorber"], ["Optic", "6.0 mm, aspheric"], ["Overall length", "13.0 mm"],
        ["Power range", "+6.0 to +30.0 D in 0.5 D steps"], ["A-constant (SRK/T, estimated)", "118.9"],
        ["Incision size", "2.2 mm"]], widths=(45, 55))
    return d


def ifu_fr():
    d = Doc("LumaSight ASPH — Notice d’utilisation", subtitle="Lentille intraoculaire de chambre postérieure, modèle LS-A1, préchargée",
            meta=[("Notice", "OVM-IFU-LSA1 v5"), ("Fabricant", f"{MFR}, {ADDR}"), ("IUD-ID de base", UDI)],
            header="OVM-IFU-LSA1 v5 FR")
    d.h("Indications")
    d.p("La lentille LumaSight ASPH est indiquée pour l’implantation primaire dans le sac capsulaire afin de remplacer "
        "le cristallin naturel après phacoémulsification, pour la correction visuelle de l’aphakie chez les patients "
        "adultes (18 ans et plus) atteints de cataracte.")
    d.h("Contre-indications")
    d.ul(["Microphtalmie", "Uvéite active ou chronique", "Rétinopathie diabétique proliférante",
          "Soutien capsulaire ou zonulaire insuffisant pour une fixation dans le sac"])
    d.h("Avertissements")
    d.ul(["Ne pas restériliser ni réutiliser la lentille.", "Ne pas implanter dans le sulcus ciliaire ni en chambre antérieure.",
          "Utiliser uniquement avec le système préchargé LS-Inject et un produit viscoélastique ophtalmique approuvé.",
          "Les patients atteints de glaucome ou d’une pathologie rétinienne antérieure nécessitent un suivi postopératoire attentif."])
    d.h("Complications possibles")
    d.p("Opacification de la capsule postérieure, œdème maculaire cystoïde, hypertonie oculaire, éblouissement ou halos, "
        "décentrement ou bascule, réintervention chirurgicale, décollement de rétine, endophtalmie, surprise réfractive.")
    d.h("Caractéristiques")
    d.table(["Caractéristique", "Valeur"], [
        ["Matériau", "Acrylique hydrophobe avec filtre UV"], ["Optique", "6,0 mm, asphérique"], ["Longueur totale", "13,0 mm"],
        ["Puissances", "de +6,0 à +30,0 D par pas de 0,5 D"], ["Constante A (SRK/T, estimée)", "118,9"],
        ["Incision", "2,2 mm"]], widths=(45, 55))
    return d


def ifu_it():
    d = Doc("LumaSight ASPH — Istruzioni per l’uso", subtitle="Lente intraoculare da camera posteriore, modello LS-A1, precaricata",
            meta=[("Foglio", "OVM-IFU-LSA1 v5"), ("Fabbricante", f"{MFR}, {ADDR}"), ("UDI-DI di base", UDI)],
            header="OVM-IFU-LSA1 v5 IT")
    d.h("Indicazioni")
    d.p("La lente LumaSight ASPH è indicata per l’impianto primario nel sacco capsulare in sostituzione del cristallino "
        "naturale dopo facoemulsificazione, per la correzione visiva dell’afachia in pazienti adulti (dai 18 anni) "
        "affetti da cataratta.")
    d.h("Controindicazioni")
    d.ul(["Microftalmia", "Uveite attiva o cronica", "Retinopatia diabetica proliferante",
          "Supporto capsulare o zonulare insufficiente per la fissazione nel sacco"])
    d.h("Avvertenze")
    d.ul(["Non risterilizzare né riutilizzare la lente.", "Non impiantare nel solco ciliare né in camera anteriore.",
          "Usare solo con il sistema precaricato LS-Inject e un dispositivo viscoelastico oftalmico approvato.",
          "I pazienti con glaucoma o patologia retinica pregressa richiedono un attento controllo postoperatorio."])
    d.h("Possibili complicanze")
    d.p("Opacizzazione della capsula posteriore, edema maculare cistoide, aumento della pressione intraoculare, "
        "abbagliamento o aloni, decentramento o inclinazione, reintervento chirurgico, distacco di retina, endoftalmite, "
        "sorpresa refrattiva.")
    d.h("Specifiche")
    d.table(["Caratteristica", "Valore"], [
        ["Materiale", "Acrilico idrofobico con filtro UV"], ["Ottica", "6,0 mm, asferica"], ["Lunghezza totale", "13,0 mm"],
        ["Poteri", "da +6,0 a +30,0 D a passi di 0,5 D"], ["Costante A (SRK/T, stimata)", "118,9"],
        ["Incisione", "2,2 mm"]], widths=(45, 55))
    return d


def sscp():
    d = Doc("Summary of Safety and Clinical Performance", subtitle="LumaSight ASPH intraocular lens",
            meta=[("Reference", "OVM-SSCP-LSA1"), ("Revision", "1"), ("Date", "January 2025")], header="OVM-SSCP-LSA1 rev 1")
    d.h("Device identification")
    d.kv([("Trade name", "LumaSight ASPH (LS-A1)"), ("Manufacturer", f"{MFR}, {ADDR}"), ("SRN", SRN),
          ("Basic UDI-DI", UDI), ("Class", "IIb"), ("Notified Body", NB)])
    d.h("Intended use")
    d.p("Primary in-the-bag implantation after phacoemulsification to correct aphakia in adults aged 18 years or over "
        "with cataract. Contraindications: microphthalmia, active or chronic uveitis, proliferative diabetic "
        "retinopathy, insufficient capsular or zonular support.")
    d.h("Risks and undesirable effects")
    d.table(["Risk", "Frequency at 12 months (LUMA-01, 152 eyes)"], [list(r) for r in RISKS], widths=(65, 35))
    d.h("Clinical evidence and PMCF")
    d.p("LUMA-01, prospective, 152 eyes, 12 months, follow-up completeness 97.4 %: BCDVA 0.3 logMAR or better in "
        "98.7 % of eyes. PMCF: LUMA-03 study, 300 eyes followed for 3 years, and EUREQUO registry data.")
    d.h("Alternatives")
    d.p("Other monofocal posterior-chamber IOLs; contact lenses or aphakic spectacles.")
    d.h("User profile")
    d.p("Ophthalmic surgeons experienced in phacoemulsification.")
    return d


def cear():
    d = Doc("Clinical Evaluation Assessment Report", subtitle="Veritem Santé – Notified Body 2903", meta=[
        ("Report", "VS-CEAR-25-044"), ("Device", "LumaSight ASPH intraocular lens, model LS-A1"),
        ("Procedure", "Initial certification – Annex IX chapters I and III"), ("Date", "11 February 2025")],
        header="VS-CEAR-25-044")
    d.h("A. Administrative particulars")
    d.table(["Field", "Entry"], [
        ["Manufacturer", f"{MFR} – SRN {SRN}"], ["Basic UDI-DI", UDI], ["Class", "IIb, Rule 8"],
        ["Documents", "OVM-CEP-LSA1 issue B; OVM-CER-LSA1 issue D; OVM-PMCF-LSA1 issue A; OVM-IFU-LSA1 v5 (EN, FR, IT); OVM-SSCP-LSA1 rev 1"]],
        widths=(30, 70))
    d.h("C. Device description and intended purpose")
    d.p("One-piece hydrophobic acrylic lens for in-the-bag implantation after phacoemulsification to correct aphakia in "
        "adult patients (18 years and over). Powers +6.0 D to +30.0 D. No equivalence claimed; not novel.")
    d.h("E. Clinical investigation")
    d.p("LUMA-01 (152 eyes, 12 months) met all ISO 11979-7 SPE-based criteria defined in the CEP.")
    d.h("F. PMCF")
    d.p("The LUMA-03 study (300 eyes, 3 years) targets PCO and glistenings; sample size justified. Adequate.")
    d.h("G. IFU / SSCP")
    d.p("Consistent with the CER; all side-effects listed.")
    d.h("H. Conclusion")
    d.p("Clinical evidence sufficient; benefit-risk acceptable.")
    d.h("I. Clinical evaluation consultation procedure")
    d.p("Not applicable: the device is a class IIb implantable device, outside Article 54(1)(a) and (b).")
    return d


def build(root):
    x = Dossier(DOSSIER_ID, "posterior-chamber intraocular lens", "IIb", root)
    x.add("OVM-CEP-LSA1_B.pdf", "CEP", cep(), serif=True)
    x.add("OVM-CER-LSA1_D.pdf", "CER", cer(), serif=True)
    x.add("OVM-PMCF-LSA1_A.docx", "PMCF-plan", pmcf())
    x.add("LumaSight_IFU_EN.pdf", "IFU", ifu_en())
    x.add("LumaSight_IFU_FR.pdf", "IFU", ifu_fr(), lang="fr")
    x.add("LumaSight_IFU_IT.pdf", "IFU", ifu_it(), lang="it")
    x.add("LumaSight_SSCP.docx", "SSCP", sscp())
    x.add("VS-CEAR-25-044.docx", "CEAR", cear())
    return x
