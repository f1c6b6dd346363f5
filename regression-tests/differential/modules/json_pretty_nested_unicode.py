import json
doc = {"ünïcode": "日本語", "list": [{"a": 1}, {"b": [True, False, None]}], "float": 1e-7, "big": 10**20}
print(json.dumps(doc))
print(json.dumps(doc, ensure_ascii=False, indent="\t", sort_keys=True))
print(json.loads(json.dumps(doc)) == doc)
