# Objects must become unreachable once Python drops its last reference (weak references then
# read None after gc.collect()): instances, arguments, generator values and caught exceptions.
import gc
import weakref

class Plain:
    pass

class Built:
    def __init__(self, name):
        self.name = name

def check(label, ref):
    gc.collect()
    print(label, ref())

o = Plain(); r = weakref.ref(o); del o
check("plain", r)
o = Built("x"); r = weakref.ref(o); print(r().name); del o
check("init", r)

def takes(x):
    y = x
    return 1
o = Built("a"); r = weakref.ref(o); takes(o); del o
check("argument", r)

def gives(x):
    yield x
    yield x
o = Plain(); r = weakref.ref(o); print(len(list(gives(o)))); del o
check("generator argument", r)

def makes():
    yield Built("b")
for o in makes():
    r = weakref.ref(o)
del o
check("generator value", r)

class Oops(Exception):
    pass
try:
    raise Oops()
except Oops as e:
    r = weakref.ref(e)
print("e" in dir())
check("exception", r)

def catches():
    try:
        raise Oops()
    except Oops as e:
        return weakref.ref(e)
check("exception in function", catches())

# Raised by Python code called back from a native (sorted's key), caught outside the native.
def bad_key(item):
    raise Oops(item)
try:
    sorted([1, 2], key=bad_key)
except Oops as e:
    r = weakref.ref(e)
check("exception through a native", r)
