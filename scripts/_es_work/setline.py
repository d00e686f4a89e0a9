import sys, glob, re
idx, text = sys.argv[1], sys.argv[2]
for f in sorted(glob.glob("scripts/_es_work/chunk*.txt")):
    lines = open(f, encoding="utf-8").read().split("\n")
    for i, l in enumerate(lines):
        if l.split("\t", 1)[0] == idx:
            lines[i] = f"{idx}\t{text}"
            open(f, "w", encoding="utf-8").write("\n".join(lines)); print(f, lines[i]); sys.exit()
print("NOT FOUND", idx)
