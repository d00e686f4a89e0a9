import re, xml.etree.ElementTree as ET
root = ET.parse("resources/translations/rejection_desktop_es.ts").getroot()
ph = re.compile(r"%L?n|%\d|\{\d\}|\{[A-Z ]+\}|<[^>]+>|&\w+;|Ctrl\+\w")
bad = 0
for ctx in root.iter("context"):
    for m in ctx.iter("message"):
        s = m.findtext("source"); t = m.find("translation")
        forms = [f.text or "" for f in t.findall("numerusform")] or [t.text or ""]
        for f in forms:
            if sorted(ph.findall(s)) != sorted(ph.findall(f)):
                print("PH", repr(s), "=>", repr(f)); bad += 1
            ms = len(re.findall(r"&(?![\w#]+;)(?!&)", s)); mt = len(re.findall(r"&(?![\w#]+;)(?!&)", f))
            if ms != mt:
                print("MN", repr(s), "=>", repr(f)); bad += 1
            if s.endswith((".", "…", ":", "?")) and not f.endswith((".", "…", ":", "?")):
                print("END", repr(s), "=>", repr(f))
print("problems", bad)
