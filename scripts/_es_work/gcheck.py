import sys, re, json
sys.path.insert(0, "scripts/_es_work")
from pairs import pairs
g = json.load(open("resources/l10n/es/glossary.json"))
P = pairs()
strip = lambda s: re.sub(r"&(?=\w)", "", s)
for term in g["terms"]:
    en = term["en"]
    pat = re.compile(r"\b" + re.escape(en) + r"(s|ed|ing|d)?\b", re.I) if en not in ("no",) else re.compile(r"\bno\b", re.I)
    uses = [re.compile(r"(?<!\w)" + re.escape(u) + r"(?!\w)", re.I) for u in term["use"]]
    avoids = [re.compile(r"(?<!\w)" + re.escape(a) + r"(?!\w)", re.I) for a in term["avoid"]]
    for where, s, t in P:
        ts = strip(t)
        if pat.search(strip(s)) and not any(u.search(ts) for u in uses):
            print(f"[{en}] MISSING {where}: {s!r} => {t!r}")
        if any(a.search(ts) for a in avoids):
            print(f"[{en}] AVOID {where}: {t!r}")
