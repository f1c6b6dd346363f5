import itertools as it
print(list(it.islice(it.count(10, 5), 4)), list(it.islice(it.cycle("ab"), 5)), list(it.repeat("x", 3)))
print(list(it.chain([1, 2], "ab")), list(it.chain.from_iterable([[1], [2, 3]])), list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], lambda a, b: a * b, initial=10)))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print([(k, list(g)) for k, g in it.groupby("aaabbc")], list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.filterfalse(None, [0, 1, 2])))
print(list(it.zip_longest("ab", [1, 2, 3], fillvalue="-")), list(it.pairwise("abcd")), [list(t) for t in it.tee([1, 2], 2)])
