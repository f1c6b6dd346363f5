import types
cfg = types.SimpleNamespace(host="localhost", port=8080)
cfg.debug = True
print(cfg, cfg == types.SimpleNamespace(host="localhost", port=8080, debug=True))
mp = types.MappingProxyType({"a": 1})
try:
    mp["b"] = 2
except TypeError as e:
    print(type(e).__name__, e)
print(dict(mp), "a" in mp, len(mp))
