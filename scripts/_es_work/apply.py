"""Fill the Spanish .ts from scripts/_es_work/chunk*.txt (idx<TAB>text, \\n escapes, ||| for plurals)."""
import glob, re, sys, xml.etree.ElementTree as ET
TS = "resources/translations/rejection_desktop_es.ts"
BASE = "scripts/_es_work/base.ts"
root = ET.parse(BASE).getroot()
rows = []
for ctx in root.iter("context"):
    for m in ctx.iter("message"):
        rows.append(m.findtext("source"))
first = {}
for i, s in enumerate(rows):
    first.setdefault(s, i)
tr = {}
for f in sorted(glob.glob("scripts/_es_work/chunk*.txt")):
    for line in open(f, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        idx, text = line.split("\t", 1)
        tr[rows[int(idx)]] = text.replace("\\n", "\n")
def esc(t):
    return (t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
             .replace("'", "&apos;").replace('"', "&quot;"))
text = open(BASE, encoding="utf-8").read()
pat = re.compile(r"(<message( numerus=\"yes\")?>\n\s*<source>)(.*?)(</source>\n)(\s*)<translation type=\"unfinished\">(.*?)</translation>", re.S)
def unesc(s):
    return (s.replace("&lt;", "<").replace("&gt;", ">").replace("&apos;", "'")
             .replace("&quot;", '"').replace("&amp;", "&"))
done = missing = 0
def rep(m):
    global done, missing
    src = unesc(m.group(3))
    if src not in tr:
        missing += 1
        return m.group(0)
    t = tr[src]
    done += 1
    if m.group(2):
        forms = t.split("|||")
        assert len(forms) == 2, src
        ind = m.group(5)
        body = "".join(f"\n{ind}    <numerusform>{esc(f)}</numerusform>" for f in forms) + f"\n{ind}"
        return f"{m.group(1)}{m.group(3)}{m.group(4)}{ind}<translation>{body}</translation>"
    return f"{m.group(1)}{m.group(3)}{m.group(4)}{m.group(5)}<translation>{esc(t)}</translation>"
new = pat.sub(rep, text)
open(TS, "w", encoding="utf-8").write(new)
print("filled", done, "still unfinished", missing)
