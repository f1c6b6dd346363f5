import inspect
def func(a, b: int = 2, *args, c, d=4, **kw) -> str:
    """Docstring."""
    return "x"
sig = inspect.signature(func)
print(sig, list(sig.parameters), sig.parameters["b"].default, sig.return_annotation)
print([(p.name, str(p.kind)) for p in sig.parameters.values()])
print(inspect.isfunction(func), inspect.isclass(int), inspect.ismethod(func), inspect.isgeneratorfunction(func), inspect.getdoc(func))
class K:
    def method(self):
        pass
print(inspect.getmro(bool), [n for n, _ in inspect.getmembers(K) if not n.startswith("_")])
print(inspect.cleandoc("""
    first
      second
"""))
print(inspect.getsource(func).splitlines()[0])
