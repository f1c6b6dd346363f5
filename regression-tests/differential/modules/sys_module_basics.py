import sys
print(sys.version_info[:2], sys.version_info.major, sys.maxsize, sys.byteorder, type(sys.argv).__name__, len(sys.argv))
print(sys.getrecursionlimit(), sys.float_info.max, sys.float_info.dig, sys.int_info.bits_per_digit in (15, 30), sys.hash_info.modulus)
print("sys" in sys.modules, "builtins" in sys.modules, sys.modules["__main__"].__name__, sys.get_int_max_str_digits())
sys.set_int_max_str_digits(5000)
print(len(str(10 ** 4500)))
sys.setrecursionlimit(200)
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
print(depth(0) < 200)
print(sys.flags.optimize, sys.implementation.name == sys.implementation.name, isinstance(sys.path, list))
