import json
src = json.load(open("resources/challenges.json"))["challenges"]
tr = {}
for f in ("scripts/_es_work/ch1.tsv", "scripts/_es_work/ch2.tsv"):
    for line in open(f, encoding="utf-8"):
        if line.strip():
            k, t, d, tip = line.rstrip("\n").split("\t")
            tr[k] = (t, d, tip)
out = {}
for c in src:
    k = c["key"]
    if k not in tr:
        print("MISSING", k); continue
    t, d, tip = tr[k]
    out[k] = {"title": t, "description": d, "tip": tip if c.get("tip") else None}
    if c.get("tip") is None: print("null tip", k)
extra = set(tr) - {c["key"] for c in src}
print("extra", extra, "count", len(out), "of", len(src))
with open("resources/l10n/es/challenges.json", "w", encoding="utf-8") as fh:
    json.dump({"version": 1, "language": "es", "challenges": out}, fh, ensure_ascii=False, indent=2)
    fh.write("\n")
