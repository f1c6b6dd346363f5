word = "banana"
counts = {}
for ch in word:
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(list(enumerate("abc")), list(zip("abc", "xy")), list(map(str.upper, "ab")))
parts = []
for i in range(5):
    parts.append(str(i) * i)
print("".join(parts), "-".join(parts), len("".join(parts)))
acc = ""
for i in range(100):
    acc += chr(65 + i % 26)
print(acc)
print(sorted(set("mississippi")), "".join(sorted("hello", reverse=True)))
