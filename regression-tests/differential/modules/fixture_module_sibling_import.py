import _sibling_helper
print(_sibling_helper.greet("warden"), _sibling_helper.__name__, _sibling_helper.__file__.endswith("_sibling_helper.py"))
