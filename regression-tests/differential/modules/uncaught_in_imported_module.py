import _sibling_helper
print("before")
_sibling_helper.explode("unknown")
