"""All (English, Spanish) pairs: interface, challenges, prompts, safety behaviours."""
import json, xml.etree.ElementTree as ET
def pairs():
    out = []
    root = ET.parse("resources/translations/rejection_desktop_es.ts").getroot()
    for m in root.iter("message"):
        s = m.findtext("source"); t = m.find("translation")
        forms = [f.text or "" for f in t.findall("numerusform")] or [t.text or ""]
        for f in forms: out.append(("ui", s, f))
    src = {c["key"]: c for c in json.load(open("resources/challenges.json"))["challenges"]}
    es = json.load(open("resources/l10n/es/challenges.json"))["challenges"]
    for k, c in src.items():
        for fld in ("title", "description", "tip"):
            if c.get(fld): out.append((k + "." + fld, c[fld], es[k][fld]))
    src = {p["key"]: p["text"] for p in json.load(open("resources/prompts.json"))["prompts"]}
    es = json.load(open("resources/l10n/es/prompts.json"))["prompts"]
    out += [("prompt." + k, v, es[k]) for k, v in src.items()]
    es = json.load(open("resources/l10n/es/safety_behaviours.json"))["safety_behaviours"]
    out += [("sb", k, v) for k, v in es.items()]
    return out
