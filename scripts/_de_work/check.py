import re, xml.etree.ElementTree as ET
r = ET.parse('resources/translations/rejection_desktop_de.ts').getroot()
i = 0
def ph(s): return sorted(re.findall(r"\{\d\}|%L?n|%\d|N\{REPLACEMENT CHARACTER\}", s))
def amp(s): return len(re.findall(r"&(?![a-z]+;|&)", s.replace("&&", "")))
def tags(s): return re.findall(r"</?\w+>", s)
for c in r.iter('context'):
    for m in c.iter('message'):
        s = m.findtext('source'); t = m.find('translation')
        forms = [x.text or '' for x in t.findall('numerusform')] or [t.text or '']
        for f in forms:
            if ph(s) != ph(f): print(i, 'PH', s[:50], '|', f[:50])
            if amp(s) != amp(f): print(i, 'AMP', s[:50], '|', f[:50])
            if tags(s) != tags(f): print(i, 'TAG', s[:50])
            if s.startswith(' ') != f.startswith(' ') or s.endswith('\n') != f.endswith('\n'): print(i, 'WS', repr(s[:30]), repr(f[:30]))
            if not f.strip(): print(i, 'EMPTY')
        i += 1
print('checked', i)
