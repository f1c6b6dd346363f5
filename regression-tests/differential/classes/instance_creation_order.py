class Traced:
    def __new__(cls, *args):
        print("__new__", args)
        return super().__new__(cls)
    def __init__(self, *args):
        print("__init__", args)
    def __del__(self):
        pass

t = Traced(1, 2)
print(type(t).__name__)

class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print(type(e).__name__, e)
class NewDifferentType:
    def __new__(cls):
        return object.__new__(Traced)
    def __init__(self):
        print("not called for different type")
print(type(NewDifferentType()).__name__)
