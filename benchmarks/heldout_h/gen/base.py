"""Small shared structures for the dossier modules."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Doc:
    name: str          # file name inside dossier/
    role: str          # CEP | CER | PMCF-plan | IFU | SSCP | CEAR
    language: str      # en, fr, de, it, es, nl
    blocks: list
    header: str = ""
    font: str = "sans"

    @property
    def fmt(self) -> str:
        return self.name.rsplit(".", 1)[-1].lower()


@dataclass
class Label:
    defect: str
    category: str
    documents: list
    quotes: list
    description: str
    accept: list = field(default_factory=list)

    def as_json(self) -> dict:
        return {"defect": self.defect, "category": self.category, "rule": None,
                "documents": self.documents, "quotes": self.quotes,
                "description": self.description, "accept": self.accept}


@dataclass
class Dossier:
    id: str
    device: str
    device_class: str
    clean: bool
    docs: list
    labels: list

    def labels_json(self) -> dict:
        return {"dossier": self.id, "device": self.device, "device_class": self.device_class,
                "seed": None, "clean": self.clean,
                "documents": {d.name: {"role": d.role, "language": d.language} for d in self.docs},
                "labels": [lb.as_json() for lb in self.labels]}


def studies_table(rows, lang="en", caption=None):
    head = {"en": ["Ref.", "Design / population", "N", "Follow-up", "Main results", "Weight"]}[lang]
    return ("table", caption, head, rows)
