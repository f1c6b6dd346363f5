import json
data = {"name": "Warden", "version": [3, 11], "ok": True, "none": None, "pi": 3.14, "nested": {"k": "é"}}
s = json.dumps(data)
print(s)
print(json.dumps(data, sort_keys=True, indent=2))
print(json.dumps(data, ensure_ascii=False, separators=(",", ":")))
print(json.loads(s) == data, json.loads('[1, 2.5, "x", null, true, {"a": []}]'))
try:
    json.loads("{bad json}")
except json.JSONDecodeError as e:
    print(type(e).__name__, e)
try:
    json.dumps({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
print(json.dumps(float("inf")), json.dumps("\u2603\n\t"), json.dumps({1: "int key"}), json.loads("1e400"))
print(json.dumps([1, [2, [3]]], indent=1))
