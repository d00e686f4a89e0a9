"""Write resources/l10n/de/{challenges,prompts,safety_behaviours}.json from the dicts here."""
import json, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
import c01, c02, c03, lib
ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "resources/l10n/de"; OUT.mkdir(parents=True, exist_ok=True)
C = {**c01.C, **c02.C, **c03.C}
src = json.load(open(ROOT / "resources/challenges.json"))["challenges"]
ch = {}
for x in src:
    t, d, tip = C[x["key"]]
    if x.get("tip") is None:
        tip = None
    ch[x["key"]] = {"title": t, "description": d, "tip": tip}
def dump(name, obj):
    (OUT / name).write_text(json.dumps(obj, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
dump("challenges.json", {"version": 1, "language": "de", "challenges": ch})
ps = json.load(open(ROOT / "resources/prompts.json"))["prompts"]
assert {p["key"] for p in ps} == set(lib.P), set(lib.P) ^ {p["key"] for p in ps}
dump("prompts.json", {"version": 1, "language": "de", "prompts": {p["key"]: lib.P[p["key"]] for p in ps}})
sb = json.load(open(ROOT / "resources/safety_behaviours.json"))["safety_behaviours"]
assert set(sb) == set(lib.S)
dump("safety_behaviours.json", {"version": 1, "language": "de", "safety_behaviours": {s: lib.S[s] for s in sb}})
print(len(ch), len(ps), len(sb))
