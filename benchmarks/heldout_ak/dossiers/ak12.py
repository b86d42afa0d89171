"""ak12 – peripheral nerve cuff electrode system for sensory feedback in limb amputees. Class III active
implantable: CECP required. Planted: PMCF only transtibial amputees (pmcf); CEP acceptance criterion left
as placeholder (template); CEAR omits the percutaneous configuration (intended-use); phantom pain
eliminated in all patients (claim); 16 vs 8 contacts (specification)."""
import common as C

NAME = "SensiCuff sensory feedback nerve cuff system"
D = dict(
    dossier="ak12_nervecuff",
    device="SensiCuff – implantable multi-contact peripheral nerve cuff electrodes with stimulator for sensory feedback in upper- and lower-limb amputees",
    cls_label="III (active implantable)", cls="III", rule="Annex VIII, Rule 8, sixth indent (active implantable device)",
    company="Neurolimb NV", addr="Kasteelpark Arenberg 10, 3001 Leuven, Belgium", srn="BE-MF-000090114",
    name=NAME, model="SC-C16 cuff, NL-IPG stimulator, NL-EXT external stimulator", udi="5410399SC16NLB7M",
    abbr_sentence=("The device restores somatosensory feedback (touch and proprioception-like percepts) to users of "
                   "a prosthesis after transradial (TR), transhumeral (TH), transtibial (TT) or transfemoral (TF) "
                   "amputation by intraneural-like stimulation through extraneural cuffs; phantom limb pain (PLP) "
                   "is referred to as such."),
    cecp_text=("The system is a class III active implantable device; Article 54(1)(a) MDR applies and the notified "
               "body is expected to conduct the clinical evaluation consultation procedure (CECP), the device "
               "being novel sensu stricto."),
    purpose=("The SensiCuff system is intended to elicit sensory percepts referred to the missing hand or foot by "
             "electrical stimulation of the residual median, ulnar, sciatic or tibial nerve, driven by the pressure "
             "sensors of the user's prosthesis, either in the fully implanted configuration (cuffs connected to the "
             "implantable stimulator NL-IPG) or in the percutaneous configuration (cuff leads exiting the skin and "
             "connected to the external stimulator NL-EXT for up to 12 months)."),
    population="adults aged 18 to 70 years with unilateral TR, TH, TT or TF amputation at least 12 months earlier, who use a myoelectric upper-limb prosthesis or a lower-limb prosthesis daily.",
    indications=["Absence of sensory feedback from the prosthesis after upper-limb amputation (TR, TH)",
                 "Absence of sensory feedback from the prosthesis after lower-limb amputation (TT, TF)"],
    contraindications=["Neuroma or nerve damage at the intended cuff site precluding stimulation",
                       "Peripheral neuropathy (e.g. diabetic) of the residual nerves",
                       "Need for MRI of the trunk or residual limb during the implant life",
                       "Active infection or uncontrolled diabetes"],
    users="peripheral nerve surgeons for implantation; rehabilitation physicians for fitting; the user at home and in daily life.",
    description=[
        "Each SC-C16 cuff is a flat, self-sizing silicone cuff (inner height 1.5 mm, widths 4 to 10 mm) carrying "
        "16 platinum-iridium contacts arranged in four rings of four, which reshapes the nerve gently to bring "
        "the fascicles closer to the contacts; up to two cuffs are implanted per limb.",
        "In the fully implanted configuration, the cuffs are connected to the NL-IPG stimulator (rechargeable, "
        "implanted in the chest or thigh), which receives the sensor signals of the prosthesis wirelessly; in the "
        "percutaneous configuration, the leads exit the skin through a tunnelled exit site and are connected to "
        "the NL-EXT stimulator mounted in the prosthesis socket."],
    spec_caption="Table 1. Technical characteristics of the SensiCuff system",
    specs=[["Contacts per cuff", "16 (platinum-iridium, 4 rings × 4)"],
           ["Stimulation amplitude", "0 to 2.0 mA in 10 µA steps"], ["Pulse width", "10 to 255 µs"],
           ["Frequency", "1 to 300 Hz"], ["Charge density limit", "≤ 30 µC/cm² per phase"],
           ["MR status", "MR Unsafe"]],
    spec_notes=["Charge-balanced, biphasic, cathodic-first pulses."],
    sota=[
        "Commercial upper- and lower-limb prostheses provide no physiological sensory feedback, which contributes "
        "to prosthesis rejection in 20% to 40% of upper-limb amputees and to falls in lower-limb amputees [1]. "
        "Extraneural and intraneural electrodes have restored touch percepts in small first-in-human series "
        "(n = 2 to 10) with improvements in object manipulation, embodiment and walking confidence [2, 3].",
        "PLP affects 60% to 80% of amputees; reductions of PLP were reported as secondary observations in these "
        "series, but without a sham control [3]."],
    search_date="18 February 2025", search_n=(436, 331, 9),
    lit=[["[2]", "Case series", "3", "TR amputees, FINE-type cuffs", "up to 10 y", "Stable percepts; grip force control improved"],
         ["[3]", "Case series", "2", "TF amputees, intraneural", "3 mo", "Walking speed +12%; PLP reduced in 2 of 2"],
         ["NL-FIH", "First-in-human, own device", "9", "TR (n = 4), TT (n = 3), TF (n = 2)", "12 mo", "Percepts in 9 of 9; PLP VAS 5.1 → 3.4"]],
    lit_notes=["y, years; mo, months. NL-FIH: 5 patients fully implanted, 4 percutaneous (12 months)."],
    clin=["In the first-in-human study NL-FIH, 9 amputees were implanted (5 fully implanted, 4 percutaneous). Stable "
          "percepts referred to the phantom hand or foot were elicited in all 9 patients up to 12 months; object "
          "identification improved from 54% to 81% in TR users, and the mean PLP score (VAS 0 to 10) decreased "
          "from 5.1 ± 2.0 to 3.4 ± 2.3. One exit-site infection occurred in the percutaneous group (1 of 4) and "
          "one cuff-related transient paraesthesia."],
    equiv="No equivalence is claimed.",
    safety=[["Exit-site infection (percutaneous)", "1 of 4", "10% to 30% [2, 3]"],
            ["Nerve injury with persistent deficit", "0 of 9", "not established"],
            ["Transient paraesthesia", "1 of 9", "reported [2]"]],
    risks=["nerve injury", "infection (in particular at the percutaneous exit site)", "lead breakage", "painful percepts", "MRI incompatibility"],
    performance=["The clinical benefits are improved prosthesis control and embodiment. Furthermore, stimulation with "
                 "the device eliminates phantom limb pain in all patients, so that analgesic medication becomes unnecessary."],
    br="The benefit-risk ratio is considered favourable, taking into account the novelty and the unmet need.",
    conclusion="Conformity with GSPR 1, 8 and 14 to 17 is demonstrated; long-term safety is addressed by PMCF.",
    pmcf_summary="A prospective PMCF study (NL-PMCF-012, n = 40, 5 years) is planned.",
    cer_authors="Prof. dr. S. Janssens (neurosurgeon, PhD), dr. ir. B. Wouters (PhD, neural engineering), H. Maes (MSc, regulatory affairs)",
    cep_ref="NL-CEP-012 v1.0",
    benefits=[["Restoration of sensory feedback", "Proportion with stable percepts at 12 months", "≥ 80%"],
              ["Improved function", "Object identification (TR) / walking confidence (TT, TF)", "<<to be completed: acceptance threshold>>"],
              ["Safety", "Serious device-related adverse events", "≤ 15% at 12 months"]],
    devplan="First-in-human study NL-FIH (completed) and pivotal study NL-PIV (ongoing); long-term data by PMCF.",
    pico=("adults with TR, TH, TT or TF amputation", "extraneural cuff stimulation", "prosthesis without feedback, vibrotactile feedback", "percepts, function, PLP, adverse events"),
    br_criteria="All criteria of Table 1.",
    refs=["[1] Biddiss E, Chau T. Prosthet Orthot Int 2007;31:236-57.", "[2] Tan DW et al. Sci Transl Med 2014;6:257ra138.",
          "[3] Petrini FM et al. Nat Med 2019;25:1356-63."],
    pmcf=dict(
        rationale="Long-term stability of percepts and long-term nerve safety over 5 years are unknown.",
        objectives=["To confirm the stability of percepts over 5 years", "To estimate the rate of nerve injury, lead breakage and infection"],
        design="Prospective multicentre study in 4 centres (Leuven, Utrecht, Vienna, Helsinki).",
        population="adults with unilateral transtibial amputation only; upper-limb and transfemoral amputees are excluded for reasons of homogeneity.",
        n="40 patients.",
        endpoints=["Stable percepts at 1, 3 and 5 years", "Serious adverse device effects"],
        general=["Complaint trending", "Literature update"],
        timeline=[["Start", "Q1 2026"], ["Final report", "Q1 2032"]],
        link="The objectives address the residual risks of nerve injury and lead breakage."),
)
D["ov"] = {"CEP": {"benefits": D["benefits"]}}
D["benefits"] = [D["benefits"][0], ["Improved function", "Object identification (TR) / walking confidence (TT, TF)", "Improvement ≥ 20% versus baseline"], D["benefits"][2]]
D["ifu"] = {
    "en": dict(name=NAME, title_line="Rx only. Active implantable medical device. MR Unsafe.", purpose=D["purpose"],
               population="Adults (18-70 years) with a unilateral upper-limb (transradial, transhumeral) or lower-limb (transtibial, transfemoral) amputation at least 12 months ago.",
               indications=D["indications"], contraindications=D["contraindications"],
               users="Implantation by peripheral nerve surgeons; fitting by rehabilitation physicians; daily use by the patient.",
               perf="The system restores the sensation of touch from the prosthesis and eliminates phantom limb pain in all patients.",
               warnings=["Do not undergo MRI examinations.", "Keep the percutaneous exit site clean and dry; inspect it daily.",
                         "Stop stimulation and contact your clinic if percepts become painful."],
               specs=[["Contacts", "8 platinum-iridium contacts per cuff"], ["Amplitude", "0-2.0 mA"], ["Frequency", "1-300 Hz"]],
               side="Infection, nerve injury, painful or unpleasant sensations, lead breakage."),
    "de": dict(name=NAME, title_line="Verschreibungspflichtig. Aktives implantierbares Medizinprodukt. MR-unsicher.",
               purpose=("Das SensiCuff-System dient der Auslösung von Sinneswahrnehmungen in der fehlenden Hand oder dem fehlenden Fuß "
                        "durch elektrische Stimulation des N. medianus, ulnaris, ischiadicus oder tibialis, vollständig implantiert (NL-IPG) "
                        "oder perkutan (NL-EXT, bis zu 12 Monate)."),
               population="Erwachsene (18–70 Jahre) mit einseitiger Amputation der oberen oder unteren Extremität vor mindestens 12 Monaten.",
               indications=["Fehlende sensorische Rückmeldung der Prothese nach Amputation der oberen Extremität",
                            "Fehlende sensorische Rückmeldung der Prothese nach Amputation der unteren Extremität"],
               contraindications=["Neurom oder Nervenschaden an der Manschettenstelle", "Periphere Neuropathie", "Erforderliche MRT-Untersuchungen", "Aktive Infektion oder unkontrollierter Diabetes"],
               users="Implantation durch Nervenchirurgen; Anpassung durch Rehabilitationsärzte.",
               warnings=["Keine MRT-Untersuchungen durchführen.", "Die perkutane Austrittsstelle täglich kontrollieren."],
               specs=[["Kontakte", "8 Kontakte pro Manschette"], ["Amplitude", "0–2,0 mA"], ["Frequenz", "1–300 Hz"]]),
    "nl": dict(name=NAME, title_line="Uitsluitend op voorschrift. Actief implanteerbaar medisch hulpmiddel.",
               purpose=("Het SensiCuff-systeem is bestemd om gevoelswaarnemingen in de ontbrekende hand of voet op te wekken door elektrische "
                        "stimulatie van de n. medianus, ulnaris, ischiadicus of tibialis, volledig geïmplanteerd (NL-IPG) of percutaan (NL-EXT, tot 12 maanden)."),
               population="Volwassenen (18-70 jaar) met een eenzijdige amputatie van de bovenste of onderste extremiteit, ten minste 12 maanden geleden.",
               indications=["Ontbrekende sensorische terugkoppeling van de prothese na amputatie van de bovenste extremiteit",
                            "Ontbrekende sensorische terugkoppeling van de prothese na amputatie van de onderste extremiteit"],
               contraindications=["Neuroom of zenuwschade op de manchetplaats", "Perifere neuropathie", "Noodzaak van MRI-onderzoek", "Actieve infectie of ongecontroleerde diabetes"],
               users="Implantatie door zenuwchirurgen; afstelling door revalidatieartsen.",
               warnings=["Onderga geen MRI-onderzoek.", "Controleer de percutane uitgangsplaats dagelijks."],
               specs=[["Contacten", "8 contacten per manchet"], ["Amplitude", "0-2,0 mA"], ["Frequentie", "1-300 Hz"]], lines=False),
    "fi": dict(name=NAME, title_line="Vain lääkärin määräyksestä. Aktiivinen implantoitava laite.",
               purpose=("SensiCuff-järjestelmä on tarkoitettu tuottamaan puuttuvaan käteen tai jalkaan paikantuvia tuntemuksia stimuloimalla "
                        "sähköisesti keskihermoa, kyynärhermoa, iskiashermoa tai säärihermoa, täysin implantoituna (NL-IPG) tai perkutaanisesti (NL-EXT, enintään 12 kuukautta)."),
               population="Aikuiset (18–70 vuotta), joilla on toispuolinen ylä- tai alaraaja-amputaatio vähintään 12 kuukautta sitten.",
               indications=["Proteesin tuntopalautteen puuttuminen yläraaja-amputaation jälkeen", "Proteesin tuntopalautteen puuttuminen alaraaja-amputaation jälkeen"],
               contraindications=["Neurooma tai hermovaurio mansetin kohdalla", "Perifeerinen neuropatia", "MRI-tutkimusten tarve", "Aktiivinen infektio tai hallitsematon diabetes"],
               users="Implantointi: hermokirurgit; säätö: kuntoutuslääkärit.",
               warnings=["Älä mene MRI-tutkimukseen.", "Tarkista ihon läpivientikohta päivittäin."],
               specs=[["Kontaktit", "8 kontaktia mansettia kohden"], ["Amplitudi", "0–2,0 mA"], ["Taajuus", "1–300 Hz"]]),
}
D["sscp"] = dict(
    purpose="Implanted electrodes around a nerve in the remaining arm or leg which, connected to an implanted or external stimulator, give the feeling of touch from the prosthesis.",
    population="Adults 18 to 70 years with an amputation of one arm (below or above the elbow) or one leg (below or above the knee) at least 12 months ago.",
    contra="Neuroma or nerve damage at the cuff site, peripheral neuropathy, need for MRI, active infection, uncontrolled diabetes.",
    description="Silicone cuffs with 16 contacts each, an implanted rechargeable stimulator or, alternatively, leads through the skin connected to an external stimulator.",
    risks="Infection (especially where the leads exit the skin), nerve injury, painful sensations, lead breakage. No MRI is possible.",
    clinical="9 patients were followed for 12 months; a pivotal study is ongoing and a 5-year PMCF study is planned.",
    alternatives="Prosthesis without sensory feedback; vibrotactile or electrotactile skin feedback; targeted sensory reinnervation.",
    users="Peripheral nerve surgeons and rehabilitation teams trained by the manufacturer.")
