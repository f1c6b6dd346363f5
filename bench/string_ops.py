# String-heavy: building, slicing, searching, formatting, splitting and joining.
words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
count = 0
digest = 0
for i in range(1400000):
    w = words[i % 8]
    s = f"{w}-{i}:{w.upper()}|{i * 3:05d}"
    parts = s.split("|")
    s2 = parts[0].replace("-", "_") + parts[1][::-1]
    if s2.startswith("e") or "ta" in s2:
        count += 1
    digest = (digest * 31 + len(s2) + s2.find(":") + ord(s2[-1])) % 1000003
    text = " ".join([w, str(i), w[1:3]]).title()
    digest = (digest + text.count("a") + len(text.lower().strip())) % 1000003
print("checksum", count, digest)
