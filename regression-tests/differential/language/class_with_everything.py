class Matrix:
    """A tiny immutable matrix."""
    __slots__ = ("_rows",)
    def __init__(self, rows):
        object.__setattr__(self, "_rows", tuple(tuple(r) for r in rows))
    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])
    @property
    def shape(self):
        return len(self._rows), len(self._rows[0]) if self._rows else 0
    def __getitem__(self, idx):
        i, j = idx
        return self._rows[i][j]
    def __mul__(self, other):
        if isinstance(other, (int, float)):
            return Matrix([[v * other for v in r] for r in self._rows])
        cols = list(zip(*other._rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self._rows])
    __rmul__ = __mul__
    def __eq__(self, other):
        return isinstance(other, Matrix) and self._rows == other._rows
    def __hash__(self):
        return hash(self._rows)
    def __repr__(self):
        return f"Matrix({[list(r) for r in self._rows]})"
    def __iter__(self):
        return iter(self._rows)
    def __len__(self):
        return len(self._rows)
m = Matrix([[1, 2], [3, 4]])
i = Matrix.identity(2)
print(m * i == m, m * m, 2 * m, m[1, 0], m.shape, len(m), list(m), hash(m) == hash(Matrix([[1, 2], [3, 4]])))
try:
    m.extra = 1
except AttributeError as e:
    print(type(e).__name__, e)
