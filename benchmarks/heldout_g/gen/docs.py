"""Assemble the six document types from one fact sheet (dict). Per-document overrides in F['over'],
extra blocks in F['add'][doc][section]."""

FOREIGN = {
    "fr": dict(title="Notice d'utilisation", desc="Description du dispositif", purpose="Destination",
               ind="Indications", contra="Contre-indications", pop="Population de patients",
               setting="Utilisateurs et environnement", warn="Avertissements", side="Effets indésirables et risques résiduels",
               spec="Caractéristiques techniques", param="Paramètre", value="Valeur", maker="Fabricant"),
    "de": dict(title="Gebrauchsanweisung", desc="Produktbeschreibung", purpose="Zweckbestimmung",
               ind="Indikationen", contra="Kontraindikationen", pop="Patientenpopulation",
               setting="Anwender und Einsatzumgebung", warn="Warnhinweise", side="Nebenwirkungen und Restrisiken",
               spec="Technische Daten", param="Parameter", value="Wert", maker="Hersteller"),
    "it": dict(title="Istruzioni per l'uso", desc="Descrizione del dispositivo", purpose="Destinazione d'uso",
               ind="Indicazioni", contra="Controindicazioni", pop="Popolazione di pazienti",
               setting="Utilizzatori e ambiente d'uso", warn="Avvertenze", side="Effetti collaterali e rischi residui",
               spec="Specifiche tecniche", param="Parametro", value="Valore", maker="Fabbricante"),
    "es": dict(title="Instrucciones de uso", desc="Descripción del producto", purpose="Finalidad prevista",
               ind="Indicaciones", contra="Contraindicaciones", pop="Población de pacientes",
               setting="Usuarios y entorno de uso", warn="Advertencias", side="Efectos secundarios y riesgos residuales",
               spec="Especificaciones técnicas", param="Parámetro", value="Valor", maker="Fabricante"),
    "nl": dict(title="Gebruiksaanwijzing", desc="Beschrijving van het hulpmiddel", purpose="Beoogd doeleinde",
               ind="Indicaties", contra="Contra-indicaties", pop="Patiëntenpopulatie",
               setting="Gebruikers en gebruiksomgeving", warn="Waarschuwingen", side="Bijwerkingen en restrisico's",
               spec="Technische specificaties", param="Parameter", value="Waarde", maker="Fabrikant"),
}

ROLE = {"CEP": "CEP", "CER": "CER", "PMCF": "PMCF-plan", "SSCP": "SSCP", "CEAR": "CEAR"}


class Doc:
    def __init__(self, F, key):
        self.F, self.key, self.blocks, self.n = F, key, [], 0
        self.style = F.get("style", {})

    def v(self, k):
        return self.F.get("over", {}).get(self.key, {}).get(k, self.F.get(k))

    def h(self, title, sec=None):
        num = self.style.get("num", "1.")
        self.n += 1
        if num == "1.":
            t = f"{self.n}. {title}"
        elif num == "§":
            t = f"§{self.n} {title}"
        elif num == "A":
            t = f"{chr(64 + self.n)}. {title}"
        else:
            t = title
        self.blocks.append(("h1", t))

    def add(self, sec):
        self.blocks += self.F.get("add", {}).get(self.key, {}).get(sec, [])

    def p(self, t):
        self.blocks.append(("p", t))

    def lst(self, items, lead=None):
        if self.style.get("lists") == "prose" and lead:
            self.p(lead + " " + "; ".join(items) + ".")
        else:
            if lead:
                self.p(lead)
            self.blocks.append(("ul", list(items)))

    def t(self, rows):
        self.blocks.append(("table", [list(r) for r in rows]))


def ip_title(F):
    return F.get("style", {}).get("ip", "Intended purpose")


def id_table(d):
    F = d.F
    d.t([("Item", "Detail"),
         ("Trade name", d.v("name")), ("Models / variants", d.v("model")),
         ("Basic UDI-DI", d.v("udi")), ("Manufacturer", d.v("maker")),
         ("Classification", d.v("cls_text")), ("CECP (Art. 54)", d.v("cecp"))])


def purpose_block(d, with_pop=True):
    d.p(d.v("purpose"))
    d.lst(d.v("ind"), "Indications:")
    d.lst(d.v("contra"), "Contraindications:")
    if with_pop:
        d.p("Target population: " + d.v("pop"))
    d.p("Users and environment: " + d.v("setting"))


