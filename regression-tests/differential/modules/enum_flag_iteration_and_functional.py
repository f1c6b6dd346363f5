from enum import Enum, IntFlag
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal["CAT"])
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
p = Perm.R | Perm.X
print(p, int(p), Perm(7), Perm.R in p, p & Perm.W, repr(Perm(0)))
