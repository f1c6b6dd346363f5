# Object-heavy: attribute access, method calls, allocation of small instances.
class Vector:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def add(self, other):
        return Vector(self.x + other.x, self.y + other.y)
    def scale(self, k):
        return Vector(self.x * k, self.y * k)

class Particle:
    def __init__(self, ident):
        self.ident = ident
        self.position = Vector(ident % 7, ident % 11)
        self.velocity = Vector(1, -1)
    def step(self):
        self.position = self.position.add(self.velocity.scale(2))
        if self.position.x > 100:
            self.velocity = Vector(-1, self.velocity.y)
        elif self.position.x < 0:
            self.velocity = Vector(1, self.velocity.y)

ROUNDS = 12000
particles = [Particle(i) for i in range(500)]
for _ in range(ROUNDS):
    for p in particles:
        p.step()
checksum = sum(p.position.x * 3 + p.position.y for p in particles)
print("checksum", checksum)