def cep(F):
    d = Doc(F, "CEP")
    d.h("Scope and device identification"); id_table(d)
    d.p(f"This plan covers the clinical evaluation of {d.v('short')} for MDR conformity assessment. "
        f"Related documents: CER {F['files']['CER']} ({F['rev']['CER']}), PMCF plan {F['files']['PMCF']} ({F['rev']['PMCF']}).")
    d.add("scope")
    d.h(ip_title(F)); purpose_block(d); d.add("purpose")
    d.h("Clinical benefits, outcome parameters and acceptance criteria")
    d.p("Acceptance criteria are derived from the SOTA analysis (CER Appendix B) and apply to the pooled data set.")
    d.t([("Benefit / outcome parameter", "Acceptance criterion")] + [(b[0], b[1]) for b in d.v("bens")])
    d.add("bens")
    d.h("State of the art and data sources")
    d.p("SOTA: systematic literature search (PubMed, Embase, Cochrane CENTRAL), protocol in Appendix A; "
        "benchmark devices and guidelines summarised in CER Appendix B.")
    d.lst(d.v("sources"), "Clinical data sources:")
    d.add("sota")
    d.h("Clinical development plan")
    d.p(d.v("cdp"))
    d.add("cdp")
    d.h("Appraisal and analysis")
    d.p("Data sets appraised per MDCG 2020-6 Appendix III (suitability and contribution, weighting D1–D3/C1–C3). "
        "Residual risks from the risk management file are carried into the benefit-risk determination.")
    d.add("appraisal")
    return d


def cer(F):
    d = Doc(F, "CER")
    d.h("Executive summary")
    d.p(d.v("summary")); d.add("summary")
    d.h("Device description"); id_table(d)
    d.p(d.v("desc")); d.t([("Parameter", "Value")] + list(d.v("specs"))); d.add("desc")
    d.h(ip_title(F)); purpose_block(d); d.add("purpose")
    d.h("State of the art")
    for para in d.v("sota"):
        d.p(para)
    d.add("sota")
    d.h("Clinical data")
    d.p(d.v("data_intro"))
    d.t([("Ref.", "Design", "N", "Follow-up", "Population", "Key result")] + list(d.v("studies")))
    d.add("data")
    d.h("Performance and safety against acceptance criteria")
    d.t([("Outcome parameter", "CEP criterion", "Result (pooled)", "Met?")] + [(b[0], b[1], b[2], "Yes") for b in d.v("bens")])
    d.add("bens")
    d.h("Residual risks and undesirable side-effects")
    d.t([("Residual risk / side-effect", "Observed rate")] + list(d.v("risks")))
    d.add("risks")
    d.h("Benefit-risk determination")
    d.p(d.v("br")); d.add("br")
    d.h("PMCF")
    d.p(f"Open questions are addressed by PMCF plan {F['files']['PMCF']} ({F['rev']['PMCF']}): " + d.v("pmcf")["summary"])
    d.add("pmcf")
    d.h("Conclusions")
    d.p(d.v("concl")); d.add("concl")
    d.h("References")
    d.blocks.append(("ul", list(d.v("refs"))))
    return d


def pmcf(F):
    d = Doc(F, "PMCF")
    P = d.v("pmcf")
    d.h("Device and scope"); id_table(d)
    d.p(f"Intended purpose as per IFU and CER {F['files']['CER']} ({F['rev']['CER']}): " + d.v("purpose"))
    d.add("scope")
    d.h("Objectives")
    d.t([("Objective", "Linked residual risk / open question (CER)")] + list(P["obj"]))
    d.add("obj")
    d.h("Methods")
    d.p(P["design"]); d.p("Population: " + P["pop"]); d.p("Setting and sites: " + P["sites"])
    d.add("methods")
    d.h("Endpoints and sample size")
    d.lst(P["endpoints"], "Endpoints:")
    d.p("Sample size: " + P["ss"])
    d.add("ss")
    d.h("Timeline and reporting")
    d.t([("Milestone", "Date")] + list(P["timeline"]))
    d.p("Results feed the PSUR and the CER update; deviations trigger CAPA and risk file review.")
    d.add("timeline")
    return d


def ifu_en(F, key="IFU"):
    d = Doc(F, key)
    d.h("Device description"); d.p(d.v("desc")); d.p(f"Manufacturer: {d.v('maker')}. Basic UDI-DI: {d.v('udi')}.")
    d.add("desc")
    d.h(ip_title(F)); d.p(d.v("purpose")); d.add("purpose")
    d.h("Indications"); d.blocks.append(("ul", list(d.v("ind"))))
    d.h("Contraindications"); d.blocks.append(("ul", list(d.v("contra")))); d.add("contra")
    d.h("Patient population"); d.p(d.v("pop")); d.add("pop")
    d.h("Intended users and use environment"); d.p(d.v("setting")); d.add("setting")
    d.h("Warnings and precautions"); d.blocks.append(("ul", list(d.v("warn")))); d.add("warn")
    d.h("Side-effects and residual risks"); d.blocks.append(("ul", [r[0] for r in d.v("risks")])); d.add("side")
    d.h("Technical specifications"); d.t([("Parameter", "Value")] + list(d.v("specs"))); d.add("spec")
    return d


