def doc(role: str, lang: str, footer: str, text: str) -> dict:
    return {"role": role, "lang": lang, "footer": footer, "text": text}


def label(defect, category, documents, quotes, description, accept=()):
    return {"defect": defect, "category": category, "documents": list(documents),
            "quotes": list(quotes), "description": description, "accept": list(accept)}
