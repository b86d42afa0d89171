"""Build heldout_an and verify every label quote against the extracted document text."""
import importlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from render import render, extract, pdf_pages  # noqa: E402
from dossiers.common import documents  # noqa: E402

IDS = [a for a in (f"an{i:02d}" for i in range(1, 13)) if os.path.exists(os.path.join(HERE, "dossiers", a + ".py"))]


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def main():
    misses, stats = 0, []
    for i in IDS:
        m = importlib.import_module(f"dossiers.{i}")
        D = m.D
        root = os.path.join(HERE, D["dossier"])
        dd = os.path.join(root, "dossier")
        os.makedirs(dd, exist_ok=True)
        for f in os.listdir(dd):
            os.remove(os.path.join(dd, f))
        docs = {}
        texts = {}
        for fname, role, lang, title, blocks, ft in documents(D):
            p = os.path.join(dd, fname)
            render(p, title, blocks, ft)
            docs[fname] = {"role": role, "language": lang}
            texts[fname] = extract(p)[0]
            if role == "CER" and fname.endswith(".pdf"):
                n = pdf_pages(p)
                if not 4 <= n <= 8:
                    print(f"WARN {fname}: CER has {n} pages")
        labels = {"dossier": D["dossier"], "device": D["device_line"], "device_class": D["cls"], "seed": None,
                  "clean": not m.LABELS, "documents": docs, "labels": m.LABELS}
        with open(os.path.join(root, "labels.json"), "w", encoding="utf-8") as f:
            json.dump(labels, f, ensure_ascii=False, indent=1)
        for lab in m.LABELS:
            for d in lab["documents"]:
                if d not in docs:
                    print(f"MISS {i} {lab['defect']}: document {d} not in dossier"); misses += 1
            for q in lab["quotes"]:
                if not 20 <= len(q) <= 120:
                    print(f"LEN {i} {lab['defect']}: {len(q)} chars: {q}"); misses += 1
                if not any(norm(q) in texts[d] for d in lab["documents"] if d in texts):
                    print(f"MISS {i} {lab['defect']}: {q!r}"); misses += 1
        stats.append((D["dossier"], len(docs), len(m.LABELS)))
    for s in stats:
        print(*s)
    print("labels:", sum(s[2] for s in stats), "documents:", sum(s[1] for s in stats), "misses:", misses)
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
