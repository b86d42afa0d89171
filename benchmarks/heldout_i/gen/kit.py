"""Tiny helpers for writing block lists tersely."""


def T(title):
    return ("title", title)


def H1(t):
    return ("h1", t)


def H2(t):
    return ("h2", t)


def H3(t):
    return ("h3", t)


def P(t):
    return ("p", t)


def UL(*items):
    return ("ul", list(items))


def OL(*items):
    return ("ol", list(items))


def TAB(header, rows, widths=None):
    return ("table", list(header), [list(r) for r in rows], widths)


def NOTE(t):
    return ("note", t)


BR = ("br",)


def doc(file, role, language, blocks, header=""):
    return {"file": file, "role": role, "language": language, "blocks": blocks, "header": header}


def label(defect, category, documents, quotes, description, accept=()):
    return {"defect": defect, "category": category, "rule": None, "documents": list(documents),
            "quotes": list(quotes), "description": description, "accept": list(accept)}
