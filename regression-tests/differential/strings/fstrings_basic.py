name = "World"
n = 42
pi = 3.14159
items = [1, 2, 3]
print(f"Hello, {name}!")
print(f"{n} {n:5} {n:<5}| {n:05} {n:x} {n:#b} {n!r} {name!r} {name!a} {name!s}")
print(f"{pi:.2f} {pi:10.3f} {pi:e} {pi:.0%}")
print(f"{items[0]} {items[-1]} {len(items)} {sum(items) * 2}")
print(f"{'nested ' + name.upper()}")
print(f"{{braces}} {n}")
width = 8
print(f"[{name:>{width}}] [{name:^{width + 2}}] [{pi:.{n // 20}f}]")
print(f"{n=}", f"{n + 1=}", f"{name = }", f"{pi=:.2f}", f"{name=!s}")
d = {"k": "v"}
print(f"{d['k']}", f'{d["k"]}')
print(f"{(lambda x: x * 2)(21)}")
print(f"{'a' if n > 40 else 'b'}")
print(f"{n:,}", f"{10**7:_}", f"{-n:+}")
print(f"""multi
{name}""")
print(rf"raw \n {name}", fr"{n}\t")
