words = ["for", "x1", "_", "__init__", "1x", "with space", "λ", "match", "None", "a-b", ""]
for w in words:
    print(repr(w), w.isidentifier())