D["cear"] = dict(
    docs="NL-CEP-012 v1.0; NL-CER-012 v1.0; NL-PMCF-012 v1.0; IFU SensiCuff (EN, DE, NL, FI) rev. 1; SSCP-SC rev. 0.",
    reviewers="Dr. Evangelos Mavridis, MD, neurosurgeon (clinical reviewer); Dr. Ioanna Fotiou, PhD, biomedical engineer (neural interfaces).",
    description=("The under evaluation device is a system of multi-contact silicone nerve cuffs with an implantable stimulator for the "
                 "restoration of sensory feedback in prosthesis users after upper- or lower-limb amputation."),
    purpose=("The SensiCuff system is intended to elicit sensory percepts referred to the missing hand or foot by electrical "
             "stimulation of the residual nerves, in the fully implanted configuration with the cuffs connected to the implantable "
             "stimulator NL-IPG; no other configuration is part of the assessed intended purpose."),
    cecp="Applicable according to Article 54(1)(a) MDR. The device is novel; the CEAR is forwarded to the expert panel on neurology.",
    sota="The SOTA is limited to small case series; this is acknowledged in view of the novelty.",
    lit="The literature search is adequate.",
    ci="The first-in-human study (n = 9) and the design of the pivotal study were assessed.",
    br="The benefit-risk ratio is acceptable for the fully implanted configuration. The PMCF plan is accepted.",
    findings=[("Charge density", "It is requested from the Manufacturer to justify the charge density limit of 30 µC/cm². Justification accepted; closed.")],
    conclusion="The clinical evidence is considered sufficient for initial certification, subject to the CECP and the PMCF study.",
)

