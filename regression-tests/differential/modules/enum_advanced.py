from enum import Enum, StrEnum, auto
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(f"{Planet.EARTH.gravity:.2f}", Planet.MERCURY.value)
class Method(StrEnum):
    GET = auto()
    POST = auto()
print(Method.GET, Method.GET == "get", Method("post"), f"{Method.POST}")
class Shape(Enum):
    SQUARE = 2
    ALIAS = 2
print(Shape.ALIAS is Shape.SQUARE, list(Shape), Shape.__members__.keys())
