config = {"debug": False, "level": 3}
defaults = {"debug": True, "level": 1, "name": "app"}
merged = {**defaults, **config}
print(merged)
print(config.get("name", defaults["name"]))
nested = {}
nested.setdefault("a", {}).setdefault("b", []).append(1)
nested.setdefault("a", {}).setdefault("b", []).append(2)
print(nested)
