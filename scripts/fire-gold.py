#!/usr/bin/env python3
"""Turn the FIRE financial relation dataset (Hamad et al., NAACL Findings 2024,
CC BY 4.0; ../shared/data/fire-financial-re) into a yardstick for kg: one input
text per FIRE sentence and a gold file in ../shared/eval/FORMAT.md's form.

    python3 scripts/fire-gold.py ../shared/data/fire-financial-re/fire_dev.json /tmp/fire-dev

writes /tmp/fire-dev/in/fNNNN.en.txt and /tmp/fire-dev/gold/fNNNN.gold.json; then
    bin/kg extract --format jsonl /tmp/fire-dev/in > o.jsonl
    python3 ../shared/eval/score.py /tmp/fire-dev/gold o.jsonl

Mapped: Company and Person spans are entities; Company -ActionBuy-> Company is
ACQUIRED (FIRE does not tell an agreed purchase from an offer); Person
-Employeeof-> Company is CEO_OF when the person's Designation says chief
executive. Other FIRE relations have no kg predicate. The texts are excerpts of
the dataset: they stay outside the work tree.
"""
import json
import os
import re
import sys

GLUE_AFTER = {"(", "[", "$", "\u201c"}
GLUE_BEFORE = {",", ".", ";", ":", ")", "]", "%", "'s", "\u2019s", "n't", "?", "!", "\u201d"}
CEO = re.compile(r"\b(ceo|chief executive)", re.I)


def detok(toks):
    out, glue = [], True
    for t in toks:
        if not glue and t not in GLUE_BEFORE:
            out.append(" ")
        out.append(t)
        glue = t in GLUE_AFTER
    return "".join(out)


def key(text):
    return re.sub(r"[^0-9a-z]+", "-", text.lower()).strip("-") or "x"


# Legal forms and a bracketed short name are part of FIRE's spans; the gold
# of ../shared/corpus names an entity as written, with and without them.
LEGAL = re.compile(r"[, ]+(inc|incorporated|llc|l\.l\.c|ltd|limited|corp|corporation|co|plc|n\.v|s\.a|ag|lp|l\.p|llp)\.?$", re.I)
ALIAS = re.compile(r"^(.*?)\s*\(\s*[\"\u201c]?\s*(.*?)\s*[\"\u201d]?\s*\)$")


def names(text):
    out = [text]
    for suffix in (" 's", "'s", "\u2019s"):
        if text.endswith(suffix):
            text = text[: -len(suffix)].rstrip()
            out.append(text)
    m = ALIAS.match(text)
    if m:
        text = m.group(1).rstrip(" ,")
        for suffix in (" 's", "'s"):
            text = text[: -len(suffix)] if text.endswith(suffix) else text
        out += [text, m.group(2)]
    while LEGAL.search(text):
        text = LEGAL.sub("", text)
        out.append(text)
    return out


def convert(inst, art):
    ents, keys = [], {}
    for i, e in enumerate(inst["entities"]):
        if e["type"] not in ("Company", "Person"):
            continue
        text = detok(inst["tokens"][e["start"]:e["end"]])
        k = key(names(text)[-1])
        keys[i] = k
        if all(x["key"] != k for x in ents):
            ents.append({"key": k, "type": e["type"], "names": names(text)})
        else:
            next(x for x in ents if x["key"] == k)["names"].extend(names(text))
    titles = {}
    for r in inst["relations"]:
        if r["type"] == "Designation":
            titles.setdefault(r["head"], []).append(detok(inst["tokens"][inst["entities"][r["tail"]]["start"]:inst["entities"][r["tail"]]["end"]]))
    rels = []
    for r in inst["relations"]:
        h, t = r["head"], r["tail"]
        if h not in keys or t not in keys:
            continue
        if r["type"] == "ActionBuy":
            rels.append({"subject": keys[h], "predicate": "ACQUIRED", "object": keys[t]})
        elif r["type"] == "Employeeof" and any(CEO.search(x) for x in titles.get(h, [])):
            rels.append({"subject": keys[h], "predicate": "CEO_OF", "object": keys[t]})
    uniq = [dict(s) for s in {tuple(sorted(x.items())) for x in rels}]
    return {"article": art, "lang": "en", "entities": ents, "relations": uniq}


def main(src, out):
    os.makedirs(os.path.join(out, "in"), exist_ok=True)
    os.makedirs(os.path.join(out, "gold"), exist_ok=True)
    for n, inst in enumerate(json.load(open(src, encoding="utf-8"))):
        art = "f%04d" % n
        with open(os.path.join(out, "in", art + ".en.txt"), "w", encoding="utf-8") as f:
            f.write(detok(inst["tokens"]) + "\n")
        with open(os.path.join(out, "gold", art + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(convert(inst, art), f, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
