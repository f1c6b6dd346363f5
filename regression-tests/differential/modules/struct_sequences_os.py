# os.stat_result and os.terminal_size are struct sequences: tuple subclasses with named fields.
# stat_result has three unnamed sequence items (the integer times) and nine fields outside the
# tuple; everything here is built from tuples, never from a real file's times.
import copy
import os
import pickle


def attempt(label, action):
    try:
        print(label, repr(action()))
    except Exception as e:
        print(label, type(e).__name__, e)


S = os.stat_result
print(S.__mro__, S.__module__, S.__name__, S.n_fields, S.n_sequence_fields, S.n_unnamed_fields)
print(S.__match_args__)
s10 = S(range(10))
print(s10, len(s10), isinstance(s10, tuple), s10 == tuple(range(10)), s10[7:], s10[-1])
print(s10.st_mode, s10.st_size, s10.st_atime, s10.st_mtime, s10.st_ctime, s10.st_atime_ns, s10.st_blksize, s10.st_rdev)
print(s10.__reduce__())
s13 = S(range(13))
print(s13, s13.st_atime, s13.st_ctime, s13.st_atime_ns, s13.__reduce__()[1][1]["st_mtime"])
s19 = S(tuple(range(100, 119)))
print(s19, len(s19), s19.st_atime, s19.st_mtime_ns, s19.st_blocks, s19.st_rdev, s19[7], s19[9])
print(s19.__reduce__())
sd = S(range(10), {"st_atime": 1.5, "st_blksize": 4096, "st_ctime_ns": 9 * 10 ** 9, "unknown": 0})
print(sd.st_atime, sd.st_mtime, sd.st_blksize, sd.st_ctime_ns, sd.st_blocks)
print(hash(s19) == hash(tuple(s19)), s19 + (1,), s19.count(100), s19.index(105), tuple(s19)[:3])
mode, ino, *others = s10
print(mode, ino, others)
attempt("short:", lambda: S(range(9)))
attempt("long:", lambda: S(range(20)))
attempt("not a sequence:", lambda: S(3))
attempt("bad dict:", lambda: S(range(10), ()))
attempt("set:", lambda: setattr(s10, "st_mode", 1))
attempt("set extra:", lambda: setattr(s10, "st_atime_ns", 1))
attempt("vars:", lambda: vars(s10))
back = pickle.loads(pickle.dumps(s19))
print(back == s19, back.st_atime_ns, back.st_rdev, type(back) is S)
print(copy.copy(sd).st_blksize, copy.deepcopy(sd).st_atime)
match s10:
    case os.stat_result(st_mode=m, st_size=size):
        print("matched", m, size)

T = os.terminal_size
size = T((80, 24))
print(size, size.columns, size.lines, size == (80, 24), size[0], list(size), T.__match_args__)
print(T.n_fields, T.n_sequence_fields, T.n_unnamed_fields, T.__mro__, isinstance(size, tuple))
print(T([100, 50]), T(x for x in (1, 2)), T((3, 4), {"columns": 9}), size.__reduce__())
columns, lines = size
print(columns, lines, "%dx%d" % size, max(size), size * 2)
attempt("one:", lambda: T((80,)))
attempt("three:", lambda: T((80, 24, 1)))
attempt("none:", lambda: T())
attempt("set:", lambda: setattr(size, "columns", 1))
print(pickle.loads(pickle.dumps(size)) == size, copy.copy(size), copy.deepcopy(size).lines)
match size:
    case os.terminal_size(columns, lines):
        print("matched", columns, lines)

U = os.uname_result
print(U.__mro__, U.__module__, U.n_fields, U.__match_args__, isinstance(os.uname(), tuple))
print(U(("a", "b", "c", "d", "e")))
attempt("uname short:", lambda: U(("a",)))
