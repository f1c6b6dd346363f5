import pkg_relative
from pkg_relative import helper_value, sub
from pkg_relative.sub.leaf import leaf_function
print(pkg_relative.NAME, helper_value, sub.SUB_NAME, leaf_function())
print(pkg_relative.__package__, sub.__package__, sub.leaf.__name__, pkg_relative.sub.leaf.__package__)
print(sorted(n for n in dir(pkg_relative) if not n.startswith("_")))
