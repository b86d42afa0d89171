"""e06: neurovascular embolisation coil (class III implantable). Clean."""

from elib import Doc, Dossier
from ecommon import appendices

DOSSIER_ID = "e06_coil"
MFR = "Aurelis Neurovascular Inc."
ADDR = "4100 Gateway Boulevard, Fremont, CA 94538, USA"
SRN = "US-MF-000045821"
AR = "MedRep Europe B.V., Keizersgracht 410, 1016 GC Amsterdam, the Netherlands (SRN NL-AR-000012945)"
UDI = "0850012SPIRELLE5A"
NB = "Danubia Notified Body Kft., NB 2972"

RISKS = [("Thromboembolic event or ischaemic stroke", "4.2 %"), ("Intraprocedural aneurysm rupture", "1.4 %"),
         ("Vessel dissection or perforation", "0.5 %"), ("Coil protrusion or migration into the parent artery", "1.9 %"),
         ("Aneurysm recanalisation requiring retreatment", "5.2 %"), ("Access-site haematoma", "2.4 %"),
         ("Cerebral vasospasm (ruptured aneurysms)", "9.0 % of ruptured cases"), ("Procedure-related death", "1.4 %")]


def cep():
    d = Doc("Clinical Evaluation Plan – Spirelle Neurovascular Coil System",
            meta=[("Document", "AUR-CEP-SPC-01"), ("Version", "3.0"), ("Date", "2024-06-12"), ("Manufacturer", f"{MFR}, {ADDR}"),
                  ("Authorised representative", AR)])
    d.h("Device")
    d.p("Detachable platinum–tungsten embolisation coils (Spirelle 3D Frame, Spirelle Fill, Spirelle Finish), each "
        "attached to a stainless-steel delivery pusher, with the SD-2 thermal detachment controller as an accessory.")
    d.h("Regulatory class")
    d.p("Class III, Annex VIII Rule 8: implantable device in direct contact with the central circulatory system "
        "(cerebral arteries). The Notified Body is expected to initiate the consultation procedure under Article "
        "54(1)(a).")
    d.h("Intended purpose, population, indications")
    d.p("Endovascular embolisation of ruptured and unruptured intracranial aneurysms in adults (18 years and older), "
        "alone or with adjunctive balloon or stent remodelling.")
    d.p("Contraindications: patients in whom selective catheterisation of the target vessel is not possible; patients "
        "with a contraindication to angiography or to the required antiplatelet or anticoagulant medication.")
    d.h("Clinical benefits, outcome parameters and acceptance criteria")
    d.table(["Benefit", "Outcome parameter", "Criterion"], [
        ["Exclusion of the aneurysm from the circulation", "Adequate occlusion (Raymond–Roy class I or II) at 12 months, core laboratory", "≥ 80 %"],
        ["Durable treatment", "Retreatment of the target aneurysm within 12 months", "≤ 10 %"],
        ["Safety of the procedure", "Procedure-related morbidity (mRS worsening ≥ 1) and mortality at 30 days", "≤ 8 % combined"],
        ["Safety of the procedure", "Intraprocedural rupture", "≤ 3 %"],
        ["Safety of the procedure", "Thromboembolic events to 30 days", "≤ 8 %"]], widths=(30, 48, 22))
    d.h("Sources of clinical data")
    d.ul(["SPIRAL-EU prospective multicentre investigation (212 patients, 12-month angiographic follow-up).",
          "Systematic literature review of coil embolisation (state of the art: ISAT, BRAT and meta-analyses).",
          "No equivalence is claimed."])
    d.h("Benefit-risk acceptability")
    d.p("All criteria met and the adverse-event profile within the published range for coiling.")
    return d


CER_CTX = {'name': 'Spirelle Neurovascular Coil System',
 'databases': 'PubMed, Embase and Cochrane',
 'period': '2010 to 2024',
 'records': '903',
 'retained': '12',
 'gspr': [('GSPR 1 and 8', 'SPIRAL-EU: all five acceptance criteria met'),
          ('GSPR 10.2', 'No material-related adverse event'),
          ('GSPR 23', 'IFU and SSCP reviewed against this report')],
 'evaluators': ['Dr. med. Tobias Reinhardt, interventional neuroradiologist',
                'Emily Carter, MSc, clinical evaluation specialist'],
 'update': 'The report is updated every year.'}


