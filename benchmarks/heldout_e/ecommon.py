"""CER appendices shared by the dossiers of set E, in three phrasings (variant 0, 1, 2)."""

APPRAISAL = [
    ("D1 Device", "Actual device", "Equivalent or predecessor device", "Other device / state of the art only"),
    ("A1 Application", "Same intended use", "Minor deviation", "Different use"),
    ("P1 Patients", "Intended population", "Similar population", "Different population"),
    ("R1 Report", "Full data, high quality", "Minor deficiencies", "Insufficient information"),
]
CONTRIB = [
    ("T1 Design", "Prospective, controlled or with performance goal", "Other"),
    ("O1 Outcomes", "Clinically relevant endpoints", "Surrogate or unclear endpoints"),
    ("F1 Follow-up", "Adequate for the endpoints", "Too short"),
    ("S1 Statistics", "Pre-specified analysis, adequate sample", "Not reported or inadequate"),
]


def appendices(d, ctx, variant=0):
    """ctx: name, databases, period, records, retained, gspr (list of (gspr, evidence)), evaluators (list),
    update (text)."""
    name = ctx["name"]
    if variant == 0:
        d.h("Appendix 1 – Literature search protocol and appraisal", 1)
        d.p(f"Databases searched: {ctx['databases']}; period {ctx['period']}. Two independent reviewers screened titles "
            "and abstracts, then full texts, against pre-defined inclusion criteria (population, intervention, "
            "comparator, outcomes). Disagreements were resolved by a third reviewer. Favourable and unfavourable "
            f"publications were retained. {ctx['records']} records were identified and {ctx['retained']} retained.")
        d.p("Each retained data set was graded for suitability and for its contribution to the evaluation:")
    elif variant == 1:
        d.h("Appendix 1 – How the literature was searched and weighted", 1)
        d.p(f"The searches ran in {ctx['databases']} and covered {ctx['period']}. Device-specific searches and "
            "state-of-the-art searches used separate strings. After removal of duplicates, two reviewers screened "
            f"each record; {ctx['records']} records were identified, {ctx['retained']} were kept. Excluded full texts "
            "are listed with the reason for exclusion in the search report.")
        d.p("Grading scheme used for suitability and contribution:")
    else:
        d.h("Appendix 1 – Search method and data appraisal", 1)
        d.ul([f"Sources: {ctx['databases']}.", f"Period: {ctx['period']}.",
              f"Result: {ctx['records']} records identified, {ctx['retained']} retained after two-step screening.",
              "Reviewers: two, independent; a third reviewer arbitrated.",
              "Negative and inconclusive publications were not excluded for that reason."])
        d.p("Appraisal grades:")
    d.table(["Criterion", "Grade 1", "Grade 2", "Grade 3"], [list(r) for r in APPRAISAL], widths=(22, 26, 26, 26))
    d.table(["Criterion", "Yes", "No"], [list(r) for r in CONTRIB], widths=(24, 46, 30))

    titles = ["Appendix 2 – Conformity with the general safety and performance requirements",
              "Appendix 2 – GSPR coverage by clinical data", "Appendix 2 – GSPR mapping"]
    d.h(titles[variant], 1)
    d.table(["GSPR (Annex I)", "Clinical evidence"], [list(r) for r in ctx["gspr"]], widths=(35, 65))

    titles = ["Appendix 3 – Evaluators and declarations of interest", "Appendix 3 – Authors of this report",
              "Appendix 3 – Clinical evaluation team"]
    d.h(titles[variant], 1)
    d.ul(ctx["evaluators"])
    d.p(f"None of the evaluators holds a financial interest in the success of the {name}. Curricula vitae are on file "
        f"with the technical documentation. {ctx['update']}")
