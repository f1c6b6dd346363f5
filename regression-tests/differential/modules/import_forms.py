import math
import os.path
import collections.abc as cabc
from math import sqrt as square_root, floor
from itertools import *
print(math.floor(2.5), square_root(16), floor(3.9), os.path.join("a", "b"), issubclass(list, cabc.Sequence))
print(list(islice(count(), 3)))
import math as m2
print(m2 is math)
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from math import no_such_name
except ImportError as e:
    print(type(e).__name__, e)
