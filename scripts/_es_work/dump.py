import xml.etree.ElementTree as ET
root = ET.parse("resources/translations/rejection_desktop_es.ts").getroot()
seen = {}
i = 0
rows = []
for ctx in root.iter("context"):
    name = ctx.findtext("name")
    for m in ctx.iter("message"):
        src = m.findtext("source")
        num = m.get("numerus") == "yes"
        rows.append((i, name, src, num))
        i += 1
out = []
for i, name, src, num in rows:
    if src in seen:
        continue
    seen[src] = i
    out.append(f"{i}\t{name}\t{'N ' if num else ''}{src!r}")
open("scripts/_es_work/sources.txt", "w").write("\n".join(out) + "\n")
print(len(rows), len(seen))
