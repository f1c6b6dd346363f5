names = sorted(n for n in dir(__builtins__) if not n.startswith("_"))
print(len(names))
print(names)
