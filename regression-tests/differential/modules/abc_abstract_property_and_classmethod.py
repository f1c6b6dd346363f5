from abc import ABC, abstractmethod
class Base(ABC):
    @property
    @abstractmethod
    def name(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
class Impl(Base):
    @property
    def name(self):
        return "impl"
    @classmethod
    def make(cls):
        return cls()
print(Impl.make().name, sorted(Base.__abstractmethods__))
class Partial(Base):
    @property
    def name(self):
        return "p"
try:
    Partial()
except TypeError as e:
    print(type(e).__name__, e)