def cer():
    d = Doc("Clinical Evaluation Report", subtitle="Spirelle Neurovascular Coil System",
            meta=[("Document", "AUR-CER-SPC-02"), ("Version", "4.0"), ("Date", "2025-01-22"), ("Manufacturer", f"{MFR}, {ADDR}"),
                  ("SRN", SRN), ("Basic UDI-DI", UDI), ("CEP", "AUR-CEP-SPC-01 v3.0")], header="AUR-CER-SPC-02 v4.0")
    d.h("1. Summary")
    d.p("Spirelle coils met all acceptance criteria of the clinical evaluation plan in the SPIRAL-EU investigation. "
        "Long-term occlusion beyond 12 months remains to be confirmed in PMCF.")
    d.h("2. Device description")
    d.p("Class III implantable device (Rule 8), in direct contact with the cerebral arteries.")
    d.table(["Property", "Specification"], [
        ["Coil wire", "Platinum–tungsten alloy (92/8)"], ["Coil types", "3D Frame, Fill, Finish"],
        ["Loop diameters", "1.5–20 mm"], ["Lengths", "1–50 cm"],
        ["Compatible microcatheters", "inner diameter 0.0165–0.021 in"], ["Detachment", "thermal, SD-2 controller, < 1 s"],
        ["MRI", "MR conditional, 1.5 T and 3 T"]], widths=(40, 60))
    d.h("3. Intended purpose")
    d.p("The Spirelle coils are intended for the endovascular embolisation of intracranial aneurysms, ruptured or "
        "unruptured, in patients aged 18 years and over, alone or together with balloon or stent remodelling. They are "
        "used by interventional neuroradiologists in angiography suites of hospitals with neurosurgical cover.")
    d.h("4. State of the art")
    d.p("Since ISAT, endovascular coiling is a first-line option for ruptured aneurysms suitable for both treatments, "
        "with lower 1-year dependency or death than clipping [1]. Reported adequate occlusion at 12 months is 75–90 % "
        "with bare platinum coils, retreatment 5–10 %, procedure-related morbidity and mortality 4–8 %, and "
        "thromboembolic complications 3–8 % [2, 3]. Intraprocedural rupture occurs in about 2 % of procedures [3].")
    d.h("5. Clinical investigation SPIRAL-EU")
    d.p("Prospective, single-arm investigation in 11 centres (Germany, Austria, Hungary, the Netherlands), "
        "CIV-21-06-036617. 212 adults (mean age 56.8 years, 71 % women) with 212 target aneurysms (58 % unruptured, "
        "42 % ruptured; 34 % with adjunctive stent or balloon). Angiograms read by an independent core laboratory. "
        "12-month angiographic follow-up was available for 197 patients (92.9 %).")
    d.table(["Endpoint", "Criterion (CEP)", "Result", "Met"], [
        ["Adequate occlusion (Raymond–Roy I/II), 12 months", "≥ 80 %", "87.3 % (172/197)", "yes"],
        ["Retreatment within 12 months", "≤ 10 %", "5.2 %", "yes"],
        ["Procedure-related morbidity and mortality, 30 days", "≤ 8 %", "4.7 % (3.3 % morbidity, 1.4 % mortality)", "yes"],
        ["Intraprocedural rupture", "≤ 3 %", "1.4 %", "yes"],
        ["Thromboembolic events, 30 days", "≤ 8 %", "4.2 %", "yes"]], widths=(40, 18, 30, 12))
    d.h("6. Literature")
    d.table(["Ref.", "Design", "Patients", "Follow-up", "Use in this report"], [
        ["Molyneux 2002 [1]", "RCT coiling vs clipping, ruptured aneurysms", "2,143", "1 year", "State of the art"],
        ["Ferns 2009 [2]", "Systematic review of recurrence after coiling", "8,161 aneurysms", "≥ 6 months", "State of the art"],
        ["Pierot 2018 [3]", "Prospective multicentre series of bare coils", "1,179", "12 months", "Benchmark rates"]],
        widths=(20, 34, 16, 14, 16))
    d.p("Search: PubMed, Embase and Cochrane, 2010–2024; 903 records, 36 full texts appraised, 12 retained. No "
        "publication on the device itself exists yet.")
    d.h("7. Safety")
    d.table(["Residual risk / adverse event", "SPIRAL-EU rate"], [list(r) for r in RISKS], widths=(65, 35))
    d.p("Two device deficiencies (coil stretching during repositioning) occurred without clinical consequence.")
    d.h("8. Benefit-risk")
    d.p("Coil occlusion protects against (re)bleeding, whose consequences are severe. Observed risks are within the "
        "state-of-the-art range, so the benefit-risk is favourable for both ruptured and unruptured aneurysms.")
    d.h("9. PMCF needs")
    d.p("Recanalisation after 12 months, long-term retreatment and performance in wide-neck aneurysms treated with "
        "adjunctive devices are addressed by the PMCF plan AUR-PMCF-SPC-03 v2.0.")
    d.h("10. Conclusion")
    d.p("GSPR 1, 8, 10 and 23 are met for the intended purpose and population.")
    d.h("References")
    d.ol(["Molyneux A et al. International Subarachnoid Aneurysm Trial (ISAT). Lancet. 2002;360:1267-74.",
          "Ferns SP et al. Coiling of intracranial aneurysms: a systematic review on initial occlusion and reopening. Stroke. 2009;40:e523-9.",
          "Pierot L et al. Safety and efficacy of aneurysm treatment with bare platinum coils. J Neurointerv Surg. 2018;10:553-9.",
          "Aurelis Neurovascular. SPIRAL-EU clinical investigation report AUR-CIR-SPC-07, 2024."])
    appendices(d, CER_CTX, 2)
    return d


