def L(defect, category, documents, quotes, description, accept=()):
    return {"defect": defect, "category": category, "documents": list(documents), "quotes": list(quotes),
            "description": description, "accept": list(accept)}
