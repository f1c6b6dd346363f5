words = ["apple", "avocado", "banana", "blueberry", "cherry", "cranberry", "date"]
by_letter = {}
for w in words:
    by_letter.setdefault(w[0], []).append(w)
print(by_letter)
lengths = {w: len(w) for w in words if len(w) > 5}
print(lengths)
inverted = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inverted)
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items(), key=lambda kv: -kv[1]))
print(max(counts, key=counts.get), min(counts.values()))
