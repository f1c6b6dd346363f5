import json, collections
print(json.__name__, json.__package__, collections.__name__, json.decoder.__package__)
print(json.__file__.endswith("json/__init__.py"), json.__spec__.name, json.__spec__.parent, type(json).__name__)
print(__name__, __package__, __spec__, __file__.endswith("module_attributes.py"))
import sys
print(type(sys.modules[__name__]).__name__, sys.modules[__name__].__dict__ is globals())