def pmcf():
    d = Doc("PMCF Plan – Spirelle Neurovascular Coil System", meta=[
        ("Document", "AUR-PMCF-SPC-03"), ("Version", "2.0"), ("Date", "2025-01-24"), ("CER", "AUR-CER-SPC-02 v4.0")])
    d.h("Scope")
    d.p("Spirelle coils, class III, Basic UDI-DI " + UDI + ", for endovascular embolisation of ruptured and unruptured "
        "intracranial aneurysms in adults (18 years and older).")
    d.h("Specific objectives")
    d.ol(["Durability of occlusion: rate of recanalisation and retreatment at 2, 3 and 5 years (CER section 9).",
          "Wide-neck aneurysms treated with adjunctive stent or balloon: occlusion and thromboembolic events.",
          "Emerging or unknown risks, including late device-related events and off-label use (e.g. peripheral or paediatric use)."])
    d.h("Activities")
    d.table(["Activity", "Description", "Rationale / size", "Timing"], [
        ["SPIRAL-EU extension", "Clinical and angiographic follow-up of the 212 SPIRAL-EU patients to 5 years",
         "Whole cohort; retreatment rate estimated with 95 % CI", "Yearly to 2029"],
        ["SPIRELLE-REG", "Prospective registry, 20 EU centres, consecutive patients",
         "500 patients: a 5 % 2-year retreatment rate is estimated within ±2 %; ≥ 150 wide-neck aneurysms", "Enrolment 2025–2027, 2-year follow-up"],
        ["Literature and vigilance review", "Coil embolisation literature, MAUDE and EU vigilance data", "General method", "Every 6 months"]],
        widths=(20, 34, 30, 16))
    d.h("Endpoints")
    d.p("Raymond–Roy class, retreatment, mRS at 12 months and yearly, stroke, haemorrhage, device deficiencies.")
    d.h("Reporting")
    d.p("PMCF evaluation report every year; updates of the CER, the risk management file and the SSCP.")
    return d