DOCS = [
    ("NL-CEP-012_SensiCuff_v1.0.docx", "CEP", "en", lambda d: C.cep(d, "NL-CEP-012", "1.0", "2024-09-09")),
    ("NL-CER-012_SensiCuff_v1.0.pdf", "CER", "en", lambda d: C.cer(d, "NL-CER-012", "1.0", "2025-04-17")),
    ("NL-PMCF-012_v1.0.pdf", "PMCF-plan", "en", lambda d: C.pmcf(d, "NL-PMCF-012", "1.0", "2025-04-17")),
    ("IFU_SensiCuff_EN_r1.pdf", "IFU", "en", lambda d: C.ifu(d, "en", "IFU SensiCuff EN r1")),
    ("IFU_SensiCuff_DE_r1.docx", "IFU", "de", lambda d: C.ifu(d, "de", "IFU SensiCuff DE r1")),
    ("IFU_SensiCuff_NL_r1.pdf", "IFU", "nl", lambda d: C.ifu(d, "nl", "IFU SensiCuff NL r1")),
    ("IFU_SensiCuff_FI_r1.docx", "IFU", "fi", lambda d: C.ifu(d, "fi", "IFU SensiCuff FI r1")),
    ("SSCP-SC_rev0.docx", "SSCP", "en", lambda d: C.sscp(d, "SSCP-SC", "0")),
    ("HIMDC_CEAR_2025-270.docx", "CEAR", "en", lambda d: C.cear(d, "CEAR 2025-270", "2025-08-05")),
]

