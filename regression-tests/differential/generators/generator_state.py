def g():
    yield 1
    yield 2

gen = g()
print(gen.gi_running, gen.gi_frame is not None)
next(gen)
print(gen.gi_frame.f_lineno if gen.gi_frame else None)
list(gen)
print(gen.gi_frame)
print(gen.__name__, gen.__qualname__)

def self_reentrant():
    yield next(me)
me = self_reentrant()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)