def ifu_en():
    d = Doc("Spirelle™ Detachable Coils – Instructions for Use", meta=[
        ("IFU", "AUR-IFU-SPC-10 Rev. G"), ("Manufacturer", f"{MFR}, {ADDR}"), ("EC REP", AR), ("Basic UDI-DI", UDI)],
        header="AUR-IFU-SPC-10 Rev. G – EN")
    d.h("Intended use / indications")
    d.p("Spirelle coils are intended for the endovascular embolisation of ruptured and unruptured intracranial "
        "aneurysms in adult patients, used alone or with adjunctive balloon or stent remodelling.")
    d.h("Contraindications")
    d.ul(["Selective catheterisation of the target vessel is not possible.",
          "Contraindication to angiography or to required antiplatelet or anticoagulant medication."])
    d.h("Warnings and precautions")
    d.ul(["For use only by physicians trained in interventional neuroradiology.",
          "Do not advance the coil against resistance; reposition or withdraw it.",
          "Detach only with the SD-2 detachment controller.",
          "Do not rotate the delivery pusher during detachment."])
    d.h("Potential complications")
    d.p("Thromboembolic events and ischaemic stroke, aneurysm rupture, vessel dissection or perforation, coil protrusion "
        "or migration, recanalisation requiring retreatment, access-site haematoma, vasospasm, death.")
    d.h("Specifications")
    d.table(["Item", "Value"], [
        ["Loop diameter", "1.5 mm to 20 mm"], ["Coil length", "1 cm to 50 cm"],
        ["Microcatheter", "0.42–0.53 mm (0.0165–0.021 in) inner diameter"], ["Detachment time", "under 1 second"],
        ["MRI", "MR conditional at 1.5 T and 3 T"]], widths=(35, 65))
    return d


def ifu_de():
    d = Doc("Spirelle™ ablösbare Coils – Gebrauchsanweisung", meta=[
        ("IFU", "AUR-IFU-SPC-10 Rev. G"), ("Hersteller", f"{MFR}, {ADDR}"), ("EC REP", AR), ("Basis-UDI-DI", UDI)],
        header="AUR-IFU-SPC-10 Rev. G – DE")
    d.h("Zweckbestimmung / Indikationen")
    d.p("Spirelle-Coils sind zur endovaskulären Embolisation rupturierter und nicht rupturierter intrakranieller "
        "Aneurysmen bei erwachsenen Patienten bestimmt, allein oder mit Ballon- bzw. Stent-Remodelling.")
    d.h("Kontraindikationen")
    d.ul(["Eine selektive Katheterisierung des Zielgefäßes ist nicht möglich.",
          "Kontraindikation gegen eine Angiographie oder gegen die erforderliche Thrombozytenaggregationshemmung bzw. Antikoagulation."])
    d.h("Warnhinweise und Vorsichtsmaßnahmen")
    d.ul(["Nur zur Anwendung durch in interventioneller Neuroradiologie ausgebildete Ärzte.",
          "Den Coil nicht gegen Widerstand vorschieben; neu positionieren oder zurückziehen.",
          "Nur mit dem Ablösegerät SD-2 ablösen.",
          "Den Einführdraht während des Ablösens nicht drehen."])
    d.h("Mögliche Komplikationen")
    d.p("Thromboembolische Ereignisse und ischämischer Schlaganfall, Aneurysmaruptur, Gefäßdissektion oder -perforation, "
        "Coil-Protrusion oder -Migration, Rekanalisation mit Nachbehandlung, Hämatom an der Punktionsstelle, Vasospasmus, Tod.")
    d.h("Technische Daten")
    d.table(["Merkmal", "Wert"], [
        ["Schlaufendurchmesser", "1,5 mm bis 20 mm"], ["Coil-Länge", "1 cm bis 50 cm"],
        ["Mikrokatheter", "Innendurchmesser 0,42–0,53 mm (0,0165–0,021 in)"], ["Ablösezeit", "unter 1 Sekunde"],
        ["MRT", "bedingt MR-sicher bei 1,5 T und 3 T"]], widths=(35, 65))
    return d


