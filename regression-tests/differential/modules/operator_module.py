import operator as op
print(op.add(1, 2), op.mul("a", 3), op.neg(5), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 5), op.matmul.__name__)
print(op.itemgetter(1)([1, 2, 3]), op.itemgetter(0, 2)("abc"), op.attrgetter("real")(3 + 4j), op.attrgetter("real", "imag")(1j))
print(op.methodcaller("upper")("x"), op.methodcaller("split", ",")("a,b"), op.contains([1], 1), op.index(5), op.length_hint([1, 2]))
print(sorted([("b", 2), ("a", 3)], key=op.itemgetter(1)), op.eq(1, 1.0), op.lt(1, 2), op.not_(0), op.truth([]), op.is_(None, None))
l = [1, 2, 3]
op.setitem(l, 0, 9); op.delitem(l, 1)
print(l, op.getitem(l, -1), op.concat([1], [2]), op.iadd([1], [2]))
