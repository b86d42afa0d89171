"""Helpers shared by the dossier modules."""
from render import h, p, ul, ol, t, kv  # noqa: F401


def doc(title, footer, blocks, font="sans", author=""):
    return {"title": title, "footer": footer, "blocks": blocks, "font": font, "author": author}


def F(file, role, lang, document):
    """One file of a dossier."""
    return {"file": file, "role": role, "lang": lang, "doc": document}


def L(defect, category, files, quotes, description, accept=()):
    return {"defect": defect, "category": category, "rule": None, "documents": list(files),
            "quotes": list(quotes), "description": description, "accept": list(accept)}
