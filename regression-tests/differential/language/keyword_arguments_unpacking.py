def describe(name, *tags, sep=", ", **attrs):
    tag_text = sep.join(tags)
    attr_text = sep.join(f"{k}={v}" for k, v in sorted(attrs.items()))
    return f"{name}[{tag_text}]{{{attr_text}}}"
print(describe("item"))
print(describe("item", "a", "b", color="red", size=2))
args = ("x", "y")
kwargs = {"sep": "|", "k": 1}
print(describe("z", *args, **kwargs))
print(describe(*["only"], **{}))
def positional_only(a, b, /):
    return a - b
print(positional_only(5, 3))
print(dict(**{"a": 1}, b=2))
