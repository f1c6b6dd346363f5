# Functions of native modules name their module (pickle finds them by it), reduce to their
# name or to getattr(self, name), and modules repr from their spec, file or loader.
import copy, math, pickle, sys, time, types, json, datetime, codecs, _codecs

for f in (len, math.sqrt, time.time, codecs.encode, _codecs.encode, [].append, "x".upper):
    print(f.__name__, f.__module__, type(f.__self__).__name__, f.__reduce__() if f.__self__ is None or isinstance(f.__self__, types.ModuleType) else f.__reduce__()[1][1])
print(type(len).__module__, type(math.sqrt).__module__, type([].append).__module__)

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    data = pickle.dumps((math.sqrt, len, b"ab\xff", bytearray(b"x"), datetime.date(2024, 1, 2)), proto)
    back = pickle.loads(data)
    print(proto, back[0] is math.sqrt, back[1] is len, back[2:])
print(copy.deepcopy(math.sqrt) is math.sqrt, copy.copy([].append).__name__)

print(math, sys, json)
m = types.ModuleType("made")
print(m)
m.__file__ = "/nowhere/made.py"
print(m)
del m.__file__
m.__loader__ = "a loader"
print(m)
class Spec:
    name = "spec_named"
    origin = "somewhere"
    loader = None
    has_location = False
m.__spec__ = Spec()
print(m)
Spec.has_location = True
print(m)
Spec.origin = None
print(m)
