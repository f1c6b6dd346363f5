words = "listen silent enlist google inlets banana tinsel gogole".split()
groups = {}
for w in words:
    groups.setdefault("".join(sorted(w)), []).append(w)
print(sorted(groups.values(), key=lambda g: (-len(g), g)))
print(sorted(w for w in words if w == w[::-1] or len(set(w)) < 4))
