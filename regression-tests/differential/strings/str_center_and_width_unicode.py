for s in ["é", "日本", "😀", "a\u0301"]:
    print(repr(s.center(6, "*")), len(s), repr(f"{s:>4}"), repr(s.ljust(3, "·")))