def ifu_x(F, lang):
    key = "IFU_" + lang
    d = Doc(F, key)
    H = FOREIGN[lang]
    L = F["lang"][lang]
    d.h(H["desc"]); d.p(L["desc"]); d.p(f"{H['maker']}: {F['maker']}. Basic UDI-DI: {F['udi']}.")
    d.h(H["purpose"]); d.p(L["purpose"])
    d.h(H["ind"]); d.blocks.append(("ul", list(L["ind"])))
    d.h(H["contra"]); d.blocks.append(("ul", list(L["contra"])))
    d.h(H["pop"]); d.p(L["pop"])
    d.h(H["setting"]); d.p(L["setting"])
    d.h(H["warn"]); d.blocks.append(("ul", list(L["warn"])))
    d.h(H["side"]); d.blocks.append(("ul", list(L["side"])))
    d.h(H["spec"]); d.t([(H["param"], H["value"])] + list(L.get("specs", F["specs"])))
    d.add("end")
    return d


def sscp(F):
    d = Doc(F, "SSCP")
    d.h("Device identification and general information"); id_table(d)
    d.p(f"SSCP revision {F['rev']['SSCP']}, validated by {F['nb']}. Intended for users/healthcare professionals; a patient section follows in Part 2.")
    d.h(ip_title(F)); purpose_block(d); d.add("purpose")
    d.h("Device description"); d.p(d.v("desc"))
    d.h("Summary of clinical evidence")
    d.p(d.v("sscp_clin")); d.add("clin")
    d.h("Residual risks and undesirable effects")
    d.t([("Residual risk / side-effect", "Rate")] + list(d.v("risks"))); d.add("risks")
    d.h("Warnings and precautions"); d.blocks.append(("ul", list(d.v("warn"))))
    d.h("Ongoing PMCF"); d.p(d.v("pmcf")["summary"])
    return d


def cear(F):
    d = Doc(F, "CEAR")
    d.h("Notified Body and application")
    d.p(f"{F['nb']}. Application {F['app']}. Assessment per MDCG 2020-13; consultation file for Art. 54 where applicable.")
    d.h("Documents reviewed")
    rows = [("Document", "File", "Revision")]
    for k in ("CEP", "CER", "PMCF", "SSCP"):
        if k in F["files"]:
            rows.append((ROLE[k], F["files"][k], d.v("revcite").get(k, F["rev"][k]) if d.v("revcite") else F["rev"][k]))
    rows.append(("IFU", ", ".join(f for k, f in F["files"].items() if k.startswith("IFU")), F["rev"]["IFU"]))
    d.t(rows); d.add("docs")
    d.h("Device and classification"); id_table(d)
    d.add("class")
    d.h("Intended purpose as assessed")
    d.p(d.v("purpose"))
    d.lst(d.v("ind"), "Indications accepted by the NB:")
    d.lst(d.v("contra"), "Contraindications:")
    d.p("Population: " + d.v("pop")); d.p("Setting: " + d.v("setting"))
    d.add("purpose")
    d.h("NB assessment of clinical data")
    d.p(d.v("cear_data")); d.add("data")
    d.h("PMCF assessment")
    d.p(d.v("cear_pmcf")); d.add("pmcf")
    d.h("Conclusion")
    d.p(d.v("cear_concl")); d.add("concl")
    return d


def build_docs(F):
    """Return {key: (filename, role, lang, title, blocks, meta)}."""
    out = {}
    titles = {"CEP": "Clinical Evaluation Plan", "CER": "Clinical Evaluation Report", "PMCF": "PMCF Plan",
              "SSCP": "Summary of Safety and Clinical Performance", "CEAR": "Clinical Evaluation Assessment Report",
              "IFU": "Instructions for Use"}
    makers = {"CEP": cep, "CER": cer, "PMCF": pmcf, "SSCP": sscp, "CEAR": cear, "IFU": ifu_en}
    for key, fn in F["files"].items():
        if key.startswith("IFU_"):
            lang = key[4:]
            d = ifu_x(F, lang)
            title = f"{FOREIGN[lang]['title']} — {F['name']}"
            role = "IFU"
        else:
            lang = "en"
            d = makers[key](F)
            title = f"{titles[key]} — {F['name'] if key != 'CEAR' else F['over'].get('CEAR', {}).get('name', F['name'])}"
            role = ROLE.get(key, "IFU")
        author = F["nb"] if key == "CEAR" else F["maker"]
        rev = F["rev"]["IFU"] if key.startswith("IFU") else F["rev"][key]
        meta = f"{author} | Document {fn.rsplit('.', 1)[0]} | Revision {rev} | {F['date']}"
        out[key] = (fn, role, lang, title, d.blocks, meta)
    return out
