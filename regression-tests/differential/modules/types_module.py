import types
ns = types.SimpleNamespace(a=1, b="two")
ns.c = 3
print(ns, ns.a, vars(ns))
def f():
    pass
print(isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType), isinstance((x for x in []), types.GeneratorType))
m = types.ModuleType("dynamic_module", "doc string")
m.value = 42
print(m.__name__, m.__doc__, m.value)
print(types.MappingProxyType({"k": 1})["k"], type(types.MappingProxyType({})).__name__)
class C:
    def m(self):
        pass
print(isinstance(C().m, types.MethodType), types.NoneType, types.new_class("Dyn", (object,)).__name__)