LABELS = [
    dict(defect="pmcf_transtibial_only", category="pmcf",
         documents=["NL-PMCF-012_v1.0.pdf", "NL-CER-012_SensiCuff_v1.0.pdf"],
         quotes=["adults with unilateral transtibial amputation only; upper-limb and transfemoral amputees are excluded",
                 "adults aged 18 to 70 years with unilateral TR, TH, TT or TF amputation"],
         description="The PMCF study excludes upper-limb and transfemoral amputees, three of the four intended amputation levels "
                     "(and the median/ulnar nerve implant sites), and has no sample-size rationale.",
         accept=["population"]),
    dict(defect="cep_acceptance_threshold_placeholder", category="template",
         documents=["NL-CEP-012_SensiCuff_v1.0.docx"],
         quotes=["<<to be completed: acceptance threshold>>"],
         description="The CEP leaves the acceptance criterion for the functional benefit (object identification, walking "
                     "confidence) as an unfilled placeholder, so no a-priori criterion exists for the CER's function data.",
         accept=["pmcf"]),
    dict(defect="cear_omits_percutaneous_configuration", category="intended-use",
         documents=["HIMDC_CEAR_2025-270.docx", "NL-CER-012_SensiCuff_v1.0.pdf"],
         quotes=["no other configuration is part of the assessed intended purpose",
                 "or in the percutaneous configuration (cuff leads exiting the skin"],
         description="The CEAR assesses only the fully implanted configuration, whereas CER, IFUs and SSCP include the "
                     "percutaneous configuration (with its exit-site infection risk, 1 of 4 in NL-FIH).",
         accept=["care-setting"]),
    dict(defect="phantom_pain_eliminated_in_all", category="claim",
         documents=["IFU_SensiCuff_EN_r1.pdf", "NL-CER-012_SensiCuff_v1.0.pdf"],
         quotes=["eliminates phantom limb pain in all patients",
                 "from 5.1 ± 2.0 to 3.4 ± 2.3"],
         description="In 9 uncontrolled patients the mean PLP fell from 5.1 to 3.4; claiming elimination of PLP in all patients "
                     "(and no need for analgesics) is unsupported.",
         accept=["evidence"]),
    dict(defect="contacts_16_vs_8", category="specification",
         documents=["NL-CER-012_SensiCuff_v1.0.pdf", "IFU_SensiCuff_EN_r1.pdf"],
         quotes=["16 (platinum-iridium, 4 rings × 4)", "8 platinum-iridium contacts per cuff"],
         description="The CER and SSCP give 16 contacts per cuff, all IFUs 8 contacts per cuff.",
         accept=["device-identity", "language"]),
]
