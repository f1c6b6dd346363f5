parts = []
for i in range(50):
    parts.append(f"{i:02d}")
s = ",".join(parts)
print(s[:20], len(s), s.count(","), s.split(",")[-1])
words = ("alpha beta gamma " * 5).split()
print(len(words), " ".join(sorted(set(words))))
