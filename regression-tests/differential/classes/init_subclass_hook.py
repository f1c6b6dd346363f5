class PluginBase:
    registry = []
    def __init_subclass__(cls, /, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.key = key or cls.__name__.lower()
        PluginBase.registry.append(cls)

class Alpha(PluginBase):
    pass

class Beta(PluginBase, key="bee"):
    pass

class Gamma(Beta):
    pass

print([(c.__name__, c.key) for c in PluginBase.registry])
try:
    class Bad(PluginBase, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad2(object, flag=True):
        pass
except TypeError as e:
    print(type(e).__name__, e)
