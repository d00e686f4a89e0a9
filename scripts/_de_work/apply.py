"""Fill rejection_desktop_de.ts from the chunk dicts t*.py (index -> German)."""
import glob, importlib.util, re, sys, xml.etree.ElementTree as ET
from pathlib import Path
ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources/translations/rejection_desktop_de.ts"
T = {}
for f in sorted(glob.glob(str(Path(__file__).parent / "t*.py"))):
    spec = importlib.util.spec_from_file_location(Path(f).stem, f)
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    dup = set(T) & set(m.T)
    assert not dup, (f, dup)
    T.update(m.T)
_fs = importlib.util.spec_from_file_location("fix", Path(__file__).parent / "fix.py")
_fm = importlib.util.module_from_spec(_fs); _fs.loader.exec_module(_fm)
assert all(0 <= k < 1109 for k in _fm.F)
T.update(_fm.F)
root = ET.parse(TS).getroot()
msgs = []
for c in root.iter("context"):
    for m in c.iter("message"):
        msgs.append((c.findtext("name"), m.findtext("source"), bool(m.get("numerus"))))
first = {}
for i, (_, s, _) in enumerate(msgs):
    first.setdefault(s, i)
def esc(t):
    return (t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))
text = TS.read_text(encoding="utf-8")
parts = re.split(r"(<message(?: numerus=\"yes\")?>.*?</message>)", text, flags=re.S)
i = 0; done = 0; missing = []
for k, p in enumerate(parts):
    if not p.startswith("<message"):
        continue
    ctx, s, num = msgs[i]
    tr = T.get(i, T.get(first[s]))
    if tr is not None:
        if num:
            assert isinstance(tr, tuple) and len(tr) == 2, (i, s)
            forms = "".join(f"\n            <numerusform>{esc(x)}</numerusform>" for x in tr)
            new = f"<translation>{forms}\n        </translation>"
            p = re.sub(r"<translation[^>]*>.*?</translation>", lambda _: new, p, flags=re.S)
        else:
            assert isinstance(tr, str), (i, s)
            p = re.sub(r"<translation[^>]*>.*?</translation>",
                       lambda _: f"<translation>{esc(tr)}</translation>", p, flags=re.S)
        done += 1
    else:
        missing.append(i)
    parts[k] = p
    i += 1
assert i == len(msgs)
TS.write_text("".join(parts), encoding="utf-8")
print(f"filled {done}/{len(msgs)}; missing {len(missing)}", missing[:20] if "-v" in sys.argv else "")
