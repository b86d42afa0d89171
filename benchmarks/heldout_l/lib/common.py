from dataclasses import dataclass, field


@dataclass
class Doc:
    file: str
    role: str          # CEP | CER | PMCF-plan | IFU | SSCP | CEAR
    lang: str
    text: str
    head_left: str = ""
    head_right: str = ""
    serif: bool = False
    col_widths: tuple | None = None


def label(defect, category, documents, quotes, description, accept=()):
    return {"defect": defect, "category": category, "rule": None,
            "documents": list(documents), "quotes": list(quotes),
            "description": description, "accept": list(accept)}
