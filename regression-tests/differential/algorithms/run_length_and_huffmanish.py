def rle(s):
    out = []
    prev, count = None, 0
    for ch in s:
        if ch == prev:
            count += 1
        else:
            if prev is not None:
                out.append(f"{count}{prev}")
            prev, count = ch, 1
    if prev is not None:
        out.append(f"{count}{prev}")
    return "".join(out)
print(rle("aaabccddddde"), rle(""), rle("x"))
freq = {}
for ch in "this is an example of a huffman tree":
    freq[ch] = freq.get(ch, 0) + 1
nodes = sorted((f, ch) for ch, f in freq.items())
while len(nodes) > 1:
    (f1, a), (f2, b) = nodes[0], nodes[1]
    nodes = sorted(nodes[2:] + [(f1 + f2, a + b)], key=lambda t: (t[0], t[1]))
print(nodes[0][0], len(nodes[0][1]))
