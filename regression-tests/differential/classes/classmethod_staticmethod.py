class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
    @classmethod
    def create(cls):
        return cls()
    @classmethod
    def how_many(cls):
        return cls.__name__, cls.count
    @staticmethod
    def helper(x, y):
        return x + y

class Sub(Counter):
    pass

Counter.create()
Sub.create()
print(Counter.how_many(), Sub.how_many(), Sub().how_many())
print(Counter.helper(1, 2), Counter().helper(3, 4))
sm = Counter.__dict__["helper"]
cm = Counter.__dict__["create"]
print(type(sm).__name__, type(cm).__name__)
print(sm.__func__(5, 6), callable(sm))
print(cm.__func__.__name__)
