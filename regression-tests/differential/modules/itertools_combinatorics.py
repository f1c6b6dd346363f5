import itertools as it
print(list(it.product("ab", repeat=2)), len(list(it.product(range(3), range(4)))))
print(list(it.permutations([1, 2, 3], 2)), list(it.combinations("abcd", 3)), list(it.combinations_with_replacement("ab", 2)))
print(sum(1 for _ in it.permutations(range(6))), list(it.islice(it.permutations("abc"), 2)))