def sscp():
    d = Doc("SSCP – Spirelle Neurovascular Coil System", subtitle="Summary of safety and clinical performance",
            meta=[("Document", "AUR-SSCP-SPC-04"), ("Revision", "1"), ("Date", "2025-02-03")], header="AUR-SSCP-SPC-04 rev 1")
    d.h("1. Identification")
    d.kv([("Trade name", "Spirelle Neurovascular Coil System"), ("Manufacturer", f"{MFR}, {ADDR}"), ("SRN", SRN),
          ("Authorised representative", AR), ("Basic UDI-DI", UDI), ("Class", "III"), ("Notified Body", NB)])
    d.h("2. Intended use")
    d.p("Endovascular embolisation of ruptured and unruptured intracranial aneurysms in adults, alone or with "
        "adjunctive balloon or stent remodelling. Contraindications: target vessel cannot be catheterised; "
        "contraindication to angiography or to required antithrombotic medication.")
    d.h("3. Risks")
    d.table(["Residual risk / side-effect", "Rate (SPIRAL-EU, 212 patients, 12 months)"], [list(r) for r in RISKS], widths=(60, 40))
    d.h("4. Clinical evidence")
    d.p("SPIRAL-EU: adequate occlusion 87.3 % at 12 months, retreatment 5.2 %, procedure-related morbidity and "
        "mortality 4.7 %. Follow-up completeness 92.9 %.")
    d.h("5. PMCF")
    d.p("5-year extension of SPIRAL-EU and a 500-patient registry (SPIRELLE-REG) on durability and wide-neck aneurysms.")
    d.h("6. Alternatives")
    d.p("Microsurgical clipping, flow diverters, intrasaccular devices, conservative management of selected unruptured "
        "aneurysms.")
    return d


def cear():
    d = Doc("Clinical Evaluation Assessment Report (MDCG 2020-13)", subtitle=NB, meta=[
        ("Report", "DNB-CEAR-2025-009"), ("Device", "Spirelle Neurovascular Coil System"), ("Date", "2025-03-04")],
        header="DNB-CEAR-2025-009")
    d.h("A – Administrative particulars")
    d.kv([("Manufacturer", f"{MFR}, SRN {SRN}"), ("Authorised representative", AR), ("Basic UDI-DI", UDI),
          ("Class", "III (Rule 8)"),
          ("Documents", "AUR-CEP-SPC-01 v3.0, AUR-CER-SPC-02 v4.0, AUR-PMCF-SPC-03 v2.0, AUR-IFU-SPC-10 Rev. G, AUR-SSCP-SPC-04 rev 1")])
    d.h("C – Device and intended purpose")
    d.p("Detachable coils for endovascular embolisation of ruptured and unruptured intracranial aneurysms in adults "
        "(18 years and older), alone or with balloon or stent remodelling. No equivalence; no novel features.")
    d.h("E – Clinical investigation")
    d.p("SPIRAL-EU, 212 patients, core-lab adjudicated, met all five acceptance criteria of the CEP.")
    d.h("F – PMCF")
    d.p("5-year extension and a 500-patient registry with sample-size justification; linked to the open question of "
        "long-term recanalisation. Adequate.")
    d.h("G – IFU and SSCP")
    d.p("Consistent with the CER.")
    d.h("H – Conclusions")
    d.p("Benefit-risk favourable; certificate recommended with yearly PMCF review.")
    d.h("I – CECP")
    d.p("Class III implantable device: Article 54(1)(a) applies, no exemption. Panel: neurology (neurovascular devices).")
    return d


def build(root):
    x = Dossier(DOSSIER_ID, "neurovascular embolisation coil", "III", root)
    x.add("AUR-CEP-SPC-01_v3.md", "CEP", cep())
    x.add("AUR-CER-SPC-02_v4.pdf", "CER", cer())
    x.add("AUR-PMCF-SPC-03_v2.md", "PMCF-plan", pmcf())
    x.add("Spirelle_IFU_EN.pdf", "IFU", ifu_en(), serif=True)
    x.add("Spirelle_IFU_DE.pdf", "IFU", ifu_de(), lang="de", serif=True)
    x.add("Spirelle_SSCP.pdf", "SSCP", sscp())
    x.add("DNB-CEAR-2025-009.docx", "CEAR", cear())
    return x
