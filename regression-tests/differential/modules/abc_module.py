from abc import ABC, abstractmethod, ABCMeta
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    def describe(self):
        return f"area={self.area()}"
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
try:
    Shape()
except TypeError as e:
    print(type(e).__name__, e)
print(Sq(3).describe(), isinstance(Sq(1), Shape), Shape.__abstractmethods__)
class Registered(metaclass=ABCMeta):
    pass
Registered.register(int)
print(isinstance(5, Registered), issubclass(bool, Registered), issubclass(str, Registered))
