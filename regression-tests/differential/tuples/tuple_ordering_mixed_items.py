# Tuple ordering and equality over int, str, bool, float and big-int items, including
# comparisons that must raise TypeError (the int/str fast path hands those to the general one).
vals = [(), (1,), (1, 2), (1, 'a'), ('a',), ('a', 'b'), (True, 2), (1, 2, 3), ('ab', 1), ('b',), (1, 2.5), (2**70, 1), (-1, 'x')]
for a in vals:
    row = []
    for b in vals:
        for op in ('<', '<=', '==', '!=', '>', '>='):
            try:
                row.append(str(int(eval(f"a {op} b"))))
            except TypeError as e:
                row.append('T')
    print(''.join(row))
print(sorted([(3, 'b'), (1, 'z'), (3, 'a'), (1, 'a'), (2,)]))
try:
    sorted([(1, 'a'), (1, 2)])
except TypeError as e:
    print(e)
