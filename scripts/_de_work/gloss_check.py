import json, re, xml.etree.ElementTree as ET
g = json.load(open('resources/l10n/de/glossary.json'))
pairs = []
r = ET.parse('resources/translations/rejection_desktop_de.ts').getroot()
for m in r.iter('message'):
    t = m.find('translation')
    forms = [x.text for x in t.findall('numerusform')] or [t.text]
    for f in forms: pairs.append(('ts', m.findtext('source'), f))
src = {x['key']: x for x in json.load(open('resources/challenges.json'))['challenges']}
de = json.load(open('resources/l10n/de/challenges.json'))['challenges']
for k, x in src.items():
    for f in ('title', 'description', 'tip'):
        if x.get(f): pairs.append(('ch:' + k + ':' + f, x[f], de[k][f]))
for p in json.load(open('resources/prompts.json'))['prompts']:
    pairs.append(('prompt', p['text'], json.load(open('resources/l10n/de/prompts.json'))['prompts'][p['key']]))
for s, d in json.load(open('resources/l10n/de/safety_behaviours.json'))['safety_behaviours'].items():
    pairs.append(('sb', s, d))
pat = {'no': r"\b(a|the|any|every|each|real|this|that|quick) no\b|\bnoes\b|[\"“]no[\"”]"}
bad = 0
for term in g['terms']:
    en = term['en']
    rx = pat.get(en, r"\b" + re.escape(en))
    for where, s, d in pairs:
        s2 = s.replace('Rejection Desktop', '').replace('Rejection therapy', '')
        if re.search(rx, s2, re.I) and not any(u.lower() in d.lower() for u in term['use']):
            print('MISSING', en, where, '|', s[:70], '|', d[:70]); bad += 1
        for a in term['avoid']:
            if a.lower() in d.lower():
                print('AVOID', a, where, '|', d[:80]); bad += 1
print('problems', bad, 'pairs', len(pairs))
