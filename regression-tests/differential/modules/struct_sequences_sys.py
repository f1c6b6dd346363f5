# sys's struct sequences (flags, version_info, float_info, int_info, hash_info) are tuple subclasses
# with named read-only fields, CPython's repr, and types that cannot be instantiated or subclassed.
import copy
import pickle
import sys


def attempt(label, action):
    try:
        print(label, repr(action()))
    except Exception as e:
        print(label, type(e).__name__, e)


for value in [sys.flags, sys.version_info, sys.float_info, sys.int_info, sys.hash_info]:
    cls = type(value)
    print(cls, cls.__mro__, cls.__module__, cls.__name__, cls.__qualname__)
    print(isinstance(value, tuple), issubclass(cls, tuple), len(value) == cls.n_sequence_fields)
    print(cls.n_fields, cls.n_sequence_fields, cls.n_unnamed_fields, cls.__match_args__)
    print(tuple(value) == value, value == list(value), hash(value) == hash(tuple(value)))
    print([getattr(value, name) == value[i] for i, name in enumerate(cls.__match_args__)])
    print(type(value[:]), type(value + ()), type(tuple(value)), value[-1] == value[len(value) - 1])
    print(value.__reduce__()[0] is cls, value.__reduce__()[1][1], type(value.__reduce__()[1][0]))
    print(hasattr(value, "__dict__"), "__dict__" in dir(value))
    attempt("set field:", lambda: setattr(value, cls.__match_args__[0], 1))
    attempt("del field:", lambda: delattr(value, cls.__match_args__[0]))
    attempt("vars:", lambda: vars(value))

for value in [sys.float_info, sys.int_info, sys.hash_info, sys.version_info]:
    print(repr(value))

# A couple of flags whose values do not depend on how the interpreter was started.
print(sys.flags.debug, sys.flags.optimize, sys.flags.verbose, sys.flags.bytes_warning, sys.flags.quiet)
print(sys.flags.dev_mode, sys.flags.safe_path, sys.flags.int_max_str_digits, sys.flags[0], sys.flags[-1])
print(sys.flags.__match_args__[:5], len(sys.flags))

# version_info as code uses it.
print(sys.version_info >= (3, 8), sys.version_info < (3, 12), sys.version_info[:2], sys.version_info[0:3:2])
print("%d.%d" % sys.version_info[:2], "{0.major}.{0.minor}.{0.micro}".format(sys.version_info))
print(sys.version_info.releaselevel, sys.version_info.serial, sys.version_info.major == sys.version_info[0])
major, minor, *rest = sys.version_info
print(major, minor, rest)
match sys.version_info:
    case (3, minor, *_):
        print("matched minor", minor)
VersionInfo = type(sys.version_info)
match sys.version_info:
    case VersionInfo(major=3, minor=m):
        print("matched by name", m)

# float_info / int_info values.
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.float_info[0] == sys.float_info.max, sys.float_info.radix, sys.float_info.rounds)
print(sys.int_info.bits_per_digit, sys.int_info.sizeof_digit, sys.int_info.default_max_str_digits)
print(sys.hash_info.modulus == 2 ** 61 - 1, sys.hash_info.inf, sys.hash_info.algorithm, sys.hash_info.width)
print(sorted(sys.int_info), sys.int_info.count(4), sys.int_info.index(30), 640 in sys.int_info)
print(sys.int_info * 2 == tuple(sys.int_info) * 2, sys.int_info < (31,), (30, 4) < sys.int_info)

# Construction: flags and version_info refuse it; the others take a sequence of the right length.
attempt("flags():", lambda: type(sys.flags)())
attempt("flags(seq):", lambda: type(sys.flags)(tuple(sys.flags)))
attempt("version_info(seq):", lambda: type(sys.version_info)((3, 11, 0, "final", 0)))
attempt("int_info(seq):", lambda: type(sys.int_info)((1, 2, 3, 4)))
attempt("int_info(list):", lambda: type(sys.int_info)([15, 2, 0, 0]).bits_per_digit)
attempt("int_info short:", lambda: type(sys.int_info)((1, 2, 3)))
attempt("int_info long:", lambda: type(sys.int_info)((1, 2, 3, 4, 5)))
attempt("float_info none:", lambda: type(sys.float_info)())
attempt("float_info int:", lambda: type(sys.float_info)(5))
attempt("hash_info dict:", lambda: type(sys.hash_info)(range(9), []))
attempt("hash_info 3 args:", lambda: type(sys.hash_info)(range(9), {}, 1))
attempt("hash_info kw:", lambda: type(sys.hash_info)(sequence=range(9), dict={"width": 5}))

# copy works for the constructible ones; pickle refuses these (the classes are not importable by name).
print(copy.copy(sys.int_info) == sys.int_info, type(copy.deepcopy(sys.hash_info)) is type(sys.hash_info))
attempt("copy flags:", lambda: copy.copy(sys.flags))
attempt("pickle float_info:", lambda: pickle.dumps(sys.float_info))
attempt("pickle version_info:", lambda: pickle.dumps(sys.version_info))
