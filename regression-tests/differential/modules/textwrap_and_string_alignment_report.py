import textwrap, string
rows = [("alpha", "first entry with a rather long description that wraps"), ("beta", "short")]
for key, desc in rows:
    lines = textwrap.wrap(desc, 24)
    print(f"{key:<8}{lines[0]}")
    for extra in lines[1:]:
        print(" " * 8 + extra)
print(string.capwords("the END of the report"))
